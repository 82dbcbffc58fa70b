"""asyncio transports for both roles, thin around the protocol cores.

* :class:`BackendServer` (:mod:`.server`) serves a back-end on a UNIX socket;
* :class:`VhostUserClient` and :class:`SyncVhostUserClient` (:mod:`.client`)
  are front-end connections, asyncio and blocking;
* :class:`Stream` and :func:`recv_with_fds` / :func:`send_with_fds`
  (:mod:`.stream`) move bytes and SCM_RIGHTS descriptors.
"""

from .client import SyncVhostUserClient, VhostUserClient
from .server import BackendServer, BackendSession, SessionError
from .stream import Stream, recv_with_fds, send_with_fds

__all__ = ["BackendServer", "BackendSession", "SessionError", "VhostUserClient", "SyncVhostUserClient",
           "Stream", "recv_with_fds", "send_with_fds"]
