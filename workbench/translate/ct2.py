"""CTranslate2 models (int8 on CPU by default) converted from transformers ones.

Decision: a ct2 model directory is self-contained. ``workbench models convert``
runs the real ``TransformersConverter`` and copies the source model's tokenizer
files (``source.spm``/``target.spm``/``vocab.json``/``tokenizer_config.json``,
or ``sentencepiece.bpe.model``/``tokenizer.json`` for NLLB) next to
``model.bin``, so this backend tokenizes with the same HF tokenizer class the
model was trained with (transformers is imported for the tokenizer only; no
torch). A ct2 directory without them is refused with how to fix it.
"""
from __future__ import annotations

import os

from ..errors import ModelError
from .backend import Backend, register_backend
from .hf import HOW_TO_CONFIGURE, decode_limit, first_line, load_errors, model_id
from .langcodes import lang_tokens, prepare

TOKENIZER_FILES = ("tokenizer_config.json", "tokenizer.json", "special_tokens_map.json", "vocab.json",
                   "source.spm", "target.spm", "sentencepiece.bpe.model", "spiece.model", "added_tokens.json",
                   "generation_config.json")


@register_backend("ct2")
class CT2Backend(Backend):
    needs_model = True

    package = "ctranslate2"
    extra = "ct2"
    marker_file = "model.bin"
    model_kind = "CTranslate2 model"

    def __init__(self, model: str | None, lang: str, settings) -> None:
        if not model or not os.path.isdir(model):
            raise ModelError(f"model directory {model!r} not found; {HOW_TO_CONFIGURE.replace('=hf:', '=ct2:')}")
        if not os.path.isfile(os.path.join(model, "model.bin")):
            hint = (f"; convert it with `workbench models convert {model} OUT_DIR`"
                    if os.path.isfile(os.path.join(model, "config.json")) else "")
            raise ModelError(f"{model}: no model.bin, not a CTranslate2 model{hint}")
        if not os.path.isfile(os.path.join(model, "tokenizer_config.json")):
            raise ModelError(f"{model}: no tokenizer files next to model.bin; reconvert with "
                             "`workbench models convert HF_DIR OUT_DIR`, which copies them")
        try:
            import ctranslate2
            from transformers import AutoTokenizer
        except ImportError as e:
            raise ModelError(f"the ct2 backend needs ctranslate2 and transformers ({e}); "
                             "pip install 'workbench[ct2]'") from None
        try:
            self.tokenizer = AutoTokenizer.from_pretrained(model, local_files_only=True, trust_remote_code=False)
            self.translator = ctranslate2.Translator(model, device="cpu", compute_type=settings.compute_type,
                                                     inter_threads=1, intra_threads=settings.threads)
        except load_errors() as e:
            raise ModelError(f"{model}: cannot load as a CTranslate2 model ({type(e).__name__}: {first_line(e)})") from None
        self.tokens = lang_tokens(self.tokenizer, lang, model)
        prepare(self.tokenizer, self.tokens)
        self.beam_size = settings.beam_size
        self.batch_size = settings.batch_size
        self.max_input_tokens = settings.max_input_tokens
        self.model_id = model_id(model)

    def output_settings(self, settings) -> str:
        return f"beam={settings.beam_size}"

    def count_tokens(self, texts: list[str]) -> list[int]:
        return [len(ids) for ids in self.tokenizer(texts)["input_ids"]]

    def decoding_options(self, input_len: int) -> dict:
        """What translate_batch() is given for inputs of at most ``input_len`` tokens: the beam size
        and output budget the hf backend uses."""
        return {"beam_size": self.beam_size, "max_batch_size": self.batch_size,
                "max_decoding_length": decode_limit(input_len)}

    def generate(self, texts: list[str], **overrides) -> list:
        """CTranslate2 results of a batch; ``overrides`` replace decoding options (the speed
        benchmark forces output lengths)."""
        ids = self.tokenizer(texts, truncation=True, max_length=self.max_input_tokens)["input_ids"]
        source = [self.tokenizer.convert_ids_to_tokens(row) for row in ids]
        prefix = [[self.tokens.tgt_token]] * len(texts) if self.tokens.tgt_token else None
        opts = {**self.decoding_options(max(len(s) for s in source)), **overrides}
        return self.translator.translate_batch(source, target_prefix=prefix, **opts)

    def translate_batch(self, texts: list[str], src_lang: str) -> list[str]:
        out = []
        for r in self.generate(texts):
            hyp = self.tokenizer.convert_tokens_to_ids(r.hypotheses[0])
            out.append(self.tokenizer.decode(hyp, skip_special_tokens=True).strip())
        return out
