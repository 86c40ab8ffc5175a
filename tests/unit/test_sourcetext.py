"""Stored texts as the source's own paragraphs; quotes found word for word within one of them."""
from __future__ import annotations

from tests.unit.helpers import ROOT
from uccn.read.sourcetext import SourceText, canonical

CASE = SourceText.parse((ROOT / "data/texts/arendebeskrivning-uccn-2019-2020.txt").read_text(encoding="utf-8"))


def test_blank_lines_part_paragraphs_and_line_breaks_do_not_count():
    text = SourceText.parse("Första stycket\nfortsätter här.\n  \nAndra\u00a0stycket har ett mjuk\u00adt bindestreck.\n")
    assert text.paragraphs == ("Första stycket\nfortsätter här.", "Andra\u00a0stycket har ett mjuk\u00adt bindestreck.")
    assert text.paragraph_of("stycket fortsätter  här.") == 1
    assert text.paragraph_of("Andra stycket har ett mjukt bindestreck.") == 2  # a soft hyphen is no space
    assert text.paragraph_of("ett mjuk t") is None
    assert canonical(" a\u202f b\n") == "a b"


def test_a_quote_lies_within_one_paragraph():
    text = SourceText.parse("Första stycket slutar här.\n\nAndra stycket börjar här.")
    assert text.matches("slutar här. Andra stycket") == []


def test_a_quote_starts_and_ends_on_a_word_edge():
    text = SourceText.parse("vardera arbetstid motsvarande 50% för arbetet.")
    assert text.paragraph_of("50% för arbetet") == 1
    assert text.paragraph_of("0% för arbetet") is None
    assert text.paragraph_of("motsvarande 50% för arbet") is None


def test_a_word_broken_over_a_line_is_one_word_but_a_shortened_compound_keeps_its_hyphen():
    text = SourceText.parse("för fortsatt utveck-\nling av kultur-\noch fritidsfrågor.")
    assert text.paragraph_of("för fortsatt utveckling av") == 1
    assert text.paragraph_of("av kultur- och fritidsfrågor.") == 1
    assert text.paragraph_of("av kulturoch fritidsfrågor.") is None


def test_a_sentence_broken_by_a_page_break_is_one_paragraph_and_list_items_are_their_own():
    # The agreement's third point runs over a blank line in the stored text ("sätter en | gemensam agenda").
    assert CASE.paragraph_of("Att parterna som en del i överenskommelsen tillsammans sätter en gemensam agenda "
                             "för det fortsatta arbetet") is not None
    points = [CASE.paragraph_of(p) for p in (
        "Att Östersunds kommun och Region Jämtland Härjedalen vardera avsätter arbetstid",
        "Att parterna ingår en överenskommelse utifrån ovanstående premisser",
        "Att parterna som en del i överenskommelsen",
    )]
    assert len(set(points)) == 3 and points == sorted(points)
    # The proposal's two points are paragraphs of their own, each with an anchor.
    one = CASE.paragraph_of("1. Region Jämtland Härjedalen deltar i samarbetet")
    two = CASE.paragraph_of("2. Regional utvecklingsdirektör får i uppdrag")
    assert one is not None and two == one + 1


def test_occurrences_are_counted_and_named():
    text = SourceText.parse("Ett två tre.\n\nEtt två tre igen.")
    assert [m.paragraph for m in text.matches("Ett två tre")] == [1, 2]
    assert text.paragraph_of("Ett två tre") is None  # ambiguous without an occurrence
    assert text.paragraph_of("Ett två tre", 2) == 2
    assert text.paragraph_of("Ett två tre", 3) is None


def test_headings_and_titles():
    assert CASE.is_heading(1)  # the title
    assert CASE.is_heading(CASE.paragraph_of("Regiondirektörens förslag"))
    assert not CASE.is_heading(CASE.paragraph_of("i november 2018, § 302."))
    excerpt = SourceText.parse("27 Dec 2017\n\nA heading here\n\nThe network now counts 180 members.", titled=False)
    assert [excerpt.is_heading(n) for n in (1, 2, 3)] == [False, True, False]


def test_the_closest_passage_is_a_real_passage_that_passes_the_check():
    text = SourceText.parse("Vi skriver ut-\nveckling och ord\u00adet här.\n\nEtt annat stycke med fler ord.")
    for misquote in ("Vi skriver ut veckling", "och ord et här", "stycke med fler ordx"):
        passage = text.closest(misquote)
        assert text.matches(passage), (misquote, passage)
    assert text.closest("skriver utveckling och ordet") == "skriver utveckling och ordet"


def test_the_closest_passage_in_a_long_text_is_found_in_it():
    # About 1 MB in paragraphs of 400 words (make bench prints how long this takes).
    words = [f"ord{n % 997}" for n in range(160_000)]
    text = SourceText.parse("\n\n".join(" ".join(words[i:i + 400]) + "." for i in range(0, len(words), 400)))
    for quote in ("ord5 ord6 ord7 ord8 ordx", "helt annat citat här", "ord990 ord991 ord992"):
        assert text.matches(text.closest(quote))


def test_a_sentence_broken_by_a_page_and_its_marker_is_one_paragraph_again():
    """`make source` writes "[sida 2]" where a PDF's page begins; a sentence running over the page is
    still one paragraph, so a quote of it is found; the marker follows it."""
    from uccn.read.sourcetext import SourceText

    text = SourceText.parse("[sida 1]\n\nRubrik\n\nParterna lägger 100 000 kronor per\n\n[sida 2]\n\når under 2019-2020.\n")
    assert text.paragraphs == ("[sida 1]", "Rubrik", "Parterna lägger 100 000 kronor per\når under 2019-2020.", "[sida 2]")
    assert len(text.matches("100 000 kronor per år")) == 1
    assert text.is_heading(1) and text.is_heading(2) and text.is_heading(4) and not text.is_heading(3)
