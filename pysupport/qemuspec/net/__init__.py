"""Networking devices: the Rocker switch.

* :mod:`~qemuspec.net.rocker_build` -- TLVs, command buffers and DMA descriptors
  built with the generated writers (``ksy/rocker*.ksy``);
* :mod:`~qemuspec.net.rocker_driver` -- a guest-side driver over qtest: BAR0
  registers, the command and event rings, port settings.
"""
