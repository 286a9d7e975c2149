"""Danger told in any of China's dialect families is read as its kind (emergency21): Wu (上海, 苏州, 宁波), Min
(闽南, 潮汕, 福州), Hakka, Gan (南昌), Xiang (长沙), Jin (山西, 陕北), the Northern Mandarin of 东北, 北京, 天津, 山东,
河南 and the North-West, and the Southern Mandarin of 云南, 贵州, 武汉. The lines were written from the dialects' words
for falling, fainting, bleeding, fire, smoke, water, breath, not waking, stroke, a car, poison and a choke, before the
table was; each family's everyday talk that shares the words (困 is sleep in Wu, 冒气 is steam, 卡 is stuck, 火烛 a
notice) wakes nobody."""
from __future__ import annotations

import pytest

from bot.danger.emergency import emergency, in_mandarin

FALL = {"fall", "head_injury", "unwell"}  # someone down and hurt: the fall's step or the body's, both reach a person
FAINT = {"unwell", "stroke"}

WU = [
    ("阿拉爷爷勒浴室里掼了一跤 爬勿起来 叫伊也勿响", FALL),
    ("隔壁老阿姨厥过去了 喊伊勿应 面孔煞白", FAINT),
    ("我姆妈切肉切到手 血嗒嗒滴 止勿牢", {"bleeding"}),
    ("楼下灶披间火着了 烟交关大 楼上还有老人勒困觉", {"fire"}),
    ("老头子吃汤团噎牢了 讲勿出闲话 面孔涨得血血红", {"choking"}),
    ("阿拉外婆一家头出去 到现在寻勿着 伊有老年痴呆", {"lost"}),
    ("伊讲闲话讲勿清爽 嘴巴歪脱了 半边身体动勿了", {"stroke"}),
    ("好婆跌仔一跤 立勿起来 俚一家头勒屋里", FALL),  # 苏州: 仔 is 了, 俚 is 他
    ("阿拉阿爷跌倒勒地上 叫渠弗应", FALL),  # 宁波: 渠 is 他, 弗 is 不
    ("爷叔拨车子撞了 睏勒马路上勿动", FALL),  # 拨 is 被; 睏 is lying, not asleep, in the road
    ("有个小囡跌到河浜里去了 勒水里扑腾", {"water"}),
    ("电梯卡牢了 阿拉两个老太勒里厢 闷得吃勿消", {"trapped"}),
]
WU_QUIET = [
    "今朝排练老吃力 累得我要厥过去了",  # tired, not fainted
    "老早辰光弄堂里火着过一趟 现在想想还吓煞人",  # long ago
    "天冷了 用电取暖器要当心火烛",  # advice
    "侬覅急 伊困着了 困得老香额",  # 困 is sleep in Wu
    "搿只菜辣得来吃勿消 面孔血血红",  # a hot dish
    "上个礼拜伊掼了一跤 现在没事体了",  # the past, over
    "笑煞我了 看伊跳舞我差点厥过去😂",
]
MIN = [
    ("阮阿嬷佇浴间跋倒 起袂来 紧来人", FALL),  # 闽南: 佇 在, 跋倒 摔倒, 袂 不能, 紧 快
    ("阿公昏去矣 叫伊攏無應", FAINT),
    ("厝内火烧厝矣 烟真大 阮阿母擱佇楼顶", {"fire"}),
    ("伊予车挵着 倒佇路边 血一直流", {"bleeding", "fall"}),  # 予 被, 挵 撞
    ("囝仔跋落水 佇水里 紧救人", {"water"}),
    ("阿嬷晕去了 叫伊唔应 喘唔过气", FAINT),  # 潮汕
    ("阮依嬷跋倒了 爬𣍐起来", FALL),  # 福州: 𣍐 不能
    ("阿伯喙歪去 讲话讲袂清楚 半爿身袂振动", {"stroke"}),
]
MIN_QUIET = [
    "昨昏阮阿公跋一倒 今仔日好矣 无代志",  # yesterday, over
    "笑死 伊讲伊欲昏去矣😂",
    "看着火烧厝的新闻 真惊",  # the news
    "阿嬷讲 落雨天出门较细腻 莫跋倒",  # advice
]
HAKKA = [
    ("𠊎阿婆在屋下跌倒 爬唔起来 喊佢唔应", FALL),
    ("阿公晕忒了 冇气咯 快滴来人", FAINT),
    ("佢分车撞到 倒在路边 流好多血", {"bleeding", "fall"}),  # 分 is 被
    ("屋下火烧屋 烟好大 阿姆还在楼上", {"fire"}),
    ("细人仔跌落塘里 浮唔起来", {"water"}),
    ("阿爸讲话讲唔清 嘴歪忒 一边手冇力", {"stroke"}),
]
HAKKA_QUIET = [
    "昨晡日阿婆跌一跤 今晡日冇事咯",
    "细人仔莫去塘边搞 唔好跌落水",  # advice
    "笑到𠊎晕忒 哈哈",
]
GAN = [
    ("我屋里老倌跌倒哩 爬不起来 喊渠冇反应", FALL),  # 南昌: 哩 了, 渠 他, 冇 没
    ("渠晕倒哩 喊不醒 嘴巴都紫哩", FAINT),
    ("伢崽掉到塘里去哩 快来人", {"water"}),
    ("厨房着火哩 烟好大 渠还在里面", {"fire"}),
]
GAN_QUIET = [
    "昨日渠跌哩一跤 冇事哩 莫担心",
    "笑得我都要晕过去哩 哈哈",
]
XIANG = [
    ("我娭毑在厕所里跘哒一跤 爬不起来哒 喊她冒反应", FALL),  # 长沙: 跘 摔, 哒 了, 冒 没
    ("嗲嗲晕过去哒 冒得气哒 快打120", FAINT),
    ("屋里起火哒 烟好大 伢子还在里面", {"fire"}),
    ("妹坨掉到塘里去哒 快来人啊", {"water"}),
    ("他讲话讲不清哒 嘴巴歪哒 一边手冒力", {"stroke"}),
    ("娭毑气都出不赢 脸都紫哒", FAINT),  # can't breathe
]
XIANG_QUIET = [
    "昨日娭毑跘哒一跤 冒得事 莫担心",
    "锅里冒气哒 饭熟哒 吃饭咯",  # steam
    "今天的蛋糕萌萌哒 么么哒",
    "咯只菜辣得我冒得气哒 哈哈",
]
JIN = [
    ("俺家老汉中了炭毒咧 叫不醒 一屋子煤烟", {"fumes", "gas", "unwell"}),  # 中炭毒: coal fumes
    ("额婆姨跌倒咧 起不来 腿疼得不行", FALL),
    ("兀家背过气去咧 没气咧 咋闹呀", FAINT),
    ("娃娃掉进水渠里咧 快来人", {"water"}),
]
JIN_QUIET = [
    "夜儿个跌了一跤 今儿个没事咧",
    "气得我差点背过气去 这娃娃咋不听话",  # anger
]
NORTH = [
    ("老太太在冰上卡倒了 起不来了 直哼哼", FALL),  # 东北: 卡 is 摔
    ("老爷子一头栽地上 撅过去了 叫不醒", FAINT),  # 北京: 撅 is 厥
    ("俺爹不中了 晕过去了 喊他不吭气", FAINT),  # 河南
    ("额大跌咧 起不来咧 碎娃吓哭咧", FALL),  # 西北: 额大 my dad, 碎娃 the child
    ("屋里一股煤烟子味 俺妈中煤烟了 迷迷糊糊的", {"fumes", "gas", "unwell"}),  # 东北
    ("俺娘跌倒了 爬不起来 恁快来", FALL),  # 山东
    ("我爸让车给撞了 躺马路上不动弹了", FALL),  # 让/给 is 被; not moving
]
NORTH_QUIET = [
    "这道题给我整晕菜了",
    "我直接笑抽过去了",
    "今年买卖卡了一跤 不中了 赔了不少",  # business
    "中不中？中！明天见",
    "气得我差点背过气去 哈哈",
]
SOUTH = [
    ("我家老倌在厕所头跶倒了 咋个喊都不答应", FALL),  # 云南
    ("我屋里婆婆跌了一跤 爬不起来 搞么斯 快来人", FALL),  # 武汉
    ("娃儿遭水冲走了 快点来人", {"water"}),  # 贵州: 遭 is 被
    ("伢掉到湖里去了 冇上来 快来人", {"water"}),  # 武汉: 冇 没
]
SOUTH_QUIET = [
    "今天又跶了一跤 莫得事 莫担心",
    "菌子好吃 莫吃生的哈",
    "搞么斯 屋里又停电了",
]


@pytest.mark.parametrize(("text", "kinds"), WU + MIN + HAKKA + GAN + XIANG + JIN + NORTH + SOUTH)
def test_danger_told_in_a_dialect_family_is_read_as_its_kind(text, kinds):
    found = emergency(text)
    assert found is not None and found.kind in kinds, (text, in_mandarin(text), found)


@pytest.mark.parametrize("text", WU_QUIET + MIN_QUIET + HAKKA_QUIET + GAN_QUIET + XIANG_QUIET + JIN_QUIET
                         + NORTH_QUIET + SOUTH_QUIET)
def test_a_dialect_familys_everyday_talk_with_the_same_words_wakes_nobody(text):
    assert emergency(text) is None, (text, in_mandarin(text), emergency(text))


@pytest.mark.parametrize("text", [
    "伊利牛奶打折 大家要伐",  # 伊 is 他 only in a Wu message's grammar, 伊利 is milk
    "请勿在楼道堆放杂物",  # 请勿 is Mandarin
    "他被绳子勒住了脖子",  # 勒 is strangled here, and Mandarin
    "今天的蛋糕萌萌哒",
    "锅里冒气了",
    "这个门卡住了",
    "中午吃什么",
])
def test_mandarin_that_shares_a_dialect_character_is_read_as_written(text):
    assert in_mandarin(text) == text
