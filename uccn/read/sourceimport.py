"""A document turned into a stored source: `make source FILE=… [ID=…]` (`python -m uccn source`).

A PDF (its text layer, read with pypdf), a saved web page (its text, without scripts or
styles) or a plain text file becomes data/texts/<id>.txt: the document's own lines and
paragraphs, with a line "[sida N]" before each page of a PDF, so that an anchor or a
citation can say which page. A source record is added at the end of data/sources.yml
with what the document itself states (a PDF's title in its properties, else its first
line) and nothing it does not: the English title, the publisher and the date are left for
the editor, and `make check` asks for each. It records the day the file was read and the
SHA-256 of the original file (`document_sha256`) and of the stored text
(`stored_text_sha256`), which `make check` holds the stored text to.

Nothing is written when the document has no text to read (a scanned PDF: there is no OCR
here, to guess at words), when the id is taken, or when the text file exists. The original
file is not copied into the project.
"""
from __future__ import annotations

import datetime
import hashlib
import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path

from ..base import safeio
from ..records.scalars import ID_PATTERN
from .sourcetext import PAGE_MARK, PAGE_MARKER


class NotImported(Exception):
    """Why the document was not imported; nothing was written."""


def import_source(document: Path, data_dir: Path, source_id: str = "", today: datetime.date | None = None) -> str:
    """Write the stored text and its source record; return the id. Raises NotImported."""
    try:
        raw = document.read_bytes()
    except OSError as err:
        raise NotImported(f"{document} kan inte läsas: {err.strerror or err}") from None
    kind = _kind(document, raw)
    pages, title = _read(kind, raw, document)
    text = _text(pages, kind)
    if len(re.findall(r"[^\W\d_]{2,}", text)) < 3:
        raise NotImported(f"{document.name} har ingen text att läsa (en inskannad PDF har bara bilder av sidorna). "
                          "Be om dokumentet som text eller som en PDF med textlager; här gissas inga ord fram")
    source_id = source_id or _id_from(document.stem)
    if not ID_PATTERN.fullmatch(source_id):
        raise NotImported(f"id '{source_id}' kan inte användas: skriv små bokstäver a–z, siffror och bindestreck, "
                          "till exempel ID=ks-protokoll-2019-03")
    # Read and written from the project down, through no link (uccn.base.safeio): a branch's data/texts
    # that is a link to a folder elsewhere is refused, never written through.
    root, folder = data_dir.parent, data_dir.name
    try:
        existing = safeio.read_bytes(root, f"{folder}/sources.yml").decode("utf-8")
    except FileNotFoundError:
        existing = ""
    except (OSError, UnicodeDecodeError, safeio.Unsafe) as err:
        raise NotImported(f"data/sources.yml kan inte läsas: {err}") from None
    if re.search(rf"^- id: {re.escape(source_id)}\s*$", existing, re.MULTILINE):
        raise NotImported(f"id '{source_id}' finns redan i data/sources.yml; välj ett annat med ID=…")
    stored = f"{folder}/texts/{source_id}.txt"
    try:
        safeio.read_bytes(root, stored)
        raise NotImported(f"data/texts/{source_id}.txt finns redan; välj ett annat id med ID=…")
    except FileNotFoundError:
        pass
    except (OSError, safeio.Unsafe) as err:
        raise NotImported(f"data/texts/ kan inte skrivas i: {err}") from None
    encoded = text.encode("utf-8")
    record = _record(source_id, title or _first_line(text), f"{source_id}.txt", hashlib.sha256(raw).hexdigest(),
                     hashlib.sha256(encoded).hexdigest(), today or datetime.date.today())
    separator = "" if not existing or existing.endswith("\n\n") else "\n" if existing.endswith("\n") else "\n\n"
    try:
        safeio.write_bytes(root, stored, encoded)
        safeio.write_bytes(root, f"{folder}/sources.yml", (existing + separator + record).encode("utf-8"))
    except (OSError, safeio.Unsafe) as err:
        raise NotImported(f"kunde inte skriva i data/: {err}") from None
    return source_id


def _kind(document: Path, raw: bytes) -> str:
    if raw.startswith(b"%PDF"):
        return "pdf"
    if document.suffix.lower() in (".html", ".htm") or re.match(rb"\s*<(!doctype html|html)", raw[:200], re.IGNORECASE):
        return "html"
    if document.suffix.lower() in (".txt", ".text", ""):
        return "text"
    raise NotImported(f"{document.name} är varken en PDF, en sparad webbsida (.html) eller en textfil (.txt)")


def _read(kind: str, raw: bytes, document: Path) -> tuple[list[str], str]:
    """The document's pages as text, and the title it states in its properties ("" for none)."""
    if kind == "pdf":
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError

        try:
            reader = PdfReader(document)
            pages = [page.extract_text(extraction_mode="layout") or "" for page in reader.pages]
            title = (reader.metadata.title if reader.metadata else None) or ""
        except (PdfReadError, ValueError, KeyError, TypeError) as err:
            raise NotImported(f"{document.name} kan inte läsas som PDF: {err}") from None
        return pages, str(title).strip()
    try:
        decoded = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise NotImported(f"{document.name} är inte sparad som UTF-8; spara om den som UTF-8") from None
    if kind == "html":
        parser = _Text()
        parser.feed(decoded)
        return ["\n".join(parser.blocks)], html.unescape(parser.title).strip()
    return [decoded], ""


class _Text(HTMLParser):
    """A web page's visible text, one block per paragraph, heading or list item."""

    _BLOCKS = frozenset({"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "div", "br", "section", "article", "blockquote"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.title = ""
        self._words: list[str] = []
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in ("script", "style", "noscript", "template", "nav", "header", "footer"):
            self._skip += 1
        elif tag == "title":
            self._in_title = True
        elif tag in self._BLOCKS:
            self._end_block()

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "noscript", "template", "nav", "header", "footer"):
            self._skip = max(0, self._skip - 1)
        elif tag == "title":
            self._in_title = False
        elif tag in self._BLOCKS:
            self._end_block()

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif not self._skip:
            self._words.append(data)

    def _end_block(self) -> None:
        block = " ".join("".join(self._words).split())
        if block:
            self.blocks.append(block + "\n")
        self._words = []

    def close(self) -> None:
        super().close()
        self._end_block()


def _text(pages: list[str], kind: str) -> str:
    """The stored text: lines without trailing spaces, at most one blank line in a row, a page mark
    before each page of a PDF."""
    parts = []
    for number, page in enumerate(pages, start=1):
        lines = [line.rstrip() for line in page.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
        body = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")
        if kind == "pdf":
            parts.append(PAGE_MARK.format(number=number))
        if body:
            parts.append(body)
    return "\n\n".join(parts) + "\n"


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip() and not PAGE_MARKER.match(line.strip())), "")


def _id_from(stem: str) -> str:
    plain = stem.lower().translate(str.maketrans("åäöéü", "aaoeu"))
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")[:60] or "kalla"


def _record(source_id: str, title: str, text_name: str, document_sha256: str, text_sha256: str,
            today: datetime.date) -> str:
    """The source record, as YAML with every value written as JSON (which YAML reads the same)."""
    return (
        f"- id: {source_id}\n"
        "  role: primary\n"
        "  title:\n"
        f"    sv: {json.dumps(title[:200], ensure_ascii=False)}\n"
        "    en: \"\"  # skriv titeln på engelska: en översättning, eftersom dokumentet bara har den svenska\n"
        "  publisher:  # vem som gav ut dokumentet, så som det anger det; tomt om det inte anges\n"
        "  date:  # dokumentets datum, så exakt som det anger det (2019-03 eller 2019-03-26); tomt om det inte anges\n"
        f"  retrieved: \"{today.isoformat()}\"\n"
        f"  stored_text: texts/{text_name}\n"
        f"  stored_text_sha256: {text_sha256}\n"
        f"  document_sha256: {document_sha256}\n"
        "  evidence: []\n"
    )
