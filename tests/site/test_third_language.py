"""A third language, added by the recipe in MAINTAINING.md ("A language"), builds and is linked.

The recipe is followed step by step in a copy of the project, with Finnish (a national
minority language in Sweden) as the new language. The translation itself is a
stand-in: each new Finnish text is the English one, so the test proves the plumbing,
not the words. Every step edits only the files the recipe names.
"""
from __future__ import annotations

import ast
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.conftest import run_build
from tests.site.helpers import hrefs, page
from uccn.read.yamlcore import CoreLoader

pytestmark = pytest.mark.site

NEW = "fi"
LINE = 'Language("fi", "fi/", "mkdocs.fi.yml", "fi_FI", "fi", "Suomi", "FIN"),'
MENU_ENTRY = '''    - name: Suomi
      lang: fi
      path: fi/
      url: !ENV [SITE_URL_FI, "http://127.0.0.1:8000/fi/"]
'''


def _char_offset(line: str, byte_offset: int) -> int:
    return len(line.encode("utf-8")[:byte_offset].decode("utf-8"))


def _add_to_texts(source: str) -> str:
    """Every text in the site's languages in Python gets a Finnish entry after its English one:
    dicts keyed by language code ({"sv": …, "en": …}) and Text(sv, en) calls."""
    tree = ast.parse(source)
    lines = source.splitlines(keepends=True)
    inserts: list[tuple[int, int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict) and all(isinstance(k, ast.Constant) for k in node.keys):
            keys = [k.value for k in node.keys]  # type: ignore[union-attr]
            if {"sv", "en"} <= set(keys):
                value = node.values[keys.index("en")]
                inserts.append((value.end_lineno, value.end_col_offset,
                                f', "{NEW}": {ast.get_source_segment(source, value)}'))
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Text":
            english = [k.value for k in node.keywords if k.arg == "en"]
            if len(node.args) == 2:
                value, written = node.args[1], "{}"
            elif english:
                value, written = english[0], f"{NEW}={{}}"
            else:  # Text(**found): built from every language already
                continue
            inserts.append((value.end_lineno, value.end_col_offset,
                            ", " + written.format(ast.get_source_segment(source, value))))
    for line_number, byte_offset, text in sorted(inserts, reverse=True):
        line = lines[line_number - 1]
        at = _char_offset(line, byte_offset)
        lines[line_number - 1] = line[:at] + text + line[at:]
    return "".join(lines)


def _add_to_data(value):
    """Every text in data: a Finnish line beside the English one."""
    if isinstance(value, dict):
        value = {k: _add_to_data(v) for k, v in value.items()}
        if {"sv", "en"} <= set(value):
            value[NEW] = value["en"]
        return value
    if isinstance(value, list):
        return [_add_to_data(v) for v in value]
    return value


def _follow_the_recipe(project: Path) -> None:
    # 1. One line in uccn/base/languages.py.
    languages = project / "uccn" / "base" / "languages.py"
    text = languages.read_text(encoding="utf-8")
    english = re.search(r'^( *)Language\("en".*$', text, re.MULTILINE)
    assert english, "the table of languages has no English line to add after"
    languages.write_text(text.replace(english.group(0), english.group(0) + "\n" + english.group(1) + LINE), encoding="utf-8")
    # 2. A config like mkdocs.en.yml; its entry in extra.languages and the publisher's name (mkdocs.base.yml).
    config = (project / "mkdocs.en.yml").read_text(encoding="utf-8")
    for old, new in (("SITE_URL_EN", "SITE_URL_FI"), ("EDIT_URI_EN", "EDIT_URI_FI"), ("docs/en", "docs/fi"),
                     ("site/en", "site/fi"), ("language: en", "language: fi"), ("lang: en", "lang: fi"),
                     ("8000/en/", "8000/fi/")):
        assert old in config, old
        config = config.replace(old, new)
    (project / "mkdocs.fi.yml").write_text(config, encoding="utf-8")
    base = project / "mkdocs.base.yml"
    text = base.read_text(encoding="utf-8")
    english_entry = re.search(r"^    - name: English\n(?:      .*\n)+", text, re.MULTILINE)
    assert english_entry
    text = text.replace(english_entry.group(0), english_entry.group(0) + MENU_ENTRY)
    publisher = re.search(r"^  publisher:\n    name:\n(?:      .*\n)*?      en: (.*)\n", text, re.MULTILINE)
    assert publisher, "the publisher's name has no English line to add after"
    base.write_text(text.replace(publisher.group(0), publisher.group(0) + f"      {NEW}: {publisher.group(1)}\n"),
                    encoding="utf-8")
    # 3. The pages under docs/fi/ (as the English ones: each names its Swedish twin).
    generated = {p.name for p in (project / "docs" / "en").iterdir() if p.is_dir()}
    shutil.copytree(project / "docs" / "en", project / "docs" / NEW,
                    ignore=shutil.ignore_patterns(*generated, "*.xml", "*.ics"))
    # 4. The language in fields.Text.
    fields = project / "uccn" / "records" / "fields.py"
    text = fields.read_text(encoding="utf-8")
    fields.write_text(text.replace("    sv: str\n    en: str\n", f"    sv: str\n    en: str\n    {NEW}: str\n", 1),
                      encoding="utf-8")
    # 5. Every text in data and in the code's tables in it.
    for path in sorted((project / "data").glob("*.yml")):
        written = CoreLoader(path.read_text(encoding="utf-8")).get_single_data()  # the validator's safe loader
        path.write_text(yaml.safe_dump(_add_to_data(written), allow_unicode=True, sort_keys=False, width=10_000),
                        encoding="utf-8")
    for path in sorted((project / "uccn").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        changed = _add_to_texts(text)
        if changed != text:
            path.write_text(changed, encoding="utf-8")


def test_the_text_helper_adds_the_new_language_beside_english():
    written = 'A = {"x": {"sv": "å", "en": "ö"}}\nB = Text("a", f"b{1}")\nC = {"sv": 1}\nD = Text(sv="x",\n en="y")\n'
    assert _add_to_texts(written) == ('A = {"x": {"sv": "å", "en": "ö", "fi": "ö"}}\nB = Text("a", f"b{1}", f"b{1}")\n'
                                      'C = {"sv": 1}\nD = Text(sv="x",\n en="y", fi="y")\n')


def test_a_third_language_added_by_the_recipe_builds_and_is_linked_from_its_twin(project):
    _follow_the_recipe(project)
    configs = subprocess.run([sys.executable, "-m", "uccn.base.languages", "configs"], cwd=project, capture_output=True,
                             text=True, check=True).stdout.split()
    assert configs == ["mkdocs.yml", "mkdocs.en.yml", "mkdocs.fi.yml"]
    pages = subprocess.run([sys.executable, "-m", "uccn", "pages"], cwd=project, capture_output=True, text=True)
    assert pages.returncode == 0, pages.stdout + pages.stderr
    result = run_build(project, tuple(configs), SITE_URL_FI="http://127.0.0.1:8000/fi/")
    assert result.returncode == 0, result.stdout + result.stderr

    site = project / "site"
    start = page(site, "fi/")
    assert '<html lang="fi"' in start
    record = page(site, "fi/decisions/ks-2018-302/")  # a generated record page, in its folder from the tables
    assert "ks-2018-302" in record and '<html lang="fi"' in record
    # Its language switch: Swedish twin for this page, English's start page (no twin named for it).
    menu = re.search(r'<ul class="md-select__list">.*?</ul>', record, re.DOTALL).group(0)
    assert ("../../../beslut/ks-2018-302/" in hrefs(menu)) and ("../../../en/" in hrefs(menu)), hrefs(menu)
    # The Swedish page offers the new language too, and robots.txt names its sitemap.
    assert 'hreflang="fi"' in page(site, "beslut/ks-2018-302/")
    assert "Sitemap: http://127.0.0.1:8000/fi/sitemap.xml" in (site / "robots.txt").read_text(encoding="utf-8")
    # The open data carries the new language's texts.
    exported = json.loads((site / "oppna-data" / "uccn.json").read_text(encoding="utf-8"))
    assert set(exported["decisions"][0]["title"]) == {"sv", "en", "fi"}
    assert (site / "fi" / "feed.xml").is_file()
