"""Benchmarks that print numbers: `make bench`. Speed and size goals live here, not in tests.

Prints the time to validate data/, the time of a strict build, and page sizes.
Run with `python -m tests.bench [--records N]` to also time a build with N
generated decisions (default 1000), which shows how record pages scale.
"""
from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from tests.conftest import copy_project, run_build
from uccn.validate import load_dataset

ROOT = Path(__file__).resolve().parent.parent


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
"""
        )
    with (data_dir / "decisions.yml").open("a", encoding="utf-8") as out:
        out.write("".join(lines))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=1000)
    args = parser.parse_args()
    print(f"check (real data, best of 5):      {_time_check(ROOT / 'data') * 1000:8.1f} ms")
    with tempfile.TemporaryDirectory() as tmp:
        project = copy_project(Path(tmp) / "real")
        elapsed, sizes = _build(project)
        print(f"build (real data):                 {elapsed:8.2f} s, {len(sizes)} pages")
        print(f"page size median / max:            {statistics.median(sizes) / 1024:8.1f} KB / {max(sizes) / 1024:.1f} KB")
        project = copy_project(Path(tmp) / "large")
        _add_decisions(project / "data", args.records)
        print(f"check (+{args.records} decisions):          {_time_check(project / 'data', 1) * 1000:8.1f} ms")
        elapsed, sizes = _build(project)
        print(f"build (+{args.records} decisions):          {elapsed:8.2f} s, {len(sizes)} pages")
        print(f"page size median / max:            {statistics.median(sizes) / 1024:8.1f} KB / {max(sizes) / 1024:.1f} KB")


if __name__ == "__main__":
    main()
