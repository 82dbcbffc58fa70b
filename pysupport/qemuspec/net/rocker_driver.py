"""A guest-side Rocker driver over qtest: BAR0, the command and event rings, port settings.

:class:`RockerDriver` finds the switch by PCI config cycles, maps BAR0,
enables bus mastering, sets up descriptor rings in guest memory and runs
commands: it writes the TLV buffer and the descriptor (both built with the
generated writers), moves the ring's HEAD, and parses the completed
descriptor and buffer the device wrote back (``rocker_desc``, ``rocker_cmd``,
``rocker_event``). QEMU processes a command ring synchronously when HEAD is
written, so no interrupt is needed.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import FormatError, ProtocolError, UsageError
from ..formats.rocker import Rocker
from ..formats.rocker_cmd import RockerCmd
from ..formats.rocker_desc import RockerDesc
from ..formats.rocker_event import RockerEvent
from ..pci_qtest import PciFunction, find
from ..specs import parse
from . import rocker_build as build

__all__ = ["RockerDriver", "RockerError", "Ring", "Event", "BAR0_SIZE", "PCI_ID"]

BAR0_SIZE = 0x2000
PCI_ID = (0x1B36, 0x0006)
_RING_BASE, _RING_STRIDE = 0x1000, 32
_REG = Rocker.Register
_RING_REG = Rocker.RingRegister


class RockerError(ProtocolError):
    """The device completed a descriptor with an error."""

    def __init__(self, what: str, error: int) -> None:
        self.error = error
        try:
            name = Rocker.ReturnCode(error).name
        except ValueError:
            name = str(error)
        super().__init__(f"rocker {what} failed: {name} ({error})")


@dataclass
class Ring:
    """A descriptor ring the driver owns: where it is, its buffers, and the driver's head."""

    index: int
    base: int
    size: int
    buffers: int
    buf_size: int
    head: int = 0
    consumed: int = 0  # next slot the driver has not read back (event and Rx rings)

    def descriptor_addr(self, n: int) -> int:
        return self.base + build.DESCRIPTOR_SIZE * n

    def buffer_addr(self, n: int) -> int:
        return self.buffers + self.buf_size * n


@dataclass(frozen=True)
class Event:
    """One event the device posted: its descriptor and its parsed buffer."""

    descriptor: RockerDesc.Descriptor
    buffer: RockerEvent
    raw: bytes


class RockerDriver:
    """Drive a ``-device rocker`` through qtest (x86 config cycles and MMIO)."""

    def __init__(self, client, *, bar0: int = 0xC0000000, memory: int = 0x100000, location=None) -> None:
        self.client = client
        self.pci = find(client, *PCI_ID) if location is None else PciFunction(client, *location)
        self.location = (self.pci.bus, self.pci.device, self.pci.function)
        if self.pci.bar_info(0).size != BAR0_SIZE:
            raise ProtocolError("Rocker BAR0 is not 8 KiB")
        self.pci.map_bar(0, bar0)
        self.pci.enable(memory=True, bus_master=True)
        self.bar0 = bar0
        self._next_memory = memory
        self.rings: dict[int, Ring] = {}

    # -- registers ---------------------------------------------------------

    def read32(self, offset: int) -> int:
        return self.client.mmio_read(self.bar0 + offset, 4)

    def write32(self, offset: int, value: int) -> None:
        self.client.mmio_write(self.bar0 + offset, 4, value)

    def read64(self, offset: int) -> int:
        """A 64-bit register as two 32-bit reads, low half first."""
        return self.read32(offset) | self.read32(offset + 4) << 32

    def write64(self, offset: int, value: int) -> None:
        """A 64-bit register as two 32-bit writes, low half first (the high write commits)."""
        self.write32(offset, value & 0xFFFFFFFF)
        self.write32(offset + 4, value >> 32)

    def register_dump(self) -> bytes:
        """BAR0 read one 32-bit word at a time (parse with the ``rocker`` spec)."""
        return b"".join(self.read32(o).to_bytes(4, "little") for o in range(0, BAR0_SIZE, 4))

    def registers(self) -> Rocker:
        return parse(Rocker, self.register_dump())

    @property
    def port_count(self) -> int:
        return self.read32(_REG.port_phys_count)

    @property
    def switch_id(self) -> int:
        return self.read64(_REG.switch_id)

    def enable_ports(self, bitmap: int) -> None:
        """Write PORT_PHYS_ENABLE (bit n enables port n)."""
        self.write64(_REG.port_phys_enable, bitmap)

    def link_status(self) -> int:
        return self.read64(_REG.port_phys_link_status)

    # -- rings -------------------------------------------------------------

    def _alloc(self, size: int) -> int:
        addr = build.align8(self._next_memory)
        self._next_memory = addr + size
        return addr

    def ring_register(self, ring: int, reg: int) -> int:
        return _RING_BASE + _RING_STRIDE * ring + int(reg)

    def setup_ring(self, index: int, size: int = 8, buf_size: int = 512) -> Ring:
        """Give ring ``index`` ``size`` descriptors and a ``buf_size``-byte buffer for each."""
        if size < 2 or size > 0x10000 or size & (size - 1):
            raise UsageError("a ring has a power-of-two size from 2 to 65536")
        ring = Ring(index, self._alloc(size * build.DESCRIPTOR_SIZE), size, self._alloc(size * buf_size), buf_size)
        self.client.mem_write(ring.base, bytes(size * build.DESCRIPTOR_SIZE))
        self.write64(self.ring_register(index, _RING_REG.base_addr), ring.base)
        self.write32(self.ring_register(index, _RING_REG.size), size)
        if self.read32(self.ring_register(index, _RING_REG.size)) != size:
            raise ProtocolError(f"ring {index} did not take size {size}")
        self.rings[index] = ring
        return ring

    def tail(self, ring: Ring) -> int:
        return self.read32(self.ring_register(ring.index, _RING_REG.tail))

    def credits(self, ring: Ring) -> int:
        return self.read32(self.ring_register(ring.index, _RING_REG.credits))

    def return_credits(self, ring: Ring, count: int) -> None:
        self.write32(self.ring_register(ring.index, _RING_REG.credits), count)

    def post(self, ring: Ring, buffer: bytes, *, cookie: int = 0, tlv_size: int | None = None) -> int:
        """Put ``buffer`` and a descriptor at the ring's head and move HEAD; the slot used."""
        if len(buffer) > ring.buf_size:
            raise UsageError(f"a {len(buffer)}-byte buffer does not fit the ring's {ring.buf_size}-byte buffers")
        slot = ring.head
        addr = ring.buffer_addr(slot)
        self.client.mem_write(addr, buffer + bytes(ring.buf_size - len(buffer)))
        size = len(buffer) if tlv_size is None else tlv_size
        self.client.mem_write(ring.descriptor_addr(slot), build.descriptor(addr, ring.buf_size, size, cookie))
        ring.head = (slot + 1) % ring.size
        self.write32(self.ring_register(ring.index, _RING_REG.head), ring.head)
        return slot

    def descriptor(self, ring: Ring, slot: int) -> RockerDesc.Descriptor:
        raw = self.client.mem_read(ring.descriptor_addr(slot), build.DESCRIPTOR_SIZE)
        return parse(RockerDesc, raw).descriptors[0]

    def completed(self, ring: Ring, slot: int) -> tuple[RockerDesc.Descriptor, bytes]:
        """The descriptor in ``slot`` and the TLVs of its buffer, once the device completed it."""
        desc = self.descriptor(ring, slot)
        if not desc.comp_err.done:
            raise ProtocolError(f"ring {ring.index} slot {slot} is not completed")
        if desc.len_tlvs > desc.len_buf:
            raise FormatError("completed descriptor has more TLVs than buffer", structure="rocker_desc::descriptor",
                              field="len_tlvs", expected=f"at most {desc.len_buf}")
        return desc, self.client.mem_read(desc.buf_addr, desc.len_tlvs)

    # -- commands ----------------------------------------------------------

    def command(self, buffer: bytes, *, cookie: int = 1) -> tuple[RockerDesc.Descriptor, bytes]:
        """Run one command on the command ring; its completed descriptor and answer buffer."""
        ring = self.rings.get(Rocker.Ring.cmd) or self.setup_ring(Rocker.Ring.cmd)
        slot = self.post(ring, buffer, cookie=cookie)
        if self.tail(ring) != ring.head:
            raise ProtocolError("the device did not consume the command")
        desc, answer = self.completed(ring, slot)
        self.return_credits(ring, 1)
        if desc.cookie_lo | desc.cookie_hi << 32 != cookie:
            raise ProtocolError("the completion carries another cookie")
        if int(desc.comp_err.error) != 0:
            raise RockerError("command", int(desc.comp_err.error))
        return desc, answer

    def get_port_settings(self, pport: int) -> build.PortSettings:
        """GET_PORT_SETTINGS, parsed from the CMD_INFO nest the device writes back."""
        if not 1 <= pport <= self.port_count:
            raise UsageError(f"port {pport} is not one of the switch's {self.port_count} ports")
        _, answer = self.command(build.get_port_settings(pport))
        parsed = parse(RockerCmd, answer)
        infos = [t for t in parsed.tlvs if t.tlv_type == RockerCmd.CmdAttr.info]
        if len(infos) != 1:
            raise FormatError("GET_PORT_SETTINGS answer has no single CMD_INFO", structure="rocker_cmd")
        values = {setting.tlv_type: setting.value for setting in infos[0].value.port_settings}
        S = RockerCmd.PortSetting
        try:
            return build.PortSettings(
                pport=values[S.pport].value, speed=values[S.speed].value, duplex=bool(values[S.duplex].value),
                autoneg=bool(values[S.autoneg].value), macaddr=values[S.macaddr].octets.hex(":"),
                mode=values[S.mode].value, learning=bool(values[S.learning].value),
                phys_name=values[S.phys_name].value)
        except KeyError as exc:
            raise FormatError(f"GET_PORT_SETTINGS answer lacks {exc.args[0]!r}", structure="rocker_cmd::cmd_info") from None

    def set_port_settings(self, pport: int, **settings) -> None:
        """SET_PORT_SETTINGS (see :func:`qemuspec.net.rocker_build.set_port_settings`)."""
        self.command(build.set_port_settings(pport, **settings))

    # -- events ------------------------------------------------------------

    def setup_event_ring(self, size: int = 16, buf_size: int = 256) -> Ring:
        """An event ring with every descriptor but one posted with an empty buffer."""
        ring = self.setup_ring(Rocker.Ring.event, size, buf_size)
        for _ in range(size - 1):
            slot = ring.head
            addr = ring.buffer_addr(slot)
            self.client.mem_write(ring.descriptor_addr(slot), build.descriptor(addr, buf_size, 0, cookie=slot))
            ring.head = (slot + 1) % size
        self.write32(self.ring_register(ring.index, _RING_REG.head), ring.head)
        return ring

    def events(self) -> list[Event]:
        """Events the device posted since the last call."""
        ring = self.rings[Rocker.Ring.event]
        tail = self.tail(ring)
        out = []
        while ring.consumed != tail:
            desc, raw = self.completed(ring, ring.consumed)
            if int(desc.comp_err.error) != 0:
                raise RockerError("event", int(desc.comp_err.error))
            out.append(Event(desc, parse(RockerEvent, raw), raw))
            ring.consumed = (ring.consumed + 1) % ring.size
        if out:
            self.return_credits(ring, len(out))
        return out
