"""Speed and memory of the hf backend (torch fp32) and the ct2 backend (CTranslate2 fp32 and int8) on CPU,
per input length and beam size, side by side in one run.

Builds an OPUS-MT-sized Marian model with random weights (6+6 layers, d_model
512, 8 heads, FFN 2048, 32000-entry vocabulary; its SentencePiece model is
trained on the FLORES devtest text with the largest vocabulary that text allows,
the remaining embedding rows are unused fillers) and converts it with the real
CTranslate2 converter (or reuses them from --model-dir). Each engine is opened
through the workbench backend with the options a run uses (beam, output budget,
inference mode, key/value cache, threads) and translates the same FLORES kk
sentences of three input-length buckets, sorted by length, in batches of 16.
Random weights stop at random places, so every output is forced to as many
tokens as the batch's longest input on both engines: the same work for both.

Each beam size of --beams (default greedy and 4, the workbench default) is set the
way a user sets it (``beam_size`` in the settings, on both engines).

Timing is honest on a shared machine: each engine and beam runs in its own subprocess
(its own peak RSS), they alternate for --repeats rounds and the best round per
bucket is kept; CPU seconds (all threads of the engine process) are reported beside
wall seconds, because other jobs inflate wall time but hardly the CPU an engine spends. On an
oversubscribed machine use --threads 1: two OpenMP threads spin while their partner waits for a core
(12x the CPU seconds of one thread at load 11-15 here; eval/README.md, fourth session).

    python eval/bench_translate.py /work/shared/data [--per-bucket 32] [--beams 1,4] [--repeats 2] [--threads N]
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
# Source tokens (Marian SentencePiece, EOS included) per bucket: FLORES kk has 306 / 645 / 61
# sentences in these ranges, median 29.
BUCKETS = {"short": (1, 24), "medium": (25, 48), "long": (49, 512)}
ENGINES = {"hf-fp32": ("hf", None), "ct2-fp32": ("ct2", "float32"), "ct2-int8": ("ct2", "int8")}


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


def pick_sentences(data_dir: str, tokenizer, per_bucket: int) -> dict[str, list[str]]:
    """The first ``per_bucket`` FLORES kk sentences of each length bucket."""
    sources = _flores(data_dir, "kaz_Cyrl")
    lengths = [len(ids) for ids in tokenizer(sources)["input_ids"]]
    return {name: [s for s, n in zip(sources, lengths) if lo <= n <= hi][:per_bucket]
            for name, (lo, hi) in BUCKETS.items()}


def worker(engine: str, model_dir: str, data_dir: str, per_bucket: int, beam: int, threads: int) -> dict:
    """Open one engine through the workbench backend, translate each bucket, report times and peak RSS."""
    from workbench.translate import load_settings, open_backend

    backend_name, compute_type = ENGINES[engine]
    settings = load_settings(None, {}, {"backends": {"kk": f"{backend_name}:{model_dir}"}, "beam_size": beam,
                                        "batch_size": BATCH, "threads": threads,
                                        "compute_type": compute_type})
    t0 = time.perf_counter()
    backend = open_backend(settings.choice("kk"), "kk", settings)
    load_s = time.perf_counter() - t0
    out = {"engine": engine, "load_s": load_s, "buckets": {}}
    for name, sentences in pick_sentences(data_dir, backend.tokenizer, per_bucket).items():
        ordered = sorted(sentences, key=len)
        wall = cpu = 0.0
        out_tokens = in_tokens = 0
        for j in range(0, len(ordered), BATCH):
            batch = ordered[j:j + BATCH]
            n = max(len(ids) for ids in backend.tokenizer(batch)["input_ids"])  # forced output length
            in_tokens += sum(len(ids) for ids in backend.tokenizer(batch)["input_ids"])
            w, c = time.perf_counter(), time.process_time()
            if backend_name == "hf":
                gen = backend.generate(batch, min_new_tokens=n, max_new_tokens=n)
                produced = sum(len(row) - 1 for row in gen.tolist())  # minus the decoder start token
            else:
                res = backend.generate(batch, min_decoding_length=n, max_decoding_length=n)
                produced = sum(len(r.hypotheses[0]) for r in res)
            wall += time.perf_counter() - w
            cpu += time.process_time() - c
            out_tokens += produced
        out["buckets"][name] = {"sentences": len(ordered), "in_tokens": in_tokens, "out_tokens": out_tokens,
                                "wall_s": wall, "cpu_s": cpu}
    out["peak_rss_mb"] = _peak_rss_mb()
    return out


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


def ensure_models(data_dir: str, model_dir: str) -> tuple[str, str]:
    """The random Marian (hf) and its int8/fp32-capable CTranslate2 conversion, built once per ``model_dir``."""
    from ctranslate2.converters import TransformersConverter

    from workbench.translate.ct2 import TOKENIZER_FILES

    hf_dir, ct2_dir = os.path.join(model_dir, "marian-base-random"), os.path.join(model_dir, "marian-base-random-ct2")
    if not os.path.isfile(os.path.join(ct2_dir, "model.bin")):
        os.makedirs(hf_dir, exist_ok=True)
        t0 = time.perf_counter()
        spm_size = build_model(data_dir, hf_dir)
        files = [f for f in TOKENIZER_FILES if os.path.isfile(os.path.join(hf_dir, f))]
        # float32 weights: the int8 engine quantizes them at load (compute_type), so one directory serves both
        TransformersConverter(hf_dir, copy_files=files).convert(ct2_dir, force=True)
        print(f"model: Marian 6+6 layers, d_model 512, 8 heads, ffn 2048, vocab {VOCAB} "
              f"(SentencePiece {spm_size} pieces on FLORES text); built and converted in {time.perf_counter() - t0:.0f} s")
    return hf_dir, ct2_dir


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data_dir")
    ap.add_argument("--per-bucket", type=int, default=32, help="sentences per length bucket")
    ap.add_argument("--beams", default="1,4", help="comma-separated beam sizes, each on every engine "
                                                   "(default greedy and 4, the workbench default)")
    ap.add_argument("--repeats", type=int, default=2, help="rounds; the best per engine, beam and bucket is kept")
    ap.add_argument("--threads", type=int, default=len(os.sched_getaffinity(0)),
                    help="intra-op threads on both engines (default: the CPUs this process may use)")
    ap.add_argument("--engines", default=",".join(ENGINES), help=f"comma-separated subset of {','.join(ENGINES)}")
    ap.add_argument("--model-dir", help="keep the built models here and reuse them (default: a temporary folder)")
    ap.add_argument("--worker", nargs=3, metavar=("ENGINE", "MODEL_DIR", "BEAM"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        engine, path, beam = args.worker
        print(json.dumps(worker(engine, path, args.data_dir, args.per_bucket, int(beam), args.threads)))
        return 0
    engines = args.engines.split(",")
    beams = [int(b) for b in args.beams.split(",")]
    runs = [(e, b) for b in beams for e in engines]
    with tempfile.TemporaryDirectory() as tmp:
        hf_dir, ct2_dir = ensure_models(args.data_dir, args.model_dir or tmp)
        rounds: dict[tuple[str, int], list[dict]] = {run: [] for run in runs}
        for _ in range(args.repeats):
            for engine, beam in runs:  # alternating, so a busy spell of the machine hits every engine
                path = hf_dir if ENGINES[engine][0] == "hf" else ct2_dir
                proc = subprocess.run([sys.executable, __file__, args.data_dir, "--worker", engine, path, str(beam),
                                       "--per-bucket", str(args.per_bucket), "--threads", str(args.threads)],
                                      capture_output=True, text=True, check=True)
                rounds[(engine, beam)].append(json.loads(proc.stdout.strip().splitlines()[-1]))
                print(f"# round done: {engine} beam {beam}", file=sys.stderr, flush=True)
    print(table(rounds, engines, beams, args))
    return 0


def table(rounds: dict[tuple[str, int], list[dict]], engines: list[str], beams: list[int], args) -> str:
    """One row per bucket and engine; per beam: sentences per wall second and per CPU second, CPU
    seconds of the bucket, and hf's CPU seconds over this engine's (the speed-up at equal work)."""
    lines = [f"FLORES kk, {args.per_bucket} sentences per bucket, beams {'/'.join(map(str, beams))}, batch {BATCH} "
             f"sorted by length, {args.threads} threads, output forced to the batch's longest input; "
             f"best of {args.repeats} rounds (by CPU seconds)", ""]
    head = f"{'bucket (src tokens)':<20} {'engine':<9}"
    for b in beams:
        tag = "greedy" if b == 1 else f"beam{b}"
        head += f" | {tag + ' sent/s':>13} {'sent/CPU-s':>10} {'CPU-s':>7} {'ct2/hf':>6} {'RSS MB':>6}"
    lines.append(head)
    for name, (lo, hi) in BUCKETS.items():
        for e in engines:
            row = f"{name + f' ({lo}-{hi})':<20} {e:<9}"
            for b in beams:
                best = min((r["buckets"][name] for r in rounds[(e, b)]), key=lambda x: x["cpu_s"])
                wall = min(r["buckets"][name]["wall_s"] for r in rounds[(e, b)])
                hf = ("hf-fp32", b)
                ratio = (f"{min(r['buckets'][name]['cpu_s'] for r in rounds[hf]) / best['cpu_s']:.2f}x"
                         if hf in rounds and e != "hf-fp32" else "")
                rss = max(r["peak_rss_mb"] for r in rounds[(e, b)])
                row += (f" | {best['sentences'] / wall:13.2f} {best['sentences'] / best['cpu_s']:10.2f} "
                        f"{best['cpu_s']:7.1f} {ratio:>6} {rss:6.0f}")
            lines.append(row)
    lines.append("")
    for b in beams:
        lines.append(f"beam {b}: load s " + ", ".join(f"{e} {min(r['load_s'] for r in rounds[(e, b)]):.1f}"
                                                      for e in engines)
                     + "; output tokens per bucket (" + "/".join(engines) + "): " + "; ".join(
                         f"{name} " + "/".join(str(rounds[(e, b)][0]["buckets"][name]["out_tokens"]) for e in engines)
                         for name in BUCKETS))
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
