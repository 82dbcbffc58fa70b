"""The vhost-user front-end as a state machine, without I/O.

:class:`FrontendConnection` speaks the verbs of every sans-IO core here:
each request method (``get_features()``, ``set_mem_table(...)``, any
request with :meth:`~FrontendConnection.request`) queues the request and
returns its :class:`Ticket`; :meth:`~FrontendConnection.data_to_send` gives
the bytes and descriptors to send; :meth:`~FrontendConnection.receive_data`
takes what the back-end answered (reading at most
:meth:`~FrontendConnection.bytes_wanted` at a time), and
:meth:`~FrontendConnection.events` reports each answer, decoded, as a
:class:`~.events.Reply` carrying its ticket's number (or
:class:`~.events.ConnectionClosed` for a broken stream).
It tracks the negotiated protocol features, because they decide which
requests are answered (REPLY_ACK, LOG_SHMFD).

Invariant: every ticket that expects a reply gets exactly one Reply, in
the order the requests were made, unless the stream breaks first; the
descriptors a reply brings are closed by the core unless its decoded value
hands them on (GET_INFLIGHT_FD).

:class:`BackendChannelResponder` is the front-end's side of the back-end
channel, with the same verbs: it answers the back-end's requests
(acknowledging them when asked) and reports them as
:class:`~.events.BackendNotice` events.
"""

from __future__ import annotations

import itertools
from collections import deque
from dataclasses import dataclass, field
from typing import Any, Callable, Sequence

from ...errors import PeerError, ProtocolError, QemuSpecError
from .events import BackendNotice, ConnectionClosed, Event, Reply
from .layout import BackendRequest as B, FrontEndRequest as F, ProtocolFeature as P, has
from .payloads import (InflightDescription, RegionDescription, VringAddress, config_window,
                       inflight_description, pack_config_window, pack_inflight_description, pack_log_description, pack_memory_table,
                       pack_single_region, pack_u64, pack_vring_address, pack_vring_file, pack_vring_state,
                       u64, vring_state)
from .requester import Outgoing, Requester
from .rules import BACKEND_RULES, expects_reply
from .wire import FrameDecoder, Message, encode, request_name

__all__ = ["FrontendConnection", "Ticket", "RequestFailed", "BackendChannelResponder"]


class RequestFailed(PeerError):
    """The back-end answered a request with a failure (a non-zero REPLY_ACK, an empty config)."""


@dataclass(frozen=True)
class Ticket:
    """A queued request: its ``number`` on the connection, and whether a reply will come
    (then a :class:`~.events.Reply` with that number follows)."""

    number: int
    request: int
    expects_reply: bool


def _no_fds(msg: Message) -> Message:
    if msg.fds:
        msg.close_fds()
        raise ProtocolError(f"reply to {request_name(msg.request)} carried unexpected file descriptors")
    return msg


def _ack(msg: Message) -> None:
    value = u64(_no_fds(msg).payload)
    if value:
        raise RequestFailed(f"the back-end refused {request_name(msg.request)} (status {value})")


def _u64(msg: Message) -> int:
    return u64(_no_fds(msg).payload)


class FrontendConnection:
    """Requests of the main channel, and the values of their replies."""

    def __init__(self) -> None:
        self.requester = Requester()
        self._numbers = itertools.count()
        self._out: list[Outgoing] = []
        self._awaiting: deque[tuple[Ticket, Callable[[Message], Any]]] = deque()
        self._events: list[Event] = []

    @property
    def protocol_features(self) -> int:
        """Protocol features this front-end set (with SET_PROTOCOL_FEATURES)."""
        return self.requester.protocol_features

    # --- the transport's side -------------------------------------------------------------
    def receive_data(self, data: bytes, fds: Sequence[int] = ()) -> None:
        """Bytes (and the descriptors received with them) from the back-end."""
        try:
            replies = self.requester.receive_data(data, fds)
        except ProtocolError as exc:
            self._events.append(ConnectionClosed(f"protocol error: {exc}", exc))
            return
        for reply in replies:
            ticket, decode = self._awaiting.popleft()
            try:
                event = Reply(ticket.number, ticket.request, decode(reply))
            except QemuSpecError as exc:
                event = Reply(ticket.number, ticket.request, error=exc)
            finally:
                reply.close_fds()
            self._events.append(event)

    def events(self) -> list[Event]:
        """Replies (and a broken stream) since the last call, in order."""
        events, self._events = self._events, []
        return events

    def data_to_send(self) -> list[Outgoing]:
        """Requests queued since the last call, in order (the caller still owns their descriptors)."""
        out, self._out = self._out, []
        return out

    def bytes_wanted(self) -> int:
        """How many bytes to read next (see :meth:`.Requester.bytes_wanted`)."""
        return self.requester.bytes_wanted()

    def close(self) -> None:
        self.requester.close()
        self._awaiting.clear()

    # --- requests -----------------------------------------------------------------------------
    def request(self, request, payload: bytes = b"", fds: Sequence[int] = (), *, need_reply: bool = False,
                decode: Callable[[Message], Any] | None = None) -> Ticket:
        """Any request; with need_reply a REPLY_ACK status is checked unless ``decode`` is given."""
        out = self.requester.request(request, payload, fds, need_reply=need_reply)
        ticket = Ticket(next(self._numbers), int(getattr(request, "value", request)), out.expects_reply)
        self._out.append(out)
        if out.expects_reply:
            self._awaiting.append((ticket, decode or _ack))
        return ticket

    def _ack_request(self, request, payload: bytes = b"", fds: Sequence[int] = (),
                     need_reply: bool | None = None) -> Ticket:
        if need_reply is None:
            need_reply = has(self.protocol_features, P.reply_ack)
        return self.request(request, payload, fds, need_reply=need_reply)

    # --- negotiation ---------------------------------------------------------------------
    def get_features(self) -> Ticket:
        return self.request(F.get_features, decode=_u64)

    def set_features(self, features: int, *, need_reply: bool | None = None) -> Ticket:
        return self._ack_request(F.set_features, pack_u64(features), need_reply=need_reply)

    def get_protocol_features(self) -> Ticket:
        return self.request(F.get_protocol_features, decode=_u64)

    def set_protocol_features(self, features: int) -> Ticket:
        # The reply-ack rule applies from the next request on.
        ticket = self.request(F.set_protocol_features, pack_u64(features))
        self.requester.protocol_features = features
        return ticket

    def set_owner(self, *, need_reply: bool | None = None) -> Ticket:
        return self._ack_request(F.set_owner, need_reply=need_reply)

    def get_queue_num(self) -> Ticket:
        return self.request(F.get_queue_num, decode=_u64)

    def get_max_mem_slots(self) -> Ticket:
        return self.request(F.get_max_mem_slots, decode=_u64)

    def get_status(self) -> Ticket:
        return self.request(F.get_status, decode=_u64)

    def set_status(self, status: int, *, need_reply: bool | None = None) -> Ticket:
        return self._ack_request(F.set_status, pack_u64(status), need_reply=need_reply)

    def reset_device(self, *, need_reply: bool | None = None) -> Ticket:
        return self._ack_request(F.reset_device, need_reply=need_reply)

    # --- memory ---------------------------------------------------------------------------------
    def set_mem_table(self, regions: Sequence[RegionDescription], fds: Sequence[int], *,
                      need_reply: bool | None = None) -> Ticket:
        if len(regions) != len(fds):
            raise ProtocolError("SET_MEM_TABLE needs one file descriptor per region")
        return self._ack_request(F.set_mem_table, pack_memory_table(list(regions)), fds, need_reply)

    def add_mem_reg(self, region: RegionDescription, fd: int, *, need_reply: bool | None = None) -> Ticket:
        return self._ack_request(F.add_mem_reg, pack_single_region(region), (fd,), need_reply)

    def rem_mem_reg(self, region: RegionDescription, *, need_reply: bool | None = None) -> Ticket:
        return self._ack_request(F.rem_mem_reg, pack_single_region(region), (), need_reply)

    def set_log_base(self, size: int, fd: int, offset: int = 0) -> Ticket:
        """SET_LOG_BASE with the log's memfd (LOG_SHMFD: the back-end replies).

        The reply only says the log is in place: its value is not a status
        (libvhost-user echoes the log size), as QEMU also reads it.
        """
        return self.request(F.set_log_base, pack_log_description(size, offset), (fd,), decode=_no_fds)

    def set_log_fd(self, fd: int, *, need_reply: bool | None = None) -> Ticket:
        return self._ack_request(F.set_log_fd, b"", (fd,), need_reply)

    # --- rings ----------------------------------------------------------------------------------
    def set_vring_num(self, index: int, num: int, *, need_reply: bool | None = None) -> Ticket:
        return self._ack_request(F.set_vring_num, pack_vring_state(index, num), need_reply=need_reply)

    def set_vring_base(self, index: int, base: int, *, need_reply: bool | None = None) -> Ticket:
        return self._ack_request(F.set_vring_base, pack_vring_state(index, base), need_reply=need_reply)

    def get_vring_base(self, index: int) -> Ticket:
        return self.request(F.get_vring_base, pack_vring_state(index, 0),
                         decode=lambda m: vring_state(_no_fds(m).payload)[1])

    def set_vring_addr(self, addr: VringAddress, *, need_reply: bool | None = None) -> Ticket:
        return self._ack_request(F.set_vring_addr, pack_vring_address(addr), need_reply=need_reply)

    def _vring_fd(self, request, index: int, fd: int | None, need_reply) -> Ticket:
        payload = pack_vring_file(index, no_fd=fd is None)
        return self._ack_request(request, payload, () if fd is None else (fd,), need_reply)

    def set_vring_kick(self, index: int, fd: int | None, *, need_reply: bool | None = None) -> Ticket:
        return self._vring_fd(F.set_vring_kick, index, fd, need_reply)

    def set_vring_call(self, index: int, fd: int | None, *, need_reply: bool | None = None) -> Ticket:
        return self._vring_fd(F.set_vring_call, index, fd, need_reply)

    def set_vring_err(self, index: int, fd: int | None, *, need_reply: bool | None = None) -> Ticket:
        return self._vring_fd(F.set_vring_err, index, fd, need_reply)

    def set_vring_enable(self, index: int, enable: bool = True, *, need_reply: bool | None = None) -> Ticket:
        return self._ack_request(F.set_vring_enable, pack_vring_state(index, int(enable)), need_reply=need_reply)

    def vring_kick(self, index: int) -> Ticket:
        """An in-band kick (INBAND_NOTIFICATIONS; acknowledged, as the spec asks)."""
        return self.request(F.vring_kick, pack_vring_state(index, 0), need_reply=True)

    # --- device -------------------------------------------------------------------------------------
    def get_config(self, offset: int, size: int) -> Ticket:
        def decode(msg: Message) -> bytes:
            _no_fds(msg)
            if not msg.payload:
                raise RequestFailed("the back-end refused GET_CONFIG (empty reply)")
            window = config_window(msg.payload)
            if window.size != size or window.offset != offset:
                raise ProtocolError(f"GET_CONFIG reply covers {window.offset}+{window.size}, "
                                    f"asked for {offset}+{size}")
            return window.data
        return self.request(F.get_config, pack_config_window(offset, bytes(size)), decode=decode)

    def set_config(self, offset: int, data: bytes, *, migration: bool = False,
                   need_reply: bool | None = None) -> Ticket:
        return self._ack_request(F.set_config, pack_config_window(offset, data, 1 if migration else 0),
                              need_reply=need_reply)

    def send_rarp(self, mac: bytes, *, need_reply: bool | None = None) -> Ticket:
        return self._ack_request(F.send_rarp, bytes(mac[:6]).ljust(8, b"\0"), need_reply=need_reply)

    def set_backend_req_fd(self, fd: int, *, need_reply: bool | None = None) -> Ticket:
        return self._ack_request(F.set_backend_req_fd, b"", (fd,), need_reply)

    def gpu_set_socket(self, fd: int, *, need_reply: bool | None = None) -> Ticket:
        """GPU_SET_SOCKET: give a vhost-user-gpu back-end its end of the GPU channel (a
        stream socket; the vhost-user-gpu protocol runs there, the back-end requesting)."""
        return self._ack_request(F.gpu_set_socket, b"", (fd,), need_reply)

    def get_inflight_fd(self, num_queues: int, queue_size: int) -> Ticket:
        def decode(msg: Message):
            desc = inflight_description(msg.payload)
            return desc, msg.take_fds()
        payload = pack_inflight_description(InflightDescription(0, 0, num_queues, queue_size))
        return self.request(F.get_inflight_fd, payload, decode=decode)


# --- the back-end channel, front-end side ----------------------------------------------------------

@dataclass
class BackendChannelResponder:
    """Answer the back-end's requests: configuration changes and in-band calls/errors are
    acknowledged (when asked), everything else is refused."""

    decoder: FrameDecoder = field(default_factory=FrameDecoder)
    _out: list[bytes] = field(default_factory=list)
    _events: list[Event] = field(default_factory=list)

    def receive_data(self, data: bytes, fds: Sequence[int] = ()) -> None:
        """Requests from the back-end; a broken stream is reported as ConnectionClosed alone."""
        notices: list[Event] = []
        try:
            self.decoder.feed(data, fds)
            while (msg := self.decoder.next_message()) is not None:
                msg.close_fds()
                ok, index = False, -1
                if msg.request in (int(B.vring_call.value), int(B.vring_err.value)) and len(msg.payload) == 8:
                    index, ok = vring_state(msg.payload)[0], True
                elif msg.request == int(B.config_change_msg.value) and not msg.payload:
                    ok = True
                notices.append(BackendNotice(msg.request, msg.payload, index))
                if expects_reply(BACKEND_RULES.get(msg.request), msg.need_reply, 0):
                    self._out.append(encode(msg.request, pack_u64(0 if ok else 1), reply=True))
        except ProtocolError as exc:
            notices = [ConnectionClosed(f"protocol error: {exc}", exc)]
        self._events += notices

    def events(self) -> list[Event]:
        """Notices (and a broken stream) since the last call, in order."""
        events, self._events = self._events, []
        return events

    def data_to_send(self) -> list[bytes]:
        out, self._out = self._out, []
        return out

    def bytes_wanted(self) -> int:
        return self.decoder.bytes_wanted()

    def close(self) -> None:
        self.decoder.close()
