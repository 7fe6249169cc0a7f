"""``workbench models``: which translation model runs per language; convert and fetch models."""
from __future__ import annotations

import argparse
import os
import shutil
import sys

from ..errors import ConfigError, ModelError


def add_parser(subparsers) -> None:
    p = subparsers.add_parser("models", help="list, convert or fetch translation models", description=__doc__)
    sub = p.add_subparsers(dest="models_command", metavar="ACTION")
    sub.required = True

    ls = sub.add_parser("list", help="per language: configured backend/model, whether it is on disk, what will run")
    ls.add_argument("--config", help="workbench.toml (default: ./workbench.toml)")
    ls.set_defaults(func=list_models)

    cv = sub.add_parser("convert", help="convert a transformers model directory to CTranslate2 (with its tokenizer)")
    cv.add_argument("hf_dir")
    cv.add_argument("out_dir")
    cv.add_argument("--quantization", default="int8",
                    choices=("int8", "int8_float32", "int8_float16", "int16", "float16", "bfloat16", "float32"),
                    help="weight type (default: int8)")
    cv.add_argument("--force", action="store_true", help="overwrite OUT_DIR")
    cv.add_argument("--allow-pickle", action="store_true", help="allow pickled pytorch_model.bin weights")
    cv.set_defaults(func=convert)

    pl = sub.add_parser("pull", help="download a model from the Hugging Face Hub (needs network and huggingface_hub)")
    pl.add_argument("name", help="repository id, e.g. Helsinki-NLP/opus-mt-tc-big-tr-en")
    pl.add_argument("--dest", help="target folder (default: ./models/<name>)")
    pl.set_defaults(func=pull)


def list_models(args: argparse.Namespace) -> int:
    from ..translate import SOURCE_LANGS, backend_class, load_settings
    from ..translate.settings import default_choice

    settings = load_settings(args.config, os.environ, {})
    print("lang\tbackend\tmodel\tsource\ton disk\twill run")
    for lang in SOURCE_LANGS:
        choice = settings.choice(lang)
        why = backend_class(choice.backend).availability(choice.model, lang)
        if why is None:
            runs = choice.describe()
        elif choice.origin == "default":
            runs = f"{default_choice(lang).describe()} ({why})"
        else:
            runs = f"nothing: error ({why}; no fallback)"
        found = "-" if choice.model is None and why is None else ("yes" if why is None else "no")
        print(f"{lang}\t{choice.backend}\t{choice.model or '-'}\t{choice.origin}\t{found}\t{runs}")
    print("configure: --backend LANG=BACKEND[:DIR], WORKBENCH_MT_<LANG>=BACKEND:DIR, or "
          "[translate.<lang>] backend/model in workbench.toml", file=sys.stderr)
    return 0


def convert(args: argparse.Namespace) -> int:
    from ..translate.ct2 import TOKENIZER_FILES
    from ..translate.hf import check_hf_dir, first_line, load_errors

    check_hf_dir(args.hf_dir, args.allow_pickle)
    if os.path.exists(args.out_dir) and os.listdir(args.out_dir) and not args.force:
        raise ConfigError(f"{args.out_dir} exists and is not empty; pass --force to overwrite")
    try:
        from ctranslate2.converters import TransformersConverter
    except ImportError:
        raise ModelError("ctranslate2 is not installed: pip install 'workbench[ct2]'") from None
    files = [f for f in TOKENIZER_FILES if os.path.isfile(os.path.join(args.hf_dir, f))]
    converter = TransformersConverter(args.hf_dir, copy_files=files, low_cpu_mem_usage=True)
    try:
        out = converter.convert(args.out_dir, quantization=args.quantization, force=args.force)
    except (NotImplementedError, *load_errors()) as e:
        raise ModelError(f"cannot convert {args.hf_dir} ({type(e).__name__}: {first_line(e)})") from None
    print(out)
    return 0


def pull(args: argparse.Namespace) -> int:
    try:
        from huggingface_hub import snapshot_download
        from huggingface_hub.errors import HfHubHTTPError, LocalEntryNotFoundError
    except ImportError:
        raise ModelError("`models pull` needs huggingface_hub (pip install huggingface_hub); or copy a model "
                         "directory here and point --backend LANG=hf:DIR at it") from None
    dest = args.dest or os.path.join("models", args.name.replace("/", "--"))
    existed = os.path.lexists(dest)
    try:
        path = snapshot_download(repo_id=args.name, local_dir=dest,
                                 allow_patterns=["*.json", "*.safetensors", "*.spm", "*.model", "*.txt"])
    except (HfHubHTTPError, LocalEntryNotFoundError, OSError, ValueError) as e:
        if not existed:  # only what this call created is removed; the user's folder stays, even empty
            shutil.rmtree(dest, ignore_errors=True)
        first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        raise ModelError(f"cannot download {args.name} from the Hugging Face Hub ({first}); "
                         "on an offline machine copy the model directory over and configure it "
                         "(see `workbench models list`)") from None
    print(path)
    return 0
