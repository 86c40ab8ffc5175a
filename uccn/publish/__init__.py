"""Publishing: the record pages and every file beside them (open data, catalogue, annotations, feeds, calendar, releases, history from git), and the renderer the pages' macros use."""
