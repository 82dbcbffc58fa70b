"""sPAPR hotplug and hypercalls against a running qemu-system-ppc64 (pseries, TCG).

The guest firmware is qemuspec's hypercall agent; RTAS calls go through
qtest's ``rtas`` command and through H_RTAS made by the agent; devices are
hotplugged through QMP. What QEMU answers is parsed with our specs: sensor
and indicator states (9001/9002/9003), the event log check-exception
returns, the configure-connector work area, the device tree after
client-architecture-support (ibm,dynamic-memory and -v2), H_LOGICAL_MEMOP.
"""

from __future__ import annotations

import pytest

from qemuspec.errors import FormatError
from qemuspec.formats.spapr import Spapr
from qemuspec.formats.spapr_rtas_args import SpaprRtasArgs
from qemuspec.formats.spapr_rtas_event_log import SpaprRtasEventLog as Log
from qemuspec.ppc import DeviceTree, DrcType, all_connectors, connectors, make_index
from qemuspec.ppc import builders
from qemuspec.ppc.hcall import cas_vectors, ov5_bits
from qemuspec.ppc.pseries import PseriesGuest, dump_dtb
from qemuspec.ppc.rtas import RtasError
from qemuspec.specs import parse

MiB, GiB = 1 << 20, 1 << 30
LMB = 256 * MiB
MACHINE = ["-m", "1G,slots=4,maxmem=4G", "-smp", "1,maxcpus=4", "-rtc", "base=2024-05-06T07:08:09,clock=vm"]
POWER9 = (0xFFFF0000, 0x004E0000)
SENSE = Spapr.EntitySense
IND = Spapr.Indicator
EPOW_MASK, HOTPLUG_MASK = 1 << 31 - 1, 1 << 31 - 3   # event classes 1 (epow) and 3 (hot-plug)


@pytest.fixture
def guest(tmp_path):
    with PseriesGuest(MACHINE, workdir=tmp_path) as g:
        yield g


def hotplug_section(log: Log):
    [hp] = [s for s in log.extended_log.sections if s.section_id == Log.SectionId.hotplug]
    return hp.body


def test_the_agent_reads_the_tree_qemu_put_in_guest_memory(guest):
    dumped = DeviceTree.from_bytes(dump_dtb(MACHINE))
    boot = guest.boot_tree
    assert [c.index for c in all_connectors(boot)] == [c.index for c in all_connectors(dumped)]
    assert boot.node("/rtas").properties["ibm,lrdr-capacity"].raw == \
        dumped.node("/rtas").properties["ibm,lrdr-capacity"].raw
    assert {"get-sensor-state", "set-indicator", "ibm,configure-connector", "check-exception"} <= set(guest.tokens)


@pytest.mark.parametrize("path", ["qtest", "h_rtas"])
def test_dr_entity_sense_of_cold_connectors(guest, path):
    drc = guest.drc if path == "qtest" else guest.drc_hcall
    sense = lambda index: drc.get_sensor_state(Spapr.Sensor.dr_entity_sense, index)
    assert sense(make_index(DrcType.cpu, 0)) == SENSE.present        # the boot core
    assert sense(make_index(DrcType.cpu, 3)) == SENSE.unusable       # a core maxcpus allows, not plugged
    assert sense(make_index(DrcType.lmb, 4)) == SENSE.unusable       # hotplug memory, nothing plugged
    assert sense(make_index(DrcType.phb, 0)) == SENSE.present        # the default PHB
    assert sense(make_index(DrcType.phb, 1)) == SENSE.unusable
    assert sense(make_index(DrcType.pci, 0x18)) == SENSE.empty       # a physical slot with no card
    with pytest.raises(RtasError) as err:
        sense(0x80000000 | 0x0FFFFFFF)                               # no such connector
    assert err.value.status == Spapr.RtasStatus.parameter_error
    with pytest.raises(RtasError):                                   # only 9003 is a sensor
        drc.get_sensor_state(IND.isolation_state, make_index(DrcType.cpu, 0))


def test_indicators_answer_as_the_spec_says(guest):
    drc, slot, lmb = guest.drc, make_index(DrcType.pci, 0x18), make_index(DrcType.lmb, 4)
    fail = Spapr.RtasStatus.parameter_error
    for state in Spapr.DrIndicatorState:                               # 9002 on a physical slot: 0..3
        assert drc.set_indicator(IND.dr_indicator, slot, state) == 0
    assert drc.set_indicator(IND.dr_indicator, slot, 4) == fail
    assert drc.set_indicator(IND.dr_indicator, lmb, 1) == fail          # logical: no DR indicator
    assert drc.set_indicator(IND.allocation_state, slot, 1) == fail     # physical: no allocation state
    assert drc.set_indicator(IND.allocation_state, lmb, Spapr.AllocationState.usable) == fail  # nothing plugged
    assert drc.set_indicator(IND.allocation_state, lmb, Spapr.AllocationState.exchange) == fail
    assert drc.set_indicator(9999, slot, 0) == fail                     # unknown indicator
    assert drc.set_indicator(IND.isolation_state, slot, 2) == fail      # isolation is 0 or 1


def test_memory_hotplug_legacy_event_sensors_and_configure_connector(guest):
    dimm = guest.add_memory("dimm1", 512 * MiB)
    assert guest.drc.check_exception(HOTPLUG_MASK) is None     # legacy guest: not on the hot-plug source
    raw = guest.drc.check_exception(EPOW_MASK)
    log = parse(Log, raw)
    assert (log.summary.version, log.summary.severity, log.summary.log_type) == (6, Log.Severity.event,
                                                                                 Log.LogType.hotplug)
    assert log.extended_log.company == "IBM"
    hp = hotplug_section(log)
    assert (hp.hotplug_type, hp.action, hp.identifier) == (Spapr.HotplugType.memory, Spapr.HotplugAction.add,
                                                           Spapr.HotplugIdentifier.drc_count)
    assert hp.drc.count == dimm["size"] // LMB
    main_a = log.extended_log.sections[0].body
    assert main_a.creation_date == 0x20240506 and main_a.creator_id == "H"
    # our builder writes the same bytes (QEMU's Main-A plid is in host byte order)
    assert builders.hotplug_event(2, 1, count=2, creation_date=main_a.creation_date,
                                  creation_time=main_a.creation_time, plid=main_a.plid) == raw
    assert guest.drc.check_exception() is None

    for n in range(dimm["size"] // LMB):
        index = make_index(DrcType.lmb, dimm["addr"] // LMB + n)
        sense = lambda: guest.drc.get_sensor_state(Spapr.Sensor.dr_entity_sense, index)
        assert sense() == SENSE.unusable
        steps = guest.drc.configure_connector_steps(index)
        assert [s.status for s in steps] == [Spapr.CcStatus.not_configurable]
        guest.drc.acquire(index)
        assert sense() == SENSE.present
        node = guest.drc.configure_connector(index)
        assert node.properties["device_type"].raw == b"memory\0"
        address, size = divmod(int.from_bytes(node.properties["reg"].raw, "big"), 1 << 64)
        # QEMU 7.2 multiplies the whole DRC index (not its id) by the LMB size here
        assert (address, size) == (index * LMB % (1 << 64), LMB)
        assert node.name == f"memory@{address:x}"
        assert len(node.properties["ibm,associativity"].cells()) == 5
        again = guest.drc.configure_connector(index)                   # may be called again once configured
        assert {k: p.raw for k, p in again.properties.items()} == {k: p.raw for k, p in node.properties.items()}


def test_cpu_hotplug_by_index_through_h_rtas(guest):
    drc = guest.drc_hcall
    guest.hotplug("power9_v2.0-spapr-cpu-core", id="core2", **{"core-id": 2})
    log = drc.next_event(EPOW_MASK)
    hp = hotplug_section(log)
    assert (hp.hotplug_type, hp.identifier) == (Spapr.HotplugType.cpu, Spapr.HotplugIdentifier.drc_index)
    assert (hp.drc.drc_type, hp.drc.id) == (DrcType.cpu, 2)
    index = hp.drc.value
    assert index in [c.index for c in connectors(guest.boot_tree.node("/cpus"))]
    drc.acquire(index)
    node = drc.configure_connector(index)
    assert node.name == "PowerPC,POWER9@2"
    assert node.properties["ibm,my-drc-index"].value.value == index   # decoded by the work area spec
    assert node.properties["reg"].cells() == [2]
    assert node.properties["device_type"].raw == b"cpu\0"


def test_pci_hotplug_names_a_slot_of_the_phb(guest):
    guest.hotplug("virtio-net-pci-transitional", id="net1", addr="3")
    hp = hotplug_section(guest.drc.next_event())
    assert (hp.hotplug_type, hp.identifier) == (Spapr.HotplugType.pci, Spapr.HotplugIdentifier.drc_index)
    assert hp.drc.value == make_index(DrcType.pci, 3 << 3)
    slots = {c.index: c for c in connectors(guest.boot_tree.root.child("pci"))}
    assert slots[hp.drc.value].name == "C24"
    assert guest.drc.get_sensor_state(Spapr.Sensor.dr_entity_sense, hp.drc.value) == SENSE.present
    guest.drc.acquire(hp.drc.value, logical=False)
    node = guest.drc.configure_connector(hp.drc.value)
    assert node.name == "ethernet@3"
    assert node.properties["vendor-id"].cells() == [0x1AF4]
    assert node.properties["device-id"].cells() == [0x1000]          # transitional virtio-net
    assert node.properties["ibm,my-drc-index"].value.value == hp.drc.value


def cas_guest(tmp_path, **ov5):
    g = PseriesGuest([*MACHINE, "-object", "memory-backend-ram,id=m0,size=512M", "-device",
                      "pc-dimm,id=dimm0,memdev=m0"], workdir=tmp_path)
    vectors = cas_vectors([POWER9], [bytes([0, 0, 0x80]), b"\0", b"\0", b"\0", ov5_bits(**ov5)])
    status, dtb = g.agent.client_architecture_support(vectors)
    assert status == Spapr.HcallStatus.success
    return g, DeviceTree.from_bytes(dtb)


def test_cas_gives_dynamic_memory_v1(tmp_path):
    guest, tree = cas_guest(tmp_path, drconf_memory=True)
    with guest:
        node = tree.node("/ibm,dynamic-reconfiguration-memory")
        assert int.from_bytes(node.properties["ibm,lmb-size"].raw, "big") == LMB
        memory = node.properties["ibm,dynamic-memory"].value
        lookup = node.properties["ibm,associativity-lookup-arrays"].value
        assert memory.num_lmbs == 4 * GiB // LMB                     # every LMB from 0 to maxmem
        assert [lmb.address for lmb in memory.lmbs] == [n * LMB for n in range(16)]
        dimm = {make_index(DrcType.lmb, n) for n in (4, 5)}          # the cold-plugged 512M DIMM at 1G
        for n, lmb in enumerate(memory.lmbs):
            if n < 4:                                                # boot memory
                assert (lmb.flags.reserved_lmb, lmb.flags.drc_invalid, lmb.drc_index.value) == (True, True, 0)
            else:
                assert lmb.drc_index.value == make_index(DrcType.lmb, n)
                assert lmb.flags.assigned == (lmb.drc_index.value in dimm)
                if lmb.flags.assigned:
                    assert lmb.associativity_index < lookup.num_lists
                else:
                    assert lmb.associativity_index == 0xFFFFFFFF
        assert lookup.len_list == len(lookup.lists[0].domains)
        assert "ibm,dynamic-memory-v2" not in node.properties
        # the builders give the same bytes back
        rebuilt = builders.dynamic_memory([builders.Lmb(
            lmb.address, lmb.drc_index.value, lmb.associativity_index, lmb.flags.assigned,
            lmb.flags.drc_invalid, lmb.flags.reserved_lmb, lmb.flags.hot_removable) for lmb in memory.lmbs])
        assert rebuilt == node.properties["ibm,dynamic-memory"].raw
        assert builders.associativity_lookup_arrays([l.domains for l in lookup.lists]) == \
            node.properties["ibm,associativity-lookup-arrays"].raw


def test_cas_v2_and_modern_hotplug_events(tmp_path):
    guest, tree = cas_guest(tmp_path, drconf_memory=True, dynamic_memory_v2=True, hotplug_events=True)
    with guest:
        node = tree.node("/ibm,dynamic-reconfiguration-memory")
        sets = node.properties["ibm,dynamic-memory-v2"].value.sets
        assert "ibm,dynamic-memory" not in node.properties
        assert sum(s.num_lmbs for s in sets) == 16
        assert [(s.address, s.num_lmbs, s.flags.assigned) for s in sets] == [
            (0, 4, False), (GiB, 2, True), (GiB + 2 * LMB, 10, False)]
        assert sets[1].drc_index.value == make_index(DrcType.lmb, 4)
        assert builders.dynamic_memory_v2([builders.LmbSet(
            s.num_lmbs, s.address, s.drc_index.value, s.associativity_index, s.flags.assigned,
            s.flags.drc_invalid, s.flags.reserved_lmb, s.flags.hot_removable) for s in sets]) == \
            node.properties["ibm,dynamic-memory-v2"].raw
        # a guest that asked for modern events gets count-indexed memory events on the hot-plug source
        dimm = guest.add_memory("dimm1", 768 * MiB)
        assert guest.drc.check_exception(EPOW_MASK) is None
        hp = hotplug_section(guest.drc.next_event(HOTPLUG_MASK))
        assert hp.identifier == Spapr.HotplugIdentifier.drc_count_indexed
        assert hp.drc.count == 3
        assert hp.drc.index.value == make_index(DrcType.lmb, dimm["addr"] // LMB)


def test_h_logical_memop(guest):
    agent, mem = guest.agent, guest.qtest
    src, dst = 0x50000, 0x51000
    pattern = bytes(range(1, 65))
    ok, bad = Spapr.HcallStatus.success, Spapr.HcallStatus.parameter
    for esize in range(4):
        mem.mem_write(dst, bytes(64))
        mem.mem_write(src, pattern)
        assert agent.logical_memop(dst, src, esize, 64 >> esize, Spapr.MemopOperation.copy) == ok
        assert mem.mem_read(dst, 64) == pattern
    assert agent.logical_memop(dst, src, 2, 4, Spapr.MemopOperation.invert) == ok
    assert mem.mem_read(dst, 20) == bytes(~b & 0xFF for b in pattern[:16]) + pattern[16:20]
    mem.mem_write(src, pattern)                                          # overlapping: copied as memmove
    assert agent.logical_memop(src + 8, src, 0, 32, Spapr.MemopOperation.copy) == ok
    assert mem.mem_read(src, 40) == pattern[:8] + pattern[:32]
    assert agent.logical_memop(dst, src, 0, 4, 2) == bad                 # no operation 2
    assert agent.logical_memop(dst + 2, src, 2, 4, 0) == bad             # destination not 4-aligned
    assert agent.logical_memop(dst, src + 1, 1, 4, 0) == bad             # source not 2-aligned
    assert agent.logical_memop(dst, src, 0, (1 << 31) + 1, 0) == bad     # too many elements
    assert agent.logical_memop(dst, src, 4, 1, 0) == bad                 # no 16-byte elements


def test_h_rtas_parameter_block(guest):
    block_addr = 0x60000
    index = make_index(DrcType.cpu, 0)
    block = builders.rtas_args(guest.tokens["get-sensor-state"], [9003, index], 2)
    guest.qtest.mem_write(block_addr, block)
    assert guest.agent.call(Spapr.Hcall.h_rtas, block_addr).status == Spapr.HcallStatus.success
    back = parse(SpaprRtasArgs, guest.qtest.mem_read(block_addr, len(block)))
    assert (back.token, back.num_args, back.args, back.num_rets) == (guest.tokens["get-sensor-state"], 2,
                                                                     [9003, index], 2)
    assert back.status == Spapr.RtasStatus.success and back.rets == [SENSE.present]
    guest.qtest.mem_write(block_addr, builders.rtas_args(0x1FFF, [], 1))  # no such token
    assert guest.agent.call(Spapr.Hcall.h_rtas, block_addr).status == Spapr.HcallStatus.parameter
    assert guest.agent.call(0xF0FF).status == Spapr.HcallStatus.function   # no such hypercall


def test_bad_event_logs_and_work_areas_are_format_errors():
    good = builders.hotplug_event(1, 1, index=0x10000002)
    parse(Log, good)
    truncated = good[:30]
    long_extended_log = good[:4] + (0xFF).to_bytes(4, "big") + good[8:]
    short_section = good[:26] + (3).to_bytes(2, "big") + good[28:]       # a section shorter than its header
    for bad in (truncated, long_extended_log, short_section):
        with pytest.raises(FormatError):
            parse(Log, bad)
    with pytest.raises(FormatError):
        parse("spapr_cc_work_area", b"\x80\x00\x00\x04\x00")
