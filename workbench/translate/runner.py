"""Translate sentences with caching, length-sorted batches and cutting of long inputs.

Shared by every backend: a sentence is looked up in the Store first (namespace
``mt``, key = backend, model with content hash, output-changing settings, source
language, text), so a re-run translates nothing twice. The misses are cut to fit
the model's input limit, the pieces sorted by length (padding is wasted work) and
sent in batches, and each sentence's pieces are rejoined in order.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from ..document import Document
from ..errors import ModelError
from ..records import Translation
from ..store import Store, content_key
from .backend import Backend, backend_class
from .chunk import split_to_fit
from .preserve import check_preservation
from .settings import SOURCE_LANGS, ModelChoice, TranslationSettings, default_settings

NAMESPACE = "mt"
Progress = Callable[[int], None]

_OPEN: dict[tuple, Backend] = {}


def open_backend(choice: ModelChoice, lang: str, settings: TranslationSettings) -> Backend:
    """Load (once per process) the backend a language is configured with."""
    key = (choice.backend, choice.model, lang, settings.threads, settings.compute_type, settings.allow_pickle,
           settings.beam_size, settings.batch_size, settings.max_input_tokens)
    if key not in _OPEN:
        cls = backend_class(choice.backend)
        try:
            _OPEN[key] = cls(choice.model, lang, settings)
        except ModelError as e:
            raise ModelError(f"{lang} ({choice.origin} {choice.describe()}): {e}") from None
    return _OPEN[key]


def _signature_value(backend: Backend) -> str:
    if backend.name in ("translit", "apertium"):
        return backend.model_id
    return f"{backend.name}+{backend.model_id}"


def translate_strings(backend: Backend, texts: list[str], src_lang: str, settings: TranslationSettings,
                      store: Store | None, progress: Progress | None = None) -> list[str]:
    """English for each text (same order); empty or blank texts give ""."""
    advance = progress or (lambda n: None)
    keys = [content_key(backend.name, backend.model_id, backend.output_settings(settings), src_lang, t.strip())
            for t in texts]
    cached = store.get_many(NAMESPACE, keys) if store is not None else {}
    done = {k: v.decode("utf-8") for k, v in cached.items()}
    todo: dict[str, str] = {}
    for k, t in zip(keys, texts):
        if k in done:
            continue
        if not t.strip():
            done[k] = ""
        elif k not in todo:
            todo[k] = " ".join(t.split())
    advance(len(texts) - sum(1 for k in keys if k in todo))
    if todo:
        done.update(_translate_missing(backend, todo, src_lang, settings, store, advance, len(texts), keys))
    return [done[k] for k in keys]


def _translate_missing(backend: Backend, todo: dict[str, str], src_lang: str, settings: TranslationSettings,
                       store: Store | None, advance: Progress, n_texts: int, keys: list[str]) -> dict[str, str]:
    pieces_of: dict[str, list[str]] = {}
    for k, text in todo.items():
        if backend.max_input_tokens:
            count = lambda s: backend.count_tokens([s])[0]  # noqa: E731
            pieces_of[k] = [p.strip() for p in split_to_fit(text, count, backend.max_input_tokens) if p.strip()]
        else:
            pieces_of[k] = [text]
    unique = sorted({p for ps in pieces_of.values() for p in ps}, key=lambda p: (len(p), p))
    english: dict[str, str] = {}
    remaining = {k: len(set(ps)) for k, ps in pieces_of.items()}
    waiting: dict[str, list[str]] = {}  # piece -> sentences that contain it
    for k, ps in pieces_of.items():
        for p in set(ps):
            waiting.setdefault(p, []).append(k)
    copies = Counter(keys)
    out: dict[str, str] = {}
    step = backend.batch_size or settings.batch_size
    for i in range(0, len(unique), step):
        batch = unique[i:i + step]
        result = backend.translate_batch(batch, src_lang)
        if len(result) != len(batch):
            raise ModelError(f"{backend.name} returned {len(result)} translations for {len(batch)} inputs")
        finished: dict[str, str] = {}
        for piece, en in zip(batch, result):
            english[piece] = en.strip()
            for k in waiting[piece]:
                remaining[k] -= 1
                if remaining[k] == 0:
                    finished[k] = " ".join(english[p] for p in pieces_of[k] if english[p])
        if finished:
            if store is not None:  # saved as they finish: an interrupted run keeps its work
                store.put_many(NAMESPACE, {k: v.encode("utf-8") for k, v in finished.items()})
            out.update(finished)
            advance(sum(copies[k] for k in finished))
    return out


def translate_texts(texts: list[str], src_lang: str, settings: TranslationSettings | None,
                    store: Store | None, progress: Progress | None = None) -> list[Translation]:
    """Translations of loose texts (issue offsets are into each text)."""
    settings = settings or default_settings()
    backend = open_backend(settings.choice(src_lang), src_lang, settings)
    english = translate_strings(backend, texts, src_lang, settings, store, progress)
    return [_record(backend, src, en, 0, src_lang) for src, en in zip(texts, english)]


def _record(backend: Backend, source: str, english: str, start: int, lang: str) -> Translation:
    issues = () if backend.untranslated or not english else check_preservation(source, start, english, lang)
    return Translation(text=english, backend=backend.name, model=backend.model_id,
                       untranslated=backend.untranslated, issues=issues)


def translate_documents(docs: list[Document], settings: TranslationSettings | None, store: Store | None,
                        progress: Progress | None = None) -> tuple[dict[str, Translation], dict[str, str]]:
    """Translations of every sentence of every kk/tr/bg document, keyed by sentence id,
    and signature fields naming the model used per language (``{"mt.bg": "apertium-…#…"}``)."""
    settings = settings or default_settings()
    translations: dict[str, Translation] = {}
    signature: dict[str, str] = {}
    for lang in SOURCE_LANGS:
        sentences = [s for d in docs if d.lang == lang for s in d.sentences]
        if not sentences:
            continue
        backend = open_backend(settings.choice(lang), lang, settings)
        signature[f"mt.{lang}"] = _signature_value(backend)
        if backend.output_settings(settings):
            signature[f"mt.{lang}.opts"] = backend.output_settings(settings)
        english = translate_strings(backend, [s.text for s in sentences], lang, settings, store, progress)
        for s, en in zip(sentences, english):
            translations[s.id] = _record(backend, s.text, en, s.start, lang)
    return translations, signature
