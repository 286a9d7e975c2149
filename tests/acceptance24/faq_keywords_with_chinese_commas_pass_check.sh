## A small-town supermarket's owner writes her own FAQ in a fresh folder, typing with a Chinese input method:
## `keywords: [开门，关门，营业]` (Chinese commas: one keyword "开门，关门，营业" that no member will ever type).
## Seen: `check-config` "没有错误，有 2 条提醒" (neither about this), exit 0; the same slip in `operators: [小王，小李]` is named:
## "用了中文逗号，机器人会把几个人当成一个名字。请改用英文逗号（,）隔开".
## Expected: the FAQ's keywords (and questions) with Chinese commas named with their line, as for operators.
"$QUNBOT" init shop >/dev/null 2>&1
cd shop
sed -i 's/^  owners: \[\]/  owners: [王店长]/' config.yaml
cat > faq.yaml <<'YAML'
entries:
  - id: 营业时间
    question: 超市几点开门？
    questions: [几点关门, 周末开吗]
    keywords: [开门，关门，营业]
    answer: 每天早上7点到晚上9点，周末不休息。
  - id: 送货
    question: 能送货上门吗？
    answer: 镇上满50元免费送，下午4点前下单当天送到。
YAML
"$QUNBOT" check-config 2>&1
## expect: faq.yaml:5[^\n]*中文逗号
