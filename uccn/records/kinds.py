"""One table of field kinds: how each kind of value is checked, described in JSON Schema,
left empty, and written as a blank template, side by side.

A record field's `Spec.kind` names a row of `KINDS`. The validator
(`uccn.check.validate`), the JSON Schemas (`uccn.records.schema`) and the editing guide's
templates (`uccn.records.guide`) all read this table, so a new kind is added here once.
A kind's check is one function of uccn.records.kindchecks or uccn.records.scalars.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import yaml

from ..base.languages import BY_CODE, LANGS
from . import kindchecks as checks
from . import scalars
from .fields import MAX_LENGTH, SEASONS, TITLE_LENGTH, YEARS, Spec, item_spec, specs
from .kindchecks import Check
from .scalars import ID_PATTERN, NULL_TAG, STR_TAG

DATE_PATTERN = (
    r"^(19[0-9]{2}|20[0-9]{2}|2100)(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?|-(" + "|".join(SEASONS) + "))?$"
)
_TEXT = {"type": "string", "minLength": 1, "pattern": r"\S"}
_EMPTY = {"anyOf": [{"type": "null"}, {"type": "string", "pattern": r"^\s*$"}]}


Schema = Callable[[Spec], dict[str, Any]]
Template = Callable[[str, Spec, str, str], list[str]]  # (name, spec, indent, comment) -> lines


def _empty(spec: Spec) -> dict[str, Any]:
    return _EMPTY


def _one_line(name: str, spec: Spec, indent: str, comment: str) -> list[str]:
    return [f"{indent}{name}:{comment}"]


@dataclass(frozen=True)
class Kind:
    check: Check
    schema: Schema  # JSON Schema of a filled-in value
    blank: Schema = _empty  # JSON Schema of an empty value
    template: Template = _one_line
    parts: Callable[[Spec], dict[str, Spec]] | None = None  # a mapping: its parts (empty when all are)
    items: bool = False  # a list: empty when every item is


# --- checks -----------------------------------------------------------------


# --- JSON Schema ----------------------------------------------------------------


def _text_schema(spec: Spec) -> dict[str, Any]:
    return {**_TEXT, "maxLength": spec.max_length or MAX_LENGTH[spec.kind]}


def _id_schema(spec: Spec) -> dict[str, Any]:
    return {"type": "string", "pattern": ID_PATTERN.pattern}


def _ids_schema(spec: Spec) -> dict[str, Any]:
    return {"type": "array", "items": _id_schema(spec), "uniqueItems": True}


def _names_schema(spec: Spec) -> dict[str, Any]:
    return {"type": "array", "items": {"type": "string", "pattern": r"^[a-z_]+$"}}


def _marks_schema(spec: Spec) -> dict[str, Any]:
    return {"type": "object", "propertyNames": {"pattern": r"^[a-z_]+$"},
            "additionalProperties": {**_TEXT, "maxLength": MAX_LENGTH["string"]}}


def _marks_blank(spec: Spec) -> dict[str, Any]:
    return {"anyOf": [_EMPTY, {"type": "object", "maxProperties": 0}]}


def _phrases_schema(spec: Spec) -> dict[str, Any]:
    return {"type": "array", "items": {**_TEXT, "maxLength": TITLE_LENGTH}}


def _string_schema(spec: Spec) -> dict[str, Any]:
    return {"type": "string", "pattern": spec.pattern} if spec.pattern else _text_schema(spec)


def _url_schema(spec: Spec) -> dict[str, Any]:
    return {"type": "string", "pattern": scalars.URL_PATTERN}


def _choice_schema(spec: Spec) -> dict[str, Any]:
    return {"type": "string", "enum": list(spec.choices)}


def _date_schema(spec: Spec) -> dict[str, Any]:
    # YAML reads 2018 as a number and 2018-11 as text.
    return {"anyOf": [{"type": "integer", "minimum": YEARS[0], "maximum": YEARS[1]},
                      {"type": "string", "pattern": DATE_PATTERN}]}


def _bool_schema(spec: Spec) -> dict[str, Any]:
    return {"type": "boolean"}


def _int_schema(spec: Spec) -> dict[str, Any]:
    return _bounds({"type": "integer"}, spec)


def _number_schema(spec: Spec) -> dict[str, Any]:
    return _bounds({"type": "number"}, spec)


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
        # A language still being translated may be left out (uccn.check.translations).
        "required": [lang for lang in LANGS if BY_CODE[lang].complete],
        "additionalProperties": False,
    }


def _texts_schema(spec: Spec) -> dict[str, Any]:
    return {"type": "array", "items": _language_pair(Spec("text"))}


def _object_schema(spec: Spec) -> dict[str, Any]:
    return record_schema(spec.record)


def _objects_schema(spec: Spec) -> dict[str, Any]:
    return {"type": "array", "items": record_schema(spec.record)}


# --- empty values -----------------------------------------------------------------

_LANGUAGES = {lang: Spec("string") for lang in LANGS}


def _languages(spec: Spec) -> dict[str, Spec]:
    return _LANGUAGES


def _fields(spec: Spec) -> dict[str, Spec]:
    return specs(spec.record)


def _list_blank(spec: Spec) -> dict[str, Any]:
    return {"type": "array", "items": blank_schema(item_spec(spec))}


def _parts_blank(spec: Spec) -> dict[str, Any]:
    parts = KINDS[spec.kind].parts
    assert parts is not None
    return {"type": "object", "properties": {n: blank_schema(s) for n, s in parts(spec).items()},
            "additionalProperties": False}


# --- blank templates ------------------------------------------------------------


def _text_template(name: str, spec: Spec, indent: str, comment: str) -> list[str]:
    return [f"{indent}{name}:{comment}", *(f'{indent}  {lang}: ""' for lang in LANGS)]


def _texts_template(name: str, spec: Spec, indent: str, comment: str) -> list[str]:
    first, *rest = LANGS
    return [f"{indent}{name}:{comment}", f'{indent}  - {first}: ""', *(f'{indent}    {lang}: ""' for lang in rest)]


def _list_template(name: str, spec: Spec, indent: str, comment: str) -> list[str]:
    return [f"{indent}{name}: []{comment}"]


def _object_template(name: str, spec: Spec, indent: str, comment: str) -> list[str]:
    return [f"{indent}{name}:{comment}", *template_lines(spec.record, indent + "  ")]


def _objects_template(name: str, spec: Spec, indent: str, comment: str) -> list[str]:
    inner = template_lines(spec.record, indent + "    ")
    return [f"{indent}{name}:{comment}", indent + "  - " + inner[0].lstrip(), *inner[1:]]


# --- the table --------------------------------------------------------------------

KINDS: dict[str, Kind] = {
    "id": Kind(checks.identifier, _id_schema),
    "ref": Kind(checks.identifier, _id_schema),
    "refs": Kind(checks.identifiers, _ids_schema, _list_blank, _list_template, items=True),
    "names": Kind(checks.names, _names_schema, _list_blank, _list_template, items=True),
    "phrases": Kind(checks.phrases, _phrases_schema, _list_blank, _list_template, items=True),  # words as a source writes them
    "marks": Kind(checks.marks, _marks_schema, _marks_blank),  # field -> the words of a quote that say it
    "string": Kind(scalars.string, _string_schema),
    "url": Kind(scalars.url, _url_schema),
    "choice": Kind(scalars.choice, _choice_schema),
    "date": Kind(scalars.date, _date_schema),
    "bool": Kind(scalars.boolean, _bool_schema),
    "int": Kind(checks.number, _int_schema),
    "number": Kind(checks.number, _number_schema),
    "text": Kind(checks.text, _language_pair, _parts_blank, _text_template, parts=_languages),
    "texts": Kind(checks.texts, _texts_schema, _list_blank, _texts_template, items=True),
    "object": Kind(checks.record, _object_schema, _parts_blank, _object_template, parts=_fields),
    "objects": Kind(checks.records, _objects_schema, _list_blank, _objects_template, items=True),
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


def record_schema(cls: type, published: bool = False) -> dict[str, Any]:
    """The JSON Schema of a record as written in data/, or as published (with its derived fields)."""
    fields = {name: s for name, s in specs(cls).items() if published or not s.derived}
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
    if spec.fact:
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
        if spec.derived:
            continue  # worked out from other records, never written
        lines += KINDS[spec.kind].template(name, spec, indent, _comment(spec))
    return lines
