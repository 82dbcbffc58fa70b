#!/usr/bin/env python3
"""LUKS-encrypted qcow2: reading and writing guest data, ours beside qemu-img.

    .venv/bin/python bench/qcow2_luks.py [--size 256M] [--repeat 3] [--tmpdir DIR]

Makes a raw file of random bytes on tmpfs (/dev/shm unless --tmpdir says
otherwise) and, as whole processes taking turns:

    qemu-img convert -O qcow2 -o encrypt.format=luks,... RAW OUT    (and qemuspec)
    qemu-img convert --image-opts ...encrypt.key-secret=s0 -O raw ENC OUT   (and qemuspec)

Both encrypt with aes-256-xts-plain64 (QEMU's default) and encrypt.iter-time=10.
The write includes creating the LUKS header: qemu-img times PBKDF2 for about
a second there whatever the iter-time, qemuspec for about 0.1 s, so the
write ratio flatters us on small sizes. qemu-img's timing of PBKDF2 reads
the thread's CPU clock and on a loaded machine often fails ("Unable to get
accurate CPU usage"); its write runs under a shell loop that tries up to
five times, and a failed try counts in its time. The read decrypts the image qemu-img
wrote; both outputs must equal the raw input, and qemu-img must read the
image qemuspec wrote.
"""

from __future__ import annotations

import argparse
import filecmp
import subprocess
import tempfile
from pathlib import Path

from whole_process import default_tmpdir, qemuspec, report, rounds, size_arg

SECRET = ["--object", "secret,id=s0,data=bench passphrase"]
CREATE = "encrypt.format=luks,encrypt.key-secret=s0,encrypt.iter-time=10"


def keyed(path: Path) -> list[str]:
    return [*SECRET, "--image-opts", f"driver=qcow2,file.filename={path},encrypt.key-secret=s0"]


def retried(command: list[str]) -> list[str]:
    """``command`` run by sh up to five times until it succeeds."""
    return ["sh", "-c", 'for i in 1 2 3 4 5; do "$@" 2>/dev/null && exit 0; done; exit 1', "sh", *command]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=size_arg, default=256 << 20, help="guest data (default 256M)")
    parser.add_argument("--repeat", type=int, default=3, help="rounds of runs; the median counts (default 3)")
    parser.add_argument("--tmpdir", default=default_tmpdir(), help="where the files go (default /dev/shm)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="qcow2-luks-", dir=args.tmpdir) as tmp:
        folder = Path(tmp)
        raw = folder / "in.raw"
        with open("/dev/urandom", "rb") as random, open(raw, "wb") as out:
            for _ in range(args.size >> 20):
                out.write(random.read(1 << 20))
        enc = folder / "qemu-made.qcow2"
        subprocess.run(retried(["qemu-img", "convert", *SECRET, "-O", "qcow2", "-o", CREATE, str(raw), str(enc)]),
                       check=True)
        q = qemuspec()
        out = {name: folder / f"{name}.out" for name in ("qemu-img-w", "qemuspec-w", "qemu-img-r", "qemuspec-r")}
        commands = {
            "qemu-img convert to LUKS": retried(["qemu-img", "convert", *SECRET, "-O", "qcow2", "-o", CREATE,
                                                 str(raw), str(out["qemu-img-w"])]),
            "qemuspec convert to LUKS": [*q, "convert", *SECRET, "-O", "qcow2", "-o", CREATE,
                                         str(raw), str(out["qemuspec-w"])],
            "qemu-img convert from LUKS": ["qemu-img", "convert", *keyed(enc), "-O", "raw", str(out["qemu-img-r"])],
            "qemuspec convert from LUKS": [*q, "convert", *keyed(enc), "-O", "raw", str(out["qemuspec-r"])],
        }
        times, peak, _ = rounds(commands, args.repeat)
        for name in ("qemu-img-r", "qemuspec-r"):
            if not filecmp.cmp(raw, out[name], shallow=False):
                raise SystemExit(f"{name}: the decrypted data differs from the input")
        check = folder / "check.raw"
        subprocess.run(["qemu-img", "convert", *keyed(out["qemuspec-w"]), "-O", "raw", str(check)], check=True)
        if not filecmp.cmp(raw, check, shallow=False):
            raise SystemExit("qemu-img reads other data from the image qemuspec encrypted")

    print(f"{args.size} bytes of random data, aes-256-xts-plain64; equal outputs; median of {args.repeat}")
    report(times, peak)


if __name__ == "__main__":
    main()
