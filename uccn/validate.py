"""Check the YAML node trees against the record specs and build the Dataset.

Every rule reports a `Problem` with file, line, what is wrong and what is
allowed; nothing stops at the first problem. `load_dataset(data_dir)` is the one
entry point: it returns the Dataset and the sorted list of problems (empty when
the data is good). Run `python -m uccn check` to see the messages.
"""
from __future__ import annotations

import dataclasses
import gc
import math
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .evidence import evidence_problems, load_texts
from .fields import MAX_LENGTH, Spec, Text, Where, specs
from .kinds import ID_LENGTH, ID_PATTERN, KINDS, NULL_TAG, STR_TAG, is_blank, shown
from .languages import LANGS
from .load import HIDDEN, Snapshot, compose_all, display_name
from .load import char_name as _char
from .load import visible as _visible
from .problem import Problem, suggest
from .registry import COLLECTIONS, WHAT, Dataset
from .rules import record_rules

MAX_DIGITS = 15  # a number with more is a mistake (or an attack on the parser), not a figure
LARGEST = 10**12  # kronor, shares, paragraphs and counts stay far below this

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


def _where(file: str, node: yaml.MappingNode) -> Where:
    """Where a record is written, with the line of each of its fields' values."""
    fields = tuple((k.value, _line(v)) for k, v in node.value if isinstance(k, yaml.ScalarNode))
    return Where(file, _line(node), fields)


class _Invalid(Exception):
    """A value that cannot be used; the problem is already recorded."""


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


class _Checker:
    """Checks one file's records against their specs; each kind's own check is in uccn.kinds."""

    Invalid = _Invalid

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
            raise self.fail(node, f"{what} ska vara en samling fält (nyckel: värde), men är {shown(node)}")
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
                    f"okänd nyckel '{key}' i {what}.{suggest(key, list(fields))} Tillåtna nycklar: {allowed}",
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
        return KINDS[field_spec.kind].check(self, node, field_spec, name)

    def nested(self, node: yaml.Node, cls: type | None, name: str) -> Any:
        """A value made of fields, such as a period; invalid if any of its fields is."""
        if cls is None:
            raise RuntimeError(f"Field '{name}' has no record class")
        before = len(self.problems)
        values = self.record(node, cls, f"'{name}'")
        if len(self.problems) > before:
            raise _Invalid()
        if "where" in {f.name for f in dataclasses.fields(cls)}:  # nested records messages point into (evidence)
            values["where"] = _where(self.file, node)
        return cls(**values)

    def sequence(self, node: yaml.Node, name: str) -> list[yaml.Node]:
        if not isinstance(node, yaml.SequenceNode):
            raise self.fail(node, f"'{name}' ska vara en lista (rader som börjar med '- '), men är {shown(node)}")
        return node.value

    def text(self, node: yaml.Node, name: str, limit: int = MAX_LENGTH["text"]) -> Text:
        if not isinstance(node, yaml.MappingNode):
            raise self.fail(
                node,
                f"'{name}' ska ha en svensk och en engelsk text, skrivna på egna rader som 'sv: …' och 'en: …'",
            )
        found: dict[str, str] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else shown(key_node)
            if key not in LANGS:
                self.report(key_node, f"okänd språknyckel '{key}' i '{name}'; tillåtna är sv och en")
            elif key in found:
                self.report(key_node, f"'{name}' har '{key}' två gånger; ta bort en av dem")
            else:
                found[key] = self.plain_text(value_node, f"{name}.{key}", limit)
        missing = [lang for lang in LANGS if lang not in found]
        if missing:
            words = {"sv": "svensk", "en": "engelsk"}
            raise self.fail(node, f"'{name}' saknar {' och '.join(words.get(m, m) for m in missing)} text "
                                  f"(skriv den under {', '.join(m + ':' for m in missing)})")
        return Text(found["sv"], found["en"])

    def plain_text(self, node: yaml.Node, name: str, limit: int = MAX_LENGTH["string"]) -> str:
        if not isinstance(node, yaml.ScalarNode):
            raise self.fail(node, f"'{name}' ska vara en text, men är {shown(node)}")
        if node.tag != STR_TAG:
            if node.tag == NULL_TAG:
                raise self.fail(node, f"'{name}' är tom; skriv en text")
            raise self.fail(
                node,
                f"'{name}' ska vara en text, men YAML läser {shown(node)} som "
                f"{_TYPE_NAMES.get(node.tag, 'något annat')}; sätt texten inom citattecken",
            )
        if not node.value.strip():
            raise self.fail(node, f"'{name}' är tom; skriv en text")
        hidden = HIDDEN.search(node.value)
        if hidden:  # written as a YAML escape ("\u202e", "\x01", "\0"): the file itself looked clean
            raise self.fail(node, f"'{name}' innehåller det osynliga tecknet {_char(hidden.group(0))}, "
                                  "skrivet som en kod med omvänt snedstreck; ta bort det")
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

    def number(self, node: yaml.ScalarNode, field_spec: Spec, name: str) -> float | int:
        tags = ["tag:yaml.org,2002:int"] + (["tag:yaml.org,2002:float"] if field_spec.kind == "number" else [])
        if node.tag not in tags:
            raise self.fail(
                node,
                f"'{name}' ska vara {'ett heltal' if field_spec.kind == 'int' else 'ett tal'} med siffror "
                f"(utan mellanslag och enhet), men är {shown(node)}",
            )
        written = node.value.lstrip("+-")
        if len(written) > MAX_DIGITS:  # int() of thousands of digits is slow, and no figure here is that long
            raise self.fail(node, f"'{name}' har {len(written)} tecken; ett tal här har högst {MAX_DIGITS} siffror")
        if len(written) > 1 and written[0] == "0" and written[1].isdigit():  # 050: octal 40 in YAML 1.1
            fixed = node.value.replace(written, written.lstrip("0") or "0", 1)
            raise self.fail(node, f"'{name}' skrivs utan nolla först: skriv {fixed}, inte {node.value}")
        if "e" in written.lower():
            raise self.fail(node, f"'{name}' skrivs med vanliga siffror, inte som {node.value}")
        if node.value.startswith("-") and not written.strip("0."):
            raise self.fail(node, f"'{name}' skrivs 0, inte {node.value}")
        value: float | int = int(node.value) if node.tag.endswith(":int") else float(node.value)
        if not math.isfinite(value) or abs(value) > LARGEST:
            raise self.fail(node, f"'{name}' är för stort för att visas; ett tal här är högst {LARGEST:,}".replace(",", " "))
        low, high = field_spec.minimum, field_spec.maximum
        if (low is not None and value < low) or (high is not None and value > high):
            if low is not None and high is not None:
                span = f"mellan {_number(low)} och {_number(high)}"
            else:
                span = f"minst {_number(low)}" if low is not None else f"högst {_number(high)}"
            raise self.fail(node, f"'{name}' ska vara {span}, men är {value}")
        return value


def _number(value: float) -> str:
    """A bound as an editor reads it: 1 000 000 000, 0, 2.5."""
    return f"{int(value):,}".replace(",", "\u00a0") if float(value).is_integer() else f"{value:g}"


@dataclass
class _Entry:
    """One record as written, valid or not: enough to check references without cascades."""

    collection: str
    values: dict[str, Any]
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
        where = _where(file, item)
        record_id = values.get("id")
        if record_id in first_line:
            checker.report(
                where.at("id"),
                f"id '{record_id}' används redan på rad {first_line[record_id]}; varje id måste vara unikt",
            )
            continue
        if record_id is not None:
            first_line[record_id] = where.at("id")
        entries.append(_Entry(collection, values, where))
        if len(checker.problems) == before and record_id is not None:
            records[record_id] = cls(**values, where=where)
    return records, entries, checker.problems


def check_collection(collection: str, node: yaml.Node, file: str) -> tuple[dict[str, Any], list[Problem]]:
    """One file's valid records by id and its problems, on its own (for old versions read from git)."""
    records, _, problems = _check_collection(collection, node, file)
    return records, problems


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
                        entry.where.at(name),
                        f"'{name}' pekar på '{target}', som inte finns i data/{field_spec.ref}.yml."
                        f"{suggest(target, sorted(targets), 0.85)} Finns {WHAT[field_spec.ref]} inte än? Lägg till "
                        f"den i data/{field_spec.ref}.yml; mallen står i Så uppdaterar du webbplatsen",
                    )


def load_dataset(data_dir: Path, snapshot: Snapshot | None = None) -> tuple[Dataset, list[Problem]]:
    """Load and check all data files; return the dataset and every problem found.

    Python's cycle collector is paused meanwhile: the node trees and records hold no
    cycles, and with thousands of records its repeated passes took half the time."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _load_dataset(data_dir, snapshot or Snapshot(data_dir))
    finally:
        if was_enabled:
            gc.enable()


def _load_dataset(data_dir: Path, snapshot: Snapshot) -> tuple[Dataset, list[Problem]]:
    nodes, problems = compose_all(data_dir, snapshot)
    collections: dict[str, dict[str, Any]] = {}
    entries: list[_Entry] = []
    for collection in COLLECTIONS:
        collections[collection] = {}
        if collection in nodes:
            file = display_name(data_dir, data_dir / f"{collection}.yml")
            records, found_entries, found = _check_collection(collection, nodes[collection], file)
            collections[collection] = records
            entries.extend(found_entries)
            problems.extend(found)
    known: dict[str, set[str] | None] = {
        c: {e.values["id"] for e in entries if e.collection == c and "id" in e.values} if c in nodes else None
        for c in COLLECTIONS
    }
    texts, found = load_texts(collections["sources"], snapshot)
    problems.extend(found)
    dataset = Dataset(collections, texts)
    problems.extend(_check_refs(entries, known))
    problems.extend(record_rules(dataset))
    problems.extend(evidence_problems(collections, texts))
    return dataset, sorted(set(problems))
