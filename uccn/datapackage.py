"""The CSV files described for re-users: a Frictionless Data Package (`datapackage.json`) with a
Table Schema per file, from the same field specs as the validator and the JSON Schemas.

A column is typed as its field is (an id, a choice of values, a whole number, a partial date
as a pattern), required where the field is, and described in the field's own words."""
from __future__ import annotations

import json
from typing import Any

from .fields import Spec, specs
from .kinds import DATE_PATTERN
from .published import column_name
from .publisher import Publisher
from .registry import INTERPRETED, REGISTRY
from .scalars import ID_PATTERN

FILE_NAME = "datapackage.json"
_TYPES = {"int": "integer", "number": "number", "bool": "boolean"}


def _leaf(record: type, path: str) -> tuple[Spec, bool]:
    """The spec of the field a column path names, and whether every step of it is required."""
    spec, required = None, True
    for part in path.split("."):
        if spec is not None and spec.kind == "text":  # title.sv: one language of a text
            return Spec("string", required=spec.required, doc=spec.doc), required and spec.required
        spec = specs(record if spec is None else spec.record)[part]
        required = required and spec.required
    return spec, required


def table_field(record: type, path: str) -> dict[str, Any]:
    if path == INTERPRETED:
        return {"name": INTERPRETED, "type": "string",
                "description": "Fälten i raden vars värde bara bygger på vår tolkning, inte på källans ord, "
                               "t.ex. period; tomt när varje värde står i en källa."}
    spec, required = _leaf(record, path)
    field: dict[str, Any] = {"name": column_name(path), "type": _TYPES.get(spec.kind, "string")}
    constraints: dict[str, Any] = {"required": True} if required else {}
    if spec.kind == "id":
        constraints.update(unique=True, pattern=ID_PATTERN.pattern.strip("^$"))
    elif spec.kind == "choice":
        constraints["enum"] = list(spec.choices)
    elif spec.kind == "date":
        constraints["pattern"] = DATE_PATTERN.strip("^$")
    if spec.kind in ("int", "number"):
        constraints.update({k: v for k, v in (("minimum", spec.minimum), ("maximum", spec.maximum)) if v is not None})
    described = [spec.doc.rstrip(".")] if spec.doc else []
    if spec.kind == "ref":
        described.append(f"id i data/{spec.ref}.yml")
    if described:
        field["description"] = "; ".join(described) + "."
    if constraints:
        field["constraints"] = constraints
    return field


def package(publisher: Publisher) -> dict[str, Any]:
    """The Data Package of every CSV file the site publishes, with its licence and publisher."""
    resources = []
    for name, collection in REGISTRY.items():
        if not collection.csv:
            continue
        resources.append({
            "name": collection.csv.removesuffix(".csv"),
            "path": collection.csv,
            "title": f"data/{name}.yml",
            "profile": "tabular-data-resource",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8-sig",  # with a byte order mark, for Excel with Swedish settings
            "dialect": {"delimiter": ";", "header": True},
            "schema": {
                "fields": [table_field(collection.record, path) for path in collection.columns],
                "primaryKey": ["id"],
                "missingValues": [""],  # an empty cell: the source does not state it
            },
        })
    return {
        "name": "uccn-jamtland-harjedalen",
        "title": "Öppna data om UCCN-samarbetet i Jämtland Härjedalen",
        "description": "Beslut, förslag och åtaganden i samarbetet mellan Region Jämtland Härjedalen och "
                       "Östersunds kommun kring UNESCO Creative Cities Network, som tabeller.",
        "profile": "tabular-data-package",
        "licenses": [{"name": publisher.licence, "path": publisher.licence_url, "title": publisher.licence_name("en")}],
        "contributors": [{"title": publisher.name.sv, "role": "publisher",
                          **({"path": publisher.contact_url} if publisher.contact_url.startswith("https://") else {}),
                          **({"email": publisher.contact} if publisher.contact_kind == "email" else {})}],
        "resources": resources,
    }


def package_json(publisher: Publisher) -> str:
    return json.dumps(package(publisher), ensure_ascii=False, indent=2) + "\n"
