#!/usr/bin/env python3
"""The layers of engine/ hold: no folder includes a header of a higher one.

engine/core < data < analysis < {export, draw} < cli; export and draw sit
side by side and include neither the other. A private header belongs to the
folder it is in ("core/arena_internal.h"); a public header <coopgraph/x.h>
to the folder of its source x.c, or, for an umbrella header with no source
of its own, to the highest folder among the headers it includes. Every
include of a file under engine/ and include/coopgraph/ is checked.
Usage: layers.py SOURCE_DIR
"""
import os
import re
import sys

RANK = {"core": 0, "data": 1, "analysis": 2, "export": 3, "draw": 3, "cli": 4}
root = sys.argv[1]
engine = os.path.join(root, "engine")
public = os.path.join(root, "include", "coopgraph")
inc = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]', re.M)

sources = {}
for folder in RANK:
    d = os.path.join(engine, folder)
    for f in os.listdir(d) if os.path.isdir(d) else []:
        if f.endswith(".c"):
            sources[f[:-2]] = folder


def includes(path):
    with open(path, encoding="utf-8") as fh:
        return inc.findall(fh.read())


public_folder = {}


def folder_of_public(name, seen=()):
    if name in public_folder:
        return public_folder[name]
    base = name[:-2]
    if base in sources:
        public_folder[name] = sources[base]
        return sources[base]
    best = "core"
    found = set()
    for kind, target in includes(os.path.join(public, name)):
        if kind == '"' and target not in seen:
            f = folder_of_public(target, seen + (name,))
            found.add(f)
            if RANK[f] > RANK[best]:
                best = f
    if {"export", "draw"} <= found:  # the umbrella of both sides sits above them
        best = "cli"
    public_folder[name] = best
    return best


def allowed(src, dst):
    if src == dst:
        return True
    if {src, dst} == {"export", "draw"}:
        return False
    return RANK[dst] < RANK[src]


problems = []
checked = 0
for folder in RANK:
    d = os.path.join(engine, folder)
    if not os.path.isdir(d):
        problems.append(f"engine/{folder}: missing")
        continue
    for f in sorted(os.listdir(d)):
        if not f.endswith((".c", ".h")):
            continue
        path = os.path.join(d, f)
        for kind, target in includes(path):
            if kind == "<" and target.startswith("coopgraph/"):
                dst = folder_of_public(target[len("coopgraph/"):])
            elif kind == '"' and "/" in target:
                dst = target.split("/")[0]
                if dst not in RANK:
                    problems.append(f"engine/{folder}/{f}: includes \"{target}\", not under a layer")
                    continue
            elif kind == '"':
                # an unqualified private include is only for the CLI's own cli.h
                if folder == "cli" and os.path.exists(os.path.join(d, target)):
                    continue
                problems.append(f"engine/{folder}/{f}: includes \"{target}\"; name its folder")
                continue
            else:
                continue
            checked += 1
            if not allowed(folder, dst):
                problems.append(f"engine/{folder}/{f}: includes {target} of engine/{dst}, a higher or sibling layer")
        if f.endswith(".h") and folder != "cli" and not f.endswith("_internal.h"):
            problems.append(f"engine/{folder}/{f}: a private header's name ends in _internal.h")

for h in sorted(os.listdir(public)):
    if not h.endswith(".h"):
        continue
    src = folder_of_public(h)
    for kind, target in includes(os.path.join(public, h)):
        if kind == '"':
            checked += 1
            dst = folder_of_public(target)
            if not allowed(src, dst):
                problems.append(f"include/coopgraph/{h} (engine/{src}): includes {target} of engine/{dst}")

for p in problems:
    print(p)
print(f"layers: {checked} includes checked, {len(problems)} problems")
sys.exit(1 if problems else 0)
