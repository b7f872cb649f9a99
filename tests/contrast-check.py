#!/usr/bin/env python3
"""contrast-check.py PROGRAM - every text of every figure reads on its page.

Each figure command is drawn as it is and with --transparent. A text's
backdrop is the last opaque shape drawn before it (polygon, rect, ellipse,
path with a fill and no fill-opacity below 1) whose bounding box holds the
text's anchor point; with none, the page: white for the plain figure, and
for --transparent both white and a dark page (#1e1e1e), since the figure
may sit on either. The text's fill (inherited, black by default) must have
a WCAG contrast of at least 3:1 against every backdrop it may have, as
issue 13 asks of legends and labels on the transparent variant too.
"""
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

prog = sys.argv[1]
NS = "{http://www.w3.org/2000/svg}"
MIN = 3.0
WHITE, DARK = "#ffffff", "#1e1e1e"
NAMED = {"black": "#000000", "white": "#ffffff", "none": None, "transparent": None}
bad = 0


def fail(msg):
    global bad
    bad = 1
    print("FAILED: " + msg)


def rgb(colour):
    """(r, g, b) in 0..255 of an opaque colour, or None (none, transparent, alpha)."""
    c = NAMED.get(colour.strip().lower(), colour.strip().lower()) if colour else None
    if not c or not c.startswith("#"):
        return None
    h = c[1:]
    if len(h) == 3:
        h = "".join(ch * 2 for ch in h)
    if len(h) == 8:
        if h[6:] != "ff":
            return None
        h = h[:6]
    if len(h) != 6:
        return None
    return tuple(int(h[i:i + 2], 16) for i in (0, 2, 4))


def luminance(c):
    def lin(v):
        v /= 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
    r, g, b = (lin(v) for v in c)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a, b):
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def numbers(s):
    return [float(x) for x in re.findall(r"-?[0-9]*\.?[0-9]+(?:e-?[0-9]+)?", s or "")]


def translate(el, dx, dy):
    """The offset inside el: its translate() added (the figures use no other transform)."""
    m = re.search(r"translate\(\s*(-?[0-9.]+)[ ,]+(-?[0-9.]+)\s*\)", el.get("transform", ""))
    return (dx + float(m.group(1)), dy + float(m.group(2))) if m else (dx, dy)


def bbox(el, dx, dy):
    tag = el.tag[len(NS):]
    if tag == "rect":
        x, y = float(el.get("x", 0)) + dx, float(el.get("y", 0)) + dy
        return x, y, x + float(el.get("width", 0)), y + float(el.get("height", 0))
    if tag == "ellipse":
        cx, cy = float(el.get("cx", 0)) + dx, float(el.get("cy", 0)) + dy
        rx, ry = float(el.get("rx", 0)), float(el.get("ry", 0))
        return cx - rx, cy - ry, cx + rx, cy + ry
    v = numbers(el.get("points") if tag == "polygon" else el.get("d"))
    xs, ys = v[0::2], v[1::2]
    if not xs or not ys:
        return None
    return min(xs) + dx, min(ys) + dy, max(xs) + dx, max(ys) + dy


def opaque_fill(el, inherited):
    fill = el.get("fill", inherited)
    if float(el.get("fill-opacity", "1")) < 1 or float(el.get("opacity", "1")) < 1:
        return None
    return rgb(fill)


def check(name, svg, transparent):
    root = ET.fromstring(svg)
    shapes = []  # (bbox, rgb) of opaque shapes drawn so far
    checked = 0

    def walk(el, fill, dx, dy):
        nonlocal checked
        fill = el.get("fill", fill)
        dx, dy = translate(el, dx, dy)
        tag = el.tag[len(NS):] if el.tag.startswith(NS) else el.tag
        if tag in ("polygon", "rect", "ellipse", "path"):
            c = opaque_fill(el, fill if tag != "path" else el.get("fill"))
            b = bbox(el, dx, dy)
            if c and b:
                shapes.append((b, c))
        elif tag == "text" and "".join(el.itertext()).strip():
            ink = rgb(el.get("fill", fill))
            x, y = float(el.get("x", 0)) + dx, float(el.get("y", 0)) + dy
            back = None
            for b, c in reversed(shapes):
                if b[0] <= x <= b[2] and b[1] <= y <= b[3]:
                    back = [c]
                    break
            where = "its shape"
            if back is None:
                back = [rgb(WHITE), rgb(DARK)] if transparent else [rgb(WHITE)]
                where = "the page"
            text = "".join(el.itertext()).strip()[:40]
            checked += 1
            if ink is None:
                fail(f"{name}: text '{text}' has no opaque fill ({el.get('fill', fill)})")
                return
            for c in back:
                r = contrast(ink, c)
                if r < MIN:
                    hexc = "#%02x%02x%02x" % c
                    fail(f"{name}: text '{text}' (fill #{'%02x%02x%02x' % ink}) on {where} "
                         f"{hexc}: contrast {r:.2f}:1, below {MIN}:1")
            return
        for child in el:
            walk(child, fill, dx, dy)

    walk(root, "#000000", 0.0, 0.0)
    if not checked:
        fail(f"{name}: no text found")


FIGURES = [
    ["svg"],
    ["svg", "--ego", "ISRO"],
    ["svg", "--ego", "ESA", "--depth", "2"],
    ["timeline", "--svg"],
    ["timeline", "--svg", "--by", "decade"],
    ["history", "ESA", "Roscosmos", "--svg"],
    ["partners", "ISRO", "--svg"],
    ["centrality", "--svg"],
    ["centrality", "--over-time", "--svg"],
]

with tempfile.TemporaryDirectory() as tmp:
    gen = os.path.join(tmp, "gen100")
    subprocess.run([prog, "-q", "generate", "--entities", "100", "--agreements", "300",
                    "--seed", "1", gen], check=True, capture_output=True)
    runs = [([], f) for f in FIGURES]
    runs.append((["-d", gen], ["centrality", "--over-time", "--svg"]))
    for data, args in runs:
        for transparent in (False, True):
            cmd = [prog, "-q", *data, *args] + (["--transparent"] if transparent else [])
            name = " ".join(args) + (" (generated)" if data else "") + \
                (" --transparent" if transparent else "")
            out = subprocess.run(cmd, capture_output=True)
            if out.returncode != 0:
                fail(f"{name}: exit {out.returncode}: {out.stderr.decode()[:200]}")
                continue
            check(name, out.stdout, transparent)

sys.exit(bad)
