"""ivshmem robustness: clients that vanish, churn, talk or stall; servers that lie; running out of descriptors.

The server under test runs as `qemuspec ivshmem-server` in its own process, so its open
descriptors can be counted in /proc; hostile peers are bare sockets.
"""

from __future__ import annotations

import array
import gc
import os
import resource
import signal
import socket
import struct
import subprocess
import threading
import time

import pytest

from qemuspec.errors import PeerError, ProtocolError
from qemuspec.ipc.ivshmem import IvshmemClient, RefusedError, ServerThread, SharedMemory
from qemuspec.ipc.ivshmem.qemu import IvshmemQemu

from conftest import QEMUSPEC


def fd_count(pid: int | None = None) -> int:
    """Open descriptors of a process (this one after a garbage collection)."""
    if pid is None:
        gc.collect()
    return len(os.listdir(f"/proc/{pid or os.getpid()}/fd"))


def wait_for(condition, timeout: float = 20.0, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.01)


class CliServer:
    """`qemuspec ivshmem-server -F -v` in a child process, ended by pid."""

    def __init__(self, folder, *args: str, preexec=None):
        self.path = folder / "iv.sock"
        self.proc = subprocess.Popen([QEMUSPEC, "ivshmem-server", "-F", "-v", "-S", str(self.path), *args],
                                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                     preexec_fn=preexec)
        self.lines: list[str] = []
        while not self.lines or "listening on" not in self.lines[-1]:
            line = self.proc.stdout.readline()
            if not line:
                self.close()
                raise AssertionError(f"server did not start: {self.output()}")
            self.lines.append(line)
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self):
        for line in self.proc.stdout:
            self.lines.append(line)

    @property
    def pid(self) -> int:
        return self.proc.pid

    def output(self) -> str:
        return "".join(self.lines)

    def close(self) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            return self.proc.wait()


@pytest.fixture
def cli_server(tmp_path):
    server = CliServer(tmp_path, "-n", "2", "-l", "64K")
    try:
        yield server
    finally:
        assert server.close() == 0, server.output()


def raw_connect(path) -> socket.socket:
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.connect(os.fspath(path))
    return sock


def read_messages(sock: socket.socket, count: int) -> list[tuple[int, int]]:
    """Read ``count`` messages one by one; close their descriptors; return (value, descriptors)."""
    out = []
    for _ in range(count):
        data, anc, _, _ = sock.recvmsg(8, socket.CMSG_SPACE(64))
        if len(data) != 8:
            raise AssertionError(f"short message {data!r}")
        fds = array.array("i")
        for _, _, payload in anc:
            fds.frombytes(payload)
        for fd in fds:
            os.close(fd)
        out.append((struct.unpack("<q", data)[0], len(fds)))
    return out


def test_clients_vanishing_mid_handshake(cli_server):
    baseline = fd_count(cli_server.pid)
    with IvshmemClient.connect(cli_server.path) as watcher:
        for stage in range(8):  # close after reading 0..7 messages of the burst
            sock = raw_connect(cli_server.path)
            read_messages(sock, stage)
            sock.close()
        half = raw_connect(cli_server.path)
        half.recv(3)  # part of the version message
        half.close()
        watcher.wait_until(lambda c: c.peers == {}, timeout=20)
        with IvshmemClient.connect(cli_server.path) as late:
            assert late.id == 10  # ten connections came and went; IDs move on round robin
            watcher.wait_for_peer(late.id, 2)
            late.ring(watcher.id, 1)
            assert watcher.wait(timeout=10) == [1]
    wait_for(lambda: fd_count(cli_server.pid) == baseline, what="the server's descriptors to come back")
    assert cli_server.proc.poll() is None


def test_thousands_of_connect_disconnect_cycles_leak_nothing(cli_server):
    server_baseline = fd_count(cli_server.pid)
    with IvshmemClient.connect(cli_server.path) as watcher:
        our_baseline = fd_count()
        for cycle in range(2000):
            if cycle % 4 == 3:  # every fourth one a bare socket that leaves without reading
                raw_connect(cli_server.path).close()
            else:
                with IvshmemClient.connect(cli_server.path, vectors=2) as client:
                    assert client.vectors == 2 and client.peers.get(watcher.id) == 2
            if cycle % 50 == 0:
                watcher.process()
        watcher.wait_until(lambda c: c.peers == {}, timeout=30)
        assert fd_count() == our_baseline  # our client side closed everything too
        assert watcher.server_connected
    wait_for(lambda: fd_count(cli_server.pid) == server_baseline, what="the server's descriptors to come back")


def test_a_client_that_sends_data_is_dropped(cli_server):
    baseline = fd_count(cli_server.pid)
    with IvshmemClient.connect(cli_server.path) as watcher:
        talker = raw_connect(cli_server.path)
        values = read_messages(talker, 7)
        talker_id = values[1][0]
        watcher.wait_for_peer(talker_id, 2)
        r, w = os.pipe()
        talker.sendmsg([b"hello server"], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, array.array("i", [r, w]).tobytes())])
        os.close(r)
        os.close(w)
        watcher.wait_for_departure(talker_id)
        talker.settimeout(10)
        assert talker.recv(100) == b""  # the server closed it
        talker.close()
        said = f"peer {talker_id} left: sent data to the server (the protocol is one-way)"
        wait_for(lambda: said in cli_server.output(), what="the server's log line (read by a thread)")
    wait_for(lambda: fd_count(cli_server.pid) == baseline, what="the descriptors the talker sent to be dropped")


def test_a_client_that_never_reads_is_dropped_and_does_not_stall_others(tmp_path):
    with SharedMemory.memfd(1 << 16) as memory, \
            ServerThread(tmp_path / "iv.sock", memory, 1, max_backlog=200) as server:
        lazy = raw_connect(tmp_path / "iv.sock")
        lazy.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        wait_for(lambda: 0 in server.clients, what="the lazy client to be accepted")
        baseline = fd_count()
        with IvshmemClient.connect(tmp_path / "iv.sock") as watcher:
            for _ in range(400):  # each join and leave queues two messages for the lazy client
                IvshmemClient.connect(tmp_path / "iv.sock", vectors=1).close()
                watcher.process()
            wait_for(lambda: 0 not in server.clients, what="the lazy client to be dropped")
            watcher.wait_for_departure(0)
            assert watcher.server_connected and list(server.clients) == [watcher.id]
        # the server closed its end and the lazy client's eventfd; we close ours
        wait_for(lambda: fd_count() == baseline - 2, what="the lazy client's descriptors to be released")
        lazy.close()
        assert fd_count() == baseline - 3


@pytest.mark.parametrize("vectors", [4, 0])
def test_descriptor_exhaustion_refuses_then_recovers(tmp_path, vectors):
    """With 4 vectors the server runs out while making eventfds and refuses; with none it runs out
    accepting, stops accepting for a moment and tries again."""
    limit = 40
    server = CliServer(tmp_path, "-n", str(vectors), "-l", "64K",
                       preexec=lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (limit, limit)))
    clients = []
    try:
        for _ in range(limit):
            try:
                clients.append(IvshmemClient.connect(server.path, vectors=vectors, timeout=1))
            except (RefusedError, PeerError) as exc:
                failure = exc
                break
        else:
            raise AssertionError("the descriptor limit was never reached")
        assert clients
        if vectors:
            assert isinstance(failure, RefusedError)
            wait_for(lambda: "refused a connection: cannot make eventfds: Too many open files" in server.output())
        else:
            assert "did not finish the setup" in str(failure)
            wait_for(lambda: "cannot accept a connection: Too many open files" in server.output())
        for client in clients:
            client.close()
        wait_for(lambda: server.output().count(" left: ") >= len(clients), what="the server to see them go")
        clients = []
        with IvshmemClient.connect(server.path, vectors=vectors, timeout=20) as again:
            assert again.vectors == vectors and again.peers == {}
        assert server.proc.poll() is None
    finally:
        for client in clients:
            client.close()
        assert server.close() == 0, server.output()


# -- hostile servers -------------------------------------------------------------------------

class FakeServer:
    """Accepts one client and sends it a script of (value or raw bytes, [descriptors]) steps."""

    def __init__(self, path, script, *, close_after=True):
        self.listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.listener.bind(os.fspath(path))
        self.listener.listen(1)
        self.script, self.close_after = script, close_after
        self.done = threading.Event()
        self.conn = None
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self):
        conn, _ = self.listener.accept()
        self.conn = conn
        try:
            for data, fds in self.script:
                raw = struct.pack("<q", data) if isinstance(data, int) else data
                anc = [(socket.SOL_SOCKET, socket.SCM_RIGHTS, array.array("i", fds).tobytes())] if fds else []
                conn.sendmsg([raw], anc)
        except OSError:
            pass
        finally:
            self.done.set()
            if self.close_after:
                conn.close()

    def close(self):
        self.thread.join(timeout=10)
        if self.conn is not None:
            self.conn.close()
        self.listener.close()


@pytest.fixture
def descriptors():
    """Descriptors a fake server hands out, closed on its side at the end."""
    made = []

    def make(kind):
        if kind == "eventfd":
            fd = os.eventfd(0)
        elif kind == "memory":
            fd = os.memfd_create("m")
            os.ftruncate(fd, 1 << 16)
        elif kind == "empty":
            fd = os.memfd_create("e")
        else:
            fd, other = os.pipe()
            made.append(other)
        made.append(fd)
        return fd
    yield make
    for fd in made:
        os.close(fd)


HOSTILE = [
    ("bad version", lambda d: [(1, [])], "protocol version 1 is not supported"),
    ("old protocol without version", lambda d: [(3, []), (-1, [d("memory")])], "protocol version 3"),
    ("version with descriptor", lambda d: [(0, [d("eventfd")])], "version message came with a descriptor"),
    ("id out of range", lambda d: [(0, []), (1 << 20, [])], "invalid ID 1048576"),
    ("refusal", lambda d: [(0, []), (-1, [])], "refused the connection (no free ID"),
    ("pipe as memory", lambda d: [(0, []), (1, []), (-1, [d("pipe")])], "a pipe, not a non-empty file"),
    ("empty memory", lambda d: [(0, []), (1, []), (-1, [d("empty")])], "an empty file"),
    ("three descriptors", lambda d: [(0, []), (1, []), (-1, [d("memory"), d("eventfd"), d("eventfd")])],
     "came with 3 descriptors"),
    ("descriptor flood", lambda d: [(0, []), (1, []), (-1, [d("eventfd") for _ in range(40)])],
     "more descriptors with one message than fit"),
    ("pipe as vector", lambda d: [(0, []), (1, []), (0, [d("pipe")]), (-1, [d("memory")])], "a pipe, not an eventfd"),
    ("closed mid-message", lambda d: [(0, []), (b"\1\0\0", [])], "during setup"),
    ("closed before memory", lambda d: [(0, []), (1, []), (0, [d("eventfd")])], "during setup"),
    ("garbage value", lambda d: [(0, []), (1, []), (-77, [d("eventfd")])], "invalid message -77"),
]


@pytest.mark.parametrize("name, script, text", HOSTILE, ids=[h[0] for h in HOSTILE])
def test_a_hostile_server_gets_a_clear_error_and_no_descriptor_leaks(tmp_path, descriptors, name, script, text):
    steps = script(descriptors)
    baseline = fd_count()
    fake = FakeServer(tmp_path / "fake.sock", steps)
    try:
        with pytest.raises((ProtocolError, PeerError)) as error:
            IvshmemClient.connect(tmp_path / "fake.sock", timeout=10)
        assert text in str(error.value)
    finally:
        fake.close()
    assert fd_count() == baseline  # every descriptor the client received was closed


def test_a_server_that_breaks_the_protocol_later_is_left_but_peers_stay(tmp_path, descriptors):
    peer_vector, own_vector = descriptors("eventfd"), descriptors("eventfd")
    script = [(0, []), (1, []), (-1, [descriptors("memory")]), (0, [peer_vector]), (1, [own_vector]),
              (5, [descriptors("pipe")])]
    baseline = fd_count()
    fake = FakeServer(tmp_path / "fake.sock", script, close_after=False)
    try:
        with IvshmemClient.connect(tmp_path / "fake.sock", vectors=1) as client:
            fake.done.wait(10)
            client.wait_until(lambda c: not c.server_connected, timeout=10)
            assert "a pipe, not an eventfd" in str(client.server_error)
            assert client.peers == {0: 1} and client.vectors == 1
            client.ring(0, 0)  # the known peer still works
            assert os.eventfd_read(peer_vector) == 1
            os.eventfd_write(own_vector, 1)
            assert client.wait(timeout=10) == [0]
            # what is left open on our side: memory, the peer's and our own vector, the fake's two sockets
            assert fd_count() == baseline + 5
    finally:
        fake.close()
    assert fd_count() == baseline


def test_clients_keep_ringing_each_other_and_qemu_when_the_server_dies(tmp_path):
    server = CliServer(tmp_path, "-n", "2", "-l", "1M")
    try:
        with IvshmemClient.connect(server.path, vectors=2) as c0, \
                IvshmemQemu.doorbell(server.path, tmp_path / "q", vectors=2) as qemu, \
                IvshmemClient.connect(server.path, vectors=2) as c2:
            c0.wait_for_peer(2, 2)
            qemu.guest.enable_msix()
            server.proc.kill()
            server.proc.wait()
            c0.wait_until(lambda c: not c.server_connected)
            c2.wait_until(lambda c: not c.server_connected)
            assert c0.server_error is None and c0.peers == {1: 2, 2: 2}
            c0.ring(2, 1)
            assert c2.wait(timeout=10) == [1]
            c2.ring(1, 0)
            qemu.guest.wait_msi(0)
            qemu.guest.ring(0, 1)
            assert c0.wait(timeout=10) == [1]
            c0.memory.write(0, b"still shared")
            assert qemu.guest.read_shared(0, 12) == b"still shared"
    finally:
        server.close()
