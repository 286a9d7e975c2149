## A 太极拳 morning group practises at six; the organiser sets the morning greeting for 05:30 in a fresh folder:
## `morning: {cron: "30 5 * * *", ...}` and leaves the default `quiet_hours: "22:30-07:00"`.
## Seen: check-config "没有错误", exit 0; then the morning post is never sent: only a log line in English
## "post skipped in quiet hours room=太极晨练群 schedule=morning"; the operator is never told, every day.
## Expected: check-config names the line: "早上5:30在夜间免打扰（22:30-07:00）里面，这条问候发不出去：改时间，或给这个群设 quiet_hours".
"$QUNBOT" init taiji >/dev/null 2>&1
cd taiji
sed -i 's/^  owners: \[\]/  owners: [店长]/; s/^  operators: \[\]/  operators: [小王]/; s/morning: {cron: "30 7 \* \* \*"/morning: {cron: "30 5 * * *"/' config.yaml
"$QUNBOT" check-config 2>&1
## expect: config.yaml:\d+ [^\n]*morning[^\n]*(免打扰|quiet)
