"""Diagrams of the site, drawn at build time as self-contained SVG.

* Layout diagrams: the Kaitai compiler's graphviz output (``-t graphviz``) of
  every spec, drawn by Graphviz ``dot``.
* State machines: a transition table drawn by ``dot``.
* Message sequences: lifelines and arrows, drawn here (Graphviz has no
  sequence diagrams); plain SVG with generic font families, so a page never
  fetches a script or a font.
"""

from __future__ import annotations

import html
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
CLASSPATH_FILE = ROOT / "tools" / "kaitai-compiler" / ".classpath"


def dot_to_svg(source: str) -> str:
    """Draw a graphviz source; the XML prolog and DOCTYPE are dropped so the SVG can be inlined or served."""
    result = subprocess.run(["dot", "-Tsvg"], input=source.encode(), capture_output=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"dot failed: {result.stderr.decode(errors='replace')}")
    svg = result.stdout.decode()
    return svg[svg.index("<svg"):]


def layout_diagrams(ksy_dir: Path) -> dict[str, str]:
    """spec id -> SVG of its layout, from the JVM compiler's graphviz target."""
    if not CLASSPATH_FILE.exists():
        raise RuntimeError(f"{CLASSPATH_FILE} is missing: run `make compiler` first")
    with tempfile.TemporaryDirectory() as tmp:
        stage, out = Path(tmp) / "ksy", Path(tmp) / "dot"
        shutil.copytree(ksy_dir, stage)
        names = sorted(p.name for p in stage.glob("*.ksy"))
        cmd = ["java", "-cp", CLASSPATH_FILE.read_text().strip(), "io.kaitai.struct.JavaMain",
               "-t", "graphviz", "-I", ".", "-d", str(out), *names]
        result = subprocess.run(cmd, cwd=stage, capture_output=True, text=True)
        if result.returncode != 0 or "error:" in result.stdout + result.stderr:
            raise RuntimeError(f"graphviz compile failed:\n{result.stdout}{result.stderr}")
        return {path.stem: dot_to_svg(path.read_text()) for path in sorted(out.glob("*.dot"))}


def state_svg(title: str, states: list[str], transitions: list[tuple[str, str, str]],
              start: str, final: set[str] = frozenset()) -> str:
    """A state machine: states, (from, to, label) transitions, the start state and the final ones."""
    def q(text: str) -> str:
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
    lines = ["digraph states {", "  rankdir=TB; bgcolor=transparent;",
             f"  label={q(title)}; labelloc=t; fontname=\"Helvetica,Arial,sans-serif\";",
             '  node [shape=box, style="rounded,filled", fillcolor="#eef3fb", fontname="Helvetica,Arial,sans-serif"];',
             '  edge [fontname="Helvetica,Arial,sans-serif", fontsize=10];',
             '  __start [shape=point, width=0.15, label=""];', f"  __start -> {q(start)};"]
    for state in states:
        extra = ", peripheries=2" if state in final else ""
        lines.append(f"  {q(state)} [label={q(state)}{extra}];")
    for src, dst, label in transitions:
        lines.append(f"  {q(src)} -> {q(dst)} [label={q(label)}];")
    lines.append("}")
    return dot_to_svg("\n".join(lines))


@dataclass(frozen=True)
class Arrow:
    source: str
    target: str
    label: str
    note: str = ""        # small text under the label (fds, flags)
    dashed: bool = False  # replies are dashed


def sequence_svg(participants: list[str], arrows: list[Arrow], *, sections: dict[int, str] | None = None) -> str:
    """A sequence diagram; sections maps an arrow index to a heading drawn above that arrow."""
    sections = sections or {}
    col, top, step, left = 260, 56, 34, 110
    x = {name: left + i * col for i, name in enumerate(participants)}
    rows = len(arrows) + len(sections)
    height = top + rows * step + 30
    width = left * 2 + col * (len(participants) - 1)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" font-family="Helvetica, Arial, sans-serif" font-size="12">',
           '<defs><marker id="arrow" markerWidth="10" markerHeight="8" refX="9" refY="4" orient="auto">'
           '<path d="M0,0 L10,4 L0,8 z" fill="#333"/></marker></defs>']
    for name, cx in x.items():
        out.append(f'<rect x="{cx - 90}" y="8" width="180" height="28" rx="4" fill="#eef3fb" stroke="#335"/>')
        out.append(f'<text x="{cx}" y="27" text-anchor="middle" font-weight="bold">{html.escape(name)}</text>')
        out.append(f'<line x1="{cx}" y1="36" x2="{cx}" y2="{height - 8}" stroke="#999" stroke-dasharray="4 3"/>')
    y = top
    for i, arrow in enumerate(arrows):
        if i in sections:
            out.append(f'<text x="8" y="{y + 4}" font-weight="bold" fill="#225">{html.escape(sections[i])}</text>')
            out.append(f'<line x1="8" y1="{y + 9}" x2="{width - 8}" y2="{y + 9}" stroke="#ccd"/>')
            y += step
        x1, x2 = x[arrow.source], x[arrow.target]
        dash = ' stroke-dasharray="6 4"' if arrow.dashed else ""
        out.append(f'<line x1="{x1}" y1="{y}" x2="{x2 + (-6 if x2 > x1 else 6)}" y2="{y}" stroke="#333"'
                   f'{dash} marker-end="url(#arrow)"/>')
        mid = (x1 + x2) / 2
        out.append(f'<text x="{mid}" y="{y - 5}" text-anchor="middle">{html.escape(arrow.label)}</text>')
        if arrow.note:
            out.append(f'<text x="{mid}" y="{y + 13}" text-anchor="middle" font-size="10" fill="#555">'
                       f'{html.escape(arrow.note)}</text>')
        y += step
    out.append("</svg>")
    return "\n".join(out)

