"""transformers seq2seq models (MarianMT/OPUS-MT, NLLB-200, M2M100) from a local directory.

Loaded with ``local_files_only=True`` and never ``trust_remote_code``: a model
directory must not be able to run code. For the same reason safetensors weights
are required; pickled ``pytorch_model.bin`` is refused unless the user passes
``--allow-pickle`` (``allow_pickle = true``). torch is imported only here, when
this backend is opened.
"""
from __future__ import annotations

import glob
import os
import pickle

from ..errors import ModelError
from ..signature import hash_directory
from .backend import Backend, register_backend
from .langcodes import lang_tokens, prepare

HOW_TO_CONFIGURE = ("configure it with --backend LANG=hf:DIR, WORKBENCH_MT_<LANG>=hf:DIR or "
                    "[translate.<lang>] backend/model in workbench.toml; see `workbench models list`")


def load_errors() -> tuple[type[BaseException], ...]:
    """What loaders raise on a damaged model directory: garbage safetensors (SafetensorError),
    bad pickles (UnpicklingError), truncated files (EOFError), wrong shapes (RuntimeError)."""
    errors: list[type[BaseException]] = [OSError, ValueError, KeyError, TypeError, RuntimeError, EOFError,
                                         pickle.UnpicklingError]
    try:
        from safetensors import SafetensorError
        errors.append(SafetensorError)
    except ImportError:
        pass
    return tuple(errors)


def first_line(e: BaseException, limit: int = 300) -> str:
    """A loader's message as one line: its first non-empty line, cut to ``limit`` characters."""
    lines = [line.strip() for line in str(e).splitlines() if line.strip()]
    text = lines[0] if lines else type(e).__name__
    return text if len(text) <= limit else text[:limit - 1] + "…"


def model_id(path: str) -> str:
    return f"{os.path.basename(os.path.normpath(path))}#{hash_directory(path)}"


def check_hf_dir(path: str | None, allow_pickle: bool) -> bool:
    """Validate a transformers model directory; True when its weights are safetensors."""
    if not path or not os.path.isdir(path):
        raise ModelError(f"model directory {path!r} not found; {HOW_TO_CONFIGURE}")
    if not os.path.isfile(os.path.join(path, "config.json")):
        hint = " (it looks like a CTranslate2 model: use the ct2 backend)" if os.path.isfile(
            os.path.join(path, "model.bin")) else ""
        raise ModelError(f"{path}: no config.json, not a transformers model directory{hint}")
    if glob.glob(os.path.join(path, "*.safetensors")):
        return True
    if glob.glob(os.path.join(path, "pytorch_model*.bin")):
        if allow_pickle:
            return False
        raise ModelError(f"{path}: refusing pickled weights pytorch_model.bin (loading pickle can run code); "
                         "convert them to model.safetensors, or pass --allow-pickle if you trust the source")
    raise ModelError(f"{path}: no model weights (model.safetensors) found")


@register_backend("hf")
class HFBackend(Backend):
    needs_model = True

    package = "transformers"
    extra = "hf"
    marker_file = "config.json"
    model_kind = "transformers model"

    def __init__(self, model: str | None, lang: str, settings) -> None:
        safetensors = check_hf_dir(model, settings.allow_pickle)
        try:
            import torch
            from transformers import AutoModelForSeq2SeqLM, AutoTokenizer
        except ImportError as e:
            raise ModelError(f"the hf backend needs torch and transformers ({e}); "
                             "pip install 'workbench[hf]'") from None
        torch.set_num_threads(settings.threads)
        self._torch = torch
        try:
            self.tokenizer = AutoTokenizer.from_pretrained(model, local_files_only=True, trust_remote_code=False)
            self.model = AutoModelForSeq2SeqLM.from_pretrained(
                model, local_files_only=True, trust_remote_code=False, use_safetensors=safetensors)
        except load_errors() as e:
            raise ModelError(f"{model}: cannot load as a transformers seq2seq model "
                             f"({type(e).__name__}: {first_line(e)})") from None
        self.model.eval()
        self.tokens = lang_tokens(self.tokenizer, lang, model)
        prepare(self.tokenizer, self.tokens)
        self.beam_size = settings.beam_size
        limit = getattr(self.model.config, "max_position_embeddings", None) or settings.max_input_tokens
        self.max_input_tokens = min(settings.max_input_tokens, limit)
        self.model_id = model_id(model)

    def output_settings(self, settings) -> str:
        return f"beam={settings.beam_size}"

    def count_tokens(self, texts: list[str]) -> list[int]:
        return [len(ids) for ids in self.tokenizer(texts)["input_ids"]]

    def generation_options(self, input_len: int) -> dict:
        """What generate() is given for a batch padded to ``input_len`` tokens: the beam size and output
        budget the ct2 backend uses, and the key/value cache (transformers' default, said here because
        decoding without it redoes every earlier step and ran 2× slower on an OPUS-MT-sized model)."""
        opts = {"num_beams": self.beam_size, "do_sample": False, "use_cache": True,
                "max_new_tokens": decode_limit(input_len)}
        if self.tokens.tgt_token is not None:
            opts["forced_bos_token_id"] = self.tokenizer.convert_tokens_to_ids(self.tokens.tgt_token)
        return opts

    def generate(self, texts: list[str], **overrides):
        """Output token ids of a batch (rows start with the decoder start token); ``overrides`` replace
        generation options (the speed benchmark forces output lengths)."""
        enc = self.tokenizer(texts, return_tensors="pt", padding=True, truncation=True,
                             max_length=self.max_input_tokens)
        opts = {**self.generation_options(enc["input_ids"].shape[1]), **overrides}
        with self._torch.inference_mode():
            return self.model.generate(**enc, **opts)

    def translate_batch(self, texts: list[str], src_lang: str) -> list[str]:
        out = self.generate(texts)
        return [t.strip() for t in self.tokenizer.batch_decode(out, skip_special_tokens=True)]


def decode_limit(input_len: int) -> int:
    """Output budget: English runs at most ~1.6× the subword count of kk/tr/bg on FLORES; room to spare."""
    return 2 * input_len + 10
