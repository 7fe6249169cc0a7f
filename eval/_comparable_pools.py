"""Comparable reports as long as real news, built from real parallel text.

A *source* is one long report in several languages, line-aligned: consecutive
FLORES-200 articles of one domain and topic joined to 15-40 lines (FLORES articles
are 2-6 lines; real reports are 15-40 sentences), or consecutive lines of the
WMT Turkish-English news test sets cut at headlines. From a source every language
gets its own *version*, as a second outlet would write it:

- drops: a random DROP share of the lines is left out, independently per version;
- merges: each adjacent pair of surviving lines is merged into ONE sentence with
  chance MERGE (the first line's full stop becomes a semicolon, so the segmenter
  keeps the two as one sentence: a real 1-2 link for the aligner);
- block reorders: the surviving units are cut into paragraph blocks of 2-3 units,
  kept in order inside a block, and the blocks shuffled (the recipe of the FLORES
  pools before, so the hidden figures of issue 12 compare).

Gold is kept per character span of each source line in the version's text, and the
character span of every merge, so any segmentation maps back to the lines it covers.
Library code: takes lines, returns documents; the eval script does the file I/O.
"""
from __future__ import annotations

import datetime as dt
import random
import re
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

DROP = 0.3  # share of lines each version leaves out
MERGE = 0.1  # chance that two adjacent surviving lines become one sentence
BLOCK_SIZES = (2, 3)  # units per paragraph block; blocks are shuffled, order inside a block kept
REPORT_MIN, REPORT_MAX = 15, 40  # lines of a source report (real long-form news)
ARTICLES_PER_DATE = 8  # reports sharing a news day: event grouping must tell them apart
LATE = 0.2  # chance that a version appears one day after its report's date
# what a merge turns the first line's full stop into (--merge-junction): the pools' semicolon, or a
# comma as real merged sentences join as often (a robustness draw), or each merge one of a semicolon,
# a comma and a comma with the language's "and" (``{and}``: its pack's first clause conjunction),
# drawn apart from the versions (real news writes all three)
JUNCTIONS = {"semicolon": (";",), "comma": (",",), "mixed": (";", ",", ", {and}")}
CLOSERS = "\"'”’»)]"  # closing quotes and brackets that may follow a full stop
TERMINAL = ".?!…:"  # a line ending in one of these (before closers) is not a headline


@dataclass(frozen=True)
class Source:
    """One report in several languages: ``lines[lang]`` are line-aligned across languages;
    ``keys`` name each line uniquely in the data set (gold identity)."""
    id: str
    keys: tuple[str, ...]
    lines: Mapping[str, tuple[str, ...]]
    stories: tuple[str, ...] = ()  # the articles it holds (a part of) when packing cut or joined them; (): itself


@dataclass
class Doc:
    """One version of a source: its text and where each source line and merge sits in it."""
    id: str
    article: str  # the source's id: versions of one source are one gold event
    lang: str
    date: str
    text: str
    spans: list[tuple[int, int, tuple[str, ...]]]  # (start, end, (line key,)) of every kept line
    merges: list[tuple[int, int]] = field(default_factory=list)  # (end of first line, start of second)
    stories: tuple[str, ...] = ()  # the source's ``stories``: the articles of the report-by-article gold


# --- sources ------------------------------------------------------------------------------

def topic_key(topic: str) -> str:
    """The first word of a FLORES topic field ("Politics and conflicts" -> "politics",
    "travel, safety" -> "travel", "science/applied ecology" -> "science")."""
    m = re.search(r"[a-z]+", topic.lower())
    return m.group(0) if m else ""


def pack(groups: Sequence[Sequence[int]], lo: int = REPORT_MIN, hi: int = REPORT_MAX) -> list[list[int]]:
    """Join consecutive groups (articles) into reports of ``lo``..``hi`` lines; a group longer
    than ``hi`` is cut into near-equal parts. A trailing report shorter than ``lo`` joins the
    previous one when the two fit in ``hi``."""
    parts: list[list[int]] = []
    for g in groups:
        g = list(g)
        n = -(-len(g) // hi)
        size = -(-len(g) // n) if n else 0
        parts += [g[i:i + size] for i in range(0, len(g), size)] if g else []
    out: list[list[int]] = []
    cur: list[int] = []
    for p in parts:
        if cur and len(cur) + len(p) > hi:
            out.append(cur)
            cur = []
        cur = cur + p
        if len(cur) >= lo:
            out.append(cur)
            cur = []
    if cur:
        if out and len(out[-1]) + len(cur) <= hi:
            out[-1] += cur
        else:
            out.append(cur)
    return out


def flores_sources(lines: Mapping[str, Sequence[str]], meta: Sequence[Mapping[str, str]],
                   lo: int = REPORT_MIN, hi: int = REPORT_MAX) -> list[Source]:
    """FLORES articles (consecutive lines of one URL) joined within (domain, topic) in file order;
    what a topic leaves over (< ``lo`` lines) is joined within its domain."""
    articles: list[list[int]] = []
    for i, row in enumerate(meta):
        if articles and meta[i - 1]["URL"] == row["URL"]:
            articles[-1].append(i)
        else:
            articles.append([i])
    buckets: dict[tuple[str, str], list[list[int]]] = {}
    for a in articles:
        row = meta[a[0]]
        buckets.setdefault((row["domain"], topic_key(row["topic"])), []).append(a)
    reports: list[list[int]] = []
    leftover: dict[str, list[list[int]]] = {}
    for (domain, _), arts in buckets.items():
        packed = pack(arts, lo, hi)
        if packed and len(packed[-1]) < lo:
            leftover.setdefault(domain, []).append(packed.pop())
        reports += packed
    for rest in leftover.values():
        reports += pack(rest, lo, hi)
    reports.sort(key=lambda r: r[0])
    return [Source(f"flores-r{n:03d}", tuple(f"flores:{i}" for i in r),
                   {lang: tuple(ls[i].strip() for i in r) for lang, ls in lines.items()})
            for n, r in enumerate(reports)]


def is_headline(line: str) -> bool:
    """A news headline: no sentence-final punctuation (closing quotes aside)."""
    core = line.rstrip().rstrip(CLOSERS)
    return bool(core) and core[-1] not in TERMINAL and len(line) < 200


def wmt_sources(tr: Sequence[str], en: Sequence[str], tag: str,
                lo: int = REPORT_MIN, hi: int = REPORT_MAX) -> list[Source]:
    """WMT news in order: an article starts at a headline (read on the English side) that
    follows a body line; short articles are joined with the next, long ones cut."""
    if len(tr) != len(en):
        raise ValueError(f"{tag}: Turkish and English differ in length ({len(tr)} vs {len(en)} lines)")
    keep = [i for i in range(len(en)) if tr[i].strip() and en[i].strip()]
    articles: list[list[int]] = []
    prev_head = False
    for i in keep:
        head = is_headline(en[i])
        if not articles or (head and not prev_head):
            articles.append([])
        articles[-1].append(i)
        prev_head = head
    article_of = {i: f"{tag}-a{n:03d}" for n, a in enumerate(articles) for i in a}
    return [Source(f"{tag}-r{n:03d}", tuple(f"{tag}:{i}" for i in r),
                   {"tr": tuple(tr[i].strip() for i in r), "en": tuple(en[i].strip() for i in r)},
                   tuple(dict.fromkeys(article_of[i] for i in r)))
            for n, r in enumerate(pack(articles, lo, hi))]


# --- versions -----------------------------------------------------------------------------

def mergeable(line: str) -> bool:
    """A line ending in one full stop (closers aside) can take a semicolon instead."""
    core = line.rstrip().rstrip(CLOSERS)
    return core.endswith(".") and not core.endswith("..")


def merge_lines(first: str, second: str, junction: str = ";",
                lower: Collection[str] = ()) -> tuple[str, str]:
    """The two parts of one merged sentence: ``first`` with its full stop turned into a
    semicolon (or ``junction``) after any closing quote, and ``second`` as is, or with its first
    letter in lower case when its first word is one of ``lower`` (``lower_words``)."""
    body = first.rstrip()
    closers = body[len(body.rstrip(CLOSERS)):]
    core = body[:len(body) - len(closers)]
    words = second.split(maxsplit=1)
    if words and _WORD.sub("", words[0]).lower() in lower:
        second = second[:1].lower() + second[1:]
    return core[:-1] + closers + junction, second


_WORD = re.compile(r"[^\w'-]+")


def lower_words(lines: Iterable[str]) -> frozenset[str]:
    """Words the lines write inside a line (not first) in lower case more often than capitalized:
    what a merge writes in lower case when one opens the second line ("The" -> "the", a name stays)."""
    count: Counter[tuple[str, bool]] = Counter()
    for line in lines:
        for word in line.split()[1:]:
            w = _WORD.sub("", word)
            if w:
                count[(w.lower(), w == w.lower())] += 1
    return frozenset(w for (w, low), n in count.items() if low and n > count[(w, False)])


def make_version(keys: Sequence[str], lines: Sequence[str], rng: random.Random, drop: float = DROP,
                 merge: float = MERGE, junction: str | Sequence[str] = ";", pick: random.Random | None = None,
                 lower: Collection[str] = frozenset(), reorder: bool = True
                 ) -> tuple[str, list[tuple[int, int, tuple[str, ...]]], list[tuple[int, int]]]:
    """(text, spans, merges) of one version of a report's lines (see the module docstring).
    Several junctions: each merge takes one drawn with ``pick`` (not ``rng``: the drops, merges
    and orders stay those of one junction), the second line in lower case when its first word is
    one of ``lower`` (``lower_words`` of the language's lines). ``reorder`` False keeps the blocks
    in order (with ``drop`` and ``merge`` 0: a parallel version, every line as written)."""
    choices = (junction,) if isinstance(junction, str) else tuple(junction)
    if len(choices) > 1 and pick is None:
        raise ValueError("make_version: several junctions need a generator to pick with (pick=)")
    lower = lower if len(choices) > 1 else frozenset()
    n = len(lines)
    keep = sorted(rng.sample(range(n), n - round(drop * n)))
    units: list[tuple[int, ...]] = []
    i = 0
    while i < len(keep):
        if i + 1 < len(keep) and rng.random() < merge and mergeable(lines[keep[i]]):
            units.append((keep[i], keep[i + 1]))
            i += 2
        else:
            units.append((keep[i],))
            i += 1
    blocks: list[list[tuple[int, ...]]] = []
    i = 0
    while i < len(units):
        size = rng.choice(BLOCK_SIZES)
        blocks.append(units[i:i + size])
        i += size
    if reorder:
        rng.shuffle(blocks)
    text, spans, merges = "", [], []
    for b, block in enumerate(blocks):
        for u, unit in enumerate(block):
            text += ("\n\n" if b else "") if u == 0 else "\n"
            if len(unit) == 2:
                chosen = choices[0] if len(choices) == 1 else pick.choice(choices)  # type: ignore[union-attr]
                parts = merge_lines(lines[unit[0]], lines[unit[1]], chosen, lower)
            else:
                parts = (lines[unit[0]],)
            for p, (k, part) in enumerate(zip(unit, parts)):
                if p:
                    text += " "
                start = len(text)
                text += part
                spans.append((start, len(text), (keys[k],)))
            if len(unit) == 2:
                merges.append((spans[-2][1], spans[-1][0]))
    return text, spans, merges


def build_pool(sources: Sequence[Source], langs: Sequence[str], seed: str, tag: str,
               base: dt.date = dt.date(2025, 1, 1), copy: int = 0, junction: str | Sequence[str] = ";",
               conjunctions: Mapping[str, str] | None = None, parallel: bool = False,
               versions: Mapping[str, str] | None = None) -> list[Doc]:
    """One version per source and language (of ``langs`` the source has), ARTICLES_PER_DATE
    sources a day in an order drawn with ``seed``, a LATE share of versions a day later.
    Each version is drawn with its own seed (``seed``, source, language), so a pool of fewer
    languages holds the very same versions. ``copy`` > 0 makes another independent draw of
    the same sources (ids tagged ``-cN``) for the scaling check. ``junction``: what a merge
    joins with (``merge_lines``), or several to draw from per merge (``make_version``), ``{and}``
    in one standing for ``conjunctions[lang]``; the draws are the same whatever it is.
    ``parallel``: every version keeps every line, unmerged and in order (the issue's parallel
    case). ``versions`` maps a key of ``langs`` (and of the sources' lines) that is not a
    language to the language its lines are in: a second outlet writing one language (``en2``:
    ``en``), its documents in that language, ids tagged with the key, drawn apart."""
    versions = versions or {}
    suffix = f"-c{copy}" if copy else ""
    order = sorted(sources, key=lambda s: s.id)
    several = not isinstance(junction, str) and len(junction) > 1
    lower = {lang: lower_words(line for src in order for line in src.lines.get(lang, ())) if several else frozenset()
             for lang in langs}
    random.Random(f"{seed}{suffix}").shuffle(order)
    docs = []
    for n, src in enumerate(order):
        day = base + dt.timedelta(days=n // ARTICLES_PER_DATE)
        for key in langs:
            if key not in src.lines:
                continue
            lang = versions.get(key, key)
            rng = random.Random(f"{seed}{suffix}-{src.id}-{key}")
            choices = (junction,) if isinstance(junction, str) else tuple(junction)
            if any("{and}" in j for j in choices):
                if not conjunctions or lang not in conjunctions:
                    raise ValueError(f"build_pool: a junction with {{and}} needs the conjunction of {lang!r}")
                choices = tuple(j.replace("{and}", conjunctions[lang]) for j in choices)
            pick = random.Random(f"{seed}{suffix}-{src.id}-{key}-junction") if len(choices) > 1 else None
            shape = {"drop": 0.0, "merge": 0.0, "reorder": False} if parallel else {}
            text, spans, merges = make_version(src.keys, src.lines[key], rng, junction=choices, pick=pick,
                                               lower=lower[key], **shape)
            date = day + dt.timedelta(days=1) if rng.random() < LATE else day
            docs.append(Doc(f"{tag}-{src.id}{suffix}-{key}", src.id + suffix, lang, date.isoformat(),
                            text, spans, merges, tuple(a + suffix for a in src.stories)))
    return docs


def split_sources(sources: Sequence[Source], seed: int | str) -> dict[str, list[Source]]:
    """A dev half and a test half, drawn with ``seed``."""
    order = list(sources)
    random.Random(seed).shuffle(order)
    half = len(order) // 2
    return {"dev": sorted(order[:half], key=lambda s: s.id), "test": sorted(order[half:], key=lambda s: s.id)}


def spread(sources: Sequence[Source], n: int | None) -> list[Source]:
    """``n`` sources evenly spaced through ``sources`` (all when ``n`` is None or larger): WMT
    files hold originally English news first and originally Turkish news after."""
    if n is None or n >= len(sources):
        return list(sources)
    return [sources[i * len(sources) // n] for i in range(n)]
