"""Per-request rules and the one decision of whether, and how, a request is answered.

Invariant: the rules are not written here. They are the custom keys ``-fds``
and ``-reply`` of the request enums in ``ksy/vhost_user.ksy`` and
``ksy/vhost_user_backend.ksy``, copied by ``make generate`` into
``qemuspec.formats._request_rules``; this module only gives them types.
:func:`answer` is the only place that decides whether a request gets a
reply: the requester, the back-end and the back-end-channel responder all
ask it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from ...formats._request_rules import RULES
from .layout import ProtocolFeature, has

__all__ = ["Fds", "ReplyRule", "Answer", "Rule", "FRONT_END_RULES", "BACKEND_RULES", "answer", "expects_reply"]


class Fds(str, Enum):
    """``-fds``: how many file descriptors a request carries (ksy/vhost_user.ksy's doc)."""

    NONE = "none"
    ONE = "one"
    ONE_UNLESS_NO_FD = "one_unless_no_fd"
    ONE_PER_REGION = "one_per_region"
    ONE_IF_LOG_SHMFD = "one_if_log_shmfd"
    NONE_OR_ONE_IGNORED = "none_or_one_ignored"


class ReplyRule(str, Enum):
    """``-reply``: when the receiver answers a request (not to be confused with
    :class:`~.events.Reply`, the event that carries a reply to the front-end)."""

    ALWAYS = "always"
    WITH_LOG_SHMFD = "with_log_shmfd"
    ACK = "ack"
    ACK_OR_POSTCOPY = "ack_or_postcopy"


class Answer(Enum):
    """What the receiver sends back for one request."""

    NONE = "none"        # nothing
    ACK = "ack"          # a u64 status (REPLY_ACK), zero for success
    REPLY = "reply"      # the request's own reply payload


@dataclass(frozen=True)
class Rule:
    fds: Fds
    reply: ReplyRule


def _typed(table: dict) -> dict[int, Rule]:
    return {value: Rule(Fds(entry["fds"]), ReplyRule(entry["reply"])) for value, entry in table.items()}


FRONT_END_RULES: dict[int, Rule] = _typed(RULES["vhost_user"]["front_end_request"])
BACKEND_RULES: dict[int, Rule] = _typed(RULES["vhost_user_backend"]["backend_request"])


def answer(rule: Rule | None, need_reply: bool, protocol_features: int,
           postcopy_listening: bool = False) -> Answer:
    """What the receiver of a request with ``rule`` (None: unknown request) sends back."""
    if rule is not None and (
            rule.reply is ReplyRule.ALWAYS
            or (rule.reply is ReplyRule.WITH_LOG_SHMFD and has(protocol_features, ProtocolFeature.log_shmfd))
            or (rule.reply is ReplyRule.ACK_OR_POSTCOPY and postcopy_listening)):
        return Answer.REPLY
    return Answer.ACK if need_reply else Answer.NONE


def expects_reply(rule: Rule | None, need_reply: bool, protocol_features: int,
                  postcopy_listening: bool = False) -> bool:
    """Whether the receiver of a request with ``rule`` answers it at all."""
    return answer(rule, need_reply, protocol_features, postcopy_listening) is not Answer.NONE
