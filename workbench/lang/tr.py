"""Turkish (tr): everything the workbench knows about the language.

Word lists were chosen from the five seed reports and the FLORES-200 devtest news
sentences (the nouns numbers count most often there, the hedges and date forms the
translations use), not from a dictionary; comments say where a word came from otherwise.
"""
from __future__ import annotations

from .pack import (ABOUT, AT_LEAST, LESS_THAN, MORE_THAN, UP_TO, Dates, LangIdHints, LanguagePack, Names,
                   Numbers, Segmentation, date_hedges)

# case, possessive and plural endings; "-DIr" is the copula that makes a time noun a duration
# up to now ("altı milyon yıldır", for six million years: grammar; a FLORES miss)
_SUFFIX = ("lar|ler|ı|i|u|ü|ın|in|un|ün|nın|nin|nun|nün|a|e|ya|ye|na|ne|da|de|ta|te|nda|nde|"
           "dan|den|tan|ten|ndan|nden|la|le|yla|yle|sı|si|su|sü|ları|leri|lık|lik|luk|lük|yı|yi|ki|"
           "dır|dir|dur|dür|tır|tir|tur|tür")

NUMBERS = Numbers(
    decimal_mark=",", space_groups=False,
    cardinals={"bir": 1, "iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6, "yedi": 7, "sekiz": 8,
               "dokuz": 9, "on": 10, "yirmi": 20, "otuz": 30, "kırk": 40, "elli": 50, "altmış": 60,
               "yetmiş": 70, "seksen": 80, "doksan": 90,
               "dörd": 4},  # the stem of "dördüncü", "dördü" (t -> d before a vowel)
    hundreds={"yüz": 100},
    # "mld" was read only by the translation check (translate/preserve.py) before the packs
    multipliers={"bin": 1000, "milyon": 10**6, "mn": 10**6, "milyar": 10**9, "mlr": 10**9, "mld": 10**9,
                 "trilyon": 10**12},
    inflection=rf"(?:{_SUFFIX}){{0,4}}",
    article_one=frozenset({"bir"}),
    not_after_one=frozenset({"araya", "arada", "diğer", "diğerine", "birine", "biri", "birini",
                             "şekilde", "kısmı", "çok", "süre"}),
    ordinal_suffix=r"(?:inci|ıncı|uncu|üncü|nci|ncı|ncu|ncü|ci|cı|cu|cü)",
    # The one hedge table ("#" the number, "…" the counted noun). "biraz altında/üzerinde" (a
    # little under/over): "just under" in en, an approximation. "kadar" after a dative number
    # is "up to" (``dative_suffix``), otherwise "about"; "#'e yakın" (close to) is "nearly".
    # Words from the seeds and FLORES; "kabaca" (roughly), "en çok" (at most) are the
    # counterparts of the English hedges of issue 9.
    # "düzinelerce" valued as "onlarca", as en "dozens" is as "tens" (see en.py)
    indefinite_plurals={"onlarca": 10, "düzinelerce": 10, "yüzlerce": 100, "binlerce": 1000,
                        "milyonlarca": 10**6, "milyarlarca": 10**9},
    hedges={ABOUT: ("yaklaşık #", "tahminen #", "neredeyse #", "aşağı yukarı #", "kabaca #", "# biraz altında",
                    "# biraz üzerinde", "# civarında", "# civarı", "# dolayında", "# kadar", "# yakın"),
            MORE_THAN: ("# daha fazla", "# fazla", "# aşkın", "# üzerinde", "# … fazla", "# … daha fazla",
                        "# … aşkın"),
            LESS_THAN: ("# az", "# altında", "# eksik", "# … az"),
            AT_LEAST: ("en az #",), UP_TO: ("en fazla #", "en çok #", "# … kadar")},
    ablative_suffix=r"(?:dan|den|tan|ten|ndan|nden)",
    dative_suffix=r"(?:a|e|ya|ye|na|ne)",
    up_to_after_dative=frozenset({("kadar",)}),
    units=(("mutabakat", "memorandum"), ("memorandum", "memorandum"), ("antlaşma", "agreement"),
           ("anlaşma", "agreement"), ("sözleşme", "agreement"), ("şirket", "company"),
           ("firma", "company"), ("ülke", "country"), ("devlet", "country"), ("yıl", "year"),
           ("sene", "year"), ("ay", "month"), ("gün", "day"), ("hafta", "week"),
           ("kişi", "person"), ("insan", "person"), ("sefer", "flight"),
           ("uçuş", "flight"), ("proje", "project"), ("belge", "document"), ("dolar", "dollar"),
           ("tenge", "tenge"), ("avro", "euro"), ("euro", "euro"), ("lira", "lira"),
           ("ton", "ton"), ("hektar", "hectare"), ("kilogram", "kilogram"), ("kg", "kilogram"),
           ("litre", "liter"), ("metre", "meter"), ("kilometre", "kilometer"), ("km", "kilometer"), ("şehir", "city"),
           ("kent", "city"), ("ziyaret", "visit"), ("hükümet", "government"), ("kez", "time"), ("kere", "time"),
           ("defa", "time"), ("cumhurbaşkan", "president"), ("m", "meter"), ("fit", "foot"),
           ("mil", "mile"), ("pound", "pound"), ("sterlin", "pound")),
    short_inflecting_units=frozenset({"ay", "km"}),
    stopwords=frozenset({"ve", "ile", "ya", "veya", "da", "de", "ki", "için"}),
    range_join=frozenset({"ila", "ile"}), range_list_join=frozenset({"ile"}),
    range_close=frozenset({"arasında", "arası", "arasındaki"}),
    range_end_suffix=r"(?:ya|ye|a|e)",
    ago_after=frozenset({"önce", "evvel"}),
    percent_before=frozenset({"yüzde"}),
    number_words_inflect=True,
    word_ordinal_suffix=r"(?:inci|ıncı|uncu|üncü|nci|ncı|ncu|ncü)\p{L}*",
    inflected_cardinal_suffix=r"(?:dan|den|tan|ten|ndan|nden|a|e|ya|ye)",
    period_ordinal=True,
    # locative, ablative, genitive, dative and "-ki" adjectives: "1816'da", "1980'den", "1765'in"
    year_case_suffix=r"(?:n?d[ae]|n?t[ae]|n?d[ae]n|n?t[ae]n|[dt][ae]ki|n?[ıiuü]n|y?[ae])",
)

DATES = Dates(
    months=(("ocak", 1), ("şubat", 2), ("mart", 3), ("nisan", 4), ("mayıs", 5), ("haziran", 6),
            ("temmuz", 7), ("ağustos", 8), ("eylül", 9), ("ekim", 10), ("kasım", 11), ("aralık", 12)),
    weekdays=("pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar"),
    # suffixes after an apostrophe, or joined when the month is lower-case or voiced ("aralığında")
    month_tail=r"(?:['’]\p{L}+|\p{L}{0,6})",
    voicing={"k": "ğ"},  # aralık -> aralığı
    year_words=r"(?:yıl\p{L}*|senesi\p{L}*)",
    month_noun=r"ay\p{L}*",
    decades=(r"(?P<y>\d{3}0)['’]l[ıi]\p{L}*", r"(?P<y>\d{3}0)['’]l[ae]r\p{L}*"),
    century=r"(?P<c>\d{1,2})\.\s?yüzyıl\p{L}*",
    hedges=date_hedges(NUMBERS.hedges),
    relative=((r"dün(?:kü)?", "day", -1), (r"bugün(?:kü|e)?", "day", 0), (r"yarın(?:ki)?", "day", 1),
              (r"geçen\s+yıl(?:ın|ki|da)?", "year", -1), (r"bu\s+yıl(?:ın|ki|da)?", "year", 0),
              (r"(?:gelecek|önümüzdeki)\s+yıl(?:ın|da)?", "year", 1)),
    capitalized_month_suffix=True,
    months_also_names=("kasım",), year_before_month=True,
)

NAMES = Names(
    # titles of people in news (issue 9: "Chancellor X" / "Şansölyesi X"), stems
    # (possessive forms listed where the ending is two letters: "Şansölyesi", "Valisi")
    # demonym, language and plural endings of names (issue 9 name pairs: Latin / Latince,
    # Cizre / Cizreli, Mariana / Marianalar)
    derived_endings=("lılar", "liler", "lular", "lüler", "lı", "li", "lu", "lü", "ca", "ce", "ça", "çe",
                     "lar", "ler"),
    titles=("cumhurbaşkan", "başbakan", "bakan", "sayın", "başkan", "şansölye", "şansölyesi", "valisi",
            "büyükelçi", "büyükelçisi", "sözcü", "sözcüsü", "senatör", "kraliçe", "bay", "bayan"),
    not_names=frozenset({"siz", "sizi", "sizin", "size", "sizinle"}),  # the honorific "you"
    # capitalized words that are translated, not transliterated (titles, institutions),
    # taken from the seed reports
    translated_capitals=frozenset({"cumhurbaşkanı", "cumhurbaşkanlığı", "başbakan", "başbakanı", "bakan", "bakanı",
                                   "bakanlığı", "dışişleri", "sarayı", "devlet", "başkanı", "meclis", "meclisi",
                                   "hükümeti", "son", "dakika"}),
    # from the dev split of eval/consistency_eval.py (see consistency/compare.py)
    generic_name_words=("kuzey", "yeni", "liman", "hastane", "nehri", "cumhuriyet", "ekibi", "ulusal",
                        "havaalanı", "vali", "şehri"),
    # closed-class words (pronouns, prepositions, conjunctions, determiners, adverbs) among the
    # most frequent sentence-initial words of FLORES-200 devtest that it also writes in lower case
    sentence_openers=frozenset({"bu", "bir", "ancak", "bazı", "her", "daha", "fakat", "ayrıca", "çok", "diğer",
                                "o", "çoğu", "en", "günümüzde", "genellikle", "bunun", "aynı", "tüm", "bunlar",
                                "hala", "örneğin", "özellikle", "yeniden", "orada", "hem", "bazıları", "çünkü",
                                "bazen", "dolayısıyla", "sadece", "bugün", "herkes", "neredeyse", "ne"}),
)

SEGMENTATION = Segmentation(
    abbreviations=frozenset({"dr", "prof", "doç", "av", "yrd", "öğr", "gör", "uzm", "vb", "vs", "bkz",
                             "örn", "sn", "alb", "org", "gen", "korg", "tuğg", "yzb", "ltd", "şti",
                             "mah", "cad", "sok", "apt", "tel", "no", "st"}),
    unit_abbreviations=frozenset({"km", "cm", "mm", "kg"}),
    ordinal_period=True,  # "2. Elizabeth", "II. Dünya Savaşı"
)

# fastText calls short Turkish text Azerbaijani; Azerbaijani writes ə, Turkish never does.
LANGID = LangIdHints(confused_with=("az",), foreign_letters=frozenset("əƏ"))

PACK = LanguagePack(code="tr", name="Turkish", iso3="tur", nllb="tur_Latn", translate_to_english=True,
                    numbers=NUMBERS, dates=DATES, names=NAMES, segmentation=SEGMENTATION, langid=LANGID)
