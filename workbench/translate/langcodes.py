"""Source/target language tokens of multilingual seq2seq models, found in their vocabulary.

NLLB-200 names languages ``kaz_Cyrl``; M2M100 ``__kk__``; bilingual Marian
(OPUS-MT) models need none (and multilingual-into-English ones neither). Both the
``hf`` and ``ct2`` backends use the same HF tokenizer, so they share this.
"""
from __future__ import annotations

from dataclasses import dataclass

from .. import lang as _lang
from ..errors import ModelError

NLLB = {p.code: p.nllb for p in _lang.packs()}  # the packs' NLLB-200 / FLORES codes


@dataclass(frozen=True)
class LangTokens:
    family: str  # "nllb" | "m2m100" | "marian"
    src_code: str | None  # value for tokenizer.src_lang
    tgt_token: str | None  # token the decoder must start with (forced BOS / target prefix)


def lang_tokens(tokenizer, src_lang: str, model_dir: str) -> LangTokens:
    vocab = tokenizer.get_vocab()
    if NLLB["en"] in vocab:
        code = NLLB.get(src_lang)
        if code not in vocab:
            raise ModelError(f"{model_dir}: this NLLB model has no token for {src_lang!r} ({code})")
        return LangTokens("nllb", code, NLLB["en"])
    if "__en__" in vocab:
        if f"__{src_lang}__" not in vocab:
            raise ModelError(f"{model_dir}: this M2M100 model has no token for {src_lang!r} (__{src_lang}__)")
        return LangTokens("m2m100", src_lang, "__en__")
    return LangTokens("marian", None, None)


def prepare(tokenizer, tokens: LangTokens) -> None:
    """Set the tokenizer's source language so encoding adds the right language token."""
    if tokens.src_code is not None:
        tokenizer.src_lang = tokens.src_code
