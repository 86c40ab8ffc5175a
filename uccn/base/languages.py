"""The site's languages, declared once: code, place in the site, config, locale and search.

The first language is the site's root (`/`); each other one lives under its prefix
(`/en/`). Everything that needs a language's folder, address, config file, number
format or the other language of a pair reads it here; so do the Makefile
(`python -m uccn.base.languages configs`, `root` and `others`), `make serve` and the tests.
Adding a language is a line here; the recipe in MAINTAINING.md lists the rest.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    code: str  # as in data texts (`sv:`, `en:`), docs/<code>/ and the theme's `language`
    prefix: str  # its pages' path below the site's root: "" for the root language, "en/"
    config: str  # the engine's config file that builds it
    locale: str  # Babel's locale for numbers, money and dates
    search: str  # the search plugin's language
    name: str  # the language's name in itself, for the language menu
    eu: str  # the EU's authority code for the language (DCAT-AP's dct:language)
    # Is every text written in it (data/ and languages/<code>.yml)? While a new language is being
    # translated (False), a text it lacks shows in the root language, marked, and `make check` counts
    # them; for a complete language a missing text is a problem.
    complete: bool = True

    @property
    def suffix(self) -> str:
        """How its settings are told apart: SITE_URL for the root language, SITE_URL_EN for English."""
        return "_" + self.code.upper() if self.prefix else ""


LANGUAGES = (
    Language("sv", "", "mkdocs.yml", "sv_SE", "sv", "Svenska", "SWE"),
    Language("en", "en/", "mkdocs.en.yml", "en_GB", "en", "English", "ENG"),
)
LANGS = tuple(language.code for language in LANGUAGES)
# The language the sources are written in, unless a source says otherwise (Source.language), and in
# which the site asks the authorities for documents: Swedish, whatever languages the site is in.
SOURCE_LANG = "sv"
ROOT_LANG = LANGUAGES[0].code
BY_CODE = {language.code: language for language in LANGUAGES}
PREFIX = {language.code: language.prefix for language in LANGUAGES}
LOCALES = {language.code: language.locale for language in LANGUAGES}
# Where each language's site is built, from the project's root: the root language's
# build cleans the folder, so it comes first.
SITE_DIRS = tuple(("site/" + language.prefix).rstrip("/") for language in LANGUAGES)
CONFIGS = tuple(language.config for language in LANGUAGES)  # in build order: the root first, it cleans site/
# The addresses each language takes from the environment: its address, and where a page's
# "edit" link leads (the config reads them with !ENV).
ADDRESS_VARIABLES = tuple(name + language.suffix for language in LANGUAGES for name in ("SITE_URL", "EDIT_URI"))


def addresses(site_url: str, edit_uri: str = "") -> dict[str, str]:
    """Each language's address variables from the site's address and the root language's edit
    address (…/edit/main/docs/sv/): SITE_URL_EN = SITE_URL + "en/", EDIT_URI_EN ends in docs/en/."""
    found = {}
    for language in LANGUAGES:
        found["SITE_URL" + language.suffix] = site_url + language.prefix
        if edit_uri:
            found["EDIT_URI" + language.suffix] = edit_uri.removesuffix(f"docs/{ROOT_LANG}/") + f"docs/{language.code}/"
    return found


def twin(lang: str) -> str:
    """The language a page's `translation:` leads to: the root language's pages lead to the
    second language, every other language's pages to the root language."""
    return LANGS[1] if lang == ROOT_LANG else ROOT_LANG


def language_of_path(path: str) -> tuple[str, str]:
    """A path below the site's root -> (language, path below that language's root)."""
    for language in LANGUAGES[1:]:
        folder = language.prefix.rstrip("/")
        if path == folder or path.startswith(language.prefix):
            return language.code, path[len(language.prefix):]
    return ROOT_LANG, path


def main(argv: list[str]) -> int:
    """For the Makefile, from this table only (never from the environment, whose addresses
    must not pass through a shell): `configs`, the engine's config files in build order;
    `root`, the root language's code; `others`, SUFFIX:prefix:code for each other language."""
    if argv == ["configs"]:
        print(" ".join(CONFIGS))
    elif argv == ["root"]:
        print(ROOT_LANG)
    elif argv == ["others"]:
        print(" ".join(f"{language.suffix.lstrip('_')}:{language.prefix}:{language.code}" for language in LANGUAGES[1:]))
    else:
        print("usage: python -m uccn.base.languages configs | root | others", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
