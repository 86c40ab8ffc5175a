"""Serve both languages with live reload: `make serve` (http://127.0.0.1:8000/ and /en/).

`mkdocs serve` serves one config, so the language switch would lead nowhere. This
builds the Swedish site and then the English one into one folder, as `make build`
does, serves it with MkDocs' own live-reload server, and rebuilds both when a file
in docs/, data/, uccn/, overrides/ or a config changes. A mistake in the data or a
page stops the rebuild with `file:line: message` lines; the server keeps running
and picks up the fix. Development tooling only: the data layer imports no MkDocs.
"""
from __future__ import annotations

import argparse
import logging
import shutil
import signal
import sys
import tempfile
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.livereload import LiveReloadServer

ROOT = Path(__file__).resolve().parent.parent
CONFIGS = (("mkdocs.yml", ""), ("mkdocs.en.yml", "en/"))  # Swedish first: its build cleans the folder
log = logging.getLogger("uccn.serve")
WATCHED = ("docs", "data", "uccn", "overrides", "macros.py", "mkdocs.base.yml", "mkdocs.yml", "mkdocs.en.yml")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dev-addr", default="127.0.0.1:8000")
    host, port = parser.parse_args().dev_addr.rsplit(":", 1)
    logging.basicConfig(level=logging.INFO, format="%(levelname)-7s -  %(message)s")
    site_dir = Path(tempfile.mkdtemp(prefix="uccn-serve-"))
    root_url = f"http://{host}:{port}/"

    def builder() -> None:
        log.info("Building both languages...")
        for config_file, prefix in CONFIGS:
            config = load_config(config_file=str(ROOT / config_file), site_dir=str(site_dir / prefix))
            config.site_url = root_url + prefix
            build(config, serve_url=root_url + prefix)

    server = LiveReloadServer(builder=builder, host=host, port=int(port), root=str(site_dir))
    # Stopped by a process manager (SIGTERM) as by Ctrl-C: the built site is removed either way.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        builder()
        for path in WATCHED:
            server.watch(str(ROOT / path))
        server.serve()
    except KeyboardInterrupt:
        log.info("Shutting down...")
    finally:
        server.shutdown()
        shutil.rmtree(site_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
