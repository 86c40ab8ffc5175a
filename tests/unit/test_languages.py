"""The table of languages (uccn.base.languages) against the files that build each language."""
from __future__ import annotations

from tests.site.pages import _ConfigLoader
from tests.unit.helpers import ROOT
from uccn.base.languages import LANGS, LANGUAGES, ROOT_LANG, SITE_DIRS, language_of_path, twin


def test_each_language_has_its_config_docs_and_search_as_declared():
    for language in LANGUAGES:
        config = _ConfigLoader((ROOT / language.config).read_text(encoding="utf-8")).get_single_data()
        assert config["theme"]["language"] == language.code
        assert config["docs_dir"] == f"docs/{language.code}"
        assert config["site_dir"] == SITE_DIRS[LANGS.index(language.code)]
        search = next(p["search"] for p in config["plugins"] if isinstance(p, dict) and "search" in p)
        assert search["lang"] == language.search
        assert (ROOT / "docs" / language.code).is_dir()


def test_the_root_language_is_first_and_alone_at_the_root():
    assert LANGUAGES[0].prefix == "" and ROOT_LANG == LANGS[0]
    assert all(language.prefix.endswith("/") for language in LANGUAGES[1:])
    assert SITE_DIRS == ("site", *(f"site/{language.prefix.rstrip('/')}" for language in LANGUAGES[1:]))
    assert SITE_DIRS[:2] == ("site", "site/en")


def test_a_path_of_the_site_names_its_language():
    assert language_of_path("beslut/ks-2018-302/") == ("sv", "beslut/ks-2018-302/")
    assert language_of_path("en/decisions/") == ("en", "decisions/")
    assert language_of_path("en") == ("en", "")
    assert language_of_path("english/") == ("sv", "english/")  # only the folder itself


def test_a_page_leads_to_its_twin_in_the_other_language():
    assert (twin("sv"), twin("en")) == ("en", "sv")
