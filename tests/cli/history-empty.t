# no agreement in common: an empty table and a summary without dates
args: -d {fixtures}/query history SPX ISRO
status: 0
--- stdout
id  date  end  type  parties  title  source
--  ----  ---  ----  -------  -----  ------

agreements: 0
first: -
last: -
longest gap: - (fewer than two dated agreements)
--- stderr
