"""``workbench report DIR/report.json [--out FILE]``: re-render report.html, claims.tsv and flags.tsv from the JSON."""
from __future__ import annotations

import json
import os

from ..errors import InputError
from ..io import write_atomic


def add_parser(sub) -> None:
    p = sub.add_parser("report", help="re-render the HTML report and TSV exports from a report.json")
    p.add_argument("report", metavar="REPORT_JSON", help="report.json written by `workbench run`")
    p.add_argument("--out", metavar="FILE", help="HTML file to write (default: report.html beside the JSON); "
                                                  "claims.tsv and flags.tsv go beside it")
    p.set_defaults(func=run)


def load_report(path: str) -> dict:
    """Read and validate a report.json, as one-line errors naming the file."""
    import jsonschema

    from ..report import validate_report

    try:
        with open(path, encoding="utf-8") as f:
            report = json.load(f)
    except FileNotFoundError:
        raise InputError(path, "no such file; `workbench run INPUT... --out DIR` writes DIR/report.json") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise InputError(path, f"not a readable report.json ({e})") from None
    try:
        validate_report(report)
    except jsonschema.ValidationError as e:
        where = "/".join(str(p) for p in e.absolute_path) or "top level"
        raise InputError(path, f"does not match the report schema at {where}: {e.message}") from None
    return report


def write_views(report: dict, html_path: str) -> list[str]:
    """The HTML report at ``html_path``, claims.tsv and flags.tsv beside it; returns the paths written."""
    from ..exports import claims_tsv, flags_tsv
    from ..render_html import render_html

    folder = os.path.dirname(html_path)
    files = {html_path: render_html(report), os.path.join(folder, "claims.tsv"): claims_tsv(report),
             os.path.join(folder, "flags.tsv"): flags_tsv(report)}
    for path, text in files.items():
        write_atomic(path, text)
    return list(files)


def run(args) -> int:
    report = load_report(args.report)
    html_path = args.out or os.path.join(os.path.dirname(os.path.abspath(args.report)), "report.html")
    for path in write_views(report, html_path):
        print(path)
    return 0
