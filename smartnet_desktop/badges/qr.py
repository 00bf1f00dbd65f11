"""QR codes as vector paths (no raster images), error correction M, quiet zone kept.

Building a matrix costs about 3-4 ms in pure Python, most of it choosing the mask; a large
batch of different contents is built on both cores in a process pool. Each distinct content
becomes one PDF form XObject, drawn once and placed wherever it is needed.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

QUIET_ZONE = 4  # modules of white around the code, as the standard asks
POOL_THRESHOLD = 48  # below this many different contents, a pool costs more than it saves

Matrix = list[list[bool]]


def matrix(content: str) -> Matrix:
    import qrcode
    from qrcode.constants import ERROR_CORRECT_M

    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
    code.add_data(content.encode("utf-8"))
    code.make(fit=True)
    return code.get_matrix()


def matrices(
    contents: Iterable[str], progress: Callable[[int, int], None] | None = None
) -> dict[str, Matrix]:
    """One matrix per distinct content."""
    distinct = list(dict.fromkeys(contents))
    result: dict[str, Matrix] = {}
    workers = min(os.cpu_count() or 1, 4)
    # A frozen application bundle cannot re-import its main module in workers: build here.
    if len(distinct) < POOL_THRESHOLD or workers < 2 or getattr(sys, "frozen", False):
        for index, content in enumerate(distinct):
            result[content] = matrix(content)
            if progress and index % 16 == 0:
                progress(index, len(distinct))
        return result
    # forkserver: safe to start from a program with threads (the GUI), unlike fork.
    try:
        context = multiprocessing.get_context("forkserver")
        with ProcessPoolExecutor(workers, mp_context=context) as pool:
            chunk = max(8, len(distinct) // (workers * 4))
            built = pool.map(matrix, distinct, chunksize=chunk)
            for index, (content, modules) in enumerate(zip(distinct, built, strict=True)):
                result[content] = modules
                if progress and index % 32 == 0:
                    progress(index, len(distinct))
    except (BrokenProcessPool, OSError, ValueError):
        # Workers could not start (an unusual launcher, a locked-down system): do it here.
        for index, content in enumerate(c for c in distinct if c not in result):
            result[content] = matrix(content)
            if progress and index % 16 == 0:
                progress(index, len(distinct))
    return result


def _rectangles(modules: Matrix) -> list[tuple[int, int, int, int]]:
    """Dark modules as rectangles (column, row, width, height): runs along each row, merged
    downwards where the next rows repeat the same run. Fewer operators, smaller PDFs."""
    open_runs: dict[tuple[int, int], int] = {}  # (start, end) -> first row
    done: list[tuple[int, int, int, int]] = []
    for row_index, row in enumerate([*modules, []]):
        runs, column, size = set(), 0, len(row)
        while column < size:
            if row[column]:
                start = column
                while column < size and row[column]:
                    column += 1
                runs.add((start, column))
            else:
                column += 1
        for run in list(open_runs):
            if run not in runs:
                first = open_runs.pop(run)
                done.append((run[0], first, run[1] - run[0], row_index - first))
        for run in runs:
            open_runs.setdefault(run, row_index)
    return done


def define_form(canvas, name: str, modules: Matrix) -> int:
    """Draws the code once as a form XObject, one unit per module, quiet zone included.

    Returns the side in modules; place it with `place_form`.
    """
    size = len(modules)
    side = size + 2 * QUIET_ZONE
    canvas.beginForm(name, lowerx=0, lowery=0, upperx=side, uppery=side)
    path = canvas.beginPath()
    for column, row, width, height in _rectangles(modules):
        path.rect(QUIET_ZONE + column, side - QUIET_ZONE - row - height, width, height)
    canvas.setFillColorRGB(0, 0, 0)
    canvas.drawPath(path, fill=1, stroke=0)
    canvas.endForm()
    return side


def place_form(canvas, name: str, side_modules: int, x: float, y: float, size: float) -> None:
    """The form `name` scaled to `size` points (quiet zone included) at (x, y)."""
    canvas.saveState()
    canvas.translate(x, y)
    scale = size / side_modules
    canvas.scale(scale, scale)
    canvas.doForm(name)
    canvas.restoreState()
