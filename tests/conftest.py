"""Shared fixtures: copies of the project to break on purpose, and real builds of the site."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# What a build needs; generated folders and the built site are left behind.
PROJECT_PARTS = ["mkdocs.yml", "macros.py", "docs", "data", "overrides", "uccn"]
IGNORE = shutil.ignore_patterns("beslut", "decisions", "__pycache__", "generated")


def copy_project(target: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, target / part, ignore=IGNORE)
        elif source.exists():
            shutil.copy2(source, target / part)
    return target


REPOSITORY_URL = "https://github.com/example-org/uccn-site"


def run_build(project: Path, *extra: str, **env_vars: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": "http://127.0.0.1:8000/",
        "REPOSITORY_URL": REPOSITORY_URL, "EDIT_URI": f"{REPOSITORY_URL}/edit/main/docs/sv/", **env_vars,
    }
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(project / "mkdocs.yml"), *extra],
        capture_output=True, text=True, env=env, cwd=project, timeout=300,
    )


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A fresh copy of the project to change and build."""
    return copy_project(tmp_path / "project")


@pytest.fixture
def data_dir(project: Path) -> Path:
    return project / "data"


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real project built once with `mkdocs build --strict`; returns site/."""
    project = copy_project(tmp_path_factory.mktemp("built") / "project")
    result = run_build(project)
    assert result.returncode == 0, result.stderr
    return project / "site"
