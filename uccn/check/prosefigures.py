"""Figures in a page's prose come from the data, never typed by hand.

A page that types "hösten 2018" or "20 procent" publishes a figure with no source
behind it, and it will not change when the data does. So the prose of a page
written by hand states no amount, percentage, paragraph number, count, day or year
(uccn.check.claims.text.figures): each comes from the data through
`{{ value("agreements", "avtalsforslag-2018", "date") }}`, which shows it as the
rest of the site does, labelled where it is our interpretation. What is not prose
is not read: code, macro calls, links' addresses and HTML tags, and examples in
quotation marks (”november 2018”). A statute's number ("lagen (2018:1937)") is no
figure of the cooperation. `value_problems` holds each `value(...)` call to the data.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from jinja2 import nodes

from ..records.fields import fact_fields
from ..records.registry import COLLECTIONS
from .claims.text import describe, figures
from .evidence import is_shown

# Pages whose dates are their own, not the cooperation's: the accessibility statement must give
# when it was made and updated (lag 2018:1937, 15 §), and the data has no record of it.
OWN_DATES = ("tillganglighet.md", "accessibility.md")

_NOT_PROSE = re.compile(
    r"\{%\s*raw\s*%\}.*?\{%\s*endraw\s*%\}"  # raw blocks
    r"|^```.*?^```"  # fenced code
    r"|`[^`\n]*`"  # inline code
    r"|\{\{.*?\}\}|\{%.*?%\}"  # macro calls and tags
    r"|\]\([^)\n]*\)"  # a link's address
    r"|<[^>\n]*>"  # an HTML tag with its attributes (those shown are read apart: title, alt, aria-label)
    r"|^[!?]{3}[^\n]*$"  # an admonition's line: its title is shown without its quotation marks (read apart)
    r"|[”“\"][^”“\"\n]{0,200}(?:\n[^”“\"\n]{0,200})?[”“\"]"  # an example in quotation marks, within two lines
    r"|(?:lagen|lag|förordningen|förordning|SFS|Act)[ \u00a0]*\(?\d{4}:\d+\)?",  # a statute: lagen (2018:1937)
    re.DOTALL | re.MULTILINE,
)
# Text a page shows that is not its prose: a tooltip, an image's text, a label read aloud, an admonition's title.
_SHOWN = re.compile(r"""(?:title|alt|aria-label)=["']([^"'\n]*)["']|^[!?]{3}\+?[ \t]*\w+[ \t]+"([^"\n]*)\"""",
                    re.MULTILINE)
_DATES = ("day", "month", "year", "season")


def _prose(body: str) -> str:
    """The page with everything that is not prose blanked out, line breaks kept; what a tag or an
    admonition shows is put back where it stands."""
    prose = _NOT_PROSE.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), body)
    for m in _SHOWN.finditer(body):
        group = 1 if m.group(1) is not None else 2
        prose = prose[: m.start(group)] + m.group(group) + prose[m.end(group):]
    return prose


def figure_problems(body: str, shown: str, front: str = "") -> Iterator[tuple[int, str]]:
    """Each line of a page's prose, and its front matter's title and description (`front`), that
    states a figure by hand; on the accessibility statement its own dates are allowed."""
    own_dates = shown.rsplit("/", 1)[-1] in OWN_DATES
    lines = [(n - front.count("\n"), line) for n, line in enumerate(front.splitlines(), start=1)
             if line.split(":", 1)[0].strip() in ("title", "description")]
    for number, line in [*lines, *enumerate(_prose(body).splitlines(), start=1)]:
        for figure in figures(line):
            if own_dates and figure[0] in _DATES:
                continue
            yield number, (f"sidan skriver {describe(figure)} för hand; en siffra om samarbetet hämtas ur data/ "
                           'med {{ value("samling", "id", "fält") }}, så att den har en källa och ändras med den '
                           "(ett exempel skrivs inom citattecken: ”november 2018”)")
            break


def value_problems(template: nodes.Template, collections: Mapping[str, Mapping[str, Any]]) -> Iterator[tuple[int, str]]:
    """Each `value(collection, id, field)` names a record that is there and a fact it shows."""
    for call in template.find_all(nodes.Call):
        if not (isinstance(call.node, nodes.Name) and call.node.name == "value"):
            continue
        args = [a.value for a in call.args if isinstance(a, nodes.Const)]
        if len(args) != 3:
            yield call.lineno, 'value behöver samling, id och fält: {{ value("agreements", "avtalsforslag-2018", "date") }}'
            continue
        collection, record_id, field = args
        records = collections.get(collection)
        if records is None:
            continue  # the argument check names the collections that exist
        if record_id not in records:
            yield call.lineno, f"value: det finns ingen post '{record_id}' i data/{collection}.yml"
        elif field not in fact_fields(COLLECTIONS[collection]) or not is_shown(records[record_id], field):
            facts = ", ".join(f for f in fact_fields(COLLECTIONS[collection]) if is_shown(records[record_id], f))
            yield call.lineno, f"value: '{field}' är ingen uppgift som {record_id} visar. Uppgifter: {facts}"
