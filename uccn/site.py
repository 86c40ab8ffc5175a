"""What the build steps share: where things are, and the site's address per language.

The address comes from the SITE_URL environment variable (as in mkdocs.yml),
so links are right both for `make serve` and for a GitHub Pages project path.
"""
from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data"
DOCS_DIR = ROOT / "docs"
DEFAULT_SITE_URL = "http://127.0.0.1:8000/"
LANG_PREFIX = {"sv": "", "en": "en/"}


# An http(s) address of a host and a path, nothing else: it is written unescaped into
# every page's canonical link by the theme, and into the sitemap and robots.txt.
_SITE_URL = re.compile(r"^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[A-Za-z0-9._~%/-]*)?$")


def site_url_problem(url: str, variable: str = "SITE_URL") -> str | None:
    """A Swedish message if the site's address is not a plain http(s) address."""
    if _SITE_URL.match(url):
        return None
    shown = "".join(c if c.isprintable() else "?" for c in url)[:80]
    return (f"{variable} ska vara en webbadress som https://exempel.se/ eller https://exempel.github.io/projekt/ "
            f"(bara bokstäver, siffror, punkt, bindestreck och snedstreck), men är '{shown}'")


def site_url() -> str:
    url = os.environ.get("SITE_URL") or DEFAULT_SITE_URL
    return url if url.endswith("/") else url + "/"


def origin(url: str) -> str:
    """Scheme and host of an address: 'https://org.github.io'."""
    parts = urlparse(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme else ""


def base_path(url: str, lang: str) -> str:
    """URL path of a language's root: '/' or '/project/en/'."""
    path = urlparse(url).path or "/"
    path = path if path.endswith("/") else path + "/"
    prefix = LANG_PREFIX[lang]
    return path if not prefix or path.endswith(prefix) else path + prefix


def write_if_changed(path: Path, content: str) -> bool:
    """Write only when the content differs, so `mkdocs serve` does not reload for nothing."""
    if path.exists() and path.read_text(encoding="utf-8") == content:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content, encoding="utf-8")
    return True
