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
from lunar_desk.services.loan_view import HistoryLineView
from lunar_desk.services.mass import format_mass


def _name(session: Session, person_id) -> str:
    p = session.get(Person, person_id) if person_id else None
    if p is None:
        return "(nobody recorded)"
    return f"{p.name_latin} ({p.name_native})" if p.name_native else p.name_latin


def history_lines(session: Session, loan: Loan) -> list[HistoryLineView]:
    """The loan's events, oldest first (events of one day in the order of the loan's life)."""
    lines: list[tuple[object, int, HistoryLineView]] = []

    def add(on, kind: str, text: str, order: int = 0) -> None:
        if on is not None:
            lines.append((on, order, HistoryLineView(on, kind, text)))

    add(loan.decision_date, "decision", "Committee's decision; loan agreement to be signed by "
        f"{loan.signing_deadline.isoformat()}")
    add(loan.signed_on, "signed", "Agreement signed", 1)
    if loan.certificate_number:
        add(loan.certificate_date, "certificate", f"Certificate {loan.certificate_number} issued", 2)
    add(loan.collected_on, "collected", f"Samples collected by {loan.collected_by}" if loan.collected_by
        else "Samples collected", 3)
    for ext in session.scalars(select(LoanExtension).where(LoanExtension.loan_id == loan.id)
                               .order_by(LoanExtension.created_at)):
        old = ext.old_due_date.isoformat() if ext.old_due_date else "—"
        add(ext.created_at.date(), "extended", f"Due date extended {old} → {ext.new_due_date.isoformat()}: {ext.reason}", 4)
    totals = {rid: (r, c, lo) for rid, r, c, lo in session.execute(
        select(ReturnLine.return_id, func.sum(ReturnLine.returned_ug), func.sum(ReturnLine.consumed_ug),
               func.sum(ReturnLine.lost_ug)).join(ReturnRecord, ReturnRecord.id == ReturnLine.return_id)
        .where(ReturnRecord.loan_id == loan.id).group_by(ReturnLine.return_id)).all()}
    for rec in session.scalars(select(ReturnRecord).where(ReturnRecord.loan_id == loan.id)
                               .order_by(ReturnRecord.returned_on, ReturnRecord.created_at)):
        r, c, lo = (int(x or 0) for x in totals.get(rec.id, (0, 0, 0)))
        add(rec.returned_on, "return", f"Return received by {rec.received_by}: {format_mass(r)} returned, "
            f"{format_mass(c)} consumed, {format_mass(lo)} lost", 5)
    for inc in session.scalars(select(Incident).where(Incident.loan_id == loan.id)
                               .order_by(Incident.occurred_on, Incident.created_at)):
        state = "open" if inc.status == "open" else "closed"
        add(inc.occurred_on, "incident", f"Incident ({inc.kind.replace('_', ' ')}, {state}): {inc.description}", 7)
    for inv in session.scalars(select(Inventory).where(Inventory.loan_id == loan.id).order_by(Inventory.due_on)):
        verdict = "discrepancy, incident opened" if inv.discrepancy else "reconciled with the ledger"
        add(inv.reported_on, "inventory", f"Inventory for {inv.due_on.isoformat()} recorded: {verdict}", 6)
    for t in session.scalars(select(LoanTransfer).where(LoanTransfer.loan_id == loan.id)
                             .order_by(LoanTransfer.effective_on, LoanTransfer.created_at)):
        reason = " ".join(t.reason.split())
        if t.kind == TransferKind.RECALL:
            add(t.effective_on, "recall", f"Recall started (responsible: {_name(session, t.from_person_id)}): {reason}", 8)
        else:
            add(t.effective_on, "transfer", f"Responsibility transferred from {_name(session, t.from_person_id)} to "
                f"{_name(session, t.to_person_id)}: {reason}", 8)
    add(loan.closed_on, "closed", "Loan closed: every lent microgram accounted for", 9)
    add(loan.released_on, "released", "Reserved mass released to the catalogue (agreement never signed)", 9)
    return [line for _on, _order, line in sorted(lines, key=lambda x: (x[0], x[1]))]
