"""`python -m smartnet_desktop` runs the same entry point as the console script."""

from smartnet_desktop.cli import main

raise SystemExit(main())
