"""mkdocs-macros glue: load and check data/ once per build, write record pages, register views.

Each macro is one call into `uccn.render`; the HTML comes from autoescaped
templates and is not rendered again by mkdocs-macros. A data error stops the
build with `file:line: message` lines and no traceback; so does a mistyped macro
in a page (on MkDocs and ProperDocs; Zensical reports it its own way).
"""
from __future__ import annotations

import difflib
import sys
from pathlib import Path

import jinja2
from jinja2 import meta

# The data layer lives beside this file; engines load macros.py without adding its folder.
sys.path.insert(0, str(Path(__file__).resolve().parent))

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
    """Before a page's {{ … }} are run: an unknown name or a broken {{ … }} stops the
    build with the file, the line and what exists, instead of a traceback."""
    page = env.page
    if not page.meta.get("render_macros", True):  # generated pages hold data text, never run
        return
    source = Path(page.file.abs_src_path)
    shown = source.relative_to(Path(env.conf["config_file_path"]).resolve().parent).as_posix()
    text = source.read_text(encoding="utf-8")
    offset = text.count("\n", 0, max(text.find(env.markdown), 0))  # lines of front matter
    try:
        names = meta.find_undeclared_variables(env.env.parse(env.markdown))
    except jinja2.TemplateSyntaxError as err:
        raise _BuildStop(
            f"{shown}:{offset + (err.lineno or 1)}: fel i {{{{ … }}}} eller {{% … %}}: {err.message}. "
            "Kontrollera klamrar, citattecken och parenteser."
        ) from None
    unknown = sorted(names - set(env.variables) - set(env.macros) - set(env.env.globals))
    if unknown:
        ours = sorted(name for name, f in env.macros.items() if isinstance(getattr(f, "__self__", None), Renderer))
        lines = text.splitlines()
        problems = []
        for name in unknown:
            line = next((n for n, row in enumerate(lines, 1) if name in row), offset + 1)
            close = difflib.get_close_matches(name, ours, n=1)
            hint = f" Menade du '{close[0]}'?" if close else ""
            problems.append(f"{shown}:{line}: okänt namn '{name}'.{hint} "
                            f"Makron som finns: {', '.join(ours)}")
        raise _BuildStop("\n".join(problems))
