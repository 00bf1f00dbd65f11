"""`python -m smartnet_desktop` runs the same entry point as the console script."""

from smartnet_desktop.cli import main

# The guard matters: the badge renderer's worker processes import the main module again
# (as __mp_main__), and must not start a second application.
if __name__ == "__main__":
    raise SystemExit(main())
