"""Descriptors over UNIX sockets (SCM_RIGHTS), and what a descriptor is.

The small system-call layer both ivshmem adapters share: send one message
with at most one descriptor, receive up to a given number of bytes with the
descriptors that came with them (marked close-on-exec), and tell an eventfd
from a file from anything else.
"""

from __future__ import annotations

import array
import os
import socket
import stat

__all__ = ["send_with_fd", "recv_with_fds", "fd_kind", "close_fds", "RECV_MAX_FDS"]

#: Descriptors one receive makes room for; a message with more is an error anyway.
RECV_MAX_FDS = 16
_ANCILLARY = socket.CMSG_SPACE(RECV_MAX_FDS * array.array("i").itemsize)


def send_with_fd(sock: socket.socket, data: bytes, fd: int | None) -> int:
    """``sendmsg`` ``data`` with ``fd`` (if any) attached; returns the bytes sent."""
    if fd is None:
        return sock.send(data)
    return sock.sendmsg([data], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, array.array("i", [fd]).tobytes())])


def recv_with_fds(sock: socket.socket, size: int) -> tuple[bytes, list[int], bool]:
    """Up to ``size`` bytes, the descriptors received with them, and whether some were cut off.

    Raises BlockingIOError on a non-blocking socket with nothing to read,
    like ``recv``. Received descriptors are close-on-exec.
    """
    data, ancdata, flags, _ = sock.recvmsg(size, _ANCILLARY, socket.MSG_CMSG_CLOEXEC)
    fds: list[int] = []
    for level, kind, payload in ancdata:
        if level == socket.SOL_SOCKET and kind == socket.SCM_RIGHTS:
            numbers = array.array("i")
            numbers.frombytes(payload[: len(payload) - len(payload) % numbers.itemsize])
            fds += numbers.tolist()
    return data, fds, bool(flags & socket.MSG_CTRUNC)


def fd_kind(fd: int) -> tuple[str, int]:
    """("eventfd", 0), ("file", size) for regular files (memfd, POSIX shm too), or a description."""
    try:
        info = os.fstat(fd)
    except OSError as exc:
        return f"unusable ({exc.strerror})", 0
    if stat.S_ISREG(info.st_mode):
        return "file", info.st_size
    try:
        target = os.readlink(f"/proc/self/fd/{fd}")
    except OSError:
        target = ""
    if target == "anon_inode:[eventfd]":
        return "eventfd", 0
    for test, name in ((stat.S_ISFIFO, "a pipe"), (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a directory"),
                       (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device")):
        if test(info.st_mode):
            return name, 0
    return (f"{target[len('anon_inode:'):]}" if target.startswith("anon_inode:") else "not a file"), 0


def close_fds(fds) -> None:
    """Close each descriptor, ignoring ones already closed."""
    for fd in fds:
        try:
            os.close(fd)
        except OSError:
            pass
