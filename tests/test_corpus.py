import datetime as dt
import json
import os

import pytest

from workbench.corpus import parse_file, parse_jsonl, parse_text
from workbench.errors import InputError
from workbench.inputs import collect_paths, read_documents

from conftest import SEEDS

EXPECTED = {
    "000_9ae659a7c14ae8a7": ("kk", "2026-02-27", "Қазақстан мен Сербия президенттері келіссөздер өткізді"),
    "001_3a5cb6f6d24bdabf": ("tr", "2026-02-27", "Kazakistan ve Sırbistan Arasında İşbirliği Zaptı - Son Dakika"),
    "002_44e68e762c0678cc": ("bg", "2026-02-27", None),
    "003_11ea16f37d6389c3": ("en", "2024-11-19", None),
    "004_199a579caafc12a2": ("kk", "2025-11-25", "Қазақстан мен Еуропалық одақ өңірлік диалогты нығайтудың негізгі рөлін растады"),
}


def test_seeds_parse_with_language_date_and_headline():
    paths, errors = collect_paths([SEEDS])
    docs, read_errors = read_documents(paths)
    assert not errors and not read_errors
    assert {d.id: (d.lang, d.date.isoformat(), d.title_text) for d in docs} == EXPECTED


def test_header_without_headline_starts_body_on_first_line():
    doc = parse_text(" date 2026-02-27 Казахстан и Сърбия ще си сътрудничат. Второ изречение.\n\nТрето.", "x.txt", "x")
    assert doc.title is None
    assert doc.text[doc.body[0]:].startswith("Казахстан и Сърбия")
    assert doc.date == dt.date(2026, 2, 27)


def test_headline_span_points_into_text():
    text = " date 2026-02-27 Kazakistan ve Sırbistan - Son Dakika\nGövde metni burada."
    doc = parse_text(text, "x.txt", "x", lang="tr")
    assert doc.text[doc.title[0]:doc.title[1]] == "Kazakistan ve Sırbistan - Son Dakika"
    assert doc.text[doc.body[0]:doc.body[1]] == "Gövde metni burada."
    assert doc.lang_source == "given"


def test_a_headline_may_end_in_a_quote_and_a_quoted_sentence_is_body():
    """One test of a headline for the header line and the claims (``segment.unpunctuated``): the
    quote closes a headline's quotation, a quoted sentence ends with its own full stop."""
    quoted = parse_text(" date 2026-02-27 Tokayev: «We will win»\nBody text.", "x.txt", "x", lang="en")
    assert quoted.title_text == "Tokayev: «We will win»"
    said = parse_text(" date 2026-02-27 He said: «We will win.»\nBody text.", "x.txt", "x", lang="en")
    assert said.title is None


def test_plain_text_has_no_header():
    doc = parse_text("Just a plain English report. Nothing else.", "p.txt", "p")
    assert doc.date is None and doc.title is None and doc.lang == "en"


def test_invalid_header_date_names_file():
    with pytest.raises(InputError, match=r"bad\.txt: malformed header: invalid date '2026-02-30'"):
        parse_text(" date 2026-02-30 Headline\nBody.", "bad.txt", "bad")


def test_header_without_date_value():
    with pytest.raises(InputError, match="malformed header"):
        parse_text(" date\nBody text.", "bad.txt", "bad")


def test_unknown_language_is_accepted_not_crashing():
    doc = parse_text("Der Präsident traf sich gestern mit seinem Amtskollegen in der Hauptstadt.", "de.txt", "de")
    assert doc.lang == "de"


def test_jsonl_documents_and_bad_lines():
    lines = [
        json.dumps({"id": "a", "text": "Вучич е на официално посещение в Астана.", "date": "2026-02-27", "title": "Заглавие"}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "b", "text": "Tokayev met Vučić in Astana.", "lang": "en", "source": "X"}),
        json.dumps({"text": "no id"}),
        json.dumps({"id": "c", "text": "Text", "date": "27/02/2026"}),
    ]
    docs, errors = parse_jsonl("\n".join(lines).encode(), "pool.jsonl")
    assert [d.id for d in docs] == ["a", "b"]
    a = docs[0]
    assert a.lang == "bg" and a.title_text == "Заглавие" and a.text[a.body[0]:a.body[1]].startswith("Вучич")
    assert docs[1].lang_source == "given" and docs[1].source == "X"
    assert [e.name for e in errors] == ["pool.jsonl:2", "pool.jsonl:4", "pool.jsonl:5"]


def test_duplicate_ids_rejected(tmp_path):
    (tmp_path / "doc.txt").write_text("First report text here.", encoding="utf-8")
    (tmp_path / "doc.md").write_text("Second report text here.", encoding="utf-8")
    docs, errors = read_documents(collect_paths([str(tmp_path)])[0])
    assert len(docs) == 1 and "duplicate document id 'doc'" in str(errors[0])


def test_missing_input_path_is_an_error_not_a_crash(tmp_path):
    paths, errors = collect_paths([str(tmp_path / "nope.txt")])
    assert not paths and "no such file" in str(errors[0])


@pytest.mark.parametrize("text", [
    "Қазақстан мен Сербия президенттері келіссөздер өткізді",
    "Мемлекет басшысы Астана мен Белград арасында конструктивті саяси диалог жолға қойылды деді.",
])
def test_short_kazakh_is_not_russian(text):
    from workbench.langid import detect

    assert detect(text)[0] == "kk"


def test_text_without_letters_is_undetermined():
    from workbench.langid import detect

    assert detect("12 345 — 67.89")[0] == "und"
