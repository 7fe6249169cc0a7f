"""The HTML report: escaping, ordering, completeness, highlights at offsets, offline-only."""
from __future__ import annotations

import copy
import re
from html.parser import HTMLParser

import pytest

from report_fixture import BG_S1, KK_S1, big_report, build_report, validate
from workbench.render_html import _Span, flag_sort_key, marked_text, render_html


@pytest.fixture(scope="module")
def report():
    r = build_report()
    validate(r)
    return r


@pytest.fixture(scope="module")
def page(report):
    return render_html(report)


class _Marks(HTMLParser):
    """Collects (classes, text) of every <mark>, and every attribute value that names a URL."""

    def __init__(self):
        super().__init__()
        self.marks: list[tuple[str, str]] = []
        self.urls: list[str] = []
        self.depth = 0
        self.ids: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "mark":
            self.marks.append((attrs.get("class", ""), ""))
            self.depth += 1
        for name in ("href", "src", "action", "srcset", "poster", "data"):
            if name in attrs:
                self.urls.append(attrs[name])
        if "id" in attrs:
            self.ids.append(attrs["id"])

    def handle_endtag(self, tag):
        if tag == "mark":
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            cls, text = self.marks[-1]
            self.marks[-1] = (cls, text + data)


def _parse(page: str) -> _Marks:
    p = _Marks()
    p.feed(page)
    return p


def test_source_markup_is_shown_as_text(page):
    assert "<script" not in page.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<b>talks</b>" not in page and "&lt;b&gt;talks&lt;/b&gt;" in page
    assert "<i>again</i>" not in page and "&lt;i&gt;again&lt;/i&gt;" in page
    assert "&lt;nor&gt; cp1251" in page  # rejected-input reason
    assert "One source hedges the &lt;claim&gt;" in page  # flag message


def test_attribute_values_are_escaped(report):
    r = copy.deepcopy(report)
    r["documents"][0]["sentences"][1]["facts"][0]["value"] = 'x" onmouseover="alert(1)'
    page = render_html(r)
    assert 'onmouseover="alert' not in page
    assert "x&quot; onmouseover=&quot;alert(1)" in page


def test_flags_worst_first_dismissed_last_with_note(page):
    order = re.findall(r'<li class="flag [^"]*" id="flag-([^"]+)"', page)
    assert order == ["f-conf01", "f-temp01", "f-tran01", "f-hedg01", "f-info01", "f-conf02"]
    dismissed = re.search(r'<li class="flag sev-high dismissed" id="flag-f-conf02">.*?</li>', page).group(0)
    assert "same person, spelling differs" in dismissed


def test_flag_sort_key_ranks_severity_then_dismissal():
    flags = [{"id": "a", "kind": "hedge", "severity": "info"}, {"id": "b", "kind": "conflict", "severity": "high",
             "dismissed": True}, {"id": "c", "kind": "hedge", "severity": "medium"}]
    assert [f["id"] for f in sorted(flags, key=flag_sort_key)] == ["c", "a", "b"]


def test_every_document_sentence_claim_and_flag_present(report, page):
    ids = set(_parse(page).ids)
    for i, d in enumerate(report["documents"]):
        assert f"doc-{i}" in ids
        for j, _ in enumerate(d["sentences"]):
            assert f"s-{i}-{j}" in ids
    for c in report["claims"]:
        assert f"claim-{c['id']}" in ids
    for f in report["flags"]:
        assert f"flag-{f['id']}" in ids
    for e in report["events"]:
        assert f"event-{e['id']}" in ids


def test_internal_links_resolve_and_nothing_external(page):
    p = _parse(page)
    ids = set(p.ids)
    assert p.urls, "the page should link its parts"
    for url in p.urls:
        assert url.startswith("#"), url
        assert url[1:] in ids, f"dangling link {url}"
    low = page.lower()
    for bad in ("<link", "<img", "<iframe", "<object", "<embed", "@import", "url(", "<base"):
        assert bad not in low
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert "https://example.com/report?a=1&amp;b=&quot;x&quot;" in page  # shown as plain text only


def test_untranslated_transliteration_marked(page):
    m = re.search(r'<div class="en translit">(.*?)</div>', page)
    assert m and "UNTRANSLATED" in m.group(1) and "Aleksandr Vuchich" in m.group(1)
    assert page.count('class="en translit"') == 2  # claim group cell + full text


def test_backend_badges(page):
    assert "apertium: apertium-kaz-eng" in page and "hf: opus-mt-tc-big-tr-en" in page
    assert "English original" in page


def test_facts_and_differences_highlighted_at_offsets(report, page):
    marks = _parse(page).marks
    texts = {t for _, t in marks}
    for d in report["documents"]:
        for s in d["sentences"]:
            for f in s["facts"]:
                assert d["text"][f["start"]:f["end"]] in texts
    diff = [(c, t) for c, t in marks if "diff" in c.split()]
    assert ("fact k-quantity diff sev-high", "12") in diff  # the Bulgarian value of the conflict
    assert any(t == "10" and "lost" in c for c, t in marks)  # number lost in the English rendering
    # dismissed flags do not emphasize values
    assert not any("diff" in c and t == "Александр Вучич" and "sev-high" in c for c, t in marks)
    assert KK_S1[:6] in page and BG_S1[:10] in page


def test_marked_text_uses_offsets_not_search():
    # "10" occurs twice; the span points at the second one (document offsets, base 100)
    out = marked_text("a 10 b 10 <c>", 100, [_Span(107, 109, "fact k-quantity", 'q "10"')])
    assert out == 'a 10 b <mark class="fact k-quantity" title="q &quot;10&quot;">10</mark> &lt;c&gt;'
    # overlapping spans are cut, each piece carries every covering class; out-of-range spans ignored
    out = marked_text("abcdef", 0, [_Span(1, 4, "x", "X"), _Span(3, 5, "y", "Y"), _Span(50, 60, "z", "Z")])
    assert out == ('a<mark class="x" title="X">bc</mark><mark class="x y" title="X; Y">d</mark>'
                   '<mark class="y" title="Y">e</mark>f')


def test_claim_groups_side_by_side_with_links_and_flags(report, page):
    c1 = report["claims"][1]
    row = re.search(rf'<tr class="claim worst-high" id="claim-{c1["id"]}">.*?</tr>', page, re.S).group(0)
    assert "Number of memoranda differs" in row
    assert "0.412" in row and "0.287" in row and c1["links"][0]["id"] in row
    assert row.count('<div class="orig"') == 3
    # English column comes first in the event's table
    header = re.search(r'<table class="claims"><tr>(.*?)</tr>', page).group(1)
    assert header.index("English") < header.index("Kazakh") < header.index("Turkish")
    # full text links to the claim and the claim links back to the sentence
    assert re.search(rf'<tr class="sent[^"]*" id="s-0-1">.*?href="#claim-{c1["id"]}"', page)
    assert 'href="#s-0-1"' in row


def test_single_source_claims_collapsible(page):
    singles = re.findall(r'<details class="singles"><summary>(.*?)</summary>', page)
    assert len(singles) == 3  # bg1 and en1 in event 1, kk2 in event 2
    assert any("Bulgarian" in s for s in singles)


def test_header_signature_counts_and_legend(page):
    assert "multilingual-e5-small#abc123def456" in page
    assert "seeds/broken.txt" in page
    for name in ("Kazakh", "Turkish", "Bulgarian", "English"):
        assert name in page
    assert 'id="legend"' in page and "not</b> a translation" in page


def test_review_unmatched_shown(report):
    r = copy.deepcopy(report)
    r["review"] = {"applied": [], "unmatched": [{"action": "reject", "id": "l-0000", "target": "x:1 y:2",
                                                 "note": "<gone>", "date": "2026-03-01"}]}
    validate(r)
    page = render_html(r)
    assert "no longer match anything" in page and "l-0000" in page and "&lt;gone&gt;" in page


def test_200_documents_render_small():
    r = big_report(200)
    validate(r)
    page = render_html(r)
    assert len(page.encode()) < 15_000_000
    assert page.count('<section class="document"') == 200


def test_marking_a_long_sentence_is_one_sweep_not_pieces_times_spans():
    """Marking a 1 MB line with thousands of facts took minutes when every piece scanned
    every span. Counted, not timed: offsets that count their comparisons show a sweep
    (sorting the boundaries: n log n), not one comparison per piece and span (n squared)."""
    from workbench import render_html as rh

    compares = 0

    class Offset(int):
        def _count(self, other, op):
            nonlocal compares
            compares += 1
            return op(int(self), int(other))

        def __le__(self, other):
            return self._count(other, int.__le__)

        def __lt__(self, other):
            return self._count(other, int.__lt__)

        def __ge__(self, other):
            return self._count(other, int.__ge__)

        def __gt__(self, other):
            return self._count(other, int.__gt__)

        def __sub__(self, other):
            return Offset(int(self) - int(other))

    n = 3000
    text = "".join(f"w{i:04d} " for i in range(n))
    spans = [rh._Span(Offset(6 * i), Offset(6 * i + 5), "fact", f"t{i}") for i in range(n)]
    html = rh.marked_text(text, 0, spans)
    assert html.count("<mark") == n
    assert compares < 40 * n  # the scan made 2 * (2n pieces) * n = 36 million


def test_header_counts_active_and_dismissed_flags(page):
    card = re.search(r'<div class="card alert"><div class="num">(\d+)</div><div class="what">flags</div>'
                     r'<div class="sub">(.*?)</div>', page)
    assert card.group(1) == "5"
    assert card.group(2) == "1 high, 2 medium, 1 low, 1 info · 1 dismissed"


def test_facts_are_glossed_in_english_for_foreign_sentences():
    from workbench.render_html import fact_gloss

    q = {"kind": "quantity", "value": 60.0, "unit": "company", "hedge": "more_than", "low": 60.0, "high": None,
         "surface": "60-тан аса сербиялық компания"}
    assert fact_gloss(q) == "more than 60 companies"
    assert fact_gloss({**q, "value": 10.0, "unit": "memorandum", "hedge": "exact", "low": 10.0, "high": 10.0}) == "10 memoranda"
    d = {"kind": "date", "value": "2026-02-26", "date_end": "2026-02-27", "relative": False, "surface": "26-27 февруари"}
    assert fact_gloss(d) == "26 February 2026 – 27 February 2026"
    assert fact_gloss({"kind": "date", "value": "2026-02-26", "relative": True, "surface": "Кеше"}).endswith("relative date)")
