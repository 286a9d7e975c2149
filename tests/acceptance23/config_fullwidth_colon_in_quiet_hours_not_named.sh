## A senior calligraphy and painting association (书画协会). 王老师 types the night hours with a Chinese input method:
## `quiet_hours: "22：00-07：00"` (full-width colons, which look the same on a phone).
## Seen: "config.yaml:14 bot.quiet_hours: 应当写成 "HH:MM-HH:MM"，例如 "21:30-07:00"，现在写的是 '22：00-07：00'": what she
## wrote looks exactly like the example; nothing says the colons are Chinese ones.
## Expected: the message names the full-width (中文) colon, as the YAML-level message does.
"$QUNBOT" init club >/dev/null 2>&1
cd club
sed -i 's/^  owners: \[\]/  owners: [王老师]/; s/^  quiet_hours: "22:30-07:00"/  quiet_hours: "22：00-07：00"/' config.yaml
"$QUNBOT" check-config 2>&1
## expect: bot.quiet_hours
## expect: bot.quiet_hours[^\n]*(中文|全角)[^\n]*冒号
