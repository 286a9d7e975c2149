## A new operator's first folder (`qunbot init`): no owner claimed yet, no operators. A member asks the address.
## Seen: at 3 minutes "@李叔 您的问题我们看到了，工作人员正在确认，稍后给您准确答复🙏" — there is no staff member to
## tell, so nobody is confirming anything and no answer will come.
## Expected: with nobody to reach, the bot does not promise that staff are checking (silence, or an honest word).
"$QUNBOT" init g >/dev/null && cd g || exit 1
printf '李叔: 请问你们地址在哪里\n:wait 4m\n' | "$QUNBOT" run 2>&1
## expect-not: 工作人员正在确认
