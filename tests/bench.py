"""Benchmarks that print numbers: `make bench`. Speed and size goals live here, not in tests.

Each figure is printed with its goal beside it (issue: a thousand decisions as light as
plain pages). What is measured:

- check: validating data/ as `make check` does, for the real data and with 4,000 more
  decisions (tests/scale.py: made-up decisions of the real shape over 40 years).
- build: `make build` (tools/build.py: `python -m uccn pages`, then every language, in one
  process) at 1,000 more decisions, measured alternately, median of 5, against plain
  Material building as many simple Markdown pages (a title and a sentence each, the same
  navigation), in the two ways the issue names "with the data changed before each build":
  after an edit: a decision's title changed in data/ before each build, the cache of the
  builds before kept (what does not depend on data/, as the theme's compiled templates,
  stays valid; the dataset and every page are made again), as an editor waits after saving;
  from nothing, as in CI: a fresh checkout, no generated files, no site/ and no cache;
  each with the goal, <= 1.5x, in seconds waited, against plain Material built the same
  way (after its build before, or without its site/, which a build clears first); beside it the lowest and highest ratio of
  a run's two builds, made in a row (how much the machine's speed moved), and the same in
  processor time, since `python -m uccn pages` uses every core (uccn.base.parallel);
  then, with nothing changed since the last build (warm), against plain Material building
  our very pages (the same Markdown, without the macros plugin and this project's data
  layer): what the page content itself costs.
- at 4,000 decisions: the growth from 1,000, the peak memory of the build, the largest
  HTML page, the search index and whether it finds a decision by its title.
- Lighthouse 12.2.3 (simulated slow 4G phone) on four pages, served gzip-compressed as
  GitHub Pages serves them (`--no-lighthouse` leaves it out; `make bench` installs it
  into tools/lighthouse/). Its timings are estimates; compare them across changes.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.browser.conftest import CHROMIUM, FLAGS
from tests.conftest import CONFIGS, build_env, copy_project
from tests.scale import add_decisions, edit_decision
from tests.serve import serving
from uccn.base import published
from uccn.check.validate import load_dataset
from uccn.records.registry import GENERATED_FOLDERS

ROOT = Path(__file__).resolve().parent.parent
LIGHTHOUSE = ROOT / "tools" / "lighthouse" / "node_modules" / ".bin" / "lighthouse"
# A start page, the heaviest data page, a record page and the English start page.
LIGHTHOUSE_PAGES = ["", "ataganden/", "beslut/ks-2018-302/", "en/"]
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
PAGE_LIMIT = 250 * 1024
MEMORY_LIMIT = 1024  # MiB


def _line(what: str, value: str, goal: str = "", ok: bool | None = None) -> None:
    verdict = "" if ok is None else ("  ok" if ok else "  MISSED")
    print(f"{what:<44}{value:>16}   {goal}{verdict}")


def _steps(project: Path) -> list[list[str]]:
    """`make build`'s command: tools/build.py, every generated file and then every language."""
    return [[sys.executable, str(project / "tools" / "build.py")]]


def _material_steps(project: Path) -> list[list[str]]:
    """Plain Material's commands: `mkdocs build --strict` for each language, the root first."""
    return [[sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project / c)] for c in CONFIGS]


def _run(commands: list[list[str]], cwd: Path, **env: str) -> tuple[float, int, float]:
    """Seconds, the peak memory (MiB) of the largest step, and the processor seconds of all
    steps (user and system, on every core), measured from a fresh process."""
    script = (
        "import json, resource, subprocess, sys, time\n"
        "started = time.perf_counter()\n"
        "for c in json.loads(sys.argv[1]):\n"
        "    r = subprocess.run(c, capture_output=True, text=True)\n"
        "    if r.returncode: sys.exit(r.stderr[-3000:])\n"
        "used = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "print(time.perf_counter() - started, used.ru_maxrss, used.ru_utime + used.ru_stime)\n"
    )
    result = subprocess.run([sys.executable, "-c", script, json.dumps(commands)], cwd=cwd, env=build_env(**env),
                            capture_output=True, text=True, check=False)
    if result.returncode:
        raise SystemExit(f"build failed in {cwd}:\n{result.stderr}")
    seconds, kib, cpu = result.stdout.split()
    return float(seconds), int(kib) // 1024, float(cpu)


def _after_edit(project: Path, cache: Path, run: int) -> tuple[float, int, float]:
    """A build after an editor's change to data/, with the cache the builds before left."""
    edit_decision(project / "data", run)
    return _run(_steps(project), project, TMPDIR=str(cache))


def _from_nothing(project: Path) -> tuple[float, int, float]:
    """A build as in CI: no generated file (as after `make clean`) and no cache."""
    for docs in (project / "docs").iterdir():
        for name in [*(f[docs.name] for f in GENERATED_FOLDERS if docs.name in f), *published.WRITTEN]:
            target = docs / name
            shutil.rmtree(target) if target.is_dir() else target.unlink(missing_ok=True)
    shutil.rmtree(project / "site", ignore_errors=True)
    shutil.rmtree(project / "generated", ignore_errors=True)
    with tempfile.TemporaryDirectory() as empty:
        return _run(_steps(project), project, TMPDIR=empty)


def _plain_copy(project: Path, target: Path) -> Path:
    """The same Markdown pages (record pages included) for plain Material: no macros plugin."""
    subprocess.run([sys.executable, "-m", "uccn", "pages"], cwd=project, env=build_env(), check=True,
                   capture_output=True)
    shutil.copytree(project, target, ignore=shutil.ignore_patterns("site"))
    for config in CONFIGS:
        path = target / config
        path.write_text(re.sub(r"  - macros:\n(      .*\n)+", "", path.read_text(encoding="utf-8")), encoding="utf-8")
    return target


def _plain(plain: Path) -> tuple[float, int, float]:
    return _run(_material_steps(plain), plain)


def _simple_copy(plain: Path, target: Path) -> Path:
    """Plain Material with as many pages, each a title and a sentence (front matter kept
    for the hand-written pages, so navigation and language switch stay as they are)."""
    shutil.copytree(plain, target, ignore=shutil.ignore_patterns("site"))
    for page in (target / "docs").rglob("*.md"):
        text = page.read_text(encoding="utf-8")
        front = re.match(r"---\n.*?\n---\n", text, re.DOTALL)
        keep = front.group(0) if front and "generated:" not in front.group(0) else ""
        title = re.search(r"^# (.+?)(?: \{.*\})?$", text, re.MULTILINE)
        page.write_text(f"{keep}# {title.group(1) if title else page.stem}\n\nEn enkel sida med en mening.\n",
                        encoding="utf-8")
    return target


def _warm(project: Path, cache: Path) -> tuple[float, int, float]:
    return _run(_steps(project), project, TMPDIR=str(cache))


def _check_seconds(project: Path, runs: int = 3) -> float:
    """Wall time of `python -m uccn check`, best of `runs`."""
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        result = subprocess.run([sys.executable, "-m", "uccn", "check"], cwd=project, env=build_env(),
                                capture_output=True, text=True, check=False)
        timings.append(time.perf_counter() - started)
        if result.returncode:
            raise SystemExit(result.stderr[-3000:])
    return min(timings)


def _pages(site: Path) -> list[tuple[int, str]]:
    return sorted(((p.stat().st_size, p.relative_to(site).as_posix()) for p in site.rglob("*.html")), reverse=True)


def _lighthouse(site: Path) -> None:
    if not LIGHTHOUSE.exists():
        raise SystemExit(f"Lighthouse is missing: run `make bench` (it installs {LIGHTHOUSE.parent.parent.parent})")
    print()
    print(f"Lighthouse, simulated mobile, gzip: {'page':<22} perf a11y  b-p  seo    FCP    LCP   TBT   CLS   KB  req")
    env = {**os.environ, "CHROME_PATH": CHROMIUM}
    with serving(site, compress=True) as address:
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
            scores = [report["categories"][c]["score"] for c in CATEGORIES]
            ms = [audits[a]["numericValue"] for a in ("first-contentful-paint", "largest-contentful-paint",
                                                      "total-blocking-time")]
            verdict = "ok" if all(s == 1 for s in scores) else "MISSED (goal 1.00 each)"
            print(f"{'':36}{'/' + url:<22}{''.join(f'{round(s * 100):5d}' for s in scores)}  {ms[0]:5.0f}  "
                  f"{ms[1]:5.0f} {ms[2]:5.0f} {audits['cumulative-layout-shift']['numericValue']:5.3f} "
                  f"{audits['total-byte-weight']['numericValue'] / 1024:4.0f} "
                  f"{len(audits['network-requests']['details']['items']):4d}  {verdict}")
            below = [a["id"] for a in audits.values()
                     if a.get("scoreDisplayMode") == "binary" and a.get("score") == 0]
            if below:
                print(f"{'':36}  failed audits: {', '.join(sorted(below))}")
    print("  (FCP, LCP, TBT in ms; KB transferred, compressed; req = requests)")


def _closest_seconds() -> float:
    """The 'closest passage' search that a misquote's message runs, on a 1 MB stored text."""
    from uccn.read.sourcetext import SourceText

    words = [f"ord{n % 997}" for n in range(160_000)]
    text = SourceText.parse("\n\n".join(" ".join(words[i:i + 400]) + "." for i in range(0, len(words), 400)))
    started = time.perf_counter()
    for quote in ("ord5 ord6 ord7 ord8 ordx", "helt annat citat här", "ord990 ord991 ord992"):
        text.closest(quote)
    return time.perf_counter() - started


def _history_seconds(extra: int) -> tuple[float, float]:
    """Issue 33: the history of a clone with `extra` more small data commits, read with nothing kept
    (cold) and then again as the next build reads it (warm, from the cache folder)."""
    from uccn.base import stamps
    from uccn.publish.history import record_history

    with tempfile.TemporaryDirectory() as tmp:
        clone = Path(tmp) / "clone"
        subprocess.run(["git", "clone", "-q", str(ROOT), str(clone)], check=True)
        path = clone / "data" / "figures.yml"
        original = path.read_text(encoding="utf-8")
        env = {**os.environ, "GIT_AUTHOR_NAME": "Bench", "GIT_AUTHOR_EMAIL": "bench@example.org",
               "GIT_COMMITTER_NAME": "Bench", "GIT_COMMITTER_EMAIL": "bench@example.org"}
        for n in range(extra):
            path.write_text(original.replace('en: "cities in the UCCN"', f'en: "cities in the UCCN ({n})"', 1),
                            encoding="utf-8")
            subprocess.run(["git", "commit", "-qam", f"Edit {n}"], cwd=clone, check=True, env=env)
        folder = stamps.cache_dir(clone)
        try:
            started = time.perf_counter()
            record_history(clone, folder)
            cold = time.perf_counter() - started
            started = time.perf_counter()
            record_history(clone, folder)
            return cold, time.perf_counter() - started
        finally:
            shutil.rmtree(folder, ignore_errors=True) if folder else None


def _every_quote_missing_seconds() -> float:
    """Issue 34: the check when no quote of the data is found (each one changed), so that every one
    asks for its closest passage."""
    from uccn.check.validate import load_dataset

    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        shutil.copytree(ROOT / "data", data)
        for path in data.glob("*.yml"):
            path.write_text(re.sub(r'(quote: ")', r"\1zz ", path.read_text(encoding="utf-8")), encoding="utf-8")
        started = time.perf_counter()
        _, problems = load_dataset(data)
        assert problems  # every quote refused, with its closest passage
        return time.perf_counter() - started


def _one_paragraph_seconds(megabytes: float, quote_words: int) -> float:
    """Issue 34's worst case: a stored text that is one long paragraph, and a long quote found nowhere
    in it (its first search also builds the text's word lists)."""
    import random

    from uccn.read.sourcetext import SourceText

    rng = random.Random(1)
    vocabulary = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyzåäö") for _ in range(rng.randint(2, 9)))
                  for _ in range(3000)]
    text = SourceText.parse(" ".join(rng.choice(vocabulary) for _ in range(int(megabytes * 160_000))))
    quote = " ".join(rng.choice(vocabulary) for _ in range(quote_words))
    started = time.perf_counter()
    text.closest(quote, 3)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="builds of each kind at 1,000 decisions (median)")
    parser.add_argument("--no-lighthouse", action="store_true", help="leave out the Lighthouse runs")
    parser.add_argument("--no-4000", action="store_true", help="leave out the build at 4,000 more decisions")
    args = parser.parse_args()

    timings = []
    for _ in range(5):
        started = time.perf_counter()
        load_dataset(ROOT / "data")
        timings.append(time.perf_counter() - started)
    _line("check, real data (in process, best of 5)", f"{min(timings) * 1000:.0f} ms")
    closest = _closest_seconds()
    _line("closest passage, 3 misquotes in 1 MB", f"{closest:.1f} s", "goal <= 5 s", closest <= 5)
    for extra in (0, 200):
        cold, warm = _history_seconds(extra)
        _line(f"history, {extra} extra data commits: cold / warm", f"{cold:.2f} / {warm:.2f} s",
              "warm within 1.1x of none")
    missing = _every_quote_missing_seconds()
    _line("check with every quote of the data missing", f"{missing:.2f} s", "goal < 5 s", missing < 5)
    for megabytes, quote_words in ((0.5, 600), (5, 600)):
        seconds = _one_paragraph_seconds(megabytes, quote_words)
        _line(f"closest passage, {quote_words} words, {megabytes} MB paragraph", f"{seconds:.2f} s", "goal < 1 s",
              seconds < 1)

    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        real = copy_project(tmp_path / "real")
        with tempfile.TemporaryDirectory() as empty:
            seconds, _, _ = _run(_steps(real), real, TMPDIR=empty)
        pages = _pages(real / "site")
        _line("build, real data", f"{seconds:.1f} s", f"{len(pages)} pages")
        real_site = real / "site"

        big = copy_project(tmp_path / "big")
        add_decisions(big / "data", 4000)
        seconds = _check_seconds(big)
        _line("make check, +4,000 decisions", f"{seconds:.2f} s", "goal <= 1 s", seconds <= 1.0)

        thousand = copy_project(tmp_path / "thousand")
        add_decisions(thousand / "data", 1000)
        plain = _plain_copy(thousand, tmp_path / "plain")
        simple = _simple_copy(plain, tmp_path / "simple")
        fresh = copy_project(tmp_path / "fresh")  # built from nothing each time; `thousand` keeps its state
        add_decisions(fresh / "data", 1000)
        cache = tmp_path / "cache"
        cache.mkdir()
        _warm(thousand, cache)  # the builds before: the cache an edit finds
        kinds = ("edit", "simple", "nothing", "simple from nothing", "warm", "plain")
        runs: dict[str, list[tuple[float, int, float]]] = {k: [] for k in kinds}
        for run in range(args.runs):  # alternately, so that a busy moment hits each
            runs["edit"].append(_after_edit(thousand, cache, run))
            runs["simple"].append(_plain(simple))  # its site/ of the build before is there, as ours is
            runs["nothing"].append(_from_nothing(fresh))
            shutil.rmtree(simple / "site")  # as ours from nothing: no site/ to clear first
            runs["simple from nothing"].append(_plain(simple))
            runs["warm"].append(_warm(thousand, cache))
            runs["plain"].append(_plain(plain))
        median = {k: statistics.median(r[0] for r in v) for k, v in runs.items()}
        cpu = {k: statistics.median(r[2] for r in v) for k, v in runs.items()}
        pages_1000 = len(_pages(fresh / "site"))
        simple_pages = len(_pages(simple / "site"))
        for key, base, what in (("edit", "simple", "after an edit of data/"),
                                ("nothing", "simple from nothing", "from nothing, as in CI")):
            _line(f"build +1,000, {what}", f"{median[key]:.1f} s", f"{pages_1000} pages")
            _line("  plain Material, as many simple pages", f"{median[base]:.1f} s", f"{simple_pages} pages, the same way")
            ratio = median[key] / median[base]
            _line("  against the simple pages", f"{ratio:.2f}x", "goal <= 1.5x", ratio <= 1.5)
            # Each run's builds were made one right after the other: how far apart their ratios
            # lie shows how much this machine's speed moved during the measurement.
            pairs = sorted(o[0] / s[0] for o, s in zip(runs[key], runs[base], strict=True))
            _line("  the same, run by run", f"{pairs[0]:.2f}-{pairs[-1]:.2f}x", f"{len(pairs)} runs, each beside its own")
            # `python -m uccn pages` writes its pieces side by side (uccn.base.parallel); the engines'
            # builds, ours and plain Material's, use one core. Processor time counts every core.
            _line("  the same in processor time", f"{cpu[key] / cpu[base]:.2f}x",
                  f"{cpu[key]:.1f} s against {cpu[base]:.1f} s, every core counted")
        _line("build, +1,000 decisions, warm cache", f"{median['warm']:.1f} s", "nothing changed since the last build")
        _line("  plain Material, our very pages", f"{median['plain']:.1f} s", "what the pages' content costs")
        _line("  warm / our very pages", f"{median['warm'] / median['plain']:.2f}x")
        ours_1000 = median["nothing"]

        if not args.no_4000:
            seconds, memory, _ = _from_nothing(big)
            growth = seconds / ours_1000
            _line("build, +4,000 decisions", f"{seconds:.1f} s", f"{len(_pages(big / 'site'))} pages")
            _line("  4,000 / 1,000", f"{growth:.2f}x", "goal <= 4.4x", growth <= 4.4)
            _line("  peak memory of the build", f"{memory} MiB", f"goal <= {MEMORY_LIMIT} MiB", memory <= MEMORY_LIMIT)
            pages = _pages(big / "site")
            over = [p for p in pages if p[0] > PAGE_LIMIT]
            _line("  largest HTML page", f"{pages[0][0] / 1024:.0f} KiB", f"/{pages[0][1]}")
            _line("  pages over 250 KiB", f"{len(over)}", "goal 0", not over)
            for size, path in over[:5]:
                print(f"{'':46}{size / 1024:.0f} KiB  /{path}")
            index = big / "site" / "search" / "search_index.json"
            docs = json.loads(index.read_text(encoding="utf-8"))["docs"]
            found = any(d["title"].startswith("Testbeslut 03999") and d["location"] == "beslut/bench-3999/" for d in docs)
            _line("  search index (Swedish)", f"{index.stat().st_size / 1024 / 1024:.1f} MiB", f"{len(docs)} entries")
            _line("  finds a decision by its title", "yes" if found else "no", "goal yes", found)

        if not args.no_lighthouse:
            _lighthouse(real_site)


if __name__ == "__main__":
    main()
