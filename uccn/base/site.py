"""What the build steps share: where things are, and the site's address per language.

The address comes from the SITE_URL environment variable (as in mkdocs.yml),
so links are right both for `make serve` and for a GitHub Pages project path.
"""
from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from . import safeio
from .languages import ADDRESS_VARIABLES as LANGUAGE_ADDRESSES
from .languages import PREFIX

ROOT = Path(__file__).resolve().parents[2]  # uccn/base/site.py -> the project
DATA_DIR = ROOT / "data"
DOCS_DIR = ROOT / "docs"
DEFAULT_SITE_URL = "http://127.0.0.1:8000/"


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


# Every address the build takes from the environment, and where a page shows it.
ADDRESS_VARIABLES = (*LANGUAGE_ADDRESSES, "REPOSITORY_URL")


def environment_problems(environ: dict[str, str] | None = None) -> list[str]:
    """Each address in the environment that is not a plain http(s) address (empty ones are unset)."""
    environ = os.environ if environ is None else environ
    return [problem for name in ADDRESS_VARIABLES
            if environ.get(name) and (problem := site_url_problem(environ[name], name))]


def config_problems(conf: Any) -> list[str]:
    """The same for the addresses an engine's config holds (read from the environment with !ENV)."""
    extra = conf.get("extra") or {}
    found = [("SITE_URL", conf.get("site_url") or ""), ("REPOSITORY_URL", extra.get("repository_url") or ""),
             ("EDIT_URI", conf.get("edit_uri") or "")]
    found += [(f"extra.languages ({language.get('lang')})", language.get("url") or "")
              for language in extra.get("languages") or [] if isinstance(language, dict)]
    return [problem for name, value in found if value and (problem := site_url_problem(str(value), name))]


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
    prefix = PREFIX[lang]
    return path if not prefix or path.endswith(prefix) else path + prefix


_WRITTEN: ContextVar[dict[Path, bytes] | None] = ContextVar("written", default=None)


@contextmanager
def noting_writes() -> Iterator[dict[Path, bytes]]:
    """The files write_if_changed writes (or finds as they should be) inside this block,
    with the bytes each now holds."""
    token = _WRITTEN.set({})
    try:
        yield _WRITTEN.get()  # type: ignore[misc]
    finally:
        _WRITTEN.reset(token)


def write_if_changed(path: Path, content: str | bytes) -> bool:
    """Write only when the bytes differ, so `make serve` does not rebuild for nothing.

    Inside the project the file is written from the project's root down, without
    following a link at the path or in a folder above it (uccn.base.safeio); a link
    there is replaced, never written through."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    path = Path(os.path.abspath(path))
    if (written := _WRITTEN.get()) is not None:
        written[path] = data
    if path.is_relative_to(ROOT):
        root, relative = ROOT, path.relative_to(ROOT)
    else:  # a folder the caller chose outside the project (an export's --out, a test's)
        path.parent.mkdir(parents=True, exist_ok=True)
        root, relative = path.parent, Path(path.name)
    try:
        if safeio.read_bytes(root, relative) == data:
            return False
    except (OSError, safeio.Unsafe):
        pass  # missing, or not a plain file: written anew below
    safeio.write_bytes(root, relative, data)
    return True
