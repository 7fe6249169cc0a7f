"""Fact kinds as declared components: how each kind is compared, shown and serialized.

The consistency checker and the report ask this registry (``KINDS``) instead of
branching on ``fact.kind``; a new kind is one ``FactKind`` entry. Extraction stays
in the extractors (``facts/__init__``), which run in a fixed order (dates before
numbers: a year is not a count).

* ``compatible(a, b)`` — whether two facts of the kind can both be true of one thing
  (``values``: quantity intervals, date spans, name keys).
* ``distance(a, b)`` — how far apart, to pair the closest leftovers.
* ``show(f)`` — the value in English for a flag message; ``phrase(f)`` — with what it
  counts, for the report's fact chips; ``subject(unit)`` — what disagreeing values are
  about ("the number of companies").
* ``fields`` — the ``Fact`` fields the report carries for the kind beyond
  kind/start/end/surface/value (``to_json``/``from_json``); every detail of a fact is a
  typed ``Fact`` field declared here, never an ad-hoc dict. A report written before a
  field existed reads back with the field's default.
* ``corroborated`` — whether a fact of the kind that no other source gives is worth
  a single-source note (names are not: sources name different people in passing).
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from ..records import Fact
from . import display, values


@dataclass(frozen=True)
class FactKind:
    name: str
    compatible: Callable[[Fact, Fact], bool]
    distance: Callable[[Fact, Fact], float]
    show: Callable[[Fact], str]
    phrase: Callable[[Fact], str]
    subject: Callable[[str | None], str]
    fields: tuple[str, ...]
    corroborated: bool
    valid: Callable[[Fact], bool] = lambda f: True


def _numeric(f: Fact) -> bool:
    try:
        float(f.value)
    except (TypeError, ValueError):
        return False
    return True


KINDS: dict[str, FactKind] = {k.name: k for k in (
    FactKind("quantity", values.quantities_compatible, values.quantity_distance, display.show_quantity,
             display.quantity_phrase, display.quantity_subject,
             ("unit", "hedge", "low", "high", "range_high", "alt", "noun", "ago", "words"), True,
             valid=_numeric),
    FactKind("date", values.dates_compatible, values.date_distance, display.show_date, display.date_phrase,
             lambda unit: "a date", ("hedge", "date_end", "relative"), True),
    FactKind("name", values.keys_compatible, values.key_distance, display.show_text, display.name_phrase,
             lambda unit: "who or where", ("gazetteer",), False),
    FactKind("title", values.keys_compatible, values.key_distance, display.show_text, display.title_phrase,
             lambda unit: "a title", (), True),
)}


class UnknownKind(ValueError):
    pass


def kind(name: str) -> FactKind:
    """The registered kind, or an error naming every supported one."""
    try:
        return KINDS[name]
    except KeyError:
        raise UnknownKind(f"unknown fact kind {name!r}: supported are {', '.join(KINDS)}") from None


def compatible(a: Fact, b: Fact) -> bool:
    """Whether two facts can both be true of the same thing (never across kinds)."""
    return a.kind == b.kind and kind(a.kind).compatible(a, b)


def distance(a: Fact, b: Fact) -> float:
    return kind(a.kind).distance(a, b)


def show(f: Fact) -> str:
    return kind(f.kind).show(f)


def phrase(f: Fact) -> str:
    return kind(f.kind).phrase(f)


def subject(name: str, unit: str | None = None) -> str:
    return kind(name).subject(unit)


def usable(f: Fact) -> bool:
    """A fact of a registered kind whose value the kind can compare."""
    return f.kind in KINDS and KINDS[f.kind].valid(f)


_COMMON = ("kind", "start", "end", "surface", "value")


def to_json(f: Fact) -> dict:
    """The report's form of a fact: the common fields and those its kind declares."""
    return {**{k: getattr(f, k) for k in _COMMON}, **{k: getattr(f, k) for k in kind(f.kind).fields}}


def from_json(d: Mapping, sentence: str = "") -> Fact:
    """A fact back from the report (``to_json``); fields its kind does not declare are ignored."""
    k = kind(d["kind"])
    return Fact(kind=k.name, sentence=sentence, start=d.get("start", 0), end=d.get("end", 0),
                surface=d.get("surface", ""), value=d["value"], **{f: d[f] for f in k.fields if f in d})
