"""One name matcher: do two mentions, in any of our scripts, name the same entity?

News in Kazakh and Bulgarian writes foreign names as they sound (Wright / Райт,
Thompson / Томпсън, Hayes / Хейс, Lawrence / Лорънс), Turkish mostly keeps the
original spelling, English keeps its own orthography. Letters-to-letters keys
(``translit.name_key``) therefore miss; sounds meet. A mention becomes a
``NameRef``: its words without titles ("Chancellor", "Şansölyesi", "Президенті"),
case endings and joiners. Each word gets a *phonetic key*: Cyrillic is
transliterated (the packs' ``transliteration``), English spelling rules (the en pack's
``spelling_rules``, with the word's own language's: Turkish c = j) rewrite the Latin (c→k/s,
ck→k, ph→f, gh silent, wr→r, th→t, silent final e, x→ks), the Turkish and Kazakh letters
fold (ç ş ğ ı, қ ғ ң ә ө ұ ү і), doubled letters collapse, and what is left
is a *consonant skeleton* (vowels and glides carry the least signal across
scripts). Spellings with two readings (English c, ch, g, w; Turkish c = j)
give a few variant keys; two words match when some variants are close.

Two mentions are the same entity when they share one identifying word (one
shared surname is enough: "Tokayev" / "Kassym-Jomart Tokayev"; news translates
the rest of an institution's name), not counting initials, translated common
words (pack ``generic_name_words``) or a shared place when both go on with
words of their own ("Turkish Airlines" / "Turkish Parliament"); word boundaries
may differ ("Hong Kong" / «Хонконг»). Country and capital names go through the
facts gazetteer, since they are translated (Sırbistan / Serbia), not
transliterated. Endings come from the packs: case endings (``name_endings``)
and word-forming ones (``derived_endings``: "Canadian", "Latince").

Known collisions: skeletons cannot tell names that sound alike apart (Cook /
Coke / Кук all key to ``k?k``); the short-skeleton rule (vowel pattern must
agree too) keeps Ali / Lee apart but not Cook / Coke.
"""
from __future__ import annotations

import functools
import itertools
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import regex

from ..lang import Names, get as get_pack, packs
from ..translit import edit_distance, name_key, one_script, transliterate

# A word's phonetic key variants are capped: each ambiguous spelling doubles them.
MAX_VARIANTS = 16
# Two skeletons of at least SLACK_MIN consonants each match within this similarity
# (1 - edit distance / longer length). Calibrated by eval/name_pairs.py on its calibration
# half (FLORES-200 devtest articles with an even URL hash, WMT newstest2016; eval/README.md):
# pooled F1 is flat between 0.70 and 0.75 and falls on either side.
TOKEN_MIN_SIM = 0.7
SLACK_MIN = 4
# Skeletons of up to this many consonants match only when their vowel patterns agree too.
SHORT_SKELETON = 3
# "Cumhurbaşkanı", "Президенті": a title stem plus one letter (a possessive) or a case
# ending of the pack ("Bakanov" is a surname, not "bakan" + "ov")
TITLE_TAIL = 1
GENERIC_TAIL = 3  # "Otoyolu'nun" / "северната": a generic stem plus up to three letters (compare.py)
GENERIC_LONG = 6  # a stem this long takes twice as many: "Meydanındaki" (meydan + ındaki)
_NO_NAMES = Names()

_CYRILLIC = regex.compile(r"\p{Cyrillic}")
_WORDS = regex.compile(r"[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)?")
_APOSTROPHES = ("'", "’")
# Latin letters with diacritics whose sound is a digraph: folded before the diacritic is dropped.
# Their sounds go straight to the symbols of _SYMBOLS (upper case), out of reach of the English
# spelling rules: Turkish "İçin" has no English "ch" that could be read k.
_DIACRITIC_DIGRAPHS = {"ç": "C", "č": "C", "ć": "C", "ş": "S", "š": "S", "ș": "S", "ž": "J",
                       "đ": "J", "ı": "i", "ğ": "", "ñ": "n", "ä": "a", "ö": "o", "ü": "u", "ß": "ss"}
# Transliteration digraphs of Cyrillic letters, and sound-alike consonants, onto one symbol
# each: J (дж/ж/j/g before e,i), C (ч/ch), S (ш/sh); z folds into s (English -s is often /z/,
# Cyrillic writes с or з), kh into h, q into k (Kazakh қ).
_SYMBOLS = (("dzh", "J"), ("dj", "J"), ("zh", "J"), ("shch", "S"), ("sht", "St"), ("tch", "C"),
            ("ch", "C"), ("sh", "S"), ("kh", "h"), ("ts", "ts"), ("j", "J"), ("z", "s"), ("q", "k"),
            ("x", "ks"), ("w", "v"))


def _fold_latin(word: str) -> str:
    word = word.replace("dž", "J")  # Serbian/Croatian dž (Cyrillic џ) is one sound: "Džulija" / "Julia"
    out = "".join(_DIACRITIC_DIGRAPHS.get(c, c) for c in word)
    decomposed = unicodedata.normalize("NFKD", out)
    return "".join(c for c in decomposed if not unicodedata.combining(c) and c.isalpha())


# English spellings are quoted in the texts of every language ("Wright" in a Turkish text):
# its pack's spelling rules read every Latin-script word, after the word's own language's.
QUOTED_SPELLING = "en"


@functools.lru_cache(maxsize=None)
def _spelling_rules(lang: str) -> tuple:
    """The English rules, each with the readings the language's own rule of the same trigger
    adds (Turkish c also reads j), after the language's other rules."""
    own = dict(_names_of(lang).spelling_rules) if lang != QUOTED_SPELLING else {}
    rules = [(t, r + own.pop(t, ())) for t, r in _names_of(QUOTED_SPELLING).spelling_rules]
    return tuple((regex.compile(trigger), tuple(tuple((regex.compile(a), b) for a, b in subs) for subs in readings))
                 for trigger, readings in list(own.items()) + rules)


def _spelling_variants(w: str, lang: str) -> list[str]:
    """Readings of a Latin-script word under its language's spelling rules and English ones
    (pack ``spelling_rules``: Turkish c = j; English c = k or s, silent gh…)."""
    variants = [w]
    for trigger, readings in _spelling_rules(lang):
        out: list[str] = []
        for v in variants:
            alts = [v]
            if trigger.search(v):
                alts = []
                for subs in readings:
                    r = v
                    for pattern, repl in subs:
                        r = pattern.sub(repl, r)
                    alts.append(r)
            out += [r for r in alts if r not in out]
        variants = out[:MAX_VARIANTS]
    return variants


# A compound is at least COMPOUND_EXTRA letters longer than the name it holds, and holds at
# least HELD_MIN letters of the name's Latin key (all but its last letter, which the compound
# inflects: "Africa" / «…африканска»).
COMPOUND_EXTRA = 5
HELD_MIN = 4


def holds_name(compound: NameWord, lang: str, name: NameWord, name_lang: str) -> bool:
    """``compound`` holds ``name`` after another part: the name's Latin key, under its spelling
    rules, less its last letter, stands inside the compound's key past its first letter
    («Източноиндийска» / "India", «Югозападноафриканска» / "Africa": a compass point and a place
    in one adjective). A name that begins another ("Indianapolis") is no compound of it."""
    whole = name_key(compound.written or compound.text, lang)
    key = name_key(name.written or name.text, name_lang)
    if " " in whole or len(whole) < len(key) + COMPOUND_EXTRA:
        return False
    heads = {v[:max(HELD_MIN, len(v) - 1)] for v in [key, *_spelling_variants(key, name_lang)]}
    return any(len(h) >= HELD_MIN and h in whole[1:] for h in heads)


@dataclass(frozen=True)
class Key:
    """A word's sound: consonant ``skeleton`` and the same with vowel groups as ``V``."""

    skeleton: str
    pattern: str


def _key(latin: str) -> Key:
    s = latin
    for a, b in _SYMBOLS:
        s = s.replace(a, b)
    # h after a vowel and before a consonant or the end is silent ("John", "Sarah"; Мехмет)
    s = regex.sub(r"(?<=[aeiouy])h(?![aeiouy])|h$", "", s)
    s = "".join(c for i, c in enumerate(s) if i == 0 or c != s[i - 1])  # doubled letters
    pattern = regex.sub(r"[aeiouy]+", "V", s)
    skeleton = "".join(c for c in pattern if c != "V")
    return Key(skeleton, pattern)


_ACRONYM = regex.compile(r"(\p{Lu}{2,})s?")


@functools.lru_cache(maxsize=65536)
def phonetic_keys(word: str, lang: str) -> tuple[Key, ...]:
    """Variant phonetic keys of one name word (any script): ``Wright`` and ``Райт`` share ``rt``.

    An acronym ("CEO", "ATMs", "NATO") is mostly spelt: its letters are a key of their own."""
    acronym = _ACRONYM.fullmatch(word)
    spelt: tuple[Key, ...] = ()
    if acronym:
        letters = _fold_latin(transliterate(acronym.group(1).lower(), lang))
        spelt = (Key(letters.upper(), letters.upper()),)
        if not regex.search(r"[AEIOUYАЕИОУЫЭЮЯӘӨҰҮІЪ]", word):
            return spelt
        word = acronym.group(1)  # with a vowel also read as a word: "FED" / "Fed", "NATO" / "Nato"
    low = word.lower()
    if "ğ" in low or "ғ" in low:  # soft in Turkish, a consonant in Kazakh, g in English spellings
        return tuple(dict.fromkeys(spelt + phonetic_keys(low.replace("ğ", "g").replace("ғ", "г"), lang)
                                   + phonetic_keys(low.replace("ğ", "").replace("ғ", ""), lang)))
    if _CYRILLIC.search(low) and _names_of(lang).latin_twin and not _CYRILLIC.search(transliterate(low, lang)):
        # Serbian: its Latin spelling's keys (a letter of another alphabet, Macedonian ѓ, stays Cyrillic)
        return tuple(dict.fromkeys(spelt + phonetic_keys(transliterate(word, lang), lang)))
    if _CYRILLIC.search(low):
        latin = _fold_latin(transliterate(low, lang))
        # г also renders a foreign h (the Russian tradition Kazakh keeps: Гаити / Haiti)
        variants = list(dict.fromkeys([latin, regex.sub(r"^g", "h", latin), latin.replace("g", "h")]))
    else:
        variants = _spelling_variants(_fold_latin(low), lang)
        if not low.isascii() and lang != QUOTED_SPELLING:
            # as an English text writes it, its diacritics dropped ("Beşiktaş" / "Besiktas")
            variants += _spelling_variants(bare_latin(low), QUOTED_SPELLING)
    out: list[Key] = list(spelt)
    for v in variants:
        k = _key(v)
        if k not in out:
            out.append(k)
    return tuple(out)


def bare_latin(word: str) -> str:
    """A Latin word without its diacritics (Turkish dotless ı as i), as English writes foreign
    names ("Beşiktaş" / "Besiktas"); a word with letters of another script stays as it is."""
    if word.isascii() or not all(c.isascii() or unicodedata.category(c)[0] != "L"
                                 or "LATIN" in unicodedata.name(c, "") for c in word):
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word.replace("ı", "i").replace("İ", "I"))
                   if not unicodedata.combining(c))


def _key_sim(a: Key, b: Key) -> float:
    if not a.skeleton or not b.skeleton:
        return 0.0  # vowels only ("UAE", "Joe" read "yoe"): nothing to compare
    if a.skeleton == b.skeleton:
        # a few consonants say little: the vowel pattern must agree too (Ali / Lee, Kural / Charlie)
        if len(a.skeleton) > SHORT_SKELETON or a.pattern == b.pattern:
            return 1.0
        return 0.0
    if min(len(a.skeleton), len(b.skeleton)) < SLACK_MIN:
        return 0.0
    return 1.0 - edit_distance(a.skeleton, b.skeleton) / max(len(a.skeleton), len(b.skeleton))


@dataclass(frozen=True)
class NameWord:
    text: str  # the word as written, case ending and apostrophe suffix removed
    keys: tuple[Key, ...]
    place: str | None  # gazetteer key when the word is a known country/capital/adjective
    initial: bool  # a single letter ("J." / "Дж.")
    generic: bool = False  # a translated common word of its language ("South", «Оңтүстік»)
    exonym: bool = False  # ``place`` is a pack exonym (spelled in every language), not only a CLDR name
    written: str = ""  # the word as written, less an apostrophe suffix ("Versace", whose ``text`` may be "Versa")


@dataclass(frozen=True)
class NameRef:
    """A name mention: its surface, language and the words that identify it."""

    surface: str
    lang: str
    words: tuple[NameWord, ...]

    @property
    def tokens(self) -> tuple[str, ...]:
        return tuple(w.text for w in self.words)


def _names_of(lang: str) -> Names:
    pack = get_pack(lang)
    return pack.names if pack is not None else _NO_NAMES


def is_title(word: str, lang: str) -> bool:
    """A title or honorific, not a name word: "President", "Президенті", "Sayın", "Dr".

    Titles of every pack count (a Kazakh text may quote "Dr"); the language's own
    ``translated_capitals`` too. Pack titles are stems ("cumhurbaşkan"): a stem of 5+ letters matches with an ending
    of TITLE_TAIL letter or a case ending of the pack, a shorter one ("mr", "dr") only as the whole word.
    """
    if len(word) > 1 and word.isupper():
        return False  # an acronym ("MS", multiple sclerosis), not "Ms"
    names = _names_of(lang)
    w = word.lower().rstrip(".")
    if translated_capital(word, lang):
        return True
    return any(w == t or (len(t) >= 5 and w.startswith(t) and (
        len(w) - len(t) <= TITLE_TAIL or w[len(t):] in names.name_endings)) for t in _all_titles())


def translated_capital(word: str, lang: str) -> bool:
    """A capitalized word its language translates rather than carries over (pack
    ``translated_capitals``: "God", «Президенті»): no name word."""
    return word.lower().rstrip(".") in _names_of(lang).translated_capitals


@functools.lru_cache(maxsize=1)
def _all_titles() -> tuple[str, ...]:
    """Titles of every pack: texts quote foreign titles ("Dr", "Sayın")."""
    return tuple(dict.fromkeys(t for p in packs() for t in p.names.titles))


@functools.lru_cache(maxsize=1)
def _all_particles() -> frozenset[str]:
    """Surname particles of every pack: texts quote foreign names ("van", «фон»)."""
    return frozenset(p for pack in packs() for p in pack.names.surname_particles)


def is_generic(word: str, lang: str) -> bool:
    """A translated common word inside a name ("North", «Солтүстік»): no evidence either way."""
    w = word.lower()
    return any(w.startswith(g) and len(w) - len(g) <= (GENERIC_TAIL if len(g) < GENERIC_LONG else 2 * GENERIC_TAIL)
               for g in _names_of(lang).generic_name_words)


def word_stems(word: str, lang: str) -> tuple[str, ...]:
    """The word and every reading of it without a case ending (pack ``name_endings``),
    longest ending last (``Ханаанда`` may be ``Ханаан`` + да or ``Ханаа`` + нда), and
    each of those without a word-forming ending (pack ``derived_endings``: "Canadian")."""
    names = _names_of(lang)
    out = [word]
    for end in sorted(names.name_endings, key=len):
        if word.lower().endswith(end) and len(word) - len(end) >= names.min_stem:
            out.append(word[: -len(end)])
    # a derived form after the case ending is gone: "Канадската" -> "Канад", "Мексикандықтың"
    for stem in list(out):
        for end in names.derived_endings:
            if stem.lower().endswith(end) and len(stem) - len(end) >= names.min_stem:
                out.append(stem[: -len(end)])
    return tuple(dict.fromkeys(out))


DERIVED_MIN = 3  # shorter word-forming endings ("-s", "-an", bg "-ка") end plain names too


def derived(word: str, lang: str) -> bool:
    """The word, less its case ending, ends in a word-forming ending of its pack of at least
    DERIVED_MIN letters (``derived_endings``: an adjective or demonym, «Рижского», "Canadian")."""
    names = _names_of(lang)
    word = word.split("'")[0].split("’")[0].lower()
    forms = {word, *(word[: -len(e)] for e in names.name_endings if word.endswith(e))}
    return any(f.endswith(e) and len(f) - len(e) >= DERIVED_MIN
               for f in forms for e in names.derived_endings if len(e) >= DERIVED_MIN)


def _without_suffix(word: str) -> str:
    """A name word less what follows its apostrophe (a Turkish case ending, "Ankara'da"; an
    English possessive), but for an elided particle before a capital: "O'Flynn", "D'Alembert"
    are one word («Офлина»), whose body is all that names."""
    for sep in _APOSTROPHES:
        head, found, tail = word.partition(sep)
        if found and len(head) == 1 and head.isupper() and tail[:1].isupper():
            word = head + tail
        word = word.split(sep)[0]
    return word


@functools.lru_cache(maxsize=65536)
def name_ref(surface: str, lang: str) -> NameRef:
    """The identifying words of a name mention: titles, joiners and case endings dropped."""
    from .names import exonym_key, gazetteer_key  # the gazetteer lives with the extractor
    names = _names_of(lang)
    words = []
    parts = []
    for chunk in surface.split():
        pieces = chunk.split("-")
        if len(pieces) > 1 and names.hyphen_case_ending and pieces[-1].lower() in names.name_endings:
            pieces = pieces[:-1]  # kk "ФБР-нің": a case ending after a hyphen
        parts += pieces
    found = [_without_suffix(one_script(m.group())) for m in _WORDS.finditer(" ".join(parts))]
    for i, w in enumerate(found):
        if not w or w.lower() in names.joiners or is_title(w, lang):
            continue
        if w.lower() in _all_particles() and any(v and v.lower() not in names.joiners and not is_generic(v, lang)
                                                 for v in found[i + 1:]):
            continue  # "Van" of "Robin Van Persie"; not "Van" of «Van Gölü», Lake Van
        stems = word_stems(w, lang) if len(w) > 1 else (w,)
        keys = tuple(dict.fromkeys(k for st in stems for k in phonetic_keys(st, lang)))
        words.append(NameWord(stems[-1], keys, gazetteer_key(w, lang), len(w) == 1, is_generic(w, lang),
                              exonym_key(w, lang) is not None, w))
    return NameRef(surface, lang, tuple(words))


def word_sim(a: NameWord, b: NameWord) -> float:
    """How alike two name words sound, 0..1; places compare by gazetteer key; words written
    alike are alike ("Eee" of "ASUS Eee PC" has no consonant to key)."""
    if a.written and a.written.lower() == b.written.lower():
        return 1.0
    if a.place is not None and b.place is not None:
        return 1.0 if a.place == b.place else 0.0
    if a.initial or b.initial:
        fa = {k.pattern[:1] for k in a.keys}
        fb = {k.pattern[:1] for k in b.keys}
        return 1.0 if fa & fb and "V" not in fa & fb else 0.0
    if (a.place is None) != (b.place is None) and (a.exonym or b.exonym):
        # the packs' exonyms spell their places in every language: a known place facing a word
        # they do not know is another name, unless they sound the same outright (a CLDR place
        # name has no such promise: "Hong Kong" is two words, «Гонконг» one)
        return max((1.0 for x, y in itertools.product(a.keys, b.keys)
                    if x.skeleton == y.skeleton and _key_sim(x, y) == 1.0), default=0.0)
    return max((_key_sim(x, y) for x, y in itertools.product(a.keys, b.keys)), default=0.0)


def pair_words(xs: Sequence[NameWord], ys: Sequence[NameWord]) -> list[tuple[int, int]]:
    """Greedy one-to-one pairing of the words that meet (``word_sim`` at TOKEN_MIN_SIM), best
    first: (index in xs, index in ys)."""
    sims = sorted(((word_sim(x, y), i, j) for i, x in enumerate(xs) for j, y in enumerate(ys)), reverse=True)
    used_i: set[int] = set()
    used_j: set[int] = set()
    pairs = []
    for s, i, j in sims:
        if s < TOKEN_MIN_SIM:
            break
        if i not in used_i and j not in used_j:
            used_i.add(i)
            used_j.add(j)
            pairs.append((i, j))
    return pairs


def _pairing(a: NameRef, b: NameRef) -> tuple[NameRef, NameRef, list[tuple[int, int]]]:
    """``pair_words`` of two mentions: (shorter, longer, pairs)."""
    short, long_ = (a, b) if len(a.words) <= len(b.words) else (b, a)
    return short, long_, pair_words(short.words, long_.words)


def joined_runs(words: tuple[NameWord, ...], lang: str) -> list[NameWord]:
    """Every run of two or more adjacent words written as one word."""
    out = []
    for i in range(len(words)):
        for j in range(i + 2, len(words) + 1):
            if any(w.initial for w in words[i:j]):
                break
            text = "".join(w.text for w in words[i:j])
            out.append(NameWord(text, phonetic_keys(text, lang), None, False))
    return out


def _joined_match(a: NameRef, b: NameRef) -> bool:
    """Word boundaries differ across scripts and outlets ("Hong Kong" / «Хонконг», "Wi-Fi" /
    "WiFi", "McGuire" / "Mc Guire"): runs of words written as one, against each other and
    against single words."""
    runs_a, runs_b = joined_runs(a.words, a.lang), joined_runs(b.words, b.lang)
    singles_a = [w for w in a.words if not (w.initial or w.generic)]
    singles_b = [w for w in b.words if not (w.initial or w.generic)]
    return any(word_sim(x, y) >= TOKEN_MIN_SIM
               for xs, ys in ((runs_a, runs_b + singles_b), (singles_a, runs_b)) for x in xs for y in ys)


def same_entity(a: NameRef, b: NameRef) -> bool:
    """Whether two mentions may name the same person, place or organization.

    One shared identifying word is enough ("Tokayev" / "Kassym-Jomart Tokayev",
    "Sema Çıngıllıoğlu Primary School" / "Sema Çıngıllıoğlu İlköğretim Okulu": news
    translates the rest of a name). Not identifying: initials, translated common
    words (pack ``generic_name_words``: "North" / «Солтүстік»), and a shared place
    when both names go on with words of their own ("Turkish Airlines" / "Turkish
    Parliament").
    """
    if not any(not w.initial for w in a.words) or not any(not w.initial for w in b.words):
        return False
    short, long_, pairs = _pairing(a, b)
    core = [(i, j) for i, j in pairs if not (short.words[i].generic or long_.words[j].generic
                                            or short.words[i].initial or long_.words[j].initial)]
    if not core:
        # only common words: the same name if every word of the shorter one meets ("North" / "North")
        plain = [(i, j) for i, j in pairs if not (short.words[i].initial or long_.words[j].initial)]
        return (bool(plain) and len(plain) == len(short.words)) or _joined_match(short, long_)
    if all(short.words[i].place is not None for i, _ in core):
        own_i = [w for i, w in enumerate(short.words) if i not in {p[0] for p in pairs} and not w.generic]
        own_j = [w for j, w in enumerate(long_.words) if j not in {p[1] for p in pairs} and not w.generic]
        return not (own_i and own_j)
    return True


def guess_langs(surface: str) -> tuple[str, ...]:
    """Languages a name written this way may come from, when nobody said: the packs whose
    own letters it uses (``langid.letters``: Kazakh қ ә ң…), else every pack of its script
    (the script of the pack's NLLB code, ``kaz_Cyrl``)."""
    letters = set(surface)
    marked = tuple(p.code for p in packs() if p.langid.letters & letters)
    if marked:
        return marked
    script = "_Cyrl" if _CYRILLIC.search(surface) else "_Latn"
    return tuple(p.code for p in packs() if p.nllb.endswith(script)) or ("en",)


def _one_place(readings: Sequence[NameWord]) -> str | None:
    """The place of a word read in several languages, when the readings agree: one spelling
    may name two places ("Cuba" is Juba in Turkish), and a wrong place is worse than none."""
    places = {w.place for w in readings if w.place is not None}
    return places.pop() if len(places) == 1 else None


def ref_of(surface: str, lang: str | None = None) -> NameRef:
    """``name_ref`` of a surface, reading it in every language ``guess_langs`` allows when
    ``lang`` is unknown (a fact carries no language): the keys of each reading are pooled."""
    if lang:
        return name_ref(surface, lang)
    refs = [name_ref(surface, g) for g in guess_langs(surface)]
    fewest = min(len(r.words) for r in refs)  # a reading that drops a joiner or title of its language
    refs = [r for r in refs if len(r.words) == fewest]  # ("Eighmey and McCord": "and" is English)
    first = refs[0]
    words = tuple(NameWord(ws[0].text, tuple(dict.fromkeys(k for w in ws for k in w.keys)),
                           _one_place(ws), ws[0].initial,
                           any(w.generic for w in ws), any(w.exonym for w in ws), ws[0].written)
                  for ws in zip(*(r.words for r in refs)))
    return NameRef(surface, first.lang, words)


# Two name words that do not meet may still be one name spelled or translated another way
# ("Tugay" / "Turgay", "Bulvarı" / "Blvd", "Kafkasya" / "Caucasus", «Шкотској» / "Scotia"):
# their skeletons are alike at LOOSE_SKELETON_SIM (1 - edit distance / longer length, a
# consonant swapped for one of its sound class costing half: ``_typo_distance``), or begin
# with the same SHARED_ONSET consonants; skeletons of fewer than SHARED_ONSET consonants
# compare with their vowels, as in ``_key_sim`` ("Jeremy" / "Rahman" share only "rm"), at
# LOOSE_SIM. Both set by hand between the differing words of translated names on
# eval/real_pairs.py's unchanged pairs (0.75-0.8, and a shared onset) and those of its
# injected name swaps (at most 0.6). The skeletons' bar is the gap's middle: at 0.65 a
# three-consonant skeleton passed with any one consonant changed or two swapped, so a swap
# went for a spelling variant ("Amazon" msn / «Минесота» mns, "Canadians" / "Mindy"), where
# spelling variants change a consonant for a near one («Ханаан» hnn / "Canaan" knn, «Дунава»
# dnv / "Danube" dnb). Measured: eval/README.md, "Names, fourteenth session".
LOOSE_SIM = 0.65
LOOSE_SKELETON_SIM = 0.7
SHARED_ONSET = 3
# Consonants of the skeleton alphabet (``_key``) close in sound: same place of articulation,
# voiced or not, stop or fricative (b/p/v/f, k/g/h: Cyrillic х is Latin h, kh or k: «Ханаан» /
# "Canaan"), the sibilants (s, z folded in, ch, sh, j), the liquids (l/r:
# East Asian names) and the nasals. A substitution within a class costs SOUND_CLASS_COST.
SOUND_CLASSES = ("bpvf", "kgh", "dt", "sCSJ", "lr", "mn")
SOUND_CLASS_COST = 0.5
_SOUND_CLASS = {c: i for i, cs in enumerate(SOUND_CLASSES) for c in cs}


def loose_sim(a: NameWord, b: NameWord) -> float:
    """How loosely alike two words sound, on the scale ``loosely_alike`` reads (a skeleton's
    similarity is shifted by the two bars' difference, so one order serves both)."""
    best = 0.0
    for x, y in itertools.product(a.keys, b.keys):
        if not x.skeleton or not y.skeleton:
            continue
        if min(len(x.skeleton), len(y.skeleton)) < SHARED_ONSET:
            sim = 1.0 - _typo_distance(x.pattern, y.pattern, 1.0) / max(len(x.pattern), len(y.pattern))
        elif x.skeleton[:SHARED_ONSET] == y.skeleton[:SHARED_ONSET]:
            return 1.0
        else:
            u, v = x.skeleton, y.skeleton
            sim = 1.0 - _typo_distance(u, v, SOUND_CLASS_COST) / max(len(u), len(v))
            sim -= LOOSE_SKELETON_SIM - LOOSE_SIM
        best = max(best, sim)
    return best


def loosely_alike(a: NameWord, b: NameWord) -> bool:
    """The two words may be one name spelled another way (see LOOSE_SIM)."""
    return loose_sim(a, b) >= LOOSE_SIM


def _typo_distance(u: str, v: str, close: float) -> float:
    """Edit distance, a substitution within a sound class (SOUND_CLASSES) costing ``close`` and
    two adjacent letters swapped one edit (a typo: «Bansky» / "Banksy", skeletons bnsk / bnks)."""
    if len(u) == len(v):
        diff = [i for i in range(len(u)) if u[i] != v[i]]
        if len(diff) == 2 and diff[1] == diff[0] + 1 and u[diff[0]] == v[diff[1]] and u[diff[1]] == v[diff[0]]:
            return 1
    return edit_distance(u, v, lambda a, b: close if _SOUND_CLASS.get(a, -1) == _SOUND_CLASS.get(b, -2) else 1.0)


def distinct(a: NameRef, b: NameRef,
             apart: Callable[[NameWord, str, NameWord, str], bool] = lambda *words: False) -> bool:
    """Two mentions name two entities, beyond doubt: each has a word that meets no word of the
    other (``words_meet``), and some such word of each is left once those even loosely alike
    are paired one to one (``LOOSE_SIM``: a spelling variant, an abbreviation or an exonym the
    packs lack; not two words ``apart`` says are two: ``names.exonym_apart``): "Стив Starmer" /
    "Steven Tyler" differ in the surname. Generic
    words (pack ``generic_name_words``: "Ocean", «Kuzey») are translated, never the entity's
    own: they neither make two names distinct nor alike («Erie Okyanusu» / "Atlantic Ocean":
    "Erie" is loosely like "Ocean", which says nothing)."""
    wa = [w for w in a.words if not w.initial]
    wb = [w for w in b.words if not w.initial]
    ua = [u for u in wa if not u.generic and not any(words_meet(u, v) for v in wb)]
    ub = [v for v in wb if not v.generic and not any(words_meet(u, v) for u in wa)]
    if not ua or not ub:
        return False
    alike = sorted(((loose_sim(u, v), i, j) for i, u in enumerate(ua) for j, v in enumerate(ub)
                    if not (two_places(u, v) or apart(u, a.lang, v, b.lang))), reverse=True)
    used_a, used_b = set(), set()
    for sim, i, j in alike:
        if sim >= LOOSE_SIM and i not in used_a and j not in used_b:  # ``loosely_alike``
            used_a.add(i)
            used_b.add(j)
    return len(used_a) < len(ua) and len(used_b) < len(ub)


def two_places(x: NameWord, y: NameWord) -> bool:
    """Two places the gazetteer keys apart («Германия» / "Armenia"): however alike they sound,
    no spelling variant of one another."""
    return x.place is not None and y.place is not None and x.place != y.place


def words_meet(a: NameWord, b: NameWord) -> bool:
    """Two single name words sound alike (``word_sim`` at the calibrated threshold)."""
    return word_sim(a, b) >= TOKEN_MIN_SIM


def same_name(surface_a: str, lang_a: str, surface_b: str, lang_b: str) -> bool:
    """``same_entity`` of two surfaces."""
    return same_entity(name_ref(surface_a, lang_a), name_ref(surface_b, lang_b))
