"""Translation quality on FLORES-200 devtest (L → English): BLEU and chrF, with signatures.

Translates the devtest sentences with one workbench backend (optionally others
too, for a paired bootstrap test: sacrebleu's ``paired-bs``, 1000 resamples, the
first backend is the baseline) and scores against the English references.

    python eval/mt_quality.py /work/shared/data --lang bg --backend apertium --compare-backend translit
    python eval/mt_quality.py DATA --lang tr --backend ct2 --model /models/opus-mt-tr-en-ct2 --limit 200
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sacrebleu.metrics import BLEU, CHRF  # noqa: E402
from sacrebleu.significance import PairedTest  # noqa: E402

from workbench.errors import WorkbenchError  # noqa: E402
from workbench.translate import load_settings, translate_texts  # noqa: E402

FILES = {"kk": "kaz_Cyrl", "tr": "tur_Latn", "bg": "bul_Cyrl", "en": "eng_Latn"}


def read_lines(data_dir: str, lang: str, limit: int | None) -> list[str]:
    path = os.path.join(data_dir, "flores200-devtest", f"{FILES[lang]}.devtest")
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    return lines[:limit] if limit else lines


def translate(lang: str, spec: str, sources: list[str]) -> tuple[list[str], float, str]:
    settings = load_settings(None, {}, {"backends": {lang: spec}})
    t0 = time.perf_counter()
    out = translate_texts(sources, lang, settings, None)
    return [t.text for t in out], time.perf_counter() - t0, out[0].model if out else ""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data_dir")
    ap.add_argument("--lang", required=True, choices=("kk", "tr", "bg"))
    ap.add_argument("--backend", required=True)
    ap.add_argument("--model", help="model directory for hf/ct2")
    ap.add_argument("--compare-backend", action="append", default=[], metavar="B[:DIR]",
                    help="another backend to compare against the first (paired bootstrap)")
    ap.add_argument("--limit", type=int, help="first N sentences only")
    args = ap.parse_args()

    sources = read_lines(args.data_dir, args.lang, args.limit)
    refs = read_lines(args.data_dir, "en", args.limit)
    specs = [f"{args.backend}:{args.model}" if args.model else args.backend] + args.compare_backend
    systems = []
    try:
        for spec in specs:
            hyps, seconds, model = translate(args.lang, spec, sources)
            systems.append((spec, hyps))
            print(f"{spec}: {len(hyps)} sentences in {seconds:.1f} s ({len(hyps) / seconds:.1f} sent/s), model {model}")
    except WorkbenchError as e:
        print(f"mt_quality: error: {e}", file=sys.stderr)
        return 2

    print(f"\nFLORES-200 devtest {args.lang}→en, {len(sources)} sentences")
    print(f"{'system':<24} {'BLEU':>6} {'chrF2':>6}")
    bleu, chrf = BLEU(), CHRF()
    for name, hyps in systems:
        print(f"{name:<24} {bleu.corpus_score(hyps, [refs]).score:6.2f} {chrf.corpus_score(hyps, [refs]).score:6.2f}")
    print(f"BLEU signature: {bleu.get_signature()}")
    print(f"chrF signature: {chrf.get_signature()}")

    if len(systems) > 1:
        metrics = {"BLEU": BLEU(), "chrF": CHRF()}
        signatures, scores = PairedTest(systems, metrics, [refs], test_type="bs", n_samples=1000)()
        print(f"\npaired bootstrap (1000 resamples, baseline {systems[0][0]}): score, bootstrap mean (95% CI), p-value")
        names = scores["System"]
        for i, name in enumerate(names):
            cells = []
            for metric in [k for k in scores if k != "System"]:
                r = scores[metric][i]
                p = "" if r.p_value is None else f" p={r.p_value:.4f}"
                cells.append(f"{metric} {r.score:.2f}, mean {r.mean:.2f} (±{r.ci:.2f}){p}")
            print(f"{name:<24} " + "  ".join(cells))
        for metric, sig in signatures.items():
            print(f"{metric} bootstrap signature: {sig}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
