"""Set 25: a twentieth held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-06 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as sets 8 to 23 do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set24.py and tests/test_redaction_set24.py (written by another helper at the same time), that read
bench/redaction_set22.py and redaction_set23.py no further than their module docstrings, that did not run the detector or any
bench script that runs it, that ran no git command, and that looked at no detector output. Those rules were kept. What was
read: tests/test_redaction_set21.py in full, and of bench/redaction_set21.py its module docstring, its first family's records
and first two documents, and its last document and closing word lists and checker wiring (the layout and marking conventions
followed here); the module docstrings of bench/redaction_set7.py to redaction_set23.py and of bench/redaction_heldout.py were
searched by a small script for town and community words (to avoid a home town or community an earlier set used), and only
the passages of sets 10 and 12 that name a Nepali and a Malayali family were read; of bench/redaction_handwritten.py, the
list of its functions, `Records.party` and the top of `HandSet`. Phone numbers were checked with the phonenumbers library and
NHS numbers and UPNs made and checked with python-stdnum in small snippets. The record constructors (d.Party through
`_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records. Nobody may tune the detector
on this set: it is to be scored once, after the detector's current round of changes. If a mistake in the gold marking is
found after scoring, correct only the marking and say so here.

Six families, chosen to look like a typical caseload in the East Midlands and South Yorkshire's edge and in Merseyside,
Cheshire and Lancashire, each from a town no earlier set (7 to 23, or the first held-out set) used as a family's home. Four of
the kinds most common in children's social care: a young white British mother using heroin again in Manton, Worksop, with a
grandmother in Shireoaks and a father in Retford (Bradshaw / Kirk; a girl of 10 late and hungry, getting her brother to
school, a released prisoner sleeping on the settee, a bruise with two stories, a family network assessment), a white British
family on the Earlesfield estate in Grantham (Cooper / Dunmore / Lyle; a boy of 15 missing overnight and criminally exploited
on a county line from Nottingham through Newark, a father in Sherwood who "knows them", a family group conference that moves
him to an aunt in Skegness), a young white British couple in Halton Brook, Runcorn, with a grandmother in Ditton, Widnes
(Leatherbarrow / Dunne; a baby of 19 weeks with grip bruises, a torn frenulum and a rib fracture, parents' texts, a
chronology, a letter before proceedings) and a white British and Zambian British family in Digmoor, Skelmersdale, with a
father in Chorley (Hesketh / Mulenga; a girl of 14 sexually exploited by older men from Wigan, new trainers and a phone,
going missing, a strategy meeting, a father's email). Two from communities no earlier set used as a family (the Zambian
father above is a third): a Hungarian family in Loundsley Green, Chesterfield, with a grandmother in Miskolc (Varga; a father
who beats his son with a belt and his wife when drunk, a mother isolated and without her own money, a grandmother who gives
her name surname first, a message in Hungarian with a Hungarian-style date), and, though set 12 had a Malayali family in
Crawley, a Malayali Syro-Malabar Catholic family from Kerala in Thatto Heath, St Helens (Thomas / Varghese; a nurse mother,
a girl of 15 who takes an overdose after her father finds messages from a boy and threatens to send her to Kottayam, a family
WhatsApp group in Malayalam script). 24 documents: a primary school's online MASH referral, a social worker's home visit case
note, a Facebook Messenger conversation printed by a grandmother, a family network section of a child and family assessment,
a missing-from-home return interview, an exploitation strategy meeting's minutes, a Snapchat extract from a police phone
download, a family group conference plan, a police Public Protection Notice, initial child protection conference minutes,
an interpreter's note of a WhatsApp video call (Hungarian), core group notes, an emergency department safeguarding referral
after an overdose, a school-social worker email thread, a family WhatsApp group typed up and translated from Malayalam, a
child and family assessment's analysis, a child protection medical report, parents' text messages shown to the police, a
social work chronology for a court bundle, a letter before proceedings (Public Law Outline), a CPOMS export, an Instagram
direct message extract, a father's email and a strategy meeting's minutes with an attendance table. About half are plain
professional writing; the rest carry the hard kinds: names split across line breaks, lower-case names in messages, SURNAME,
First and SURNAME First forms, Hungarian surname-first order, names in Malayalam script, hyphenated and double-barrelled
names, nicknames ("Deano", "KJ", "Smithy", "Zsófi", "Bren"), names that are words or towns ("Bash", "Swift", "Dawn",
"Mablethorpe", "Maltby", "Prescott", "Crank" the village), people not in the record, foreign phone numbers (Hungary, India,
Zambia), addresses without house numbers ("Moorgate", "ennerdale", "Kingsway", "Flat 5"), schools by short names
("Brookfield", "Rainford", "Manton Brook", "Lathom High") and dates in many formats ("09.08.2016", "28-01-2013",
"2026-09-03", "22-Sep-2026", "13 Oct 2026", "2026. november 25.", the bare "20th" and "22nd").

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Hungary, India, Zambia); NHS numbers and UPNs (the right LA number for the area: 891,
925, 830, 342, 876, 888) pass their check digits; NI numbers have a valid format. Councils are invented (Ryton Vale, Witham,
Peak Dales, Sankey Vale, Merseygate, Ribble Moss), and so are Manton Brook Primary, Digmoor Primary and the firms of
solicitors; towns, districts, estates, villages, real schools, NHS bodies, hospitals, police forces, prisons, clubs, brands,
apps and laws are real and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, Fr,
PC, PCSO, DC, DS, Nan, Nanna, Auntie, Uncle, Grandad, Mum, mam, our, and the Malayalam and Hungarian kinship words "chachan",
"Chettan", "Ammachi", "mol", "mon", "Apa", "Anya", "Anyós") stay outside the name span, before or after the name ("Babu
Chettan", "Aleena mol"); a possessive 's and a bare s in texting ("kacey"s, "reuben"s) stay outside; a contact or display
name saved under a kinship word ("Mum", "Dad", "Mum x", "Anyós") is not a name, but one holding a name is marked in part
("Jibin Chachan UK", "Reece 🖤"); social media handles ("maisie.hb_x", "smithy_wn5", "kj.ldn_11") are not marked. "SURNAME,
First" and "SURNAME First" are one span ("THOMAS, Aleena", "VARGA Bence", "Hesketh-Mulenga, Maisie"), and so is a Hungarian
"Surname First" ("Varga Ilona"); an initial with a surname is one span ("Aleena T", "N. Pillai"); initials alone and the
display name "B" are not marked. A street address is one span, its town a place, its postcode a postcode; a street or a
building named without a number is an address, and so is a neighbour's bare flat or house number ("no. 64", "Flat 5") and an
address abroad ("Kossuth utca 12"); towns, cities, villages, districts and estates are places at home or abroad and in any
script ("കോട്ടയം", "Diósgyőr", "Up Holland", "Crank"); countries, counties, regions and council areas are not ("Hungary",
"India", "Kerala", "Nottinghamshire", "West Lancashire", "Bassetlaw", "Halton"); organisations are not marked even when they
hold a town's or a person's name ("Whiston Hospital", "Chesterfield College", "Nottingham Forest", "Grantham Town",
"Skegness Town", "Sankey Vale Council", "HMP Ranby"), but a service or team named by its town marks the town ("Chesterfield
Response", "Skelmersdale CSC", "Runcorn CID", "St Helens CAMHS"); a firm named after people marks only the names ("Hind &
Oxspring", "Mercer Law"); shopping centres, parks and churches stay unmarked ("the Concourse", "the Isaac Newton Centre",
"Holy Cross"); a school's name is a school, and so is its short form; a date of birth is dob, any other calendar date with a
day is date (a weekday before it stays outside) and a bare day ("20th", "22nd", "26" in "26 and 29 October") is a date span
of its own; months and years alone are not marked; a family name in a group chat's title is a name ("Puthenpurackal
Family"); case, crime, hospital, GMC, PPN and interpreter registration numbers are not marked.

Self-check without the detector: `python -m bench.redaction_set25` (and tests/test_redaction_set25.py) runs set 15's checker
(which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words and counties,
regions and countries, and prints the number of documents and gold spans per kind: 24 documents, 1,095 gold spans, 651 of
them names (fewer than set 21's 1,588: the set was written against a deadline)."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Bradshaw / Kirk family (white British), Manton, Worksop --------------------------------------------------------------

HOME_A = d.Address("27 Ollerton Road", "Manton", "Worksop", "S80 2HS")
NAN_A = d.Address("4 Woodsetts Lane", "Shireoaks", "Worksop", "S81 8LQ")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tia-Mae", "Kirk")], dt.date(2016, 8, 9), addresses=[HOME_A], ids=["6388544002", "K891193530829"],
       schools=["Manton Brook Primary School"]),
    _p("s", "sibling", [("Alfie", "Kirk")], dt.date(2020, 2, 14), addresses=[HOME_A], ids=["5878925087"]),
    _p("m", "mother", [("Jade", "Bradshaw")], dt.date(1997, 4, 22), addresses=[HOME_A], phones=["07812 664 091"],
       ids=["4675125034", "JT 52 81 40 B"]),
    _p("f", "father", [("Ryan", "Kirk")], dt.date(1995, 10, 3), phones=["07395 218 447"]),
    _p("g", "grandparent", [("Pauline", "Bradshaw")], dt.date(1971, 6, 30), addresses=[NAN_A], phones=["01909 482 316"]),
    _p("p1", "professional", [("Gemma", "Whitlam")], phones=["0300 500 8090"], emails=["gemma.whitlam@rytonvale.gov.uk"]),
], "c")

DOCS_A = [
    ("primary school's referral to the MASH (online form)", """NOTTS MASH - PROFESSIONAL REFERRAL FORM (submitted online)
Ref: MASH/26/118204          Submitted: [[12/10/2026|date]] 15:48

1. CHILD
Surname: [[KIRK|name]]          Forename(s): [[Tia-Mae|name]]          DOB: [[09.08.2016|dob]]        Gender: F
Address: [[27 Ollerton Road|address]], [[Manton|place]], [[Worksop|place]] [[S80 2HS|postcode]]
School: [[Manton Brook Primary|school]] (Year 6)        UPN: [[K891193530829|upn]]      NHS no: [[638 854 4002|nhs]]
Other children in household: [[Alfie KIRK|name]], 6, attends [[Manton Brook|school]] (Year 2)

2. PARENTS / CARERS
Mother: [[Jade Bradshaw|name]]  tel [[07812 664 091|phone]]
Father: [[Ryan Kirk|name]] (not living at the address, thought to be in [[Retford|place]])  tel [[07395 218 447|phone]]
Maternal grandmother: [[Pauline Bradshaw|name]], [[Shireoaks|place]]  tel [[01909 482 316|phone]]

3. REFERRER
Name: [[Helen Sorsby|name]]      Role: Designated Safeguarding Lead, [[Manton Brook Primary School|school]]
Tel: [[01909 533 440|phone]]     Email: [[h.sorsby@mantonbrook.notts.sch.uk|email]]

4. REASON FOR REFERRAL
[[Tia-Mae|name]] has been late on 14 of the 27 days this term and absent on 5 (all Mondays). Today she came in at 10.20 with
[[Alfie|name]], both in yesterday's clothes, and she told her class teacher Mr [[Oxley|name]] that "Mum wouldn't wake up" and
that she "did the breakfast" (dry cereal). [[Alfie|name]] was hungry and ate two portions at lunch. [[Tia-Mae|name]] said there
was "a man called [[Deano|name]]" asleep on the settee and "the foil stuff" on the table. She asked if she could stay at
school until 6.
On Thursday [[8 October|date]] [[Alfie|name]] had a bruise on his left cheek; Mum said he fell off the trampoline at
Nan's. Nan ([[Pauline|name]]) later told our learning mentor Mrs [[Dagg|name]] at the gate that "he hasn't been up ours for a
fortnight".
We have had previous concerns (log entries of [[2 March|date]], [[19 May|date]] and [[11th September|date]]). Mum has
not answered calls today. I have spoken to [[Pauline Bradshaw|name]], who is collecting both children at 3.15 and will keep
them tonight at [[4 Woodsetts Lane|address]].
Other adults known to school: Mum's friend [[Jodie Marsh|name]] (collects on Fridays), [[Keith Ackroyd|name]] (Nan's partner), and
"Auntie [[Shan|name]]" ([[Shannon Bradshaw|name]]). Class teacher: Mr [[Liam Oxley|name]]. Learning mentor: Mrs [[Bev Dagg|name]].

5. CONSENT
Parent aware of referral: NO - could not be reached. Grandmother aware: YES.
"""),
    ("social worker's case note of a home visit", """CASE NOTE - Home visit (announced)     Worker: [[Gemma Whitlam|name]], Social Worker,
Bassetlaw Locality Team
Date of visit: Wednesday [[14 October 2026|date]], 10.00-11.10      Child(ren): [[Tia-Mae Kirk|name]], [[Alfie Kirk|name]]
Present: [[Jade Bradshaw|name]] (mother); [[Pauline Bradshaw|name]] (maternal grandmother) for the first half hour.

I visited [[Jade|name]] at home in [[Manton|place]]. The front room had been cleaned and there was food in the fridge and cupboards.
[[Jade|name]] said she knew why I was there and was "not going to lie". She told me she has been using heroin again
since about July, smoking not injecting, after her friend [[Dean Hollis|name]] ("[[Deano|name]]") came out of prison and started
staying over. She said [[Dean|name]] has now gone back to his mum's in [[Carlton-in-Lindrick|place]] and she has told him not to
come back. She agreed to a referral to Change Grow Live in [[Worksop|place]] and to a drug test.

[[Pauline|name]] said she can have the children every weekday morning before school and has offered to move in for two weeks.
She lives with her partner [[Keith Ackroyd|name]] in [[Shireoaks|place]], about two miles away; [[Keith|name]] works nights at the
Bassetlaw Hospital laundry. [[Pauline|name]] said [[Ryan|name]] (the children's father) "has been no help at all" and lives with
his new partner [[Kirsty Bagshaw|name]] and her children in [[Retford|place]]; he sees [[Alfie|name]] on Saturdays "when he can be
bothered".

I asked about [[Alfie|name]]'s bruise. [[Jade|name]] said he fell off the wall in the back garden, not the trampoline, and that
she "panicked" at the school gate. [[Alfie|name]] was at school; I will see him there.

I saw [[Tia-Mae|name]] alone at [[Manton Brook|school]] at 13.30 with Mrs [[Sorsby|name]] nearby. She said she likes it best at
Nanna's because "there's always tea". She worries about Mum "being asleep all the time" and said [[Alfie|name]] "cries at night".
She wants to go to [[Outwood Portland|school]] next year with her best friend [[Lacey Froggatt|name]].

Plan agreed: strategy discussion today; children to stay with [[Pauline|name]] under a safety plan; next visit Monday
[[19 October|date]]. [[Ryan Kirk|name]] to be contacted on [[07395 218 447|phone]].

Addendum, [[15/10/2026|date]] 09.10: rang [[Ryan Kirk|name]]. He said [[Kirsty|name]] will "have the kids" but [[Kirsty Bagshaw|name]] rang
back
at 09.40 to say she cannot take two more children in a three-bed house on [[Moorgate|address]]. I also spoke to [[Shannon Bradshaw|name]]
([[Jade|name]]'s sister, [[07534 610 298|phone]]) in [[Whitwell|place]], who can have them on Saturdays, and to Mrs [[Sorsby|name]], who
will
give [[Tia-Mae|name]] and [[Alfie|name]] breakfast club places from Monday. [[Lacey Froggatt|name]]'s mum, [[Donna Froggatt|name]], walks
[[Tia-Mae|name]] home on Wednesdays. Strategy discussion held with DS [[Craig Pashley|name]] (police) and [[Hayley Tindall|name]] (health
visitor for [[Alfie|name]] until last year); agreed single agency s47 by me, with a child protection medical for [[Alfie|name]] if any
new mark. [[G. Whitlam|name]]
"""),
    ("Facebook Messenger conversation between mother and grandmother, printed by the grandmother", """Messenger - conversation with
[[Jade Bradshaw|name]] (printed [[16/10/2026|date]])

[[Jade Bradshaw|name]]  [[13 Oct 2026|date]], 07:02
mam can u have them this morn im not well

[[Pauline Bradshaw|name]]  [[13 Oct 2026|date]], 07:09
Not well or not well [[jade|name]]. Be honest with me

[[Jade Bradshaw|name]]  07:11
dont start. ill drop them at 8. tell [[alfie|name]] his pe kit is in the bag

[[Pauline Bradshaw|name]]  07:12
I'll come to u. [[Keith|name]] will run [[tia-mae|name]] to school

[[Jade Bradshaw|name]]  07:40
[[ryan|name]] says if social come round hes taking them to his and [[kirsty|name]]'s in [[retford|place]]. can he do that

[[Pauline Bradshaw|name]]  07:44
No he cant. Not without court. Dont listen to him. And that [[deano|name]] is NOT to come round our [[jade|name]]

[[Jade Bradshaw|name]]  07:45
hes gone mam. back to his mams in [[carlton|place]]. blocked him

[[Pauline Bradshaw|name]]  [[15 Oct 2026|date]], 21:30
The social worker [[gemma|name]] rang. Nice girl. She says [[tia-mae|name]] said about the foil. Im not cross with u love im scared for u

[[Jade Bradshaw|name]]  21:52
i know. im going to cgl on the [[20th|date]]. will u come with me
"""),
]

DOCS_A += [
    ("child and family assessment: family network and genogram section", """CHILD AND FAMILY ASSESSMENT (extract) - section 4: family and
network
Children: [[Tia-Mae Kirk|name]] ([[9 August 2016|dob]]) and [[Alfie Kirk|name]] ([[14 February 2020|dob]])
Assessing social worker: [[Gemma Whitlam|name]]      Completed: [[11/11/2026|date]]      Manager: [[Steve Lilley|name]]

Household at [[27 Ollerton Road|address]], [[Manton|place]]:
- [[Jade BRADSHAW|name]], mother, b. [[22/04/1997|dob]], NI [[JT 52 81 40 B|ni]], NHS [[467 512 5034|nhs]]. Universal Credit.
- [[Tia-Mae|name]], 10; [[Alfie|name]], 6 (NHS [[587 892 5087|nhs]]; GP Newgate Medical Group).

Wider family:
- [[Ryan KIRK|name]], father, b. [[03/10/1995|dob]], lives at [[Moorgate|address]] (flat number not given) in [[Retford|place]] with
  [[Kirsty Bagshaw|name]] and her sons [[Harley|name]] (8) and [[Brody Bagshaw|name]] (5). Warns the children about "Nan's
  boyfriend". Works for a scaffolding firm in [[Gainsborough|place]].
- [[Pauline Bradshaw|name]], maternal grandmother, [[4 Woodsetts Lane|address]], [[Shireoaks|place]], [[S81 8LQ|postcode]]; partner
  [[Keith Ackroyd|name]] (DBS and police checks clear, [[4 November|date]]).
- [[Mick Bradshaw|name]], maternal grandfather, in [[Skegness|place]]; no contact for years.
- [[Shannon Bradshaw|name]], [[Jade|name]]'s sister, 24, in [[Whitwell|place]]; two children; offers weekend respite.
- Paternal grandparents [[Barry|name]] and [[Lynne Kirk|name]], [[Langold|place]]; see the children at Christmas.
- [[Dean Hollis|name]] ("[[Deano|name]]"), 31, ex-partner of [[Jade|name]], not family; released from HMP Ranby in July; known
  for supply; now in [[Carlton-in-Lindrick|place]]. Not to have contact.

What the children say about their network: [[Tia-Mae|name]] drew her "circle of safety" with Nanna [[Pauline|name]], [[Keith|name]], Auntie
[[Shannon|name]], Mrs [[Sorsby|name]] and her friend [[Lacey|name]] inside and "[[Deano|name]]" crossed out. [[Alfie|name]] put his dad and
"[[Brody|name]]" in the circle and said he wants "to see Dad's house in [[Retford|place]] more".
"""),
]


# --- B. Cooper / Dunmore family (white British), Earlesfield, Grantham -------------------------------------------------------

HOME_B = d.Address("15 Trent Road", "Earlesfield", "Grantham", "NG31 7QT")
DAD_B = d.Address("Flat 3, 88 Mansfield Road", "Sherwood", "Nottingham", "NG5 2FB")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Kaiden", "Cooper-Lyle")], dt.date(2011, 5, 17), addresses=[HOME_B], ids=["6306954848", "X925157135241"],
       schools=["The King's School"]),
    _p("m", "mother", [("Stacey", "Cooper")], dt.date(1990, 12, 1), addresses=[HOME_B], phones=["07458 330 619"],
       ids=["PH 63 07 19 C"]),
    _p("sf", "stepfather", [("Lee", "Dunmore")], dt.date(1986, 3, 9), addresses=[HOME_B], phones=["07921 506 883"]),
    _p("f", "father", [("Craig", "Lyle")], dt.date(1989, 7, 21), addresses=[DAD_B], phones=["07766 142 905"]),
    _p("p1", "professional", [("Priya", "Chauhan")], phones=["01476 406 118"], emails=["priya.chauhan@witham.gov.uk"]),
], "c")

DOCS_B = [
    ("police missing person return interview (independent provider)", """RETURN HOME INTERVIEW - Missing from home
Young person: [[COOPER-LYLE, Kaiden|name]]      DOB: [[17/05/2011|dob]]      Age: 15
Address: [[15 Trent Road|address]], [[Earlesfield|place]], [[Grantham|place]], [[NG31 7QT|postcode]]
Missing episode: reported 22:40 on Friday [[6 November 2026|date]] by mother; found 04:15 on [[8/11/26|date]] by British Transport
Police at [[Newark|place]] Northgate station. Police ref MFH 26/30418.
Interviewer: [[Sam Tebbutt|name]], Return Interview Worker, Base Youth Lincs. Interview held [[10th November 2026|date]] at
[[Kaiden|name]]'s request in the [[Harrowby|place]] youth centre, not at home.

What [[Kaiden|name]] said (his words where I could):
He left the house after an argument with his stepdad [[Lee|name]] about his phone. He got the bus into town and met "[[Tyler|name]]"
and "[[Bash|name]]" by the Isaac Newton Centre. He says [[Tyler|name]] is 17 and from [[Bulwell|place]] and [[Bash|name]] is "older, like
20s", real name he thinks [[Bashir|name]]. They drove him "to [[Nottingham|place]], then [[Newark|place]]" in a grey Audi
([[YR68 KTE|vehicle]]
- he remembered the plate because it "spells a word nearly"). He stayed "at a flat" and was given £50 and a second phone.
He would not say what he did. He said "it's just running, it's not deep". He said his real dad [[Craig|name]] in [[Sherwood|place]]
"knows them", which is how he met them.
He said school (the [[King's School|school]] moved him to the Pupil Referral Unit in September) is "long". His friend [[Reuben Odell|name]]
"got stabbed in [[Bulwell|place]] last year" and he carries "nothing, swear down".

Worries: criminal exploitation (county lines, [[Nottingham|place]] - [[Newark|place]] - [[Grantham|place]]); a second phone; cash;
older males; a vehicle; missing overnight x3 since September.
Actions: shared with the exploitation team and [[Priya Chauhan|name]] (social worker, [[01476 406 118|phone]]); NRM referral to be
considered; intel to Lincolnshire Police re [[YR68 KTE|vehicle]]; [[Kaiden|name]] has my number and says he will text.

People he named (for the exploitation team's map): "[[Tyler|name]]" / "[[Ty|name]]" (17, [[Bulwell|place]]); "[[Bash|name]]"
([[Bashir|name]]); a girl
called [[Chantelle|name]] at the flat ("she did the cooking"); "[[Big Mo|name]]" on the phone; his friend [[Reuben Odell|name]]; his cousin
[[Jayden Lyle|name]] in [[Mansfield|place]] ("he's not in it"); and [[Callum Rushby|name]] from [[Belton Lane|address]], who he says "got
him
the link". He asked me not to tell his mum about [[Chantelle|name]]. Mum's number for my follow-up: [[07458 330 619|phone]].
"""),
]

DOCS_B += [
    ("child exploitation strategy meeting minutes", """LINCOLNSHIRE CHILD EXPLOITATION - STRATEGY MEETING (Teams)
Date: Thursday [[12 November 2026|date]], 14:00     Chair: [[Rachel Ingamells|name]], Team Manager, [[Grantham|place]] Children's Team
Young person: [[Kaiden Cooper-Lyle|name]] (15)     Minutes: [[Dawn Skerritt|name]] (business support)

Present: [[Priya Chauhan|name]] (social worker); DC [[Martin Wray|name]] (Lincolnshire Police, exploitation hub); DS [[Olu Adeyemi|name]]
(Nottinghamshire Police, [[Bulwell|place]] neighbourhood); [[Sam Tebbutt|name]] (Base Youth Lincs); [[Gareth Pell|name]] (head of
centre, the PRU at [[Grantham|place]]); [[Anna Kowalczyk|name]] (school nurse).
Apologies: [[Stacey Cooper|name]] (mother) was invited to the second half and joined at 14:40.

1. Information shared
DC [[Wray|name]]: [[Kaiden|name]] found at [[Newark|place]] station [[8 November|date]] with £230 and a Nokia; the vehicle
[[YR68 KTE|vehicle]] is
registered to a woman in [[Arnold|place]] and has been seen in [[Grantham|place]] on [[28/10|date]] and [[3/11|date]]. DS [[Adeyemi|name]]:
"[[Bash|name]]" is believed to be [[Bashir Rahimi|name]], 23, known to Notts for supply; "[[Tyler|name]]" could be [[Tyler-Jay Moss|name]],
17,
himself a child at risk of exploitation. [[Craig Lyle|name]] (father, [[Flat 3, 88 Mansfield Road|address]], [[Sherwood|place]]) has
previous convictions for supply (2015, 2019).
[[Gareth Pell|name]]: attendance 61%; [[Kaiden|name]] is bright, good at maths, "wants to be a mechanic". Two new friends
collect him at 12.30 some days. [[Anna Kowalczyk|name]]: he has lost weight; asked for a sexual health appointment.
[[Priya|name]]: mother works shifts at a care home in [[Barrowby|place]]; stepfather [[Lee Dunmore|name]] is strict and the two
argue; [[Kaiden|name]]'s little sister [[Poppy Dunmore|name]] (4) lives at home and is not a subject of this meeting.

2. Mother's view ([[Stacey|name]] joined)
She is frightened; people came to the door on the [[9th|date]] "asking for [[KJ|name]]" (what friends call him). She wants
him moved "away from [[Grantham|place]]" and would accept help for him to stay with her sister [[Nicola Cooper|name]] in [[Skegness|place]].

3. Decisions
Threshold met for s47 (risk outside the home). NRM referral by [[Priya|name]] by [[16/11/2026|date]]. Disruption: police to
serve a CAWN on [[Bashir Rahimi|name]]. Review [[26 November 2026|date]].
"""),
    ("Snapchat messages from a police download of the young person's phone", """EXHIBIT MW/4 - extract, Snapchat chats (Cellebrite report),
handset seized [[08/11/2026|date]]
Owner account: kj.ldn_11  (display name "[[KJ|name]]")

Chat with: tyjaymoss (display name "[[Ty|name]]")
[[05/11/2026|date]] 19:02  [[Ty|name]]: u good to go link tmrw after skl
[[05/11/2026|date]] 19:05  [[KJ|name]]: mum will kill me
[[05/11/2026|date]] 19:05  [[Ty|name]]: tell her ur at [[reuben|name]]s
[[05/11/2026|date]] 19:30  [[KJ|name]]: my stepdad took my phone before, using [[poppy|name]]s ipad
[[06/11/2026|date]] 21:58  [[Ty|name]]: [[bash|name]] is outside the co op on [[harrowby lane|address]] in 10
[[06/11/2026|date]] 22:01  [[KJ|name]]: omw

Chat with: bashrxx (display name "B")
[[07/11/2026|date]] 11:14  B: u run [[newark|place]] today, [[ty|name]] has the ting
[[07/11/2026|date]] 11:20  [[KJ|name]]: how long for
[[07/11/2026|date]] 11:20  B: till its done. dont ring ur mum
[[07/11/2026|date]] 23:41  B: where u at
[[07/11/2026|date]] 23:55  [[KJ|name]]: by the castle, cold

Chat with: staceyc90 (display name "Mum x")
[[07/11/2026|date]] 02:12  Mum x: [[kaiden|name]] please just tell me ur ok. [[lee|name]] is sorry. nobody will shout
"""),
]

DOCS_B += [
    ("family group conference plan", """FAMILY GROUP CONFERENCE - FAMILY PLAN
For: [[Kaiden Cooper-Lyle|name]] ("[[KJ|name]]")      Held: Saturday [[21/11/2026|date]], 11.00-15.30, Earlesfield Community Hall
Coordinator: [[Bev Sharpe|name]] (independent FGC service)      Referring social worker: [[Priya Chauhan|name]]

Who came: [[Kaiden|name]]; mum [[Stacey Cooper|name]]; [[Lee Dunmore|name]] (stepdad); Auntie [[Nicola Cooper|name]] and her husband
[[Darren Mablethorpe|name]] from [[Skegness|place]]; Nan [[Margaret Cooper|name]] ([[Great Gonerby|place]]); Grandad [[Roy Lyle|name]]
(dad's
dad, [[Bottesford|place]]); [[Kaiden|name]]'s football coach [[Aaron Pickwell|name]] (Grantham Town youth); family friend
[[Shelley Burrows|name]].
Not invited (by agreement): [[Craig Lyle|name]]. [[Kaiden|name]]'s advocate: [[Ravi Sandhu|name]] (NYAS).

Our plan (written by the family in private time; [[Kaiden|name]] agreed every line):
1. [[Kaiden|name]] will stay with Auntie [[Nicola|name]] and Uncle [[Darren|name]] at [[22 Lumley Avenue|address]], [[Skegness|place]],
[[PE25 2AT|postcode]],
   from Sunday [[29 November|date]] until at least Easter. [[Nicola|name]]'s mobile: [[07827 136 590|phone]].
2. He will start at the [[Skegness Academy|school]] PRU-linked course (motor vehicle) - [[Darren|name]] will drive him in.
3. Mum and [[Poppy|name]] will visit every other weekend; [[Kaiden|name]] comes home to [[Grantham|place]] one weekend a month, staying
   at Nan [[Margaret|name]]'s, never at the house on [[Trent Road|address]] on his own.
4. Grandad [[Roy|name]] will take him to Nottingham Forest on [[12 December|date]] - but only with Grandad, in the car.
5. New phone from Mum with Family Link; the old numbers blocked. [[Kaiden|name]] will not contact [[Ty|name]] or "[[Bash|name]]".
6. [[Aaron|name]] will find him a club in [[Skegness|place]]; he knows the coach at Skegness Town, [[Phil Danby|name]].
7. If [[Kaiden|name]] goes missing, [[Nicola|name]] rings 101 after one hour and then [[Priya|name]] ([[01476 406 118|phone]]).

Signed by all present on [[21.11.2026|date]]. Review FGC: [[20 February 2027|date]].
Contact list: [[Stacey Cooper|name]] [[07458 330 619|phone]]; [[Lee Dunmore|name]] [[07921 506 883|phone]]; [[Margaret Cooper|name]],
[[9 Church Street|address]], [[Great Gonerby|place]], [[NG31 8LG|postcode]]; [[Roy Lyle|name]], [[Bottesford|place]]; [[Bev Sharpe|name]]
(coordinator) [[01476 563 207|phone]].
"""),
]


# --- C. Varga family (Hungarian), Loundsley Green, Chesterfield -----------------------------------------------------------------

HOME_C = d.Address("62 Loundsley Green Road", "Loundsley Green", "Chesterfield", "S40 4RN")
GRAN_C = d.Address("Kossuth utca 12", "Diósgyőr", "Miskolc", "3534")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Bence", "Varga")], dt.date(2013, 1, 28), addresses=[HOME_C], ids=["7248406007", "E830158275367"],
       schools=["Brookfield Community School"]),
    _p("s", "sibling", [("Lili", "Varga")], dt.date(2017, 9, 4), addresses=[HOME_C], ids=["4070185666", "T830202171979"],
       schools=["Ashgate Primary School"]),
    _p("m", "mother", [("Zsófia", "Varga")], dt.date(1988, 11, 15), addresses=[HOME_C], phones=["07507 391 264"]),
    _p("f", "father", [("Gábor", "Varga")], dt.date(1979, 2, 2), addresses=[HOME_C], phones=["07843 017 552"],
       ids=["SK 48 22 95 A"]),
    _p("g", "grandparent", [("Ilona", "Varga")], addresses=[GRAN_C], phones=["+36 30 415 2798"]),
    _p("p1", "professional", [("Laura", "Bramwell")], phones=["01246 345 981"], emails=["laura.bramwell@peakdales.gov.uk"]),
], "c")

DOCS_C = [
    ("police child protection referral (PPN)", """DERBYSHIRE CONSTABULARY - PUBLIC PROTECTION NOTICE (CHILD)       PPN ref: 26-CHE-04412
Date/time of incident: [[03/11/2026|date]] 19:50       Officer: PC 1764 [[Joe Mellors|name]], [[Chesterfield|place]] Response
Location: [[62 Loundsley Green Road|address]], [[Chesterfield|place]] [[S40 4RN|postcode]]

Child: [[VARGA Bence|name]]   DOB [[28-01-2013|dob]]   Male, 13
Other child: [[VARGA Lili|name]]   DOB [[04-09-2017|dob]]
Mother: [[VARGA Zsófia|name]]   [[07507 391 264|phone]]   (speaks some English; Hungarian preferred)
Father (suspect): [[VARGA Gábor|name]]   DOB [[02/02/1979|dob]]   [[07843 017 552|phone]]

Circumstances: Call from a neighbour, Mrs [[Wendy Slack|name]] of [[no. 64|address]], hearing a child screaming and "a belt". On
arrival [[Bence|name]] was in the front garden in his school uniform, crying, with a red raised welt about 10 cm long on the back
of his left thigh. He said his father hit him with a belt because his report from [[Brookfield|school]] said he was "not
trying" and he had lied about a detention. Father accepted hitting him "two times" and said "in Hungary this is normal, my
father did the same, now he is a good boy". Mother was upset and did not want to talk in front of her husband. With a
neighbour's son, [[Dávid Horváth|name]] (19), interpreting by phone, she said "it happens when he drinks" and that she is "also
hit, sometimes". [[Lili|name]] was asleep upstairs and was seen and unhurt.
Father is a former corporal in the Hungarian army (2001-2014), works nights at a warehouse in [[Staveley|place]].
Action: father arrested for ABH on a child and interviewed; released on bail not to contact the family or attend the address,
staying with a friend, Mr [[Tamás Balogh|name]], in [[Brimington|place]]. Children left with mother. Referral to Starting Point.
Risk: HIGH (DASH 15 for mother).
Others present or spoken to: Mrs [[Wendy Slack|name]] ([[01246 271 594|phone]]) and her husband [[Terry Slack|name]];
[[Dávid Horváth|name]]'s
mother, [[Erika Horváth|name]], of [[Loundsley Green Road|address]] (she took [[Lili|name]]'s school bag round in the morning); PS
[[Nadia Qureshi|name]]
attended at 20:40 and authorised the arrest. Custody: [[Chesterfield|place]] custody suite; duty solicitor [[Rachel Hind|name]].
"""),
]

DOCS_C += [
    ("initial child protection conference minutes", """INITIAL CHILD PROTECTION CONFERENCE - MINUTES
Children: [[Bence Varga|name]] (13) and [[Lili Varga|name]] (9), [[62 Loundsley Green Road|address]], [[Chesterfield|place]]
Date: [[24 November 2026|date]], 10.00, council offices on [[Saltergate|address]], [[Chesterfield|place]] (room 2)
Chair: [[Andrew Beresford|name]], Independent Chair      Minutes: [[Kelly Hopkinson|name]]
Hungarian interpreter for Mrs [[Varga|name]]: [[Katalin Szabó|name]] (by video, Bigword)

Present: [[Zsófia Varga|name]] (mother); [[Laura Bramwell|name]] (social worker); PC [[Joe Mellors|name]]; [[Mark Hibbert|name]] (head of
year 9, [[Brookfield
Community School|school]]); Mrs [[Julie Dakin|name]] (DSL, [[Ashgate Primary|school]]); [[Fiona Sheard|name]]
(school nurse); [[Naomi Gill|name]] (Independent Domestic Violence Adviser).
Not present: Mr [[Gábor
Varga|name]] (father; bail conditions; his views given in writing through his solicitor,
[[Rachel Hind|name]] of [[Hind|name]] & [[Oxspring|name]], [[Derby|place]]).

Summary of the social work report ([[Laura Bramwell|name]])
[[Bence|name]] has been hit with a belt at least three times this year, by his own account, most often after school reports or
when his father has been drinking. [[Zsófia|name]] ("[[Zsófi|name]]") has described being slapped and pushed, and her husband
taking her bank card; she came to the UK in 2015 to join him and was told that she "would lose her status and be sent back"
if she complained. [[Lili|name]] told [[Laura|name]] that "Apa gets angry and Anya cries" and that she hides in her room with her
cousin [[Réka|name]]'s old tablet. [[Bence|name]] says he is scared his father will lose his job and "it will be my fault".

School: [[Mark Hibbert|name]] reported [[Bence|name]] as polite, a strong cross-country runner, with a drop in homework since
September. [[Julie Dakin|name]]: [[Lili|name]] is doing well, quiet, very attached to her friend [[Ella-Rose Brailsford|name]].

Father's written view: he loves his children and "was brought up the same way"; he will do a parenting course and stop
drinking; he asks to see the children on Sundays at the Hungarian Catholic Mission hall in [[Sheffield|place]] (supervised by
his cousin [[Zoltán Varga|name]] of [[Darnall|place]]).

Decision: both children subject to child protection plans under physical abuse (and emotional abuse, domestic abuse).
Key worker [[Laura Bramwell|name]]. Core group [[8 December 2026|date]]. Review conference [[24/02/2027|date]].
Core group members: [[Zsófia Varga|name]]; [[Laura Bramwell|name]]; [[Mark Hibbert|name]]; Mrs [[Julie Dakin|name]]; [[Fiona Sheard|name]];
[[Naomi Gill|name]]; and, if he keeps to his bail, [[Gábor Varga|name]] (written updates only). Distribution: as above and the
father's solicitor; not to [[Zoltán Varga|name]] or [[Ilona Varga|name]].
"""),
    ("interpreter's note of a WhatsApp call from the grandmother in Hungary", """INTERPRETER'S NOTE (Hungarian - English) for the
social worker's file
Interpreter: [[Katalin Szabó|name]], reg. no. DPSI 30917, booked through Bigword job 6650193
Date: [[27/11/2026|date]]     Social worker present: [[Laura Bramwell|name]]     Place: the family home, [[Loundsley Green|place]]

During the visit Mrs [[Varga|name]]'s mother-in-law rang on WhatsApp video from [[Miskolc|place]] (number on screen
[[+36 30 415 2798|phone]], saved in [[Zsófia|name]]'s phone as "Anyós" - "mother-in-law" - a kinship word, not a name). [[Zsófia|name]]
put the call on speaker and asked me to interpret so that "the social worker knows what they are saying to me".

Grandmother, [[Ilona Varga|name]] (she gave her name the Hungarian way, surname first: "[[Varga Ilona|name]]"), said (summary): she
had heard from her nephew in [[Peterborough|place]] that [[Gábor|name]] had been arrested; she blamed [[Zsófi|name]] for "bringing
police to the house"; she said the boy must obey his father and asked when [[Bence|name]] and [[Lili|name]] would come home to
[[Diósgyőr|place]] for Christmas. [[Zsófia|name]] said they would not go this year. The grandmother said she would tell [[Gábor|name]]'s
brother, [[Varga Péter|name]], at [[Kossuth utca 12|address]] to "speak to him as a man".

[[Zsófia|name]] then showed me a message in Hungarian from her husband's friend [[Tamás|name]] ([[Balogh Tamás|name]]), sent
[[2026. november 25.|date]]: "[[Zsófi|name]], bocsáss meg neki, [[Gábor|name]] jó ember" ("[[Zsófi|name]], forgive him, [[Gábor|name]] is
a good man"). She said she felt pressure from their friends in [[Brimington|place]] and [[Sheffield|place]] and did not know who
she could trust.

I note for the record that [[Zsófia|name]] asked for a female interpreter who does not know the family in future.
Signed [[K. Szabó|name]]  [[27 November 2026|date]]
Follow-up by [[Laura Bramwell|name]], [[30/11/2026|date]]: [[Zsófia|name]] asked that [[Ilona Varga|name]]'s address
([[Kossuth utca 12|address]],
[[3534|postcode]] [[Miskolc|place]]) be kept off anything sent to [[Gábor|name]]'s solicitor. Done.
"""),
]

DOCS_C += [
    ("core group meeting notes with the plan's actions, typed by the social worker", """CORE GROUP MEETING - notes
[[08/12/2026|date]], 15.45, [[Ashgate Primary School|school]] (library)
Children: [[VARGA, Bence|name]] (DOB [[28.01.2013|dob]], UPN [[E830158275367|upn]], NHS [[724 840 6007|nhs]]) and [[VARGA, Lili|name]]
(DOB [[04.09.2017|dob]], UPN [[T830202171979|upn]], NHS [[407 018 5666|nhs]])
Present: [[Laura Bramwell|name]] (SW, chair); [[Zsófia Varga|name]]; Mrs [[Julie Dakin|name]]; [[Mark Hibbert|name]]; [[Fiona Sheard|name]];
[[Naomi Gill|name]] (IDVA); interpreter [[Judit Kovács|name]] (new, female, as [[Zsófia|name]] asked). Father: sent apologies by text.

Updates
- [[Zsófia|name]]: she has opened her own bank account with help from [[Naomi|name]]; her NI number ([[TZ 40 18 63 A|ni]]) was found
  in papers [[Gábor|name]] kept; Universal Credit claim started. She goes to ESOL at Chesterfield College on Tuesdays.
  Her friend [[Andrea Tóth|name]] from [[Hasland|place]] takes [[Lili|name]] to school on those days.
- [[Bence|name]] saw his father on Sunday [[6 December|date]] at the hall in [[Sheffield|place]], supervised by [[Zoltán|name]].
  He said "Apa said sorry and cried". [[Mark Hibbert|name]]: homework back up; won the district cross-country at
  [[Poolsbrook|place]] on [[28 November|date]].
- [[Lili|name]]: happy; school nurse [[Fiona|name]] seeing her about bedwetting since November.
- Father has started the Caring Dads course (at the family centre on [[Derby Road|address]], facilitator [[Owen Maltby|name]]) and
  says he is not drinking. Bail extended to [[14 January 2027|date]].

Actions: [[Laura|name]] to visit [[Bence|name]] at [[Brookfield|school]] by [[18/12|date]]; [[Naomi|name]] to help [[Zsófia|name]] with a
non-molestation order if she wants it; next core group [[19 January 2027|date]].
"""),
]


# --- D. Thomas / Varghese family (Malayali, Syro-Malabar Catholic, from Kerala), Thatto Heath, St Helens --------------------------

HOME_D = d.Address("19 Elton Head Road", "Thatto Heath", "St Helens", "WA9 5BW")
GRAN_D = d.Address("Puthenpurackal House, Kanjikuzhy", "", "Kottayam", "686004")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Aleena", "Thomas")], dt.date(2011, 6, 12), addresses=[HOME_D], ids=["7847029634", "C342228122250"],
       schools=["Rainford High"]),
    _p("s", "sibling", [("Ebin", "Thomas")], dt.date(2019, 3, 27), addresses=[HOME_D], ids=["4933597561"]),
    _p("m", "mother", [("Ancy", "Varghese")], dt.date(1986, 8, 19), addresses=[HOME_D], phones=["07931 675 208"],
       ids=["4204182828"]),
    _p("f", "father", [("Jibin", "Thomas")], dt.date(1983, 5, 5), addresses=[HOME_D], phones=["07402 886 153"]),
    _p("g", "grandparent", [("Mariamma", "Varghese")], addresses=[GRAN_D], phones=["+91 94470 28316"]),
    _p("p1", "professional", [("Sophie", "Rimmer")], phones=["01744 456 201"], emails=["sophie.rimmer@sankeyvale.gov.uk"]),
], "c")

DOCS_D = [
    ("emergency department safeguarding referral after an overdose", """WHISTON HOSPITAL - EMERGENCY DEPARTMENT - PAEDIATRIC SAFEGUARDING
REFERRAL (under 18)
Patient: [[THOMAS, Aleena|name]]    DOB: [[12 Jun 2011|dob]]    NHS No: [[784 702 9634|nhs]]    Hosp no: W2219403
Address: [[19 Elton Head Road|address]], [[Thatto Heath|place]], [[St Helens|place]], [[WA9 5BW|postcode]]
GP: Rainhill Medical Centre       School: [[Rainford High|school]], Year 10
Attended: [[16/10/2026|date]] 23:58 by ambulance with mother       Referrer: Dr [[Neha Pillai|name]], ST5 Paediatrics

Presentation: 15-year-old girl, took 16 x 500 mg paracetamol at about 21:00 after an argument at home. Told triage nurse
[[Kate Swift|name]] that it was "to make it stop". Paracetamol level above the treatment line; on the acetylcysteine infusion;
admitted to Ward 2B.
History from [[Aleena|name]] (seen alone): she had been messaging a boy from school, [[Josh Pennington|name]], and her father found
the messages; he took her phone, called her "a disgrace" and said she would be sent to her grandmother in [[Kottayam|place]]
"to learn how to behave". She says this is not the first time he has said it and that her mother "agrees with whatever he says".
Cuts on both forearms, healed and recent; she says since Year 8. No physical abuse disclosed; says her dad "grabbed her arm"
tonight (no mark seen).
History from mother ([[Ancy Varghese|name]], band 6 nurse on the cardiac ward here; [[07931 675 208|phone]]): very distressed; said
they are a strict Catholic family and worry about "English culture"; father ([[Jibin Thomas|name]]) at home with the younger
son [[Ebin|name]] (7).
Plan: CAMHS liaison review in the morning; referral to [[St Helens|place]] Children's Social Care tonight by phone (EDT, spoke to
[[Mike Tither|name]]); not to be discharged until a safety plan is agreed.
Signed [[N. Pillai|name]]  [[17/10/2026|date]] 01:40
Contacts given by mother: father [[Jibin Thomas|name]] [[07402 886 153|phone]]; family friend [[Liji Mathew|name]] ([[Eccleston|place]]),
[[07909 254 781|phone]]; her ward manager, Sister [[Claire Heaton|name]]. [[Aleena|name]] asked that her friend [[Hollie Rigby|name]] be
told
she is "ok". Seen by the liaison nurse [[Gemma Rowlands|name]] at 00:30; mental health act not needed.
"""),
]

DOCS_D += [
    ("email thread between the school and the social worker", """From: [[Sophie Rimmer|name]] <[[sophie.rimmer@sankeyvale.gov.uk|email]]>
Sent: Tuesday, [[20 October 2026|date]] 16:12
To: [[Tom Ashurst|name]] <[[t.ashurst@rainfordhigh.org.uk|email]]>
Subject: RE: [[Aleena T|name]] (Y10) - return to school

Hi [[Tom|name]],
Thanks for this. I saw [[Aleena|name]] and her parents at home yesterday with a Malayalam interpreter for Dad ([[Jibin|name]]
prefers it for "serious things", though his English is good). [[Aleena|name]] is home from hospital, under CAMHS (Dr
[[Okafor|name]], [[St Helens|place]] CAMHS) and will come back on Thursday [[22nd|date]], mornings only for a week.
Important: Dad has agreed in writing that she will not be taken to India during the assessment; her passport is with me
for now. Please let me know at once if she is absent without a reason, or if anyone says she is going to "visit family in
Kerala".
She asked that only you, Mrs [[Lyon|name]] (pastoral) and Miss [[Greenall|name]] (her form tutor) know about the overdose.
[[Sophie|name]]
[[Sophie Rimmer|name]] | Social Worker | Children's Assessment Team, Sankey Vale Council | [[01744 456 201|phone]]

From: [[Tom Ashurst|name]] <[[t.ashurst@rainfordhigh.org.uk|email]]>
Sent: Monday, [[19 October 2026|date]] 08:31
To: [[Sophie Rimmer|name]]
Subject: [[Aleena T|name]] (Y10) - return to school

Morning [[Sophie|name]], [[Tom Ashurst|name]], DSL at [[Rainford|school]]. We heard from [[Ancy|name]] ([[Aleena|name]]'s mum) that she was
in Whiston Hospital at the weekend. Two things from our side: (1) her friend [[Hollie Rigby|name]] came to us on Friday worried because
[[Aleena|name]] had said her dad would "send her to India and marry her off"; (2) [[Josh Pennington|name]]'s mother rang to complain
that Mr [[Thomas|name]] had turned up at their house on [[Crank Road|address]] in [[Crank|place]] shouting. PC [[Halliwell|name]]
(school-based officer) is aware. [[Aleena|name]]'s brother [[Ebin|name]] is at [[Thatto Heath Primary|school]] - I have let
their DSL, Mrs [[Nasreen Hussain|name]], know.
[[Tom|name]]

From: [[Sophie Rimmer|name]]
Sent: Monday, [[26 October 2026|date]] 12:02
To: [[Tom Ashurst|name]]
Subject: RE: RE: [[Aleena T|name]] (Y10)

[[Tom|name]] - one more: [[Aleena|name]]'s aunt, [[Shiny Kurian|name]], may ring you from [[Dublin|place]] asking how she is. Please say
nothing without [[Ancy|name]]'s consent. And [[Josh Pennington|name]]'s mum, [[Karen Pennington|name]], has asked for a meeting; I am
seeing her on Thursday [[29th|date]] at her house on [[Crank Road|address]]. S.
"""),
]

DOCS_D += [
    ("family WhatsApp group in Malayalam and English, screenshots typed up and translated for the assessment", """Typed from screenshots
[[Aleena|name]] showed her social worker on [[02/11/2026|date]] (with her consent). Malayalam translated by
the interpreter, [[Reshma Nair|name]]; the translation is in brackets. Group: "[[Puthenpurackal|name]] Family 🙏" (41 members)

[[25/10/26|date]], 6:14 am - [[+91 94470 28316|phone]]: [[അലീന|name]] മോൾക്ക് വേണ്ടി എല്ലാവരും പ്രാർത്ഥിക്കണം
        (Everyone must pray for [[Aleena|name]] mol.) - this is the grandmother, [[Mariamma Varghese|name]], in [[Kottayam|place]]
[[25/10/26|date]], 6:20 am - [[Jibin|name]] Chachan UK: Thank you Ammachi. She is ok now. Please dont discuss on group
[[25/10/26|date]], 7:02 am - [[Shiny Kurian|name]]: praying 🙏 [[ancy|name]] call me when free. [[Binu|name]] and I can come from
[[Dublin|place]] in Dec
[[25/10/26|date]], 8:45 am - [[+91 484 240 3719|phone]]: [[ജിബിൻ|name]], കുട്ടിയെ ഇവിടെ കൊണ്ടുവരൂ. [[കോട്ടയം|place]] സ്കൂളിൽ ചേർക്കാം
        ([[Jibin|name]], bring the child here. She can join a school in [[Kottayam|place]].) - [[Aleena|name]] says this is her uncle
        [[Babu Varghese|name]] in [[Ernakulam|place]]
[[25/10/26|date]], 9:10 am - [[Jibin|name]] Chachan UK: Not now [[Babu|name]] Chettan. Social services involved
[[26/10/26|date]], 10:31 pm - [[Ancy|name]]: Mass for her at Holy Cross this Sunday, Fr [[Sebastian|name]] will say 🙏
[[27/10/26|date]], 7:55 am - [[Mariamma Varghese|name]]: [[എബിൻ|name]] മോന് സുഖമാണോ? ([[Ebin|name]] mon ok?)

Notes by [[Sophie Rimmer|name]]: "[[Jibin|name]] Chachan UK" is how the father is saved in [[Aleena|name]]'s phone; "chachan" and "Ammachi",
"mol", "mon" and "Chettan" are kinship words or endearments. Holy Cross is the church in [[St Helens|place]] the family attend.
"""),
]

DOCS_D += [
    ("child and family assessment: analysis and the young person's views", """CHILD AND FAMILY ASSESSMENT - [[Aleena THOMAS|name]] (15) and
[[Ebin THOMAS|name]] (7)
Address: [[19 Elton Head Road|address]], [[Thatto
Heath|place]], [[St Helens|place]] [[WA9 5BW|postcode]]      Start: [[17/10/2026|date]]
Authorised: [[27/11/2026|date]]
Social worker: [[Sophie Rimmer|name]]      Team manager: [[Gareth Unsworth|name]]      Interpreter (father's wish): [[Reshma Nair|name]]

Family: mother [[Ancy Varghese|name]] (b. [[19/08/1986|dob]]), a staff nurse at Whiston Hospital since 2017, who came from
[[Kottayam|place]] through the NHS overseas nurse programme; father [[Jibin Thomas|name]] (b. [[05.05.1983|dob]]), who joined her in 2018
and
works as a care assistant at a nursing home in [[Prescot|place]]; [[Aleena|name]], born in [[Kochi|place]], came aged 7; [[Ebin|name]],
born at
Whiston Hospital. Maternal grandmother [[Mariamma Varghese|name]] and uncle [[Babu Varghese|name]] are in Kerala.
Family friends: [[Shaji|name]] and [[Liji Mathew|name]] of [[Eccleston|place]], godparents to [[Ebin|name]].

[[Aleena|name]]'s views (seen alone four times, once at [[Rainford|school]], once at the Tan House youth project in [[Parr|place]]):
"I love my parents but I'm not allowed to be me." She wants to study medicine "like Mum wanted to". She is frightened of
being sent to [[Kottayam|place]] and said her cousin [[Ann Maria|name]] "got taken back and married at 18". She asked that her
friend [[Hollie|name]] not be "in trouble" for telling school.

Father's views: [[Jibin|name]] said he was "ashamed" of what he said and that he was afraid of "losing" his daughter to "bad
company". He denies any plan to marry her. He has agreed to attend a parenting group at the Malayali association in
[[Warrington|place]] run by Dr [[Thomas Kurian|name]].

Analysis: no evidence of a forced marriage plan, but a credible fear, repeated threats to send [[Aleena|name]] abroad, self-harm and
an overdose. Outcome: child in need plan; forced marriage unit advice taken ([[25 November|date]]); passports held by the
family's solicitor, [[Geraldine Mercer|name]] of [[Mercer|name]] Law, [[St Helens|place]]. Review [[15 January 2027|date]].
"""),
]


# --- E. Leatherbarrow / Dunne family (white British), Halton Brook, Runcorn; a grandmother in Ditton, Widnes ----------------------

HOME_E = d.Address("Flat 6, Cavendish Court", "Halton Brook", "Runcorn", "WA7 2BU")
NAN_E = d.Address("31 Hale Road", "Ditton", "Widnes", "WA8 8QN")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Mason", "Dunne")], dt.date(2026, 6, 20), addresses=[HOME_E], ids=["7525773459"]),
    _p("m", "mother", [("Chloe", "Leatherbarrow")], dt.date(2007, 1, 8), addresses=[HOME_E], phones=["07868 219 470"],
       ids=["6615121344"]),
    _p("f", "father", [("Reece", "Dunne")], dt.date(2004, 9, 14), addresses=[HOME_E], phones=["07719 350 642"],
       ids=["NE 21 64 09 D"]),
    _p("g", "grandparent", [("Tracy", "Leatherbarrow")], dt.date(1981, 4, 2), addresses=[NAN_E], phones=["0151 423 7718"]),
    _p("p1", "professional", [("Bethany", "Cunliffe")], phones=["01928 574 206"], emails=["bethany.cunliffe@merseygate.gov.uk"]),
], "c")

DOCS_E = [
    ("child protection medical report on a baby's bruise", """ALDER HEY CHILDREN'S HOSPITAL - CHILD PROTECTION MEDICAL ASSESSMENT
Child: [[Mason DUNNE|name]]     DOB: [[20.06.2026|dob]] (age 19 weeks)     NHS: [[752 577 3459|nhs]]
Address: [[Flat 6, Cavendish Court|address]], [[Halton Brook|place]], [[Runcorn|place]] [[WA7 2BU|postcode]]
Date of examination: [[30 October 2026|date]] 14:10      Examining doctor: Dr [[Imogen Faulkner-Hughes|name]], Consultant Paediatrician
Requested by: [[Bethany Cunliffe|name]], Social Worker (Halton), after a referral from the health visitor, [[Gill Pendlebury|name]]
Present: mother [[Chloe Leatherbarrow|name]] (19); maternal grandmother [[Tracy Leatherbarrow|name]]; [[Bethany|name]] (SW).
Father [[Reece Dunne|name]] (22) did not attend ("at work").

History: HV saw at a routine visit on [[29/10/2026|date]] a bruise on the left side of [[Mason|name]]'s face. Mother's account: "he
must have hit himself with his dummy clip" on Tuesday night. Grandmother said she noticed it on Wednesday when she had him at
hers in [[Ditton|place]]. No other explanation offered. [[Mason|name]] is not yet rolling.
Findings: three oval bruises 8-12 mm on the left cheek in a row, and one 10 mm on the left side of the chest; a torn upper
frenulum (healing). Weight 6.9 kg (50th centile). Skeletal survey and CT head arranged today; bloods for clotting sent.
Opinion: bruising in a non-mobile infant is rare without an injury; these bruises are in a pattern consistent with a grip or
fingertip pressure. The torn frenulum raises concern of a forceful feeding or a blow. No medical cause found so far.
These injuries are highly suspicious of inflicted injury.
Safety: [[Mason|name]] to remain on the ward tonight. A strategy meeting has been requested by [[Bethany Cunliffe|name]]
([[01928 574 206|phone]]).
[[I. Faulkner-Hughes|name]]  GMC 7144902     [[30/10/2026|date]]

Household and carers in the last two weeks (from mother and grandmother): [[Chloe|name]]; [[Reece|name]]; [[Tracy|name]] (days at hers in
[[Ditton|place]]); [[Reece|name]]'s brother [[Jordan Dunne|name]] and his partner [[Kayleigh Moorcroft|name]] (babysat on
[[24 October|date]] at
[[Windmill Hill|place]]); [[Chloe|name]]'s friend [[Amber Jolley|name]] (popped in "most days"). Mother's GP: Castlefields Health Centre.
Copies: [[Bethany Cunliffe|name]]; HV [[Gill Pendlebury|name]]; GP; named nurse [[Lisa Ogden|name]].
"""),
]

DOCS_E += [
    ("text messages between the parents, from the mother's phone, shown to the police", """Screenshots provided by
[[Chloe Leatherbarrow|name]] to DC [[Aimee Kearns|name]], [[Runcorn|place]] CID, [[02/11/2026|date]].
Contact saved as "[[Reece|name]] 🖤" - the father, [[Reece Dunne|name]] ([[07719 350 642|phone]]). Contact "Mum" is
[[Tracy Leatherbarrow|name]].

Tue [[27 Oct|date]]
[[Reece|name]] 🖤 22:47: hes screaming again chlo i cant do this
[[Reece|name]] 🖤 22:48: where r u
[[Chloe|name]]: at my mums in [[ditton|place]] ill be back by 11 just give him his bottle
[[Reece|name]] 🖤 23:02: he wont take it. hes doing my head in
[[Chloe|name]]: dont shout at him [[reece|name]] pls. put him in his cot and leave him 5 mins
[[Reece|name]] 🖤 23:15: sorted hes asleep

Wed [[28 Oct|date]]
[[Chloe|name]]: whats that mark on [[mason|name]]'s face
[[Reece|name]] 🖤 08:10: dummy clip innit. dont tell ur mum shell go mad
[[Chloe|name]]: i already sent her a pic
Mum: That's not a dummy clip [[chloe|name]]. Bring him to me now. I'm not at work til 2
Mum: And tell [[reece|name]] to stay at his brother [[jordan|name]]'s in [[windmill hill|place]] til we know whats what

Thu [[29 Oct|date]]
[[Reece|name]] 🖤 19:30: the hv was asking loads of questions. did u say something
[[Chloe|name]]: no. she saw it herself
[[Reece|name]] 🖤 19:31: if they take him off us its on ur mum
[[Chloe|name]]: dont talk about my mum like that. [[jordan|name]] says u were shouting at [[mason|name]] on saturday
[[Reece|name]] 🖤 19:40: [[jordan|name]] needs to keep his mouth shut. and [[kayleigh|name]]
"""),
]

DOCS_E += [
    ("letter before proceedings (Public Law Outline) to the parents", """Merseygate Borough Council - Children's Services
Municipal Building, [[Kingsway|address]], [[Widnes|place]]                                          Our ref: PLO/26/0771

[[Chloe Leatherbarrow|name]] and [[Reece Dunne|name]]
[[Flat 6|address]]
[[Cavendish Court|address]]
[[Halton Brook|place]]
[[Runcorn|place]]  [[WA7 2BU|postcode]]
                                                                              [[13 November 2026|date]]

IMPORTANT - TAKE THIS LETTER TO A SOLICITOR
LETTER BEFORE PROCEEDINGS: [[Mason Dunne|name]] (born [[20 June 2026|dob]])

Dear Ms [[Leatherbarrow|name]] and Mr [[Dunne|name]],

I am writing because we are very worried about [[Mason|name]]. On [[30 October 2026|date]] Dr [[Faulkner-Hughes|name]] at Alder Hey
found bruising to [[Mason|name]]'s face and chest and a torn frenulum, and gave the opinion that these injuries are highly
suspicious of having been inflicted. The skeletal survey on [[31st October|date]] also showed a healing fracture of the right
ninth rib. Neither of you has given an explanation that fits these injuries.

[[Mason|name]] has been living with his grandmother, Mrs [[Tracy Leatherbarrow|name]], at [[31 Hale Road|address]], [[Ditton|place]],
[[Widnes|place]], [[WA8 8QN|postcode]], since [[3 November|date]] under a written agreement, and you have been seeing him there with
her supervising. Thank you for keeping to this so far.

We are now thinking about applying to the Family Court for a care order. Before we decide, we would like to meet you both, with
your solicitors, on Thursday [[26 November
2026|date]] at 10.30am at [[Rutland House|address]], [[Halton Lea|place]], [[Runcorn|place]]. You
are entitled to free legal advice: a list of local solicitors is enclosed (for example [[Hough|name]] & [[Pritchard|name]] in
[[Widnes|place]]).

What we need you to do: agree to a parenting assessment; agree to [[Mason|name]] staying with Mrs [[Leatherbarrow|name]]; tell us
who else looked after [[Mason|name]] between [[26|date]] and [[29 October|date]] (we know of his uncle [[Jordan Dunne|name]] and his
partner [[Kayleigh Moorcroft|name]]).

Yours sincerely
[[Bethany Cunliffe|name]], Social Worker        [[Siobhan Garside|name]], Team Manager
Tel [[01928 574 206|phone]]                     [[bethany.cunliffe@merseygate.gov.uk|email]]
"""),
]

DOCS_E += [
    ("social work chronology for the court bundle", """CHRONOLOGY OF SIGNIFICANT EVENTS - [[Mason DUNNE|name]] (b. [[20/06/2026|dob]])
Prepared by [[Bethany Cunliffe|name]], Social Worker, for the local authority's application. Sources in brackets.

[[08/01/2007|dob]]      [[Chloe Leatherbarrow|name]] (mother) born, [[Whiston|place]]. (birth certificate)
[[14.09.2004|dob]]      [[Reece Dunne|name]] (father) born, [[Runcorn|place]]. (PNC)
2019-2023       [[Chloe|name]] known to Halton children's services as a child: neglect, then CIN plan when her mother [[Tracy|name]]'s
                partner, [[Darren Speakman|name]], was violent. Closed [[4 April 2023|date]]. (LA records)
[[17.10.2023|date]]      [[Reece|name]] cautioned for assault on his brother [[Jordan Dunne|name]] at [[12 Grangeway|address]],
[[Runcorn|place]]. (police)
[[2 Dec 2025|date]]      Pregnancy booked with the midwife, [[Cath Bolger|name]], at the Halton Hospital hub. (maternity)
[[20/06/26|date]]        [[Mason|name]] born at Warrington Hospital, 37+2 weeks, 2.9 kg. (maternity)
[[01/07/26|date]]        New birth visit, HV [[Gill Pendlebury|name]]: parents living with [[Tracy|name]] at [[31 Hale Road|address]],
[[Ditton|place]]. No
                concerns. (health)
[[14 Aug 2026|date]]     Family moved to [[Flat 6,
Cavendish Court|address]]. (housing, Halton Housing)
[[2026-09-03|date]]      Police called to [[Cavendish Court|address]] by a neighbour in [[Flat 5|address]], Mrs [[Moira Hankin|name]],
about shouting; no
                offences; DASH standard. (police log 0932)
[[22-Sep-2026|date]]     [[Mason|name]] seen at Halton urgent treatment centre with a "nappy rash" on his thigh; no bruise noted. (UTC
notes)
[[27 October 2026|date]] [[Chloe|name]] at [[Tracy|name]]'s; [[Reece|name]] alone with [[Mason|name]] 22:45-23:30 (texts).
[[29 October 2026|date]] HV sees the bruise and refers. (health)
[[30 October 2026|date]] Child protection medical at Alder Hey; strategy meeting chaired by [[Siobhan Garside|name]]. (LA)
[[31 October 2026|date]] Skeletal survey: healing fracture, right 9th rib, 2-4 weeks old. (Alder Hey)
[[3 November 2026|date]] [[Mason|name]] discharged to [[Tracy Leatherbarrow|name]] under a s20 agreement. (LA)
[[5 November 2026|date]] [[Reece|name]] and [[Chloe|name]] interviewed under caution; released under investigation. (police)
[[06/11/2026|date]]        Parenting assessment referral to [[Brenda Quayle|name]], independent social worker. (LA)
[[09/11/2026|date]]        Contact at [[31 Hale Road|address]] supervised by [[Tracy|name]]; [[Reece|name]] late, left at 11:40. (contact
notes)
[[11.11.2026|date]]        [[Jordan Dunne|name]] and [[Kayleigh Moorcroft|name]] seen at [[8 Norleane Crescent|address]],
[[Windmill Hill|place]],
                [[WA7 6NE|postcode]]; both deny harming [[Mason|name]]. (LA)
[[13 November 2026|date]]  Letter before proceedings to both parents. (LA)
"""),
]


# --- F. Hesketh / Mulenga family (white British and Zambian British), Digmoor, Skelmersdale; a father in Chorley ---------------

HOME_F = d.Address("14 Ennerdale", "Digmoor", "Skelmersdale", "WN8 9AH")
DAD_F = d.Address("7 Pall Mall", "", "Chorley", "PR7 2LA")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Maisie", "Hesketh-Mulenga")], dt.date(2012, 2, 29), addresses=[HOME_F], ids=["5495161955", "J888188031986"],
       schools=["Lathom High School"]),
    _p("s", "sibling", [("Bobby", "Hesketh")], dt.date(2018, 11, 11), addresses=[HOME_F], ids=["5946967800", "W888162976225"],
       schools=["Digmoor Primary School"]),
    _p("m", "mother", [("Lorraine", "Hesketh")], dt.date(1985, 7, 7), addresses=[HOME_F], phones=["07584 902 317"],
       ids=["4015675347", "RK 71 30 55 B"]),
    _p("f", "father", [("Mwape", "Mulenga")], dt.date(1980, 10, 23), addresses=[DAD_F], phones=["07951 448 036"]),
    _p("p1", "professional", [("Hannah", "Culshaw")], phones=["01695 558 904"], emails=["hannah.culshaw@ribblemoss.gov.uk"]),
], "c")

DOCS_F = [
    ("secondary school's safeguarding referral (CPOMS export)", """CPOMS - INCIDENT EXPORT - [[Lathom High|school]]
Printed [[09/11/2026|date]] by [[J. Ashcroft|name]]
Student: [[Hesketh-Mulenga, Maisie|name]] (Year 9, 9LM)    DOB [[29/02/2012|dob]]    UPN [[J888188031986|upn]]

[[02/11/2026|date]] 08:55  Category: Attendance  Reported by: [[Carl Bamber|name]] (attendance officer)
  [[Maisie|name]] absent. Mum ([[Lorraine Hesketh|name]], [[07584 902 317|phone]]) says she did not come home last night and she
  thinks she "stayed at [[Kacey|name]]'s". Second overnight absence in 3 weeks.
[[03/11/2026|date]] 11:20  Category: Child exploitation concern  Reported by: Miss [[Ffion Roberts|name]] (form tutor)
  [[Maisie|name]] came in at break in new trainers and with a new iPhone. She said a "mate" in [[Ormskirk|place]] got them. Friends say
  she goes to "parties" at a flat in [[Wigan|place]] with older lads and gets picked up by a man called "[[Smithy|name]]" outside the
  Concourse in a black BMW. One friend ([[Kacey Alty|name]], 9JS) said [[Maisie|name]] showed her a video of herself drunk.
  Action: passed to DSL.
[[03/11/2026|date]] 14:05  Category: Safeguarding - DSL action  Reported by: [[Jo Ashcroft|name]] (DSL)
  Spoke with [[Maisie|name]]. Denied anything was wrong. Said "[[Smithy|name]] is [[Kacey|name]]'s cousin" and is 19 (she thinks).
  Rang MASH (spoke to [[Hannah Culshaw|name]]). Rang Mum. Dad ([[Mwape Mulenga|name]], lives in [[Chorley|place]], [[07951 448 036|phone]])
  rang back at 15:30, very angry, said Mum "lets her run wild" and he wants her to live with him. Siblings: [[Bobby Hesketh|name]]
  (7, [[Digmoor Primary|school]]).
[[05/11/2026|date]] 09:40  Category: Missing in school hours  Reported by: [[Ffion Roberts|name]]
  [[Maisie|name]] left site at 09:15 through the back fence by the field. Police informed (log 211 of [[05/11|date]]). Returned by
  PCSO [[Dan Whittle|name]] at 13:00 from the bus station; she had a bottle of vodka. Parents informed.
[[06/11/2026|date]] 10:15  Category: Peer concern  Reported by: Mrs [[Lynne Gaskell|name]] (head of year 9)
  [[Kacey Alty|name]] told me [[Maisie|name]] has "gone to her dad's in [[Chorley|place]]" and that "[[Smithy|name]]'s mate [[Gaz|name]]"
has
  been asking [[Kacey|name]] for [[Maisie|name]]'s new number. [[Kacey|name]]'s mum ([[Sharon Alty|name]]) informed; [[Kacey|name]]
referred to
  our school counsellor, [[Amy Pimblett|name]]. Also named: [[Tiffany Rimmer|name]] (Year 11, [[Up Holland High|school]]) - passed to their
DSL.
[[09/11/2026|date]] 08:30  Category: Safeguarding - DSL action  Reported by: [[Jo Ashcroft|name]]
  Dad ([[Mwape Mulenga|name]]) asked for a managed move to [[Parklands|school]]; I said we would wait for the strategy meeting on
  the [[10th|date]]. Nan ([[Brenda Hesketh|name]]) came to reception with [[Bobby|name]]'s reading book and said [[Lorraine|name]] is "in
bits".
"""),
]

DOCS_F += [
    ("Instagram direct messages from the police download of the girl's phone", """LANCASHIRE CONSTABULARY - DIGITAL EXTRACT SUMMARY -
exhibit HC/2 (Instagram DMs, user "maisie.hb_x")
Prepared by DC [[Leanne Rigby|name]], Operation Lantern, [[10/11/2026|date]]. Spelling as on the phone.

Thread with "smithy_wn5" (display name "[[Smithy|name]]"; believed to be [[Liam Smith|name]], 24, of [[Scholes|place]], [[Wigan|place]])
[[21 Oct 2026|date]] 20:14  [[Smithy|name]]: u comin tmrw or wat
[[21 Oct 2026|date]] 20:15  maisie.hb_x: my mum wont let me out after 8
[[21 Oct 2026|date]] 20:15  [[Smithy|name]]: tell her ur at [[kacey|name]]s lol
[[21 Oct 2026|date]] 20:16  maisie.hb_x: she rings [[kacey|name]]s mum tho
[[21 Oct 2026|date]] 20:18  [[Smithy|name]]: ill get u at the concourse 7. [[dayo|name]] will be there and [[tiff|name]]
[[01 Nov 2026|date]] 23:50  [[Smithy|name]]: where did u go. u owe me for them trainers remember
[[02 Nov 2026|date]] 00:03  maisie.hb_x: im at [[ennerdale|address]]. i cant get out my nan is here
[[02 Nov 2026|date]] 00:04  [[Smithy|name]]: 10 min outside [[digmoor|place]] shops or ill come to the door

Thread with "t.rimmer99" (display name "[[Tiffany|name]]"; believed to be [[Tiffany Rimmer|name]], 16, of [[Up Holland|place]])
[[02 Nov 2026|date]] 00:20  [[Tiffany|name]]: dont go hes in a mood. i went [[wigan|place]] last wk and his mate [[gaz|name]] wouldnt let
me leave
[[02 Nov 2026|date]] 00:22  maisie.hb_x: scared
[[02 Nov 2026|date]] 00:23  [[Tiffany|name]]: ring ur dad in [[chorley|place]]

Thread with "mwape.b" (display name "Dad")
[[02 Nov 2026|date]] 00:31  maisie.hb_x: dad can u come and get me
[[02 Nov 2026|date]] 00:45  Dad: on my way. stay in. dont answer the door
"""),
    ("father's email to the social worker", """From: [[Mwape Mulenga|name]] <[[mwape.mulenga80@outlook.com|email]]>
To: [[Hannah Culshaw|name]] <[[hannah.culshaw@ribblemoss.gov.uk|email]]>
Date: Sunday, [[8 November 2026|date]] 22:17
Subject: My daughter [[Maisie|name]] - please read before the meeting on Tue [[10th|date]]

Dear Ms [[Culshaw|name]],

I am [[Maisie|name]]'s father. I live at [[7 Pall Mall|address]], [[Chorley|place]], [[PR7 2LA|postcode]], with my wife
[[Chileshe|name]] and
our two sons. I collected [[Maisie|name]] from her mother's house in [[Digmoor|place]] at 1am on [[2 November|date]] after she
messaged me. She has been with us since.

I want to be clear that I am not blaming [[Lorraine|name]] for everything. She is on her own with [[Bobby|name]] and works in the
evenings at the Tesco in [[Ormskirk|place]], and her mother [[Brenda|name]] ("Nan [[Bren|name]]") is not well. But [[Maisie|name]] has been
going out with much older men and no one has stopped it. I have the names she told me: "[[Smithy|name]]" and "[[Gaz|name]]", and a
girl called [[Tiff|name]]. My brother-in-law, [[Bwalya Chanda|name]], who is a youth worker in [[Leyland|place]], says that is
grooming.

[[Maisie|name]] can go to [[Parklands|school]] in [[Chorley|place]] in January if you agree; I spoke to the head, Mr [[Haworth|name]],
on Friday. My number is [[07951 448 036|phone]] and [[Chileshe|name]]'s is [[07376 524 811|phone]]. My mother in [[Kitwe|place]] is also
worried and asks me every day ([[+260 97 741 2853|phone]] if you need to speak to her, she speaks English).

Regards,
[[Mwape Mulenga|name]]

PS My sister [[Mutale Mulenga|name]] in [[Lusaka|place]] ([[+260 97 741 2853|phone]] is Mum's; [[Mutale|name]] has no WhatsApp) says
[[Maisie|name]]
can spend the summer with them in [[Kabulonga|place]] if that would help. I know it is too early to talk about that.
"""),
]

DOCS_F += [
    ("strategy meeting minutes (child sexual exploitation), with a multi-agency attendance table", """WEST LANCASHIRE - SECTION 47 STRATEGY
MEETING - MINUTES (restricted)
Subject: [[HESKETH-MULENGA Maisie|name]], DOB [[29.02.2012|dob]], NHS [[549 516 1955|nhs]]
Home: [[14 Ennerdale|address]], [[Digmoor|place]], [[Skelmersdale|place]] [[WN8 9AH|postcode]]; currently with father at
[[7 Pall Mall|address]], [[Chorley|place]]
Date: Tuesday [[10 November 2026|date]], 10.00, by Teams         Chair: [[Karen Heyes|name]], Team Manager, [[Skelmersdale|place]] CSC

Attendee               | Agency                                | Contact
[[Hannah Culshaw|name]]         | Social Worker                         | [[01695 558 904|phone]]
DC [[Leanne Rigby|name]]       | Lancashire Police, Operation Lantern  | via switchboard
[[Jo Ashcroft|name]]            | DSL, [[Lathom High|school]]                | [[01695 725 418|phone]]
[[Sarah-Jane Fairclough|name]]  | Children's Society (Prevent and Protect) |
Dr [[Ayo|name]]                 | GP, Beacon Primary Care               |
[[Lorraine Hesketh|name]] and [[Mwape Mulenga|name]] joined for item 4 only.

1. Police: [[Liam SMITH|name]] (24) arrested [[9/11|date]] for child abduction warning breach; vehicle [[LK19 OWT|vehicle]] seized.
"[[Gaz|name]]"
   is [[Gareth Prescott|name]], 26, of [[Pemberton|place]]; [[Tiffany
Rimmer|name]] (16) is a possible victim - a separate strategy
   meeting for her today at 14.00 ([[Up Holland|place]] address known).
2. School: [[Maisie|name]]'s attendance 72%; [[Kacey Alty|name]] and [[Ruby-Leigh Ashurst|name]] named as friends at risk.
3. Health: GP ([[Ayo|name]]) - [[Maisie|name]] was seen on [[15/10/2026|date]] asking for the morning-after pill, alone; it was given.
4. Parents: [[Lorraine|name]] agrees [[Maisie|name]] stays with [[Mwape|name]] and [[Chileshe Mulenga|name]] (NI [[SN 33 71 08 C|ni]],
for the
   kinship payments form) for now; [[Bobby|name]] stays with Mum. Nan [[Brenda Hesketh|name]] to be told nothing by [[Maisie|name]] "about
[[Smithy|name]]".
Decision: s47 (CSE), joint visit on [[11.11.2026|date]]; ABE interview to be offered; CSE risk assessment by [[Hannah|name]].
Actions: [[Hannah Culshaw|name]] and DC [[Leanne Rigby|name]] to see [[Maisie|name]] at [[7 Pall Mall|address]]; [[Jo Ashcroft|name]] to
meet
[[Kacey Alty|name]]'s and [[Ruby-Leigh Ashurst|name]]'s parents; [[Sarah-Jane Fairclough|name]] to offer [[Maisie|name]] weekly sessions at
[[Chorley|place]] library; [[Karen Heyes|name]] to share the minutes with [[Tiffany Rimmer|name]]'s social worker, [[Nathan Dewhurst|name]].
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 25 (written 2026-12-06 without reading the detector; held out until scored on 2026-12-06 at 22:04 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "fr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cllr", "hhj", "nurse",
           "sister", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "mum", "mummy", "mam",
           "dad", "daddy", "aunty", "auntie", "uncle", "ammachi", "appachan", "chachan", "chettan", "chechi", "achan", "amma", "apa",
           "anya", "anyu", "anyós", "nagymama", "mama"}
_AFTER = {"chachan", "chettan", "chechi", "mol", "mon", "senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "nottinghamshire", "notts",
               "lincolnshire", "lincs", "derbyshire", "south yorkshire", "yorkshire", "bassetlaw", "halton", "merseyside",
               "cheshire", "lancashire", "west lancashire", "the north west", "north west", "east midlands", "nepal",
               "india", "kerala", "hungary", "zambia", "ireland", "europe", "asia", "africa"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name: "Fr Sebastian",
# "Nan Bren"; and after one: "Babu Chettan", "Aleena mol", "Ebin mon") and counties, regions and countries ("Nottinghamshire",
# "Lincolnshire", "Derbyshire", "Halton", "Hungary", "India", "Kerala").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
