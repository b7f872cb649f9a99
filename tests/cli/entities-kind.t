# entities --kind with two kinds
args: -d {fixtures}/valid --format csv entities --kind nation,company
status: 0
--- stdout
id,kind,name,country,aliases,agreements
IND,nation,India,,Bharat,1
JPN,nation,Japan,,Nippon,1
FRA,nation,France,,,1
RUS,nation,Russia,,Russian Federation,0
Astro,company,"Astro, Inc.",JPN,,1
--- stderr
