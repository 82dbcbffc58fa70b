#!/usr/bin/env python3
"""Make the sPAPR and DTB samples (samples/spapr.yaml) from a real qemu-system-ppc64.

    .venv/bin/python tools/make_spapr_samples.py [--out DIR]

* dumpdtb: ``-M pseries,dumpdtb=FILE -m 1G,slots=2,maxmem=2G -smp 1,maxcpus=2``; the
  ibm,drc-* and ibm,lrdr-capacity samples are property values cut out of it.
* a running pseries machine whose firmware is qemuspec's hypercall agent
  (same memory and CPUs, ``-rtc base=2024-05-06T07:08:09,clock=vm``): H_CAS
  with option vector 5 asking for ibm,dynamic-reconfiguration-memory (and, in a
  second machine, dynamic-memory-v2 and the modern hotplug events) gives the
  renegotiated tree; QMP device_add hotplugs a DIMM or a CPU core and the RTAS
  call check-exception (through qtest) gives the event log; configure-connector
  gives work areas; H_RTAS made by the agent gives a filled-in parameter block.

The device trees hold QEMU's random rng-seed, so those files differ from run
to run in those 32 bytes; event logs carry the (VM clock) creation time.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from qemuspec.formats.spapr import Spapr
from qemuspec.formats.spapr_cc_work_area import SpaprCcWorkArea
from qemuspec.ppc import DeviceTree, builders, make_index, DrcType
from qemuspec.ppc.hcall import cas_vectors, ov5_bits
from qemuspec.ppc.pseries import PseriesGuest, dump_dtb
from qemuspec.specs import parse

ROOT = Path(__file__).resolve().parent.parent
MACHINE = ["-m", "1G,slots=2,maxmem=2G", "-smp", "1,maxcpus=2"]
RUNNING = [*MACHINE, "-rtc", "base=2024-05-06T07:08:09,clock=vm",
           "-object", "memory-backend-ram,id=m0,size=256M", "-device", "pc-dimm,id=dimm0,memdev=m0"]
POWER9 = (0xFFFF0000, 0x004E0000)
EPOW_MASK, HOTPLUG_MASK = 0x40000000, 0x10000000


def _cas(guest: PseriesGuest, **ov5) -> bytes:
    vectors = cas_vectors([POWER9], [bytes([0, 0, 0x80]), b"\0", b"\0", b"\0", ov5_bits(**ov5)])
    status, dtb = guest.agent.client_architecture_support(vectors)
    if status != 0:
        raise SystemExit(f"H_CAS failed: {status}")
    return dtb


def _trimmed(area: bytes) -> bytes:
    """The work area up to the end of what the last configure-connector call wrote."""
    wa = parse(SpaprCcWorkArea, area)
    end = area.index(b"\0", wa.ofs_name) + 1
    if wa.value is not None:
        end = max(end, wa.ofs_value + wa.len_value)
    return area[:(end + 3) // 4 * 4]


def make(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    dtb = dump_dtb(MACHINE)
    (out / "dtb.pseries-hotplug.dtb").write_bytes(dtb)
    tree = DeviceTree.from_bytes(dtb)
    root, cpus = tree.root.properties, tree.node("/cpus").properties
    (out / "spapr_drc_indexes.root.bin").write_bytes(root["ibm,drc-indexes"].raw)
    (out / "spapr_drc_types.root.bin").write_bytes(root["ibm,drc-types"].raw)
    (out / "spapr_drc_names.cpus.bin").write_bytes(cpus["ibm,drc-names"].raw)
    (out / "spapr_drc_power_domains.cpus.bin").write_bytes(cpus["ibm,drc-power-domains"].raw)
    (out / "spapr_lrdr_capacity.rtas.bin").write_bytes(tree.node("/rtas").properties["ibm,lrdr-capacity"].raw)

    with PseriesGuest(RUNNING) as guest:
        cas = _cas(guest, drconf_memory=True)
        (out / "dtb.pseries-cas-drconf.dtb").write_bytes(cas)
        drconf = DeviceTree.from_bytes(cas).node("/ibm,dynamic-reconfiguration-memory").properties
        (out / "spapr_dynamic_memory.cas.bin").write_bytes(drconf["ibm,dynamic-memory"].raw)
        (out / "spapr_associativity_lookup_arrays.cas.bin").write_bytes(
            drconf["ibm,associativity-lookup-arrays"].raw)

        guest.add_memory("dimm1", 512 << 20)
        (out / "spapr_rtas_event_log.memory-add-count.bin").write_bytes(guest.drc.check_exception(EPOW_MASK))

        guest.hotplug("power9_v2.0-spapr-cpu-core", id="core1", **{"core-id": 1})
        (out / "spapr_rtas_event_log.cpu-add-index.bin").write_bytes(guest.drc.check_exception(EPOW_MASK))
        index = make_index(DrcType.cpu, 1)
        guest.drc.acquire(index)
        steps = guest.drc.configure_connector_steps(index)
        (out / "spapr_cc_work_area.cpu-next-child.bin").write_bytes(_trimmed(steps[0].work_area))
        [my_index] = [s for s in steps if s.status == Spapr.CcStatus.next_property
                      and parse(SpaprCcWorkArea, s.work_area).name == "ibm,my-drc-index"]
        (out / "spapr_cc_work_area.cpu-my-drc-index.bin").write_bytes(_trimmed(my_index.work_area))

        block_addr = 0x60000
        block = builders.rtas_args(guest.tokens["get-sensor-state"], [9003, index], 2)
        guest.qtest.mem_write(block_addr, block)
        guest.agent.call(Spapr.Hcall.h_rtas, block_addr)
        (out / "spapr_rtas_args.get-sensor-state.bin").write_bytes(guest.qtest.mem_read(block_addr, len(block)))

    with PseriesGuest(RUNNING) as guest:
        cas = _cas(guest, drconf_memory=True, dynamic_memory_v2=True, hotplug_events=True)
        drconf = DeviceTree.from_bytes(cas).node("/ibm,dynamic-reconfiguration-memory").properties
        (out / "spapr_dynamic_memory_v2.cas.bin").write_bytes(drconf["ibm,dynamic-memory-v2"].raw)
        guest.add_memory("dimm1", 512 << 20)
        (out / "spapr_rtas_event_log.memory-add-count-indexed.bin").write_bytes(
            guest.drc.check_exception(HOTPLUG_MASK))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "samples", help="output folder (default: samples/)")
    make(parser.parse_args().out)


if __name__ == "__main__":
    main()
