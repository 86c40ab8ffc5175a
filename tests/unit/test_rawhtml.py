"""Generated pages' HTML goes through Markdown untouched (uccn.show.rawhtml)."""
from __future__ import annotations

import json

import markdown

from uccn.show.rawhtml import END, START, RawHtml, anchors, wrap

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
    first = wrap(BODY).split("\n", 1)[0]
    assert first == '<!-- uccn:html ["s"] -->'
    assert without.replace(first + "\n", "").replace("\n" + END, "") == _html(PAGE, RawHtml())


def test_markup_outside_the_markers_is_still_markdown_and_an_unclosed_marker_changes_nothing():
    text = f"*kursiv*\n\n{START} -->\n<p>*rå*</p>\n"
    assert _html(text, RawHtml()) == _html(text)
    assert "<em>kursiv</em>" in _html(f"*kursiv*\n\n{wrap('<p>x</p>')}", RawHtml())


def _engine_anchors(text: str) -> set[str]:
    """The anchors MkDocs finds in raw HTML, with its own parser."""
    from mkdocs.structure.pages import _HTMLHandler

    parser = _HTMLHandler()
    parser.feed(text)
    parser.close()
    return parser.present_anchor_ids


def test_the_anchors_shown_to_the_engine_are_those_its_parser_finds_in_every_generated_page(real):
    from uccn.base.languages import LANGS
    from uccn.publish.pages import record_pages

    tricky = '<p id="a&amp;b">x</p><script type="application/ld+json">{"x": "<p id=\\"no\\">"}</script><a name="n"></a>'
    assert anchors(tricky) == ["a&b", "n"] and set(anchors(tricky)) == _engine_anchors(tricky)
    checked = 0
    for lang in LANGS:
        for path, text in record_pages(real, lang, "/").items():
            start, rest = text.split(START, 1)[1].split("\n", 1)
            body = rest.split("\n" + END, 1)[0]
            assert set(json.loads(start.removesuffix(" -->"))) == _engine_anchors(body), path
            checked += 1
    assert checked > 30  # every record and register page of both languages


def test_mkdocs_still_sees_the_anchors_and_the_page_keeps_none_of_the_stubs():
    from mkdocs.structure.pages import _RawHTMLPreprocessor

    md = markdown.Markdown(extensions=[*EXTENSIONS, RawHtml()])
    scan = _RawHTMLPreprocessor()
    scan._register(md)  # as MkDocs registers it for every page
    html = md.convert(PAGE)
    assert scan.present_anchor_ids == {"s"}
    assert html == f'<h1 id="id">Rubrik</h1>\n{BODY}'


def test_a_page_from_before_the_anchors_were_listed_still_gives_them_and_fences_leave_the_body_alone():
    old = f"# Rubrik\n\n<!-- uccn:html -->\n{BODY}\n{END}\n"
    assert _html(old, RawHtml()) == f"<h1 id=\"rubrik\">Rubrik</h1>\n{BODY}"
    fenced = '<pre>\n```\nkod\n```\n</pre>'  # what a quote could hold: not a code block of Markdown's
    md = markdown.Markdown(extensions=[*EXTENSIONS, "pymdownx.superfences", RawHtml()])
    assert md.convert(f"# R\n\n{wrap(fenced)}") == f'<h1 id="r">R</h1>\n{fenced}'
