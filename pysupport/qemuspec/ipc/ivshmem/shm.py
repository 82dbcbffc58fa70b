"""The shared memory an ivshmem server hands out, or a client maps.

:class:`SharedMemory` wraps one descriptor and its size, made from a memfd
(the default of our server: no name anywhere, sealed against resizing), a
POSIX shared memory object (``-M name``, as QEMU's example server), an
unlinked file in a folder (``-m dir``, for hugetlbfs or tmpfs mounts) or an
existing file (the ``mem-path`` of ``-object memory-backend-file`` that an
``ivshmem-plain`` device shares).
"""

from __future__ import annotations

import errno
import mmap
import os
import stat
from pathlib import Path

from ...errors import UsageError
from ...memory import map_shared, sealed_memfd, unmap

try:
    import _posixshmem  # CPython's shm_open/shm_unlink (what multiprocessing.shared_memory uses)
except ImportError:  # pragma: no cover - every CPython on Linux has it
    _posixshmem = None

__all__ = ["SharedMemory", "parse_size", "round_up_power_of_two", "MIN_SERVER_SIZE"]

#: The smallest shared memory our server offers (one page).
MIN_SERVER_SIZE = 4096
#: Largest size tried when a file system (hugetlbfs) refuses a smaller one.
_HUGEPAGE_LIMIT = 1 << 30
_SUFFIXES = {"": 1, "b": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30, "t": 1 << 40, "p": 1 << 50, "e": 1 << 60}


def parse_size(text: str) -> int:
    """A size as QEMU writes them: bytes, or a number with K, M, G, T, P or E (powers of 1024)."""
    value = text.strip().lower()
    suffix = value[-1:] if value[-1:].isalpha() else ""
    number = value[: len(value) - len(suffix)]
    if suffix not in _SUFFIXES or not number:
        raise UsageError(f"invalid size {text!r} (use bytes or a K, M, G, T suffix)")
    try:
        amount = float(number) if "." in number else int(number, 0)
    except ValueError:
        raise UsageError(f"invalid size {text!r}") from None
    size = int(amount * _SUFFIXES[suffix])
    if size <= 0 or size >= 1 << 63:
        raise UsageError(f"size {text!r} is out of range")
    return size


def round_up_power_of_two(size: int) -> int:
    """The smallest power of two >= ``size`` (QEMU maps the memory as a PCI BAR, which needs one)."""
    return 1 << max(0, size - 1).bit_length()


class SharedMemory:
    """A shared memory descriptor with its size, mapped on demand.

    ``kind`` is "memfd", "posix", "file" or "fd". Closing unlinks a POSIX
    object this instance created; the descriptor is closed unless it was
    borrowed (``own=False``).
    """

    def __init__(self, fd: int, size: int, *, kind: str = "fd", name: str | None = None,
                 own: bool = True, unlink_name: bool = False) -> None:
        self.fd = fd
        self.size = size
        self.kind = kind
        self.name = name
        self._own = own
        self._unlink = unlink_name
        self._map: mmap.mmap | None = None

    # -- makers -------------------------------------------------------------------

    @classmethod
    def memfd(cls, size: int, name: str = "ivshmem", *, seal: bool = True) -> "SharedMemory":
        """An anonymous memfd of ``size`` bytes; sealed so nobody can shrink it under a mapping."""
        _check_size(size)
        try:
            fd = sealed_memfd(size, name, seal=seal)
        except OSError as exc:
            raise UsageError(f"cannot make a memfd of {size} bytes: {exc.strerror}") from exc
        return cls(fd, size, kind="memfd", name=name)

    @classmethod
    def posix(cls, name: str, size: int) -> "SharedMemory":
        """The POSIX shared memory object ``name`` (/dev/shm), created if missing.

        An existing object is grown to ``size`` but never shrunk (others may
        have it mapped). The object is unlinked on close when this call
        created it, or resized it.
        """
        _check_size(size)
        if _posixshmem is None:  # pragma: no cover
            raise UsageError("POSIX shared memory is not available in this Python")
        if not name or "/" in name.lstrip("/") or name.lstrip("/") in ("", ".", ".."):
            raise UsageError(f"invalid POSIX shared memory name {name!r}")
        path = "/" + name.lstrip("/")
        created = False
        try:
            try:
                fd = _posixshmem.shm_open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
                created = True
            except FileExistsError:
                fd = _posixshmem.shm_open(path, os.O_RDWR, 0o600)
        except OSError as exc:
            raise UsageError(f"cannot open shared memory {name!r}: {exc.strerror}") from exc
        try:
            os.set_inheritable(fd, False)
            current = os.fstat(fd).st_size
            if current > size:
                raise UsageError(f"shared memory {name!r} already exists with {current} bytes, more than "
                                 f"the {size} asked for; give its size or remove /dev/shm{path}")
            if current < size:
                os.ftruncate(fd, size)
        except BaseException as exc:
            os.close(fd)
            if created:
                _posixshmem.shm_unlink(path)
            if isinstance(exc, OSError):
                raise UsageError(f"cannot size shared memory {name!r}: {exc.strerror}") from exc
            raise
        return cls(fd, size, kind="posix", name=path, unlink_name=created or current < size)

    @classmethod
    def file_in(cls, directory: str | os.PathLike, size: int) -> "SharedMemory":
        """An unlinked file of ``size`` bytes in ``directory`` (tmpfs or hugetlbfs).

        When the file system refuses the size (hugetlbfs wants whole huge
        pages), the next powers of two up to 1 GiB are tried, as QEMU's
        example server does; :attr:`size` is what was used.
        """
        _check_size(size)
        folder = Path(directory)
        if not folder.is_dir():
            raise UsageError(f"{folder} is not a folder")
        try:
            fd = os.open(folder, os.O_TMPFILE | os.O_RDWR | os.O_CLOEXEC, 0o600)
        except OSError as exc:
            if exc.errno not in (errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL):
                raise UsageError(f"cannot create shared memory in {folder}: {exc.strerror}") from exc
            fd = _unlinked_temp_file(folder)
        try:
            actual = _truncate_to_fit(fd, size)
        except OSError as exc:
            os.close(fd)
            raise UsageError(f"cannot size shared memory in {folder} to {size} bytes: {exc.strerror}") from exc
        return cls(fd, actual, kind="file", name=str(folder))

    @classmethod
    def open_file(cls, path: str | os.PathLike) -> "SharedMemory":
        """An existing file (e.g. the ``mem-path`` QEMU's memory-backend-file shares with ivshmem-plain)."""
        try:
            fd = os.open(path, os.O_RDWR | os.O_CLOEXEC)
        except OSError as exc:
            raise UsageError(f"cannot open {path}: {exc.strerror}") from exc
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size == 0:
            os.close(fd)
            raise UsageError(f"{path} is not a non-empty regular file")
        return cls(fd, info.st_size, kind="file", name=str(path))

    # -- use ----------------------------------------------------------------------

    @property
    def map(self) -> mmap.mmap:
        """The memory, mapped shared and writable (mapped on first use)."""
        if self._map is None:
            if self.fd < 0:
                raise UsageError("the shared memory is closed")
            try:
                self._map = map_shared(self.fd, self.size)
            except (OSError, ValueError, OverflowError) as exc:
                raise UsageError(f"cannot map {self.size} bytes of shared memory: {exc}") from exc
        return self._map

    def read(self, offset: int, length: int) -> bytes:
        """``length`` bytes at ``offset``, checked against the size."""
        self._check_range(offset, length)
        return self.map[offset:offset + length]

    def write(self, offset: int, data: bytes) -> None:
        """Write ``data`` at ``offset``, checked against the size."""
        self._check_range(offset, len(data))
        self.map[offset:offset + len(data)] = data

    def _check_range(self, offset: int, length: int) -> None:
        if offset < 0 or length < 0 or offset + length > self.size:
            raise UsageError(f"{offset:#x}+{length:#x} is outside the {self.size:#x} bytes of shared memory")

    def close(self) -> None:
        """Unmap, close the descriptor (when owned) and unlink a POSIX object this made."""
        if self._map is not None:
            unmap(self._map)
            self._map = None
        if self._own and self.fd >= 0:
            os.close(self.fd)
        self.fd = -1
        if self._unlink and self.name and _posixshmem is not None:
            try:
                _posixshmem.shm_unlink(self.name)
            except OSError:
                pass
            self._unlink = False

    def __enter__(self) -> "SharedMemory":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"SharedMemory(kind={self.kind!r}, size={self.size}, name={self.name!r}, fd={self.fd})"


def _check_size(size: int) -> None:
    if not isinstance(size, int) or size <= 0:
        raise UsageError(f"shared memory size must be a positive number of bytes, not {size!r}")


def _unlinked_temp_file(folder: Path) -> int:
    import tempfile

    fd, name = tempfile.mkstemp(prefix="ivshmem.", dir=folder)
    os.unlink(name)
    return fd


def _truncate_to_fit(fd: int, size: int) -> int:
    attempt = size
    while True:
        try:
            os.ftruncate(fd, attempt)
            return attempt
        except OSError as exc:
            if exc.errno != errno.EINVAL or attempt >= _HUGEPAGE_LIMIT:
                raise
            attempt = round_up_power_of_two(attempt + 1) if attempt & (attempt - 1) else attempt * 2
