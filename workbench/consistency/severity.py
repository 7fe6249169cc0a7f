"""Severity you can act on: how far the evidence behind a conflict or hedge goes.

A flag is high or medium only when the values are incompatible for the same thing
*and* the two sentences are known to say the same thing; what a translator does in
passing (drops "about", rounds 1.8 million to "nearly 2 million") is low, and a
comparison between sentences the aligner did not pair is at most low unless it has
evidence of its own. The rule, per finding (``compare.Finding.basis``) and alignment
(``Alignment``), is ``RULES``; README "What the flags mean" says it in words.

Alignment evidence:

* ``claim`` — the sentences are linked in one claim; ``strong`` when the link between
  the two documents' members scores at least ``STRONG_LINK`` (the claim's weakest link
  when the two were joined through a third document).
* ``gap`` — unaligned sentences facing each other between the same aligned anchors;
  ``strong`` when the gap is closed by anchors on both sides and holds exactly one
  sentence with facts on each side (nothing else they could be talking about).
* ``event`` — one value per document for a unit, anywhere in two reports: never strong.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..records import Fact

# Link score (claims.py: ratio margin of language-centered vectors + evidence bonus; links
# need 1.0) from which a link is strong evidence that two sentences state the same thing.
# Calibrated on the unchanged and injected pools of the WMT 2016 tr-en half and the FLORES dev
# split (see README "What the flags mean"); reported on WMT 2017 and the FLORES test split.
STRONG_LINK = 1.1
# A value that is the other one rounded to the other's last non-zero digit, within this
# relative distance, is rounding ("1.8 million" / "2 million"), not a different figure.
ROUND_RTOL = 0.15
# Counts below this, in sentences the aligner did not pair, are never compared: one to a
# dozen is what every passage counts (two sides, three days, ten people), so a different
# small count elsewhere in a report says nothing.
SMALL_COUNT = 13

THRESHOLDS = {"strong_link": STRONG_LINK, "round_rtol": ROUND_RTOL, "small_count": SMALL_COUNT}


@dataclass(frozen=True)
class Alignment:
    where: str  # "claim" | "gap" | "event"
    strong: bool


# (finding kind, basis) -> severity by alignment: (claim strong, claim weak, gap strong, gap weak, event);
# None: no flag.
RULES: dict[tuple[str, str], tuple[str | None, ...]] = {
    ("conflict", "same_unit"): ("high", "low", "medium", "low", "low"),
    ("conflict", "one_unit"): ("medium", "low", "low", "low", "low"),
    ("conflict", "rounding"): ("low", "info", "info", None, None),
    ("conflict", "date"): ("high", "low", "medium", "low", "low"),
    ("conflict", "title"): ("medium", "low", "low", "info", None),
    ("conflict", "name"): ("medium", "info", None, None, None),
    ("hedge", "opposite"): ("medium", "low", "low", "low", "low"),
    ("hedge", "differs"): ("low", "low", "low", "info", "info"),
    ("hedge", "dropped"): ("low", "low", "low", "info", "info"),
}
_COLUMN = {("claim", True): 0, ("claim", False): 1, ("gap", True): 2, ("gap", False): 3,
           ("event", True): 4, ("event", False): 4}


def severity(kind: str, basis: str, alignment: Alignment, facts: tuple[Fact, ...]) -> str | None:
    """The severity of a finding, or None when its evidence is too thin for any flag."""
    if alignment.where != "claim" and small_counts(facts):
        return None
    return RULES[(kind, basis)][_COLUMN[(alignment.where, alignment.strong)]]


def small_counts(facts: tuple[Fact, ...]) -> bool:
    """Every quantity of the finding is a count below ``SMALL_COUNT``."""
    qs = [f for f in facts if f.kind == "quantity"]
    return bool(qs) and all(abs(float(f.value)) < SMALL_COUNT and (f.high is None or abs(f.high) < SMALL_COUNT)
                            for f in qs)


def _last_digit_unit(v: float) -> float:
    """10 ** (number of trailing zeros) of an integer-valued figure: 2 000 000 -> 1 000 000."""
    if v == 0 or not float(v).is_integer():
        return 0.0
    unit, n = 1.0, int(abs(v))
    while n % 10 == 0:
        n //= 10
        unit *= 10
    return unit


def rounded(a: Fact, b: Fact) -> bool:
    """One figure is the other rounded to its last non-zero digit, and close (``ROUND_RTOL``)."""
    x, y = float(a.value), float(b.value)
    if x == y or max(abs(x), abs(y)) == 0 or abs(x - y) / max(abs(x), abs(y)) > ROUND_RTOL:
        return False
    for coarse, fine in ((x, y), (y, x)):
        unit = _last_digit_unit(coarse)
        if unit > 1 and round(fine / unit) * unit == coarse:
            return True
    return False
