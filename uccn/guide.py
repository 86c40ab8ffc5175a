"""Blank YAML records for the editing guide, written from the same specs as the validator.

Every value is left empty, with what is allowed in a comment beside it. An empty
optional field means "not stated in the source", so whatever an editor does not
fill in shows as unknown; it never becomes a made-up date, amount or status. An
empty required field stops the build until it is filled in.
"""
from __future__ import annotations

from .model import COLLECTIONS, Spec, specs


def _comment(field_spec: Spec) -> str:
    parts = []
    if field_spec.kind == "choice":
        parts.append(" | ".join(field_spec.choices))
    if field_spec.ref:
        parts.append(f"id i data/{field_spec.ref}.yml")
    if field_spec.doc:
        parts.append(field_spec.doc.rstrip("."))
    parts.append("obligatoriskt" if field_spec.required else "valfritt")
    return "  # " + "; ".join(parts)


def _fields(cls: type, indent: str) -> list[str]:
    lines: list[str] = []
    for name, field_spec in specs(cls).items():
        kind = field_spec.kind
        comment = _comment(field_spec)
        if kind == "text":
            lines += [f"{indent}{name}:{comment}", f'{indent}  sv: ""', f'{indent}  en: ""']
        elif kind == "texts":
            lines += [f"{indent}{name}:{comment}", f'{indent}  - sv: ""', f'{indent}    en: ""']
        elif kind in ("refs", "names"):
            lines.append(f"{indent}{name}: []{comment}")
        elif kind == "object":
            lines.append(f"{indent}{name}:{comment}")
            lines += _fields(field_spec.record, indent + "  ")
        elif kind == "objects":
            lines.append(f"{indent}{name}:{comment}")
            inner = _fields(field_spec.record, indent + "    ")
            lines += [indent + "  - " + inner[0].lstrip(), *inner[1:]]
        else:
            lines.append(f"{indent}{name}:{comment}")
    return lines


def yaml_template(collection: str) -> str:
    """A record with every field, its allowed values and whether it is required."""
    lines = _fields(COLLECTIONS[collection], "  ")
    return "- " + lines[0].lstrip() + "\n" + "\n".join(lines[1:]) + "\n"
