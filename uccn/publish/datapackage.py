"""The tables described for re-users: a Frictionless Data Package (`datapackage.json`) with a
Table Schema per file (uccn.publish.tables), from the same field specs as the validator and the JSON
Schemas: its primary key, a foreign key for every reference, and each file's size and SHA-256.

A column is typed as its field is (an id, a choice of values, a whole number, a partial date
as a pattern), required where the field is, and described in the field's own words."""
from __future__ import annotations

import hashlib
import json
from typing import Any

from ..base.languages import BY_CODE
from ..base.published import column_name
from ..read.publisher import Publisher
from ..records.fields import Spec, specs
from ..records.kinds import DATE_PATTERN
from ..records.registry import INTERPRETED, REGISTRY
from ..records.scalars import ID_PATTERN
from .tables import TABLES, Table

FILE_NAME = "datapackage.json"
_TYPES = {"int": "integer", "number": "number", "bool": "boolean"}


def _leaf(record: type, path: str) -> tuple[Spec, bool]:
    """The spec of the field a column path names, and whether every step of it is required."""
    spec, required = None, True
    for part in path.split("."):
        if spec is not None and spec.kind == "text":  # title.sv: one language of a text (one being translated may lack it)
            complete = BY_CODE[part].complete
            return Spec("string", required=spec.required and complete, doc=spec.doc), required and spec.required and complete
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


def _resource_name(collection: str) -> str:
    """The resource that holds a collection's records (its table, uccn.publish.tables)."""
    return next(t.name for t in TABLES if t.collection == collection and not t.references)


def _keys(table: Table) -> list[dict[str, Any]]:
    """A foreign key for each column that holds a reference, to the id of the table it names."""
    record = REGISTRY[table.collection].record
    if table.references:
        target = specs(record)[table.references].ref
        return [{"fields": "id", "reference": {"resource": _resource_name(table.collection), "fields": "id"}},
                {"fields": table.references, "reference": {"resource": _resource_name(target), "fields": "id"}}]
    keys = []
    for path in table.columns:
        spec = _leaf(record, path)[0] if path != INTERPRETED else None
        if spec is not None and spec.kind == "ref":
            keys.append({"fields": column_name(path), "reference": {"resource": _resource_name(spec.ref), "fields": "id"}})
    return keys


def _fields(table: Table) -> list[dict[str, Any]]:
    record = REGISTRY[table.collection].record
    if not table.references:
        return [table_field(record, path) for path in table.columns]
    target = specs(record)[table.references]
    said = f"{target.doc.rstrip('.')}; " if target.doc else ""
    return [{"name": "id", "type": "string", "constraints": {"required": True},
             "description": f"id i data/{table.collection}.yml."},
            {"name": table.references, "type": "string", "constraints": {"required": True},
             "description": f"{said}id i data/{target.ref}.yml."}]


def package(publisher: Publisher, files: dict[str, str] | None = None) -> dict[str, Any]:
    """The Data Package of every table the site publishes (uccn.publish.tables), with its keys, licence and
    publisher; given the files' text by name, each file's size and SHA-256 too."""
    resources = []
    for table in TABLES:
        resource: dict[str, Any] = {
            "name": table.name,
            "path": table.file,
            "title": f"data/{table.collection}.yml" + (f": {table.references}" if table.references else ""),
            "profile": "tabular-data-resource",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
        }
        if files is not None:
            raw = files[table.file].encode("utf-8")
            resource |= {"bytes": len(raw), "hash": f"sha256:{hashlib.sha256(raw).hexdigest()}"}
        keys = _keys(table)
        resource["schema"] = {
            "fields": _fields(table),
            "primaryKey": ["id", table.references] if table.references else ["id"],
            "missingValues": [""],  # an empty cell: the source does not state it
            **({"foreignKeys": keys} if keys else {}),
        }
        resources.append(resource)
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


def package_json(publisher: Publisher, files: dict[str, str] | None = None) -> str:
    return json.dumps(package(publisher, files), ensure_ascii=False, indent=2) + "\n"
