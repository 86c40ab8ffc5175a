"""One table of field kinds: how each kind of value is checked, described in JSON Schema,
left empty, and written as a blank template, side by side.

A record field's `Spec.kind` names a row of `KINDS`. The validator
(`uccn.validate`), the JSON Schemas (`uccn.schema`) and the editing guide's
templates (`uccn.guide`) all read this table, so a new kind is added here once.
A check gets the validator's `_Checker` (its primitives: `fail`, `plain_text`,
`text`, `identifier`, `number`, `nested`, `sequence`) and returns the value, or
raises through `checker.fail(...)` after recording the problem.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import yaml

from .fields import MAX_LENGTH, SEASONS, TITLE_LENGTH, YEARS, PartialDate, Spec, item_spec, specs
from .languages import LANGS
from .load import visible
from .problem import suggest

STR_TAG = "tag:yaml.org,2002:str"
NULL_TAG = "tag:yaml.org,2002:null"
BOOL_TAG = "tag:yaml.org,2002:bool"
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ID_LENGTH = 80  # an id is a file name and part of an address
_URL = r"^https://\S+$"
DATE_PATTERN = (
    r"^(19[0-9]{2}|20[0-9]{2}|2100)(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?|-(" + "|".join(SEASONS) + "))?$"
)
_TEXT = {"type": "string", "minLength": 1, "pattern": r"\S"}
_EMPTY = {"anyOf": [{"type": "null"}, {"type": "string", "pattern": r"^\s*$"}]}
DATE_FORMS = "Skriv 2021, 2021-03, 2021-03-15 eller 2021-autumn, så exakt som källan anger"


def shown(node: yaml.Node) -> str:
    """A value as a message quotes it: short, and with nothing in it that could hide a line."""
    if isinstance(node, yaml.ScalarNode):
        value = node.value if len(node.value) <= 40 else node.value[:37] + "..."
        return f"'{visible(value)}'"
    return "en lista" if isinstance(node, yaml.SequenceNode) else "en nyckel-värde-samling"


@dataclass(frozen=True)
class Kind:
    check: Callable[[Any, yaml.Node, Spec, str], Any]  # (checker, node, spec, field name) -> value
    schema: Callable[[Spec], dict[str, Any]]  # JSON Schema of a filled-in value
    blank: Callable[[Spec], dict[str, Any]] = lambda _: _EMPTY  # JSON Schema of an empty value
    template: Callable[[str, Spec, str, str], list[str]] = lambda name, _, indent, comment: [
        f"{indent}{name}:{comment}"
    ]
    parts: Callable[[Spec], dict[str, Spec]] | None = None  # a mapping: its parts (empty when all are)
    items: bool = False  # a list: empty when every item is


# --- checks -----------------------------------------------------------------


def _single(checker: Any, node: yaml.Node, name: str) -> yaml.ScalarNode:
    if not isinstance(node, yaml.ScalarNode):
        raise checker.fail(node, f"'{name}' ska vara ett enskilt värde, men är {shown(node)}")
    return node


def _string(checker: Any, node: yaml.Node, spec: Spec, name: str) -> str:
    value = checker.plain_text(_single(checker, node, name), name, spec.max_length or MAX_LENGTH["string"])
    if spec.pattern and not re.fullmatch(spec.pattern.strip("^$"), value):
        raise checker.fail(node, f"'{name}' kan inte vara {shown(node)}. {spec.doc}")
    return value


def _url(checker: Any, node: yaml.Node, spec: Spec, name: str) -> str:
    value = checker.plain_text(_single(checker, node, name), name)
    if not re.match(_URL, value):
        raise checker.fail(node, f"'{name}' ska vara en webbadress som börjar med https://, men är {shown(node)}")
    return value


def _choice(checker: Any, node: yaml.Node, spec: Spec, name: str) -> str:
    value = checker.plain_text(_single(checker, node, name), name)
    if value not in spec.choices:
        raise checker.fail(
            node, f"'{name}' kan inte vara '{visible(value)}'.{suggest(value, spec.choices)} "
                  f"Tillåtna värden: {', '.join(spec.choices)}",
        )
    return value


def _date(checker: Any, node: yaml.Node, spec: Spec, name: str) -> PartialDate:
    node = _single(checker, node, name)
    try:
        return PartialDate.parse(node.value)
    except ValueError as err:
        reason = str(err) if "day is out of range" not in str(err) else "dagen finns inte i den månaden"
        raise checker.fail(node, f"'{name}' är inget giltigt datum: {shown(node)} ({reason}). {DATE_FORMS}") from None


def _bool(checker: Any, node: yaml.Node, spec: Spec, name: str) -> bool:
    if _single(checker, node, name).tag != BOOL_TAG:
        raise checker.fail(node, f"'{name}' ska vara true eller false, men är {shown(node)}")
    return node.value.lower() == "true"


def _objects(checker: Any, node: yaml.Node, spec: Spec, name: str) -> tuple[Any, ...]:
    items, broken = [], False
    for item in checker.sequence(node, name):
        try:
            items.append(checker.nested(item, spec.record, name))
        except checker.Invalid:
            broken = True
    if broken:
        raise checker.Invalid()
    return tuple(items)


# --- JSON Schema ----------------------------------------------------------------


def _text_schema(spec: Spec) -> dict[str, Any]:
    return {**_TEXT, "maxLength": spec.max_length or MAX_LENGTH[spec.kind]}


def _bounds(schema: dict[str, Any], spec: Spec) -> dict[str, Any]:
    if spec.minimum is not None:
        schema["minimum"] = spec.minimum
    if spec.maximum is not None:
        schema["maximum"] = spec.maximum
    return schema


def _language_pair(spec: Spec) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {lang: _text_schema(spec) for lang in LANGS},
        "required": list(LANGS),
        "additionalProperties": False,
    }


def _list_blank(spec: Spec) -> dict[str, Any]:
    return {"type": "array", "items": blank_schema(item_spec(spec))}


def _mapping_blank(parts: dict[str, Spec]) -> dict[str, Any]:
    return {"type": "object", "properties": {n: blank_schema(s) for n, s in parts.items()}, "additionalProperties": False}


_LANGUAGES = {lang: Spec("string") for lang in LANGS}


# --- blank templates ------------------------------------------------------------


def _text_template(name: str, spec: Spec, indent: str, comment: str) -> list[str]:
    return [f"{indent}{name}:{comment}", f'{indent}  sv: ""', f'{indent}  en: ""']


def _texts_template(name: str, spec: Spec, indent: str, comment: str) -> list[str]:
    return [f"{indent}{name}:{comment}", f'{indent}  - sv: ""', f'{indent}    en: ""']


def _list_template(name: str, spec: Spec, indent: str, comment: str) -> list[str]:
    return [f"{indent}{name}: []{comment}"]


def _object_template(name: str, spec: Spec, indent: str, comment: str) -> list[str]:
    return [f"{indent}{name}:{comment}", *template_lines(spec.record, indent + "  ")]


def _objects_template(name: str, spec: Spec, indent: str, comment: str) -> list[str]:
    inner = template_lines(spec.record, indent + "    ")
    return [f"{indent}{name}:{comment}", indent + "  - " + inner[0].lstrip(), *inner[1:]]


# --- the table --------------------------------------------------------------------

_ID_SCHEMA = {"type": "string", "pattern": ID_PATTERN.pattern}

KINDS: dict[str, Kind] = {
    "id": Kind(lambda c, node, spec, name: c.identifier(_single(c, node, name), name), lambda spec: dict(_ID_SCHEMA)),
    "ref": Kind(lambda c, node, spec, name: c.identifier(_single(c, node, name), name), lambda spec: dict(_ID_SCHEMA)),
    "refs": Kind(
        lambda c, node, spec, name: tuple(c.identifier(i, name) for i in c.sequence(node, name)),
        lambda spec: {"type": "array", "items": dict(_ID_SCHEMA)}, _list_blank, _list_template, items=True,
    ),
    "names": Kind(
        lambda c, node, spec, name: tuple(c.plain_text(i, name) for i in c.sequence(node, name)),
        lambda spec: {"type": "array", "items": {"type": "string", "pattern": r"^[a-z_]+$"}},
        _list_blank, _list_template, items=True,
    ),
    "phrases": Kind(  # words as a source writes them, e.g. the names it uses for a record
        lambda c, node, spec, name: tuple(c.plain_text(i, name, TITLE_LENGTH) for i in c.sequence(node, name)),
        lambda spec: {"type": "array", "items": {**_TEXT, "maxLength": TITLE_LENGTH}},
        _list_blank, _list_template, items=True,
    ),
    "string": Kind(
        _string, lambda spec: {"type": "string", "pattern": spec.pattern} if spec.pattern else _text_schema(spec)
    ),
    "url": Kind(_url, lambda spec: {"type": "string", "pattern": _URL}),
    "choice": Kind(_choice, lambda spec: {"type": "string", "enum": list(spec.choices)}),
    "date": Kind(
        _date,
        # YAML reads 2018 as a number and 2018-11 as text.
        lambda spec: {"anyOf": [{"type": "integer", "minimum": YEARS[0], "maximum": YEARS[1]},
                                {"type": "string", "pattern": DATE_PATTERN}]},
    ),
    "bool": Kind(_bool, lambda spec: {"type": "boolean"}),
    "int": Kind(lambda c, node, spec, name: c.number(_single(c, node, name), spec, name),
                lambda spec: _bounds({"type": "integer"}, spec)),
    "number": Kind(lambda c, node, spec, name: c.number(_single(c, node, name), spec, name),
                   lambda spec: _bounds({"type": "number"}, spec)),
    "text": Kind(
        lambda c, node, spec, name: c.text(node, name, spec.max_length or MAX_LENGTH["text"]),
        _language_pair, lambda spec: _mapping_blank(_LANGUAGES), _text_template, parts=lambda spec: _LANGUAGES,
    ),
    "texts": Kind(
        lambda c, node, spec, name: tuple(c.text(i, name) for i in c.sequence(node, name)),
        lambda spec: {"type": "array", "items": _language_pair(Spec("text"))}, _list_blank, _texts_template, items=True,
    ),
    "object": Kind(
        lambda c, node, spec, name: c.nested(node, spec.record, name),
        lambda spec: record_schema(spec.record), lambda spec: _mapping_blank(specs(spec.record)), _object_template,
        parts=lambda spec: specs(spec.record),
    ),
    "objects": Kind(
        _objects, lambda spec: {"type": "array", "items": record_schema(spec.record)}, _list_blank, _objects_template,
        items=True,
    ),
}


# --- what the other modules call ----------------------------------------------------


def is_blank(node: yaml.Node, spec: Spec) -> bool:
    """True for a value left empty: nothing, "", or only empty parts (`sv: ""` and
    `en: ""`; a period whose start and end are empty). An empty optional field means
    "not stated in the source"; an empty required one is an error. A value with one
    part filled in is not empty, so a text in one language only is still caught."""
    if isinstance(node, yaml.ScalarNode):
        return node.tag == NULL_TAG or (node.tag == STR_TAG and not node.value.strip())
    kind = KINDS[spec.kind]
    if isinstance(node, yaml.SequenceNode) and kind.items:
        item = item_spec(spec)
        return all(is_blank(child, item) for child in node.value)  # [] too: a list with nothing in it
    if isinstance(node, yaml.MappingNode) and kind.parts:
        parts = kind.parts(spec)
        return all(
            isinstance(key, yaml.ScalarNode) and key.value in parts and is_blank(value, parts[key.value])
            for key, value in node.value
        )
    return False


def blank_schema(spec: Spec) -> dict[str, Any]:
    """What an empty value of this field looks like in JSON Schema (is_blank)."""
    return KINDS[spec.kind].blank(spec)


def field_schema(spec: Spec) -> dict[str, Any]:
    schema = KINDS[spec.kind].schema(spec)
    if not spec.required:  # left empty means "not stated in the source"
        schema = {"anyOf": [schema, blank_schema(spec)]}
    return {**({"description": spec.doc} if spec.doc else {}), **schema}


def record_schema(cls: type) -> dict[str, Any]:
    fields = specs(cls)
    return {
        "type": "object",
        "properties": {name: field_schema(s) for name, s in fields.items()},
        "required": [name for name, s in fields.items() if s.required],
        "additionalProperties": False,
    }


def _comment(spec: Spec) -> str:
    parts = []
    if spec.kind == "choice":
        parts.append(" | ".join(spec.choices))
    if spec.ref:
        parts.append(f"id i data/{spec.ref}.yml")
    if spec.doc:
        parts.append(spec.doc.rstrip("."))
    if spec.claim:
        parts.append("visas som fakta: behöver ett belägg i evidence")
    if spec.kind == "objects" and getattr(spec.record, "__name__", "") == "Evidence":
        parts.append("obligatoriskt för varje ifylld uppgift som visas som fakta")  # the evidence check asks for it
    else:
        parts.append("obligatoriskt" if spec.required else "valfritt")
    return "  # " + "; ".join(parts)


def template_lines(cls: type, indent: str) -> list[str]:
    """Every field of a record class, left empty, with what is allowed in a comment."""
    lines: list[str] = []
    for name, spec in specs(cls).items():
        lines += KINDS[spec.kind].template(name, spec, indent, _comment(spec))
    return lines
