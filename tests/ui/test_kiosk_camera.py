"""Follow-up 3 of issue 27: a badge held up to the laptop's camera. This machine has no
camera (and PySide6-Essentials no QtMultimedia): the frame decoding is tested on an image of
a rendered badge, and without a camera nothing of it shows."""

from __future__ import annotations

from PySide6.QtGui import QImage

from smartnet_desktop.badges.layouts import get_layout
from smartnet_desktop.badges.render import render_badges
from smartnet_desktop.db import open_database
from smartnet_desktop.services import badges, events
from smartnet_desktop.services.demo import load_demo
from smartnet_desktop.ui.kiosk import camera
from smartnet_desktop.ui.pdf_pages import page_image


def test_the_qr_of_a_rendered_badge_is_read_from_a_frame(tmp_path):
    engine, sessions = open_database(str(tmp_path / "meeting.db"))
    load_demo(sessions)
    event = events.list_events(sessions)[0]
    data = badges.badge_data(sessions, event.id)[:1]
    frame = page_image(render_badges(data, get_layout(event.badge_layout)).pdf, 0, 150)
    frame = frame.convertToFormat(QImage.Format.Format_RGB32)  # as a camera's frames come
    assert camera.decode_frame(frame) == data[0].qr_content
    engine.dispose()


def test_a_frame_without_a_code_reads_nothing():
    blank = QImage(640, 480, QImage.Format.Format_RGB32)
    blank.fill(0xFFFFFFFF)
    assert camera.decode_frame(blank) is None
    assert camera.decode_frame(QImage()) is None


def test_without_a_camera_the_kiosk_shows_none():
    assert camera.camera_available() is False  # no QtMultimedia or no video input here
