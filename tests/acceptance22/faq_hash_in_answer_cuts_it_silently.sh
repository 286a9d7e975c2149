## A private tutor's parents' group for a 初三 class (初三家长群). A fresh `qunbot init` folder; 王老师 writes the room number
## as she would on a note: "answer: 在学府小区5号楼2单元 #301 王老师家".
## Seen: check-config says nothing about it (no error, no 提醒), and members asking "在哪里上课" get "@乐乐妈 在学府小区5号楼
## 2单元" (YAML reads " #301…" as a comment): a wrong address, no room number, no word to her.
## Expected: check-config names faq.yaml:line and says in plain words that everything after " #" was dropped (quote the
## answer or write 301 without #); or the answer keeps it.
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
    answer: 在学府小区5号楼2单元 #301 王老师家
FAQ
"$QUNBOT" check-config 2>&1
printf '#初三家长群 乐乐妈: 在哪里上课\n:wait 1m\n' | "$QUNBOT" run 2>&1
## expect: faq\.yaml:11|301
## expect-not: @乐乐妈 在学府小区5号楼2单元\s*\(
