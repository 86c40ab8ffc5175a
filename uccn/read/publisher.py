"""Who publishes the site and its open data, how to reach them, and the licence of the compiled
data: one place, `extra.publisher` in mkdocs.base.yml.

The theme's footer reads it there as it is (overrides/partials/copyright.html), on every engine;
the build reads the same lines here for the accessibility statement, the citation, the feeds,
the catalogue and the data package. The repository's address stays where CI sets it
(REPOSITORY_URL). Nothing is invented: with no contact configured, the repository's new-issue
page is the contact; with neither, the outputs say that no contact is given, and `make check`
says so once (a note: a build is not stopped for it)."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..base import safeio
from ..base.languages import LANGS
from ..base.problem import Problem
from ..records.fields import Text

CONFIG = "mkdocs.base.yml"

# The licences the compiled data may carry (SPDX ids): their addresses, names and kinds (ADMS licence types).
LICENCES: dict[str, tuple[str, Text, str, str]] = {
    "CC0-1.0": ("https://creativecommons.org/publicdomain/zero/1.0/",
                Text(sv="CC0 1.0 Universell (ingen upphovsrätt förbehålls)",
                     en="CC0 1.0 Universal (no rights reserved)"), "PublicDomain", "Public domain"),
    "CC-BY-4.0": ("https://creativecommons.org/licenses/by/4.0/",
                  Text(sv="CC BY 4.0 (Erkännande)", en="CC BY 4.0 (Attribution)"), "Attribution", "Attribution"),
}

_EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
_FORM = re.compile(r"^https://[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[A-Za-z0-9._~%/?=&#+-]*)?$")


@dataclass(frozen=True)
class Publisher:
    name: Text
    contact: str = ""  # as configured: an email address or the https address of a form; "" for none
    licence: str = "CC0-1.0"  # an SPDX id of LICENCES
    repository: str = ""  # REPOSITORY_URL: the project on its forge; "" for none

    @property
    def contact_url(self) -> str:
        """Where to write: the configured email or form, else the repository's new-issue page, else ""."""
        if self.contact:
            return f"mailto:{self.contact}" if "@" in self.contact and "://" not in self.contact else self.contact
        return f"{self.repository.rstrip('/')}/issues/new" if self.repository else ""

    @property
    def contact_kind(self) -> str:
        """"email", "form", "issues" or "" (none given): how the pages say where to write."""
        if self.contact:
            return "email" if self.contact_url.startswith("mailto:") else "form"
        return "issues" if self.repository else ""

    @property
    def licence_url(self) -> str:
        return LICENCES[self.licence][0]

    def licence_name(self, lang: str) -> str:
        return LICENCES[self.licence][1](lang)

    @property
    def licence_type(self) -> str:
        """The licence's kind in ADMS's vocabulary (DCAT-AP recommends it)."""
        return f"http://purl.org/adms/licencetype/{LICENCES[self.licence][2]}"

    @property
    def licence_type_name(self) -> str:
        """That kind's name in the vocabulary (English)."""
        return LICENCES[self.licence][3]

    def key(self) -> str:
        """Everything the outputs show of it, for the build's stamps."""
        return repr((self.name, self.contact, self.licence, self.repository))


@functools.lru_cache(maxsize=8)
def _parse(raw: bytes) -> tuple[Publisher, tuple[Problem, ...]]:
    try:
        node = yaml.compose(raw.decode("utf-8"), Loader=yaml.SafeLoader)  # composed: !ENV needs no constructor
    except (UnicodeDecodeError, yaml.YAMLError) as err:
        return _UNSET, (Problem(CONFIG, 1, f"filen går inte att läsa ({type(err).__name__}); utgivaren står där"),)
    problems: list[Problem] = []
    publisher = _child(_child(node, "extra"), "publisher")
    if publisher is None:
        return _UNSET, (Problem(CONFIG, 1, "extra.publisher saknas: vem som ger ut webbplatsen, kontakt och "
                                           "licens (se MAINTAINING.md, Utgivare)"),)
    name = _child(publisher, "name")
    names = {lang: _scalar(_child(name, lang)) for lang in LANGS}
    for lang, value in names.items():
        if not value:
            problems.append(Problem(CONFIG, _line(_child(name, lang) or name or publisher),
                                    f"extra.publisher.name saknar text på {lang}: skriv utgivarens namn under {lang}:"))
    contact_node = _child(publisher, "contact")
    contact = _scalar(contact_node)
    if contact and not (_EMAIL.match(contact) or _FORM.match(contact)):
        problems.append(Problem(CONFIG, _line(contact_node), "extra.publisher.contact ska vara en e-postadress "
                                "(namn@exempel.se) eller adressen till ett formulär (https://…), eller tom"))
        contact = ""
    licence_node = _child(publisher, "licence")
    licence = _scalar(licence_node)
    if licence not in LICENCES:
        problems.append(Problem(CONFIG, _line(licence_node if licence_node is not None else publisher),
                                f"extra.publisher.licence kan inte vara '{licence}'. Tillåtna värden: "
                                f"{', '.join(LICENCES)}"))
        licence = next(iter(LICENCES))
    return Publisher(Text(**names), contact, licence), tuple(problems)


def read_publisher(root: Path, repository: str = "") -> tuple[Publisher, list[Problem]]:
    """The publisher as configured for the project at `root`, and what is wrong in its lines."""
    try:
        raw = safeio.read_bytes(root, Path(CONFIG))
    except (OSError, safeio.Unsafe) as err:
        return _UNSET, [Problem(CONFIG, 1, f"filen går inte att läsa ({err}); utgivaren står där")]
    publisher, problems = _parse(raw)
    return Publisher(publisher.name, publisher.contact, publisher.licence, repository), list(problems)


def _child(node: yaml.Node | None, key: str) -> yaml.Node | None:
    if not isinstance(node, yaml.MappingNode):
        return None
    return next((value for k, value in node.value if isinstance(k, yaml.ScalarNode) and k.value == key), None)


def _scalar(node: yaml.Node | None) -> str:
    return node.value.strip() if isinstance(node, yaml.ScalarNode) and node.tag != "tag:yaml.org,2002:null" else ""


def _line(node: yaml.Node | None) -> int:
    return node.start_mark.line + 1 if node is not None else 1


_UNSET = Publisher(Text(sv="", en=""))
