"""Names (people, places, organizations) and quoted titles, keyed across scripts.

A name is a run of capitalized words (``Қасым-Жомарт Тоқаев``, ``Aleksandar Vucic``)
with its case ending stripped (kk ``Тоқаевқа`` -> ``Тоқаев``, tr ``Vucic'i`` ->
``Vucic``, en ``Serbia’s``) and keyed with ``translit.name_key``, so ``Тоқаев``,
``Токаев``, ``Tokayev`` and ``Tokaev`` share the key ``tokaev``.

* Countries, their adjectives and a few capitals come from a gazetteer, because
  translation changes them beyond transliteration (``Sırbistan``/``Сърбия``/
  ``Serbia``, ``сербиялық``/``Sırp``/``Serbian``); lower-case adjectives count.
* Titles (``Президенті``, ``Cumhurbaşkanı``, ``Chancellor``, ``Şansölyesi``:
  ``name_match.is_title``, the packs' ``titles``) split a run and are not part of
  the name, so "Chancellor Merkel" and "Şansölyesi Merkel" are both "Merkel".
* A capitalized word at a sentence-initial position (first word, after an
  opening quote or a dialogue dash) is taken only if the document also capitalizes
  it mid-sentence, or the gazetteer knows it and the language's dictionary has no
  common word so written (sr ``Мали``, small), and never when the pack lists
  it among words that open sentences (bg ``Според``, en ``According``) or the
  document also writes it in lower case (kk ``Бұл``/``бұл``); so ``Біз`` ("we")
  and ``During`` are not names, while ``Tokayev ve Vucic`` at a sentence start is.
* Whether two names name one entity is ``facts.name_match``'s question, never
  a comparison of these keys.
* A headline in title case (most words capitalized) gets the same test for
  every word.
* A title is a quoted span (``«…»``, ``"…"``, ``„…“``, ``“…”``) of at most six
  words starting with a capital letter and not ending like a sentence: award,
  document and format names; longer quotes are speech.
"""
from __future__ import annotations

import functools
from collections.abc import Collection

import regex

from ..records import Fact
from ..lexicon import lexicon as dictionary
from ..translit import edit_distance, name_key
from .. import lang as _lang
from .name_match import (LOOSE_SIM, QUOTED_SPELLING, NameWord, bare_latin, derived, is_title, name_ref,
                         translated_capital)
from .tokens import _WORD, VOWELS, Token

# canonical English name -> lower-case stems of the place and its adjective, in any language:
# the packs' ``Names.exonyms`` (each says where its stems come from), pooled, since a text
# quotes foreign spellings. Stems of 5+ letters match any word they begin, in any language,
# so stems that begin common words or other names ("polish", "india" -> "Indiana", tr
# "hint") are left out of the packs.
GAZETTEER: dict[str, tuple[str, ...]] = {}
for _pack in _lang.packs():
    for _canon, _stems in _pack.names.exonyms.items():
        GAZETTEER[_canon] = tuple(dict.fromkeys(GAZETTEER.get(_canon, ()) + tuple(_stems)))
# Letters a language may write as another (``Names.optional_letters``: ru «ё» / «е»), pooled:
# folded in the gazetteer's names and in every word looked up in it.
_FOLD = str.maketrans({k: v for p in _lang.packs() for k, v in p.names.optional_letters.items()})


_GAZ = sorted(((stem.translate(_FOLD), name_key(canon)) for canon, stems in GAZETTEER.items() for stem in stems),
              key=lambda p: -len(p[0]))
# Stems short enough to be the start of unrelated words need an inflection after them;
# acronyms (up to 3 letters: "ЕО", "AB", "САЩ") must be written in capitals.
_SHORT_STEM = 5
_ACRONYM = 3
_SHORT_WORDS = frozenset(w for p in _lang.packs() for w in p.names.short_word_exonyms)
# Month and weekday words (``Dates.calendar_stems`` of the pack) are capitalized in tr/en
# ("Aralık", "Pazartesi", "Monday") and sometimes in kk/bg; alone they are times, not names
# (stems, matched with any ending; kk/tr stems also with the voiced final consonant:
# "Аралığında"). Inside a longer run they stay: "Kasım Cömert Tokayev" is a first name.
# An apostrophe suffix after a calendar stem ("Ekim'de").
_APOSTROPHE_TAIL = regex.compile(r"['’]\p{L}*")


@functools.lru_cache(maxsize=None)
def _calendar_tail(lang: str) -> regex.Pattern:
    """What may follow a month or weekday stem inside its word: the pack's ``month_tail``, the
    one the date parser reads months with (ru «марта», «мартом»; kk and tr chain endings), so
    «Мартин», «Мартелли», «Августин» are names, not March and August."""
    return regex.compile(_lang.get(lang).dates.month_tail)


def is_calendar_word(word: str, lang: str) -> bool:
    """A month or weekday name, inflected or not ("Aralık'ta", "желтоқсанның", "Monday's")."""
    w = word.lower()
    pack = _lang.get(lang)
    if pack is None:
        return False
    stems = pack.dates.calendar_stems
    if pack.names.exact_calendar_words:
        return w.split("'")[0].split("’")[0] in stems
    tail = _calendar_tail(lang)
    return any(w.startswith(st) and (tail.fullmatch(w[len(st):]) or _APOSTROPHE_TAIL.fullmatch(w[len(st):]))
               for st in stems if len(st) > 3 or w == st)
# Case endings a short gazetteer stem may take, whatever the text's language ("ЕО-мен").
_CASE_ENDINGS = frozenset(e for p in _lang.packs() for e in p.names.case_endings)
_NO_NAMES = _lang.Names()  # an unsupported language: no endings, joiners or stop words
# Words that may join capitalized words inside one name, in any pack (en "of", "and").
JOINERS = frozenset(j for p in _lang.packs() for j in p.names.joiners)
_APOSTROPHES = ("'", "’")
_OPENERS = "«„“\"‹"
_DASHES = ("–", "—", "-")
TITLE_MAX_WORDS = 6
# A title-case headline ("Kazakistan ve Sırbistan Arasında İşbirliği Zaptı") capitalizes
# all its content words: 4+ words of 4+ letters, none of them lower-case. (A
# share of all words, 0.6, also caught name-heavy sentences: "President Kassym-Jomart
# Tokayev highlighted".)
TITLE_CASE_MIN_WORDS, TITLE_CASE_LOWER_ALLOWED = 4, 0


def _is_title_case(words: list[str]) -> bool:
    content = [w for w in words if len(w) >= 4]
    return (len(content) >= TITLE_CASE_MIN_WORDS
            and sum(not w[0].isupper() for w in content) <= TITLE_CASE_LOWER_ALLOWED)
_SENTENCE_END = tuple(".!?,;:…")


@functools.lru_cache(maxsize=1 << 16)  # a pure function of its arguments, called once per capitalized word
def gazetteer_key(word: str, lang: str) -> str | None:
    """The canonical key of a place: a pack exonym or adjective (``exonym_key``, any case and
    inflection), else a capitalized CLDR place name (``place_key``)."""
    key = exonym_key(word, lang)
    if key is None and word[:1].isupper():
        pack = _lang.get(lang)
        key = place_key(_lower_base(word, lang), pack.numbers.inflection_re if pack else None, lang)
    if key is None and lang == QUOTED_SPELLING and (bare := bare_latin(word)) != word:
        # English writes no diacritics of its own: one in an English text is a foreign name spelled
        # as at home ("Chişinău"), which CLDR's English names write bare ("Chisinau")
        return gazetteer_key(bare, lang)
    return key


@functools.lru_cache(maxsize=None)
def exonym_initials(place: str, lang: str) -> frozenset[str]:
    """The first letters (Latin key, ``name_key``) of ``lang``'s spellings of an exonym's place
    and adjective (its pack's ``Names.exonyms``; English's canonical name too): a translated
    place starts with other letters in other languages («İngiliz», "British"), so an acronym of
    ``lang`` may hold any of these ("BST"), not only the place's initial as the text writes it."""
    pack = _lang.get(lang)
    if pack is None:
        return frozenset()
    return frozenset(name_key(text, lang)[:1] for canon, stems in pack.names.exonyms.items()
                     if name_key(canon) == place
                     for text in ((canon,) if lang == QUOTED_SPELLING else ()) + tuple(stems)) - {""}


def _lower_base(word: str, lang: str) -> str:
    word = word.replace("İ", "I")  # Python lower-cases "İ" to "i" + a combining dot
    w = strip_suffix(word, lang).lower() if "-" in word else word.lower()
    for sep in _APOSTROPHES:
        w = w.split(sep)[0]
    return w.translate(_FOLD)


@functools.lru_cache(maxsize=1 << 16)
def exonym_key(word: str, lang: str) -> str | None:
    """The key of a packs' exonym stem (``GAZETTEER``): country, capital or adjective, any case."""
    w = _lower_base(word, lang)
    pack = _lang.get(lang)
    if pack is not None and word.lower() in pack.names.exonym_homographs:
        return None  # bg «казаха», they said
    infl = pack.numbers.inflection_re if pack else None
    for stem, key in _GAZ:
        if len(stem) <= _ACRONYM and not (word[:len(stem)].isupper() or (
                stem in _SHORT_WORDS and word[:1].isupper())):
            continue
        if w.startswith(stem):
            rest = w[len(stem):]
            if len(stem) >= _SHORT_STEM or not rest or rest in _CASE_ENDINGS or (
                    infl is not None and infl.fullmatch(rest)):
                return key
    return None


# CLDR place names of every pack (``Names.places``): (name, key) indexed by their first two
# letters. A name that ends in a vowel is also read without it, since the inflecting
# languages replace it ("Канада" -> "Канаде", "Kanadom", "Москва" -> "Москве"). What follows
# the name must be a case ending of a pack or an inflection of the text's language ("Kudüs'te"
# is cut at its apostrophe before); what follows the stem without its vowel, at most
# PLACE_TAIL letters and an inflection or a derived ending (``Names.derived_endings``: "Indian")
# of the text's language ("Сербии", "Kanadom"; not bg
# «Даниел», a first name, read as «Дания» + "ел": real_pairs seed 101). Names two places share
# were left out when the table was built.
PLACE_TAIL = 2


def _place_index(packs) -> dict[str, tuple[tuple[str, str], ...]]:
    index: dict[str, list[tuple[str, str]]] = {}
    for pack in packs:
        for canon, words in pack.names.places.items():
            for w in words:
                bare = (bare_latin(w),) if pack.code == QUOTED_SPELLING else ()  # "Chișinău", "chisinau"
                for w in dict.fromkeys((w,) + bare):
                    w = w.translate(_FOLD)
                    index.setdefault(w[:2], []).append((w, name_key(canon)))
    return {k: tuple(sorted(v, key=lambda p: -len(p[0]))) for k, v in index.items()}


# Pooled, and per language: a text's own language names its places first, since one spelling
# may name two places in two languages (English "Cuba" is Turkish for Juba, Turkish "Küba"
# for Cuba).
_PLACES = _place_index(_lang.packs())
_OWN_PLACES = {p.code: _place_index([p]) for p in _lang.packs()}


def place_key(word: str, inflection: regex.Pattern | None = None, lang: str | None = None) -> str | None:
    """The key of a CLDR place name: ``word`` lower case, without its apostrophe suffix; the
    place of ``lang``'s own names first, if any. Another language's name is then taken as it
    is written, not with its final vowel changed: that is how the inflecting languages bend
    their own names, and an English "King" is no Serbian «Kina» (China) bent."""
    own = _OWN_PLACES.get(lang or "")
    if own is not None:
        pack = _lang.get(lang or "")
        key = _place_in(own, word, inflection, derived=pack.names.derived_endings if pack else ())
        if key is not None:
            return key
    return _place_in(_PLACES, word, inflection, own is None)


def _place_in(places: dict[str, tuple[tuple[str, str], ...]], word: str,
              inflection: regex.Pattern | None, vowel_change: bool = True,
              derived: Collection[str] = ()) -> str | None:
    for name, key in places.get(word[:2], ()):
        if word.startswith(name):
            rest = word[len(name):]
            if not rest or rest in _CASE_ENDINGS or (inflection is not None and inflection.fullmatch(rest)):
                return key
        tail = word[len(name) - 1:]  # after the name without its final vowel
        if vowel_change and name[-1] in VOWELS and len(name) > 3 and word.startswith(name[:-1]) \
                and 0 < len(tail) <= PLACE_TAIL and (inflection is None or inflection.fullmatch(tail) or tail in derived):
            return key
    return None


@functools.lru_cache(maxsize=1)
def _known_keys() -> dict[str, frozenset[str]]:
    return {p.code: frozenset(name_key(canon) for canon in {**p.names.exonyms, **p.names.places})
            for p in _lang.packs()}


# Continents and world regions: the one-word English names of CLDR's numeric (UN M.49) regions
# (CLDR 49, babel 2.19.0, locale en: 002 Africa, 009 Oceania, 019 Americas, 029 Caribbean, 053
# Australasia, 054 Melanesia, 061 Polynesia, 142 Asia, 150 Europe). A translation often says
# them with an adjective or a name of their own («Avrupa» / "Continental", "Euroleague"), so a
# region the other side lacks is no evidence of another entity (``new_place``).
REGION_KEYS = frozenset(name_key(r) for r in ("Africa", "Oceania", "Americas", "Caribbean", "Australasia",
                                              "Melanesia", "Polynesia", "Asia", "Europe"))


def place_known(key: str, lang: str) -> bool:
    """The pack of ``lang`` names the place of this gazetteer key (an exonym or a CLDR name):
    a text in that language that names the place is read as naming it."""
    return key in _known_keys().get(lang, frozenset())


def new_place(w: NameWord, lang: str, other_lang: str) -> bool:
    """A place of the gazetteer, no adjective or demonym of it, that ``other_lang`` has a name
    for (``place_known``) and is no region (``REGION_KEYS``): had a report in that language
    meant it, that name, with this key, would be there."""
    return (w.place is not None and not derived(w.written or w.text, lang) and bool(other_lang)
            and place_known(w.place, other_lang) and w.place not in REGION_KEYS)


def exonym_apart(x: NameWord, lang: str, y: NameWord, other_lang: str) -> bool:
    """One of two words is a place the other's language has its own name for (``new_place``):
    a report meaning it would write that name («Индия» for "India"), so a word only loosely
    like the place («Данди») and unlike that name is no spelling variant of it; one loosely
    like that name is ("Guiana" / «Гвајани», English "Guyana"). Never two readings of one place."""
    if x.place == y.place:
        return False
    return ((new_place(x, lang, other_lang) and not _like_its_name(y, x.place, other_lang))
            or (new_place(y, other_lang, lang) and not _like_its_name(x, y.place, lang)))


def _like_its_name(w: NameWord, place: str, lang: str) -> bool:
    """``w`` is a spelling variant of a name ``lang``'s pack gives the place: as written, in
    one language, at most a ``name_match.LOOSE_SIM`` share of its letters edited ("Guiana" /
    "Guyana"; the sounds of «Данди» and «Индия» are as alike, their letters are not)."""
    a = w.text.lower()
    return any(1 - edit_distance(a, n.text.lower()) / max(len(a), len(n.text)) >= LOOSE_SIM
               for n in _place_names(place, lang))


@functools.lru_cache(maxsize=4096)
def _place_names(place: str, lang: str) -> tuple[NameWord, ...]:
    """The words ``lang``'s pack names a gazetteer key with: its exonym stems and CLDR names."""
    pack = _lang.REGISTRY.get(lang)
    if pack is None:
        return ()
    texts = [t for canon, ts in {**pack.names.places, **pack.names.exonyms}.items() if name_key(canon) == place
             for t in ts]
    return tuple(w for t in texts for w in name_ref(t[:1].upper() + t[1:], lang).words)


def strip_suffix(word: str, lang: str) -> str:
    """A name without its case ending: ``Тоқаевқа`` -> ``Тоқаев``, ``Vucic'i`` -> ``Vucic``."""
    for sep in _APOSTROPHES:
        if sep in word:
            word = word.split(sep)[0]
    names = _names(lang)
    if names.hyphen_case_ending and "-" in word and word.rsplit("-", 1)[1].lower() in names.case_endings:
        return word.rsplit("-", 1)[0]  # "ЕО-мен"
    low = word.lower()
    for suf in names.name_endings:
        if low.endswith(suf) and len(word) - len(suf) >= names.min_stem:
            return word[: -len(suf)]
    return word


def _names(lang: str) -> _lang.Names:
    pack = _lang.get(lang)
    return pack.names if pack is not None else _NO_NAMES




def _capitalized(tok: Token) -> bool:
    return tok.kind == "word" and tok.text[0].isupper()


@functools.lru_cache(maxsize=16)
def _mid_sentence_caps(text: str, lang: str) -> frozenset[str]:
    """Stems the document capitalizes after a word or comma (so not because a sentence starts)."""
    out = set()
    for line in text.splitlines():
        if _is_title_case(regex.findall(_WORD, line)):
            continue  # a title-case headline capitalizes everything
        for m in regex.finditer(r"(?<=[\p{L}\d,;][ \t\u00a0]+)\p{Lu}[\p{L}\p{M}]*(?:[-'’]\p{L}+)*", line):
            out.add(strip_suffix(m.group(), lang).lower())
    return frozenset(out)


_LOWER_WORD = regex.compile(r"(?<![\p{L}\p{M}'’-])\p{Ll}[\p{L}\p{M}]*")


def lower_case_words(text: str, start: int = 0, end: int | None = None, shortest: int = 1) -> list[str]:
    """The words ``text[start:end]`` writes in lower case, of at least ``shortest`` letters: the
    one reading of a lower-case word (names here; common stems and carried-over words in
    ``consistency``, which skip one-letter words)."""
    return [w for m in _LOWER_WORD.finditer(text, start, len(text) if end is None else end)
            if len(w := m.group()) >= shortest]


@functools.lru_cache(maxsize=16)
def _lower_case_words(text: str) -> frozenset[str]:
    """Words the document writes in lower case somewhere: common words of its language."""
    return frozenset(lower_case_words(text))


def _name_at_start(word: str, stem: str, text: str, lang: str, known: frozenset[str]) -> bool:
    """Whether a capitalized word where a capital says nothing (sentence start, title-case
    headline) is a name: the document capitalizes it mid-sentence too, and it is neither a
    word that opens sentences (pack ``sentence_openers``: bg "Според", en "According") nor
    one the document also writes in lower case (kk "Бұл" / "бұл", en "Police" / "police")."""
    return not _written_common(word, text, lang) and stem.lower() in known


def _written_common(word: str, text: str, lang: str) -> bool:
    """A word that opens sentences (pack ``sentence_openers``) or the document also writes in
    lower case: a common word wherever a capital says nothing."""
    low = word.lower()
    return low in _names(lang).sentence_openers or low in _lower_case_words(text)


def _place_at_start(word: str, text: str, lang: str) -> bool:
    """Whether a place of the gazetteer where a capital says nothing is the place: its
    language's dictionary knows no common word so written («Ангола», "Angola"; sr «Мали» is
    "small"), nor is it ``_written_common``. No dictionary, no place."""
    lex = dictionary(lang)
    return lex is not None and not _written_common(word, text, lang) and not lex.common(word)


def _abbreviations(lang: str) -> frozenset[str]:
    pack = _lang.REGISTRY.get(lang)
    return _lang.COMMON_ABBREVIATIONS | (pack.segmentation.abbreviations if pack is not None else frozenset())


def _initial_positions(text: str, tokens: list[Token], lang: str = "") -> set[int]:
    """Token indexes where a capital letter says nothing: sentence start, after a quote or dash.
    Not after the period of an abbreviation the language's segmenter reads on through (pack
    ``Segmentation.abbreviations``): "Dr. Tony Moll" names Tony too."""
    out = set()
    abbreviations = _abbreviations(lang)
    for i, t in enumerate(tokens):
        if t.kind != "word":
            continue
        j = i - 1
        while j >= 0 and tokens[j].kind == "punct" and tokens[j].text in _OPENERS + "".join(_DASHES) + "(":
            j -= 1
        if j < 0 or j < i - 1 or tokens[j].text in "!?:":
            out.add(i)
        elif tokens[j].text == "." and not (j >= 1 and tokens[j - 1].kind == "word"
                                            and tokens[j - 1].end == tokens[j].start
                                            and tokens[j - 1].lower in abbreviations):
            out.add(i)
    return out


# an apostrophe and the lower-case ending after it closing a word ("Zealand's", "Jones'",
# "Erdoğan'ın"), not a name's own apostrophe ("O'Brien")
_SUFFIX_APOSTROPHE = regex.compile(r"['’]\p{Ll}*$")


def _name_ends(word: str, following: str, lang: str) -> bool:
    """Whether a name ends at ``word``, an ending set off by an apostrophe closing it where the
    language writes so (pack ``apostrophe_ends_name``), so the capitalized word after it opens
    another name: "New Zealand's | Adam Hall". Not before a common word of the language's
    dictionary, which goes on naming the same thing: "People's Organisation", «Mahallesi'nde
    Hazreti Hüseyin Camii» (measured on the name runs of seeds 41, 53, 59: splitting there lost
    more than it found)."""
    if not (_names(lang).apostrophe_ends_name and _SUFFIX_APOSTROPHE.search(word)):
        return False
    lex = dictionary(lang)
    return lex is None or not lex.common(following)


def find_names(text: str, tokens: list[Token], lang: str, sentence_id: str) -> list[Fact]:
    """Name facts of one sentence's tokens."""
    words = [t for t in tokens if t.kind == "word"]
    title_case = _is_title_case([t.text for t in words])
    initial = _initial_positions(text, tokens, lang)
    known = _mid_sentence_caps(text, lang)
    facts: list[Fact] = []
    run: list[Token] = []
    names = _names(lang)
    joiners = names.joiners

    def flush():
        while run and run[-1].lower in joiners:
            run.pop()
        if len(run) == 1 and is_calendar_word(run[0].text, lang):
            run.clear()
        if run:
            stems = [strip_suffix(t.text, lang) for t in run if t.lower not in joiners]
            key = name_key(" ".join(stems), lang)
            if key:
                facts.append(Fact("name", sentence_id, run[0].start, run[-1].end,
                                  text[run[0].start:run[-1].end], key))
            run.clear()

    for i, tok in enumerate(tokens):
        if tok.kind != "word":
            flush()
            continue
        parts = tok.text.split("-")
        gkeys = [gazetteer_key(p, lang) for p in parts] if len(parts) > 1 else []
        if gkeys and all(gkeys):  # "Қазақстан-Сербия", "Kazakh-Serbian"
            flush()
            pos = tok.start
            for part, key in zip(parts, gkeys):
                facts.append(Fact("name", sentence_id, pos, pos + len(part), part, key, gazetteer=True))
                pos += len(part) + 1
            continue
        if translated_capital(tok.text, lang):
            flush()  # translated, no name, though a place may share it ("Christmas" Island)
            continue
        gkey = gazetteer_key(tok.text, lang)
        if (gkey is not None and (i in initial or title_case) and exonym_key(tok.text, lang) is None
                and not _name_at_start(tok.text, strip_suffix(tok.text, lang), text, lang, known)
                and not _place_at_start(tok.text, text, lang)):
            gkey = None  # a CLDR place name opening a sentence may be a common word (sr «Мали», small)
        if gkey is not None:
            flush()
            facts.append(Fact("name", sentence_id, tok.start, tok.end, tok.text, gkey,
                              gazetteer=True))
            continue
        if (run and tok.lower in joiners and i + 1 < len(tokens)
                and _capitalized(tokens[i + 1]) and gazetteer_key(tokens[i + 1].text, lang) is None):
            run.append(tok)
            continue
        stem = strip_suffix(tok.text, lang)
        if (not _capitalized(tok) or is_title(tok.text, lang) or len(tok.text) < 2
                or stem.lower() in names.not_names):
            flush()
            continue
        if (i in initial or title_case) and not _name_at_start(tok.text, stem, text, lang, known):
            flush()
            continue
        if run and (text[run[-1].end:tok.start].strip() or _name_ends(run[-1].text, tok.text, lang)):
            flush()
        run.append(tok)
    flush()
    return facts


_QUOTE_PAIRS = {"«": "»", "„": "“", "“": "”", '"': '"', "‹": "›"}


def find_titles(text: str, start: int, end: int, lang: str, sentence_id: str) -> list[Fact]:
    """Short capitalized quoted spans: award, document and format names."""
    stack: list[tuple[str, int]] = []
    spans = []
    for i in range(start, end):
        c = text[i]
        if stack and c == _QUOTE_PAIRS[stack[-1][0]]:
            _, s = stack.pop()
            spans.append((s + 1, i))
        elif c in _QUOTE_PAIRS:
            stack.append((c, i))
        elif c in "»”" and stack:
            stack.pop()
    facts = []
    for s, e in sorted(spans):
        inner = text[s:e]
        stripped = inner.strip()
        n_words = len(regex.findall(r"[\p{L}\d]+(?:[-'’][\p{L}\d]+)*", stripped))
        if (not stripped or not 1 <= n_words <= TITLE_MAX_WORDS or not stripped[0].isupper()
                or stripped.endswith(_SENTENCE_END)):
            continue
        s += len(inner) - len(inner.lstrip())
        e -= len(inner) - len(inner.rstrip())
        key = name_key(text[s:e], lang)
        if key:
            facts.append(Fact("title", sentence_id, s, e, text[s:e], key))
    return facts
