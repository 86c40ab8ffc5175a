"""Folders of this user's, outside the project, that only this user may write to, and the
files in them: where the build keeps what it may reuse (uccn.cache) and its compiled
templates (TemplateCache).

A folder lives in the system's temporary directory. It and its files are opened without
following a link, and what was opened is checked (owner, permissions, a regular file), not
the path. Anything else is not used: reading it gives None, writing it does nothing, and
the build does the work again.
"""
from __future__ import annotations

import hashlib
import os
import stat
import tempfile
from pathlib import Path

import jinja2
from jinja2.bccache import Bucket, BytecodeCache

_DIR_FLAGS = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_NOFOLLOW", 0)
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def _user() -> int | None:
    return getattr(os, "getuid", lambda: None)()


def _open_folder(folder: Path) -> int | None:
    """A descriptor of the folder if it is a folder of this user's that no one else may write to."""
    try:
        fd = os.open(folder, _DIR_FLAGS)
    except OSError:
        return None
    info = os.fstat(fd)
    user = _user()
    if user is not None and (info.st_uid != user or info.st_mode & 0o022):
        os.close(fd)
        return None
    return fd


def folder(name: str) -> Path | None:
    """The private folder `name` of this user (made when missing); None when it cannot be had."""
    base = Path(tempfile.gettempdir()) / f"uccn-cache-{_user() if _user() is not None else 'user'}"
    try:
        base.mkdir(mode=0o700, exist_ok=True)
        fd = _open_folder(base)  # opened, not followed: a link there is refused
        if fd is None:
            return None
        try:
            os.mkdir(name, 0o700, dir_fd=fd)
        except FileExistsError:
            pass
        finally:
            os.close(fd)
        fd = _open_folder(base / name)
        if fd is None:
            return None
        os.close(fd)
        return base / name
    except OSError:
        return None


def read(folder: Path, name: str, limit: int | None = None) -> bytes | None:
    """The bytes of a file in the private folder, opened without following a link, checked as opened;
    None for a file larger than `limit` (one this project could not have written is not read whole)."""
    dir_fd = _open_folder(folder)
    if dir_fd is None:
        return None
    try:
        fd = os.open(name, os.O_RDONLY | _NOFOLLOW, dir_fd=dir_fd)
    except OSError:
        return None
    finally:
        os.close(dir_fd)
    with os.fdopen(fd, "rb") as f:
        info = os.fstat(f.fileno())
        user = _user()
        if not stat.S_ISREG(info.st_mode) or (user is not None and info.st_uid != user) or info.st_mode & 0o022:
            return None
        if limit is not None and info.st_size > limit:
            return None
        return f.read()


def write(folder: Path, name: str, content: bytes) -> None:
    """Write a file into the private folder whole (a reader sees the old file or the new one)."""
    dir_fd = _open_folder(folder)
    if dir_fd is None:
        return
    temporary = f".{name}.{os.getpid()}.tmp"
    try:
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o600, dir_fd=dir_fd)
        with os.fdopen(fd, "wb") as out:
            out.write(content)
        os.replace(temporary, name, src_dir_fd=dir_fd, dst_dir_fd=dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)


class TemplateCache(BytecodeCache):
    """Jinja's compiled templates, kept between builds in the private folder "templates".

    Compiling the theme's and our templates took about half of a build of the real data,
    in every build of every language. A stored template is used only for the same name in
    an environment of the same `kind`, Jinja version and every setting that changes the
    compiled code (whether the template autoescapes included), and only while its source is
    the same (Jinja compares a digest of the source). Its bytes are code for Python to run, so
    each is read only as a file of this user's that no one else may write, in a folder that no
    one but this user can write to.

    Why not Jinja's own FileSystemBytecodeCache: it keys a template by its file's path, so the
    many copies of the project the tests build would each compile their own, and it reads any
    file in its folder, without the owner and permission checks above."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._folder: Path | None | bool = False  # False: not looked for yet

    def _place(self) -> Path | None:
        if self._folder is False:
            self._folder = folder("templates")
        return self._folder  # type: ignore[return-value]

    def get_bucket(self, environment: jinja2.Environment, name: str, filename: str | None, source: str) -> Bucket:
        # By name, not by file: copies of the project (and the tests') share their templates.
        autoescape = environment.autoescape(name) if callable(environment.autoescape) else environment.autoescape
        settings = (self.kind, jinja2.__version__, sorted(environment.extensions), environment.trim_blocks,
                    environment.lstrip_blocks, environment.keep_trailing_newline, environment.newline_sequence,
                    environment.optimized, environment.is_async, bool(autoescape), environment.finalize is not None,
                    environment.block_start_string, environment.block_end_string, environment.variable_start_string,
                    environment.variable_end_string, environment.comment_start_string, environment.comment_end_string,
                    environment.line_statement_prefix, environment.line_comment_prefix, name)
        key = hashlib.sha256(repr(settings).encode()).hexdigest()[:32]
        bucket = Bucket(environment, key, self.get_source_checksum(source))
        self.load_bytecode(bucket)
        return bucket

    def load_bytecode(self, bucket: Bucket) -> None:
        place = self._place()
        stored = read(place, bucket.key) if place else None
        if stored is not None:
            bucket.bytecode_from_string(stored)

    def dump_bytecode(self, bucket: Bucket) -> None:
        place = self._place()
        if place:
            write(place, bucket.key, bucket.bytecode_to_string())
