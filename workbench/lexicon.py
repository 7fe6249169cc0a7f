"""Is a word a common word of its language? Read off a hunspell dictionary.

The consistency checks must tell a name ("Lyon", «Вучич») from a common word written with a
capital inside a name ("Equator", «Съединените», "Güney"). A run's own documents say too
little on small runs; a hunspell dictionary knows it: in a ``.dic`` file a stem written in
lower case is a common word, a capitalized stem a proper noun. This is a reader for exactly
that question, not a spell checker: one suffix (or prefix) rule on a stem, no compounds, no
suggestions (a pure-Python hunspell, spylls, takes 10-17 s to load tr/sr and 200 ms a lookup).

``parse_hunspell`` takes the two files' text (the library reads no paths); ``lexicon(lang)`` is
the one place that reads them, from the dictionaries the language's pack names
(``LanguagePack.hunspell``), like loading a model: a missing dictionary gives None.
"""
from __future__ import annotations

import functools
import hashlib
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from . import lang as _lang

DEFAULT_DIRS = ("/usr/share/hunspell",)
ENV_DIRS = "WORKBENCH_HUNSPELL_DIRS"
# hunspell's LANG values whose casing is Turkish (I <-> ı, İ <-> i; hunspell csutil.cxx langnum)
_TURKIC_CASING = ("tr", "az", "crh")
# apostrophes before a suffix (tr "Afrika'nın", en "Lyon's"); ICONV of en_US maps ’ to '
_APOSTROPHES = re.compile("[’ʼ‘`´]")
# a .dic line's morphological field: after a tab, or after a space before "xx:" (hunspell 1.7)
_MORPH = re.compile(r"\t| (?=\S\S:)")
# Python codec names of the encodings hunspell's SET allows, where they differ
_CODECS = {"microsoft-cp1251": "cp1251", "iscii-devanagari": "iscii", "tis620-2533": "tis-620"}

# add -> strip -> flag -> the conditions of the rules with that flag
RuleIndex = Mapping[str, Mapping[str, Mapping[str, tuple[str, ...]]]]


@dataclass(frozen=True)
class Dictionary:
    """One parsed .dic/.aff pair: stems by case, with their flags as written, and the affix rules."""

    source: str  # e.g. "tr_TR"
    encoding: str  # the .aff's SET (the loader decoded the files with it)
    flag_type: str  # "char" (one character a flag), "long" (two), "num" (comma-separated numbers)
    lower: Mapping[str, str]  # lower-case stem (a common word) -> its flags
    cased: Mapping[str, str]  # stem with a capital (a proper noun, an acronym) -> its flags
    suffixes: RuleIndex  # by the text the rule adds
    prefixes: RuleIndex
    cross: frozenset[str] = frozenset()  # flags of affix classes that combine ("SFX S Y 4")

    def flags(self, field: str) -> tuple[str, ...]:
        if self.flag_type == "num":
            return tuple(field.split(","))
        if self.flag_type == "long":
            return tuple(field[i:i + 2] for i in range(0, len(field), 2))
        return tuple(field)

    def forms(self, word: str, stems: Mapping[str, str]) -> bool:
        """``word`` is a stem of ``stems``, or that stem with one suffix or one prefix rule it
        carries, or with both when both rules combine (cross product "Y": en "de|tail|s")."""
        if word in stems or self._suffixed(word, stems):
            return True
        for k in range(1, len(word)):
            by_strip = self.prefixes.get(word[:k])
            for strip, by_flag in by_strip.items() if by_strip else ():
                inner = strip + word[k:]
                if self._root_carries(inner, by_flag, stems, suffix=False):
                    return True
                # hunspell tests a prefix's condition before it strips the suffix
                cross = frozenset(f for f, conds in by_flag.items()
                                  if f in self.cross and any(_meets(inner, c, False) for c in conds))
                if cross and self._suffixed(inner, stems, prefix_flags=cross):
                    return True
        return False

    def _suffixed(self, word: str, stems: Mapping[str, str], prefix_flags: frozenset[str] = frozenset()) -> bool:
        n = len(word)
        for k in range(0, n):  # the remainder keeps a letter (hunspell without FULLSTRIP)
            by_strip = self.suffixes.get(word[n - k:])
            for strip, by_flag in by_strip.items() if by_strip else ():
                if self._root_carries(word[:n - k] + strip, by_flag, stems, suffix=True, prefix_flags=prefix_flags):
                    return True
        return False

    def _root_carries(self, root: str, by_flag: Mapping[str, tuple[str, ...]], stems: Mapping[str, str],
                      suffix: bool, prefix_flags: frozenset[str] = frozenset()) -> bool:
        """``root`` is a stem carrying a rule of ``by_flag`` whose condition it meets (and, under a
        prefix, one of ``prefix_flags`` too, the suffix rule being a cross-product one)."""
        field = stems.get(root)
        if field is None:
            return False
        flags = self.flags(field)
        if prefix_flags and prefix_flags.isdisjoint(flags):
            return False
        for flag in flags:
            if prefix_flags and flag not in self.cross:
                continue
            for cond in by_flag.get(flag, ()):
                if _meets(root, cond, suffix):
                    return True
        return False


# A dictionary tells a rare name from a known word only if it lists names: kk_KZ (Debian
# hunspell-kk 1.1) has 395 capitalized stems of 54,063, and calls "Африка" a common word; the
# others list 3,421 (ru_RU) to 66,077 (sr_RS). A round floor between the two.
LISTS_NAMES_MIN = 1000


@dataclass(frozen=True)
class Lexicon:
    """The dictionaries of one language (sr: its Cyrillic and its Latin one)."""

    lang: str
    turkish_casing: bool
    dictionaries: tuple[Dictionary, ...]

    @property
    def lists_names(self) -> bool:
        """Whether its stems with a capital are enough to call a word missing from them no name
        (``LISTS_NAMES_MIN``)."""
        return sum(len(d.cased) for d in self.dictionaries) >= LISTS_NAMES_MIN

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(d.source for d in self.dictionaries)

    def lower(self, word: str) -> str:
        if self.turkish_casing:
            word = word.replace("I", "ı").replace("İ", "i")
        return word.replace("İ", "i").lower()  # Python: "İ".lower() is "i" + a combining dot

    def title(self, word: str) -> str:
        first = word[:1]
        if self.turkish_casing:
            first = {"i": "İ", "ı": "I"}.get(first, first)
        return first.upper() + self.lower(word[1:])

    def readings(self, word: str) -> tuple[str, ...]:
        """``_readings`` of the word as written, then of it with the diacritics its language may
        leave out folded (pack ``hunspell_folds``: tr «Vekâletle» / "vekaletle")."""
        folded = word.translate(_folds(self.lang))
        return _readings(word) + (_readings(folded) if folded != word else ())

    def common(self, word: str) -> bool:
        """A lower-case stem of the dictionary, or one with one of its affix rules, whatever
        case ``word`` is written in ("Güney", "EQUATOR"): a common word of the language."""
        return any(self._common(w) for w in self.readings(word))

    def proper(self, word: str) -> bool:
        """Known only with a capital (``capitalized``) and not a common word: a proper noun."""
        return not self.common(word) and self.capitalized(word)

    def translated(self, word: str) -> bool:
        """A common word never listed with a capital ("Declaration", «Bildirgesi»): written with one,
        it is a translated part of a name ("Declaration of Independence", «Bağımsızlık
        Bildirgesi»), which another language says in its own words. "Bush", "Turkey" are not."""
        return self.common(word) and not self.capitalized(word)

    def capitalized(self, word: str) -> bool:
        """A capitalized stem or one of its affixed forms, as written or title-cased ("MONTEVIDEO"),
        whether or not it is also a common word: "Turkey", "Japan", «Германия» (also a form of
        «германий», germanium), sr "Amsterdam" (also the stem of "amsterdamski") are both."""
        for w in self.readings(word):
            spellings = {w, self.title(w)}
            if any(d.forms(s, d.cased) for d in self.dictionaries for s in spellings):
                return True
        return False

    def _common(self, word: str) -> bool:
        w = self.lower(word)
        return any(d.forms(w, d.lower) for d in self.dictionaries)


@functools.lru_cache(maxsize=None)
def _folds(lang: str) -> dict[int, str]:
    """The pack's ``hunspell_folds`` as a ``str.translate`` table."""
    pack = _lang.get(lang)
    return str.maketrans(dict(pack.hunspell_folds)) if pack is not None else {}


def _readings(word: str) -> tuple[str, ...]:
    """The word (apostrophes as "'"), then the part before its first apostrophe ("Lyon's")."""
    w = _APOSTROPHES.sub("'", word.strip())
    head = w.split("'", 1)[0]
    return (w, head) if head and head != w else (w,) if w else ()


@functools.lru_cache(maxsize=4096)
def _condition(cond: str) -> tuple[re.Pattern, int]:
    """A rule's condition as a regex of its length in letters (each letter, "." or [class] one)."""
    units = re.findall(r"\[\^?[^\]]*\]|.", cond)
    parts = []
    for u in units:
        if u == ".":
            parts.append("(?s:.)")
        elif u.startswith("["):
            neg = u.startswith("[^")
            body = u[2:-1] if neg else u[1:-1]
            parts.append(("[^" if neg else "[") + "".join(re.escape(c) for c in body) + "]")
        else:
            parts.append(re.escape(u))
    return re.compile("".join(parts)), len(units)


def _meets(root: str, cond: str, suffix: bool) -> bool:
    """hunspell's condition: a pattern the end (suffix) or start (prefix) of the stem matches."""
    if cond == ".":
        return bool(root)
    pattern, n = _condition(cond)
    if len(root) < n:
        return False
    return pattern.fullmatch(root, len(root) - n) is not None if suffix else pattern.fullmatch(root, 0, n) is not None


def parse_hunspell(dic_text: str, aff_text: str, *, lang: str, source: str) -> Lexicon:
    """A Lexicon of one dictionary from the text of its .dic and .aff (decoded by the caller
    with the .aff's SET). Reads SET, FLAG, LANG, AF, SFX and PFX; ignores the rest."""
    encoding, flag_type, aff_lang = "ISO8859-1", "char", ""
    aliases: list[str] = []
    af_count = None  # the AF table's count line comes first, then one flag set a line
    rules: dict[str, dict[str, dict[str, dict[str, list[str]]]]] = {"SFX": {}, "PFX": {}}
    expect: dict[tuple[str, str], int] = {}  # (SFX|PFX, flag) -> rule lines still to come
    cross: set[str] = set()
    for line in aff_text.lstrip("\ufeff").splitlines():
        f = line.split()
        if not f or f[0].startswith("#"):
            continue
        key = f[0]
        if key == "SET" and len(f) > 1:
            encoding = f[1]
        elif key == "FLAG" and len(f) > 1:
            flag_type = {"long": "long", "num": "num"}.get(f[1], "char")  # "UTF-8": one character
        elif key == "LANG" and len(f) > 1:
            aff_lang = f[1]
        elif key == "AF" and len(f) > 1:
            if af_count is None and f[1].isdigit() and len(f) == 2:
                af_count = int(f[1])
            else:
                aliases.append(f[1])
        elif key in rules and len(f) >= 4:
            flag = f[1]
            if expect.get((key, flag), 0) > 0:
                expect[key, flag] -= 1
                strip = "" if f[2] == "0" else f[2]
                add = f[3].split("/", 1)[0]  # continuation flags: one rule a word here
                add = "" if add == "0" else add
                cond = f[4] if len(f) > 4 else "."
                rules[key].setdefault(add, {}).setdefault(strip, {}).setdefault(flag, []).append(cond)
            elif f[2] in ("Y", "N") and f[3].isdigit():
                expect[key, flag] = int(f[3])
                if f[2] == "Y":
                    cross.add(flag)
    lower, cased = _stems(dic_text, aliases, "," if flag_type == "num" else "")
    freeze = {kind: {add: {strip: {flag: tuple(c) for flag, c in by_flag.items()} for strip, by_flag in by_strip.items()}
                     for add, by_strip in table.items()} for kind, table in rules.items()}
    d = Dictionary(source=source, encoding=encoding, flag_type=flag_type, lower=lower, cased=cased,
                   suffixes=freeze["SFX"], prefixes=freeze["PFX"], cross=frozenset(cross))
    turkish = (aff_lang or lang).replace("-", "_").split("_")[0].lower() in _TURKIC_CASING
    return Lexicon(lang=lang, turkish_casing=turkish, dictionaries=(d,))


def _stems(dic_text: str, aliases: list[str], sep: str) -> tuple[dict[str, str], dict[str, str]]:
    """(lower-case stems, stems with a capital), each stem -> its flags (a homonym's joined).
    One loop with the rare cases checked once for the whole text: tr_TR has 371k stems."""
    lines = dic_text.lstrip("\ufeff").splitlines()
    if lines and lines[0].strip().isdigit():
        lines = lines[1:]  # the count
    if "\t" in dic_text or " " in dic_text:  # a morphological field
        lines = [_MORPH.split(x, 1)[0].strip() if "\t" in x or " " in x else x for x in lines]
    escaped = "\\/" in dic_text  # an escaped slash belongs to the stem
    lower: dict[str, str] = {}
    cased: dict[str, str] = {}
    for line in lines:
        if not line or line[0] == "#":
            continue
        stem, _, field = _split_escaped(line) if escaped and "\\/" in line else line.partition("/")
        if aliases and field.isdigit() and 0 < int(field) <= len(aliases):
            field = aliases[int(field) - 1]
        target = lower if stem == stem.lower() else cased
        old = target.get(stem)
        target[stem] = field if old is None else (old + sep + field if old and field else old or field)
    return lower, cased


def _split_escaped(line: str) -> tuple[str, str, str]:
    m = re.match(r"((?:\\/|[^/])*)(/?)(.*)", line)
    return m.group(1).replace("\\/", "/"), m.group(2), m.group(3)


def merge(lexicons: Iterable[Lexicon]) -> Lexicon | None:
    """One language's dictionaries as one Lexicon (sr: Cyrillic and Latin); None when none."""
    lexicons = list(lexicons)
    if not lexicons:
        return None
    return Lexicon(lang=lexicons[0].lang, turkish_casing=any(x.turkish_casing for x in lexicons),
                   dictionaries=tuple(d for x in lexicons for d in x.dictionaries))


# ---- the loader: the one place that reads dictionary files --------------------------------------------

def search_dirs() -> tuple[str, ...]:
    """``$WORKBENCH_HUNSPELL_DIRS`` (os.pathsep-separated), else /usr/share/hunspell."""
    env = os.environ.get(ENV_DIRS)
    return tuple(p for p in env.split(os.pathsep) if p) if env is not None else DEFAULT_DIRS


def _find(name: str, dirs: tuple[str, ...]) -> tuple[str, str] | None:
    for d in dirs:
        dic, aff = os.path.join(d, name + ".dic"), os.path.join(d, name + ".aff")
        if os.path.isfile(dic) and os.path.isfile(aff):
            return dic, aff
    return None


def _codec(aff_bytes: bytes) -> str:
    m = re.search(rb"^\s*SET\s+(\S+)", aff_bytes.lstrip(b"\xef\xbb\xbf"), re.M)
    name = m.group(1).decode("ascii", "replace") if m else "ISO8859-1"
    return _CODECS.get(name.lower(), name)


@functools.lru_cache(maxsize=None)
def _load(name: str, lang: str, dirs: tuple[str, ...]) -> Lexicon | None:
    found = _find(name, dirs)
    if found is None:
        return None
    try:
        with open(found[1], "rb") as f:
            aff = f.read()
        with open(found[0], "rb") as f:
            dic = f.read()
        codec = _codec(aff)
        return parse_hunspell(dic.decode(codec), aff.decode(codec), lang=lang, source=name)
    except (OSError, LookupError, UnicodeDecodeError):
        return None  # unreadable: as if missing; the signature says "none" for it


def lexicon(lang: str) -> Lexicon | None:
    """The common-word lexicon of a language from the hunspell dictionaries its pack names,
    found in ``search_dirs()``; None when it names none or none is installed (the checks then
    fall back to the words the run's documents write in lower case)."""
    pack = _lang.get(lang)
    return _merged(pack.code, search_dirs()) if pack is not None else None


@functools.lru_cache(maxsize=None)
def _merged(code: str, dirs: tuple[str, ...]) -> Lexicon | None:
    """Cached: the checks ask once per capitalized word."""
    names = _lang.get(code).hunspell
    return merge(x for x in (_load(name, code, dirs) for name in names) if x is not None)


@functools.lru_cache(maxsize=None)
def _digest(dic: str, aff: str, stamp: tuple) -> str:
    h = hashlib.sha256()
    for path in (dic, aff):
        with open(path, "rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                h.update(block)
    return h.hexdigest()[:12]


def lexicon_signature() -> dict[str, str]:
    """Per language, which dictionaries the checks read: "kk_KZ@<sha256 of .dic and .aff, 12 hex>"
    ("+"-joined for sr), or "none"."""
    dirs = search_dirs()
    out = {}
    for pack in _lang.packs():
        parts = []
        for name in pack.hunspell:
            found = _find(name, dirs)
            if found is None:
                continue
            try:
                stamp = tuple((os.stat(p).st_size, os.stat(p).st_mtime_ns) for p in found)
                parts.append(f"{name}@{_digest(*found, stamp)}")
            except OSError:
                continue
        out[pack.code] = "+".join(parts) or "none"
    return out
