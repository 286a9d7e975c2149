## An overseas-Chinese grandparents' group (海外孙辈群) whose children live in Canada. The operator tries to give the room its
## own clock, as the README's `rooms.ROOM.bot` section suggests a room can have its own quiet_hours:
## `rooms: {海外孙辈群: {bot: {timezone: America/Toronto}}}`.
## Seen: "config.yaml:NN rooms.海外孙辈群.bot.timezone: 没有这一项，是不是想写 tone？" (timezone is a real key of bot; tone is unrelated).
## Expected: the line and key, and why: timezone is set once for the whole bot (bot.timezone); a room can have its own
## quiet_hours instead. Never "是不是想写 tone".
"$QUNBOT" init grand >/dev/null 2>&1
cd grand
sed -i 's/^  owners: \[\]/  owners: [店长]/' config.yaml
sed -i 's/^rooms: {}.*/rooms:\n  海外孙辈群:\n    bot:\n      timezone: America\/Toronto/' config.yaml
"$QUNBOT" check-config 2>&1
## expect: rooms\.海外孙辈群\.bot\.timezone
## expect-not: 是不是想写 tone
## expect: (?<!群\.)bot\.timezone|quiet_hours
