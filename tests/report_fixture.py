"""A hand-built report (valid against report.schema.json) shared by the report/export/review tests.

Four languages, two events, a three-source claim with a conflicting number, an English
document carrying markup and a script, a transliterated (untranslated) sentence, flags
of every kind and a dismissed one. Offsets are computed here from the texts built here.
"""
from __future__ import annotations

import json
from importlib import resources

from workbench.records import link_id

KK_TITLE = "Қазақстан мен Сербия президенттері келіссөздер өткізді"
KK_S1 = "Екі ел 10 меморандумға қол қойды."
KK_S2 = "Александр Вучич Астанаға 27 ақпанда келді."
TR_S1 = "Kazakistan ve Sırbistan 10 işbirliği mutabakatı imzaladı."
BG_S1 = "Казахстан и Сърбия подписаха 12 споразумения."
BG_S2 = "Вучич посети и завод в Караганда."
EN_S1 = "Vucic arrived in Astana on 26 February <script>alert(1)</script> for <b>talks</b>."
EN_S2 = 'Details at https://example.com/report?a=1&b="x" were not given.'
KK2_S1 = "Министр Еуроодақ өкілін қабылдады."


def _doc(doc_id, lang, date, sentences, title=True, source=None):
    """Join sentences (text, English or None, backend) with blank lines; return the doc dict."""
    text, sents = " date " + date + " ", []
    for k, (s, english, backend) in enumerate(sentences):
        if k:
            text += "\n\n" if k == 1 else " "
        start = len(text)
        text += s
        tr = None
        if english is not None:
            tr = {"text": english, "backend": backend, "model": {
                "apertium": "apertium-kaz-eng#aa11bb22cc33", "hf": "opus-mt-tc-big-tr-en#3f2a9c01d4e5",
                "translit": "translit-kk#000000000000"}[backend], "untranslated": backend == "translit", "issues": []}
        sents.append({"id": f"{doc_id}:{k}", "role": "title" if title and k == 0 else "body",
                      "start": start, "end": len(text), "text": s, "translation": tr, "facts": []})
    title_span = [sents[0]["start"], sents[0]["end"]] if title else None
    return {"id": doc_id, "path": f"seeds/{doc_id}.txt", "lang": lang, "lang_source": "header", "lang_score": None,
            "translatable": lang != "en", "date": date, "title": sentences[0][0] if title else None,
            "title_span": title_span, "source": source, "encoding": "utf-8", "text": text + "\n", "sentences": sents}


def _fact(doc, k, surface, kind, value, occurrence=0, **extra):
    """Attach a fact at the ``occurrence``-th place ``surface`` occurs in sentence ``k`` (test-side lookup)."""
    s = doc["sentences"][k]
    local = -1
    for _ in range(occurrence + 1):
        local = s["text"].index(surface, local + 1)
    fact = {"kind": kind, "start": s["start"] + local, "end": s["start"] + local + len(surface),
            "surface": surface, "value": value, **extra}
    s["facts"].append(fact)
    return fact


def _ev(doc, fact, k):
    return {"doc": doc["id"], "sentence": doc["sentences"][k]["id"], "surface": fact["surface"],
            "value": fact["value"], "start": fact["start"], "end": fact["end"]}


def build_report() -> dict:
    kk = _doc("kk1", "kk", "2026-02-27", [
        (KK_TITLE, "Presidents of Kazakhstan and Serbia held talks", "apertium"),
        (KK_S1, "The two countries signed 10 memoranda.", "apertium"),
        (KK_S2, "Aleksandr Vuchich Astanagha 27 aqpanda keldi.", "translit"),
    ], source="akorda.kz")
    tr = _doc("tr1", "tr", "2026-02-27", [
        ("Kazakistan ve Sırbistan Arasında İşbirliği Zaptı", "Cooperation Protocol Between Kazakhstan and Serbia", "hf"),
        (TR_S1, "Kazakhstan and Serbia signed 10 cooperation memoranda.", "hf"),
    ])
    bg = _doc("bg1", "bg", "2026-02-27", [
        ("Казахстан и Сърбия ще си сътрудничат", "Kazakhstan and Serbia will cooperate", "apertium"),
        (BG_S1, "Kazakhstan and Serbia signed 12 agreements.", "apertium"),
        (BG_S2, "Vucic also visited a plant in Karaganda.", "apertium"),
    ])
    en = _doc("en1", "en", "2026-02-27", [
        ("Tokayev & Vucic meet <i>again</i>", None, None),
        (EN_S1, None, None),
        (EN_S2, None, None),
    ], source="astanatimes.com")
    kk2 = _doc("kk2", "kk", "2025-11-25", [(KK2_S1, "The minister received the EU representative.", "apertium")],
               title=False)
    # a number the English rendering lost
    kk["sentences"][1]["translation"]["issues"].append({
        "kind": "number", "start": kk["sentences"][1]["start"] + KK_S1.index("10"),
        "end": kk["sentences"][1]["start"] + KK_S1.index("10") + 2, "surface": "10", "value": "10",
        "message": "number 10 is missing from the English rendering"})
    f_kk = _fact(kk, 1, "10", "quantity", 10, unit="memorandum")
    f_tr = _fact(tr, 1, "10", "quantity", 10, unit="memorandum")
    f_bg = _fact(bg, 1, "12", "quantity", 12, unit="memorandum")
    f_kkdate = _fact(kk, 2, "27 ақпанда", "date", "2026-02-27")
    f_kkname = _fact(kk, 2, "Александр Вучич", "name", "vucic")
    f_endate = _fact(en, 1, "26 February", "date", "2026-02-26")
    f_enname = _fact(en, 1, "Vucic", "name", "vucic")
    f_bgname = _fact(bg, 2, "Вучич", "name", "vucic")

    def claim(members, event, links):
        sids = sorted(s for _, ss in members for s in ss)
        return {"id": "c-" + link_id(*sids[:2])[2:] if len(sids) > 1 else "c-" + sids[0].replace(":", "x"),
                "event": event, "members": [{"doc": d, "sentences": ss} for d, ss in members],
                "score": min((l[2] for l in links), default=None),
                "links": [{"id": link_id(a, b), "a": a, "b": b, "score": sc} for a, b, sc in links]}

    c1 = claim([("kk1", ["kk1:1"]), ("tr1", ["tr1:1"]), ("bg1", ["bg1:1"])], "e-1",
               [("kk1:1", "tr1:1", 0.412), ("tr1:1", "bg1:1", 0.287)])
    c2 = claim([("kk1", ["kk1:2"]), ("en1", ["en1:1"])], "e-1", [("kk1:2", "en1:1", 0.199)])
    c3 = claim([("bg1", ["bg1:2"])], "e-1", [])
    c4 = claim([("en1", ["en1:2"])], "e-1", [])
    c5 = claim([("kk2", ["kk2:0"])], "e-2", [])
    c6 = claim([("kk1", ["kk1:0"]), ("tr1", ["tr1:0"]), ("bg1", ["bg1:0"]), ("en1", ["en1:0"])], "e-1",
               [("kk1:0", "tr1:0", 0.5), ("tr1:0", "bg1:0", 0.31), ("bg1:0", "en1:0", 0.3)])
    flags = [
        {"id": "f-info01", "kind": "single_source", "severity": "info", "claim": c3["id"],
         "evidence": [_ev(bg, f_bgname, 2)], "message": "Only the Bulgarian report mentions the Karaganda plant visit"},
        {"id": "f-conf01", "kind": "conflict", "severity": "high", "claim": c1["id"],
         "evidence": [_ev(kk, f_kk, 1), _ev(tr, f_tr, 1), _ev(bg, f_bg, 1)],
         "message": "Number of memoranda differs: 10 (kk, tr) vs 12 (bg)"},
        {"id": "f-temp01", "kind": "temporal", "severity": "medium", "claim": c2["id"],
         "evidence": [_ev(kk, f_kkdate, 2), _ev(en, f_endate, 1)],
         "message": "Arrival date differs: 2026-02-27 (kk) vs 2026-02-26 (en)"},
        {"id": "f-hedg01", "kind": "hedge", "severity": "low", "claim": c2["id"],
         "evidence": [_ev(kk, f_kkname, 2), _ev(en, f_enname, 1)], "message": "One source hedges the <claim>"},
        {"id": "f-tran01", "kind": "translation", "severity": "medium", "claim": c2["id"],
         "evidence": [{"doc": "kk1", "sentence": "kk1:2", "surface": KK_S2, "value": None, "start": None, "end": None}],
         "message": "Kazakh sentence was transliterated, not translated"},
        {"id": "f-conf02", "kind": "conflict", "severity": "high", "claim": c2["id"], "dismissed": True,
         "note": "same person, spelling differs", "evidence": [_ev(kk, f_kkname, 2), _ev(en, f_enname, 1)],
         "message": "Name differs: Вучич vs Vucic"},
    ]
    report = {
        "format": "workbench-report/1",
        "signature": "workbench:0.1.0|embed:multilingual-e5-small#abc123def456|mt:apertium#aa11|seed:0|thr:0.15",
        "settings": {"embed": "multilingual-e5-small#abc123def456", "mt": "apertium#aa11", "seed": "0", "thr": "0.15"},
        "created": "2026-03-01T10:00:00+00:00",
        "documents": [kk, tr, bg, en, kk2],
        "events": [{"id": "e-1", "documents": ["kk1", "tr1", "bg1", "en1"], "score": 0.61},
                   {"id": "e-2", "documents": ["kk2"], "score": None}],
        "claims": [c6, c1, c2, c3, c4, c5],
        "flags": flags,
        "rejected_inputs": [{"path": "seeds/broken.txt", "reason": "not UTF-8 <nor> cp1251"}],
    }
    return report


def schema() -> dict:
    return json.loads(resources.files("workbench").joinpath("schema/report.schema.json").read_text("utf-8"))


def validate(report: dict) -> None:
    import jsonschema

    jsonschema.validate(report, schema())


def big_report(n_docs: int = 200, sentences: int = 30, per_event: int = 10) -> dict:
    """A synthetic report of ``n_docs`` documents for size/speed checks."""
    langs = ("kk", "tr", "bg", "en")
    docs, events, claims, flags = [], [], [], []
    for i in range(n_docs):
        lang = langs[i % 4]
        body = [(f"Sentence {k} of document {i} says 1{k} things about <topic>.",
                 None if lang == "en" else f"English {k} of {i}", None if lang == "en" else "apertium")
                for k in range(sentences)]
        d = _doc(f"d{i:03d}", lang, "2026-01-01", body)
        _fact(d, 1, "11", "quantity", 11)
        docs.append(d)
    for e in range(0, n_docs, per_event):
        ids = [d["id"] for d in docs[e:e + per_event]]
        eid = f"e-{e:03d}"
        events.append({"id": eid, "documents": ids, "score": 0.5})
        for k in range(sentences):
            sids = [f"{d}:{k}" for d in ids[: 2 + k % 3]]
            links = [{"id": link_id(a, b), "a": a, "b": b, "score": 0.3} for a, b in zip(sids, sids[1:])]
            cid = f"c-{eid}-{k}"
            claims.append({"id": cid, "event": eid, "members": [{"doc": s.split(":")[0], "sentences": [s]} for s in sids],
                           "score": 0.3, "links": links})
            if k == 1:
                ev = [{"doc": s.split(":")[0], "sentence": s, "surface": "11", "value": 11} for s in sids]
                flags.append({"id": f"f-{eid}", "kind": "conflict", "severity": "high", "claim": cid,
                              "evidence": ev, "message": "numbers differ"})
    return {"format": "workbench-report/1", "signature": "workbench:0.1.0", "settings": {}, "documents": docs,
            "events": events, "claims": claims, "flags": flags, "rejected_inputs": []}
