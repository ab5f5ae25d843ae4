"""`python -m afterview ...` runs the command line, as `afterview ...` does."""

from ._internal.cli.main import main

raise SystemExit(main())
