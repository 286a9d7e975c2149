## A seniors' online-shopping help group run by a supermarket (长者网购帮帮群); the operator's own faq.yaml (送货, 退货, 付款,
## 服务台, 积分, 手机课). Seniors ask as they talk: 王姨 "钱咋给呀 我不会弄" (how do I pay, I can't work it), 李叔
## "俺买的豆腐是馊的 咋退啊" (my tofu is off, how do I return it).
## Seen: 王姨 gets the return answer, "@王姨 在小程序“我的订单”里点“申请售后”，拍张照片就行…" (/faq find: 退货 0.77, "答案命中：不会、
## 弄"); 李叔, whose question is exactly the 退货 entry, gets nothing from the FAQ and at 3 minutes "@李叔 您的问题我们看到了，
## 工作人员正在确认，稍后给您准确答复🙏" (and 小王 no complaint alert for spoiled food).
## Expected: 王姨 gets the 付款 answer (or silence and a person); 李叔 gets the 退货 answer at once.
cat > faq.yaml <<'YAML'
entries:
  - id: 送货
    question: 网上买的东西多久能送到家？
    answer: 上午11点前下单的当天下午送到，11点以后下单的第二天上午送到。满39元免运费。
    keywords: [送货, 送到, 配送]
  - id: 退货
    question: 买的东西坏了怎么退？
    answer: 在小程序“我的订单”里点“申请售后”，拍张照片就行；不会弄的直接到服务台找小刘，带上手机。
    keywords: [退货, 退款, 坏了, 售后]
  - id: 付款
    question: 小程序怎么付钱？
    answer: 下单后点“微信支付”，输入支付密码就行；也可以选货到付款，送货员带扫码机。
    keywords: [付钱, 付款, 支付]
  - id: 服务台
    question: 服务台在哪，几点有人？
    answer: 服务台在超市一楼进门右手边，每天早上8点到晚上9点都有人。
    keywords: [服务台]
  - id: 积分
    question: 会员积分怎么用？
    answer: 100积分抵1元，结账时告诉收银员用积分，或者在小程序付款时勾选“积分抵扣”。
    keywords: [积分]
  - id: 老年课
    question: 手机课什么时候上？
    answer: 教大家用手机网购的课每周二、周四上午9点半，在超市二楼活动室，免费，带上手机。
    keywords: [手机课, 上课, 教]
YAML
printf '#长者网购帮帮群 王姨: 钱咋给呀 我不会弄\n:wait 2h\n#长者网购帮帮群 李叔: 俺买的豆腐是馊的 咋退啊\n:wait 4m\n' | "$QUNBOT" run 2>&1
## expect-not: @王姨 在小程序“我的订单”里点“申请售后”
## expect: @李叔 在小程序“我的订单”里点“申请售后”
