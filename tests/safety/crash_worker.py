"""The process the crash trials kill: one long action on a data folder, through
the same calls the application makes, announcing each phase on stdout.

    python crash_worker.py import  DATA_DIR FILE     read, plan, back up, then apply a release list
    python crash_worker.py save    DATA_DIR          one action splitting and consuming every sample
    python crash_worker.py restore DATA_DIR BACKUP   restore a backup over the database

Each phase is announced as ``phase NAME`` before it starts, so the parent knows
where its SIGKILL landed.  See crash_harness.py.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

OFFICER = "crash-officer"
IMPORT_NOTE = "crash import"
SAVE_NOTE = "crash save"


def phase(name: str) -> None:
    os.write(1, f"phase {name}\n".encode())


def open_db(data_dir: str):
    from lunar_desk.config import resolve_paths
    from lunar_desk.db.startup import open_database

    phase("open")
    db, _ = open_database(resolve_paths(data_dir), officer_login=OFFICER)
    return db


def run_import(data_dir: str, file: str) -> None:
    from lunar_desk.services.maintenance import backup_before
    from lunar_desk.sheets.release_import import (
        apply_import,
        plan_import,
        read_release_file,
    )

    db = open_db(data_dir)
    phase("read")
    parsed = read_release_file(file)
    phase("plan")
    with db.read() as s:
        plan = plan_import(s, parsed, batch_number=2)
    assert plan.ok, plan.errors[:3]
    phase("backup")
    backup_before(db.paths, "before-import")
    phase("write")
    with db.action(note=IMPORT_NOTE) as s:
        apply_import(s, plan)
        phase("commit")
    phase("committed")
    db.dispose()


def run_save(data_dir: str) -> None:
    from sqlalchemy import select

    from lunar_desk.db.models import Sample
    from lunar_desk.services import catalogue
    from lunar_desk.services.catalogue import SplitPart

    db = open_db(data_dir)
    phase("write")
    with db.action(note=SAVE_NOTE) as s:
        for sample in list(s.scalars(select(Sample).where(Sample.parent_id.is_(None)).order_by(Sample.sample_number))):
            left = catalogue.remaining_ug(sample)
            third = (left - 10) // 3
            first, second, _third = catalogue.split_sample(s, sample.id, [
                SplitPart(f"{sample.sample_number}-A", third),
                SplitPart(f"{sample.sample_number}-B", third),
                SplitPart(f"{sample.sample_number}-C", left - 10 - 2 * third),
            ], lost_ug=10, reason="crash trial")
            catalogue.record_consumption(s, first.id, consumed_ug=third // 2)
            catalogue.retire_sample(s, second.id, "returned_to_clep", "crash trial")
        phase("commit")
    phase("committed")
    db.dispose()


def run_restore(data_dir: str, backup: str) -> None:
    from lunar_desk.config import resolve_paths
    from lunar_desk.services import backups

    make_backup, backup_sqlite, replace = backups.make_backup, backups.backup_sqlite, os.replace
    copied = []

    def pre_backup(*args, **kwargs):
        phase("pre-restore-backup")
        return make_backup(*args, **kwargs)

    def copy(src, dest):
        phase("write")  # the verified copy of the backup beside the database
        out = backup_sqlite(src, dest)
        copied.append(dest)
        phase("commit")  # from here the old database's WAL is folded, its side files deleted, the copy renamed
        return out

    def rename(src, dest):
        if copied and Path(src) == Path(copied[0]):
            phase("replace")  # the copy takes the database's name (atomically)
        return replace(src, dest)

    backups.make_backup, backups.backup_sqlite, os.replace = pre_backup, copy, rename
    phase("verify")
    backups.restore_backup(resolve_paths(data_dir), Path(backup))
    phase("committed")


def main(argv: list[str]) -> int:
    phase("start")
    scenario, data_dir, *rest = argv
    {"import": run_import, "save": run_save, "restore": run_restore}[scenario](data_dir, *rest)
    phase("done")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
