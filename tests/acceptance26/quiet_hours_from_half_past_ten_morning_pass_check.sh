## A hearing-aid shop's owner sets up a fresh folder and means "晚上十点半到早上七点", but writes `quiet_hours: "10:30-07:00"`.
## Seen: check-config "没有错误" (only the generic reminders), exit 0; in the sandbox the bot is then silent from 10:30 in the
## morning; at 11:00 "助听器戴着老是吱吱叫 咋回事啊" reaches nobody for five minutes (no nudge, no cover).
## Expected: check-config names the line: "夜间免打扰从上午10:30到早上7:00，一天有二十多个小时不说话，是不是想写 22:30？".
"$QUNBOT" init shop >/dev/null 2>&1
cd shop
sed -i 's/^  owners: \[\]/  owners: [店长]/; s/^  operators: \[\]/  operators: [小王]/; s/"22:30-07:00"/"10:30-07:00"/' config.yaml
"$QUNBOT" check-config 2>&1
printf '#听力之家 老周: 早上好\n:wait 2h\n#听力之家 王大爷: 助听器戴着老是吱吱叫 咋回事啊\n:wait 5m\n' | "$QUNBOT" run 2>&1
## expect: config.yaml:\d+ bot.quiet_hours[^\n]*(10:30|22:30)
## expect: 私聊→小王: [^\n]*王大爷
