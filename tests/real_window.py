"""The real window on a real X display, driven with real keys (shared/TESTING.md).

Xvfb + openbox (without a window manager the keyboard focus is unreliable) + a German
keymap (so that ü and ß are real keys), the program started as its users start it, in a
child process, and xdotool typing at a scanner's 8 ms or a person's 60 ms per key. Rules
that hold for widget method calls but not for real keys are caught here.

Usage in a test:

    def test_x(real_display, tmp_path):
        app = real_display.start_app(["--db", str(db), "--lang", "de"])
        real_display.type_text("SN-1234", delay_ms=8)
        real_display.key("Return")
        real_display.screenshot(tmp_path / "shot.png")
        app.close()

On CI the tools are installed by .ci/run and their absence is a failure; elsewhere a test
that needs them is skipped with the missing tool named.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from smartnet_desktop.ui.start_screen import TITLE as START_SCREEN

TOOLS = ("Xvfb", "openbox", "xdotool", "setxkbmap")
REPOSITORY = Path(__file__).resolve().parent.parent


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def _free_display() -> int:
    for number in range(90, 400):
        if not Path(f"/tmp/.X{number}-lock").exists() and not Path(
            f"/tmp/.X11-unix/X{number}"
        ).exists():
            return number
    raise RuntimeError("no free X display number")


def _wait_for(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.05)
    raise TimeoutError(f"waited {timeout} s for {what}")


class RealApp:
    """The program running in a child process on the display."""

    def __init__(self, display: RealDisplay, process: subprocess.Popen, log: Path) -> None:
        self.display = display
        self.process = process
        self.log = log
        self.window_id = ""

    @property
    def pid(self) -> int:
        return self.process.pid

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def window_ids(self) -> list[str]:
        """Every visible top-level window of this process (the main window and any dialog)."""
        return self.display.xdotool("search", "--onlyvisible", "--pid", str(self.pid)).split()

    def window_names(self) -> list[str]:
        names = []
        for window in self.window_ids():
            try:
                names.append(self.display.xdotool("getwindowname", window).strip())
            except subprocess.CalledProcessError:
                pass  # closed in between
        return names

    def active_window_name(self) -> str:
        try:
            window = self.display.xdotool("getactivewindow").strip()
            return self.display.xdotool("getwindowname", window).strip()
        except subprocess.CalledProcessError:
            return ""

    def wait_for_window(self, name_part: str = "SmartNet", timeout: float = 30.0) -> str:
        def found() -> bool:
            if self.process.poll() is not None:
                raise RuntimeError(f"the program ended ({self.process.returncode}):\n{self.output()}")
            for window in self.window_ids():
                try:
                    name = self.display.xdotool("getwindowname", window)
                except subprocess.CalledProcessError:
                    continue
                if name_part in name and START_SCREEN not in name:
                    self.window_id = window
                    return True
            return False

        _wait_for(found, timeout, f"a window named '{name_part}'")
        self.activate()
        return self.window_id

    def frame_geometry(self) -> tuple[int, int, int, int]:
        """x, y, width, height of the window with the window manager's frame (title bar
        and borders), in screen pixels: what the user sees of it. (xwininfo, not xdotool:
        `xdotool getwindowgeometry` counts the frame's offset twice.)"""

        def x11(*command: str) -> str:
            return subprocess.run(
                list(command), env=self.display.env(), capture_output=True, text=True, check=True
            ).stdout

        info = dict(
            (key.strip(), value.strip())
            for key, _, value in (
                line.partition(":") for line in x11("xwininfo", "-id", self.window_id).splitlines()
            )
        )
        x, y = int(info["Absolute upper-left X"]), int(info["Absolute upper-left Y"])
        width, height = int(info["Width"]), int(info["Height"])
        # "_NET_FRAME_EXTENTS(CARDINAL) = 1, 1, 20, 5": left, right, top, bottom
        extents = x11("xprop", "-id", self.window_id, "_NET_FRAME_EXTENTS")
        left, right, top, bottom = (int(v) for v in extents.split("=")[1].split(","))
        return x - left, y - top, width + left + right, height + top + bottom

    def activate(self) -> None:
        self.display.xdotool("windowactivate", "--sync", self.window_id)
        time.sleep(0.2)

    def close(self, timeout: float = 20.0) -> int:
        """Close the window as a user does (Ctrl+Q), and wait for the process to end."""
        if self.process.poll() is None:
            try:
                self.activate()
                self.display.key("ctrl+q")
                self.process.wait(timeout)
            except (subprocess.CalledProcessError, subprocess.TimeoutExpired):
                self.process.send_signal(signal.SIGTERM)
                try:
                    self.process.wait(5)
                except subprocess.TimeoutExpired:
                    self.process.kill()
                    self.process.wait()
        return self.process.returncode

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()


class RealDisplay:
    """An Xvfb display with openbox and a German keymap."""

    def __init__(self, folder: Path, size: str = "1280x800") -> None:
        self.folder = folder
        self.number = _free_display()
        self.name = f":{self.number}"
        self._processes: list[subprocess.Popen] = []
        self._apps: list[RealApp] = []
        self._start_x(size)

    def env(self, **extra: str) -> dict[str, str]:
        env = dict(os.environ)
        env.pop("QT_QPA_PLATFORM", None)  # the real display, not offscreen
        env.update(DISPLAY=self.name, LC_ALL="C.UTF-8", LANG="C.UTF-8")
        env.update(extra)
        return env

    def _start_x(self, size: str) -> None:
        self._spawn(["Xvfb", self.name, "-screen", "0", f"{size}x24", "-nolisten", "tcp"])
        _wait_for(lambda: Path(f"/tmp/.X11-unix/X{self.number}").exists(), 10, "Xvfb")
        self._spawn(["openbox"])
        time.sleep(0.5)  # openbox resets the keymap as it starts: set ours after it
        subprocess.run(["setxkbmap", "de"], env=self.env(), check=True)

    def _spawn(self, command: list[str], **kwargs) -> subprocess.Popen:
        process = subprocess.Popen(
            command,
            env=kwargs.pop("env", self.env()),
            stdout=kwargs.pop("stdout", subprocess.DEVNULL),
            stderr=kwargs.pop("stderr", subprocess.DEVNULL),
            **kwargs,
        )
        self._processes.append(process)
        return process

    def xdotool(self, *args: str) -> str:
        # `search` exits 1 when it finds nothing: that is an answer, not an error.
        result = subprocess.run(
            ["xdotool", *args], env=self.env(), capture_output=True, text=True
        )
        if result.returncode != 0 and args[0] != "search":
            raise subprocess.CalledProcessError(result.returncode, args, result.stdout)
        return result.stdout

    def start_app(
        self,
        args: list[str],
        env: dict[str, str] | None = None,
        wait_for: str | None = "SmartNet",
    ) -> RealApp:
        """`python -m smartnet_desktop ARGS` on this display, from this checkout."""
        log = self.folder / f"app-{len(self._apps)}.log"
        environment = self.env(PYTHONPATH=str(REPOSITORY), **(env or {}))
        with log.open("wb") as output:
            process = self._spawn(
                [sys.executable, "-m", "smartnet_desktop", *args],
                env=environment,
                stdout=output,
                stderr=subprocess.STDOUT,
                cwd=self.folder,
            )
        app = RealApp(self, process, log)
        self._apps.append(app)
        if wait_for:
            app.wait_for_window(wait_for)
        return app

    def type_text(self, text: str, delay_ms: int = 60) -> None:
        """Type as a keyboard does: 8 ms per key is a USB scanner, 60 ms a person."""
        self.xdotool("type", "--delay", str(delay_ms), "--", text)

    def key(self, *keys: str, delay_ms: int = 30) -> None:
        self.xdotool("key", "--delay", str(delay_ms), *keys)

    def scan(self, code: str) -> None:
        """A keyboard-wedge scanner: the code at 8 ms per key, then Enter."""
        self.type_text(code, delay_ms=8)
        self.key("Return", delay_ms=8)

    def screenshot(self, path: Path) -> Path:
        if shutil.which("import"):
            subprocess.run(
                ["import", "-display", self.name, "-window", "root", str(path)],
                env=self.env(),
                check=False,
                capture_output=True,
            )
        return path

    def stop(self) -> None:
        for app in self._apps:
            app.kill()
        for process in reversed(self._processes):
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(5)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()


def require_tools(*extra: str) -> None:
    """Skip (fail on CI) a test whose tools are missing, naming them."""
    missing = missing_tools() + [tool for tool in extra if shutil.which(tool) is None]
    if missing:
        message = (
            "needs " + ", ".join(missing) + " (Debian: xvfb openbox xdotool x11-xkb-utils x11-utils)"
        )
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture
def real_display(tmp_path):
    """An X display for the real window; skipped (failed on CI) without the tools."""
    require_tools()
    display = RealDisplay(tmp_path)
    yield display
    display.stop()


@pytest.fixture
def real_display_of_size(tmp_path):
    """`real_display_of_size("1024x700")`: an X display with a screen of that size."""
    require_tools()
    displays: list[RealDisplay] = []

    def make(size: str) -> RealDisplay:
        folder = tmp_path / size
        folder.mkdir(exist_ok=True)
        displays.append(RealDisplay(folder, size))
        return displays[-1]

    yield make
    for display in displays:
        display.stop()
