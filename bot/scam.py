"""A scam going on now, for bot.emergency: someone on the phone asking a member to send money (issue 13, care17).

有人打电话说我儿子出车祸了 要我马上转五万, 让我把钱转到安全账户: the money is not gone yet, so the first step is not
to send it. It needs a fraud's story (冒充, 说是公安, 出车祸, 涉嫌…): a grandson asking for money for books, or the
property office for its fee, is no scam. Once told as over or a loss (挂了, 没理, 被骗了), a habit or a warning to all,
it is not this.
"""
from __future__ import annotations

from bot.chinese_text import any_of as _any

_CLAIM = _any("打电话 来电话 来电 电话里 打来 自称 说是 冒充 视频 短信 发消息 微信上")
_ASK = r"(让|要|叫|催|逼)(我|俺|我们|咱)\S{0,10}((转|汇|打)\S{0,6}(钱|款|账|万|千|块|元|费)|安全账户)"
# over, a loss, a habit or a warning to all (我直接给孙子打过去 好好的, 老有电话打过来, 大家转钱前一定打电话确认)
_OVER = _any("""没转 没理 挂了 挂掉了 挂断了 没上当 识破 拉黑 骗子吧 是骗子吗 转了 被骗 骗走 好好的 没事 打过去
核实过 确认了 老有 总有 经常 骗子太多 都是假的 大家 一定""")
# the story a fraud tells to get the money (冒充, 说是公安, 出车祸, 安全账户, 涉嫌洗钱, 中奖): an everyday request has
# none (孙子发消息让我转500块给他买书, 我儿子打电话让我给他转点钱交房租)
_IMPOSTOR = _any("冒充 自称 假冒 假装 装成")
_CLAIMED = r"(公安|警察|派出所|法院|检察|医保|社保|银行|客服|领导|老同学|你(的)?(儿子|孙子|女儿|孙女))"
_PRETEXT = _any(rf"""{_IMPOSTOR} 说是\S{{0,6}}{_CLAIMED} 公检法 公安 警察 法院 检察院 出车祸 车祸 被抓 被拘 出事 急用
保证金 安全账户 涉嫌 洗钱 别告诉 不要告诉 中奖 退款 理赔 刷单 解冻 冻结 通缉 验证码 换了(新)?号 新号码 手机(丢|坏)了
贷款 不然(就)?(抓|坐牢|起诉|冻结)""")
# whom the money is owed to in everyday life (物业费, 交医保 through 社区): no fraud unless one is impersonated
_PAYEE = _any("物业 社区 居委会 村委 学校 幼儿园 老师 班主任 医院缴费 水费 电费 燃气费 房东")
GOING_ON = (rf"^(?!.*({_OVER}))(?=.*({_PRETEXT}))(?!(?!.*({_IMPOSTOR})).*({_PAYEE}))"
            rf".*({_CLAIM})\S{{0,30}}({_ASK})")

KINDS = {"scam": GOING_ON}  # the scams bot.emergency reads, by kind (each with its own first step)
