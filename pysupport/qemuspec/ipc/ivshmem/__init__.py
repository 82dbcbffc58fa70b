"""ivshmem: shared memory between VMs, its doorbell device and its client-server protocol."""
