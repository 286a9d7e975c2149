## A kids' chess club: the operator copied an entry to change the day and forgot to delete the old one, so faq.yaml
## holds "象棋课几点上课？" twice, one answer 周六, the other 周日.
## Seen: `qunbot check-config`: no word about the repeated question; instead, for both entries, "提醒：拿这条自己的问题原样去问，
## 也找不到这条答案，请加几个 questions（别的问法）或 keywords（关键词）" — advice that cannot fix it; exit 0.
## Expected: the two entries named as the same question with different answers (file, line, which to keep).
cat > faq.yaml <<'YAML'
entries:
  - id: 上课时间
    question: 象棋课几点上课？
    answer: 每周六上午9:00
  - id: 上课时间2
    question: 象棋课几点上课？
    answer: 每周日上午9:00
YAML
"$QUNBOT" check-config 2>&1
## expect: faq\.yaml:\d+[^\n]*(重复|一样|相同)
## expect-not: 请加几个 questions
