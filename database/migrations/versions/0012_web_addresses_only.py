"""only web addresses: stored profile addresses, websites, project links and the network's
profile address that are not https:// or http:// (javascript:, data:, file: ...) become
empty, so that no badge QR and no link of the profile site carries them

Revision ID: 0012_web_addresses_only
Revises: 0011_network_profiles
Create Date: 2026-11-30

Frozen history: this file imports nothing from smartnet_desktop; the rule below is a copy
of domain/addresses.is_web_address as it was when this migration was written.
"""

import re
from urllib.parse import urlsplit

import sqlalchemy as sa
from alembic import op

revision = "0012_web_addresses_only"
down_revision = "0011_network_profiles"
branch_labels = None
depends_on = None

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):")
# (table, key column, address column, condition): every column that holds an address.
_ADDRESS_COLUMNS = (
    ("organizations", "id", "profile_url", ""),
    ("organizations", "id", "website", ""),
    ("projects", "id", "link", ""),
    ("network_settings", "key", "value", " WHERE key = 'profile_base_url'"),
)


def _is_web_address(text):
    if not text or any(ch.isspace() or not ch.isprintable() or ch == "\\" for ch in text):
        return False
    match = _SCHEME.match(text)
    if (
        not match
        or match.group(1).lower() not in ("https", "http")
        or not text[match.end() :].startswith("//")
    ):
        return False
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 - raises ValueError for a port that is no number
    except ValueError:
        return False
    return bool(parts.hostname)


def upgrade() -> None:
    connection = op.get_bind()
    for table, key, column, condition in _ADDRESS_COLUMNS:
        rows = connection.execute(
            sa.text(f"SELECT {key}, {column} FROM {table}{condition}")  # noqa: S608 - constants
        ).all()
        bad = [row[0] for row in rows if row[1] and not _is_web_address(row[1])]
        for row_key in bad:  # the columns are NOT NULL: empty means "none"
            connection.execute(
                sa.text(f"UPDATE {table} SET {column} = '' WHERE {key} = :k"),  # noqa: S608
                {"k": row_key},
            )


def downgrade() -> None:
    """Nothing to undo: the addresses emptied were never usable."""
