"""Data layer for the UCCN partnership site: load, validate and render `data/*.yml`.

Plain Python with no MkDocs imports, so it can be tested on its own, used by
export scripts and survive a change of site generator. Run `python -m uccn check`
to validate the data without building the site.
"""
