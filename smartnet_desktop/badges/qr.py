"""QR codes as 1-bit image masks in the page's own content, error correction M, quiet zone kept.

The qrcode package encodes; its mask choice (90% of its time) is done by qr_masks with
numpy, the same choice in a fifth of the time. A large batch of different contents is
built on both cores in a process pool; each distinct content is built once.
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
    from smartnet_desktop.badges.qr_masks import matrix as fast_matrix

    return fast_matrix(content)


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


def draw(canvas, modules: Matrix, x: float, y: float, size: float) -> None:
    """The code as a 1-bit image mask filling `size` points (quiet zone included) at (x, y).

    One bit per module, painted in black where dark and leaving the badge's white around
    it: the smallest way to carry a code that differs on every badge (a path of module
    rectangles took about four times the bytes), and crisp at any resolution because a
    mask is never interpolated."""
    count = len(modules)
    module = size / (count + 2 * QUIET_ZONE)
    side = count * module
    rows = []
    for row in modules:
        bits = "".join("1" if dark else "0" for dark in row)
        bits += "0" * (-count % 8)  # each row ends on a byte
        rows.append(f"{int(bits, 2):0{len(bits) // 4}X}")
    left, bottom = x + QUIET_ZONE * module, y + QUIET_ZONE * module
    canvas.addLiteral(
        f"q 0 g {side:.4f} 0 0 {side:.4f} {left:.4f} {bottom:.4f} cm "
        f"BI /W {count} /H {count} /IM true /BPC 1 /D [1 0] /F /AHx ID "
        f"{''.join(rows)}> EI Q"
    )
