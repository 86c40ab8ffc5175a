"""Macro calls in pages are checked before they run, with file:line messages."""
from __future__ import annotations

import jinja2

from uccn.pagecheck import template_problems

MACROS = ["current_commitments", "timeline"]
SOURCE = "---\ntitle: Start (curent_commitments)\n---\n\n# Start\n\n{body}\n"


def problems(body: str) -> list[str]:
    return template_problems(jinja2.Environment(), body, SOURCE.format(body=body), "docs/sv/index.md",
                             known=[*MACROS, "config", "page"], macros=MACROS)


def test_known_macros_and_variables_pass():
    assert problems("{{ timeline() }} {{ config.site_name }} {% for x in range(2) %}{{ x }}{% endfor %}") == []


def test_an_unknown_name_gives_the_line_and_the_nearest_macro():
    # The line is the one that uses the name, not an earlier one that only mentions it.
    assert problems("Text about curent_commitments\n\n{{ curent_commitments() }}\n{{ nothing_alike }}") == [
        "docs/sv/index.md:9: okänt namn 'curent_commitments'. Menade du 'current_commitments'? "
        "Makron som finns: current_commitments, timeline",
        "docs/sv/index.md:10: okänt namn 'nothing_alike'. Makron som finns: current_commitments, timeline",
    ]


def test_a_syntax_error_gives_the_line_in_the_file():
    assert problems("Text\n\n{{ timeline( }}") == [
        "docs/sv/index.md:9: fel i {{ … }} eller {% … %}: unexpected '}', expected ')'. "
        "Kontrollera klamrar, citattecken och parenteser."
    ]
