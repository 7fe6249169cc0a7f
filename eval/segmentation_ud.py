"""Sentence-boundary evaluation on Universal Dependencies treebanks: real gold boundaries.

FLORES lines are translation units, not sentences, so eval/segmentation.py can only
give a capped precision and a "silver" figure. UD treebanks annotate sentences by
hand: UD_Turkish-IMST (news and fiction; ``# newdoc`` starts a document) and
UD_Kazakh-KTB (``# sent_id = FILE:N:OFFSET``; consecutive sentences of one source
file are running text). Each document's ``# text`` lines are joined with single
spaces into running text and re-split; a boundary is the offset where a sentence
begins, the document start excluded. Ours and pysbd (where it has the language) side
by side.

Single-token "sentences" made only of punctuation (IMST keeps some stray ``.``) cannot
be sentences of running text; they are dropped before joining, and counted.

    python eval/segmentation_ud.py ../shared/data [--show-errors N]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from segmentation import PRF, boundary_errors, gold_boundaries, make_pysbd, pysbd_starts  # noqa: E402

from workbench.segment import segment  # noqa: E402

TREEBANKS = {"tr": "tr_imst-ud-dev.conllu", "kk": "kk_ktb-ud-train.conllu"}
_PUNCT_ONLY = regex.compile(r"^[\p{P}\p{S}\s]*$")


def _doc_key(lang: str, comments: dict[str, str], current: str | None) -> str | None:
    """The document a sentence belongs to: IMST's newdoc id, KTB's source file name."""
    if lang == "kk":
        return comments.get("sent_id", "").split(":", 1)[0] or current
    return comments.get("newdoc id", current)


def load_documents(path: Path, lang: str) -> tuple[list[list[str]], int]:
    """Sentences of each document in file order, and how many punctuation-only ones were dropped."""
    docs: list[list[str]] = []
    key, dropped, comments = None, 0, {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# ") and " = " in line:
            name, value = line[2:].split(" = ", 1)
            comments[name.strip()] = value.strip()
        elif not line.strip() and comments:
            new_key = _doc_key(lang, comments, key)
            text = comments.get("text", "")
            if new_key != key or not docs:
                docs.append([])
                key = new_key
            if _PUNCT_ONLY.match(text):
                dropped += 1
            else:
                docs[-1].append(text)
            comments = {}
    return [d for d in docs if d], dropped


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data_dir", type=Path, help="shared data directory containing ud/")
    parser.add_argument("--show-errors", type=int, default=0, metavar="N",
                        help="print up to N of our boundary errors per language to stderr")
    args = parser.parse_args(argv)
    print(f"{'lang':4} {'docs':>5} {'sents':>6} {'dropped':>7} | {'ours P':>6} {'R':>6} {'F1':>6} | "
          f"{'pysbd P':>7} {'R':>6} {'F1':>6}")
    for lang, name in TREEBANKS.items():
        path = args.data_dir / "ud" / name
        if not path.is_file():
            print(f"{lang:4} missing {path}", file=sys.stderr)
            continue
        docs, dropped = load_documents(path, lang)
        sbd = make_pysbd(lang)
        ours, theirs, errors = PRF(), PRF(), []
        for sentences in docs:
            text, gold = gold_boundaries(sentences)
            pred = {s for s, _ in segment(text, lang)[1:]}
            ours.add(gold, pred)
            errors += boundary_errors(text, gold, pred, f"{lang} ")
            if sbd is not None:
                theirs.add(gold, pysbd_starts(sbd, text))
        other = theirs.cells() if sbd is not None else f"{'n/a':>7} {'n/a':>6} {'n/a':>6}"
        print(f"{lang:4} {len(docs):5d} {sum(map(len, docs)):6d} {dropped:7d} | {ours.cells()} | {other}")
        for line in errors[: args.show_errors]:
            print(line, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
