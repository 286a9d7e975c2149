"""What the operator on duty reads (scriptmend25, findings 18-22, 25, 27): of a new mother who would jump with
her baby, of money for a rite, of one hurt at home, a slighted member, a learner giving up, and the morning
digest of the night's heartaches, each with its own step."""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.testing import TZ
from tests.scriptmend25_kit import told as _told
from tests.shipped_bot import shipped_bot as _shipped_bot
from tests.shipped_bot import to as _to


# 18. the operator, of a new mother who would jump with her baby: the baby's life, postpartum depression, a doctor;
# and what the bot told her, truly
@pytest.mark.parametrize("text", ["生完孩子一个月了，天天哭，真想抱着孩子从楼上跳下去",
                                  "坐月子这段时间太难熬了，真想搂着孩子从窗户跳下去算了",
                                  "产后一直哭，活着没意思，想带着孩子一起死"])
async def test_the_operator_hears_of_a_new_mother_the_babys_risk_and_postpartum_depression(make_bot, text):
    _, alert, _ = await _told(make_bot, text)
    assert "刚生完孩子的妈妈" in alert and "可能是产后抑郁" in alert and "精神心理科或产科" in alert
    assert "请她先把孩子放到床上" in alert and "被照顾的那个人" not in alert
    assert "说工作人员马上给对方打电话" in alert and "请对方马上打120" not in alert


async def test_the_operator_hears_of_a_lifelong_carer_as_before(make_bot):
    _, alert, _ = await _told(make_bot, "我死了以后这孩子怎么办 有时候想带他一起走")
    assert "被照顾的那个人也有生命危险" in alert and "产后抑郁" not in alert


# 20-21, 25, 27. the operator's word about a heartache: a baby's food only when a baby is named, a question of safety
# at home, a slighted member not judged nor named to others, a learner spoken to as a grown-up; what she was told, truly
@pytest.mark.parametrize("text", ["婆婆非要我吃猪蹄，我说不过她，气哭了", "儿子骂我老不死的，我哭了一晚上"])
async def test_the_operator_of_one_hurt_at_home_asks_about_safety_and_no_babys_doctor_without_a_baby(make_bot, text):
    _, alert, _ = await _told(make_bot, text)
    assert alert.startswith("💗") and "有没有动过手" in alert and "按紧急情况处理" in alert
    assert "儿科医生" not in alert and "工作人员今天就联系您" in alert and "稍后会有专人回复" not in alert


async def test_the_operator_of_a_grandmother_feeding_the_baby_still_hears_of_the_paediatrician(make_bot):
    _, alert, _ = await _told(make_bot, "婆婆非要给宝宝喂米糊，我说不过她，气哭了")
    assert "儿科医生" in alert and "有没有动过手" in alert


async def test_the_operator_of_a_slighted_dancer_neither_judges_nor_names_her(make_bot):
    _, alert, _ = await _told(make_bot, "凭什么每次领唱都是她们几个，我跳了三年了也没人看得见")
    assert alert.startswith("💗 小林私聊机器人说觉得不公平：") and "受了不公平的对待" not in alert
    assert "谢谢对方一直这么上心地来参加" in alert and "别跟其他人说是谁提的" in alert and "坚持" not in alert


async def test_the_operator_of_a_learner_giving_up_praises_as_to_a_grown_up(make_bot):
    _, alert, _ = await _told(make_bot, "我太笨了 学了三遍还是不会 算了不学了")
    assert "学会一步就说一声“对了，就是这样”" in alert and "夸一句" not in alert


# 19. the operator, of money asked for a rite: named as a scam, and her children rung now; a claims scam as before
@pytest.mark.parametrize(("text", "step"), [
    ("有个大师说我孙子的病要化解，让我给他转三千", "劝对方先别转、别给"),
    ("师父说捐一万给儿子消业障 病就好了，存款都取出来了", "劝对方先把钱存回去")])
async def test_the_operator_of_money_for_a_rite_rings_her_children(make_bot, text, step):
    _, alert, _ = await _told(make_bot, text)
    assert alert.startswith("🚨 有人可能正在被骗钱，请马上处理") and step in alert
    assert "联系对方的儿女，别让对方一个人去见那个人" in alert


async def test_the_operator_of_a_claims_scam_hears_no_rite(make_bot):
    _, alert, _ = await _told(make_bot, "快递师傅打电话说我的包裹丢了要理赔，让我加他QQ，现在让我转钱过去激活")
    assert alert.startswith("🚨 有人可能正在被骗钱") and "法事" not in alert and "先别让对方转钱" in alert


# 22. the morning digest of the night's heartaches: a learner giving up and a member slighted each with her own step
@pytest.mark.parametrize(("text", "step"), [
    ("我太笨了 学了三遍还是不会 算了不学了", "灰心想放弃的，请老师约个时间一对一再教一遍"),
    ("凭什么每次领唱都是她们几个，我跳了三年了也没人看得见", "站位分工可以商量轮换")])
async def test_the_morning_digest_gives_each_nights_heartache_its_own_step(make_bot, text, step):
    bot = _shipped_bot(make_bot, datetime(2026, 12, 2, 23, 0, tzinfo=TZ))
    await bot.start()
    await bot.send_message(text, sender="u5", name="小林")
    await bot.wait(hours=10)
    (digest, *_) = [t for t in _to(bot, "op1") if t.startswith("🌅")]
    assert "觉得不公平、灰心想放弃" in digest and step in digest
