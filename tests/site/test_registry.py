"""A new kind of record is declared once, in the registry, and the rest follows."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import build_env, run_build
from tests.site.helpers import main_text, page

pytestmark = pytest.mark.site

VISIT = '''

@dataclass(frozen=True, kw_only=True)
class Visit:
    id: str = spec("id")
    title: Text = spec("text", max_length=TITLE_LENGTH)
    place: Text = spec("text", doc="Var besöket gjordes.")
    source: str = spec("ref", ref="sources")
    where: Where | None = None
'''
DECLARATION = '''
REGISTRY["visits"] = Collection(
    record=Visit, what="besöket", shown_on="timeline", folder=_folder("visits"),
    page=RECORD_PAGE, csv="besok.csv", columns=("id", "place.sv"), reserved_ids=frozenset({"index"}),
)

'''
DATA = '''- id: arsmote-test
  title:
    sv: "Ett testbesök"
    en: "A test visit"
  place:
    sv: "Östersund"
    en: "Östersund"
  source: arendebeskrivning-2019-2020
'''


def _uccn(project, *args):
    return subprocess.run([sys.executable, "-m", "uccn", *args], cwd=project, capture_output=True, text=True,
                          timeout=120, env=build_env())


def test_a_kind_added_through_the_registry_gets_validation_schema_template_export_and_pages(project):
    model = project / "uccn" / "records" / "model.py"  # the record class
    model.write_text(model.read_text(encoding="utf-8") + VISIT, encoding="utf-8")
    registry = project / "uccn" / "records" / "registry.py"  # and its declaration
    text = registry.read_text(encoding="utf-8").replace("from .model import ", "from .model import Visit, ", 1)
    marker = "# Derived views of the registry"
    registry.write_text(text.replace(marker, DECLARATION.lstrip("\n") + "\n" + marker), encoding="utf-8")
    (project / "data" / "visits.yml").write_text(DATA, encoding="utf-8")
    for lang, folder in (("sv", "besok"), ("en", "visits")):  # its folder in each language's words
        words = project / "languages" / f"{lang}.yml"
        text = words.read_text(encoding="utf-8")
        words.write_text(text.replace("  folders:\n", f"  folders:\n    visits: \"{folder}\"\n", 1), encoding="utf-8")
    # No template, no page code: the page any record has shows it (registry.RECORD_PAGE).

    # A kind no recipe names (MAINTAINING.md's example is "meetings"), so following a recipe cannot collide.
    for command in ("check", "schema"):
        result = _uccn(project, command)
        assert result.returncode == 0, f"python -m uccn {command} failed:\n{result.stdout}{result.stderr}"
    schema = json.loads((project / "schemas" / "visits.schema.json").read_text(encoding="utf-8"))
    assert schema["items"]["required"] == ["id", "title", "place", "source"]
    template = subprocess.run(
        [sys.executable, "-c", "from uccn.records.guide import yaml_template; print(yaml_template('visits'))"],
        cwd=project, capture_output=True, text=True, timeout=60,
    ).stdout
    assert "place:  # Var besöket gjordes; obligatoriskt" in template

    result = run_build(project)
    assert result.returncode == 0, result.stderr
    site = project / "site"
    visit = main_text(page(site, "besok/arsmote-test/"))
    assert "Ett testbesök" in visit and "Östersund" in visit and "Så citerar du" in visit
    assert "<h1" in page(site, "en/visits/arsmote-test/")
    source = main_text(page(site, "kallor/arendebeskrivning-2019-2020/"))
    assert "visits (1) Ett testbesök" in source  # named by its file until its words are written
    exported = json.loads((site / "oppna-data" / "uccn.json").read_text(encoding="utf-8"))
    assert exported["visits"][0]["place"] == {"sv": "Östersund", "en": "Östersund"}
    assert (site / "oppna-data" / "besok.csv").read_text(encoding="utf-8").splitlines()[1] == "arsmote-test,Östersund"
    catalogue = (site / "oppna-data" / "katalog.rdf").read_text(encoding="utf-8")
    assert '<dcat:downloadURL rdf:resource="http://127.0.0.1:8000/oppna-data/besok.csv" />' in catalogue
    assert '<dcat:downloadURL rdf:resource="http://127.0.0.1:8000/schemas/visits.schema.json" />' in catalogue

    (project / "data" / "visits.yml").write_text(DATA.replace("  place:\n", "  plats:\n"), encoding="utf-8")
    checked = _uccn(project, "check")
    assert checked.returncode != 0
    assert "data/visits.yml:5: okänd nyckel 'plats' i besöket. Menade du 'place'?" in checked.stderr
