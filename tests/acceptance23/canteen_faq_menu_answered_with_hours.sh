## A community canteen's group (长者食堂). A fresh `qunbot init`; 周站长 (owner and operator) writes a four-entry faq.yaml
## (开饭时间, 饭费, 送餐, 志愿者); check-config passes.
## Seen: "今天中午吃啥" (what is for lunch) → "@周奶奶 午饭11:00到12:30，晚饭17:00到18:00，周日休息。"; "帮厨的志愿者中午管饭不"
## (do volunteers get lunch) → "@钱奶奶 找周站长登记就行，每周来半天，健康证食堂帮着办。"
## Expected: neither entry answers these: silence in the group, 周站长 told (the menu is today's news).
"$QUNBOT" init canteen >/dev/null 2>&1
cd canteen
sed -i 's/^  owners: \[\]/  owners: [周站长]/; s/^  operators: \[\]/  operators: [周站长]/' config.yaml
cat > faq.yaml <<'FAQ'
entries:
  - id: 开饭时间
    question: 食堂几点开饭？
    questions: [中午几点吃饭, 晚饭几点]
    keywords: [开饭, 几点吃, 午饭, 晚饭]
    answer: 午饭11:00到12:30，晚饭17:00到18:00，周日休息。
  - id: 饭费
    question: 吃一顿饭多少钱？
    questions: [饭钱怎么交, 八十岁以上有优惠吗]
    keywords: [多少钱, 饭钱, 饭费, 优惠, 补贴]
    answer: 一荤两素一份12元，60岁以上老人10元，80岁以上8元，可以刷老年卡。
  - id: 送餐
    question: 能送饭到家吗？
    questions: [行动不便能送餐吗, 怎么订送餐]
    keywords: [送餐, 送饭, 送到家, 上门]
    answer: 行动不便的老人可以送餐上门，提前一天上午10点前在群里或打电话0791-8888 1234登记。
  - id: 志愿者
    question: 怎么报名做志愿者？
    questions: [我也想来帮厨, 志愿者怎么参加]
    keywords: [志愿者, 帮厨, 帮忙, 报名]
    answer: 找周站长登记就行，每周来半天，健康证食堂帮着办。
FAQ
"$QUNBOT" check-config >/dev/null 2>&1 || echo "check-config failed"
printf '#长者食堂 周奶奶: 今天中午吃啥\n:wait 15m\n#长者食堂 钱奶奶: 帮厨的志愿者中午管饭不\n:wait 15m\n' | "$QUNBOT" run 2>&1
## expect-not: check-config failed
## expect-not: @周奶奶 午饭11:00
## expect-not: @钱奶奶 找周站长登记
