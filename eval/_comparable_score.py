"""Scoring claim links and events on comparable pools, per language pair and link type.

Gold lives on source lines (see _comparable_pools); the aligner's sentences are mapped
back by character overlap. A pair of sentences of two versions of one report is a gold
claim link when they cover overlapping parts of one line (``fine_gold``). Per gold link:

- its *type*, from the gold graph between the two documents: 1-1, 1-2 (the sentence of
  the pair's first language has several gold partners on the other side, e.g. it merged
  two lines the other version keeps apart), 2-1 (the reverse) or n-m (several on both);
  a predicted link is typed the same way by its claim's member sizes, so each type has a
  precision (predicted links of that type) and a recall (gold links of that type);
- whether it is *merged*: one of its sentences holds a merge the pool builder made.

Language pairs are named in PAIR_ORDER, so "kk-en 1-2" is one Kazakh sentence facing
two English ones.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

PAIR_ORDER = ("kk", "tr", "bg", "ru", "sr", "en")
GOLD_SHARE = 0.5  # two sentences on one line are partners when their shares of it overlap this much (of the shorter)
WHOLE_SHARE = 0.9  # ``claim_errors``: a sentence on one line covering at least this share of it says it whole (not a part the segmenter cut)
TYPES = ("1-1", "1-2", "2-1", "n-m")
SAME_LINE_WORDS = 5  # ``same_lines``: a repeated line shorter than this is a set phrase (a dateline, "Read more"), not a claim
_WORDS = re.compile(r"\w+")


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: set, pred: set) -> None:
        self.tp += len(gold & pred)
        self.fp += len(pred - gold)
        self.fn += len(gold - pred)

    def __iadd__(self, other: "PRF") -> "PRF":
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn
        return self

    @property
    def p(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def r(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "p": round(self.p, 4), "r": round(self.r, 4),
                "f1": round(self.f, 4)}


@dataclass
class TypePRF:
    """Precision over the predicted links of a type, recall over the gold links of a type
    (a link's type differs between gold and prediction when the aligner got a merge wrong)."""
    gold_found: int = 0
    gold: int = 0
    pred_right: int = 0
    pred: int = 0

    def __iadd__(self, other: "TypePRF") -> "TypePRF":
        self.gold_found += other.gold_found
        self.gold += other.gold
        self.pred_right += other.pred_right
        self.pred += other.pred
        return self

    @property
    def p(self) -> float:
        return self.pred_right / self.pred if self.pred else 0.0

    @property
    def r(self) -> float:
        return self.gold_found / self.gold if self.gold else 0.0

    @property
    def f(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0

    def as_dict(self) -> dict:
        return {"gold": self.gold, "gold_found": self.gold_found, "pred": self.pred, "pred_right": self.pred_right,
                "p": round(self.p, 4), "r": round(self.r, 4), "f1": round(self.f, 4)}


@dataclass
class Result:
    """What an aligner produced for a pool (read from report.json or from the library)."""
    sentences: dict[str, list[tuple[str, int, int]]]  # doc -> (sentence id, start, end)
    events: list[list[str]]
    claims: list[list[str]]  # sentence ids of each claim
    texts: dict[str, str] = field(default_factory=dict)  # sentence id -> text
    signature: str = ""  # the run's signature (report.json's, or the pipeline's formatted): every setting it ran with


def pair_name(a: str, b: str) -> str:
    """Two languages in PAIR_ORDER ("en", "kk" -> "kk-en"); unknown languages last, alphabetically."""
    rank = {lang: i for i, lang in enumerate(PAIR_ORDER)}
    x, y = sorted((a, b), key=lambda lang: (rank.get(lang, len(rank)), lang))
    return f"{x}-{y}"


def positions(docs: Sequence, result: Result) -> dict[str, dict[str, tuple[float, float]]]:
    """Sentence id -> {line key: (start, end) of the line it covers, as fractions of the line}."""
    out = {}
    for d in docs:
        for sid, s, e in result.sentences[d.id]:
            out[sid] = {unit[0]: ((max(a, s) - a) / max(b - a, 1), (min(b, e) - a) / max(b - a, 1))
                        for (a, b, unit) in d.spans if a < e and s < b}
    return out


def fine_gold(docs: Sequence, result: Result, same_lines: bool = False) -> set[tuple[str, str]]:
    """Sentence pairs of different versions of one report that cover overlapping parts of a line
    (a line the segmenter splits on both sides pairs first half with first half).

    With ``same_lines``, also pairs of versions of two *different* reports that the result puts
    in one event, over lines of the same words (``same_line_keys``): real news reprints a
    sentence in two articles of one story (WMT's "University President William LaForge said
    ..."), and the copies say one claim whatever article they came from. Reports the result keeps
    apart are the event score's business, not the claims'."""
    pos = positions(docs, result)
    if same_lines:
        canon = same_line_keys(docs)
        pos = {sid: {canon.get(k, k): v for k, v in lines.items()} for sid, lines in pos.items()}
    by_article = defaultdict(list)
    for d in docs:
        by_article[d.article].append(d.id)
    doc_pairs = [(da, db) for a_docs in by_article.values() for i, da in enumerate(a_docs) for db in a_docs[i + 1:]]
    if same_lines:
        article = {d.id: d.article for d in docs}
        doc_pairs += [(da, db) for ev in result.events for i, da in enumerate(ev) for db in ev[i + 1:]
                      if article.get(da) is not None and article.get(db) not in (None, article[da])]
    gold = set()
    for da, db in doc_pairs:
        for x, _, _ in result.sentences[da]:
            for y, _, _ in result.sentences[db]:
                for k in pos[x].keys() & pos[y].keys():
                    (a0, a1), (b0, b1) = pos[x][k], pos[y][k]
                    if min(a1, b1) - max(a0, b0) >= GOLD_SHARE * min(a1 - a0, b1 - b0):
                        gold.add(tuple(sorted((x, y))))
                        break
    return gold


def same_line_keys(docs: Sequence) -> dict[str, str]:
    """Line key -> one key for every line of the pool with the same words (lower case, in order, at
    least SAME_LINE_WORDS of them) as a line of another report: the sentence printed in two
    articles. Punctuation and case are left out (a merge turns a full stop into a semicolon, a
    reprint moves a comma); a line in one report only keeps its own key (absent here)."""
    words: dict[str, tuple[str, ...]] = {}
    article: dict[str, str] = {}
    for d in docs:
        for a, b, unit in d.spans:
            words.setdefault(unit[0], tuple(_WORDS.findall(d.text[a:b].lower())))
            article[unit[0]] = d.article
    by_words: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for k, w in words.items():
        if len(w) >= SAME_LINE_WORDS:
            by_words[w].append(k)
    return {k: min(keys) for keys in by_words.values() if len({article[k] for k in keys}) > 1 for k in keys}


def merged_sentences(docs: Sequence, result: Result) -> set[str]:
    """Sentences that hold a merge of the pool builder (both sides of its junction)."""
    out = set()
    for d in docs:
        for sid, s, e in result.sentences[d.id]:
            if any(s < j0 and e > j1 for j0, j1 in d.merges):
                out.add(sid)
    return out


def _link_type(n_first: int, n_second: int) -> str:
    """Type of a link whose first-language sentence has ``n_first`` partners on the other side."""
    if n_first <= 1 and n_second <= 1:
        return "1-1"
    if n_second <= 1:
        return "1-2"
    if n_first <= 1:
        return "2-1"
    return "n-m"


def _pairs(groups: Sequence[Sequence[str]], key=lambda x: x) -> set[tuple[str, str]]:
    out = set()
    for g in groups:
        for i, a in enumerate(g):
            for b in g[i + 1:]:
                if key(a) != key(b):
                    out.add(tuple(sorted((a, b))))
    return out


EVENT_GOLD = ("report", "article")


def gold_events(docs: Sequence, by: str = "report") -> list[list[str]]:
    """The gold events (document ids): the versions of one source ("report"), or ("article") the
    versions of every source holding a part of one article (``Source.stories``: WMT reports cut
    from one long article, or joining two short ones, meet). Groups may overlap: a report joining
    two articles is in the event of each, and so in a gold link with the reports of both."""
    if by not in EVENT_GOLD:
        raise ValueError(f"event gold by {by!r}: choose from {', '.join(EVENT_GOLD)}")
    groups = defaultdict(list)
    for d in docs:
        for key in d.stories if by == "article" and d.stories else (d.article,):
            groups[key].append(d.id)
    return list(groups.values())


def event_counts(docs: Sequence, groups: Sequence[Sequence[str]], by: str = "report") -> tuple[int, int, int]:
    """Pairwise event links of ``groups`` (document ids) against ``gold_events``: (right, false,
    missed), as ``score`` counts them for every language pair together."""
    gold, pred = _pairs(gold_events(docs, by)), _pairs(groups)
    return len(gold & pred), len(pred - gold), len(gold - pred)


@dataclass
class Scores:
    """Every count of one pool (or of several, added up), keyed by language pair."""
    events: dict[str, PRF] = field(default_factory=lambda: defaultdict(PRF))
    claims: dict[str, PRF] = field(default_factory=lambda: defaultdict(PRF))
    types: dict[tuple[str, str], "TypePRF"] = field(default_factory=lambda: defaultdict(TypePRF))  # (pair, type)
    merged: dict[str, PRF] = field(default_factory=lambda: defaultdict(PRF))  # recall on merged gold links
    docs: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    reports: dict[tuple[str, str], PRF] = field(default_factory=lambda: defaultdict(PRF))  # claims by (pair, report)

    def __iadd__(self, other: "Scores") -> "Scores":
        for mine, theirs in ((self.events, other.events), (self.claims, other.claims), (self.types, other.types),
                             (self.merged, other.merged), (self.reports, other.reports)):
            for k, v in theirs.items():
                mine[k] += v
        for k, n in other.docs.items():
            self.docs[k] += n
        return self

    @staticmethod
    def total(table: Mapping) -> PRF:
        out = PRF()
        for v in table.values():
            out += v
        return out


def score(docs: Sequence, result: Result, same_lines: bool = False, event_gold: str = "report") -> Scores:
    """Events, claim links, links by type and merged-unit recall, per language pair (``same_lines``:
    the claim gold of ``fine_gold`` with a line reprinted in two reports one claim; ``event_gold``:
    ``gold_events``' unit)."""
    lang = {d.id: d.lang for d in docs}
    doc_of = {sid: d for d, ss in result.sentences.items() for sid, _, _ in ss}
    out = Scores()
    for d in docs:
        out.docs[d.lang] += 1

    def by_pair(pairs: set, of=lambda x: x) -> dict[str, set]:
        split = defaultdict(set)
        for p in pairs:
            split[pair_name(lang[of(p[0])], lang[of(p[1])])].add(p)
        return split

    ge, pe = by_pair(_pairs(gold_events(docs, event_gold), key=lambda x: x)), by_pair(_pairs(result.events, lambda x: x))
    for name in ge.keys() | pe.keys():
        out.events[name].add(ge.get(name, set()), pe.get(name, set()))

    gold = fine_gold(docs, result, same_lines)
    pred = _pairs(result.claims, key=doc_of.get)
    gc, pc = by_pair(gold, doc_of.get), by_pair(pred, doc_of.get)
    article = {d.id: d.article for d in docs}
    for name in gc.keys() | pc.keys():
        g, p = gc.get(name, set()), pc.get(name, set())
        out.claims[name].add(g, p)
        # the same counts by report (a pair across two reports: its first sentence's)
        by_report = defaultdict(lambda: (set(), set()))
        for pairs, k in ((g, 0), (p, 1)):
            for x in pairs:
                by_report[article[doc_of[x[0]]]][k].add(x)
        for report, (rg, rp) in by_report.items():
            out.reports[name, report].add(rg, rp)

    # types: gold from the gold graph, predicted from claim member sizes
    gold_deg: dict[tuple[str, str], int] = defaultdict(int)  # (sentence, other doc) -> partners there
    for x, y in gold:
        gold_deg[x, doc_of[y]] += 1
        gold_deg[y, doc_of[x]] += 1
    pred_deg: dict[tuple[str, str], int] = defaultdict(int)  # (sentence, other doc) -> partners there
    for x, y in pred:  # a sentence in two claims (shared) has its partners of both
        pred_deg[x, doc_of[y]] += 1
        pred_deg[y, doc_of[x]] += 1

    def typed(pairs: set, deg: Mapping) -> dict[tuple[str, str], set]:
        out_t = defaultdict(set)
        for x, y in pairs:
            name = pair_name(lang[doc_of[x]], lang[doc_of[y]])
            first, second = (x, y) if name.startswith(lang[doc_of[x]] + "-") else (y, x)
            kind = _link_type(deg.get((first, doc_of[second]), 1), deg.get((second, doc_of[first]), 1))
            out_t[name, kind].add((x, y))
        return out_t

    gt, pt = typed(gold, gold_deg), typed(pred, pred_deg)
    for key in gt.keys() | pt.keys():
        g, p = gt.get(key, set()), pt.get(key, set())
        out.types[key] += TypePRF(len(g & pred), len(g), len(p & gold), len(p))

    merged = merged_sentences(docs, result)
    gm = {p for p in gold if p[0] in merged or p[1] in merged}
    for name, pairs in by_pair(gm, doc_of.get).items():
        out.merged[name].tp += len(pairs & pred)
        out.merged[name].fn += len(pairs - pred)
    return out


def claim_interval(scores: Scores, pair: str, draws: int = 1000, seed: int = 0,
                   level: float = 0.95) -> tuple[float, float]:
    """A percentile bootstrap interval of ``pair``'s claim-link F1, resampling reports (Koehn 2004,
    sacrebleu's bootstrap, with the report as the unit: errors cluster in a report, so links are not
    independent draws). A pair has ~300 gold links in a draw, so its F1 moves by about a point from
    one draw to the next; the interval says how far a target like 0.95 is from a figure. ``pair``
    "all": every language pair, a report's links together."""
    by_report: dict[str, PRF] = defaultdict(PRF)  # "all": every pair of a report together
    for (name, report), v in scores.reports.items():
        if pair in (name, "all"):
            by_report[report] += v
    counts = np.array([(v.tp, v.fp, v.fn) for _, v in sorted(by_report.items())], dtype=np.float64).reshape(-1, 3)
    if not len(counts):
        return 0.0, 0.0
    picks = np.random.default_rng(seed).integers(0, len(counts), size=(draws, len(counts)))
    tp, fp, fn = (counts[:, k][picks].sum(axis=1) for k in range(3))
    denom = 2 * tp + fp + fn
    f1 = np.divide(2 * tp, denom, out=np.zeros(draws), where=denom > 0)
    tail = 100 * (1 - level) / 2
    lo, hi = np.percentile(f1, [tail, 100 - tail])
    return float(lo), float(hi)


def covers(spans: Mapping[str, tuple[float, float]]) -> str:
    """What a sentence covers of the source lines (``positions``' value): "merge" (two lines or
    more), "whole" (one line, at least WHOLE_SHARE of it) or "part" (a piece of one line)."""
    if len(spans) > 1:
        return "merge"
    return "whole" if any(end - start >= WHOLE_SHARE for start, end in spans.values()) else "part"


def claim_errors(docs: Sequence, result: Result, same_lines: bool = False) -> list[dict]:
    """The claim pairs ``score`` counts wrong, to read: each missed gold pair and each false
    predicted pair with its language pair, sentence ids, documents, texts, the claims (indices into
    ``result.claims``) each sentence is in, and what each covers of its lines (``covers``)."""
    doc_of = {sid: d for d, ss in result.sentences.items() for sid, _, _ in ss}
    by_id = {d.id: d for d in docs}
    text = {sid: result.texts.get(sid) or by_id[d].text[start:end]
            for d, ss in result.sentences.items() for sid, start, end in ss}
    claims_of: dict[str, list[int]] = defaultdict(list)
    for n, claim in enumerate(result.claims):
        for sid in claim:
            claims_of[sid].append(n)
    pos = positions(docs, result)
    gold = fine_gold(docs, result, same_lines)
    pred = _pairs(result.claims, key=doc_of.get)
    out = []
    for kind, pairs in (("missed", gold - pred), ("false", pred - gold)):
        for x, y in sorted(pairs):
            out.append({"kind": kind, "pair": pair_name(by_id[doc_of[x]].lang, by_id[doc_of[y]].lang),
                        "a": x, "b": y, "doc_a": doc_of[x], "doc_b": doc_of[y],
                        "claims_a": claims_of.get(x, []), "claims_b": claims_of.get(y, []),
                        "covers_a": covers(pos[x]), "covers_b": covers(pos[y]), "text_a": text[x], "text_b": text[y]})
    return out


def baseline(docs: Sequence, result: Result, emb: Mapping[str, np.ndarray],
             within: Sequence[Sequence[str]] | None = None) -> Result:
    """Events = the documents of one date; claims = mutual-best-cosine sentence pairs between
    every two documents of an event, joined transitively. With ``within`` (say the aligner's
    own events) claims are paired inside those groups instead, so that the claim baseline
    is not held back by date-only events."""
    by_date = defaultdict(list)
    date = {d.id: d.date for d in docs}
    for d in result.sentences:
        by_date[date[d]].append(d)
    events = list(by_date.values())
    groups_of_docs = [list(g) for g in within] if within is not None else events
    parent = {sid: sid for ss in result.sentences.values() for sid, _, _ in ss}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for ev in groups_of_docs:
        for i, a in enumerate(ev):
            for b in ev[i + 1:]:
                ia = [s for s, _, _ in result.sentences[a]]
                ib = [s for s, _, _ in result.sentences[b]]
                if not ia or not ib:
                    continue
                sim = np.stack([emb[s] for s in ia]) @ np.stack([emb[s] for s in ib]).T
                fwd, bwd = sim.argmax(1), sim.argmax(0)
                for x, y in enumerate(fwd):
                    if bwd[y] == x:
                        parent[find(ia[x])] = find(ib[y])
    groups = defaultdict(list)
    for sid in parent:
        groups[find(sid)].append(sid)
    return Result(result.sentences, events, list(groups.values()), result.texts)


def _contiguous(group: set[str], doc_of: Mapping[str, str], pos: Mapping[str, int]) -> bool:
    """Each document's sentences in the group form one run of adjacent sentences (a claim member)."""
    per: dict[str, list[int]] = defaultdict(list)
    for s in group:
        per[doc_of[s]].append(pos[s])
    return all(max(v) - min(v) == len(v) - 1 for v in per.values())


def _best_partition(nodes: list[str], adj: Mapping[str, set], doc_of: Mapping[str, str],
                    pos: Mapping[str, int], contiguous: bool) -> list[set[str]]:
    """Groups of one gold component maximising (gold pairs - other pairs) inside groups, by local
    search (single moves, then group merges, until neither helps); not exact, a lower bound of
    the best."""
    members: dict[int, set[str]] = {i: {x} for i, x in enumerate(nodes)}
    lab = {x: i for i, x in enumerate(nodes)}

    def gain(x: str, g: int) -> int:
        return sum(1 if y in adj[x] else -1 for y in members[g] if y != x and doc_of[y] != doc_of[x])

    def fits(group: set[str]) -> bool:
        return not contiguous or _contiguous(group, doc_of, pos)

    improved = True
    while improved:
        improved = False
        for x in nodes:
            cur = lab[x]
            here = gain(x, cur)
            options = {lab[y] for y in adj[x]} - {cur}
            best, to = here, None
            for g in sorted(options):
                v = gain(x, g)
                if v > best and fits(members[g] | {x}):
                    best, to = v, g
            if to is None and here < 0:
                best, to = 0, max(members) + 1
                members[to] = set()
            if to is not None:
                members[cur].discard(x)
                members[to].add(x)
                lab[x] = to
                if not members[cur]:
                    del members[cur]
                improved = True
        for g in sorted(members):
            if g not in members:
                continue
            for h in sorted({lab[y] for x in members[g] for y in adj[x]} - {g}):
                if h not in members:
                    continue
                v = sum(gain(x, h) for x in members[g])
                if v > 0 and fits(members[g] | members[h]):
                    for x in members.pop(h):
                        members[g].add(x)
                        lab[x] = g
                    improved = True
    return [m for m in members.values() if m]


def partition_ceiling(docs: Sequence, result: Result, contiguous: bool = True) -> Result:
    """Claims an oracle aligner would form from the gold links themselves, as a ``Result``.

    Claims are a partition (every sentence in one claim, all pairs inside a claim count as
    links), and with ``contiguous`` each document's part of a claim is one run of adjacent
    sentences, as the aligner's members are. The fine gold is not transitive (a version that
    merges two lines faces a version that keeps them apart and one that merges the next two),
    so no partition scores 1.0: this is what the best one (found by local search per gold
    component, maximising gold minus other pairs) scores, the ceiling to read figures against.
    """
    gold = fine_gold(docs, result)
    doc_of = {sid: d for d, ss in result.sentences.items() for sid, _, _ in ss}
    pos = {sid: n for ss in result.sentences.values() for n, (sid, _, _) in enumerate(ss)}
    claims = [sorted(g) for g in _partition(gold, doc_of, pos, contiguous)]
    return Result(result.sentences, result.events, claims, result.texts)


def _partition(gold: set[tuple[str, str]], doc_of: Mapping[str, str], pos: Mapping[str, int],
               contiguous: bool) -> list[set[str]]:
    """``_best_partition`` of every connected component of the gold graph."""
    adj: dict[str, set] = defaultdict(set)
    for x, y in gold:
        adj[x].add(y)
        adj[y].add(x)
    seen: set[str] = set()
    groups: list[set[str]] = []
    for start in doc_of:
        if start in seen:
            continue
        comp, stack = [], [start]
        seen.add(start)
        while stack:
            x = stack.pop()
            comp.append(x)
            for y in sorted(adj[x]):
                if y not in seen:
                    seen.add(y)
                    stack.append(y)
        groups += _best_partition(sorted(comp), adj, doc_of, pos, contiguous)
    return groups


def overlap_ceiling(docs: Sequence, result: Result, contiguous: bool = True) -> Result:
    """``partition_ceiling`` with one more freedom: a sentence may be a member of several claims
    (a merged sentence is a member of the claim of each line it says).

    The sentences with two or more gold partners in one other document (merges) are left out
    of the best partition of the rest; then every sentence joins each group holding one of its
    gold partners when that adds more gold pairs than other pairs (and, with ``contiguous``,
    its document's part of the group stays one run of adjacent sentences). A lower bound of the
    best, as the partition ceiling is: what the aligner can reach once claims may overlap, as
    ``claims._share_merged`` lets them.
    """
    gold = fine_gold(docs, result)
    doc_of = {sid: d for d, ss in result.sentences.items() for sid, _, _ in ss}
    pos = {sid: n for ss in result.sentences.values() for n, (sid, _, _) in enumerate(ss)}
    adj: dict[str, set] = defaultdict(set)
    for x, y in gold:
        adj[x].add(y)
        adj[y].add(x)
    many = {x for x in adj if max(Counter(doc_of[y] for y in adj[x]).values()) > 1}
    groups = [g for g in _partition({p for p in gold if not many & set(p)}, doc_of, pos, contiguous)
              if not g <= many]
    of: dict[str, set[int]] = defaultdict(set)
    for n, g in enumerate(groups):
        for s in g:
            of[s].add(n)

    def join(x: str) -> None:
        for n in sorted({m for y in adj[x] for m in of[y]} - of[x]):
            g = groups[n]
            if contiguous and not _contiguous(g | {x}, doc_of, pos):
                continue
            if sum(1 if y in adj[x] else -1 for y in g if doc_of[y] != doc_of[x]) > 0:
                g.add(x)
                of[x].add(n)

    for x in sorted(many, key=lambda x: (-len(adj[x]), x)):
        join(x)
        if not of[x]:
            of[x].add(len(groups))
            groups.append({x})
    for x in sorted(doc_of):
        join(x)
    return Result(result.sentences, result.events, [sorted(g) for g in groups], result.texts)
