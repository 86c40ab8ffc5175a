"""The build's cache: the checked dataset read back only for the same inputs, from a private
folder; generated pages rewritten when anything about them changed."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from uccn import cache
from uccn.pages import write_pages
from uccn.validate import load_dataset


@pytest.fixture
def project(tmp_path: Path, data: Path) -> Path:
    root = tmp_path / "project"
    root.mkdir()
    shutil.move(str(data), root / "data")
    yield root
    folder = cache.cache_dir(root)
    if folder:
        shutil.rmtree(folder)


def test_the_dataset_is_read_back_only_while_data_and_code_are_the_same(project, monkeypatch):
    folder = cache.cache_dir(project)
    assert folder is not None and not str(folder).startswith(str(project))  # no commit can bring one along
    first, problems, key = cache.cached_dataset(project / "data", folder)
    assert problems == [] and list(folder.glob("dataset-*.pickle"))

    def fail(_):
        raise AssertionError("loaded again")

    monkeypatch.setattr(cache, "load_dataset", fail)
    again, _, same = cache.cached_dataset(project / "data", folder)
    assert same == key and again.decisions.keys() == first.decisions.keys()

    monkeypatch.setattr(cache, "load_dataset", load_dataset)
    path = project / "data" / "figures.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("value: 350", "value: 351"), encoding="utf-8")
    changed, _, other = cache.cached_dataset(project / "data", folder)
    assert other != key and any(f.value == 351 for f in changed.figures.values())
    assert len(list(folder.glob("dataset-*.pickle"))) == 1  # the old one is gone


def test_a_cache_folder_others_may_write_to_is_not_used(project):
    folder = cache.cache_dir(project)
    base = folder.parent
    os.chmod(base, 0o777)
    try:
        assert cache.cache_dir(project) is None
    finally:
        os.chmod(base, 0o700)
    assert cache.cache_dir(project) == folder


def test_a_generated_page_changed_or_added_by_hand_is_written_again(project):
    folder = cache.cache_dir(project)
    data, _, key = cache.cached_dataset(project / "data", folder)
    docs = project / "docs" / "sv"
    assert write_pages(data, docs, "sv", "/", cache=(folder, key))  # the first time: every page
    assert write_pages(data, docs, "sv", "/", cache=(folder, key)) == []  # the same inputs: nothing to do

    page = docs / "beslut" / "ks-2018-302.md"
    original = page.read_text(encoding="utf-8")
    page.write_text(original.replace("Kommunstyrelsen", "<script>alert(1)</script>"), encoding="utf-8")
    assert write_pages(data, docs, "sv", "/", cache=(folder, key)) == [page]
    assert page.read_text(encoding="utf-8") == original

    stray = docs / "beslut" / "forged.md"
    stray.write_text("---\ngenerated: true\n---\n\n<script>alert(1)</script>\n", encoding="utf-8")
    assert write_pages(data, docs, "sv", "/", cache=(folder, key)) == [stray]
    assert not stray.exists()
