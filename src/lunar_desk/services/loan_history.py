"""A loan's history: every event of its life in date order, as plain lines.

Reads the loan's own dates and the records attached to it (extensions,
returns, incidents, inventories, transfers of responsibility and recalls).
Custody movements have their own log per item (:mod:`.custody`).
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lunar_desk.db.models import (
    Incident,
    Loan,
    LoanExtension,
    Person,
    ReturnLine,
    ReturnRecord,
)
from lunar_desk.db.models_stewardship import Inventory, LoanTransfer, TransferKind
from lunar_desk.messages import Msg
from lunar_desk.services.loan_view import HistoryLineView
from lunar_desk.services.mass import format_mass


def _name(session: Session, person_id) -> str:
    p = session.get(Person, person_id) if person_id else None
    if p is None:
        return Msg("(nobody recorded)")
    return f"{p.name_latin} ({p.name_native})" if p.name_native else p.name_latin


def history_lines(session: Session, loan: Loan) -> list[HistoryLineView]:
    """The loan's events, oldest first (events of one day in the order of the loan's life)."""
    lines: list[tuple[object, int, HistoryLineView]] = []

    def add(on, kind: str, text: str, order: int = 0) -> None:
        if on is not None:
            lines.append((on, order, HistoryLineView(on, kind, text)))

    from lunar_desk.services.loans import (  # loans imports us
        INCIDENT_KIND_LABELS,
        INCIDENT_STATUS_LABELS,
        _label,
    )

    add(loan.decision_date, "decision", Msg("Committee's decision; loan agreement to be signed by {deadline}",
                                            deadline=loan.signing_deadline))
    add(loan.signed_on, "signed", Msg("Agreement signed"), 1)
    if loan.certificate_number:
        add(loan.certificate_date, "certificate",
            Msg("Certificate {certificate_number} issued", certificate_number=loan.certificate_number), 2)
    add(loan.collected_on, "collected", Msg("Samples collected by {person}", person=loan.collected_by)
        if loan.collected_by else Msg("Samples collected"), 3)
    for ext in session.scalars(select(LoanExtension).where(LoanExtension.loan_id == loan.id)
                               .order_by(LoanExtension.created_at)):
        add(ext.created_at.date(), "extended", Msg("Due date extended {old} → {new}: {reason}",
                                                   old=ext.old_due_date or "—", new=ext.new_due_date,
                                                   reason=ext.reason), 4)
    totals = {rid: (r, c, lo) for rid, r, c, lo in session.execute(
        select(ReturnLine.return_id, func.sum(ReturnLine.returned_ug), func.sum(ReturnLine.consumed_ug),
               func.sum(ReturnLine.lost_ug)).join(ReturnRecord, ReturnRecord.id == ReturnLine.return_id)
        .where(ReturnRecord.loan_id == loan.id).group_by(ReturnLine.return_id)).all()}
    for rec in session.scalars(select(ReturnRecord).where(ReturnRecord.loan_id == loan.id)
                               .order_by(ReturnRecord.returned_on, ReturnRecord.created_at)):
        r, c, lo = (int(x or 0) for x in totals.get(rec.id, (0, 0, 0)))
        add(rec.returned_on, "return", Msg("Return received by {person}: {returned} returned, {consumed} consumed, "
                                           "{lost} lost", person=rec.received_by, returned=format_mass(r),
                                           consumed=format_mass(c), lost=format_mass(lo)), 5)
    for inc in session.scalars(select(Incident).where(Incident.loan_id == loan.id)
                               .order_by(Incident.occurred_on, Incident.created_at)):
        add(inc.occurred_on, "incident", Msg("Incident ({kind!l}, {state!l}): {description}",
                                             kind=_label(INCIDENT_KIND_LABELS, inc.kind),
                                             state=_label(INCIDENT_STATUS_LABELS, inc.status),
                                             description=inc.description), 7)
    for inv in session.scalars(select(Inventory).where(Inventory.loan_id == loan.id).order_by(Inventory.due_on)):
        verdict = Msg("discrepancy, incident opened") if inv.discrepancy else Msg("reconciled with the ledger")
        add(inv.reported_on, "inventory", Msg("Inventory for {due} recorded: {verdict}", due=inv.due_on,
                                              verdict=verdict), 6)
    for t in session.scalars(select(LoanTransfer).where(LoanTransfer.loan_id == loan.id)
                             .order_by(LoanTransfer.effective_on, LoanTransfer.created_at)):
        reason = " ".join(t.reason.split())
        if t.kind == TransferKind.RECALL:
            add(t.effective_on, "recall", Msg("Recall started (responsible: {person}): {reason}",
                                              person=_name(session, t.from_person_id), reason=reason), 8)
        else:
            add(t.effective_on, "transfer", Msg("Responsibility transferred from {old} to {new}: {reason}",
                                                old=_name(session, t.from_person_id),
                                                new=_name(session, t.to_person_id), reason=reason), 8)
    add(loan.closed_on, "closed", Msg("Loan closed: every lent microgram accounted for"), 9)
    add(loan.released_on, "released", Msg("Reserved mass released to the catalogue (agreement never signed)"), 9)
    return [line for _on, _order, line in sorted(lines, key=lambda x: (x[0], x[1]))]
