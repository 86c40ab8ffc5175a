"""The project's own files: what the build reads and writes must be regular files and
folders inside it, reached without a symbolic link.

A committed link (`data/texts/x.txt -> /etc/passwd`, `docs/sv/robots.txt ->
~/.bashrc`, `site -> ~/Documents`) would make a build publish, overwrite or delete
something outside the project. `link_problems` names every link and special file
where the build reads or writes, and a site folder that is a link, before anything
is read, cleaned or written; `make check`, `python -m uccn pages` and every
engine's build (macros.py) stop on them.
"""
from __future__ import annotations

import os
from pathlib import Path

from .languages import CONFIGS
from .problem import Problem

# What the build reads (and, for docs/ and generated/, writes into).
READ = ("data", "docs", "languages", "overrides", "generated", "schemas", "uccn", "macros.py", "hooks.py", "mkdocs.base.yml", *CONFIGS)
SITE = "site"
_WHY = ("är en symbolisk länk. Webbplatsen läser och skriver bara vanliga filer i projektet, "
        "så att inget utanför det kan publiceras, skrivas över eller raderas. Ta bort länken och "
        "lägg in filen eller mappen själv")
_SPECIAL = "är ingen vanlig fil eller mapp (en enhet, ett uttag eller en namngiven pipe); ta bort den"


def link_problems(root: Path, site_dirs: tuple[str, ...] = (SITE,)) -> list[Problem]:
    """Every link or special file where the build reads or writes, as problems at its path."""
    problems = []
    for name in READ:
        problems += [_problem(root, path) for path in _unsafe(root, root / name)]
    for site in site_dirs:  # MkDocs empties the site folder before it writes: never through a link
        path = root / site
        for part in [*reversed(path.relative_to(root).parents[:-1]), path.relative_to(root)]:
            if (root / part).is_symlink():
                problems.append(_problem(root, root / part))
                break
    return sorted(set(problems))


def _unsafe(root: Path, top: Path) -> list[Path]:
    if not os.path.lexists(top):
        return []
    if top.is_symlink() or not (top.is_dir() or top.is_file()):
        return [top]
    found, folders = [], [str(top)]
    while folders:  # by the folder's own entries: what each is, without a stat of every file
        try:
            entries = list(os.scandir(folders.pop()))
        except OSError:  # unreadable: nothing in it is read by the build either
            continue
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                folders.append(entry.path)
            elif not entry.is_file(follow_symlinks=False):  # a link, or a device, socket or pipe
                found.append(Path(entry.path))
    return found


def _problem(root: Path, path: Path) -> Problem:
    shown = path.relative_to(root).as_posix()
    is_link = path.is_symlink()
    return Problem(shown, 1, _WHY if is_link else _SPECIAL)
