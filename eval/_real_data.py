"""Real human-translated report pairs: WMT news Turkish–English and FLORES-200 kk/tr/bg–English.

A pair is the same article in a source language and in English, line-aligned (the
data's own line alignment; the workbench does not see it). WMT has no document ids,
so an "article" is a fixed window of consecutive lines; FLORES articles are the lines
sharing a URL in metadata_devtest.tsv, consecutive articles of one topic joined up to
a window's length so that a report has several sentences.
"""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass

WMT_FILES = ("newstest2016-tren", "newstest2017-tren")
FLORES_FILES = {"en": "eng_Latn.devtest", "kk": "kaz_Cyrl.devtest", "tr": "tur_Latn.devtest",
                "bg": "bul_Cyrl.devtest", "ru": "rus_Cyrl.devtest", "sr": "srp_Cyrl.devtest"}
WINDOW = 10  # lines a WMT article; the most lines a joined FLORES report
FLORES_MIN = 6  # FLORES articles of one topic are joined until the report has this many lines
# Report dates: near when the texts were written (relative dates such as "last year" resolve
# against them), one pair a week so that no event spans two pairs. FLORES gives each
# language its own years: its English side is the same for kk, tr and bg.
DATE_BASE = {("wmt", "tr"): dt.date(2015, 6, 1), ("flores", "kk"): dt.date(2007, 1, 1),
             ("flores", "tr"): dt.date(2010, 1, 1), ("flores", "bg"): dt.date(2013, 1, 1),
             ("flores", "ru"): dt.date(2016, 1, 1), ("flores", "sr"): dt.date(2019, 1, 1)}
DATE_STEP_DAYS = 7


@dataclass(frozen=True)
class Pair:
    id: str  # "wmt-tr-0012", "flores-kk-0003"
    dataset: str  # "wmt" | "flores"
    lang: str  # the source language; the other side is English
    src: tuple[str, ...]  # lines
    en: tuple[str, ...]

    @property
    def key(self) -> tuple[str, str]:
        return self.dataset, self.lang


def _read_lines(path: str) -> list[str]:
    with open(path, encoding="utf-8") as f:
        return [ln.rstrip("\n").strip() for ln in f]


def load_wmt(data_dir: str) -> list[Pair]:
    """Windows of WINDOW consecutive lines of each WMT file, in file order; empty lines dropped."""
    pairs = []
    for name in WMT_FILES:
        base = os.path.join(data_dir, "wmt-tr-en", name)
        tr, en = _read_lines(base + ".tr"), _read_lines(base + ".en")
        if len(tr) != len(en):
            raise SystemExit(f"{base}.tr and .en differ in length ({len(tr)} vs {len(en)} lines)")
        for i in range(0, len(tr) - WINDOW + 1, WINDOW):
            rows = [(a, b) for a, b in zip(tr[i:i + WINDOW], en[i:i + WINDOW]) if a and b]
            pairs.append(Pair(f"wmt-tr-{len(pairs):04d}", "wmt", "tr", tuple(a for a, _ in rows),
                              tuple(b for _, b in rows)))
    return pairs


def load_flores(data_dir: str, langs: tuple[str, ...]) -> list[Pair]:
    """FLORES articles (grouped by URL, consecutive same-topic articles joined) as lang–en pairs."""
    base = os.path.join(data_dir, "flores200-devtest")
    lines = {lang: _read_lines(os.path.join(base, FLORES_FILES[lang])) for lang in ("en", *langs)}
    meta = os.path.join(base, "metadata_devtest.tsv")
    with open(meta, encoding="utf-8") as f:
        rows = [r.split("\t") for r in f.read().splitlines()[1:]]
    if any(len(v) != len(rows) for v in lines.values()):
        raise SystemExit(f"{meta}: FLORES files and metadata differ in length")
    articles: list[tuple[str, list[int]]] = []  # (topic, line indexes) by URL, in file order
    for i, row in enumerate(rows):
        if articles and articles[-1][1][-1] == i - 1 and rows[i - 1][0] == row[0]:
            articles[-1][1].append(i)
        else:
            articles.append((row[2].strip().lower(), [i]))
    reports: list[list[int]] = []
    last_topic = None
    for topic, idx in articles:
        if (reports and topic == last_topic and len(reports[-1]) < FLORES_MIN
                and len(reports[-1]) + len(idx) <= WINDOW):
            reports[-1] += idx
        else:
            reports.append(list(idx))
        last_topic = topic
    pairs = []
    for lang in langs:
        for ri, idx in enumerate(reports):
            pairs.append(Pair(f"flores-{lang}-{ri:04d}", "flores", lang, tuple(lines[lang][i] for i in idx),
                              tuple(lines["en"][i] for i in idx)))
    return pairs


def pair_date(pair: Pair, slot: int) -> str:
    """The date of the ``slot``-th pair of its dataset and language in a pool."""
    return (DATE_BASE[pair.key] + dt.timedelta(days=DATE_STEP_DAYS * slot)).isoformat()
