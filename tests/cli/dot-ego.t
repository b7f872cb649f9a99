# dot-ego
args: -d {fixtures}/render/mini dot --ego "alpha agency" --depth 2 --size-by partners
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
		height=0.89,
		kind=agency,
		name="Alpha Agency",
		shape=box,
		style="rounded,filled",
		tooltip="Alpha Agency (agency)\npartners: 2",
		width=1.77];
	B	[class="kind-agency",
		fillcolor="#88CCEE",
		fontcolor=black,
		height=0.89,
		kind=agency,
		name="Beta Agency",
		shape=box,
		style="rounded,filled",
		tooltip="Beta Agency (agency)\npartners: 2",
		width=1.77];
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
		height=1.00,
		kind=organisation,
		name="Org One",
		shape=octagon,
		style=filled,
		tooltip="Org One (organisation)\npartners: 3",
		width=2.00];
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
	X	[class="kind-club",
		fillcolor="#CC6677",
		fontcolor=black,
		height=0.74,
		kind=club,
		name=Xclub,
		shape=diamond,
		style=filled,
		tooltip="Xclub (club)\npartners: 1",
		width=1.47];
	O -- X	[agreements=1,
		class="type-coop",
		color="#88CCEE",
		penwidth=1.00,
		tooltip="O -- X: 1 agreement\n2012 Club deal (coop) [x1]",
		type=coop];
	"@legend"	[class=legend,
		label=<<TABLE BORDER="0" CELLBORDER="1" CELLSPACING="0" CELLPADDING="4"><TR><TD COLSPAN="2"><B>Kinds</B></TD></TR><TR><TD BGCOLOR="#88CCEE" WIDTH="16"> </TD><TD ALIGN="LEFT">agency (box)</TD></TR><TR><TD BGCOLOR="#CC6677" WIDTH="16"> </TD><TD ALIGN="LEFT">club (diamond)</TD></TR><TR><TD BGCOLOR="#332288" WIDTH="16"> </TD><TD ALIGN="LEFT">organisation (octagon)</TD></TR><TR><TD COLSPAN="2"><B>Agreement types</B></TD></TR><TR><TD BGCOLOR="#88CCEE" WIDTH="16"> </TD><TD ALIGN="LEFT">Cooperation</TD></TR><TR><TD BGCOLOR="#DDCC77" WIDTH="16"> </TD><TD ALIGN="LEFT">Membership</TD></TR></TABLE>>,
		shape=plaintext,
		tooltip=Legend];
}
--- stderr
