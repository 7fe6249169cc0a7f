"""Classes of missed changes read on real translation pairs (eval/real_pairs.py, seeds 7 and 11;
eval/README.md "Numbers, dates, hedges, fifth session"): one test per class, on sentences written
for the test."""
import datetime as dt

from facts_helpers import extractor
from test_consistency import claim, fact, kinds, make_doc, run

from workbench.consistency.compare import compare_facts, compare_quantities
from workbench.consistency.severity import digit_edit, rounded
from workbench.records import Fact


def q(value, hedge="exact", unit=None, start=0, sentence="s", **kw):
    return Fact("quantity", sentence, start, start + 1, str(value), float(value), unit=unit, hedge=hedge, **kw)


def bound(value, hedge):
    return q(value, hedge, low=None if hedge in ("less_than", "up_to") else float(value),
             high=float(value) if hedge in ("less_than", "up_to") else None)


# a bound states its own figure --------------------------------------------------------------

def test_a_bound_facing_another_figure_conflicts():
    """"over 800,000" / «900 000», "up to 30" / "as many as 17": two figures, not two certainties."""
    (f,) = compare_quantities([bound(800_000, "more_than")], [q(900_000)])
    assert f.kind == "conflict"
    (f,) = compare_quantities([bound(30, "up_to")], [q(17, "about", low=15.3, high=18.7)])
    assert f.kind == "conflict"


def test_a_bound_facing_its_own_figure_or_its_rounding_is_a_hedge():
    (f,) = compare_quantities([bound(800_000, "more_than")], [q(800_000)])
    assert f.kind == "hedge"
    (f,) = compare_quantities([bound(2_000_000, "less_than")], [q(1_800_000)])  # "nearly 2 million" / 1.8 million
    assert f.kind == "hedge"


def test_a_bound_and_a_different_figure_conflict_in_linked_sentences():
    tr = make_doc("001", "tr", ["Taraflar 60'tan fazla anlaşma imzaladı.", "Son."])
    bg = make_doc("002", "bg", ["Подписани са 100 споразумения.", "Край."])
    c = [claim("c-1", ("001", 0), ("002", 0))]
    over = fact(tr, 0, "60", value=60.0, hedge="more_than", low=60.0, high=None)
    (flag,) = kinds(run([tr, bg], c, [over, fact(bg, 0, "100")]), "conflict")
    assert flag.severity == "medium"
    assert not kinds(run([tr, bg], c, [over, fact(bg, 0, "100", value=60.0)]), "conflict")


# small whole counts are not rounded ---------------------------------------------------------

def test_small_whole_counts_are_never_rounding():
    """"18 medals" / "twenty medals": two counts, a conflict, not a translator's rounding."""
    assert not rounded(q(18), q(20))
    (f,) = compare_quantities([q(18)], [q(20)])
    assert f.basis == "one_unit"
    assert rounded(q(1_800), q(2_000)) and rounded(q(59.7), q(60))


# a range against its two ends written apart -------------------------------------------------

def test_a_range_meets_its_ends_written_as_two_figures():
    """"between 150 and 400" / «Между 150 и 200» read as two numbers: 400 faces 200."""
    rng = q(150, start=10, range_high=400.0, low=150.0, high=400.0)
    found = compare_quantities([rng], [q(150, start=0), q(200, start=5)])
    assert [f.kind for f in found] == ["conflict"]
    assert {f.value for f in found[0].facts} == {400.0, 200.0}
    same = q(150, start=10, range_high=200.0, low=150.0, high=200.0)
    assert compare_quantities([same], [q(150, start=0), q(200, start=5)]) == []


def test_a_pair_of_figures_meets_its_figures_written_apart():
    """A score "21 to 20" against «21 према 70» read as two figures."""
    score = q(21, range_high=20.0, low=20.0, high=21.0)
    (f,) = compare_quantities([score], [q(21), q(70, start=3)])
    assert {x.value for x in f.facts} == {20.0, 70.0}


def test_a_date_range_meets_its_ends_written_apart():
    """"from October to April" / "from October … to October"."""
    rng = Fact("date", "s", 0, 5, "от октомври до април", "2012-10", date_end="2013-04")
    a = Fact("date", "t", 0, 4, "from October", "2012-10")
    b = Fact("date", "t", 8, 12, "to October", "2012-10")
    (f,) = [x for x in compare_facts([rng], [a, b], names=False) if x.kind == "conflict"]
    assert {str(x.value) for x in f.facts} == {"2013-04", "2012-10"}
    ok = Fact("date", "t", 8, 12, "to April", "2013-04")
    assert not [x for x in compare_facts([rng], [a, ok], names=False) if x.kind == "conflict"]


# equal figures pair by their place ----------------------------------------------------------

def test_equal_figures_pair_by_their_place_in_the_sentence():
    """"0 or 1" / "1 or 1": the first 1 is the changed figure, the last one pairs with the 1."""
    a = [q(0, start=10), q(1, start=15)]
    b = [q(1, start=10), q(1, start=15)]
    (f,) = compare_quantities(a, b)
    changed = [x for x in f.facts if x.value == 1.0]
    assert [x.start for x in changed] == [10]


# a changed digit of a decimal ---------------------------------------------------------------

def test_a_changed_digit_of_a_decimal_is_evidence():
    assert digit_edit((q(802.11), q(302.11)))
    assert not digit_edit((q(80.211), q(802.11)))  # the point elsewhere: another shape
    assert not digit_edit((q(2.4), q(2.5)))  # too few digits


# the one figure left in a strong gap --------------------------------------------------------

def test_the_one_figure_left_of_two_lone_sentences_is_medium_when_the_others_agree():
    """«… 49 kişinin … yüzlerce Müslüman» / "hundreds of Muslims … 29 of the victims": the
    sentences face each other alone between anchors, the hundreds agree, 49 faces 29."""
    a = make_doc("001", "tr", ["Başlık burada.", "Ölen 49 kişinin cenazesi için yüzlerce kişi toplandı.", "Son söz."])
    b = make_doc("002", "en", ["The headline here.", "Hundreds gathered to bury 29 of the victims.", "Last word."])
    claims = [claim("c-1", ("001", 0), ("002", 0)), claim("c-2", ("001", 2), ("002", 2)),
              claim("c-a", ("001", 1)), claim("c-b", ("002", 1))]
    facts = [fact(a, 1, "49", unit="person"), fact(a, 1, "yüzlerce", value=100.0, hedge="more_than", low=100.0),
             fact(b, 1, "Hundreds", value=100.0, hedge="more_than", low=100.0), fact(b, 1, "29")]
    (c,) = kinds(run([a, b], claims, facts), "conflict")
    assert c.severity == "medium" and {e.value for e in c.evidence} == {49.0, 29.0}


# extraction ---------------------------------------------------------------------------------

def test_years_written_high_to_low_are_a_span():
    """"(1897-1895)", a changed end of «(1894-1895)»: the span 1895-1897, not two figures."""
    facts, _ = extractor("en", dt.date(2015, 9, 1))
    (d,) = facts("After the war (1897-1895) the treaty was signed.", "date")
    assert (d.value, d.date_end) == ("1895", "1897")
    assert not facts("After the war (1897-1895) the treaty was signed.", "quantity")


def test_a_russian_ordinal_year_with_a_doubled_space():
    facts, _ = extractor("ru", dt.date(2015, 9, 1))
    (d,) = facts("Его тысячная марка 2000-го  года воспроизводит картину.", "date")
    assert d.value == "2000"


def test_a_serbian_year_before_1000_has_its_period_and_year_word():
    facts, _ = extractor("sr", dt.date(2015, 9, 1))
    (d,) = facts("Слава је почела око 400. године.", "date")
    assert (d.value, d.hedge) == ("0400", "about")
    (d,) = facts("Slava je počela oko 400. godine.", "date")
    assert d.value == "0400"
    assert not facts("Живели су ту 400 година.", "date")  # four hundred years: a count


def test_two_days_of_a_month_joined_by_a_word_are_one_range():
    """"from 15th to 18th September" / «15-24 Eylül»: both ends, not the 18th alone."""
    facts, _ = extractor("en", dt.date(2015, 9, 1))
    (d,) = facts("Travelling on the line from 15th to 18th September?", "date")
    assert (d.value, d.date_end) == ("2015-09-15", "2015-09-18")
    facts, _ = extractor("ru", dt.date(2015, 9, 1))
    (d,) = facts("Выставка пройдёт с 15 по 18 сентября.", "date")
    assert (d.value, d.date_end) == ("2015-09-15", "2015-09-18")


def test_a_hyphenated_number_adjective_is_no_count():
    """"three-dimensional space" («тродимензионалном простору»: the number glued into one word on
    the other side) is no figure; "a five-match streak", "a three-day visit" still count."""
    facts, _ = extractor("en", dt.date(2015, 9, 1))
    assert not facts("The controller finds its position in three-dimensional space with two-sided tags.", "quantity")
    assert [f.value for f in facts("A five-match streak ended on a three-day visit with two-speed gears.",
                                   "quantity")] == [5.0, 3.0, 2.0]


def test_centuries_in_roman_numerals():
    """«XVI ғасырда» / "the 16th century", «X–XI вв.»: a century in Roman numerals is a date."""
    for lang, text, span in (("kk", "Мешіт XVI ғасырда салынған.", ("1501", "1600")),
                             ("ru", "Крепость построена в X–XI вв. на холме.", ("0901", "1100")),
                             ("tr", "Cami XVI. yüzyılda inşa edildi.", ("1501", "1600")),
                             ("sr", "Tvrđava je podignuta u XVI veku.", ("1501", "1600"))):
        facts, _ = extractor(lang, dt.date(2015, 9, 1))
        (d,) = facts(text, "date")
        assert (d.value, d.date_end) == span, (lang, d)
    facts, _ = extractor("en", dt.date(2015, 9, 1))
    (d,) = facts("Gothic style peaked between the 10th - 11th centuries.", "date")  # the span «X–XI вв.» names
    assert (d.value, d.date_end) == ("0901", "1100")
    facts, _ = extractor("bg", dt.date(2015, 9, 1))
    assert not facts("Цар Иван IV управлява дълго.", "date")  # a regnal number, no century
    assert not facts("Този XIIII век.", "date")  # no canonical numeral


def test_the_one_small_count_of_each_side_faces_the_other():
    """«Четворица краљевства …» / "The Three Kingdoms … thousands of people": nothing larger is
    left on one side, so the one small count of each side is the figure they disagree on."""
    a = [q(4, start=0)]
    b = [q(3, start=0), q(1000, "more_than", unit="person", start=9, low=1000.0)]
    (f,) = compare_quantities(a, b)
    assert f.kind == "conflict" and {x.value for x in f.facts} == {4.0, 3.0}
    # two small counts on a side: which one it replaced is unknown
    assert compare_quantities(a, [q(3), q(2, start=4), q(1000, "more_than", unit="person", start=9, low=1000.0)]) == []


def test_a_scale_word_hyphenated_to_the_digits():
    """"the $2.5-billion shares sale" / «2,5 milyar dolarlık»: 2.5 billion, not 2.5 dollars."""
    facts, _ = extractor("en", dt.date(2015, 9, 1))
    (money,) = facts("Glencore revealed the $2.5-billion shares sale.", "quantity")
    assert (money.value, money.unit) == (2.5e9, "dollar")
    (race,) = facts("He won the 100-m race.", "quantity")  # an abbreviation that is also a unit stays one
    assert (race.value, race.unit) == (100.0, "meter")


def test_decades_are_counted_in_decades():
    """"for two decades" / «yirmi yıldır»: two decades, not a bare 2 facing 20 years."""
    facts, _ = extractor("en", dt.date(2015, 9, 1))
    (d,) = facts("He has been the poster boy for two decades.", "quantity")
    assert (d.value, d.unit) == (2.0, "decade")
    facts, _ = extractor("ru", dt.date(2015, 9, 1))
    (d,) = facts("Он был символом спорта два десятилетия.", "quantity")
    assert d.unit == "decade"


# a sentence split in two, one half linked (seeds 13 and 11: flores-tr «1988'den beri», flores-ru 1964)

def _split(a_year, b_year, b_elsewhere=""):
    a = make_doc("001", "tr", ["Fransız seçim kanunu işlemleri düzenler.", f"Oy sandıkları {a_year}'den beri şeffaftır.",
                               "Böylece seçmenler sandıkta zarf olmadığını görür.", "Adaylar temsilci gönderebilir."])
    b = make_doc("002", "en", ["French electoral law codifies the proceedings.",
                               f"Since {b_year}, ballot boxes are transparent so voters see no envelopes.",
                               f"Candidates can send representatives.{b_elsewhere}"])
    claims = [claim("c-1", ("001", 0), ("002", 0)), claim("c-2", ("001", 2), ("002", 1)),
              claim("c-3", ("001", 3), ("002", 2)), claim("c-a", ("001", 1))]
    facts = [fact(a, 1, str(a_year), kind="date", value=str(a_year)),
             fact(b, 1, str(b_year), kind="date", value=str(b_year))]
    if b_elsewhere:
        facts.append(fact(b, 2, str(a_year), kind="date", value=str(a_year)))
    return run([a, b], claims, facts)


def test_the_unlinked_half_of_a_split_sentence_faces_the_linked_one():
    (c,) = kinds(_split(1984, 1988), "conflict")
    assert c.severity == "medium" and {e.value for e in c.evidence} == {"1984", "1988"}
    assert not kinds(_split(1988, 1988), "conflict")
    # a value the other report states elsewhere is no slot of the split
    assert not [c for c in kinds(_split(1984, 1988, " In 1984 too."), "conflict") if c.severity == "medium"]


# a Turkish count with the possessive ending, "the N of them" (seed 17, wmt-tr: «her 20 kişiden dördü»)

def test_a_turkish_possessive_count_is_a_count():
    facts, _ = extractor("tr", dt.date(2026, 2, 27))
    got = [(f.surface, f.value) for f in facts("Her 10 kişiden dördü ve 50 kişiden ikisinin evi var.", "quantity")]
    assert ("dördü", 4.0) in got and ("ikisinin", 2.0) in got
    assert not facts("Onu gördüm, onun yüzü güzeldi ve biri geldi.", "quantity")  # him, his, face, someone
    assert not facts("Beşiktaş ile Galatasaray yarın oynayacak.", "quantity")  # only case endings follow
    tr = [f for f in facts("Her 20 kişiden dördü Trump dedi.", "quantity")]
    en = [q(4, start=0), q(10, start=10)]
    (c,) = [f for f in compare_quantities(tr, en) if f.kind == "conflict"]
    assert {float(f.value) for f in c.facts} == {20.0, 10.0}


# Turkish "over/under" after the counted noun in the genitive (seeds 13/17, wmt-tr: «121 milyar doların üzerinde»)

def test_a_turkish_postposition_of_place_after_a_genitive_noun_bounds_the_figure():
    facts, one = extractor("tr", dt.date(2026, 2, 27))
    over = one("121 milyar doların üzerinde brüt rezervimiz var.")
    assert (over.value, over.hedge, over.unit) == (121e9, "more_than", "dollar")
    assert one("Bu yıl 1.000 kişinin altında kaldı.").hedge == "less_than"
    assert one("100 kişinin evi yandı.").hedge == "exact"  # a genitive alone bounds nothing


# a Turkish month with the part of the month (seeds 13/17, wmt-tr: «ekim sonu», «Ocak ortalarından beri»)

def test_a_turkish_month_with_its_beginning_middle_or_end_is_a_date():
    facts, _ = extractor("tr", dt.date(2015, 9, 1))
    got = [f.value for f in facts("Sezon ekim sonu hatta kasım ortalarına kadar, Mart başında da sürer.", "date")]
    assert got == ["2015-10", "2015-11", "2015-03"]
    assert not facts("Kasım sonra geldi.", "date")  # "later" is no part of a month


# injector fairness: a hedge word past another figure hedges that one (seed 13, flores-tr «10-60 dakika kadar»)

def test_an_injected_hedge_change_never_takes_a_hedge_past_another_figure():
    import os
    import random
    import sys
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "eval"))
    from _inject import inject_hedge

    src = ["Uyku kesintisi, kısa bir süre sonra (10-60 dakika kadar) tekrar uykuya dalmadır."]
    en = ["Sleep interruption is awakening and falling asleep again a short time later (10–60 minutes)."]
    assert all(inject_hedge(random.Random(s), src, en, "tr", "en", "change") is None for s in range(5))
    hedged = ["Uyku kesintisi 10 dakika kadar sürer."]
    assert inject_hedge(random.Random(1), hedged, ["It lasts about 10 minutes."], "tr", "en", "change")


# an English month after a hyphenated prefix (seed 17, wmt-tr: "since mid-August" / «Ağustos ortalarından beri»)

def test_a_month_joined_to_mid_by_a_hyphen_is_a_date():
    facts, _ = extractor("en", dt.date(2015, 9, 1))
    assert [f.value for f in facts("He has been out since mid-August with a strain.", "date")] == ["2015-08"]


# "this/last/next" before a Turkish month alone (seeds 11/17, wmt-tr: «Bu Eylül» / "This September")

def test_a_turkish_month_after_this_or_last_is_a_date():
    facts, _ = extractor("tr", dt.date(2015, 9, 1))
    assert [f.value for f in facts("Bu Eylül silah satıcıları geliyor.", "date")] == ["2015-09"]
    assert [f.value for f in facts("Obama'nın geçen Kasım Pekin'e gelişi.", "date")] == ["2015-11"]


# months listed with one preposition or month noun (seed 19, wmt-tr, after its run: "in July and
# August" / «temmuz ve ağustos aylarında», July against August)

def test_each_month_of_a_list_is_a_date():
    tr, _ = extractor("tr", dt.date(2015, 9, 1))
    en, _ = extractor("en", dt.date(2015, 9, 1))
    assert [f.value for f in tr("Yağmur temmuz ve ağustos aylarında izlenir.", "date")] == ["2015-07", "2015-08"]
    assert [f.value for f in en("It can be seen in July and August.", "date")] == ["2015-07", "2015-08"]
    assert [f.value for f in en("It is seen in July and may be seen later.", "date")] == ["2015-07"]


# a noun of a dimension between a measure and its hedge (seventh session, flores-tr hedge src on
# seeds 7-17: «20 fit yüksekliğe kadar» changed to «… aşkın» was read as no hedge at all)

def test_a_turkish_hedge_reads_past_a_dimension_noun():
    facts, one = extractor("tr", dt.date(2015, 9, 1))
    f = one("Kasırga sırasında 20 fit yüksekliğe kadar su bastı.")
    assert (f.value, f.unit, f.hedge, f.surface) == (20.0, "foot", "up_to", "20 fit yüksekliğe kadar")
    assert one("Kasırga sırasında 20 fit yüksekliğe aşkın su bastı.").hedge == "more_than"
    assert one("Kasırga sırasında 20 fit yükseklikte su bastı.").hedge == "exact"
    assert one("Kasırga sırasında 20 fit yüksek su kadar bastı.").hedge == "exact"


# tr hedges read on seeds 17 and 19 (wmt-tr hedge cells): "aşkın" after the accusative («50 bin
# kişiyi aşkın», more than 50 thousand people), a hedge between "yüzde" and its figure

def test_a_turkish_postposition_of_the_accusative_hedges_its_figure():
    _, one = extractor("tr", dt.date(2015, 9, 1))
    f = one('"50 bin kişiyi aşkın bir aile" oluşturdu.')
    assert (f.value, f.unit, f.hedge) == (50000.0, "person", "more_than")
    assert one('"50 bin kişiyi bir aile" oluşturdu.').hedge == "exact"
    assert one("10 kişiyi kadar gördü.").hedge == "exact"  # "kadar" takes the dative, not the accusative


def test_a_turkish_hedge_after_the_percent_word_keeps_the_percent():
    _, one = extractor("tr", dt.date(2015, 9, 1))
    for text in ("Değerinin yüzde en fazla 57'sini kaybetti.", "Değerinin en fazla yüzde 57'sini kaybetti."):
        f = one(text)
        assert (f.value, f.unit, f.hedge) == (57.0, "percent", "up_to"), text


def test_an_injected_hedge_never_hedges_a_list_marker():
    """«(1) тока, (до 2) густине и (3) брзине» (seed 19, flores-sr): a numbered list item has no figure."""
    import random
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eval"))
    from _inject import inject_hedge

    src = ["Везе између три карактеристике: (1) тока, (2) густине и (3) брзине."]
    en = ["Relations between three characteristics: (1) flow, (2) density and (3) velocity."]
    assert inject_hedge(random.Random(1), src, en, "sr", "en", "add") is None
    src2 = ["Везе између 3 карактеристике: тока, густине и брзине."]
    en2 = ["Relations between 3 characteristics: flow, density and velocity."]
    assert inject_hedge(random.Random(1), src2, en2, "sr", "en", "add") is not None



def test_a_comparative_before_an_era_year_bounds_the_date():
    """Seed 11, flores-ru hedge en: "younger than 5000 BC" (an injected comparative) was read as no
    hedge of the date, so it changed nothing read."""
    en, _ = extractor("en", dt.date(2015, 9, 1))
    assert [(f.value, f.hedge) for f in en("Paintings date back to younger than 5000 BC!", "date")] == [
        ("5000", "less_than")]


# a unit written as an adjective glued to its figure (seed 23 held out, flores-bg unchanged:
# «6-метровото наводнение» had no unit and met "20 feet", a medium conflict of 6 against 20)

def test_a_unit_adjective_glued_to_its_figure_is_the_unit():
    for lang, text in (("bg", "залято от 6-метровото наводнение"), ("ru", "6-метровое наводнение"),
                       ("sr", "6-metarska poplava"), ("sr", "6-метарска поплава")):
        _, one = extractor(lang, dt.date(2015, 9, 1))
        assert (one(text).value, one(text).unit) == (6.0, "meter"), (lang, text)
    _, one = extractor("sr", dt.date(2015, 9, 1))
    assert one("5 danskih vojnika").unit is None  # a free word of that shape is no unit ("Danish")


# a vulgar fraction after digits (seed 23, flores-sr: "29¾ inches by 24½ inches" / «29¾ инча са
# 24½ инча» were read as 29 and 24; a translator writing «24,5» would have met a 24)

def test_a_vulgar_fraction_is_part_of_its_figure():
    en, _ = extractor("en", dt.date(2015, 9, 1))
    assert [f.value for f in en("It measures 29¾ inches by 24½ inches.", "quantity")] == [29.75, 24.5]
    sr, _ = extractor("sr", dt.date(2015, 9, 1))
    assert [f.value for f in sr("Dimenzije su 29¾ inča sa 24,5 inča.", "quantity")] == [29.75, 24.5]
