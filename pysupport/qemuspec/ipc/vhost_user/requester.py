"""The requesting side of a vhost-user channel, without I/O.

On the main channel the front-end requests and the back-end answers; on
the back-end channel (BACKEND_REQ) it is the other way round. A
:class:`Requester` encodes requests, remembers which of them will be
answered (per the request's rule, the negotiated protocol features and the
need_reply flag) and matches replies to them in order. A reply nobody
waits for, or one for another request, is a protocol error.

It is a part of the cores, not a core: its ``receive_data`` returns the
matched replies to the core that owns it (the front-end's
:class:`~.frontend.FrontendConnection`, the back-end's channel in
:class:`~.backend.BackendConnection`), which reports them as events.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from typing import Sequence

from ...errors import ProtocolError
from .layout import HEADER_SIZE
from .rules import BACKEND_RULES, FRONT_END_RULES, expects_reply
from .wire import FrameDecoder, Message, encode, request_name

__all__ = ["Requester", "Outgoing"]


@dataclass(slots=True)
class Outgoing:
    """Bytes to send and the descriptors to send with them (the caller still owns those)."""

    data: bytes
    fds: tuple[int, ...] = ()
    expects_reply: bool = False


class Requester:
    """Encode requests and match their replies (``backend_channel`` picks the request set)."""

    def __init__(self, *, backend_channel: bool = False) -> None:
        self.backend_channel = backend_channel
        self.rules = BACKEND_RULES if backend_channel else FRONT_END_RULES
        self.decoder = FrameDecoder(expect_replies=True)
        self.pending: deque[int] = deque()
        self.protocol_features = 0
        self.postcopy_listening = False

    def request(self, request: int, payload: bytes = b"", fds: Sequence[int] = (), *,
                need_reply: bool = False) -> Outgoing:
        request = int(getattr(request, "value", request))
        expects = expects_reply(self.rules.get(request), need_reply, self.protocol_features,
                                self.postcopy_listening)
        if expects:
            self.pending.append(request)
        return Outgoing(encode(request, payload, need_reply=need_reply), tuple(fds), expects)

    def receive_data(self, data: bytes, fds: Sequence[int] = ()) -> list[Message]:
        """Replies completed by ``data``; the caller owns their descriptors.

        Raises ProtocolError (after closing every descriptor involved) for
        a malformed stream or a reply nobody asked for.
        """
        self.decoder.feed(data, fds)
        replies = []
        try:
            while (msg := self.decoder.next_message()) is not None:
                if not self.pending:
                    msg.close_fds()
                    raise ProtocolError(f"reply {request_name(msg.request, self.backend_channel)} "
                                        "to no outstanding request")
                expected = self.pending.popleft()
                if msg.request != expected:
                    msg.close_fds()
                    raise ProtocolError(f"reply to {request_name(msg.request, self.backend_channel)} "
                                        f"where {request_name(expected, self.backend_channel)} was due")
                replies.append(msg)
        except ProtocolError:
            for msg in replies:
                msg.close_fds()
            self.decoder.close()
            raise
        return replies

    def bytes_wanted(self) -> int:
        """Bytes to read next: one message at a time (see :mod:`.wire`), or, while a single
        reply is due and nothing is buffered, as much as one message can be (the peer has
        nothing else to send: anything more is a protocol error anyway)."""
        if len(self.pending) == 1 and not self.decoder.pending_bytes:
            return HEADER_SIZE + self.decoder.max_payload
        return self.decoder.bytes_wanted()

    def close(self) -> None:
        self.decoder.close()
        self.pending.clear()
