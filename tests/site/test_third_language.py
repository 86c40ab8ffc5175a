"""A third language, added by the recipe in MAINTAINING.md ("A language"), builds, and every one of
its pages is checked; the recipe is this test's steps, and it touches no code file but the table.

The new language is Finnish (a national minority language in Sweden) as a pseudo-translation:
each of the site's own words is the English one inside ⟦ ⟧, so a word on a Finnish page that
did not come from languages/fi.yml stands out. The data's texts are not translated at all: the
language is declared as still being translated, so each shows in Swedish, marked.
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import urljoin, urlparse

import pytest
import yaml

from tests.conftest import run_build
from tests.site.helpers import hrefs, main_text, page
from uccn.base.languages import LANGS, LANGUAGES

pytestmark = pytest.mark.site

# The new language: Finnish, or Norwegian where the table has Finnish already (the suite then runs
# with three languages declared, and this test adds a fourth).
_CANDIDATES = (("fi", "fi_FI", "fi", "Suomi", "FIN"), ("nb", "nb_NO", "no", "Norsk bokmål", "NOB"))
NEW, LOCALE, SEARCH, NAME, EU = next(c for c in _CANDIDATES if c[0] not in LANGS)
ROW = f'Language("{NEW}", "{NEW}/", "mkdocs.{NEW}.yml", "{LOCALE}", "{SEARCH}", "{NAME}", "{EU}", complete=False),'
MENU_ENTRY = f'''    - name: {NAME}
      lang: {NEW}
      path: {NEW}/
      url: !ENV [SITE_URL_{NEW.upper()}, "http://127.0.0.1:8000/{NEW}/"]
'''
KEPT = ("paths", "format")  # addresses and number patterns: the English ones, until the language has its own


def _pseudo(line: str, section: str) -> str:
    """One line of languages/en.yml in the pseudo-language: each quoted text inside ⟦ ⟧."""
    if section in KEPT:
        return line
    return re.sub(r'^(\s*[\w.-]+: )"(.*)"$', lambda m: f'{m[1]}"⟦{m[2]}⟧"', line)


def _pseudo_file(english: str) -> str:
    lines, section = [], ""
    for line in english.splitlines():
        if re.match(r"^[a-z_]+:", line):
            section = line.split(":")[0]
        lines.append(_pseudo(line, section))
    return "\n".join(lines) + "\n"


def _code_files(project: Path) -> dict[str, str]:
    return {p.relative_to(project).as_posix(): p.read_text(encoding="utf-8")
            for p in sorted([*(project / "uccn").rglob("*.py"), *(project / "uccn").rglob("*.html"),
                             *(project / "overrides").rglob("*.*"), project / "macros.py", project / "hooks.py"])}


def follow_the_recipe(project: Path) -> None:
    # 1. One row in the table of languages (uccn/base/languages.py), marked as being translated.
    table = project / "uccn" / "base" / "languages.py"
    text = table.read_text(encoding="utf-8")
    english = re.search(r'^( *)Language\("en".*$', text, re.MULTILINE)
    assert english, "the table of languages has no English row to add after"
    table.write_text(text.replace(english.group(0), english.group(0) + "\n" + english.group(1) + ROW), encoding="utf-8")
    # 2. The site's words: languages/fi.yml, the same keys as languages/en.yml.
    english_words = (project / "languages" / "en.yml").read_text(encoding="utf-8")
    (project / "languages" / f"{NEW}.yml").write_text(_pseudo_file(english_words), encoding="utf-8")
    # 3. Its config, like mkdocs.en.yml (the theme's words under extra.words); its entry in
    #    extra.languages and the publisher's name in mkdocs.base.yml.
    config = (project / "mkdocs.en.yml").read_text(encoding="utf-8")
    for old, new in (("SITE_URL_EN", f"SITE_URL_{NEW.upper()}"), ("EDIT_URI_EN", f"EDIT_URI_{NEW.upper()}"),
                     ("docs/en", f"docs/{NEW}"), ("site/en", f"site/{NEW}"), ("language: en", f"language: {NEW}"),
                     ("lang: en", f"lang: \"{SEARCH}\""), ("8000/en/", f"8000/{NEW}/")):
        assert old in config, old
        config = config.replace(old, new)
    words = re.search(r"^  words:\n((?:    .*\n)+)", config, re.MULTILINE)
    assert words, "the config has no extra.words"
    config = config.replace(words.group(1), re.sub(r"^(    [a-z_]+: )(?!decisions/)(.+)$", r"\1⟦\2⟧", words.group(1),
                                                   flags=re.MULTILINE))
    (project / f"mkdocs.{NEW}.yml").write_text(config, encoding="utf-8")
    base = project / "mkdocs.base.yml"
    text = base.read_text(encoding="utf-8")
    english_entry = re.search(r"^    - name: English\n(?:      .*\n)+", text, re.MULTILINE)
    assert english_entry
    text = text.replace(english_entry.group(0), english_entry.group(0) + MENU_ENTRY)
    publisher = re.search(r"^  publisher:\n    name:\n(?:      .*\n)*?      en: (.*)\n", text, re.MULTILINE)
    assert publisher, "the publisher's name has no English line to add after"
    base.write_text(text.replace(publisher.group(0), publisher.group(0) + f"      {NEW}: ⟦{publisher.group(1)}⟧\n"),
                    encoding="utf-8")
    # 4. The pages under docs/<code>/, each naming its Swedish twin (here: the English pages as they are).
    written = {p.name for p in (project / "docs" / "en").iterdir() if p.is_dir() or p.suffix in (".xml", ".ics")}
    shutil.copytree(project / "docs" / "en", project / "docs" / NEW, ignore=shutil.ignore_patterns(*written, ".gitignore"))


def test_the_pseudo_language_keeps_every_key_and_every_address():
    english = Path("languages/en.yml").read_text(encoding="utf-8")
    pseudo = _pseudo_file(english)
    assert pseudo.count("\n") == english.count("\n")
    assert '  not_stated: "⟦Not stated in the source⟧"' in pseudo
    assert '    decisions: "decisions/"' in pseudo  # paths are kept


def test_a_third_language_added_by_the_recipe_builds_with_every_page_checked(project):
    before = _code_files(project)
    follow_the_recipe(project)
    changed = [name for name, text in _code_files(project).items() if before.get(name) != text]
    assert changed == ["uccn/base/languages.py"]  # no code file but the table

    configs = subprocess.run([sys.executable, "-m", "uccn.base.languages", "configs"], cwd=project, capture_output=True,
                             text=True, check=True).stdout.split()
    assert configs[0] == "mkdocs.yml"  # the root language first: its build cleans site/
    assert sorted(configs) == sorted([language.config for language in LANGUAGES] + [f"mkdocs.{NEW}.yml"])
    check = subprocess.run([sys.executable, "-m", "uccn", "check"], cwd=project, capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    assert re.search(rf"Obs: \d+ av datans \d+ texter saknas på {NAME}", check.stdout), check.stdout  # counted, not refused
    pages = subprocess.run([sys.executable, "-m", "uccn", "pages"], cwd=project, capture_output=True, text=True)
    assert pages.returncode == 0, pages.stdout + pages.stderr
    assert "/decisions/" in (project / "docs" / NEW / ".gitignore").read_text(encoding="utf-8")  # kept out of git
    result = run_build(project, tuple(configs), **{f"SITE_URL_{NEW.upper()}": f"http://127.0.0.1:8000/{NEW}/"})
    assert result.returncode == 0, result.stdout + result.stderr

    site = project / "site"
    finnish = sorted((site / NEW).rglob("*.html"))
    assert len(finnish) > 50
    for path in finnish:
        markup = path.read_text(encoding="utf-8")
        where = path.relative_to(site).as_posix()
        assert f'<html lang="{NEW}"' in markup, where
        assert "⟦" in markup, f"{where}: none of the language's own words"  # its interface is from languages/fi.yml
        assert not re.search(r"\{\{|\{%|KeyError|Traceback|\bNone\b", main_text(markup)), where
        for href in hrefs(markup):  # every link inside the site leads to a page or file that was built
            url = urlparse(urljoin(f"http://127.0.0.1:8000/{where}", href))
            if url.netloc != "127.0.0.1:8000" or not url.path.startswith("/"):
                continue
            target = site / url.path.lstrip("/")
            assert target.is_file() or (target / "index.html").is_file(), f"{where}: {href}"

    # A generated page says nothing in English of its own: each of the site's words on it is the
    # language's (a text of at least three words, found outside ⟦ ⟧, came from somewhere else).
    english = yaml.safe_load((project / "languages" / "en.yml").read_text(encoding="utf-8"))
    phrases = {t for section in ("labels", "record_labels") for t in english[section].values()
               if len(t.split()) >= 3 and "{" not in t}
    generated = [p for p in finnish if len(p.relative_to(site / NEW).parts) > 2 and p.relative_to(site / NEW).parts[0] in (
                 "decisions", "decisions-by-year", "agreements",
                                                                              "commitments", "sources", "parties")]
    assert len(generated) > 30
    for path in generated:
        said = re.sub(r"⟦[^⟧]*⟧", " ", main_text(path.read_text(encoding="utf-8")))  # evidence: the data's translations
        assert [t for t in phrases if t in said] == [], path.relative_to(site).as_posix()

    record = page(site, f"{NEW}/decisions/ks-2018-302/")  # a generated record page, in its folder from the table
    assert "ks-2018-302" in record
    # The data's texts, not yet translated: in Swedish, each marked in the language's own words.
    assert "(⟦translation missing⟧)" in main_text(record)
    # Its language switch: the Swedish twin of this page, and English's start page.
    menu = re.search(r'<ul class="md-select__list">.*?</ul>', record, re.DOTALL).group(0)
    assert ("../../../beslut/ks-2018-302/" in hrefs(menu)) and ("../../../en/" in hrefs(menu)), hrefs(menu)
    assert f'hreflang="{NEW}"' in page(site, "beslut/ks-2018-302/")
    assert f"Sitemap: http://127.0.0.1:8000/{NEW}/sitemap.xml" in (site / "robots.txt").read_text(encoding="utf-8")
    assert "⟦Page not found⟧" in (site / NEW / "404.html").read_text(encoding="utf-8")
    exported = json.loads((site / "oppna-data" / "uccn.json").read_text(encoding="utf-8"))
    assert NEW not in exported["decisions"][0]["title"]  # nothing invented for the language
    assert (site / NEW / "feed.xml").is_file() and (site / NEW / "calendar.ics").is_file()
