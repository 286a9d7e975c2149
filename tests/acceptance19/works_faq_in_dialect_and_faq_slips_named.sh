## What works. An elder-canteen's own faq.yaml: "明儿晌午几点开饭", "俺的卡丢了咋整", "周日晚上有饭吗" and "俺腿脚不好 饭能
## 送上门吗" are answered from the right entries. check-config names, with line and key, keywords written as a string
## ("应当是一个列表"), a misspelt "keyword:" ("是不是想写 keywords？") and a Chinese colon after a key.
cat > faq.yaml <<'YAML'
entries:
  - id: 开饭时间
    question: 食堂几点开饭？
    keywords: [开饭, 吃饭, 午饭, 晚饭]
    answer: 午饭11:00-12:30，晚饭16:30-17:30，周日不开晚饭。
  - id: 饭费
    question: 吃一顿饭多少钱？
    keywords: [饭费, 多少钱, 价格]
    answer: 60岁以上老人午饭8元一份，80岁以上6元，用饭卡刷。
  - id: 饭卡
    question: 饭卡在哪里办，丢了怎么补？
    keywords: [饭卡, 充值, 补办]
    answer: 饭卡在社区服务中心一楼窗口办理和补办，带身份证，补卡工本费5元。
  - id: 送餐
    question: 能不能送餐上门？
    keywords: [送餐, 送饭, 上门]
    answer: 行动不便的独居老人可以申请送餐上门，找社区网格员登记，每份加2元。
YAML
printf '#社区长者食堂 陈大爷: 明儿晌午几点开饭\n:wait 15m\n陈大爷: 俺的卡丢了咋整\n:wait 15m\n刘奶奶: 周日晚上有饭吗\n:wait 15m\n王奶奶: 俺腿脚不好 饭能送上门吗\n:wait 5m\n' | "$QUNBOT" run 2>&1
cat > faq.yaml <<'YAML'
entries:
  - id: 开饭时间
    question: 食堂几点开饭？
    keywords: 开饭, 吃饭, 午饭
    answer: 午饭11:00-12:30，晚饭16:30-17:30
  - id: 饭费
    question: 吃一顿饭多少钱？
    answer: 8元一份
    keyword: [饭钱, 多少钱]
YAML
"$QUNBOT" check-config 2>&1
printf 'entries:\n  - id: 开饭时间\n    question: 食堂几点开饭？\n    answer: 午饭11点\n  - id: 饭费\n    question：吃一顿饭多少钱？\n    answer: 8元\n' > faq.yaml
"$QUNBOT" check-config 2>&1
## expect: @陈大爷 午饭11:00-12:30
## expect: @陈大爷 饭卡在社区服务中心一楼窗口
## expect: @刘奶奶 午饭11:00-12:30，晚饭16:30-17:30，周日不开晚饭
## expect: @王奶奶 行动不便的独居老人可以申请送餐上门
## expect: faq.yaml:4 第1条「开饭时间」 keywords: 应当是一个列表
## expect: faq.yaml:9 第2条「饭费」 keyword: 没有这一项，是不是想写 keywords？
## expect: 第 6 行[^\n]*中文冒号
