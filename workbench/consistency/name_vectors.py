"""Whether two name words of two languages are unlike, by the run's sentence encoder.

The spelling rules (``facts.name_match``) meet a name carried over as it sounds; a plain
name slot ("Carter" / «Хауард», «Джулия» / "Constantinople") is left where they fail, which
is also where a translation renders a name they do not know. The multilingual encoder has
seen names in many scripts: a name and its rendering lie near each other once each
language's mean vector is taken away (language-centered, as claims.py does for sentences)
and each word's nearness to names in general is discounted (CSLS: a hub is near everything).
A margin below ``UNLIKE_MARGIN`` is evidence that the two words name two things
(``compare.name_slot_conflicts``, basis ``name_slot_unlike``). So is a new name whose sentence,
without it, is nearer the other sentence than with it (``FOREIGN_GAIN``, leave-one-out): the name
says something the other sentence does not, where a name it renders adds to what both say.

The reference names of a language are its pack's CLDR place names (``Names.places``): the one
list of names every pack holds, so the margin does not depend on what else a run holds.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from .. import lang as _lang

# Neighbours of a word among the other language's reference names whose mean similarity is
# discounted (CSLS's k; its paper's 10, 8 here for ~470 names a language).
NEIGHBOURS = 8
# Margin below which two name words name two things. Chosen on the plain name slots of
# eval/real_pairs.py seeds 7-17 (unchanged pairs' slots are false, injected ones true) and
# reported on seeds 19 and 23 (eval/README.md, names, seventh session).
UNLIKE_MARGIN = -0.25
# Margin at or above which two leftover name words of linked sentences are one another's
# translation («Kadın» / "Women"), taken out before a slot's one new name is sought
# (``compare._pair_translations``). Chosen on eval/real_pairs.py seeds 7 and 29 (0.1 against
# 0.15 / 0.2 / 0.25: most injected names found, fewest unchanged pairs flagged); there 4 of 1,897
# pairs of an injected name and a word of the other sentence, two names of two things by
# construction, reach it (0.2%; «Петербург» / "Pittsburgh"), where 88-95% of one place's CLDR
# names in two languages do. Reported on seeds 19 and 31 (eval/README.md, names, ninth session).
ALIKE_MARGIN = 0.1
# Gain in cosine of the other sentence when the name is left out of its own sentence, above which
# the name is foreign to the other sentence: just above the largest gain of an unchanged pair's
# one-faced slot on seeds 7-17 (0.0056, 25 slots; injected ones: 0.006 takes 18% more of them
# than the margin alone), reported on seeds 19 and 23 (eval/README.md, names, seventh session).
FOREIGN_GAIN = 0.006


class NameVectors:
    """Language-centered vectors of name words and the vectors of their sentences, encoded on
    demand (a run asks about few)."""

    def __init__(self, encode: Callable[[Sequence[str]], np.ndarray],
                 references: Callable[[str], Sequence[str]] | None = None):
        self._encode = encode
        self._references = references or reference_names
        self._vectors: dict[str, np.ndarray] = {}
        self._refs: dict[str, tuple[np.ndarray, np.ndarray] | None] = {}

    def _raw(self, words: Sequence[str]) -> list[np.ndarray]:
        todo = [w for w in dict.fromkeys(words) if w not in self._vectors]
        if todo:
            for w, v in zip(todo, np.asarray(self._encode(todo), dtype=np.float32)):
                self._vectors[w] = v
        return [self._vectors[w] for w in words]

    def _ref(self, lang: str) -> tuple[np.ndarray, np.ndarray] | None:
        """(mean vector, centered unit reference matrix) of a language; None without references."""
        if lang not in self._refs:
            words = list(self._references(lang))
            if len(words) <= NEIGHBOURS:
                self._refs[lang] = None
            else:
                matrix = np.stack(self._raw(words))
                mean = matrix.mean(axis=0)
                self._refs[lang] = (mean, _unit(matrix - mean))
        return self._refs[lang]

    def margin(self, a: str, lang_a: str, b: str, lang_b: str) -> float | None:
        """Centered cosine of the two words less the mean of each one's ``NEIGHBOURS`` nearest
        reference names of the other's language; None when a language has no references."""
        ra, rb = self._ref(lang_a), self._ref(lang_b)
        if ra is None or rb is None:
            return None
        va, vb = self._raw([a, b])
        ca, cb = _unit(va - ra[0]), _unit(vb - rb[0])
        near_a = np.sort(rb[1] @ ca)[-NEIGHBOURS:].mean()
        near_b = np.sort(ra[1] @ cb)[-NEIGHBOURS:].mean()
        return float(ca @ cb - (near_a + near_b) / 2)

    def foreign(self, sentence: str, span: tuple[int, int], other: str) -> bool:
        """The other sentence is nearer ``sentence`` without the name at ``span`` than with it, by
        more than ``FOREIGN_GAIN``."""
        without = " ".join((sentence[:span[0]] + sentence[span[1]:]).split())
        full, cut, far = self._raw([sentence, without, other])  # rows L2-normalized (``embed.Encoder``)
        return float(cut @ far - full @ far) > FOREIGN_GAIN

    def unlike(self, a: str, lang_a: str, b: str, lang_b: str) -> bool:
        """The two words name two things (margin below ``UNLIKE_MARGIN``)."""
        m = self.margin(a, lang_a, b, lang_b)
        return m is not None and m < UNLIKE_MARGIN


def reference_names(lang: str) -> list[str]:
    """The pack's CLDR place names, title-cased as a text writes them ([] without a pack)."""
    pack = _lang.get(lang)
    if pack is None:
        return []
    return sorted({w.title() for words in pack.names.places.values() for w in words})


def _unit(x: np.ndarray) -> np.ndarray:
    norm = np.linalg.norm(x, axis=-1, keepdims=True)
    return x / np.where(norm == 0, 1, norm)


THRESHOLDS = {"name_unlike_margin": UNLIKE_MARGIN, "name_alike_margin": ALIKE_MARGIN, "name_unlike_neighbours": NEIGHBOURS,
              "name_foreign_gain": FOREIGN_GAIN}
