## A village co-op's accountant sets up a fresh folder and writes her two helpers the way she would type them:
## `operators: [小王 小李]` (a space, not a comma).
## Seen: `check-config` "没有错误，有 3 条提醒" (only the generic "名字要等机器人见过这些人"), exit 0; then in the sandbox the nudge goes to
## "私聊→小王 小李" (nobody), and 小王's `/sla` is refused "需要群管理员来操作哦": the co-op has no operator at all.
## Expected: check-config names the line: "「小王 小李」中间是空格：两个人请用逗号隔开，写成 [小王, 小李]".
"$QUNBOT" init coop >/dev/null 2>&1
cd coop
sed -i 's/^  owners: \[\]/  owners: [王会计]/; s/^  operators: \[\]/  operators: [小王 小李]/' config.yaml
"$QUNBOT" check-config 2>&1
printf '#社员群 张三: 分红啥时候发啊\n:wait 2m\n~小王: /sla\n:wait 10s\n' | "$QUNBOT" run 2>&1
## fixleft26: the line above expected what the probe reports as Seen (the nudge to "小王 小李", the /sla refused): a bot
## that refuses the config, as expected below, shows neither, so it must NOT be seen; `qunbot run` now stops with the
## same line as check-config.
## expect-not: 私聊→小王 小李|需要群管理员
## expect: config.yaml:\d+ bot.operators[^\n]*(空格|逗号)
