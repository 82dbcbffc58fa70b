"""``qemu-img info``: the facts of an image, under the same JSON keys as QEMU uses."""

from __future__ import annotations

import os

from ..ctext import to_bytes
from .image import Image

__all__ = ["image_info", "format_human", "qdict_order"]


def _allocated_bytes(*paths) -> int:
    return sum(os.stat(p).st_blocks * 512 for p in paths if p is not None)


def image_info(image: Image) -> dict:
    """One image's facts; for qcow2 the ``format-specific`` data too."""
    from .formats import REGISTRY

    info = {
        "virtual-size": image.size,
        "filename": str(image.path),
        "format": image.format,
        "actual-size": _allocated_bytes(image.path),
    }
    specific = REGISTRY[image.format].info
    if specific is not None:
        info.update(specific(image))
    return qdict_order(info)  # the keys in QEMU's order, whatever order they were added in


def qcow2_info(image) -> dict:
    """What ``qemu-img info`` says of a qcow2 image beyond what every image has."""
    info: dict = {}
    if image.header.num_snapshots:  # the module only when there is a table
        from .qcow2.snapshot import list_snapshots

        snapshots = list_snapshots(image)
        if snapshots:
            info["snapshots"] = [sn.to_json() for sn in snapshots]
    info["cluster-size"] = image.cluster_size
    data = {
        "compat": "1.1" if image.version >= 3 else "0.10",
    }
    if image.version >= 3:
        h = image.header
        data["compression-type"] = image.compression
        data["lazy-refcounts"] = bool(h.compatible_features.lazy_refcounts)
        if image.extensions.bitmaps is not None:  # the module only when there is an extension
            from .qcow2.bitmap import list_bitmaps

            bitmaps = list_bitmaps(image)
            if bitmaps:
                data["bitmaps"] = [b.to_json() for b in bitmaps]
        data["refcount-bits"] = 1 << image.refcount_order
        data["corrupt"] = bool(h.incompatible_features.corrupt)
        data["extended-l2"] = image.extended_l2
        if image.has_data_file:
            data["data-file"] = image.extensions.data_file
            data["data-file-raw"] = image.data_file_raw
    else:
        data["compression-type"] = "zlib"
        data["refcount-bits"] = 16
    if image.encryption is not None:
        data["encrypt"] = image.encryption.info()
    info["format-specific"] = {"type": "qcow2", "data": qdict_order(data)}
    if image.encryption is not None:
        info["encrypted"] = True
    if image.backing_file:
        backing_path = image.backing_path
        info["full-backing-filename"] = str(backing_path)
        info["backing-filename"] = image.backing_file
        if image.extensions.backing_format:
            info["backing-filename-format"] = image.extensions.backing_format
    info["dirty-flag"] = bool(image.version >= 3 and image.header.incompatible_features.dirty)
    return info


def qdict_order(value: dict) -> dict:
    """``value`` with its keys in the order QEMU's QDict lists them (qemu-img prints JSON from one).

    A QDict keeps 512 buckets, filled by a hash of the key, and is walked in bucket order;
    for the few keys of an info dictionary no two share a bucket.
    """
    def bucket(key: str) -> int:
        h = 0x238F13AF * len(key) & 0xFFFFFFFF
        for i, byte in enumerate(key.encode()):
            h = (h + (byte << (i * 5 % 24))) & 0xFFFFFFFF
        return ((1103515243 * h + 12345) & 0xFFFFFFFF) % 512

    return {key: value[key] for key in sorted(value, key=bucket)}


_UNITS = ("B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB")


def _size(n: int) -> str:
    """Sizes as qemu-img prints them: three significant digits, in the largest 1024-based unit
    of which the size is at least 1000/1024 (1000 bytes are 0.977 KiB, 1048064 are 1 MiB)."""
    # the size in that scale is below 2**exponent (math.frexp's exponent, without importing math)
    exponent = int(n * 1024 / 1000).bit_length()
    unit = min(max(exponent - 1, 0) // 10, len(_UNITS) - 1)
    return f"{n / (1 << 10 * unit):.3g} {_UNITS[unit]}"


def format_human(info: dict) -> str:
    """The human layout of ``qemu-img info``."""
    lines = [
        f"image: {info['filename']}",
        f"file format: {info['format']}",
        f"virtual size: {_size(info['virtual-size'])} ({info['virtual-size']} bytes)",
        f"disk size: {_size(info['actual-size'])}",
    ]
    if info.get("encrypted"):
        lines.append("encrypted: yes")
    if "cluster-size" in info:
        lines.append(f"cluster_size: {info['cluster-size']}")
    if "backing-filename" in info:
        backing = info["backing-filename"]
        if info.get("full-backing-filename", backing) != backing:
            backing += f" (actual path: {info['full-backing-filename']})"
        lines.append(f"backing file: {backing}")
        if "backing-filename-format" in info:
            lines.append(f"backing file format: {info['backing-filename-format']}")
    if info.get("snapshots"):
        lines.append(format_snapshot_table(info["snapshots"]))
    specific = info.get("format-specific")
    if specific:
        lines.append("Format specific information:")
        lines += _tree(specific["data"], 1)
    return "\n".join(lines)


def format_snapshot_table(snapshots: list[dict]) -> str:
    from datetime import datetime  # here: info without snapshots does not need it

    rows = ["Snapshot list:", f"{'ID':<9} {'TAG':<17} {'VM SIZE':>7}{'DATE':>20}{'VM CLOCK':>13}{'ICOUNT':>11}"]
    for sn in snapshots:
        date = datetime.fromtimestamp(sn["date-sec"]).strftime("%Y-%m-%d %H:%M:%S")
        secs = sn["vm-clock-sec"]
        clock = f"{secs // 3600:02d}:{secs // 60 % 60:02d}:{secs % 60:02d}.{sn['vm-clock-nsec'] // 1_000_000:03d}"
        icount = str(sn["icount"]) if "icount" in sn else ""
        # qemu-img prints a row with "%-9s %-16s %8s%20s%13s%11s" (widths in bytes)
        rows.append(f"{_pad(sn['id'], 9)} {_pad(sn['name'], 16)} {_size(sn['vm-state-size']):>8}{date:>20}"
                    f"{clock:>13}{icount:>11}")
    return "\n".join(rows)


def _pad(name: str, width: int) -> str:
    """``name`` padded as C's ``%-*s`` pads it: to ``width`` bytes, counted in the name's own bytes."""
    return name + " " * (width - len(to_bytes(name)))


def _tree(value, depth: int) -> list[str]:
    pad = "    " * depth
    out = []
    for key, item in value.items():
        label = key.replace("-", " ")
        if isinstance(item, list):
            out.append(f"{pad}{label}:")
            for i, element in enumerate(item):
                if isinstance(element, dict):
                    out.append(f"{pad}    [{i}]:")
                    out += _tree(element, depth + 2)
                else:
                    out.append(f"{pad}    [{i}]: {element}")
        elif isinstance(item, dict):
            out.append(f"{pad}{label}:")
            out += _tree(item, depth + 1)
        else:
            out.append(f"{pad}{label}: {str(item).lower() if isinstance(item, bool) else item}")
    return out
