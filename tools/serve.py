"""Serve every language with live reload: `make serve` (http://127.0.0.1:8000/ and /en/).

`mkdocs serve` serves one config, so the language switch would lead nowhere. This
builds the Swedish site and then the English one into one folder, as `make build`
does, serves it with MkDocs' own live-reload server, and rebuilds both when a file
in docs/, data/, uccn/, overrides/ or a config changes: once per save, since what
the build writes itself (record pages, open data, feeds) does not count as a change.

A mistake in the data or a page stops the rebuild with `file:line: message` lines
in the terminal, and every page in the browser shows the same lines until the
mistake is fixed; then it reloads by itself. Ctrl-C stops the server at once, also
in the middle of a build. `make serve PORT=8001` serves on another port.
Development tooling only: the data layer imports no MkDocs.
"""
from __future__ import annotations

import argparse
import errno
import html
import logging
import os
import shutil
import signal
import socket
import sys
import tempfile
from pathlib import Path

import watchdog.events
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.livereload import LiveReloadServer

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from uccn.base import published  # after the project is on the path
from uccn.base.languages import CONFIGS as CONFIG_FILES
from uccn.base.languages import LANGUAGES
from uccn.records.registry import GENERATED_FOLDERS

CONFIGS = tuple((language.config, language.prefix) for language in LANGUAGES)  # the root first: it cleans
log = logging.getLogger("uccn.serve")
WATCHED = ("docs", "data", "uccn", "overrides", "macros.py", "hooks.py", "mkdocs.base.yml", *CONFIG_FILES)
# What a build writes into docs/ itself: a change there is the build's own, not an editor's.
WRITTEN = {folder for folders in GENERATED_FOLDERS for folder in folders.values()} | set(published.WRITTEN)

ERROR_PAGE = """<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><title>Webbplatsen kunde inte byggas</title>
<style>body{{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5}}
pre{{white-space:pre-wrap;background:#fdecea;padding:1rem;border-left:.3rem solid #b3261e}}</style></head>
<body><main><h1>Webbplatsen kunde inte byggas</h1>
<p>Rätta felen nedan och spara filen. Sidan laddas om av sig själv när bygget går igenom.
Varje rad säger fil, rad och vad som är fel.</p>
<pre>{errors}</pre>
<p lang="en">The site could not be built. Fix the mistakes above and save; the page reloads by itself.</p>
</main></body></html>
"""


def is_own_write(path: str) -> bool:
    """Is this a file the build writes into docs/ (or a temporary file of such a write)?"""
    relative = Path(path).resolve().relative_to(ROOT) if Path(path).resolve().is_relative_to(ROOT) else None
    if relative is None or not relative.parts or relative.parts[0] != "docs":
        return False
    name = relative.name
    if name.startswith(".") and name.endswith(".tmp"):
        return True
    return len(relative.parts) >= 3 and relative.parts[2] in WRITTEN


class Server(LiveReloadServer):
    """MkDocs' live-reload server that ignores the build's own writes and shows a failed
    build's messages in the browser instead of hanging until the next good build."""

    build_error: str | None = None

    def watch(self, path: str, func: None = None, *, recursive: bool = True) -> None:
        """Watch a folder, and its parent for the folder itself: moved away, deleted, restored or
        swapped by a `git checkout`, it is watched again where it now is, and the site rebuilt (with
        the error page while it is missing)."""
        path = os.path.abspath(path)
        if path in self._watched_paths:
            self._watched_paths[path] += 1
            return
        self._watched_paths[path] = 1

        def callback(event) -> None:
            if event.is_directory or all(is_own_write(p) for p in _paths(event)):
                return
            log.debug(str(event))
            self._rebuild()

        handler = watchdog.events.FileSystemEventHandler()
        handler.on_any_event = callback  # type: ignore[method-assign]
        self._handlers = {**getattr(self, "_handlers", {}), path: handler}
        self._schedule(path)
        parent = os.path.dirname(path)
        if parent not in getattr(self, "_parents", set()):
            self._parents = {*getattr(self, "_parents", set()), parent}
            around = watchdog.events.FileSystemEventHandler()
            around.on_any_event = self._folder_event  # type: ignore[method-assign]
            self.observer.schedule(around, parent, recursive=False)

    def _schedule(self, path: str) -> None:
        old = self._watch_refs.pop(path, None)
        if old is not None:
            try:
                self.observer.unschedule(old)
            except (KeyError, ValueError):
                pass  # its folder is gone, and the watch with it
        if os.path.isdir(path):
            self._watch_refs[path] = self.observer.schedule(self._handlers[path], path, recursive=True)

    def _folder_event(self, event) -> None:
        """A watched folder itself came or went: watch it anew, and rebuild."""
        touched = {os.path.abspath(p) for p in _paths(event)} & set(self._handlers)
        for path in touched:
            self._schedule(path)
        if touched:
            self._rebuild()

    def _rebuild(self) -> None:
        with self._rebuild_cond:
            self._want_rebuild = True
            self._rebuild_cond.notify_all()

    def _serve_request(self, environ, start_response):
        path = environ["PATH_INFO"]
        error = self.build_error
        if error is not None and not path.startswith("/livereload/") and path.endswith(("/", ".html")):
            with self._epoch_cond:
                epoch = self._visible_epoch
            page = ERROR_PAGE.format(errors=html.escape(error)).encode("utf-8")
            page = self._inject_js_into_html(page, epoch)  # reloads when a later build goes through
            start_response("200 OK", [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(page)))])
            return [page]
        return super()._serve_request(environ, start_response)


class _Collected(logging.Handler):
    """The messages logged while a build runs."""

    def __init__(self, level: int) -> None:
        super().__init__(level)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


def _paths(event) -> list[str]:
    return [p for p in (getattr(event, "src_path", ""), getattr(event, "dest_path", "")) if p]


def _port_taken(host: str, port: int) -> bool:
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as s:
        try:
            s.bind((host, port))
        except OSError as err:
            return err.errno == errno.EADDRINUSE
    return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dev-addr", default="127.0.0.1:8000")
    host, port = parser.parse_args().dev_addr.rsplit(":", 1)
    logging.basicConfig(level=logging.INFO, format="%(levelname)-7s -  %(message)s")
    if _port_taken(host, int(port)):
        print(f"Port {port} används redan, kanske av en annan make serve. Stäng det programmet, eller "
              f"välj en annan port: make serve PORT={int(port) + 1}", file=sys.stderr)
        sys.exit(2)
    site_dir = Path(tempfile.mkdtemp(prefix="uccn-serve-"))
    root_url = f"http://{host}:{port}/"
    server: Server | None = None

    def stop(*_: object) -> None:
        """Ctrl-C or a process manager: stop at once, even in the middle of a build."""
        log.info("Avslutar.")
        shutil.rmtree(site_dir, ignore_errors=True)
        logging.shutdown()
        os._exit(0)

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)

    def builder() -> None:
        log.info("Bygger webbplatsen på alla språk...")
        said = _Collected(logging.WARNING)  # what MkDocs logs of a failed build: our file:line lines
        logging.getLogger("mkdocs").addHandler(said)
        try:
            for config_file, prefix in CONFIGS:
                config = load_config(config_file=str(ROOT / config_file), site_dir=str(site_dir / prefix))
                config.site_url = root_url + prefix
                build(config, serve_url=root_url + prefix)
        except Exception as err:  # noqa: BLE001 - any failed build: shown in the terminal and in every page
            message = "\n".join(said.lines) or str(err).strip() or type(err).__name__
            log.error("Bygget stoppades. Rätta felen och spara igen.")
            if server is not None:
                server.build_error = message
            return
        finally:
            logging.getLogger("mkdocs").removeHandler(said)
        if server is not None:
            server.build_error = None
        log.info("Klart: webbplatsen är byggd.")

    server = Server(builder=builder, host=host, port=int(port), root=str(site_dir))
    builder()
    for path in WATCHED:
        server.watch(str(ROOT / path))
    server.serve()


if __name__ == "__main__":
    main()
