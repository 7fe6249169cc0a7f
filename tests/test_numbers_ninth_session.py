"""Classes of misses and false flags read on real translation pairs (eval/real_pairs.py, seed 29;
eval/README.md "Numbers, dates, hedges, ninth session"): one test per class, on sentences
written for the test."""
from workbench.consistency.compare import compare_facts
from workbench.facts import extract_sentence_facts


def _facts(text: str, lang: str, kind: str | None = None):
    out = extract_sentence_facts(text, 0, len(text), lang, None, "s" + lang)
    return [f for f in out if kind is None or f.kind == kind]


def _conflicts(a, b, langs=("", "")):
    """The values of each conflict between two sentences' facts (of the languages ``langs``)."""
    return [sorted(float(g.value) for g in f.facts) for f in compare_facts(a, b, langs=langs) if f.kind == "conflict"]


def test_a_count_adjective_is_read_in_its_own_language_only():
    """tr's "having" adjective («üç boyutlu») ends like en "Somali" or sr «došli»: an English small
    count before "Somali" is a count of English, and does not step aside for the Turkish rule."""
    en = _facts("Pirates held three Somali fishermen and two sailors.", "en")
    tr = _facts("Korsanlar yedi balıkçıyı tuttu.", "tr")
    assert [f.noun for f in en if f.kind == "quantity"] == ["somali", "sailors"]
    assert not _conflicts(en, tr, ("en", "tr"))  # which English count the 7 faces is unknown
    # the Turkish rule itself still applies to Turkish («üç boyutlu» steps aside)
    tr = _facts("Kumanda, üç boyutlu konumunu belirleyen sekiz sensör kullanıyor.", "tr")
    en = _facts("The controller uses two sensors to triangulate its position in three-dimensional space.", "en")
    assert _conflicts(tr, en, ("tr", "en")) == [[2.0, 8.0]]


def test_a_scale_word_after_a_range_written_high_to_low_is_both_figures_scale():
    """«од пре 4,2 до 3,9 милиона година» / "4.2-3.9 million years ago": the «милиона» is the 4.2's
    too (was 4.2 to 3,900,000, a high conflict with the English range); a changed end still conflicts,
    and figures of another order stay a rising range («500 до 3 милиона»)."""
    en = _facts("Fossils from 4.2-3.9 million years ago were found.", "en")
    sr = _facts("Пронађени су фосили од пре 4,2 до 3,9 милиона година.", "sr")
    assert [(f.value, f.range_high) for f in sr if f.kind == "quantity"] == [(4_200_000, 3_900_000)]
    assert not _conflicts(sr, en)
    changed = _facts("Пронађени су фосили од пре 4,2 до 3,7 милиона година.", "sr")
    assert _conflicts(changed, en) == [[4_200_000, 4_200_000]]
    (f,) = _facts("Између 500 до 3 милиона људи.", "sr", "quantity")
    assert (f.value, f.range_high) == (500, 3_000_000)


def test_a_decade_and_a_century_are_periods_that_overlap():
    """"since the 1800s" / «с начала 19 века», «От 19-ти век насам»: a decade and a century are one
    period each, no range with two stated ends (was a high date conflict); the edge year a century
    shares with the next in the common count ("the 1900s" and the 19th century) is no overlap."""
    en = _facts("Haiti had not encountered the disease since the 1800s.", "en")
    assert not _conflicts(_facts("Гаити не сталкивалось с болезнью с начала 19 века.", "ru"), en)
    assert not _conflicts(_facts("Хаити не се е сблъсквала с болестта от 19-ти век насам.", "bg"), en)
    assert _conflicts(_facts("Гаити не сталкивалось с болезнью с начала 18 века.", "ru"), en)
    assert _conflicts(_facts("Гаити не сталкивалось с болезнью с начала 19 века.", "ru"),
                      _facts("Haiti had not encountered the disease since the 1900s.", "en"))
    # two stated ranges still agree at both ends
    assert _conflicts(_facts("Война шла в 1972-1981 годах.", "ru"), _facts("The war lasted from 1977 to 1981.", "en"))


def test_a_range_of_centuries_ends_in_centuries():
    """«10. ile 11. yüzyıllar arasında» (two centuries) / "between the 10th - 11th centuries" (one
    range): the range's ends are the 10th and the 11th century, facing the two (was a high date
    conflict); a changed century still conflicts."""
    en = _facts("Gothic style peaked between the 10th - 11th centuries and the 14th century.", "en")
    assert not _conflicts(_facts("Gotik tarz 10. ile 11. yüzyıllar arasında ve 14. yüzyılda zirve yapmıştır.", "tr"), en)
    assert _conflicts(_facts("Gotik tarz 9. ile 11. yüzyıllar arasında ve 14. yüzyılda zirve yapmıştır.", "tr"), en)
    assert _conflicts(_facts("Gotik tarz 10. ile 12. yüzyıllar arasında ve 14. yüzyılda zirve yapmıştır.", "tr"), en)


def test_a_russian_range_with_case_endings_on_its_digits_is_a_range():
    """ru «от 20-ти до 30-ти лет» (the genitive «двадцати» written on the digits) is the range "from
    20 to 30 years", not a 20 and an "up to 30"; a changed end conflicts with the English range."""
    (f,) = _facts("По сообщениям ему было от 20-ти до 30-ти лет.", "ru", "quantity")
    assert (f.value, f.range_high, f.hedge, f.unit) == (20, 30, "exact", "year")
    en = _facts("He was reported to be from 20 to 30 years old.", "en")
    assert not _conflicts([f], en)
    assert _conflicts(_facts("По сообщениям ему было от 20-ти до 40-ти лет.", "ru"), en) == [[20.0, 20.0]]


def test_a_kazakh_count_that_describes_steps_aside_for_the_one_that_counts():
    """kk «үш өлшемді кеңістікте … бес датчик» / "two sensors … three-dimensional space": «өлшемді»
    (dimensional) makes the 3 an adjective, as tr «üç boyutlu», so 5 faces 2; an accusative noun
    after a count («бес датчикті») does not step aside."""
    en = _facts("The controller uses two sensors to triangulate its position in three-dimensional space.", "en")
    kk = _facts("Басқару құралы орнын үш өлшемді кеңістікте анықтау үшін бес датчик пайдаланады.", "kk")
    assert _conflicts(kk, en, ("kk", "en")) == [[2.0, 5.0]]
    kk = _facts("Басқару құралы орнын үш өлшемді кеңістікте анықтау үшін екі датчик пайдаланады.", "kk")
    assert not _conflicts(kk, en, ("kk", "en"))
    from workbench.lang import REGISTRY
    kk_adjective = REGISTRY["kk"].numbers.count_adjective_re
    assert [bool(kk_adjective.fullmatch(w)) for w in ("өлшемді", "жақты", "датчикті", "сенсорды")] == [
        True, True, False, False]


def test_extend_to_before_a_date_is_until():
    """"policies don't extend to July 2020" / «до юли 2020 г.», «Temmuz 2020'ye kadar»: "extend to" is
    "until", so the translations' bound meets a bound (was a low hedge flag on an unchanged pair);
    "changed to July 2020" stays a plain date."""
    en = _facts("Most policies don't extend to July 2020, when the Olympics had been scheduled.", "en", "date")
    assert [f.hedge for f in en] == ["up_to"]
    bg = _facts("Повечето политики не се удължават до юли 2020 г., когато бяха насрочени игрите.", "bg", "date")
    assert not [f for f in compare_facts(bg, en) if f.kind in ("hedge", "conflict")]
    assert [f.hedge for f in _facts("The date was changed to July 2020.", "en", "date")] == ["exact"]


def test_a_round_ten_in_the_plural_is_its_decade():
    """"aged in his 20s" / «от 20-ти до 30-ти лет»: the 20s run from 20 up to 30, so the Russian range
    is the same statement and a changed end («от 10-ти до 30-ти») conflicts (was 20 inside 10–30)."""
    (f,) = _facts("He was reportedly aged in his 20s.", "en", "quantity")
    assert (f.value, f.range_high) == (20, 30)
    assert not _conflicts(_facts("По сообщениям ему было от 20-ти до 30-ти лет.", "ru"), [f])
    assert _conflicts(_facts("По сообщениям ему было от 10-ти до 30-ти лет.", "ru"), [f]) == [[10.0, 20.0]]
    assert [(g.value, g.range_high) for g in _facts("He scored 25s in the test.", "en", "quantity")] == [(25, None)]
    # the next ten is where the decade ends, not one of its values: kk «30-да» (at 30) is another age
    assert _conflicts(_facts("Оның жасы 30-да болғаны хабарланды.", "kk"), [f]) == [[20.0, 30.0]]
    assert not _conflicts(_facts("Оның жасы 20-да болғаны хабарланды.", "kk"), [f])


def test_every_case_form_of_one_is_an_article_in_russian():
    """«из смеси одного или нескольких из семи элементов» / "a mixture of one or more of four elements":
    the genitive «одного» is the article sense, as en "one" is, so 7 faces 4 (was a 1 left over beside it)."""
    ru = _facts("Всё состоит из смеси одного или нескольких из семи элементов.", "ru")
    assert [f.value for f in ru if f.kind == "quantity"] == [7]
    en = _facts("Everything is made up of a mixture of one or more of four elements.", "en")
    assert _conflicts(ru, en) == [[4.0, 7.0]]
    sr = _facts("Све се састоји од мешавине једног или неколико од седам елемената.", "sr")
    assert [f.value for f in sr if f.kind == "quantity"] == [7]


def test_a_russian_ordinal_with_a_full_adjective_ending_is_no_count():
    """«находящейся на 5-ой позиции» / "5th seeded": «-ой» makes the 5 an ordinal, so it does not take
    the place of the score («26-40» / "26 - 00": was paired with 5 inside 0–26)."""
    ru = _facts("Они одержали победу со счетом 26-40 над Замбией, находящейся на 5-ой позиции.", "ru")
    assert [f.surface for f in ru if f.kind == "quantity" and f.unit != "ordinal"] == ["26-40"]
    en = _facts("They had a comfortable 26 - 00 win against 5th seeded Zambia.", "en")
    assert _conflicts(ru, en) == [[26.0, 26.0]]


def _tr_dictionary(tmp_path, monkeypatch, words):
    tmp_path = tmp_path / str(len(words))  # a folder each: the lexicon is cached by its folders
    tmp_path.mkdir()
    (tmp_path / "tr_TR.dic").write_text(f"{len(words)}\n" + "\n".join(words) + "\n", encoding="utf-8")
    (tmp_path / "tr_TR.aff").write_text("SET UTF-8\n", encoding="utf-8")
    monkeypatch.setenv("WORKBENCH_HUNSPELL_DIRS", str(tmp_path))


def test_a_scale_word_broken_by_a_stray_space_is_the_scale(tmp_path, monkeypatch):
    """WMT tr headline «2-2.5 MİLY ON EURO'YA» / "2-2.5 MILLION EURO": "MİLY" is no Turkish word and
    with "ON" (alone: ten) makes «MİLYON»; was a 10 euros against 2–2.5 million (a high conflict). The
    capital «İ» reads as «i» (Python lowers it with a combining dot). Without a dictionary to say
    "MİLY" is no word, the two stay apart."""
    en = _facts("THEY AGREED ON 2-2.5 MILLION EURO", "en")
    tr = _facts("2-2.5 MİLYON EURO'YA ANLAŞTILAR", "tr", "quantity")
    assert [(f.value, f.range_high, f.unit) for f in tr] == [(2_000_000, 2_500_000, "euro")]
    assert not _conflicts(tr, en)
    broken = "2-2.5 MİLY ON EURO'YA ANLAŞTILAR"
    assert 10 in [f.value for f in _facts(broken, "tr", "quantity")]  # no dictionary
    _tr_dictionary(tmp_path, monkeypatch, ["anlaşmak", "on"])
    tr = _facts(broken, "tr", "quantity")
    assert [(f.value, f.range_high, f.unit) for f in tr] == [(2_000_000, 2_500_000, "euro")]
    assert not _conflicts(tr, en)
    _tr_dictionary(tmp_path, monkeypatch, ["anlaşmak", "on", "mily"])  # a word of its own: two words
    assert 10 in [f.value for f in _facts(broken, "tr", "quantity")]


def test_up_to_against_a_lower_bound_is_no_opposite_statement():
    """kk «8 есеге дейін көбірек» / "more than 8 times as much": "up to" also says how high a figure
    reaches ("as many as"), so against "more than" it differs in certainty (low), where "less than"
    against "more than" is the opposite statement (medium)."""
    kk = _facts("Оның суы екінші ең үлкен өзеннен 8 есеге дейін көбірек.", "kk")
    en = _facts("It carries more than 8 times as much water as the second biggest river.", "en")
    assert [h.basis for h in compare_facts(kk, en) if h.kind == "hedge"] == ["differs"]
    less = _facts("It carries less than 8 times as much water as the second biggest river.", "en")
    assert [h.basis for h in compare_facts(less, en) if h.kind == "hedge"] == ["opposite"]


def test_two_bounds_of_one_statement_name_one_figure():
    """«8 есеге дейін» / "more than 6 times": the two bounds overlap (7 fits both), yet one statement
    bounded two ways names one figure; a changed figure behind opposite bounds conflicts (it was
    paired, a hedge difference only)."""
    kk = _facts("Оның суы екінші ең үлкен өзеннен 8 есеге дейін көбірек.", "kk")
    en = _facts("It carries more than 6 times as much water as the second biggest river.", "en")
    assert _conflicts(kk, en) == [[6.0, 8.0]]
    assert not _conflicts(_facts("It carries at least 8 times as much water.", "en"),
                          _facts("It carries more than 8 times as much water.", "en"))


def test_a_turkish_indefinite_plural_takes_endings():
    """WMT tr «binlercesi dışarıda kaldı» / "thousands remained outside": «binlerce» with a possessive
    is still "thousands of", so the English "thousands" has its match and "about 20" faces «70 kişi»."""
    tr = _facts("70 kişi içeri girebildiyse de binlercesi dışarıda kaldı.", "tr", "quantity")
    assert [(f.value, f.hedge) for f in tr] == [(70, "exact"), (1000, "more_than")]
    en = _facts("About 20 managed to get in, but thousands remained outside.", "en")
    assert _conflicts(tr, en) == [[20.0, 70.0]]


def test_a_decade_of_a_count_is_one_figure_not_a_range_to_split():
    """"late 60s, early 70s" / «60'lar sonu 90'ler başında»: a decade is one figure, so it is not split
    into two ends (60 and 70) that would leave the changed «90'ler» facing two 70s."""
    en = _facts("A lot of the stuff I get is late 60s, early 70s, from when I was 11 or 12.", "en")
    tr = _facts("Aldığım şeylerin çoğu 60'lar sonu 90'ler başında, ben daha 11 veya 12 yaşındayken.", "tr")
    assert _conflicts(tr, en) == [[70.0, 90.0]]
    same = _facts("Aldığım şeylerin çoğu 60'lar sonu 70'ler başında, ben daha 11 veya 12 yaşındayken.", "tr")
    assert not _conflicts(same, en)


def test_no_hedge_is_injected_inside_a_name_made_with_a_figure():
    """eval/real_pairs.py's hedge injector put «больше чем» between «регби-» and «7» (rugby sevens, seed
    29 flores-ru): a figure hyphened to a word names a thing, and a hedge there states nothing."""
    import os
    import random
    import sys
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "eval"))
    from _inject import inject_hedge
    src, en = ["Это был идеальный день для регби-7."], ["It was a perfect day for 7's rugby."]
    assert all(inject_hedge(random.Random(s), src, en, "ru", "en", "add") is None for s in range(10))
    assert inject_hedge(random.Random(0), ["Пришли 7 игроков."], ["7 players came."], "ru", "en", "add") is not None


def test_digits_with_a_scale_word_and_the_digits_of_the_rest_are_one_number():
    """WMT tr «toplam satış alanı 6 bin 500 metrekare» / "6500 square metres": «6 bin 500» is 6 500, as
    in words (was 6 000 and 500, which left the changed count of employees no lone partner)."""
    def values(text, lang):
        return [f.value for f in _facts(text, lang, "quantity")]

    assert values("Toplam satış alanı 6 bin 500 metrekare.", "tr") == [6500]
    assert values("Bütçe 1 milyon 200 bin dolar.", "tr") == [1_200_000]
    assert values("Ауданы 6 мың 500 шаршы метр.", "kk") == [6500]
    assert values("Alan 6 bin, 500 kişi geldi.", "tr") == [6000, 500]  # a comma: two figures
    assert values("181 thousand and 612 people will get 6 liras.", "en") == [181_612, 6]  # a connector
    tr = _facts("Toplam satış alanı 6 bin 500 metrekare ve çalışan sayısı 120 kişiyi buluyor.", "tr")
    en = _facts("Its total retail area is 6500 square metres, and its number of employees is around 320.", "en")
    assert _conflicts(tr, en) == [[120.0, 320.0]]


def test_a_count_of_years_faces_a_year_before_1000_told_with_an_era():
    """kk «шамамен 400 жылдан бастап» / "began in about 400 A.D.": a year before 1000 needs a cue, an
    era in en, a year word in kk (a count of years there): the two are one figure read two ways, so a
    changed figure conflicts and a changed hedge differs (were kinds that never meet)."""
    en = _facts("Its renown began in about 400 A.D. and lasted up until about 1100 A.D.", "en")

    def findings(kk_text):
        return [(f.kind, f.basis) for f in compare_facts(_facts(kk_text, "kk"), en) if f.kind != "name"]

    assert findings("Ол шамамен 400 жылдан бастап белгілі болды және шамамен 1100 жылға дейін созылды.") == []
    assert findings("Ол шамамен 100 жылдан бастап белгілі болды және шамамен 1100 жылға дейін созылды.") == [
        ("conflict", "date")]
    assert findings("Ол кемінде 400 жылдан бастап белгілі болды және шамамен 1100 жылға дейін созылды.") == [
        ("hedge", "differs")]
    # a count of years facing a year of 1000 or later is no year ("for 400 years", «1453 жылы»)
    assert not [f for f in compare_facts(_facts("Ол 400 жыл бойы, 1453 жылға дейін созылды.", "kk"),
                                         _facts("It lasted 300 years, until 1453.", "en")) if f.thing == ("date", None)]


def test_a_figure_with_one_digit_changed_faces_its_original_when_no_lone_figure_is_left():
    """WMT tr «57 bin subayın … Kılı kırk yaran» / "37 thousand commissioned officers": the idiom's
    40 (to split hairs) is left beside the figure, so no lone figure faces the other side's; the one
    pair that differs in one digit is one figure reported two ways."""
    tr = _facts("57 bin subayın dosyası açılmaya başlandı. Kılı kırk yaran bir çalışma yapılacak.", "tr")
    en = _facts("The cases of 37 thousand commissioned officers started to be opened.", "en")
    assert _conflicts(tr, en) == [[37000.0, 57000.0]]
    same = _facts("37 bin subayın dosyası açılmaya başlandı. Kılı kırk yaran bir çalışma yapılacak.", "tr")
    assert not _conflicts(same, en)
    other = _facts("52 bin subayın dosyası açılmaya başlandı. Kılı kırk yaran bir çalışma yapılacak.", "tr")
    assert not _conflicts(other, en)  # two digits changed: nothing ties 52 000 to 37 000 rather than to 40
