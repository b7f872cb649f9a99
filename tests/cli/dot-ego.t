# dot-ego
args: -d {fixtures}/render/mini dot --ego "alpha agency" --depth 2 --size-by partners
status: 0
--- stdout
graph coopgraph {
	graph [esep="+4",
		fontname="Helvetica,Arial,sans-serif",
		label=<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="0"><TR><TD ALIGN="LEFT"><TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="2"><TR><TD WIDTH="30"><TABLE BORDER="0" CELLPADDING="0" CELLSPACING="0"><TR><TD BGCOLOR="#0072B2" WIDTH="26" HEIGHT="4" FIXEDSIZE="TRUE"></TD></TR></TABLE></TD><TD ALIGN="LEFT" BGCOLOR="transparent" CELLPADDING="6">Membership<FONT COLOR="#FFFFFF">&#160;&#160;&#160;</FONT></TD><TD WIDTH="30"><TABLE BORDER="0" CELLPADDING="0" CELLSPACING="0"><TR><TD BGCOLOR="#009E73" WIDTH="26" HEIGHT="4" FIXEDSIZE="TRUE"></TD></TR></TABLE></TD><TD ALIGN="LEFT" BGCOLOR="transparent" CELLPADDING="6">Cooperation<FONT COLOR="#FFFFFF">&#160;&#160;&#160;</FONT></TD><TD WIDTH="30"><TABLE BORDER="0" CELLPADDING="0" CELLSPACING="0"><TR><TD BGCOLOR="#B8B8B8" WIDTH="26" HEIGHT="2" FIXEDSIZE="TRUE"></TD></TR></TABLE></TD><TD ALIGN="LEFT" BGCOLOR="transparent" CELLPADDING="6">Among partners of A<FONT COLOR="#FFFFFF">&#160;&#160;&#160;</FONT></TD></TR></TABLE></TD></TR><TR><TD ALIGN="LEFT" BALIGN="LEFT" BGCOLOR="transparent" CELLPADDING="6">Numbers: agreements with A. Line width: 1, 2, 3-4, 5+<FONT COLOR="#FFFFFF">&#160;&#160;&#160;</FONT><BR/>agreements.<FONT COLOR="#FFFFFF">&#160;&#160;&#160;</FONT></TD></TR><TR><TD ALIGN="LEFT" BALIGN="LEFT" BGCOLOR="transparent" CELLPADDING="6">Shapes: rounded box = agency, octagon = organisation,<FONT COLOR="#FFFFFF">&#160;&#160;&#160;</FONT><BR/>diamond = club.<FONT COLOR="#FFFFFF">&#160;&#160;&#160;</FONT></TD></TR></TABLE>>,
		labeljust=l,
		labelloc=b,
		layout=twopi,
		outputorder=edgesfirst,
		overlap=false,
		pack=true,
		ranksep=1.1,
		root=A,
		sep="+6",
		splines=true
	];
	node [fontname="Helvetica,Arial,sans-serif",
		label="\N"
	];
	edge [fontname="Helvetica,Arial,sans-serif"];
	A	[aliases="Alfa|AA",
		class="kind-agency ego",
		color="#4D4D4D",
		country=NA,
		fillcolor="#333333",
		fontcolor=white,
		height=0.89,
		kind=agency,
		label=A,
		name="Alpha Agency",
		penwidth=2,
		shape=box,
		style="rounded,filled",
		tooltip="Alpha Agency (agency)\npartners: 2",
		width=1.77];
	B	[class="kind-agency",
		color="#4D4D4D",
		fillcolor="#F2F2F2",
		height=0.89,
		kind=agency,
		label=B,
		name="Beta Agency",
		shape=box,
		style="rounded,filled",
		tooltip="Beta Agency (agency)\npartners: 2",
		width=1.77];
	A -- B	[agreements=4,
		class="group-Cooperation type-coop",
		color="#009E73",
		fontsize=13,
		label=4,
		penwidth=4.2,
		tooltip="A -- B: 4 agreements\n2001 First coop (coop) [a1]\n2003-05 to 2010 Second coop (coop) [a2]\n2005 Launch deal (launch) [a3]\n2010-01-02 \
Three way (membership) [m1]",
		type=coop];
	O	[class="kind-organisation",
		color="#4D4D4D",
		fillcolor="#F2F2F2",
		height=1.00,
		kind=organisation,
		label=O,
		name="Org One",
		shape=octagon,
		style=filled,
		tooltip="Org One (organisation)\npartners: 3",
		width=2.00];
	A -- O	[agreements=1,
		class="group-Membership type-membership",
		color="#0072B2",
		fontsize=13,
		label=1,
		penwidth=1.2,
		tooltip="A -- O: 1 agreement\n2010-01-02 Three way (membership) [m1]",
		type=membership];
	B -- O	[agreements=1,
		class="group-Membership type-membership among-partners",
		color="#B8B8B8",
		penwidth=1,
		tooltip="B -- O: 1 agreement\n2010-01-02 Three way (membership) [m1]",
		type=membership];
	X	[class="kind-club",
		color="#4D4D4D",
		fillcolor="#F2F2F2",
		height=0.74,
		kind=club,
		label=X,
		name=Xclub,
		shape=diamond,
		style=filled,
		tooltip="Xclub (club)\npartners: 1",
		width=1.47];
	O -- X	[agreements=1,
		class="group-Cooperation type-coop among-partners",
		color="#B8B8B8",
		penwidth=1,
		tooltip="O -- X: 1 agreement\n2012 Club deal (coop) [x1]",
		type=coop];
}
--- stderr
