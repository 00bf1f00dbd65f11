<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>AgendaItemDialog</name>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/agenda_item_dialog.py" line="42" />
        <source>Edit agenda item</source>
        <translation>Tagesordnungspunkt bearbeiten</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/agenda_item_dialog.py" line="42" />
        <source>New agenda item</source>
        <translation>Neuer Tagesordnungspunkt</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/agenda_item_dialog.py" line="49" />
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/agenda_item_dialog.py" line="50" />
        <source>fixed start</source>
        <translation>fester Beginn</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/agenda_item_dialog.py" line="59" />
        <source>Talk</source>
        <translation>Vortrag</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/agenda_item_dialog.py" line="60" />
        <source>Tour</source>
        <translation>Rundgang</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/agenda_item_dialog.py" line="61" />
        <source>Discussion</source>
        <translation>Diskussion</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/agenda_item_dialog.py" line="62" />
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/agenda_item_dialog.py" line="63" />
        <source>Networking</source>
        <translation>Austausch</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/agenda_item_dialog.py" line="72" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/agenda_item_dialog.py" line="73" />
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/agenda_item_dialog.py" line="74" />
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/agenda_item_dialog.py" line="75" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/agenda_item_dialog.py" line="76" />
        <source>Speaker / responsible</source>
        <translation>Vortragende / verantwortlich</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/agenda_item_dialog.py" line="77" />
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/agenda_item_dialog.py" line="78" />
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>AgendaTableModel</name>
    <message>
        <location filename="../../smartnet_desktop/ui/models/agenda_model.py" line="65" />
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/models/agenda_model.py" line="66" />
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/models/agenda_model.py" line="67" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/models/agenda_model.py" line="68" />
        <source>Speaker / responsible</source>
        <translation>Vortragende / verantwortlich</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/models/agenda_model.py" line="69" />
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/models/agenda_model.py" line="70" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/models/agenda_model.py" line="76" />
        <source>Talk</source>
        <translation>Vortrag</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/models/agenda_model.py" line="77" />
        <source>Tour</source>
        <translation>Rundgang</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/models/agenda_model.py" line="78" />
        <source>Discussion</source>
        <translation>Diskussion</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/models/agenda_model.py" line="79" />
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/models/agenda_model.py" line="80" />
        <source>Networking</source>
        <translation>Austausch</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smartnet_desktop/ui/models/agenda_model.py" line="97" />
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/models/agenda_model.py" line="103" />
        <source>Overlaps the previous item</source>
        <translation>Überschneidet sich mit dem vorigen Punkt</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/models/agenda_model.py" line="105" />
        <source>Runs past the end of the event</source>
        <translation>Endet nach dem Ende der Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/models/agenda_model.py" line="107" />
        <source>Fixed start time</source>
        <translation>Feste Anfangszeit</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <location filename="../../smartnet_desktop/ui/views/agenda_view.py" line="62" />
        <location filename="../../smartnet_desktop/ui/views/agenda_view.py" line="134" />
        <source>Agenda</source>
        <translation>Tagesordnung</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/agenda_view.py" line="66" />
        <source>Add… (Ins)</source>
        <translation>Hinzufügen… (Einfg)</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/agenda_view.py" line="67" />
        <source>Edit… (F2)</source>
        <translation>Bearbeiten… (F2)</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/agenda_view.py" line="68" />
        <source>Delete (Del)</source>
        <translation>Löschen (Entf)</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/agenda_view.py" line="69" />
        <source>Up (Alt+↑)</source>
        <translation>Nach oben (Alt+↑)</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/agenda_view.py" line="70" />
        <source>Down (Alt+↓)</source>
        <translation>Nach unten (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/agenda_view.py" line="71" />
        <source>Undo (Ctrl+Z)</source>
        <translation>Rückgängig (Strg+Z)</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/agenda_view.py" line="72" />
        <source>Handout as PDF…</source>
        <translation>Tagesordnung als PDF…</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/agenda_view.py" line="113" />
        <source>Check the times of: %1</source>
        <translation>Bitte die Zeiten prüfen: %1</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/agenda_view.py" line="207" />
        <location filename="../../smartnet_desktop/ui/views/agenda_view.py" line="219" />
        <source>Agenda handout</source>
        <translation>Tagesordnung (PDF)</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/agenda_view.py" line="207" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>AttendeeDialog</name>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/attendee_dialog.py" line="35" />
        <source>Edit person</source>
        <translation>Person bearbeiten</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/attendee_dialog.py" line="35" />
        <source>Add attendee</source>
        <translation>Teilnehmende hinzufügen</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/attendee_dialog.py" line="53" />
        <source>Academic title</source>
        <translation>Akademischer Titel</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/attendee_dialog.py" line="54" />
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/attendee_dialog.py" line="55" />
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/attendee_dialog.py" line="56" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/attendee_dialog.py" line="57" />
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/attendee_dialog.py" line="58" />
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/attendee_dialog.py" line="59" />
        <source>Phone (optional)</source>
        <translation>Telefon (optional)</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/attendee_dialog.py" line="101" />
        <source>same email</source>
        <translation>gleiche E-Mail</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/attendee_dialog.py" line="103" />
        <source>same name and organisation</source>
        <translation>gleicher Name und gleiche Organisation</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/attendee_dialog.py" line="107" />
        <source>Already in the network</source>
        <translation>Bereits im Netzwerk</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/attendee_dialog.py" line="110" />
        <source>%1 (%2) is already in the network (%3). Register this person instead of creating a new one?</source>
        <translation>%1 (%2) ist bereits im Netzwerk (%3). Diese Person anmelden, statt eine neue anzulegen?</translation>
    </message>
</context>
<context>
    <name>AttendeeListView</name>
    <message>
        <location filename="../../smartnet_desktop/ui/views/attendee_list_view.py" line="65" />
        <source>Search name, organisation, email (with @) or badge code</source>
        <translation>Name, Organisation, E-Mail (mit @) oder Code suchen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smartnet_desktop/ui/views/attendee_list_view.py" line="207" />
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
        <location filename="../../smartnet_desktop/ui/models/attendee_model.py" line="153" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/models/attendee_model.py" line="154" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/models/attendee_model.py" line="155" />
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/models/attendee_model.py" line="156" />
        <source>Badge code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/models/attendee_model.py" line="157" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/models/attendee_model.py" line="158" />
        <source>Badge printed</source>
        <translation>Namensschild gedruckt</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/models/attendee_model.py" line="159" />
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/models/attendee_model.py" line="160" />
        <source>Contact sharing</source>
        <translation>Kontaktweitergabe</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/models/attendee_model.py" line="161" />
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/models/attendee_model.py" line="162" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/models/attendee_model.py" line="163" />
        <source>Badge marker</source>
        <translation>Schild-Markierung</translation>
    </message>
</context>
<context>
    <name>AttendeesView</name>
    <message>
        <location filename="../../smartnet_desktop/ui/views/attendees_view.py" line="22" />
        <source>Attendees</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/attendees_view.py" line="24" />
        <source>Everyone registered for this event. Type any part of a name or organisation, an email address with its @, or a badge code; accents and case do not matter.</source>
        <translation>Alle, die für diese Veranstaltung angemeldet sind. Tippen Sie einen Teil von Name oder Organisation, eine E-Mail-Adresse mit @ oder einen Code; Akzente und Groß-/Kleinschreibung spielen keine Rolle.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/attendees_view.py" line="39" />
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/attendees_view.py" line="40" />
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/attendees_view.py" line="41" />
        <source>Not yet checked in</source>
        <translation>Noch nicht eingecheckt</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/attendees_view.py" line="42" />
        <source>Walk-ins</source>
        <translation>Spontan Gekommene</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/attendees_view.py" line="43" />
        <source>No photos</source>
        <translation>Keine Fotos</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/attendees_view.py" line="51" />
        <source>Add… (Ins)</source>
        <translation>Hinzufügen… (Einfg)</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/attendees_view.py" line="52" />
        <source>Edit… (F2)</source>
        <translation>Bearbeiten… (F2)</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/attendees_view.py" line="53" />
        <source>Remove (Del)</source>
        <translation>Entfernen (Entf)</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/attendees_view.py" line="54" />
        <source>Undo removal (Ctrl+Z)</source>
        <translation>Entfernen rückgängig (Strg+Z)</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/attendees_view.py" line="55" />
        <source>Merge duplicates…</source>
        <translation>Doppelte zusammenführen…</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/attendees_view.py" line="94" />
        <source>Remove from this event</source>
        <translation>Von dieser Veranstaltung entfernen</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/attendees_view.py" line="97" />
        <source>Remove %1 from this event's list? The person stays in the network; Ctrl+Z brings the registration back.</source>
        <translation>%1 von der Liste dieser Veranstaltung entfernen? Die Person bleibt im Netzwerk; Strg+Z holt die Anmeldung zurück.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/attendees_view.py" line="123" />
        <location filename="../../smartnet_desktop/ui/views/attendees_view.py" line="130" />
        <source>Merge duplicates</source>
        <translation>Doppelte zusammenführen</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/attendees_view.py" line="124" />
        <source>Select exactly two rows: the person to keep first.</source>
        <translation>Wählen Sie genau zwei Zeilen: zuerst die Person, die bleiben soll.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/attendees_view.py" line="133" />
        <source>Merge %2 into %1? %1 keeps the registrations, check-ins and consent history of both.</source>
        <translation>%2 mit %1 zusammenführen? %1 behält die Anmeldungen, Check-ins und Einwilligungsverläufe beider.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/audit_dialog.py" line="33" />
        <location filename="../../smartnet_desktop/ui/dialogs/audit_dialog.py" line="85" />
        <source>Audit log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/audit_dialog.py" line="39" />
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/audit_dialog.py" line="40" />
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/audit_dialog.py" line="41" />
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/audit_dialog.py" line="42" />
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/audit_dialog.py" line="43" />
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/audit_dialog.py" line="44" />
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/audit_dialog.py" line="62" />
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/audit_dialog.py" line="74" />
        <source>Export audit log</source>
        <translation>Protokoll exportieren</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/audit_dialog.py" line="76" />
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx);;CSV für Excel (*.csv)</translation>
    </message>
</context>
<context>
    <name>BadgeSettingsDialog</name>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/badge_settings_dialog.py" line="37" />
        <source>Badge settings</source>
        <translation>Einstellungen für Namensschilder</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/badge_settings_dialog.py" line="43" />
        <source>Printer offset (measure it on the calibration page)</source>
        <translation>Drucker-Versatz (auf der Kalibrierseite messen)</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/badge_settings_dialog.py" line="45" />
        <source>x (to the right)</source>
        <translation>x (nach rechts)</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/badge_settings_dialog.py" line="46" />
        <source>y (downwards)</source>
        <translation>y (nach unten)</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/badge_settings_dialog.py" line="47" />
        <source>Photo-objection marker</source>
        <translation>Markierung bei Foto-Widerspruch</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/badge_settings_dialog.py" line="49" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/badge_settings_dialog.py" line="50" />
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/badge_settings_dialog.py" line="74" />
        <source>Custom sheet</source>
        <translation>Eigene Bogenvorlage</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/badge_settings_dialog.py" line="76" />
        <source>Page width / height</source>
        <translation>Seitenbreite / -höhe</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/badge_settings_dialog.py" line="77" />
        <source>Badge width / height</source>
        <translation>Schildbreite / -höhe</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/badge_settings_dialog.py" line="78" />
        <source>Columns / rows</source>
        <translation>Spalten / Zeilen</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/badge_settings_dialog.py" line="79" />
        <source>Margin left / top</source>
        <translation>Rand links / oben</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/badge_settings_dialog.py" line="80" />
        <source>Gap between columns / rows</source>
        <translation>Abstand zwischen Spalten / Zeilen</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/badge_settings_dialog.py" line="97" />
        <source>Custom layout</source>
        <translation>Eigene Vorlage</translation>
    </message>
</context>
<context>
    <name>BadgesView</name>
    <message>
        <location filename="../../smartnet_desktop/ui/views/badges_view.py" line="42" />
        <location filename="../../smartnet_desktop/ui/views/badges_view.py" line="268" />
        <location filename="../../smartnet_desktop/ui/views/badges_view.py" line="312" />
        <location filename="../../smartnet_desktop/ui/views/badges_view.py" line="317" />
        <location filename="../../smartnet_desktop/ui/views/badges_view.py" line="334" />
        <location filename="../../smartnet_desktop/ui/views/badges_view.py" line="353" />
        <source>Badges</source>
        <translation>Namensschilder</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/badges_view.py" line="44" />
        <source>Name badges with a QR code that opens the organisation's profile. Choose whom to print, the badge stock and the QR content; the preview shows the first page.</source>
        <translation>Namensschilder mit einem QR-Code, der den Steckbrief der Organisation öffnet. Wählen Sie, für wen gedruckt wird, die Vorlage und den QR-Inhalt; die Vorschau zeigt die erste Seite.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/badges_view.py" line="56" />
        <location filename="../../smartnet_desktop/ui/views/badges_view.py" line="81" />
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/badges_view.py" line="57" />
        <source>Not yet printed</source>
        <translation>Noch nicht gedruckt</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/badges_view.py" line="58" />
        <source>Needs a reprint</source>
        <translation>Neu drucken</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/badges_view.py" line="60" />
        <location filename="../../smartnet_desktop/ui/views/badges_view.py" line="83" />
        <source>Checked in without badge</source>
        <translation>Eingecheckt ohne Namensschild</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/badges_view.py" line="82" />
        <source>Not yet printed or reprint</source>
        <translation>Noch nicht gedruckt oder neu drucken</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/badges_view.py" line="84" />
        <source>Selected rows</source>
        <translation>Ausgewählte Zeilen</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/badges_view.py" line="89" />
        <source>QR: profile with badge code</source>
        <translation>QR: Steckbrief mit Code</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/badges_view.py" line="90" />
        <source>QR: badge code</source>
        <translation>QR: Code</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/badges_view.py" line="118" />
        <source>Whom:</source>
        <translation>Für:</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/badges_view.py" line="120" />
        <source>Sheet:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/badges_view.py" line="147" />
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/badges_view.py" line="164" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/badges_view.py" line="72" />
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/badges_view.py" line="73" />
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/badges_view.py" line="74" />
        <source>Calibration page…</source>
        <translation>Kalibrierseite…</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/badges_view.py" line="75" />
        <source>Badge settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/badges_view.py" line="93" />
        <source>Saved PDF counts as printed</source>
        <translation>Gespeicherte PDF als gedruckt vermerken</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/badges_view.py" line="97" />
        <source>“Ask me about” with the organisation's offers</source>
        <translation>„Fragen Sie mich zu“ mit den Angeboten der Organisation</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/badges_view.py" line="111" />
        <source>First free label on the first sheet</source>
        <translation>Erstes freies Etikett auf dem ersten Bogen</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/badges_view.py" line="122" />
        <source>from label</source>
        <translation>ab Etikett</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/badges_view.py" line="182" />
        <source>Custom layout</source>
        <translation>Eigene Vorlage</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/badges_view.py" line="266" />
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/badges_view.py" line="294" />
        <location filename="../../smartnet_desktop/ui/views/badges_view.py" line="317" />
        <source>Nobody to print with this choice.</source>
        <translation>Bei dieser Auswahl ist nichts zu drucken.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/badges_view.py" line="299" />
        <source>%1 badges on %2 pages</source>
        <translation>%1 Namensschilder auf %2 Seiten</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/badges_view.py" line="327" />
        <source>Save badges</source>
        <translation>Namensschilder speichern</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/badges_view.py" line="340" />
        <source>%1 badges saved.</source>
        <translation>%1 Namensschilder gespeichert.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/badges_view.py" line="350" />
        <source>%1 badges sent to the printer.</source>
        <translation>%1 Namensschilder an den Drucker geschickt.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/badges_view.py" line="353" />
        <source>The printer could not be started.</source>
        <translation>Der Drucker konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/badges_view.py" line="362" />
        <location filename="../../smartnet_desktop/ui/views/badges_view.py" line="370" />
        <source>Calibration page</source>
        <translation>Kalibrierseite</translation>
    </message>
</context>
<context>
    <name>CheckinView</name>
    <message>
        <location filename="../../smartnet_desktop/ui/views/checkin_view.py" line="178" />
        <source>Walk-in… (Ctrl+N)</source>
        <translation>Spontan gekommen… (Strg+N)</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/checkin_view.py" line="200" />
        <source>Check-in</source>
        <translation>Einchecken</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/checkin_view.py" line="474" />
        <source>Desk name</source>
        <translation>Name des Empfangsplatzes</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/checkin_view.py" line="475" />
        <source>Name of this desk or of the staff member (stored with each check-in):</source>
        <translation>Name dieses Empfangsplatzes oder der Person am Empfang (wird bei jedem Einchecken gespeichert):</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/checkin_view.py" line="485" />
        <source>Desk: %1</source>
        <translation>Empfang: %1</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/checkin_view.py" line="362" />
        <source>Nobody matches “%1”.</source>
        <translation>Niemand passt zu „%1“.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/checkin_view.py" line="106" />
        <source>F7 no photos · Shift+F7 no photos at any event · F8 contact sharing yes · F9 contact sharing no · F10 print badge · F1 all keys</source>
        <translation>F7 keine Fotos · Umschalt+F7 keine Fotos bei allen Treffen · F8 Kontaktweitergabe ja · F9 Kontaktweitergabe nein · F10 Namensschild drucken · F1 alle Tasten</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/checkin_view.py" line="129" />
        <source>Type a name or scan a badge, then Enter</source>
        <translation>Namen tippen oder Namensschild scannen, dann Enter</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/checkin_view.py" line="179" />
        <source>Undo check-in (Ctrl+Z)</source>
        <translation>Check-in zurücknehmen (Strg+Z)</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/checkin_view.py" line="180" />
        <source>Desk name…</source>
        <translation>Name des Empfangs…</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/checkin_view.py" line="300" />
        <source>Cancelled; nothing was changed.</source>
        <translation>Abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/checkin_view.py" line="357" />
        <source>%1 people match. Choose with ↑/↓, then Enter — or type more.</source>
        <translation>%1 Personen passen. Mit ↑/↓ wählen, dann Enter – oder weitertippen.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/checkin_view.py" line="386" />
        <source>the %1 meeting</source>
        <translation>das %1 Treffen</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/checkin_view.py" line="394" />
        <source>This badge is for %1 (%2). Enter: register for this meeting · Esc: no</source>
        <translation>Dieses Namensschild ist für %1 (%2). Enter: für dieses Treffen anmelden · Esc: nein</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/checkin_view.py" line="415" />
        <source>Registered for this meeting and checked in</source>
        <translation>Für dieses Treffen angemeldet und eingecheckt</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/checkin_view.py" line="433" />
        <source>Already checked in at %1 by %2.</source>
        <translation>Bereits eingecheckt um %1 (Empfang: %2).</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/checkin_view.py" line="494" />
        <source>There is nothing to undo at this desk.</source>
        <translation>An diesem Empfang gibt es nichts zurückzunehmen.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/checkin_view.py" line="498" />
        <source>Undo the check-in of %1? Enter: undo · Esc: keep</source>
        <translation>Check-in von %1 zurücknehmen? Enter: zurücknehmen · Esc: behalten</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/checkin_view.py" line="520" />
        <source>Check-in undone: %1</source>
        <translation>Check-in zurückgenommen: %1</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/checkin_view.py" line="581" />
        <source>Recorded for</source>
        <translation>Erfasst für</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/checkin_view.py" line="451" />
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
</context>
<context>
    <name>ConsentActions</name>
    <message>
        <location filename="../../smartnet_desktop/ui/views/attendee_list_view.py" line="232" />
        <source>No photos at this event</source>
        <translation>Keine Fotos bei dieser Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/attendee_list_view.py" line="237" />
        <source>No photos at any event</source>
        <translation>Keine Fotos bei allen Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/attendee_list_view.py" line="242" />
        <source>Withdraw photo objection</source>
        <translation>Foto-Widerspruch zurücknehmen</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/attendee_list_view.py" line="247" />
        <source>Contact sharing: yes</source>
        <translation>Kontaktweitergabe: ja</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/attendee_list_view.py" line="252" />
        <source>Contact sharing: no</source>
        <translation>Kontaktweitergabe: nein</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/attendee_list_view.py" line="257" />
        <source>Consent history…</source>
        <translation>Einwilligungsverlauf…</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/consent_actions.py" line="23" />
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
</context>
<context>
    <name>ConsentHistoryDialog</name>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/consent_history_dialog.py" line="24" />
        <source>Consent history: %1</source>
        <translation>Einwilligungsverlauf: %1</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/consent_history_dialog.py" line="26" />
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/consent_history_dialog.py" line="26" />
        <source>Contact sharing</source>
        <translation>Kontaktweitergabe</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/consent_history_dialog.py" line="28" />
        <source>agreed</source>
        <translation>zugestimmt</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/consent_history_dialog.py" line="29" />
        <source>objected</source>
        <translation>widersprochen</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/consent_history_dialog.py" line="30" />
        <source>withdrawn</source>
        <translation>zurückgenommen</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/consent_history_dialog.py" line="32" />
        <source>this event</source>
        <translation>diese Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/consent_history_dialog.py" line="32" />
        <source>all events</source>
        <translation>alle Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/consent_history_dialog.py" line="34" />
        <source>desk</source>
        <translation>Empfang</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/consent_history_dialog.py" line="35" />
        <source>form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/consent_history_dialog.py" line="36" />
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/consent_history_dialog.py" line="37" />
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/consent_history_dialog.py" line="38" />
        <source>import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/consent_history_dialog.py" line="43" />
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/consent_history_dialog.py" line="44" />
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/consent_history_dialog.py" line="45" />
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/consent_history_dialog.py" line="46" />
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/consent_history_dialog.py" line="47" />
        <source>Recorded by</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/consent_history_dialog.py" line="48" />
        <source>Channel</source>
        <translation>Weg</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/consent_history_dialog.py" line="49" />
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/consent_history_dialog.py" line="75" />
        <source>Nothing recorded: never asked, nothing is shared.</source>
        <translation>Nichts erfasst: nie gefragt, es wird nichts weitergegeben.</translation>
    </message>
</context>
<context>
    <name>ContactSharingView</name>
    <message>
        <location filename="../../smartnet_desktop/ui/views/contact_sharing_view.py" line="21" />
        <source>Contact sharing</source>
        <translation>Kontaktweitergabe</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/contact_sharing_view.py" line="23" />
        <source>May the organiser pass the contact details on in the network's distribution list? Only a recorded yes shares anything; never asked shares nothing.</source>
        <translation>Darf der Veranstalter die Kontaktdaten im Netzwerkverteiler weitergeben? Nur ein erfasstes Ja gibt etwas weiter; nie gefragt gibt nichts weiter.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/contact_sharing_view.py" line="34" />
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/contact_sharing_view.py" line="35" />
        <source>Not asked yet</source>
        <translation>Noch nicht gefragt</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/contact_sharing_view.py" line="36" />
        <source>May be shared</source>
        <translation>Darf weitergegeben werden</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/contact_sharing_view.py" line="37" />
        <source>Objected</source>
        <translation>Widersprochen</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/contact_sharing_view.py" line="42" />
        <source>Export distribution list…</source>
        <translation>Netzwerkverteiler exportieren…</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/contact_sharing_view.py" line="46" />
        <location filename="../../smartnet_desktop/ui/views/contact_sharing_view.py" line="52" />
        <location filename="../../smartnet_desktop/ui/views/contact_sharing_view.py" line="67" />
        <location filename="../../smartnet_desktop/ui/views/contact_sharing_view.py" line="79" />
        <source>Distribution list</source>
        <translation>Netzwerkverteiler</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/contact_sharing_view.py" line="55" />
        <source>%1 people of the network may be shared and will be exported.
Left out: %2 never asked, %3 objected.

Continue?</source>
        <translation>%1 Personen des Netzwerks dürfen weitergegeben werden und werden exportiert.
Nicht enthalten: %2 nie gefragt, %3 widersprochen.

Fortfahren?</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/contact_sharing_view.py" line="69" />
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv);;vCard (*.vcf)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx);;CSV für Excel (*.csv);;vCard (*.vcf)</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/date_field.py" line="18" />
        <source>DD.MM.YYYY</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
</context>
<context>
    <name>DeskActions</name>
    <message>
        <location filename="../../smartnet_desktop/ui/desk_actions.py" line="19" />
        <source>check in: the scanned badge, the single match or the chosen row</source>
        <translation>einchecken: das gescannte Namensschild, den einzigen Treffer oder die gewählte Zeile</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/desk_actions.py" line="23" />
        <source>choose among several matches</source>
        <translation>zwischen mehreren Treffern wählen</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/desk_actions.py" line="24" />
        <source>empty the search field; answer a question with no</source>
        <translation>Suchfeld leeren; eine Frage mit Nein beantworten</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/desk_actions.py" line="27" />
        <source>undo typing; in the empty field: undo this desk's last check-in</source>
        <translation>Tippen rückgängig machen; im leeren Feld: letzten Check-in dieses Empfangs zurücknehmen</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/desk_actions.py" line="31" />
        <source>walk-in: register and check in</source>
        <translation>spontan gekommen: anmelden und einchecken</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/desk_actions.py" line="34" />
        <source>no photos at this meeting / at any meeting</source>
        <translation>keine Fotos bei diesem Treffen / bei allen Treffen</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/desk_actions.py" line="36" />
        <source>contact sharing yes / no</source>
        <translation>Kontaktweitergabe ja / nein</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/desk_actions.py" line="37" />
        <source>print the badge of the person just checked in</source>
        <translation>Namensschild der gerade eingecheckten Person drucken</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/desk_actions.py" line="40" />
        <source>switch views (Ctrl+1: the desk, with the cursor in the search field)</source>
        <translation>Ansicht wechseln (Strg+1: der Empfang, mit dem Cursor im Suchfeld)</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/desk_actions.py" line="44" />
        <source>this overview</source>
        <translation>diese Übersicht</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/desk_actions.py" line="52" />
        <source>De&amp;sk</source>
        <translation>E&amp;mpfang</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/desk_actions.py" line="54" />
        <source>Check-in &amp;list (PDF)…</source>
        <translation>Check-in-&amp;Liste (PDF)…</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/desk_actions.py" line="57" />
        <source>&amp;Sound for each result</source>
        <translation>&amp;Ton bei jedem Ergebnis</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/desk_actions.py" line="65" />
        <source>Desk &amp;name…</source>
        <translation>&amp;Name des Empfangs…</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/desk_actions.py" line="72" />
        <source>&amp;Printer of this desk…</source>
        <translation>&amp;Drucker dieses Empfangs…</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/desk_actions.py" line="76" />
        <source>Print the badge at each &amp;check-in</source>
        <translation>Namensschild bei jedem &amp;Check-in drucken</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/desk_actions.py" line="86" />
        <source>&amp;Keyboard reference</source>
        <translation>&amp;Tastenübersicht</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/desk_actions.py" line="96" />
        <source>Keyboard reference</source>
        <translation>Tastenübersicht</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/desk_actions.py" line="122" />
        <source>Save the check-in list</source>
        <translation>Check-in-Liste speichern</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/desk_actions.py" line="123" />
        <source>checkin-list.pdf</source>
        <translation>checkin-liste.pdf</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/desk_actions.py" line="124" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/desk_actions.py" line="136" />
        <source>Check-in list</source>
        <translation>Check-in-Liste</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/desk_actions.py" line="144" />
        <source>Check-in list with %1 people saved.</source>
        <translation>Check-in-Liste mit %1 Personen gespeichert.</translation>
    </message>
</context>
<context>
    <name>DeskOffline</name>
    <message>
        <location filename="../../smartnet_desktop/ui/views/desk_offline.py" line="36" />
        <source>Seen</source>
        <translation>Gesehen</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/desk_offline.py" line="52" />
        <source>%1 (%2 here): no longer registered</source>
        <translation>%1 (hier %2): nicht mehr angemeldet</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/desk_offline.py" line="57" />
        <source>%1 (%2 here): checked in at %3 by %4 meanwhile</source>
        <translation>%1 (hier %2): inzwischen um %3 von %4 eingecheckt</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/desk_offline.py" line="69" />
        <source>Not taken by the server (made offline): %1</source>
        <translation>Vom Server nicht übernommen (ohne Verbindung gemacht): %1</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/desk_offline.py" line="199" />
        <source>Server reachable again. Check-ins sent: %1 · conflicts: %2</source>
        <translation>Server wieder erreichbar. Gesendete Check-ins: %1 · Konflikte: %2</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/desk_offline.py" line="223" />
        <source>Check-ins made offline, waiting to be sent: %1</source>
        <translation>Ohne Verbindung gemachte Check-ins, die noch gesendet werden: %1</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/desk_offline.py" line="125" />
        <source>Already checked in at %1 by %2.</source>
        <translation>Bereits um %1 von %2 eingecheckt.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/desk_offline.py" line="146" />
        <source>Checked in %1 — kept on this computer, sent when the server is back</source>
        <translation>Eingecheckt %1 – auf diesem Rechner gespeichert, wird gesendet, sobald der Server wieder erreichbar ist</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/desk_offline.py" line="151" />
        <source>Recorded — kept on this computer, sent when the server is back</source>
        <translation>Erfasst – auf diesem Rechner gespeichert, wird gesendet, sobald der Server wieder erreichbar ist</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/desk_offline.py" line="217" />
        <source>No connection to the server. Search works on the list loaded; check-ins are kept on this computer (%1 waiting) and sent when the server is back.</source>
        <translation>Keine Verbindung zum Server. Die Suche arbeitet mit der geladenen Liste; Check-ins werden auf diesem Rechner gespeichert (%1 wartend) und gesendet, sobald der Server wieder erreichbar ist.</translation>
    </message>
</context>
<context>
    <name>DeskPanels</name>
    <message>
        <location filename="../../smartnet_desktop/ui/views/desk_panels.py" line="85" />
        <source>Ready: type a name or scan a badge.</source>
        <translation>Bereit: Namen tippen oder Namensschild scannen.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/desk_panels.py" line="95" />
        <source>NO PHOTOS</source>
        <translation>KEINE FOTOS</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/desk_panels.py" line="99" />
        <source>Photos: no objection recorded</source>
        <translation>Fotos: kein Widerspruch erfasst</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/desk_panels.py" line="101" />
        <source>Contact sharing: %1</source>
        <translation>Kontaktweitergabe: %1</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/desk_panels.py" line="142" />
        <source>registered</source>
        <translation>angemeldet</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/desk_panels.py" line="143" />
        <source>checked in</source>
        <translation>eingecheckt</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/desk_panels.py" line="144" />
        <source>of them walk-ins</source>
        <translation>davon spontan</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/desk_panels.py" line="145" />
        <source>still expected</source>
        <translation>noch erwartet</translation>
    </message>
</context>
<context>
    <name>DeskPrinterDialog</name>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/desk_printer_dialog.py" line="20" />
        <source>Printer of this desk</source>
        <translation>Drucker dieses Empfangs</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/desk_printer_dialog.py" line="24" />
        <source>PDF files in a folder (print later)</source>
        <translation>PDF-Dateien in einem Ordner (später drucken)</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/desk_printer_dialog.py" line="33" />
        <source>Printer</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/desk_printer_dialog.py" line="34" />
        <source>Badge stock in it</source>
        <translation>Eingelegte Namensschild-Vorlage</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/desk_printer_dialog.py" line="41" />
        <source>Folder for the badges</source>
        <translation>Ordner für die Namensschilder</translation>
    </message>
</context>
<context>
    <name>DeskPrinting</name>
    <message>
        <location filename="../../smartnet_desktop/ui/views/desk_printing.py" line="70" />
        <source>Badge printed for %1.</source>
        <translation>Namensschild für %1 gedruckt.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/desk_printing.py" line="79" />
        <source>Printing failed, nothing was marked printed: %1</source>
        <translation>Drucken fehlgeschlagen, nichts wurde als gedruckt vermerkt: %1</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/desk_printing.py" line="90" />
        <source>Printing the badge for %1…</source>
        <translation>Namensschild für %1 wird gedruckt…</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/desk_printing.py" line="38" />
        <source>No badge printer chosen for this desk: press F10.</source>
        <translation>Für diesen Empfang ist kein Namensschild-Drucker gewählt: F10 drücken.</translation>
    </message>
</context>
<context>
    <name>ErrorHandling</name>
    <message>
        <location filename="../../smartnet_desktop/ui/error_handling.py" line="45" />
        <source>Something unexpected went wrong. Your data is safe: every change is saved as it is made. Details were written to %1.</source>
        <translation>Etwas Unerwartetes ist passiert. Ihre Daten sind sicher: jede Änderung wird sofort gespeichert. Einzelheiten stehen in %1.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/error_handling.py" line="71" />
        <source>Restore this backup now? The damaged file is kept beside it.</source>
        <translation>Diese Sicherung jetzt wiederherstellen? Die beschädigte Datei wird daneben aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>EventActions</name>
    <message>
        <location filename="../../smartnet_desktop/ui/event_actions.py" line="385" />
        <location filename="../../smartnet_desktop/ui/event_actions.py" line="403" />
        <source>Invite</source>
        <translation>Einladen</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/event_actions.py" line="385" />
        <source>There is no other event yet.</source>
        <translation>Es gibt noch keine andere Veranstaltung.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/event_actions.py" line="391" />
        <source>Invite from a previous event</source>
        <translation>Aus früherer Veranstaltung einladen</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/event_actions.py" line="392" />
        <source>Register the people of this event for the current one:</source>
        <translation>Die Personen dieser Veranstaltung für die aktuelle anmelden:</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/event_actions.py" line="410" />
        <source>%1 people registered from %2</source>
        <translation>%1 Personen aus %2 angemeldet</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/event_actions.py" line="449" />
        <location filename="../../smartnet_desktop/ui/event_actions.py" line="467" />
        <source>Import registrations</source>
        <translation>Anmeldungen importieren</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/event_actions.py" line="451" />
        <source>Registration lists (*.csv *.xlsx *.txt)</source>
        <translation>Anmeldelisten (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/event_actions.py" line="470" />
        <source>%1 registered (%2 new in the network), %3 were already registered, %4 rows skipped.</source>
        <translation>%1 angemeldet (%2 neu im Netzwerk), %3 waren bereits angemeldet, %4 Zeilen übersprungen.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/event_actions.py" line="484" />
        <source>Export attendee list</source>
        <translation>Teilnehmerliste exportieren</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/event_actions.py" line="486" />
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx);;CSV für Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/event_actions.py" line="495" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/event_actions.py" line="501" />
        <source>%1 attendees written to %2</source>
        <translation>%1 Teilnehmende in %2 geschrieben</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/event_dialog.py" line="55" />
        <source>Event settings</source>
        <translation>Veranstaltungseinstellungen</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/event_dialog.py" line="55" />
        <source>Duplicate event</source>
        <translation>Veranstaltung duplizieren</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/event_dialog.py" line="56" />
        <source>New event</source>
        <translation>Neue Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/event_dialog.py" line="63" />
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/event_dialog.py" line="66" />
        <source>e.g. 5. Netzwerktreffen Smart Cities / Smart Regions</source>
        <translation>z. B. 5. Netzwerktreffen Smart Cities / Smart Regions</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/event_dialog.py" line="77" />
        <source>Shown on the agenda handout, one notice per line</source>
        <translation>Erscheinen auf der Tagesordnung, ein Hinweis pro Zeile</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/event_dialog.py" line="82" />
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/event_dialog.py" line="85" />
        <source>Organisation profile (Steckbrief), else badge code</source>
        <translation>Steckbrief der Organisation, sonst Code</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/event_dialog.py" line="87" />
        <source>Badge code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/event_dialog.py" line="94" />
        <source>Number in the series</source>
        <translation>Nummer in der Reihe</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/event_dialog.py" line="95" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/event_dialog.py" line="96" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/event_dialog.py" line="97" />
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/event_dialog.py" line="98" />
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/event_dialog.py" line="99" />
        <source>Venue</source>
        <translation>Veranstaltungsort</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/event_dialog.py" line="100" />
        <source>Town</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/event_dialog.py" line="101" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/event_dialog.py" line="102" />
        <source>Host</source>
        <translation>Gastgeber</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/event_dialog.py" line="103" />
        <source>Organiser</source>
        <translation>Veranstalter</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/event_dialog.py" line="104" />
        <source>Notices</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/event_dialog.py" line="105" />
        <source>Keep personal data for</source>
        <translation>Personenbezogene Daten aufbewahren für</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/event_dialog.py" line="106" />
        <source>QR code on badges</source>
        <translation>QR-Code auf Namensschildern</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/event_dialog.py" line="107" />
        <source>Photo question</source>
        <translation>Frage zu Fotos</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/event_dialog.py" line="108" />
        <source>Contact-sharing question</source>
        <translation>Frage zur Kontaktweitergabe</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/event_dialog.py" line="152" />
        <source>Date in the past</source>
        <translation>Datum in der Vergangenheit</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/event_dialog.py" line="153" />
        <source>%1 was long ago. Is this date right?</source>
        <translation>Der %1 liegt lange zurück. Stimmt dieses Datum?</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/import_dialog.py" line="46" />
        <source>Import registrations</source>
        <translation>Anmeldungen importieren</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/import_dialog.py" line="53" />
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/import_dialog.py" line="53" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/import_dialog.py" line="53" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/import_dialog.py" line="53" />
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/import_dialog.py" line="60" />
        <source>Import the valid rows and skip the others</source>
        <translation>Gültige Zeilen importieren, die anderen überspringen</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/import_dialog.py" line="68" />
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/import_dialog.py" line="100" />
        <source>Columns: %1</source>
        <translation>Spalten: %1</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/import_dialog.py" line="101" />
        <source>%1 rows, %2 with problems.</source>
        <translation>%1 Zeilen, %2 mit Problemen.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/import_dialog.py" line="104" />
        <source>Ignored columns: %1</source>
        <translation>Nicht verwendete Spalten: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../smartnet_desktop/ui/main_window.py" line="80" />
        <source>The event you are working on</source>
        <translation>Die Veranstaltung, an der Sie arbeiten</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/main_window.py" line="82" />
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/main_window.py" line="85" />
        <source>Event:</source>
        <translation>Veranstaltung:</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/main_window.py" line="119" />
        <source>Check-in</source>
        <translation>Einchecken</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/main_window.py" line="120" />
        <source>Attendees</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/main_window.py" line="121" />
        <source>Agenda</source>
        <translation>Tagesordnung</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/main_window.py" line="122" />
        <source>Photo consent</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/main_window.py" line="123" />
        <source>Contact sharing</source>
        <translation>Kontaktweitergabe</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/main_window.py" line="124" />
        <source>Badges</source>
        <translation>Namensschilder</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/main_window.py" line="125" />
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/main_window.py" line="126" />
        <source>Survey</source>
        <translation>Umfrage</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/main_window.py" line="127" />
        <source>Matches</source>
        <translation>Matches</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/main_window.py" line="163" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/main_window.py" line="165" />
        <source>&amp;New event…</source>
        <translation>&amp;Neue Veranstaltung…</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/main_window.py" line="166" />
        <source>Event &amp;settings…</source>
        <translation>Veranstaltungs&amp;einstellungen…</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/main_window.py" line="167" />
        <source>&amp;Duplicate event…</source>
        <translation>Veranstaltung &amp;duplizieren…</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/main_window.py" line="168" />
        <source>Invite from a &amp;previous event…</source>
        <translation>Aus &amp;früherer Veranstaltung einladen…</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/main_window.py" line="171" />
        <source>&amp;Open database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/main_window.py" line="175" />
        <source>&amp;Import registrations…</source>
        <translation>Anmeldungen &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/main_window.py" line="176" />
        <source>&amp;Export attendee list…</source>
        <translation>Teilnehmerliste &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/main_window.py" line="178" />
        <source>&amp;Back up now…</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/main_window.py" line="179" />
        <source>&amp;Restore from a backup…</source>
        <translation>Aus einer Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/main_window.py" line="181" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/main_window.py" line="185" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/main_window.py" line="196" />
        <source>&amp;Data protection</source>
        <translation>Daten&amp;schutz</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/main_window.py" line="199" />
        <source>&amp;Export everything about the selected person…</source>
        <translation>&amp;Auskunft über die ausgewählte Person exportieren…</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/main_window.py" line="203" />
        <source>E&amp;rase the selected person…</source>
        <translation>Ausgewählte Person &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/main_window.py" line="339" />
        <source>%1 registered · %2 checked in (%3 walk-ins) · %4 still expected</source>
        <translation>%1 angemeldet · %2 eingecheckt (davon %3 spontan) · %4 noch erwartet</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/data_protection_actions.py" line="50" />
        <location filename="../../smartnet_desktop/ui/main_window.py" line="204" />
        <source>&amp;Purge data past the retention period…</source>
        <translation>Daten nach Ablauf der Aufbewahrungsfrist &amp;bereinigen…</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/main_window.py" line="206" />
        <source>&amp;Audit log…</source>
        <translation>&amp;Protokoll…</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/main_window.py" line="226" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/main_window.py" line="228" />
        <source>&amp;Language / Sprache</source>
        <translation>&amp;Sprache / Language</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/main_window.py" line="237" />
        <source>&amp;About SmartNet Desktop</source>
        <translation>Ü&amp;ber SmartNet Desktop</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/main_window.py" line="288" />
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/main_window.py" line="420" />
        <source>Open or create a database</source>
        <translation>Datenbank öffnen oder anlegen</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/main_window.py" line="422" />
        <source>SmartNet database (*.db *.sqlite);;All files (*)</source>
        <translation>SmartNet-Datenbank (*.db *.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/main_window.py" line="429" />
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/main_window.py" line="510" />
        <source>The language changes at the next start.</source>
        <translation>Die Sprache wird beim nächsten Start gewechselt.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/data_protection_actions.py" line="35" />
        <source>The automatic backup failed; use File › Back up now.</source>
        <translation>Die automatische Sicherung ist fehlgeschlagen; bitte Datei › Jetzt sichern verwenden.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/data_protection_actions.py" line="46" />
        <source>&amp;Purge data past the retention period (%1 events due)…</source>
        <translation>Daten nach Ablauf der Aufbewahrungsfrist &amp;bereinigen (%1 Veranstaltungen fällig)…</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/data_protection_actions.py" line="55" />
        <source>The retention period of %1 events has passed: Data protection › Purge.</source>
        <translation>Die Aufbewahrungsfrist von %1 Veranstaltungen ist abgelaufen: Datenschutz › Bereinigen.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/data_protection_actions.py" line="69" />
        <location filename="../../smartnet_desktop/ui/data_protection_actions.py" line="91" />
        <location filename="../../smartnet_desktop/ui/data_protection_actions.py" line="126" />
        <location filename="../../smartnet_desktop/ui/data_protection_actions.py" line="168" />
        <source>Data protection</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/data_protection_actions.py" line="70" />
        <source>Select the person in the Attendees view first.</source>
        <translation>Bitte zuerst die Person in der Ansicht Teilnehmende auswählen.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/data_protection_actions.py" line="84" />
        <source>Export everything about a person</source>
        <translation>Auskunft über eine Person exportieren</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/data_protection_actions.py" line="105" />
        <location filename="../../smartnet_desktop/ui/data_protection_actions.py" line="120" />
        <location filename="../../smartnet_desktop/ui/data_protection_actions.py" line="155" />
        <source>Erase a person</source>
        <translation>Person löschen</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/data_protection_actions.py" line="107" />
        <source>This removes every personal detail of %1 from all events, for good. Consent and audit records stay, with a placeholder.

Type the family name to confirm:</source>
        <translation>Damit werden alle personenbezogenen Daten von %1 aus allen Veranstaltungen endgültig entfernt. Einwilligungs- und Protokolleinträge bleiben mit einem Platzhalter erhalten.

Zur Bestätigung den Nachnamen eingeben:</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/data_protection_actions.py" line="121" />
        <source>The name did not match; nothing was erased.</source>
        <translation>Der Name stimmt nicht überein; es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/data_protection_actions.py" line="135" />
        <source>The person was erased.</source>
        <translation>Die Person wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/data_protection_actions.py" line="137" />
        <source>The person was erased. Another program has the database open; the file is cleaned of the old data the next time an erasure runs without it.</source>
        <translation>Die Person wurde gelöscht. Ein anderes Programm hat die Datenbank geöffnet; die alten Daten werden beim nächsten Löschen ohne dieses Programm aus der Datei entfernt.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/data_protection_actions.py" line="157" />
        <source>%1 backups still hold this person's data. Erase it from them as well?</source>
        <translation>%1 Sicherungen enthalten noch die Daten dieser Person. Auch dort löschen?</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/data_protection_actions.py" line="175" />
        <source>Erased from %1 backups as well.</source>
        <translation>Auch aus %1 Sicherungen gelöscht.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/data_protection_actions.py" line="186" />
        <location filename="../../smartnet_desktop/ui/data_protection_actions.py" line="192" />
        <location filename="../../smartnet_desktop/ui/data_protection_actions.py" line="208" />
        <source>Purge</source>
        <translation>Bereinigen</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/data_protection_actions.py" line="187" />
        <source>No event is past its retention period.</source>
        <translation>Bei keiner Veranstaltung ist die Aufbewahrungsfrist abgelaufen.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/data_protection_actions.py" line="194" />
        <source>%1 events are past their retention period. %2 registrations will be removed and %3 people who are registered for no later event will be erased. Continue?</source>
        <translation>Bei %1 Veranstaltungen ist die Aufbewahrungsfrist abgelaufen. %2 Anmeldungen werden entfernt und %3 Personen, die für keine spätere Veranstaltung angemeldet sind, gelöscht. Fortfahren?</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/data_protection_actions.py" line="228" />
        <location filename="../../smartnet_desktop/ui/data_protection_actions.py" line="242" />
        <location filename="../../smartnet_desktop/ui/data_protection_actions.py" line="252" />
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/data_protection_actions.py" line="229" />
        <source>Restoring works for a database file.</source>
        <translation>Wiederherstellen geht nur für eine Datenbankdatei.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/data_protection_actions.py" line="234" />
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/data_protection_actions.py" line="236" />
        <source>SmartNet database (*.db)</source>
        <translation>SmartNet-Datenbank (*.db)</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/data_protection_actions.py" line="243" />
        <source>Replace the current data by this backup? The current database is kept in the backups folder.</source>
        <translation>Die aktuellen Daten durch diese Sicherung ersetzen? Die aktuelle Datenbank wird im Sicherungsordner aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/data_protection_actions.py" line="258" />
        <source>Restored. The previous data was kept as %1</source>
        <translation>Wiederhergestellt. Die bisherigen Daten wurden als %1 aufbewahrt</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/data_protection_actions.py" line="267" />
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/data_protection_actions.py" line="273" />
        <source>Backup saved: %1</source>
        <translation>Sicherung gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/main_window.py" line="516" />
        <source>About SmartNet Desktop</source>
        <translation>Über SmartNet Desktop</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/main_window.py" line="519" />
        <source>&lt;h3&gt;SmartNet Desktop %1&lt;/h3&gt;&lt;p&gt;The event desk for the network meetings of Smart Cities and Smart Regions: check-in, photo objections, contact sharing, name badges with QR codes and the agenda.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SmartNet Desktop %1&lt;/h3&gt;&lt;p&gt;Der Empfang für die Netzwerktreffen der Smart Cities und Smart Regions: Einchecken, Foto-Widersprüche, Kontaktweitergabe, Namensschilder mit QR-Codes und die Tagesordnung.&lt;/p&gt;&lt;p&gt;Datenbank: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/main_window.py" line="533" />
        <source>(demo, changes are not kept)</source>
        <translation>(Demo, Änderungen werden nicht gespeichert)</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/data_protection_actions.py" line="33" />
        <source>The person was erased. The disk is too full to rebuild the database file: old copies of the data stay in its free space until an erasure runs with room on the disk. Free some space.</source>
        <translation>Die Person wurde gelöscht. Der Datenträger ist zu voll, um die Datenbankdatei neu aufzubauen: Alte Kopien der Daten bleiben in ihrem freien Platz, bis eine Löschung mit genug Platz auf dem Datenträger läuft. Bitte Platz schaffen.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/data_protection_actions.py" line="40" />
        <source>The person was erased. The database file could not be cleaned of old copies of the data (%1); that happens the next time an erasure can clean it.</source>
        <translation>Die Person wurde gelöscht. Die Datenbankdatei konnte nicht von alten Kopien der Daten bereinigt werden (%1); das geschieht bei der nächsten Löschung, die sie bereinigen kann.</translation>
    </message>
</context>
<context>
    <name>MatchesView</name>
    <message>
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="408" />
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="409" />
        <source>Needs help</source>
        <translation>sucht Unterstützung</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="410" />
        <source>Offers help</source>
        <translation>bietet Unterstützung</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="411" />
        <source>Why they fit</source>
        <translation>Warum sie passen</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="419" />
        <source>Topic:</source>
        <translation>Thema:</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="433" />
        <source>all topics</source>
        <translation>alle Themen</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="422" />
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="444" />
        <source>Matches</source>
        <translation>Matches</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="462" />
        <source>%1 potential matches</source>
        <translation>Potenzielle Matches: %1</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="19" />
        <source>{field}: please enter a value.</source>
        <translation>{field}: Bitte einen Wert eingeben.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="20" />
        <source>{field}: at most {max} characters.</source>
        <translation>{field}: höchstens {max} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="21" />
        <source>{field}: contains a control character.</source>
        <translation>{field}: enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="23" />
        <source>{field}: contains the character {character}, which no file can hold.</source>
        <translation>{field}: enthält das Zeichen {character}, das keine Datei aufnehmen kann.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="22" />
        <source>{field}: '{value}' is not an email address.</source>
        <translation>{field}: „{value}“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="23" />
        <source>{field}: '{value}' is not a phone number.</source>
        <translation>{field}: „{value}“ ist keine Telefonnummer.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="24" />
        <source>{field}: '{value}' is not a valid date (YYYY-MM-DD).</source>
        <translation>{field}: „{value}“ ist kein gültiges Datum (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="27" />
        <source>{field}: '{value}' is not a date; type it like 08.12.2026.</source>
        <translation>{field}: „{value}“ ist kein Datum; bitte so eingeben: 08.12.2026.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="30" />
        <source>{field}: '{value}' is not a time (HH:MM).</source>
        <translation>{field}: „{value}“ ist keine Uhrzeit (HH:MM).</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="31" />
        <source>{field}: must be a positive number.</source>
        <translation>{field}: muss eine positive Zahl sein.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="32" />
        <source>{field}: must not be negative.</source>
        <translation>{field}: darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>{field}: '{value}' is not a whole number.</source>
        <translation>{field}: „{value}“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>{field}: at most {max}.</source>
        <translation>{field}: höchstens {max}.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="33" />
        <source>The end must be after the start.</source>
        <translation>Das Ende muss nach dem Beginn liegen.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="34" />
        <source>There is no event with id {event_id}.</source>
        <translation>Es gibt keine Veranstaltung mit der Nummer {event_id}.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="35" />
        <source>There is no person with id {person_id}.</source>
        <translation>Es gibt keine Person mit der Nummer {person_id}.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="36" />
        <source>Nobody with code or id '{query}' is registered for this event.</source>
        <translation>Niemand mit Code oder Nummer „{query}“ ist für diese Veranstaltung angemeldet.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="39" />
        <source>{name} is already checked in at {at} by {by}.</source>
        <translation>{name} ist bereits eingecheckt, um {at} von {by}.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="42" />
        <source>{name} is already registered for this event.</source>
        <translation>{name} ist für diese Veranstaltung bereits angemeldet.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="45" />
        <source>There is nothing to undo.</source>
        <translation>Es gibt nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="46" />
        <source>This check-in was made by {by}, not at this desk; it stays.</source>
        <translation>Dieser Check-in wurde von {by} erfasst, nicht an diesem Empfang; er bleibt bestehen.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="49" />
        <source>The demo meeting is already in this database (event {event_id}).</source>
        <translation>Das Demo-Treffen ist bereits in dieser Datenbank (Veranstaltung {event_id}).</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="52" />
        <source>The database {location} cannot be opened: {reason}</source>
        <translation>Die Datenbank {location} kann nicht geöffnet werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="55" />
        <source>{location} is a database of another program; SmartNet Desktop leaves it alone. Choose a new file name for a new SmartNet database.</source>
        <translation>{location} ist die Datenbank eines anderen Programms; SmartNet Desktop verändert sie nicht. Für eine neue SmartNet-Datenbank bitte einen neuen Dateinamen wählen.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="60" />
        <source>The database driver for {backend} is not installed (Python module '{driver}'). For PostgreSQL install it with: pip install "psycopg[binary]"</source>
        <translation>Der Datenbanktreiber für {backend} ist nicht installiert (Python-Modul „{driver}“). Für PostgreSQL so installieren: pip install "psycopg[binary]"</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="65" />
        <source>This database was written by a newer version of SmartNet Desktop; please update.</source>
        <translation>Diese Datenbank stammt von einer neueren Version von SmartNet Desktop; bitte aktualisieren.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="69" />
        <source>This installation of SmartNet Desktop is incomplete: {location} is missing. Please install it again.</source>
        <translation>Diese Installation von SmartNet Desktop ist unvollständig: {location} fehlt. Bitte installieren Sie das Programm neu.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="74" />
        <source>The database server cannot be reached ({reason}).</source>
        <translation>Der Datenbankserver ist nicht erreichbar ({reason}).</translation>
    </message>
    <message>
        <source>The database server refused the login of '{user}': wrong user name or password ({reason}).</source>
        <translation>Der Datenbankserver hat die Anmeldung von „{user}“ abgelehnt: Benutzername oder Passwort falsch ({reason}).</translation>
    </message>
    <message>
        <source>There is no database {location}.</source>
        <translation>Die Datenbank {location} gibt es nicht.</translation>
    </message>
    <message>
        <source>This login may read the database but not change it; a desk needs a login that may write ({reason}).</source>
        <translation>Diese Anmeldung darf die Datenbank lesen, aber nicht ändern; ein Check-in-Platz braucht eine Anmeldung mit Schreibrecht ({reason}).</translation>
    </message>
    <message>
        <source>'{value}' is no database: give a file or a URL such as postgresql+psycopg://user@host/database.</source>
        <translation>„{value}“ ist keine Datenbank: bitte eine Datei oder eine URL wie postgresql+psycopg://benutzer@server/datenbank angeben.</translation>
    </message>
    <message>
        <source>{location}: schema at revision {revision}, needs upgrade (smartnet-desktop --db {location} db upgrade).</source>
        <translation>{location}: Schema auf Stand {revision}, braucht eine Aktualisierung (smartnet-desktop --db {location} db upgrade).</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="77" />
        <source>A server database is backed up with pg_dump, which is not installed here (Debian: apt install postgresql-client).</source>
        <translation>Eine Server-Datenbank wird mit pg_dump gesichert, das hier nicht installiert ist (Debian: apt install postgresql-client).</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="82" />
        <source>{location} holds data already; copy only into an empty database.</source>
        <translation>{location} enthält bereits Daten; kopieren Sie nur in eine leere Datenbank.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="85" />
        <source>The copy of table {table} is incomplete; nothing was kept.</source>
        <translation>Die Kopie der Tabelle {table} ist unvollständig; nichts wurde übernommen.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="88" />
        <source>{field}: '{value}' is no rating from 1 (very much) to 6 (none).</source>
        <translation>{field}: „{value}“ ist keine Bewertung von 1 (sehr viel) bis 6 (keine).</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="91" />
        <source>{field}: '{value}' is no web address (https://...).</source>
        <translation>{field}: „{value}“ ist keine Webadresse (https://...).</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="94" />
        <source>'{value}' already stands for the topic '{topic}'.</source>
        <translation>„{value}“ steht schon für das Thema „{topic}“.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="97" />
        <source>This topic no longer exists.</source>
        <translation>Dieses Thema gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="98" />
        <source>This organisation no longer exists.</source>
        <translation>Diese Organisation gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="99" />
        <source>The contact person must belong to the organisation.</source>
        <translation>Die Ansprechperson muss zur Organisation gehören.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="102" />
        <source>The file has no column for {field}.</source>
        <translation>Die Datei hat keine Spalte für {field}.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="103" />
        <source>{location} is no folder.</source>
        <translation>{location} ist kein Ordner.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="104" />
        <source>Backups from here work for SQLite files; back up a server with its tools.</source>
        <translation>Sicherungen von hier aus gehen für SQLite-Dateien; einen Datenbankserver sichern Sie mit dessen Werkzeugen.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="107" />
        <source>The file cannot be imported.</source>
        <translation>Die Datei kann nicht importiert werden.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="108" />
        <source>The file cannot be read: {reason}</source>
        <translation>Die Datei kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="109" />
        <source>The file holds no rows.</source>
        <translation>Die Datei enthält keine Zeilen.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="114" />
        <source>The workbook would unpack to more than {max} MB; it is not read.</source>
        <translation>Die Arbeitsmappe würde entpackt mehr als {max} MB groß; sie wird nicht gelesen.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="114" />
        <source>The workbook's part {part} would unpack to {ratio} times its size, which no spreadsheet does; it is not read.</source>
        <translation>Der Teil {part} der Arbeitsmappe würde entpackt {ratio}-mal so groß, wie es keine Tabelle wird; sie wird nicht gelesen.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="114" />
        <source>The workbook holds a cell text or a row far longer than any list needs ({element}); nothing was imported.</source>
        <translation>Die Arbeitsmappe enthält einen Zellentext oder eine Zeile, weit länger als jede Liste braucht ({element}); nichts wurde importiert.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="114" />
        <source>The cell holds more than {max} characters (the most Excel allows).</source>
        <translation>Die Zelle enthält mehr als {max} Zeichen (mehr erlaubt auch Excel nicht).</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="114" />
        <source>The line is longer than {max} characters.</source>
        <translation>Die Zeile ist länger als {max} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="110" />
        <source>The file has more than {max} rows; split it into smaller files.</source>
        <translation>Die Datei hat mehr als {max} Zeilen; bitte in kleinere Dateien aufteilen.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="113" />
        <source>Unknown file type '{suffix}': use .csv or .xlsx.</source>
        <translation>Unbekannter Dateityp „{suffix}“: bitte .csv oder .xlsx verwenden.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="116" />
        <source>No column for the name was found (Vorname / Nachname or First / Last name).</source>
        <translation>Keine Spalte für den Namen gefunden (Vorname / Nachname oder First / Last name).</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="119" />
        <source>{field}: '{value}' is not understood.</source>
        <translation>{field}: „{value}“ ist nicht verständlich.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="120" />
        <source>The same person appears again in line {first_line}.</source>
        <translation>Dieselbe Person steht schon in Zeile {first_line}.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="267" />
        <source>line {line}, column {column}: {sentence}</source>
        <translation>Zeile {line}, Spalte {column}: {sentence}</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="268" />
        <source>line {line}: {sentence}</source>
        <translation>Zeile {line}: {sentence}</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="269" />
        <source>column {column}: {sentence}</source>
        <translation>Spalte {column}: {sentence}</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="123" />
        <source>A person cannot be merged with itself.</source>
        <translation>Eine Person kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="124" />
        <source>This agenda item no longer exists.</source>
        <translation>Diesen Tagesordnungspunkt gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="125" />
        <source>The agenda was changed elsewhere; please look again.</source>
        <translation>Die Tagesordnung wurde anderswo geändert; bitte noch einmal ansehen.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="128" />
        <source>{field}: at most {max} minutes.</source>
        <translation>{field}: höchstens {max} Minuten.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="129" />
        <source>The badge layout is incomplete.</source>
        <translation>Die Vorlage für Namensschilder ist unvollständig.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="130" />
        <source>The badge layout is too small (a badge needs at least 40 × 30 mm).</source>
        <translation>Die Vorlage ist zu klein (ein Namensschild braucht mindestens 40 × 30 mm).</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="133" />
        <source>The badges of this layout do not fit on the page.</source>
        <translation>Die Namensschilder dieser Vorlage passen nicht auf die Seite.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="136" />
        <source>There is no badge layout '{name}' (known: {known}).</source>
        <translation>Es gibt keine Vorlage „{name}“ (bekannt: {known}).</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="139" />
        <source>{location} is on a network drive. SQLite cannot lock files safely there, so the data could be damaged. Keep the database on this computer, or use a PostgreSQL server for several desks.</source>
        <translation>{location} liegt auf einem Netzlaufwerk. SQLite kann Dateien dort nicht sicher sperren, die Daten könnten beschädigt werden. Legen Sie die Datenbank auf diesen Rechner oder nutzen Sie für mehrere Plätze einen PostgreSQL-Server.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="145" />
        <source>The database {location} is damaged. The newest backup is: {backup}</source>
        <translation>Die Datenbank {location} ist beschädigt. Die neueste Sicherung ist: {backup}</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="148" />
        <source>The backup {location} is damaged or no database; nothing was restored.</source>
        <translation>Die Sicherung {location} ist beschädigt oder keine Datenbank; es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="151" />
        <source>The backup {location} is empty (0 bytes); nothing was restored.</source>
        <translation>Die Sicherung {location} ist leer (0 Byte); es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="154" />
        <source>{location} is a database of another program, not a SmartNet backup; nothing was restored.</source>
        <translation>{location} ist die Datenbank eines anderen Programms, keine SmartNet-Sicherung; es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="158" />
        <source>The backup {location} was written by a newer version of SmartNet Desktop; update the program first. Nothing was restored.</source>
        <translation>Die Sicherung {location} stammt von einer neueren Version von SmartNet Desktop; bitte zuerst das Programm aktualisieren. Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="163" />
        <source>There is no backup file {location}; nothing was restored.</source>
        <translation>Die Sicherungsdatei {location} gibt es nicht; es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="166" />
        <source>The backup {location} could not be written ({reason}); nothing was kept.</source>
        <translation>Die Sicherung {location} konnte nicht geschrieben werden ({reason}); es wurde nichts aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="169" />
        <source>{location} is a folder or a device, not a file: choose a file name.</source>
        <translation>{location} ist ein Ordner oder ein Gerät, keine Datei: bitte einen Dateinamen wählen.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="172" />
        <source>Confirm with --yes.</source>
        <translation>Mit --yes bestätigen.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="173" />
        <source>The database reported a problem.</source>
        <translation>Die Datenbank hat ein Problem gemeldet.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="174" />
        <source>The database is busy (another desk or an import is writing). Nothing was changed; please try again in a moment.</source>
        <translation>Die Datenbank ist gerade beschäftigt (ein anderer Empfang oder ein Import schreibt). Es wurde nichts geändert; bitte gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="179" />
        <source>The database file is read-only and cannot be written; nothing was changed.</source>
        <translation>Die Datenbankdatei ist schreibgeschützt und kann nicht geschrieben werden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="182" />
        <source>The folder of the database {location} cannot be written (SQLite keeps its journal beside the file); nothing was changed.</source>
        <translation>Der Ordner der Datenbank {location} ist nicht beschreibbar (SQLite legt sein Journal neben der Datei ab); es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="187" />
        <source>The disk is full; nothing was changed. Free some space and try again.</source>
        <translation>Der Datenträger ist voll; es wurde nichts geändert. Bitte Platz schaffen und erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="190" />
        <source>The disk reported a read or write error; nothing was changed. Check the disk and back up the database.</source>
        <translation>Der Datenträger meldet einen Lese- oder Schreibfehler; es wurde nichts geändert. Bitte den Datenträger prüfen und die Datenbank sichern.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="195" />
        <source>{location} is a folder, not a database file.</source>
        <translation>{location} ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="196" />
        <source>'{location}' names no file: give a file name; nothing was written.</source>
        <translation>„{location}“ ist kein Dateiname: Bitte einen Dateinamen angeben; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="199" />
        <source>{location} is a folder, not a file: give a file name; nothing was written.</source>
        <translation>{location} ist ein Ordner, keine Datei: Bitte einen Dateinamen angeben; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="202" />
        <source>{location} is a symbolic link; SmartNet Desktop does not write through links. Nothing was written.</source>
        <translation>{location} ist eine symbolische Verknüpfung; SmartNet Desktop schreibt nicht durch Verknüpfungen. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="207" />
        <source>{location} is a device, a pipe or a socket, not a file; nothing was written.</source>
        <translation>{location} ist ein Gerät, eine Pipe oder ein Socket, keine Datei; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="211" />
        <source>{location} is a file, not a folder; nothing was written.</source>
        <translation>{location} ist eine Datei, kein Ordner; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="214" />
        <source>The folder {location} holds files SmartNet Desktop did not write: choose an empty folder. Nothing was written.</source>
        <translation>Der Ordner {location} enthält Dateien, die nicht von SmartNet Desktop stammen: Bitte einen leeren Ordner wählen. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="219" />
        <source>{location} was not written by SmartNet Desktop and stays as it is: choose an empty folder. Nothing was written.</source>
        <translation>{location} stammt nicht von SmartNet Desktop und bleibt unverändert: Bitte einen leeren Ordner wählen. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="227" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="228" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="229" />
        <source>Venue</source>
        <translation>Veranstaltungsort</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="230" />
        <source>Town</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="231" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="232" />
        <source>Host</source>
        <translation>Gastgeber</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="233" />
        <source>Organiser</source>
        <translation>Veranstalter</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="234" />
        <source>Notices</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="235" />
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="236" />
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="237" />
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="238" />
        <source>Retention (months)</source>
        <translation>Aufbewahrung (Monate)</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="239" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="240" />
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="241" />
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="242" />
        <source>Academic title</source>
        <translation>Akademischer Titel</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="243" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="244" />
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="245" />
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="246" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="247" />
        <source>Profile URL</source>
        <translation>Steckbrief-URL</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="248" />
        <source>Photo objection</source>
        <translation>Foto-Einwand</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="249" />
        <source>Contact sharing</source>
        <translation>Kontaktweitergabe</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="250" />
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="251" />
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="252" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="253" />
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="254" />
        <source>Speaker</source>
        <translation>Vortragende</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="255" />
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="256" />
        <source>Photo question</source>
        <translation>Frage zu Fotos</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="257" />
        <source>Contact-sharing question</source>
        <translation>Frage zur Kontaktweitergabe</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="258" />
        <source>QR content</source>
        <translation>QR-Inhalt</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="259" />
        <source>Badge layout</source>
        <translation>Namensschild-Vorlage</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="260" />
        <source>Experience rating</source>
        <translation>Erfahrung (Bewertung)</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="261" />
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="262" />
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="263" />
        <source>Other words</source>
        <translation>Andere Begriffe</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="264" />
        <source>Profile address of the network</source>
        <translation>Profiladresse des Netzwerks</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="265" />
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="266" />
        <source>Population</source>
        <translation>Einwohner</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="267" />
        <source>Contact person</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="268" />
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="269" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="270" />
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="271" />
        <source>Request id</source>
        <translation>Anfrage-Kennung</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="196" />
        <source>The connection to the database file {location} is lost (another program removed its journal); nothing was saved. Please restart the program.</source>
        <translation>Die Verbindung zur Datenbankdatei {location} ist verloren (ein anderes Programm hat ihr Journal entfernt); nichts wurde gespeichert. Bitte das Programm neu starten.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/messages.py" line="196" />
        <source>Updating the database to {revision} would leave rows pointing at nothing; nothing was changed. Please report this.</source>
        <translation>Die Aktualisierung der Datenbank auf {revision} würde Verweise ins Leere hinterlassen; nichts wurde geändert. Bitte melden Sie diesen Fehler.</translation>
    </message>
</context>
<context>
    <name>OrganizationsView</name>
    <message>
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="94" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="95" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="96" />
        <source>Town / region</source>
        <translation>Ort / Region</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="97" />
        <source>Offers</source>
        <translation>bietet</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="98" />
        <source>Needs</source>
        <translation>sucht</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="99" />
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="234" />
        <source>Profile address</source>
        <translation>Profiladresse</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="117" />
        <source>Edit profile… (F2)</source>
        <translation>Steckbrief bearbeiten… (F2)</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="118" />
        <source>Topics…</source>
        <translation>Themen…</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="119" />
        <source>Import survey…</source>
        <translation>Umfrage importieren…</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="127" />
        <source>Network's profile address…</source>
        <translation>Profiladresse des Netzwerks…</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="128" />
        <source>Publish profiles as website…</source>
        <translation>Steckbriefe als Website veröffentlichen…</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="129" />
        <source>Profiles as PDF…</source>
        <translation>Steckbriefe als PDF…</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="109" />
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="138" />
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="158" />
        <source>%1 organisations</source>
        <translation>%1 Organisationen</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="168" />
        <source>Profile</source>
        <translation>Steckbrief</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="187" />
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="199" />
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="204" />
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="215" />
        <source>Import survey</source>
        <translation>Umfrage importieren</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="187" />
        <source>Tables (*.csv *.xlsx);;All files (*)</source>
        <translation>Tabellen (*.csv *.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="200" />
        <source>Nothing was imported:</source>
        <translation>Es wurde nichts importiert:</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="172" />
        <source>Importing the survey…</source>
        <translation>Die Umfrage wird importiert …</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="180" />
        <source>Importing the survey… %1 of %2 steps</source>
        <translation>Die Umfrage wird importiert … Schritt %1 von %2</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="207" />
        <source>%1 new answers, %2 changed, %3 new organisations.</source>
        <translation>%1 neue Antworten, %2 geändert, %3 neue Organisationen.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="214" />
        <source>Not in the topic catalogue (skipped): %1</source>
        <translation>Nicht im Themenkatalog (übersprungen): %1</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="224" />
        <source>Network's profile address</source>
        <translation>Profiladresse des Netzwerks</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="226" />
        <source>Profiles without an address of their own are published under this address + their short name:</source>
        <translation>Steckbriefe ohne eigene Adresse erscheinen unter dieser Adresse + ihrem Kurznamen:</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="243" />
        <source>Folder for the website</source>
        <translation>Ordner für die Website</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="248" />
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="252" />
        <source>Website with %1 profiles written to %2</source>
        <translation>Website mit %1 Steckbriefen geschrieben nach %2</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="257" />
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="262" />
        <source>Profiles as PDF</source>
        <translation>Steckbriefe als PDF</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="257" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="266" />
        <source>%1 profiles written to %2</source>
        <translation>%1 Steckbriefe geschrieben nach %2</translation>
    </message>
</context>
<context>
    <name>PhotoConsentView</name>
    <message>
        <location filename="../../smartnet_desktop/ui/views/photo_consent_view.py" line="20" />
        <source>Photo objections</source>
        <translation>Foto-Widersprüche</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/photo_consent_view.py" line="22" />
        <source>Attendees who object to being photographed at this event, for this event only or for all events. Photographers need this list. Record an objection at the desk (F7) or from the attendee list (right-click).</source>
        <translation>Teilnehmende, die bei dieser Veranstaltung nicht fotografiert werden möchten, nur für diese oder für alle Veranstaltungen. Die Fotografen brauchen diese Liste. Einen Widerspruch erfassen Sie am Empfang (F7) oder in der Teilnehmerliste (Rechtsklick).</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/photo_consent_view.py" line="34" />
        <source>All objections</source>
        <translation>Alle Widersprüche</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/photo_consent_view.py" line="35" />
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/photo_consent_view.py" line="36" />
        <source>Badge needs a reprint</source>
        <translation>Namensschild neu drucken</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/photo_consent_view.py" line="42" />
        <source>Photographers' list (PDF)…</source>
        <translation>Liste für Fotografen (PDF)…</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/photo_consent_view.py" line="43" />
        <source>List as CSV…</source>
        <translation>Liste als CSV…</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/photo_consent_view.py" line="51" />
        <location filename="../../smartnet_desktop/ui/views/photo_consent_view.py" line="64" />
        <source>Photographers' list</source>
        <translation>Liste für Fotografen</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/profile_dialog.py" line="40" />
        <source>Profile of %1</source>
        <translation>Steckbrief von %1</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/profile_dialog.py" line="43" />
        <source>Profile</source>
        <translation>Steckbrief</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/profile_dialog.py" line="44" />
        <source>Offers and needs</source>
        <translation>Angebote und Bedarfe</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/profile_dialog.py" line="45" />
        <source>Experience</source>
        <translation>Erfahrung</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/profile_dialog.py" line="46" />
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/profile_dialog.py" line="60" />
        <source>not given</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/profile_dialog.py" line="65" />
        <source>empty: the network's address (%1)</source>
        <translation>leer: Adresse des Netzwerks (%1)</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/profile_dialog.py" line="65" />
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/profile_dialog.py" line="70" />
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/profile_dialog.py" line="77" />
        <source>The contact person appears on the published profile only while their contact sharing is “may be shared”.</source>
        <translation>Die Ansprechperson erscheint im veröffentlichten Steckbrief nur, solange ihre Kontaktweitergabe „darf weitergegeben werden“ lautet.</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/profile_dialog.py" line="82" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/profile_dialog.py" line="83" />
        <source>Town / region</source>
        <translation>Ort / Region</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/profile_dialog.py" line="84" />
        <source>Population</source>
        <translation>Einwohner</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/profile_dialog.py" line="85" />
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/profile_dialog.py" line="86" />
        <source>Own profile address</source>
        <translation>Eigene Profiladresse</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/profile_dialog.py" line="87" />
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/profile_dialog.py" line="88" />
        <source>Cooperation partners</source>
        <translation>Kooperationen</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/profile_dialog.py" line="89" />
        <source>Contact person</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/profile_dialog.py" line="113" />
        <source>Offers help in</source>
        <translation>Bietet Unterstützung bei</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/profile_dialog.py" line="113" />
        <source>Needs help in</source>
        <translation>Sucht Unterstützung bei</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/profile_dialog.py" line="124" />
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/profile_dialog.py" line="124" />
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/profile_dialog.py" line="124" />
        <source>Experience (1 = very much, 6 = none)</source>
        <translation>Erfahrung (1 = sehr viel, 6 = keine)</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/profile_dialog.py" line="144" />
        <source>One project per line: title | topic | status | link</source>
        <translation>Ein Projekt pro Zeile: Titel | Thema | Stand | Link</translation>
    </message>
</context>
<context>
    <name>States</name>
    <message>
        <location filename="../../smartnet_desktop/ui/formatting.py" line="35" />
        <location filename="../../smartnet_desktop/ui/formatting.py" line="58" />
        <source>pending {time}</source>
        <translation>wartet {time}</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/formatting.py" line="39" />
        <location filename="../../smartnet_desktop/ui/formatting.py" line="52" />
        <source>checked in {time}</source>
        <translation>eingecheckt {time}</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/formatting.py" line="42" />
        <location filename="../../smartnet_desktop/ui/formatting.py" line="55" />
        <source>walk-in, </source>
        <translation>spontan, </translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/formatting.py" line="44" />
        <location filename="../../smartnet_desktop/ui/formatting.py" line="56" />
        <source>walk-in</source>
        <translation>spontan</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/formatting.py" line="46" />
        <location filename="../../smartnet_desktop/ui/formatting.py" line="57" />
        <source>registered</source>
        <translation>angemeldet</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/formatting.py" line="64" />
        <source>may be shared</source>
        <translation>darf weitergegeben werden</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/formatting.py" line="65" />
        <source>objected</source>
        <translation>widersprochen</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/formatting.py" line="66" />
        <source>not asked</source>
        <translation>nicht gefragt</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/formatting.py" line="70" />
        <source>no photos</source>
        <translation>keine Fotos</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/formatting.py" line="92" />
        <source>not printed yet</source>
        <translation>noch nicht gedruckt</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/formatting.py" line="94" />
        <source>reprint needed</source>
        <translation>neu drucken</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/formatting.py" line="95" />
        <source>badge is right</source>
        <translation>stimmt</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/formatting.py" line="101" />
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/formatting.py" line="102" />
        <source>District</source>
        <translation>Landkreis</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/formatting.py" line="103" />
        <source>Association / region</source>
        <translation>Zweckverband / Region</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/formatting.py" line="104" />
        <source>University / research</source>
        <translation>Hochschule / Forschung</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/formatting.py" line="105" />
        <source>Economic development</source>
        <translation>Wirtschaftsförderung</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/formatting.py" line="106" />
        <source>State / EU representation</source>
        <translation>Landes- / EU-Vertretung</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/formatting.py" line="107" />
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/formatting.py" line="108" />
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/formatting.py" line="114" />
        <source>process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/formatting.py" line="115" />
        <source>field of action</source>
        <translation>Handlungsfeld</translation>
    </message>
</context>
<context>
    <name>SurveyView</name>
    <message>
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="320" />
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="320" />
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="321" />
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="320" />
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="321" />
        <source>Ratings</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="321" />
        <source>Field of action</source>
        <translation>Handlungsfeld</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="326" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="326" />
        <source>Support wanted</source>
        <translation>Unterstützung gewünscht</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="326" />
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="335" />
        <source>Distribution of ratings (1 = very much experience, 6 = none)</source>
        <translation>Verteilung der Bewertungen (1 = sehr viel Erfahrung, 6 = keine)</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="348" />
        <source>Survey report as PDF…</source>
        <translation>Umfragebericht als PDF…</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="342" />
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="352" />
        <source>Survey</source>
        <translation>Umfrage</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="358" />
        <source>%1 organisations answered. Average experience in processes: %2 · in fields of action: %3 (1 = very much, 6 = none)</source>
        <translation>%1 Organisationen haben geantwortet. Durchschnittliche Erfahrung in Prozessen: %2 · in Handlungsfeldern: %3 (1 = sehr viel, 6 = keine)</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="368" />
        <source>processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="368" />
        <source>fields of action</source>
        <translation>Handlungsfelder</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="373" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="373" />
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="391" />
        <source>Survey report as PDF</source>
        <translation>Umfragebericht als PDF</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="391" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/network_views.py" line="396" />
        <source>Survey report</source>
        <translation>Umfragebericht</translation>
    </message>
</context>
<context>
    <name>TopicsDialog</name>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/topics_dialog.py" line="26" />
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/topics_dialog.py" line="30" />
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/topics_dialog.py" line="30" />
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/topics_dialog.py" line="30" />
        <source>Other words (separated by ;)</source>
        <translation>Andere Begriffe (getrennt durch ;)</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/topics_dialog.py" line="38" />
        <source>Add topic</source>
        <translation>Thema hinzufügen</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/topics_dialog.py" line="38" />
        <location filename="../../smartnet_desktop/ui/dialogs/topics_dialog.py" line="66" />
        <source>Remove topic</source>
        <translation>Thema entfernen</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/topics_dialog.py" line="67" />
        <source>Remove “%1” and every survey answer about it?</source>
        <translation>„%1“ und alle Umfrageantworten dazu entfernen?</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/walk_in_dialog.py" line="54" />
        <source>Walk-in</source>
        <translation>Spontan gekommen</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/walk_in_dialog.py" line="66" />
        <source>Objects to being photographed at this meeting</source>
        <translation>Möchte bei diesem Treffen nicht fotografiert werden</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/walk_in_dialog.py" line="69" />
        <source>not asked</source>
        <translation>nicht gefragt</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/walk_in_dialog.py" line="70" />
        <source>yes, may be shared</source>
        <translation>ja, darf weitergegeben werden</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/walk_in_dialog.py" line="71" />
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/walk_in_dialog.py" line="75" />
        <source>Academic title</source>
        <translation>Akademischer Titel</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/walk_in_dialog.py" line="76" />
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/walk_in_dialog.py" line="77" />
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/walk_in_dialog.py" line="78" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/walk_in_dialog.py" line="79" />
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/walk_in_dialog.py" line="80" />
        <source>Email (optional)</source>
        <translation>E-Mail (optional)</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/walk_in_dialog.py" line="81" />
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/walk_in_dialog.py" line="82" />
        <source>Contact sharing in the network</source>
        <translation>Kontaktweitergabe im Netzwerk</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/walk_in_dialog.py" line="85" />
        <source>Register and check in</source>
        <translation>Anmelden und einchecken</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/walk_in_dialog.py" line="115" />
        <source>Known in the network: registered and checked in</source>
        <translation>Im Netzwerk bekannt: angemeldet und eingecheckt</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/walk_in_dialog.py" line="117" />
        <source>Was registered already: checked in</source>
        <translation>War schon angemeldet: eingecheckt</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/dialogs/walk_in_dialog.py" line="118" />
        <source>Walk-in registered and checked in</source>
        <translation>Spontan gekommen: angemeldet und eingecheckt</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../smartnet_desktop/ui/views/welcome_page.py" line="15" />
        <source>Welcome to SmartNet Desktop</source>
        <translation>Willkommen bei SmartNet Desktop</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/welcome_page.py" line="19" />
        <source>This database holds no event yet. Create the next meeting of your network, or look around in the demo meeting (4th network meeting in Gera, 2022).</source>
        <translation>Diese Datenbank enthält noch keine Veranstaltung. Legen Sie das nächste Treffen Ihres Netzwerks an oder sehen Sie sich im Demo-Treffen um (4. Netzwerktreffen in Gera, 2022).</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/welcome_page.py" line="27" />
        <source>Create event…</source>
        <translation>Veranstaltung anlegen…</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/views/welcome_page.py" line="28" />
        <source>Open the demo meeting</source>
        <translation>Demo-Treffen öffnen</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../smartnet_desktop/ui/file_dialogs.py" line="25" />
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../../smartnet_desktop/ui/file_dialogs.py" line="26" />
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
</TS>