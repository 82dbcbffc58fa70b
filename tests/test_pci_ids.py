"""QEMU's PCI IDs (ksy/pci_ids.ksy, qemuspec.pci) against a qemu-system-x86_64 with one of each device.

Two stopped machines (q35 and pc) hold every 1af4/1b36 device this QEMU
build has; their configuration headers are read through qtest PCI
configuration cycles (outl 0xcf8 / inl 0xcfc) and parsed with the pci_ids
spec. Every vendor:device QEMU reports for its two vendors must be in our
table under the name we expect for the device we plugged.
"""

from __future__ import annotations

from dataclasses import dataclass

import json

import pytest

from qemuspec import pci
from qemuspec.errors import FormatError, PeerError, UsageError
from qemuspec.formats.pci_ids import PciIds
from qemuspec.pci_qtest import HEADER_SIZE, scan
from qemuspec.qtest import QemuProcess
from qemuspec.specs import parse

from conftest import QEMUSPEC, run

V = PciIds.VirtioDevice

# -device spec -> (expected name in our table, virtio device ID in the subsystem ID or None)
Q35_DEVICES = {
    "virtio-net-pci-transitional": ("virtio_net_legacy", V.net),
    "virtio-net-pci-non-transitional": ("virtio_net", None),
    "virtio-blk-pci-transitional,drive=nb0": ("virtio_block_legacy", V.block),
    "virtio-blk-pci-non-transitional,drive=nb1": ("virtio_block", None),
    "virtio-balloon-pci-transitional": ("virtio_balloon_legacy", V.balloon),
    "virtio-serial-pci-transitional": ("virtio_console_legacy", V.console),
    "virtio-serial-pci-non-transitional": ("virtio_console", None),
    "virtio-scsi-pci-transitional": ("virtio_scsi_legacy", V.scsi),
    "virtio-scsi-pci-non-transitional": ("virtio_scsi", None),
    "virtio-rng-pci-transitional": ("virtio_rng_legacy", V.rng),
    "virtio-rng-pci-non-transitional": ("virtio_rng", None),
    "virtio-9p-pci-transitional,fsdev=fs0,mount_tag=t0": ("virtio_9p_legacy", V.transport_9p),
    "virtio-9p-pci-non-transitional,fsdev=fs1,mount_tag=t1": ("virtio_9p", None),
    "virtio-gpu-pci": ("virtio_gpu", None),
    "virtio-keyboard-pci": ("virtio_input", None),
    "virtio-tablet-pci": ("virtio_input", None),
    "virtio-crypto-pci,cryptodev=cr0": ("virtio_crypto", None),
    "virtio-iommu-pci": ("virtio_iommu", None),
    "pcie-pci-bridge": ("pcie_pci_bridge", None),
    "pcie-root-port,chassis=3": ("pcie_root_port", None),
    "pxb-pcie,bus_nr=100": ("pxb_pcie", None),
    "qemu-xhci": ("xhci", None),
    "nvme,serial=qemuspec": ("nvme", None),
    "pvpanic-pci": ("pvpanic", None),
    "acpi-erst,memdev=erst": ("acpi_erst", None),
    "qxl": ("qxl", None),
}
PC_DEVICES = {                                         # pxb needs a PCI root bus; one balloon per machine
    "pxb,bus_nr=50": ("pxb", None),
    "virtio-balloon-pci-non-transitional": ("virtio_balloon", None),
    "qxl-vga": ("qxl", None),
    "ivshmem-plain,memdev=shm": ("ivshmem", None),
    "pci-bridge,chassis_nr=1": ("pci_bridge", None),
    "pci-bridge-seat,chassis_nr=2": ("pci_bridge_seat", None),
    "pci-serial": ("pci_serial", None),
    "pci-serial-2x": ("pci_serial_2x", None),
    "pci-serial-4x": ("pci_serial_4x", None),
    "pci-testdev": ("pci_testdev", None),
    "rocker": ("rocker", None),
    "sdhci-pci": ("sdhci", None),
}


def machine_args(folder, machine: str, devices: dict[str, tuple]) -> list[str]:
    args = ["-S", "-M", machine, "-display", "none", "-nodefaults", "-m", "128M",
            "-blockdev", "null-co,node-name=nb0", "-blockdev", "null-co,node-name=nb1",
            "-fsdev", f"local,id=fs0,path={folder},security_model=none",
            "-fsdev", f"local,id=fs1,path={folder},security_model=none",
            "-object", "cryptodev-backend-builtin,id=cr0",
            "-object", "memory-backend-ram,id=shm,size=1M",
            "-object", f"memory-backend-file,id=erst,mem-path={folder}/erst.bin,size=64K,share=on"]
    bus = "pcie.0" if machine == "q35" else "pci.0"
    for slot, spec in enumerate(devices, start=2):
        args += ["-device", f"{spec},bus={bus},addr={slot:#x}"]
    return args


@pytest.fixture(scope="module", params=[("q35", Q35_DEVICES), ("pc", PC_DEVICES)], ids=["q35", "pc"])
def scanned(request, tmp_path_factory):
    machine, devices = request.param
    folder = tmp_path_factory.mktemp(f"pci-{machine}")
    with QemuProcess(machine_args(folder, machine, devices), workdir=folder) as qemu:
        try:
            live = scan(qemu.qtest, 0)
        except PeerError as exc:
            raise PeerError(f"{exc}; QEMU said: {qemu.log()}") from exc
        functions = [Found(f.bus, f.device, f.function, f.vendor, f.device_id, f.ids()) for f in live]
        raw = {(f.device, f.function): f.config_space(HEADER_SIZE) for f in live}
    return devices, functions, raw


@dataclass(frozen=True)
class Found:
    """What the scan read from one function while QEMU ran."""
    bus: int
    device: int
    function: int
    vendor: int
    device_id: int
    header: PciIds

    def __str__(self) -> str:
        return f"{self.bus:02x}:{self.device:02x}.{self.function} {self.vendor:04x}:{self.device_id:04x}"


def test_every_qemu_id_qemu_reports_is_in_our_table_with_the_right_name(scanned):
    devices, functions, _ = scanned
    by_slot = {f.device: f for f in functions if f.function == 0}
    for slot, (spec, (name, _)) in enumerate(devices.items(), start=2):
        found = by_slot.get(slot)
        assert found is not None, f"{spec} is not at slot {slot}"
        entry = pci.lookup(found.vendor, found.device_id)
        assert entry is not None, f"{spec}: {found} is not in our table"
        assert entry.name == name, f"{spec}: {found} is {entry.name}"
    ours = [f for f in functions if f.vendor in (0x1AF4, 0x1B36)]
    assert {f.device for f in ours} == set(range(2, 2 + len(devices)))   # nothing else of QEMU's vendors


def test_the_spec_names_what_it_reads(scanned):
    devices, functions, raw = scanned
    for f in functions:
        header = parse(PciIds, raw[(f.device, f.function)])
        assert int(header.vendor_id) == f.vendor
        if f.vendor == 0x1AF4:
            assert header.qemu_device.name == pci.lookup(f.vendor, f.device_id).name
            if 0x1040 <= f.device_id <= 0x10EF:
                assert int(header.virtio_device) == f.device_id - 0x1040
        elif f.vendor == 0x1B36:
            assert header.qemu_own_device.name == pci.lookup(f.vendor, f.device_id).name


def test_transitional_virtio_devices_carry_their_virtio_id_as_subsystem(scanned):
    devices, functions, _ = scanned
    by_slot = {f.device: f for f in functions if f.function == 0}
    for slot, (spec, (name, virtio)) in enumerate(devices.items(), start=2):
        header = by_slot[slot].header
        if header.header_type.layout != 0:
            continue                                               # bridges have no subsystem ID here
        assert header.header.subsystem_vendor_id == PciIds.Vendor.red_hat_qumranet, spec
        if virtio is not None:
            assert header.header.virtio_subsystem == virtio, spec
            assert pci.lookup(0x1AF4, by_slot[slot].device_id).virtio_id == int(virtio)
        elif name.startswith("virtio_"):
            assert header.header.subsystem_id >= 0x40, spec        # modern: not a legacy virtio ID
        else:
            assert header.header.qemu_subsystem == PciIds.Device1af4.qemu_subsystem, spec


def test_bridges_parse_as_type_1_headers(scanned):
    devices, functions, _ = scanned
    bridges = [f for f in functions if pci.lookup(f.vendor, f.device_id) is not None
               and pci.lookup(f.vendor, f.device_id).name in ("pci_bridge", "pci_bridge_seat", "pcie_pci_bridge",
                                                               "pcie_root_port")]
    assert len(bridges) == 2                                    # two per machine
    for f in bridges:
        assert f.header.header_type.layout == 1
        assert f.header.class_code == 6 and f.header.subclass == 4          # PCI-to-PCI bridge


def test_lookup_covers_the_spec():
    assert pci.lookup(0x1AF4, 0x1000).name == "virtio_net_legacy"
    assert pci.lookup(0x1AF4, 0x1012).name == "virtio_vsock_legacy"
    assert pci.lookup(0x1AF4, 0x1110).name == "ivshmem"
    assert pci.lookup(0x1AF4, 0x1100).name == "qemu_subsystem"
    for device in range(0x10F0, 0x1100):
        assert "experimental" in pci.lookup(0x1AF4, device).description
    for device in range(0x1040, 0x10F0):                                   # every modern virtio ID
        entry = pci.lookup(0x1AF4, device)
        assert entry.virtio_id == device - 0x1040 and "modern" in entry.description
    assert pci.lookup(0x1AF4, 0x1042).name == "virtio_block"
    for device, name in [(1, "pci_bridge"), (8, "pcie_host_bridge"), (0xF, "mdpy"), (0x13, "ufs"),
                         (0x14, "riscv_iommu"), (0x100, "qxl")]:
        assert pci.lookup(0x1B36, device).name == name
    assert pci.lookup(0x1B36, 0x15) is None
    assert pci.lookup(0x1AF4, 0x1006) is None                             # not assigned
    assert pci.lookup(0x8086, 0x29C0) is None
    assert len(pci.all_ids()) == len(PciIds.Device1af4) + len(PciIds.Device1b36)
    with pytest.raises(UsageError):
        pci.parse_id("1af4")
    with pytest.raises(UsageError):
        pci.parse_id("1af4:10000")


def test_cli_pci_id():
    result = run([QEMUSPEC, "pci-id", "--output", "json", "1af4:1041", "1b36:0006", "1af4:1000"])
    assert result.returncode == 0, result.stderr.decode()
    out = json.loads(result.stdout)
    assert [o["name"] for o in out] == ["virtio_net", "rocker", "virtio_net_legacy"]
    assert out[0]["virtio_id"] == 1 and out[2]["virtio_id"] == 1
    human = run([QEMUSPEC, "pci-id", "1af4:10f3"])
    assert b"experimental" in human.stdout
    missing = run([QEMUSPEC, "pci-id", "1234:5678"])
    assert missing.returncode == 1 and b"not in QEMU's PCI ID table" in missing.stderr


def test_short_config_headers_are_format_errors():
    with pytest.raises(FormatError):
        parse(PciIds, bytes.fromhex("f41a4110") + bytes(20))
