"""Issue 11 item 7: the hf backend decodes as its users would (inference mode, key/value cache,
threads set) with the same beam size and output budget as the ct2 backend, so a speed comparison
between them compares engines, not settings."""
import os
import sys

import pytest

pytest.importorskip("torch")
pytest.importorskip("transformers")
pytest.importorskip("sentencepiece")

from test_translate_models import tiny_marian  # noqa: E402,F401  (the session fixture)

from workbench.translate import load_settings, open_backend  # noqa: E402
from workbench.translate.hf import decode_limit  # noqa: E402

SENTENCES = ["Тоқаев.", "Сербия Президенті Вучичті қарсы алды.", "Қазақстанда 60-тан аса компания.",
             "Содан кейін Қазақстан мен Сербия президенттері келіссөз залына барды."]


def _open(backend: str, path: str, **scalars):
    settings = load_settings(None, {}, {"backends": {"kk": f"{backend}:{path}"}, **scalars})
    return open_backend(settings.choice("kk"), "kk", settings), settings


@pytest.fixture(scope="module")
def tiny_ct2_fp32(tiny_marian, tmp_path_factory) -> str:  # noqa: F811
    """The tiny Marian converted without quantization, so both engines hold the same weights."""
    pytest.importorskip("ctranslate2")
    from ctranslate2.converters import TransformersConverter

    from workbench.translate.ct2 import TOKENIZER_FILES

    out = str(tmp_path_factory.mktemp("ct2-fp32") / "tiny-ct2")
    files = [f for f in TOKENIZER_FILES if os.path.isfile(os.path.join(tiny_marian, f))]
    TransformersConverter(tiny_marian, copy_files=files).convert(out)
    return out


def test_hf_generates_in_inference_mode_with_the_cache_and_the_configured_threads(tiny_marian, monkeypatch):  # noqa: F811
    import torch

    backend, settings = _open("hf", tiny_marian, beam_size=3, threads=1)
    seen = {}
    real = backend.model.generate

    def spy(*args, **kwargs):
        seen.update(kwargs, inference=torch.is_inference_mode_enabled())
        return real(*args, **kwargs)

    monkeypatch.setattr(backend.model, "generate", spy)
    backend.translate_batch(SENTENCES, "kk")
    assert seen["inference"] is True and seen["use_cache"] is True
    assert seen["num_beams"] == 3 and seen["do_sample"] is False
    padded = max(len(ids) for ids in backend.tokenizer(SENTENCES)["input_ids"])
    assert seen["max_new_tokens"] == decode_limit(padded)
    assert torch.get_num_threads() == settings.threads == 1


@pytest.mark.parametrize("beam", [1, 4])
def test_hf_and_ct2_on_the_same_weights_decode_the_same_steps(beam, tiny_marian, tiny_ct2_fp32):  # noqa: F811
    """Same beam, same output budget: a random model runs to the budget, so a different budget on one
    engine shows as a different length. Within the budget hf spends its last step on the end token
    the Marian config forces there (forced_eos_token_id); CTranslate2 stops without writing it."""
    hf, _ = _open("hf", tiny_marian, beam_size=beam)
    ct2, _ = _open("ct2", tiny_ct2_fp32, beam_size=beam, compute_type="float32")
    padded = max(len(ids) for ids in hf.tokenizer(SENTENCES)["input_ids"])
    budget = hf.generation_options(padded)["max_new_tokens"]
    assert budget == ct2.decoding_options(padded)["max_decoding_length"]
    eos = hf.tokenizer.eos_token_id
    hf_rows = [row[1:row.index(eos)] for row in hf.generate(SENTENCES).tolist()]  # after the start token, to the end token
    ct2_rows = [hf.tokenizer.convert_tokens_to_ids(r.hypotheses[0]) for r in ct2.generate(SENTENCES)]
    for a, b in zip(hf_rows, ct2_rows):
        steps_b = len(b) if len(b) == budget else len(b) + 1
        assert a == b[:len(a)] and len(a) + 1 == steps_b


def test_benchmark_buckets_sentences_by_source_tokens(tmp_path):
    sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "eval"))
    import bench_translate

    folder = tmp_path / "flores200-devtest"
    folder.mkdir()
    lines = ["w " * 3, "w " * 30, "w " * 10, "w " * 60, "w " * 40, "w " * 100]
    (folder / "kaz_Cyrl.devtest").write_text("\n".join(lines) + "\n", encoding="utf-8")

    class Words:
        def __call__(self, texts):
            return {"input_ids": [t.split() for t in texts]}

    picked = bench_translate.pick_sentences(str(tmp_path), Words(), per_bucket=1)
    assert {k: len(v[0].split()) for k, v in picked.items()} == {"short": 3, "medium": 30, "long": 60}
    picked = bench_translate.pick_sentences(str(tmp_path), Words(), per_bucket=5)
    assert [len(s.split()) for s in picked["long"]] == [60, 100]
