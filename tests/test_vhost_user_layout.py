"""vhost-user layouts: the hot-path struct formats and the rules table against the generated specs."""

from __future__ import annotations

import struct

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from qemuspec.formats.vhost_user import VhostUser
from qemuspec.formats.vhost_user_backend import VhostUserBackend
from qemuspec.formats.vhost_user_blk import VhostUserBlk
from qemuspec.formats.virtq_avail_ring import VirtqAvailRing
from qemuspec.formats.virtq_desc_table import VirtqDescTable
from qemuspec.formats.virtq_packed_event import VirtqPackedEvent
from qemuspec.formats.virtq_packed_ring import VirtqPackedRing
from qemuspec.formats.virtq_used_ring import VirtqUsedRing
from qemuspec.ipc.vhost_user import layout as L
from qemuspec.ipc.vhost_user import payloads as P
from qemuspec.ipc.vhost_user.blk import BLK_CONFIG_SIZE
from qemuspec.ipc.vhost_user.rules import BACKEND_RULES, FRONT_END_RULES
from qemuspec.specs import parse

from conftest import KSY

u8 = st.integers(0, 0xFF)
u16 = st.integers(0, 0xFFFF)
u32 = st.integers(0, 0xFFFFFFFF)
u64 = st.integers(0, (1 << 64) - 1)
requests = st.sampled_from([int(r.value) for r in L.FrontEndRequest])


def _value(x):
    return x.value if hasattr(x, "value") else x


@settings(max_examples=300)
@given(request=requests, flags=u32, payload=st.binary(max_size=48))
def test_header_struct_and_flag_masks_agree_with_the_spec(request, flags, payload):
    flags = (flags & ~L.FLAG_VERSION_MASK) | L.VERSION
    msg = parse(VhostUser, L.HEADER.pack(request, flags, 0))
    assert (_value(msg.request), msg.len_payload) == (request, 0)
    unknown = parse(VhostUser, L.HEADER.pack(1000 + request, flags & ~L.FLAG_REPLY, len(payload)) + payload)
    assert (_value(unknown.request), unknown.len_payload) == (1000 + request, len(payload))
    assert getattr(unknown, "request_body", None) == (payload or None)
    assert msg.flags.version == flags & L.FLAG_VERSION_MASK
    assert msg.flags.is_reply == bool(flags & L.FLAG_REPLY)
    assert msg.flags.need_reply == bool(flags & L.FLAG_NEED_REPLY)
    assert msg.flags.reserved == flags >> 4
    assert L.HEADER_SIZE == 12


def _body(request, payload: bytes, reply: bool = False):
    flags = L.VERSION | (L.FLAG_REPLY if reply else 0)
    msg = parse(VhostUser, L.HEADER.pack(int(request.value), flags, len(payload)) + payload)
    return msg.reply_body if reply else msg.request_body


@settings(max_examples=200)
@given(value=u64)
def test_u64_vring_file_and_status_payloads(value):
    payload = P.pack_u64(value)
    assert _body(L.FrontEndRequest.net_set_mtu, payload).value == P.u64(payload) == value
    vf = _body(L.FrontEndRequest.set_vring_call, payload)
    index, no_fd = P.vring_file(payload)
    assert (vf.index, vf.no_fd) == (index, no_fd)
    assert (vf.reserved_hi << 32 | vf.reserved_lo << 9) == value & ~(L.VRING_FILE_INDEX_MASK | L.VRING_FILE_NO_FD)
    status = _body(L.FrontEndRequest.set_status, payload)
    assert status.driver_ok == bool(value & L.STATUS_DRIVER_OK)
    assert status.features_ok == bool(value & L.STATUS_FEATURES_OK)
    assert status.failed == bool(value & L.STATUS_FAILED)
    result = _body(L.FrontEndRequest.set_device_state_fd, payload, reply=True)
    assert result.error == value & 0xFF and result.no_fd == bool(value & L.DEVICE_STATE_NO_FD)


@settings(max_examples=200)
@given(index=u32, num=u32)
def test_vring_state_struct(index, num):
    payload = P.pack_vring_state(index, num)
    state = _body(L.FrontEndRequest.set_vring_base, payload)
    assert (state.index, state.num) == P.vring_state(payload) == (index, num)
    assert state.split_avail_index == num & 0xFFFF
    assert (state.packed_avail_index, state.packed_avail_wrap) == (num & 0x7FFF, num >> 15 & 1)
    assert (state.packed_used_index, state.packed_used_wrap) == (num >> 16 & 0x7FFF, num >> 31)


@settings(max_examples=200)
@given(index=u32, flags=u32, desc=u64, used=u64, avail=u64, log=u64)
def test_vring_address_struct(index, flags, desc, used, avail, log):
    addr = P.VringAddress(index, flags, desc, used, avail, log)
    payload = P.pack_vring_address(addr)
    spec = _body(L.FrontEndRequest.set_vring_addr, payload)
    assert (spec.index, spec.desc_user_addr, spec.used_user_addr, spec.avail_user_addr,
            spec.log_guest_addr) == (index, desc, used, avail, log)
    assert spec.flags.log == addr.log_enabled == bool(flags & L.VRING_ADDR_F_LOG)
    assert P.vring_address(payload) == addr


regions = st.builds(P.RegionDescription, u64, u64, u64, u64)


@settings(max_examples=100)
@given(table=st.lists(regions, max_size=8), single=regions)
def test_memory_table_and_region_writers_agree_with_the_parser(table, single):
    payload = P.pack_memory_table(table)
    assert len(payload) == 8 + 32 * len(table)
    parsed = _body(L.FrontEndRequest.set_mem_table, payload)
    assert [(r.guest_addr, r.len_region, r.user_addr, r.mmap_offset) for r in parsed.regions] == \
        [tuple(L.MEMORY_REGION.unpack(L.MEMORY_REGION.pack(*(r.guest_addr, r.size, r.user_addr, r.mmap_offset))))
         for r in table]
    assert P.memory_table(payload) == table
    one = P.pack_single_region(single)
    assert len(one) == L.SINGLE_REGION_SIZE and P.single_region(one) == single
    assert L.MEMORY_REGION.unpack_from(one, 8) == (single.guest_addr, single.size, single.user_addr,
                                                   single.mmap_offset)


def test_memory_table_refuses_counts_that_disagree_with_the_size():
    good = P.pack_memory_table([P.RegionDescription(0, 4096, 0, 0)])
    with pytest.raises(P.PayloadError):
        P.memory_table(good[:-1])
    with pytest.raises(P.PayloadError):
        P.memory_table(struct.pack("<II", 9, 0) + bytes(32 * 9))
    with pytest.raises(P.PayloadError):
        P.memory_table(struct.pack("<II", 0xFFFFFFFF, 0))
    # a XEN_MMAP table (40-byte regions) parses with the extra fields
    xen = struct.pack("<II", 1, 0) + struct.pack("<QQQQII", 1, 2, 3, 4, 0x101, 7)
    region = _body(L.FrontEndRequest.set_mem_table, xen).regions[0]
    assert (region.xen_mmap_flags.foreign, region.xen_mmap_flags.map_on_demand, region.domid) == (True, True, 7)


@settings(max_examples=100)
@given(offset=st.integers(0, 255), data=st.binary(max_size=256), flags=st.integers(0, 1))
def test_config_window(offset, data, flags):
    payload = P.pack_config_window(offset, data, flags)
    spec = _body(L.FrontEndRequest.set_config, payload)
    assert (spec.ofs_config, spec.len_config, _value(spec.flags), spec.contents) == (offset, len(data), flags, data)
    assert P.config_window(payload) == P.ConfigWindow(offset, len(data), flags, data)
    assert L.CONFIG_HEADER.unpack_from(payload) == (offset, len(data), flags)


def test_config_window_refuses_mismatched_sizes():
    with pytest.raises(P.PayloadError):
        P.config_window(struct.pack("<III", 0, 8, 0) + bytes(4))
    with pytest.raises(P.PayloadError):
        P.config_window(struct.pack("<III", 0, 300, 0) + bytes(300))


@settings(max_examples=50)
@given(size=u64, offset=u64, nq=u16, qs=u16)
def test_log_and_inflight_descriptions(size, offset, nq, qs):
    log = P.pack_log_description(size, offset)
    assert L.LOG_DESCRIPTION.unpack(log) == (size, offset)
    assert P.log_description(log) == P.LogDescription(size, offset)
    inflight = P.InflightDescription(size, offset, nq, qs)
    raw = P.pack_inflight_description(inflight)
    assert len(raw) == L.INFLIGHT_DESCRIPTION_SIZE and P.inflight_description(raw) == inflight
    parsed = _body(L.FrontEndRequest.get_inflight_fd, raw)
    assert (parsed.mmap_size, parsed.num_queues, parsed.queue_size) == (size, nq, qs)


def test_crypto_session_size_and_layout():
    session = struct.pack("<Q", 0x402) + bytes(1056) + struct.pack("<q", -1)
    assert len(session) == L.CRYPTO_SESSION_SIZE
    reply = _body(L.FrontEndRequest.create_crypto_session, session, reply=True)
    assert reply.session_id == -1 and isinstance(reply.session, VhostUser.CryptoAsymSession)
    sym = _body(L.FrontEndRequest.create_crypto_session, struct.pack("<Q", 2) + bytes(1064))
    assert isinstance(sym.session, VhostUser.CryptoSymSession) and len(sym.session.auth_key) == 512


@settings(max_examples=150)
@given(addr=u64, length=u32, flags=u16, nxt=u16)
def test_descriptor_struct_and_flag_masks(addr, length, flags, nxt):
    raw = L.DESC.pack(addr, length, flags, nxt)
    desc = parse(VirtqDescTable, raw).descriptors[0]
    assert (desc.addr, desc.len_buffer, desc.next) == (addr, length, nxt)
    assert desc.flags.has_next == bool(flags & L.DESC_F_NEXT)
    assert desc.flags.device_writable == bool(flags & L.DESC_F_WRITE)
    assert desc.flags.indirect == bool(flags & L.DESC_F_INDIRECT)
    assert desc.flags.reserved == flags >> 3


@settings(max_examples=150)
@given(addr=u64, length=u32, buf_id=u16, flags=u16)
def test_packed_descriptor_struct_and_flag_masks(addr, length, buf_id, flags):
    raw = L.PACKED_DESC.pack(addr, length, buf_id, flags)
    desc = parse(VirtqPackedRing, raw).descriptors[0]
    assert (desc.addr, desc.len_buffer, desc.buffer_id) == (addr, length, buf_id)
    assert desc.flags.has_next == bool(flags & L.DESC_F_NEXT)
    assert desc.flags.device_writable == bool(flags & L.DESC_F_WRITE)
    assert desc.flags.indirect == bool(flags & L.DESC_F_INDIRECT)
    assert desc.flags.avail == bool(flags & L.PACKED_DESC_F_AVAIL)
    assert desc.flags.used == bool(flags & L.PACKED_DESC_F_USED)
    assert (desc.flags.reserved_low, desc.flags.reserved_high) == ((flags >> 3) & 0xF, (flags >> 8) & 0x7F)
    assert L.packed_ring_size(5) == len(parse(VirtqPackedRing, raw * 5).descriptors) * L.PACKED_DESC_SIZE


@settings(max_examples=100)
@given(off_wrap=u16, flags=u16)
def test_packed_event_struct_and_modes(off_wrap, flags):
    raw = L.PACKED_EVENT.pack(off_wrap, flags)
    event = parse(VirtqPackedEvent, raw)
    assert (event.offset, event.wrap) == (off_wrap & ~L.PACKED_WRAP, off_wrap >> 15)
    assert int(getattr(event.mode, "value", event.mode)) == flags & 3 and event.reserved == flags >> 2
    modes = VirtqPackedEvent.EventMode
    assert (int(modes.enable.value), int(modes.disable.value), int(modes.desc.value)) == (
        L.PACKED_EVENT_F_ENABLE, L.PACKED_EVENT_F_DISABLE, L.PACKED_EVENT_F_DESC)


@settings(max_examples=100)
@given(num=u32)
def test_packed_vring_base_agrees_with_the_vring_state_instances(num):
    state = _body(L.FrontEndRequest.set_vring_base, P.pack_vring_state(3, num))
    unpacked = L.unpack_packed_base(num)
    assert unpacked == (state.packed_avail_index, state.packed_avail_wrap, state.packed_used_index,
                        state.packed_used_wrap)
    assert L.pack_packed_base(*unpacked) == num


@settings(max_examples=40)
@given(num_log2=st.integers(0, 7), data=st.data())
def test_ring_layouts(num_log2, data):
    num = 1 << num_log2
    avail = data.draw(st.binary(min_size=L.avail_ring_size(num), max_size=L.avail_ring_size(num)))
    ring = parse(VirtqAvailRing, avail)
    halves = struct.unpack(f"<{3 + num}H", avail)
    assert ring.num_entries == num
    assert (ring.flags.no_interrupt, ring.idx, ring.entries, ring.used_event) == (
        bool(halves[0] & L.AVAIL_F_NO_INTERRUPT), halves[1], list(halves[2:2 + num]), halves[-1])
    used = data.draw(st.binary(min_size=L.used_ring_size(num), max_size=L.used_ring_size(num)))
    ring = parse(VirtqUsedRing, used)
    assert ring.num_entries == num
    flags, idx = struct.unpack_from("<HH", used)
    assert (ring.flags.no_notify, ring.idx) == (bool(flags & L.USED_F_NO_NOTIFY), idx)
    assert [(e.id, e.len_written) for e in ring.entries] == [L.USED_ELEM.unpack_from(used, 4 + 8 * i)
                                                             for i in range(num)]
    assert ring.avail_event == struct.unpack_from("<H", used, 4 + 8 * num)[0]
    desc, avail_off, used_off = L.legacy_ring_layout(num)
    assert (desc, avail_off) == (0, 16 * num) and used_off % 4096 == 0 and used_off >= 18 * num + 6


@settings(max_examples=100)
@given(rtype=u32, reserved=u32, sector=u64, count=u32, flags=u32)
def test_blk_request_and_segment_structs(rtype, reserved, sector, count, flags):
    from kaitaistruct import BytesIO, KaitaiStream
    blk = parse(VhostUserBlk, bytes(8))
    hdr = VhostUserBlk.RequestHeader(KaitaiStream(BytesIO(L.BLK_REQUEST_HEADER.pack(rtype, reserved, sector))),
                                     blk, blk)
    hdr._read()
    assert (_value(hdr.type), hdr.reserved, hdr.sector) == (rtype, reserved, sector)
    seg = VhostUserBlk.Segment(KaitaiStream(BytesIO(L.BLK_SEGMENT.pack(sector, count, flags))), blk, blk)
    seg._read()
    assert (seg.sector, seg.num_sectors, seg.flags.unmap) == (sector, count, bool(flags & L.BLK_SEGMENT_F_UNMAP))


def _spec_enum(ksy: str, name: str) -> dict:
    return yaml.safe_load((KSY / ksy).read_text())["enums"][name]


@pytest.mark.parametrize("ksy,enum,rules", [
    ("vhost_user.ksy", "front_end_request", FRONT_END_RULES),
    ("vhost_user_backend.ksy", "backend_request", BACKEND_RULES),
], ids=["front-end", "back-end"])
def test_rules_table_matches_the_spec_custom_keys(ksy, enum, rules):
    spec = _spec_enum(ksy, enum)
    assert set(spec) == set(rules)
    for value, entry in spec.items():
        assert rules[value].fds.value == entry["-fds"], entry["id"]
        assert rules[value].reply.value == entry["-reply"], entry["id"]


def test_request_and_feature_enums_are_complete():
    assert sorted(int(r.value) for r in L.FrontEndRequest) == list(range(1, 44))
    assert sorted(int(r.value) for r in L.BackendRequest) == list(range(1, 9))
    assert sorted(int(f.value) for f in L.ProtocolFeature) == list(range(20))
    assert {int(f.value) for f in L.VirtioFeature} >= {26, 28, 29, 30, 32}


def test_feature_bit_types_follow_their_enums():
    for enum, cls, request in ((L.ProtocolFeature, VhostUser.ProtocolFeatures, L.FrontEndRequest.set_protocol_features),
                               (L.VirtioFeature, VhostUser.VirtioFeatures, L.FrontEndRequest.set_features)):
        for feature in enum:
            parsed = _body(request, P.pack_u64(L.bit(feature)))
            assert isinstance(parsed, cls)
            assert getattr(parsed, feature.name) is True, feature.name
            others = [name for name, v in vars(parsed).items() if v is True]
            assert others == [feature.name]


def test_backend_channel_messages_parse_with_the_main_channel_payloads():
    msg = parse(VhostUserBackend, L.HEADER.pack(4, L.VERSION, 8) + P.pack_vring_state(3, 0))
    assert msg.request == L.BackendRequest.vring_call and msg.request_body.index == 3
    ack = parse(VhostUserBackend, L.HEADER.pack(2, L.VERSION | L.FLAG_REPLY, 8) + P.pack_u64(0))
    assert ack.reply_body.value == 0


def test_blk_config_written_by_the_device_parses_back(tmp_path):
    from qemuspec.ipc.vhost_user.blk import BlkExport
    image = tmp_path / "d.raw"
    image.write_bytes(bytes(1 << 20))
    with BlkExport(image, num_queues=2) as export:
        raw = export.device().config()
    assert len(raw) == BLK_CONFIG_SIZE
    cfg = parse(VhostUserBlk, raw)
    assert (cfg.num_sectors, cfg.len_block, cfg.num_queues, cfg.writeback) == (2048, 512, 2, 1)
    assert struct.unpack_from("<Q", raw)[0] == 2048 and raw[32] == 1


def test_input_config_and_event_formats_agree_with_the_spec():
    from qemuspec.formats.vhost_user_input import VhostUserInput
    from qemuspec.ipc.vhost_user.input import AbsInfo, InputDevice, InputEvent

    dev = InputDevice(name="tablet", serial="S1", devids=(3, 0x1234, 0x5678, 9), props=[1],
                      ev_bits={1: [0x110, 0x14A]}, abs_info={0: AbsInfo(0, 32767, 1, 2, 3), 1: AbsInfo(-5, 5)})
    seen = {}
    for select, subsel in [(1, 0), (2, 0), (3, 0), (0x10, 0), (0x11, 1), (0x11, 3), (0x11, 2), (0x12, 0),
                           (0x12, 1), (0x12, 7), (0, 0), (0x42, 0)]:
        assert dev.set_config(0, bytes([select, subsel]), False)
        raw = dev.config()
        assert len(raw) == L.INPUT_CONFIG_SIZE
        cfg = parse(VhostUserInput, raw)
        assert (_value(cfg.select), cfg.subsel, cfg.reserved) == (select, subsel, bytes(5))
        seen[select, subsel] = (cfg, raw[L.INPUT_ANSWER_OFFSET:L.INPUT_ANSWER_OFFSET + cfg.len_answer])
    assert seen[1, 0][1] == b"tablet" and seen[2, 0][1] == b"S1"
    devids = seen[3, 0][0].answer
    assert (devids.bustype, devids.vendor, devids.product, devids.version) == (3, 0x1234, 0x5678, 9)
    assert L.INPUT_DEVIDS.unpack(seen[3, 0][1]) == (3, 0x1234, 0x5678, 9)
    assert seen[0x10, 0][1] == b"\x02"
    assert seen[0x11, 3][1] == b"\x03" and seen[0x11, 2][1] == b""        # EV_ABS from the axes; no EV_REL
    assert len(seen[0x11, 1][1]) == 0x14A // 8 + 1
    info = seen[0x12, 0][0].answer
    assert (info.min, info.max, info.fuzz, info.flat, info.res) == (0, 32767, 1, 2, 3)
    assert seen[0x12, 1][0].answer.min == -5 and L.INPUT_ABSINFO.unpack(seen[0x12, 1][1]) == (-5, 5, 0, 0, 0)
    assert seen[0x12, 7][1] == b"" and seen[0, 0][1] == b"" and seen[0x42, 0][1] == b""
    for ev in (InputEvent(1, 30, 1), InputEvent(2, 0, -7), InputEvent(0x11, 1, 0)):
        parsed = parse(VhostUserInput.Event, ev.pack())
        assert (_value(parsed.type), parsed.code, parsed.value) == (ev.type, ev.code, ev.value)
    assert L.INPUT_EVENT.size == 8 and L.INPUT_ABSINFO.size == 20 and L.INPUT_DEVIDS.size == 8
