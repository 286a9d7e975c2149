"""Writes moderation_corpus.jsonl: ads in every evasion the plugin must see through, and hard negatives.

Run it from the repository root: python tests/data/make_moderation_corpus.py
"""
from __future__ import annotations

import json
import random
from pathlib import Path

rng = random.Random(2026)
rows: list[dict] = []


def add(technique: str, ad: bool, text: str, **extra) -> None:
    rows.append({"id": f"m{len(rows) + 1}", "technique": technique, "ad": ad, "text": text, **extra})


CN = str.maketrans("0123456789", "零一二三四五六七八九")
DAXIE = str.maketrans("0123456789", "零壹贰叁肆伍陆柒捌玖")
YAO = str.maketrans("0123456789", "零幺二三四五六拐八勾")
CIRCLED = str.maketrans("0123456789", "⓪①②③④⑤⑥⑦⑧⑨")
phones = ["13800138000", "13912345678", "15088889999", "18600001111", "17712345678", "13566667777",
          "18912340000", "15800001234"]
lures = ["领免费鸡蛋", "送保健品试用装", "了解赚钱门路", "有好东西分享", "低价出老年鞋", "免费体验理疗"]

for kw in ["在家兼职日结300", "宝妈兼职 手机就能做", "招代理 一手货源", "刷单返利 日赚五百", "六合彩内部资料",
           "无抵押贷款 秒到账", "代开发票 各行业都有", "祖传秘方 包治百病", "帮我砍一刀 谢谢大家", "高薪招聘 月入过万",
           "关注公众号领红包", "信用卡套现 低手续费"]:
    add("keyword", True, kw)
for kw in ["在家兼值 日接三百", "带购 香港化妆品", "代款 不看征信", "刷丹 日转五百", "有意者私了我", "招带理 轻松赚钱",
           "日专三百 在家就行", "免废领取 扫码就送"]:
    add("keyword_homophone", True, kw)
for kw in ["兼.职.日.结", "刷 单 返 利", "贷-款-秒-到-账", "代~购~正品", "招 代 理", "免*费*领*取 鸡蛋", "躺 赚 项目",
           "六 合 彩"]:
    add("keyword_padding", True, kw)
for kw in ["兼職日結 在家就能做", "無抵押貸款", "代購 正品保證", "刷單返利", "招聘 高薪 月入過萬", "祖傳秘方 藥到病除"]:
    add("keyword_traditional", True, kw)
for p in phones[:6]:
    add("phone_digits", True, f"{rng.choice(['有需要打我电话', '联系电话', '电话'])} {p} {rng.choice(lures)}")
for p in phones:
    style = rng.choice(["space", "dash", "dots", "emoji"])
    sep = {"space": " ", "dash": "-", "dots": ".", "emoji": "🌹"}[style]
    split = sep.join([p[:3], p[3:7], p[7:]]) if style != "space" else " ".join(p)
    add("phone_split", True, f"加我 {split} {rng.choice(lures)}")
for p in phones[:6]:
    add("phone_chinese", True, f"电话{p.translate(CN)} {rng.choice(lures)}")
for p in phones[:6]:
    add("phone_daxie", True, f"扣扣：{p.translate(DAXIE)}")
for p in phones[:4]:
    add("phone_yao", True, f"联系 {p.translate(YAO)} {rng.choice(lures)}")
for p in phones[:4]:
    add("phone_circled", True, f"{p.translate(CIRCLED)} {rng.choice(lures)}")
for p in phones[:4]:
    add("phone_fullwidth", True, "".join(chr(ord(c) + 0xFEE0) for c in p) + " " + rng.choice(lures))
for cue in ["薇信", "威信", "V❤", "vx", "wx", "绿泡泡", "扣扣", "企鹅", "V信", "徽信", "ＶＸ", "微信号"]:
    ident = rng.choice(["abc_8866", "laowang1958", "happy_life66", "xyz20260", "shop_88888"])
    add("contact_cue", True, f"{cue}：{ident} {rng.choice(lures)}")
for text in ["加我薇信 领免费鸡蛋", "有需要的加我V❤", "感兴趣的加我vx", "加个威信 聊聊", "有事加我绿泡泡", "加扣扣详聊",
             "加我企鹅详谈", "想要的加我微信"]:
    add("contact_solicit", True, text)
for text in ["jia wei xin abc_8866", "jia v: laowang1958", "jiawo weixin happy_life66", "add wx shop_88888",
             "jia wo v xin 详聊", "加 wei xin 领礼品"]:
    add("pinyin", True, text)
for text in ["加\u200b我\u200b微\u200b信 领鸡蛋", "兼\u200b职\u200b日\u200b结", "1\u200b3800138000 有好东西",
             "刷\u200d单\u200d返\u200d利", "代\u2060购\u2060正品", "加\ufeff我\ufeffvx"]:
    add("zero_width", True, text)
for url in ["http://bit-cash.top/reg?id=88", "https://fuli-888.xyz", "www.yanglao-touzi.cc", "点这个 http://t.cn/A6abcd",
            "https://h5.shop-ad.vip/x", "http://lingquan.wang/7", "领红包 https://hongbao.icu", "m.tb.cn/h.Uabc123"]:
    add("link", True, url)
for text in ["www点fuli88点com 免费领", "打开 ｗｗｗ点ｌｉｎｇｑｕａｎ点ｃｎ", "网址 hongbao。com"]:
    add("link_spelled", True, text)
for url in ["https://promo-shop.top/a", "https://mp.yanglao-cash.xyz/1", "https://invest-666.cc/"]:
    add("link_card", True, "震惊！这个方法让老人多领养老金", type="url", url=url, title="震惊！多领养老金的方法")
for text in ["复制这段话￥AbCd1234Xy￥打开手机淘宝", "【淘宝】限时特价 ￥Zx98Ab76Cd￥", "$Qw12Er34Ty$ 打开拼多多领现金",
             "復制這段話€Mn45Op67Qr€打開淘寶", "【拼多多】帮我砍一刀 复制口令打开拼多多", "8.0hUq4oBxYz1:/ a 长按复制打开抖音"]:
    add("share_token", True, text)
for text, kind, title in [("个人名片", "contact_card", "保健品张经理"), ("推荐给你", "contact_card", "理财顾问小李"),
                          ("好友推荐", "contact_card", "老年鞋批发王姐"), ("快来玩", "mini_program", "天天领现金"),
                          ("帮我助力", "mini_program", "拼多多砍价"), ("打开看看", "mini_program", "免费领鸡蛋")]:
    add("card", True, text, type=kind, title=title)
for text in ["扫码进群领红包", "群号 88886666 进群免费领鸡蛋", "拉你进养生福利群", "想要福利的加群", "进我们的群 天天送红包",
             "免费进群 学赚钱", "点链接进群领取礼品", "加我进群 每天福利"]:
    add("group_invite", True, text)

# ---------------------------------------------------------------- hard negatives and ordinary talk
for text in ["可以用微信付款吗", "微信支付可以吗", "能用支付宝扫码吗", "我不会用微信付钱 谁教教我", "微信转账给店里安全吗",
             "我孙女教我用微信了", "微信怎么发语音", "加个好友吧李叔 以后方便联系", "昨天微信视频跟女儿聊天了",
             "我的微信头像换了 好看吗"]:
    add("hard_wechat_talk", False, text)
for text in ["鸡蛋今天6块8一斤", "这个38元一斤 我买了3斤", "降价了 原来128现在98", "一共花了256块",
             "两斤苹果十五块", "水果店橘子3.5元一斤", "退休金涨了120元", "买了一箱牛奶 69"]:
    add("hard_price", False, text)
for text in ["2026年11月23日 星期一", "明天下午2点半讲座", "12月3号去体检", "上午9:30在门口集合", "下周三14:00开会",
             "1958年出生的举手", "19号楼2单元801", "我家门牌号是幸福路88号", "今年78岁了 身体还好",
             "订单号 20261123001 还没到"]:
    add("hard_numbers", False, text)
for text in ["大家小心 有人冒充客服加微信骗钱", "注意防骗 陌生人让加vx的别理", "那个发兼职的是骗子 别信",
             "千万别加陌生人的微信", "我邻居被刷单骗了三千块", "举报了 那个群里发贷款广告的", "提醒大家 扫码领鸡蛋都是骗局 别上当",
             "不要加那个13800138000 是骗子"]:
    add("hard_warning", False, text)
for text in ["看看这个新闻 http://www.people.com.cn/n1/2026/1123/c1001.html",
             "新华网的报道 https://www.news.cn/politics/2026-11/23/c_1.htm", "央视新闻 https://news.cctv.com/2026/11/23/ARTI.shtml",
             "政府通知 https://www.gov.cn/zhengce/2026-11/23/content.htm"]:
    add("hard_news_link", False, text)
add("hard_news_link", False, "人民网：养老金调整", type="url", url="https://www.people.com.cn/n1/2026/1123/a.html",
    title="人民网：养老金调整")
add("hard_own_card", False, "俱乐部小程序", type="mini_program", title="金秋俱乐部活动报名")
add("hard_own_card", False, "推荐俱乐部客服", type="contact_card", title="金秋俱乐部客服小王")
for text in ["群里可以发广告吗", "群里能发链接吗", "群规是什么", "可以在群里卖东西吗", "怎么报名参加活动", "积分怎么用",
             "能开发票吗", "门店几点开门", "有人知道哪里有兼职吗 我孙子放假想找点事做", "代开证明要去哪里办",
             "保健品吃了有用吗", "会员卡怎么办", "谁有手工课的材料清单", "活动费用多少钱", "免费体检要带什么"]:
    add("hard_questions", False, text)
chat = ["早上好", "大家早", "今天天气真好", "孙子考上大学了", "中午吃的饺子", "晚安", "谢谢小王", "好的收到", "哈哈哈",
        "[玫瑰][玫瑰]", "👍👍👍", "我在公园散步", "太极拳老师教得真好", "今天讲座收获很大", "腿疼好几天了",
        "天冷了多穿点", "老李最近怎么没来", "周末去女儿家", "菜价又涨了", "我家老头子去钓鱼了", "新年快乐",
        "好久不见大家", "这个视频太好笑了", "有人一起跳广场舞吗", "今天量了血压 正常", "祝大家周末愉快",
        "辛苦了", "昨天的手工课做了个花篮", "下雨了记得带伞", "我报名了旅游 好期待", "感谢俱乐部的礼物",
        "老伴说鸡蛋很新鲜", "合唱团今天唱得真好", "我学会用手机拍视频了", "生日会好热闹", "谢谢大家的祝福",
        "明天见", "今天去医院复查了 医生说恢复得好", "孙女给我买了新手机", "这周末有什么活动", "我也想学八段锦",
        "今天签到了 领了挂面", "晚饭吃了吗", "早点休息", "大家注意保暖", "收到 谢谢提醒", "我把照片发群里了",
        "今天走了一万步", "老姐妹们好", "上午的太极拳没赶上", "门口的银杏叶黄了真好看", "今天的菜做咸了",
        "我家小狗会握手了", "王阿姨的手艺真好", "周六合唱团几点", "大家帮我看看这个字念什么", "孙子教我用微信视频",
        "今天喝了三杯水", "腰好多了 谢谢关心", "这个月的积分换了鸡蛋", "一起加油", "今天阳光真好 出来晒晒",
        "感谢小李帮我送货", "我的老花镜找到了", "下午有人打牌吗", "学会了用手机付款 真方便", "今天包了饺子",
        "好的 明天我早点去", "我们小区今天停水", "给大家拜个早年", "谢谢医生讲得这么细", "听说下周降温",
        "手工课的老师真有耐心", "我把积分用完了", "昨天看的节目真好看", "好的好的", "嗯嗯", "在吗",
        "有人吗", "大家吃了吗", "老王你的帽子落在活动室了", "明天我请假不去了", "今天人好多啊", "我到门口了",
        "车停好了 马上上来", "谁帮我占个座", "下次带孙子一起来", "我家楼下新开了个面馆", "今年的橘子特别甜"]
for text in chat:
    add("chat", False, text)
for text in ["代购的东西靠谱吗", "你们说贷款买房划算吗", "免费领取的鸡蛋在哪领", "招聘会在哪里开 我帮孙子问问",
             "返现的活动是真的吗", "公众号上的讲座通知看到了吗", "加盟店和直营店有区别吗", "网上说的神药能信吗"]:
    add("hard_questions", False, text)
more_chat = ["今天的太阳真暖和", "我们楼下的桂花开了", "昨晚没睡好", "女儿给我买了件羽绒服", "大家中秋快乐",
             "今天去菜市场买了条鱼", "晚上一起看戏吗", "我家孙子会走路了", "好的 我记下了", "吃完饭散散步",
             "刚才路上碰到张姐了", "我们一起去拍照吧", "今天的鸡蛋真新鲜", "这首歌真好听", "手机声音怎么调大",
             "我的血压降下来了", "谢谢王阿姨的饺子", "上次的照片真好看", "明天早上见", "我把伞落在车上了",
             "小区里的健身器材修好了", "今天跳了一小时舞", "孙子说周末来看我", "医生让我少吃盐", "大家都注意身体",
             "老伴做的红烧肉真香", "雨停了", "出来遛弯了", "今天气温零下了", "我学会发红包了"]
for text in more_chat:
    add("chat", False, text)

out = Path(__file__).with_name("moderation_corpus.jsonl")
out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
ads = sum(r["ad"] for r in rows)
print(f"{len(rows)} messages, {ads} ads ({ads / len(rows):.0%}) -> {out}")
