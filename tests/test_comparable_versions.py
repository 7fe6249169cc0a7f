"""Pool shapes of the comparable eval beyond the default recipe (eval/_comparable_pools.py): the
issue's parallel case (every line kept, unmerged, in order) and a second outlet writing one
language (two versions of one language, scored as that language's own pair)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "eval"))

import _comparable_pools as cp  # noqa: E402
import _comparable_score as cs  # noqa: E402

N = 30


def _source():
    keys = tuple(f"l{i}" for i in range(N))
    lines = {"kk": tuple(f"Kk line number {i}." for i in range(N)),
             "en": tuple(f"English line number {i}." for i in range(N)),
             "en2": tuple(f"Another English line {i}." for i in range(N))}
    return cp.Source("r000", keys, lines)


def _lines_of(doc):
    return [doc.text[a:b] for a, b, _ in doc.spans]


def test_parallel_versions_keep_every_line_unmerged_in_order():
    docs = cp.build_pool([_source()], ["kk", "en"], "7", "dev", parallel=True)
    for d in docs:
        assert [k for _, _, (k,) in d.spans] == [f"l{i}" for i in range(N)]
        assert d.merges == []
        assert [t for t in d.text.split("\n") if t] == _lines_of(d)  # a text line each (paragraphs kept in order)
    # the default recipe, for contrast: lines dropped and blocks reordered
    default = cp.build_pool([_source()], ["kk", "en"], "7", "dev")
    assert all(len(d.spans) < N for d in default)


def test_a_second_version_is_its_language_drawn_apart_and_scored_as_that_pair():
    docs = cp.build_pool([_source()], ["kk", "en", "en2"], "7", "dev", versions={"en2": "en"})
    by_id = {d.id: d for d in docs}
    assert set(by_id) == {"dev-r000-kk", "dev-r000-en", "dev-r000-en2"}
    assert by_id["dev-r000-en2"].lang == "en" and by_id["dev-r000-en"].lang == "en"
    assert _lines_of(by_id["dev-r000-en2"])[0].startswith("Another English")
    # drawn with its own seed: other lines dropped than the first English version's
    kept = {d: {k for _, _, (k,) in by_id[d].spans} for d in ("dev-r000-en", "dev-r000-en2")}
    assert kept["dev-r000-en"] != kept["dev-r000-en2"]
    # the two English versions' gold pairs count as en-en
    sentences = {d.id: [(f"{d.id}:{n}", a, b) for n, (a, b, _) in enumerate(d.spans)] for d in docs}
    gold = cs.fine_gold(docs, cs.Result(sentences, [[d.id for d in docs]], []))
    lang = {d.id: d.lang for d in docs}
    pairs = {cs.pair_name(lang[x.rsplit(":", 1)[0]], lang[y.rsplit(":", 1)[0]]) for x, y in gold}
    assert "en-en" in pairs
    # without the mapping the key would be a language of its own
    plain = cp.build_pool([_source()], ["kk", "en", "en2"], "7", "dev")
    assert {d.lang for d in plain} == {"kk", "en", "en2"}


def test_the_default_pool_is_unchanged_by_the_new_shapes():
    # the same versions as before the options existed: ids, texts and spans of an ordinary draw
    a = cp.build_pool([_source()], ["kk", "en"], "7", "dev")
    b = cp.build_pool([_source()], ["kk", "en"], "7", "dev", parallel=False, versions={})
    assert [(d.id, d.text, d.spans, d.merges) for d in a] == [(d.id, d.text, d.spans, d.merges) for d in b]

