"""The UD segmentation eval rebuilds running text per document as the treebanks define it.

No shared data: a few hand-written CoNLL-U blocks in each treebank's convention.
"""
from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "eval"))

from segmentation_ud import load_documents  # noqa: E402

_TOKEN = "1\tx\tx\tX\t_\t_\t0\troot\t_\t_\n\n"


def _block(*comments: str) -> str:
    return "".join(f"# {c}\n" for c in comments) + _TOKEN


def test_imst_documents_start_at_newdoc_and_punctuation_only_sentences_are_dropped(tmp_path):
    path = tmp_path / "tr.conllu"
    path.write_text(_block("newdoc id = A", "sent_id = A_1", "text = Bir.")
                    + _block("sent_id = A_2", "text = .")
                    + _block("sent_id = A_3", "text = İki?")
                    + _block("newdoc id = B", "sent_id = B_1", "text = Üç!"), encoding="utf-8")
    docs, dropped = load_documents(path, "tr")
    assert docs == [["Bir.", "İki?"], ["Üç!"]]
    assert dropped == 1


def test_ktb_documents_are_runs_of_one_source_file(tmp_path):
    path = tmp_path / "kk.conllu"
    path.write_text(_block("sent_id = a.txt:1:0", "text = Бір.")
                    + _block("sent_id = a.txt:2:5", "text = Екі.")
                    + _block("sent_id = b.txt:1:0", "text = Үш."), encoding="utf-8")
    docs, dropped = load_documents(path, "kk")
    assert docs == [["Бір.", "Екі."], ["Үш."]]
    assert dropped == 0
