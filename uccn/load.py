"""Read `data/*.yml` into YAML node trees that keep the line of every value.

Only PyYAML's safe composer is used: nodes carry their position, and nothing in a
data file can construct a Python object. YAML syntax errors become `Problem`s
with file and line instead of tracebacks.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from .model import COLLECTIONS


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong in the data, for an editor to fix."""

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


def _syntax_problem(name: str, err: yaml.YAMLError) -> Problem:
    mark = getattr(err, "problem_mark", None) or getattr(err, "context_mark", None)
    line = mark.line + 1 if mark else 1
    problem = getattr(err, "problem", None) or "okänt fel"
    return Problem(
        name, line, f"YAML-syntaxfel ({problem}); kontrollera indrag, kolon och citattecken"
    )


def _first_tab_line(text: str) -> int | None:
    for number, line in enumerate(text.splitlines(), start=1):
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in indent:
            return number
    return None


def compose_file(path: Path, name: str) -> tuple[yaml.Node | None, list[Problem]]:
    """Parse one file into its root node, or return the problems that stop it."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None, [Problem(name, 1, "filen saknas; den ska finnas även om listan är tom ([])")]
    except UnicodeDecodeError:
        return None, [Problem(name, 1, "filen är inte sparad som UTF-8; spara om den som UTF-8")]
    tab_line = _first_tab_line(text)
    if tab_line is not None:
        return None, [
            Problem(name, tab_line, "tabbtecken används för indrag; använd mellanslag i stället")
        ]
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as err:
        return None, [_syntax_problem(name, err)]
    if node is None:
        return None, [Problem(name, 1, "filen är tom; skriv [] om det inte ska finnas några poster")]
    return node, []


def compose_all(data_dir: Path) -> tuple[dict[str, yaml.Node], list[Problem]]:
    """Compose every collection's file; collect all problems."""
    nodes: dict[str, yaml.Node] = {}
    problems: list[Problem] = []
    for collection in COLLECTIONS:
        path = data_dir / f"{collection}.yml"
        node, found = compose_file(path, display_name(data_dir, path))
        problems.extend(found)
        if node is not None:
            nodes[collection] = node
    return nodes, problems


def display_name(data_dir: Path, path: Path) -> str:
    """`data/decisions.yml`: the name an editor sees in the repository."""
    return f"{data_dir.name}/{path.name}"
