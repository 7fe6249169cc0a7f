"""Fill ``Document.sentences`` from the segmenter: headline and body are segmented apart."""
from __future__ import annotations

from .document import Document, Sentence
from .segment import segment


def segment_document(doc: Document) -> Document:
    """Give the document its sentences (ids "<doc>:<index>"), headline first with role "title"."""
    spans: list[tuple[int, int, str]] = []
    if doc.title:
        spans += [(s, e, "title") for s, e in segment(doc.text, doc.lang, doc.title[0], doc.title[1])]
    spans += [(s, e, "body") for s, e in segment(doc.text, doc.lang, doc.body[0], doc.body[1])]
    doc.sentences = [
        Sentence(id=f"{doc.id}:{i}", doc=doc.id, index=i, start=s, end=e, text=doc.text[s:e], role=role)
        for i, (s, e, role) in enumerate(spans)
    ]
    return doc
