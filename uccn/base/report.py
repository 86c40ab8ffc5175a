"""How problems (in data/ or in a page) are shown to an editor: one `file:line: message` per line, with a count."""
from __future__ import annotations

from .characters import visible
from .problem import Problem


def format_problems(problems: list[Problem]) -> str:
    files = len({p.file for p in problems})
    head = (
        f"Hittade {len(problems)} fel i {files} fil{'er' if files != 1 else ''}. "
        "Rätta dem och bygg igen (se Så uppdaterar du webbplatsen):"
    )
    # Escaped: a control character in a message (from a file name, say) must not act on the terminal.
    return "\n".join([head, *(visible(str(p)) for p in problems)])


def github_summary(problems: list[Problem]) -> str:
    """Markdown for the job summary: every problem, since GitHub shows only the
    first ten annotations of a step beside the changed lines."""
    files = len({p.file for p in problems})
    rows = "\n".join(f"| `{p.file}` | {p.line} | {_cell(p.message)} |" for p in problems)
    return (
        f"## {len(problems)} fel i {files} fil{'er' if files != 1 else ''}\n\n"
        "Rätta felen och spara igen. Sidan *Så uppdaterar du webbplatsen* förklarar "
        "vad varje meddelande betyder.\n\n"
        f"| Fil | Rad | Fel |\n|---|---|---|\n{rows}\n"
    )


def _cell(text: str) -> str:
    """Text as one Markdown table cell: no line breaks, no column breaks, no HTML."""
    text = " ".join(text.split()).replace("|", "\\|")
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def github_annotations(problems: list[Problem]) -> str:
    """GitHub Actions workflow commands: each problem shows on its line in the pull request."""

    def escape(text: str) -> str:
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")

    return "\n".join(
        f"::error file={escape(visible(p.file))},line={p.line},title=Fel i datan::{escape(visible(p.message))}"
        for p in problems
    )
