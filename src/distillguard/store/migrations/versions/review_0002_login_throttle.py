"""review: failed console logins, counted in the database (shared by workers, cleared by admins).

Revision ID: review_0002
Revises: review_0001
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "review_0002"
down_revision = "review_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "review_login_failures",
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("username", sa.String(64), nullable=True),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("window_start", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_review_login_failures")),
    )
    op.create_index(op.f("ix_review_login_failures_username"), "review_login_failures",
                    ["username"])
    op.create_index(op.f("ix_review_login_failures_window_start"), "review_login_failures",
                    ["window_start"])


def downgrade() -> None:
    op.drop_index(op.f("ix_review_login_failures_window_start"),
                  table_name="review_login_failures")
    op.drop_index(op.f("ix_review_login_failures_username"), table_name="review_login_failures")
    op.drop_table("review_login_failures")
