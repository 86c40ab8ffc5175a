"""The site's own words in every language, from one file per language: languages/<code>.yml.

Each file holds the same keys (the root language's file names them all): what the pages and
views say, and the words for the data's names. `section(name)` gives a section with each
text turned into {language: text}, the shape the rest of the code reads
(`LABELS["not_stated"]["en"]`). A text a language's file lacks is shown in the root
language's words; for a language the table marks complete, that is a problem `make check`
stops at, for one still being translated it is a note (uccn.check.wordfiles). Nothing here
raises for a file an editor broke: a file that cannot be read counts as empty, and
uccn.check.wordfiles says why.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

import yaml

from . import safeio
from .characters import HIDDEN, char_name
from .languages import LANGS, ROOT_LANG
from .site import ROOT

FOLDER = "languages"  # from the project's root
FIELD = re.compile(r"\{([a-z_]+)\}")  # a place for a value in a text: "{count}", "{y}"


def fill(text: str, **values: Any) -> str:
    """A text with each `{name}` replaced by its value. Only plain names are filled: a text from a
    file of words cannot reach into a value's attributes, as str.format would let it."""
    return FIELD.sub(lambda m: str(values[m[1]]) if m[1] in values else m[0], text)


def words_file(lang: str) -> str:
    """The language's file of words, from the project's root."""
    return f"{FOLDER}/{lang}.yml"


@functools.cache
def read_words(root: Path, lang: str) -> tuple[dict[str, Any], dict[str, int], str]:
    """One language's words as written, each key's line (by its dotted path), and why the file
    could not be read ("" when it could)."""
    try:
        text = safeio.read_bytes(root, words_file(lang), limit=1_000_000).decode("utf-8")
    except FileNotFoundError:
        return {}, {}, "filen saknas"
    except (OSError, UnicodeDecodeError, safeio.Unsafe) as err:
        return {}, {}, f"filen kan inte läsas ({err})"
    hidden = HIDDEN.search(text)
    if hidden:
        line = text.count("\n", 0, hidden.start()) + 1
        return {}, {"": line}, f"osynligt tecken {char_name(hidden.group(0))}; ta bort det"
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
    other is made one (and uccn.check.wordfiles names it), so that no file of words can make the build
    write or delete outside the project."""
    if _PATH.fullmatch(value):
        return value
    step = re.sub(r"-{2,}", "-", re.sub(r"[^a-z0-9]+", "-", value.lower())).strip("-") or "x"
    return step + ("/" if value.endswith("/") else "")


def leaves(tree: dict[str, Any], path: str = "") -> dict[str, str]:
    """Every text of a tree by its dotted path."""
    found: dict[str, str] = {}
    for key, value in tree.items():
        here = f"{path}.{key}" if path else key
        found.update(leaves(value, here) if isinstance(value, dict) else {here: value})
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
    return _merged({lang: read_words(root, lang)[0] for lang in LANGS}, read_words(root, ROOT_LANG)[0])


def section(name: str, root: Path = ROOT) -> dict[str, Any]:
    """One section of every language's words, each text as {language: text} ({} when the root
    language's file has none: uccn.check.wordfiles says why)."""
    found = _words(root).get(name, {})
    return found if isinstance(found, dict) else {}


# The texts the code reads by name when it is loaded (a folder's name, the money pattern): each
# must be in the root language's file, and uccn.check.wordfiles names one that is not.
NEEDED: set[str] = set()


def needed(path: str, root: Path = ROOT) -> dict[str, str]:
    """One text the code needs, by its dotted path, as {language: text}; while the root language's
    file lacks it, "" in every language (never a missing key), and uccn.check.wordfiles names it."""
    NEEDED.add(path)
    value: Any = _words(root)
    for part in path.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    if isinstance(value, dict) and value and all(isinstance(v, str) for v in value.values()):
        return value
    return {lang: "" for lang in LANGS}


def own(path: str, root: Path = ROOT) -> dict[str, str]:
    """One text by its dotted path, in the languages whose own file has it (none other: where
    a text is labelled with its language, a fallback would be mislabelled)."""
    found = {}
    for lang in LANGS:
        value: Any = read_words(root, lang)[0]
        for part in path.split("."):
            value = value.get(part) if isinstance(value, dict) else None
        if isinstance(value, str) and value.strip():
            found[lang] = value
    return found


