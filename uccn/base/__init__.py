"""Plumbing every stage shares: problems, safe file access, work side by side, the languages, the site's places and addresses, the private cache folder and its stamps."""
