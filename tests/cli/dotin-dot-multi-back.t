# dot --multi of a DOT dataset: the same graph again
args: -d "$(ln -s {fixtures} {tmp}/fx && echo fx)/dot/attrs.dot" dot --multi
status: 0
--- stdout
graph coopgraph {
	graph [esep="+4",
		fontname="Helvetica,Arial,sans-serif",
		label=<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="0"><TR><TD ALIGN="LEFT"><TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="2"><TR><TD WIDTH="30"><TABLE BORDER="0" CELLPADDING="0" CELLSPACING="0"><TR><TD BGCOLOR="#0072B2" WIDTH="26" HEIGHT="4" FIXEDSIZE="TRUE"></TD></TR></TABLE></TD><TD ALIGN="LEFT" BGCOLOR="transparent" CELLPADDING="6">joint_mission<FONT COLOR="#FFFFFF">&#160;&#160;&#160;</FONT></TD><TD WIDTH="30"><TABLE BORDER="0" CELLPADDING="0" CELLSPACING="0"><TR><TD BGCOLOR="#D55E00" WIDTH="26" HEIGHT="4" FIXEDSIZE="TRUE"></TD></TR></TABLE></TD><TD ALIGN="LEFT" BGCOLOR="transparent" CELLPADDING="6">research_cooperation<FONT COLOR="#FFFFFF">&#160;&#160;&#160;</FONT></TD><TD WIDTH="30"><TABLE BORDER="0" CELLPADDING="0" CELLSPACING="0"><TR><TD BGCOLOR="#009E73" WIDTH="26" HEIGHT="4" FIXEDSIZE="TRUE"></TD></TR></TABLE></TD><TD ALIGN="LEFT" BGCOLOR="transparent" CELLPADDING="6">edge<FONT COLOR="#FFFFFF">&#160;&#160;&#160;</FONT></TD></TR></TABLE></TD></TR><TR><TD ALIGN="LEFT" BALIGN="LEFT" BGCOLOR="transparent" CELLPADDING="6">One line per agreement.<FONT COLOR="#FFFFFF">&#160;&#160;&#160;</FONT></TD></TR><TR><TD ALIGN="LEFT" BALIGN="LEFT" BGCOLOR="transparent" CELLPADDING="6">Shapes: ellipse = nation, rounded box = agency.<FONT COLOR="#FFFFFF">&#160;&#160;&#160;</FONT></TD></TR></TABLE>>,
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
	Centre_National_d_tudes_Spatiales	[aliases=CNES,
		class="kind-agency",
		color="#4D4D4D",
		fillcolor="#F2F2F2",
		kind=agency,
		label=Centre_National_d_tudes_Spatiales,
		name="Centre National d'Études Spatiales",
		order=3,
		shape=box,
		style="rounded,filled",
		tooltip="Centre National d'Études Spatiales (agency)"];
	IND	[class="kind-nation",
		color="#4D4D4D",
		fillcolor="#F2F2F2",
		kind=nation,
		label=IND,
		name=India,
		order=1,
		shape=ellipse,
		style=filled,
		tooltip="India (nation)"];
	Centre_National_d_tudes_Spatiales -- IND	[key=e5,
		class="group-edge type-edge",
		color="#009E73",
		date=1960,
		order=5,
		tooltip="1960  (edge) [e5]",
		type="edge"];
	ISRO	[aliases="Indian agency|ISRO HQ",
		class="kind-agency",
		color="#4D4D4D",
		country=IND,
		fillcolor="#F2F2F2",
		kind=agency,
		label=ISRO,
		name="Indian Space Research Organisation",
		order=2,
		shape=box,
		style="rounded,filled",
		tooltip="Indian Space Research Organisation (agency)"];
	Centre_National_d_tudes_Spatiales -- ISRO	[key=saral,
		class="group-joint_mission type-joint_mission",
		color="#0072B2",
		date="2013-02",
		order=1,
		parties="ISRO;Centre_National_d_tudes_Spatiales",
		source="report.pdf",
		title=SARAL,
		tooltip="2013-02 SARAL (joint_mission) [saral]",
		type=joint_mission];
	JAXA	[class="kind-agency",
		color="#4D4D4D",
		fillcolor="#F2F2F2",
		kind=agency,
		label=JAXA,
		order=4,
		shape=box,
		style="rounded,filled",
		tooltip="JAXA (agency)"];
	ISRO -- JAXA	[key=e2,
		class="group-research_cooperation type-research_cooperation",
		color="#D55E00",
		date=2019,
		end="2024-06-30",
		order=2,
		tooltip="2019 to 2024-06-30  (research_cooperation) [e2]",
		type=research_cooperation];
	ISRO -- JAXA	[key=e3,
		class="group-research_cooperation type-research_cooperation",
		color="#D55E00",
		date=2017,
		order=3,
		tooltip="2017  (research_cooperation) [e3]",
		type=research_cooperation];
	ISRO -- JAXA	[key=e4,
		class="group-edge type-edge",
		color="#009E73",
		order=4,
		parties="JAXA;ISRO",
		tooltip="undated  (edge) [e4]",
		type="edge"];
}
--- stderr
