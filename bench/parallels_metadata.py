#!/usr/bin/env python3
"""Metadata walks of a large Parallels image with a full BAT: ours beside qemu-img.

    .venv/bin/python bench/parallels_metadata.py [--size 1000G] [--cluster 512K] [--convert-size 4G]
        [--convert-cluster 16K] [--repeat 5] [--tmpdir DIR]

qemu-img cannot preallocate a Parallels BAT (its preallocation option only
grows the file), so the image is made by writing the BAT directly: a
WithouFreSpacExt header as qemu-img create writes it, then three of every
four guest clusters allocated, in guest order, one after the other in the
data area (the fourth is left unallocated), and the file truncated (sparse,
on tmpfs: /dev/shm unless --tmpdir says otherwise) to the end of the last
cluster. qemu-img check must call it clean. At 1000G with 512 KiB clusters
that is 2048000 BAT entries, 1536000 allocated and 1024000 map extents
(qemu-img 7.2's map fails an assertion on a guest offset past 1 TiB, hence
not 1T or 2T). Then times, as whole processes:

    qemu-img map -f parallels --output=json IMG     qemuspec map --output=json IMG
    qemu-img map -f parallels IMG                   qemuspec map IMG
    qemu-img check -f parallels IMG                 qemuspec check IMG
    qemu-img info -f parallels IMG                  qemuspec info IMG
    qemu-img convert -f parallels -O raw SMALL OUT  qemuspec convert -O raw SMALL OUT

where SMALL is an image of the same pattern, --convert-size with
--convert-cluster clusters (4G of 16 KiB clusters: 262144 entries, 3 GiB
to read; its clusters are holes, so both read zeros and leave the target
sparse). `qemuspec` is the console script beside this Python. The two JSON map
outputs must parse to the same JSON, the human ones be equal, the checks exit 0. Every command
runs once first (bytecode, page cache), then they take turns, --repeat
rounds; the median wall time counts and ours is shown as a ratio to its
qemu-img twin, with the peak RSS of each (see whole_process.py).

Before the bulk paths (commit 335c380, per-entry walks of the BAT in Python),
2 shared cores, /dev/shm, median of 5, the defaults:

    command                               seconds   ratio   peak RSS
    qemu-img map --output=json              0.635              30 MiB
    qemuspec map --output=json              5.049    7.95     562 MiB
    qemu-img check                          0.012              30 MiB
    qemuspec check                          2.253  192.28     238 MiB
    qemu-img info                           0.011              30 MiB
    qemuspec info                           0.047    4.49      30 MiB
    qemu-img convert -O raw                 0.733              30 MiB
    qemuspec convert -O raw                 0.889    1.21      58 MiB
    python -c pass (the floor)              0.016

(A peak of 30 MiB is the bench's own: a child starts with its parent's high-water mark.)
The human `map` was added to the bench later; at 335c380 it took 5.25 s beside
qemu-img's 0.44 s (11.9x), peak 333 MiB (three runs each, /usr/bin/time).

After (commit c903cd2 and on: the BAT walked with numpy in windows of 65536
entries, map's text assembled with numpy and written a chunk at a time, check's
rules as masks, the BAT read only when used), the same machine and command:

    command                               seconds   ratio   peak RSS
    qemu-img map --output=json              0.628              31 MiB
    qemuspec map --output=json              0.398    0.63      76 MiB
    qemu-img map                            0.500              31 MiB
    qemuspec map                            0.414    0.83      55 MiB
    qemu-img check                          0.011              31 MiB
    qemuspec check                          0.125   11.43      63 MiB
    qemu-img info                           0.011              31 MiB
    qemuspec info                           0.038    3.36      31 MiB
    qemu-img convert -O raw                 0.545              31 MiB
    qemuspec convert -O raw                 0.464    0.85      56 MiB
    python -c pass (the floor)              0.016

check and info stay above 1.5x: qemu-img needs about 11 ms for either, less than
a Python start-up with our imports (info: 38 ms, of which 16 ms is the bare
interpreter) and numpy's import (about 32 ms) before check scans anything
(about 15-40 ms for the 2048000 entries).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
from array import array
from pathlib import Path

from whole_process import default_tmpdir, qemuspec, report, rounds, size_arg, timed

from qemuspec.block.parallels.create import build_header


def make_image(path: Path, size: int, cluster_size: int) -> tuple[int, int]:
    """The image described above; (BAT entries, allocated entries)."""
    header = build_header(size, cluster_size)
    num_bat = int.from_bytes(header[32:36], "little")
    data_off = int.from_bytes(header[48:52], "little") * 512
    first = data_off // cluster_size                  # the BAT counts clusters (WithouFreSpacExt)
    bat = array("I", bytes(4 * num_bat))
    host = first
    for i in range(num_bat):
        if i % 4 != 3:
            bat[i] = host
            host += 1
    if sys.byteorder == "big":  # pragma: no cover
        bat.byteswap()
    with open(path, "wb") as f:
        f.write(header)
        f.write(bat.tobytes())
        f.truncate(host * cluster_size)
    return num_bat, host - first


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=size_arg, default=1000 << 30, help="disk size for map, check, info (default 1000G)")
    parser.add_argument("--cluster", type=size_arg, default=512 << 10, help="its cluster size (default 512K)")
    parser.add_argument("--convert-size", type=size_arg, default=4 << 30,
                        help="disk size of the image convert reads (default 4G)")
    parser.add_argument("--convert-cluster", type=size_arg, default=16 << 10, help="its cluster size (default 16K)")
    parser.add_argument("--repeat", type=int, default=5, help="rounds of runs; the median counts (default 5)")
    parser.add_argument("--tmpdir", default=default_tmpdir(), help="where the images go (default /dev/shm)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="parallels-metadata-", dir=args.tmpdir) as tmp:
        image, small, out = Path(tmp) / "full.hdd", Path(tmp) / "small.hdd", Path(tmp) / "out.raw"
        entries, allocated = make_image(image, args.size, args.cluster)
        small_entries, small_allocated = make_image(small, args.convert_size, args.convert_cluster)
        q = qemuspec()
        # a path, not a bare name: Popen spawns (posix_spawn) only then, and a forked child
        # would report the parent's resident set as its peak
        qemu_img = shutil.which("qemu-img") or "qemu-img"
        commands = {
            "qemu-img map --output=json": [qemu_img, "map", "-f", "parallels", "--output=json", str(image)],
            "qemuspec map --output=json": [*q, "map", "--output=json", str(image)],
            "qemu-img map": [qemu_img, "map", "-f", "parallels", str(image)],
            "qemuspec map": [*q, "map", str(image)],
            "qemu-img check": [qemu_img, "check", "-f", "parallels", str(image)],
            "qemuspec check": [*q, "check", str(image)],
            "qemu-img info": [qemu_img, "info", "-f", "parallels", str(image)],
            "qemuspec info": [*q, "info", str(image)],
            "qemu-img convert -O raw": [qemu_img, "convert", "-f", "parallels", "-O", "raw", str(small), str(out)],
            "qemuspec convert -O raw": [*q, "convert", "-O", "raw", str(small), str(out)],
        }
        times, peak, outputs = rounds(commands, args.repeat, output_dir=Path(tmp))
        theirs, mine = (json.loads(outputs[f"{who} map --output=json"]) for who in ("qemu-img", "qemuspec"))
        if theirs != mine or outputs["qemu-img map"] != outputs["qemuspec map"]:
            raise SystemExit("qemu-img map and qemuspec map disagree")
        floor = statistics.median(timed([sys.executable, "-c", "pass"])[0] for _ in range(args.repeat))

    print(f"{args.size}-byte disk, {args.cluster}-byte clusters: {entries} BAT entries, {allocated} allocated, "
          f"{len(theirs)} map extents, equal JSON from both; convert: {args.convert_size}-byte disk, "
          f"{args.convert_cluster}-byte clusters, {small_entries} entries, {small_allocated} allocated; "
          f"median of {args.repeat}")
    report(times, peak)
    print(f"{'python -c pass (the floor)':<36} {floor:>8.3f}")


if __name__ == "__main__":
    main()
