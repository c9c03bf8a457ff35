"""What a write changed, so each view refreshes only what it shows."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    """Tables (and optionally ids) touched by one action; ``everything`` after a reload or restore."""

    tables: frozenset[str] = frozenset()
    ids: frozenset[uuid.UUID] = field(default_factory=frozenset)
    everything: bool = False

    @classmethod
    def of(cls, *tables: str, ids=()) -> Changes:
        return cls(tables=frozenset(tables), ids=frozenset(ids))

    @classmethod
    def all(cls) -> Changes:
        return cls(everything=True)

    def touches(self, *tables: str) -> bool:
        return self.everything or bool(self.tables.intersection(tables))
