"""``workbench review accept|reject|dismiss ID --note TEXT`` and ``workbench review list``.

Decisions go to ``<alignments>/<corpus>.review.tsv`` (a file meant to be committed); the
next ``workbench run`` applies them. The id is looked up in the report to fill the
target column, so the file stays readable and a rejected link stays split.

The file's path is always built here from the alignments folder and a checked corpus
name, never read from report.json (which anyone can hand us). The report only says where
the run that made it read its decisions; a mismatch is refused rather than written to a
file the next run would not read.
"""
from __future__ import annotations

import datetime as _dt
import os
import sys

from .. import review
from ..display import reveal
from ..errors import ConfigError, InputError
from ..inputs import read_regular
from ..io import locked_folder, write_atomic
from ..records import link_id

DEFAULT_REPORT = os.path.join("out", "report.json")
DEFAULT_ALIGNMENTS = "alignments"
MAX_REVIEW_BYTES = 256 << 20  # decisions are a line each: far more than any review will hold


def add_parser(sub) -> None:
    p = sub.add_parser("review", help="accept/reject a claim link or dismiss a flag; list decisions")
    p.add_argument("action", choices=(*review.ACTIONS, "list"),
                   help="accept|reject a link id (l-…), dismiss a flag id (f-…), or list the decisions")
    p.add_argument("id", nargs="?", help="link or flag id, as shown in report.html / flags.tsv; "
                   "or SENT_A+SENT_B to accept or reject a link between two sentences the aligner did not link")
    p.add_argument("--note", default="", help="why (kept in the decisions file)")
    p.add_argument("--report", default=DEFAULT_REPORT, metavar="REPORT_JSON",
                   help=f"report the id comes from (default: {DEFAULT_REPORT})")
    p.add_argument("--corpus", help="corpus name (default: the one the report's run used)")
    p.add_argument("--alignments", default=None, metavar="DIR",
                   help=f"folder of <corpus>.review.tsv files (default: {DEFAULT_ALIGNMENTS}/)")
    p.set_defaults(func=run)


def review_path(alignments: str, corpus: str) -> str:
    """``<alignments>/<corpus>.review.tsv``, absolute; the name checked so the path cannot leave the folder."""
    problem = review.check_corpus_name(corpus)
    if problem:
        raise ConfigError(f"{problem} (--corpus NAME)")
    return os.path.join(os.path.realpath(alignments), f"{corpus}.review.tsv")


def corpus_name(report: dict) -> str | None:
    """The folder the report's inputs came from (what `workbench run` names its decisions file after)."""
    folders = {os.path.basename(os.path.dirname(os.path.abspath(d["path"]))) for d in report.get("documents", [])}
    return folders.pop() if len(folders) == 1 else None


def decisions_path(args, report: dict | None) -> str:
    recorded = (report or {}).get("review") or {}
    name = args.corpus if args.corpus is not None else (
        recorded.get("corpus") or (corpus_name(report) if report is not None else None))
    if name is None:
        raise ConfigError("cannot tell which corpus this is: give --corpus NAME (the input folder's name, e.g. seeds) "
                          "or --report DIR/report.json")
    path = review_path(args.alignments or DEFAULT_ALIGNMENTS, name)
    used = recorded.get("file")
    if args.alignments is None and isinstance(used, str) and os.path.isabs(used) \
            and os.path.dirname(used) != os.path.dirname(path):
        raise ConfigError(f"the run that made {args.report} read its decisions from {reveal(os.path.dirname(used))}, "
                          f"not {os.path.dirname(path)}: run from that folder or give --alignments DIR")
    return path


def read_review_file(path: str) -> tuple[str, list[review.Decision]]:
    """The review file's text and decisions ('' and [] when there is none); errors name the file and line."""
    if os.path.islink(path):
        raise InputError(path, "is a symbolic link; the review file must be a regular file in the alignments folder")
    try:
        data = read_regular(path, MAX_REVIEW_BYTES)
    except FileNotFoundError:
        return "", []
    except OSError as e:
        raise InputError(path, f"cannot read ({e.strerror or e})") from None
    text = review.decode(data, path)
    return text, review.read_decisions(text, name=path, today=_dt.date.today())


def _load(path: str, required: bool) -> dict | None:
    from .report import load_report

    if not required and not os.path.exists(path):
        return None
    return load_report(path)


def run(args) -> int:
    if args.action == "list":
        report = _load(args.report, required=False)
        path = decisions_path(args, report)
        decisions = review.latest(read_review_file(path)[1])
        if not decisions:
            print(f"no review decisions in {path}")
            return 0
        stale = {d.id for d in review.unmatched(decisions, report)} if report is not None else set()
        for d in decisions:
            mark = "\t(no longer matches the report)" if d.id in stale else ""
            print("\t".join(reveal(x) for x in (d.date, d.action, d.id, d.target, d.note)) + mark)
        return 0
    if not args.id:
        raise ConfigError(f"review {args.action} needs an id: link ids (l-…) and flag ids (f-…) are shown in "
                          "report.html and flags.tsv")
    report = _load(args.report, required=True)
    args.id, target = resolve(report, args.action, args.id, args.report)
    path = decisions_path(args, report)
    write_decision(report, path, args.action, args.id, target, args.note)
    print(f"{path}: {args.action} {args.id} ({reveal(target)})", file=sys.stderr)
    return 0


def resolve(report: dict, action: str, id: str, report_name: str) -> tuple[str, str]:
    """(id, target) of a link or flag id of ``report``, or of SENT_A+SENT_B; refused when unknown or the wrong action."""
    if "+" in id:  # a link the aligner did not make: SENT_A+SENT_B
        id, found = _new_link(report, id)
    else:
        found = review.target_for(report, id)
    if found is None:
        raise InputError(id, f"unknown id: not a link or flag of {report_name}; link ids (l-…) are listed "
                             "under each claim in report.html, flag ids (f-…) in report.html and flags.tsv")
    kind, target = found
    if (kind == "flag") != (action == "dismiss"):
        valid = "dismiss" if kind == "flag" else "accept or reject"
        raise ConfigError(f"{id} is a {kind}: use {valid}")
    return id, target


def write_decision(report: dict, path: str, action: str, id: str, target: str, note: str) -> review.Decision:
    """Append the decision to the review file at ``path`` (replacing one on the same id), under the folder's lock.

    ``workbench review`` and ``workbench serve`` both write through here.
    """
    decision = review.new_decision(action, id, target, note, _dt.date.today().isoformat())
    with locked_folder(os.path.dirname(path)):  # another review may be updating the same file
        text, _ = read_review_file(path)
        write_atomic(path, review.with_decision(text, decision, name=path,
                                                corpus_folder_line=_corpus_folder_line(report, path)))
    return decision


def remove_decision(path: str, id: str) -> list[review.Decision]:
    """Undo: drop every line deciding ``id`` from the review file at ``path``; returns what was removed."""
    with locked_folder(os.path.dirname(path)):
        text, _ = read_review_file(path)
        new_text, removed = review.without_decision(text, id, name=path)
        if removed:
            write_atomic(path, new_text)
    return removed


def _corpus_folder_line(report: dict, path: str) -> str:
    """``# corpus folder: ../seeds`` (relative to the review file), from the report's run, for a new file."""
    folder = ((report.get("review") or {}).get("inputs"))
    if not isinstance(folder, str) or not os.path.isabs(folder):
        return ""
    return review.CORPUS_FOLDER + review.escape_field(os.path.relpath(folder, os.path.dirname(path)))


def _new_link(report: dict, spec: str) -> tuple[str, tuple[str, str]]:
    """The link id and target for ``SENT_A+SENT_B``: two sentences of different documents of the report.

    Sentence ids may hold '+' and hidden characters: every cut at a '+' is tried, as typed
    and with ``\\u000a``-style escapes (as report.html shows them) read back.
    """
    doc_of = {s["id"]: d["id"] for d in report["documents"] for s in d["sentences"]}
    candidates = review.sentence_splits(spec, "+") + review.sentence_splits(review.unescape_field(spec), "+")
    known = [(a, b) for a, b in candidates if a in doc_of and b in doc_of]
    if not known:
        shown = candidates[0] if candidates else spec.partition("+")[::2]
        unknown = next((s for s in shown if s not in doc_of), shown[0])
        raise InputError(reveal(spec), f"unknown sentence id {unknown!r}; sentence ids (doc:n) are shown in report.html")
    a, b = known[0]
    if doc_of[a] == doc_of[b]:
        raise InputError(reveal(spec), "a claim link joins sentences of two different documents")
    return link_id(a, b), ("link", f"{a} {b}")
