"""The stored texts of the sources (data/texts/, or a web page's excerpt), read as the
sources' own paragraphs (uccn.read.sourcetext). A text that cannot be read safely, is not
UTF-8, has changed since it was read in, or holds an invisible character or an odd digit is
left out with one problem at its source, not one per quote citing it."""
from __future__ import annotations

import hashlib
import unicodedata
from typing import Any

from ..base import safeio
from ..base.characters import HIDDEN, ascii_form, char_name, odd_digit
from ..base.problem import Problem
from .load import Snapshot
from .sourcetext import SourceText


def load_texts(sources: dict[str, Any], snapshot: Snapshot) -> tuple[dict[str, SourceText], list[Problem]]:
    """The stored text (or excerpt) of every source that has one; a text that cannot be
    read safely is left out with one problem at its source (not one per quote citing it)."""
    texts: dict[str, SourceText] = {}
    problems: list[Problem] = []
    for source in sources.values():
        if source.stored_text:
            where = source.where.file, source.where.at("stored_text")
            shown = f"data/{source.stored_text}"
            try:
                raw = snapshot.read(source.stored_text)
                text = raw.decode("utf-8-sig")
            except FileNotFoundError:
                problems.append(Problem(*where, f"'stored_text' pekar på {shown}, som saknas"))
                continue
            except (OSError, safeio.Unsafe) as err:
                problems.append(Problem(*where, f"'stored_text' pekar på {shown}, som inte kan läsas: {_reason(err)}"))
                continue
            except UnicodeDecodeError as err:
                line = raw[: err.start].count(b"\n") + 1
                problems.append(Problem(shown, line, "texten är inte sparad som UTF-8 (första felaktiga tecknet står "
                                                     "på den här raden); spara om den som UTF-8"))
                continue
            digest = hashlib.sha256(raw).hexdigest()
            if source.stored_text_sha256 is None:
                problems.append(Problem(*where, f"källan anger inte texten {shown}s SHA-256, som visar att texten är den "
                                                f"som lästes in; skriv stored_text_sha256: {digest} under stored_text"))
            elif source.stored_text_sha256 != digest:
                problems.append(Problem(source.where.file, source.where.at("stored_text_sha256"),
                                        f"texten {shown} har ändrats sedan den lästes in: källan anger SHA-256 "
                                        f"{source.stored_text_sha256}, men texten har {digest}. Ångra ändringen "
                                        f"(git checkout -- {shown}), eller läs in dokumentet igen med make source"))
            hidden = HIDDEN.search(text.replace("\u00ad", "x"))  # soft hyphens are removed as the text is read
            if hidden:
                line = text.count("\n", 0, hidden.start()) + 1
                problems.append(Problem(shown, line, f"osynligt tecken {char_name(hidden.group(0))}; ta bort det"))
                continue
            odd = odd_digit(text)
            if odd is not None:
                line = text.count("\n", 0, text.index(odd)) + 1
                problems.append(Problem(shown, line, f"siffran {char_name(odd)} är inte en siffra 0–9 fast den läses "
                                                     f"som en; skriv {ascii_form(odd)}"))
                continue
            text = unicodedata.normalize("NFC", text)
            texts[source.id] = SourceText.parse(text)
        elif source.excerpt:
            texts[source.id] = SourceText.parse(source.excerpt, titled=False)
    return texts, problems


def _reason(err: Exception) -> str:
    return str(err) if isinstance(err, safeio.Unsafe) else "filen går inte att öppna"
