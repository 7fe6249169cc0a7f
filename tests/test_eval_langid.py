"""eval/langid.py reads its Macedonian sources as documents: UDHR articles, man page text, FLORES articles.

No shared data: each case is a few hand-written lines in the sources' formats.
"""
from __future__ import annotations

import os
import shutil
import sys

import pytest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "eval"))

from langid import apertium_bg_to_mk, articles, manpage_text, udhr_documents  # noqa: E402

UDHR_PAGE = """<html lang="mk"><body><h1>ДЕКЛАРАЦИЈА</h1>
<header><h2>ПРЕАМБУЛА</h2><p>Бидејќи признавањето &amp; правата</p><p>Сега, затоа,</p></header>
<article data-number="1"><h2>Член 1</h2><p>Сите луѓе се раѓаат слободни.</p></article>
<article data-number="2"><h2>Член 2</h2><ol><li>Секој има <em>право</em>.</li><li>Никој нема.</li></ol></article>
<article data-number="3"><h2>Член 3</h2></article>
</body></html>"""

MANPAGE = r""".\" -*- coding: UTF-8 -*-
.TH CAT 1 "Септември 2022" "GNU coreutils 9.1" "Кориснички команди"
.SH ИМЕ
cat \- спојувај фајлови
.TP
\fB\-n\fP, \fB\-\-number\fP
номерирање на излезните линии
"""


def test_udhr_documents_are_the_preamble_and_each_article_without_headings():
    docs = udhr_documents(UDHR_PAGE)
    assert docs == [["Бидејќи признавањето & правата", "Сега, затоа,"], ["Сите луѓе се раѓаат слободни."],
                    ["Секој има право.", "Никој нема."]]  # a heading-only article is no document


def test_manpage_text_drops_comments_and_macros_and_keeps_the_words():
    text = manpage_text(MANPAGE)
    assert text.splitlines() == ['CAT 1 "Септември 2022" "GNU coreutils 9.1" "Кориснички команди"', "ИМЕ",
                                 "cat - спојувај фајлови", "-n, --number", "номерирање на излезните линии"]


def test_articles_are_runs_of_lines_with_one_url():
    assert articles(["a", "b", "c", "d"], ["u1", "u1", "u2", "u1"]) == [(0, "a\nb\n"), (2, "c\n"), (3, "d\n")]


@pytest.mark.skipif(shutil.which("apertium") is None, reason="Apertium is installed by make setup (APT_RUN)")
def test_apertium_bg_to_mk_keeps_one_line_per_line():
    out = apertium_bg_to_mk(["Той каза, че ще дойде.", "Срещата беше в София."])
    if out is None:
        pytest.skip("the bul-mkd mode (apertium-mkd-bul) is not installed")
    assert len(out) == 2 and "ќе" in out[0]
