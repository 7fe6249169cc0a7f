"""Issue 12, twentieth session (helper W20): the worst language pairs.

The comparable-pool scorer (eval/_comparable_score.py) pairs versions of one report only; real
news reprints a sentence in two articles of one story (WMT dev: "University President William
LaForge said ..." in r000 and r021), and the aligner, which puts both stories in one event, is
right to put the copies in one claim. ``same_lines`` makes such copies one gold claim when the run
puts the two reports in one event; off by default (the figures of before)."""
from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "eval"))

import _comparable_pools as cp  # noqa: E402
import _comparable_score as cs  # noqa: E402

SHARED = "The president said he knew of no conflict between them."
SHARED_TR = "Dekan, aralarında bir sorun olduğunu bilmediğini söyledi."


def _pool(shared: str = SHARED, shared_tr: str = SHARED_TR):
    """Two reports (r1, r2), each in tr and en; line 1 of r1 and line 0 of r2 are one sentence
    printed in both articles (the tr copy with a comma more: punctuation is no word)."""
    def doc(did, art, lang, lines, keys):
        text, spans, pos = "", [], 0
        for ln, k in zip(lines, keys):
            spans.append((pos, pos + len(ln), (k,)))
            text += ln + "\n"
            pos += len(ln) + 1
        return cp.Doc(did, art, lang, "2025-01-01", text, spans)

    return [doc("r1-en", "r1", "en", ["Lamb shot his girlfriend at home.", shared], ["a:0", "a:1"]),
            doc("r1-tr", "r1", "tr", ["Lamb kız arkadaşını evinde vurdu.", shared_tr], ["a:0", "a:1"]),
            doc("r2-en", "r2", "en", [shared, "The Fed meets on Thursday."], ["b:0", "b:1"]),
            doc("r2-tr", "r2", "tr", [shared_tr.replace(", ", " , "), "Fed perşembe günü toplanıyor."],
                ["b:0", "b:1"])]


def _result(docs, events):
    sentences, texts = {}, {}
    for d in docs:
        sentences[d.id] = []
        for n, (a, b, _) in enumerate(d.spans):
            sentences[d.id].append((f"{d.id}:{n}", a, b))
            texts[f"{d.id}:{n}"] = d.text[a:b]
    return cs.Result(sentences, events, [], texts)


def test_a_line_reprinted_in_two_reports_of_one_event_is_one_gold_claim():
    docs = _pool()
    one_event = _result(docs, [[d.id for d in docs]])
    before = cs.fine_gold(docs, one_event)
    after = cs.fine_gold(docs, one_event, same_lines=True)
    copies = {("r1-en:1", "r2-en:0"), ("r1-tr:1", "r2-tr:0"), ("r1-en:1", "r2-tr:0"), ("r1-tr:1", "r2-en:0")}
    assert not copies & before
    assert after - before == copies  # the copies only: other lines of the two reports stay apart
    one_event.claims = [["r1-en:1", "r1-tr:1", "r2-en:0", "r2-tr:0"], ["r1-en:0", "r1-tr:0"], ["r2-en:1", "r2-tr:1"]]
    assert cs.Scores.total(cs.score(docs, one_event).claims).p < 1.0
    s = cs.score(docs, one_event, same_lines=True)
    assert cs.Scores.total(s.claims).p == 1.0 and cs.Scores.total(s.claims).r == 1.0


def test_reports_the_run_keeps_apart_add_no_gold_and_short_lines_are_no_claim():
    docs = _pool()
    apart = _result(docs, [["r1-en", "r1-tr"], ["r2-en", "r2-tr"]])
    assert cs.fine_gold(docs, apart, same_lines=True) == cs.fine_gold(docs, apart)
    assert set(cs.same_line_keys(docs)) == {"a:1", "b:0"}
    # a set phrase of few words is not one claim printed twice
    assert not cs.same_line_keys(_pool("Read more here.", "Devamı burada."))
