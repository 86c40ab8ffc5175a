"""`make source`: a document becomes a stored text with its source record and checksums; `make check`
holds the stored text to its checksum."""
from __future__ import annotations

import datetime
import hashlib
import re
from pathlib import Path

import pytest

from tests.unit.helpers import messages, replace
from uccn.read.sourceimport import NotImported, import_source

TODAY = datetime.date(2026, 12, 7)


def pdf(pages: list[list[str]], title: str | None = None) -> bytes:
    """A small PDF with a text layer: each page's lines in Helvetica (WinAnsi, so å, ä and ö are text)."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    def literal(text: str) -> bytes:
        return b"(" + text.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"

    add(b"<< /Type /Catalog /Pages 2 0 R >>")
    add(b"")  # the page tree, written once the pages are known
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    kids = []
    for lines in pages:
        stream = b"BT /F1 12 Tf 14 TL 72 720 Td " + b" ".join(literal(line) + b" Tj T*" for line in lines) + b" ET"
        content = add(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        kids.append(add(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
                        b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (content, font)))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    info = add(b"<< /Title " + literal(title) + b" >>") if title else None
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, b" /Info %d 0 R" % info if info else b"", xref)
    return bytes(out)


MINUTES = [["Protokoll, kommunstyrelsen", "", "Paragraf 45 Samarbete om UCCN", "Kommunstyrelsen beslutar att godkänna",
            "förslaget till överenskommelse."], ["Justerat den 2 april 2019.", "Anslaget på kommunens anslagstavla."]]


def test_a_pdf_becomes_a_stored_text_with_its_pages_and_a_source_that_make_check_asks_to_complete(data: Path, tmp_path):
    document = tmp_path / "KS protokoll 2019-03.pdf"
    document.write_bytes(pdf(MINUTES, title="Protokoll, kommunstyrelsen i Östersunds kommun"))
    assert import_source(document, data, today=TODAY) == "ks-protokoll-2019-03"
    stored = (data / "texts" / "ks-protokoll-2019-03.txt").read_bytes()
    text = stored.decode("utf-8")
    assert text.index("[sida 1]") < text.index("Kommunstyrelsen beslutar att godkänna") < text.index("[sida 2]")
    assert "Justerat den 2 april 2019." in text and not re.search(r" +\n", text)
    record = (data / "sources.yml").read_text(encoding="utf-8").split("- id: ks-protokoll-2019-03\n")[1]
    assert 'sv: "Protokoll, kommunstyrelsen i Östersunds kommun"' in record and "retrieved: \"2026-12-07\"" in record
    assert f"stored_text_sha256: {hashlib.sha256(stored).hexdigest()}" in record
    assert f"document_sha256: {hashlib.sha256(document.read_bytes()).hexdigest()}" in record
    assert "publisher:  #" in record and "date:  #" in record  # what the document does not state is left blank
    found = messages(data)
    assert len(found) == 1 and found[0].endswith("'title.en' är tom; skriv en text"), found  # the one thing left to do
    replace(data / "sources.yml", '    en: ""  # skriv titeln på engelska',
            '    en: "Minutes, Municipal Executive Board of Östersunds kommun"  #')
    assert messages(data) == []


def test_a_changed_stored_text_stops_the_check_naming_its_source_and_recorded_checksum(data: Path):
    path = data / "texts" / "arendebeskrivning-uccn-2019-2020.txt"
    recorded = hashlib.sha256(path.read_bytes()).hexdigest()
    path.write_bytes(path.read_bytes().replace(b"Idag", b"Idag ", 1))
    found = [m for m in messages(data) if "har ändrats sedan den lästes in" in m]
    assert len(found) == 1 and found[0].startswith("data/sources.yml:")
    assert recorded in found[0] and hashlib.sha256(path.read_bytes()).hexdigest() in found[0]
    assert "texts/arendebeskrivning-uccn-2019-2020.txt" in found[0]


def test_a_stored_text_without_its_checksum_is_asked_for_with_the_value(data: Path):
    digest = hashlib.sha256((data / "texts" / "arendebeskrivning-uccn-2019-2020.txt").read_bytes()).hexdigest()
    replace(data / "sources.yml", f"  stored_text_sha256: {digest}\n", "")
    assert [m for m in messages(data) if m.endswith(f"skriv stored_text_sha256: {digest} under stored_text")]


def test_a_pdf_without_a_text_layer_is_refused_and_nothing_is_written(data: Path, tmp_path):
    before = (data / "sources.yml").read_bytes()
    scanned = tmp_path / "skannad.pdf"
    scanned.write_bytes(pdf([[], []]))
    with pytest.raises(NotImported, match="ingen text att läsa"):
        import_source(scanned, data, today=TODAY)
    assert (data / "sources.yml").read_bytes() == before and not (data / "texts" / "skannad.txt").exists()


def test_a_saved_web_page_is_read_as_its_visible_text(data: Path, tmp_path):
    page = tmp_path / "nyhet.html"
    page.write_text("<!doctype html><html><head><title>Östersund i UCCN</title><script>var x = 1;</script></head>"
                    "<body><nav>Meny Start</nav><h1>Östersund i UCCN</h1><p>Staden är &amp; förblir en "
                    "kreativ stad.</p><p>Sedan 2010 är Östersund med i nätverket.</p></body></html>", encoding="utf-8")
    import_source(page, data, "nyhet-uccn", today=TODAY)
    text = (data / "texts" / "nyhet-uccn.txt").read_text(encoding="utf-8")
    assert "Staden är & förblir en kreativ stad." in text and "var x" not in text and "Meny" not in text
    assert "[sida" not in text  # a web page has no pages


def test_an_id_that_is_taken_or_malformed_is_refused(data: Path, tmp_path):
    document = tmp_path / "text.txt"
    document.write_text("Ett stycke text om samarbetet kring UCCN.\n", encoding="utf-8")
    with pytest.raises(NotImported, match="finns redan"):
        import_source(document, data, "arendebeskrivning-2019-2020", today=TODAY)
    with pytest.raises(NotImported, match="kan inte användas"):
        import_source(document, data, "Fel ID", today=TODAY)


def test_a_texts_folder_that_is_a_link_is_never_written_through(data: Path, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    for stored in (data / "texts").iterdir():
        (elsewhere / stored.name).write_bytes(stored.read_bytes())
    import shutil

    shutil.rmtree(data / "texts")
    (data / "texts").symlink_to(elsewhere, target_is_directory=True)  # as a hostile branch could commit it
    document = tmp_path / "text.txt"
    document.write_text("Ett stycke text om samarbetet kring UCCN.\n", encoding="utf-8")
    before = (data / "sources.yml").read_bytes()
    with pytest.raises(NotImported):
        import_source(document, data, "ny-kalla", today=TODAY)
    assert not (elsewhere / "ny-kalla.txt").exists() and (data / "sources.yml").read_bytes() == before
