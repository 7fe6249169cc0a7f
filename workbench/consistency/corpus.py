"""Lookups the consistency rules share: where a sentence lives, its claim, document order,
report dates, and the English names of a passage."""
from __future__ import annotations

from collections.abc import Iterable, Mapping

import regex

from ..document import Document, Sentence
from .. import lang as _lang
from ..records import Claim, Evidence, Fact, Translation
from .compare import CAPITAL_WORD, common_stems
from .name_vectors import NameVectors
from ..facts.kinds import usable
from ..facts.name_match import same_name
from ..facts.names import lower_case_words

_CAPITALIZED = regex.compile(r"\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+)*")

# Capitalized only because they open a sentence of the English text, never names.
_SENTENCE_OPENERS = _lang.get("en").names.sentence_openers


class Corpus:
    """Lookups the rules share: where a sentence lives, its claim, document order and dates."""

    def __init__(self, docs: list[Document], claims: list[Claim], facts: Mapping[str, list[Fact]],
                 translations: Mapping[str, Translation], name_vectors: NameVectors | None = None):
        self.translations = translations
        self.name_vectors = name_vectors
        self.docs = {d.id: d for d in docs}
        self.doc_rank = {d.id: i for i, d in enumerate(docs)}
        self.doc_of: dict[str, str] = {}
        self.sentence_rank: dict[str, int] = {}
        for d in docs:
            for s in d.sentences:
                self.doc_of[s.id] = d.id
                self.sentence_rank[s.id] = s.index
        # a sentence saying what two claims say apart is a member of both (align/claims._share_merged)
        self.claims_of: dict[str, tuple[str, ...]] = {}
        for c in claims:
            for m in c.members:
                for sid in m.sentences:
                    self.claims_of[sid] = self.claims_of.get(sid, ()) + (c.id,)
        self.claim_of = {sid: cs[-1] for sid, cs in self.claims_of.items()}  # the one a flag names
        self.claim_docs = {c.id: {m.doc for m in c.members} for c in claims}
        self._names: dict[str, list[Fact]] = {}
        self._common: dict[str, frozenset[str]] = {}
        self.facts = {sid: [f for f in fs if usable(f)] for sid, fs in facts.items()}

    def names_margin(self, word: str, lang: str, other_word: str, other_lang: str) -> float | None:
        """The encoder's margin of two name words (``NameVectors.margin``); None without an encoder."""
        return None if self.name_vectors is None else self.name_vectors.margin(word, lang, other_word, other_lang)

    def names_unlike(self, new: Fact, word: str, lang: str, faced: Fact, other_word: str, other_lang: str) -> bool:
        """The run's encoder says a new name ``word`` (of the name fact ``new``) and the word it
        faces name two things (``name_vectors``): the two words are unlike, or the new name is
        foreign to the faced word's sentence. False without an encoder."""
        vectors = self.name_vectors
        if vectors is None:
            return False
        if vectors.unlike(word, lang, other_word, other_lang):
            return True
        mine, other = self.sentence(new.sentence), self.sentence(faced.sentence)
        return mine is not None and other is not None and \
            vectors.foreign(mine.text, (new.start - mine.start, new.end - mine.start), other.text)

    def doc_facts(self, doc: str) -> list[Fact]:
        d = self.docs.get(doc)
        if d is None:
            return []
        return [f for s in d.sentences for f in self.facts.get(s.id, [])]

    def lang_of(self, f: Fact) -> str | None:
        """The language of a fact's document: its words are read in it (``severity.distinct_names``)."""
        d = self.docs.get(self.doc_of.get(f.sentence, ""))
        return d.lang if d is not None and d.lang else None

    def sentence(self, sid: str) -> Sentence | None:
        """The sentence of an id, by its document and rank (no scan of the document)."""
        d = self.docs.get(self.doc_of.get(sid, ""))
        rank = self.sentence_rank.get(sid)
        if d is None:
            return None
        s = d.sentences[rank] if rank is not None and rank < len(d.sentences) else None
        return s if s is not None and s.id == sid else next((x for x in d.sentences if x.id == sid), None)

    def doc_names(self, doc: str) -> list[Fact]:
        if doc not in self._names:
            self._names[doc] = [f for f in self.doc_facts(doc) if f.kind == "name"]
        return self._names[doc]

    def common_stems(self, lang: str) -> frozenset[str]:
        """Stems of the words the documents of one language write lower-case: that
        language's common words (``compare.common_stems``)."""
        if lang not in self._common:
            self._common[lang] = common_stems((d.text for d in self.docs.values() if d.lang == lang), lang)
        return self._common[lang]

    def opens_sentence(self, f: Fact) -> bool:
        """The fact is the first word of its sentence (after opening quotes or brackets), where
        every word is capitalized: no evidence that it is a name."""
        s = self.sentence(f.sentence)
        if s is None:
            return False
        return not regex.search(r"[\p{L}\p{N}]", self.docs[s.doc].text[s.start:f.start])

    def capitals(self, sentence: str) -> tuple[str, ...]:
        """The capitalized words of a sentence as written, names or not (one opening it too)."""
        s = self.sentence(sentence)
        if s is None:
            return ()
        return tuple(m.group() for m in CAPITAL_WORD.finditer(self.docs[s.doc].text, s.start, s.end))

    def lower_words(self, sentence: str) -> tuple[str, ...]:
        """The words of a sentence written lower-case."""
        s = self.sentence(sentence)
        if s is None:
            return ()
        return tuple(lower_case_words(self.docs[s.doc].text, s.start, s.end, shortest=2))

    def english_names(self, doc: str, sentences: Iterable[str]) -> set[str] | None:
        """Names (surfaces) of the sentences' English text: the source's name facts if
        English, else the capitalized runs of its machine translation less a leading
        sentence opener ("According", "The"); None when there is no English to read."""
        d = self.docs.get(doc)
        if d is None:
            return None
        if d.lang == "en":
            return {f.surface for sid in sentences for f in self.facts.get(sid, []) if f.kind == "name"}
        names: set[str] = set()
        for sid in sentences:
            t = self.translations.get(sid)
            if t is None or t.untranslated:
                return None
            for m in _CAPITALIZED.finditer(t.text):
                words = m.group().split()
                while words and words[0].lower() in _SENTENCE_OPENERS:
                    words = words[1:]
                if words:
                    names.add(" ".join(words))
        return names

    def machine_english(self, doc: str, sentences: Iterable[str]) -> str | None:
        """The machine translation of a non-English document's sentences, None without one."""
        d = self.docs.get(doc)
        if d is None or d.lang == "en":
            return None
        texts = []
        for sid in sentences:
            t = self.translations.get(sid)
            if t is None or t.untranslated:
                return None
            texts.append(t.text)
        return " ".join(texts)

    def names_differ(self, da: str, sa: Iterable[str], db: str, sb: Iterable[str]) -> bool:
        """Whether a name or title mismatch between two claim members is real, not a translation.

        Names and titles are translated across languages (Almanya / Germany /
        Германия; «Седемте сестри» / «The Seven Sisters»), so differing names prove
        nothing by themselves: on the FLORES-200 devtest, key mismatches between
        faithful translations flagged a fifth of all unchanged article pairs. Two sources in one language
        compare as they are; across languages the mismatch must persist between
        the English texts (source or machine translation), and without one there
        is no name conflict.
        """
        if self.docs[da].lang == self.docs[db].lang:
            return True
        ea, eb = self.english_names(da, sa), self.english_names(db, sb)
        if ea is None or eb is None:
            return False
        lone_a = [k for k in ea if not any(same_name(k, "en", x, "en") for x in eb)]
        lone_b = [k for k in eb if not any(same_name(k, "en", x, "en") for x in ea)]
        return bool(lone_a) and bool(lone_b)

    def english_between(self, da: str, sa: Iterable[str], db: str, sb: Iterable[str]) -> bool:
        """Whether names of two claim members can be compared in English (``names_differ``):
        same language, or an English text (source or translation) on both sides."""
        if self.docs[da].lang == self.docs[db].lang:
            return True
        return self.english_names(da, sa) is not None and self.english_names(db, sb) is not None

    def label(self, doc: str) -> str:
        d = self.docs.get(doc)
        return f"{doc}, {d.lang}" if d is not None else doc

    def gap_days(self, a: str, b: str) -> int | None:
        da, db = self.docs.get(a), self.docs.get(b)
        if da is None or db is None or da.date is None or db.date is None:
            return None
        return abs((da.date - db.date).days)

    def evidence(self, f: Fact) -> Evidence:
        doc = self.doc_of.get(f.sentence) or f.sentence.rsplit(":", 1)[0]
        return Evidence(doc=doc, sentence=f.sentence, surface=f.surface, value=f.value,
                        start=f.start, end=f.end)

    def position(self, e: Evidence) -> tuple:
        return (self.doc_rank.get(e.doc, len(self.doc_rank)), self.sentence_rank.get(e.sentence, 0),
                e.start or 0)

