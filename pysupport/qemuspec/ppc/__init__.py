"""sPAPR (pseries) device-tree properties, hotplug events and hypercalls."""
