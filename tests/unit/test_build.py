"""The one build pipeline (uccn.build): what it refuses, and what it writes, per language."""
from __future__ import annotations

import shutil

import pytest

from uccn.build import Settings, Stop, prepare, root_url


def test_a_languages_address_gives_the_sites_root():
    assert root_url("https://example.org/uccn/en/", "en") == "https://example.org/uccn/"
    assert root_url("https://example.org/uccn/", "sv") == "https://example.org/uccn/"
    assert root_url("https://example.org/uccn", "sv") == "https://example.org/uccn/"


def test_one_language_gets_its_pages_and_only_the_root_language_the_root_files(project):
    (project / "docs/sv/robots.txt").unlink(missing_ok=True)  # left by an earlier build of the working copy
    prepared = prepare(Settings(project, "https://example.org/", langs=("en",)))
    data, changed = prepared.data, prepared.changed
    assert changed["en"] > len(data.decisions)
    assert (project / "docs/en/decisions/ks-2018-302.md").is_file()
    assert (project / "docs/en/feed.xml").is_file()
    assert not (project / "docs/sv/robots.txt").exists() and not (project / "docs/sv/beslut").exists()
    changed = prepare(Settings(project, "https://example.org/")).changed
    assert changed["en"] == 0 and changed["sv"] > 0  # English was already in line with the data
    assert "Sitemap: https://example.org/en/sitemap.xml" in (project / "docs/sv/robots.txt").read_text()


def test_a_data_mistake_stops_before_anything_is_written_and_names_every_problem(project):
    path = project / "data/decisions.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("paragraph: 302", "paragraph: tre", 1)
                    .replace("status: decided", "status: beslutad", 1), encoding="utf-8")
    with pytest.raises(Stop) as stopped:
        prepare(Settings(project, "https://example.org/"))
    assert [p.file for p in stopped.value.problems] == ["data/decisions.yml", "data/decisions.yml"]
    assert not (project / "docs/sv/beslut").exists()


def test_an_address_problem_and_a_link_out_stop_it_first(project, tmp_path):
    with pytest.raises(Stop) as stopped:
        prepare(Settings(project, "https://example.org/", address_problems=["SITE_URL ska vara en webbadress"]))
    assert stopped.value.lines == ["SITE_URL ska vara en webbadress"] and stopped.value.problems == []
    (project / "site").symlink_to(tmp_path)
    with pytest.raises(Stop) as stopped:
        prepare(Settings(project, "https://example.org/"))
    assert [p.file for p in stopped.value.problems] == ["site"]


def test_a_stop_for_the_settings_alone_names_no_count_of_file_mistakes():
    assert Stop(lines=["SITE_URL ska vara en webbadress"]).report() == "SITE_URL ska vara en webbadress"


def test_files_still_as_written_from_the_same_inputs_are_not_written_again(project, monkeypatch):
    """Each engine's build after `python -m uccn pages` finds the feeds, the calendar and the root
    files as written, and leaves them; anything changed or added by hand is put right."""
    from uccn.publish import files

    settings = Settings(project, "https://example.org/")
    prepare(settings)

    def written_again(*args, **kwargs):
        raise AssertionError("written again")

    for writer in ("write_feed", "write_calendar", "write_root_files"):
        monkeypatch.setattr(files, writer, written_again)
    prepare(settings)
    monkeypatch.undo()

    robots = project / "docs/sv/robots.txt"
    robots.write_text("User-agent: *\nDisallow: /\n", encoding="utf-8")
    stray = project / "docs/sv/oppna-data/poster/decisions/forged.json"
    stray.write_text("{}", encoding="utf-8")
    prepare(settings)
    assert "Allow: /" in robots.read_text(encoding="utf-8") and not stray.exists()

    prepare(Settings(project, "https://other.example/"))
    assert "Sitemap: https://other.example/sitemap.xml" in robots.read_text(encoding="utf-8")


@pytest.fixture
def forking(monkeypatch):
    """As on an idle machine with two cores and no other thread (the test runner has its own)."""
    from uccn.base import parallel

    monkeypatch.setenv("UCCN_JOBS", "2")
    monkeypatch.setattr(parallel.threading, "active_count", lambda: 1)


def test_a_failure_in_a_copy_stops_the_build(project, forking):
    """The pieces are written side by side (uccn.base.parallel); one that fails in a copy stops the build,
    raised here as it was raised there."""
    shutil.rmtree(project / "docs/en/decisions", ignore_errors=True)
    (project / "docs/en/decisions").write_text("no folder", encoding="utf-8")  # English's pages cannot go there
    with pytest.raises(FileExistsError):
        prepare(Settings(project, "https://example.org/", fork=True))
