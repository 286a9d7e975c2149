## A community elder-canteen; the operator's own faq.yaml (开饭时间, 饭费, 饭卡, 送餐, with keywords as the init comments
## show). Diners ask as they talk: "饭钱咋交" (answer: 用饭卡刷), "能给送到家不" (the 送餐 entry).
## Seen: both get "@陈大爷 您的问题我们看到了，工作人员正在确认，稍后给您准确答复🙏" at 3 min; "俺腿脚不好 饭能送上门吗"
## is answered, so the entry is there.
## Expected: the two answered from their entries.
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
printf '#社区长者食堂 陈大爷: 饭钱咋交\n:wait 2h\n#社区长者食堂 陈大爷: 能给送到家不\n:wait 5m\n' | "$QUNBOT" run 2>&1
## expect: @陈大爷 60岁以上老人午饭8元一份
## expect: @陈大爷 行动不便的独居老人可以申请送餐上门
