"""`python -m assistant` runs the same command line as the `rights` script."""

from assistant.cli import main

raise SystemExit(main())
