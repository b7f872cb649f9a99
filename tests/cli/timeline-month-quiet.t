# --quiet hides the notes
args: -d {fixtures}/query timeline --by month --from 2011 --to 2011 -q
status: 0
--- stdout
period   agreements  cumulative  types
-------  ----------  ----------  ---------------------------
2011-01           1           1  cooperation_agreement 1
2011-02           0           1
2011-03           0           1
2011-04           0           1
2011-05           0           1
2011-06           0           1
2011-07           0           1
2011-08           0           1
2011-09           0           1
2011-10           2           3  contract 1, joint_mission 1
--- stderr
