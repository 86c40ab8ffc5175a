"""Headings and links in hand-written pages: headings go down one level at a time, no
link starts with / (it breaks under a project address), and every link leads to a page that
exists or that the build will write."""
from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urljoin, urlparse

from ..base import published
from ..base.languages import PREFIX, language_of_path
from ..records.registry import GENERATED_FOLDERS

_FENCE = re.compile(r"^\s*(```|~~~)")
_HEADING = re.compile(r"^(#{1,6})\s")
_ABSOLUTE = re.compile(r"(?:\]\(|href=\")(/[^)\"]*)")
_RAW_LINK = re.compile(r'<a\s[^>]*href="([^"]*)"')
_MD_LINK = re.compile(r"\]\(([^)\s#]+\.md)(?:#[^)\s]*)?\)")


# Folders the build writes before the site is built; links into them are checked in the built site.
_GENERATED = (
    *(f"{folder}/" for folders in GENERATED_FOLDERS for folder in folders.values()),
    *(f"{folder}/" for folder in published.FOLDERS), "assets/",
)


def markdown_problems(body: str, shown: str, root: Path | None) -> Iterator[tuple[int, str]]:
    """Heading levels that skip one, and links that break under a project address or lead nowhere."""
    level, fenced = 0, False
    for number, line in enumerate(body.splitlines(), start=1):
        if _FENCE.match(line):
            fenced = not fenced
        if fenced:
            continue
        heading = _HEADING.match(line)
        if heading:
            new = len(heading.group(1))
            if new > level + 1:
                yield number, (f"rubriken hoppar från nivå {level} till nivå {new}; "
                               f"skriv {'#' * (level + 1)} i stället för {'#' * new}")
            level = new
        for link in _ABSOLUTE.findall(line):
            yield number, (f"länken '{link}' börjar med /. Den slutar fungera när webbplatsen ligger under en "
                           "projektadress; länka till sidans fil i stället, till exempel [Beslut](beslut.md)")
        for link in _RAW_LINK.findall(line) if root is not None else ():
            if not _link_resolves(link, shown, root):
                yield number, f"länken '{link}' leder inte till någon sida på webbplatsen"
        for link in _MD_LINK.findall(line) if root is not None else ():
            if not _page_exists(link, shown, root):
                yield number, (f"länken '{link}' leder inte till någon sida: filen finns inte. "
                               "Kontrollera stavningen; en länk skrivs relativt till sidan, som [Beslut](beslut.md)")


def _page_exists(target: str, shown: str, root: Path) -> bool:
    """Does a Markdown link to a page (`beslut.md`, `../sv/om.md`) name a page of the site?"""
    if re.match(r"^[a-z]+:", target):
        return True
    language_root = root / "docs" / shown.split("/")[1]
    path = Path(os.path.normpath((root / shown).parent / target))
    if not path.is_relative_to(root / "docs"):
        return False
    inside = path.relative_to(language_root).as_posix() if path.is_relative_to(language_root) else ""
    return path.is_file() or inside.startswith(_GENERATED)


def _link_resolves(href: str, shown: str, root: Path) -> bool:
    """Does a relative link in a page's HTML lead to a page or file of the site?"""
    if re.match(r"^[a-z]+:|^#|^/", href):  # other sites, mail, anchors (absolute links are refused above)
        return True
    parts = shown.split("/")  # docs/<lang>/<path>.md
    lang, page = parts[1], "/".join(parts[2:])[: -len(".md")]
    page = "" if page == "index" else page.removesuffix("/index")
    url = urljoin(f"http://site/{PREFIX[lang]}{page + '/' if page else ''}", href.split("#")[0])
    target_lang, path = language_of_path(urlparse(url).path.lstrip("/"))
    folder = root / "docs" / target_lang
    if not path or path.endswith("/"):
        stem = path.rstrip("/")
        return not stem or (folder / f"{stem}.md").exists() or (folder / stem / "index.md").exists() or \
            path.startswith(_GENERATED)
    return (folder / path).exists() or path.startswith(_GENERATED) or path in (published.ROBOTS, published.SITEMAP, *published.PER_LANGUAGE)
