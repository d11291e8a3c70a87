"""intel: member ids become random UUIDs, never reused (issue #12, item 3).

The integer key of `intel_members` (SQLite INTEGER PRIMARY KEY, no AUTOINCREMENT) went to the
next member added after the newest one was removed, and that member then read the removed
member's TLP:RED objects and could act as their owner. Every column naming a member (grants,
object owner, status, cursor) now holds the member's UUID.

Existing data: each member gets a fresh UUID. An object or status whose integer owner is no
longer a member, or predates the current holder of that integer (the id was already reused),
gets a tombstone UUID that no member holds: nobody inherits it, it stays visible to the local
operator. Pagination cursors are transient (1 h) and are dropped: a client restarts its listing.
Members and grants are small tables and are rebuilt; the others are altered in place.

Revision ID: intel_0002
Revises: intel_0001
Create Date: 2026-12-05
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "intel_0002"
down_revision = "intel_0001"
branch_labels = None
depends_on = None

UID = sa.String(36)


def _members_table(id_type: sa.types.TypeEngine) -> None:
    op.create_table(
        "intel_members",
        sa.Column("id", id_type, nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("identity_id", sa.String(100), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("created_at", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_intel_members")),
        sa.UniqueConstraint("name", name=op.f("uq_intel_members_name")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_intel_members_token_hash")),
        sqlite_autoincrement=isinstance(id_type, sa.Integer),
    )


def _grants_table(id_type: sa.types.TypeEngine) -> None:
    op.create_table(
        "intel_grants",
        sa.Column("member_id", id_type, nullable=False),
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


def _rebuild_members(id_type: sa.types.TypeEngine, new_id: dict) -> None:
    """Drop and recreate members and grants with `id_type` ids, mapped by `new_id`."""
    bind = op.get_bind()
    members = bind.execute(sa.text(
        "SELECT id, name, identity_id, token_hash, created_at FROM intel_members")).all()
    grants = bind.execute(sa.text(
        "SELECT member_id, collection_id, can_read, can_write FROM intel_grants")).all()
    op.drop_table("intel_grants")  # first: nothing left for the members' drop to cascade to
    op.drop_table("intel_members")
    _members_table(id_type)
    _grants_table(id_type)
    if members:
        op.bulk_insert(sa.table("intel_members", sa.column("id"), sa.column("name"),
                                sa.column("identity_id"), sa.column("token_hash"),
                                sa.column("created_at")),
                       [{**m._asdict(), "id": new_id[m.id]} for m in members])
    if grants:
        op.bulk_insert(sa.table("intel_grants", sa.column("member_id"), sa.column("collection_id"),
                                sa.column("can_read"), sa.column("can_write")),
                       [{**g._asdict(), "member_id": new_id[g.member_id]} for g in grants])


def _retype(table: str, column: str, new_type: sa.types.TypeEngine,
            assignments: list[tuple[str, dict]]) -> None:
    """Replace `column` by one of `new_type` filled by `UPDATE … SET tmp = :v WHERE …`."""
    op.add_column(table, sa.Column("member_tmp", new_type, nullable=True))
    for where, params in assignments:
        op.get_bind().execute(
            sa.text(f"UPDATE {table} SET member_tmp = :v WHERE member_tmp IS NULL AND {where}"),
            params)
    with op.batch_alter_table(table) as batch:
        batch.drop_column(column)
        batch.alter_column("member_tmp", new_column_name=column)


def upgrade() -> None:
    bind = op.get_bind()
    members = bind.execute(sa.text("SELECT id, created_at FROM intel_members")).all()
    new_id = {m.id: str(uuid.uuid4()) for m in members}
    created = {m.id: m.created_at for m in members}
    used: set[int] = set()
    for table in ("intel_objects", "intel_statuses"):
        column = "owner_member_id" if table == "intel_objects" else "member_id"
        used.update(v for (v,) in bind.execute(sa.text(
            f"SELECT DISTINCT {column} FROM {table} WHERE {column} IS NOT NULL")))
    tombstone = {old: str(uuid.uuid4()) for old in used}

    _rebuild_members(UID, new_id)

    def owned(column: str, stamp: str, scale: float) -> list[tuple[str, dict]]:
        """The current holder owns rows written after it was created; older rows (and rows
        of removed members) go to the old id's tombstone."""
        out = [(f"{column} = :old AND {stamp} >= :since",
                {"v": new_id[old], "old": old, "since": created[old] * scale})
               for old in new_id]
        out += [(f"{column} = :old", {"v": tombstone[old], "old": old}) for old in tombstone]
        return out

    _retype("intel_objects", "owner_member_id", UID, owned("owner_member_id", "date_added", 1e6))
    _retype("intel_statuses", "member_id", UID, owned("member_id", "created_at", 1.0))
    op.execute("DELETE FROM intel_cursors")
    _retype("intel_cursors", "member_id", UID, [])


def downgrade() -> None:
    """Back to integer ids (1, 2, … by creation); tombstones get integers past every member."""
    bind = op.get_bind()
    members = bind.execute(sa.text(
        "SELECT id FROM intel_members ORDER BY created_at, name")).all()
    new_id = {m.id: n for n, m in enumerate(members, start=1)}
    used = {v for (v,) in bind.execute(sa.text(
        "SELECT DISTINCT owner_member_id FROM intel_objects WHERE owner_member_id IS NOT NULL "
        "UNION SELECT DISTINCT member_id FROM intel_statuses WHERE member_id IS NOT NULL"))}
    back = dict(new_id)
    for n, uid in enumerate(sorted(used - set(new_id)), start=len(new_id) + 1):
        back[uid] = n
    _rebuild_members(sa.Integer(), new_id)

    def mapped(column: str) -> list[tuple[str, dict]]:
        return [(f"{column} = :old", {"v": n, "old": uid}) for uid, n in back.items()]

    _retype("intel_objects", "owner_member_id", sa.Integer(), mapped("owner_member_id"))
    _retype("intel_statuses", "member_id", sa.Integer(), mapped("member_id"))
    op.execute("DELETE FROM intel_cursors")
    _retype("intel_cursors", "member_id", sa.Integer(), [])
