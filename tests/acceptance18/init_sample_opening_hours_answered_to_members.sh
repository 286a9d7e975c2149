## A new operator's first folder for a rural co-op: `qunbot init`, owner claimed later, FAQ not edited yet.
## faq.yaml says of its three samples "时间、地址这些，一定要改成你们自己的再用". A member asks "你们几点开门".
## Seen: "@李叔 门店每天早上8:30开门，晚上6:00关门，周末和节假日照常营业。" — the sample's made-up hours, to a real member;
## `qunbot check-config` says nothing about sample answers left as they are (the address sample, marked
## "请改成你们自己的地址", is held back; the hours are not).
## Expected: the unedited samples are not answered to members (as the address is not), and check-config warns
## that faq.yaml still holds the samples.
"$QUNBOT" init g >/dev/null && cd g || exit 1
"$QUNBOT" check-config 2>&1
printf '李叔: 你们几点开门\n:wait 1m\n' | "$QUNBOT" run 2>&1
## expect-not: @李叔 门店每天早上8:30开门
## expect: faq\.yaml[^\n]*(样子|示例|改成)
