"""Showing: how the site says things in each language, where things are, and the views and templates that make the HTML of every page."""
