"""`python -m afterview ...` runs the command line, as `afterview ...` does."""

from .cli import main

raise SystemExit(main())
