"""JSON Schema for each data file, derived from the same field specs as the validator,
and for the published `uccn.json` (what the export writes, from the same specs).

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

from ..base.languages import LANGS
from ..base.site import write_if_changed
from .kinds import record_schema
from .registry import COLLECTIONS


def collection_schema(collection: str) -> dict[str, Any]:
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"{collection}.schema.json",
        "title": f"data/{collection}.yml",
        "type": "array",
        "items": record_schema(COLLECTIONS[collection]),
    }


def file_name(collection: str) -> str:
    return f"{collection}.schema.json"


# The published JSON's version: its major number changes when a field is removed or renamed,
# or a value changes its form; the minor one when a field or a collection is added.
SCHEMA_VERSION = "1.1"  # 1.1: a quote's marked words (says), what a figure counts (counts)
PUBLISHED = "uccn.schema.json"


def published_schema() -> dict[str, Any]:
    """The contract of the published uccn.json: every field of every record is present, and a
    value the source does not state (an optional field left out in data/) is null."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": PUBLISHED,
        "title": "uccn.json",
        "type": "object",
        "properties": {
            "schema_version": {"const": SCHEMA_VERSION},
            **{name: {"type": "array", "items": _with_interpreted(_published(record_schema(cls, published=True)))}
               for name, cls in COLLECTIONS.items()},
        },
        "required": ["schema_version", *COLLECTIONS],
        "additionalProperties": False,
    }


def _with_interpreted(schema: dict[str, Any]) -> dict[str, Any]:
    """A record with evidence also says which of its fields rest on our interpretation alone."""
    if "evidence" not in schema["properties"]:
        return schema
    interpreted = {"type": "array", "items": {"type": "string", "enum": list(schema["properties"])},
                   "description": "Fälten vars värde bara bygger på vår tolkning, inte på källans ord."}
    return {**schema, "properties": {**schema["properties"], "interpreted": interpreted},
            "required": [*schema["required"], "interpreted"]}


def _published(schema: dict[str, Any]) -> dict[str, Any]:
    """An editor's schema as the export writes it: objects that come from a record class have
    every field, and the optional ones may be null; nothing else changes."""
    if schema.get("type") == "object" and set(schema.get("properties", ())) == set(LANGS):
        return schema  # a text: its languages as written (one being translated may lack it)
    if schema.get("type") == "object" and "properties" in schema:
        required = set(schema.get("required", ()))
        properties = {
            name: _published(value) if name in required else {"anyOf": [_published(value), {"type": "null"}]}
            for name, value in schema["properties"].items()
        }
        return {**schema, "properties": properties, "required": list(properties)}
    if schema.get("type") == "array" and "items" in schema:
        return {**schema, "items": _published(schema["items"])}
    if "anyOf" in schema:
        return {**schema, "anyOf": [_published(option) for option in schema["anyOf"]]}
    return schema


def schema_files() -> dict[str, str]:
    """File name -> JSON text, for every collection, and for the published uccn.json."""
    files = {name: collection_schema(name) for name in COLLECTIONS}
    return {
        **{file_name(name): json.dumps(schema, ensure_ascii=False, indent=2) + "\n" for name, schema in files.items()},
        PUBLISHED: json.dumps(published_schema(), ensure_ascii=False, indent=2) + "\n",
    }


def write_schemas(folder: Path) -> list[Path]:
    return [folder / name for name, text in schema_files().items() if write_if_changed(folder / name, text)]
