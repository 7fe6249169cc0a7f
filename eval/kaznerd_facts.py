"""Kazakh numbers and dates against real gold: KazNERD validation spans vs the fact extractor.

KazNERD (IS2AI, CC BY 4.0) gives Kazakh TV-news sentences one token a line with an
IOB2 tag. Each sentence's text is rebuilt from its tokens (a space between tokens,
none before closing punctuation or after opening punctuation, "3 , 5" joined as
"3,5"), with every token's offsets, and ``workbench.facts.extract_sentence_facts`` is
run on it as Kazakh (no document date: KazNERD sentences have none, so relative
dates such as ``биыл`` must stay relative facts).

Recall, per gold class CARDINAL, QUANTITY, MONEY, PERCENTAGE, DATE (ORDINAL reported
apart): a gold span is found when a quantity or date fact overlaps it ("overlap"),
when a fact of the expected kind overlaps it ("typed": a date fact, or a duration
in years/months/weeks/days, for DATE; a quantity fact for the others), and when a fact has exactly its boundaries ("exact").
Each class is split into spans written with a digit and spans in words only.
Precision: the share of quantity/date facts that overlap a gold span of one of
PRECISION_CLASSES; the false positives are broken down by the gold class they touch.

    python eval/kaznerd_facts.py ../shared/data [--out out/kaznerd] [--limit N]
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

from workbench.facts import extract_sentence_facts  # noqa: E402

RECALL_CLASSES = ("CARDINAL", "QUANTITY", "MONEY", "PERCENTAGE", "DATE")
APART = ("ORDINAL",)
PRECISION_CLASSES = RECALL_CLASSES + APART
FACT_KINDS = ("quantity", "date")
# ordinals in digits ("128-інші бабы", "5-ші") are quantity facts of their own unit since the tenth
# numbers session; KazNERD tags many inside LAW/FACILITY/POSITION names (an article's, a polling
# station's number), so their precision is shown apart, and without them beside it
ORDINAL_KIND = "ordinal"
DURATION_UNITS = ("year", "month", "week", "day")  # canonical unit lemmas of Fact.unit
NO_SPACE_BEFORE = set(".,;:!?)]»”%…")
NO_SPACE_AFTER = set("([«„“")
SAMPLES = 30


@dataclass(frozen=True)
class Span:
    label: str
    start: int
    end: int
    text: str

    @property
    def digits(self) -> bool:
        return any(c.isdigit() for c in self.text)


@dataclass
class Sentence:
    index: int
    line: int  # first line of the sentence in the IOB2 file
    text: str
    gold: list[Span]


def detokenize(tokens: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """Text of a token sequence and each token's (start, end) in it."""
    out, spans = "", []
    for i, tok in enumerate(tokens):
        prev = tokens[i - 1] if i else ""
        glue = (not out or tok[0] in NO_SPACE_BEFORE or prev[-1:] in NO_SPACE_AFTER
                or (prev == "," and i >= 2 and tokens[i - 2][-1:].isdigit() and tok[:1].isdigit()))
        if tok == "," and prev[-1:].isdigit() and i + 1 < len(tokens) and tokens[i + 1][:1].isdigit():
            glue = True
        out += ("" if glue else " ")
        spans.append((len(out), len(out) + len(tok)))
        out += tok
    return out, spans


def gold_spans(tags: list[str], text: str, offsets: list[tuple[int, int]]) -> list[Span]:
    """IOB2 tags to character spans; an I- tag continues a span of its class, else starts one."""
    spans: list[Span] = []
    prev = "O"
    for tag, (a, b) in zip(tags, offsets):
        if tag.startswith("I-") and prev[2:] == tag[2:]:
            last = spans[-1]
            spans[-1] = Span(last.label, last.start, b, text[last.start:b])
        elif tag[:2] in ("B-", "I-"):
            spans.append(Span(tag[2:], a, b, text[a:b]))
        prev = tag
    return spans


def read_iob2(path: str) -> list[Sentence]:
    """Sentences of a KazNERD IOB2 file (``token TAG`` a line, blank line between sentences)."""
    sentences: list[Sentence] = []
    rows: list[tuple[str, str]] = []
    first = 1
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(list(f) + ["\n"], 1):
            line = raw.rstrip("\n")
            if line.strip():
                tok, _, tag = line.rpartition(" ")
                if not tok.strip():
                    raise SystemExit(f"{path}:{n}: expected 'TOKEN TAG', got {line!r}")
                rows.append((tok, tag.strip()))
                continue
            if rows:
                text, offsets = detokenize([t for t, _ in rows])
                sentences.append(Sentence(len(sentences), first, text, gold_spans([t for _, t in rows], text, offsets)))
            rows, first = [], n + 1
    return sentences


def facts_of(s: Sentence) -> tuple[list, str | None]:
    try:
        facts = extract_sentence_facts(s.text, 0, len(s.text), "kk", None, f"s{s.index}")
    except Exception as e:  # the extractor must never raise: count it, go on
        return [], f"{type(e).__name__}: {e}"
    return [f for f in facts if f.kind in FACT_KINDS], None


def _overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def _typed(fact, label: str) -> bool:
    """A fact of the kind the gold class asks for: a date for DATE (or a duration, which KazNERD
    also tags DATE: "екі жыл", "3 ай"), a quantity for the other classes."""
    if label == "DATE":
        return fact.kind == "date" or (fact.kind == "quantity" and fact.unit in DURATION_UNITS)
    return fact.kind == "quantity"


def evaluate(sentences: list[Sentence]):
    recall: dict[tuple[str, str], Counter] = defaultdict(Counter)  # (class, digits|words) -> counts
    misses: dict[str, list] = defaultdict(list)
    precision: Counter = Counter()
    fp_touch: Counter = Counter()
    false_pos: list = []
    errors: list = []
    for s in sentences:
        facts, err = facts_of(s)
        if err:
            errors.append((s, err))
        for g in s.gold:
            if g.label not in PRECISION_CLASSES:
                continue
            over = [f for f in facts if _overlaps(f.start, f.end, g.start, g.end)]
            c = recall[g.label, "digits" if g.digits else "words"]
            c["gold"] += 1
            c["overlap"] += bool(over)
            c["typed"] += any(_typed(f, g.label) for f in over)
            c["exact"] += any(f.start == g.start and f.end == g.end for f in over)
            if not over:
                misses[g.label].append((s, g))
        for f in facts:
            touched = [g.label for g in s.gold if _overlaps(f.start, f.end, g.start, g.end)]
            ok = any(t in PRECISION_CLASSES for t in touched)
            precision[ORDINAL_KIND if f.kind == "quantity" and f.unit == ORDINAL_KIND else f.kind, ok] += 1
            if not ok:
                fp_touch[touched[0] if touched else "none"] += 1
                false_pos.append((s, f, touched))
    return recall, misses, precision, fp_touch, false_pos, errors


def print_tables(recall, precision, fp_touch, errors, n_sentences: int) -> dict:
    out = {}
    print(f"KazNERD validation: {n_sentences} sentences")
    print(f"{'class':<11} {'written':<7} {'gold':>5} {'overlap':>8} {'typed':>7} {'exact':>7}")
    for label in RECALL_CLASSES + ("all",) + APART:
        for how in ("digits", "words", "both"):
            labels = RECALL_CLASSES if label == "all" else (label,)
            hows = ("digits", "words") if how == "both" else (how,)
            c = sum((recall[lb, h] for lb in labels for h in hows), Counter())
            if not c["gold"]:
                continue
            n = c["gold"]
            print(f"{label if how != 'words' else '':<11} {how:<7} {n:>5} {c['overlap'] / n:>8.3f} "
                  f"{c['typed'] / n:>7.3f} {c['exact'] / n:>7.3f}")
            out[f"{label}.{how}"] = {k: c[k] for k in ("gold", "overlap", "typed", "exact")}
    print()
    print(f"precision (a fact overlapping a gold {'/'.join(PRECISION_CLASSES)} span):")
    every = FACT_KINDS + (ORDINAL_KIND,)
    for kind in every + ("no ordinal", "all"):
        kinds = every if kind == "all" else FACT_KINDS if kind == "no ordinal" else (kind,)
        tp = sum(precision[k, True] for k in kinds)
        n = tp + sum(precision[k, False] for k in kinds)
        print(f"  {kind:<10} {tp}/{n} = {tp / n:.3f}" if n else f"  {kind:<10} no facts")
        out[f"precision.{kind}"] = {"facts": n, "correct": tp}
    print("  false positives by the gold span they touch: "
          + ", ".join(f"{k} {v}" for k, v in fp_touch.most_common()))
    tp = sum(precision[k, True] for k in every) + fp_touch["TIME"]
    n = sum(precision.values())
    if n:  # KazNERD's TIME holds durations ("12 минут"), which are quantities to a reviewer
        print(f"  all, a TIME span also counted correct: {tp}/{n} = {tp / n:.3f}")
        out["precision.all_with_time"] = {"facts": n, "correct": tp}
    if errors:
        print(f"  the extractor raised on {len(errors)} sentences (counted as no facts)")
    return out


def write_samples(out: str, misses, false_pos, errors) -> None:
    lines = ["# KazNERD: gold spans no fact overlaps (sample)", ""]
    for label in PRECISION_CLASSES:
        got = misses.get(label, [])
        lines += [f"## {label}: {len(got)} missed", ""]
        lines += [f"- **{g.text}** — {s.text} (line {s.line})" for s, g in got[:SAMPLES]]
        lines.append("")
    lines += ["# Facts overlapping no gold number/date span (sample)", ""]
    for s, f, touched in false_pos[:SAMPLES * 2]:
        lines.append(f"- {f.kind} **{f.surface}** = {f.value!r} (touches {'/'.join(touched) or 'nothing'}) "
                     f"— {s.text} (line {s.line})")
    if errors:
        lines += ["", "# Extractor errors", ""] + [f"- line {s.line}: {e}" for s, e in errors[:SAMPLES]]
    with open(os.path.join(out, "samples.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data_dir")
    ap.add_argument("--out", default="out/kaznerd", help="folder for samples of misses and false positives")
    ap.add_argument("--limit", type=int, help="only the first N sentences")
    args = ap.parse_args(argv)
    t0 = time.time()
    path = os.path.join(args.data_dir, "kaznerd-valid", "IOB2_valid.txt")
    if not os.path.exists(path):
        raise SystemExit(f"{path}: not found (DATA should be the shared data folder)")
    sentences = read_iob2(path)[:args.limit]
    recall, misses, precision, fp_touch, false_pos, errors = evaluate(sentences)
    print_tables(recall, precision, fp_touch, errors, len(sentences))
    os.makedirs(args.out, exist_ok=True)
    write_samples(args.out, misses, false_pos, errors)
    print(f"samples: {os.path.join(args.out, 'samples.md')}; {time.time() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
