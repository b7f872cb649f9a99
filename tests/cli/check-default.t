# check on the embedded default dataset (no -d); warnings on stderr not compared
args: --format csv check
status: 0
--- stdout
valid,entities,agreements,multilateral,types,errors,warnings
true,50,73,4,17,0,55
--- stderr
space-cooperation/agreements.csv:3:1: warning: agreement 'esa-member-aut' has no date
space-cooperation/agreements.csv:4:1: warning: agreement 'esa-member-bel' has no date
space-cooperation/agreements.csv:5:1: warning: agreement 'esa-member-cze' has no date
space-cooperation/agreements.csv:6:1: warning: agreement 'esa-member-dnk' has no date
space-cooperation/agreements.csv:7:1: warning: agreement 'esa-member-est' has no date
space-cooperation/agreements.csv:8:1: warning: agreement 'esa-member-fin' has no date
space-cooperation/agreements.csv:9:1: warning: agreement 'esa-member-fra' has no date
space-cooperation/agreements.csv:10:1: warning: agreement 'esa-member-deu' has no date
space-cooperation/agreements.csv:11:1: warning: agreement 'esa-member-grc' has no date
space-cooperation/agreements.csv:12:1: warning: agreement 'esa-member-hun' has no date
space-cooperation/agreements.csv:13:1: warning: agreement 'esa-member-irl' has no date
space-cooperation/agreements.csv:14:1: warning: agreement 'esa-member-ita' has no date
space-cooperation/agreements.csv:15:1: warning: agreement 'esa-member-lux' has no date
space-cooperation/agreements.csv:16:1: warning: agreement 'esa-member-nld' has no date
space-cooperation/agreements.csv:17:1: warning: agreement 'esa-member-nor' has no date
space-cooperation/agreements.csv:18:1: warning: agreement 'esa-member-pol' has no date
space-cooperation/agreements.csv:19:1: warning: agreement 'esa-member-prt' has no date
space-cooperation/agreements.csv:20:1: warning: agreement 'esa-member-rou' has no date
space-cooperation/agreements.csv:21:1: warning: agreement 'esa-member-svn' has no date
space-cooperation/agreements.csv:22:1: warning: agreement 'esa-member-esp' has no date
space-cooperation/agreements.csv:23:1: warning: agreement 'esa-member-swe' has no date
space-cooperation/agreements.csv:24:1: warning: agreement 'esa-member-che' has no date
space-cooperation/agreements.csv:25:1: warning: agreement 'esa-member-gbr' has no date
space-cooperation/agreements.csv:26:1: warning: agreement 'esa-associate-lva' has no date
space-cooperation/agreements.csv:27:1: warning: agreement 'esa-associate-ltu' has no date
space-cooperation/agreements.csv:28:1: warning: agreement 'esa-associate-svk' has no date
space-cooperation/agreements.csv:29:1: warning: agreement 'esa-can-cooperation' has no date
space-cooperation/agreements.csv:30:1: warning: agreement 'esa-eu-galileo' has no date
space-cooperation/agreements.csv:31:1: warning: agreement 'esa-eu-copernicus' has no date
space-cooperation/agreements.csv:32:1: warning: agreement 'esa-eumetsat-meteo' has no date
space-cooperation/agreements.csv:33:1: warning: agreement 'esa-isro-hsf-agreement' has no date
space-cooperation/agreements.csv:34:1: warning: agreement 'ax4-esa-isro' has no date
space-cooperation/agreements.csv:35:1: warning: agreement 'isro-sun-1960s-support' has no date
space-cooperation/agreements.csv:36:1: warning: agreement 'isro-usa-1960s-support' has no date
space-cooperation/agreements.csv:38:1: warning: agreement 'nasa-isro-nisar' has no date
space-cooperation/agreements.csv:39:1: warning: agreement 'isro-cnes-saral' has no date
space-cooperation/agreements.csv:40:1: warning: agreement 'isro-cnes-megha-tropiques' has no date
space-cooperation/agreements.csv:41:1: warning: agreement 'isro-cnes-rlv' has no date
space-cooperation/agreements.csv:42:1: warning: agreement 'isro-cnes-ssa' has no date
space-cooperation/agreements.csv:43:1: warning: agreement 'gaganyaan-rus-training' has no date
space-cooperation/agreements.csv:44:1: warning: agreement 'gaganyaan-rus-life-support' has no date
space-cooperation/agreements.csv:45:1: warning: agreement 'pslv-commercial-usa' has no date
space-cooperation/agreements.csv:46:1: warning: agreement 'pslv-commercial-sgp' has no date
space-cooperation/agreements.csv:47:1: warning: agreement 'pslv-commercial-gbr' has no date
space-cooperation/agreements.csv:48:1: warning: agreement 'isro-g20' has no date
space-cooperation/agreements.csv:49:1: warning: agreement 'isro-brics' has no date
space-cooperation/agreements.csv:50:1: warning: agreement 'isro-copuos' has no date
space-cooperation/agreements.csv:51:1: warning: agreement 'ind-artemis-accords' has no date
space-cooperation/agreements.csv:52:1: warning: agreement 'isro-jaxa-debris' has no date
space-cooperation/agreements.csv:53:1: warning: agreement 'isro-esa-debris' has no date
space-cooperation/agreements.csv:54:1: warning: agreement 'isro-jaxa-partnership' has no date
space-cooperation/agreements.csv:56:1: warning: agreement 'chandrayaan5-lupex' has no date
space-cooperation/agreements.csv:57:1: warning: agreement 'astroscale-bellatrix-mou' has no date
space-cooperation/agreements.csv:58:1: warning: agreement 'astroscale-digantara-mou' has no date
space-cooperation/agreements.csv:59:1: warning: agreement 'ind-jpn-data-sharing' has no date
