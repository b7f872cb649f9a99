# history of a pair in a DOT dataset
args: -d "$(ln -s {fixtures} {tmp}/fx && echo fx)/dot/attrs.dot" history ISRO JAXA
status: 0
--- stdout
id  date  end         type                  parties    title  source
--  ----  ----------  --------------------  ---------  -----  ------
e3  2017              research_cooperation  ISRO;JAXA
e2  2019  2024-06-30  research_cooperation  ISRO;JAXA
e4                    edge                  JAXA;ISRO

agreements: 3
first: 2017
last: 2019
longest gap: 2 years (2017 to 2019)
--- stderr
