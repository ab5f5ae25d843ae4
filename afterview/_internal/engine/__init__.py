"""The note engine: templates loaded and linted, notes rendered, drafts checked against the rule registry.

It knows nothing of MkDocs or the command line.
"""
