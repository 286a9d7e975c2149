"""A scam going on now, for bot.emergency: someone on the phone asking a member to send money (issue 13, care17).

有人打电话说我儿子出车祸了 要我马上转五万, 让我把钱转到安全账户: the money is not gone yet, so the first step is not
to send it. Once told as over or a loss (挂了, 没理, 被骗了), a habit or a warning to all, it is not this.
"""
from __future__ import annotations

from bot.chinese_text import any_of as _any

_CLAIM = _any("打电话 来电话 来电 电话里 打来 自称 说是 冒充 视频 短信 发消息 微信上")
_ASK = r"(让|要|叫|催|逼)(我|俺|我们|咱)\S{0,10}((转|汇|打)\S{0,6}(钱|款|账|万|千|块|元)|安全账户)"
# over, a loss, a habit or a warning to all (我直接给孙子打过去 好好的, 老有电话打过来, 大家转钱前一定打电话确认)
_OVER = _any("""没转 没理 挂了 挂掉了 挂断了 没上当 识破 拉黑 骗子吧 是骗子吗 转了 被骗 骗走 好好的 没事 打过去
核实过 确认了 老有 总有 经常 骗子太多 都是假的 大家 一定""")
GOING_ON = rf"^(?!.*({_OVER})).*({_CLAIM})\S{{0,30}}({_ASK})"
