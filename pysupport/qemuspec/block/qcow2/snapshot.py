"""Internal snapshots of a qcow2 image: list them, and read the disk as it was."""

from __future__ import annotations

from dataclasses import dataclass

from ...errors import FormatError, UsageError
from ...specs import read_instance
from .image import MAX_SNAPSHOTS, Qcow2Image

__all__ = ["SnapshotInfo", "list_snapshots", "open_snapshot"]


@dataclass(frozen=True)
class SnapshotInfo:
    id: str
    name: str
    date_sec: int
    date_nsec: int
    vm_clock_nsec: int
    vm_state_size: int
    disk_size: int | None     # from the extra data (version 3); None when absent
    icount: int | None        # None when absent or -1 (icount off)
    l1_table_offset: int
    num_l1_entries: int

    def to_json(self) -> dict:
        """The keys of a snapshot in ``qemu-img info --output=json``."""
        out = {}
        if self.icount is not None:
            out["icount"] = self.icount
        out.update({
            "vm-clock-nsec": self.vm_clock_nsec % 1_000_000_000,
            "name": self.name,
            "date-sec": self.date_sec,
            "date-nsec": self.date_nsec,
            "vm-clock-sec": self.vm_clock_nsec // 1_000_000_000,
            "id": self.id,
            "vm-state-size": self.vm_state_size,
        })
        return out


def list_snapshots(image: Qcow2Image) -> list[SnapshotInfo]:
    """The snapshot table, checked against QEMU's limits first."""
    h = image.header
    if h.num_snapshots == 0:
        return []
    if h.num_snapshots > MAX_SNAPSHOTS:
        raise FormatError(f"{h.num_snapshots} snapshots", structure="qcow2::header", field="num_snapshots",
                          offset=60, expected=f"at most {MAX_SNAPSHOTS}")
    if h.snapshots_offset % image.cluster_size or h.snapshots_offset >= image.file_size:
        raise FormatError(f"snapshot table offset {h.snapshots_offset:#x}", structure="qcow2::header",
                          field="snapshots_offset", offset=64, expected="cluster-aligned, inside the file")
    out = []
    for sn in read_instance(image.spec, "snapshots"):
        extra = sn.extra_data  # fields the extra data is too short for are absent
        vm_state = getattr(extra, "vm_state_size", None)
        icount = getattr(extra, "icount", None)
        out.append(SnapshotInfo(sn.id, sn.name, sn.date_sec, sn.date_nsec, sn.vm_clock_nsec,
                                sn.vm_state_size_small if vm_state is None else vm_state,
                                getattr(extra, "disk_size", None), None if icount == -1 else icount,
                                sn.l1_table_offset, sn.num_l1_entries))
    return out


def find_snapshot(image: Qcow2Image, key: str) -> SnapshotInfo:
    """A snapshot by ID or, failing that, by name (as qemu-img looks them up)."""
    snapshots = list_snapshots(image)
    for attr in ("id", "name"):
        for sn in snapshots:
            if getattr(sn, attr) == key:
                return sn
    raise UsageError(f"no snapshot {key!r} in {image.path}")


def open_snapshot(image: Qcow2Image, key: str) -> Qcow2Image:
    """A read-only view of the disk as it was in snapshot ``key`` (ID or name)."""
    sn = find_snapshot(image, key)
    size = sn.disk_size if sn.disk_size is not None else image.size
    return image.at_snapshot(sn.l1_table_offset, sn.num_l1_entries, size)
