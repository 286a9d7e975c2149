"""A member introducing themselves: who they are, beside a greeting or not.

"大家好 我是老马 今年七十 耳朵听不见 喜欢下棋" is a newcomer saying who he is, not a greeting to thank for ("谢谢您的
问候" would answer the wrong thing): he is welcomed, by name. Read on the words alone: the sender names themself
(我是/我叫/本人) and says one more thing about themself (age, where they live, what they did or like), or says they
are new here (新来的, 刚进群, 初来乍到).
"""
from __future__ import annotations

import re

NAMES_SELF = re.compile(r"(?<![就还不也都])(我是|我叫|本人(是|叫)?)(?![谁不说问想要在])[^\s，,。！!？?]{1,8}")
ABOUT_SELF = re.compile(r"今年[\d一二三四五六七八九十]{1,3}(岁|了)?|[\d一二三四五六七八九十]{2,3}岁|退休|住在|家住|"
                        r"来自|老家|喜欢|爱好|平时爱|以前(是|在|做)|做了\S{0,4}年|耳朵|眼睛|腿脚|请多(关照|指教)|多多关照")
NEW_HERE = re.compile(r"新来的|新人|刚(进|入|加)(群|进来)|初来乍到|第一次(来|进群|在群里)")


def introduces_self(text: str) -> bool:
    """Whether `text` introduces its sender: names them and tells more of them, or says they are new here."""
    return bool(NEW_HERE.search(text) or (NAMES_SELF.search(text) and ABOUT_SELF.search(text)))
