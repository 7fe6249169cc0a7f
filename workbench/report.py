"""Serialize a pipeline result into the report contract (schema/report.schema.json)."""
from __future__ import annotations

import datetime as _dt
import json
from dataclasses import asdict
from importlib import resources

from .facts import kinds
from .langid import is_supported
from .pipeline import RunResult
from .records import Fact, Translation, link_id
from .signature import format_signature

FORMAT = "workbench-report/1"


def _translation(t: Translation | None) -> dict | None:
    if t is None:
        return None
    return {
        "text": t.text, "backend": t.backend, "model": t.model, "untranslated": t.untranslated,
        "issues": [asdict(i) for i in t.issues],
    }


def _fact(f: Fact) -> dict:
    return kinds.to_json(f)


def build_report(result: RunResult, *, rejected_inputs: list[dict] | None = None,
                 review: dict | None = None, link_reviews: dict[str, dict] | None = None) -> dict:
    """The report as plain JSON-ready data; ``link_reviews`` maps link id → {"review", "note"}."""
    link_reviews = link_reviews or {}
    documents = []
    for d in result.documents:
        documents.append({
            "id": d.id, "path": d.path, "lang": d.lang, "lang_source": d.lang_source,
            "lang_score": d.lang_score, "translatable": is_supported(d.lang) and d.lang != "en",
            "date": d.date.isoformat() if d.date else None, "title": d.title_text,
            "title_span": list(d.title) if d.title else None, "source": d.source, "encoding": d.encoding,
            "text": d.text,
            "sentences": [{
                "id": s.id, "role": s.role, "start": s.start, "end": s.end, "text": s.text,
                "translation": _translation(result.translations.get(s.id)),
                "facts": [_fact(f) for f in result.facts.get(s.id, [])],
                **({"encoder_cut": result.encoder_cut[s.id]} if s.id in result.encoder_cut else {}),
            } for s in d.sentences],
        })
    claims = []
    for c in result.claims:
        links = []
        for a, b, score in c.links:
            lid = link_id(a, b)
            links.append({"id": lid, "a": a, "b": b, "score": round(float(score), 4), **link_reviews.get(lid, {})})
        claims.append({
            "id": c.id, "event": c.event,
            "members": [{"doc": m.doc, "sentences": list(m.sentences)} for m in c.members],
            "score": None if c.score is None else round(float(c.score), 4), "links": links,
        })
    report = {
        "format": FORMAT,
        "signature": format_signature(result.signature),
        "settings": dict(sorted(result.signature.items())),
        "created": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
        "documents": documents,
        "events": [{"id": e.id, "documents": list(e.documents), "score": e.score} for e in result.events],
        "claims": claims,
        "flags": [{
            "id": f.id, "kind": f.kind, "severity": f.severity, "claim": f.claim,
            "evidence": [asdict(e) for e in f.evidence], "message": f.message,
            "dismissed": f.dismissed, "note": f.note,
        } for f in result.flags],
        "rejected_inputs": rejected_inputs or [],
    }
    if review is not None:
        report["review"] = review
    return report


def load_schema() -> dict:
    return json.loads(resources.files("workbench").joinpath("schema/report.schema.json").read_text("utf-8"))


def validate_report(report: dict) -> None:
    """Raise jsonschema.ValidationError if the report breaks the contract."""
    import jsonschema

    jsonschema.validate(report, load_schema())


def dumps(report: dict) -> str:
    return json.dumps(report, ensure_ascii=False, indent=1, default=_json_default) + "\n"


def _json_default(o):
    if hasattr(o, "item"):  # numpy scalars
        return o.item()
    raise TypeError(f"not JSON serializable: {type(o).__name__}")
