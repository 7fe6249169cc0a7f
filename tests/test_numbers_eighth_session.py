"""Classes of misses and false flags read on real translation pairs (eval/real_pairs.py, seed 23
and earlier; eval/README.md "Numbers, dates, hedges, eighth session"): one test per class, on
sentences written for the test."""
from workbench.consistency.compare import compare_facts
from workbench.facts import extract_sentence_facts


def _facts(text: str, lang: str, kind: str | None = None):
    out = extract_sentence_facts(text, 0, len(text), lang, None, "s" + lang)
    return [f for f in out if kind is None or f.kind == kind]


def _hedges(a, b):
    return [f for f in compare_facts(a, b) if f.kind == "hedge"]


def _conflicts(a, b, langs=("", "")):
    """The values of each conflict between two sentences' facts (of the languages ``langs``)."""
    return [sorted(float(g.value) for g in f.facts) for f in compare_facts(a, b, langs=langs) if f.kind == "conflict"]


def test_up_to_after_other_words_than_the_first_figures_noun_is_a_hedge():
    """«29¾ инча са до 24½ инча» ("by up to 24½ inches"), «6 000 от общо до 330 000»: words other
    than the first figure's noun between the figures, so the «до» is no range end."""
    en = _facts("The document measures 29¾ inches by 24½ inches.", "en")
    sr = _facts("Документ је димензија 29¾ инча са до 24½ инча.", "sr")
    assert [sorted(f.hedge for f in h.facts) for h in _hedges(sr, en)] == [["exact", "up_to"]]
    bg = _facts("Заразени са 6 000 от общо до 330 000 души.", "bg")
    en = _facts("Infected were 6,000 of the total 330,000 people.", "en")
    assert [sorted(f.hedge for f in h.facts) for h in _hedges(bg, en)] == [["exact", "up_to"]]
    # the first figure's counted noun alone between them: still the end of a range
    bg = _facts("Срокът е от 10 седмици до 15.", "bg")
    en = _facts("The term is 10 weeks to 15.", "en")
    assert not _hedges(bg, en)
    bg = _facts("Документът е от 10 инча до 15.", "bg")  # an unknown noun: no unit, its ``noun``
    en = _facts("The document is 10 inches to 15.", "en")
    assert not _hedges(bg, en)


def test_a_year_one_side_reads_as_a_plain_figure_is_that_year():
    """"north of 1770" / «северно от град 1770» (the town): en reads a year, bg a plain number; a
    changed year must conflict with the figure, the same one agree."""
    bg = _facts("Медузите се срещат от октомври до април северно от град 1770.", "bg")
    assert [f.kind for f in bg if f.surface.startswith("1770")] == ["quantity"]
    same = _facts("Jellyfish occur from October to April north of 1770.", "en")
    assert [f.kind for f in same if "1770" in f.surface] == ["date"]
    assert not [f for f in compare_facts(same, bg) if f.kind in ("conflict", "hedge")]
    changed = _facts("Jellyfish occur from October to April north of 1775.", "en")
    (c,) = [f for f in compare_facts(changed, bg) if f.kind == "conflict"]
    assert c.thing == ("date", None) and c.basis == "date"
    assert sorted(str(f.value) for f in c.facts) == ["1770.0", "1775"]
    # a figure counting something, or a second year left, is no year read as a number
    counted = _facts("Медузите се срещат от октомври до април при 1770 плажа.", "bg")
    assert not [f for f in compare_facts(changed, counted) if f.thing == ("date", None)]


def test_a_turkish_case_word_after_a_bare_noun_means_what_it_means_after_a_bare_number():
    """tr "kadar" is "up to" after a dative and "about" after a bare form, after the noun as after
    the number: «700 metre kadar» about, «700 metreye kadar» up to; the case is read on the ending
    after the unit's stem ("gün" ends like a genitive, "metre" like a dative)."""
    def hedge(text):
        (f,) = _facts(text, "tr", "quantity")
        return f.unit, f.hedge

    assert hedge("Köprü 700 metre kadar kaydırıldı.") == ("meter", "about")
    assert hedge("Köprü 700 metreye kadar kaydırıldı.") == ("meter", "up_to")
    assert hedge("Bu 10 gün kadar sürdü.") == ("day", "about")
    assert hedge("Bu 5 yıl kadar önce oldu.") == ("year", "about")
    assert hedge("Bu 10 yıldan fazla sürdü.") == ("year", "more_than")


def test_turkish_endings_follow_in_their_order():
    """A case closes a Turkish word: «güneye» (to the south) is no "gün" with two datives, «militanları»
    no "mil"; the endings in order still read («günlerine», «yıllığına», «ülkesindeki»)."""
    from workbench.facts.lexicon import unit_of
    assert [unit_of(w, "tr") for w in ("güneye", "güneyinde", "militanları", "ayılar")] == [None] * 4
    assert [unit_of(w, "tr") for w in ("günlerine", "yıllığına", "ülkesindeki", "kişiyle", "yıllardır")] == [
        "day", "year", "country", "person", "year"]
    (f,) = _facts("Viyadük 700 milimetre kadar güneye çekildi.", "tr", "quantity")
    assert f.unit is None and f.value == 700


def test_degrees_are_a_unit_and_a_plus_sign_does_not_hide_the_hedge():
    """«30°C'nin üzerinde» / "above +30°C" / «выше +30°С» / «+ 30 °C-тан асатын»: the degree sign and
    its scale letter are the unit (the letter takes the case ending), the plus sign stands between
    the hedge and the figure."""
    for lang, text in (("tr", "Yaz aylarında 30°C'nin üzerinde sıcaklıklar yaygındır."),
                       ("en", "In the summer, temperatures above +30°C are common."),
                       ("ru", "Летом температуры выше +30°С являются обычными."),
                       ("kk", "Жазда + 30 °C-тан асатын температуралар жиі болады."),
                       ("sr", "Лети су температуре преко 30°C честе.")):
        (f,) = _facts(text, lang, "quantity")
        assert (f.value, f.unit, f.hedge) == (30.0, "degree", "more_than"), (lang, f)
    (f,) = _facts("It was 30 °F at noon.", "en", "quantity")
    assert (f.unit, f.hedge, f.surface) == ("degree", "exact", "30 °F")
    # a plus sign alone is no part of the figure ("+44" of a telephone number)
    assert [f.surface for f in _facts("Call +44 now.", "en", "quantity")] == ["44"]


def test_small_counts_in_words_step_aside_for_the_one_in_digits_of_each_side():
    """"one of two values, i.e. 0 or 7" / «0 ve 1 değerlerinden»: the "two" told in words (the
    Turkish says "binary") leaves two small counts on one side; the one in digits of each faces the
    other."""
    tr = _facts("İkili sayı, 0 ve 1 değerlerinden yalnızca birine sahip olabilir.", "tr")
    en = _facts("A binary number can have only one of two values, i.e. 0 or 7, and these are bits.", "en")
    assert _conflicts(tr, en) == [[1.0, 7.0]]
    assert not _conflicts(tr, _facts("A binary number can have only one of two values, i.e. 0 or 1.", "en"))


def test_small_counts_of_a_unit_step_aside_for_the_one_larger_figure_of_each_side():
    """«bir gün sonra … 90.000 ila 25.000 işçi» / "a day after … 90,000 to 95,000 workers": the
    English "a day" is an article, so the Turkish 1 day is left beside the changed figure."""
    tr = _facts("Plan bir gün sonra açıklandı, UPS 90.000 ila 25.000 ekstra işçi alacak.", "tr")
    en = _facts("The plan was announced a day after, UPS will hire 90,000 to 95,000 extra workers.", "en")
    assert _conflicts(tr, en) == [[25000.0, 95000.0]]  # 25,000 and the end of "90,000 to 95,000"
    assert not _conflicts(_facts("Plan bir gün sonra açıklandı, UPS 90.000 ila 95.000 işçi alacak.", "tr"), en)


def test_a_small_count_that_may_describe_steps_aside_for_the_one_that_counts():
    """«üç boyutlu konumunu belirleyen sekiz sensör» / "two sensors … three-dimensional space": en's
    "three-dimensional" counts nothing, so the Turkish 3 steps aside and 8 faces 2."""
    tr = _facts("Kumanda, üç boyutlu konumunu belirleyen sekiz sensör kullanıyor.", "tr")
    en = _facts("The controller uses two sensors to triangulate its position in three-dimensional space.", "en")
    assert _conflicts(tr, en, ("tr", "en")) == [[2.0, 8.0]]
    assert not _conflicts(_facts("Kumanda, üç boyutlu konumunu belirleyen iki sensör kullanıyor.", "tr"), en,
                          ("tr", "en"))
