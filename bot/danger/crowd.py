"""A crowd crush: people knocked down or pressed until they cannot breathe where a crowd pushes (issue 13, emergency22).

踩踏, 被挤倒了 后面的人还在往前推, 挤得喘不上气, 有人倒在地上被踩: at a temple fair, a market's gate, a concert's end,
a school stair. A crowded market (人挤人 买个菜真费劲), a foot trodden on in the underground, 挤死了 are no danger.
The step (nudge/emergency_body.j2): 110 and 120, away to the edge and never against the flow, shout to those behind
to stop, arms across the chest to keep room to breathe, curled on the side with the head held if down.
"""
from __future__ import annotations

from bot.chinese_text import any_of as _any

_PEOPLE = _any("人 老人 老太太 老头 老大爷 大妈 孩子 小孩 小朋友 学生 好几个 几个 一片 一个")
# harm or a crowd still pressing beside a push or a pile (人压人 … 有老人倒了, 被人挤倒了 后面的人还在推); not a
# crowded train (地铁上人压人 挤死了), a fall that is over (还好没事, 爬起来了) or a drill (踩踏演习)
_PRESSING = r"(倒|踩|喘|叫|喊|救|孩子|老人|起不来|后面的人|还在(挤|推)|晕|压在)"
CRUSH = _any(rf"""(?<!防)(?<!防止)踩踏(?!演练|演习|事故\S{{0,2}}(新闻|报道))
被(人)?(挤|推)(倒|趴下|翻|到地上)\S{{0,10}}{_PRESSING} {_PRESSING}\S{{0,10}}被(人)?(挤|推)(倒|趴下|翻|到地上)
(人压人|人叠人)\S{{0,10}}{_PRESSING} {_PRESSING}\S{{0,10}}(人压人|人叠人)
(挤|推)(倒|趴下)(了)?\S{{0,4}}({_PEOPLE}) (挤|压)得\S{{0,3}}(喘不上|喘不过|透不过|上不来)(气)?
(倒|摔|趴)(在)?地上\S{{0,6}}被(人)?踩 被(人)?踩\S{{0,2}}(在地上|倒|得起不来)
被(人)?挤(在|到)\S{{0,6}}(栏杆|墙|门|角落|柱子|台阶)\S{{0,8}}(紫|青|喘|动不了|叫|喊|救|晕)""")
CRUSH = rf"^(?!.*(还好没事|没事了|爬起来了|演练|演习|哈哈))(?:.*?)({CRUSH})"
KINDS = {"crush": CRUSH}
