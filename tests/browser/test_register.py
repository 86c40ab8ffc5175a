"""The register's filters in real Chromium: in place with the script, and as plain pages."""
from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.test_browser import WCAG
from tests.conftest import copy_project, run_build, shared
from tests.scale import add_decisions
from tests.serve import serving

pytestmark = pytest.mark.browser


DOLLAR = "Nämnd $& och $'"
DOLLAR_ORG = f"""
- id: dollar
  name:
    sv: "{DOLLAR}"
    en: "{DOLLAR}"
  kind: body
  sources: [arendebeskrivning-2019-2020]
"""


def _build_register(folder):
    """The site with 30 more decisions in 2018 (a third of them proposals) and 150 in 2019."""
    project = copy_project(folder / "project")
    add_decisions(project / "data", 30, first_year=2018, years=1)
    with (project / "data" / "decisions.yml").open("a", encoding="utf-8") as out:
        from tests.scale import BODY_NAMES, decision_yaml

        out.write("".join(decision_yaml(n, 2019) for n in range(100, 250)))
        # 2017: two bodies, one whose name holds what String.replace would read as patterns.
        out.write("".join(decision_yaml(n, 2017) for n in (300, 301)).replace("body: regiondirektoren", "body: dollar")
                  .replace(BODY_NAMES["regiondirektoren"], DOLLAR.replace("\\", "\\\\")))
    with (project / "data" / "organisations.yml").open("a", encoding="utf-8") as out:
        out.write(DOLLAR_ORG)
    result = run_build(project)
    assert result.returncode == 0, result.stderr


@pytest.fixture(scope="module")
def register_server(tmp_path_factory):
    site = shared(tmp_path_factory, "register", _build_register) / "project" / "site"
    with serving(site) as address:
        yield address


def _visible_rows(page) -> int:
    return page.locator("table[data-view=register] tbody tr:visible").count()


def test_a_filter_applies_in_place_and_says_so(context, register_server):
    page = context.new_page()
    requested: list[str] = []
    page.goto(register_server + "beslut-per-ar/2018/", wait_until="networkidle")
    page.on("request", lambda request: requested.append(request.url))
    assert _visible_rows(page) == 31
    page.get_by_role("link", name="Förslag (10)").click()
    page.wait_for_url("**/beslut-per-ar/2018-typ-proposal/")
    assert not [url for url in requested if "2018-typ-proposal" in url]  # shown in place, not loaded
    assert _visible_rows(page) == 10
    assert page.locator("h1").inner_text() == "Beslut och förslag 2018: Förslag"
    assert page.title().startswith("Beslut och förslag 2018: Förslag")
    assert page.locator(".uccn-register-count").inner_text() == "Visar 1–10 av 10."
    assert page.get_by_role("link", name="Förslag (10)").get_attribute("aria-current") == "page"
    assert Axe().run(page, options=WCAG).violations_count == 0

    page.go_back()
    page.wait_for_url("**/beslut-per-ar/2018/")
    assert _visible_rows(page) == 31
    assert page.locator("h1").inner_text() == "Beslut och förslag 2018"

    # The filter's own page, loaded as a link without the script would, shows the same rows;
    # it holds only those, so its links load their pages.
    page.goto(register_server + "beslut-per-ar/2018-typ-proposal/", wait_until="load")
    assert _visible_rows(page) == 10
    assert page.locator(".uccn-register-count").inner_text() == "Visar 1–10 av 10."
    page.get_by_role("link", name="Alla (31)").first.click()
    page.wait_for_url("**/beslut-per-ar/2018/")
    page.wait_for_load_state("load")
    assert _visible_rows(page) == 31


def test_a_long_year_is_paged_and_its_filters_are_plain_links(context, register_server):
    page = context.new_page()
    page.goto(register_server + "beslut-per-ar/2019/", wait_until="load")
    assert _visible_rows(page) == 100
    assert page.locator(".uccn-register-count").inner_text() == "Visar 1–100 av 150."
    assert page.locator("[data-register-filters]").count() == 0  # rows of other pages are not here to filter
    page.get_by_role("link", name="Sida 2 av 2").click()
    page.wait_for_url("**/beslut-per-ar/2019--sida-2/")
    assert _visible_rows(page) == 50
    page.get_by_role("link", name="Förslag (50)").click()
    page.wait_for_url("**/beslut-per-ar/2019-typ-proposal/")
    assert _visible_rows(page) == 50
    assert Axe().run(page, options=WCAG).violations_count == 0


def test_the_register_page_shows_years_only_when_there_are_many(context, register_server):
    page = context.new_page()
    page.goto(register_server + "beslut/", wait_until="load")
    assert page.locator("table[data-view=register]").count() == 0
    assert "registret visas ett år i taget" in page.locator("article").inner_text()
    page.get_by_role("link", name="2019").click()
    page.wait_for_url("**/beslut-per-ar/2019/")


def test_a_name_is_put_in_as_text_and_an_anchor_does_not_reload_the_listing(context, register_server):
    page = context.new_page()
    page.goto(register_server + "beslut-per-ar/2017/", wait_until="load")
    page.evaluate("window.uccnMarker = 1")
    page.get_by_role("link", name=f"{DOLLAR} (1)").click()
    page.wait_for_url("**/beslut-per-ar/2017-organ-dollar/")
    assert page.locator("h1").inner_text() == f"Beslut och förslag 2017: {DOLLAR}"
    assert page.title().startswith(f"Beslut och förslag 2017: {DOLLAR}")
    page.evaluate("location.hash = 'innehall'")  # an anchor on the same listing, and Back from it
    page.go_back()
    page.wait_for_timeout(300)
    assert page.evaluate("window.uccnMarker") == 1  # the page was not loaded again
    assert page.locator("h1").inner_text() == f"Beslut och förslag 2017: {DOLLAR}"
