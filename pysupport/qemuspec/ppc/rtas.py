"""Guest-side RTAS calls for dynamic reconfiguration, over qtest or the hypercall agent.

An RTAS call works on a parameter block in guest memory (``spapr_rtas_args``):
token, argument count, return count, arguments, return values.
:class:`QtestRtas` runs calls through qtest's ``rtas NAME ...`` command,
:class:`HcallRtas` through the H_RTAS hypercall made by the guest agent of
:mod:`qemuspec.ppc.hcall`. :class:`DrcClient` builds the hotplug protocol of
``ppc-spapr-hotplug.txt`` on either: sensors and indicators (9001, 9002,
9003), ibm,configure-connector (rebuilding the device tree fragment of a
plugged resource) and check-exception (the pending event log).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, Sequence

from ..errors import FormatError, PeerError, ProtocolError
from ..formats.spapr import Spapr
from ..formats.spapr_cc_work_area import SpaprCcWorkArea
from ..formats.spapr_rtas_args import SpaprRtasArgs
from ..formats.spapr_rtas_event_log import SpaprRtasEventLog
from ..specs import parse
from . import builders
from .fdt import Node, Property

__all__ = [
    "RtasTransport", "QtestRtas", "HcallRtas", "DrcClient", "RtasError", "CcStep",
    "WORK_AREA_SIZE", "ALL_EVENTS",
]

WORK_AREA_SIZE = 4096
ALL_EVENTS = 0xFFFFFFFF  # check-exception mask: every event class
_CC = Spapr.CcStatus
_MAX_CC_STEPS = 4096  # a fragment is a few dozen steps; more means the peer loops


class RtasError(ProtocolError):
    """An RTAS call answered a failure status."""

    def __init__(self, call: str, status: int) -> None:
        self.call, self.status = call, status
        enum = Spapr.CcStatus if call == "ibm,configure-connector" else Spapr.RtasStatus
        try:
            name = enum(status).name
        except ValueError:
            name = "unknown status"
        super().__init__(f"RTAS {call} failed: {name} ({status})")


class Memory(Protocol):
    def mem_read(self, addr: int, length: int) -> bytes: ...
    def mem_write(self, addr: int, data: bytes) -> None: ...


class RtasTransport(Protocol):
    """Something that runs RTAS calls and reaches guest memory."""

    memory: Memory

    def call(self, name: str, args: Sequence[int], num_rets: int) -> list[int]:
        """Run RTAS call ``name``; return its return words (signed; the first is the status)."""


def _rets(block: bytes) -> list[int]:
    parsed = parse(SpaprRtasArgs, block)
    if parsed.num_rets == 0:
        return []
    return [int(parsed.status)] + list(getattr(parsed, "rets", None) or [])


class QtestRtas:
    """RTAS calls through qtest's ``rtas`` command (qemu-system-ppc64, pseries)."""

    def __init__(self, client, *, scratch: int = 0x10000) -> None:
        self.client = client
        self.memory = client
        self.scratch = scratch

    def call(self, name: str, args: Sequence[int], num_rets: int) -> list[int]:
        block = builders.rtas_args(0, args, num_rets)
        self.memory.mem_write(self.scratch, block)
        args_addr = self.scratch + 12
        rets_addr = args_addr + 4 * len(args)
        answer = self.client.command(f"rtas {name} {len(args)} {args_addr:#x} {num_rets} {rets_addr:#x}")
        if answer.strip() not in ("0", "0x0"):
            raise ProtocolError(f"qtest rtas {name}: QEMU answered {answer!r} (unknown call?)")
        return _rets(self.memory.mem_read(self.scratch, len(block)))


class HcallRtas:
    """RTAS calls the way a guest makes them: H_RTAS (0xf000) on a parameter block.

    ``tokens`` maps call names to tokens (the properties of the /rtas node).
    """

    def __init__(self, agent, tokens: dict[str, int], *, scratch: int = 0x11000) -> None:
        self.agent = agent
        self.memory = agent.client
        self.tokens = tokens
        self.scratch = scratch

    def call(self, name: str, args: Sequence[int], num_rets: int) -> list[int]:
        if name not in self.tokens:
            raise ProtocolError(f"the device tree has no RTAS call {name!r}")
        block = builders.rtas_args(self.tokens[name], args, num_rets)
        self.memory.mem_write(self.scratch, block)
        status = self.agent.call(Spapr.Hcall.h_rtas, self.scratch).status
        if status != Spapr.HcallStatus.success:
            raise ProtocolError(f"H_RTAS {name}: hypercall status {status}")
        return _rets(self.memory.mem_read(self.scratch, len(block)))


@dataclass(frozen=True)
class CcStep:
    """One ibm,configure-connector answer and the work area it left."""

    status: int
    work_area: bytes


class DrcClient:
    """The guest side of sPAPR dynamic reconfiguration, on an :class:`RtasTransport`."""

    def __init__(self, rtas: RtasTransport, *, work_area: int = 0x20000, event_buffer: int = 0x22000) -> None:
        self.rtas = rtas
        self.work_area = work_area
        self.event_buffer = event_buffer

    def _status_call(self, name: str, args: Sequence[int], num_rets: int) -> list[int]:
        rets = self.rtas.call(name, args, num_rets)
        if not rets:
            raise ProtocolError(f"RTAS {name} gave no status")
        return rets

    def get_sensor_state(self, sensor: int, index: int) -> int:
        """get-sensor-state; returns the state (``spapr::entity_sense`` for 9003); RtasError on failure."""
        status, state = self._status_call("get-sensor-state", [sensor, index], 2)[:2]
        if status != 0:
            raise RtasError("get-sensor-state", status)
        return state

    def set_indicator(self, indicator: int, index: int, state: int) -> int:
        """set-indicator; returns the RTAS status (0 on success) without raising."""
        return self._status_call("set-indicator", [indicator, index, state], 1)[0]

    def configure_connector_steps(self, index: int) -> list[CcStep]:
        """Call ibm,configure-connector until it completes or fails; every answer with its work area.

        The last step's status is ``complete`` on success, or the failure
        (``not_configurable`` when the connector is not unisolated yet).
        """
        steps: list[CcStep] = []
        memory = self.rtas.memory
        memory.mem_write(self.work_area, index.to_bytes(4, "big") + bytes(WORK_AREA_SIZE - 4))
        for _ in range(_MAX_CC_STEPS):
            # QEMU reads the work area address as arg 0 (low half) and arg 1 (high half).
            status = self._status_call("ibm,configure-connector",
                                       [self.work_area & 0xFFFFFFFF, self.work_area >> 32], 1)[0]
            steps.append(CcStep(status, memory.mem_read(self.work_area, WORK_AREA_SIZE)))
            if status not in (_CC.next_child, _CC.next_property, _CC.previous_parent, _CC.next_sibling):
                return steps
        raise PeerError(f"ibm,configure-connector did not complete within {_MAX_CC_STEPS} calls")

    def configure_connector(self, index: int) -> Node:
        """The device tree fragment of the resource behind connector ``index``, as a node tree.

        The connector must be unisolated first (and, for logical resources,
        allocated): see :meth:`acquire`.
        """
        top = Node("", "")
        stack = [top]
        steps = self.configure_connector_steps(index)
        if steps[-1].status != _CC.complete:
            raise RtasError("ibm,configure-connector", steps[-1].status)
        for step in steps:
            area = parse(SpaprCcWorkArea, step.work_area)
            if step.status in (_CC.next_child, _CC.next_property) and area.name is None:
                raise FormatError(f"name offset {area.ofs_name} is outside the work area",
                                  structure="spapr_cc_work_area", field="ofs_name")
            if step.status == _CC.next_property and area.ofs_value + area.len_value > WORK_AREA_SIZE:
                raise FormatError("property value runs past the work area", structure="spapr_cc_work_area",
                                  field="len_value")
            if step.status == _CC.next_child:
                parent = stack[-1]
                child = Node(area.name, parent.path.rstrip("/") + "/" + area.name)
                parent.children.append(child)
                stack.append(child)
            elif step.status == _CC.next_property:
                raw = step.work_area[area.ofs_value:area.ofs_value + area.len_value]
                value = area.value if area.value is not None else raw
                stack[-1].properties[area.name] = Property(area.name, bytes(raw), value)
            elif step.status in (_CC.previous_parent, _CC.complete):
                if len(stack) == 1:
                    raise FormatError("configure-connector closed a node it never opened",
                                      structure="spapr_cc_work_area")
                stack.pop()
        if len(top.children) != 1 or len(stack) != 1:
            raise FormatError("configure-connector fragment is not one closed node", structure="spapr_cc_work_area")
        return top.children[0]

    def acquire(self, index: int, *, logical: bool = True) -> None:
        """Allocate (logical connectors) and unisolate connector ``index``, as a guest does before configuring."""
        if logical:
            status = self.set_indicator(Spapr.Indicator.allocation_state, index, Spapr.AllocationState.usable)
            if status != 0:
                raise RtasError("set-indicator allocation-state", status)
        status = self.set_indicator(Spapr.Indicator.isolation_state, index, Spapr.IsolationState.unisolate)
        if status != 0:
            raise RtasError("set-indicator isolation-state", status)

    def check_exception(self, mask: int = ALL_EVENTS, *, length: int = 2048) -> bytes | None:
        """The next pending event log matching ``mask`` (raw bytes), or None when there is none."""
        memory = self.rtas.memory
        memory.mem_write(self.event_buffer, bytes(length))
        # vector offset, additional info, event mask, critical, buffer, length
        status = self._status_call("check-exception", [0x500, 0, mask, 0, self.event_buffer, length], 1)[0]
        if status == Spapr.RtasStatus.no_errors_found:
            return None
        if status != 0:
            raise RtasError("check-exception", status)
        header = memory.mem_read(self.event_buffer, 8)
        total = min(8 + int.from_bytes(header[4:], "big"), length)
        return memory.mem_read(self.event_buffer, total)

    def next_event(self, mask: int = ALL_EVENTS) -> SpaprRtasEventLog | None:
        """The next pending event, parsed."""
        raw = self.check_exception(mask)
        return None if raw is None else parse(SpaprRtasEventLog, raw)
