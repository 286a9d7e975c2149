## A rural co-op; the operator's own faq.yaml (化肥, 收购价, 分红, written as the init comments show, with keywords).
## 老刘: "化肥发了半个月还没到 搞么子嘛" — a complaint (Hunan/Hubei 搞么子嘛: what is going on).
## Seen: "@老刘 合作社统一订的化肥每月15号在村委会仓库发，带上社员证。" and nothing else: the schedule recited at an angry
## member, the complaint closed, 小王 never told.
## Expected: a complaint: 小王 alerted (listen, empathise, act); no FAQ recital in its place.
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
printf '老刘: 化肥发了半个月还没到 搞么子嘛\n:wait 4m\n' | "$QUNBOT" run 2>&1
## expect: 私聊→小王: ⚠️ 投诉[^\n]*老刘
## expect-not: @老刘 合作社统一订的化肥
