"""Before the window: is there a display, and are Qt's system libraries for it installed?

Without them Qt prints several lines that blame a plugin ("Reinstalling the application
may fix this problem") and aborts the process (exit 134). Asked first, the program ends
with one line that names what is missing and the Debian/Ubuntu package to install.

Only Linux's X11 (xcb) platform is checked: Wayland sessions, Windows, macOS and the
platforms without a screen (offscreen, minimal, vnc ...) are left to Qt.
"""

from __future__ import annotations

import ctypes
import os
import re
import sys
from pathlib import Path

# The libraries Qt's X11 window needs beyond a bare system, each with its Debian/Ubuntu
# package (the README's list under "Set-up"; .ci/run installs the same).
XCB_LIBRARIES = {
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}
README_HINT = "see README, Set-up"
_SONAME = re.compile(r"(lib[\w.+-]+?\.so(?:\.\d+)*)")


def _platforms() -> list[str]:
    """The platform plugins Qt will try, in its order (QT_QPA_PLATFORM may list several)."""
    chosen = os.environ.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        return [name.split(":", 1)[0].strip() for name in chosen.split(";") if name.strip()]
    if os.environ.get("XDG_SESSION_TYPE") == "wayland":
        return ["wayland", "xcb"]
    return ["xcb"]


def _loads(library: str) -> str | None:
    """None when the dynamic loader can load `library`, else its complaint."""
    try:
        ctypes.CDLL(library)
    except OSError as error:
        return str(error)
    return None


def package_of(soname: str) -> str:
    """Debian's package name for a library: libfoo-bar.so.0 -> libfoo-bar0, libxkbcommon-x11.so.0
    -> libxkbcommon-x11-0 (a dash where the name ends in a digit)."""
    if soname in XCB_LIBRARIES:
        return XCB_LIBRARIES[soname]
    name, _, version = soname.partition(".so")
    version = version.lstrip(".").split(".")[0]
    name = name.lower()
    return f"{name}-{version}" if name[-1:].isdigit() and version else f"{name}{version}"


def _xcb_plugin() -> Path | None:
    from PySide6.QtCore import QLibraryInfo

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    found = sorted(folder.glob("libqxcb*.so"))
    return found[0] if found else None


def _missing_libraries() -> list[str]:
    """Libraries the X11 plugin cannot load. The loader names the first one it misses; when
    it misses one, every known one is tried too, so that one `apt install` names them all."""
    plugin = _xcb_plugin()
    complaint = _loads(str(plugin)) if plugin is not None else "no xcb plugin"
    if not complaint:
        return []
    missing = [soname for soname in XCB_LIBRARIES if _loads(soname) is not None]
    named = _SONAME.match(complaint.strip())
    if named and named.group(1) not in missing and plugin and named.group(1) != plugin.name:
        missing.append(named.group(1))
    return missing


def _display_answers(name: str) -> bool:
    """Whether the X server named by DISPLAY accepts a connection (libxcb, as Qt connects)."""
    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return True  # said by the library check
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(name.encode(), None)
    try:
        return xcb.xcb_connection_has_error(connection) == 0
    finally:
        xcb.xcb_disconnect(connection)


def display_problem() -> str | None:
    """One line saying why the window cannot open here, or None when Qt may try."""
    if not sys.platform.startswith("linux"):
        return None
    platforms = _platforms()
    if "wayland" in platforms and os.environ.get("WAYLAND_DISPLAY"):
        return None  # a Wayland session: Qt's own plugin, not checked here
    if "xcb" not in platforms:
        return None  # offscreen, minimal, vnc, eglfs ...: no X display needed
    display = os.environ.get("DISPLAY", "").strip()
    if not display:
        return (
            "no display: the window needs a desktop session (DISPLAY is not set); "
            "start it there, or use the command line (smartnet-desktop --help)"
        )
    missing = _missing_libraries()
    if missing:
        packages = " ".join(dict.fromkeys(package_of(soname) for soname in missing))
        return (
            f"the window cannot open: missing {', '.join(missing)}; "
            f"install with: sudo apt install {packages} ({README_HINT})"
        )
    if not _display_answers(display):
        return (
            f"no display: cannot connect to the X display {display}; "
            "start the program in the desktop session (or check DISPLAY)"
        )
    return None
