"""The shape of a language pack: what each stage needs to know about one language.

Every field is data (words, regex fragments, flags), so a stage never branches on a
language code; a language that lacks a feature leaves the field at its default.
Hedge tables are keyed by the hedge name ``records.Fact.hedge`` uses ("about",
"more_than", ...) and list the surface phrases that mean it (space-separated words,
lower-case), the way dateparser keys its language data.
"""
from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field

import regex

# Hedge names (Fact.hedge) and the interval each implies (facts.quantities.interval).
EXACT, ABOUT, MORE_THAN, LESS_THAN, UP_TO, AT_LEAST = (
    "exact", "about", "more_than", "less_than", "up_to", "at_least")
HEDGES = (ABOUT, MORE_THAN, LESS_THAN, UP_TO, AT_LEAST)
# A date bounded by "until" and approximated ("until about 1100", «примерно до 1100 г.»): both are
# read, so a change of either is a hedge difference (``facts.dates.bounded``); no pack lists it.
UP_TO_ABOUT = "up_to_about"

Hedges = Mapping[str, tuple[str, ...]]  # hedge name -> surface phrases
# (trigger regex, readings): each reading a sequence of (regex, replacement) substitutions
SpellingRule = tuple[str, tuple[tuple[tuple[str, str], ...], ...]]
HedgeTable = tuple[tuple[tuple[str, ...], str], ...]  # ((words...), hedge name), longest first
_NEVER = r"(?!)"  # a regex that matches nothing: the language has no such form


# In a language's one hedge table, "#" stands for the number and "…" for the counted noun
# (kk/tr put "more than" after the noun in the ablative: "мың жылдан асып" = "# … асып").
NUMBER, NOUN = "#", "…"
# Hedges a date may take: approximations and bounds ("around 1500", "кемінде 17 қыркүйек", "younger
# than 5000 BC": the comparatives of FLORES ages); "до"/"up to" before a date are "until", read
# as its bound (``Dates.until``), not as a figure's "up to".
DATE_HEDGES = (ABOUT, AT_LEAST, MORE_THAN, LESS_THAN)


def hedge_phrases(hedges: Hedges, where: str) -> Hedges:
    """The phrases of a hedge table standing ``where`` ("before" the number, "after" it,
    "after_noun"), without the placeholders."""
    out: dict[str, list[str]] = {}
    for name, phrases in hedges.items():
        for phrase in phrases:
            w = phrase.split()
            if where == "before" and w[-1] == NUMBER:
                words = w[:-1]
            elif where == "after" and w[0] == NUMBER and w[1:2] != [NOUN]:
                words = w[1:]
            elif where == "after_noun" and w[:2] == [NUMBER, NOUN]:
                words = w[2:]
            else:
                continue
            out.setdefault(name, []).append(" ".join(words))
    return {name: tuple(phrases) for name, phrases in out.items()}


def date_hedges(hedges: Hedges) -> Hedges:
    """The part of a language's hedge table that applies before a date (``DATE_HEDGES``)."""
    return {name: phrases for name, phrases in hedge_phrases(hedges, "before").items() if name in DATE_HEDGES}


def _placed(phrases: tuple[str, ...], before: bool) -> tuple[tuple[str, ...], ...]:
    """The words of the phrases whose "#" stands last (``before``) or first, longest first."""
    out = []
    for phrase in phrases:
        w = phrase.split()
        if before and w[-1] == NUMBER:
            out.append(tuple(w[:-1]))
        elif not before and w[0] == NUMBER:
            out.append(tuple(w[1:]))
    return tuple(sorted(out, key=len, reverse=True))


def hedge_table(hedges: Hedges) -> HedgeTable:
    """Word sequences to match, longest first so "just under" wins over "under"."""
    pairs = [(tuple(phrase.split()), name) for name, phrases in hedges.items() for phrase in phrases]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


@dataclass(frozen=True)
class Numbers:
    """Digits, number words, hedges and counted nouns (facts.numbers / facts.quantities)."""

    decimal_mark: str  # "," or "."; the other one groups thousands
    space_groups: bool  # "1 500 000" (also NBSP / thin space) groups thousands
    cardinals: Mapping[str, int]  # unit and tens words: "алпыс" -> 60
    hundreds: Mapping[str, int]  # "жүз" -> 100, "двеста" -> 200 (multiplies a preceding unit word)
    multipliers: Mapping[str, int]  # scale words: "мың", "млн", "milyon" -> 1000, 10**6
    units: tuple[tuple[str, str], ...]  # (noun stem, canonical English lemma); first match wins
    stopwords: frozenset[str]  # the counted-noun look-ahead stops at these
    inflection: str  # regex: what may follow a noun stem in one word (case, plural)
    ordinal_suffix: str  # regex: a digit's suffix that makes it ordinal ("5-ші", "5'inci", "5th")
    # The language's one hedge table: hedge name -> phrases with "#" for the number and "…" for
    # the counted noun ("more than #", "# аса", "# … асып"); ``hedges_before``/``_after``/
    # ``_after_noun`` and the date hedges are views of it.
    hedges: Hedges
    ablative_suffix: str = _NEVER  # the noun ending "# … X" hedges need (kk also takes the dative)
    plural_multipliers: frozenset[str] = frozenset()  # need a number: bg "хиляди" alone is "thousands of"
    connectors: frozenset[str] = frozenset()  # words joining number words: bg "и", en "and"
    article_one: frozenset[str] = frozenset()  # words for 1 that are usually an article
    not_after_one: frozenset[str] = frozenset()  # "one of", "бір бірі": never a count
    # True: a lone article_one before any known noun is a count ("one company"); False: only
    # before a measure ("bir yıl"), since "bir şirkette" is "at a company".
    one_counts_any_unit: bool = False
    articles_before_scale: frozenset[str] = frozenset()  # en "over a thousand"
    short_inflecting_units: frozenset[str] = frozenset()  # unit stems of <= 2 letters that take endings
    ago_after: frozenset[str] = frozenset()  # "он жыл бұрын", "10 yıl önce", "ten years ago"
    ago_before: frozenset[str] = frozenset()  # bg "преди десет години"
    percent_before: frozenset[str] = frozenset()  # tr "yüzde 5"
    dative_suffix: str = _NEVER  # tr "60'a kadar" (up to) versus "60 kadar" (about)
    # the noun ending a postposition of place takes ("# … X" hedges too): tr "121 milyar doların
    # üzerinde" (over 121 billion dollars)
    genitive_suffix: str = _NEVER
    up_to_after_dative: frozenset[tuple[str, ...]] = frozenset()  # hedges_after that mean up_to there
    # "# … X" hedges whose postposition governs the accusative, and that case's ending: tr "50 bin
    # kişiyi aşkın" (more than 50 thousand people)
    after_accusative: frozenset[tuple[str, ...]] = frozenset()
    # "# … X" hedges that bound a figure only after the ablative, the case of comparison: the figure's
    # («100'den daha az», less than 100) or its noun's («30 saniyeden uzun», longer than 30 seconds);
    # an adjective, they describe elsewhere («10 yılın büyük bölümü», most of ten years)
    after_ablative: frozenset[tuple[str, ...]] = frozenset()
    accusative_suffix: str = _NEVER
    # "# … X" hedges that follow the bare noun, no case ending: tr «12 yaş altı» (under 12 years
    # of age), «65 yaş üstü»; the noun and the postposition make one compound
    after_bare_noun: frozenset[tuple[str, ...]] = frozenset()
    # regex: the copula a hedge word after its figure may carry, the sentence ending there: tr
    # «800 civarındadır» (is about 800), «bin yıldan daha eskiydi» (was older than a thousand years)
    hedge_copula: str = _NEVER
    # regex: the ending that makes a unit stem an adjective ("6-метровото наводнение", the 6-metre
    # flood: bg/ru "-ов-", sr "-sk-"): the number measures in that unit
    unit_adjective: str = _NEVER
    # stems of nouns of a dimension written between a measure and its hedge, in the case the hedge
    # governs: tr «20 fit yüksekliğe kadar» (up to 20 feet in height); the "# … X" hedges read past them
    dimension_nouns: tuple[str, ...] = ()
    number_words_inflect: bool = False  # kk/tr: the last number word takes a case ending
    word_ordinal_suffix: str = _NEVER  # kk/tr number words made ordinal: "бесінші", "on birinci"
    inflected_cardinal_suffix: str = _NEVER  # kk/tr "оннан асады": a cardinal in ablative/dative
    period_ordinal: bool = False  # tr "3. kez": digits and a period are an ordinal
    year_case_suffix: str = _NEVER  # kk/tr endings that make a bare 4-digit number a year
    # Ranges of two numbers: words that may open one ("от", "between"), join the two ("до",
    # "ila"), close one ("arasında", "дейін"); joiners that make a list unless a range word
    # opens or closes it ("2 and 3"); the ending of the second number in kk/tr "150-ден 200-ге".
    range_open: frozenset[str] = frozenset()
    range_join: frozenset[str] = frozenset()
    range_close: frozenset[str] = frozenset()
    range_list_join: frozenset[str] = frozenset()
    range_end_suffix: str = _NEVER
    # a case ending written on a cardinal's digits inside a range of "from … to" (ru «от 20-ти до
    # 30-ти лет», the genitive «двадцати»: FLORES rus_Cyrl; grammar): no ordinal, the range stands
    range_case_suffix: str = _NEVER
    # regex: a suffix on a round ten that makes it a decade of a count, from it up to the next ten
    # (en "in his 20s": ru «от 20-ти до 30-ти лет», FLORES devtest; an age, a temperature)
    decade_suffix: str = _NEVER
    # Scale abbreviations glued to digits only after a currency sign or before a counted noun
    # (en "£40m", "£250k", "2m people"); alone "100m" is metres. Full scale words glue anywhere
    # ("$1.2bn", "€7.5billion", "40млн").
    glued_scales: Mapping[str, int] = field(default_factory=dict)
    # Number-word grammar beyond cardinals (kk): "жарым" adds a half ("бір жарым миллион"
    # 1.5e6, "мың жарым" 1500), "жарты" is a half ("жарты миллион"); a decimal word ("он бір
    # бүтін оннан төрт" 11.4: the power of ten in the ablative names the denominator);
    # collective numerals ("екеуі" the two of them); an approximative ending on a number or
    # its noun ("жүз елудей", "300-дей", "тоннадай": about).
    half_after: tuple[str, ...] = ()  # words or phrases: kk "жарым", en "and a half", ru "с половиной"
    half_before: frozenset[str] = frozenset()
    decimal_word: str = ""
    collectives: Mapping[str, int] = field(default_factory=dict)
    collective_suffix: str = r"\p{L}*"  # regex: what a collective may take ("екеуміз", "төртеуінің")
    approximate_suffix: str = _NEVER
    # an ending that makes a number an indefinite plural, "tens/hundreds of" (kk "жүздеген",
    # "мыңдаған"): more than that number
    indefinite_suffix: str = _NEVER
    # a number word alone in the ablative/dative/instrumental is a number (kk "екіге бөлінді");
    # False: only before a hedge (tr "ona" is "to him", "birden fazla" is "more than one")
    inflected_number_alone: bool = False
    # plural scale words meaning "tens/hundreds/thousands of": more than that number (en
    # "thousands", "tens of thousands", tr "binlerce", bg "стотици"), the counterparts of kk
    # "мыңдаған" (``indefinite_suffix``); ``indefinite_join`` links two ("of")
    indefinite_plurals: Mapping[str, int] = field(default_factory=dict)
    indefinite_join: frozenset[str] = frozenset()
    # a common fraction: the denominator in the ablative, then the numerator with a possessive
    # ending (kk "үштен бірі" one third, "бестен екісі" two fifths); the numerator's ending
    fraction_numerator_suffix: str = _NEVER
    particles: frozenset[str] = frozenset()  # emphatic particles after a hyphen: kk "үш-ақ" (only three)
    ordinal_words: Mapping[str, int] = field(default_factory=dict)  # "first" -> 1 (preserve check)
    # number words joined by a hyphen to the word they count, one compound adjective (en "a
    # five-match streak", "three-day visit", "six-year-olds"): the number, counting that word;
    # never before an ordinal ("twenty-first") or a fraction word (``fraction_words``: "two-thirds")
    hyphen_compounds: bool = False
    # regex: the ending of a compound's word that makes the compound a describing adjective, not a
    # count ("three-dimensional", "two-sided", "four-legged"): no fact; other languages glue such
    # numbers into one word (sr «тродимензионални», ru «трёхмерный») and give no figure to meet
    hyphen_adjective: str = _NEVER
    # the combining forms of number words that a language writes onto the unit they count, one
    # word (sr «четворогодишњи», ru «пятилетний», bg «двугодишен»: four-year-old, five-year,
    # two-year): form -> value; read only before a unit (``facts.numbers._closed_compound``)
    compound_numbers: Mapping[str, int] = field(default_factory=dict)
    # a comma may follow a scale word inside one number (en "seven thousand, five hundred", and so
    # "7 thousand, 750 euros": facts.quantities._compound_figures); elsewhere it parts two figures
    comma_after_scale: bool = False
    # regex: a word that, right after a small count, may make the two one describing adjective
    # (tr «üç boyutlu»: three-dimensional, a "having" adjective; en writes it as a
    # ``hyphen_adjective`` and counts nothing). Also a count of what follows («üç farklı ülke»,
    # three different countries), so it only breaks a tie (consistency.compare._lone_pair). kk's
    # "having" ending «-ды/-ді/-ты/-ті» («үш өлшемді») is also the accusative's («сегіз сенсорды»):
    # named nouns only there
    count_adjective: str = _NEVER
    fraction_words: frozenset[str] = frozenset()
    other_number_words: Mapping[str, int] = field(default_factory=dict)  # "zero", "dozen"

    @functools.cached_property
    def inflection_re(self) -> regex.Pattern:
        return regex.compile(self.inflection)

    @functools.cached_property
    def unit_adjective_re(self) -> regex.Pattern:
        return regex.compile(self.unit_adjective)

    @functools.cached_property
    def count_adjective_re(self) -> regex.Pattern:
        return regex.compile(self.count_adjective)

    def __post_init__(self) -> None:
        for name, phrases in self.hedges.items():
            for phrase in phrases:
                if NUMBER not in phrase.split() or name not in HEDGES:
                    raise ValueError(f"hedge {name!r}: {phrase!r} needs a hedge name of {HEDGES} and a '#'")

    @property
    def hedges_before(self) -> Hedges:
        return hedge_phrases(self.hedges, "before")

    @property
    def hedges_after(self) -> Hedges:
        return hedge_phrases(self.hedges, "after")

    @property
    def hedges_after_noun(self) -> Hedges:
        return hedge_phrases(self.hedges, "after_noun")

    @functools.cached_property
    def before(self) -> HedgeTable:
        return hedge_table(self.hedges_before)

    @functools.cached_property
    def after(self) -> HedgeTable:
        return hedge_table(self.hedges_after)

    @functools.cached_property
    def after_noun(self) -> HedgeTable:
        return hedge_table(self.hedges_after_noun)


@dataclass(frozen=True)
class Dates:
    """Month and relative-date words and the patterns around them (facts.dates)."""

    months: tuple[tuple[str, int], ...]  # full month-name stems
    weekdays: tuple[str, ...]
    month_tail: str  # regex: what may follow a month stem inside its word
    century: str  # regex with group "c": "10-ғасырда", "10th century"
    century_word: str = ""  # regex: the word "century" after an ordinal in words (with ``ordinal_dates``)
    # regex: the abbreviation of "century"/"centuries" after a Roman numeral (ru «XVI в.», «X–XI
    # вв.»); the full word is the pack's unit with the lemma "century" (``Numbers.units``)
    century_abbreviation: str = _NEVER
    # regex: "and"/"or" before the last of listed centuries ("11th, 12th and 13th centuries", kk
    # "11, 12 және 13 ғасырлар"): each listed number is a century, not a count
    list_join: str = _NEVER
    # regexes, case as written: an era written before or after a number makes it a year, whatever
    # its size ("AD 1000–1300", "5000 BC", "1100 г. н. э.", kk "б.з.д. 5000 жылға"); the era itself
    # is not part of the value (every pack reads "5000 BC" as the year 5000)
    era_before: str = _NEVER
    era_after: str = _NEVER
    year_words: str = _NEVER  # regex: words that make a preceding 4-digit number a year
    month_abbreviations: tuple[tuple[str, int], ...] = ()  # "Nov." (not read as a month alone)
    month_tail_alone: str | None = None  # tail for a month alone; None: month_tail
    voicing: Mapping[str, str] = field(default_factory=dict)  # final consonant voiced before a vowel
    year_preps: str = ""  # regex: prepositions that make a following 4-digit number a year
    # words that may stand between a hedge and its date as the date's preposition does (en "at
    # least the 17th century": facts.dates.hedge_dates)
    date_articles: frozenset[str] = frozenset()
    year_join: str = ""  # regex: word joining a second year ("до", "to")
    between: str = ""  # regex with groups y, y2: "between 1977 and 1981"
    not_year_before: tuple[str, ...] = ()  # "повече от 1000": a year preposition that is not one
    month_preps: str = ""  # regex: words after which a month alone is a date
    month_noun: str = ""  # regex: the word "month" after a month alone (kk "ай", tr "ay")
    # regexes of a range of two months joined by words, "{m1}"/"{m2}" the two month stems and "{t}"
    # the month tail ("between May and July", tr "Mayıs ve Temmuz ayları arasında"): one date
    # from the first to the last month, as a dash joins them in every language ("Mayıs-Temmuz")
    month_ranges: tuple[str, ...] = ()
    lone_month_ending: str = ""  # regex: case endings making a month alone a date (kk "сәуірде")
    ambiguous_months: tuple[str, ...] = ()  # month names that are also common words
    decades: tuple[str, ...] = ()  # regexes with group "y" (or "dd" and "c")
    hedges: Hedges = field(default_factory=dict)  # before a date: ``date_hedges`` of the numbers' table
    # the words that bound a date from above, "until" ("#" the date): "until #", "до #", "# дейін",
    # "# kadar"; a date they bound is "up to" it (``facts.dates.hedge_dates``), so removing or
    # changing them is a hedge difference, not nothing read
    until: tuple[str, ...] = ()
    relative: tuple[tuple[str, str, int], ...] = ()  # (regex, "day"|"week"|"month"|"year", offset)
    recurring: tuple[tuple[str, str], ...] = ()  # (regex, "day"|"week"|"month"|"year"): "every year"
    seasons: tuple[tuple[str, str], ...] = ()  # (regex, "winter"|"spring"|"summer"|"autumn")
    numeric_dmy: bool = True  # "27.02.2026" is day-month-year (en: ambiguous, left alone)
    month_day: bool = False  # en "Nov. 19"
    year_before_day: bool = False  # kk "2001 жылдың 11 қыркүйегі" (with a hedge inside allowed)
    # a year word (genitive) before a month alone names that month of that year: kk "2011 жылдың
    # тамыз айында", tr "2011 yılının Ağustos ayında" (in August 2011), not a year and a month
    # of the document's year
    year_before_month: bool = False
    # a year written as an ordinal with its period and no year word (sr "1862. је отворен први клуб",
    # "након земљотреса 1755."): a 4-digit number with a period is a year, not a skipped ordinal
    year_period: bool = False
    # years and days written as ordinals, in digits or words (kk "2022-нші жылы", "екі мың он
    # тоғызыншы жылы", "1-інші қаңтардан"): the numbers' ordinal suffixes and words make dates
    ordinal_dates: bool = False
    months_capitalized: bool = False  # en: a lower-case "may"/"march" is a verb
    capitalized_month_suffix: bool = False  # tr "Ekim'de": capitalized month with an apostrophe ending
    months_also_names: tuple[str, ...] = ()  # tr "Kasım'ın" is mostly the first name

    @functools.cached_property
    def hedge_sequences(self) -> HedgeTable:
        return hedge_table(self.hedges)

    @functools.cached_property
    def until_before(self) -> tuple[tuple[str, ...], ...]:
        """``until`` phrases written before the date, longest first ("up until", "until")."""
        return _placed(self.until, before=True)

    @functools.cached_property
    def until_after(self) -> tuple[tuple[str, ...], ...]:
        """``until`` phrases written after the date (kk "дейін", tr "kadar")."""
        return _placed(self.until, before=False)

    @functools.cached_property
    def calendar_stems(self) -> tuple[str, ...]:
        """Month stems (with their voiced form) and weekdays: capitalized, yet not names."""
        out = []
        for stem, _ in self.months:
            out.append(stem)
            voiced = self.voicing.get(stem[-1])
            if voiced:
                out.append(stem[:-1] + voiced)
        return tuple(out) + self.weekdays


@dataclass(frozen=True)
class Names:
    """What names look like and which capitalized words are not names (facts.names, preserve, consistency)."""

    titles: tuple[str, ...] = ()  # title stems splitting a name run ("президент", "sayın")
    name_endings: tuple[str, ...] = ()  # endings stripped from a name word, longest first
    case_endings: tuple[str, ...] = ()  # noun case endings a short gazetteer stem may take
    # a name keeps at least this many letters when an ending is stripped: three, so short names in
    # an oblique case meet their English spelling («Буша» / "Bush's", «Кука» / "Cook"); ru, bg and
    # sr asked four until the sixteenth session (eval/README.md, names, sixteenth session)
    min_stem: int = 3
    # letters the language may write as another, folded before a place is looked up (ru "ё" is
    # "е" in most print and in CLDR: «Кишинёв» / «Кишинев»)
    optional_letters: dict[str, str] = field(default_factory=dict)
    hyphen_case_ending: bool = False  # kk "ЕО-мен": a case ending after a hyphen
    # the orthography writes a possessive or case ending after an apostrophe, at the end of a
    # whole name (en "Zealand's", tr "Erdoğan'ın"): a capitalized word after it opens another
    # name ("New Zealand's Adam Hall", "Putin'in Suriye"), so the two are not read as one
    apostrophe_ends_name: bool = False
    exact_calendar_words: bool = False  # en: a calendar word is the stem itself (plus 's)
    joiners: frozenset[str] = frozenset()  # en "Ministry of Labor and Social Protection"
    # particles of foreign surnames as this script spells them ("van", "von", "de", «фон»):
    # written lower-case in one text and capitalized in another ("Robin van Persie" / "Robin Van
    # Persie"), so before another name word they identify nothing (facts/name_match.py, pooled)
    surname_particles: frozenset[str] = frozenset()
    not_names: frozenset[str] = frozenset()  # capitalized out of politeness: kk "Сіз"
    translated_capitals: frozenset[str] = frozenset()  # capitalized words translated, not transliterated
    generic_name_words: tuple[str, ...] = ()  # translated words inside names: "North", «Солтүстік»
    sentence_openers: frozenset[str] = frozenset()  # capitalized only because they open a sentence
    # word-forming endings of names (demonyms, languages, plurals: "Canadian", "Latince",
    # "Мексикандық"): the name matcher also reads a word without them (facts/name_match.py)
    derived_endings: tuple[str, ...] = ()
    # exonyms: canonical English name -> this language's lower-case stems of the place and its
    # adjective ("Serbia": "srbij", "srpsk"), added to the facts gazetteer (facts/names.py)
    exonyms: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # word forms of an exonym stem that the language writes far more often as a common word:
    # never the exonym, in any case (facts/names.py)
    exonym_homographs: frozenset[str] = frozenset()
    # exonym stems of three letters or fewer that are words, not acronyms: read capitalized (an
    # acronym stem, "abd", must be written in capitals) (facts/names.py)
    short_word_exonyms: frozenset[str] = frozenset()
    # place names: English name -> this language's one-word names of countries, regions and
    # cities, lower case (CLDR, built by tools/cldr_places.py), matched capitalized with a case
    # ending (facts/names.py): "Kudüs'te" / «Йерусалим» / "Jerusalem"
    places: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # the language's Cyrillic has a one-to-one Latin alphabet (sr): a Cyrillic name is read as
    # its Latin spelling, so both scripts give one key (facts/name_match.py)
    latin_twin: bool = False
    # Cyrillic letter (lower case) -> its Latin spelling in this language's romanization
    # (translit.py; each pack says which system); empty: the language is not written in Cyrillic
    transliteration: Mapping[str, str] = field(default_factory=dict)
    # How this language's Latin spelling sounds, for the name matcher's phonetic keys
    # (facts/name_match.py): rules applied in order, each (trigger regex, readings); a word the
    # trigger finds is read each way, a reading being a sequence of (regex, replacement)
    # substitutions, () the word as it is. English rules apply to every Latin-script word
    # (texts quote English spellings); a language's rule with the trigger of an English rule adds
    # its readings to it, its other rules go first.
    spelling_rules: tuple[SpellingRule, ...] = ()


@dataclass(frozen=True)
class Segmentation:
    """Sentence boundaries (segment.py)."""

    abbreviations: frozenset[str]  # lower-case, without the final period: never a boundary
    unit_abbreviations: frozenset[str] = frozenset()  # "млн.": a boundary unless a number follows
    sentence_starters: frozenset[str] = frozenset()  # after a dotted acronym these open a sentence
    ordinal_period: bool = False  # tr "2. Elizabeth": digits or roman numerals and a period
    year_abbreviations: frozenset[str] = frozenset()  # bg "2020 г." (година/век)
    time_prepositions: frozenset[str] = frozenset()  # bg "През 2025 г. Казахстан": not a boundary
    clause_openers: frozenset[str] = frozenset()  # a time preposition after these opens a clause
    # where one sentence joins two main clauses, as a writer merging two sentences does (";", then a
    # space): claim alignment embeds the two sides apart (``align.claims.clause_parts``)
    clause_junctions: tuple[str, ...] = ()
    # a weaker junction (",", then a space): the punctuation rule puts a comma between two main
    # clauses joined into one sentence, but most commas join the parts of one clause; claim
    # alignment splits there only where no ``clause_junctions`` does, and trusts such a split only
    # with order evidence (``align.claims.comma_parts``)
    comma_junctions: tuple[str, ...] = ()
    # the coordinating conjunctions that open a second main clause after such a comma (", and"),
    # lower case, the language's "and" first: a comma followed by one is taken before a bare comma
    clause_conjunctions: tuple[str, ...] = ()


@dataclass(frozen=True)
class LangIdHints:
    """Evidence that settles what a general detector gets wrong (langid.py)."""

    letters: frozenset[str] = frozenset()  # letters only this language writes, among its script's
    letter_share: float = 0.0  # share of the script's letters at which ``letters`` settle it
    confused_with: tuple[str, ...] = ()  # codes the detector gives this language's text
    foreign_letters: frozenset[str] = frozenset()  # letters it never writes (they rule it out)
    foreign_words: frozenset[str] = frozenset()  # frequent words of a rival it never writes (rule it out)
    marker_pattern: str = ""  # regex (lower-case text): spellings its rivals never write
    marker_words: frozenset[str] = frozenset()  # frequent words its rivals do not have
    # the detector's own probability for this language, as a runner-up, that settles it
    # when no foreign letter rules it out (1.0: never)
    runner_up_score: float = 1.0
    # codes a detector gives for this very language under another name or standard (Serbian
    # Latin answered "hr", "bs", "sh": one Serbo-Croatian language for us): always this language
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class DetectedLanguage:
    """A language that language ID names but the workbench does not read: no pack, hints only.

    Its documents are reported under their own code (not as the supported language they
    resemble) and go through the run untranslated, with a note (workbench/lang/mk.py)."""

    code: str  # ISO 639-1
    name: str  # English name
    iso3: str  # ISO 639-3, accepted as an alias
    langid: LangIdHints


@dataclass(frozen=True)
class LanguagePack:
    code: str  # ISO 639-1
    name: str  # English name
    iso3: str  # ISO 639-3 ("kaz"), accepted as an alias
    nllb: str  # NLLB-200 / FLORES code ("kaz_Cyrl")
    translate_to_english: bool  # a source language of the MT stage
    numbers: Numbers
    dates: Dates
    names: Names
    segmentation: Segmentation
    langid: LangIdHints = LangIdHints()
    # Debian hunspell dictionaries (file stems under /usr/share/hunspell, apt hunspell-<code>) that
    # tell a common word from a proper noun by the case of its stem (workbench/lexicon.py); a
    # language written in two scripts lists one per script (sr); () when Debian has none
    hunspell: tuple[str, ...] = ()
    # letters the language may write with or without a diacritic, as (written, the dictionary's
    # spelling): a word is looked up as written and so folded (workbench/lexicon.py)
    hunspell_folds: tuple[tuple[str, str], ...] = ()
    # the pack whose dictionary lists the foreign names this language spells alike, when its own
    # dictionary lists few names (consistency/compare.rare_name); "" for its own
    names_spelled_as: str = ""
