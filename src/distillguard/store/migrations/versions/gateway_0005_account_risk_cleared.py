"""gateway: the monitor evidence a reviewer's approval covered (policy/clearance.py)

Revision ID: gateway_0005
Revises: gateway_0004
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "gateway_0005"
down_revision = "gateway_0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Nullable: a plain ADD COLUMN (no rewrite). NULL = no clearance: every account keeps the
    # behaviour it had before this revision until a reviewer approves it.
    op.add_column("gw_accounts", sa.Column("risk_cleared", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("gw_accounts") as batch:
        batch.drop_column("risk_cleared")
