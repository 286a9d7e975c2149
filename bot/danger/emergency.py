"""Emergencies: a person in danger now (trapped, fallen, unconscious, gas, fire, flooding, lost), for every plugin.

Read from the member's words alone, as a good 社群运营 would on first sight: a danger named (困在电梯里,
摔倒了起不来, 叫不醒, 煤气味, 着火了, 水漫上来了, 走丢了) and nothing that puts it elsewhere than here and
now: the past (昨天电梯把我关了半小时), a forwarded article or notice (转：…, 【通知】), advice
(冬天注意防滑，摔倒了别急着起身), a question about rules (楼道充电会着火吗), a joke (救命😂), or a danger
over (人没事, 里面没人). A sign that it is happening now (救命, 快来人, 急, 还在, 怎么办, 120) outweighs a
time word: 凌晨摔在厕所里了 起不来 is tonight, not the past.

Misses cost more than false alarms, but a false alarm at 3 a.m. wakes an operator: where a danger is named plainly
(被困电梯, 叫不醒, 着火了) it is read as one unless a marker puts it elsewhere; a weaker word (摔了, 头晕, 不见了) needs
a sign of now or of harm beside it. Away from home the same kinds of signal hold (someone in the water, pinned under
something, fallen into a pit, lost on a hill, a hill fire), each with its own safety step. The body's dangers of a
long illness or winter (bot.danger.body_danger), a body losing its heat (bot.danger.cold), a crowd crush
(bot.danger.crowd), a scam going on now (bot.danger.scam) and the welfare check of an old person nobody can reach
(bot.danger.welfare_check) are read in their own modules; the words themselves are bot.danger.danger_words and
bot.danger.elsewhere_words. Measured on tests/data/emergency_eval (bench/RESULTS.md, urgent15, emergency17, emend17,
emergency18).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from bot import dialect
from bot.chinese_text import compact, simplify
from bot.danger import danger_words as dw
from bot.danger import despair, emergency_model, scam, welfare_check
from bot.danger import elsewhere_words as ew
from bot.danger.body_now import ASKS_IF_SERIOUS, EASED
from bot.danger.child_at_risk import KINDS as CHILD_AT_RISK  # a child touched by a grown-up: kept private
from bot.danger.fire_signs import COOKS_SMOKE, KITCHEN_CRAFT  # a cook's flame (油烧到冒烟 泼辣子): no fire
from bot.danger.kinds import ORDER, READINGS, STILL_WARNS  # the kinds read plainly and their order
from bot.danger.lost_words import LOST_CALM, LOST_HARM, LOST_OUTDOORS  # the words around a person lost
from bot.danger.lures import lure  # a lure for ID and bank cards posted to everyone
from bot.danger.out_of_sight import CALLED_IN_VAIN
from bot.danger.quiet_signs import GUMS_ONLY, HIDDEN_HARM, LOOKS_FINE, going_on
from bot.danger.said_otherwise import ANIMAL_GONE, FIGURE, NOW_AGAIN, ONE_STING, SELF_DISMISSED, SMALL_FALL
from bot.danger.said_otherwise import PAST as PAST_DAY
from bot.danger.shut_in import shut_in
from bot.danger.threat_to_die import IF_I, OWN_PLAN
from bot.danger.urgent_signs import PASSED
from bot.literals import Candidates, guarded
from bot.memo import per_text


@dataclass(frozen=True, slots=True)
class Danger:
    """A person in danger now: which kind (for the standard safety step) and the words that said so."""

    # fire | wildfire | gas | water | pinned | locked_car (a child left in a car) | trapped | poison | unwell
    # | bleeding | flood (a burst pipe) | rising_water (a storm, a garage, a stalled bus) | power_alone | fall | lost
    # | astray (lost outdoors) | overdue (not back from a hill)
    # | unreachable | calling (someone heard calling for help) | choking | stroke | coughing_blood | swallowed
    # | head_injury | food_poisoning (bot.danger.sudden_illness) | bullied (bot.danger.bullying)
    # | child_hurt (a child beaten at home says so) | child_beaten (a grown-up tells of it)
    # | violence (bot.danger.violence) | assault (strangers beating someone: bot.danger.violence)
    # | armed (a weapon and a threat to kill: bot.danger.violence)
    # | shut_in (someone shut in after a farewell: bot.danger.shut_in)
    # | violence_told (someone beaten at home, told by a witness: bot.danger.violence) | scam_more (bot.danger.scam)
    # | scam_lure (a lure for ID and bank cards posted to everyone: bot.danger.lures)
    # | seizure | oil_fire | pesticide | self_injury | transplant (bot.danger.first_aid)
    # | pit_air (someone fallen in a pit's foul air: bot.danger.hazards)
    # | child_abused (bot.danger.child_at_risk)
    # | sting | snakebite (bot.danger.stings) | potassium | fistula (bot.danger.kidney) | tide
    # | at_sea (bot.danger.at_sea)
    # | cold (bot.danger.cold) | crush (bot.danger.crowd)
    # | mine | collapse (bot.danger.disaster) | shooting (bot.danger.hiding)
    # | double_dose | chest_pain (bot.danger.body_now) | threat_to_die (bot.danger.threat_to_die)
    # | road_crash | wound_bleeding | drug_level | medicine_out | eye_dark
    # | eye_chemical (bot.danger.grave_signs) | belly | burn | ear_hit | pain_crisis
    # | last_days (bot.danger.kinds, bot.danger.bedside) | confusion | thinner_bleeding (bot.danger.quiet_signs)
    # | sugar_dose | foot_wound (bot.danger.diabetes)
    kind: str
    words: str
    lift: bool = False  # a lift: stay calm, press the alarm button, do not force the door
    pieces: str = ""  # the member's lines read together, when it was typed in several (摔了 / 起不来 / 腿疼)


# the plain readings (bot.danger.kinds): the everyday kinds, the body's, a scam going on now, the signs of a danger
_PLAIN = [(kind, re.compile(pattern)) for kind, pattern in READINGS]
_WEAK = [(kind, re.compile(pattern)) for kind, pattern in dw.WEAK.items()]
_THING_DROPPED = re.compile(dw.THING_DROPPED)
# most messages hold none of the strings these need: one pass finds which could match at all (bot.literals)
_MAYBE = Candidates(pattern for _, pattern in [*_PLAIN, *_WEAK])
_PLAIN_AT = list(enumerate(_PLAIN))
_WEAK_AT = list(enumerate(_WEAK, start=len(_PLAIN)))
_HARM, _NOW, _PAST, _ELSEWHERE = (  # long lists most texts hold none of: behind a guard (bot.literals)
    guarded(p) for p in (dw.HARM, dw.NOW, ew.PAST, f"{ew.ARTICLE}|{ew.JOKE}|{ew.SAFE}|{ew.NOT_A_PERSON}"))
_FAINT_FIGURE = re.compile(ew.FAINT_FIGURE)
# the learned layer's `elsewhere` signal as it was trained (a faint's figure among the jokes)
_ELSEWHERE_SIGNAL = guarded(f"{ew.ARTICLE}|{ew.JOKE}|{ew.FAINT_FIGURE}|{ew.SAFE}|{ew.NOT_A_PERSON}")
_ADVICE, _ASKS_RULES, _ASKS_FIRST_AID, _LIFT = (
    re.compile(p) for p in (ew.ADVICE, ew.ASKS_RULES, ew.ASKS_FIRST_AID, dw.LIFT))
_LOST_CALM, _LOST_OUTDOORS, _CALLING, _SMOKING, _PAST_FOR_SURE, _PLEA, _BACKGROUND = (
    re.compile(p) for p in (LOST_CALM, LOST_OUTDOORS, dw.CALLING, dw.SMOKING, ew.PAST_FOR_SURE, ew.PLEA,
                            ew.BACKGROUND))
_PLAYING, _LOST_HARM = (re.compile(p) for p in (dw.PLAYING, LOST_HARM))
_PIPE, _UNDERSTATED, _KITCHEN_CRAFT = re.compile(dw.PIPE), re.compile(ew.UNDERSTATED), re.compile(KITCHEN_CRAFT)
_COOKS_SMOKE = re.compile(COOKS_SMOKE)
_DECIMAL_POINT = re.compile(r"(?<=\d)[.．](?=\d)")  # punctuation to compact(): a figure kept whole
# water from outside (a storm, a river, a garage or a road), not a bathroom's or a kitchen's
_STORM_WATER = re.compile(r"车库|地下|负一|暴雨|大雨|下雨|雨水|河|江|山洪|上游|放水|沙洲|路上|马路|车里|车子|车门|车窗|"
                          r"公交|通道|隧道|桥洞|涵洞|院子|村里|涨水|洪水")
_OLD_OR_ALONE = re.compile(f"{dw.FAMILY}|{welfare_check.ALONE_WORDS}")  # a welfare check is for the old or frail


def despairing(text: str, *, cached: bool = True) -> Danger | None:
    """Words of despair or self-harm (bot.danger.despair, its own reading): a danger to life."""
    words = despair.despair(text) if cached else despair.despair.__wrapped__(text)
    return None if words is None else Danger("despair", words)


def signals(text: str) -> list[str]:
    """The rules' signals in a message, as names for the learned layer (bot.danger.emergency_model)."""
    return _signals(in_mandarin(text))


def _signals(text: str) -> list[str]:
    """`signals` of a message already as the emergency reading reads it (`in_mandarin`)."""
    words = compact(text)
    found = [f"plain:{kind}" for kind, pattern in _PLAIN if pattern.search(words)]
    found += [f"weak:{kind}" for kind, pattern in _WEAK if pattern.search(words)]
    named = {"now": _NOW, "harm": _HARM, "past": _PAST, "advice": _ADVICE, "asks": _ASKS_RULES,
             "elsewhere": _ELSEWHERE_SIGNAL, "lost_calm": _LOST_CALM, "unreachable": welfare_check.UNREACHABLE,
             "trouble": welfare_check.TROUBLE, "calm": welfare_check.CALM, "family": _OLD_OR_ALONE,
             "lost_outdoors": _LOST_OUTDOORS, "lost_harm": _LOST_HARM,
             "calling": _CALLING, "smoking": _SMOKING, "past_for_sure": _PAST_FOR_SURE}
    return found + [name for name, pattern in named.items() if pattern.search(text)]


def pleads(text: str) -> bool:
    """A sign that something is happening now (快来人, 还在, 救命, 怎么办, !!): after an emergency, a plea."""
    return _NOW.search(simplify(text)) is not None


def in_mandarin(text: str) -> str:
    """The message as the emergency reading reads it: simplified, its dialect's danger words in Mandarin
    (阿婆跌亲 流好多血: 阿婆摔伤了 流好多血), for the safety step that fits (a fall, a car in water)."""
    return _DECIMAL_POINT.sub("点", dialect.danger_in_mandarin(simplify(text)))  # 血糖3.1: 3点1, never 31


def emergency(text: str) -> Danger | None:
    """The danger to a person now that `text` reports, or None (past, article, advice, a rule question, a joke)."""
    said = in_mandarin(text)  # 话今晚饮埋啲农药: 说今晚喝埋些农药
    if despair.act(said) is not None:  # 我吃了一瓶安眠药 头好晕: the act is the danger, whatever else is read
        return despairing(said)
    if (door := shut_in(said)) is not None:
        return Danger("shut_in", door)  # 留了张纸条说对不起爸妈 敲门也不开: get in now, never "别硬撬门"
    if (bait := lure(compact(said))) is not None:  # 【通知】…点链接填身份证和银行卡: its dress is a notice's
        return Danger("scam_lure", bait)
    found = read(text, emergency_model.shipped())
    if found is not None and found.kind == "poison" and (plan := OWN_PLAN.search(compact(said))):
        return Danger("despair", plan.group(0))  # 我要去他单位门口喝农药: a plan told, not a poison swallowed
    # 说不活了 … 电话不接, 话今晚饮埋啲农药: the despair step, not a welfare check's or the learned layer's guess
    if found is None or found.kind == "unreachable" or read(text, None) is None:
        return despairing(said) or found
    return found


@per_text
def read(text: str, model: emergency_model.Model | None) -> Danger | None:
    """`emergency` with a given learned layer (None: the rules alone)."""
    return reading(in_mandarin(text), model)  # 對面樓着火了 is read as 对面楼着火了, 佢晕咗 as 他晕倒了


def reading(text: str, model: emergency_model.Model | None) -> Danger | None:
    """`read` of a message already as the emergency reading reads it (`in_mandarin`), kept nowhere."""
    text = FIGURE.sub("|", text)  # 我要晕倒了😵, 我急得快冒烟了: a figure, while the scald beside it is still read
    words = compact(text)
    if not words:
        return None
    maybe = _MAYBE.of(words)
    found = [(kind, m.group(0)) for at, (kind, pattern) in _PLAIN_AT if at in maybe and (m := pattern.search(words))]
    if _COOKS_SMOKE.search(words):  # 油热了冒烟 赶紧下菜: a cook's smoke, no fire; flames or a thing alight still are
        found = [(kind, w) for kind, w in found if kind != "fire" or "烟" not in w or "火" in w]
    now = _NOW.search(text) is not None or NOW_AGAIN.search(words) is not None
    ill_then_silent = welfare_check.ILL_THEN_SILENT.search(words) is not None
    if not found and (_OLD_OR_ALONE.search(words) or ill_then_silent or welfare_check.unseen_for_days(words)) and (
            welfare := welfare_check.unreachable(words)):
        found.append(("unreachable", welfare))
        now = now or ill_then_silent  # 说头疼得要命 后来就不回了 敲门没动静: the silence lasts, 后来 tells no past
        # 这几天没见她出门 is a sign of now, not a time word that puts it in the past
        text = welfare_check.TROUBLE.sub("", text)
    if not found:
        for at, (kind, pattern) in _WEAK_AT:
            if at not in maybe or kind == "bleeding" and GUMS_ONLY.search(words):
                continue  # 吃阿司匹林 刷牙牙龈出血 正常吗: the clinic's (quiet_signs, code review 25, finding 10)
            rest = words[:m.start()] + "|" + words[m.end():] if (m := pattern.search(words)) else ""
            if m and (now or _HARM.search(rest) or (kind == "lost" and _LOST_HARM.search(rest))):
                found.append((kind, m.group(0)))  # a harm other than the weak word itself (摔了 + 起不来)
        if not found and (m := _LOST_OUTDOORS.search(words)) and _LOST_HARM.search(words):
            found.append(("lost", m.group(0)))  # 我妈跟丢了 … 她不会英语 手机也没带: a person who cannot find us
        if not found and (m := _LOST_OUTDOORS.search(words)) and _HARM.search(words):
            found.append(("astray", m.group(0)))
        if not found and (late := welfare_check.overdue(words)):
            found.append(("overdue", late))  # 老周还没下山 天都黑了: a welfare check of its own
        if not found and (m := _CALLING.search(words)):
            found.append(("calling", m.group(0)))
    if not found and model is not None and not _THING_DROPPED.search(words) and (
            wide := emergency_model.candidate(words)) is not None:  # 孩子的球掉到河里了: a thing, not a child
        if model.score(emergency_model.features(words, _signals(text))) >= model.threshold and not (
                wide[0] == "fire" and _KITCHEN_CRAFT.search(words)):  # 油烧到冒烟 泼辣子: a cook's flame
            found.append(wide)  # told otherwise than the rules know (楼顶冒火了, 叫他没反应 身上冰凉的)
    if not found:
        return None
    # 不然封店 is a fraud's threat, not 不然 supposing; beside a fire or gas, 不然罚款 is a notice's rule (不然 kept)
    scams_only = all(kind.startswith("scam") for kind, _ in found)
    text = scam.FRAUDS_WORDS.sub("|", text) if scams_only else text  # 不然封店, 病就好了: a fraud's story
    said = _UNDERSTATED.sub("|", text)  # 他还说不要紧: the patient's own word, not a danger over
    said = IF_I.sub("|", said) if any(kind == "threat_to_die" for kind, _ in found) else said  # 要是我出去了他就…
    said = SELF_DISMISSED.sub("|", said)  # 缓一缓就好了, 撑到交班就行: the patient's own too
    said = ASKS_IF_SERIOUS.sub("|", said)  # 要不要紧 asks; 刚才胸口疼得厉害 现在好点了: no pain over
    said = EASED.sub("|", said) if any(kind == "chest_pain" for kind, _ in found) else said
    said = PASSED.sub("|", said) if any(kind in STILL_WARNS for kind, _ in found) else said  # 又好了: still a warning
    said = LOOKS_FINE.sub("|", said) if any(kind in HIDDEN_HARM for kind, _ in found) else said  # 吞了电池 看着没事
    elsewhere = _ELSEWHERE.search(said)
    if elsewhere or (_FAINT_FIGURE.search(said) and not _HARM.search(_FAINT_FIGURE.sub("|", said))):
        return None
    if ONE_STING.search(compact(said)) or (
            all(kind == "lost" for kind, _ in found) and ANIMAL_GONE.search(compact(said))) or (
            all(kind == "fall" for kind, _ in found) and SMALL_FALL.search(compact(said))):
        return None  # one sting on a finger asked about; a dog run off; a wrist that swells after a fall, asked about
    if _SMOKING.search(text) and all(kind != "gas" for kind, _ in found):
        return None
    if _PAST_FOR_SURE.search(text) and not _PLEA.search(text):
        return None
    told = _BACKGROUND.sub("|", SELF_DISMISSED.sub("|", text))
    # a child touched by a grown-up (老是摸她, 最近): at risk as long as he is near her, however long it has gone on
    lasting = any(kind in CHILD_AT_RISK or going_on(kind, words) for kind, _ in found)  # 出院后一直说胡话
    asks_rules = _ASKS_RULES.search(told) and not _ASKS_FIRST_AID.search(told)
    if not now and not lasting and (_PAST.search(told) or _ADVICE.search(told) or asks_rules
                                    or PAST_DAY.search(told)):
        return None
    if any(kind == "lost" for kind, _ in found):  # 进了玉米地 喊也不应: the search's calls, not a body's silence
        found = [(kind, w) for kind, w in found if not (kind == "unwell" and CALLED_IN_VAIN.fullmatch(w))] or found
    kind, said = min(found, key=lambda f: ORDER.index(f[0]))
    if kind == "calling" and _PLAYING.search(text):
        return None  # 外面有人在喊救命 好像是小孩在玩游戏
    if (kind in ("lost", "astray", "overdue", "tide", "at_sea") and not now and _LOST_CALM.search(text)
            and not (kind == "lost" and _LOST_HARM.search(text))):
        return None  # 我儿子还没回家，在同学家写作业: the reason is given; 有点糊涂 … 可能去河边了 is a guess, not one
    if kind == "flood" and not _PIPE.search(words) and _STORM_WATER.search(words):
        kind = "rising_water"  # 地下车库进水了 还在涨: get up and out, not 关总水阀; 卫生间水漫出来了 stays a flood
    return Danger(kind, said, lift=kind == "trapped" and _LIFT.search(words) is not None)
