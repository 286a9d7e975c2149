"""An experiment (issue 15, faq16): a small neural matcher trained at build time from the shipped FAQ data.

A dual encoder over the matcher's own features (jieba words, character pairs and characters, pinyin pairs, synonym
sets: words.features_of), hashed to the rows of a table as paraphrase.py does: a text is the sum of its features'
rows, passed through one residual tanh layer and made unit length. An entry is several texts (its question, each other
way to ask, its keywords, its answer); a message's score for an entry is the cosine with the closest of its question
texts plus a learned share of the cosine with its answer. Trained with PyTorch, per FAQ: a softmax over the FAQ's
entries and "none" (a learned score) for each labelled query, so the other entries of the same FAQ are the negatives
and near misses (queries that must get silence) push every entry away. Features are dropped at random while training
(10%) and rows are pulled towards their random start, so a FAQ's own words still count when they were never seen.

Two steps, because the project's venv has no torch and must not get it (torch only in a venv for training):

    .venv/bin/python bench/faq_encoder.py prepare OUT.pkl FOLDERS...     # hashed texts of every FAQ
    /tmp/trainvenv/bin/python bench/faq_encoder.py fit OUT.pkl ENC.npz [--without NAME,...] [--seed 16]

`fit` imports only torch and numpy; `Matcher` (numpy only) reads ENC.npz and scores a message against entries.
Seeded: the same data and seed give the same table (CPU, one thread).
"""
from __future__ import annotations

import pickle
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

BUCKETS = 1 << 15
SIZE = 64
SEED = 16
DROP = 0.1  # share of a text's features left out at each training step
PULL = 1e-4  # how strongly rows are held near their random start


def bucket(feature: str) -> int:
    """The row of a feature (CRC-32, as paraphrase.bucket)."""
    return zlib.crc32(feature.encode("utf-8")) % BUCKETS


Bag = tuple[np.ndarray, np.ndarray]  # rows, weights


def bag_of(text: str) -> Bag:
    """A text's hashed features and their weights (needs the project's venv: jieba, pypinyin)."""
    from plugins.faq.words import features_of, normalise
    found: dict[int, float] = {}
    for f, w in features_of(normalise(text)).items():
        row = bucket(f)
        found[row] = found.get(row, 0.0) + w
    return np.fromiter(found, dtype=np.int64, count=len(found)), np.fromiter(found.values(), np.float32, len(found))


def entry_views(question: str, questions: tuple[str, ...], keywords: tuple[str, ...], answer: str
                ) -> tuple[list[Bag], Bag]:
    """An entry's question texts (main question, other ways to ask, keywords) and its answer, as bags."""
    asked = [question, *questions, *((" ".join(keywords),) if keywords else ())]
    return [bag_of(t) for t in asked], bag_of(answer)


def prepare(out: Path, folders: list[Path]) -> None:
    """Every FAQ of the folders as bags: {name, entries: [(ids, views, answer)], queries: [(bag, label)]} where a
    label is the entry's position or -1 for silence."""
    from plugins.faq.train_decision import read_folders
    found = []
    for faq in read_folders(folders):
        at = {e.id: i for i, e in enumerate(faq.entries)}
        entries = [entry_views(e.question, e.questions, e.keywords, e.answer) for e in faq.entries]
        queries = [(bag_of(text), at.get(expected, -1) if expected is not None else -1)
                   for text, expected in faq.queries]
        found.append({"name": faq.name, "ids": [e.id for e in faq.entries], "entries": entries, "queries": queries})
    out.write_bytes(pickle.dumps(found))


@dataclass(frozen=True)
class Matcher:
    """The trained table and layer, numpy only: `vectors` of bags, `scores` of a message against entries."""

    rows: np.ndarray
    weight: np.ndarray
    bias: np.ndarray
    answer_share: float
    none: float
    scale: float

    def vectors(self, bags: list[Bag]) -> np.ndarray:
        """Unit vectors of bags (zeros for an empty one)."""
        raw = np.zeros((len(bags), self.rows.shape[1]), dtype=np.float32)
        for i, (at, w) in enumerate(bags):
            if len(at):
                raw[i] = w @ self.rows[at]
        h = raw + np.tanh(raw @ self.weight + self.bias)
        return h / (np.linalg.norm(h, axis=1, keepdims=True) + 1e-6)

    def entry_vectors(self, entries: list[tuple[list[Bag], Bag]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """All question texts' vectors, which entry each belongs to, and each entry's answer vector."""
        owner = np.array([i for i, (views, _) in enumerate(entries) for _ in views], dtype=np.int64)
        return (self.vectors([v for views, _ in entries for v in views]), owner,
                self.vectors([a for _, a in entries]))

    def scores(self, query: np.ndarray, asked: np.ndarray, owner: np.ndarray, answers: np.ndarray) -> np.ndarray:
        """A message vector's score for each entry: the closest question text's cosine plus a share of the answer's."""
        close = asked @ query
        best = np.full(len(answers), -2.0, dtype=np.float32)
        np.maximum.at(best, owner, close)
        return best + self.answer_share * (answers @ query)

    @classmethod
    def load(cls, path: Path) -> Matcher:
        with np.load(path, allow_pickle=False) as d:
            return cls(d["rows"].astype(np.float32), d["weight"].astype(np.float32), d["bias"].astype(np.float32),
                       float(d["answer_share"]), float(d["none"]), float(d["scale"]))


def fit(data: Path, out: Path, without: set[str], seed: int = SEED, rounds: int = 12, lr: float = 0.01,
        decay: bool = False) -> None:
    """Train on every FAQ of `data` but those `without`; write the table (float16) and the layer. With `decay` the
    rate falls linearly to nothing over the rounds (without it, the loss climbs back after round 4 at 0.01)."""
    import torch
    torch.manual_seed(seed)
    torch.set_num_threads(1)
    rng = np.random.default_rng(seed)
    faqs = [f for f in pickle.loads(data.read_bytes()) if f["name"] not in without]
    start = torch.from_numpy((rng.standard_normal((BUCKETS, SIZE)) / np.sqrt(SIZE)).astype(np.float32))
    rows = torch.nn.Parameter(start.clone())
    weight = torch.nn.Parameter(torch.zeros(SIZE, SIZE))
    bias = torch.nn.Parameter(torch.zeros(SIZE))
    answer_share = torch.nn.Parameter(torch.tensor(0.3))
    none = torch.nn.Parameter(torch.tensor(0.5))
    log_scale = torch.nn.Parameter(torch.tensor(float(np.log(10.0))))
    params = [rows, weight, bias, answer_share, none, log_scale]
    opt = torch.optim.Adam(params, lr=lr)

    def flat(bags: list[Bag]) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        at = np.concatenate([b[0] for b in bags] + [np.zeros(0, np.int64)])
        w = np.concatenate([b[1] for b in bags] + [np.zeros(0, np.float32)])
        offsets = np.cumsum([0, *(len(b[0]) for b in bags[:-1])])
        return torch.from_numpy(at), torch.from_numpy(w), torch.from_numpy(offsets.astype(np.int64))

    batches = []
    for f in faqs:
        kept = [(b, y) for b, y in f["queries"] if len(b[0])]
        if not kept:
            continue
        views = [v for vs, _ in f["entries"] for v in vs]
        owner = torch.tensor([i for i, (vs, _) in enumerate(f["entries"]) for _ in vs])
        labels = torch.tensor([y if y >= 0 else len(f["entries"]) for _, y in kept])
        batches.append((flat([b for b, _ in kept]), flat(views), owner, flat([a for _, a in f["entries"]]), labels,
                        len(f["entries"])))

    def encode(packed: tuple[torch.Tensor, torch.Tensor, torch.Tensor], train: bool) -> torch.Tensor:
        at, w, offsets = packed
        if train:
            w = w * (torch.rand(w.shape) > DROP).float()
        raw = torch.nn.functional.embedding_bag(at, rows, offsets, mode="sum", per_sample_weights=w)
        h = raw + torch.tanh(raw @ weight + bias)
        return h / (h.norm(dim=1, keepdim=True) + 1e-6)

    steps = rounds * len(batches)
    schedule = torch.optim.lr_scheduler.LambdaLR(opt, lambda step: 1.0 - step / steps if decay else 1.0)
    for r in range(rounds):
        total = 0.0
        for k in rng.permutation(len(batches)):
            queries, views, owner, answers, labels, n = batches[k]
            q, v, a = encode(queries, True), encode(views, True), encode(answers, True)
            close = q @ v.T  # queries x views
            best = torch.full((len(q), n), -2.0).scatter_reduce(
                1, owner.expand(len(q), -1), close, reduce="amax", include_self=True)
            score = best + answer_share * (q @ a.T)
            logits = torch.cat([log_scale.exp() * score, none.expand(len(q), 1)], dim=1)
            loss = torch.nn.functional.cross_entropy(logits, labels)
            used = torch.unique(torch.cat([queries[0], views[0], answers[0]]))
            loss = loss + PULL * ((rows[used] - start[used]) ** 2).sum()
            opt.zero_grad()
            loss.backward()
            opt.step()
            schedule.step()
            total += float(loss.detach())
        print(f"round {r}: loss {total / len(batches):.3f}", flush=True)
    np.savez_compressed(out, rows=rows.detach().numpy().astype(np.float16), weight=weight.detach().numpy(),
                        bias=bias.detach().numpy(), answer_share=float(answer_share.detach()),
                        none=float(none.detach()), scale=float(log_scale.detach().exp()))


def main(argv: list[str]) -> int:
    import argparse
    parser = argparse.ArgumentParser(prog="bench/faq_encoder.py")
    parser.add_argument("what", choices=("prepare", "fit"))
    parser.add_argument("data", type=Path)
    parser.add_argument("rest", nargs="*")
    parser.add_argument("--without", default="", help="FAQ names left out of training, comma-separated")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--rounds", type=int, default=12)
    parser.add_argument("--lr", type=float, default=0.01)
    parser.add_argument("--decay", action="store_true", help="the rate falls linearly to nothing over the rounds")
    args = parser.parse_args(argv)
    if args.what == "prepare":
        sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
        prepare(args.data, [Path(f) for f in args.rest])
    else:
        fit(args.data, Path(args.rest[0]), set(filter(None, args.without.split(","))), args.seed, args.rounds, args.lr,
            args.decay)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
