"""A scam told hears its own step (scriptmend25, findings 2, 3, 17): a claims scam with a 快递师傅 is no rite, a
rite's money still hears the rite's line, before the transfer too; a PIN typed in after a link gets the bank first."""
from __future__ import annotations

import pytest

from tests.scriptmend25_kit import told as _told


# 2. a claims scam with a 快递师傅 is no rite: no temple, no "钱请先存回银行"; a rite still hears its own line
@pytest.mark.parametrize("text", ["快递师傅打电话说我的包裹丢了要理赔，让我加他QQ，现在让我转钱过去激活",
                                  "有个自称快递客服的打电话，说我包裹丢了要给我理赔，让我先转三百块过去激活，他还在电话上等我",
                                  "刚才有人冒充修车师傅打电话，说我儿子出车祸了，让我马上转两万过去"])
async def test_a_claims_scam_told_with_a_shifu_hears_the_scams_own_step_not_a_temples(make_bot, text):
    _, alert, (word,) = await _told(make_bot, text)
    assert word.startswith("收到，请先别转钱！") and "法事" not in word and "寺院" not in word
    assert "先挂掉电话" in word and alert.startswith("🚨")


async def test_a_claim_told_with_qq_hears_not_to_add_him_nor_share_the_screen(make_bot):
    _, _, (word,) = await _told(make_bot, "快递师傅打电话说我的包裹丢了要理赔，让我加他QQ，现在让我转钱过去激活")
    assert "不会让您先转钱“激活”" in word and "别加对方的QQ、微信" in word and "共享屏幕" in word


@pytest.mark.parametrize("text", ["师父说捐一万给儿子消业障 病就好了，存款都取出来了",
                                  "大师说要做场法事化解 孙子的病才能好 收八千八 我明天去银行取"])
async def test_money_for_a_rite_still_hears_the_rites_own_line(make_bot, text):
    _, _, (word,) = await _told(make_bot, text)
    assert word.startswith("收到，请先别把钱给出去！") and "正规的寺院不会开价要您的存款" in word


# 3. a PIN typed in after a link, told as people tell it (我点了链接 输了): the bank first, privately and in the group
@pytest.mark.parametrize("text", ["刚才收到短信说卡被冻结了，让我输银行卡密码，我点了链接，输了",
                                  "收到短信说卡被冻结了…让我输密码，我点了链接，输了",
                                  "客服发了个网址说要退款，让我输银行卡密码，我点了那个网址输了"])
@pytest.mark.parametrize("private", [True, False])
async def test_a_pin_typed_in_after_a_link_gets_the_bank_first(make_bot, text, private):
    group, alert, words = await _told(make_bot, text, private=private)
    word = words[0] if private else group
    assert "银行卡背面印的客服电话" in word and "把卡冻结" in word and "请稍等" not in word
    assert alert.startswith("🚨")


@pytest.mark.parametrize("text", ["短信说卡被冻结了，让我输密码，我点了链接，没输",
                                  "银行APP让我输密码，我点了链接输了好几次都不对"])
async def test_a_link_opened_and_nothing_typed_or_a_pin_mistyped_is_no_emergency(make_bot, text):
    _, alert, words = await _told(make_bot, text)
    assert "把卡冻结" not in "".join(words) and not alert.startswith("🚨")


# 17. money for a rite asked as a transfer (让我给他转三千): read now, before the tap, and no "存回银行" for it
@pytest.mark.parametrize("text", ["有个大师说我孙子的病要化解，让我给他转三千",
                                  "师父说我老伴的病是业障，要消灾得做法事，叫我转八千八过去",
                                  "神婆说儿子今年有劫，要化解让我交五千"])
async def test_money_for_a_rite_asked_as_a_transfer_is_read_before_it_is_sent(make_bot, text):
    _, alert, (word,) = await _told(make_bot, text)
    assert word.startswith("收到，请先别把钱给出去！") and "先别转账，先给儿女" in word and "存回银行" not in word
    assert alert.startswith("🚨")


async def test_a_temples_everyday_offering_is_no_scam(make_bot):
    _, alert, (word,) = await _told(make_bot, "庙里师父说初一可以去上香，功德随喜")
    assert "别把钱给出去" not in word and not alert.startswith("🚨")
