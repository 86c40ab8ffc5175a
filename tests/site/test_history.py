"""History from git: the date of the last commit that changed a record's own data, and what changed."""
from __future__ import annotations

import os
import re
import subprocess

import pytest

from tests.conftest import CONFIGS, run_build
from tests.site.helpers import main_text, page

pytestmark = pytest.mark.site
ROOT_CONFIG = CONFIGS[:1]  # the root language's build alone, where a test reads only its pages


def _git(project, *args, date="2026-03-01T12:00:00"):
    env = {**os.environ, "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date, "GIT_AUTHOR_NAME": "Test",
           "GIT_AUTHOR_EMAIL": "test@example.org", "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.org"}
    subprocess.run(["git", *args], cwd=project, env=env, check=True, capture_output=True)


def _first_commit(project, date="2026-01-15T10:00:00"):
    """The project as a repository whose first commit holds the data as the source gives it."""
    _git(project, "init", "-q", "-b", "main")
    _git(project, "add", "-A")
    _git(project, "commit", "-q", "-m", "Data as the source gives it", date=date)


def _correct_the_figure(project):
    """A committed edit on 1 March 2026: the network's 350 cities become 351, in the figure and in the
    stored excerpt it quotes (or the check stops it)."""
    path = project / "data" / "figures.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("value: 350", "value: 351"), encoding="utf-8")
    for name in ("figures.yml", "sources.yml"):
        other = project / "data" / name
        other.write_text(other.read_text(encoding="utf-8").replace("now counts 350 cities", "now counts 351 cities")
                         .replace("nu 350 städer", "nu 351 städer").replace('"350 cities"', '"351 cities"'),
                         encoding="utf-8")
    _git(project, "commit", "-q", "-am", "A corrected figure", date="2026-03-01T12:00:00+01:00")


def test_a_committed_edit_shows_as_the_records_last_change(project):
    _first_commit(project)
    path = project / "data" / "decisions.yml"
    text = path.read_text(encoding="utf-8")
    # The proposal is found to have been adopted: a new decision, and the proposal's status.
    text = text.replace("  status: proposed\n", "  status: adopted\n  decided_in: ks-2018-302\n", 1)
    old = '    - says:\n        status: "förslag"\n'
    assert old in text
    path.write_text(text.replace(old, '    - about: [status, decided_in]\n      interpretation:\n'
                                      '        sv: "Förslaget antogs: ett påhittat utfall för testet."\n'
                                      '        en: "The proposal was adopted: a made-up outcome for the test."\n'
                                      '    - says:\n'),
                    encoding="utf-8")
    _git(project, "commit", "-q", "-am", "The proposal was adopted", date="2026-03-01T12:00:00")
    result = run_build(project)
    assert result.returncode == 0, result.stderr
    markup = page(project / "site", "beslut/regiondirektorens-forslag-2019-2020/")
    proposal = main_text(markup)
    assert "Uppgifterna ändrades senast: 1 mars 2026" in proposal
    # The new values rest on an interpretation, and the change says so.
    assert ("1 mars 2026: Status: förslag – källan säger inte om det antogs → förslaget antogs (vår tolkning); "
            "Avgjort genom: anges inte i källan → Kommunstyrelsen godkänner förslaget till avtal om UCCN-samarbetet "
            "(vår tolkning); Belägg ändrat") in proposal
    assert "15 januari 2026: Uppgifterna lades in på webbplatsen" in proposal
    commit = subprocess.run(["git", "rev-parse", "HEAD"], cwd=project, capture_output=True, text=True, check=True)
    assert f'href="https://github.com/example-org/uccn-site/commit/{commit.stdout.strip()}"' in markup
    decision = main_text(page(project / "site", "beslut/ks-2018-302/"))
    assert "Uppgifterna ändrades senast: 15 januari 2026" in decision  # its own data did not change, only its file's


def test_a_value_changed_and_changed_back_shows_both_changes_old_and_new_on_the_page_and_in_the_feed(project):
    _first_commit(project)
    path = project / "data" / "commitments.yml"
    text = path.read_text(encoding="utf-8")
    start = text.index("- id: kommun-pengar-2019-2020")
    changed = text[:start] + text[start:].replace("amount_sek: 100000", "amount_sek: 120000", 1)
    path.write_text(changed + "# a comment only: no change to any record\n", encoding="utf-8")
    _git(project, "commit", "-q", "-am", "A typo", date="2026-02-01T12:00:00")
    path.write_text(text, encoding="utf-8")
    _git(project, "commit", "-q", "-am", "The typo mended", date="2026-03-01T12:00:00")
    result = run_build(project)
    assert result.returncode == 0, result.stderr
    said = main_text(page(project / "site", "ataganden/kommun-pengar-2019-2020/"))
    assert "1 mars 2026: Belopp: 120 000 kr per år → 100 000 kr per år" in said
    assert "1 februari 2026: Belopp: 100 000 kr per år → 120 000 kr per år" in said
    english = main_text(page(project / "site", "en/commitments/kommun-pengar-2019-2020/"))
    assert "1 March 2026: Amount: SEK 100,000 a year" not in english  # the direction is kept
    assert "1 March 2026: Amount: SEK 120,000 a year → SEK 100,000 a year" in english
    feed = (project / "site" / "feed.xml").read_text(encoding="utf-8").replace("\u00a0", " ")
    assert "Belopp: 120 000 kr per år → 100 000 kr per år" in feed and "Belopp: 100 000 kr per år → 120 000 kr per år" in feed
    other = main_text(page(project / "site", "ataganden/region-pengar-2019-2020/"))
    assert "februari 2026" not in other  # a comment in its file is no change to it


def test_without_git_the_page_says_the_history_is_not_available(built_site):
    text = main_text(page(built_site, "en/decisions/ks-2018-302/"))
    assert "The history cannot be shown: this copy of the site was built without its change history." in text


def test_the_atom_feeds_carry_each_change_and_every_page_announces_its_language_s_feed(project):
    import xml.etree.ElementTree as ET

    from tests.site.linkcheck import broken_links

    _first_commit(project, date="2026-01-15T10:00:00+01:00")
    _correct_the_figure(project)
    assert run_build(project).returncode == 0
    site = project / "site"
    atom = "{http://www.w3.org/2005/Atom}"
    for feed, language in ((site / "feed.xml", "sv"), (site / "en" / "feed.xml", "en")):
        root = ET.parse(feed).getroot()
        assert root.tag == f"{atom}feed" and root.get("{http://www.w3.org/XML/1998/namespace}lang") == language
        entries = root.findall(f"{atom}entry")
        assert all(e.find(f"{atom}id").text and e.find(f"{atom}updated").text for e in entries)
        newest = [e for e in entries if e.find(f"{atom}updated").text == "2026-03-01T12:00:00+01:00"]
        assert {"sv": "Antal: 350 → 351; Belägg ändrat", "en": "Number: 350 → 351; Evidence changed"}[language] in {
            e.find(f"{atom}summary").text for e in newest}
        assert entries[0] in newest
        assert root.find(f"{atom}updated").text == "2026-03-01T12:00:00+01:00"
        for entry in entries:  # every entry leads to a page of the site, and to an id on it
            address, _, anchor = entry.find(f"{atom}link").get("href").removeprefix("http://127.0.0.1:8000/").partition("#")
            target = site / address / "index.html"
            assert target.exists(), address
            assert not anchor or f'id="{anchor}"' in target.read_text(encoding="utf-8"), (address, anchor)
    assert broken_links(site, "http://127.0.0.1:8000/") == []
    # The sitemap dates a record's page by the record's last commit, and no other page by the build's day.
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    dated = dict(re.findall(r"<loc>http://127\.0\.0\.1:8000/([^<]*)</loc>\s*<lastmod>([^<]+)</lastmod>", sitemap))
    assert dated["siffror/uccn-stader-2023/"] == "2026-03-01" and dated["parter/region-jh/"] == "2026-01-15"
    assert "" not in dated and "ataganden/" not in dated and set(dated.values()) == {"2026-01-15", "2026-03-01"}
    # The open-data catalogue's modification date is the last commit that changed data/.
    catalogue = ET.parse(site / "oppna-data" / "katalog.rdf").getroot()
    assert {e.text for e in catalogue.iter("{http://purl.org/dc/terms/}modified")} == {"2026-03-01"}
    # Every feed is an Atom document to the letter of RFC 4287, and its entries' ids do not depend on
    # the address the site is built for (uccn.publish.feed).
    from tests.standards import atom as rfc4287

    feeds = sorted(site.glob("**/*.xml"))
    feeds = [f for f in feeds if f.read_bytes().startswith(b'<?xml version="1.0" encoding="utf-8"?>\n<feed')]
    assert len(feeds) >= 2 + 2 * 4, [f.name for f in feeds]
    assert {f.as_posix(): rfc4287.problems(f.read_bytes()) for f in feeds} == {f.as_posix(): [] for f in feeds}
    from uccn.base.site import base_path, origin
    from uccn.check.validate import load_dataset
    from uccn.publish.history import record_history
    from uccn.publish.render import Renderer

    data, _ = load_dataset(project / "data")
    history = record_history(project)
    ids = [re.findall(r"<id>([^<]+)</id>", Renderer(data, "sv", base_path(url, "sv"), origin(url), history).feed(url))
           for url in ("http://127.0.0.1:8000/", "https://example.org/uccn/")]
    assert ids[0] == ids[1] and all(i.startswith("urn:uuid:") for i in ids[0]) and len(set(ids[0])) == len(ids[0])

    # A feed per party holds only the changes to records that party holds (issue 19).
    from uccn.records.registry import RECORD_FOLDERS
    from uccn.show.questions import holders

    folders = {folders[lang]: collection for collection, folders in RECORD_FOLDERS.items() for lang in folders}

    def about(feed):
        """The records a feed's entries are about, from the pages they lead to."""
        links = [e.find(f"{atom}link").get("href") for e in ET.parse(feed).getroot().iter(f"{atom}entry")]
        return [(folders[part[-2]], part[-1]) for part in (link.rstrip("/").split("/") for link in links)]

    whole = about(site / "feed.xml")
    for party in ("region-jh", "ostersunds-kommun"):
        for feed in (site / "floden" / f"{party}.xml", site / "en" / "feeds" / f"{party}.xml"):
            records = about(feed)
            assert records and len(records) < len(whole)
            for collection, record_id in records:
                assert party in holders(data, collection, data.collections[collection][record_id]), (party, record_id)
        assert f'href="/floden/{party}.xml" type="application/atom+xml"' in page(site, "parter/")
        assert f'<link rel="feed alternate" type="application/atom+xml" href="/floden/{party}.xml"' in page(
            site, f"parter/{party}/")
    # And per agreement: the agreement, its commitments and the decisions about it, nothing else.
    from uccn.publish.feed import about_agreement

    for agreement in data.agreements:
        feed = site / "en" / "feeds" / "agreements" / f"{agreement}.xml"
        records = about(feed)
        assert ("agreements", agreement) in records
        for collection, record_id in records:
            assert about_agreement(data, agreement, collection, data.collections[collection][record_id]), record_id
        assert f'href="/floden/avtal/{agreement}.xml" type="application/atom+xml"' in page(site, "avtal/")
        assert f'<link rel="feed alternate" type="application/atom+xml" href="/en/feeds/agreements/{agreement}.xml"' in page(
            site, f"en/agreements/{agreement}/")
    region = about(site / "floden" / "region-jh.xml")
    assert ("commitments", "region-arbetstid-20") in region and ("commitments", "kommun-arbetstid-20") not in region
    links = re.findall(r'<link rel="feed alternate" type="application/atom\+xml" href="([^"]+)"', page(site, "en/about/"))
    assert links == ["http://127.0.0.1:8000/en/feed.xml"]
    assert 'href="http://127.0.0.1:8000/feed.xml"' in page(site, "om/")


def test_a_preview_says_which_records_are_changed_but_not_committed_and_a_ci_build_never_does(project):
    _first_commit(project)
    path = project / "data" / "commitments.yml"
    text = path.read_text(encoding="utf-8")
    start = text.index("- id: kommun-pengar-2019-2020")
    old = 'sv: "Pengarna kan med fördel växlas upp i eventuella projekt."'
    changed = text[:start] + text[start:].replace(old, old.replace("projekt.", "projekt i länet."), 1)
    path.write_text(changed, encoding="utf-8")  # saved, not committed
    result = run_build(project, ROOT_CONFIG, CI="")  # what it asks of is on the root language's pages
    assert result.returncode == 0, result.stderr
    said = main_text(page(project / "site", "ataganden/kommun-pengar-2019-2020/"))
    assert "Ändringar på webbplatsen" in said and "Ändrad, inte incheckad Ändrad, inte incheckad: Anteckning ändrat" in said
    assert "Uppgifterna ändrades senast" not in said.split("Ändrad, inte incheckad")[0].rsplit("Ändringar på webbplatsen", 1)[1]
    other = main_text(page(project / "site", "ataganden/region-pengar-2019-2020/"))
    assert "inte incheckad" not in other and "Uppgifterna ändrades senast: 15 januari 2026" in other
    feed = (project / "site" / "feed.xml").read_text(encoding="utf-8")
    assert "<title>Utkast, inte incheckat: Östersunds kommun: pengar" in feed and "<app:draft>yes</app:draft>" in feed
    published = run_build(project, ROOT_CONFIG, CI="true")  # CI builds what is committed, and says nothing of a draft
    assert published.returncode == 0, published.stderr
    assert "inte incheckad" not in main_text(page(project / "site", "ataganden/kommun-pengar-2019-2020/"))
    assert "app:draft>yes" not in (project / "site" / "feed.xml").read_text(encoding="utf-8")


def test_a_dated_release_stays_online_as_it_was_with_its_checksums_and_a_link_in_it_is_not_followed(project):
    """A tag data-YYYY-MM-DD publishes the data as it was then (uccn.publish.releases): after the data changes, the
    release still holds the old figure; SHA256SUMS is right for every file; the open-data page lists it with
    a citation. A link in a tagged tree is neither followed nor published."""
    import hashlib
    import json

    _first_commit(project)
    _git(project, "tag", "data-2026-01-15")
    _correct_the_figure(project)
    secret = project.parent / "secret.txt"
    secret.write_text("not for the site\n", encoding="utf-8")
    (project / "data" / "texts" / "link.txt").symlink_to(secret)
    (project / "data" / "texts" / "a\nHEAD~1:data").write_text("a name with a line break\n", encoding="utf-8")
    (project / "data" / "texts" / "unused.txt").write_text("a stray file no source names\n", encoding="utf-8")
    _git(project, "add", "-A")
    _git(project, "commit", "-q", "-m", "A link", date="2026-03-02T12:00:00+01:00")
    _git(project, "tag", "-a", "-m", "With a link", "data-2026-03-02")
    _git(project, "rm", "-q", "data/texts/link.txt", "data/texts/a\nHEAD~1:data", "data/texts/unused.txt")
    events = project / "data" / "events.yml"  # a date a YAML 1.1 reader reads as a date: fails today's check
    events.write_text(events.read_text(encoding="utf-8").replace('date: "2016-09-14"', "date: 2016-09-14"), encoding="utf-8")
    _git(project, "commit", "-q", "-am", "No link", date="2026-03-03T12:00:00+01:00")
    _git(project, "tag", "data-2026-03-03")
    _git(project, "tag", "data-2026-13-45")  # no such day: left out, named
    events.write_text(events.read_text(encoding="utf-8").replace("date: 2016-09-14", 'date: "2016-09-14"'), encoding="utf-8")
    _git(project, "commit", "-q", "-am", "Quoted again", date="2026-03-04T12:00:00+01:00")
    build = run_build(project, ROOT_CONFIG)  # the releases are published at the site's root
    assert build.returncode == 0 and "data-2026-13-45: taggens datum finns inte" in build.stderr

    site = project / "site" / "oppna-data"
    old = site / "versioner" / "data-2026-01-15"
    assert "value: 350" in (old / "data" / "figures.yml").read_text(encoding="utf-8")
    figure = next(f for f in json.loads((old / "uccn.json").read_text(encoding="utf-8"))["figures"] if f["id"] == "uccn-stader-2023")
    assert figure["value"] == 350
    assert next(f for f in json.loads((site / "uccn.json").read_text(encoding="utf-8"))["figures"]
                if f["id"] == "uccn-stader-2023")["value"] == 351
    sums = dict(reversed(line.split("  ", 1)) for line in (old / "SHA256SUMS").read_text(encoding="utf-8").splitlines())
    written = {p.relative_to(old).as_posix() for p in old.rglob("*") if p.is_file()} - {"SHA256SUMS"}
    assert set(sums) == written and "beslut.csv" in written and "data/texts/arendebeskrivning-uccn-2019-2020.txt" in written
    assert all(hashlib.sha256((old / name).read_bytes()).hexdigest() == digest for name, digest in sums.items())
    linked = site / "versioner" / "data-2026-03-02"
    assert (linked / "uccn.json").exists() and not (linked / "data" / "texts" / "link.txt").exists()
    assert sorted(p.name for p in (linked / "data" / "texts").iterdir()) == ["arendebeskrivning-uccn-2019-2020.txt"]
    failing = site / "versioner" / "data-2026-03-03"  # its data fails today's checks: its data files, nothing made of them
    assert (failing / "data" / "events.yml").exists() and not (failing / "uccn.json").exists()
    assert not (site / "versioner" / "data-2026-13-45").exists()
    assert not any("not for the site" in p.read_text(encoding="utf-8", errors="replace") for p in linked.rglob("*") if p.is_file())

    text = main_text(page(project / "site", "oppna-data/")).replace("\u00a0", " ")
    assert "data-2026-03-02 (2 mars 2026)" in text and "data-2026-01-15 (15 januari 2026)" in text
    assert text.index("data-2026-03-02") < text.index("data-2026-01-15")  # newest first
    assert "Öppna data om UCCN-samarbetet, version data-2026-01-15." in text
    listing = page(project / "site", "oppna-data/")
    assert 'href="/oppna-data/versioner/data-2026-01-15/SHA256SUMS"' in listing
    assert 'href="/oppna-data/versioner/data-2026-03-03/uccn.json"' not in listing
    assert "data-2026-03-03 (3 mars 2026): bara datafilerna, eftersom datan inte klarar dagens kontroller," in text
