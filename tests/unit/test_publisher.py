"""Who publishes, read from the one place it is configured (uccn.read.publisher): plain messages with
the line for a mistake, and nothing made up where nothing is configured."""
from __future__ import annotations

import shutil
from pathlib import Path

from tests.unit.helpers import ROOT
from uccn.read.publisher import CONFIG, read_publisher


def _project(tmp_path: Path, *edits: tuple[str, str]) -> Path:
    """A project whose mkdocs.base.yml is the real one with each (old, new) replaced."""
    shutil.copy(ROOT / CONFIG, tmp_path / CONFIG)
    text = (tmp_path / CONFIG).read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text
        text = text.replace(old, new, 1)
    (tmp_path / CONFIG).write_text(text, encoding="utf-8")
    return tmp_path


def _line(root: Path, fragment: str) -> int:
    return next(n for n, line in enumerate((root / CONFIG).read_text(encoding="utf-8").splitlines(), 1) if fragment in line)


def test_the_project_configures_cc0_and_no_contact_so_the_repository_is_the_contact():
    publisher, problems = read_publisher(ROOT, "https://github.com/example-org/uccn-site")
    assert problems == []
    assert (publisher.licence, publisher.licence_url) == ("CC0-1.0", "https://creativecommons.org/publicdomain/zero/1.0/")
    assert (publisher.contact_kind, publisher.contact_url) == ("issues", "https://github.com/example-org/uccn-site/issues/new")
    assert read_publisher(ROOT)[0].contact_url == ""  # neither: the pages say that no contact is given


def test_an_email_or_a_form_is_the_contact(tmp_path):
    root = _project(tmp_path, ('contact: ""', "contact: kultur@example.org"))
    assert read_publisher(root, "https://github.com/x/y")[0].contact_url == "mailto:kultur@example.org"
    root = _project(tmp_path, ('contact: ""', "contact: https://example.org/kontakt"))
    assert read_publisher(root)[0].contact_kind == "form"


def test_each_mistake_is_named_with_its_line_and_what_is_allowed(tmp_path):
    root = _project(tmp_path, ('contact: ""', "contact: ring oss"), ("licence: CC0-1.0", "licence: MIT"),
                    ("      en: The website’s editorial team", "      en: ''\n      xx: The website’s editorial team"))
    _, problems = read_publisher(root)
    empty = _line(root, "en: ''")
    assert [str(p) for p in problems] == [
        f"{CONFIG}:{empty}: extra.publisher.name saknar text på en: skriv utgivarens namn under en:",
        (f"{CONFIG}:{_line(root, 'contact: ring')}: extra.publisher.contact ska vara en e-postadress (namn@exempel.se) "
        "eller adressen till ett formulär (https://…), eller tom"),
        (f"{CONFIG}:{_line(root, 'licence: MIT')}: extra.publisher.licence kan inte vara 'MIT'. Tillåtna värden: "
        "CC0-1.0, CC-BY-4.0"),
    ]


def test_a_config_without_the_publisher_says_where_it_belongs(tmp_path):
    (tmp_path / CONFIG).write_text("site_name: x\nextra:\n  alternate: true\n", encoding="utf-8")
    _, problems = read_publisher(tmp_path)
    assert [p.message for p in problems] == [
        "extra.publisher saknas: vem som ger ut webbplatsen, kontakt och licens (se MAINTAINING.md, Utgivare)"]
