"""Set 185: a held-out hand-written set for the redaction detector, six more invented families in north Norfolk, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set182.py to bench/redaction_set184.py and their tests (written by other helpers at the same time), that did not
run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What was
read: the first 140 lines and the last 60 lines of bench/redaction_set181.py (its docstring, first record and first document,
its last documents and its _TITLES, _AFTER, _NOT_PLACES and HandSet lines) and all of tests/test_redaction_set181.py; the first
25 lines of bench/redaction_set21.py (the start of its docstring; set 21's documents and its test were not read, its conventions
were taken through set 181's docstring); the docstrings of bench/redaction_set7.py to bench/redaction_set181.py searched by a
script (ast.get_docstring) for the towns, districts and communities this set uses, printing only the set numbers that matched;
a grep of bench/redaction_handwritten.py for the `_party`, `Records` and `HandSet` definition lines. Ruff was run with the
project's settings (no part of pyproject.toml was read). A first choice of community (Latgalian) was found in the docstrings of
sets 20 and 157 and replaced; "Roughton" matched sets 16, 18 and 101, so no family lives there (a nursery's road by that name is
only an address). Phone numbers were checked with the phonenumbers library and NHS numbers and UPNs made and checked with
python-stdnum in small snippets. Beyond this brief: the first pytest run failed with a traceback ending in hearth/settings.py
(a secret key is required), so the tests were run with HEARTH_DEBUG=1; nothing else was seen. The record constructors (d.Party
through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records. Nobody may tune the
detector on this set: it is to be scored once. If a mistake in the gold marking is found after scoring, correct only the
marking and say so here.

Six families in Cromer, Sheringham and Fakenham and the villages around them, each from a district or village the earlier
docstrings did not show as a family's home: a young white British mother and her partner in Suffield Park, Cromer, with a nan
in North Walsham (Youngs / Bane; neglect, a baby's faltering growth, a locked fridge, a child protection plan); a Samogitian
family (from Žemaitija, western Lithuania, who speak Samogitian at home) in Hempton, Fakenham (Rimkus / Rimkienė / Rimkutė;
domestic abuse with strangulation, a girl of 14 who rang 999, a message to a grandmother in Telšiai); a white British boy of
15 in Beeston Regis, Sheringham (Pegg / Sayer; missing to Norwich, county lines, debt bondage, an NRM referral); a young carer
of 13 in West Runton (Wegg; a mother with bipolar disorder and an overdose, an autistic brother); a baby in a caravan at East
Runton (Cutting / Reeve; a father's heroin and crack use, a mother's depression, a readmission and discharge to a
grandmother in Sheringham); and a disabled boy of 7 in Sculthorpe near Fakenham (Lake; cerebral palsy and epilepsy, short
breaks, an OT's hoist, a sister of 11 who helps lift him). The community, Samogitian, did not appear in any earlier docstring
searched ("Samogit", "Žemait" and "Zemait" found nothing; "Lithuan" matched set 9 only). 24 documents, each with its own style
label: a health visitor's home visit record, a nan's WhatsApp messages typed up, child protection conference minutes, a
child's diary page scanned by OCR (with its misreadings), a police domestic abuse notification, a mother's message in
Samogitian with a translation, an interpreter-led home visit note, a MARAC minutes extract, a police missing person report,
Snapchat messages typed up by the school, a return home interview, an NRM referral form, a young carers' assessment, a child's
own poem, a GP's letter to the school, a social worker's phone notes in lower case, a drug and alcohol service email (with a
reply), discharge planning meeting minutes, a police call log, a mother's letter, a short breaks application form, an OT's
email, annual EHCP review minutes and a sibling's note to her teacher.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration, and
Woodhill Park's plot numbers. Phones are valid (phonenumbers), UK and foreign (Lithuania, +370, a mobile and a Telšiai
landline); NHS numbers and UPNs (LA 926) pass their check digits; the NI numbers use allowed prefixes. The Samogitian message
is the writer's own approximation of written Samogitian mixed with Lithuanian (no native speaker checked it), and its
inflected name forms ("Vaidos", "Dariaus", "Telšius", "Lukelis") are marked as the names and place they are. Streets are
invented or used with invented house numbers; towns, villages and districts are real and marked as places. Organisations are
real or invented and unmarked.

Markup and conventions: exactly those of bench/redaction_set21.py as set 181 describes them. Titles and kinship words stay
outside a name (Mr, Mrs, Miss, Dr, PC, PCSO, DC, DS, DI, SW, HV, Nan, nanny, aunty, stepdad, and "Mamuk" (Samogitian "mum"),
which is a kinship word and not a name); "SURNAME, First" and "SURNAME First" are one span ("PEGG, Callum", "CUTTING Jamie",
"Rasa RIMKIENĖ"); initials alone ("R.R.", "Mrs H", "Ella L") are not marked but an initial with a surname ("R. Dunthorne") is a
name; usernames ("cal_p11", "ollie.brettt") are not marked; a neighbour's bare house number ("no. 11", "no. 4") and a caravan
plot ("Plot 15") are addresses; a Lithuanian street address ("Respublikos g. 9-14") and postcode ("LT-87101") are marked;
organisations holding a town's name stay unmarked ("Cromer Group Practice", "Cromer Hospital", "Cromer and Coast Health
Visiting Team", "North Norfolk District Council", "Carers Matter Norfolk", "Fakenham Medical Practice", "Jenny Lind Children's
Hospital", "Victory Homes", "Change Grow Live" only inside an email address), and so do counties, regions and countries
("Norfolk", "Lithuania", "Žemaitija"); an OCR misreading keeps its kind ("2O.11.2O26" a date, "Cr0mer", "Suffleld Park" and
"North Walsharn" places, "Tyier Youngs" a name); a weekday before a date stays outside the date ("Saturday [14 Novernber]").

Choices this set had to make: a hospital or unit named by its district ("at Hellesdon in Norwich") marks the district as a
place, as a railway station named by its town marks the town; "Sidestrand Hall School" is a school and its village is not
marked separately; "the A148", "the NNUH", "Boots" and "the Tesco car park" are unmarked; a bare weekday ("on Monday", "on
Friday nights", "on Sundays") is not a date; a bare month and year ("September 2027") is not a date; a nickname ("Kez",
"Wozza", "Skinz", "Tiny", "Gabė", "Lukelis") is a name; "Rico" as an alias of a named man is a name.

Self-check without the detector: `python -m bench.redaction_set185` (and tests/test_redaction_set185.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 925 gold spans, 537 of them names (address 31, postcode 9, place 128, school 16, phone 40, email 8, dob 15,
date 120, nhs 7, upn 7, ni 2, vehicle 5)."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Youngs / Bane family (white British), Suffield Park, Cromer, nan in North Walsham ---------------------------------

HOME_A = d.Address("9 Suffield Close", "Suffield Park", "Cromer", "NR27 0AL")
NAN_A = d.Address("41 Bacton Road", "", "North Walsham", "NR28 9DS")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Youngs")], dt.date(2018, 3, 14), addresses=[HOME_A], ids=["1224977629", "R926213026001"],
       schools=["Cromer Junior School"]),
    _p("s", "sibling", [("Maisie", "Youngs-Bane")], dt.date(2022, 11, 5), addresses=[HOME_A], ids=["4894728656"]),
    _p("m", "mother", [("Kerry", "Youngs")], dt.date(1998, 7, 19), addresses=[HOME_A], phones=["07719 204 386"]),
    _p("f", "father", [("Dean", "Bane")], dt.date(1993, 2, 2), addresses=[HOME_A], phones=["07502 318 447"]),
    _p("g", "grandparent", [("Linda", "Youngs")], dt.date(1969, 10, 27), addresses=[NAN_A], phones=["01692 403 518"]),
], "c")

DOCS_A = [
    ("health visitor's home visit record", """HEALTH VISITING - HOME VISIT RECORD (Cromer and Coast Health Visiting Team)
Child: [[Maisie Youngs-Bane|name]]  DOB [[05/11/2022|dob]]  NHS No. [[489 472 8656|nhs]]
Sibling: [[Tyler Youngs|name]]  DOB [[14/03/2018|dob]]  NHS [[1224977629|nhs]]
Address: [[9 Suffield Close|address]], [[Suffield Park|place]], [[Cromer|place]] [[NR27 0AL|postcode]]
Mother: [[Kerry Youngs|name]] [[07719 204 386|phone]]   Partner: [[Dean Bane|name]] [[07502 318 447|phone]]

Visit [[3 November 2026|date]], 10:30, HV [[Rachel Dunthorne|name]] with student [[Aimee Lubbock|name]].
Door opened by [[Dean|name]]. Strong smell of dog urine, two staffies in the kitchen. [[Maisie|name]] in a nappy only, heating
off, nappy heavy and not changed since "last night". [[Kerry|name]] asleep upstairs; [[Dean|name]] said she "had a bad night".
[[Maisie|name]]'s weight has dropped from the 50th to the 9th centile since her check on [[12 June|date]]. No food in the fridge
apart from milk and a jar of sauce. [[Dean|name]] said his mum in [[Mundesley|place]] ([[Carol Bane|name]]) brings shopping on a
Friday. [[Kerry|name]] came down at 11:05, said [[Tyler|name]] had gone to school with the lad next door ([[Jordan Pardon|name]],
[[no. 11|address]]). Advised on weaning, food bank at the church on [[Louden Road|address]], and the children's centre.
Discussed with safeguarding lead [[Gill Spurgeon|name]] on [[4/11|date]]: referral to the front door made the same day.
Next visit: [[10th November|date]]. [[R. Dunthorne|name]] HV, [[07857 630 219|phone]].
Addendum [[5/11/26|date]]: rang [[Kerry|name]] to book the next visit; [[Dean|name]] answered and said "[[Kez|name]]'s at her
mum's". Nan [[Linda Youngs|name]] confirmed on [[01692 403 518|phone]] that [[Kerry|name]] and [[Maisie|name]] were with her in [[North
Walsham|place]] overnight. Student [[Aimee|name]] to shadow [[Rachel|name]] again on the [[10th|date]]. Nursery at
[[Roughton Road|address]] (manager [[Tracy Gee|name]]) have a place for [[Maisie|name]] from [[1 December|date]].
Seen in passing: [[Dean|name]]'s friend "[[Wozza|name]]" ([[Warren Risebrook|name]]) asleep on the sofa; [[Kerry|name]] said he
stays "now and then" and is from [[Felbrigg|place]]. Check with DC [[Sam Cooper|name]].
"""),
    ("nan's WhatsApp messages typed up", """WhatsApp from [[Linda Youngs|name]] (maternal nan) to SW [[Becca Hewitt|name]],
copied [[18/11/26|date]]

[[14/11/2026|date]], 19:02 - [[linda|name]]: hello its [[kerrys|name]] mum. [[tyler|name]] rang me from [[deans|name]] phone crying
[[14/11/2026|date]], 19:03 - [[linda|name]]: he says theres no tea again and [[maisie|name]] been in her cot all day
[[14/11/2026|date]], 19:40 - [[Becca Hewitt|name]]: Thank you [[Linda|name]]. Are you able to go round? I'm asking the duty team now.
[[14/11/2026|date]], 19:44 - [[linda|name]]: i dont drive, im in [[north walsham|place]]. my neighbour [[steve|name]] might take me
[[14/11/2026|date]], 20:31 - [[linda|name]]: at [[suffield close|address]] now. police there an all, pc [[cooper|name]].
[[dean|name]] kicked off
[[15/11/2026|date]], 08:15 - [[linda|name]]: kids slept at [[kerrys|name]] mate [[shannon|name]]s in [[overstrand|place]]. shes
good with them
[[15/11/2026|date]], 08:16 - [[linda|name]]: [[shannon emery|name]], [[07468 201 935|phone]], shes a TA at the infants
[[16/11/2026|date]], 12:50 - [[linda|name]]: [[kerry|name]] says [[dean|name]] is back at his mums in [[mundesley|place]]. i dont
believe her
[[16/11/2026|date]], 12:52 - [[Becca Hewitt|name]]: Thanks [[Linda|name]]. I've spoken to [[Kerry|name]] and to [[Shannon|name]].
[[16/11/2026|date]], 13:05 - [[linda|name]]: ok. [[tyler|name]] wants his xbox from [[cromer|place]], [[jordan|name]]s mum
[[jill|name]] has it
[[17/11/2026|date]], 07:30 - [[linda|name]]: [[dean|name]] sent me this pic? no sorry wrong chat. ignore
[[17/11/2026|date]], 07:31 - [[linda|name]]: hes texting from a new number [[07956 310 882|phone]]
[[17/11/2026|date]], 07:40 - [[Becca Hewitt|name]]: Thanks [[Linda|name]], please screenshot them for me and for PC [[Cooper|name]].
"""),
]

DOCS_A += [
    ("child protection conference minutes", """Initial Child Protection Conference - [[25 November 2026|date]], County Hall (Teams)
Children: [[YOUNGS, Tyler|name]] ([[14.03.2018|dob]]), [[YOUNGS-BANE, Maisie|name]] ([[05.11.2022|dob]])
Chair: [[Martin Oxborough|name]]. Minutes: [[Lisa Kett|name]].
Present: [[Kerry Youngs|name]] (mother), [[Linda Youngs|name]] (nan), [[Becca Hewitt|name]] (SW), [[Rachel Dunthorne|name]] (HV),
Mrs [[Alison Ward|name]] (DSL, [[Cromer Junior School|school]]), DC [[Sam Cooper|name]].
Apologies: [[Dean Bane|name]] (father) - not attended, rang [[Lisa|name]] at 09:55 to say "car won't start" (his car,
[[AY19 KXP|vehicle]], was seen in [[Cromer|place]] at 10:20 by DC [[Cooper|name]]).
Mrs [[Ward|name]]: [[Tyler|name]]'s UPN [[R926213026001|upn]]; attendance 83%; comes in hungry; told his teacher Miss
[[Sadie Larner|name]] on [[20th Nov|date]] that "[[Dean|name]] locks the fridge".
[[Rachel|name]]: [[Maisie|name]] faltering growth; seen by Dr [[Okafor|name]] at Cromer Group Practice on [[19/11|date]].
[[Kerry|name]] said she has been low since her friend [[Shannon|name]] moved to [[Holt|place]], and that [[Dean|name]] takes her money.
Decision: both children subject to a child protection plan, category neglect. Core group [[9 December 2026|date]] at
[[9 Suffield Close|address]]. Review conference [[24 February 2027|date]].
Other family: [[Dean|name]]'s mother [[Carol Bane|name]] ([[Mundesley|place]]) offered Fridays; [[Kerry|name]]'s
sister [[Stacey Youngs|name]] lives in [[Norwich|place]] ([[Mile Cross|place]]) and is not in touch. [[Tyler|name]]'s friend's
mother Mrs [[Jill Pardon|name]] ([[no. 11|address]] [[Suffield Close|address]]) is a support. Plan owner: [[Becca Hewitt|name]]
([[becca.hewitt@norfolk.gov.uk|email]]). Minutes sent [[26/11|date]] by [[L. Kett|name]].
Dissent: none. [[Linda|name]] asked that [[Tyler|name]] and [[Maisie|name]] stay with her on Friday nights.
"""),
    ("child's diary page scanned by OCR", """[scan of [[Tyler|name]]'s school diary, OCR text, misreadings left in]
My name is [[Tyier Youngs|name]] I am 8. I live at [[Suffleld Park|place]] in [[Cr0mer|place]].
On Saturday [[14 Novernber|date]] me and [[Maise|name]] had crisps for tea. [[Dean|name]] said no more cos mum spent it.
I rang nanny [[Linda|name]] on [[Deans|name]] phone. Nanny come with [[Steve|name]] in his van.
My best frend is [[Jordan|name]] and [[Kai Bishop|name]]. Miss [[Larner|name]] is nice she gives me toast.
I want to live at nannys in [[North Walsharn|place]] or with [[Shannon|name]] at [[0verstrand|place]] by the beech.
When I am big I want to be a lifeboat man like [[Kais|name]] dad.
[[2O.11.2O26|date]]  Seen by: [[S. Larner|name]]
[[21.11.2O26|date]] Today [[Becca|name]] came to school. I told her about the fridge. [[Jordan|name]]s mum
[[Jill|name]] gave me a sandwich. [[Maisie|name]] is at nannys. I miss her. Mr [[Barnard|name]] let me do the register.
"""),
]


# --- B. Rimkus family (Samogitian, from Telšiai, Lithuania), Hempton, Fakenham --------------------------------------------

HOME_B = d.Address("12 Hempton Green Close", "Hempton", "Fakenham", "NR21 7LG")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Gabija", "Rimkutė")], dt.date(2012, 5, 8), addresses=[HOME_B], ids=["9212280676", "M926214121045"],
       schools=["Fakenham Academy"]),
    _p("s", "sibling", [("Lukas", "Rimkus")], dt.date(2017, 9, 21), addresses=[HOME_B], ids=["5023175642", "A926331219078"],
       schools=["Fakenham Junior School"]),
    _p("m", "mother", [("Rasa", "Rimkienė")], dt.date(1990, 1, 30), addresses=[HOME_B], phones=["07395 827 116"]),
    _p("f", "father", [("Vaidas", "Rimkus")], dt.date(1987, 12, 4), addresses=[HOME_B], phones=["07923 415 608"]),
], "c")

DOCS_B = [
    ("police domestic abuse notification", """NORFOLK CONSTABULARY - DOMESTIC ABUSE NOTIFICATION TO CHILDREN'S SERVICES
Occurrence: 36/84211/26   Date/time: [[01/11/2026|date]] 23:48   Officer: PC 1472 [[Jack Gotts|name]]
Location: [[12 Hempton Green Close|address]], [[Hempton|place]], [[Fakenham|place]] [[NR21 7LG|postcode]]
Victim: [[RIMKIENĖ, Rasa|name]] DOB [[30/01/1990|dob]] tel [[07395 827 116|phone]]
Suspect: [[RIMKUS, Vaidas|name]] DOB [[04/12/1987|dob]] tel [[07923 415 608|phone]] NI [[JT 48 27 91 C|ni]]
Children present: [[Gabija Rimkutė|name]] (14), [[Lukas Rimkus|name]] (9)
Summary: 999 call made by [[Gabija|name]] in English. On arrival [[Rasa|name]] had redness to the neck; she said [[Vaidas|name]] held
her against the fridge after drinking at his friend [[Darius Jonušas|name]]'s in [[Sculthorpe|place]]. [[Lukas|name]] was hiding in
the bathroom. Interpreting by phone (Lithuanian), interpreter [[Ona Petraitis|name]]; [[Rasa|name]] said she speaks "žemaitiškai"
at home and Lithuanian is fine. DASH: 15 ticks, HIGH. Strangulation disclosed. [[Vaidas|name]] arrested, taken to
[[Aylsham|place]] PIC; vehicle [[KX68 WFE|vehicle]] left on the drive. Neighbour Mrs [[Rolfe|name]] ([[no. 14|address]]) heard
screaming "for an hour". Previous: [[17 August 2026|date]] verbal argument at the Tesco car park, no offences.
Referred to MARAC, IDVA [[Kate Sands|name]]. Bail: not to attend [[Hempton Green Close|address]]; to live at [[14 Oak St|address]],
[[Fakenham|place]] with [[Darius|name]].
Further: [[Gabija|name]]'s account taken by PC [[Gotts|name]] with her mother's agreement; she named her
uncle [[Tomas Rimkus|name]] in [[Wisbech|place]] ([[07502 881 263|phone]]) as someone who could help. [[Vaidas|name]]'s employer:
the poultry plant at [[Great Ryburgh|place]], line manager [[Arūnas Petrauskas|name]]. Notification sent [[02/11/2026|date]]
08:10 to the MASH by PC [[J. Gotts|name]].
Body-worn video: PC [[Gotts|name]] and PC [[Milly Sago|name]]. [[Rasa|name]]'s friend [[Wiktoria Nowak|name]] came from
[[Pudding Norton|place]] at 00:40 and sat with the children.
"""),
    ("mother's message in Samogitian with a translation", """Message [[Rasa Rimkienė|name]] sent to her mother
[[Genovaitė Šimkienė|name]] in [[Telšiai|place]]
(Facebook Messenger, [[3 November 2026|date]]), shown by [[Rasa|name]] to SW [[Hayley Bussey|name]] and translated by interpreter
[[Ona Petraitis|name]] on [[5/11/2026|date]]. Written in Samogitian (žemaitiu kalba) mixed with Lithuanian.

Mamuk, [[Vaidos|name]] vėl gierė. Jis mon spaudė kakla, [[Gabija|name]] pašaukė policėjė. [[Lukelis|name]] verkė vėsa nakti.
Nežėno kon darītė. [[Dariaus|name]] žmuona [[Jurgita|name]] sak, ka mon rēk važiuotė i [[Telšius|place]]. Paskamb mon
[[+370 612 48 305|phone]]
ar tetē [[Algis|name]].

Translation: Mum, [[Vaidas|name]] drank again. He squeezed my neck, [[Gabija|name]] called the police. [[Lukas|name]] (little
[[Lukas|name]]) cried all night. I don't know what to do. [[Darius|name]]'s wife [[Jurgita|name]] says I must go to [[Telšiai|place]].
Ring me on [[+370 612 48 305|phone]] or [[Algis|name]] (my father) will.
Interpreter's note: "Mamuk" is an affectionate "mum", not a name; the number is the grandmother's own mobile, and her landline
in [[Telšiai|place]] is [[+370 444 51 272|phone]] ([[Respublikos g. 9-14|address]], [[LT-87101|postcode]]).
Reply from [[Genovaitė|name]] ([[4/11|date]]), translated: "Child, come home. [[Algis|name]] will pay for the tickets.
Bring [[Gabija|name]] and [[Lukas|name]]. Aunt [[Stasė|name]] has a room in [[Plungė|place]]." [[Rasa|name]] told [[Hayley|name]] she will
not go before [[Gabija|name]]'s exams.
"""),
]

DOCS_B += [
    ("interpreter-led home visit note", """Home visit [[9 November 2026|date]] 16:00 - [[Hempton|place]]. SW
[[Hayley Bussey|name]], interpreter [[Ona Petraitis|name]].
Present: [[Rasa|name]], [[Gabija|name]], [[Lukas|name]]. [[Gabija|name]] asked to stop interpreting for mum; [[Ona|name]] did it.
[[Rasa|name]] works nights at the chicken factory in [[Great Ryburgh|place]]; her supervisor [[Rūta Kazlauskienė|name]] has let her
move to days. [[Gabija|name]] (UPN [[M926214121045|upn]]) said she is tired at school and has missed 9 days; her form tutor at
[[Fakenham Academy|school]] is Mr [[Hewson|name]]. She said dad "is nice when he is not drinking" and that on [[1st Nov|date]] she
"thought mum was dying". She has a friend, [[Nikola|name]], whose mum [[Wiktoria|name]] lets her stay at [[Pudding Norton|place]].
[[Lukas|name]] (UPN [[A926331219078|upn]], [[Fakenham Junior|school]]) drew the family with dad outside a house in [[Telšiai|place]].
[[Rasa|name]] said [[Vaidas|name]] texts her from [[Darius|name]]'s phone [[07481 640 295|phone]]; she showed 40 messages from
[[6/11|date]] to [[8/11|date]]. Advised to keep them for DC [[Raynor|name]]. Safety plan agreed: code word with
[[Gabija|name]], the neighbour Mrs [[Rolfe|name]] to call 999.
Next: MARAC [[12 November|date]], visit [[16/11/26|date]].
[[Ona|name]]'s note: [[Rasa|name]] calls [[Lukas|name]] "[[Lukelis|name]]" and [[Gabija|name]] "[[Gabė|name]]"; her cousin
[[Jurgita Jonušienė|name]] lives in [[Kettlestone|place]] and visits on Sundays. [[Hayley Bussey|name]], [[9/11/26|date]].
Contact numbers checked: [[Rasa|name]] [[07395 827 116|phone]]; [[Jurgita|name]] [[07719 845 302|phone]].
"""),
    ("MARAC minutes extract", """MARAC (North Norfolk) - [[12/11/2026|date]] - case 7 of 14 - extract for children's social care
Victim (R.R.): [[Rasa RIMKIENĖ|name]], [[12 Hempton Green Close|address]], [[Fakenham|place]]. Perpetrator:
[[Vaidas RIMKUS|name]]. Children: [[Gabija|name]] and [[Lukas|name]].
IDVA [[Kate Sands|name]]: [[Rasa|name]] wants to stay in [[Hempton|place]]; asked for a sanctuary lock. [[Vaidas|name]] breached bail
on [[10th November|date]] (seen outside the Aldiss shop in [[Fakenham|place]] by PCSO [[Emma Lake|name]]).
Police (DS [[Neil Raynor|name]]): charge of non-fatal strangulation; remand hearing at [[Norwich|place]] on [[13 Nov|date]].
Housing (Victory Homes, [[Andy Meek|name]]): will fit the lock by [[19/11|date]].
Education: [[Gabija|name]]'s DSL Mrs [[Sue Holland|name]] to meet her weekly.
Actions: IDVA to help [[Rasa|name]] call her mother on [[+370 612 48 305|phone]]; SW [[Hayley Bussey|name]]
([[hayley.bussey@norfolkcs.gov.uk|email]]) to refer [[Lukas|name]] to play therapy with [[Nell Farrow|name]].
Also discussed: [[Darius Jonušas|name]]'s address [[14 Oak St|address]] is 400 metres from [[Fakenham Junior School|school]];
police to review bail. [[Jurgita Jonušienė|name]] has asked [[Rasa|name]] to stay with her. Next MARAC [[10 December|date]]. Minutes:
[[Pam Whitwood|name]].
Chair: DI [[Beverley Ling|name]]. Present for children's services: [[Hayley Bussey|name]] and team manager [[Ian Cubitt|name]].
"""),
]


# --- C. Pegg / Sayer family (white British), Beeston Regis, Sheringham; a boy of 15 missing, criminal exploitation ----------

HOME_C = d.Address("8 Priory Way", "Beeston Regis", "Sheringham", "NR26 8SN")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Callum", "Pegg")], dt.date(2011, 4, 2), addresses=[HOME_C], ids=["2296537081", "K926401018114"],
       phones=["07824 116 590"], schools=["Sheringham High School"]),
    _p("m", "mother", [("Nicola", "Pegg")], dt.date(1984, 8, 16), addresses=[HOME_C], phones=["07741 559 203"]),
    _p("f", "stepfather", [("Gary", "Sayer")], dt.date(1979, 6, 11), addresses=[HOME_C], phones=["01263 825 317"]),
], "c")

DOCS_C = [
    ("police missing person report", """MISSING PERSON REPORT - NORFOLK CONSTABULARY - risk: HIGH
Name: [[PEGG, Callum|name]]   DOB [[02/04/2011|dob]]   Mobile [[07824 116 590|phone]] (off since 21:10)
Home: [[8 Priory Way|address]], [[Beeston Regis|place]], [[Sheringham|place]] [[NR26 8SN|postcode]]
Reported by: mother [[Nicola Pegg|name]] ([[07741 559 203|phone]]) on [[22/11/2026|date]] at 23:55
Last seen: [[22 Nov|date]] 18:30 at [[Sheringham|place]] station getting on the [[Norwich|place]] train with an older male,
"[[Rico|name]]" (believed [[Enrico Dabell|name]], 19, of [[Bowthorpe|place]]), and a girl called [[Lacey|name]].
Description: white, 5'8", black North Face coat, grey trackies, a silver chain his stepdad [[Gary Sayer|name]] says is not his.
Previous: missing [[30 October|date]] (found in [[Great Yarmouth|place]] next day) and [[8th Nov|date]] (came home in a taxi, £80
cash). Phone found by [[Gary|name]] on [[18/11|date]] with a second SIM and messages saying "line ready". Taxi firm: [[Ian
Nobbs|name]] of [[West Runton|place]] says he was paid by a man in a white Golf, reg [[EY21 LHK|vehicle]].
Found: [[24/11/2026|date]] 07:40 by PC [[Tash Amis|name]] at a flat on [[Dereham Road|address]], [[Norwich|place]] with £340 and
wraps. Return home interview requested from the RHI service (worker [[Ellie Gaze|name]]).
Also spoken to: [[Callum|name]]'s aunt [[Donna Pegg|name]] ([[Weybourne|place]]), his friend [[Ollie Brett|name]]
([[Upper Sheringham|place]]) and [[Lacey Coe|name]]'s mother [[Kim Coe|name]] ([[Cromer|place]], [[07395 640 118|phone]]). [[Lacey|name]]
returned home [[23/11/2026|date]]. OIC: DC [[Marcus Howes|name]].
"""),
    ("Snapchat messages typed up by the school", """Screenshots handed in by [[Callum|name]]'s friend [[Ollie Brett|name]] to the
DSL, [[Sheringham High|school]],
[[25/11/26|date]]. Typed up by Mr [[Fenn|name]] (DSL). Usernames kept as on screen.

cal_p11: u still comin to the beach ting
ollie.brettt: nah bro my mum found out bout last time
cal_p11: [[rico|name]] says i owe him for the phone. 400
ollie.brettt: wtf. tell ur mum or [[gaz|name]]
cal_p11: [[gaz|name]] dont care lol. hes at the legion every nite
cal_p11: im goin [[norwich|place]] sat, [[lacey|name]] is comin, stay at her cuz [[jade|name]]s in [[lakenham|place]]
ollie.brettt: [[cal|name]] u got school mon, mr [[fenn|name]] will ring ur mum again
cal_p11: say im at urs in [[upper sheringham|place]] if she asks. [[11 dec|date]] is my court thing anyway
ollie.brettt: what court
cal_p11: for the knife. [[rico|name]] said he'll sort a brief
ollie.brettt: ring me on [[07568 904 127|phone]] when ur back
ollie.brettt: [[lacey|name]]s mum [[kim|name]] was at ur house. ur nan [[pauline|name]] 2
cal_p11: nan? no. my nan lives [[aylsham|place]]. prob aunty [[donna|name]]
[[M. Fenn|name]], [[25/11/2026|date]], passed to [[Craig Thaxter|name]] 11:40.
(Note: "[[gaz|name]]" is [[Gary Sayer|name]]; "[[cal|name]]" is [[Callum|name]]; [[kim|name]] is [[Kim Coe|name]].)
"""),
]

DOCS_C += [
    ("return home interview", """Return Home Interview - completed [[26 November 2026|date]], 15:30, at [[Beeston Regis|place]]
(youth worker [[Ellie Gaze|name]])
Young person: [[Callum Pegg|name]] (15). Mum [[Nicola|name]] in the kitchen, stepdad [[Gary|name]] out.
Where he went: train to [[Norwich|place]], then a car to a flat "near the football ground" where [[Rico|name]] and a man called
"[[Skinz|name]]" stayed. Slept on a sofa two nights. Held a bag and went to houses in [[Thorpe St Andrew|place]] and
[[Hellesdon|place]]. Did not want to say who gave him the bag.
Why: "my stepdad hates me", "I owe money", "[[Rico|name]] buys me food". He said his real dad [[Lee Pegg|name]] lives in
[[Lowestoft|place]] and has not rung since his birthday ([[2nd April|date]]).
Push / pull: arguments with [[Gary|name]]; excluded for 5 days from [[Sheringham High School|school]] ([[3/11|date]]); friendship with
[[Lacey Coe|name]] (14, [[Cromer|place]]).
Safety: he agreed to keep his phone on and ring his aunt [[Donna|name]] ([[Donna Pegg|name]], [[Weybourne|place]],
[[07956 382 014|phone]]) if stuck. Shared with SW [[Craig Thaxter|name]] and the exploitation hub on [[27/11|date]].
He named his friends [[Ollie|name]] and [[Lacey|name]], and said [[Kim Coe|name]] ("[[Lacey|name]]'s mum") is kind. He wants to
do mechanics at the college in [[Norwich|place]] with his mate [[Harvey Lown|name]]. Next RHI: [[3 December|date]]. [[E. Gaze|name]].
[[Nicola|name]] added that [[Gary|name]] and [[Callum|name]] argued on [[21 November|date]] about money; [[Gary|name]]'s brother
[[Keith Sayer|name]] in [[Holt|place]] had lent [[Callum|name]] £50.
"""),
    ("national referral mechanism referral form", """NRM REFERRAL (child) - first responder: Norfolk County Council Children's Services
Potential victim: [[Callum Pegg|name]]   Date of birth: [[2 April 2011|dob]]   Nationality: British
Address: [[8 Priory Way|address]], [[Beeston Regis|place]], [[NR26 8SN|postcode]]   UPN: [[K926401018114|upn]]
NHS number: [[2296537081|nhs]]   Person completing: [[Craig Thaxter|name]], social worker, [[01603 224 180|phone]]
Date of form: [[30/11/2026|date]]
Indicators: recruited by an older male ("[[Rico|name]]", [[Enrico Dabell|name]]) on the [[Sheringham|place]] to [[Norwich|place]]
line; debt bondage (£400 "phone"); found in possession of class A on [[24 November 2026|date]] at [[Dereham Rd|address]];
missing 3 times since [[30/10/2026|date]]; a knife offence with a hearing on [[11 December|date]] at [[Norwich|place]] Youth Court.
Others who may be exploited: [[Lacey Coe|name]] ([[Cromer|place]]), a boy known as "[[Tiny|name]]" from [[Holt|place]].
Parent informed: [[Nicola Pegg|name]] by phone on [[29/11|date]]; stepfather [[Gary Sayer|name]] not told at [[Callum|name]]'s request.
Team manager: [[Rosie Spink|name]]. Single competent authority decision requested. [[Callum|name]]'s aunt
[[Donna Pegg|name]] and his birth father [[Lee Pegg|name]] ([[Lowestoft|place]]) named as family who could help. Copy to DC
[[Marcus Howes|name]] and the YOT worker [[Sian Puxley|name]] on [[30 November|date]].
Signed: [[C. Thaxter|name]] [[30/11/2026|date]]. Checked by [[Rosie Spink|name]] [[1/12/2026|date]].
"""),
]


# --- D. Wegg family (white British), West Runton; a young carer of 13 --------------------------------------------------------

HOME_D = d.Address("2 Water Lane", "West Runton", "Cromer", "NR27 9QP")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Holly", "Wegg")], dt.date(2013, 2, 24), addresses=[HOME_D], ids=["6474014040", "E926212024033"],
       schools=["Cromer Academy"]),
    _p("s", "sibling", [("Alfie", "Wegg")], dt.date(2016, 10, 9), addresses=[HOME_D], ids=["4224313936"]),
    _p("m", "mother", [("Sarah", "Wegg")], dt.date(1985, 5, 3), addresses=[HOME_D], phones=["07700 154 882"]),
], "c")

DOCS_D = [
    ("young carers' assessment", """YOUNG CARERS NEEDS ASSESSMENT - Carers Matter Norfolk (young carers)
Young carer: [[Holly Wegg|name]]  DOB [[24/02/2013|dob]]  School: [[Cromer Academy|school]] (Year 9)  UPN [[E926212024033|upn]]
Lives with: mum [[Sarah Wegg|name]] ([[07700 154 882|phone]]) and brother [[Alfie Wegg|name]] (10, autistic, DOB [[09/10/2016|dob]])
Address: [[2 Water Lane|address]], [[West Runton|place]], [[NR27 9QP|postcode]]
Assessor: [[Priya Chaudhury|name]]. Date: [[16 November 2026|date]].
Who she cares for: mum has bipolar disorder, in hospital at [[Hellesdon|place]] in [[Norwich|place]] from [[2 Sept|date]] to
[[20 Oct|date]];
[[Holly|name]] gets [[Alfie|name]] up, dressed and on the bus to [[Sidestrand Hall School|school]], cooks tea, and does mum's
tablets. Dad [[Mark Wegg|name]] lives in [[Peterborough|place]] and sees the children "at Christmas"; his partner is
[[Leanne|name]]. Support: neighbour [[Maureen Chilvers|name]] ([[no. 4|address]]) and mum's CPN [[Darren Boyce|name]].
[[Holly|name]] said: "I like Scouts at [[East Runton|place]] on a Tuesday but I can't go if mum's bad". Her best friend is
[[Isla Moy|name]] from [[Aylmerton|place]]. Caring: about 25 hours a week. Outcome: group on Thursdays at [[Cromer|place]],
a break at the [[Sheringham|place]] pool, and a carer's card for the Co-op at [[West Runton|place]] pharmacy.
[[Holly|name]]'s words: "[[Alfie|name]] only lets me do his hair", "Mrs [[Gotobed|name]] knows", "[[Maureen|name]] is like my nan".
Nan [[Pat Ling|name]] lives in [[King's Lynn|place]] ([[07923 118 406|phone]]). Signed [[P. Chaudhury|name]], [[16/11/2026|date]].
Reviewed with [[Holly|name]] and [[Sarah|name]] at home on [[18 November|date]]; [[Alfie|name]]'s teacher Mr [[Neville|name]] rang in.
"""),
    ("child's own poem for the carers' group", """by [[holly w|name]], yr 9 - for [[Priya|name]]'s group, [[19/11|date]]

mornings are loud in [[west runton|place]]
[[alfie|name]] screams at his socks
mum says sorry [[hol|name]] sorry sorry
and i say its ok
the bus to [[cromer|place]] smells of crisps
mr [[gotobed|name]] says you look tired [[holly|name]]
i say im fine sir
at night i count mums tablets
one pink two white
and i text my dad [[07395 220 614|phone]] and he says good girl
i wish i was [[isla|name]]
she goes to [[norwich|place]] on saturdays
but then i wouldnt have [[alfie|name]]
(written in [[priya|name]]s group at the [[cromer|place]] hub, with [[isla|name]], [[maddie|name]] and [[kian|name]], on [[19th nov|date]])
"""),
]

DOCS_D += [
    ("GP's letter to the school", """Cromer Group Practice, [[48 Overstrand Road|address]], [[Cromer|place]]
[[23 November 2026|date]]
To: Mrs [[Jo Gotobed|name]], pastoral lead, [[Cromer Academy|school]] ([[jo.gotobed@cromeracademy.org.uk|email]])
Re: [[Holly Wegg|name]], DOB [[24.02.2013|dob]], NHS [[647 401 4040|nhs]], [[2 Water Lane|address]], [[West Runton|place]]
Dear Mrs [[Gotobed|name]],
I saw [[Holly|name]] with her mother on [[20th November|date]] for headaches. With [[Sarah|name]]'s consent I write to say that
[[Holly|name]] is a young carer and her mother's health is poor this month. [[Holly|name]] asked me to tell you she is "not
skiving". Please let her keep her phone on in lessons in case [[Alfie|name]]'s school ring ([[Alfie Wegg|name]], NHS
[[4224313936|nhs]]). I have referred [[Sarah|name]] to the crisis team again (Dr [[Nwosu|name]], consultant).
Yours sincerely, Dr [[Helen Bastable|name]], GP. Tel [[01263 512 904|phone]].
cc: [[Cressida Long|name]], social worker; CPN [[Darren Boyce|name]]; [[Priya Chaudhury|name]] (young carers). Letter typed
[[24/11/2026|date]] by [[Nicky Hurn|name]].
P.S. [[Holly|name]]'s brother's school is [[Sidestrand Hall School|school]] (teacher Mr [[Neville|name]]); [[Alfie|name]]'s
transport is arranged by [[Bev Sands|name]].
"""),
    ("social worker's phone notes in lower case", """phone notes - [[cressida long|name]] sw - [[1/12/26|date]]
09.10 [[holly|name]] rang from sch, mum not answering since last nite. [[alfie|name]] didnt get on bus
09.25 rang mum [[07700 154 882|phone]] x3 no ans. rang [[maureen|name]] next door ([[maureen chilvers|name]]) - she has a key
09.40 [[maureen|name]]: [[sarah|name]] in bed, v low, says she took extra tabs. ambulance called
10.05 ambulance to [[cromer|place]] hosp then nnuh [[norwich|place]]. [[alfie|name]] w [[maureen|name]]
10.30 rang [[mark wegg|name]] [[07395 220 614|phone]] in [[peterborough|place]]. can come fri. [[leanne|name]] cant have [[alfie|name]]
11.00 [[priya|name]] (young carers) to see [[holly|name]] at lunch. mrs [[gotobed|name]] in the room
12.15 emergency placement? no - nan [[pat|name]] ([[pat ling|name]], sarahs mum) coming from [[king's lynn|place]] by train, arr 4pm
12.20 strategy? no. chk w [[dom|name]] (team mgr) re s17 plan, meeting [[3rd dec|date]]
16.10 [[pat|name]] arr at [[west runton|place]]. [[holly|name]] + [[alfie|name]] w her at [[2 water ln|address]]. [[maureen|name]] home
16.30 [[sarah|name]] on ward at nnuh, seen by dr [[nwosu|name]]. [[darren boyce|name]] cpn to visit [[2/12|date]]
"""),
]


# --- E. Cutting / Reeve family (white British), a caravan at East Runton; parents' heroin use and a mother's depression ------

HOME_E = d.Address("Plot 14, Woodhill Park", "East Runton", "Cromer", "NR27 9PX")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Ruby-Rose", "Cutting")], dt.date(2026, 8, 28), addresses=[HOME_E], ids=["1069029572"]),
    _p("m", "mother", [("Chantelle", "Reeve")], dt.date(2000, 3, 12), addresses=[HOME_E], phones=["07481 306 552"]),
    _p("f", "father", [("Jamie", "Cutting")], dt.date(1996, 11, 30), addresses=[HOME_E], phones=["07586 411 903"]),
], "c")

DOCS_E = [
    ("drug and alcohol service email", """From: [[Toby Frary|name]] <[[toby.frary@changegrowlive.org|email]]>
To: [[Naomi Sexton|name]] (social worker)
Date: [[17 November 2026|date]] 14:22
Subject: [[Jamie Cutting|name]] DOB [[30/11/1996|dob]] - update
Hi [[Naomi|name]],
[[Jamie|name]] missed his script pick-up at Boots in [[Cromer|place]] on [[12th|date]], [[13th|date]] and [[14th|date]]. His test on
[[10/11|date]] was positive for heroin and crack on top of the methadone. He says [[Chantelle|name]] is clean but I'd not rely on
that - she was seen at the [[North Walsham|place]] hub with a man called [[Robbie Gunton|name]] on [[5 Nov|date]].
[[Jamie|name]]'s mobile is now [[07586 411 903|phone]]. He's asked if his mum [[Tina Cutting|name]] in [[Sheringham|place]] can be
on the safety plan for [[Ruby-Rose|name]].
[[Toby|name]]
P.S. [[Chantelle|name]]'s keyworker here is [[Marnie Lodge|name]] ([[07741 280 365|phone]]); she last saw her on [[9 November|date]]
at the [[Cromer|place]] hub. [[Robbie Gunton|name]] is known to us - he lives at [[Mundesley|place]].
From: [[Naomi Sexton|name]] <[[naomi.sexton@norfolk.gov.uk|email]]>  [[17/11/2026|date]] 15:02
Thanks [[Toby|name]] - I'll see [[Jamie|name]] and [[Chantelle|name]] at [[East Runton|place]] on [[19th|date]] with
[[Kirsty|name]]. [[Naomi|name]]
"""),
]

DOCS_E += [
    ("pre-birth and discharge planning meeting minutes", """Discharge planning meeting - Cromer Hospital (Teams) - [[4 December 2026|date]]
Baby: [[Ruby-Rose Cutting|name]], DOB [[28/08/2026|dob]], NHS [[106 902 9572|nhs]] (readmitted [[29 Nov|date]], weight loss)
Parents: [[Chantelle Reeve|name]] ([[07481 306 552|phone]]) and [[Jamie Cutting|name]]
Home: [[Plot 14, Woodhill Park|address]], [[East Runton|place]], [[NR27 9PX|postcode]]
Present: [[Naomi Sexton|name]] (SW, chair), midwife [[Beth Amies|name]], HV [[Kirsty Leeder|name]], [[Toby Frary|name]] (drug service),
[[Chantelle|name]], [[Jamie|name]], paternal grandmother [[Tina Cutting|name]].
[[Beth|name]]: [[Ruby-Rose|name]] was born at the NNUH in [[Norwich|place]]; neonatal abstinence watched for 5 days.
[[Chantelle|name]] said she has been "really down" since her own mum [[Debbie Reeve|name]] died in [[Great Yarmouth|place]] in
the summer (her GP, Dr [[Pask|name]], has started sertraline). [[Kirsty|name]]: caravan cold, a gas heater only; the site
manager Mr [[Dye|name]] says the park closes for the winter on [[6th January|date]].
[[Tina|name]] offered her house at [[22 Holway Road|address]], [[Sheringham|place]], [[NR26 8HW|postcode]] for the three of them.
[[Jamie|name]] agreed to a test on [[7/12|date]] and to let [[Tina|name]] hold his script. Car [[VN17 OPD|vehicle]] to be sold.
Plan: discharge to [[Tina|name]]'s on [[8 December|date]]; review [[22/12/2026|date]].
[[Chantelle|name]]'s friend [[Kelsey Baines|name]] ([[Fakenham|place]]) and [[Jamie|name]]'s brother [[Liam Cutting|name]]
([[Holt|place]]) named as support. Minutes: [[Jo Tuck|name]], [[4/12/2026|date]].
"""),
    ("police call log", """Call log - ref CAD 4418 - [[27/11/2026|date]]
23:12 Caller [[Gemma Wild|name]] (caravan [[Plot 15|address]], [[East Runton|place]]) [[07824 553 170|phone]]: shouting next door, baby
crying for hours, a man "off his face" outside.
23:31 PC [[Rhys Breame|name]] and PC [[Anna Kerrison|name]] on scene. Male [[CUTTING Jamie|name]] on the step, slurred, pinned pupils.
Female [[REEVE Chantelle|name]] inside, tearful, baby [[Ruby-Rose|name]] in a Moses basket, cold. Female said "[[Jay|name]] took
the rent money to [[Robbie|name]]'s in [[Mundesley|place]]".
23:48 Ambulance for baby - taken to [[Cromer|place]], then NNUH.
00:20 [[28/11|date]] Grandmother [[Tina Cutting|name]] informed on [[01263 834 662|phone]]; she came from [[Sheringham|place]] by
taxi. Children's services EDT (worker [[Fran Bowden|name]]) informed 00:35.
01:10 [[28/11/2026|date]] [[Jamie Cutting|name]] arrested (possession), to [[Aylsham|place]] PIC. [[Chantelle Reeve|name]] to hospital
with baby, PC [[Kerrison|name]] escorting. Neighbour [[Gemma Wild|name]] and her partner [[Lewis Wild|name]] gave statements.
02:05 [[Tina|name]] at the hospital with [[Chantelle|name]]. Duty sergeant [[Ray Tooke|name]] reviewed; DASH for [[Chantelle|name]]
medium. Log closed [[28/11|date]] 06:00 by [[R. Breame|name]].
"""),
    ("mother's letter to the social worker", """dear [[naomi|name]]
i am writing this at [[tinas|name]] in [[sheringham|place]] on [[5th dec|date]]. i no i have let [[ruby|name]] down. since mum died i
cant get up some days and [[jamie|name]] is using again even tho he says not. i want to do the course at the [[cromer|place]]
family hub with [[lou|name]] and i will do the tests. my friend [[kelsey baines|name]] from [[fakenham|place]] says she will have me
to stay if [[jamie|name]] dont go. please dont take [[ruby rose|name]] off me. my phone is [[07481 306 552|phone]] or ring [[tina|name]] on
the house phone [[01263 834 662|phone]].
from [[chantelle|name]] ([[reeve|name]])
ps [[jamie|name]]s mate [[robbie|name]] is the one who sells it, he lives by the [[mundesley|place]] shop. dont tell him i said
pps [[kelsey|name]]s number is [[07568 330 417|phone]] she lives on [[holt road|address]] in [[fakenham|place]]
"""),
]


# --- F. Lake family (white British), Sculthorpe near Fakenham; a disabled boy of 7 -----------------------------------------

HOME_F = d.Address("3 Creake Road", "Sculthorpe", "Fakenham", "NR21 9NQ")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Oscar", "Lake")], dt.date(2019, 7, 13), addresses=[HOME_F], ids=["5429372528", "H926410025112"],
       schools=["Sculthorpe Church of England Primary Academy"]),
    _p("s", "sibling", [("Ella", "Lake")], dt.date(2015, 1, 6), addresses=[HOME_F], ids=["1628966106", "M926213022087"]),
    _p("m", "mother", [("Hannah", "Lake")], dt.date(1988, 9, 22), addresses=[HOME_F], phones=["01328 862 140"]),
    _p("f", "father", [("Tom", "Lake")], dt.date(1986, 4, 17), addresses=[HOME_F], phones=["07468 905 312"]),
], "c")

DOCS_F = [
    ("short breaks application form", """SHORT BREAKS - APPLICATION (Norfolk County Council, children with disabilities)
1. Child: [[Oscar Lake|name]]   Date of birth: [[13/07/2019|dob]]   NHS no.: [[5429372528|nhs]]   UPN: [[H926410025112|upn]]
2. Address: [[3 Creake Road|address]], [[Sculthorpe|place]], [[Fakenham|place]], [[NR21 9NQ|postcode]]
3. Parents: [[Hannah Lake|name]] (home [[01328 862 140|phone]], [[hannahlake88@gmail.com|email]]), [[Tom Lake|name]]
   ([[07468 905 312|phone]]), NI of applicant (mother): [[NZ 61 38 04 A|ni]]
4. Diagnosis: cerebral palsy (spastic quadriplegia), epilepsy, gastrostomy. Wheelchair user. Consultant: Dr [[Farah Qureshi|name]],
   Jenny Lind Children's Hospital, [[Norwich|place]].
5. School: [[Sculthorpe CE Primary|school]] with a 1:1, Mrs [[Debbie Howell|name]]; moving to [[Fred Nicholson School|school]] in
   [[Dereham|place]] in September?
6. Other children: [[Ella Lake|name]], 11 ([[06/01/2015|dob]]), at [[Fakenham Academy|school]]. UPN [[M926213022087|upn]].
7. What would help: overnights at Foxlea? (not sure of name); a carer for Saturdays; [[Ella|name]] to go to the young carers' club.
   Family support: [[Tom|name]]'s parents [[Roger|name]] and [[Jean Lake|name]] at [[Little Snoring|place]] (too frail to lift him).
Signed: [[H. Lake|name]]   Date: [[2/11/26|date]]
8. Office use: received [[4 November 2026|date]] by [[Sophie Brundle|name]]; allocated to panel [[8 December 2026|date]];
[[Oscar|name]]'s Mrs [[Howell|name]] and [[Amy Rix|name]] (OT) asked for reports. Checked [[K. Dix|name]].
Parent's note on the back: "[[Tom|name]] works long hours at [[Barsham|place]]; my sister [[Becky Fuller|name]] in
[[Wells-next-the-Sea|place]] helps when she can ([[07857 204 993|phone]]). [[Ella|name]]'s friend's mum [[Sally Jarvis|name]] too."
"""),
    ("occupational therapist's email", """From: [[Amy Rix|name]] <[[amy.rix@nchc.nhs.uk|email]]>
Sent: [[10 November 2026|date]] 09:14
To: [[hannahlake88@gmail.com|email]]; cc [[Sophie Brundle|name]] (SW, disabled children's team)
Subject: [[Oscar|name]] - hoist and bathroom
Dear [[Hannah|name]] and [[Tom|name]],
Thank you for having me on Friday ([[6th|date]]). As we said, [[Oscar|name]] is now too heavy to lift safely (19 kg) and the
stairs at [[Creake Road|address]] are steep. I'm asking for a ceiling track hoist and a wet room downstairs through the
Disabled Facilities Grant (North Norfolk District Council, [[Gareth Sweeney|name]]). Until then please use the sling and
two people. [[Ella|name]] told me she helps with the lift at bath time - please don't let her; she's only 11.
I'll ring on [[01328 862 140|phone]] after the panel on [[19th Nov|date]].
[[Amy Rix|name]], Children's OT, Fakenham Medical Practice base
PS - [[Sophie|name]] says [[Ella|name]]'s young carers' referral went to [[Priya|name]]'s group in [[Fakenham|place]].
"""),
]

DOCS_F += [
    ("annual EHCP review minutes", """EHCP annual review - [[Oscar Lake|name]] (Year 3) -
[[Sculthorpe Church of England Primary Academy|school]] - [[26/11/2026|date]]
Present: [[Hannah Lake|name]], [[Tom Lake|name]], Mrs [[Claire Mayes|name]] (SENCo), Mrs [[Howell|name]] (1:1), [[Sophie Brundle|name]]
(SW), physio [[Greg Neave|name]], SALT [[Kamala Iyer|name]] (by phone).
[[Oscar|name]]'s views (with his eye-gaze board): likes music, "Mrs H", the minibus, and his cousin [[Freddie|name]].
Parents' views: [[Hannah|name]] has not slept more than 4 hours since [[Oscar|name]]'s seizures came back on [[3 October|date]];
[[Tom|name]] works on the farm at [[Barsham|place]] from 5am. [[Tom|name]] said he was stopped by the police on the A148 on
[[14 Nov|date]] because he had fallen asleep at the wheel of the van ([[AK15 NWT|vehicle]]).
Mrs [[Mayes|name]]: [[Ella|name]] (sibling) was late 6 times; her school [[Fakenham Academy|school]] has been told.
Agreed: specialist placement at [[Fred Nicholson|school]] from September 2027 to be consulted on;
short breaks panel [[8 Dec|date]]; referral of [[Hannah|name]] for a carer's assessment.
Also: [[Oscar|name]]'s grandparents [[Roger Lake|name]] and [[Jean Lake|name]] ([[Little Snoring|place]]) send apologies;
Mrs [[Howell|name]]'s report read by [[Claire Mayes|name]]. Next review [[25 November 2027|date]]. Minutes [[C. Mayes|name]].
Actions: [[Greg Neave|name]] to see [[Oscar|name]] on [[1st December|date]]; [[Kamala Iyer|name]] to update the eye-gaze
vocabulary with [[Freddie|name]]'s and [[Ella|name]]'s names; [[Sophie Brundle|name]] to visit [[Sculthorpe|place]] on [[3/12|date]].
"""),
    ("sibling's note to her teacher", """Dear Miss [[Kirk|name]],
Sorry I was late again on Monday. [[Oscar|name]] had a big fit at 7 and mum had to give him the medicine and dad
had already gone to work at [[east barsham|place]]. I have to hold his head. Mum says dont tell school but [[Amy|name]] the OT
said it is ok to tell. Can I go to the club at [[Fakenham|place]] on Thursday [[10th|date]]? My friend [[Poppy Jarvis|name]]
goes and her mum Mrs [[Jarvis|name]] can take me home to [[Sculthorpe|place]].
From [[Ella|name]] L. 7P
PS [[Poppy|name]]s mum says she lives at [[4 Creake Rd|address]] so its on the way. [[Tom|name]] my dad will sign.
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 185 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 19:48 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "insp.", "rev", "revd", "sw",
           "hv", "nurse", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "mum", "mummy",
           "dad", "daddy", "aunty", "auntie", "uncle", "stepdad", "mamuk", "teta", "tetē", "močiutė", "senelis"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "norfolk", "north norfolk",
               "lithuania", "samogitia", "žemaitija", "europe"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words and its counties, regions and countries.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
