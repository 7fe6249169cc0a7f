"""The hf and ct2 backends on a tiny random Marian model built from the seed texts.

The model translates nothing meaningful; these tests check the plumbing a real
OPUS-MT/NLLB model goes through: loading policy, order, batching, cutting of
long inputs, caching, conversion with the real CTranslate2 converter.
"""
import argparse
import glob
import io
import json
import os
import shutil

import pytest

from conftest import SEEDS

pytest.importorskip("torch")
pytest.importorskip("transformers")
pytest.importorskip("sentencepiece")

from workbench.errors import ModelError  # noqa: E402
from workbench.store import Store  # noqa: E402
from workbench.translate import load_settings, open_backend, translate_texts  # noqa: E402
from workbench.translate.hf import HFBackend  # noqa: E402


def _seed_lines() -> list[str]:
    lines = []
    for path in sorted(glob.glob(os.path.join(SEEDS, "*.txt"))):
        with open(path, encoding="utf-8") as f:
            lines += [line.strip() for line in f if line.strip()]
    return lines


@pytest.fixture(scope="session")
def tiny_marian(tmp_path_factory) -> str:
    """A real HF Marian directory (safetensors + MarianTokenizer files) with random weights."""
    import sentencepiece as spm
    import torch
    from transformers import MarianConfig, MarianMTModel, MarianTokenizer

    out = str(tmp_path_factory.mktemp("tiny-marian"))
    proto = io.BytesIO()
    spm.SentencePieceTrainer.train(sentence_iterator=iter(_seed_lines()), model_writer=proto, vocab_size=300,
                                   character_coverage=1.0, bos_id=-1, eos_id=0, unk_id=1, pad_id=-1,
                                   minloglevel=2)
    for name in ("source.spm", "target.spm"):
        with open(os.path.join(out, name), "wb") as f:
            f.write(proto.getvalue())
    sp = spm.SentencePieceProcessor(model_proto=proto.getvalue())
    vocab = {sp.id_to_piece(i): i for i in range(sp.get_piece_size())}
    vocab["<pad>"] = len(vocab)
    with open(os.path.join(out, "vocab.json"), "w", encoding="utf-8") as f:
        json.dump(vocab, f, ensure_ascii=False)
    tokenizer = MarianTokenizer(os.path.join(out, "source.spm"), os.path.join(out, "target.spm"),
                                os.path.join(out, "vocab.json"), model_max_length=128)
    torch.manual_seed(0)
    config = MarianConfig(vocab_size=len(vocab), d_model=16, encoder_layers=1, decoder_layers=1,
                          encoder_attention_heads=2, decoder_attention_heads=2, encoder_ffn_dim=32,
                          decoder_ffn_dim=32, max_position_embeddings=128, pad_token_id=vocab["<pad>"],
                          eos_token_id=vocab["</s>"], decoder_start_token_id=vocab["<pad>"],
                          forced_eos_token_id=vocab["</s>"])
    MarianMTModel(config).eval().save_pretrained(out)
    tokenizer.save_pretrained(out)
    assert os.path.isfile(os.path.join(out, "model.safetensors"))
    return out


@pytest.fixture(scope="session")
def tiny_ct2(tiny_marian, tmp_path_factory) -> str:
    pytest.importorskip("ctranslate2")
    from workbench.commands import models

    out = str(tmp_path_factory.mktemp("ct2") / "tiny-ct2")
    args = argparse.Namespace(hf_dir=tiny_marian, out_dir=out, quantization="int8", force=False, allow_pickle=False)
    assert models.convert(args) == 0
    return out


def _settings(backend: str, path: str, **scalars):
    return load_settings(None, {}, {"backends": {"kk": f"{backend}:{path}"}, **scalars})


class Counting:
    """Wraps a backend class's translate_batch to record every batch it is sent."""

    def __init__(self, monkeypatch, cls):
        self.batches: list[list[str]] = []
        original = cls.translate_batch

        def wrapped(backend, texts, src_lang):
            self.batches.append(list(texts))
            return original(backend, texts, src_lang)
        monkeypatch.setattr(cls, "translate_batch", wrapped)


SENTENCES = ["Сербия Президенті Вучичті қарсы алды.",  # short: a random model decodes to its length limit
             "Қазақстанда 60-тан аса компания.",
             "",
             "Содан кейін залына барды.",
             "Тоқаев."]


@pytest.mark.parametrize("backend", ["hf", "ct2"])
def test_order_batching_and_cache(backend, tiny_marian, tiny_ct2, monkeypatch):
    path = tiny_marian if backend == "hf" else tiny_ct2
    settings = _settings(backend, path, batch_size=2, beam_size=1)
    engine = open_backend(settings.choice("kk"), "kk", settings)
    calls = Counting(monkeypatch, type(engine))
    store = Store(":memory:")
    first = translate_texts(SENTENCES, "kk", settings, store)
    assert len(first) == len(SENTENCES) and first[2].text == ""
    assert all(t.backend == backend and t.model.startswith(os.path.basename(path) + "#") for t in first)
    assert not any(t.untranslated for t in first)
    # four non-empty sentences, batches of at most two, sorted by length (shortest first)
    assert [len(b) for b in calls.batches] == [2, 2]
    assert calls.batches[0][0] == "Тоқаев."
    # order kept: batches depend only on the set of sentences, so reversed input gives reversed output
    assert translate_texts(SENTENCES[::-1], "kk", settings, Store(":memory:"))[::-1] == first
    calls.batches.clear()
    second = translate_texts(SENTENCES, "kk", settings, store)
    assert calls.batches == [] and second == first


def test_long_input_is_cut_and_nothing_dropped(tiny_marian, monkeypatch):
    settings = _settings("hf", tiny_marian, max_input_tokens=12, beam_size=1)
    engine = open_backend(settings.choice("kk"), "kk", settings)
    calls = Counting(monkeypatch, HFBackend)
    long = ("Мемлекеттер басшылары бір біріне делегация мүшелерін таныстырды, құрмет қарауылы ротасының "
            "бастығы рапорт берген соң екі елдің әнұрандары шырқалды; содан кейін Қазақстан мен Сербия "
            "президенттері келіссөз залына барды.")
    [result] = translate_texts([long], "kk", settings, Store(":memory:"))
    pieces = [p for batch in calls.batches for p in batch]
    assert len(pieces) > 1
    assert all(n <= 12 for n in engine.count_tokens(pieces))
    assert sorted(" ".join(pieces).split()) == sorted(long.split())  # every word sent exactly once
    assert result.text


def test_pickle_weights_refused_unless_allowed(tiny_marian, tmp_path):
    import torch
    from safetensors.torch import load_file

    pickled = tmp_path / "pickled"
    shutil.copytree(tiny_marian, pickled)
    torch.save(load_file(str(pickled / "model.safetensors")), pickled / "pytorch_model.bin")
    os.remove(pickled / "model.safetensors")
    with pytest.raises(ModelError, match="refusing pickled weights.*--allow-pickle"):
        translate_texts(["Тоқаев."], "kk", _settings("hf", str(pickled)), None)


def test_missing_model_dir_is_an_actionable_error(tmp_path):
    missing = str(tmp_path / "nowhere")
    with pytest.raises(ModelError, match=r"kk \(flag hf:.*nowhere.*not found.*workbench models list"):
        translate_texts(["Тоқаев."], "kk", _settings("hf", missing), None)
    with pytest.raises(ModelError, match="not a CTranslate2 model.*workbench models convert"):
        translate_texts(["Тоқаев."], "kk", _settings("ct2", _hf_copy(tmp_path)), None)


def _hf_copy(tmp_path) -> str:
    d = tmp_path / "hf-like"
    d.mkdir()
    (d / "config.json").write_text("{}")
    return str(d)
