# dot: one node per entity, one edge per partner pair (checked by hand: A-B has 4 agreements, coop most frequent; colours by sorted id)
args: -d {fixtures}/render/mini dot
status: 0
--- stdout
graph coopgraph {
	graph [fontname="Helvetica,Arial,sans-serif"];
	node [fontname="Helvetica,Arial,sans-serif",
		label="\N"
	];
	edge [fontname="Helvetica,Arial,sans-serif"];
	A	[aliases="Alfa|AA",
		class="kind-agency",
		country=NA,
		fillcolor="#88CCEE",
		fontcolor=black,
		kind=agency,
		name="Alpha Agency",
		shape=box,
		style="rounded,filled",
		tooltip="Alpha Agency (agency)"];
	B	[class="kind-agency",
		fillcolor="#88CCEE",
		fontcolor=black,
		kind=agency,
		name="Beta Agency",
		shape=box,
		style="rounded,filled",
		tooltip="Beta Agency (agency)"];
	A -- B	[agreements=4,
		class="type-coop",
		color="#88CCEE",
		penwidth=4.00,
		tooltip="A -- B: 4 agreements\n2001 First coop (coop) [a1]\n2003-05 to 2010 Second coop (coop) [a2]\n2005 Launch deal (launch) [a3]\n2010-01-02 \
Three way (membership) [m1]",
		type=coop];
	O	[class="kind-organisation",
		fillcolor="#332288",
		fontcolor=white,
		kind=organisation,
		name="Org One",
		shape=octagon,
		style=filled,
		tooltip="Org One (organisation)"];
	A -- O	[agreements=1,
		class="type-membership",
		color="#DDCC77",
		penwidth=1.00,
		tooltip="A -- O: 1 agreement\n2010-01-02 Three way (membership) [m1]",
		type=membership];
	B -- O	[agreements=1,
		class="type-membership",
		color="#DDCC77",
		penwidth=1.00,
		tooltip="B -- O: 1 agreement\n2010-01-02 Three way (membership) [m1]",
		type=membership];
	C	[class="kind-company",
		country=NA,
		fillcolor="#DDCC77",
		fontcolor=black,
		kind=company,
		name="Gamma Corp",
		shape=hexagon,
		style=filled,
		tooltip="Gamma Corp (company)"];
	NA	[class="kind-nation",
		fillcolor="#117733",
		fontcolor=white,
		kind=nation,
		name="Nation A",
		shape=ellipse,
		style=filled,
		tooltip="Nation A (nation)"];
	C -- NA	[agreements=1,
		class="type-launch",
		color="#CC6677",
		penwidth=1.00,
		tooltip="C -- NA: 1 agreement\nundated Launch for nation (launch) [a4]",
		type=launch];
	X	[class="kind-club",
		fillcolor="#CC6677",
		fontcolor=black,
		kind=club,
		name=Xclub,
		shape=diamond,
		style=filled,
		tooltip="Xclub (club)"];
	O -- X	[agreements=1,
		class="type-coop",
		color="#88CCEE",
		penwidth=1.00,
		tooltip="O -- X: 1 agreement\n2012 Club deal (coop) [x1]",
		type=coop];
	"@legend"	[class=legend,
		label=<<TABLE BORDER="0" CELLBORDER="1" CELLSPACING="0" CELLPADDING="4"><TR><TD COLSPAN="2"><B>Kinds</B></TD></TR><TR><TD BGCOLOR="#88CCEE" WIDTH="16"> </TD><TD ALIGN="LEFT">agency (box)</TD></TR><TR><TD BGCOLOR="#CC6677" WIDTH="16"> </TD><TD ALIGN="LEFT">club (diamond)</TD></TR><TR><TD BGCOLOR="#DDCC77" WIDTH="16"> </TD><TD ALIGN="LEFT">company (hexagon)</TD></TR><TR><TD BGCOLOR="#117733" WIDTH="16"> </TD><TD ALIGN="LEFT">nation (ellipse)</TD></TR><TR><TD BGCOLOR="#332288" WIDTH="16"> </TD><TD ALIGN="LEFT">organisation (octagon)</TD></TR><TR><TD COLSPAN="2"><B>Agreement types</B></TD></TR><TR><TD BGCOLOR="#88CCEE" WIDTH="16"> </TD><TD ALIGN="LEFT">Cooperation</TD></TR><TR><TD BGCOLOR="#CC6677" WIDTH="16"> </TD><TD ALIGN="LEFT">Launch service</TD></TR><TR><TD BGCOLOR="#DDCC77" WIDTH="16"> </TD><TD ALIGN="LEFT">Membership</TD></TR></TABLE>>,
		shape=plaintext,
		tooltip=Legend];
}
--- stderr
