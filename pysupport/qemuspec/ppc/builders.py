"""Build sPAPR device tree properties and hotplug events with the generated writers.

Every function returns the bytes QEMU would put in the device tree (or in
the guest's check-exception buffer); the layouts come from ``ksy/spapr*.ksy``
through the read-write classes in :mod:`qemuspec.formats`.

>>> drc_indexes([0x80000004, 0x80000005]).hex()
'000000028000000480000005'
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from ..errors import UsageError
from ..formats.spapr import Spapr
from ..formats.spapr_associativity_lookup_arrays import SpaprAssociativityLookupArrays
from ..formats.spapr_drc_indexes import SpaprDrcIndexes
from ..formats.spapr_drc_names import SpaprDrcNames
from ..formats.spapr_drc_power_domains import SpaprDrcPowerDomains
from ..formats.spapr_drc_types import SpaprDrcTypes
from ..formats.spapr_dynamic_memory import SpaprDynamicMemory
from ..formats.spapr_dynamic_memory_v2 import SpaprDynamicMemoryV2
from ..formats.spapr_lrdr_capacity import SpaprLrdrCapacity
from ..formats.spapr_rtas_args import SpaprRtasArgs
from ..formats.spapr_rtas_event_log import SpaprRtasEventLog as Log
from ..specs import serialize
from .drc import split_index

__all__ = [
    "drc_indexes", "drc_names", "drc_types", "drc_power_domains", "drc_arrays",
    "lrdr_capacity", "Lmb", "LmbSet", "dynamic_memory", "dynamic_memory_v2",
    "associativity_lookup_arrays", "hotplug_section", "hotplug_event", "rtas_args",
    "LIVE_INSERTION",
]

LIVE_INSERTION = -1  # the power domain QEMU gives every connector
_U32 = 1 << 32
_HP_SECTION_LEN = 20  # QEMU's hotplug section: 8-byte header, 4 bytes, an 8-byte union


def _u32(value: int, what: str) -> int:
    if not 0 <= value < _U32:
        raise UsageError(f"{what} {value!r} does not fit 32 bits")
    return value


def _drc_index(value: int, parent, root) -> Spapr.DrcIndex:
    try:
        drc_type, drc_id = split_index(value)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    index = Spapr.DrcIndex(None, parent, root)
    index.drc_type, index.id = drc_type, drc_id
    return index


def _split64(value: int, what: str) -> tuple[int, int]:
    if not 0 <= value < 1 << 64:
        raise UsageError(f"{what} {value!r} does not fit 64 bits")
    return value >> 32, value & (_U32 - 1)


def _lmb_flags(parent, root, *, assigned: bool, drc_invalid: bool = False, reserved: bool = False,
               hot_removable: bool = False) -> Spapr.LmbFlags:
    flags = Spapr.LmbFlags(None, parent, root)
    flags.reserved_high = flags.unused_upper = flags.unused_lower = flags.reserved_bottom = 0
    flags.hot_removable, flags.reserved_lmb = hot_removable, reserved
    flags.drc_invalid, flags.assigned = drc_invalid, assigned
    return flags


def drc_indexes(indexes: Sequence[int]) -> bytes:
    """``ibm,drc-indexes``: a count, then the 32-bit indexes."""
    obj = SpaprDrcIndexes()
    obj.num_drc_indexes = len(indexes)
    obj.drc_indexes = [_drc_index(i, obj, obj) for i in indexes]
    return serialize(obj, 4 + 4 * len(indexes))


def _strings(cls, count_field: str, list_field: str, strings: Sequence[str], what: str) -> bytes:
    for s in strings:
        if "\0" in s or not s.isascii():
            raise UsageError(f"{what} {s!r} must be ASCII without NUL")
    obj = cls()
    setattr(obj, count_field, len(strings))
    setattr(obj, list_field, list(strings))
    return serialize(obj, 4 + sum(len(s) + 1 for s in strings))


def drc_names(names: Sequence[str]) -> bytes:
    """``ibm,drc-names``: a count, then NUL-terminated names."""
    return _strings(SpaprDrcNames, "num_names", "names", names, "DRC name")


def drc_types(types: Sequence[str]) -> bytes:
    """``ibm,drc-types``: a count, then NUL-terminated type strings."""
    return _strings(SpaprDrcTypes, "num_drc_types", "drc_types", types, "DRC type")


def drc_power_domains(domains: Sequence[int]) -> bytes:
    """``ibm,drc-power-domains``: a count, then signed 32-bit domains (-1: live insertion)."""
    for d in domains:
        if not -(1 << 31) <= d < 1 << 31:
            raise UsageError(f"power domain {d!r} does not fit a signed 32-bit number")
    obj = SpaprDrcPowerDomains()
    obj.num_power_domains = len(domains)
    obj.power_domains = list(domains)
    return serialize(obj, 4 + 4 * len(domains))


def drc_arrays(connectors: Sequence[tuple[int, str, str, int]]) -> dict[str, bytes]:
    """The four parallel properties for ``(index, name, type string, power domain)`` records."""
    return {
        "ibm,drc-indexes": drc_indexes([c[0] for c in connectors]),
        "ibm,drc-names": drc_names([c[1] for c in connectors]),
        "ibm,drc-types": drc_types([c[2] for c in connectors]),
        "ibm,drc-power-domains": drc_power_domains([c[3] for c in connectors]),
    }


def lrdr_capacity(max_address: int, lmb_size: int, max_cpus: int) -> bytes:
    """``ibm,lrdr-capacity``: highest address, hotplug increment, most processors."""
    obj = SpaprLrdrCapacity()
    obj.max_address_hi, obj.max_address_lo = _split64(max_address, "max address")
    obj.lmb_size_hi, obj.lmb_size_lo = _split64(lmb_size, "LMB size")
    obj.max_cpus = _u32(max_cpus, "max cpus")
    return serialize(obj, 20)


@dataclass(frozen=True)
class Lmb:
    """One ``ibm,dynamic-memory`` entry."""

    address: int
    drc_index: int
    associativity_index: int
    assigned: bool
    drc_invalid: bool = False
    reserved: bool = False
    hot_removable: bool = False


@dataclass(frozen=True)
class LmbSet:
    """One ``ibm,dynamic-memory-v2`` entry: ``count`` LMBs from ``address`` / ``drc_index`` on."""

    count: int
    address: int
    drc_index: int
    associativity_index: int
    assigned: bool
    drc_invalid: bool = False
    reserved: bool = False
    hot_removable: bool = False


def _flags_of(entry, parent, root) -> Spapr.LmbFlags:
    return _lmb_flags(parent, root, assigned=entry.assigned, drc_invalid=entry.drc_invalid,
                      reserved=entry.reserved, hot_removable=entry.hot_removable)


def dynamic_memory(lmbs: Sequence[Lmb]) -> bytes:
    """``ibm,dynamic-memory`` (version 1): a count, then 24 bytes per LMB."""
    obj = SpaprDynamicMemory()
    obj.num_lmbs = len(lmbs)
    obj.lmbs = []
    for lmb in lmbs:
        entry = SpaprDynamicMemory.Lmb(None, obj, obj)
        entry.address_hi, entry.address_lo = _split64(lmb.address, "LMB address")
        entry.drc_index = _drc_index(lmb.drc_index, entry, obj)
        entry.reserved = 0
        entry.associativity_index = _u32(lmb.associativity_index, "associativity index")
        entry.flags = _flags_of(lmb, entry, obj)
        obj.lmbs.append(entry)
    return serialize(obj, 4 + 24 * len(lmbs))


def dynamic_memory_v2(sets: Sequence[LmbSet]) -> bytes:
    """``ibm,dynamic-memory-v2``: a count, then 24 bytes per run of LMBs."""
    obj = SpaprDynamicMemoryV2()
    obj.num_sets = len(sets)
    obj.sets = []
    for lmb_set in sets:
        entry = SpaprDynamicMemoryV2.LmbSet(None, obj, obj)
        entry.num_lmbs = _u32(lmb_set.count, "LMB count")
        entry.address_hi, entry.address_lo = _split64(lmb_set.address, "LMB address")
        entry.drc_index = _drc_index(lmb_set.drc_index, entry, obj)
        entry.associativity_index = _u32(lmb_set.associativity_index, "associativity index")
        entry.flags = _flags_of(lmb_set, entry, obj)
        obj.sets.append(entry)
    return serialize(obj, 4 + 24 * len(sets))


def associativity_lookup_arrays(lists: Sequence[Sequence[int]]) -> bytes:
    """``ibm,associativity-lookup-arrays``: M, N, then M lists of N 32-bit domains."""
    width = len(lists[0]) if lists else 0
    if any(len(lst) != width for lst in lists):
        raise UsageError("every associativity list must have the same length")
    obj = SpaprAssociativityLookupArrays()
    obj.num_lists, obj.len_list = len(lists), width
    obj.lists = []
    for lst in lists:
        entry = SpaprAssociativityLookupArrays.AssociativityList(None, obj, obj)
        entry.domains = [_u32(d, "associativity domain") for d in lst]
        obj.lists.append(entry)
    return serialize(obj, 8 + 4 * width * len(lists))


def _hotplug_body(section: Log.Section, root, hotplug_type: int, action: int, *, index: int | None,
                  count: int | None, name: str | None) -> Log.Hotplug:
    body = Log.Hotplug(None, section, root)
    body.hotplug_type, body.action, body.capabilities = Spapr.HotplugType(hotplug_type), Spapr.HotplugAction(action), 0
    ids = Spapr.HotplugIdentifier
    if name is not None:
        if index is not None or count is not None or "\0" in name or not name.isascii():
            raise UsageError("a DRC name (ASCII, no NUL) identifies the resource on its own")
        body.identifier = ids.drc_name
        body.drc = Log.DrcName(None, body, root)
        body.drc.name = name
    elif index is not None and count is not None:
        body.identifier = ids.drc_count_indexed
        body.drc = Log.DrcCountIndexed(None, body, root)
        body.drc.count = _u32(count, "count")
        body.drc.index = _drc_index(index, body.drc, root)
    elif index is not None:
        body.identifier = ids.drc_index
        body.drc = _drc_index(index, body, root)
    elif count is not None:
        body.identifier = ids.drc_count
        body.drc = Log.DrcCount(None, body, root)
        body.drc.count = _u32(count, "count")
    else:
        raise UsageError("give a DRC index, a count, both, or a DRC name")
    return body


def _section(root, section_id, body_len: int, version: int = 0) -> Log.Section:
    section = Log.Section(None, root.extended_log, root)
    section.section_id, section.len_section, section.version = section_id, 8 + body_len, version
    section.subtype = section.creator_component_id = 0
    return section


def hotplug_section(hotplug_type: int, action: int, *, index: int | None = None, count: int | None = None,
                    name: str | None = None) -> bytes:
    """The "HP" section alone (20 bytes as QEMU writes it; longer with a DRC name)."""
    return hotplug_event(hotplug_type, action, index=index, count=count, name=name)[-_section_length(name):]


def _section_length(name: str | None) -> int:
    return _HP_SECTION_LEN + (len(name) if name is not None else 0)


def hotplug_event(hotplug_type: int, action: int, *, index: int | None = None, count: int | None = None,
                  name: str | None = None, creation_date: int = 0, creation_time: int = 0,
                  plid: int = 0) -> bytes:
    """A whole check-exception event log as QEMU builds one for a hotplug request.

    The header says version 6, severity event, not recovered, extended log
    present, initiator hotplug, type hotplug (0xe5); the extended log holds
    Main-A (``creation_date``/``creation_time`` in BCD, ``plid``), Main-B and
    the hotplug section. The resource is named by ``index``, ``count``, both
    (count-indexed, the modern format) or ``name``.
    """
    root = Log()
    summary = Log.Summary(None, root, root)
    summary.version, summary.severity, summary.disposition = 6, Log.Severity.event, Log.Disposition.not_recovered
    summary.optional_part_present, summary.reserved = True, 0
    summary.initiator, summary.target, summary.log_type = Log.Initiator.hotplug, Log.Initiator.unknown, Log.LogType.hotplug
    root.summary = summary

    ext = Log.ExtendedLog(None, root, root)
    root.extended_log = ext
    flags = Log.ExtendedLogFlags(None, ext, root)
    flags.valid = flags.new_log = flags.big_endian = True
    flags.unrecoverable_error = flags.recoverable_error = flags.degraded_operation = False
    flags.predictive_error = flags.reserved = False
    ext.flags, ext.reserved1 = flags, 0
    ext.powerpc_format, ext.reserved2, ext.log_format = True, 0, 0xE
    ext.reserved3, ext.company = bytes(9), "IBM"

    main_a = _section(root, Log.SectionId.main_a, 40)
    a = Log.MainA(None, main_a, root)
    a.creation_date, a.creation_time = _u32(creation_date, "date"), _u32(creation_time, "time")
    a.platform1, a.creator_id, a.reserved1, a.num_sections = bytes(8), "H", bytes(2), 3
    a.reserved2, a.platform2, a.plid, a.platform3 = bytes(4), bytes(8), _u32(plid, "plid"), bytes(4)
    main_a.body = a

    main_b = _section(root, Log.SectionId.main_b, 16)
    b = Log.MainB(None, main_b, root)
    b.subsystem_id, b.platform1, b.event_severity, b.event_subtype = 0x80, 0, 0, 0
    b.platform2, b.reserved1, b.action_flags, b.reserved2 = bytes(4), bytes(2), 0, bytes(4)
    main_b.body = b

    hp = _section(root, Log.SectionId.hotplug, _section_length(name) - 8, version=1)
    hp.body = _hotplug_body(hp, root, hotplug_type, action, index=index, count=count, name=name)

    ext.sections = [main_a, main_b, hp]
    root.len_extended_log = 16 + sum(s.len_section for s in ext.sections)
    return serialize(root, 8 + root.len_extended_log)


def rtas_args(token: int, args: Sequence[int], num_rets: int) -> bytes:
    """An RTAS parameter block (the H_RTAS argument) with room for ``num_rets`` return words."""
    obj = SpaprRtasArgs()
    obj.token = _u32(token, "token")
    obj.num_args, obj.num_rets = len(args), _u32(num_rets, "number of return values")
    obj.args = [_u32(a & (_U32 - 1) if a < 0 else a, "argument") for a in args]
    if num_rets > 0:
        obj.status = Spapr.RtasStatus.success
    if num_rets > 1:
        obj.rets = [0] * (num_rets - 1)
    return serialize(obj, 12 + 4 * (len(args) + num_rets))
