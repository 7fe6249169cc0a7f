"""Pairing the facts two sources give in one claim group, and naming what disagrees.

A *thing* is what a fact is about, as far as rules can tell: the counted unit for
quantities ("memorandum"), or just the kind for dates, titles and names. Facts of
two sources are paired greedily, identical values first, then the closest
compatible ones; what stays unpaired on *both* sides is a disagreement. A value
only one source gives is not a disagreement (it is at most a single-source fact).

Quantities pair in two rounds. First by unit: same unit, compatible values. Then
the leftovers, where a number without a unit (the extractor found no counted noun,
common in one language but not the other) may pair with any unit. What is still
unpaired disagrees when it has the same unit on both sides, or when exactly one
quantity is left on each side and at most one of them has a unit: the aligned
sentences then have only that one figure left to be talking about (small counts
without a unit, "doubled" / "iki katına", are set aside for this). Two different
units never meet ("ten years ago" and "10 memoranda").
"""
from __future__ import annotations

import regex
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from ..lang import REGISTRY
from ..records import Fact
from ..translit import name_key
from .severity import SMALL_COUNT, rounded
from ..facts.kinds import compatible, distance
from ..facts.name_match import NameWord, derived, guess_langs, ref_of, words_meet
from ..facts.names import is_calendar_word, place_known

Thing = tuple[str, str | None]  # (fact kind, unit for quantities else None)
NAME_MAX_WORDS = 2
NAME_WORD_MIN = 3  # shorter key words ("de", "la", initials) say nothing about a swap


@dataclass(frozen=True)
class Finding:
    kind: str  # "conflict" | "hedge"
    thing: Thing
    facts: tuple[Fact, ...]
    basis: str  # what the evidence is, for ``severity.RULES``: "same_unit", "rounding", "dropped"…


def thing_of(f: Fact) -> Thing:
    return (f.kind, f.unit if f.kind == "quantity" else None)


def pair_facts(a: Sequence[Fact], b: Sequence[Fact],
               allowed: Callable[[Fact, Fact], bool] = lambda x, y: True
               ) -> tuple[list[tuple[Fact, Fact]], list[Fact], list[Fact]]:
    """Greedy one-to-one pairing of compatible facts, best pairs first: (pairs, left of a, left of b)."""
    candidates = []
    for i, fa in enumerate(a):
        for j, fb in enumerate(b):
            if allowed(fa, fb) and compatible(fa, fb):
                exact = str(fa.value) == str(fb.value)
                rank = 0 if exact and fa.hedge == fb.hedge else 1 if exact else 2
                candidates.append((rank, distance(fa, fb), i, j))
    candidates.sort()
    used_a: set[int] = set()
    used_b: set[int] = set()
    pairs = []
    for _, _, i, j in candidates:
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        pairs.append((a[i], b[j]))
    return (pairs, [f for i, f in enumerate(a) if i not in used_a],
            [f for j, f in enumerate(b) if j not in used_b])


_UPPER, _LOWER = ("less_than", "up_to"), ("more_than", "at_least")


def hedge_basis(a: Fact, b: Fact) -> str:
    """"dropped" when one side is exact (the other only vaguer: a translator's habit),
    "opposite" when one bounds from below and the other from above, else "differs"."""
    if "exact" in (a.hedge, b.hedge):
        return "dropped"
    if {a.hedge, b.hedge} & set(_UPPER) and {a.hedge, b.hedge} & set(_LOWER):
        return "opposite"
    return "differs"


# "10 до 15", "150-ден 200-ге дейін", "10 ila 15": the extractor reads the second figure of a
# range as "up to 15" when its "to" doubles as the hedge word. A figure hedged "up to" that
# follows another figure of its sentence within this many characters ends a range, and
# facing a plain 15 it is the same statement. Set from the unchanged pairs of the
# consistency eval's dev split, where every such gap was 4–9 characters.
# The fact must also open with a range word of a pack ("до 15") or with its figure (the hedge
# after it: "200-ге дейін"): "5.000 retweet ve en fazla 4.000" (at most 4,000) is no range end.
RANGE_GAP = 12
_RANGE_WORDS = frozenset(w for p in REGISTRY.values() for w in p.numbers.range_join)


def _range_end(f: Fact, side: Sequence[Fact]) -> bool:
    first = f.surface.split()[0].lower() if f.surface.split() else ""
    return (f.hedge == "up_to" and (first in _RANGE_WORDS or first[:1].isdigit())
            and any(g is not f and g.kind == "quantity" and g.sentence == f.sentence
                    and 0 <= f.start - g.end <= RANGE_GAP for g in side))


def _hedges(pairs: list[tuple[Fact, Fact]], side_a: Sequence[Fact] = (),
            side_b: Sequence[Fact] = ()) -> list[Finding]:
    return [Finding("hedge", ("quantity", a.unit or b.unit), (a, b), hedge_basis(a, b))
            for a, b in pairs if a.hedge != b.hedge
            and not (b.hedge == "exact" and _range_end(a, side_a))
            and not (a.hedge == "exact" and _range_end(b, side_b))]


def compare_quantities(a: Sequence[Fact], b: Sequence[Fact]) -> list[Finding]:
    findings: list[Finding] = []
    pairs, left_a, left_b = pair_facts(a, b, lambda x, y: x.unit is not None and x.unit == y.unit)
    findings += _hedges(pairs, a, b)
    pairs, left_a, left_b = pair_facts(left_a, left_b,
                                       lambda x, y: x.unit is None or y.unit is None or x.unit == y.unit)
    findings += _hedges(pairs, a, b)
    for unit in sorted({f.unit for f in left_a if f.unit} & {f.unit for f in left_b if f.unit}):
        fa = [f for f in left_a if f.unit == unit]
        fb = [f for f in left_b if f.unit == unit]
        basis = "rounding" if all(rounded(x, y) for x in fa for y in fb) else "same_unit"
        findings.append(Finding("conflict", ("quantity", unit), tuple(fa + fb), basis))
    lone = _lone_pair(left_a, left_b)
    if lone is not None:
        x, y = lone
        if x.unit is None or y.unit is None:
            basis = "rounding" if rounded(x, y) else "one_unit"
            findings.append(Finding("conflict", ("quantity", x.unit or y.unit), (x, y), basis))
    return findings


def _small_bare(f: Fact) -> bool:
    """A count below ``severity.SMALL_COUNT`` with no counted noun: "iki katına" (doubled), "екіге"
    (in two), what every passage counts in passing."""
    return f.unit is None and abs(float(f.value)) < SMALL_COUNT and (f.high is None or abs(f.high) < SMALL_COUNT)


def _lone_pair(left_a: Sequence[Fact], left_b: Sequence[Fact]) -> tuple[Fact, Fact] | None:
    """The one figure each side has left, the only one the aligned sentences can be talking
    about; small bare counts (``_small_bare``) are set aside when a larger figure is left, so
    "1.000'den fazla … iki katına" still faces "more than 2,000 … doubled"."""
    if len(left_a) == 1 and len(left_b) == 1:
        return left_a[0], left_b[0]
    ra, rb = [f for f in left_a if not _small_bare(f)], [f for f in left_b if not _small_bare(f)]
    if len(ra) == 1 and len(rb) == 1:
        return ra[0], rb[0]
    return None


def _lone_name(f: Fact, other_doc_names: Sequence[Fact]) -> bool:
    """A short, capitalized name the other document never mentions (by any spelling)."""
    return (f.surface[:1].isupper() and len(str(f.value).split()) <= NAME_MAX_WORDS
            and not any(compatible(f, g) for g in other_doc_names))


def compare_facts(a: Sequence[Fact], b: Sequence[Fact], *, names: bool = True,
                  doc_names: tuple[Sequence[Fact], Sequence[Fact]] = ((), ())) -> list[Finding]:
    """What two sources' facts in one claim group disagree on.

    Names are the noisiest facts: translated names ("Geçici Seçim Konseyi" /
    "Provisional Electoral Council") share no letters, and one source may name a
    place the other leaves out. So two names disagree only when each side has
    exactly one name the other lacks, of at most ``NAME_MAX_WORDS`` words (long
    names are the translated ones), capitalized (a lower-case "сербиялық" is an
    adjective), and not mentioned anywhere in the other document (``doc_names``:
    every name fact of A's and of B's document).
    """
    findings = compare_quantities([f for f in a if f.kind == "quantity"], [f for f in b if f.kind == "quantity"])
    for kind in ("date", "title"):
        pairs, left_a, left_b = pair_facts([f for f in a if f.kind == kind], [f for f in b if f.kind == kind])
        # "about 16 November" / "16 Kasım": the same date told with different certainty
        findings += [Finding("hedge", (kind, None), (x, y), hedge_basis(x, y))
                     for x, y in pairs if x.hedge != y.hedge]
        if left_a and left_b:
            findings.append(Finding("conflict", (kind, None), tuple(left_a + left_b), kind))
    if names:
        _, left_a, left_b = pair_facts([f for f in a if f.kind == "name"], [f for f in b if f.kind == "name"])
        if len(left_a) == 1 and len(left_b) == 1 and _lone_name(left_a[0], doc_names[1]) \
                and _lone_name(left_b[0], doc_names[0]):
            findings.append(Finding("conflict", ("name", None), (left_a[0], left_b[0]), "name"))
    return findings


def _name_words(f: Fact) -> list[NameWord]:
    """The identifying words of a name fact (``name_match.ref_of``), initials and numerals aside."""
    return [w for w in ref_of(f.surface).words
            if len(w.text) >= NAME_WORD_MIN and not _ROMAN.fullmatch(w.text.lower())]


_ROMAN = regex.compile(r"[ivxlc]+")


def _lone_word(word: NameWord, other_words: Sequence[NameWord]) -> bool:
    """A name word that sounds like no name word of the other document (``name_match``)."""
    return not any(words_meet(word, w) for w in other_words)


# A word written lower-case in running text is a common word of its language, not a
# name: "western" / «западната» / «şelalesi» / «солтүстік». When the differing words of a
# name pair are *both* common words of their languages ("Western" / «Западна»), they are
# a translated part of the name, not a swap; one common side is no proof, since a swap
# may replace a translated word ("Office" -> «Упсала»). Common words come from the
# documents being checked, nothing else. Stems: a key and the key less up to
# COMMON_TAIL letters of ending on either side («Şelaleri» / «şelale», «западната» /
# «Западна»), never shorter than COMMON_STEM_MIN letters: a short article or ending, as in
# the dev split of eval/consistency_eval.py, which lost no name swap with these values.
# Requiring one common side only lost two dev swaps ("Office", "Electric"), so both it is.
COMMON_TAIL = 3
COMMON_STEM_MIN = 4
_LOWER_WORD = regex.compile(r"(?<![\p{L}\p{M}'’-])\p{Ll}[\p{L}\p{M}]+")


def common_stems(texts: Iterable[str], lang: str) -> frozenset[str]:
    """Stems (``COMMON_TAIL``) of the name keys of every word the texts write lower-case."""
    stems: set[str] = set()
    for text in texts:
        for word in {m.group() for m in _LOWER_WORD.finditer(text)}:
            key = name_key(word, lang)
            stems |= {key[:len(key) - k] for k in range(COMMON_TAIL + 1) if len(key) - k >= COMMON_STEM_MIN}
    return frozenset(stems)


def _word_key(word: NameWord) -> str:
    """The key ``common_stems`` gives the same word written lower-case."""
    return name_key(word.text, guess_langs(word.text)[0])


def _common(word: str, stems: frozenset[str]) -> bool:
    return any(word[:len(word) - k] in stems for k in range(COMMON_TAIL + 1)
               if len(word) - k >= COMMON_STEM_MIN)


# Names of the two linked sentences that must meet before a lone name on each side counts as
# a swap in one slot. Swept 1/2 on the calibration half of eval/real_pairs.py --limit 40
# --kinds name (WMT tr-en, FLORES bg-en): 2 halves the recall gained (bg 0.17/0.08 -> 0.12/0.04,
# WMT 0.23/0.23 -> 0.20/0.17 for src/en injections) for one false medium pair in 80 fewer.
# Two sentences that each name one name only need no anchor: the slot is the sentence
# (eval/real_pairs.py --kinds name, all five languages: injected-name recall 0.04-0.24 ->
# 0.12-0.29 per dataset and side; its one new false medium pair in 240, «Луната» / "Moon",
# went with the Moon among the packs' exonyms).
SLOT_ANCHORS = 1


def _identifying(f: Fact, stems: frozenset[str]) -> bool:
    """Every word of the name identifies it: no initial, no pack generic word, no word its
    language writes lower-case in the documents (``common_stems``: «Според», "Western")."""
    words = _name_words(f)
    return (bool(words) and not any(w.initial for w in ref_of(f.surface).words)
            and all(not w.generic and not _common(_word_key(w), stems) for w in words))


def _place(f: Fact) -> bool:
    return any(w.place is not None for w in _name_words(f))


def name_slot_conflicts(a: Sequence[Fact], b: Sequence[Fact],
                        doc_names: tuple[Sequence[Fact], Sequence[Fact]],
                        common: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()),
                        opens: Callable[[Fact], bool] = lambda f: False,
                        capitals: Callable[[str], Sequence[str]] = lambda sentence: ()) -> list[Finding]:
    """Two different entities in one slot of two linked sentences in different languages,
    told apart without English.

    A name one side lacks proves little (names are translated: India / «Үндістан»), so
    the evidence must be that of a swap: the other names of the two sentences all meet
    (``name_match.same_entity``), and at least one does (the slot is anchored: the
    sentences name the same people and places around it) unless each sentence names one
    name only (the slot is the sentence); exactly one name is left on
    each side, and neither meets any name anywhere in the other report (``_lone_name``);
    both consist of identifying words only (``_identifying``), neither opens its sentence
    (``opens``: a capital there is no evidence of a name, «Сән» / "fashion"), neither sounds
    like a capitalized word of the other side's sentences (``capitals``: one opening its
    sentence is no name fact, «Słania 1956'da…» / "In 1956 Słania…"), neither is an
    acronym (translated with its words: «БВП» / "GDP"); a gazetteer place faces a place, or a
    plain name in a language whose pack names that place (``_place_told``: else the word may
    be its exonym); the two have as many words (a
    swap puts a name for a name; a translation may say "Nova Scotia" / «Шотландия», "Veteran
    Assembly" / «Meclisimizi»); and the two are not each
    mentioned again in their own document (a name pair that recurs is a translation, «Fas» /
    "Morocco"; a swap changes one mention).
    """
    pairs, left_a, left_b = pair_facts([f for f in a if f.kind == "name"], [f for f in b if f.kind == "name"])
    if len(pairs) < SLOT_ANCHORS and (len(left_a) != 1 or len(left_b) != 1):
        return []
    words_a, words_b = _capital_words(a, capitals), _capital_words(b, capitals)
    lone_a = [f for f in left_a if _lone_name(f, doc_names[1]) and _identifying(f, common[0]) and not opens(f)
              and not _written(f, words_b)]
    lone_b = [f for f in left_b if _lone_name(f, doc_names[0]) and _identifying(f, common[1]) and not opens(f)
              and not _written(f, words_a)]
    if len(lone_a) != 1 or len(lone_b) != 1:
        return []
    x, y = lone_a[0], lone_b[0]
    if _acronym(x) or _acronym(y) or len(_name_words(x)) != len(_name_words(y)):
        return []
    if _place(x) != _place(y) and not (_place_told(x, y) or _place_told(y, x)):
        return []
    if _elsewhere(x, doc_names[0]) and _elsewhere(y, doc_names[1]):
        return []
    return [Finding("conflict", ("name", None), (x, y), "name_slot")]


def _place_told(p: Fact, other: Fact) -> bool:
    """``p`` is a place the packs of every language ``other`` may be written in name
    (``names.place_known``), and ``other`` is a plain name, not an adjective or demonym
    (``name_match.derived``: «Рижского» / "Riga"): had ``other`` named the place, it would be a
    place with its key, so a word the gazetteer does not know is another name."""
    keys = [w.place for w in _name_words(p) if w.place is not None]
    langs = guess_langs(other.surface)
    return (bool(keys) and all(place_known(k, lang) for k in keys for lang in langs)
            and not any(derived(w, lang) for w in other.surface.split() for lang in langs))


def _calendar(word: NameWord) -> bool:
    """A month or weekday name in a language the word may be written in (``guess_langs``)."""
    return any(is_calendar_word(word.text, lang) for lang in guess_langs(word.text))


def _capital_words(facts: Sequence[Fact], capitals: Callable[[str], Sequence[str]]) -> list[NameWord]:
    """Name words of every capitalized word of the facts' sentences (``capitals``)."""
    return [w for sid in dict.fromkeys(f.sentence for f in facts) for word in capitals(sid)
            for w in ref_of(word).words if not w.initial]


def _written(f: Fact, words: Sequence[NameWord]) -> bool:
    """The other side writes the name, though not as a name: a capital opening its sentence
    («Słania 1956'da…» / "In 1956 Słania…") is no name fact, yet no empty slot either."""
    return any(words_meet(u, v) for u in _name_words(f) for v in words)


def _acronym(f: Fact) -> bool:
    """«БВП» / "GDP", «ООН» / "UN": acronyms are translated with the words they stand for."""
    letters = [c for c in f.surface.split("'")[0].split("’")[0] if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _elsewhere(f: Fact, own_doc_names: Sequence[Fact]) -> bool:
    """The name is mentioned again in another sentence of its own document."""
    return any(g.sentence != f.sentence and compatible(f, g) for g in own_doc_names)


def name_swaps(a: Sequence[Fact], b: Sequence[Fact],
               doc_names: tuple[Sequence[Fact], Sequence[Fact]],
               common: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())) -> list[Finding]:
    """Names two sources in different languages give for one thing, compared without English.

    Names are often translated rather than transliterated (Almanya / Germany,
    «Седемте сестри» / «The Seven Sisters»), so a name one side lacks proves little.
    What does: the same multi-word name on both sides (every other word sounds the
    same, ``name_match.words_meet``) with exactly one word that nowhere in the other
    document has a match — "Buenos Aires" / "Буенос Гьоте", "Arnold Schwarzenegger" /
    "Дейвид Шварценегер" — and that is no common word of its language (``common``:
    A's and B's ``common_stems``; the packs' ``generic_name_words``), as "South" /
    «Южна» are.
    """
    words_a = [w for f in doc_names[0] for w in _name_words(f)]
    words_b = [w for f in doc_names[1] for w in _name_words(f)]
    findings = []
    for x in a:
        for y in b:
            if x.kind != "name" or y.kind != "name" or not (x.surface[:1].isupper() and y.surface[:1].isupper()):
                continue
            wx, wy = _name_words(x), _name_words(y)
            if len(wx) != len(wy) or len(wx) < 2:
                continue
            differ = [i for i in range(len(wx)) if not words_meet(wx[i], wy[i])]
            if len(differ) != 1:
                continue
            u, v = wx[differ[0]], wy[differ[0]]
            if _calendar(u) or _calendar(v):
                continue  # a month inside a run is a date: "Vogue'un Eylül" / "Vogue's September"
            if _lone_word(u, words_b) and _lone_word(v, words_a) and not u.generic and not v.generic \
                    and not (_common(_word_key(u), common[0]) and _common(_word_key(v), common[1])):
                findings.append(Finding("conflict", ("name", None), (x, y), "name"))
    return findings
