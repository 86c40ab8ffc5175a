"""What the build needs to know of the engine that runs it (MkDocs, ProperDocs or Zensical), read
from the engine's config in one place: the project, the language, the site's address and folder,
the one addition to the engine's Markdown (uccn.show.rawhtml), and the sandbox pages render in.
The one module that touches an engine's or plugin's internals."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from jinja2.sandbox import SandboxedEnvironment

from .base.languages import ROOT_LANG
from .base.site import config_problems
from .build import Settings, root_url
from .check.pagecheck import sandboxed
from .show.rawhtml import RawHtml


def settings(conf: Any) -> tuple[Settings, str]:
    """The build's settings for the language this config builds, and that language."""
    if conf.get("config_file_path"):
        root = Path(conf["config_file_path"]).resolve().parent
    else:  # Zensical
        root = Path(conf.get("root_dir") or ".").resolve()
    theme = conf.get("theme") or {}
    lang = (theme.get("language") if hasattr(theme, "get") else theme["language"]) or ROOT_LANG
    return Settings(
        root=root, site_url=root_url(conf.get("site_url") or "/", lang), langs=(lang,),
        repository=(conf.get("extra") or {}).get("repository_url") or "",
        site_dirs=_inside(conf, root), address_problems=config_problems(conf),
    ), lang


def _inside(conf: Any, root: Path) -> tuple[str, ...]:
    """The site folder as a path inside the project (not resolved: a link in it must show)."""
    site_dir = Path(conf.get("site_dir") or "site")
    path = Path(os.path.normpath(site_dir if site_dir.is_absolute() else root / site_dir))
    config_dir = Path(os.path.abspath(conf["config_file_path"])).parent if conf.get("config_file_path") else root
    for base in (root, config_dir):  # the project as resolved, and as MkDocs was given it
        if path.is_relative_to(base):
            return (path.relative_to(base).as_posix(),)
    return ()  # a folder outside the project that the person building chose


def use_raw_html(conf: Any) -> None:
    """Generated pages' finished HTML is not parsed again (uccn.show.rawhtml). MkDocs and ProperDocs
    make each page's Markdown from this list; an engine that does not renders the same page."""
    extensions = conf.get("markdown_extensions")
    if isinstance(extensions, list) and not any(isinstance(e, RawHtml) for e in extensions):
        extensions.append(RawHtml())


def sandbox_pages(macros_env: Any) -> None:
    """Pages are rendered in Jinja's sandbox: a second wall behind the page check. mkdocs-macros
    makes a plain Environment after `define_env` and has no setting for its class, so its
    environment is replaced here, the one place that touches the plugin's internals."""
    if not isinstance(macros_env.env, SandboxedEnvironment):
        macros_env._env = sandboxed(macros_env.env)
