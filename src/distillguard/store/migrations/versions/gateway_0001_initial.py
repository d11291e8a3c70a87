"""gateway: organisations, ownership, accounts, API keys, state transitions, events

Revision ID: gateway_0001
Revises:
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "gateway_0001"
down_revision = None
branch_labels = ("gateway",)
depends_on = None

BIGID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "gw_organisations",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("country", sa.String(2), nullable=True),
        sa.Column("created_at", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_gw_organisations"),
        sa.UniqueConstraint("name", name="uq_gw_organisations_name"),
    )
    op.create_table(
        "gw_org_ownership",
        sa.Column("child_id", sa.String(64), nullable=False),
        sa.Column("parent_id", sa.String(64), nullable=False),
        sa.Column("share", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["child_id"], ["gw_organisations.id"],
            name="fk_gw_org_ownership_child_id_gw_organisations",
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["gw_organisations.id"],
            name="fk_gw_org_ownership_parent_id_gw_organisations",
        ),
        sa.PrimaryKeyConstraint("child_id", "parent_id", name="pk_gw_org_ownership"),
    )
    op.create_table(
        "gw_accounts",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("org_id", sa.String(64), nullable=True),
        sa.Column("declared_country", sa.String(2), nullable=True),
        sa.Column("billing_country", sa.String(2), nullable=True),
        sa.Column("owner_country", sa.String(2), nullable=True),
        sa.Column("verification", sa.String(16), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("tier", sa.String(32), nullable=False),
        sa.Column("email", sa.String(320), nullable=True),
        sa.Column("payment_fingerprint", sa.String(128), nullable=True),
        sa.Column("created_at", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["org_id"], ["gw_organisations.id"], name="fk_gw_accounts_org_id_gw_organisations"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_gw_accounts"),
    )
    op.create_index("ix_gw_accounts_org_id", "gw_accounts", ["org_id"])
    op.create_table(
        "gw_api_keys",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("account_id", sa.String(64), nullable=False),
        sa.Column("prefix", sa.String(32), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.Column("created_at", sa.Float(), nullable=False),
        sa.Column("revoked_at", sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"], ["gw_accounts.id"], name="fk_gw_api_keys_account_id_gw_accounts"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_gw_api_keys"),
        sa.UniqueConstraint("prefix", name="uq_gw_api_keys_prefix"),
    )
    op.create_index("ix_gw_api_keys_account_id", "gw_api_keys", ["account_id"])
    op.create_table(
        "gw_state_transitions",
        sa.Column("id", BIGID, autoincrement=True, nullable=False),
        sa.Column("account_id", sa.String(64), nullable=False),
        sa.Column("from_state", sa.String(16), nullable=True),
        sa.Column("to_state", sa.String(16), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("ts", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["gw_accounts.id"],
            name="fk_gw_state_transitions_account_id_gw_accounts",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_gw_state_transitions"),
    )
    op.create_index(
        "ix_gw_state_transitions_account_id", "gw_state_transitions", ["account_id"]
    )
    op.create_table(
        "gw_events",
        sa.Column("id", BIGID, autoincrement=True, nullable=False),
        sa.Column("request_id", sa.String(64), nullable=False),
        sa.Column("ts", sa.Float(), nullable=False),
        sa.Column("account_id", sa.String(64), nullable=True),
        sa.Column("org_id", sa.String(64), nullable=True),
        sa.Column("key_prefix", sa.String(32), nullable=True),
        sa.Column("ip", sa.String(64), nullable=False),
        sa.Column("country", sa.String(2), nullable=True),
        sa.Column("asn", sa.BigInteger(), nullable=True),
        sa.Column("user_agent", sa.Text(), nullable=True),
        sa.Column("payment_fingerprint", sa.String(128), nullable=True),
        sa.Column("endpoint", sa.String(64), nullable=False),
        sa.Column("model", sa.String(200), nullable=True),
        sa.Column("prompt", sa.Text(), nullable=True),
        sa.Column("prompt_hash", sa.String(64), nullable=True),
        sa.Column("response", sa.Text(), nullable=True),
        sa.Column("prompt_tokens", sa.Integer(), nullable=False),
        sa.Column("completion_tokens", sa.Integer(), nullable=False),
        sa.Column("status", sa.Integer(), nullable=False),
        sa.Column("stream", sa.Boolean(), nullable=False),
        sa.Column("decision", sa.String(16), nullable=True),
        sa.Column("tier", sa.String(32), nullable=True),
        sa.Column("reasons", sa.Text(), nullable=False),
        sa.Column("guard_score", sa.Float(), nullable=True),
        sa.Column("guard_flagged", sa.Boolean(), nullable=True),
        sa.Column("guard_families", sa.Text(), nullable=True),
        sa.Column("latency_ms", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_gw_events"),
    )
    op.create_index("ix_gw_events_request_id", "gw_events", ["request_id"])
    op.create_index("ix_gw_events_ts", "gw_events", ["ts"])
    op.create_index("ix_gw_events_account_id", "gw_events", ["account_id"])


def downgrade() -> None:
    op.drop_table("gw_events")
    op.drop_table("gw_state_transitions")
    op.drop_table("gw_api_keys")
    op.drop_table("gw_accounts")
    op.drop_table("gw_org_ownership")
    op.drop_table("gw_organisations")
