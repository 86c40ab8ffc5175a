"""Check the YAML node trees against the record specs and build the Dataset.

Every rule reports a `Problem` with file, line, what is wrong and what is
allowed; nothing stops at the first problem. `load_dataset(data_dir)` is the one
entry point: it returns the Dataset and the sorted list of problems (empty when
the data is good). Run `python -m uccn check` to see the messages.
"""
from __future__ import annotations

import dataclasses
import difflib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .evidence import evidence_problems, load_texts
from .load import Problem, compose_all, display_name
from .load import char_name as _char
from .load import visible as _visible
from .model import COLLECTIONS, MAX_LENGTH, WHAT, Dataset, PartialDate, Spec, Text, Where, item_spec, specs
from .rules import record_rules

ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ID_LENGTH = 80  # an id is a file name and part of an address
STR_TAG = "tag:yaml.org,2002:str"
NULL_TAG = "tag:yaml.org,2002:null"
_TYPE_NAMES = {
    "tag:yaml.org,2002:bool": "ett sant/falskt-värde",
    "tag:yaml.org,2002:int": "ett tal",
    "tag:yaml.org,2002:float": "ett tal",
    "tag:yaml.org,2002:timestamp": "ett datum",
    NULL_TAG: "tomt",
}


_KNOWN_TAGS = {STR_TAG, NULL_TAG, *(f"tag:yaml.org,2002:{t}" for t in ("bool", "int", "float", "map", "seq"))}


def _place(node: yaml.ScalarNode, index: int) -> str:
    """Where character `index` of a scalar is: its column when the value is written on one line."""
    if node.start_mark.line == node.end_mark.line and node.style in (None, "", "'", '"'):
        return f"i kolumn {node.start_mark.column + 1 + index + (1 if node.style else 0)}"
    return f"som tecken nummer {index + 1} i texten"


class _Invalid(Exception):
    """A value that cannot be used; the problem is already recorded."""


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _shown(node: yaml.Node) -> str:
    if isinstance(node, yaml.ScalarNode):
        value = node.value if len(node.value) <= 40 else node.value[:37] + "..."
        return f"'{_visible(value)}'"
    return "en lista" if isinstance(node, yaml.SequenceNode) else "en nyckel-värde-samling"


def _suggest(word: str, allowed: list[str] | tuple[str, ...]) -> str:
    close = difflib.get_close_matches(word, allowed, n=1, cutoff=0.6)
    return f" Menade du '{close[0]}'?" if close else ""


def is_blank(node: yaml.Node, field_spec: Spec) -> bool:
    """True for a value left empty: nothing, "", or only empty parts (`sv: ""` and
    `en: ""`; a period whose start and end are empty). An empty optional field means
    "not stated in the source"; an empty required one is an error. A value with one
    part filled in is not empty, so a text in one language only is still caught."""
    if isinstance(node, yaml.ScalarNode):
        return node.tag == NULL_TAG or (node.tag == STR_TAG and not node.value.strip())
    kind = field_spec.kind
    if isinstance(node, yaml.SequenceNode) and kind in ("texts", "objects", "refs", "names"):
        item = item_spec(field_spec)
        return bool(node.value) and all(is_blank(child, item) for child in node.value)
    if isinstance(node, yaml.MappingNode) and kind in ("text", "object"):
        parts = {"sv": Spec("string"), "en": Spec("string")} if kind == "text" else specs(field_spec.record)
        return all(
            isinstance(key, yaml.ScalarNode) and key.value in parts and is_blank(value, parts[key.value])
            for key, value in node.value
        )
    return False


class _Checker:
    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[Problem] = []

    def report(self, node: yaml.Node | int, message: str) -> None:
        line = node if isinstance(node, int) else _line(node)
        self.problems.append(Problem(self.file, line, message))

    def fail(self, node: yaml.Node, message: str) -> _Invalid:
        self.report(node, message)
        return _Invalid()

    # --- records ---------------------------------------------------------

    def record(self, node: yaml.Node, cls: type, what: str) -> dict[str, Any]:
        """Check one mapping against a record class; return its field values."""
        if not isinstance(node, yaml.MappingNode):
            raise self.fail(node, f"{what} ska vara en samling fält (nyckel: värde), men är {_shown(node)}")
        fields = specs(cls)
        seen: dict[str, int] = {}
        empty: set[str] = set()
        values: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if key is None:
                self.report(key_node, "en nyckel måste vara ett enkelt namn")
                continue
            if key in seen:
                self.report(
                    key_node,
                    f"nyckeln '{key}' finns två gånger (första gången på rad {seen[key]}); ta bort en av dem",
                )
                continue
            seen[key] = _line(key_node)
            if key not in fields:
                allowed = ", ".join(fields)
                self.report(
                    key_node,
                    f"okänd nyckel '{key}' i {what}.{_suggest(key, list(fields))} Tillåtna nycklar: {allowed}",
                )
                continue
            try:
                value = self.value(value_node, fields[key], key)
            except _Invalid:
                continue
            if value is None:
                empty.add(key)
            else:
                values[key] = value
        for name, field_spec in fields.items():
            if not field_spec.required:
                continue
            if name in empty:
                self.report(seen[name], f"fältet '{name}' är obligatoriskt och får inte vara tomt")
            elif name not in seen:
                self.report(node, f"{what} saknar det obligatoriska fältet '{name}'")
        return values

    def value(self, node: yaml.Node, field_spec: Spec, name: str) -> Any:
        if node.tag not in _KNOWN_TAGS:  # !!binary, !foo: never needed in our data
            raise self.fail(node, f"'{name}' har YAML-taggen '{_visible(node.tag)}'; ta bort taggen (ordet som börjar med !)")
        if is_blank(node, field_spec):
            return None
        kind = field_spec.kind
        if kind == "text":
            return self.text(node, name, field_spec.max_length or MAX_LENGTH["text"])
        if kind == "texts":
            return tuple(self.text(item, name) for item in self.sequence(node, name))
        if kind == "object":
            return self.nested(node, field_spec.record, name)
        if kind == "objects":
            items, broken = [], False
            for item in self.sequence(node, name):
                try:
                    items.append(self.nested(item, field_spec.record, name))
                except _Invalid:
                    broken = True
            if broken:
                raise _Invalid()
            return tuple(items)
        if kind == "refs":
            return tuple(self.identifier(item, name) for item in self.sequence(node, name))
        if kind == "names":
            return tuple(self.plain_text(item, name) for item in self.sequence(node, name))
        return self.scalar(node, field_spec, name)

    def nested(self, node: yaml.Node, cls: type | None, name: str) -> Any:
        """A value made of fields, such as a period; invalid if any of its fields is."""
        if cls is None:
            raise RuntimeError(f"Field '{name}' has no record class")
        before = len(self.problems)
        values = self.record(node, cls, f"'{name}'")
        if len(self.problems) > before:
            raise _Invalid()
        fields = {f.name for f in dataclasses.fields(cls)}
        if "where" in fields:  # nested records that messages point into (evidence)
            values["where"] = Where(self.file, _line(node))
        if "field_lines" in fields:
            values["field_lines"] = tuple((k.value, _line(k)) for k, _ in node.value if isinstance(k, yaml.ScalarNode))
        return cls(**values)

    def sequence(self, node: yaml.Node, name: str) -> list[yaml.Node]:
        if not isinstance(node, yaml.SequenceNode):
            raise self.fail(node, f"'{name}' ska vara en lista (rader som börjar med '- '), men är {_shown(node)}")
        return node.value

    def text(self, node: yaml.Node, name: str, limit: int = MAX_LENGTH["text"]) -> Text:
        if not isinstance(node, yaml.MappingNode):
            raise self.fail(
                node,
                f"'{name}' ska ha en svensk och en engelsk text, skrivna på egna rader som 'sv: …' och 'en: …'",
            )
        found: dict[str, str] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else _shown(key_node)
            if key not in ("sv", "en"):
                self.report(key_node, f"okänd språknyckel '{key}' i '{name}'; tillåtna är sv och en")
            elif key in found:
                self.report(key_node, f"'{name}' har '{key}' två gånger; ta bort en av dem")
            else:
                found[key] = self.plain_text(value_node, f"{name}.{key}", limit)
        missing = [lang for lang in ("sv", "en") if lang not in found]
        if missing:
            raise self.fail(node, f"'{name}' saknar text på {' och '.join(missing)}")
        return Text(found["sv"], found["en"])

    def plain_text(self, node: yaml.Node, name: str, limit: int = MAX_LENGTH["string"]) -> str:
        if not isinstance(node, yaml.ScalarNode):
            raise self.fail(node, f"'{name}' ska vara en text, men är {_shown(node)}")
        if node.tag != STR_TAG:
            if node.tag == NULL_TAG:
                raise self.fail(node, f"'{name}' är tom; skriv en text")
            raise self.fail(
                node,
                f"'{name}' ska vara en text, men YAML läser {_shown(node)} som "
                f"{_TYPE_NAMES.get(node.tag, 'något annat')}; sätt texten inom citattecken",
            )
        if not node.value.strip():
            raise self.fail(node, f"'{name}' är tom; skriv en text")
        if len(node.value.strip()) > limit:
            raise self.fail(node, f"'{name}' är {len(node.value.strip())} tecken lång; den får vara högst {limit} tecken")
        return node.value.strip()

    def identifier(self, node: yaml.Node, name: str) -> str:
        value = self.plain_text(node, name, ID_LENGTH)
        if not ID_PATTERN.match(value):
            # A letter that looks like a–z but is not (Cyrillic а) or one that does not show.
            odd = next((c for c in value if not (c.isascii() and c.isprintable())), None)
            where = f" Tecknet {_char(odd)} {_place(node, node.value.index(odd))} är inte tillåtet." if odd else ""
            raise self.fail(
                node,
                f"'{name}' ska vara ett id med små bokstäver a–z, siffror och bindestreck "
                f"(t.ex. ks-2018-302), men är '{_visible(value)}'.{where}",
            )
        return value

    def scalar(self, node: yaml.Node, field_spec: Spec, name: str) -> Any:
        kind = field_spec.kind
        if not isinstance(node, yaml.ScalarNode):
            raise self.fail(node, f"'{name}' ska vara ett enskilt värde, men är {_shown(node)}")
        if kind in ("id", "ref"):
            return self.identifier(node, name)
        if kind == "string":
            value = self.plain_text(node, name, field_spec.max_length or MAX_LENGTH["string"])
            if field_spec.pattern and not re.fullmatch(field_spec.pattern.strip("^$"), value):
                raise self.fail(node, f"'{name}' kan inte vara {_shown(node)}. {field_spec.doc}")
            return value
        if kind == "url":
            value = self.plain_text(node, name)
            if not re.match(r"^https://[^\s]+$", value):
                raise self.fail(node, f"'{name}' ska vara en webbadress som börjar med https://, men är {_shown(node)}")
            return value
        if kind == "choice":
            value = self.plain_text(node, name)
            if value not in field_spec.choices:
                raise self.fail(
                    node,
                    f"'{name}' kan inte vara '{value}'.{_suggest(value, field_spec.choices)} "
                    f"Tillåtna värden: {', '.join(field_spec.choices)}",
                )
            return value
        if kind == "date":
            try:
                return PartialDate.parse(node.value)
            except ValueError as err:
                reason = str(err) if "day is out of range" not in str(err) else "dagen finns inte i den månaden"
                raise self.fail(
                    node,
                    f"'{name}' är inget giltigt datum: '{node.value}' ({reason}). "
                    "Skriv 2021, 2021-03, 2021-03-15 eller 2021-autumn, så exakt som källan anger",
                ) from None
        if kind == "bool":
            if node.tag != "tag:yaml.org,2002:bool":
                raise self.fail(node, f"'{name}' ska vara true eller false, men är {_shown(node)}")
            return node.value.lower() == "true"
        if kind in ("int", "number"):
            return self.number(node, field_spec, name)
        raise RuntimeError(f"Unknown field kind: {kind}")

    def number(self, node: yaml.ScalarNode, field_spec: Spec, name: str) -> float | int:
        tags = ["tag:yaml.org,2002:int"] + (["tag:yaml.org,2002:float"] if field_spec.kind == "number" else [])
        if node.tag not in tags:
            raise self.fail(
                node,
                f"'{name}' ska vara {'ett heltal' if field_spec.kind == 'int' else 'ett tal'} med siffror "
                f"(utan mellanslag och enhet), men är {_shown(node)}",
            )
        written = node.value.lstrip("+-")
        if len(written) > 1 and written[0] == "0" and written[1].isdigit():  # 050: octal 40 in YAML 1.1
            fixed = node.value.replace(written, written.lstrip("0") or "0", 1)
            raise self.fail(node, f"'{name}' skrivs utan nolla först: skriv {fixed}, inte {node.value}")
        value: float | int = int(node.value) if node.tag.endswith(":int") else float(node.value)
        low, high = field_spec.minimum, field_spec.maximum
        if (low is not None and value < low) or (high is not None and value > high):
            span = f"mellan {low:g} och {high:g}" if high is not None else f"minst {low:g}"
            raise self.fail(node, f"'{name}' ska vara {span}, men är {value}")
        return value


@dataclass
class _Entry:
    """One record as written, valid or not: enough to check references without cascades."""

    collection: str
    values: dict[str, Any]
    lines: dict[str, int]
    where: Where


def _check_collection(
    collection: str, node: yaml.Node, file: str
) -> tuple[dict[str, Any], list[_Entry], list[Problem]]:
    """Valid records of one file by id, every entry as written, and the problems."""
    checker = _Checker(file)
    cls = COLLECTIONS[collection]
    records: dict[str, Any] = {}
    entries: list[_Entry] = []
    first_line: dict[str, int] = {}
    if not isinstance(node, yaml.SequenceNode):
        checker.report(node, "filen ska vara en lista av poster, där varje post börjar med '- id: …'")
        return records, entries, checker.problems
    for item in node.value:
        before = len(checker.problems)
        try:
            values = checker.record(item, cls, WHAT[collection])
        except _Invalid:
            continue
        where = Where(file, _line(item))
        lines = {k.value: _line(v) for k, v in item.value if isinstance(k, yaml.ScalarNode)}
        record_id = values.get("id")
        if record_id in first_line:
            checker.report(
                lines.get("id", where.line),
                f"id '{record_id}' används redan på rad {first_line[record_id]}; varje id måste vara unikt",
            )
            continue
        if record_id is not None:
            first_line[record_id] = lines.get("id", where.line)
        entries.append(_Entry(collection, values, lines, where))
        if len(checker.problems) == before and record_id is not None:
            records[record_id] = cls(**values, where=where)
    return records, entries, checker.problems


def _check_refs(entries: list[_Entry], known: dict[str, set[str] | None]) -> Iterator[Problem]:
    """References to ids that do not exist; a file that could not be read is not guessed at."""
    for entry in entries:
        for name, field_spec in specs(COLLECTIONS[entry.collection]).items():
            if field_spec.kind not in ("ref", "refs") or name not in entry.values:
                continue
            targets = known[field_spec.ref]
            if targets is None:
                continue
            value = entry.values[name]
            for target in (value,) if field_spec.kind == "ref" else value:
                if target not in targets:
                    yield Problem(
                        entry.where.file,
                        entry.lines.get(name, entry.where.line),
                        f"'{name}' pekar på '{target}', som inte finns i data/{field_spec.ref}.yml."
                        f"{_suggest(target, sorted(targets))}",
                    )


def load_dataset(data_dir: Path) -> tuple[Dataset, list[Problem]]:
    """Load and check all data files; return the dataset and every problem found."""
    nodes, problems = compose_all(data_dir)
    collections: dict[str, dict[str, Any]] = {}
    entries: list[_Entry] = []
    lines: dict[str, dict[str, dict[str, int]]] = {}
    for collection in COLLECTIONS:
        collections[collection] = {}
        if collection in nodes:
            file = display_name(data_dir, data_dir / f"{collection}.yml")
            records, found_entries, found = _check_collection(collection, nodes[collection], file)
            collections[collection] = records
            entries.extend(found_entries)
            problems.extend(found)
        lines[collection] = {
            e.values["id"]: e.lines for e in entries if e.collection == collection and "id" in e.values
        }
    known: dict[str, set[str] | None] = {
        c: {e.values["id"] for e in entries if e.collection == c and "id" in e.values} if c in nodes else None
        for c in COLLECTIONS
    }
    texts, found = load_texts(collections["sources"], data_dir)
    problems.extend(found)
    dataset = Dataset(collections, texts)
    problems.extend(_check_refs(entries, known))
    problems.extend(record_rules(dataset, lines))
    problems.extend(evidence_problems(collections, texts, lines))
    return dataset, sorted(set(problems))
