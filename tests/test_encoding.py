import pytest

from workbench.corpus import parse_file
from workbench.encoding import DecodeError, decode
from workbench.errors import InputError
from workbench.inputs import read_documents

KK = "Қазақстанда 60-тан аса сербиялық компания жемісті еңбек етіп жатыр."
BG = "Токаев отбеляза също, че приблизително 60 сръбски компании работят в Казахстан."
TR = "Kazakistan'da 60'tan fazla Sırp şirketinin başarılı faaliyet gösterdiğini kaydetti."


@pytest.mark.parametrize("enc", ["utf-8", "utf-8-sig", "utf-16"])
def test_unicode_encodings(enc):
    text, used = decode(KK.encode(enc))
    assert text == KK


def test_utf16_without_bom():
    text, used = decode(BG.encode("utf-16-le"))
    assert text == BG and used == "utf-16-le"


def test_cp1251_bulgarian():
    text, used = decode(BG.encode("cp1251"))
    assert (text, used) == (BG, "cp1251")


def test_kz1048_kazakh():
    text, used = decode(KK.encode("kz1048"))
    assert (text, used) == (KK, "kz1048")


def test_cp1254_turkish():
    text, used = decode(TR.encode("cp1254"))
    assert (text, used) == (TR, "cp1254")


@pytest.mark.parametrize("data, reason", [
    (b"", "empty file"),
    (b"   \n\t\n", "empty file"),
    (bytes(range(256)) * 4, "binary"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
])
def test_refused_bytes(data, reason):
    with pytest.raises(DecodeError, match=reason):
        decode(data)


def test_bad_files_are_skipped_with_one_line_naming_them(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(" date 2026-02-27 Заглавие\n" + BG, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)))
    (tmp_path / "header.txt").write_text(" date 2026-13-01 X\nBody.", encoding="utf-8")
    (tmp_path / "legacy.txt").write_bytes((" date 2026-02-27 Заглавие\n" + BG).encode("cp1251"))
    (tmp_path / "wide.txt").write_bytes(("\ufeff date 2026-02-27 Başlık\n" + TR).encode("utf-16-le"))
    paths = sorted(str(p) for p in tmp_path.iterdir())
    docs, errors = read_documents(paths)
    assert sorted(d.id for d in docs) == ["good", "legacy", "wide"]
    assert {d.id: d.lang for d in docs} == {"good": "bg", "legacy": "bg", "wide": "tr"}
    msgs = sorted(str(e) for e in errors)
    assert len(msgs) == 3 and all("\n" not in m for m in msgs)
    assert any(m.startswith(str(tmp_path / "empty.txt")) and "empty" in m for m in msgs)
    assert any(m.startswith(str(tmp_path / "binary.txt")) and "binary" in m for m in msgs)
    assert any(m.startswith(str(tmp_path / "header.txt")) and "invalid date" in m for m in msgs)


def test_huge_file_refused_without_reading_it(tmp_path):
    big = tmp_path / "huge.txt"
    with open(big, "wb") as f:
        f.truncate(50 * 1024 * 1024)  # sparse 50 MB file
    docs, errors = read_documents([str(big)])
    assert not docs and "file too large (52.4 MB" in str(errors[0]) and str(big) in str(errors[0])


def test_huge_bytes_refused_by_parser():
    with pytest.raises(InputError, match="too large"):
        parse_file(b"a" * 2000, "x.txt", "x", max_bytes=1000)
