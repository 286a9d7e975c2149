## An elder-canteen's operator writes the FAQ by hand; one answer reads "午饭: 8元一份" (an English colon and a space
## inside the answer, as people type prices).
## Seen: "config.yaml:70 plugins.faq.file: 文件 faq.yaml 格式有误（第 8 行）：缩进没有对齐，同一层的几项要用同样多的空格开头"
## : the indentation is fine, so the operator looks for the wrong slip.
## Expected: line 8 named with the real slip: a colon followed by a space inside the text (put the answer in quotes,
## or use the Chinese colon).
cat > faq.yaml <<'YAML'
entries:
  - id: 开饭时间
    question: 食堂几点开饭？
    keywords: [开饭, 吃饭, 午饭]
    answer: 午饭11:00-12:30，晚饭16:30-17:30
  - id: 饭费
    question: 吃一顿饭多少钱？
    answer: 午饭: 8元一份
YAML
"$QUNBOT" check-config 2>&1
## expect: faq.yaml[^\n]*第 8 行[^\n]*(冒号|引号)
## expect-not: 第 8 行）：缩进没有对齐
