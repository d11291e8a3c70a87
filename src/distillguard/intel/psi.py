"""Private set intersection with `openmined-psi` (ECDH-PSI with Bloom/GCS setup messages).

Two labs learn only the overlap of their suspicious-account identifiers (or only its size):
the client's request and the server's response are serialised protobufs, so each side's
role can run on a different machine. `run_psi` plays both roles in one process, which is
what tests and the CLI demo need; `PsiClient`/`PsiServer` expose the message-level steps.
"""

from __future__ import annotations

from typing import Any

from distillguard.errors import DistillguardError
from distillguard.intel.privacy import canonical_identifier


def _psi():
    try:
        import private_set_intersection.python as psi
    except ImportError:
        raise DistillguardError("PSI needs openmined-psi: pip install openmined-psi") from None
    return psi


class PsiServer:
    """The lab answering: holds its identifiers, never sees the client's."""

    def __init__(self, items: list[str], reveal: bool, fpr: float = 1e-9) -> None:
        psi = _psi()
        self._psi = psi
        self._items = items
        self._fpr = fpr
        self._server = psi.server.CreateWithNewKey(reveal)

    def setup(self, client_size: int) -> bytes:
        msg = self._server.CreateSetupMessage(self._fpr, client_size, self._items,
                                              self._psi.DataStructure.RAW)
        return msg.SerializeToString()

    def respond(self, request: bytes) -> bytes:
        req = self._psi.Request()
        req.ParseFromString(request)
        return self._server.ProcessRequest(req).SerializeToString()


class PsiClient:
    """The lab asking: learns the intersection (or its size) and nothing else."""

    def __init__(self, items: list[str], reveal: bool) -> None:
        psi = _psi()
        self._psi = psi
        self.items = items
        self.reveal = reveal
        self._client = psi.client.CreateWithNewKey(reveal)

    def request(self) -> bytes:
        return self._client.CreateRequest(self.items).SerializeToString()

    def finish(self, setup: bytes, response: bytes) -> Any:
        s = self._psi.ServerSetup()
        s.ParseFromString(setup)
        r = self._psi.Response()
        r.ParseFromString(response)
        if self.reveal:
            return sorted(self.items[i] for i in self._client.GetIntersection(s, r))
        return int(self._client.GetIntersectionSize(s, r))


def run_psi(mine: list[str], theirs: list[str], kind: str = "email",
            reveal: bool = False) -> dict[str, Any]:
    """Overlap (or its size) of two identifier lists after canonicalisation."""
    if not all(isinstance(x, str) for x in [*mine, *theirs]):
        raise DistillguardError("identifier lists must be JSON lists of strings")
    mine_c = sorted({canonical_identifier(kind, x) for x in mine})
    theirs_c = sorted({canonical_identifier(kind, x) for x in theirs})
    server = PsiServer(theirs_c, reveal)
    client = PsiClient(mine_c, reveal)
    request = client.request()
    setup = server.setup(len(mine_c))
    response = server.respond(request)
    result = client.finish(setup, response)
    out: dict[str, Any] = {"kind": kind, "mine": len(mine_c), "theirs": len(theirs_c),
                           "bytes_exchanged": len(request) + len(setup) + len(response)}
    if reveal:
        out["intersection"] = result
        out["intersection_size"] = len(result)
    else:
        out["intersection_size"] = result
    return out
