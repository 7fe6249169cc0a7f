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

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..records import Fact
from .values import compatible, distance

Thing = tuple[str, str | None]  # (fact kind, unit for quantities else None)
NAME_MAX_WORDS = 2


@dataclass(frozen=True)
class Finding:
    kind: str  # "conflict" | "hedge"
    thing: Thing
    facts: tuple[Fact, ...]
    severity: str


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


def hedge_severity(a: Fact, b: Fact) -> str:
    """Low when one side is exact (the other only vaguer), medium when both hedge differently."""
    return "low" if "exact" in (a.hedge, b.hedge) else "medium"


def _hedges(pairs: list[tuple[Fact, Fact]]) -> list[Finding]:
    return [Finding("hedge", ("quantity", a.unit or b.unit), (a, b), hedge_severity(a, b))
            for a, b in pairs if a.hedge != b.hedge]


def compare_quantities(a: Sequence[Fact], b: Sequence[Fact]) -> list[Finding]:
    findings: list[Finding] = []
    pairs, left_a, left_b = pair_facts(a, b, lambda x, y: x.unit is not None and x.unit == y.unit)
    findings += _hedges(pairs)
    pairs, left_a, left_b = pair_facts(left_a, left_b,
                                       lambda x, y: x.unit is None or y.unit is None or x.unit == y.unit)
    findings += _hedges(pairs)
    for unit in sorted({f.unit for f in left_a if f.unit} & {f.unit for f in left_b if f.unit}):
        fs = tuple(f for f in left_a + left_b if f.unit == unit)
        findings.append(Finding("conflict", ("quantity", unit), fs, "high"))
    if len(left_a) == 1 and len(left_b) == 1:
        x, y = left_a[0], left_b[0]
        if x.unit is None or y.unit is None:
            findings.append(Finding("conflict", ("quantity", x.unit or y.unit), (x, y), "high"))
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
    every name fact of A's and of B's document); at medium severity.
    """
    findings = compare_quantities([f for f in a if f.kind == "quantity"], [f for f in b if f.kind == "quantity"])
    for kind in ("date", "title"):
        _, left_a, left_b = pair_facts([f for f in a if f.kind == kind], [f for f in b if f.kind == kind])
        if left_a and left_b:
            findings.append(Finding("conflict", (kind, None), tuple(left_a + left_b), "high"))
    if names:
        _, left_a, left_b = pair_facts([f for f in a if f.kind == "name"], [f for f in b if f.kind == "name"])
        if len(left_a) == 1 and len(left_b) == 1 and _lone_name(left_a[0], doc_names[1]) \
                and _lone_name(left_b[0], doc_names[0]):
            findings.append(Finding("conflict", ("name", None), (left_a[0], left_b[0]), "medium"))
    return findings
