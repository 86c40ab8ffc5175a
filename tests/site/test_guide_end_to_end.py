"""The editing guide, end to end: a new editor goes from the minutes as a PDF to a published, checked
decision by the guide alone (docs/sv/redigera.md), running its commands with make, as the page
writes them, in a copy of the project."""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import run_build
from tests.site.helpers import main_text, page
from tests.site.test_editing import append, fill
from tests.unit.helpers import ROOT
from tests.unit.test_sourceimport import pdf
from uccn.records.guide import yaml_template

pytestmark = pytest.mark.site

GUIDE = ROOT / "docs" / "sv" / "redigera.md"
# Minutes as a board writes them: the matter and its paragraph, the decision, when they were checked.
MINUTES = [["Protokoll, kommunstyrelsen i Östersunds kommun", "", "Paragraf 45 Samarbete om UCCN",
            "Kommunstyrelsen beslutar att godkänna förslaget till överenskommelse."],
           ["Protokollet justerades den 2 april 2019."]]


def _make(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["make", "--no-print-directory", *args], cwd=project, capture_output=True, text=True,
                          timeout=300)


def test_from_a_minutes_pdf_to_a_published_decision_by_the_guide_alone(project):
    guide = GUIDE.read_text(encoding="utf-8")
    # The commands below are the guide's own, as it writes them.
    for command in ("make source FILE=protokoll.pdf ID=ks-protokoll-2019-03",
                    "make evidence FILE=data/decisions.yml ID=beslutets-id", "make check"):
        assert command in guide, command
    for name in ("Makefile", "requirements.txt"):  # the repository's, as a new editor has them
        shutil.copy2(ROOT / name, project / name)
    (project / ".venv").symlink_to(ROOT / ".venv")  # make's tools, as `make serve` left them
    (project / "protokoll.pdf").write_bytes(pdf(MINUTES, title="Protokoll, kommunstyrelsen i Östersunds kommun"))

    # "Lägga till en källa": read the PDF in; then fill in what it leaves blank, and check.
    result = _make(project, "source", "FILE=protokoll.pdf", "ID=ks-protokoll-2019-03")
    assert result.returncode == 0, result.stdout + result.stderr
    result = _make(project, "check")
    assert result.returncode != 0 and "'title.en' är tom" in result.stderr  # the one thing the guide says to fill
    sources = project / "data" / "sources.yml"
    before, added = sources.read_text(encoding="utf-8").split("- id: ks-protokoll-2019-03", 1)
    added = re.sub(r'    en: ""  # [^\n]*', '    en: "Minutes, Municipal Executive Board of Östersunds kommun"', added, count=1)
    sources.write_text(f"{before}- id: ks-protokoll-2019-03{added}", encoding="utf-8")
    result = _make(project, "check")
    assert result.returncode == 0, result.stderr

    # "Lägga till ett beslut": the template with what the minutes say, then `make evidence` for the evidence.
    decision = fill(yaml_template("decisions"), {
        "id": "ks-2019-45", "kind": "decision",
        "title": ("Kommunstyrelsen godkänner överenskommelsen om UCCN-samarbetet",
                  "The Municipal Executive Board approves the agreement on the UCCN cooperation"),
        "body": "ks-ostersund", "paragraph": "45", "status": "decided", "minutes_checked": '"2019-04-02"',
        "concerns": "[overenskommelse-2019-2020]", "source": "ks-protokoll-2019-03",
    })
    decision = decision[:decision.index("  evidence:")]  # the evidence comes from `make evidence`
    append(project, "decisions", decision)
    result = _make(project, "evidence", "FILE=data/decisions.yml", "ID=ks-2019-45")
    assert result.returncode == 0, result.stdout + result.stderr
    block = result.stdout[result.stdout.index("  evidence:"):]
    assert 'says: {status: "beslutar att godkänna"}' in block and 'says: {paragraph: "Paragraf 45"}' in block
    assert "Protokoll, kommunstyrelsen" not in block  # the heading is never proposed
    # Pasted as the guide says: the first proposal for each fact, with its translation written.
    chosen: dict[str, str] = {}
    for entry in re.finditer(r"    - says: \{(\w+): [^\n]*\n(?:      [^\n]*\n)+", block + "\n"):
        chosen.setdefault(entry.group(1), entry.group(0))
    assert set(chosen) == {"body", "paragraph", "status", "minutes_checked", "concerns"}
    pasted = "  evidence:\n" + "".join(chosen.values()).replace(
        'translation: ""  # samma text på det andra språket', 'translation: "In English."')
    decisions = project / "data" / "decisions.yml"
    decisions.write_text(decisions.read_text(encoding="utf-8").rstrip("\n") + "\n" + pasted + "\n", encoding="utf-8")
    result = _make(project, "check")
    assert result.returncode == 0, result.stderr

    result = run_build(project)
    assert result.returncode == 0, result.stderr
    shown = main_text(page(project / "site", "beslut/ks-2019-45/"))
    assert "Paragraf § 45" in shown.replace("\u00a0", " ") and "(vår tolkning)" not in shown
    agreement = page(project / "site", "avtal/overenskommelse-2019-2020/")
    assert "/beslut/ks-2019-45/" in agreement  # approved: stated once, in the decision
