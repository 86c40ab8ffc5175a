"""JSON Schema for each data file, derived from the same field specs as the validator.

Editors get it through the first line of each YAML file
(`# yaml-language-server: $schema=../schemas/NAME.schema.json`), so VS Code and
other editors flag many mistakes while typing. Rules across records (ids that
must exist, no duplicates, periods in order) are the validator's alone.
Write the files with `python -m uccn schema`.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .model import COLLECTIONS, MAX_LENGTH, SEASONS, YEARS, Spec, item_spec, specs
from .site import write_if_changed
from .validate import ID_PATTERN

_DATE_PATTERN = (
    r"^(19[0-9]{2}|20[0-9]{2}|2100)(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?|-(" + "|".join(SEASONS) + "))?$"
)
_TEXT = {"type": "string", "minLength": 1, "pattern": r"\S"}


def _text(field_spec: Spec) -> dict[str, Any]:
    return {**_TEXT, "maxLength": field_spec.max_length or MAX_LENGTH[field_spec.kind]}


_EMPTY = {"anyOf": [{"type": "null"}, {"type": "string", "pattern": r"^\s*$"}]}


def _blank(field_spec: Spec) -> dict[str, Any]:
    """What an empty value of this field looks like (the validator's `is_blank`)."""
    kind = field_spec.kind
    if kind == "text":
        return {"type": "object", "properties": {"sv": _EMPTY, "en": _EMPTY}, "additionalProperties": False}
    if kind == "object":
        fields = specs(field_spec.record)
        return {
            "type": "object",
            "properties": {name: _blank(s) for name, s in fields.items()},
            "additionalProperties": False,
        }
    if kind in ("texts", "objects", "refs", "names"):
        item = item_spec(field_spec)
        return {"type": "array", "minItems": 1, "items": _blank(item)}
    return _EMPTY


def _bounds(schema: dict[str, Any], field_spec: Spec) -> dict[str, Any]:
    if field_spec.minimum is not None:
        schema["minimum"] = field_spec.minimum
    if field_spec.maximum is not None:
        schema["maximum"] = field_spec.maximum
    return schema


def _field(field_spec: Spec) -> dict[str, Any]:
    kind = field_spec.kind
    doc = {"description": field_spec.doc} if field_spec.doc else {}
    if kind in ("id", "ref"):
        schema: dict[str, Any] = {"type": "string", "pattern": ID_PATTERN.pattern}
    elif kind == "refs":
        schema = {"type": "array", "items": {"type": "string", "pattern": ID_PATTERN.pattern}}
    elif kind == "names":
        schema = {"type": "array", "items": {"type": "string", "pattern": r"^[a-z_]+$"}}
    elif kind == "text":
        schema = {
            "type": "object",
            "properties": {"sv": _text(field_spec), "en": _text(field_spec)},
            "required": ["sv", "en"],
            "additionalProperties": False,
        }
    elif kind == "texts":
        schema = {"type": "array", "items": _field(Spec("text"))}
    elif kind == "string":
        schema = {"type": "string", "pattern": field_spec.pattern} if field_spec.pattern else _text(field_spec)
    elif kind == "url":
        schema = {"type": "string", "pattern": r"^https://\S+$"}
    elif kind == "choice":
        schema = {"type": "string", "enum": list(field_spec.choices)}
    elif kind == "bool":
        schema = {"type": "boolean"}
    elif kind == "int":
        schema = _bounds({"type": "integer"}, field_spec)
    elif kind == "number":
        schema = _bounds({"type": "number"}, field_spec)
    elif kind == "date":
        # YAML reads 2018 as a number and 2018-11 as text.
        schema = {"anyOf": [{"type": "integer", "minimum": YEARS[0], "maximum": YEARS[1]}, {"type": "string", "pattern": _DATE_PATTERN}]}
    elif kind == "object":
        schema = record_schema(field_spec.record)
    elif kind == "objects":
        schema = {"type": "array", "items": record_schema(field_spec.record)}
    else:
        raise RuntimeError(f"Unknown field kind: {kind}")
    if not field_spec.required:
        # Left empty means "not stated in the source".
        schema = {"anyOf": [schema, _blank(field_spec)]}
    return {**doc, **schema}


def record_schema(cls: type) -> dict[str, Any]:
    fields = specs(cls)
    return {
        "type": "object",
        "properties": {name: _field(s) for name, s in fields.items()},
        "required": [name for name, s in fields.items() if s.required],
        "additionalProperties": False,
    }


def collection_schema(collection: str) -> dict[str, Any]:
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"{collection}.schema.json",
        "title": f"data/{collection}.yml",
        "type": "array",
        "items": record_schema(COLLECTIONS[collection]),
    }


def schema_files() -> dict[str, str]:
    """File name -> JSON text, for every collection."""
    return {
        f"{name}.schema.json": json.dumps(collection_schema(name), ensure_ascii=False, indent=2) + "\n"
        for name in COLLECTIONS
    }


def write_schemas(folder: Path) -> list[Path]:
    return [folder / name for name, text in schema_files().items() if write_if_changed(folder / name, text)]
