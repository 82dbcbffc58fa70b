"""`qemuspec ivshmem-server` and `qemuspec ivshmem-client` as users run them, with QEMU as the other peer."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import uuid
from pathlib import Path

import pytest

from qemuspec.ipc.ivshmem import IvshmemClient, ServerThread, SharedMemory
from qemuspec.ipc.ivshmem.qemu import IvshmemQemu

from conftest import PYTHON, QEMUSPEC, SAMPLES, run
from test_ivshmem_robustness import CliServer, wait_for


def qemuspec(*args: str, stdin: str | None = None, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([QEMUSPEC, *args], input=stdin, capture_output=True, text=True, timeout=timeout)


def test_server_as_a_daemon_with_a_pid_file(tmp_path):
    sock, pid_file = tmp_path / "iv.sock", tmp_path / "server.pid"
    result = qemuspec("ivshmem-server", "-S", str(sock), "-p", str(pid_file), "-l", "100K", "-n", "3")
    assert result.returncode == 0, result.stderr
    pid = int(pid_file.read_text())
    try:
        assert sock.is_socket()
        assert os.getsid(pid) != os.getsid(0)  # detached into a session of its own
        with IvshmemClient.connect(sock) as client:
            assert client.vectors == 3 and client.memory.size == 128 * 1024  # rounded up to a power of two
    finally:
        os.kill(pid, signal.SIGTERM)
    wait_for(lambda: not pid_file.exists() and not sock.exists(), what="the daemon to clean up")
    wait_for(lambda: not Path(f"/proc/{pid}").exists() or "zombie" in Path(f"/proc/{pid}/status").read_text().lower(),
             what="the daemon to exit")


@pytest.mark.parametrize("args, message", [
    (["-v"], "cannot use verbose in daemon mode"),
    (["-F", "-l", "12Q"], "invalid size '12Q'"),
    (["-F", "-l", "0"], "out of range"),
    (["-F", "-n", "5000"], "-n takes 0..1024 vectors"),
    (["-F", "-m", "/nonexistent/folder"], "/nonexistent/folder is not a folder"),
])
def test_server_refuses_bad_options(tmp_path, args, message):
    result = qemuspec("ivshmem-server", "-S", str(tmp_path / "iv.sock"), *args)
    assert result.returncode == 1 and message in result.stderr
    assert not (tmp_path / "iv.sock").exists()


def test_server_replaces_a_stale_socket_but_not_a_live_one(tmp_path):
    stale = tmp_path / "iv.sock"
    leftover = socket.socket(socket.AF_UNIX)
    leftover.bind(str(stale))
    leftover.close()  # a socket file nobody listens on
    server = CliServer(tmp_path, "-l", "64K")
    try:
        second = qemuspec("ivshmem-server", "-F", "-S", str(stale))
        assert second.returncode == 1 and "another server is listening on" in second.stderr
        with IvshmemClient.connect(stale) as client:  # the first server still serves
            assert client.id == 1  # the second one's probe connection came and went as ID 0
        (tmp_path / "plain").write_text("x")
        not_socket = qemuspec("ivshmem-server", "-F", "-S", str(tmp_path / "plain"))
        assert not_socket.returncode == 1 and "exists and is not a socket" in not_socket.stderr
    finally:
        assert server.close() == 0
    assert not stale.exists()


def test_server_with_posix_shared_memory_and_qemu(tmp_path):
    name = f"qemuspec-test-{uuid.uuid4().hex[:12]}"
    shm_path = Path("/dev/shm") / name
    server = CliServer(tmp_path, "-M", name, "-l", "1M", "-n", "1")
    try:
        assert shm_path.stat().st_size == 1 << 20
        with IvshmemQemu.doorbell(server.path, tmp_path / "q", vectors=1) as qemu:
            qemu.guest.write_shared(0x100, b"through /dev/shm")
            with open(shm_path, "rb") as shm:
                shm.seek(0x100)
                assert shm.read(16) == b"through /dev/shm"
    finally:
        assert server.close() == 0
    assert not shm_path.exists()  # the server removed the object it created


def test_server_with_a_file_in_a_folder_and_qemu(tmp_path):
    folder = tmp_path / "memory"
    folder.mkdir()
    server = CliServer(tmp_path, "-m", str(folder), "-l", "3M")
    try:
        assert list(folder.iterdir()) == []  # the file is unlinked at once
        with IvshmemClient.connect(server.path) as client, \
                IvshmemQemu.doorbell(server.path, tmp_path / "q") as qemu:
            assert client.memory.size == 4 << 20 and qemu.guest.shared_size == 4 << 20
            client.memory.write(4 << 19, b"half way")
            assert qemu.guest.read_shared(4 << 19, 8) == b"half way"
    finally:
        assert server.close() == 0
    assert "rounded up to 4194304" in server.output()


@pytest.fixture
def qemu_on_a_server(tmp_path):
    with SharedMemory.memfd(1 << 20) as memory, ServerThread(tmp_path / "iv.sock", memory, 2):
        with IvshmemQemu.doorbell(tmp_path / "iv.sock", tmp_path / "q", vectors=2) as qemu:
            qemu.guest.enable_msix()
            qemu.path = tmp_path / "iv.sock"
            yield qemu


def test_client_commands(qemu_on_a_server):
    qemu = qemu_on_a_server
    commands = "dump\nint 0 1\nint 0 7; int 9 0\nbogus\nhelp\n"
    result = qemuspec("ivshmem-client", "-S", str(qemu.path), stdin=commands)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[:5] == ["our_id = 1", "  vector 0 is enabled (fd=" + lines[1].split("fd=")[1],
                         "  vector 1 is enabled (fd=" + lines[2].split("fd=")[1], "peer_id = 0",
                         "  vector 0 is enabled (fd=" + lines[4].split("fd=")[1]]
    assert "peer 0 has no vector 7 (it has 2)" in lines
    assert "cannot find peer_id = 9" in lines
    assert "invalid command, type help" in lines
    assert "int all: notify all vectors of all peers (excepting us)" in lines
    qemu.guest.wait_msi(1)
    result = qemuspec("ivshmem-client", "-S", str(qemu.path), stdin="int 0 all\nint all\nquit\nint 0 0\n")
    assert result.returncode == 0
    wait_for(lambda: set(qemu.guest.fired_vectors()) == {0, 1}, what="both MSI-X vectors")


def test_client_listens_for_interrupts_and_the_server_going_away(tmp_path):
    server = CliServer(tmp_path, "-n", "2", "-l", "1M")
    listener = subprocess.Popen([QEMUSPEC, "ivshmem-client", "-S", str(server.path), "-v", "--listen"],
                                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        assert listener.stdout.readline().strip() == f"connected to {server.path} as peer 0"
        with IvshmemQemu.doorbell(server.path, tmp_path / "q", vectors=2) as qemu:
            assert listener.stdout.readline().strip() == "peer 1 vector 0 connected"
            assert listener.stdout.readline().strip() == "peer 1 vector 1 connected"
            qemu.guest.ring(0, 1)
            assert listener.stdout.readline().strip() == "interrupt on vector 1"
            server.proc.kill()
            assert listener.stdout.readline().strip() == "server disconnected; known peers can still be rung"
            qemu.guest.ring(0, 0)  # the eventfds still work without the server
            assert listener.stdout.readline().strip() == "interrupt on vector 0"
        listener.send_signal(signal.SIGTERM)
        assert listener.wait(timeout=20) == 0
    finally:
        if listener.poll() is None:
            listener.kill()
            listener.wait()
        server.close()


def test_client_errors(tmp_path):
    result = qemuspec("ivshmem-client", "-S", str(tmp_path / "nobody.sock"), stdin="")
    assert result.returncode == 1 and "cannot connect to the ivshmem server" in result.stderr
    with SharedMemory.memfd(1 << 16) as memory, ServerThread(tmp_path / "iv.sock", memory, 1, max_id=0):
        with IvshmemClient.connect(tmp_path / "iv.sock"):
            result = qemuspec("ivshmem-client", "-S", str(tmp_path / "iv.sock"), stdin="dump\n")
    assert result.returncode == 1 and "refused the connection" in result.stderr


def test_dump_reads_the_samples():
    result = run([QEMUSPEC, "dump", "--type", "ivshmem_protocol", str(SAMPLES / "ivshmem_protocol.connect.bin")])
    assert result.returncode == 0, result.stderr
    assert '"value": -1' in result.stdout.decode()
    result = run([QEMUSPEC, "dump", "--type", "ivshmem_regs", str(SAMPLES / "ivshmem_regs.doorbell.bin")])
    assert '"iv_position": 1' in result.stdout.decode()


def test_samples_are_what_qemu_and_our_server_give(tmp_path):
    result = run([PYTHON, "tools/make_ivshmem_samples.py", "--out", str(tmp_path)], timeout=120)
    assert result.returncode == 0, result.stderr.decode()
    for made in sorted(tmp_path.iterdir()):
        assert made.read_bytes() == (SAMPLES / made.name).read_bytes(), made.name
    assert len(list(tmp_path.iterdir())) == 4


def test_a_daemon_that_cannot_write_its_pid_file_cleans_up(tmp_path):
    name = f"qemuspec-test-{uuid.uuid4().hex[:12]}"
    sock = tmp_path / "iv.sock"
    result = qemuspec("ivshmem-server", "-S", str(sock), "-M", name, "-p", str(tmp_path / "no" / "such" / "x.pid"))
    assert result.returncode == 1 and "cannot write pid file" in result.stderr
    assert result.stderr.count("cannot write pid file") == 1
    wait_for(lambda: not sock.exists() and not (Path("/dev/shm") / name).exists(), what="the cleanup")
