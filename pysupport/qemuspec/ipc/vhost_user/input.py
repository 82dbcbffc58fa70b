"""A vhost-user virtio-input device: QEMU's ``-device vhost-user-input-pci``.

virtio-input (virtio 1.2, section 5.8) has two queues and a configuration
space that is a small query protocol:

* **configuration** (``virtio_input_config``, 136 bytes): the driver writes
  ``select`` (byte 0) and ``subsel`` (byte 1), then reads ``size`` (byte 2)
  and the answer in the 128-byte union at byte 8 - the device name
  (ID_NAME 0x01), serial (ID_SERIAL 0x02), bus/vendor/product/version
  (ID_DEVIDS 0x03, four le16), the input properties bitmap (PROP_BITS
  0x10), the bitmap of codes of one event type (EV_BITS 0x11, ``subsel``
  the type; ``size`` 0 when the type is not supported), or one absolute
  axis (ABS_INFO 0x12, ``subsel`` the axis: min, max, fuzz, flat, res as
  le32). Anything else answers ``size`` 0. Behind QEMU's vhost-user-input
  a guest write becomes a SET_CONFIG of the whole structure and a read a
  GET_CONFIG: the device keeps ``select``/``subsel`` from a write and
  ignores the read-only rest of it.
* **eventq** (queue 0), device to driver: the driver makes 8-byte
  device-writable buffers available; the device puts one
  ``virtio_input_event`` (type le16, code le16, value le32, Linux evdev
  numbers) into each, when it has one. Buffers wait in the available ring
  while there is nothing to send (the :meth:`~InputDevice.ready` hook);
  :meth:`InputDevice.inject` queues events from any thread and wakes the
  queue.
* **statusq** (queue 1), driver to device: events the driver sends back
  (keyboard LEDs, say), one per device-readable buffer; the device records
  them in :attr:`InputDevice.status_events`.

Invariants: every answer fits the union (strings and bitmaps are bounded
to 128 bytes when the device is made: a :class:`~qemuspec.errors.UsageError`
otherwise); an event buffer shorter than 8 bytes, or with device-readable
parts, and a status buffer that is not a whole number of events break
that queue (:class:`~qemuspec.ipc.vhost_user.virtq.VirtqError`); injected
events wait in a bounded queue (``max_pending``; beyond it :meth:`inject`
raises :class:`~qemuspec.errors.UsageError` instead of growing without
end); the used length of an event chain is 8, of a status chain 0.
"""

from __future__ import annotations

import threading
from collections import deque
from dataclasses import dataclass
from typing import Iterable

from ...errors import UsageError
from .device import RING_FEATURES, VhostUserDevice
from .layout import (INPUT_ABSINFO as ABSINFO, INPUT_ANSWER_OFFSET as _UNION_OFFSET,
                     INPUT_ANSWER_SIZE as _UNION_SIZE, INPUT_CONFIG_SIZE, INPUT_DEVIDS as DEVIDS,
                     INPUT_EVENT as EVENT, InputEventType, InputSelect as Select, ProtocolFeature,
                     VirtioFeature, bit)
from .virtq import Chain, VirtqError

__all__ = ["InputDevice", "InputEvent", "AbsInfo", "VIRTIO_ID_INPUT", "INPUT_CONFIG_SIZE", "Select",
           "EV_SYN", "EV_KEY", "EV_REL", "EV_ABS", "EV_LED", "EV_REP", "SYN_REPORT", "KEYBOARD_KEYS"]

# The layouts (virtio_input_config, virtio_input_event) and the select and event-type numbers are in
# ksy/vhost_user_input.ksy; layout.py has the struct formats, checked against the generated parser.
VIRTIO_ID_INPUT = 18
EVENTQ, STATUSQ = 0, 1
EV_SYN, EV_KEY, EV_REL, EV_ABS = (int(InputEventType.syn), int(InputEventType.key), int(InputEventType.rel),
                                  int(InputEventType.abs))
EV_MSC, EV_LED, EV_REP = int(InputEventType.msc), int(InputEventType.led), int(InputEventType.rep)
SYN_REPORT = 0
LED_NUML, LED_CAPSL, LED_SCROLLL = 0, 1, 2      # evdev LED codes
BUS_VIRTUAL = 0x06
EV_MAX = 0x1F


@dataclass(frozen=True)
class InputEvent:
    """One virtio_input_event (evdev type, code, value)."""

    type: int
    code: int
    value: int

    def pack(self) -> bytes:
        return EVENT.pack(self.type, self.code, self.value)

    @classmethod
    def unpack(cls, data: bytes) -> "InputEvent":
        return cls(*EVENT.unpack(data))


@dataclass(frozen=True)
class AbsInfo:
    """One absolute axis (ABS_INFO)."""

    min: int
    max: int
    fuzz: int = 0
    flat: int = 0
    res: int = 0


def _bitmap(codes: Iterable[int], what: str) -> bytes:
    out = bytearray(_UNION_SIZE)
    for code in codes:
        if not 0 <= code < 8 * _UNION_SIZE:
            raise UsageError(f"{what}: code {code} does not fit the 1024-bit bitmap")
        out[code // 8] |= 1 << (code % 8)
    return bytes(out[:max((i + 1 for i, b in enumerate(out) if b), default=0)])


def _string(text: str, what: str) -> bytes:
    data = text.encode("utf-8")
    if len(data) > _UNION_SIZE:
        raise UsageError(f"{what} is {len(data)} bytes; the configuration space holds 128")
    return data


# keys of a plain keyboard: KEY_ESC (1) .. KEY_KPDOT (83), KEY_102ND .. KEY_F12, arrows, editing keys
KEYBOARD_KEYS = frozenset(range(1, 84)) | {86, 87, 88} | set(range(96, 112)) | {119}


class InputDevice(VhostUserDevice):
    """virtio-input: a configuration space to query, an event queue fed by :meth:`inject`.

    ``ev_bits`` maps each supported event type to its codes (EV_SYN is
    implied, as evdev devices have it); ``abs_info`` gives the range of each
    EV_ABS axis. :meth:`keyboard` makes a keyboard.
    """

    device_id = VIRTIO_ID_INPUT
    num_queues = 2
    # QEMU 7.2's vhost-user-input offers the guest RING_RESET whatever the back-end offers, and passes
    # the guest's acknowledgement on in SET_FEATURES: a queue reset is the transport's business (QEMU
    # does not forward it to this back-end), so the bit is accepted here rather than failing the start.
    features = RING_FEATURES | bit(VirtioFeature.ring_reset)
    protocol_features = bit(ProtocolFeature.config)

    def __init__(self, *, name: str = "qemuspec input", serial: str = "",
                 devids: tuple[int, int, int, int] = (BUS_VIRTUAL, 0x0627, 0x0001, 0x0001),
                 props: Iterable[int] = (), ev_bits: dict[int, Iterable[int]] | None = None,
                 abs_info: dict[int, AbsInfo] | None = None, max_pending: int = 4096) -> None:
        self.name = _string(name, "the name")
        self.serial = _string(serial, "the serial")
        if len(devids) != 4 or not all(0 <= v <= 0xFFFF for v in devids):
            raise UsageError("devids are four 16-bit numbers: bustype, vendor, product, version")
        self.devids = DEVIDS.pack(*devids)
        self.props = _bitmap(props, "props")
        self.ev_bits: dict[int, bytes] = {}
        for ev_type, codes in (ev_bits or {}).items():
            if not 0 < ev_type <= EV_MAX:
                raise UsageError(f"event type {ev_type:#x} is not one of evdev's (1..{EV_MAX:#x})")
            self.ev_bits[ev_type] = _bitmap(codes, f"event type {ev_type:#x}")
        self.abs_info: dict[int, bytes] = {}
        for axis, info in (abs_info or {}).items():
            if not 0 <= axis < 0x40:
                raise UsageError(f"absolute axis {axis:#x} is not one of evdev's (0..0x3f)")
            self.abs_info[axis] = ABSINFO.pack(info.min, info.max, info.fuzz, info.flat, info.res)
        if self.abs_info and EV_ABS not in self.ev_bits:
            self.ev_bits[EV_ABS] = _bitmap(self.abs_info, "EV_ABS")
        if not 1 <= max_pending <= 1 << 20:
            raise UsageError("max_pending must be between 1 and 1048576 events")
        self.max_pending = max_pending
        self.select, self.subsel = Select.unset, 0
        self._pending: deque[bytes] = deque()
        self._lock = threading.Lock()
        self.delivered: list[InputEvent] = []      # events that went into the guest's buffers
        self.status_events: list[InputEvent] = []  # what the driver sent on the status queue

    @classmethod
    def keyboard(cls, *, name: str = "qemuspec keyboard", serial: str = "", **options) -> "InputDevice":
        """A keyboard with LEDs and autorepeat, as the evdev bits of a real one say."""
        return cls(name=name, serial=serial,
                   ev_bits={EV_KEY: KEYBOARD_KEYS, EV_LED: (LED_NUML, LED_CAPSL, LED_SCROLLL), EV_REP: ()},
                   **options)

    # --- events ----------------------------------------------------------------------------------
    def inject(self, events: Iterable[InputEvent | tuple[int, int, int]]) -> None:
        """Queue events for the guest (any thread) and wake the event queue."""
        packed = []
        for ev in events:
            ev = ev if isinstance(ev, InputEvent) else InputEvent(*ev)
            if not (0 <= ev.type <= 0xFFFF and 0 <= ev.code <= 0xFFFF and -(1 << 31) <= ev.value < 1 << 31):
                raise UsageError(f"{ev} does not fit a virtio_input_event")
            packed.append(ev.pack())
        with self._lock:
            if len(self._pending) + len(packed) > self.max_pending:
                raise UsageError(f"more than {self.max_pending} events waiting for the guest's buffers")
            self._pending.extend(packed)
        self.wake(EVENTQ)

    def press(self, code: int) -> None:
        """A key press and release, each followed by SYN_REPORT."""
        self.inject([(EV_KEY, code, 1), (EV_SYN, SYN_REPORT, 0), (EV_KEY, code, 0), (EV_SYN, SYN_REPORT, 0)])

    @property
    def pending(self) -> int:
        return len(self._pending)

    def ready(self, queue: int) -> bool:
        return queue != EVENTQ or bool(self._pending)

    def handle(self, queue: int, chain: Chain) -> int:
        if queue == EVENTQ:
            if chain.readable_len or chain.writable_len < EVENT.size:
                raise VirtqError(f"virtio-input event buffer of {chain.readable_len} readable and "
                                 f"{chain.writable_len} writable bytes (8 writable expected)")
            with self._lock:
                data = self._pending.popleft()
            chain.write(0, data)
            self.delivered.append(InputEvent.unpack(data))
            return EVENT.size
        length = chain.readable_len
        if length == 0 or length % EVENT.size or length > 64 * EVENT.size:
            raise VirtqError(f"virtio-input status buffer of {length} bytes (whole 8-byte events expected)")
        data = chain.read(0, length)
        self.status_events.extend(InputEvent.unpack(data[i:i + EVENT.size]) for i in range(0, length, EVENT.size))
        return 0

    # --- configuration space ---------------------------------------------------------------------
    def answer(self, select: int, subsel: int) -> bytes:
        """The union's contents for ``select``/``subsel`` (its length is ``size``)."""
        if select == Select.id_name and subsel == 0:
            return self.name
        if select == Select.id_serial and subsel == 0:
            return self.serial
        if select == Select.id_devids and subsel == 0:
            return self.devids
        if select == Select.prop_bits and subsel == 0:
            return self.props
        if select == Select.ev_bits:
            return self.ev_bits.get(subsel, b"")
        if select == Select.abs_info:
            return self.abs_info.get(subsel, b"")
        return b""

    def config(self) -> bytes:
        data = self.answer(self.select, self.subsel)
        return (bytes((self.select, self.subsel, len(data))) + bytes(_UNION_OFFSET - 3)
                + data.ljust(_UNION_SIZE, b"\0"))

    def set_config(self, offset: int, data: bytes, migration: bool) -> bool:
        """``select`` and ``subsel`` are writable; what else a write covers is read-only and ignored."""
        if offset < 0 or offset + len(data) > INPUT_CONFIG_SIZE:
            return False
        if offset <= 0 < offset + len(data):
            self.select = data[0 - offset]
        if offset <= 1 < offset + len(data):
            self.subsel = data[1 - offset]
        return True

    def reset(self) -> None:
        self.select, self.subsel = Select.unset, 0
