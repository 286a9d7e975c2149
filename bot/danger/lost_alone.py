"""The member lost and alone somewhere that can hurt them: a hill with night coming, a busy crossroads they cannot
see (issue 13, fixcare22).

我在山上迷路了 and 导盲犬丢了 我一个人在路口 不知道在哪 车很多 are the writer's own danger now, told in the first
person: stay put, 110 (the template: a blind member is told not to cross, to hold on to a wall or a rail and ask a
passer-by; nobody is asked to read a sign). Read with the first person and a place outdoors, or a blind member's
guide dog or cane gone; 我在商场里迷路了 哈哈 (a joke, indoors), 上次在山上迷路了 (the past) and 导盲犬找到了 stay
quiet. The astray step of bot.danger.danger_words is the one said.
"""
from __future__ import annotations

from bot.chinese_text import any_of as _any

_WHERE_I_AM = r"不知道(这是|自己)?在哪(?![买办交看领报吃坐打拿取充查问下停住玩])|不知道这是哪"  # not 在哪买票
_LOST = (rf"(迷路|迷了路|找不到路|找不着路|找不到回去的路|找不着回去的路|{_WHERE_I_AM}|认不出路|走不出去|"
         r"转不出去|转迷糊了)")
_ME_LOST = rf"(我|俺)\S{{0,14}}{_LOST}"
_OUTDOORS = _any(r"""山上 山里 山路 山沟 林子 树林 林场 野外 荒郊 荒山 田里 地里 河边 湖边 海边 天黑 天快黑
路口 马路 街上 大街
车很多 车多 一个人""")
_GUIDE_GONE = _any(r"""(导盲犬|盲杖|拐杖)\S{0,4}(丢|跑|走丢|不见|没了)""")
# a member who cannot see, lost anywhere, told as she tells it (native review 23, note A): 我眼睛看不见 导盲犬跑了
# 一个人在路口不知道在哪 (the dog gone, the words far from 我), 我看不见 在公园里走迷路了 (a park, not a hill)
_BLIND_ME = r"(我|俺)\S{0,3}(眼睛)?\S{0,2}(看不见|看不清|瞎|失明)|盲人"
ASTRAY = (rf"^(?=.*({_OUTDOORS}|{_GUIDE_GONE})).*({_ME_LOST})"
          rf"|^(?=.*({_GUIDE_GONE}|{_BLIND_ME}))(?!.*(找到了|找着了|回来了|到家了)).*{_LOST}")

KINDS = {"astray": ASTRAY}
