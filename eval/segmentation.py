"""Sentence-boundary evaluation on FLORES-200 devtest articles.

Each article (sentences sharing a URL in metadata_devtest.tsv) is joined with
single spaces into running text and re-split.  A boundary is the character
offset where a sentence begins, excluding the article start (equivalently: one
sentence ends and the next begins; the article end is not counted).  We report
boundary precision / recall / F1 for workbench.segment and for pysbd.

"gold" = FLORES line boundaries.  About a fifth of FLORES lines hold more than
one sentence ("He left. She stayed."), so a correct segmenter loses precision
against it; pysbd does too.  "silver" also accepts a split inside a FLORES line
when our segmenter splits that line into the same number of sentences in all
four languages (the four files are parallel line by line, and abbreviation or
number mistakes rarely repeat identically across four languages).  Translators
split and merge sentences differently, so many correct splits stay unconfirmed:
silver precision is closer to a lower bound.  It is a diagnostic, not a gold
standard; --show-errors N lists the disagreements with gold for manual audit.

    python eval/segmentation.py /work/shared/data
"""
from __future__ import annotations

import argparse
import csv
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from workbench.segment import segment  # noqa: E402

LANGS = {"kk": "kaz_Cyrl", "tr": "tur_Latn", "bg": "bul_Cyrl", "en": "eng_Latn", "ru": "rus_Cyrl", "sr": "srp_Cyrl"}


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: set[int], pred: set[int]) -> None:
        self.tp += len(gold & pred)
        self.fp += len(pred - gold)
        self.fn += len(gold - pred)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def cells(self) -> str:
        return f"{self.precision:6.4f} {self.recall:6.4f} {self.f1:6.4f}"


def load_articles(data_dir: Path, code: str) -> list[list[str]]:
    """Sentences of each article, grouped by consecutive identical URL."""
    root = data_dir / "flores200-devtest"
    with open(root / "metadata_devtest.tsv", encoding="utf-8", newline="") as f:
        urls = [row["URL"] for row in csv.DictReader(f, delimiter="\t")]
    lines = (root / f"{code}.devtest").read_text(encoding="utf-8").splitlines()
    if len(lines) != len(urls):
        raise SystemExit(f"{code}.devtest has {len(lines)} lines, metadata has {len(urls)}")
    articles: list[list[str]] = []
    prev = None
    for url, line in zip(urls, lines):
        if url != prev:
            articles.append([])
            prev = url
        articles[-1].append(line.strip())
    return articles


def gold_boundaries(sentences: list[str]) -> tuple[str, set[int]]:
    text, starts, pos = " ".join(sentences), set(), 0
    for i, s in enumerate(sentences):
        if i:
            starts.add(pos)
        pos += len(s) + 1
    return text, starts


def boundary_errors(text: str, gold: set[int], pred: set[int], label: str = "") -> list[str]:
    """One line per disagreement with gold, for manual audit: missed or spurious, with context."""
    lines = []
    for off in sorted(gold ^ pred):
        kind = "missed" if off in gold else "spurious"
        lines.append(f"  {label}{kind:8} …{text[max(0, off - 50):off]}‖{text[off:off + 30]}…")
    return lines


def internal_counts(sentences: list[str], starts: set[int]) -> list[int]:
    """How many predicted boundaries fall strictly inside each FLORES line."""
    counts, pos = [], 0
    for s in sentences:
        counts.append(sum(pos < b < pos + len(s) + 1 for b in starts))
        pos += len(s) + 1
    return counts


def silver_gold(sentences: list[str], gold: set[int], pred: set[int], agree: list[bool]) -> set[int]:
    """Gold plus predicted line-internal boundaries of lines all languages split alike."""
    spans, pos = [], 0
    for s in sentences:
        spans.append((pos, pos + len(s) + 1))
        pos += len(s) + 1
    return gold | {b for b in pred if any(ok and a < b < e for ok, (a, e) in zip(agree, spans))}


def pysbd_starts(segmenter, text: str) -> set[int]:
    starts, pos = set(), 0
    for sent in segmenter.segment(text):
        sent = sent.strip()
        if not sent:
            continue
        found = text.find(sent, pos)
        if found < 0:  # pysbd altered the text; skip this piece
            continue
        if found:
            starts.add(found)
        pos = found + len(sent)
    return starts


def make_pysbd(lang: str):
    try:
        import pysbd
        return pysbd.Segmenter(language=lang, clean=False, char_span=False)
    except (ImportError, ValueError):
        return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data_dir", type=Path, help="shared data directory containing flores200-devtest/")
    parser.add_argument("--show-errors", type=int, default=0, metavar="N",
                        help="print up to N of our boundary errors per language")
    args = parser.parse_args(argv)

    by_lang = {lang: load_articles(args.data_dir, code) for lang, code in LANGS.items()}
    preds: dict[str, list[set[int]]] = {}
    counts: dict[str, list[list[int]]] = {}
    for lang, articles in by_lang.items():
        preds[lang], counts[lang] = [], []
        for sentences in articles:
            text, _ = gold_boundaries(sentences)
            pred = {s for s, _ in segment(text, lang)[1:]}
            preds[lang].append(pred)
            counts[lang].append(internal_counts(sentences, pred))
    n_articles = {len(a) for a in by_lang.values()}
    if len(n_articles) != 1:
        raise SystemExit(f"languages disagree on article count: {n_articles}")

    print(f"{'lang':4} {'articles':>8} {'sents':>6} | {'ours P':>6} {'R':>6} {'F1':>6} | "
          f"{'pysbd P':>7} {'R':>6} {'F1':>6} | {'silver P':>8} {'R':>6} {'F1':>6}")
    total_articles = total_sents = 0
    for lang, articles in by_lang.items():
        sbd = make_pysbd(lang)
        ours, theirs, silver, errors = PRF(), PRF(), PRF(), []
        for i, sentences in enumerate(articles):
            text, gold = gold_boundaries(sentences)
            pred = preds[lang][i]
            ours.add(gold, pred)
            agree = [len({counts[l][i][j] for l in LANGS}) == 1 for j in range(len(sentences))]
            silver.add(silver_gold(sentences, gold, pred, agree), pred)
            errors += boundary_errors(text, gold, pred)
            if sbd is not None:
                theirs.add(gold, pysbd_starts(sbd, text))
        n_sents = sum(map(len, articles))
        total_articles += len(articles)
        total_sents += n_sents
        other = theirs.cells() if sbd is not None else f"{'n/a':>7} {'n/a':>6} {'n/a':>6}"
        print(f"{lang:4} {len(articles):8d} {n_sents:6d} | {ours.cells()} | {other} | "
              f"{silver.precision:8.4f} {silver.recall:6.4f} {silver.f1:6.4f}")
        for line in errors[: args.show_errors]:
            print(line, file=sys.stderr)
    print(f"total: {total_articles} articles, {total_sents} sentences (per language: {total_sents // len(LANGS)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
