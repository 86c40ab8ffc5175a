"""The search index: record pages by their title and summary, lists without their rows."""
from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.site


def _docs(site, lang_root=""):
    return json.loads((site / lang_root / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]


@pytest.mark.parametrize(("root", "folder", "summary"), [
    ("", "beslut", "<p>Avtalsförslaget godkändes.</p>"),
    ("en", "decisions", "<p>The proposed agreement was approved.</p>"),
])
def test_a_record_page_is_indexed_by_its_title_and_summary_only(built_site, root, folder, summary):
    docs = _docs(built_site, root)
    entries = [d for d in docs if d["location"].startswith(f"{folder}/ks-2018-302/")]
    assert [(d["location"], d["text"]) for d in entries] == [(f"{folder}/ks-2018-302/", summary)]
    assert entries[0]["title"]  # the decision's title, which search matches first
    register = next(d for d in docs if d["location"] == f"{folder}/")
    assert "§\u00a0302" not in register["text"]  # its rows lead to the record pages, which are indexed


def test_the_source_text_stays_searchable(built_site):
    """A stored source is the evidence itself: a phrase from it finds its page."""
    docs = _docs(built_site)
    text = " ".join(" ".join(d["text"] for d in docs if d["location"].startswith("kallor/arendebeskrivning-2019-2020/")).split())
    assert "Avtalsförslaget godkändes av kommunstyrelsen" in text


@pytest.mark.parametrize(("root", "folder"), [("", "beslut-per-ar/"), ("en", "decisions-by-year/")])
def test_the_register_s_listings_are_left_out_of_search(built_site, root, folder):
    """Their rows are the record pages, which search finds by title."""
    assert [d["location"] for d in _docs(built_site, root) if d["location"].startswith(folder)] == []
    assert (built_site / root / folder / "2018" / "index.html").exists()
