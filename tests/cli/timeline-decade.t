# decades with the empty 1980s shown; two undated agreements noted
args: -d {fixtures}/query timeline --by decade
status: 0
--- stdout
period  agreements  cumulative  types
------  ----------  ----------  --------------------------------------------------------------------
1960s            1           1  technical_assistance 1
1970s            1           2  membership 1
1980s            0           2
1990s            2           4  intergovernmental_agreement 1, programme_partnership 1
2000s            3           7  contract 1, cooperation_agreement 1, intergovernmental_agreement 1
2010s            7          14  joint_mission 3, contract 1, cooperation_agreement 1, launch_servic…
--- stderr
note: 2 agreements without a date not counted
