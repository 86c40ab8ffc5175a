"""One file's records checked against their specs, field by field.

`FileChecker` keeps the file's problems. `record` checks one mapping against a
record class and hands each field's value to its kind's check (`uccn.records.kinds`),
which calls back `nested` and `sequence` for values made of values and the
functions of `uccn.records.scalars` for single ones. Nothing stops at the first problem.
"""
from __future__ import annotations

import dataclasses
from typing import Any

import yaml

from ..base.characters import visible
from ..base.problem import Problem, suggest
from ..records.fields import Spec, Where, specs
from ..records.kinds import KINDS, is_blank
from ..records.scalars import NULL_TAG, STR_TAG, Invalid, shown

_KNOWN_TAGS = {STR_TAG, NULL_TAG, *(f"tag:yaml.org,2002:{t}" for t in ("bool", "int", "float", "map", "seq"))}


def line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def record_where(file: str, node: yaml.MappingNode) -> Where:
    """Where a record is written, with the line of each of its fields' values."""
    fields = tuple((k.value, line(v)) for k, v in node.value if isinstance(k, yaml.ScalarNode))
    return Where(file, line(node), fields)


class FileChecker:
    """Checks one file's records against their specs; each kind's own check is in uccn.records.kinds."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[Problem] = []

    def report(self, node: yaml.Node | int, message: str) -> None:
        self.problems.append(Problem(self.file, node if isinstance(node, int) else line(node), message))

    def fail(self, node: yaml.Node, message: str) -> Invalid:
        self.report(node, message)
        return Invalid()

    def record(self, node: yaml.Node, cls: type, what: str) -> dict[str, Any]:
        """Check one mapping against a record class; return its field values."""
        if not isinstance(node, yaml.MappingNode):
            raise self.fail(node, f"{what} ska vara en samling fält (nyckel: värde), men är {shown(node)}")
        fields = specs(cls)
        seen: dict[str, int] = {}
        empty: set[str] = set()
        values: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if key is None:
                self.report(key_node, "en nyckel måste vara ett enkelt namn")
            elif key in seen:
                self.report(key_node, f"nyckeln '{key}' finns två gånger (första gången på rad {seen[key]}); "
                                      "ta bort en av dem")
            elif key not in fields:
                seen[key] = line(key_node)
                self.report(key_node, f"okänd nyckel '{key}' i {what}.{suggest(key, list(fields))} "
                                      f"Tillåtna nycklar: {', '.join(fields)}")
            elif fields[key].derived:
                seen[key] = line(key_node)
                self.report(key_node, f"'{key}' skrivs inte i {what}: {fields[key].derived}")
            else:
                seen[key] = line(key_node)
                try:
                    value = self.value(value_node, fields[key], key)
                except Invalid:
                    continue
                if value is None:
                    empty.add(key)
                else:
                    values[key] = value
        for name, field_spec in fields.items():
            if field_spec.required and name in empty:
                self.report(seen[name], f"fältet '{name}' är obligatoriskt och får inte vara tomt")
            elif field_spec.required and name not in seen:
                self.report(node, f"{what} saknar det obligatoriska fältet '{name}'")
        return values

    def value(self, node: yaml.Node, field_spec: Spec, name: str) -> Any:
        """One field's value, None when left empty ("not stated in the source")."""
        if node.tag not in _KNOWN_TAGS:  # !!binary, !foo: never needed in our data
            raise self.fail(node, f"'{name}' har YAML-taggen '{visible(node.tag)}'; ta bort taggen (ordet som börjar med !)")
        if is_blank(node, field_spec):
            return None
        return KINDS[field_spec.kind].check(self, node, field_spec, name)

    def nested(self, node: yaml.Node, cls: type | None, name: str) -> Any:
        """A value made of fields, such as a period; invalid if any of its fields is."""
        if cls is None:
            raise RuntimeError(f"Field '{name}' has no record class")
        before = len(self.problems)
        values = self.record(node, cls, f"'{name}'")
        if len(self.problems) > before:
            raise Invalid()
        if "where" in {f.name for f in dataclasses.fields(cls)}:  # nested records messages point into (evidence)
            values["where"] = record_where(self.file, node)
        return cls(**values)

    def sequence(self, node: yaml.Node, name: str) -> list[yaml.Node]:
        if not isinstance(node, yaml.SequenceNode):
            raise self.fail(node, f"'{name}' ska vara en lista (rader som börjar med '- '), men är {shown(node)}")
        return node.value
