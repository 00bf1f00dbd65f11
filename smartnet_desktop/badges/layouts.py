"""Badge sheet presets: data files under resources/badge_layouts (plus the user's custom
preset in the config folder), never code branches."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from smartnet_desktop.domain.errors import InvalidInput, NotFound
from smartnet_desktop.paths import RESOURCES, require

PRESETS = RESOURCES / "badge_layouts"
CUSTOM_NAME = "custom"


@dataclass(frozen=True)
class Layout:
    name: str
    label: str
    page: tuple[float, float]  # width, height in mm
    badge: tuple[float, float]
    columns: int
    rows: int
    margin: tuple[float, float]  # left, top in mm
    gap: tuple[float, float] = (0.0, 0.0)
    cut_marks: bool = False
    foldable: bool = False  # front in the slot, back mirrored above it and turned 180 degrees
    label_de: str = ""
    # Office printers cannot print the outer 4 mm of a sheet; label printers nearly reach
    # the edge. Nothing of a badge goes into this margin, the photo marker included.
    printable_margin: float = 4.0
    # The photo marker's form (badges/photo_marker.py): "band" across the foot, or "corner"
    # (the symbol alone, top right) on stock too low for a band.
    photo_marker: str = "band"
    # "sheet": a third panel below the front, folded in behind it first, so that it lies
    # inside, under the back: the holder's personal sheet (reports/personal_sheet.py),
    # turned 180 degrees like the back. "" (no inside panel) otherwise.
    inside: str = ""

    def label_in(self, language: str) -> str:
        return self.label_de if language == "de" and self.label_de else self.label

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def slot_origin(self, index: int) -> tuple[float, float]:
        """Bottom-left corner (mm, PDF coordinates) of the badge at `index` on its page."""
        column, row = index % self.columns, index // self.columns
        x = self.margin[0] + column * (self.badge[0] + self.gap[0])
        top = self.margin[1] + row * (self.badge[1] + self.gap[1])
        return x, self.page[1] - top - self.badge[1]

    def to_json(self) -> dict:
        return asdict(self)


def _checked(data: dict) -> Layout:
    try:
        layout = Layout(
            name=str(data["name"]),
            label=str(data.get("label", data["name"])),
            page=(float(data["page"][0]), float(data["page"][1])),
            badge=(float(data["badge"][0]), float(data["badge"][1])),
            columns=int(data["columns"]),
            rows=int(data["rows"]),
            margin=(float(data["margin"][0]), float(data["margin"][1])),
            gap=(float(data.get("gap", (0, 0))[0]), float(data.get("gap", (0, 0))[1])),
            cut_marks=bool(data.get("cut_marks", False)),
            foldable=bool(data.get("foldable", False)),
            label_de=str(data.get("label_de", "")),
            printable_margin=float(data.get("printable_margin", 4.0)),
            photo_marker=str(data.get("photo_marker", "band")),
            inside=str(data.get("inside", "")),
        )
    except (KeyError, IndexError, TypeError, ValueError):
        raise InvalidInput("badge_layout", "layout_incomplete") from None
    if layout.photo_marker not in ("band", "corner") or layout.inside not in ("", "sheet"):
        raise InvalidInput("badge_layout", "layout_incomplete")
    if layout.inside and not layout.foldable:
        raise InvalidInput("badge_layout", "layout_incomplete")
    if min(layout.page + layout.badge) <= 0 or layout.columns < 1 or layout.rows < 1:
        raise InvalidInput("badge_layout", "layout_too_small")
    if layout.badge[0] < 40 or layout.badge[1] < 30:
        raise InvalidInput("badge_layout", "layout_too_small")
    right = (
        layout.margin[0] + layout.columns * layout.badge[0] + (layout.columns - 1) * layout.gap[0]
    )
    bottom = layout.margin[1] + layout.rows * layout.badge[1] + (layout.rows - 1) * layout.gap[1]
    if min(layout.margin) < 0 or right > layout.page[0] + 0.01 or bottom > layout.page[1] + 0.01:
        raise InvalidInput("badge_layout", "layout_off_page")
    if layout.inside and layout.slot_origin(0)[1] < layout.badge[1] - 0.01:
        raise InvalidInput("badge_layout", "layout_off_page")  # no room below for the panel
    return layout


def load_layouts(custom_file: Path | None = None) -> dict[str, Layout]:
    layouts = {}
    for path in sorted(require(PRESETS).glob("*.json")):
        layout = _checked(json.loads(path.read_text(encoding="utf-8")))
        layouts[layout.name] = layout
    if custom_file is not None and custom_file.exists():
        try:
            layouts[CUSTOM_NAME] = _checked(
                {**json.loads(custom_file.read_text(encoding="utf-8")), "name": CUSTOM_NAME}
            )
        except (InvalidInput, ValueError, OSError):
            pass  # a broken custom preset must not stop printing with the shipped ones
    return layouts


def get_layout(name: str, custom_file: Path | None = None) -> Layout:
    layouts = load_layouts(custom_file)
    if name not in layouts:
        raise NotFound("layout_not_found", name=name, known=", ".join(layouts))
    return layouts[name]


def save_custom(data: dict, custom_file: Path) -> Layout:
    """Validates and stores the user's own preset (page, badge size, grid, margins)."""
    layout = _checked({**data, "name": CUSTOM_NAME, "label": data.get("label") or "Custom"})
    from smartnet_desktop.outputs import write_file

    # Whole or not at all: a torn file would lose the user's preset.
    write_file(custom_file, json.dumps(layout.to_json(), indent=2).encode("utf-8"), parents=True)
    return layout
