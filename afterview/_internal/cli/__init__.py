"""The `afterview` command line, on top of the note engine and the site."""
