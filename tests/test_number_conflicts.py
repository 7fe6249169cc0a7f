"""A changed figure is what the flags exist to show: it must never push two reports of one
event, or two sentences of one claim, apart (issue 9: a changed number split a pair)."""
from __future__ import annotations

import datetime as dt

import numpy as np

from workbench.align.claims import evidence_bonus, mentions, number_overlap
from workbench.align.events import pair_scores
from workbench.document import Document, Sentence

SAME = "Police said 70 people were injured when 3 trains carrying 300 passengers collided."
CHANGED = "Police said 80 people were injured when 3 trains carrying 300 passengers collided."
DROPPED = "Police said people were injured when 3 trains carrying 300 passengers collided."


def test_a_changed_figure_of_the_same_unit_is_neutral_in_the_number_share():
    a, same, changed = (mentions(t, "en").numbers for t in (SAME, SAME, CHANGED))
    assert "70 person" in a and "80 person" in changed
    assert number_overlap(a, same) == 1.0
    assert number_overlap(a, changed) == 1.0


def test_a_figure_only_one_side_gives_still_counts_against_the_share():
    a, dropped = mentions(SAME, "en").numbers, mentions(DROPPED, "en").numbers
    assert number_overlap(a, dropped) == 1.0  # the shorter side's figures are all shared
    assert number_overlap(frozenset({"70 person", "300 passenger"}), frozenset({"70 person"})) == 1.0
    assert number_overlap(frozenset({"70 person", "300 passenger", "5 car"}),
                          frozenset({"70 person", "9 day"})) == 0.5


def test_bare_number_facing_a_counted_one_is_neutral_and_no_shared_figure_gives_nothing():
    assert number_overlap(frozenset({"70 person", "7"}), frozenset({"70 person", "4 cat"})) == 1.0
    assert number_overlap(frozenset({"80 person"}), frozenset({"70 person"})) == 0.0
    # dates are figures too: another day of the same report is neutral
    assert number_overlap(frozenset({"2026-02-27", "70 person"}), frozenset({"2026-02-20", "70 person"})) == 1.0


def test_claim_evidence_bonus_is_the_same_for_a_changed_figure():
    a, same, changed = (mentions(t, "en") for t in (SAME, SAME, CHANGED))
    assert evidence_bonus(a, changed) == evidence_bonus(a, same) > 0


def _doc(doc_id: str, lang: str, texts: list[str]) -> Document:
    sentences, pos = [], 0
    for i, t in enumerate(texts):
        sentences.append(Sentence(f"{doc_id}:{i}", doc_id, i, pos, pos + len(t), t))
        pos += len(t) + 1
    return Document(id=doc_id, path=doc_id, text="\n".join(texts), lang=lang, lang_source="given",
                    date=dt.date(2026, 3, 1), sentences=sentences)


def test_event_score_of_a_pair_does_not_drop_when_one_figure_changes():
    rng = np.random.default_rng(0)
    other = ["The minister visited the site on Monday.", "Rescue work went on through the night."]
    vecs = rng.normal(size=(3, 8))
    a = _doc("a", "en", [SAME, *other])
    b_same = _doc("b", "en", [SAME, *other])
    b_changed = _doc("b", "en", [CHANGED, *other])
    emb = {f"{d}:{i}": vecs[i] for d in "ab" for i in range(3)}
    same = pair_scores([a, b_same], emb)[0, 1]
    changed = pair_scores([a, b_changed], emb)[0, 1]
    assert changed == same


def _facts(text: str, lang: str):
    from workbench.facts import extract_sentence_facts
    return extract_sentence_facts(text, 0, len(text), lang, None, "s" + lang)


def test_a_changed_figure_conflicts_though_a_small_bare_count_is_left_beside_it():
    from workbench.consistency.compare import compare_facts
    tr = _facts("1.000'den fazla öğrenci arasında yapılan bir araştırma, şansların iki katına çıktığını gösterdi.", "tr")
    en = _facts("A study of more than 2,000 students found that the chances doubled.", "en")
    assert {f.value for f in tr} >= {1000.0, 2.0}
    found = [f for f in compare_facts(tr, en) if f.kind == "conflict"]
    assert [sorted(g.value for g in f.facts) for f in found] == [[1000.0, 2000.0]]
    same = _facts("A study of more than 1,000 students found that the chances doubled.", "en")
    assert not [f for f in compare_facts(tr, same) if f.kind == "conflict"]


def test_two_small_bare_counts_and_one_figure_stay_unpaired():
    from workbench.consistency.compare import compare_facts
    a = _facts("Two teams of three scientists studied it.", "en")
    b = _facts("A team studied 40 samples.", "en")
    assert not [f for f in compare_facts(a, b) if f.kind == "conflict"]


def test_at_most_after_another_figure_is_a_hedge_not_the_end_of_a_range():
    from workbench.consistency.compare import compare_facts
    tr = _facts("Tweet 5.000 retweet ve en fazla 4.000 beğeni aldı.", "tr")
    en = _facts("The tweet earned 5,000 retweets and 4,000 likes.", "en")
    hedges = [f for f in compare_facts(tr, en) if f.kind == "hedge"]
    assert [sorted(str(g.hedge) for g in f.facts) for f in hedges] == [["exact", "up_to"]]
    # "10 до 15" is a range read as 10 and "up to 15": no hedge against a plain 15
    bg = _facts("Едно лице може да зарази 10 до 15 души.", "bg")
    tr_range = _facts("Bir kişi 10 ila 15 kişiyi enfekte edebilir.", "tr")
    assert not [f for f in compare_facts(bg, tr_range) if f.kind == "hedge"]


def test_a_score_keeps_both_figures_so_a_changed_one_conflicts():
    """"6-6" / "6-7", "7-5" / "1-5": a dash whose second figure is not above the first is a score,
    one fact stating both figures, not two numbers of which one meets the other side's range."""
    from workbench.consistency.compare import compare_facts
    from workbench.facts.kinds import show
    tr = _facts("Maç 6-6 berabere bitti.", "tr")
    assert [(f.value, f.range_high, f.low, f.high) for f in tr] == [(6.0, 6.0, 6.0, 6.0)]
    assert [f for f in compare_facts(tr, _facts("The match ended 6-7.", "en")) if f.kind == "conflict"]
    assert not [f for f in compare_facts(tr, _facts("The match ended 6-6.", "en")) if f.kind == "conflict"]
    (won,) = _facts("Nadal won 7-5.", "en")
    assert (won.low, won.high, show(won)) == (5.0, 7.0, "7–5")
    assert [f for f in compare_facts([won], _facts("Nadal won 1-5.", "en")) if f.kind == "conflict"]
    (years,) = _facts("2011-2009", "en")  # years, not a score: a span written high to low
    assert (years.kind, years.value, years.date_end) == ("date", "2009", "2011")


def test_a_score_joined_by_a_word_keeps_both_figures():
    """FLORES "21 to 20" / «11-20 ile» (seed 11 of eval/real_pairs.py, after the held-out figures):
    a range word before a lower figure joins a pair like the dash, so a changed end conflicts."""
    from workbench.consistency.compare import compare_facts
    (en,) = _facts("The final score was a one point win, 21 to 20.", "en")
    assert (en.value, en.range_high, en.low, en.high) == (21.0, 20.0, 20.0, 21.0)
    assert [f for f in compare_facts([en], _facts("Son skor 11-20 oldu.", "tr")) if f.kind == "conflict"]
    assert not [f for f in compare_facts([en], _facts("Son skor 21-20 oldu.", "tr")) if f.kind == "conflict"]
    assert [f.kind for f in _facts("from 1990 to 1985", "en")] == ["date", "date"]  # years stay years
