"""Blank YAML records for the editing guide, written from the same specs as the validator.

Every value is left empty, with what is allowed in a comment beside it. An empty
optional field means "not stated in the source", so whatever an editor does not
fill in shows as unknown; it never becomes a made-up date, amount or status. An
empty required field stops the build until it is filled in.
"""
from __future__ import annotations

from .kinds import template_lines
from .registry import COLLECTIONS


def yaml_template(collection: str) -> str:
    """A record with every field, its allowed values and whether it is required."""
    lines = template_lines(COLLECTIONS[collection], "  ")
    return "- " + lines[0].lstrip() + "\n" + "\n".join(lines[1:]) + "\n"
