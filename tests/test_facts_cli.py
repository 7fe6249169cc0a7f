"""``workbench facts FILE``: one fact a line with kind, surface, value, unit, hedge, interval."""
from __future__ import annotations

import os

from workbench.cli import main

SEEDS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "seeds")


def test_facts_command_lists_the_seed_quantity(capsys):
    assert main(["facts", "--lang", "kk", os.path.join(SEEDS, "000_9ae659a7c14ae8a7.txt")]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert any(line.split("\t")[1:] == ["quantity", "703-732", "60-тан аса сербиялық компания", "60", "company",
                                        "more_than", "[60, -]"] for line in lines)
    assert any("\tdate\t" in line and "2026-02-26\trelative" in line for line in lines)


def test_facts_command_unreadable_file_is_a_one_line_error(capsys, tmp_path):
    assert main(["facts", str(tmp_path / "missing.txt")]) == 2
    assert "cannot read" in capsys.readouterr().err
