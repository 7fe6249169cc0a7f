"""Speed and memory: the hf backend (torch fp32) vs the ct2 backend (CTranslate2 int8) on CPU.

Builds an OPUS-MT-sized Marian model with random weights (6+6 layers, d_model
512, 8 heads, FFN 2048, 32000-entry vocabulary; its SentencePiece model is
trained on the FLORES devtest text with the largest vocabulary that text allows,
the remaining embedding rows are unused fillers), converts it with the real
CTranslate2 converter, then translates the same 500 FLORES kk sentences with
both, greedy, batches of 16 sorted by length, 2 threads, every output forced to
exactly N tokens (random weights would otherwise stop at random places). Each
engine runs in its own subprocess so its peak RSS is its own.

    python eval/bench_translate.py /work/shared/data [--sentences 500] [--tokens 48]
"""
from __future__ import annotations

import argparse
import io
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

VOCAB = 32000
BATCH = 16
THREADS = 2


def _flores(data_dir: str, name: str) -> list[str]:
    with open(os.path.join(data_dir, "flores200-devtest", f"{name}.devtest"), encoding="utf-8") as f:
        return f.read().splitlines()


def build_model(data_dir: str, out: str) -> int:
    """Write an HF Marian directory with random weights; returns the SentencePiece vocabulary size."""
    import re

    import sentencepiece as spm
    import torch
    from transformers import MarianConfig, MarianMTModel, MarianTokenizer

    text = [line for name in ("kaz_Cyrl", "eng_Latn", "tur_Latn", "bul_Cyrl") for line in _flores(data_dir, name)]
    size = VOCAB
    while True:
        proto = io.BytesIO()
        try:
            spm.SentencePieceTrainer.train(sentence_iterator=iter(text), model_writer=proto, vocab_size=size,
                                           character_coverage=1.0, bos_id=-1, eos_id=0, unk_id=1, pad_id=-1,
                                           minloglevel=2)
            break
        except RuntimeError as e:  # "Vocabulary size is too high (32000). Please set it to a value <= N."
            m = re.search(r"<= (\d+)", str(e))
            if not m:
                raise
            size = int(m.group(1))
    for name in ("source.spm", "target.spm"):
        Path(out, name).write_bytes(proto.getvalue())
    sp = spm.SentencePieceProcessor(model_proto=proto.getvalue())
    vocab = {sp.id_to_piece(i): i for i in range(sp.get_piece_size())}
    for i in range(len(vocab), VOCAB - 1):
        vocab[f"<filler_{i}>"] = i
    vocab["<pad>"] = VOCAB - 1
    Path(out, "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    tok = MarianTokenizer(f"{out}/source.spm", f"{out}/target.spm", f"{out}/vocab.json", model_max_length=512)
    torch.manual_seed(0)
    config = MarianConfig(vocab_size=VOCAB, d_model=512, encoder_layers=6, decoder_layers=6,
                          encoder_attention_heads=8, decoder_attention_heads=8, encoder_ffn_dim=2048,
                          decoder_ffn_dim=2048, max_position_embeddings=512, pad_token_id=VOCAB - 1,
                          eos_token_id=0, decoder_start_token_id=VOCAB - 1, forced_eos_token_id=0,
                          share_encoder_decoder_embeddings=True)
    MarianMTModel(config).eval().save_pretrained(out)
    tok.save_pretrained(out)
    return size


def worker(engine: str, model_dir: str, data_dir: str, n_sentences: int, n_tokens: int) -> dict:
    """Load one engine through the workbench backend, translate, report time and peak RSS."""
    from workbench.translate import load_settings, open_backend

    sources = _flores(data_dir, "kaz_Cyrl")[:n_sentences]
    settings = load_settings(None, {}, {"backends": {"kk": f"{engine}:{model_dir}"}, "beam_size": 1,
                                        "batch_size": BATCH, "threads": THREADS})
    t0 = time.perf_counter()
    backend = open_backend(settings.choice("kk"), "kk", settings)
    load_s = time.perf_counter() - t0
    order = sorted(range(len(sources)), key=lambda i: len(sources[i]))
    batches = [[sources[i] for i in order[j:j + BATCH]] for j in range(0, len(order), BATCH)]
    out_tokens = 0
    t0 = time.perf_counter()
    for batch in batches:
        if engine == "hf":
            import torch

            enc = backend.tokenizer(batch, return_tensors="pt", padding=True, truncation=True, max_length=256)
            with torch.inference_mode():
                gen = backend.model.generate(**enc, num_beams=1, do_sample=False, min_new_tokens=n_tokens,
                                             max_new_tokens=n_tokens)
            out_tokens += sum(len(row) - 1 for row in gen.tolist())  # minus the decoder start token
        else:
            ids = backend.tokenizer(batch, truncation=True, max_length=256)["input_ids"]
            toks = [backend.tokenizer.convert_ids_to_tokens(r) for r in ids]
            res = backend.translator.translate_batch(toks, beam_size=1, max_batch_size=BATCH,
                                                     min_decoding_length=n_tokens, max_decoding_length=n_tokens)
            out_tokens += sum(len(r.hypotheses[0]) for r in res)
    seconds = time.perf_counter() - t0
    return {"engine": engine, "load_s": load_s, "seconds": seconds, "sentences": len(sources),
            "out_tokens": out_tokens, "peak_rss_mb": _peak_rss_mb()}


def _peak_rss_mb() -> float:
    """VmHWM: this process's own peak. (ru_maxrss survives exec on Linux, so a child started by
    the model-building parent would report the parent's peak.)"""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data_dir")
    ap.add_argument("--sentences", type=int, default=500)
    ap.add_argument("--tokens", type=int, default=48, help="forced output length (FLORES en averages ~40 pieces)")
    ap.add_argument("--worker", nargs=2, metavar=("ENGINE", "MODEL_DIR"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker[0], args.worker[1], args.data_dir, args.sentences, args.tokens)))
        return 0

    from ctranslate2.converters import TransformersConverter

    from workbench.translate.ct2 import TOKENIZER_FILES

    with tempfile.TemporaryDirectory() as tmp:
        hf_dir, ct2_dir = os.path.join(tmp, "marian-base-random"), os.path.join(tmp, "marian-base-random-ct2")
        os.makedirs(hf_dir)
        t0 = time.perf_counter()
        spm_size = build_model(args.data_dir, hf_dir)
        files = [f for f in TOKENIZER_FILES if os.path.isfile(os.path.join(hf_dir, f))]
        TransformersConverter(hf_dir, copy_files=files).convert(ct2_dir, quantization="int8")
        print(f"model: Marian 6+6 layers, d_model 512, 8 heads, ffn 2048, vocab {VOCAB} "
              f"(SentencePiece {spm_size} pieces on FLORES text); built and converted in {time.perf_counter() - t0:.0f} s")
        results = []
        for engine, path in (("hf", hf_dir), ("ct2", ct2_dir)):
            proc = subprocess.run([sys.executable, __file__, args.data_dir, "--worker", engine, path,
                                   "--sentences", str(args.sentences), "--tokens", str(args.tokens)],
                                  capture_output=True, text=True, check=True)
            results.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    print(f"{args.sentences} FLORES kk sentences, greedy, batch {BATCH}, {THREADS} threads, "
          f"output forced to {args.tokens} tokens\n")
    print(f"{'engine':<22} {'load s':>7} {'translate s':>12} {'sent/s':>8} {'tok/s':>8} {'peak RSS MB':>12}")
    labels = {"hf": "hf (torch fp32)", "ct2": "ct2 (int8)"}
    for r in results:
        print(f"{labels[r['engine']]:<22} {r['load_s']:7.1f} {r['seconds']:12.1f} {r['sentences'] / r['seconds']:8.2f} "
              f"{r['out_tokens'] / r['seconds']:8.0f} {r['peak_rss_mb']:12.0f}")
    hf, ct2 = results
    print(f"\nct2/hf speed ratio: {hf['seconds'] / ct2['seconds']:.2f}x (CTranslate2 publishes ~4.7x on CPU); "
          f"output tokens hf {hf['out_tokens']}, ct2 {ct2['out_tokens']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
