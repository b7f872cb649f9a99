# the extension is matched in any case
args: -d "$(cp {fixtures}/dot/empty.gv {tmp}/E.GV && echo E.GV)" check
status: 0
--- stdout
E.GV: valid: 0 entities, 0 agreements (0 multilateral), 0 types
--- stderr
