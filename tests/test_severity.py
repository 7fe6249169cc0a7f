"""Severity you can act on: high/medium only with incompatible values for the same thing and
strong alignment evidence; translation style and unpaired passages low or less (README
"What the flags mean")."""
from test_consistency import claim, fact, kinds, make_doc, run

from workbench.consistency import THRESHOLDS
from workbench.consistency.severity import RULES, STRONG_LINK, Alignment, rounded, severity
from workbench.records import Claim, ClaimMember, Fact

WEAK = STRONG_LINK - 0.05
STRONG = STRONG_LINK + 0.2


def _pair(a_text, b_text):
    return make_doc("001", "tr", [a_text, "Son."]), make_doc("002", "bg", [b_text, "Край."])


def _conflict(a_val, b_val, score=STRONG, unit="company", **kw):
    tr, bg = _pair(f"Toplam {a_val} şirket.", f"Общо {b_val} компании.")
    facts = [fact(tr, 0, str(a_val), unit=unit, **kw), fact(bg, 0, str(b_val), unit=unit, **kw)]
    return run([tr, bg], [claim("c-1", ("001", 0), ("002", 0), score=score)], facts)


def test_same_unit_conflict_is_high_only_on_a_strong_link():
    (c,) = kinds(_conflict(120, 150), "conflict")
    assert c.severity == "high"
    (c,) = kinds(_conflict(120, 150, score=WEAK), "conflict")
    assert c.severity == "low"


def test_the_direct_link_between_two_members_decides_not_the_claims_weakest():
    docs = [make_doc(i, lang, [f"{v} x."]) for i, lang, v in (("001", "tr", 120), ("002", "bg", 150), ("003", "en", 150))]
    facts = [fact(d, 0, str(v), unit="company") for d, v in zip(docs, (120, 150, 150))]
    members = tuple(ClaimMember(d.id, (f"{d.id}:0",)) for d in docs)
    strong_pair = Claim("c-1", "e-1", members, score=WEAK, links=(("001:0", "002:0", STRONG), ("002:0", "003:0", WEAK)))
    (c,) = kinds(run(docs, [strong_pair], facts), "conflict")
    assert c.severity == "high"
    weak_pair = Claim("c-1", "e-1", members, score=WEAK, links=(("001:0", "002:0", WEAK), ("002:0", "003:0", STRONG)))
    (c,) = kinds(run(docs, [weak_pair], facts), "conflict")
    assert c.severity == "low"


def test_rounding_is_translation_style_but_a_changed_figure_is_not():
    (c,) = kinds(_conflict(1800000, 2000000), "conflict")
    assert c.severity == "low"
    (c,) = kinds(_conflict(150, 200), "conflict")  # 150 rounds to 200 but is a quarter off
    assert c.severity == "high"
    (c,) = kinds(_conflict(250, 350), "conflict")  # a changed leading digit is never rounding
    assert c.severity == "high"


def test_rounded():
    def q(v):
        return Fact("quantity", "s", 0, 1, "x", float(v))
    assert rounded(q(1_800_000), q(2_000_000)) and rounded(q(2_000_000), q(1_800_000))
    assert rounded(q(590), q(600)) and rounded(q(59.7), q(60))
    # whole counts below a hundred are stated, not rounded: "18 medals" / "twenty medals" differ
    assert not rounded(q(18), q(20)) and not rounded(q(59), q(60))
    assert not rounded(q(150), q(200)) and not rounded(q(250), q(350)) and not rounded(q(60), q(60))
    assert not rounded(q(1.8), q(2.5))


def test_hedges_are_low_unless_they_bound_from_opposite_sides():
    tr, bg = _pair("Toplam 60 şirket.", "Общо 60 компании.")
    c1 = [claim("c-1", ("001", 0), ("002", 0))]
    dropped = [fact(tr, 0, "60", unit="company", hedge="about"), fact(bg, 0, "60", unit="company")]
    assert [h.severity for h in kinds(run([tr, bg], c1, dropped), "hedge")] == ["low"]
    differs = [fact(tr, 0, "60", unit="company", hedge="about"), fact(bg, 0, "60", unit="company", hedge="more_than")]
    assert [h.severity for h in kinds(run([tr, bg], c1, differs), "hedge")] == ["low"]
    opposite = [fact(tr, 0, "60", unit="company", hedge="less_than"), fact(bg, 0, "60", unit="company", hedge="more_than")]
    assert [h.severity for h in kinds(run([tr, bg], c1, opposite), "hedge")] == ["medium"]
    weak = [claim("c-1", ("001", 0), ("002", 0), score=WEAK)]
    assert [h.severity for h in kinds(run([tr, bg], weak, opposite), "hedge")] == ["low"]


def _unpaired(a_val, b_val, unit="company", anchors=True):
    """Sentence 1 of each document left unaligned; 0 and 2 aligned (anchors) or not."""
    a = make_doc("001", "tr", ["Başlık.", f"Toplam {a_val} şirket.", "Son."])
    b = make_doc("002", "bg", ["Заглавие.", f"Общо {b_val} компании.", "Край."])
    claims = [claim("c-a", ("001", 1)), claim("c-b", ("002", 1))]
    if anchors:
        claims += [claim("c-1", ("001", 0), ("002", 0)), claim("c-3", ("001", 2), ("002", 2))]
    else:
        claims += [claim(f"c-{d}{i}", (d, i)) for d in ("001", "002") for i in (0, 2)]
    facts = [fact(a, 1, str(a_val), unit=unit), fact(b, 1, str(b_val), unit=unit)]
    return run([a, b], claims, facts)


def test_unpaired_passages_medium_only_one_facing_one_between_anchors():
    (c,) = kinds(_unpaired(120, 345), "conflict")
    assert c.claim is None and c.severity == "medium"
    (c,) = kinds(_unpaired(120, 345, anchors=False), "conflict")  # only the event-level comparison
    assert c.claim is None and c.severity == "low"


def test_small_counts_in_unpaired_passages_compare_only_in_a_strong_gap():
    (c,) = kinds(_unpaired(3, 5), "conflict")  # "3 şirket" / "5 компании" facing each other between anchors
    assert c.claim is None and c.severity == "medium"
    # bare counts: only as the one figure of two sentences of proportional length facing each other
    (c,) = kinds(_unpaired(3, 5, unit=None), "conflict")
    assert c.claim is None and c.severity == "medium"
    assert not kinds(_unpaired(3, 5, anchors=False), "conflict")
    (c,) = kinds(_conflict(3, 5), "conflict")  # the same counts in one claim: a real conflict
    assert c.severity == "high"


def test_name_conflict_needs_a_strong_link():
    tr = make_doc("001", "en", ["Smith met the minister."])
    bg = make_doc("002", "en", ["Jones met the minister."])
    facts = [fact(tr, 0, "Smith", kind="name", value="smith"), fact(bg, 0, "Jones", kind="name", value="jones")]
    (c,) = kinds(run([tr, bg], [claim("c-1", ("001", 0), ("002", 0))], facts), "conflict")
    assert c.severity == "medium"
    (c,) = kinds(run([tr, bg], [claim("c-1", ("001", 0), ("002", 0), score=WEAK)], facts), "conflict")
    assert c.severity == "info"


def test_every_rule_has_a_severity_for_every_alignment_and_thresholds_are_signed():
    for (kind, basis), row in RULES.items():
        assert len(row) == 5 and all(s in (None, "high", "medium", "low", "info") for s in row)
        assert row[0] is None or all(r is None or ("high", "medium", "low", "info").index(r)
                                     >= ("high", "medium", "low", "info").index(row[0]) for r in row[1:])
    assert severity("conflict", "same_unit", Alignment("event", True), ()) == "low"
    assert {"strong_link", "round_rtol", "small_count"} <= set(THRESHOLDS)


def test_a_changed_digit_in_unpaired_passages_is_medium_but_other_figures_low():
    (c,) = kinds(_unpaired(4892, 6892, unit="metre", anchors=False), "conflict")
    assert c.severity == "medium"  # one digit of four changed: one figure told two ways
    (c,) = kinds(_unpaired(4892, 6800, unit="metre", anchors=False), "conflict")
    assert c.severity == "low"


def test_two_spellings_of_one_name_are_info_not_a_conflict():
    a = make_doc("001", "tr", ["Tugay Ergin hayatını kaybetti."])
    b = make_doc("002", "en", ["Turgay Ergin lost his life."])
    facts = [fact(a, 0, "Tugay Ergin", kind="name", value="tuga ergin"),
             fact(b, 0, "Turgay Ergin", kind="name", value="turga ergin")]
    from workbench.consistency.severity import distinct_names
    assert not distinct_names(tuple(facts))
    c = make_doc("003", "en", ["Kemal Ergin lost his life."])
    assert distinct_names((facts[0], fact(c, 0, "Kemal Ergin", kind="name", value="kemal ergin")))


def test_an_english_name_the_other_sides_translation_writes_is_one_entity():
    from workbench.records import Translation
    # (the example was «Западът» / "The West" until the compass points became generic name words:
    # one entity, info, whatever the translation says; tests/test_names_eighteenth.py)
    bg = make_doc("001", "bg", ["Църквата се оказала откъсната."])
    en = make_doc("002", "en", ["The Church found itself cut off."])
    facts = [fact(bg, 0, "Църквата", kind="name", value="tsarkvata"), fact(en, 0, "Church", kind="name", value="church")]
    claims = [claim("c-1", ("001", 0), ("002", 0))]
    mt = {"001:0": Translation("Tsarkvata the church are found cut off.", "apertium", "apertium#1")}
    assert [f.severity for f in kinds(run([bg, en], claims, facts, mt), "conflict")] == ["info"]
    other = {"001:0": Translation("Tsarkvata are found cut off.", "apertium", "apertium#1")}
    assert [f.severity for f in kinds(run([bg, en], claims, facts, other), "conflict")] == ["medium"]


def test_a_swapped_name_word_its_language_writes_lower_case_is_info():
    """«Honeyguide Vakfı» / "Honeyguide Foundation": 'foundation' is a common English word
    elsewhere in the documents, so the differing word is likely translated, not swapped."""
    tr = make_doc("001", "tr", ["Honeyguide Vakfı adım attı.", "Başka bir şey."])
    en = make_doc("002", "en", ["Honeyguide Foundation stepped up.", "A foundation of trust."])
    facts = [fact(tr, 0, "Honeyguide Vakfı", kind="name", value="honeguide vakfi"),
             fact(en, 0, "Honeyguide Foundation", kind="name", value="honeguide foundation")]
    claims = [claim("c-1", ("001", 0), ("002", 0)), claim("c-2", ("001", 1), ("002", 1))]
    assert [f.severity for f in kinds(run([tr, en], claims, facts), "conflict")] == ["info"]
    en2 = make_doc("002", "en", ["Honeyguide Foundation stepped up.", "Nothing else."])
    facts2 = facts[:1] + [fact(en2, 0, "Honeyguide Foundation", kind="name", value="honeguide foundation")]
    # not written lower-case there, yet no other report writes «Vakfı» or "Foundation" alike: a
    # name slot, low (compare.NameIndex)
    assert [f.severity for f in kinds(run([tr, en2], claims, facts2), "conflict")] == ["low"]
