"""Alembic environment: run programmatically by :mod:`lunar_desk.db.migrate`.

The caller passes an open connection in ``config.attributes["connection"]``;
there is no alembic.ini and no command-line use in production.
"""

from alembic import context
from sqlmodel import SQLModel

import lunar_desk.db.models  # noqa: F401  (registers the tables)

config = context.config
target_metadata = SQLModel.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        from lunar_desk.db.engine import make_engine

        engine = make_engine(config.get_main_option("sqlalchemy.url"))
        with engine.connect() as connection:
            _run(connection)
            connection.commit()
        return
    _run(connection)


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
