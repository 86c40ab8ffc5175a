"""The folders of uccn/ are the stages a build walks (MAINTAINING.md, "How it fits together"):
each imports only the stages before it, and no room grows past what a reader takes in."""
from __future__ import annotations

import ast
from pathlib import Path

from uccn.base.site import ROOT

PACKAGE = ROOT / "uccn"
STAGES = ("base", "records", "read", "check", "show", "publish")  # in order; the pipeline and the CLI above them
MAX_MODULE_LINES = 300
MAX_CLASS_LINES = 120


def _stage(parts: list[str]) -> int:
    """A module's place in the order: its stage, or after every stage for uccn/'s own files."""
    return STAGES.index(parts[1]) if len(parts) > 1 and parts[1] in STAGES else len(STAGES)


def _imports(path: Path, root: Path = ROOT) -> list[tuple[int, list[str]]]:
    """Each of the module's imports of uccn, as (line, the imported module's parts from uccn)."""
    package = list(path.relative_to(root).parent.parts)
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package[: len(package) - (node.level - 1)]
            if node.module:
                found.append((node.lineno, base + node.module.split(".")))
            else:
                found += [(node.lineno, [*base, alias.name]) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "uccn":
            found.append((node.lineno, node.module.split(".")))
    return found


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_every_stage_imports_only_the_stages_before_it():
    upward = [f"{path.relative_to(ROOT)}:{line} imports {'.'.join(target)}"
              for path in _modules() for line, target in _imports(path)
              if _stage(target) > _stage(list(path.relative_to(ROOT).parts))]
    assert upward == []


def test_the_layout_check_sees_an_upward_import(tmp_path):
    """The check above is not empty: a base module that imports a check module is found."""
    (tmp_path / "uccn" / "base").mkdir(parents=True)
    module = tmp_path / "uccn" / "base" / "odd.py"
    module.write_text("from ..check.validate import load_dataset\n", encoding="utf-8")
    imports = _imports(module, tmp_path)
    assert imports == [(1, ["uccn", "check", "validate"])]
    assert _stage(imports[0][1]) > _stage(["uccn", "base", "odd.py"])


def test_every_code_file_belongs_to_a_stage():
    loose = [p.name for p in PACKAGE.glob("*.py")]
    assert sorted(loose) == ["__init__.py", "__main__.py", "build.py", "engine.py"]
    assert sorted(p.name for p in PACKAGE.iterdir() if p.is_dir() and p.name != "__pycache__") == sorted(STAGES)


def test_no_module_and_no_class_is_longer_than_a_reader_takes_in():
    long_modules, long_classes = [], []
    for path in _modules():
        text = path.read_text(encoding="utf-8")
        if text.count("\n") > MAX_MODULE_LINES:
            long_modules.append(f"{path.relative_to(ROOT)}: {text.count(chr(10))} lines")
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.ClassDef) and node.end_lineno - node.lineno + 1 > MAX_CLASS_LINES:
                long_classes.append(f"{path.relative_to(ROOT)}: {node.name} {node.end_lineno - node.lineno + 1} lines")
    assert long_modules == [] and long_classes == []
