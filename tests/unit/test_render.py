"""Render functions escape data text and compute totals from the commitments."""
from __future__ import annotations

import dataclasses
import html
import re
from pathlib import Path

import pytest
import yaml

from uccn.check.validate import load_dataset
from uccn.publish.pages import record_pages
from uccn.publish.render import Renderer
from uccn.records.fields import Text
from uccn.records.registry import Dataset
from uccn.show.totals import current_commitments, ordered_agreements, totals

ROOT = Path(__file__).resolve().parents[2]
HOSTILE = "<script>alert(1)</script> {{ config.site_name }} | {% raw %}"


@pytest.fixture(scope="module")
def data() -> Dataset:
    dataset, problems = load_dataset(ROOT / "data")
    assert problems == []
    return dataset


def with_title(data: Dataset, decision_id: str, title: str, field: str = "title") -> Dataset:
    collections = {k: dict(v) for k, v in data.collections.items()}
    old = collections["decisions"][decision_id]
    collections["decisions"][decision_id] = dataclasses.replace(old, **{field: Text(title, title)})
    return Dataset(collections)


def test_working_time_totals_per_party_year_and_agreement(data):
    t = totals(data, "working-time")
    assert [a.id for a in t.agreements] == ["avtalsforslag-2018", "overenskommelse-2019-2020"]
    assert t.years == [2019, 2020]
    for year in t.years:
        assert t.cells["avtalsforslag-2018"]["region-jh"][year] == 50
        assert t.cells["avtalsforslag-2018"]["ostersunds-kommun"][year] == 50
        assert t.cells["overenskommelse-2019-2020"]["ostersunds-kommun"][year] == 20
    # Shares of posts whose size the source does not give are not added up across parties.
    assert t.sums == {}


def test_money_after_the_revision_is_not_stated_rather_than_zero(data):
    t = totals(data, "money")
    assert t.sums["avtalsforslag-2018"] == {2019: 200000, 2020: 200000}
    assert t.cells["overenskommelse-2019-2020"]["region-jh"] == {2019: None, 2020: None}
    assert t.sums["overenskommelse-2019-2020"] == {2019: None, 2020: None}


def test_current_commitments_follow_the_chain_of_replacements(data):
    rows = {(r.party.id, r.commitment.kind): r for r in current_commitments(data)}
    assert rows[("region-jh", "working-time")].commitment.share_percent == 20
    assert [c.id for c in rows[("region-jh", "working-time")].earlier] == ["region-arbetstid-50"]
    assert rows[("ostersunds-kommun", "money")].commitment.open_question is not None


def test_agreements_are_ordered_by_replacement(data):
    assert [a.id for a in ordered_agreements(data)][-1] == "overenskommelse-2019-2020"


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_data_text_is_escaped_in_every_view(data, lang):
    hostile = with_title(data, "ks-2018-302", HOSTILE)
    r = Renderer(hostile, lang)
    html = r.decision_register() + r.current_commitments() + r.record_page("decisions", "ks-2018-302").body
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; {{ config.site_name }} | {% raw %}" in html


def test_generated_page_is_not_rendered_by_macros_and_escapes_the_title(data):
    pages = record_pages(with_title(data, "ks-2018-302", HOSTILE), "sv", "/")
    page = pages["beslut/ks-2018-302.md"]
    assert "render_macros: false" in page
    # The heading is Markdown (the theme's skip link needs it) that shows exactly the title.
    heading = next(line for line in page.splitlines() if line.startswith("# "))
    text, anchor = heading[2:].rsplit(" ", 3)[0], heading[2:].rsplit(" ", 3)[1:]
    assert anchor == ["{", "#ks-2018-302", "}"]
    assert html.unescape(text) == f"{HOSTILE} (KS november 2018 §\u00a0302)"  # cited as practice cites it
    assert not set(text) & set("<>{}*_[]`|%\\")
    assert {p for p in pages if p.startswith("beslut/")} == {
        "beslut/ks-2018-302.md", "beslut/regiondirektorens-forslag-2019-2020.md"}


def test_record_pages_describe_the_record_in_escaped_text(data):
    pages = record_pages(with_title(data, "ks-2018-302", HOSTILE, field="outcome"), "sv", "/")
    front_matter = yaml.safe_load(pages["beslut/ks-2018-302.md"].split("---\n")[1])
    assert html.unescape(front_matter["description"]) == f"KS november 2018 §\u00a0302: {HOSTILE}"
    assert "<" not in front_matter["description"]


def test_links_use_the_language_root(data):
    r = Renderer(data, "en", "/project/en/")
    assert r.record_url("decisions", "ks-2018-302") == "/project/en/decisions/ks-2018-302/"
    assert r.page_url("sources", "x") == "/project/en/sources/#x"
    assert r.decision_ref("ks-2018-302") == "KS November 2018 §\u00a0302"
    assert Renderer(data, "sv").decision_ref("ks-2018-302") == "KS november 2018 §\u00a0302"


def test_unknown_view_argument_fails_loudly(data):
    with pytest.raises(ValueError, match="Unknown commitment kind"):
        Renderer(data, "sv").commitment_totals("time")


def test_every_collection_is_shown_on_a_page_the_site_has():
    from uccn.base.published import PAGES
    from uccn.records.registry import REGISTRY

    assert {c.shown_on for c in REGISTRY.values()} - set(PAGES) == {"start"}


def test_every_record_has_a_page_and_a_source_without_a_stored_text_gets_the_page_any_record_has(data):
    """page_of (uccn.show.links.ONLY_WHEN) decides for links and for record_page alike."""
    from uccn.records.registry import RECORD_PAGE, REGISTRY, Dataset

    # Every source's text is stored today; one without gets the page of its facts, without a text.
    unstored = data.sources["agenda-2030"]
    data = Dataset(data.collections, {k: v for k, v in data.texts.items() if k != unstored.id})
    renderer = Renderer(data, "sv", "/")
    for collection, declaration in REGISTRY.items():
        assert declaration.folder, collection
        for record_id in data.collections[collection]:
            assert renderer.has_page(collection, record_id) and renderer.record_page(collection, record_id)
    assert renderer.page_of("sources", unstored.id) == RECORD_PAGE
    assert "uccn-source-text" not in renderer.record_page("sources", unstored.id).body
    assert renderer.page_of("sources", "arendebeskrivning-2019-2020") == "source_page"
    assert renderer.page_of("decisions", "ks-2018-302") == "decision_page"


def test_open_questions_list_a_few_of_a_kind_and_count_the_rest(many):
    """At scale the page names what is left out, by kind, instead of growing with every record."""
    import re

    from uccn.show import questions

    asked = [q for q in questions.open_questions(many) if q.holder == "ostersunds-kommun" and q.key == "decisions.case_number"]
    assert len(asked) > questions.LISTED
    markup = Renderer(many, "sv", "/").open_questions()
    section = re.search(r'<section class="uccn-questions" aria-labelledby="fragor-ostersunds-kommun">(.*?)</section>',
                        markup, re.DOTALL).group(1)
    listed = re.findall(r"<strong>([^<]+)</strong>", section)
    assert listed.count("Ärendets diarienummer") == questions.LISTED
    text = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", section)).split())
    assert f"Ärendets diarienummer: {len(asked) - questions.LISTED} till" in text
    total = int(re.search(r"<p>(\d+) frågor</p>", section).group(1))
    assert total > len(listed)  # the count is of every question, listed or not
    assert len(markup) < 100_000


def test_a_citation_gives_the_public_address_and_leaves_out_a_local_one(data):
    public = str(Renderer(data, "sv", "/uccn/", origin="https://org.github.io").citation("decisions", "ks-2018-302"))
    assert public.endswith("(ärendebeskrivning). https://org.github.io/uccn/beslut/ks-2018-302/")
    local = str(Renderer(data, "sv", "/", origin="http://127.0.0.1:8000").citation("decisions", "ks-2018-302"))
    assert "127.0.0.1" not in local and "läst" not in local


def test_a_citation_names_the_day_the_record_last_changed_when_git_tells_it(data):
    from uccn.publish.history import Change

    history = {("commitments", "kommun-pengar-2019-2020"): [
        Change("a" * 40, "2026-01-15", "2026-01-15T10:00:00+00:00", "added"),
        Change("b" * 40, "2026-03-01", "2026-03-01T12:00:00+00:00", "changed", (("amount_sek", "120000", "100000"),))]}
    cited = Renderer(data, "sv", "/", origin="https://example.org", history=history).citation(
        "commitments", "kommun-pengar-2019-2020")
    assert str(cited).endswith("(ärendebeskrivning). Senast ändrad 1 mars 2026. https://example.org/ataganden/kommun-pengar-2019-2020/")
    unknown = Renderer(data, "sv", "/", origin="https://example.org").citation("commitments", "kommun-pengar-2019-2020")
    assert "Senast ändrad" not in str(unknown)  # without git the day is not known, and not guessed


def test_front_matter_reads_back_as_the_same_values_whatever_the_text():
    from uccn.publish.pages import front_matter

    hostile = ['a: b # c', '"citat" och \\ snedstreck', "rad\nbrytning", "rad\u2028skiljare\u2029och\u0085nel",
               "---", "{{ x }} {% y %}", "kärnkraft 🌲", "\u00a0100\u00a0000\u00a0kr", "- lista", "&amp; <b>", "\ufeffbom",
               "yes", "null", "2018-11-05", "1e3", "~"]
    for text in hostile:
        meta = {"title": text, "render_macros": False, "data_files": ["decisions"], "search": {"exclude": True},
                "generated": "uccn-0123456789abcdef01234567"}
        written = front_matter(meta)
        assert yaml.safe_load(written) == meta, written
        assert written.count("\n") == len(meta)  # one key a line, whatever the text holds


def test_every_label_a_template_names_exists_in_every_language():
    """Templates read labels as `r.labels.key` (or `r.t("key", …)` with values to fill in): a
    label that is missing, or missing in one language, is named here, not in a build."""
    from uccn.base.languages import LANGS
    from uccn.show.labels import LABELS

    named = set()
    for template in (ROOT / "uccn" / "show" / "templates").iterdir():
        text = template.read_text(encoding="utf-8")
        named |= {(template.name, key) for key in re.findall(r"r\.labels\.(\w+)", text)}
        named |= {(template.name, key) for key in re.findall(r"r\.t\([\"'](\w+)[\"'][,)]", text)}
    assert len(named) > 100
    missing = sorted((name, key, lang) for name, key in named for lang in LANGS if lang not in LABELS.get(key, {}))
    assert missing == []
    renderer = Renderer(load_dataset(ROOT / "data")[0], "en")
    assert renderer.labels.status == renderer.t("status") == "Status"


def test_a_kind_with_no_title_like_field_is_named_by_its_id(real):
    """The new-kind recipe (MAINTAINING.md) may add a kind with no title, name, term or label: its
    records are named by their ids, never a StopIteration."""
    import dataclasses

    from uccn.records.registry import Dataset

    @dataclasses.dataclass(frozen=True)
    class Meeting:
        id: str
        place: str = ""

    data = Dataset({**real.collections, "meetings": {"arsmote-2019": Meeting("arsmote-2019", "Östersund")}}, real.texts)
    assert Renderer(data, "sv").name("meetings", "arsmote-2019") == "arsmote-2019"
