"""A busy operator's day as chat events (chat-events.md), with the config data to match; seeded, reproducible.

python bench/workload.py OUT_DIR [--rooms 50] [--members 200] [--messages-per-room 400] [--keywords 2000]
                                 [--faq-entries 200] [--seed 7]
writes OUT_DIR/events.jsonl, config.yaml, faq.yaml, ad_keywords.txt.
"""
from __future__ import annotations

import argparse
import json
import random
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
CHAT = ["早上好", "大家好", "今天天气真好", "孙子放假回来了", "中午吃的饺子", "晚安", "谢谢小王", "哈哈哈", "今天讲座收获很大",
        "我在公园散步", "腿疼好几天了", "天冷了大家多穿点", "老李最近怎么没来", "周末去女儿家", "菜价又涨了", "我家老头子去钓鱼了",
        "这个视频太好笑了", "今天量了血压 正常", "昨天的手工课做了个花篮", "下雨了记得带伞", "我报名了旅游 好期待",
        "合唱团今天唱得真好", "我学会用手机拍视频了", "今天走了一万步", "门口的银杏叶黄了真好看", "王阿姨的手艺真好",
        "孙子教我用微信视频", "今天签到了 领了挂面", "老姐妹们好", "感谢俱乐部的礼物", "明天见", "生日会好热闹"]
PEOPLE = ["老李", "王阿姨", "张姐", "小孙", "刘叔", "赵大姐", "孙子", "外孙女", "老伴", "邻居", "老同学", "女儿", "儿媳"]
PLACES = ["公园", "菜市场", "社区活动室", "女儿家", "老年大学", "超市", "医院", "门店", "广场", "湖边", "老家"]
FOODS = ["饺子", "面条", "包子", "红烧肉", "小米粥", "馄饨", "鸡汤", "韭菜盒子", "饺子馅", "汤圆", "烙饼", "鱼"]
FEELINGS = ["真好", "太开心了", "有点累", "挺好的", "不错", "好热闹", "收获很大", "舒服多了", "真香", "想大家了"]
TAILS = ["", "", "", "！", "~", "😄", "👍", "🌹", "🙏", "[玫瑰]", "[强]", "哈哈", "呀", "啊"]
CHAT_SHAPES = ["{time}好{tail}", "今天在{place}{feel}{tail}", "{who}今天做了{food}{tail}", "中午吃的{food}，{feel}{tail}",
               "我在{place}，{feel}{tail}", "今天走了{steps}步{tail}", "量了血压{high}/{low}，正常{tail}",
               "{who}最近怎么没来{tail}", "{weather}了，大家{care}{tail}", "{who}教我{skill}{tail}",
               "{day}去{place}{tail}", "谢谢{who}{tail}", "{who}的{food}做得{feel}{tail}", "{day}的活动我报名了{tail}"]
ADS = ["加我薇信 1 3 8 0 0 1 3 8 0 0 0 领免费鸡蛋", "在家兼职日结三百 有意者私聊", "扣扣：壹叁捌零零幺叁捌零零零",
       "复制这段话￥AbCd1234Xy￥打开手机淘宝", "扫码进群领红包", "jia wei xin abc_8866 送保健品", "代購 正品保證 V❤:shop_888",
       "点这个 http://fuli-888.xyz 领养老金", "刷 单 返 利 日 赚 五 百"]
AD_SHAPES = ["加我{wx} {spaced} 领免费{gift}", "{wx}：{big} 送{gift}", "扣扣：{big}", "复制这段话￥{token}￥打开手机淘宝",
             "jia wei xin {handle} 送{gift}", "代購 正品保證 V❤:{handle}", "点这个 http://{site}.xyz 领{gift}",
             "在家兼职日结{money} 有意者私聊", "刷 单 返 利 日 赚 {money}", "{gift}免费领，加{wx}{phone}"]
QUESTIONS = ["积分怎么用啊", "请问活动怎么报名", "门店几点开门", "讲座有回放吗", "能开发票吗", "会员卡怎么办", "可以送货上门吗",
             "太极拳什么时候上课", "旅游活动去哪里", "生日礼怎么领", "怎么退货", "停车方便吗"]
ASK = ["", "", "请问", "请问一下", "那个", "我想问下", "小王，", "问一下"]
ASK_END = ["", "", "？", "?", "啊", "呢", "呀？"]
ANSWERS = ["好的{name}，马上给您查", "{name}说得对！", "收到，稍等我看一下", "明天上午就能送到", "对的，周三下午两点半",
           "{name}您好，已经帮您登记了", "{name}放心，我们安排好了"]


def _chat(rng: random.Random) -> str:
    """Ordinary chat: a fixed line now and then, mostly lines made from parts, so few are exactly alike."""
    if rng.random() < 0.25:
        return rng.choice(CHAT)
    return rng.choice(CHAT_SHAPES).format(
        time=rng.choice(["早上", "中午", "下午", "晚上"]), place=rng.choice(PLACES), feel=rng.choice(FEELINGS),
        who=rng.choice(PEOPLE), food=rng.choice(FOODS), tail=rng.choice(TAILS), steps=rng.randint(3000, 15000),
        high=rng.randint(110, 150), low=rng.randint(65, 95), weather=rng.choice(["降温", "下雨", "起风", "出太阳"]),
        care=rng.choice(["多穿点", "记得带伞", "注意身体", "出门慢点"]), day=rng.choice(["明天", "周末", "下周三", "后天"]),
        skill=rng.choice(["用手机拍视频", "发语音", "视频通话", "扫码付款", "抢红包"]))


def _ad(rng: random.Random) -> str:
    """An ad with evasions: spaced and Chinese digits, homophones, pinyin, share tokens, odd links."""
    if rng.random() < 0.2:
        return rng.choice(ADS)
    digits = "1" + rng.choice("3456789") + "".join(rng.choice("0123456789") for _ in range(9))  # a mobile number
    return rng.choice(AD_SHAPES).format(
        wx=rng.choice(["薇信", "威信", "V信", "vx", "微"]), spaced=" ".join(digits), phone=digits,
        big=digits.translate(str.maketrans("0123456789", "零壹贰叁肆伍陆柒捌玖")),
        gift=rng.choice(["鸡蛋", "保健品", "红包", "养老金", "挂面"]),
        token="".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789") for _ in range(10)),
        handle=f"{rng.choice(['shop', 'abc', 'vip', 'fuli'])}_{rng.randint(100, 9999)}",
        site=f"fuli-{rng.randint(100, 999)}", money=rng.choice(["三百", "五百", "八百", "两千"]))


def _question(rng: random.Random, faq: list[dict]) -> str:
    """A question as members ask it: a shipped FAQ question or one about a generated entry, with fillers."""
    if rng.random() < 0.5:
        core = rng.choice(QUESTIONS)
    else:
        entry = rng.choice(faq)
        topic, aspect = (rng.choice(str(group).split("/")) for group in (entry["keywords"][0], entry["keywords"][-1]))
        core = f"{topic}{aspect}"
    return f"{rng.choice(ASK)}{core}{rng.choice(ASK_END)}"


def faq_entries(count: int, rng: random.Random) -> list[dict]:
    """The shipped FAQ's entries, then generated ones up to `count` (distinct topics, same shape)."""
    from ruamel.yaml import YAML
    base = YAML(typ="safe").load((ROOT / "faq.yaml").read_text(encoding="utf-8"))["entries"]
    topics = "茶叶 鸡蛋 挂面 牛奶 大米 食用油 老花镜 拐杖 血压计 血糖仪 按摩椅 足浴盆 保温杯 围巾 手套 棉鞋 雨伞 台历 春联 月饼".split()
    aspects = [("价格/多少钱/贵不贵", "价格"), ("有货/还有吗/到货", "库存"), ("保修/坏了/维修", "保修"), ("怎么用/用法/说明书", "用法"),
               ("送货/配送/送到家", "配送")]
    entries = list(base)
    n = 0
    while len(entries) < count:
        topic, (words, name) = topics[n % len(topics)] + (str(n // len(topics)) if n >= len(topics) else ""), \
            aspects[(n // len(topics)) % len(aspects)]
        entries.append({"id": f"gen-{n}", "question": f"{topic}{name}怎么样？", "keywords": [topic, *words.split("/")],
                        "answer": f"{topic}的{name}请咨询前台。"})
        n += 1
    return entries[:count]


def keywords(count: int, rng: random.Random) -> list[str]:
    """The shipped ad phrases, then generated distinct phrases up to `count`."""
    base = [ln.strip() for ln in (ROOT / "ad_keywords.txt").read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")]
    chars = "赚钱返利代理兼职加盟投资理财贷款秒批免息优惠特价秘方神药包邮批发招商直播带货"
    out, seen = list(base), set(base)
    while len(out) < count:
        phrase = "".join(rng.choice(chars) for _ in range(rng.randint(3, 5)))
        if phrase not in seen:
            seen.add(phrase)
            out.append(phrase)
    return out[:count]


def events(rooms: int, members: int, per_room: int, rng: random.Random, faq: list[dict]) -> list[dict]:
    """A day of chat: bursts, joins, ~5% ads, ~10% FAQ questions, operators answering ~30% within 30 s to 5 min."""
    tz = ZoneInfo("Asia/Shanghai")
    day = datetime(2026, 11, 23, 7, 0, tzinfo=tz)
    out: list[tuple[datetime, dict]] = []
    n = 0
    for r in range(rooms):
        room, topic = f"room{r}", f"金秋俱乐部{r + 1}群"
        people = [(f"r{r}m{i}", f"会员{r}-{i}") for i in range(members)]
        t = day + timedelta(seconds=rng.randint(0, 600))
        for _ in range(per_room):
            t += timedelta(seconds=rng.expovariate(1 / 90) if rng.random() > 0.3 else rng.uniform(1, 8))
            if t.hour >= 22:
                break
            n += 1
            if rng.random() < 0.02:
                pid, name = f"new{r}-{n}", f"新朋友{n}"
                out.append((t, {"id": f"e{n}", "kind": "join", "room": room, "room_topic": topic,
                                "members": [{"id": pid, "name": name}], "inviter": people[0][0]}))
                continue
            pid, name = rng.choice(people)
            roll = rng.random()
            text = _ad(rng) if roll < 0.05 else _question(rng, faq) if roll < 0.15 else _chat(rng)
            out.append((t, {"id": f"e{n}", "kind": "message", "room": room, "room_topic": topic, "sender": pid,
                            "sender_name": name, "type": "text", "text": text}))
            if roll >= 0.05 and rng.random() < 0.3:
                n += 1
                answer_at = t + timedelta(seconds=rng.uniform(30, 300))
                out.append((answer_at, {"id": f"e{n}", "kind": "message", "room": room, "room_topic": topic,
                                        "sender": "op1", "sender_name": "小王", "type": "text",
                                        "text": rng.choice(ANSWERS).format(name=name.split("-")[0])}))
    out.sort(key=lambda pair: pair[0])
    return [{**ev, "ts": ts.isoformat()} for ts, ev in out]


CONFIG = """bot:
  timezone: Asia/Shanghai
  owners: [boss]
  operators: [op1]
store:
  url: sqlite:///bench.db
plugins:
  moderation:
    keyword_files: [ad_keywords.txt]
  welcome: {}
  faq:
    file: faq.yaml
  nudge: {}
  posts: {}
"""


def main() -> None:
    """Write the workload folder."""
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--rooms", type=int, default=50)
    parser.add_argument("--members", type=int, default=200)
    parser.add_argument("--messages-per-room", type=int, default=400)
    parser.add_argument("--keywords", type=int, default=2000)
    parser.add_argument("--faq-entries", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    faq = faq_entries(args.faq_entries, rng)
    evs = events(args.rooms, args.members, args.messages_per_room, rng, faq)
    (args.out / "events.jsonl").write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in evs),
                                           encoding="utf-8")
    (args.out / "config.yaml").write_text(CONFIG, encoding="utf-8")
    (args.out / "ad_keywords.txt").write_text("\n".join(keywords(args.keywords, rng)) + "\n", encoding="utf-8")
    from ruamel.yaml import YAML
    yaml = YAML()
    with (args.out / "faq.yaml").open("w", encoding="utf-8") as fh:
        yaml.dump({"entries": faq}, fh)
    print(f"{len(evs)} events in {args.rooms} rooms -> {args.out}")


if __name__ == "__main__":
    main()
