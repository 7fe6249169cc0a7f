"""eval/bench_translate.py's table: greedy and beam side by side, each engine against hf at the same beam."""
import argparse
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "eval"))

import bench_translate  # noqa: E402


def _round(cpu: dict[str, float], wall: float = 100.0) -> dict:
    return {"load_s": 1.0, "peak_rss_mb": 500.0,
            "buckets": {name: {"sentences": 16, "in_tokens": 10, "out_tokens": 20, "wall_s": wall, "cpu_s": cpu[name]}
                        for name in bench_translate.BUCKETS}}


def test_table_compares_each_beam_with_hf_at_that_beam_on_the_best_round():
    cpu = {"short": 2.0, "medium": 4.0, "long": 8.0}
    rounds = {
        ("hf-fp32", 1): [_round(cpu), _round({k: v * 3 for k, v in cpu.items()})],  # a busy round: not kept
        ("ct2-fp32", 1): [_round({k: v / 2 for k, v in cpu.items()})],
        ("hf-fp32", 4): [_round({k: v * 4 for k, v in cpu.items()})],
        ("ct2-fp32", 4): [_round({k: v for k, v in cpu.items()})],
    }
    args = argparse.Namespace(per_bucket=16, threads=1, repeats=2)
    text = bench_translate.table(rounds, ["hf-fp32", "ct2-fp32"], [1, 4], args)
    head = next(line for line in text.splitlines() if line.startswith("bucket"))
    assert "greedy sent/s" in head and "beam4 sent/s" in head
    row = next(line for line in text.splitlines() if line.startswith("short") and "ct2-fp32" in line)
    greedy, beam4 = row.split("|")[1:]
    assert greedy.split()[2:4] == ["1.0", "2.00x"]  # CPU-s, hf 2.0 (its best round) / ct2 1.0
    assert beam4.split()[2:4] == ["2.0", "4.00x"]  # hf beam 4 8.0 / ct2 beam 4 2.0, not hf greedy's 2.0
    hf_row = next(line for line in text.splitlines() if line.startswith("short") and "hf-fp32" in line)
    assert hf_row.split("|")[1].split()[1] == "8.00"  # 16 sentences / 2.0 CPU-s
