"""``workbench review accept|reject|dismiss ID --note TEXT`` and ``workbench review list``.

Decisions go to ``alignments/<corpus>.review.tsv`` (a file meant to be committed); the
next ``workbench run`` applies them. The id is looked up in the report to fill the
target column, so the file stays readable and a rejected link stays split.
"""
from __future__ import annotations

import datetime as _dt
import os
import sys

from .. import review
from ..errors import ConfigError, InputError
from ..io import write_atomic
from ..records import link_id

DEFAULT_REPORT = os.path.join("out", "report.json")


def add_parser(sub) -> None:
    p = sub.add_parser("review", help="accept/reject a claim link or dismiss a flag; list decisions")
    p.add_argument("action", choices=(*review.ACTIONS, "list"),
                   help="accept|reject a link id (l-…), dismiss a flag id (f-…), or list the decisions")
    p.add_argument("id", nargs="?", help="link or flag id, as shown in report.html / flags.tsv; "
                   "or SENT_A+SENT_B to accept or reject a link between two sentences the aligner did not link")
    p.add_argument("--note", default="", help="why (kept in the decisions file)")
    p.add_argument("--report", default=DEFAULT_REPORT, metavar="REPORT_JSON",
                   help=f"report the id comes from (default: {DEFAULT_REPORT})")
    p.add_argument("--corpus", help="corpus name (default: the report's input folder name)")
    p.add_argument("--alignments", default="alignments", metavar="DIR",
                   help="folder of <corpus>.review.tsv files (default: alignments/)")
    p.set_defaults(func=run)


def corpus_name(report: dict) -> str | None:
    """The folder the report's inputs came from (what `workbench run` names its decisions file after)."""
    folders = {os.path.basename(os.path.dirname(os.path.abspath(d["path"]))) for d in report.get("documents", [])}
    return folders.pop() if len(folders) == 1 else None


def decisions_path(args, report: dict | None) -> str:
    if args.corpus:
        return os.path.join(args.alignments, f"{args.corpus}.review.tsv")
    if report is not None:
        recorded = (report.get("review") or {}).get("file")  # the file `workbench run` read
        if recorded:
            explicit = os.path.normpath(args.alignments) != "alignments"
            return os.path.join(args.alignments, os.path.basename(recorded)) if explicit else recorded
        name = corpus_name(report)
        if name:
            return os.path.join(args.alignments, f"{name}.review.tsv")
    raise ConfigError("cannot tell which corpus this is: give --corpus NAME (the input folder's name, e.g. seeds) "
                      "or --report DIR/report.json")


def _read(path: str) -> list[review.Decision]:
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as f:
        return review.read_decisions(f.read(), name=path)


def _load(path: str, required: bool) -> dict | None:
    from .report import load_report

    if not required and not os.path.exists(path):
        return None
    return load_report(path)


def run(args) -> int:
    if args.action == "list":
        report = _load(args.report, required=False)
        path = decisions_path(args, report)
        decisions = review.latest(_read(path))
        if not decisions:
            print(f"no review decisions in {path}")
            return 0
        stale = {d.id for d in review.unmatched(decisions, report)} if report is not None else set()
        for d in decisions:
            mark = "\t(no longer matches the report)" if d.id in stale else ""
            print(f"{d.date}\t{d.action}\t{d.id}\t{d.target}\t{d.note}{mark}")
        return 0
    if not args.id:
        raise ConfigError(f"review {args.action} needs an id: link ids (l-…) and flag ids (f-…) are shown in "
                          "report.html and flags.tsv")
    report = _load(args.report, required=True)
    if "+" in args.id:  # a link the aligner did not make: SENT_A+SENT_B
        args.id, found = _new_link(report, args.id)
    else:
        found = review.target_for(report, args.id)
    if found is None:
        raise InputError(args.id, f"unknown id: not a link or flag of {args.report}; link ids (l-…) are listed "
                                  "under each claim in report.html, flag ids (f-…) in report.html and flags.tsv")
    kind, target = found
    if (kind == "flag") != (args.action == "dismiss"):
        valid = "dismiss" if kind == "flag" else "accept or reject"
        raise ConfigError(f"{args.id} is a {kind}: use {valid}")
    path = decisions_path(args, report)
    decisions = review.add_decision(_read(path), args.action, args.id, target, args.note,
                                    _dt.date.today().isoformat())
    write_atomic(path, review.format_decisions(decisions))
    print(f"{path}: {args.action} {args.id} ({target})", file=sys.stderr)
    return 0


def _new_link(report: dict, spec: str) -> tuple[str, tuple[str, str]]:
    """The link id and target for ``SENT_A+SENT_B``: two sentences of different documents of the report."""
    a, _, b = spec.partition("+")
    doc_of = {s["id"]: d["id"] for d in report["documents"] for s in d["sentences"]}
    for sid in (a, b):
        if sid not in doc_of:
            raise InputError(spec, f"unknown sentence id {sid!r}; sentence ids (doc:n) are shown in report.html")
    if doc_of[a] == doc_of[b]:
        raise InputError(spec, "a claim link joins sentences of two different documents")
    return link_id(a, b), ("link", f"{a} {b}")
