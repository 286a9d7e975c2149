"""How close a message is in meaning to an entry: a small paraphrase encoder learned at build time.

Every feature of a text (words, character pairs, characters, sounds, synonym sets: words.features_of) is hashed to
one of BUCKETS rows of a table of short vectors; a text is the sum of its features' rows, made unit length, and a
message is as close to an entry as the cosine of the two. The table starts random, where it is a random projection of
the features (a message near the entries it shares features with), and is trained on the labelled FAQs
(`python -m plugins.faq.train_decision ... --write`) so that each labelled query is closer to its own entry than to
the other entries of its FAQ, and a query that should get silence is close to none of them: 送到家里 learns to sit
near 上门, 优惠 near 补贴, what a near miss shares with an entry learns to weigh less. Features never seen in training
keep their random rows, so an FAQ's own words still count. Shipped as `paraphrase.npz` (float16); at run time
numpy sums a few rows and takes a few dot products.

Beside the table the file keeps every labelled message of the training FAQs as the encoder reads it, with whether it
should get an answer: a message closer to the ones that should get silence (chat, questions put to the other members,
another shop) than to the ones that should get an answer reads as chat (`Encoder.chat_like`, a signal of the decision).
"""
from __future__ import annotations

import logging
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from plugins.faq.words import features_of, normalise

TABLE = Path(__file__).with_name("paraphrase.npz")
BUCKETS = 1 << 15  # hashed rows: enough that the features of one FAQ rarely share one
SIZE = 64  # numbers in a row
ANSWER_WEIGHT = 0.3  # what an entry's answer adds to its vector, against its questions and keywords
SEED = 15
NEAR = 5  # closest reference messages of each kind a message's chat-likeness is read from


@lru_cache(maxsize=1 << 16)
def bucket(feature: str) -> int:
    """The row of a feature (CRC-32: the same in every process, unlike hash())."""
    return zlib.crc32(feature.encode("utf-8")) % BUCKETS


def bag(texts: Iterable[tuple[str, float]]) -> dict[int, float]:
    """The rows of some texts' features and how much each counts (a feature's kind weight times the text's weight)."""
    return bag_of((features_of(normalise(text)), weight) for text, weight in texts)


def bag_of(parts: Iterable[tuple[dict[str, float], float]]) -> dict[int, float]:
    """The same from features already taken (words.features), each text's with its weight."""
    found: dict[int, float] = {}
    for feats, weight in parts:
        for f, kind in feats.items():
            row = bucket(f)
            found[row] = found.get(row, 0.0) + kind * weight
    return found


def entry_texts(question: str, questions: Sequence[str], keywords: Sequence[str],
                answer: str) -> list[tuple[str, float]]:
    """The texts an entry's vector is made of, with their weights."""
    return [(question, 1.0), *((q, 1.0) for q in questions), (" ".join(keywords), 1.0), (answer, ANSWER_WEIGHT)]


@dataclass(frozen=True)
class Encoder:
    """The table of rows; `vector` turns a bag of rows into a unit vector."""

    rows: np.ndarray  # BUCKETS x SIZE, float32 at run time
    reference: np.ndarray | None = None  # labelled messages of other FAQs as unit vectors (N x SIZE)
    answerable: np.ndarray | None = None  # ... whether each should get an answer (N, bool)
    # the reference messages split once into those that should get silence and those that should get an answer,
    # each kept in its order: `chat_like` reads each side's closest without picking the rows out per message
    sides: tuple[np.ndarray, np.ndarray] | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.reference is not None and self.answerable is not None:
            object.__setattr__(self, "sides", (np.ascontiguousarray(self.reference[~self.answerable]),
                                               np.ascontiguousarray(self.reference[self.answerable])))

    def vector(self, found: dict[int, float]) -> np.ndarray:
        """The unit vector of a bag (zeros for an empty one)."""
        if not found:
            return np.zeros(self.rows.shape[1], dtype=np.float32)
        at = np.fromiter(found.keys(), dtype=np.int64, count=len(found))
        weights = np.fromiter(found.values(), dtype=np.float32, count=len(found))
        v = weights @ self.rows[at]
        norm = float(np.sqrt(v @ v))
        return v / norm if norm > 0 else v

    def of_message(self, features: dict[str, float]) -> np.ndarray:
        """The vector of a message from the features the matcher has already taken."""
        found: dict[int, float] = {}
        for f, kind in features.items():
            row = bucket(f)
            found[row] = found.get(row, 0.0) + kind
        return self.vector(found)

    def referring_to(self, messages: Iterable[tuple[dict[str, float], bool]]) -> Encoder:
        """The same table with reference messages (features, whether it should get an answer) for `chat_like`."""
        found = list(messages)
        vectors = np.array([self.of_message(f) for f, _ in found], dtype=np.float32).reshape(-1, self.rows.shape[1])
        return Encoder(self.rows, vectors, np.array([a for _, a in found], dtype=bool))

    def chat_like(self, vector: np.ndarray) -> float:
        """How much closer a message's vector is to the NEAR closest reference messages that should get silence than
        to the NEAR closest that should get an answer (mean cosines; 0 without a reference)."""
        if self.sides is None or len(self.sides[0]) < NEAR or len(self.sides[1]) < NEAR or not vector.any():
            return 0.0
        # numpy's own loop, not BLAS: BLAS spreads this product over threads that spin, ~7 ms of CPU a message
        # instead of ~0.1 ms (faq19), and the bot shares its cores
        silent, asked = (np.einsum("ij,j->i", side, vector) for side in self.sides)
        return float(np.partition(silent, -NEAR)[-NEAR:].mean() - np.partition(asked, -NEAR)[-NEAR:].mean())

    def write(self, path: Path = TABLE) -> None:
        """The table and the reference messages as float16 (5 MB)."""
        rows = self.rows.astype(np.float16)
        if self.reference is None or self.answerable is None:
            np.savez_compressed(path, rows=rows)
        else:
            np.savez_compressed(path, rows=rows, reference=self.reference.astype(np.float16),
                                answerable=self.answerable)

    @classmethod
    def load(cls, path: Path = TABLE) -> Encoder:
        """The table of a file written by `write`."""
        with np.load(path, allow_pickle=False) as data:
            rows = data["rows"].astype(np.float32)
            reference = data["reference"].astype(np.float32) if "reference" in data else None
            answerable = data["answerable"].astype(bool) if "answerable" in data else None
        if rows.shape != (BUCKETS, SIZE):
            raise ValueError(f"{path}: expected a {BUCKETS} x {SIZE} table, found {rows.shape}; retrain")
        return cls(rows, reference, answerable)


def random_encoder() -> Encoder:
    """The untrained table: a random projection of the features (what training starts from)."""
    rng = np.random.default_rng(SEED)
    return Encoder((rng.standard_normal((BUCKETS, SIZE)) / np.sqrt(SIZE)).astype(np.float32))


@dataclass
class Batch:
    """One FAQ's training texts as flat arrays: each row of a bag, its weight, and which text it belongs to."""

    query_rows: np.ndarray
    query_weights: np.ndarray
    query_starts: np.ndarray
    entry_rows: np.ndarray
    entry_weights: np.ndarray
    entry_starts: np.ndarray
    labels: np.ndarray  # each query's entry (its position), or the number of entries for "none of them"


def batch(queries: list[tuple[dict[int, float], int]], entries: list[dict[int, float]]) -> Batch:
    """A Batch of (bag, label) queries and entry bags; empty bags are left out."""
    def flat(bags: list[dict[int, float]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        rows = np.array([r for b in bags for r in b], dtype=np.int64)
        weights = np.array([w for b in bags for w in b.values()], dtype=np.float32)
        starts = np.cumsum([0, *(len(b) for b in bags[:-1])]).astype(np.int64)
        return rows, weights, starts
    kept = [(b, y) for b, y in queries if b]
    entries = [b or {0: 0.0} for b in entries]
    q = flat([b for b, _ in kept])
    e = flat(entries)
    return Batch(*q, *e, np.array([y for _, y in kept], dtype=np.int64))


def _embed(rows: np.ndarray, at: np.ndarray, weights: np.ndarray, starts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    raw = np.add.reduceat(rows[at] * weights[:, None], starts, axis=0)
    norm = np.sqrt((raw * raw).sum(axis=1, keepdims=True)) + 1e-6
    return raw / norm, norm


def _scatter(grad: np.ndarray, at: np.ndarray, weights: np.ndarray, starts: np.ndarray, unit: np.ndarray,
             norm: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Back through the unit length and the sum: the gradient of each used row."""
    raw_grad = (grad - unit * (unit * grad).sum(axis=1, keepdims=True)) / norm
    lengths = np.diff(np.append(starts, len(at)))
    per_feature = np.repeat(raw_grad, lengths, axis=0) * weights[:, None]
    used, inverse = np.unique(at, return_inverse=True)
    summed = np.zeros((len(used), grad.shape[1]), dtype=np.float32)
    np.add.at(summed, inverse, per_feature)
    return used, summed


def train(batches: list[Batch], rounds: int = 30, rate: float = 0.01, scale: float = 10.0, pull: float = 1e-3,
          start: Encoder | None = None) -> Encoder:
    """Adam over the FAQs, one step per FAQ: a softmax over the FAQ's entries and "none" (a learned score) for each
    query, at `scale` times the cosine; `pull` keeps rows near where they started (a feature few queries have stays
    what it was: its own)."""
    first = (start or random_encoder()).rows
    rows = first.copy()
    m, v = np.zeros_like(rows), np.zeros_like(rows)
    none, none_m, none_v = 0.5 * scale, 0.0, 0.0
    rng = np.random.default_rng(SEED)
    step = 0
    for _ in range(rounds):
        for k in rng.permutation(len(batches)):
            b = batches[k]
            if not len(b.labels):
                continue
            step += 1
            q, q_norm = _embed(rows, b.query_rows, b.query_weights, b.query_starts)
            e, e_norm = _embed(rows, b.entry_rows, b.entry_weights, b.entry_starts)
            z = np.hstack([scale * q @ e.T, np.full((len(q), 1), none, dtype=np.float32)])
            z -= z.max(axis=1, keepdims=True)
            p = np.exp(z)
            p /= p.sum(axis=1, keepdims=True)
            p[np.arange(len(q)), b.labels] -= 1.0
            p /= len(q)
            dq = scale * p[:, :-1] @ e
            de = scale * p[:, :-1].T @ q
            used_q, g_q = _scatter(dq, b.query_rows, b.query_weights, b.query_starts, q, q_norm)
            used_e, g_e = _scatter(de, b.entry_rows, b.entry_weights, b.entry_starts, e, e_norm)
            used = np.union1d(used_q, used_e)
            g = np.zeros((len(used), rows.shape[1]), dtype=np.float32)
            g[np.searchsorted(used, used_q)] += g_q
            g[np.searchsorted(used, used_e)] += g_e
            g += pull * (rows[used] - first[used])
            m[used] = 0.9 * m[used] + 0.1 * g
            v[used] = 0.999 * v[used] + 0.001 * g * g
            rows[used] -= rate * (m[used] / (1 - 0.9 ** step)) / (np.sqrt(v[used] / (1 - 0.999 ** step)) + 1e-8)
            g_none = float(p[:, -1].sum())
            none_m = 0.9 * none_m + 0.1 * g_none
            none_v = 0.999 * none_v + 0.001 * g_none * g_none
            none -= rate * 10 * (none_m / (1 - 0.9 ** step)) / (np.sqrt(none_v / (1 - 0.999 ** step)) + 1e-8)
    return Encoder(rows)


def _shipped() -> Encoder | None:
    try:
        return Encoder.load()
    except (OSError, ValueError, KeyError) as exc:
        logging.getLogger("qunbot.plugin.faq").error("faq paraphrase table not used (%s)", exc)
        return None


ENCODER = _shipped()
