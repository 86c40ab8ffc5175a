"""uccn.show.unsearched: a block is kept from the search plugin's parser only where that changes nothing.

"Nothing" is judged by Material's own parser (the search plugin's): the sections it
would index are the same for the page with the block and for the page with the
placeholder."""
from __future__ import annotations

import pytest
from material.plugins.search.plugin import Parser

from uccn.publish.render import Renderer
from uccn.show.unsearched import END, START, hold, hold_page, restore


def _indexed(content: str) -> list[tuple[str | None, str, str]]:
    """What the search plugin takes from a page: each section it does not exclude."""
    parser = Parser()
    parser.feed(content)
    parser.close()
    return [(s.id, "".join(s.title).strip(), "".join(s.text).strip()) for s in parser.data if not s.is_excluded()]


def _page(block: str, after: str = "") -> str:
    return f'<h1 id="titel">Titel</h1>\n<p class="uccn-summary">Sammanfattning</p>\n{START}{block}{END}\n{after}'


def _assert_same_index(content: str) -> list[str]:
    held_content, held = hold(content)
    assert _indexed(held_content) == _indexed(content)
    assert restore(held_content, held) == content
    return held


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_every_decision_page_holds_its_facts_back_and_is_indexed_the_same(real, lang):
    renderer = Renderer(real, lang, "/")
    for decision_id in real.decisions:
        body = renderer.record_page("decisions", decision_id).body
        held = _assert_same_index(f"<h1 id=\"{decision_id}\">Titel</h1>\n{body}")
        assert held and all(h.startswith("<div data-search-exclude>") for h in held), decision_id
        assert [h for h in held if "uccn-facts" in h], decision_id  # the facts, and the abbreviations if any


BLOCK = '<div data-search-exclude>\n<p>Fakta</p>\n<h2 id="andringar" data-search-exclude>Ändringar</h2>\n<p>Text</p>\n</div>'


def test_a_certain_block_is_held_and_put_back_where_it_was():
    content = _page(BLOCK, '<p>Efteråt</p>\n<script type="application/ld+json">{"a": 1}</script>\n')
    held_content, held = hold(content)
    assert held == [BLOCK]
    assert BLOCK not in held_content and START in held_content and END in held_content  # the markers stay
    assert _assert_same_index(content) == [BLOCK]
    assert restore(f"<html>{held_content}</html>", held) == f"<html>{content}</html>"


@pytest.mark.parametrize(("block", "after"), [
    # An element left open: the parser would skip the rest of the page too.
    ('<div data-search-exclude>\n<p>Öppen\n</div>', "<p>Sökbar text efteråt</p>"),
    # The first div closes before the block ends: what follows it is searched.
    ('<div data-search-exclude><p>Fakta</p></div><p>Sökbar</p><div data-search-exclude></div>', ""),
    # A heading that is not excluded is an entry of the index.
    ('<div data-search-exclude>\n<h2 id="punkter">Punkter</h2>\n<p>Text</p>\n</div>', ""),
    # The plugin removes valued data-search attributes from the page it reads.
    ('<div data-search-exclude>\n<p data-search-boost="2">Fakta</p>\n</div>', ""),
    # Not a block search leaves out.
    ('<div class="uccn-facts">\n<p>Sökbar</p>\n</div>', ""),
])
def test_a_block_that_is_not_certain_stays_and_is_read_as_before(block, after):
    content = _page(block, after)
    assert hold(content) == (content, [])
    assert restore(content, []) == content


def test_a_page_without_markers_is_left_as_it_is_and_a_placeholder_cannot_be_forged():
    content = "<h1>Titel</h1>\n<p>Text</p>"
    assert hold(content) == (content, [])
    forged = _page(BLOCK).replace(START, "<!-- uccn:held-from-search 0:0 -->" + START)
    held_content, held = hold(forged)
    assert restore(held_content, held) == forged  # only this build's placeholders are filled in


def test_a_page_search_leaves_out_whole_is_held_after_its_heading_unless_the_plugin_would_change_it():
    listing = '<div class="uccn-register">\n<table data-view="register" data-search-exclude>\n<tr><td>Rad</td></tr>\n</table>\n</div>'
    page = f'<h1 id="2018">Beslut 2018</h1>\n{listing}'
    held_content, held = hold_page(page)
    assert held == [f"\n{listing}"] and held_content.startswith('<h1 id="2018">Beslut 2018</h1><!--')
    assert "Rad" not in held_content  # the theme still finds the page's own heading and adds none
    assert restore(f"<html>{held_content}</html>", held) == f"<html>{page}</html>"
    held_content, held = hold_page(listing)  # no heading: the theme adds its own either way
    assert held == [listing] and restore(held_content, held) == listing
    valued = page.replace("data-search-exclude", 'data-search-boost="2"')  # the plugin would remove it
    assert hold_page(valued) == (valued, [])
    unclosed = "<h1>Beslut 2018\n" + listing
    assert hold_page(unclosed) == (unclosed, [])
