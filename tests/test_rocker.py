"""The Rocker specs and driver against QEMU's -device rocker, through qtest.

A stopped q35 machine holds two switches: sw0 with fp_start_macaddr and
switch_id given, sw1 with QEMU's defaults; three front-panel ports each
(hubport netdevs). The driver maps BAR0 by PCI config cycles, puts rings in
guest memory, posts command descriptors built with the generated writers,
rings the doorbell (HEAD) and parses the completions from guest memory.
"""

from __future__ import annotations

import pytest

from qemuspec.errors import FormatError, UsageError
from qemuspec.formats.rocker import Rocker
from qemuspec.formats.rocker_cmd import RockerCmd
from qemuspec.formats.rocker_event import RockerEvent
from qemuspec.net import rocker_build as build
from qemuspec.net.rocker_driver import RockerDriver, RockerError
from qemuspec.pci_qtest import PciFunction
from qemuspec.qtest import QemuProcess
from qemuspec.specs import parse

PORTS = 3
SW0_MAC = "52:54:00:ab:cd:10"
SW0_ID = 0x0012345678ABCDEF
SW1_DEFAULT_MAC = "52:54:00:12:35:01"      # QEMU's default for the first switch without a MAC
A = RockerCmd.OfDpaAttr
C = RockerCmd.CmdType


def rocker_args() -> list[str]:
    args = ["-S", "-M", "q35", "-display", "none", "-nodefaults", "-m", "64M",
            # QEMU 7.2 applies -device properties in hash order, so ports[n] would come before len-ports
            "-global", f"rocker.len-ports={PORTS}"]
    for n in range(2 * PORTS):
        args += ["-netdev", f"hubport,id=p{n},hubid={n}"]
    ports0 = ",".join(f"ports[{n}]=p{n}" for n in range(PORTS))
    ports1 = ",".join(f"ports[{n}]=p{n + PORTS}" for n in range(PORTS))
    args += ["-device", f"rocker,name=sw0,fp_start_macaddr={SW0_MAC},switch_id={SW0_ID},{ports0},addr=0x4",
             "-device", f"rocker,name=sw1,{ports1},addr=0x5"]
    return args


@pytest.fixture
def qemu(tmp_path):
    with QemuProcess(rocker_args(), workdir=tmp_path) as q:
        yield q


@pytest.fixture
def sw0(qemu):
    return RockerDriver(qemu.qtest, location=(0, 4, 0), bar0=0xC0000000)


def mac_plus(mac: str, n: int) -> str:
    raw = bytearray(bytes.fromhex(mac.replace(":", "")))
    raw[5] += n
    return raw.hex(":")


def test_register_file(sw0):
    regs = sw0.registers()
    assert regs.bogus_registers == [0xDEADBABE] * 4
    assert regs.port_phys_count == PORTS
    assert regs.switch_id == SW0_ID
    assert (regs.port_phys_enable.lo, regs.port_phys_link_status.lo) == (0, 0)
    assert all(r.size == 0 and r.base_addr == 0 for r in regs.rings)
    sw0.write32(Rocker.Register.test_reg, 0x1234)
    sw0.write64(Rocker.Register.test_reg64, 0x1_0000_0001)
    ring = sw0.setup_ring(Rocker.Ring.cmd, size=4)
    regs = sw0.registers()
    assert regs.test_reg == 0x2468                                          # twice what was written
    assert (regs.test_reg64_hi, regs.test_reg64_lo) == (2, 2)
    assert (regs.rings[0].base_addr, regs.rings[0].size, regs.rings[0].head, regs.rings[0].tail) == (ring.base, 4, 0, 0)


def test_test_dma_operations(sw0):
    buf = 0x300000
    sw0.client.mem_write(buf, bytes(range(64)))
    sw0.write64(Rocker.Register.test_dma_addr, buf)
    sw0.write32(Rocker.Register.test_dma_size, 64)
    sw0.write32(Rocker.Register.test_dma_ctrl, Rocker.TestDmaOp.invert)
    assert sw0.client.mem_read(buf, 64) == bytes(255 - b for b in range(64))
    sw0.write32(Rocker.Register.test_dma_ctrl, Rocker.TestDmaOp.fill)
    assert sw0.client.mem_read(buf, 64) == b"\x96" * 64
    sw0.write32(Rocker.Register.test_dma_ctrl, Rocker.TestDmaOp.clear)
    assert sw0.client.mem_read(buf, 64) == bytes(64)


def test_port_settings_of_each_port_follow_the_configuration(qemu, sw0):
    sw1 = RockerDriver(qemu.qtest, location=(0, 5, 0), bar0=0xC0010000, memory=0x200000)
    default_id = int.from_bytes(bytes.fromhex(SW1_DEFAULT_MAC.replace(":", "")), "little")
    assert sw1.switch_id == default_id                                      # the MAC, read little-endian
    for driver, name, mac in ((sw0, "sw0", SW0_MAC), (sw1, "sw1", SW1_DEFAULT_MAC)):
        for pport in range(1, PORTS + 1):
            settings = driver.get_port_settings(pport)
            assert settings == build.PortSettings(pport=pport, speed=10000, duplex=True, autoneg=False,
                                                  macaddr=mac_plus(mac, pport - 1), mode=Rocker.PortMode.of_dpa,
                                                  learning=False, phys_name=f"{name}p{pport}")


def test_the_answer_buffer_and_descriptor(sw0):
    desc, answer = sw0.command(build.get_port_settings(2), cookie=0x4242)
    assert (desc.cookie_lo, desc.comp_err.done, int(desc.comp_err.error)) == (0x4242, True, 0)
    assert desc.len_tlvs == len(answer) < desc.len_buf
    parsed = parse(RockerCmd, answer)
    assert parsed.cmd_type == 0                                             # the answer has no CMD_TYPE
    [info] = parsed.tlvs
    assert info.tlv_type == RockerCmd.CmdAttr.info
    kinds = [s.tlv_type for s in info.value.port_settings]
    assert kinds == list(RockerCmd.PortSetting)                             # all eight, in order
    assert info.len_tlv == 8 + sum(build.align8(s.len_tlv) for s in info.value.port_settings)
    ring = sw0.rings[Rocker.Ring.cmd]
    assert sw0.credits(ring) == 0 and sw0.tail(ring) == ring.head == 1


def test_set_port_settings(sw0):
    sw0.set_port_settings(3, speed=1000, duplex=False, autoneg=True, learning=True, macaddr="02:00:00:00:00:99")
    settings = sw0.get_port_settings(3)
    assert (settings.speed, settings.duplex, settings.autoneg, settings.learning) == (1000, False, True, True)
    assert settings.macaddr == mac_plus(SW0_MAC, 2)                         # QEMU ignores MAC changes (a TODO there)
    sw0.set_port_settings(3, speed=100)                                     # speed alone: QEMU wants all three
    assert sw0.get_port_settings(3).speed == 1000


@pytest.mark.parametrize("buffer, error", [
    (build.command(C.get_port_settings, []), Rocker.ReturnCode.einval),                   # no pport
    (build.get_port_settings(0), Rocker.ReturnCode.einval),                               # port 0 is the CPU
    (build.command(99, [build.tlv(1, build.le(1, 4))]), Rocker.ReturnCode.einval),       # no such command
    (build.tlv(1, build.le(int(C.get_port_settings), 2)), Rocker.ReturnCode.einval),      # no CMD_INFO
])
def test_bad_commands_complete_with_errors(sw0, buffer, error):
    with pytest.raises(RockerError) as err:
        sw0.command(buffer)
    assert err.value.error == error


def test_a_buffer_too_small_for_the_answer_is_emsgsize(sw0):
    ring = sw0.setup_ring(Rocker.Ring.cmd, size=4, buf_size=64)
    slot = sw0.post(ring, build.get_port_settings(1))
    desc = sw0.descriptor(ring, slot)
    assert desc.comp_err.done and desc.comp_err.error == Rocker.ReturnCode.emsgsize


def test_link_events_on_port_enable(sw0):
    ring = sw0.setup_event_ring(size=8)
    sw0.enable_ports(0b1010)                                               # ports 1 and 3
    events = sw0.events()
    assert [e.buffer.event_type for e in events] == [RockerEvent.EventType.link_changed] * 2
    details = [{t.tlv_type: t.value.value for t in e.buffer.tlvs[1].value.link_changed} for e in events]
    L = RockerEvent.LinkChangedAttr
    assert details == [{L.pport: 1, L.linkup: 1}, {L.pport: 3, L.linkup: 1}]
    assert events[0].buffer.tlvs[0].len_tlv == 12                          # QEMU sends the type as 4 bytes
    assert sw0.link_status() == 0b1010 and sw0.read64(Rocker.Register.port_phys_enable) == 0b1010
    sw0.enable_ports(0b1000)
    [off] = sw0.events()
    assert {t.tlv_type: t.value.value for t in off.buffer.tlvs[1].value.link_changed} == {L.pport: 1, L.linkup: 0}
    assert sw0.credits(ring) == 0


def test_of_dpa_flow_add_stats_delete(sw0):
    cookie = 0x1234_5678_9ABC
    flow = [(A.table_id, build.le(Rocker.OfDpaTable.ingress_port, 2)), (A.priority, build.le(1, 4)),
            (A.hardtime, build.le(0, 4)), (A.cookie, build.le(cookie, 8)), (A.in_pport, build.le(1, 4)),
            (A.goto_table_id, build.le(Rocker.OfDpaTable.vlan, 2))]
    sw0.command(build.of_dpa_command(C.of_dpa_flow_add, flow))
    parsed = parse(RockerCmd, build.of_dpa_command(C.of_dpa_flow_add, flow))
    assert [t.tlv_type for t in parsed.tlvs[1].value.of_dpa] == [a for a, _ in flow]
    assert parsed.tlvs[1].value.of_dpa[3].value.value == cookie
    with pytest.raises(RockerError) as err:                                 # same cookie again
        sw0.command(build.of_dpa_command(C.of_dpa_flow_add, flow))
    assert err.value.error == Rocker.ReturnCode.eexist
    _, answer = sw0.command(build.of_dpa_command(C.of_dpa_flow_get_stats, [(A.cookie, build.le(cookie, 8))]))
    stats = parse(RockerCmd.FlowStats, answer)
    S = RockerCmd.FlowStatAttr
    assert {t.tlv_type: t.value.value for t in stats.tlvs} == {S.duration: 0, S.rx_pkts: 0, S.tx_pkts: 0}
    sw0.command(build.of_dpa_command(C.of_dpa_flow_del, [(A.cookie, build.le(cookie, 8))]))
    with pytest.raises(RockerError) as err:
        sw0.command(build.of_dpa_command(C.of_dpa_flow_del, [(A.cookie, build.le(cookie, 8))]))
    assert err.value.error == Rocker.ReturnCode.enoent


def test_the_driver_refuses_ports_the_switch_has_not(sw0):
    # QEMU 7.2 dereferences a missing port for 3 < pport <= 62; the driver never sends that
    with pytest.raises(UsageError):
        sw0.get_port_settings(PORTS + 1)


def test_pci_identity(qemu):
    header = PciFunction(qemu.qtest, 0, 4, 0).ids()
    assert (int(header.vendor_id), header.device_id, header.revision_id) == (0x1B36, 6, 1)
    assert (header.class_code, header.subclass) == (2, 0x80)                # network, other


def test_builders_round_trip_and_refuse_what_does_not_fit():
    tx = parse("rocker_tx", build.tx_buffer([(0x1000, 60), (0x2000, 4)], offload=Rocker.TxOffload.ip_csum))
    frags = tx.tlvs[1].value.frags
    assert [[a.value.value for a in f.attrs.attrs] for f in frags] == [[0x1000, 60], [0x2000, 4]]
    assert tx.tlvs[0].value.value == Rocker.TxOffload.ip_csum
    rx = parse("rocker_rx", build.rx_buffer(0x4000, 1518))
    assert [t.value.value for t in rx.tlvs] == [0x4000, 1518]
    desc = parse("rocker_desc", build.descriptor(0x110000, 512, 40, cookie=(1 << 62) + 5)).descriptors[0]
    assert (desc.buf_addr, desc.len_buf, desc.len_tlvs, desc.cookie_hi, desc.comp_err.done) == (
        0x110000, 512, 40, 1 << 30, False)
    assert build.be(0x8100, 2) == b"\x81\x00" and build.le(0x8100, 2) == b"\x00\x81"
    for bad in (lambda: build.le(256, 1), lambda: build.be(1, 8), lambda: build.mac("52:54"),
                lambda: build.descriptor(0x1001, 8, 8), lambda: build.descriptor(0x1000, 8, 9),
                lambda: build.tlv(1, bytes(0xFFF8))):
        with pytest.raises(UsageError):
            bad()


@pytest.mark.parametrize("spec, data", [
    ("rocker_cmd", build.tlv(1, build.le(1, 2))[:12]),                       # truncated value
    ("rocker_cmd", b"\x01\x00\x00\x00\x04\x00\x00\x00"),                   # length shorter than the header
    ("rocker_event", b"\x02\x00\x00\x00\xff\x00\x00\x00"),                 # nest longer than the buffer
    ("rocker_desc", bytes(31)),
    ("rocker", bytes(0x100)),
])
def test_bad_buffers_are_format_errors(spec, data):
    with pytest.raises(FormatError):
        parse(spec, data)


def test_a_tx_descriptor_sends_the_gathered_packet(tmp_path):
    pcap = tmp_path / "port1.pcap"
    args = ["-S", "-M", "q35", "-display", "none", "-nodefaults", "-m", "64M", "-global", "rocker.len-ports=2",
            "-netdev", "hubport,id=p0,hubid=0", "-netdev", "hubport,id=p1,hubid=1",
            "-object", f"filter-dump,id=dump0,netdev=p0,file={pcap}",
            "-device", "rocker,name=sw0,ports[0]=p0,ports[1]=p1,addr=0x4"]
    packet = bytes.fromhex("ffffffffffff525400abcd100800") + bytes(range(46))
    with QemuProcess(args, workdir=tmp_path) as qemu:
        driver = RockerDriver(qemu.qtest)
        ring = driver.setup_ring(2 * 1, size=4)                             # port 1's Tx ring
        qemu.qtest.mem_write(0x300000, packet[:20])
        qemu.qtest.mem_write(0x300100, packet[20:])
        buffer = build.tx_buffer([(0x300000, 20), (0x300100, len(packet) - 20)])
        slot = driver.post(ring, buffer)                                     # port disabled: consumed, not sent
        assert driver.descriptor(ring, slot).comp_err.done
        driver.enable_ports(0b10)
        slot = driver.post(ring, buffer)
        desc = driver.descriptor(ring, slot)
        assert desc.comp_err.done and int(desc.comp_err.error) == 0
        bad = driver.post(ring, build.tlv(1, build.le(0, 1)))               # no TX_FRAGS
        assert driver.descriptor(ring, bad).comp_err.error == Rocker.ReturnCode.einval
    data = pcap.read_bytes()
    records = []
    pos = 24                                                                # pcap file header
    while pos < len(data):
        length = int.from_bytes(data[pos + 8:pos + 12], "little")
        records.append(data[pos + 16:pos + 16 + length])
        pos += 16 + length
    assert records == [packet]


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@given(st.sampled_from(["rocker_cmd", "rocker_event", "rocker_tx", "rocker_rx", "rocker_desc"]),
       st.binary(max_size=160))
@settings(max_examples=200, deadline=None)
def test_random_bytes_parse_or_give_format_errors(spec, data):
    try:
        parse(spec, data)
    except FormatError:
        pass


def _rocker_samples() -> list[tuple[str, bytes]]:
    import yaml

    from conftest import SAMPLES
    entries = yaml.safe_load((SAMPLES / "rocker.yaml").read_text())
    return [(e["spec"], (SAMPLES / e["file"]).read_bytes()) for e in entries if e["spec"] != "rocker"]


@given(st.sampled_from(_rocker_samples()), st.lists(st.tuples(st.integers(0, 255), st.integers(0, 255)), max_size=6),
       st.integers(0, 256))
@settings(max_examples=200, deadline=None)
def test_damaged_samples_parse_or_give_format_errors(sample, changes, cut):
    spec, data = sample
    data = bytearray(data[:cut])
    for pos, value in changes:
        if pos < len(data):
            data[pos] = value
    try:
        parse(spec, bytes(data))
    except FormatError:
        pass
