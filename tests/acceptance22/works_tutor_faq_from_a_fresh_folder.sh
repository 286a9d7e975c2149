## What works. A private tutor's parents' group for a 初三 class (初三家长群), a fresh `qunbot init` folder with 王老师's own
## four-entry FAQ: "周六几点上课", "孩子明天发烧了 来不了 咋请假", "课在哪上啊", "这个月的钱转给谁" and a voice "王老师你好 请问周日
## 上午的课几点开始" are answered with the right entries; "中考体育怎么报名" (not in the FAQ) is left to 王老师.
"$QUNBOT" init tutor >/dev/null 2>&1
cd tutor
sed -i 's/^  owners: \[\]/  owners: [王老师]/; s/^  operators: \[\]/  operators: [王老师]/' config.yaml
cat > faq.yaml <<'FAQ'
entries:
  - id: 上课时间
    question: 周末补课几点上？
    questions: [周六几点上课, 补课时间是什么时候]
    keywords: [几点, 上课时间, 补课]
    answer: 每周六下午2:30到5:00，周日上午9:00到11:30。
  - id: 上课地点
    question: 在哪里上课？
    questions: [上课地址在哪, 教室在哪]
    keywords: [地址, 教室, 在哪]
    answer: 在学府小区5号楼2单元301，王老师家。
  - id: 学费
    question: 学费多少钱，怎么交？
    questions: [一个月多少钱, 学费交给谁]
    keywords: [学费, 交钱, 多少钱]
    answer: 每月800元，每月1号前微信转给王老师，会开收据。
  - id: 请假
    question: 孩子有事来不了怎么请假？
    questions: [生病了怎么请假, 请假要提前说吗]
    keywords: [请假, 来不了, 有事]
    answer: 提前一天在群里或私信跟王老师说一声，缺的课会另找时间补上。
FAQ
"$QUNBOT" check-config 2>&1
printf '#初三家长群 乐乐妈: 周六几点上课\n:wait 15m\n豆豆爸: 孩子明天发烧了 来不了 咋请假\n:wait 15m\n阳阳奶奶: 课在哪上啊\n:wait 15m\n乐乐妈: 这个月的钱转给谁\n:wait 15m\n豆豆爸: [语音] 王老师你好 请问周日上午的课几点开始\n:wait 15m\n阳阳奶奶: 中考体育怎么报名\n:wait 2m\n' | "$QUNBOT" run 2>&1
## expect: 没有错误
## expect: @乐乐妈 每周六下午2:30
## expect: @豆豆爸 提前一天在群里
## expect: @阳阳奶奶 在学府小区
## expect: @乐乐妈 每月800元
## expect: @豆豆爸 每周六下午2:30
## expect: 私聊→王老师: ⏰ 阳阳奶奶[^\n]*中考体育
