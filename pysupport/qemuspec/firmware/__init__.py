"""Firmware interfaces QEMU offers its guests (fw_cfg)."""
