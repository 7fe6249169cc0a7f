"""Reviewer decisions: accept or reject a claim link, dismiss a flag; kept in a TSV meant to be committed.

The file is ``alignments/<corpus>.review.tsv`` with the columns ``action id target note date``.
It is edited by hand too: ``#`` comments, blank lines and line order survive every update
(``with_decision``). Characters that would break a line or hide themselves (tab, newline,
bidi controls, zero-width marks) are written as ``\\u000a``-style escapes and read back
exactly, so an id made from any file name can be reviewed.
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

import codecs
import datetime as _dt
import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass, replace

from .display import code_point, hidden_re
from .encoding import split_lines
from .errors import ConfigError, InputError
from .records import Flag, link_id

ACTIONS = ("accept", "reject", "dismiss")
LINK_ACTIONS = ("accept", "reject")
COLUMNS = ("action", "id", "target", "note", "date")
HEADER = "\t".join(COLUMNS)
_SENTENCE = re.compile(r".*:\d+\Z", re.S)  # a sentence id "<doc>:<index>"; doc ids may hold spaces, even be empty
_BREAKS = re.compile(r"[\t\r\n\v\f\x1c-\x1e\x85\u2028\u2029]")
_ESCAPE = re.compile(r"\\(\\|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8})")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
CORPUS_FOLDER = "# corpus folder: "  # comment line naming the folder the decisions were made for
MAX_CORPUS_NAME = 200  # bytes; with ".review.tsv" it stays under the usual 255-byte file name limit
MAX_TARGET = 4096  # characters; two sentence ids are far shorter, and splitting a longer one costs n²


@dataclass(frozen=True)
class Decision:
    action: str  # "accept" | "reject" (link ids) | "dismiss" (flag ids)
    id: str
    target: str  # links: "sentA sentB"; flags: kind, claim and values, for humans
    note: str
    date: str  # ISO date the decision was made

    @property
    def pair(self) -> tuple[str, str] | None:
        """The link's two sentence ids, sorted; None for flag decisions or a target that names none.

        Sentence ids may hold spaces, so every split at a space is tried: the one whose
        link id is this decision's wins, else the first that reads as two sentence ids.
        """
        if self.action not in LINK_ACTIONS:
            return None
        splits = sentence_splits(self.target, " ")
        for a, b in splits:
            if link_id(a, b) == self.id:
                return tuple(sorted((a, b)))  # type: ignore[return-value]
        return tuple(sorted(splits[0])) if splits else None  # type: ignore[return-value]


def sentence_splits(text: str, sep: str) -> list[tuple[str, str]]:
    """Every way to cut ``text`` at one ``sep`` into two sentence ids ("doc:n")."""
    out = []
    for i, ch in enumerate(text):
        if ch == sep and _SENTENCE.match(text[:i]) and _SENTENCE.match(text[i + 1:]):
            out.append((text[:i], text[i + 1:]))
    return out


def _clean(text: str | None) -> str:
    return _BREAKS.sub(" ", text or "").strip()


def escape_field(text: str) -> str:
    """A TSV cell: backslash doubled, every hidden character (tab and newline included) as ``\\uXXXX``."""
    return hidden_re().sub(lambda m: code_point(m.group()), text.replace("\\", "\\\\"))


def unescape_field(text: str) -> str:
    """The inverse of ``escape_field``; a backslash not starting an escape stays as it is."""
    def one(m: re.Match) -> str:
        code = m.group(1)
        if code == "\\":
            return "\\"
        cp = int(code[1:], 16)
        return chr(cp) if cp <= 0x10FFFF else m.group()
    return _ESCAPE.sub(one, text)


def check_corpus_name(name: str) -> str | None:
    """What makes ``name`` unfit to name ``<corpus>.review.tsv`` inside the alignments folder, or None."""
    if not name:
        return "the corpus name is empty"
    if "/" in name or "\\" in name:
        return f"corpus name {name!r} holds a path separator; give a plain name like 'seeds'"
    if ".." in name or name.startswith("."):
        return f"corpus name {name!r} starts with a dot or holds '..'; give a plain name like 'seeds'"
    if hidden_re().search(name):
        return f"corpus name {name!r} holds control or invisible characters"
    if len(name.encode("utf-8", "surrogatepass")) > MAX_CORPUS_NAME:
        return f"corpus name is longer than {MAX_CORPUS_NAME} bytes"
    return None


def _check_date(value: str, today: _dt.date | None) -> str | None:
    try:
        day = _dt.date.fromisoformat(value) if _DATE.match(value) else None
    except ValueError:
        day = None
    if day is None:
        return f"date {value!r} is not a calendar date YYYY-MM-DD"
    if today is not None and day > today + _dt.timedelta(days=1):  # a day of slack for time zones
        return f"date {value} is in the future"
    return None


def check_decision(d: Decision, today: _dt.date | None = None) -> str | None:
    """What is wrong with a decision, or None; ``today`` given, a decision may not be dated later."""
    if d.action not in ACTIONS:
        return f"unknown action {d.action!r}: valid actions are {', '.join(ACTIONS)}"
    if not d.id:
        return "empty id"
    if len(d.target) > MAX_TARGET:
        return f"target is longer than {MAX_TARGET} characters"
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
    return _check_date(d.date, today)


def decode(data: bytes, name: str) -> str:
    """The review file's bytes as text: UTF-8, a leading BOM dropped; else an error naming the line."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        raise InputError(f"{name} line {line}", f"not UTF-8 text (byte 0x{data[e.start]:02x}); "
                                                "save the file as UTF-8") from None


def _split_lines(text: str) -> list[str]:
    """Lines as an editor numbers them (``encoding.split_lines``: LF, CRLF or a lone CR; a stray
    form feed stays in its line), a leading BOM dropped."""
    return split_lines(text.lstrip("\ufeff"))


def _lines(text: str, name: str, today: _dt.date | None) -> Iterator[tuple[str, Decision | None]]:
    """Each line of the file with its decision (None for blank, comment and header lines), checked."""
    for n, line in enumerate(_split_lines(text), 1):
        if not line.strip() or line.startswith("#") or line == HEADER:
            yield line, None
            continue
        cells = line.split("\t")
        if len(cells) != len(COLUMNS):
            raise InputError(f"{name} line {n}", f"expected {len(COLUMNS)} tab-separated columns "
                                                 f"({', '.join(COLUMNS)}), found {len(cells)}")
        d = Decision(*(unescape_field(c.strip()) for c in cells))
        problem = check_decision(d, today)
        if problem:
            raise InputError(f"{name} line {n}", problem)
        yield line, d


def read_decisions(text: str | bytes, name: str = "review decisions",
                   today: _dt.date | None = None) -> list[Decision]:
    """Parse the review TSV; blank lines and ``#`` comments are skipped, the header is optional."""
    if isinstance(text, bytes):
        text = decode(text, name)
    return [d for _, d in _lines(text, name, today) if d is not None]


def corpus_folder(text: str) -> str | None:
    """The folder named by the file's ``# corpus folder:`` comment (relative to the file's folder), if any."""
    for line in _split_lines(text):
        if line.startswith(CORPUS_FOLDER):
            return unescape_field(line[len(CORPUS_FOLDER):].strip()) or None
    return None


def _row(d: Decision) -> str:
    return "\t".join(escape_field(getattr(d, c)) for c in COLUMNS)


def format_decisions(decisions: list[Decision]) -> str:
    """The TSV text, header first; one line per decision whatever its fields hold."""
    return "\n".join([HEADER] + [_row(d) for d in decisions]) + "\n"


def new_decision(action: str, id: str, target: str, note: str, date: str) -> Decision:
    """A checked decision; the note loses its line breaks, the target is kept exactly."""
    d = Decision(action, id, target, _clean(note), _clean(date))
    problem = check_decision(d)
    if problem:
        raise ConfigError(problem)
    return d


def add_decision(decisions: list[Decision], action: str, id: str, target: str, note: str,
                 date: str) -> list[Decision]:
    """A new list with this decision appended and any earlier one on the same id dropped."""
    d = new_decision(action, id, target, note, date)
    return [x for x in decisions if x.id != d.id] + [d]


def with_decision(text: str, d: Decision, name: str = "review decisions", corpus_folder_line: str = "") -> str:
    """The file's text with ``d`` appended and earlier lines on its id removed.

    Comments, blank lines and the order of everything else are kept. A new (empty) file
    starts with ``corpus_folder_line`` (a ``# corpus folder:`` comment) and the header.
    """
    kept = [line for line, old in _lines(text, name, None) if old is None or old.id != d.id]
    if not any(line.strip() for line in kept):
        kept = ([corpus_folder_line] if corpus_folder_line else []) + [HEADER]
    return "\n".join(kept + [_row(d)]) + "\n"


def without_decision(text: str, id: str, name: str = "review decisions") -> tuple[str, list[Decision]]:
    """The file's text with every line deciding ``id`` removed (an undo), and the decisions removed.

    Comments, blank lines and the order of everything else are kept, as in ``with_decision``.
    """
    kept, removed = [], []
    for line, d in _lines(text, name, None):
        if d is not None and d.id == id:
            removed.append(d)
        else:
            kept.append(line)
    return ("\n".join(kept) + "\n" if kept else ""), removed


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
    return f"{flag['kind']} {flag['severity']} claim {flag.get('claim') or '-'}: {values}"


def target_for(report: dict, id: str) -> tuple[str, str] | None:
    """(kind, target) for an id of ``report``: ("link", "sentA sentB") or ("flag", description); None if unknown."""
    for f in report.get("flags", []):
        if f["id"] == id:
            return "flag", flag_target(f)
    pair = _claim_links(report).get(id)
    if pair is not None:
        return "link", " ".join(pair)
    return None
