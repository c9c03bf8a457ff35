"""What the research teams page does: the team, member and link forms, removals; mixed into
:class:`~lunar_desk.ui.teams.page.TeamsPage`."""

from __future__ import annotations

import uuid


from lunar_desk.services import (
    applications,
    loans,
    reference,
    review,
    teams,
)
from lunar_desk.services.changes import Changes
from lunar_desk.ui.errors import run_guarded
from lunar_desk.ui.selection import selected_data
from lunar_desk.ui.teams.dialogs import (
    ChoiceDialog,
    MemberDialog,
    TeamChoices,
    TeamDialog,
)
from lunar_desk.ui.widgets import confirm, say_binned

TABLES = ("research_team", "research_team_member", "research_team_link")


def names(latin: str, native: str) -> str:
    return f"{latin} ({native})" if native and native != latin else latin


class TeamActions:
    """The writes of :class:`TeamsPage` (a QWidget: ``self.tr``, ``self.db``, ``self.settings``)."""

    def _write(self, fn) -> bool:
        def action():
            with self.db.action() as s:
                fn(s)

        ok = run_guarded(self, action)
        if ok:
            self.changed.emit(Changes.of(*TABLES))
            self.refresh()
        return ok

    def _save(self, fn):
        """A dialog's save: one transaction; a refusal propagates to the dialog, which stays open."""
        def save(values):
            with self.db.action() as s:
                fn(s, values)
        return save

    def _done(self) -> None:
        self.changed.emit(Changes.of(*TABLES))
        self.refresh()

    def choices(self) -> TeamChoices:
        with self.db.read() as s:
            return TeamChoices(
                people=[(reference.person_label(p), p.id) for p in reference.people(s)],
                rounds=[(r.name, r.id) for r in review.rounds(s)],
                institutions=[(names(i.name, i.name_local), i.id) for i in reference.institutions(s)],
                states=[(f"{m.name} / {m.name_zh}" if m.name_zh else m.name, m.id) for m in reference.member_states(s)],
            )

    def team_dialog(self, team_id: uuid.UUID | None = None) -> TeamDialog:
        data = self.view.data if team_id is not None and self.view is not None else None
        fn = (lambda s, v: teams.create_team(s, v)) if team_id is None else (lambda s, v: teams.update_team(s, team_id, v))
        dialog = TeamDialog(self.choices(), data, today=self.today(), save=self._save(fn), parent=self)
        dialog.accepted.connect(self._done)
        return dialog

    def new_team(self) -> None:
        if self.db is not None:
            self.team_dialog().exec()

    def edit_team(self) -> None:
        if self.view is not None:
            self.team_dialog(self.view.id).exec()

    def delete_team(self) -> None:
        if self.view is not None and confirm(self, self.tr("Delete research team"), self.tr(
                "Delete the research team '{name}' with its memberships?").format(name=self.view.data.name),
                self.tr("Delete"), binned=True):
            team_id, name = self.view.id, self.view.data.name
            if self._write(lambda s: teams.delete_team(s, team_id)):
                say_binned(self, self.tr("Research team '{name}'").format(name=name))

    def member_dialog(self, member_id: uuid.UUID | None = None) -> MemberDialog:
        team_id = self.view.id
        data = None
        if member_id is not None:
            with self.db.read() as s:
                data = teams.member_data(teams.get_member(s, member_id))
        fn = ((lambda s, v: teams.add_member(s, team_id, v)) if member_id is None
              else (lambda s, v: teams.update_member(s, member_id, v)))
        dialog = MemberDialog(self.choices(), data, today=self.today(), save=self._save(fn), parent=self)
        dialog.accepted.connect(self._done)
        return dialog

    def add_member(self) -> None:
        if self.view is not None:
            self.member_dialog().exec()

    def edit_member(self) -> None:
        if self.view is not None and selected_data(self.members) is not None:
            self.member_dialog(selected_data(self.members)).exec()

    def remove_member(self) -> None:
        member_id = selected_data(self.members)
        name = self.members.currentItem().text(0) if member_id is not None else ""
        if member_id is not None and confirm(self, self.tr("Remove member"), self.tr(
                "Remove {name} from the team '{team}'?").format(name=name, team=self.view.data.name),
                self.tr("Remove"), binned=True):
            if self._write(lambda s: teams.remove_member(s, member_id)):
                say_binned(self, self.tr("The membership of {name}").format(name=name))

    def link_dialog(self, kind: str) -> ChoiceDialog:
        team_id = self.view.id
        with self.db.read() as s:
            if kind == "application":
                items = [(f"{a.reference} — {a.title}", a.id) for a in applications.list_applications(s)]
            else:
                items = [(f"{r.agreement_number} — {r.institution}", r.id) for r in loans.list_loans(s, today=self.today())]
        fn = teams.link_application if kind == "application" else teams.link_loan
        title = self.tr("Link an application") if kind == "application" else self.tr("Link a loan")
        dialog = ChoiceDialog(title, self.tr("Application:") if kind == "application" else self.tr("Loan:"), items,
                              self._save(lambda s, v: fn(s, team_id, v)), self)
        dialog.accepted.connect(self._done)
        return dialog

    def link(self, kind: str) -> None:
        if self.view is not None:
            self.link_dialog(kind).exec()

    def unlink(self) -> None:
        link_id = selected_data(self.links)
        if link_id is not None:  # a link is made again in two clicks: no question, but the way back is shown
            what = self.links.currentItem().text(0)
            if self._write(lambda s: teams.unlink(s, link_id)):
                say_binned(self, self.tr("The link to {what}").format(what=what))
