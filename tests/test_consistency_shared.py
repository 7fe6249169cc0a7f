"""A sentence in two claims (align/claims._share_merged: a merge of what two claims say apart)
is linked with every document of either claim: the gaps between linked sentences, which the
consistency checks compare as unaligned passages, never hold it."""
from workbench.consistency.check import _gaps
from workbench.consistency.corpus import Corpus

from test_consistency import claim, make_doc


def test_a_shared_sentence_is_an_anchor_for_the_documents_of_each_of_its_claims():
    a = make_doc("a", "en", ["Ten memoranda were signed and trade grew.", "Flights open in May."])
    b = make_doc("b", "kk", ["Он меморандумға қол қойылды.", "Рейстер мамырда ашылады."])
    c = make_doc("c", "tr", ["Ticaret büyüdü."])
    claims = [claim("c-1", ("a", 0), ("b", 0)), claim("c-2", ("a", 0), ("c", 0)), claim("c-3", ("a", 1), ("b", 1))]
    corpus = Corpus([a, b, c], claims, {}, {})
    assert corpus.claims_of["a:0"] == ("c-1", "c-2")
    for gap in (_gaps("a", "b", corpus), _gaps("a", "c", corpus)):
        assert "a:0" not in [sid for sides in gap.values() for side in sides for sid in side]
