## A kids' chess club: in faq.yaml one "- id:" is indented a space too far (Notepad, by hand). README: "A file that is not
## YAML at all is named with the line to fix and the slip in plain words (… indentation that does not line up)".
## Seen: check-config "config.yaml:67 plugins.faq.file: 文件 faq.yaml 格式有误（第 5 行）：did not find expected '-' indicator"
## (English); `qunbot run` tells the owner "我先按改之前的问答回答" at a first start, when there were no earlier entries.
## Expected: plain Chinese (第 5 行的缩进和上面的不齐), and no claim about earlier entries that never existed.
cat > faq.yaml <<'YAML'
entries:
  - id: 上课时间
    question: 象棋课几点上课？
    answer: 每周六上午9:00
   - id: 地点
    question: 在哪上课？
    answer: 少年宫
YAML
"$QUNBOT" check-config 2>&1
printf '乐乐妈: 你好\n' | "$QUNBOT" run 2>&1
## expect: faq\.yaml[^\n]*第 ?5 ?行[^\n]*缩进
## expect-not: did not find expected
## expect-not: 先按改之前的问答
