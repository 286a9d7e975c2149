"""Session 22: dangers of cold water, crowds, stalls, heat, markets and hills, read as kinds of danger and of telling,
and what a member notices.

Kinds of danger written from what a person knows of them, not from any group's lines: the cold (a swimmer shaking
who cannot talk plainly, someone out in the snow gone slow and drowsy, a body that has stopped shivering), cramps and
going under in water told as the scene (went down and did not come up, bubbles), a crowd crush (挤倒, 踩踏), a stall's
gas bottle, heat stroke, a child gone in a market, a snake's bite with the body answering, a nosebleed that will not
stop in someone on blood thinners, a landslide over a car with someone knocking inside, a grass fire cutting people
off, someone shut in a cold store, charcoal in a shut hut with nobody answering, an old man with dementia gone out.
Kinds of telling: the victim's own "没事" beside a grave sign, a patient who says it is nothing, a relative telling
from afar, a question that carries an emergency, the scene without the word. Beside each, the everyday lines of the
same words stay quiet: a figure (我要晕倒了 over a price), a cold day, a crowded market, a question for later, advice.
"""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.danger.emergency import emergency
from bot.testing import TZ
from tests.roster_bot import _roster_bot, _seconds

DAY = datetime(2026, 11, 23, 15, 0, tzinfo=TZ)
NIGHT = datetime(2026, 11, 24, 1, 40, tzinfo=TZ)

DANGERS = [
    # the cold: shaking hard, slow or slurred, drowsy, or no longer shivering
    ("老孙冬泳上来一直打哆嗦 嘴唇发紫 问他话反应很慢", "cold"),
    ("我爸在雪地里走了一下午 现在浑身发抖 手脚冰凉 人迷迷糊糊的", "cold"),
    ("从冰面上救上来的大哥不抖了 犯困 衣服都冻硬了", "cold"),
    ("大哥躺在雪地里 一动不动 身上落了一层雪", "cold"),
    ("冷库门从外面锁上了 里面还有个搬货的小伙子 说冻得受不了", "trapped"),
    # water: a cramp far out, going under told as the scene
    ("老刘在深水区腿抽筋了 游不回来 在那喊", "water"),
    ("小王扎下去半天没上来 只冒了几个泡", "water"),
    ("水库里有个人一沉一浮的 手在乱抓", "water"),
    # a crowd crush
    ("庙会门口人挤人 有个老太太被挤倒了 后面的人还在往前推", "crush"),
    ("演唱会散场踩踏了 有人倒在地上被踩", "crush"),
    # a stall's gas bottle
    ("隔壁摊的煤气罐漏了 呲呲响 一股味", "gas"),
    ("液化气罐的阀门那冒火了 火苗往上窜", "fire"),
    # heat
    ("工地上有个师傅在太阳底下干活 突然不出汗了 脸通红 人迷糊", "unwell"),
    # a child gone in a market
    ("夜市人太多 我闺女刚才还拉着我的手 一松手就不见了", "lost"),
    ("谁看到一个穿红棉袄的小男孩 四五岁 在菜市场跟奶奶走散了", "lost"),
    # an old man with dementia gone out, guesses where he may be are no reason given
    ("我姥爷有点糊涂 一早出门到现在没回来 可能去河边了 天快黑了", "lost"),
    ("大家帮忙找找 我公公有老年痴呆 以前天天去公园 今天自己跑出去了 穿得很少", "lost"),
    ("我妈说去跳广场舞 到现在没回 手机关机 她最近记性特别差 广场上的人说她没来", "lost"),
    ("菜场门口有个老奶奶转了好久 问她家在哪说不上来 手冻得冰凉", "lost"),
    # understatement: the victim's or the patient's own "it's nothing"
    ("没事没事 就是在楼梯上滑了一下 腿弯不了 好像有骨头戳出来了 别大惊小怪", "fall"),
    ("他不让叫救护车 说歇歇就好 可是嘴歪了 说话也含糊", "stroke"),
    ("我爷爷嘴角歪了 拿勺子老掉 说话含含糊糊 他说不要紧 叫我们别担心", "stroke"),
    # a relative telling from afar
    ("我在外地 我妈刚打电话说喘不上气 现在电话没人接了 谁住她家附近", "unwell"),
    ("我弟说我爸在地里倒下去了 叫他不应 手脚冰凉 嘴唇发白", "unwell"),
    # a question that carries an emergency
    ("被蛇咬了 腿肿得厉害 眼睛有点看不清 是不是要去医院", "snakebite"),
    ("我老伴喘不上气 嘴唇发紫 是不是要打120", "unwell"),
    # the scene without the word
    ("我妈鼻血流了半个小时还止不住 她一直吃华法林 脸越来越白", "bleeding"),
    ("小铁皮屋里生着炭火 门窗关得死死的 里头的人怎么叫都不应", "fumes"),
    ("山上塌方了 一辆面包车被埋了半截 里头有人在拍窗户", "pinned"),
    ("烧荒的火顺着风烧过来了 有几个人被火隔在河滩上", "wildfire"),
    ("有人被挤在栏杆上 脸都紫了", "crush"),
    ("蒸桑拿的大爷半天没出来 敲门不应", "unwell"),
    ("跑步机上一个大哥突然倒了 没反应", "unwell"),
    ("冰面裂了 老张掉冰窟窿里了", "water"),
    ("孩子在商场跟丢了 广播也找不到", "lost"),
    ("老王好像失温了 一直发抖说不出话", "cold"),
    ("刚才被蛇咬了一口 不知道有没有毒", "snakebite"),
    ("泥石流把村口的房子埋了 里面有人", "pinned"),
    # first aid asked about for someone in danger now is no rule question
    ("孩子吞了一颗纽扣电池 会不会有事", "swallowed"),
    ("我爸胸口疼得厉害 一身冷汗 能不能先吃点速效救心丸", "unwell"),
    ("老伴摔了起不来 能不能先扶到床上", "fall"),
    ("被蛇咬了 腿一直肿 可不可以用绳子扎一下", "snakebite"),
    ("冬泳的老李上来说不出话 浑身发抖 能不能用热水泡", "cold"),
]
QUIET = [
    "看了下体检报告 血脂又高了 我要晕倒了",
    "这个月电费四百多 我要昏过去了",
    "今天零下十五度 冻得我直哆嗦 哈哈",
    "冬泳上来冻得打哆嗦 洗个热水澡就好了",
    "冬泳前要热身 上来赶紧擦干 别冻感冒了",
    "游泳腿抽筋怎么办 有没有好办法",
    "昨晚睡觉腿抽筋 疼醒了",
    "鱼漂沉下去半天没上来 是不是挂底了",
    "早市人挤人的 买个菜真费劲",
    "地铁挤死了 脚被人踩了一下",
    "煤气罐没气了 谁有换气的电话",
    "市场要求煤气罐放在通风的地方 不要放摊子底下",
    "今天热得快中暑了 我躲空调屋里去了",
    "孩子在市场门口等我 我买完菜就去接他",
    "我爷爷有点糊涂 在家里看电视呢",
    "摔了一下 没事 就是蹭破点皮",
    "被蛇咬了应该怎么处理 有没有懂的",
    "菜园里看到一条菜花蛇 吓死我了",
    "冷库门坏了 关不严 谁会修",
    "烧荒要先报备 不然罚款",
    "我妈流鼻血 按了一会儿就止住了",
    "山上塌方了 路封了 今天别往那边走",
    "冬泳上来要马上擦干穿衣 别在风口站着 小心失温",
    "昨天冬泳上来冻得说话都不利索了 今天好了",
    "冬泳的大爷们真厉害 零下二十度还下水",
    "手机掉冰窟窿里了 捞不上来",
    "杯子倒了 没反应过来",
    "新闻说某地踩踏事故 死了好几个人",
    "学校组织防踩踏演练",
    "我被蛇咬过一次 那年在山上",
    "我家狗被蛇咬了 腿肿了",
    "夜市人太多了 孩子差点走丢 幸好找到了",
    "他说他不要紧 我就放心了",
    "手都冻僵了 一会儿还怎么拉琴",
    "我爸说去钓鱼 到现在没回来 估计又去老李家喝酒了",
    "楼道里电动车充电 会不会着火",
    "老人摔倒了能不能扶",
    "头晕能不能吃降压药",
]


@pytest.mark.parametrize(("text", "kind"), DANGERS)
def test_a_danger_told_as_people_tell_it_is_read_as_its_kind(text, kind):
    found = emergency(text)
    assert found is not None and found.kind == kind, (text, found)


def test_despair_with_the_means_and_gone_out_of_reach_is_a_danger_to_life():
    found = emergency("他跟老婆吵完架说活着没意思 拿了一瓶农药上山了 手机关机")
    assert found is not None and found.kind == "despair", found


@pytest.mark.parametrize("text", QUIET)
def test_the_same_words_in_everyday_chat_wake_nobody(text):
    assert emergency(text) is None, (text, emergency(text))


async def _said(make_bot, start: datetime, text: str):
    bot = _roster_bot(make_bot, start)
    await bot.start()
    await bot.send_message(text, name="孙大姐")
    await bot.wait(minutes=10)
    return bot


def _paged(bot) -> list[str]:
    return [a.to for a in bot.sent if (a.ref or "").startswith("emergency_alert.j2")]


def _reply(bot):
    (reply,) = [a for a in bot.sent if a.kind == "say"]
    assert _seconds(bot, reply) <= 5 and reply.mentions == ("u1",)
    return reply


@pytest.mark.parametrize("start", [DAY, NIGHT])
async def test_a_swimmer_gone_slow_after_the_ice_gets_wrapped_dry_and_120_and_pages_the_roster(make_bot, start):
    bot = await _said(make_bot, start, "老孙冬泳上来一直打哆嗦 嘴唇发紫 问他话反应很慢")
    reply = _reply(bot)
    assert "120" in reply.text and "湿衣服脱掉" in reply.text and "别搓手脚" in reply.text and "别喝酒" in reply.text
    assert _paged(bot) == ["op1", "op2", "boss"]  # nobody answered: the next on the roster, then the owner
    first = next(a for a in bot.sent if a.to == "op1")
    assert _seconds(bot, first) <= 5 and "冻坏了" in first.text and "反应很慢" in first.text


@pytest.mark.parametrize("start", [DAY, NIGHT])
async def test_an_old_woman_knocked_down_in_a_crowd_gets_110_120_and_the_way_out_of_the_crush(make_bot, start):
    bot = await _said(make_bot, start, "庙会门口人挤人 有个老太太被挤倒了 后面的人还在往前推")
    reply = _reply(bot)
    assert "110和120" in reply.text and "别逆着人流" in reply.text and "护住胸口" in reply.text
    assert _paged(bot)[0] == "op1"
    first = next(a for a in bot.sent if a.to == "op1")
    assert "挤倒" in first.text and "拦住" in first.text  # the guards stop the flow


async def test_a_snake_bite_with_a_swollen_leg_asked_as_a_question_gets_keep_still_and_no_cutting(make_bot):
    bot = await _said(make_bot, NIGHT, "我老伴在菜地被蛇咬了 腿肿得厉害 眼睛有点看不清 是不是要去医院")
    reply = _reply(bot)
    assert "120" in reply.text and "抗蛇毒血清" in reply.text and "别用刀割" in reply.text and "别用嘴吸" in reply.text
    assert _paged(bot) == ["op1", "op2", "boss"]


async def test_a_child_gone_in_the_night_market_crowd_gets_110_and_the_exits_watched(make_bot):
    bot = await _said(make_bot, NIGHT, "夜市人太多 我闺女刚才还拉着我的手 一松手就不见了")
    reply = _reply(bot)
    assert "110" in reply.text and "守住出口" in reply.text and "最后看到孩子的地方" in reply.text
    assert _paged(bot)[0] == "op1"


async def test_a_swimmer_who_went_under_and_did_not_come_up_gets_the_water_step(make_bot):
    bot = await _said(make_bot, DAY, "小王扎下去半天没上来 只冒了几个泡")
    reply = _reply(bot)
    assert "119和120" in reply.text and "别贸然下水" in reply.text and "心肺复苏" in reply.text


async def test_an_old_man_who_says_it_is_nothing_while_his_mouth_droops_gets_the_stroke_step(make_bot):
    bot = await _said(make_bot, DAY, "我爷爷嘴角歪了 拿勺子老掉 说话含含糊糊 他说不要紧 叫我们别担心")
    reply = _reply(bot)
    assert "120" in reply.text and "中风" in reply.text and "几点开始" in reply.text
    assert _paged(bot)[0] == "op1"


@pytest.mark.parametrize("text", [
    "这个月电费四百多 我要昏过去了",
    "今天零下十五度 冻得我直哆嗦 哈哈",
    "早市人挤人的 买个菜真费劲",
    "被蛇咬了应该怎么处理 有没有懂的",
])
async def test_a_figure_a_cold_day_a_crowded_market_or_a_question_for_later_wakes_nobody_at_night(make_bot, text):
    bot = await _said(make_bot, NIGHT, text)
    assert not [a for a in bot.sent if "emergency" in (a.ref or "")]


async def test_in_a_group_for_the_deaf_a_crush_asks_others_to_phone_and_nobody_to_walk_into_it(make_bot):
    bot = _roster_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("庙会门口踩踏了 我老伴被挤倒了", sender="u5", name="老聂", room_topic="听障朋友之家")
    await bot.wait(seconds=5)
    (step,) = [a for a in bot.sent if a.kind == "say"]
    assert "发短信到12110" in step.text and "替老聂打110和120。" in step.text
    assert "能过去的请过去看看" not in step.text  # nobody is sent into the crowd
