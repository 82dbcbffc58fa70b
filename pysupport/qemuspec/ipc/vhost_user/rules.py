"""Per-request rules: how many file descriptors a request carries, when it is answered.

The same table is written as the custom keys ``-fds`` and ``-reply`` of the
request enums in ``ksy/vhost_user.ksy`` and ``ksy/vhost_user_backend.ksy``;
``tests/test_vhost_user_layout.py`` checks that the two agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from .layout import BackendRequest as B
from .layout import FrontEndRequest as F
from .layout import ProtocolFeature, has

__all__ = ["Fds", "Reply", "Rule", "FRONT_END_RULES", "BACKEND_RULES", "expects_reply"]


class Fds(str, Enum):
    NONE = "none"
    ONE = "one"
    ONE_UNLESS_NO_FD = "one_unless_no_fd"
    ONE_PER_REGION = "one_per_region"
    ONE_IF_LOG_SHMFD = "one_if_log_shmfd"
    NONE_OR_ONE_IGNORED = "none_or_one_ignored"


class Reply(str, Enum):
    ALWAYS = "always"
    WITH_LOG_SHMFD = "with_log_shmfd"
    ACK = "ack"
    ACK_OR_POSTCOPY = "ack_or_postcopy"


@dataclass(frozen=True)
class Rule:
    fds: Fds
    reply: Reply


_N, _1, _K, _R, _L, _I = (Fds.NONE, Fds.ONE, Fds.ONE_UNLESS_NO_FD, Fds.ONE_PER_REGION,
                          Fds.ONE_IF_LOG_SHMFD, Fds.NONE_OR_ONE_IGNORED)
_A, _W, _S, _P = Reply.ALWAYS, Reply.WITH_LOG_SHMFD, Reply.ACK, Reply.ACK_OR_POSTCOPY

FRONT_END_RULES: dict[int, Rule] = {
    F.get_features: Rule(_N, _A),
    F.set_features: Rule(_N, _S),
    F.set_owner: Rule(_N, _S),
    F.reset_owner: Rule(_N, _S),
    F.set_mem_table: Rule(_R, _P),
    F.set_log_base: Rule(_L, _W),
    F.set_log_fd: Rule(_1, _S),
    F.set_vring_num: Rule(_N, _S),
    F.set_vring_addr: Rule(_N, _S),
    F.set_vring_base: Rule(_N, _S),
    F.get_vring_base: Rule(_N, _A),
    F.set_vring_kick: Rule(_K, _S),
    F.set_vring_call: Rule(_K, _S),
    F.set_vring_err: Rule(_K, _S),
    F.get_protocol_features: Rule(_N, _A),
    F.set_protocol_features: Rule(_N, _S),
    F.get_queue_num: Rule(_N, _A),
    F.set_vring_enable: Rule(_N, _S),
    F.send_rarp: Rule(_N, _S),
    F.net_set_mtu: Rule(_N, _S),
    F.set_backend_req_fd: Rule(_1, _S),
    F.iotlb_msg: Rule(_N, _A),
    F.set_vring_endian: Rule(_N, _S),
    F.get_config: Rule(_N, _A),
    F.set_config: Rule(_N, _S),
    F.create_crypto_session: Rule(_N, _A),
    F.close_crypto_session: Rule(_N, _S),
    F.postcopy_advise: Rule(_N, _A),
    F.postcopy_listen: Rule(_N, _S),
    F.postcopy_end: Rule(_N, _A),
    F.get_inflight_fd: Rule(_N, _A),
    F.set_inflight_fd: Rule(_1, _S),
    F.gpu_set_socket: Rule(_1, _S),
    F.reset_device: Rule(_N, _S),
    F.vring_kick: Rule(_N, _S),
    F.get_max_mem_slots: Rule(_N, _A),
    F.add_mem_reg: Rule(_1, _P),
    F.rem_mem_reg: Rule(_I, _S),
    F.set_status: Rule(_N, _S),
    F.get_status: Rule(_N, _A),
    F.get_shared_object: Rule(_N, _A),
    F.set_device_state_fd: Rule(_1, _A),
    F.check_device_state: Rule(_N, _A),
}
FRONT_END_RULES = {int(k.value): v for k, v in FRONT_END_RULES.items()}

BACKEND_RULES: dict[int, Rule] = {
    int(B.iotlb_msg.value): Rule(_N, _S),
    int(B.config_change_msg.value): Rule(_N, _S),
    int(B.vring_host_notifier_msg.value): Rule(_K, _S),
    int(B.vring_call.value): Rule(_N, _S),
    int(B.vring_err.value): Rule(_N, _S),
    int(B.shared_object_add.value): Rule(_N, _S),
    int(B.shared_object_remove.value): Rule(_N, _S),
    int(B.shared_object_lookup.value): Rule(_N, _A),
}


def expects_reply(rule: Rule | None, need_reply: bool, protocol_features: int,
                  postcopy_listening: bool = False) -> bool:
    """Whether the receiver of a request with ``rule`` answers it."""
    if rule is None:
        return need_reply
    if rule.reply is Reply.ALWAYS:
        return True
    if rule.reply is Reply.WITH_LOG_SHMFD:
        return has(protocol_features, ProtocolFeature.log_shmfd) or need_reply
    if rule.reply is Reply.ACK_OR_POSTCOPY and postcopy_listening:
        return True
    return need_reply
