## A kids' chess club's parents; the operator's faq.yaml written by hand with one question per entry (the init
## comments say questions/keywords may be left out): 上课时间, 上课地点, 请假.
## Parents ask "明天孩子发烧了 去不了 怎么请假", "课在哪上来着", "上课地方在哪".
## Seen: no answer to any of the three (nudges to 小王 only), while "周六在哪上课" and "请假的课还补吗" are answered;
## check-config says nothing about these entries.
## Expected: the three plain paraphrases answered from the FAQ (请假 entry; 上课地点 entry).
cat > faq.yaml <<'YAML'
entries:
  - id: 上课时间
    question: 象棋课几点上课？
    answer: 每周六上午9:00-10:30上课，请提前10分钟到。
  - id: 上课地点
    question: 在哪里上课？
    answer: 少年宫二楼203教室。
  - id: 请假
    question: 孩子请假怎么办？
    answer: 请在群里或私信王老师说一声，缺的课可以在下周补。
YAML
printf '浩浩爸: 明天孩子发烧了 去不了 怎么请假\n:wait 10s\n朵朵妈: 课在哪上来着\n:wait 10s\n小宇妈: 上课地方在哪\n:wait 10s\n' | "$QUNBOT" run 2>&1
## expect: @浩浩爸 请在群里或私信王老师
## expect: @朵朵妈 少年宫二楼203教室
## expect: @小宇妈 少年宫二楼203教室
