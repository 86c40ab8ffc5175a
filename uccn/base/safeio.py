"""Read and write files of the project without following a symbolic link.

A branch from anyone is untrusted: a committed link (`data/texts/x.txt ->
/etc/passwd`, `docs/sv/robots.txt -> ~/.bashrc`, `site -> ~/Documents`) must not
make the build read, write or delete outside the project. Every path is walked
one folder at a time from a root the caller trusts, with O_NOFOLLOW, and what was
opened is checked (a regular file, a folder), not the path.
"""
from __future__ import annotations

import os
import stat
from pathlib import Path, PurePosixPath

_DIR_FLAGS = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_NOFOLLOW", 0)
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


class Unsafe(Exception):
    """A path that is not a plain file or folder of the project; the message says why, in Swedish."""


def _parts(relative: str | os.PathLike[str]) -> list[str]:
    parts = [p for p in PurePosixPath(Path(relative).as_posix()).parts if p not in ("", ".")]
    if not parts or any(p == ".." for p in parts) or PurePosixPath(Path(relative).as_posix()).is_absolute():
        raise Unsafe("sökvägen går utanför projektet")
    return parts


def _open_dir(root: Path, parts: list[str], *, create: bool = False) -> int:
    """A descriptor of the folder root/parts..., each step opened without following a link."""
    fd = os.open(root, _DIR_FLAGS)
    try:
        for part in parts:
            try:
                next_fd = os.open(part, _DIR_FLAGS, dir_fd=fd)
            except FileNotFoundError:
                if not create:
                    raise
                os.mkdir(part, 0o755, dir_fd=fd)
                next_fd = os.open(part, _DIR_FLAGS, dir_fd=fd)
            except OSError as err:
                raise Unsafe(f"'{part}' är en symbolisk länk eller inte en mapp") from err
            os.close(fd)
            fd = next_fd
        return fd
    except BaseException:
        os.close(fd)
        raise


def read_bytes(root: Path, relative: str | os.PathLike[str], limit: int | None = None) -> bytes:
    """The bytes of root/relative, a regular file reached without a link.

    Raises FileNotFoundError when it is missing, Unsafe when it is a link, a folder,
    a device or larger than `limit` bytes."""
    *folders, name = _parts(relative)
    dir_fd = _open_dir(root, folders)
    try:
        try:
            fd = os.open(name, os.O_RDONLY | _NOFOLLOW | getattr(os, "O_NONBLOCK", 0), dir_fd=dir_fd)
        except FileNotFoundError:
            raise
        except OSError as err:
            raise Unsafe("filen är en symbolisk länk; lägg in en vanlig fil i stället") from err
    finally:
        os.close(dir_fd)
    with os.fdopen(fd, "rb") as f:
        info = os.fstat(f.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise Unsafe("det är inte en vanlig fil")
        if limit is not None and info.st_size > limit:
            raise Unsafe(f"filen är större än {limit // 1_000_000} MB")
        return f.read() if limit is None else f.read(limit + 1)


def write_bytes(root: Path, relative: str | os.PathLike[str], content: bytes) -> None:
    """Write root/relative (making its folders), replacing a file but never through a link.

    The new content goes to a temporary file in the same folder, which is then renamed
    over the old name: a link there is replaced, not followed."""
    *folders, name = _parts(relative)
    dir_fd = _open_dir(root, folders, create=True)
    try:
        try:
            info = os.stat(name, dir_fd=dir_fd, follow_symlinks=False)
            if stat.S_ISDIR(info.st_mode):
                raise Unsafe(f"'{name}' är en mapp")
        except FileNotFoundError:
            pass
        temporary = f".{name}.{os.getpid()}.tmp"
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o644, dir_fd=dir_fd)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(content)
            os.replace(temporary, name, src_dir_fd=dir_fd, dst_dir_fd=dir_fd)
        except BaseException:
            try:
                os.unlink(temporary, dir_fd=dir_fd)
            except FileNotFoundError:
                pass
            raise
    finally:
        os.close(dir_fd)
