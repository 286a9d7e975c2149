## An elder-university calligraphy class's operator writes the FAQ by hand, with a Chinese colon after one
## `question` (the slip the README says is explained "in plain words" for a file that is not YAML).
## Seen: "config.yaml:46 plugins.faq.file: 文件 faq.yaml 格式有误（第 15 行）：could not find expected ':'":
## the parser's English, and line 15 is the line after the slip (line 14).
## Expected: faq.yaml named with line 14 and the slip in plain Chinese (e.g. 用了中文冒号“：”，请改成英文冒号加空格),
## as config.yaml's own mistakes are.
cat > faq.yaml <<'YAML'
entries:
  - id: 上课时间
    question: 书法课几点上课
    answer: 每周二、周四下午两点到四点，在老年大学三楼书法教室。
  - id: 带什么
    question: 上课要带什么
    answer: 毛笔、墨汁、毛毡自己带，宣纸学校发。
  - id: 学费
    question: 学费多少
    answer: 一学期300元，开学第一周在教务处交。
  - id: 请假
    question: 请假怎么办
    answer: 请假跟班长王老师说一声就行。
  - id: 下雨
    question：下雨停课吗
    answer: 下雨照常上课。
YAML
"$QUNBOT" check-config || true
## (corrected by the lead: the slip `question：` is line 15 of this faq.yaml, not 14)
## expect: faq\.yaml[^\n]*15
## expect: 中文冒号
## expect-not: could not find expected
