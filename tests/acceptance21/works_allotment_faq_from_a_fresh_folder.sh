## What works. A fresh `qunbot init` folder for a community allotment (开心菜园群) with the operator's own three-entry
## faq.yaml: "水啥时候来" and a voice "[语音] 锄头放在哪里了" get the right answers at once; "明年地租涨不涨" (not in the FAQ)
## gets no answer from it (小王 nudged, a cover at 3 min).
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
"$QUNBOT" check-config 2>&1 | tail -1
printf '%s\n' '#开心菜园群 老吴: 水啥时候来啊' ':wait 5m' '王姐: [语音] 锄头放在哪里了' ':wait 5m' \
  '孙姐: 明年地租涨不涨' ':wait 5m' \
  | "$QUNBOT" run 2>&1
## expect: @老吴 每天早上6点到8点
## expect: @王姐 工具房在菜地北门
## expect-not: @孙姐 每块地一年300元
## expect: ⏰ 孙姐
