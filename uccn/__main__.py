"""Command line for the data layer.

    python -m uccn check    validate data/ and the pages' {{ … }}; print every problem as file:line: message
    python -m uccn pages    write the generated record pages into docs/<lang>/
    python -m uccn facts   list every fact shown, where, its evidence (quote, interpretation, outside source) and rule
    python -m uccn evidence FILE ID   the passages of the stored sources that hold each fact of one record
    python -m uccn claims   list every value that rests on an interpretation alone, with its file and line
    python -m uccn schema   write schemas/*.schema.json from the record models
    python -m uccn export   write the open data files (JSON, CSV) into --out
    python -m uccn source FILE [ID]   store a document's text (PDF, web page, text) in data/texts/ and add its source
    python -m uccn clean    remove what the pages step wrote into docs/<lang>/ (`make clean`)

Exit status 1 with one `file:line: message` per problem when the data is wrong.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from .base.languages import LANGS, ROOT_LANG
from .base.report import github_annotations, github_summary
from .base.site import DATA_DIR, ROOT, environment_problems, site_url
from .build import Settings, Stop, check, guard, prepare
from .check.translations import translation_notes
from .check.validate import load_dataset
from .check.wordfiles import word_problems


def main(argv: list[str] | None = None) -> int:
    """The command line."""
    parser = argparse.ArgumentParser(prog="python -m uccn", description=__doc__)
    parser.add_argument("command", choices=["check", "facts", "claims", "pages", "schema", "export", "evidence", "source", "clean"])
    parser.add_argument("target", nargs="*", help="for `evidence`: a data file and a record id; for `source`: a file and an id")
    parser.add_argument("--out", default="site-data", help="folder for `export` (default: site-data)")
    parser.add_argument("--lang", choices=LANGS, action="append", help="default: both")
    parser.add_argument(
        "--format", choices=["text", "github"], default="text",
        help="github: also print workflow commands, so problems show as annotations",
    )
    args = parser.parse_args(argv)
    settings = Settings(
        root=ROOT, site_url=site_url(), repository=os.environ.get("REPOSITORY_URL", ""), langs=args.lang or LANGS,
        # Only `pages` writes what the addresses go into; `check` and the rest read data/.
        address_problems=environment_problems() if args.command == "pages" else (),
        fork=True,  # this process runs no other thread
    )
    if args.command in ("schema", "evidence", "source"):
        try:
            guard(settings)
        except Stop as stop:
            _report(stop, args.format)
            return 1
    if args.command == "clean":
        return _clean()
    if args.command == "schema":
        from .records.schema import write_schemas

        changed = write_schemas(ROOT / "schemas")
        print(f"{len(changed)} schemafiler skrivna.")
        return 0
    if args.command == "evidence":
        return _evidence(args.target)
    if args.command == "source":
        return _source(args.target)
    started = time.perf_counter()
    try:
        if args.command == "pages":
            for lang, count in prepare(settings).changed.items():
                print(f"{lang}: {count} sidor skrivna eller borttagna.")
            return 0
        # `check` answers without writing the cache (it was most of its time at scale); the build stores it.
        data, _ = check(settings, store=args.command != "check")
    except Stop as stop:
        _report(stop, args.format)
        return 1
    if args.command == "check":
        count = sum(len(records) for records in data.collections.values())
        print(f"Datan och sidorna är korrekta: {count} poster i {len(data.collections)} filer "
              f"({time.perf_counter() - started:.2f} s).")
        for note in [*word_problems(ROOT)[1], *translation_notes(data)]:  # a language still being translated
            print(note)
        if not settings.publisher.contact_url:  # a note, not a problem: a build is not stopped for it
            print("Obs: ingen kontakt till utgivaren är angiven (extra.publisher.contact i mkdocs.base.yml) och "
                  "REPOSITORY_URL är inte satt, så sidorna säger att ingen kontakt är angiven.")
        return 0
    if args.command == "facts":
        return _facts(data)
    if args.command == "claims":
        return _claims(data)
    from .publish.export import write_exports

    written = write_exports(data, Path(args.out), settings.publisher)
    print(f"{len(written)} filer skrivna i {args.out}.")
    return 0


def _clean() -> int:
    """Remove what the pages step writes into each language's docs folder (uccn.publish.pages.generated).
    A link is removed as a link, and a language folder reached through one is left alone: nothing a
    link leads to is touched."""
    import shutil

    from .publish.pages import generated

    for lang in LANGS:
        folder = ROOT / "docs" / lang
        if any(p.is_symlink() for p in (ROOT / "docs", folder)):  # never through a link: `make check` names it
            print(f"docs/{lang} är en symbolisk länk eller ligger under en; inget togs bort där "
                  "(a link is never followed)", file=sys.stderr)
            continue
        for name in [*generated(lang), ".gitignore"]:
            path = folder / name.rstrip("/")
            if path.is_symlink() or path.is_file():
                path.unlink()
            elif path.is_dir():
                shutil.rmtree(path)
    return 0


def _report(stop: Stop, output: str) -> None:
    """Every problem on standard error; with --format github also as annotations and a summary."""
    print(stop.report(), file=sys.stderr)
    if output == "github" and stop.problems:
        print(github_annotations(stop.problems))
        summary = os.environ.get("GITHUB_STEP_SUMMARY")
        if summary:
            with open(summary, "a", encoding="utf-8") as out:
                out.write(github_summary(stop.problems))


def _evidence(target: list[str]) -> int:
    """Print, for one record, the passages that hold each of its facts, as an evidence block."""
    from .check.finder import evidence_block
    from .records.registry import COLLECTIONS

    usage = "Skriv: make evidence FILE=data/commitments.yml ID=kommun-arbetstid-50"
    if len(target) != 2:
        print(usage, file=sys.stderr)
        return 2
    collection = Path(target[0]).stem
    if collection not in COLLECTIONS:
        print(f"'{target[0]}' är ingen datafil. Datafilerna är data/{', data/'.join(COLLECTIONS)}.yml. {usage}",
              file=sys.stderr)
        return 2
    data, _ = load_dataset(DATA_DIR)  # the passages are found even while other things are wrong
    record = data.collections[collection].get(target[1])
    if record is None:
        known = ", ".join(sorted(data.collections[collection])[:20])
        print(f"Det finns ingen post med id '{target[1]}' i {target[0]}. Poster: {known}", file=sys.stderr)
        return 2
    print(f"# Stycken i de sparade källorna som innehåller uppgifterna i {target[1]} ({target[0]}).")
    print("# Klistra in det som stämmer under posten i stället för dess evidence, och fyll i translation.")
    print(evidence_block(data, collection, record))
    return 0


def _source(target: list[str]) -> int:
    """Store a document's text and add its source record (uccn.read.sourceimport)."""
    from .read.sourceimport import NotImported, import_source

    if not 1 <= len(target) <= 2 or not target[0]:
        print("Skriv: make source FILE=protokoll.pdf ID=ks-protokoll-2019-03 (ID kan utelämnas)", file=sys.stderr)
        return 2
    try:
        source_id = import_source(Path(target[0]), DATA_DIR, target[1] if len(target) > 1 else "")
    except NotImported as why:
        print(f"Inget skrevs: {why}", file=sys.stderr)
        return 1
    print(f"Texten står i data/texts/{source_id}.txt och källan {source_id} sist i data/sources.yml.\n"
          "Fyll i den engelska titeln, och utgivare och datum om dokumentet anger dem; kör sedan make check.")
    return 0


def _facts(data) -> int:
    """One line per fact: where it is shown, which record and field, and what backs it."""
    from .check.coverage import evidence_counts, fact_rows
    from .check.values import RULES
    from .records.registry import REGISTRY

    rows = fact_rows(data.collections, data.texts)
    words = {"quote": "citat", "self": "citat (punkt)", "interpretation": "tolkning", "outside": "annan källa",
             "none": "UTAN BELÄGG"}
    print(f"{'sida':<12} {'uppgift':<52} {'belägg':<14} {'regel':<10} var")
    for row in rows:
        where = f"stycke {row.paragraph}" if row.paragraph else row.source
        fact = f"{row.collection}/{row.record}.{row.field}"
        print(f"{REGISTRY[row.collection].shown_on:<12} {fact:<52} {words[row.evidence]:<14} {row.rule:<10} {where}")
    counts = evidence_counts(rows)
    print("\nRegler: vad ett citat måste innehålla för att styrka en uppgift")
    for name, rule in RULES.items():
        print(f"  {name:<10} {rule.words(ROOT_LANG)}")
    print(f"\n{len(rows)} uppgifter: " + ", ".join(f"{words[k]} {n}" for k, n in counts.items()))
    return 1 if counts["none"] else 0


def _claims(data) -> int:
    """Every value shown with "(vår tolkning)": resting on interpretations alone, with where it is written."""
    from .check.evidence import interpreted

    found = [(record, name) for records in data.collections.values() for record in records.values()
             for name in interpreted(record)]
    for record, name in found:
        value = getattr(record, name)
        shown = (value(ROOT_LANG) if hasattr(value, "by_language") else f"{value.start.iso()}–{value.end.iso()}" if hasattr(value, "start")
                 else value.iso() if hasattr(value, "iso") else ", ".join(value) if isinstance(value, tuple) else value)
        print(f"{record.where.file}:{record.where.at(name)}: {record.id}.{name} = {str(shown)[:70]} (vår tolkning)")
    print(f"\n{len(found)} värden bygger bara på en tolkning och visas med ”(vår tolkning)”.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
