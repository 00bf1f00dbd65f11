"""Wording of domain error codes, shared by the command line (English) and the UI (tr).

QT_TRANSLATE_NOOP only marks a string for Qt's lupdate; it is defined here so that this
module stays free of Qt. The UI passes the English text through QCoreApplication.translate.
"""

from __future__ import annotations

from smartnet_desktop.domain.errors import SmartNetError

CONTEXT = "Messages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (lupdate's name)
    return text


ERRORS = {
    "required": QT_TRANSLATE_NOOP("Messages", "{field}: please enter a value."),
    "too_long": QT_TRANSLATE_NOOP("Messages", "{field}: at most {max} characters."),
    "control_character": QT_TRANSLATE_NOOP("Messages", "{field}: contains a control character."),
    "forbidden_character": QT_TRANSLATE_NOOP(
        "Messages", "{field}: contains the character {character}, which no file can hold."
    ),
    "email_syntax": QT_TRANSLATE_NOOP("Messages", "{field}: '{value}' is not an email address."),
    "phone_syntax": QT_TRANSLATE_NOOP("Messages", "{field}: '{value}' is not a phone number."),
    "date_syntax": QT_TRANSLATE_NOOP(
        "Messages", "{field}: '{value}' is not a valid date (YYYY-MM-DD)."
    ),
    "date_typed": QT_TRANSLATE_NOOP(
        "Messages", "{field}: '{value}' is not a date; type it like 08.12.2026."
    ),
    "time_syntax": QT_TRANSLATE_NOOP("Messages", "{field}: '{value}' is not a time (HH:MM)."),
    "not_positive": QT_TRANSLATE_NOOP("Messages", "{field}: must be a positive number."),
    "negative": QT_TRANSLATE_NOOP("Messages", "{field}: must not be negative."),
    "not_a_number": QT_TRANSLATE_NOOP("Messages", "{field}: '{value}' is not a whole number."),
    "number_too_large": QT_TRANSLATE_NOOP("Messages", "{field}: at most {max}."),
    "end_before_start": QT_TRANSLATE_NOOP("Messages", "The end must be after the start."),
    "minutes_final": QT_TRANSLATE_NOOP(
        "Messages", "The minutes are final: reopen them before changing them."
    ),
    "minutes_not_final": QT_TRANSLATE_NOOP("Messages", "The minutes are not final."),
    "event_not_found": QT_TRANSLATE_NOOP("Messages", "There is no event with id {event_id}."),
    "person_not_found": QT_TRANSLATE_NOOP("Messages", "There is no person with id {person_id}."),
    "no_events": QT_TRANSLATE_NOOP("Messages", "There is no event yet."),
    "kiosk_unknown": QT_TRANSLATE_NOOP(
        "Messages", "We could not find you here. Please go to the desk, we will help you."
    ),
    "attendee_not_found": QT_TRANSLATE_NOOP(
        "Messages", "Nobody with code or id '{query}' is registered for this event."
    ),
    "already_checked_in": QT_TRANSLATE_NOOP(
        "Messages", "{name} is already checked in at {at} by {by}."
    ),
    "already_registered": QT_TRANSLATE_NOOP(
        "Messages", "{name} is already registered for this event."
    ),
    "nothing_to_undo": QT_TRANSLATE_NOOP("Messages", "There is nothing to undo."),
    "undo_other_desk": QT_TRANSLATE_NOOP(
        "Messages", "This check-in was made by {by}, not at this desk; it stays."
    ),
    "demo_already_loaded": QT_TRANSLATE_NOOP(
        "Messages", "The demo meeting is already in this database (event {event_id})."
    ),
    "cannot_open": QT_TRANSLATE_NOOP(
        "Messages", "The database {location} cannot be opened: {reason}"
    ),
    "foreign_database": QT_TRANSLATE_NOOP(
        "Messages",
        "{location} is a database of another program; SmartNet Desktop leaves it alone. "
        "Choose a new file name for a new SmartNet database.",
    ),
    "driver_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "The database driver for {backend} is not installed (Python module '{driver}'). For "
        'PostgreSQL install it with: pip install "psycopg[binary]"',
    ),
    "database_too_new": QT_TRANSLATE_NOOP(
        "Messages",
        "This database was written by a newer version of SmartNet Desktop; please update.",
    ),
    "installation_incomplete": QT_TRANSLATE_NOOP(
        "Messages",
        "This installation of SmartNet Desktop is incomplete: {location} is missing. "
        "Please install it again.",
    ),
    "server_unreachable": QT_TRANSLATE_NOOP(
        "Messages", "The database server cannot be reached ({reason})."
    ),
    "login_refused": QT_TRANSLATE_NOOP(
        "Messages",
        "The database server refused the login of '{user}': wrong user name or password "
        "({reason}).",
    ),
    "database_missing": QT_TRANSLATE_NOOP("Messages", "There is no database {location}."),
    "permission_denied": QT_TRANSLATE_NOOP(
        "Messages",
        "This login may read the database but not change it; a desk needs a login that may "
        "write ({reason}).",
    ),
    "server_read_only": QT_TRANSLATE_NOOP(
        "Messages",
        "The database server accepts no changes at the moment (it is read-only, e.g. a "
        "standby server or one under maintenance); nothing was changed ({reason}).",
    ),
    "server_disk_full": QT_TRANSLATE_NOOP(
        "Messages",
        "The database server's disk is full; nothing was changed. Ask whoever runs the "
        "server to free some space ({reason}).",
    ),
    "server_short_of_resources": QT_TRANSLATE_NOOP(
        "Messages",
        "The database server is short of memory or connections; nothing was changed. "
        "Please try again in a moment ({reason}).",
    ),
    "server_io_error": QT_TRANSLATE_NOOP(
        "Messages",
        "The database server reported a read or write error of its disk; nothing was "
        "changed. Ask whoever runs the server to check it ({reason}).",
    ),
    "bad_database_url": QT_TRANSLATE_NOOP(
        "Messages",
        "'{value}' is no database: give a file or a URL such as "
        "postgresql+psycopg://user@host/database.",
    ),
    "schema_outdated": QT_TRANSLATE_NOOP(
        "Messages",
        "{location}: schema at revision {revision}, needs upgrade "
        "(smartnet-desktop --db {location} db upgrade).",
    ),
    "backup_needs_pg_dump": QT_TRANSLATE_NOOP(
        "Messages",
        "A server database is backed up with pg_dump, which is not installed here "
        "(Debian: apt install postgresql-client).",
    ),
    "copy_target_not_empty": QT_TRANSLATE_NOOP(
        "Messages", "{location} holds data already; copy only into an empty database."
    ),
    "copy_incomplete": QT_TRANSLATE_NOOP(
        "Messages", "The copy of table {table} is incomplete; nothing was kept."
    ),
    "rating_out_of_range": QT_TRANSLATE_NOOP(
        "Messages", "{field}: '{value}' is no rating from 1 (very much) to 6 (none)."
    ),
    "not_a_web_address": QT_TRANSLATE_NOOP(
        "Messages", "{field}: '{value}' is no web address (https://...)."
    ),
    "badges_orphaned": QT_TRANSLATE_NOOP(
        "Messages",
        "{count} printed badges open pages under {old}; a new profile address would leave "
        "them pointing nowhere. Keep the address, or change it on purpose "
        "(profiles site --base-url ... --force) and reprint those badges.",
    ),
    "topic_taken": QT_TRANSLATE_NOOP(
        "Messages", "'{value}' already stands for the topic '{topic}'."
    ),
    "topic_not_found": QT_TRANSLATE_NOOP("Messages", "This topic no longer exists."),
    "organization_not_found": QT_TRANSLATE_NOOP("Messages", "This organisation no longer exists."),
    "not_of_this_organization": QT_TRANSLATE_NOOP(
        "Messages", "The contact person must belong to the organisation."
    ),
    "missing_column": QT_TRANSLATE_NOOP("Messages", "The file has no column for {field}."),
    "bad_mapping": QT_TRANSLATE_NOOP(
        "Messages", "The mapping of the survey's columns cannot be used: {reason}"
    ),
    "not_a_folder": QT_TRANSLATE_NOOP("Messages", "{location} is no folder."),
    "backup_needs_sqlite": QT_TRANSLATE_NOOP(
        "Messages", "Backups from here work for SQLite files; back up a server with its tools."
    ),
    "invalid_import": QT_TRANSLATE_NOOP("Messages", "The file cannot be imported."),
    "unreadable_file": QT_TRANSLATE_NOOP("Messages", "The file cannot be read: {reason}"),
    "empty_file": QT_TRANSLATE_NOOP("Messages", "The file holds no rows."),
    "workbook_too_large": QT_TRANSLATE_NOOP(
        "Messages", "The workbook would unpack to more than {max} MB; it is not read."
    ),
    "workbook_element_too_large": QT_TRANSLATE_NOOP(
        "Messages",
        "The workbook holds a cell text or a row far longer than any list needs "
        "({element}); nothing was imported.",
    ),
    "workbook_packed_too_tightly": QT_TRANSLATE_NOOP(
        "Messages",
        "The workbook's part {part} would unpack to {ratio} times its size, which no "
        "spreadsheet does; it is not read.",
    ),
    "cell_too_long": QT_TRANSLATE_NOOP(
        "Messages", "The cell holds more than {max} characters (the most Excel allows)."
    ),
    "line_too_long": QT_TRANSLATE_NOOP("Messages", "The line is longer than {max} characters."),
    "too_many_rows": QT_TRANSLATE_NOOP(
        "Messages", "The file has more than {max} rows; split it into smaller files."
    ),
    "unknown_format": QT_TRANSLATE_NOOP(
        "Messages", "Unknown file type '{suffix}': use {accepted}."
    ),
    "unknown_picture_format": QT_TRANSLATE_NOOP(
        "Messages", "Unknown file type '{suffix}' for the picture: use .svg, .pdf or .png."
    ),
    "no_name_column": QT_TRANSLATE_NOOP(
        "Messages", "No column for the name was found (Vorname / Nachname or First / Last name)."
    ),
    "unknown_value": QT_TRANSLATE_NOOP("Messages", "{field}: '{value}' is not understood."),
    "pin_length": QT_TRANSLATE_NOOP(
        "Messages", "The PIN has {minimum} to {maximum} characters, without spaces at its ends."
    ),
    "duplicate_in_file": QT_TRANSLATE_NOOP(
        "Messages", "The same person appears again in line {first_line}."
    ),
    "same_person": QT_TRANSLATE_NOOP("Messages", "A person cannot be merged with itself."),
    "agenda_item_not_found": QT_TRANSLATE_NOOP("Messages", "This agenda item no longer exists."),
    "poll_not_found": QT_TRANSLATE_NOOP("Messages", "There is no poll with id {poll_id}."),
    "poll_needs_two_options": QT_TRANSLATE_NOOP("Messages", "A poll needs at least two options."),
    "too_many_options": QT_TRANSLATE_NOOP("Messages", "A poll has at most {max} options."),
    "poll_option_twice": QT_TRANSLATE_NOOP("Messages", "Each option of a poll must differ."),
    "poll_option_unknown": QT_TRANSLATE_NOOP("Messages", "The poll has no option '{value}'."),
    "poll_counts_hands": QT_TRANSLATE_NOOP(
        "Messages", "Poll {poll_id} is counted by a show of hands; enter a count per option."
    ),
    "poll_counts_organisations": QT_TRANSLATE_NOOP(
        "Messages", "Poll {poll_id} takes one vote per organisation; record their votes."
    ),
    "organisation_not_found": QT_TRANSLATE_NOOP(
        "Messages", "There is no organisation named '{name}'."
    ),
    "organisation_not_present": QT_TRANSLATE_NOOP(
        "Messages", "Nobody of {name} is checked in today; only organisations present vote."
    ),
    "suggestion_not_found": QT_TRANSLATE_NOOP("Messages", "This suggestion no longer exists."),
    "agenda_changed": QT_TRANSLATE_NOOP(
        "Messages", "The agenda was changed elsewhere; please look again."
    ),
    "too_long_duration": QT_TRANSLATE_NOOP("Messages", "{field}: at most {max} minutes."),
    "layout_incomplete": QT_TRANSLATE_NOOP("Messages", "The badge layout is incomplete."),
    "layout_too_small": QT_TRANSLATE_NOOP(
        "Messages", "The badge layout is too small (a badge needs at least 40 × 30 mm)."
    ),
    "layout_off_page": QT_TRANSLATE_NOOP(
        "Messages", "The badges of this layout do not fit on the page."
    ),
    "layout_not_found": QT_TRANSLATE_NOOP(
        "Messages", "There is no badge layout '{name}' (known: {known})."
    ),
    "network_filesystem": QT_TRANSLATE_NOOP(
        "Messages",
        "{location} is on a network drive. SQLite cannot lock files safely there, so the data "
        "could be damaged. Keep the database on this computer, or use a PostgreSQL server for "
        "several desks.",
    ),
    "damaged": QT_TRANSLATE_NOOP(
        "Messages", "The database {location} is damaged. The newest backup is: {backup}"
    ),
    "backup_damaged": QT_TRANSLATE_NOOP(
        "Messages", "The backup {location} is damaged or no database; nothing was restored."
    ),
    "backup_empty": QT_TRANSLATE_NOOP(
        "Messages", "The backup {location} is empty (0 bytes); nothing was restored."
    ),
    "backup_foreign": QT_TRANSLATE_NOOP(
        "Messages",
        "{location} is a database of another program, not a SmartNet backup; nothing was restored.",
    ),
    "backup_too_new": QT_TRANSLATE_NOOP(
        "Messages",
        "The backup {location} was written by a newer version of SmartNet Desktop; update "
        "the program first. Nothing was restored.",
    ),
    "backup_missing": QT_TRANSLATE_NOOP(
        "Messages", "There is no backup file {location}; nothing was restored."
    ),
    "backup_failed": QT_TRANSLATE_NOOP(
        "Messages", "The backup {location} could not be written ({reason}); nothing was kept."
    ),
    "backup_target_not_file": QT_TRANSLATE_NOOP(
        "Messages", "{location} is a folder or a device, not a file: choose a file name."
    ),
    "confirm_needed": QT_TRANSLATE_NOOP("Messages", "Confirm with --yes."),
    "database_problem": QT_TRANSLATE_NOOP("Messages", "The database reported a problem."),
    "busy": QT_TRANSLATE_NOOP(
        "Messages",
        "The database is busy (another desk or an import is writing). Nothing was changed; "
        "please try again in a moment.",
    ),
    "read_only": QT_TRANSLATE_NOOP(
        "Messages", "The database file is read-only and cannot be written; nothing was changed."
    ),
    "read_only_folder": QT_TRANSLATE_NOOP(
        "Messages",
        "The folder of the database {location} cannot be written (SQLite keeps its journal "
        "beside the file); nothing was changed.",
    ),
    "disk_full": QT_TRANSLATE_NOOP(
        "Messages", "The disk is full; nothing was changed. Free some space and try again."
    ),
    "io_error": QT_TRANSLATE_NOOP(
        "Messages",
        "The disk reported a read or write error; nothing was changed. Check the disk and "
        "back up the database.",
    ),
    "not_a_file": QT_TRANSLATE_NOOP("Messages", "{location} is a folder, not a database file."),
    "tool_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "The network picture needs {tool}, which is not installed on this computer "
        "(graphviz.org; Debian/Ubuntu: apt install {package}). Nothing was drawn.",
    ),
    "output_no_name": QT_TRANSLATE_NOOP(
        "Messages", "'{location}' names no file: give a file name; nothing was written."
    ),
    "output_is_folder": QT_TRANSLATE_NOOP(
        "Messages", "{location} is a folder, not a file: give a file name; nothing was written."
    ),
    "output_is_link": QT_TRANSLATE_NOOP(
        "Messages",
        "{location} is a symbolic link; SmartNet Desktop does not write through links. "
        "Nothing was written.",
    ),
    "output_is_device": QT_TRANSLATE_NOOP(
        "Messages",
        "{location} is a device, a pipe or a socket, not a file; nothing was written.",
    ),
    "output_not_folder": QT_TRANSLATE_NOOP(
        "Messages", "{location} is a file, not a folder; nothing was written."
    ),
    "output_folder_not_ours": QT_TRANSLATE_NOOP(
        "Messages",
        "The folder {location} holds files SmartNet Desktop did not write: choose an empty "
        "folder. Nothing was written.",
    ),
    "output_foreign_file": QT_TRANSLATE_NOOP(
        "Messages",
        "{location} was not written by SmartNet Desktop and stays as it is: choose an empty "
        "folder. Nothing was written.",
    ),
    "output_disk_full": QT_TRANSLATE_NOOP(
        "Messages",
        "The disk is full: {location} was not written, and what was there before is "
        "unchanged. Free some space and try again.",
    ),
    "migration_broke_references": QT_TRANSLATE_NOOP(
        "Messages",
        "Updating the database to {revision} would leave rows pointing at nothing; nothing "
        "was changed. Please report this.",
    ),
    "lost_hold": QT_TRANSLATE_NOOP(
        "Messages",
        "The connection to the database file {location} is lost (another program removed "
        "its journal); nothing was saved. Please restart the program.",
    ),
}

FIELDS = {
    "title": QT_TRANSLATE_NOOP("Messages", "Title"),
    "date": QT_TRANSLATE_NOOP("Messages", "Date"),
    "venue": QT_TRANSLATE_NOOP("Messages", "Venue"),
    "town": QT_TRANSLATE_NOOP("Messages", "Town"),
    "address": QT_TRANSLATE_NOOP("Messages", "Address"),
    "host": QT_TRANSLATE_NOOP("Messages", "Host"),
    "organiser": QT_TRANSLATE_NOOP("Messages", "Organiser"),
    "notices": QT_TRANSLATE_NOOP("Messages", "Notices"),
    "number": QT_TRANSLATE_NOOP("Messages", "Number"),
    "start_time": QT_TRANSLATE_NOOP("Messages", "Start"),
    "end_time": QT_TRANSLATE_NOOP("Messages", "End"),
    "retention_months": QT_TRANSLATE_NOOP("Messages", "Retention (months)"),
    "name": QT_TRANSLATE_NOOP("Messages", "Name"),
    "given_name": QT_TRANSLATE_NOOP("Messages", "First name"),
    "family_name": QT_TRANSLATE_NOOP("Messages", "Last name"),
    "academic_title": QT_TRANSLATE_NOOP("Messages", "Academic title"),
    "organization": QT_TRANSLATE_NOOP("Messages", "Organisation"),
    "role": QT_TRANSLATE_NOOP("Messages", "Role"),
    "email": QT_TRANSLATE_NOOP("Messages", "Email"),
    "phone": QT_TRANSLATE_NOOP("Messages", "Phone"),
    "note": QT_TRANSLATE_NOOP("Messages", "Note"),
    "question": QT_TRANSLATE_NOOP("Messages", "Question"),
    "option": QT_TRANSLATE_NOOP("Messages", "Option"),
    "count": QT_TRANSLATE_NOOP("Messages", "Count"),
    "suggestion": QT_TRANSLATE_NOOP("Messages", "Suggestion"),
    "pin": QT_TRANSLATE_NOOP("Messages", "PIN"),
    "profile_url": QT_TRANSLATE_NOOP("Messages", "Profile URL"),
    "photo_objection": QT_TRANSLATE_NOOP("Messages", "Photo objection"),
    "contact_sharing": QT_TRANSLATE_NOOP("Messages", "Contact sharing"),
    "file": QT_TRANSLATE_NOOP("Messages", "File"),
    "duration": QT_TRANSLATE_NOOP("Messages", "Duration"),
    "kind": QT_TRANSLATE_NOOP("Messages", "Kind"),
    "description": QT_TRANSLATE_NOOP("Messages", "Description"),
    "speaker": QT_TRANSLATE_NOOP("Messages", "Speaker"),
    "location": QT_TRANSLATE_NOOP("Messages", "Location"),
    "photo_question": QT_TRANSLATE_NOOP("Messages", "Photo question"),
    "contact_question": QT_TRANSLATE_NOOP("Messages", "Contact-sharing question"),
    "qr_content": QT_TRANSLATE_NOOP("Messages", "QR content"),
    "badge_layout": QT_TRANSLATE_NOOP("Messages", "Badge layout"),
    "rating": QT_TRANSLATE_NOOP("Messages", "Experience rating"),
    "topic": QT_TRANSLATE_NOOP("Messages", "Topic"),
    "area": QT_TRANSLATE_NOOP("Messages", "Area"),
    "synonyms": QT_TRANSLATE_NOOP("Messages", "Other words"),
    "base_url": QT_TRANSLATE_NOOP("Messages", "Profile address of the network"),
    "contact_office": QT_TRANSLATE_NOOP("Messages", "Contact office of the network"),
    "network": QT_TRANSLATE_NOOP("Messages", "Name of the network"),
    "imprint": QT_TRANSLATE_NOOP("Messages", "Imprint page"),
    "privacy": QT_TRANSLATE_NOOP("Messages", "Privacy page"),
    "website": QT_TRANSLATE_NOOP("Messages", "Website"),
    "population": QT_TRANSLATE_NOOP("Messages", "Population"),
    "contact_person": QT_TRANSLATE_NOOP("Messages", "Contact person"),
    "project": QT_TRANSLATE_NOOP("Messages", "Project"),
    "status": QT_TRANSLATE_NOOP("Messages", "Status"),
    "link": QT_TRANSLATE_NOOP("Messages", "Link"),
    "request_id": QT_TRANSLATE_NOOP("Messages", "Request id"),
}


# The last two of a list of choices (".pdf, .csv or .xlsx").
EITHER_OR = QT_TRANSLATE_NOOP("Messages", "{first} or {last}")


def one_of(choices, translate=lambda text: text) -> str:
    """Choices as the sentence names them: ".pdf", ".csv or .xlsx", ".vcf, .csv or .xlsx"."""
    choices = [str(c) for c in choices]
    if len(choices) < 2:
        return "".join(choices)
    return translate(EITHER_OR).format(first=", ".join(choices[:-1]), last=choices[-1])


def format_error(error: SmartNetError, translate=lambda text: text) -> str:
    """One sentence for an error; `translate` turns English templates into the UI language."""
    template = ERRORS.get(error.code, ERRORS["database_problem"])
    params = dict(error.params)
    if "field" in params:
        params["field"] = translate(FIELDS.get(params["field"], params["field"]))
    if isinstance(params.get("accepted"), list | tuple):  # what the caller takes
        params["accepted"] = one_of(params["accepted"], translate)
    if hasattr(params.get("at"), "astimezone"):
        params["at"] = params["at"].astimezone().strftime("%H:%M")
    if "by" in params and not params["by"]:
        params["by"] = "?"
    try:
        return translate(template).format(**params)
    except (KeyError, IndexError):
        return translate(template)


# Where in a file a problem is: the line (1 = the first) and the column (1 = the first)
# of the cell, so that staff find it in their spreadsheet.
PLACES = {
    (True, True): QT_TRANSLATE_NOOP("Messages", "line {line}, column {column}: {sentence}"),
    (True, False): QT_TRANSLATE_NOOP("Messages", "line {line}: {sentence}"),
    (False, True): QT_TRANSLATE_NOOP("Messages", "column {column}: {sentence}"),
}


def problem_line(problem: dict, translate=lambda text: text) -> str:
    """One import problem as "line N, column C: sentence" (a line of 0 is left out)."""
    from smartnet_desktop.domain.errors import SmartNetError as _Error

    params = {k: v for k, v in problem.items() if k not in ("line", "column", "code")}
    sentence = format_error(_Error(problem["code"], **params), translate)
    place = PLACES.get((bool(problem.get("line")), bool(problem.get("column"))))
    if place is None:
        return sentence
    return translate(place).format(
        line=problem.get("line"), column=problem.get("column"), sentence=sentence
    )
