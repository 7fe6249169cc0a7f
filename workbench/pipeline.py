"""The batch pipeline: corpus → segments → facts → translations → alignments → flags.

Each stage is a plain function from its own module; this file only orders them,
checks what each hands on, and collects the signature fields each declares.
The CLI (commands/run.py) does all file I/O around it.
"""
from __future__ import annotations

import sys
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from functools import partial

from . import incremental, segment
from .align import claims, events
from .consistency import THRESHOLDS as CHECK_THRESHOLDS, check_consistency
from .document import Document
from .engine import Engine, LocalEngine
from .embed import embed_texts, encode_cached
from .errors import ConfigError
from .facts import RULES_VERSION as FACTS_RULES_VERSION, extract_facts
from .records import Claim, Event, Fact, Flag, Translation
from .segmentation import segment_document
from .signature import lexicon_fields
from .store import Store
from .vectors import Vectors
from .translate import SOURCE_LANGS, translate_documents

Progress = Callable[[str, int], Callable[[int], None]]  # (stage, total) -> advance(n)
STAGES = ("facts", "translate", "embed", "events", "claims", "flags")  # progress stages; "facts" segments too
SKIPPABLE = ("translate",)
SEED = 0  # every random choice downstream (none today in run) derives from it


@dataclass
class RunResult:
    documents: list[Document]
    translations: dict[str, Translation] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    facts: dict[str, list[Fact]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)  # one line per document whose facts failed
    flags: list[Flag] = field(default_factory=list)
    signature: dict[str, str] = field(default_factory=dict)
    encoder_cut: dict[str, int] = field(default_factory=dict)  # sentence id -> characters the encoder saw (cut to its window)
    incremental: incremental.Summary | None = None  # set when the run reused a previous report


def _warn_stderr(line: str) -> None:
    print(f"workbench: warning: {line}", file=sys.stderr)


def _no_progress(stage: str, total: int) -> Callable[[int], None]:
    return lambda n: None


def embed_sentences(docs: list[Document], encoder, store: Store | None,
                    advance: Callable[[int], None], cut: dict[str, int] | None = None) -> Vectors:
    """Source-text embeddings by sentence id, so alignment never waits on translation; ``cut``
    collects the sentences cut to the encoder's window."""
    sentences = [s for d in docs for s in d.sentences]
    vectors = Vectors([s.id for s in sentences], encoder.dim)  # one float32 array, not an array per sentence
    batch = 256
    for i in range(0, len(sentences), batch):
        chunk = sentences[i:i + batch]
        got = embed_texts(encoder, [s.text for s in chunk], store)
        vectors.set([s.id for s in chunk], got.vectors)
        if cut is not None:
            cut.update({chunk[j].id: n for j, n in got.cut.items()})
        advance(len(chunk))
    return vectors


def run_pipeline(docs: list[Document], *, store: Store | None, encoder, translation_settings=None,
                 skip: Collection[str] = (), rejected: Collection[tuple[str, str]] = (),
                 accepted: Collection[tuple[str, str]] = (),
                 flag_filter: Callable[[list[Flag]], list[Flag]] | None = None,
                 progress: Progress = _no_progress, warn: Callable[[str], None] = _warn_stderr,
                 engine: Engine | None = None, previous: incremental.Previous | None = None) -> RunResult:
    """The whole pipeline on ``docs``; ``engine`` decides where stages run (default: this process,
    with ``encoder``); given an engine, its own encoder is used and ``encoder`` is ignored.

    ``previous`` (a previous run's report, ``incremental.previous_run``): recompute only what the
    documents new since it touch (see ``incremental``); a full run, with a warning, when its
    settings differ or a document of it changed or is gone."""
    unknown = set(skip) - set(SKIPPABLE)
    if unknown:
        raise ConfigError(f"cannot skip {sorted(unknown)}: skippable stages are {', '.join(SKIPPABLE)}")
    engine = engine or LocalEngine(encoder)
    encoder = engine.encoder
    result = RunResult(documents=docs)
    sig = result.signature
    sig["seed"] = str(SEED)
    sig.update(engine.signature)
    new = _incremental_plan(docs, previous, encoder, skip, warn)
    if new is None:
        previous = None

    # Facts once, from the source text right after segmentation: event and claim evidence
    # and the flags all read these values.
    todo = docs if previous is None else [d for d in docs if d.id in new]
    prepared = engine.map_documents(_segment_and_extract, todo, None, progress("facts", len(todo)))
    back = {d.id: d for d, _, _ in prepared}  # a remote engine hands back copies
    result.documents = docs = [back.get(d.id) or _with_previous_facts(d, previous, result.facts) for d in docs]
    for _, facts, problems in prepared:
        result.facts.update(facts)
        result.problems.extend(problems)  # a failing document is reported, not fatal
        for line in problems:
            warn(line)
    sig["seg"] = segment.RULES_VERSION
    sig["facts"] = FACTS_RULES_VERSION

    if "translate" in skip:
        sig["mt"] = "skipped"
    else:
        todo = sum(len(d.sentences) for d in docs if d.lang in SOURCE_LANGS)
        translated = engine.map_documents(partial(_translate_batch, translation_settings), docs, store,
                                          progress("translate", todo), weight=_translatable_sentences)
        for translations, mt_sig in translated:
            result.translations.update(translations)
            sig.update(mt_sig)
    if previous is not None and (why := incremental.settings_difference(
            previous.settings, {**_static_signature(encoder, skip), **sig})):
        warn(f"--incremental: {previous.name} was made with other settings ({why}): full run")
        previous = None

    vectors = embed_sentences(docs, encoder, store, progress("embed", sum(len(d.sentences) for d in docs)),
                              cut=result.encoder_cut)
    sig["emb"] = encoder.name
    if result.encoder_cut:
        warn(f"{len(result.encoder_cut)} sentence(s) longer than the encoder's window were cut for embedding "
             f"(alignment reads only their beginning), e.g. {next(iter(result.encoder_cut))}")

    advance = progress("events", 1)
    if previous is None:
        result.events = engine.run_tasks(events.group_events, [(docs, vectors, result.facts)])[0]
    else:
        scope = incremental.event_scope(docs, new, previous.events, events.DATE_WINDOW_DAYS)
        scope_docs = [d for d in docs if d.id in scope]
        regrouped = engine.run_tasks(events.group_events, [(scope_docs, vectors, result.facts)])[0] if scope_docs else []
        result.events = incremental.merge_events(docs, previous.events, scope, regrouped)
    advance(1)
    _check_partition("events", [d.id for d in docs], [x for e in result.events for x in e.documents])
    sig.update(_thresholds(events.THRESHOLDS, "events"))

    advance = progress("claims", 1)
    changed = None if previous is None else incremental.changed_events(result.events, previous.events, docs,
                                                                       [*rejected, *accepted])
    result.claims = claims.align_claims(docs, result.events, vectors, rejected=rejected, accepted=accepted,
                                        encode=lambda texts: encode_cached(encoder, texts, store),
                                        facts=result.facts, map_events=engine.run_tasks, only=changed)
    if previous is not None:
        result.claims = incremental.merge_claims(result.events, changed, result.claims, previous.claims)
    advance(1)
    # A sentence saying what two claims say apart is a member of both (claims._share_merged).
    _check_partition("claims", [s.id for d in docs for s in d.sentences],
                     list(dict.fromkeys(s for c in result.claims for m in c.members for s in m.sentences)))
    sig.update(_thresholds(claims.THRESHOLDS, "claims"))

    advance = progress("flags", 1)
    check_events = result.events if previous is None else [e for e in result.events if e.id in changed]
    check_claims = result.claims if previous is None else [c for c in result.claims if c.event in changed]
    flags = check_consistency(docs, check_events, check_claims, result.facts, result.translations,
                              encode=lambda texts: encode_cached(encoder, texts, store))
    if previous is not None:
        flags = incremental.merge_flags(docs, {d for e in check_events for d in e.documents}, flags, previous.flags)
    result.flags = flag_filter(flags) if flag_filter else flags
    advance(1)
    sig.update(_thresholds(CHECK_THRESHOLDS, "check"), **lexicon_fields())
    if previous is not None:
        sig.update(run="incremental", previous=previous.digest)
        result.incremental = incremental.Summary(previous.name, tuple(new), len(scope), tuple(sorted(changed)),
                                                 len(result.events) - len(changed))
    return result


def _static_signature(encoder, skip: Collection[str]) -> dict[str, str]:
    """The signature fields known before any stage runs (all but the translation models')."""
    sig = {"seed": str(SEED), "seg": segment.RULES_VERSION, "facts": FACTS_RULES_VERSION, "emb": encoder.name,
           **_thresholds(events.THRESHOLDS, "events"), **_thresholds(claims.THRESHOLDS, "claims"),
           **_thresholds(CHECK_THRESHOLDS, "check"), **lexicon_fields()}
    if "translate" in skip:
        sig["mt"] = "skipped"
    return sig


def _incremental_plan(docs: list[Document], previous: incremental.Previous | None, encoder,
                      skip: Collection[str], warn: Callable[[str], None]) -> list[str] | None:
    """Ids of the documents new since ``previous``; None (a full run, with a warning why) when
    there is no previous run, its settings differ, or a document of it changed or is gone."""
    if previous is None:
        return None
    why = incremental.settings_difference(previous.settings, _static_signature(encoder, skip), mt=False)
    if why:
        warn(f"--incremental: {previous.name} was made with other settings ({why}): full run")
        return None
    new, lost = incremental.new_documents(docs, previous)
    if lost:
        warn(f"--incremental: {len(lost)} document(s) of {previous.name} changed or are gone "
             f"(e.g. {lost[0]}): full run")
        return None
    return new


def _with_previous_facts(doc: Document, previous: incremental.Previous, facts: dict[str, list[Fact]]) -> Document:
    """A document the previous run had: segmented (same rules, same sentences), its facts from that run."""
    if not doc.sentences:
        segment_document(doc)
    facts.update({s.id: previous.facts.get(s.id, []) for s in doc.sentences})
    return doc


def _segment_and_extract(docs: list[Document], store: Store | None,
                         advance: Callable[[int], None]) -> list[tuple[Document, dict[str, list[Fact]], list[str]]]:
    """Per document: itself segmented, its facts by sentence id, the lines of its facts' failure."""
    out = []
    for d in docs:
        if not d.sentences:  # the CLI's ingest segments already (to enforce --max-sentences): not twice
            segment_document(d)
        problems: list[str] = []
        out.append((d, extract_facts(d, problems), problems))
        advance(1)
    return out


def _translatable_sentences(doc: Document) -> int:
    return len(doc.sentences) if doc.lang in SOURCE_LANGS else 0


def _translate_batch(settings, docs: list[Document], store: Store | None,
                     advance: Callable[[int], None]) -> list[tuple[dict[str, Translation], dict[str, str]]]:
    """Per document: its sentences' translations and the signature fields of the models used."""
    translations, mt_sig = translate_documents(docs, settings, store, advance)
    return [({s.id: translations[s.id] for s in d.sentences if s.id in translations}, mt_sig) for d in docs]


def _thresholds(thresholds: dict, prefix: str) -> dict[str, str]:
    """Each stage declares its calibrated thresholds in a ``THRESHOLDS`` mapping; they join the signature."""
    return {f"{prefix}.{k}": str(v) for k, v in thresholds.items()}


def _check_partition(stage: str, expected: list[str], got: list[str]) -> None:
    """Every document in one event, every sentence in a claim: a stage that breaks this is a bug."""
    if sorted(expected) != sorted(got):
        missing = set(expected) - set(got)
        extra = len(got) - len(set(got))
        raise RuntimeError(f"stage {stage!r} broke its contract: {len(missing)} items unassigned, {extra} assigned twice")
