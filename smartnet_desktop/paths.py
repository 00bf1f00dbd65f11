"""Where the files shipped beside the package live (resources/, database/)."""

from __future__ import annotations

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
RESOURCES = PROJECT_ROOT / "resources"
DATABASE_DIR = PROJECT_ROOT / "database"
MIGRATIONS = DATABASE_DIR / "migrations"
DEMO_DATA = DATABASE_DIR / "demo" / "netzwerktreffen.json"
TRANSLATIONS = RESOURCES / "translations"
