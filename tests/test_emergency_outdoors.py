"""Emergencies away from home reach a person at once, night included, with the safety step that fits: someone in the
water, pinned under something, fallen from a height, lost on a hill, a hill fire, not breathing, someone heard
calling for help (emergency17: kinds of signal read from heldout16's hiking club, winter swimmers and anglers, day
centre and construction site). Everyday talk that shares the words brings no alarm."""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.danger.emergency import ORDER, emergency
from bot.templates import Scripts
from bot.testing import TZ, TestBot

ROSTER = "plugins:\n  nudge: {}\n"
DAWN = datetime(2026, 11, 24, 6, 20, tzinfo=TZ)  # winter swimmers at the river, still in quiet hours
AFTERNOON = datetime(2026, 11, 23, 14, 0, tzinfo=TZ)


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
    alerts = [(a.to, _seconds(bot, a)) for a in bot.sent if a.kind == "private"]
    return said[0].text, alerts


async def test_someone_in_the_river_at_dawn_pages_the_operator_at_once_and_the_member_hears_the_water_step(make_bot):
    bot = await _said(make_bot, DAWN, "刚下水的那个大哥就冒了一下头 然后就沉下去了 我们几个在找 快叫人", "冬泳老李")
    reply, alerts = _reply_and_alerts(bot)
    assert "119" in reply and "120" in reply and "别贸然下水" in reply and "救生圈" in reply
    assert "人拉上来后别倒过来控水；没有呼吸，会做心肺复苏的请马上做；有呼吸就让人侧躺，盖上衣服保暖。" in reply
    assert "扒门" not in reply and "撬门" not in reply  # not the lift's or the locked door's step
    assert [to for to, _ in alerts] == ["op1", "op2", "boss"] and alerts[0][1] <= 5  # quiet hours hold none of it
    first = next(a for a in bot.sent if a.kind == "private")
    assert first.text.startswith("🚨 有人落水") and "冬泳老李" in first.text and "沉下去" in first.text


async def test_a_worker_pinned_under_a_rebar_cage_gets_the_pinned_step_not_a_door_to_leave_alone(make_bot):
    bot = await _said(make_bot, AFTERNOON, "钢筋笼倒了压住小王的腿 他在喊 我们几个抬不动 需要吊车 在B区", "班组长老陈")
    reply, alerts = _reply_and_alerts(bot)
    assert "119" in reply and "120" in reply and "别硬拉硬拽" in reply and "撬门" not in reply
    assert alerts[0] == ("op1", alerts[0][1]) and alerts[0][1] <= 5


async def test_a_hiker_lost_on_the_hill_is_told_to_stay_put_and_call_110(make_bot):
    bot = await _said(make_bot, AFTERNOON, "领队领队 我跟丢了 手机就剩8%电 周围全是竹子 看不到路标 我往哪走啊", "小杨")
    reply, alerts = _reply_and_alerts(bot)
    assert "110" in reply and "原地" in reply and "省电" in reply
    assert "照片" not in reply  # not the missing-child step (photos for the police)
    assert alerts and alerts[0][0] == "op1" and alerts[0][1] <= 5


async def test_a_hill_fire_gets_the_hill_fire_step_not_the_stairs_of_a_building(make_bot):
    bot = await _said(make_bot, AFTERNOON, "山那边冒大烟了 好像是山火 风往我们这边刮 我们队还在半山腰 往哪边撤",
                      "领队阿强")
    reply, alerts = _reply_and_alerts(bot)
    assert "119" in reply and "上风" in reply and "别往山上跑" in reply
    assert "电梯" not in reply and "楼梯" not in reply
    assert alerts and alerts[0][1] <= 5


async def test_a_neighbour_heard_calling_for_help_gets_110_and_not_to_go_alone(make_bot):
    bot = await _said(make_bot, DAWN, "我家隔壁老太太在喊救命 声音越来越小 门打不开", "5栋小吴")
    reply, alerts = _reply_and_alerts(bot)
    assert "110" in reply and "呼救" in reply and "别一个人冒险" in reply
    assert alerts and alerts[0][0] == "op1" and alerts[0][1] <= 5


@pytest.mark.parametrize("text", [
    "7号楼有人从脚手架上掉下来了!!!三楼那么高 人趴在地上不动 快叫救护车",
    "快快 呛水了 拉上来的那个人没气了 谁会做心肺复苏 在东边沙滩",
    "王老师突然捂着胸口蹲下了 脸发白 满头汗 我们在红枫岭垭口 快打120",
    "不好了老周被蛇咬了 右边小腿 两个牙印 已经肿起来了 我们在水库西边小路上 谁知道最近的医院",
    "地下室有股臭鸡蛋味 进去清淤的两个人没出来 喊也不答应 千万别再下去人了 打119",
    "赵奶奶吃了两口饭就喘不上气 嘴巴肿了 她说以前对虾过敏 今天的菜里有虾仁",  # 以前: her history, not the past
    "老黄被鱼钩划了手以后 现在整只手发黑肿起来 人发烧迷糊 要不要叫车 我们在芦苇荡",  # 以后: what followed
])
async def test_each_kind_of_danger_away_from_home_pages_the_operator_at_night(make_bot, text):
    bot = await _said(make_bot, DAWN, text, "群友")
    reply, alerts = _reply_and_alerts(bot)
    assert "通知了值班的工作人员" in reply
    assert alerts and alerts[0][0] == "op1" and alerts[0][1] <= 5


@pytest.mark.parametrize("text", [
    "手机掉河里了 心疼死了",
    "开展防溺水安全教育 请家长提醒孩子不要私自下河",
    "钢筋被压住了 明天叫吊车来",
    "导航带错路了 迷路了哈哈 绕了一大圈",
    "去年我老伴半夜突然晕过去 幸亏送医及时 现在想起来还后怕",
    "刚才下坡摔了一跤 没得事 就是膝盖擦破点皮 大家别担心",
    "高温天气十一点到三点停工 多喝淡盐水 有头晕赶紧到阴凉处",
    "刚才说的那个摔倒的大哥不是我们队的 是别的团 他们的人已经送下山了",
    "刚才听到有人喊救命 原来是在拍抖音",
    "今天山火演练 大家集合",
    "谁会做心肺复苏 社区想组织个培训",
    "我爸以前有心脏病 去年住过一次院 现在挺好的",
    "我家快递还没到家门口 急死了",
    "老王说他迷路了 原来是迷在农家乐的饭桌上下不来了😄",
    "有人掉了一个手机在广场 失主快来认领",  # the code review's five (review17 finding 1): each paged op1 and the owner
    "他手机掉水里了 还能修吗",
    "钥匙压在枕头底下了",
    "外面有人在喊救命 好像是小孩在玩游戏",
    "刚刚被开水烫到了 起了个泡",
])
async def test_everyday_talk_sharing_the_words_wakes_nobody(make_bot, text):
    bot = await _said(make_bot, DAWN, text, "群友")
    assert not [a for a in bot.sent if "紧急" in a.text or "119" in a.text or "110" in a.text], text
    assert not [a for a in bot.sent if a.ref and a.ref.startswith("emergency_alert")]


def test_every_kind_the_reading_names_has_its_own_safety_step():
    scripts = Scripts()
    general = scripts.render("nudge/emergency.j2", kind="other", lift=False, told=True).text
    for kind in ORDER:
        assert scripts.render("nudge/emergency.j2", kind=kind, lift=False, told=True).text != general, kind


def test_the_reading_names_the_kind_that_fits_the_safety_step():
    assert emergency("有人掉河里了!!!就在老码头台阶下面 快拿救生圈 快").kind == "water"  # type: ignore[union-attr]
    assert emergency("老刘脚卡在石头缝里拔不出来了 已经半个钟头 谁带了工具").kind == "pinned"  # type: ignore[union-attr]
    assert emergency("下大雾了 后面五个人跟不上 喊也听不到回声 领队你们在哪").kind == "astray"  # type: ignore[union-attr]
    assert emergency("后山着了 火苗往村里窜 快来人").kind == "wildfire"  # type: ignore[union-attr]


@pytest.mark.parametrize("text", [
    # a thing dropped or lost, and the lost-and-found notice the README promises passes
    "有人掉了一串钥匙在三号楼电梯口 放在物业了",
    "有人掉了个钱包在公交站 失主快来认领",
    "有人掉了一把伞在电梯里 刚刚看见的",
    "刚刚有人掉了身份证在门口 谁的快来拿",
    "有人掉了一只鞋在楼下 谁家的",
    "孩子的球掉到河里了 捞不上来 算了",
    "我老公钓鱼把鱼竿掉水库里了 心疼死了",
    "刚才她耳机掉进池子里了 还能用吗",
    "他戒指掉井里了 刚刚 能捞吗",
    # a thing under something
    "手机压在沙发垫子底下 找了半天",
    "眼镜压在书底下压坏了 哪里能修",
    # a call for help that was a game or a screen
    "隔壁一直在喊救命 好像是电视剧的声音",
    "外面有人在喊救命 估计是小孩闹着玩",
    "隔壁有人在喊救命 原来是电视开太大声",
    # a small burn seen to at home
    "刚才手被烫到了 抹了点牙膏",
    "刚刚烫到手了 起了个小泡 涂点什么好",
])
def test_a_thing_dropped_a_game_or_a_small_burn_is_no_emergency(text):
    assert emergency(text) is None


@pytest.mark.parametrize(("text", "kind"), [
    ("孙女被开水烫了 大面积 皮都掉了 怎么办", "burn"),  # a burn with a real harm: cool water first (fixcare23)
    ("有人从脚手架上摔下来了 快来", "fall"),
    ("老刘腿被压在预制板下面了 快来人", "pinned"),
    ("孩子刚才掉河里了 快来人", "water"),
    ("孩子打球的时候掉进池塘里了 快来人", "water"),  # 打球 is no ball dropped
    ("有人开面包车掉进河里了 快来人", "water"),  # nor is a 面包车 a bag
    ("我家隔壁老太太在喊救命 声音越来越小", "calling"),
])
def test_a_person_fallen_pinned_in_the_water_calling_or_badly_burnt_still_is(text, kind):
    found = emergency(text)
    assert found is not None and found.kind == kind, (text, found)
