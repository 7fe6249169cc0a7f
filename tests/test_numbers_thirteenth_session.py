"""Classes of false flags read on real unchanged translation pairs (eval/real_pairs.py --kinds none
--limit 150, seed 71; eval/README.md "Unchanged real pairs, thirteenth session"): one test per
class, on sentences written for the test."""
import datetime as dt

from workbench.consistency.compare import compare_facts
from workbench.facts import extract_sentence_facts

DAY = dt.date(2015, 6, 1)


def _facts(text: str, lang: str, kind: str | None = None, date: dt.date | None = DAY):
    out = extract_sentence_facts(text, 0, len(text), lang, date, "s" + lang)
    return [f for f in out if kind is None or f.kind == kind]


def _tr_hedges(text: str):
    """(value, hedge) of each Turkish quantity of ``text``."""
    return [(f.value, f.hedge) for f in _facts(text, "tr", "quantity")]


def _findings(a, b, langs=("", "")):
    """(kind, sorted values) of each finding between two sentences' facts."""
    return [(f.kind, sorted(str(g.value) for g in f.facts)) for f in compare_facts(a, b, names=False, langs=langs)]


def test_turkish_last_year_in_its_cases_and_with_sene():
    """«geçen yıla göre» (dative), «geçen sene», «geçtiğimiz yıl»: "last year" was read on the English
    side only, where it faced the Turkish month of the sentence (a high date conflict on WMT)."""
    for text in ("Satışlar geçen yıla göre arttı.", "Satışlar geçen sene arttı.", "Satışlar geçtiğimiz yıl arttı.",
                 "Geçtiğimiz yılki seçimde oy verdi.", "Geçen seneden beri bekliyor."):
        assert [(f.value, f.relative) for f in _facts(text, "tr", "date")] == [("2014", True)], text
    assert [f.value for f in _facts("Bu senenin sonunda açılacak.", "tr", "date")] == ["2015"]
    assert [f.value for f in _facts("Gelecek yıla kadar sürecek.", "tr", "date")] == ["2016"]
    # the plural is "in past years", no one year
    assert _facts("Geçtiğimiz yıllarda çok değişti.", "tr", "date") == []


def test_a_turkish_number_word_after_yuzde_takes_any_ending():
    """«yüzde beşlik bir artış» / "a five per cent rise": a number word after «yüzde» (percent) with
    the "-lIk" ending or a case ending was no figure, so the English one faced nothing."""
    assert [(f.value, f.unit) for f in _facts("Yüzde beşlik bir artış görüldü.", "tr", "quantity")] == [(5, "percent")]
    assert [(f.value, f.unit) for f in _facts("Nüfusun yüzde otuzuna ulaştı.", "tr", "quantity")] == [(30, "percent")]
    tr = _facts("Harcamalarda yüzde yedilik bir artış oldu.", "tr")
    en = _facts("Spending rose by seven per cent.", "en")
    assert not _findings(tr, en, ("tr", "en"))
    # the same endings with no percent word before are no number ("beşlik" is also a banknote)
    assert _facts("Cebinde bir beşlik vardı.", "tr", "quantity") == []


def test_an_english_month_after_for_or_through():
    """"Total spending for August" / «Ağustos ayındaki toplam harcama»: "for" was no month
    preposition, so the Turkish month met nothing and faced "last year" (high)."""
    en = _facts("Total spending for August rose five per cent on last year.", "en")
    tr = _facts("Ağustos ayındaki toplam harcama geçen yıla göre yüzde beş arttı.", "tr")
    assert [f.value for f in en if f.kind == "date"] == ["2015-08", "2014"]
    assert not _findings(en, tr, ("en", "tr"))
    assert [f.value for f in _facts("The rally runs through December.", "en", "date", None)] == ["--12"]
    assert [f.value for f in _facts("Spending for September rose.", "en", "date", None)] == ["--09"]


def test_turkish_under_and_over_after_a_bare_noun_are_hedges_not_six():
    """«12 yaş altı» / "under the age of 12": «altı» (under) was read as the number six and faced a
    year of the English sentence (medium); «65 yaş üstü», «30 üzeri», «35 veya üzeri» bound their figure."""
    tr = _facts("12 yaş altı çocuklarda görülen vakalar 2010'da 3.266 vakadan 2014'te 16.117'ye çıktı.", "tr", "quantity")
    assert [(f.value, f.hedge) for f in tr] == [(12, "less_than"), (3266, "exact"), (16117, "exact")]
    en = _facts("Cases in children under the age of 12 rose.", "en", "quantity")
    assert [(f.value, f.hedge) for f in en] == [(12, "less_than")]
    assert [(f.value, f.hedge) for f in _facts("65 yaş üstü 3 kişi", "tr", "quantity")] == \
        [(65, "more_than"), (3, "exact")]
    assert [(f.value, f.hedge) for f in _facts("VKİ 35 veya üzeri olan kişiler", "tr", "quantity")] == [(35, "at_least")]
    assert [(f.value, f.hedge) for f in _facts("a BMI of 35 or above", "en", "quantity")] == [(35, "at_least")]
    # six is still six: before its noun, and after a figure with a case ending («2015'in son altı ayında»)
    assert [f.value for f in _facts("Altı çocuk geldi.", "tr", "quantity")] == [6]
    assert [(f.value, f.unit) for f in _facts("2015'in son altı ayında ertelendi.", "tr", "quantity")] == [(6, "month")]
    # a number word inside the counted noun's look-ahead stays its own figure
    assert [f.value for f in _facts("Altınlardan beşini aldığı dört yıl önceki yarış.", "tr", "quantity")] == [5, 4]


def test_turkish_hedge_words_with_the_copula_and_after_a_bare_noun():
    """«800 civarındadır» / "around 800", «bin yıldan daha eskiydi» / "over a thousand years old",
    «2,7 milyar dolar civarında» / "about $2.7bn": a hedge word carrying the copula, or after a bare
    counted noun, was not read (a low "dropped" hedge flag on unchanged pairs)."""
    assert _tr_hedges("Vatikan'ın nüfusu 800 civarındadır.") == [(800, "about")]
    assert _tr_hedges("Anıtlar bin yıldan daha eskiydi.") == [(1000, "more_than")]
    assert _tr_hedges("Maliyet 2,7 milyar dolar civarında oldu.") == [(2.7e9, "about")]
    assert _tr_hedges("Fiyat 4 milyon Euro civarındaydı.") == [(4e6, "about")]
    # the copula only on a hedge word: "800 kişidir" stays exact
    assert _tr_hedges("Katılımcı sayısı 800 kişidir.") == [(800, "exact")]


def test_turkish_hedge_words_missing_from_the_pack():
    """«hemen hemen» (almost), «en aşağı» (at the least), «yüzde 30'a varan/varabilecek» (up to): each
    the counterpart of an English hedge on an unchanged WMT pair, read on the English side only."""
    assert _tr_hedges("Hemen hemen yüzde 90'ına sahip.") == [(90, "about")]
    assert _tr_hedges("Fayda en aşağı beş yıl sürebilir.") == [(5, "at_least")]
    assert _tr_hedges("Yüzde 30'a varan kesintiler.") == [(30, "up_to")]
    assert _tr_hedges("Yüzde 30'a varabilecek kesintiler.") == [(30, "up_to")]
    en = _facts("pay cuts of up to 30 percent", "en")
    assert not _findings(_facts("yüzde 30'a varabilecek ücret kesintileri", "tr"), en, ("tr", "en"))


def test_a_year_then_a_count_with_its_own_year_is_no_range():
    """"from 3,266 in 2010 to 16,117 in 2014": "2010 to 16,117" was read as one range of figures (and
    "in 1990 to 2500" as a range of years), so «2010'da» had no year to meet."""
    en = _facts("Cases went up from 3,266 in 2010 to 16,117 in 2014.", "en")
    assert [(f.kind, f.value) for f in en] == [("quantity", 3266), ("date", "2010"), ("quantity", 16117),
                                               ("date", "2014")]
    assert [(f.kind, f.value) for f in _facts("Attendance grew from 200 in 1990 to 2500 in 2000.", "en")] == \
        [("quantity", 200), ("date", "1990"), ("quantity", 2500), ("date", "2000")]
    tr = _facts("Vakalar 2010'da 3.266 vakadan 2014'te 16.117'ye çıktı.", "tr")
    assert not _findings(en, tr, ("en", "tr"))
    # ranges stay ranges: of counts, and of years
    assert [(f.value, f.range_high) for f in _facts("crowds of 2500 to 3000 people", "en", "quantity")] == [(2500, 3000)]
    assert [(f.value, f.date_end) for f in _facts("It was built from 1990 to 2000.", "en", "date")] == [("1990", "2000")]
