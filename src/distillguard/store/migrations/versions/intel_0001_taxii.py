"""intel: TAXII members, collections, grants, object versions, statuses, cursors, sync state.

Revision ID: intel_0001
Revises:
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "intel_0001"
down_revision = None
branch_labels = ("intel",)
depends_on = None

ROW_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "intel_members",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("identity_id", sa.String(100), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("created_at", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_intel_members")),
        sa.UniqueConstraint("name", name=op.f("uq_intel_members_name")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_intel_members_token_hash")),
    )
    op.create_table(
        "intel_collections",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("alias", sa.String(100), nullable=True),
        sa.Column("public_read", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_intel_collections")),
        sa.UniqueConstraint("alias", name=op.f("uq_intel_collections_alias")),
    )
    op.create_table(
        "intel_grants",
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("collection_id", sa.String(36), nullable=False),
        sa.Column("can_read", sa.Boolean(), nullable=False),
        sa.Column("can_write", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"], ["intel_members.id"], ondelete="CASCADE",
            name=op.f("fk_intel_grants_member_id_intel_members"),
        ),
        sa.ForeignKeyConstraint(
            ["collection_id"], ["intel_collections.id"], ondelete="CASCADE",
            name=op.f("fk_intel_grants_collection_id_intel_collections"),
        ),
        sa.PrimaryKeyConstraint("member_id", "collection_id", name=op.f("pk_intel_grants")),
    )
    op.create_table(
        "intel_objects",
        sa.Column("pk", ROW_ID, autoincrement=True, nullable=False),
        sa.Column("collection_id", sa.String(36), nullable=False),
        sa.Column("stix_id", sa.String(200), nullable=False),
        sa.Column("stix_type", sa.String(100), nullable=False),
        sa.Column("version", sa.String(32), nullable=False),
        sa.Column("spec_version", sa.String(8), nullable=False),
        sa.Column("date_added", sa.BigInteger(), nullable=False),
        sa.Column("owner_member_id", sa.Integer(), nullable=True),
        sa.Column("tlp", sa.String(16), nullable=False),
        sa.Column("is_latest", sa.Boolean(), nullable=False),
        sa.Column("is_first", sa.Boolean(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["collection_id"], ["intel_collections.id"], ondelete="CASCADE",
            name=op.f("fk_intel_objects_collection_id_intel_collections"),
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_intel_objects")),
        sa.UniqueConstraint("collection_id", "stix_id", "version", name="uq_intel_objects_version"),
    )
    op.create_index("ix_intel_objects_page", "intel_objects", ["collection_id", "date_added", "pk"])
    op.create_index("ix_intel_objects_stix_id", "intel_objects", ["collection_id", "stix_id"])
    op.create_table(
        "intel_statuses",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.Float(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_intel_statuses")),
    )
    op.create_table(
        "intel_cursors",
        sa.Column("token", sa.String(64), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("query", sa.Text(), nullable=False),
        sa.Column("last_date_added", sa.BigInteger(), nullable=False),
        sa.Column("last_pk", sa.BigInteger(), nullable=False),
        sa.Column("expires_at", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("token", name=op.f("pk_intel_cursors")),
    )
    op.create_index(op.f("ix_intel_cursors_expires_at"), "intel_cursors", ["expires_at"])
    op.create_table(
        "intel_sync_state",
        sa.Column("remote", sa.String(500), nullable=False),
        sa.Column("direction", sa.String(8), nullable=False),
        sa.Column("cursor", sa.String(64), nullable=False),
        sa.Column("updated_at", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("remote", "direction", name=op.f("pk_intel_sync_state")),
    )


def downgrade() -> None:
    for table in ("intel_sync_state", "intel_cursors", "intel_statuses", "intel_objects",
                  "intel_grants", "intel_collections", "intel_members"):
        op.drop_table(table)
