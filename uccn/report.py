"""How problems are shown to an editor: one `file:line: message` per line, with a count."""
from __future__ import annotations

from .load import Problem


def format_problems(problems: list[Problem]) -> str:
    files = len({p.file for p in problems})
    head = (
        f"Datan har {len(problems)} fel i {files} fil{'er' if files != 1 else ''}. "
        "Rätta dem och bygg igen (se Så uppdaterar du webbplatsen):"
    )
    return "\n".join([head, *(str(p) for p in problems)])
