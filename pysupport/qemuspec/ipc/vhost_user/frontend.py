"""The vhost-user front-end as a state machine, without I/O.

:class:`FrontendConnection` builds each request a front-end sends (bytes,
descriptors, whether a reply will come) and turns replies into values:
every method returns a :class:`Call` whose ``decode`` the transport applies
to the matching reply. It tracks the negotiated protocol features, because
they decide which requests are answered (REPLY_ACK, LOG_SHMFD).

:class:`BackendChannelResponder` is the front-end's side of the back-end
channel: it answers the back-end's requests (acknowledging them when asked)
and reports them as events.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Sequence

from ...errors import PeerError, ProtocolError
from .layout import BackendRequest as B, FrontEndRequest as F, ProtocolFeature as P, has
from .payloads import (InflightDescription, RegionDescription, VringAddress, config_window,
                       inflight_description, pack_config_window, pack_inflight_description, pack_log_description, pack_memory_table,
                       pack_single_region, pack_u64, pack_vring_address, pack_vring_file, pack_vring_state,
                       u64, vring_state)
from .requester import Outgoing, Requester
from .rules import BACKEND_RULES, expects_reply
from .wire import FrameDecoder, Message, encode, request_name

__all__ = ["FrontendConnection", "Call", "RequestFailed", "BackendChannelResponder", "BackendNotice"]


class RequestFailed(PeerError):
    """The back-end answered a request with a failure (a non-zero REPLY_ACK, an empty config)."""


@dataclass
class Call:
    """One request: what to send, and how to read its reply (None when none comes)."""

    request: int
    out: Outgoing
    decode: Callable[[Message], Any] | None = None

    @property
    def expects_reply(self) -> bool:
        return self.out.expects_reply


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

    @property
    def protocol_features(self) -> int:
        """Protocol features this front-end set (with SET_PROTOCOL_FEATURES)."""
        return self.requester.protocol_features

    def receive_data(self, data: bytes, fds: Sequence[int] = ()) -> list[Message]:
        return self.requester.receive_data(data, fds)

    def bytes_wanted(self) -> int:
        return self.requester.bytes_wanted()

    def close(self) -> None:
        self.requester.close()

    def call(self, request, payload: bytes = b"", fds: Sequence[int] = (), *, need_reply: bool = False,
             decode: Callable[[Message], Any] | None = None) -> Call:
        """Any request; with need_reply a REPLY_ACK status is checked unless ``decode`` is given."""
        out = self.requester.request(request, payload, fds, need_reply=need_reply)
        if out.expects_reply and decode is None:
            decode = _ack
        return Call(int(getattr(request, "value", request)), out, decode if out.expects_reply else None)

    def _ack_call(self, request, payload: bytes = b"", fds: Sequence[int] = (), need_reply: bool | None = None) -> Call:
        if need_reply is None:
            need_reply = has(self.protocol_features, P.reply_ack)
        return self.call(request, payload, fds, need_reply=need_reply)

    # --- negotiation ---------------------------------------------------------------------
    def get_features(self) -> Call:
        return self.call(F.get_features, decode=_u64)

    def set_features(self, features: int, *, need_reply: bool | None = None) -> Call:
        return self._ack_call(F.set_features, pack_u64(features), need_reply=need_reply)

    def get_protocol_features(self) -> Call:
        return self.call(F.get_protocol_features, decode=_u64)

    def set_protocol_features(self, features: int) -> Call:
        # The reply-ack rule applies from the next request on.
        call = self.call(F.set_protocol_features, pack_u64(features))
        self.requester.protocol_features = features
        return call

    def set_owner(self, *, need_reply: bool | None = None) -> Call:
        return self._ack_call(F.set_owner, need_reply=need_reply)

    def get_queue_num(self) -> Call:
        return self.call(F.get_queue_num, decode=_u64)

    def get_max_mem_slots(self) -> Call:
        return self.call(F.get_max_mem_slots, decode=_u64)

    def get_status(self) -> Call:
        return self.call(F.get_status, decode=_u64)

    def set_status(self, status: int, *, need_reply: bool | None = None) -> Call:
        return self._ack_call(F.set_status, pack_u64(status), need_reply=need_reply)

    def reset_device(self, *, need_reply: bool | None = None) -> Call:
        return self._ack_call(F.reset_device, need_reply=need_reply)

    # --- memory ---------------------------------------------------------------------------------
    def set_mem_table(self, regions: Sequence[RegionDescription], fds: Sequence[int], *,
                      need_reply: bool | None = None) -> Call:
        if len(regions) != len(fds):
            raise ProtocolError("SET_MEM_TABLE needs one file descriptor per region")
        return self._ack_call(F.set_mem_table, pack_memory_table(list(regions)), fds, need_reply)

    def add_mem_reg(self, region: RegionDescription, fd: int, *, need_reply: bool | None = None) -> Call:
        return self._ack_call(F.add_mem_reg, pack_single_region(region), (fd,), need_reply)

    def rem_mem_reg(self, region: RegionDescription, *, need_reply: bool | None = None) -> Call:
        return self._ack_call(F.rem_mem_reg, pack_single_region(region), (), need_reply)

    def set_log_base(self, size: int, fd: int, offset: int = 0) -> Call:
        """SET_LOG_BASE with the log's memfd (LOG_SHMFD: the back-end replies).

        The reply only says the log is in place: its value is not a status
        (libvhost-user echoes the log size), as QEMU also reads it.
        """
        return self.call(F.set_log_base, pack_log_description(size, offset), (fd,), decode=_no_fds)

    def set_log_fd(self, fd: int, *, need_reply: bool | None = None) -> Call:
        return self._ack_call(F.set_log_fd, b"", (fd,), need_reply)

    # --- rings ----------------------------------------------------------------------------------
    def set_vring_num(self, index: int, num: int, *, need_reply: bool | None = None) -> Call:
        return self._ack_call(F.set_vring_num, pack_vring_state(index, num), need_reply=need_reply)

    def set_vring_base(self, index: int, base: int, *, need_reply: bool | None = None) -> Call:
        return self._ack_call(F.set_vring_base, pack_vring_state(index, base), need_reply=need_reply)

    def get_vring_base(self, index: int) -> Call:
        return self.call(F.get_vring_base, pack_vring_state(index, 0),
                         decode=lambda m: vring_state(_no_fds(m).payload)[1])

    def set_vring_addr(self, addr: VringAddress, *, need_reply: bool | None = None) -> Call:
        return self._ack_call(F.set_vring_addr, pack_vring_address(addr), need_reply=need_reply)

    def _vring_fd(self, request, index: int, fd: int | None, need_reply) -> Call:
        payload = pack_vring_file(index, no_fd=fd is None)
        return self._ack_call(request, payload, () if fd is None else (fd,), need_reply)

    def set_vring_kick(self, index: int, fd: int | None, *, need_reply: bool | None = None) -> Call:
        return self._vring_fd(F.set_vring_kick, index, fd, need_reply)

    def set_vring_call(self, index: int, fd: int | None, *, need_reply: bool | None = None) -> Call:
        return self._vring_fd(F.set_vring_call, index, fd, need_reply)

    def set_vring_err(self, index: int, fd: int | None, *, need_reply: bool | None = None) -> Call:
        return self._vring_fd(F.set_vring_err, index, fd, need_reply)

    def set_vring_enable(self, index: int, enable: bool = True, *, need_reply: bool | None = None) -> Call:
        return self._ack_call(F.set_vring_enable, pack_vring_state(index, int(enable)), need_reply=need_reply)

    def vring_kick(self, index: int) -> Call:
        """An in-band kick (INBAND_NOTIFICATIONS; acknowledged, as the spec asks)."""
        return self.call(F.vring_kick, pack_vring_state(index, 0), need_reply=True)

    # --- device -------------------------------------------------------------------------------------
    def get_config(self, offset: int, size: int) -> Call:
        def decode(msg: Message) -> bytes:
            _no_fds(msg)
            if not msg.payload:
                raise RequestFailed("the back-end refused GET_CONFIG (empty reply)")
            window = config_window(msg.payload)
            if window.size != size or window.offset != offset:
                raise ProtocolError(f"GET_CONFIG reply covers {window.offset}+{window.size}, "
                                    f"asked for {offset}+{size}")
            return window.data
        return self.call(F.get_config, pack_config_window(offset, bytes(size)), decode=decode)

    def set_config(self, offset: int, data: bytes, *, migration: bool = False,
                   need_reply: bool | None = None) -> Call:
        return self._ack_call(F.set_config, pack_config_window(offset, data, 1 if migration else 0),
                              need_reply=need_reply)

    def send_rarp(self, mac: bytes, *, need_reply: bool | None = None) -> Call:
        return self._ack_call(F.send_rarp, bytes(mac[:6]).ljust(8, b"\0"), need_reply=need_reply)

    def set_backend_req_fd(self, fd: int, *, need_reply: bool | None = None) -> Call:
        return self._ack_call(F.set_backend_req_fd, b"", (fd,), need_reply)

    def get_inflight_fd(self, num_queues: int, queue_size: int) -> Call:
        def decode(msg: Message):
            desc = inflight_description(msg.payload)
            return desc, msg.take_fds()
        payload = pack_inflight_description(InflightDescription(0, 0, num_queues, queue_size))
        return self.call(F.get_inflight_fd, payload, decode=decode)


# --- the back-end channel, front-end side ----------------------------------------------------------

@dataclass(frozen=True)
class BackendNotice:
    """A request the back-end sent on its channel (``index`` for in-band calls and errors)."""

    request: int
    payload: bytes
    index: int = -1

    @property
    def name(self) -> str:
        return request_name(self.request, backend_channel=True)


@dataclass
class BackendChannelResponder:
    """Answer the back-end's requests: configuration changes and in-band calls/errors are
    acknowledged (when asked), everything else is refused."""

    decoder: FrameDecoder = field(default_factory=FrameDecoder)
    _out: list[bytes] = field(default_factory=list)

    def receive_data(self, data: bytes, fds: Sequence[int] = ()) -> list[BackendNotice]:
        """Notices for the requests ``data`` completes; raises ProtocolError on a broken stream."""
        self.decoder.feed(data, fds)
        notices = []
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
        return notices

    def data_to_send(self) -> list[bytes]:
        out, self._out = self._out, []
        return out

    def bytes_wanted(self) -> int:
        return self.decoder.bytes_wanted()

    def close(self) -> None:
        self.decoder.close()
