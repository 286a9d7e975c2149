"""Moderation fair to members (acceptance25, fixmod25).

Each kind told in other words than the acceptance tester's, with the everyday lines of the same words that must still
be read as before.
"""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.danger.emergency import emergency
from bot.testing import TZ
from tests.shipped_bot import said as _said
from tests.shipped_bot import shipped_bot as _shipped_bot
from tests.shipped_bot import to as _to

DAY = datetime(2026, 12, 2, 10, 0, tzinfo=TZ)


def _kind(text: str) -> str | None:
    found = emergency(text)
    return None if found is None else found.kind


# phishing_victim_struck_as_ad_poster: a link promising money, asking for the ID and the bank card, and "I filled it"
@pytest.mark.parametrize("text", [
    "群里有人转的 领取高龄补贴 要输身份证和银行卡号 http://gl-bt.top/a 俺已经输进去了",
    "你们看这个链接 说退医保费 填银行卡号就退 我刚填了",
    "朋友圈看到的 发放慰问金 上传身份证银行卡 www.wjh-gov.xyz 我都填好了",
    "说是老兵补助 提供银行卡号 链接点进去 我也填了",
])
def test_a_payout_link_asking_for_the_bank_card_filled_in_is_a_scam_given(text):
    assert _kind(text) == "scam_given"


@pytest.mark.parametrize("text", [
    "社区通知 高龄补贴 要填身份证号和银行卡号 我填了 交给居委会了",
    "养老金认证 链接在这 https://rs.gov.cn 大家记得弄",
    "这个补贴要填银行卡号吗 我填了没用啊",
    "领取补贴的表格 我填了 明天交到社区",
    "说是补发养老金 填银行卡 这链接千万别填 是骗子",
    "报名链接 https://wj.qq.com/s/1 填姓名电话就行 我填了 大家也填一下",
])
def test_a_form_a_warning_or_a_sign_up_link_is_no_scam_given(text):
    assert _kind(text) is None


async def test_a_member_who_filled_in_a_payout_link_is_helped_not_told_off(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("你们看这个链接 说退医保费 填银行卡号就退 http://yb-tf.cc/x 我刚填了",
                           sender="u7", name="周姨")
    await bot.wait(minutes=2)
    group = "".join(_said(bot))
    assert "不发广告" not in group and "冻结" in group
    assert "外部链接" not in "".join(_to(bot, "u7"))
    assert _to(bot, "op1")[0].startswith("🚨")
