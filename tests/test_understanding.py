"""The reader on labelled chat it was tuned on (a floor, so a regression fails) and on a few conversations by hand."""
from __future__ import annotations

import json
import re
from datetime import timedelta
from pathlib import Path

from bot.chinese_text import compact
from bot.conversation import Conversation
from bot.grievance import BROKEN, COMPLAINT, DISSATISFIED, MISSING, MONEY, NUISANCE, SERVICE, grievance
from bot.reading_model import CLASSES, KindModel, train
from bot.testing import message
from bot.understanding import Kind, Reader, read
from bot.understanding_eval import examples, pooled, score, train_in_context
from bot.words_alone import kind_of_words

TUNE = Path(__file__).parent / "data" / "conversation_eval" / "tune"
EXTRA = Path(__file__).parent / "data" / "conversation_train"
TUNE_KINDS = ("parents", "senior_club", "shop_customers")


def _conversations(folder: Path) -> dict[str, list[dict]]:
    return {path.stem: [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
            for path in sorted(folder.glob("*.jsonl"))}


def test_the_reader_keeps_its_figures_on_the_tune_set():
    lines = [line for part in _conversations(TUNE).values() for line in part]
    result = score(lines)
    assert result["messages"] == 415
    assert result["macro_f1"] >= 0.95  # measured 0.995 with the learned layer trained on it
    assert result["per_class"]["complaint"]["recall"] >= 0.95
    rules = score(lines, model=None)
    # the rules alone (seconds read as README says): 0.911 at session 21's end, 0.907 since reader22 made sh-1-026/027
    # chat by the README's questions-among-members rule (the rules still read 这是自己烤的吗 as a question)
    assert rules["macro_f1"] >= 0.90


def test_on_a_kind_of_group_it_never_learned_from_complaints_are_still_heard():
    """Leave one kind out: the learned layer trained on the other kinds (and the training conversations)."""
    parts = _conversations(TUNE) | _conversations(EXTRA)
    results = []
    for held in TUNE_KINDS:
        model = train([pair for name, lines in parts.items() if name != held for pair in examples(lines)])
        results.append(score(parts[held], model))
    held_out = pooled(results)
    assert held_out["macro_f1"] >= 0.89  # measured 0.901 over 27 kinds (the rules alone 0.923, written on these kinds)
    # measured 0.839 (26 of 31); 0.871 with session 7's reader on the same 27 kinds, 0.903 on the 24 before them
    assert held_out["per_class"]["complaint"]["recall"] >= 0.83
    assert len(held_out["unguarded"]) <= 3  # measured 2 of 31: complaints that could have been praised or left


def test_venting_is_chat_but_the_same_feeling_aimed_at_a_provider_is_a_complaint():
    assert grievance("作业太多了 气死我了") == ""
    assert grievance("客服一直不理人 气死了") != ""
    assert grievance("明天停水吗") == "" and grievance("停水了也不通知一声") != ""
    assert grievance("才买了两个月就不制热了") != "" and grievance("手机没电了") == ""


def test_the_complaint_lexicons_guard_finds_exactly_what_the_plain_pattern_finds():
    plain = re.compile("|".join([BROKEN, MISSING, MONEY, SERVICE, NUISANCE, DISSATISFIED]))
    texts = [line["text"] for part in _conversations(TUNE).values() for line in part if line.get("text")]
    texts += ["才买了两个月", "多了12块", "12315", "能不能换个大一号的", "牛奶已经过期了", "积分快过期了"]
    assert [bool(COMPLAINT.search(t)) for t in texts] == [bool(plain.search(t)) for t in texts]


def _talk(*lines: tuple[str, str, int, bool]) -> list:
    """Read (sender, text, seconds, operator) lines in one room, in order."""
    conversation, readings, start = Conversation(), [], message("").ts
    for n, (sender, text, seconds, operator) in enumerate(lines):
        event = message(text, sender=sender, ts=start + timedelta(seconds=seconds), id=f"m{n}")
        reading = read(event, conversation, operator=operator)
        conversation.add(reading.said(event, operator=operator))
        conversation.revise((s.id for s in reading.revises), reading.kind)
        readings.append(reading)
    return readings


def test_fragments_of_one_question_are_one_thought():
    *_, last = _talk(("u1", "刘老师", 0, False), ("u1", "今天下午", 8, False), ("u1", "还在活动中心练歌不", 20, False))
    assert last.kind is Kind.QUESTION and [s.id for s in last.revises] == ["m0", "m1"]


def test_a_member_answers_another_and_the_asker_thanks_them():
    question, answer, thanks = _talk(("u1", "自提点还在菜鸟驿站旁边吗", 0, False),
                                     ("u2", "对 就是那个烟酒店", 60, False), ("u1", "好的谢谢", 90, False))
    assert (question.kind, answer.kind, thanks.kind) == (Kind.QUESTION, Kind.ANSWER, Kind.THANKS)
    assert answer.addresses is not None and answer.addresses.id == "m0" and not answer.needs_person


def test_a_complaint_is_never_read_as_a_question_and_an_operators_reply_answers_it():
    complaint, reply = _talk(("u1", "我16号下的单到现在还没发货 说好的48小时呢", 0, False),
                             ("op1", "非常抱歉，中午前给您发出", 300, True))
    assert complaint.kind is Kind.COMPLAINT and complaint.needs_person
    assert reply.kind is Kind.ANSWER and reply.addresses is not None and reply.addresses.id == "m0"


def test_an_operators_notice_to_everyone_answers_nobody():
    _, notice = _talk(("u1", "请问几点集合", 0, False), ("op1", "各位家人们上午好，明天团购开团，六点前下单", 60, True))
    assert notice.kind is Kind.SHARING


def test_an_operator_who_names_a_member_answers_them_even_an_hour_later():
    _, reply = _talk(("u8", "我明天的车能不能改到下午", 0, False),
                     ("op1", "王大爷 您说的是明天的车改到下午对吧，我给您改到下午两点了", 3600, True))
    assert reply.kind is Kind.ANSWER and reply.addresses is not None and reply.addresses.id == "m0"


def test_a_name_and_what_they_sign_up_for_after_a_call_for_names_is_a_roll_call_line():
    *_, line, chat = _talk(("op1", "本周六茶会，要参加的在群里接龙，写上名字和想订几饼", 0, True),
                           ("u1", "张伯 两饼", 60, False), ("u2", "今天降温了 好想吃火锅", 90, False))
    assert line.kind is Kind.ACK and chat.kind is not Kind.ACK


def _sure_of(kind: str) -> KindModel:
    """A learned layer that reads every message as `kind` and never as a complaint."""
    return KindModel({}, [4.0 if c == kind else -8.0 for c in CLASSES])


def _read_with(model: KindModel | None, *lines: tuple[str, str, int]) -> list:
    conversation, readings, start = Conversation(), [], message("").ts
    for n, (sender, text, seconds) in enumerate(lines):
        event = message(text, sender=sender, ts=start + timedelta(seconds=seconds), id=f"m{n}")
        reading = read(event, conversation, model=model)
        conversation.add(reading.said(event))
        conversation.revise((s.id for s in reading.revises), reading.kind)
        readings.append(reading)
    return readings


def test_the_learned_layer_reads_every_kind_but_a_thought_in_several_lines_stays_whole():
    assert _read_with(_sure_of("question"), ("u1", "今天广场上人真多 热闹得很", 0))[0].kind is Kind.QUESTION
    *_, last = _read_with(_sure_of("smalltalk"), ("u1", "刘老师", 0), ("u1", "今天下午", 8),
                          ("u1", "还在活动中心练歌不", 20))
    assert last.kind is Kind.QUESTION and [s.id for s in last.revises] == ["m0", "m1"]


def test_a_second_takes_the_kind_of_what_it_seconds_and_needs_no_second_person():
    complaint, second = _talk(("u1", "快递到现在还没到 都一个礼拜了", 0, False), ("u2", "+1 我家也是", 40, False))
    assert complaint.kind is Kind.COMPLAINT and complaint.needs_person
    assert second.kind is Kind.COMPLAINT and not second.needs_person and second.addresses is not None


def test_when_the_learned_layer_hears_a_complaint_the_lines_before_it_are_read_as_that_complaint():
    hears = KindModel({"两样": [12.0 if c == "complaint" else 0.0 for c in CLASSES]},
                      [-6.0 if c == "smalltalk" else -8.0 for c in CLASSES])
    *_, last = _read_with(hears, ("u1", "老周", 0), ("u1", "这次补发的那个肉桂", 10),
                          ("u1", "味道跟上次的完全两样", 20))
    assert last.kind is Kind.COMPLAINT and [s.id for s in last.revises] == ["m0", "m1"]


def test_a_plain_question_is_not_taken_for_a_complaint_but_a_fault_is():
    (question,) = _talk(("u1", "这个怎么弄啊？", 0, False))
    (fault,) = _talk(("u1", "才买了两个月就不制热了 你们怎么回事", 0, False))
    assert question.kind is Kind.QUESTION and fault.kind is Kind.COMPLAINT


def test_a_private_chat_quiet_for_a_day_is_forgotten_so_memory_does_not_grow_with_everyone_ever_met():
    reader, start = Reader(), message("").ts
    for day in range(3):
        for n in range(200):  # 200 new people write to the bot privately each day
            when = start + timedelta(days=day, minutes=n)
            reader.take(message("在吗", sender=f"d{day}-{n}", room=None, ts=when, id=f"m{day}-{n}"), operator=False)
    assert len(reader.conversations) <= 400  # today's and yesterday's, never all 600
    assert "private:d2-0" in reader.conversations and "private:d0-0" not in reader.conversations


def test_a_grievance_the_rules_heard_said_to_someone_by_name_stays_a_complaint_when_the_layer_leans_to_a_request():
    leans = KindModel({}, [0.6 if c == "request" else 0.0 if c == "complaint" else -8.0 for c in CLASSES])
    (heard,) = _read_with(leans, ("u1", "马老师 公园那个音箱太小声了 后面站的根本听不到口令", 0))
    (asked,) = _read_with(leans, ("u1", "马老师 明天能帮我们带个音箱吗", 0))
    assert heard.kind is Kind.COMPLAINT and heard.needs_person  # the operator is alerted, not just asked
    assert asked.kind is Kind.REQUEST


def test_a_question_beside_a_greeting_is_a_question_but_a_social_one_is_still_a_greeting():
    asks = [_talk(("u1", text, 0, False))[0] for text in ("早上好，请问今天驿站中午吃什么？", "您好，请问药房几点开门")]
    assert all(r.kind is Kind.QUESTION and r.needs_person for r in asks)
    greets = [_talk(("u1", text, 0, False))[0] for text in ("大家早上好，吃了吗", "欢迎安安🎉 有什么问题随时找我")]
    assert all(r.kind is Kind.GREETING and not r.needs_person for r in greets)


def test_questions_typed_without_a_question_mark_or_ma_are_heard_as_questions():
    """Members over sixty ask without 吗 or ？: an either-or, 不 closing a clause, 了没, 几 and a measure."""
    for text in ("模拟是上午还是下午 我下午要接孙子", "十渡那边要门票不 我有老年卡", "下礼拜排练时间改了没",
                 "打胰岛素的针头能用几回啊 我都用一个礼拜了", "伤口的钉子是要回来拆还是在社区医院拆就行"):
        assert kind_of_words(text, compact(text))[0] is Kind.QUESTION, text
    for text in ("冬天还是空调暖和 我家暖气不太行", "我也不 我家那口子也不去", "有 拼多多也有 几块钱一包",
                 "这么贵 我还是自己爬吧"):
        assert kind_of_words(text, compact(text))[0] is not Kind.QUESTION, text
    asked, answer = _talk(("u1", "周三要交团费不 我好带上", 0, False), ("u2", "要交 一人五十", 50, False))
    assert asked.kind is Kind.QUESTION and asked.needs_person
    assert answer.kind is Kind.ANSWER and answer.addresses is not None and answer.addresses.id == "m0"


def test_a_member_who_calls_the_operator_first_and_types_the_matter_minutes_later_said_one_thing():
    """"刘主任" … three minutes of typing … the complaint: the call is part of it (the operator is told it whole);
    a line of chat the same minutes before is not, nor a call longer ago than members take to type."""
    complaint = "你们上礼拜送的橙子烂了三个 这叫新鲜？？"
    for opener in ("刘主任", "小周啊", "我说个事哈", "小韩 我跟你说个事", "有个事想跟你们反映一下", "你们卖的那个"):
        call, said = _read_with(None, ("u1", opener, 0), ("u1", complaint, 170))
        assert said.kind is Kind.COMPLAINT and said.thought and said.addresses is not None \
            and said.addresses.id == "m0", opener  # "我说个事哈" is read as the complaint's opening already
        assert call.kind is Kind.COMPLAINT or [s.id for s in said.revises] == ["m0"], opener
    for lines in ((("u1", "今天真冷啊", 0), ("u1", complaint, 170)),
                  (("u1", "刘主任", 0), ("u1", complaint, 900)),
                  (("u1", "刘主任", 0), ("u2", "早上好", 60), ("u1", complaint, 170)),
                  (("u1", "谢谢老师", 0), ("u1", complaint, 170)), (("u1", "好的姐", 0), ("u1", complaint, 60)),
                  (("u1", "👍", 0), ("u1", complaint, 60))):
        *_, said = _read_with(None, *lines)
        assert said.kind is Kind.COMPLAINT and not said.revises, lines


def test_a_model_trained_on_one_file_learns_from_that_file():
    """`qunbot understanding train one.jsonl`: with no second file to read context with, the rules' context is used;
    the model is not left with its biases alone."""
    lines = [json.loads(line) for line in Path("tests/data/conversation_eval/tune/parents.jsonl")
             .read_text(encoding="utf-8").splitlines() if line.strip()]
    learned = train_in_context([lines])
    assert learned._data() == train(examples(lines), examples(lines, operators=True))._data()
