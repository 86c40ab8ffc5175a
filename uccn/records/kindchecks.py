"""How each kind of field made of other values is checked: ids and lists of ids, names,
phrases, marked words, numbers, texts, and records within records.

Each check gets the file's `Checker` (uccn.check.checker.FileChecker), the node, the field's
spec and name; it returns the value, or raises `Invalid` after the problem is recorded.
Single values are checked by uccn.records.scalars; the table that names a check for each
kind is uccn.records.kinds."""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, Protocol

import yaml

from . import scalars
from .fields import MAX_LENGTH, TITLE_LENGTH, Spec, Text
from .parts import Mark
from .scalars import Invalid, Reporter, single


class Checker(Reporter, Protocol):
    """What a kind's check may call back: the file's checker, for values made of values."""

    def nested(self, node: yaml.Node, cls: type | None, name: str) -> Any: ...

    def sequence(self, node: yaml.Node, name: str) -> list[yaml.Node]: ...


Check = Callable[[Checker, yaml.Node, Spec, str], Any]  # (checker, node, spec, field name) -> value


def records(checker: Checker, node: yaml.Node, spec: Spec, name: str) -> tuple[Any, ...]:
    items, broken = [], False
    for item in checker.sequence(node, name):
        try:
            items.append(checker.nested(item, spec.record, name))
        except Invalid:
            broken = True
    if broken:
        raise Invalid()
    return tuple(items)


def identifier(checker: Checker, node: yaml.Node, spec: Spec, name: str) -> str:
    return scalars.identifier(checker, single(checker, node, name), name)


def identifiers(checker: Checker, node: yaml.Node, spec: Spec, name: str) -> tuple[str, ...]:
    """A list of ids, each once (a second one says nothing more, and the open data's table of the
    list has one row per id: uccn.publish.tables)."""
    found: list[str] = []
    for item in checker.sequence(node, name):
        value = scalars.identifier(checker, item, name)
        if value in found:
            raise checker.fail(item, f"'{name}' nämner '{value}' två gånger; skriv varje id en gång")
        found.append(value)
    return tuple(found)


def names(checker: Checker, node: yaml.Node, spec: Spec, name: str) -> tuple[str, ...]:
    return tuple(scalars.plain_text(checker, item, name) for item in checker.sequence(node, name))


def phrases(checker: Checker, node: yaml.Node, spec: Spec, name: str) -> tuple[str, ...]:
    return tuple(scalars.plain_text(checker, item, name, TITLE_LENGTH) for item in checker.sequence(node, name))


def marks(checker: Checker, node: yaml.Node, spec: Spec, name: str) -> tuple[Any, ...]:
    """`says: {field: "marked words", ...}`: each field once, each with words of the quote."""
    if not isinstance(node, yaml.MappingNode):
        raise checker.fail(node, f"'{name}' ska vara fält med de ord i citatet som säger dem, t.ex. "
                                 f"{name}: {{amount_sek: \"100 000 kronor per år\"}}; men är {scalars.shown(node)}")
    found, seen, broken = [], set(), False
    for key, value in node.value:
        field = scalars.plain_text(checker, key, name) if isinstance(key, yaml.ScalarNode) else None
        if field is None or not re.fullmatch(r"[a-z_]+", field):
            checker.report(key, f"'{name}' ska ha fältnamn som nycklar (t.ex. amount_sek)")
            broken = True
            continue
        if field in seen:
            checker.report(key, f"'{name}' nämner '{field}' två gånger; markera orden för ett fält en gång")
            broken = True
            continue
        seen.add(field)
        try:
            found.append(Mark(field, scalars.plain_text(checker, value, f"{name}.{field}"), value.start_mark.line + 1))
        except Invalid:
            broken = True
    if broken:
        raise Invalid()
    return tuple(found)


def number(checker: Checker, node: yaml.Node, spec: Spec, name: str) -> float | int:
    return scalars.number(checker, node, spec, name)


def text(checker: Checker, node: yaml.Node, spec: Spec, name: str) -> Text:
    return scalars.text(checker, node, name, spec.max_length or MAX_LENGTH["text"])


def texts(checker: Checker, node: yaml.Node, spec: Spec, name: str) -> tuple[Text, ...]:
    return tuple(scalars.text(checker, item, name) for item in checker.sequence(node, name))


def record(checker: Checker, node: yaml.Node, spec: Spec, name: str) -> Any:
    return checker.nested(node, spec.record, name)
