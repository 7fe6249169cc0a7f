"""Reviewer decisions: accept or reject a claim link, dismiss a flag; kept in a TSV meant to be committed.

The file is ``alignments/<corpus>.review.tsv`` with the columns ``action id target note date``.
For a link the target holds its two sentence ids ("kk1:3 tr1:5"), so a rejection is
honoured even after the link stops appearing (which is the point of rejecting it); for a
flag it holds the flag's kind, claim and values, so a person reading the file knows what
was dismissed. A later line for the same id replaces an earlier one.

How ``workbench run`` uses this module, in order:

1. ``decisions = read_decisions(text)`` of the review file (no file → ``[]``).
2. ``rejected, accepted = link_constraints(decisions, previous_claims_or_[])`` before claim
   alignment: sentence pairs (sorted tuples) to keep apart / to join.
3. after the flag stage: ``flags = apply_flag_decisions(flags, decisions)``.
4. ``link_reviews(decisions)`` → ``{link id: {"review", "note"}}`` for ``build_report``.
5. once the report dict exists: ``report["review"] = review_section(decisions, report)``,
   whose ``unmatched`` (from ``unmatched()``) the CLI prints as warnings.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, replace

from .errors import ConfigError, InputError
from .records import Flag, link_id

ACTIONS = ("accept", "reject", "dismiss")
LINK_ACTIONS = ("accept", "reject")
COLUMNS = ("action", "id", "target", "note", "date")
HEADER = "\t".join(COLUMNS)
_PAIR = re.compile(r"(\S.*:\d+) (\S.*:\d+)\Z")  # two sentence ids "<doc>:<index>"; doc ids may hold spaces
_BREAKS = re.compile(r"[\t\r\n\v\f\x1c-\x1e\x85\u2028\u2029]")


@dataclass(frozen=True)
class Decision:
    action: str  # "accept" | "reject" (link ids) | "dismiss" (flag ids)
    id: str
    target: str  # links: "sentA sentB"; flags: kind, claim and values, for humans
    note: str
    date: str  # ISO date the decision was made

    @property
    def pair(self) -> tuple[str, str] | None:
        """The link's two sentence ids, sorted; None for flag decisions or a target that names none."""
        if self.action not in LINK_ACTIONS:
            return None
        m = _PAIR.match(self.target)
        return tuple(sorted(m.groups())) if m else None  # type: ignore[return-value]


def _clean(text: str | None) -> str:
    return _BREAKS.sub(" ", text or "").strip()


def check_decision(d: Decision) -> str | None:
    """What is wrong with a decision, or None."""
    if d.action not in ACTIONS:
        return f"unknown action {d.action!r}: valid actions are {', '.join(ACTIONS)}"
    if not d.id:
        return "empty id"
    if d.action in LINK_ACTIONS:
        if not d.id.startswith("l-"):
            return f"{d.action} applies to link ids (l-…), not {d.id!r}; use dismiss for flags"
        if d.target:
            if d.pair is None:
                return f"target {d.target!r} is not two sentence ids like 'kk1:3 tr1:5'"
            if link_id(*d.pair) != d.id:
                return f"target {d.target!r} is not the pair of link {d.id} (its id would be {link_id(*d.pair)})"
    elif not d.id.startswith("f-"):
        return f"dismiss applies to flag ids (f-…), not {d.id!r}; use accept/reject for links"
    return None


def read_decisions(text: str, name: str = "review decisions") -> list[Decision]:
    """Parse the review TSV; blank lines and ``#`` comments are skipped, the header is optional."""
    out = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#") or line.rstrip("\r") == HEADER:
            continue
        cells = line.rstrip("\r").split("\t")
        if len(cells) != len(COLUMNS):
            raise InputError(f"{name} line {n}", f"expected {len(COLUMNS)} tab-separated columns "
                                                 f"({', '.join(COLUMNS)}), found {len(cells)}")
        d = Decision(*(c.strip() for c in cells))
        problem = check_decision(d)
        if problem:
            raise InputError(f"{name} line {n}", problem)
        out.append(d)
    return out


def format_decisions(decisions: list[Decision]) -> str:
    """The TSV text, header first; fields cleaned of tabs and line breaks."""
    lines = [HEADER] + ["\t".join(_clean(getattr(d, c)) for c in COLUMNS) for d in decisions]
    return "\n".join(lines) + "\n"


def add_decision(decisions: list[Decision], action: str, id: str, target: str, note: str,
                 date: str) -> list[Decision]:
    """A new list with this decision appended and any earlier one on the same id dropped."""
    d = Decision(action, _clean(id), _clean(target), _clean(note), _clean(date))
    problem = check_decision(d)
    if problem:
        raise ConfigError(problem)
    return [x for x in decisions if x.id != d.id] + [d]


def latest(decisions: list[Decision]) -> list[Decision]:
    """One decision per id, the last one written, in file order."""
    last = {d.id: d for d in decisions}
    return [d for d in decisions if last[d.id] is d]


def _claim_links(report_or_claims) -> dict[str, tuple[str, str]]:
    """Link id → sorted sentence pair, from a report dict, claim dicts or ``records.Claim``s."""
    claims = report_or_claims.get("claims", []) if isinstance(report_or_claims, dict) else report_or_claims or []
    out = {}
    for c in claims:
        links = c.get("links", []) if isinstance(c, dict) else c.links
        for link in links or ():
            a, b = (link["a"], link["b"]) if isinstance(link, dict) else link[:2]
            out[link_id(a, b)] = tuple(sorted((a, b)))
    return out


def link_constraints(decisions: list[Decision], report_or_claims=None
                     ) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """(rejected, accepted) sentence pairs, each a sorted tuple of two sentence ids.

    The pair comes from the decision's target; a decision without one is resolved through
    the links of ``report_or_claims`` (a report dict, its claims, or ``records.Claim``s).
    """
    known = None
    rejected, accepted = set(), set()
    for d in latest(decisions):
        if d.action not in LINK_ACTIONS:
            continue
        pair = d.pair
        if pair is None:
            known = _claim_links(report_or_claims) if known is None else known
            pair = known.get(d.id)
        if pair is not None:
            (rejected if d.action == "reject" else accepted).add(pair)
    return rejected, accepted


def apply_flag_decisions(flags: list[Flag], decisions: list[Decision]) -> list[Flag]:
    """Flags with the dismissed ones marked ``dismissed=True`` and carrying the reviewer's note."""
    dismissed = {d.id: d for d in latest(decisions) if d.action == "dismiss"}
    return [replace(f, dismissed=True, note=dismissed[f.id].note or None) if f.id in dismissed else f
            for f in flags]


def link_reviews(decisions: list[Decision]) -> dict[str, dict]:
    """``{link id: {"review": "accepted"|"rejected", "note": ...}}`` for the report's claim links."""
    word = {"accept": "accepted", "reject": "rejected"}
    return {d.id: {"review": word[d.action], "note": d.note or None}
            for d in latest(decisions) if d.action in LINK_ACTIONS}


def unmatched(decisions: list[Decision], report: dict) -> list[Decision]:
    """Decisions that no longer apply to anything in ``report``.

    A flag decision matches when its flag id is in the report. A link decision matches
    when its link is in the report, or when both of its sentences still exist (a rejected
    link is expected to be gone; the constraint still holds while its sentences do).
    """
    flag_ids = {f["id"] for f in report.get("flags", [])}
    links = _claim_links(report)
    sentences = {s["id"] for d in report.get("documents", []) for s in d.get("sentences", [])}
    out = []
    for d in latest(decisions):
        if d.action == "dismiss":
            ok = d.id in flag_ids
        else:
            pair = d.pair
            ok = d.id in links or (pair is not None and pair[0] in sentences and pair[1] in sentences)
        if not ok:
            out.append(d)
    return out


def decision_dict(d: Decision) -> dict:
    """A decision as the report's ``review`` entries hold it."""
    return asdict(d)


def review_section(decisions: list[Decision], report: dict) -> dict:
    """The report's ``review`` object: decisions applied and those matching nothing."""
    missing = unmatched(decisions, report)
    gone = {d.id for d in missing}
    return {"applied": [decision_dict(d) for d in latest(decisions) if d.id not in gone],
            "unmatched": [decision_dict(d) for d in missing]}


def flag_target(flag: dict) -> str:
    """A human-readable description of a flag for the review file's target column."""
    values = ", ".join(f"{e['sentence']}={e.get('value') if e.get('value') is not None else e['surface']}"
                       for e in flag["evidence"])
    return _clean(f"{flag['kind']} {flag['severity']} claim {flag.get('claim') or '-'}: {values}")


def target_for(report: dict, id: str) -> tuple[str, str] | None:
    """(kind, target) for an id of ``report``: ("link", "sentA sentB") or ("flag", description); None if unknown."""
    for f in report.get("flags", []):
        if f["id"] == id:
            return "flag", flag_target(f)
    pair = _claim_links(report).get(id)
    if pair is not None:
        return "link", " ".join(pair)
    return None
