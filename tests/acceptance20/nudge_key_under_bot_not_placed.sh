## A fresh `qunbot init` folder. The operator of a kidney-transplant group reads in README that a member unwell at night is
## told whom to call (`night_care_phone`) and writes it under `bot:`, beside quiet_hours, where the night belongs.
## Seen: "config.yaml:15 bot.night_care_phone: 没有这一项" (no such key): nothing says it exists, under plugins.nudge.
## Expected: the message names where the key goes (plugins.nudge.night_care_phone), as it suggests quiet_hours for
## quite_hours.
"$QUNBOT" init fresh >/dev/null 2>&1
cd fresh
sed -i 's/^  owners: \[\]/  owners: [店长]/' config.yaml
sed -i 's/^  quiet_hours: \(.*\)$/  quiet_hours: \1\n  night_care_phone: 移植科护士站 0571-87666666/' config.yaml
"$QUNBOT" check-config 2>&1
## expect: bot.night_care_phone
## expect: plugins\.nudge
