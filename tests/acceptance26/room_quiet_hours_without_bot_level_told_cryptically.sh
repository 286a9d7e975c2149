## A 太极拳 morning group's organiser wants the group's own night (it wakes at five), reads the README's "`quiet_hours` (the room's
## own night, e.g. `"21:00-04:00"`)" in the row of `rooms.ROOM.bot`, and writes it one level too high:
## `rooms: {太极晨练群: {quiet_hours: "21:00-05:00"}}`.
## Seen: check-config "config.yaml:64 rooms.太极晨练群.quiet_hours: 应当是一个部分（键: 值）（现在写的是 '21:00-05:00'）": a sentence she
## cannot act on (what "部分" is, and where it should go, is not said).
## Expected: the line named with the fix in her words: "quiet_hours 要写在 bot 下面：rooms: {太极晨练群: {bot: {quiet_hours: "21:00-05:00"}}}".
"$QUNBOT" init taiji >/dev/null 2>&1
cd taiji
sed -i 's/^  owners: \[\]/  owners: [店长]/; s/^  operators: \[\]/  operators: [小王]/; s/^rooms: {}/rooms: {太极晨练群: {quiet_hours: "21:00-05:00"}}/' config.yaml
"$QUNBOT" check-config 2>&1
## expect: config.yaml:\d+ rooms\.太极晨练群\.quiet_hours[^\n]*bot
