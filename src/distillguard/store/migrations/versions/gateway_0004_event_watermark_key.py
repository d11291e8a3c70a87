"""gateway: which watermark key served each answer (key epochs, issue #17)

Revision ID: gateway_0004
Revises: gateway_0003
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "gateway_0004"
down_revision = "gateway_0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Nullable: a plain ADD COLUMN (no rewrite); NULL for old events and unwatermarked answers.
    op.add_column("gw_events", sa.Column("watermark_key_id", sa.String(80), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("gw_events") as batch:
        batch.drop_column("watermark_key_id")
