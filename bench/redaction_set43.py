"""Set 43: a held-out hand-written set for the redaction detector, six invented families in South Yorkshire, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set42.py, redaction_set44.py and redaction_set45.py and their tests (written by other helpers at the same time),
that did not run the detector or any bench script that runs it, that ran no git command, and that looked at no detector
output. What was read: bench/redaction_set21.py (its docstring, records, first document, last document and word lists; the
layout and marking conventions followed here) and tests/test_redaction_set21.py in full; of the docstrings of
bench/redaction_set7.py to redaction_set41.py only the passages naming families, communities and towns (found by searching the
docstrings for South Yorkshire towns and districts and for communities), to choose homes and communities no earlier set used;
the helpers of bench/redaction_handwritten.py (`_party`, `Records`, `HandSet`, `word_problems`, `_parse`); and the checker's
output on this set. Phone numbers were made and checked with the phonenumbers library and NHS numbers and UPNs made and checked
with python-stdnum in small snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported
from the detector module only to build records. Nobody may tune the detector on this set: it is to be scored once, after the
detector's current round of changes. If a mistake in the gold marking is found after scoring, correct only the marking and
say so here.

Six families in South Yorkshire, each from a town, district or estate no earlier set used as a family's home. Four white
British families of kinds common in children's social care: in Grimethorpe, Barnsley, with a grandmother in Cudworth and a
father in Goldthorpe, later Thurnscoe (Birkinshaw / Dyson; a boy of 11 with a cut lip from a thrown remote at his father's,
a grandmother who writes her own letter); in Denaby Main, near Mexborough, Doncaster (Kilner / Wragg; a girl of 15 missing
overnight with an adult man who drives her about, child sexual exploitation, Snapchat messages, a stepfather who takes her
phone); in Rawmarsh, Rotherham, with a grandmother in Parkgate (Hague / Swallow; a toddler's febrile convulsion at 3 a.m.
while a girl of 8 minded him, a cold house with no gas, a mother's own statement); and in Hexthorpe, Doncaster, with a
grandfather, a retired miner, in Bentley (Ogley / Sheard; a boy of 16 headbutted by his mother's new partner and sofa-surfing,
a grandfather's handwritten note scanned and OCR'd, a viability assessment). Two from communities no earlier set used: a
Zambian family who speak Bemba in Parson Cross, Sheffield, with a grandmother in Kitwe (Mwansa / Chileshe; a boy of 9 with
sickle cell disease kept from hospital by a father who trusts a prophet's prayer and fasting, a brother of 14 used as an
interpreter, voice notes in Bemba) and a Libyan family who speak Arabic in Darnall, Sheffield, with family in Misrata, Tripoli
and Zliten (Al-Mabrouk / Ben Omran; a girl of 13 to be taken to Misrata to be engaged to a cousin of 23, a Forced Marriage
Protection Order, an uncle's WhatsApp messages in Arabic script). 24 documents, four per family; half plain professional
recording (a home visit case note, strategy discussion minutes, a chronology, a child protection conference report, a health
visitor's referral letter, a hospital safeguarding discharge summary, a child in need review's minutes, a school safeguarding
log, a statement for an FMPO application, a case note, initial child protection conference minutes and a connected person
viability assessment) and half the other writing a file holds: a mother's texts typed up from screenshots, a grandmother's own
letter, a return home interview form, Snapchat messages from a police phone extract, WhatsApp voice notes in Bemba transcribed
and translated, WhatsApp messages in Arabic with a translation, an ambulance crew's safeguarding referral, a duty worker's
phone notes typed fast in lower case, a mother's own statement, a youth justice officer's email with a forwarded email from a
friend's mother, a grandfather's handwritten note OCR'd, and a boy's texts with his social worker.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Zambia, Libya); NHS numbers and UPNs (LA numbers 370, 371, 372, 373) pass their check
digits; NI numbers have a valid format. Councils' e-mail domains are invented (deanevale, dondearne, sheafvale, donrother);
towns, districts, estates, villages, real schools and colleges, hospitals, GP practices, police forces, courts, shops, clubs,
apps and laws are real or invented and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Miss, Dr, DC, PC, TM,
Mum, me mam, nan, Uncle, Auntie, Prophet, the Bemba honorifics "Ba", "Mayo" and "Mukwai", the Bemba "Mama" and "Tata", the
Arabic "Baba" and the sender label "عمك" ("your uncle")) stay outside the name span; "SURNAME, First" is one span ("DYSON,
Tyler", "KILNER, Kacie", "AL-MABROUK, Salma"), as are "First SURNAME" ("Mutale MWANSA", "Brooklyn OGLEY") and an initial with
a surname ("H Lodge", "T. Ashworth", "F. Marsden"); a collar or crew number after a name stays outside; social media handles
("tank_dn12", "kaciek_x") are not marked, but a contact saved under a plain name or nickname ("Tank", "Jordz") is; a contact or
speaker saved under a kinship word ("Mam") is not; a nickname ("Tank", "Brook", "Jordz") is a name; names in Arabic script are
names and places in Arabic script are places; a street address is one span, its town a place, its postcode a postcode; a
street without a number is an address, and so is a neighbour's bare number ("no. 11") and an address abroad ("Shari' Tripoli
14", "Plot 114, Chimwemwe"); local short forms of towns ("cuddy" for Cudworth, "grimey" for Grimethorpe, "mexbro" for
Mexborough) are places; countries, counties and regions are not (Zambia, Libya, South Yorkshire); organisations are not
marked even when they hold a town's or a person's name (Grimethorpe Surgery, Cudworth Dental, Shafton ARLFC, Firth Park
Clinic, Southey Green Medical Centre, Rawmarsh Health Centre, Rawmarsh Community Hub, Bentley Surgery, Bentley WMC, Bentley
Methodist chapel, Rotherham General, Sheffield Children's NHS FT, Sheffield Family Court, Attercliffe police station, HMP
Doncaster, Riverside House, the Civic Office), while a council service, team or police unit named by its town ("Barnsley 0-19",
"Doncaster MACE", "Doncaster CID", "Rotherham Children's Front Door", "Doncaster Youth Justice Service") and a shop, hub or
mosque named by its district in ordinary words ("the Denaby Tesco", "the Denaby family hub", "the Darnall mosque") mark the
town; a school's or college's name is a school, and so is its short form ("Milefield", "De Warenne", "Ashwood", "Yewlands",
"Hall Cross", "Darton College", "Dearne Valley College"); a date of birth is dob, any other calendar date with a day is a date
(a weekday before it stays outside), bare days ("13th", "the 27th", "the 17th") are dates, and months and years alone are not
marked; pets' names ("Biscuit") are not names; landmarks (the Welfare Hall, the Ivanhoe bridge) stay unmarked; surnames that
are words or towns are names when they are people (Rose, Senior, Swallow, Castle, Hope, Bramley, Swift, Fox, Bell, Gill).

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a university (Sheffield
Hallam) is an organisation, not a school; a colliery named by its village ("Brodsworth colliery") marks the village; the
hospital a child was born in abroad (Nkana Hospital) is an organisation; a family's house named in a translation ("the
Ghadban house") marks the family name; a police collar number and an ambulance crew number stay outside; "Mrs Senior" is a name
though "senior" is a kinship word after a name elsewhere (no name is written with "senior" after it here); a hospital number
is not marked.

Self-check without the detector: `python -m bench.redaction_set43` (and tests/test_redaction_set43.py) runs set 21's checker
(which runs set 15's, and so those before it) on this set, adds this set's titles and kinship words and countries, and prints
the number of documents and gold spans per kind: 24 documents, 914 gold spans, 489 of them names."""
from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set21 import _AFTER as _AFTER_21
from bench.redaction_set21 import _NOT_PLACES as _NOT_PLACES_21
from bench.redaction_set21 import _TITLES as _TITLES_21
from bench.redaction_set21 import problems as problems_21
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party


# --- A. Birkinshaw / Dyson family (white British), Grimethorpe, Barnsley ----------------------------------------------------

HOME_A = d.Address("14 Acacia Road", "Grimethorpe", "Barnsley", "S72 7DX")
NAN_A = d.Address("6 Pontefract Road", "Cudworth", "Barnsley", "S72 8AE")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Dyson")], dt.date(2015, 6, 9), addresses=[HOME_A], ids=["708 867 2200", "X370220169963"],
       schools=["Milefield Primary School"]),
    _p("s", "sibling", [("Ellie-Mae", "Birkinshaw")], dt.date(2019, 2, 17), addresses=[HOME_A], ids=["681 786 6383"]),
    _p("m", "mother", [("Shannon", "Birkinshaw")], dt.date(1996, 10, 4), addresses=[HOME_A], phones=["07882 027904"]),
    _p("f", "father", [("Craig", "Dyson")], dt.date(1991, 1, 28), phones=["07793 363649"]),
    _p("g", "grandparent", [("Carol", "Birkinshaw")], dt.date(1970, 8, 2), addresses=[NAN_A], phones=["01226 547362"]),
    _p("p1", "professional", [("Hannah", "Lodge")], phones=["01226 387977"], emails=["hannah.lodge@deanevale.gov.uk"]),
], "c")

DOCS_A = [
    ("home visit case note", """CASE NOTE - unannounced home visit                     Recorded by: [[Hannah Lodge|name]], social worker
Date of visit: [[3 November 2026|date]], 15:40          Typed: [[04/11/2026|date]]
Address: [[14 Acacia Road|address]], [[Grimethorpe|place]], [[Barnsley|place]], [[S72 7DX|postcode]]
Present: [[Shannon Birkinshaw|name]] (mum), [[Tyler|name]] (11), [[Ellie-Mae|name]] (7), a neighbour, [[Gail
Whitworth|name]], who left when I arrived.

Visit following the call from [[Milefield Primary|school]] on [[2 November|date]]: [[Tyler|name]] came in with a cut lip and told his
teacher, Mr [[Sykes|name]], that "[[Craig|name]] chucked the remote". [[Craig Dyson|name]] is his dad; he does not live here and is
meant to have the children on alternate weekends at his flat in [[Goldthorpe|place]] ([[22 Barnsley Road|address]]).

[[Shannon|name]] said the children came back from their dad's on Sunday night and [[Tyler|name]] "had a fat lip". She rang [[Craig|name]]
on [[07793 363649|phone]] and he said [[Tyler|name]] fell off a scooter at the rec by the Welfare Hall. She does not believe him.
She said her mum, [[Carol Birkinshaw|name]], of [[Cudworth|place]], had the children last year when things were bad and would again.

Seen [[Tyler|name]] on his own in his bedroom. He said his dad "gets mardy" when he loses at FIFA and threw the remote at him;
it hit his mouth. [[Kyle|name]], his dad's mate from [[Shafton|place]], was there and "laughed". He does not want to go on
Friday [[13th|date]]. [[Ellie-Mae|name]] said "Daddy shouted but I was in the bath".

Also present for part: nan [[Carol|name]] (arrived 16:15 from [[Cudworth|place]]). [[Carol|name]] said [[Craig|name]]'s mother,
[[Sandra Dyson|name]], lives in [[Thurnscoe|place]] on [[Houghton Road|address]] and "sticks up for him". [[Ellie-Mae|name]] has a
friend, [[Poppy Hinchcliffe|name]], two doors up at no. 18, where she sometimes sleeps over.

Mum's benefits: Universal Credit; NI [[JR 62 41 08 B|ni]] (from her letter on the fridge, given to me for the food bank form).
Her friend [[Gail|name]] ([[Gail Whitworth|name]], [[16 Acacia Road|address]]) rang me at 17:05 to say she had seen [[Craig|name]]'s van, a
white
Transit, [[YD17 HNW|vehicle]], parked on [[Brierley Road|address]] on [[1 Nov|date]]. Earlier address for the family:
[[3 Cemetery Road|address]],
[[Grimethorpe|place]], until [[18/05/2024|date]]; before that with [[Carol|name]].

Plan: strategy discussion today with South Yorkshire Police (DC [[Ryan Walsh|name]]); check with Dr [[Okafor|name]] at Grimethorpe
Surgery; ask [[Carol|name]] to have the children this weekend. Mum's number [[07882 027904|phone]]; nan [[01226 547362|phone]].
"""),
    ("a mother's texts typed up from screenshots", """Screenshots sent by mum [[05/11/26|date]] - typed up by [[H Lodge|name]] (SW).
Spelling as sent.

[[craig|name]]: wheres my lad
[[Shannon|name]]: hes at me mams in [[cuddy|place]] and hes stopping there
[[craig|name]]: u cant stop me seein him its my weekend
[[Shannon|name]]: the social said no. ring [[hannah|name]] on [[01226 387977|phone]] if u want
[[craig|name]]: i aint ringin no social. hes a soft lad thats all [[tyler|name]] fell off his scooter on [[park road|address]]
[[Shannon|name]]: [[kyle|name]] told [[gail|name]] u threw it
[[craig|name]]: [[gail|name]] wants to keep her nose out. im comin to [[grimey|place]] sat
[[Shannon|name]]: dont. i will ring 101
[[craig|name]]: ring who u want. [[ellie|name]] can come to mine then
[[Shannon|name]]: no she cant. shes at [[milefield|school]] disco sat anyway
[[craig|name]]: whatever. tell me mam ive not got her number no more [[07418 510332|phone]] is it still that
[[Shannon|name]]: ask her urself. shes at [[sandra|name]]s in [[thurnscoe|place]] tues
[[craig|name]]: [[tyler|name]] told miss [[priestley|name]] didnt he. grass
[[Shannon|name]]: hes 11 [[craig|name]]. leave it

[typed up note by [[H Lodge|name]]: "miss [[priestley|name]]" is [[Joanne Priestley|name]], the DSL. Mum's second phone, used for the
screenshots: [[07359 220418|phone]]. The exchange continued on [[6/11/2026|date]] - see the case note of [[6 Nov|date]].]
"""),
    ("strategy discussion minutes", """STRATEGY DISCUSSION - MINUTES                    Date: Wednesday [[4 November 2026|date]]
Child: [[DYSON, Tyler|name]]    DOB: [[09/06/2015|dob]]    NHS: [[708 867 2200|nhs]]    UPN: [[X370220169963|upn]]
Sibling: [[BIRKINSHAW, Ellie-Mae|name]]  DOB [[17.02.2019|dob]]  NHS [[681 786 6383|nhs]]
Address: [[14 Acacia Road|address]], [[Grimethorpe|place]], [[S72 7DX|postcode]]

Attendees: [[Hannah Lodge|name]] (SW, chair pro tem); DC [[Ryan Walsh|name]] (SYP, Public Protection); [[Joanne Priestley|name]] (DSL,
[[Milefield Primary School|school]]); [[Beth Naylor|name]] (school nurse, [[Barnsley|place]] 0-19).

Information shared: Police hold three call-outs to [[Craig Dyson|name]] (DOB [[28/01/1991|dob]]) at [[22 Barnsley Road|address]],
[[Goldthorpe|place]], in 2025, one a domestic with an ex-partner, [[Jade Harrison|name]], now in [[Wombwell|place]]. School:
[[Tyler|name]]'s
attendance 88%; lunchtime meals; a bruise on his arm seen on [[15 September|date]] explained as rugby at Shafton ARLFC. Nurse: no
concerns on [[Ellie-Mae|name]]; [[Tyler|name]] missed a dental appointment at Cudworth Dental on [[9 October|date]].

Decision: Section 47 enquiry (single agency, social care); no joint interview; children to stay with [[Carol Birkinshaw|name]] at
[[6 Pontefract Road|address]], [[Cudworth|place]], [[S72 8AE|postcode]], until Monday [[9 November|date]]; DC [[Walsh|name]] to speak to
Mr [[Dyson|name]] by [[6/11|date]].

Actions: [[H. Lodge|name]] to visit [[Craig Dyson|name]] with DC [[Walsh|name]] on [[5 November|date]]; [[Joanne Priestley|name]] to
ask [[Tyler|name]]'s teacher, [[Adam Sykes|name]], for his account in writing; [[Beth Naylor|name]] to rebook [[Ellie-Mae|name]]'s
and [[Tyler|name]]'s dental check; police to check [[Kyle Pashley|name]] ([[Kyle|name]]), 27, of [[Ladywood Road|address]],
[[Shafton|place]], [[S72 8PX|postcode]]. Dad's ex-partner [[Jade Harrison|name]] ([[07594 856767|phone]]) to be asked about the
[[12.3.2025|date]] incident at [[22 Barnsley Road|address]].
Distribution: [[Hannah Lodge|name]]; DC [[Ryan Walsh|name]]; [[J. Priestley|name]]; [[Beth Naylor|name]]. Minutes by [[Tom Hirst|name]]
(business support), [[04.11.2026|date]].
"""),
    ("a grandmother's own letter", """[[6 Pontefract Rd|address]]
[[Cudworth|place]]
[[8th Nov|date]]

Dear [[Hannah|name]]

Thank you for coming round. I am writing this like you said so its down. The children are fine here, [[Tyler|name]] has been
to school every day and [[Ellie|name]] is sleeping in with me. I dont mind having them till Christmas if needed but my bungalow
is small. My sister [[Maureen Tingle|name]] at [[Royston|place]] says she will help with the school run, her number is
[[07724 788476|phone]].

[[Craig|name]] came to the door on Saturday night drunk and I did not open it. My neighbour Mr [[Beaumont|name]] at no 8 saw him.
He has always had a temper, even when him and our [[Shannon|name]] were at [[Darton College|school]].

I have spoke to [[Tyler|name]]'s other nan, [[Sandra Dyson|name]], on [[7/11|date]] and she said [[Craig|name]] is staying at hers in
[[Thurnscoe|place]] now, [[48 Houghton Road|address]]. Her number is [[07359 117602|phone]]. She said sorry.

Yours sincerely
[[Carol Birkinshaw|name]] (nan)

PS [[Tyler|name]] says his mate [[Alfie Rodgers|name]] from [[Brierley|place]] saw it as well, his mum is [[Stacey|name]], she
works at the chippy on [[High Street|address]], [[Grimethorpe|place]]. And [[Ellie|name]] wants to know if she can still go to
[[Lily-Rose|name]]'s party in [[Little Houghton|place]] on the [[21st|date]]. My number again [[01226 547362|phone]] or my
mobile [[07724 788476|phone]] is our [[Maureen|name]]'s so ring the house.
"""),
]


# --- B. Kilner / Wragg family (white British), Denaby Main, Doncaster ------------------------------------------------------

HOME_B = d.Address("31 Tickhill Square", "Denaby Main", "Doncaster", "DN12 4AW")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Kacie", "Kilner")], dt.date(2011, 4, 21), addresses=[HOME_B], ids=["417 690 5093", "L371218833443"],
       schools=["De Warenne Academy"]),
    _p("m", "mother", [("Leanne", "Kilner")], dt.date(1989, 12, 1), addresses=[HOME_B], phones=["07417 996590"]),
    _p("f", "stepfather", [("Darren", "Wragg")], dt.date(1984, 3, 15), addresses=[HOME_B], phones=["07906 647605"]),
    _p("p1", "professional", [("Priya", "Castle")], phones=["01302 434351"], emails=["priya.castle@dondearne.gov.uk"]),
], "c")

DOCS_B = [
    ("police missing person return interview form", """RETURN HOME INTERVIEW - MISSING EPISODE (completed by phone and in person)
Young person: [[KILNER, Kacie|name]]     DOB: [[21-04-2011|dob]]     Age: 15
Address: [[31 Tickhill Square|address]], [[Denaby Main|place]], [[DN12 4AW|postcode]]
Missing from: 19:30 Fri [[20/11/2026|date]]   Found: 02:10 [[21/11/2026|date]]   Found at: a flat above the takeaway on
[[Doncaster Road|address]], [[Mexborough|place]]
Found by: PC [[Amir Latif|name]] 3317 and PC [[Rose|name]]   Interviewer: [[Priya Castle|name]] (RHI worker)

Who were you with? "[[Jordan|name]] and [[Kayden|name]] from [[Conisbrough|place]] and some older lad called [[Tank|name]] who drives a
black Golf" (police checked: [[YR19 KXD|vehicle]], keeper [[Liam Swift|name]], 24, of [[Bolton-on-Dearne|place]]).
How did you get there? Walked over the Ivanhoe bridge; [[Tank|name]] picked them up at the [[Denaby|place]] Tesco.
What happened? Vapes and vodka; [[Tank|name]] asked for her Snap. She says nothing else happened. She had £40 she did not have
before.
Why did you go? Rowing with her stepdad [[Darren|name]] about her phone. Mum ([[Leanne|name]], [[07417 996590|phone]]) works at the Amazon
warehouse at [[Doncaster|place]] iPort till 10.
School: [[De Warenne|school]], Y11 - head of year Mrs [[Hardcastle|name]].
Worker's note: [[Kacie|name]] was seen again at 11:00 on [[21/11|date]] at the [[Denaby|place]] family hub with mum. She said
[[Tank|name]]'s
flat is "above the pizza place next to the bookies" and that a girl called [[Skye|name]] from [[Old Denaby|place]] was there too.
Stepdad [[Darren Wragg|name]] ([[07906 647605|phone]]) came to collect them.
Risk: CSE screening tool to be completed; share with [[Doncaster|place]] MACE; vehicle flagged.
"""),
    ("social worker's chronology", """CHRONOLOGY - [[Kacie Kilner|name]] ([[21.04.2011|dob]])   NHS [[417 690 5093|nhs]]   UPN
[[L371218833443|upn]]

[[02/09/2025|date]]  Starts Y10 at [[De Warenne Academy|school]]; moves from [[Edlington|place]] ([[9 Broughton Avenue|address]]) to
             [[31 Tickhill Square|address]], [[Denaby|place]], with mum and [[Darren Wragg|name]] ([[15/03/1984|dob]]).
[[14/01/2026|date]]  School: [[Kacie|name]] says [[Darren|name]] "slapped" her phone out of her hand; a mark on her wrist. Advice only.
[[3 March 2026|date]]  Missing 6 hours; found in [[Swinton|place]] with [[Jordan Pickering|name]] (16).
[[19.06.26|date]]      Police: [[Kacie|name]] in the black Golf [[YR19 KXD|vehicle]] stopped at [[Wath|place]]; driver [[Liam Swift|name]].
[[20|date]]-[[21/11/2026|date]] Missing overnight (above). RHI by [[Priya Castle|name]] on [[23 November|date]].
[[25/11/2026|date]]   Snapchat extract; [[Skye Dunn|name]] named; mum's friend [[Donna Wragg|name]] ([[Darren|name]]'s sister,
[[Cadeby|place]])
             says [[Kacie|name]] can stay with her ([[07862 519 306|phone]]).
[[24/11/2026|date]]   Strategy discussion; child exploitation pathway; Dad, [[Mark Kilner|name]] of [[Thrybergh|place]]
             ([[07726 665223|phone]]), to be contacted; nan [[Sheila Kilner|name]] lives in [[Mexborough|place]].
"""),
    ("Snapchat messages from a phone download", """Extract - Snapchat messages (screenshots from [[Kacie|name]]'s phone, given by mum
[[25.11.2026|date]])

tank_dn12: u out tnite
kaciek_x: cant me stepdad took me charger lol
tank_dn12: il come [[denaby|place]] tesco 8
kaciek_x: [[jordan|name]] coming?
tank_dn12: ye n [[kayden|name]]. bring [[amelia|name]] if she wants
kaciek_x: [[amelia|name]] grounded. her mam found out about [[swinton|place]]
tank_dn12: dont tell ur mam nothin. wer goin [[mexbro|place]] after
kaciek_x: ok. [[darren|name]] will kill me
tank_dn12: [[darren|name]] wont know. delete this

kaciek_x: hes here. [[jordz|name]] in the back
tank_dn12: get in. [[skye|name]] meetin us at [[old denaby|place]]
kaciek_x: me mam ringin me
tank_dn12: dont answer. [[kayden|name]] will drop u back at [[tickhill square|address]] b4 1

[Police note: "[[skye|name]]" is [[Skye Dunn|name]], 15, of [[Denaby|place]] ([[Ivanhoe Road|address]]). Messages sent between
[[20/11/2026|date]] 19:02 and [[21/11/2026|date]] 00:41. Extract by DC [[Lauren Foulstone|name]], [[Doncaster|place]] CID,
[[24.11.2026|date]].]

(Display names saved on her phone: "[[Tank|name]] 🚗", "[[Jordz|name]]" and "Mam", a kinship word.)
"""),
    ("child protection conference report", """INITIAL CHILD PROTECTION CONFERENCE - REPORT OF THE SOCIAL WORKER
Child: [[Kacie Kilner|name]]   Conference date: [[10 December 2026|date]]   Venue: Civic Office, [[Doncaster|place]]
Social worker: [[Priya Castle|name]]   Team manager: [[Neil Heptonstall|name]]   Chair: [[Angela Oxley|name]]

Family: mother [[Leanne Kilner|name]] (DOB [[01/12/1989|dob]], NI [[PL 38 92 17 C|ni]]); stepfather [[Darren Wragg|name]]; father
[[Mark Kilner|name]],
[[Thrybergh|place]]; paternal grandmother [[Sheila Kilner|name]], [[Mexborough|place]].
Home: [[31 Tickhill Square|address]], [[Denaby Main|place]], [[Doncaster|place]] [[DN12 4AW|postcode]].

Analysis: [[Kacie|name]] has been missing three times since [[3 March|date]]. The adult known as "[[Tank|name]]", believed to be
[[Liam Swift|name]], gives her alcohol and money. [[Darren|name]] has taken her phone and charger as punishment; she says she feels
safer out than at home. [[Leanne|name]] works nights and relies on her mother-in-law. The school's DSL, Mr [[Jonathan Rose|name]],
reports she is bright and wants to go to college at [[Doncaster|place]].
Recommendation: child protection plan, category neglect; disruption of [[Liam Swift|name]].

Chronology summary for the conference: [[14 January 2026|date]] wrist mark; [[3 March 2026|date]] missing to [[Swinton|place]];
[[19 June 2026|date]] the Golf at [[Wath-upon-
Dearne|place]]; [[20 November 2026|date]] missing to [[Mexborough|place]]. Friends
named by [[Kacie|name]]: [[Amelia Rhodes|name]] (14, [[Conisbrough|place]]), [[Jordan Pickering|name]], [[Kayden Walton|name]].
[[Kacie|name]]'s views (in her words, at [[De Warenne|school]] on [[7 December|date]]): "I'm not a kid. [[Tank|name]] is just a mate.
Tell [[Darren|name]] to give me my charger back. I want to live with me dad in [[Thrybergh|place]] or with nan [[Sheila|name]] on
[[Pastures Road|address]]."
Father's view ([[Mark Kilner|name]], by phone [[07726 665223|phone]] on [[8 December|date]]): he has a partner, [[Gemma Oldfield|name]],
and two small children at [[18 Park Lane|address]], [[Thrybergh|place]], [[S65 4AU|postcode]]; "[[Kacie|name]] can come at
weekends".
"""),
]


# --- C. Mwansa / Chileshe family (Zambian, Bemba speakers), Parson Cross, Sheffield ----------------------------------------

HOME_C = d.Address("52 Deerlands Avenue", "Parson Cross", "Sheffield", "S5 8AB")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Mutale", "Mwansa")], dt.date(2017, 8, 30), addresses=[HOME_C], ids=["778 825 6986", "D373214001287"],
       schools=["Beck Primary School"]),
    _p("s", "sibling", [("Chanda", "Mwansa")], dt.date(2012, 5, 5), addresses=[HOME_C], ids=["720 279 0408"]),
    _p("m", "mother", [("Bwalya", "Chileshe")], dt.date(1987, 9, 12), addresses=[HOME_C], phones=["07828 361825"]),
    _p("f", "father", [("Mulenga", "Mwansa")], dt.date(1983, 2, 2), addresses=[HOME_C], phones=["07594 856767"]),
    _p("p1", "professional", [("Grace", "Hope")], phones=["0114 483 2681"], emails=["grace.hope@sheafvale.gov.uk"]),
], "c")

DOCS_C = [
    ("health visitor's referral letter", """[[Sheffield|place]] 0-19 Service, Firth Park Clinic
[[13 November 2026|date]]

To: [[Sheffield|place]] Safeguarding Hub
Re: [[Mutale MWANSA|name]], DOB [[30/08/2017|dob]], NHS [[778 825 6986|nhs]], [[52 Deerlands Avenue|address]], [[Parson Cross|place]],
[[Sheffield|place]] [[S5 8AB|postcode]]

I am writing about [[Mutale|name]], aged 9, whom I saw with his mother, Mrs [[Bwalya Chileshe|name]], on [[12 November 2026|date]].
[[Mutale|name]] has sickle cell disease and is under Sheffield Children's Hospital. He has missed four haematology appointments
since June. His mother told me, through her son [[Chanda|name]] (14), that her husband, Mr [[Mulenga Mwansa|name]], believes the
illness is "from the village" and has taken [[Mutale|name]] to a prayer meeting in [[Pitsmoor|place]] run by a man called "Prophet
[[Musonda|name]]" instead of clinic. [[Mutale|name]] told me he had been made to fast "to make the blood strong".

The boy's grandmother, Mrs [[Agnes Mwansa|name]], lives in [[Kitwe|place]] ([[+260 97 7952442|phone]]) and the family talk of sending him
to her. A friend of the mother, [[Precious Banda|name]], of [[Southey Green|place]], came to the visit and interpreted Bemba for part of it.

Background: the family came from [[Kitwe|place]] in 2019 on the father's student visa (MSc at Sheffield Hallam) and lived
first at [[Flat 6, 21 Rock Street|address]], [[Pitsmoor|place]], [[S3 9JA|postcode]]. [[Mutale|name]] was born in [[Kitwe|place]] at Nkana
Hospital on
[[30 August 2017|dob]] and came aged 2. The GP, Dr [[Farida Hussain|name]] at Southey Green Medical Centre, has been asked to check.
[[Chanda|name]] attends [[Yewlands|school]]; [[Mutale|name]] attends [[Beck Primary School|school]], class teacher
Miss [[Rosie Gledhill|name]].

I have told Mrs [[Chileshe|name]] I am making this referral. Her mobile is [[07828 361825|phone]]; Mr [[Mwansa|name]]'s is
[[07594 856767|phone]]; email [[mulenga.mwansa83@gmail.com|email]].

Yours sincerely
[[Grace Hope|name]], Specialist Community Public Health Nurse, [[0114 483 2681|phone]]
"""),
    ("WhatsApp voice note transcript, Bemba with translation", """Voice note, 0:48, from [[Bwalya|name]] to [[Precious|name]],
[[14/11/2026|date]]. Transcribed and translated by
[[Joseph Kabwe|name]] (interpreter). Bemba in italics in the original; English in brackets.

"Mayo [[Precious|name]], mwashibukeni. ([[Precious|name]], good morning.) Ba [[Mulenga|name]] balekana na ba nurse. ([[Mulenga|name]] is
arguing with the nurse.) Balandile ukuti [[Mutale|name]] tali kuya ku chipatala pa Friday. (He said [[Mutale|name]] will not go to
the hospital on Friday.) Bamayo ba ku [[Kitwe|place]] nabo balefwaya umwana. (The grandmother in [[Kitwe|place]] also wants the child.)
Nshishibe ifyakuchita. (I don't know what to do.) Call me on [[07828 361825|phone]], not the house."

Reply, voice note 0:21, [[Precious|name]] to [[Bwalya|name]], same day:
"Mukwai [[Bwalya|name]], ndeisa mailo. (I will come tomorrow.) Nalanda na ba [[Grace|name]] ku council. (I spoke to [[Grace|name]] at the
council.) Tuleya pamo ku [[Firth Park|place]] pa [[17|date]]. (We will go together to [[Firth Park|place]] on the [[17th|date]].)
[[Mutale|name]] alefwaya ukusambilila. ([[Mutale|name]] wants to learn.)"

Interpreter's note: "Mukwai" is a polite form of address and "ba" an honorific; neither is part of a name.
"""),
    ("hospital safeguarding discharge summary", """SHEFFIELD CHILDREN'S NHS FT - SAFEGUARDING DISCHARGE SUMMARY
Patient: [[MWANSA, Mutale|name]]   DOB: [[30 Aug 2017|dob]]   Hosp no. S2211874   NHS: [[778 825 6986|nhs]]
Admitted: [[18/11/2026|date]] (painful crisis, Hb 61)   Discharged: [[24/11/2026|date]]
Consultant: Dr [[Adaeze Nwosu|name]]   Ward: Ward 3   Safeguarding nurse: [[Kirsty Bramall|name]]

Brought in by ambulance from [[52 Deerlands Ave|address]] after his brother [[Chanda|name]] rang 999. Father, Mr [[Mwansa|name]],
arrived later with a pastor, [[Musonda Kalaba|name]], who asked staff to stop the transfusion. Dr [[Nwosu|name]] explained; father
agreed after a call to the boy's aunt, [[Natasha Mwansa|name]], a nurse in [[Leicester|place]] ([[07541 250748|phone]]).
On discharge: penicillin V, folic acid; haematology clinic [[1 December|date]]; [[Beck Primary|school]] to be told; social worker
[[Grace Hope|name]] informed. Discharged to mother at home.

Nursing entries (excerpt):
[[19/11|date]] 22:10 Father and Mr [[Kalaba|name]] prayed at the bedside; Mr [[Kalaba|name]] said the transfusion "is not needed if
you believe". Staff nurse [[Olivia Kirk|name]] asked them to step out. [[Mutale|name]] said "Tata is cross with me".
[[20/11|date]] 10:00 Mother visited with [[Chanda|name]] and family friend [[Precious Banda|name]] ([[07862 999500|phone]]). [[Chanda|name]]
missed school ([[Yewlands|school]]) to interpret. Interpreter booked via the trust for [[21/11/2026|date]].
[[22/11|date]] 14:30 Aunt [[Natasha|name]] drove up from [[Leicester|place]]; explained the plan to father in Bemba.
"""),
    ("child in need review minutes", """CHILD IN NEED REVIEW - [[Mutale Mwansa|name]] and [[Chanda Mwansa|name]]
[[8 January 2027|date]], at [[Beck Primary School|school]]
Present: [[Bwalya Chileshe|name]] (mother); [[Mulenga Mwansa|name]] (father); [[Grace Hope|name]] (SW, chair); Mrs [[Linda Shaw|name]]
(SENCo); [[Joseph Kabwe|name]] (Bemba interpreter); [[Ruth Wainwright|name]] ([[Chanda|name]]'s head of year, [[Yewlands Academy|school]]).

Progress: [[Mutale|name]] attended clinic on [[1 December|date]] and [[5 January|date]]. Father has stopped going to the
[[Pitsmoor|place]] meeting and now attends a church in [[Firth
Park|place]]. [[Chanda|name]] no longer interprets at clinic; the trust books
an interpreter. No plan to send [[Mutale|name]] to [[Kitwe|place]]; grandmother [[Agnes|name]] is to visit in summer.
Next review [[9 April 2027|date]].

[[Chanda|name]]'s views (written by him, read out): "I don't want to be the one who tells Mama what the doctor said. Our
church friend Auntie [[Precious|name]] helps. I like it when Mr [[Mweemba|name]] from the youth club at [[Shiregreen|place]] takes us
football."
Actions: [[Grace Hope|name]] to write to Dr [[Nwosu|name]] and to Mr [[Mulenga Mwansa|name]] by [[15/01/2027|date]]; [[Linda Shaw|name]]
to book [[Joseph Kabwe|name]] for parents' evening on [[4 February|date]]; [[Ruth Wainwright|name]] to refer [[Chanda|name]] to the
young carers' service. Contact numbers: mum [[07828 361825|phone]], dad [[07594 856767|phone]], aunt [[Natasha Mwansa|name]]
[[07541 250748|phone]], grandmother [[Agnes Mwansa|name]], [[Plot 114, Chimwemwe|address]], [[Kitwe|place]], [[+260 96 5329868|phone]].
"""),
]


# --- D. Al-Mabrouk / Ben Omran family (Libyan, Arabic speakers), Darnall, Sheffield -----------------------------------------

HOME_D = d.Address("9 Staniforth Road", "Darnall", "Sheffield", "S9 4LP")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Salma", "Al-Mabrouk")], dt.date(2012, 11, 3), addresses=[HOME_D], ids=["777 933 6360", "R373221587425"],
       schools=["Darnall Academy"]),
    _p("s", "sibling", [("Yousef", "Al-Mabrouk")], dt.date(2016, 1, 19), addresses=[HOME_D], ids=["792 894 1791"]),
    _p("m", "mother", [("Huda", "Ben Omran")], dt.date(1988, 6, 6), addresses=[HOME_D], phones=["07545 705907"]),
    _p("f", "father", [("Tarek", "Al-Mabrouk")], dt.date(1982, 4, 10), addresses=[HOME_D], phones=["07862 999500"]),
    _p("p1", "professional", [("Faye", "Marsden")], phones=["0114 440 7033"], emails=["faye.marsden@sheafvale.gov.uk"]),
], "c")

DOCS_D = [
    ("school safeguarding log export", """SAFEGUARDING LOG - export    Pupil: [[AL-MABROUK, Salma|name]] (Y9)    DOB [[03/11/2012|dob]]
UPN [[R373221587425|upn]]

[[09/10/2026|date]] 08:52 [[Salma|name]] in tears at gate; says her dad took her phone because a boy, "[[Rayan|name]]", messaged her.
    Logged by [[T. Ashworth|name]] (form tutor).
[[16/10/2026|date]] 13:10 Friend [[Nadia Begum|name]] says [[Salma|name]] told her she is going to [[Misrata|place]] at half term "to meet
    a cousin, [[Anas|name]]" and will not come back. - [[Faye Marsden|name]] informed (social care).
[[19/10/2026|date]] 09:30 DSL ([[Jess Cartwright|name]]) met mum, [[Huda Ben Omran|name]], with interpreter. Mum says a holiday to see
    [[Salma|name]]'s grandmother, [[Fatma Ben Omran|name]], in [[Tripoli|place]]; tickets for [[24 October|date]], return "not yet".
[[19/10/2026|date]] 11:20 [[Salma|name]] to Mrs [[Cartwright|name]]: "[[Anas|name]] is my dad's brother's son. He lives on
[[Shari' Tripoli|address]]
    near the Souq. Uncle [[Saleh|name]] says I am old enough." Brother [[Yousef|name]] (Y6, [[Acres Hill Primary|school]]) told his
    teacher, Mr [[Gill|name]], that "[[Salma|name]] is getting married in Libya".
[[19/10/2026|date]] 12:05 Mum's contact details updated: mobile [[07545 705907|phone]]; email [[huda.benomran@outlook.com|email]];
    dad [[07862 999500|phone]]. Emergency contact: aunt [[Amal Ben Omran|name]], [[Cheetham Hill|place]], [[Manchester|place]].
[[19/10/2026|date]] 15:45 FMU advice call; police (DC [[Sarah Holroyd|name]]) informed; Forced Marriage Protection Order discussed.
"""),
    ("an uncle's WhatsApp messages in Arabic with translation", """Messages from [[Salma|name]]'s uncle, saved by mum and translated by
[[Khadija Osman|name]] (interpreter), [[21/10/2026|date]]

عمك [[صالح|name]]: [[سلمى|name]] لازم تجي [[مصراتة|place]] الشهر هذا. [[أنس|name]] مستني.
([[Salma|name]] must come to [[Misrata|place]] this month. [[Anas|name]] is waiting.)
[[Huda|name]]: البنت صغيرة يا [[صالح|name]]. عندها مدرسة. أمي [[فاطمة|name]] في [[طرابلس|place]] ما توافق.
(The girl is young, [[Saleh|name]]. She has school. My mother [[Fatma|name]] in [[Tripoli|place]] does not agree.)
عمك [[صالح|name]]: [[فاطمة|name]] ما لها دخل. العرس في [[زليتن|place]] عند بيت [[الغدبان|name]].
([[Fatma|name]] has no say. The wedding is in [[Zliten|place]] at the [[Ghadban|name]] house.)
[[Huda|name]]: خلّي [[طارق|name]] يكلمني.
(Let [[Tarek|name]] call me.)
عمك [[صالح|name]]: [[طارق|name]] موافق. اتصلي على [[+218 91-2455269|phone]]
([[Tarek|name]] agrees. Call on [[+218 91-2455269|phone]].)
"""),
    ("Forced Marriage Protection Order application statement", """STATEMENT OF [[FAYE MARSDEN|name]], social worker, in support of an
application for a Forced Marriage Protection Order
Person to be protected: [[Salma AL-MABROUK|name]], born [[3 November 2012|dob]], of [[9 Staniforth Road|address]], [[Darnall|place]],
[[Sheffield|place]] [[S9 4LP|postcode]]

1. I have been [[Salma|name]]'s social worker since [[17 October 2026|date]]. She lives with her mother, [[Huda Ben Omran|name]]
([[07545 705907|phone]]), her father, [[Tarek Al-Mabrouk|name]] (born [[10/04/1982|dob]]), and her brother [[Yousef|name]] (10).
2. [[Salma|name]] told me on [[20 October 2026|date]] at [[Darnall Academy|school]] that her paternal uncle, [[Saleh Al-Mabrouk|name]],
of [[Shari' Tripoli 14|address]], [[Misrata|place]], has arranged her engagement to his son [[Anas|name]], who is 23.
3. Her mother told me she is afraid of her husband's family and that the passports are kept by [[Tarek|name]]'s friend,
Mr [[Idris|name]], who runs a barber's on [[Main Road|address]], [[Darnall|place]].
4. I ask the court to order that the passports of [[Salma|name]] and [[Yousef|name]] be surrendered.
5. On [[21 October 2026|date]] [[Salma|name]]'s mother showed me messages from [[Saleh Al-Mabrouk|name]] on [[+218 91-2455269|phone]]
and from her own mother, [[Fatma Ben Omran|name]], in [[Tripoli|place]] ([[+218 91-9307934|phone]]), who does not agree with the marriage.
6. The family's previous address was [[Flat 2, 40 Worksop Road|address]], [[Attercliffe|place]], [[S9 3TN|postcode]], until
[[1 May 2024|date]].
Before coming to the UK the family lived in [[Zliten|place]]. [[Salma|name]] was born in [[Misrata|place]].
Signed [[F. Marsden|name]]   [[22.10.2026|date]]
"""),
    ("social worker's case note after a home visit", """Case note [[2 Nov 2026|date]] - HV [[9 Staniforth Rd|address]]. Present mum,
[[Salma|name]], [[Yousef|name]], interpreter [[Khadija|name]].
FMPO made on [[23/10/26|date]] at Sheffield Family Court; passports handed in at Attercliffe police station. Dad now staying with
his cousin in [[Tinsley|place]] ([[Mohamed Zreba|name]], [[07496 178000|phone]] - number given by mum, not checked). [[Salma|name]] back at
school, smiling, wants to do art GCSE. [[Yousef|name]] asked if Baba is coming home. Mum says her sister [[Amal|name]] in
[[Manchester|place]] rings every night. Next visit [[9/11|date]] with [[Salma|name]]'s teacher Miss [[Tasker|name]].
Neighbour at [[no. 11|address]], Mrs [[Pauline Crookes|name]], told me on the doorstep that a man in a grey Passat ([[YC68 WTU|vehicle]])
sat outside on [[31 October|date]] and asked for "[[Tarek|name]]'s wife". Mum thinks it is [[Tarek|name]]'s friend [[Idris Ghadban|name]]
from [[Attercliffe|place]]. Mum's friend from the [[Darnall|place]] mosque, [[Samira Hassan|name]] ([[07358 736984|phone]]), sits with her
at night.
[[Salma|name]]'s friend [[Nadia|name]] and [[Nadia|name]]'s mum, [[Rubina Begum|name]], of [[Balfour Road|address]], walk her to school.
"""),
]


# --- E. Hague / Swallow family (white British), Rawmarsh, Rotherham ------------------------------------------------------

HOME_E = d.Address("27 Green Lane", "Rawmarsh", "Rotherham", "S62 6JU")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Harley", "Hague")], dt.date(2024, 7, 14), addresses=[HOME_E], ids=["747 605 6280"]),
    _p("s", "sibling", [("Maisie", "Swallow")], dt.date(2018, 3, 3), addresses=[HOME_E], ids=["483 618 2522", "G372218676188"],
       schools=["Rawmarsh Ashwood Primary School"]),
    _p("m", "mother", [("Chelsea", "Swallow")], dt.date(2000, 5, 25), addresses=[HOME_E], phones=["07911 270144"]),
    _p("f", "father", [("Jamie", "Hague")], dt.date(1998, 9, 9), phones=["07726 665223"]),
    _p("p1", "professional", [("Laura", "Bell")], phones=["01709 747403"], emails=["laura.bell@donrother.gov.uk"]),
], "c")

DOCS_E = [
    ("ambulance crew safeguarding referral", """YAS SAFEGUARDING REFERRAL (from ePR)   Incident [[30/11/2026|date]] 03:14   Crew:
[[Dale Ibbotson|name]] (paramedic),
[[Sophie Crapper|name]] (EMT)
Patient: [[HAGUE, Harley|name]]   DOB [[14/07/2024|dob]]   Age 2   NHS [[747 605 6280|nhs]]
Address: [[27 Green Lane|address]], [[Rawmarsh|place]], [[Rotherham|place]] [[S62 6JU|postcode]]

Call from mum, [[Chelsea Swallow|name]] ([[07911 270144|phone]]): child fitting. On arrival febrile convulsion settled. House very cold,
no gas on meter, dog mess on stairs, a cannabis smell. [[Maisie|name]] (8) was up and had been minding [[Harley|name]] while mum
"popped to [[Jamie|name]]'s" on [[Kilnhurst Road|address]]. Mum returned at 03:20 with a friend, [[Tasha Mellor|name]], who said
she lives at no. 4 next door. Conveyed to Rotherham General with mum; [[Maisie|name]] left with [[Tasha|name]].

Referral made to: [[Rotherham|place]] Children's Front Door by phone 04:40 (spoke to EDT worker [[Mandy Spooner|name]]).
Other adults present: [[Tasha Mellor|name]] (neighbour, [[4 Green Lane|address]]); dad [[Jamie Hague|name]] not present, phone
[[07726 665223|phone]] per mum. Child's GP: Dr [[Penny Woodhead|name]], Rawmarsh Health Centre. School for [[Maisie|name]]:
[[Rawmarsh Ashwood|school]]. Health visitor: [[Becky Pearson|name]]. Previous YAS attendance: [[11/08/2026|date]] ([[Harley|name]], croup).
Crew signatures: [[D. Ibbotson|name]] 4471, [[S. Crapper|name]] 5502. Completed [[30/11/2026|date]] 05:10.
"""),
    ("duty social worker's phone notes typed fast", """duty notes [[30.11|date]] - [[L Bell|name]]
09:05 rang mum [[07911 270144|phone]] no ans. rang [[jamie hague|name]] [[07726 665223|phone]] - says not his business, [[chelsea|name]]
was at his "for 10 mins". says [[maisie|name]] is "a little mum".
09:20 school ([[Ashwood|school]]) - [[maisie|name]] in, tired, told mrs [[senior|name]] she "did harleys calpol".
09:40 RGH ward paeds - [[harley|name]] ok, home today pm. nurse [[bev|name]] says mum tearful, no money for meter.
10:15 nan [[Julie Swallow|name]] in [[parkgate|place]] [[07363 270452|phone]]?? - number from mum's old file, ring later
10:30 TM [[Gareth Beevers|name]] - s47, strategy by 1pm, HV today. food bank voucher (Rawmarsh Community Hub)
11:05 [[julie|name]] rang back from [[07363 270452|phone]] - lives [[41 Broad Street|address]] [[parkgate|place]] [[S62 6DZ|postcode]]. says
      [[chelsea|name]] "not coping since [[jamie|name]] left", will take kids weekends. her fella [[keith|name]] - ask police
11:40 police PNC req sent ([[Keith Ashforth|name]] dob [[02/02/1971|dob]]) via DC [[Rigby|name]]
12:10 strategy w/ DC [[Owen Rigby|name]], [[bev hawley|name]] (RGH), mrs [[senior|name]] (school). s47 agreed.
14:30 HV [[27 green lane|address]] w/ [[gareth|name]]. mum in. meter topped up £20 (hub). dog ok. [[maisie|name]] says [[tasha|name]]
      "always helps". upstairs damp. landlord [[Steve Hirst|name]] [[07296 313562|phone]] - ring re damp
16:00 back at Riverside. rec sent to [[gareth|name]]
"""),
    ("a mother's own statement written for conference", """this is me [[Chelsea|name]] writing for the meeting on the [[15th|date]]

I no I shouldnt of left them. [[Harley|name]] was asleep and [[Maisie|name]] is sensible. I went to [[Jamie|name]]s because he
had the money for the electric and gas. We split up in the summer but he still helps. I dont smoke weed in the house its
[[Jamie|name]]s mate [[Connor Swift|name]] who came round on the [[28th|date]].

Me mam [[Julie|name]] says she will have the kids at hers at [[Parkgate|place]] on a weekend. My nanna [[Pat Swallow|name]] in
[[Kimberworth|place]] has [[Maisie|name]] after school tuesdays. I want to do a course at [[Dearne Valley College|school]] in
[[Wath|place]] in September.

[[Chelsea Swallow|name]]
[[27 Green Ln|address]] [[S62 6JU|postcode]]   my new number is [[07545 705907|phone]] the old one got cut off
"""),
    ("initial child protection conference minutes", """INITIAL CHILD PROTECTION CONFERENCE - [[Harley Hague|name]] and
[[Maisie Swallow|name]]   [[15 December 2026|date]]
Riverside House, [[Rotherham|place]]. Minutes: [[Kelly Wilde|name]]. Chair: Dr [[Imran Qureshi|name]] (IRO).
Present: [[Chelsea Swallow|name]]; [[Jamie Hague|name]] (DOB [[09/09/1998|dob]]); [[Laura Bell|name]] (SW); Mrs [[Senior|name]] (DSL,
[[Rawmarsh Ashwood Primary School|school]]); [[Bev Hawley|name]] (children's nurse); DC [[Owen Rigby|name]].
[[Maisie|name]]: UPN [[G372218676188|upn]], NHS [[483 618 2522|nhs]], DOB [[3.3.2018|dob]].
Summary: [[Maisie|name]] cares for [[Harley|name]] at night; debt; cold house. Grandmother [[Julie Swallow|name]] of [[Parkgate|place]]
offers weekends; her partner, [[Keith Ashforth|name]], has a conviction from 2009 (checks pending). Father [[Jamie Hague|name]] lives
at [[12 Kilnhurst Road|address]], [[Rawmarsh|place]], [[S62 5LH|postcode]], with his mother [[Tracey Hague|name]]. Neighbour
[[Tasha Mellor|name]]
(no. 4) minded [[Maisie|name]] on [[30 November|date]]. [[Maisie|name]] told [[Laura|name]] on [[4 December|date]]: "I do the bottles and
[[Harley|name]]'s nappy when mum is out. I'm not scared, Biscuit sleeps on my bed." (Biscuit is the dog.)
Decision: both children subject to a child protection plan under neglect. Core group [[5 January 2027|date]].
"""),
]


# --- F. Ogley / Sheard family (white British), Hexthorpe, Doncaster ----------------------------------------------------------

HOME_F = d.Address("Flat 3, 88 Urban Road", "Hexthorpe", "Doncaster", "DN4 0DT")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Brooklyn", "Ogley")], dt.date(2010, 10, 10), addresses=[HOME_F], ids=["749 617 8004", "T371218925552"],
       schools=["Hall Cross Academy"]),
    _p("m", "mother", [("Kerry", "Ogley")], dt.date(1985, 7, 7), addresses=[HOME_F], phones=["07496 178000"]),
    _p("g", "grandparent", [("Derek", "Sheard")], dt.date(1958, 11, 11), phones=["01302 324010"]),
    _p("p1", "professional", [("Dawn", "Armitage")], phones=["01302 708800"], emails=["dawn.armitage@dondearne.gov.uk"]),
], "c")

DOCS_F = [
    ("referral from a youth offending officer by email", """From: [[Rhys Doughty|name]] <[[rhys.doughty@dondearne-yjs.gov.uk|email]]>
Sent: Tuesday [[1 December 2026|date]] 16:02
To: [[Doncaster|place]] Children's Front Door
Subject: Referral - [[Brooklyn OGLEY|name]] DOB [[10/10/2010|dob]]

Hi, I supervise [[Brooklyn|name]] ("[[Brook|name]]") on a referral order. Today he told me he has been sleeping at a mate's,
[[Reece Marriott|name]], in [[Balby|place]], since his mum's new partner, [[Wayne Goodall|name]], moved into
[[Flat 3, 88 Urban Road|address]],
[[Hexthorpe|place]], [[DN4 0DT|postcode]]. He has a bruise on his cheek; he says [[Wayne|name]] "headbutted" him on
the [[27th|date]]. Mum is [[Kerry Ogley|name]], [[07496 178000|phone]]. His grandad, [[Derek Sheard|name]], lives in
[[Bentley|place]] ([[01302 324010|phone]]) and would have him. He is not attending [[Hall Cross|school]].
Thanks, [[Rhys|name]]
[[Rhys Doughty|name]] | Youth Justice Officer | [[Doncaster|place]] Youth Justice Service | [[01302 859571|phone]] | [[07541 250748|phone]]

> From: [[Reece Marriott|name]]'s mum, [[Tina Marriott|name]] <[[tinamarriott1979@hotmail.co.uk|email]]>
> Sent: [[30 November 2026|date]] 21:47
> To: [[Rhys Doughty|name]]
> [[Brook|name]] has been here since Weds [[25th|date]]. hes a good lad but i cant keep him, we live at [[22 Cedar Road|address]]
> [[Balby|place]] [[DN4 0JZ|postcode]] with 4 kids already. his grandad [[derek|name]] is in [[bentley|place]]. [[Tina|name]]
"""),
    ("scanned handwritten note from a grandfather, OCR'd", """[OCR of a note left at the Civic Office reception, [[03/12/2026|date]]; OCR
errors kept]

To the socal worker for our [[Brook|name]]
I am his grandad [[Derek Sheard|name]] of [[41 Sandall Beat Rd|address]] [[Bentley|place]] [[DN5 9HJ|postcode]]. He can stop with me.
I have a spare room since my wife [[Brenda|name]] passed. That [[Wayne|name]] is bad news he was inside at HMP Doncaster for
hitting a woman in [[Adwick|place]]. My phone is [[01302 324010|phone]] or ask at the Bentley WMC for me.
Signed [[D. Sheard|name]]
P.S. the lad's mam [[Kerry|name]] is not bad she is frightened of him. She grew up at [[Balby|place]] with me and [[Brenda|name]]
at [[16 Woodfield Road|address]]. [[Lacey|name]] her eldest is at [[Thorne|place]] now. Born [[10th Oct 2010|dob]] is [[Brook|name]] if
you need it for the forms.
"""),
    ("connected person viability assessment", """CONNECTED PERSON VIABILITY ASSESSMENT
Child: [[Brooklyn Ogley|name]] (known as [[Brook|name]])   DOB [[10.10.2010|dob]]   NHS [[749 617 8004|nhs]]   UPN [[T371218925552|upn]]
Proposed carer: [[Derek Sheard|name]], maternal grandfather, DOB [[11/11/1958|dob]], [[41 Sandall
Beat Road|address]], [[Bentley|place]], [[Doncaster|place]] [[DN5 9HJ|postcode]]
Assessor: [[Dawn Armitage|name]], [[01302 708800|phone]], [[dawn.armitage@dondearne.gov.uk|email]]   Date of visit: [[7 December 2026|date]]

Mr [[Sheard|name]] is 68, a retired miner from [[Brodsworth|place]] colliery. His late wife [[Brenda Sheard|name]] died in
March 2025. His son, [[Gary Sheard|name]], lives in [[Scawthorpe|place]] and visits. Checks: no police record; GP
(Dr [[Chandra|name]], Bentley Surgery) confirms type 2 diabetes, well controlled. [[Brook|name]] wants to live here and keep seeing
[[Kerry|name]].
Household and network: Mr [[Sheard|name]] lives alone in a two-bedroom council semi. Neighbours: [[Mick Eyre|name]] at no. 39 and
[[Sue Eyre|name]], who have known [[Brook|name]] "since he were a babby". [[Brook|name]]'s sister [[Lacey Ogley|name]] (19) lives at
[[7 Fieldside|address]], [[Thorne|place]], [[DN8 4BQ|postcode]], with her partner [[Callum Birks|name]]; she can help at weekends
([[07882 519306|phone]]).
Education: [[Brook|name]] is on roll at [[Hall Cross Academy|school]] (Y11); head of year Mrs [[Leigh Bramley|name]].
Visits: [[Brook|name]] stayed over on [[4 December|date]] and [[5 December|date]]; [[Kerry|name]] ([[07496 178000|phone]]) visited on
[[6 Dec|date]] with [[Lacey|name]]. [[Wayne Goodall|name]] (DOB [[19/04/1981|dob]], of [[Flat 3, 88 Urban Road|address]]) rang Mr
[[Sheard|name]] twice; reported to PC [[Dean Wilkinson|name]] on [[7
December|date]]. Referees: [[Alan Crossland|name]] (ex-NUM, [[Carcroft|place]])
and [[Margaret Fox|name]] (Bentley Methodist chapel).
Recommendation: viable; full assessment under Regulation 24; [[Wayne Goodall|name]] not to visit the address.
"""),
    ("a boy's texts with his social worker", """Texts between [[Brook|name]] and SW [[Dawn|name]] ([[Dawn Armitage|name]]), copied to file
[[09/12/2026|date]]

[[Dawn|name]]: Hi [[Brook|name]] its [[Dawn|name]]. Are you settled at your grandads?
[[Brook|name]]: ye its sound. he makes proper teas
[[Dawn|name]]: Good. [[Rhys|name]] says you missed YOT on Monday?
[[Brook|name]]: went [[bentley|place]] park with [[reece|name]] forgot sry
[[Dawn|name]]: OK. Contact with mum Saturday [[12th|date]] at the family centre in [[Balby|place]]
[[Brook|name]]: is [[wayne|name]] gonna be there
[[Dawn|name]]: No. Just you and mum.
[[Brook|name]]: ok. can [[lacey|name]] come shes me sister (shes 19 lives in [[thorne|place]])
[[Dawn|name]]: I'll ask mum. [[Lacey|name]] can ring me on [[01302 708800|phone]]
[[Brook|name]]: sound. grandad says thanks for the bus pass
[[Dawn|name]]: No problem. School on Monday [[14th|date]] - Mrs [[Bramley|name]] will meet you at the gate at 8.30
[[Brook|name]]: ok. [[reece|name]]s mam says can i still go theirs in [[balby|place]]
[[Dawn|name]]: Yes, if grandad knows. Not to [[Urban Road|address]] please.
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 43 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 01:13 UTC, read since)"


_TITLES = _TITLES_21 | {"ba", "bana", "bashi", "mayo", "prophet", "pastor", "baba", "mama", "ammi", "عمك", "nan", "grandad", "mam"}
_AFTER = _AFTER_21
_NOT_PLACES = _NOT_PLACES_21 | {"zambia", "copperbelt", "libya", "barnsley metropolitan borough", "the dearne", "dearne"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 21's checker (which runs set 15's, and so sets 13 to 6's) does the parsing, stray-markup, span, check-digit, NI-format,
# name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks; this adds this set's
# kinship words and titles ("Ba Mulenga", "Mayo Precious", "Prophet Musonda", "Baba") and countries ("Zambia", "Libya").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_21, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
