"""Plain text: every encoding our users' files come in, every line ending, stray bytes."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.errors import DocumentError
from desktop.core.imported import NoticeKind
from desktop.core.importing.chars import COLUMN_GAP
from desktop.core.importing.readers import text as text_reader
from desktop.core.importing.readers.text import (
    cells_apart,
    decode_strict,
    decode_text,
    looks_binary,
    normalized_encoding,
    read_text,
    split_lines,
)
from desktop.resources import sample_collection_path

SIMPLIFIED = (
    "在全市效能革命工作会上的讲话\n同志们：\n今天，市委、市政府在这里召开“效能革命”工作会。\n"
)
TRADITIONAL = (
    "在全市效能革命工作會上的講話\n同志們：\n今天，市委、市政府在這裡召開「效能革命」工作會議。\n"
)


def _sample_text() -> str:
    return sample_collection_path().read_text(encoding="utf-8-sig")


@pytest.mark.parametrize(
    ("encoded", "expected_encoding"),
    [
        (SIMPLIFIED.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + SIMPLIFIED.encode("utf-8"), "utf-8-sig"),
        (SIMPLIFIED.encode("utf-16"), "utf-16-le"),  # Python writes the BOM little-endian
        (codecs.BOM_UTF16_BE + SIMPLIFIED.encode("utf-16-be"), "utf-16-be"),
        (codecs.BOM_UTF16_LE + SIMPLIFIED.encode("utf-16-le"), "utf-16-le"),
        (SIMPLIFIED.encode("utf-32"), "utf-32-le"),
        (SIMPLIFIED.encode("gb18030"), "gb18030"),
        (SIMPLIFIED.encode("gbk"), "gb18030"),
        (SIMPLIFIED.encode("gb2312"), "gb18030"),
        (TRADITIONAL.encode("big5"), "big5"),
        (TRADITIONAL.encode("gb18030"), "gb18030"),
        (TRADITIONAL.encode("utf-16-le"), "utf-16-le"),
    ],
)
def test_encodings_are_detected(encoded: bytes, expected_encoding: str) -> None:
    decoded = decode_text(encoded, "a.txt")
    assert decoded.encoding == expected_encoding
    assert decoded.text in (SIMPLIFIED, TRADITIONAL)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_wide_encodings_without_bom(encoding: str) -> None:
    text = _sample_text()[:3000]
    decoded = decode_text(text.encode(encoding), "a.txt")
    assert (decoded.encoding, decoded.text) == (encoding, text)


def test_the_sample_collection_in_gb18030_and_big5() -> None:
    text = _sample_text()
    assert decode_text(text.encode("gb18030"), "a.txt").encoding == "gb18030"
    traditional = text.encode("big5", errors="ignore").decode("big5")
    decoded = decode_text(traditional.encode("big5"), "a.txt")
    assert (decoded.encoding, decoded.text) == ("big5", traditional)


@pytest.mark.parametrize(
    "text", ["今天开会", "这里开会了", "讲话全文", "同志们：", "市政府工作报告", "效能革命"]
)
def test_short_simplified_texts_are_gb18030(text: str) -> None:
    decoded = decode_text(text.encode("gb18030"), "a.txt")
    assert (decoded.encoding, decoded.text) == ("gb18030", text)


@pytest.mark.parametrize("text", ["這裡開會", "我們的講話", "總結前階段工作", "效能革命會議"])
def test_short_traditional_texts_are_big5(text: str) -> None:
    decoded = decode_text(text.encode("big5"), "a.txt")
    assert (decoded.encoding, decoded.text) == ("big5", text)


@pytest.mark.parametrize(
    ("text", "encoding", "expected"),
    [
        (
            "大韓民國은 民主共和國이다. 대한민국의 주권은 국민에게 있고, "
            "모든 권력은 국민으로부터 나온다.",
            "euc_kr",
            "cp949",
        ),
        (
            "日本国民は、正当に選挙された国会における代表者を通じて行動し、われらの子孫のために",
            "shift_jis",
            "cp932",
        ),
    ],
)
def test_other_cjk_languages_keep_their_encoding(text: str, encoding: str, expected: str) -> None:
    decoded = decode_text(text.encode(encoding), "a.txt")
    assert decoded.text == text
    assert decoded.encoding in {expected, normalized_encoding(encoding)}


@pytest.mark.parametrize(
    "separator", ["\r\n", "\r", "\n", "\u2028", "\u2029", "\x85", "\x0b", "\x0c"]
)
def test_every_line_break(separator: str) -> None:
    text = separator.join(["第一行", "第二行", "", "第四行"])
    source = read_text(text.encode("utf-8"), "a.txt")
    assert [line.text for line in source.lines] == ["第一行", "第二行", "", "第四行"]


def test_mixed_line_endings_and_a_final_break() -> None:
    assert split_lines("甲\r\n乙\r丙\n\n丁\r\n") == ["甲", "乙", "丙", "", "丁"]
    assert split_lines("\n") == [""]
    assert split_lines("") == []


def test_line_endings_in_utf16_and_gb18030() -> None:
    text = "第一行\r\n第二行\r第三行\n"
    for encoding in ("utf-16", "gb18030"):
        lines = read_text(text.encode(encoding), "a.txt").lines
        assert [line.text for line in lines] == ["第一行", "第二行", "第三行"]


def test_group_separators_are_not_line_breaks() -> None:
    # str.splitlines() also splits at \x1c-\x1e; those are data, which the cleaner judges.
    assert split_lines("甲\x1c乙\x1d丙\x1e丁") == ["甲\x1c乙\x1d丙\x1e丁"]


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030"])
def test_stray_nul_and_ctrl_z_do_not_make_text_binary(encoding: str) -> None:
    text = "第一行\x00文字\n第二行\x1a\n" + "正文内容，" * 40 + "\x00\n\x1a"
    decoded = decode_text(text.encode(encoding), "a.txt")
    assert (decoded.encoding, decoded.text) == (encoding, text)


def test_many_control_bytes_are_binary() -> None:
    assert looks_binary(bytes(range(32)) * 10)
    assert not looks_binary("正文\x00\x1a\t\r\n".encode() * 3)
    with pytest.raises(DocumentError) as raised:
        decode_text(bytes(range(32)) * 10, "a.txt")
    assert raised.value.code == "binary"


def test_sixteen_bit_binary_data_is_not_utf16_text() -> None:
    data = b"".join(value.to_bytes(2, "big") for value in range(1, 30)) * 40
    with pytest.raises(DocumentError) as raised:
        decode_text(data, "samples.dat")
    assert raised.value.code == "binary"


def test_a_character_cut_off_at_the_end_is_tolerated() -> None:
    for encoding in ("utf-8", "gb18030", "utf-16-le"):
        data = "讲话全文".encode(encoding)[:-1]
        assert decode_strict(data, encoding) == "讲话全\ufffd"
    assert decode_strict(b"\xff" + "讲话".encode(), "utf-8") is None


def test_a_damaged_utf8_file_stays_utf8_and_says_so() -> None:
    good = "市委、市政府在这里召开工作会。\n".encode() * 50
    decoded = decode_text(good + b"\xff" + good, "a.txt")
    assert decoded.encoding == "utf-8"
    assert decoded.replaced == 1
    assert decoded.text.count("\ufffd") == 1
    assert read_text(good + b"\xff" + good, "a.txt").meta == {"replaced-bytes": "1"}


def test_damaged_utf8_counts_its_bytes_and_the_line_of_the_first() -> None:
    good = "市委、市政府在这里召开工作会。\r\n".encode() * 50
    data = good + b"\xff\xfe" + good + "讲".encode()[:2] + good
    decoded = decode_text(data, "a.txt")
    assert (decoded.replaced, decoded.first_replaced_line) == (4, 51)
    (notice,) = read_text(data, "a.txt").notices
    assert (notice.kind, notice.value, notice.line) == (NoticeKind.REPLACED_BYTES, "4", 51)
    assert "the file may be damaged or partly in another encoding" in notice.detail


def test_chinese_with_a_bad_byte_past_the_sample_is_read_with_it_replaced() -> None:
    # No candidate reads every byte: GB18030, the best, is taken with the byte replaced (it
    # used to end detection with "encoding could not be recognised").
    line = "各级领导干部要带头转变作风，真抓实干，务求实效。\n".encode("gb18030")
    data = line * 1000 + b"\xff" + line
    decoded = decode_text(data, "a.txt")
    assert (decoded.encoding, decoded.replaced, decoded.first_replaced_line) == (
        "gb18030",
        1,
        1001,
    )
    (notice,) = read_text(data, "a.txt").notices
    assert notice.kind == NoticeKind.REPLACED_BYTES


def test_a_code_page_with_a_byte_it_leaves_undefined_past_the_sample() -> None:
    # The detector proposes only cp1250, which leaves 0x81 undefined: read with it replaced.
    text = (
        "Minister spraw zagranicznych odwiedził Pekin, gdzie spotkał się ze swoim chińskim "
        "odpowiednikiem. Zażółć gęślą jaźń.\n"
    )
    data = text.encode("cp1250") * 200 + b"\x81" + text.encode("cp1250")
    decoded = decode_text(data, "a.txt")
    assert (decoded.encoding, decoded.replaced, decoded.first_replaced_line) == ("cp1250", 1, 201)
    assert decoded.text.count("\ufffd") == 1
    assert decoded.text.endswith(text)


def test_big5_with_a_bad_byte_is_read_as_windows_writes_big5() -> None:
    # 碁 and 銹 are in Microsoft's cp950, not in Python's plain big5 codec.
    line = "碁銹：臺灣各界代表出席會議，共同討論發展。\n".encode("cp950")
    decoded = decode_text(line * 1000 + b"\xff" + line, "a.txt")
    assert (decoded.encoding, decoded.replaced) == ("big5", 1)
    assert decoded.text.count("\ufffd") == 1


def test_many_bad_bytes_are_still_an_encoding_error() -> None:
    line = "各级领导干部要带头转变作风，真抓实干，务求实效。\n".encode("gb18030")
    with pytest.raises(DocumentError) as raised:
        decode_text(line * 1000 + b"\xff" * 200, "a.txt")
    assert raised.value.code == "encoding"


def test_gb18030_with_a_four_byte_character() -> None:
    text = "人名：𠮷野家、喆（四字节字符）\n"
    decoded = decode_text(text.encode("gb18030"), "a.txt")
    assert decoded.text == text


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("GBK", "gb18030"),
        ("gb2312", "gb18030"),
        ("x-gbk", "gb18030"),
        ("Big5", "big5"),
        ("cp950", "big5"),
        ("UTF8", "utf-8"),
        ("utf_16_le", "utf-16-le"),
        ("iso-8859-1", "cp1252"),
        ("no-such-encoding", None),
    ],
)
def test_normalized_encoding_names(label: str, expected: str | None) -> None:
    assert normalized_encoding(label) == expected


_LINE = st.text(
    alphabet=st.sampled_from(sorted(set(SIMPLIFIED + "ABC abc 123，。！？")) + ["\u3000"]),
    max_size=30,
)


@given(lines=st.lists(_LINE, min_size=1, max_size=8))
def test_utf8_and_utf16_round_trip_exactly(lines: list[str]) -> None:
    text = "\n".join(lines)
    for encoding in ("utf-8", "utf-8-sig", "utf-16", "utf-32"):
        assert decode_text(text.encode(encoding), "a.txt").text == text


@given(start=st.integers(min_value=0, max_value=20000), length=st.integers(40, 400))
def test_gb18030_excerpts_of_real_text_round_trip(start: int, length: int) -> None:
    excerpt = _sample_text()[start : start + length]
    decoded = decode_text(excerpt.encode("gb18030"), "a.txt")
    assert decoded.text == excerpt
    assert decoded.encoding in {"gb18030", "utf-8"}  # utf-8 when the excerpt is all ASCII


@given(data=st.binary(max_size=60) | st.text(max_size=30).map(str.encode), piece=st.integers(1, 7))
def test_utf8_decoded_in_pieces_is_the_same_text_or_refusal(data: bytes, piece: int) -> None:
    try:
        expected: str | None = data.decode("utf-8")
    except UnicodeDecodeError:
        expected = None
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(text_reader, "_DECODE_PIECE", piece)
        try:
            decoded: str | None = text_reader.decode_utf8(data)
        except UnicodeDecodeError:
            decoded = None
    assert decoded == expected


_GAP = " " * COLUMN_GAP


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("地区生产总值\t亿元\t1234.5", f"地区生产总值{_GAP}亿元{_GAP}1234.5"),
        ("指标 \t 单位", f"指标{_GAP}单位"),  # the spaces padding a tab go with it
        ("甲区\t\t5.2%", f"甲区{_GAP}5.2%"),  # an empty cell is no wider a gap
        ("\t今年工作取得成效。", "\t今年工作取得成效。"),  # an indent stays
        ("今年工作取得成效。\t", "今年工作取得成效。\t"),
        ("没有表格的一行", "没有表格的一行"),
    ],
)
def test_cells_apart_widens_the_tabs_between_cells(line: str, expected: str) -> None:
    assert cells_apart(line) == expected


def test_a_tab_separated_tables_rows_are_read_with_their_columns_apart() -> None:
    data = "指标\t单位\t完成\n地区生产总值\t亿元\t1234.5\n".encode()
    lines = [line.text for line in read_text(data, "table.txt").lines]
    assert lines == [f"指标{_GAP}单位{_GAP}完成", f"地区生产总值{_GAP}亿元{_GAP}1234.5"]


# Western press releases as Windows "ANSI" (cp1252) or Latin-1 writes them: smart quotes and
# dashes are the bytes 0x91-0x97, accented letters the bytes 0xC0-0xFF.
WESTERN = {
    "en": "PRESS RELEASE\nThe Embassy’s “Open Day” – held in Zürich and Köln – drew 2,000 "
    "visitors.\nThe café’s naïve façade was praised; the Straße was closed.\n",
    "fr": "COMMUNIQUÉ DE PRESSE\nL’ambassadeur a déclaré : « Nous sommes très honorés » – la "
    "coopération économique s’est renforcée.\nLes élèves français étudient à Pékin depuis l’été.\n",
    "de": "PRESSEMITTEILUNG\nDer Botschafter erklärte: „Die Zusammenarbeit ist großartig.“ Das "
    "Treffen fand in München statt, über 300 Gäste kamen – ein Erfolg.\n",
    "it": "COMUNICATO STAMPA\nL’ambasciatore ha dichiarato che la città è pronta. Perché no? La "
    "cooperazione economica è più forte, così sarà più facile.\n",
    "fi": "LEHDISTÖTIEDOTE\nSuurlähettiläs sanoi, että yhteistyö on hyvää. Tapaaminen pidettiin "
    "Helsingissä, ja keskustelu jatkui myöhään illalla.\n",
    "prices": "Price list\nTea – 3 €\nCoffee – 4 €\nCake – 5 €\n“Specials” daily.\n",
    "es": "COMUNICADO DE PRENSA\nEl señor ministro visitó la exposición el miércoles. «Estamos "
    "muy contentos», afirmó. La cooperación económica crecerá este año.\n",
    "sv": "PRESSMEDDELANDE\nAmbassadören sade att samarbetet är bättre än någonsin. "
    "Överenskommelsen undertecknades i Göteborg på måndag.\n",
}


def _latin_1(text: str) -> bool:
    return all(ord(char) < 0x100 for char in text)  # no smart quotes, dashes or euro sign


@pytest.mark.parametrize(
    ("language", "encoding"),
    [(language, "cp1252") for language in WESTERN]
    + [(language, "latin-1") for language, text in WESTERN.items() if _latin_1(text)],
)
def test_western_text_in_windows_1252_or_latin_1(language: str, encoding: str) -> None:
    # Central European and Baltic code pages (cp1250, cp1257, Mac Latin 2) turn the same bytes
    # into letters as plausible to a count of letters: ï became ď, é ť, « ę.
    text = WESTERN[language]
    decoded = decode_text(text.encode(encoding), "a.txt")
    assert (decoded.encoding, decoded.text) == ("cp1252", text)


def test_a_short_western_text_says_its_encoding_was_a_guess() -> None:
    decoded = decode_text(WESTERN["en"].encode("cp1252"), "a.txt")
    assert "cp1250" in decoded.rivals
    source = read_text(WESTERN["en"].encode("cp1252"), "a.txt")
    (notice,) = source.notices
    assert (notice.kind, notice.value) == (NoticeKind.ENCODING_GUESSED, "cp1252")
    assert "cp1250" in notice.detail


def test_a_western_text_that_reads_the_same_in_every_candidate_is_no_guess() -> None:
    # ä ö ü ß „ “ – are the same bytes in cp1250: whichever it was, the text is the same.
    assert decode_text(WESTERN["de"].encode("cp1252"), "a.txt").rivals == ()


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (
            "Министр иностранных дел посетил Пекин, где встретился со своим китайским "
            "коллегой. Министры обсудили экономическое сотрудничество и обмен студентами.\n",
            "cp1251",
        ),
        (
            "Ο υπουργός Εξωτερικών επισκέφθηκε το Πεκίνο, όπου συναντήθηκε με τον Κινέζο "
            "ομόλογό του. Συζήτησαν την οικονομική συνεργασία.\n",
            "cp1253",
        ),
        (
            "Minister spraw zagranicznych odwiedził Pekin, gdzie spotkał się ze swoim chińskim "
            "odpowiednikiem. Obaj ministrowie rozmawiali o współpracy gospodarczej, wymianie "
            "studentów i transformacji energetycznej. Zażółć gęślą jaźń.\n",
            "cp1250",
        ),
        (
            "Užsienio reikalų ministras lankėsi Pekine, kur susitiko su savo kolega iš Kinijos. "
            "Ministrai aptarė ekonominį bendradarbiavimą ir studentų mainus.\n",
            "cp1257",
        ),
    ],
)
def test_other_code_pages_are_not_taken_for_western(text: str, encoding: str) -> None:
    decoded = decode_text(text.encode(encoding), "a.txt")
    assert (decoded.encoding, decoded.text) == (encoding, text)


_TURKISH = (
    "Türkiye'nin güneyinde, dağların eteğinde küçük bir şehir vardır. İnsanlar sabahları işe "
    "gider, akşamları çay içer. Öğretmenler çocuklara ışığı ve doğayı anlatır.\n"
)
_POLISH = (
    "Wiosną w mieście ludzie chętnie spacerują nad rzeką, a dzieci bawią się w parku. Źródło "
    "łąki było świeże, więc żona przyniosła mu herbatę.\n"
)


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (_TURKISH, "cp1254"),
        (_TURKISH * 20, "cp1254"),
        ("Bugün ağaçların altında oturduk ve İstanbul'u konuştuk.\n", "cp1254"),
        (_POLISH, "cp1250"),
        (_POLISH * 20, "cp1250"),
        ("Pan Łukasz źle się czuł, więc żona przyniosła mu herbatę.\n", "cp1250"),
    ],
)
def test_turkish_and_polish_are_not_read_as_windows_1252(text: str, encoding: str) -> None:
    # In Windows-1252 ş ğ ı İ are þ ð ý Ý beside ç and ü (no language writes both), and
    # Polish ł ą ż are ³ ¹ ¿ glued to letters: only the right code page reads them as letters.
    decoded = decode_text(text.encode(encoding), "a.txt")
    assert decoded.text == text
    assert decoded.encoding in {encoding, "iso8859-9", "iso8859-2"}
    assert "cp1252" not in decoded.rivals


def test_icelandic_in_windows_1252_keeps_its_thorn_and_eth() -> None:
    text = "Þetta er íslenskur texti með ð og þ, já. Það var gott að sjá þig í gær.\n"
    decoded = decode_text(text.encode("cp1252"), "a.txt")
    assert (decoded.encoding, decoded.text) == ("cp1252", text)
