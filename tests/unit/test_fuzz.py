"""Random edits of the real data never crash the validator: success, or clear file:line problems."""
from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from uccn.base.characters import HIDDEN
from uccn.check.validate import load_dataset
from uccn.records.registry import COLLECTIONS

ROOT = Path(__file__).resolve().parents[2]
ORIGINALS = {name: (ROOT / "data" / f"{name}.yml").read_text(encoding="utf-8") for name in COLLECTIONS}
SCALARS = st.one_of(
    st.text(max_size=20),
    st.sampled_from(["no", "on", "yes", "~", "0800", "0755", "2019-02-30", "1e3", "[", "{", "&a", "*a", "!!python/object:os.system", "- ", ": ", "'", '"', "\t"]),
    # Forms YAML 1.1 reads its own way, tags, anchors, hidden characters, extremes.
    st.sampled_from(["050", "0x14", "1:40", "0o17", "1_000", ".nan", ".inf", "-.inf", "!!binary MzAy", "!foo x",
                     "&a 5", "*a", "0000-01", "9999-12-31", "x\x1b[2Ky", "a\u202eb", "ks\u200b-1", "kѕ-2018",
                     "a" * 3000, "'" + "b" * 300 + "'"]),
    st.integers(min_value=-10**6, max_value=10**12).map(str),
)


@st.composite
def edits(draw):
    name = draw(st.sampled_from(list(COLLECTIONS)))
    lines = ORIGINALS[name].splitlines()
    index = draw(st.integers(min_value=0, max_value=len(lines) - 1))
    action = draw(st.sampled_from(["delete", "swap", "scalar", "insert", "unicode"]))
    if action == "delete":
        del lines[index]
    elif action == "swap":
        other = draw(st.integers(min_value=0, max_value=len(lines) - 1))
        a, b = lines[index], lines[other]
        if ":" in a and ":" in b:
            ka, va = a.split(":", 1)
            kb, vb = b.split(":", 1)
            lines[index], lines[other] = f"{ka}:{vb}", f"{kb}:{va}"
    elif action == "scalar" and ":" in lines[index]:
        key = lines[index].split(":", 1)[0]
        lines[index] = f"{key}: {draw(SCALARS)}"
    elif action == "insert":
        lines.insert(index, draw(SCALARS))
    else:
        position = draw(st.integers(min_value=0, max_value=len(lines[index])))
        lines[index] = lines[index][:position] + draw(st.text(min_size=1, max_size=5)) + lines[index][position:]
    return name, "\n".join(lines) + "\n"


_COPY = Path(tempfile.mkdtemp(prefix="uccn-fuzz-")) / "data"
shutil.copytree(ROOT / "data", _COPY)
atexit.register(shutil.rmtree, _COPY.parent, True)


# Full strength in CI (its runs are derandomized, tests/conftest.py); lighter on an editor's machine.
EXAMPLES = 300 if os.environ.get("CI") else 100


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edits())
def test_random_edits_end_in_success_or_located_problems(edit):
    name, text = edit
    path = _COPY / f"{name}.yml"  # one copy of data/, one file changed and put back per example
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    try:
        _, problems = load_dataset(_COPY)
    finally:
        path.write_text(ORIGINALS[name], encoding="utf-8")
    for problem in problems:
        assert problem.file in {f"data/{c}.yml" for c in COLLECTIONS}
        length = len((ROOT / "data" / problem.file.split("/")[1]).read_text(encoding="utf-8").splitlines())
        assert 1 <= problem.line <= max(length, len(text.splitlines())) + 1
        assert problem.message and "Traceback" not in problem.message and "Node(" not in problem.message
        assert not HIDDEN.search(problem.message), problem  # nothing in a message can hide a line
