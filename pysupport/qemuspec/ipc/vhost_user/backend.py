"""The vhost-user back-end as a state machine, without I/O.

Feed it what the front-end sent (:meth:`BackendConnection.receive_data`,
bytes and file descriptors), tell it when a kick eventfd fired
(:meth:`BackendConnection.kick`), and it answers with bytes to send
(:meth:`BackendConnection.data_to_send`) and events
(:meth:`BackendConnection.events`): start or stop watching a kick fd,
signal an eventfd, the back-end channel changed, the connection must close.

What it implements, per today's spec:

* feature and protocol-feature negotiation (refusing bits it did not offer),
  SET_OWNER, GET_QUEUE_NUM (MQ), GET_MAX_MEM_SLOTS;
* memory: SET_MEM_TABLE, and ADD/REM_MEM_REG with CONFIGURE_MEM_SLOTS; every
  region checked (page aligned, no overlap, inside its file) and mapped
  (:class:`~qemuspec.ipc.vhost_user.memory.VhostMemory`);
* rings, split or packed (RING_PACKED: :mod:`.packed`; the base then carries both
  indexes and wrap counters): SET_VRING_NUM/ADDR/BASE/KICK/CALL/ERR; a ring starts on its first
  kick (or at once in polling mode) and stops on GET_VRING_BASE; rings are
  disabled until SET_VRING_ENABLE, or all enabled by a SET_FEATURES without
  the protocol-features bit; a started ring that is disabled is left
  alone (its requests wait until it is enabled - no side effects);
* REPLY_ACK (need_reply on any request), the dirty log (SET_LOG_BASE with
  LOG_SHMFD, SET_LOG_FD, VHOST_F_LOG_ALL, per-ring log flag), GET/SET_CONFIG,
  RESET_DEVICE, SET/GET_STATUS, SEND_RARP and NET_SET_MTU handed to the
  device, the back-end channel (SET_BACKEND_REQ_FD: configuration-change
  notices, in-band calls), in-band kicks (VRING_KICK);
* in-flight tracking (INFLIGHT_SHMFD, offered when the device asks for it;
  split and packed rings, :mod:`.inflight`, the layout chosen by the features
  set before the buffer): GET_INFLIGHT_FD allocates the buffer, SET_INFLIGHT_FD
  maps the one a front-end hands back; every head taken is noted before its
  request runs and cleared once the used index that returns it is
  published, and a queue that starts over a buffer with requests in flight
  runs them again first, in the order they were taken.

A request that fails is answered with the failure its reply format has (a
non-zero u64, an empty config, an in-flight area of size zero, a device
state result with its no-fd bit: GET_SHARED_OBJECT, SET_DEVICE_STATE_FD and
CHECK_DEVICE_STATE are refused, their features never offered); when the
request gets no reply (no need_reply) or its reply cannot express failure,
the connection is closed, as the spec allows for errors. A broken stream
(bad version, oversized payload, too many descriptors) always closes it.
Every descriptor received is kept by the state it belongs to or closed;
:meth:`BackendConnection.close` closes everything.
"""

from __future__ import annotations

import os
import stat
from collections import deque
from dataclasses import dataclass, field
from typing import Callable, Sequence

from ...errors import ProtocolError, QemuSpecError
from .device import CORE_FEATURES, CORE_PROTOCOL_FEATURES, VhostUserDevice
from .events import (BackendChannelChanged, BackendReply, ConnectionClosed, Event, KickFdChanged, MoreWork,
                     InflightRecovered, QueueBroken, RequestHandled, Signal, Stopped)
from .inflight import InflightBuffer, InflightError, PackedInflight, SplitInflight
from .layout import (CRYPTO_SESSION_SIZE, INFLIGHT_DESCRIPTION_SIZE, MAX_CONFIG_SIZE, MAX_QUEUE_SIZE, BackendRequest,
                     FrontEndRequest as F, ProtocolFeature as P, VirtioFeature as V, has, unpack_packed_base)
from .memory import DirtyLog, MappedRegion, RegionError, VhostMemory
from .packed import PackedQueue
from .payloads import (InflightDescription, PayloadError, VringAddress, config_window, inflight_description,
                       log_description,
                       memory_table, pack_config_window, pack_device_state_result, pack_inflight_description,
                       pack_u64, pack_vring_state, single_region, u64, vring_address, vring_file, vring_state)
from .requester import Outgoing, Requester
from .ring_state import RingState, ring_state
from .rules import FRONT_END_RULES, Answer, Fds, answer
from .virtq import SplitQueue, VirtqError
from .wire import FrameDecoder, FramingError, Message, close_fds, encode, request_name

__all__ = [
    "BackendConnection", "BackendChannel", "Vring", "Event", "KickFdChanged", "Signal", "MoreWork",
    "BackendChannelChanged",
    "QueueBroken", "RequestHandled", "BackendReply", "ConnectionClosed", "Stopped", "InflightRecovered",
    "DEFAULT_MAX_MEM_SLOTS",
    "STOP_PHASES",
]

DEFAULT_MAX_MEM_SLOTS = 32
CHAINS_PER_TURN = 256       # chains one kick may serve before other work gets its turn
_ACK_FAIL = pack_u64(1)
_CLOSE = object()   # a failure that no reply can express
_FAILURE_REPLIES = {   # replies whose failure is not a non-zero u64 (see docs/formats/vhost-user.md)
    int(F.get_config): b"",
    int(F.set_device_state_fd): pack_device_state_result(1, no_fd=True),
    int(F.get_inflight_fd): bytes(INFLIGHT_DESCRIPTION_SIZE),
    **{int(r): _CLOSE for r in (F.get_features, F.get_protocol_features, F.get_queue_num,   # a u64 1 would
                                F.get_max_mem_slots, F.get_vring_base, F.get_status)},    # be a value
}
STOP_PHASES = ("taken", "handled", "published")   # where ``stop_at`` freezes the back-end


class _Refused(QemuSpecError):
    """A request that cannot be honoured; ``reply`` is the failure answer (or _CLOSE)."""

    def __init__(self, reason: str, reply=_ACK_FAIL) -> None:
        super().__init__(reason)
        self.reply = reply


# --- rings --------------------------------------------------------------------------------

@dataclass
class Vring:
    """What the back-end knows about one queue."""

    index: int
    num: int = 0
    addr: VringAddress | None = None
    base: int = 0
    kick_fd: int | None = None
    call_fd: int | None = None
    err_fd: int | None = None
    polling: bool = False
    started: bool = False
    enabled: bool = False
    broken: str | None = None
    queue: SplitQueue | PackedQueue | None = None
    inflight: SplitInflight | PackedInflight | None = None
    resubmit: deque = field(default_factory=deque)   # left in flight at the start, run first (packed: entry, descs)

    @property
    def state(self) -> RingState:
        """Where the queue is in :data:`~qemuspec.ipc.vhost_user.ring_state.TRANSITIONS`."""
        return ring_state(broken=self.broken is not None, started=self.started, enabled=self.enabled,
                          configured=self.addr is not None)

    @property
    def last_avail_idx(self) -> int:
        """The vring base: split, the next available index; packed, both indexes and wrap counters."""
        return self.queue.vring_base if self.queue is not None else self.base


@dataclass
class _Negotiated:
    features: int = 0
    protocol_features: int = 0
    features_set: bool = False


class BackendChannel:
    """The back-end channel of a :class:`BackendConnection` (its ``backend_channel``), with the
    verbs of every core: :meth:`receive_data`, :meth:`data_to_send`, :meth:`bytes_wanted`,
    :meth:`connection_lost`. What the front-end's answers cause comes out of the connection's
    ``events()`` (:class:`BackendReply`, :class:`QueueBroken`); the channel's socket is the one
    :class:`BackendChannelChanged` names."""

    __slots__ = ("_conn",)

    def __init__(self, conn: "BackendConnection") -> None:
        self._conn = conn

    def receive_data(self, data: bytes, fds: Sequence[int] = ()) -> None:
        """Replies (and the descriptors received with them) the front-end sent on the channel."""
        self._conn._receive_backend_data(data, fds)

    def data_to_send(self) -> list[Outgoing]:
        """Requests for the front-end, in order (descriptors stay owned by the connection)."""
        conn = self._conn
        out, conn._backend_out = conn._backend_out, []
        return out

    def bytes_wanted(self) -> int:
        """Bytes to read from the channel's socket next: never past the reply being received."""
        backend = self._conn._backend
        return backend.bytes_wanted() if backend is not None else 4096

    def connection_lost(self) -> None:
        """The front-end closed the channel (the main connection goes on)."""
        self._conn._drop_backend_channel()


class BackendConnection:
    """One front-end connection to a back-end ``device``.

    ``max_mem_slots`` is what GET_MAX_MEM_SLOTS answers (and the most regions
    mapped at once); ``withhold_protocol_features`` removes protocol features
    from the offer (to make a front-end use SET_MEM_TABLE instead of
    ADD_MEM_REG, say).

    ``stop_at=(phase, n)`` is for crash tests: when the ``n``-th chain of the
    connection reaches ``phase`` (one of :data:`STOP_PHASES`: its head was
    taken and noted in flight; the device handled it; the used index that
    returns it was published but the in-flight buffer not yet cleared), the
    core freezes as if the process had died there, reports :class:`Stopped`
    and from then on serves no queue.
    """

    def __init__(self, device: VhostUserDevice, *, max_mem_slots: int = DEFAULT_MAX_MEM_SLOTS,
                 max_queue_size: int = MAX_QUEUE_SIZE, withhold_protocol_features: int = 0,
                 stop_at: tuple[str, int] | None = None) -> None:
        self.device = device
        self.offered_features = device.features | CORE_FEATURES
        withheld = withhold_protocol_features
        self.offered_protocol_features = ((CORE_PROTOCOL_FEATURES | device.protocol_features) & ~withheld)
        if stop_at is not None and (stop_at[0] not in STOP_PHASES or stop_at[1] < 1):
            raise ValueError(f"stop_at {stop_at!r}: a phase of {STOP_PHASES} and a count from 1")
        self.stop_at = stop_at
        self.stopped = False
        self._chains = {phase: 0 for phase in STOP_PHASES}
        self.inflight: InflightBuffer | None = None
        self.max_mem_slots = max_mem_slots
        self.max_queue_size = max_queue_size
        self.neg = _Negotiated()
        self.owner = False
        self.status = 0
        self.memory = VhostMemory(max_regions=max_mem_slots)
        self.log: DirtyLog | None = None
        self.log_fd: int | None = None
        self.vrings = [Vring(i) for i in range(device.num_queues)]
        self.backend_fd: int | None = None
        self._backend: Requester | None = None
        self._backend_out: list[Outgoing] = []
        self.backend_channel = BackendChannel(self)
        self._decoder = FrameDecoder()
        self._out: list[Outgoing] = []
        self._events: deque[Event] = deque()
        self._retired: list[int] = []
        self.closed = False
        self.close_reason: str | None = None
        self._device_closed = False
        self._handlers: dict[int, Callable[[Message], object]] = {
            int(req.value): getattr(self, "_on_" + req.name) for req in F
            if hasattr(self, "_on_" + req.name)
        }

    # --- the transport's side -------------------------------------------------------------
    def receive_data(self, data: bytes, fds: Sequence[int] = ()) -> None:
        """Bytes (and the descriptors received with them) from the front-end."""
        self._close_retired()
        if self.closed:
            close_fds(fds)
            return
        try:
            self._decoder.feed(data, fds)
            while not self.closed and (msg := self._decoder.next_message()) is not None:
                self._handle(msg)
        except FramingError as exc:
            self._fail(str(exc))

    def bytes_wanted(self) -> int:
        """Bytes to read from the socket next: never past the message being received."""
        return self._decoder.bytes_wanted()

    def connection_lost(self) -> None:
        """The front-end closed the socket."""
        if not self.closed:
            if self._decoder.pending_bytes:
                self._fail(f"connection closed in the middle of a message "
                           f"({self._decoder.pending_bytes} bytes buffered)")
            else:
                self._fail("connection closed by the front-end")

    def kick(self, index: int) -> None:
        """Queue ``index`` was kicked (its eventfd fired, or an in-band VRING_KICK, or a poll)."""
        self._close_retired()
        self._kick(index)

    def _kick(self, index: int) -> None:
        if self.closed or not 0 <= index < len(self.vrings):
            return
        ring = self.vrings[index]
        if not ring.started:
            self._start(ring)
        self._run(ring)

    def data_to_send(self) -> list[Outgoing]:
        """Replies for the front-end, in order (descriptors stay owned by this object)."""
        out, self._out = self._out, []
        return out

    def _receive_backend_data(self, data: bytes, fds: Sequence[int]) -> None:
        self._close_retired()
        if self._backend is None or self.closed:
            close_fds(fds)
            return
        try:
            for reply in self._backend.receive_data(data, fds):
                reply.close_fds()
                value = u64(reply.payload) if len(reply.payload) == 8 else None
                self._events.append(BackendReply(reply.request, value, reply.flags, reply.payload))
        except ProtocolError as exc:
            self._drop_backend_channel()
            self._events.append(QueueBroken(-1, f"back-end channel: {exc}"))

    def events(self) -> list[Event]:
        """Events since the last call; descriptors they name stay open until the next call in."""
        out = list(self._events)
        self._events.clear()
        return out

    def close(self) -> None:
        """Close every descriptor and mapping this connection holds."""
        self._teardown()
        self._close_retired()

    def _teardown(self) -> None:
        """Let go of everything; descriptors a transport may still watch are only retired."""
        if not self.closed:
            self.closed = True
            self.close_reason = self.close_reason or "closed"
        self._decoder.close()
        for ring in self.vrings:
            self._drop_queue(ring)
            for name in ("kick_fd", "call_fd", "err_fd"):
                fd = getattr(ring, name)
                if fd is not None:
                    if name == "kick_fd":
                        self._events.append(KickFdChanged(ring.index, None))
                    self._retired.append(fd)
                    setattr(ring, name, None)
        if self.log is not None:
            self.log.close()
            self.log = None
        if self.log_fd is not None:
            self._retired.append(self.log_fd)
            self.log_fd = None
        self._drop_backend_channel()
        self._drop_inflight()
        self.memory.close()
        if not self._device_closed:
            self._device_closed = True
            self.device.close()

    # --- device-initiated ---------------------------------------------------------------------
    def send_config_change(self) -> bool:
        """Tell the front-end the configuration space changed (needs the back-end channel)."""
        if self._backend is None or not has(self.neg.protocol_features, P.config):
            return False
        need = has(self.neg.protocol_features, P.reply_ack)
        self._backend_out.append(self._backend.request(BackendRequest.config_change_msg, need_reply=need))
        return True

    # --- dispatch ----------------------------------------------------------------------------
    def _handle(self, msg: Message) -> None:
        rule = FRONT_END_RULES.get(msg.request)
        handler = self._handlers.get(msg.request)
        nfds = len(msg.fds)
        error = None
        result = None
        try:
            if rule is None or handler is None:
                raise _Refused(f"unknown request {msg.request}")
            self._check_fds(msg, rule.fds)
            result = handler(msg)
        except (_Refused, PayloadError, RegionError, VirtqError) as exc:
            error = str(exc)
            result = getattr(exc, "reply", _ACK_FAIL)
            if result is _ACK_FAIL:   # (a wrong descriptor count, say): the failure form of this reply
                result = _FAILURE_REPLIES.get(msg.request, _ACK_FAIL)
        finally:
            msg.close_fds()   # whatever the handler did not keep
        self._events.append(RequestHandled(msg.request, msg.flags, msg.payload, nfds, error))
        if self.closed:
            return
        kind = answer(rule, msg.need_reply, self.neg.protocol_features)
        if kind is Answer.REPLY:
            if result is _CLOSE or result is None:
                self._fail(f"{request_name(msg.request)} failed and its reply cannot say so: {error}")
                return
            payload, fds = result if isinstance(result, tuple) else (result, ())
            self._out.append(Outgoing(encode(msg.request, payload, reply=True), tuple(fds)))
        elif kind is Answer.ACK:
            if result is _CLOSE:
                self._fail(f"{request_name(msg.request)}: {error}")
                return
            self._out.append(Outgoing(encode(msg.request, _ACK_FAIL if error else pack_u64(0), reply=True)))
        elif error is not None:
            self._fail(f"{request_name(msg.request)} failed with no reply to report it: {error}")

    def _check_fds(self, msg: Message, rule: Fds) -> None:
        n = len(msg.fds)
        if rule is Fds.NONE:
            wanted = {0}
        elif rule is Fds.ONE:
            wanted = {1}
        elif rule is Fds.ONE_UNLESS_NO_FD:
            no_fd = len(msg.payload) == 8 and vring_file(msg.payload)[1]
            wanted = {0} if no_fd else {1}
        elif rule is Fds.ONE_IF_LOG_SHMFD:
            wanted = {1} if has(self.neg.protocol_features, P.log_shmfd) else {0}
        elif rule is Fds.NONE_OR_ONE_IGNORED:
            wanted = {0, 1}
        else:  # one per region: the handler counts
            return
        if n not in wanted:
            raise _Refused(f"{request_name(msg.request)} came with {n} file descriptors, "
                           f"expected {' or '.join(map(str, sorted(wanted)))}")

    def _fail(self, reason: str) -> None:
        if self.closed:
            return
        self.close_reason = reason
        self._events.append(ConnectionClosed(reason))
        self._teardown()   # descriptors close at the next call in (or close())

    def _ring(self, index: int) -> Vring:
        if not 0 <= index < len(self.vrings):
            raise _Refused(f"queue {index} does not exist ({len(self.vrings)} queues)")
        return self.vrings[index]

    def _need_protocol(self, feature) -> None:
        if not has(self.neg.protocol_features, feature):
            raise _Refused(f"protocol feature {feature.name} was not negotiated")

    def _close_retired(self) -> None:
        if self._retired:
            close_fds(self._retired)
            self._retired = []

    def _keep_fd(self, fd: int, what: str) -> int:
        """Check a kick/call/err/log eventfd (not a file or directory) and make it non-blocking."""
        try:
            mode = os.fstat(fd).st_mode
            if stat.S_ISREG(mode) or stat.S_ISDIR(mode) or stat.S_ISBLK(mode):
                raise _Refused(f"{what}: not an event file descriptor")
            os.set_blocking(fd, False)
        except OSError as exc:
            raise _Refused(f"{what}: {exc.strerror}") from exc
        return fd

    def _retire(self, fd: int | None) -> None:
        if fd is not None:
            self._retired.append(fd)

    # --- negotiation -----------------------------------------------------------------------
    def _on_get_features(self, msg: Message):
        return pack_u64(self.offered_features)

    def _on_set_features(self, msg: Message):
        features = u64(msg.payload)
        extra = features & ~self.offered_features
        if extra:
            raise _Refused(f"SET_FEATURES acknowledges bits {extra:#x} that were not offered")
        logging_before = has(self.neg.features, V.log_all)
        packed_before = self._packed()
        self.neg.features, self.neg.features_set = features, True
        if not has(features, V.protocol_features):
            for ring in self.vrings:
                ring.enabled = True
        self.device.features_acked(features)
        if has(features, V.log_all) != logging_before or self._packed() != packed_before:
            self._rebuild_queues()   # (a ring type changed under a started ring: its base is checked again)
        for ring in self.vrings:
            self._run(ring)

    def _on_get_protocol_features(self, msg: Message):
        return pack_u64(self.offered_protocol_features)

    def _on_set_protocol_features(self, msg: Message):
        features = u64(msg.payload)
        extra = features & ~self.offered_protocol_features
        if extra:
            raise _Refused(f"SET_PROTOCOL_FEATURES sets bits {extra:#x} that were not offered")
        if has(features, P.inband_notifications) and not (
                has(features, P.backend_req) and has(features, P.reply_ack)):
            raise _Refused("INBAND_NOTIFICATIONS needs BACKEND_REQ and REPLY_ACK", reply=_CLOSE)
        self.neg.protocol_features = features

    def _on_set_owner(self, msg: Message):
        self.owner = True

    def _on_reset_owner(self, msg: Message):
        pass  # deprecated; the spec recommends ignoring it

    def _on_get_queue_num(self, msg: Message):
        return pack_u64(len(self.vrings))

    def _on_get_max_mem_slots(self, msg: Message):
        return pack_u64(self.max_mem_slots)

    # --- memory --------------------------------------------------------------------------------
    def _on_set_mem_table(self, msg: Message):
        regions = memory_table(msg.payload)
        if len(msg.fds) != len(regions):
            raise _Refused(f"SET_MEM_TABLE lists {len(regions)} regions but came with "
                           f"{len(msg.fds)} file descriptors")
        fresh = VhostMemory(max_regions=self.max_mem_slots)
        try:
            for desc, fd in zip(regions, msg.fds):
                fresh.add(desc, fd)
        except RegionError:
            fresh.close()
            raise
        self._swap_memory(lambda: self.memory.take_all(), fresh)

    def _swap_memory(self, take_old: Callable[[], list[MappedRegion]], fresh: VhostMemory | None) -> None:
        """Drop ring views, change the memory, rebuild the started rings over it."""
        for ring in self.vrings:
            self._drop_queue(ring, keep_started=True)
        old = take_old()
        if fresh is not None:
            for region in fresh.take_all():
                self.memory.regions.append(region)
            self.memory._reindex()
        for region in old:
            region.close()
        for ring in self.vrings:
            if ring.started:
                ring.started = False
                self._start(ring)
                self._run(ring)

    def _on_add_mem_reg(self, msg: Message):
        self._need_protocol(P.configure_mem_slots)
        desc = single_region(msg.payload)
        self.memory.add(desc, msg.fds[0])
        for ring in self.vrings:
            self._run(ring)

    def _on_rem_mem_reg(self, msg: Message):
        self._need_protocol(P.configure_mem_slots)
        desc = single_region(msg.payload)
        if not any(r.matches(desc) for r in self.memory.regions):
            raise _Refused(f"no region at guest {desc.guest_addr:#x} (user {desc.user_addr:#x}, "
                           f"{desc.size:#x} bytes) to remove")
        self._swap_memory(lambda: [self.memory.remove(desc)], None)

    def _on_set_log_base(self, msg: Message):
        self._need_protocol(P.log_shmfd)
        log = log_description(msg.payload)
        new = DirtyLog.map(msg.fds[0], log.size, log.offset)
        if self.log is not None:
            self._drop_all_queues()
            self.log.close()
        self.log = new
        self._rebuild_queues()
        return pack_u64(0)

    def _on_set_log_fd(self, msg: Message):
        self._keep_fd(msg.fds[0], "log fd")
        self._retire(self.log_fd)
        self.log_fd = msg.take_fds()[0]

    # --- rings ----------------------------------------------------------------------------------
    def _on_set_vring_num(self, msg: Message):
        index, num = vring_state(msg.payload)
        ring = self._ring(index)
        if not 1 <= num <= self.max_queue_size or (num & (num - 1) and not self._packed()):
            raise _Refused(f"queue size {num} is not a power of two up to {self.max_queue_size}")
        ring.num, ring.broken = num, None

    def _on_set_vring_addr(self, msg: Message):
        addr = vring_address(msg.payload)
        ring = self._ring(addr.index)
        if len(self.memory) and ring.num:
            probe = self._make_queue(ring, addr)   # check the ring is inside the regions now
            probe.release()
        ring.addr, ring.broken = addr, None
        if ring.started:
            self._drop_queue(ring, keep_started=True)
            ring.started = False
            self._start(ring)
            self._run(ring)

    def _on_set_vring_base(self, msg: Message):
        index, num = vring_state(msg.payload)
        ring = self._ring(index)
        avail, _, used, _ = unpack_packed_base(num)
        if self._packed() and ring.num and max(avail, used) >= ring.num:
            raise _Refused(f"packed vring base {num:#x} names a slot outside the {ring.num}-entry ring")
        ring.base, ring.broken = (num if self._packed() else num & 0xFFFF), None
        if ring.queue is not None:
            ring.queue.vring_base = ring.base

    def _on_get_vring_base(self, msg: Message):
        index, _ = vring_state(msg.payload)
        if not 0 <= index < len(self.vrings):
            raise _Refused(f"queue {index} does not exist", reply=_CLOSE)
        ring = self.vrings[index]
        base = ring.last_avail_idx
        ring.base = base
        self._drop_queue(ring)
        ring.broken = None
        ring.polling = False
        if ring.kick_fd is not None:
            self._events.append(KickFdChanged(index, None))
            self._retire(ring.kick_fd)
            ring.kick_fd = None
        self._retire(ring.call_fd)
        ring.call_fd = None
        return pack_vring_state(index, base)

    def _on_set_vring_kick(self, msg: Message):
        index, no_fd = vring_file(msg.payload)
        ring = self._ring(index)
        if not no_fd:
            self._keep_fd(msg.fds[0], f"kick fd of queue {index}")
        if ring.kick_fd is not None:
            self._events.append(KickFdChanged(index, None))
            self._retire(ring.kick_fd)
            ring.kick_fd = None
        if no_fd:
            ring.polling = True
            self._events.append(KickFdChanged(index, None, polling=True))
            self._kick(index)   # polling: nothing will signal a start
        else:
            ring.kick_fd, ring.polling = msg.take_fds()[0], False
            self._events.append(KickFdChanged(index, ring.kick_fd))
            if self.inflight is not None and ring.addr is not None and ring.num and len(self.memory):
                self._kick(index)   # requests left in flight run without waiting for a kick

    def _set_notify_fd(self, msg: Message, attr: str, what: str) -> None:
        index, no_fd = vring_file(msg.payload)
        ring = self._ring(index)
        if not no_fd:
            self._keep_fd(msg.fds[0], f"{what} fd of queue {index}")
        self._retire(getattr(ring, attr))
        setattr(ring, attr, None if no_fd else msg.take_fds()[0])

    def _on_set_vring_call(self, msg: Message):
        self._set_notify_fd(msg, "call_fd", "call")
        ring = self.vrings[vring_file(msg.payload)[0]]
        if self.inflight is not None and ring.started and ring.call_fd is not None:
            self._notify(ring)   # what a resubmission already returned may predate this fd

    def _on_set_vring_err(self, msg: Message):
        self._set_notify_fd(msg, "err_fd", "err")

    def _on_set_vring_enable(self, msg: Message):
        index, num = vring_state(msg.payload)
        ring = self._ring(index)
        if not has(self.offered_features, V.protocol_features):
            raise _Refused("SET_VRING_ENABLE without protocol features")
        if num not in (0, 1):
            raise _Refused(f"SET_VRING_ENABLE with {num} (0 or 1)")
        ring.enabled = bool(num)
        self._run(ring)

    def _on_vring_kick(self, msg: Message):
        self._need_protocol(P.inband_notifications)
        index, _ = vring_state(msg.payload)
        self._ring(index)
        self._kick(index)

    def _on_set_vring_endian(self, msg: Message):
        self._need_protocol(P.cross_endian)

    # --- device ------------------------------------------------------------------------------------
    def _on_get_config(self, msg: Message):
        try:
            self._need_protocol(P.config)
            window = config_window(msg.payload)
        except (_Refused, PayloadError) as exc:
            raise _Refused(str(exc), reply=b"") from exc
        if window.offset + window.size > MAX_CONFIG_SIZE:
            raise _Refused(f"config window {window.offset}+{window.size} is beyond 256 bytes", reply=b"")
        space = self.device.config()[:MAX_CONFIG_SIZE].ljust(MAX_CONFIG_SIZE, b"\0")
        return pack_config_window(window.offset, space[window.offset:window.offset + window.size],
                                  window.flags if window.flags in (0, 1) else 0)

    def _on_set_config(self, msg: Message):
        self._need_protocol(P.config)
        window = config_window(msg.payload)
        if window.offset + window.size > MAX_CONFIG_SIZE:
            raise _Refused(f"config window {window.offset}+{window.size} is beyond 256 bytes")
        if not self.device.set_config(window.offset, window.data, window.flags == 1):
            raise _Refused(f"the device refuses a write of {window.size} bytes at {window.offset}")

    def _on_set_status(self, msg: Message):
        self._need_protocol(P.status)
        self.status = u64(msg.payload) & 0xFF

    def _on_get_status(self, msg: Message):
        self._need_protocol(P.status)
        return pack_u64(self.status)

    def _on_reset_device(self, msg: Message):
        self._need_protocol(P.reset_device)
        for ring in self.vrings:
            self._drop_queue(ring)
            if ring.kick_fd is not None:
                self._events.append(KickFdChanged(ring.index, None))
            for fd in (ring.kick_fd, ring.call_fd, ring.err_fd):
                self._retire(fd)
            self.vrings[ring.index] = Vring(ring.index)
        self.neg.features, self.neg.features_set = 0, False
        self.status = 0
        self.device.reset()

    def _on_send_rarp(self, msg: Message):
        self._need_protocol(P.rarp)
        if len(msg.payload) != 8:
            raise PayloadError(f"SEND_RARP payload has {len(msg.payload)} bytes, expected 8")
        if not self.device.send_rarp(msg.payload[:6]):
            raise _Refused("the device did not send the RARP")

    def _on_net_set_mtu(self, msg: Message):
        self._need_protocol(P.mtu)
        if not self.device.set_mtu(u64(msg.payload)):
            raise _Refused("the device refuses the MTU")

    def _on_set_backend_req_fd(self, msg: Message):
        self._need_protocol(P.backend_req)
        fd = msg.fds[0]
        try:
            if not stat.S_ISSOCK(os.fstat(fd).st_mode):
                raise _Refused("SET_BACKEND_REQ_FD: the descriptor is not a socket")
            os.set_blocking(fd, False)
        except OSError as exc:
            raise _Refused(f"SET_BACKEND_REQ_FD: {exc.strerror}") from exc
        self._drop_backend_channel()
        self.backend_fd = msg.take_fds()[0]
        self._backend = Requester(backend_channel=True)
        self._backend.protocol_features = self.neg.protocol_features
        self._events.append(BackendChannelChanged(self.backend_fd))

    # --- extensions this back-end does not offer: answered with their failure form ------------
    def _on_iotlb_msg(self, msg: Message):
        raise _Refused("IOTLB messages need ACCESS_PLATFORM, which is not offered")

    def _on_create_crypto_session(self, msg: Message):
        if len(msg.payload) != CRYPTO_SESSION_SIZE:
            raise _Refused("CREATE_CRYPTO_SESSION payload size", reply=_CLOSE)
        raise _Refused("crypto sessions are not offered",
                       reply=msg.payload[:-8] + (-1).to_bytes(8, "little", signed=True))

    def _on_close_crypto_session(self, msg: Message):
        self._need_protocol(P.crypto_session)

    def _on_postcopy_advise(self, msg: Message):
        raise _Refused("postcopy (PAGEFAULT) is not offered", reply=b"")

    def _on_postcopy_listen(self, msg: Message):
        self._need_protocol(P.pagefault)

    def _on_postcopy_end(self, msg: Message):
        raise _Refused("postcopy (PAGEFAULT) is not offered")

    def _on_get_inflight_fd(self, msg: Message):
        none = pack_inflight_description(InflightDescription(0, 0, 0, 0))
        try:
            self._need_protocol(P.inflight_shmfd)
            want = inflight_description(msg.payload)
        except (_Refused, PayloadError) as exc:
            raise _Refused(str(exc), reply=none) from exc
        if not 1 <= want.num_queues <= len(self.vrings) or not 1 <= want.queue_size <= self.max_queue_size:
            raise _Refused(f"GET_INFLIGHT_FD for {want.num_queues} queues of {want.queue_size} entries "
                           f"(at most {len(self.vrings)} of {self.max_queue_size})", reply=none)
        try:
            buffer = InflightBuffer.allocate(want.num_queues, want.queue_size, self._packed())
        except (OSError, InflightError) as exc:
            raise _Refused(f"GET_INFLIGHT_FD: cannot allocate the buffer: {exc}", reply=none) from exc
        self._set_inflight(buffer)
        return (pack_inflight_description(InflightDescription(buffer.size, 0, want.num_queues, want.queue_size)),
                (buffer.fd,))

    def _on_set_inflight_fd(self, msg: Message):
        self._need_protocol(P.inflight_shmfd)
        desc = inflight_description(msg.payload)
        try:
            buffer = InflightBuffer.adopt(msg.fds[0], desc.mmap_size, desc.mmap_offset, desc.num_queues,
                                          desc.queue_size, max_queues=len(self.vrings),
                                          max_queue_size=self.max_queue_size, packed=self._packed())
        except InflightError as exc:
            raise _Refused(f"SET_INFLIGHT_FD: {exc}") from exc
        msg.take_fds()
        self._set_inflight(buffer)

    def _set_inflight(self, buffer: InflightBuffer) -> None:
        """Track the queues in ``buffer`` from now on (started queues pick it up at once)."""
        for ring in self.vrings:
            self._drop_queue(ring, keep_started=True)
        self._drop_inflight()
        self.inflight = buffer
        for ring in self.vrings:
            if ring.started:
                ring.started = False
                self._start(ring)
                self._run(ring)

    def _drop_inflight(self) -> None:
        if self.inflight is not None:   # its fd may still be in a reply not yet sent: retired, not closed
            self.inflight.close(close_fd=False)
            self._retire(self.inflight.fd)
            self.inflight = None

    def _on_gpu_set_socket(self, msg: Message):
        raise _Refused("not a vhost-user-gpu back-end")

    def _on_get_shared_object(self, msg: Message):
        raise _Refused("shared objects (SHARED_OBJECT) are not offered")

    def _on_set_device_state_fd(self, msg: Message):
        raise _Refused("state transfer (DEVICE_STATE) is not offered",
                       reply=pack_device_state_result(1, no_fd=True))

    def _on_check_device_state(self, msg: Message):
        raise _Refused("state transfer (DEVICE_STATE) is not offered")

    # --- running the queues ------------------------------------------------------------------
    def _logging(self) -> bool:
        return self.log is not None and has(self.neg.features, V.log_all)

    def _packed(self) -> bool:
        return has(self.neg.features, V.ring_packed)

    def _make_queue(self, ring: Vring, addr: VringAddress) -> SplitQueue | PackedQueue:
        logging = self._logging()
        if self._packed():
            return PackedQueue(
                self.memory, ring.num, addr.desc, addr.avail, addr.used, base=ring.base,
                event_idx=has(self.neg.features, V.event_idx), indirect=has(self.neg.features, V.indirect_desc),
                log=self.log if logging else None, log_used=logging and addr.log_enabled, log_used_gpa=addr.log)
        return SplitQueue(
            self.memory, ring.num, addr.desc, addr.avail, addr.used, last_avail_idx=ring.base,
            event_idx=has(self.neg.features, V.event_idx), indirect=has(self.neg.features, V.indirect_desc),
            log=self.log if logging else None, log_used=logging and addr.log_enabled,
            log_used_gpa=addr.log)

    def _start(self, ring: Vring) -> None:
        if ring.broken is not None or ring.started:
            return
        if ring.addr is None or not ring.num:
            self._break(ring, "kicked before its size and addresses were set")
            return
        try:
            ring.queue = self._make_queue(ring, ring.addr)
            if self.inflight is not None:
                self._recover(ring)
        except VirtqError as exc:
            self._drop_queue(ring)
            self._break(ring, str(exc))
            return
        ring.started = True

    def _recover(self, ring: Vring) -> None:
        """Track ``ring`` in the in-flight buffer; what was left in flight runs first."""
        q = ring.queue
        if self.inflight.packed != isinstance(q, PackedQueue):
            raise InflightError(f"in-flight buffer made for {'packed' if self.inflight.packed else 'split'} "
                                f"rings, the queue is {'packed' if isinstance(q, PackedQueue) else 'split'}")
        track = self.inflight.queue(ring.index)
        if isinstance(track, PackedInflight):
            try:
                left = track.recover(q)
            except InflightError:
                track.release()
                raise
            q.record = True
            ring.inflight, ring.resubmit = track, deque(left or ())
            if left or (left is not None and track.cleared):   # (None: a fresh region, the base stands)
                self._events.append(InflightRecovered(ring.index, tuple(descs[-1][2] for _, descs in left),
                                                      track.cleared))
            return
        try:
            heads, next_avail = track.recover(ring.num, q.used_idx, q.avail_idx)
        except InflightError:
            track.release()
            raise
        ring.inflight = track
        ring.resubmit = deque(heads)
        if next_avail is not None:
            q.last_avail_idx = next_avail
            if heads or track.cleared:
                self._events.append(InflightRecovered(ring.index, tuple(heads), track.cleared))

    def _run(self, ring: Vring) -> None:
        q = ring.queue
        if not (ring.started and ring.enabled and ring.broken is None and q is not None):
            return
        if self.stopped:
            return
        budget = CHAINS_PER_TURN
        ready = self.device.ready
        track, resubmit, stop_at = ring.inflight, ring.resubmit, self.stop_at
        split_track = track if isinstance(track, SplitInflight) else None
        batch: list = []    # chains pushed
        try:
            while True:
                while budget and ready(ring.index):
                    if resubmit:
                        chain = q.resubmit(resubmit[0])
                        resubmit.popleft()
                    else:
                        chain = q.pop()
                        if chain is None:
                            break
                        if split_track is not None:
                            split_track.take(chain.head)
                        elif track is not None:
                            track.take(chain)
                    if stop_at is not None and self._reached("taken"):
                        return
                    written = self.device.handle(ring.index, chain)
                    if stop_at is not None and self._reached("handled"):
                        return
                    if split_track is not None:
                        split_track.used(chain.head)
                    q.push(chain, written)
                    batch.append(chain)
                    budget -= 1
                if not budget:
                    self._events.append(MoreWork(ring.index))
                    break
                if not ready(ring.index):   # chains stay available; the device wakes the queue later
                    break
                if not q.enable_kicks():
                    break
        except QemuSpecError as exc:
            self._break(ring, str(exc))
        finally:
            if not self.stopped:   # (a stopped core stays frozen where a crash would have left things)
                self._publish(ring, q, track, batch)

    def _publish(self, ring: Vring, q, track: SplitInflight | PackedInflight | None, batch: list) -> None:
        """Make what ``_run`` pushed (``batch``, chains) visible, clear it from the in-flight buffer, notify."""
        packed_track = track if isinstance(track, PackedInflight) else None
        try:
            if packed_track is not None and batch:   # entries back to the free list before the ring shows them
                packed_track.returning(batch, q)
            published = q.publish()
            notify = published and q.should_notify()
        except QemuSpecError as exc:     # an unmapped region's file shrank under the used ring
            published = notify = False
            if ring.broken is None:
                self._break(ring, str(exc))
        if published and track is not None:
            done = self._chains["published"] = self._chains["published"] + len(batch)
            if self.stop_at is not None and self.stop_at[0] == "published" and done >= self.stop_at[1]:
                self._stop("published")
                return
            if packed_track is not None:
                packed_track.published(batch, q)
            else:
                track.published([chain.head for chain in batch], q.used_idx)
        if published:
            if notify:
                self._notify(ring)
            if self._logging() and self.log_fd is not None:
                self._events.append(Signal(self.log_fd, "log", ring.index))

    def _reached(self, phase: str) -> bool:
        """Count a chain at ``phase``; True when ``stop_at`` freezes the core here."""
        self._chains[phase] += 1
        if self.stop_at is not None and self.stop_at == (phase, self._chains[phase]):
            self._stop(phase)
            return True
        return False

    def _stop(self, phase: str) -> None:
        self.stopped = True
        self._events.append(Stopped(phase, self._chains[phase]))

    def _notify(self, ring: Vring) -> None:
        if ring.call_fd is not None:
            self._events.append(Signal(ring.call_fd, "call", ring.index))
        elif self._backend is not None and has(self.neg.protocol_features, P.inband_notifications):
            self._backend_out.append(self._backend.request(
                BackendRequest.vring_call, pack_vring_state(ring.index, 0), need_reply=True))

    def _break(self, ring: Vring, reason: str) -> None:
        ring.broken = reason
        self._events.append(QueueBroken(ring.index, reason))
        if ring.err_fd is not None:
            self._events.append(Signal(ring.err_fd, "err", ring.index))
        elif self._backend is not None and has(self.neg.protocol_features, P.inband_notifications):
            self._backend_out.append(self._backend.request(
                BackendRequest.vring_err, pack_vring_state(ring.index, 0), need_reply=True))

    def _drop_queue(self, ring: Vring, keep_started: bool = False) -> None:
        if ring.queue is not None:
            ring.base = ring.queue.vring_base
            ring.queue.release()
            ring.queue = None
        if ring.inflight is not None:
            ring.inflight.release()
            ring.inflight = None
        if not keep_started:
            ring.started = False

    def _drop_all_queues(self) -> None:
        for ring in self.vrings:
            self._drop_queue(ring, keep_started=True)

    def _rebuild_queues(self) -> None:
        """Make started rings pick up a changed log or feature set."""
        for ring in self.vrings:
            if ring.started:
                self._drop_queue(ring)
                self._start(ring)

    def _drop_backend_channel(self) -> None:
        if self._backend is not None:
            self._backend.close()
            self._backend = None
        self._backend_out = []
        if self.backend_fd is not None:
            self._events.append(BackendChannelChanged(None))
            self._retire(self.backend_fd)
            self.backend_fd = None
