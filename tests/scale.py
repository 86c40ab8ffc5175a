"""Made-up decisions of the real shape, to measure and test the site at scale (`make bench`,
the register's tests). Spread over the years, two bodies, with proposals among them."""
from __future__ import annotations

from pathlib import Path

BODY_NAMES = {"ks-ostersund": "kommunstyrelsen i Östersunds kommun",
              "regiondirektoren": "Regiondirektören, Region Jämtland Härjedalen"}
QUOTE = "Avtalsförslaget godkändes av kommunstyrelsen i Östersunds kommun i november 2018, § 302."


def decision_yaml(n: int, year: int) -> str:
    month = n % 12 + 1
    if n % 3 == 2:  # a proposal: no body, no paragraph, not decided
        return f"""
- id: bench-{n}
  kind: proposal
  title:
    sv: "Testförslag {n:05d}"
    en: "Test proposal {n:05d}"
  proposed_by:
    sv: "Regiondirektören"
    en: "The Regional Director"
  date: {year}-{month:02d}
  status: proposed
  source: arendebeskrivning-2019-2020
  evidence:
    - about: [proposed_by, date, status]
      interpretation:
        sv: "Ett påhittat förslag av regiondirektören för mätningen, {year}."
        en: "A made-up proposal by the Regional Director for the benchmark, {year}."
"""
    body = "ks-ostersund" if n % 3 == 0 else "regiondirektoren"
    return f"""
- id: bench-{n}
  kind: decision
  title:
    sv: "Testbeslut {n:05d}"
    en: "Test decision {n:05d}"
  body: {body}
  date: {year}-{month:02d}
  paragraph: {n + 1}
  status: decided
  source: arendebeskrivning-2019-2020
  evidence:
    - says:
        status: "godkändes"
      quote: "{QUOTE}"
      translation: "The proposed agreement was approved by the Municipal Executive Board in November 2018, § 302."
    - about: [body, date, paragraph]
      interpretation:
        sv: "Ett påhittat beslut av {BODY_NAMES[body]} för mätningen, {year}."
        en: "A made-up decision by {BODY_NAMES[body]} for the benchmark, {year}."
"""


def add_decisions(data_dir: Path, count: int, first_year: int = 1990, years: int = 40) -> None:
    """Append `count` decisions to data/decisions.yml, `count / years` a year from `first_year`."""
    text = "".join(decision_yaml(n, first_year + n % years) for n in range(count))
    with (data_dir / "decisions.yml").open("a", encoding="utf-8") as out:
        out.write(text)


def edit_decision(data_dir: Path, run: int) -> None:
    """An editor's change to data/: the first made-up decision gets a new Swedish title."""
    path = data_dir / "decisions.yml"
    text = path.read_text(encoding="utf-8")
    start = text.index('sv: "Testbeslut 0')
    end = text.index('"\n', start + len('sv: "'))
    path.write_text(f'{text[:start]}sv: "Testbeslut 0, ändrad {run}{text[end:]}', encoding="utf-8")
