"""Someone hiding from a shooting or an attack now, most often told by a parent far away (issue 13, fixcare22).

女儿刚打电话 她们那边商场里有人开枪 她抱着孩子躲在厕所里 我手都在抖: a child abroad hiding from a gunman, the parent
shaking at home. The step is the one hiding's (stay hidden and silent, the phone on silent, the local police's number)
and the parent's (a message, not a call; 外交部全球领事保护与服务应急呼叫中心 12308 when abroad: the template). Read
with gunfire or an attack named and a sign of now (hiding, trapped, running, shaking); the news, a film, a game and
a water pistol stay quiet (美国又发生枪击案了 太吓人了, 玩具枪打碎了玻璃).
"""
from __future__ import annotations

from bot.chinese_text import any_of as _any

_ATTACK = _any(r"""开枪 开了枪 枪击 枪声 枪响 枪手 持枪 拿着枪 拿枪 有枪 扫射 恐袭 恐怖袭击 袭击 砍人 持刀 炸弹""")
_HIDING = _any(r"""躲在 躲进 躲到 躲起来 躲着 藏在 藏进 藏起来 藏着 不敢出(来|去|声) 封锁 跑出来 逃出来 往外跑 被困
困在 出不去 (手|腿|身上)(都|直)?(在)?(抖|发抖|哆嗦) 吓(坏|哭|得)""")
_NOT_HERE = _any(r"""(像|跟|似)\S{0,3}(开枪|枪声|枪响) (开枪|枪声|枪响)(似的|一样) 鞭炮 炮仗 烟花 放炮
新闻 报道 电影 电视 剧里 游戏 吃鸡 玩具枪 水枪 气枪 打靶 射击馆 演习 演练 视频里 拍戏""")
SHOOTING = rf"^(?!.*({_NOT_HERE}))(?=.*({_ATTACK})).*({_HIDING})"

KINDS = {"shooting": SHOOTING}
