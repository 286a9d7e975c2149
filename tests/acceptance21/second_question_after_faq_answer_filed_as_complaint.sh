## A fresh `qunbot init` folder for a community allotment (开心菜园群) with the operator's own three-entry faq.yaml. 老吴 asks
## "水啥时候来啊" (answered at once from the FAQ, rightly); five minutes later he asks something new, "西红柿叶子卷起来了 是咋回事啊"
## (my tomato leaves are curling, why?), and twenty seconds later 老李 answers "缺水了 早晚各浇一回就好了".
## Seen: "⚠️ 投诉，请尽快处理：老吴…“西红柿叶子卷起来了 是咋回事啊”…（换、退、补、上门）", the owner at 1 min, and at 3 min over
## 老李's answer "@老吴 给您添麻烦了，实在抱歉。您说的情况已经转给负责人". Asked alone, the same line is a question and 老李's
## answer is named to 小王 ("老李已经在群里回了").
## Expected: a gardening question, as when asked alone: no complaint, no apology; 老李's answer named to 小王.
"$QUNBOT" init fresh >/dev/null 2>&1
cd fresh
sed -i 's/^  owners: \[\]/  owners: [店长]/; s/^  operators: \[\]/  operators: [小王]/' config.yaml
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
    answer: 工具房在菜地北门，钥匙在王师傅那里。
FAQ
printf '%s\n' '#开心菜园群 老吴: 水啥时候来啊' ':wait 5m' '老吴: 西红柿叶子卷起来了 是咋回事啊' ':wait 20s' \
  '老李: 缺水了 早晚各浇一回就好了' ':wait 4m' | "$QUNBOT" run 2>&1
## expect: @老吴 每天早上6点到8点
## expect-not: ⚠️ 投诉
## expect-not: 给您添麻烦了|非常抱歉
## expect: 老李已经在群里回了
