"""Tests for workbench.segment: sentence spans for kk, tr, bg, en."""
from __future__ import annotations

import pytest

from workbench.segment import segment


def sentences(text: str, lang: str, start: int = 0, end: int | None = None) -> list[str]:
    return [text[s:e] for s, e in segment(text, lang, start, end)]


def assert_well_formed(text: str, spans: list[tuple[int, int]], start: int = 0, end: int | None = None) -> None:
    end = len(text) if end is None else end
    prev_end = start
    for s, e in spans:
        assert prev_end <= s < e <= end
        piece = text[s:e]
        assert piece == piece.strip() and piece
        prev_end = e


CASES = [
    # --- line breaks ---------------------------------------------------------
    ("tr", "Kazakistan ve Sırbistan Arasında İşbirliği Zaptı\n\n27.02.2026 15:08\nKazakistan ve Sırbistan, 10 mutabakat imzaladı.\n\nKaynak: AA\n",
     ["Kazakistan ve Sırbistan Arasında İşbirliği Zaptı", "27.02.2026 15:08",
      "Kazakistan ve Sırbistan, 10 mutabakat imzaladı.", "Kaynak: AA"]),
    ("en", "Headline without a period\nBody one. Body two.", ["Headline without a period", "Body one.", "Body two."]),
    ("en", "Windows line\r\nends here.", ["Windows line", "ends here."]),
    # --- Kazakh ----------------------------------------------------------------
    ("kk", "«Е.Көшербаев өңірлік диалогты ілгерілету маңыздылығын айтты. Бірлескен жобаларға дайындық білдірілді», делінген хабарламада.",
     ["«Е.Көшербаев өңірлік диалогты ілгерілету маңыздылығын айтты.",
      "Бірлескен жобаларға дайындық білдірілді», делінген хабарламада."]),
    ("kk", "Өз кезегінде Э. Стипрайс Қазақстанның үлесін атап өтті.", ["Өз кезегінде Э. Стипрайс Қазақстанның үлесін атап өтті."]),
    ("kk", "2025 ж. Қазақстан мен Сербия, т.б. елдер келісімге келді. Келесі сөйлем.",
     ["2025 ж. Қазақстан мен Сербия, т.б. елдер келісімге келді.", "Келесі сөйлем."]),
    ("kk", "Көлік, құрылыс т.с.с. Салалар талқыланды.", ["Көлік, құрылыс т.с.с. Салалар талқыланды."]),
    ("kk", "– Біз Сербияны серіктес санаймыз. Әуе рейсі ашылды. Сапарыңыз маңызды, – деді Қасым-Жомарт Тоқаев.",
     ["– Біз Сербияны серіктес санаймыз.", "Әуе рейсі ашылды.", "Сапарыңыз маңызды, – деді Қасым-Жомарт Тоқаев."]),
    ("kk", "– Қалайсыз? – деді ол. Біз келдік!", ["– Қалайсыз? – деді ол.", "Біз келдік!"]),
    ("kk", "АСТАНА. KAZINFORM — Министр Эдуардс Стипрайсты қабылдады. Бұл туралы хабарланды.",
     ["АСТАНА. KAZINFORM — Министр Эдуардс Стипрайсты қабылдады.", "Бұл туралы хабарланды."]),
    ("kk", "Ватикан халқының саны — шамамен 800. Бұл ең шағын ел.", ["Ватикан халқының саны — шамамен 800.", "Бұл ең шағын ел."]),
    # --- Turkish ---------------------------------------------------------------
    ("tr", "Kazakistan Cumhurbaşkanı Tokayev, \"Biz Sırbistan'ı Avrupa'daki çok önemli bir stratejik ortak olarak görüyoruz.\" dedi. Sonra gitti.",
     ["Kazakistan Cumhurbaşkanı Tokayev, \"Biz Sırbistan'ı Avrupa'daki çok önemli bir stratejik ortak olarak görüyoruz.\" dedi.", "Sonra gitti."]),
    ("tr", "Toplantıya Prof. Dr. Ahmet Yılmaz ve Av. Ayşe Kaya katıldı. Enerji, sağlık vb. Alanlar konuşuldu.",
     ["Toplantıya Prof. Dr. Ahmet Yılmaz ve Av. Ayşe Kaya katıldı.", "Enerji, sağlık vb. Alanlar konuşuldu."]),
    ("tr", "Tokayev 3. kez seçildi. Kraliçe 2. Elizabeth ve II. Dünya Savaşı anıldı.",
     ["Tokayev 3. kez seçildi.", "Kraliçe 2. Elizabeth ve II. Dünya Savaşı anıldı."]),
    ("tr", "Nüfus 1.500.000 kişiye, büyüme yüzde 3,5'e ulaştı. Bu bir rekor.",
     ["Nüfus 1.500.000 kişiye, büyüme yüzde 3,5'e ulaştı.", "Bu bir rekor."]),
    ("tr", "Ne zaman? Yarın... Belki de hiç…  Göreceğiz!", ["Ne zaman?", "Yarın...", "Belki de hiç…", "Göreceğiz!"]),
    # --- Bulgarian ---------------------------------------------------------------
    ("bg", "Вучич е на посещение на 26-27 февруари. През 2025-2026 г. Казахстан активно насърчава сътрудничеството.",
     ["Вучич е на посещение на 26-27 февруари.", "През 2025-2026 г. Казахстан активно насърчава сътрудничеството."]),
    ("bg", "Споразумението беше подписано през 2020 г. Той го потвърди.",
     ["Споразумението беше подписано през 2020 г.", "Той го потвърди."]),
    ("bg", "Той каза, че през 2020 г. България ще расте.", ["Той каза, че през 2020 г. България ще расте."]),
    ("bg", "Лекцията изнесе д-р Иванов, т.е. Специалистът. Дойдоха 5 хил. души, напр. Студенти.",
     ["Лекцията изнесе д-р Иванов, т.е. Специалистът.", "Дойдоха 5 хил. души, напр. Студенти."]),
    ("bg", "Инвестицията е 5 млн. USD. Населението е 7 млн. Това е малко.",
     ["Инвестицията е 5 млн. USD.", "Населението е 7 млн.", "Това е малко."]),
    ("bg", "„Договорихме се да обединим сили. Вярваме в успеха“, каза той. Токаев отбеляза това.",
     ["„Договорихме се да обединим сили.", "Вярваме в успеха“, каза той.", "Токаев отбеляза това."]),
    ("bg", "Комисията докладва в 12:00 ч. GMT днес.", ["Комисията докладва в 12:00 ч. GMT днес."]),
    # --- English ---------------------------------------------------------------
    ("en", "Talks were held on Nov. 19, Akorda reported. Dr. Smith and Mr. Jones met U.S. President Biden.",
     ["Talks were held on Nov. 19, Akorda reported.", "Dr. Smith and Mr. Jones met U.S. President Biden."]),
    ("en", "Some fruits, e.g. Apples, grow here, i.e. Locally. See No. 5 for details.",
     ["Some fruits, e.g. Apples, grow here, i.e. Locally.", "See No. 5 for details."]),
    ("en", "George W. Bush spoke in Jan. Then he left.", ["George W. Bush spoke in Jan. Then he left."]),
    ("en", "The era lasted until 1100 A.D. Its status declined.", ["The era lasted until 1100 A.D.", "Its status declined."]),
    ("en", 'He said, "We are done." Then he left.', ['He said, "We are done."', "Then he left."]),
    ("en", '"We are done," he said. "Really?" she asked.', ['"We are done," he said.', '"Really?" she asked.']),
    ("en", "The quake struck at 09:19 p.m. GMT Friday. It was strong.", ["The quake struck at 09:19 p.m. GMT Friday.", "It was strong."]),
    ("en", "It is 3.5 km long. 1776 was a year.", ["It is 3.5 km long.", "1776 was a year."]),
    ("en", "No lowercase split. it continues here.", ["No lowercase split. it continues here."]),
    # --- generic fallback ------------------------------------------------------
    ("de", "Das ist gut. Wir gehen jetzt! Oder?", ["Das ist gut.", "Wir gehen jetzt!", "Oder?"]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_segment_cases(lang: str, text: str, expected: list[str]) -> None:
    spans = segment(text, lang)
    assert [text[s:e] for s, e in spans] == expected
    assert_well_formed(text, spans)


@pytest.mark.parametrize("text", ["", "   ", "\n\n \t\n"])
def test_empty_or_whitespace(text: str) -> None:
    assert segment(text, "en") == []


def test_punctuation_alone_is_no_sentence() -> None:
    """FLORES en devtest line 29 opens with a stray full stop: it starts the sentence, not one of its
    own (a "." sentence has no partner to align with); punctuation inside or at the end is as before."""
    assert sentences(". Scientists say this. It was brown.", "en") == [". Scientists say this.", "It was brown."]
    assert sentences("… Бұл рас. Иә.", "kk") == ["… Бұл рас.", "Иә."]
    assert sentences("Hi! . Bye.", "en") == ["Hi! .", "Bye."]
    assert sentences(".....\nNext line.", "en") == [".....", "Next line."]  # a line of debris stays a line


def test_the_letter_test_reads_only_at_a_boundary(monkeypatch) -> None:
    """Rule 6 reads the sentence so far for a letter: at every candidate of a line of bare stops
    (". . . …", hostile input) that was quadratic (75 s for 100 KB); only a boundary reads it."""
    import workbench.segment as seg

    calls = []

    class Counting:
        def search(self, *args):
            calls.append(args)
            return seg.regex.compile(r"[\p{L}\p{N}]").search(*args)

    monkeypatch.setattr(seg, "_WORDED", Counting())
    assert sentences(". " * 10000 + "End. Next.", "en") == [". " * 9999 + ". End.", "Next."]
    assert len(calls) <= 2


def test_window_respected() -> None:
    text = "Outside one. Inside two. Inside three. Outside four."
    start, end = text.index("Inside"), text.index("Outside four")
    spans = segment(text, "en", start, end)
    assert [text[s:e] for s, e in spans] == ["Inside two.", "Inside three."]
    assert_well_formed(text, spans, start, end)
    assert segment(text, "en", 5, 5) == []


def test_window_out_of_range() -> None:
    with pytest.raises(ValueError, match="outside the text"):
        segment("abc", "en", 2, 10)


def test_language_code_variants() -> None:
    text = "Toplantıya Dr. Yılmaz katıldı. Sonra gitti."
    assert segment(text, "tr") == segment(text, "TR") == segment(text, "tur_Latn") == segment(text, "tr-TR")


SEED_TR = """ date 2026-02-27 Kazakistan ve Sırbistan Arasında İşbirliği Zaptı - Son Dakika
Kazakistan ve Sırbistan Arasında İşbirliği Zaptı

27.02.2026 15:08
Kazakistan ve Sırbistan, ekonomik ve teknolojik alanlarda 10 işbirliği mutabakatı imzaladı.

Kazakistan Cumhurbaşkanı Tokayev, "Biz Sırbistan'ı Avrupa'daki çok önemli bir stratejik ortak olarak görüyoruz." dedi.

Sırp lider Vucic ise Kazakistan'ı ziyaret etmekten büyük bir onur duyduğunu belirterek, "Yapay zeka, bilgi teknolojileri ve enerji alanlarında işbirliğini güçlendirerek dostluğumuzu yeni bir seviyeye taşıyacağımıza inanıyorum. Sizi en kısa zamanda Sırbistan'da ağırlamaktan memnuniyet duyarım." diye konuştu.

Kaynak: AA
"""

SEED_BG = """Вучич е на официално посещение в Астана на 26-27 февруари. След разговорите с Токаев беше прието съвместно изявление и бяха подписани 10 меморандума между съответните агенции на двете страни. През 2025-2026 г. Казахстан активно насърчава сътрудничеството с различни страни в областта на критичните суровини. По-специално, преди това бяха постигнати споразумения за сътрудничество в тази област със САЩ."""

SEED_EN = """ date 2024-11-19 ASTANA – President Kassym-Jomart Tokayev highlighted the significance of his first official visit to Serbia as the head of state, describing it as the beginning of a new and important chapter in Kazakh-Serbian relations during narrow-format talks with Serbian President Aleksandar Vučić on Nov. 19, Akorda reported.

Tokayev acknowledged the trust-based partnership between the two countries, built on consistent political dialogue and mutual support. He noted significant progress in recent years in strengthening economic cooperation as well as trade and investment ties.
"""

SEED_KK = """АСТАНА. KAZINFORM — Қазақстан Республикасының Сыртқы істер министрі Ермек Көшербаев Еуропалық одақтың Орталық Азия жөніндегі Арнаулы өкілі Эдуардс Стипрайсты қабылдады. Бұл туралы Сыртқы істер министрлігінің баспасөз қызметі хабарлады.
Өз кезегінде Э.Стипрайс Қазақстан мен Еуроодақ арасындағы өзара іс-қимыл деңгейін жоғары бағалады.
– Біз Қазақстан ұсынған бірқатар бастамаларды жүзеге асыруға әзірміз. Бұл Сербияда ғана емес, Еуропаның аталған аймағындағы маңдайалды жобалар болмақ. Өз тарапымыздан барынша күш-жігер жұмылдырамыз, – деді Александр Вучич.
"""


def test_seed_turkish() -> None:
    got = sentences(SEED_TR, "tr")
    assert got == [
        "date 2026-02-27 Kazakistan ve Sırbistan Arasında İşbirliği Zaptı - Son Dakika",
        "Kazakistan ve Sırbistan Arasında İşbirliği Zaptı",
        "27.02.2026 15:08",
        "Kazakistan ve Sırbistan, ekonomik ve teknolojik alanlarda 10 işbirliği mutabakatı imzaladı.",
        "Kazakistan Cumhurbaşkanı Tokayev, \"Biz Sırbistan'ı Avrupa'daki çok önemli bir stratejik ortak olarak görüyoruz.\" dedi.",
        "Sırp lider Vucic ise Kazakistan'ı ziyaret etmekten büyük bir onur duyduğunu belirterek, \"Yapay zeka, bilgi "
        "teknolojileri ve enerji alanlarında işbirliğini güçlendirerek dostluğumuzu yeni bir seviyeye taşıyacağımıza inanıyorum.",
        "Sizi en kısa zamanda Sırbistan'da ağırlamaktan memnuniyet duyarım.\" diye konuştu.",
        "Kaynak: AA",
    ]
    assert_well_formed(SEED_TR, segment(SEED_TR, "tr"))


def test_seed_bulgarian() -> None:
    got = sentences(SEED_BG, "bg")
    assert len(got) == 4
    assert got[2].startswith("През 2025-2026 г. Казахстан")


def test_seed_english() -> None:
    got = sentences(SEED_EN, "en")
    assert len(got) == 3
    assert got[0].endswith("on Nov. 19, Akorda reported.")


def test_seed_kazakh() -> None:
    got = sentences(SEED_KK, "kk")
    assert len(got) == 6
    assert got[0].startswith("АСТАНА. KAZINFORM — ")
    assert got[2].startswith("Өз кезегінде Э.Стипрайс")
    assert got[-1] == "Өз тарапымыздан барынша күш-жігер жұмылдырамыз, – деді Александр Вучич."


@pytest.mark.parametrize(("text", "lang"), [(SEED_TR, "tr"), (SEED_BG, "bg"), (SEED_EN, "en"), (SEED_KK, "kk")])
def test_offsets_cover_all_non_space_text(text: str, lang: str) -> None:
    spans = segment(text, lang)
    assert_well_formed(text, spans)
    covered = "".join(text[s:e] for s, e in spans)
    assert covered.replace(" ", "") == "".join(text.split())
