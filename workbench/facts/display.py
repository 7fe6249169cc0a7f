"""A fact in plain English: the one place flag messages and the report's fact chips get their words.

Facts come from kk/tr/bg/en text, but a reviewer may read none of those languages,
so every value is shown in English: hedge words ("more than 60"), dates spelt out
("27 February 2026"), ranges ("10–40"), and the counted unit in the plural when it
is not one ("60 companies", "10 memoranda"). "Less than" and "fewer than" follow
English usage: fewer of what is counted, less of what is measured (``MEASURES``).
"""
from __future__ import annotations

from ..records import Fact
from .lexicon import ORDINAL

HEDGE_WORDS = {"exact": "", "about": "about", "more_than": "more than", "less_than": "less than",
               "up_to": "up to", "at_least": "at least"}
_IRREGULAR = {"memorandum": "memoranda", "person": "people", "child": "children", "man": "men",
              "woman": "women", "criterion": "criteria", "phenomenon": "phenomena", "datum": "data",
              "percent": "percent", "foot": "feet", "tooth": "teeth", "mouse": "mice",
              "species": "species", "series": "series", "sheep": "sheep", "fish": "fish"}
# Units that measure rather than count: "an amount in kilometres", not "the number of".
MEASURES = {"percent", "kilometre", "kilometer", "metre", "meter", "mile", "kilogram", "gram",
            "tonne", "ton", "litre", "liter", "degree", "dollar", "euro", "tenge", "lira", "lev",
            "pound", "ruble", "yen", "hectare", "second", "minute", "hour", "day", "week", "month",
            "year", "decade", "century", "centimetre", "centimeter", "millimetre", "millimeter",
            "square kilometre", "square kilometer", "foot", "inch", "watt", "megawatt", "volt"}
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


def plural(noun: str) -> str:
    words = noun.split()
    last = words[-1]
    if last in _IRREGULAR:
        out = _IRREGULAR[last]
    elif last.endswith("y") and len(last) > 1 and last[-2] not in "aeiou":
        out = last[:-1] + "ies"
    elif last.endswith(("s", "x", "z", "ch", "sh")):
        out = last + "es"
    else:
        out = last + "s"
    return " ".join(words[:-1] + [out])


def hedge_words(hedge: str, unit: str | None = None) -> str:
    """The English words of a hedge; "fewer than" for what is counted."""
    if hedge == "less_than" and unit and unit not in MEASURES:
        return "fewer than"
    return HEDGE_WORDS.get(hedge, hedge.replace("_", " "))


def show_number(v: float) -> str:
    if float(v).is_integer():
        return f"{int(v):,}".replace(",", " ") if abs(v) >= 10000 else str(int(v))
    return f"{v:g}"


def show_day(value: str) -> str:
    """"2026-02-27" -> "27 February 2026"; "2026-02" -> "February 2026"; anything else as it is."""
    parts = str(value).split("-")
    try:
        if len(parts) >= 3:
            return f"{int(parts[2])} {MONTHS[int(parts[1]) - 1]} {int(parts[0])}"
        if len(parts) == 2:
            return f"{MONTHS[int(parts[1]) - 1]} {int(parts[0])}"
    except (ValueError, IndexError):
        return str(value)
    return str(value)


def show_quantity(f: Fact) -> str:
    """"more than 60", "10–40" (a stated range), "about 1.5"."""
    try:
        v = float(f.value)
    except (TypeError, ValueError):
        return str(f.value)
    if f.hedge == "exact" and f.range_high is not None:  # as stated: a range "10–40", a score "7–5"
        return f"{show_number(v)}–{show_number(float(f.range_high))}"
    if f.hedge == "exact" and f.low is not None and f.high is not None and f.high != f.low:
        return f"{show_number(float(f.low))}–{show_number(float(f.high))}"
    return f"{hedge_words(f.hedge, f.unit)} {show_number(v)}".strip()


def show_date(f: Fact) -> str:
    text = show_day(str(f.value))
    if f.date_end and f.date_end != f.value:
        text = f"{text} – {show_day(str(f.date_end))}"
    return f"{hedge_words(f.hedge)} {text}".strip()


def show_text(f: Fact) -> str:
    """Names and titles as the source wrote them."""
    return f"«{f.surface}»" if f.surface else str(f.value)


def quantity_phrase(f: Fact) -> str:
    """"more than 60 companies", "1 company", "12 percent"."""
    if not f.unit:
        return show_quantity(f)
    if f.unit == ORDINAL:
        return f"{hedge_words(f.hedge)} {_ordinal_words(f.value)}".strip()
    one = f.hedge == "exact" and _is_one(f.value) and (f.high is None or f.high == f.low)
    noun = f.unit if one or f.unit == "percent" else plural(f.unit)
    return f"{show_quantity(f)} {noun}"


def _ordinal_words(v) -> str:
    """"114th", "1st", "12th": the English ordinal of a figure."""
    try:
        n = int(float(v))
    except (TypeError, ValueError):
        return str(v)
    ending = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{ending}"


def _is_one(v) -> bool:
    try:
        return float(v) == 1
    except (TypeError, ValueError):
        return False


def date_phrase(f: Fact) -> str:
    text = show_date(f)
    return f"{text} (resolved from a relative date)" if f.relative else text


def name_phrase(f: Fact) -> str:
    """A name's cross-script key, capitalized: readable in English whatever the script."""
    return str(f.value).title()


def title_phrase(f: Fact) -> str:
    return f"«{f.value}»"


def quantity_subject(unit: str | None) -> str:
    """What the numbers are about, for "Sources disagree on …"."""
    if unit is None:
        return "a figure"
    if unit == ORDINAL:
        return "a position in order (rank, anniversary)"
    if unit in MEASURES:
        return f"an amount in {plural(unit)}"
    return f"the number of {plural(unit)}"
