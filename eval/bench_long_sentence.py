"""Wall time of ``workbench run`` on the seeds plus one-line files of numbers (a table pasted
without its line breaks): the hostile-input case of a single very long sentence.

    .venv/bin/python eval/bench_long_sentence.py SEEDS_DIR [--tree DIR] [--sizes 100000,400000,3000000]
                                                  [--shapes alone,pair,table] [--timeout 600] [--stand-in-encoder]
                                                  [--without-seeds]

Shapes: ``alone``, one long file beside the seeds (the bundled encoder leaves it an event of its
own; the stand-in one puts it in a seeds event); ``pair``, two near copies of it (one figure in a
hundred changed, the same English sentences before the line), which the aligner groups and links,
so their figures are paired with each other; ``table``, the same pair with the figures fifteen to
a line ("Row 1 2 … 15."), as a table keeps its line breaks: no sentence is long, the figures are
as many. Each run is a ``python -m workbench.cli run`` of the tree given (default: this one) in its
own process, with the bundled encoder (``--stand-in-encoder``: a bag of words, as the tests use,
so the figures are the workbench's own code and not the encoder's) and a cache warmed on the seeds
first; a run over ``--timeout`` seconds is killed and reported as such. Prints one line a case:
wall seconds, exit status, the run's summary line and what it skipped. Needs no data but the
seeds; never a test (figures depend on the machine).
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROSE = ("The finance ministry published the regional budget figures on Monday. "
         "Officials said the table below lists every district's spending in tenge.")


def number_line(n_chars: int, seed: int = 1) -> list[str]:
    """Random figures, space-separated, about ``n_chars`` characters in all."""
    rng = random.Random(seed)
    parts, size = [], 0
    while size < n_chars:
        parts.append(str(rng.randint(0, 10 ** 6)))
        size += len(parts[-1]) + 1
    return parts


def build(folder: str, seeds: str | None, n_chars: int, shape: str) -> None:
    """The seeds (unless None) and the long file(s) of ``shape`` in ``folder``."""
    if seeds is None:
        os.makedirs(folder)
    else:
        shutil.copytree(seeds, folder)
    parts = number_line(n_chars)
    rng = random.Random(2)
    copies = {"long_a": parts}
    if shape == "pair":
        copies["long_b"] = [p if rng.random() > 0.01 else str(rng.randint(0, 10 ** 6)) for p in parts]
    if shape == "table":
        copies["long_b"] = [p if rng.random() > 0.01 else str(rng.randint(0, 10 ** 6)) for p in parts]
    for name, figures in copies.items():
        if shape == "table":
            body = "".join(f"Row {' '.join(figures[i:i + 15])}.\n" for i in range(0, len(figures), 15))
        else:
            body = f"Figures: {' '.join(figures)}\n"
        with open(os.path.join(folder, f"{name}.txt"), "w", encoding="utf-8") as f:
            f.write(f" date 2026-02-27 Regional budget published\n{PROSE}\n{body}")


class BagOfWords:
    """The stand-in encoder: each word (of the first 50) a fixed random vector, a text their normalized sum."""

    name, dim = "bag-of-words", 16

    def encode(self, texts):
        import zlib

        import numpy as np

        rows = [np.sum([np.random.default_rng(zlib.crc32(w.lower().encode())).normal(size=self.dim)
                        for w in t.split()[:50]] or [np.zeros(self.dim)], axis=0) for t in texts]
        rows = np.array(rows, dtype=np.float32).reshape(len(texts), self.dim)
        return rows / np.maximum(np.linalg.norm(rows, axis=1, keepdims=True), 1e-9)


def child(argv: list[str]) -> int:
    """``workbench`` with the stand-in encoder (the tree's package is on PYTHONPATH)."""
    import workbench.engine as engines
    from workbench.cli import main as workbench

    engines.load_encoder = lambda spec: BagOfWords()
    return workbench(argv)


def run(tree: str, folder: str, out: str, cache: str, alignments: str, timeout: float,
        stand_in: bool = False) -> tuple[float, str, str]:
    """(wall seconds, exit status or 'killed', the run's summary and skipped lines)."""
    entry = [os.path.abspath(__file__), "--child"] if stand_in else ["-m", "workbench.cli"]
    cmd = [sys.executable, *entry, "run", folder, "--out", out, "--quiet", "--cache", cache,
           "--alignments", alignments]
    env = {**os.environ, "PYTHONPATH": tree}
    start = time.perf_counter()
    with subprocess.Popen(cmd, cwd=tree, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          text=True, start_new_session=True) as proc:
        try:
            _, err = proc.communicate(timeout=timeout)
            status = str(proc.returncode)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, 9)  # the run's own process group, started above
            proc.communicate()
            return time.perf_counter() - start, "killed", f"> {timeout:.0f} s"
    wall = time.perf_counter() - start
    lines = [line[len("workbench: "):][:160] for line in err.splitlines()
             if line.startswith(("workbench: skipped", "workbench: error")) or " documents, " in line]
    return wall, status, " | ".join(lines)


def main() -> int:
    if sys.argv[1:2] == ["--child"]:
        return child(sys.argv[2:])
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("seeds", help="the seeds folder")
    ap.add_argument("--tree", default=ROOT, help="the workbench tree to run (default: this one)")
    ap.add_argument("--sizes", default="100000,400000,3000000", help="characters of the long line, comma-separated")
    ap.add_argument("--shapes", default="alone,pair")
    ap.add_argument("--timeout", type=float, default=600.0)
    ap.add_argument("--stand-in-encoder", action="store_true", help="a bag-of-words encoder instead of the bundled one")
    ap.add_argument("--without-seeds", action="store_true",
                    help="the long files alone (the stand-in encoder may group a table with seeds reports)")
    args = ap.parse_args()
    seeds = os.path.abspath(args.seeds)
    with tempfile.TemporaryDirectory(prefix="bench-long-") as tmp:
        cache, alignments = os.path.join(tmp, "cache.sqlite"), os.path.join(tmp, "alignments")
        wall, status, summary = run(args.tree, seeds, os.path.join(tmp, "out-seeds"), cache, alignments, args.timeout * 3,
                                    args.stand_in_encoder)
        print(f"seeds (cold cache)\t{wall:7.1f} s\tstatus {status}\t{summary}", flush=True)
        for shape in args.shapes.split(","):
            for size in (int(s) for s in args.sizes.split(",")):
                folder = os.path.join(tmp, f"in-{shape}-{size}")
                build(folder, None if args.without_seeds else seeds, size, shape)
                wall, status, summary = run(args.tree, folder, os.path.join(tmp, f"out-{shape}-{size}"), cache,
                                            alignments, args.timeout, args.stand_in_encoder)
                print(f"{shape} {size / 1e3:g} KB\t{wall:7.1f} s\tstatus {status}\t{summary}", flush=True)
                shutil.rmtree(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
