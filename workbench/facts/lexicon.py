"""Per-language rule tables for fact extraction: number words, hedges, counted nouns.

Everything language-specific the extractors need lives here as data, so adding
a language (or a word) is a table edit. Words are lower-case; nouns are *stems*
matched by prefix, and what follows the stem must be a plausible inflection of
that language (``INFLECTION``), so ``ел`` (country) matches ``елдің`` but not
``елші`` (ambassador), and ``yıl`` matches ``yılında`` but not ``yıldız``.

The vocabulary was chosen from the five seed reports and the FLORES-200 devtest
news sentences (the nouns numbers count most often there), not from a dictionary.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

SUPPORTED = ("kk", "tr", "bg", "en")

# Hedge names used in Fact.hedge.
EXACT, ABOUT, MORE_THAN, LESS_THAN, UP_TO, AT_LEAST = (
    "exact", "about", "more_than", "less_than", "up_to", "at_least")


@dataclass(frozen=True)
class LangRules:
    """What quantity extraction needs to know about one language."""

    decimal_mark: str  # "," or "."; the other one groups thousands
    space_groups: bool  # "1 500 000" (also NBSP / thin space) groups thousands
    cardinals: dict[str, int]  # unit and tens words: "алпыс" -> 60
    hundreds: dict[str, int]  # "жүз" -> 100, "двеста" -> 200 (multiplies a preceding unit word)
    multipliers: dict[str, int]  # "мың", "млн", "milyon" -> 1000, 10**6
    connectors: frozenset[str]  # words joining number words: bg "и", en "and"
    article_one: frozenset[str]  # words for 1 that are usually an article ("bir", "един", "one")
    not_after_one: frozenset[str]  # "one of", "бір бірі": never a count
    ordinal_suffix: str  # regex: a digit's suffix that makes it ordinal ("5-ші", "5'inci", "5th")
    hedges_before: tuple[tuple[tuple[str, ...], str], ...]
    hedges_after: tuple[tuple[tuple[str, ...], str], ...]
    units: tuple[tuple[str, str], ...]  # (stem, canonical English lemma), longest stems first
    stopwords: frozenset[str]  # unit look-ahead stops at these
    ago_after: frozenset[str] = frozenset()  # "он жыл бұрын", "10 yıl önce", "ten years ago"
    ago_before: frozenset[str] = frozenset()  # bg "преди десет години"
    percent_before: frozenset[str] = frozenset()  # tr "yüzde 5"
    dative_suffix: str = ""  # tr "60'a kadar" (up to) versus "60 kadar" (about)
    word_ordinal_suffix: str = r"(?!)"  # kk/tr number words made ordinal: "бесінші", "on birinci"
    # kk/tr put "more/less than" after the counted noun in the ablative: "мың жылдан асып",
    # "100 футтан асатын", "10 yıldan fazla"; only after a noun with this ending.
    hedges_after_noun: tuple[tuple[tuple[str, ...], str], ...] = ()
    ablative_suffix: str = r"(?!)"
    # Ranges of two numbers (``quantities.find_ranges``): words that may open one ("от",
    # "from", "between"), the words between the two numbers ("до", "ila", "to", "and"),
    # and words that may close one ("arasında", "дейін").
    range_open: frozenset[str] = frozenset()
    range_join: frozenset[str] = frozenset()
    range_close: frozenset[str] = frozenset()


# Inflections allowed after a unit stem, per language (whole remainder of the word).
_KK_CASE = ("ның|нің|дың|дің|тың|тің|ға|ге|қа|ке|на|не|ны|ні|ды|ді|ты|ті|н|да|де|та|те|нда|нде|"
            "дан|ден|тан|тен|нан|нен|мен|бен|пен|дағы|дегі|тағы|тегі|ндағы|ндегі|ы|і|сы|сі|ын|ін|"
            "ғы|гі|қы|кі|ының|інің|сының|сінің|ына|іне|сына|сіне|ынан|інен|ында|інде|лық|лік|дық|дік|тық|тік")
_TR_SUFFIX = ("lar|ler|ı|i|u|ü|ın|in|un|ün|nın|nin|nun|nün|a|e|ya|ye|na|ne|da|de|ta|te|nda|nde|"
              "dan|den|tan|ten|ndan|nden|la|le|yla|yle|sı|si|su|sü|ları|leri|lık|lik|luk|lük|yı|yi|ki")
INFLECTION: dict[str, regex.Pattern] = {
    "kk": regex.compile(rf"(?:дар|дер|тар|тер|лар|лер)?(?:{_KK_CASE})?(?:{_KK_CASE})?"),
    "tr": regex.compile(rf"(?:{_TR_SUFFIX}){{0,4}}"),
    "bg": regex.compile(r"(?:а|я|и|ът|ят|та|то|те|ите|ата|ия|ето|ета|ове|овете|ен|на|ни|но)?"),
    "en": regex.compile(r"(?:s|es|'s|’s)?"),
}

_KK_CARD = {"бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7, "сегіз": 8,
            "тоғыз": 9, "он": 10, "жиырма": 20, "отыз": 30, "қырық": 40, "елу": 50, "алпыс": 60,
            "жетпіс": 70, "сексен": 80, "тоқсан": 90}
_TR_CARD = {"bir": 1, "iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6, "yedi": 7, "sekiz": 8,
            "dokuz": 9, "on": 10, "yirmi": 20, "otuz": 30, "kırk": 40, "elli": 50, "altmış": 60,
            "yetmiş": 70, "seksen": 80, "doksan": 90,
            "dörd": 4}  # the stem of "dördüncü", "dördü" (t -> d before a vowel)
_BG_CARD = {"един": 1, "една": 1, "едно": 1, "два": 2, "две": 2, "двама": 2, "двете": 2, "двата": 2,
            "три": 3, "трима": 3, "трите": 3, "четири": 4, "четирима": 4, "пет": 5, "петима": 5,
            "петте": 5, "шест": 6, "седем": 7, "осем": 8, "девет": 9, "десет": 10, "десетте": 10,
            "единадесет": 11, "дванадесет": 12, "тринадесет": 13, "четиринадесет": 14,
            "петнадесет": 15, "шестнадесет": 16, "седемнадесет": 17, "осемнадесет": 18,
            "деветнадесет": 19, "двадесет": 20, "тридесет": 30, "четиридесет": 40, "петдесет": 50,
            "шестдесет": 60, "седемдесет": 70, "осемдесет": 80, "деветдесет": 90}
_EN_CARD = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
            "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
            "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
            "eighty": 80, "ninety": 90}

_MILLION, _BILLION = 10**6, 10**9

RULES: dict[str, LangRules] = {
    "kk": LangRules(
        decimal_mark=",", space_groups=True, cardinals=_KK_CARD, hundreds={"жүз": 100},
        multipliers={"мың": 1000, "миллион": _MILLION, "млн": _MILLION, "миллиард": _BILLION,
                     "млрд": _BILLION, "трлн": 10**12},
        connectors=frozenset(), article_one=frozenset({"бір"}),
        not_after_one=frozenset({"бірі", "біріне", "бірін", "бірімен", "бірінен", "бірінің", "бірде"}),
        ordinal_suffix=r"(?:ші|шы|нші|ншы|інші|ыншы)",
        # "шамаман" is a frequent misspelling of "шамамен" (FLORES kk has it)
        hedges_before=((("шамамен",), ABOUT), (("шамаман",), ABOUT), (("кем", "дегенде"), AT_LEAST),
                       (("кемінде",), AT_LEAST), (("ең", "кемі"), AT_LEAST), (("жуық",), ABOUT)),
        # "сәл төмен" (a little below) is how kk renders "just under": an approximation
        hedges_after=((("аса",), MORE_THAN), (("асатын",), MORE_THAN), (("асып",), MORE_THAN),
                      (("асқан",), MORE_THAN), (("астам",), MORE_THAN), (("артық",), MORE_THAN),
                      (("сәл", "төмен"), ABOUT), (("сәл", "асатын"), ABOUT), (("сәл", "асады"), ABOUT),
                      (("жуық",), ABOUT), (("шамасында",), ABOUT), (("шамасы",), ABOUT),
                      (("кем",), LESS_THAN), (("аз",), LESS_THAN), (("дейін",), UP_TO)),
        hedges_after_noun=((("аса",), MORE_THAN), (("асатын",), MORE_THAN), (("асып",), MORE_THAN),
                           (("асқан",), MORE_THAN), (("астам",), MORE_THAN), (("артық",), MORE_THAN),
                           (("сәл", "төмен"), ABOUT), (("кем",), LESS_THAN)),
        ablative_suffix=r"(?:дан|ден|тан|тен|нан|нен)",
        range_join=frozenset({"пен", "мен", "бен"}), range_close=frozenset({"дейін", "аралығында", "аралығы"}),
        units=(("меморандум", "memorandum"), ("келісімшарт", "agreement"), ("келісім", "agreement"),
               ("компания", "company"), ("кәсіпорын", "company"), ("кәсіпорн", "company"),
               ("мемлекет", "country"), ("ел", "country"), ("жыл", "year"), ("ай", "month"),
               ("күн", "day"), ("апта", "week"), ("пайыз", "percent"), ("процент", "percent"),
               ("адам", "person"), ("кісі", "person"), ("рейс", "flight"), ("жоба", "project"),
               ("құжат", "document"), ("доллар", "dollar"), ("теңге", "tenge"), ("еуро", "euro"),
               ("тонна", "ton"), ("метр", "meter"), ("км", "kilometer"), ("шақырым", "kilometer"), ("қала", "city"),
               ("м", "meter"), ("фут", "foot"), ("миля", "mile"), ("миль", "mile"), ("фунт", "pound"),
               ("сапар", "visit"), ("үкімет", "government"), ("рет", "time"), ("есе", "time"), ("президент", "president")),
        stopwords=frozenset({"мен", "және", "бен", "пен", "да", "де", "та", "те", "әрі", "не", "немесе"}),
        ago_after=frozenset({"бұрын", "бұрынғы", "бұрыңғы"}),
        word_ordinal_suffix=r"(?:ыншы|інші|ншы|нші|ыншыдан|іншіден)",
    ),
    "tr": LangRules(
        decimal_mark=",", space_groups=False, cardinals=_TR_CARD, hundreds={"yüz": 100},
        multipliers={"bin": 1000, "milyon": _MILLION, "mn": _MILLION, "milyar": _BILLION,
                     "mlr": _BILLION, "trilyon": 10**12},
        connectors=frozenset(), article_one=frozenset({"bir"}),
        not_after_one=frozenset({"araya", "arada", "diğer", "diğerine", "birine", "biri", "birini",
                                 "şekilde", "kısmı", "çok", "süre"}),
        ordinal_suffix=r"(?:inci|ıncı|uncu|üncü|nci|ncı|ncu|ncü|ci|cı|cu|cü)",
        hedges_before=((("yaklaşık",), ABOUT), (("tahminen",), ABOUT), (("en", "az"), AT_LEAST),
                       (("en", "fazla"), UP_TO), (("neredeyse",), ABOUT), (("aşağı", "yukarı"), ABOUT)),
        # "biraz altında/üzerinde" (a little under/over): "just under" in en, an approximation
        hedges_after=((("biraz", "altında"), ABOUT), (("biraz", "üzerinde"), ABOUT),
                      (("daha", "fazla"), MORE_THAN), (("fazla",), MORE_THAN), (("aşkın",), MORE_THAN),
                      (("üzerinde",), MORE_THAN),
                      (("civarında",), ABOUT), (("dolayında",), ABOUT), (("kadar",), ABOUT),
                      (("az",), LESS_THAN), (("altında",), LESS_THAN), (("eksik",), LESS_THAN)),
        units=(("mutabakat", "memorandum"), ("memorandum", "memorandum"), ("antlaşma", "agreement"),
               ("anlaşma", "agreement"), ("sözleşme", "agreement"), ("şirket", "company"),
               ("firma", "company"), ("ülke", "country"), ("devlet", "country"), ("yıl", "year"),
               ("sene", "year"), ("ay", "month"), ("gün", "day"), ("hafta", "week"),
               ("kişi", "person"), ("insan", "person"), ("sefer", "flight"),
               ("uçuş", "flight"), ("proje", "project"), ("belge", "document"), ("dolar", "dollar"),
               ("tenge", "tenge"), ("avro", "euro"), ("euro", "euro"), ("lira", "lira"),
               ("ton", "ton"), ("metre", "meter"), ("kilometre", "kilometer"), ("km", "kilometer"), ("şehir", "city"),
               ("kent", "city"), ("ziyaret", "visit"), ("hükümet", "government"), ("kez", "time"), ("kere", "time"),
               ("defa", "time"), ("cumhurbaşkan", "president"), ("m", "meter"), ("fit", "foot"),
               ("mil", "mile"), ("pound", "pound"), ("sterlin", "pound")),
        stopwords=frozenset({"ve", "ile", "ya", "veya", "da", "de", "ki", "için"}),
        hedges_after_noun=((("fazla",), MORE_THAN), (("daha", "fazla"), MORE_THAN), (("aşkın",), MORE_THAN),
                           (("az",), LESS_THAN)),
        ablative_suffix=r"(?:dan|den|tan|ten|ndan|nden)",
        range_join=frozenset({"ila", "ile"}), range_close=frozenset({"arasında", "arası", "arasındaki"}),
        ago_after=frozenset({"önce", "evvel"}),
        percent_before=frozenset({"yüzde"}),
        dative_suffix=r"(?:a|e|ya|ye|na|ne)",
        word_ordinal_suffix=r"(?:inci|ıncı|uncu|üncü|nci|ncı|ncu|ncü)\p{L}*",
    ),
    "bg": LangRules(
        decimal_mark=",", space_groups=True, cardinals=_BG_CARD,
        hundreds={"сто": 100, "двеста": 200, "триста": 300, "четиристотин": 400, "петстотин": 500,
                  "шестстотин": 600, "седемстотин": 700, "осемстотин": 800, "деветстотин": 900},
        multipliers={"хиляда": 1000, "хиляди": 1000, "хил": 1000, "милион": _MILLION,
                     "милиона": _MILLION, "млн": _MILLION, "милиард": _BILLION, "милиарда": _BILLION,
                     "млрд": _BILLION, "трлн": 10**12},
        connectors=frozenset({"и"}), article_one=frozenset({"един", "една", "едно"}),
        not_after_one=frozenset({"от", "друг", "друга", "друго", "път"}),
        ordinal_suffix=r"(?:ви|ри|ти|ми|и|о|ия|ият|ата|ото|ите|та|то)",
        hedges_before=((("повече", "от"), MORE_THAN), (("над",), MORE_THAN),
                       (("по-малко", "от"), LESS_THAN), (("под",), LESS_THAN),
                       (("приблизително", "с"), ABOUT), (("около", "с"), ABOUT),
                       (("приблизително",), ABOUT), (("около",), ABOUT), (("към",), ABOUT),
                       (("почти",), ABOUT), (("близо", "до"), ABOUT),
                       (("най-малко",), AT_LEAST), (("поне",), AT_LEAST), (("до",), UP_TO)),
        hedges_after=(),
        units=(("меморандум", "memorandum"), ("споразумени", "agreement"), ("договор", "agreement"),
               ("компани", "company"), ("фирм", "company"), ("предприяти", "company"),
               ("държав", "country"), ("стран", "country"), ("годин", "year"), ("год", "year"),
               ("г", "year"), ("месец", "month"), ("ден", "day"), ("дни", "day"), ("дена", "day"),
               ("седмиц", "week"), ("процент", "percent"), ("души", "person"), ("човек", "person"),
               ("човека", "person"), ("хора", "person"), ("полет", "flight"), ("проект", "project"),
               ("документ", "document"), ("долар", "dollar"), ("евро", "euro"), ("тенге", "tenge"),
               ("лв", "lev"), ("лев", "lev"), ("лева", "lev"), ("тон", "ton"), ("метр", "meter"), ("км", "kilometer"),
               ("м", "meter"), ("фут", "foot"), ("мил", "mile"), ("паунд", "pound"),
               ("километр", "kilometer"), ("град", "city"), ("посещени", "visit"), ("правителств", "government"), ("пъти", "time"), ("президент", "president")),
        stopwords=frozenset({"и", "в", "във", "на", "от", "за", "с", "със", "до", "по", "че", "са",
                             "е", "или", "а", "но"}),
        ago_before=frozenset({"преди"}),
        range_open=frozenset({"от", "между"}), range_join=frozenset({"до", "и"}),
    ),
    "en": LangRules(
        decimal_mark=".", space_groups=False, cardinals=_EN_CARD, hundreds={"hundred": 100},
        multipliers={"thousand": 1000, "million": _MILLION, "mln": _MILLION, "bn": _BILLION,
                     "billion": _BILLION, "trillion": 10**12},
        connectors=frozenset({"and"}), article_one=frozenset({"one"}),
        not_after_one=frozenset({"of", "another", "day", "way", "side", "hand"}),
        ordinal_suffix=r"(?:st|nd|rd|th)",
        # "just under/over N" is approximate (tr "biraz altında", kk "сәл төмен", bg "почти");
        # "as many as N" is an emphatic round figure, rendered "civarında"/"около" in FLORES
        hedges_before=((("just", "under"), ABOUT), (("just", "over"), ABOUT), (("as", "many", "as"), ABOUT),
                       (("as", "much", "as"), ABOUT), (("in", "excess", "of"), MORE_THAN),
                       (("more", "than"), MORE_THAN), (("over",), MORE_THAN), (("above",), MORE_THAN),
                       (("upwards", "of"), MORE_THAN), (("less", "than"), LESS_THAN),
                       (("fewer", "than"), LESS_THAN), (("under",), LESS_THAN), (("below",), LESS_THAN),
                       (("up", "to"), UP_TO), (("at", "least"), AT_LEAST), (("at", "most"), UP_TO),
                       (("approximately",), ABOUT), (("about",), ABOUT), (("around",), ABOUT),
                       (("nearly",), ABOUT), (("almost",), ABOUT), (("roughly",), ABOUT),
                       (("some",), ABOUT), (("close", "to"), ABOUT), (("an", "estimated"), ABOUT)),
        hedges_after=(),
        units=(("memoranda", "memorandum"), ("memorandum", "memorandum"), ("mou", "memorandum"),
               ("agreement", "agreement"), ("treaty", "agreement"), ("treaties", "agreement"),
               ("companies", "company"), ("company", "company"), ("firm", "company"),
               ("enterprise", "company"), ("countries", "country"), ("country", "country"),
               ("nation", "country"), ("states", "country"), ("year", "year"), ("month", "month"),
               ("day", "day"), ("week", "week"), ("percent", "percent"), ("per cent", "percent"),
               ("people", "person"), ("persons", "person"), ("person", "person"),
               ("flight", "flight"), ("project", "project"), ("documents", "document"),
               ("document", "document"), ("dollar", "dollar"), ("tenge", "tenge"), ("euro", "euro"),
               ("tonne", "ton"), ("ton", "ton"), ("metre", "meter"), ("meter", "meter"), ("metre", "meter"), ("kilometre", "kilometer"), ("kilometer", "kilometer"),
               ("km", "kilometer"), ("cities", "city"), ("city", "city"), ("visit", "visit"), ("government", "government"),
               ("times", "time"), ("president", "president"), ("m", "meter"), ("feet", "foot"),
               ("foot", "foot"), ("ft", "foot"), ("miles", "mile"), ("mile", "mile"), ("pounds", "pound"),
               ("pound", "pound"), ("lb", "pound"), ("lbs", "pound")),
        stopwords=frozenset({"of", "in", "on", "at", "and", "or", "to", "for", "from", "with", "by",
                             "the", "was", "were", "is", "are", "a", "an", "that"}),
        ago_after=frozenset({"ago", "earlier"}),
        range_open=frozenset({"from", "between"}), range_join=frozenset({"to", "and"}),
    ),
}

# Units for which a lone "bir"/"бір"/"един" is a count, not an article: "bir yıl önce"
# (one year ago), "бір пайыз"; "bir şirkette" (at a company) is an article.
MEASURE_UNITS = frozenset({"year", "month", "week", "day", "time", "percent", "ton", "meter", "kilometer",
                           "dollar", "euro", "tenge", "lev", "lira", "pound", "foot", "mile"})
# Unit stems this short ("м", "m") are abbreviations: the word must be exactly the stem
# (or the stem and a period), since "м" + a case ending spells ordinary words ("мына").
ABBREVIATION_MAX = 2

# Currency signs written before the number ("$5 million").
CURRENCY_SIGNS = {"$": "dollar", "€": "euro", "₸": "tenge", "£": "pound", "₺": "lira"}
PERCENT_SIGNS = ("%", "٪")


_INFLECTING_SHORT = frozenset({"ел", "ай", "ay", "г", "км", "km", "лв"})  # short stems that do take endings


def unit_of(word: str, lang: str) -> str | None:
    """The canonical lemma a word names, if it inflects a known unit stem of ``lang``."""
    rules = RULES.get(lang)
    if rules is None:
        return None
    word = word.lower().split("'")[0].split("’")[0]
    inflection = INFLECTION[lang]
    for stem, lemma in rules.units:
        if len(stem) <= ABBREVIATION_MAX and stem not in _INFLECTING_SHORT:
            if word == stem:
                return lemma
            continue
        if word.startswith(stem) and inflection.fullmatch(word[len(stem):]):
            return lemma
    return None
