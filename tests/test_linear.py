"""The fitting code behind the shipped learned layers: it learns, deterministically, and a model survives a file."""
from __future__ import annotations

from pathlib import Path

from bot.linear import class_sums, class_sums_after, fit, fit_softmax, softmax
from bot.reading_model import KindModel

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
