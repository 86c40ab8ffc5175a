"""Every text field of every data file, filled with multi-line markup, reaches the site as text."""
from __future__ import annotations

import re

import pytest
import yaml

from tests.conftest import run_build
from tests.site.helpers import main_text, page
from uccn.records.fields import Spec, specs
from uccn.records.registry import COLLECTIONS
from uccn.records.scalars import STR_TAG

pytestmark = pytest.mark.site

HIDDEN: list[str] = []  # every text in data/ is shown somewhere
# No digits anywhere: a number in a text must be in its quote, and this is about markup.
JINJA = "{{ 'QQJ' ~ 'ZZJ' }}"  # QQJZZJ if it were ever evaluated
EVALUATED = "QQJZZJ"


def _hostile(marker: str) -> str:
    return (
        f"<script>alert('{marker}')</script>\n\n<img src=x onerror=alert(this)>\n"
        f"*[X]: y\n]: <b>z</b> {JINJA} [l](javascript:alert(this)) a | b *c* {{% if true %}}x{{% endif %}} "
        # The worst the character rule allows: a CDATA end, a character reference written out, a letter
        # written right to left and one beyond the first plane.
        f"&amp; ]]> &#x0; \u05d0 \U0001d518 {marker}"
    )


def _marker(markers: list[str]) -> str:
    """MARKA, MARKB, … MARKBA: a name per place, in letters."""
    n, letters = len(markers), ""
    while True:
        n, digit = divmod(n, 26)
        letters = chr(65 + digit) + letters
        if n == 0:
            return f"MARK{letters}"


def _fill(node: yaml.Node, field_spec: Spec, path: str, markers: list[str], kept: set[str] | None = None) -> None:
    """Replace every free text under `node` with hostile text naming its place."""
    kind = field_spec.kind
    if kind == "text" and isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(value, yaml.ScalarNode) and value.tag == STR_TAG and value.value.strip():
                marker = _marker(markers)
                markers.append(f"{path}.{key.value} {marker}")
                # An interpretation keeps the words that state the value it gives (the check asks for them).
                kept_words = value.value + " " if path.endswith(".interpretation") else ""
                value.value, value.style = kept_words + _hostile(marker), '"'
    elif kind == "string" and not field_spec.pattern and isinstance(node, yaml.ScalarNode) and node.value.strip():
        marker = _marker(markers)
        markers.append(f"{path} {marker}")
        node.value, node.style = _hostile(marker), '"'
    elif kind in ("texts", "objects") and isinstance(node, yaml.SequenceNode):
        item = Spec("text") if kind == "texts" else Spec("object", record=field_spec.record)
        for n, child in enumerate(node.value):
            _fill(child, item, f"{path}[{n}]", markers)
    elif kind == "object" and isinstance(node, yaml.MappingNode):
        fields = specs(field_spec.record)
        # A quote must stay verbatim (the check proves it), and so must the excerpt it is checked
        # against (shown by the same template as a stored text) and a point marked quoted.
        verbatim = {"quote", "excerpt"} | (kept or set()) | ({"text"} if any(k.value == "quoted" and v.value == "true" for k, v in node.value) else set())
        for key, value in node.value:
            if key.value in fields and key.value not in verbatim:
                _fill(value, fields[key.value], f"{path}.{key.value}", markers)


def test_markup_in_every_text_field_is_shown_as_text_and_never_runs(project):
    markers: list[str] = []
    for name, cls in COLLECTIONS.items():
        path = project / "data" / f"{name}.yml"
        root = yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
        for n, record in enumerate(root.value):
            # A person's name is how a quote names them (a signatory, a recipient): it stays. So does a text
            # held word for word to its marked words (a role, who proposed): only the source's words pass.
            kept = ({"name"} if name == "people" else set()) | {f for f, s in specs(cls).items() if s.rule == "phrase"}
            _fill(record, Spec("object", record=cls), f"{name}[{n}]", markers, kept)
        path.write_text(yaml.serialize(root, Dumper=yaml.SafeDumper, allow_unicode=True), encoding="utf-8")
    assert len(markers) > 150  # every file's texts, in both languages
    result = run_build(project)
    assert result.returncode == 0, result.stderr
    site = project / "site"
    visible = []
    for html_file in site.rglob("*.html"):
        markup = html_file.read_text(encoding="utf-8")
        assert "<script>alert(" not in markup, html_file
        assert "<img src=x" not in markup and "<b>z</b>" not in markup, html_file
        assert 'href="javascript:' not in markup, html_file
        assert EVALUATED not in markup, html_file
        assert "<em>c</em>" not in markup, html_file  # Markdown is not applied to data either
        visible.append(main_text(markup, evidence=True))
    text = " ".join(visible)
    # Shown, as text: the decision's title on its own page and in the register.
    title = main_text(page(site, "beslut/ks-2018-302/"))
    assert "<script>alert('MARK" in title and JINJA in title
    # In a table cell a pipe stays a character and a Jinja tag stays text.
    figures = main_text(page(site, ""))
    assert "a | b *c* {% if true %}x{% endif %}" in figures
    hidden = [m.split()[0] for m in markers if not re.search(rf"\b{m.split()[-1]}\b", text)]
    assert hidden == HIDDEN, "\n".join(hidden)  # every other text is on some page, as text
    _every_output_parses(site)


def _every_output_parses(site):
    """Each published XML, JSON, CSV and calendar file reads back with its format's own parser."""
    import csv
    import io
    import json
    import xml.etree.ElementTree as ET

    import icalendar

    counts = dict.fromkeys(("xml", "json", "csv", "ics"), 0)
    for path in site.rglob("*"):
        kind = {".xml": "xml", ".rdf": "xml", ".json": "json", ".jsonld": "json", ".csv": "csv", ".ics": "ics"}.get(path.suffix)
        if kind is None:
            continue
        raw = path.read_bytes()
        if kind == "xml":
            ET.fromstring(raw)
        elif kind == "json":
            json.loads(raw.decode("utf-8"))
        elif kind == "csv":  # RFC 4180, and the copies for Excel: semicolons after a byte order mark
            excel = raw.startswith(b"\xef\xbb\xbf")
            rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";" if excel else ","))
            assert excel == (path.parent.name == "excel"), path
            assert len({len(row) for row in rows}) == 1, path  # every row has every column
        else:
            icalendar.Calendar.from_ical(raw)
        counts[kind] += 1
    assert all(counts.values()), counts
