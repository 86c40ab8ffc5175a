"""The views of the open-data page: what is published, under which licence, in which
releases, and who publishes it. They read what the publish stage writes (uccn.publish),
so they live beside it; they are views like any other (`@view`, uccn.show.views)."""
from __future__ import annotations

from ..base.languages import PREFIX
from ..base.published import OPEN_DATA
from ..records.fields import PartialDate
from ..records.vocabulary import FIELDS
from ..show import fmt, jsonld
from ..show.links import Links
from ..show.views import view
from . import dcat, tables


class OpenDataViews(Links):
    @view
    def publisher_contact(self) -> str:
        """Who publishes the site, and how to reach them (uccn.read.publisher)."""
        return self._render("publisher.html")

    @view
    def data_licence(self) -> str:
        """The compiled data's licence, and what copyright law says of decisions and quotes."""
        return self._render("licence.html")

    @view
    def open_data_description(self) -> str:
        """The open data as a schema.org Dataset, for search engines (the page's prose says the rest)."""
        root = self.origin + self.base[: len(self.base) - len(PREFIX[self.lang])]
        modified = dcat.last_data_change(self.history)
        node = jsonld.dataset(self.lang, self.origin + self.page_url("open_data"), root, dcat.published_files(), modified)
        return jsonld.script(node) + "\n"

    @view
    def open_data_tables(self) -> str:
        """Every table of the open data (uccn.publish.tables), what it holds, and its copy for Excel."""
        root = self.base[: len(self.base) - len(PREFIX[self.lang])]
        rows = [(table, self.kind_name(table.collection) + (
                    f": {FIELDS.get(table.references, {}).get(self.lang, table.references)}" if table.references else ""))
                for table in tables.TABLES]
        return self._render("open_data_tables.html", rows=rows, folder=f"{root}{OPEN_DATA}/", excel=tables.EXCEL)

    @view
    def data_releases(self) -> str:
        """The dated releases of the data (uccn.publish.releases), newest first, each with its files and how to cite it."""
        from ..base.languages import ROOT_LANG
        from ..base.site import DOCS_DIR, ROOT
        from .releases import FOLDER, OPEN_DATA_FILE, SUMS, releases

        root = self.base[: len(self.base) - len(PREFIX[self.lang])]
        written = DOCS_DIR / ROOT_LANG / OPEN_DATA / FOLDER  # the pages step wrote them before any page is built
        rows = [(release, fmt.date(PartialDate.parse(release.date), self.lang),
                 (written / release.tag / OPEN_DATA_FILE).is_file()) for release in releases(ROOT)]
        return self._render("releases.html", rows=rows, folder=f"{root}{OPEN_DATA}/{FOLDER}/", sums=SUMS,
                            origin=self.origin, publisher=self.published_by.name(self.lang))
