"""Set 209: a held-out hand-written set for the redaction detector, six invented families in Wem, Prees and Princes Risborough.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set206.py to bench/redaction_set208.py and their tests (written by other helpers at the same time), that did not
run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What was
read: bench/redaction_set181.py's docstring, its first family's record and first document and a half, and its last 60 lines
(the end of its last document, _PAIRS, NAME, _TITLES, _AFTER, _NOT_PLACES and the HandSet lines), and
tests/test_redaction_set181.py in full (the layout followed here); of bench/redaction_set21.py only its first 12 lines (the
marking conventions were taken from set 181's docstring, which follows set 21's), and tests/test_redaction_set21.py not at all;
lines 20 to 60 of bench/redaction_handwritten.py (`_party`, `Records`, `HandSet`); the docstrings of bench/redaction_set7.py
to bench/redaction_set205.py searched by script (ast.get_docstring) for the towns, villages and communities this set uses, with
short excerpts printed around the hits (Wem matched only "Wembley" and "Mwembe", Prees only "Preesall"; Shropshire and
Buckinghamshire sets 24, 45, 98, 159, 171 and 197 use other towns; Guaraní (set 101), Quechua, Garifuna, Mapuche, Tongan,
Samoan, Fijian and other Americas and Oceania communities were found and not used). No part of pyproject.toml was read (ruff
was run with the project's settings). Phone numbers were checked with the phonenumbers library and NHS numbers and UPNs made
and checked with python-stdnum in small snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord)
are imported from the detector module only to build records. Nobody may tune the detector on this set: it is to be scored
once. If a mistake in the gold marking is found after scoring, correct only the marking and say so here. Nothing beyond the
brief was seen.

Six families, each from a town or village the earlier docstrings did not show as a family's home: a young white British
mother and father in Wem with a nan in Tilstock (Bebbington / Hassall; neglect, a baby losing weight, an uncle just out of
prison, a s.47); a white British and Welsh family on Prees Higher Heath (Roden / Hughes; domestic abuse with strangulation, a
girl of 13 who rang 999, MARAC, a nain in Oswestry); a young carer of 12 in Whixall (Jebb; a mother with bipolar disorder and
epilepsy, a sister of 6); a Wayuu family (an indigenous people of La Guajira, Colombia and Venezuela, who speak Wayuunaiki)
in Princes Risborough (Epieyú / Uriana; a girl of 14 exploited to High Wycombe, a mother alone and low, a father back in
Colombia, a grandmother's message in Wayuunaiki); a white British boy of 15 in Monks Risborough (Parslow / Ginger; missing,
criminal exploitation, a stepfather's email); and a white British family in Longwick with a disabled girl of 7 (Tapping; Rett
syndrome, short breaks, a mother's 3 a.m. voice note). The community, Wayuu, did not appear in any earlier docstring searched
(nor did "Wayuunaiki", "Guajira" or "Maicao"). 24 documents, four per family, each with its own style label: a health
visitor's home visit record, a nan's texts typed up, a strategy discussion record, a Year 3 child's worksheet, a police
domestic abuse notification, a child's diary page scanned by OCR (with its misreadings), a MARAC referral form, an IDVA's call
notes, a young carers' assessment, a school's email with a reply quoted, a GP's letter, a young carer's own letter, an
interpreted home visit note with a grandmother's voice message in Wayuunaiki, WhatsApp messages in Spanish with an English
translation, a school attendance officer's phone notes, a child's own words for her plan, a return home interview,
contextual safeguarding panel minutes, a mother's texts typed up, a stepfather's email, a short breaks application, a
mother's voice note transcribed, short breaks panel minutes and an OT home visit.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration.
Phones are valid (phonenumbers), UK and foreign (Colombia); NHS numbers and UPNs (LA 893 Shropshire, 825 Buckinghamshire)
pass their check digits; NI numbers have a valid format. The Wayuunaiki lines are the writer's approximation, not checked by
a speaker. Schools, nurseries and a few street names are invented or used loosely ("Wem Meadow Primary School", "Little
Acorns", "Mill Croft"); towns, villages and districts are real and marked as places. Kinds
present: name, place, address, postcode, school, date, dob, phone, email, nhs, upn, ni, vehicle (none absent).

Markup and conventions: exactly those of bench/redaction_set21.py as set 181 states them. Titles and kinship words stay
outside a name (Mr, Mrs, Ms, Miss, Dr, Rev, DS, DI, PC, PCSO, SW, HV, TM, Nan, Nanny, Nain (Welsh grandmother), auntie, uncle,
Tutu (Wayuu grandmother), tía, abuela, papá, Sra, señora); a chat sender saved as a kinship word ("Mami") is not a name while a
nickname ("kami") is; "SURNAME, First" is one span ("BEBBINGTON, Lacey-Mai", "EPIEYU URIANA, Kamila", "RODEN, Lee Anthony"); a
name with initials ("Kamila E. U.", "P. Tapping", "B. Price") is a name but initials alone ("CH", "DJ") are not; a surname
alone in a heading ("BEBBINGTON children") and a family name in a link ("the Epieyú family") are names; a neighbour's bare house
number ("no. 15", "no. 19", "number 4", Spanish "numero 25") is an address; a police collar number stays outside the name
("PC 4417 Nicholls"); weekdays stay outside dates ("Sat 14th November 2026"); a month and year ("June 2027") is not a date;
organisations holding a town's name stay unmarked ("Wem Medical Practice", "Whitchurch Health Centre", "Prees Medical
Practice", "Shrewsbury CMHT", "the Royal Shrewsbury", "Stoke Mandeville" (the hospital), "HMP Stoke Heath", "Telford
magistrates", "Wycombe and Risborough Contextual Safeguarding Panel", "West Mercia Police", "Shropshire Young Carers",
"Shropshire Domestic Abuse Service", "Buckinghamshire Council"), and so do counties, regions and countries ("Shropshire",
"Buckinghamshire", "La Guajira", "Colombia"); an OCR misreading keeps its kind ("l7/11/2O26" and "27 0ct" dates, "whixa11" and
"0swestry" places, "0sian" a name); a railway station named by its town marks the town; the Co-op, the Eden centre, the
Raven (a pub) and "the heath" are landmarks; "the river" is unmarked.

Choices this set had to make: a school's initials ("PRS", Princes Risborough School) are a school; a road named by a village
("Longwick Road", "Thame Road") is an address; "Monks Risborough CE Primary" and "Whixall CE Primary" are schools, whole;
"Kamiiya" (Kamila's name as her grandmother says it) is a name; the clan name "Uriana" is marked only where it is a person's
surname ("my clan is Uriana" is unmarked).

Self-check without the detector: `python -m bench.redaction_set209` (and tests/test_redaction_set209.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 907 gold spans, 508 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Bebbington / Hassall family (white British), Wem, nan in Tilstock --------------------------------------------------

HOME_A = d.Address("17 Mill Croft", "Wem", "Shrewsbury", "SY4 5HP")
NAN_A = d.Address("3 Alkington Close", "Tilstock", "Whitchurch", "SY13 3JW")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Bebbington")], dt.date(2019, 3, 14), addresses=[HOME_A], ids=["8029412150", "M893628810313"],
       schools=["Wem Meadow Primary School"]),
    _p("s", "sibling", [("Lacey-Mai", "Bebbington")], dt.date(2023, 8, 2), addresses=[HOME_A], ids=["7510239753"]),
    _p("m", "mother", [("Kerry", "Bebbington")], dt.date(1996, 11, 5), addresses=[HOME_A], phones=["07712 384 905"]),
    _p("f", "father", [("Dean", "Hassall")], dt.date(1993, 2, 19), addresses=[HOME_A], phones=["07845 611 273"]),
    _p("g", "grandparent", [("Lorraine", "Bebbington")], dt.date(1971, 6, 9), addresses=[NAN_A], phones=["01948 840 261"]),
], "c")

DOCS_A = [
    ("health visitor's home visit record", """HEALTH VISITING - HOME CONTACT
Child: [[BEBBINGTON, Lacey-Mai|name]]  DOB [[02/08/2023|dob]]  NHS [[751 023 9753|nhs]]
Sibling: [[Tyler Bebbington|name]] ([[14.03.2019|dob]]), NHS [[8029412150|nhs]]
Address: [[17 Mill Croft|address]], [[Wem|place]], [[SY4 5HP|postcode]]   Mum: [[Kerry|name]] [[07712 384 905|phone]]

Visit [[19/11/2026|date]], 10:30, with student HV [[Abbie Rowlands|name]]. Mum answered after 5 mins, in dressing gown.
Kitchen: nappies in a bin bag by the back door, dog mess on the lino, one working ring on the cooker. [[Lacey-Mai|name]]
in a vest only, house cold (heater broken since October per mum). Weight dropped 2 centiles since [[3 June|date]].
[[Kerry|name]] said [[Dean|name]] (partner, [[Dean Hassall|name]]) "is working away at [[Market Drayton|place]]" and that her mum
[[Lorraine|name]] in [[Tilstock|place]] usually helps but they've fallen out. Neighbour Mrs [[Maureen
Cartwright|name]] ([[no. 15|address]]) came round while I was there with a bag of bread
and said "I see the little lad walking to school on his own".
[[Tyler|name]] not at school today - mum said "bad belly". School ([[Wem Meadow|school]]) to be told.
Plan: GP review with Dr [[Adeyemi|name]] at Wem Medical Practice on [[24/11/2026|date]]; referral to the front door; discuss
with my lead [[Sian Morris|name]]. Next visit [[26th November|date]].
Signed [[J. Tudor|name]] HV, [[19.11.26|date]]
Addendum [[20/11/2026|date]]: rang [[Kerry|name]] ([[07712 384 905|phone]]) - no answer. Rang [[Dean|name]] on [[07845 611 273|phone]];
he said "[[Kez|name]]'s fine, stop hassling her", and that his brother [[Wayne|name]] "might stop a few nights". Spoke to
[[Sian Morris|name]]; she agreed a referral today. Also told the nursery at [[Wem|place]] ([[Little Acorns|school]], manager
[[Hayley Ruscoe|name]]) that [[Lacey-Mai|name]] has not attended since [[2 November|date]]. [[Hayley|name]] said [[Kerry|name]]'s friend
[[Shannon Bickley|name]] from [[Soulton Road|address]] sometimes drops her off.
"""),
    ("nan's texts typed up for the strategy meeting", """Texts from Nan ([[Lorraine Bebbington|name]], [[01948 840 261|phone]] landline
/ mobile) to SW [[Gareth Pryce|name]], copied [[23/11/26|date]]

[[20 Nov|date]] 18:02  hiya its [[lorraine|name]] [[tylers|name]] nan. went round [[mill croft|address]] today no one in but i could
hear [[lacey|name]] crying through the letterbox
[[20 Nov|date]] 18:04  [[kerry|name]] turned up at half 6 with [[dean|name]] in his van, the white one [[YX17 KDU|vehicle]]
[[20 Nov|date]] 18:10  i said ill have the kids at mine in [[tilstock|place]] but [[dean|name]] said over his dead body
[[21 Nov|date]] 09:15  [[ty|name]] rang me from his mums phone [[07712 384 905|phone]] at 7 this morning asking for cereal
[[21 Nov|date]] 09:16  i took him to school myself, mrs [[haycock|name]] saw him
[[22 Nov|date]] 20:40  [[deans|name]] brother [[wayne|name]] is stopping there now from [[prees|place]]. hes just out
[[22 Nov|date]] 20:41  sorry [[gareth|name]] i know its sat
[[23 Nov|date]] 11:03  my friend [[Bev Latham|name]] says she saw [[kerry|name]] in [[whitchurch|place]] asda with no kids
[[23 Nov|date]] 11:05  [[bev|name]] said [[kerry|name]] was with [[shannon|name]] ([[bickley|name]]) the one off [[soulton rd|address]]
[[23 Nov|date]] 11:20  sorry [[gareth|name]] one more. [[dean|name]]s mum [[Sheila Hassall|name]] rang me from
[[ellesmere|place]], she says [[wayne|name]]
is bad news and the kids shud come to me. she said she will ring u on [[07391 105 448|phone]] (her number)
[[23 Nov|date]] 11:22  my address if u need it [[3 alkington close|address]] [[tilstock|place]] [[SY13 3JW|postcode]]. i have a
spare room for
[[ty|name]] and a cot for [[lacey|name]]. my partner [[Graham|name]] says its fine
"""),
]

# --- B. Roden / Hughes family (white British and Welsh), Prees Higher Heath ---------------------------------------------

HOME_B = d.Address("8 Heath Road", "Prees Higher Heath", "Whitchurch", "SY13 2HB")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Ffion", "Roden")], dt.date(2013, 10, 27), addresses=[HOME_B], ids=["1429989807", "Y893072811729"],
       schools=["Prees CE Primary School"]),
    _p("s", "sibling", [("Osian", "Roden")], dt.date(2017, 5, 3), addresses=[HOME_B], ids=["4126359265"]),
    _p("m", "mother", [("Carys", "Hughes")], dt.date(1988, 1, 22), addresses=[HOME_B], phones=["07968 204 517"]),
    _p("f", "father", [("Lee", "Roden")], dt.date(1985, 7, 30), phones=["07391 528 640"]),
], "c")

DOCS_B = [
    ("police domestic abuse notification", """WEST MERCIA POLICE - DOMESTIC ABUSE NOTIFICATION TO CHILDREN'S SERVICES
Occurrence: 22/8841/26   Date of incident: Sat [[14th November 2026|date]] 23:40
Victim: [[HUGHES, Carys|name]]  DOB [[22/01/1988|dob]]  Tel [[07968 204 517|phone]]
Suspect: [[RODEN, Lee Anthony|name]]  DOB [[30/07/1985|dob]]  NI [[JT 48 21 93 C|ni]]  Tel [[07391 528 640|phone]]
Location: [[8 Heath Road|address]], [[Prees Higher Heath|place]], [[SY13 2HB|postcode]]
Children present: [[Ffion Roden|name]] (13), [[Osian Roden|name]] (9)

PC 4417 [[Nicholls|name]] and PC [[Harper|name]] attended from [[Whitchurch|place]]. Victim had red marks to the neck and said
[[Lee|name]] held her against the fridge after drinking at the Raven in [[Prees|place]]. [[Ffion|name]] rang 999 from her own
phone and was on the landing with [[Osian|name]] when officers arrived. [[Ffion|name]] said "he's done it before, on
[[26 December|date]], at Nain's in [[Oswestry|place]]". Nain is believed to be [[Gwenda Hughes|name]].
Suspect left in a grey Astra, [[WR66 TZN|vehicle]], towards [[Whitchurch|place]]; arrested [[15/11/2026|date]] 02:10 at his friend
[[Craig Mottram|name]]'s flat, [[Flat 2, 41 High Street|address]], [[Whitchurch|place]]. Bail to [[Rowan Close|address]],
[[Wem|place]] (his mother [[Pat Roden|name]]'s), not to enter [[Prees Higher Heath|place]]. DASH: HIGH. MARAC referral by DS
[[Ellie Booth|name]].
Previous: [[02/06/2025|date]] verbal argument at [[Heath Road|address]] (no further action, PC [[Nash|name]]); [[26/12/2025|date]]
assault at [[Gwenda Hughes|name]]'s, [[14 Castle Street|address]], [[Oswestry|place]] [[SY11 1JS|postcode]] - [[Carys|name]] withdrew.
Other adults: [[Lee|name]]'s brother [[Jason Roden|name]] ([[Ightfield|place]]); [[Carys|name]]'s friend [[Nia Parry|name]]
([[Prees|place]],
[[07552 306 719|phone]]) took the children on the night. Schools informed: [[Prees CE Primary|school]] (Mrs [[Jarman|name]]) and
[[Thomas Adams|school]] (DSL Mr [[Kynaston|name]]). Officer: PC [[Nicholls|name]], [[15/11/2026|date]].
"""),
    ("a child's diary page scanned by OCR", """[OCR scan of a diary page handed to the school nurse, [[l7/11/2O26|date]]; errors kept]

Tuesday [[l7th Novmber|date]]
Dear diary. Dad isnt alowed home now. Mum says its becuase of the police. [[0sian|name]] cries at bed time and
says he wants dad. I dont. I told Miss [[Jarnes|name]] at schoo1 and she was nice and gave me a biscuit.
My best friend [[Tilly-Rose|name]] from [[whixa11|place]] said I can sleep at hers on friday. Her mum is [[Nic|name]].
Dad sent me a snap saying "tell ur mum to drop it [[ffi|name]]". I showed mum. Mum rang [[Ellie|name]] the police lady.
Nain [[Gwenda|name]] is coming from [[0swestry|place]] on Saturday. I want to go to the heath on my bike with [[Osian|name]]
but mum says stay on [[Heath Rd|address]] only.
Im going to be a vet. [[Ffion Roden|name]] age 13 (since [[27 0ct|date]]!!)
"""),
]

# --- C. Jebb family (white British), Whixall, a young carer ------------------------------------------------------------

HOME_C = d.Address("Mossbank Cottage, 2 Platt Lane", "Whixall", "Whitchurch", "SY13 2NX")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Callum", "Jebb")], dt.date(2014, 4, 11), addresses=[HOME_C], ids=["0681474548", "G893929930154"],
       schools=["The Thomas Adams School"]),
    _p("m", "mother", [("Nicola", "Jebb")], dt.date(1982, 12, 1), addresses=[HOME_C], phones=["01948 880 734"],
       emails=["nicola.jebb82@gmail.com"]),
    _p("b", "sibling", [("Evie", "Jebb")], dt.date(2020, 9, 16), addresses=[HOME_C], ids=["3489230973"]),
], "c")

DOCS_C = [
    ("young carers' assessment", """YOUNG CARERS ASSESSMENT (Shropshire Young Carers, via Early Help)
Young carer: [[Callum Jebb|name]]   DOB [[11/04/2014|dob]]   Year 8, [[Thomas Adams|school]]   UPN [[G893929930154|upn]]
Home: [[Mossbank Cottage, 2 Platt Lane|address]], [[Whixall|place]], [[SY13 2NX|postcode]]
Cared-for: mum, [[Nicola Jebb|name]] (bipolar disorder; also epilepsy), sister [[Evie|name]] (6)
Assessed by [[Rhian Evason|name]] on [[25 November 2026|date]] at home, then at school on the [[27th|date]].

What [[Callum|name]] does: gets [[Evie|name]] up and dressed, walks her to the bus at the end of [[Platt Lane|address]],
counts mum's tablets into the dosette box (lamotrigine, quetiapine), cooks tea 4 nights a week. When mum had a seizure on
[[8 November|date]] he rang 999 and the ambulance took her to the Royal Shrewsbury; [[Callum|name]] and [[Evie|name]] stayed
with the neighbours, Mr and Mrs [[Aston|name]] at Moss Farm. Dad ([[Stuart Jebb|name]]) lives in [[Crewe|place]] with a new
partner, [[Jade|name]], and has the children one weekend in four.
[[Callum|name]] said: "I like doing it but I'm tired. I miss football at [[Prees|place]] on Saturdays". His mate [[Kai Brayne|name]]
from [[Fenn's Bank|place]] is the only one who knows.
Mum said: "He's my rock. I'd be lost." Her CPN is [[Owen Latimer|name]] (Shrewsbury CMHT).
School: head of year Mrs [[Dodd|name]] says lates are up, 84% attendance; he fell asleep in maths on [[19/11|date]].
Plan: young carers group in [[Wem|place]] on Thursdays (lift by volunteer [[Marion Twiss|name]]), carer's break,
talk to [[Stuart|name]] about more weekends, GP (Dr [[Halloran|name]], Whitchurch Health Centre).
Contact: mum [[01948 880 734|phone]], [[nicola.jebb82@gmail.com|email]].
Other people in [[Callum|name]]'s network: nan [[Brenda Jebb|name]] ([[Wem|place]], [[01939 236 502|phone]]) - "too old to help";
auntie [[Leanne Furber|name]] ([[Ellesmere|place]]); his football coach [[Dave Hulme|name]]; church: Rev [[Philippa Mole|name]] at
[[Whixall|place]]; [[Evie|name]]'s teacher at [[Whixall CE Primary|school]], Mrs [[Onions|name]]. [[Callum|name]]'s own mobile:
[[07445 920 316|phone]]. Dad [[Stuart Jebb|name]]: [[Gresty Road|address]], [[Crewe|place]]; works at the rail depot.
"""),
    ("school's email to the young carers worker", """From: [[s.dodd@thomasadams.shropshire.sch.uk|email]]
To: [[rhian.evason@youngcarers-shrops.org.uk|email]]
Date: [[30 Nov 2026|date]] 08:12
Subject: [[Callum J|name]] Y8

Hi [[Rhian|name]],
Quick one - [[Callum|name]] came in this morning at 9.40 with [[Evie|name]] (!) because the [[Whixall|place]] bus didn't come
and mum was "not up". I've rung [[Nicola|name]] twice, no reply. Our receptionist [[Mandy|name]] is minding [[Evie|name]] in the
office till someone from [[Bettisfield|place]] ([[Nicola|name]]'s cousin, [[Donna Platt|name]]?) comes - [[Callum|name]] gave us
her number, [[07423 765 118|phone]].
He said mum "slept on the sofa all weekend" and "[[Stuart|name]] didn't come on Saturday". I've logged it for our DSL
Mr [[Kynaston|name]].
Could you ring me on [[01939 232 418|phone]] before 11? We're thinking a referral to the front door today.
[[Sarah|name]]
[[Sarah Dodd|name]], Head of Year 8

> On [[30 Nov 2026|date]] at 10:02, [[Rhian Evason|name]] wrote:
> Thanks [[Sarah|name]]. I'll ring at 10.30. I'm in [[Wem|place]] till 12 then can get to [[Whixall|place]] by 1. Can [[Donna|name]]
> take [[Evie|name]]? If not I'll ask [[Marion|name]] (our volunteer) or [[Callum|name]]'s nan [[Brenda|name]]. Please don't send
[[Callum|name]]
> home to check on mum. [[Rhian|name]]
"""),
]

# --- D. Epieyú / Uriana family (Wayuu, from La Guajira, Colombia), Princes Risborough -----------------------------------

HOME_D = d.Address("Flat 4, 27 Duke Street", "Princes Risborough", "Buckinghamshire", "HP27 0AT")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Kamila", "Epieyú Uriana"), ("Kamila", "Epieyu")], dt.date(2012, 2, 8), addresses=[HOME_D],
       ids=["5648036612", "Z825903801813"], schools=["Princes Risborough School"]),
    _p("s", "sibling", [("Jeiner", "Epieyú Uriana")], dt.date(2016, 6, 21), addresses=[HOME_D], ids=["5077304947"]),
    _p("m", "mother", [("Yanelis", "Uriana")], dt.date(1990, 3, 4), addresses=[HOME_D], phones=["07552 918 374"]),
    _p("f", "father", [("Jairo", "Epieyú")], dt.date(1986, 9, 12), phones=["+57 315 648 2291"]),
], "c")

DOCS_D = [
    ("interpreted home visit note with a grandmother's voice message in Wayuunaiki", """Home visit -
[[Kamila Epieyú Uriana|name]] ([[08/02/2012|dob]]), [[Jeiner|name]] ([[21/06/2016|dob]])
[[Flat 4, 27 Duke Street|address]], [[Princes Risborough|place]] [[HP27 0AT|postcode]]. [[2 December 2026|date]], 16:00.
Present: mum [[Yanelis Uriana|name]]; interpreter (Spanish) [[Marisol Cadena|name]], booked via the council's language line;
SW [[Hannah Lacey|name]].

The family are Wayuu from near [[Maicao|place]] in La Guajira; they came via [[Riohacha|place]] and [[Bogotá|place]] and
claimed asylum in 2024. Mum speaks Wayuunaiki first, Spanish second. Dad ([[Jairo Epieyú|name]]) went back to Colombia in
August; his number is [[+57 315 648 2291|phone]]. One room, damp, mould on the children's mattress.
[[Kamila|name]] (14) has missed 19 days. Mum played a voice message from the grandmother, Tutu [[Rosalba|name]] in [[Uribia|place]],
which [[Kamila|name]] typed out for us and [[Marisol|name]] helped translate:

  "[[Kamiiya|name]], anashii pia? Nia [[Jairo|name]] atuma. Pia aaʼin süchiki [[Jeiner|name]]. Müshia ojuittüin pia sümaa
[[Yanelis|name]]."
  ("[[Kamila|name]], are you well? [[Jairo|name]] is here. Look after [[Jeiner|name]]. Don't go out without [[Yanelis|name]].")

Note: "[[Kamiiya|name]]" is how the grandmother says [[Kamila|name]] - it is her name too: [[Kamiiya|name]]. Mum says
[[Kamila|name]] goes to
[[High Wycombe|place]] on the train with an older girl, [[Dayana|name]], "to work in a nail bar". [[Kamila|name]] denies this.
Mum is low, not eating, says "I am alone here". Friend from church, [[Luz Dary Pushaina|name]] of [[Aylesbury|place]], visits Sundays.
Actions: strategy discussion re exploitation; GP (Dr [[Mehta|name]]) re mum's mood; housing re damp; school ([[PRS|school]]) re
attendance. Mum's mobile [[07552 918 374|phone]].
Further: [[Jeiner|name]] (10) told me in Spanish, through [[Marisol|name]], that [[Kamila|name]] "comes back smelling of smoke" and
that a man called [[Brayan|name]] waits for her on [[Station Road|address]]. Mum's cousin [[Yerlis Ipuana|name]] lives in [[Luton|place]]
([[07587 442 913|phone]]) and could have the children for a few days. The family's church is the Iglesia Pentecostal in
[[High Wycombe|place]]; the pastor, [[Wilmer Jusayú|name]], has been told nothing. NHS numbers: [[Kamila|name]] [[564 803 6612|nhs]],
[[Jeiner|name]] [[5077304947|nhs]].
"""),
    ("WhatsApp messages in Spanish with an English translation", """WhatsApp - [[Kamila|name]] to mum, shown to SW on
[[3/12/26|date]], Spanish with English
(translated by [[M. Cadena|name]])

[[28/11/26|date]] 19:02 - [[kami|name]]: mami estoy con [[dayana|name]] en [[wycombe|place]], vuelvo tarde
   (mum i'm with [[dayana|name]] in [[wycombe|place]], back late)
[[28/11/26|date]] 19:03 - Mami: donde?? [[kamila|name]] contesta
   (where?? [[kamila|name]] answer)
[[28/11/26|date]] 23:48 - [[kami|name]]: el amigo de [[dayana|name]] [[brayan|name]] me lleva en carro a [[risborough|place]]
   ([[dayana|name]]'s friend [[brayan|name]] is driving me to [[risborough|place]])
[[28/11/26|date]] 23:49 - [[kami|name]]: carro negro, placa [[LK21 OYH|vehicle]] para q estes tranquila
   (black car, plate [[LK21 OYH|vehicle]] so you don't worry)
[[29/11/26|date]] 00:31 - Mami: [[jeiner|name]] esta llorando. ven ya
   ([[jeiner|name]] is crying. come now)
[[29/11/26|date]] 01:15 - [[kami|name]]: ya estoy en la estacion de [[princes risborough|place]]
   (i'm at [[princes risborough|place]] station now)
[[29/11/26|date]] 01:16 - Mami: la señora [[Gloria|name]] del [[numero 25|address]] te abre
   (mrs [[Gloria|name]] from [[number 25|address]] will let you in)
[[29/11/26|date]] 09:12 - Mami: [[jairo|name]] llamó de [[maicao|place]]. quiere hablar contigo [[kami|name]]. número
[[+57 315 648 2291|phone]]
   ([[jairo|name]] called from [[maicao|place]]. he wants to talk to you [[kami|name]]. number [[+57 315 648 2291|phone]])
[[29/11/26|date]] 09:40 - [[kami|name]]: no quiero. dile a tía [[yolima|name]] que estoy bien
   (i don't want to. tell aunt [[yolima|name]] i'm fine)
"""),
]

# --- E. Parslow family (white British), Monks Risborough, a boy missing -----------------------------------------------

HOME_E = d.Address("11 Mill Lane", "Monks Risborough", "Princes Risborough", "HP27 9LG")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Reece", "Parslow")], dt.date(2011, 1, 30), addresses=[HOME_E], ids=["2941447091", "L825678814604"],
       schools=["Princes Risborough School"]),
    _p("m", "mother", [("Tracey", "Parslow")], dt.date(1979, 8, 17), addresses=[HOME_E], phones=["01844 345 902"]),
    _p("f", "stepfather", [("Mark", "Ginger")], dt.date(1975, 4, 2), addresses=[HOME_E], phones=["07830 442 196"]),
], "c")

DOCS_E = [
    ("return home interview", """RETURN HOME INTERVIEW - Buckinghamshire Missing Service
Young person: [[PARSLOW, Reece|name]]   DOB [[30-01-2011|dob]]   NHS [[294 144 7091|nhs]]
Address: [[11 Mill Lane|address]], [[Monks Risborough|place]], [[HP27 9LG|postcode]]
Missing from Fri [[27 Nov|date]] 17:00 to Sun [[29 Nov 2026|date]] 10:20. Found by PC [[Rhys Kemble|name]] at [[Booker|place]],
[[High Wycombe|place]]. Interview [[1 December|date]] at [[Reece|name]]'s request in the library in [[Princes
Risborough|place]]. Interviewer: [[Tom Ashworth|name]].

[[Reece|name]] said he went with "[[Tank|name]]" ([[Tyrese|name]]?, 17, from [[Castlefield|place]]) on the train from
[[Saunderton|place]] to [[Wycombe|place]]. They stayed at a flat "by the Eden centre" with [[Tank|name]]'s cousin [[Jordan|name]].
He was given a phone and £40. He would not give the phone's number; mum later found a card with [[07458 310 627|phone]] on it.
He said "[[Mark|name]] (stepdad, [[Mark Ginger|name]]) kicked me out so what was I meant to do". Mum ([[Tracey|name]],
[[01844 345 902|phone]]) said [[Reece|name]] went out the window.
Friends named: [[Ollie Stanbridge|name]] ([[Longwick|place]]), [[Maisie|name]] (girlfriend, [[Lacey Green|place]]). [[Reece|name]]'s
nan, [[Jean Parslow|name]], lives at [[4 Cadsden Road|address]], [[Askett|place]] - he would go there "if it kicks off".
Risks: criminal exploitation; a knife seen in a photo. Referral to the exploitation hub; NRM to be considered.
Who [[Reece|name]] trusts: nan [[Jean|name]]; his old youth worker [[Dom Chappell|name]] (the youth club at [[Princes Risborough|place]]);
his PE teacher Mr [[Oduya|name]]. Who he fears: "[[Jordan|name]]'s older lot" and a man called "[[Smokey|name]]" from
[[Desborough|place]].
His dad, [[Shaun Parslow|name]], lives in [[Chinnor|place]] ([[07936 118 402|phone]]) and has not seen him since his 14th birthday...
correction from mum: since [[30 January 2025|date]]. UPN [[L825678814604|upn]]. School: [[Princes Risborough School|school]] (Year 11).
Follow-up interview offered [[15/12/2026|date]]; copy to PC [[Kemble|name]] and SW [[Priya Bhatt|name]].
"""),
    ("contextual safeguarding panel minutes", """Wycombe and Risborough Contextual Safeguarding Panel - minutes,
[[4th December 2026|date]]
Chair: DI [[Kate Fenwick|name]]. Present: [[Tom Ashworth|name]] (missing service), [[Gemma Salt|name]] ([[PRS|school]] DSL),
SW [[Priya Bhatt|name]], PCSO [[Darrell Jeffs|name]], [[Hannah Lacey|name]] (SW for the [[Epieyú|name]] family, item 3).

1. [[Reece Parslow|name]] (15). [[Gemma|name]] said [[Reece|name]] missed 6 days since [[16/11|date]]. He was seen on CCTV at
[[Princes Risborough|place]] station on [[27/11|date]] with a male believed to be [[Tyrese Mbatha|name]] ("[[Tank|name]]", DOB
[[14/05/2009|dob]]). A silver Golf [[FD19 XPW|vehicle]] was seen collecting boys outside the Co-op in [[Monks Risborough|place]].
2. [[Tyrese|name]]'s address is believed to be [[Flat 9, Tarrant House|address]], [[Castlefield|place]]. PCSO [[Jeffs|name]] to visit.
3. Link: [[Kamila Epieyú Uriana|name]] (14) was dropped at the station by the same network on [[29th November|date]]. [[Hannah|name]]
said [[Kamila|name]] and [[Reece|name]] are at the same school and "know each other from the bus".
4. The park off [[Mill Lane|address]] and the [[Longwick Road|address]] rec: extra patrols. Action DJ.
Next panel [[8 January 2027|date]].
Actions: [[Gemma Salt|name]] - safe route home via [[Upper Icknield Way|address]] bus; [[Tom|name]] - second interview with
[[Reece|name]];
[[Priya|name]] - talk to [[Jean Parslow|name]] in [[Askett|place]] about [[Reece|name]] staying; [[Hannah|name]] - joint visit
with [[Priya|name]]
to the [[Duke Street|address]] flat; DI [[Fenwick|name]] - intelligence on [[FD19 XPW|vehicle]] and [[LK21 OYH|vehicle]] and on
[[Brayan|name]]
(surname unknown) and [[Dayana|name]] (believed [[Dayana Ramírez|name]], 19, of [[Totteridge|place]], [[High Wycombe|place]]).
Minutes: [[Jo Aldridge|name]], [[4/12/26|date]].
"""),
]

# --- F. Tapping family (white British), Longwick, a disabled girl -----------------------------------------------------

HOME_F = d.Address("Orchard View, 6 Thame Road", "Longwick", "Princes Risborough", "HP27 9SW")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Poppy", "Tapping")], dt.date(2018, 12, 12), addresses=[HOME_F], ids=["3621834257", "D825383383269"],
       schools=["Stony Dean School"]),
    _p("m", "mother", [("Gemma", "Tapping")], dt.date(1989, 5, 25), addresses=[HOME_F], phones=["07912 553 061"]),
    _p("f", "father", [("Rob", "Tapping")], dt.date(1987, 10, 14), addresses=[HOME_F]),
], "c")

DOCS_F = [
    ("short breaks application", """SHORT BREAKS APPLICATION (Buckinghamshire Council - Children with Disabilities)
Child: [[Poppy Tapping|name]]   DOB [[12/12/2018|dob]]   NHS [[362 183 4257|nhs]]   UPN [[D825383383269|upn]]
School: [[Stony Dean School|school]], [[Amersham|place]] (transport by taxi, driver [[Kev|name]], escort [[Sue|name]])
Address: [[Orchard View, 6 Thame Road|address]], [[Longwick|place]], [[HP27 9SW|postcode]]
Parents: [[Gemma Tapping|name]] (mum, [[07912 553 061|phone]]), [[Rob Tapping|name]] (dad), NI [[PW 55 71 08 A|ni]] (mum)

About [[Poppy|name]]: [[Poppy|name]] is 7 (8 on the [[12th|date]]) and has Rett syndrome, epilepsy and a gastrostomy. She uses
a wheelchair and an eye-gaze board. She loves Hey Duggee, the swings at [[Longwick|place]] rec and her cousin [[Alfie|name]].
What is hard: [[Gemma|name]] gave up work at the garden centre in [[Kingsey|place]]. [[Rob|name]] works nights at a
warehouse in [[Aylesbury|place]]. [[Poppy|name]] wakes 4-5 times a night. Nanny [[Pam|name]] ([[Pam Cleaver|name]],
[[Haddenham|place]]) helps on Tuesdays but had a hip operation on [[6 November|date]].
Support now: community nurse [[Lisa Frith|name]]; paediatrician Dr [[Okonkwo|name]] at Stoke Mandeville; OT [[Kirsty Ball|name]].
Asked for: overnight short breaks at a residential unit, 2 nights a month; a sitting service.
Signed [[G Tapping|name]] [[01/12/2026|date]]. Supported by SW [[Lewis Adey|name]].
Family and friends: mum's sister [[Kelly Moss|name]] ([[Thame|place]]) - works full time; dad's brother [[Dan Tapping|name]]
and his wife [[Claire|name]] ([[Bledlow|place]]) - [[Alfie|name]]'s parents; neighbour [[Denise Wicks|name]]
([[number 4|address]] [[Thame Road|address]]).
Church: [[Longwick|place]] chapel, Pastor [[Geoff Hearn|name]]. [[Poppy|name]]'s NHS number again for the health form: [[3621834257|nhs]].
Dad's mobile: [[07398 220 741|phone]]. Dad's NI number: [[NB 41 62 09 D|ni]].
"""),
    ("mother's voice note transcribed", """Voice note from [[Gemma Tapping|name]] to SW [[Lewis Adey|name]], [[5 Dec 2026|date]]
03:12, transcribed by
business support ([[Jan|name]])

"Hi [[Lewis|name]], sorry, it's [[Gemma|name]], [[Poppy|name]]'s mum, I know it's three in the morning. She's had two seizures
since midnight and I've given the midazolam and she's settled now but I just... [[Rob|name]]'s at work, he's on till six,
and I can't ring my mum because of her hip. I rang 111 and they said if there's another one call 999. I'm sat on the floor
of her room. Our neighbour [[Denise|name]] from [[number 4|address]] said she'd come but her light's off.
Can you tell the panel on the [[10th|date]] that this is what it's like? Not the form. This. And can [[Lisa|name]] ring me about the
feed pump, it's alarming. And the taxi - [[Kev|name]] was late Monday and [[Poppy|name]] sat in the cold at the end of
[[Thame Rd|address]].
Anyway. Sorry. Night. Oh - my new email is [[gemtapping89@outlook.com|email]]."

Note from [[Lewis Adey|name]], [[5/12|date]] 09:00: rang [[Gemma|name]]. [[Poppy|name]] slept from 4am. [[Rob|name]] home. I rang
[[Lisa Frith|name]]
about the pump and asked transport (officer [[Raj Sandhu|name]]) about the taxi. Also rang Nanny [[Pam|name]] ([[Pam Cleaver|name]]), who
said her neighbour in [[Haddenham|place]], [[Vera|name]], could drive her over on weekdays from [[14 December|date]].
"""),
]

DOCS_A += [
    ("strategy discussion record", """Strategy discussion (s.47) - [[BEBBINGTON|name]] children - [[24 November 2026|date]], Teams, 14:00
Chair: TM [[Rachel Onions|name]]. SW [[Gareth Pryce|name]]; DS [[Mike Vaughan|name]] (West Mercia, [[Wem|place]] SNT);
HV [[Jenny Tudor|name]]; DSL [[Anna Haycock|name]] ([[Wem Meadow Primary|school]]); GP practice - apologies, report from
Dr [[Adeyemi|name]].

Children: [[Tyler Bebbington|name]], 7 ([[14/3/2019|dob]], UPN [[M893628810313|upn]]); [[Lacey-Mai Bebbington|name]], 3.
Parents: [[Kerry Bebbington|name]] and [[Dean Hassall|name]], [[17 Mill Croft|address]], [[Wem|place]].
Information: [[Anna|name]] - [[Tyler|name]] 78% attendance, arrives hungry, told the TA Mr [[Peploe|name]] "[[Wayne|name]] sleeps on
our sofa". DS [[Vaughan|name]] - [[Wayne Hassall|name]] (DOB [[03/09/1990|dob]]) released from HMP Stoke Heath on [[16/11/2026|date]],
licence address in [[Prees|place]]; previous for supplying class A. A white van [[YX17 KDU|vehicle]] is registered to [[Dean|name]].
[[Jenny|name]] - weight loss; home conditions poor. Nan [[Lorraine|name]] ([[3 Alkington Close|address]], [[Tilstock|place]],
[[SY13 3JW|postcode]]) offers to care.
Decision: s.47 joint; visit today by [[Gareth|name]] and PC [[Lloyd|name]]; medical for [[Lacey-Mai|name]] at the Princess Royal
tomorrow; [[Tyler|name]] seen alone at school. Probation ([[Donna Whitfield|name]]) to be told about [[Wayne|name]]'s licence.
Outcome of the visit ([[24/11|date]], 17:30, added by [[Gareth Pryce|name]]): [[Kerry|name]] agreed the children stay with
[[Lorraine|name]]
in [[Tilstock|place]] under a safety plan. [[Dean|name]] left for his mum's in [[Ellesmere|place]]. [[Wayne|name]] not present; a
neighbour,
Mr [[Dennis Huxley|name]] at [[no. 19|address]], said [[Wayne|name]] "went off in [[Dean|name]]'s van" at 4pm.
"""),
    ("Year 3 child's worksheet: my week", """All about my week - [[tyler|name]] B  (Mrs [[Haycock|name]]'s class, typed up as written)

on monday i had no brekfast. [[lacey|name]] cryd. mum was asleep and uncle [[wayne|name]] was asleep on the sofa.
on tuesday nanny [[lorraine|name]] took me to [[tilstock|place]] in her car and we had beans on toast and i saw her cat.
on wensday i played with [[Frankie|name]] and [[Harvey P|name]] at play. we were dinosors.
on thursday dad shoutid at mum. i hid in my room with [[lacey|name]].
on friday we went to the park by the river and i fell off the slide.
i want to live at nannys in [[tilstok|place]]. the end.
(teacher's note: [[Frankie|name]] = [[Frankie Dutton|name]]; [[Harvey P|name]] = [[Harvey Pugh|name]]. "uncle [[wayne|name]]" =
[[Wayne Hassall|name]],
dad's brother. Logged by Mrs [[Anna Haycock|name]], [[27/11/2026|date]].)
"""),
]

DOCS_B += [
    ("MARAC referral form", """MARAC REFERRAL - North Shropshire
Date of referral: [[16/11/2026|date]]   Referrer: DS [[Ellie Booth|name]], West Mercia Police ([[ellie.booth@westmercia.police.uk|email]])
Victim: [[Carys Hughes|name]]   DOB [[22.01.1988|dob]]   Address: [[8 Heath Road|address]], [[Prees Higher Heath|place]]
[[SY13 2HB|postcode]]
Safe contact: [[07968 204 517|phone]] (text first). Language: English and Welsh.
Perpetrator: [[Lee Roden|name]]   DOB [[30.07.1985|dob]]   Current: c/o [[Pat Roden|name]], [[22 Rowan Close|address]],
[[Wem|place]] [[SY4 5QB|postcode]]
Children: [[Ffion|name]] (13, [[Prees CE Primary|school]] last year, now at [[Thomas Adams|school]]), [[Osian|name]] (9,
[[Prees CE Primary|school]])
NHS: [[Ffion|name]] [[1429989807|nhs]]; [[Osian|name]] [[4126359265|nhs]]
Reason: DASH 17 ticks; non-fatal strangulation on [[14/11/2026|date]]; earlier incident at [[Gwenda Hughes|name]]'s in
[[Oswestry|place]] on
[[26/12/2025|date]]; threats by Snapchat to [[Ffion|name]]. [[Lee|name]] has a shotgun certificate (clay club, [[Hodnet|place]]).
IDVA: [[Bethan Price|name]] (Shropshire Domestic Abuse Service) - allocated [[17 Nov|date]].
Other agencies: GP Dr [[Rhodri Evans|name]] (Prees Medical Practice); school nurse [[Kath Bould|name]]; Nain [[Gwenda Hughes|name]]
([[01691 652 307|phone]]) supportive. [[Carys|name]]'s employer: the farm shop at [[Tern Hill|place]], manager [[Joanne Woolley|name]].
Referral seen by MARAC coordinator [[Helen Beddow|name]] on [[18/11/2026|date]]; listed for [[26 November 2026|date]].
"""),
    ("IDVA's phone call notes", """IDVA call log - [[B. Price|name]] - client CH
[[18/11/26|date]] 11:05  spoke to [[Carys|name]]. [[lee|name]] has been driving past in the astra ([[WR66 TZN|vehicle]]) twice, once with
his mate [[craig|name]]. she has the 999 app. [[ffion|name]] is staying at [[Tilly-Rose Jones|name]]'s in [[whixall|place]] fri night.
[[20/11/26|date]] 14:30  [[Carys|name]] says nain [[gwenda|name]] arrived from [[oswestry|place]], staying til [[1st dec|date]].
locks changed by
the sanctuary scheme, fitter was [[Gavin|name]]. [[Osian|name]] asking for dad.
[[25/11/26|date]] 09:50  court date for [[lee|name]] [[10 Dec|date]] at Telford magistrates. [[carys|name]] may want a non-mol; gave
number for solicitor [[Alun Rees|name]].
[[1/12/26|date]] 16:10  [[ffion|name]] answered mums phone. said [[osian|name]] had a nightmare about dad. [[carys|name]] at work til 5.
told [[ffion|name]] she can ring childline or [[Kath|name]] the school nurse. she said "[[tilly|name]]s mum [[nic|name]] is nice to me".
[[3/12/26|date]] 10:00  home visit w/ SW [[Dafydd Lloyd|name]]. [[carys|name]] wants [[lee|name]] to see the kids at
[[Pat Roden|name]]'s in [[wem|place]],
supervised. [[Dafydd|name]] to assess. next call [[8/12|date]].
"""),
]

DOCS_C += [
    ("GP's letter to children's services", """Whitchurch Health Centre
[[1 December 2026|date]]
Dear colleague,
Re: [[Nicola Jebb|name]] DOB [[01/12/1982|dob]] NHS [[443 471 0109|nhs]]; son [[Callum Jebb|name]] NHS [[0681474548|nhs]].
Address [[Mossbank Cottage|address]], [[Platt Lane|address]], [[Whixall|place]], [[SY13 2NX|postcode]].
I saw Mrs [[Jebb|name]] today with her son [[Callum|name]]. She had stopped her quetiapine three weeks ago. She has agreed to
restart it and
her CPN, [[Owen Latimer|name]], will visit on [[3rd December|date]]. I am concerned [[Callum|name]] (12) is managing her medication
and his sister [[Evie Jebb|name]] (NHS [[3489230973|nhs]]). Mrs [[Jebb|name]]'s sister, [[Leanne Furber|name]], lives in
[[Ellesmere|place]] and could help; her number is [[07731 204 885|phone]].
Yours sincerely, Dr [[Ciaran Halloran|name]]
cc: [[Owen Latimer|name]], CPN; [[Rhian Evason|name]], Shropshire Young Carers; Mrs [[S. Dodd|name]], [[The Thomas Adams School|school]],
[[Wem|place]]; health visitor for [[Evie|name]] - [[Jenny Tudor|name]] (to pass to the school nurse at [[Whixall CE Primary|school]]).
"""),
    ("young carer's own letter", """to whoever reads this (from [[callum|name]], for the meeting on [[the 9th|date]])

i dont want anyone to take me or [[evie|name]] away from mum. mum is ok most of the time. when shes not ok i know what to do
because [[Rhian|name]] showed me. i ring auntie [[leanne|name]] in [[ellesmere|place]] or mr and mrs [[aston|name]] over the road.
what would help: the bus coming on time, a break on saturdays so i can play for [[Prees|place]] again (my coach is [[Dave Hulme|name]]),
and someone to help mum with the shopping in [[wem|place]] or [[whitchurch|place]]. dad could have us more but [[jade|name]] doesnt like
[[evie|name]]. my mate [[kai|name]] says i can go to his in [[fenns bank|place]] whenever.
from [[Callum Jebb|name]] age 12
"""),
]

DOCS_D += [
    ("school attendance officer's phone notes", """[[PRS|school]] attendance - phone log - [[EPIEYU URIANA, Kamila|name]] 10K
[[24/11|date]] 08:55 rang mum [[07552 918 374|phone]] - no ans. Left msg in Spanish (Sra [[Ortega|name]], MFL, helped).
[[25/11|date]] 09:10 mum rang back. [[Kamila|name]] "sick". Brother [[Jeiner|name]] at [[Monks Risborough CE Primary|school]] is in.
[[26/11|date]] 10:40 [[Kamila|name]] arrived, no bag. Said she stayed at [[Dayana|name]]'s in [[Wycombe|place]]. Told
[[Gemma Salt|name]] (DSL).
[[30/11|date]] 08:50 mum in reception w/ friend [[Luz Dary|name]] who translated. Dad in Colombia - mum said "[[Jairo|name]] says
send her to [[Maicao|place]] to her tía [[Yolima|name]]". Mum has an email now: [[yanelis.uriana@gmail.com|email]].
[[1/12|date]] 12:15 [[Kamila|name]] in. Lunch with [[Reece P|name]] and [[Amira|name]]. Photo on her phone of a black car.
[[2/12|date]] informed SW [[H Lacey|name]]. UPN [[Z825903801813|upn]].
[[3/12|date]] 08:40 [[Jeiner|name]]'s school (head Mrs [[Kibble|name]]) rang: [[Jeiner|name]] said his sister "went in
[[Brayan|name]]'s car
to [[Aylesbury|place]]" last night. Passed to [[Gemma Salt|name]] and to [[Hannah Lacey|name]]
([[hannah.lacey@buckinghamshire.gov.uk|email]]).
"""),
    ("child's own words recorded for her plan", """What [[Kamila|name]] wants people to know (written by [[Kamila|name]] in
English, [[3 December 2026|date]])

My name is [[Kamila|name]]. In my family I am also [[Kamiiya|name]]. We are Wayuu, my clan is Uriana from my mother. In [[Maicao|place]]
I lived with my abuela [[Rosalba|name]] and we made mochilas. Here in [[Risborough|place]] it is cold and I have no friends
except [[Dayana|name]] and [[Reece|name]]. [[Dayana|name]] is 19. She says I can earn money. I know it is not ok.
I want my mum to be happy. She cries since papá went to [[Riohacha|place]]. I look after [[Jeiner|name]] a lot.
Teachers I like: Miss [[Salt|name]] and Mr [[Whelan|name]] (art). Please dont tell [[Dayana|name]] I wrote this.
What would help: a bigger flat, Spanish lessons for mum at the library with [[Gloria|name]], and to go to [[Aylesbury|place]] on Sundays
to [[Luz Dary|name]]'s church with mum and [[Jeiner|name]]. I want to talk to [[Hannah|name]] not the police. [[Kamila E. U.|name]]
"""),
]

DOCS_E += [
    ("mother's texts to the missing service typed up", """Texts from [[Tracey Parslow|name]] to [[Tom Ashworth|name]] (missing
service), copied [[2/12/26|date]]

[[27/11|date]] 21:30  hi [[tom|name]] its [[tracey|name]] [[reeces|name]] mum. hes gone again, took his bike. [[mark|name]] says he saw
him at [[saunderton|place]] station
[[27/11|date]] 21:32  hes not answering, his number is [[07458 310 627|phone]] now apparently, not the old one
[[28/11|date]] 07:15  police came. PC [[kemble|name]]. nothing yet
[[28/11|date]] 16:02  [[ollie|name]]s mum [[sandra|name]] says [[reece|name]] was in [[castlefield|place]] with [[tank|name]] at 2
[[29/11|date]] 10:40  found!!! hes at [[booker|place]]. thank god. [[mark|name]] is going in the car
[[29/11|date]] 10:41  sorry for all the texts
[[30/11|date]] 19:20  his nan [[jean|name]] says he can stay at hers in [[askett|place]] for a bit. i think thats best
[[1/12|date]] 08:05  [[tom|name]] can u see him at the library not at ours, [[mark|name]] and him cant be in the same room
[[1/12|date]] 08:06  and his school said [[Gemma|name]] from safeguarding will ring me. is that the same [[gemma|name]] as
[[Kamilas|name]] worker
[[2/12|date]] 18:55  [[reece|name]] is at [[jeans|name]] in [[askett|place]] now. [[shaun|name]] his dad rang from
[[chinnor|place]] first time in ages
"""),
    ("stepfather's email to the social worker", """From: [[Mark Ginger|name]] <[[markginger75@btinternet.com|email]]>
Sent: [[3 December 2026|date]] 22:47
To: [[priya.bhatt@buckinghamshire.gov.uk|email]]
Subject: [[Reece|name]]

[[Priya|name]],
I did not kick him out. I told him if he brings weed into the house again he can go to his nan's. That's not the same. [[Tracey|name]]
backs him up every time. He's been nicking from my wallet and my van keys went missing on the [[20th|date]]. I found them at the
bus stop on [[Mill Ln|address]]. The lads he hangs round with are from [[Wycombe|place]], not from here, I've seen the silver Golf.
I'm at work in [[Thame|place]] till 6 most days. My number is [[07830 442 196|phone]].
[[Mark|name]]
P.S. [[Reece|name]]'s mate [[Ollie|name]]'s dad ([[Steve Stanbridge|name]], [[Longwick|place]]) will tell you the same about the Golf.
"""),
]

DOCS_F += [
    ("short breaks panel minutes", """Short Breaks Panel - [[10 December 2026|date]] - item 4
Child: [[P. Tapping|name]] ([[12.12.2018|dob]]), [[Longwick|place]]. Presented by SW [[Lewis Adey|name]]. Panel chair
[[Dawn Rickett|name]].
[[Lewis|name]] read out [[Gemma|name]]'s voice note of [[5/12|date]] (with her consent). Community nurse [[Lisa Frith|name]]: two
admissions
to Stoke Mandeville since [[1 September|date]]; the feed pump replaced on [[7 Dec|date]]. School ([[Stony Dean|school]]) report from
Mrs [[Baptiste|name]]: [[Poppy|name]] happy, uses eye-gaze for 20 words.
Dad [[Rob|name]] attended by phone from [[Aylesbury|place]]. Nanny [[Pam|name]] can't help until February.
Decision: 2 overnights a month at the short breaks unit in [[Wendover|place]]; sitting service 6 hrs a week (carer [[Anita Osei|name]]);
carer's assessment for [[Gemma|name]]. Review June 2027.
Present: [[Dawn Rickett|name]] (chair), [[Lewis Adey|name]], [[Lisa Frith|name]], [[Kirsty Ball|name]] (OT), [[Mo Rahman|name]] (finance),
[[Carole Dunn|name]] (short breaks unit manager, [[Wendover|place]]). Minutes by [[Bex Tilley|name]], [[10/12/2026|date]].
"""),
    ("occupational therapist's home visit", """OT HOME VISIT - [[Kirsty Ball|name]], Children's OT - [[8/12/2026|date]]
[[Poppy Tapping|name]], [[Orchard View|address]], [[6 Thame Road|address]], [[Longwick|place]] [[HP27 9SW|postcode]]
Seen with mum [[Gemma|name]] and grandmother [[Pam Cleaver|name]] (from [[Haddenham|place]], first visit since her op).
Bungalow, 3 bed. [[Poppy|name]] sleeps in the front room; hoisting by hand, [[Gemma|name]] has back pain. Step at back door.
Recommend: ceiling track hoist, a profiling bed, a ramp. DFG application to the council (grants officer [[Neil Pocock|name]]).
The bus stop on the main road is not accessible - [[Gemma|name]] drives (Berlingo, [[KN70 FHB|vehicle]]).
Sister-in-law [[Claire Tapping|name]] in [[Bledlow|place]] can help on weekends.
Next visit [[15 Dec|date]].
Copy: [[Lewis Adey|name]] SW; Dr [[Okonkwo|name]]; [[Gemma Tapping|name]] ([[gemtapping89@outlook.com|email]]).
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 209 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 21:01 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "rev", "sw", "hv", "tm",
           "nurse", "our", "me", "nan", "nanny", "nain", "taid", "gran", "granny", "grandma", "mum", "mummy", "dad", "daddy",
           "aunty", "auntie", "uncle", "tutu", "tía", "tia", "tío", "abuela", "abuelo", "mami", "papá", "sra", "sr", "señora"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "britain", "united kingdom", "uk", "shropshire", "north shropshire", "buckinghamshire",
               "bucks", "colombia", "la guajira", "guajira", "venezuela", "america", "south america"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("Nain Gwenda", "Tutu Rosalba", "tía Yolima") and counties,
# regions and countries ("Shropshire", "Buckinghamshire", "La Guajira", "Colombia").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
