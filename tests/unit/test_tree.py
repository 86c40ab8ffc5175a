"""uccn.base.tree: a link or a special file where the build reads or writes is named before anything runs."""
from __future__ import annotations

import os

from uccn.base.tree import link_problems


def test_a_link_in_place_of_the_code_the_engines_load_is_named(tmp_path):
    """macros.py and hooks.py are run by the engines: neither may be a link out of the project."""
    outside = tmp_path / "outside.py"
    outside.write_text("", encoding="utf-8")
    project = tmp_path / "project"
    (project / "docs" / "sv").mkdir(parents=True)
    for name in ("macros.py", "hooks.py"):
        (project / name).symlink_to(outside)
    (project / "docs" / "sv" / "index.md").write_text("# Start\n", encoding="utf-8")
    os.mkfifo(project / "docs" / "sv" / "pipe.md")
    assert [(p.file, "symbolisk länk" in p.message) for p in link_problems(project)] == [
        ("docs/sv/pipe.md", False), ("hooks.py", True), ("macros.py", True)]
