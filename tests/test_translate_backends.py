"""translit and apertium backends, cutting long inputs, documents, and the CLI commands."""
import argparse
import io
import subprocess
import sys

import pytest

from workbench.document import Document, Sentence
from workbench.store import Store
from workbench.translate import load_settings, translate_documents, translate_texts
from workbench.translate.apertium import ApertiumBackend, clean
from workbench.translate.chunk import split_to_fit

TRANSLIT = load_settings(None, {}, {"backends": {"kk": "translit", "tr": "translit", "bg": "translit"}})
APERTIUM_MISSING = ApertiumBackend.availability(None, "bg")


def test_translit_marks_untranslated_and_keeps_turkish():
    [kk] = translate_texts(["Тоқаев Вучичті қарсы алды."], "kk", TRANSLIT, None)
    assert (kk.text, kk.backend, kk.model, kk.untranslated) == ("Toqaev Vuchichti qarsy aldy.", "translit", "translit", True)
    assert kk.issues == ()  # no preservation check on a transliteration
    [tr] = translate_texts(["Tokayev ve Vucic görüştü."], "tr", TRANSLIT, None)
    assert tr.text == "Tokayev ve Vucic görüştü." and tr.untranslated


def _doc(doc_id: str, lang: str, text: str) -> Document:
    doc = Document(id=doc_id, path=f"{doc_id}.txt", text=text, lang=lang, lang_source="given")
    start = 0
    for i, part in enumerate(text.split("\n")):
        doc.sentences.append(Sentence(f"{doc_id}:{i}", doc_id, i, start, start + len(part), part))
        start += len(part) + 1
    return doc


def test_documents_keyed_by_sentence_id_english_skipped():
    docs = [_doc("a", "kk", "Тоқаев.\nВучич келді."), _doc("b", "en", "Tokayev met Vucic."),
            _doc("c", "tr", "Vucic geldi.")]
    seen = []
    translations, signature = translate_documents(docs, TRANSLIT, Store(":memory:"), seen.append)
    assert sorted(translations) == ["a:0", "a:1", "c:0"]
    assert translations["a:1"].text == "Vuchich keldi."
    assert signature == {"mt.kk": "translit", "mt.tr": "translit"}
    assert sum(seen) == 3


def test_cut_pieces_rejoin_to_the_input():
    text = "Бірінші бөлім, екінші бөлім; үшінші бөлім – төртінші бөлім өте ұзын сөйлем."
    count = lambda s: len(s.split())  # noqa: E731
    pieces = split_to_fit(text, count, 4)
    assert "".join(pieces) == text
    assert all(count(p) <= 4 for p in pieces) and len(pieces) > 2
    assert pieces[0] == "Бірінші бөлім, екінші бөлім; "  # clause cuts first, merged while they fit
    assert split_to_fit("қысқа", count, 4) == ["қысқа"]
    assert "".join(split_to_fit("а" * 50, len, 8)) == "а" * 50


def test_apertium_marks_removed_and_cyrillic_transliterated():
    assert clean("*Kazakhstan and **Токаев #went @there", "bg") == "Kazakhstan and Tokaev went there"
    assert clean("Ipokraј  said", "bg") == "Ipokraj said"  # Macedonian pivot letters too


@pytest.mark.skipif(APERTIUM_MISSING is not None, reason=f"apertium unavailable: {APERTIUM_MISSING}")
def test_apertium_translates_a_batch_in_one_process_per_stage(monkeypatch):
    calls = []
    real_run = subprocess.run

    def counting_run(cmd, *a, **k):
        calls.append(cmd)
        return real_run(cmd, *a, **k)
    settings = load_settings(None, {}, {"backends": {"bg": "apertium"}, "batch_size": 64})
    texts = ["Казахстан и Сърбия ще си сътрудничат.", "", "Токаев обяви това пред Вучич.",
             "Подписани са 10 меморандума."] * 5
    monkeypatch.setattr("workbench.translate.apertium.subprocess.run", counting_run)
    out = translate_texts(texts, "bg", settings, None)
    assert len(calls) == 2  # bul-mkd then mkd-eng, once for the batch of 3 distinct sentences
    assert [t.text for t in out[4:8]] == [t.text for t in out[:4]]  # repeats translated once, order kept
    assert out[0].text.startswith("Kazakhstan and Serbia") and out[1].text == ""
    assert "Tokaev" in out[2].text and "*" not in out[2].text
    assert "10" in out[3].text and out[3].model.startswith("apertium-bul-mkd-eng#")
    assert not out[0].untranslated


def _cli(module, argv, stdin_text="", monkeypatch=None):
    from workbench.commands import models, translate

    parser = argparse.ArgumentParser(prog="workbench")
    sub = parser.add_subparsers(dest="command")
    translate.add_parser(sub)
    models.add_parser(sub)
    args = parser.parse_args(argv)
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin_text))
    out = io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    return args.func(args), out.getvalue()


def test_cli_translate_keeps_line_count_and_empty_lines(monkeypatch):
    lines = "Тоқаев.\n\nВучич келді.\n\n"
    status, out = _cli(None, ["translate", "--from", "kk", "--backend", "translit", "--no-cache"], lines, monkeypatch)
    assert status == 0
    assert out.split("\n") == ["[untranslated] Toqaev.", "", "[untranslated] Vuchich keldi.", "", ""]


def test_cli_models_list_names_what_will_run(monkeypatch, tmp_path):
    monkeypatch.setenv("WORKBENCH_MT_TR", f"ct2:{tmp_path}/gone")
    status, out = _cli(None, ["models", "list"], "", monkeypatch)
    rows = {line.split("\t")[0]: line.split("\t") for line in out.splitlines()[1:]}
    assert rows["kk"][1] == "translit" and rows["kk"][-1] == "translit"
    assert rows["tr"][4] == "no" and "no fallback" in rows["tr"][-1]


def test_cli_models_pull_fails_in_one_line_offline(tmp_path):
    code = ("import argparse,sys\nfrom workbench.commands import models\nfrom workbench.errors import WorkbenchError\n"
            "p=argparse.ArgumentParser();s=p.add_subparsers();models.add_parser(s)\n"
            "a=p.parse_args(sys.argv[1:])\ntry:\n    a.func(a)\nexcept WorkbenchError as e:\n"
            "    print('workbench: error:', e, file=sys.stderr);sys.exit(2)\n")
    env = {"HF_HUB_OFFLINE": "1", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    proc = subprocess.run([sys.executable, "-c", code, "models", "pull", "Helsinki-NLP/opus-mt-tr-en",
                           "--dest", str(tmp_path / "m")], capture_output=True, text=True, env=env,
                          cwd=str(__import__("conftest").ROOT), timeout=60)
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr
    assert "cannot download Helsinki-NLP/opus-mt-tr-en" in proc.stderr
