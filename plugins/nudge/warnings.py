"""A member's warning to everyone (a scam caller, a fake notice): moderation's reading of it, asked by the nudges so
the bot thanks the member for the reminder instead of promising to "帮您办" it."""
from __future__ import annotations

import re

from plugins.moderation.normalize import views
from plugins.moderation.scam_talk import warns

TO_EVERYONE = re.compile(r"大家|各位|千万|提醒|注意|小心")  # said to the group, not "我被骗了"
SCAM = re.compile(r"骗|冒充|假冒|假的|上当|别信|不要信|别点|不要点|别加|不要加|别转|不要转|转钱|转账|汇款")
# A loss told: the member or their family was cheated ("大家注意，我被骗了三千块", "我妈昨天被冒充医保局的骗了两万"):
# they need a person's sympathy and help, not thanks for a reminder and "别转钱".
LOSS = re.compile(r"(我|俺|咱|家|妈|爸|老伴|老公|老头|老婆|孩子|儿子|女儿|闺女|婆婆|公公|奶奶|爷爷|姥姥|外婆)\S{0,12}"
                  r"(被骗|骗走|骗了|上当了|上了当|转了|汇了|打过去|钱没了|损失)")
ASKS = re.compile(r"[?？]|[吗呢嘛][\s。!！~]*$|是不是|会不会|真的假的")  # 这是骗子吗？ asks, it warns nobody


def tells_a_loss(text: str) -> bool:
    """A member tells that they or their family were cheated of money: a person must answer, with sympathy."""
    return SCAM.search(text) is not None and LOSS.search(text) is not None


def warns_everyone(text: str) -> bool:
    """The words warn the group about a scam (moderation lets them pass for the same reason), to everyone,
    and ask nothing: "这个电话是不是骗子？" wants an answer and "我被骗了三千块" help, not thanks."""
    return TO_EVERYONE.search(text) is not None and SCAM.search(text) is not None and ASKS.search(text) is None \
        and not tells_a_loss(text) and warns(views(text).plain)
