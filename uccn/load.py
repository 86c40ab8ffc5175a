"""Read `data/*.yml` into YAML node trees that keep the line of every value.

Only PyYAML's safe composer is used: nodes carry their position, and nothing in a
data file can construct a Python object. YAML syntax errors become `Problem`s
with file and line instead of tracebacks.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import yaml

from .model import COLLECTIONS
from .problem import Problem, suggest

TEXTS = "texts"  # data/texts/: the stored texts of sources, named by stored_text


# Characters that do not show, or that turn text around or hide it in a terminal:
# control characters (but tab and line break), zero-width and direction marks,
# bidirectional embeddings, overrides and isolates, and the byte order mark.
HIDDEN = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)


def char_name(c: str) -> str:
    """A character as an editor can find it: itself if visible, and its Unicode name."""
    shown = f"'{c}' " if c.isprintable() and not HIDDEN.match(c) else ""
    return f"{shown}(U+{ord(c):04X} {unicodedata.name(c, 'styrtecken')})"


def visible(text: str) -> str:
    """Text for a terminal message: hidden characters as \\u escapes, so none can hide a line."""
    return HIDDEN.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)


class CoreLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """PyYAML's safe loader (libyaml when present) with YAML 1.2 core-schema types.

    YAML 1.1 reads `050` as octal 40, `0x14` and `1:40` as numbers and `yes`/`no`/`on`
    as booleans. Here only `true`/`false` are booleans, only decimal digits are
    numbers (the validator refuses leading zeros) and `.nan`/`.inf` are text, which
    no number field accepts."""

    _tags: ClassVar[dict[str, str]] = {}  # plain scalar -> its tag, shared: the same words recur in every record

    def resolve(self, kind, value, implicit):
        """PyYAML's resolution, without its per-node overhead: no path resolvers are
        used, so a node's tag depends only on its kind and, for plain scalars, its text."""
        if kind is yaml.ScalarNode:
            if not implicit[0]:
                return self.DEFAULT_SCALAR_TAG
            tag = self._tags.get(value)
            if tag is None:
                tag = super().resolve(kind, value, implicit)
                if len(value) <= 80:
                    self._tags[value] = tag
            return tag
        return self.DEFAULT_SEQUENCE_TAG if kind is yaml.SequenceNode else self.DEFAULT_MAPPING_TAG

    def descend_resolver(self, current_node, current_index):
        pass

    def ascend_resolver(self):
        pass


CoreLoader.yaml_implicit_resolvers = {}
for _tag, _pattern, _first in [
    ("bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("int", r"^[-+]?[0-9]+$", "-+0123456789"),
    ("float", r"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$", "-+.0123456789"),
    ("null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
]:
    CoreLoader.add_implicit_resolver(f"tag:yaml.org,2002:{_tag}", re.compile(_pattern), list(_first))


# What the YAML parser says (in English), and what it means for an editor.
_SYNTAX = [
    ("mapping values are not allowed", "ett kolon står där det inte får stå; sätt texten inom citattecken"),
    ("could not find expected ':'", "ett kolon saknas efter namnet"),
    ("did not find expected key", "indraget stämmer inte med raderna ovanför"),
    ("did not find expected '-' indicator", "indraget stämmer inte, eller ett bindestreck saknas i listan"),
    ("did not find expected ',' or ']'", "en lista inom [ ] är inte avslutad med ]"),
    ("did not find expected ',' or '}'", "en samling inom { } är inte avslutad med }"),
    ("found unexpected end of stream", "ett citattecken eller en klammer är inte avslutad"),
    ("cannot start any token", "raden börjar med ett tecken som måste stå inom citattecken, som @ eller `"),
    ("unknown escape character", "ett omvänt snedstreck (\\) inom dubbla citattecken; använd enkla citattecken"),
    ("undefined tag handle", "en tagg som börjar med ! går inte att läsa; ta bort den"),
    ("undefined alias", "ankare och alias (&namn och *namn) används inte i datan; skriv ut värdet där det behövs"),
]


def _syntax_problem(name: str, err: yaml.YAMLError) -> Problem:
    mark = getattr(err, "problem_mark", None) or getattr(err, "context_mark", None)
    line = mark.line + 1 if mark else 1
    problem = getattr(err, "problem", None) or ""
    meaning = next((swedish for english, swedish in _SYNTAX if english in problem), "något i raden går inte att läsa")
    return Problem(name, line, f"YAML-syntaxfel: {meaning}. Kontrollera indrag, kolon och citattecken")


_ANCHOR_OR_ALIAS = re.compile(r"(?:^|[\s\[{,])[&*][^\s,\]}]")


def _alias_problems(text: str, name: str) -> list[Problem]:
    """Anchors and aliases (&namn, *namn) make one value stand in two places, and a
    mistake in it is reported at the first; our data has no need for them."""
    if not _ANCHOR_OR_ALIAS.search(text):  # the parse below is only needed when one may be there
        return []
    problems = []
    for event in yaml.parse(text, Loader=CoreLoader):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            problems.append(Problem(name, event.start_mark.line + 1,
                                    "ankare och alias (&namn och *namn) används inte i datan; skriv ut värdet där det behövs"))
    return problems


def _first_tab_line(text: str) -> int | None:
    for number, line in enumerate(text.splitlines(), start=1):
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in indent:
            return number
    return None


def compose_file(path: Path, name: str) -> tuple[yaml.Node | None, list[Problem]]:
    """Parse one file into its root node, or return the problems that stop it."""
    try:
        text = path.read_text(encoding="utf-8-sig")  # a byte order mark at the start is fine
    except FileNotFoundError:
        return None, [Problem(name, 1, "filen saknas; den ska finnas även om listan är tom ([])")]
    except UnicodeDecodeError as err:
        line = path.read_bytes()[: err.start].count(b"\n") + 1
        return None, [Problem(name, line, "filen är inte sparad som UTF-8 (första felaktiga tecknet står på "
                                          "den här raden); spara om den som UTF-8")]
    hidden = HIDDEN.search(text)
    if hidden:  # YAML refuses some of them with an unreadable error; none belongs in our data
        line = text.count("\n", 0, hidden.start()) + 1
        column = hidden.start() - (text.rfind("\n", 0, hidden.start()) + 1) + 1
        return None, [Problem(name, line, f"osynligt tecken {char_name(hidden.group(0))} i kolumn {column}; ta bort det")]
    tab_line = _first_tab_line(text)
    if tab_line is not None:
        return None, [
            Problem(name, tab_line, "tabbtecken används för indrag; använd mellanslag i stället")
        ]
    try:
        node = yaml.compose(text, Loader=CoreLoader)
    except yaml.YAMLError as err:
        return None, [_syntax_problem(name, err)]
    aliases = _alias_problems(text, name)
    if aliases:
        return None, aliases
    if node is None:
        return None, [Problem(name, 1, "filen är tom; skriv [] om det inte ska finnas några poster")]
    return node, []


def compose_all(data_dir: Path) -> tuple[dict[str, yaml.Node], list[Problem]]:
    """Compose every collection's file; collect all problems."""
    nodes: dict[str, yaml.Node] = {}
    problems: list[Problem] = list(_unread_files(data_dir))
    for collection in COLLECTIONS:
        path = data_dir / f"{collection}.yml"
        node, found = compose_file(path, display_name(data_dir, path))
        problems.extend(found)
        if node is not None:
            nodes[collection] = node
    return nodes, problems


def _unread_files(data_dir: Path) -> Iterator[Problem]:
    """A file in data/ that nothing reads (decisions.yaml, beslut.yml) would be silently ignored."""
    expected = [f"{c}.yml" for c in COLLECTIONS]
    for path in sorted(data_dir.iterdir()) if data_dir.is_dir() else ():
        if path.name in expected or path.name == TEXTS or path.name.startswith("."):
            continue
        yield Problem(display_name(data_dir, path), 1,
                      f"filen läses inte.{suggest(path.name, expected, 0.5)} Datafilerna är {', '.join(expected)}; källtexter ligger i {TEXTS}/")


def display_name(data_dir: Path, path: Path) -> str:
    """`data/decisions.yml`: the name an editor sees in the repository."""
    return f"{data_dir.name}/{path.name}"
