## An elder-canteen's operator misspells one key: "qustion: 能送餐吗？".
## Seen: "faq.yaml:6 第2条「送餐」 question: 缺少这一项": the key written wrong is never named, so the operator sees a
## "question" missing where one plainly stands (config.yaml's slips get "没有这一项，是不是想写 quiet_hours？").
## Expected: the misspelt key named, with the likely one: "qustion: 没有这一项，是不是想写 question？".
cat > faq.yaml <<'YAML'
entries:
  - id: 开饭时间
    question: 食堂几点开饭？
    keywords: [开饭, 吃饭, 午饭]
    answer: 午饭11:00-12:30，晚饭16:30-17:30
  - id: 送餐
    qustion: 能送餐吗？
    answer: 行动不便的老人可以申请送餐上门，找网格员登记。
YAML
"$QUNBOT" check-config 2>&1
## expect: qustion[^\n]*是不是想写 question
