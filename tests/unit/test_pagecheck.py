"""Pages may hold text and this project's macros called with literal arguments; nothing else runs."""
from __future__ import annotations

import pytest

from uccn.check.pagecheck import docs_problems, page_problems
from uccn.publish.render import MACROS as VIEWS

MACROS = dict.fromkeys(["commitment_totals", "current_commitments", "timeline"])
SOURCE = "---\ntitle: Start (curent_commitments)\n---\n\n# Start\n\n{body}\n"
LISTED = "Makron som finns: commitment_totals, current_commitments, timeline"
NOT_ALLOWED = (
    "är inte tillåtet i en sida. En sida får bara anropa webbplatsens makron med fasta värden, "
    'till exempel {{ timeline() }} eller {{ commitment_totals("money") }}. ' + LISTED
)


def problems(body: str) -> list[str]:
    return [str(p) for p in page_problems(SOURCE.format(body=body), "docs/sv/index.md", MACROS)]


def test_text_raw_blocks_comments_and_literal_macro_calls_pass():
    body = (
        '{{ timeline() }} {{ commitment_totals("money") }} {{ commitment_totals(kind="money") }}\n'
        "{# a note #} {% raw %}{{ cycler.__init__ }}{% endraw %}"
    )
    assert problems(body) == []


def test_an_unknown_name_gives_the_line_and_the_nearest_macro():
    # The line is the one that uses the name, not an earlier one that only mentions it.
    assert problems("Text about curent_commitments\n\n{{ curent_commitments() }}\n{{ nothing_alike }}") == [
        f"docs/sv/index.md:9: okänt namn 'curent_commitments'. Menade du 'current_commitments'? {LISTED}",
        f"docs/sv/index.md:10: okänt namn 'nothing_alike'. {LISTED}",
    ]


def test_a_syntax_error_gives_the_line_in_the_file():
    assert problems("Text\n\n{{ timeline( }}") == [
        ("docs/sv/index.md:9: fel i {{ … }} eller {% … %}: unexpected '}', expected ')'. "
        "Kontrollera klamrar, citattecken och parenteser.")
    ]


# The known ways out of a Jinja template into Python, and what else a page must not do.
ESCAPES = [
    "{{ cycler.__init__.__globals__.os.system('id') }}",
    "{{ joiner.__init__.__globals__.os.popen('id').read() }}",
    "{{ namespace.__init__.__globals__.os.system('id') }}",
    "{{ lipsum.__globals__['os'].system('id') }}",
    "{{ self.__init__.__globals__.__builtins__ }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ config.site_name }}",
    "{{ environment }}",
    "{{ timeline.__self__.data }}",
    "{{ timeline().__class__ }}",
    "{{ timeline() | upper }}",
    "{{ commitment_totals(config.x) }}",
    "{{ commitment_totals(*args) }}",
    "{{ timeline }}",
    "{% set x = 1 %}",
    "{% for x in range(2) %}{% endfor %}",
    "{% include 'secret.txt' %}",
    "{% if true %}x{% endif %}",
]


@pytest.mark.parametrize("written", ESCAPES)
def test_anything_but_a_literal_macro_call_stops_with_file_and_line(written):
    found = problems(f"Text\n\n{written}")
    assert len(found) == 1
    assert found[0].startswith("docs/sv/index.md:9: ")
    assert NOT_ALLOWED in found[0] or "okänt namn" in found[0]


def test_known_escape_names_are_unknown_names():
    for name in ("cycler", "joiner", "namespace", "lipsum", "self", "config", "environment", "range"):
        assert problems(f"{{{{ {name}() }}}}") == [f"docs/sv/index.md:7: okänt namn '{name}'. {LISTED}"]


def test_pages_marked_render_macros_false_are_left_alone():
    source = "---\nrender_macros: false\n---\n\n{{ cycler.__init__ }}\n"
    assert page_problems(source, "docs/sv/beslut/x.md", MACROS) == []


def test_every_page_of_the_project_passes_and_a_page_not_in_utf8_is_named(tmp_path):
    from uccn.base.site import DOCS_DIR, ROOT

    assert docs_problems(DOCS_DIR, ROOT, VIEWS) == []
    (tmp_path / "docs" / "sv").mkdir(parents=True)
    (tmp_path / "docs" / "sv" / "a.md").write_bytes("# Rubrik\n\nRåd\n".encode("latin-1"))
    assert [str(p) for p in docs_problems(tmp_path / "docs", tmp_path, VIEWS)] == [
        "docs/sv/a.md:3: sidan är inte sparad som UTF-8; spara om den som UTF-8"
    ]


def test_wrong_arguments_and_values_are_named_before_anything_runs():
    body = '{{ commitment_totals("pengar") }}\n{{ timeline(1) }}\n{{ commitment_totals(typ="money") }}'
    found = [str(p) for p in page_problems(SOURCE.format(body=body), "docs/sv/index.md", VIEWS)]
    assert found == [
        "docs/sv/index.md:7: 'kind' kan inte vara \"pengar\" i commitment_totals. Tillåtna värden: \"working-time\", \"money\"",
        "docs/sv/index.md:8: makrot anropas med fel antal värden eller fel namn på dem. Skriv timeline()",
        "docs/sv/index.md:9: makrot anropas med fel antal värden eller fel namn på dem. Skriv commitment_totals(kind)",
    ]


@pytest.mark.parametrize(("source", "expected"), [
    ("---\ntitle: [Start\n---\n# Start\n", "docs/sv/index.md:2: sidans inledning (mellan raderna ---) går inte att läsa"),
    ("---\ntitle: Start\n# Start\n", "docs/sv/index.md:1: sidans inledning börjar med en rad --- men slutar aldrig"),
    ("# Start\n\n### Detalj\n", "docs/sv/index.md:3: rubriken hoppar från nivå 1 till nivå 3; skriv ## i stället för ###"),
    ("# Start\n\nSe [beslut](/beslut/).\n", "docs/sv/index.md:3: länken '/beslut/' börjar med /."),
])
def test_front_matter_heading_levels_and_absolute_links(source, expected):
    found = [str(p) for p in page_problems(source, "docs/sv/index.md", MACROS)]
    assert len(found) == 1 and found[0].startswith(expected), found


def test_a_raw_link_must_lead_to_a_page_of_the_site():
    from uccn.base.site import ROOT

    body = '# About\n\n<a href="../../redigera/" hreflang="sv">ok</a> <a href="../../redigeraa/">broken</a>\n'
    found = [str(p) for p in page_problems(body, "docs/en/about.md", MACROS, root=ROOT)]
    assert found == ["docs/en/about.md:3: länken '../../redigeraa/' leder inte till någon sida på webbplatsen"]


def test_a_markdown_link_must_name_a_page_that_exists():
    from uccn.base.site import ROOT

    body = ("# Om\n\nSe [beslut](beslut.md), [källan](kallor/arendebeskrivning-2019-2020.md#stycke-5) "
            "och [fel](beslutt.md#x).\n")
    found = [str(p) for p in page_problems(body, "docs/sv/om.md", MACROS, root=ROOT)]
    assert found == [("docs/sv/om.md:3: länken 'beslutt.md' leder inte till någon sida: filen finns inte. "
                     "Kontrollera stavningen; en länk skrivs relativt till sidan, som [Beslut](beslut.md)")]


def test_the_editing_guide_has_a_template_for_every_kind_of_record():
    import re

    from uccn.base.site import ROOT
    from uccn.records.registry import REGISTRY

    guide = (ROOT / "docs" / "sv" / "redigera.md").read_text(encoding="utf-8")
    assert set(re.findall(r'record_template\("(\w+)"\)', guide)) == set(REGISTRY)


def test_a_figure_typed_into_a_page_is_refused_and_one_from_the_data_passes():
    from tests.unit.helpers import ROOT
    from uccn.check.validate import load_dataset

    data, _ = load_dataset(ROOT / "data")
    body = ("Hösten 2018 skrevs ett förslag.\n\nArbetstiden sänks till 20 procent, § 302.\n\n"
            'Förslaget skrevs fram {{ value("agreements", "avtalsforslag-2018", "date") }}. Ett datum skrivs '
            "”november 2018”, som `2018-11`; lagen (2018:1937) är ingen siffra om samarbetet.\n\n"
            '{{ value("agreements", "finns-inte", "date") }} {{ value("agreements", "avtalsforslag-2018", "title") }}')
    found = [str(p) for p in page_problems(SOURCE.format(body=body), "docs/sv/avtal.md", VIEWS, collections=data.collections)]
    assert [m.split(": ", 1)[1][:40] for m in found] == [
        "sidan skriver 2018 för hand; en siffra o", "sidan skriver 20 % för hand; en siffra o",
        "value: det finns ingen post 'finns-inte'", "value: 'title' är ingen uppgift som avta"]
    assert [m.split(":")[1] for m in found] == ["7", "9", "13", "13"]
    statement = "Redogörelsen uppdaterades senast den 2 december 2026."
    assert page_problems(SOURCE.format(body=statement), "docs/sv/tillganglighet.md", VIEWS) == []


def test_a_value_from_the_data_is_shown_as_the_site_shows_it(real):
    from uccn.publish.render import Renderer

    sv, en = Renderer(real, "sv", "/"), Renderer(real, "en", "/en/")
    assert sv.value("agreements", "avtalsforslag-2018", "date") == "hösten 2018"
    assert en.value("decisions", "ks-2018-302", "date") == "November 2018"
    assert sv.value("decisions", "ks-2018-302", "paragraph") == "§\u00a0302"
    assert sv.value("commitments", "kommun-pengar-2019-2020", "amount_sek") == "100\u00a0000\u00a0kr per år"
    assert sv.value("commitments", "kommun-arbetstid-20", "period") == "2019–2020 (vår tolkning)"
    assert en.value("commitments", "kommun-arbetstid-20", "period") == "2019–2020 (our interpretation)"
