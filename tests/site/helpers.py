"""Reading built pages as a person would: visible text, links, tables."""
from __future__ import annotations

import html
import re
from pathlib import Path


def page(site: Path, url: str) -> str:
    path = site / url.strip("/") / "index.html" if not url.endswith(".html") else site / url
    return path.read_text(encoding="utf-8")


def main_text(markup: str, evidence: bool = False) -> str:
    """Visible text of the article, with tags removed and spaces folded; without the
    evidence behind each fact (closed disclosures) unless asked for."""
    match = re.search(r"<article[^>]*>(.*?)</article>", markup, re.DOTALL)
    body = match.group(1) if match else markup
    if not evidence:
        body = re.sub(r'<details class="uccn-evidence.*?</details>', " ", body, flags=re.DOTALL)
        body = re.sub(r'<p class="uccn-evidence-ref">.*?</p>', " ", body, flags=re.DOTALL)  # "the same quote as above"
    body = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", body, flags=re.DOTALL)
    body = re.sub(r"</?(?:a|abbr|b|code|em|i|span|strong|time)\b[^>]*>", "", body)  # inline: no space, as a browser shows it
    text = html.unescape(re.sub(r"<[^>]+>", " ", body))
    return " ".join(text.replace("\u00a0", " ").split())


def hrefs(markup: str) -> list[str]:
    return [html.unescape(h) for h in re.findall(r'href="([^"]*)"', markup)]
