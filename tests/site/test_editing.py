"""A new user follows the editing guide: pastes its templates, fills in what is required, builds."""
from __future__ import annotations

import html
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import run_build
from tests.site.helpers import main_text, page
from uccn.records.fields import specs
from uccn.records.guide import yaml_template
from uccn.records.registry import COLLECTIONS

pytestmark = pytest.mark.site


def fill(template: str, values: dict[str, str]) -> str:
    """Write values into a template's empty fields, as an editor would: `name: value`
    (the comment goes), or for a text the lines `sv: "…"` and `en: "…"` under it."""
    for name, value in values.items():
        if isinstance(value, tuple):
            pattern = rf'^(\s*-? ?){name}:[^\n]*\n(\s*)sv: ""\n(\s*)en: ""$'
            replacement = rf'\g<1>{name}:\n\g<2>sv: "{value[0]}"\n\g<3>en: "{value[1]}"'
        else:
            pattern, replacement = rf"^(\s*-? ?){name}:[^\n]*$", rf"\g<1>{name}: {value}"
        template, count = re.subn(pattern, replacement, template, count=1, flags=re.MULTILINE)
        assert count == 1, f"the template has no empty field '{name}'"
    return template


def append(project: Path, collection: str, text: str) -> None:
    path = project / "data" / f"{collection}.yml"
    path.write_text(path.read_text(encoding="utf-8") + "\n" + text, encoding="utf-8")


def check(project: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "uccn", "check"], cwd=project, capture_output=True, text=True,
                          timeout=60)


def test_the_guide_shows_the_templates(built_site):
    guide = html.unescape(re.sub(r"<[^>]+>", "", page(built_site, "redigera/")))
    for collection in ("decisions", "commitments"):
        assert yaml_template(collection).strip() in guide


def test_a_template_pasted_as_it_is_asks_for_each_required_field(project):
    """Nothing is published from an untouched template, and nothing is made up."""
    for collection in ("decisions", "commitments"):
        append(project, collection, yaml_template(collection))
    result = check(project)
    assert result.returncode != 0
    messages = result.stderr.strip().splitlines()
    for collection in ("decisions", "commitments"):
        required = [name for name, s in specs(COLLECTIONS[collection]).items() if s.required]
        mine = [m for m in messages if m.startswith(f"data/{collection}.yml:")]
        for name in required:
            assert any(f"fältet '{name}' är obligatoriskt" in m for m in mine), (name, mine)
        # One message per required field, none about the optional ones left empty.
        assert len([m for m in mine if "är obligatoriskt" in m]) == len(required), mine
    assert "Traceback" not in result.stderr + result.stdout


def test_a_new_user_adds_a_decision_and_a_commitment(project):
    decision = fill(yaml_template("decisions"), {
        "id": "ks-2019-45",
        "kind": "decision",
        "title": ("Kommunstyrelsen beslutar om pengar till UCCN-samarbetet",
                  "The Municipal Executive Board decides on money for the UCCN cooperation"),
        "body": "ks-ostersund",
        "status": "decided",
        "source": "arendebeskrivning-2019-2020",
        "about": "[body, status]",
        # An interpretation says the value it gives: who decided, and that they decided.
        "interpretation": ("Kommunstyrelsen i Östersunds kommun beslutade: ett påhittat beslut för testet.",
                           ("The Municipal Executive Board (Kommunstyrelsen), Östersunds kommun decided: "
                           "a made-up decision for the test.")),
    })
    commitment = fill(yaml_template("commitments"), {
        "id": "kommun-pengar-2019-2020-reviderad",
        "party": "ostersunds-kommun",
        "kind": "money",
        "amount_sek": "75000",
        "start": "2019",
        "end": "2020",
        "status": "approved",
        "agreement": "overenskommelse-2019-2020",
        "decision": "ks-2019-45",
        "source": "arendebeskrivning-2019-2020",
        "about": "[party, amount_sek, period, status, agreement, decision]",
        # An interpretation says the value it gives: the party and the years.
        "interpretation": ("Ett påhittat åtagande för testet: Östersunds kommun, 75 000 kronor per år 2019–2020, godkänt.",
                           "A made-up commitment for the test: Östersunds kommun, SEK 75,000 a year in 2019–2020, approved."),
    })
    append(project, "decisions", decision)
    append(project, "commitments", commitment)
    result = check(project)
    assert result.returncode == 0, result.stderr

    result = run_build(project)
    assert result.returncode == 0, result.stderr
    site = project / "site"
    record = main_text(page(site, "beslut/ks-2019-45/"))
    assert "<title>Kommunstyrelsen beslutar om pengar till UCCN-samarbetet" in page(site, "beslut/ks-2019-45/")
    # What the new user left empty shows as unknown, never as a made-up value.
    for field in ("Sammanträde", "Paragraf", "Diarienummer"):
        assert f"{field} Anges inte i källan" in record
    # Every value of it rests on an interpretation, and says so where it is shown.
    assert "Östersunds kommun: pengar, 75 000 kr per år (vår tolkning), 2019–2020 (vår tolkning)" in record
    assert "75 000 kr per år" in main_text(page(site, "ataganden/"))
    assert "The Municipal Executive Board decides on money" in main_text(page(site, "en/decisions/ks-2019-45/"))
    # The evidence is shown, labelled as an interpretation.
    assert "Tolkning Det här står inte ordagrant i källan. Så har vi läst den, och varför: Kommunstyrelsen i " in \
        main_text(page(site, "beslut/ks-2019-45/"), evidence=True)
