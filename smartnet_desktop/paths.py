"""Where the program's data files live: translations, fonts, badge layouts, migrations, demo.

In the repository they sit at the top (`resources/`, `database/`). The wheel and the
application bundle carry them inside the package (`smartnet_desktop/resources`,
`smartnet_desktop/database`, see pyproject.toml), where importlib.resources finds them.
A checkout (or an editable install) has no such folders inside the package and reads the
top-level ones instead.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from smartnet_desktop.domain.errors import DatabaseProblem

_CHECKOUT_ROOT = Path(__file__).resolve().parent.parent


def _data_folder(name: str) -> Path:
    packaged = Path(str(files("smartnet_desktop") / name))
    return packaged if packaged.is_dir() else _CHECKOUT_ROOT / name


RESOURCES = _data_folder("resources")
DATABASE_DIR = _data_folder("database")
MIGRATIONS = DATABASE_DIR / "migrations"
DEMO_DATA = DATABASE_DIR / "demo" / "netzwerktreffen.json"
TRANSLATIONS = RESOURCES / "translations"


def require(path: Path) -> Path:
    """`path`, or a clear error naming it when the installation lacks it."""
    if not path.exists():
        raise DatabaseProblem("installation_incomplete", location=str(path))
    return path
