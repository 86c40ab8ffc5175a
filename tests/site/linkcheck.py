"""Walk a built site and list every internal link or anchor that does not resolve."""
from __future__ import annotations

import re
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlparse


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(values["id"])
        if tag == "a" and values.get("name"):
            self.ids.add(values["name"])
        for attr in ("href", "src"):
            if values.get(attr) and not (tag == "link" and values.get("rel") in ("canonical", "alternate")):
                self.links.append(values[attr])


@cache
def _parse(path: Path) -> _Collector:
    collector = _Collector()
    collector.feed(path.read_text(encoding="utf-8"))
    return collector


def _target(site: Path, path: str) -> Path | None:
    candidate = site / unquote(path).lstrip("/")
    if candidate.is_dir():
        candidate = candidate / "index.html"
    return candidate if candidate.exists() else None


def broken_links(site: Path, site_url: str) -> list[str]:
    """`page: link` for each internal link that points nowhere (file or anchor)."""
    base = urlparse(site_url)
    problems = []
    for page in sorted(site.rglob("*.html")):
        relative = page.relative_to(site).as_posix()
        page_url = urljoin(site_url, relative)
        for link in _parse(page).links:
            if re.match(r"^(mailto|tel|data|javascript):", link):
                continue
            absolute = urlparse(urljoin(page_url, link))
            if absolute.netloc != base.netloc:
                continue  # another site: not checked offline
            if not absolute.path.startswith(base.path):
                problems.append(f"{relative}: {link} (outside the site)")
                continue
            target = _target(site, absolute.path[len(base.path):])
            if target is None:
                problems.append(f"{relative}: {link}")
            elif absolute.fragment and target.suffix == ".html" and unquote(absolute.fragment.partition(":~:")[0]) not in _parse(target).ids:
                problems.append(f"{relative}: {link} (no such anchor)")
    return problems
