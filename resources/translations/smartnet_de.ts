<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AgendaItemDialog</name>
    <message>
        <source>Edit agenda item</source>
        <translation>Tagesordnungspunkt bearbeiten</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>Neuer Tagesordnungspunkt</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>fixed start</source>
        <translation>fester Beginn</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Vortrag</translation>
    </message>
    <message>
        <source>Tour</source>
        <translation>Rundgang</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Diskussion</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>Austausch</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Speaker / responsible</source>
        <translation>Vortragende / verantwortlich</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>AgendaRecord</name>
    <message>
        <source>Note on this item</source>
        <translation>Notiz zu diesem Punkt</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Notiz speichern</translation>
    </message>
    <message>
        <source>Opinion poll</source>
        <translation>Meinungsbild</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Options, separated by ;</source>
        <translation>Antworten, getrennt durch ;</translation>
    </message>
    <message>
        <source>Show of hands</source>
        <translation>Per Handzeichen</translation>
    </message>
    <message>
        <source>Add poll</source>
        <translation>Meinungsbild anlegen</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <source>Projector view</source>
        <translation>Beamer-Ansicht</translation>
    </message>
    <message>
        <source>Suggestions for the meetings</source>
        <translation>Vorschläge zur Weiterentwicklung</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Save change</source>
        <translation>Änderung speichern</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Delete poll</source>
        <translation>Meinungsbild löschen</translation>
    </message>
    <message>
        <source>Delete the poll “%1” with its votes? Undo brings it back.</source>
        <translation>Das Meinungsbild „%1“ mit seinen Stimmen löschen? „Rückgängig“ holt es zurück.</translation>
    </message>
    <message>
        <source>The note was not saved and stays in the field: %1</source>
        <translation>Die Notiz wurde nicht gespeichert und bleibt im Feld: %1</translation>
    </message>
    <message>
        <source>Note not saved</source>
        <translation>Notiz nicht gespeichert</translation>
    </message>
    <message>
        <source>The note on the agenda item could not be saved. Close and lose it?</source>
        <translation>Die Notiz zum Tagesordnungspunkt konnte nicht gespeichert werden. Trotzdem schließen und sie verwerfen?</translation>
    </message>
</context>
<context>
    <name>AgendaTableModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Speaker / responsible</source>
        <translation>Vortragende / verantwortlich</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Vortrag</translation>
    </message>
    <message>
        <source>Tour</source>
        <translation>Rundgang</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Diskussion</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>Austausch</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>Overlaps the previous item</source>
        <translation>Überschneidet sich mit dem vorigen Punkt</translation>
    </message>
    <message>
        <source>Runs past the end of the event</source>
        <translation>Endet nach dem Ende der Veranstaltung</translation>
    </message>
    <message>
        <source>Fixed start time</source>
        <translation>Feste Anfangszeit</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>Agenda</source>
        <translation>Tagesordnung</translation>
    </message>
    <message>
        <source>Handout as PDF…</source>
        <translation>Tagesordnung als PDF…</translation>
    </message>
    <message>
        <source>Check the times of: %1</source>
        <translation>Bitte die Zeiten prüfen: %1</translation>
    </message>
    <message>
        <source>Agenda handout</source>
        <translation>Tagesordnung (PDF)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
</context>
<context>
    <name>AttendeeDialog</name>
    <message>
        <source>Edit person</source>
        <translation>Person bearbeiten</translation>
    </message>
    <message>
        <source>Add attendee</source>
        <translation>Teilnehmende hinzufügen</translation>
    </message>
    <message>
        <source>Academic title</source>
        <translation>Akademischer Titel</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Telefon (optional)</translation>
    </message>
    <message>
        <source>Note (this meeting)</source>
        <translation>Notiz (dieses Treffen)</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>gleiche E-Mail</translation>
    </message>
    <message>
        <source>same name and organisation</source>
        <translation>gleicher Name und gleiche Organisation</translation>
    </message>
    <message>
        <source>Already in the network</source>
        <translation>Bereits im Netzwerk</translation>
    </message>
    <message>
        <source>%1 (%2) is already in the network (%3). Register this person instead of creating a new one?</source>
        <translation>%1 (%2) ist bereits im Netzwerk (%3). Diese Person anmelden, statt eine neue anzulegen?</translation>
    </message>
</context>
<context>
    <name>AttendeeListView</name>
    <message>
        <source>Search name, organisation, email (with @) or badge code</source>
        <translation>Name, Organisation, E-Mail (mit @) oder Code suchen</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>%1 angezeigt</translation>
    </message>
</context>
<context>
    <name>AttendeeTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Badge code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Badge printed</source>
        <translation>Namensschild gedruckt</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Contact sharing</source>
        <translation>Kontaktweitergabe</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Badge marker</source>
        <translation>Schild-Markierung</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>new (org.)</source>
        <translation>neu (Org.)</translation>
    </message>
</context>
<context>
    <name>AttendeesView</name>
    <message>
        <source>Attendees</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Everyone registered for this event. Type any part of a name or organisation, an email address with its @, or a badge code; accents and case do not matter.</source>
        <translation>Alle, die für diese Veranstaltung angemeldet sind. Tippen Sie einen Teil von Name oder Organisation, eine E-Mail-Adresse mit @ oder einen Code; Akzente und Groß-/Kleinschreibung spielen keine Rolle.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <source>Not yet checked in</source>
        <translation>Noch nicht eingecheckt</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Spontan Gekommene</translation>
    </message>
    <message>
        <source>No photos</source>
        <translation>Keine Fotos</translation>
    </message>
    <message>
        <source>Merge duplicates…</source>
        <translation>Doppelte zusammenführen…</translation>
    </message>
    <message>
        <source>Remove from this event</source>
        <translation>Von dieser Veranstaltung entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from this event&apos;s list? The person stays in the network; %2 brings the registration back.</source>
        <translation>%1 von der Liste dieser Veranstaltung entfernen? Die Person bleibt im Netzwerk; %2 holt die Anmeldung zurück.</translation>
    </message>
    <message>
        <source>Merge duplicates</source>
        <translation>Doppelte zusammenführen</translation>
    </message>
    <message>
        <source>Select exactly two rows: the person to keep first.</source>
        <translation>Wählen Sie genau zwei Zeilen: zuerst die Person, die bleiben soll.</translation>
    </message>
    <message>
        <source>Merge %2 into %1? %1 keeps the registrations, check-ins and consent history of both.</source>
        <translation>%2 mit %1 zusammenführen? %1 behält die Anmeldungen, Check-ins und Einwilligungsverläufe beider.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Undo removal</source>
        <translation>Entfernen rückgängig</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>Protokoll exportieren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx);;CSV für Excel (*.csv)</translation>
    </message>
</context>
<context>
    <name>BadgeSettingsDialog</name>
    <message>
        <source>Badge settings</source>
        <translation>Einstellungen für Namensschilder</translation>
    </message>
    <message>
        <source>Printer offset (measure it on the calibration page)</source>
        <translation>Drucker-Versatz (auf der Kalibrierseite messen)</translation>
    </message>
    <message>
        <source>x (to the right)</source>
        <translation>x (nach rechts)</translation>
    </message>
    <message>
        <source>y (downwards)</source>
        <translation>y (nach unten)</translation>
    </message>
    <message>
        <source>Photo-objection marker</source>
        <translation>Markierung bei Foto-Widerspruch</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Custom sheet</source>
        <translation>Eigene Bogenvorlage</translation>
    </message>
    <message>
        <source>Page width / height</source>
        <translation>Seitenbreite / -höhe</translation>
    </message>
    <message>
        <source>Badge width / height</source>
        <translation>Schildbreite / -höhe</translation>
    </message>
    <message>
        <source>Columns / rows</source>
        <translation>Spalten / Zeilen</translation>
    </message>
    <message>
        <source>Margin left / top</source>
        <translation>Rand links / oben</translation>
    </message>
    <message>
        <source>Gap between columns / rows</source>
        <translation>Abstand zwischen Spalten / Zeilen</translation>
    </message>
    <message>
        <source>Custom layout</source>
        <translation>Eigene Vorlage</translation>
    </message>
</context>
<context>
    <name>BadgesView</name>
    <message>
        <source>Badges</source>
        <translation>Namensschilder</translation>
    </message>
    <message>
        <source>Name badges with a QR code that opens the organisation&apos;s profile. Choose whom to print, the badge stock and the QR content; the preview shows the first page.</source>
        <translation>Namensschilder mit einem QR-Code, der den Steckbrief der Organisation öffnet. Wählen Sie, für wen gedruckt wird, die Vorlage und den QR-Inhalt; die Vorschau zeigt die erste Seite.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Not yet printed</source>
        <translation>Noch nicht gedruckt</translation>
    </message>
    <message>
        <source>Needs a reprint</source>
        <translation>Neu drucken</translation>
    </message>
    <message>
        <source>Checked in without badge</source>
        <translation>Eingecheckt ohne Namensschild</translation>
    </message>
    <message>
        <source>Not yet printed or reprint</source>
        <translation>Noch nicht gedruckt oder neu drucken</translation>
    </message>
    <message>
        <source>Selected rows</source>
        <translation>Ausgewählte Zeilen</translation>
    </message>
    <message>
        <source>QR: profile with badge code</source>
        <translation>QR: Steckbrief mit Code</translation>
    </message>
    <message>
        <source>QR: badge code</source>
        <translation>QR: Code</translation>
    </message>
    <message>
        <source>Whom:</source>
        <translation>Für:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Calibration page…</source>
        <translation>Kalibrierseite…</translation>
    </message>
    <message>
        <source>Badge settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Saved PDF counts as printed</source>
        <translation>Gespeicherte PDF als gedruckt vermerken</translation>
    </message>
    <message>
        <source>“Ask me about” with the organisation&apos;s offers</source>
        <translation>„Fragen Sie mich zu“ mit den Angeboten der Organisation</translation>
    </message>
    <message>
        <source>First free label on the first sheet</source>
        <translation>Erstes freies Etikett auf dem ersten Bogen</translation>
    </message>
    <message>
        <source>from label</source>
        <translation>ab Etikett</translation>
    </message>
    <message>
        <source>Custom layout</source>
        <translation>Eigene Vorlage</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Nobody to print with this choice.</source>
        <translation>Bei dieser Auswahl ist nichts zu drucken.</translation>
    </message>
    <message>
        <source>%1 badges on %2 pages</source>
        <translation>%1 Namensschilder auf %2 Seiten</translation>
    </message>
    <message>
        <source>Save badges</source>
        <translation>Namensschilder speichern</translation>
    </message>
    <message>
        <source>%1 badges saved.</source>
        <translation>%1 Namensschilder gespeichert.</translation>
    </message>
    <message>
        <source>%1 badges sent to the printer.</source>
        <translation>%1 Namensschilder an den Drucker geschickt.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Der Drucker konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Calibration page</source>
        <translation>Kalibrierseite</translation>
    </message>
    <message>
        <source>“Ask me about” does not fit on every badge of this sheet: left out on %1, shortened with … on %2 of %3 badges.</source>
        <translation>„Fragen Sie mich zu“ passt nicht auf jedes Namensschild dieses Bogens: weggelassen auf %1, mit … gekürzt auf %2 von %3 Namensschildern.</translation>
    </message>
</context>
<context>
    <name>CheckinView</name>
    <message>
        <source>Check-in</source>
        <translation>Einchecken</translation>
    </message>
    <message>
        <source>Old badge of the %1 meeting — %2 prints a new one · checked in at</source>
        <translation>Altes Namensschild vom %1 Treffen – %2 druckt ein neues · eingecheckt um</translation>
    </message>
    <message>
        <source>Old badge of “%1” — %2 prints a new one · checked in at</source>
        <translation>Altes Namensschild von „%1“ – %2 druckt ein neues · eingecheckt um</translation>
    </message>
    <message>
        <source>Desk name</source>
        <translation>Name des Empfangsplatzes</translation>
    </message>
    <message>
        <source>Name of this desk or of the staff member (stored with each check-in):</source>
        <translation>Name dieses Empfangsplatzes oder der Person am Empfang (wird bei jedem Einchecken gespeichert):</translation>
    </message>
    <message>
        <source>Desk: %1</source>
        <translation>Empfang: %1</translation>
    </message>
    <message>
        <source>Nobody matches “%1”.</source>
        <translation>Niemand passt zu „%1“.</translation>
    </message>
    <message>
        <source>Type a name or scan a badge, then %1</source>
        <translation>Namen tippen oder Namensschild scannen, dann %1</translation>
    </message>
    <message>
        <source>Desk name…</source>
        <translation>Name des Empfangs…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1 registered people match. Choose with %2, then %3 — or type more.</source>
        <translation>%1 Angemeldete passen. Mit %2 wählen, dann %3 – oder weitertippen.</translation>
    </message>
    <message>
        <source>the %1 meeting</source>
        <translation>das %1 Treffen</translation>
    </message>
    <message>
        <source>This badge is for %1 (%2). %3: register for this meeting · %4: no</source>
        <translation>Dieses Namensschild ist für %1 (%2). %3: für dieses Treffen anmelden · %4: nein</translation>
    </message>
    <message>
        <source>Registered for this meeting and checked in</source>
        <translation>Für dieses Treffen angemeldet und eingecheckt</translation>
    </message>
    <message>
        <source>Already checked in at %1 by %2.</source>
        <translation>Bereits eingecheckt um %1 (Empfang: %2).</translation>
    </message>
    <message>
        <source>Details restored: %1</source>
        <translation>Angaben wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>There is nothing to undo at this desk.</source>
        <translation>An diesem Empfang gibt es nichts zurückzunehmen.</translation>
    </message>
    <message>
        <source>Undo the changed details of %1? %2: undo · %3: keep</source>
        <translation>Geänderte Angaben von %1 zurücknehmen? %2: zurücknehmen · %3: behalten</translation>
    </message>
    <message>
        <source>Undo the check-in of %1? %2: undo · %3: keep</source>
        <translation>Check-in von %1 zurücknehmen? %2: zurücknehmen · %3: behalten</translation>
    </message>
    <message>
        <source>Check-in undone: %1</source>
        <translation>Check-in zurückgenommen: %1</translation>
    </message>
    <message>
        <source>Recorded for</source>
        <translation>Erfasst für</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <source>Walk-in…</source>
        <translation>Spontan gekommen…</translation>
    </message>
    <message>
        <source>Undo check-in</source>
        <translation>Check-in zurücknehmen</translation>
    </message>
    <message>
        <source>Not registered for this meeting: %1 — type more.</source>
        <translation>Nicht für dieses Treffen angemeldet: %1 — weitertippen.</translation>
    </message>
    <message>
        <source>Not registered — %1: register and check in · %2: no</source>
        <translation>Nicht angemeldet — %1: anmelden und einchecken · %2: nein</translation>
    </message>
    <message>
        <source>1 registered person matches. %1: check in</source>
        <translation>1 angemeldete Person passt. %1: einchecken</translation>
    </message>
    <message>
        <source>· below, grey: %1 known, not registered</source>
        <translation>· darunter grau: %1 bekannt, nicht angemeldet</translation>
    </message>
    <message>
        <source>0 registered · 1 known, not registered — %1: register and check in</source>
        <translation>0 angemeldet · 1 bekannt, nicht angemeldet — %1: anmelden und einchecken</translation>
    </message>
    <message>
        <source>0 registered · %1 known, not registered — %2, then %3: register and check in</source>
        <translation>0 angemeldet · %1 bekannt, nicht angemeldet — %2, dann %3: anmelden und einchecken</translation>
    </message>
    <message>
        <source>%1 edits the details of the person shown: check someone in or pick them first.</source>
        <translation>%1 bearbeitet die Angaben der angezeigten Person: zuerst jemanden einchecken oder auswählen.</translation>
    </message>
    <message>
        <source>Details saved</source>
        <translation>Angaben gespeichert</translation>
    </message>
</context>
<context>
    <name>ConsentActions</name>
    <message>
        <source>No photos at this event</source>
        <translation>Keine Fotos bei dieser Veranstaltung</translation>
    </message>
    <message>
        <source>No photos at any event</source>
        <translation>Keine Fotos bei allen Veranstaltungen</translation>
    </message>
    <message>
        <source>Withdraw photo objection</source>
        <translation>Foto-Widerspruch zurücknehmen</translation>
    </message>
    <message>
        <source>Contact sharing: yes</source>
        <translation>Kontaktweitergabe: ja</translation>
    </message>
    <message>
        <source>Contact sharing: no</source>
        <translation>Kontaktweitergabe: nein</translation>
    </message>
    <message>
        <source>Consent history…</source>
        <translation>Einwilligungsverlauf…</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
</context>
<context>
    <name>ConsentHistoryDialog</name>
    <message>
        <source>Consent history: %1</source>
        <translation>Einwilligungsverlauf: %1</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Contact sharing</source>
        <translation>Kontaktweitergabe</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>zugestimmt</translation>
    </message>
    <message>
        <source>objected</source>
        <translation>widersprochen</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>zurückgenommen</translation>
    </message>
    <message>
        <source>this event</source>
        <translation>diese Veranstaltung</translation>
    </message>
    <message>
        <source>all events</source>
        <translation>alle Veranstaltungen</translation>
    </message>
    <message>
        <source>desk</source>
        <translation>Empfang</translation>
    </message>
    <message>
        <source>form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Weg</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Nothing recorded: never asked, nothing is shared.</source>
        <translation>Nichts erfasst: nie gefragt, es wird nichts weitergegeben.</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Ask me later</source>
        <translation>Später fragen</translation>
    </message>
    <message>
        <source>Question %1 of 2</source>
        <translation>Frage %1 von 2</translation>
    </message>
    <message>
        <source>Yes – no photos of me</source>
        <translation>Ja – keine Fotos von mir</translation>
    </message>
    <message>
        <source>No – photos are fine</source>
        <translation>Nein – Fotos sind in Ordnung</translation>
    </message>
    <message>
        <source>Yes – on the distribution list</source>
        <translation>Ja – in den Verteiler</translation>
    </message>
    <message>
        <source>No – do not pass on</source>
        <translation>Nein – nicht weitergeben</translation>
    </message>
</context>
<context>
    <name>ContactSharingView</name>
    <message>
        <source>Contact sharing</source>
        <translation>Kontaktweitergabe</translation>
    </message>
    <message>
        <source>May the organiser pass the contact details on in the network&apos;s distribution list? Only a recorded yes shares anything; never asked shares nothing.</source>
        <translation>Darf der Veranstalter die Kontaktdaten im Netzwerkverteiler weitergeben? Nur ein erfasstes Ja gibt etwas weiter; nie gefragt gibt nichts weiter.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Noch nicht gefragt</translation>
    </message>
    <message>
        <source>May be shared</source>
        <translation>Darf weitergegeben werden</translation>
    </message>
    <message>
        <source>Objected</source>
        <translation>Widersprochen</translation>
    </message>
    <message>
        <source>Export distribution list…</source>
        <translation>Netzwerkverteiler exportieren…</translation>
    </message>
    <message>
        <source>Distribution list</source>
        <translation>Netzwerkverteiler</translation>
    </message>
    <message>
        <source>%1 people of the network may be shared and will be exported.
Left out: %2 never asked, %3 objected.

Continue?</source>
        <translation>%1 Personen des Netzwerks dürfen weitergegeben werden und werden exportiert.
Nicht enthalten: %2 nie gefragt, %3 widersprochen.

Fortfahren?</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv);;vCard (*.vcf)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx);;CSV für Excel (*.csv);;vCard (*.vcf)</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
</context>
<context>
    <name>DeskActions</name>
    <message>
        <source>De&amp;sk</source>
        <translation>E&amp;mpfang</translation>
    </message>
    <message>
        <source>Check-in &amp;list (PDF)…</source>
        <translation>Check-in-&amp;Liste (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Sound for each result</source>
        <translation>&amp;Ton bei jedem Ergebnis</translation>
    </message>
    <message>
        <source>Sound for &amp;problems (unknown code, refusal)</source>
        <translation>Ton bei &amp;Problemen (unbekannter Code, Ablehnung)</translation>
    </message>
    <message>
        <source>Desk &amp;name…</source>
        <translation>&amp;Name des Empfangs…</translation>
    </message>
    <message>
        <source>&amp;Printer of this desk…</source>
        <translation>&amp;Drucker dieses Empfangs…</translation>
    </message>
    <message>
        <source>Print the badge at each &amp;check-in</source>
        <translation>Namensschild bei jedem &amp;Check-in drucken</translation>
    </message>
    <message>
        <source>&amp;Keyboard reference</source>
        <translation>&amp;Tastenübersicht</translation>
    </message>
    <message>
        <source>Keyboard reference</source>
        <translation>Tastenübersicht</translation>
    </message>
    <message>
        <source>Save the check-in list</source>
        <translation>Check-in-Liste speichern</translation>
    </message>
    <message>
        <source>checkin-list.pdf</source>
        <translation>checkin-liste.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Check-in list</source>
        <translation>Check-in-Liste</translation>
    </message>
    <message>
        <source>Check-in list with %1 people saved.</source>
        <translation>Check-in-Liste mit %1 Personen gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Kiosk PIN…</source>
        <translation>&amp;Kiosk-PIN…</translation>
    </message>
</context>
<context>
    <name>DeskDetailsDialog</name>
    <message>
        <source>Details of %1</source>
        <translation>Angaben von %1</translation>
    </message>
    <message>
        <source>Note (this meeting)</source>
        <translation>Notiz (dieses Treffen)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Academic title</source>
        <translation>Akademischer Titel</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>e.g. VIP — tell the host; pays at the desk</source>
        <translation>z. B. VIP — Gastgeber informieren; zahlt vor Ort</translation>
    </message>
</context>
<context>
    <name>DeskLog</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Desk log</source>
        <translation>Protokoll des Empfangs</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Als CSV speichern…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>%1 entries, %2 with a problem</source>
        <translation>%1 Einträge, %2 mit Problem</translation>
    </message>
    <message>
        <source>Save the desk log</source>
        <translation>Protokoll des Empfangs speichern</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV für Excel (*.csv)</translation>
    </message>
</context>
<context>
    <name>DeskOffline</name>
    <message>
        <source>Seen</source>
        <translation>Gesehen</translation>
    </message>
    <message>
        <source>%1 (%2 here): no longer registered</source>
        <translation>%1 (hier %2): nicht mehr angemeldet</translation>
    </message>
    <message>
        <source>%1 (%2 here): checked in at %3 by %4 meanwhile</source>
        <translation>%1 (hier %2): inzwischen um %3 von %4 eingecheckt</translation>
    </message>
    <message>
        <source>Not taken by the server (made offline): %1</source>
        <translation>Vom Server nicht übernommen (ohne Verbindung gemacht): %1</translation>
    </message>
    <message>
        <source>Server reachable again. Check-ins sent: %1 · conflicts: %2</source>
        <translation>Server wieder erreichbar. Gesendete Check-ins: %1 · Konflikte: %2</translation>
    </message>
    <message>
        <source>Check-ins made offline, waiting to be sent: %1</source>
        <translation>Ohne Verbindung gemachte Check-ins, die noch gesendet werden: %1</translation>
    </message>
    <message>
        <source>set aside: %1 (%2: %3)</source>
        <translation>zurückgestellt: %1 (%2: %3)</translation>
    </message>
    <message>
        <source>Refused by the server and set aside (kept on this computer): %1</source>
        <translation>Vom Server abgelehnt und zurückgestellt (auf diesem Computer aufbewahrt): %1</translation>
    </message>
    <message>
        <source>Already checked in at %1 by %2.</source>
        <translation>Bereits um %1 von %2 eingecheckt.</translation>
    </message>
    <message>
        <source>Checked in %1 — kept on this computer, sent when the server is back</source>
        <translation>Eingecheckt %1 – auf diesem Rechner gespeichert, wird gesendet, sobald der Server wieder erreichbar ist</translation>
    </message>
    <message>
        <source>Recorded — kept on this computer, sent when the server is back</source>
        <translation>Erfasst – auf diesem Rechner gespeichert, wird gesendet, sobald der Server wieder erreichbar ist</translation>
    </message>
    <message>
        <source>No connection to the server. Search works on the list loaded; check-ins are kept on this computer (%1 waiting) and sent when the server is back.</source>
        <translation>Keine Verbindung zum Server. Die Suche arbeitet mit der geladenen Liste; Check-ins werden auf diesem Rechner gespeichert (%1 wartend) und gesendet, sobald der Server wieder erreichbar ist.</translation>
    </message>
</context>
<context>
    <name>DeskPanels</name>
    <message>
        <source>Ready: type a name or scan a badge.</source>
        <translation>Bereit: Namen tippen oder Namensschild scannen.</translation>
    </message>
    <message>
        <source>NO PHOTOS</source>
        <translation>KEINE FOTOS</translation>
    </message>
    <message>
        <source>Photos: no objection recorded</source>
        <translation>Fotos: kein Widerspruch erfasst</translation>
    </message>
    <message>
        <source>Contact sharing: %1</source>
        <translation>Kontaktweitergabe: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>offers: %1</source>
        <translation>bietet: %1</translation>
    </message>
    <message>
        <source>offers help</source>
        <translation>bietet Hilfe</translation>
    </message>
    <message>
        <source>looks for help: %1</source>
        <translation>sucht Hilfe: %1</translation>
    </message>
    <message>
        <source>looks for help</source>
        <translation>sucht Hilfe</translation>
    </message>
    <message>
        <source>Here today and a match:</source>
        <translation>Heute hier und passend:</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>angemeldet</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>eingecheckt</translation>
    </message>
    <message>
        <source>of them walk-ins</source>
        <translation>davon spontan</translation>
    </message>
    <message>
        <source>still expected</source>
        <translation>noch erwartet</translation>
    </message>
    <message>
        <source>NEW: first meeting</source>
        <translation>NEU: erstes Treffen</translation>
    </message>
</context>
<context>
    <name>DeskPrinterDialog</name>
    <message>
        <source>Printer of this desk</source>
        <translation>Drucker dieses Empfangs</translation>
    </message>
    <message>
        <source>PDF files in a folder (print later)</source>
        <translation>PDF-Dateien in einem Ordner (später drucken)</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <source>Badge stock in it</source>
        <translation>Eingelegte Namensschild-Vorlage</translation>
    </message>
    <message>
        <source>Folder for the badges</source>
        <translation>Ordner für die Namensschilder</translation>
    </message>
    <message>
        <source>No printer found on this computer. Set one up in the system&apos;s printer settings, or save the badges as PDF files to print later.</source>
        <translation>Auf diesem Computer wurde kein Drucker gefunden. Richten Sie einen in den Druckereinstellungen des Systems ein oder speichern Sie die Namensschilder als PDF-Dateien, um sie später zu drucken.</translation>
    </message>
    <message>
        <source>Mark saved PDFs as printed</source>
        <translation>Gespeicherte PDFs als gedruckt markieren</translation>
    </message>
</context>
<context>
    <name>DeskPrinting</name>
    <message>
        <source>Badge printed for %1.</source>
        <translation>Namensschild für %1 gedruckt.</translation>
    </message>
    <message>
        <source>Printing failed, nothing was marked printed: %1</source>
        <translation>Drucken fehlgeschlagen, nichts wurde als gedruckt vermerkt: %1</translation>
    </message>
    <message>
        <source>Printing the badge for %1…</source>
        <translation>Namensschild für %1 wird gedruckt…</translation>
    </message>
    <message>
        <source>No badge printer chosen for this desk: press %1.</source>
        <translation>Für diesen Empfang ist kein Namensschild-Drucker gewählt: %1 drücken.</translation>
    </message>
    <message>
        <source>Badge for %1 saved as %2 (not marked printed).</source>
        <translation>Namensschild für %1 gespeichert als %2 (nicht als gedruckt markiert).</translation>
    </message>
    <message>
        <source>Badge for %1 saved as %2 and marked printed.</source>
        <translation>Namensschild für %1 gespeichert als %2 und als gedruckt markiert.</translation>
    </message>
    <message>
        <source>This desk prints on %1: too small for a sheet (A5 or A4).</source>
        <translation>Dieser Platz druckt auf %1: zu klein für einen Bogen (A5 oder A4).</translation>
    </message>
    <message>
        <source>Printing the sheet for %1…</source>
        <translation>Bogen „Heute für Sie interessant“ für %1 wird gedruckt…</translation>
    </message>
    <message>
        <source>No sheet for %1: no organisation that fits theirs is here yet.</source>
        <translation>Kein Bogen für %1: noch ist keine passende Organisation hier.</translation>
    </message>
    <message>
        <source>Sheet for %1 saved as %2.</source>
        <translation>Bogen für %1 gespeichert als %2.</translation>
    </message>
    <message>
        <source>Sheet printed for %1.</source>
        <translation>Bogen für %1 gedruckt.</translation>
    </message>
</context>
<context>
    <name>DeskTableModel</name>
    <message>
        <source>not registered — %1: register and check in</source>
        <translation>nicht angemeldet — %1: anmelden und einchecken</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>EmptyStates</name>
    <message>
        <source>Nobody registered yet: import the registrations (%1) or register walk-ins (%2).</source>
        <translation>Noch niemand angemeldet: Anmeldungen importieren (%1) oder spontan Gekommene erfassen (%2).</translation>
    </message>
    <message>
        <source>Nobody is registered for this meeting yet. Import the registrations with %1, or register each arrival at the desk (%2) as a walk-in (%3).</source>
        <translation>Für diese Veranstaltung ist noch niemand angemeldet. Importieren Sie die Anmeldungen mit %1 oder erfassen Sie Ankommende am Empfang (%2) als spontan Gekommene (%3).</translation>
    </message>
    <message>
        <source>Nobody matches the search or the filter.</source>
        <translation>Niemand passt zur Suche oder zum Filter.</translation>
    </message>
    <message>
        <source>Nobody has objected to photos. An objection is recorded at the desk (%1) with %2 when the person is shown.</source>
        <translation>Niemand hat Fotos widersprochen. Ein Widerspruch wird am Empfang (%1) mit %2 erfasst, wenn die Person angezeigt wird.</translation>
    </message>
    <message>
        <source>The agenda is empty. Add its first item with %1.</source>
        <translation>Die Tagesordnung ist leer. Fügen Sie den ersten Punkt mit %1 hinzu.</translation>
    </message>
    <message>
        <source>No organisations yet. They come with the registrations (%1) and with the survey (“Import survey…” below).</source>
        <translation>Noch keine Organisationen. Sie kommen mit den Anmeldungen (%1) und mit der Umfrage („Umfrage importieren…“ unten).</translation>
    </message>
    <message>
        <source>No matches yet: they come from the survey&apos;s offers and needs. Import the survey in Organisations (%1, “Import survey…”).</source>
        <translation>Noch keine Matches: Sie ergeben sich aus den Angeboten und Bedarfen der Umfrage. Importieren Sie die Umfrage unter Organisationen (%1, „Umfrage importieren…“).</translation>
    </message>
    <message>
        <source>No survey answers yet. Import the survey in Organisations (%1, “Import survey…”).</source>
        <translation>Noch keine Antworten auf die Umfrage. Importieren Sie die Umfrage unter Organisationen (%1, „Umfrage importieren…“).</translation>
    </message>
</context>
<context>
    <name>ErrorHandling</name>
    <message>
        <source>Something unexpected went wrong. Your data is safe: every change is saved as it is made. Details were written to %1.</source>
        <translation>Etwas Unerwartetes ist passiert. Ihre Daten sind sicher: jede Änderung wird sofort gespeichert. Einzelheiten stehen in %1.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Your data is safe: every change is saved as it is made. The details could not be written (the data folder is full or unwritable).</source>
        <translation>Etwas Unerwartetes ist passiert. Ihre Daten sind sicher: jede Änderung wird sofort gespeichert. Die Einzelheiten konnten nicht gespeichert werden (der Datenordner ist voll oder nicht beschreibbar).</translation>
    </message>
    <message>
        <source>Restore this backup now? The damaged file is kept beside it.</source>
        <translation>Diese Sicherung jetzt wiederherstellen? Die beschädigte Datei wird daneben aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>EventActions</name>
    <message>
        <source>Invite</source>
        <translation>Einladen</translation>
    </message>
    <message>
        <source>There is no other event yet.</source>
        <translation>Es gibt noch keine andere Veranstaltung.</translation>
    </message>
    <message>
        <source>Invite from a previous event</source>
        <translation>Aus früherer Veranstaltung einladen</translation>
    </message>
    <message>
        <source>Register the people of this event for the current one:</source>
        <translation>Die Personen dieser Veranstaltung für die aktuelle anmelden:</translation>
    </message>
    <message>
        <source>%1 people registered from %2</source>
        <translation>%1 Personen aus %2 angemeldet</translation>
    </message>
    <message>
        <source>Import registrations</source>
        <translation>Anmeldungen importieren</translation>
    </message>
    <message>
        <source>Registration lists (*.csv *.xlsx *.txt)</source>
        <translation>Anmeldelisten (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <source>%1 registered (%2 new in the network), %3 were already registered, %4 rows skipped.</source>
        <translation>%1 angemeldet (%2 neu im Netzwerk), %3 waren bereits angemeldet, %4 Zeilen übersprungen.</translation>
    </message>
    <message>
        <source>Export attendee list</source>
        <translation>Teilnehmerliste exportieren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx);;CSV für Excel (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>%1 attendees written to %2</source>
        <translation>%1 Teilnehmende in %2 geschrieben</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Event settings</source>
        <translation>Veranstaltungseinstellungen</translation>
    </message>
    <message>
        <source>Duplicate event</source>
        <translation>Veranstaltung duplizieren</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Neue Veranstaltung</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>e.g. 5. Netzwerktreffen Smart Cities / Smart Regions</source>
        <translation>z. B. 5. Netzwerktreffen Smart Cities / Smart Regions</translation>
    </message>
    <message>
        <source>Shown on the agenda handout, one notice per line</source>
        <translation>Erscheinen auf der Tagesordnung, ein Hinweis pro Zeile</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>Organisation profile (Steckbrief), else badge code</source>
        <translation>Steckbrief der Organisation, sonst Code</translation>
    </message>
    <message>
        <source>Badge code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Number in the series</source>
        <translation>Nummer in der Reihe</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Veranstaltungsort</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Gastgeber</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Veranstalter</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Keep personal data for</source>
        <translation>Personenbezogene Daten aufbewahren für</translation>
    </message>
    <message>
        <source>QR code on badges</source>
        <translation>QR-Code auf Namensschildern</translation>
    </message>
    <message>
        <source>Photo question</source>
        <translation>Frage zu Fotos</translation>
    </message>
    <message>
        <source>At the kiosk, “Yes” records an objection to photos (“No” none): word the question so that “Yes” means “no photos of me”.</source>
        <translation>Am Kiosk erfasst „Ja“ einen Widerspruch gegen Fotos („Nein“ keinen): formulieren Sie die Frage so, dass „Ja“ „keine Fotos von mir“ bedeutet.</translation>
    </message>
    <message>
        <source>Contact-sharing question</source>
        <translation>Frage zur Kontaktweitergabe</translation>
    </message>
    <message>
        <source>Date in the past</source>
        <translation>Datum in der Vergangenheit</translation>
    </message>
    <message>
        <source>%1 was long ago. Is this date right?</source>
        <translation>Der %1 liegt lange zurück. Stimmt dieses Datum?</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import registrations</source>
        <translation>Anmeldungen importieren</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Import the valid rows and skip the others</source>
        <translation>Gültige Zeilen importieren, die anderen überspringen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Spalten: %1</translation>
    </message>
    <message>
        <source>%1 rows, %2 with problems.</source>
        <translation>%1 Zeilen, %2 mit Problemen.</translation>
    </message>
    <message>
        <source>Ignored columns: %1</source>
        <translation>Nicht verwendete Spalten: %1</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>At the desk</source>
        <translation>Am Empfang</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Tagesordnung</translation>
    </message>
    <message>
        <source>Photo consent</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Contact sharing</source>
        <translation>Kontaktweitergabe</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Namensschilder</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>check in: the scanned badge, the single match or the chosen row</source>
        <translation>einchecken: das gescannte Namensschild, den einzigen Treffer oder die gewählte Zeile</translation>
    </message>
    <message>
        <source>choose among several matches</source>
        <translation>unter mehreren Treffern wählen</translation>
    </message>
    <message>
        <source>empty the search field; answer a question in the band with no</source>
        <translation>Suchfeld leeren; Frage im Band verneinen</translation>
    </message>
    <message>
        <source>undo typing; in the empty field: offers to undo this desk&apos;s last check-in (Enter confirms)</source>
        <translation>Tippen zurücknehmen; im leeren Feld: letzten Check-in hier zurücknehmen (Enter bestätigt)</translation>
    </message>
    <message>
        <source>walk-in, prefilled from the typed name: register and check in, with photo and contact-sharing answers</source>
        <translation>spontan gekommen: mit dem getippten Namen anmelden und einchecken, mit Foto- und Kontaktantworten</translation>
    </message>
    <message>
        <source>no photos at this meeting</source>
        <translation>keine Fotos bei diesem Treffen</translation>
    </message>
    <message>
        <source>no photos</source>
        <translation>keine Fotos</translation>
    </message>
    <message>
        <source>no photos at any meeting</source>
        <translation>keine Fotos bei allen Treffen</translation>
    </message>
    <message>
        <source>no photos at any event</source>
        <translation>keine Fotos bei allen Treffen</translation>
    </message>
    <message>
        <source>contact sharing: yes</source>
        <translation>Kontaktweitergabe: ja</translation>
    </message>
    <message>
        <source>contact sharing yes</source>
        <translation>Kontaktweitergabe ja</translation>
    </message>
    <message>
        <source>contact sharing: no</source>
        <translation>Kontaktweitergabe: nein</translation>
    </message>
    <message>
        <source>contact sharing no</source>
        <translation>Kontaktweitergabe nein</translation>
    </message>
    <message>
        <source>print the badge of the person just checked in</source>
        <translation>Namensschild der gerade eingecheckten Person drucken</translation>
    </message>
    <message>
        <source>log of all scans, with their results</source>
        <translation>Protokoll aller Scans mit Ergebnis</translation>
    </message>
    <message>
        <source>print badge</source>
        <translation>Namensschild drucken</translation>
    </message>
    <message>
        <source>edit the shown person&apos;s details and note</source>
        <translation>Angaben und Notiz bearbeiten</translation>
    </message>
    <message>
        <source>details/note</source>
        <translation>Angaben/Notiz</translation>
    </message>
    <message>
        <source>this keyboard reference</source>
        <translation>diese Tastenübersicht</translation>
    </message>
    <message>
        <source>all keys</source>
        <translation>alle Tasten</translation>
    </message>
    <message>
        <source>switch views (the first, the desk, puts the cursor in its search field)</source>
        <translation>Ansicht wechseln (die erste, der Empfang, setzt den Cursor in sein Suchfeld)</translation>
    </message>
    <message>
        <source>new event</source>
        <translation>neue Veranstaltung</translation>
    </message>
    <message>
        <source>open another database</source>
        <translation>andere Datenbank öffnen</translation>
    </message>
    <message>
        <source>import registrations</source>
        <translation>Anmeldungen importieren</translation>
    </message>
    <message>
        <source>export the attendee list</source>
        <translation>Teilnehmerliste exportieren</translation>
    </message>
    <message>
        <source>back up now</source>
        <translation>jetzt sichern</translation>
    </message>
    <message>
        <source>quit</source>
        <translation>beenden</translation>
    </message>
    <message>
        <source>add a person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>edit the selected person</source>
        <translation>gewählte Person bearbeiten</translation>
    </message>
    <message>
        <source>remove the selected registrations</source>
        <translation>gewählte Anmeldungen entfernen</translation>
    </message>
    <message>
        <source>undo the last removal</source>
        <translation>letztes Entfernen rückgängig machen</translation>
    </message>
    <message>
        <source>consent history of the selected person</source>
        <translation>Einwilligungsverlauf der gewählten Person</translation>
    </message>
    <message>
        <source>photographers&apos; list as PDF</source>
        <translation>Liste für Fotografierende als PDF</translation>
    </message>
    <message>
        <source>export the distribution list</source>
        <translation>Verteiler exportieren</translation>
    </message>
    <message>
        <source>save the badges as PDF</source>
        <translation>Namensschilder als PDF speichern</translation>
    </message>
    <message>
        <source>print the badges</source>
        <translation>Namensschilder drucken</translation>
    </message>
    <message>
        <source>add an agenda item</source>
        <translation>Tagesordnungspunkt hinzufügen</translation>
    </message>
    <message>
        <source>edit the selected item</source>
        <translation>gewählten Punkt bearbeiten</translation>
    </message>
    <message>
        <source>delete the selected item</source>
        <translation>gewählten Punkt löschen</translation>
    </message>
    <message>
        <source>move the item up</source>
        <translation>Punkt nach oben schieben</translation>
    </message>
    <message>
        <source>move the item down</source>
        <translation>Punkt nach unten schieben</translation>
    </message>
    <message>
        <source>undo the last change to the agenda</source>
        <translation>letzte Änderung der Tagesordnung rückgängig machen</translation>
    </message>
    <message>
        <source>the agenda handout as PDF</source>
        <translation>Tagesordnung zum Verteilen als PDF</translation>
    </message>
    <message>
        <source>edit the selected organisation&apos;s profile</source>
        <translation>Steckbrief der gewählten Organisation bearbeiten</translation>
    </message>
    <message>
        <source>At the kiosk</source>
        <translation>Am Kiosk</translation>
    </message>
    <message>
        <source>staff: the PIN page, to close the kiosk</source>
        <translation>Personal: die PIN-Seite, um den Kiosk zu schließen</translation>
    </message>
    <message>
        <source>in the poll&apos;s projector view: full screen on and off; close</source>
        <translation>in der Beamer-Ansicht des Meinungsbilds: Vollbild an und aus; schließen</translation>
    </message>
    <message>
        <source>print the sheet of matches here today for the person just checked in</source>
        <translation>persönlichen Bogen drucken</translation>
    </message>
    <message>
        <source>print sheet</source>
        <translation>Bogen drucken</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>You are checked in already. For a new badge, please go to the desk.</source>
        <translation>Sie sind bereits eingecheckt. Für ein neues Namensschild gehen Sie bitte zum Empfang.</translation>
    </message>
    <message>
        <source>We could not find you here. Please go to the desk, we will help you.</source>
        <translation>Wir haben Sie hier nicht gefunden. Bitte gehen Sie zum Empfang, wir helfen Ihnen gern.</translation>
    </message>
    <message>
        <source>Welcome, %1! You are checked in.</source>
        <translation>Willkommen, %1! Sie sind eingecheckt.</translation>
    </message>
    <message>
        <source>Your badge is being printed…</source>
        <translation>Ihr Namensschild wird gedruckt…</translation>
    </message>
    <message>
        <source>Please collect your badge at the desk.</source>
        <translation>Bitte holen Sie Ihr Namensschild am Empfang ab.</translation>
    </message>
    <message>
        <source>Please go to the desk: %1</source>
        <translation>Bitte gehen Sie zum Empfang: %1</translation>
    </message>
    <message>
        <source>Your badge is printed. Please take it.</source>
        <translation>Ihr Namensschild ist gedruckt. Bitte nehmen Sie es mit.</translation>
    </message>
    <message>
        <source>The printer failed. Please collect your badge at the desk.</source>
        <translation>Der Drucker hat versagt. Bitte holen Sie Ihr Namensschild am Empfang ab.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The event you are working on</source>
        <translation>Die Veranstaltung, an der Sie arbeiten</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Veranstaltung:</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Einchecken</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Tagesordnung</translation>
    </message>
    <message>
        <source>Photo consent</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Contact sharing</source>
        <translation>Kontaktweitergabe</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Namensschilder</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Umfrage</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Matches</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Neue Veranstaltung…</translation>
    </message>
    <message>
        <source>Event &amp;settings…</source>
        <translation>Veranstaltungs&amp;einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Duplicate event…</source>
        <translation>Veranstaltung &amp;duplizieren…</translation>
    </message>
    <message>
        <source>Invite from a &amp;previous event…</source>
        <translation>Aus &amp;früherer Veranstaltung einladen…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Import registrations…</source>
        <translation>Anmeldungen &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export attendee list…</source>
        <translation>Teilnehmerliste &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>Aus einer Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Data protection</source>
        <translation>Daten&amp;schutz</translation>
    </message>
    <message>
        <source>&amp;Export everything about the selected person…</source>
        <translation>&amp;Auskunft über die ausgewählte Person exportieren…</translation>
    </message>
    <message>
        <source>E&amp;rase the selected person…</source>
        <translation>Ausgewählte Person &amp;löschen…</translation>
    </message>
    <message>
        <source>%1 registered · %2 checked in (%3 walk-ins) · %4 still expected</source>
        <translation>%1 angemeldet · %2 eingecheckt (davon %3 spontan) · %4 noch erwartet</translation>
    </message>
    <message>
        <source>&amp;Purge data past the retention period…</source>
        <translation>Daten nach Ablauf der Aufbewahrungsfrist &amp;bereinigen…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Protokoll…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Language / Sprache</source>
        <translation>&amp;Sprache / Language</translation>
    </message>
    <message>
        <source>&amp;About SmartNet Desktop</source>
        <translation>Ü&amp;ber SmartNet Desktop</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Open or create a database</source>
        <translation>Datenbank öffnen oder anlegen</translation>
    </message>
    <message>
        <source>SmartNet database (*.db *.sqlite);;All files (*)</source>
        <translation>SmartNet-Datenbank (*.db *.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>The language changes at the next start.</source>
        <translation>Die Sprache wird beim nächsten Start gewechselt.</translation>
    </message>
    <message>
        <source>The automatic backup failed; use File › Back up now.</source>
        <translation>Die automatische Sicherung ist fehlgeschlagen; bitte Datei › Jetzt sichern verwenden.</translation>
    </message>
    <message>
        <source>&amp;Purge data past the retention period (%1 events due)…</source>
        <translation>Daten nach Ablauf der Aufbewahrungsfrist &amp;bereinigen (%1 Veranstaltungen fällig)…</translation>
    </message>
    <message>
        <source>The retention period of %1 events has passed: Data protection › Purge.</source>
        <translation>Die Aufbewahrungsfrist von %1 Veranstaltungen ist abgelaufen: Datenschutz › Bereinigen.</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>Select the person in the Attendees view first.</source>
        <translation>Bitte zuerst die Person in der Ansicht Teilnehmende auswählen.</translation>
    </message>
    <message>
        <source>Export everything about a person</source>
        <translation>Auskunft über eine Person exportieren</translation>
    </message>
    <message>
        <source>Erase a person</source>
        <translation>Person löschen</translation>
    </message>
    <message>
        <source>This removes every personal detail of %1 from all events, for good. Consent and audit records stay, with a placeholder.

Type the family name to confirm:</source>
        <translation>Damit werden alle personenbezogenen Daten von %1 aus allen Veranstaltungen endgültig entfernt. Einwilligungs- und Protokolleinträge bleiben mit einem Platzhalter erhalten.

Zur Bestätigung den Nachnamen eingeben:</translation>
    </message>
    <message>
        <source>The name did not match; nothing was erased.</source>
        <translation>Der Name stimmt nicht überein; es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>The person was erased.</source>
        <translation>Die Person wurde gelöscht.</translation>
    </message>
    <message>
        <source>The person was erased. Another program has the database open; the file is cleaned of the old data the next time an erasure runs without it.</source>
        <translation>Die Person wurde gelöscht. Ein anderes Programm hat die Datenbank geöffnet; die alten Daten werden beim nächsten Löschen ohne dieses Programm aus der Datei entfernt.</translation>
    </message>
    <message>
        <source>%1 backups still hold this person&apos;s data. Erase it from them as well?</source>
        <translation>%1 Sicherungen enthalten noch die Daten dieser Person. Auch dort löschen?</translation>
    </message>
    <message>
        <source>Erased from %1 backups as well.</source>
        <translation>Auch aus %1 Sicherungen gelöscht.</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Bereinigen</translation>
    </message>
    <message>
        <source>No event is past its retention period.</source>
        <translation>Bei keiner Veranstaltung ist die Aufbewahrungsfrist abgelaufen.</translation>
    </message>
    <message>
        <source>%1 events are past their retention period. %2 registrations will be removed and %3 people who are registered for no later event will be erased. Continue?</source>
        <translation>Bei %1 Veranstaltungen ist die Aufbewahrungsfrist abgelaufen. %2 Anmeldungen werden entfernt und %3 Personen, die für keine spätere Veranstaltung angemeldet sind, gelöscht. Fortfahren?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Restoring works for a database file.</source>
        <translation>Wiederherstellen geht nur für eine Datenbankdatei.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>SmartNet database (*.db)</source>
        <translation>SmartNet-Datenbank (*.db)</translation>
    </message>
    <message>
        <source>Replace the current data by this backup? The current database is kept in the backups folder.</source>
        <translation>Die aktuellen Daten durch diese Sicherung ersetzen? Die aktuelle Datenbank wird im Sicherungsordner aufbewahrt.</translation>
    </message>
    <message>
        <source>Restored. The previous data was kept as %1</source>
        <translation>Wiederhergestellt. Die bisherigen Daten wurden als %1 aufbewahrt</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation>Sicherung gespeichert: %1</translation>
    </message>
    <message>
        <source>About SmartNet Desktop</source>
        <translation>Über SmartNet Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SmartNet Desktop %1&lt;/h3&gt;&lt;p&gt;The event desk for the network meetings of Smart Cities and Smart Regions: check-in, photo objections, contact sharing, name badges with QR codes and the agenda.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SmartNet Desktop %1&lt;/h3&gt;&lt;p&gt;Der Empfang für die Netzwerktreffen der Smart Cities und Smart Regions: Einchecken, Foto-Widersprüche, Kontaktweitergabe, Namensschilder mit QR-Codes und die Tagesordnung.&lt;/p&gt;&lt;p&gt;Datenbank: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(demo, changes are not kept)</source>
        <translation>(Demo, Änderungen werden nicht gespeichert)</translation>
    </message>
    <message>
        <source>The person was erased. The disk is too full to rebuild the database file: old copies of the data stay in its free space until an erasure runs with room on the disk. Free some space.</source>
        <translation>Die Person wurde gelöscht. Der Datenträger ist zu voll, um die Datenbankdatei neu aufzubauen: Alte Kopien der Daten bleiben in ihrem freien Platz, bis eine Löschung mit genug Platz auf dem Datenträger läuft. Bitte Platz schaffen.</translation>
    </message>
    <message>
        <source>The person was erased. The database file could not be cleaned of old copies of the data (%1); that happens the next time an erasure can clean it.</source>
        <translation>Die Person wurde gelöscht. Die Datenbankdatei konnte nicht von alten Kopien der Daten bereinigt werden (%1); das geschieht bei der nächsten Löschung, die sie bereinigen kann.</translation>
    </message>
    <message>
        <source>&amp;Minutes…</source>
        <translation>Protokoll des &amp;Treffens…</translation>
    </message>
    <message>
        <source>Invi&amp;tation to this meeting…</source>
        <translation>Ein&amp;ladung zu diesem Treffen…</translation>
    </message>
</context>
<context>
    <name>MatchesView</name>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Needs help</source>
        <translation>sucht Unterstützung</translation>
    </message>
    <message>
        <source>Offers help</source>
        <translation>bietet Unterstützung</translation>
    </message>
    <message>
        <source>Why they fit</source>
        <translation>Warum sie passen</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Thema:</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Matches</translation>
    </message>
    <message>
        <source>%1 potential matches</source>
        <translation>Potenzielle Matches: %1</translation>
    </message>
    <message>
        <source>Computing the matches…</source>
        <translation>Matches werden berechnet …</translation>
    </message>
    <message>
        <source>here today</source>
        <translation>heute hier</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Here today</source>
        <translation>Heute hier</translation>
    </message>
    <message>
        <source>%1 matches here today</source>
        <translation>%1 Matches heute hier</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>{count} printed badges open pages under {old}; a new profile address would leave them pointing nowhere. Keep the address, or change it on purpose (profiles site --base-url ... --force) and reprint those badges.</source>
        <translation>{count} gedruckte Namensschilder öffnen Seiten unter {old}; mit einer neuen Profiladresse zeigten sie ins Leere. Behalten Sie die Adresse, oder ändern Sie sie bewusst (profiles site --base-url … --force) und drucken Sie diese Schilder neu.</translation>
    </message>
    <message>
        <source>Name of the network</source>
        <translation>Name des Netzwerks</translation>
    </message>
    <message>
        <source>Imprint page</source>
        <translation>Impressum-Seite</translation>
    </message>
    <message>
        <source>Privacy page</source>
        <translation>Datenschutz-Seite</translation>
    </message>
    <message>
        <source>{field}: please enter a value.</source>
        <translation>{field}: Bitte einen Wert eingeben.</translation>
    </message>
    <message>
        <source>{field}: at most {max} characters.</source>
        <translation>{field}: höchstens {max} Zeichen.</translation>
    </message>
    <message>
        <source>{field}: contains a control character.</source>
        <translation>{field}: enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>{field}: contains the character {character}, which no file can hold.</source>
        <translation>{field}: enthält das Zeichen {character}, das keine Datei aufnehmen kann.</translation>
    </message>
    <message>
        <source>{field}: &apos;{value}&apos; is not an email address.</source>
        <translation>{field}: „{value}“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>{field}: &apos;{value}&apos; is not a phone number.</source>
        <translation>{field}: „{value}“ ist keine Telefonnummer.</translation>
    </message>
    <message>
        <source>{field}: &apos;{value}&apos; is not a valid date (YYYY-MM-DD).</source>
        <translation>{field}: „{value}“ ist kein gültiges Datum (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>{field}: &apos;{value}&apos; is not a date; type it like 08.12.2026.</source>
        <translation>{field}: „{value}“ ist kein Datum; bitte so eingeben: 08.12.2026.</translation>
    </message>
    <message>
        <source>{field}: &apos;{value}&apos; is not a time (HH:MM).</source>
        <translation>{field}: „{value}“ ist keine Uhrzeit (HH:MM).</translation>
    </message>
    <message>
        <source>{field}: must be a positive number.</source>
        <translation>{field}: muss eine positive Zahl sein.</translation>
    </message>
    <message>
        <source>{field}: must not be negative.</source>
        <translation>{field}: darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>{field}: &apos;{value}&apos; is not a whole number.</source>
        <translation>{field}: „{value}“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>{field}: at most {max}.</source>
        <translation>{field}: höchstens {max}.</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>Das Ende muss nach dem Beginn liegen.</translation>
    </message>
    <message>
        <source>There is no event with id {event_id}.</source>
        <translation>Es gibt keine Veranstaltung mit der Nummer {event_id}.</translation>
    </message>
    <message>
        <source>There is no person with id {person_id}.</source>
        <translation>Es gibt keine Person mit der Nummer {person_id}.</translation>
    </message>
    <message>
        <source>Nobody with code or id &apos;{query}&apos; is registered for this event.</source>
        <translation>Niemand mit Code oder Nummer „{query}“ ist für diese Veranstaltung angemeldet.</translation>
    </message>
    <message>
        <source>{name} is already checked in at {at} by {by}.</source>
        <translation>{name} ist bereits eingecheckt, um {at} von {by}.</translation>
    </message>
    <message>
        <source>{name} is already registered for this event.</source>
        <translation>{name} ist für diese Veranstaltung bereits angemeldet.</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Es gibt nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>This check-in was made by {by}, not at this desk; it stays.</source>
        <translation>Dieser Check-in wurde von {by} erfasst, nicht an diesem Empfang; er bleibt bestehen.</translation>
    </message>
    <message>
        <source>The demo meeting is already in this database (event {event_id}).</source>
        <translation>Das Demo-Treffen ist bereits in dieser Datenbank (Veranstaltung {event_id}).</translation>
    </message>
    <message>
        <source>The database {location} cannot be opened: {reason}</source>
        <translation>Die Datenbank {location} kann nicht geöffnet werden: {reason}</translation>
    </message>
    <message>
        <source>{location} is a database of another program; SmartNet Desktop leaves it alone. Choose a new file name for a new SmartNet database.</source>
        <translation>{location} ist die Datenbank eines anderen Programms; SmartNet Desktop verändert sie nicht. Für eine neue SmartNet-Datenbank bitte einen neuen Dateinamen wählen.</translation>
    </message>
    <message>
        <source>The database driver for {backend} is not installed (Python module &apos;{driver}&apos;). For PostgreSQL install it with: pip install &quot;psycopg[binary]&quot;</source>
        <translation>Der Datenbanktreiber für {backend} ist nicht installiert (Python-Modul „{driver}“). Für PostgreSQL so installieren: pip install &quot;psycopg[binary]&quot;</translation>
    </message>
    <message>
        <source>This database was written by a newer version of SmartNet Desktop; please update.</source>
        <translation>Diese Datenbank stammt von einer neueren Version von SmartNet Desktop; bitte aktualisieren.</translation>
    </message>
    <message>
        <source>This installation of SmartNet Desktop is incomplete: {location} is missing. Please install it again.</source>
        <translation>Diese Installation von SmartNet Desktop ist unvollständig: {location} fehlt. Bitte installieren Sie das Programm neu.</translation>
    </message>
    <message>
        <source>The database server cannot be reached ({reason}).</source>
        <translation>Der Datenbankserver ist nicht erreichbar ({reason}).</translation>
    </message>
    <message>
        <source>The database server refused the login of &apos;{user}&apos;: wrong user name or password ({reason}).</source>
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
        <source>The database server accepts no changes at the moment (it is read-only, e.g. a standby server or one under maintenance); nothing was changed ({reason}).</source>
        <translation>Der Datenbankserver nimmt gerade keine Änderungen an (er ist schreibgeschützt, z. B. ein Standby-Server oder in Wartung); nichts wurde geändert ({reason}).</translation>
    </message>
    <message>
        <source>The database server&apos;s disk is full; nothing was changed. Ask whoever runs the server to free some space ({reason}).</source>
        <translation>Die Festplatte des Datenbankservers ist voll; nichts wurde geändert. Die Betreuung des Servers muss Platz schaffen ({reason}).</translation>
    </message>
    <message>
        <source>The database server is short of memory or connections; nothing was changed. Please try again in a moment ({reason}).</source>
        <translation>Dem Datenbankserver fehlen Arbeitsspeicher oder freie Verbindungen; nichts wurde geändert. Bitte gleich noch einmal versuchen ({reason}).</translation>
    </message>
    <message>
        <source>The database server reported a read or write error of its disk; nothing was changed. Ask whoever runs the server to check it ({reason}).</source>
        <translation>Der Datenbankserver meldet einen Lese- oder Schreibfehler seiner Festplatte; nichts wurde geändert. Die Betreuung des Servers sollte ihn prüfen ({reason}).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is no database: give a file or a URL such as postgresql+psycopg://user@host/database.</source>
        <translation>„{value}“ ist keine Datenbank: bitte eine Datei oder eine URL wie postgresql+psycopg://benutzer@server/datenbank angeben.</translation>
    </message>
    <message>
        <source>{location}: schema at revision {revision}, needs upgrade (smartnet-desktop --db {location} db upgrade).</source>
        <translation>{location}: Schema auf Stand {revision}, braucht eine Aktualisierung (smartnet-desktop --db {location} db upgrade).</translation>
    </message>
    <message>
        <source>A server database is backed up with pg_dump, which is not installed here (Debian: apt install postgresql-client).</source>
        <translation>Eine Server-Datenbank wird mit pg_dump gesichert, das hier nicht installiert ist (Debian: apt install postgresql-client).</translation>
    </message>
    <message>
        <source>{location} holds data already; copy only into an empty database.</source>
        <translation>{location} enthält bereits Daten; kopieren Sie nur in eine leere Datenbank.</translation>
    </message>
    <message>
        <source>The copy of table {table} is incomplete; nothing was kept.</source>
        <translation>Die Kopie der Tabelle {table} ist unvollständig; nichts wurde übernommen.</translation>
    </message>
    <message>
        <source>{field}: &apos;{value}&apos; is no rating from 1 (very much) to 6 (none).</source>
        <translation>{field}: „{value}“ ist keine Bewertung von 1 (sehr viel) bis 6 (keine).</translation>
    </message>
    <message>
        <source>{field}: &apos;{value}&apos; is no web address (https://...).</source>
        <translation>{field}: „{value}“ ist keine Webadresse (https://...).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; already stands for the topic &apos;{topic}&apos;.</source>
        <translation>„{value}“ steht schon für das Thema „{topic}“.</translation>
    </message>
    <message>
        <source>This topic no longer exists.</source>
        <translation>Dieses Thema gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>This organisation no longer exists.</source>
        <translation>Diese Organisation gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The contact person must belong to the organisation.</source>
        <translation>Die Ansprechperson muss zur Organisation gehören.</translation>
    </message>
    <message>
        <source>The file has no column for {field}.</source>
        <translation>Die Datei hat keine Spalte für {field}.</translation>
    </message>
    <message>
        <source>{location} is no folder.</source>
        <translation>{location} ist kein Ordner.</translation>
    </message>
    <message>
        <source>Backups from here work for SQLite files; back up a server with its tools.</source>
        <translation>Sicherungen von hier aus gehen für SQLite-Dateien; einen Datenbankserver sichern Sie mit dessen Werkzeugen.</translation>
    </message>
    <message>
        <source>The file cannot be imported.</source>
        <translation>Die Datei kann nicht importiert werden.</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation>Die Datei kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>The file holds no rows.</source>
        <translation>Die Datei enthält keine Zeilen.</translation>
    </message>
    <message>
        <source>The workbook would unpack to more than {max} MB; it is not read.</source>
        <translation>Die Arbeitsmappe würde entpackt mehr als {max} MB groß; sie wird nicht gelesen.</translation>
    </message>
    <message>
        <source>The workbook&apos;s part {part} would unpack to {ratio} times its size, which no spreadsheet does; it is not read.</source>
        <translation>Der Teil {part} der Arbeitsmappe würde entpackt {ratio}-mal so groß, wie es keine Tabelle wird; sie wird nicht gelesen.</translation>
    </message>
    <message>
        <source>The workbook holds a cell text or a row far longer than any list needs ({element}); nothing was imported.</source>
        <translation>Die Arbeitsmappe enthält einen Zellentext oder eine Zeile, weit länger als jede Liste braucht ({element}); nichts wurde importiert.</translation>
    </message>
    <message>
        <source>The cell holds more than {max} characters (the most Excel allows).</source>
        <translation>Die Zelle enthält mehr als {max} Zeichen (mehr erlaubt auch Excel nicht).</translation>
    </message>
    <message>
        <source>The line is longer than {max} characters.</source>
        <translation>Die Zeile ist länger als {max} Zeichen.</translation>
    </message>
    <message>
        <source>The file has more than {max} rows; split it into smaller files.</source>
        <translation>Die Datei hat mehr als {max} Zeilen; bitte in kleinere Dateien aufteilen.</translation>
    </message>
    <message>
        <source>Unknown file type &apos;{suffix}&apos;: use {accepted}.</source>
        <translation>Unbekannter Dateityp „{suffix}“: bitte {accepted} verwenden.</translation>
    </message>
    <message>
        <source>{first} or {last}</source>
        <translation>{first} oder {last}</translation>
    </message>
    <message>
        <source>No column for the name was found (Vorname / Nachname or First / Last name).</source>
        <translation>Keine Spalte für den Namen gefunden (Vorname / Nachname oder First / Last name).</translation>
    </message>
    <message>
        <source>{field}: &apos;{value}&apos; is not understood.</source>
        <translation>{field}: „{value}“ ist nicht verständlich.</translation>
    </message>
    <message>
        <source>The same person appears again in line {first_line}.</source>
        <translation>Dieselbe Person steht schon in Zeile {first_line}.</translation>
    </message>
    <message>
        <source>line {line}, column {column}: {sentence}</source>
        <translation>Zeile {line}, Spalte {column}: {sentence}</translation>
    </message>
    <message>
        <source>line {line}: {sentence}</source>
        <translation>Zeile {line}: {sentence}</translation>
    </message>
    <message>
        <source>column {column}: {sentence}</source>
        <translation>Spalte {column}: {sentence}</translation>
    </message>
    <message>
        <source>A person cannot be merged with itself.</source>
        <translation>Eine Person kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <source>The mapping of the survey&apos;s columns cannot be used: {reason}</source>
        <translation>Die Zuordnung der Spalten der Umfrage ist nicht verwendbar: {reason}</translation>
    </message>
    <message>
        <source>This agenda item no longer exists.</source>
        <translation>Diesen Tagesordnungspunkt gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The agenda was changed elsewhere; please look again.</source>
        <translation>Die Tagesordnung wurde anderswo geändert; bitte noch einmal ansehen.</translation>
    </message>
    <message>
        <source>{field}: at most {max} minutes.</source>
        <translation>{field}: höchstens {max} Minuten.</translation>
    </message>
    <message>
        <source>The badge layout is incomplete.</source>
        <translation>Die Vorlage für Namensschilder ist unvollständig.</translation>
    </message>
    <message>
        <source>The badge layout is too small (a badge needs at least 40 × 30 mm).</source>
        <translation>Die Vorlage ist zu klein (ein Namensschild braucht mindestens 40 × 30 mm).</translation>
    </message>
    <message>
        <source>The badges of this layout do not fit on the page.</source>
        <translation>Die Namensschilder dieser Vorlage passen nicht auf die Seite.</translation>
    </message>
    <message>
        <source>There is no badge layout &apos;{name}&apos; (known: {known}).</source>
        <translation>Es gibt keine Vorlage „{name}“ (bekannt: {known}).</translation>
    </message>
    <message>
        <source>{location} is on a network drive. SQLite cannot lock files safely there, so the data could be damaged. Keep the database on this computer, or use a PostgreSQL server for several desks.</source>
        <translation>{location} liegt auf einem Netzlaufwerk. SQLite kann Dateien dort nicht sicher sperren, die Daten könnten beschädigt werden. Legen Sie die Datenbank auf diesen Rechner oder nutzen Sie für mehrere Plätze einen PostgreSQL-Server.</translation>
    </message>
    <message>
        <source>The database {location} is damaged. The newest backup is: {backup}</source>
        <translation>Die Datenbank {location} ist beschädigt. Die neueste Sicherung ist: {backup}</translation>
    </message>
    <message>
        <source>The backup {location} is damaged or no database; nothing was restored.</source>
        <translation>Die Sicherung {location} ist beschädigt oder keine Datenbank; es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>The backup {location} is empty (0 bytes); nothing was restored.</source>
        <translation>Die Sicherung {location} ist leer (0 Byte); es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>{location} is a database of another program, not a SmartNet backup; nothing was restored.</source>
        <translation>{location} ist die Datenbank eines anderen Programms, keine SmartNet-Sicherung; es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>The backup {location} was written by a newer version of SmartNet Desktop; update the program first. Nothing was restored.</source>
        <translation>Die Sicherung {location} stammt von einer neueren Version von SmartNet Desktop; bitte zuerst das Programm aktualisieren. Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>There is no backup file {location}; nothing was restored.</source>
        <translation>Die Sicherungsdatei {location} gibt es nicht; es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>The backup {location} could not be written ({reason}); nothing was kept.</source>
        <translation>Die Sicherung {location} konnte nicht geschrieben werden ({reason}); es wurde nichts aufbewahrt.</translation>
    </message>
    <message>
        <source>{location} is a folder or a device, not a file: choose a file name.</source>
        <translation>{location} ist ein Ordner oder ein Gerät, keine Datei: bitte einen Dateinamen wählen.</translation>
    </message>
    <message>
        <source>Confirm with --yes.</source>
        <translation>Mit --yes bestätigen.</translation>
    </message>
    <message>
        <source>The database reported a problem.</source>
        <translation>Die Datenbank hat ein Problem gemeldet.</translation>
    </message>
    <message>
        <source>The database is busy (another desk or an import is writing). Nothing was changed; please try again in a moment.</source>
        <translation>Die Datenbank ist gerade beschäftigt (ein anderer Empfang oder ein Import schreibt). Es wurde nichts geändert; bitte gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <source>The database file is read-only and cannot be written; nothing was changed.</source>
        <translation>Die Datenbankdatei ist schreibgeschützt und kann nicht geschrieben werden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The folder of the database {location} cannot be written (SQLite keeps its journal beside the file); nothing was changed.</source>
        <translation>Der Ordner der Datenbank {location} ist nicht beschreibbar (SQLite legt sein Journal neben der Datei ab); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The disk is full: {location} was not written, and what was there before is unchanged. Free some space and try again.</source>
        <translation>Der Datenträger ist voll: {location} wurde nicht geschrieben, und was dort vorher war, ist unverändert. Bitte Platz schaffen und noch einmal versuchen.</translation>
    </message>
    <message>
        <source>The disk is full; nothing was changed. Free some space and try again.</source>
        <translation>Der Datenträger ist voll; es wurde nichts geändert. Bitte Platz schaffen und erneut versuchen.</translation>
    </message>
    <message>
        <source>The disk reported a read or write error; nothing was changed. Check the disk and back up the database.</source>
        <translation>Der Datenträger meldet einen Lese- oder Schreibfehler; es wurde nichts geändert. Bitte den Datenträger prüfen und die Datenbank sichern.</translation>
    </message>
    <message>
        <source>{location} is a folder, not a database file.</source>
        <translation>{location} ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>&apos;{location}&apos; names no file: give a file name; nothing was written.</source>
        <translation>„{location}“ ist kein Dateiname: Bitte einen Dateinamen angeben; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>{location} is a folder, not a file: give a file name; nothing was written.</source>
        <translation>{location} ist ein Ordner, keine Datei: Bitte einen Dateinamen angeben; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>{location} is a symbolic link; SmartNet Desktop does not write through links. Nothing was written.</source>
        <translation>{location} ist eine symbolische Verknüpfung; SmartNet Desktop schreibt nicht durch Verknüpfungen. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>{location} is a device, a pipe or a socket, not a file; nothing was written.</source>
        <translation>{location} ist ein Gerät, eine Pipe oder ein Socket, keine Datei; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>{location} is a file, not a folder; nothing was written.</source>
        <translation>{location} ist eine Datei, kein Ordner; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The folder {location} holds files SmartNet Desktop did not write: choose an empty folder. Nothing was written.</source>
        <translation>Der Ordner {location} enthält Dateien, die nicht von SmartNet Desktop stammen: Bitte einen leeren Ordner wählen. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>{location} was not written by SmartNet Desktop and stays as it is: choose an empty folder. Nothing was written.</source>
        <translation>{location} stammt nicht von SmartNet Desktop und bleibt unverändert: Bitte einen leeren Ordner wählen. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Veranstaltungsort</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Gastgeber</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Veranstalter</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Retention (months)</source>
        <translation>Aufbewahrung (Monate)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Academic title</source>
        <translation>Akademischer Titel</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Profile URL</source>
        <translation>Steckbrief-URL</translation>
    </message>
    <message>
        <source>Photo objection</source>
        <translation>Foto-Einwand</translation>
    </message>
    <message>
        <source>Contact sharing</source>
        <translation>Kontaktweitergabe</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Vortragende</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Photo question</source>
        <translation>Frage zu Fotos</translation>
    </message>
    <message>
        <source>Contact-sharing question</source>
        <translation>Frage zur Kontaktweitergabe</translation>
    </message>
    <message>
        <source>QR content</source>
        <translation>QR-Inhalt</translation>
    </message>
    <message>
        <source>Badge layout</source>
        <translation>Namensschild-Vorlage</translation>
    </message>
    <message>
        <source>Experience rating</source>
        <translation>Erfahrung (Bewertung)</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Other words</source>
        <translation>Andere Begriffe</translation>
    </message>
    <message>
        <source>Profile address of the network</source>
        <translation>Profiladresse des Netzwerks</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Einwohner</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Anfrage-Kennung</translation>
    </message>
    <message>
        <source>The connection to the database file {location} is lost (another program removed its journal); nothing was saved. Please restart the program.</source>
        <translation>Die Verbindung zur Datenbankdatei {location} ist verloren (ein anderes Programm hat ihr Journal entfernt); nichts wurde gespeichert. Bitte das Programm neu starten.</translation>
    </message>
    <message>
        <source>Updating the database to {revision} would leave rows pointing at nothing; nothing was changed. Please report this.</source>
        <translation>Die Aktualisierung der Datenbank auf {revision} würde Verweise ins Leere hinterlassen; nichts wurde geändert. Bitte melden Sie diesen Fehler.</translation>
    </message>
    <message>
        <source>Contact office of the network</source>
        <translation>Ansprechstelle des Netzwerks</translation>
    </message>
    <message>
        <source>There is no poll with id {poll_id}.</source>
        <translation>Es gibt kein Meinungsbild mit der Nummer {poll_id}.</translation>
    </message>
    <message>
        <source>A poll needs at least two options.</source>
        <translation>Ein Meinungsbild braucht mindestens zwei Antworten.</translation>
    </message>
    <message>
        <source>A poll has at most {max} options.</source>
        <translation>Ein Meinungsbild hat höchstens {max} Antworten.</translation>
    </message>
    <message>
        <source>Each option of a poll must differ.</source>
        <translation>Die Antworten eines Meinungsbilds müssen sich unterscheiden.</translation>
    </message>
    <message>
        <source>The poll has no option &apos;{value}&apos;.</source>
        <translation>Das Meinungsbild hat keine Antwort „{value}“.</translation>
    </message>
    <message>
        <source>Poll {poll_id} is counted by a show of hands; enter a count per option.</source>
        <translation>Meinungsbild {poll_id} wird per Handzeichen gezählt; geben Sie je Antwort eine Zahl ein.</translation>
    </message>
    <message>
        <source>Poll {poll_id} takes one vote per organisation; record their votes.</source>
        <translation>Meinungsbild {poll_id} zählt eine Stimme je Organisation; erfassen Sie deren Stimmen.</translation>
    </message>
    <message>
        <source>There is no organisation named &apos;{name}&apos;.</source>
        <translation>Es gibt keine Organisation namens „{name}“.</translation>
    </message>
    <message>
        <source>Nobody of {name} is checked in today; only organisations present vote.</source>
        <translation>Von {name} ist heute niemand eingecheckt; nur anwesende Organisationen stimmen ab.</translation>
    </message>
    <message>
        <source>This suggestion no longer exists.</source>
        <translation>Diesen Vorschlag gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>There is no event yet.</source>
        <translation>Es gibt noch keine Veranstaltung.</translation>
    </message>
    <message>
        <source>We could not find you here. Please go to the desk, we will help you.</source>
        <translation>Wir haben Sie hier nicht gefunden. Bitte gehen Sie zum Empfang, wir helfen Ihnen gern.</translation>
    </message>
    <message>
        <source>The PIN has {minimum} to {maximum} characters, without spaces at its ends.</source>
        <translation>Die PIN hat {minimum} bis {maximum} Zeichen, ohne Leerzeichen am Anfang oder Ende.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>The minutes are final: reopen them before changing them.</source>
        <translation>Das Protokoll ist endgültig: Öffnen Sie es erneut, bevor Sie es ändern.</translation>
    </message>
    <message>
        <source>The minutes are not final.</source>
        <translation>Das Protokoll ist nicht endgültig.</translation>
    </message>
    <message>
        <source>The network picture needs {tool}, which is not installed on this computer (graphviz.org; Debian/Ubuntu: apt install {package}). Nothing was drawn.</source>
        <translation>Für das Netzwerkbild wird {tool} gebraucht, das auf diesem Computer nicht installiert ist (graphviz.org; Debian/Ubuntu: apt install {package}). Es wurde nichts gezeichnet.</translation>
    </message>
    <message>
        <source>Unknown file type &apos;{suffix}&apos; for the picture: use .svg, .pdf or .png.</source>
        <translation>Unbekannter Dateityp „{suffix}“ für das Bild: bitte .svg, .pdf oder .png.</translation>
    </message>
</context>
<context>
    <name>MinutesDialog</name>
    <message>
        <source>Minutes – %1</source>
        <translation>Protokoll – %1</translation>
    </message>
    <message>
        <source>Introduction or summary, written by the organisers</source>
        <translation>Einleitung oder Zusammenfassung, von den Veranstaltenden geschrieben</translation>
    </message>
    <message>
        <source>Closing words, e.g. thanks to the hosts</source>
        <translation>Schlussworte, z. B. Dank an die Gastgeber</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>Entwurf &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Write PDF…</source>
        <translation>&amp;PDF schreiben…</translation>
    </message>
    <message>
        <source>Make &amp;final…</source>
        <translation>&amp;Endgültig machen…</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>&amp;Wieder öffnen…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;Introduction / summary:</source>
        <translation>Ein&amp;leitung / Zusammenfassung:</translation>
    </message>
    <message>
        <source>&amp;Closing words:</source>
        <translation>Schlussw&amp;orte:</translation>
    </message>
    <message>
        <source>Preview of the minutes</source>
        <translation>Vorschau des Protokolls</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Final since %1. Reopen to change it.</source>
        <translation>Endgültig seit %1. Zum Ändern wieder öffnen.</translation>
    </message>
    <message>
        <source>Draft: the generated sections follow the meeting.</source>
        <translation>Entwurf: Die erzeugten Abschnitte folgen dem Stand des Treffens.</translation>
    </message>
    <message>
        <source>Make final</source>
        <translation>Endgültig machen</translation>
    </message>
    <message>
        <source>Final minutes are written as they are now and no longer follow the meeting; changing them needs Reopen. Make them final?</source>
        <translation>Das endgültige Protokoll wird so geschrieben, wie es jetzt ist, und folgt dem Treffen nicht mehr; ändern lässt es sich nur nach „Wieder öffnen“. Endgültig machen?</translation>
    </message>
    <message>
        <source>Write the minutes</source>
        <translation>Protokoll schreiben</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>The minutes become a draft again; the audit log records who reopened them. Reopen?</source>
        <translation>Das Protokoll wird wieder ein Entwurf; wer es wieder geöffnet hat, wird festgehalten. Wieder öffnen?</translation>
    </message>
</context>
<context>
    <name>NetworkGraphView</name>
    <message>
        <source>Only organisations here today</source>
        <translation>Nur heute anwesende Organisationen</translation>
    </message>
    <message>
        <source>Save picture…</source>
        <translation>Bild speichern…</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Thema:</translation>
    </message>
    <message>
        <source>%1 organisations, %2 cooperations, %3 potential matches</source>
        <translation>%1 Organisationen, %2 Kooperationen, %3 mögliche Passungen</translation>
    </message>
    <message>
        <source>Save picture</source>
        <translation>Bild speichern</translation>
    </message>
    <message>
        <source>SVG (*.svg);;PDF (*.pdf);;PNG (*.png)</source>
        <translation>SVG (*.svg);;PDF (*.pdf);;PNG (*.png)</translation>
    </message>
    <message>
        <source>Picture written to %1</source>
        <translation>Bild gespeichert: %1</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
</context>
<context>
    <name>OrganizationsView</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Town / region</source>
        <translation>Ort / Region</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>bietet</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>sucht</translation>
    </message>
    <message>
        <source>Profile address</source>
        <translation>Profiladresse</translation>
    </message>
    <message>
        <source>Topics…</source>
        <translation>Themen…</translation>
    </message>
    <message>
        <source>Import survey…</source>
        <translation>Umfrage importieren…</translation>
    </message>
    <message>
        <source>Network&apos;s profile address…</source>
        <translation>Profiladresse des Netzwerks…</translation>
    </message>
    <message>
        <source>Publish profiles as website…</source>
        <translation>Steckbriefe als Website veröffentlichen…</translation>
    </message>
    <message>
        <source>Profiles as PDF…</source>
        <translation>Steckbriefe als PDF…</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>%1 organisations</source>
        <translation>%1 Organisationen</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Steckbrief</translation>
    </message>
    <message>
        <source>Import survey</source>
        <translation>Umfrage importieren</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx);;All files (*)</source>
        <translation>Tabellen (*.csv *.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The survey has columns to map: import it again from here.</source>
        <translation>Die Umfrage hat Spalten, die noch zuzuordnen sind: bitte hier erneut importieren.</translation>
    </message>
    <message>
        <source>The survey was not imported.</source>
        <translation>Die Umfrage wurde nicht importiert.</translation>
    </message>
    <message>
        <source>Nothing was imported:</source>
        <translation>Es wurde nichts importiert:</translation>
    </message>
    <message>
        <source>%1 new answers, %2 changed, %3 new organisations.</source>
        <translation>%1 neue Antworten, %2 geändert, %3 neue Organisationen.</translation>
    </message>
    <message>
        <source>Column %1 names no topic (left out): %2</source>
        <translation>Spalte %1 nennt kein Thema (ausgelassen): %2</translation>
    </message>
    <message>
        <source>Not in the topic catalogue (skipped): %1</source>
        <translation>Nicht im Themenkatalog (übersprungen): %1</translation>
    </message>
    <message>
        <source>Network&apos;s profile address</source>
        <translation>Profiladresse des Netzwerks</translation>
    </message>
    <message>
        <source>Profiles without an address of their own are published under this address + their short name:</source>
        <translation>Steckbriefe ohne eigene Adresse erscheinen unter dieser Adresse + ihrem Kurznamen:</translation>
    </message>
    <message>
        <source>Folder for the website</source>
        <translation>Ordner für die Website</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Website with %1 profiles written to %2</source>
        <translation>Website mit %1 Steckbriefen geschrieben nach %2</translation>
    </message>
    <message>
        <source>Profiles as PDF</source>
        <translation>Steckbriefe als PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 profiles written to %2</source>
        <translation>%1 Steckbriefe geschrieben nach %2</translation>
    </message>
    <message>
        <source>Edit profile…</source>
        <translation>Steckbrief bearbeiten…</translation>
    </message>
    <message>
        <source>Importing the survey…</source>
        <translation>Die Umfrage wird importiert …</translation>
    </message>
    <message>
        <source>Importing the survey… %1 of %2 steps</source>
        <translation>Die Umfrage wird importiert … Schritt %1 von %2</translation>
    </message>
</context>
<context>
    <name>PhotoConsentView</name>
    <message>
        <source>Photo objections</source>
        <translation>Foto-Widersprüche</translation>
    </message>
    <message>
        <source>Attendees who object to being photographed at this event, for this event only or for all events. Photographers need this list. Record an objection at the desk (%1) or from the attendee list (right-click).</source>
        <translation>Teilnehmende, die bei dieser Veranstaltung nicht fotografiert werden möchten, nur für diese oder für alle Veranstaltungen. Die Fotografen brauchen diese Liste. Einen Widerspruch erfassen Sie am Empfang (%1) oder in der Teilnehmerliste (Rechtsklick).</translation>
    </message>
    <message>
        <source>All objections</source>
        <translation>Alle Widersprüche</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <source>Badge needs a reprint</source>
        <translation>Namensschild neu drucken</translation>
    </message>
    <message>
        <source>Photographers&apos; list (PDF)…</source>
        <translation>Liste für Fotografen (PDF)…</translation>
    </message>
    <message>
        <source>List as CSV…</source>
        <translation>Liste als CSV…</translation>
    </message>
    <message>
        <source>Photographers&apos; list</source>
        <translation>Liste für Fotografen</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>Staff only: enter the PIN to leave the kiosk.</source>
        <translation>Nur für das Personal: PIN eingeben, um den Kiosk zu verlassen.</translation>
    </message>
    <message>
        <source>Leave the kiosk</source>
        <translation>Kiosk verlassen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>That is not the PIN.</source>
        <translation>Das ist nicht die PIN.</translation>
    </message>
</context>
<context>
    <name>PinSettingDialog</name>
    <message>
        <source>Kiosk PIN</source>
        <translation>Kiosk-PIN</translation>
    </message>
    <message>
        <source>Staff leave the self check-in kiosk with this PIN.</source>
        <translation>Mit dieser PIN verlässt das Personal den Selbst-Check-in-Kiosk.</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Neue PIN</translation>
    </message>
    <message>
        <source>The PIN again</source>
        <translation>Die PIN noch einmal</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>Die beiden PINs sind verschieden.</translation>
    </message>
</context>
<context>
    <name>PollProjector</name>
    <message numerus="yes">
        <source>%n votes in all</source>
        <translation>
            <numerusform>%n Stimme insgesamt</numerusform>
            <numerusform>%n Stimmen insgesamt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>This is your badge. Is everything right?</source>
        <translation>Das ist Ihr Namensschild. Stimmt alles?</translation>
    </message>
    <message>
        <source>That&apos;s right</source>
        <translation>Stimmt</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Korrigieren</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Publish these ratings on the organisation&apos;s page of the site</source>
        <translation>Diese Bewertungen auf der Seite der Organisation veröffentlichen</translation>
    </message>
    <message>
        <source>Profile of %1</source>
        <translation>Steckbrief von %1</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Steckbrief</translation>
    </message>
    <message>
        <source>Offers and needs</source>
        <translation>Angebote und Bedarfe</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Erfahrung</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <source>empty: the network&apos;s address (%1)</source>
        <translation>leer: Adresse des Netzwerks (%1)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>The contact person appears on the published profile only while their contact sharing is “may be shared”.</source>
        <translation>Die Ansprechperson erscheint im veröffentlichten Steckbrief nur, solange ihre Kontaktweitergabe „darf weitergegeben werden“ lautet.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Town / region</source>
        <translation>Ort / Region</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Einwohner</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Own profile address</source>
        <translation>Eigene Profiladresse</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Cooperation partners</source>
        <translation>Kooperationen</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <source>Offers help in</source>
        <translation>Bietet Unterstützung bei</translation>
    </message>
    <message>
        <source>Needs help in</source>
        <translation>Sucht Unterstützung bei</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Experience (1 = very much, 6 = none)</source>
        <translation>Erfahrung (1 = sehr viel, 6 = keine)</translation>
    </message>
    <message>
        <source>One project per line: title | topic | status | link</source>
        <translation>Ein Projekt pro Zeile: Titel | Thema | Stand | Link</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <source>Invitation</source>
        <translation>Einladung</translation>
    </message>
    <message>
        <source>There is no earlier meeting whose people could be invited.</source>
        <translation>Es gibt kein früheres Treffen, dessen Teilnehmende eingeladen werden könnten.</translation>
    </message>
    <message>
        <source>Invite the people of this meeting who agreed to the distribution list:</source>
        <translation>Die Teilnehmenden dieses Treffens einladen, die dem Verteiler zugestimmt haben:</translation>
    </message>
    <message>
        <source>Folder for the invitation</source>
        <translation>Ordner für die Einladung</translation>
    </message>
    <message>
        <source>Invitation for %1 people written to %2 (%3 left out without consent)</source>
        <translation>Einladung für %1 Personen in %2 geschrieben (%3 ohne Zustimmung nicht aufgenommen)</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>As of: {date}</source>
        <translation>Stand: {date}</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Kommunen</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Landkreise</translation>
    </message>
    <message>
        <source>Associations and regions</source>
        <translation>Verbände und Regionen</translation>
    </message>
    <message>
        <source>Universities and research</source>
        <translation>Hochschulen und Forschung</translation>
    </message>
    <message>
        <source>State and EU representations</source>
        <translation>Landes- und EU-Vertretungen</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>The members of the network: what they offer and what they look for.</source>
        <translation>Die Mitglieder des Netzwerks: was sie anbieten und wobei sie Unterstützung suchen.</translation>
    </message>
    <message>
        <source>By topic</source>
        <translation>Nach Thema</translation>
    </message>
    <message>
        <source>Offer help</source>
        <translation>Bieten Unterstützung an</translation>
    </message>
    <message>
        <source>Look for support</source>
        <translation>Suchen Unterstützung</translation>
    </message>
    <message>
        <source>{need} looks for support, {offer} offers it</source>
        <translation>{need} sucht Unterstützung, {offer} bietet sie an</translation>
    </message>
    <message>
        <source>No potential matches on this topic yet.</source>
        <translation>Zu diesem Thema gibt es noch keine potenziellen Matches.</translation>
    </message>
    <message>
        <source>Fits with</source>
        <translation>Passt zu</translation>
    </message>
    <message>
        <source>offers {topics}</source>
        <translation>bietet {topics}</translation>
    </message>
    <message>
        <source>looks for {topics}</source>
        <translation>sucht {topics}</translation>
    </message>
    <message>
        <source>Imprint</source>
        <translation>Impressum</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>Network office</source>
        <translation>Geschäftsstelle des Netzwerks</translation>
    </message>
    <message>
        <source>Own profile page</source>
        <translation>Eigener Steckbrief</translation>
    </message>
    <message>
        <source>This profile is no longer published</source>
        <translation>Dieser Steckbrief ist nicht mehr veröffentlicht</translation>
    </message>
    <message>
        <source>Calibration page: {layout}</source>
        <translation>Kalibrierseite: {layout}</translation>
    </message>
    <message>
        <source>The crosses should be 10 mm from the edges of the sheet.</source>
        <translation>Die Kreuze sollten 10 mm von den Blatträndern entfernt sein.</translation>
    </message>
    <message>
        <source>If the print is off, enter the difference as the printer offset (x to the right, y downwards).</source>
        <translation>Weicht der Druck ab, tragen Sie die Abweichung als Drucker-Versatz ein (x nach rechts, y nach unten).</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Tagesordnung</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Gastgeber</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Veranstalter</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>%d %B %Y</source>
        <translation>%d.%m.%Y</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>{time}</source>
        <translation>{time} Uhr</translation>
    </message>
    <message>
        <source>Check-in list</source>
        <translation>Check-in-Liste</translation>
    </message>
    <message>
        <source>{n} registered</source>
        <translation>{n} angemeldet</translation>
    </message>
    <message>
        <source>As of {when}</source>
        <translation>Stand: {when}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>no photos</source>
        <translation>keine Fotos</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Landkreis</translation>
    </message>
    <message>
        <source>Association / region</source>
        <translation>Zweckverband / Region</translation>
    </message>
    <message>
        <source>University / research</source>
        <translation>Hochschule / Forschung</translation>
    </message>
    <message>
        <source>Economic development</source>
        <translation>Wirtschaftsförderung</translation>
    </message>
    <message>
        <source>State / EU representation</source>
        <translation>Landes- / EU-Vertretung</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Steckbriefe</translation>
    </message>
    <message>
        <source>Smart Cities / Smart Regions network in Thuringia</source>
        <translation>Netzwerk Smart Cities / Smart Regions in Thüringen</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Einwohner</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>We offer</source>
        <translation>Wir bieten</translation>
    </message>
    <message>
        <source>We are looking for support in</source>
        <translation>Wir suchen Unterstützung bei</translation>
    </message>
    <message>
        <source>Experience (1 = very much, 6 = none)</source>
        <translation>Erfahrung (1 = sehr viel, 6 = keine)</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Field of action</source>
        <translation>Handlungsfeld</translation>
    </message>
    <message>
        <source>Smart-city projects</source>
        <translation>Smart-City-Projekte</translation>
    </message>
    <message>
        <source>Cooperation partners</source>
        <translation>Kooperationen</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <source>Contact through the {office}</source>
        <translation>Ansprechperson über die {office}</translation>
    </message>
    <message>
        <source>Contact through the network&apos;s office</source>
        <translation>Ansprechperson über die Geschäftsstelle des Netzwerks</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Survey results</source>
        <translation>Umfrageergebnisse</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <source>of 6 points (1 = very much experience, 6 = none)</source>
        <translation>von 6 Punkten (1 = sehr viel Erfahrung, 6 = keine)</translation>
    </message>
    <message>
        <source>Experience in processes</source>
        <translation>Prozesserfahrungen</translation>
    </message>
    <message>
        <source>Experience in fields of action</source>
        <translation>Erfahrungen in Handlungsfeldern</translation>
    </message>
    <message>
        <source>Distribution of ratings</source>
        <translation>Verteilung der Bewertungen</translation>
    </message>
    <message>
        <source>Support wanted?</source>
        <translation>Unterstützung gewünscht?</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Potential matches</source>
        <translation>Potenzielle Matches</translation>
    </message>
    <message>
        <source>needs support (weak)</source>
        <translation>braucht Unterstützung (schwach)</translation>
    </message>
    <message>
        <source>needs support (medium)</source>
        <translation>braucht Unterstützung (mittel)</translation>
    </message>
    <message>
        <source>needs support (strong)</source>
        <translation>braucht Unterstützung (stark)</translation>
    </message>
    <message>
        <source>offers very much experience ({rating})</source>
        <translation>bietet sehr viel Erfahrung ({rating})</translation>
    </message>
    <message>
        <source>offers much experience ({rating})</source>
        <translation>bietet viel Erfahrung ({rating})</translation>
    </message>
    <message>
        <source>offers some experience ({rating})</source>
        <translation>bietet etwas Erfahrung ({rating})</translation>
    </message>
    <message>
        <source>offers little experience ({rating})</source>
        <translation>bietet wenig Erfahrung ({rating})</translation>
    </message>
    <message>
        <source>offers very little experience ({rating})</source>
        <translation>bietet sehr wenig Erfahrung ({rating})</translation>
    </message>
    <message>
        <source>offers help without experience ({rating})</source>
        <translation>bietet Hilfe ohne eigene Erfahrung ({rating})</translation>
    </message>
    <message>
        <source>offers help (experience not rated)</source>
        <translation>bietet Hilfe (Erfahrung nicht bewertet)</translation>
    </message>
    <message>
        <source>{count} topics in common</source>
        <translation>{count} gemeinsame Themen</translation>
    </message>
    <message>
        <source>both here today</source>
        <translation>beide heute hier</translation>
    </message>
    <message>
        <source>both registered</source>
        <translation>beide angemeldet</translation>
    </message>
    <message>
        <source>someone from {organization}</source>
        <translation>jemand von {organization}</translation>
    </message>
    <message>
        <source>needs</source>
        <translation>sucht</translation>
    </message>
    <message>
        <source>offers</source>
        <translation>bietet</translation>
    </message>
    <message>
        <source>Needs and offers</source>
        <translation>Bedarfe und Angebote</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>Alle Steckbriefe</translation>
    </message>
    <message>
        <source>Please do not photograph</source>
        <translation>Bitte nicht fotografieren</translation>
    </message>
    <message>
        <source>{n} people</source>
        <translation>{n} Personen</translation>
    </message>
    <message>
        <source>Nobody has objected to being photographed.</source>
        <translation>Niemand hat der Aufnahme widersprochen.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, {time} Uhr</translation>
    </message>
    <message>
        <source>Next network meeting: {when}</source>
        <translation>Nächstes Netzwerktreffen: {when}</translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <translation>{day}. {month}</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day}. {month} {year}</translation>
    </message>
    <message>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>{n} organisations</source>
        <translation>{n} Organisationen</translation>
    </message>
    <message>
        <source>Each profile carries the QR code of its web page; the addresses in this PDF can be clicked.</source>
        <translation>Jeder Steckbrief trägt den QR-Code seiner Webseite; die Adressen in diesem PDF sind anklickbar.</translation>
    </message>
    <message>
        <source>n = {n} organisations answered</source>
        <translation>n = {n} Organisationen haben geantwortet</translation>
    </message>
    <message>
        <source>Scale 1–6: 1 = very much experience, 6 = no experience</source>
        <translation>Skala 1–6: 1 = sehr viel Erfahrung, 6 = keine Erfahrung</translation>
    </message>
    <message>
        <source>Note: small population (n = {n}, fewer than {floor} organisations), no claim to general validity – a qualitative picture of opinion.</source>
        <translation>Hinweis: geringe Grundgesamtheit (n = {n}, weniger als {floor} Organisationen), kein Anspruch auf Allgemeingültigkeit – qualitatives Stimmungsbild.</translation>
    </message>
    <message>
        <source>Topics in alphabetical order (DIN 5007); n = ratings per topic; the dashed line is the average.</source>
        <translation>Themen alphabetisch (DIN 5007); n = Bewertungen je Thema; die gestrichelte Linie ist der Durchschnitt.</translation>
    </message>
    <message>
        <source>{topic} (n = {n})</source>
        <translation>{topic} (n = {n})</translation>
    </message>
    <message>
        <source>Ø {value}</source>
        <translation>Ø {value}</translation>
    </message>
    <message>
        <source>1 = very much experience</source>
        <translation>1 = sehr viel Erfahrung</translation>
    </message>
    <message>
        <source>6 = no experience</source>
        <translation>6 = keine Erfahrung</translation>
    </message>
    <message>
        <source>in favour</source>
        <translation>dafür</translation>
    </message>
    <message>
        <source>against</source>
        <translation>dagegen</translation>
    </message>
    <message>
        <source>Blue: answers (n = {n}); amber: reasons given by those in favour.</source>
        <translation>Blau: Antworten (n = {n}); gelb: Gründe derer, die dafür sind.</translation>
    </message>
    <message>
        <source>Where is support needed?</source>
        <translation>Wo ist Unterstützung nötig?</translation>
    </message>
    <message>
        <source>Offers of exchange and support</source>
        <translation>Austausch- und Unterstützungsangebote</translation>
    </message>
    <message>
        <source>looking for support</source>
        <translation>sucht Unterstützung</translation>
    </message>
    <message>
        <source>offering support</source>
        <translation>bietet Unterstützung</translation>
    </message>
    <message>
        <source>No topic is both needed and offered yet.</source>
        <translation>Noch kein Thema wird zugleich gesucht und angeboten.</translation>
    </message>
    <message>
        <source>Their badges carry this band; on small labels only the symbol, in the top right corner.</source>
        <translation>Ihre Namensschilder tragen dieses Band, kleine Etiketten nur das Zeichen oben rechts.</translation>
    </message>
    <message>
        <source>New at this meeting</source>
        <translation>Neu bei diesem Treffen</translation>
    </message>
    <message>
        <source>{n} new people</source>
        <translation>{n} neue Teilnehmende</translation>
    </message>
    <message>
        <source>Everybody registered has been at a meeting before.</source>
        <translation>Alle Angemeldeten waren schon bei einem früheren Treffen.</translation>
    </message>
    <message>
        <source>new organisation</source>
        <translation>neue Organisation</translation>
    </message>
    <message>
        <source>here</source>
        <translation>da</translation>
    </message>
    <message>
        <source>not yet here</source>
        <translation>noch nicht da</translation>
    </message>
    <message>
        <source>Of interest to you today</source>
        <translation>Heute für Sie interessant</translation>
    </message>
    <message>
        <source>for {name}, {organization}</source>
        <translation>für {name}, {organization}</translation>
    </message>
    <message>
        <source>These organisations are here today and fit yours in the survey:</source>
        <translation>Diese Organisationen sind heute hier und passen laut Umfrage zu Ihrer:</translation>
    </message>
    <message>
        <source>These organisations are registered for the meeting and fit yours in the survey:</source>
        <translation>Diese Organisationen sind zum Treffen angemeldet und passen laut Umfrage zu Ihrer:</translation>
    </message>
    <message>
        <source>offers help: {topic}</source>
        <translation>bietet Unterstützung: {topic}</translation>
    </message>
    <message>
        <source>looks for help: {topic}</source>
        <translation>sucht Unterstützung: {topic}</translation>
    </message>
    <message>
        <source>experience {rating}</source>
        <translation>Erfahrung {rating}</translation>
    </message>
    <message>
        <source>Why: {reason}</source>
        <translation>Warum: {reason}</translation>
    </message>
    <message>
        <source>+ {n} more topics</source>
        <translation>+ {n} weitere Themen</translation>
    </message>
    <message>
        <source>Here today: {who}</source>
        <translation>Heute hier: {who}</translation>
    </message>
    <message>
        <source>Registered: {who}</source>
        <translation>Angemeldet: {who}</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Steckbrief</translation>
    </message>
    <message>
        <source>Also fitting: {names}</source>
        <translation>Außerdem passend: {names}</translation>
    </message>
    <message>
        <source>Experience 1–6: 1 = very much, 6 = none</source>
        <translation>Erfahrung 1–6: 1 = sehr viel, 6 = keine</translation>
    </message>
    <message>
        <source>Invitation: {title}, {when}</source>
        <translation>Einladung: {title}, {when}</translation>
    </message>
    <message>
        <source>Dear members of the network,</source>
        <translation>Liebe Mitglieder des Netzwerks,</translation>
    </message>
    <message>
        <source>we cordially invite you to the next meeting of our network:</source>
        <translation>herzlich laden wir Sie zum nächsten Treffen unseres Netzwerks ein:</translation>
    </message>
    <message>
        <source>The attached calendar entry puts the meeting into your calendar.</source>
        <translation>Mit dem angehängten Kalendereintrag übernehmen Sie den Termin in Ihren Kalender.</translation>
    </message>
    <message>
        <source>The minutes of our last meeting ({title}) are attached.</source>
        <translation>Das Protokoll unseres letzten Treffens ({title}) liegt bei.</translation>
    </message>
    <message>
        <source>Kind regards</source>
        <translation>Mit freundlichen Grüßen</translation>
    </message>
    <message>
        <source>Dear {name}</source>
        <translation>Guten Tag {name}</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Minutes (draft)</source>
        <translation>Protokoll (Entwurf)</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Organisations present ({n})</source>
        <translation>Anwesende Organisationen ({n})</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>and {n} further participants</source>
        <translation>sowie {n} weitere Teilnehmende</translation>
    </message>
    <message>
        <source>and 1 further participant</source>
        <translation>sowie eine weitere teilnehmende Person</translation>
    </message>
    <message>
        <source>{n} participants</source>
        <translation>{n} Teilnehmende</translation>
    </message>
    <message>
        <source>1 participant</source>
        <translation>eine teilnehmende Person</translation>
    </message>
    <message>
        <source>Nobody was checked in.</source>
        <translation>Niemand wurde eingecheckt.</translation>
    </message>
    <message>
        <source>Opinion polls</source>
        <translation>Meinungsbilder</translation>
    </message>
    <message>
        <source>one vote per organisation present</source>
        <translation>eine Stimme je anwesender Organisation</translation>
    </message>
    <message>
        <source>show of hands</source>
        <translation>Handzeichen</translation>
    </message>
    <message>
        <source>{n} votes</source>
        <translation>{n} Stimmen</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Umfrage</translation>
    </message>
    <message>
        <source>Matches of the day</source>
        <translation>Passende Partner des Tages</translation>
    </message>
    <message>
        <source>{offer} can support {need} in {topic}</source>
        <translation>{offer} kann {need} unterstützen: {topic}</translation>
    </message>
    <message>
        <source>Suggestions for the further development of the network meetings</source>
        <translation>Vorschläge zur Weiterentwicklung der Netzwerktreffen</translation>
    </message>
    <message>
        <source>Closing remarks</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Final since {when}</source>
        <translation>Endgültig seit {when}</translation>
    </message>
    <message>
        <source>The network</source>
        <translation>Das Netzwerk</translation>
    </message>
    <message>
        <source>The network as a picture: organisations, their cooperations (solid lines) and potential matches by topic (dashed arrows)</source>
        <translation>Das Netzwerk als Bild: Organisationen, ihre Kooperationen (durchgezogene Linien) und mögliche Passungen nach Thema (gestrichelte Pfeile)</translation>
    </message>
    <message>
        <source>existing cooperation</source>
        <translation>bestehende Kooperation</translation>
    </message>
    <message>
        <source>potential match (topic; arrow: offers → needs)</source>
        <translation>mögliche Passung (Thema; Pfeil: bietet → sucht)</translation>
    </message>
    <message>
        <source>No organisations to show.</source>
        <translation>Keine Organisationen anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Welcome to %1</source>
        <translation>Willkommen: %1</translation>
    </message>
    <message>
        <source>Please scan your badge or booking code, or type your full e-mail address.</source>
        <translation>Bitte scannen Sie Ihr Namensschild oder Ihren Buchungscode, oder tippen Sie Ihre vollständige E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>Code or e-mail address</source>
        <translation>Code oder E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Or hold your badge up to the camera.</source>
        <translation>Oder halten Sie Ihr Namensschild vor die Kamera.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>The event desk of the network — version %1</source>
        <translation>Das Empfangspult des Netzwerks — Version %1</translation>
    </message>
    <message>
        <source>Opening the database …</source>
        <translation>Die Datenbank wird geöffnet …</translation>
    </message>
    <message>
        <source>%1 – %2 registered · %3 checked in (%4 walk-ins) · %5 still expected</source>
        <translation>%1 – %2 angemeldet · %3 eingecheckt (davon %4 spontan) · %5 noch erwartet</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Badge code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Contact sharing</source>
        <translation>Kontaktweitergabe</translation>
    </message>
</context>
<context>
    <name>States</name>
    <message>
        <source>pending {time}</source>
        <translation>wartet {time}</translation>
    </message>
    <message>
        <source>checked in {time}</source>
        <translation>eingecheckt {time}</translation>
    </message>
    <message>
        <source>walk-in, </source>
        <translation>spontan, </translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>spontan</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>angemeldet</translation>
    </message>
    <message>
        <source>may be shared</source>
        <translation>darf weitergegeben werden</translation>
    </message>
    <message>
        <source>objected</source>
        <translation>widersprochen</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>nicht gefragt</translation>
    </message>
    <message>
        <source>no photos</source>
        <translation>keine Fotos</translation>
    </message>
    <message>
        <source>not printed yet</source>
        <translation>noch nicht gedruckt</translation>
    </message>
    <message>
        <source>reprint needed</source>
        <translation>neu drucken</translation>
    </message>
    <message>
        <source>badge is right</source>
        <translation>stimmt</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Landkreis</translation>
    </message>
    <message>
        <source>Association / region</source>
        <translation>Zweckverband / Region</translation>
    </message>
    <message>
        <source>University / research</source>
        <translation>Hochschule / Forschung</translation>
    </message>
    <message>
        <source>Economic development</source>
        <translation>Wirtschaftsförderung</translation>
    </message>
    <message>
        <source>State / EU representation</source>
        <translation>Landes- / EU-Vertretung</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>field of action</source>
        <translation>Handlungsfeld</translation>
    </message>
</context>
<context>
    <name>SurveyColumnsDialog</name>
    <message>
        <source>Columns of the survey</source>
        <translation>Spalten der Umfrage</translation>
    </message>
    <message>
        <source>%1 of the %2 columns name no topic of the catalogue. Choose a topic for each, or leave it ignored; the choice is kept for the next file of this survey.</source>
        <translation>%1 der %2 Spalten nennen kein Thema des Katalogs. Wählen Sie für jede ein Thema oder lassen Sie sie ignoriert; die Wahl gilt auch für die nächste Datei dieser Umfrage.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importiert als</translation>
    </message>
    <message>
        <source>ignore</source>
        <translation>ignorieren</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignoriert</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Offers (chosen from a list)</source>
        <translation>Angebote (Auswahl aus einer Liste)</translation>
    </message>
    <message>
        <source>Needs (chosen from a list)</source>
        <translation>Bedarfe (Auswahl aus einer Liste)</translation>
    </message>
    <message>
        <source>Support wanted (yes/no)</source>
        <translation>Unterstützung gewünscht (ja/nein)</translation>
    </message>
    <message>
        <source>Why support is wanted</source>
        <translation>Begründung des Unterstützungswunsches</translation>
    </message>
    <message>
        <source>Experience: %1</source>
        <translation>Erfahrung: %1</translation>
    </message>
    <message>
        <source>Offer: %1</source>
        <translation>Angebot: %1</translation>
    </message>
    <message>
        <source>Need: %1</source>
        <translation>Bedarf: %1</translation>
    </message>
</context>
<context>
    <name>SurveyView</name>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>Field of action</source>
        <translation>Handlungsfeld</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Support wanted</source>
        <translation>Unterstützung gewünscht</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Distribution of ratings (1 = very much experience, 6 = none)</source>
        <translation>Verteilung der Bewertungen (1 = sehr viel Erfahrung, 6 = keine)</translation>
    </message>
    <message>
        <source>Survey report as PDF…</source>
        <translation>Umfragebericht als PDF…</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Umfrage</translation>
    </message>
    <message>
        <source>%1 organisations answered. Average experience in processes: %2 · in fields of action: %3 (1 = very much, 6 = none)</source>
        <translation>%1 Organisationen haben geantwortet. Durchschnittliche Erfahrung in Prozessen: %2 · in Handlungsfeldern: %3 (1 = sehr viel, 6 = keine)</translation>
    </message>
    <message>
        <source>processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>fields of action</source>
        <translation>Handlungsfelder</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Survey report as PDF</source>
        <translation>Umfragebericht als PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Survey report</source>
        <translation>Umfragebericht</translation>
    </message>
</context>
<context>
    <name>TopicChoice</name>
    <message>
        <source>all topics</source>
        <translation>alle Themen</translation>
    </message>
</context>
<context>
    <name>TopicsDialog</name>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Other words (separated by ;)</source>
        <translation>Andere Begriffe (getrennt durch ;)</translation>
    </message>
    <message>
        <source>Add topic</source>
        <translation>Thema hinzufügen</translation>
    </message>
    <message>
        <source>Remove topic</source>
        <translation>Thema entfernen</translation>
    </message>
    <message>
        <source>Remove “%1” and every survey answer about it?</source>
        <translation>„%1“ und alle Umfrageantworten dazu entfernen?</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Walk-in</source>
        <translation>Spontan gekommen</translation>
    </message>
    <message>
        <source>Objects to being photographed at this meeting</source>
        <translation>Möchte bei diesem Treffen nicht fotografiert werden</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>nicht gefragt</translation>
    </message>
    <message>
        <source>yes, may be shared</source>
        <translation>ja, darf weitergegeben werden</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Academic title</source>
        <translation>Akademischer Titel</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Email (optional)</source>
        <translation>E-Mail (optional)</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Contact sharing in the network</source>
        <translation>Kontaktweitergabe im Netzwerk</translation>
    </message>
    <message>
        <source>Register and check in</source>
        <translation>Anmelden und einchecken</translation>
    </message>
    <message>
        <source>Known in the network: registered and checked in</source>
        <translation>Im Netzwerk bekannt: angemeldet und eingecheckt</translation>
    </message>
    <message>
        <source>Was registered already: checked in</source>
        <translation>War schon angemeldet: eingecheckt</translation>
    </message>
    <message>
        <source>Walk-in registered and checked in</source>
        <translation>Spontan gekommen: angemeldet und eingecheckt</translation>
    </message>
    <message>
        <source>Known in the network: %1. The same name and organisation is that person.</source>
        <translation>Im Netzwerk bekannt: %1. Gleicher Name und gleiche Organisation ist diese Person.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to SmartNet Desktop</source>
        <translation>Willkommen bei SmartNet Desktop</translation>
    </message>
    <message>
        <source>This database holds no event yet. Create the next meeting of your network, or look around in the demo meeting (4th network meeting in Gera, 2022).</source>
        <translation>Diese Datenbank enthält noch keine Veranstaltung. Legen Sie das nächste Treffen Ihres Netzwerks an oder sehen Sie sich im Demo-Treffen um (4. Netzwerktreffen in Gera, 2022).</translation>
    </message>
    <message>
        <source>Create event…</source>
        <translation>Veranstaltung anlegen…</translation>
    </message>
    <message>
        <source>Open the demo meeting</source>
        <translation>Demo-Treffen öffnen</translation>
    </message>
</context>
<context>
    <name>_CorrectionForm</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
</context>
</TS>
