"""`make serve` (tools/serve.py) serves both languages, keeps running through an editor's mistake and recovers."""
from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import BUILD_TMP, build_env

pytestmark = pytest.mark.site


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_for(log: Path, text: str, after: int, timeout: float = 60) -> str:
    """Wait until `text` appears in the log after offset `after`; return the new part."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        new = log.read_text(encoding="utf-8", errors="replace")[after:]
        if text in new:
            return new
        time.sleep(0.2)
    raise AssertionError(f"'{text}' not in the server's log:\n{log.read_text(encoding='utf-8', errors='replace')}")


# (file, text to replace or "" to append, new text, what the message says)
MISTAKES = [
    ("docs/sv/om.md", "", '\n{{ commitment_totals("pengar") }}\n', "'kind' kan inte vara \"pengar\" i commitment_totals"),
    ("docs/sv/om.md", "", "\n{{ timeline(1, 2) }}\n", "makrot anropas med fel antal värden"),
    ("data/figures.yml", "as_of: 2019-10", "as_of: 0000-01", "(året ska vara mellan 1900 och 2100)"),
    ("docs/sv/om.md", "---\ntranslation: about/\n---", "---\ntranslation: [about/\n---", "sidans inledning"),
]


def test_serve_survives_each_mistake_and_recovers(project):
    port = _free_port()
    log = project / "serve.log"
    with log.open("w", encoding="utf-8") as out:
        server = subprocess.Popen(
            [sys.executable, str(project / "tools" / "serve.py"), "--dev-addr", f"127.0.0.1:{port}"],
            cwd=project, stdout=out, stderr=subprocess.STDOUT, env=build_env(),
        )
    try:
        _wait_for(log, "Serving on", 0)
        for file, old, new, message in MISTAKES:
            path = project / file
            original = path.read_text(encoding="utf-8")
            assert old in original
            start = len(log.read_text(encoding="utf-8", errors="replace"))
            path.write_text(original.replace(old, new, 1) if old else original + new, encoding="utf-8")
            new = _wait_for(log, "An error happened during the rebuild", start)
            assert message in new and "Traceback" not in new
            assert server.poll() is None  # still running
            start = len(log.read_text(encoding="utf-8", errors="replace"))
            path.write_text(original, encoding="utf-8")
            _wait_for(log, "Documentation built", start)
            for url in ("om/", "en/about/"):  # both languages, after every fix
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/{url}", timeout=30) as response:
                    assert response.status == 200
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert not list(BUILD_TMP.glob("uccn-serve-*"))  # stopped by a process manager, it cleans up too
