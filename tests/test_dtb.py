"""The dtb spec and qemuspec.ppc.fdt against dtc, on hand-written trees and bad input."""

from __future__ import annotations

import json
import struct
import subprocess

import pytest

from qemuspec.errors import FormatError
from qemuspec.formats.dtb import Dtb
from qemuspec.ppc import DeviceTree
from qemuspec.ppc import builders
from qemuspec.specs import detect, parse

from conftest import QEMUSPEC, SAMPLES, run

DTS = """/dts-v1/;
/memreserve/ 0x10000000 0x4000;
/memreserve/ 0x20000000 0x100000;
/ {
    #address-cells = <2>;
    compatible = "qemu,pseries", "qemuspec,test";
    flag;
    bytes = [de ad be ef 01];
    ibm,drc-indexes = <2 0x80000004 0x10000003>;
    ibm,drc-names = [00 00 00 02], "LMB 4", "CPU 3";
    ibm,drc-types = [00 00 00 02], "MEM", "CPU";
    ibm,drc-power-domains = <2 0xffffffff 0xffffffff>;
    cpus {
        PowerPC,POWER9@0 { reg = <0>; ibm,my-drc-index = <0x10000000>; };
    };
    rtas { ibm,lrdr-capacity = <0x1 0x0 0x0 0x10000000 0x8>; };
    deep { a { b { c { d { e = "f"; }; }; }; }; };
};
"""


@pytest.fixture(scope="module")
def dtc_blob(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dtc")
    (folder / "t.dts").write_text(DTS)
    subprocess.run(["dtc", "-q", "-I", "dts", "-O", "dtb", "-b", "3", "-o", str(folder / "t.dtb"),
                    str(folder / "t.dts")], check=True)
    return (folder / "t.dtb").read_bytes()


def test_a_dtc_tree_reads_back(dtc_blob):
    tree = DeviceTree.from_bytes(dtc_blob)
    assert detect(dtc_blob) == "dtb"
    assert tree.version == 17 and tree.boot_cpuid_phys == 3
    assert tree.memory_reservations == [(0x10000000, 0x4000), (0x20000000, 0x100000)]
    root = tree.root
    assert root.properties["compatible"].strings() == ["qemu,pseries", "qemuspec,test"]
    assert root.properties["flag"].raw == b"" and root.properties["bytes"].raw == bytes.fromhex("deadbeef01")
    assert [i.value for i in root.properties["ibm,drc-indexes"].value.drc_indexes] == [0x80000004, 0x10000003]
    assert root.properties["ibm,drc-names"].value.names == ["LMB 4", "CPU 3"]
    assert root.properties["ibm,drc-types"].value.drc_types == ["MEM", "CPU"]
    assert root.properties["ibm,drc-power-domains"].value.power_domains == [-1, -1]
    assert tree.node("/cpus/PowerPC,POWER9@0").properties["ibm,my-drc-index"].value.value == 0x10000000
    assert tree.node("/cpus").child("PowerPC,POWER9").name == "PowerPC,POWER9@0"
    assert tree.node("/rtas").properties["ibm,lrdr-capacity"].value.max_address == 1 << 32
    assert tree.node("/deep/a/b/c/d").properties["e"].raw == b"f\0"
    assert [n.path for n in tree.walk()][:3] == ["/", "/cpus", "/cpus/PowerPC,POWER9@0"]
    # the raw values are the builders' bytes
    assert root.properties["ibm,drc-names"].raw == builders.drc_names(["LMB 4", "CPU 3"])
    assert tree.node("/rtas").properties["ibm,lrdr-capacity"].raw == builders.lrdr_capacity(1 << 32, 1 << 28, 8)


def _nop_out(blob: bytes, prop_name: str) -> bytes:
    """Overwrite one property's token, header and value with NOP tokens, as libfdt's fdt_nop_property does."""
    parsed = parse(Dtb, blob)
    strings = parsed.ofs_strings_block
    data = bytearray(blob)
    pos = parsed.ofs_structure_block
    while True:
        token = struct.unpack_from(">I", data, pos)[0]
        if token == 3:
            length, nameoff = struct.unpack_from(">II", data, pos + 4)
            end = pos + 12 + (length + 3) // 4 * 4
            name = data[strings + nameoff:data.index(0, strings + nameoff)].decode()
            if name == prop_name:
                data[pos:end] = struct.pack(">I", 4) * ((end - pos) // 4)
                return bytes(data)
            pos = end
        elif token == 1:
            pos = (data.index(0, pos + 4) + 4) // 4 * 4
        else:
            pos += 4


def test_nop_tokens_are_skipped(dtc_blob, tmp_path):
    blob = _nop_out(dtc_blob, "bytes")
    tree = DeviceTree.from_bytes(blob)
    assert "bytes" not in tree.root.properties and "flag" in tree.root.properties
    (tmp_path / "n.dtb").write_bytes(blob)
    dts = subprocess.run(["dtc", "-q", "-I", "dtb", "-O", "dts", str(tmp_path / "n.dtb")], capture_output=True,
                         text=True, check=True).stdout
    assert "bytes" not in dts


def _replace(blob: bytes, offset: int, value: bytes) -> bytes:
    return blob[:offset] + value + blob[offset + len(value):]


def test_bad_blobs_are_format_errors(dtc_blob):
    parsed = parse(Dtb, dtc_blob)
    s = parsed.ofs_structure_block
    bad = {
        "magic": _replace(dtc_blob, 0, b"\xd0\x0d\xfe\xee"),
        "version 16": _replace(dtc_blob, 20, struct.pack(">I", 16)),
        "truncated": dtc_blob[:s + 20],
        "unknown token": _replace(dtc_blob, s, struct.pack(">I", 5)),
        "structure past the end": _replace(dtc_blob, 36, struct.pack(">I", 1 << 20)),
        "name outside strings": _replace(dtc_blob, s + 8 + 8, struct.pack(">I", 0xFFFF)),  # first prop's nameoff
        "drc names count": dtc_blob.replace(b"\x00\x00\x00\x02LMB 4", b"\x00\x00\x00\x05LMB 4"),
    }
    for what, blob in bad.items():
        with pytest.raises(FormatError):
            DeviceTree.from_bytes(blob)
            pytest.fail(what)


def test_a_second_root_node_is_refused_by_the_tree_model(dtc_blob):
    parsed = parse(Dtb, dtc_blob)
    s, n = parsed.ofs_structure_block, parsed.len_structure_block
    extra = struct.pack(">III", 1, 0, 2)                       # BEGIN_NODE "" END_NODE before END
    blob = dtc_blob[:s + n - 4] + extra + dtc_blob[s + n - 4:]
    blob = _replace(blob, 4, struct.pack(">I", len(blob)))
    blob = _replace(blob, 12, struct.pack(">I", parsed.ofs_strings_block + len(extra)))
    blob = _replace(blob, 36, struct.pack(">I", n + len(extra)))
    assert len(parse(Dtb, blob).structure_block.items) == 3     # the spec reads it ...
    with pytest.raises(FormatError, match="top-level nodes"):   # ... the tree model refuses it
        DeviceTree.from_bytes(blob)


def test_deep_nesting_is_a_format_error():
    depth = 2000
    strings = b""
    struct_block = struct.pack(">I", 1) + b"\0\0\0\0"
    struct_block += (struct.pack(">I", 1) + b"n\0\0\0") * depth + struct.pack(">I", 2) * (depth + 1)
    struct_block += struct.pack(">I", 9)
    header_len = 40 + 16
    header = struct.pack(">4s9I", b"\xd0\x0d\xfe\xed", header_len + len(struct_block), header_len,
                         header_len + len(struct_block), 40, 17, 16, 0, len(strings), len(struct_block))
    with pytest.raises(FormatError):
        DeviceTree.from_bytes(header + bytes(16) + struct_block)


def test_cli_dump_decodes_spapr_properties_of_a_qemu_tree():
    sample = SAMPLES / "dtb.pseries-hotplug.dtb"
    result = run([QEMUSPEC, "dump", str(sample)])
    assert result.returncode == 0, result.stderr.decode()
    out = json.loads(result.stdout)
    assert out["type"] == "dtb"
    root_items = out["value"]["structure_block"]["items"][0]["body"]["items"]
    props = {i["body"]["name"]: i["body"]["value"] for i in root_items if i["token"] == "prop"}
    indexes = props["ibm,drc-indexes"]
    assert indexes["num_drc_indexes"] == len(indexes["drc_indexes"]) > 0
    assert {"drc_type", "id", "value"} <= set(indexes["drc_indexes"][0])
    assert props["ibm,drc-names"]["names"][0].startswith(("PHB", "LMB", "PMEM"))


def test_cli_spapr_drc_lists_connectors():
    sample = SAMPLES / "dtb.pseries-hotplug.dtb"
    result = run([QEMUSPEC, "spapr-drc", "--type", "cpu", "--output", "json", str(sample)])
    assert result.returncode == 0, result.stderr.decode()
    conns = json.loads(result.stdout)
    assert sorted(c["id"] for c in conns) == [0, 1]
    assert {c["node"] for c in conns} == {"/cpus"}
    bad = run([QEMUSPEC, "spapr-drc", str(SAMPLES / "spapr_lrdr_capacity.rtas.bin")])
    assert bad.returncode == 1 and b"qemuspec: error:" in bad.stderr


def test_the_work_area_decodes_the_same_properties_as_the_dtb_spec():
    import yaml

    from conftest import KSY
    dtb = yaml.safe_load((KSY / "dtb.ksy").read_text())
    area = yaml.safe_load((KSY / "spapr_cc_work_area.ksy").read_text())
    [dtb_value] = [a for a in dtb["types"]["property"]["seq"] if a["id"] == "value"]
    assert dtb_value["type"]["cases"] == area["instances"]["value"]["type"]["cases"]


from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_SAMPLE = (SAMPLES / "dtb.pseries-hotplug.dtb").read_bytes()


@given(st.lists(st.tuples(st.integers(0, len(_SAMPLE) - 1), st.integers(0, 255)), min_size=1, max_size=8),
       st.integers(40, len(_SAMPLE)))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_damaged_trees_give_format_errors_or_trees(changes, length):
    data = bytearray(_SAMPLE[:length])
    for pos, value in changes:
        if pos < len(data):
            data[pos] = value
    try:
        tree = DeviceTree.from_bytes(bytes(data))
    except FormatError:
        return
    from qemuspec.ppc import all_connectors
    try:
        all_connectors(tree, strict=False)
    except FormatError:
        pass
