"""Bulgarian vs Russian language ID on FLORES-200 devtest (per line and per article) and the seeds.

    .venv/bin/python eval/langid_bg_ru.py /work/shared/data/flores200-devtest seeds

Prints the confusion counts (detected code per true language); issue 9 asks that
no Bulgarian line or article be detected as ``ru`` and every Russian one stay ``ru``.
"""
from __future__ import annotations

import collections
import sys
from pathlib import Path

from workbench.langid import detect


def _articles(flores: Path, name: str) -> tuple[list[str], list[str]]:
    lines = (flores / f"{name}.devtest").read_text(encoding="utf-8").splitlines()
    urls = [r.split("\t")[0] for r in (flores / "metadata_devtest.tsv").read_text(encoding="utf-8").splitlines()[1:]]
    arts: list[str] = []
    prev = None
    for url, line in zip(urls, lines):
        if url != prev:
            arts.append("")
            prev = url
        arts[-1] += line + "\n"
    return lines, arts


def main(flores: str, seeds: str | None = None) -> None:
    for name, truth in (("bul_Cyrl", "bg"), ("rus_Cyrl", "ru")):
        lines, arts = _articles(Path(flores), name)
        for unit, texts in (("line", lines), ("article", arts)):
            counts = collections.Counter(detect(t)[0] for t in texts)
            print(f"{name} per {unit} ({len(texts)}): {dict(counts.most_common())}")
    if seeds:
        for path in sorted(Path(seeds).rglob("*")):
            if path.is_file() and path.suffix in (".txt", ".md", ".jsonl"):
                print(f"seed {path.name}: {detect(path.read_text(encoding='utf-8'))[0]}")


if __name__ == "__main__":
    main(*sys.argv[1:])
