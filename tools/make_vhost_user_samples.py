#!/usr/bin/env python3
"""Make the vhost-user samples (samples/vhost_user*.bin, samples/virtq_*.bin) from real QEMU.

    .venv/bin/python tools/make_vhost_user_samples.py [--out samples]

* qemu-system-x86_64 7.2 (q35, ``-device vhost-user-blk-pci``, guest RAM in a
  shared memfd, ``-bios`` of halt instructions) as the front-end of our
  back-end: the requests QEMU sends while it realizes the device, and those
  that programming the legacy virtio-pci device through qtest (DRIVER_OK, then
  a reset) makes it send, are kept byte for byte. A second QEMU, offered no
  CONFIGURE_MEM_SLOTS, gives SET_MEM_TABLE. QEMU's answer on the back-end
  channel to our CONFIG_CHANGE_MSG is kept too.
* qemu-storage-daemon 7.2's vhost-user-blk export as the back-end of our
  front-end: its replies, its configuration space, and the rings of an
  8-entry queue after it served two reads (the used ring is written by
  qemu-storage-daemon, the descriptor table and the available ring by our
  driver).
* our front-end's packed driver and our back-end (``--only packed``; the
  packed queue's layouts, which neither qemu-storage-daemon nor a guest of ours
  under QEMU 7.2 would leave in memory we can read): a 5-entry packed ring after
  two reads and on its second lap, both event suppression structures with
  EVENT_IDX, and an indirect table.

The user addresses inside QEMU's messages differ from run to run (ASLR);
everything else is stable.
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

from qemuspec.ipc.vhost_user import layout as L
from qemuspec.ipc.vhost_user.backend import BackendReply, RequestHandled
from qemuspec.ipc.vhost_user.blk import BlkExport
from qemuspec.ipc.vhost_user.blk_client import BlkClient
from qemuspec.ipc.vhost_user.payloads import pack_config_window
from qemuspec.ipc.vhost_user.qtest_pci import LegacyVirtioPci
from qemuspec.ipc.vhost_user.rules import FRONT_END_RULES, ReplyRule, expects_reply
from qemuspec.ipc.vhost_user.threaded import ThreadedBackendServer
from qemuspec.ipc.vhost_user.transport import SyncVhostUserClient
from qemuspec.ipc.vhost_user.wire import encode
from qemuspec.qtest import QemuProcess

ROOT = Path(__file__).resolve().parent.parent
F = L.FrontEndRequest


def wait_until(predicate, what: str, timeout: float = 15.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.01)
    sys.exit(f"timed out waiting for {what}")


def after(events: list, first, then) -> bool:
    """Whether an event matching ``then`` came after one matching ``first``."""
    starts = [i for i, e in enumerate(events) if first(e)]
    return bool(starts) and any(then(e) for e in events[starts[0] + 1:])


def raw(event) -> bytes:
    return encode(event.request, event.payload, flags=event.flags)


def from_qemu(folder: Path, mem_slots: bool, trace: list | None = None) -> dict[str, bytes]:
    """QEMU's requests (first of each kind) and its back-end channel answer.

    ``trace``, when given, gets every request QEMU sent, phase by phase."""
    image = folder / "disk.qcow2"
    subprocess.run(["qemu-img", "create", "-f", "qcow2", "-q", str(image), "4M"], check=True)
    (folder / "hlt.bin").write_bytes(b"\xf4" * 65536)
    sock = folder / "vu.sock"
    withhold = 0 if mem_slots else L.bit(L.ProtocolFeature.configure_mem_slots)
    args = ["-machine", "q35", "-display", "none", "-nodefaults", "-m", "64M", "-bios", str(folder / "hlt.bin"),
            "-object", "memory-backend-memfd,id=mem,size=64M,share=on", "-numa", "node,memdev=mem",
            "-chardev", f"socket,id=c0,path={sock}",
            "-device", "vhost-user-blk-pci,chardev=c0,romfile=,num-queues=1,disable-legacy=off"]
    with BlkExport(image) as export, \
            ThreadedBackendServer(sock, export.device, withhold_protocol_features=withhold) as server, \
            QemuProcess(args, workdir=folder) as qemu:
        def handled():
            return [e for _, e in list(server.events) if isinstance(e, RequestHandled)]
        wait_until(lambda: any(e.name == "GET_CONFIG" for e in handled()), "the handshake")
        marks = [len(handled())]
        pci = LegacyVirtioPci(qemu.qtest, 0x1001)
        pci.set_status(0)
        pci.set_status(L.STATUS_ACKNOWLEDGE | L.STATUS_DRIVER)
        pci.set_guest_features(pci.host_features() & L.bit(L.BlkFeature.ro))
        pci.setup_queue(0, 0x100000)
        pci.set_status(L.STATUS_ACKNOWLEDGE | L.STATUS_DRIVER | L.STATUS_DRIVER_OK)
        # the start ends with the status QEMU sets once the queue is enabled
        wait_until(lambda: after(handled(), lambda e: e.name == "SET_VRING_ENABLE" and e.payload[4] == 1,
                                 lambda e: e.name == "SET_STATUS"), "the device start")
        marks.append(len(handled()))
        out: dict[str, bytes] = {}
        if mem_slots:
            session = server.call(lambda: next(iter(server.server.sessions)))
            server.call(session.notify_config_change)
            reply = wait_until(lambda: next((e for _, e in list(server.events) if isinstance(e, BackendReply)),
                                            None), "QEMU's back-end channel answer")
            out["vhost_user_backend.config-change-reply.bin"] = raw(reply)
            wait_until(lambda: any(e.name == "GET_CONFIG" for e in handled()[marks[-1]:]), "QEMU's GET_CONFIG")
        reset = len(handled())   # (the configuration change's GET_CONFIG is in no phase)
        pci.set_status(0)
        wait_until(lambda: any(e.name == "GET_VRING_BASE" for e in handled()[reset:]), "GET_VRING_BASE")
        if trace is not None:
            acked = server.call(lambda: next(iter(server.server.sessions)).conn.neg.protocol_features)
            events = handled()
            for start, end in ((0, marks[0]), (marks[0], marks[1]), (reset, len(events))):
                trace.append([trace_entry(e, acked) for e in events[start:end]])
        for event in handled():
            name = event.name.lower().replace("_", "-")
            out.setdefault(f"vhost_user.{name}.bin", raw(event))
    return out


def trace_entry(event, protocol_features: int) -> dict:
    """One request of the trace: its name, descriptors, NEED_REPLY, and whether it was answered."""
    rule = FRONT_END_RULES.get(event.request)
    need_reply = bool(event.flags & L.FLAG_NEED_REPLY)
    return {"request": event.name, "fds": event.num_fds, "need_reply": need_reply,
            "has_reply": rule is not None and rule.reply is ReplyRule.ALWAYS,
            "answered": expects_reply(rule, need_reply, protocol_features)}


TRACE_PHASES = [
    ("connect", "Connect handshake", "What QEMU sends while it realizes the device, before any guest driver runs."),
    ("start", "Device start", "What a guest driver setting DRIVER_OK (legacy virtio-pci, through qtest) makes QEMU send."),
    ("reset", "Reset", "What the driver writing 0 to the device status makes QEMU send: the rings stop."),
]


def write_trace(phases: list, path: Path) -> None:
    made = ("qemu-system-x86_64 7.2 (q35, vhost-user-blk-pci, one queue) against our back-end, recorded by "
            "`tools/make_vhost_user_samples.py --trace`.")
    doc = {"made": made, "phases": [{"name": n, "title": t, "what": w, "messages": m}
                                    for (n, t, w), m in zip(TRACE_PHASES, phases)]}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("# Generated by tools/make_vhost_user_samples.py --trace (the site draws it).\n"
                    + yaml.safe_dump(doc, sort_keys=False, width=110))


def from_qsd(folder: Path) -> dict[str, bytes]:
    """qemu-storage-daemon's replies, configuration space and rings."""
    image = folder / "disk.raw"
    image.write_bytes(bytes(range(256)) * (4 << 12))
    sock = folder / "qsd.sock"
    proc = subprocess.Popen(
        ["qemu-storage-daemon", "--blockdev", f"driver=file,node-name=f,filename={image}",
         "--export", f"type=vhost-user-blk,id=e,node-name=f,addr.type=unix,addr.path={sock},writable=on"],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        def ready():
            if not sock.exists():
                return False
            with socket.socket(socket.AF_UNIX) as probe:
                return probe.connect_ex(str(sock)) == 0
        wait_until(ready, "qemu-storage-daemon")
        out: dict[str, bytes] = {}
        keep = lambda m: m  # noqa: E731
        with SyncVhostUserClient.connect(sock) as c:
            for request, payload, name in (
                    (F.get_features, b"", "get-features-reply"),
                    (F.get_protocol_features, b"", "get-protocol-features-reply")):
                m = c.call(c.fe.request(request, payload, decode=keep))
                out[f"vhost_user.{name}.bin"] = encode(m.request, m.payload, flags=m.flags)
            c.call(c.fe.set_protocol_features(L.bit(L.ProtocolFeature.mq) | L.bit(L.ProtocolFeature.config)
                                              | L.bit(L.ProtocolFeature.reply_ack)
                                              | L.bit(L.ProtocolFeature.configure_mem_slots)))
            for request, payload, name in (
                    (F.get_queue_num, b"", "get-queue-num-reply"),
                    (F.get_max_mem_slots, b"", "get-max-mem-slots-reply")):
                m = c.call(c.fe.request(request, payload, decode=keep))
                out[f"vhost_user.{name}.bin"] = encode(m.request, m.payload, flags=m.flags)
            m = c.call(c.fe.request(F.get_config, pack_config_window(0, bytes(60)), decode=keep))
            out["vhost_user.get-config-reply.bin"] = encode(m.request, m.payload, flags=m.flags)
            out["vhost_user_blk.qsd-config.bin"] = m.payload[12:]
            m = c.call(c.fe.request(F.set_owner, need_reply=True, decode=keep))
            out["vhost_user.reply-ack.bin"] = encode(m.request, m.payload, flags=m.flags)

        async def rings() -> None:
            async with await BlkClient.connect(sock, queue_size=8, event_idx=True) as disk:
                await asyncio.gather(disk.read(0, 4096), disk.read(1 << 20, 512))
                q = disk.queues[0]
                out["virtq_desc_table.qsd-8.bin"] = bytes(disk.ram.at(q.desc_gpa, 16 * 8))
                out["virtq_avail_ring.qsd-8.bin"] = bytes(disk.ram.at(q.avail_gpa, L.avail_ring_size(8)))
                out["virtq_used_ring.qsd-8.bin"] = bytes(disk.ram.at(q.used_gpa, L.used_ring_size(8)))
                m = await disk.client.call(disk.client.fe.request(F.get_vring_base, L.VRING_STATE.pack(0, 0),
                                                               decode=keep))
                out["vhost_user.get-vring-base-reply.bin"] = encode(m.request, m.payload, flags=m.flags)
            async with await BlkClient.connect(sock, queue_size=8, indirect=True) as disk:
                q = disk.queues[0]
                orig_add = q.add

                def add(readable, writable, token):   # copy the indirect table while it is in flight
                    head = orig_add(readable, writable, token)
                    table = q._pending[head].table
                    out["virtq_desc_table.indirect-read.bin"] = bytes(disk.ram.at(table, 16 * 3))
                    return head
                q.add = add
                await disk.read(8192, 1024)
        asyncio.run(rings())
        return out
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(10)


def from_ours_packed(folder: Path) -> dict[str, bytes]:
    image = folder / "disk.raw"
    image.write_bytes(bytes(range(256)) * (8 << 12))
    sock = folder / "ours.sock"
    out: dict[str, bytes] = {}
    with BlkExport(image) as export, ThreadedBackendServer(sock, export.device):
        async def rings() -> None:
            async with await BlkClient.connect(sock, queue_size=5, event_idx=True, packed=True) as disk:
                await disk.read(0, 512)                                  # slots 0-2
                await asyncio.gather(disk.read(4096, 4096), disk.read(1 << 20, 512))   # slots 3, 4, 0-3
                q = disk.queues[0]
                out["virtq_packed_ring.ours-5.bin"] = bytes(disk.ram.at(q.desc_gpa, 16 * 5))
                out["virtq_packed_event.driver.bin"] = bytes(disk.ram.at(q.avail_gpa, 4))
                out["virtq_packed_event.device.bin"] = bytes(disk.ram.at(q.used_gpa, 4))
            async with await BlkClient.connect(sock, queue_size=5, indirect=True, packed=True) as disk:
                q = disk.queues[0]
                orig_add = q.add

                def add(readable, writable, token):   # copy the indirect table while it is in flight
                    buf_id = orig_add(readable, writable, token)
                    table = q._pending[buf_id].table
                    out["virtq_packed_ring.indirect-read.bin"] = bytes(disk.ram.at(table, 16 * 3))
                    return buf_id
                q.add = add
                await disk.read(8192, 1024)
        asyncio.run(rings())
    return out


KEEP = [
    "vhost_user.get-features.bin", "vhost_user.set-protocol-features.bin", "vhost_user.set-backend-req-fd.bin",
    "vhost_user.get-config.bin", "vhost_user.set-features.bin", "vhost_user.add-mem-reg.bin",
    "vhost_user.set-mem-table.bin", "vhost_user.set-vring-num.bin", "vhost_user.set-vring-addr.bin",
    "vhost_user.set-vring-base.bin", "vhost_user.set-vring-kick.bin", "vhost_user.set-vring-call.bin",
    "vhost_user.set-vring-enable.bin", "vhost_user.set-status.bin", "vhost_user.get-vring-base.bin",
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "samples")
    parser.add_argument("--only", choices=["packed"], help="only the packed-queue samples (from our own peers)")
    parser.add_argument("--trace", action="store_true",
                        help="only record the request sequence into OUT/traces/vhost_user.qemu-blk.yaml")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="qemuspec-vu-samples-"))
    try:
        if args.trace:
            (folder / "trace").mkdir()
            phases: list = []
            from_qemu(folder / "trace", mem_slots=True, trace=phases)
            write_trace(phases, args.out / "traces" / "vhost_user.qemu-blk.yaml")
            return 0
        if args.only == "packed":
            for name, data in sorted(from_ours_packed(folder).items()):
                (args.out / name).write_bytes(data)
                print(f"{name}: {len(data)} bytes")
            return 0
        for sub in ("slots", "table", "qsd"):
            (folder / sub).mkdir()
        qemu = from_qemu(folder / "slots", mem_slots=True)
        table = from_qemu(folder / "table", mem_slots=False)
        samples = {name: data for name, data in qemu.items() if name in KEEP or "backend" in name}
        samples["vhost_user.set-mem-table.bin"] = table["vhost_user.set-mem-table.bin"]
        samples.update(from_qsd(folder / "qsd"))
        for name, data in sorted(samples.items()):
            (args.out / name).write_bytes(data)
            print(f"{name}: {len(data)} bytes")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
