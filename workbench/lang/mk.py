"""Macedonian: a language the workbench recognises but does not read (no pack).

Macedonian news is close enough to Bulgarian and Serbian that a general detector, or
the Bulgarian and Serbian hints, could take it for one of them; then it would get their
facts and their translation pipeline, and wrong ones. Language ID must name it ``mk``
and the run note say it is not supported for translation. Only what language ID needs
lives here: a full pack would make it a supported language (facts, segmentation,
translation) that nothing in the workbench can yet back. The registry
(``workbench/lang/__init__.py``) keeps such languages apart from the packs.
"""
from __future__ import annotations

from .pack import DetectedLanguage, LangIdHints

# The Macedonian alphabet (Macedonian orthography, 1945; the Unicode Cyrillic chart): ѓ ќ ѕ
# are its own letters, which neither Bulgarian, Serbian, Russian nor Kazakh writes (on the
# FLORES devtest none of their 1012 lines has one, eval/langid.py). Half the paragraphs of
# the Macedonian UDHR have none, so they settle a text when present and rule nothing out
# when absent. The share (0.002, Serbian's ђ ћ) is one ѓ/ќ/ѕ in ~500 Cyrillic letters.
_OWN_LETTERS = "ѓќѕЃЌЅ"
# Letters Macedonian never writes: Russian ы э ё, Serbian ђ ћ, Ukrainian/Belarusian, Kazakh.
# Bulgarian ъ я ю щ ь й are not among them: machine-translated or quoting text keeps a
# Bulgarian word here and there, and the marker words below never occur in Bulgarian.
_FOREIGN_LETTERS = "ыэёђћіїєґўәғқңөұүһЫЭЁЂЋІЇЄҐЎӘҒҚҢӨҰҮҺ"
# Frequent Macedonian function words (grammar: V. Friedman, "Macedonian", 2002; Wiktionary
# Macedonian pronouns and prepositions) that none of bg, sr, ru writes: the first half of
# the FLORES devtest of those three has none of them except Russian "во"/"со" (hence no "ru"
# in ``confused_with`` below). Left out because a rival writes them: sr "што",
# "која", "овој"/"тој"/"кога" (Serbian datives and "whom"), "нема", "исто"; bg "ние", "го",
# "ги", "неговата", "кои", "кое", "кон" (which; horse: seen on the report half).
_MARKER_WORDS = ("во", "со", "дека", "кој", "чиј", "тоа", "оваа", "овие", "таа", "тие", "нив", "сите",
                 "многу", "каде", "уште", "еден", "околу", "преку", "некои", "денеска", "нивните",
                 "нивната", "нивниот", "неговиот", "нејзиниот", "беа", "сум", "секој", "никој", "биде")

# Function words of the rivals that Macedonian never writes (bg.py and sr.py marker words
# without Bulgarian ъ я щ, which machine translation leaves in): a text that has them is
# theirs even when it also has one Macedonian-looking word ("кон", horse in Bulgarian). Not
# bg "през", which Apertium bul-mkd leaves untranslated (the only one of these in the dev half
# of the bg->mk FLORES set, 3 articles lost there).
_FOREIGN_WORDS = ("че", "са", "ще", "това", "тази", "този", "тези", "които", "който", "която", "след",
                  "като", "когато", "където", "защото", "вече", "също", "обаче", "от",
                  "је", "су", "није", "који", "где", "јер", "због", "још", "између", "током", "био", "кад", "док",
                  "свако", "нико", "сви", "према")

LANGID = LangIdHints(
    letters=frozenset(_OWN_LETTERS), letter_share=0.002,
    # not "ru": the detector gives Macedonian text "ru" in 5 of 1012 lines of the Apertium
    # bg->mk FLORES set and never in the UDHR, while Russian "во", "со" are Macedonian
    # markers: a Russian sentence without ы э ё is left to its detector
    confused_with=("bg", "sr", "uk", "be"),
    foreign_letters=frozenset(_FOREIGN_LETTERS),
    foreign_words=frozenset(_FOREIGN_WORDS),
    marker_words=frozenset(_MARKER_WORDS),
)

LANGUAGE = DetectedLanguage(code="mk", name="Macedonian", iso3="mkd", langid=LANGID)
