"""Reading a badge held up to the laptop's camera (issue 27, follow-up 3), where there is
one. The camera itself needs QtMultimedia (QCamera, QMediaCaptureSession, QVideoSink), which
is in PySide6-Addons, not in the PySide6-Essentials this program depends on; and the QR
decoder is zxing-cpp. Without either, or without a camera, camera_available() is False and
the kiosk shows nothing of a camera: scanner and e-mail work as before."""

from __future__ import annotations

from PySide6.QtGui import QImage


def camera_available() -> bool:
    """A video input exists and this installation can use it."""
    try:
        import zxingcpp  # noqa: F401
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError:
        return False
    return bool(QMediaDevices.videoInputs())


def decode_frame(frame: QImage) -> str | None:
    """The text of the first QR code in one camera frame, or None. Grey first: one byte a
    pixel is what the decoder reads, whatever format the camera delivers. Takes tens of ms
    on a full frame: call it throttled (a few frames a second) or off the GUI thread."""
    if frame.isNull():
        return None
    try:
        import zxingcpp
    except ImportError:
        return None
    grey = frame.convertToFormat(QImage.Format.Format_Grayscale8)
    found = zxingcpp.read_barcodes(grey, formats=zxingcpp.BarcodeFormat.QRCode)
    return found[0].text if found else None
