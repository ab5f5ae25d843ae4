"""The site: the MkDocs plugin and macros, the generated pages, the tools' data, an office's settings and look.

It builds on the note engine and knows nothing of the command line.
"""
