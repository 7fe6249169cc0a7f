"""The seeds with no review decision (issue 12, item 6): the claims a careful reader forms across
the three reports of the 2026 visit (000 kk, 001 tr, 002 bg) come out of the aligner alone.

Each group below was read off the texts (English glosses in the comments); none is a rule of
the aligner, which knows nothing of these documents.
"""
import json

import pytest

from workbench.cli import main

from conftest import SEEDS

KK, TR, BG = "000_9ae659a7c14ae8a7", "001_3a5cb6f6d24bdabf", "002_44e68e762c0678cc"
DOC = {"000": KK, "001": TR, "002": BG}

# Sentences that state one claim, so must share a claim (``doc:index``, indices as segmented).
TOGETHER = {
    "60 companies": ("000:9", "001:12", "002:8"),  # more than 60 / more than 60 / about 60 Serbian companies work in Kazakhstan
    "welcome at Akorda": ("000:1", "001:5"),  # Vučić, on an official visit, welcomed at Akorda
    "strategic partner": ("000:5", "001:7"),  # "we consider Serbia an important strategic partner in Europe"
    "direct flights": ("000:7", "002:9"),  # direct flights between Astana and Belgrade were opened
    "AI, IT, energy": ("000:17", "001:8"),  # Vučić: cooperation in AI, IT and energy will lift the friendship
    "welcome in Serbia": ("000:18", "001:9"),  # "we are ready to welcome you in our country soon"
    "expanded talks": ("000:19", "001:10"),  # then talks with both official delegations
    "political dialogue": ("000:24", "001:11"),  # constructive political dialogue between Astana and Belgrade
    "construction projects": ("000:31", "001:13"),  # Vučić wants Kazakh companies in joint (construction) projects
    "defence, AI, data centres": ("000:39", "000:40", "001:14"),  # two kk sentences, one tr sentence
    # tr:12 says two things in one sentence (60 companies; Tokayev thanked Serbia for supporting
    # Kazakhstan's international initiatives); kk tells them 20 sentences apart (9 and 29)
    "thanks for supporting initiatives": ("000:29", "001:12", "000:9"),
}
# A sentence whose partner may be any of several sentences saying the same (one report repeats itself).
ONE_OF = {
    "10 memoranda": ("002:14", ("001:3", "001:4", "001:17", "001:18")),  # 10 memoranda signed (tr says it three times)
    "critical raw materials": ("000:41", ("002:0", "002:3")),  # cooperation on critical minerals / raw materials
    "the visit": ("002:13", ("000:1", "000:13", "001:5")),  # Vučić on an official visit in Astana (26-27 Feb)
}
# Groups the aligner does not form yet (issue 12, open): strict, so a fix must move them up.
NOT_YET = {
    # kk lists "аса маңызды минералдар" among the topics discussed (centered cosine 0.09 with
    # bg:0, -0.06 with bg:3): the encoder sees a list of eight sectors, not the cooperation.
    "critical raw materials": "a topic in a list of eight is far from its own sentence in the encoder",
    # the two lead sentences both say "Kazakhstan and Serbia ... cooperate"; one is about 10
    # memoranda, the other about raw materials: mutual best at a high margin.
    "memoranda vs raw materials": "two lead sentences on cooperation are mutual best",
}


def _cases(names):
    return [pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=NOT_YET[n])) if n in NOT_YET else n
            for n in sorted(names)]


# Pairs a careful reader keeps apart (what the reviewer had to reject in alignments/seeds.review.tsv).
APART = {
    # tr:15 is a sub-heading (no terminal punctuation): against a kk body sentence it loses
    # claims.HEADLINE_PENALTY, so the two are no longer mutual best (fifteenth session)
    "state order vs business delegation": ("000:27", "001:15"),
    "memoranda vs raw materials": ("001:3", "002:0"),
    "construction projects vs 60 companies": ("001:13", "002:8"),
    # tr:5+6 (welcome, then one-on-one talks) as one merged unit meets bg:1 (Tokayev speaking after
    # the talks); kk:1 (the welcome) then links tr:5 and disagrees with tr:6, the member's weak edge,
    # which gives way (claims.RELEASE_EDGES; eighth session)
    "one-on-one meeting vs press statement": ("001:6", "002:1"),
    "strategic partner vs agriculture": ("000:5", "002:4"),
}


@pytest.fixture(scope="module")
def seeds_report(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("seeds-claims")
    empty = tmp / "alignments"
    empty.mkdir()
    assert main(["run", SEEDS, "--out", str(tmp / "out"), "--cache", str(tmp / "cache.sqlite"), "--quiet",
                 "--alignments", str(empty)]) == 0
    report = json.loads((tmp / "out" / "report.json").read_text(encoding="utf-8"))
    assert not report["review"]["applied"]
    return report


def _sid(short: str) -> str:
    doc, index = short.split(":")
    return f"{DOC[doc]}:{index}"


def _groups_of(report, short: str) -> list[set[str]]:
    """Every claim the sentence is a member of (two when it says what two claims say apart)."""
    sid = _sid(short)
    return [{s for m in c["members"] for s in m["sentences"]} for c in report["claims"]
            if any(sid in m["sentences"] for m in c["members"])]


def _linked(report, x: str, y: str) -> bool:
    return any(_sid(y) in g for g in _groups_of(report, x))


def test_the_seeds_are_segmented_as_the_groups_assume(seeds_report):
    text = {s["id"]: s["text"] for d in seeds_report["documents"] for s in d["sentences"]}
    assert "60-тан аса" in text[_sid("000:9")] and "60'tan fazla" in text[_sid("001:12")]
    assert "приблизително 60" in text[_sid("002:8")] and "10 меморандума" in text[_sid("002:14")]
    assert "26-27 февруари" in text[_sid("002:13")] and "минералдар" in text[_sid("000:41")]
    assert "Savunma sanayi" in text[_sid("001:14")] and "қорғаныс" in text[_sid("000:39")]


@pytest.mark.parametrize("name", _cases(TOGETHER))
def test_parallel_claims_share_a_claim(seeds_report, name):
    # every two sentences of different reports are in one claim (not necessarily all in one:
    # a sentence that says two claims another report tells apart may be a member of both)
    group = TOGETHER[name]
    assert all(_linked(seeds_report, x, y) for x in group for y in group if x.split(":")[0] != y.split(":")[0])


@pytest.mark.parametrize("name", _cases(ONE_OF))
def test_a_claim_told_several_times_meets_one_telling(seeds_report, name):
    sentence, partners = ONE_OF[name]
    assert any(_linked(seeds_report, sentence, s) for s in partners)


@pytest.mark.parametrize("name", _cases(APART))
def test_different_claims_stay_apart(seeds_report, name):
    x, y = APART[name]
    assert not _linked(seeds_report, x, y)


def test_flags_without_review_hedge_the_60_companies_and_leave_the_memoranda(seeds_report):
    flags = [f for f in seeds_report["flags"] if f["kind"] in ("hedge", "conflict")]
    (hedge,) = [f for f in flags if f["kind"] == "hedge"]
    assert "more than 60" in hedge["message"] and "about 60" in hedge["message"]
    assert not [f for f in flags if f["kind"] == "conflict" and "memorand" in f["message"]]
    assert not [f for f in flags if f["kind"] == "conflict" and f["severity"] == "high"]
