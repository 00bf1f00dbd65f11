"""The self check-in kiosk (issue 27): a locked full-screen window of its own, separate
from the desk's main window; nothing of the rest of the program is reachable from it."""
