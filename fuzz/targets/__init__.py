"""Every fuzz target, by name (``python fuzz/run.py --target NAME``)."""

from __future__ import annotations

import importlib

from ..harness import Target

# name -> "module:Class" (imported on use, so a run of one target loads only what it needs)
TARGETS = {
    "specs": "specs:SpecsTarget",
    "qcow2": "images:Qcow2Target",
    "parallels": "images:ParallelsTarget",
    "raw": "images:RawTarget",
    "vhost_user_backend": "vhost_user:BackendTarget",
    "vhost_user_frontend": "vhost_user:FrontendTarget",
    "vhost_user_devices": "vhost_user:DevicesTarget",
    "vhost_user_inflight": "vhost_user:InflightTarget",
    "ivshmem_server": "ivshmem:ServerTarget",
    "ivshmem_client": "ivshmem:ClientTarget",
    "fw_cfg": "fw_cfg:FwCfgTarget",
    "dtb": "dtb:DtbTarget",
    "rocker": "rocker:RockerTarget",
}


def make(name: str, **options) -> Target:
    module, cls = TARGETS[name].split(":")
    return getattr(importlib.import_module(f"{__name__}.{module}"), cls)(**options)
