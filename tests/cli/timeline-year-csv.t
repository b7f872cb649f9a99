# years of ISRO as CSV, empty years included
args: -d {fixtures}/query --format csv timeline --entity ISRO
status: 0
--- stdout
period,agreements,cumulative,types
1962,1,1,technical_assistance 1
1963,0,1,
1964,0,1,
1965,0,1,
1966,0,1,
1967,0,1,
1968,0,1,
1969,0,1,
1970,0,1,
1971,0,1,
1972,0,1,
1973,0,1,
1974,0,1,
1975,0,1,
1976,0,1,
1977,0,1,
1978,0,1,
1979,0,1,
1980,0,1,
1981,0,1,
1982,0,1,
1983,0,1,
1984,0,1,
1985,0,1,
1986,0,1,
1987,0,1,
1988,0,1,
1989,0,1,
1990,0,1,
1991,0,1,
1992,1,2,programme_partnership 1
1993,0,2,
1994,0,2,
1995,0,2,
1996,0,2,
1997,0,2,
1998,0,2,
1999,0,2,
2000,0,2,
2001,0,2,
2002,0,2,
2003,0,2,
2004,0,2,
2005,1,3,cooperation_agreement 1
2006,0,3,
2007,0,3,
2008,0,3,
2009,0,3,
2010,0,3,
2011,1,4,joint_mission 1
2012,0,4,
2013,0,4,
2014,1,5,joint_mission 1
2015,0,5,
2016,2,7,"launch_service 1, research_cooperation 1"
2017,0,7,
2018,1,8,joint_mission 1
--- stderr
note: 2 agreements without a date not counted
