"""vhost-user: QEMU and out-of-process device back-ends."""
