"""Choosing a QR code's mask quickly, with the qrcode package's own rules.

The qrcode package places the data once per candidate mask and scores each of the eight
results in pure Python (ISO/IEC 18004 penalty rules N1-N4): about 90% of the time a code
takes. Here the data are placed once (with mask 0), the eight candidates are made from it
by XOR over the data modules, and the penalties of all eight are computed at once with
numpy. The candidates are scored as the package scores them (format and version areas
light, "test" mode), so the chosen mask, and the matrix, are the package's own; a test
compares both with the package for many contents.
"""

from __future__ import annotations

from functools import cache

import numpy as np
import qrcode
from qrcode import util
from qrcode.constants import ERROR_CORRECT_M

FINDER_LIKE = (0b10111010000, 0b00001011101)  # four light modules after it, or before


def matrix(content: str) -> list[list[bool]]:
    """The code's modules (no quiet zone), error correction M, the best mask."""
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0, mask_pattern=0)
    code.add_data(content.encode("utf-8"))
    code.make(fit=True)  # mask 0 given: the data are placed once, no mask search
    data, masks, info = _layout(code.version)
    unmasked = np.array(code.modules, dtype=bool) ^ masks[0]
    candidates = unmasked[None] ^ masks
    candidates[:, info] = False  # scored as the package scores them: format area light
    best = int(np.argmin(penalties(candidates)))  # first of equals, as the package picks
    code.modules = (unmasked ^ masks[best]).tolist()
    code.mask_pattern = best
    code.setup_type_info(False, best)  # the format bits name the chosen mask
    return code.modules


@cache
def _layout(version: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For one version: where data modules are, the eight masks over them, and where the
    format and version information lies."""
    size = version * 4 + 17
    code = qrcode.QRCode(version=version, error_correction=ERROR_CORRECT_M, border=0)
    code.modules_count = size
    code.modules = [[None] * size for _ in range(size)]
    code.setup_position_probe_pattern(0, 0)
    code.setup_position_probe_pattern(size - 7, 0)
    code.setup_position_probe_pattern(0, size - 7)
    code.setup_position_adjust_pattern()
    code.setup_timing_pattern()
    patterns = np.array([[m is not None for m in row] for row in code.modules])
    code.setup_type_info(True, 0)
    if version >= 7:
        code.setup_type_number(True)
    data = np.array([[m is None for m in row] for row in code.modules])
    rows, columns = np.indices((size, size))
    masks = np.array(
        [np.vectorize(util.mask_func(pattern))(rows, columns) & data for pattern in range(8)],
        dtype=bool,
    )
    info = ~data & ~patterns
    for array in (data, masks, info):
        array.setflags(write=False)
    return data, masks, info


def penalties(candidates: np.ndarray) -> np.ndarray:
    """The penalty score of each candidate matrix (shape: candidates x size x size)."""
    transposed = candidates.transpose(0, 2, 1)
    return (
        _runs(candidates)
        + _runs(transposed)
        + _blocks(candidates)
        + _finder_like(candidates)
        + _finder_like(transposed)
        + _balance(candidates)
    )


def _runs(lines: np.ndarray) -> np.ndarray:
    """N1: each run of five or more equal modules in a row costs its length minus 2."""
    count, size, _ = lines.shape
    change = np.ones((count, size, size + 1), dtype=bool)
    change[:, :, 1:size] = lines[:, :, 1:] != lines[:, :, :-1]
    # Run starts over all lines of all candidates in one go; a line's end and the next
    # line's start make runs of length 1, which cost nothing.
    starts = np.flatnonzero(change)
    lengths = np.diff(starts)
    owner = starts[:-1] // (size * (size + 1))
    return np.bincount(
        owner, weights=np.where(lengths >= 5, lengths - 2, 0), minlength=count
    ).astype(np.int64)


def _blocks(m: np.ndarray) -> np.ndarray:
    """N2: each 2x2 block of one colour costs 3 (overlapping blocks count each)."""
    corner = m[:, :-1, :-1]
    same = (corner == m[:, 1:, :-1]) & (corner == m[:, :-1, 1:]) & (corner == m[:, 1:, 1:])
    return 3 * same.sum(axis=(1, 2))


def _finder_like(lines: np.ndarray) -> np.ndarray:
    """N3: 1:1:3:1:1 dark/light with four light modules on one side costs 40 each."""
    width = lines.shape[2] - 10
    windows = np.zeros(lines.shape[:2] + (width,), dtype=np.int16)
    for offset in range(11):  # each window of 11 modules as an 11-bit number
        windows = (windows << 1) | lines[:, :, offset : offset + width]
    found = (windows == FINDER_LIKE[0]) | (windows == FINDER_LIKE[1])
    return 40 * found.sum(axis=(1, 2))


def _balance(m: np.ndarray) -> np.ndarray:
    """N4: 10 for every full 5% the dark share departs from 50%."""
    size = m.shape[1]
    percent = m.sum(axis=(1, 2)) * 100.0 / (size * size)
    return (np.abs(percent - 50) / 5).astype(np.int64) * 10
