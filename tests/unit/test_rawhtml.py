"""Generated pages' HTML goes through Markdown untouched (uccn.rawhtml)."""
from __future__ import annotations

import markdown

from uccn.rawhtml import END, START, RawHtml, wrap

EXTENSIONS = ["abbr", "attr_list", "md_in_html", "tables", "toc"]
BODY = '<section id="s">\n<p>100 000 kr *inte kursiv* och UCCN</p>\n\n<table><tr><td>a</td></tr></table>\n</section>'
PAGE = f"# Rubrik {{ #id }}\n\n{wrap(BODY)}\n*[UCCN]: UNESCO Creative Cities Network\n"


def _html(text: str, *extra) -> str:
    return markdown.Markdown(extensions=[*EXTENSIONS, *extra]).convert(text)


def test_the_body_comes_out_as_it_went_in_and_the_heading_is_still_markdown():
    html = _html(PAGE, RawHtml())
    assert html == f'<h1 id="id">Rubrik</h1>\n{BODY}'
    assert START not in html and END not in html


def test_without_the_extension_the_page_reads_the_same_to_a_person():
    # The markers are comments; Markdown reads the HTML itself (and leaves it as written).
    without = _html(PAGE)
    assert without.replace(START + "\n", "").replace("\n" + END, "") == _html(PAGE, RawHtml())


def test_markup_outside_the_markers_is_still_markdown_and_an_unclosed_marker_changes_nothing():
    text = f"*kursiv*\n\n{START}\n<p>*rå*</p>\n"
    assert _html(text, RawHtml()) == _html(text)
    assert "<em>kursiv</em>" in _html(f"*kursiv*\n\n{wrap('<p>x</p>')}", RawHtml())
