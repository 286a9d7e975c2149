"""The fitting code behind the shipped learned layers: it learns, deterministically, and a model survives a file."""
from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from bot.events import MessageReceived
from bot.linear import Rows, class_sums, class_sums_after, fit, fit_softmax, softmax
from bot.reading_features import opening_features, worded
from bot.reading_model import KindModel, shipped

DATA = Path(__file__).parent / "data"

WORDS = [(["坏", "退款"], "complaint"), (["谢", "谢谢"], "thanks"), (["吗", "几点"], "question")] * 4


def test_a_yes_no_question_is_learned_from_its_examples_and_the_same_every_time():
    examples = [(f, label == "complaint") for f, label in WORDS]
    weights, bias = fit(examples)
    assert weights["退款"] > 0 > weights["谢谢"]
    assert (weights, bias) == fit(examples)


def test_each_class_is_likeliest_on_its_own_words_and_the_model_reads_back_from_its_file(tmp_path: Path):
    classes = ("complaint", "thanks", "question")
    weights, biases = fit_softmax(WORDS, classes)
    assert (weights, biases) == fit_softmax(WORDS, classes)
    for feats, label in WORDS[:3]:
        scores = softmax(class_sums(weights, biases, feats))
        assert classes[scores.index(max(scores))] == label and max(scores) > 0.8 and abs(sum(scores) - 1) < 1e-9
    model = KindModel(weights, biases, classes)
    model.save(tmp_path / "m.json")
    again = KindModel.load(tmp_path / "m.json")
    assert again is not None and again.scores(["退款"]).keys() == model.scores(["退款"]).keys()
    assert abs(again.scores(["退款"])[next(iter(again.kinds))] - model.scores(["退款"])[model.kinds[0]]) < 0.01


def test_a_sum_gone_on_with_from_a_kept_part_is_the_same_number_as_one_pass():
    # the reader keeps each text's sum over its words and adds the conversation's features on: the verdict must not
    # move by a bit from what one pass over all the features gives (or a message could read differently)
    weights = {f"w{n}": [0.1 * n - 0.37, 1 / (n + 3), -0.001 * n * n] for n in range(40)}
    biases = [0.013, -0.27, 1e-9]
    feats = [f"w{(7 * n) % 40}" for n in range(60)] + ["unknown"]
    for cut in (0, 1, 17, 45, len(feats)):
        kept = class_sums(weights, biases, feats[:cut])
        assert class_sums_after(kept, weights, feats[cut:]) == class_sums(weights, biases, feats)


def test_the_matrix_of_weights_sums_each_class_left_to_right_as_the_loop_does():
    # the reader's verdict is read from these sums: added in another order (pairwise), 1e16 + 1 - 1e16 + 1 ... would
    # come out another number, and a message near a floor could read as another kind
    weights = {"big": [1e16, 0.5, -3.0], "one": [1.0, 1e-17, 2.0], "minus": [-1e16, -0.5, 1e-300]}
    feats = ["big", "one", "minus", *(["one"] * 20), "unknown"]
    rows = Rows(weights, 3)
    assert rows.sums([0.0, 0.0, 0.0], feats) == class_sums(weights, [0.0, 0.0, 0.0], feats)
    assert rows.sums([0.0, 0.0, 0.0], feats)[0] == 20.0  # 1e16 + 1 is 1e16: the first 1 is lost, as in a loop
    biases = [0.013, -0.27, 1e-9]
    for cut in (0, 1, 3, len(feats)):
        kept = rows.sums(biases, feats[:cut])
        assert rows.sums(kept, feats[cut:]) == class_sums(weights, biases, feats) == class_sums_after(
            kept, weights, feats[cut:])
    assert rows.sums(biases, []) == biases and Rows({}, 3).sums(biases, ["big"]) == biases


def test_the_shipped_readers_sums_are_the_loops_to_the_last_bit_on_every_text_of_the_conversation_data():
    model = shipped()
    assert model is not None and model.operator is not None
    texts = {json.loads(line)["text"] for path in sorted(DATA.glob("conversation_*/**/*.jsonl"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}
    assert len(texts) > 5_000
    for text in sorted(texts)[::4]:  # a quarter of them, spread over the data: ~10 s
        said = worded(MessageReceived(id="m", room="r", sender="u", text=text, ts=datetime(2026, 12, 2, tzinfo=UTC)))
        for m, operator in ((model, False), (model.operator, True)):
            feats = opening_features(said, operator)
            start = m.rows.sums(m.biases, feats)
            assert start == class_sums(m.weights, m.biases, feats)
            more = [*said.shapes, *said.ends, "#quote", "#to:self", "#rules:question"]
            assert m.rows.sums(start, more) == class_sums_after(start, m.weights, more)
