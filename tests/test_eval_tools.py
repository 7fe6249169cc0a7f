"""The evaluation helpers measure what they claim: KazNERD spans, injected changes, citing flags.

No shared data: each case is a few hand-written lines.
"""
from __future__ import annotations

import os
import random
import sys

import pytest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "eval"))

from _inject import inject_date, inject_hedge, inject_number, numbers  # noqa: E402
from _workbench import cites  # noqa: E402
from kaznerd_facts import detokenize, gold_spans  # noqa: E402


def test_kaznerd_text_and_spans_rebuilt_from_tokens():
    tokens = ["Биыл", "3", ",", "5", "миллиард", "теңге", "(", "шамамен", ")", "бөлінді", "."]
    tags = ["B-DATE", "B-MONEY", "I-MONEY", "I-MONEY", "I-MONEY", "I-MONEY", "O", "O", "O", "O", "O"]
    text, offsets = detokenize(tokens)
    assert text == "Биыл 3,5 миллиард теңге (шамамен) бөлінді."
    assert all(text[a:b] == t for t, (a, b) in zip(tokens, offsets))
    spans = gold_spans(tags, text, offsets)
    assert [(s.label, s.text, s.digits) for s in spans] == [("DATE", "Биыл", False),
                                                           ("MONEY", "3,5 миллиард теңге", True)]


def test_kaznerd_adjacent_spans_of_one_class_stay_apart():
    tokens = ["екі", "бес"]
    text, offsets = detokenize(tokens)
    assert [s.text for s in gold_spans(["B-CARDINAL", "B-CARDINAL"], text, offsets)] == ["екі", "бес"]


def test_numbers_skip_years_days_times_and_ordinals():
    line = "On 15 July 2015 at 15.00, 30 people came for the 5th time."
    assert [m.group() for m in numbers(line, "en")] == ["30"]


def test_injected_number_changes_only_a_number_both_sides_state():
    src = ["Bugün 30 kişi geldi, 2015 yılında 12 kişi vardı."]
    en = ["Today 30 people came; there were 7 in 2015."]
    for seed in range(5):
        change = inject_number(random.Random(seed), src, en, "tr", "en")
        assert change is not None and change.sub == "digits"
        assert change.note.startswith("30 -> ")
        new = change.new_line[change.start:change.end]
        assert new != "30" and len(new) == 2
        assert change.new_line.replace(new, "30", 1) == src[0]


def test_an_injected_number_word_keeps_the_script_of_its_line():
    """Serbian packs list number words in both scripts; a Cyrillic line gets a Cyrillic word
    («три», never «tri»), or the injected change is an artefact no reader would write."""
    for src, lang in ((["Дошло је пет људи."], "sr"), (["Došlo je pet ljudi."], "sr")):
        for seed in range(8):
            change = inject_number(random.Random(seed), src, ["Five people came."], lang, "en")
            assert change is not None and change.sub == "words"
            new = change.new_line[change.start:change.end]
            cyr = any("\u0400" <= c <= "\u04ff" for c in new)
            assert cyr == (src[0][0] == "Д"), (src, new)


def test_injected_date_and_hedge_spans_point_at_the_change():
    src = ["Около 40 души загинаха през 2019 г."]
    en = ["About 40 people died in 2019."]
    date = inject_date(random.Random(1), src, en, "bg", "en")
    assert date.sub == "year" and date.new_line[date.start:date.end] != "2019"
    removed = inject_hedge(random.Random(1), src, en, "bg", "en", "remove")
    assert removed.new_line == "40 души загинаха през 2019 г."
    assert removed.new_line[removed.start:removed.end] == "40"
    changed = inject_hedge(random.Random(1), src, en, "bg", "en", "change")
    assert changed.new_line.endswith(" 40 души загинаха през 2019 г.")
    assert not changed.new_line.startswith("Около")
    assert inject_hedge(random.Random(1), src, en, "bg", "en", "add") is None  # both sides already hedged


def test_a_word_past_a_closing_bracket_is_no_hedge_of_the_number():
    """«Punakha (Nu 200) gibi yakın yerlere» (nearby places): "yakın" hedges nothing of 200."""
    src = ["Taksiler Paro (Nu 150) ve Punakha (Nu 200) gibi yakın yerlere gitmek için hızlıdır."]
    en = ["Taxis go to nearby places such as Paro (Nu 150) and Punakha (Nu 200)."]
    assert inject_hedge(random.Random(1), src, en, "tr", "en", "change") is None
    hedged = ["Taksiler 200'e yakın yere gider."]
    assert inject_hedge(random.Random(1), hedged, ["Taxis go to nearly 200 places."], "tr", "en", "change")


def test_an_injected_month_in_a_hyphenated_word_keeps_the_word_and_the_case():
    """"post-September" becomes "post-July", never a lower-case "may" ("in the may 11, 2001 era")."""
    src = ["Searches became more intrusive in the post-September 11, 2001 era."]
    other = ["Aramalar 11 Eylül 2001 sonrası dönemde arttı."]
    months = [c for c in (inject_date(random.Random(s), src, other, "en", "tr") for s in range(20)) if c.sub == "month"]
    assert months
    for c in months:
        changed = c.new_line[c.start:c.end]
        assert changed.startswith("post-") and changed[5].isupper() and changed != "post-September"


def test_a_flag_cites_a_change_by_its_evidence_span_or_sentence():
    doc = {"id": "d", "sentences": [{"id": "s1", "start": 0, "end": 20}, {"id": "s2", "start": 21, "end": 40}]}
    spanned = {"evidence": [{"doc": "d", "sentence": "s2", "start": 25, "end": 27}]}
    assert cites(spanned, doc, 26, 28)
    assert not cites(spanned, doc, 30, 32)
    unspanned = {"evidence": [{"doc": "d", "sentence": "s2", "start": None, "end": None}]}
    assert cites(unspanned, doc, 30, 32) and not cites(unspanned, doc, 5, 6)
    assert not cites({"evidence": [{"doc": "other", "sentence": "s2", "start": 25, "end": 27}]}, doc, 26, 28)


def test_injected_range_end_keeps_the_range_increasing():
    src = ["Uyku kısa bir süre sonra (10-60 dakika) tekrar başlar."]
    en = ["Sleep resumes a short time later (10–60 minutes)."]
    for seed in range(12):
        change = inject_number(random.Random(seed), src, en, "tr", "en")
        low, high = (int(x) for x in change.new_line.split("(")[1].split(" ")[0].split("-"))
        assert low < high, change.note


def test_an_ordinal_after_a_typed_quote_is_no_injected_number():
    """«26"ncı stüdyo albümü» / "26th studio album": the typed quote stands for the apostrophe."""
    assert not numbers('O, 26"ncı stüdyo albümü yayımlandıktan sonra öldü.', "tr")
    assert [m.group() for m in numbers('O, 26 stüdyo albümü yaptı.', "tr")] == ["26"]


def test_injected_day_of_a_day_range_keeps_it_increasing():
    src = ["Sınav 25-26 Kasım tarihlerinde yapıldı."]
    en = ["The exams were held on November 25-26."]
    for seed in range(12):
        change = inject_date(random.Random(seed), src, en, "tr", "en")
        if change.sub == "day":
            low, high = (int(x) for x in change.new_line.split(" ")[1].split("-"))
            assert low < high, change.note


def test_injected_decade_year_moves_by_decades():
    src = ["1980-их је радио на телевизији."]
    en = ["During the 1980s he worked in television."]
    for seed in range(8):
        change = inject_date(random.Random(seed), src, en, "sr", "en")
        assert change.new_line[change.start:change.end].endswith("0"), change.note


def test_no_hedge_is_put_inside_a_score_range_phone_number_or_amount():
    for src, en in (("Ma, Zhang'ı 4-0 mağlup etti.", "Ma beat Zhang 4-0."),
                    ("Skor 21 e 20 oldu.", "The score was 21 to 20."),
                    ("Numara +44 7624 800 100.", "The number is +44 7624 800 100."),
                    ("Ceza $1000 oldu.", "The fine was $1000.")):
        for seed in range(4):
            assert inject_hedge(random.Random(seed), [src], [en], "tr", "en", "add") is None, src
    assert inject_hedge(random.Random(0), ["Около 40 души."], ["40 people."], "bg", "en", "add") is None
    assert inject_hedge(random.Random(0), ["40 души."], ["40 people."], "bg", "en", "add") is not None


def test_a_month_inside_a_hyphenated_word_makes_its_day_no_count():
    assert numbers("in the post-September 11, 2001 era, 30 people", "en")[0].group() == "30"


def test_each_flores_article_serves_one_language_only():
    from _real_data import Pair
    from real_pairs import select_pairs

    pairs = [Pair(f"flores-{lang}-{i:04d}", "flores", lang, ("x",), ("y",))
             for lang in ("kk", "tr", "bg", "ru", "sr") for i in range(200)]
    chosen = select_pairs(pairs, 30, 7)
    articles = [p.id.rsplit("-", 1)[1] for p in chosen]
    assert len(chosen) == 150 and len(set(articles)) == len(articles)
    alone = select_pairs([p for p in pairs if p.lang == "kk"], 30, 7)
    assert alone == [p for p in chosen if p.lang == "kk"]


# --- comparable pools (eval/_comparable_pools.py, eval/_comparable_score.py) --------------------

import _comparable_pools as cp  # noqa: E402
import _comparable_score as cs  # noqa: E402


def _source(n: int = 20, sid: str = "s-r000", langs=("kk", "en")) -> cp.Source:
    return cp.Source(sid, tuple(f"{sid}:{i}" for i in range(n)),
                     {lang: tuple(f"{lang.upper()} line {sid} {i} says {i * 7}." for i in range(n)) for lang in langs})


def _lines_of(doc: cp.Doc) -> list[str]:
    return [k[0] for _, _, k in doc.spans]


def test_pool_is_deterministic_with_a_seed_and_changes_with_another():
    sources = [_source(sid=f"s-r{i:03d}") for i in range(4)]
    a = cp.build_pool(sources, ("kk", "en"), "7-x", "dev")
    b = cp.build_pool(sources, ("kk", "en"), "7-x", "dev")
    c = cp.build_pool(sources, ("kk", "en"), "8-x", "dev")
    assert [(d.id, d.date, d.text, d.spans, d.merges) for d in a] == [(d.id, d.date, d.text, d.spans, d.merges) for d in b]
    assert [d.text for d in a] != [d.text for d in c]


def test_a_pool_seed_draws_other_versions_of_the_same_split():
    import align_comparable as ac

    sources = [_source(sid=f"s-r{i:03d}") for i in range(4)]
    assert ac.pool_seed(13, None) == 13 and ac.pool_seed(13, 7) == 7
    a = ac.make_pool(sources, ("kk", "en"), ac.pool_seed(13, None), "flores.dev")
    b = ac.make_pool(sources, ("kk", "en"), ac.pool_seed(13, 7), "flores.dev")
    assert sorted(d.id for d in a) == sorted(d.id for d in b)  # the same reports and versions ...
    assert [d.text for d in a] != [d.text for d in b]  # ... drawn otherwise


def test_a_version_does_not_depend_on_the_other_languages_of_the_pool():
    sources = [_source(sid=f"s-r{i:03d}", langs=("kk", "tr", "en")) for i in range(3)]
    two = {d.id: d.text for d in cp.build_pool(sources, ("kk", "en"), "1-x", "dev")}
    three = {d.id: d.text for d in cp.build_pool(sources, ("kk", "tr", "en"), "1-x", "dev")}
    assert two and all(three[k] == v for k, v in two.items())


def test_versions_drop_the_declared_share_and_spans_point_at_the_lines():
    src = _source(30)
    for seed in range(20):
        text, spans, merges = cp.make_version(src.keys, src.lines["en"], random.Random(seed))
        kept = [k[0] for _, _, k in spans]
        assert len(kept) == len(set(kept)) == 30 - round(cp.DROP * 30)
        for start, end, (key,) in spans:
            line = src.lines["en"][src.keys.index(key)]
            assert text[start:end] in (line, line[:-1] + ";")


def test_merges_join_adjacent_survivors_into_one_sentence_with_a_semicolon():
    src = _source(40)
    n_merges = 0
    for seed in range(30):
        text, spans, merges = cp.make_version(src.keys, src.lines["en"], random.Random(seed), merge=0.5)
        order = {k: i for i, k in enumerate(src.keys)}
        by_end = {e: (s, k[0]) for s, e, k in spans}
        for j0, j1 in merges:
            n_merges += 1
            first_start, first = by_end[j0]
            second = next(k[0] for s, e, k in spans if s == j1)
            assert text[j0 - 1] == ";" and text[j0:j1] == " "
            survivors = sorted(_lines_of_spans(spans), key=order.get)
            assert survivors.index(second) == survivors.index(first) + 1  # adjacent among the kept lines
    assert n_merges > 100


def test_a_comma_junction_draws_the_same_versions_joined_with_a_comma():
    import align_comparable as ac

    sources = [_source(40, sid=f"s-r{i:03d}") for i in range(3)]
    semi = ac.make_pool(sources, ("kk", "en"), 5, "flores.dev")
    comma = ac.make_pool(sources, ("kk", "en"), 5, "flores.dev", junction="comma")
    assert sum(len(d.merges) for d in semi) > 5
    for a, b in zip(semi, comma):
        assert (a.id, a.spans, a.merges) == (b.id, b.spans, b.merges)  # the same drops, merges and orders
        assert all(a.text[j0 - 1] == ";" and b.text[j0 - 1] == "," for j0, _ in a.merges)
        assert a.text.replace(";", ",") == b.text.replace(";", ",")
    assert cp.merge_lines('He said "yes."', "Then he left.", ",") == ('He said "yes",', "Then he left.")


def _lines_of_spans(spans):
    return [k[0] for _, _, k in spans]


def test_merge_lines_keeps_closing_quotes_and_refuses_questions():
    assert cp.merge_lines('He said "yes."', "Then.") == ('He said "yes";', "Then.")
    assert cp.merge_lines("Он ушёл.»", "Потом.") == ("Он ушёл»;", "Потом.")
    assert cp.mergeable("A line.") and not cp.mergeable("A question?") and not cp.mergeable("Wait...")


def test_blocks_are_reordered_but_keep_their_inner_order():
    src = _source(40)
    order = {k: i for i, k in enumerate(src.keys)}
    moved = 0
    for seed in range(10):
        text, spans, _ = cp.make_version(src.keys, src.lines["en"], random.Random(seed))
        blocks, starts = [], {s: k[0] for s, _, k in spans}
        pos = 0
        for para in text.split("\n\n"):
            blocks.append([starts[pos + off] for off in _line_starts(para)])
            pos += len(para) + 2
        assert all(len(b) <= 6 for b in blocks)  # 2-3 units of one or two lines
        assert sum(len(b) < 2 for b in blocks) <= 1  # only the tail of the units can be shorter
        for b in blocks:
            assert [order[k] for k in b] == sorted(order[k] for k in b)
        firsts = [order[b[0]] for b in blocks]
        moved += firsts != sorted(firsts)
    assert moved >= 8


def _line_starts(para: str) -> list[int]:
    """Offsets where each source line starts in a paragraph (after a newline, or after '; ')."""
    out, i = [0], 0
    for n, ch in enumerate(para):
        if ch == "\n":
            out.append(n + 1)
        elif para.startswith("; ", n):
            out.append(n + 2)
    return out


def test_pack_keeps_reports_within_bounds_and_order():
    groups = [list(range(i * 10, i * 10 + n)) for i, n in enumerate((3, 5, 4, 6, 2, 50, 3))]
    reports = cp.pack(groups, lo=8, hi=20)
    flat = [x for r in reports for x in r]
    assert flat == [x for g in groups for x in g]
    assert all(len(r) <= 20 for r in reports) and all(len(r) >= 8 for r in reports[:-1])


def test_flores_sources_join_one_topic_before_mixing_topics():
    meta, lines = [], []
    for a, (topic, n) in enumerate((("Politics", 5), ("travel, safety", 4), ("politics and war", 5),
                                    ("Travel", 6), ("politics", 6))):
        for _ in range(n):
            meta.append({"URL": f"u{a}", "domain": "news", "topic": topic})
            lines.append(f"line {len(lines)}.")
    sources = cp.flores_sources({"en": lines}, meta, lo=10, hi=20)
    politics = [i for i, m in enumerate(meta) if m["topic"].lower().startswith("politics")]
    assert [int(k.split(":")[1]) for k in sources[0].keys] == politics
    assert sum(len(s.keys) for s in sources) == len(lines)


def test_wmt_sources_start_articles_at_headlines():
    en = ["Storm Hits Coast", "The storm hit.", "People left.", "Markets Rise Again", "Shares rose.", "Bonds fell."]
    tr = [f"tr {i}." for i in range(len(en))]
    sources = cp.wmt_sources(tr, en, "wmt16", lo=2, hi=3)
    assert [s.lines["en"][0] for s in sources] == ["Storm Hits Coast", "Markets Rise Again"]
    assert sources[1].keys == ("wmt16:3", "wmt16:4", "wmt16:5")


def _line_result(docs):
    """A 'segmenter' that keeps every text line whole (merges included), and perfect claims."""
    sentences, texts = {}, {}
    for d in docs:
        sentences[d.id], pos = [], 0
        for n, ln in enumerate(d.text.split("\n")):
            if ln:
                sid = f"{d.id}:{n}"
                sentences[d.id].append((sid, pos, pos + len(ln)))
                texts[sid] = ln
            pos += len(ln) + 1
    return cs.Result(sentences, [[d.id for d in docs]], [], texts)


def test_gold_links_after_a_merge_pair_the_merged_sentence_with_both_lines():
    a = cp.Doc("a", "r", "kk", "2025-01-01", "K0;  K1.\nK2.", [(0, 3, ("l0",)), (5, 8, ("l1",)), (9, 12, ("l2",))],
               [(3, 5)])
    b = cp.Doc("b", "r", "en", "2025-01-01", "E0.\nE2.\nE1.", [(0, 3, ("l0",)), (4, 7, ("l2",)), (8, 11, ("l1",))])
    result = _line_result([a, b])
    gold = cs.fine_gold([a, b], result)
    assert gold == {("a:0", "b:0"), ("a:0", "b:2"), ("a:1", "b:1")}
    assert cs.merged_sentences([a, b], result) == {"a:0"}
    result.claims = [["a:0", "b:0", "b:2"], ["a:1", "b:1"]]
    s = cs.score([a, b], result)
    assert (s.claims["kk-en"].p, s.claims["kk-en"].r) == (1.0, 1.0)
    assert s.types["kk-en", "1-2"].gold == 2 and s.types["kk-en", "1-2"].r == 1.0
    assert s.types["kk-en", "1-1"].gold == 1
    assert s.merged["kk-en"].r == 1.0
    result.claims = [["a:0", "b:0"], ["b:2"], ["a:1", "b:1"]]  # the merge's second line missed
    s = cs.score([a, b], result)
    assert s.claims["kk-en"].r == 2 / 3 and s.merged["kk-en"].r == 0.5
    assert s.types["kk-en", "1-2"].r == 0.5 and s.types["kk-en", "1-1"].p == 1.0


def test_claim_errors_list_missed_and_false_pairs_with_what_each_side_covers():
    a = cp.Doc("a", "r", "kk", "2025-01-01", "K0;  K1.\nK2.", [(0, 3, ("l0",)), (5, 8, ("l1",)), (9, 12, ("l2",))],
               [(3, 5)])
    b = cp.Doc("b", "r", "en", "2025-01-01", "E0.\nE2.\nE1.", [(0, 3, ("l0",)), (4, 7, ("l2",)), (8, 11, ("l1",))])
    result = _line_result([a, b])
    result.claims = [["a:0", "b:0"], ["a:1", "b:2"], ["b:1"]]  # the merge's second line missed, l2 linked to l1
    errors = cs.claim_errors([a, b], result)
    assert [(e["kind"], e["a"], e["b"]) for e in errors] == [
        ("missed", "a:0", "b:2"), ("missed", "a:1", "b:1"), ("false", "a:1", "b:2")]
    first = errors[0]
    assert first["pair"] == "kk-en" and (first["doc_a"], first["doc_b"]) == ("a", "b")
    assert (first["covers_a"], first["covers_b"]) == ("merge", "whole")
    assert (first["claims_a"], first["claims_b"]) == ([0], [1])
    assert (first["text_a"], first["text_b"]) == ("K0;  K1.", "E1.")
    assert (errors[2]["claims_a"], errors[2]["claims_b"]) == ([1], [1])  # the false pair: one claim
    assert cs.covers({"l0": (0.0, 0.5)}) == "part" and cs.covers({"l0": (0.0, 1.0)}) == "whole"
    result.claims = [["a:0", "b:0", "b:2"], ["a:1", "b:1"]]
    assert cs.claim_errors([a, b], result) == []


def test_claim_counts_are_kept_by_report_and_add_up_to_the_pair_s():
    a = cp.Doc("a", "r", "kk", "2025-01-01", "K0;  K1.\nK2.", [(0, 3, ("l0",)), (5, 8, ("l1",)), (9, 12, ("l2",))],
               [(3, 5)])
    b = cp.Doc("b", "r", "en", "2025-01-01", "E0.\nE2.\nE1.", [(0, 3, ("l0",)), (4, 7, ("l2",)), (8, 11, ("l1",))])
    c = cp.Doc("c", "q", "kk", "2025-01-01", "K5.\nK6.", [(0, 3, ("m0",)), (4, 7, ("m1",))])
    d = cp.Doc("d", "q", "en", "2025-01-01", "E5.\nE6.", [(0, 3, ("m0",)), (4, 7, ("m1",))])
    result = _line_result([a, b, c, d])
    result.claims = [["a:0", "b:0"], ["a:1", "b:2"], ["c:0", "d:0"], ["c:1", "d:1"]]
    s = cs.score([a, b, c, d], result)
    r, q = s.reports["kk-en", "r"], s.reports["kk-en", "q"]
    assert (r.tp, r.fp, r.fn) == (1, 1, 2) and (q.tp, q.fp, q.fn) == (2, 0, 0)
    total = s.claims["kk-en"]
    assert (total.tp, total.fp, total.fn) == (r.tp + q.tp, r.fp + q.fp, r.fn + q.fn)
    both = cs.Scores()
    both += s
    both += s
    assert both.reports["kk-en", "q"].tp == 4


def _report_scores(counts: dict[str, tuple[int, int, int]]) -> "cs.Scores":
    s = cs.Scores()
    for report, (tp, fp, fn) in counts.items():
        s.reports["kk-en", report] = cs.PRF(tp, fp, fn)
        s.claims["kk-en"] += cs.PRF(tp, fp, fn)
    return s


def test_the_claim_interval_resamples_reports():
    same = _report_scores({f"r{i}": (9, 1, 0) for i in range(10)})  # every report alike: no spread
    lo, hi = cs.claim_interval(same, "kk-en", draws=200)
    assert lo == hi == pytest.approx(same.claims["kk-en"].f)
    mixed = _report_scores({f"r{i}": (9, 1, 0) if i % 2 else (5, 3, 2) for i in range(10)})
    lo, hi = cs.claim_interval(mixed, "kk-en", draws=500)
    assert lo < mixed.claims["kk-en"].f < hi
    assert cs.claim_interval(mixed, "kk-en", draws=500) == (lo, hi)  # seeded: the same interval
    more = _report_scores({f"r{i}": (9, 1, 0) if i % 2 else (5, 3, 2) for i in range(40)})
    lo4, hi4 = cs.claim_interval(more, "kk-en", draws=500)
    assert hi4 - lo4 < hi - lo  # four times the reports: about half as wide
    assert cs.claim_interval(mixed, "all", draws=500) == (lo, hi)  # one pair: "all" is that pair
    assert cs.claim_interval(mixed, "tr-en") == (0.0, 0.0)  # no report of that pair


def test_interval_rows_give_each_pair_with_gold_then_all_and_are_written(tmp_path):
    import align_comparable as ac

    s = _report_scores({f"r{i}": (9, 1, 0) if i % 2 else (5, 3, 2) for i in range(10)})
    s.claims["en-en"] += cs.PRF(0, 2, 0)  # one language: no gold pair, no row
    rows = ac.interval_rows("dev", s, 200, 13)
    assert [r["pair"] for r in rows] == ["kk-en", "all"]
    assert rows[0]["reports"] == 10 and rows[0]["lo"] < rows[0]["f1"] < rows[0]["hi"]
    ac.write_intervals(str(tmp_path), rows)
    lines = (tmp_path / "intervals.tsv").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "split\tpair\tF1\tlo\thi\treports" and lines[1].startswith("dev\tkk-en\t")


def test_pair_names_follow_the_fixed_order():
    assert cs.pair_name("en", "kk") == "kk-en" and cs.pair_name("sr", "tr") == "tr-sr"


def test_baseline_pairs_mutual_best_cosines_inside_the_given_groups():
    import numpy as np

    a = cp.Doc("a", "r", "kk", "2025-01-01", "", [])
    b = cp.Doc("b", "r", "en", "2025-01-02", "", [])  # a day later: date-only events keep it apart
    result = cs.Result({"a": [("a:0", 0, 1), ("a:1", 1, 2)], "b": [("b:0", 0, 1), ("b:1", 1, 2)]}, [], [])
    emb = {"a:0": np.array([1.0, 0.0]), "a:1": np.array([0.0, 1.0]),
           "b:0": np.array([0.1, 0.9]), "b:1": np.array([0.9, 0.1])}
    by_date = cs.baseline([a, b], result, emb)
    assert sorted(map(sorted, by_date.claims)) == [["a:0"], ["a:1"], ["b:0"], ["b:1"]]
    inside = cs.baseline([a, b], result, emb, within=[["a", "b"]])
    assert sorted(map(sorted, inside.claims)) == [["a:0", "b:1"], ["a:1", "b:0"]]


def test_an_injected_hedge_change_or_removal_makes_the_sides_differ():
    src = ["Около 800 000 войници влязоха."]
    over = ["Over 800,000 soldiers entered."]
    for seed in range(8):
        changed = inject_hedge(random.Random(seed), src, over, "bg", "en", "change")
        assert changed is None or not changed.new_line.lower().startswith(("повече от", "над")), changed.note
    # removing a hedge the other side does not give would make the two sides agree
    assert inject_hedge(random.Random(0), src, ["800,000 soldiers entered."], "bg", "en", "remove") is None
    assert inject_hedge(random.Random(0), src, over, "bg", "en", "remove") is not None


def test_recheck_recomputes_facts_and_flags_on_the_saved_alignment():
    """``real_pairs.py --recheck``: a saved report whose flags are gone (or stale) gets the flags
    the current rules give on its own documents, events and claims: «12 меморандума» / "10
    memoranda" in one claim is a conflict again; the claims are the report's, not re-aligned."""
    from _workbench import recheck

    def doc(i, lang, text):
        return {"id": i, "path": i, "lang": lang, "lang_source": "given", "date": "2026-02-27",
                "title_span": None, "text": text,
                "sentences": [{"id": f"{i}:0", "role": "body", "start": 0, "end": len(text), "text": text,
                               "facts": []}]}
    report = {"settings": {}, "flags": [], "events": [{"id": "e-1", "documents": ["a", "b"], "score": 1.0}],
              "documents": [doc("a", "en", "The two presidents signed 10 memoranda."),
                            doc("b", "bg", "Двамата президенти подписаха 12 меморандума.")],
              "claims": [{"id": "c-1", "event": "e-1", "score": 1.5,
                          "members": [{"doc": "a", "sentences": ["a:0"]}, {"doc": "b", "sentences": ["b:0"]}],
                          "links": [{"a": "a:0", "b": "b:0", "score": 1.5}]}]}
    new = recheck(report)
    conflicts = [f for f in new["flags"] if f["kind"] == "conflict"]
    assert conflicts and conflicts[0]["severity"] in ("high", "medium")
    assert {e["doc"] for e in conflicts[0]["evidence"]} == {"a", "b"}
    assert [f["surface"] for f in new["documents"][1]["sentences"][0]["facts"] if f["kind"] == "quantity"]
    assert new["claims"] == report["claims"] and report["flags"] == []


def test_a_mixed_junction_draws_the_same_versions_each_merge_joined_one_of_three_ways():
    import align_comparable as ac

    sources = [_source(40, sid=f"s-r{i:03d}") for i in range(6)]
    semi = ac.make_pool(sources, ("kk", "en"), 5, "flores.dev")
    mixed = ac.make_pool(sources, ("kk", "en"), 5, "flores.dev", junction="mixed")
    assert mixed == ac.make_pool(sources, ("kk", "en"), 5, "flores.dev", junction="mixed")  # deterministic
    seen = set()
    for a, b in zip(semi, mixed):
        assert (a.id, [k for _, _, k in a.spans], len(a.merges)) == (b.id, [k for _, _, k in b.spans], len(b.merges))
        conj = {"kk": "және", "en": "and"}[b.lang]
        for j0, j1 in b.merges:
            kind = ";" if b.text[j0 - 1] == ";" else f", {conj}" if b.text[j0 - len(conj) - 2:j0] == f", {conj}" else ","
            assert kind != "," or b.text[j0 - 1] == ","
            seen.add(kind if kind[0] != "," or len(kind) == 1 else ", conj")
    assert seen == {";", ",", ", conj"}
    with pytest.raises(ValueError, match="conjunction"):
        cp.build_pool(sources, ("kk",), "5", "dev", junction=cp.JUNCTIONS["mixed"])


def test_a_merged_second_line_opens_in_lower_case_as_the_lines_write_its_first_word():
    lines = ["The talks went well.", "Ministers said the visit ends today.", "Ankara hosted the talks.",
             "He said they met in Ankara."]
    lower = cp.lower_words(lines)
    assert "the" in lower and "ankara" not in lower and "he" not in lower  # never written lower case inside a line
    assert cp.merge_lines(lines[0], lines[1], ", and", lower) == ("The talks went well, and", lines[1])
    assert cp.merge_lines(lines[2], "The visit ends today.", ",", lower) == ("Ankara hosted the talks,",
                                                                             "the visit ends today.")
    assert cp.merge_lines(lines[0], lines[2], ";", lower) == ("The talks went well;", lines[2])  # a name stays


def test_event_counts_are_the_pairwise_links_kept_added_and_missed():
    import _comparable_score as cs

    docs = [cp.Doc(f"{a}-{lang}", a, lang, "2025-01-01", "", []) for a in ("r1", "r2") for lang in ("kk", "en")]
    assert cs.event_counts(docs, [["r1-kk", "r1-en"], ["r2-kk"], ["r2-en"]]) == (1, 0, 1)
    assert cs.event_counts(docs, [[d.id for d in docs]]) == (2, 4, 0)


def test_the_event_sweep_groups_the_pool_as_a_run_with_each_threshold_would(tmp_path):
    """``align_comparable.py --event-sweep``: at a threshold no pair reaches nothing is grouped (every
    gold link missed), at one every pair reaches all is one event (every other link false); the
    module's threshold is left as it was."""
    import align_comparable as ac

    from workbench.align import events
    from workbench.embed import load_encoder

    sources = [_source(8, sid=f"s-r{i:03d}") for i in range(3)]
    docs = ac.make_pool(sources, ("kk", "en"), 5, "flores.dev")
    path = str(tmp_path / "pool.jsonl")
    ac.pool_jsonl(docs, path)
    before = events.EVENT_THRESHOLD
    rows = ac.event_sweep(docs, path, str(tmp_path / "cache.sqlite"), load_encoder(), [1e9, -1e9])
    assert events.EVENT_THRESHOLD == before
    assert [(r["right"], r["false"], r["missed"]) for r in rows] == [(0, 0, 3), (3, 12, 0)]


def test_reports_cut_from_one_article_are_one_event_by_article():
    """``--event-gold article``: the two reports one long article is cut into are one story (by
    report they are apart); a report joining two short articles holds both stories."""
    import _comparable_score as cs

    en = ["Storm Hits Coast"] + [f"The storm hit town {i}." for i in range(5)] + ["Markets Rise", "Shares rose."] \
        + ["Vote Held", "Polls closed."]
    tr = [f"tr {i}." for i in range(len(en))]
    sources = cp.wmt_sources(tr, en, "wmt16", lo=3, hi=4)
    assert [s.stories for s in sources] == [("wmt16-a000",), ("wmt16-a000",), ("wmt16-a001", "wmt16-a002")]
    docs = cp.build_pool(sources, ("tr", "en"), "1", "dev")
    assert {d.stories for d in docs} == {s.stories for s in sources}
    first, second, third = ([d.id for d in docs if d.article == s.id] for s in sources)
    assert cs.event_counts(docs, [first + second, third], "report") == (3, 4, 0)
    assert cs.event_counts(docs, [first + second, third], "article") == (7, 0, 0)
    with pytest.raises(ValueError, match="article"):
        cs.gold_events(docs, "story")


def test_a_comparable_run_records_the_tree_and_the_settings_it_measured(tmp_path, monkeypatch):
    """summary.json names the workbench folder the run imported (a script run beside an older copy
    of the tree imports that copy), its commit, and each pool's signature (every setting, also the
    ones ``--claims-setting`` / ``--events-setting`` changed)."""
    import align_comparable as ac

    import workbench
    from workbench.align import events

    where = ac.tree()
    assert where["path"] == os.path.dirname(os.path.abspath(workbench.__file__))
    assert where["commit"] is None or where["commit"].split("-")[0].isalnum()
    docs = ac.make_pool([_source(8, sid=f"s-r{i:03d}") for i in range(2)], ("kk", "en"), 5, "flores.dev")
    path = str(tmp_path / "pool.jsonl")
    ac.pool_jsonl(docs, path)
    monkeypatch.setattr(events, "LONE_SUPPORT", events.LONE_SUPPORT)  # restored after the test
    monkeypatch.setattr(events, "EVENT_THRESHOLD", events.EVENT_THRESHOLD)
    monkeypatch.setattr(events, "THRESHOLDS", dict(events.THRESHOLDS))
    assert ac.apply_events_settings(["LONE_SUPPORT=None", "EVENT_THRESHOLD=1.25"]) == {
        "LONE_SUPPORT": None, "EVENT_THRESHOLD": 1.25}
    result, _ = ac.run_inprocess(path, str(tmp_path / "cache.sqlite"))
    assert result.signature.startswith("workbench:")
    assert "|events.lone_support:None|" in result.signature and "|events.threshold:1.25|" in result.signature
    report = {"documents": [], "events": [], "claims": [], "signature": "workbench:0.1.0|x:1"}
    assert ac.result_of_report(report).signature == "workbench:0.1.0|x:1"


def _flores_dir(root, langs=("en", "tr"), articles=12, lines=5):
    """A FLORES-shaped data folder: ``articles`` articles of ``lines`` lines, one domain and topic."""
    import csv

    import align_comparable as ac

    base = root / "flores200-devtest"
    base.mkdir()
    n = articles * lines
    for lang in langs:
        (base / ac.FLORES_FILES[lang]).write_text("".join(f"{lang} line {i}.\n" for i in range(n)), encoding="utf-8")
    with open(base / "metadata_devtest.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t")
        w.writerow(["URL", "domain", "topic"])
        w.writerows([f"u{i // lines}", "news", "politics"] for i in range(n))
    return root


def test_report_lines_set_how_long_the_source_reports_are(tmp_path):
    import align_comparable as ac

    data = _flores_dir(tmp_path)
    for lines in ((10, 15), (25, 40)):
        reports = [r for by in ac.load_sources(data, ["en", "tr"], ["flores"], 13, None, lines).values()
                   for r in by["flores"]]
        assert sum(len(r.keys) for r in reports) == 60
        assert all(lines[0] <= len(r.keys) <= lines[1] for r in reports)
    default = ac.load_sources(data, ["en", "tr"], ["flores"], 13, None)
    assert all(15 <= len(r.keys) <= 40 for by in default.values() for r in by["flores"])


@pytest.mark.parametrize("value", ["80,40", "0,10", "40", "a,b"])
def test_report_lines_out_of_order_or_not_numbers_is_a_one_line_usage_error(tmp_path, monkeypatch, capsys, value):
    import align_comparable as ac

    monkeypatch.setattr(sys, "argv", ["align_comparable.py", str(_flores_dir(tmp_path)), "--report-lines", value])
    with pytest.raises(SystemExit) as e:
        ac.main()
    assert e.value.code == 2
    assert capsys.readouterr().err.strip().splitlines()[-1].startswith("align_comparable.py: error: --report-lines:")


def test_report_lines_with_the_short_mode_is_refused_not_ignored(tmp_path, monkeypatch, capsys):
    import align_comparable as ac

    monkeypatch.setattr(sys, "argv", ["align_comparable.py", str(_flores_dir(tmp_path)), "--mode", "short",
                                      "--report-lines", "40,80"])
    with pytest.raises(SystemExit) as e:
        ac.main()
    assert e.value.code == 2
    assert "--report-lines is the long mode's" in capsys.readouterr().err


def test_load_sources_reads_a_second_version_and_names_a_file_of_the_wrong_length(tmp_path):
    import align_comparable as ac

    data = _flores_dir(tmp_path)
    second = tmp_path / "en2.txt"
    second.write_text("".join(f"Other line {i}.\n" for i in range(60)), encoding="utf-8")
    sources = ac.load_sources(data, ["tr", "en", "en2"], ["flores"], 13, None, (10, 15), {"en2": second})
    reports = [r for by in sources.values() for r in by.get("flores", [])]
    assert reports and all(r.lines["en2"][0].startswith("Other line") for r in reports)
    second.write_text("Only one line.\n", encoding="utf-8")
    with pytest.raises(SystemExit) as e:
        ac.load_sources(data, ["tr", "en", "en2"], ["flores"], 13, None, (10, 15), {"en2": second})
    assert str(second) in str(e.value) and "1 lines" in str(e.value)
