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
  ``strong`` when the gap holds exactly one sentence with facts on each side and is closed
  by anchors on both sides, or lies at the same document edge with one sentence on each side
  (nothing else they could be talking about); an uneven gap's ``slot`` findings carry their
  own evidence (the counted unit, and values the other report never states).
* ``event`` — one value per document for a unit, anywhere in two reports: never strong.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..facts.name_match import LOOSE_SIM, LOOSE_SKELETON_SIM, SOUND_CLASS_COST, distinct, ref_of
from ..facts.names import exonym_apart
from ..facts.values import ROUND_MIN, ROUND_RTOL, rounded_figures
from ..records import Fact

# Link score (claims.py: ratio margin of language-centered vectors + evidence bonus) from
# which a link is strong evidence that two sentences state the same thing. Swept on the dev
# half (sha1 of the pair id) of eval/real_pairs.py --limit 40 (WMT tr-en, FLORES kk/tr/bg-en),
# rechecking its reports: 1.0/1.1/1.2 kept false medium+ (names aside) at 0/78 pairs while
# number recall fell 0.750/0.697/0.658 (test half: 1/82; 0.798/0.752/0.697). So every link
# the aligner makes (claims.LINK_THRESHOLD 1.0) is strong; weaker are only reviewer-accepted
# links it would not have made, and a claim's weakest link when two members meet through a third.
STRONG_LINK = 1.0
# Counts below this, in sentences the aligner did not pair, are compared only with evidence
# that they count the same thing in the same slot: the same counted unit on both sides
# ("three people" / «бес адам») in a strong gap (one sentence facing one between anchors), the
# one figure of each of two such sentences of proportional length ("lone": «dokuz gruba» /
# "two groups"), or a unit no other figure of the other report states ("slot").
# One to a dozen is what every passage counts (two sides, three days, ten people), so a
# different small count elsewhere in a report, or a bare one, says nothing. Set by hand (the
# issue's false-alarm class); figures of the strong-gap rule in eval/README.md (third session).
SMALL_COUNT = 13

# A sentence and its translation are of proportional length (Gale and Church's evidence):
# 99% of the one-to-one sentence links the aligner made on the unchanged real pairs of
# eval/real_pairs.py (seed 7, 1,210 links of 20+ characters, tr/kk/bg/ru/sr–en) differ by at
# most this factor in characters (p99 1.63; per language 1.37-1.74). Two unaligned sentences
# facing each other alone compare their lone figures only within it ("lone", check.py).
LENGTH_FACTOR = 1.65

# A changed digit is evidence of its own: two figures of the same length, at least this many
# digits, that differ in one digit (4892 / 6892, 17 000 / 47 000, 2011 / 2016; decimals with the
# point in the same place, 802.11 / 302.11) are one figure
# reported two ways, wherever the aligner left their sentences; unrelated figures rarely are.
DIGIT_EDIT_MIN = 3

THRESHOLDS = {"strong_link": STRONG_LINK, "round_rtol": ROUND_RTOL, "round_min": ROUND_MIN, "small_count": SMALL_COUNT,
              "digit_edit_min": DIGIT_EDIT_MIN,
              "length_factor": LENGTH_FACTOR, "name_loose_sim": LOOSE_SIM,
              "name_loose_skeleton_sim": LOOSE_SKELETON_SIM, "name_sound_class_cost": SOUND_CLASS_COST}


@dataclass(frozen=True)
class Alignment:
    where: str  # "claim" | "gap" | "event"
    strong: bool


# (finding kind, basis) -> severity by alignment: (claim strong, claim weak, gap strong, gap weak, event);
# None: no flag.
RULES: dict[tuple[str, str], tuple[str | None, ...]] = {
    ("conflict", "same_unit"): ("high", "low", "medium", "low", "low"),
    ("conflict", "one_unit"): ("medium", "low", "low", "low", "low"),
    # the one figure of each of two sentences facing each other alone in a strong gap, the two
    # of proportional length (check._gap_findings): nothing else they can be talking about
    ("conflict", "lone"): ("medium", "low", "medium", "low", "low"),
    # an uneven gap (check._gap_slot_findings): one figure of one unit left on each side (or one
    # date), neither stated anywhere in the other report: the unit and the inventory are the slot
    ("conflict", "slot"): ("medium", "low", "medium", "low", None),
    ("conflict", "rounding"): ("low", "info", "info", None, None),
    ("conflict", "date"): ("high", "low", "medium", "low", "low"),
    ("conflict", "title"): ("medium", "low", "low", "info", None),
    ("conflict", "name"): ("medium", "info", None, None, None),
    ("conflict", "name_translated"): ("info", "info", None, None, None),
    # a name word left over in linked sentences that the other report never names, facing a
    # name word left over on the other side, without English on both sides
    # (compare.name_slot_conflicts; in a strong gap too, check._gap_name_findings): low, "check
    # this name". Without a translation a swap and a translated name word the packs lack look
    # alike («Ayarlar» / "Settings", «Akdeniz» / "Mediterranean"): at medium these put 3.8–7.1%
    # of unchanged real pairs at medium+ (eval/real_pairs.py, seeds 7/11/13, 240 pairs each), at
    # low 0.0–1.7%, with the same swaps found at low+ (0.27–0.63; eval/README.md)
    ("conflict", "name_slot"): ("low", "info", "low", "info", None),
    # the same, with the new name written alike by a report in another language of the run:
    # a name crossing scripts, not a translated word (compare.NameIndex; eval/README.md, names,
    # fourth session)
    ("conflict", "name_slot_known"): ("medium", "info", "medium", "info", None),
    # the same, the new word being a place of the gazetteer the other side's language names
    # and the other report never does (names.new_place): a place the translation would
    # have kept under its own key
    ("conflict", "name_slot_place"): ("medium", "info", "medium", "info", None),
    # the same, the new word too rare for its language's dictionary (neither a common word nor a
    # listed name: compare.rare_name), facing a name: a name carried over as it sounds, where a
    # translated name word, an exonym or a people is a listed word (eval/README.md, names, fifth session)
    ("conflict", "name_slot_rare"): ("medium", "info", "medium", "info", None),
    # the same, the new word unlike every word it faces by the run's encoder (language-centered
    # CSLS margin below name_vectors.UNLIKE_MARGIN; eval/README.md, names, seventh session)
    ("conflict", "name_slot_unlike"): ("medium", "info", "medium", "info", None),
    # a name facing only an acronym on the other side, the name's first letter none of the
    # acronym's (compare._not_its_acronym): the acronym cannot stand for it (eval/README.md,
    # names, eighth session)
    ("conflict", "name_slot_acronym"): ("medium", "info", "medium", "info", None),
    # the same, the new name's report naming the faced name in a sentence it did not link here
    # (compare._named_elsewhere): it knows that entity and how to write it, so the new name is
    # another (eval/README.md, names, tenth session)
    ("conflict", "name_slot_elsewhere"): ("medium", "info", "medium", "info", None),
    ("hedge", "opposite"): ("medium", "low", "low", "low", "low"),
    # a hedge difference is never more than low, and stays low in unpaired passages: the
    # same figure told with other certainty is worth a look wherever it is (info there lost
    # a tenth of the injected hedge changes on eval/real_pairs.py and no medium+ flag)
    ("hedge", "differs"): ("low", "low", "low", "low", "low"),
    ("hedge", "dropped"): ("low", "low", "low", "low", "low"),
}
# The bases of a name conflict (two entities in one slot): at most info when the two are two
# spellings of one name (``distinct_names``); check.py also asks the translation about them.
NAME_BASES = ("name", "name_slot", "name_slot_known", "name_slot_place", "name_slot_rare", "name_slot_unlike",
              "name_slot_acronym", "name_slot_elsewhere")
_COLUMN = {("claim", True): 0, ("claim", False): 1, ("gap", True): 2, ("gap", False): 3,
           ("event", True): 4, ("event", False): 4}


def severity(kind: str, basis: str, alignment: Alignment, facts: tuple[Fact, ...],
             lang_of: Callable[[Fact], str | None] = lambda f: None, words: tuple[str, ...] = ()) -> str | None:
    """The severity of a finding, or None when its evidence is too thin for any flag.

    Unpaired passages: small counts compare only for one counted unit in a strong gap
    (``SMALL_COUNT``); a changed digit (``digit_edit``) is independent evidence: medium, like
    a gap closed on both sides. Names: two spellings of one name (``distinct_names`` false,
    each read in its document's language, ``lang_of``; a name slot's ``words`` in place of its
    facts) are at most info.
    """
    if alignment.where != "claim":
        if small_counts(facts) and not (alignment.where == "gap" and alignment.strong
                                        and basis in ("same_unit", "lone", "slot")):
            return None
        if kind == "conflict" and basis != "rounding" and digit_edit(facts):
            return "medium"
    sev = RULES[(kind, basis)][_COLUMN[(alignment.where, alignment.strong)]]
    if basis in NAME_BASES and sev is not None and not distinct_names(facts, lang_of, words):
        return "info"
    return sev


def _digits(f: Fact) -> str:
    if f.kind == "date":
        return str(f.value).split("-")[0]
    try:
        v = float(f.value)
    except (TypeError, ValueError):
        return ""
    if v.is_integer():
        return str(int(abs(v)))
    # a decimal keeps its point, so only figures of one shape compare ("802.11" / "302.11")
    text = repr(abs(v))
    return text if "e" not in text else ""


def digit_edit(facts: tuple[Fact, ...]) -> bool:
    """Two figures (or years) of one finding, same length of at least ``DIGIT_EDIT_MIN``
    digits, differing in exactly one digit."""
    ds = {_digits(f) for f in facts} - {""}
    if len(ds) != 2:
        return False
    a, b = ds
    digits = sum(c.isdigit() for c in a)
    return len(a) == len(b) and digits >= DIGIT_EDIT_MIN and sum(x != y for x, y in zip(a, b)) == 1 \
        and a.find(".") == b.find(".")


def distinct_names(facts: tuple[Fact, ...], lang_of: Callable[[Fact], str | None] = lambda f: None,
                   words: tuple[str, ...] = ()) -> bool:
    """The two names of a finding are two entities (``name_match.distinct``): neither sounds
    like the other ("Wright" / «Райт» is one name) nor is a spelling variant, abbreviation or
    exonym of it ("Tugay" / "Turgay", "Bulvarı" / "Blvd", "Kafkasya" / "Caucasus"). A name slot
    (``words``: its new word, then those it faces, of its first fact's language and the other
    one's) is read by those words: the slot put one word for another, and the faced name's other
    words say nothing of it («Deila Burke» / "Steven Burke and Owain Doull": "Deila" faces "Steven",
    whatever "Doull" sounds like)."""
    named = [f for f in facts if f.kind in ("name", "title")]
    if words and len(named) >= 2:
        new = ref_of(words[0], lang_of(named[0]))
        other = lang_of(named[-1])
        return all(distinct(new, ref_of(w, other), apart=exonym_apart) for w in words[1:])
    if len(named) != 2:
        return True
    return distinct(*(ref_of(f.surface or str(f.value), lang_of(f)) for f in named), apart=exonym_apart)


def small_counts(facts: tuple[Fact, ...]) -> bool:
    """Every quantity of the finding is a count below ``SMALL_COUNT``."""
    qs = [f for f in facts if f.kind == "quantity"]
    return bool(qs) and all(abs(float(f.value)) < SMALL_COUNT and (f.high is None or abs(f.high) < SMALL_COUNT)
                            for f in qs)


def rounded(a: Fact, b: Fact) -> bool:
    """One figure is the other rounded to its last non-zero digit, and close
    (``values.rounded_figures``: ``ROUND_RTOL``, never two whole counts below ``ROUND_MIN``)."""
    return rounded_figures(float(a.value), float(b.value))
