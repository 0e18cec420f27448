"""`python -m assistant` runs the same command line as the `rights` script."""

from assistant.cli.main import main

raise SystemExit(main())
