"""`orgs`, `survey`, `matches` and `profiles`: the network's organisations, its survey of
offers and needs, the potential matches, and the published Steckbriefe."""

from __future__ import annotations

import argparse
from pathlib import Path

from smartnet_desktop.cli import CommandFailed, emit, import_refused, open_sessions, out_path
from smartnet_desktop.domain.errors import InvalidImport

CONTACT_OFFICE_HELP = "who answers for a profile without a contact person (stored)"


def register(sub: argparse._SubParsersAction) -> None:
    orgs = sub.add_parser("orgs", help="the organisations of the network")
    org_actions = orgs.add_subparsers(dest="orgs_command", metavar="ACTION", required=True)
    listing = org_actions.add_parser("list", help="every organisation with its profile address")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=list_orgs)
    ratings = org_actions.add_parser(
        "ratings", help="whether an organisation's experience ratings appear on its page"
    )
    ratings.add_argument("organization", help="its name or slug")
    ratings.add_argument("choice", choices=["publish", "hide"])
    ratings.add_argument("--json", action="store_true")
    ratings.set_defaults(handler=org_ratings)

    survey = sub.add_parser("survey", help="the survey of offers, needs and experience")
    survey_actions = survey.add_subparsers(dest="survey_command", metavar="ACTION", required=True)
    importing = survey_actions.add_parser(
        "import",
        help="import the long form (Organisation; Thema; Art; Erfahrung; Beschreibung) or a "
        "survey tool's export (one row per respondent, one column per question)",
    )
    importing.add_argument("file", type=Path)
    importing.add_argument(
        "--mapping", type=Path, help="a saved mapping of the export's columns (JSON)"
    )
    importing.add_argument(
        "--write-mapping", type=out_path, help="write the mapping of the columns in use (JSON)"
    )
    importing.add_argument("--json", action="store_true")
    importing.set_defaults(handler=import_survey)
    report = survey_actions.add_parser("report", help="the survey report for the agenda (PDF)")
    report.add_argument("--out", type=out_path, required=True)
    report.add_argument(
        "--title", help="the report's heading (default: the title of the survey's meeting)"
    )
    report.add_argument(
        "--event", type=int, help="the meeting the survey is reported at (stored; default: newest)"
    )
    report.add_argument("--lang", dest="language", choices=["de", "en"], default="de")
    report.add_argument("--json", action="store_true")
    report.set_defaults(handler=survey_report)

    matching = sub.add_parser("matches", help="who needs what another offers, per topic")
    matching.add_argument("--topic", help="one topic (its name or another word for it)")
    matching.add_argument(
        "--event", type=int, help="a meeting: being both here counts, and who is here is named"
    )
    matching.add_argument(
        "--present",
        action="store_true",
        help="only organisations that both have someone checked in at --event, best first",
    )
    matching.add_argument("--lang", dest="language", choices=["de", "en"], default="de")
    matching.add_argument("--json", action="store_true")
    matching.set_defaults(handler=list_matches)

    _register_profiles(sub)
    _register_graph(sub)


def _register_graph(sub: argparse._SubParsersAction) -> None:
    """`network graph`: the network as a picture."""
    network = sub.add_parser("network", help="the network as a picture")
    actions = network.add_subparsers(dest="network_command", metavar="ACTION", required=True)
    graph = actions.add_parser(
        "graph", help="organisations, cooperations and potential matches (SVG, PDF or PNG)"
    )
    graph.add_argument("--out", type=out_path, required=True, help="FILE.svg, .pdf or .png")
    graph.add_argument("--topic", help="the matches of one topic only")
    graph.add_argument(
        "--present", action="store_true", help="only organisations with someone checked in"
    )
    graph.add_argument("--event", type=int, help="the meeting for --present")
    graph.add_argument("--lang", dest="language", choices=["de", "en"], default="de")
    graph.add_argument("--json", action="store_true")
    graph.set_defaults(handler=network_graph)


def _register_profiles(sub: argparse._SubParsersAction) -> None:
    """`profiles site|settings|pdf`: the published Steckbriefe and who publishes them."""
    profiles = sub.add_parser("profiles", help="publish the Steckbriefe (site or PDF)")
    profile_actions = profiles.add_subparsers(
        dest="profiles_command", metavar="ACTION", required=True
    )
    site = profile_actions.add_parser("site", help="a static site, one page per organisation")
    site.add_argument("--out", type=out_path, required=True)
    site.add_argument("--base-url", help="the network's profile address (stored for badges)")
    site.add_argument(
        "--force",
        action="store_true",
        help="change --base-url even though printed badges open pages under the old one",
    )
    site.add_argument("--lang", dest="language", choices=["de", "en"], default="de")
    site.add_argument("--contact-office", help=CONTACT_OFFICE_HELP)
    site.add_argument("--json", action="store_true")
    site.set_defaults(handler=profile_site)
    settings = profile_actions.add_parser(
        "settings", help="who publishes the site: name, Impressum, Datenschutz, office"
    )
    settings.add_argument("--network-name", dest="network", help="shown in every page's header")
    settings.add_argument("--imprint", help="address of the Impressum (https://...)")
    settings.add_argument("--privacy", help="address of the Datenschutz page (https://...)")
    settings.add_argument("--contact-office", dest="office", help=CONTACT_OFFICE_HELP)
    settings.add_argument("--office-email", help="the office's e-mail address")
    settings.add_argument("--office-phone", help="the office's phone number")
    settings.add_argument("--json", action="store_true")
    settings.set_defaults(handler=site_settings)
    booklet = profile_actions.add_parser("pdf", help="every Steckbrief, one A4 page each")
    booklet.add_argument("--out", type=out_path, required=True)
    booklet.add_argument("--lang", dest="language", choices=["de", "en"], default="de")
    booklet.add_argument("--contact-office", help=CONTACT_OFFICE_HELP)
    booklet.add_argument("--json", action="store_true")
    booklet.set_defaults(handler=profile_pdf)


def list_orgs(args: argparse.Namespace) -> int:
    from smartnet_desktop.services.organizations import list_organizations

    rows = list_organizations(open_sessions(args))
    text = "\n".join(f"{r.name}  ({r.kind}, {r.town or '-'})  {r.url or '-'}" for r in rows)
    emit(args, [r.to_json() for r in rows], text or "(no organisations)")
    return 0


def org_ratings(args: argparse.Namespace) -> int:
    from smartnet_desktop.services.organizations import find_organization, set_publish_ratings

    sessions = open_sessions(args)
    found = find_organization(sessions, args.organization)
    row = set_publish_ratings(sessions, found.id, args.choice == "publish").value
    state = "published" if row.publish_ratings else "not published"
    emit(args, row.to_json(), f"{row.name}: experience ratings {state}")
    return 0


def site_settings(args: argparse.Namespace) -> int:
    from smartnet_desktop.services.network_settings import set_site_identity

    identity = set_site_identity(
        open_sessions(args),
        network=args.network,
        imprint=args.imprint,
        privacy=args.privacy,
        office=args.office,
        office_email=args.office_email,
        office_phone=args.office_phone,
    )
    shown = identity.to_json()
    emit(args, shown, "\n".join(f"{key}: {value or '-'}" for key, value in shown.items()))
    return 0


def import_survey(args: argparse.Namespace) -> int:
    from smartnet_desktop import outputs
    from smartnet_desktop.services import survey, survey_wide

    try:
        if args.write_mapping is not None:  # refused before anything is imported
            outputs.file_target(args.write_mapping)
        mapping = survey_wide.read_mapping(args.mapping) if args.mapping else None
        result = survey.import_survey(open_sessions(args), args.file, "CLI", mapping=mapping).value
    except InvalidImport as error:
        raise import_refused(args, error) from None
    text = [
        f"imported: {result.statements_new} new statements, {result.statements_changed} changed, "
        f"{len(result.organizations_new)} new organisations"
    ]
    text += [
        f"column {c['column']}: not mapped to a topic (left out): {c['header']}"
        for c in result.unmapped_columns
    ]
    text += [f"line {u['line']}: topic not in the catalogue: {u['topic']}" for u in result.unmapped]
    if args.write_mapping is not None:
        if result.mapping is None:
            text.append("no mapping written: the file is the long form, whose columns are fixed")
        else:
            survey_wide.write_mapping(args.write_mapping, result.mapping)
            text.append(f"mapping written: {args.write_mapping}")
    emit(args, {"status": "ok", **result.to_json()}, "\n".join(text))
    return 0


def list_matches(args: argparse.Namespace) -> int:
    from smartnet_desktop.services.matches import potential_matches

    if args.present and args.event is None:
        raise CommandFailed("--present needs --event: the meeting whose check-ins count")
    found = potential_matches(
        open_sessions(args),
        args.topic,
        event_id=args.event,
        present_only=args.present,
        language=args.language,
    )
    emit(args, [m.to_json() for m in found], "\n".join(map(_match_line, found)) or "(no matches)")
    return 0


def _match_line(m) -> str:
    """ "Topic: need <- offer  [points] why (what they said)", then who of both is here."""
    line = f"{m.topic}: {m.need} <- {m.offer}  [{m.points}] {m.why}"
    if m.reason:
        line += f"  ({m.reason})"
    if m.need_here is not None:
        line += f"\n    here: {'; '.join(m.need_here) or '-'} <- {'; '.join(m.offer_here) or '-'}"
    return line


def survey_report(args: argparse.Namespace) -> int:
    from smartnet_desktop.services.network_settings import set_survey_event
    from smartnet_desktop.services.publishing import write_survey_report

    sessions = open_sessions(args)
    if args.event is not None:
        set_survey_event(sessions, args.event)
    count = write_survey_report(sessions, args.out, args.title, args.language, "CLI")
    emit(
        args,
        {"status": "ok", "file": str(args.out), "organizations": count},
        f"written: {args.out}",
    )
    return 0


def profile_site(args: argparse.Namespace) -> int:
    from smartnet_desktop.services.publishing import write_site

    sessions = _with_contact_office(args)
    pages = write_site(sessions, args.out, args.base_url, args.language, "CLI", args.force)
    emit(args, pages, "\n".join(f"{p['url'] or '-'}  {p['file']}" for p in pages))
    return 0


def profile_pdf(args: argparse.Namespace) -> int:
    from smartnet_desktop.services.publishing import write_steckbriefe

    count = write_steckbriefe(_with_contact_office(args), args.out, args.language, "CLI")
    emit(
        args,
        {"status": "ok", "file": str(args.out), "organizations": count},
        f"written: {args.out}",
    )
    return 0


def _with_contact_office(args: argparse.Namespace):
    """The sessions, after storing --contact-office where given."""
    from smartnet_desktop.services.network_settings import set_contact_office

    sessions = open_sessions(args)
    if args.contact_office is not None:
        set_contact_office(sessions, args.contact_office)
    return sessions


def network_graph(args: argparse.Namespace) -> int:
    from smartnet_desktop.cli import CommandFailed
    from smartnet_desktop.services.network_graph import write_network_graph

    if args.present != (args.event is not None):
        raise CommandFailed("--present and --event ID go together", 2)
    event = args.event if args.present else None
    graph = write_network_graph(open_sessions(args), args.out, args.topic, event, args.language)
    data = {"status": "ok", "file": str(args.out), **graph.to_json()}
    emit(
        args,
        data,
        f"written: {args.out} ({len(data['organizations'])} organisations, "
        f"{len(data['cooperations'])} cooperations, {len(data['matches'])} matches)",
    )
    return 0
