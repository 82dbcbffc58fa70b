"""The messages of the ivshmem client-server protocol.

A message is one 8-byte little-endian signed number, optionally with one
file descriptor passed beside it (SCM_RIGHTS). The byte layout lives in
``ksy/ivshmem_protocol.ksy``; this module encodes and decodes through the
generated class and holds the protocol's constants.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ...errors import ProtocolError, UsageError
from ...formats.ivshmem_protocol import IvshmemProtocol
from ...specs import parse, serialize

__all__ = [
    "Message", "encode", "decode", "parse_stream",
    "PROTOCOL_VERSION", "SHARED_MEMORY", "MAX_ID", "MESSAGE_SIZE", "MAX_VECTORS",
]

_Special = IvshmemProtocol.SpecialValues

#: The only protocol version; the server sends it first.
PROTOCOL_VERSION: int = _Special.protocol_version.value
#: The number that comes with the shared memory descriptor.
SHARED_MEMORY: int = _Special.shared_memory.value
#: The highest client ID (the doorbell register has 16 bits for it).
MAX_ID: int = _Special.max_id.value
#: Bytes per message.
MESSAGE_SIZE = 8
#: The most interrupt vectors per client that our server hands out and our
#: client accepts (QEMU's example server and client stop at 64; an MSI-X
#: table has at most 2048 entries).
MAX_VECTORS = 1024


@dataclass(frozen=True)
class Message:
    """One server-to-client message: ``value`` and the descriptor sent with it, if any."""

    value: int
    fd: int | None = None


@lru_cache(maxsize=4096)
def encode(value: int) -> bytes:
    """The 8 bytes of a message carrying ``value`` (-1..65535)."""
    if not SHARED_MEMORY <= value <= MAX_ID:
        raise UsageError(f"an ivshmem message carries -1..{MAX_ID}, not {value}")
    message = IvshmemProtocol.Message()
    message.value = value
    return serialize(message, MESSAGE_SIZE)


def decode(data: bytes) -> int:
    """The number in one 8-byte message (any value; the caller checks its meaning)."""
    if len(data) != MESSAGE_SIZE:
        raise ProtocolError(f"an ivshmem message has {MESSAGE_SIZE} bytes, not {len(data)}")
    return parse(IvshmemProtocol.Message, data).value


def parse_stream(data: bytes) -> list[int]:
    """The numbers of a recorded server-to-client byte stream (without descriptors)."""
    return [m.value for m in parse(IvshmemProtocol, data).messages]
