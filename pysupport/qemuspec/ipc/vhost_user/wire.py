"""vhost-user framing: bytes and file descriptors in, messages out, and back.

A vhost-user stream is a sequence of messages, each a 12-byte header and a
payload (``ksy/vhost_user.ksy``). File descriptors travel as SCM_RIGHTS
data next to the bytes of the message they belong to. A stream socket does
not keep message boundaries, and the kernel hands out a sendmsg's
descriptors with whatever receive first touches its bytes - so, like QEMU
and libvhost-user, a receiver reads one message at a time (exactly
:meth:`FrameDecoder.bytes_wanted` bytes: the header, then the payload), and the
descriptors that arrive while a message is being read belong to it.
:class:`FrameDecoder` keeps that bookkeeping (a batch that came with the
chunk starting at stream position *p* belongs to the message holding byte
*p*) and owns every descriptor until it hands it out with a message (or
closes it).

Nothing here does I/O: the transports feed bytes in and send what
:func:`encode` returns.
"""

from __future__ import annotations

import os
from collections import deque
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from ...errors import ProtocolError
from .layout import (FLAG_NEED_REPLY, FLAG_REPLY, FLAG_VERSION_MASK, HEADER, HEADER_SIZE, MAX_FDS,
                     MAX_PAYLOAD, VERSION, BackendRequest, FrontEndRequest)

__all__ = ["Message", "FrameDecoder", "FramingError", "encode", "close_fds", "request_name"]


class FramingError(ProtocolError):
    """The byte stream cannot be split into messages any more (the connection must close)."""


def close_fds(fds: Iterable[int]) -> None:
    """Close descriptors, ignoring ones that are already gone."""
    for fd in fds:
        try:
            os.close(fd)
        except OSError:
            pass


def request_name(request: int, backend_channel: bool = False) -> str:
    """``GET_FEATURES`` for 1 on the main channel; the number when unknown."""
    enum = BackendRequest if backend_channel else FrontEndRequest
    try:
        return enum(request).name.upper()
    except ValueError:
        return str(request)


@dataclass(slots=True)
class Message:
    """One message: header fields, payload bytes and the descriptors that came with it.

    The receiver owns ``fds``: it keeps them or closes them.
    """

    request: int
    flags: int
    payload: bytes
    fds: list[int] = field(default_factory=list)

    @property
    def is_reply(self) -> bool:
        return bool(self.flags & FLAG_REPLY)

    @property
    def need_reply(self) -> bool:
        return bool(self.flags & FLAG_NEED_REPLY)

    def take_fds(self) -> list[int]:
        fds, self.fds = self.fds, []
        return fds

    def close_fds(self) -> None:
        close_fds(self.take_fds())


def encode(request: int, payload: bytes = b"", *, reply: bool = False, need_reply: bool = False,
           flags: int | None = None) -> bytes:
    """The bytes of one message (header and payload)."""
    if flags is None:
        flags = VERSION | (FLAG_REPLY if reply else 0) | (FLAG_NEED_REPLY if need_reply else 0)
    return HEADER.pack(request, flags, len(payload)) + payload


class FrameDecoder:
    """Split a byte stream (with descriptor batches) into :class:`Message` objects.

    ``expect_replies`` says which direction this decoder reads: a back-end
    reads requests (reply bit clear), a front-end reads replies. A header
    with a version other than 1, a payload larger than ``max_payload``, the
    wrong reply bit, or more than ``max_fds`` descriptors for one message
    raise :class:`FramingError`; the caller closes the connection (and
    :meth:`close`, which closes every descriptor still held).
    """

    def __init__(self, *, expect_replies: bool = False, max_payload: int = MAX_PAYLOAD,
                 max_fds: int = MAX_FDS) -> None:
        self.expect_replies = expect_replies
        self.max_payload = max_payload
        self.max_fds = max_fds
        self._buffer = bytearray()
        self._start = 0                      # stream position of _buffer[0]
        self._batches: deque[tuple[int, list[int]]] = deque()
        self.closed = False

    def feed(self, data: bytes, fds: Sequence[int] = ()) -> None:
        """Add bytes received from the peer, and the descriptors received with them."""
        if self.closed:
            close_fds(fds)
            raise FramingError("the decoder is closed")
        if fds:
            self._batches.append((self._start + len(self._buffer), list(fds)))
            if not data:  # descriptors with no byte cannot belong to any message
                self.close()
                raise FramingError("file descriptors arrived without data")
        self._buffer += data

    @property
    def pending_bytes(self) -> int:
        return len(self._buffer)

    def bytes_wanted(self) -> int:
        """How many bytes to read next so as not to read past the current message."""
        n = len(self._buffer)
        if n < HEADER_SIZE:
            return HEADER_SIZE - n
        size = HEADER.unpack_from(self._buffer)[2]
        return max(1, min(HEADER_SIZE + size - n, self.max_payload + HEADER_SIZE))

    def next_message(self) -> Message | None:
        """The next complete message, or None until more bytes arrive."""
        buf = self._buffer
        if len(buf) < HEADER_SIZE:
            return None
        request, flags, size = HEADER.unpack_from(buf)
        if flags & FLAG_VERSION_MASK != VERSION:
            self.close()
            raise FramingError(f"message header has version {flags & FLAG_VERSION_MASK}, expected {VERSION}")
        if bool(flags & FLAG_REPLY) != self.expect_replies:
            self.close()
            raise FramingError("reply bit set on a request" if not self.expect_replies
                               else "a request arrived where a reply was expected")
        if size > self.max_payload:
            self.close()
            raise FramingError(f"payload of {size} bytes is larger than the {self.max_payload} allowed")
        end = HEADER_SIZE + size
        if len(buf) < end:
            return None
        payload = bytes(buf[HEADER_SIZE:end])
        fds: list[int] = []
        limit = self._start + end
        while self._batches and self._batches[0][0] < limit:
            fds += self._batches.popleft()[1]
        del buf[:end]
        self._start += end
        if len(fds) > self.max_fds:
            close_fds(fds)
            self.close()
            raise FramingError(f"{len(fds)} file descriptors for one message, at most {self.max_fds}")
        return Message(request, flags, payload, fds)

    def messages(self) -> list[Message]:
        """Every complete message buffered so far."""
        out = []
        while (msg := self.next_message()) is not None:
            out.append(msg)
        return out

    def close(self) -> None:
        """Drop buffered bytes and close every descriptor not handed out."""
        self.closed = True
        while self._batches:
            close_fds(self._batches.popleft()[1])
        self._buffer.clear()
