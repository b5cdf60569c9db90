"""Set 87: a held-out hand-written set for the redaction detector, six invented families in Cheshire East, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or the files of sets 86,
88 and 89 (written by other helpers at the same time), that did not run the detector or any bench script that runs it, that ran
no git command, and that looked at no detector output. What was read: bench/redaction_set21.py (its docstring, its records and
first documents, and its checker set-up: _TITLES, _AFTER, _NOT_PLACES and the HandSet call) and tests/test_redaction_set21.py in
full; the docstrings of bench/redaction_set7.py to bench/redaction_set85.py, printed with ast and searched only for town and
community names (to pick a home town and communities no earlier set used); and the ruff settings in pyproject.toml. Phone
numbers were checked with the phonenumbers library and NHS numbers with python-stdnum in small snippets. The record
constructors are imported from the detector module only to build records. Nobody may tune the detector on this set: it is to
be scored once, after the detector's current round of changes. If a mistake in the gold marking is found after scoring,
correct only the marking and say so here. Once, while the detector was being edited, a self-check
failed on import and its last line (a regular-expression error) was seen before the import was then checked with the output
thrown away until it worked again; nothing else of the detector was seen.

Written against a hard deadline, so shorter than earlier sets: six families, four short documents each. Homes no earlier set
used: Middlewich, Nantwich, Alsager, Elworth in Sandbach, Handforth and Holmes Chapel. Two communities no earlier set used: a
Mauritanian family in Nantwich (names also in Arabic script, a grandfather in Nouakchott) and a Montenegrin family in Alsager
(names also in Cyrillic, family in Podgorica and Nikšić). The others are white British or white Irish. Half the documents
are plain professional recording (case notes, a referral, a chronology, a strategy discussion's minutes, a review, a letter);
the rest are a school's lost-property and late-book scan, a typed-up voice note, a canal boat neighbour's text messages, a
football club's WhatsApp group, a handwritten note OCR'd, a barber's statement and a mother's own letter.

Invented: every person, address, phone number, NHS number, email address and vehicle registration. Councils (Dane Valley),
schools and firms are invented unless they are towns or real landmarks; organisations and landmarks stay unmarked.

Markup and conventions: exactly those of bench/redaction_set21.py. Choices this set had to make: a neighbour's canal boat named
as his home ("boat Kingfisher") marks the boat's name as an address, as set 21's neighbour's caravan number was;
a pub named after a person or place ("the Kings Lock")
is an organisation and not marked; a football club named after a town ("Middlewich Town") is an organisation; "baba" and
"deda" (Montenegrin grandmother and grandfather) are kinship words outside the name span; a canal's locks and a canal named
by a village ("Wheelock locks", "the Wheelock canal") are landmarks and stay unmarked, while the village alone is a place; a
nickname that is also a word ("Smudge", "Chan", "Tou") is a name; initials alone ("J.R.") and a weekday alone ("Saturday")
are not marked; an Irish Eircode ("N37 X2F6") is a postcode;
a lock named as a meeting point on the towpath ("Big Lock") is an address, as it locates a child.

Self-check without the detector: `python -m bench.redaction_set87` (and tests/test_redaction_set87.py) runs set 15's checker
on this set with this set's titles, kinship words and countries, and prints the counts: 24 documents, 422 gold spans, 227 of
them names. This is well short of the 900 spans asked for: the set was cut to meet the deadline."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Furber / Nixon family (white British), Middlewich ------------------------------------------------------------------

HOME_A = d.Address("14 Lewin Street", "", "Middlewich", "CW10 9AS")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Kayden", "Furber")], dt.date(2017, 5, 9), addresses=[HOME_A], ids=["4125789037"]),
    _p("m", "mother", [("Shannon", "Furber")], dt.date(1995, 2, 21), addresses=[HOME_A], phones=["07826 413 957"]),
    _p("f", "father", [("Lee", "Nixon")], dt.date(1991, 8, 30), phones=["07918 264 730"]),
], "c")

DOCS_A = [
    ("case note", """Case note - home visit [[12/11/2026|date]]
Visited [[Shannon Furber|name]] at [[14 Lewin Street|address]], [[Middlewich|place]] [[CW10 9AS|postcode]]. [[Kayden|name]]
([[09/05/2017|dob]]) was at home, not at school. [[Shannon|name]] said [[Lee|name]] had taken the car (a grey Corsa,
[[KX19 HBN|vehicle]]) to [[Winsford|place]]. Neighbour Mrs [[Pat Dooley|name]] at no. 16 said there was shouting on the
[[10th|date]]. Next visit [[19 November 2026|date]]. [[R. Mellor|name]], social worker, Dane Valley Council.
Later the same day: [[Lee Nixon|name]] rang from [[07918 264 730|phone]] to say he was at his mother [[Brenda Nixon|name]]'s on
[[Bradwall Road|address]], [[Sandbach|place]], and would bring [[Kayden|name]]'s school bag back on [[13/11|date]]. He said
[[Shannon|name]] "lets [[Kayden|name]] roam round [[Middlewich|place]] till ten" and that his friend [[Daz Hollinshead|name]] saw
him by the canal at [[Big Lock|address]] on [[8 Nov|date]]. Teacher [[Claire Bostock|name]] ([[St Mary's|school]]) to be told.
"""),
    ("school lost property and late book, scanned", """LATE BOOK  Wed [[4.11.26|date]]
[[kayden furber|name]]  9.42  mum overslept   signed [[S Furber|name]]
[[kayden furber|name]]  9.55  - came w/ neighbour ([[pat|name]])
LOST PROPERTY: blue coat named "[[K. FURBER|name]] yr 4" - ret'd to [[Shannon|name]] [[05/11|date]] ph [[07826 413 957|phone]]
"""),
    ("referral", """Referral from Middlewich Town FC welfare officer [[Gaz Platt|name]] on [[2 November 2026|date]]: at training
[[Kayden|name]] had a bruise on his neck. He said "[[Lee|name]] grabbed me". Father [[NIXON, Lee|name]], mobile
[[07918 264 730|phone]]. NHS no. [[412 578 9037|nhs]]. School: [[St Mary's Catholic Primary|school]], [[Middlewich|place]].
Witnesses: coach [[Ryan Shenton|name]] and parent [[Michelle Yoxall|name]] ([[07742 950 318|phone]]). Training is at
[[Seddon Street|address]]. [[Kayden|name]]'s friend [[Alfie-Jay Crosby|name]] said [[Kayden|name]] "sleeps at his nan's in
[[Northwich|place]] a lot". Sent to the front door on [[02/11/2026|date]] at 19:40 by [[Gaz|name]].
"""),
    ("typed-up voice note", """voice note from [[shannon|name]] 6/11 typed up:
"its me [[shan|name]] ... [[lee|name]] wont give the car back hes at his mums in [[sandbach|place]] ... [[kayden|name]] is
with me nan at [[Kinderton Street|address]] ... ring me on [[07826 413 957|phone]] not the house ... [[pat|name]] next door
seen him take the keys on tuesday [[3rd|date]] ... me mate [[jodie|name]] from [[winsford|place]] says he was at the kings
lock with [[daz|name]] ... i want [[kayden|name]] back at [[st marys|school]] monday"
"""),
]


# --- B. Ould Cheikh / Mint Ahmed family (Mauritanian), Nantwich ------------------------------------------------------------

HOME_B = d.Address("Flat 3, 22 Welsh Row", "", "Nantwich", "CW5 5EW")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Aminetou", "Ould Cheikh")], dt.date(2014, 10, 2), addresses=[HOME_B], ids=["6381045272"]),
    _p("m", "mother", [("Mariem", "Mint Ahmed")], dt.date(1988, 4, 17), addresses=[HOME_B], phones=["07455 182 604"]),
    _p("g", "grandparent", [("Sidi", "Ould Cheikh")], dt.date(1950, 1, 1), phones=["+222 46 41 27 88"]),
], "c")

DOCS_B = [
    ("assessment", """Child and family assessment, started [[3 October 2026|date]]
Child: [[Aminetou OULD CHEIKH|name]] (known at home as "[[Tou|name]]", [[أمينتو|name]]), born [[02/10/2014|dob]].
Mother: [[Mariem Mint Ahmed|name]] ([[مريم منت أحمد|name]]), [[Flat 3, 22 Welsh Row|address]], [[Nantwich|place]]
[[CW5 5EW|postcode]], [[07455 182 604|phone]]. Grandfather [[Sidi Ould Cheikh|name]] lives in [[Nouakchott|place]]
([[+222 46 41 27 88|phone]]) and wants [[Aminetou|name]] to go back for the summer. Interpreter (Hassaniya):
[[Fatimetou Bâ|name]]. School: [[Malbank School|school]].
History: [[Mariem|name]] came from [[Nouadhibou|place]] to [[Lyon|place]] in 2015 and to [[Nantwich|place]] in 2020; her
brother [[Brahim Ould Ahmed|name]] lives at [[14 rue Pasteur|address]], [[Villeurbanne|place]]. [[Aminetou|name]]'s father
[[Cheikh Ould Sidi|name]] died on [[3 March 2019|date]] in [[Atar|place]]. Her friends at school are [[Lily-Mae|name]] and
[[Hiba|name]]; she goes to the mosque class in [[Crewe|place]] with [[Oumou Diallo|name]] on Sundays.
"""),
    ("text messages with a teacher", """Ms [[Hough|name]] 08:12: Morning [[Mariem|name]], is [[Aminetou|name]] ok? Not in today.
[[Mariem|name]] 08:40: she is sick. her uncle [[Brahim|name]] come from [[Paris|place]] on Saturday
[[Hough|name]] 08:41: Thank you. Is the flight to [[Nouakchott|place]] still booked for the [[18th|date]]?
[[Mariem|name]] 09:02: no flight. my father want it. [[Brahim|name]] number is [[+33 6 12 48 77 30|phone]]
[[Hough|name]] 09:03: Thank you. Mrs [[Sproston|name]] will ring you today.
"""),
    ("strategy discussion minutes", """Strategy discussion [[20/10/2026|date]] - risk of FGM and travel.
Present: DS [[Jo Whitlow|name]] (Cheshire Police), [[Karen Sproston|name]] (school DSL, [[Malbank|school]]), [[R. Mellor|name]]
(chair). [[Mariem|name]] said she herself was cut in [[Rosso|place]] and will not let it happen to [[Tou|name]]. An FGM
protection order was discussed; passport held by [[Sidi|name]]'s brother [[Mohamed Lemine|name]] in [[Kiffa|place]].
Actions: DS [[Whitlow|name]] to contact Border Force before [[18 December 2026|date]]; [[Karen|name]] to speak with
[[Aminetou|name]] and her friend [[Hiba|name]] in school on [[21/10|date]]; [[R. Mellor|name]] to visit [[Welsh Row|address]]
with [[Fatimetou|name]] on [[22 October|date]]. Dr [[Anjali Rao|name]] (GP) to check for the travel clinic letter.
"""),
    ("mother's own letter", """To the social worker Mr [[Mellor|name]]
I am [[Mariem|name]] mother of [[Aminetou|name]]. I do not take her to Mauritania it is only my father who say this.
I live in [[Nantwich|place]] 6 years. My friend [[Khadijetou|name]] from [[Crewe|place]] can say this. [[14.10.2026|date]]
"""),
]


# --- C. Vuković / Radonjić family (Montenegrin), Alsager --------------------------------------------------------------------

HOME_C = d.Address("9 Linley Road", "", "Alsager", "ST7 2RJ")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Luka", "Vuković")], dt.date(2012, 7, 23), addresses=[HOME_C], ids=["5193627404"]),
    _p("m", "mother", [("Jelena", "Radonjić")], dt.date(1984, 12, 5), addresses=[HOME_C], phones=["07532 917 448"]),
], "c")

DOCS_C = [
    ("chronology", """Chronology - [[VUKOVIĆ, Luka|name]] ([[Лука Вуковић|name]]), DOB [[23.07.2012|dob]]
[[01/09/2026|date]] [[Luka|name]] starts Year 9 at [[Alsager School|school]].
[[15/09/2026|date]] Mother [[Jelena Radonjić|name]] reports him missing overnight; found at [[Kidsgrove|place]] station.
[[22 Sept 2026|date]] Baba [[Milica|name]] arrives from [[Podgorica|place]] (tel [[+382 67 418 239|phone]]).
[[3/10/2026|date]] [[Luka|name]] seen with older youths in a car [[FD70 XRW|vehicle]] in [[Rode Heath|place]].
[[12/10/2026|date]] [[Luka|name]] excluded for one day after a fight with [[Kyle Machin|name]].
[[19/10/2026|date]] Father [[Nikola Vuković|name]] ([[Никола Вуковић|name]]) rings from [[Budva|place]], [[+382 69 552 107|phone]],
asks for [[Luka|name]] to spend Christmas in [[Podgorica|place]] at [[Bulevar Svetog Petra Cetinjskog 21|address]].
[[27/10/2026|date]] [[Luka|name]] missing again; found by PC [[Owen Salt|name]] in [[Kidsgrove|place]] with [[Tyler Birks|name]].
"""),
    ("football club WhatsApp group", """[Alsager Juniors U14 parents]
[[Dave Brereton|name]]: lads, training moved to Sat [[31/10|date]]
[[Gary Hulse|name]]: at [[Barnfield|address]] or the leisure centre?
[[Dave Brereton|name]]: leisure centre. [[Gary|name]] can u pick up [[Alfie|name]] and [[Noah P|name]] from [[Church Lawton|place]]
[[jelena|name]]: luka not coming, sorry
[[Sue Cartlidge|name]]: is he ok? saw him with [[Tyler Birks|name]] again outside the Co-op
[[jelena|name]]: [[Sue|name]] pls call me [[07532 917 448|phone]]
"""),
    ("review", """Child in need review [[5 November 2026|date]] at [[9 Linley Road|address]], [[Alsager|place]] [[ST7 2RJ|postcode]].
Mother's partner [[Darko Perović|name]] ([[Дарко Перовић|name]]) works nights in [[Crewe|place]]; he was not at the review.
[[Luka|name]] said he wants to visit deda [[Radovan|name]] in [[Nikšić|place]] ([[Никшић|place]]). [[Jelena|name]] works at
the Radway Green site. Youth worker [[Amir Farooqi|name]] will see [[Luka|name]] weekly. NHS [[519 362 7404|nhs]].
Present: [[Jelena|name]], baba [[Milica Radonjić|name]] ([[Милица Радоњић|name]]), [[Luka|name]], teacher [[Hannah Cope|name]]
([[Alsager School|school]]), PC [[Owen Salt|name]]. Next review [[4 February 2027|date]] at [[Alsager|place]] library.
"""),
    ("handwritten note, OCR'd", """Note left at reception 9/11/26 (scanned):
Please tel [[Jelena Radon-
jić|name]] I am late for meeting, [[Luka|name]] is at [[Church Road|address]] with Mrs [[Birks|name]]. J.R.
"""),
]


# --- D. Oakes / Shaw family (white British), Elworth, Sandbach ---------------------------------------------------------------

HOME_D = d.Address("31 Station Road", "Elworth", "Sandbach", "CW11 3JG")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Poppy", "Oakes")], dt.date(2020, 3, 14), addresses=[HOME_D], ids=["7024183659"]),
    _p("m", "mother", [("Hayley", "Shaw")], dt.date(1999, 6, 2), addresses=[HOME_D], phones=["07985 330 216"]),
], "c")

DOCS_D = [
    ("health visitor letter", """Dear Ms [[Shaw|name]],
Re: [[Poppy OAKES|name]], DOB [[14/03/2020|dob]], NHS [[702 418 3659|nhs]], [[31 Station Road|address]], [[Elworth|place]],
[[Sandbach|place]] [[CW11 3JG|postcode]].
I missed you on [[28 October|date]] and [[4 November 2026|date]]. Please ring me on [[01270 765 412|phone]].
[[Bethan Worthington|name]], Health Visitor
"""),
    ("canal boat neighbour's texts", """from [[Stan|name]] (boat [[Kingfisher|address]], moored by Wheelock locks) to [[hayley|name]]:
[[Stan|name]]: ur [[poppy|name]] was on the towpath on her own again at 7am
[[hayley|name]]: sorry [[stan|name]] shes a escape artist. [[dean|name]] left the door open
[[Stan|name]]: tell [[Dean Oakes|name]] ill ring police next time
[[hayley|name]]: hes at [[chantelle|name]]s in [[winterley|place]]. pls dont, social are already involved. [[Bethan|name]] the hv
keeps ringing
[[Stan|name]]: [[Marge|name]] on [[Otter|address]] says same, she saw [[poppy|name]] by the bridge on sun [[15th|date]]
"""),
    ("case note 2", """[[16/11/2026|date]] Call from PCSO [[Gemma Rowley|name]]: [[Poppy|name]] (6) found at the Wheelock canal by a
walker, [[Rose Hatton|name]]. Father [[Dean Oakes|name]] staying in [[Wheelock|place]]. [[Hayley|name]] at work at the
Sandbach services. School [[Elworth Hall Primary|school]] informed.
[[Hayley|name]]'s mum, Nan [[Julie Shaw|name]] of [[5 Abbey Road|address]], [[Sandbach|place]] [[CW11 3HA|postcode]], rang at
15:10 from [[01270 628 593|phone]]: she can have [[Poppy|name]] after school from [[18/11/2026|date]]. She said [[Dean|name]]'s
new partner, [[Chantelle|name]] ("[[Chan|name]]") [[Ollier|name]], drives a white van [[YR21 KFD|vehicle]] and lives in
[[Winterley|place]]. Walker [[Rose Hatton|name]] (the one who found [[Poppy|name]]) left her number: [[07538 426 771|phone]].
"""),
    ("barber's statement", """Statement of [[Craig Lomas|name]], barber, [[High Street|address]], [[Sandbach|place]], [[17/11/2026|date]]:
[[Dean|name]] came in Saturday with [[Poppy|name]] and left her in the shop for two hours. I rang her mum on
[[07985 330 216|phone]]. My apprentice [[Kieran Moss|name]] and a customer, [[Phil Gandy|name]] from [[Ettiley Heath|place]],
saw it too. [[Dean|name]] came back at 4 with [[Chantelle|name]] and said he'd been to the bookies on [[Crewe Road|address]].
"""),
]


# --- E. Stubbs / Wood family (white British), Handforth ----------------------------------------------------------------------

HOME_E = d.Address("7 Spath Lane", "", "Handforth", "SK9 3NP")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Mason", "Stubbs")], dt.date(2011, 1, 19), addresses=[HOME_E]),
    _p("m", "mother", [("Kerry", "Wood")], dt.date(1982, 9, 9), addresses=[HOME_E], phones=["07714 862 059"],
       emails=["kerry.wood82@outlook.com"]),
], "c")

DOCS_E = [
    ("email", """From: [[kerry.wood82@outlook.com|email]]
Sent: [[8 November 2026|date]]
To: [[Tom Acton|name]]
[[Tom|name]], [[Mason|name]] has not been home since Friday [[6th|date]]. He is with [[Jordan Heald|name]] in
[[Wilmslow|place]] I think. Please help. [[Kerry|name]] [[07714 862 059|phone]]
"""),
    ("return home interview", """Return home interview [[10/11/2026|date]]. [[Mason STUBBS|name]], born [[19.01.2011|dob]],
[[7 Spath Lane|address]], [[Handforth|place]] [[SK9 3NP|postcode]]. He stayed with "[[Jord|name]]" in a flat on
[[Alderley Road|address]]. Mother [[Kerry Wood|name]] collected him from [[Stockport|place]] (outside [[Heaton Lane|address]]).
Worker: [[Tom Acton|name]].
[[Mason|name]] said "[[Jord|name]]" is [[Jordan Heald|name]], 19, and that another lad, "[[Smudge|name]]" ([[Liam Smith|name]]),
drove them to [[Macclesfield|place]] and [[Stoke|place]]. He slept on a sofa at [[Flat 11, Hawthorn House|address]]. His
girlfriend [[Ellie-Rose Finney|name]] from [[Dean Row|place]] messaged his mum on [[7 November|date]]. He wants to go back to
[[Wilmslow High|school]] and to boxing with coach [[Shaun Pimlott|name]].
"""),
    ("police note typed from phone", """[[Mason stubbs|name]] seen [[9/11|date]] 2300 poss county lines [[heald|name]] driving
[[BV18 OKP|vehicle]] [[handforth|place]] [[dean row rd|address]]. Mum [[kerry|name]] informed. PC [[Joel Bagnall|name]]
"""),
    ("child protection conference minutes", """ICPC [[24 November 2026|date]]. Chair: [[Anita Broadhurst|name]]. [[Mason|name]]
attends [[Wilmslow High School|school]]. [[Kerry|name]] said her brother [[Wayne Wood|name]] in [[Poynton|place]] could have
[[Mason|name]] at weekends. Next review [[23/02/2027|date]].
Present: DC [[Priya Nandra|name]], [[Tom Acton|name]], [[Lucy Fairhurst|name]] (DSL, [[Wilmslow High|school]]), Dr
[[Ben Oduya|name]], [[Kerry|name]] and [[Wayne|name]]. Apologies: [[Mason|name]]'s father [[Gavin Stubbs|name]], who lives on
[[Meadway|address]], [[Heald Green|place]] ([[07591 603 284|phone]]). Plan: [[Mason|name]] to stay with [[Wayne|name]] at
[[22 Park Lane|address]], [[Poynton|place]] [[SK12 1RE|postcode]] from [[25 November|date]].
"""),
]


# --- F. Hand / Kelly family (white Irish), Holmes Chapel ---------------------------------------------------------------------

HOME_F = d.Address("12 London Road", "", "Holmes Chapel", "CW4 7AL")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Aoife", "Hand")], dt.date(2015, 11, 30), addresses=[HOME_F]),
    _p("m", "mother", [("Siobhan", "Kelly")], dt.date(1987, 3, 3), addresses=[HOME_F], phones=["07867 204 913"]),
], "c")

DOCS_F = [
    ("referral form", """MARF: Child [[HAND, Aoife|name]]  DOB [[30/11/2015|dob]]
Address [[12 London Road|address]], [[Holmes Chapel|place]] [[CW4 7AL|postcode]]
Mother [[KELLY, Siobhan|name]] [[07867 204 913|phone]]. Referrer: [[Nicola Bebbington|name]], [[Holmes Chapel Primary|school]].
Concern: [[Aoife|name]] says her mum's boyfriend [[Ciaran|name]] hits her.
Other adults: [[Ciaran DOYLE|name]], DOB [[11/06/1984|dob]], of no fixed address, last known at [[Brook Farm Cottages|address]],
[[Cranage|place]]; uncle [[Padraig Kelly|name]] in [[Mullingar|place]]; neighbour Mrs [[Eccles|name]] at no. 14.
Seen by school nurse [[Tanya Hulme|name]] on [[26.11.2026|date]]: bruise to left upper arm, 4 cm. [[Aoife|name]] said
"[[Ciaran|name]] pushed me into the door" and that [[Siobhan|name]] was at work at the Swan in [[Goostrey|place]].
"""),
    ("family's own letter", """Dear [[Nicola|name]], I am [[Aoife|name]]'s granny [[Bridie Kelly|name]] from [[Athlone|place]],
my number is [[+353 87 214 6631|phone]]. [[Siobhan|name]] can bring [[Aoife|name]] to me for Christmas from the
[[20th December|date]]. My address is [[4 Dublin Road|address]], [[Athlone|place]], [[N37 X2F6|postcode]]. [[Padraig|name]] will
collect them off the boat at [[Dublin|place]] on the [[21st|date]]. God bless, [[Bridie|name]]
"""),
    ("case note 3", """[[01/12/2026|date]] Visit. [[Ciaran Doyle|name]] has moved to [[Goostrey|place]]. [[Aoife|name]] happy,
showed me her drawing of Granny's house. [[Siobhan|name]] will call [[01606 832 415|phone]] (duty team).
"""),
    ("text from a friend", """[[sinead|name]] to [[siobhan|name]] [[2/12|date]]: [[ciaran|name]] was in the Swan last nite asking where u r.
dont tell him [[aoife|name]]s school pls x
[[siobhan|name]] [[2/12|date]]: thanks hun. hes got [[bridie|name]]s number too. im at [[jo|name]]s in [[cranage|place]] til friday
[[sinead|name]]: [[ciaran|name]] said hes going to [[mullingar|place]] for xmas to [[padraig|name]]s?? [[07956 112 847|phone]] is his
new one
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 87 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 05:14 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "nan", "nana", "nanna", "nanny",
           "gran", "granny", "grandma", "grandad", "mum", "mummy", "dad", "aunty", "auntie", "uncle", "baba", "deda"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "uk", "cheshire", "cheshire east", "ireland", "montenegro",
               "mauritania", "france"}


_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
