"""A line one version cut in two ends in two claims that hold the same sentences of every other
version (their own in one, shared into the other): they become one when the two parts together
say the line better than the one part alone (``claims._join_split_line``, SPLIT_LINE; issue 12,
twenty-seventh session). The shape is the one read on the dev draws: tr:6 "Son skor tek puan farklı
bir galibiyetti." and tr:7 (the score, the winning streak) say one FLORES line that bg, en, ru and
sr say in one sentence each."""
from __future__ import annotations

import numpy as np
import pytest

from workbench.align import claims as claims_mod
from workbench.align.claims import UnitTable, _Groups, _join_split_line, _Unit, align_claims

from test_align_claims import _doc, _events, _synthetic, topics  # noqa: F401  (a fixture)

DIM = 16
A, B, C, D = np.eye(DIM)[:4]


def _vec(*parts: np.ndarray) -> np.ndarray:
    v = np.sum(parts, axis=0)
    return v / np.linalg.norm(v)


def _table(doc: str, vectors: list[np.ndarray]) -> UnitTable:
    n = len(vectors)
    return UnitTable(doc, [(i,) for i in range(n)], np.stack(vectors), np.full(n, 0.3), [],
                     np.zeros(n, dtype=bool))


def _split(first: np.ndarray = A, second: int = 1, rejected=()) -> tuple[_Groups, dict[str, UnitTable]]:
    """en:0 and bg:0 say A and B in one sentence; tr says them as tr:0 (``first``) and tr:``second``.
    The claim of tr:``second`` holds en:0 and bg:0; the claim of tr:0 holds them shared."""
    docs = [_doc("en", ["A and B."]), _doc("bg", ["A и B."]), _doc("tr", ["A.", "B.", "C."])]
    groups = _Groups(docs, rejected, {})
    assert groups.try_link(_Unit("en", (0,)), _Unit("bg", (0,)), 1.6, accepted=True)
    assert groups.try_link(_Unit("en", (0,)), _Unit("tr", (second,)), 1.4, accepted=True)
    g = groups.of["tr:0"]
    for sid in ("en:0", "bg:0"):  # what the shares do
        groups.members[g][sid.split(":")[0]] = {0}
        groups.links[g].append((sid, "tr:0", 1.2))
        groups.shared.setdefault(g, set()).add(sid)
    tr = [first, B, C] if second == 1 else [first, C, B]
    tables = {"en": _table("en", [_vec(A, B)]), "bg": _table("bg", [_vec(A, B, 0.2 * D)]),
              "tr": _table("tr", [_vec(v) for v in tr])}
    return groups, tables


def _claims(groups: _Groups) -> list[set[str]]:
    return sorted((groups._sentence_ids(g) for g in groups.members), key=sorted)


def test_the_two_parts_of_a_cut_line_end_in_one_claim():
    groups, tables = _split()
    assert len(_claims(groups)) == 3
    _join_split_line(groups, tables)
    assert _claims(groups) == [{"en:0", "bg:0", "tr:0", "tr:1"}, {"tr:2"}]
    g = groups.of["tr:0"]
    assert g == groups.of["tr:1"] == groups.of["en:0"] and groups.members[g]["tr"] == {0, 1}
    assert g not in groups.shared  # en:0 and bg:0 are its own members, shared nowhere now


@pytest.mark.parametrize("first, second, rejected", [
    (C, 1, ()),  # tr:0 says something else: with it, tr:1 says the line worse
    (A, 2, ()),  # the two are not neighbours
    (A, 1, [("tr:0", "bg:0")]),  # a reviewer rejected a pair of the two claims
])
def test_no_join_without_the_evidence(first, second, rejected):
    groups, tables = _split(first, second, rejected)
    before = _claims(groups)
    _join_split_line(groups, tables)
    assert _claims(groups) == before


@pytest.mark.parametrize("on", [True, False])
def test_the_claims_stage_runs_it_when_on(monkeypatch, topics, on):  # noqa: F811
    calls = []
    monkeypatch.setattr(claims_mod, "SPLIT_LINE", on)
    monkeypatch.setattr(claims_mod, "_join_split_line", lambda groups, tables: calls.append(sorted(tables)))
    docs, emb = _synthetic({"a": [0, 1, 2], "b": [2, 0, 1]}, topics)
    align_claims(docs, _events(docs), emb)
    assert bool(calls) is on


def test_the_signature_names_it():
    assert claims_mod.SPLIT_LINE is True and claims_mod.THRESHOLDS["split_line"] is True
