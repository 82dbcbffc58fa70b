"""Payloads of vhost-user messages: decode (with size checks) and encode.

The small fixed payloads that every queue operation uses (u64, vring state,
vring file, vring address) go through :mod:`struct` formats that a test
checks against the generated parser; the others (memory tables, regions,
log, configuration space, in-flight buffer, ...) are read and written with
the generated classes of ``ksy/vhost_user.ksy``.

Every decoder raises :class:`PayloadError` (a ProtocolError) when the
payload's size or contents do not fit the request.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...errors import FormatError, ProtocolError
from ...formats.vhost_user import VhostUser
from ...specs import parse, serialize
from .layout import (CONFIG_HEADER, DEVICE_STATE_NO_FD, INFLIGHT_DESCRIPTION_SIZE, LOG_DESCRIPTION,
                     MAX_CONFIG_SIZE, MAX_TABLE_REGIONS, MEMORY_REGION, MEMORY_TABLE_HEADER,
                     SINGLE_REGION_SIZE, U64, VRING_ADDR, VRING_ADDR_F_LOG, VRING_FILE_INDEX_MASK,
                     VRING_FILE_NO_FD, VRING_STATE)

__all__ = [
    "PayloadError", "RegionDescription", "VringAddress", "ConfigWindow", "LogDescription",
    "InflightDescription",
    "u64", "pack_u64", "vring_state", "pack_vring_state", "vring_file", "pack_vring_file",
    "vring_address", "pack_vring_address", "memory_table", "pack_memory_table", "single_region",
    "pack_single_region", "log_description", "pack_log_description", "config_window",
    "pack_config_window", "inflight_description", "pack_inflight_description",
    "device_state_transfer", "pack_device_state_result",
]


class PayloadError(ProtocolError):
    """A payload does not have the size or contents its request needs."""


def _expect_size(payload: bytes, size: int, what: str) -> None:
    if len(payload) != size:
        raise PayloadError(f"{what} payload has {len(payload)} bytes, expected {size}")


# --- numbers and vring messages (struct, checked against the spec by a test) --------

def u64(payload: bytes) -> int:
    _expect_size(payload, U64.size, "u64")
    return U64.unpack(payload)[0]


def pack_u64(value: int) -> bytes:
    return U64.pack(value & 0xFFFFFFFFFFFFFFFF)


def vring_state(payload: bytes) -> tuple[int, int]:
    """(index, num) of a vring state description."""
    _expect_size(payload, VRING_STATE.size, "vring state")
    return VRING_STATE.unpack(payload)


def pack_vring_state(index: int, num: int) -> bytes:
    return VRING_STATE.pack(index, num)


def vring_file(payload: bytes) -> tuple[int, bool]:
    """(queue index, no_fd) of SET_VRING_KICK/CALL/ERR."""
    value = u64(payload)
    return value & VRING_FILE_INDEX_MASK, bool(value & VRING_FILE_NO_FD)


def pack_vring_file(index: int, no_fd: bool = False) -> bytes:
    return pack_u64((index & VRING_FILE_INDEX_MASK) | (VRING_FILE_NO_FD if no_fd else 0))


@dataclass(frozen=True, slots=True)
class VringAddress:
    """SET_VRING_ADDR: where a queue's parts are (user addresses) and its log address."""

    index: int
    flags: int
    desc: int
    used: int
    avail: int
    log: int = 0

    @property
    def log_enabled(self) -> bool:
        return bool(self.flags & VRING_ADDR_F_LOG)


def vring_address(payload: bytes) -> VringAddress:
    _expect_size(payload, VRING_ADDR.size, "vring address")
    return VringAddress(*VRING_ADDR.unpack(payload))


def pack_vring_address(addr: VringAddress) -> bytes:
    return VRING_ADDR.pack(addr.index, addr.flags, addr.desc, addr.used, addr.avail, addr.log)


# --- memory regions (generated classes) -------------------------------------------------------

@dataclass(frozen=True, slots=True)
class RegionDescription:
    """One memory region: guest-physical address, size, user address, offset in its fd."""

    guest_addr: int
    size: int
    user_addr: int
    mmap_offset: int = 0


def _parse(cls, payload: bytes, what: str):
    try:
        return parse(cls, payload)
    except FormatError as exc:
        raise PayloadError(f"{what}: {exc}") from exc


def _region(obj) -> RegionDescription:
    return RegionDescription(obj.guest_addr, obj.len_region, obj.user_addr, obj.mmap_offset)


def memory_table(payload: bytes) -> list[RegionDescription]:
    """SET_MEM_TABLE: at most 8 regions of 32 bytes after an 8-byte header."""
    if len(payload) < MEMORY_TABLE_HEADER.size:
        raise PayloadError(f"memory table payload has {len(payload)} bytes, expected at least 8")
    count = MEMORY_TABLE_HEADER.unpack_from(payload)[0]
    if count > MAX_TABLE_REGIONS:
        raise PayloadError(f"memory table lists {count} regions, at most {MAX_TABLE_REGIONS}")
    _expect_size(payload, MEMORY_TABLE_HEADER.size + MEMORY_REGION.size * count, "memory table")
    table = _parse(VhostUser.MemoryTable, payload, "memory table")
    return [_region(r) for r in table.regions]


def _region_obj(region: RegionDescription, parent, root) -> VhostUser.MemoryRegion:
    obj = VhostUser.MemoryRegion(None, parent, root)
    obj.guest_addr, obj.len_region = region.guest_addr, region.size
    obj.user_addr, obj.mmap_offset = region.user_addr, region.mmap_offset
    return obj


def pack_memory_table(regions: list[RegionDescription]) -> bytes:
    if len(regions) > MAX_TABLE_REGIONS:
        raise ProtocolError(f"a memory table holds at most {MAX_TABLE_REGIONS} regions")
    table = VhostUser.MemoryTable(None, None, None)
    table.num_regions, table.padding = len(regions), 0
    table.regions = [_region_obj(r, table, table._root) for r in regions]
    return serialize(table, MEMORY_TABLE_HEADER.size + MEMORY_REGION.size * len(regions))


def single_region(payload: bytes) -> RegionDescription:
    """ADD_MEM_REG / REM_MEM_REG: 8 bytes of padding, then one region."""
    _expect_size(payload, SINGLE_REGION_SIZE, "single memory region")
    return _region(_parse(VhostUser.SingleMemoryRegion, payload, "memory region").region)


def pack_single_region(region: RegionDescription) -> bytes:
    obj = VhostUser.SingleMemoryRegion(None, None, None)
    obj.padding = 0
    obj.region = _region_obj(region, obj, obj._root)
    return serialize(obj, SINGLE_REGION_SIZE)


# --- log, config, in-flight, device state (generated classes) ------------------------------

@dataclass(frozen=True, slots=True)
class LogDescription:
    size: int
    offset: int


def log_description(payload: bytes) -> LogDescription:
    _expect_size(payload, LOG_DESCRIPTION.size, "log description")
    log = _parse(VhostUser.LogDescription, payload, "log description")
    return LogDescription(log.log_size, log.log_offset)


def pack_log_description(size: int, offset: int = 0) -> bytes:
    obj = VhostUser.LogDescription(None, None, None)
    obj.log_size, obj.log_offset = size, offset
    return serialize(obj, LOG_DESCRIPTION.size)


@dataclass(frozen=True, slots=True)
class ConfigWindow:
    """GET/SET_CONFIG: ``size`` bytes at ``offset`` of the configuration space."""

    offset: int
    size: int
    flags: int
    data: bytes


def config_window(payload: bytes) -> ConfigWindow:
    """A config space payload whose byte count agrees with its size field (at most 256)."""
    if len(payload) < CONFIG_HEADER.size:
        raise PayloadError(f"config payload has {len(payload)} bytes, expected at least {CONFIG_HEADER.size}")
    cfg = _parse(VhostUser.ConfigSpace, payload, "config space")
    if cfg.len_config > MAX_CONFIG_SIZE:
        raise PayloadError(f"config window of {cfg.len_config} bytes, at most {MAX_CONFIG_SIZE}")
    if len(cfg.contents) != cfg.len_config:
        raise PayloadError(f"config window says {cfg.len_config} bytes but carries {len(cfg.contents)}")
    flags = cfg.flags.value if hasattr(cfg.flags, "value") else int(cfg.flags)
    return ConfigWindow(cfg.ofs_config, cfg.len_config, flags, bytes(cfg.contents))


def pack_config_window(offset: int, data: bytes, flags: int = 0) -> bytes:
    obj = VhostUser.ConfigSpace(None, None, None)
    obj.ofs_config, obj.len_config = offset, len(data)
    obj.flags = VhostUser.ConfigFlags(flags) if flags in (0, 1) else flags
    obj.contents = bytes(data)
    return serialize(obj, CONFIG_HEADER.size + len(data))


@dataclass(frozen=True, slots=True)
class InflightDescription:
    mmap_size: int
    mmap_offset: int
    num_queues: int
    queue_size: int


def inflight_description(payload: bytes) -> InflightDescription:
    _expect_size(payload, INFLIGHT_DESCRIPTION_SIZE, "inflight description")
    obj = _parse(VhostUser.InflightDescription, payload, "inflight description")
    return InflightDescription(obj.mmap_size, obj.mmap_offset, obj.num_queues, obj.queue_size)


def pack_inflight_description(desc: InflightDescription) -> bytes:
    obj = VhostUser.InflightDescription(None, None, None)
    obj.mmap_size, obj.mmap_offset = desc.mmap_size, desc.mmap_offset
    obj.num_queues, obj.queue_size = desc.num_queues, desc.queue_size
    obj.padding = bytes(INFLIGHT_DESCRIPTION_SIZE - 20)
    return serialize(obj, INFLIGHT_DESCRIPTION_SIZE)


def device_state_transfer(payload: bytes) -> tuple[int, int]:
    """(direction, phase) of SET_DEVICE_STATE_FD."""
    _expect_size(payload, 8, "device state transfer")
    obj = _parse(VhostUser.DeviceStateTransfer, payload, "device state transfer")
    value = lambda e: e.value if hasattr(e, "value") else int(e)  # noqa: E731
    return value(obj.direction), value(obj.phase)


def pack_device_state_result(error: int, no_fd: bool = True) -> bytes:
    return pack_u64((error & 0xFF) | (DEVICE_STATE_NO_FD if no_fd else 0))
