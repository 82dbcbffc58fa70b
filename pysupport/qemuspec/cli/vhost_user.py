"""``qemuspec vhost-user blk|rng|input|probe``: vhost-user back-ends (virtio-blk, virtio-rng,
virtio-input), and a back-end prober."""

from __future__ import annotations

import argparse
import json
import signal
import sys



def _serve(args: argparse.Namespace, device_factory, banner: str, on_start=None) -> None:
    """Serve ``device_factory``'s devices on ``args.socket`` until SIGINT or SIGTERM, tracing to stderr;
    ``on_start(loop, server)`` runs once the socket listens."""
    import asyncio  # here, not at the top: every qemuspec command would pay for it
    import os

    from ..errors import UsageError
    from ..ipc.vhost_user.backend import (STOP_PHASES, ConnectionClosed, InflightRecovered, QueueBroken,
                                          RequestHandled, Stopped)
    from ..ipc.vhost_user.transport import BackendServer

    def trace(session, event) -> None:
        if isinstance(event, RequestHandled):
            if args.verbose or event.error:
                status = f"error: {event.error}" if event.error else "ok"
                print(f"vhost-user: {event.name} ({len(event.payload)} bytes, {event.num_fds} fds): {status}",
                      file=sys.stderr, flush=True)
        elif isinstance(event, (ConnectionClosed, QueueBroken, Stopped, InflightRecovered)):
            print(f"vhost-user: {event}", file=sys.stderr, flush=True)

    options = {}
    stop = os.environ.get("QEMUSPEC_VHOST_USER_STOP_AT")   # crash tests: freeze at PHASE:N (see BackendConnection)
    if stop:
        phase, _, count = stop.partition(":")
        if phase not in STOP_PHASES or not count.isdigit() or int(count) < 1:
            raise UsageError(f"QEMUSPEC_VHOST_USER_STOP_AT={stop}: expected PHASE:N, PHASE one of "
                             f"{', '.join(STOP_PHASES)}")
        options["stop_at"] = (phase, int(count))

    async def serve() -> None:
        server = BackendServer(args.socket, device_factory, on_event=trace, **options)
        await server.start()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, server.close)
        print(f"{banner} on {args.socket}", file=sys.stderr, flush=True)
        if on_start is not None:
            on_start(loop, server)
        await server.serve_forever()

    asyncio.run(serve())


def cmd_blk(args: argparse.Namespace) -> int:
    from ..ipc.vhost_user.blk import BlkExport

    with BlkExport(args.image, read_only=args.read_only, num_queues=args.num_queues,
                   serial=args.serial, inflight=args.inflight) as export:
        mode = "read-only" if export.read_only else "read-write"
        _serve(args, export.device, f"serving {export.path} ({export.image.format}, {export.image.size} bytes, "
                                    f"{mode}) as vhost-user-blk")
    return 0


def cmd_rng(args: argparse.Namespace) -> int:
    import os

    from ..ipc.vhost_user.rng import RngDevice, file_source

    RngDevice(max_request=args.max_request)     # the options are checked before anything is opened
    source = os.urandom if args.source is None else file_source(args.source)
    try:
        _serve(args, lambda: RngDevice(source, max_request=args.max_request),
               f"serving entropy from {args.source or 'os.urandom'} as vhost-user-rng")
    finally:
        if args.source is not None:
            os.close(source.fd)
    return 0


def parse_input_line(line: str) -> list[tuple[int, int, int]]:
    """One line of ``vhost-user input``'s standard input: ``TYPE CODE VALUE`` (numbers, 0x allowed),
    ``press CODE`` (a press and a release, each with SYN_REPORT) or ``syn``; empty lines and # comments
    give nothing. Anything else is a UsageError."""
    from ..errors import UsageError
    from ..ipc.vhost_user.input import EV_KEY, EV_SYN, SYN_REPORT

    words = line.split("#", 1)[0].split()
    try:
        if not words:
            return []
        if words[0] == "syn" and len(words) == 1:
            return [(EV_SYN, SYN_REPORT, 0)]
        if words[0] == "press" and len(words) == 2:
            code = int(words[1], 0)
            return [(EV_KEY, code, 1), (EV_SYN, SYN_REPORT, 0), (EV_KEY, code, 0), (EV_SYN, SYN_REPORT, 0)]
        if len(words) == 3:
            return [tuple(int(w, 0) for w in words)]
    except ValueError:
        pass
    raise UsageError(f"cannot read the event line {line.strip()!r} (TYPE CODE VALUE, press CODE, or syn)")


def cmd_input(args: argparse.Namespace) -> int:
    from ..errors import UsageError
    from ..ipc.vhost_user.input import InputDevice

    InputDevice.keyboard(name=args.name, serial=args.serial)   # the options are checked before listening

    def on_start(loop, server) -> None:
        buffer = b""
        fd = sys.stdin.fileno()

        def on_stdin() -> None:
            nonlocal buffer
            import os

            chunk = os.read(fd, 65536)
            if not chunk:
                loop.remove_reader(fd)
                return
            buffer += chunk
            *lines, buffer = buffer.split(b"\n")
            if len(buffer) > 4096:
                buffer = b""
                print("qemuspec: error: an event line longer than 4096 bytes was dropped", file=sys.stderr)
            for raw in lines:
                try:
                    events = parse_input_line(raw.decode("utf-8", "replace"))
                    for session in list(server.sessions):
                        if events:
                            session.conn.device.inject(events)
                except UsageError as exc:
                    print(f"qemuspec: error: {exc}", file=sys.stderr, flush=True)

        try:
            loop.add_reader(fd, on_stdin)
        except (OSError, ValueError):
            print("qemuspec: standard input cannot be watched; no events will be injected", file=sys.stderr)

    _serve(args, lambda: InputDevice.keyboard(name=args.name, serial=args.serial),
           f"serving a keyboard ({args.name!r}) as vhost-user-input", on_start)
    return 0


def _bits(value: int, names: dict[int, str]) -> list[str]:
    return [names.get(i, f"bit{i}") for i in range(64) if value >> i & 1]


def _input_config(client) -> dict:
    """Ask a virtio-input back-end every question of its configuration space, as a guest does: a
    SET_CONFIG of the whole structure with ``select``/``subsel``, then a GET_CONFIG of it."""
    from ..dump import to_tree
    from ..formats.vhost_user_input import VhostUserInput
    from ..ipc.vhost_user.input import EV_MAX
    from ..ipc.vhost_user.layout import INPUT_ABSINFO, INPUT_CONFIG_SIZE, INPUT_DEVIDS, InputEventType, InputSelect as S
    from ..specs import parse

    def ask(select: int, subsel: int = 0):
        client.set_config(0, bytes((select, subsel)) + bytes(INPUT_CONFIG_SIZE - 2))
        answer = parse(VhostUserInput, client.get_config(0, INPUT_CONFIG_SIZE))
        raw = answer.answer if isinstance(answer.answer, bytes) else answer._raw_answer
        return answer, raw[:answer.len_answer]

    def codes(bitmap: bytes) -> list[int]:
        return [i for i in range(8 * len(bitmap)) if bitmap[i // 8] >> (i % 8) & 1]

    out: dict = {}
    for key, select in (("name", S.id_name), ("serial", S.id_serial)):
        out[key] = ask(select)[1].decode("utf-8", "replace")
    answer, raw = ask(S.id_devids)
    out["devids"] = to_tree(answer.answer) if len(raw) == INPUT_DEVIDS.size else None
    out["prop_bits"] = codes(ask(S.prop_bits)[1])
    types = {int(t.value): t.name for t in InputEventType}
    out["ev_bits"] = {}
    for ev_type in range(1, EV_MAX + 1):
        bitmap = ask(S.ev_bits, ev_type)[1]
        if bitmap:
            out["ev_bits"][types.get(ev_type, f"type{ev_type:#x}")] = codes(bitmap)
    out["abs_info"] = {}
    for axis in out["ev_bits"].get("abs", []):
        answer, raw = ask(S.abs_info, axis)
        if len(raw) == INPUT_ABSINFO.size:
            out["abs_info"][axis] = to_tree(answer.answer)
    client.set_config(0, bytes(INPUT_CONFIG_SIZE))      # select nothing again, as found
    return out


def cmd_probe(args: argparse.Namespace) -> int:
    from ..formats.vhost_user_blk import VhostUserBlk
    from ..ipc.vhost_user.layout import BlkFeature, ProtocolFeature as P, VirtioFeature, bit, has
    from ..ipc.vhost_user.transport import SyncVhostUserClient
    from ..dump import to_tree
    from ..specs import parse

    info: dict = {}
    with SyncVhostUserClient.connect(args.socket, timeout=args.timeout) as client:
        features = client.get_features()
        info["features"] = features
        protocol = 0
        if has(features, VirtioFeature.protocol_features):
            protocol = client.get_protocol_features()
            info["protocol_features"] = protocol
            known = sum(bit(f) for f in P)
            client.set_protocol_features(protocol & known & ~bit(P.inband_notifications))
            if has(protocol, P.mq):
                info["queues"] = client.get_queue_num()
            if has(protocol, P.configure_mem_slots):
                info["max_mem_slots"] = client.get_max_mem_slots()
            if has(protocol, P.config):
                if args.device == "input":
                    info["input_config"] = _input_config(client)
                else:
                    config = client.get_config(0, args.config_size)
                    info["config"] = config.hex()
                    if args.device == "blk":
                        info["blk_config"] = to_tree(parse(VhostUserBlk, config))
    transport = {int(f.value): f.name for f in VirtioFeature}
    device = {int(f.value): f.name for f in BlkFeature} if args.device == "blk" else {}
    names = {**device, **transport}
    protocol_names = {int(f.value): f.name for f in P}
    if args.output == "json":
        info["feature_names"] = _bits(features, names)
        info["protocol_feature_names"] = _bits(protocol, protocol_names)
        print(json.dumps(info, indent=2))
        return 0
    print(f"features:          {features:#x}  {' '.join(_bits(features, names))}")
    if "protocol_features" in info:
        print(f"protocol features: {protocol:#x}  {' '.join(_bits(protocol, protocol_names))}")
    for key in ("queues", "max_mem_slots"):
        if key in info:
            print(f"{key.replace('_', ' ') + ':':<19}{info[key]}")
    if "blk_config" in info:
        cfg = info["blk_config"]
        print(f"capacity:          {cfg['num_sectors']} sectors ({cfg['num_sectors'] * 512} bytes)")
        for key, value in cfg.items():
            if key != "num_sectors":
                print(f"  {key}: {value}")
    elif "input_config" in info:
        cfg = info["input_config"]
        print(f"name:              {cfg['name']}")
        print(f"serial:            {cfg['serial']}")
        if cfg["devids"] is not None:
            print("devids:            " + " ".join(f"{k} {v:#06x}" for k, v in cfg["devids"].items()))
        print(f"prop bits:         {' '.join(map(str, cfg['prop_bits'])) or '-'}")
        for ev_type, ev_codes in cfg["ev_bits"].items():
            print(f"  ev_bits {ev_type}: {len(ev_codes)} codes: {' '.join(map(str, ev_codes))}")
        for axis, absinfo in cfg["abs_info"].items():
            print(f"  abs_info {axis}: " + " ".join(f"{k} {v}" for k, v in absinfo.items()))
    elif "config" in info:
        print(f"config:            {info['config']}")
    elif args.device == "rng":
        print("config:            none (virtio-rng has no configuration space)")
    return 0


def register(commands) -> None:
    vu = commands.add_parser(
        "vhost-user", help="vhost-user back-end and front-end tools",
        description="vhost-user: serve a disk image as a vhost-user-blk back-end (for QEMU's "
                    "-device vhost-user-blk-pci), entropy as vhost-user-rng (-device vhost-user-rng-pci), "
                    "a keyboard as vhost-user-input (-device vhost-user-input-pci), or probe what a "
                    "back-end offers.")
    sub = vu.add_subparsers(dest="vhost_user_command", metavar="ACTION", required=True)
    blk = sub.add_parser("blk", help="serve IMAGE as a vhost-user-blk back-end on a UNIX socket",
                         description="Listen on --socket and serve IMAGE (raw or qcow2, found by its "
                                     "magic) to each front-end that connects. Images are writable "
                                     "unless --read-only (qcow2 through qemuspec's qcow2 writer); a "
                                     "read-only export fails writes with an I/O error. Stops on SIGINT or SIGTERM.")
    blk.add_argument("--socket", required=True, metavar="PATH", help="UNIX socket to listen on")
    blk.add_argument("image", metavar="IMAGE")
    blk.add_argument("--read-only", action="store_true", help="refuse writes (VIRTIO_BLK_F_RO)")
    blk.add_argument("--num-queues", type=int, default=1, metavar="N", help="request queues (default 1)")
    blk.add_argument("--serial", default="qemuspec", help="device serial for GET_ID (at most 20 bytes)")
    blk.add_argument("--inflight", action="store_true",
                     help="offer in-flight tracking (INFLIGHT_SHMFD): after a crash, QEMU reconnects to the "
                          "restarted back-end and unfinished requests run again (split and packed rings)")
    blk.add_argument("-v", "--verbose", action="store_true", help="log every request to stderr")
    blk.set_defaults(func=cmd_blk)
    rng = sub.add_parser("rng", help="serve a virtio-rng (entropy) back-end on a UNIX socket",
                         description="Listen on --socket and fill the request buffers of each front-end "
                                     "that connects (QEMU's -device vhost-user-rng-pci) with random bytes: "
                                     "os.urandom, or --source FILE. Stops on SIGINT or SIGTERM.")
    rng.add_argument("--socket", required=True, metavar="PATH", help="UNIX socket to listen on")
    rng.add_argument("--source", metavar="FILE", help="read the bytes from FILE (a device such as /dev/hwrng, "
                                                       "or a FIFO) instead of os.urandom")
    rng.add_argument("--max-request", type=int, default=65536, metavar="BYTES",
                     help="most bytes given for one request (default 65536)")
    rng.add_argument("-v", "--verbose", action="store_true", help="log every request to stderr")
    rng.set_defaults(func=cmd_rng)
    inp = sub.add_parser("input", help="serve a virtio-input keyboard back-end; events come from stdin",
                         description="Listen on --socket and act as a keyboard (EV_KEY, EV_LED, EV_REP) for "
                                     "each front-end that connects (QEMU's -device vhost-user-input-pci, "
                                     "which QEMU 7.2 realizes only under KVM). Each line of standard input "
                                     "is sent to every connected guest: 'TYPE CODE VALUE' (Linux evdev "
                                     "numbers), 'press CODE' (press, SYN, release, SYN) or 'syn'. Events "
                                     "wait until the guest gives buffers. Stops on SIGINT or SIGTERM.")
    inp.add_argument("--socket", required=True, metavar="PATH", help="UNIX socket to listen on")
    inp.add_argument("--name", default="qemuspec keyboard", help="device name the guest reads (ID_NAME)")
    inp.add_argument("--serial", default="", help="serial the guest reads (ID_SERIAL)")
    inp.add_argument("-v", "--verbose", action="store_true", help="log every request to stderr")
    inp.set_defaults(func=cmd_input)
    probe = sub.add_parser("probe", help="print what the back-end at --socket offers",
                           description="Connect as a front-end, ask for the features, protocol features, "
                                       "queue count, memory slots and configuration space, print them, "
                                       "and disconnect.")
    probe.add_argument("--socket", required=True, metavar="PATH", help="back-end's UNIX socket")
    probe.add_argument("--output", choices=["human", "json"], default="human")
    probe.add_argument("--device", choices=["blk", "rng", "input", "generic"], default="blk",
                       help="how to name device feature bits and decode the config (default blk; "
                            "input asks every select/subsel question a guest asks, rng has no config)")
    probe.add_argument("--config-size", type=int, default=60, metavar="BYTES",
                       help="bytes of configuration space to ask for (default 60; input always reads "
                            "its 136-byte structure)")
    probe.add_argument("--timeout", type=float, default=10.0, help="seconds to wait for the back-end")
    probe.set_defaults(func=cmd_probe)


__all__ = ["register"]
