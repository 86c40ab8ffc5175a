"""The build's cache: the checked dataset read back only for the same inputs, from a private
folder; generated pages rewritten when anything about them changed."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from uccn.base import stamps
from uccn.base.stamps import Cache
from uccn.check import cached
from uccn.check.signed import foreign_pages
from uccn.check.validate import load_dataset
from uccn.publish.pages import LanguagePages, write_pages


@pytest.fixture
def project(tmp_path: Path, data: Path) -> Path:
    root = tmp_path / "project"
    root.mkdir()
    shutil.move(str(data), root / "data")
    yield root
    folder = stamps.cache_dir(root)
    if folder:
        shutil.rmtree(folder)


def test_the_dataset_is_read_back_only_while_data_and_code_are_the_same(project, monkeypatch):
    folder = stamps.cache_dir(project)
    assert folder is not None and not str(folder).startswith(str(project))  # no commit can bring one along
    first, problems, key = cached.cached_dataset(project / "data", folder)
    assert problems == [] and list(folder.glob("dataset-*.json"))

    def fail(_):
        raise AssertionError("loaded again")

    monkeypatch.setattr(cached, "load_dataset", fail)
    cached._LOADED.clear()  # as in another process: from the folder
    again, _, same = cached.cached_dataset(project / "data", folder)
    assert same == key and again == first  # every record, value and stored text, as checked

    monkeypatch.setattr(cached, "load_dataset", load_dataset)
    path = project / "data" / "figures.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("value: 350", "value: 351"), encoding="utf-8")
    changed, _, other = cached.cached_dataset(project / "data", folder)
    assert other != key and any(f.value == 351 for f in changed.figures.values())
    assert len(list(folder.glob("dataset-*.json"))) == 1  # the old one is gone


def test_one_process_loads_the_dataset_once_for_every_build_until_the_data_change(project, monkeypatch):
    """`make build` (tools/build.py) and `make serve` build every language in one process:
    each build asks again, and gets the dataset already loaded, not read and decoded again."""
    from uccn.base import private

    folder = stamps.cache_dir(project)
    first, problems, key = cached.cached_dataset(project / "data", folder)
    problems.append("a caller's own list")

    def fail(*_):
        raise AssertionError("loaded or read again")

    monkeypatch.setattr(cached, "load_dataset", fail)
    monkeypatch.setattr(private, "read", fail)
    again, problems_again, same = cached.cached_dataset(project / "data", folder)
    assert again is first and same == key and problems_again == []
    monkeypatch.undo()

    path = project / "data" / "figures.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("value: 350", "value: 351"), encoding="utf-8")
    changed, _, other = cached.cached_dataset(project / "data", folder)
    assert other != key and any(f.value == 351 for f in changed.figures.values())


def test_a_cache_folder_others_may_write_to_is_not_used(project):
    folder = stamps.cache_dir(project)
    base = folder.parent
    os.chmod(base, 0o777)
    try:
        assert stamps.cache_dir(project) is None
    finally:
        os.chmod(base, 0o700)
    assert stamps.cache_dir(project) == folder


def test_a_generated_page_changed_or_added_by_hand_is_written_again(project):
    folder = stamps.cache_dir(project)
    data, _, key = cached.cached_dataset(project / "data", folder)
    docs = project / "docs" / "sv"
    assert write_pages(data, LanguagePages(docs, "sv", "/"), Cache(folder, key))  # the first time: every page
    assert write_pages(data, LanguagePages(docs, "sv", "/"), Cache(folder, key)) == []  # the same inputs: nothing to do

    page = docs / "beslut" / "ks-2018-302.md"
    original = page.read_text(encoding="utf-8")
    page.write_text(original.replace("Kommunstyrelsen", "<script>alert(1)</script>"), encoding="utf-8")
    assert write_pages(data, LanguagePages(docs, "sv", "/"), Cache(folder, key)) == [page]
    assert page.read_text(encoding="utf-8") == original

    # A page made by hand that claims to be generated is never deleted: the build names it.
    stray = docs / "beslut" / "forged.md"
    stray.write_text("---\ngenerated: true\n---\n\n<script>alert(1)</script>\n", encoding="utf-8")
    assert write_pages(data, LanguagePages(docs, "sv", "/"), Cache(folder, key)) == []
    assert stray.exists()
    assert [p.file for p in foreign_pages(docs, project, "sv")] == ["docs/sv/beslut/forged.md"]


def test_pages_as_written_are_known_by_their_size_time_and_inode_and_any_other_is_read(project, monkeypatch):
    """The stamp spares reading every generated page in each build; an edit by hand, even one
    that keeps the size, or a file put in a page's place, is read and judged as before."""
    from uccn.check import signed

    folder = stamps.cache_dir(project)
    data, _, key = cached.cached_dataset(project / "data", folder)
    docs = project / "docs" / "sv"
    write_pages(data, LanguagePages(docs, "sv", "/"), Cache(folder, key))
    known = stamps.unchanged(folder, "pages-sv", docs)
    assert "beslut/ks-2018-302.md" in known and len(known) == len(list(docs.glob("*/*.md")))

    read = []
    monkeypatch.setattr(signed, "ours", lambda path: read.append(path.name) or True)
    monkeypatch.setattr(stamps, "_file_digest", lambda path: read.append(path.name))
    assert foreign_pages(docs, project, "sv", known) == []
    assert write_pages(data, LanguagePages(docs, "sv", "/"), Cache(folder, key)) == []
    assert read == []  # no page was read to know it is ours and current
    monkeypatch.undo()

    page = docs / "beslut" / "ks-2018-302.md"
    original = page.read_text(encoding="utf-8")
    page.write_text(original.replace("Kommunstyrelsen", "Kommunstyrelsan"), encoding="utf-8")  # the same size
    assert "beslut/ks-2018-302.md" not in stamps.unchanged(folder, "pages-sv", docs)
    assert [p.file for p in foreign_pages(docs, project, "sv", known - {"beslut/ks-2018-302.md"})] == [
        "docs/sv/beslut/ks-2018-302.md"]
    assert write_pages(data, LanguagePages(docs, "sv", "/"), Cache(folder, key)) == [page]

    os.utime(page)  # touched, not changed: read, found the same, and left
    assert "beslut/ks-2018-302.md" not in stamps.unchanged(folder, "pages-sv", docs)
    assert write_pages(data, LanguagePages(docs, "sv", "/"), Cache(folder, key)) == []


def test_the_cache_holds_data_only_and_a_class_not_ours_is_not_made(project, monkeypatch):
    folder = stamps.cache_dir(project)
    _, _, key = cached.cached_dataset(project / "data", folder)
    path = folder / f"dataset-{key}.json"
    path.write_text('{"$": "Popen", "f": {"args": ["touch", "made"]}}', encoding="utf-8")
    cached._LOADED.clear()  # as in another process: from the folder
    data, problems, _ = cached.cached_dataset(project / "data", folder)
    assert problems == [] and data.decisions and not (project / "made").exists()
    assert "pickle" not in Path(cached.__file__).read_text(encoding="utf-8").replace("No pickle", "")


def test_a_cache_folder_swapped_for_a_link_is_not_read(project, tmp_path, monkeypatch):
    """Another user who could swap the folder for a link to one of theirs gets nothing read."""
    folder = stamps.cache_dir(project)
    _data, _, key = cached.cached_dataset(project / "data", folder)
    forged = tmp_path / "forged"
    shutil.copytree(folder, forged)
    stored = forged / f"dataset-{key}.json"
    stored.write_text(stored.read_text(encoding="utf-8").replace('"value": 350', '"value": 999'), encoding="utf-8")
    shutil.rmtree(folder)
    folder.symlink_to(forged)
    cached._LOADED.clear()  # as in another process: from the folder
    try:
        again, _, _ = cached.cached_dataset(project / "data", folder)
        assert all(f.value != 999 for f in again.figures.values())
        assert stamps.cache_dir(project) is None  # and the link is not taken for the folder
    finally:
        folder.unlink()


def test_the_key_is_of_the_bytes_that_were_checked(project, monkeypatch):
    """A file changed between the key and the check cannot publish a value the key does not cover."""
    from uccn.read import load

    path = project / "data" / "figures.yml"
    original = load.Snapshot.read_all

    def read_then_change(snapshot):
        original(snapshot)
        path.write_text(path.read_text(encoding="utf-8").replace("value: 350", "value: 999"), encoding="utf-8")

    monkeypatch.setattr(load.Snapshot, "read_all", read_then_change)
    data, _, _key = cached.cached_dataset(project / "data", None)
    assert all(f.value != 999 for f in data.figures.values())


def test_a_stored_dataset_edited_in_place_or_grown_is_not_used(project, monkeypatch):
    """The stored dataset carries the digest of its content: edited in place (the numbers of a record
    changed, the digest kept) it is loaded again from data/; a file larger than any this data could
    give is not even read."""
    folder = stamps.cache_dir(project)
    _, _, key = cached.cached_dataset(project / "data", folder)
    path = folder / f"dataset-{key}.json"
    digest, _, content = path.read_bytes().partition(b"\n")
    assert len(digest) == 64 and b"350" in content
    path.write_bytes(digest + b"\n" + content.replace(b"350", b"999", 1))
    cached._LOADED.clear()  # as in another process: from the folder
    again, problems, _ = cached.cached_dataset(project / "data", folder)
    assert problems == [] and all(f.value != 999 for f in again.figures.values())

    reads = []
    real = cached.private.read
    monkeypatch.setattr(cached.private, "read", lambda *a, **k: reads.append(real(*a, **k)) or reads[-1])
    snapshot = cached.Snapshot(project / "data")
    snapshot.read_all()
    with path.open("wb") as out:  # larger than 64 times data/: never written by us (sparse, no disk taken)
        out.truncate(cached._largest_dataset(snapshot) + 1)
    cached._LOADED.clear()
    cached.cached_dataset(project / "data", folder)
    assert reads == [None]
