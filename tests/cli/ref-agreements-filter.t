# ref-agreements-filter: contracts and arrangements dated 1997 to 2001 (those of 1996 and 2002 are just outside).
# Expected output computed by scripts/cli-reference from the CSV files
# (Python's csv, NetworkX), not by coopgraph. Regenerate with it.
args: -q --format csv agreements --from 1997 --to 2001 --type contract,arrangement
status: 0
--- stdout
id,date,end,type,parties,title,source
esa-roscosmos-1999-atv,1999,,contract,ESA;Roscosmos,Integrating ESA's ATV with the Russian ISS segment,004_3e4b9ac1984214d5.txt
esa-roscosmos-2001-iss-flight,2001,,contract,ESA;Roscosmos,ISS flight opportunity for ESA astronauts,004_3e4b9ac1984214d5.txt
--- stderr
