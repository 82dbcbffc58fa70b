"""Compression and decompression of qcow2 compressed clusters (zlib raw deflate, zstd).

Each compressed cluster must decompress to exactly one cluster; anything
else is a format error. Output is bounded by the cluster size, never by the
compressed data.
"""

from __future__ import annotations

import io
import zlib
from functools import lru_cache

from ...errors import FormatError

__all__ = ["compress_cluster", "decompress_cluster"]


@lru_cache(maxsize=1)
def _zstd():
    import zstandard  # only images with zstd clusters pay for the import

    return zstandard, zstandard.ZstdDecompressor()


def decompress_cluster(data: bytes, cluster_size: int, compression: str, host_offset: int) -> bytes:
    """One cluster from its compressed bytes (which may run past the stream's end)."""
    zstd_error = _zstd()[0].ZstdError if compression == "zstd" else zlib.error
    try:
        if compression == "zlib":
            out = zlib.decompressobj(-15).decompress(data, cluster_size)
        elif compression == "zstd":
            with _zstd()[1].stream_reader(io.BytesIO(data)) as reader:  # bounded: one byte past a cluster
                out = reader.read(cluster_size + 1)
        else:
            raise FormatError(f"unknown compression type {compression!r}", structure="qcow2::header",
                              field="compression_type", offset=None)
    except (zlib.error, zstd_error) as exc:
        raise FormatError(f"compressed cluster does not decompress: {exc}",
                          structure="qcow2 compressed cluster", offset=host_offset) from exc
    if len(out) != cluster_size:
        raise FormatError(f"compressed cluster decompresses to {len(out)} bytes",
                          structure="qcow2 compressed cluster", offset=host_offset,
                          expected=f"{cluster_size} bytes")
    return out


def compress_cluster(data: bytes, cluster_size: int, compression: str) -> bytes:
    """The compressed bytes of one cluster (padded with zeros to a whole cluster), as QEMU
    makes them: raw deflate with a 4 KiB window, or a zstd frame.

    Safe to call from several threads at once (each call has its own compressor; zlib and
    zstandard let go of the GIL while they work), and the same for the same input.
    """
    data = bytes(data).ljust(cluster_size, b"\0")
    if compression == "zstd":
        return _zstd()[0].ZstdCompressor().compress(data)
    compressor = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -12)
    return compressor.compress(data) + compressor.flush()
