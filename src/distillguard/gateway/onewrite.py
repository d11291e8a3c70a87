"""One socket write per response instead of two.

uvicorn writes a response's status line and headers (`http.response.start`) and its body
(`http.response.body`) with two `transport.write` calls; on an idle socket each is its own
`write(2)` and its own TCP segment, and the client wakes for each. Under load that second
system call (loopback TCP send, waking the peer) was one of the larger single costs on the
event loop. `one_write_protocol` gives each request's cycle a transport that holds the first
write (the head) and sends it together with the next one (the body, which a non-streaming
response writes in the same loop callback). A head that no write follows in this loop
iteration (a stream waiting for its first chunk, a `100 Continue`) is flushed on its own by a
`call_soon`, and `close()` flushes before closing, so nothing is delayed past the current loop
iteration or lost.
"""

from __future__ import annotations

import asyncio
from typing import Any


class HeadWithBody:
    """The cycle's view of the connection's transport: the first write waits for the second."""

    __slots__ = ("_transport", "_loop", "_held", "_first")

    def __init__(self, transport: asyncio.Transport, loop: asyncio.AbstractEventLoop) -> None:
        self._transport = transport
        self._loop = loop
        self._held: bytes | None = None
        self._first = True

    def write(self, data: bytes | bytearray | memoryview) -> None:
        if not data:  # h11 ends a sized body with an empty write: nothing to send or hold
            return
        if self._held is not None:
            held, self._held = self._held, None
            self._transport.write(held + bytes(data))
        elif self._first:
            self._first = False
            self._held = bytes(data)
            self._loop.call_soon(self.flush)
        else:
            self._transport.write(data)

    def flush(self) -> None:
        if self._held is not None:
            held, self._held = self._held, None
            if not self._transport.is_closing():
                self._transport.write(held)

    def close(self) -> None:
        self.flush()
        self._transport.close()

    def is_closing(self) -> bool:
        return self._transport.is_closing()

    def __getattr__(self, name: str) -> Any:  # anything else: the real transport's
        return getattr(self._transport, name)


def one_write_protocol(base: type[Any]) -> type[Any]:
    """uvicorn's HTTP protocol class whose request cycles write through `HeadWithBody`. The
    cycle is created while the protocol parses a request and runs as a task from the next loop
    iteration on, so swapping its transport right after parsing precedes all of its writes."""

    class OneWrite(base):  # type: ignore[misc]
        def data_received(self, data: bytes) -> None:
            super().data_received(data)
            cycle = self.cycle
            if cycle is not None and not isinstance(cycle.transport, HeadWithBody):
                cycle.transport = HeadWithBody(self.transport, self.loop)

    OneWrite.__name__ = f"OneWrite{base.__name__}"
    return OneWrite
