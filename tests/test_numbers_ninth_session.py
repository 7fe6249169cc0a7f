"""Classes of misses and false flags read on real translation pairs (eval/real_pairs.py, seed 29;
eval/README.md "Numbers, dates, hedges, ninth session"): one test per class, on sentences
written for the test."""
from workbench.consistency.compare import compare_facts
from workbench.facts import extract_sentence_facts


def _facts(text: str, lang: str, kind: str | None = None):
    out = extract_sentence_facts(text, 0, len(text), lang, None, "s" + lang)
    return [f for f in out if kind is None or f.kind == kind]


def _conflicts(a, b, langs=("", "")):
    """The values of each conflict between two sentences' facts (of the languages ``langs``)."""
    return [sorted(float(g.value) for g in f.facts) for f in compare_facts(a, b, langs=langs) if f.kind == "conflict"]


def test_a_count_adjective_is_read_in_its_own_language_only():
    """tr's "having" adjective («üç boyutlu») ends like en "Somali" or sr «došli»: an English small
    count before "Somali" is a count of English, and does not step aside for the Turkish rule."""
    en = _facts("Pirates held three Somali fishermen and two sailors.", "en")
    tr = _facts("Korsanlar yedi balıkçıyı tuttu.", "tr")
    assert [f.noun for f in en if f.kind == "quantity"] == ["somali", "sailors"]
    assert not _conflicts(en, tr, ("en", "tr"))  # which English count the 7 faces is unknown
    # the Turkish rule itself still applies to Turkish («üç boyutlu» steps aside)
    tr = _facts("Kumanda, üç boyutlu konumunu belirleyen sekiz sensör kullanıyor.", "tr")
    en = _facts("The controller uses two sensors to triangulate its position in three-dimensional space.", "en")
    assert _conflicts(tr, en, ("tr", "en")) == [[2.0, 8.0]]
