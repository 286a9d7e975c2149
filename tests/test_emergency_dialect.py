"""Danger told in Cantonese or Sichuanese reaches a person at once, night included, with the step that fits
(emergency19: heldout18's wet market, 粤语, and mahjong teahouse, 四川话, read as kinds of danger and of language).
The dialect's everyday talk that shares the words (a fishmonger's 劏鱼, a soup on the boil, 热到死, a mahjong loss,
yesterday's fall, a repair, the news) brings no alarm."""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.danger.emergency import emergency, in_mandarin
from bot.testing import TZ, TestBot

ROSTER = "plugins:\n  nudge: {}\n"
NIGHT = datetime(2026, 11, 24, 2, 40, tzinfo=TZ)  # quiet hours: nothing of an emergency waits for the morning
AFTERNOON = datetime(2026, 11, 23, 15, 0, tzinfo=TZ)


def _seconds(bot: TestBot, action) -> int:
    return int((action.at - bot.begin).total_seconds())


async def _said(make_bot, start: datetime, text: str, name: str) -> TestBot:
    bot = make_bot(ROSTER, start=start)
    bot.config_path.write_text(bot.config_path.read_text(encoding="utf-8").replace(
        "operators: [op1]", "operators: [op1, op2]\n  duty: [{operator: op1}, {operator: op2}]"), encoding="utf-8")
    await bot.start()
    await bot.send_message(text, name=name)
    await bot.wait(minutes=5)
    return bot


def _reply_and_alerts(bot: TestBot) -> tuple[str, list[tuple[str | None, int]]]:
    said = [a for a in bot.sent if a.kind == "say"]
    assert len(said) == 1 and _seconds(bot, said[0]) <= 5, said  # at once, and nothing after it: no cover, no praise
    return said[0].text, [(a.to, _seconds(bot, a)) for a in bot.sent if a.kind == "private"]


async def test_a_cantonese_old_woman_fallen_and_bleeding_at_night_pages_the_operator_at_once(make_bot):
    bot = await _said(make_bot, NIGHT, "阿婆跌亲 流好多血", "鱼档阿强")
    reply, alerts = _reply_and_alerts(bot)
    assert "120" in reply and "按住伤口" in reply and "别急着起来" in reply  # the bleeding and the fall, both
    assert [to for to, _ in alerts] == ["op1", "op2", "boss"] and alerts[0][1] <= 5  # quiet hours hold none of it
    first = next(a for a in bot.sent if a.kind == "private")
    assert "紧急" in first.text and "鱼档阿强" in first.text and "阿婆跌亲" in first.text  # her own words, unchanged


async def test_a_stallholder_shut_in_the_cold_store_gets_the_trapped_step(make_bot):
    bot = await _said(make_bot, AFTERNOON, "冻库门关咗 阿华喺入面 开唔到 佢喺入面拍门 快啲搵钥匙", "菜档阿嫂")
    reply, alerts = _reply_and_alerts(bot)
    assert "119" in reply and "别硬撬门" in reply and "电梯" not in reply
    assert alerts and alerts[0] == ("op1", alerts[0][1]) and alerts[0][1] <= 5


async def test_water_rising_in_the_basement_in_cantonese_gets_get_up_and_out(make_bot):
    bot = await _said(make_bot, NIGHT, "落大雨 负一层水浸到腰 王姐仲喺下面搬货 楼梯口畀杂物堵住 佢上唔嚟", "管理处小陈")
    reply, alerts = _reply_and_alerts(bot)
    assert "往高处" in reply and "119" in reply and "总水阀" not in reply  # a storm's water, not a burst pipe
    assert alerts and alerts[0][1] <= 5


async def test_a_teahouse_member_whose_husband_will_not_wake_reaches_the_owner_on_duty(make_bot):
    bot = await _said(make_bot, NIGHT, "芳姐 我老汉儿在屋头跶倒了 起不来 喊不答应", "李嬢嬢")
    reply, alerts = _reply_and_alerts(bot)
    assert "120" in reply
    assert [to for to, _ in alerts] == ["op1", "op2", "boss"] and alerts[0][1] <= 5


@pytest.mark.parametrize(("text", "kind"), [
    ("猪肉档老李突然晕低咗 叫极都唔应 面青口唇白", "unwell"),
    ("陳主任 我媽喺街市暈咗 叫佢都唔應 有人幫緊手做心外壓 白車仲未到", "unwell"),
    ("凌晨四点 冻肉档嘅阿坤喺货车入面 叫极唔醒 车门锁咗 引擎仲开住", "unwell"),
    ("快啲叫白车 有个女仔食咗虾 成身起红点 喉咙好紧 唞唔到气", "unwell"),
    ("主任快啲 有个阿叔食糯米鸡噎亲 块面紫埋", "choking"),  # the choking step (back blows) once fixcare19 reads choking
    ("鱼档阿强劏鱼𠝹亲手 好深 血止唔住 块布都湿晒 快啲嚟人", "bleeding"),
    ("有人喺门口畀狗咬亲 咬喺手腕 血一直标", "bleeding"),
    ("送货嘅后生仔喺货车上面跌落嚟 头着地 成个人唔郁", "fall"),
    ("个细路仔跌落楼梯 个头流晒血 喊都唔识喊", "head_injury"),  # acceptance19's: the head-injury step (do not move him)
    ("有冇人见过一个细路女 孖辫 着粉红衫 三岁 喺鸡档嗰度唔见咗", "lost"),
    ("我老豆有脑退化 头先喺市场买菜 我去畀钱一转身佢就唔见咗 着灰色外套", "lost"),
    ("半夜三号铺有烟出嚟 闸拉埋咗 入面有人瞓喺度", "fire"),
    ("停电呀 我阿爸一个人喺屋企用开氧气机 电话度话好辛苦", "power_alone"),
    ("救命啊 真的不是开玩笑 我爸在包间里抽起来了 眼睛翻白 叫不醒", "unwell"),
    ("老头子倒起不醒事 快来人", "unwell"),
])
def test_danger_told_in_dialect_is_read_as_its_kind(text, kind):
    found = emergency(text)
    assert found is not None and found.kind == kind, (text, found)


@pytest.mark.parametrize("text", [
    "主任 水果档阿芳讲佢老公走佬 欠一身债 话今晚饮埋啲农药 佢依家揸住个樽坐喺档口 我哋劝唔到",
    "李哥输了好多钱 刚在群里发语音说不活了 现在人在府河边上 电话不接 哪个在附近",
    "半夜了 老周给我发消息说对不起大家 欠的钱写在纸上了 说今晚就走 他屋头门反锁了 敲不开",
])
def test_a_life_at_risk_told_in_dialect_or_as_a_farewell_is_heard(text):
    found = emergency(text)
    assert found is not None and found.kind == "despair", (text, found)


@pytest.mark.parametrize(("text", "kind"), [
    ("隔壁阿姨吃了团的那个野生菌 现在又吐又拉 说看东西重影 人有点迷糊了", "poison"),
    ("空调坏了 热得很 老杨打起打起就歪倒了 身上烫得很 喊他只哼哼", "unwell"),
    ("芳姐 我一个人在屋头 从茶馆回来就觉得左手发麻 胸口像压了石头 出冷汗", "unwell"),
    ("钱大爺 打到一半说肚子痛 痛得在地上打滚 脸发白 他以前有动脉瘤的", "unwell"),
    ("王哥在车里 身上滚烫 说胡话 车里空调坏了一下午 是不是热射病", "unwell"),
    ("喂 我这眼睛一边看不见了 手也不听使唤 说话有点大舌头 我停在路边了 东湖路", "stroke"),
    ("暴雨 地下停车场灌水了 有个老头还在车里找东西 水都到腰了 在万达B2", "rising_water"),
    ("我拉的一个老太太 下车就走了 我追不上 她家里人说她老年痴呆 就在人民公园东门", "lost"),
])
def test_the_kinds_the_heldout_misses_showed_are_read(text, kind):
    found = emergency(text)
    assert found is not None and found.kind == kind, (text, found)


@pytest.mark.parametrize("text", [
    "救命呀 今日劏咗三十条鱼 攰到死",  # a figure of speech and a fishmonger's day
    "今日劏鸡 好多血 要洗地",  # butchering, no person hurt
    "劏鱼嗰阵小心啲 唔好𠝹亲手",  # advice
    "煲汤煲到滚晒 好香 大家要唔要试下",  # cooking
    "今日热到死 成身汗 收档去饮糖水",
    "笑到我晕咗 哈哈哈",
    "啲数睇到我都晕咗",  # confused by the accounts, not fainted
    "琴日个细路仔跌落楼梯 依家冇事",
    "佢唔识讲普通话",
    "今日开唔开门",
    "唔好意思 我琴日晕咗浪 冇嚟开档",  # seasick yesterday
    "琴日阿婆跌亲 去咗医院 依家冇事啦",  # the past, over
    "上个礼拜冻库门坏咗 困咗阿华十分钟 后尾开返",
    "新闻话元朗有间铺火烛 大家小心啲",  # the news
    "卷闸又坏咗 边个识整 唔该",  # a repair
    "电梯又坏咗 修理师傅几点嚟",
    "水浸街好危险 听日唔好开车出嚟",  # advice for tomorrow
    "救命 打麻将又输咗 要死了",
    "我爸戒了三个月 又抽起来了",  # smoking again, no seizure
    "遭了遭了 钥匙落屋头了",
    "老汉儿昨天跶了一跤 今天好了",
    "打起打起 我都要晕过切了 哈哈",
    "茶倒起 马上来",
    "我不想活了 一下午没胡过一把😭",  # a hand of mahjong not won
    "火锅底料辣得我嘴巴着火",
    "救命啊 团长上的这个辣条太辣了 我嘴巴要着火了🔥",
    "明天停电 早上八点到十二点 屋头有用制氧机的提前准备",  # a notice
    "跑夜班的兄弟车上备点糖 低血糖手抖别硬撑",  # advice
    "市疾控中心:野生菌中毒高发 不采不买不吃",
    "小杨 一楼那个厕所地上都是水 我们老人腿脚不好 滑倒了咋办",  # a worry, not a fall
])
def test_everyday_dialect_talk_that_shares_the_words_wakes_nobody(text):
    assert emergency(text) is None, (text, emergency(text))


@pytest.mark.parametrize("text", [
    "他滑倒了 有点搞笑",  # 点搞 is Cantonese only in 点搞好
    "孙子学走路摔了一跤 有点搞笑的样子",
    "今天去医院抽血 血标本要等两小时",
    "护士说血标本溶血了 要重新抽",
    "木耳在家里用温水浸泡半小时就行",
    "干香菇家里用冷水浸泡一晚上",
    "这件事需要领导出面协调",
    "刚刚点算了一下人数 都到齐了",
    "两个孙子的成绩伯仲之间",
    "天干物燥 小心火烛",
    "小区地面白天挺滑的 大家慢点走",
])
def test_mandarin_that_shares_a_dialect_word_wakes_nobody(text):
    assert emergency(text) is None, (text, emergency(text))


@pytest.mark.parametrize("text", [
    "他滑倒了 有点搞笑", "今天去医院抽血 血标本要等两小时", "木耳在家里用温水浸泡半小时就行", "这件事需要领导出面协调",
    "小区地面白天挺滑的", "又是那个白车 上礼拜就停过", "就是他家的老豆腐香", "下这么大雪 不晓得今天课还上不上",
])
def test_mandarin_is_read_as_it_was_written(text):
    assert in_mandarin(text) == text  # the dialect table is for a Cantonese or Sichuanese message only
