"""Each row of the table of field kinds, on its own: check, JSON Schema, empty value, template."""
from __future__ import annotations

import jsonschema
import pytest
import yaml

from uccn.check.checker import FileChecker
from uccn.read.yamlcore import CoreLoader
from uccn.records.fields import Spec, specs
from uccn.records.kinds import KINDS, blank_schema, field_schema, is_blank
from uccn.records.parts import Period, Point
from uccn.records.registry import COLLECTIONS
from uccn.records.scalars import Invalid


def _node(text: str) -> yaml.Node:
    return yaml.compose(f"v: {text}", Loader=CoreLoader).value[0][1]


def _load(text: str):
    """What an editor's tool (YAML 1.2) reads from the value."""
    return CoreLoader(f"v: {text}").get_single_data()["v"]


def _check(spec: Spec, text: str):
    checker = FileChecker("data/x.yml")
    try:
        return checker.value(_node(text), spec, "f"), [str(p) for p in checker.problems]
    except Invalid:
        return None, [str(p) for p in checker.problems]


def test_every_kind_the_models_use_is_in_the_table_and_every_row_is_used():
    used = {s.kind for cls in [*COLLECTIONS.values(), Period, Point] for s in specs(cls).values()}
    used |= {s.kind for cls in COLLECTIONS.values() for s in specs(cls).values() if s.record
             for s in specs(s.record).values()}
    assert used == set(KINDS)


# (spec, good YAML, its value, bad YAML, the message for it)
ROWS = [
    (Spec("id"), "ks-2018-302", "ks-2018-302", "KS 302", "'f' ska vara ett id med små bokstäver"),
    (Spec("ref", ref="x"), "region-jh", "region-jh", "[a]", "'f' ska vara ett enskilt värde, men är en lista"),
    (Spec("refs", ref="x"), "[a, b]", ("a", "b"), "a", "'f' ska vara en lista"),
    (Spec("names"), "[share_percent]", ("share_percent",), "[true]", "'f' ska vara en text, men YAML läser 'true'"),
    (Spec("string", max_length=5), "abc", "abc", "abcdef", "'f' är 6 tecken lång; den får vara högst 5 tecken"),
    (Spec("url"), "https://x.se/", "https://x.se/", "http://x.se/", "'f' ska vara en webbadress som börjar med https://"),
    (Spec("choice", choices=("a", "b")), "a", "a", "c", "'f' kan inte vara 'c'. Tillåtna värden: a, b"),
    (Spec("date"), "2018-11", None, "2018-13", "'f' är inget giltigt datum: '2018-13' (månad 13 finns inte)"),
    (Spec("bool"), "true", True, "yes", "'f' ska vara true eller false, men är 'yes'"),
    (Spec("int", minimum=0), "302", 302, "3.5", "'f' ska vara ett heltal med siffror"),
    (Spec("number", maximum=100), "20.5", 20.5, "250", "'f' ska vara högst 100, men är 250"),
    (Spec("text"), "{sv: a, en: b}", None, "{sv: a}", "'f' saknar engelsk text"),
    (Spec("texts"), "[{sv: a, en: b}]", None, "[a]", "'f' ska ha en svensk och en engelsk text"),
    (Spec("phrases"), '["kommunstyrelsen i Östersunds kommun"]', ("kommunstyrelsen i Östersunds kommun",), "[[a]]",
     "ska vara en text"),
    (Spec("object", record=Period), "{start: 2019, end: 2020}", None, "{start: 2019}",
     "'f' saknar det obligatoriska fältet 'end'"),
    (Spec("objects", record=Point), "[{number: 1, text: {sv: a, en: b}}]", None, "[{number: 0, text: {sv: a, en: b}}]",
     "'number' ska vara mellan 1 och 999"),
]


@pytest.mark.parametrize(("spec", "good", "value", "bad", "message"), ROWS, ids=[r[0].kind for r in ROWS])
def test_each_kind_checks_its_values_and_describes_them_in_json_schema(spec, good, value, bad, message):
    result, problems = _check(spec, good)
    assert problems == []
    if value is not None:
        assert result == value
    _, problems = _check(spec, bad)
    assert len(problems) == 1 and message in problems[0], problems
    schema = field_schema(spec)
    jsonschema.validate(_load(good), schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(_load(bad), schema)


@pytest.mark.parametrize("spec", [r[0] for r in ROWS], ids=[r[0].kind for r in ROWS])
def test_each_kind_knows_its_empty_value_and_its_blank_template(spec):
    lines = KINDS[spec.kind].template("f", spec, "", "  # c")
    written = yaml.compose("\n".join(lines), Loader=CoreLoader).value[0][1]
    assert is_blank(written, spec), lines  # a pasted template is empty, so nothing is made up
    jsonschema.validate(yaml.safe_load("\n".join(lines))["f"], blank_schema(spec))


def test_a_text_reports_the_problem_in_each_language_in_one_run():
    _, problems = _check(Spec("text", max_length=3), "{sv: abcd, en: [x], fr: y}")
    assert len(problems) == 3, problems
    assert any("'f.sv' är 4 tecken lång" in p for p in problems)
    assert any("'f.en' ska vara en text, men är en lista" in p for p in problems)
    assert any("okänd språknyckel 'fr' i 'f'; tillåtna är sv och en" in p for p in problems)


def test_a_check_needs_only_what_the_contract_names():
    """A kind's check calls back the checker only through `Checker`: any object that has it will do."""
    class Recorder:
        def __init__(self) -> None:
            self.messages: list[str] = []

        def report(self, node, message):
            self.messages.append(message)

        def fail(self, node, message):
            self.report(node, message)
            return Invalid()

        def nested(self, node, cls, name):
            return ("nested", name)

        def sequence(self, node, name):
            return node.value

    recorder = Recorder()
    assert KINDS["objects"].check(recorder, _node("[{a: 1}]"), Spec("objects", record=Point), "f") == (("nested", "f"),)
    with pytest.raises(Invalid):
        KINDS["url"].check(recorder, _node("ftp://x"), Spec("url"), "f")
    assert recorder.messages == ["'f' ska vara en webbadress som börjar med https://, men är 'ftp://x'"]
