"""`python -m smartnet_desktop` runs the same entry point as the console script."""

import sys

# The guard matters: the badge renderer's worker processes import the main module again
# (as __mp_main__), and must not start a second application.
if __name__ == "__main__":
    if sys.argv[1:2] == ["--internal-scan-files"]:  # file_scan.COMMAND: a child's errand
        from smartnet_desktop.file_scan import main as scan

        raise SystemExit(scan())
    from smartnet_desktop.cli import main

    raise SystemExit(main())
