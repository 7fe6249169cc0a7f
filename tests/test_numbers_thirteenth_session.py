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
