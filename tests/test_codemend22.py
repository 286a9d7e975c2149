"""The code review's findings on session 22, mended (issues 13, 14, codemend22).

Each finding is told by the reviewer's own lines that went wrong (a false alarm pages a person at any hour), beside
lines of the same kind that must stay right: a kitchen knife at a chicken is cooking while a knife and a threat to
kill is 110; a cold day's drowsiness is winter talk while a man pulled from the ice who has stopped shaking is
hypothermia; a beating years ago is over while one told now is not; a crowded train is no crush."""
from __future__ import annotations

import pytest

from bot.danger.emergency import emergency
from plugins.moderation.trade_dialects import in_mandarin
from tests.moderation_kit import moderation_said, screened


def _kind(text: str) -> str | None:
    found = emergency(text)
    return None if found is None else found.kind


# 1. a kitchen knife at a chicken, ribs, a fish or a tree is cooking and the yard's work, not a weapon
@pytest.mark.parametrize("text", [
    "我拿菜刀要剁了这只鸡 晚上炖汤",
    "我拿刀要剁了排骨 包饺子",
    "他拿起菜刀要剁了这条鱼",
    "他拿着刀说要砍了那棵歪脖子树",
])
def test_the_kitchens_knife_pages_no_one(text: str) -> None:
    assert _kind(text) is None


@pytest.mark.parametrize("text", [
    "男的拿着菜刀 说要砍人",
    "他拿着刀说要砍了他",
    "我老公拿着菜刀说要杀了我",
    "他喝醉了拿着菜刀说要剁了你",
    "邻居拿着刀说要杀了他全家",
])
def test_a_knife_and_a_threat_to_kill_is_still_armed(text: str) -> None:
    assert _kind(text) == "armed"


# 2. a cold day's drowsiness, a cold store for work, a frozen cabbage: winter talk, not a body losing its heat
@pytest.mark.parametrize("text", [
    "今天零下五度 吃完饭就犯困想睡觉",
    "零下十度 早上起来迷糊 想睡回笼觉",
    "外面零下了 我家老头吃完药就迷糊 想睡",
    "在冷库上班 天天犯困 想睡觉",
    "冬天在外面冻了一晚上的白菜 我吃了有点犯困",
])
def test_a_cold_days_drowsiness_pages_no_one(text: str) -> None:
    assert _kind(text) is None


@pytest.mark.parametrize("text", [
    "从冰面上救上来的大哥不抖了 犯困 衣服都冻硬了",
    "我爸在雪地里走了一下午 现在浑身发抖 手脚冰凉 人迷迷糊糊的",
    "我爸喝多了在外面冻了一夜 现在叫不醒",
    "零下二十度 老人在外面待了一夜 找到时说话都不清楚了",
    "老人在外面冻了一宿 现在迷迷糊糊的 浑身发抖",
])
def test_real_hypothermia_is_still_cold(text: str) -> None:
    assert _kind(text) == "cold"


# 5. a beating years ago told as over, or hearsay of a stranger in another village, is no one to reach now
@pytest.mark.parametrize("text", [
    "她年轻时候老被她老公打 身上都是伤 现在离婚了",
    "听说隔壁村有个媳妇被她男人打了 脸都肿了",
])
def test_a_beating_long_over_or_village_hearsay_pages_no_one(text: str) -> None:
    assert _kind(text) is None


@pytest.mark.parametrize("text", [
    "隔壁那个媳妇又被她老公打了 脸都肿了",
    "楼下那个阿姨又被她老公打了 刚跑出来 在我家躲着",
    "调解的那个大姐说 她男人天天喝了酒就打她",
])
def test_a_beating_told_now_is_still_violence_told(text: str) -> None:
    assert _kind(text) == "violence_told"


# 4. the group's own life organised privately (a sign-up, a photo retaken, an errand offered) is not an advert
async def _moderation_kinds(make_bot, text: str) -> list[str]:
    bot = screened(make_bot)
    await bot.start()
    await bot.send_message(text, sender="u9", name="钱叔")
    await bot.settle()
    return [a.kind for a in moderation_said(bot) if a.to in (None, "u9")]


@pytest.mark.parametrize("text", [
    "报名合唱队的 私我",
    "要参加明天活动的 私我报名",
    "今天拍照片没拍好的 私我 重拍",
    "没领到老年卡的 私聊我 我帮你问",
    "周六聚餐要带家属的 私我一下",
])
async def test_organising_the_groups_own_life_privately_is_not_warned(make_bot, text: str) -> None:
    assert await _moderation_kinds(make_bot, text) == []


@pytest.mark.parametrize("text", [
    "想瘦的姐妹 私我",
    "想退休后多点收入的 私我",
    "有个好事 想去旅游的 私我",
])
async def test_whoever_is_called_privately_to_a_hidden_offer_is_still_warned(make_bot, text: str) -> None:
    assert (await _moderation_kinds(make_bot, text)).count("say") == 1


# 6. a parent's own exasperation beside a sulking child's shut door is no call to force the door
@pytest.mark.parametrize("text", [
    "闺女关在房间里不出来 我真是没用啊",
    "孩子关在屋里不出来 我是不是太没用了 管不了他",
])
def test_the_writers_own_exasperation_does_not_force_the_door(text: str) -> None:
    assert _kind(text) is None


@pytest.mark.parametrize("text", [
    "孩子把自己反锁在房间 敲门也不开 他早上说活着没意思",
    "孩子考试没考好 关在屋里不出来 说活着没意思",
    "女儿反锁在屋里 敲门也不开 我听她说过活着没意思",
])
def test_the_shut_in_ones_despair_is_still_shut_in(text: str) -> None:
    assert _kind(text) == "shut_in"


# 7. a crowded train, a fall that is over, a drill: no crush
@pytest.mark.parametrize("text", [
    "地铁上人压人 挤死了",
    "地铁上被人挤倒了 还好没事",
    "小区门口踩踏演习 有人被挤倒了",
])
def test_a_crowded_train_a_fall_over_or_a_drill_pages_no_one(text: str) -> None:
    assert _kind(text) is None


@pytest.mark.parametrize("text", [
    "庙会门口人挤人 有个老太太被挤倒了 后面的人还在往前推",
    "人压人 好几个老人倒在地上 喘不上气",
    "学校楼梯上孩子被挤倒了 后面的还在推 救命",
    "演唱会散场踩踏了 有人倒在地上被踩",
])
def test_a_real_crush_is_still_crush(text: str) -> None:
    assert _kind(text) == "crush"


# 8. a walk that ends soon is no one lost; a description of what she has with her is no thing lost
def test_a_walk_back_soon_pages_no_one() -> None:
    assert _kind("大家帮忙留意一下 我爸出去遛弯了 一会儿就回来") is None


@pytest.mark.parametrize("text", [
    "大家帮忙留意一下 我婆婆出去了 穿着红衣服 拿着包",
    "大家帮忙找找 我公公有老年痴呆 自己跑出去了",
    "大家帮忙找找 我爸早上出去的 到现在没回来 电话也打不通",
])
def test_a_person_gone_and_looked_for_is_still_lost(text: str) -> None:
    assert _kind(text) == "lost"


# 9. a childhood bite and its scar is no venom now; a bite just now still is
@pytest.mark.parametrize("text", ["小时候被蛇咬过 腿上还有疤 现在还肿", "小时候被蛇咬过 腿上还有疤 还肿"])
def test_a_childhood_snakebite_scar_pages_no_one(text: str) -> None:
    assert _kind(text) is None


@pytest.mark.parametrize("text", [
    "刚才被蛇咬了一口 不知道有没有毒",
    "刚被蛇咬过 腿肿了",
    "老伴在茶园被蛇咬了 伤口发黑 头晕",
])
def test_a_bite_now_is_still_snakebite(text: str) -> None:
    assert _kind(text) == "snakebite"



# 11. plain Mandarin is not rewritten as Cantonese trade words before moderation reads it
@pytest.mark.parametrize("text", [
    "最近心情好平静 不想跟人吵", "我家房子九十几平 两室一厅", "他的水平过关了", "车开得超平稳",
])
def test_plain_mandarin_with_ping_is_read_as_it_is(text: str) -> None:
    assert in_mandarin(text) == text


def test_cantonese_cheap_is_still_read_as_cheap() -> None:
    assert in_mandarin("呢个好平 平过超市 要嘅揾我") == "呢个很便宜 便宜过超市 要的找我"
