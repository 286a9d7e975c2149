"""A small table of words members use for the same thing (咋/怎么, 多少钱/价格), each read as one word."""
from __future__ import annotations

import re
from functools import cache
from pathlib import Path

# Each line: the canonical word, then what members say instead. Longer phrases win over shorter ones,
# so 什么时候 becomes 时间 before 什么 is looked at. Keep it to everyday words of any group; a word
# that only one trade uses belongs in that FAQ's `keywords`. Dialect words (啥辰光, 几多钱, 么样) and the slips voice
# input makes of question words (机点 for 几点) are read as the word meant.
TABLE = """
怎么 咋 咋个 怎样 如何 怎么样 咋样 咋整 咋弄 怎么弄 怎么办 咋办 怎么整 怎么处理 咋搞 么样 咋个整 怎么搞
怎么 点样 点算 点搞 点办 点整 点弄
什么 啥 啥子 么子 甚么 咩
时间 什么时候 啥时候 几时 几点 几点钟 哪天 几号 何时 多会儿 啥时间 什么时间 啥辰光 几辰光 哪辰光 么时候
时间 机点 鸡点 机点钟 啥前儿
多久 多长时间 多少时间 多少天 几天
价钱 多少钱 价格 价钱 费用 收费 几块钱 多少块 贵不贵 啥价 要钱 收钱 花钱 钱数
价钱 多钱 好多钱 几个钱 几块 多少钱一哈 加钱 给钱吗 几多钱 几多块 么价钱
价钱 交多少 收多少 付多少 花多少 几钿 几钱 咩价 咩价钱
付款 交钱 付钱 缴费 支付 交费 付费 转账 转给
退费 退钱 退款 退回 钱退 退回来 钱能退
哪里 哪儿 在哪 在哪里 在哪儿 什么地方 啥地方 哪个地方 哪块 哪边
地址 位置 定位 地点
周几 礼拜几 星期几 周几上
周 礼拜 星期
周日 礼拜天 礼拜日 星期天 星期日 周天
周末 双休 礼拜六礼拜天
可以 能不能 可不可以 行不行 能否 行不 可否 中不中
知道 晓得 清楚
营业 开门 关门 开放 开业 开不开 开着 营业时间
停车 停哪 车位 泊车 停车位 车子放 车放哪 车放在 车子停 车停哪 车停在
电话 号码 联系方式 手机号 座机 电话号码
丢失 丢了 搞丢 弄丢 找不到了 掉了 弄掉了
补办 补一张 补卡 补个 重新办
停电 没电 断电 黑了
停水 没水 断水
发货 寄出 寄出来 发出 发出来 发走
上门 到家 到家里 到家门口 送家里 送家去
饭费 饭钱 伙食费 餐费
维修 来修 修一下 修理 坏了没人修
投诉 举报 反映一下
孩子 小孩 娃 小朋友 儿童 孩儿 娃娃 宝宝 宝贝 二宝 大宝 小宝 娃儿
有没有 有没得 有木有 有冇
老人 老年人 老人家 长辈
优惠 便宜 打折 折扣 减免 便宜点 实惠
报名 报班 报个名 报上名 报一个
微信 vx v信 威信 薇信
快递 包裹
发票 开票 票据
取消 撤回 作废 撤销
修改 改一下 更改
不 唔
没有 冇
是不是 系咪 系唔系 是咪
他 佢
他们 佢哋
你们 你哋
我们 我哋
我 俺
来 嚟
了 咗
的 嘅
在 喺
看 睇 瞅 瞅瞅
找 揾
给 俾 畀
家 屋企 屋里
明天 听日 明儿
昨天 琴日 寻日
现在 而家 依家 宜家
东西 嘢
些 啲
多少 几多
自己 自个儿 自个
爸爸 老豆 老窦
空调 冷气机 冷气
"""


# A day of the weekend is also "the weekend": "礼拜六开门不" asks what an entry "周末开不开门" answers.
BROADER = {"周六": "周末", "周日": "周末"}


def _read(table: str) -> dict[str, str]:
    canonical: dict[str, str] = {}
    for line in table.strip().splitlines():
        head, *others = line.split()
        for word in (head, *others):
            canonical.setdefault(word, head)
    return canonical


# Things whose name ends in 花, kept whole: "五花多少钱" asks the price of 五花 (pork belly), not "五" and 花多少.
THINGS_OF_HUA = """
五花 菜花 花菜 西兰花 豆花 棉花 烟花 礼花 鲜花 绢花 假花 干花 插花 菊花 茉莉花 金银花 玫瑰花 桂花 葱花 腰花 窗花 绣花
""".split()
CANONICAL = _read(TABLE) | {thing: thing for thing in THINGS_OF_HUA}
_PATTERN = re.compile("|".join(sorted(map(re.escape, CANONICAL), key=len, reverse=True)))


# "学费多少" / "门票是多少" ask the price as "学费多少钱" does: 多少 right after a fee, price or ticket word, and not
# before a unit or another measure (费多少时间 asks how long, 票多少张 how many).
_PRICE_ASKED = re.compile(r"(?<=[费价票])是?多少(?![钱块元时天年岁次个张号人斤分])")


# "饭钱咋交" / "物业费在哪交" ask how a named fee is paid: 交/缴/付 right after a fee word is paying (付款), as
# 交钱 and 缴费 already are; and paying by a card swiped or a code scanned ("用饭卡刷", "扫码付") is paying too.
_FEE_PAID = re.compile(r"(?<=[费钱金])(?P<how>(?:要|该|得|怎么|咋|如何|在哪里?|去哪里?|到哪里?|哪里){0,2})"
                       r"(?:交|缴|付)(?![费钱款了]|多少|几|百分)")  # 交多少 asks the price, 交了 whether it was paid
# "钱咋给呀" asks how to pay as 钱咋交 does (给 after a how-word, not 钱给我 / 钱给了, which say who got it).
_MONEY_GIVEN = re.compile(r"(?<=[费钱款])(?P<how>咋|怎么|如何|咋个|怎样|要咋|该咋|该怎么)给(?![我你他她了过])")
# Food gone off is a thing gone bad ("豆腐是馊的 咋退啊" asks what "买的东西坏了怎么退" does); only the words of spoiled
# food, not 烂 or 臭 (a word with other senses), and 坏了 itself is left as it is.
_SPOILED = re.compile(r"变?馊(?:了|的)|变质(?:了|的)?|发霉(?:了|的)?|长毛(?:了|的)")
_CARD_PAID = re.compile(r"用?[\u4e00-\u9fff]{0,2}卡刷|刷(?:(?!的)[\u4e00-\u9fff]){0,3}卡|扫码付")  # not 刷他的卡


def canonical(text: str) -> str:
    """The text with each member word replaced by its canonical word ("咋办 几点开" -> "怎么 时间开")."""
    text = _SPOILED.sub("坏了", _MONEY_GIVEN.sub(lambda m: m.group("how") + "付款", text))
    text = _CARD_PAID.sub(lambda m: m.group() + "付款", _FEE_PAID.sub(lambda m: (m.group("how") or "") + "付款", text))
    return _PATTERN.sub(lambda m: CANONICAL[m.group()], _PRICE_ASKED.sub("价钱", text))


SYNONYMS = Path(__file__).with_name("synonyms.txt")  # written by plugins/faq/make_synonyms.py


@cache
def _sets() -> dict[str, tuple[str, ...]]:
    """Each word of 同义词词林 (extended) that jieba can cut, with the codes of its synonym sets."""
    return {word: tuple(codes) for word, *codes in (line.split(" ") for line in
                                                     SYNONYMS.read_text(encoding="utf-8").splitlines())}


def synonym_groups(word: str) -> tuple[str, ...]:
    """The synonym sets a word of two characters or more belongs to (none for one character: too many meanings)."""
    return _sets().get(word, ()) if len(word) >= 2 else ()
