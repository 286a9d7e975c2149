## A small-town supermarket's owner sets up a fresh folder and wants the daily report and the morning post at the times she
## says them: `daily_report: "21:00"`, `morning: {cron: "7:30", ...}`.
## Seen: "plugins.nudge.daily_report: 应当是 crontab 写法（分 时 日 月 星期，例如 "30 7 * * *"），现在写的是 '21:00'" and the same
## for 7:30: right, but she is left to work out crontab; the example even uses another time.
## Expected: the line she needs, from what she wrote: "21:00 写成 "0 21 * * *"", "7:30 写成 "30 7 * * *"".
"$QUNBOT" init shop >/dev/null 2>&1
cd shop
sed -i 's/^  owners: \[\]/  owners: [王店长]/; s/^    daily_report: "0 21 \* \* \*"/    daily_report: "21:00"/; s/morning: {cron: "30 7 \* \* \*"/morning: {cron: "7:30"/' config.yaml
"$QUNBOT" check-config 2>&1
## expect: plugins.nudge.daily_report
## expect: plugins.nudge.daily_report[^\n]*"0 21 \* \* \*"
