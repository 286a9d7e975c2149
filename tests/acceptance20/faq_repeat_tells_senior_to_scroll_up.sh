## A seniors' online-shopping help group (长者网购帮帮群), the operator's own faq.yaml. 张阿姨 asks "我昨天下午买的菜今天能送来不"
## and is answered (送货: "…满39元免运费"); five minutes later 郑姨, who was not reading then, asks "满多少钱不要运费".
## Seen: "@郑姨 这个问题刚才已经回答过了，您往上翻一翻就能看到；找不到的话，跟我们说一声🌷": an old woman told to scroll back
## through a busy group on a small phone for someone else's answer.
## Expected: 郑姨 is answered (she asked in her own words, and never saw the first); at most the repeat is kept short.
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
printf '#长者网购帮帮群 张阿姨: 我昨天下午买的菜今天能送来不\n:wait 2m\n李叔: 今天天儿真冷\n王姨: 是啊 零下了\n:wait 3m\n郑姨: 满多少钱不要运费\n:wait 1m\n' | "$QUNBOT" run 2>&1
## expect: @张阿姨 上午11点前下单
## expect-not: 往上翻
## expect: @郑姨 [^\n]*39元
