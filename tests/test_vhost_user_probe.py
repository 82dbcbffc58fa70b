"""``qemuspec vhost-user probe --device rng|input|generic``: against our own back-ends (the
``qemuspec vhost-user rng`` and ``input`` commands) and against back-ends nobody here wrote
(QEMU 7.2's vhost-user-gpu and virtiofsd). The blk probe against qemu-storage-daemon is in
tests/test_vhost_user_peers.py."""

from __future__ import annotations

import json

from qemuspec.formats.vhost_user_input import VhostUserInput
from qemuspec.ipc.vhost_user import layout as L
from qemuspec.ipc.vhost_user.device import CORE_FEATURES, CORE_PROTOCOL_FEATURES
from qemuspec.ipc.vhost_user.input import InputDevice
from qemuspec.ipc.vhost_user.rng import RngDevice
from qemuspec.specs import parse

from conftest import QEMUSPEC, SAMPLES, run
from test_vhost_user_interop import VHOST_USER_GPU, VIRTIOFSD, PeerProcess

P = L.ProtocolFeature


def probe(sock, *options: str) -> tuple[int, str, str]:
    result = run([QEMUSPEC, "vhost-user", "probe", "--socket", str(sock), *options])
    return result.returncode, result.stdout.decode(), result.stderr.decode()


def probe_json(sock, *options: str) -> dict:
    rc, out, err = probe(sock, "--output", "json", *options)
    assert rc == 0, err
    return json.loads(out)


def test_probe_rng_names_our_rng_back_end(tmp_path):
    sock = tmp_path / "rng.sock"
    peer = PeerProcess([QEMUSPEC, "vhost-user", "rng", "--socket", str(sock)], sock, tmp_path / "rng.log")
    try:
        info = probe_json(sock, "--device", "rng")
        rc, human, err = probe(sock, "--device", "rng")
    finally:
        peer.stop()
    assert info["features"] == RngDevice.features | CORE_FEATURES
    assert set(info["feature_names"]) == {"version1", "indirect_desc", "event_idx", "protocol_features", "log_all"}
    assert info["protocol_features"] == CORE_PROTOCOL_FEATURES          # no CONFIG: virtio-rng has none
    assert (info["queues"], info["max_mem_slots"]) == (1, 32)
    assert "config" not in info and "input_config" not in info
    assert rc == 0, err
    assert "config:            none (virtio-rng has no configuration space)\n" in human
    assert f"features:          {info['features']:#x}  " in human


def _sample_answer(name: str) -> bytes:
    """The answer of a configuration space sample: what a QEMU 7.2 guest read from our keyboard."""
    cfg = parse(VhostUserInput, (SAMPLES / f"vhost_user_input.keyboard-{name}.bin").read_bytes())
    raw = cfg.answer if isinstance(cfg.answer, bytes) else cfg._raw_answer
    return raw[:cfg.len_answer]


def _codes(bitmap: bytes) -> list[int]:
    return [i for i in range(8 * len(bitmap)) if bitmap[i // 8] >> (i % 8) & 1]


def test_probe_input_reads_the_keyboard_as_a_qemu_guest_read_it(tmp_path):
    sock = tmp_path / "input.sock"
    peer = PeerProcess([QEMUSPEC, "vhost-user", "input", "--socket", str(sock), "--serial", "KB-0042"],
                       sock, tmp_path / "input.log")
    try:
        info = probe_json(sock, "--device", "input")
        rc, human, err = probe(sock, "--device", "input")
    finally:
        peer.stop()
    assert info["features"] == InputDevice.features | CORE_FEATURES
    assert "ring_reset" in info["feature_names"] and L.has(info["protocol_features"], P.config)
    assert info["queues"] == 2                                          # eventq, statusq
    cfg = info["input_config"]
    # the same answers the guest of qemu-system-x86_64 got through SET_CONFIG/GET_CONFIG (samples/)
    assert cfg["name"].encode() == _sample_answer("name") == b"qemuspec keyboard"
    assert cfg["serial"] == "KB-0042"
    devids = parse(VhostUserInput, (SAMPLES / "vhost_user_input.keyboard-devids.bin").read_bytes()).answer
    assert cfg["devids"] == {"bustype": devids.bustype, "vendor": devids.vendor, "product": devids.product,
                             "version": devids.version} == {"bustype": 6, "vendor": 0x0627, "product": 1,
                                                            "version": 1}
    assert cfg["ev_bits"] == {"key": _codes(_sample_answer("ev-key")), "led": _codes(_sample_answer("ev-led"))}
    assert cfg["ev_bits"]["led"] == [0, 1, 2] and len(cfg["ev_bits"]["key"]) == 103
    assert (cfg["prop_bits"], cfg["abs_info"]) == ([], {})
    assert rc == 0, err
    assert "name:              qemuspec keyboard\n" in human and "serial:            KB-0042\n" in human
    assert "devids:            bustype 0x0006 vendor 0x0627 product 0x0001 version 0x0001\n" in human
    assert "  ev_bits led: 3 codes: 0 1 2\n" in human


def test_probe_generic_against_vhost_user_gpu(tmp_path):
    """QEMU's vhost-user-gpu (libvhost-user): a 16-byte virtio_gpu_config, all zero (QEMU fills in
    num_scanouts itself); a bigger GET_CONFIG is refused and the probe says so. (It serves one
    front-end: a fresh one for each probe.)"""
    def gpu_probe(name: str, *options: str) -> tuple[int, str, str]:
        sock = tmp_path / f"gpu-{name}.sock"
        peer = PeerProcess([VHOST_USER_GPU, "--socket-path", str(sock)], sock, tmp_path / f"gpu-{name}.log")
        try:
            return probe(sock, *options)
        finally:
            peer.stop()

    rc, out, err = gpu_probe("json", "--device", "generic", "--config-size", "16", "--output", "json")
    assert rc == 0, err
    info = json.loads(out)
    assert info["features"] == 0x175000000 and not info["features"] & 0xFFFFFF   # no device bits without virgl
    assert info["feature_names"] == ["notify_on_empty", "log_all", "indirect_desc", "event_idx",
                                     "protocol_features", "version1"]
    assert info["protocol_features"] == 0x8F2B and "config" in info["protocol_feature_names"]
    assert (info["queues"], info["max_mem_slots"]) == (2, 32)          # control and cursor queues
    assert info["config"] == "00" * 16
    refused = "qemuspec: error: the back-end refused GET_CONFIG (empty reply)\n"
    assert gpu_probe("60", "--device", "generic") == (1, "", refused)    # 60 bytes: more than it has
    assert gpu_probe("input", "--device", "input") == (1, "", refused)   # 136 bytes: the same


def test_probe_generic_against_virtiofsd(tmp_path):
    """QEMU's C virtiofsd: no CONFIG protocol feature, so no configuration space is asked for."""
    share = tmp_path / "share"
    share.mkdir()
    sock = tmp_path / "vfs.sock"
    peer = PeerProcess([VIRTIOFSD, f"--socket-path={sock}", "-o", f"source={share}", "-o", "sandbox=chroot",
                        "-o", "cache=none", "-f"], sock, tmp_path / "virtiofsd.log")
    try:
        rc, human, err = probe(sock, "--device", "generic")
    finally:
        peer.stop()
    assert rc == 0, err
    assert human == ("features:          0x175000000  notify_on_empty log_all indirect_desc event_idx "
                     "protocol_features version1\n"
                     "protocol features: 0x8c2b  mq log_shmfd reply_ack backend_req backend_send_fd "
                     "host_notifier configure_mem_slots\n"
                     "queues:            2\n"
                     "max mem slots:     32\n")
