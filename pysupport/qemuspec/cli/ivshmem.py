"""``qemuspec ivshmem-server`` and ``qemuspec ivshmem-client``, with the options of QEMU's examples."""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import QemuSpecError, UsageError

if TYPE_CHECKING:
    import asyncio

DEFAULT_SOCKET = "/tmp/ivshmem_socket"
DEFAULT_PID_FILE = "/var/run/ivshmem-server.pid"
DEFAULT_SIZE = "4M"

CLIENT_HELP = """\
dump: dump peers (including us)
int <peer> <vector>: notify one vector on a peer
int <peer> all: notify all vectors of a peer
int all: notify all vectors of all peers (excepting us)
quit: leave"""


# -- ivshmem-server --------------------------------------------------------------------------

def cmd_ivshmem_server(args: argparse.Namespace) -> int:
    import asyncio  # here, not at the top: every qemuspec command would pay for it
    from ..ipc.ivshmem.protocol import MAX_VECTORS
    from ..ipc.ivshmem.server import IvshmemServer
    from ..ipc.ivshmem.shm import MIN_SERVER_SIZE, SharedMemory, parse_size, round_up_power_of_two

    if args.verbose and not args.foreground:
        raise UsageError("cannot use verbose in daemon mode (add -F)")
    if not 0 <= args.vectors <= MAX_VECTORS:
        raise UsageError(f"-n takes 0..{MAX_VECTORS} vectors, not {args.vectors}")
    asked = parse_size(args.size)
    size = max(round_up_power_of_two(asked), MIN_SERVER_SIZE)
    log = _printer(args.verbose)
    if size != asked:
        log(f"shared memory size {asked} rounded up to {size} (QEMU needs a power of two)")
    pid_file = args.pid_file if args.pid_file is not None else (None if args.foreground else DEFAULT_PID_FILE)
    pid_file = Path(pid_file).absolute() if pid_file else None

    if args.shm_name is not None:
        memory = SharedMemory.posix(args.shm_name, size)
    elif args.shm_dir is not None:
        memory = SharedMemory.file_in(args.shm_dir, size)
    else:
        memory = SharedMemory.memfd(size)
    server = None
    try:
        server = IvshmemServer(args.socket, memory, args.vectors, log=log)
        server.listen()
        if not args.foreground:
            _daemonize(pid_file)
        elif pid_file is not None:
            _write_pid_file(pid_file)
        try:
            asyncio.run(_serve(server))
        finally:
            if pid_file is not None:
                pid_file.unlink(missing_ok=True)
    finally:
        if server is not None:
            server.close()
        memory.close()
    log("server disconnected")
    return 0


async def _serve(server) -> None:
    import asyncio  # here, not at the top: every qemuspec command would pay for it
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, server.close)
    await server.start()
    await server.serve_forever()


def _printer(verbose: bool):
    def say(text: str) -> None:
        if verbose:
            print(text, flush=True)
    return say


def _write_pid_file(path: Path) -> None:
    try:
        path.write_text(f"{os.getpid()}\n")
    except OSError as exc:
        raise UsageError(f"cannot write pid file {path}: {exc.strerror}") from exc


def _daemonize(pid_file: Path | None) -> None:
    """Detach (double fork, new session, stdio to /dev/null); the caller's process exits
    once the daemon wrote its pid file, with status 0, or 1 and the error."""
    sys.stdout.flush()
    sys.stderr.flush()
    read_end, write_end = os.pipe()
    if os.fork():
        os.close(write_end)
        with os.fdopen(read_end, "rb") as report:
            answer = report.read().decode(errors="replace")
        if answer != "ok":
            print(f"qemuspec: error: {answer or 'the daemon died while starting'}", file=sys.stderr)
            os._exit(1)
        os._exit(0)
    os.close(read_end)
    os.setsid()
    if os.fork():
        os._exit(0)
    null = os.open(os.devnull, os.O_RDWR)
    try:
        if pid_file is not None:
            _write_pid_file(pid_file)
    except QemuSpecError as exc:
        os.write(write_end, str(exc).encode())
        raise  # after the caller's cleanup (socket file, shared memory), quietly
    else:
        os.write(write_end, b"ok")
    finally:
        os.close(write_end)
        for fd in (0, 1, 2):
            os.dup2(null, fd)
        os.close(null)
    os.chdir("/")


# -- ivshmem-client --------------------------------------------------------------------------

def cmd_ivshmem_client(args: argparse.Namespace) -> int:
    import asyncio  # here, not at the top: every qemuspec command would pay for it
    return asyncio.run(_client_main(args))


async def _client_main(args: argparse.Namespace) -> int:
    from ..ipc.ivshmem.client import AsyncIvshmemClient
    from ..ipc.ivshmem.events import Failed, PeerLeft, PeerVector, ServerGone

    ready = False

    def on_interrupt(vector: int) -> None:
        print(f"interrupt on vector {vector}", flush=True)

    def on_event(event) -> None:
        if isinstance(event, ServerGone):
            print("server disconnected; known peers can still be rung", flush=True)
        elif isinstance(event, Failed) and ready:
            print(f"qemuspec: error: {event.error}; disconnected from the server", file=sys.stderr, flush=True)
        elif args.verbose and isinstance(event, PeerVector):
            print(f"peer {event.peer} vector {event.vector} connected", flush=True)
        elif args.verbose and isinstance(event, PeerLeft):
            print(f"peer {event.peer} left", flush=True)

    client = await AsyncIvshmemClient.connect(args.socket, vectors=args.vectors,
                                              on_interrupt=on_interrupt, on_event=on_event)
    ready = True
    try:
        if client.server_error is not None:
            print(f"qemuspec: error: {client.server_error}; disconnected from the server",
                  file=sys.stderr, flush=True)
        if args.verbose:
            print(f"connected to {args.socket} as peer {client.id}", flush=True)
        interactive = sys.stdin.isatty()
        if interactive:
            print(CLIENT_HELP)
        lines = _stdin_lines()
        while True:
            if interactive:
                print("cmd> ", end="", flush=True)
            line = await lines.get()
            if line is None:
                break
            if not _run_commands(client, line):
                return 0
        if args.listen:
            await _wait_for_signal()
    finally:
        client.close()
    return 0


def _run_commands(client, line: str) -> bool:
    """Run the ;-separated commands of one line; False on quit."""
    for command in line.replace("\r", ";").split(";"):
        words = command.split()
        if not words:
            continue
        try:
            if words in (["help"], ["?"]):
                print(CLIENT_HELP)
            elif words in (["quit"], ["exit"]):
                return False
            elif words == ["dump"]:
                print(client.dump())
            elif words == ["int", "all"]:
                client.ring_all()
            elif len(words) == 3 and words[0] == "int" and words[2] == "all":
                client.ring_peer(_number(words[1]))
            elif len(words) == 3 and words[0] == "int":
                client.ring(_number(words[1]), _number(words[2]))
            else:
                print("invalid command, type help")
        except UsageError as exc:
            print(exc)
        sys.stdout.flush()
    return True


def _number(text: str) -> int:
    try:
        return int(text, 0)
    except ValueError:
        raise UsageError(f"{text!r} is not a number") from None


def _stdin_lines() -> "asyncio.Queue":
    """Lines of stdin, read in a daemon thread (works for terminals, pipes and files); None at EOF."""
    import asyncio  # here, not at the top: every qemuspec command would pay for it
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue = asyncio.Queue()

    def reader() -> None:
        for line in sys.stdin:
            loop.call_soon_threadsafe(queue.put_nowait, line)
        loop.call_soon_threadsafe(queue.put_nowait, None)

    threading.Thread(target=reader, name="ivshmem-client-stdin", daemon=True).start()
    return queue


async def _wait_for_signal() -> None:
    import asyncio  # here, not at the top: every qemuspec command would pay for it
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    await stop.wait()


# -- registration ----------------------------------------------------------------------------

def register(commands) -> None:
    server = commands.add_parser(
        "ivshmem-server", help="serve shared memory and doorbells to ivshmem-doorbell devices",
        description="An ivshmem server, with the options of QEMU's example server: QEMU's "
                    "'-device ivshmem-doorbell,chardev=...' and 'qemuspec ivshmem-client' connect to "
                    "its UNIX socket. The shared memory is a memfd unless -M or -m is given; its size "
                    "is rounded up to a power of two. Every client gets -n vectors.",
    )
    server.add_argument("-S", dest="socket", default=DEFAULT_SOCKET, metavar="SOCKET",
                        help="UNIX socket to listen on (default %(default)s)")
    memory = server.add_mutually_exclusive_group()
    memory.add_argument("-M", dest="shm_name", metavar="NAME",
                        help="use the POSIX shared memory object NAME (/dev/shm/NAME; removed on exit)")
    memory.add_argument("-m", dest="shm_dir", metavar="DIR",
                        help="create the shared memory as an unlinked file in DIR (e.g. a hugetlbfs mount)")
    server.add_argument("-l", dest="size", default=DEFAULT_SIZE, metavar="SIZE",
                        help="size of the shared memory in bytes; K, M, G suffixes (default %(default)s)")
    server.add_argument("-n", dest="vectors", type=int, default=1, metavar="VECTORS",
                        help="interrupt vectors per client (default %(default)s)")
    server.add_argument("-F", dest="foreground", action="store_true",
                        help="stay in the foreground (default: run as a daemon)")
    server.add_argument("-p", dest="pid_file", metavar="PIDFILE",
                        help=f"write the process ID here (daemon mode default {DEFAULT_PID_FILE})")
    server.add_argument("-v", dest="verbose", action="store_true",
                        help="print connections and departures (needs -F)")
    server.set_defaults(func=cmd_ivshmem_server)

    client = commands.add_parser(
        "ivshmem-client", help="connect to an ivshmem server and ring peers",
        description="An ivshmem client, like QEMU's example client: it connects to the server, "
                    "prints interrupts it receives, and runs commands read from stdin: "
                    + CLIENT_HELP.replace("\n", "; ") + ". Commands are separated by newlines or ';'.",
    )
    client.add_argument("-S", dest="socket", default=DEFAULT_SOCKET, metavar="SOCKET",
                        help="the server's UNIX socket (default %(default)s)")
    client.add_argument("--vectors", type=int, metavar="N",
                        help="use N interrupt vectors (default: all the server sends)")
    client.add_argument("--listen", action="store_true",
                        help="after stdin ends, keep printing interrupts until SIGINT or SIGTERM")
    client.add_argument("-v", dest="verbose", action="store_true", help="print peers joining and leaving")
    client.set_defaults(func=cmd_ivshmem_client)
