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


@pytest.fixture(scope="session")
def real():
    """The real data/, loaded and checked once; for reading, not for changing."""
    from uccn.check.validate import load_dataset

    dataset, problems = load_dataset(ROOT / "data")
    assert problems == []
    return dataset


@pytest.fixture(scope="session")
def many(tmp_path_factory):
    """The real data with 330 made-up decisions over 2001–2002 (tests/scale.py), checked."""
    from tests.scale import add_decisions
    from uccn.check.validate import load_dataset

    data_dir = tmp_path_factory.mktemp("many") / "data"
    shutil.copytree(ROOT / "data", data_dir)
    add_decisions(data_dir, 330, first_year=2001, years=2)  # 165 a year: two pages each
    dataset, problems = load_dataset(data_dir)
    assert problems == []
    return dataset
