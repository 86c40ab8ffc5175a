"""What a data file may not be, found before and while YAML parses it, in words for an editor:
an invisible character, a tab for indentation, nesting too deep, a second document, a tag, an
anchor, and each of the parser's own errors."""
from __future__ import annotations

import re

import yaml

from ..base.characters import HIDDEN, char_name, visible
from ..base.problem import Problem
from .yamlcore import CoreLoader

# What the YAML parser says (in English), and what it means for an editor.
_SYNTAX = [
    ("mapping values are not allowed", "ett kolon står där det inte får stå; sätt texten inom citattecken"),
    ("could not find expected ':'", "ett kolon saknas efter namnet"),
    ("did not find expected key", "indraget stämmer inte med raderna ovanför"),
    ("did not find expected '-' indicator", "indraget stämmer inte, eller ett bindestreck saknas i listan"),
    ("did not find expected ',' or ']'", "en lista inom [ ] är inte avslutad med ]"),
    ("did not find expected ',' or '}'", "en samling inom { } är inte avslutad med }"),
    ("found unexpected end of stream", "ett citattecken eller en klammer är inte avslutad"),
    ("cannot start any token", "raden börjar med ett tecken som måste stå inom citattecken, som @ eller `"),
    ("unknown escape character", "ett omvänt snedstreck (\\) inom dubbla citattecken; använd enkla citattecken"),
    ("undefined tag handle", "en tagg som börjar med ! går inte att läsa; ta bort den"),
    ("undefined alias", "ankare och alias (&namn och *namn) används inte i datan; skriv ut värdet där det behövs"),
]


_AFTER_QUOTE = re.compile(r"""^\s*(?:-\s+)?[\w.-]+:\s*(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*')\s*[^\s#]""")


def _indent_problem(lines: list[str], line: int) -> str | None:
    """The message when the line the parser stopped at is indented unlike any line it could
    belong to: not as far in as the line above, nor as any line that opens a level above it."""
    if not 0 < line <= len(lines) or not lines[line - 1].strip():
        return None
    own = len(lines[line - 1]) - len(lines[line - 1].lstrip(" "))
    above = [(n, len(text) - len(text.lstrip(" ")), text.lstrip(" "))
             for n, text in enumerate(lines[: line - 1], start=1) if text.strip() and not text.lstrip().startswith("#")]
    if not above:
        return None
    number, previous, text = above[-1]
    levels = {indent for _, indent, _ in above} | {previous + 2 if text.startswith("- ") else previous}
    if text.startswith("- "):  # the keys of a list item line up after its "- "
        levels.add(previous + 2)
    opens = text.rstrip().endswith((":", "|", ">", "|-", ">-"))  # a level or a block text starts below it
    if own in levels or (opens and own > previous):
        return None
    return (f"indraget stämmer inte: raden har {own} mellanslag, men raden ovanför (rad {number}) har {previous}"
            f"{' och dess nycklar står efter ”- ”, alltså ' + str(previous + 2) if text.startswith('- ') else ''}. "
            "Rätta indraget så att raden står rakt under de andra fälten i samma post")


def _syntax_problem(name: str, err: yaml.YAMLError, text: str = "") -> Problem:
    mark = getattr(err, "problem_mark", None) or getattr(err, "context_mark", None)
    line = mark.line + 1 if mark else 1
    lines = text.splitlines()
    for number in (line, line - 1):  # the parser may stop on the line after
        if 0 < number <= len(lines) and _AFTER_QUOTE.match(lines[number - 1]):
            return Problem(name, number, "det står text efter det avslutande citattecknet; sätt hela texten "
                                         "inom citattecknen, eller ta bort det som står efter")
    indent = _indent_problem(lines, line)
    if indent is not None:
        return Problem(name, line, indent)
    problem = getattr(err, "problem", None) or ""
    meaning = next((swedish for english, swedish in _SYNTAX if english in problem), "något i raden går inte att läsa")
    return Problem(name, line, f"YAML-syntaxfel: {meaning}. Kontrollera indrag, kolon och citattecken")


# Where an anchor or alias can stand: at a line's start, after "key:", "- " or "? ", or after [ { ,
_ANCHOR_OR_ALIAS = re.compile(r"(?:^[ \t]*|[:?-][ \t]+|[\[{,][ \t]*)[&*][^\s,\]}]", re.MULTILINE)


def alias_problems(text: str, name: str) -> list[Problem]:
    """Anchors and aliases (&namn, *namn) make one value stand in two places, and a
    mistake in it is reported at the first; our data has no need for them."""
    if ("&" not in text and "*" not in text) or not _ANCHOR_OR_ALIAS.search(text):  # the parse below is only needed when one may be there
        return []
    problems = []
    for event in yaml.parse(text, Loader=CoreLoader):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            problems.append(Problem(name, event.start_mark.line + 1,
                                    "ankare och alias (&namn och *namn) används inte i datan; skriv ut värdet där det behövs"))
    return problems


def _first_tab_line(text: str) -> int | None:
    found = _TAB_INDENT.search(text) if "\t" in text else None
    return None if found is None else _line_at(text, found.start())


_TAB_INDENT = re.compile(r"(?:(?<=[\r\n])|\A)[ \t]*\t")


_DOCUMENT_START = re.compile(r"(?:(?<=[\r\n])|\A)---(?:[ \t]*(?=[\r\n]|\Z)| )")


def _line_at(text: str, position: int) -> int:
    """The line (from 1) the character at `position` stands on, counted as str.splitlines counts."""
    return len(text[:position].splitlines()) + (position == 0 or text[position - 1] in "\r\n")


MAX_NESTING = 40  # levels of lists and mappings; our records need under ten


def _too_deep(text: str) -> int | None:
    """The line where lists and mappings nest deeper than MAX_NESTING, by brackets or indentation."""
    found = [number for number in (_deep_indent(text), _deep_brackets(text)) if number is not None]
    return min(found, default=None)


def _deep_indent(text: str) -> int | None:
    """The first line indented, or with dashes, as for more than MAX_NESTING levels. Half a
    line's length is the most its indent and its dashes can count, so only long lines are read."""
    for number, line in enumerate(text.splitlines(), start=1):
        if len(line) > 2 * MAX_NESTING * 2:
            stripped = line.lstrip(" ")
            if (len(line) - len(stripped)) // 2 + stripped[:200].count("- ") > MAX_NESTING * 2:
                return number
    return None


def _deep_brackets(text: str) -> int | None:
    """The first line where brackets [ { open more than MAX_NESTING levels."""
    if "[" not in text and "{" not in text:
        return None
    depth = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if not depth and "[" not in line and "{" not in line:
            continue  # no bracket opens here and none is open: nothing to count
        quoted = None
        for c in line:
            if quoted:
                quoted = None if c == quoted else quoted
            elif c in "\"'":
                quoted = c
            elif c == "#":
                break
            elif c in "[{":
                depth += 1
                if depth > MAX_NESTING:
                    return number
            elif c in "]}":
                depth = max(0, depth - 1)
    return None


def _explicit_tags(text: str) -> list[tuple[int, str]]:
    """The line and tag of every value with an explicit tag (`!!int abc`, `!!bool yes`, `!x`): our
    data never needs one, and a tag makes YAML read a value by another rule than ours."""
    found: list[tuple[int, str]] = []
    if "!" not in text:
        return found
    try:
        for event in yaml.parse(text, Loader=CoreLoader):
            tag = getattr(event, "tag", None)
            if tag not in (None, "!") and not (isinstance(event, yaml.ScalarEvent) and event.implicit[0]):
                found.append((event.start_mark.line + 1, tag.replace("tag:yaml.org,2002:", "!!")))
    except (yaml.YAMLError, RecursionError):
        pass  # composing reports it
    return found


def _second_document(text: str) -> int | None:
    """The line of a `---` that starts a second document (one at the very top is allowed)."""
    for start in _DOCUMENT_START.finditer(text) if "---" in text else ():
        before = text[: start.start()].splitlines()
        if any(line.strip() and not line.lstrip().startswith("#") and not _DOCUMENT_START.match(line)
               for line in before):
            return len(before) + 1
    return None


_SECOND_DOCUMENT = "filen har ett andra dokument (en rad med ---); en datafil är en enda lista. Ta bort raden"


def refused_before_parsing(text: str, name: str) -> list[Problem]:
    """What stops a file before YAML reads it, the first found: an invisible character (YAML refuses
    some with an unreadable error; none belongs in our data), a tab in the indentation, nesting deeper
    than MAX_NESTING, a second document, or a tag."""
    hidden = HIDDEN.search(text)
    if hidden:
        line = text.count("\n", 0, hidden.start()) + 1
        column = hidden.start() - (text.rfind("\n", 0, hidden.start()) + 1) + 1
        return [Problem(name, line, f"osynligt tecken {char_name(hidden.group(0))} i kolumn {column}; ta bort det")]
    tab_line = _first_tab_line(text)
    if tab_line is not None:
        return [Problem(name, tab_line, "tabbtecken används för indrag; använd mellanslag i stället")]
    deep = _too_deep(text)
    if deep is not None:
        return [Problem(name, deep, f"listor och avsnitt är inbäddade i mer än {MAX_NESTING} nivåer; "
                                    "så djupt behöver ingen post vara")]
    documents = _second_document(text)
    if documents is not None:
        return [Problem(name, documents, _SECOND_DOCUMENT)]
    tagged = _explicit_tags(text)
    if tagged:
        return [Problem(name, line, f"värdet har YAML-taggen '{visible(tag)}'; skriv värdet utan {visible(tag)}, "
                                    "som vanlig text, siffror eller true/false (a value is written without a tag)")
                for line, tag in tagged]
    return []


def parse_problem(name: str, err: yaml.YAMLError, text: str) -> Problem:
    """What the parser's error means for an editor; a second document is named as such."""
    if isinstance(err, yaml.composer.ComposerError) and "expected a single document" in str(err):
        line = err.problem_mark.line + 1 if err.problem_mark else 1
        return Problem(name, line, _SECOND_DOCUMENT)
    return _syntax_problem(name, err, text)
