"""Fuzz /v1 and /admin from the app's own OpenAPI schema: no input may cause a 5xx.

Each operation gets a handful of schema-conforming and schema-violating examples (kept small to
fit the suite's time budget), sent in-process through the ASGI interface with valid credentials
so the handlers behind authentication are exercised too.
"""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from distillguard.config import Settings
from distillguard.gateway import accounts
from distillguard.gateway.app import create_app
from distillguard.store.db import get_database
from distillguard.testing import STUB_MODEL as MODEL
from distillguard.testing import make_stub, serve_in_thread

ADMIN = "fuzz-admin"


@pytest.fixture(scope="module")
def fuzz_target(tmp_path_factory):
    root = tmp_path_factory.mktemp("gw-fuzz")
    with serve_in_thread(make_stub()) as stub_url:
        cfg = Settings(
            database_url=f"sqlite:///{root / 'gw.db'}",
            admin_token=ADMIN,
            master_key_path=str(root / "master.json"),
            gateway={"local_model": False, "upstream_url": f"{stub_url}/v1",
                     "upstream_models": [MODEL], "max_body_bytes": 65536},
        )
        db = get_database(cfg.resolved_database_url)
        account_id, key = accounts.create_account(db, "Fuzz Co", "US")
        app = create_app(cfg, db)
        yield {"app": app, "key": key, "account_id": account_id}


def test_no_5xx_on_v1_and_admin(fuzz_target):
    api = schemathesis.openapi.from_asgi("/openapi.json", fuzz_target["app"])
    operations = [op for op in (result.ok() for result in api.get_all_operations())
                  if op.path.startswith(("/v1", "/admin"))]
    paths = {op.path for op in operations}
    assert {"/v1/chat/completions", "/v1/completions", "/admin/accounts"} <= paths
    checked = []
    modes = (schemathesis.GenerationMode.POSITIVE, schemathesis.GenerationMode.NEGATIVE)
    for operation in operations:
        strategy = operation.as_strategy(modes[0]) | operation.as_strategy(modes[1])

        @given(case=strategy)
        @settings(max_examples=8, deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))
        def run(case):
            token = ADMIN if case.path.startswith("/admin") else fuzz_target["key"]
            response = case.call(headers={"Authorization": f"Bearer {token}"})
            assert response.status_code < 500, (case.path, response.text[:300])
            if response.status_code >= 400:
                body = response.json()
                assert "error" in body, (case.path, case.method, response.status_code, body)
                assert set(body["error"]) >= {"message", "type", "code"}
            checked.append(response.status_code)

        run()
    assert len(checked) >= 4 * len(operations)
    assert any(status < 300 for status in checked)  # authenticated requests got through
