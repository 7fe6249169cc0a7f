"""The fact-kind registry: each kind compares, shows and serializes itself; one display module."""
import pytest

from workbench.facts import kinds
from workbench.facts.kinds import KINDS, UnknownKind
from workbench.records import Fact


def q(value, **kw):
    return Fact("quantity", "s:0", 0, 2, "xx", float(value), **kw)


SAMPLES = {
    "quantity": q(60, unit="company", hedge="more_than", low=60.0),
    "date": Fact("date", "s:0", 0, 2, "xx", "2026-02-26", date_end="2026-02-27"),
    "name": Fact("name", "s:0", 0, 6, "Вучич", "vucic"),
    "title": Fact("title", "s:0", 0, 9, "«Седем»", "sedem"),
}


def test_every_kind_is_registered_and_round_trips_through_the_report():
    assert set(KINDS) == set(SAMPLES)
    for name, f in SAMPLES.items():
        d = kinds.to_json(f)
        assert set(d) == {"kind", "start", "end", "surface", "value", *KINDS[name].fields}
        assert kinds.from_json(d, sentence="s:0") == f


def test_fact_details_are_declared_typed_fields_that_round_trip():
    """No ad-hoc dict: the other reading of "6,387", a range's stated end, the counted word and a
    gazetteer place are ``Fact`` fields a kind declares, and they survive the report."""
    import dataclasses

    assert "extra" not in {f.name for f in dataclasses.fields(Fact)}
    detailed = [q(6.387, alt=6387.0, noun="шахтер", words=True, ago=True),
                q(100, hedge="at_least", low=100.0, range_high=250.0),
                Fact("name", "s:0", 0, 6, "Serbia", "serbia", gazetteer=True)]
    for f in detailed:
        assert kinds.from_json(kinds.to_json(f), sentence="s:0") == f
    declared = {n for k in KINDS.values() for n in k.fields}
    assert {"alt", "range_high", "noun", "ago", "words", "gazetteer"} <= declared


def test_a_report_written_before_the_detail_fields_still_reads():
    old = {"kind": "quantity", "start": 0, "end": 2, "surface": "xx", "value": 60.0, "unit": "company",
           "hedge": "exact", "low": 60.0, "high": 60.0}
    f = kinds.from_json(old, sentence="s:0")
    assert (f.value, f.unit, f.alt, f.range_high, f.noun, f.words) == (60.0, "company", None, None, None, False)


def test_names_and_titles_carry_no_quantity_fields():
    assert "unit" not in kinds.to_json(SAMPLES["name"]) and "hedge" not in kinds.to_json(SAMPLES["title"])


def test_unknown_kind_names_the_supported_ones():
    with pytest.raises(UnknownKind, match="quantity, date, name, title"):
        kinds.kind("money-ish")


def test_compatible_never_across_kinds_and_by_the_kinds_own_rule():
    assert not kinds.compatible(SAMPLES["name"], SAMPLES["title"])
    assert kinds.compatible(q(60, hedge="about", low=54.0, high=66.0), q(63))
    assert not kinds.compatible(q(60), q(70))
    day = Fact("date", "s:1", 0, 2, "xx", "2026-02-27")
    assert kinds.compatible(SAMPLES["date"], day)


def test_display_says_fewer_of_what_is_counted_and_less_of_what_is_measured():
    assert kinds.phrase(q(60, unit="company", hedge="less_than")) == "fewer than 60 companies"
    assert kinds.phrase(q(5, unit="percent", hedge="less_than")) == "less than 5 percent"
    assert kinds.phrase(q(1, unit="memorandum")) == "1 memorandum"
    assert kinds.show(q(10, low=10.0, high=40.0)) == "10–40"  # a stated range, not its low end
    assert kinds.show(SAMPLES["date"]) == "26 February 2026 – 27 February 2026"
    assert kinds.subject("quantity", "kilometre") == "an amount in kilometres"
    assert kinds.subject("name") == "who or where"


def test_one_interval_function_for_extractor_and_checker():
    from workbench.facts.quantities import interval as extractor_interval
    from workbench.facts.values import interval

    built_by_hand = q(60, hedge="about")  # no low/high: the checker asks the extractor's rule
    assert interval(built_by_hand) == extractor_interval(60.0, None, "about")
