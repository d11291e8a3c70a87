"""gateway: the monitor's latest risk per account (read by the policy's monitor_risk rules)

Revision ID: gateway_0003
Revises: gateway_0002
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "gateway_0003"
down_revision = "gateway_0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Nullable columns: a plain ADD COLUMN on SQLite and PostgreSQL, no table rewrite, so the
    # upgrade is instant even with millions of accounts. NULL = never scored (no monitor rule).
    op.add_column("gw_accounts", sa.Column("risk", sa.Float(), nullable=True))
    op.add_column("gw_accounts", sa.Column("risk_updated_at", sa.Float(), nullable=True))
    op.add_column("gw_accounts", sa.Column("risk_scan_id", sa.String(64), nullable=True))
    op.add_column("gw_accounts", sa.Column("risk_detail", sa.Text(), nullable=True))


def downgrade() -> None:
    # batch mode: SQLite before 3.35 cannot DROP COLUMN, so Alembic copies the table there
    with op.batch_alter_table("gw_accounts") as batch:
        batch.drop_column("risk_detail")
        batch.drop_column("risk_scan_id")
        batch.drop_column("risk_updated_at")
        batch.drop_column("risk")
