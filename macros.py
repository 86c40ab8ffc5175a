"""mkdocs-macros glue: run the build pipeline (uccn.build) for this language, register views.

Each macro is one call into `uccn.publish.render`; the HTML comes from autoescaped templates and is
not rendered again by mkdocs-macros. A data error stops the build with `file:line: message`
lines and no traceback; so does anything in a page other than text and our macros called
with literal arguments (uccn.check.pagecheck, before any page is rendered, on every engine).
Pages are also rendered in Jinja's sandbox. What the engine's config says is read in
uccn.engine; the theme's compiled templates are kept by hooks.py (MkDocs and ProperDocs).
"""
from __future__ import annotations

import sys
from pathlib import Path

# The data layer lives beside this file; engines load macros.py without adding its folder.
sys.path.insert(0, str(Path(__file__).resolve().parent))

from uccn.build import Stop, prepare
from uccn.engine import sandbox_pages, settings, use_raw_html
from uccn.publish.render import VIEWS

try:  # MkDocs and ProperDocs print a BuildError without a traceback.
    from mkdocs.exceptions import PluginError as _BuildStop
except ImportError:  # pragma: no cover - engines without mkdocs
    _BuildStop = SystemExit


def define_env(env) -> None:
    build, lang = settings(env.conf)
    try:
        r = prepare(build).renderer(build, lang)
    except Stop as stop:
        raise _BuildStop(stop.report()) from None
    for name in VIEWS:
        env.macro(getattr(r, name), name)
    use_raw_html(env.conf)


def on_pre_page_macros(env) -> None:
    sandbox_pages(env)
