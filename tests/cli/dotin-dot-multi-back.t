# dot --multi of a DOT dataset: the same graph again
args: -d "$(ln -s {fixtures} {tmp}/fx && echo fx)/dot/attrs.dot" dot --multi
status: 0
--- stdout
graph coopgraph {
	graph [fontname="Helvetica,Arial,sans-serif"];
	node [fontname="Helvetica,Arial,sans-serif",
		label="\N"
	];
	edge [fontname="Helvetica,Arial,sans-serif"];
	Centre_National_d_tudes_Spatiales	[aliases=CNES,
		class="kind-agency",
		fillcolor="#88CCEE",
		fontcolor=black,
		kind=agency,
		name="Centre National d'Études Spatiales",
		order=3,
		shape=box,
		style="rounded,filled",
		tooltip="Centre National d'Études Spatiales (agency)"];
	IND	[class="kind-nation",
		fillcolor="#CC6677",
		fontcolor=black,
		kind=nation,
		name=India,
		order=1,
		shape=ellipse,
		style=filled,
		tooltip="India (nation)"];
	Centre_National_d_tudes_Spatiales -- IND	[key=e5,
		class="type-edge",
		color="#88CCEE",
		date=1960,
		order=5,
		tooltip="1960  (edge) [e5]",
		type="edge"];
	ISRO	[aliases="Indian agency|ISRO HQ",
		class="kind-agency",
		country=IND,
		fillcolor="#88CCEE",
		fontcolor=black,
		kind=agency,
		name="Indian Space Research Organisation",
		order=2,
		shape=box,
		style="rounded,filled",
		tooltip="Indian Space Research Organisation (agency)"];
	Centre_National_d_tudes_Spatiales -- ISRO	[key=saral,
		class="type-joint_mission",
		color="#CC6677",
		date="2013-02",
		order=1,
		parties="ISRO;Centre_National_d_tudes_Spatiales",
		source="report.pdf",
		title=SARAL,
		tooltip="2013-02 SARAL (joint_mission) [saral]",
		type=joint_mission];
	JAXA	[class="kind-agency",
		fillcolor="#88CCEE",
		fontcolor=black,
		kind=agency,
		order=4,
		shape=box,
		style="rounded,filled",
		tooltip="JAXA (agency)"];
	ISRO -- JAXA	[key=e2,
		class="type-research_cooperation",
		color="#DDCC77",
		date=2019,
		end="2024-06-30",
		order=2,
		tooltip="2019 to 2024-06-30  (research_cooperation) [e2]",
		type=research_cooperation];
	ISRO -- JAXA	[key=e3,
		class="type-research_cooperation",
		color="#DDCC77",
		date=2017,
		order=3,
		tooltip="2017  (research_cooperation) [e3]",
		type=research_cooperation];
	ISRO -- JAXA	[key=e4,
		class="type-edge",
		color="#88CCEE",
		order=4,
		parties="JAXA;ISRO",
		tooltip="undated  (edge) [e4]",
		type="edge"];
	"@legend"	[class=legend,
		label=<<TABLE BORDER="0" CELLBORDER="1" CELLSPACING="0" CELLPADDING="4"><TR><TD COLSPAN="2"><B>Kinds</B></TD></TR><TR><TD BGCOLOR="#88CCEE" WIDTH="16"> </TD><TD ALIGN="LEFT">agency (box)</TD></TR><TR><TD BGCOLOR="#CC6677" WIDTH="16"> </TD><TD ALIGN="LEFT">nation (ellipse)</TD></TR><TR><TD COLSPAN="2"><B>Agreement types</B></TD></TR><TR><TD BGCOLOR="#88CCEE" WIDTH="16"> </TD><TD ALIGN="LEFT">edge</TD></TR><TR><TD BGCOLOR="#CC6677" WIDTH="16"> </TD><TD ALIGN="LEFT">joint_mission</TD></TR><TR><TD BGCOLOR="#DDCC77" WIDTH="16"> </TD><TD ALIGN="LEFT">research_cooperation</TD></TR></TABLE>>,
		shape=plaintext,
		tooltip=Legend];
}
--- stderr
