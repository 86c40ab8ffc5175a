"""`make build` in one process: the generated files, then each language's site.

Does what `python -m uccn pages` and then `mkdocs build --strict -f <config>` for
each language do, the root language first (its build cleans site/), but in one
Python process instead of one per step: Python, MkDocs, Material and the data
layer are loaded once, and each language's build (macros.py) finds the data
checked and the pages written, as after `python -m uccn pages`. The same site
comes out as from the separate commands (tests/site/test_publishing.py compares
every byte). `--engine properdocs` runs ProperDocs the same way; Zensical has no
Python build to call, so the Makefile runs its command for each language.

A mistake stops the build with `file:line: message` lines and no traceback, exit
status 1; warnings stop it too (strict), as they stop `mkdocs build --strict`.
Build tooling only: the data layer imports no MkDocs.
"""
from __future__ import annotations

import argparse
import importlib
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NEW = ROOT / ".site-new"  # where a build writes, until it is done (then it is site/)
sys.path.insert(0, str(ROOT))

from uccn.__main__ import main as uccn  # after the project is on the path
from uccn.base.languages import CONFIGS


def build_site(engine: str) -> int:
    """Every language's site with `engine` (mkdocs or properdocs), the root language first.
    Exit status: 0, or 1 when a build stopped (its messages are on standard error)."""
    # Set up as the engine's own command line sets itself up (its module, imported first, also
    # makes ProperDocs answer every `mkdocs.…` import): its log on standard error, where
    # `--strict` counts the warnings, plugins' loggers included; a message logged twice shown
    # once; Python's deprecation warnings logged, once per module.
    command = importlib.import_module(f"{engine}.__main__")
    _log = command.State()  # kept while building: it takes its handler away when dropped
    command._enable_warnings()
    build = importlib.import_module(f"{engine}.commands.build")
    config = importlib.import_module(f"{engine}.config")
    exceptions = importlib.import_module(f"{engine}.exceptions")
    site = ROOT / "site"
    _clear(NEW)
    for name in CONFIGS:
        try:
            settings = config.load_config(config_file=str(ROOT / name), strict=True)
            # Built beside the site, which is replaced only once every language is built: a build that
            # stops, or is stopped, leaves the site as it was.
            settings.site_dir = str(NEW / Path(settings.site_dir).relative_to(site))
            settings.plugins.on_startup(command="build", dirty=False)
            try:
                build.build(settings)
            finally:
                settings.plugins.on_shutdown()
        except exceptions.MkDocsException as stop:  # a stopped build, a wrong config: said, no traceback
            stop.show()  # as the engine's command line says it
            _clear(NEW)
            return 1
    _swap(NEW, site)
    return 0


def _swap(new: Path, site: Path) -> None:
    """Put the new site in the old one's place: the old one moved aside first, removed last."""
    old = ROOT / ".site-old"
    _clear(old)
    if site.exists() and not site.is_symlink():  # a linked site/ is refused before any build (uccn.base.tree)
        site.rename(old)
    new.rename(site)
    _clear(old)


def _clear(path: Path) -> None:
    """Remove a folder of ours, or a link or file a branch put in its place (the link only, never
    what it points to: nothing outside the project is written or removed)."""
    if path.is_symlink() or path.is_file():
        path.unlink()
    elif path.is_dir():
        shutil.rmtree(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--engine", choices=["mkdocs", "properdocs"], default="mkdocs")
    args = parser.parse_args(argv)
    # The root language's build starts once what it reads is written; the other languages'
    # pages are written beside it, and each language's build waits for its own (uccn.build).
    return uccn(["pages"]) or build_site(args.engine)


if __name__ == "__main__":
    sys.exit(main())
