"""The site's own words come from one file per language (languages/<code>.yml): the same keys in
each, a missing text shown in the root language, and every mistake named with its file and line."""
from __future__ import annotations

import dataclasses

import pytest
import yaml

from uccn.base import languages, sitewords
from uccn.base.site import ROOT
from uccn.check import wordfiles
from uccn.show.labels import LABELS

SV = "labels:\n  not_stated: \"Anges inte i källan\"\n  sources: \"Källor\"\nstatus:\n  decisions:\n    decided: \"Beslutat\"\n"


@pytest.fixture
def words(tmp_path):
    (tmp_path / "languages").mkdir()
    (tmp_path / "languages" / "sv.yml").write_text(SV, encoding="utf-8")
    yield tmp_path
    sitewords.read_words.cache_clear()
    sitewords._words.cache_clear()


def _write(root, lang, text):
    """A language's file; English's also stands for any further language the table declares."""
    for code in [lang, *(languages.LANGS[2:] if lang == "en" else ())]:
        (root / "languages" / f"{code}.yml").write_text(text, encoding="utf-8")
    sitewords.read_words.cache_clear()  # read again, as a new process would
    sitewords._words.cache_clear()


def _two(words):
    """A text's Swedish and English (a further language the table declares has its own tests)."""
    return {lang: words[lang] for lang in ("sv", "en")}


def _english(problems):
    """English's problems with its file (a page it gives an address and has not written: a test of its own)."""
    return [p for p in problems if p.file == "languages/en.yml" and "finns inte; skriv sidan" not in p.message]


def test_the_files_of_the_site_give_every_label_in_every_language():
    assert wordfiles.word_problems(ROOT) == ([], [])
    sv = yaml.safe_load((ROOT / "languages" / "sv.yml").read_text(encoding="utf-8"))
    assert {lang: LABELS["not_stated"][lang] for lang in ("sv", "en")} == {"sv": "Anges inte i källan",
                                                                          "en": "Not stated in the source"}
    assert set(LABELS) == set(sv["labels"]) | set(sv["record_labels"])


def test_a_text_a_complete_language_lacks_is_a_problem_at_its_file(words):
    _write(words, "en", "labels:\n  not_stated: \"Not stated in the source\"\nstatus:\n  decisions:\n    decided: \"Decided\"\n")
    problems, notes = wordfiles.word_problems(words)
    problems = _english(problems)
    assert [(p.file, p.message.split(";")[0]) for p in problems] == [("languages/en.yml", "'labels.sources' saknas")]
    assert "rad 3" in problems[0].message and [n for n in notes if "languages/en.yml" in n] == []
    # Shown meanwhile in the root language's words, never a missing key.
    assert _two(sitewords.section("labels", words)["sources"]) == {"sv": "Källor", "en": "Källor"}
    assert _two(sitewords.section("status", words)["decisions"]["decided"]) == {"sv": "Beslutat", "en": "Decided"}


def test_a_key_the_root_language_does_not_have_is_named_at_its_line(words):
    _write(words, "en", "labels:\n  not_stated: \"Not stated\"\n  sources: \"Sources\"\n  sauces: \"Sauces\"\n"
                        "status:\n  decisions:\n    decided: \"Decided\"\n")
    problems = _english(wordfiles.word_problems(words)[0])
    assert [(p.file, p.line) for p in problems] == [("languages/en.yml", 4)]
    assert "'labels.sauces' finns inte i languages/sv.yml" in problems[0].message


def test_a_broken_file_is_a_problem_not_a_traceback(words):
    _write(words, "en", "labels:\n  not_stated: \"Not stated\n  sources: [\n")
    problems = _english(wordfiles.word_problems(words)[0])
    assert len(problems) == 1 and problems[0].file == "languages/en.yml"
    assert "kan inte läsas som YAML" in problems[0].message
    assert _two(sitewords.section("labels", words)["not_stated"]) == {"sv": "Anges inte i källan", "en": "Anges inte i källan"}


def test_a_language_being_translated_gets_a_note_and_the_root_words(words, monkeypatch):
    english = dataclasses.replace(languages.BY_CODE["en"], complete=False)
    monkeypatch.setitem(languages.BY_CODE, "en", english)
    _write(words, "en", "labels:\n  not_stated: \"Not stated in the source\"\n")
    problems, notes = wordfiles.word_problems(words)
    assert _english(problems) == []
    assert notes[:1] == [("Obs: 2 av webbplatsens 3 texter saknas i languages/en.yml och visas på Svenska (the language "
                     "is not yet fully translated), till exempel 'labels.sources'.")]
    assert sitewords.section("labels", words)["not_stated"]["en"] == "Not stated in the source"


def test_no_file_of_words_can_lead_a_write_out_of_the_project(words):
    _write(words, "sv", SV + "paths:\n  calendar: \"kalender.ics\"\n  pages:\n    decisions: \"beslut/\"\n")
    _write(words, "en", "labels:\n  not_stated: \"Not stated\"\n  sources: \"Sources\"\nstatus:\n  decisions:\n"
                        "    decided: \"Decided\"\npaths:\n  calendar: \"../../outside.ics\"\n  pages:\n"
                        "    decisions: \"/etc/\"\n")
    problems = _english(wordfiles.word_problems(words)[0])
    assert [(p.file, p.line) for p in problems] == [("languages/en.yml", 8), ("languages/en.yml", 10)]
    assert "'../../outside.ics' ska vara ett filnamn som slutar på .ics" in problems[0].message
    paths = sitewords.section("paths", words)
    assert _two(paths["calendar"]) == {"sv": "kalender.ics", "en": "outside-ics"}
    assert _two(paths["pages"]["decisions"]) == {"sv": "beslut/", "en": "etc/"}


def test_a_text_fills_only_plain_names_and_a_file_cannot_ask_for_more(words):
    assert sitewords.fill("{count} frågor", count=3) == "3 frågor"
    assert sitewords.fill("{count.__class__} {other}", count=3) == "{count.__class__} {other}"  # never str.format
    _write(words, "sv", SV.replace('"Källor"', '"{count} källor"') + "format:\n  money: \"#,##0 ¤\"\n")
    _write(words, "en", "labels:\n  not_stated: \"{count.__init__.__globals__}\"\n  sources: \"Sources\"\nstatus:\n"
                        "  decisions:\n    decided: \"Decided\"\nformat:\n  money: \"#,##0 ¤¤\"\n")
    problems = _english(wordfiles.word_problems(words)[0])
    assert [(p.line, p.message.split(";")[0].split(":")[0]) for p in problems] == [
        (2, "'labels.not_stated' har {count.__init__.__globals__}"),
        (3, "'labels.sources' ska ha samma platser för värden som i languages/sv.yml"),
        (8, "'format.money' är '#,##0 ¤¤'")]


def test_no_two_things_the_build_writes_share_a_name_and_no_hidden_character_passes(words):
    _write(words, "sv", SV + "paths:\n  calendar: \"kalender.ics\"\n  party_feeds: \"floden\"\n  folders:\n"
                        "    glossary: \"ordlista\"\n    people: \"personer\"\n")
    _write(words, "en", "labels:\n  not_stated: \"Not stated\"\n  sources: \"Sources\"\nstatus:\n  decisions:\n"
                        "    decided: \"Decided\"\npaths:\n  calendar: \"about.md\"\n  party_feeds: \"oppna-data\"\n"
                        "  folders:\n    glossary: \"parties\"\n    people: \"parties\"\n")
    problems = _english(wordfiles.word_problems(words)[0])
    assert [(p.line, p.message.split(";")[0]) for p in problems] == [
        (8, "'about.md' ska vara ett filnamn som slutar på .ics, som kalender.ics (one plain step of an address)"),
        (9, "'oppna-data' används redan av webbplatsen själv"),
        (12, "'parties' används redan av paths.folders.glossary")]
    _write(words, "en", "labels:\n  not_stated: \"Not\u202e stated\"\n")
    problems = _english(wordfiles.word_problems(words)[0])
    assert [(p.line, p.message[:16]) for p in problems] == [(2, "osynligt tecken ")]


def test_each_language_config_has_the_theme_s_words(tmp_path):
    root = "site_url: !ENV [SITE_URL, \"/\"]\nextra:\n  words:\n    feed_title: Nya uppgifter\n    edit_page: Redigera\n"
    (tmp_path / "mkdocs.yml").write_text(root, encoding="utf-8")
    configs = [language.config for language in languages.LANGUAGES[1:]]
    for config in configs:
        (tmp_path / config).write_text("extra:\n  words:\n    feed_title: [a, b]\n    edit_pages: Edit\n", encoding="utf-8")
    problems = [p for p in wordfiles.theme_word_problems(tmp_path) if p.file == "mkdocs.en.yml"]
    assert [(p.line, p.message.split(";")[0]) for p in problems] == [
        (1, "extra.words saknar 'edit_page' (som på rad 5 i mkdocs.yml)"),
        (3, "extra.words.feed_title ska vara en text på en rad"),
        (4, "extra.words har 'edit_pages', som temat inte visar")]
    assert wordfiles.theme_word_problems(ROOT) == []


def test_a_page_the_words_give_an_address_is_written_in_each_language(words):
    _write(words, "sv", SV + "paths:\n  pages:\n    decisions: \"beslut/\"\n")
    _write(words, "en", SV.replace("Källor", "Sources") + "paths:\n  pages:\n    decisions: \"rulings/\"\n")
    (words / "docs" / "sv").mkdir(parents=True)
    (words / "docs" / "sv" / "beslut.md").write_text("# Beslut\n", encoding="utf-8")
    problems = [p for p in wordfiles.word_problems(words)[0] if "finns inte" in p.message]
    assert [p.message.split(";")[0] for p in problems if p.file == "languages/en.yml"] == [
        "sidan 'decisions' har adressen rulings/, men docs/en/rulings.md finns inte"]
    assert not [p for p in problems if p.file == "languages/sv.yml"]


def test_a_language_s_labels_are_read_once_and_a_missing_one_shows_its_key():
    from uccn.show import words as site_words

    assert site_words._labels("sv") is site_words._labels("sv")  # a page reads some hundred: never rebuilt per read
    assert site_words._labels("en").not_stated == "Not stated in the source"
    assert site_words._labels("en").no_such_label == "[no_such_label]"
    assert LABELS["no_such_label"] == {lang: "[no_such_label]" for lang in languages.LANGS}


@pytest.mark.parametrize("pattern", ["@@ ¤", "#,##5 ¤", "#,##0 ¤ %", "#,##0.5 ¤"])
def test_a_money_pattern_that_would_show_another_number_is_refused(words, pattern):
    """Babel reads "@@" as two significant digits (100 003 shown as 100 000) and a digit 1-9 as rounding."""
    _write(words, "sv", SV + f"format:\n  money: \"{pattern}\"\n")
    problems = [p for p in wordfiles.word_problems(words)[0] if p.message.startswith("'format.money' är")]
    assert [p.message.split(";")[0] for p in problems] == [f"'format.money' är '{pattern}'"]
