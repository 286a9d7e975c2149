## What works. A community canteen's group (长者食堂), a fresh `qunbot init` folder with 周站长's own four-entry faq.yaml:
## "今天中午几点开饭" → the hours; "我腿脚不方便 明天能给我送个饭不" → the delivery entry with the phone number; "饭钱咋交啊 能
## 用老年卡不" → the prices and 老年卡; "我儿子想来帮厨 要办健康证不" → the volunteers' entry; "周日开不开门" → the hours
## ("周日休息"). A room's `tone: 温和` is refused naming line, key and both choices in Chinese.
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
"$QUNBOT" check-config >/dev/null 2>&1 && echo "check-config ok"
printf '#长者食堂 刘奶奶: 今天中午几点开饭\n:wait 15m\n#长者食堂 李爷爷: 我腿脚不方便 明天能给我送个饭不\n:wait 15m\n#长者食堂 张奶奶: 饭钱咋交啊 能用老年卡不\n:wait 15m\n#长者食堂 王奶奶: 我儿子想来帮厨 要办健康证不\n:wait 15m\n#长者食堂 赵爷爷: 周日开不开门\n:wait 15m\n' | "$QUNBOT" run 2>&1
sed -i 's/^rooms: {}/rooms: {长者食堂: {bot: {tone: 温和}}}/' config.yaml
"$QUNBOT" check-config 2>&1
## expect: check-config ok
## expect: @刘奶奶 午饭11:00到12:30
## expect: @李爷爷 行动不便的老人可以送餐上门
## expect: @张奶奶 一荤两素一份12元[^\n]*老年卡
## expect: @王奶奶 找周站长登记
## expect: @赵爷爷 午饭[^\n]*周日休息
## expect: config.yaml:\d+ rooms\.长者食堂\.bot\.tone: [^\n]*cheerful[^\n]*gentle[^\n]*温和
