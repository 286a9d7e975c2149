## A fresh folder: `qunbot init`, then `qunbot doctor` as README says to run "before the first real start".
## Seen: doctor ticks Python, store, adapter, disk and calendar and ends "没有要马上修的问题；有 2 条提醒" (the sample FAQ and
## the holidays): not a word that there is no owner and no operator, so a member's emergency reaches nobody
## (check-config does say so).
## Expected: doctor names it (no bot.owners / bot.operators: emergencies and complaints reach nobody; the claim code).
"$QUNBOT" init fresh >/dev/null 2>&1
cd fresh && "$QUNBOT" doctor 2>&1
## expect: (owners|群主|主人|认领码)
## expect-not: 没有要马上修的问题
