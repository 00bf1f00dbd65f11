"""The network as a picture (issue 25 item 3): the SVG parsed back; PDF and PNG valid;
the same picture for the same data; labels never overlap; a clear sentence without
Graphviz."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET

import pytest

from smartnet_desktop.cli import main
from smartnet_desktop.services.network_graph import network_graph, write_network_graph
from tests.network_sample import fill

pytestmark = pytest.mark.skipif(shutil.which("neato") is None, reason="needs Graphviz")
SVG = "{http://www.w3.org/2000/svg}"


def _groups(root, kind):
    return [g for g in root.iter(f"{SVG}g") if kind in (g.get("class") or "").split()]


def _label_boxes(root):
    """Every text's box, from its anchor, font size and width measured with the font
    Graphviz used (DejaVu Sans): (x0, y0, x1, y1, text)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from smartnet_desktop import fonts

    fonts.register()
    boxes = []
    for text in root.iter(f"{SVG}text"):
        size = float(text.get("font-size"))
        width = stringWidth(text.text or "", fonts.REGULAR, size)
        x, y = float(text.get("x")), float(text.get("y"))
        anchor = text.get("text-anchor", "start")
        left = x - width / 2 if anchor == "middle" else x - width if anchor == "end" else x
        boxes.append((left, y - size * 0.8, left + width, y + size * 0.2, text.text))
    return boxes


def _overlaps(boxes, slack=0.5):
    found = []
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            if (
                a[0] + slack < b[2]
                and b[0] + slack < a[2]
                and a[1] + slack < b[3]
                and b[1] + slack < a[3]
            ):
                found.append((a[4], b[4]))
    return found


def test_demo_picture_has_every_organisation_and_both_line_styles(demo, tmp_path):
    sessions, _gera, _ = demo
    out = tmp_path / "netz.svg"
    write_network_graph(sessions, out)
    root = ET.parse(out).getroot()
    names = {" ".join(t.text for t in g.iter(f"{SVG}text")) for g in _groups(root, "org")}
    assert len(_groups(root, "org")) == 12
    assert "Stadt Ilmenau" in names
    assert "Zweckverband Allianz „Thüringer Becken“" in names  # typeset as on the site
    cooperations = _groups(root, "cooperation")
    matches = _groups(root, "match")
    # Stadt Ilmenau names "TU Ilmenau" as its partner: the Technische Universität
    assert len(cooperations) == 1
    assert all("stroke-dasharray" not in ET.tostring(g, "unicode") for g in cooperations)
    assert matches and all("stroke-dasharray" in ET.tostring(g, "unicode") for g in matches)
    topics = {" ".join(t.text for t in g.iter(f"{SVG}text")) for g in _groups(root, "topic")}
    assert "Mobilität" in topics and "Tourismus" in topics
    assert _overlaps(_label_boxes(root)) == []


def test_same_data_same_picture(demo, tmp_path):
    sessions, _, _ = demo
    write_network_graph(sessions, tmp_path / "a.svg")
    write_network_graph(sessions, tmp_path / "b.svg")
    assert (tmp_path / "a.svg").read_bytes() == (tmp_path / "b.svg").read_bytes()


def test_two_hundred_organisations_without_overlapping_labels(sessions, tmp_path):
    fill(sessions, 200)
    out = tmp_path / "gross.svg"
    graph = write_network_graph(sessions, out)
    root = ET.parse(out).getroot()
    assert len(_groups(root, "org")) == 200 == len(graph.nodes)
    assert len(_groups(root, "topic")) == sum(1 for e in graph.edges if e.kind == "match")
    assert _overlaps(_label_boxes(root)) == []


def test_topic_and_present_filters(demo, tmp_path):
    from sqlalchemy import select

    sessions, gera, _ = demo
    only = network_graph(sessions, topic="Mobilität")
    assert {e.topics for e in only.edges if e.kind == "match"} == {("Mobilität",)}
    assert network_graph(sessions, present_event=gera).nodes == ()
    from smartnet_desktop.domain.models import Organization, Person, Registration

    with sessions.begin() as session:
        ilmenau, tu = (
            session.scalar(select(Organization.id).where(Organization.name == name))
            for name in ("Stadt Ilmenau", "Technische Universität Ilmenau")
        )
        for org in (ilmenau, tu):
            registration = session.scalars(
                select(Registration)
                .join(Person, Person.id == Registration.person_id)
                .where(Registration.event_id == gera, Person.organization_id == org)
            ).first()
            assert registration is not None
            registration.checked_in_at = registration.registered_at
    here = network_graph(sessions, present_event=gera)
    assert [n.name for n in here.nodes] == ["Stadt Ilmenau", "Technische Universität Ilmenau"]
    assert [e.kind for e in here.edges] == ["cooperation"]


@pytest.mark.parametrize("suffix", [".pdf", ".png"])
def test_pdf_and_png_are_valid(demo, tmp_path, suffix):
    sessions, _, _ = demo
    out = tmp_path / f"netz{suffix}"
    assert main(["--db", str(_db(sessions)), "network", "graph", "--out", str(out)]) == 0
    data = out.read_bytes()
    if suffix == ".pdf":
        import pypdfium2

        page = pypdfium2.PdfDocument(data)[0]
        assert "Stadt Ilmenau" in page.get_textpage().get_text_range()
    else:
        from PIL import Image

        with Image.open(out) as image:
            assert image.format == "PNG" and image.width > 300 and image.height > 300


def test_cli_refusals_are_one_line(demo, tmp_path, capsys):
    sessions, _, _ = demo
    db = str(_db(sessions))
    assert main(["--db", db, "network", "graph", "--out", str(tmp_path / "x.gif")]) == 2
    assert "'.gif'" in capsys.readouterr().err
    assert (
        main(["--db", db, "network", "graph", "--out", str(tmp_path / "x.svg"), "--present"]) == 2
    )
    assert "--event" in capsys.readouterr().err
    assert not (tmp_path / "x.svg").exists()


def test_without_graphviz_one_sentence_and_no_file(demo, tmp_path, capsys, monkeypatch):
    sessions, _, _ = demo
    monkeypatch.setenv("PATH", str(tmp_path))  # no dot, neato or sfdp
    out = tmp_path / "x.svg"
    assert main(["--db", str(_db(sessions)), "network", "graph", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "Graphviz" in err and "apt install graphviz" in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert not out.exists()


def _db(sessions):
    return sessions.kw["bind"].url.render_as_string(hide_password=False).removeprefix("sqlite:///")


@pytest.mark.parametrize("width", [390, 1280])
def test_the_site_index_shows_the_picture_within_the_page(demo, tmp_path, width):
    from smartnet_desktop.services.publishing import write_site
    from tests.site_browser import chromium_or_skip, served

    sessions, _, _ = demo
    write_site(sessions, tmp_path / "site")
    index = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert '<img src="netzwerk.svg"' in index
    root = ET.parse(tmp_path / "site" / "netzwerk.svg").getroot()
    assert len(_groups(root, "org")) == 12
    sync_playwright = chromium_or_skip()
    with served(tmp_path / "site") as address, sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=["--no-sandbox"]
        )
        page = browser.new_page(viewport={"width": width, "height": 900})
        page.goto(address)
        shown = page.evaluate(
            "(() => { const i = document.querySelector('figure.network img');"
            " i.scrollIntoView(); const r = i.getBoundingClientRect();"
            " return [i.complete && i.naturalWidth, r.left, r.right]; })()"
        )
        page.screenshot(path=str(tmp_path / f"index-{width}.png"), full_page=True)
        scroll = page.evaluate("document.documentElement.scrollWidth")
        browser.close()
    loaded, left, right = shown
    assert loaded > 0  # the browser drew the SVG
    assert 0 <= left and right <= width and scroll <= width


def test_the_survey_report_draws_the_picture_as_vectors(demo, tmp_path):
    import pypdfium2

    from smartnet_desktop.services.publishing import write_survey_report

    sessions, _, _ = demo
    out = tmp_path / "umfrage.pdf"
    write_survey_report(sessions, out)
    document = pypdfium2.PdfDocument(out.read_bytes())
    last = document[len(document) - 1]
    text = last.get_textpage().get_text_range()
    assert "Das Netzwerk" in text
    # the names are text in the PDF (vectors), not pixels of an image
    assert "Stadt Ilmenau" in text and "Mobilität" in text
    images = [o for o in last.get_objects() if o.type == pypdfium2.raw.FPDF_PAGEOBJ_IMAGE]
    assert images == []
