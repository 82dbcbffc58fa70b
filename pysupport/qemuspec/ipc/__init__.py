"""Inter-process protocols QEMU speaks with other programs (vhost-user, ivshmem)."""
