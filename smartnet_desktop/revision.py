"""The schema revision this code expects, apart from db.py: the start screen's first glance
(services/first_glance.py) compares it without importing SQLAlchemy (issue 24 item 5)."""

# The newest migration. A test checks it against Alembic's head; keeping it here spares
# start-up the import of Alembic when the database is already current.
HEAD_REVISION = "0018_change_feed"
