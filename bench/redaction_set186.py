"""Set 186: a held-out hand-written set for the redaction detector, six more invented families in Purbeck, Dorset, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set187.py to bench/redaction_set189.py and their tests (written by other helpers at the same time), that did not
run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What was
read: bench/redaction_set181.py (its first 140 lines: the docstring, the first record, the first document and the opening of
the second; and its last 80 lines: its last three documents and closing lines, _PAIRS, NAME, _TITLES, _AFTER, _NOT_PLACES and
the HandSet lines) and tests/test_redaction_set181.py in full,
which are the layout followed here; of bench/redaction_set21.py only the first 30 lines of its docstring (its conventions were
taken as set 181 restates them); the docstrings of bench/redaction_set7.py to bench/redaction_set185.py searched by a script
(ast.get_docstring) for the towns, villages and communities this set uses, printing only the file names that matched and, for
"Corfe", "Herston" and "Wool", 80 characters either side of each match (they were Corfe Mullen in set 184, Featherstone in
sets 40 and 121, Woolbrook, Woolshops and Woolfold in sets 183, 120 and 136, so no Purbeck place was a family's home before);
the `_party`, `Records` and `HandSet` lines of bench/redaction_handwritten.py (a grep of it also showed a few lines of its first
example record); and no part of pyproject.toml (ruff was run with the project's settings). The community (Kipsigis, a Kalenjin
people of Kericho and Bomet, Kenya) and "Kalenjin", "Kipsigis", "Nandi", "Eldoret", "Kericho" and "Bomet" were in no earlier
docstring ("Kenyan" was, in sets 44, 103 and 141). Phone numbers were checked with the phonenumbers library and NHS numbers and
UPNs made and checked with python-stdnum in small snippets. The record constructors (d.Party through `_party`, d.Address,
d.CaseRecord) are imported from the detector module only to build records. Nobody may tune the detector on this set: it is to
be scored once. If a mistake in the gold marking is found after scoring, correct only the marking and say so here.

Six families in Swanage, Wareham, Wool and the villages of Purbeck around them, each from a district or village the earlier
docstrings did not show as a family's home: a young white British mother in Herston, Swanage, with a nan in Langton Matravers
(Chinchen / Bascombe; neglect of a baby losing weight, domestic abuse with strangulation, a child protection plan); a Kipsigis
(Kalenjin, Kenyan) army family in Bovington Camp, Wool (Rotich / Langat; a soldier father hitting the mother, a boy of 14 pushed
into a door frame, a mother's notes in Swahili, a grandmother in Kericho, fear of the children being taken to Bomet); a white
British girl of 15 in Northport, Wareham (Hardy; missing to Boscombe, county lines and suspected sexual exploitation, a
Snapchat thread, an NRM referral); a white British family in Sandford, Wareham (Frampton; a father on methadone using heroin
and found unresponsive by his son of 10, a mother with bipolar disorder off her lithium, a nan in Stoborough); a white British
family in East Burton, Wool, with a disabled boy of 8 (Selby; cerebral palsy, autism and epilepsy, a sister of 11 caring, a lift
that never comes); and a young carer of 12 in Corfe Castle (Dowden; a mother drinking and depressed, a 999 call, a grandad in
Stoborough). 24 documents, each with its own style label: a health visitor's home visit record, a nan's WhatsApp messages typed
up, a police domestic incident log, initial child protection conference minutes, an Army Welfare Service referral form, a
mother's notes in Swahili with a translation, a boy's own writing scanned by OCR (with its misreadings), a strategy discussion
record, a return home interview, Snapchat messages typed up from screenshots, an NRM referral form, a police exploitation
intelligence log, a GP letter, a drug and alcohol worker's email, a child's diary in lower case, a social worker's
chronology, EHCP annual review minutes, a short breaks application form, a mother's late-night email, an OT's phone notes, a
young carer's assessment, a form tutor's email to the DSL, a 999 call transcript and a child's letter to her social worker.

Invented: every person, house number, street in a family's address, phone number, NHS number, UPN, NI number, email address
and vehicle registration, and the schools (Purbeck Vale Primary, Heath Ridge Academy, Northmoor Academy, Sandford Heath Primary,
Winfrith Heath School, Castle View Primary), the surgery (Heathland Surgery) and the recovery service's domain. Phones are
valid (phonenumbers), UK and foreign (Kenya, +254); NHS numbers and UPNs (LA 835) pass their check digits; the NI numbers
have a valid format. Towns, villages, districts and stations are real and marked as places.

Markup and conventions: exactly those of bench/redaction_set21.py as set 181 restates them. Titles and kinship words stay
outside a name (Mr, Mrs, Ms, Dr, PC, PCSO, DC, DS, Sgt, Cpl, Capt, Maj, Padre, Pastor, TA, Nan, Nanny, Grandad, Auntie, and the
Swahili Mama and the Kipsigis Kogo (grandmother)); "SURNAME, First" and "SURNAME First" are one span ("CHINCHEN, Kerry",
"BASCOMBE Dean"); a nickname in quotes between a first name and a surname is its own span; a contact saved as one letter ("J")
is an initial and not marked; a neighbour's bare house number ("no. 19", "no 12") is an address; organisations holding a
town's name stay unmarked ("Swanage Foodbank", "Poole Hospital", "Dorset County Hospital", "Purbeck Wellbeing", "the Lulworth
Estate", "Carers Support Dorset"), and so do counties, districts and countries ("Dorset", "Purbeck", "Wiltshire", "Kenya",
"Estonia"); a road number ("A351") is a landmark and not marked; a weekday alone or a weekday before a date stays outside the
date ("Friday [[6 November]]", "Jumapili [[1 Novemba]]"), while a day named by a festival ("Bonfire Night") is a date; a date
of birth written without its year ("the 18th of June") is a dob; an OCR misreading keeps its kind ("O9/11/2O26" a date,
"Bovlngton" a place, "Ba1dock" a name); a surname that is also a town ("PCSO Holly Wareham") is a name.

Choices this set had to make: a chain's branch or a shop named by its town in lower-case words ("the Wareham Tesco", "the
corfe pub", "the co-op in sandford") marks the town; a street used as an address without a number ("Sandford Road", "North
Street", "Christchurch Road") is an address; Winfrith (the old research site, as an employer) is marked as a place, as its
village is; a police reference number and an incident number stay unmarked.

Self-check without the detector: `python -m bench.redaction_set186` (and tests/test_redaction_set186.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 910 gold spans, 513 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Chinchen / Bascombe family (white British), Herston, Swanage, nan in Langton Matravers ------------------------------

HOME_A = d.Address("17 Priestway Close", "Herston", "Swanage", "BH19 2RT")
NAN_A = d.Address("3 Coombe Row", "Langton Matravers", "Swanage", "BH19 3HG")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Lacey-Jo", "Chinchen")], dt.date(2017, 3, 14), addresses=[HOME_A], ids=["5200099986", "F835244757442"],
       schools=["Purbeck Vale Primary"]),
    _p("s", "sibling", [("Mason", "Bascombe")], dt.date(2023, 8, 2), addresses=[HOME_A], ids=["6202044160"]),
    _p("m", "mother", [("Kerry", "Chinchen")], dt.date(1995, 11, 21), addresses=[HOME_A], phones=["07712 483 915"]),
    _p("f", "father", [("Dean", "Bascombe")], dt.date(1992, 4, 5), addresses=[HOME_A], phones=["07934 206 178"],
       ids=["JT482193C"]),
    _p("g", "grandparent", [("Lorraine", "Chinchen")], dt.date(1969, 1, 27), addresses=[NAN_A], phones=["01929 427 316"]),
], "c")

DOCS_A = [
    ("health visitor's home visit record", """HEALTH VISITING - HOME VISIT RECORD (Purbeck locality)
Child: [[Mason BASCOMBE|name]]  DOB [[02/08/2023|dob]]  NHS [[620 204 4160|nhs]]
Sibling: [[Lacey-Jo Chinchen|name]] ([[14/03/2017|dob]]), Y4 at [[Purbeck Vale Primary|school]]
Address: [[17 Priestway Close|address]], [[Herston|place]], [[Swanage|place]] [[BH19 2RT|postcode]]
Mother: [[Kerry Chinchen|name]] [[07712 483 915|phone]]. Partner: [[Dean Bascombe|name]] (father of [[Mason|name]]).
Visit [[19/10/2026|date]], 10:30, by HV [[Ruth Pitman|name]] with student [[Becca Galpin|name]].
[[Kerry|name]] answered after 5 mins. Strong smell of dog and cigarettes; kitchen floor sticky, two dogs shut in the back room.
[[Mason|name]] (14 months) in a nappy only, nappy heavy; weight dropped from the 50th to the 9th centile since [[6 July|date]].
No formula in the house; [[Kerry|name]] said [[Dean|name]] "has the bank card" and was "out on the boats" at [[Swanage|place]] pier.
[[Lacey-Jo|name]] not at school - said she had a "bad belly"; she was feeding [[Mason|name]] toast. [[Lacey|name]] told me her nan
([[Lorraine|name]]) "does our washing at [[Langton|place]]".
Neighbour Mrs [[Audrey Hibbs|name]] from [[no. 19|address]] came to the door while I was there: said she hears shouting "most
nights" and saw [[Dean|name]] kick the gate on Saturday [[17th|date]].
Plan: repeat weight in 1 week ([[26/10/26|date]]); ring GP Dr [[Selwyn|name]] at the surgery; ring school (Mrs [[Tatchell|name]],
DSL); share with MASH today. Food bank voucher given (Swanage Foodbank).
[[R. Pitman|name]], Health Visitor, [[ruth.pitman@purbeckhealth.nhs.uk|email]]
Addendum [[20/10/2026|date]]: [[Lorraine Chinchen|name]] rang ([[01929 427 316|phone]]) - will have both kids at [[3 Coombe
Row|address]], [[Langton Matravers|place]] for the weekend. [[Kerry|name]] agreed.
"""),
    ("nan's WhatsApp messages typed up", """WhatsApp from [[Lorraine Chinchen|name]] (nan) to SW [[Gemma Loveless|name]] - copied
[[2/11/26|date]] from the work phone

[[28/10|date]] 19:02  hi [[gemma|name]] its [[lorraine|name]], [[lacey|name]] n [[mason|name]] are here again. [[kez|name]] rang crying
said [[dean|name]] smashed the tv
[[28/10|date]] 19:04  he's took her car keys too. the black corsa [[HF19 KWO|vehicle]]
[[28/10|date]] 21:40  [[lacey|name]] says [[dean|name]] grabbed her mum by the neck in the kitchen. shes only 9 she shouldnt see that
[[29/10|date]] 07:15  ive rang [[swanage|place]] police station?? no one there. rang 101
[[29/10|date]] 07:16  ref is 55260291842 they said
[[29/10|date]] 12:30  my neighbour [[Pat|name]] ([[pat hayter|name]] at no 5) is having [[mason|name]] while i take
[[lacey|name]] to school in
[[herston|place]]
[[30/10|date]] 16:00  [[kerry|name]] says shes going to her mate [[shanice|name]]s in [[wareham|place]]. [[shanice bowditch|name]]
[[30/10|date]] 16:01  [[7 Bestwall Crescent|address]] or sumthing
[[31/10|date]] 09:20  [[dean|name]] turned up here at [[langton|place]] shouting at 1am. my brother [[Terry|name]] made him go
[[31/10|date]] 09:22  his number is [[07934 206 178|phone]] if u need it. hes been drinking at the [[corfe|place]] pub all week
[[1/11|date]] 18:45  can [[lacey|name]] stay at mine till xmas? im 57 but i can do it. my mob [[07511 902 648|phone]]
"""),
    ("police domestic incident log", """DORSET POLICE - DOMESTIC INCIDENT / DASH SUMMARY   URN 55/80219/26
Date/time: [[31/10/2026|date]] 01:14.  Location: [[3 Coombe Row|address]], [[Langton Matravers|place]], [[BH19 3HG|postcode]]
Suspect: [[BASCOMBE Dean|name]]  DOB [[05/04/1992|dob]]  NI [[JT 48 21 93 C|ni]]  Tel [[07934 206 178|phone]]
Victim (index DA [[28/10/26|date]]): [[CHINCHEN, Kerry|name]] DOB [[21/11/1995|dob]]
Reporting party: [[Lorraine CHINCHEN|name]] (mother of victim) and [[Terence Chinchen|name]] (her brother), same address.
Officers: PC [[Jon Stockley|name]] 1482 and PCSO [[Holly Wareham|name]].
Account: [[Bascombe|name]] attended in drink demanding to see his son [[Mason|name]] (1). Banged windows. Left in the direction of
[[Harman's Cross|place]] on foot before police arrival. Vehicle [[HF19 KWO|vehicle]] (Vauxhall Corsa, black) later found parked at
[[Studland|place]] ferry road, unlocked.
DASH: 15 yes answers - HIGH. Strangulation on [[28 Oct|date]] disclosed by [[Kerry|name]] by phone ([[07712 483 915|phone]]).
Children present: [[Lacey-Jo|name]] (9) and [[Mason|name]]. [[Lacey-Jo|name]] woke and spoke to PCSO [[Wareham|name]]: "[[Dean|name]]
is shouting again".
Actions: MARAC referral; IDVA ([[Sian Rideout|name]]) to call victim; child notification to MASH; suspect arrested [[1/11/26|date]]
at [[12 Kings Road West|address]], [[Swanage|place]] (his cousin [[Liam Bascombe|name]]'s flat). Bail conditions: not to enter
[[Priestway Close|address]] or [[Langton Matravers|place]].
OIC: DC [[Naomi Brine|name]].
Previous: [[Bascombe|name]] cautioned [[14/06/2021|date]] for assault on ex-partner [[Stacey Marsh|name]] ([[Upton|place]]); a child,
[[Kayden Marsh|name]], now 8. Supervisor review: Sgt [[Colin Ryall|name]]; call taker [[Bethan|name]] ([[B. Ffrench|name]]).
Witnesses canvassed: [[Pat Hayter|name]] ([[5 Coombe Row|address]]); [[Graham Lander|name]] and [[Wendy Lander|name]] ([[no. 1|address]]).
"""),
    ("initial child protection conference minutes", """INITIAL CHILD PROTECTION CONFERENCE - [[Lacey-Jo CHINCHEN|name]] and [[Mason
BASCOMBE|name]]
Held [[16 November 2026|date]], 10am, by Teams. Chair: [[Philippa Durrant|name]]. Minutes: [[Wendy Orchard|name]].
Present: [[Kerry Chinchen|name]] (mother) with her advocate [[Jade Sturdy|name]]; [[Lorraine Chinchen|name]] (maternal nan);
[[Gemma Loveless|name]] (SW); [[Ruth Pitman|name]] (HV); Mrs [[Emma Tatchell|name]] (DSL, [[Purbeck Vale|school]]); DC [[Brine|name]];
[[Sian Rideout|name]] (IDVA). Apologies: Dr [[Selwyn|name]] (report sent). Not invited: [[Dean Bascombe|name]] (bail conditions);
his solicitor Mr [[Okafor|name]] asked for the minutes.
1. [[Gemma|name]] summarised: neglect ([[Mason|name]]'s weight, home conditions), DA incidents on [[28/10/2026|date]] and
[[31/10/2026|date]].
2. School: [[Lacey-Jo|name]]'s attendance 82%; she told her teacher Mr [[Hollands|name]] on [[4 Nov|date]] that she "looks after the
baby when mum is sad". Friends [[Poppy Marsh|name]] and [[Evie-Rose Cull|name]] sit with her.
3. HV: [[Mason|name]] weighed [[9/11/26|date]] - up to the 25th centile while at nan's in [[Langton|place]].
4. [[Kerry|name]]: "I want [[Dean|name]] gone. I'll go to the refuge in [[Poole|place]] if I have to." She has started with
Purbeck Wellbeing (worker [[Tash|name]]).
5. Nan: willing to keep [[Lacey|name]] at [[Coombe Row|address]]. Great-grandad [[Ron Chinchen|name]] also lives in
[[Worth Matravers|place]].
Decision: child protection plans under neglect and emotional abuse for both children. Core group by [[27/11/2026|date]];
review conference [[15 February 2027|date]]. Lead professional: [[G. Loveless|name]].
Core group members: [[Kerry|name]], [[Lorraine|name]], [[Gemma|name]], [[Ruth|name]], Mrs [[Tatchell|name]], [[Sian|name]], and nursery
(Little Stars, [[Swanage|place]], key person [[Marie Dennett|name]]). Family network meeting with great-grandad [[Ron|name]],
[[Kerry|name]]'s cousin [[Danielle Cobb|name]] ([[Kimmeridge|place]]) and [[Terry Chinchen|name]] to be set up by [[Gemma|name]].
"""),
]


# --- B. Rotich family (Kipsigis, Kalenjin, from Kericho, Kenya), Bovington Camp, Wool ---------------------------------------

HOME_B = d.Address("41 Cambrai Crescent", "Bovington", "Wareham", "BH20 6JX")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Kiprono", "Rotich")], dt.date(2012, 5, 11), addresses=[HOME_B], ids=["6858848304", "H835241384313"],
       schools=["Heath Ridge Academy"]),
    _p("s", "sibling", [("Chelangat", "Rotich")], dt.date(2019, 10, 3), addresses=[HOME_B], ids=["3782671856"]),
    _p("f", "father", [("Kipkemoi", "Rotich")], dt.date(1988, 2, 19), addresses=[HOME_B], phones=["07825 619 304"]),
    _p("m", "mother", [("Chepngeno", "Rotich"), ("Chepngeno", "Langat")], dt.date(1991, 7, 30), addresses=[HOME_B],
       phones=["07458 331 927"]),
    _p("g", "grandparent", [("Chebet", "Langat")], dt.date(1962, 3, 1), phones=["+254 722 418 396"]),
], "c")

DOCS_B = [
    ("army welfare service referral form", """ARMY WELFARE SERVICE - REFERRAL TO CHILDREN'S SERVICES (OFFICIAL-SENSITIVE)
Referrer: [[Claire Maidment|name]], AWS worker, Bovington. Tel [[01929 462 803|phone]]. Date: [[3 November 2026|date]]
Child: [[ROTICH, Kiprono|name]]  DOB [[11.05.2012|dob]]  School: [[Heath Ridge Academy|school]] (Y10)
Sibling: [[Chelangat|name]] ("[[Chela|name]]") DOB [[03.10.2019|dob]]  NHS [[378 267 1856|nhs]]
Parents: Cpl [[Kipkemoi ROTICH|name]] ([[07825 619 304|phone]]), [[Chepngeno Rotich|name]] (née [[Langat|name]]) ([[07458 331 927|phone]])
Address (SFA): [[41 Cambrai Crescent|address]], [[Bovington|place]], [[Wareham|place]] [[BH20 6JX|postcode]]
Languages: Kipsigis (home), Swahili, English. Religion: Africa Inland Church (attend a fellowship in [[Dorchester|place]]).
Reason: On [[1/11/26|date]] [[Chepngeno|name]] came to the welfare office with a swollen lip and said in front of me and the
chaplain (Padre [[Huw Mathias|name]]) that her husband hits her "when he comes back from the range". She said [[Kiprono|name]] stood
between them on [[31 October|date]] and was pushed into the door frame. Neighbour Sgt [[Dale Crocker|name]]'s wife [[Leanne|name]]
([[no. 43|address]]) heard it.
[[Kipkemoi|name]] is due to deploy to Estonia on [[12 January 2027|date]]. His OC is Maj [[Fairbrother|name]]; unit welfare officer
Capt [[Nick Trevett|name]].
Family: maternal grandmother [[Chebet Langat|name]] in [[Kericho|place]], Kenya ([[+254 722 418 396|phone]]); father's brother
[[Kiplangat Rotich|name]] in [[Bomet|place]] ([[+254 712 305 841|phone]]) - [[Chepngeno|name]] fears he will be told.
Mum's friend [[Faith Wanjiru|name]] in [[Wool|place]] ([[07946 318 720|phone]]) is a support.
Others who know the family: Pastor [[Kiprotich|name]] ([[Joel Kiprotich|name]]) of the fellowship; the HIVE's [[Jenny Shave|name]];
[[Chela|name]]'s nursery key worker [[Bev Loder|name]]; the family's previous posting was [[Catterick|place]] (SSAFA worker
[[Ian Ord|name]]).
"""),
    ("mother's notes in Swahili with a translation", """Notes written by [[Chepngeno Rotich|name]] in Swahili on [[5/11/2026|date]] and
given to SW [[Dominic Yeates|name]]; translated by [[Mercy Njeri|name]] (interpreter, by phone) on [[6/11/2026|date]].

Original:
Jumapili [[1 Novemba|date]] - [[Kipkemoi|name]] alirudi saa nne usiku akiwa amelewa. Alinipiga kofi. [[Kiprono|name]] alisimama
katikati yetu. Alimsukuma kwenye mlango.
[[Chela|name]] alilia sana. Nilimpigia Mama [[Chebet|name]] [[Kericho|place]] lakini simu ilikatika.
Sitaki [[Kiprono|name]] aende Kenya. [[Kipkemoi|name]] anasema atampeleka kwa kaka yake [[Kiplangat|name]]
[[Bomet|place]] likizo ya [[Desemba 18|date]].
Rafiki yangu [[Faith|name]] wa [[Wool|place]] ananisaidia.

Translation:
Sunday [[1 November|date]] - [[Kipkemoi|name]] came back at 10pm drunk. He slapped me. [[Kiprono|name]] stood between us. He pushed
him into the door.
[[Chela|name]] cried a lot. I phoned Mama [[Chebet|name]] in [[Kericho|place]] but the call cut.
I do not want [[Kiprono|name]] to go to Kenya - [[Kipkemoi|name]] says he will take him to his brother [[Kiplangat|name]] in
[[Bomet|place]] for the holiday on [[December 18|date]].
My friend [[Faith|name]] from [[Wool|place]] helps me.
Interpreter's note: "saa nne usiku" is 10pm in Swahili time-keeping. "Mama" here is a respectful word for her own mother.
"""),
]

DOCS_B += [
    ("boy's own writing scanned by OCR", """[scanned from a Year 10 English book, [[Heath Ridge|school]] - OCR text, errors kept]
Name: [[Kiprono Rotlch|name]]   Date: [[O9/11/2O26|date]]   Title: A Place I Belong

The place I belong is not [[Bovlngton|place]]. My dad says we belong to the regiment but I belong in [[Kerlcho|place]] at Kogo
[[Chebet|name]]s house where the tea bushes go on for ever. In [[Kericho|place]] my cousins [[Kibet|name]] and [[Cherono|name]] wake
me up at 6 and we walk to [[Litein|place]] market. Nobody shouts there.
Here I have my friends [[Ollie Stainer|name]] and [[Kai|name]] from [[Wool|place]]. We get the bus to [[Wareham|place]] and go to the
skate park. Sometimes I stay at [[Kai Rendell|name]]'s house at [[8 Spring Close|address]] when dad is loud.
Last month on the [[3lst|date]] I stood in front of mum. I am 14 and I am taller than him now. [[Chela|name]] hid in the
wardrobe.
Mr [[Ba1dock|name]] says I can write it how I want.
(teacher's comment, handwritten, OCR: "[[Kip|name]] - thank you for trusting me with this. Please come and see me or Mrs
[[Okonkwo|name]] at break. [[J. Baldock|name]] [[lO/ll|date]]")
"""),
    ("strategy discussion record", """STRATEGY DISCUSSION - [[Kiprono ROTICH|name]] ([[11/05/2012|dob]]) and [[Chelangat ROTICH|name]]
([[03/10/2019|dob]])
Date: [[10/11/2026|date]], 14:00, Teams.  Chair: [[Angela Frizzell|name]] (MASH team manager)
Attendees: DS [[Rob Hibberd|name]] (Dorset Police); [[Claire Maidment|name]] (AWS); [[Dominic Yeates|name]] (SW); Mrs [[Grace
Okonkwo|name]] (DSL, [[Heath Ridge|school]]); [[Tamsin Coombes|name]] (school nurse); Capt [[Nick Trevett|name]] (unit welfare, for
information only, left at 14:20); RMP liaison Sgt [[Kelly Norris|name]].
Information: [[Kiprono|name]]'s NHS no. [[685 884 8304|nhs]]; UPN [[H835241384313|upn]]. [[Chela|name]] attends the nursery on camp
(key worker [[Bev Loder|name]]). Previous: a 2023 referral in [[Tidworth|place]]? (none found on our system; ask Wiltshire).
[[Kiprono|name]]'s writing of [[9 November|date]] (shared by Mr [[Baldock|name]]) describes the incident of [[31/10|date]].
Dad [[Kipkemoi|name]] ([[07825 619 304|phone]]) not yet told; mum asked that he is not told before she is safe.
Mum has a place with [[Faith Wanjiru|name]] at [[22 Colliers Lane|address]], [[Wool|place]], [[BH20 6DL|postcode]] (her husband
[[Samuel Wanjiru|name]] is also in the regiment).
Decision: S47 joint; ABE interview of [[Kiprono|name]] at [[Weymouth|place]] on [[12/11/2026|date]]; risk that the children are
taken to [[Bomet|place]] - passports: [[Chepngeno|name]] holds both; police to alert ports. Next review [[17.11.26|date]].
Actions: [[D. Yeates|name]] and DS [[Hibberd|name]] to see [[Chepngeno|name]] at [[Faith|name]]'s on [[11/11/2026|date]] with an
interpreter (Swahili - [[Mercy Njeri|name]]; no Kipsigis interpreter found: [[Chepngeno|name]]'s cousin [[Naomi Cheruiyot|name]] in
[[Southampton|place]] offered but is family, so declined). Mrs [[Okonkwo|name]] to keep [[Kiprono|name]] in school; his friends
[[Ollie Stainer|name]] and [[Kai Rendell|name]] not to be told. Capt [[Trevett|name]] to be told of the outcome only.
"""),
]


# --- C. Hardy family (white British), Northport, Wareham: a girl of 15 missing and criminally exploited -------------------

HOME_C = d.Address("12 Frome Walk", "Northport", "Wareham", "BH20 4QS")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Mollie", "Hardy")], dt.date(2011, 6, 22), addresses=[HOME_C], ids=["2571322982", "R835291645205"],
       schools=["Northmoor Academy"]),
    _p("m", "mother", [("Tracey", "Hardy")], dt.date(1984, 1, 9), addresses=[HOME_C], phones=["07960 184 253"]),
    _p("s", "sibling", [("Brandon", "Hardy")], dt.date(2008, 12, 1), addresses=[HOME_C]),
], "c")

DOCS_C = [
    ("return home interview", """RETURN HOME INTERVIEW (missing episode 4)
Young person: [[Mollie HARDY|name]]  DOB [[22/06/2011|dob]]  NHS [[257 132 2982|nhs]]
Home: [[12 Frome Walk|address]], [[Northport|place]], [[Wareham|place]] [[BH20 4QS|postcode]]. Mum: [[Tracey Hardy|name]]
[[07960 184 253|phone]]
Missing from Friday [[6 November|date]] 18:00 to Sunday [[8 November|date]] 11:40. Found by police at [[Boscombe|place]] (a flat off
[[Christchurch Road|address]]).
Interviewer: [[Lucy Marchant|name]] (independent RHI worker, Barnardo's). Held [[10/11/2026|date]] at [[Wareham|place]] library.
[[Mollie|name]]'s account: "I went with [[Jace|name]] and his mate. We drove to [[Bournemouth|place]] in his white car. I stayed at
[[Tiana|name]]'s. I wasn't kidnapped, I wanted to go." She says [[Jace|name]] is 19 (police believe [[Jason Critchell|name]], 24, of
[[Poole|place]]). She said she "held stuff" for him in her bra on the train back to [[Holton Heath|place]].
She has not eaten properly; she was sick at [[Tiana|name]]'s. She said a man called "[[Smokey|name]]" took her phone.
Friends: [[Skye Harwood|name]] (also missing last month), [[Ellis|name]] from [[Sandford|place]]. Brother [[Brandon|name]] (17) told her
not to come home "if she's bringing that lot".
What would help: to see her dad ([[Craig Hardy|name]], lives in [[Weymouth|place]]), and "for [[Jace|name]] to leave me alone".
Worries shared with SW [[Rhys Benfield|name]] and the exploitation team ([[Kate Ensor|name]]). Mum was present for the last 10
minutes. [[Tracey|name]] said [[Mollie|name]]'s nan [[Maureen Hardy|name]] in [[Bere Regis|place]] is "the only one she listens to".
"""),
    ("Snapchat messages typed up from screenshots", """screenshots given by [[Tracey Hardy|name]] on [[11/11/26|date]] - from
[[Mollie|name]]'s
snapchat (name shown: "[[moll|name]] 🦋"), typed up by [[R Benfield|name]]

[[jace|name]]: u comin out or wat
[[moll|name]]: mums watchin me. [[brandon|name]] took my keys
[[jace|name]]: ill be at the station 8. [[wareham|place]] not [[holton|place]]
[[moll|name]]: k
[[jace|name]]: bring [[skye|name]] if she wants. [[smokey|name]] says she owes
[[moll|name]]: she dont owe nothin
[[jace|name]]: u both owe. £300. dont make me come to [[northport|place]]
[[moll|name]]: pls dont come to my house my mum will call [[rhys|name]]
[[jace|name]]: who tf is [[rhys|name]]
[[moll|name]]: my social worker
[[jace|name]]: lol. meet at the co-op in [[sandford|place]] then. [[tiana|name]] will get u
[[tiana b|name]]: hun im outside lidl?? no the spar
[[moll|name]]: omw
(sent [[7/11|date]] 20:14 - [[Mollie|name]] missing from 20:30 that evening)
"""),
]

DOCS_C += [
    ("National Referral Mechanism referral form", """NRM REFERRAL (child - no consent needed)   First responder: Dorset Council
Children's Services
Potential victim: Surname [[HARDY|name]]  Forename(s) [[Mollie Jade|name]]  DOB [[22-06-2011|dob]]  Gender F  Nationality British
UPN: [[R835291645205|upn]]   School: [[Northmoor Academy|school]], [[Wareham|place]] (DSL Mr [[Gareth Vye|name]])
Address: [[12 Frome Walk|address]], [[Wareham|place]], [[BH20 4QS|postcode]]
Exploitation type: criminal (county lines, drug running) and sexual (suspected).
Suspected exploiters: [[Jason|name]] "[[Jace|name]]" [[CRITCHELL|name]] (DOB [[14/02/2002|dob]]), [[Parkstone|place]],
[[Poole|place]]; vehicle white
Audi A3 [[WU68 FZB|vehicle]]; phone [[07391 884 206|phone]] (recovered from [[Mollie|name]]'s contacts as "J🔥") - see note 2.
Unknown male "[[Smokey|name]]", believed to run a flat in [[Boscombe|place]]; [[Tiana Bright|name]] (18) of [[Hamworthy|place]].
Locations: [[Wareham|place]] station, [[Holton Heath|place]] station, [[Sandford|place]] shops, [[Bournemouth|place]] (the
Triangle), [[Kinson|place]].
Dates: missing [[19/09/2026|date]], [[3/10/2026|date]], [[24/10/2026|date]], [[6/11/2026|date]].
Completed by: [[Rhys Benfield|name]], SW, [[rhys.benfield@dorsetcouncil.gov.uk|email]], [[01305 221 748|phone]]. Manager: [[Alex
Spurrier|name]].
Note 2: the "J" contact may also be [[Jordan Critchell|name]], [[Jason|name]]'s brother.
"""),
    ("police exploitation intelligence log", """DORSET POLICE - CHILD EXPLOITATION INTEL (sanitised for the MACE meeting of
[[19/11/2026|date]])
Subject: [[HARDY, Mollie|name]] (15), [[Northport|place]], [[Wareham|place]]
[[12/11/26|date]] 21:50 ANPR: [[WU68 FZB|vehicle]] northbound A351 at [[Sandford|place]], two female passengers seen.
[[13/11/26|date]] 16:10 PCSO [[Mia Kearley|name]] saw [[Mollie|name]] with [[Skye Harwood|name]] at [[Wareham|place]] quay talking to a
male in a grey hoodie (not [[Critchell|name]]).
[[14/11/26|date]] Stop search at [[Poole|place]] bus station: [[Tiana BRIGHT|name]] had 2 phones; one rang with "moll" on screen.
[[15/11/26|date]] Mum ([[07960 184 253|phone]]) reported [[Mollie|name]] home late with new trainers; said "[[Brandon|name]] saw a
man drop her at the [[Carey|place]] turning".
[[16/11/26|date]] Partnership closure notice sought for flat 3, [[41 Ashley Road|address]], [[Boscombe|place]] [[BH1 4LG|postcode]]
(tenant [[Dwayne Pike|name]] aka "[[Smokey|name]]").
[[17/11/26|date]] [[Critchell|name]] arrested at [[Parkstone|place]]; in his car a receipt from the
[[Wareham|place]] Tesco dated [[6/11|date]].
OIC: DC [[Hannah Greenslade|name]]. Intel officer: [[P. Chubb|name]].
Associates of [[Critchell|name]]: [[Reece Tuck|name]] ("[[Tucky|name]]"), [[Liam O'Dell|name]], [[Kyra Stanbridge|name]]; girls
also seen with
him: [[Skye Harwood|name]], [[Leah Jeans|name]] ([[Upton|place]]). [[Mollie|name]]'s brother [[Brandon Hardy|name]] spoken to by PC
[[Tom Brewer|name]] on [[18/11|date]].
"""),
]


# --- D. Frampton family (white British), Sandford, Wareham: a father on methadone, a mother with bipolar disorder ----------

HOME_D = d.Address("7 Gorse Hill Rise", "Sandford", "Wareham", "BH20 7BQ")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Frampton")], dt.date(2016, 2, 27), addresses=[HOME_D], ids=["3116129967", "F835254528325"],
       schools=["Sandford Heath Primary"]),
    _p("s", "sibling", [("Ellie-Mae", "Frampton")], dt.date(2020, 5, 8), addresses=[HOME_D], ids=["1976431301"]),
    _p("f", "father", [("Gavin", "Frampton")], dt.date(1987, 9, 14), addresses=[HOME_D], phones=["07391 205 866"],
       ids=["NP627518A"]),
    _p("m", "mother", [("Natalie", "Frampton")], dt.date(1990, 12, 2), addresses=[HOME_D], phones=["07587 412 093"]),
], "c")

DOCS_D = [
    ("GP letter to children's services", """Heathland Surgery, [[Sandford Road|address]], [[Wareham|place]]          Tel
[[01929 552 740|phone]]
[[9th November 2026|date]]
To: [[Megan Tizzard|name]], Social Worker, Dorset Council (Purbeck Children's Team)
Re: [[Natalie FRAMPTON|name]], DOB [[02/12/1990|dob]], [[7 Gorse Hill Rise|address]], [[Sandford|place]], [[BH20 7BQ|postcode]]
and her children [[Tyler Frampton|name]] ([[27/02/2016|dob]], NHS [[311 612 9967|nhs]]) and [[Ellie-Mae Frampton|name]]
([[08/05/2020|dob]], NHS [[197 643 1301|nhs]])
Dear Ms [[Tizzard|name]],
Thank you for your request. Mrs [[Frampton|name]] has bipolar affective disorder and is under the community mental health team
(care coordinator [[Dawn Ackerley|name]]). She stopped her lithium in September and was seen by my colleague Dr [[Lockyer|name]]
on [[23 October|date]], when she was elated, had not slept for three nights and had spent her rent money online.
Her partner [[Gavin Frampton|name]] ([[14.09.1987|dob]]) is on a methadone script (60 ml daily, supervised at the
[[Wareham|place]] pharmacy) through the drug and alcohol service; his key worker is [[Stu Ricketts|name]]. On [[2/11/26|date]] the
pharmacist ([[Priya Nandha|name]]) told us he had missed four days.
[[Tyler|name]] was brought to the surgery on [[5 November 2026|date]] by his grandmother, [[Janice Frampton|name]] of
[[Stoborough|place]], with an untreated scald on his forearm; he said he was making noodles for [[Ellie|name]] because "mum was
asleep all day".
I support your enquiry and will attend the conference if I can. Yours sincerely,
Dr [[Anjali Bhatt-Reid|name]], GP partner
cc Health visitor [[Kirsty Pitt|name]]; school nurse team.
"""),
    ("drug and alcohol worker's email", """From: [[Stu Ricketts|name]] <[[stuart.ricketts@recoverydorset.org.uk|email]]>
To: [[Megan Tizzard|name]] <[[megan.tizzard@dorsetcouncil.gov.uk|email]]>
Date: Thu [[12 Nov 2026|date]] 15:47
Subject: RE: [[Gavin F|name]] - urine screen + home visit

Hi [[Megan|name]],
Saw [[Gav|name]] today at the [[Wareham|place]] hub. UDS positive for heroin and cocaine (as well as methadone). He admits using
"a bit" with his mate [[Lee Burt|name]] from [[Stoborough|place]] and says he gets it off someone in [[Hamworthy|place]]. He keeps
his methadone in a lockbox - says - but [[Tyler|name]] told our family worker [[Jen|name]] the box is "on top of the telly".
Naloxone kit given again. I have moved his pick-up to daily supervised at the [[North Street|address]] pharmacy from [[16/11|date]].
[[Natalie|name]] was not there; [[Gav|name]] says she's "up and down" and went to her sister [[Kelly Snook|name]]'s in
[[Bere Regis|place]] on Monday. [[Gav|name]]'s number has changed - new mob [[07852 906 413|phone]] (old [[07391 205 866|phone]]
dead).
His NI number for the benefits letter is [[NP 62 75 18 A|ni]] if you need it for the food voucher.
Cheers, [[Stu|name]]
[[Stuart Ricketts|name]] | Recovery Worker | [[01929 557 204|phone]]
"""),
]

DOCS_D += [
    ("child's diary in lower case", """(from [[Tyler|name]]'s diary, a school book, copied with his ok by Mrs [[Cobb|name]],
his class teacher, [[13/11/26|date]]. spelling
kept)

munday [[9th|date]]
mum didnt get up agen. i did [[ellie|name]]s breckfast. coco pops with no milk. dad was in the shed with [[lee|name]].
wensday
nanny [[jan|name]] came from [[stoborough|place]] and tidyed. she shouted at dad. she took [[ellie mae|name]] to hers.
my arm is beter. the nurse at the docters was called [[kim|name]] she was nice.
thursday [[12 november|date]]
me and [[harvey|name]] and [[zak p|name]] played at [[sandford|place]] park. [[harvey|name]]s mum [[donna|name]] gave me tea. fish
fingers.
friday
dad was asleep on the sofa with his mouth open and i coudnt wake him so i rang nanny [[jan|name]] on the house phone
[[01929 421 658|phone]]. she came and called the amblance. the amblance man [[dave|name]] gave dad a spray up his nose.
i went to [[harvey|name]]s at [[no 12|address]].
[[ellie|name]] is still at nannys. grandad [[keith|name]] says i can help with his pigeons. [[harvey|name]] says i am lucky.
[[ellie|name]] misses mum she cryed at [[jess|name]] at nursery. i want to live at nannys in [[stoborough|place]] to.
"""),
    ("social worker's chronology", """CHRONOLOGY - FRAMPTON children ([[Tyler|name]], [[Ellie-Mae|name]])  - SW [[M. Tizzard|name]]
[[02/03/2024|date]]  First referral (police, DA verbal only, [[Gavin|name]] and [[Natalie|name]]), NFA.
[[11/09/2025|date]]  Early help ([[Sue Marsh|name]], family worker) - school attendance [[Tyler|name]] 79%.
[[23/10/2026|date]]  [[Natalie|name]] seen by Dr [[Lockyer|name]], elated; CMHT (care coordinator [[Dawn Ackerley|name]]) told.
[[02/11/2026|date]]  Pharmacy (Ms [[Nandha|name]]): [[Gavin|name]] missed 4 days of methadone.
[[05/11/2026|date]]  [[Tyler|name]]'s scald; brought to GP by nan [[Janice Frampton|name]] ([[01929 421 658|phone]]), [[18 Wych
Lane|address]], [[Stoborough|place]], [[BH20 5AF|postcode]].
[[09/11/2026|date]]  GP letter (Dr [[Bhatt-Reid|name]]).
[[12/11/2026|date]]  [[Stu Ricketts|name]]: [[Gavin|name]]'s UDS positive heroin/cocaine.
[[13/11/2026|date]]  School (Mrs [[Jo Cobb|name]], [[Sandford Heath Primary|school]]) shares [[Tyler|name]]'s diary; UPN
[[F835254528325|upn]].
[[13/11/2026|date]]  Friday 18:20: [[Gavin|name]] found unresponsive by [[Tyler|name]] (10); nan called 999; paramedic [[David Clench|name]]
gave naloxone; taken to Poole Hospital. [[Tyler|name]] to [[Harvey Lodge|name]]'s house ([[12 Gorse Hill Rise|address]]) - mum
[[Donna Lodge|name]].
[[14/11/2026|date]]  [[Natalie|name]] located at her sister [[Kelly Snook|name]]'s, [[Bere Regis|place]]; admitted informally to
[[Dorchester|place]] (Forston Clinic) on [[15/11|date]].
[[16/11/2026|date]]  Strategy discussion; both children with nan under a safety plan. [[Ellie-Mae|name]]'s nursery
(Little Acorns, [[Sandford|place]]) told - key person [[Jess|name]].
[[20/11/2026|date]]  Uncle [[Ryan Frampton|name]] (dad's brother, [[Poole|place]], [[07403 551 298|phone]]) offered weekends.
[[23/11/2026|date]]  Visit with [[Sue Marsh|name]] to nan's. [[Tyler|name]]: "I don't want to find dad again." [[Ellie-Mae|name]] asked for
[[Natalie|name]]. Nan's partner [[Keith Lovell|name]] is helping with school runs. Neighbour [[Pam Ricketts|name]] (no relation to
[[Stu|name]]) brings meals.
"""),
]


# --- E. Selby family (white British), East Burton, Wool: a disabled boy of 8 -----------------------------------------------

HOME_E = d.Address("4 Burton Mead", "East Burton", "Wareham", "BH20 6HT")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Kieran", "Selby")], dt.date(2018, 9, 17), addresses=[HOME_E], ids=["3276602636", "U835255850124"],
       schools=["Winfrith Heath School"]),
    _p("s", "sibling", [("Isla", "Selby")], dt.date(2015, 1, 22), addresses=[HOME_E]),
    _p("m", "mother", [("Joanne", "Selby")], dt.date(1986, 3, 3), addresses=[HOME_E], phones=["07403 926 115"]),
    _p("f", "father", [("Mark", "Selby")], dt.date(1984, 8, 12), addresses=[HOME_E], phones=["07852 370 641"]),
], "c")

DOCS_E = [
    ("EHCP annual review minutes", """EDUCATION, HEALTH AND CARE PLAN - ANNUAL REVIEW
Child: [[Kieran SELBY|name]]   DOB: [[17/09/2018|dob]]   UPN: [[U835255850124|upn]]   NHS: [[327 660 2636|nhs]]
School: [[Winfrith Heath School|school]] (Class Puffins)   Date of meeting: [[4th November 2026|date]]
Present: [[Joanne Selby|name]] (mum); [[Mark Selby|name]] (dad, by phone from work at [[Winfrith|place]]); Mrs [[Helen Dibben|name]]
(SENCo); [[Laura Brixey|name]] (class teacher); [[Sam Osmond|name]] (SALT); [[Naz Hussain|name]] (physio, by Teams); [[Chris Gover|name]]
(SEN caseworker).
Needs: cerebral palsy (spastic diplegia), autism, epilepsy (last tonic-clonic [[18 Oct|date]], rescue med given by TA [[Bryony|name]]).
[[Kieran|name]] uses a walker in class and a wheelchair for distance; he communicates with some words, Makaton and his
talker. His favourite adults are TA [[Bryony Snelgrove|name]] and the minibus driver, [[Keith|name]].
Parents' views: [[Jo|name]] said the minibus from [[East
Burton|place]] takes 55 minutes since the route changed to go round
[[Bovington|place]] and [[Wool|place]] station; [[Kieran|name]] has been arriving distressed. [[Mark|name]] asked about a lift at home;
OT ([[Rachel Foyle|name]]) has not visited since [[March 9th|date]].
[[Kieran|name]]'s sister [[Isla|name]] (11, now at secondary in [[Wareham|place]]) "does a lot" at home.
Actions: SALT to update the talker ([[S. Osmond|name]]); [[C. Gover|name]] to ask transport about a shorter route; referral for
short breaks; young carer check for [[Isla|name]]. Next review [[3 November 2027|date]].
Distribution: [[Joanne Selby|name]], [[Mark Selby|name]], [[Helen Dibben|name]], [[Laura Brixey|name]], [[Sam Osmond|name]], [[Naz
Hussain|name]], [[Chris Gover|name]], [[Rachel Foyle|name]], Dr [[Faulkner|name]] (community paediatrician), epilepsy nurse [[Gill
Rowe|name]].
"""),
]

DOCS_E += [
    ("short breaks application form", """DORSET SHORT BREAKS - APPLICATION (Part A, completed by parent)
1. Child's full name: [[Kieran James Selby|name]]    Known as: [[Kiki|name]] (by his sister only)
2. Date of birth: [[17 Sept 2018|dob]]    NHS number: [[3276602636|nhs]]
3. Address: [[4 Burton Mead|address]], [[East Burton|place]], [[Wareham|place]], [[BH20 6HT|postcode]]
4. Parent/carer 1: [[SELBY, Joanne|name]]   mobile [[07403 926 115|phone]]   email [[jo.selby86@gmail.com|email]]
   Parent/carer 2: [[SELBY, Mark|name]]     mobile [[07852 370 641|phone]]   works shifts at the [[Winfrith|place]] site
5. Other children: [[Isla Selby|name]], DOB [[22/01/2015|dob]]
6. Who helps you now? My mum [[Val Hooper|name]] in [[Wool|place]] ([[01929 463 217|phone]]) but she had a knee op on [[2nd
October|date]]. Our neighbour [[Bernie Coxon|name]] at [[no. 6|address]] sits with [[Kieran|name]] sometimes. My friend [[Shelley
Vincent|name]] from church in [[Bovington|place]].
7. What would a break look like? After school club at [[Winfrith Heath|school]] once a week, and an overnight at [[Wareham|place]]
(Pine View) once a month. [[Kieran|name]] loves the steam trains at [[Corfe Castle|place]] and the beach at [[Studland|place]].
8. Anything else? [[Isla|name]] has stopped going to Brownies in [[Wool|place]] (leader Mrs [[Paine|name]]) because she stays in to
help. [[Kieran|name]] had a seizure on the minibus on [[18/10/26|date]] and the driver ([[Keith Bugler|name]]) had to stop at
[[Winfrith Newburgh|place]].
Signed: [[J Selby|name]]   Date: [[6/11/2026|date]]
Office use: received [[9/11/2026|date]] by [[T. Hiscock|name]]; allocated to [[Lorna Scutt|name]] (CWD team).
"""),
    ("mother's email to the social worker", """From: [[jo.selby86@gmail.com|email]]
Sent: [[23 November 2026|date]] 23:52
To: [[Lorna Scutt|name]]
Subject: please read - [[kieran|name]]

hi [[lorna|name]] sorry its late, cant sleep.
[[kieran|name]] had 3 seizures tonight, last one 7 mins, i gave the buccal and rang 999. ambulance took 50 mins from [[dorchester|place]].
[[mark|name]] was on nights at [[winfrith|place]] so [[isla|name]] held his head while i did the meds. shes 11 [[lorna|name]]. she
shouldnt have to.
the paramedic ([[tom|name]]? [[tom westlake|name]] i think) said we need a care plan in the house. we had one but the school
took it for the minibus.
also the OT [[rachel|name]] STILL hasnt come about the lift. [[kieran|name]] is 8 and i cant carry him up the stairs much longer.
my back went on [[the 20th|date]].
my mum [[val|name]] cant help since her knee. [[mark|name]]s sister [[nicola|name]] in [[swanage|place]] offered sat afternoons
([[07825 133 604|phone]]).
can the short breaks panel be sooner than [[14 dec|date]]??
[[jo|name]]
sent from my iphone
"""),
    ("occupational therapist's phone notes", """OT - telephone contact notes   Client: [[SELBY, Kieran|name]] ([[17.09.2018|dob]])
[[24/11/26|date]] 09:05 Call from [[Lorna Scutt|name]] (SW) re mum's email of [[23/11|date]]. Agreed urgent.
[[24/11/26|date]] 09:30 Rang mum [[Joanne|name]] on [[07403 926 115|phone]]: no answer, voicemail left.
[[24/11/26|date]] 11:10 Mum rang back. Stairs: 13, turning at the top. [[Kieran|name]] now sleeps downstairs on the sofa with mum.
Dad [[Mark|name]] on nights. Sister [[Isla|name]] helps with transfers (!). Nan [[Valerie Hooper|name]] unable since op.
[[24/11/26|date]] 11:40 Spoke to Mr [[Selby|name]] ([[07852 370 641|phone]]) re landlord - house owned by the Lulworth Estate?
Checked: landlord is the estate office at [[East Lulworth|place]], contact Mr [[Weld-Harris|name]].
[[24/11/26|date]] 14:00 Joint visit booked [[27/11/26|date]] 10am with rehab engineer [[Dan Pitfield|name]]. Equipment: hoist,
profiling bed, ramp at back door of [[4 Burton Mead|address]].
[[27/11/26|date]] Visit done. Through-floor lift not possible; DFG for a downstairs bedroom/wetroom. [[Isla|name]] (home from school,
ill) showed me how she lifts [[Kieran|name]] - advised her not to and told mum. Referral to young carers (worker [[Amy Cull|name]]).
[[R. Foyle|name]], Senior OT, [[rachel.foyle@dorsetcouncil.gov.uk|email]]
"""),
]


# --- F. Dowden family (white British), Corfe Castle: a young carer of 12, a mother drinking and depressed -----------------

HOME_F = d.Address("2 Quarrymans Row", "Corfe Castle", "Wareham", "BH20 5EH")
GRANDAD_F = d.Address("9 Nutcrack Lane", "Stoborough", "Wareham", "BH20 5AN")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Amber", "Dowden")], dt.date(2014, 4, 30), addresses=[HOME_F], ids=["8836443737", "A835231352944"],
       schools=["Northmoor Academy"]),
    _p("s", "sibling", [("Alfie", "Dowden")], dt.date(2019, 7, 9), addresses=[HOME_F], ids=["8481703923"]),
    _p("m", "mother", [("Sarah", "Dowden")], dt.date(1979, 6, 18), addresses=[HOME_F], phones=["07719 640 238"]),
    _p("g", "grandparent", [("Roy", "Dowden")], dt.date(1951, 10, 4), addresses=[GRANDAD_F], phones=["01929 480 254"]),
], "c")

DOCS_F = [
    ("young carer's assessment", """YOUNG CARERS ASSESSMENT (Carers Support Dorset)
Young carer: [[Amber DOWDEN|name]]   DOB [[30/04/2014|dob]]   Age 12   School: [[Northmoor|school]], Y8
Address: [[2 Quarrymans Row|address]], [[Corfe Castle|place]], [[BH20 5EH|postcode]]
Cares for: mum [[Sarah Dowden|name]] (depression, alcohol) and brother [[Alfie|name]] (7, at [[Castle View
Primary|school]]).
Assessor: [[Amy Cull|name]]. Date: [[18 November 2026|date]]. Also present: grandad [[Roy Dowden|name]] ([[Stoborough|place]]).
What [[Amber|name]] does: gets [[Alfie|name]] up and dressed, walks him to school, then the 07:50 bus from [[Corfe|place]] to
[[Wareham|place]]; shops at the [[Corfe|place]] village stores; hides mum's bottles; sorts mum's sertraline. Mum's partner [[Gary
Lillington|name]] moved out in August and lives in [[Swanage|place]] ([[Ulwell|place]]).
[[Amber|name]] said: "Mum cries and sleeps. When she's had wine she's nice but then she falls. I found her on the bathroom floor on
[[Bonfire Night|date]]. Grandad [[Roy|name]] came with Auntie [[Bev|name]]." Aunt [[Beverley Symes|name]] lives in [[Kingston|place]]
(the village above [[Corfe|place]]).
Friends: [[Niamh|name]] and [[Jessie Puckett|name]] (from [[Harman's Cross|place]]) - [[Amber|name]] stopped going to netball.
Impact: tired, late 11 times this term, homework not done.
Plan: young carers group at [[Wareham|place]] (Mondays?), lifts by Grandad, referral to CAMHS? no - to school counsellor
Ms [[Ferreira|name]]; carer's break at [[Studland|place]] in half term. Review [[10/02/2027|date]].
Consent: [[Sarah Dowden|name]] (verbally, by phone), [[Roy Dowden|name]] (signed). Copies: [[Amber|name]], school ([[Gareth Vye|name]]),
GP (Dr [[Mayo|name]]), [[Castle View|school]] (Mrs [[Lander|name]] for [[Alfie|name]]).
"""),
]

DOCS_F += [
    ("form tutor's email to the DSL", """From: [[Owen Tapper|name]] <[[o.tapper@northmoor-academy.org.uk|email]]>
To: [[Gareth Vye|name]] (DSL)
Date: [[19/11/2026|date]] 08:12
Subject: [[Amber D|name]] 8T - worried

[[Gareth|name]],
[[Amber Dowden|name]] (8T, UPN [[A835231352944|upn]]) fell asleep in registration again this morning. When I asked, she said she'd
been up since 5 because "mum was sick everywhere" and she had to get [[Alfie|name]] to [[Castle View|school]] before the bus. Her
friend [[Jessie|name]] told me [[Amber|name]] sometimes gets a lift to school from mum's ex, [[Gary|name]] ("[[Gaz|name]]"), in a red
van ([[HF21 VZP|vehicle]] - [[Jessie|name]] wrote it down). I've not seen him.
She has £2 for lunch most days; I've given her a breakfast voucher. Grandad (Mr [[Dowden|name]], [[01929 480 254|phone]]) is
listed as the second contact - he rang in on [[12 Nov|date]] to say she was ill. Mum's mobile [[07719 640 238|phone]] has gone
straight to voicemail three times this week.
[[Amy Cull|name]] from young carers came in on [[18th|date]]. Can we talk at break? Also - [[Amber|name]] said her mum "went to
[[Poole|place]]
with [[Gary|name]] and didn't come back till Sunday" - the kids were on their own on [[14 November|date]]?
[[Owen|name]]
"""),
]

DOCS_F += [
    ("999 call transcript", """SOUTH WESTERN AMBULANCE SERVICE - 999 CALL TRANSCRIPT (extract)   Incident 2611-0447
[[22/11/2026|date]] 19:36
CALL HANDLER ([[Nadia|name]]): Ambulance service, is the patient breathing?
CALLER: Yes. It's my mum. She won't wake up properly. There's wine and tablets.
CH: OK, what's the address?
CALLER: [[2 Quarrymans Row|address]], [[Corfe Castle|place]]. [[BH20 5EH|postcode]]. By the castle, the row with the blue doors.
CH: What's your name, lovely?
CALLER: [[Amber|name]]. [[Amber Dowden|name]]. I'm twelve.
CH: And mum's name?
CALLER: [[Sarah|name]]. [[Sarah Louise Dowden|name]]. She's 47. Her birthday's the [[18th of June|dob]].
CH: Is anyone with you, [[Amber|name]]?
CALLER: My brother [[Alfie|name]], he's seven. And I rang my grandad, he's coming from [[Stoborough|place]]. [[Roy|name]]. [[Roy
Dowden|name]].
CH: What tablets are they?
CALLER: Sertraline and... the box says [[Sarah Dowden|name]], [[Swanage|place]] pharmacy. Some are gone.
CH: [[Amber|name]], you're doing really well. Can you turn her on her side?
CALLER: Yes. Grandad's here. ([[Roy Dowden|name]] takes the phone) It's [[Roy|name]], her dad. My number's [[01929 480 254|phone]]
if you lose us.
CH: Crew are on the way from [[Wareham|place]], about twelve minutes. The crew is [[Pete|name]] and [[Marcia|name]].
[note added: crew [[P. Sansom|name]] / [[M. Agyeman|name]]; patient conveyed to Dorset County Hospital; safeguarding referral
SG-26-8812 by [[P. Sansom|name]], children left with grandfather at [[9 Nutcrack Lane|address]], [[Stoborough|place]]
[[BH20 5AN|postcode]].]
"""),
    ("child's letter to her social worker", """Dear [[Hayley|name]]

This is [[Amber|name]]. You said I could write to you insted of talking. I am at grandads in [[Stoborough|place]] now with [[Alfie|name]]
since the [[22nd|date]] when I rang 999. Grandad makes pasta every night lol.
Mum is in hospital in [[Dorchester|place]]. Auntie [[Bev|name]] took me to see her on Tuesday [[24th|date]]. Mum said sorry loads.
I dont want to go back to [[Corfe|place]] if [[Gary|name]] is there. He says mean things about mum and he drives to fast in his
van. One time on [[31st October|date]] he took me and [[Jessie|name]] to [[Swanage|place]] and then left us at the pier and we had to
get the bus back. [[Jessie|name]]s mum (Mrs [[Puckett|name]]) was really cross.
I like school when I am not tired. Mr [[Tapper|name]] is kind. [[Niamh|name]] sits with me. I want to go back to netball on
Thursdays with Miss [[Ridout|name]].
Things I want:
1. mum to get better
2. to stay at grandads with [[Alfie|name]] till she is
3. for [[Alfie|name]] to go to his party at [[Kingston|place]] on [[5th December|date]] - its [[Oscar|name]]s party
From [[Amber|name]] ([[Amber Dowden|name]] age 12)
PS my phone number is [[07587 236 901|phone]] if you want to text me, [[Hayley Bartlett|name]].
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 186 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 20:18 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "sgt", "cpl", "capt", "maj", "padre", "pastor", "rev", "sw",
           "hv", "ta", "nurse", "nan", "nanny", "gran", "grandad", "grandma", "mum", "dad", "aunty", "auntie", "uncle", "mama",
           "baba", "kogo"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "uk", "britain", "dorset", "purbeck", "isle of purbeck", "wiltshire", "kenya", "estonia", "europe"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("Cpl Kipkemoi ROTICH", "Padre Huw Mathias", "Mama Chebet",
# "Kogo Chebet") and counties and countries ("Dorset", "Purbeck", "Wiltshire", "Kenya").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
