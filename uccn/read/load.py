"""Read `data/*.yml` into YAML node trees that keep the line of every value.

Only PyYAML's safe composer is used: nodes carry their position, and nothing in a
data file can construct a Python object. YAML syntax errors become `Problem`s
with file and line instead of tracebacks.
"""
from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import yaml

from ..base import safeio
from ..base.characters import HIDDEN, char_name, visible
from ..base.problem import Problem, suggest
from ..records.registry import COLLECTIONS

TEXTS = "texts"  # data/texts/: the stored texts of sources, named by stored_text


class CoreLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """PyYAML's safe loader (libyaml when present) with YAML 1.2 core-schema types.

    YAML 1.1 reads `050` as octal 40, `0x14` and `1:40` as numbers and `yes`/`no`/`on`
    as booleans. Here only `true`/`false` are booleans, only decimal digits are
    numbers (the validator refuses leading zeros) and `.nan`/`.inf` are text, which
    no number field accepts."""

    # plain scalar -> (its tag, whether a YAML 1.1 reader gives it another), shared: the same words
    # recur in every record
    _tags: ClassVar[dict[str, tuple[str, bool]]] = {}

    def __init__(self, stream) -> None:
        super().__init__(stream)
        self.older: list[str] = []  # the plain values a YAML 1.1 reader takes for another type (yaml11_problems)

    def resolve(self, kind, value, implicit):
        """PyYAML's resolution, without its per-node overhead: no path resolvers are
        used, so a node's tag depends only on its kind and, for plain scalars, its text."""
        if kind is yaml.ScalarNode:
            if not implicit[0]:
                return self.DEFAULT_SCALAR_TAG
            known = self._tags.get(value)
            if known is None:
                tag = super().resolve(kind, value, implicit)
                known = (tag, _YAML11.resolve(kind, value, implicit) != tag)
                if len(value) <= 80:
                    self._tags[value] = known
            if known[1]:
                self.older.append(value)
            return known[0]
        return self.DEFAULT_SEQUENCE_TAG if kind is yaml.SequenceNode else self.DEFAULT_MAPPING_TAG

    def descend_resolver(self, current_node, current_index):
        pass

    def ascend_resolver(self):
        pass


_YAML11 = yaml.resolver.Resolver()  # YAML 1.1's types, as PyYAML's safe_load has them
CoreLoader.yaml_implicit_resolvers = {}
for _tag, _pattern, _first in [
    ("bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("int", r"^[-+]?[0-9]+$", "-+0123456789"),
    ("float", r"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$", "-+.0123456789"),
    ("null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
]:
    CoreLoader.add_implicit_resolver(f"tag:yaml.org,2002:{_tag}", re.compile(_pattern), list(_first))


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


def _alias_problems(text: str, name: str) -> list[Problem]:
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


MAX_FILE_BYTES = 5_000_000  # far above any data file or stored text; a larger one is a mistake or an attack
MAX_NESTING = 40  # levels of lists and mappings; our records need under ten


class Snapshot:
    """The bytes of the files under data/, each read once, without following a link.

    Everything the check reads comes from here, and the cache's key is a digest of
    the same bytes: a file changed during a build cannot give a key of one version
    and a dataset of another."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.files: dict[str, bytes | Exception] = {}

    def read(self, relative: str) -> bytes:
        """The bytes of data/<relative>; FileNotFoundError or safeio.Unsafe as they happened."""
        if relative not in self.files:
            try:
                self.files[relative] = safeio.read_bytes(
                    self.data_dir.parent, Path(self.data_dir.name) / relative, limit=MAX_FILE_BYTES)
            except (OSError, safeio.Unsafe) as err:
                self.files[relative] = err
        found = self.files[relative]
        if isinstance(found, Exception):
            raise found
        return found

    def listing(self) -> list[str] | None:
        """The names directly under data/, where they come from elsewhere than the disk; None: read the disk."""
        return None

    def read_all(self) -> None:
        """Read every regular file under data/ (links are reported by the project check)."""
        if not self.data_dir.is_dir() or self.data_dir.is_symlink():
            return
        for folder, dirs, files in os.walk(self.data_dir):
            dirs[:] = sorted(d for d in dirs if not (Path(folder) / d).is_symlink())
            for name in sorted(files):
                relative = (Path(folder) / name).relative_to(self.data_dir).as_posix()
                try:
                    self.read(relative)
                except (OSError, safeio.Unsafe):
                    pass

    def total_bytes(self) -> int:
        """How many bytes of data/ were read."""
        return sum(len(found) for found in self.files.values() if isinstance(found, bytes))

    def digest_parts(self) -> list[bytes]:
        """Names and bytes of what was read, in order, for a cache key."""
        parts: list[bytes] = []
        for name in sorted(self.files):
            found = self.files[name]
            parts += [f"data/{name}".encode(), found if isinstance(found, bytes) else repr(found).encode()]
        return parts


def compose_text(raw: bytes, name: str) -> tuple[yaml.Node | None, list[Problem]]:
    """Parse the bytes of one data file into its root node, or return the problems that stop it.
    Used for data/ and for old versions of it read from git alike."""
    if len(raw) > MAX_FILE_BYTES:
        return None, [Problem(name, 1, f"filen är större än {MAX_FILE_BYTES // 1_000_000} MB; dela upp den eller korta den")]
    try:
        text = raw.decode("utf-8-sig")  # a byte order mark at the start is fine
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        return None, [Problem(name, line, "filen är inte sparad som UTF-8 (första felaktiga tecknet står på "
                                          "den här raden); spara om den som UTF-8")]
    hidden = HIDDEN.search(text)
    if hidden:  # YAML refuses some of them with an unreadable error; none belongs in our data
        line = text.count("\n", 0, hidden.start()) + 1
        column = hidden.start() - (text.rfind("\n", 0, hidden.start()) + 1) + 1
        return None, [Problem(name, line, f"osynligt tecken {char_name(hidden.group(0))} i kolumn {column}; ta bort det")]
    tab_line = _first_tab_line(text)
    if tab_line is not None:
        return None, [
            Problem(name, tab_line, "tabbtecken används för indrag; använd mellanslag i stället")
        ]
    deep = _too_deep(text)
    if deep is not None:
        return None, [Problem(name, deep, f"listor och avsnitt är inbäddade i mer än {MAX_NESTING} nivåer; "
                                          "så djupt behöver ingen post vara")]
    documents = _second_document(text)
    if documents is not None:
        return None, [Problem(name, documents, "filen har ett andra dokument (en rad med ---); "
                                               "en datafil är en enda lista. Ta bort raden")]
    tagged = _explicit_tags(text)
    if tagged:
        return None, [Problem(name, line, f"värdet har YAML-taggen '{visible(tag)}'; skriv värdet utan {visible(tag)}, "
                                          "som vanlig text, siffror eller true/false (a value is written without a tag)")
                      for line, tag in tagged]
    try:
        loader = CoreLoader(text)
        try:
            node = loader.get_single_node()
        finally:
            loader.dispose()
    except yaml.composer.ComposerError as err:
        if "expected a single document" in str(err):
            line = err.problem_mark.line + 1 if err.problem_mark else 1
            return None, [Problem(name, line, "filen har ett andra dokument (en rad med ---); "
                                              "en datafil är en enda lista. Ta bort raden")]
        return None, [_syntax_problem(name, err, text)]
    except yaml.YAMLError as err:
        return None, [_syntax_problem(name, err, text)]
    except RecursionError:
        return None, [Problem(name, 1, "filen är inbäddad i för många nivåer för att läsas")]
    aliases = _alias_problems(text, name)
    if aliases:
        return None, aliases
    if node is None:
        return None, [Problem(name, 1, "filen är tom; skriv [] om det inte ska finnas några poster")]
    return node, yaml11_problems(node, name) if loader.older else []


_TYPE_WORDS = {"timestamp": "ett datum", "bool": "sant/falskt", "int": "ett tal", "float": "ett tal",
               "null": "tomt", "str": "text"}


def yaml11_problems(node: yaml.Node, name: str) -> list[Problem]:
    """Each plain value a YAML 1.1 reader (PyYAML's safe_load, and many tools) takes for another type
    than this site's reader (YAML 1.2's core schema) does: a date with a day, yes/no/on/off, 1:40,
    0x14. Written in quotes, every reader reads it the same, and the published schemas hold either
    way. Looked for only where CoreLoader.resolve met one."""
    problems = []
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, yaml.ScalarNode):
            if not current.style:  # plain (libyaml says "", PyYAML None)
                old = _YAML11.resolve(yaml.ScalarNode, current.value, (True, False))
                if old != current.tag:
                    kind = _TYPE_WORDS.get(old.rsplit(":", 1)[-1], "något annat")
                    problems.append(Problem(name, current.start_mark.line + 1, (
                        f"'{visible(current.value)}' läses som {kind} av program som följer den äldre YAML 1.1 "
                        f"(till exempel PyYAML); skriv det inom citattecken: \"{visible(current.value)}\" "
                        "(a YAML 1.1 reader would read it as another type)")))
        elif isinstance(current, yaml.SequenceNode):
            stack.extend(current.value)
        elif isinstance(current, yaml.MappingNode):
            stack.extend(part for pair in current.value for part in pair)
    return sorted(problems)


def compose_file(snapshot: Snapshot, relative: str, name: str) -> tuple[yaml.Node | None, list[Problem]]:
    """Read and parse one file of data/, or return the problems that stop it."""
    try:
        raw = snapshot.read(relative)
    except FileNotFoundError:
        return None, [Problem(name, 1, "filen saknas; den ska finnas även om listan är tom ([])")]
    except safeio.Unsafe as err:
        return None, [Problem(name, 1, f"filen kan inte läsas: {err}")]
    except OSError:
        return None, [Problem(name, 1, "filen går inte att öppna")]
    return compose_text(raw, name)


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


SPLIT_FROM = 256 * 1024  # bytes: a larger file may be read in two parts side by side (uccn.check.validate)


def split_items(raw: bytes) -> list[bytes]:
    """A large data file as two parts cut before the top-level item (a line that starts with "- ")
    nearest its middle; the second part starts with an empty line for each line before it, so every
    line keeps its number. A small file, or one with no such line, is one part.

    Each part must then read as a list on its own: a cut inside a quoted text or a bracket leaves
    the first part unfinished, and the caller reads the whole file instead."""
    if len(raw) < SPLIT_FROM:
        return [raw]
    middle = len(raw) // 2
    after, before = raw.find(b"\n- ", middle), raw.rfind(b"\n- ", 0, middle)
    cuts = [at + 1 for at in (after, before) if at >= 0 and raw[:at].strip()]
    if not cuts:
        return [raw]
    cut = min(cuts, key=lambda at: abs(at - middle))
    return [raw[:cut], b"\n" * raw.count(b"\n", 0, cut) + raw[cut:]]


def unread_files(data_dir: Path, names: list[str] | None = None) -> Iterator[Problem]:
    """A file in data/ that nothing reads (decisions.yaml, beslut.yml) would be silently ignored.
    `names`: what is directly under data/, where it is not the disk (a tagged commit's)."""
    expected = [f"{c}.yml" for c in COLLECTIONS]
    if names is None:
        names = sorted(path.name for path in data_dir.iterdir()) if data_dir.is_dir() else []
    for name in names:
        if name in expected or name == TEXTS or name.startswith("."):
            continue
        path = data_dir / name
        yield Problem(display_name(data_dir, path), 1,
                      f"filen läses inte.{suggest(path.name, expected, 0.5)} Datafilerna är {', '.join(expected)}; källtexter ligger i {TEXTS}/")


def display_name(data_dir: Path, path: Path) -> str:
    """`data/decisions.yml`: the name an editor sees in the repository."""
    return f"{data_dir.name}/{path.name}"
