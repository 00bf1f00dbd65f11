"""Issue 23 items 8 and 9 on the command line: who publishes the site (name, Impressum,
Datenschutz, the office's e-mail and phone) and an organisation's choice to publish its
ratings, both shown on the next site."""

from __future__ import annotations

import json

from smartnet_desktop.cli import main


def test_site_settings_are_checked_stored_and_printed(demo, db_path, tmp_path, capsys):
    db = ["--db", str(db_path)]
    assert main([*db, "profiles", "settings", "--imprint", "javascript:alert(1)"]) == 2
    assert "Imprint page" in capsys.readouterr().err
    assert main([*db, "profiles", "settings", "--office-phone", "call me"]) == 2
    capsys.readouterr()
    command = [*db, "profiles", "settings", "--network-name", "Netz Ost", "--json"]
    assert main([*command, "--privacy", "https://netz.example/datenschutz"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["network"] == "Netz Ost"
    assert shown["privacy"] == "https://netz.example/datenschutz"
    assert shown["office_email"] == "netzwerk@digitalagentur.example"  # the demo's, kept
    assert main([*db, "profiles", "site", "--out", str(tmp_path / "site")]) == 0
    page = (tmp_path / "site" / "gera" / "index.html").read_text("utf-8")
    assert "<title>Stadt Gera – Netz Ost</title>" in page
    assert 'href="https://netz.example/datenschutz">Datenschutz</a>' in page


def test_an_organisation_publishes_its_ratings_only_when_it_chose_to(
    demo, db_path, tmp_path, capsys
):
    db = ["--db", str(db_path)]
    site = [*db, "profiles", "site", "--out", str(tmp_path / "site")]
    weida = tmp_path / "site" / "weida" / "index.html"
    assert main(site) == 0
    assert "Erfahrung (1 = sehr viel" not in weida.read_text("utf-8")  # off by default
    assert main([*db, "orgs", "ratings", "Stadt Weida", "publish"]) == 0
    assert "published" in capsys.readouterr().out
    assert main(site) == 0
    assert "Erfahrung (1 = sehr viel" in weida.read_text("utf-8")
    capsys.readouterr()
    assert main([*db, "orgs", "ratings", "weida", "hide", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["publish_ratings"] is False
    assert main([*db, "orgs", "ratings", "nirgendwo", "hide"]) == 2
