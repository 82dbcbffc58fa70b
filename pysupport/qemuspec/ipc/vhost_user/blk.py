"""A vhost-user-blk back-end device serving a disk image.

:class:`BlkExport` opens an image with :func:`qemuspec.open_image` (raw or
qcow2, the format found by its magic) and makes one :class:`BlkDevice` per
front-end connection. It locks the image as QEMU does: a read-only export
keeps writers out, a writable one keeps out writers and readers that want a
consistent image. Reads work for every format the block layer reads.
Writes, discards and write-zeroes go to raw images through
:class:`~qemuspec.block.raw_writer.RawWriter` and to qcow2 images through
the qcow2 writer (flushes are the guest's flush requests, so what the guest
flushed survives a crash); a read-only export offers VIRTIO_BLK_F_RO and
answers write requests with VIRTIO_BLK_S_IOERR. With ``inflight`` the
device asks for in-flight tracking (INFLIGHT_SHMFD: requests left unfinished
by a back-end that died run again when the front-end reconnects to the next
one), for split and packed rings alike.

Requests follow the virtio-blk rules: a 16-byte header in the
device-readable part, data, and a status byte at the very end of the
device-writable part; sector ranges are checked against the capacity,
data lengths must be whole sectors, and the used length is the number of
bytes written into the chain (data and status).
"""

from __future__ import annotations

import os
from pathlib import Path

from ...block import REGISTRY, Image, detect_format, open_image
from ...block.raw_writer import RawWriter
from ...errors import QemuSpecError, UsageError
from ...formats.vhost_user_blk import VhostUserBlk
from ...specs import serialize
from .device import VhostUserDevice
from .layout import (BLK_ID_BYTES, BLK_REQUEST_HEADER, BLK_SECTOR, BLK_SEGMENT, BLK_SEGMENT_F_UNMAP,
                     BlkFeature, BlkRequestType as T, BlkStatus as S, ProtocolFeature, VirtioFeature, bit)
from .virtq import Chain, VirtqError, slice_views

__all__ = ["BlkExport", "BlkDevice", "BLK_CONFIG_SIZE"]

BLK_CONFIG_SIZE = 60            # up to write_zeroes_may_unmap and its padding (virtio 1.1)
MAX_DISCARD_SECTORS = 1 << 22   # 2 GiB per segment
MAX_SEGMENTS = 1
_T_READ, _T_WRITE, _T_FLUSH, _T_GET_ID = (int(T.read), int(T.write), int(T.flush), int(T.get_id))
_T_DISCARD, _T_WRITE_ZEROES = int(T.discard), int(T.write_zeroes)
_OK, _IOERR, _UNSUPP = int(S.ok), int(S.ioerr), int(S.unsupp)
_WRITEBACK = 32                 # offset of the writeback byte in the configuration space


class BlkExport:
    """An image exported as vhost-user-blk; :meth:`device` makes a device per connection.

    ``read_only`` forces a read-only export; formats we cannot write are read-only anyway.
    """

    def __init__(self, path: str | os.PathLike, *, read_only: bool = False, num_queues: int = 1,
                 serial: str = "qemuspec", seg_max: int = 126, inflight: bool = False) -> None:
        if not 1 <= num_queues <= 64:
            raise UsageError("--num-queues must be between 1 and 64")
        self.path = Path(path)
        record = REGISTRY.get(detect_format(self.path))  # None: a format we do not read (open_image says so)
        flat = record is not None and record.flat
        writable = not read_only and record is not None and record.writer is not None
        if writable and not flat:
            image = record.writer(self.path)  # reads and writes through one object, with QEMU's writer locks
            self.writer: RawWriter | _ImageSink | None = _ImageSink(image)
            self.image: Image = image
        else:
            # read-only, or a flat format (raw): the file is written as a file (holes punched)
            self.writer = RawWriter(self.path) if writable else None
            try:
                # a writable export holds the writer's locks; a read-only one the reader's (open_image)
                self.image = open_image(self.path, force_share=writable)
            except BaseException:
                if self.writer is not None:
                    self.writer.close()
                raise
        self.read_only = self.writer is None
        # flat images (raw) are read straight into guest memory (preadv), from our own descriptor
        self.raw_fd: int | None = None
        if flat:
            try:
                self.raw_fd = os.dup(self.writer.fd) if self.writer else os.open(self.path, os.O_RDONLY)
            except OSError as exc:
                self.close()
                raise UsageError(f"cannot open {self.path}: {exc.strerror}") from exc
        self.num_queues = num_queues
        self.serial = serial.encode("utf-8")[:BLK_ID_BYTES]
        self.seg_max = seg_max
        self.inflight = inflight

    def device(self) -> "BlkDevice":
        return BlkDevice(self)

    def close(self) -> None:
        if self.raw_fd is not None:
            os.close(self.raw_fd)
            self.raw_fd = None
        if self.writer is not None:
            self.writer.close()
        self.image.close()  # (for qcow2 the writer's close already closed it: closing twice is harmless)

    def __enter__(self) -> "BlkExport":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class _ImageSink:
    """A format's writer (qcow2's) behind the interface the device writes raw images through."""

    def __init__(self, writer) -> None:
        self.image = writer

    def write(self, offset: int, views) -> None:
        for view in views:
            self.image.write(offset, view)
            offset += len(view)

    def flush(self) -> None:
        self.image.flush()

    def discard(self, offset: int, length: int) -> None:
        self.image.discard(offset, length)

    def write_zeroes(self, offset: int, length: int, unmap: bool = False) -> None:
        self.image.write_zeroes(offset, length, unmap=unmap)

    def close(self) -> None:
        self.image.close()


class BlkDevice(VhostUserDevice):
    """virtio-blk over an export's image (the export outlives its devices)."""

    device_id = 2   # virtio-blk
    protocol_features = bit(ProtocolFeature.config)

    def __init__(self, export: BlkExport) -> None:
        self.export = export
        self.image = export.image
        self.writer = export.writer
        self.size = export.image.size
        self.num_queues = export.num_queues
        self.writeback = 1
        self._raw_fd = export.raw_fd
        blk = (BlkFeature.seg_max, BlkFeature.blk_size, BlkFeature.flush, BlkFeature.topology,
               BlkFeature.mq, BlkFeature.config_wce)
        blk += (BlkFeature.ro,) if export.read_only else (BlkFeature.discard, BlkFeature.write_zeroes)
        self.features = (sum(bit(f) for f in blk) | bit(VirtioFeature.version1)
                         | bit(VirtioFeature.indirect_desc) | bit(VirtioFeature.event_idx))
        self.features |= bit(VirtioFeature.ring_packed)
        if export.inflight:   # split or packed rings
            self.protocol_features = bit(ProtocolFeature.config) | bit(ProtocolFeature.inflight_shmfd)

    # --- configuration space ---------------------------------------------------------------
    def config(self) -> bytes:
        cfg = VhostUserBlk()
        cfg.num_sectors = self.size // BLK_SECTOR
        cfg.max_segment_size = 0
        cfg.max_segments = self.export.seg_max
        geometry = VhostUserBlk.Geometry(None, cfg, cfg._root)
        geometry.num_cylinders, geometry.num_heads, geometry.num_sectors_per_track = 0, 0, 0
        cfg.geometry = geometry
        cfg.len_block = BLK_SECTOR
        topology = VhostUserBlk.Topology(None, cfg, cfg._root)
        topology.physical_block_exp, topology.alignment_offset = 0, 0
        topology.min_io_size, topology.opt_io_size = 1, 0
        cfg.topology = topology
        cfg.writeback = self.writeback
        cfg.unused0 = 0
        cfg.num_queues = self.num_queues
        cfg.max_discard_sectors = MAX_DISCARD_SECTORS
        cfg.max_discard_segments = MAX_SEGMENTS
        cfg.discard_sector_alignment = 1
        cfg.max_write_zeroes_sectors = MAX_DISCARD_SECTORS
        cfg.max_write_zeroes_segments = MAX_SEGMENTS
        cfg.write_zeroes_may_unmap = 1
        cfg.unused1 = bytes(3)
        return serialize(cfg, BLK_CONFIG_SIZE)

    def set_config(self, offset: int, data: bytes, migration: bool) -> bool:
        """The driver may write the writeback byte (offset 32, 0 or 1); a migration may write any field."""
        if offset <= _WRITEBACK < offset + len(data) and data[_WRITEBACK - offset] in (0, 1):
            if len(data) == 1 or migration:
                self.writeback = data[_WRITEBACK - offset]
                return True
        return migration and offset + len(data) <= BLK_CONFIG_SIZE

    # --- requests ------------------------------------------------------------------------------
    def handle(self, queue: int, chain: Chain) -> int:
        if chain.readable_len < BLK_REQUEST_HEADER.size or chain.writable_len < 1:
            raise VirtqError("virtio-blk request without its 16-byte header or status byte")
        first = chain.readable[0]
        if len(first) >= BLK_REQUEST_HEADER.size:
            rtype, _, sector = BLK_REQUEST_HEADER.unpack_from(first)
        else:
            rtype, _, sector = BLK_REQUEST_HEADER.unpack(chain.read(0, BLK_REQUEST_HEADER.size))
        last = chain.writable[-1]
        data_in = chain.writable_len - 1
        data_out = chain.readable_len - BLK_REQUEST_HEADER.size
        written = 0
        try:
            if rtype == _T_READ:
                status = self._read(chain, sector, data_in)
                written = data_in if status == _OK else 0
            elif rtype == _T_WRITE:
                status = self._write(chain, sector, data_out)
            elif rtype == _T_FLUSH:
                if self.writer is not None:
                    self.writer.flush()
                status = _OK
            elif rtype == _T_GET_ID:
                n = min(data_in, BLK_ID_BYTES)
                chain.write(0, self.export.serial.ljust(BLK_ID_BYTES, b"\0")[:n])
                written, status = n, _OK
            elif rtype in (_T_DISCARD, _T_WRITE_ZEROES):
                status = self._ranges(chain, rtype, data_out)
            else:
                status = _UNSUPP
        except (OSError, QemuSpecError):
            status = _IOERR
        last[-1] = status
        return written + 1

    def _range_ok(self, sector: int, length: int) -> bool:
        return length % BLK_SECTOR == 0 and sector * BLK_SECTOR + length <= self.size

    def _read(self, chain: Chain, sector: int, length: int) -> int:
        if not self._range_ok(sector, length):
            return _IOERR
        views = chain.writable[:-1] if len(chain.writable[-1]) == 1 else slice_views(chain.writable, 0, length)
        offset = sector * BLK_SECTOR
        if self._raw_fd is not None:
            got = os.preadv(self._raw_fd, views, offset) if views else 0
            if got < length:  # the file shrank under us: what is missing reads as zeros
                for view in slice_views(views, got, length - got):
                    view[:] = bytes(len(view))
            return _OK
        for view in views:
            view[:] = bytes(len(view))
            self.image.readinto(offset, view)
            offset += len(view)
        return _OK

    def _write(self, chain: Chain, sector: int, length: int) -> int:
        if self.writer is None or not self._range_ok(sector, length):
            return _IOERR
        views = slice_views(chain.readable, BLK_REQUEST_HEADER.size, length)
        self.writer.write(sector * BLK_SECTOR, views)
        return _OK

    def _ranges(self, chain: Chain, rtype: int, length: int) -> int:
        if self.writer is None:
            return _IOERR
        if length == 0 or length % BLK_SEGMENT.size or length // BLK_SEGMENT.size > MAX_SEGMENTS:
            return _UNSUPP
        data = chain.read(BLK_REQUEST_HEADER.size, length)
        for pos in range(0, length, BLK_SEGMENT.size):
            sector, count, flags = BLK_SEGMENT.unpack_from(data, pos)
            if flags & ~BLK_SEGMENT_F_UNMAP or (rtype == _T_DISCARD and flags):
                return _UNSUPP
            if count > MAX_DISCARD_SECTORS or not self._range_ok(sector, count * BLK_SECTOR):
                return _IOERR
            if rtype == _T_DISCARD:
                self.writer.discard(sector * BLK_SECTOR, count * BLK_SECTOR)
            else:
                self.writer.write_zeroes(sector * BLK_SECTOR, count * BLK_SECTOR,
                                         unmap=bool(flags & BLK_SEGMENT_F_UNMAP))
        return _OK
