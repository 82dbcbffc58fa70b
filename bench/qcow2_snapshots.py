#!/usr/bin/env python3
"""check, info and snapshot -l of a qcow2 image with 10k internal snapshots: ours beside qemu-img.

    .venv/bin/python bench/qcow2_snapshots.py [--snapshots 10000] [--data 16M] [--repeat 5] [--tmpdir DIR]

QEMU takes a snapshot in some 30-50 ms here (qemu-img snapshot -c or QMP
blockdev-snapshot-internal-sync), so 10k of them would take minutes. The
image is therefore made as follows: qemu-img creates a 1 GiB image, qemu-io
writes --data bytes, ``qemu-img snapshot -c`` takes one snapshot; then this
script repeats that snapshot: every copy gets its own L1 table (a copy of
the first one's) and entry (id, name), the L2 tables and data clusters gain
one reference per copy, the table moves to the end of the file and the old
table's clusters are freed. ``qemu-img check`` must find the result clean
and ``qemu-img snapshot -l`` must list every snapshot before anything is
timed. Then, whole processes taking turns:

    qemu-img check IMG                  qemuspec check IMG
    qemu-img snapshot -l IMG            qemuspec snapshot -l IMG
    qemu-img info --output=json IMG     qemuspec info --output=json IMG
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import struct
import subprocess
import tempfile
from pathlib import Path

from whole_process import default_tmpdir, qemuspec, report, rounds, size_arg

NB_SNAPSHOTS_AT, SNAPSHOTS_OFFSET_AT = 60, 64  # the qcow2 header's u32 and u64


ENTRY = struct.Struct(">QIHHIIQII")  # a snapshot table entry's fixed part (40 bytes)


def replicate(image: Path, count: int) -> None:
    """Make the image's one snapshot ``count`` snapshots (see the module's docstring)."""
    # imported here, in the child: the timing parent stays small
    from qemuspec.block.qcow2.image import Qcow2Image
    from qemuspec.block.qcow2.layout import L1E_OFFSET_MASK as OFFSET_MASK  # = L2E_OFFSET_MASK

    with Qcow2Image(image, backing=False) as qcow2:
        header, cluster = qcow2.header, qcow2.cluster_size
        if qcow2.refcount_order != 4 or header.num_snapshots != 1:
            raise SystemExit("expected 16-bit refcounts and one snapshot")
        table_at, reftable_at = header.snapshots_offset, header.refcount_table_offset
    data = bytearray(image.read_bytes())
    refblock = int.from_bytes(data[reftable_at:reftable_at + 8], "big") & OFFSET_MASK

    def set_refcount(host: int, value: int) -> None:
        at = refblock + 2 * (host // cluster)
        data[at:at + 2] = value.to_bytes(2, "big")

    def refcount(host: int) -> int:
        at = refblock + 2 * (host // cluster)
        return int.from_bytes(data[at:at + 2], "big")

    l1_at, l1_size, len_id, len_name, *times, len_extra = ENTRY.unpack_from(data, table_at)
    extra = bytes(data[table_at + ENTRY.size:table_at + ENTRY.size + len_extra])
    l1 = bytes(data[l1_at:l1_at + 8 * l1_size])
    tree = []
    for (entry,) in struct.iter_unpack(">Q", l1):
        if entry & OFFSET_MASK:
            l2 = entry & OFFSET_MASK
            tree.append(l2)
            tree += [e & OFFSET_MASK for (e,) in struct.iter_unpack(">Q", data[l2:l2 + cluster]) if e & OFFSET_MASK]
    table = bytearray()
    l1_copies = -(-len(data) // cluster) * cluster
    for number in range(1, count + 1):
        ident, name = str(number).encode(), f"s{number}".encode()
        own_l1 = l1_at if number == 1 else l1_copies + (number - 2) * cluster
        entry = ENTRY.pack(own_l1, l1_size, len(ident), len(name), *times, len_extra) + extra + ident + name
        table += entry + bytes(-len(entry) % 8)
    new_table_at = l1_copies + (count - 1) * cluster
    end = new_table_at + -(-len(table) // cluster) * cluster
    if end // cluster > cluster // 2:  # one 16-bit refcount block covers cluster / 2 clusters
        raise SystemExit("too many snapshots for one refcount block; use fewer")
    data.extend(bytes(end - len(data)))
    for host in tree:
        set_refcount(host, refcount(host) + count - 1)
    for host in range(table_at - table_at % cluster, table_at + 1, cluster):
        set_refcount(host, 0)  # the old one-entry table fits in one cluster
    for host in range(l1_copies, end, cluster):
        set_refcount(host, 1)
    for number in range(2, count + 1):
        at = l1_copies + (number - 2) * cluster
        data[at:at + len(l1)] = l1
    data[new_table_at:new_table_at + len(table)] = table
    struct.pack_into(">I", data, NB_SNAPSHOTS_AT, count)
    struct.pack_into(">Q", data, SNAPSHOTS_OFFSET_AT, new_table_at)
    image.write_bytes(data)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--snapshots", type=int, default=10_000, help="snapshots in the image (default 10000)")
    parser.add_argument("--data", type=size_arg, default=16 << 20, help="guest data written first (default 16M)")
    parser.add_argument("--repeat", type=int, default=5, help="rounds of runs; the median counts (default 5)")
    parser.add_argument("--tmpdir", default=default_tmpdir(), help="where the image goes (default /dev/shm)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="qcow2-snapshots-", dir=args.tmpdir) as tmp:
        image = Path(tmp) / "snapshots.qcow2"
        subprocess.run(["qemu-img", "create", "-q", "-f", "qcow2", str(image), "1G"], check=True)
        subprocess.run(["qemu-io", "-c", f"write -P 0x5a 0 {args.data}", str(image)], check=True, capture_output=True)
        subprocess.run(["qemu-img", "snapshot", "-c", "s1", str(image)], check=True)
        # in a child process: the file passes through memory, and a parent that grew by its
        # size would make every forked command's peak RSS look that large
        builder = multiprocessing.get_context("fork").Process(target=replicate, args=(image, args.snapshots))
        builder.start()
        builder.join()
        if builder.exitcode != 0:
            raise SystemExit("making the snapshots failed")
        subprocess.run(["qemu-img", "check", "-q", str(image)], check=True)
        listed = subprocess.run(["qemu-img", "snapshot", "-l", str(image)], check=True, capture_output=True, text=True)
        if len(listed.stdout.splitlines()) != args.snapshots + 2:
            raise SystemExit(f"qemu-img snapshot -l lists {len(listed.stdout.splitlines()) - 2} snapshots")
        q = qemuspec()
        commands = {
            "qemu-img check": ["qemu-img", "check", str(image)],
            "qemuspec check": [*q, "check", str(image)],
            "qemu-img snapshot -l": ["qemu-img", "snapshot", "-l", str(image)],
            "qemuspec snapshot -l": [*q, "snapshot", "-l", str(image)],
            "qemu-img info --output=json": ["qemu-img", "info", "--output=json", str(image)],
            "qemuspec info --output=json": [*q, "info", "--output=json", str(image)],
        }
        times, peak, outputs = rounds(commands, args.repeat)
        if outputs["qemu-img check"] != outputs["qemuspec check"]:
            raise SystemExit("the check reports differ")
        infos = [json.loads(outputs[f"{who} info --output=json"]) for who in ("qemu-img", "qemuspec")]
        if infos[0]["snapshots"] != infos[1]["snapshots"]:
            raise SystemExit("the snapshot lists in info differ")
        size = os.path.getsize(image)

    print(f"{args.snapshots} snapshots of a 1 GiB disk with {args.data} bytes of data, file of {size} bytes; "
          f"equal check reports and snapshot lists; median of {args.repeat}")
    report(times, peak)


if __name__ == "__main__":
    main()
