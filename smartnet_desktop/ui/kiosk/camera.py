"""Reading a badge held up to the laptop's camera (issue 27, follow-up 3), where there is
one. The camera itself needs QtMultimedia (QCamera, QMediaCaptureSession, QVideoSink), which
is in PySide6-Addons, not in the PySide6-Essentials this program depends on; and the QR
decoder is zxing-cpp. Without either, or without a camera, camera_available() is False and
the kiosk shows nothing of a camera: scanner and e-mail work as before."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Signal
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
    pixel is what the decoder reads, whatever format the camera delivers. A 1280×720 frame
    takes about 5 ms, badge or not (measured: 5 ms at best, 10 ms median on a loaded
    2-core machine; most of it the grey conversion, the decoder about 1 ms): call it
    throttled (a few frames a second)."""
    if frame.isNull():
        return None
    try:
        import zxingcpp
    except ImportError:
        return None
    grey = frame.convertToFormat(QImage.Format.Format_Grayscale8)
    found = zxingcpp.read_barcodes(grey, formats=zxingcpp.BarcodeFormat.QRCode)
    return found[0].text if found else None


DECODE_EVERY = 0.2  # seconds: at most five decodes a second, whatever the camera's rate
SAME_CODE_QUIET = 5.0  # seconds a code once found is not reported again (a badge held still)


class CameraScanner(QObject):
    """The default camera's frames, decoded a few a second; `found` carries a code once.
    Decoding runs on the GUI thread: one 1280×720 frame takes about 5 ms (10 ms under
    load, see decode_frame), so five a second leave the kiosk responsive and spare a
    thread. Build it only when camera_available(): it imports QtMultimedia."""

    found = Signal(str)

    def __init__(self, parent: QObject | None = None, clock=time.monotonic) -> None:
        super().__init__(parent)
        from PySide6.QtMultimedia import QMediaCaptureSession, QVideoSink

        self._clock = clock
        self._last_decode = -DECODE_EVERY
        self._last_code, self._last_found = None, 0.0
        self.camera = None  # made on the first start(): no device is opened before
        self.session = QMediaCaptureSession(self)
        self.sink = QVideoSink(self)
        self.session.setVideoSink(self.sink)
        self.sink.videoFrameChanged.connect(self.take_frame)

    def start(self) -> None:
        from PySide6.QtMultimedia import QCamera, QMediaDevices

        if self.camera is None:
            if not QMediaDevices.videoInputs():
                return  # unplugged since the kiosk started: scanner and e-mail still work
            self.camera = QCamera(QMediaDevices.defaultVideoInput(), self)
            self.session.setCamera(self.camera)
        self.camera.start()

    def stop(self) -> None:
        """The camera off (its light too)."""
        if self.camera is not None:
            self.camera.stop()

    @property
    def running(self) -> bool:
        return self.camera is not None and self.camera.isActive()

    def take_frame(self, frame) -> None:
        """One frame (a QVideoFrame from the sink, or a QImage): decoded unless one was
        decoded less than DECODE_EVERY ago."""
        now = self._clock()
        if now - self._last_decode < DECODE_EVERY:
            return
        self._last_decode = now
        image = frame if isinstance(frame, QImage) else frame.toImage()
        code = decode_frame(image)
        if code is None:
            return
        if code == self._last_code and now - self._last_found < SAME_CODE_QUIET:
            self._last_found = now  # still held up: quiet until it has been away a while
            return
        self._last_code, self._last_found = code, now
        self.found.emit(code)
