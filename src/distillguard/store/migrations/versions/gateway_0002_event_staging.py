"""gateway: how far each event staging database has been moved into gw_events

Revision ID: gateway_0002
Revises: gateway_0001
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "gateway_0002"
down_revision = "gateway_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "gw_event_staging",
        sa.Column("staging_id", sa.String(64), nullable=False),
        sa.Column("last_seq", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("staging_id", name="pk_gw_event_staging"),
    )


def downgrade() -> None:
    op.drop_table("gw_event_staging")
