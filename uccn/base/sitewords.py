"""The site's own words in every language, from one file per language: languages/<code>.yml.

Each file holds the same keys (the root language's file names them all): what the pages and
views say, and the words for the data's names. `section(name)` gives a section with each
text turned into {language: text}, the shape the rest of the code reads
(`LABELS["not_stated"]["en"]`). A text a language's file lacks is shown in the root
language's words; for a language the table marks complete, that is a problem `make check`
stops at, for one still being translated it is a note (`word_problems`). Nothing here
raises for a file an editor broke: a file that cannot be read counts as empty, and
`word_problems` says why.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

import yaml

from . import safeio
from .languages import BY_CODE, LANGS, ROOT_LANG
from .problem import Problem
from .site import ROOT

FOLDER = "languages"  # from the project's root


_FIELD = re.compile(r"\{([a-z_]+)\}")  # a place for a value in a text: "{count}", "{y}"


def fill(text: str, **values: Any) -> str:
    """A text with each `{name}` replaced by its value. Only plain names are filled: a text from a
    file of words cannot reach into a value's attributes, as str.format would let it."""
    return _FIELD.sub(lambda m: str(values[m[1]]) if m[1] in values else m[0], text)


def words_file(lang: str) -> str:
    """The language's file of words, from the project's root."""
    return f"{FOLDER}/{lang}.yml"


@functools.cache
def _read(root: Path, lang: str) -> tuple[dict[str, Any], dict[str, int], str]:
    """One language's words as written, each key's line (by its dotted path), and why the file
    could not be read ("" when it could)."""
    try:
        text = safeio.read_bytes(root, words_file(lang), limit=1_000_000).decode("utf-8")
    except FileNotFoundError:
        return {}, {}, "filen saknas"
    except (OSError, UnicodeDecodeError, safeio.Unsafe) as err:
        return {}, {}, f"filen kan inte läsas ({err})"
    try:
        node = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as err:
        line = err.problem_mark.line + 1 if getattr(err, "problem_mark", None) else 1
        return {}, {"": line}, f"filen kan inte läsas som YAML: {getattr(err, 'problem', err)}"
    lines: dict[str, int] = {}
    return (_tree(node, "", lines) if isinstance(node, yaml.MappingNode) else {}), lines, (
        "" if node is None or isinstance(node, yaml.MappingNode) else "filen ska vara avsnitt med nycklar och texter")


def _tree(node: yaml.MappingNode, path: str, lines: dict[str, int]) -> dict[str, Any]:
    """A mapping node as a dict of dicts with text leaves; each key's line noted by its path."""
    tree: dict[str, Any] = {}
    for key, value in node.value:
        if not isinstance(key, yaml.ScalarNode):
            continue
        here = f"{path}.{key.value}" if path else key.value
        lines[here] = key.start_mark.line + 1
        if isinstance(value, yaml.MappingNode):
            tree[key.value] = _tree(value, here, lines)
        elif isinstance(value, yaml.ScalarNode) and value.tag.endswith(":str"):
            tree[key.value] = _safe_path(value.value) if here.startswith("paths.") else value.value
    return tree


_PATH = re.compile(r"[a-z0-9][a-z0-9-]*(?:\.[a-z]+)?/?")  # "beslut/", "kalender.ics": one step, never ".."


def _safe_path(value: str) -> str:
    """A folder or file name of a language's part of the site as one plain step inside it. Any
    other is made one (and `word_problems` names it), so that no file of words can make the build
    write or delete outside the project."""
    if _PATH.fullmatch(value):
        return value
    step = re.sub(r"-{2,}", "-", re.sub(r"[^a-z0-9]+", "-", value.lower())).strip("-") or "x"
    return step + ("/" if value.endswith("/") else "")


def _leaves(tree: dict[str, Any], path: str = "") -> dict[str, str]:
    """Every text of a tree by its dotted path."""
    found: dict[str, str] = {}
    for key, value in tree.items():
        here = f"{path}.{key}" if path else key
        found.update(_leaves(value, here) if isinstance(value, dict) else {here: value})
    return found


def _merged(trees: dict[str, dict[str, Any]], root: dict[str, Any]) -> dict[str, Any]:
    """The root language's tree with each text turned into {language: text}, the root
    language's text where another language has none."""
    merged: dict[str, Any] = {}
    for key, value in root.items():
        if isinstance(value, dict):
            merged[key] = _merged({lang: t.get(key) if isinstance(t.get(key), dict) else {} for lang, t in trees.items()},
                                  value)
        else:
            merged[key] = {lang: t[key] if isinstance(t.get(key), str) and t[key].strip() else value
                           for lang, t in trees.items()}
    return merged


@functools.cache
def _words(root: Path) -> dict[str, Any]:
    return _merged({lang: _read(root, lang)[0] for lang in LANGS}, _read(root, ROOT_LANG)[0])


def section(name: str, root: Path = ROOT) -> dict[str, Any]:
    """One section of every language's words, each text as {language: text}."""
    return _words(root).get(name, {})


def own(path: str, root: Path = ROOT) -> dict[str, str]:
    """One text by its dotted path, in the languages whose own file has it (none other: where
    a text is labelled with its language, a fallback would be mislabelled)."""
    found = {}
    for lang in LANGS:
        value: Any = _read(root, lang)[0]
        for part in path.split("."):
            value = value.get(part) if isinstance(value, dict) else None
        if isinstance(value, str) and value.strip():
            found[lang] = value
    return found


def word_problems(root: Path = ROOT) -> tuple[list[Problem], list[str]]:
    """What is wrong with the files of words: problems (a file that cannot be read, a key the
    root language does not have, a text a complete language lacks) and notes (the texts a
    language still being translated lacks, counted)."""
    problems: list[Problem] = []
    notes: list[str] = []
    root_words, root_lines, why = _read(root, ROOT_LANG)
    if why:
        return [Problem(words_file(ROOT_LANG), root_lines.get("", 1), why)], notes
    wanted = _leaves(root_words)
    problems += _path_problems(root)
    problems += _format_problems(root, root_words, root_lines, ROOT_LANG)
    for lang in LANGS[1:]:
        words, lines, why = _read(root, lang)
        if why:
            problems.append(Problem(words_file(lang), lines.get("", 1), why))
            continue
        problems += _format_problems(root, words, lines, lang, wanted)
        have = {path for path, text in _leaves(words).items() if text.strip()}
        for path in sorted(set(_leaves(words)) - set(wanted)):
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


def _path_problems(root: Path) -> list[Problem]:
    """Each address part under `paths` that is not one plain step (a folder "beslut/" or a file
    "kalender.ics": small letters, digits and hyphens), in every language's file."""
    problems = []
    for lang in LANGS:
        try:
            node = yaml.compose(safeio.read_bytes(root, words_file(lang), limit=1_000_000).decode("utf-8"),
                                Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        except (OSError, UnicodeDecodeError, safeio.Unsafe, yaml.YAMLError):
            continue  # named by word_problems already
        paths = next((v for k, v in node.value if k.value == "paths"), None) if isinstance(node, yaml.MappingNode) else None
        stack = [paths] if isinstance(paths, yaml.MappingNode) else []
        while stack:
            for _, value in stack.pop().value:
                if isinstance(value, yaml.MappingNode):
                    stack.append(value)
                elif isinstance(value, yaml.ScalarNode) and not _PATH.fullmatch(value.value):
                    problems.append(Problem(words_file(lang), value.start_mark.line + 1,
                                            f"'{value.value}' är inte en del av en adress: skriv små bokstäver a–z, "
                                            "siffror och bindestreck, med / efter en mapp (till exempel beslut/) "
                                            "(one plain step of an address)"))
    return problems


def _format_problems(root: Path, words: dict[str, Any], lines: dict[str, int], lang: str,
                     wanted: dict[str, str] | None = None) -> list[Problem]:
    """A text's places for values are the root language's, each a plain name; the money pattern
    shows a number and the currency once."""
    problems = []
    for path, text in _leaves(words).items():
        braces = re.findall(r"\{[^{}]*\}", text)
        odd = [b for b in braces if not _FIELD.fullmatch(b)]
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
    if isinstance(money, str) and not (money.count("¤") == 1 and "0" in money and "{" not in money):
        problems.append(Problem(words_file(lang), lines.get("format.money", 1),
                                f"'format.money' är '{money}'; ett mönster för belopp har en siffra 0 och ett ¤ "
                                "(valutan), som \"#,##0 ¤\" (a Babel number pattern)"))
    return problems
