"""Which specs and hand-written page belong to each area of the site."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Area:
    slug: str             # used in page paths: webide/<slug>.md
    title: str
    overview: str         # the hand-written page under docs/
    prefixes: tuple[str, ...]   # a spec belongs to the first area one of whose prefixes it starts with

    def owns(self, spec_id: str) -> bool:
        return spec_id.startswith(self.prefixes)


AREAS = [
    Area("qcow2", "qcow2", "formats/qcow2.md", ("qcow2", "luks")),
    Area("parallels", "Parallels", "formats/parallels.md", ("parallels",)),
    Area("fw-cfg", "fw_cfg", "formats/fw_cfg.md", ("fw_cfg",)),
    Area("vhost-user", "vhost-user", "formats/vhost-user.md", ("vhost_user", "virtq_", "virtio_")),
    Area("ivshmem", "ivshmem", "formats/ivshmem.md", ("ivshmem",)),
    Area("spapr", "sPAPR", "formats/spapr.md", ("spapr", "dtb")),
    Area("pci-ids", "PCI IDs", "formats/pci-ids.md", ("pci_ids",)),
    Area("rocker", "Rocker", "formats/rocker.md", ("rocker",)),
]


def area_of(spec_id: str) -> Area:
    for area in AREAS:
        if area.owns(spec_id):
            return area
    raise LookupError(f"spec {spec_id} belongs to no area of the site: add its prefix to tools/site/areas.py")

