"""The paraphrase encoder (plugins/faq/paraphrase.py): what members of other groups said teaches it their words."""
from __future__ import annotations

import numpy as np

from plugins.faq import paraphrase
from plugins.faq.paraphrase import bag, batch, entry_texts, random_encoder, train

# Two groups whose members say "到家里" where the operator wrote "上门", and "什么价" where the operator wrote "收费".
CANTEEN = (["能送餐上门吗", "午饭几点开始", "一份饭怎么收费"],
           [("能把饭送到家里吗", 0), ("饭菜能送到家里不", 0), ("中午几点能吃上饭", 1), ("一顿饭什么价", 2),
            ("吃顿饭啥价钱", 2), ("今天天气真好", 3)])
REPAIRS = (["师傅能上门维修吗", "周末开门吗", "修空调怎么收费"],
           [("师傅能到家里来修吗", 0), ("能来家里帮我修一下吗", 0), ("礼拜天开不开", 1), ("修一次空调什么价", 2),
            ("修空调啥价钱", 2), ("老王在不在", 3)])
# A third group, never trained on: a barber who comes to the house.
BARBER = ["理发师能上门理发吗", "几点开门", "剪一次头发怎么收费"]


def _batch(questions: list[str], queries: list[tuple[str, int]]) -> paraphrase.Batch:
    return batch([(bag([(text, 1.0)]), label) for text, label in queries],
                 [bag(entry_texts(q, [], [], "")) for q in questions])


def _closeness(encoder: paraphrase.Encoder, text: str) -> np.ndarray:
    entries = np.stack([encoder.vector(bag(entry_texts(q, [], [], ""))) for q in BARBER])
    return entries @ encoder.vector(bag([(text, 1.0)]))


def test_words_members_use_for_the_operators_words_carry_to_a_group_never_trained_on():
    trained = train([_batch(*CANTEEN), _batch(*REPAIRS)], rounds=60)
    untrained = random_encoder()
    home, price = "能到家里来剪头发吗", "剪头发什么价"
    assert int(np.argmax(_closeness(trained, home))) == 0, _closeness(trained, home)
    assert int(np.argmax(_closeness(trained, price))) == 2, _closeness(trained, price)
    # what training added: the right entry is nearer than before, against the closest other one
    for text, right in ((home, 0), (price, 2)):
        before, after = _closeness(untrained, text), _closeness(trained, text)
        lead = [float(c[right] - np.delete(c, right).max()) for c in (before, after)]
        assert lead[1] > lead[0], (text, lead)


def test_a_table_is_written_and_read_back_the_same(tmp_path):
    encoder = random_encoder()
    encoder.write(tmp_path / "t.npz")
    again = paraphrase.Encoder.load(tmp_path / "t.npz")
    vector = bag([("能上门吗", 1.0)])
    assert np.allclose(encoder.vector(vector), again.vector(vector), atol=1e-2)
