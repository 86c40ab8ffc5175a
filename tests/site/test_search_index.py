"""The search index: record pages by their title and summary, lists without their rows."""
from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.site


def _docs(site, lang_root=""):
    return json.loads((site / lang_root / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]


@pytest.mark.parametrize(("root", "folder", "summary", "appeal"), [
    ("", "beslut", "<p>KS november 2018 §\u00a0302: Avtalsförslaget godkändes.</p>", "Överklagande"),
    ("en", "decisions", "<p>KS November 2018 §\u00a0302: The proposed agreement was approved.</p>", "Appeals"),
])
def test_a_record_page_is_indexed_by_its_title_summary_and_appeal_only(built_site, root, folder, summary, appeal):
    """What people type ("§ 302", "överklaga") is in the title, the summary or the section on appeals."""
    docs = _docs(built_site, root)
    entries = [d for d in docs if d["location"].startswith(f"{folder}/ks-2018-302/")]
    assert (entries[0]["location"], entries[0]["text"]) == (f"{folder}/ks-2018-302/", summary)
    assert [(d["location"], d["title"]) for d in entries][1:] == [(f"{folder}/ks-2018-302/#overklaga", appeal)]
    assert entries[0]["title"].endswith("(KS november 2018 §\u00a0302)".replace("november", "November" if root else "november"))
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
