## A community canteen's group (长者食堂). 周站长 writes her FAQ in a fresh `qunbot init` folder and, as in a Word document,
## presses Enter in the middle of a long answer: `answer: 午饭11:00到12:30，` and on the next line, from the margin,
## `晚饭17:00到18:00，周日休息。`; and writes `-id: 志愿者` (no space after the dash).
## Seen: "faq.yaml:7: 格式有误…这一行少了英文冒号：名字后面写冒号，再空一格接内容，例如 "answer: 每天早上8点开门"" (the line is
## the answer's second half: adding a colon would break it worse); for `-id:` "缩进没有对齐，同一层的几项要用同样多的空格开头"
## (the indentation is right; the dash needs a space).
## Expected: say the answer goes on one line (or the second line is indented under it); say "-" needs a space after it.
"$QUNBOT" init canteen >/dev/null 2>&1
cd canteen
sed -i 's/^  owners: \[\]/  owners: [周站长]/; s/^  operators: \[\]/  operators: [周站长]/' config.yaml
cat > faq.yaml <<'FAQ'
entries:
  - id: 开饭时间
    question: 食堂几点开饭？
    questions: [中午几点吃饭, 晚饭几点]
    keywords: [开饭, 几点吃, 午饭, 晚饭]
    answer: 午饭11:00到12:30，
晚饭17:00到18:00，周日休息。
FAQ
"$QUNBOT" check-config 2>&1
cat > faq.yaml <<'FAQ'
entries:
  - id: 开饭时间
    question: 食堂几点开饭？
    answer: 午饭11:00到12:30，晚饭17:00到18:00，周日休息。
  -id: 志愿者
    question: 怎么报名做志愿者？
    answer: 找周站长登记就行。
FAQ
"$QUNBOT" check-config 2>&1
## expect: faq.yaml:7
## expect-not: 这一行少了英文冒号
## expect: faq.yaml:5[^\n]*(空格|空一格)
## expect-not: 缩进没有对齐
