"""MkDocs hooks (`hooks:` in mkdocs.base.yml), run by MkDocs and ProperDocs; Zensical ignores them.

Only for speed: the theme's templates are compiled once and kept (uccn.base.private.TemplateCache),
not compiled again in every build of every language; and the search plugin does not read,
tag by tag, the blocks that search leaves out anyway, nor go through the pages it leaves out
whole (uccn.show.unsearched). Without these hooks a build makes the same pages and the same search
index, more slowly.
"""
from __future__ import annotations

from typing import Any

from uccn.base.private import TemplateCache
from uccn.show.unsearched import hold, hold_page, restore

_HELD: dict[str, list[str]] = {}


def on_env(env: Any, config: Any, files: Any) -> Any:
    """The theme's Jinja environment, made by the engine before any page: its compiled templates kept."""
    env.bytecode_cache = TemplateCache("theme")
    return env
  # page -> its blocks, from before the search plugin to the finished page


def on_page_context(context: Any, page: Any, config: Any, nav: Any) -> Any:
    search = page.meta.get("search")
    excluded = isinstance(search, dict) and search.get("exclude")  # as the search plugin reads it
    page.content, held = (hold_page if excluded else hold)(page.content)
    if held:
        _HELD[page.file.src_uri] = held
    return context


on_page_context.mkdocs_priority = 50  # type: ignore[attr-defined]  # before the search plugin's (0)


def on_post_page(output: str, page: Any, config: Any) -> str:
    held = _HELD.pop(page.file.src_uri, None)
    return restore(output, held) if held else output
