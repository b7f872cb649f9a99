# a DOT file without dates or types says so once
args: -d {fixtures}/dot/directed.gv agreements
status: 0
--- stdout
id  date  end  type  parties  title  source
--  ----  ---  ----  -------  -----  ------
e1             edge  a;b
e2             edge  b;c
e3             edge  b;a
--- stderr
note: 3 agreements, none dated, none typed
