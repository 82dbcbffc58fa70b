"""Build Rocker descriptors and TLV buffers with the generated writers.

TLVs are assembled bottom-up: :func:`tlv` frames a raw value (the
``rocker::tlv`` layout: type, length including the 8-byte header, padding
to 8 bytes), :func:`nest` frames already built TLVs, and the value helpers
encode numbers little-endian (:func:`le`), in network order (:func:`be`) or
as MAC addresses. :func:`command`, :func:`get_port_settings` and friends
give whole command buffers; :func:`descriptor` the 32-byte descriptor that
points at one.

>>> get_port_settings(1).hex()
'010000000a00000001000000000000000200000018000000010000000c0000000100000000000000'
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from ..errors import UsageError
from ..formats.rocker import Rocker
from ..formats.rocker_cmd import RockerCmd
from ..formats.rocker_desc import RockerDesc
from ..specs import serialize

__all__ = [
    "tlv", "nest", "le", "be", "mac", "CmdType", "PortSetting", "OfDpaAttr",
    "command", "get_port_settings", "set_port_settings", "of_dpa_command",
    "descriptor", "tx_buffer", "rx_buffer", "PortSettings", "DESCRIPTOR_SIZE", "align8",
]

CmdType = RockerCmd.CmdType
PortSetting = RockerCmd.PortSetting
OfDpaAttr = RockerCmd.OfDpaAttr
CmdAttr = RockerCmd.CmdAttr
DESCRIPTOR_SIZE = 32
_HEADER = 8


def align8(n: int) -> int:
    return (n + 7) // 8 * 8


def tlv(tlv_type: int, value: bytes) -> bytes:
    """One TLV: header, ``value``, zero padding to 8 bytes."""
    if not 0 <= tlv_type < 1 << 32:
        raise UsageError(f"TLV type {tlv_type} does not fit 32 bits")
    if len(value) + _HEADER > 0xFFFF:
        raise UsageError(f"a TLV value of {len(value)} bytes does not fit the 16-bit length")
    obj = Rocker.Tlv()
    obj.tlv_type, obj.len_tlv, obj.reserved = int(tlv_type), _HEADER + len(value), 0
    obj.value, obj.padding = bytes(value), bytes(align8(len(value)) - len(value))
    return serialize(obj, _HEADER + align8(len(value)))


def nest(tlv_type: int, tlvs: Iterable[bytes]) -> bytes:
    """A nest: a TLV whose value is other (already built) TLVs."""
    return tlv(tlv_type, b"".join(tlvs))


def le(value: int, width: int) -> bytes:
    """A little-endian number of ``width`` bytes (1, 2, 4 or 8)."""
    if width not in (1, 2, 4, 8) or not 0 <= value < 1 << 8 * width:
        raise UsageError(f"{value!r} does not fit {width} bytes")
    obj = Rocker.LeUint()
    obj.length_check = b""
    obj.low = value & 0xFFFFFFFF
    if width == 8:
        obj.high = value >> 32
    return serialize(obj, width)


def be(value: int, width: int) -> bytes:
    """A network-order number of ``width`` bytes (1, 2 or 4), marked (N) in the spec."""
    if width not in (1, 2, 4) or not 0 <= value < 1 << 8 * width:
        raise UsageError(f"{value!r} does not fit {width} bytes")
    obj = Rocker.BeUint()
    obj.value = value
    return serialize(obj, width)


def mac(address: str | bytes) -> bytes:
    """A MAC address value from ``52:54:00:12:34:56`` or 6 bytes."""
    raw = bytes.fromhex(address.replace(":", "")) if isinstance(address, str) else bytes(address)
    if len(raw) != 6:
        raise UsageError(f"{address!r} is not a MAC address")
    obj = Rocker.MacAddress()
    obj.octets = raw
    return serialize(obj, 6)


def command(cmd_type: int, info: Iterable[bytes]) -> bytes:
    """A command buffer: CMD_TYPE (16 bits) then a CMD_INFO nest of ``info`` TLVs."""
    return tlv(CmdAttr.type, le(int(cmd_type), 2)) + nest(CmdAttr.info, info)


def get_port_settings(pport: int) -> bytes:
    """GET_PORT_SETTINGS for physical port ``pport``."""
    return command(CmdType.get_port_settings, [tlv(PortSetting.pport, le(pport, 4))])


def set_port_settings(pport: int, *, speed: int | None = None, duplex: bool | None = None,
                      autoneg: bool | None = None, macaddr: str | bytes | None = None,
                      mode: int | None = None, learning: bool | None = None) -> bytes:
    """SET_PORT_SETTINGS; QEMU applies speed/duplex/autoneg only when all three are given."""
    info = [tlv(PortSetting.pport, le(pport, 4))]
    if speed is not None:
        info.append(tlv(PortSetting.speed, le(speed, 4)))
    if duplex is not None:
        info.append(tlv(PortSetting.duplex, le(int(duplex), 1)))
    if autoneg is not None:
        info.append(tlv(PortSetting.autoneg, le(int(autoneg), 1)))
    if macaddr is not None:
        info.append(tlv(PortSetting.macaddr, mac(macaddr)))
    if mode is not None:
        info.append(tlv(PortSetting.mode, le(mode, 1)))
    if learning is not None:
        info.append(tlv(PortSetting.learning, le(int(learning), 1)))
    return command(CmdType.set_port_settings, info)


def of_dpa_command(cmd_type: int, attrs: Iterable[tuple[int, bytes]]) -> bytes:
    """An OF-DPA flow or group command from ``(attribute, encoded value)`` pairs."""
    return command(cmd_type, [tlv(attr, value) for attr, value in attrs])


def descriptor(buf_addr: int, buf_size: int, tlv_size: int, cookie: int = 0) -> bytes:
    """A 32-byte descriptor as the driver posts it (completion word clear)."""
    if not 0 <= tlv_size <= buf_size <= 0xFFFF:
        raise UsageError(f"TLV size {tlv_size} and buffer size {buf_size} must satisfy 0 <= tlv <= buf < 64 KiB")
    if buf_addr % 8 or not 0 <= buf_addr < 1 << 64 or not 0 <= cookie < 1 << 63:
        raise UsageError("the buffer must be 8-byte aligned; the cookie's top bit is reserved")
    ring = RockerDesc()
    desc = RockerDesc.Descriptor(None, ring, ring)
    desc.buf_addr_lo, desc.buf_addr_hi = buf_addr & 0xFFFFFFFF, buf_addr >> 32
    desc.cookie_lo, desc.cookie_hi = cookie & 0xFFFFFFFF, cookie >> 32
    desc.len_buf, desc.len_tlvs, desc.reserved = buf_size, tlv_size, bytes(10)
    comp = RockerDesc.Completion(None, desc, ring)
    comp.error, comp.done = 0, False
    desc.comp_err = comp
    ring.descriptors = [desc]
    return serialize(ring, DESCRIPTOR_SIZE)


def tx_buffer(frags: Iterable[tuple[int, int]], *, offload: int | None = None) -> bytes:
    """A Tx buffer: optional TX_OFFLOAD, then TX_FRAGS with one (address, length) nest per fragment."""
    out = b"" if offload is None else tlv(1, le(offload, 1))
    frag_tlvs = [nest(1, [tlv(1, le(addr, 8)), tlv(2, le(length, 2))]) for addr, length in frags]
    return out + nest(5, frag_tlvs)


def rx_buffer(frag_addr: int, frag_max_len: int) -> bytes:
    """An Rx buffer as the driver posts it: where a received packet may go."""
    return tlv(3, le(frag_addr, 8)) + tlv(4, le(frag_max_len, 2))


@dataclass(frozen=True)
class PortSettings:
    """What GET_PORT_SETTINGS answers for one port."""

    pport: int
    speed: int
    duplex: bool
    autoneg: bool
    macaddr: str
    mode: int
    learning: bool
    phys_name: str
