"""Read `data/*.yml` into YAML node trees that keep the line of every value.

Only PyYAML's safe composer is used: nodes carry their position, and nothing in a
data file can construct a Python object. YAML syntax errors become `Problem`s
with file and line instead of tracebacks.
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import yaml

from ..base import safeio
from ..base.problem import Problem, suggest
from ..records.registry import COLLECTIONS
from .yamlcore import CoreLoader, yaml11_problems
from .yamlerrors import alias_problems, parse_problem, refused_before_parsing

TEXTS = "texts"  # data/texts/: the stored texts of sources, named by stored_text


MAX_FILE_BYTES = 5_000_000  # far above any data file or stored text; a larger one is a mistake or an attack


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
    refused = refused_before_parsing(text, name)
    if refused:
        return None, refused
    try:
        loader = CoreLoader(text)
        try:
            node = loader.get_single_node()
        finally:
            loader.dispose()
    except yaml.YAMLError as err:
        return None, [parse_problem(name, err, text)]
    except RecursionError:
        return None, [Problem(name, 1, "filen är inbäddad i för många nivåer för att läsas")]
    aliases = alias_problems(text, name)
    if aliases:
        return None, aliases
    if node is None:
        return None, [Problem(name, 1, "filen är tom; skriv [] om det inte ska finnas några poster")]
    return node, yaml11_problems(node, name) if loader.older else []


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
