"""The evaluation helpers measure what they claim: KazNERD spans, injected changes, citing flags.

No shared data: each case is a few hand-written lines.
"""
from __future__ import annotations

import os
import random
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "eval"))

from _inject import inject_date, inject_hedge, inject_number, numbers  # noqa: E402
from _workbench import cites  # noqa: E402
from kaznerd_facts import detokenize, gold_spans  # noqa: E402


def test_kaznerd_text_and_spans_rebuilt_from_tokens():
    tokens = ["Биыл", "3", ",", "5", "миллиард", "теңге", "(", "шамамен", ")", "бөлінді", "."]
    tags = ["B-DATE", "B-MONEY", "I-MONEY", "I-MONEY", "I-MONEY", "I-MONEY", "O", "O", "O", "O", "O"]
    text, offsets = detokenize(tokens)
    assert text == "Биыл 3,5 миллиард теңге (шамамен) бөлінді."
    assert all(text[a:b] == t for t, (a, b) in zip(tokens, offsets))
    spans = gold_spans(tags, text, offsets)
    assert [(s.label, s.text, s.digits) for s in spans] == [("DATE", "Биыл", False),
                                                           ("MONEY", "3,5 миллиард теңге", True)]


def test_kaznerd_adjacent_spans_of_one_class_stay_apart():
    tokens = ["екі", "бес"]
    text, offsets = detokenize(tokens)
    assert [s.text for s in gold_spans(["B-CARDINAL", "B-CARDINAL"], text, offsets)] == ["екі", "бес"]


def test_numbers_skip_years_days_times_and_ordinals():
    line = "On 15 July 2015 at 15.00, 30 people came for the 5th time."
    assert [m.group() for m in numbers(line, "en")] == ["30"]


def test_injected_number_changes_only_a_number_both_sides_state():
    src = ["Bugün 30 kişi geldi, 2015 yılında 12 kişi vardı."]
    en = ["Today 30 people came; there were 7 in 2015."]
    for seed in range(5):
        change = inject_number(random.Random(seed), src, en, "tr", "en")
        assert change is not None and change.sub == "digits"
        assert change.note.startswith("30 -> ")
        new = change.new_line[change.start:change.end]
        assert new != "30" and len(new) == 2
        assert change.new_line.replace(new, "30", 1) == src[0]


def test_injected_date_and_hedge_spans_point_at_the_change():
    src = ["Около 40 души загинаха през 2019 г."]
    en = ["About 40 people died in 2019."]
    date = inject_date(random.Random(1), src, en, "bg", "en")
    assert date.sub == "year" and date.new_line[date.start:date.end] != "2019"
    removed = inject_hedge(random.Random(1), src, en, "bg", "en", "remove")
    assert removed.new_line == "40 души загинаха през 2019 г."
    assert removed.new_line[removed.start:removed.end] == "40"
    changed = inject_hedge(random.Random(1), src, en, "bg", "en", "change")
    assert changed.new_line.endswith(" 40 души загинаха през 2019 г.")
    assert not changed.new_line.startswith("Около")
    assert inject_hedge(random.Random(1), src, en, "bg", "en", "add") is None  # both sides already hedged


def test_a_flag_cites_a_change_by_its_evidence_span_or_sentence():
    doc = {"id": "d", "sentences": [{"id": "s1", "start": 0, "end": 20}, {"id": "s2", "start": 21, "end": 40}]}
    spanned = {"evidence": [{"doc": "d", "sentence": "s2", "start": 25, "end": 27}]}
    assert cites(spanned, doc, 26, 28)
    assert not cites(spanned, doc, 30, 32)
    unspanned = {"evidence": [{"doc": "d", "sentence": "s2", "start": None, "end": None}]}
    assert cites(unspanned, doc, 30, 32) and not cites(unspanned, doc, 5, 6)
    assert not cites({"evidence": [{"doc": "other", "sentence": "s2", "start": 25, "end": 27}]}, doc, 26, 28)
