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
sentences then have only that one figure left to be talking about. Two different
units never meet ("ten years ago" and "10 memoranda").
"""
from __future__ import annotations

import difflib

import regex
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from .. import lang as _lang
from ..records import Fact
from ..translit import edit_distance, name_key
from .severity import rounded
from ..facts.kinds import compatible, distance
from ..facts.values import keys_match

Thing = tuple[str, str | None]  # (fact kind, unit for quantities else None)
NAME_MAX_WORDS = 2
NAME_WORD_MIN = 3  # shorter key words ("de", "la", initials) say nothing about a swap
# Words of place and institution names that are translated, not transliterated (keys by
# prefix, kk/tr/bg/en): "North Carolina" / «Солтүстік Каролина», «Oyapock Nehrini» /
# "Oyapock River". Built from the dev split of eval/consistency_eval.py only (articles
# whose URL hash is even, ``split_of``): with this list empty, every word ``name_swaps``
# found differing in a name of an unchanged passage — the unchanged pool and the
# untouched sentences of the number, hedge and date pools — on dev; each word as it was
# seen, in its own language. The test split was not looked at, so its false flags are honest.
# The words are each pack's ``Names.generic_name_words``.
GENERIC_NAME_WORDS = {p.code: p.names.generic_name_words for p in _lang.packs()}
# A swapped-in name shares little spelling with the name it replaces; variants of one
# name ("Maria" / "Marie", "Tereza" / "Therese") share much. Set by hand between the two.
SWAP_MAX_RATIO = 0.5


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
RANGE_GAP = 12


def _range_end(f: Fact, side: Sequence[Fact]) -> bool:
    return f.hedge == "up_to" and any(g is not f and g.kind == "quantity" and g.sentence == f.sentence
                                      and 0 <= f.start - g.end <= RANGE_GAP for g in side)


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
    if len(left_a) == 1 and len(left_b) == 1:
        x, y = left_a[0], left_b[0]
        if x.unit is None or y.unit is None:
            basis = "rounding" if rounded(x, y) else "one_unit"
            findings.append(Finding("conflict", ("quantity", x.unit or y.unit), (x, y), basis))
    return findings


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


def _name_words(f: Fact) -> list[str]:
    return [w for w in str(f.value).split() if len(w) >= NAME_WORD_MIN and not _ROMAN.fullmatch(w)]


# Spelling folds for comparing a differing word pair: English j/g/h/w/th against
# Cyrillic дж/ж/х/в/т keys (Джордж / George, Джон / John).
_SOUND_FOLDS = (("dzh", "j"), ("dj", "j"), ("ge", "je"), ("gi", "ji"), ("th", "t"), ("ph", "f"),
                ("w", "v"), ("h", ""))


def _sound(word: str) -> str:
    for a, b in _SOUND_FOLDS:
        word = word.replace(a, b)
    return word


def _differ(u: str, v: str) -> bool:
    return not keys_match(u, v) and not keys_match(_sound(u), _sound(v))


_GENERIC_KEYS = tuple(sorted({name_key(w, lang) for lang, ws in GENERIC_NAME_WORDS.items() for w in ws}))
_GENERIC_TAIL = 3  # "Otoyolu'nun" keys to "otolu": an inflection of up to three letters after the stem


def _generic(word: str) -> bool:
    return any(word.startswith(g) and len(word) - len(g) <= _GENERIC_TAIL for g in _GENERIC_KEYS)


_ROMAN = regex.compile(r"[ivxlc]+")
LONE_PREFIX = 4  # Данлэптың keys to "danleptin": a Kazakh ending hides Dunlap but not its first letters


_VOWELS = regex.compile(r"[aeiouyvwh]")  # and the glides/aspirate scripts render as vowels (Уэмбли)
_CONSONANT_FOLDS = (("ts", "c"), ("c", "k"), ("q", "k"), ("z", "s"), ("j", "s"), ("x", "ks"))
SKELETON_SLACK_MIN = 4  # consonant skeletons this long may differ by one letter


def skeleton(word: str) -> str:
    """The consonants of a name key, folded by place: Hancock / Хэнкок ("nkk" / "nkk"),
    Gates / Гейтс, Carter / Картър, Wembley / Уэмбли; transliteration moves vowels most."""
    out = _VOWELS.sub("", word)
    for a, b in _CONSONANT_FOLDS:
        out = out.replace(a, b)
    return "".join(c for i, c in enumerate(out) if i == 0 or c != out[i - 1])


def _same_skeleton(u: str, v: str) -> bool:
    su, sv = skeleton(u), skeleton(v)
    if len(su) < 2 or len(sv) < 2 or su[0] != sv[0]:
        return False
    if su == sv:
        return True
    return max(len(su), len(sv)) >= SKELETON_SLACK_MIN and edit_distance(su, sv) <= 1


def _lone_word(word: str, other_words: Sequence[str]) -> bool:
    """A name word matching nothing in the other document, by key, sound, its first letters
    or its consonants."""
    s = _sound(word)
    return not any(keys_match(word, w) or keys_match(s, _sound(w))
                   or _sound(w)[:LONE_PREFIX] == s[:LONE_PREFIX] or _same_skeleton(word, w)
                   for w in other_words)


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


def _common(word: str, stems: frozenset[str]) -> bool:
    return any(word[:len(word) - k] in stems for k in range(COMMON_TAIL + 1)
               if len(word) - k >= COMMON_STEM_MIN)


def name_swaps(a: Sequence[Fact], b: Sequence[Fact],
               doc_names: tuple[Sequence[Fact], Sequence[Fact]],
               common: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())) -> list[Finding]:
    """Names two sources in different languages give for one thing, compared without English.

    Names are often translated rather than transliterated (Almanya / Germany,
    «Седемте сестри» / «The Seven Sisters»), so a name one side lacks proves little.
    What does: the same multi-word name on both sides (every other word matches, by
    transliterated key) with exactly one word that nowhere in the other document
    has a match — "Buenos Aires" / "Буенос Гьоте", "Arnold Schwarzenegger" /
    "Дейвид Шварценегер" — and that is no common word of its language (``common``:
    A's and B's ``common_stems``), as "South" / «Южна» are.
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
            differ = [i for i in range(len(wx)) if _differ(wx[i], wy[i])]
            if len(differ) != 1:
                continue
            u, v = wx[differ[0]], wy[differ[0]]
            if _lone_word(u, words_b) and _lone_word(v, words_a) and not _generic(u) and not _generic(v) \
                    and not (_common(u, common[0]) and _common(v, common[1])) \
                    and difflib.SequenceMatcher(None, _sound(u), _sound(v)).ratio() < SWAP_MAX_RATIO:
                findings.append(Finding("conflict", ("name", None), (x, y), "name"))
    return findings
