## A fresh `qunbot init` folder. The operator of a kidney-transplant group follows the comment under `rooms: {}` and, as
## people do, adds her own `rooms:` section at the end of config.yaml with `肾移植互助群: {bot: {tone: gentle}}`.
## Seen: "config.yaml:71: YAML 格式有误：rooms 写了两次（第一次在第 6 行），请只留一个": line 6 is `bot:`; the first `rooms: {}`
## is on line 65 (64 since session 22 shortened the starter config), so she searches the wrong place.
## Expected: the line of the first `rooms:` (64 now).
"$QUNBOT" init fresh >/dev/null 2>&1
cd fresh
sed -i 's/^  owners: \[\]/  owners: [店长]/' config.yaml
printf '\nrooms:\n  肾移植互助群:\n    bot:\n      tone: gentle\n' >> config.yaml
grep -n '^rooms' config.yaml
"$QUNBOT" check-config 2>&1
## expect: 64:rooms: \{\}
## expect: rooms 写了两次（第一次在第 64 行）
