"""Claim alignment, fifteenth session (issue 12): a headline (a document's title, or a line the
segmenter cut at its line break only: no terminal punctuation) says its story in brief, so it is
close to the body sentence it sums up; a link between a headline and body text only loses
``HEADLINE_PENALTY``, so the body sentence's partner in another version is that body sentence, and
a headline's partner is the other version's headline (``headline_of``, ``segment.unpunctuated``)."""
from __future__ import annotations

import numpy as np
import pytest

from workbench.align import claims as claims_mod
from workbench.align.claims import Mentions, UnitTable, headline_of, mutual_best, pair_links
from workbench.document import Sentence
from workbench.segment import unpunctuated

from test_align_claims import _doc, _unit

E = np.eye(4)
NONE = Mentions(frozenset(), frozenset())


@pytest.mark.parametrize("text, headline", [
    ("Xi urges to open economy wider to world", True),  # a WMT headline
    ('"400 KİŞİ GÖZETİMDE"', True),  # a sub-heading in quotes: closers aside
    ("Kazakistan ve Sırbistan Arasında İşbirliği Zaptı ", True),
    ("He said the talks went well.", False),
    ('"Now, there are approximately 400 people," Münch added.', False),
    ("„В момента това е достатъчно.“", False),  # bg quotes close after the full stop
    ("Did they?)", False),
    ("The ministers agreed on three points:", False),  # leads on to what follows
    ("They met; then they signed…", False),
    ("   ", False),
])
def test_a_line_without_terminal_punctuation_is_unpunctuated(text, headline):
    assert unpunctuated(text) is headline


def test_the_title_and_unpunctuated_lines_are_a_documents_headlines():
    doc = _doc("a", ["Talks in Astana.", "The presidents met on Friday.", "Ten memoranda signed", "They signed ten."])
    assert headline_of(doc) == {2}
    s = doc.sentences[0]
    doc.sentences[0] = Sentence(s.id, s.doc, s.index, s.start, s.end, s.text, role="title")
    assert headline_of(doc) == {0, 2}  # a title is a headline even with a full stop


def _table(doc: str, vectors, headlines=()) -> UnitTable:
    n = len(vectors)
    return UnitTable(doc, [(i,) for i in range(n)], np.stack([_unit(v) for v in vectors]), np.full(n, 0.1),
                     [NONE] * n, np.zeros(n, dtype=bool), headlines=frozenset(headlines))


def _pairs(a: UnitTable, b: UnitTable) -> set[tuple[int, int]]:
    return {(link.a.indices[0], link.b.indices[0]) for link in mutual_best(pair_links(a, b))}


@pytest.mark.parametrize("penalty, partner", [(0.0, 0), (claims_mod.HEADLINE_PENALTY, 1)])
def test_a_body_sentence_links_the_body_sentence_not_the_headline_summing_it_up(monkeypatch, penalty, partner):
    monkeypatch.setattr(claims_mod, "HEADLINE_PENALTY", penalty)
    # a:0, a headline, is a little closer to b:0 (a body sentence) than a:1, the body sentence it sums up
    a = _table("a", [E[0], E[0] + 0.1 * E[1], E[2]], headlines=[0])
    b = _table("b", [E[0] + 0.01 * E[3], E[2]])
    assert _pairs(a, b) == {(partner, 0), (2, 1)}


def test_two_headlines_and_two_body_sentences_are_not_penalized():
    a = _table("a", [E[0], E[0] + 0.1 * E[1]], headlines=[0])
    b = _table("b", [E[0] + 0.01 * E[3], E[0] + 0.1 * E[1]], headlines=[0])
    plain = {(l.a.indices, l.b.indices): l.score for l in pair_links(_table("a", list(a.vectors)), _table("b", list(b.vectors)))}
    for link in pair_links(a, b):
        same = (link.a.indices[0] in a.headlines) == (link.b.indices[0] in b.headlines)
        expected = plain[(link.a.indices, link.b.indices)] - (0 if same else claims_mod.HEADLINE_PENALTY)
        assert link.score == pytest.approx(expected)
    assert _pairs(a, b) == {(0, 0), (1, 1)}


def test_a_merged_unit_holding_a_headline_counts_as_one():
    t = _table("a", [E[0], E[1]], headlines=[0])
    t.units.append((0, 1))
    t.vectors = np.vstack([t.vectors, _unit(E[0] + E[1])])
    t.knn, t.mentions, t.encoded = np.append(t.knn, 0.1), t.mentions + [NONE], np.append(t.encoded, True)
    body, head = _table("b", [E[0] + E[1]]), _table("c", [E[0] + E[1]], headlines=[0])
    merged = lambda other: next(l.score for l in pair_links(t, other) if l.a.indices == (0, 1))
    assert merged(body) == pytest.approx(merged(head) - claims_mod.HEADLINE_PENALTY)


def test_the_headline_penalty_is_in_the_signature():
    assert claims_mod.THRESHOLDS["headline_penalty"] == claims_mod.HEADLINE_PENALTY == 0.3
