"""The templates (`uccn/show/templates/`), autoescaped: every data text that reaches HTML is escaped.

Plain-text templates (`*.txt`, such as the request for public documents) are not escaped
here; the HTML template that shows their result escapes it there."""
from __future__ import annotations

from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from ..base.private import TemplateCache
from . import fmt

ENV = Environment(
    loader=PackageLoader("uccn.show", "templates"),
    autoescape=select_autoescape(disabled_extensions=("txt",), default=True, default_for_string=True),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=False,
    bytecode_cache=TemplateCache("uccn"),  # compiled once, not in every build
)


def render(template: str, r: Any, **context: Any) -> str:
    """A template rendered for a renderer `r` (what templates read and call: `r.labels.status`,
    `r.t("key", count=n)`, `r.name(...)`)."""
    return ENV.get_template(template).render(r=r, data=r.data, fmt=fmt, **context).strip() + "\n"
