"""Shared fixtures: copies of the project to break on purpose, and real builds of the site."""
from __future__ import annotations

import atexit
import fcntl
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import settings

from uccn.base.languages import CONFIGS, addresses
from uccn.records.registry import GENERATED_FOLDERS

# In CI the property tests run the same examples every time, so a red build is reproducible.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parent.parent
# What a build needs; generated folders and the built site are left behind.
PROJECT_PARTS = [
    "mkdocs.base.yml", *CONFIGS, "macros.py", "hooks.py", "docs", "data", "languages", "overrides", "uccn", "tools/serve.py",
    "tools/build.py",
]
IGNORE = shutil.ignore_patterns(
    *(f for folders in GENERATED_FOLDERS for f in folders.values()), "underlag", "__pycache__", "generated"
)


def copy_project(target: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, target / part, ignore=IGNORE)
        elif source.exists():
            (target / part).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / part)
    return target


REPOSITORY_URL = "https://github.com/example-org/uccn-site"


# The builds' caches (uccn/cache.py, in the temporary directory) go into one folder that
# is removed when the tests end, rather than one per copy of the project left in /tmp.
BUILD_TMP = Path(tempfile.mkdtemp(prefix="uccn-tests-"))
atexit.register(shutil.rmtree, BUILD_TMP, True)


def build_env(**env_vars: str) -> dict[str, str]:
    site_url = env_vars.pop("SITE_URL", "http://127.0.0.1:8000/")
    return {
        **os.environ, "NO_MKDOCS_2_WARNING": "1", "TMPDIR": str(BUILD_TMP), "REPOSITORY_URL": REPOSITORY_URL,
        **addresses(site_url, f"{REPOSITORY_URL}/edit/main/docs/sv/"),
        **env_vars,
    }


def run_build(project: Path, configs: tuple[str, ...] = CONFIGS, **env_vars: str) -> subprocess.CompletedProcess[str]:
    """Build every language as `make build` does; stops at the first failing one."""
    env = build_env(**env_vars)
    for config in configs:
        result = subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project / config)],
            capture_output=True, text=True, env=env, cwd=project, timeout=300,
        )
        if result.returncode != 0:
            break
    return result


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A fresh copy of the project to change and build."""
    return copy_project(tmp_path / "project")


@pytest.fixture
def data_dir(project: Path) -> Path:
    return project / "data"


def shared(tmp_path_factory: pytest.TempPathFactory, name: str, make: Callable[[Path], None]) -> Path:
    """A folder made once per test run, however many workers run the tests: the first worker
    to ask makes it (`make(folder)`), the others wait for it and read it. Only for what the
    tests read and never change, such as a built site."""
    root = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        root = root.parent  # shared by the workers of this run
    folder, done = root / name, root / f"{name}.done"
    with open(root / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        if not done.exists():
            shutil.rmtree(folder, ignore_errors=True)  # a worker that failed before left it half made
            make(folder)
            done.touch()
    return folder


def make_build(project: Path, engine: str = "mkdocs", **env_vars: str) -> subprocess.CompletedProcess[str]:
    """Build the site as `make build` does (tools/build.py: every generated file, then every
    language, in one process)."""
    return subprocess.run([sys.executable, str(project / "tools" / "build.py"), "--engine", engine],
                          capture_output=True, text=True, env=build_env(**env_vars), cwd=project, timeout=300)


def _build_real_site(folder: Path) -> None:
    project = copy_project(folder / "project")
    result = make_build(project)
    assert result.returncode == 0, result.stderr


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real project built once as `make build` builds it; returns site/."""
    return shared(tmp_path_factory, "built", _build_real_site) / "project" / "site"
