"""Kinds of place translated inside a name (packs' ``generic_name_words``, GeoNames feature
classes H and T): «Niagara Şelaleri» / "Niagara Falls" is one place (FLORES line 185, a medium
false alarm on unchanged pairs of eval/real_pairs.py seeds 61 and 79)."""
from workbench.facts.name_match import is_generic
from workbench.lang import REGISTRY
from test_name_slots import _conflicts


def test_a_waterfall_translated_inside_its_name_is_no_second_place():
    got = _conflicts("Niagara Falls is lit up at night.", "tr", "Niagara Şelaleri geceleri aydınlatılıyor.",
                     ["Niagara Falls"], ["Niagara Şelaleri"])
    assert not [c for c in got if c.severity in ("high", "medium", "low")]


def test_every_pack_names_waterfalls_straits_and_canyons_as_kinds_of_place():
    words = {"en": ("Falls", "Strait", "Canyon"), "tr": ("Şelalesi", "Boğazı", "Kanyonu"),
             "bg": ("Водопада", "Проток", "Каньон"), "kk": ("Сарқырамасы", "Бұғазы", "Каньоны"),
             "ru": ("Водопад", "Пролив", "Каньон"), "sr": ("Vodopad", "Moreuz", "Kanjon")}
    assert set(words) >= {code for code in REGISTRY if code != "mk"}
    for lang, ws in words.items():
        assert all(is_generic(w, lang) for w in ws), lang
