"""``workbench report DIR/report.json [--out FILE]``: re-render report.html, claims.tsv and flags.tsv from the JSON."""
from __future__ import annotations

import json
import os

from ..errors import InputError
from ..inputs import read_regular
from ..io import check_output_folder, write_outputs

TSV_NAMES = ("claims.tsv", "flags.tsv")
MAX_REPORT_BYTES = 4 << 30  # a report.json larger than this is not one `workbench run` wrote


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

    if os.path.isdir(path):
        raise InputError(path, f"a folder, not a report.json; give {os.path.join(path, 'report.json')}")
    try:
        report = json.loads(read_regular(path, MAX_REPORT_BYTES).decode("utf-8"))
    except FileNotFoundError:
        raise InputError(path, "no such file; `workbench run INPUT... --out DIR` writes DIR/report.json") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise InputError(path, f"not a readable report.json ({e})") from None
    except ValueError:  # Python refuses integers of more than 4300 digits (CVE-2020-10735)
        raise InputError(path, "not a report.json: holds a number too long to read") from None
    except RecursionError:
        raise InputError(path, "not a report.json: nested too deeply to read") from None
    try:
        validate_report(report)
    except jsonschema.ValidationError as e:
        where = "/".join(str(p) for p in e.absolute_path) or "top level"
        raise InputError(path, f"does not match the report schema at {where}: {e.message}") from None
    except RecursionError:
        raise InputError(path, "not a report.json: nested too deeply to check") from None
    return report


def render_views(report: dict, html_name: str = "report.html") -> dict[str, str]:
    """File name → text of the HTML report, claims.tsv and flags.tsv (written side by side)."""
    from ..exports import claims_tsv, flags_tsv
    from ..render_html import render_html

    return {html_name: render_html(report), TSV_NAMES[0]: claims_tsv(report), TSV_NAMES[1]: flags_tsv(report)}


def run(args) -> int:
    html_path = os.path.abspath(args.out or os.path.join(os.path.dirname(os.path.abspath(args.report)), "report.html"))
    if os.path.isdir(html_path):
        raise InputError(args.out, "is a folder; --out names the HTML file to write")
    if os.path.realpath(html_path) == os.path.realpath(args.report) or os.path.basename(html_path) in TSV_NAMES:
        raise InputError(args.out, f"would overwrite {args.report} or a TSV beside it; name an .html file")
    folder = check_output_folder(os.path.dirname(html_path), option="--out")
    report = load_report(args.report)
    for path in write_outputs(folder, render_views(report, os.path.basename(html_path))):
        print(path)
    return 0
