"""The built pages are valid HTML according to the Nu Html Checker (vnu-jar from npm, Java 17)."""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

pytestmark = pytest.mark.site
VNU = Path(__file__).resolve().parents[2] / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
# Material for MkDocs 9.8 puts autocomplete="off" on its hidden checkbox toggles (drawer,
# search). Browsers ignore it there; it is in the theme's base template, not in our pages.
KNOWN_THEME_ERRORS = ("Attribute “autocomplete” is only allowed when the input type is",)
# One short run: Java's quick compiler alone and its simplest collector take half the CPU time
# of its defaults here; that compiler's code needs a deeper stack than the checker's 512 KB.
JAVA_FLAGS = ["-Xss4m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"]


def vnu_errors(*folders: Path) -> list[str]:
    java = shutil.which("java")
    assert java and VNU.exists(), "needs Java 17 and `npm ci` (vnu-jar)"
    result = subprocess.run(
        [java, *JAVA_FLAGS, "-jar", str(VNU), "--errors-only", "--format", "json", "--skip-non-html", *map(str, folders)],
        capture_output=True, text=True, timeout=300,
    )
    messages = json.loads(result.stderr or result.stdout)["messages"]
    return [
        f"{m['url'].rsplit('/', 2)[-2]}/{m['url'].rsplit('/', 1)[-1]}:{m.get('lastLine')}: {m['message']}"
        for m in messages if not m["message"].startswith(KNOWN_THEME_ERRORS)
    ]


def test_pages_are_valid_html_and_the_checker_sees_invalid_html(built_site, tmp_path):
    """One run of the checker (Java starts once): the built site, and a page known to be invalid
    beside it, so a checker that reports nothing cannot pass."""
    control = tmp_path / "kontroll"
    control.mkdir()
    (control / "fel.html").write_text("<!doctype html><html lang=sv><title>x</title><h1>a</h3><p id=a id=a>")
    errors = vnu_errors(built_site, control)
    assert [e for e in errors if not e.startswith("kontroll/fel.html:")] == []
    assert len(errors) >= 2
