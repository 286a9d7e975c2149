"""A lure posted to the group: everyone asked to hand over what opens their identity or their account (issue 13).

【通知】退休教师取暖补贴开始申领了 点链接填身份证和银行卡就行 http://…, 我是社区派来的 帮大家办高龄补贴 把身份证拍照发我
就行: a page or a stranger collecting ID cards, bank cards, passwords or codes, under an office's name or a benefit's.
Whoever posted it (often a member forwarding it in good faith), a hundred members may fill it in: the whole group is
told at once not to click, fill in or send, the poster hears a quiet word, and a person is paged (the kind
`scam_lure`, read by bot.danger.emergency before its vetoes, since a forwarded 【通知】 is the lure's own dress).

Read from the words: what opens an identity or an account (身份证, 银行卡, 卡号, 密码, 验证码, 社保卡) asked to be
filled in at a link or sent to the poster privately (点链接填, 扫码上传, 拍照发我, 私发给我), beside a benefit or an
office's name (补贴, 申领, 高龄, 社保, 社区派来的), said to everyone. Not one member asked by whoever registers her,
nor a warning of such a thing (别填, 千万别发, 是骗子, 冒充), the writer's own act told (我点进去填了), a question
whether it is real (是真的吗: the member asks, a person answers), nor a form handed in at a counter (带身份证到居委会).
"""
from __future__ import annotations

import re

from bot.chinese_text import any_of as _any

# what opens an identity or an account
_KEYS = r"(身份证|银行卡|卡号|银行账号|密码|验证码|社保卡|医保卡|人脸|户口本)"
# filled in at a link, a code or a page (点链接填身份证, 扫码上传身份证, 网址里输入卡号)
_AT_A_LINK = (rf"(链接|网址|网页|二维码|扫码|点击|点开|点进去|https?://|www\.)\S{{0,24}}"
              rf"(填|输|录入|上传|提交|绑定|认证)\S{{0,10}}{_KEYS}")
# sent to the poster in chat (把身份证拍照发我, 身份证照片私发给我, 银行卡号发我)
_TO_ME = (rf"{_KEYS}\S{{0,8}}(拍(照|个照|张照|一下)?|照片|正反面|号)?\S{{0,4}}(私发|私信|发|传|微信)(给)?(我|本人)"
          rf"|(私发|私信|发)(给)?(我|本人)\S{{0,6}}{_KEYS}")
# a benefit, a refund or an office's name: the pretext
_PRETEXT = _any(r"""补贴 补助 申领 领取 发放 慰问金 养老金 高龄 退税 退费 退款 福利 中奖 认证 年审 核实 登记 办理 帮大家
社区 街道 居委会 村委 社保 医保 教育局 人社 民政 政府 派来的 工作人员""")
# a warning, a question, a past or a counter
_NOT_A_LURE = _any(r"""别 不要 千万 小心 注意 提醒 谨防 当心 骗 冒充 假的 是真的吗 真的假的 靠谱吗 能信吗 是不是
[吗?？] 带(上|着)?\S{0,3}身份证 复印件 窗口 柜台 现场
(填|输|录入|上传|提交|绑定)(了|过|进去了) 我\S{0,4}(点|扫)(了|开|进)""")
# (点进去填了身份证号, 输了密码: the writer's own act told, bot.danger.scam's `scam_given`, not a call to others)
# said to everyone (阿公阿婆们, 大家, 【通知】…截止, 办低保的把…): not one member asked by whoever registers her
# (给宋奶奶登记了 需要她身份证拍个照私发我)
_TO_ALL = re.compile(r"大家|各位|所有|们|家人|群友|通知|截止|需要的|要办的|想办的|凡是|符合|的(请|都)?把")
_LURE = re.compile(rf"({_AT_A_LINK}|{_TO_ME})")
_PRETEXT_RE, _NOT_A_LURE_RE = re.compile(_PRETEXT), re.compile(_NOT_A_LURE)


def lure(words: str) -> str | None:
    """The words of a lure for identities or accounts posted to everyone (`words`: compacted), or None."""
    found = _LURE.search(words)
    if found is None or _PRETEXT_RE.search(words) is None or _NOT_A_LURE_RE.search(words) is not None \
            or _TO_ALL.search(words) is None:
        return None
    return found.group(0)
