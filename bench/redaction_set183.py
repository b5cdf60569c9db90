"""Set 183: a held-out hand-written set for the redaction detector, six more invented families in east Devon, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or the documents of
bench/redaction_set182.py, bench/redaction_set184.py and bench/redaction_set185.py and their tests (written by other helpers at
the same time), that did not run the detector or any bench script that runs it, that ran no git command, and that looked at no
detector output. What was read: the first 200 lines of bench/redaction_set181.py (its docstring, its first family and the
opening of its second) and its last 60 lines (the end of its last family, _PAIRS, NAME, _TITLES, _AFTER, _NOT_PLACES and the
HandSet lines), tests/test_redaction_set181.py in full, and the first 40 lines of bench/redaction_set21.py (the opening of its
docstring, cut at 200 characters a line); the marking conventions are set 21's as set 181 restates them. The `def` lines of
bench/redaction_handwritten.py (`_party`, `Records`, `party`, `HandSet`) were seen through a grep of their names. The
docstrings of the earlier sets were searched by a small script (ast.get_docstring) that printed only the file name and the word
for each hit, never the text: its glob was bench/redaction_set*.py, so it also parsed the docstrings of sets 182, 184 and 185
if they existed then, but none of the words searched was hit in them and nothing of them was printed. Words searched: the towns,
districts and villages used here (Sidmouth, Honiton, Axminster, Woolbrook, Sidford, Millwey, Cloakham, Kilmington, Feniton,
Sidbury, Musbury, Gittisham and others) and a list of communities; none of this set's homes was hit; Seaton (hit in sets 16,
48, 60, 81, 118 and 162) is used here only as a place named, not as a home. "Mangalor" was hit (set 143), so this set names
Udupi and Manipal, not Mangalore; "Tulu" was not hit. Phone numbers were checked with the phonenumbers library and NHS numbers
and UPNs made and checked with python-stdnum in small snippets. The record constructors (d.Party through `_party`, d.Address,
d.CaseRecord) are imported from the detector module only to build records. Nobody may tune the detector on this set: it is to
be scored once. If a mistake in the gold marking is found after scoring, correct only the marking and say so here.

Six families in Sidmouth, Honiton, Axminster and the villages around them, each from a district or village the earlier
docstrings did not show as a family's home: a young white British mother drinking with a new partner on the Woolbrook estate,
Sidmouth, with a nan in Sidford (Dampier / Searle / Rowsell; neglect, a boy of 9 getting his sister up, child protection
plans, a kinship assessment); a white British family on Millwey Rise, Axminster, with a father in Chard (Lavis / Tapp;
domestic abuse with strangulation, a boy of 12 holding a door shut on his sister, MARAC, bail breaches, a non-molestation
order); a Tulu-speaking family from Udupi, Karnataka (south-west India), in a flat on Honiton's High Street (Shetty /
Poojary; a mother with severe postnatal depression, a girl of 14 doing the night feeds while her father, a nurse, works
nights, a grandmother refused a visa, a voice message in Tulu written in Kannada script and translated); a white British
family in Kilmington with a boy of 8 with cerebral palsy and epilepsy (Bastable; short breaks, a broken hoist, a mother's
3 a.m. voice note, a sister of 11 turning him at night); a white British boy of 15 in Feniton going missing to Exeter
(Northcott; county lines, a debt, a return home interview, a Snapchat extract, a MACE meeting); and a white British family in
Sidbury (Gosling / Pring; a father with bipolar disorder off his lithium and admitted under section 2, a girl of 13 groomed
online by a man of 24 posing as 19, a nan of 77 in a one-bedroom flat in Sidmouth). The community, Tulu speakers from Udupi,
did not appear in any earlier docstring searched. 24 documents, each with its own style label: a primary school welfare
log, a nan's voicemail and texts typed up, initial child protection conference minutes, an alcohol worker's email, a police
DASH risk assessment, MARAC minutes, a boy's own writing, an IDVA's phone notes, a perinatal mental health referral, a
mother's Tulu voice message transcribed and translated, a college email chain, a young carers' assessment, a short breaks
application form, a mother's voice note typed up, an OT home visit report, short breaks panel minutes, a police missing
person report, a return home interview, a Snapchat extract, exploitation (MACE) panel minutes, a GP's letter, a girl's diary
page scanned by OCR (with its misreadings), a strategy discussion record and a social worker's phone notes.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration.
Phones are valid (phonenumbers), UK and foreign (India, two); names are also written in Kannada script (in the Tulu message);
NHS numbers and UPNs (LA 878) pass their check digits; two NI numbers; five vehicle registrations. Some street names are
real streets of these towns used with invented house numbers; "Greenhead Cottages", "Sycamore Close" and "Acland Park" may
or may not exist. The surgeries, services, teams, wards, the panel and the partnership are unmarked organisations; towns,
villages, districts and estates are real and marked as places.

Markup and conventions: exactly those of bench/redaction_set21.py. Titles and kinship words stay outside a name (Mr, Mrs,
Ms, Miss, Dr, PC, PCSO, DC, DS, DI, Sister, Nan, Aunt, grandad, "aunty" after a name, "sr" after a name); "SURNAME, First"
and "SURNAME First" are one span ("SEARLE, Tyler", "NORTHCOTT Kian", "Oakley BASTABLE"); initials with a surname are names
("K Dampier", "O. Gerry") while initials alone ("VS") are not; Snapchat usernames ("jonno_x7", "k1an.n", "lacey.b.xo") are
not marked; "Amma" and "Appe" (mother) and "ajji" (grandmother) are kinship words, not names; a neighbour's bare house
number ("no. 31", "no 6", "no. 11", "no. 12") is an address; organisations holding a town's name stay unmarked ("Honiton
Surgery", "Blackmore Health Centre", "East Devon District Council", "Devon Carers", "Avon and Somerset Police"), and so do
counties, states and countries ("Devon", "Dorset", "Somerset", "Karnataka"); an OCR misreading keeps its kind ("5/I0" and
"4th 0ct0ber" dates, "Bridp0rt" a place, "AIfie" and "VaI" names); a railway station named by its town marks the town;
weekday names alone ("sat", "sun", "monday") are not dates; a bare month and year ("June 2025", "May 2027", "September
2027") is not a date, while "Easter 2025" is, as set 181's "Christmas Day 2024" is.

Choices this set had to make: a county line's brand ("the Benz line") is not a name; a pub, shop or café named by its own
name ("the Swan", "Costa", "Tesco") is unmarked, while a chain's branch named by its town in lower-case words ("the Chard
Tesco", "the Sidmouth Costa") marks the town; a college named by its town ("Exeter College") is a school, one span;
"Honeylands" (a children's centre) is an organisation, not a school; "Wonford" was avoided; a wrong number the IDVA tried is
still a phone; the school's name in a heading in capitals ("WOOLBROOK PRIMARY") is a school.

Self-check without the detector: `python -m bench.redaction_set183` (and tests/test_redaction_set183.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 914 gold spans, 520 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Dampier / Searle family (white British), Woolbrook, Sidmouth, nan in Sidford ---------------------------------------

HOME_A = d.Address("22 Malden Road", "Woolbrook", "Sidmouth", "EX10 9NA")
NAN_A = d.Address("4 Church Street", "Sidford", "Sidmouth", "EX10 9RG")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Searle")], dt.date(2017, 3, 11), addresses=[HOME_A], ids=["1105431819", "K878202409871"],
       schools=["Woolbrook Primary School"]),
    _p("s", "sibling", [("Maisie", "Dampier")], dt.date(2021, 8, 29), addresses=[HOME_A], ids=["7090660214"]),
    _p("m", "mother", [("Kerry", "Dampier")], dt.date(1993, 12, 4), addresses=[HOME_A], phones=["07731 294 058"]),
    _p("f", "father", [("Jason", "Searle")], dt.date(1990, 5, 17), phones=["07856 203 417"]),
    _p("g", "grandparent", [("Lorraine", "Dampier")], dt.date(1968, 2, 9), addresses=[NAN_A], phones=["01395 512 374"]),
], "c")

DOCS_A = [
    ("primary school welfare log", """[[WOOLBROOK PRIMARY|school]] - WELFARE LOG (printed [[4/12/26|date]])
Child: [[SEARLE, Tyler|name]]   DOB [[11.03.2017|dob]]   UPN [[K878202409871|upn]]   Yr 4 (Otters)
Mum: [[Kerry Dampier|name]] [[07731 294 058|phone]]   Dad: [[Jason Searle|name]] (not at home) [[07856 203 417|phone]]
Home: [[22 Malden Road|address]], [[Woolbrook|place]], [[Sidmouth|place]] [[EX10 9NA|postcode]]

[[07/09/2026|date]]  [[Tyler|name]] hungry at 9am, ate 3 slices of toast at breakfast club. Miss [[Hext|name]] (TA) noted
his trousers too short and wet at the hem.
[[14/09/2026|date]]  Not collected till 4.05. Nan ([[Lorraine Dampier|name]], [[Sidford|place]]) came in the end, smelt
of nothing, said "[[Kerry|name]]'s had a drink again, I'm not covering for her".
[[21.9.26|date]]  [[Maisie|name]] (nursery, [[Little Sidlings|school]]) - their manager [[Jo Pinn|name]] rang our DSL
Mrs [[Caroline Westlake|name]]: [[Maisie|name]] came in with nappy rash to bleeding.
[[28 Sept|date]]  [[Tyler|name]] said mum "sleeps on the settee all day" and "[[Dean|name]] brings cans". [[Dean|name]] =
[[Dean Rowsell|name]], mum's new partner, from [[Ottery St Mary|place]]. Referral to MASH by [[C. Westlake|name]].
[[5/10/2026|date]]  SW [[Holly Manley|name]] visited school. [[Tyler|name]]'s friend [[Archie Tozer|name]] says [[Tyler|name]]
"eats at ours most days" - his mum Mrs [[Tozer|name]] lives at [[no. 31|address]] [[Malden Rd|address]].
[[the 12th|date]] (Oct) [[Tyler|name]] upset, said the police came Sat night. PC [[Ellacott|name]] confirmed a
call to the house on [[10/10|date]].
[[19/10/26|date]]  Half term food bag from the church given to nan. [[Lorraine|name]] says [[Jason|name]] is in
[[Exmouth|place]] with his new girlfriend [[Shannon|name]] and "has not paid a penny".
[[2/11/2026|date]]  [[Tyler|name]] absent. [[Kerry|name]] texted "hes got d+v". Home visit by Mrs [[Westlake|name]] and
Mr [[Pidsley|name]] 11:30: curtains shut, no answer, [[Maisie|name]] heard crying. Police called. PCSO [[Gill Turl|name]]
attended; mum woke up. [[Holly|name]] told at 12.10.
[[9th November|date]]  ICPC date set for [[24 November 2026|date]].
[[16/11/26|date]]  [[Maisie|name]] at nan's in [[Sidford|place]]; nursery say [[Lorraine|name]] brought her in clean and fed.
Nan's friend [[Margaret Hayman|name]] drops her off on Wednesdays. [[Tyler|name]] in school every day this week.
[[20.11.26|date]]  [[Tyler|name]] wrote in circle time: "me and [[Maisie|name]] live at nannys now, [[Dean|name]] is not aloud".
Mr [[Pidsley|name]] (class teacher) passed it to Mrs [[Westlake|name]]. Dad [[Jason|name]] rang the office from [[07856 203 417|phone]]
asking for reports to go to [[Flat 2, 18 Rolle Street|address]], [[Exmouth|place]] [[EX8 1NH|postcode]].
[[23/11/2026|date]]  Report for ICPC sent to [[Holly Manley|name]]; copy to [[Rosalind Batt|name]] (chair).
"""),
    ("nan's voicemail and texts typed up", """Messages from [[Lorraine Dampier|name]] (nan) to SW [[Holly Manley|name]], typed on
[[16/11/26|date]]

voicemail [[13 Nov|date]] 22.40: "[[holly|name]] its [[lorraine|name]], [[tylers|name]] nan. i've got both of them here at
[[4 church st|address]], [[kerry|name]] turned up at mine with [[maisie|name]] in her pyjamas, [[dean|name]] chucked them
out. ring me on the landline [[01395 512 374|phone]]"
text [[14 Nov|date]] 07.12  morning its [[lorraine|name]]. took [[tyler|name]] to school in [[sidmouth|place]]. [[maisie|name]]
with me, no nursery, shes got no coat
text [[14 Nov|date]] 07.20  [[dean|name]] drives a silver corsa [[WK16 RZD|vehicle]] he was parked up at [[sidford|place]]
cross last night watching the house
text [[14 Nov|date]] 09.02  my neighbour [[margaret|name]] at [[no 6|address]] saw him too
text [[15 Nov|date]] 18.31  [[kerry|name]] gone back to [[woolbrook|place]]. says shes done with him. i dont believe her.
[[jason|name]] says he wants the kids at his in [[exmouth|place]], [[shannon|name]] wont have them tho
text [[15 Nov|date]] 18.33  pls dont say i said. [[kerry|name]] will stop me seeing them x
text [[16 Nov|date]] 08.05  morning [[holly|name]], [[jason|name]] rang me last night, says his mum [[brenda|name]] in
[[exmouth|place]]
could have [[tyler|name]] weekends. she lives by [[shannon|name]]s mum on [[withycombe|place]] rd. dunno
text [[16 Nov|date]] 08.09  also [[dean|name]]s sister [[kelly rowsell|name]] messaged [[kerry|name]] on fb saying hes sorry
text [[16 Nov|date]] 12.47  [[tylers|name]] teacher mr [[pidsley|name]] says hes been good. [[maisie|name]] ate all her dinner x
"""),
    ("initial child protection conference minutes", """DEVON CHILDREN AND FAMILIES PARTNERSHIP - INITIAL CHILD PROTECTION CONFERENCE
Children: [[Tyler Searle|name]] (DOB [[11 March 2017|dob]]), [[Maisie Dampier|name]] (DOB [[29 August 2021|dob]], NHS
[[709 066 0214|nhs]])
Date: [[24 November 2026|date]], 10am, at the Knowle, [[Sidmouth|place]]   Chair: [[Rosalind Batt|name]]
Present: [[Kerry Dampier|name]] (mum) with her advocate [[Sue Bagwell|name]]; [[Lorraine Dampier|name]] (maternal
grandmother); [[Holly Manley|name]] (SW); Mrs [[Caroline Westlake|name]] ([[Woolbrook Primary|school]]); [[Jo Pinn|name]]
([[Little Sidlings|school]]); HV [[Anita Rugg|name]]; PC [[Dan Ellacott|name]]; [[Mel
Tremlett|name]] (alcohol worker, Together Drug and Alcohol Service).
Apologies: [[Jason Searle|name]] (father) - sent a text; GP Dr [[Okonjo|name]] (Blackmore Health Centre) - report sent.
Summary: mum drinks most days since [[Dean Rowsell|name]] moved in. Police called [[10 October|date]] and [[13th
November|date]]. [[Tyler|name]] (9) gets himself and [[Maisie|name]] up; he told [[Holly|name]] "I do the cereal".
[[Maisie|name]]'s weight dropped from the 50th to the 9th centile.
Decision: child protection plans for both, neglect. [[Dean Rowsell|name]] (DOB [[02/07/1988|dob]]) not to stay at
[[Malden Road|address]]. Nan to be assessed as a kinship carer.
Core group: [[1/12/2026|date]] at school. Review: [[16 February 2027|date]].
[[Tyler|name]]'s wishes (with Mrs [[Westlake|name]]): "I want mum to stop drinking and I want to keep my dog".
"""),
    ("alcohol worker's email to the social worker", """From: [[Mel Tremlett|name]] <[[mel.tremlett@togetherdevon.org.uk|email]]>
To: [[Holly Manley|name]] <[[holly.manley@devon.gov.uk|email]]>
Sent: [[30 November 2026|date]] 16:02
Subject: [[K Dampier|name]] - update before core group

Hi [[Holly|name]],
Saw [[Kerry|name]] at our [[Honiton|place]] hub today ([[30/11|date]]). She walked from [[Honiton|place]] station - said the
bus from [[Sidmouth|place]] was cancelled. Breathalyser 0. She says she has not seen [[Dean|name]] since the [[14th|date]]
but her phone lit up with "[[Deano|name]]" twice while we talked. She's started the day programme; her peer mentor is
[[Stacey Govier|name]].
She asked if her mum [[Lorraine|name]] can keep having [[Maisie|name]] on Tuesdays and Thursdays. Her friend [[Toni|name]] from
[[Newton
Poppleford|place]] may help with lifts.
[[Kerry|name]]'s NI number for the benefit form: [[JT 48 21 65 C|ni]]. Her new mobile is [[07492 618 305|phone]].
Next appt: Mon [[7th Dec|date]] 2pm.
Thanks, [[Mel|name]]

PS [[Dean Rowsell|name]] is also known to our [[Exmouth|place]] team (worker [[Gavin Tuckett|name]]); I've asked for consent
to share. [[Kerry|name]]'s sister [[Leanne Dampier|name]] in [[Sidmouth|place]] ([[Arcot Road|address]]) rang us on [[27/11|date]]
to say [[Kerry|name]] had been in the Swan on the [[26th|date]] - we'll talk it through with her.
"""),
]


# --- B. Lavis / Tapp family (white British), Millwey Rise, Axminster, father in Chard ----------------------------------------

HOME_B = d.Address("9 Sycamore Close", "Millwey Rise", "Axminster", "EX13 5HU")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Rhys", "Lavis")], dt.date(2014, 1, 23), addresses=[HOME_B], ids=["6416310430", "J878155381198"],
       schools=["Axe Valley Academy"]),
    _p("s", "sibling", [("Evie", "Tapp")], dt.date(2019, 10, 2), addresses=[HOME_B], ids=["4820508598", "Y878173417197"]),
    _p("m", "mother", [("Gemma", "Lavis")], dt.date(1989, 6, 14), addresses=[HOME_B], phones=["07968 145 302"]),
    _p("p", "partner", [("Lee", "Tapp")], dt.date(1986, 11, 30), addresses=[HOME_B], phones=["07412 380 596"]),
    _p("f", "father", [("Craig", "Lavis")], dt.date(1987, 4, 8), phones=["07527 913 604"]),
], "c")

DOCS_B = [
    ("police domestic abuse risk assessment", """DEVON & CORNWALL POLICE - DOMESTIC ABUSE, STALKING AND HARASSMENT (DASH) -
OCCURRENCE 0412
Date/time: [[17/10/2026|date]] 23:48    Location: [[9 Sycamore Close|address]], [[Millwey Rise|place]], [[Axminster|place]]
[[EX13 5HU|postcode]]
Victim: [[LAVIS, Gemma|name]], DOB [[14/06/1989|dob]], mob [[07968 145 302|phone]]
Suspect: [[TAPP, Lee|name]], DOB [[30/11/1986|dob]], mob [[07412 380 596|phone]], vehicle blue Transit [[WU19 HXT|vehicle]]
Children present: [[Rhys Lavis|name]] (12), [[Evie Tapp|name]] (7)
Officers: PC [[Nicola Chubb|name]] 4471, PC [[Aaron Loveridge|name]] 2290
Account: neighbour Mr [[Keith Bowditch|name]] ([[no. 11|address]]) rang 999 hearing screaming. On arrival [[Gemma|name]] had red
marks to her neck. She said [[Lee|name]] put his hand round her throat "for a few seconds" after she took his phone.
[[Rhys|name]] had taken [[Evie|name]] upstairs and was holding the door shut. [[Rhys|name]] said "he does it when he's been at
the [[Chard|place]] pub with [[Robbo|name]]".
Q: strangled/choked? YES. Q: pregnant? NO. Q: separation? Yes, she told him to leave on [[1 October|date]].
Risk: HIGH. MARAC referral made. IDVA [[Becca Hurford|name]] informed [[18/10|date]].
[[Tapp|name]] arrested, bailed to his mother's, Mrs [[Wendy Tapp|name]], [[14 Lyme Road|address]], [[Uplyme|place]]
[[DT7 3TH|postcode]], with a condition not to enter [[Millwey Rise|place]].
Officer notes: [[Rhys|name]] spoken to by PC [[Loveridge|name]] with mum present - "I hate [[Lee|name]]". [[Evie|name]] asleep by
00:30. [[Gemma|name]]'s friend [[Shelley Dare|name]] came from [[Cloakham|place]] to stay the night. [[Gemma|name]]'s mother,
Mrs [[Jackie Lavis|name]], in [[Seaton|place]] informed by phone ([[01297 631 482|phone]]) at 01:10 on [[18/10/2026|date]].
"""),
    ("MARAC minutes extract", """EAST DEVON MARAC - [[29 October 2026|date]] - case 6 of 14
Victim: [[Gemma Lavis|name]]. Perpetrator: [[Lee Tapp|name]]. Children: [[Rhys|name]] 12, [[Evie|name]] 7.
Present: Chair DI [[Sarah Quick|name]]; IDVA [[Becca Hurford|name]]; [[Axe Valley|school]] DSL Mr [[Tom Beer|name]]; SW
[[Jamie Hockin|name]]; housing officer [[Lisa Cridland|name]] (East Devon District Council); HV [[Pam Sealy|name]].
Info: [[Tapp|name]] has breached bail twice - seen at [[Trinity Square|address]] in [[Axminster|place]] on [[22/10|date]] and
outside [[Evie|name]]'s school ([[Axminster Community Primary|school]]) on [[26 Oct|date]]. [[Gemma|name]]'s ex, [[Rhys|name]]'s
dad [[Craig Lavis|name]], lives in [[Chard|place]] and says [[Rhys|name]] can stay weekends.
Actions: 1. Police to do a bail check at [[Uplyme|place]] ([[Becca|name]] to share [[Wendy Tapp|name]]'s address). 2. Housing
to fit a camera doorbell at [[Sycamore Close|address]] by [[5/11|date]]. 3. [[Jamie|name]] to speak to [[Rhys|name]] alone.
4. School to flag [[Evie|name]] and [[Rhys|name]]; no collection by [[Lee|name]] or his brother [[Darren Tapp|name]].
Next: review on [[26 November 2026|date]].
Minute taker: [[Kerry Bolt|name]]. Also: [[Lee Tapp|name]]'s ex-partner [[Stacey Welch|name]] (MARAC in 2024) lived in
[[Lyme Regis|place]]; chair asked police to check the history with Dorset Police.
"""),
    ("boy's own writing for his social worker", """my page by [[Rhys lavis|name]] age 12 (for [[Jamie|name]])

the people in my house are me mum and [[evie|name]]. [[lee|name]] usd to live with us but not now. my dad is in [[chard|place]]
and I see him sum weekends. his girlfrend is [[Kayla|name]] she is ok.
the worst thing was the night of the [[17th|date]] when [[lee|name]] hurt mum on the neck. I took [[evie|name]] up and held the
door. [[Evie|name]] was crying and I put peppa on my phone for her.
at school my best mates are [[Kai|name]] and [[Ollie P|name]]. Mr [[Beer|name]] lets me go to the hub at lunch.
I dont want [[lee|name]] back. I am worryed he will come in the van. I know his reg its [[WU19 HXT|vehicle]].
if I was the boss of everything I wud move us to [[Seaton|place]] by the sea near nan [[Jackie|name]].
3 wishes: 1 mum is happy 2 a dog 3 to go to [[Exeter|place]] to see the chiefs
people who help me: [[Jamie|name]], Mr [[Beer|name]], nan [[Jackie|name]], [[Kai|name]]s mum [[Sharon|name]] who gives me lifts to
football at [[Musbury|place]], and my coach [[Dave Rockett|name]].
signed [[RHYS L|name]] [[3/11/26|date]]
"""),
    ("IDVA's phone notes", """IDVA call log - [[Becca Hurford|name]] - client [[G Lavis|name]] - ref EDV/2026/188

[[04/11/2026|date]] 10.15  Rang [[Gemma|name]] on new number [[07731 294 508|phone]]? - wrong no. Tried [[07968 145 302|phone]]: ok.
She says [[Lee|name]] has been messaging from a new number ([[07814 652 039|phone]]) and from his mum's landline.
[[04/11/2026|date]] 10.40  Told PC [[Chubb|name]]. Breach logged.
[[11/11/26|date]] 14.00  [[Gemma|name]] at Children's Centre, [[Axminster|place]]. Met with [[Pam Sealy|name]] HV. [[Evie|name]]
has started wetting again. [[Rhys|name]] refusing to go to [[Craig|name]]'s in [[Chard|place]] because [[Kayla|name]]'s brother
[[Connor Gage|name]] "is mates with [[Lee|name]]".
[[19/11|date]] 09.05  Court: non-molestation order granted at [[Exeter|place]] Combined Court, return date [[3/12/2026|date]].
[[Lee|name]]'s solicitor [[M. Drewe|name]].
[[19/11|date]] 16.30  [[Gemma|name]] wants to move to [[Seaton|place]], near her mum [[Jackie Lavis|name]] ([[01297 631 482|phone]]).
Housing ([[Lisa|name]]) say the waiting list is 2 yrs.
[[26/11|date]] 11.20  MARAC review. [[Lee|name]] now living with [[Darren Tapp|name]] in [[Chard|place]]; [[Craig|name]] says he has
seen him at the [[Chard|place]] Tesco. [[Gemma|name]] asked for [[Evie|name]]'s school to be told. Rang [[Axminster Community
Primary|school]] DSL Mrs [[Helen Snell|name]].
[[27/11|date]] 09.30  [[Evie|name]] (DOB [[02/10/2019|dob]], UPN [[Y878173417197|upn]]) seen at school by [[Jamie Hockin|name]].
"""),
]


# --- C. Shetty / Poojary family (Tulu-speaking, from Udupi, Karnataka), Honiton town centre ---------------------------------

HOME_C = d.Address("Flat 3, 41 High Street", "", "Honiton", "EX14 1PW")
GRAN_C = d.Address("2-118 Kunjibettu", "", "Udupi", "576102")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Vaibhavi", "Shetty")], dt.date(2012, 7, 19), addresses=[HOME_C], ids=["7252525449", "V878211991883"],
       schools=["Honiton Community College"]),
    _p("s", "sibling", [("Advith", "Shetty")], dt.date(2026, 5, 3), addresses=[HOME_C], ids=["3823923617"]),
    _p("m", "mother", [("Prathiksha", "Shetty")], dt.date(1990, 1, 26), addresses=[HOME_C], phones=["07935 206 184"]),
    _p("f", "father", [("Sandesh", "Shetty")], dt.date(1985, 9, 12), addresses=[HOME_C], phones=["07308 741 529"]),
    _p("g", "grandparent", [("Sumathi", "Poojary")], addresses=[GRAN_C], phones=["+91 94481 27305"]),
], "c")

DOCS_C = [
    ("perinatal mental health team's referral", """DEVON PERINATAL MENTAL HEALTH SERVICE - REFERRAL TO CHILDREN'S SOCIAL CARE
(with consent)
Mother: [[SHETTY, Prathiksha|name]]   DOB [[26/01/1990|dob]]   mob [[07935 206 184|phone]]
Address: [[Flat 3, 41 High Street|address]], [[Honiton|place]] [[EX14 1PW|postcode]]
Baby: [[Advith Shetty|name]], born [[3 May 2026|dob]] at the RD&E, NHS [[382 392 3617|nhs]]
Other children: [[Vaibhavi|name]] ("[[Vaibhu|name]]"), 14, Y10 at [[Honiton Community College|school]]
Partner: [[Sandesh Shetty|name]], staff nurse, Royal Devon, nights; mob [[07308 741 529|phone]]
Referrer: Dr [[Fenella Crook|name]], consultant perinatal psychiatrist, [[fenella.crook@nhs.net|email]]
Reason: severe postnatal depression with intrusive thoughts; seen at home on [[20/11/2026|date]] with Tulu interpreter
Mrs [[Shobha Rai|name]] (by video from [[Bristol|place]]). Mum says she "cannot feel anything" for the baby and that
[[Vaibhavi|name]] "does everything" - feeds, bathes and settles [[Advith|name]] at night while dad works.
Mum's mother, Mrs [[Sumathi Poojary|name]], is in [[Udupi|place]] ([[+91 94481 27305|phone]]) and was due to come in
January; her visa was refused on [[9 November|date]]. No family in England; a friend from the temple in [[Exeter|place]],
Mrs [[Rekha Hegde|name]], visits on Sundays.
Risk: no plans to harm herself or the baby; passive wish to "go to sleep". Crisis plan given.
Request: a young carers' assessment for [[Vaibhavi|name]] and support for dad to change shifts.
GP: Dr [[Tom Chudleigh|name]], Honiton Surgery. HV: [[Sally Lear|name]] ([[sally.lear@nhs.net|email]]). Baby's UPN not applicable.
Dad's brother, [[Naveen Shetty|name]], lives in [[Leicester|place]] (mob [[07752 409 361|phone]]) and may come for a week from
[[19 December|date]]. Mum's friend from antenatal classes, [[Hollie Venn|name]] of [[Ottery St
Mary|place]], has been bringing meals. Interpreter [[Shobha Rai|name]] is a friend of a friend of [[Rekha Hegde|name]]; mum
agreed to her.
"""),
    ("mother's Tulu voice message transcribed and translated", """Voice message from [[Prathiksha Shetty|name]] to her mother in
[[Udupi|place]], [[22/11/2026|date]]
02:14, shared by [[Sandesh|name]] with her consent. Transcribed by interpreter [[Shobha Rai|name]] on [[25/11/26|date]] in
Kannada script as spoken (Tulu), then in English.

Tulu (as spoken):
ಅಮ್ಮಾ, ಯಾನ್ ಬಲಸ್ಯೊಂದು ಉಲ್ಲೆ. [[ವೈಭವಿ|name]] ಇನಿ ಲಾ ಶಾಲೆಗ್ ಪೋಯಿಜಲ್. [[ಸಂದೇಶ್|name]] ರಾತ್ರೆ ಕೆಲಸೊಡು ಉಲ್ಲೆರ್.
[[ಅದ್ವಿತ್|name]] ಬುಲಿಪುವೆ, ಎಂಕ್ ದಾಲ ತೋಜುಜಿ. ನಿಕುಲು ಬಲೆ ಅಮ್ಮಾ.

English:
"Amma, I am tired. [[Vaibhavi|name]] did not go to school today either. [[Sandesh|name]] is at work at night.
[[Advith|name]] cries, and I can't see anything. Come, Amma."

Interpreter's note: the family are from coastal Karnataka.
"Amma" is mother, not a name. The voice in the background saying "[[Vaibhu|name]], baby ready" is
[[Vaibhavi|name]]'s. The family speak Tulu at home and Kannada and English with others; Mrs [[Poojary|name]] replied
from [[+91 820 252 3417|phone]] (a landline at her brother [[Ramesh|name]]'s shop in [[Manipal|place]]).
Other names heard: "[[Deeksha|name]]" (a cousin in [[Udupi|place]]), "[[Rekha|name]] aunty" (Mrs [[Hegde|name]]). "Appe" (a
Tulu word for mother, used by [[Vaibhavi|name]] on the recording) and "ಅಜ್ಜಿ" (ajji, grandmother) are kinship words, not names.
Grandmother's address as given: [[2-118 Kunjibettu|address]], [[Udupi|place]] [[576102|postcode]].
"""),
    ("college attendance and pastoral email chain", """From: [[Gareth Pyle|name]] <[[g.pyle@honitoncc.devon.sch.uk|email]]>
Sent: [[26 November 2026|date]] 08:55
To: SW [[Anjali Varghese|name]]; DSL [[Nicola Baxter|name]]
Subject: VS Y10 - attendance

[[Anjali|name]] - [[Vaibhavi|name]]'s attendance is 68% this half term. Missing Mondays and Thursdays, the mornings after
dad's long nights. Her form tutor Ms [[Channon|name]] says she fell asleep in maths. UPN [[V878211991883|upn]], DOB
[[19/07/2012|dob]]. She told her friend [[Poppy Haydon|name]] she "has a baby at home" and [[Poppy|name]]'s mum rang us.

> From: [[Nicola Baxter|name]]
> Sent: [[26/11/2026|date]] 09:40
> Thanks [[Gareth|name]]. I met [[Vaibhavi|name]] at break. She says it's fine, she likes helping with [[Advith|name]], and
> she wants to do A levels at [[Exeter College|school]]. She asked us not to tell mum she cried. Lunch club with Mrs
> [[Ruth Ashworth|name]] offered. [[Anjali|name]]: dad (Mr [[Shetty|name]]) can come in on [[1/12|date]] at 3.30?

> From: [[Anjali Varghese|name]] <[[anjali.varghese@devon.gov.uk|email]]>
> Sent: [[26 Nov 2026|date]] 11:02
> Yes please. Young carers (Devon Carers, worker [[Kirsty Pook|name]]) visiting [[High St|address]] on [[30th|date]].
>
> From: [[Ruth Ashworth|name]]
> Sent: [[27/11/2026|date]] 15:20
> [[Vaibhavi|name]] came to lunch club with [[Poppy|name]] and a Y10 girl, [[Mya Tancock|name]]. She said her dad is nice
> but "always tired" and her mum "doesn't speak". She mentioned a teacher at her old school in [[Bengaluru|place]], Mrs
> [[Kamath|name]], who she still emails. No disclosures. -- [[R. Ashworth|name]], pastoral
"""),
    ("young carers' assessment summary", """DEVON YOUNG CARERS - ASSESSMENT SUMMARY
Young carer: [[Vaibhavi Shetty|name]] (she likes "[[Vaibhu|name]]")  DOB [[19.07.2012|dob]]
Address: [[Flat 3|address]], [[41 High St|address]], [[Honiton|place]], [[EX14 1PW|postcode]]
Cared-for: mother ([[Prathiksha|name]]) with postnatal depression; baby brother [[Advith|name]] (6 months)
Assessor: [[Kirsty Pook|name]]   Date of visit: [[30 November 2026|date]]   Also present: dad [[Sandesh|name]]
What she does: night feeds on dad's shifts (3-4 nights a week), nappies, cooking, walking to the shop on [[New Street|address]],
translating at the GP for mum at Honiton Surgery.
What she said: "It's ok, in [[Udupi|place]] my cousin [[Deeksha|name]] does the same for her aunty."
"I miss netball with [[Amelia|name]] and [[Esme|name]]."
Dad's view: he has asked the ward manager, Sister [[Jan Heard|name]], for day shifts from [[4 January|date]].
Impact score: high. Plan: young carers' group on Wednesdays at [[Honiton|place]]; respite day trip to [[Exmouth|place]] on
[[12/12|date]]; letter for school; a referral to Home-Start for a volunteer ([[Brenda|name]] from [[Gittisham|place]] offered).
Grandmother Mrs [[S. Poojary|name]] may try a new visa in spring.
Signed: [[K. Pook|name]], [[30/11/2026|date]]. Copied to [[Anjali Varghese|name]] (SW) and [[Nicola Baxter|name]] (college).
[[Vaibhavi|name]]'s own words at the end: "please can someone help mum so I can go to [[Sidmouth|place]] with [[Amelia|name]]
at the weekend". [[Sandesh|name]] will take her on Sunday [[6 December|date]].
"""),
]


# --- D. Bastable family (white British), Kilmington, near Axminster: a disabled boy of 8 ----------------------------------------

HOME_D = d.Address("Lower Barn, Gore Lane", "Kilmington", "Axminster", "EX13 7RL")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Oakley", "Bastable")], dt.date(2018, 4, 6), addresses=[HOME_D], ids=["9495049822", "Z878210078211"],
       schools=["Ellen Tinkham School"]),
    _p("s", "sibling", [("Freya", "Bastable")], dt.date(2015, 2, 20), addresses=[HOME_D], ids=["7750163050"]),
    _p("m", "mother", [("Rachel", "Bastable")], dt.date(1984, 8, 1), addresses=[HOME_D], phones=["01297 34 2718"]),
    _p("f", "father", [("Mark", "Bastable")], dt.date(1982, 3, 15), addresses=[HOME_D], phones=["07752 409 316"]),
], "c")

DOCS_D = [
    ("short breaks application form", """DEVON CHILDREN'S DISABILITY SERVICE - SHORT BREAKS APPLICATION
1. Child's full name: [[BASTABLE, Oakley James|name]]   known as: [[Oaks|name]]
2. Date of birth: [[06/04/2018|dob]]   NHS no: [[949 504 9822|nhs]]   UPN: [[Z878210078211|upn]]
3. Address: [[Lower Barn, Gore Lane|address]], [[Kilmington|place]], [[Axminster|place]] [[EX13 7RL|postcode]]
4. Home phone: [[01297 34 2718|phone]]   Mum's mobile: [[07594 328 160|phone]]   Dad ([[Mark|name]]): [[07752 409 316|phone]]
5. School: [[Ellen Tinkham School|school]], [[Exeter|place]] (taxi each day, driver [[Phil|name]], escort [[Dawn|name]])
6. Diagnosis: quadriplegic cerebral palsy, epilepsy, PEG fed. Paediatrician Dr [[Ayesha Mirza|name]].
7. Who else lives at home: sister [[Freya|name]], 11, at [[Axe Valley Academy|school]]; dog.
8. Family and friends who help: my mum [[Carol Spurway|name]] in [[Colyton|place]] (can't lift him now); neighbour
[[Jenny Loosemore|name]] at [[Higher Barn|address]] sits with [[Oakley|name]] for an hour on Fridays.
9. What would help: a weekend overnight once a month at Honeylands? or at home; a PA for [[Freya|name]]'s
swimming galas.
Signed: [[Rachel Bastable|name]]  Date: [[2 October 2026|date]]   Email: [[rachbastable84@gmail.com|email]]
For office use: received [[05/10/2026|date]] by [[Wendy Paddon|name]]; allocated to [[Sian Greenslade|name]] on [[8.10.26|date]].
Dad's NI number (for the carers' element): [[NE 71 03 48 B|ni]]. Mum's NI on file. Siblings: [[Freya Bastable|name]], DOB
[[20/02/2015|dob]], NHS [[7750163050|nhs]].
"""),
    ("mother's late-night voice note typed up", """voice note from [[rachel bastable|name]] to SW [[Sian Greenslade|name]], sent
[[18/10/26|date]] 02:51,
typed by [[Sian|name]] next morning

"sorry [[sian|name]] its nearly 3, [[oakley|name]]'s had three seizures since midnight, the rescue med worked on the third.
[[mark|name]] is driving back from [[taunton|place]] from his shift. [[freya|name]]'s been up with me again, she's got her
mocks, she's eleven for gods sake. i rang 111 and they said take him to [[exeter|place]] if it's another one. my mum
[[carol|name]] can't come out at night, she's seventy-nine. honestly i can't do another winter like last one. the hoist
in the bathroom's broken since the [[9th|date]] and the OT [[Lucy|name]] said November... anyway. sorry. ring me
after nine, not the house phone, [[07594 328 160|phone]]."

Note: [[Sian|name]] rang back at 09:15 on [[18 Oct|date]]; [[Oakley|name]] admitted to Bramble Ward overnight.
"""),
    ("occupational therapist's home visit report", """OCCUPATIONAL THERAPY - HOME VISIT - [[Oakley BASTABLE|name]] - NHS
[[9495049822|nhs]] - [[03/11/2026|date]]
OT: [[Lucy Vellacott|name]]. With: mum [[Rachel|name]], [[Freya|name]] (home, INSET day), SW [[Sian Greenslade|name]].
Property: [[Lower Barn|address]], converted barn on [[Gore Ln|address]], [[Kilmington|place]], owned by the family; step to
front door; bathroom upstairs.
[[Oakley|name]] is 8, weighs 26 kg; [[Rachel|name]] lifts him about 15 times a day. Ceiling hoist track broken since
[[9 October|date]] - [[Mark|name]] has been carrying him upstairs.
Recommendations: repair hoist (Millbrook engineer [[Stuart Abell|name]] booked [[6/11|date]]); ground floor wet room
(Disabled Facilities Grant, East Devon DC, officer [[Karen Hooper|name]]); a second sling; a night sleep system.
Note: [[Freya|name]] said she helps "every night" with turning him at 2am. Passed to [[Sian|name]] for a young carers'
referral. [[Freya|name]]'s best friend [[Tilly Northam|name]] lives in [[Shute|place]] - a sleepover there would be her
"break".
[[L. Vellacott|name]] OT, [[01404 852 617|phone]]
cc [[Rachel|name]] and [[Mark Bastable|name]]; [[Sian Greenslade|name]]; Dr [[Ayesha Mirza|name]]; Mrs [[Gail Sweetland|name]], SENCo,
[[Ellen Tinkham|school]]; [[Karen Hooper|name]].
Follow-up visit: [[17/11/2026|date]]. Engineer [[Abell|name]] came on the [[6th|date]] and fixed the track; [[Mark|name]] says "first
good night since [[September 30th|date]]".
"""),
    ("short breaks panel minutes", """SHORT BREAKS AND RESOURCE PANEL - [[19 November 2026|date]] - item 4
Child: [[Oakley Bastable|name]], 8, [[Kilmington|place]]. Presented by [[Sian Greenslade|name]] (SW, Disabled Children's Team,
[[Honiton|place]]).
Panel: [[Martin Yeo|name]] (chair), Dr [[Mirza|name]], [[Heather Coles|name]] (finance), [[Amy Bidgood|name]] (education).
Discussion: overnight short breaks at Honeylands were full; [[Sian|name]] proposed a home-based PA. A PA has been
identified - [[Chloe Sprague|name]] of [[Whitford|place]], who knows the family through [[Freya|name]]'s swimming club at
[[Seaton|place]]. Mr [[Yeo|name]] asked whether [[Freya|name]] (11) is a young carer: yes, referred [[5/11|date]].
Dr [[Mirza|name]]: emergency admissions on [[18 Oct|date]] and [[2 November|date]]; epilepsy plan updated.
Decision: 6 hours a week PA from [[1 December|date]]; 24 nights a year at home with a nurse from the children's community
nursing team; review May 2027.
Action: [[Sian|name]] to tell Mr and Mrs [[Bastable|name]] by [[24/11|date]].
Item 5 ([[Freya Bastable|name]]): young carers' assessment by [[Kirsty Pook|name]] booked [[8 December|date]]; [[Freya|name]]'s
school ([[Axe Valley|school]]) contact Mr [[Tom Beer|name]]. Grandmother [[Carol Spurway|name]] ([[Colyton|place]]) to be invited
to the review with [[Jenny Loosemore|name]]. Minutes: [[Tracy Pengelly|name]].
"""),
]


# --- E. Northcott family (white British), Feniton, near Honiton: a boy of 15 going missing ------------------------------------

HOME_E = d.Address("17 Acland Park", "Feniton", "Honiton", "EX14 3SX")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Kian", "Northcott")], dt.date(2011, 9, 27), addresses=[HOME_E], ids=["7581088839", "Y878255901119"],
       schools=["Honiton Community College"]),
    _p("m", "mother", [("Samantha", "Northcott")], dt.date(1983, 10, 10), addresses=[HOME_E], phones=["07469 813 207"]),
    _p("g", "grandparent", [("Roy", "Northcott")], dt.date(1955, 6, 21), phones=["01404 431 926"]),
], "c")

DOCS_E = [
    ("police missing person report", """MISSING PERSON REPORT - DEVON & CORNWALL POLICE - ref MP/26/4419
Name: [[NORTHCOTT Kian|name]]   DOB [[27/09/2011|dob]] (15)   Risk: MEDIUM, raised to HIGH at 06:00
Home: [[17 Acland Park|address]], [[Feniton|place]] [[EX14 3SX|postcode]]   Reported by mother [[Samantha Northcott|name]]
([[07469 813 207|phone]]) on [[07/11/2026|date]] at 23:10
Last seen: [[Feniton|place]] railway station 17:45, getting on the train towards [[Exeter|place]] with an older male, possibly
"[[Jonno|name]]" (believed [[Jonathan Lugg|name]], 19, of [[Whipton|place]]).
[[Kian|name]]'s phone [[07380 261 954|phone]] off since 18:30. Known associates: [[Tyrese|name]] (surname unknown),
[[Callum Rendle|name]]
([[Honiton|place]]), a girl called [[Lacey|name]] in [[Cranbrook|place]].
Previous missing: [[12 Sept|date]] (found in [[Plymouth|place]], [[Union St|address]]), [[3/10/2026|date]] (found at [[Exeter|place]]
station with £340 and two phones).
Enquiries: grandfather [[Roy Northcott|name]] ([[01404 431 926|phone]]), [[Talaton|place]] - not seen him. School contact
Mr [[Gareth Pyle|name]]. Taxi firm in [[Honiton|place]] reports a lad matching dropped at [[Heavitree Rd|address]] 21:05.
Located: [[09/11/2026|date]] 14:20 by PC [[Harvey Luscombe|name]] at a flat on [[Prince Charles Road|address]], [[Exeter|place]],
with [[Lugg|name]] present. Vehicle outside: black Golf [[YF67 KPE|vehicle]]. Returned home 17:00.
Debrief: PC [[Luscombe|name]] and PCSO [[Jade Tolley|name]]; [[Kian|name]] said "[[Jonno|name]]'s alright" and "ask [[Tyrese|name]]".
Second male in flat: [[Michael Fursdon|name]] ("[[Mikey|name]]"), 22, tenant. Mum's friend [[Deb Wreford|name]] of [[Payhembury|place]]
drove her to [[Exeter|place]] to collect him. UPN for school notification: [[Y878255901119|upn]].
"""),
    ("return home interview", """RETURN HOME INTERVIEW - Checkpoint (independent) - [[11 November 2026|date]]
Young person: [[Kian Northcott|name]]   Worker: [[Ellie Marwood|name]]   Where: [[Feniton|place]] park, then [[Kian|name]]'s
bedroom (mum [[Sam|name]] downstairs)
[[Kian|name]] said he went with "[[Jonno|name]]" because he owes him "about 300". He says [[Jonno|name]] gave him a phone
called "the Benz line" and he had to "do drops" in [[Exeter|place]] and once in [[Exmouth|place]]. He slept on a
sofa at "[[Mikey|name]]'s" flat. He was scared when a man called [[Dre|name]] came with a bat.
He does not want police involved: "[[Jonno|name]] knows where my nan lived in [[Ottery|place]]". (His late nan, [[Pat|name]],
lived on [[Slade Road|address]], [[Ottery St Mary|place]], until she died in June 2025.)
What would help: boxing in [[Honiton|place]] again with coach [[Rob Gillard|name]]; his grandad [[Roy|name]] taking him fishing
at [[Beer|place]]. He likes his youth worker [[Matt|name]] from the bus.
Worries for mum: she is on her own since [[Kian|name]]'s stepdad [[Wayne Pincombe|name]] left in the summer; she works at
the care home in [[Gittisham|place]] on lates.
Shared with SW [[Priya Nair|name]] ([[priya.nair@devon.gov.uk|email]]) and the exploitation lead DS [[Carly Widger|name]].
Also said: his mate [[Callum|name]]'s big brother [[Jordan Rendle|name]] "got out of it" by moving to [[Bristol|place]].
[[Kian|name]]'s
nan's old neighbour Mrs [[Vera Channing|name]] still lives at [[no. 12|address]] [[Slade Rd|address]] and gives him a tenner. He
wants to
do a plumbing course at [[Exeter College|school]] from September 2027. Next contact: [[18/11|date]], same place.
"""),
    ("snapchat messages copied from the boy's phone", """Snapchat extract - photographed by mum, typed by SW [[Priya Nair|name]]
on [[13/11/26|date]] (with [[Kian|name]]'s
agreement; usernames left as they are)

jonno_x7 sat 16:02: u comin or wot
k1an.n: ye getting the train from [[feniton|place]] 5.40
jonno_x7: good. bring the ting. [[dre|name]] wants it at [[st thomas|place]] by 8
k1an.n: wot if my mum rings
jonno_x7: tell her ur at [[callum|name]]s in [[honiton|place]]
k1an.n: [[callum|name]] wont lie for me tho
jonno_x7: hes gotta. or u owe more
lacey.b.xo sun 11:20: [[kian|name]] where r u ur mum is going mad on fb
k1an.n: [[exeter|place]]. dont tell [[sam|name]]. im ok
lacey.b.xo: [[tyrese|name]] said [[jonno|name]] got u doin drops in [[cranbrook|place]]
k1an.n: shh. ill be home monday
mum (sms) sun 22:31: [[kian|name]] please just text me. grandad [[roy|name]] is out in the car looking in [[whimple|place]] and
[[cranbrook|place]]. i wont be cross. love u. mum xx
k1an.n: im ok mum. at [[mikeys|name]]. home tmrw

Note: "sat" = [[7 November|date]]; "sun" = [[8 November|date]]. "[[dre|name]]" in the first message is
[[Andre Sealey|name]]; see the RHI.
"""),
    ("exploitation panel minutes", """EAST DEVON MULTI-AGENCY CHILD EXPLOITATION (MACE) MEETING - [[25 November 2026|date]]
Young person 3: [[K. Northcott|name]], 15, [[Feniton|place]].  NHS [[758 108 8839|nhs]]
Attendees: DS [[Carly Widger|name]] (chair); [[Priya Nair|name]] (SW); [[Ellie Marwood|name]] (RHI); [[Nicola Baxter|name]]
([[Honiton Community College|school]] DSL); [[Matt Vinnicombe|name]] (youth work); Dr [[Hannah Slee|name]] (school nurse lead).
Update: 3 missing episodes since [[12 September 2026|date]]. [[Jonathan Lugg|name]] ([[Whipton|place]]) arrested on [[20/11|date]]
for possession with intent; [[Kian|name]]'s number found in his phone. NRM referral made [[23/11|date]]; a county line called
"Benz" runs [[London|place]] - [[Exeter|place]] - [[Exmouth|place]].
Peers of concern: [[Callum Rendle|name]] (14), [[Lacey Brimblecombe|name]] (15), [[Tyrese|name]] - to be discussed as linked
children. Location: the underpass at [[Honiton|place]] station and the skate park at [[Cranbrook|place]].
Actions: disruption letter to [[Lugg|name]]'s associate [[Andre Sealey|name]] ("[[Dre|name]]"); grandad [[Roy|name]] to be
considered for a family network meeting; boxing paid for by the Youth Service from [[30/11|date]].
Voice of the child (from [[Ellie Marwood|name]]): "I just want it to be how it was before [[Wayne|name]] left and nan died."
Mum [[Samantha|name]] attended for item 3 only; she asked that [[Kian|name]]'s cousin [[Brandon Pidgeon|name]] of [[Dunkeswell|place]]
is not named to the school. Next MACE: [[23 December 2026|date]]. Minutes: [[Gemma Stoneman|name]].
"""),
]


# --- F. Gosling / Pring family (white British), Sidbury, near Sidmouth: a father's bipolar illness and a girl groomed online ---

HOME_F = d.Address("2 Greenhead Cottages", "Sidbury", "Sidmouth", "EX10 0QD")
GRAN_F = d.Address("Flat 6, Fortfield Court", "", "Sidmouth", "EX10 8NR")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Lily-Rose", "Gosling")], dt.date(2013, 5, 8), addresses=[HOME_F], ids=["6261264376", "M878225626531"],
       schools=["Sidmouth College"]),
    _p("s", "sibling", [("Alfie", "Gosling")], dt.date(2016, 12, 1), addresses=[HOME_F], ids=["Y878114103439"]),
    _p("f", "father", [("Darren", "Gosling")], dt.date(1981, 7, 3), addresses=[HOME_F], phones=["07845 172 063"]),
    _p("m", "mother", [("Nikki", "Pring")], dt.date(1986, 1, 19), phones=["07594 328 160"]),
    _p("g", "grandparent", [("Valerie", "Gosling")], dt.date(1949, 11, 2), addresses=[GRAN_F], phones=["01395 578 216"]),
], "c")

DOCS_F = [
    ("GP letter to children's services", """Blackmore Health Centre, [[Blackmore Drive|address]], [[Sidmouth|place]]
[[1 October 2026|date]]
Dear colleague,
Re: [[Darren Gosling|name]], DOB [[03/07/1981|dob]], [[2 Greenhead Cottages|address]], [[Sidbury|place]] [[EX10 0QD|postcode]]
and his children [[Lily-Rose|name]] (13) and [[Alfie|name]] (9)
I saw Mr [[Gosling|name]] today with his mother, Mrs [[Valerie Gosling|name]] of [[Flat 6, Fortfield Court|address]],
[[Sidmouth|place]]. He has bipolar affective disorder and stopped his lithium in August. He has not slept for several
nights, is spending heavily, and says he is smoking cannabis "to come down". He has been driving the children to school in
[[Sidmouth|place]] in this state (a grey Berlingo, [[WA62 OJN|vehicle]]).
The children's mother, Ms [[Nikki Pring|name]], lives in [[Bridport|place]] and has not had contact since [[Easter 2025|date]].
I have referred Mr [[Gosling|name]] urgently to the crisis team (care coordinator [[Simon Parkhouse|name]]).
I am worried about [[Lily-Rose|name]], who came to the surgery alone on [[28 September|date]] asking for the morning-after pill
and said her "boyfriend [[Jake|name]]" is 19 and from [[Taunton|place]], met online.
Yours sincerely,
Dr [[Imogen Westcott|name]], GP.  Tel [[01395 221 690|phone]]
cc Mrs [[Valerie Gosling|name]]; [[Sidmouth College|school]] (DSL Mrs [[Fran Holman|name]]); [[Simon Parkhouse|name]], crisis team.
[[Alfie|name]]'s school nurse, [[Nadia Ferris|name]], has also raised head lice and a missed dental appointment on [[15/09/2026|date]].
"""),
    ("girl's diary page scanned by OCR", """[scan: page from [[Lily-Rose|name]]'s diary, found by nan; OCR text as it came out,
misreadings left in]

Sunday [[4th 0ct0ber|date]]
dad was up all nite agen talking about his busness idea. he bougt a boat on ebay. Nan [[VaI|name]] came and shouted at
him. [[AIfie|name]] hid in my room and we watched stuff.
[[Jake|name]] snapped me at 2am sayin he will come to [[Sidbury|place]] in his car and take me to [[Taunt0n|place]] to his mates
flat. he says im mature for l3... i mean 13. he wants pics. i sent 1. i feel sick.
[[jake|name]] said dont tell [[Amber|name]] or [[Grace M|name]] they are jealous.
Monday [[5/I0|date]]
school. Mrs [[HoIman|name]] asked if im ok. i said yes. [[AIfie|name]] had no lunch so i gave him mine.
[[Jake|name]]s number is in my phone under J. or it changd.
[[Nikki|name]] (mum) liked my pic on insta. first time in a yeer. she lives [[Bridp0rt|place]] now with [[Gaz|name]].
Tuesday [[6th|date]]
[[jake|name]] is [[jacob|name]] realy. [[Grace|name]] found his face on fb. he is not 19. i blocked him. nan found this book.
dear diary pls dont let dad be cross. [[AIfie|name]] says Mr [[Ware|name]] is the best teacher.
[end of scan - page 2 blank - scanned by [[Owen Gerry|name]] SW on [[7/1O/26|date]]]
"""),
    ("strategy discussion record", """STRATEGY DISCUSSION - s47 - [[7 October 2026|date]] 14:00 (Teams)
Children: [[Lily-Rose Gosling|name]] (DOB [[08/05/2013|dob]], NHS [[626 126 4376|nhs]]), [[Alfie Gosling|name]] (DOB
[[01.12.2016|dob]], UPN [[Y878114103439|upn]])
Chair: [[Louise Hellier|name]] (Team Manager, [[Exmouth|place]] and [[Sidmouth|place]] locality)
Attendees: SW [[Owen Gerry|name]]; DC [[Tariq Hussain|name]], Child Sexual Exploitation team; [[Sidmouth College|school]] DSL Mrs
[[Fran Holman|name]]; Dr [[Westcott|name]] (GP); [[Simon Parkhouse|name]] (crisis team); [[St John's|school]] ([[Alfie|name]]'s school)
head Mr [[Colin Ware|name]].
Information: [[Lily-Rose|name]]'s diary (found by Mrs [[Valerie Gosling|name]] on [[6/10|date]]) names "[[Jake|name]]", 19,
[[Taunton|place]]. Police checks: no number on the diary page; the Snapchat account has been traced to [[Jacob
Fewings|name]], 24, of [[Wellington|place]], known to Avon and Somerset Police.
Father admitted to the Cedar ward at the RD&E on [[5 October|date]] under s2. Children staying with nan at [[Fortfield
Court|address]] (one bedroom).
Decision: s47 enquiries (both children). [[Owen|name]] and DC [[Hussain|name]] to see [[Lily-Rose|name]] at school on [[8/10|date]].
Mum ([[Nikki Pring|name]], [[07594 328 160|phone]]) to be contacted; her partner [[Gary Kerslake|name]] to be checked.
Nan: Mrs [[Valerie Gosling|name]], DOB [[02/11/1949|dob]], [[01395 578 216|phone]]. Family friend in [[Sidford|place]]: [[Beverley
Sanders|name]]. [[Lily-Rose|name]]'s friends named in the diary: [[Amber Leat|name]], [[Grace Mutter|name]].
"""),
    ("social worker's handwritten phone notes typed up", """phone notes - [[O. Gerry|name]] - typed from my pad

[[9/10|date]] 09.10 Mrs [[Gosling|name]] sr ([[val|name]]) [[01395 578 216|phone]]: [[lily|name]] wont go to school, [[alfie|name]]
sleeping on the floor, she's 77 can't cope. asks if [[nikki|name]] can take them.
[[9/10|date]] 11.30 [[Nikki Pring|name]] - rang back from [[07594 328 160|phone]]. lives [[St Andrew's Road|address]],
[[Bridport|place]]
[[DT6 3BG|postcode]], with [[Gary|name]] + his 2 kids. Would take [[Alfie|name]] "not [[Lily|name]], she hates me".
[[12/10|date]] 15.00 [[Fran Holman|name]] ([[Sidmouth College|school]]) - [[Lily-Rose|name]] in, went to the pastoral room,
said [[Jake|name]]/[[Jacob|name]] has messaged from a new account. Screenshot sent to DC [[Hussain|name]].
[[14/10|date]] 16.45 Ward (Cedar) - [[Darren|name]] asking for the kids. Nurse [[Mo Ashby|name]] says leave possible from
[[21st|date]].
[[15/10|date]] 10.00 Family meeting booked for [[20 October|date]] at nan's. Aunt [[Tina Gosling|name]] (dad's sister) coming
from [[Newton Abbot|place]]; family friend [[Bev Sanders|name]] from [[Sidford|place]] offered after-school care for
[[Alfie|name]] on Tues and Thurs.
[[20/10|date]] 18.00 family meeting held. [[Val|name]], [[Tina|name]], [[Bev|name]], [[Nikki|name]] (by phone). Plan: kids with
[[Tina|name]] in [[Newton Abbot|place]] for half term; back to [[Sidbury|place]] when [[Darren|name]] home. [[Lily|name]] ok with it,
wants to see her friend [[Amber|name]] at the [[Sidmouth|place]] Costa on Saturdays.
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 183 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 19:48 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "insp.", "rev", "revd", "sw",
           "hv", "nurse", "sister", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "mum",
           "mummy", "dad", "daddy", "aunty", "auntie", "aunt", "uncle", "amma", "coach", "idva", "ot"}
_AFTER = {"senior", "junior", "sr", "jr"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "devon", "east devon",
               "somerset", "dorset", "cornwall", "india", "karnataka", "europe"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("Nan Val", "Aunt Tina Gosling", "Sister Jan Heard") and
# counties, states and countries ("Devon", "Somerset", "Karnataka").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
