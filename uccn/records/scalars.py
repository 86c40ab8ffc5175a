"""How one written value is checked: a text, a text in every language, an id, a number,
a web address, a choice, a date, true or false.

Each function takes the node YAML read, the field's name as the editor wrote it,
and a `Reporter` (the file's checker, `uccn.check.checker.FileChecker`). It returns the
value, or records the problem (file, line, what is wrong and what is allowed) and
raises the `Invalid` that `Reporter.fail` returns.
"""
from __future__ import annotations

import math
import re
from typing import Protocol

import yaml

from ..base.characters import HIDDEN, ascii_form, char_name, odd_digit, visible
from ..base.languages import BY_CODE, LANGS
from ..base.problem import suggest
from .fields import MAX_LENGTH, PartialDate, Spec, Text

STR_TAG = "tag:yaml.org,2002:str"
NULL_TAG = "tag:yaml.org,2002:null"
BOOL_TAG = "tag:yaml.org,2002:bool"
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ID_LENGTH = 80  # an id is a file name and part of an address
MAX_DIGITS = 15  # a number with more is a mistake (or an attack on the parser), not a figure
LARGEST = 10**12  # kronor, shares, paragraphs and counts stay far below this
URL_PATTERN = r"^https://\S+$"
DATE_FORMS = "Skriv 2021, 2021-03, \"2021-03-15\" (en dag inom citattecken) eller 2021-autumn, så exakt som källan anger"

_TYPE_NAMES = {
    BOOL_TAG: "ett sant/falskt-värde",
    "tag:yaml.org,2002:int": "ett tal",
    "tag:yaml.org,2002:float": "ett tal",
    "tag:yaml.org,2002:timestamp": "ett datum",
    NULL_TAG: "tomt",
}
_LANGUAGE_WORDS = {"sv": "svensk", "en": "engelsk"}  # "en svensk text"; another language is named by its code


_WRITTEN = tuple(lang for lang in LANGS if BY_CODE[lang].complete)  # a text is written in each


def _word(lang: str) -> str:
    return _LANGUAGE_WORDS.get(lang, f"'{lang}'-")


class Invalid(Exception):
    """A value that cannot be used; the problem is already recorded."""


class Reporter(Protocol):
    """What a check needs of the file being checked: a way to record a problem at a node."""

    def report(self, node: yaml.Node, message: str) -> None: ...

    def fail(self, node: yaml.Node, message: str) -> Invalid: ...


def shown(node: yaml.Node) -> str:
    """A value as a message quotes it: short, and with nothing in it that could hide a line."""
    if isinstance(node, yaml.ScalarNode):
        value = node.value if len(node.value) <= 40 else node.value[:37] + "..."
        return f"'{visible(value)}'"
    return "en lista" if isinstance(node, yaml.SequenceNode) else "en nyckel-värde-samling"


def single(reporter: Reporter, node: yaml.Node, name: str) -> yaml.ScalarNode:
    if not isinstance(node, yaml.ScalarNode):
        raise reporter.fail(node, f"'{name}' ska vara ett enskilt värde, men är {shown(node)}")
    return node


def plain_text(reporter: Reporter, node: yaml.Node, name: str, limit: int = MAX_LENGTH["string"]) -> str:
    if not isinstance(node, yaml.ScalarNode):
        raise reporter.fail(node, f"'{name}' ska vara en text, men är {shown(node)}")
    if node.tag != STR_TAG:
        if node.tag == NULL_TAG:
            raise reporter.fail(node, f"'{name}' är tom; skriv en text")
        raise reporter.fail(
            node,
            f"'{name}' ska vara en text, men YAML läser {shown(node)} som "
            f"{_TYPE_NAMES.get(node.tag, 'något annat')}; sätt texten inom citattecken",
        )
    value = node.value.strip()
    if not value:
        raise reporter.fail(node, f"'{name}' är tom; skriv en text")
    _ascii_digits(reporter, node, name)
    # A file is searched whole before it is read (uccn.read.load); only an escape in double quotes adds a character.
    hidden = HIDDEN.search(node.value) if node.style == '"' else None
    if hidden:  # written as a YAML escape ("\u202e", "\x01", "\0"): the file itself looked clean
        raise reporter.fail(node, f"'{name}' innehåller det osynliga tecknet {char_name(hidden.group(0))}, "
                                  "skrivet som en kod med omvänt snedstreck; ta bort det")
    if len(value) > limit:
        raise reporter.fail(node, f"'{name}' är {len(value)} tecken lång; den får vara högst {limit} tecken")
    return value


def _ascii_digits(reporter: Reporter, node: yaml.ScalarNode, name: str) -> None:
    odd = odd_digit(node.value)
    if odd is not None:
        raise reporter.fail(node, f"'{name}' har siffran {char_name(odd)}, som inte är en siffra 0–9 fast den "
                                  f"läses som en; skriv {visible(ascii_form(node.value))[:60]}")


def text(reporter: Reporter, node: yaml.Node, name: str, limit: int = MAX_LENGTH["text"]) -> Text:
    """A text in every language, each on its own line (`sv: …`, `en: …`); every problem in it is reported."""
    if not isinstance(node, yaml.MappingNode):
        raise reporter.fail(
            node, f"'{name}' ska ha en {' och en '.join(_word(lang) for lang in _WRITTEN)} text, skrivna på egna rader "
                  f"som {' och '.join(repr(lang + ': …') for lang in _WRITTEN)}",
        )
    found: dict[str, str] = {}
    broken = False
    for key_node, value_node in node.value:
        key = key_node.value if isinstance(key_node, yaml.ScalarNode) else shown(key_node)
        if key not in LANGS:
            reporter.report(key_node, f"okänd språknyckel '{key}' i '{name}'; tillåtna är {' och '.join(LANGS)}")
        elif key in found:
            reporter.report(key_node, f"'{name}' har '{key}' två gånger; ta bort en av dem")
        elif not BY_CODE[key].complete and _empty(value_node):
            found[key] = ""  # not yet translated: shown in the root language (uccn.check.translations)
        else:
            try:
                found[key] = plain_text(reporter, value_node, f"{name}.{key}", limit)
            except Invalid:
                broken = True
                found[key] = ""
    missing = [lang for lang in LANGS if lang not in found and BY_CODE[lang].complete]  # the others: uccn.check.translations
    if missing:
        raise reporter.fail(node, f"'{name}' saknar {' och '.join(_word(m) for m in missing)} "
                                  f"text (skriv den under {', '.join(m + ':' for m in missing)})")
    if broken:
        raise Invalid()
    return Text(**{lang: text for lang, text in found.items() if text or BY_CODE[lang].complete})


def _empty(node: yaml.Node) -> bool:
    """Nothing written: `fi:` or `fi: ""`."""
    return isinstance(node, yaml.ScalarNode) and (node.tag == NULL_TAG or (node.tag == STR_TAG and not node.value.strip()))


def _place(node: yaml.ScalarNode, index: int) -> str:
    """Where character `index` of a scalar is: its column when the value is written on one line."""
    if node.start_mark.line == node.end_mark.line and node.style in (None, "", "'", '"'):
        return f"i kolumn {node.start_mark.column + 1 + index + (1 if node.style else 0)}"
    return f"som tecken nummer {index + 1} i texten"


def identifier(reporter: Reporter, node: yaml.Node, name: str) -> str:
    value = plain_text(reporter, node, name, ID_LENGTH)
    assert isinstance(node, yaml.ScalarNode)  # plain_text let only a scalar through
    if not ID_PATTERN.match(value):
        # A letter that looks like a–z but is not (Cyrillic а) or one that does not show.
        odd = next((c for c in value if not (c.isascii() and c.isprintable())), None)
        where = f" Tecknet {char_name(odd)} {_place(node, node.value.index(odd))} är inte tillåtet." if odd else ""
        raise reporter.fail(
            node,
            f"'{name}' ska vara ett id med små bokstäver a–z, siffror och bindestreck "
            f"(t.ex. ks-2018-302), men är '{visible(value)}'.{where}",
        )
    return value


# A figure as a person writes it, with its unit: "100 000 kr", "20 %", "100 tkr" (not: "ca 100").
_WRITTEN_FIGURE = re.compile(r"[0-9]{1,3}(?:[ \u00a0\u202f][0-9]{3})*(?:[.,][0-9]+)?")
_UNITS = re.compile(r"\s*(?:kr|kronor|sek|%|procent)\.?", re.IGNORECASE)


def _digits_of(written: str) -> str | None:
    """What a figure written with spaces or its unit is as the field wants it: "100 000 kr" -> 100000,
    "20 %" -> 20, "0,5" -> 0.5; None when it is not one figure in one of those units."""
    found = _WRITTEN_FIGURE.match(written.strip())
    rest = written.strip()[found.end():] if found else ""
    if not found or (rest and not _UNITS.fullmatch(rest)):
        return None
    return re.sub(r"[ \u00a0\u202f]", "", found.group(0)).replace(",", ".")


def _bound(value: float) -> str:
    """A bound as an editor reads it: 1 000 000 000, 0, 2.5."""
    return f"{int(value):,}".replace(",", "\u00a0") if float(value).is_integer() else f"{value:g}"


def number(reporter: Reporter, node: yaml.Node, spec: Spec, name: str) -> float | int:
    node = single(reporter, node, name)
    _ascii_digits(reporter, node, name)
    tags = ["tag:yaml.org,2002:int"] + (["tag:yaml.org,2002:float"] if spec.kind == "number" else [])
    if node.tag not in tags:
        digits = _digits_of(node.value) if isinstance(node, yaml.ScalarNode) else None
        raise reporter.fail(
            node,
            f"'{name}' ska vara {'ett heltal' if spec.kind == 'int' else 'ett tal'} med siffror "
            f"(utan mellanslag och enhet), men är {shown(node)}" + (f"; skriv {digits}" if digits else ""),
        )
    written = node.value.lstrip("+-")
    if len(written) > MAX_DIGITS:  # int() of thousands of digits is slow, and no figure here is that long
        raise reporter.fail(node, f"'{name}' har {len(written)} tecken; ett tal här har högst {MAX_DIGITS} siffror")
    if len(written) > 1 and written[0] == "0" and written[1].isdigit():  # 050: octal 40 in YAML 1.1
        fixed = node.value.replace(written, written.lstrip("0") or "0", 1)
        raise reporter.fail(node, f"'{name}' skrivs utan nolla först: skriv {fixed}, inte {node.value}")
    if "e" in written.lower():
        raise reporter.fail(node, f"'{name}' skrivs med vanliga siffror, inte som {node.value}")
    if node.value.startswith("-") and not written.strip("0."):
        raise reporter.fail(node, f"'{name}' skrivs 0, inte {node.value}")
    value: float | int = int(node.value) if node.tag.endswith(":int") else float(node.value)
    if not math.isfinite(value) or abs(value) > LARGEST:
        raise reporter.fail(node, f"'{name}' är för stort för att visas; ett tal här är högst {LARGEST:,}".replace(",", " "))
    low, high = spec.minimum, spec.maximum
    if (low is not None and value < low) or (high is not None and value > high):
        if low is not None and high is not None:
            span = f"mellan {_bound(low)} och {_bound(high)}"
        else:
            span = f"minst {_bound(low)}" if low is not None else f"högst {_bound(high)}"
        raise reporter.fail(node, f"'{name}' ska vara {span}, men är {value}")
    return value


def string(reporter: Reporter, node: yaml.Node, spec: Spec, name: str) -> str:
    value = plain_text(reporter, single(reporter, node, name), name, spec.max_length or MAX_LENGTH["string"])
    if spec.pattern and not re.fullmatch(spec.pattern.strip("^$"), value):
        raise reporter.fail(node, f"'{name}' kan inte vara {shown(node)}. {spec.doc}")
    return value


def url(reporter: Reporter, node: yaml.Node, spec: Spec, name: str) -> str:
    value = plain_text(reporter, single(reporter, node, name), name)
    if not re.match(URL_PATTERN, value):
        raise reporter.fail(node, f"'{name}' ska vara en webbadress som börjar med https://, men är {shown(node)}")
    return value


def choice(reporter: Reporter, node: yaml.Node, spec: Spec, name: str) -> str:
    value = plain_text(reporter, single(reporter, node, name), name)
    if value not in spec.choices:
        raise reporter.fail(
            node, f"'{name}' kan inte vara '{visible(value)}'.{suggest(value, spec.choices)} "
                  f"Tillåtna värden: {', '.join(spec.choices)}",
        )
    return value


def date(reporter: Reporter, node: yaml.Node, spec: Spec, name: str) -> PartialDate:
    node = single(reporter, node, name)
    try:
        return PartialDate.parse(node.value)
    except ValueError as err:
        reason = str(err) if "day is out of range" not in str(err) else "dagen finns inte i den månaden"
        words = date_in_words(node.value)
        if words:  # "november 2018": what to write instead, not why the words are no date
            raise reporter.fail(node, f"'{name}' är inget giltigt datum: {shown(node)}. Skriv {words[0]} ({words[1]})") from None
        raise reporter.fail(node, f"'{name}' är inget giltigt datum: {shown(node)} ({reason}). {DATE_FORMS}") from None


_MONTHS = {name: n for n, names in enumerate((
    ("januari", "january", "jan"), ("februari", "february", "feb"), ("mars", "march", "mar"), ("april", "apr"),
    ("maj", "may"), ("juni", "june", "jun"), ("juli", "july", "jul"), ("augusti", "august", "aug"),
    ("september", "sep", "sept"), ("oktober", "october", "okt", "oct"), ("november", "nov"), ("december", "dec"),
), start=1) for name in names}
_SEASON_WORDS = {"våren": "spring", "våras": "spring", "spring": "spring", "sommaren": "summer", "summer": "summer",
                 "hösten": "autumn", "höstas": "autumn", "autumn": "autumn", "fall": "autumn",
                 "vintern": "winter", "winter": "winter"}


def date_in_words(written: str) -> tuple[str, str] | None:
    """A date written in words, as the field wants it, and what it means: "november 2018" ->
    ("2018-11", "månaden skrivs som siffror"), "26 november 2018" -> 2018-11-26, "hösten 2018" ->
    2018-autumn. None when the words are no date of these forms."""
    words = re.findall(r"[^\W\d_]+|[0-9]+", written.casefold())
    numbers = [w for w in words if w.isdigit()]
    names = [w for w in words if not w.isdigit()]
    year = next((n for n in numbers if len(n) == 4), None)
    if year is None or len(names) != 1 or len(numbers) > 2:
        return None
    day = next((n for n in numbers if n != year), None)
    if names[0] in _SEASON_WORDS and day is None:
        return f"{year}-{_SEASON_WORDS[names[0]]}", "en årstid skrivs på engelska efter året"
    month = _MONTHS.get(names[0])
    if month is None:
        return None
    if day is None:
        return f"{year}-{month:02d}", "månaden skrivs som siffror efter året"
    return f"{year}-{month:02d}-{int(day):02d}", "året, månaden och dagen som siffror"


def boolean(reporter: Reporter, node: yaml.Node, spec: Spec, name: str) -> bool:
    if single(reporter, node, name).tag != BOOL_TAG:
        raise reporter.fail(node, f"'{name}' ska vara true eller false, men är {shown(node)}")
    return node.value.lower() == "true"
