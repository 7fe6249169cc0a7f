"""The reviewer's view of a report: one self-contained, offline HTML file.

Takes the report dict (``schema/report.schema.json``) and returns a string. The page
loads nothing: inline CSS, no script, no fonts or images, and a Content-Security-Policy
that forbids any fetch, so opening it from disk never touches the network. Every piece
of source text goes through ``html.escape``; bidi controls in it are shown as ``\\u202e``,
and ids and metadata (file names, sources, ids made from them) show every invisible
character so (``display.py``). User text and ids sit in ``<bdi>`` or elements styled
``unicode-bidi: isolate``, so nothing they hold can reorder the text around them. Highlights come from the report's
character offsets (facts, flag evidence, translation issues), never from searching
substrings again. Lookups are built once, so rendering stays linear in report size.
Each decision a reviewer can take carries its ``workbench review`` command to copy;
``workbench serve`` passes ``ReviewHooks`` instead, which add its one same-origin script
(and open ``script-src``/``connect-src`` to 'self' only) to drive the controls.
"""
from __future__ import annotations

import html
import json
import re
import shlex
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from . import lang as _lang
from .display import reveal, reveal_in_text

from .facts import kinds

# the names of the languages language ID knows (packs, and mk without one); a few others inputs often come in
LANG_NAMES = {"uk": "Ukrainian", "ky": "Kyrgyz", "uz": "Uzbek", "de": "German", "fr": "French",
              **{p.code: p.name for p in _lang.identified()}}
SEVERITIES = ("high", "medium", "low", "info")
SEVERITY_RANK = {s: i for i, s in enumerate(SEVERITIES)}
FLAG_KINDS = ("conflict", "temporal", "hedge", "translation", "single_source")
KIND_LABELS = {
    "conflict": "conflict", "temporal": "date/time", "hedge": "hedging",
    "translation": "translation", "single_source": "single source",
}
FACT_KINDS = ("quantity", "date", "name", "title")

_SAFE_ID = re.compile(r"[A-Za-z0-9_.\-]+\Z")
_CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; font-src 'none'; "
        "script-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'")


@dataclass(frozen=True)
class ReviewHooks:
    """What ``workbench serve`` adds to the page: review controls run by one same-origin script.

    Without hooks the page stays script-free (``script-src 'none'``) and shows each decision
    as a ready ``workbench review …`` command to copy instead.
    """

    script_src: str  # URL of the page's one script (same origin; the CSP allows 'self' only)
    css: str = ""  # extra style rules for the controls
    meta: tuple[tuple[str, str], ...] = ()  # <meta name content> pairs the script reads (e.g. the token)


def served_csp() -> str:
    """The static page's CSP with only the page's own script and its own API allowed."""
    return _CSP.replace("script-src 'none'", "script-src 'self'").replace("connect-src 'none'", "connect-src 'self'")


def data_id(value: str) -> str:
    """An exact id for a ``data-`` attribute: JSON with every non-ASCII character escaped, then HTML-escaped."""
    return html.escape(json.dumps(value, ensure_ascii=True), quote=True)


def review_command(action: str, id: str) -> str:
    """The ``workbench review`` command for one decision, as a reviewer would paste it into a shell."""
    return f"workbench review {action} {shlex.quote(reveal(id))} --note '…'"


def _copy_command(ix: "_Index", action: str, id: str) -> str:
    """Static page: the command in a click-to-select box (no script: the CSP forbids it)."""
    if ix.hooks is not None:
        return ""
    return (f'<details class="cmd"><summary>{esc(action)}: copy the command</summary>'
            f'<code class="cmd" title="click to select, then copy">{html.escape(review_command(action, id))}</code>'
            '</details>')


def esc(value: object) -> str:
    """Escape for element text and quoted attribute values alike (quotes included); bidi controls shown."""
    return html.escape(reveal_in_text("" if value is None else str(value)), quote=True)


def esc_id(value: object) -> str:
    """``esc`` for ids and metadata: every invisible or text-moving character shown as ``\\uXXXX``."""
    return html.escape(reveal("" if value is None else str(value)), quote=True)


def lang_name(code: str | None) -> str:
    if not code:
        return "unknown language"
    return LANG_NAMES.get(code, code)


def flag_sort_key(flag: dict) -> tuple:
    """Active before dismissed, then worst severity first, then kind, then id (stable)."""
    kind = flag.get("kind")
    return (bool(flag.get("dismissed")), SEVERITY_RANK.get(flag.get("severity"), len(SEVERITIES)),
            FLAG_KINDS.index(kind) if kind in FLAG_KINDS else len(FLAG_KINDS), flag.get("id", ""))


def _fmt_score(score: float | None) -> str:
    return "–" if score is None else f"{score:.3f}"


@dataclass
class _Index:
    """Every lookup the page needs, built once from the report."""

    report: dict
    hooks: ReviewHooks | None = None
    docs: dict[str, dict] = field(default_factory=dict)
    doc_pos: dict[str, int] = field(default_factory=dict)
    sents: dict[str, tuple[dict, dict]] = field(default_factory=dict)  # sentence id -> (doc, sentence)
    sent_anchor: dict[str, str] = field(default_factory=dict)
    claims: dict[str, dict] = field(default_factory=dict)
    claim_pos: dict[str, int] = field(default_factory=dict)
    claims_of_event: dict[str, list[dict]] = field(default_factory=lambda: defaultdict(list))
    event_pos: dict[str, int] = field(default_factory=dict)
    claim_of_sentence: dict[str, dict] = field(default_factory=dict)
    flags_of_claim: dict[str, list[dict]] = field(default_factory=lambda: defaultdict(list))
    evidence_of_sentence: dict[str, list[tuple[dict, dict]]] = field(default_factory=lambda: defaultdict(list))
    events_of_doc: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    @classmethod
    def build(cls, report: dict, hooks: ReviewHooks | None = None) -> "_Index":
        ix = cls(report, hooks)
        for i, d in enumerate(report.get("documents", [])):
            ix.docs[d["id"]] = d
            ix.doc_pos[d["id"]] = i
            for j, s in enumerate(d.get("sentences", [])):
                ix.sents[s["id"]] = (d, s)
                ix.sent_anchor[s["id"]] = f"s-{i}-{j}"
        for k, c in enumerate(report.get("claims", [])):
            ix.claims[c["id"]] = c
            ix.claim_pos[c["id"]] = k
            ix.claims_of_event[c["event"]].append(c)
            for m in c["members"]:
                for sid in m["sentences"]:
                    ix.claim_of_sentence.setdefault(sid, c)
        for f in sorted(report.get("flags", []), key=flag_sort_key):
            if f.get("claim"):
                ix.flags_of_claim[f["claim"]].append(f)
            for ev in f["evidence"]:
                ix.evidence_of_sentence[ev["sentence"]].append((f, ev))
        for k, e in enumerate(report.get("events", [])):
            ix.event_pos[e["id"]] = k
            for doc in e["documents"]:
                ix.events_of_doc[doc].append(e["id"])
        return ix

    def claim_anchor(self, claim_id: str) -> str:
        return anchor("claim", claim_id, self.claim_pos[claim_id])

    def event_anchor(self, event_id: str) -> str:
        return anchor("event", event_id, self.event_pos[event_id])

    def doc_anchor(self, doc_id: str) -> str:
        return f"doc-{self.doc_pos[doc_id]}" if doc_id in self.doc_pos else "documents"

    def doc_label(self, doc_id: str, link: bool = True) -> str:
        d = self.docs.get(doc_id)
        name = lang_name(d["lang"]) if d else "unknown document"
        label = f'<span class="lang">{esc(name)}</span> <bdi class="docid">{esc_id(doc_id)}</bdi>'
        return f'<a href="#{self.doc_anchor(doc_id)}">{label}</a>' if link and d else label

    def sentence_link(self, sid: str, text: str | None = None) -> str:
        anchor = self.sent_anchor.get(sid)
        label = f"<bdi>{esc(text) if text is not None else esc_id(sid)}</bdi>"
        return f'<a href="#{anchor}">{label}</a>' if anchor else f'<span class="missing">{label}</span>'


def anchor(prefix: str, raw_id: str, fallback: int) -> str:
    """A fragment-safe element id: the report id when it is plain, else a positional one."""
    return f"{prefix}-{raw_id}" if _SAFE_ID.match(raw_id or "") else f"{prefix}-n{fallback}"


# ---------------------------------------------------------------- text with highlights


@dataclass(frozen=True)
class _Span:
    start: int  # document offsets
    end: int
    cls: str
    title: str


def _sentence_text(doc: dict, sent: dict) -> str:
    """The sentence as a slice of its document's text (the offsets' frame), else its own text."""
    text = doc.get("text")
    if text is not None and 0 <= sent["start"] <= sent["end"] <= len(text):
        return text[sent["start"]:sent["end"]]
    return sent.get("text", "")


def _spans_for(ix: _Index, sent: dict) -> list[_Span]:
    spans = []
    for f in sent.get("facts", []):
        value = f.get("value")
        unit = f" {f['unit']}" if f.get("unit") else ""
        hedge = f" ({f['hedge']})" if f.get("hedge") not in (None, "exact") else ""
        spans.append(_Span(f["start"], f["end"], f"fact k-{f['kind'] if f['kind'] in FACT_KINDS else 'other'}",
                           f"{f['kind']}: {value}{unit}{hedge}"))
    for flag, ev in ix.evidence_of_sentence.get(sent["id"], ()):
        if ev.get("start") is None or ev.get("end") is None or flag.get("dismissed"):
            continue
        spans.append(_Span(ev["start"], ev["end"], f"diff sev-{flag['severity']}",
                           f"{flag['kind']} ({flag['severity']}): value {ev.get('value')}"))
    tr = sent.get("translation") or {}
    for issue in tr.get("issues", []) or ():
        spans.append(_Span(issue["start"], issue["end"], "lost", f"not in English rendering: {issue['message']}"))
    return spans


def marked_text(text: str, base: int, spans: list[_Span]) -> str:
    """Escape ``text`` (starting at document offset ``base``), wrapping each span's characters.

    Overlapping spans are cut at every boundary, so each piece carries the classes of all
    spans covering it; a span outside the sentence is ignored rather than guessed at.
    """
    local = []
    for s in spans:
        a, b = max(s.start - base, 0), min(s.end - base, len(text))
        if a < b:
            local.append((a, b, s))
    if not local:
        return esc(text)
    cuts = sorted({0, len(text), *(a for a, _, _ in local), *(b for _, b, _ in local)})
    starts: dict[int, list[int]] = {}
    ends: dict[int, list[int]] = {}
    for n, (x, y, _) in enumerate(local):
        starts.setdefault(x, []).append(n)
        ends.setdefault(y, []).append(n)
    active: set[int] = set()  # one sweep over the cuts: linear in pieces + spans, not their product
    out = []
    for a, b in zip(cuts, cuts[1:]):
        active.difference_update(ends.get(a, ()))
        active.update(starts.get(a, ()))
        cover = [local[n][2] for n in sorted(active)]
        piece = esc(text[a:b])
        if cover:
            classes = " ".join(dict.fromkeys(c for s in cover for c in s.cls.split()))
            title = "; ".join(dict.fromkeys(s.title for s in cover))
            out.append(f'<mark class="{esc(classes)}" title="{esc(title)}">{piece}</mark>')
        else:
            out.append(piece)
    return "".join(out)


def _original(ix: _Index, doc: dict, sent: dict) -> str:
    return marked_text(_sentence_text(doc, sent), sent["start"], _spans_for(ix, sent))


def backend_badge(tr: dict) -> str:
    if tr.get("untranslated"):
        return ('<span class="badge untr" title="the source letters transliterated to Latin script; '
                f'not a translation ({esc_id(tr.get("model"))})">UNTRANSLATED · transliteration</span>')
    backend, model = tr.get("backend", ""), (tr.get("model") or "").split("#")[0]
    label = backend if not model or model == backend else f"{backend}: {model}"
    return f'<span class="badge be" title="{esc_id(tr.get("model"))}">{esc_id(label)}</span>'


def fact_gloss(fact: dict) -> str:
    """A fact in plain English words, so a reader of none of the source languages sees what was said."""
    return kinds.phrase(kinds.from_json(fact))


def _facts_line(doc: dict, sent: dict) -> str:
    facts = sent.get("facts") or []
    if not facts or doc.get("lang") == "en":
        return ""
    chips = "".join(f'<span class="chip k-{esc(f["kind"])}" title="{esc(f["kind"])}: {esc(f["surface"])}">'
                    f'{esc(fact_gloss(f))}</span>' for f in facts)
    return f'<div class="gloss"><span class="gl">facts in English:</span> {chips}</div>'


def _english(doc: dict, sent: dict) -> str:
    """The English line under an original sentence, marked by the backend that produced it."""
    if doc.get("lang") == "en":
        return '<div class="en orig-en"><span class="badge be">English original</span></div>'
    tr = sent.get("translation")
    if not tr:
        return f'<div class="en none">no English rendering ({esc(lang_name(doc.get("lang")))} not translated)</div>'
    cls = "en translit" if tr.get("untranslated") else "en"
    issues = "".join(f'<div class="issue">⚠ {esc(i["message"])}</div>' for i in tr.get("issues", []) or ())
    return f'<div class="{cls}">{backend_badge(tr)} {esc(tr["text"])}</div>{issues}'


# ---------------------------------------------------------------- page parts


def _sev_badge(sev: str) -> str:
    return f'<span class="sev sev-{esc(sev)}">{esc(sev)}</span>'


def _header(ix: _Index) -> str:
    r = ix.report
    docs = r.get("documents", [])
    claims = r.get("claims", [])
    flags = r.get("flags", [])
    active = [f for f in flags if not f.get("dismissed")]
    by_lang = Counter(lang_name(d["lang"]) for d in docs)
    sev = Counter(f["severity"] for f in active)
    multi = sum(1 for c in claims if len(c["members"]) > 1)
    n_sent = sum(len(d.get("sentences", [])) for d in docs)
    cards = [
        ("documents", len(docs), ", ".join(f"{n} {k}" for k, n in sorted(by_lang.items()))),
        ("events", len(r.get("events", [])), "groups of documents on the same happening"),
        ("claim groups", multi, f"stated by 2+ sources; {len(claims) - multi} single-source claims"),
        ("flags", len(active), (", ".join(f"{sev[s]} {s}" for s in SEVERITIES if sev[s]) or "none")
         + (f" · {len(flags) - len(active)} dismissed" if len(flags) > len(active) else "")),
    ]
    card_html = "".join(
        f'<div class="card{" alert" if k == "flags" and sev["high"] else ""}"><div class="num">{n}</div>'
        f'<div class="what">{esc(k)}</div><div class="sub">{esc(sub)}</div></div>' for k, n, sub in cards)
    sig_rows = "".join(f"<tr><th>{esc_id(k)}</th><td>{esc_id(v)}</td></tr>" for k, v in _signature_fields(r.get("signature", "")))
    rejected = r.get("rejected_inputs", [])
    rej = ""
    if rejected:
        items = "".join(f"<li><code>{esc_id(x.get('path'))}</code>: {esc(x.get('reason'))}</li>" for x in rejected)
        rej = f'<div class="warnbox"><b>{len(rejected)} input(s) rejected</b> (not in this report):<ul>{items}</ul></div>'
    review = _review_box(ix)
    created = f' · created {esc(r["created"])}' if r.get("created") else ""
    n_cut = sum(1 for d in docs for s in d.get("sentences", []) if "encoder_cut" in s)
    if n_cut:
        created += f" · {n_cut} sentence(s) too long for the encoder, aligned on their beginning"
    return (
        f'<header><h1>Cross-source consistency report</h1>'
        f'<p class="meta">{len(docs)} documents · {n_sent} sentences{created}</p>'
        f'<div class="cards">{card_html}</div>{rej}{review}'
        f'<details class="sig"><summary>Signature: what produced this report</summary>'
        f'<table class="kv">{sig_rows}</table><code class="sigline">{esc_id(r.get("signature"))}</code></details>'
        f'</header>')


def _signature_fields(signature: str) -> list[tuple[str, str]]:
    """``key:value|...`` split at the first colon of each part (values may hold colons)."""
    out = []
    for part in signature.split("|") if signature else ():
        key, _, value = part.partition(":")
        out.append((key, value))
    return out


def _review_box(ix: _Index) -> str:
    review = ix.report.get("review") or {}
    applied, unmatched = review.get("applied") or [], review.get("unmatched") or []
    if not applied and not unmatched:
        return ""
    parts = [f"<b>Review decisions:</b> {len(applied)} applied"]
    if unmatched:
        items = "".join(f"<li>{esc(d['action'])} <code>{esc_id(d['id'])}</code> <bdi>{esc_id(d.get('target', ''))}</bdi>"
                        f"{' — <bdi>' + esc(d['note']) + '</bdi>' if d.get('note') else ''}</li>" for d in unmatched)
        parts.append(f"; <b>{len(unmatched)} no longer match anything</b> in this report:<ul>{items}</ul>")
    return f'<div class="{"warnbox" if unmatched else "infobox"}">{"".join(parts)}</div>'


def _nav(ix: _Index) -> str:
    events = "".join(f'<a href="#{anchor("event", e["id"], i)}">event {i + 1}</a>'
                     for i, e in enumerate(ix.report.get("events", [])))
    return (f'<nav><a href="#flags">Flags</a><a href="#overview">Events &amp; documents</a>{events}'
            f'<a href="#documents">Full texts</a><a href="#legend">Legend</a></nav>')


def _legend() -> str:
    facts = "".join(f'<mark class="fact k-{k}">{k}</mark> ' for k in FACT_KINDS)
    sevs = " ".join(_sev_badge(s) for s in SEVERITIES)
    return (
        '<section id="legend"><h2>Legend</h2><dl class="legend">'
        f'<dt>Severity</dt><dd>{sevs} — flags are listed worst first; '
        '<span class="dismissed-sample">greyed flags</span> were dismissed by a reviewer (their note is shown).</dd>'
        f'<dt>Facts</dt><dd>{facts}— highlighted inside the original sentence at the offsets the extractor found; '
        'hover for the normalized value.</dd>'
        '<dt>Differences</dt><dd><mark class="diff sev-high">boxed</mark> — the values a flag compares '
        '(its evidence); <mark class="lost">dotted</mark> — a number or name missing from the English rendering.</dd>'
        '<dt>English</dt><dd>Under each original sentence: its English rendering, with a badge naming the '
        f'engine (<span class="badge be">apertium</span>, <span class="badge be">hf: opus-mt-…</span>). '
        '<span class="badge untr">UNTRANSLATED · transliteration</span> means only the letters were converted '
        'to Latin script: it is <b>not</b> a translation.</dd>'
        '<dt>Claim groups</dt><dd>Sentences from different sources that say the same thing, one row per claim, '
        'one column per source. Link scores are alignment margins (higher is surer).</dd>'
        '<dt>Review</dt><dd>Each flag and link carries its command (“copy the command”), or serve the report with '
        '<code>workbench serve OUT_DIR</code> to decide in the browser. '
        'Reject a wrong link with <code>workbench review reject LINK-ID --note "…"</code>, '
        'confirm one with <code>accept</code>, dismiss a flag with <code>workbench review dismiss FLAG-ID --note "…"</code>; '
        'decisions are kept in <code>alignments/&lt;corpus&gt;.review.tsv</code> and applied on the next run.</dd>'
        '</dl></section>')


def _flag_item(ix: _Index, flag: dict, i: int) -> str:
    ev_items = []
    for ev in flag["evidence"]:
        value = "" if ev.get("value") is None else f' → <b><bdi>{esc(ev["value"])}</bdi></b>'
        ev_items.append(f'<li>{ix.doc_label(ev["doc"])}: “{ix.sentence_link(ev["sentence"], ev["surface"])}”{value}'
                        f' <bdi class="sid">{esc_id(ev["sentence"])}</bdi></li>')
    claim = flag.get("claim")
    claim_link = ""
    if claim:
        target = ix.claims.get(claim)
        href = ix.claim_anchor(claim) if target else None
        claim_link = (f' · claim <a href="#{href}"><bdi>{esc_id(claim)}</bdi></a>' if href
                      else f' · claim <bdi class="missing">{esc_id(claim)}</bdi>')
    dismissed = flag.get("dismissed")
    note = f'<div class="note">dismissed: <bdi>{esc(flag.get("note") or "(no note)")}</bdi></div>' if dismissed else ""
    return (f'<li class="flag sev-{esc(flag["severity"])}{" dismissed" if dismissed else ""}" '
            f'id="{anchor("flag", flag["id"], i)}">{_sev_badge(flag["severity"])} '
            f'<span class="kind">{esc(KIND_LABELS.get(flag["kind"], flag["kind"]))}</span> '
            f'<span class="msg">{esc(flag["message"])}</span>{note}<ul class="evidence">{"".join(ev_items)}</ul>'
            f'<div class="ids" data-flag="{data_id(flag["id"])}">flag <code>{esc_id(flag["id"])}</code>{claim_link}</div>'
            f'{_copy_command(ix, "dismiss", flag["id"])}</li>')


def _flags_section(ix: _Index) -> str:
    flags = sorted(ix.report.get("flags", []), key=flag_sort_key)
    pos = {id(f): i for i, f in enumerate(ix.report.get("flags", []))}
    comparable = any(len(c["members"]) > 1 for c in ix.report.get("claims", []))
    caveat = "" if comparable else (
        '<div class="caveat">No claim is stated by two or more sources: the documents were not grouped '
        'as reports of the same event, so no cross-source comparison was possible. Flags below concern '
        'single documents only.</div>')
    if not flags:
        body = caveat + '<p class="empty">No flags' + (": the sources agree on every compared fact." if comparable
                                                         else ".") + '</p>'
    else:
        body = caveat
        body += f'<ol class="flags">{"".join(_flag_item(ix, f, pos[id(f)]) for f in flags)}</ol>'
    return f'<section id="flags"><h2>Flags, worst first</h2>{_counts_table(ix)}{body}</section>'


def _counts_table(ix: _Index) -> str:
    flags = ix.report.get("flags", [])
    if not flags:
        return ""
    grid = Counter((f["kind"], f["severity"]) for f in flags if not f.get("dismissed"))
    kinds = [k for k in FLAG_KINDS if any(f["kind"] == k for f in flags)]
    kinds += sorted({f["kind"] for f in flags} - set(kinds))
    dismissed = Counter(f["kind"] for f in flags if f.get("dismissed"))
    head = "".join(f"<th>{_sev_badge(s)}</th>" for s in SEVERITIES)
    rows = "".join(
        f'<tr><th>{esc(KIND_LABELS.get(k, k))}</th>'
        + "".join(f'<td>{grid[(k, s)] or ""}</td>' for s in SEVERITIES)
        + f'<td class="dim">{dismissed[k] or ""}</td></tr>' for k in kinds)
    return f'<table class="counts"><tr><th>flag kind</th>{head}<th class="dim">dismissed</th></tr>{rows}</table>'


def _title_cell(doc: dict) -> str:
    """The headline, its English rendering first; without a headline, the opening sentence, marked so."""
    sentences = doc.get("sentences", [])
    span = doc.get("title_span")
    title_sent = next((s for s in sentences if s.get("role") == "title"
                       or (span and [s["start"], s["end"]] == list(span))), None)
    if doc.get("title"):
        original, sent, note = doc["title"], title_sent, ""
    elif sentences:
        sent = sentences[0]
        original, note = sent["text"], '<span class="role">no headline · opening sentence</span> '
    else:
        return '<span class="dim">(empty document)</span>'
    original = original if len(original) <= 220 else original[:217] + "…"
    tr = (sent or {}).get("translation")
    if doc.get("lang") == "en" or not tr:
        return f'<div class="en-title">{note}{esc(original)}</div>'
    english = tr["text"] if len(tr["text"]) <= 220 else tr["text"][:217] + "…"
    if tr.get("untranslated"):
        return (f'<div class="en-title">{note}{esc(original)}</div>'
                f'<div class="orig-title"><span class="badge untr">UNTRANSLATED</span> {esc(english)}</div>')
    return f'<div class="en-title">{note}{esc(english)}</div><div class="orig-title">{esc(original)}</div>'


def _overview(ix: _Index) -> str:
    """One table: each event's documents (event cell spanning them), with claim and flag counts."""
    flags_of_event: Counter = Counter()
    for f in ix.report.get("flags", []):
        c = ix.claims.get(f.get("claim") or "")
        if c and not f.get("dismissed"):
            flags_of_event[c["event"]] += 1
    groups = [(e, e["documents"], i) for i, e in enumerate(ix.report.get("events", []))]
    loose = [d["id"] for d in ix.report.get("documents", []) if d["id"] not in ix.events_of_doc]
    if loose:
        groups.append((None, loose, None))
    rows = []
    for e, docs, i in groups:
        if e is None:
            head = '<th class="ev">in no event</th>'
        else:
            multi = sum(1 for c in ix.claims_of_event.get(e["id"], []) if len(c["members"]) > 1)
            score = f"<br>cohesion {_fmt_score(e.get('score'))}" if e.get("score") is not None else ""
            head = (f'<th class="ev"><a href="#{ix.event_anchor(e["id"])}">Event {i + 1}</a>'
                    f'<div class="sid">{esc_id(e["id"])}</div><div class="evmeta">{len(docs)} document(s)<br>'
                    f'{multi} claim groups<br>{flags_of_event[e["id"]]} active flags{score}</div></th>')
        for k, doc_id in enumerate(docs):
            cell = head.replace('<th class="ev">', f'<th class="ev" rowspan="{len(docs)}">') if k == 0 else ""
            d = ix.docs.get(doc_id)
            if d is None:
                rows.append(f'<tr>{cell}<td colspan="5" class="missing"><bdi>{esc_id(doc_id)}</bdi> (not in report)</td></tr>')
                continue
            rows.append(f'<tr>{cell}<td>{ix.doc_label(doc_id)}</td><td><bdi>{esc_id(d.get("source") or "")}</bdi></td>'
                        f'<td class="nowrap">{esc_id(d.get("date") or "no date")}</td><td>{_title_cell(d)}</td>'
                        f'<td class="num">{len(d.get("sentences", []))}</td></tr>')
    return ('<section id="overview"><h2>Events and their documents</h2>'
            '<table class="docs"><tr><th>event</th><th>document</th><th>source</th><th>date</th>'
            f'<th>headline (English first)</th><th>sentences</th></tr>{"".join(rows)}</table></section>')


def _member_cell(ix: _Index, member: dict) -> str:
    out = []
    for sid in member["sentences"]:
        found = ix.sents.get(sid)
        if not found:
            out.append(f'<div class="missing">sentence <bdi>{esc_id(sid)}</bdi> not in report</div>')
            continue
        doc, sent = found
        out.append(f'<div class="orig" lang="{esc(doc.get("lang"))}" data-sent="{data_id(sid)}">{_original(ix, doc, sent)} '
                   f'<a class="sid" href="#{ix.sent_anchor[sid]}" title="show in full text"><bdi>{esc_id(sid)}</bdi></a></div>'
                   f'{_facts_line(doc, sent)}{_english(doc, sent)}')
    return "".join(out)


def _claim_info(ix: _Index, claim: dict) -> str:
    flags = ix.flags_of_claim.get(claim["id"], [])
    flag_html = "".join(
        f'<div class="cflag sev-{esc(f["severity"])}{" dismissed" if f.get("dismissed") else ""}" '
        f'data-flag="{data_id(f["id"])}">'
        f'{_sev_badge(f["severity"])} {esc(f["message"])}'
        f'{" <i class=cnote>(dismissed: <bdi>" + esc(f.get("note") or "no note") + "</bdi>)</i>" if f.get("dismissed") else ""}'
        f' <code class="sid">{esc_id(f["id"])}</code></div>' for f in flags)
    links = []
    for link in claim.get("links", []) or ():
        a, b = ix.sents.get(link["a"]), ix.sents.get(link["b"])
        la = lang_name(a[0]["lang"]) if a else "?"
        lb = lang_name(b[0]["lang"]) if b else "?"
        status = link.get("review")
        review = (f' <span class="rv rv-{esc(status)}">{esc(status)}{": <bdi>" + esc(link["note"]) + "</bdi>" if link.get("note") else ""}</span>'
                  if status else "")
        links.append(f'<li data-link="{data_id(link["id"])}">{esc(la)} ↔ {esc(lb)} <b>{_fmt_score(link["score"])}</b>'
                     f'{review}<br><code class="sid">{esc_id(link["id"])}</code>'
                     f'{_copy_command(ix, "reject", link["id"])}{_copy_command(ix, "accept", link["id"])}</li>')
    link_html = f'<ul class="links">{"".join(links)}</ul>' if links else ""
    return (f'{flag_html}<div class="cmeta">claim <code>{esc_id(claim["id"])}</code> · '
            f'score {_fmt_score(claim.get("score"))}</div>{link_html}')


def _worst(ix: _Index, claim: dict) -> str:
    active = [f for f in ix.flags_of_claim.get(claim["id"], []) if not f.get("dismissed")]
    return active[0]["severity"] if active else "none"  # flags_of_claim is sorted worst first


MAX_COLUMNS = 8  # beyond this many sources a side-by-side grid gets too wide: list members instead


def _event_section(ix: _Index, event: dict, i: int) -> str:
    claims = ix.claims_of_event.get(event["id"], [])
    multi = [c for c in claims if len(c["members"]) > 1]
    in_multi = {m["doc"] for c in multi for m in c["members"]}
    cols = [d for d in event["documents"] if d in in_multi]
    cols.sort(key=lambda d: ix.docs.get(d, {}).get("lang") != "en")  # stable: English first, else event order
    langs = ", ".join(dict.fromkeys(lang_name(ix.docs[d]["lang"]) for d in event["documents"] if d in ix.docs))
    n = len(event["documents"])
    what = f"claims compared across {n} sources ({esc(langs)})" if n > 1 else f"one source ({esc(langs)})"
    parts = [f'<section class="event" id="{ix.event_anchor(event["id"])}" data-event="{data_id(event["id"])}"><h2>Event {i + 1}: {what} '
             f'<bdi class="sid">{esc_id(event["id"])}</bdi></h2>']
    if not multi:
        why = ("it has a single document" if len(event["documents"]) < 2
               else "no sentence of one source was aligned to another's")
        parts.append(f'<p class="empty">Nothing to compare side by side: {why}.</p>')
    elif len(cols) <= MAX_COLUMNS:
        head = "".join(f"<th>{ix.doc_label(d)}</th>" for d in cols)
        rows = []
        for c in multi:
            by_doc = {m["doc"]: m for m in c["members"]}
            cells = "".join(f'<td>{_member_cell(ix, by_doc[d]) if d in by_doc else ""}</td>' for d in cols)
            rows.append(f'<tr class="claim worst-{_worst(ix, c)}" id="{ix.claim_anchor(c["id"])}">'
                        f'<td class="cinfo">{_claim_info(ix, c)}</td>{cells}</tr>')
        parts.append(f'<div class="scroll"><table class="claims"><tr><th class="cinfo">claim · flags · links</th>'
                     f'{head}</tr>{"".join(rows)}</table></div>')
    else:
        for c in multi:
            members = "".join(f'<div class="member"><div class="mhead">{ix.doc_label(m["doc"])}</div>'
                              f'{_member_cell(ix, m)}</div>' for m in c["members"])
            parts.append(f'<div class="claim listed worst-{_worst(ix, c)}" id="{ix.claim_anchor(c["id"])}">'
                         f'<div class="cinfo">{_claim_info(ix, c)}</div><div class="members">{members}</div></div>')
    singles: dict[str, list[dict]] = defaultdict(list)
    for c in claims:
        if len(c["members"]) == 1:
            singles[c["members"][0]["doc"]].append(c)
    if singles:
        parts.append("<h3>Single-source claims</h3>")
        for d in event["documents"]:
            if d not in singles:
                continue
            items = "".join(
                f'<li class="claim worst-{_worst(ix, c)}" id="{ix.claim_anchor(c["id"])}">'
                f'{_member_cell(ix, c["members"][0])}{_claim_info(ix, c)}</li>' for c in singles[d])
            parts.append(f'<details class="singles"><summary>{ix.doc_label(d, link=False)} — '
                         f'{len(singles[d])} claim(s) no other source states</summary><ul>{items}</ul></details>')
    parts.append("</section>")
    return "".join(parts)


def _document_section(ix: _Index, doc: dict) -> str:
    i = ix.doc_pos[doc["id"]]
    text = doc.get("text")
    rows = []
    cursor = 0
    for j, s in enumerate(doc.get("sentences", [])):
        gap = text[cursor:s["start"]] if text is not None and s["start"] >= cursor else ""
        if gap.strip():
            rows.append(f'<tr class="gap"><td></td><td colspan="2">{esc(gap.strip())}</td><td></td></tr>')
        para = " para" if "\n" in gap and j else ""
        claim = ix.claim_of_sentence.get(s["id"])
        link = ""
        if claim is not None:
            n = len(claim["members"])
            label = f"claim group · {n} sources" if n > 1 else "single source"
            link = (f'<a class="tolink worst-{_worst(ix, claim)}" href="#{ix.claim_anchor(claim["id"])}">'
                    f'{label}</a>')
        role = ' <span class="role">title</span>' if s.get("role") == "title" else ""
        if isinstance(s.get("encoder_cut"), int):
            role += f' <span class="role">aligned on its first {s["encoder_cut"]} characters (encoder window)</span>'
        rows.append(f'<tr class="sent{para}" id="{ix.sent_anchor[s["id"]]}"><td class="num">{j}</td>'
                    f'<td class="orig" lang="{esc(doc.get("lang"))}" data-sent="{data_id(s["id"])}">{_original(ix, doc, s)}{role}</td>'
                    f'<td>{_english(doc, s)}</td><td>{link}</td></tr>')
        cursor = max(cursor, s["end"])
    if text is not None and text[cursor:].strip():
        rows.append(f'<tr class="gap"><td></td><td colspan="2">{esc(text[cursor:].strip())}</td><td></td></tr>')
    meta = [f'<b>{esc(lang_name(doc.get("lang")))}</b> ({esc_id(doc.get("lang"))}, {esc_id(doc.get("lang_source", "given"))}'
            + (f" {doc['lang_score']:.2f}" if isinstance(doc.get("lang_score"), (int, float)) else "") + ")",
            f'date {esc_id(doc.get("date") or "unknown")}', f'file <code>{esc_id(doc.get("path"))}</code>']
    if doc.get("source"):
        meta.append(f'source <bdi>{esc_id(doc["source"])}</bdi>')
    if doc.get("translatable") is False and doc.get("lang") != "en":
        meta.append('<span class="badge untr">not translatable</span>')
    events = ", ".join(f'<a href="#{ix.event_anchor(e)}"><bdi>{esc_id(e)}</bdi></a>' for e in ix.events_of_doc.get(doc["id"], ()))
    if events:
        meta.append(f"event {events}")
    return (f'<section class="document" id="doc-{i}"><h3>{esc(lang_name(doc.get("lang")))} · '
            f'<bdi class="docid">{esc_id(doc["id"])}</bdi> — <bdi>{esc(doc.get("title") or "(no title)")}</bdi></h3>'
            f'<p class="meta">{" · ".join(meta)}</p>'
            f'<details open><summary>Full text, sentence by sentence, with English</summary>'
            f'<table class="fulltext"><tr><th>#</th><th>original</th><th>English</th><th>claim</th></tr>'
            f'{"".join(rows)}</table></details></section>')


def render_html(report: dict, hooks: ReviewHooks | None = None) -> str:
    """The whole report page as one self-contained HTML string; with ``hooks``, the served page with review controls."""
    ix = _Index.build(report, hooks)
    docs = report.get("documents", [])
    body = [
        _header(ix), _nav(ix), "<main>", _flags_section(ix), _overview(ix),
        *(_event_section(ix, e, i) for i, e in enumerate(report.get("events", []))),
        '<section id="documents"><h2>Full texts</h2>', *(_document_section(ix, d) for d in docs), "</section>",
        _legend(), "</main>",
    ]
    title = f"workbench report — {len(docs)} documents"
    csp, extra = _CSP, ""
    if hooks is not None:
        csp = served_csp()
        extra = "".join(f'<meta name="{esc(k)}" content="{esc(v)}">' for k, v in hooks.meta)
        extra += f'<style>{hooks.css}</style><script src="{esc(hooks.script_src)}" defer></script>'
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            f'<meta http-equiv="Content-Security-Policy" content="{csp}">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta name="referrer" content="no-referrer">'
            f"<title>{esc(title)}</title><style>{_CSS}</style>{extra}</head>\n<body>{''.join(body)}</body></html>\n")


_CSS = """
:root{--fg:#1d232b;--dim:#6b7480;--line:#dde2e8;--bg:#f6f7f9;--high:#c62828;--medium:#e07a00;--low:#a08700;--info:#3d6fb6}
*{box-sizing:border-box}[id]{scroll-margin-top:48px}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:var(--fg);background:var(--bg)}
header{background:#17212e;color:#eef2f6;padding:18px 28px 14px}
header h1{margin:0 0 2px;font-size:22px;font-weight:600}
header .meta{color:#aab6c4;margin:0 0 12px}
.cards{display:flex;gap:12px;flex-wrap:wrap}
.card{background:#223044;border-radius:8px;padding:10px 16px;min-width:170px;flex:1 1 170px}
.card .num{font-size:26px;font-weight:700}.card .what{font-weight:600;text-transform:uppercase;font-size:11px;letter-spacing:.06em;color:#cbd5e1}
.card .sub{font-size:12px;color:#9fb0c3}.card.alert{background:#5a1d1d}
header details.sig{margin-top:10px;color:#cbd5e1}header details.sig summary{cursor:pointer;font-size:12px}
table.kv{border-collapse:collapse;margin:6px 0;font-size:12px}table.kv th{text-align:left;padding:1px 12px 1px 0;color:#9fb0c3;font-weight:500}
code.sigline{display:block;font-size:11px;color:#8fa0b3;word-break:break-all}
.warnbox,.infobox{margin-top:10px;padding:8px 12px;border-radius:6px;background:#4a3410;color:#ffe3b0}.infobox{background:#1f3a2a;color:#cdebd7}
.warnbox ul,.infobox ul{margin:4px 0 0 18px;padding:0}
nav{position:sticky;top:0;z-index:5;background:#fff;border-bottom:1px solid var(--line);padding:6px 28px;display:flex;gap:16px;flex-wrap:wrap}
nav a{color:#24507a;text-decoration:none;font-weight:500}
main{padding:4px 28px 40px}
section{margin-top:22px}h2{font-size:18px;margin:0 0 10px;border-bottom:2px solid var(--line);padding-bottom:4px}
h3{font-size:15px;margin:16px 0 4px}
a{color:#24507a}.meta{color:var(--dim);margin:2px 0 8px}.dim{color:var(--dim)}.empty{color:var(--dim);font-style:italic}
bdi,code,.orig,.en,.en-title,.orig-title,.msg,.note,.issue,mark,.chip,.gap td{unicode-bidi:isolate}
.sid,.docid{font:11px ui-monospace,Menlo,Consolas,monospace;color:var(--dim)}.lang{font-weight:600}
.missing{color:var(--high);font-style:italic}
.sev{display:inline-block;min-width:52px;text-align:center;border-radius:10px;padding:0 7px;font-size:11px;font-weight:700;text-transform:uppercase;color:#fff;background:var(--info)}
.sev-high .sev,.sev.sev-high{background:var(--high)}.sev.sev-medium{background:var(--medium)}.sev.sev-low{background:var(--low)}.sev.sev-info{background:var(--info)}
table.counts{border-collapse:collapse;margin:0 0 12px;background:#fff}table.counts th,table.counts td{border:1px solid var(--line);padding:3px 10px;text-align:center}
table.counts th:first-child{text-align:left}
ol.flags{list-style:none;padding:0;margin:0}
li.flag{background:#fff;border:1px solid var(--line);border-left:5px solid var(--info);border-radius:6px;padding:8px 12px;margin:0 0 8px}
li.flag.sev-high{border-left-color:var(--high)}li.flag.sev-medium{border-left-color:var(--medium)}li.flag.sev-low{border-left-color:var(--low)}
li.flag .kind{font-weight:600;margin:0 6px}li.flag .msg{font-size:15px}
li.flag ul.evidence{margin:4px 0 0 18px;padding:0}li.flag .ids{font-size:11px;color:var(--dim);margin-top:3px}
li.flag.dismissed,.cflag.dismissed{opacity:.5;filter:grayscale(1)}.note{font-style:italic;color:#444}
.dismissed-sample{opacity:.5}
table.docs{border-collapse:collapse;background:#fff;width:100%}table.docs th,table.docs td{border:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
table.docs th{background:#eef1f5;font-weight:600}table.docs th.ev{background:#f7f8fa;font-weight:500;width:130px}
.evmeta{font-size:11px;color:var(--dim);margin-top:2px}.caveat{background:#fff8e1;border:1px solid #f0d68a;border-radius:6px;padding:8px 12px;margin:0 0 10px}.en-title{font-weight:500}.orig-title{color:var(--dim);font-size:12px}
td.num{text-align:right;color:var(--dim)}.nowrap{white-space:nowrap}
.scroll{overflow-x:auto}
table.claims{border-collapse:collapse;background:#fff;min-width:100%;table-layout:fixed}
table.claims th{background:#eef1f5;text-align:left;padding:6px 8px;border:1px solid var(--line);min-width:260px}
table.claims td{border:1px solid var(--line);padding:6px 8px;vertical-align:top;min-width:260px}
table.claims th.cinfo,table.claims td.cinfo{width:250px;min-width:220px;background:#fafbfc}
tr.claim.worst-high td.cinfo,.claim.listed.worst-high{border-left:5px solid var(--high)}
tr.claim.worst-medium td.cinfo,.claim.listed.worst-medium{border-left:5px solid var(--medium)}
tr.claim.worst-low td.cinfo{border-left:5px solid var(--low)}tr.claim.worst-info td.cinfo{border-left:5px solid var(--info)}
.cflag{margin-bottom:4px;font-weight:500}.cmeta{font-size:11px;color:var(--dim)}
ul.links{margin:2px 0 0;padding-left:16px;font-size:12px}.rv{font-size:11px;border-radius:3px;padding:0 4px}.rv-accepted{background:#d7f0dd}.rv-rejected{background:#f6d5d5}
.orig{margin:2px 0}.en{margin:2px 0 8px;color:#24303d;background:#f3f6fa;border-radius:4px;padding:2px 6px}
.en.translit{background:repeating-linear-gradient(45deg,#fff4e5,#fff4e5 6px,#fdebd3 6px,#fdebd3 12px);color:#7a4b00;font-style:italic;border:1px dashed #d08a2a}
.en.none{color:var(--dim);font-style:italic;background:none}.en.orig-en{background:none;padding:0}
.badge{display:inline-block;font:600 10px/1.6 ui-monospace,Menlo,Consolas,monospace;border-radius:3px;padding:0 5px;margin-right:3px;vertical-align:1px;font-style:normal}
.badge.be{background:#dfe8f3;color:#24507a}.badge.untr{background:#b45309;color:#fff}
.issue{font-size:12px;color:#8a5300;margin:-6px 0 8px}
mark{background:none;color:inherit;border-radius:2px;padding:0 1px}
mark.fact.k-quantity{background:#dbeafe}mark.fact.k-date{background:#dcfce7}mark.fact.k-name{background:#f3e8ff}mark.fact.k-title{background:#fef3c7}
mark.diff{outline:2px solid var(--high);font-weight:700}mark.diff.sev-medium{outline-color:var(--medium)}mark.diff.sev-low{outline-color:var(--low)}mark.diff.sev-info{outline-color:var(--info)}
mark.lost{text-decoration:underline dotted #b45309 2px}
.gloss{font-size:.85em;margin:.2em 0;color:#334155}.gloss .gl{color:#64748b}.chip{display:inline-block;border-radius:.6em;padding:0 .45em;margin:0 .2em .15em 0;background:#e2e8f0}.chip.k-quantity{background:#dbeafe}.chip.k-date{background:#dcfce7}.chip.k-name{background:#f3e8ff}.chip.k-title{background:#fef3c7}
.claim.listed{background:#fff;border:1px solid var(--line);border-radius:6px;padding:8px;margin-bottom:8px}
.members{display:flex;flex-wrap:wrap;gap:8px}.member{flex:1 1 260px}.mhead{font-size:12px;border-bottom:1px solid var(--line)}
details.singles{background:#fff;border:1px solid var(--line);border-radius:6px;padding:4px 10px;margin:4px 0}
details.singles summary{cursor:pointer}details.singles ul{padding-left:18px}details.singles li{margin:6px 0}
section.document{background:#fff;border:1px solid var(--line);border-radius:8px;padding:4px 14px 10px;margin:12px 0}
table.fulltext{border-collapse:collapse;width:100%;table-layout:fixed}
table.fulltext th{text-align:left;color:var(--dim);font-weight:500;font-size:12px;border-bottom:1px solid var(--line)}
table.fulltext th:nth-child(1){width:34px}table.fulltext th:nth-child(4){width:150px}
table.fulltext td{padding:3px 6px;vertical-align:top}table.fulltext tr.para td{border-top:10px solid transparent}
table.fulltext td .en{margin:0}tr.gap td{color:var(--dim);font-size:12px;font-style:italic}
tr.sent:target,tr.claim:target,li.flag:target,li.claim:target{background:#fff9c4}
a.tolink{font-size:12px;white-space:nowrap}.role{font-size:10px;color:var(--dim);text-transform:uppercase}
dl.legend dt{font-weight:700;margin-top:6px}dl.legend dd{margin:0 0 0 16px}
details.cmd{display:inline-block;margin:2px 8px 0 0;font-size:11px;color:var(--dim)}details.cmd summary{cursor:pointer}
code.cmd{display:block;user-select:all;-webkit-user-select:all;background:#f1f3f6;border:1px solid var(--line);border-radius:3px;padding:2px 6px;color:var(--fg);white-space:pre-wrap;word-break:break-all}
"""
