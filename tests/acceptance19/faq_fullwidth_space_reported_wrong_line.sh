## A grandparents' group's operator, typing on a Chinese IME, starts the second entry with a full-width space
## ("　 - id: 饭费", line 5).
## Seen: "文件 faq.yaml 格式有误（第 6 行）：缩进没有对齐…": the wrong line, and no word of the full-width space (which
## looks like any other space on screen).
## Expected: line 5 named, and the slip said: a full-width (中文) space in the indentation.
printf 'entries:\n  - id: 开饭时间\n    question: 食堂几点开饭？\n    answer: 午饭11点\n\343\200\200 - id: 饭费\n    question: 吃一顿饭多少钱？\n    answer: 8元\n' > faq.yaml
"$QUNBOT" check-config 2>&1
## expect: faq.yaml[^\n]*第 5 行
## expect: (全角|中文)空格
