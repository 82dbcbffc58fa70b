"""The states of one queue in the back-end core and the requests that move it between them.

Invariant: :data:`TRANSITIONS` is the whole state machine of a queue as
:class:`~qemuspec.ipc.vhost_user.backend.BackendConnection` runs it (after the
usual handshake: features, protocol features, one memory region); an input
missing from a state's row leaves the state unchanged.
``tests/test_vhost_user_ring_states.py`` replays every path of inputs on the
real core and checks it finds exactly this table; the site's diagram is drawn
from it.
"""

from __future__ import annotations

from enum import Enum

__all__ = ["RingState", "INPUTS", "TRANSITIONS", "ring_state"]


class RingState(str, Enum):
    UNCONFIGURED = "unconfigured"
    UNCONFIGURED_ENABLED = "unconfigured, enabled"
    STOPPED = "stopped"
    STOPPED_ENABLED = "stopped, enabled"
    STARTED_DISABLED = "started, disabled"
    RUNNING = "running"
    BROKEN = "broken"


# The inputs, in the order the site lists them.
CONFIGURE = "SET_VRING_NUM/BASE/ADDR"
KICK_FD = "SET_VRING_KICK (fd)"
KICK_POLLING = "SET_VRING_KICK (no fd: polling)"
KICK = "kick"
ENABLE = "SET_VRING_ENABLE 1"
DISABLE = "SET_VRING_ENABLE 0"
GET_BASE = "GET_VRING_BASE"
INPUTS = (CONFIGURE, KICK_FD, KICK_POLLING, KICK, ENABLE, DISABLE, GET_BASE)

_S = RingState
TRANSITIONS: dict[RingState, dict[str, RingState]] = {
    _S.UNCONFIGURED: {CONFIGURE: _S.STOPPED, KICK_POLLING: _S.BROKEN, KICK: _S.BROKEN,
                      ENABLE: _S.UNCONFIGURED_ENABLED},
    _S.STOPPED: {KICK_POLLING: _S.STARTED_DISABLED, KICK: _S.STARTED_DISABLED, ENABLE: _S.STOPPED_ENABLED},
    _S.BROKEN: {CONFIGURE: _S.STOPPED, GET_BASE: _S.UNCONFIGURED},
    _S.UNCONFIGURED_ENABLED: {CONFIGURE: _S.STOPPED_ENABLED, KICK_POLLING: _S.BROKEN, KICK: _S.BROKEN,
                              DISABLE: _S.UNCONFIGURED},
    _S.STARTED_DISABLED: {ENABLE: _S.RUNNING, GET_BASE: _S.STOPPED},
    _S.STOPPED_ENABLED: {KICK_POLLING: _S.RUNNING, KICK: _S.RUNNING, DISABLE: _S.STOPPED},
    _S.RUNNING: {DISABLE: _S.STARTED_DISABLED, GET_BASE: _S.STOPPED_ENABLED},
}


def ring_state(*, broken: bool, started: bool, enabled: bool, configured: bool) -> RingState:
    """The state named by a queue's flags (``configured``: its addresses are set)."""
    if broken:
        return _S.BROKEN
    if started:
        return _S.RUNNING if enabled else _S.STARTED_DISABLED
    if not configured:
        return _S.UNCONFIGURED_ENABLED if enabled else _S.UNCONFIGURED
    return _S.STOPPED_ENABLED if enabled else _S.STOPPED
