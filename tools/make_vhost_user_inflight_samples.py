#!/usr/bin/env python3
"""Make the in-flight buffer samples (samples/vhost_user_inflight*.bin) from our own peers.

    .venv/bin/python tools/make_vhost_user_inflight_samples.py [--out samples]

Our front-end core asks our back-end core (a vhost-user-blk device over a
scratch raw image) for an in-flight buffer of two 16-entry queues
(GET_INFLIGHT_FD), hands it back (SET_INFLIGHT_FD) and puts five 4 KiB writes
on queue 0; the back-end was told to freeze when its third request was
handled (``stop_at=("handled", 3)``), as a back-end that dies there would
leave it. The buffer is kept as the next back-end would get it: queue 0 with
three heads in flight (counters 0-2), queue 1 never started (version 0).
The packed sample is the same run with RING_PACKED kept (a packed buffer,
PACKED_NAME): five two-descriptor writes on a packed queue 0, frozen when
the third was handled.
QEMU itself only keeps the buffer and hands it on; it never writes to it.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from qemuspec.ipc.vhost_user import layout as L
from qemuspec.ipc.vhost_user.backend import BackendConnection, Stopped
from qemuspec.ipc.vhost_user.blk import BlkExport
from qemuspec.ipc.vhost_user.driver import DriverQueue
from qemuspec.ipc.vhost_user.events import Reply
from qemuspec.ipc.vhost_user.frontend import FrontendConnection
from qemuspec.ipc.vhost_user.packed import PackedDriverQueue
from qemuspec.ipc.vhost_user.payloads import pack_inflight_description
from qemuspec.memory import GuestRam

ROOT = Path(__file__).resolve().parent.parent
F = L.FrontEndRequest
NAME = "vhost_user_inflight.blk-frozen-after-3-of-5.bin"
PACKED_NAME = "vhost_user_inflight_packed.blk-frozen-after-3-of-5.bin"
PACKED_BASE = 0x80008000   # SET_VRING_BASE of a packed ring at slot 0, both wrap counters 1


def make(packed: bool = False) -> bytes:
    """The split buffer, or with ``packed`` the packed one."""
    with tempfile.TemporaryDirectory(prefix="qemuspec-inflight-") as folder:
        image = Path(folder) / "disk.raw"
        image.write_bytes(bytes(1 << 20))
        with BlkExport(image, num_queues=2, inflight=True) as export:
            be = BackendConnection(export.device(), stop_at=("handled", 3))
            fe = FrontendConnection()
            ram = GuestRam(1 << 20, gpa=0x100000)
            answers = {}

            def call(ticket):
                for out in fe.data_to_send():
                    be.receive_data(out.data, [os.dup(fd) for fd in out.fds])
                    for reply in be.data_to_send():
                        fe.receive_data(reply.data, [os.dup(fd) for fd in reply.fds])
                    for event in fe.events():
                        assert isinstance(event, Reply), event
                        answers[event.ticket] = event
                return answers.pop(ticket.number).result() if ticket.expects_reply else None

            features = call(fe.get_features()) & ~L.bit(L.VirtioFeature.event_idx)
            if not packed:
                features &= ~L.bit(L.VirtioFeature.ring_packed)
            call(fe.set_protocol_features(call(fe.get_protocol_features())))
            call(fe.set_owner())
            call(fe.set_features(features))
            call(fe.add_mem_reg(ram.region(), ram.fd))
            desc, fds = call(fe.get_inflight_fd(2, 16))
            call(fe.request(F.set_inflight_fd, pack_inflight_description(desc), fds, need_reply=True))
            q = (PackedDriverQueue if packed else DriverQueue)(ram, 0, 16)
            for ticket in (fe.set_vring_num(0, 16), fe.set_vring_base(0, PACKED_BASE if packed else 0), fe.set_vring_addr(q.address()),
                           fe.set_vring_kick(0, q.kick_fd), fe.set_vring_call(0, q.call_fd),
                           fe.set_vring_enable(0, True)):
                call(ticket)
            for i in range(5):
                header = ram.alloc(16)
                ram.at(header, 16)[:] = L.BLK_REQUEST_HEADER.pack(int(L.BlkRequestType.write), 0, 8 * i)
                data = ram.alloc(4096)
                ram.at(data, 4096)[:] = bytes([0x10 + i]) * 4096
                status = ram.alloc(1)
                q.add([(header, 16), (data, 4096)], [(status, 1)], i + 1)
            q.publish()
            be.kick(0)
            assert Stopped("handled", 3) in be.events()
            buffer = os.pread(fds[0], desc.mmap_size, 0)
            be.close()
            q.close()
            ram.close()
            for fd in fds:
                os.close(fd)
            return buffer


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "samples")
    args = parser.parse_args()
    for name, packed in ((NAME, False), (PACKED_NAME, True)):
        (args.out / name).write_bytes(make(packed))
        print(f"wrote {args.out / name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
