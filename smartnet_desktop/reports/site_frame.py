"""The frame every page of the published site shares: the network's name in the header and
the title, content aligned with the header, a footer with "Stand", Impressum, Datenschutz
and the network office. One style sheet, no scripts, no external fonts or styles.

The layout holds from 320 px to wide screens without sideways scrolling: one column, long
words and addresses break (overflow-wrap), nothing has a fixed width.
"""

from __future__ import annotations

from datetime import date
from html import escape

from smartnet_desktop.domain.addresses import is_contact_address, is_web_address
from smartnet_desktop.domain.network_rows import SiteIdentity
from smartnet_desktop.domain.text_rules import german_quotes, writable
from smartnet_desktop.reports.as_of import as_of_line


def text(value: str) -> str:
    """What a reader sees, as HTML: straight quotes in pairs as German ones (as on the
    badges), then escaped. Addresses go through html.escape alone: a link must stay as
    stored."""
    return escape(german_quotes(value))


# Colours: body text #1a1a1a on white (17:1), muted text #4a4a4a (8.9:1), links #0b3d6e
# (11:1), header white on #0b3d6e (11:1): all above WCAG AA's 4.5:1.
STYLE = """
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1a1a1a;
background:#fff;line-height:1.5;overflow-wrap:anywhere}
.wrap,main{max-width:46rem;margin:0 auto;padding:0 1rem}
.site{background:#0b3d6e;color:#fff}
.site .wrap{padding-top:.75rem;padding-bottom:.75rem}
.site a{color:#fff;font-weight:600;text-decoration:none}
.site a:hover,.site a:focus{text-decoration:underline}
main{padding-top:.5rem;padding-bottom:1.5rem}
.crumbs{margin:.5rem 0 0}
h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0}
h2{font-size:1.15rem;margin:1.6rem 0 .4rem;border-bottom:2px solid #0b3d6e}
h3{font-size:1.02rem;margin:1.1rem 0 .3rem}
a{color:#0b3d6e}
a:focus{outline:3px solid #b36b00;outline-offset:2px}
ul{padding-left:1.2rem;margin:.3rem 0}
li{margin:.2rem 0}
.meta{color:#4a4a4a}
.topics{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.4rem}
.topics li{margin:0}
.topics a{display:inline-block;padding:.15rem .55rem;border:1px solid #0b3d6e;border-radius:1rem;
text-decoration:none}
.topics a:hover,.topics a:focus{background:#e8eef5}
.ratings{list-style:none;padding:0}
.ratings li{display:flex;justify-content:space-between;gap:1rem;border-bottom:1px solid #ccc;
padding:.2rem 0}
.contact{background:#f3f6f9;border-left:4px solid #0b3d6e;padding:.6rem .8rem}
footer{border-top:1px solid #ccc;color:#4a4a4a;font-size:.95rem}
footer .wrap{padding-top:.75rem;padding-bottom:1.5rem}
a[href^="tel:"]{white-space:nowrap}
footer p{margin:.25rem 0}
"""


def page(
    title: str,
    body: str,
    language: str,
    identity: SiteIdentity,
    network: str,
    root: str,
    day: date,
    words: dict,
) -> str:
    """A whole page: header with the network's name (linking to the index at `root`),
    `body` as the main part, the footer. Characters the text rule forbids, stored before
    it, become U+FFFD."""
    header = (
        f'<header class="site"><div class="wrap"><a href="{root}">{text(network)}</a>'
        "</div></header>"
    )
    return writable(
        f'<!DOCTYPE html>\n<html lang="{language}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{text(title)} – {text(network)}</title>\n<style>{STYLE}</style>\n"
        f"</head>\n<body>\n{header}\n"
        f"<main>{body}</main>\n"
        f"{footer(identity, day, language, words)}\n</body>\n</html>\n"
    )


def footer(identity: SiteIdentity, day: date, language: str, words: dict) -> str:
    legal = [
        f'<a href="{escape(address)}">{escape(words[key])}</a>'
        for key, address in (("imprint", identity.imprint), ("privacy", identity.privacy))
        if is_web_address(address)
    ]
    lines = [escape(as_of_line(day, language))]
    if legal:
        lines.append(" · ".join(legal))
    office = office_links(identity)
    if office:
        lines.append(f"{text(identity.office or words['office'])}: {office}")
    paragraphs = "".join(f"<p>{line}</p>" for line in lines)
    return f'<footer><div class="wrap">{paragraphs}</div></footer>'


def office_links(identity: SiteIdentity) -> str:
    """The network office's e-mail and phone as mailto:/tel: links ("" when neither)."""
    links = []
    if is_contact_address(f"mailto:{identity.office_email}"):
        links.append(mail_link(identity.office_email))
    if identity.office_phone:
        links.append(phone_link(identity.office_phone))
    return " · ".join(links)


def mail_link(address: str) -> str:
    return f'<a href="mailto:{escape(address)}">{escape(address)}</a>'


def phone_link(number: str) -> str:
    """A tel: link with the digits a phone dials (spaces, slashes and dashes left out);
    the number as written where it is not one."""
    dialled = "".join(ch for ch in number if ch.isdigit() or ch == "+")
    if not is_contact_address(f"tel:{dialled}"):
        return escape(number)
    return f'<a href="tel:{escape(dialled)}">{escape(number)}</a>'
