"""Shared helpers for the per-language fact tests: extract from one sentence and check spans."""
from workbench.facts import extract_sentence_facts


def extractor(lang, default_date):
    """``facts(text, kind=None, doc_date=default_date)`` and ``one_quantity(text)`` for one language."""

    def facts(text, kind=None, doc_date=default_date):
        out = extract_sentence_facts(text, 0, len(text), lang, doc_date, "d:0")
        for f in out:
            assert f.surface == text[f.start:f.end]
        return [f for f in out if kind is None or f.kind == kind]

    def one_quantity(text):
        qs = facts(text, "quantity")
        assert len(qs) == 1, qs
        return qs[0]

    return facts, one_quantity
