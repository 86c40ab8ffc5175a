"""The files of words checked (languages/<code>.yml, and each language's config's
`extra.words`): each readable, with the root language's keys, every place for a value a plain
name, every address part one plain step of its kind and none taken twice, and the money pattern
a number and a currency. A complete language lacking a text is a problem; one being translated
gets a note."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from ..base import safeio
from ..base.characters import HIDDEN
from ..base.languages import BY_CODE, LANGS, LANGUAGES, ROOT_LANG
from ..base.problem import Problem
from ..base.site import ROOT
from ..base.sitewords import FIELD, NEEDED, leaves, read_words, section, words_file


def word_problems(root: Path = ROOT) -> tuple[list[Problem], list[str]]:
    """What is wrong with the files of words: problems (a file that cannot be read, a key the
    root language does not have, a text a complete language lacks) and notes (the texts a
    language still being translated lacks, counted)."""
    problems: list[Problem] = []
    notes: list[str] = []
    root_words, root_lines, why = read_words(root, ROOT_LANG)
    if why:
        return [Problem(words_file(ROOT_LANG), root_lines.get("", 1), why)], notes
    wanted = leaves(root_words)
    problems += [Problem(words_file(ROOT_LANG), 1, f"'{path}' saknas; koden läser den texten (the code reads it)")
                 for path in sorted(NEEDED - set(wanted))]
    problems += _path_problems(root)
    problems += _page_problems(root)
    problems += _format_problems(root, root_words, root_lines, ROOT_LANG)
    for lang in LANGS[1:]:
        words, lines, why = read_words(root, lang)
        if why:
            problems.append(Problem(words_file(lang), lines.get("", 1), why))
            continue
        problems += _format_problems(root, words, lines, lang, wanted)
        have = {path for path, text in leaves(words).items() if text.strip()}
        for path in sorted(set(leaves(words)) - set(wanted)):
            problems.append(Problem(words_file(lang), lines.get(path, 1),
                                    f"nyckeln '{path}' finns inte i {words_file(ROOT_LANG)}; ta bort den eller lägg till "
                                    "den där (every key is named in the root language's file)"))
        missing = [path for path in wanted if path not in have]
        if missing and BY_CODE[lang].complete:
            problems += [Problem(words_file(lang), 1, f"'{path}' saknas; skriv texten på {BY_CODE[lang].name} "
                                                      f"(som i {words_file(ROOT_LANG)} rad {root_lines.get(path, 1)})")
                         for path in missing]
        elif missing:
            notes.append(f"Obs: {len(missing)} av webbplatsens {len(wanted)} texter saknas i {words_file(lang)} och "
                         f"visas på {BY_CODE[ROOT_LANG].name} (the language is not yet fully translated), "
                         f"till exempel '{missing[0]}'.")
    return problems, notes


_KINDS_OF_PATH = {  # what each address part is, by its path under `paths`
    "calendar": (re.compile(r"[a-z0-9][a-z0-9-]*\.ics"), "ett filnamn som slutar på .ics, som kalender.ics"),
    "pages": (re.compile(r"[a-z0-9][a-z0-9-]*/"), "ett mappnamn med / efter, som beslut/"),
}


_FOLDER = (re.compile(r"[a-z0-9][a-z0-9-]*"), "ett mappnamn: små bokstäver a–z, siffror och bindestreck, som beslut")


# What else lives at a language's root: the site's root files, the feed, and the theme's folders.
_TAKEN = {"oppna-data", "schemas", "underlag", "robots.txt", "feed.xml", "assets", "search", "stylesheets",
          "javascripts", "sitemap.xml", "404.html", "index.md"}


def _path_problems(root: Path) -> list[Problem]:
    """Each address part under `paths` is one plain step of its kind (a folder, a page's folder
    "beslut/", the calendar "kalender.ics"), and no two of what the build writes into a language's
    folder share a name, nor take one the site's root or the theme has: else the build would write
    one over another."""
    problems = []
    for lang in LANGS:
        try:
            node = yaml.compose(safeio.read_bytes(root, words_file(lang), limit=1_000_000).decode("utf-8"),
                                Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        except (OSError, UnicodeDecodeError, safeio.Unsafe, yaml.YAMLError):
            continue  # named by word_problems already
        paths = next((v for k, v in node.value if k.value == "paths"), None) if isinstance(node, yaml.MappingNode) else None
        stack = [("", paths)] if isinstance(paths, yaml.MappingNode) else []
        written: dict[str, str] = {}  # what the build writes into the language's folder: name -> its path
        while stack:
            where, mapping = stack.pop()
            for key, value in mapping.value:
                here = f"{where}.{key.value}" if where else key.value
                if isinstance(value, yaml.MappingNode):
                    stack.append((here, value))
                    continue
                if not isinstance(value, yaml.ScalarNode) or here.startswith("register_words."):
                    continue
                pattern, words = _KINDS_OF_PATH.get(here.split(".")[0], _FOLDER)
                line = value.start_mark.line + 1
                if not pattern.fullmatch(value.value):
                    problems.append(Problem(words_file(lang), line, f"'{value.value}' ska vara {words} "
                                                                    "(one plain step of an address)"))
                elif not here.startswith("pages.") and here != "agreement_feeds":  # that one: inside party_feeds
                    other = written.get(value.value) or ("webbplatsen själv" if value.value in _TAKEN else None)
                    if other:
                        problems.append(Problem(words_file(lang), line, f"'{value.value}' används redan av {other}; "
                                                                        "varje mapp och fil behöver ett eget namn"))
                    written.setdefault(value.value, f"paths.{here}")
    return problems


_MONEY = re.compile("[#,0 \u00a0\u202f¤]+")


def _format_problems(root: Path, words: dict[str, Any], lines: dict[str, int], lang: str,
                     wanted: dict[str, str] | None = None) -> list[Problem]:
    """A text's places for values are the root language's, each a plain name; the money pattern
    shows a number and the currency once."""
    problems = []
    for path, text in leaves(words).items():
        braces = re.findall(r"\{[^{}]*\}", text)
        odd = [b for b in braces if not FIELD.fullmatch(b)]
        if odd:
            problems.append(Problem(words_file(lang), lines.get(path, 1),
                                    f"'{path}' har {odd[0]}; en plats för ett värde skrivs med bara ett namn, som {{count}}"))
        elif wanted is not None and path in wanted and text.strip():
            expected = set(re.findall(r"\{[a-z_]+\}", wanted[path]))
            if set(braces) != expected:
                problems.append(Problem(words_file(lang), lines.get(path, 1),
                                        f"'{path}' ska ha samma platser för värden som i {words_file(ROOT_LANG)}: "
                                        f"{', '.join(sorted(expected)) or 'inga'}"))
    money = words.get("format", {}).get("money") if isinstance(words.get("format"), dict) else None
    # Only grouping, zeros and the currency: a digit 1-9 rounds, @ keeps significant digits, % and ‰
    # multiply; each would show another number than the data's.
    if isinstance(money, str) and not (money.count("¤") == 1 and "0" in money and _MONEY.fullmatch(money)):
        problems.append(Problem(words_file(lang), lines.get("format.money", 1),
                                f"'format.money' är '{money}'; ett mönster för belopp har en siffra 0 och ett ¤ "
                                "(valutan), som \"#,##0 ¤\" (a Babel number pattern)"))
    return problems


def _theme_words(root: Path, config: str) -> tuple[dict[str, tuple[Any, int]], str]:
    """A language's config's `extra.words`: each key with its value node and line; and why it
    could not be read ("" when it could)."""
    try:
        node = yaml.compose(safeio.read_bytes(root, config, limit=1_000_000).decode("utf-8"),
                            Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except (OSError, UnicodeDecodeError, safeio.Unsafe, yaml.YAMLError) as err:
        return {}, f"kan inte läsas ({getattr(err, 'problem', None) or err})"
    for name in ("extra", "words"):
        node = next((v for k, v in node.value if k.value == name), None) if isinstance(node, yaml.MappingNode) else None
    if not isinstance(node, yaml.MappingNode):
        return {}, "saknar extra.words: temats ord på språket (the theme's words)"
    return {k.value: (v, k.start_mark.line + 1) for k, v in node.value if isinstance(k, yaml.ScalarNode)}, ""


def theme_word_problems(root: Path = ROOT) -> list[Problem]:
    """Each language's config has the theme's words (`extra.words`) with the root language's keys,
    each a text on one line (the theme's templates show them, escaped, on every page)."""
    problems = []
    wanted, why = _theme_words(root, LANGUAGES[0].config)
    for language in LANGUAGES:
        words, why = _theme_words(root, language.config) if language.code != ROOT_LANG else (wanted, why)
        if why:
            problems.append(Problem(language.config, 1, f"{language.config} {why}"))
            continue
        for key in sorted(set(wanted) - set(words)):
            problems.append(Problem(language.config, 1, f"extra.words saknar '{key}' (som på rad {wanted[key][1]} i "
                                                        f"{LANGUAGES[0].config}); temat visar den på varje sida"))
        for key, (value, line) in words.items():
            if key not in wanted:
                problems.append(Problem(language.config, line, f"extra.words har '{key}', som temat inte visar; "
                                                               "ta bort den"))
            elif not (isinstance(value, yaml.ScalarNode) and value.tag.endswith(":str") and value.value.strip()
                      and "\n" not in value.value.strip() and not HIDDEN.search(value.value)):
                problems.append(Problem(language.config, line, f"extra.words.{key} ska vara en text på en rad"))
    return problems


def _page_problems(root: Path) -> list[Problem]:
    """Each page a language's words give an address (`paths.pages`) is written for it: a language
    whose pages are not all there yet would link to pages that do not exist."""
    problems = []
    for language in LANGUAGES:
        docs = root / "docs" / language.code
        for page, addresses in section("paths", root).get("pages", {}).items():
            address = addresses.get(language.code, "").rstrip("/")
            if address and not ((docs / f"{address}.md").is_file() or (docs / address / "index.md").is_file()):
                problems.append(Problem(words_file(language.code), 1, (
                    f"sidan '{page}' har adressen {address}/, men docs/{language.code}/{address}.md finns inte; skriv "
                    f"sidan eller ändra paths.pages.{page} (the page is linked from every page of the language)")))
        words, _ = _theme_words(root, language.config)
        decisions = section("paths", root).get("pages", {}).get("decisions", {}).get(language.code)
        given = words.get("decisions_page", (None, 1))
        if decisions and isinstance(given[0], yaml.ScalarNode) and given[0].value != decisions:
            problems.append(Problem(language.config, given[1], f"extra.words.decisions_page är '{given[0].value}', men "
                                                               f"besluten ligger på {decisions} (paths.pages.decisions)"))
    return problems
