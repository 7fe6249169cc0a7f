"""Issue 10 for ``workbench translate``: C5 (untranslated output is marked), D4 (undecodable
stdin), and configuration read only where the command layer says (no silent ./workbench.toml)."""
from __future__ import annotations

import io
import sys

import pytest

from workbench.cli import main
from workbench.translate import translate_texts
from workbench.translate.runner import translate_documents

KK = "Тоқаев Вучичті қарсы алды."
TR = "Tokayev, Vučić'i Astana'da karşıladı."


def _translate(monkeypatch, capsys, argv, data: bytes):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    status = main(["translate", *argv, "--no-cache"])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.fixture(autouse=True)
def _no_config(tmp_path, monkeypatch):
    """Each test runs where no workbench.toml or environment chooses a model."""
    monkeypatch.chdir(tmp_path)
    for lang in ("KK", "TR", "BG"):
        monkeypatch.delenv(f"WORKBENCH_MT_{lang}", raising=False)


@pytest.mark.parametrize("lang, text, shown", [("tr", TR, TR), ("kk", KK, "Toqaev Vuchichti qarsy aldy.")])
def test_c5_without_a_model_every_line_is_marked_and_stderr_says_so(monkeypatch, capsys, lang, text, shown):
    status, out, err = _translate(monkeypatch, capsys, ["--from", lang], f"{text}\n\n{text}\n".encode())
    assert status == 0
    assert out.split("\n") == [f"[untranslated] {shown}", "", f"[untranslated] {shown}", ""]
    assert "not a translation" in err and f"no translation model for {lang}" in err


def test_c5_marked_output_also_in_an_output_file(monkeypatch, capsys, tmp_path):
    status, _, err = _translate(monkeypatch, capsys, ["--from", "tr", "-o", str(tmp_path / "en.txt")], TR.encode())
    assert status == 0 and (tmp_path / "en.txt").read_text(encoding="utf-8") == f"[untranslated] {TR}\n"


def test_d4_undecodable_stdin_is_decoded_as_run_decodes_files_or_refused(monkeypatch, capsys):
    # cp1251 Kazakh-free Cyrillic: not UTF-8, decoded as a legacy code page like `workbench run` does
    status, out, _ = _translate(monkeypatch, capsys, ["--from", "kk", "--backend", "translit"],
                                "Президент прибыл в Астану.".encode("cp1251"))
    assert status == 0 and out.startswith("[untranslated] Prezident")
    status, out, err = _translate(monkeypatch, capsys, ["--from", "kk"], b"\x00\x01\x02binary\xff" * 10 + b"\x00")
    assert status == 2 and out == ""
    assert err.startswith("workbench: error: <stdin>: binary content") and err.count("\n") == 1


def test_library_translation_reads_no_workbench_toml_from_the_working_directory(tmp_path):
    (tmp_path / "workbench.toml").write_text('[translate.tr]\nbackend = "hf"\nmodel = "/nowhere/model"\n',
                                             encoding="utf-8")
    result = translate_texts([TR], "tr", None, None)  # embedded defaults, whatever the folder holds
    assert result[0].backend == "translit" and result[0].untranslated
    translations, signature = translate_documents([], None, None)
    assert translations == {} and signature == {}


def test_the_command_layer_reads_workbench_toml_from_the_working_directory(tmp_path, monkeypatch, capsys):
    (tmp_path / "workbench.toml").write_text('[translate.tr]\nbackend = "hf"\nmodel = "/nowhere/model"\n',
                                             encoding="utf-8")
    status, out, err = _translate(monkeypatch, capsys, ["--from", "tr"], TR.encode())
    assert status == 2 and "/nowhere/model" in err  # the configured model is missing: an error, no fallback
