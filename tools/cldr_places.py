"""Build the language packs' CLDR place tables (development only; babel is not a runtime dependency).

Country and region names (CLDR ``territories``) and the cities CLDR names in time-zone
data (``exemplarCity``: Belgrade / Belgrad / Београд) for each pack's language, keyed by
the English name. Only one-word names are kept: the gazetteer matches one word at a time.
Prints one Python block per language, to paste into ``workbench/lang/<code>.py``::

    pip install babel==2.19.0 && python tools/cldr_places.py kk tr bg ru sr en
"""
from __future__ import annotations

import sys
import zoneinfo

import babel
from babel import Locale
from babel.core import get_cldr_version
from babel.dates import get_timezone_location

_SKIP = {"ZZ", "EU", "EZ", "UN", "QO", "XA", "XB", "001"}  # unknown, unions, pseudo-locales, "World"
_LETTERS_MIN = 3  # shorter names ("Of") begin or are common words too often; three letters keep the
# cities a Cyrillic or Serbian text writes short («Рим», «Беч»: Rome and Vienna, eval/real_pairs.py seed
# 101), matched whole or with an inflection only (names.place_key)


def _one_word(name: str) -> str | None:
    name = name.strip()
    if not name or any(c in name for c in " -()&.,/’'") or len(name) < _LETTERS_MIN:
        return None
    return name.lower()


def places(locale: str) -> dict[str, list[str]]:
    """English one-word (or not) name -> this locale's one-word names, territories then cities."""
    loc, en = Locale.parse(locale), Locale.parse("en")
    out: dict[str, list[str]] = {}
    taken: set[str] = set()
    for code, name in sorted(loc.territories.items()):
        canon = en.territories.get(code)
        word = _one_word(name)
        if code in _SKIP or canon is None or word is None or "-alt-" in code or word in taken:
            continue  # a word two territories share ("Kongo") names neither
        taken.add(word)
        out.setdefault(canon, []).append(word)
    for zone in sorted(zoneinfo.available_timezones()):
        if "/" not in zone or zone.startswith(("Etc/", "SystemV/", "US/", "Antarctica/")):
            continue
        # a city the locale does not name falls back to its English name: the spelling
        # a Latin-script language keeps, never one a Cyrillic text writes
        word = _one_word(get_timezone_location(zone, locale=locale, return_city=True))
        canon = get_timezone_location(zone, locale="en", return_city=True)
        if word is None or word in taken:
            continue
        if _script(word) != _script(next(iter(loc.territories.values()))):
            continue
        taken.add(word)
        out.setdefault(canon, []).append(word)
    return out


def _script(word: str) -> str:
    return "Cyrl" if any("\u0400" <= c <= "\u04ff" for c in word) else "Latn"


def main(argv: list[str]) -> None:
    for code in argv:
        locale = {"sr": "sr_Latn"}.get(code, code)  # the sr pack spells its tables in Latin
        table = places(locale)
        print(f"# CLDR {get_cldr_version()} (babel {babel.__version__}, locale {locale}): one-word territory names "
              "and time-zone exemplar cities,\n# built by tools/cldr_places.py")
        print("CLDR_PLACES = {")
        line = "   "
        for canon in sorted(table):
            item = f" {canon!r}: {tuple(table[canon])!r},"
            if len(line) + len(item) > 110:
                print(line)
                line = "   "
            line += item
        print(line)
        print("}")


if __name__ == "__main__":
    main(sys.argv[1:])
