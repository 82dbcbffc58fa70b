#!/usr/bin/env python3
"""Make the Rocker samples (samples/rocker.yaml) from a real qemu-system-x86_64.

    .venv/bin/python tools/make_rocker_samples.py [--out DIR]

A stopped q35 machine (-S) with ``-global rocker.len-ports=3 -device
rocker,name=sw0,fp_start_macaddr=52:54:00:ab:cd:10,switch_id=0x0012345678abcdef,
ports[0]=p0,ports[1]=p1,ports[2]=p2`` (hubport netdevs), driven through qtest by
qemuspec.net.rocker_driver: BAR0 mapped by PCI config cycles, rings in guest
memory, descriptors and TLV buffers built with the generated writers. The
files are what guest memory or BAR0 held at the moments named in rocker.yaml;
they are byte-for-byte reproducible.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from qemuspec.formats.rocker import Rocker
from qemuspec.formats.rocker_cmd import RockerCmd
from qemuspec.net import rocker_build as build
from qemuspec.net.rocker_driver import RockerDriver
from qemuspec.qtest import QemuProcess

ROOT = Path(__file__).resolve().parent.parent
A, C = RockerCmd.OfDpaAttr, RockerCmd.CmdType


def make(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    args = ["-S", "-M", "q35", "-display", "none", "-nodefaults", "-m", "64M", "-global", "rocker.len-ports=3"]
    args += [a for n in range(3) for a in ("-netdev", f"hubport,id=p{n},hubid={n}")]
    args += ["-device", "rocker,name=sw0,fp_start_macaddr=52:54:00:ab:cd:10,switch_id=0x0012345678abcdef,"
                        "ports[0]=p0,ports[1]=p1,ports[2]=p2,addr=0x4"]
    with tempfile.TemporaryDirectory() as tmp, QemuProcess(args, workdir=tmp) as qemu:
        driver = RockerDriver(qemu.qtest)
        ring = driver.setup_ring(Rocker.Ring.cmd, size=4, buf_size=256)
        command = build.get_port_settings(2)
        slot = driver.post(ring, command, cookie=0x2A)
        (out / "rocker_cmd.get-port-settings.bin").write_bytes(command)
        desc, answer = driver.completed(ring, slot)
        (out / "rocker_cmd.get-port-settings-answer.bin").write_bytes(answer)
        (out / "rocker_desc.cmd-ring.bin").write_bytes(qemu.qtest.mem_read(ring.base, 4 * build.DESCRIPTOR_SIZE))
        driver.return_credits(ring, 1)

        flow = build.of_dpa_command(C.of_dpa_flow_add, [
            (A.table_id, build.le(Rocker.OfDpaTable.ingress_port, 2)), (A.priority, build.le(1, 4)),
            (A.hardtime, build.le(0, 4)), (A.cookie, build.le(0x1234, 8)), (A.in_pport, build.le(1, 4)),
            (A.goto_table_id, build.le(Rocker.OfDpaTable.vlan, 2))])
        driver.command(flow)
        (out / "rocker_cmd.of-dpa-flow-add.bin").write_bytes(flow)

        events = driver.setup_event_ring(size=4)
        driver.enable_ports(0b100)
        [event] = driver.events()
        (out / "rocker_event.link-changed.bin").write_bytes(event.raw)

        tx_ring = driver.setup_ring(2 * 2, size=4)                     # port 2's Tx ring
        qemu.qtest.mem_write(0x300000, bytes.fromhex("ffffffffffff525400abcd110800") + bytes(46))
        tx = build.tx_buffer([(0x300000, 30), (0x30001E, 30)], offload=Rocker.TxOffload.none)
        driver.post(tx_ring, tx)
        (out / "rocker_tx.two-fragments.bin").write_bytes(tx)

        rx_ring = driver.setup_ring(2 * 2 + 1, size=4)                 # port 2's Rx ring
        rx = build.rx_buffer(0x310000, 1518)
        driver.post(rx_ring, rx)
        (out / "rocker_rx.posted.bin").write_bytes(qemu.qtest.mem_read(rx_ring.buffer_addr(0), len(rx)))

        (out / "rocker.registers.bin").write_bytes(driver.register_dump())
        del events


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "samples", help="output folder (default: samples/)")
    make(parser.parse_args().out)


if __name__ == "__main__":
    main()
