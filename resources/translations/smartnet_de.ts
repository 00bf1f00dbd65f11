<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AgendaItemDialog</name>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/agenda_item_dialog.py" line="+42"/>
        <source>Edit agenda item</source>
        <translation>Tagesordnungspunkt bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New agenda item</source>
        <translation>Neuer Tagesordnungspunkt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fixed start</source>
        <translation>fester Beginn</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Talk</source>
        <translation>Vortrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tour</source>
        <translation>Rundgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discussion</source>
        <translation>Diskussion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Networking</source>
        <translation>Austausch</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker / responsible</source>
        <translation>Vortragende / verantwortlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>AgendaTableModel</name>
    <message>
        <location filename="../../smartnet_desktop/ui/models/agenda_model.py" line="+65"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker / responsible</source>
        <translation>Vortragende / verantwortlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Talk</source>
        <translation>Vortrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tour</source>
        <translation>Rundgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discussion</source>
        <translation>Diskussion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Networking</source>
        <translation>Austausch</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Overlaps the previous item</source>
        <translation>Überschneidet sich mit dem vorigen Punkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs past the end of the event</source>
        <translation>Endet nach dem Ende der Veranstaltung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fixed start time</source>
        <translation>Feste Anfangszeit</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <location filename="../../smartnet_desktop/ui/views/agenda_view.py" line="+64"/>
        <location line="+78"/>
        <source>Agenda</source>
        <translation>Tagesordnung</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Handout as PDF…</source>
        <translation>Tagesordnung als PDF…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Check the times of: %1</source>
        <translation>Bitte die Zeiten prüfen: %1</translation>
    </message>
    <message>
        <location line="+94"/>
        <location line="+12"/>
        <source>Agenda handout</source>
        <translation>Tagesordnung (PDF)</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
</context>
<context>
    <name>AttendeeDialog</name>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/attendee_dialog.py" line="+35"/>
        <source>Edit person</source>
        <translation>Person bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add attendee</source>
        <translation>Teilnehmende hinzufügen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Academic title</source>
        <translation>Akademischer Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone (optional)</source>
        <translation>Telefon (optional)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>same email</source>
        <translation>gleiche E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same name and organisation</source>
        <translation>gleicher Name und gleiche Organisation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already in the network</source>
        <translation>Bereits im Netzwerk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2) is already in the network (%3). Register this person instead of creating a new one?</source>
        <translation>%1 (%2) ist bereits im Netzwerk (%3). Diese Person anmelden, statt eine neue anzulegen?</translation>
    </message>
</context>
<context>
    <name>AttendeeListView</name>
    <message>
        <location filename="../../smartnet_desktop/ui/views/attendee_list_view.py" line="+67"/>
        <source>Search name, organisation, email (with @) or badge code</source>
        <translation>Name, Organisation, E-Mail (mit @) oder Code suchen</translation>
    </message>
    <message numerus="yes">
        <location line="+145"/>
        <source>%n shown</source>
        <translation>
            <numerusform>%n angezeigt</numerusform>
            <numerusform>%n angezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttendeeTableModel</name>
    <message>
        <location filename="../../smartnet_desktop/ui/models/attendee_model.py" line="+153"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge printed</source>
        <translation>Namensschild gedruckt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact sharing</source>
        <translation>Kontaktweitergabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge marker</source>
        <translation>Schild-Markierung</translation>
    </message>
</context>
<context>
    <name>AttendeesView</name>
    <message>
        <location filename="../../smartnet_desktop/ui/views/attendees_view.py" line="+23"/>
        <source>Attendees</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone registered for this event. Type any part of a name or organisation, an email address with its @, or a badge code; accents and case do not matter.</source>
        <translation>Alle, die für diese Veranstaltung angemeldet sind. Tippen Sie einen Teil von Name oder Organisation, eine E-Mail-Adresse mit @ oder einen Code; Akzente und Groß-/Kleinschreibung spielen keine Rolle.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet checked in</source>
        <translation>Noch nicht eingecheckt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk-ins</source>
        <translation>Spontan Gekommene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No photos</source>
        <translation>Keine Fotos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Merge duplicates…</source>
        <translation>Doppelte zusammenführen…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Remove from this event</source>
        <translation>Von dieser Veranstaltung entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove %1 from this event&apos;s list? The person stays in the network; %2 brings the registration back.</source>
        <translation>%1 von der Liste dieser Veranstaltung entfernen? Die Person bleibt im Netzwerk; %2 holt die Anmeldung zurück.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+7"/>
        <source>Merge duplicates</source>
        <translation>Doppelte zusammenführen</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Select exactly two rows: the person to keep first.</source>
        <translation>Wählen Sie genau zwei Zeilen: zuerst die Person, die bleiben soll.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Merge %2 into %1? %1 keeps the registrations, check-ins and consent history of both.</source>
        <translation>%2 mit %1 zusammenführen? %1 behält die Anmeldungen, Check-ins und Einwilligungsverläufe beider.</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo removal</source>
        <translation>Entfernen rückgängig</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/audit_dialog.py" line="+33"/>
        <location line="+52"/>
        <source>Audit log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export audit log</source>
        <translation>Protokoll exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx);;CSV für Excel (*.csv)</translation>
    </message>
</context>
<context>
    <name>BadgeSettingsDialog</name>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/badge_settings_dialog.py" line="+37"/>
        <source>Badge settings</source>
        <translation>Einstellungen für Namensschilder</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Printer offset (measure it on the calibration page)</source>
        <translation>Drucker-Versatz (auf der Kalibrierseite messen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>x (to the right)</source>
        <translation>x (nach rechts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>y (downwards)</source>
        <translation>y (nach unten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo-objection marker</source>
        <translation>Markierung bei Foto-Widerspruch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Custom sheet</source>
        <translation>Eigene Bogenvorlage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page width / height</source>
        <translation>Seitenbreite / -höhe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge width / height</source>
        <translation>Schildbreite / -höhe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns / rows</source>
        <translation>Spalten / Zeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Margin left / top</source>
        <translation>Rand links / oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gap between columns / rows</source>
        <translation>Abstand zwischen Spalten / Zeilen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Custom layout</source>
        <translation>Eigene Vorlage</translation>
    </message>
</context>
<context>
    <name>BadgesView</name>
    <message>
        <location filename="../../smartnet_desktop/ui/views/badges_view.py" line="+43"/>
        <location line="+226"/>
        <location line="+44"/>
        <location line="+5"/>
        <location line="+15"/>
        <location line="+18"/>
        <source>Badges</source>
        <translation>Namensschilder</translation>
    </message>
    <message>
        <location line="-306"/>
        <source>Name badges with a QR code that opens the organisation&apos;s profile. Choose whom to print, the badge stock and the QR content; the preview shows the first page.</source>
        <translation>Namensschilder mit einem QR-Code, der den Steckbrief der Organisation öffnet. Wählen Sie, für wen gedruckt wird, die Vorlage und den QR-Inhalt; die Vorschau zeigt die erste Seite.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+25"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Not yet printed</source>
        <translation>Noch nicht gedruckt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs a reprint</source>
        <translation>Neu drucken</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <source>Checked in without badge</source>
        <translation>Eingecheckt ohne Namensschild</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Not yet printed or reprint</source>
        <translation>Noch nicht gedruckt oder neu drucken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selected rows</source>
        <translation>Ausgewählte Zeilen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>QR: profile with badge code</source>
        <translation>QR: Steckbrief mit Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR: badge code</source>
        <translation>QR: Code</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Whom:</source>
        <translation>Für:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sheet:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calibration page…</source>
        <translation>Kalibrierseite…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved PDF counts as printed</source>
        <translation>Gespeicherte PDF als gedruckt vermerken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“Ask me about” with the organisation&apos;s offers</source>
        <translation>„Fragen Sie mich zu“ mit den Angeboten der Organisation</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>First free label on the first sheet</source>
        <translation>Erstes freies Etikett auf dem ersten Bogen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>from label</source>
        <translation>ab Etikett</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Custom layout</source>
        <translation>Eigene Vorlage</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+23"/>
        <source>Nobody to print with this choice.</source>
        <translation>Bei dieser Auswahl ist nichts zu drucken.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>%1 badges on %2 pages</source>
        <translation>%1 Namensschilder auf %2 Seiten</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Save badges</source>
        <translation>Namensschilder speichern</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 badges saved.</source>
        <translation>%1 Namensschilder gespeichert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 badges sent to the printer.</source>
        <translation>%1 Namensschilder an den Drucker geschickt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The printer could not be started.</source>
        <translation>Der Drucker konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>Calibration page</source>
        <translation>Kalibrierseite</translation>
    </message>
</context>
<context>
    <name>CheckinView</name>
    <message>
        <location filename="../../smartnet_desktop/ui/views/checkin_view.py" line="+199"/>
        <source>Check-in</source>
        <translation>Einchecken</translation>
    </message>
    <message>
        <location line="+278"/>
        <source>Desk name</source>
        <translation>Name des Empfangsplatzes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of this desk or of the staff member (stored with each check-in):</source>
        <translation>Name dieses Empfangsplatzes oder der Person am Empfang (wird bei jedem Einchecken gespeichert):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Desk: %1</source>
        <translation>Empfang: %1</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Nobody matches “%1”.</source>
        <translation>Niemand passt zu „%1“.</translation>
    </message>
    <message>
        <location line="-236"/>
        <source>Type a name or scan a badge, then %1</source>
        <translation>Namen tippen oder Namensschild scannen, dann %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Desk name…</source>
        <translation>Name des Empfangs…</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>Abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 people match. Choose with %2, then %3 — or type more.</source>
        <translation>%1 Personen passen. Mit %2 wählen, dann %3 – oder weitertippen.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the %1 meeting</source>
        <translation>das %1 Treffen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This badge is for %1 (%2). %3: register for this meeting · %4: no</source>
        <translation>Dieses Namensschild ist für %1 (%2). %3: für dieses Treffen anmelden · %4: nein</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Registered for this meeting and checked in</source>
        <translation>Für dieses Treffen angemeldet und eingecheckt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Already checked in at %1 by %2.</source>
        <translation>Bereits eingecheckt um %1 (Empfang: %2).</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>There is nothing to undo at this desk.</source>
        <translation>An diesem Empfang gibt es nichts zurückzunehmen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undo the check-in of %1? %2: undo · %3: keep</source>
        <translation>Check-in von %1 zurücknehmen? %2: zurücknehmen · %3: behalten</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Check-in undone: %1</source>
        <translation>Check-in zurückgenommen: %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Recorded for</source>
        <translation>Erfasst für</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <location line="-277"/>
        <source>Walk-in…</source>
        <translation>Spontan gekommen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo check-in</source>
        <translation>Check-in zurücknehmen</translation>
    </message>
</context>
<context>
    <name>ConsentActions</name>
    <message>
        <location filename="../../smartnet_desktop/ui/views/attendee_list_view.py" line="+25"/>
        <source>No photos at this event</source>
        <translation>Keine Fotos bei dieser Veranstaltung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No photos at any event</source>
        <translation>Keine Fotos bei allen Veranstaltungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Withdraw photo objection</source>
        <translation>Foto-Widerspruch zurücknehmen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contact sharing: yes</source>
        <translation>Kontaktweitergabe: ja</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contact sharing: no</source>
        <translation>Kontaktweitergabe: nein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consent history…</source>
        <translation>Einwilligungsverlauf…</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/consent_actions.py" line="+23"/>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
</context>
<context>
    <name>ConsentHistoryDialog</name>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/consent_history_dialog.py" line="+24"/>
        <source>Consent history: %1</source>
        <translation>Einwilligungsverlauf: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact sharing</source>
        <translation>Kontaktweitergabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>agreed</source>
        <translation>zugestimmt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>objected</source>
        <translation>widersprochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>withdrawn</source>
        <translation>zurückgenommen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this event</source>
        <translation>diese Veranstaltung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>all events</source>
        <translation>alle Veranstaltungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>desk</source>
        <translation>Empfang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded by</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Weg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Nothing recorded: never asked, nothing is shared.</source>
        <translation>Nichts erfasst: nie gefragt, es wird nichts weitergegeben.</translation>
    </message>
</context>
<context>
    <name>ContactSharingView</name>
    <message>
        <location filename="../../smartnet_desktop/ui/views/contact_sharing_view.py" line="+22"/>
        <source>Contact sharing</source>
        <translation>Kontaktweitergabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>May the organiser pass the contact details on in the network&apos;s distribution list? Only a recorded yes shares anything; never asked shares nothing.</source>
        <translation>Darf der Veranstalter die Kontaktdaten im Netzwerkverteiler weitergeben? Nur ein erfasstes Ja gibt etwas weiter; nie gefragt gibt nichts weiter.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not asked yet</source>
        <translation>Noch nicht gefragt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May be shared</source>
        <translation>Darf weitergegeben werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objected</source>
        <translation>Widersprochen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export distribution list…</source>
        <translation>Netzwerkverteiler exportieren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <location line="+15"/>
        <location line="+12"/>
        <source>Distribution list</source>
        <translation>Netzwerkverteiler</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>%1 people of the network may be shared and will be exported.
Left out: %2 never asked, %3 objected.

Continue?</source>
        <translation>%1 Personen des Netzwerks dürfen weitergegeben werden und werden exportiert.
Nicht enthalten: %2 nie gefragt, %3 widersprochen.

Fortfahren?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv);;vCard (*.vcf)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx);;CSV für Excel (*.csv);;vCard (*.vcf)</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/date_field.py" line="+18"/>
        <source>DD.MM.YYYY</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
</context>
<context>
    <name>DeskActions</name>
    <message>
        <location filename="../../smartnet_desktop/ui/desk_actions.py" line="+21"/>
        <source>De&amp;sk</source>
        <translation>E&amp;mpfang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check-in &amp;list (PDF)…</source>
        <translation>Check-in-&amp;Liste (PDF)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sound for each result</source>
        <translation>&amp;Ton bei jedem Ergebnis</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Desk &amp;name…</source>
        <translation>&amp;Name des Empfangs…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Printer of this desk…</source>
        <translation>&amp;Drucker dieses Empfangs…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print the badge at each &amp;check-in</source>
        <translation>Namensschild bei jedem &amp;Check-in drucken</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Keyboard reference</source>
        <translation>&amp;Tastenübersicht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keyboard reference</source>
        <translation>Tastenübersicht</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Save the check-in list</source>
        <translation>Check-in-Liste speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checkin-list.pdf</source>
        <translation>checkin-liste.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check-in list</source>
        <translation>Check-in-Liste</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check-in list with %1 people saved.</source>
        <translation>Check-in-Liste mit %1 Personen gespeichert.</translation>
    </message>
</context>
<context>
    <name>DeskOffline</name>
    <message>
        <location filename="../../smartnet_desktop/ui/views/desk_offline.py" line="+38"/>
        <source>Seen</source>
        <translation>Gesehen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (%2 here): no longer registered</source>
        <translation>%1 (hier %2): nicht mehr angemeldet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2 here): checked in at %3 by %4 meanwhile</source>
        <translation>%1 (hier %2): inzwischen um %3 von %4 eingecheckt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not taken by the server (made offline): %1</source>
        <translation>Vom Server nicht übernommen (ohne Verbindung gemacht): %1</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>Server reachable again. Check-ins sent: %1 · conflicts: %2</source>
        <translation>Server wieder erreichbar. Gesendete Check-ins: %1 · Konflikte: %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Check-ins made offline, waiting to be sent: %1</source>
        <translation>Ohne Verbindung gemachte Check-ins, die noch gesendet werden: %1</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>set aside: %1 (%2: %3)</source>
        <translation>zurückgestellt: %1 (%2: %3)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Refused by the server and set aside (kept on this computer): %1</source>
        <translation>Vom Server abgelehnt und zurückgestellt (auf diesem Computer aufbewahrt): %1</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Already checked in at %1 by %2.</source>
        <translation>Bereits um %1 von %2 eingecheckt.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Checked in %1 — kept on this computer, sent when the server is back</source>
        <translation>Eingecheckt %1 – auf diesem Rechner gespeichert, wird gesendet, sobald der Server wieder erreichbar ist</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Recorded — kept on this computer, sent when the server is back</source>
        <translation>Erfasst – auf diesem Rechner gespeichert, wird gesendet, sobald der Server wieder erreichbar ist</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>No connection to the server. Search works on the list loaded; check-ins are kept on this computer (%1 waiting) and sent when the server is back.</source>
        <translation>Keine Verbindung zum Server. Die Suche arbeitet mit der geladenen Liste; Check-ins werden auf diesem Rechner gespeichert (%1 wartend) und gesendet, sobald der Server wieder erreichbar ist.</translation>
    </message>
</context>
<context>
    <name>DeskPanels</name>
    <message>
        <location filename="../../smartnet_desktop/ui/views/desk_panels.py" line="+85"/>
        <source>Ready: type a name or scan a badge.</source>
        <translation>Bereit: Namen tippen oder Namensschild scannen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>NO PHOTOS</source>
        <translation>KEINE FOTOS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Photos: no objection recorded</source>
        <translation>Fotos: kein Widerspruch erfasst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact sharing: %1</source>
        <translation>Kontaktweitergabe: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>registered</source>
        <translation>angemeldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checked in</source>
        <translation>eingecheckt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of them walk-ins</source>
        <translation>davon spontan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>still expected</source>
        <translation>noch erwartet</translation>
    </message>
</context>
<context>
    <name>DeskPrinterDialog</name>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/desk_printer_dialog.py" line="+21"/>
        <source>Printer of this desk</source>
        <translation>Drucker dieses Empfangs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF files in a folder (print later)</source>
        <translation>PDF-Dateien in einem Ordner (später drucken)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Printer</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge stock in it</source>
        <translation>Eingelegte Namensschild-Vorlage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Folder for the badges</source>
        <translation>Ordner für die Namensschilder</translation>
    </message>
</context>
<context>
    <name>DeskPrinting</name>
    <message>
        <location filename="../../smartnet_desktop/ui/views/desk_printing.py" line="+80"/>
        <source>Badge printed for %1.</source>
        <translation>Namensschild für %1 gedruckt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Printing failed, nothing was marked printed: %1</source>
        <translation>Drucken fehlgeschlagen, nichts wurde als gedruckt vermerkt: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Printing the badge for %1…</source>
        <translation>Namensschild für %1 wird gedruckt…</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>No badge printer chosen for this desk: press %1.</source>
        <translation>Für diesen Empfang ist kein Namensschild-Drucker gewählt: %1 drücken.</translation>
    </message>
</context>
<context>
    <name>ErrorHandling</name>
    <message>
        <location filename="../../smartnet_desktop/ui/error_handling.py" line="+73"/>
        <source>Something unexpected went wrong. Your data is safe: every change is saved as it is made. Details were written to %1.</source>
        <translation>Etwas Unerwartetes ist passiert. Ihre Daten sind sicher: jede Änderung wird sofort gespeichert. Einzelheiten stehen in %1.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Restore this backup now? The damaged file is kept beside it.</source>
        <translation>Diese Sicherung jetzt wiederherstellen? Die beschädigte Datei wird daneben aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/event_dialog.py" line="+55"/>
        <source>Event settings</source>
        <translation>Veranstaltungseinstellungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate event</source>
        <translation>Veranstaltung duplizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New event</source>
        <translation>Neue Veranstaltung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 5. Netzwerktreffen Smart Cities / Smart Regions</source>
        <translation>z. B. 5. Netzwerktreffen Smart Cities / Smart Regions</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Shown on the agenda handout, one notice per line</source>
        <translation>Erscheinen auf der Tagesordnung, ein Hinweis pro Zeile</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organisation profile (Steckbrief), else badge code</source>
        <translation>Steckbrief der Organisation, sonst Code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Badge code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Number in the series</source>
        <translation>Nummer in der Reihe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>Veranstaltungsort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Town</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host</source>
        <translation>Gastgeber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organiser</source>
        <translation>Veranstalter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notices</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep personal data for</source>
        <translation>Personenbezogene Daten aufbewahren für</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR code on badges</source>
        <translation>QR-Code auf Namensschildern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo question</source>
        <translation>Frage zu Fotos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact-sharing question</source>
        <translation>Frage zur Kontaktweitergabe</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Date in the past</source>
        <translation>Datum in der Vergangenheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was long ago. Is this date right?</source>
        <translation>Der %1 liegt lange zurück. Stimmt dieses Datum?</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../smartnet_desktop/ui/file_dialogs.py" line="+25"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/import_dialog.py" line="+46"/>
        <source>Import registrations</source>
        <translation>Anmeldungen importieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import the valid rows and skip the others</source>
        <translation>Gültige Zeilen importieren, die anderen überspringen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Columns: %1</source>
        <translation>Spalten: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rows, %2 with problems.</source>
        <translation>%1 Zeilen, %2 mit Problemen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ignored columns: %1</source>
        <translation>Nicht verwendete Spalten: %1</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <location filename="../../smartnet_desktop/keys.py" line="+27"/>
        <source>At the desk</source>
        <translation>Am Empfang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendees</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda</source>
        <translation>Tagesordnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo consent</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact sharing</source>
        <translation>Kontaktweitergabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badges</source>
        <translation>Namensschilder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>check in: the scanned badge, the single match or the chosen row</source>
        <translation>einchecken: das gescannte Namensschild, den einzigen Treffer oder die gewählte Zeile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>choose among several matches</source>
        <translation>unter mehreren Treffern wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty the search field; answer a question in the band with no</source>
        <translation>Suchfeld leeren; eine Frage im Band mit nein beantworten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>undo typing; in the empty field: offers to undo this desk&apos;s last check-in (Enter confirms)</source>
        <translation>Tippen rückgängig machen; im leeren Feld: bietet an, den letzten Check-in dieses Empfangs zurückzunehmen (Enter bestätigt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>walk-in, prefilled from the typed name: register and check in, with photo and contact-sharing answers</source>
        <translation>spontan gekommen, mit dem getippten Namen vorausgefüllt: anmelden und einchecken, mit den Antworten zu Fotos und Kontaktweitergabe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no photos at this meeting</source>
        <translation>keine Fotos bei diesem Treffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no photos</source>
        <translation>keine Fotos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no photos at any meeting</source>
        <translation>keine Fotos bei allen Treffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no photos at any event</source>
        <translation>keine Fotos bei allen Treffen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contact sharing: yes</source>
        <translation>Kontaktweitergabe: ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact sharing yes</source>
        <translation>Kontaktweitergabe ja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contact sharing: no</source>
        <translation>Kontaktweitergabe: nein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact sharing no</source>
        <translation>Kontaktweitergabe nein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print the badge of the person just checked in</source>
        <translation>Namensschild der gerade eingecheckten Person drucken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print badge</source>
        <translation>Namensschild drucken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this keyboard reference</source>
        <translation>diese Tastenübersicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all keys</source>
        <translation>alle Tasten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>switch views (the first, the desk, puts the cursor in its search field)</source>
        <translation>Ansicht wechseln (die erste, der Empfang, setzt den Cursor in sein Suchfeld)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new event</source>
        <translation>neue Veranstaltung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open another database</source>
        <translation>andere Datenbank öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import registrations</source>
        <translation>Anmeldungen importieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>export the attendee list</source>
        <translation>Teilnehmerliste exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>back up now</source>
        <translation>jetzt sichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quit</source>
        <translation>beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add a person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>edit the selected person</source>
        <translation>gewählte Person bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>remove the selected registrations</source>
        <translation>gewählte Anmeldungen entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>undo the last removal</source>
        <translation>letztes Entfernen rückgängig machen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>consent history of the selected person</source>
        <translation>Einwilligungsverlauf der gewählten Person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>photographers&apos; list as PDF</source>
        <translation>Liste für Fotografierende als PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export the distribution list</source>
        <translation>Verteiler exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>save the badges as PDF</source>
        <translation>Namensschilder als PDF speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print the badges</source>
        <translation>Namensschilder drucken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add an agenda item</source>
        <translation>Tagesordnungspunkt hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>edit the selected item</source>
        <translation>gewählten Punkt bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delete the selected item</source>
        <translation>gewählten Punkt löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>move the item up</source>
        <translation>Punkt nach oben schieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>move the item down</source>
        <translation>Punkt nach unten schieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>undo the last change to the agenda</source>
        <translation>letzte Änderung der Tagesordnung rückgängig machen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the agenda handout as PDF</source>
        <translation>Tagesordnung zum Verteilen als PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>edit the selected organisation&apos;s profile</source>
        <translation>Steckbrief der gewählten Organisation bearbeiten</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../smartnet_desktop/ui/main_window.py" line="+107"/>
        <source>The event you are working on</source>
        <translation>Die Veranstaltung, an der Sie arbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Event:</source>
        <translation>Veranstaltung:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Check-in</source>
        <translation>Einchecken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendees</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda</source>
        <translation>Tagesordnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo consent</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact sharing</source>
        <translation>Kontaktweitergabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badges</source>
        <translation>Namensschilder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey</source>
        <translation>Umfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matches</source>
        <translation>Matches</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New event…</source>
        <translation>&amp;Neue Veranstaltung…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event &amp;settings…</source>
        <translation>Veranstaltungs&amp;einstellungen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duplicate event…</source>
        <translation>Veranstaltung &amp;duplizieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invite from a &amp;previous event…</source>
        <translation>Aus &amp;früherer Veranstaltung einladen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import registrations…</source>
        <translation>Anmeldungen &amp;importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export attendee list…</source>
        <translation>Teilnehmerliste &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back up now…</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore from a backup…</source>
        <translation>Aus einer Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Data protection</source>
        <translation>Daten&amp;schutz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export everything about the selected person…</source>
        <translation>&amp;Auskunft über die ausgewählte Person exportieren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;rase the selected person…</source>
        <translation>Ausgewählte Person &amp;löschen…</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>%1 registered · %2 checked in (%3 walk-ins) · %4 still expected</source>
        <translation>%1 angemeldet · %2 eingecheckt (davon %3 spontan) · %4 noch erwartet</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/data_protection_actions.py" line="+79"/>
        <location filename="../../smartnet_desktop/ui/main_window.py" line="-143"/>
        <source>&amp;Purge data past the retention period…</source>
        <translation>Daten nach Ablauf der Aufbewahrungsfrist &amp;bereinigen…</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/main_window.py" line="+2"/>
        <source>&amp;Audit log…</source>
        <translation>&amp;Protokoll…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language / Sprache</source>
        <translation>&amp;Sprache / Language</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;About SmartNet Desktop</source>
        <translation>Ü&amp;ber SmartNet Desktop</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <location line="+102"/>
        <location line="+18"/>
        <source>Invite</source>
        <translation>Einladen</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>There is no other event yet.</source>
        <translation>Es gibt noch keine andere Veranstaltung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invite from a previous event</source>
        <translation>Aus früherer Veranstaltung einladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register the people of this event for the current one:</source>
        <translation>Die Personen dieser Veranstaltung für die aktuelle anmelden:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 people registered from %2</source>
        <translation>%1 Personen aus %2 angemeldet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open or create a database</source>
        <translation>Datenbank öffnen oder anlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SmartNet database (*.db *.sqlite);;All files (*)</source>
        <translation>SmartNet-Datenbank (*.db *.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+18"/>
        <source>Import registrations</source>
        <translation>Anmeldungen importieren</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Registration lists (*.csv *.xlsx *.txt)</source>
        <translation>Anmeldelisten (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 registered (%2 new in the network), %3 were already registered, %4 rows skipped.</source>
        <translation>%1 angemeldet (%2 neu im Netzwerk), %3 waren bereits angemeldet, %4 Zeilen übersprungen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export attendee list</source>
        <translation>Teilnehmerliste exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx);;CSV für Excel (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 attendees written to %2</source>
        <translation>%1 Teilnehmende in %2 geschrieben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The language changes at the next start.</source>
        <translation>Die Sprache wird beim nächsten Start gewechselt.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/data_protection_actions.py" line="-15"/>
        <source>The automatic backup failed; use File › Back up now.</source>
        <translation>Die automatische Sicherung ist fehlgeschlagen; bitte Datei › Jetzt sichern verwenden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Purge data past the retention period (%1 events due)…</source>
        <translation>Daten nach Ablauf der Aufbewahrungsfrist &amp;bereinigen (%1 Veranstaltungen fällig)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The retention period of %1 events has passed: Data protection › Purge.</source>
        <translation>Die Aufbewahrungsfrist von %1 Veranstaltungen ist abgelaufen: Datenschutz › Bereinigen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+22"/>
        <location line="+35"/>
        <location line="+33"/>
        <source>Data protection</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Select the person in the Attendees view first.</source>
        <translation>Bitte zuerst die Person in der Ansicht Teilnehmende auswählen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export everything about a person</source>
        <translation>Auskunft über eine Person exportieren</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+15"/>
        <location line="+26"/>
        <source>Erase a person</source>
        <translation>Person löschen</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>This removes every personal detail of %1 from all events, for good. Consent and audit records stay, with a placeholder.

Type the family name to confirm:</source>
        <translation>Damit werden alle personenbezogenen Daten von %1 aus allen Veranstaltungen endgültig entfernt. Einwilligungs- und Protokolleinträge bleiben mit einem Platzhalter erhalten.

Zur Bestätigung den Nachnamen eingeben:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The name did not match; nothing was erased.</source>
        <translation>Der Name stimmt nicht überein; es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>The person was erased.</source>
        <translation>Die Person wurde gelöscht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person was erased. Another program has the database open; the file is cleaned of the old data the next time an erasure runs without it.</source>
        <translation>Die Person wurde gelöscht. Ein anderes Programm hat die Datenbank geöffnet; die alten Daten werden beim nächsten Löschen ohne dieses Programm aus der Datei entfernt.</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>%1 backups still hold this person&apos;s data. Erase it from them as well?</source>
        <translation>%1 Sicherungen enthalten noch die Daten dieser Person. Auch dort löschen?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Erased from %1 backups as well.</source>
        <translation>Auch aus %1 Sicherungen gelöscht.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+6"/>
        <location line="+16"/>
        <source>Purge</source>
        <translation>Bereinigen</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>No event is past its retention period.</source>
        <translation>Bei keiner Veranstaltung ist die Aufbewahrungsfrist abgelaufen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 events are past their retention period. %2 registrations will be removed and %3 people who are registered for no later event will be erased. Continue?</source>
        <translation>Bei %1 Veranstaltungen ist die Aufbewahrungsfrist abgelaufen. %2 Anmeldungen werden entfernt und %3 Personen, die für keine spätere Veranstaltung angemeldet sind, gelöscht. Fortfahren?</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+14"/>
        <location line="+10"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Restoring works for a database file.</source>
        <translation>Wiederherstellen geht nur für eine Datenbankdatei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SmartNet database (*.db)</source>
        <translation>SmartNet-Datenbank (*.db)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replace the current data by this backup? The current database is kept in the backups folder.</source>
        <translation>Die aktuellen Daten durch diese Sicherung ersetzen? Die aktuelle Datenbank wird im Sicherungsordner aufbewahrt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Restored. The previous data was kept as %1</source>
        <translation>Wiederhergestellt. Die bisherigen Daten wurden als %1 aufbewahrt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup saved: %1</source>
        <translation>Sicherung gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/main_window.py" line="+6"/>
        <source>About SmartNet Desktop</source>
        <translation>Über SmartNet Desktop</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h3&gt;SmartNet Desktop %1&lt;/h3&gt;&lt;p&gt;The event desk for the network meetings of Smart Cities and Smart Regions: check-in, photo objections, contact sharing, name badges with QR codes and the agenda.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SmartNet Desktop %1&lt;/h3&gt;&lt;p&gt;Der Empfang für die Netzwerktreffen der Smart Cities und Smart Regions: Einchecken, Foto-Widersprüche, Kontaktweitergabe, Namensschilder mit QR-Codes und die Tagesordnung.&lt;/p&gt;&lt;p&gt;Datenbank: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(demo, changes are not kept)</source>
        <translation>(Demo, Änderungen werden nicht gespeichert)</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/data_protection_actions.py" line="-260"/>
        <source>The person was erased. The disk is too full to rebuild the database file: old copies of the data stay in its free space until an erasure runs with room on the disk. Free some space.</source>
        <translation>Die Person wurde gelöscht. Der Datenträger ist zu voll, um die Datenbankdatei neu aufzubauen: Alte Kopien der Daten bleiben in ihrem freien Platz, bis eine Löschung mit genug Platz auf dem Datenträger läuft. Bitte Platz schaffen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The person was erased. The database file could not be cleaned of old copies of the data (%1); that happens the next time an erasure can clean it.</source>
        <translation>Die Person wurde gelöscht. Die Datenbankdatei konnte nicht von alten Kopien der Daten bereinigt werden (%1); das geschieht bei der nächsten Löschung, die sie bereinigen kann.</translation>
    </message>
</context>
<context>
    <name>MatchesView</name>
    <message>
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="+406"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs help</source>
        <translation>sucht Unterstützung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offers help</source>
        <translation>bietet Unterstützung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why they fit</source>
        <translation>Warum sie passen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Topic:</source>
        <translation>Thema:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>all topics</source>
        <translation>alle Themen</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+22"/>
        <source>Matches</source>
        <translation>Matches</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 potential matches</source>
        <translation>Potenzielle Matches: %1</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="+19"/>
        <source>{field}: please enter a value.</source>
        <translation>{field}: Bitte einen Wert eingeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}: at most {max} characters.</source>
        <translation>{field}: höchstens {max} Zeichen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}: contains a control character.</source>
        <translation>{field}: enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}: contains the character {character}, which no file can hold.</source>
        <translation>{field}: enthält das Zeichen {character}, das keine Datei aufnehmen kann.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field}: &apos;{value}&apos; is not an email address.</source>
        <translation>{field}: „{value}“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}: &apos;{value}&apos; is not a phone number.</source>
        <translation>{field}: „{value}“ ist keine Telefonnummer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}: &apos;{value}&apos; is not a valid date (YYYY-MM-DD).</source>
        <translation>{field}: „{value}“ ist kein gültiges Datum (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field}: &apos;{value}&apos; is not a date; type it like 08.12.2026.</source>
        <translation>{field}: „{value}“ ist kein Datum; bitte so eingeben: 08.12.2026.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field}: &apos;{value}&apos; is not a time (HH:MM).</source>
        <translation>{field}: „{value}“ ist keine Uhrzeit (HH:MM).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}: must be a positive number.</source>
        <translation>{field}: muss eine positive Zahl sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}: must not be negative.</source>
        <translation>{field}: darf nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}: &apos;{value}&apos; is not a whole number.</source>
        <translation>{field}: „{value}“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}: at most {max}.</source>
        <translation>{field}: höchstens {max}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The end must be after the start.</source>
        <translation>Das Ende muss nach dem Beginn liegen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no event with id {event_id}.</source>
        <translation>Es gibt keine Veranstaltung mit der Nummer {event_id}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no person with id {person_id}.</source>
        <translation>Es gibt keine Person mit der Nummer {person_id}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody with code or id &apos;{query}&apos; is registered for this event.</source>
        <translation>Niemand mit Code oder Nummer „{query}“ ist für diese Veranstaltung angemeldet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is already checked in at {at} by {by}.</source>
        <translation>{name} ist bereits eingecheckt, um {at} von {by}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is already registered for this event.</source>
        <translation>{name} ist für diese Veranstaltung bereits angemeldet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is nothing to undo.</source>
        <translation>Es gibt nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This check-in was made by {by}, not at this desk; it stays.</source>
        <translation>Dieser Check-in wurde von {by} erfasst, nicht an diesem Empfang; er bleibt bestehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The demo meeting is already in this database (event {event_id}).</source>
        <translation>Das Demo-Treffen ist bereits in dieser Datenbank (Veranstaltung {event_id}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database {location} cannot be opened: {reason}</source>
        <translation>Die Datenbank {location} kann nicht geöffnet werden: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{location} is a database of another program; SmartNet Desktop leaves it alone. Choose a new file name for a new SmartNet database.</source>
        <translation>{location} ist die Datenbank eines anderen Programms; SmartNet Desktop verändert sie nicht. Für eine neue SmartNet-Datenbank bitte einen neuen Dateinamen wählen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database driver for {backend} is not installed (Python module &apos;{driver}&apos;). For PostgreSQL install it with: pip install &quot;psycopg[binary]&quot;</source>
        <translation>Der Datenbanktreiber für {backend} ist nicht installiert (Python-Modul „{driver}“). Für PostgreSQL so installieren: pip install &quot;psycopg[binary]&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This database was written by a newer version of SmartNet Desktop; please update.</source>
        <translation>Diese Datenbank stammt von einer neueren Version von SmartNet Desktop; bitte aktualisieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This installation of SmartNet Desktop is incomplete: {location} is missing. Please install it again.</source>
        <translation>Diese Installation von SmartNet Desktop ist unvollständig: {location} fehlt. Bitte installieren Sie das Programm neu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database server cannot be reached ({reason}).</source>
        <translation>Der Datenbankserver ist nicht erreichbar ({reason}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database server refused the login of &apos;{user}&apos;: wrong user name or password ({reason}).</source>
        <translation>Der Datenbankserver hat die Anmeldung von „{user}“ abgelehnt: Benutzername oder Passwort falsch ({reason}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no database {location}.</source>
        <translation>Die Datenbank {location} gibt es nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This login may read the database but not change it; a desk needs a login that may write ({reason}).</source>
        <translation>Diese Anmeldung darf die Datenbank lesen, aber nicht ändern; ein Check-in-Platz braucht eine Anmeldung mit Schreibrecht ({reason}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{value}&apos; is no database: give a file or a URL such as postgresql+psycopg://user@host/database.</source>
        <translation>„{value}“ ist keine Datenbank: bitte eine Datei oder eine URL wie postgresql+psycopg://benutzer@server/datenbank angeben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{location}: schema at revision {revision}, needs upgrade (smartnet-desktop --db {location} db upgrade).</source>
        <translation>{location}: Schema auf Stand {revision}, braucht eine Aktualisierung (smartnet-desktop --db {location} db upgrade).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A server database is backed up with pg_dump, which is not installed here (Debian: apt install postgresql-client).</source>
        <translation>Eine Server-Datenbank wird mit pg_dump gesichert, das hier nicht installiert ist (Debian: apt install postgresql-client).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{location} holds data already; copy only into an empty database.</source>
        <translation>{location} enthält bereits Daten; kopieren Sie nur in eine leere Datenbank.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The copy of table {table} is incomplete; nothing was kept.</source>
        <translation>Die Kopie der Tabelle {table} ist unvollständig; nichts wurde übernommen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field}: &apos;{value}&apos; is no rating from 1 (very much) to 6 (none).</source>
        <translation>{field}: „{value}“ ist keine Bewertung von 1 (sehr viel) bis 6 (keine).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field}: &apos;{value}&apos; is no web address (https://...).</source>
        <translation>{field}: „{value}“ ist keine Webadresse (https://...).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{value}&apos; already stands for the topic &apos;{topic}&apos;.</source>
        <translation>„{value}“ steht schon für das Thema „{topic}“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This topic no longer exists.</source>
        <translation>Dieses Thema gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This organisation no longer exists.</source>
        <translation>Diese Organisation gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The contact person must belong to the organisation.</source>
        <translation>Die Ansprechperson muss zur Organisation gehören.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file has no column for {field}.</source>
        <translation>Die Datei hat keine Spalte für {field}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{location} is no folder.</source>
        <translation>{location} ist kein Ordner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups from here work for SQLite files; back up a server with its tools.</source>
        <translation>Sicherungen von hier aus gehen für SQLite-Dateien; einen Datenbankserver sichern Sie mit dessen Werkzeugen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file cannot be imported.</source>
        <translation>Die Datei kann nicht importiert werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file cannot be read: {reason}</source>
        <translation>Die Datei kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file holds no rows.</source>
        <translation>Die Datei enthält keine Zeilen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workbook would unpack to more than {max} MB; it is not read.</source>
        <translation>Die Arbeitsmappe würde entpackt mehr als {max} MB groß; sie wird nicht gelesen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The workbook&apos;s part {part} would unpack to {ratio} times its size, which no spreadsheet does; it is not read.</source>
        <translation>Der Teil {part} der Arbeitsmappe würde entpackt {ratio}-mal so groß, wie es keine Tabelle wird; sie wird nicht gelesen.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The workbook holds a cell text or a row far longer than any list needs ({element}); nothing was imported.</source>
        <translation>Die Arbeitsmappe enthält einen Zellentext oder eine Zeile, weit länger als jede Liste braucht ({element}); nichts wurde importiert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The cell holds more than {max} characters (the most Excel allows).</source>
        <translation>Die Zelle enthält mehr als {max} Zeichen (mehr erlaubt auch Excel nicht).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The line is longer than {max} characters.</source>
        <translation>Die Zeile ist länger als {max} Zeichen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has more than {max} rows; split it into smaller files.</source>
        <translation>Die Datei hat mehr als {max} Zeilen; bitte in kleinere Dateien aufteilen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown file type &apos;{suffix}&apos;: use .csv or .xlsx.</source>
        <translation>Unbekannter Dateityp „{suffix}“: bitte .csv oder .xlsx verwenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No column for the name was found (Vorname / Nachname or First / Last name).</source>
        <translation>Keine Spalte für den Namen gefunden (Vorname / Nachname oder First / Last name).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field}: &apos;{value}&apos; is not understood.</source>
        <translation>{field}: „{value}“ ist nicht verständlich.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same person appears again in line {first_line}.</source>
        <translation>Dieselbe Person steht schon in Zeile {first_line}.</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>line {line}, column {column}: {sentence}</source>
        <translation>Zeile {line}, Spalte {column}: {sentence}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line {line}: {sentence}</source>
        <translation>Zeile {line}: {sentence}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>column {column}: {sentence}</source>
        <translation>Spalte {column}: {sentence}</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>A person cannot be merged with itself.</source>
        <translation>Eine Person kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This agenda item no longer exists.</source>
        <translation>Diesen Tagesordnungspunkt gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agenda was changed elsewhere; please look again.</source>
        <translation>Die Tagesordnung wurde anderswo geändert; bitte noch einmal ansehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field}: at most {max} minutes.</source>
        <translation>{field}: höchstens {max} Minuten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The badge layout is incomplete.</source>
        <translation>Die Vorlage für Namensschilder ist unvollständig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The badge layout is too small (a badge needs at least 40 × 30 mm).</source>
        <translation>Die Vorlage ist zu klein (ein Namensschild braucht mindestens 40 × 30 mm).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The badges of this layout do not fit on the page.</source>
        <translation>Die Namensschilder dieser Vorlage passen nicht auf die Seite.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no badge layout &apos;{name}&apos; (known: {known}).</source>
        <translation>Es gibt keine Vorlage „{name}“ (bekannt: {known}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{location} is on a network drive. SQLite cannot lock files safely there, so the data could be damaged. Keep the database on this computer, or use a PostgreSQL server for several desks.</source>
        <translation>{location} liegt auf einem Netzlaufwerk. SQLite kann Dateien dort nicht sicher sperren, die Daten könnten beschädigt werden. Legen Sie die Datenbank auf diesen Rechner oder nutzen Sie für mehrere Plätze einen PostgreSQL-Server.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database {location} is damaged. The newest backup is: {backup}</source>
        <translation>Die Datenbank {location} ist beschädigt. Die neueste Sicherung ist: {backup}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup {location} is damaged or no database; nothing was restored.</source>
        <translation>Die Sicherung {location} ist beschädigt oder keine Datenbank; es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup {location} is empty (0 bytes); nothing was restored.</source>
        <translation>Die Sicherung {location} ist leer (0 Byte); es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{location} is a database of another program, not a SmartNet backup; nothing was restored.</source>
        <translation>{location} ist die Datenbank eines anderen Programms, keine SmartNet-Sicherung; es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup {location} was written by a newer version of SmartNet Desktop; update the program first. Nothing was restored.</source>
        <translation>Die Sicherung {location} stammt von einer neueren Version von SmartNet Desktop; bitte zuerst das Programm aktualisieren. Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no backup file {location}; nothing was restored.</source>
        <translation>Die Sicherungsdatei {location} gibt es nicht; es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup {location} could not be written ({reason}); nothing was kept.</source>
        <translation>Die Sicherung {location} konnte nicht geschrieben werden ({reason}); es wurde nichts aufbewahrt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{location} is a folder or a device, not a file: choose a file name.</source>
        <translation>{location} ist ein Ordner oder ein Gerät, keine Datei: bitte einen Dateinamen wählen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirm with --yes.</source>
        <translation>Mit --yes bestätigen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database reported a problem.</source>
        <translation>Die Datenbank hat ein Problem gemeldet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database is busy (another desk or an import is writing). Nothing was changed; please try again in a moment.</source>
        <translation>Die Datenbank ist gerade beschäftigt (ein anderer Empfang oder ein Import schreibt). Es wurde nichts geändert; bitte gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database file is read-only and cannot be written; nothing was changed.</source>
        <translation>Die Datenbankdatei ist schreibgeschützt und kann nicht geschrieben werden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder of the database {location} cannot be written (SQLite keeps its journal beside the file); nothing was changed.</source>
        <translation>Der Ordner der Datenbank {location} ist nicht beschreibbar (SQLite legt sein Journal neben der Datei ab); es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The disk is full; nothing was changed. Free some space and try again.</source>
        <translation>Der Datenträger ist voll; es wurde nichts geändert. Bitte Platz schaffen und erneut versuchen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk reported a read or write error; nothing was changed. Check the disk and back up the database.</source>
        <translation>Der Datenträger meldet einen Lese- oder Schreibfehler; es wurde nichts geändert. Bitte den Datenträger prüfen und die Datenbank sichern.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{location} is a folder, not a database file.</source>
        <translation>{location} ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{location}&apos; names no file: give a file name; nothing was written.</source>
        <translation>„{location}“ ist kein Dateiname: Bitte einen Dateinamen angeben; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{location} is a folder, not a file: give a file name; nothing was written.</source>
        <translation>{location} ist ein Ordner, keine Datei: Bitte einen Dateinamen angeben; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{location} is a symbolic link; SmartNet Desktop does not write through links. Nothing was written.</source>
        <translation>{location} ist eine symbolische Verknüpfung; SmartNet Desktop schreibt nicht durch Verknüpfungen. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{location} is a device, a pipe or a socket, not a file; nothing was written.</source>
        <translation>{location} ist ein Gerät, eine Pipe oder ein Socket, keine Datei; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{location} is a file, not a folder; nothing was written.</source>
        <translation>{location} ist eine Datei, kein Ordner; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder {location} holds files SmartNet Desktop did not write: choose an empty folder. Nothing was written.</source>
        <translation>Der Ordner {location} enthält Dateien, die nicht von SmartNet Desktop stammen: Bitte einen leeren Ordner wählen. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{location} was not written by SmartNet Desktop and stays as it is: choose an empty folder. Nothing was written.</source>
        <translation>{location} stammt nicht von SmartNet Desktop und bleibt unverändert: Bitte einen leeren Ordner wählen. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>Veranstaltungsort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Town</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host</source>
        <translation>Gastgeber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organiser</source>
        <translation>Veranstalter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notices</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention (months)</source>
        <translation>Aufbewahrung (Monate)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Academic title</source>
        <translation>Akademischer Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile URL</source>
        <translation>Steckbrief-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo objection</source>
        <translation>Foto-Einwand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact sharing</source>
        <translation>Kontaktweitergabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker</source>
        <translation>Vortragende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo question</source>
        <translation>Frage zu Fotos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact-sharing question</source>
        <translation>Frage zur Kontaktweitergabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR content</source>
        <translation>QR-Inhalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge layout</source>
        <translation>Namensschild-Vorlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experience rating</source>
        <translation>Erfahrung (Bewertung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other words</source>
        <translation>Andere Begriffe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile address of the network</source>
        <translation>Profiladresse des Netzwerks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Population</source>
        <translation>Einwohner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request id</source>
        <translation>Anfrage-Kennung</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>The connection to the database file {location} is lost (another program removed its journal); nothing was saved. Please restart the program.</source>
        <translation>Die Verbindung zur Datenbankdatei {location} ist verloren (ein anderes Programm hat ihr Journal entfernt); nichts wurde gespeichert. Bitte das Programm neu starten.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Updating the database to {revision} would leave rows pointing at nothing; nothing was changed. Please report this.</source>
        <translation>Die Aktualisierung der Datenbank auf {revision} würde Verweise ins Leere hinterlassen; nichts wurde geändert. Bitte melden Sie diesen Fehler.</translation>
    </message>
</context>
<context>
    <name>OrganizationsView</name>
    <message>
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="-367"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Town / region</source>
        <translation>Ort / Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offers</source>
        <translation>bietet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs</source>
        <translation>sucht</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+134"/>
        <source>Profile address</source>
        <translation>Profiladresse</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Topics…</source>
        <translation>Themen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import survey…</source>
        <translation>Umfrage importieren…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Network&apos;s profile address…</source>
        <translation>Profiladresse des Netzwerks…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish profiles as website…</source>
        <translation>Steckbriefe als Website veröffentlichen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profiles as PDF…</source>
        <translation>Steckbriefe als PDF…</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+29"/>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 organisations</source>
        <translation>%1 Organisationen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Profile</source>
        <translation>Steckbrief</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+12"/>
        <location line="+5"/>
        <location line="+11"/>
        <source>Import survey</source>
        <translation>Umfrage importieren</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Tables (*.csv *.xlsx);;All files (*)</source>
        <translation>Tabellen (*.csv *.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing was imported:</source>
        <translation>Es wurde nichts importiert:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 new answers, %2 changed, %3 new organisations.</source>
        <translation>%1 neue Antworten, %2 geändert, %3 neue Organisationen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not in the topic catalogue (skipped): %1</source>
        <translation>Nicht im Themenkatalog (übersprungen): %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Network&apos;s profile address</source>
        <translation>Profiladresse des Netzwerks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profiles without an address of their own are published under this address + their short name:</source>
        <translation>Steckbriefe ohne eigene Adresse erscheinen unter dieser Adresse + ihrem Kurznamen:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Folder for the website</source>
        <translation>Ordner für die Website</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Website with %1 profiles written to %2</source>
        <translation>Website mit %1 Steckbriefen geschrieben nach %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>Profiles as PDF</source>
        <translation>Steckbriefe als PDF</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 profiles written to %2</source>
        <translation>%1 Steckbriefe geschrieben nach %2</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Edit profile…</source>
        <translation>Steckbrief bearbeiten…</translation>
    </message>
</context>
<context>
    <name>PhotoConsentView</name>
    <message>
        <location filename="../../smartnet_desktop/ui/views/photo_consent_view.py" line="+22"/>
        <source>Photo objections</source>
        <translation>Foto-Widersprüche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attendees who object to being photographed at this event, for this event only or for all events. Photographers need this list. Record an objection at the desk (%1) or from the attendee list (right-click).</source>
        <translation>Teilnehmende, die bei dieser Veranstaltung nicht fotografiert werden möchten, nur für diese oder für alle Veranstaltungen. Die Fotografen brauchen diese Liste. Einen Widerspruch erfassen Sie am Empfang (%1) oder in der Teilnehmerliste (Rechtsklick).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>All objections</source>
        <translation>Alle Widersprüche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge needs a reprint</source>
        <translation>Namensschild neu drucken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Photographers&apos; list (PDF)…</source>
        <translation>Liste für Fotografen (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List as CSV…</source>
        <translation>Liste als CSV…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+13"/>
        <source>Photographers&apos; list</source>
        <translation>Liste für Fotografen</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/profile_dialog.py" line="+40"/>
        <source>Profile of %1</source>
        <translation>Steckbrief von %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profile</source>
        <translation>Steckbrief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offers and needs</source>
        <translation>Angebote und Bedarfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experience</source>
        <translation>Erfahrung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not given</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>empty: the network&apos;s address (%1)</source>
        <translation>leer: Adresse des Netzwerks (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The contact person appears on the published profile only while their contact sharing is “may be shared”.</source>
        <translation>Die Ansprechperson erscheint im veröffentlichten Steckbrief nur, solange ihre Kontaktweitergabe „darf weitergegeben werden“ lautet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Town / region</source>
        <translation>Ort / Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Population</source>
        <translation>Einwohner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own profile address</source>
        <translation>Eigene Profiladresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cooperation partners</source>
        <translation>Kooperationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Offers help in</source>
        <translation>Bietet Unterstützung bei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Needs help in</source>
        <translation>Sucht Unterstützung bei</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Experience (1 = very much, 6 = none)</source>
        <translation>Erfahrung (1 = sehr viel, 6 = keine)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>One project per line: title | topic | status | link</source>
        <translation>Ein Projekt pro Zeile: Titel | Thema | Stand | Link</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../smartnet_desktop/badges/render.py" line="+353"/>
        <source>Calibration page: {layout}</source>
        <translation>Kalibrierseite: {layout}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The crosses should be 10 mm from the edges of the sheet.</source>
        <translation>Die Kreuze sollten 10 mm von den Blatträndern entfernt sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the print is off, enter the difference as the printer offset (x to the right, y downwards).</source>
        <translation>Weicht der Druck ab, tragen Sie die Abweichung als Drucker-Versatz ein (x nach rechts, y nach unten).</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/reports/agenda.py" line="+14"/>
        <source>Agenda</source>
        <translation>Tagesordnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notices</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host</source>
        <translation>Gastgeber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organiser</source>
        <translation>Veranstalter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%d %B %Y</source>
        <translation>%d.%m.%Y</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../smartnet_desktop/reports/checkin_list.py" line="+29"/>
        <location filename="../../smartnet_desktop/reports/network_labels.py" line="+52"/>
        <location filename="../../smartnet_desktop/reports/photo_list.py" line="+21"/>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{time}</source>
        <translation>{time} Uhr</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/reports/checkin_list.py" line="-11"/>
        <source>Check-in list</source>
        <translation>Check-in-Liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} registered</source>
        <translation>{n} angemeldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../smartnet_desktop/reports/photo_list.py" line="-2"/>
        <source>As of {when}</source>
        <translation>Stand: {when}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no photos</source>
        <translation>keine Fotos</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/reports/network_labels.py" line="-40"/>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>Landkreis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Association / region</source>
        <translation>Zweckverband / Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>University / research</source>
        <translation>Hochschule / Forschung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Economic development</source>
        <translation>Wirtschaftsförderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State / EU representation</source>
        <translation>Landes- / EU-Vertretung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profiles</source>
        <translation>Steckbriefe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smart Cities / Smart Regions network in Thuringia</source>
        <translation>Netzwerk Smart Cities / Smart Regions in Thüringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Population</source>
        <translation>Einwohner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We offer</source>
        <translation>Wir bieten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We are looking for support in</source>
        <translation>Wir suchen Unterstützung bei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experience (1 = very much, 6 = none)</source>
        <translation>Erfahrung (1 = sehr viel, 6 = keine)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field of action</source>
        <translation>Handlungsfeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smart-city projects</source>
        <translation>Smart-City-Projekte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cooperation partners</source>
        <translation>Kooperationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact through the {office}</source>
        <translation>Ansprechperson über die {office}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact through the network&apos;s office</source>
        <translation>Ansprechperson über die Geschäftsstelle des Netzwerks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey results</source>
        <translation>Umfrageergebnisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of 6 points (1 = very much experience, 6 = none)</source>
        <translation>von 6 Punkten (1 = sehr viel Erfahrung, 6 = keine)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experience in processes</source>
        <translation>Prozesserfahrungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experience in fields of action</source>
        <translation>Erfahrungen in Handlungsfeldern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distribution of ratings</source>
        <translation>Verteilung der Bewertungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support wanted?</source>
        <translation>Unterstützung gewünscht?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Potential matches</source>
        <translation>Potenzielle Matches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs</source>
        <translation>sucht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offers</source>
        <translation>bietet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs and offers</source>
        <translation>Bedarfe und Angebote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All profiles</source>
        <translation>Alle Steckbriefe</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/reports/photo_list.py" line="-2"/>
        <source>Please do not photograph</source>
        <translation>Bitte nicht fotografieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} people</source>
        <translation>{n} Personen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody has objected to being photographed.</source>
        <translation>Niemand hat der Aufnahme widersprochen.</translation>
    </message>
</context>
<context>
    <name>States</name>
    <message>
        <location filename="../../smartnet_desktop/ui/formatting.py" line="+35"/>
        <location line="+23"/>
        <source>pending {time}</source>
        <translation>wartet {time}</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+13"/>
        <source>checked in {time}</source>
        <translation>eingecheckt {time}</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+13"/>
        <source>walk-in, </source>
        <translation>spontan, </translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>walk-in</source>
        <translation>spontan</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>registered</source>
        <translation>angemeldet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>may be shared</source>
        <translation>darf weitergegeben werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>objected</source>
        <translation>widersprochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not asked</source>
        <translation>nicht gefragt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no photos</source>
        <translation>keine Fotos</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>not printed yet</source>
        <translation>noch nicht gedruckt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reprint needed</source>
        <translation>neu drucken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>badge is right</source>
        <translation>stimmt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>Landkreis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Association / region</source>
        <translation>Zweckverband / Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>University / research</source>
        <translation>Hochschule / Forschung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Economic development</source>
        <translation>Wirtschaftsförderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State / EU representation</source>
        <translation>Landes- / EU-Vertretung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>field of action</source>
        <translation>Handlungsfeld</translation>
    </message>
</context>
<context>
    <name>SurveyView</name>
    <message>
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="+202"/>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>Ratings</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field of action</source>
        <translation>Handlungsfeld</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Support wanted</source>
        <translation>Unterstützung gewünscht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Distribution of ratings (1 = very much experience, 6 = none)</source>
        <translation>Verteilung der Bewertungen (1 = sehr viel Erfahrung, 6 = keine)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Survey report as PDF…</source>
        <translation>Umfragebericht als PDF…</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+10"/>
        <source>Survey</source>
        <translation>Umfrage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 organisations answered. Average experience in processes: %2 · in fields of action: %3 (1 = very much, 6 = none)</source>
        <translation>%1 Organisationen haben geantwortet. Durchschnittliche Erfahrung in Prozessen: %2 · in Handlungsfeldern: %3 (1 = sehr viel, 6 = keine)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fields of action</source>
        <translation>Handlungsfelder</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Survey report as PDF</source>
        <translation>Umfragebericht als PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Survey report</source>
        <translation>Umfragebericht</translation>
    </message>
</context>
<context>
    <name>TopicsDialog</name>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/topics_dialog.py" line="+26"/>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other words (separated by ;)</source>
        <translation>Andere Begriffe (getrennt durch ;)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add topic</source>
        <translation>Thema hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+28"/>
        <source>Remove topic</source>
        <translation>Thema entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “%1” and every survey answer about it?</source>
        <translation>„%1“ und alle Umfrageantworten dazu entfernen?</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/walk_in_dialog.py" line="+55"/>
        <source>Walk-in</source>
        <translation>Spontan gekommen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Objects to being photographed at this meeting</source>
        <translation>Möchte bei diesem Treffen nicht fotografiert werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not asked</source>
        <translation>nicht gefragt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes, may be shared</source>
        <translation>ja, darf weitergegeben werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Academic title</source>
        <translation>Akademischer Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email (optional)</source>
        <translation>E-Mail (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact sharing in the network</source>
        <translation>Kontaktweitergabe im Netzwerk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register and check in</source>
        <translation>Anmelden und einchecken</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Known in the network: registered and checked in</source>
        <translation>Im Netzwerk bekannt: angemeldet und eingecheckt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Was registered already: checked in</source>
        <translation>War schon angemeldet: eingecheckt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk-in registered and checked in</source>
        <translation>Spontan gekommen: angemeldet und eingecheckt</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../smartnet_desktop/ui/views/welcome_page.py" line="+15"/>
        <source>Welcome to SmartNet Desktop</source>
        <translation>Willkommen bei SmartNet Desktop</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This database holds no event yet. Create the next meeting of your network, or look around in the demo meeting (4th network meeting in Gera, 2022).</source>
        <translation>Diese Datenbank enthält noch keine Veranstaltung. Legen Sie das nächste Treffen Ihres Netzwerks an oder sehen Sie sich im Demo-Treffen um (4. Netzwerktreffen in Gera, 2022).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create event…</source>
        <translation>Veranstaltung anlegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the demo meeting</source>
        <translation>Demo-Treffen öffnen</translation>
    </message>
</context>
</TS>
