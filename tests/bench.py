"""Benchmarks that print numbers: `make bench`. Speed and size goals live here, not in tests.

Prints the time to validate data/, the time of a strict build, and page sizes;
the same with N generated decisions (`--records N`, default 1000), which shows how
record pages scale; then Lighthouse's scores and load figures for a few pages in
Debian's Chromium (`--no-lighthouse` leaves that out; `make bench` installs
Lighthouse into tools/lighthouse/). Lighthouse simulates a slow 4G phone, so its
timings are estimates that vary from run to run; compare them across changes
rather than reading them as absolutes.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from tests.browser.conftest import CHROMIUM, FLAGS
from tests.conftest import copy_project, run_build
from tests.serve import serving
from uccn.validate import load_dataset

ROOT = Path(__file__).resolve().parent.parent
LIGHTHOUSE = ROOT / "tools" / "lighthouse" / "node_modules" / ".bin" / "lighthouse"
# A start page, the heaviest data page, a record page and the English start page.
LIGHTHOUSE_PAGES = ["", "ataganden/", "beslut/ks-2018-302/", "en/"]
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]


def _time_check(data_dir: Path, runs: int = 5) -> float:
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        load_dataset(data_dir)
        timings.append(time.perf_counter() - started)
    return min(timings)


def _build(project: Path) -> tuple[float, list[int]]:
    started = time.perf_counter()
    result = run_build(project)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(result.stderr)
    sizes = [p.stat().st_size for p in (project / "site").rglob("*.html")]
    return elapsed, sizes


def _add_decisions(data_dir: Path, count: int) -> None:
    lines = []
    for n in range(count):
        lines.append(
            f"""
- id: bench-{n}
  kind: decision
  title:
    sv: "Testbeslut {n}"
    en: "Test decision {n}"
  body: ks-ostersund
  date: 2018-11
  paragraph: {n + 1}
  status: decided
  source: arendebeskrivning-2019-2020
  evidence:
    - about: [body, date, status]
      quote: "Avtalsförslaget godkändes av kommunstyrelsen i Östersunds kommun i november 2018, § 302."
      translation: "The proposed agreement was approved by the Municipal Executive Board in November 2018, § 302."
    - about: [paragraph]
      interpretation:
        sv: "Ett påhittat beslut för mätningen."
        en: "A made-up decision for the benchmark."
"""
        )
    with (data_dir / "decisions.yml").open("a", encoding="utf-8") as out:
        out.write("".join(lines))


def _lighthouse(site: Path) -> None:
    if not LIGHTHOUSE.exists():
        raise SystemExit(f"Lighthouse is missing: run `make bench` (it installs {LIGHTHOUSE.parent.parent.parent})")
    print()
    print(f"Lighthouse, simulated mobile: {'page':<22} perf a11y  b-p  seo    FCP    LCP   TBT   CLS      KB  req")
    env = {**os.environ, "CHROME_PATH": CHROMIUM}
    with serving(site) as address:
        for url in LIGHTHOUSE_PAGES:
            result = subprocess.run(
                [str(LIGHTHOUSE), address + url, "--quiet", "--output=json", "--output-path=stdout",
                 f"--only-categories={','.join(CATEGORIES)}", "--chrome-flags=--headless=new " + " ".join(FLAGS)],
                env=env, capture_output=True, text=True, check=False,
            )
            if result.returncode != 0:
                raise SystemExit(f"Lighthouse failed on /{url}:\n{result.stderr[-2000:]}")
            report = json.loads(result.stdout)
            audits = report["audits"]
            scores = "".join(f"{round(report['categories'][c]['score'] * 100):5d}" for c in CATEGORIES)
            ms = [audits[a]["numericValue"] for a in ("first-contentful-paint", "largest-contentful-paint",
                                                      "total-blocking-time")]
            print(f"{'':30}{'/' + url:<22}{scores}  {ms[0]:5.0f}  {ms[1]:5.0f} {ms[2]:5.0f} "
                  f"{audits['cumulative-layout-shift']['numericValue']:5.3f} "
                  f"{audits['total-byte-weight']['numericValue'] / 1024:7.1f} "
                  f"{len(audits['network-requests']['details']['items']):4d}")
            below = [a["id"] for a in audits.values()
                     if a.get("scoreDisplayMode") == "binary" and a.get("score") == 0]
            if below:
                print(f"{'':30}  failed audits: {', '.join(sorted(below))}")
    print("  (FCP, LCP, TBT in ms; KB transferred uncompressed, as the local server does not gzip and GitHub Pages does; req = requests)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=1000)
    parser.add_argument("--no-lighthouse", action="store_true", help="leave out the Lighthouse runs")
    args = parser.parse_args()
    print(f"check (real data, best of 5):      {_time_check(ROOT / 'data') * 1000:8.1f} ms")
    with tempfile.TemporaryDirectory() as tmp:
        project = copy_project(Path(tmp) / "real")
        elapsed, sizes = _build(project)
        print(f"build (real data):                 {elapsed:8.2f} s, {len(sizes)} pages")
        print(f"page size median / max:            {statistics.median(sizes) / 1024:8.1f} KB / {max(sizes) / 1024:.1f} KB")
        real_site = project / "site"
        project = copy_project(Path(tmp) / "large")
        _add_decisions(project / "data", args.records)
        print(f"check (+{args.records} decisions):          {_time_check(project / 'data', 1) * 1000:8.1f} ms")
        elapsed, sizes = _build(project)
        print(f"build (+{args.records} decisions):          {elapsed:8.2f} s, {len(sizes)} pages")
        print(f"page size median / max:            {statistics.median(sizes) / 1024:8.1f} KB / {max(sizes) / 1024:.1f} KB")
        if not args.no_lighthouse:
            _lighthouse(real_site)


if __name__ == "__main__":
    main()
