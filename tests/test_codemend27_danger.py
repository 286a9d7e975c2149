"""Code review 27 (`/work/reviews27/diff.md`), the danger readings: each finding's lines as the reviewer tried them,
two or three of ours in other words, and the real cases each reading was written for, which are still heard
(codemend27; the room's readings are in test_codemend27.py)."""
from __future__ import annotations

import pytest

from bot.danger.chest_on_exertion import chest_on_exertion
from bot.danger.emergency import emergency
from bot.danger.made_ill import made_ill
from bot.danger.threat_to_die import leaps
from tests.test_codemend26 import _dose_twice_at


def _kind(text: str) -> str | None:
    found = emergency(text)
    return None if found is None else found.kind


# 1. a member at a height who wants to jump: despair, never nothing
@pytest.mark.parametrize("text", [
    "我在楼顶 真想跳下去算了", "我在桥上 恨不得跳下去", "我爬到楼顶了 想跳下去",          # the reviewer's
    "人在天台上 真想跳下去", "我现在在江边 干脆跳下去算了", "爬上楼顶了 恨不得跳下去一了百了",  # ours
    "真想跳下去算了 活着太累",
    "站在桥上 跳下去就解脱了", "好几次想跳河 一了百了", "恨不得跳楼算了",                 # the real cases
])
def test_a_member_at_a_height_who_wants_to_jump_is_despair(text):
    assert _kind(text) == "despair"


@pytest.mark.parametrize("text", [
    "我在桥上拍照 看到有人跳河了",  # a witness: not the writer's despair
    "我在阳台晒被子 楼下跳广场舞的好热闹", "跳楼价甩卖 我在楼顶都听见了",
])
def test_a_height_named_beside_someone_else_or_a_sale_is_not_the_writers_despair(text):
    assert _kind(text) != "despair"


# 2. the grave signs told by what the family sees: each needs a person and the sign itself, not an everyday word
@pytest.mark.parametrize("text", [
    "滴了眼药水 进眼睛里有点睁不开", "切柠檬 柠檬汁溅到眼睛里了 酸得睁不开",                   # the reviewer's
    "行李箱锁上了 打不开 密码忘了 急得想哭", "孩子从上铺摔下来 哭了一会儿 现在不哭了",
    "手机从三楼掉下去了 摔得不动了", "牙疼 从来没这么疼过 吃了就吐",
    "洗头的时候洗发水进眼睛了 疼得直流泪", "冰箱门关不上 打不开 里面的菜都闷坏了",           # ours
    "杯子从二楼掉下去了 不动了 碎了一地", "肚子疼 这辈子没这么疼过 还吐了两回",
])
def test_everyday_lines_with_a_grave_signs_words_are_no_alarm(text):
    assert _kind(text) is None


@pytest.mark.parametrize(("text", "kind"), [
    ("我叔从二楼阳台掉下去了 在楼下躺着不动", "fall"), ("从二楼阳台掉下去了 在楼下躺着不动", "fall"),
    ("老人从梯子上摔下来 不动了", "fall"),
    ("头疼得跟劈开一样 一直吐", "unwell"), ("头疼 这辈子没这么疼过 一直吐", "unwell"),
    ("NaOH溅进眼睛 看不见东西了", "eye_chemical"), ("石灰溅进眼睛 睁不开", "eye_chemical"),
    ("盐酸溅到眼睛里了 睁不开", "eye_chemical"),
    ("小孙子躲进后备箱 箱盖关上了 打不开 在里面哭", "trapped"), ("孩子钻进冰柜 盖子扣上了 打不开 没声了", "trapped"),
    ("盖板掉下来 把我儿子扣在舱里了 他在里面敲", "trapped"),
])
def test_the_grave_signs_are_still_read(text, kind):
    assert _kind(text) == kind


# 3. a fire told by what is seen or heard: a rash that comes up, rain that crackles, are no fire
@pytest.mark.parametrize("text", [
    "孩子脸上一团红疹子冒出来了", "外面噼里啪啦下大雨 烟雨蒙蒙的",                              # the reviewer's
    "胳膊上一团包冒出来 痒得很", "噼里啪啦打了一下午麻将 火候到了才胡", "雨点噼里啪啦打在窗户上 抽根烟歇歇",  # ours
])
def test_a_rash_or_rain_is_no_fire(text):
    assert _kind(text) != "fire"


@pytest.mark.parametrize("text", [
    "隔壁那条油船 船尾 一团红的 往上窜 噼啪响 岸上人都在喊", "对面楼三层窗户里一团红光往外窜 还有噼里啪啦的声音",
    "水槽上面窜起一团蓝火 旁边就放着一桶乙醚", "仓库里噼里啪啦响 冒黑烟了",
    "一团火往上窜 快跑",
])
def test_a_fire_seen_or_heard_is_still_read(text):
    assert _kind(text) == "fire"


# 4. a room whose air is gone needs the room and someone down in it: a trip's thin air or a greenhouse is no pit
@pytest.mark.parametrize("text", [
    "去西藏旅游有点缺氧 躺在床上休息", "大棚里二氧化碳不够 菜苗倒了一片",                        # the reviewer's
    "高原反应 有点缺氧 躺着吸了会儿氧好多了", "干冰拿来做舞台效果 大家都躺在草地上看", "鱼缸缺氧 鱼都不动了",  # ours
])
def test_thin_air_on_a_trip_or_in_a_greenhouse_is_no_pit(text):
    assert _kind(text) != "pit_air"


@pytest.mark.parametrize("text", [
    "氮气间里躺着一个师傅 叫他不应 门口缺氧报警在叫", "液氮罐旁边有人倒了 氧气报警器在响 我不敢进去",
    "液氮间门口氧气报警器一直在叫 学弟倒在里面地上 我不敢进去", "冷库里二氧化碳超标 老张倒在里面了",
    "老周下去掏池子半天没上来",
])
def test_someone_down_where_the_air_is_gone_is_still_read(text):
    assert _kind(text) == "pit_air"


# 5. someone unseen for days with the phone or the door unanswered is a welfare check, whatever their work; only the
# one who serves gone quiet over a refund is a complaint
@pytest.mark.parametrize("text", [
    "楼下开小卖店的小刘好几天没见人了 敲门也没人应", "我们店里的小张三天没见人了 电话也打不通",   # the reviewer's
    "修车的王师傅好几天没见人了 电话也没人接", "管理员老孙两天没见人了 敲门也没人应",            # ours
    "给我们送菜的老板娘三天没见着人了 打电话一直关机",
    "租我房子的小伙子三天没见人了 电话也不接 敲门没人应",                                      # the real case
])
def test_someone_named_by_their_work_unseen_and_unanswered_is_a_welfare_check(text):
    assert _kind(text) == "unreachable"


@pytest.mark.parametrize("text", [
    "客服两天没冒泡了 电话也打不通 退款到底啥时候给", "快递两天没见动静了 电话也打不通 我的货呢",
    "卖家三天没见人回 电话也不接 这钱还退不退",
])
def test_the_one_who_serves_gone_quiet_is_no_welfare_check(text):
    assert _kind(text) != "unreachable"


# 6. violence going on at home needs the one at home raging: a man cooking with a knife is no danger
@pytest.mark.parametrize("text", [
    "他拿着刀在厨房剁排骨 我躲在房间看电视",                                                     # the reviewer's
    "老公拿刀切西瓜 我躲在屋里吹空调", "他拿着菜刀做饭呢 我藏在被窝里追剧", "儿子拿刀削苹果 我躲起来偷吃糖",  # ours
])
def test_a_knife_in_the_kitchen_and_someone_resting_is_no_violence(text):
    assert _kind(text) != "violence"


@pytest.mark.parametrize("text", [
    "老头子又喝多了 在外面砸东西 俺躲在厕所里不敢出去", "老伴喝了酒又在家里掀桌子骂人 我躲在卧室不敢出声",
    "我男人喝醉了在家摔东西 还拿凳子砸门 我和孩子锁在屋里 好怕", "俺当家的又喝大了 在院里摔碗砸锅 俺抱着娃躲在屋里",
    "老公拿着刀说要砍我 我躲在卫生间", "他喝醉了 我和孩子锁在屋里不敢出去",
])
def test_someone_raging_at_home_while_she_hides_is_still_violence(text):
    assert _kind(text) == "violence"


# 7. made ill by what we sold: a meal before an errand, or a medicine that did not work, is nobody made ill by us
@pytest.mark.parametrize("text", [
    "我吃了饭去医院拿药 你们的快递怎么还没到", "吃了三天了还发烧 你们的药不管用",                 # the reviewer's
    "孩子吃了退烧药还是发烧 你们诊所的医生也不接电话",
    "老伴吃完饭去医院复查 你们的车一直没来", "吃了你们开的药 一点用没有 还是咳",                    # ours
    "喝了一礼拜的中药 还是发烧 你们这大夫行不行",
])
def test_a_meal_an_errand_or_a_medicine_that_failed_is_nobody_made_ill(text):
    assert made_ill(text) == ""


@pytest.mark.parametrize(("text", "who"), [
    ("你们家的肉松面包我孙子吃了 半夜吐了好几回", "孩子"), ("买的豆浆喝完我老伴肚子疼了一宿", "老人家"),
    ("昨天的鲜奶蛋糕 娃吃了就上吐下泻 今天还发烧", "孩子"), ("在你们店买的月饼 我吃了拉肚子 都去医院挂水了", "您"),
    ("我媳妇吃了你们的包子拉肚子", "家里人"), ("你们卖的鱼我哥吃了就过敏 起了一身疹子", "家里人"),
    ("在你们这买的熟食 我妈吃了上吐下泻", "老人家"),
])
def test_falling_ill_from_what_was_sold_still_names_who_fell_ill(text, who):
    assert made_ill(text) == who


def test_the_writer_ill_from_a_shops_cake_is_asked_after_as_you():
    assert made_ill("你们家的月饼我吃了拉肚子") == "您"
    assert made_ill("你们家的月饼家里人吃了都拉肚子") == "家里人"


# 12. the night with no doctor to ring: the quiet hours may widen it, never shorten it (codemend26's kit)
@pytest.mark.parametrize(("hour", "quiet"), [
    (2, "00:00-00:00"),                       # the reviewer's: quiet hours off
    (3, "12:00-14:00"), (23, "00:00-00:00"),  # ours: a room that rests at noon; late evening with quiet hours off
])
async def test_the_small_hours_have_no_doctor_to_ring_whatever_the_quiet_hours(make_bot, hour, quiet):
    step = await _dose_twice_at(make_bot, hour, 30, quiet)
    assert "夜里找不到医生" in step and "打电话问问医生" not in step


async def test_a_day_with_quiet_hours_off_still_rings_the_doctor(make_bot):
    step = await _dose_twice_at(make_bot, 10, 0, "00:00-00:00")
    assert "打电话问问医生" in step and "夜里找不到医生" not in step


# 13. a chest that tightens on walking and eases with a rest is the heart's warning, read with the one list of the chest
@pytest.mark.parametrize("text", [
    "一走路就胸口发闷 坐下来缓缓就好", "爬楼梯胸口发紧 停下来歇歇就好",                              # the reviewer's
    "走两步胸口就憋得慌 歇一歇就好了", "一走快了心口就堵 缓一缓就过去了", "最近一走路前胸隐隐作痛 停下来就好",  # ours
    "这两天练完拳胸口有点闷 歇一会儿就好了 没事吧",                                                   # the real case
])
def test_a_chest_tightening_on_walking_and_easing_with_rest_is_read(text):
    assert chest_on_exertion(text)


@pytest.mark.parametrize("text", ["走路走多了腿疼 歇一会就好", "屋里闷 走两步出去透透气就好了",
                                  "感冒了 一走路就咳 胸口闷"])
def test_legs_a_stuffy_room_or_a_cold_are_no_heart(text):
    assert chest_on_exertion(text) is None


# 16. a cook's smoking oil is no fire, read by the one list of a cook's words; a fire in the kitchen still is
@pytest.mark.parametrize("text", [
    "油热了冒烟 赶紧下菜", "锅里的油烧得冒烟了 下葱花",                                      # the reviewer's
    "油烧到冒烟再下肉片 这样才香", "等油冒烟了再炒 火要大", "围着火炉烤火 真暖和",             # ours
])
def test_a_cooks_smoking_oil_or_a_stove_is_no_fire(text):
    assert _kind(text) != "fire"


@pytest.mark.parametrize("text", ["厨房冒烟了 门打不开", "楼道里冒黑烟了 快跑", "炒菜的时候锅着火了 火窜到油烟机上了",
                                  "隔壁厨房着火了"])
def test_a_fire_in_the_kitchen_is_still_read(text):
    assert _kind(text) in ("fire", "oil_fire")


# 20. a leap is from a height, never a job changed, a flea or a twitching eyelid
@pytest.mark.parametrize("text", [
    "孩子跳槽了", "跳蚤咬了一身包", "我眼皮一直跳", "窗户开着",                  # the reviewer's
    "血压一跳一跳的", "孙子跳级了", "这价格跳水了",                              # ours
])
def test_no_height_no_leap(text):
    assert not leaps(text)


@pytest.mark.parametrize("text", ["抱着孩子想从阳台跳下去", "说要跳楼", "想从楼顶跳下来", "要跳河", "站在窗台上"])
def test_a_leap_from_a_height_is_still_one(text):
    assert leaps(text)


# 15. each pattern written once: the two readings of a bleed inside, the bot named as a provider, "I don't know" too
@pytest.mark.parametrize("text", ["吃着华法林 刚才吐了好多血", "吃阿司匹林的 眼睛红了一大片",
                                  "吃华法林 身上青一块紫一块"])
def test_a_bleed_on_a_thinner_is_read(text):
    assert _kind(text) is not None


# a knife-wielder chasing someone (追着…砍): its count of characters was lost to an f-string's braces
def test_someone_chased_with_a_knife_is_armed():
    assert _kind("有个人拿着菜刀在街上追着老头砍") == "armed"


def test_a_tent_set_alight_at_a_barbecue_with_a_child_inside_is_a_fire():
    assert _kind("沙滩上烧烤把帐篷点着了 里面有小孩在睡觉 快拿水") == "fire"
