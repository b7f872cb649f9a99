# ref-history: what ESA and Roscosmos signed together, oldest first.
# Expected output computed by scripts/cli-reference from the CSV files
# (Python's csv, NetworkX), not by coopgraph. Regenerate with it.
args: -q --format csv history ESA Roscosmos
status: 0
--- stdout
id,date,end,type,parties,title,source
esa-roscosmos-1996-dms-r,1996,,arrangement,ESA;Roscosmos,DMS-R data management system and Russian docking system for the ISS,004_3e4b9ac1984214d5.txt
esa-roscosmos-1996-era,1996,,arrangement,ESA;Roscosmos,European Robotic Arm (ERA) development and use on Russian ISS modules,004_3e4b9ac1984214d5.txt
esa-roscosmos-1996-microgravity,1996,,framework_agreement,ESA;Roscosmos,Flying and recovering ESA microgravity facilities and experiments,004_3e4b9ac1984214d5.txt
esa-roscosmos-1999-atv,1999,,contract,ESA;Roscosmos,Integrating ESA's ATV with the Russian ISS segment,004_3e4b9ac1984214d5.txt
esa-roscosmos-2001-iss-flight,2001,,contract,ESA;Roscosmos,ISS flight opportunity for ESA astronauts,004_3e4b9ac1984214d5.txt
esa-roscosmos-2002-iss-flight,2002,,contract,ESA;Roscosmos,ISS flight opportunity for ESA astronauts,004_3e4b9ac1984214d5.txt
esa-roscosmos-2003-iss-flight-a,2003,,contract,ESA;Roscosmos,ISS flight opportunity for ESA astronauts (1 of 2),004_3e4b9ac1984214d5.txt
esa-roscosmos-2003-iss-flight-b,2003,,contract,ESA;Roscosmos,ISS flight opportunity for ESA astronauts (2 of 2),004_3e4b9ac1984214d5.txt
esa-roscosmos-2005-soyuz-csg,2005,,cooperation_agreement,ESA;Roscosmos,Soyuz launches from Europe's Guiana spaceport,004_3e4b9ac1984214d5.txt
esa-roscosmos-2005-launcher-rtd,2005,,cooperation_agreement,ESA;Roscosmos,Joint research and technology for future launchers,004_3e4b9ac1984214d5.txt
esa-roscosmos-2005-iss-flight-a,2005,,contract,ESA;Roscosmos,ISS flight opportunity for ESA astronauts (1 of 2),004_3e4b9ac1984214d5.txt
esa-roscosmos-2005-iss-flight-b,2005,,contract,ESA;Roscosmos,ISS flight opportunity for ESA astronauts (2 of 2),004_3e4b9ac1984214d5.txt
--- stderr
