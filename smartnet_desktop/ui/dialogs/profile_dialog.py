"""The profile editor (Steckbrief): kind, place, description, contact person, what the
organisation offers and needs, its experience ratings and projects, saved in one go."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smartnet_desktop.domain.network_rows import Profile, ProfileInput, ProjectRow, TopicRow
from smartnet_desktop.services import organizations
from smartnet_desktop.ui import formatting
from smartnet_desktop.ui.dialogs.form_dialog import FormDialog
from smartnet_desktop.ui.i18n import fill
from smartnet_desktop.ui.operations import Operations


class ProfileDialog(FormDialog):
    def __init__(
        self,
        sessions,
        operations: Operations,
        profile: Profile,
        topics: list[TopicRow],
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self._operations = operations
        self._profile = profile
        self._topics = topics
        org = profile.organization
        self.setWindowTitle(fill(self.tr("Profile of %1"), org.name))
        self.resize(760, 620)
        tabs = QTabWidget()
        tabs.addTab(self._facts(org), self.tr("Profile"))
        tabs.addTab(self._offers_and_needs(profile), self.tr("Offers and needs"))
        tabs.addTab(self._ratings(profile), self.tr("Experience"))
        tabs.addTab(self._projects(profile), self.tr("Projects"))
        self.finish(tabs)

    # -- tabs -------------------------------------------------------------------------------
    def _facts(self, org) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.kind = QComboBox()
        for key, label in formatting.organization_kinds().items():
            self.kind.addItem(label, key)
        self.kind.setCurrentIndex(max(0, self.kind.findData(org.kind)))
        self.town = QLineEdit(org.town)
        self.population = QSpinBox()
        self.population.setRange(0, 10_000_000)
        self.population.setSpecialValueText(self.tr("not given"))
        self.population.setValue(org.population or 0)
        self.website = QLineEdit(org.website)
        self.own_url = QLineEdit(org.own_url)
        self.own_url.setPlaceholderText(
            fill(self.tr("empty: the network's address (%1)"), org.url or self.tr("not set"))
        )
        self.description = QPlainTextEdit(org.description)
        self.partners = QLineEdit(org.partners)
        self.contact = QComboBox()
        self.contact.addItem(self.tr("(nobody)"), None)
        for person_id, name, sharing in organizations.contact_candidates(self._sessions, org.id):
            state = formatting.contact_text(sharing)
            self.contact.addItem(f"{name} ({state})", person_id)
        self.contact.setCurrentIndex(max(0, self.contact.findData(org.contact_person_id)))
        note = QLabel(
            self.tr(
                "The contact person appears on the published profile only while their contact sharing is “may be shared”."
            )
        )
        note.setWordWrap(True)
        for label, widget in (
            (self.tr("Kind"), self.kind),
            (self.tr("Town / region"), self.town),
            (self.tr("Population"), self.population),
            (self.tr("Website"), self.website),
            (self.tr("Own profile address"), self.own_url),
            (self.tr("Description"), self.description),
            (self.tr("Cooperation partners"), self.partners),
            (self.tr("Contact person"), self.contact),
        ):
            form.addRow(label, widget)
        form.addRow("", note)
        return page

    def _topic_list(self, chosen: set[str]) -> QListWidget:
        listing = QListWidget()
        for topic in self._topics:
            item = QListWidgetItem(topic.name)
            item.setData(Qt.ItemDataRole.UserRole, topic.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if topic.name in chosen else Qt.CheckState.Unchecked
            )
            listing.addItem(item)
        return listing

    def _offers_and_needs(self, profile: Profile) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        self.offers = self._topic_list({s.topic for s in profile.statements if s.kind == "offer"})
        self.needs = self._topic_list({s.topic for s in profile.statements if s.kind == "need"})
        for column, (title, listing) in enumerate(
            ((self.tr("Offers help in"), self.offers), (self.tr("Needs help in"), self.needs))
        ):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(listing)
            grid.addWidget(box, 0, column)
        return page

    def _ratings(self, profile: Profile) -> QWidget:
        rated = {s.topic: s.rating for s in profile.statements if s.kind == "experience"}
        self.rating_table = QTableWidget(len(self._topics), 3)
        self.rating_table.setHorizontalHeaderLabels(
            [self.tr("Topic"), self.tr("Area"), self.tr("Experience (1 = very much, 6 = none)")]
        )
        self.rating_table.verticalHeader().setVisible(False)
        self._rating_boxes: list[tuple[int, QComboBox]] = []
        for row, topic in enumerate(self._topics):
            self.rating_table.setItem(row, 0, QTableWidgetItem(topic.name))
            self.rating_table.setItem(row, 1, QTableWidgetItem(formatting.area_text(topic.area)))
            box = QComboBox()
            box.addItem("–", None)
            for value in range(1, 7):
                box.addItem(str(value), value)
            box.setCurrentIndex(max(0, box.findData(rated.get(topic.name))))
            self.rating_table.setCellWidget(row, 2, box)
            self._rating_boxes.append((topic.id, box))
        self.rating_table.resizeColumnsToContents()
        # Off until the organisation says so: its self-ratings are not for everyone.
        self.publish_ratings = QCheckBox(
            self.tr("Publish these ratings on the organisation's page of the site")
        )
        self.publish_ratings.setChecked(profile.organization.publish_ratings)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.rating_table)
        layout.addWidget(self.publish_ratings)
        return page

    def _projects(self, profile: Profile) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        hint = QLabel(self.tr("One project per line: title | topic | status | link"))
        self.projects = QPlainTextEdit(
            "\n".join(
                " | ".join([p.title, p.topic, p.status, p.link]).rstrip(" |")
                for p in profile.projects
            )
        )
        layout.addWidget(hint)
        layout.addWidget(self.projects)
        return page

    # -- saving ------------------------------------------------------------------------------
    def _checked(self, listing: QListWidget) -> tuple[int, ...]:
        return tuple(
            listing.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(listing.count())
            if listing.item(i).checkState() == Qt.CheckState.Checked
        )

    def data(self) -> ProfileInput:
        projects = []
        for line in self.projects.toPlainText().splitlines():
            parts = [p.strip() for p in line.split("|")] + ["", "", ""]
            if parts[0]:
                projects.append(ProjectRow(parts[0], parts[1], parts[2], parts[3]))
        return ProfileInput(
            kind=self.kind.currentData(),
            town=self.town.text(),
            population=self.population.value() or None,
            website=self.website.text().strip(),
            own_url=self.own_url.text().strip(),
            description=self.description.toPlainText(),
            partners=self.partners.text(),
            contact_person_id=self.contact.currentData(),
            offers=self._checked(self.offers),
            needs=self._checked(self.needs),
            ratings={
                tid: box.currentData() for tid, box in self._rating_boxes if box.currentData()
            },
            projects=tuple(projects),
            publish_ratings=self.publish_ratings.isChecked(),
        )

    def accept(self) -> None:
        """Saves through the window's runner (which refreshes the badges of the
        organisation's people); a refusal is worded in the dialog's red line."""
        sessions, org_id = self._sessions, self._profile.organization.id
        self._operations.run(
            lambda: organizations.save_profile(sessions, org_id, self.data()),
            report=self.error.setText,
            done=lambda _row: super(ProfileDialog, self).accept(),
        )
