"""Afterview's internals, grouped by layer: `engine` (the note engine), `site` (the MkDocs site) and `cli`.

Nothing here is public: import from `afterview` instead. A layer imports only the layers before it
(engine, then site, then cli), and any name here may change in any release.
"""
