"""Qt widgets, table models and dialogs.  No SQL, no business rules: every
read and write goes through lunar_desk.services."""
