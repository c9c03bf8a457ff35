"""A loan action taken from a view that someone else changed since is refused
(optimistic locking), with who and when, and writes nothing."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from test_loans import (  # the loan world of the loans tests
    CLOSE_DAY,
    build_world,
    loan_of,
)

from lunar_desk.db.startup import open_database
from lunar_desk.errors import ConcurrentEditError
from lunar_desk.services import loans


def test_a_signature_recorded_from_a_stale_view_is_refused(db, paths, tmp_path):
    world = build_world(db, tmp_path)
    with db.action() as s:
        loan_id = loans.create_loans_for_round(s, world.rid, today=CLOSE_DAY + timedelta(days=1))[0].id
    with db.read() as s:
        seen = loans.loan_view(s, loan_id, CLOSE_DAY + timedelta(days=2))  # the Loans tab shows the loan …
    other, _ = open_database(paths, officer_login="li.wei")
    other.officer_name = "Li Wei"
    try:
        with other.action() as s:  # … while Li Wei records the signature from another window
            loans.record_signature(s, loan_id, date(2026, 12, 14), expected_version=seen.version)
    finally:
        other.dispose()
    with pytest.raises(ConcurrentEditError, match=f"This loan {seen.agreement_number} was changed by Li Wei"), \
            db.action() as s:
        loans.record_signature(s, loan_id, date(2026, 12, 15), expected_version=seen.version)
    assert loan_of(db, loan_id).signed_on == date(2026, 12, 14)
