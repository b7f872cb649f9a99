# ref-timeline: dated agreements per decade, with the running total and the types.
# Expected output computed by scripts/cli-reference from the CSV files
# (Python's csv, NetworkX), not by coopgraph. Regenerate with it.
args: -q --format csv timeline --by decade
status: 0
--- stdout
period,agreements,cumulative,types
1970s,1,1,technical_assistance 1
1980s,0,1,
1990s,6,7,"arrangement 2, framework_agreement 2, contract 1, intergovernmental_agreement 1"
2000s,9,16,"contract 6, cooperation_agreement 3"
2010s,0,16,
2020s,2,18,"planned_launch_service 1, statement_of_intent 1"
--- stderr
