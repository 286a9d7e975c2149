## A rural co-op; the FAQ says dividends are paid "在腊月二十前". 老王: "分红咋还没到账 都腊月二十五了" — a promise
## broken, a complaint.
## Seen: "⏰ 老王…等了1分钟还没人回复" and at 3 minutes "@老王 您的问题我们看到了，工作人员正在确认，稍后给您准确答复🙏";
## never "投诉", the owner never told.
## Expected: a complaint: 小王 alerted with the complaint steps, the owner if nobody answers.
cat > faq.yaml <<'YAML'
entries:
  - id: 化肥
    question: 化肥什么时候发？
    keywords: [化肥, 肥料]
    answer: 合作社统一订的化肥每月15号在村委会仓库发，带上社员证。
  - id: 收购价
    question: 今年玉米收购价多少？
    keywords: [收购价, 玉米]
    answer: 今年玉米保底收购价每斤1.2元，质量好的另加。
  - id: 分红
    question: 年底分红什么时候发？
    keywords: [分红]
    answer: 年底分红在腊月二十前打到各家的一卡通上。
YAML
printf '老王: 分红咋还没到账 都腊月二十五了\n:wait 4m\n' | "$QUNBOT" run 2>&1
## expect: 私聊→小王: ⚠️ 投诉[^\n]*老王
