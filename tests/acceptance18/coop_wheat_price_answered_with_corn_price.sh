## A rural co-op; the operator's own faq.yaml has the corn price only ("今年玉米收购价多少？", keyword 收购价).
## 老刘: "小麦收购价多少".
## Seen: "@老刘 今年玉米保底收购价每斤1.2元，质量好的另加。" — the corn price given as the answer about wheat.
## Expected: silence (or 小王 nudged): the FAQ does not say the wheat price.
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
printf '老刘: 小麦收购价多少\n:wait 30s\n' | "$QUNBOT" run 2>&1
## expect-not: @老刘 今年玉米保底收购价
