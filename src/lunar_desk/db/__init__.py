"""Persistence: SQLModel tables, engine and sessions, migrations, backups."""
