"""Distress and scams read as complaints or not heard (issue 13, fixscam24).

A mother who would jump from a height with her baby in her arms, each kind told in other words than the acceptance
tester's, with the everyday lines of the same words (a dance, a jump rope, a fall from the steps) that must stay quiet.
"""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.danger.emergency import emergency
from bot.danger.heartache import heartache
from bot.testing import TZ
from tests.shipped_bot import said as _said
from tests.shipped_bot import shipped_bot as _shipped_bot
from tests.shipped_bot import to as _to

DAY = datetime(2026, 12, 2, 10, 0, tzinfo=TZ)
NIGHT = datetime(2026, 12, 2, 23, 50, tzinfo=TZ)


def _kind(text: str) -> str | None:
    found = emergency(text)
    return None if found is None else found.kind


@pytest.mark.parametrize("text", [
    "带娃太累了 真想抱着他从阳台跳下去",
    "产后这几个月 半夜老想搂着宝宝从窗台跳下去",
    "孩子天天哭 老公也不管 我想抱着娃跳河",
    "成日想攬住個仔喺天台跳落去",  # 粤语
    "有时候真想背着孩子跳楼 一家人都清净",
])
def test_a_wish_to_jump_with_the_child_in_her_arms_is_despair(text):
    assert _kind(text) == "despair"


@pytest.mark.parametrize("text", [
    "抱着孩子在阳台上跳舞 宝宝笑得可开心",
    "带着孙子跳绳 跳了五百个",
    "抱着孩子从台阶上跳下来 把脚崴了",
    "带孩子在楼下跳广场舞 他可开心了",
    "楼上邻居带着孩子天天跳 吵死了",
    "带着宝宝在天台跳了一会儿操",
])
def test_a_dance_a_game_or_a_fall_with_a_child_is_no_despair(text):
    assert _kind(text) != "despair"


async def test_a_mother_who_would_jump_with_her_baby_gets_no_apology_and_a_person_at_once(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("坐月子坐得想哭 老觉得对不起孩子 真想搂着宝宝从窗台跳下去", sender="u5", name="朵朵妈")
    await bot.wait(minutes=4)
    (alert, *_) = _to(bot, "op1")
    assert alert.startswith("🚨") and "朵朵妈" in alert and "两个人都可能有危险" in alert
    assert "投诉" not in "".join(_to(bot, "op1"))
    (word,) = _to(bot, "u5")
    assert "12356" in word
    assert not [t for t in _said(bot) if "添麻烦" in t or "抱歉" in t]


@pytest.mark.parametrize("text", [
    "有个大师说我孙子命里有劫 要做场法事化解 收八千八 我明天去银行取钱",
    "庙里师傅说给我老伴点长明灯捐三万 癌就能好 我把定期都提出来了",
    "神婆说我家中邪了 要两万块驱邪 孩子才能好 我钱都准备好了",
    "大师说花五千请个开光的符 孙子的病就好了 我已经凑齐了",
])
def test_savings_in_hand_for_a_rite_that_would_cure_is_a_scam_going_on(text):
    assert _kind(text) == "scam"


@pytest.mark.parametrize("text", [
    "初一去庙里捐了一百块功德 求个平安",
    "寺里下周做法事 义工师兄们早点到",
    "师父说心诚则灵 不用花钱 身体就会好",
    "大家注意 有假和尚说捐钱消业障 都是骗子",
    "我把存款取出来了 给儿子交首付",
    "王师傅说空调明天就能修好 收三百 我下午去取钱",
])
def test_a_temples_everyday_giving_a_warning_or_a_repair_paid_is_no_scam(text):
    assert not (_kind(text) or "").startswith("scam")


async def test_a_grandmother_with_her_savings_out_for_a_rite_is_told_not_to_give_it_and_a_person_rings(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("神婆说我家中邪了 要两万块驱邪 孩子才能好 我钱都准备好了", sender="u5", name="赵奶奶")
    await bot.wait(minutes=3)
    (reply, *_) = _said(bot)
    assert "先别把钱给出去" in reply and "家里人" in reply and "96110" in reply
    assert _to(bot, "op1")[0].startswith("🚨") and "赵奶奶" in _to(bot, "op1")[0]
    assert not [t for t in _said(bot) if "添麻烦" in t]


@pytest.mark.parametrize("text", [
    "收到短信说社保卡要注销 点进去把卡号密码都填了",
    "客服说我快递丢了要理赔 让我报验证码 我报给他了",
    "微信上有人说我的ETC要过期 发了个网址 我点开把银行卡号和密码都输进去了",
    "收到條鏈接話我醫保卡過期 叫我入銀行卡密碼 我入咗",  # 粤语
])
def test_a_password_or_code_typed_in_after_it_was_asked_for_is_given_to_a_fraud(text):
    assert _kind(text) == "scam_given"


@pytest.mark.parametrize("text", [
    "链接让我输银行卡密码 我没输 直接删了",
    "这个链接让输密码 是真的吗 我还没点",
    "手机银行升级了 密码我输了好几次都不对",
    "大家注意 有链接说医保卡过期让输密码 千万别点",
    "wifi密码我输了还是连不上",
    "孙子教我登微信 让我输验证码 我输了 登上了",
])
def test_a_password_refused_mistyped_or_warned_of_is_not_given_to_a_fraud(text):
    assert _kind(text) != "scam_given"


async def test_a_member_who_typed_her_password_into_a_link_hears_to_freeze_the_card_never_an_apology(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("客服说我快递丢了要理赔 让我报验证码 我报给他了", sender="u5", name="孙阿姨")
    await bot.wait(minutes=3)
    (reply, *_) = _said(bot)
    assert "银行卡背面" in reply and "冻结" in reply
    assert _to(bot, "op1")[0].startswith("🚨")
    assert not [t for t in _said(bot) + _to(bot, "op1") if "添麻烦" in t or "投诉" in t]


@pytest.mark.parametrize(("text", "ache"), [
    ("宝宝又一晚上没睡 我一个人抱着 太累了 真的要崩溃了", "worn_out"),
    ("婆婆住院 我天天守着 还要带孩子 实在太累了 不知道怎么办", "worn_out"),
    ("俺家娃一直闹 好累 俺也跟着哭", "worn_out"),
    ("带孙子去公园玩了一天 真的好累 不过很开心", ""),  # a tiring day enjoyed
    ("孩子一直哭 不知道怎么办 是不是饿了", ""),  # a question, no strength spent
    ("今天跳舞跳得好累 大家都笑哭了", ""),
])
def test_a_mother_tired_out_and_at_a_loss_with_a_crying_child_is_worn_out(text, ache):
    assert heartache(text) == ache


async def test_an_exhausted_mother_at_midnight_hears_a_kind_word_and_is_no_complaint_in_the_morning(make_bot):
    bot = _shipped_bot(make_bot, NIGHT)
    await bot.start()
    await bot.send_message("宝宝又一晚上没睡 我一个人抱着 太累了 真的要崩溃了", sender="u5", name="糖糖妈")
    await bot.wait(minutes=2)
    (word,) = _to(bot, "u5")
    assert "辛苦" in word and "12356" in word
    await bot.wait(hours=8)
    (digest, *_) = [t for t in _to(bot, "op1") if t.startswith("🌅")]
    assert "糖糖妈" in digest.splitlines()[0] and "投诉" not in digest


@pytest.mark.parametrize(("text", "ache"), [
    ("公公死活不让开空调 说费电 我委屈得不行", "hurt"),  # a quarrel at home lost
    ("老公天天跟我吵 嫌我带不好孩子 我躲在屋里哭", "hurt"),
    ("我妈非要来帮我带孩子 感动哭了", ""),  # tears of joy
    ("婆婆非要给孩子穿很多 孩子热得直哭", ""),  # the child's tears
    ("老公非要吃火锅 那就去呗", ""),
    ("老了脑子不中用 这个拼音怎么都记不住 我不来了", "discouraged"),  # a learner giving up
    ("俺太笨了 跟不上大家 别教了", "discouraged"),
    ("这个字太难写了 我学不会 算了 明天再问老师", ""),  # a pause, not giving up
    ("这手机太笨了 算了不用了", ""),  # the phone blamed
    ("孙子说他学不会数学", ""),
    ("我学不会跳舞 算了 还是去打太极", ""),
    ("凭什么每次领唱都是她们几个 我们排练从来不缺", "slighted"),  # hurt by other members
    ("有人天天搞小团体 把我们几个排挤在外面", "slighted"),
    ("演出又是有些人站前排 我们几个一直站最后 不公平", "slighted"),
    ("比赛裁判不公平 有人说是黑哨", ""),
    ("生活本来就不公平 有的人就是命好", ""),
    ("有人说这样分不公平吗 我觉得挺好", ""),
    ("有的人报了名就有位置 我们等了三天 你们店太不公平了", ""),  # aimed at the shop: a complaint
    ("人家体育馆也是看人下菜碟 打球的一说就修 我们说了白说", ""),  # a venue, not other members
])
def test_a_quarrel_lost_at_home_a_learner_giving_up_and_a_member_slighted_ache(text, ache):
    assert heartache(text) == ache


@pytest.mark.parametrize(("text", "heading"), [
    ("公公死活不让我抱孩子出门 说会着凉 我委屈得不行", "在家里受了委屈"),
    ("老了脑子不中用 这个拼音怎么都记不住 我不来了", "学不会、想放弃了"),
    ("凭什么每次领唱都是她们几个 我们排练从来不缺", "说觉得不公平"),  # her feeling, not judged (review 25, 25)
])
async def test_each_ache_reaches_the_person_on_duty_with_no_apology_and_nothing_in_the_group(make_bot, text, heading):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message(text, sender="u5", name="周姐")
    await bot.wait(minutes=5)
    (told,) = [t for t in _to(bot, "op1") if "周姐" in t]
    assert told.startswith("💗") and heading in told and "换、退、补" not in told
    assert not [t for t in _said(bot) if "周姐" in t or "抱歉" in t]
    assert not [t for t in _to(bot, "owner") if "周姐" in t]
