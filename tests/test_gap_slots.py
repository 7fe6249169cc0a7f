"""Unaligned passages the one-to-one gap pass cannot settle: a lone figure of two sentences facing
each other (between anchors, or alone at the same document edge), and uneven gaps told apart by
the counted unit and each report's fact inventory (check._gap_findings, check._gap_slot_findings)."""
from test_consistency import claim, fact, kinds, make_doc, run


def _edge(a_val, b_val, a_tail="", b_tail=""):
    """Two reports whose first sentences are aligned and whose last sentence is left unaligned."""
    a = make_doc("001", "tr", ["Başlık burada.", f"Mikroorganizmalar {a_val} gruba ayrılır.{a_tail}"])
    b = make_doc("002", "en", ["The headline here.", f"Microorganisms are divided into {b_val} groups.{b_tail}"])
    claims = [claim("c-1", ("001", 0), ("002", 0)), claim("c-a", ("001", 1)), claim("c-b", ("002", 1))]
    return a, b, claims


def test_a_lone_small_count_at_the_same_document_edge_is_medium():
    a, b, claims = _edge(9, 2)
    facts = [fact(a, 1, "9"), fact(b, 1, "2")]
    (c,) = kinds(run([a, b], claims, facts), "conflict")
    assert c.severity == "medium" and c.claim is None


def test_a_lone_count_needs_sentences_of_proportional_length():
    a, b, claims = _edge(9, 2, b_tail=" " + "They did other experiments with radioactive sulfur and phosphorus.")
    facts = [fact(a, 1, "9"), fact(b, 1, "2")]
    assert not kinds(run([a, b], claims, facts), "conflict")  # no more than a figure each in passing


def test_a_second_figure_in_the_sentence_keeps_small_bare_counts_apart():
    a, b, claims = _edge(9, 2, a_tail=" 12")
    facts = [fact(a, 1, "9"), fact(a, 1, "12"), fact(b, 1, "2")]
    assert not [c for c in kinds(run([a, b], claims, facts), "conflict") if c.severity in ("high", "medium")]


def test_an_edge_with_more_than_one_sentence_on_a_side_is_no_strong_gap():
    a = make_doc("001", "tr", ["Başlık burada.", "Mikroorganizmalar 9 gruba ayrılır.", "Son söz."])
    b = make_doc("002", "en", ["The headline here.", "Microorganisms are divided into 2 groups."])
    claims = [claim("c-1", ("001", 0), ("002", 0))]
    facts = [fact(a, 1, "9"), fact(b, 1, "2")]
    assert not kinds(run([a, b], claims, facts), "conflict")


def _uneven(a_vals, b_vals, elsewhere_b=None, unit="year"):
    """A gap between two anchors: two sentences of A facing one of B (a sentence split in two)."""
    a = make_doc("001", "kk", ["Бірінші.", f"Бұл {a_vals[0]} жыл.", f"Ол {a_vals[1]} жыл бұрын.", "Соңғы."])
    tail = f"Another {elsewhere_b} years." if elsewhere_b is not None else "Nothing."
    b = make_doc("002", "en", ["First.", f"It took {b_vals[0]} years, {b_vals[1]} years ago.", "Last.", tail])
    claims = [claim("c-1", ("001", 0), ("002", 0)), claim("c-3", ("001", 3), ("002", 2)),
              claim("c-a", ("001", 1)), claim("c-b", ("001", 2)), claim("c-c", ("002", 1)), claim("c-d", ("002", 3))]
    facts = [fact(a, 1, str(a_vals[0]), unit=unit), fact(a, 2, str(a_vals[1]), unit=unit),
             fact(b, 1, str(b_vals[0]), unit=unit), fact(b, 1, str(b_vals[1]), unit=unit)]
    if elsewhere_b is not None:
        facts.append(fact(b, 3, str(elsewhere_b), unit=unit))
    return run([a, b], claims, facts)


def test_an_uneven_gap_compares_figures_of_one_unit_no_other_report_states():
    (c,) = kinds(_uneven((90, 35), (40, 35)), "conflict")
    assert c.severity == "medium" and c.claim is None
    assert {e.value for e in c.evidence} == {90.0, 40.0}


def test_an_uneven_gap_figure_the_other_report_states_elsewhere_is_no_slot_conflict():
    flags = _uneven((90, 35), (40, 35), elsewhere_b=90)
    assert not [c for c in kinds(flags, "conflict") if c.severity in ("high", "medium")]


def test_an_uneven_gap_with_two_figures_left_for_one_unit_is_no_slot_conflict():
    flags = _uneven((90, 75), (40, 35))
    assert not [c for c in kinds(flags, "conflict") if c.severity in ("high", "medium")]


def test_an_uneven_gap_compares_dates_nothing_in_the_other_report_allows():
    a = make_doc("001", "kk", ["Бірінші.", "Ол 1897 жылы.", "Тағы 5 адам.", "Соңғы."])
    b = make_doc("002", "en", ["First.", "It was in 1894, and more.", "Last."])
    claims = [claim("c-1", ("001", 0), ("002", 0)), claim("c-3", ("001", 3), ("002", 2)),
              claim("c-a", ("001", 1)), claim("c-b", ("001", 2)), claim("c-c", ("002", 1))]
    facts = [fact(a, 1, "1897", kind="date", value="1897"), fact(a, 2, "5", unit="person"),
             fact(b, 1, "1894", kind="date", value="1894")]
    (c,) = kinds(run([a, b], claims, facts), "conflict")
    assert c.severity == "medium"
