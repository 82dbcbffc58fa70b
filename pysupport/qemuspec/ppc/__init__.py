"""sPAPR (pseries) device-tree properties, hotplug events and hypercalls.

* :mod:`~qemuspec.ppc.fdt` -- flattened device trees as nodes and properties
  (the ``dtb`` spec decodes the sPAPR properties);
* :mod:`~qemuspec.ppc.drc` -- dynamic reconfiguration connectors from the
  ``ibm,drc-*`` arrays;
* :mod:`~qemuspec.ppc.builders` -- property arrays, ``ibm,dynamic-memory``,
  ``ibm,lrdr-capacity`` and hotplug event logs built with the generated writers;
* :mod:`~qemuspec.ppc.rtas` -- the guest side of sensors, indicators,
  ibm,configure-connector and check-exception, over qtest or H_RTAS;
* :mod:`~qemuspec.ppc.hcall` -- a guest agent that makes hypercalls (H_RTAS,
  H_LOGICAL_MEMOP, H_CAS) for the host;
* :mod:`~qemuspec.ppc.pseries` -- running qemu-system-ppc64 for all of that.
"""

from .drc import Connector, DrcType, all_connectors, connectors, make_index, split_index
from .fdt import DeviceTree, Node, Property

__all__ = [
    "DeviceTree", "Node", "Property",
    "Connector", "DrcType", "connectors", "all_connectors", "make_index", "split_index",
]
