## A retired teachers' association (退休教师协会). A fresh `qunbot init`; 王老师 writes herself in as `owners: 王老师` (one
## name, no brackets) and 李老师 as operator.
## Seen: "config.yaml:10 bot.owners: 应当是一个列表，例如 [a, b]（现在写的是 '王老师'）" and right under it
## "config.yaml:10 bot.owners: 提醒：没有设置值班表（bot.duty），也没有群主（bot.owners）…请至少在 owners 里写一个人": she wrote one.
## Expected: one name is read as a list of one (or one message that says to write [王老师]); never "没有群主" beside it.
"$QUNBOT" init club >/dev/null 2>&1
cd club
sed -i 's/^  owners: \[\]/  owners: 王老师/; s/^  operators: \[\]/  operators: [李老师]/' config.yaml
"$QUNBOT" check-config 2>&1
## expect-not: 也没有群主
