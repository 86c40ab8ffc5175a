"""Plain Swedish, measured: every Swedish page's own prose has a LIX of 40 or below (tests/site/lix.py).
Pages under 50 words are left out; quotes, titles of works (<cite>), tables and code are not the site's
own prose. A page above the limit is named with its longest sentences, to make shorter."""
from __future__ import annotations

import pytest

from tests.site.lix import reading
from uccn.base.languages import PREFIX

pytestmark = pytest.mark.site

LIMIT = 40.0
MIN_WORDS = 50


def test_every_swedish_page_reads_at_lix_40_or_below(built_site):
    other = tuple(prefix for prefix in PREFIX.values() if prefix)
    measured, above = 0, []
    for path in sorted(built_site.rglob("index.html")):
        address = path.parent.relative_to(built_site).as_posix()
        if address.startswith(other) or address.startswith("oppna-data/versioner"):
            continue
        found = reading(path.read_text(encoding="utf-8"))
        if found.words < MIN_WORDS:
            continue
        measured += 1
        if found.lix > LIMIT:
            above.append(f"/{address}: LIX {found.lix:.1f}; längst: " + " | ".join(found.longest))
    assert measured > 60  # the start page, the lists, the guide and every record's page
    assert above == [], "\n".join(above)


def test_the_measure_counts_as_the_issue_defines_it():
    text = ("<article><h1>Rubrik</h1><p>Ett kort stycke med några ord. Och en meningsbyggnad till: här.</p>"
            "<blockquote><p>Ordagrannaste citatmeningen utelämnas alltid fullständigt</p></blockquote>"
            "<p>Källa: <cite>Samarbetsöverenskommelsen</cite> gäller.</p><table><tr><td>Tabellinnehåll</td></tr></table>"
            "<pre><code>kodrader</code></pre></article><p>Utanför artikeln</p>")
    found = reading(text)
    # Sentences: "Rubrik" | "Ett kort stycke med några ord." | "Och en meningsbyggnad till:" | "här." | "Källa:" | "gäller."
    assert found.words == 1 + 6 + 4 + 1 + 1 + 1
    assert found.lix == pytest.approx(14 / 6 + 100 * 1 / 14)  # one long word: "meningsbyggnad" ("stycke" has six)
    assert found.longest[0] == "Ett kort stycke med några ord."
