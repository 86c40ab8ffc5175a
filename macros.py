"""mkdocs-macros glue: run the build pipeline (uccn.build) for this language, register views.

Each macro is one call into `uccn.render`; the HTML comes from autoescaped
templates and is not rendered again by mkdocs-macros. A data error stops the
build with `file:line: message` lines and no traceback; so does anything in a
page other than text and our macros called with literal arguments (checked here,
before any page is rendered, on every engine). MkDocs and ProperDocs also render
pages in Jinja's sandbox.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from jinja2.sandbox import SandboxedEnvironment

# The data layer lives beside this file; engines load macros.py without adding its folder.
sys.path.insert(0, str(Path(__file__).resolve().parent))

from uccn.build import Settings, Stop, prepare, root_url
from uccn.languages import ROOT_LANG
from uccn.pagecheck import sandboxed
from uccn.private import TemplateCache
from uccn.rawhtml import RawHtml
from uccn.render import VIEWS
from uccn.site import config_problems

try:  # MkDocs and ProperDocs print a BuildError without a traceback.
    from mkdocs.exceptions import PluginError as _BuildStop
except ImportError:  # pragma: no cover - engines without mkdocs
    _BuildStop = SystemExit


def _inside(conf, root: Path) -> tuple[str, ...]:
    """The site folder as a path inside the project (not resolved: a link in it must show)."""
    site_dir = Path(conf.get("site_dir") or "site")
    path = Path(os.path.normpath(site_dir if site_dir.is_absolute() else root / site_dir))
    config_dir = Path(os.path.abspath(conf["config_file_path"])).parent if conf.get("config_file_path") else root
    for base in (root, config_dir):  # the project as resolved, and as MkDocs was given it
        if path.is_relative_to(base):
            return (path.relative_to(base).as_posix(),)
    return ()  # a folder outside the project that the person building chose


def _settings(conf) -> tuple[Path, str, str]:
    """Project root, language and this language's site URL, as MkDocs or Zensical give them."""
    if conf.get("config_file_path"):
        root = Path(conf["config_file_path"]).resolve().parent
    else:  # Zensical
        root = Path(conf.get("root_dir") or ".").resolve()
    theme = conf.get("theme") or {}
    lang = (theme.get("language") if hasattr(theme, "get") else theme["language"]) or ROOT_LANG
    return root, lang, conf.get("site_url") or "/"


def define_env(env) -> None:
    root, lang, site_url = _settings(env.conf)
    settings = Settings(
        root=root, site_url=root_url(site_url, lang), langs=(lang,),
        repository=(env.conf.get("extra") or {}).get("repository_url") or "",
        site_dirs=_inside(env.conf, root), address_problems=config_problems(env.conf),
    )
    try:
        r = prepare(settings).renderer(settings, lang)
    except Stop as stop:
        raise _BuildStop(stop.report()) from None
    for name in VIEWS:
        env.macro(getattr(r, name), name)
    _use_raw_html(env.conf)
    _keep_compiled_theme(env.conf)


def _use_raw_html(conf) -> None:
    """Generated pages' finished HTML is not parsed again (uccn.rawhtml). MkDocs and ProperDocs
    make each page's Markdown from this list; an engine that does not renders the same page."""
    extensions = conf.get("markdown_extensions")
    if isinstance(extensions, list) and not any(isinstance(e, RawHtml) for e in extensions):
        extensions.append(RawHtml())


def _keep_compiled_theme(conf) -> None:
    """The theme's templates compiled once and kept (uccn.private.TemplateCache), not compiled
    again in every build of every language: MkDocs and ProperDocs make the theme's Jinja
    environment after this, with `theme.get_env()`. Zensical has its own templates."""
    theme = conf.get("theme")
    make = getattr(theme, "get_env", None)
    if make is None or getattr(make, "keeps_compiled", False):
        return

    def get_env():
        environment = make()
        environment.bytecode_cache = TemplateCache("theme")
        return environment

    get_env.keeps_compiled = True
    theme.get_env = get_env


def on_pre_page_macros(env) -> None:
    """Render pages in Jinja's sandbox: a second wall behind the page check.

    mkdocs-macros builds a plain Environment after define_env has run and has no
    setting for its class, so the first page swaps it for a sandboxed copy."""
    if not isinstance(env.env, SandboxedEnvironment):
        env._env = sandboxed(env.env)
