"""Check the {{ … }} in every page before any of it runs: only our macros, only literal arguments.

Editors write macro calls such as `{{ timeline() }}` in docs/*.md, and
mkdocs-macros runs whatever Jinja a page holds, with access to Python
(`{{ cycler.__init__.__globals__.os }}` reaches the shell). So a page may hold
text, `{% raw %}` blocks, comments and calls of this project's macros with
literal arguments; anything else (variables, attributes, filters, loops, other
functions) stops the build with file:line, as does a typo or broken syntax.

`page_problems` checks one page; `docs_problems` every page under docs/. Both
are plain Python, so `python -m uccn check` and the build of every engine run
the same check before any page is rendered.
"""
from __future__ import annotations

import inspect
import os
import re
import typing
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import jinja2
import yaml
from jinja2 import nodes
from jinja2.sandbox import SandboxedEnvironment

from ..base.characters import HIDDEN, char_name, visible
from ..base.languages import LANGS, ROOT_LANG
from ..base.problem import Problem, suggest
from ..records.registry import GENERATED_FOLDERS
from .pagelinks import markdown_problems
from .prosefigures import figure_problems, value_problems

# Folders of pages written from data by uccn.publish.pages: their pages come from our templates,
# and anything else in them stops the build (uccn.check.signed.foreign_pages).
_WRITTEN_FOLDERS = {folder for folders in GENERATED_FOLDERS for folder in folders.values()}

_PARSER = jinja2.Environment()  # only parses; never renders
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?\r?\n)?---[ \t]*\r?\n", re.DOTALL)
_TAG = re.compile(r"\{[{%].*?[}%]\}")
EXAMPLE = '{{ timeline() }} eller {{ commitment_totals("money") }}'


def split_front_matter(source: str) -> tuple[dict, str]:
    """The page's front matter (empty if none or unreadable) and the body after it."""
    match = _FRONT_MATTER.match(source)
    if not match:
        return {}, source
    try:
        meta = yaml.safe_load(match.group(1) or "") or {}
    except yaml.YAMLError:
        meta = {}
    return (meta if isinstance(meta, dict) else {}), source[match.end():]


def page_problems(
    source: str, shown: str, macros: Mapping[str, Callable[..., Any] | None],
    texts: Mapping[str, Any] | None = None, root: Path | None = None, collections: Mapping[str, Any] | None = None,
) -> list[Problem]:
    """Problems in one page file's text; `shown` is its name for the editor. `macros`:
    the names a page may call, with the function when its arguments are to be checked.
    With the sources' stored `texts`, each `quote(source, text, translation)` is checked too."""
    front = _front_matter_problem(source, shown)
    if front:
        return [front]
    meta, body = split_front_matter(source)
    if meta.get("render_macros") is False:  # mkdocs-macros leaves such a page alone
        return []
    offset = source.count("\n", 0, len(source) - len(body))  # lines of front matter
    functions = macros
    macros = sorted(macros)
    try:
        template = _PARSER.parse(body)
    except jinja2.TemplateSyntaxError as err:
        return [Problem(shown, offset + (err.lineno or 1),
                        f"fel i {{{{ … }}}} eller {{% … %}}: {err.message}. "
                        "Kontrollera klamrar, citattecken och parenteser.")]
    lines = body.splitlines()
    problems = []
    for node, message in _not_allowed(template, functions):
        number = getattr(node, "lineno", 1) or 1
        row = lines[number - 1] if number <= len(lines) else ""
        tag = _TAG.search(row)
        written = (tag.group(0) if tag else row.strip())[:80]
        message = message.replace("{macros}", ", ".join(macros)).replace("{written}", written)
        problems.append(Problem(shown, offset + number, message))
    if texts is not None:
        problems += [Problem(shown, offset + line, message) for line, message in _quote_problems(template, texts, shown)]
    problems += [Problem(shown, offset + line, message) for line, message in markdown_problems(body, shown, root)]
    front_matter = source[: len(source) - len(body)]
    problems += [Problem(shown, offset + line, message) for line, message in figure_problems(body, shown, front_matter)]
    if collections is not None:
        problems += [Problem(shown, offset + line, message) for line, message in value_problems(template, collections)]
    return problems


def _quote_problems(template: nodes.Template, texts: Mapping[str, Any], shown: str) -> Iterator[tuple[int, str]]:
    """A quotation in a page's prose is held to the same rule as one in the data."""
    translated = f"/docs/{ROOT_LANG}/" not in f"/{shown}"  # the sources are Swedish
    for call in template.find_all(nodes.Call):
        if not (isinstance(call.node, nodes.Name) and call.node.name == "quote"):
            continue
        values = [a.value for a in call.args if isinstance(a, nodes.Const)]
        values += [k.value.value for k in call.kwargs if isinstance(k.value, nodes.Const)]
        if len(values) < 2:
            yield call.lineno, 'quote behöver källans id och citatet: {{ quote("källans-id", "ordagrant citat") }}'
            continue
        source, text = values[0], values[1]
        if source not in texts:
            yield call.lineno, f"källan '{source}' har ingen sparad text. Källor med sparad text: {', '.join(sorted(texts))}"
        elif texts[source].paragraph_of(text) is None:
            yield call.lineno, (f"Citatet finns inte ordagrant (en gång, inom ett stycke) i källan {source}. "
                                f"Närmast i källan: \"{visible(texts[source].closest(text))}\"")
        if translated and len(values) < 3:
            yield call.lineno, "utanför den svenska webbplatsen behöver quote en översättning som tredje värde"


_NOT_ALLOWED = (
    "'{written}' är inte tillåtet i en sida. En sida får bara anropa webbplatsens makron "
    "med fasta värden, till exempel " + EXAMPLE + ". Makron som finns: {macros}"
)


def _not_allowed(template: nodes.Template, macros: Mapping[str, Callable[..., Any] | None]) -> Iterator[tuple[nodes.Node, str]]:
    """Each part of the page that is not text or an allowed macro call, with its message."""
    for statement in template.body:
        if not isinstance(statement, nodes.Output):  # {% for %}, {% set %}, {% include %} …
            yield statement, _NOT_ALLOWED
            continue
        for part in statement.nodes:
            if isinstance(part, nodes.TemplateData):
                continue
            name = part.node if isinstance(part, nodes.Call) and isinstance(part.node, nodes.Name) else part
            if isinstance(name, nodes.Name) and name.name not in macros:
                yield part, f"okänt namn '{name.name}'.{suggest(name.name, sorted(macros))} Makron som finns: {{macros}}"
            elif not _literal_call(part, macros):
                yield part, _NOT_ALLOWED
            elif macros[part.node.name] is not None:
                wrong = _argument_problem(part, macros[part.node.name])
                if wrong:
                    yield part, wrong


def _argument_problem(call: nodes.Call, function: Callable[..., Any]) -> str | None:
    """Wrong number or names of values, or a value the macro does not take, said in Swedish."""
    signature = inspect.signature(function)
    parameters = [p for p in signature.parameters.values() if p.name != "self"]
    usage = f"{call.node.name}({', '.join(p.name for p in parameters)})"
    try:
        bound = signature.bind(None, *[a.value for a in call.args], **{k.key: k.value.value for k in call.kwargs})
    except TypeError:
        return f"makrot anropas med fel antal värden eller fel namn på dem. Skriv {usage}"
    hints = typing.get_type_hints(function)
    for name, value in bound.arguments.items():
        hint = hints.get(name)
        if typing.get_origin(hint) is typing.Literal and value not in typing.get_args(hint):
            allowed = ", ".join(f'"{v}"' for v in typing.get_args(hint))
            return f"'{name}' kan inte vara \"{value}\" i {call.node.name}. Tillåtna värden: {allowed}"
    return None


def _literal_call(node: nodes.Node, macros: Mapping[str, Any]) -> bool:
    """`macro("text", 2)`: one of our macros, called with constants only."""
    return (
        isinstance(node, nodes.Call)
        and isinstance(node.node, nodes.Name)
        and node.node.name in macros
        and node.dyn_args is None
        and node.dyn_kwargs is None
        and all(isinstance(a, nodes.Const) for a in node.args)
        and all(isinstance(k.value, nodes.Const) for k in node.kwargs)
    )


def _front_matter_problem(source: str, shown: str) -> Problem | None:
    """Front matter that MkDocs would not read is published as text: stop instead."""
    if not re.match(r"---[ \t]*\r?\n", source):
        return None
    match = _FRONT_MATTER.match(source)
    if not match:
        return Problem(shown, 1, "sidans inledning börjar med en rad --- men slutar aldrig med en rad ---; "
                                 "lägg till raden --- efter inledningen")
    try:
        meta = yaml.safe_load(match.group(1) or "")
    except yaml.YAMLError as err:
        mark = getattr(err, "context_mark", None) or getattr(err, "problem_mark", None)  # where it began
        return Problem(shown, 2 + (mark.line if mark else 0),
                       "sidans inledning (mellan raderna ---) går inte att läsa; kontrollera kolon, indrag och citattecken")
    if meta is not None and not isinstance(meta, dict):
        return Problem(shown, 2, "sidans inledning (mellan raderna ---) ska vara rader som 'namn: värde'")
    return None


def docs_problems(
    docs_dir: Path, root: Path, macros: Mapping[str, Callable[..., Any] | None], texts: Mapping[str, Any] | None = None,
    collections: Mapping[str, Any] | None = None,
) -> list[Problem]:
    """Every page under `docs_dir`, named from `root` as the editor sees it (docs/sv/index.md)."""
    problems: list[Problem] = []
    for path in _written_by_hand(docs_dir):
        shown = path.relative_to(root).as_posix()
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as err:
            line = raw[: err.start].count(b"\n") + 1
            problems.append(Problem(shown, line, "sidan är inte sparad som UTF-8; spara om den som UTF-8"))
            continue
        hidden = HIDDEN.search(text.removeprefix("\ufeff"))
        if hidden:
            line = text.count("\n", 0, hidden.start()) + 1
            problems.append(Problem(shown, line, f"osynligt tecken {char_name(hidden.group(0))}; ta bort det"))
            continue
        problems.extend(page_problems(text, shown, macros, texts, root, collections))
    return problems


def _written_by_hand(docs_dir: Path) -> list[Path]:
    """Every Markdown page under `docs_dir`, in order, but those in the folders of generated
    pages (docs/<lang>/<folder>/), which are not gone through: at a thousand decisions they
    hold nearly all of its files. Links to folders are not followed, as by Path.rglob."""
    found = []
    for folder, subfolders, files in os.walk(docs_dir):
        here = Path(folder)
        if here.parent == docs_dir and here.name in LANGS:
            subfolders[:] = [f for f in subfolders if f not in _WRITTEN_FOLDERS]
        found += [here / name for name in files if name.endswith(".md")]
    return sorted(found)


def sandboxed(plain: jinja2.Environment) -> SandboxedEnvironment:
    """A sandboxed copy of an environment: same loader, delimiters, undefined and
    macros, but no attribute of Python's internals is reachable from a template."""
    sandbox = SandboxedEnvironment(
        loader=plain.loader, undefined=plain.undefined,
        block_start_string=plain.block_start_string, block_end_string=plain.block_end_string,
        variable_start_string=plain.variable_start_string, variable_end_string=plain.variable_end_string,
        comment_start_string=plain.comment_start_string, comment_end_string=plain.comment_end_string,
    )
    sandbox.globals.update(plain.globals)
    sandbox.filters.update(plain.filters)
    return sandbox
