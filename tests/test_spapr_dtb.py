"""Real pseries device trees (qemu-system-ppc64 -M pseries,dumpdtb=) against their configuration and dtc.

For each memory/CPU hotplug configuration, every DRC array decodes, the
connectors are the ones the configuration implies (LMBs from maxmem and the
LMB size, NVDIMM slots, PHBs, CPU cores from maxcpus, PCI slots), the
ibm,lrdr-capacity property matches maxmem and maxcpus, and every node and
property we read is what ``dtc -I dtb -O dts`` prints.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass

import pytest

from qemuspec.ppc import DeviceTree, DrcType, all_connectors, connectors
from qemuspec.ppc.pseries import dump_dtb

GiB, MiB = 1 << 30, 1 << 20
LMB_SIZE = 256 * MiB
MAX_PHBS = 31          # QEMU's SPAPR_MAX_PHBS
PCI_SLOT_DRCS = 256    # one per devfn of a PHB's root bus


@dataclass(frozen=True)
class Config:
    name: str
    ram: int
    cpus: int
    maxmem: int | None = None
    slots: int = 0
    maxcpus: int | None = None
    topology: str = ""
    dimm: int = 0          # a cold-plugged pc-dimm of this size

    def args(self) -> list[str]:
        mem = f"{self.ram // MiB}M"
        if self.maxmem:
            mem += f",slots={self.slots},maxmem={self.maxmem // MiB}M"
        smp = f"{self.cpus}" + (f",maxcpus={self.maxcpus}" if self.maxcpus else "") + self.topology
        out = ["-m", mem, "-smp", smp]
        if self.dimm:
            out += ["-object", f"memory-backend-ram,id=dimm0-mem,size={self.dimm // MiB}M",
                    "-device", "pc-dimm,id=dimm0,memdev=dimm0-mem"]
        return out

    @property
    def device_memory_base(self) -> int:
        return -(-self.ram // GiB) * GiB        # the boot RAM size rounded up to 1 GiB

    @property
    def hotplug_memory(self) -> int:
        return (self.maxmem - self.ram) if self.maxmem else 0

    @property
    def max_cpus(self) -> int:
        return self.maxcpus or self.cpus


CONFIGS = [
    Config("1G-max4G-2of8cpus", GiB, 2, maxmem=4 * GiB, slots=4, maxcpus=8),
    Config("1536M-max3G-unaligned", 1536 * MiB, 1, maxmem=3 * GiB, slots=1, maxcpus=1),
    Config("512M-no-hotplug", 512 * MiB, 1),
    Config("2G-max16G-2sockets", 2 * GiB, 4, maxmem=16 * GiB, slots=8, maxcpus=12, topology=",sockets=2,cores=6"),
    Config("1G-max3G-dimm", GiB, 2, maxmem=3 * GiB, slots=2, maxcpus=4, dimm=512 * MiB),
]


@pytest.fixture(scope="module", params=CONFIGS, ids=lambda c: c.name)
def machine(request, tmp_path_factory):
    config = request.param
    data = dump_dtb(config.args())
    path = tmp_path_factory.mktemp("dtb") / f"{config.name}.dtb"
    path.write_bytes(data)
    return config, path, DeviceTree.from_bytes(data)


def by_type(conns, drc_type):
    return sorted(c.id for c in conns if c.drc_type == drc_type)


def test_root_connectors_follow_the_memory_configuration(machine):
    config, _, tree = machine
    root = connectors(tree.root)   # strict: names and type strings agree with each index
    first_lmb = config.device_memory_base // LMB_SIZE
    lmbs = config.hotplug_memory // LMB_SIZE
    assert by_type(root, DrcType.lmb) == list(range(first_lmb, first_lmb + lmbs))
    assert by_type(root, DrcType.pmem) == list(range(config.slots))
    assert by_type(root, DrcType.phb) == list(range(MAX_PHBS))
    assert {c.drc_type for c in root} <= {DrcType.lmb, DrcType.pmem, DrcType.phb}
    assert all(c.power_domain == -1 for c in root)
    names = {c.index: c.name for c in root}
    if lmbs:
        assert names[0x80000000 | first_lmb] == f"LMB {first_lmb}"
    assert names[0x20000000] == "PHB 0"


def test_cpu_connectors_follow_maxcpus(machine):
    config, _, tree = machine
    cpus = tree.node("/cpus")
    conns = connectors(cpus)
    assert by_type(conns, DrcType.cpu) == list(range(config.max_cpus))
    assert {c.type_name for c in conns} == {"CPU"}
    present = [n for n in cpus.children if n.name.startswith("PowerPC,")]
    assert len(present) == config.cpus
    for node in present:
        core = int(node.name.split("@")[1], 16)
        my_index = node.properties["ibm,my-drc-index"].value
        assert (my_index.drc_type, my_index.id) == (DrcType.cpu, core)


def test_lrdr_capacity_follows_maxmem_and_maxcpus(machine):
    config, _, tree = machine
    capacity = tree.node("/rtas").properties["ibm,lrdr-capacity"].value
    expected_end = config.device_memory_base + config.hotplug_memory if config.hotplug_memory else 0
    assert capacity.max_address == expected_end
    assert capacity.lmb_size == LMB_SIZE
    assert capacity.max_cpus == config.max_cpus


def test_pci_slot_connectors_of_the_default_phb(machine):
    _, _, tree = machine
    phb = tree.root.child("pci")
    assert phb.properties["ibm,my-drc-index"].value.value == 0x20000000
    slots = connectors(phb)
    assert len(slots) == PCI_SLOT_DRCS
    assert {c.type_name for c in slots} == {"28"}
    assert sorted(c.index for c in slots) == [0x40000000 | devfn for devfn in range(PCI_SLOT_DRCS)]
    assert all(c.name == f"C{c.id}" for c in slots)


def test_every_index_is_unique_in_the_machine(machine):
    config, _, tree = machine
    conns = all_connectors(tree)
    assert len(conns) == len({c.index for c in conns})
    expected = (config.hotplug_memory // LMB_SIZE + config.slots + MAX_PHBS + config.max_cpus + PCI_SLOT_DRCS)
    assert len(conns) == expected


# -- dtc -------------------------------------------------------------------

_ESCAPES = {"a": 7, "b": 8, "t": 9, "n": 10, "v": 11, "f": 12, "r": 13, "\\": 92, '"': 34, "'": 39}


def _dts_string(text: str, i: int) -> tuple[bytes, int]:
    """Decode a dtc string literal starting after its opening quote; return bytes and the index after it."""
    out = bytearray()
    while text[i] != '"':
        if text[i] != "\\":
            out.append(ord(text[i]))
            i += 1
            continue
        i += 1
        c = text[i]
        if c in _ESCAPES:
            out.append(_ESCAPES[c])
            i += 1
        elif c == "x":
            m = re.match(r"[0-9a-fA-F]{1,2}", text[i + 1:])
            out.append(int(m.group(), 16))
            i += 1 + len(m.group())
        else:
            m = re.match(r"[0-7]{1,3}", text[i:])
            out.append(int(m.group(), 8))
            i += len(m.group())
    return bytes(out + b"\0"), i + 1


def _dts_value(text: str) -> bytes:
    out, i = bytearray(), 0
    while i < len(text):
        c = text[i]
        if c in " ,\t":
            i += 1
        elif c == '"':
            value, i = _dts_string(text, i + 1)
            out += value
        elif c == "<":
            end = text.index(">", i)
            out += b"".join(int(cell, 16).to_bytes(4, "big") for cell in text[i + 1:end].split())
            i = end + 1
        elif c == "[":
            end = text.index("]", i)
            out += bytes.fromhex(text[i + 1:end].replace(" ", ""))
            i = end + 1
        else:
            raise AssertionError(f"unexpected dts value text {text[i:i + 20]!r}")
    return bytes(out)


def parse_dts(text: str) -> dict[str, dict[str, bytes]]:
    """dtc's DTS output -> {node path: {property: value bytes}}."""
    tree: dict[str, dict[str, bytes]] = {}
    stack: list[str] = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("/dts-v1/") or line.startswith("/memreserve/"):
            continue
        if line.endswith("{"):
            name = line[:-1].strip()
            path = "/" if name == "/" else (stack[-1].rstrip("/") + "/" + name)
            stack.append(path)
            tree[path] = {}
        elif line == "};":
            stack.pop()
        elif "=" in line:
            name, value = line[:-1].split("=", 1)
            tree[stack[-1]][name.strip()] = _dts_value(value.strip())
        else:
            tree[stack[-1]][line[:-1]] = b""
    return tree


def test_our_tree_is_what_dtc_prints(machine):
    _, path, tree = machine
    dts = subprocess.run(["dtc", "-q", "-I", "dtb", "-O", "dts", str(path)], capture_output=True, text=True,
                         check=True).stdout
    expected = parse_dts(dts)
    ours = {node.path: {name: prop.raw for name, prop in node.properties.items()} for node in tree.walk()}
    assert list(ours) == list(expected)
    for node_path, props in expected.items():
        assert ours[node_path] == props, node_path
    # and the decoded arrays are dtc's cells
    for node in tree.walk():
        prop = node.properties.get("ibm,drc-indexes")
        if prop is not None:
            cells = expected[node.path]["ibm,drc-indexes"]
            values = [int.from_bytes(cells[i:i + 4], "big") for i in range(0, len(cells), 4)]
            assert values == [prop.value.num_drc_indexes] + [i.value for i in prop.value.drc_indexes]
