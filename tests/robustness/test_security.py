"""Issue 10, security: S1 (no write outside the review folder), S2 (bidi spoofing), S3 (formula injection)."""
from __future__ import annotations

import os
import stat

import pytest

from helpers_c1 import one_error_line, rename_doc, write_report
from report_fixture import build_report
from workbench.cli import main
from workbench.display import BIDI_CONTROLS
from workbench.exports import CLAIM_COLUMNS, FLAG_COLUMNS, claims_tsv, flags_tsv
from workbench.render_html import render_html

RLO = "\u202e"


# ---------------------------------------------------------------- S1: the review file stays in its folder


def test_s1_review_path_is_never_taken_from_report_json(tmp_path, capsys):
    victim = tmp_path / "victim.sh"
    victim.write_text("#!/bin/sh\necho precious\n")
    victim.chmod(0o755)
    report = build_report()
    report["review"] = {"file": str(victim), "corpus": "seeds", "applied": [], "unmatched": []}
    path = write_report(tmp_path / "out" / "report.json", report)
    al = tmp_path / "al"
    assert main(["review", "dismiss", "f-conf01", "--report", str(path), "--alignments", str(al)]) == 0
    assert victim.read_text() == "#!/bin/sh\necho precious\n"
    assert stat.S_IMODE(victim.stat().st_mode) == 0o755
    assert sorted(os.listdir(al)) == ["seeds.review.tsv"]


@pytest.mark.parametrize("corpus", ["../x", "{abs}/x", "a/b", "..", ".hidden", "a..b", "x\ny", "x\u202ey", ""])
def test_s1_corpus_name_cannot_leave_the_review_folder(tmp_path, capsys, corpus):
    corpus = corpus.format(abs=tmp_path / "abs")
    path = write_report(tmp_path / "out" / "report.json")
    al = tmp_path / "deep" / "al"
    before = sorted(p for p in tmp_path.rglob("*"))
    code = main(["review", "dismiss", "f-conf01", "--corpus", corpus, "--report", str(path),
                 "--alignments", str(al)])
    assert code == 2
    assert "corpus name" in one_error_line(capsys.readouterr().err)
    assert sorted(p for p in tmp_path.rglob("*")) == before


def test_s1_corpus_recorded_in_report_json_is_checked_too(tmp_path, capsys):
    report = build_report()
    report["review"] = {"corpus": "../../escaped", "applied": [], "unmatched": []}
    path = write_report(tmp_path / "out" / "report.json", report)
    code = main(["review", "dismiss", "f-conf01", "--report", str(path), "--alignments", str(tmp_path / "a" / "b")])
    assert code == 2 and "corpus name" in one_error_line(capsys.readouterr().err)
    assert not (tmp_path / "escaped.review.tsv").exists()


def test_s1_run_refuses_a_corpus_name_with_a_path(tmp_path, capsys, monkeypatch):
    import workbench.commands.run as run_cmd

    monkeypatch.setattr(run_cmd, "collect_paths", lambda *a, **k: pytest.fail("worked before checking --corpus"))
    code = main(["run", str(tmp_path), "--corpus", "../x", "--out", str(tmp_path / "out"), "--no-cache",
                 "--alignments", str(tmp_path / "al")])
    assert code == 2 and "corpus name" in one_error_line(capsys.readouterr().err)


# ---------------------------------------------------------------- S2: bidi and invisible characters


def _spoofed():
    return rename_doc(build_report(), "kk1", f"kk1{RLO}")


def test_s2_no_bidi_control_reaches_the_html_and_ids_show_it():
    report = _spoofed()
    report["documents"][0]["source"] = f"akorda{RLO}.kz"
    report["documents"][0]["sentences"][1]["text"] += "\u2067"
    report["flags"][1]["message"] = f"15 memoranda{RLO} differ"
    page = render_html(report)
    assert not any(ch in page for ch in BIDI_CONTROLS)
    assert "kk1\\u202e" in page and "akorda\\u202e.kz" in page and "memoranda\\u202e differ" in page
    # ids in flag evidence sit in isolates, so even a control that slipped through would stop at the id
    assert '<bdi class="docid">kk1\\u202e</bdi>' in page
    assert "unicode-bidi:isolate" in page


def test_s2_invisible_characters_in_ids_are_shown_but_text_keeps_its_soft_hyphens():
    report = rename_doc(build_report(), "tr1", "tr\u200b1")
    report["documents"][1]["title"] = "Kazak\u00adistan"
    page = render_html(report)
    assert "tr\\u200b1" in page and "\u200b" not in page
    assert "Kazak\u00adistan" in page


def test_s2_escaping_is_as_strong_as_before():
    report = rename_doc(build_report(), "kk1", f'kk1"><script>{RLO}')
    page = render_html(report)
    assert "<script>" not in page
    assert "kk1&quot;&gt;&lt;script&gt;\\u202e" in page
    assert "Content-Security-Policy" in page and "default-src 'none'" in page


def test_s2_tsv_exports_show_bidi_controls_as_code_points():
    report = _spoofed()
    report["documents"][0]["sentences"][1]["text"] = f"Екі ел {RLO}10 меморандумға"
    for text, columns in ((claims_tsv(report), CLAIM_COLUMNS), (flags_tsv(report), FLAG_COLUMNS)):
        assert not any(ch in text for ch in BIDI_CONTROLS)
        rows = [line.split("\t") for line in text.splitlines()]
        assert all(len(r) == len(columns) for r in rows)
        assert any("kk1\\u202e" in r[columns.index("doc")] for r in rows[1:])
    assert f"Екі ел \\u202e10" in claims_tsv(report)


def test_s2_review_list_does_not_print_bidi_controls_to_the_terminal(tmp_path, capsys):
    path = write_report(tmp_path / "out" / "report.json", _spoofed())
    args = ["--report", str(path), "--alignments", str(tmp_path / "al")]
    assert main(["review", "dismiss", "f-conf01", "--note", f"checked{RLO} twice", *args]) == 0
    capsys.readouterr()
    assert main(["review", "list", *args]) == 0
    out = capsys.readouterr().out
    assert RLO not in out and "checked\\u202e twice" in out and "kk1\\u202e" in out


# ---------------------------------------------------------------- S3: formula injection


@pytest.mark.parametrize("start", ["=", "+", "-", "@", " =", "\t="])
def test_s3_formula_cells_are_prefixed_with_a_quote(start):
    report = rename_doc(build_report(), "bg1", f"{start}HYPERLINK(\"http://x\")")
    report["flags"][1]["message"] = f"{start}cmd|' /C calc'!A0"
    report["documents"][2]["sentences"][1]["text"] = f"{start}1+1"
    cells = [c for text in (claims_tsv(report), flags_tsv(report)) for line in text.splitlines()
             for c in line.split("\t")]
    risky = [c for c in cells if c.lstrip().startswith(("=", "+", "-", "@"))]
    assert not risky, risky
    # an id cell shows a leading tab as \u0009, which no spreadsheet evaluates either
    assert all(c.startswith(("'", "\\u0009")) for c in cells if "HYPERLINK" in c)
    assert any(c.startswith("'") and "calc" in c for c in cells)


def test_s3_numbers_are_left_as_numbers():
    report = build_report()
    report["claims"][1]["score"] = -0.25
    rows = [l.split("\t") for l in claims_tsv(report).splitlines()]
    assert any(r[CLAIM_COLUMNS.index("score")] == "-0.25" for r in rows[1:])
