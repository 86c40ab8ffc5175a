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

from .kinds import record_schema
from .model import COLLECTIONS
from .site import write_if_changed


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


def schema_files() -> dict[str, str]:
    """File name -> JSON text, for every collection."""
    return {
        file_name(name): json.dumps(collection_schema(name), ensure_ascii=False, indent=2) + "\n"
        for name in COLLECTIONS
    }


def write_schemas(folder: Path) -> list[Path]:
    return [folder / name for name, text in schema_files().items() if write_if_changed(folder / name, text)]
