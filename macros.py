"""mkdocs-macros glue: load and check data/ once per build, write record pages, register views.

Each macro is one call into `uccn.render`; the HTML comes from autoescaped
templates and is not rendered again by mkdocs-macros. A data error stops the
build with `file:line: message` lines and no traceback; so does a mistyped macro
in a page (on MkDocs and ProperDocs; Zensical reports it its own way).
"""
from __future__ import annotations

import sys
from pathlib import Path

# The data layer lives beside this file; engines load macros.py without adding its folder.
sys.path.insert(0, str(Path(__file__).resolve().parent))

from uccn.pagecheck import template_problems
from uccn.pages import write_abbreviations, write_pages, write_root_files
from uccn.render import Renderer
from uccn.report import format_problems
from uccn.site import base_path
from uccn.validate import load_dataset

try:  # MkDocs and ProperDocs print a BuildError without a traceback.
    from mkdocs.exceptions import PluginError as _BuildStop
except ImportError:  # pragma: no cover - engines without mkdocs
    _BuildStop = SystemExit


def _settings(conf) -> tuple[Path, Path, str, str]:
    """Project root, docs folder, language and site URL, as MkDocs or Zensical give them."""
    if conf.get("config_file_path"):
        root = Path(conf["config_file_path"]).resolve().parent
    else:  # Zensical
        root = Path(conf.get("root_dir") or ".").resolve()
    docs_dir = root / conf.get("docs_dir", "docs")
    theme = conf.get("theme") or {}
    lang = (theme.get("language") if hasattr(theme, "get") else theme["language"]) or "sv"
    return root, docs_dir, lang, conf.get("site_url") or "/"


def define_env(env) -> None:
    root, docs_dir, lang, site_url = _settings(env.conf)
    data, problems = load_dataset(root / "data")
    if problems:
        raise _BuildStop(format_problems(problems))
    base = base_path(site_url, lang)
    write_pages(data, docs_dir, lang, base)
    write_abbreviations(data, root / "generated", lang)
    if lang == "sv":  # the site's root
        write_root_files(data, docs_dir, site_url)
    r = Renderer(data, lang, base)
    for view in (
        r.decision_register, r.agreements_compared, r.commitment_totals, r.commitments_list,
        r.current_commitments, r.network_figures, r.parties, r.goals, r.timeline, r.sources,
        r.glossary, r.record_template,
    ):
        env.macro(view)


def on_pre_page_macros(env) -> None:
    """A mistyped macro or broken {{ … }} in a page stops the build with file:line."""
    page = env.page
    if not page.meta.get("render_macros", True):  # generated pages hold data text, never run
        return
    source = Path(page.file.abs_src_path)
    ours = sorted(name for name, f in env.macros.items() if isinstance(getattr(f, "__self__", None), Renderer))
    problems = template_problems(
        env.env, env.markdown, source.read_text(encoding="utf-8"),
        source.relative_to(Path(env.conf["config_file_path"]).resolve().parent).as_posix(),
        known=[*env.variables, *env.macros], macros=ours,
    )
    if problems:
        raise _BuildStop("\n".join(problems))
