"""Claim alignment across comparable reports of one event.

Reports of one event are comparable, not parallel: they reorder, omit, merge and
add. So alignment here is order-free. For every pair of documents of an event we
score units (one sentence, or two adjacent sentences: a 1-2 merge) with the ratio
margin of their embeddings plus a small bonus for shared numbers and names
(normalized across scripts), then link across *all* document pairs greedily, best
score first (competitive linking generalised to n sources), keeping per document
pair only links that are mutual best for all their sentences (a second round at a
penalty links what the first round's links left free). Given the encoder, a merged
unit that could win a link is embedded as its joined text rather than scored with
the mean of its two sentence vectors. A link only joins two
claim groups when the result still has at most one member per document (one
sentence, or the adjacent pair the link itself declares) and no reviewer-rejected
pair; this keeps links consistent across three or more sources and stops chaining
into giant groups. Every sentence ends in exactly one claim; a sentence no other
source reports is a single-member claim (score None), information for the reviewer.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from ..document import Document
from ..records import Claim, ClaimMember, Event, Fact, stable_id
from ..facts import extract_facts, extract_sentence_facts
from .margin import ratio_margin

# --- Calibrated settings -----------------------------------------------------------
# All chosen on the dev half of eval/align_comparable.py (FLORES-200 devtest articles
# turned into comparable reports: 30% of sentences dropped per side, adjacent
# sentences merged, paragraph blocks shuffled; kk-en, tr-en, bg-en, kk-tr-bg), by
# sweeping and keeping the best claim-link F1; the test half is reported separately.
# Pooled dev figures below are against the eval's fine gold (a pair of sentences is
# gold when they cover overlapping parts of one FLORES line; its oracle is 0.997).
# Without the mutual-best filter: link threshold 1.1, pair penalty 0.5 gave P/R/F1
# 0.906/0.931/0.918 (0.916/0.931/0.923 with one two-sentence member per claim).
# Margin neighbourhood (k-NN of the denominator) taken in the whole pool (language-
# centered), in the paired document only, or in the other documents of the event,
# centered or raw cosines, threshold x pair penalty swept: without mutual best the
# best were pool 0.923, pair-centered (1.3, 0.5) 0.924, event-centered (1.2, 0.5)
# 0.918, pair-raw (1.03-1.04, 0.04) 0.880, event-raw 0.846: raw cosines separate
# worse, and the pool neighbourhood is as good as the per-pair one.
# Mutual best per document pair (below) is what lifts precision: pool neighbourhood,
# threshold 0.9/1.0/1.05 x penalty 0.1/0.2/0.3: F1 0.953/0.946/0.943,
# 0.953/0.949/0.948, 0.952/0.947/0.947 (P 0.975, R 0.933 at 1.0/0.1); with mutual
# best the pair neighbourhood reached 0.942 (1.1-1.15, 0.3), the event one 0.942;
# penalty 0 / 0.05 at threshold 1.0: 0.936 / 0.952. Allowing at most one two-sentence
# member per claim changed nothing once links are mutual best (0.948 both at 1.0/0.3),
# so it is not a rule here.
# Merged-text units (``encode`` given; the figures above are all mean-vector units,
# dev F1 0.953, test 0.947). Candidate margin x merged-text penalty at threshold 1.0:
# margin 0.05/0.1/0.15/0.2/0.3 with penalty 0.1: 0.959/0.960/-/0.955/0.955, texts
# embedded on dev 204/339/566/825/1422 (for 3113 sentences); a wider margin lets
# wrong merges in (P 0.975 -> 0.966), so only near-best candidates are worth it.
# Margin 0.1 x penalty 0/0.05/0.1/0.15/0.2/0.3: 0.951/0.962/0.960/0.956/0.955/0.949;
# threshold 0.95/1.0/1.05 around it: 0.960/0.962/0.961. Blending the text vector
# with the mean (0.5, 0.7) gave 0.961/0.962: no gain, so the text vector alone.
# Second mutual-best round (after merged text): no penalty 0.945 (P 0.916, R 0.975),
# late penalty 0.1/0.2/0.25/0.3/0.35/0.4: 0.958/0.963/0.964/0.965/0.964/0.963; a third
# round changes nothing; threshold 1.1/1.2 with two rounds and no penalty: 0.954/0.933.
# (Mean-vector units: one round 0.953, two rounds at 0.3 0.956.) Then, with two
# rounds: pair penalty 0.05/0.1/0.2 x margin 0.05/0.1/0.15 (text penalty 0.05):
# 0.962/0.965/0.962, 0.964/0.965/0.962, 0.962/0.963/0.961 -> 0.1, 0.1. Final dev:
# P 0.972 R 0.959 F1 0.965, 339 merged texts embedded.
# Evidence bonuses, swept last (number x name weight): 0/0.03/0.06/0.1 x 0/0.03/0.06
# all give F1 0.964-0.966 (0.2 either: 0.952-0.956, recall falls): the encoder
# already sees numbers and names in FLORES, so the data cannot tell 0 from 0.1;
# 0.03 each is kept as a tie-break for the numbers and names a report shares.
# Test half, for the record (not used to choose): mean vectors 0.947 (one round) /
# 0.951 (two rounds); merged text 0.944 / 0.947. The second round carries over;
# the merged-text gain on dev (+0.009) does not (-0.003/-0.004 on test, P falls).
MARGIN_K = 4  # neighbours in the ratio margin (Artetxe & Schwenk use 4)
LINK_THRESHOLD = 1.0  # minimum link score (ratio margin of language-centered vectors + evidence bonus)
PAIR_PENALTY = 0.1  # subtracted from 1-2 (merged) unit scores: a mean of two vectors is a hub, close to everything
MERGED_TEXT_PENALTY = 0.05  # likewise when the merged unit's vector embeds its joined text (``encode`` given)
MERGE_MARGIN = 0.1  # a merged unit is embedded as text when its mean-vector link is this close to the best 1-1 link
MUTUAL_ROUNDS = 2  # mutual-best rounds per document pair (see ``mutual_best``)
LATE_PENALTY = 0.3  # subtracted from the score of a link found in a later round
KNN_FLOOR = 0.3  # lower bound of the margin denominator: a sentence with no close neighbour (centered cosines ~0) must not get a huge margin from a near-zero one
NUMBER_BONUS = 0.03  # added per unit pair, times the share of numbers they have in common
NAME_BONUS = 0.03  # likewise for names (cross-script name keys)
NAME_PREFIX = 5  # name keys are compared by their first letters: Вучичті ~ Vučić, Kazakistan ~ Қазақстан


@dataclass(frozen=True)
class Mentions:
    """Numbers and name keys of one text, for evidence beyond the embedding."""

    numbers: frozenset[str]
    names: frozenset[str]

    def __or__(self, other: "Mentions") -> "Mentions":
        return Mentions(self.numbers | other.numbers, self.names | other.names)


def _number_key(v: float) -> str:
    """1500000.0 -> "1500000", 3.5 -> "3.5": a quantity's value as one string for every script."""
    return str(int(v)) if float(v).is_integer() else repr(float(v))


def fact_mentions(facts: Iterable[Fact]) -> Mentions:
    """Numbers and name keys of a sentence, from its facts (extracted once, ``facts``).

    Numbers are quantity values with what they count when known ("10 memorandum",
    so ten memoranda do not meet ten documents; both ends of a range; multipliers
    applied, so ``1,5 млрд`` meets ``1.5 billion``) and ISO date values; names are the words of name
    keys (``translit.name_key``, cross-script) cut to NAME_PREFIX letters so that case
    suffixes (Вучичті, Tokayev'in) and spelling variants (Kazakistan / Қазақстан)
    still meet. Key words shorter than 4 letters are dropped: too many accidental matches.
    """
    numbers, names = set(), set()
    for f in facts:
        if f.kind == "quantity":
            ends = [f.value] + ([f.high] if f.hedge == "exact" and f.high not in (None, f.value) else [])
            try:
                numbers |= {" ".join(filter(None, (_number_key(float(v)), f.unit))) for v in ends}
            except (TypeError, ValueError):
                continue
        elif f.kind == "date":
            numbers.add(str(f.value))
        elif f.kind == "name":
            names |= {w[:NAME_PREFIX] for w in str(f.value).split() if len(w) >= 4}
    return Mentions(frozenset(numbers), frozenset(names))


def mentions(text: str, lang: str) -> Mentions:
    """Numbers and name keys of one sentence given as text (``fact_mentions`` of its facts)."""
    return fact_mentions(extract_sentence_facts(text, 0, len(text), lang, None, "s"))


def facts_of(docs: Iterable[Document], facts: Mapping[str, Sequence[Fact]] | None) -> Mapping[str, Sequence[Fact]]:
    """The facts the pipeline extracted, or (a caller without them) each document's own."""
    if facts is not None:
        return facts
    out: dict[str, Sequence[Fact]] = {}
    for d in docs:
        out.update(extract_facts(d))
    return out


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def _number_group(key: str) -> str | None:
    """What a ``fact_mentions`` number key counts: its unit, "date" for a date, None for a bare number."""
    if " " in key:
        return key.split(" ", 1)[1]
    try:
        float(key)
    except ValueError:
        return "date"
    return None


def _contradicting(a: frozenset[str], b: frozenset[str]) -> int:
    """How many numbers of each side face a different value of the same unit (or a bare
    number facing a leftover of any unit, as ``compare.compare_quantities`` pairs them)."""
    left_a, left_b = Counter(map(_number_group, a - b)), Counter(map(_number_group, b - a))
    k = 0
    for g in set(left_a) & set(left_b):
        n = min(left_a[g], left_b[g])
        left_a[g] -= n
        left_b[g] -= n
        k += n
    for bare, other in ((left_a, left_b), (left_b, left_a)):
        for g in other:
            if g in (None, "date") or not bare[None]:
                continue
            n = min(bare[None], other[g])
            bare[None] -= n
            other[g] -= n
            k += n
    return k


def number_overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Share of numbers two texts have in common, counted among the numbers that do not
    contradict each other (``_contradicting``): a figure one source gives differently is
    neutral, never lowering the score, since a conflict between sources is exactly what
    the flags exist to show; a figure only one gives still counts against the share."""
    shared = len(a & b)
    if not shared:
        return 0.0
    k = _contradicting(a, b)
    return shared / min(len(a) - k, len(b) - k)


def evidence_bonus(a: Mentions, b: Mentions) -> float:
    """Bonus for shared numbers and names. Differing numbers are not penalised
    (``number_overlap``): a conflict between sources is what the later stages want to find."""
    return NUMBER_BONUS * number_overlap(a.numbers, b.numbers) + NAME_BONUS * _overlap(a.names, b.names)


def _normalize_rows(m: np.ndarray) -> np.ndarray:
    n = np.linalg.norm(m, axis=1, keepdims=True)
    return m / np.where(n < 1e-12, 1.0, n)


@dataclass(frozen=True)
class _Unit:
    doc: str
    indices: tuple[int, ...]  # positions in the document's sentence list (1 or 2 adjacent)


@dataclass(frozen=True)
class Link:
    """A scored proposal to put two units of two documents in one claim."""

    score: float
    a: _Unit
    b: _Unit


def sentence_matrix(docs: Sequence[Document], embeddings: Mapping[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Each document's (n_sentences, dim) embedding matrix; a missing id is an error."""
    out = {}
    for d in docs:
        missing = [s.id for s in d.sentences if s.id not in embeddings]
        if missing:
            raise ValueError(f"no embedding for sentence {missing[0]!r} (and {len(missing) - 1} more)")
        dim = len(next(iter(embeddings.values()))) if embeddings else 0
        out[d.id] = (np.stack([np.asarray(embeddings[s.id], dtype=np.float32) for s in d.sentences])
                     if d.sentences else np.zeros((0, dim), dtype=np.float32))
    return out


def center_by_language(e: np.ndarray, langs: Sequence[str]) -> np.ndarray:
    """Subtract each language's mean vector, then re-normalize.

    Multilingual encoders put every sentence of one language near a shared language
    direction, so two unrelated Kazakh reports look closer than a Kazakh report and
    its English version. Removing the per-language mean (estimated on the documents
    at hand) removes that direction. On the FLORES dev pools of
    eval/align_comparable.py it raised the best pairwise event F1 of the content
    score alone from 0.78-0.97 to 0.975-1.0 per configuration.
    """
    means = language_means(e, langs)
    out = np.asarray(e, dtype=np.float64) - np.stack([means[lang] for lang in langs]) if len(langs) else np.asarray(e)
    return _normalize_rows(out)


def language_means(e: np.ndarray, langs: Sequence[str]) -> dict[str, np.ndarray]:
    """Each language's mean vector over the rows of ``e`` (the direction centering removes)."""
    langs_arr = np.asarray(langs)
    e = np.asarray(e, dtype=np.float64)
    return {lang: e[langs_arr == lang].mean(axis=0) for lang in set(langs)}


def _units(n: int) -> list[tuple[int, ...]]:
    return [(i,) for i in range(n)] + [(i, i + 1) for i in range(n - 1)]


def _unit_vectors(e: np.ndarray) -> np.ndarray:
    if len(e) < 2:
        return e
    return np.vstack([e, _normalize_rows(e[:-1] + e[1:])])


@dataclass
class UnitTable:
    """One document's candidate claim units: single sentences, then adjacent pairs.

    ``knn`` is each unit's mean cosine to its MARGIN_K nearest sentences in the
    *other* documents of the pool: the ratio-margin denominator. Taking the
    neighbourhood from the whole pool, not just the paired document, keeps the
    margin meaningful for short reports of three or four sentences.
    """

    doc: str
    units: list[tuple[int, ...]]
    vectors: np.ndarray
    knn: np.ndarray
    mentions: list[Mentions]
    encoded: np.ndarray  # per unit: True for a merged unit whose vector embeds its own text (not a mean)


def unit_tables(docs: Sequence[Document], embeddings: Mapping[str, np.ndarray],
                merged: Mapping[tuple[str, int], np.ndarray] | None = None,
                facts: Mapping[str, Sequence[Fact]] | None = None) -> dict[str, UnitTable]:
    """Unit tables of every document, vectors centered by language over the whole pool.

    ``merged`` maps (document id, position i) to the raw embedding of the joined text
    of sentences i and i+1; such a merged unit takes that vector (centered with the
    same language mean as the sentences) instead of the mean of its two sentences.
    ``facts`` (by sentence id) give each unit its numbers and names (``fact_mentions``).
    """
    merged = merged or {}
    facts = facts_of(docs, facts)
    mats = sentence_matrix(docs, embeddings)
    sizes = np.array([len(d.sentences) for d in docs])
    tables: dict[str, UnitTable] = {}
    if sizes.sum() == 0:
        return {d.id: UnitTable(d.id, [], np.zeros((0, 0)), np.zeros(0), [], np.zeros(0, dtype=bool)) for d in docs}
    owner = np.repeat(np.arange(len(docs)), sizes)
    raw = np.vstack([mats[d.id] for d in docs])
    langs = [docs[i].lang for i in owner]
    means = language_means(raw, langs)
    pool = _normalize_rows(np.asarray(raw, dtype=np.float64) - np.stack([means[lang] for lang in langs]))
    offsets = np.concatenate([[0], np.cumsum(sizes)])
    for n, d in enumerate(docs):
        own = pool[offsets[n]:offsets[n + 1]]
        vectors = _unit_vectors(own)
        units = _units(len(own))
        encoded = np.zeros(len(units), dtype=bool)
        for i in range(len(own) - 1):
            if (d.id, i) in merged:
                row = len(own) + i
                vectors[row] = _normalize_rows((np.asarray(merged[(d.id, i)], dtype=np.float64) - means[d.lang])[None])[0]
                encoded[row] = True
        others = np.flatnonzero(owner != n)
        if len(others) and len(vectors):
            sim = vectors @ pool[others].T
            k = min(MARGIN_K, len(others))
            knn = np.partition(sim, sim.shape[1] - k, axis=1)[:, -k:].mean(axis=1)
        else:
            knn = np.ones(len(vectors))
        # Centered cosines can be near zero in a tiny pool; a floor keeps margins finite.
        knn = np.maximum(knn, KNN_FLOOR)
        ment = [fact_mentions(facts.get(s.id, ())) for s in d.sentences]
        unit_ment = [ment[u[0]] if len(u) == 1 else ment[u[0]] | ment[u[1]] for u in units]
        tables[d.id] = UnitTable(d.id, units, vectors, knn, unit_ment, encoded)
    return tables


def pair_links(a: UnitTable, b: UnitTable) -> list[Link]:
    """All scored unit links between two documents: 1-1, 1-2 and 2-1 (not 2-2).

    Score = ratio margin of the unit vectors, plus the evidence bonus, minus a
    penalty for a merged unit: PAIR_PENALTY when its vector is the normalized sum of
    its two sentence vectors (a hub, close to everything), MERGED_TEXT_PENALTY when
    it embeds the joined text itself. The caller keeps only the mutual-best ones
    (``mutual_best``).
    """
    if not a.units or not b.units:
        return []
    score = (a.vectors @ b.vectors.T) / ((a.knn[:, None] + b.knn[None, :]) / 2.0)
    links = []
    for i, u in enumerate(a.units):
        for j, v in enumerate(b.units):
            if len(u) == 2 and len(v) == 2:
                continue
            s = float(score[i, j]) + evidence_bonus(a.mentions[i], b.mentions[j])
            if len(u) == 2:
                s -= MERGED_TEXT_PENALTY if a.encoded[i] else PAIR_PENALTY
            elif len(v) == 2:
                s -= MERGED_TEXT_PENALTY if b.encoded[j] else PAIR_PENALTY
            links.append(Link(s, _Unit(a.doc, u), _Unit(b.doc, v)))
    return links


def merge_candidates(edocs: Sequence[Document], tables: Mapping[str, UnitTable]) -> set[tuple[str, int]]:
    """Merged units of one event worth embedding as text: (document id, first position).

    A merged unit qualifies when one of its mean-vector links (1-2 or 2-1, before the
    pair penalty) scores at least LINK_THRESHOLD - MERGE_MARGIN and within MERGE_MARGIN
    of the best 1-1 link of each sentence it touches in that document pair: only
    such a unit could become a mutual-best link once its own vector replaces the mean.
    The rest keep the mean vector; they lose to a 1-1 link of their sentences anyway.
    """
    out: set[tuple[str, int]] = set()
    for x in range(len(edocs)):
        for y in range(x + 1, len(edocs)):
            links = pair_links(tables[edocs[x].id], tables[edocs[y].id])
            best: dict[tuple[str, int], float] = {}
            for link in links:
                if len(link.a.indices) == 1 and len(link.b.indices) == 1:
                    for unit in (link.a, link.b):
                        key = (unit.doc, unit.indices[0])
                        best[key] = max(best.get(key, -np.inf), link.score)
            for link in links:
                pair = link.a if len(link.a.indices) == 2 else link.b if len(link.b.indices) == 2 else None
                if pair is None:
                    continue
                raw = link.score + PAIR_PENALTY
                floor = max(best.get((u.doc, i), -np.inf) for u in (link.a, link.b) for i in u.indices)
                if raw >= LINK_THRESHOLD - MERGE_MARGIN and raw >= floor - MERGE_MARGIN:
                    out.add((pair.doc, pair.indices[0]))
    return out


def merged_text(doc: Document, i: int) -> str:
    """The text a merged unit is embedded as: its two sentences joined by a space."""
    return doc.sentences[i].text + " " + doc.sentences[i + 1].text


def mutual_best(links: list[Link], rounds: int = 1) -> list[Link]:
    """The links of one document pair that are the best of every sentence they touch.

    Competitive linking alone lets a sentence whose true partner was left out of the
    other report take that report's next-best sentence once its better links are
    used up. Keeping only links scoring highest among all links (1-1, 1-2, 2-1) of
    each of their sentences, on both sides, leaves such a sentence single: its
    best-scoring partner is usually taken by a better link from someone else.
    With ``rounds`` > 1 the links touching no sentence of the kept ones get another
    round, scored LATE_PENALTY lower per round: a sentence blocked only by a
    link that lost elsewhere can still find its partner, if the link is strong.
    """
    best: dict[tuple[str, int], float] = {}
    for link in links:
        for unit in (link.a, link.b):
            for i in unit.indices:
                key = (unit.doc, i)
                best[key] = max(best.get(key, -np.inf), link.score)
    kept = [link for link in links
            if all(link.score >= best[(unit.doc, i)] for unit in (link.a, link.b) for i in unit.indices)]
    if rounds > 1 and kept:
        covered = {(u.doc, i) for link in kept for u in (link.a, link.b) for i in u.indices}
        rest = [link for link in links
                if not any((u.doc, i) in covered for u in (link.a, link.b) for i in u.indices)]
        kept += [Link(link.score - LATE_PENALTY, link.a, link.b) for link in mutual_best(rest, rounds - 1)]
    return kept


class _Groups:
    """Union-find over sentences that keeps every group at one member per document."""

    def __init__(self, docs: Sequence[Document], rejected: Collection[tuple[str, str]]):
        self.of: dict[str, int] = {}
        self.members: dict[int, dict[str, set[int]]] = {}  # group -> doc -> sentence positions
        self.links: dict[int, list[tuple[str, str, float]]] = {}
        self.ids: dict[tuple[str, int], str] = {}
        for d in docs:
            for pos, s in enumerate(d.sentences):
                g = len(self.of)
                self.of[s.id] = g
                self.members[g] = {d.id: {pos}}
                self.links[g] = []
                self.ids[(d.id, pos)] = s.id
        self.rejected: dict[str, set[str]] = {}
        for x, y in rejected:
            self.rejected.setdefault(x, set()).add(y)
            self.rejected.setdefault(y, set()).add(x)

    def _sentence_ids(self, g: int) -> set[str]:
        return {self.ids[(d, i)] for d, idx in self.members[g].items() for i in idx}

    def try_link(self, a: _Unit, b: _Unit, score: float, *, accepted: bool = False) -> bool:
        groups = {self.of[self.ids[(u.doc, i)]] for u in (a, b) for i in u.indices}
        merged: dict[str, set[int]] = {}
        for g in groups:
            for d, idx in self.members[g].items():
                merged.setdefault(d, set()).update(idx)
        declared = {a.doc: set(a.indices), b.doc: set(b.indices)}
        for d, idx in merged.items():
            contributors = sum(1 for g in groups if d in self.members[g])
            if contributors <= 1:
                continue
            # Two groups meet in this document: only the unit the link declares may form,
            # or (for a reviewer-accepted link) any run of two adjacent sentences.
            if accepted:
                if len(idx) > 2 or max(idx) - min(idx) != len(idx) - 1:
                    return False
            elif idx != declared.get(d):
                return False
        if len(groups) > 1:
            ids = [self._sentence_ids(g) for g in groups]
            for n, group_ids in enumerate(ids):
                others = set().union(*(ids[:n] + ids[n + 1:]))
                if any(self.rejected.get(s, set()) & others for s in group_ids):
                    return False
        keep = min(groups)
        for g in groups:
            if g != keep:
                for d, idx in self.members.pop(g).items():
                    self.members[keep].setdefault(d, set()).update(idx)
                self.links[keep].extend(self.links.pop(g))
                for sid in self._ids_of(d_idx=self.members[keep]):
                    self.of[sid] = keep
        new_links = [(self.ids[(a.doc, i)], self.ids[(b.doc, j)], score) for i in a.indices for j in b.indices]
        self.links[keep].extend(x for x in new_links if x not in self.links[keep])
        return True

    def _ids_of(self, d_idx: dict[str, set[int]]) -> list[str]:
        return [self.ids[(d, i)] for d, idx in d_idx.items() for i in idx]


def _claim(event_id: str, members: dict[str, set[int]], links: list[tuple[str, str, float]],
           docs_by_id: Mapping[str, Document]) -> Claim:
    ms = []
    for d in sorted(members):
        sent = docs_by_id[d].sentences
        ms.append(ClaimMember(doc=d, sentences=tuple(sent[i].id for i in sorted(members[d]))))
    sids = sorted(s for m in ms for s in m.sentences)
    score = min(s for _, _, s in links) if len(ms) > 1 and links else None
    return Claim(id=stable_id("c", *sids), event=event_id, members=tuple(ms), score=score,
                 links=tuple(sorted((x, y, round(s, 4)) for x, y, s in links)))


def align_claims(docs: list[Document], events: list[Event], embeddings: Mapping[str, np.ndarray], *,
                 rejected: Collection[tuple[str, str]] = (), accepted: Collection[tuple[str, str]] = (),
                 encode: Callable[[list[str]], np.ndarray] | None = None,
                 facts: Mapping[str, Sequence[Fact]] | None = None,
                 map_events: Callable[[Callable, list[tuple]], list] | None = None) -> list[Claim]:
    """Claim groups of every event; each sentence of each event's documents is in exactly one.

    ``rejected`` sentence-id pairs never end up in one claim; ``accepted`` pairs are
    linked first, whatever their score (pairs across events are ignored: a claim
    belongs to one event). Claims come out in event order, then by first sentence.
    ``encode`` (texts -> raw embedding rows, the encoder that made ``embeddings``)
    lets merged units that could win a link (``merge_candidates``) be embedded as
    their joined text instead of the mean of their sentence vectors. ``facts`` (by
    sentence id, the pipeline's) give the evidence bonus; without them they are extracted here.
    ``map_events(fn, jobs)`` runs ``fn(*job)`` for each event's job (an engine's tasks; by
    default in turn here): an event's claims need only its documents' unit tables.
    """
    docs_by_id = {d.id: d for d in docs}
    facts = facts_of(docs, facts)
    unknown = [d for e in events for d in e.documents if d not in docs_by_id]
    if unknown:
        raise ValueError(f"event refers to unknown document {unknown[0]!r}")
    tables = unit_tables(docs, embeddings, facts=facts)
    if encode is not None:
        wanted = sorted({c for e in events for c in merge_candidates([docs_by_id[d] for d in e.documents], tables)})
        if wanted:
            vecs = np.asarray(encode([merged_text(docs_by_id[d], i) for d, i in wanted]))
            tables = unit_tables(docs, embeddings, dict(zip(wanted, vecs)), facts=facts)
    jobs = [(event.id, [docs_by_id[d] for d in event.documents], {d: tables[d] for d in event.documents},
             rejected, accepted, {d: docs_by_id[d] for d in event.documents}) for event in events]
    run = map_events or (lambda fn, jobs: [fn(*job) for job in jobs])
    return [c for event_claims in run(_event_claims, jobs) for c in event_claims]


def _event_claims(event_id: str, edocs: list[Document], tables: Mapping[str, UnitTable],
                  rejected: Collection[tuple[str, str]], accepted: Collection[tuple[str, str]],
                  docs_by_id: Mapping[str, Document]) -> list[Claim]:
    sentences = [s for d in edocs for s in d.sentences]
    groups = _Groups(edocs, rejected)
    links: list[Link] = []
    pair_score: dict[tuple[str, str], float] = {}
    for x in range(len(edocs)):
        for y in range(x + 1, len(edocs)):
            a, b = edocs[x], edocs[y]
            candidates = pair_links(tables[a.id], tables[b.id])
            links.extend(mutual_best(candidates, MUTUAL_ROUNDS))
            for link in candidates:
                if len(link.a.indices) == 1 and len(link.b.indices) == 1:
                    sa, sb = a.sentences[link.a.indices[0]].id, b.sentences[link.b.indices[0]].id
                    pair_score[(sa, sb)] = pair_score[(sb, sa)] = link.score
    where = {s.id: (d.id, pos) for d in edocs for pos, s in enumerate(d.sentences)}
    for x, y in sorted(accepted):
        if x in where and y in where and where[x][0] != where[y][0]:
            (dx, px), (dy, py) = where[x], where[y]
            groups.try_link(_Unit(dx, (px,)), _Unit(dy, (py,)), pair_score.get((x, y), 0.0), accepted=True)
    links.sort(key=lambda l: (-l.score, l.a.doc, l.a.indices, l.b.doc, l.b.indices))
    for link in links:
        if link.score < LINK_THRESHOLD:
            break
        groups.try_link(link.a, link.b, link.score)
    out = [_claim(event_id, groups.members[g], groups.links[g], docs_by_id) for g in groups.members]
    order = {s.id: n for n, s in enumerate(sentences)}
    out.sort(key=lambda c: min(order[s] for m in c.members for s in m.sentences))
    return out


# Calibrated settings, stamped into the report signature by the pipeline.
THRESHOLDS = {"margin_k": MARGIN_K, "link": LINK_THRESHOLD, "pair_penalty": PAIR_PENALTY, "mutual_best": True,
              "mutual_rounds": MUTUAL_ROUNDS, "late_penalty": LATE_PENALTY,
              "number_bonus": NUMBER_BONUS, "name_bonus": NAME_BONUS,
              "merged_text_penalty": MERGED_TEXT_PENALTY, "merge_margin": MERGE_MARGIN}
