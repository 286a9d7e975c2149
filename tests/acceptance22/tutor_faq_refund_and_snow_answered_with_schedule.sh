## A private tutor's parents' group for a 初三 class (初三家长群). A fresh `qunbot init` folder; 王老师 (owner and operator)
## writes her own four-entry faq.yaml (上课时间, 上课地点, 学费, 请假; check-config passes).
## Seen: "补课费能退吗 孩子不想上了" → "@乐乐妈 提前一天在群里或私信跟王老师说一声，缺的课会另找时间补上。" (the leave entry: a refund
## asked, the teacher never told); "老师 周六那个课还上不上 听说下雪" → "@乐乐妈 每周六下午2:30到5:00…" (the timetable, when the
## question is whether snow cancels this Saturday).
## Expected: neither entry answers these: silence in the group, 王老师 told (a refund is for the teacher; a snow day is news).
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
printf '#初三家长群 乐乐妈: 补课费能退吗 孩子不想上了\n:wait 2m\n#初三家长群 豆豆爸: 老师 周六那个课还上不上 听说下雪\n:wait 2m\n' | "$QUNBOT" run 2>&1
## expect-not: @乐乐妈 提前一天在群里
## expect-not: @豆豆爸 每周六下午
## expect: 私聊→王老师: [^\n]*乐乐妈
