## A fresh `qunbot init` folder for a community allotment (开心菜园群). The operator writes her own faq.yaml and forgets the
## colon after `answer` on line 14 ("    answer 工具房在菜地北门…").
## Seen: "config.yaml:46 plugins.faq.file: 文件 faq.yaml 格式有误（第 15 行）：could not find expected ':'": English, the wrong
## line (15 is past the end), and filed under config.yaml.
## Expected: "faq.yaml:14" with the slip in plain Chinese (README: a missing colon is said in plain words).
"$QUNBOT" init fresh >/dev/null 2>&1
cd fresh
sed -i 's/^  owners: \[\]/  owners: [店长]/' config.yaml
cat > faq.yaml <<'FAQ'
entries:
  - id: 浇水时间
    question: 菜地几点放水？
    questions: [水龙头几点开, 什么时候能浇水]
    keywords: [浇水, 放水, 水龙头]
    answer: 每天早上6点到8点、下午4点到6点放水，其他时间水闸关着。
  - id: 租金
    question: 一块地一年多少钱？
    keywords: [租金, 多少钱, 交钱]
    answer: 每块地一年300元，找门口王师傅交，开收据。
  - id: 工具
    question: 工具放哪里？
    keywords: [工具, 锄头, 铁锹]
    answer 工具房在菜地北门，钥匙在王师傅那里。
FAQ
"$QUNBOT" check-config 2>&1
## expect: faq\.yaml:14
## expect-not: could not find
