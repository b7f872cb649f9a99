#!/usr/bin/python3
"""header-docs.py - every function in the public headers has a comment.

A declaration counts as documented when a comment ends on the line right
before it, or when it belongs to a block of declarations (no blank line in
between) whose first one has such a comment. Usage: header-docs.py HEADER...
"""
import re
import sys

DECL = re.compile(r'^[A-Za-z_][\w \*]*\b(cg_\w+)\s*\(')

def check(path):
    lines = open(path, encoding='utf-8').read().split('\n')
    bad = []
    documented = False  # the current block of declarations has a comment
    in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if '*/' in s:
                in_comment = False
                documented = True
            continue
        if s.startswith('/*'):
            if '*/' not in s:
                in_comment = True
            else:
                documented = True
            continue
        if not s:
            documented = False
            continue
        m = DECL.match(line)
        if m and not s.startswith('#') and not s.startswith('typedef'):
            if not documented:
                bad.append(f'{path}:{i + 1}: {m.group(1)} has no comment')
    return bad

bad = [b for p in sys.argv[1:] for b in check(p)]
print('\n'.join(bad))
sys.exit(1 if bad else 0)
