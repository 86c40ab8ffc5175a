"""The site's languages, declared once: code, place in the site, config, locale and search.

The first language is the site's root (`/`); each other one lives under its prefix
(`/en/`). Everything that needs a language's folder, address, config file, number
format or the other language of a pair reads it here.
"""
from __future__ import annotations

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


LANGUAGES = (
    Language("sv", "", "mkdocs.yml", "sv_SE", "sv", "Svenska", "SWE"),
    Language("en", "en/", "mkdocs.en.yml", "en_GB", "en", "English", "ENG"),
)
LANGS = tuple(language.code for language in LANGUAGES)
ROOT_LANG = LANGUAGES[0].code
BY_CODE = {language.code: language for language in LANGUAGES}
PREFIX = {language.code: language.prefix for language in LANGUAGES}
LOCALES = {language.code: language.locale for language in LANGUAGES}
# Where each language's site is built, from the project's root: the root language's
# build cleans the folder, so it comes first.
SITE_DIRS = tuple(("site/" + language.prefix).rstrip("/") for language in LANGUAGES)


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
