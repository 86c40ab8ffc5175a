"""YAML as this site reads it: the 1.2 core schema's types (libyaml when present), and
each plain value a YAML 1.1 reader would take for another type."""
from __future__ import annotations

import re
from typing import ClassVar

import yaml

from ..base.characters import visible
from ..base.problem import Problem


class CoreLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """PyYAML's safe loader (libyaml when present) with YAML 1.2 core-schema types.

    YAML 1.1 reads `050` as octal 40, `0x14` and `1:40` as numbers and `yes`/`no`/`on`
    as booleans. Here only `true`/`false` are booleans, only decimal digits are
    numbers (the validator refuses leading zeros) and `.nan`/`.inf` are text, which
    no number field accepts."""

    # plain scalar -> (its tag, whether a YAML 1.1 reader gives it another), shared: the same words
    # recur in every record
    _tags: ClassVar[dict[str, tuple[str, bool]]] = {}

    def __init__(self, stream) -> None:
        super().__init__(stream)
        self.older: list[str] = []  # the plain values a YAML 1.1 reader takes for another type (yaml11_problems)

    def resolve(self, kind, value, implicit):
        """PyYAML's resolution, without its per-node overhead: no path resolvers are
        used, so a node's tag depends only on its kind and, for plain scalars, its text."""
        if kind is yaml.ScalarNode:
            if not implicit[0]:
                return self.DEFAULT_SCALAR_TAG
            known = self._tags.get(value)
            if known is None:
                tag = super().resolve(kind, value, implicit)
                known = (tag, _YAML11.resolve(kind, value, implicit) != tag)
                if len(value) <= 80:
                    self._tags[value] = known
            if known[1]:
                self.older.append(value)
            return known[0]
        return self.DEFAULT_SEQUENCE_TAG if kind is yaml.SequenceNode else self.DEFAULT_MAPPING_TAG

    def descend_resolver(self, current_node, current_index):
        pass

    def ascend_resolver(self):
        pass


_YAML11 = yaml.resolver.Resolver()  # YAML 1.1's types, as PyYAML's safe_load has them
CoreLoader.yaml_implicit_resolvers = {}
for _tag, _pattern, _first in [
    ("bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("int", r"^[-+]?[0-9]+$", "-+0123456789"),
    ("float", r"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$", "-+.0123456789"),
    ("null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
]:
    CoreLoader.add_implicit_resolver(f"tag:yaml.org,2002:{_tag}", re.compile(_pattern), list(_first))


_TYPE_WORDS = {"timestamp": "ett datum", "bool": "sant/falskt", "int": "ett tal", "float": "ett tal",
               "null": "tomt", "str": "text"}


def yaml11_problems(node: yaml.Node, name: str) -> list[Problem]:
    """Each plain value a YAML 1.1 reader (PyYAML's safe_load, and many tools) takes for another type
    than this site's reader (YAML 1.2's core schema) does: a date with a day, yes/no/on/off, 1:40,
    0x14. Written in quotes, every reader reads it the same, and the published schemas hold either
    way. Looked for only where CoreLoader.resolve met one."""
    problems = []
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, yaml.ScalarNode):
            if not current.style:  # plain (libyaml says "", PyYAML None)
                old = _YAML11.resolve(yaml.ScalarNode, current.value, (True, False))
                if old != current.tag:
                    kind = _TYPE_WORDS.get(old.rsplit(":", 1)[-1], "något annat")
                    problems.append(Problem(name, current.start_mark.line + 1, (
                        f"'{visible(current.value)}' läses som {kind} av program som följer den äldre YAML 1.1 "
                        f"(till exempel PyYAML); skriv det inom citattecken: \"{visible(current.value)}\" "
                        "(a YAML 1.1 reader would read it as another type)")))
        elif isinstance(current, yaml.SequenceNode):
            stack.extend(current.value)
        elif isinstance(current, yaml.MappingNode):
            stack.extend(part for pair in current.value for part in pair)
    return sorted(problems)
