"""One rule for characters in data/, stored texts and pages: refused with file:line and the code point."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.helpers import line_of, messages, replace, replace_in_stored_text
from uccn.base.characters import HIDDEN, ascii_form, char_name, odd_digit, visible


@pytest.mark.parametrize("c", [
    "\u034f", "\u061c", "\u180e", "\u3164", "\u00ad", "\U000e0041", "\U000e007f", "\ufe0f",  # default-ignorable
    "\u200b", "\u202e", "\u2066", "\ufeff",  # format and bidi controls
    "\ue000", "\U000f0000",  # private use
    "\ufffe", "\uffff", "\ufdd0", "\U0001fffe",  # noncharacters (XML forbids U+FFFE, U+FFFF)
    "\x01", "\x7f", "\x85",  # controls
    "\u0378", "\U0002fffd",  # unassigned
])
def test_characters_that_do_not_show_or_xml_forbids_are_found_and_escaped(c):
    assert HIDDEN.search(f"ab{c}cd").start() == 2
    assert c not in visible(f"ab{c}") and "\\u" in visible(f"ab{c}").lower()
    assert f"U+{ord(c):04X}" in char_name(c)


@pytest.mark.parametrize("c", ["a", "å", "Ö", "\u0308", "€", "§", "–", "\t", "\n", "ç", "Ж"])
def test_ordinary_characters_pass(c):
    assert HIDDEN.search(f"x{c}y") is None


def test_digits_of_other_scripts_are_named_with_the_ascii_form():
    assert odd_digit("1٠٠ ٠٠٠ kronor") == "٠" and ascii_form("1٠٠ ٠٠٠") == "100 000"
    assert odd_digit("100 000 kronor, § 302") is None


def test_an_invisible_character_written_as_an_escape_in_data_is_refused_at_its_line(data: Path):
    path = data / "decisions.yml"
    replace(path, 'sv: "Kommunstyrelsen godkänner förslaget till avtal om UCCN-samarbetet"',
            'sv: "Kommunstyrelsen godkänner\\u3164 förslaget till avtal om UCCN\\uFFFE-samarbetet"')
    assert messages(data) == [
        (f"data/decisions.yml:{line_of(path, 'godkänner')}: 'title.sv' innehåller det osynliga tecknet (U+3164 HANGUL "
        "FILLER), skrivet som en kod med omvänt snedstreck; ta bort det")]


def test_a_stored_text_with_digits_of_another_script_is_refused(data: Path):
    path = replace_in_stored_text(data, "vardera 100 000 kronor", "vardera 1٠٠ ٠٠٠ kronor")
    assert messages(data) == [
        (f"data/texts/arendebeskrivning-uccn-2019-2020.txt:{line_of(path, '1٠٠')}: siffran '٠' (U+0660 ARABIC-INDIC "
        "DIGIT ZERO) är inte en siffra 0–9 fast den läses som en; skriv 0")]


def test_a_look_alike_letter_in_a_quote_is_named_and_a_decomposed_one_passes(data: Path):
    path = data / "decisions.yml"
    quote = 'quote: "Avtalsförslaget godkändes av kommunstyrelsen i Östersunds kommun i november 2018, § 302."'
    replace(path, quote, quote.replace("i Östersunds", "i \u04e6stersunds"))  # Cyrillic Ӧ
    found = messages(data)
    assert len(found) == 1 and found[0].startswith(f"data/decisions.yml:{line_of(path, 'i Ӧstersunds')}: citatet finns inte")
    assert found[0].endswith("Citatet har tecknet 'Ӧ' (U+04E6 CYRILLIC CAPITAL LETTER O WITH DIAERESIS) där källan har "
                             "'Ö' (U+00D6 LATIN CAPITAL LETTER O WITH DIAERESIS); de ser likadana ut men är olika "
                             "tecken. Skriv av tecknet ur källan")
    replace(path, "i \u04e6stersunds", "i O\u0308stersunds")  # the same letter, decomposed: one normal form (NFC)
    assert messages(data) == []
