"""Fixtures for the unit tests."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.unit.helpers import ROOT


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A copy of the real data/ to change."""
    target = tmp_path / "data"
    shutil.copytree(ROOT / "data", target)
    return target
