"""`make serve` (tools/serve.py) serves both languages, keeps running through an editor's mistake and recovers."""
from __future__ import annotations

import signal
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


# (file, text to replace or "" to append, new text, what the message says): one mistake per kind
# of check on a page (its macros, its front matter); the next test makes a mistake in data/.
MISTAKES = [
    ("docs/sv/om.md", "", '\n{{ commitment_totals("pengar") }}\n', "'kind' kan inte vara \"pengar\" i commitment_totals"),
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
            new = _wait_for(log, "Bygget stoppades", start)
            assert message in new and "Traceback" not in new
            assert server.poll() is None  # still running
            start = len(log.read_text(encoding="utf-8", errors="replace"))
            path.write_text(original, encoding="utf-8")
            _wait_for(log, "Klart: webbplatsen är byggd", start)
            for url in ("om/", "en/about/"):  # both languages, after every fix
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/{url}", timeout=30) as response:
                    assert response.status == 200
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert not list(BUILD_TMP.glob("uccn-serve-*"))  # stopped by a process manager, it cleans up too


def _start(project: Path, port: int, log: Path) -> subprocess.Popen:
    with log.open("w", encoding="utf-8") as out:
        return subprocess.Popen(
            [sys.executable, str(project / "tools" / "serve.py"), "--dev-addr", f"127.0.0.1:{port}"],
            cwd=project, stdout=out, stderr=subprocess.STDOUT, env=build_env(),
        )


def _log_text(log: Path) -> str:
    return log.read_text(encoding="utf-8", errors="replace")


def test_a_save_rebuilds_once_an_error_shows_in_the_page_and_ctrl_c_stops_at_once(project):
    port = _free_port()
    log = project / "serve.log"
    server = _start(project, port, log)
    try:
        _wait_for(log, "Serving on", 0)
        # One save, one rebuild: what the build writes itself into docs/ is not a change.
        start = len(_log_text(log))
        path = project / "data" / "figures.yml"
        original = path.read_text(encoding="utf-8")
        path.write_text(original.replace("Efter utnämningarna", "Efter utnämningarna den"), encoding="utf-8")
        _wait_for(log, "Klart: webbplatsen är byggd", start)
        quiet_from = len(_log_text(log))
        time.sleep(4)  # the watcher polls every half second: several rounds with nothing new
        assert "Bygger webbplatsen på alla språk" not in _log_text(log)[quiet_from:]
        assert _log_text(log)[start:].count("Bygger webbplatsen på alla språk") == 1

        # A mistake: the terminal and every page say what and where, until it is fixed.
        start = len(_log_text(log))
        path.write_text(original.replace("value: 350", "value: 351"), encoding="utf-8")
        _wait_for(log, "Bygget stoppades", start)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/om/", timeout=30) as response:
            shown = response.read().decode("utf-8")
        assert "Webbplatsen kunde inte byggas" in shown
        assert "data/figures.yml:" in shown and "value 351, men &quot;350 cities&quot; betyder 350" in shown
        assert "livereload" in shown  # it reloads by itself once the mistake is fixed
        start = len(_log_text(log))
        path.write_text(original, encoding="utf-8")
        _wait_for(log, "Klart: webbplatsen är byggd", start)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/om/", timeout=30) as response:
            assert "Webbplatsen kunde inte byggas" not in response.read().decode("utf-8")

        # Ctrl-C in the middle of a build stops it at once, and the built site is removed.
        start = len(_log_text(log))
        page = project / "docs" / "sv" / "om.md"
        page.write_text(page.read_text(encoding="utf-8") + "\nEn rad till.\n", encoding="utf-8")
        _wait_for(log, "Bygger webbplatsen på alla språk", start)
        server.send_signal(signal.SIGINT)
        assert server.wait(timeout=10) == 0
    finally:
        if server.poll() is None:
            server.kill()
    assert not list(BUILD_TMP.glob("uccn-serve-*"))


def test_a_port_in_use_is_named_in_plain_swedish(project):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [sys.executable, str(project / "tools" / "serve.py"), "--dev-addr", f"127.0.0.1:{port}"],
            cwd=project, capture_output=True, text=True, env=build_env(), timeout=60,
        )
    assert result.returncode == 2
    assert f"Port {port} används redan" in result.stderr and f"make serve PORT={port + 1}" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_preview_keeps_watching_data_moved_away_and_back(project):
    """As a `git checkout` of another branch can: data/ goes away (the error page shows), comes back
    (the site is built again), and a later save in it is still seen."""
    port = _free_port()
    log = project / "serve.log"
    server = _start(project, port, log)
    try:
        _wait_for(log, "Serving on", 0)
        data, away = project / "data", project / "data-away"
        start = len(_log_text(log))
        data.rename(away)
        _wait_for(log, "Bygget stoppades", start)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/om/", timeout=30) as response:
            assert "Webbplatsen kunde inte byggas" in response.read().decode("utf-8")
        start = len(_log_text(log))
        away.rename(data)
        _wait_for(log, "Klart: webbplatsen är byggd", start)
        time.sleep(1)  # let the rebuilds the move started finish before the next save
        start = len(_log_text(log))
        path = data / "figures.yml"
        path.write_text(path.read_text(encoding="utf-8").replace("value: 350", "value: 351"), encoding="utf-8")
        _wait_for(log, "Bygget stoppades", start)  # the save was seen, and the mistake in it
    finally:
        server.terminate()
        server.wait(timeout=30)
