# dot: one node per entity, one edge per partner pair (checked by hand: A-B has 4 agreements, coop most frequent; colours by sorted id)
args: -d {fixtures}/render/mini dot
status: 0
--- stdout
graph coopgraph {
	graph [esep="+4",
		fontname="Helvetica,Arial,sans-serif",
		label=<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="0"><TR><TD ALIGN="LEFT"><TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="2"><TR><TD WIDTH="30"><TABLE BORDER="0" CELLPADDING="0" CELLSPACING="0"><TR><TD BGCOLOR="#0072B2" WIDTH="26" HEIGHT="4" FIXEDSIZE="TRUE"></TD></TR></TABLE></TD><TD ALIGN="LEFT" BGCOLOR="transparent" CELLPADDING="6">Membership<FONT COLOR="#FFFFFF">&#160;&#160;&#160;</FONT></TD><TD WIDTH="30"><TABLE BORDER="0" CELLPADDING="0" CELLSPACING="0"><TR><TD BGCOLOR="#D55E00" WIDTH="26" HEIGHT="4" FIXEDSIZE="TRUE"></TD></TR></TABLE></TD><TD ALIGN="LEFT" BGCOLOR="transparent" CELLPADDING="6">Launch service<FONT COLOR="#FFFFFF">&#160;&#160;&#160;</FONT></TD><TD WIDTH="30"><TABLE BORDER="0" CELLPADDING="0" CELLSPACING="0"><TR><TD BGCOLOR="#009E73" WIDTH="26" HEIGHT="4" FIXEDSIZE="TRUE"></TD></TR></TABLE></TD><TD ALIGN="LEFT" BGCOLOR="transparent" CELLPADDING="6">Cooperation<FONT COLOR="#FFFFFF">&#160;&#160;&#160;</FONT></TD></TR></TABLE></TD></TR><TR><TD ALIGN="LEFT" BALIGN="LEFT" BGCOLOR="transparent" CELLPADDING="6">Line width: 1, 2, 3-4, 5+ agreements.<FONT COLOR="#FFFFFF">&#160;&#160;&#160;</FONT></TD></TR><TR><TD ALIGN="LEFT" BALIGN="LEFT" BGCOLOR="transparent" CELLPADDING="6">Shapes: rounded box = agency, ellipse = nation,<FONT COLOR="#FFFFFF">&#160;&#160;&#160;</FONT><BR/>hexagon = company, octagon = organisation, diamond<FONT COLOR="#FFFFFF">&#160;&#160;&#160;</FONT><BR/>= club.<FONT COLOR="#FFFFFF">&#160;&#160;&#160;</FONT></TD></TR></TABLE>>,
		labeljust=l,
		labelloc=b,
		layout=neato,
		outputorder=edgesfirst,
		overlap=false,
		pack=true,
		sep="+6",
		splines=true,
		start=1
	];
	node [fontname="Helvetica,Arial,sans-serif",
		label="\N"
	];
	edge [fontname="Helvetica,Arial,sans-serif"];
	A	[aliases="Alfa|AA",
		class="kind-agency",
		color="#4D4D4D",
		country=NA,
		fillcolor="#F2F2F2",
		kind=agency,
		label=A,
		name="Alpha Agency",
		shape=box,
		style="rounded,filled",
		tooltip="Alpha Agency (agency)"];
	B	[class="kind-agency",
		color="#4D4D4D",
		fillcolor="#F2F2F2",
		kind=agency,
		label=B,
		name="Beta Agency",
		shape=box,
		style="rounded,filled",
		tooltip="Beta Agency (agency)"];
	A -- B	[agreements=4,
		class="group-Cooperation type-coop",
		color="#009E73",
		penwidth=4.2,
		tooltip="A -- B: 4 agreements\n2001 First coop (coop) [a1]\n2003-05 to 2010 Second coop (coop) [a2]\n2005 Launch deal (launch) [a3]\n2010-01-02 \
Three way (membership) [m1]",
		type=coop];
	O	[class="kind-organisation",
		color="#4D4D4D",
		fillcolor="#F2F2F2",
		kind=organisation,
		label=O,
		name="Org One",
		shape=octagon,
		style=filled,
		tooltip="Org One (organisation)"];
	A -- O	[agreements=1,
		class="group-Membership type-membership",
		color="#0072B2",
		penwidth=1.2,
		tooltip="A -- O: 1 agreement\n2010-01-02 Three way (membership) [m1]",
		type=membership];
	B -- O	[agreements=1,
		class="group-Membership type-membership",
		color="#0072B2",
		penwidth=1.2,
		tooltip="B -- O: 1 agreement\n2010-01-02 Three way (membership) [m1]",
		type=membership];
	C	[class="kind-company",
		color="#4D4D4D",
		country=NA,
		fillcolor="#F2F2F2",
		kind=company,
		label=C,
		name="Gamma Corp",
		shape=hexagon,
		style=filled,
		tooltip="Gamma Corp (company)"];
	NA	[class="kind-nation",
		color="#4D4D4D",
		fillcolor="#F2F2F2",
		kind=nation,
		label=NA,
		name="Nation A",
		shape=ellipse,
		style=filled,
		tooltip="Nation A (nation)"];
	C -- NA	[agreements=1,
		class="group-Launch_service type-launch",
		color="#D55E00",
		penwidth=1.2,
		tooltip="C -- NA: 1 agreement\nundated Launch for nation (launch) [a4]",
		type=launch];
	X	[class="kind-club",
		color="#4D4D4D",
		fillcolor="#F2F2F2",
		kind=club,
		label=X,
		name=Xclub,
		shape=diamond,
		style=filled,
		tooltip="Xclub (club)"];
	O -- X	[agreements=1,
		class="group-Cooperation type-coop",
		color="#009E73",
		penwidth=1.2,
		tooltip="O -- X: 1 agreement\n2012 Club deal (coop) [x1]",
		type=coop];
}
--- stderr
