"""The sPAPR builders (generated writers) round-trip through the parsers and match QEMU's bytes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qemuspec.errors import FormatError, UsageError
from qemuspec.formats.spapr import Spapr
from qemuspec.ppc import DeviceTree, builders, connectors
from qemuspec.ppc.drc import NAME_PREFIXES, TYPE_STRINGS, make_index, split_index
from qemuspec.ppc.pseries import dump_dtb
from qemuspec.specs import parse

DRC_TYPES = list(TYPE_STRINGS)
indexes = st.builds(make_index, st.sampled_from(DRC_TYPES), st.integers(0, (1 << 28) - 1))
names = st.text(st.characters(min_codepoint=1, max_codepoint=127), max_size=12)
u32 = st.integers(0, (1 << 32) - 1)
u64 = st.integers(0, (1 << 64) - 1)


@pytest.fixture(scope="module")
def qemu_tree():
    return DeviceTree.from_bytes(dump_dtb(["-m", "1G,slots=2,maxmem=3G", "-smp", "2,maxcpus=6"]))


@given(st.lists(st.tuples(indexes, names, st.sampled_from(list(TYPE_STRINGS.values())),
                          st.integers(-(1 << 31), (1 << 31) - 1)), max_size=20))
@settings(max_examples=60, deadline=None)
def test_drc_arrays_round_trip(conns):
    props = builders.drc_arrays(conns)
    assert [i.value for i in parse("spapr_drc_indexes", props["ibm,drc-indexes"]).drc_indexes] == [c[0] for c in conns]
    assert parse("spapr_drc_names", props["ibm,drc-names"]).names == [c[1] for c in conns]
    assert parse("spapr_drc_types", props["ibm,drc-types"]).drc_types == [c[2] for c in conns]
    assert parse("spapr_drc_power_domains", props["ibm,drc-power-domains"]).power_domains == [c[3] for c in conns]


def test_drc_arrays_rebuilt_from_qemus_connectors_are_qemus_bytes(qemu_tree):
    for node in qemu_tree.walk():
        conns = connectors(node)
        if conns:
            rebuilt = builders.drc_arrays([(c.index, c.name, c.type_name, c.power_domain) for c in conns])
            assert rebuilt == {name: node.properties[name].raw for name in rebuilt}, node.path


def test_lrdr_capacity_rebuilt_is_qemus_bytes(qemu_tree):
    prop = qemu_tree.node("/rtas").properties["ibm,lrdr-capacity"]
    v = prop.value
    assert builders.lrdr_capacity(v.max_address, v.lmb_size, v.max_cpus) == prop.raw
    assert (v.max_address, v.lmb_size, v.max_cpus) == (3 << 30, 256 << 20, 6)


@given(u64, u64, u32)
def test_lrdr_capacity_round_trip(max_address, lmb_size, max_cpus):
    v = parse("spapr_lrdr_capacity", builders.lrdr_capacity(max_address, lmb_size, max_cpus))
    assert (v.max_address, v.lmb_size, v.max_cpus) == (max_address, lmb_size, max_cpus)


lmbs = st.builds(builders.Lmb, u64, indexes, u32, st.booleans(), st.booleans(), st.booleans(), st.booleans())


@given(st.lists(lmbs, max_size=16))
@settings(max_examples=40, deadline=None)
def test_dynamic_memory_round_trip(entries):
    parsed = parse("spapr_dynamic_memory", builders.dynamic_memory(entries))
    assert parsed.num_lmbs == len(entries)
    back = [builders.Lmb(e.address, e.drc_index.value, e.associativity_index, e.flags.assigned,
                         e.flags.drc_invalid, e.flags.reserved_lmb, e.flags.hot_removable) for e in parsed.lmbs]
    assert back == entries


@given(st.lists(st.builds(builders.LmbSet, u32, u64, indexes, u32, st.booleans(), st.booleans(), st.booleans(),
                          st.booleans()), max_size=8))
@settings(max_examples=40, deadline=None)
def test_dynamic_memory_v2_round_trip(sets):
    parsed = parse("spapr_dynamic_memory_v2", builders.dynamic_memory_v2(sets))
    back = [builders.LmbSet(s.num_lmbs, s.address, s.drc_index.value, s.associativity_index, s.flags.assigned,
                            s.flags.drc_invalid, s.flags.reserved_lmb, s.flags.hot_removable) for s in parsed.sets]
    assert back == sets


def test_lmb_flag_bits_are_where_qemu_puts_them():
    raw = builders.dynamic_memory([builders.Lmb(0, 0, 0, assigned=True, drc_invalid=True, reserved=True,
                                                hot_removable=True)])
    assert int.from_bytes(raw[-4:], "big") == 0x8 | 0x20 | 0x80 | 0x100


@given(st.integers(0, 6), st.integers(0, 6).flatmap(lambda n: st.lists(st.lists(u32, min_size=n, max_size=n),
                                                                        max_size=6)))
def test_associativity_lookup_arrays_round_trip(_, lists):
    parsed = parse("spapr_associativity_lookup_arrays", builders.associativity_lookup_arrays(lists))
    assert [lst.domains for lst in parsed.lists] == lists


@pytest.mark.parametrize("ident", [dict(index=0x10000002), dict(count=3), dict(index=0x80000010, count=4),
                                   dict(name="LMB 17")])
@pytest.mark.parametrize("action", [1, 2])
def test_hotplug_event_round_trip(ident, action):
    raw = builders.hotplug_event(2, action, creation_date=0x20240506, creation_time=0x07080900, plid=7, **ident)
    log = parse("spapr_rtas_event_log", raw)
    assert log.len_extended_log == len(raw) - 8
    assert [s.section_id.name for s in log.extended_log.sections] == ["main_a", "main_b", "hotplug"]
    hp = log.extended_log.sections[2]
    assert hp.len_section == 20 + len(ident.get("name", ""))
    body = hp.body
    assert (body.hotplug_type, body.action) == (Spapr.HotplugType.memory, Spapr.HotplugAction(action))
    if "name" in ident:
        assert body.drc.name == ident["name"]
    elif "count" in ident and "index" in ident:
        assert (body.drc.count, body.drc.index.value) == (ident["count"], ident["index"])
    elif "count" in ident:
        assert body.drc.count == ident["count"]
    else:
        assert body.drc.value == ident["index"]
    assert builders.hotplug_section(2, action, **ident) == raw[-hp.len_section:]


def test_builders_refuse_what_does_not_fit():
    with pytest.raises(UsageError):
        builders.drc_indexes([1 << 32])
    with pytest.raises(UsageError):
        builders.drc_names(["a\0b"])
    with pytest.raises(UsageError):
        builders.drc_power_domains([1 << 31])
    with pytest.raises(UsageError):
        builders.lrdr_capacity(1 << 64, 0, 0)
    with pytest.raises(UsageError):
        builders.associativity_lookup_arrays([[1, 2], [3]])
    with pytest.raises(UsageError):
        builders.hotplug_event(1, 1)
    with pytest.raises(UsageError):
        builders.hotplug_event(1, 1, index=1, name="CPU 1")


def test_split_and_make_index_agree():
    assert split_index(0x80000004) == (Spapr.DrcType.lmb, 4)
    assert split_index(0x00000000) == (0, 0)
    assert make_index(Spapr.DrcType.pmem, 3) == 0x90000003
    assert NAME_PREFIXES[Spapr.DrcType.pci] == "C"
    with pytest.raises(ValueError):
        make_index(Spapr.DrcType.cpu, 1 << 28)


@pytest.mark.parametrize("spec, data", [
    ("spapr_drc_indexes", b"\x00\x00\x00\x02\x80\x00\x00\x04"),          # two announced, one there
    ("spapr_drc_names", b"\x00\x00\x00\x01LMB 4"),                     # no NUL
    ("spapr_drc_types", b"\x00\x00\x00\x02MEM\x00"),
    ("spapr_drc_power_domains", b"\x00\x00\x00\x01\xff\xff"),
    ("spapr_lrdr_capacity", bytes(19)),
    ("spapr_dynamic_memory", b"\x00\x00\x00\x01" + bytes(23)),
    ("spapr_dynamic_memory_v2", b"\x00\x00\x00\x02" + bytes(24)),
    ("spapr_associativity_lookup_arrays", b"\xff\xff\xff\xff\x00\x00\x00\x00"),   # 4 billion empty lists
    ("spapr_associativity_lookup_arrays", b"\x00\x00\x00\x02\x00\x00\x00\x04" + bytes(28)),
    ("spapr_rtas_args", b"\x00\x00\x20\x1d\x00\x00\x00\x02\x00\x00\x00\x02" + bytes(12)),
])
def test_bad_properties_are_format_errors(spec, data):
    with pytest.raises(FormatError):
        parse(spec, data)


SPAPR_SPECS = ["spapr_drc_indexes", "spapr_drc_names", "spapr_drc_types", "spapr_drc_power_domains",
               "spapr_lrdr_capacity", "spapr_dynamic_memory", "spapr_dynamic_memory_v2",
               "spapr_associativity_lookup_arrays", "spapr_rtas_event_log", "spapr_cc_work_area", "spapr_rtas_args"]


@given(st.sampled_from(SPAPR_SPECS), st.binary(max_size=200))
@settings(max_examples=200, deadline=None)
def test_random_bytes_parse_or_give_format_errors(spec, data):
    try:
        parse(spec, data)
    except FormatError:
        pass


def _area_samples(listing: str) -> list[tuple[str, bytes]]:
    import yaml

    from conftest import SAMPLES
    entries = yaml.safe_load((SAMPLES / listing).read_text())
    return [(e["spec"], (SAMPLES / e["file"]).read_bytes()) for e in entries if not e["file"].endswith(".dtb")]


_SPAPR_SAMPLES = _area_samples("spapr.yaml")


@given(st.sampled_from(_SPAPR_SAMPLES), st.lists(st.tuples(st.integers(0, 4095), st.integers(0, 255)), max_size=6),
       st.integers(0, 4096))
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
