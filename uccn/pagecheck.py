"""Check the {{ … }} in a page before it runs: plain messages instead of a traceback.

Editors write macro calls such as `{{ timeline() }}` in docs/*.md. A typo there
would otherwise stop the build with a Jinja traceback.
"""
from __future__ import annotations

import difflib
import re
from collections.abc import Iterable

import jinja2
from jinja2 import meta


def template_problems(
    env: jinja2.Environment, body: str, source: str, shown: str, known: Iterable[str], macros: list[str]
) -> list[str]:
    """`shown:line: message` for each unknown name or syntax error in `body`, the part
    of the page file `source` after its front matter. `known`: every name a page may
    use; `macros`: the ones to suggest."""
    offset = source.count("\n", 0, max(source.find(body), 0))  # lines of front matter
    try:
        names = meta.find_undeclared_variables(env.parse(body))
    except jinja2.TemplateSyntaxError as err:
        return [f"{shown}:{offset + (err.lineno or 1)}: fel i {{{{ … }}}} eller {{% … %}}: {err.message}. "
                "Kontrollera klamrar, citattecken och parenteser."]
    lines = source.splitlines()[offset:]
    problems = []
    for name in sorted(names - set(known) - set(env.globals)):
        # The first line after the front matter that names it inside {{ … }} or {% … %}.
        used = re.compile(r"\{[{%][^}]*\b" + re.escape(name) + r"\b")
        line = next((n for n, row in enumerate(lines, offset + 1) if used.search(row)), offset + 1)
        close = difflib.get_close_matches(name, macros, n=1)
        hint = f" Menade du '{close[0]}'?" if close else ""
        problems.append(f"{shown}:{line}: okänt namn '{name}'.{hint} Makron som finns: {', '.join(macros)}")
    return problems
