"""Set 19: a fourteenth held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-06 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type, as sets 8
to 17 do), bench/README.md, tests/test_redaction_hand_sets.py, or bench/redaction_set18.py and tests/test_redaction_set18.py
(written by another helper at the same time), that did not run the detector or any bench script that runs it, that ran no git
command, and that looked at no detector output. What was read: bench/redaction_set15.py and tests/test_redaction_set15.py in
full (the layout and marking conventions followed here; tests/test_redaction_set13.py was not opened), the docstrings of
bench/redaction_set17.py and bench/redaction_set13.py in full and of bench/redaction_set16.py, redaction_set14.py,
redaction_set12.py to redaction_set7.py and bench/redaction_heldout.py in part (the paragraphs naming families, towns and
document types, with some of sets 16's and 14's marking paragraphs seen in passing; to see which towns and communities earlier
sets used as a family's home, and which document types), the checker functions and word
lists of sets 13 to 7 and of bench/redaction_heldout.py (problems, _TITLES, _AFTER, _NOT_PLACES, _WEEKDAYS, _valid_phone, _NI,
KINDS), the `_party`, `Records`, `word_problems`, `_parse` and `_docs` helpers of bench/redaction_handwritten.py (its module
docstring was seen in passing), and `gold_counts` and `report` of bench/redaction_heldout.py. The record constructors (d.Party
through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records. Nobody may tune the
detector on this set: it is to be scored once, after the detector's current round of changes. If a mistake in the gold
marking is found after scoring, correct only the marking and say so here.

Six families, chosen to look like a typical caseload in Kent, Sussex and outer London, each from a town or district no earlier
set (6 to 17) used as a family's home. Four of the kinds most common in children's social care: a white British family in
Marine Town, Sheerness, on the Isle of Sheppey, with a grandmother in Minster-on-Sea (Tolhurst / Dadd; a toddler of two in
intensive care after drinking her father's methadone, a boy of nine alone in the night, police protection, the Public Law
Outline), a white British family on the Broomgrove estate in Hastings, with grandparents in Bexhill (Veness / Pelling; a boy
of 16 thrown out after a fight with his stepfather, a joint homelessness assessment and section 20 accommodation, a debt to
an older boy, family mediation), a Black British Caribbean family in Higham Hill, Walthamstow, with a grandmother in Leyton
(Brissett / Boateng; a mother with schizophrenia detained under section 2 of the Mental Health Act, a girl of 12 who is a
young carer, a boy of 6) and a British Bangladeshi (Sylheti) family in Seven Kings, Ilford (Miah / Begum; a boy of 13 with
type 1 diabetes and three episodes of ketoacidosis, insulin omission to lose weight, medical neglect through a language
barrier). Two from communities no earlier set used: a Bulgarian family in a house in multiple occupation in Cliftonville,
Margate (Ivanova / Petrova / Dimitrov; a father in forced labour at a hand car wash, a girl of 14 out of school caring for a
baby, a boy of 11 with untreated hearing loss) and a Sierra Leonean (Krio and Temne) family in Erith (Kamara / Sesay /
Conteh; a girl of 9 named as a witch by her stepmother and a "prophet" on a livestream, starved and beaten, an emergency
protection order, a kinship assessment in Freetown). 24 documents, of types no earlier set used or in styles new to these
sets: a paediatric intensive care discharge summary, a police protection (section 46) record, a drug and alcohol service
key worker's case notes, pre-proceedings meeting minutes, a joint housing and children's services assessment of a homeless
16-year-old, an iMessage conversation typed up from screenshots, a supported accommodation incident report with key work
notes, a family mediation session record, an approved mental health professional's report, a mental health ward's child
visiting risk assessment, a girl's journal in a shared Google Doc with her teachers' comments, Microsoft Forms responses
exported for a Child in Need review (tab-separated), a paediatric diabetes clinic letter, a glucose monitoring report with a
nurse's annotations, a school's individual healthcare plan, a community children's nursing home visit record, a
multi-agency labour exploitation operation's welfare visit record, a Facebook Messenger chat translated from Bulgarian (with
Cyrillic script), an audiology clinic letter, a school's EAL induction profile, a YouTube livestream and its comments,
WhatsApp voice notes transcribed and translated from Krio, an emergency protection order application extract and an email to
an international social services agency asking for a kinship assessment abroad.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers; a few public buildings carry their real street). Phone
numbers are valid numbers (checked with the phonenumbers library), UK and foreign (Bangladesh, Bulgaria, Sierra Leone); NHS
numbers and UPNs (the right LA number for the area: 886, 845, 320, 317, 303) pass their check digits. Councils are invented
(Medmere, Brede Vale, Lea Marsh, Roding Vale, Wantsum Vale, Cray Reach), and so are the supported accommodation (Pebble
House) and its provider (Seaview Housing Trust), the police operation (Operation Tideway), the car wash (Sparkle Valet), the
church and its channel (Glorious Light Deliverance Ministries / TV), the hospital ward (Larch Ward) and the pre-school (Little
Acorns); towns, districts, estates, villages, schools, real charities, NHS bodies, hospitals, police forces, courts, brands,
apps, programmes, foods and laws are real and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set15.py (which follows sets 6 to 13). [[words|kind]] is a gold span
(name, address, postcode, place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words
(Mr, Mrs, Ms, Miss, Dr, Rev., PC, PCSO, DC, DS, Sgt, Insp, HHJ, District Judge, Nan, Nanny, Granny, Grandpa, Mummy, Aunty,
Uncle, Pastor, Prophet, Papa, Pa, Sis, Mista, Mis, Alhaji, Deaconess, chacha, bhai, Баба, бай / bay, мисис) stay outside
the name span, whether they come before or after the name ("Prophet Emmanuel", "Papa Koroma", "Pa Santigie", "Sis Isatu",
"Mista Ajayi", "Alhaji T. Jalloh", "Mummy Kadi", "Баба Милка", "bay Kolyo", "мисис Ан", "Shahid chacha", "Jamal bhai"); a
possessive 's, or a bare s in texting ("mason"s, "marley"s), stays outside; every person's name is a name in every form,
record or not. "SURNAME, First" is one span ("DADD, Maisie", "PETROVA, Nikol Stoyanova"), and so is "SURNAME First"
("KAMARA Mariatu"); an initial with a surname is one span, and so is a first name with an initial after it ("Kai V", "Tyler
O", "Ray M", "Niki P.", "Ibrahim K"); a name broken by a line break is one span holding the break; social media handles and
hashtags ("@alimamy_kbt", "#ProphetEmmanuel", "#Freetown") are not marked, but a display or account name that is a person's
plain name is ("Hawa Bangura", "Деси Иванова"); a contact saved under a kinship word ("Mum 🏠", "Мама ❤️", "Mama Salone")
is not a name. A street address is one span, its town a place, its postcode a postcode; a street named without a number is
an address, and so is a street with no road word ("88 Seaside", "Tackleway"), a block's name used as the address ("Priestley
House"), a room in a house in multiple occupation ("Room 4, 19 Harold Road"), a unit on an industrial estate ("Unit 3,
Crabtree Manorway North") and an address abroad ("27 Circular Road", Freetown); towns, cities, villages, districts and
estates are places, at home or abroad ("Kissy", "Waterloo" in Sierra Leone, "Bo", "Kaspichan", "Battle", "Ore", "Halfway");
countries, counties and regions are not ("Kent", "East Sussex", "Bulgaria", "Sierra Leone", "Western Area Rural District");
organisations are not marked even when they hold a town's or a person's name ("Medway Maritime Hospital", "Sheppey Healthy
Living Centre", "Seven Kings Health Centre", "William Harvey Hospital", "Queen Elizabeth The Queen Mother Hospital", "Barking,
Havering and Redbridge University Hospitals", "Stratford Magistrates' Court", "Hastings Library", "Thamesteel", "Ludogorets");
nor are venues and buildings (Pebble House, Swale House, Muriel Matters House, Station Plaza); a school's or college's name
is a school even when it holds a person's, a county's or a place's name ("Henry Maynard Primary", "Northumberland Heath",
"Seven Kings School", "Vasil Levski", the Bulgarian 'СУ "Сава Доброплодни"'), and so is its short form ("SCCH", "Trinity",
"Hartsdown", "Хартсдаун", "St Joe's"); a date of birth is dob, any other calendar date with a day is date (a weekday before
it stays outside), and the bare day in a range or a diary heading ("23rd", "21st", "the 20th") is a date span of its own;
months and years alone are not marked; helplines are not marked; a pet's name (Bruno, Bashy) is not a name; a firm named
after people marks only the names ("[[Tapsell|name]] & [[Gower|name]]", "[[Letley|name]] Family Law"); parks, beaches,
stations and attractions are landmarks and stay unmarked (Barton's Point, the Stade, Colchester Zoo, walthamstow central); a
surname or first name that is also an English word or a town is marked by what it refers to (Winter, Winchester, Ashdown,
Friend, Joy, Grace, Marley and Bright are names when they are people); a name in another script (Cyrillic "Жоро", "Десе";
Bengali "রায়হান", "রোকেয়া খাতুন") is a name, and so is a town ("Манстън", "Рамсгейт") or a school in it; a short form of a
town ("Southend", "Minster", "Leysdown") is a place; a place that names a branch or a service in lower-case words ("the
Sheerness hub", "the Hollington youth centre", "the Loxford children's centre", "Sittingbourne Boots") is a place.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: "Sheppey", the island with
its towns, is a place, as set 16's Walney was, while Swale, Rother, Thanet and Redbridge, boroughs and districts named as
local authority areas or in team names, are not, as set 17's Torbay was not; "Salone", the Krio name for Sierra Leone, is a
country and is not marked; a Bulgarian date's "г." (for "year") stays outside the date span ("[[29.09.2026|date]] г."), like
a weekday; a date split across a line break is one span; a pre-school's name ("Little Acorns") is a school, since it
identifies the child's setting as a school's name does; a school's hardship fund named by the school's short name marks the
school; a holiday named after a figure ("Baba Marta") and a verse reference ("Exodus 22:18") are not names; "Alhaji" (a man
who has made the hajj) is an honorific and stays outside the name; a comment's timestamp in a shared document ("16 Nov") is a
date; a date in a form export with a time after it marks only the date; an event named after its town ("Hastings Bonfire") is
an event and stays unmarked, like a festival; a case name in law ("G v Southwark") is legal vocabulary and stays unmarked.

Self-check without the detector: `python -m bench.redaction_set19` (and tests/test_redaction_set19.py) runs set 15's checker
(which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words (before and after a
name) and counties, boroughs, regions and countries, and prints the number of documents and gold spans per kind: 24
documents, 1,485 gold spans, 879 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones

# --- A. Tolhurst / Dadd family (white British), Marine Town, Sheerness, Isle of Sheppey -------------------------------

HOME_A = d.Address("27 Alma Road", "Marine Town", "Sheerness", "ME12 2PD")
NAN_A = d.Address("9 Seathorpe Avenue", "Minster-on-Sea", "Sheerness", "ME12 2HX")
DAD_A = d.Address("Flat 2, 41 High Street", "", "Queenborough", "ME11 5AA")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Maisie", "Dadd")], dt.date(2024, 6, 18), addresses=[HOME_A], ids=["5109450897"]),
    _p("s", "sibling", [("Tyler-Jay", "Tolhurst")], dt.date(2017, 2, 9), addresses=[HOME_A],
       ids=["6023225047", "C886210619534"], schools=["Rose Street Primary School"]),
    _p("m", "mother", [("Jade", "Tolhurst")], dt.date(1998, 10, 3), addresses=[HOME_A], phones=["07723 418 506"],
       ids=["4845108356", "JT 44 81 20 C"]),
    _p("f", "father", [("Connor", "Dadd")], dt.date(1994, 4, 27), addresses=[HOME_A], phones=["07851 337 920"],
       ids=["WK 62 30 17 B"]),
    _p("f2", "father", [("Ricky", "Kemsley")], dt.date(1995, 12, 11), addresses=[DAD_A], phones=["07932 604 118"]),
    _p("g", "grandparent", [("Sandra", "Tolhurst")], dt.date(1972, 8, 22), addresses=[NAN_A],
       phones=["01795 873 412", "07707 912 553"]),
    _p("p1", "professional", [("Keeley", "Norwood")], phones=["03000 415 627", "07887 310 264"],
       emails=["keeley.norwood@medmere.gov.uk"]),
    _p("p2", "professional", [("Rachel", "Hobday")], phones=["01795 428 330"], emails=["rachel.hobday@forwardtrust.org.uk"]),
], "c")

DOCS_A = [
    ("paediatric intensive care discharge summary", """EVELINA LONDON CHILDREN'S HOSPITAL - PAEDIATRIC INTENSIVE CARE UNIT
DISCHARGE SUMMARY (to ward / referring hospital / GP / community)                    Printed [[24/09/2026|date]] 16:52

Patient: [[DADD, Maisie|name]]         DOB: [[18/06/2024|dob]] (2y 3m)        NHS: [[510 945 0897|nhs]]        Hosp no: E2291407
Address: [[27 Alma Road|address]], [[Marine Town|place]], [[Sheerness|place]], Kent [[ME12 2PD|postcode]]
GP: Dr [[V. Chaudhry|name]], Sheppey Healthy Living Centre        Referring hospital: Medway Maritime Hospital (Dr [[Femi Adebayo|name]])
Admitted: [[21/09/2026|date]] 03:40 (retrieval by the South Thames Retrieval Service)        Discharged: [[24/09/2026|date]]
Consultant: Dr [[Imogen Stokes-Whitley|name]]        Author: Dr [[Tom Lanyon|name]], ST5 PICU
Next of kin on admission: [[Jade Tolhurst|name]] (mother) [[07723 418 506|phone]]; [[Connor Dadd|name]] (father)
Discharged to: Medway Maritime Hospital, Dolphin Ward, for safeguarding and observation. Not to be discharged home.

DIAGNOSIS
1. Opioid toxicity - methadone ingestion (confirmed: urine methadone and EDDP positive; no other drugs found on the screen)
2. Aspiration pneumonia, right lower lobe (resolving)

HISTORY
[[Maisie|name]] is a previously well 2-year-old. She was found by her mother at about 01:30 on [[21/09/2026|date]] "floppy and
snoring" in her cot and could not be woken. Her mother rang 999. The ambulance crew gave intranasal naloxone with a response
and took her to Medway Maritime Hospital, where she needed a naloxone infusion and, after a further drop in consciousness,
intubation. She was retrieved to us.
On arrival at Medway the father, [[Connor Dadd|name]], told staff he is on a methadone prescription (60 ml daily, "take-home" on
Sundays) from the community drug service, and that a bottle of his takeaway dose had been on the kitchen side. Later, on the
telephone to our consultant, he said he "always" keeps it in the lockable box, and then that the box "had been broke for
a bit". The mother's account is that she did not know the bottle was in the flat. [[Maisie|name]]'s brother, [[Tyler-Jay|name]] (9), was
at home asleep and went to his maternal grandmother, Mrs [[Sandra Tolhurst|name]], in [[Minster|place]] that night.

PROGRESS
Extubated day 2. Naloxone infusion stopped [[22/09/2026|date]] 18:00; no further episodes. Chest X-ray changes consistent with
aspiration; IV co-amoxiclav, now oral, to complete 7 days. Eating and drinking, playing, walking on the ward. Normal
neurology. Skeletal survey not indicated (no injuries seen); full skin check by Dr [[Lanyon|name]] and Sister [[Aisling Roche|name]] -
no marks except a healing graze on the right knee which mum says is from the park at Barton's Point.

SAFEGUARDING
Discussed with the Evelina safeguarding team (Named Nurse [[Patrick Oduya|name]]) and with Medmere Council's front door on
[[21/09/2026|date]] at 09:15 (spoke to [[Kerry Mount|name]], duty SW). Kent Police informed (log 0144 of [[21/09|date]]; DC
[[Sam Penfold|name]],
Child Protection Team, Swale). Police protection was used at Medway on [[21/09/2026|date]] (see their record). The allocated
social worker is [[Keeley Norwood|name]] ([[07887 310 264|phone]]).
Visiting: mother and maternal grandmother may visit; father only with a member of staff present (police request). Mrs
[[Tolhurst|name]] senior visited daily and is very appropriate with [[Maisie|name]]. Father visited once, on [[23/09|date]], with a nurse
present; [[Maisie|name]] went to him happily.

MEDICATION ON DISCHARGE
Co-amoxiclav 250/62 5 ml TDS to [[27/09/2026|date]]. Paracetamol PRN.

FOLLOW-UP
- Medway Maritime Hospital general paediatrics (Dr [[Adebayo|name]]) - child protection medical to be completed there.
- Health visitor: [[Lorna Gatward|name]] (0-19 team, [[Sheppey|place]]) to be told of discharge; mother has not engaged with the 2-year
  review ([[05/07/2026|date]] and [[19/07/2026|date]] not brought).
- A copy to the drug service prescriber: Dr [[Nkiru Obi|name]], Forward Trust, [[Sheerness|place]] hub.

Signed electronically: Dr [[T. Lanyon|name]] for Dr [[I. Stokes-Whitley|name]], [[24/09/2026|date]]
"""),
    ("police protection record", """KENT POLICE - POLICE PROTECTION (Children Act 1989, section 46) - RECORD AND NOTIFICATION
Form PP1 (rev 2024)     Crime / incident ref: 46-0144-21092026     OIC: PC 10882 [[Jack Seager|name]], Swale Response Team

PART 1 - CHILDREN TAKEN INTO POLICE PROTECTION
(1) [[Maisie DADD|name]]       DOB [[18/06/2024|dob]]     Location when PP used: Medway Maritime Hospital, Children's ED, cubicle 4
(2) [[Tyler-Jay TOLHURST|name]]  DOB [[09/02/2017|dob]]   Location when PP used: [[9 Seathorpe Avenue|address]], [[Minster-on-Sea|place]],
    [[ME12 2HX|postcode]] (maternal grandmother's home)
Date and time PP started: [[21/09/2026|date]] 05:10        Officer who took the decision: PC [[J. Seager|name]]

PART 2 - REASONS (in the officer's words)
Child 1 has ingested a controlled drug (methadone) prescribed to her father and is critically ill. Father [[Connor DADD|name]] (DOB
[[27/04/1994|dob]]) gave conflicting accounts of where the drug was kept and at 04:50 tried to leave the hospital with the
child's mother, [[Jade TOLHURST|name]] ([[03/10/1998|dob]]), saying "we're not sitting here getting grilled". Both parents smelled
strongly of cannabis. Mother said she would take [[Maisie|name]] "home to [[Marine Town|place]]" once she woke up. Medical staff
advised the child could not be moved. On a check of the home at [[27 Alma Road|address]] at 04:20 officers found a further
methadone bottle (empty, labelled to [[Connor Dadd|name]], dispensed by a pharmacy in [[Sheerness|place]] on [[18/09|date]]), a bong in
the lounge within reach, and the lockable box open with its lid hanging off. Child 2 was in the home alone from approx
02:00 to 03:15 when the parents were in the ambulance, until the grandmother arrived. I believe both children would be
likely to suffer significant harm if PP were not used.

PART 3 - NOTIFICATIONS
Local authority (s46(3)(a)): Medmere Council out-of-hours - EDT worker [[Phil Muggeridge|name]], [[21/09/2026|date]] 05:20
Designated officer (s46(3)(e)): Insp [[Nadia Crisp|name]] (Swale), notified 05:25, reviewed at 07:30 - PP confirmed
Parents (s46(4)): told in person 05:15 at the hospital. Mother's response: "you can't do that, she's mine". Father's
  response: no comment, left the hospital at 05:30 on foot towards [[Gillingham|place]]. Later spoke by phone on
  [[07851 337 920|phone]].
Other people with PR: none known for child 1. For child 2 - father [[Ricky KEMSLEY|name]] ([[Flat 2, 41 High Street|address]],
  [[Queenborough|place]]) - not yet told; no answer on [[07932 604 118|phone]] at 06:00 or 07:00.
The child (s46(3)(c)): [[Tyler-Jay|name]] told by PC [[Seager|name]] with his nan present. He asked if [[Maisie|name]] is going to die
  and said "it weren't my fault, I was asleep". Reassured.

PART 4 - ACCOMMODATION (s46(3)(f))
Child 1: remains in hospital. Staff told that parents are not to remove her; contact only if supervised.
Child 2: remains at maternal grandmother's address above, with Mrs [[Sandra TOLHURST|name]] (DOB [[22/08/1972|dob]], tel
  [[01795 873 412|phone]]). PNC / PND checks on Mrs [[Tolhurst|name]] and her partner [[Kevin Hollands|name]] (DOB [[14/03/1968|dob]]) - no
  trace. Home seen by PC [[Seager|name]] and PCSO [[Amber Ling|name]]: clean, food in, bedroom for [[Tyler-Jay|name]].

PART 5 - END OF PP
Handed to the local authority at 14:00 on [[21/09/2026|date]], when [[Keeley Norwood|name]] (SW) and her manager [[Dominic Farrant|name]]
confirmed
a safety plan: children to remain with the grandmother / in hospital under section 20 agreement signed by both parents
at 12:40. PP ended 14:05 (duration 8 h 55 m). Vehicle seen outside the home at [[Alma Road|address]] (father's): silver Vauxhall Corsa,
[[GK19 XFW|vehicle]], left there.
PART 6 - OFFICERS AND STAFF PRESENT
PC 10882 [[Jack Seager|name]]; PC 12207 [[Bradley Knott|name]] (drove the grandmother from [[Minster|place]] to [[Alma Road|address]] at
03:10);
PCSO 46619 [[Amber Ling|name]]; Sgt 3308 [[Ian Verrall|name]] (custody enquiries); Medway Maritime Hospital nurse in charge
[[Becky Pordage|name]]; paediatric registrar Dr [[Kwesi Annan|name]]; ambulance crew (SECAmb) [[Lee-Anne Friend|name]] and
[[Mo Shaikh|name]].
Signed: PC [[J Seager|name]] 10882      Reviewed: Insp [[N. Crisp|name]]
"""),
]

DOCS_A += [
    ("drug and alcohol service key worker's case notes", """FORWARD TRUST - KENT DRUG AND ALCOHOL SERVICE (SWALE) - CASE NOTES
Client: [[Connor DADD|name]]    DOB [[27/04/1994|dob]]    Client ID: FT-SW-88154    NI: [[WK 62 30 17 B|ni]]    Prescriber: Dr
[[Nkiru Obi|name]]
Key worker: [[Rachel Hobday|name]] ([[01795 428 330|phone]], [[rachel.hobday@forwardtrust.org.uk|email]])    Hub: [[Sheerness|place]]
Script: methadone 1mg/ml, 60 ml daily, supervised consumption Mon-Sat at Lloyds Pharmacy, [[High Street|address]], [[Sheerness|place]];
Sunday dose take-home. Children in household: YES - [[Maisie|name]] (2), partner's son [[Tyler-Jay|name]] (9). Lockable box issued: YES.

[[02/06/2026|date]] Key work session (hub). [[Connor|name]] 7 months stable on script, UDS +ve cannabis only. Working cash-in-hand
for his mate [[Lewis Ovenden|name]] (groundworks) 3 days a week. Talked about his kids: "[[Maisie|name]]'s a little monkey, climbs
everything". Safe storage talk repeated (box, top cupboard, never in a bag). Agreed. Requests to reduce to 50 ml - to
discuss at prescriber review.
[[30/06/2026|date]] Prescriber review with Dr [[Obi|name]]. Reduction to 55 ml agreed. [[Connor|name]] asked for 2 take-homes a week
as he "has work up in [[Faversham|place]] on Saturdays". Declined - not stable enough.
[[14/07/2026|date]] DNA. Text sent. Pharmacy ([[Gurpreet|name]]) says he missed 3 doses last week - collected Sat.
[[21/07/2026|date]] Session. Says missed doses were because of the car ("fan belt") and his mum in [[Leysdown|place]] being ill. UDS
+ve cannabis and benzodiazepines (not prescribed). He said he bought "a couple of blues" off someone in [[Rushenden|place]] to
sleep. Harm reduction re mixing. Asked about children: "[[Jade|name]] does all that." Noted no contact with CSC ever.
[[11/08/2026|date]] Phone call from [[Jade Tolhurst|name]] (partner) on [[07723 418 506|phone]] asking if [[Connor|name]] "can get his
dose at [[Sittingbourne|place]] Boots" this week. Explained I cannot discuss without consent. She said "he's been off it, he's
buying". Consent form later signed by [[Connor|name]] ([[13/08|date]]) for info sharing with [[Jade|name]] - limited.
[[13/08/2026|date]] Session. Relapse to street heroin x2 acknowledged. Honest. Increase back to 60 ml. Referred to the
group programme (Tues). Lockable box - said "it's fine, [[Tyler|name]] knows not to touch it". I advised that a 2-year-old
would not know. Recorded as a safeguarding concern - discussed with my team leader [[Stuart Brazier|name]] - decision: below
threshold for referral "as box in place". (NB see below.)
[[08/09/2026|date]] DNA group. Pharmacy: all doses collected.
[[21/09/2026|date]] 09:40 Call from Medmere Council front door ([[Kerry Mount|name]]) - [[Connor|name]]'s daughter in PICU after
methadone ingestion. Confirmed script and take-home Sundays. Dr [[Obi|name]] informed; script suspended pending review.
[[21/09/2026|date]] 15:10 [[Connor|name]] rang from a number I didn't have ([[01795 662 390|phone]], his mum's landline). Crying. Said
the bottle "was in my work jacket on the side, I got in late Sat and forgot". Said box was broken "since [[Tyler|name]] slammed
it". Asked if he'll go to prison. Advised to speak to his solicitor. Restarted supervised only, daily, at the pharmacy
from [[22/09/2026|date]]; no take-homes.
[[23/09/2026|date]] Strategy meeting (Teams) - attended for FT. Chair [[Dominic Farrant|name]]; SW [[Keeley Norwood|name]]; DC
[[Sam Penfold|name]];
HV [[Lorna Gatward|name]]; school DSL Mrs [[Debbie Quested|name]] ([[Rose Street|school]]). s47 agreed. FT to share full notes.
LEARNING (team leader's note, [[25/09/2026|date]], [[S. Brazier|name]]): our decision on [[13/08|date]] was wrong. A known relapse, a
child under 3 and a Sunday take-home should have led to a referral and a home storage check. Case to internal review.
[[29/09/2026|date]] Session with [[Connor|name]] and his mum, Mrs [[Lorraine Dadd|name]], who came for support. UDS +ve methadone only.
He has moved to his mum's in [[Leysdown-on-Sea|place]] (bail conditions: no unsupervised contact with [[Maisie|name]]). Wants to "do it
properly this time" and asked about detox. Referred to the family service (Parents Under Pressure). Next: [[06/10/2026|date]].
"""),
    ("pre-proceedings meeting minutes", """MEDMERE COUNCIL - CHILDREN'S SOCIAL CARE
PUBLIC LAW OUTLINE: PRE-PROCEEDINGS MEETING - MINUTES
Children: [[Maisie Dadd|name]] (2, DOB [[18.06.2024|dob]], NHS [[5109450897|nhs]]) and [[Tyler-Jay Tolhurst|name]] (9, DOB
[[09.02.2017|dob]],
UPN [[C886210619534|upn]])
Date: Thursday [[15 October 2026|date]], 10:00-12:10, Room 3, Swale House, [[East Street|address]], [[Sittingbourne|place]]
[[ME10 3HT|postcode]]
Chair: [[Dominic Farrant|name]] (Team Manager, Swale Child Protection Team 1)        Minutes: [[Chloe Austen|name]] (business support)

Present: [[Jade Tolhurst|name]] (mother) with her solicitor Ms [[Harpreet Sandhar|name]] ([[Tapsell|name]] & [[Gower|name]]);
[[Connor Dadd|name]]
(father of [[Maisie|name]]) with his solicitor Mr [[Owen Letley|name]] ([[Letley|name]] Family Law); [[Ricky Kemsley|name]] (father of
[[Tyler-Jay|name]]) without a solicitor (letter given, advised to get one); [[Keeley Norwood|name]] (SW); [[Priya Shah|name]] (Medmere Legal
Services); Mrs [[Sandra Tolhurst|name]] (maternal grandmother) for item 6 only.

1. Introductions and purpose
[[Dominic|name]] explained that this is not court. The letter before proceedings dated [[2 October 2026|date]] sets out the worries
and what needs to change. The aim is to avoid court if the children can be safe at home. Everyone has free legal advice.

2. The worries (as in the letter)
[[Keeley|name]] summarised: [[Maisie|name]]'s methadone ingestion on [[21 September|date]], which was nearly fatal; [[Connor|name]]'s
relapse
to heroin and use of street benzodiazepines; both parents' cannabis use; [[Tyler-Jay|name]] being left alone in the night; the
home conditions (dog mess in the yard, no working smoke alarm, broken stair gate); missed health appointments for [[Maisie|name]];
[[Tyler-Jay|name]]'s attendance at [[Rose Street Primary|school]] (84%) and his "parenting" of his sister.

3. Parents' responses
[[Jade|name]] said she accepts "most of it" but not that she neglects the kids: "I'm with them 24/7, [[Connor|name]] is the one with
the gear." She has stopped cannabis (hair strand agreed). She wants [[Connor|name]] to "sort himself out" but they have not split.
[[Connor|name]] said: "I'm gutted. I'll never forgive myself. I nearly killed my baby." He is now on supervised consumption only,
living with his mum in [[Leysdown|place]], and started the Parents Under Pressure programme with [[Rachel Hobday|name]].
[[Ricky|name]] said he "didn't know how bad it was" and wants [[Tyler-Jay|name]] to live with him in [[Queenborough|place]]. He has a
one-bed
flat and works nights at the [[Sheerness|place]] steel works? [[Keeley|name]] said the Thamesteel works closed years ago; [[Ricky|name]]
said he
meant the port - he works at the car terminal.

4. What the children say
[[Tyler-Jay|name]] (seen at school and at Nan's): "I want to live with Nan until Mum and [[Connor|name]] stop smoking stuff. Then I
want to go home. I want to see my dad on Saturdays at [[Queenborough|place]] like before." He is proud that he "rang Nan" on
the night. He wants a dog like Nan's (Bruno).
[[Maisie|name]] is too young to say; at Nan's she is "into everything" and is catching up with her speech.

5. What needs to happen (the written agreement)
(a) The children stay with Mrs [[Tolhurst|name]] under section 20 for now; family time for [[Jade|name]] daily at Nan's (she may help
with bedtime), for [[Connor|name]] twice a week supervised by Mrs [[Lorraine Dadd|name]] or at the family centre in [[Halfway|place]].
(b) Hair strand tests for both parents (Lextox) - consent signed today.
(c) [[Connor|name]] to keep to his script and key work; FT to share results monthly.
(d) [[Jade|name]] to attend [[Maisie|name]]'s two-year review with HV [[Lorna Gatward|name]] on [[22/10/2026|date]] and the dentist.
(e) A parenting assessment by [[Aimee Cheeseman|name]] (Family Support, independent) to start on [[26 October 2026|date]].
(f) A viability assessment of Mrs [[Tolhurst|name]] and of Mr [[Kemsley|name]].

6. Grandmother
Mrs [[Tolhurst|name]] said she will keep both children "as long as it takes" but needs help: a bigger car seat, a bed for
[[Maisie|name]], and money - she works at the Co-op in [[Minster|place]]. [[Dominic|name]] agreed a payment and a referral to Kinship.
She asked that [[Connor|name]] does not come to her house when he is "not right". Agreed.

7. Review
The pre-proceedings period will be reviewed on Thursday [[14 January 2027|date]]. If the plan is not followed, the local authority
may apply to court. Ms [[Sandhar|name]] asked for the minutes by [[22/10|date]]. Agreed.
Contact: [[Keeley Norwood|name]], [[03000 415 627|phone]] / [[keeley.norwood@medmere.gov.uk|email]]
Distribution: the parents and their solicitors; Mr [[Kemsley|name]]; Mrs [[Tolhurst|name]] (item 6 only); [[Rachel Hobday|name]] (Forward
Trust);
HV [[Lorna Gatward|name]]; Mrs [[Debbie Quested|name]] (DSL, [[Rose Street Primary|school]]); [[Maisie|name]]'s pre-school,
[[Little Acorns|school]]
([[Jo Harman|name]], manager); the IRO-in-waiting, [[Sunita Lall|name]]; the Children's Guardian duty manager, Cafcass
([[Nigel Roff|name]]).
"""),
]

# --- B. Veness / Pelling family (white British), Broomgrove, Hastings ---------------------------------------------------

HOME_B = d.Address("14 Chiltern Drive", "Broomgrove", "Hastings", "TN35 5HS")
NAN_B = d.Address("6 Ninfield Road", "Sidley", "Bexhill-on-Sea", "TN39 5AE")
DAD_B = d.Address("88 Seaside", "", "Eastbourne", "BN22 7QP")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Kai", "Veness")], dt.date(2010, 5, 30), addresses=[HOME_B], phones=["07468 221 907"],
       ids=["5792292361", "E845952518542", "JB 17 40 92 C"], schools=["Sussex Coast College Hastings"]),
    _p("s", "sibling", [("Lily-Mae", "Pelling")], dt.date(2015, 1, 14), addresses=[HOME_B], ids=["D845349023286"],
       schools=["Sandown Primary School"]),
    _p("m", "mother", [("Stacey", "Pelling")], dt.date(1989, 7, 19), addresses=[HOME_B], phones=["07519 884 032"],
       ids=["SP 27 55 08 D"]),
    _p("o", "other", [("Dale", "Pelling")], dt.date(1985, 3, 2), addresses=[HOME_B], phones=["07854 903 216"]),
    _p("f", "father", [("Craig", "Veness")], dt.date(1987, 11, 25), addresses=[DAD_B], phones=["07971 556 140"]),
    _p("g", "grandparent", [("Carol", "Veness"), ("Brian", "Veness")], dt.date(1961, 4, 8), addresses=[NAN_B],
       phones=["01424 215 873"]),
    _p("p1", "professional", [("Ellie", "Ashdown")], phones=["01424 726 540", "07887 310 264"],
       emails=["ellie.ashdown@bredevale.gov.uk"]),
    _p("p2", "professional", [("Marcus", "Winchester")], phones=["01424 451 066"], emails=["marcus.winchester@bredevale.gov.uk"]),
], "c")

DOCS_B = [
    ("joint housing and children's services assessment of a homeless 16-year-old", """BREDE VALE COUNCIL
JOINT ASSESSMENT - YOUNG PERSON AGED 16 OR 17 PRESENTING AS HOMELESS (joint protocol: Housing Options and Children's Services)
(G v Southwark [2009] UKHL 26; Housing Act 1996 Part 7; Children Act 1989 s17 and s20)

Young person: [[Kai VENESS|name]]        DOB: [[30/05/2010|dob]]        Age: 16        NHS: [[579 229 2361|nhs]]
NI: [[JB 17 40 92 C|ni]] (letter received this year)        UPN: [[E845952518542|upn]]
Last settled address: [[14 Chiltern Drive|address]], [[Broomgrove|place]], [[Hastings|place]] [[TN35 5HS|postcode]] (mother and stepfather)
Presented: Tuesday [[6 October 2026|date]] 11:20, Housing Options, Muriel Matters House, [[Breeds Place|address]], [[Hastings|place]]
Mobile: [[07468 221 907|phone]]        Education: Level 2 Motor Vehicle, [[Sussex Coast College|school]] ([[SCCH|school]]), Station Plaza
Housing officer: [[Marcus Winchester|name]]        Social worker: [[Ellie Ashdown|name]] (Adolescent Service, Hastings and Rother)
Joint interview: [[6/10/2026|date]] 14:00 (both workers present), with [[Kai|name]]'s consent; an advocate was offered (Coram Voice) and
declined.

1. WHY KAI SAYS HE IS HOMELESS
[[Kai|name]] says that on Saturday [[3 October|date]] at about 23:00 he had an argument with his stepfather, [[Dale Pelling|name]], about
[[Kai|name]]'s music being loud and about him "eating everything". [[Kai|name]] says [[Dale|name]] pushed him into the door frame and
told him to "get out and don't come back"; [[Kai|name]] pushed him back and left. His mum, [[Stacey|name]], texted him the next day
that he "can't come back while he's like this". Since then he has stayed two nights on his mate [[Mason Tugwell|name]]'s sofa in
[[Hollington|place]], one night at his girlfriend [[Ruby Winter|name]]'s (her mum said "one night only") and last night "walking
round" and in the bus shelter near the Conquest Hospital. He has £3.40 and a bag of clothes.

2. WHAT OTHERS SAY
Mother ([[Stacey Pelling|name]], phone, [[07519 884 032|phone]], 15:10): "He's not welcome back till he apologises to [[Dale|name]].
I've got [[Lily-Mae|name]] to think of. He's smashed the bathroom door, he smokes weed in his room, he calls me names." She
confirmed [[Dale|name]] and [[Kai|name]] "had a scuffle". She will not agree to him coming home tonight. She would accept
mediation.
Stepfather: not spoken to today ([[07854 903 216|phone]], no answer).
Father ([[Craig Veness|name]], [[Eastbourne|place]], [[07971 556 140|phone]]): has a new partner, [[Nikki|name]], and two small children in
a two-bed flat at [[88 Seaside|address]]; "I'd have him in a heartbeat but there's no room. He can come Sundays for dinner."
Paternal grandparents ([[Carol|name]] and [[Brian Veness|name]], [[Sidley|place]], [[Bexhill|place]], [[01424 215 873|phone]]): Nan
[[Carol|name]] said they "love the bones of him" but Grandad [[Brian|name]] has had a stroke and they have one bedroom in a retirement
bungalow at [[6 Ninfield Road|address]]. They can do meals and washing. She thinks [[Dale|name]] "has always had it in for him".
College (tutor Mr [[Chidi Okoro|name]]): attendance 71% this term, "bright, good with his hands, late a lot, tired".
Police: Sussex Police have a record of a "domestic - verbal" at the address on [[4/10/2026|date]] (called by a neighbour,
Mrs [[Iris Bodle|name]]?) - no further action.

3. KAI'S NEEDS (the Framework)
Health: asthma; says he smokes cannabis "most days, to sleep"; no GP appointment for two years (registered at a surgery on [[Beaconsfield
Road|address]], [[Hastings|place]]). Emotional: angry, tearful when talking about his mum; says "she picks [[Dale|name]] and
[[Lily-Mae|name]] over me every time". Education: wants to finish his course and get an apprenticeship at a garage in
[[St Leonards|place]]. Identity: close to his dad's side of the family; "I'm a [[Veness|name]], not a [[Pelling|name]]". Family and
social relationships: [[Mason|name]], [[Ruby|name]], and [[Riley Breeds|name]] (17) from [[Ore|place]], who "sorts weed" - a worry.
Self-care: can cook basics; has never paid a bill. Safety tonight: NO safe place.

4. DECISION
Children's Services: [[Kai|name]] is a child in need who requires accommodation (s20(1)); he is 16 and has been told his
options (s20 accommodation and its benefits, including leaving care support; or help from Housing under Part 7). He has
chosen, after the options were explained twice and put to him in writing, to be accommodated under section 20. His mother
does not object (s20(7)); she was told by [[Ellie|name]] at 16:05. Housing: no Part 7 duty arises while he is accommodated.
Placement tonight: Pebble House (16+ supported accommodation, [[Hastings|place]]), room 6, from 18:00. Key worker: [[Dean Mepham|name]]
("[[Deano|name]]"). Travel: [[Ellie|name]] to drive him; to collect his clothes from [[Chiltern Drive|address]] with a police officer if
needed - [[Stacey|name]] agreed to put a bag outside.
Next steps: mediation with the family (referral to the Family Mediation Service, [[Fran Lucas|name]]) within 7 days; a single
assessment; a LAC review within 20 working days; a health assessment; PEP with the Virtual School.

Also consulted by phone: [[Lily-Mae|name]]'s school, [[Sandown Primary|school]] (Mrs [[Wendy Catt|name]], DSL: "[[Lily-Mae|name]] says she
misses her brother"); the youth worker at the [[Hollington|place]] youth centre, [[Jordan Apps|name]]; [[Ruby|name]]'s mother, Mrs
[[Tracey Winter|name]]
("he's a lovely lad, but I've got three of my own"); the Early Help keyworker who worked with the family in 2024, [[Sophie Knell|name]].

Signed: [[Marcus Winchester|name]] (Housing Options, [[01424 451 066|phone]], [[marcus.winchester@bredevale.gov.uk|email]])
        [[Ellie Ashdown|name]] (Social Worker, [[07887 310 264|phone]], [[ellie.ashdown@bredevale.gov.uk|email]])
Young person's signature: [[Kai V|name]]        Date: [[06/10/2026|date]]
"""),
    ("iMessage conversation typed up from screenshots", """[iMessages between [[Kai Veness|name]] and his mother, [[Stacey Pelling|name]],
from [[Kai|name]]'s iPhone; screenshots
shown to [[Ellie Ashdown|name]] on [[9 October 2026|date]] and typed up by her with his permission, emojis described in brackets.
Mum is saved in his phone as "Mum 🏠"; the group chat "[[Pelling|name]] fam" is not copied.]

Sun [[4 Oct|date]] 08:12  Mum 🏠: Where are you
Sun [[4 Oct|date]] 08:12  Mum 🏠: [[Lily|name]] was crying all night because of you
Sun [[4 Oct|date]] 09:40  [[Kai|name]]: at [[mason|name]]s. hes the one who started it not me
Sun [[4 Oct|date]] 09:41  [[Kai|name]]: he pushed me into the door first mum u know he did
Sun [[4 Oct|date]] 10:03  Mum 🏠: You pushed him down the stairs [[Kai|name]]. You can't come back while your like this
Sun [[4 Oct|date]] 10:03  Mum 🏠: I mean it
Sun [[4 Oct|date]] 10:30  [[Kai|name]]: wow. ok. ur choosing him again
Sun [[4 Oct|date]] 19:55  [[Kai|name]]: can i at least get my charger and my college stuff
Sun [[4 Oct|date]] 21:17  Mum 🏠: Its in a bag by the bins. Dont knock [[Dale|name]] is in bed he's on earlies
Mon [[5 Oct|date]] 00:48  [[Kai|name]]: [[ruby|name]]s mum says i cant stay again
Mon [[5 Oct|date]] 00:49  [[Kai|name]]: mum please
Mon [[5 Oct|date]] 00:58  [[Kai|name]]: im by the conquest bus stop its freezing
Mon [[5 Oct|date]] 07:02  Mum 🏠: Go to your dads
Mon [[5 Oct|date]] 07:15  [[Kai|name]]: hes in [[eastbourne|place]] and he dont want me either. [[nikki|name]] hates me
Mon [[5 Oct|date]] 07:16  [[Kai|name]]: nan [[veness|name]] cant, grandad is ill
Mon [[5 Oct|date]] 12:30  Mum 🏠: Go to the council then. They have to help you your 16
Tue [[6 Oct|date]] 18:44  [[Kai|name]]: im in a place called pebble house. its like a hostel. got a room
Tue [[6 Oct|date]] 18:44  [[Kai|name]]: theres a lad here from [[rye|place]] whos alright
Tue [[6 Oct|date]] 20:10  Mum 🏠: Ok. Are you eating
Tue [[6 Oct|date]] 20:11  [[Kai|name]]: [[deano|name]] made pasta lol
Tue [[6 Oct|date]] 20:13  Mum 🏠: Good. [[Lily-Mae|name]] wants to know if you can still come to her assembly friday
Tue [[6 Oct|date]] 20:15  [[Kai|name]]: is he going
Tue [[6 Oct|date]] 20:31  Mum 🏠: No hes working
Tue [[6 Oct|date]] 20:31  [[Kai|name]]: then yeah. tell her ill be there [thumbs up]
Wed [[7 Oct|date]] 22:05  [[Kai|name]]: mum did u tell the social i pushed him down the stairs cos i didnt
Wed [[7 Oct|date]] 22:40  Mum 🏠: I said you had a fight. Thats all
Wed [[7 Oct|date]] 22:41  Mum 🏠: [[Ellie|name]] is nice. Shes says mediation. Will you do it
Wed [[7 Oct|date]] 22:58  [[Kai|name]]: if he says sorry
Thu [[8 Oct|date]] 07:30  Mum 🏠: Love you. Always have. Its just hard
Thu [[8 Oct|date]] 07:31  [[Kai|name]]: [red heart]
Fri [[9 Oct|date]] 09:12  [[Kai|name]]: at [[sandown|school]] now. [[lil|name]] is doing the song about the sea lol
Fri [[9 Oct|date]] 09:40  Mum 🏠: [photo of [[Lily-Mae|name]] on the stage, not copied]
Fri [[9 Oct|date]] 09:41  Mum 🏠: Shes so happy you came. Nanny [[Carol|name]] cried x
Fri [[9 Oct|date]] 09:43  [[Kai|name]]: [[dale|name]] wasnt there was he
Fri [[9 Oct|date]] 09:44  Mum 🏠: No. Just me nan and grandad. And [[Tiegan|name]]s mum sat with us
Fri [[9 Oct|date]] 09:50  [[Kai|name]]: tell [[lily|name]] she smashed it. the bit where [[harvey|name]] fell off the chair lol
Fri [[9 Oct|date]] 09:52  Mum 🏠: Will do. Dads rang me btw. First time in 2 yrs. He says [[Nikki|name]] sends her love
Fri [[9 Oct|date]] 09:58  [[Kai|name]]: thats a lie [[nikki|name]] hates me 😂 but ok
"""),
]

DOCS_B += [
    ("supported accommodation incident report and key work notes", """PEBBLE HOUSE (16-25 supported accommodation) - operated by Seaview
Housing Trust
INCIDENT REPORT  IR-2026-117                                      Resident: [[Kai VENESS|name]] (room 6)   DOB: [[30.05.2010|dob]]
Placing authority: Brede Vale Council (s20, age 16)   SW: [[Ellie Ashdown|name]]   Key worker: [[Dean Mepham|name]]

Date/time of incident: Saturday [[17 October 2026|date]], 23:20 - 01:05
Staff on shift: [[Dean Mepham|name]] (sleep-in), [[Shanice Goldsmith|name]] (waking night)
Others involved: resident [[Tyler Oakes|name]] (room 2, 18); visitor [[Riley Breeds|name]] (not a resident, banned from [[12/10|date]])

What happened (facts): At 23:20 [[Shanice|name]] saw on CCTV that the fire door at the back (onto [[Tackleway|address]]) had been
propped open. [[Riley Breeds|name]] was in the corridor outside room 6. Strong smell of cannabis. [[Shanice|name]] asked [[Riley|name]] to
leave;
he swore at her and said he was "only dropping off". [[Kai|name]] came out of his room and said "he's my mate, leave it". [[Riley|name]]
left at 23:35 by the fire door. At 00:10 [[Kai|name]] asked [[Shanice|name]] for £20 "for a taxi to [[Battle|place]]" because he "owes
someone".
She said no. At 00:40 [[Kai|name]] left through the front door, saying he was going to his girlfriend's in [[Silverhill|place]]. Curfew
23:00. [[Dean|name]] woken at 00:45. [[Kai|name]] not answering [[07468 221 907|phone]]. Reported missing to Sussex Police at 01:00 (ref
CAD 0033/18OCT) and to the EDT ([[Jenny Lusted|name]]). At 01:05 [[Kai|name]] walked back in with [[Ruby Winter|name]]'s older brother,
[[Callum Winter|name]], who had driven him back (grey Ford Focus, [[WP17 KZE|vehicle]]). [[Kai|name]] was upset and had a red mark on his
left
cheek; he said someone "slapped me about a bit" near the Stade because he "was short". He would not say who. Police updated -
found; PC [[Josh Hemsley|name]] came at 02:30 and spoke to [[Kai|name]] with [[Dean|name]] present. [[Kai|name]] declined to give a
statement.

Action: first aid (cold compress); body map done; room search with [[Kai|name]]'s agreement at 02:50 - grinder, 2 small bags of
cannabis (handed to police), a phone that is not his (a cracked Samsung, locked). [[Kai|name]] said "it's [[Riley|name]]'s, I'm
minding it". Phone handed to PC [[Hemsley|name]].
Notified: SW (email [[18/10/2026|date]] 09:00), EDT, manager on call [[Gemma Thorne|name]], mother ([[Stacey Pelling|name]], text at 09:30 -
she replied "is he ok"). Child exploitation screening tool started - concern: debt, an older boy supplying, violence.

KEY WORK NOTES (same file)
[[09/10/2026|date]] ([[D. Mepham|name]]) Settling in. Made a shopping list together; £57.45 a week from the council while on s20.
[[Kai|name]] cooked chilli and shared it with [[Tyler O|name]]. Talked about his nan [[Carol|name]] - she sent a food parcel with Grandad's
old toolkit "for college". Went to his sister's assembly yesterday and said it was "the best thing this month".
[[13/10/2026|date]] ([[D. Mepham|name]]) [[Riley|name]] turned up twice; told he's not welcome. [[Kai|name]] said [[Riley|name]] "fronted"
him a
half ounce when he was sofa surfing and now wants £120 back. Explained debt bondage simply. [[Kai|name]] laughed and said "it's
not like that, it's [[Riley|name]]". Told [[Ellie|name]].
[[19/10/2026|date]] ([[D. Mepham|name]]) After the incident. [[Kai|name]] quieter. Says he will pay [[Riley|name]] off "with my birthday
money
from Nan and Grandad". Discussed with [[Ellie|name]]: she will speak to [[Carol Veness|name]] and refer to the Sussex Police
exploitation team; a safety plan drawn up with [[Kai|name]] (code word to text: "pizza"). [[Kai|name]] agreed to see the
drug and alcohol youth service ([[Yasmin Parr|name]], [[01424 443 729|phone]]) on Thursday at the [[Hastings|place]] hub.
[[26/10/2026|date]] ([[S. Goldsmith|name]]) Good week. College 5/5 days. Mediation went "alright" ([[Fran|name]] is "sound"). Wants to
spend Christmas Day at his mum's "if [[Dale|name]] behaves". Helped [[Tyler Oakes|name]] fix his bike. Room clean.
"""),
    ("family mediation session record", """THE FAMILY MEDIATION SERVICE (East Sussex) - ADOLESCENT AND FAMILY MEDIATION
SESSION RECORD - confidential (a summary of agreements is shared with the referrer with everyone's consent)
Referrer: [[Ellie Ashdown|name]], Brede Vale Council          Mediator: [[Fran Lucas|name]]          Co-mediator: [[Ade Olatunji|name]]
(trainee)
Family: [[Kai Veness|name]] (16); [[Stacey Pelling|name]] (mother); [[Dale Pelling|name]] (stepfather since 2017)
Session 1: Thursday [[22 October 2026|date]], 17:00-18:45, neutral venue (Hastings Library, a meeting room). Separate
pre-meetings held: [[Kai|name]] on [[19/10|date]] at Pebble House; [[Stacey|name]] and [[Dale|name]] on [[20/10|date]] at
[[14 Chiltern Drive|address]].

Ground rules agreed: one voice at a time, no swearing at each other (swearing "in general" allowed, [[Kai|name]]'s request,
agreed with a laugh), anyone can have a break.

What each person wanted to say first
[[Kai|name]]: "I want to come home but not if I'm treated like a lodger. He tells me what to do and he's not my dad. My dad's
in [[Eastbourne|place]]. I get he pays the bills."
[[Stacey|name]]: "I miss you. The house is too quiet. But I'm scared when you two go at each other. [[Lily|name]] hides in the
wardrobe." (She cried.)
[[Dale|name]]: "I'm not trying to be his dad. I've known him since he was 7. I taught him to ride a bike on the prom at [[Bexhill|place]].
Somewhere it went wrong. I'm sorry I pushed him. I shouldn't have. I was knackered after a double shift." ([[Dale|name]] drives
for a builders' merchant in [[Ore|place]].)
[[Kai|name]] said nobody had ever said sorry to him about that night. He said he was sorry for the door and "for what I called Mum".

The issues (as the family named them)
1. Food: [[Kai|name]] eats the packed-lunch food for the week. 2. Noise and weed. 3. Who decides the rules - [[Dale|name]] or Mum.
4. [[Kai|name]]'s friends - especially [[Riley|name]]. 5. [[Kai|name]]'s dad ([[Craig|name]]) "slagging off" [[Dale|name]] to [[Kai|name]].
6. Money (£20 a week that [[Kai|name]] used to get from his Nan [[Carol|name]] went to Mum).

What the family agreed (shared with the referrer)
- [[Kai|name]] will not move home yet. He will stay at Pebble House and come home for Sunday dinner and on Wednesdays after college
  for tea with [[Lily-Mae|name]]; [[Dale|name]] will pick him up from the college in the van on Wednesdays (his idea).
- Rules at home will be made by [[Stacey|name]] and written on the fridge; [[Dale|name]] will not "lay down the law" with [[Kai|name]]
alone.
- No cannabis in the house or garden. [[Kai|name]] said "fair".
- [[Riley|name]] is not welcome at the house. [[Kai|name]] said he is "sorting it".
- [[Stacey|name]] will ring [[Craig|name]] (first time in two years) to agree not to talk each other down in front of the children.
- Session 2 on [[5 November 2026|date]] (Bonfire Night - [[Kai|name]] asked if they can go to the Hastings Bonfire afterwards. All
  agreed: the family used to go every year.)

Mediator's note for the referrer: a warm family under strain, with real willingness. Notably, [[Dale|name]] asked for help with his
own temper and I have given him the number of the Respect phoneline. [[Kai|name]]'s debt to a named young person was raised by
[[Stacey|name]] (she had heard from [[Ruby|name]]'s mum, [[Tracey Winter|name]]); I have not recorded the details; please follow up.
Signed: [[F. Lucas|name]], [[23/10/2026|date]]
"""),
]

# --- C. Brissett / Boateng family (Black British Caribbean), Higham Hill, Walthamstow --------------------------------

HOME_C = d.Address("Flat 11, Priestley House, Higham Hill Road", "Higham Hill", "London", "E17 6EN")
NAN_C = d.Address("52 Capworth Street", "Leyton", "London", "E10 5AN")
GOD_C = d.Address("3 Hatch Lane", "Chingford", "London", "E4 6LP")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Tianna", "Brissett")], dt.date(2014, 9, 21), addresses=[HOME_C, NAN_C], phones=["07404 118 273"],
       ids=["6861878324", "N320190621799"], schools=["Willowfield School"]),
    _p("s", "sibling", [("Marley", "Boateng")], dt.date(2020, 3, 4), addresses=[HOME_C, NAN_C], ids=["6355832572", "K320720915251"],
       schools=["Henry Maynard Primary School"]),
    _p("m", "mother", [("Michelle", "Brissett")], dt.date(1987, 12, 30), addresses=[HOME_C], phones=["07958 230 419"],
       ids=["4391032252", "KB 73 90 51 A"]),
    _p("f", "father", [("Andre", "Wallace")], dt.date(1985, 6, 16), phones=["07440 716 208"]),
    _p("f2", "father", [("Kwame", "Boateng")], phones=["07539 662 481"]),
    _p("g", "grandparent", [("Joy", "Brissett")], dt.date(1958, 2, 11), addresses=[NAN_C], phones=["020 8539 7714"]),
    _p("o", "other", [("Sharon", "Lightbody")], None, addresses=[GOD_C], phones=["07812 505 394"]),
    _p("p1", "professional", [("Olamide", "Fashola")], phones=["020 7946 0512", "07869 402 518"],
       emails=["olamide.fashola@leamarsh.gov.uk"]),
    _p("p2", "professional", [("Gareth", "Pryor")], phones=["07557 231 940"], emails=["gareth.pryor@leamarsh.gov.uk"]),
], "c")

DOCS_C = [
    ("approved mental health professional's report", """LEA MARSH COUNCIL - APPROVED MENTAL HEALTH PROFESSIONAL (AMHP) SERVICE
REPORT OF AN ASSESSMENT UNDER THE MENTAL HEALTH ACT 1983 (extract: sections 1, 4, 6, 7 and 9; shared with Children's Social
Care under the information sharing agreement)

1. THE PERSON ASSESSED
Name: [[Michelle BRISSETT|name]]    DOB: [[30/12/1987|dob]]    NHS: [[439 103 2252|nhs]]    Ethnicity: Black British - Caribbean
Address: [[Flat 11, Priestley House, Higham Hill Road|address]], [[Walthamstow|place]], [[London|place]] [[E17 6EN|postcode]]
Care coordinator: [[Bisi Ogunleye|name]] (Early Intervention in Psychosis, NELFT)    GP: Dr [[R. Mistry|name]], Higham Hill Medical Centre
AMHP: [[Gareth Pryor|name]] ([[07557 231 940|phone]])    Date of assessment: Friday [[13 November 2026|date]]
Doctors: Dr [[Anjali Mehra|name]] (s12 approved, consultant psychiatrist) and Dr [[Paul Kirrane|name]] (s12 approved, independent)
Outcome: admitted under section 2 to Larch Ward, Thorpe Coombe Hospital, at 18:40

4. CIRCUMSTANCES
Ms [[Brissett|name]] has a diagnosis of paranoid schizophrenia (first episode 2011, admissions in 2011, 2016 and 2020). She
stopped her depot injection in August and has refused home visits since [[2 October|date]]. On [[10/11/2026|date]] her daughter's
school raised a concern: [[Tianna|name]] (12) said Mum had covered the windows with foil "so the neighbours can't read her
thoughts" and was not letting the children eat food from the shop. On [[12/11|date]] Ms [[Brissett|name]]'s mother, Mrs
[[Joy Brissett|name]],
asked for an assessment. A warrant under section 135(1) was granted at Stratford Magistrates' Court on [[13/11/2026|date]] at
11:30 (JP [[Clive Ambrose|name]]) because Ms [[Brissett|name]] would not open the door to the team on [[12/11|date]].
We attended at 14:15 with PC [[Leanne Okafor|name]] and PC [[Tom Varga|name]] (Met, North East BCU), a locksmith and the ambulance. The
door was opened by [[Tianna|name]] in her school uniform: she had not gone to school and had kept her brother, [[Marley|name]] (6), at home
because "Mum said the school is watching us". Forced entry was not needed.

6. INTERVIEW (summary)
Ms [[Brissett|name]] was interviewed in the living room, with her agreement, with PC [[Okafor|name]] at the door. She was dressed, thin,
and guarded. She believes her neighbour, Mr [[Yusuf Dar|name]], and "people from the council" are putting thoughts in her head
through the wifi, and that [[Marley|name]]'s father, [[Kwame Boateng|name]], has "sent people" to take [[Marley|name]] to
[[Tottenham|place]]. She
heard voices during the interview and answered them. She said she has not slept for "a week". The flat was cold (the
electric meter had run out) and there was little food; foil on every window; the children's bedroom was tidy. She said:
"My children are the only good thing I've got. Don't let them take my children." She does not accept that she is unwell.
The children were taken to the kitchen by Mrs [[Brissett|name]] senior, who arrived at 14:40, while we spoke to their mother.

7. NEAREST RELATIVE AND CONSULTATION
Nearest relative (s26): Mrs [[Joy Brissett|name]] (mother), [[52 Capworth Street|address]], [[Leyton|place]], [[E10 5AN|postcode]],
[[020 8539 7714|phone]]. Consulted
in person; she did not object to section 2 and was told of her rights, including the right to order discharge. She said:
"She was a bright girl. She did a nursing degree at Middlesex before this took her. Please be gentle." Ms [[Brissett|name]]'s
sister, Mrs [[Pamela Henry|name]] ("Aunty [[Pam|name]]"), in [[Handsworth|place]], was told by her mother by phone.

9. CHILDREN AND DEPENDANTS
Children in the home: [[Tianna Brissett|name]] ([[21/09/2014|dob]], Year 8, [[Willowfield School|school]]) and [[Marley Boateng|name]]
([[04/03/2020|dob]], Year 2, [[Henry Maynard Primary|school]]). Fathers: [[Andre Wallace|name]] (father of [[Tianna|name]], lives in
[[Thornton Heath|place]], sees her monthly; [[07440 716 208|phone]], rang and agreed the plan) and [[Kwame Boateng|name]] (father of
[[Marley|name]],
PR, no contact since 2023; not contacted today - see CSC).
Arrangements made today: both children to stay with their grandmother in [[Leyton|place]] tonight; children's services duty
(Lea Marsh MASH, [[Olamide Fashola|name]]) told at 15:20 and agreed; the children's godmother, Ms [[Sharon Lightbody|name]], of
[[Chingford|place]]
([[07812 505 394|phone]]), will help with school runs. [[Tianna|name]] was very distressed when the ambulance came and said she "let them
in" and it was her fault. I spoke to her with her nan and told her clearly that she did the right thing and that her mum
is poorly and will be looked after. She asked whether she can visit, and whether her mum will "still be Mum". I said I
would ask the ward about a visit with Nan. [[Tianna|name]] has been a young carer for years (cooking, medication reminders,
taking [[Marley|name]] to school) - I have recommended a young carers assessment. Pets: a cat (Bashy) - Mrs [[Brissett|name]] took it.
Property secured: yes; keys to Mrs [[Joy Brissett|name]]. Vehicle: none.

Signed: [[Gareth Pryor|name]], AMHP, [[13/11/2026|date]] 21:15    Countersigned (AMHP lead): [[Rosalind Achterberg|name]],
[[16/11/2026|date]]
"""),
    ("mental health ward child visiting risk assessment", """NELFT NHS Foundation Trust - Thorpe Coombe Hospital - LARCH WARD (adult acute,
female)
CHILD VISITING: RISK ASSESSMENT AND PLAN (a new assessment is needed for each child and each admission)

Patient: [[Michelle Brissett|name]]    DOB [[30-12-1987|dob]]    MHA status: s2 from [[13/11/2026|date]]    Named nurse:
[[Efua Mensah|name]]
Responsible clinician: Dr [[Anjali Mehra|name]]    Ward social worker / family liaison: [[Hollie Dunmore|name]]

Child(ren) requested to visit:
1. [[Tianna BRISSETT|name]]    DOB [[21-09-2014|dob]]    NHS [[686 187 8324|nhs]]    Relationship: daughter    Lives with: maternal
grandmother (temporary)
2. [[Marley BOATENG|name]]     DOB [[04-03-2020|dob]]    NHS [[635 583 2572|nhs]]    Relationship: son          Lives with: maternal
grandmother (temporary)
Request made by: patient, and by Mrs [[Joy Brissett|name]] (grandmother), on [[18/11/2026|date]]
Children's social worker consulted: [[Olamide Fashola|name]], Lea Marsh CSC, on [[19/11/2026|date]] by phone ([[020 7946 0512|phone]]) -
agrees.

A. PATIENT'S CURRENT MENTAL STATE (RC / named nurse)
Started back on oral aripiprazole [[15/11|date]]; sleeping 6-7 hours; still believes "the neighbour" is involved but is not
distressed by it. No aggression on the ward. No expressed thoughts of harm to the children; she talks about them warmly and
constantly, especially [[Marley|name]]'s reading and [[Tianna|name]]'s "attitude" ("she's me at twelve"). Has asked for photos of
them by her bed. One episode of shouting at a co-patient on [[17/11|date]] (verbal; resolved).

B. RISKS (to the children, to others, from the environment)
- Possible distress to the children at seeing their mother unwell, or at other patients' behaviour. Mitigation: family
  room off the ward (not the ward itself); visits only at quiet times; staff to check the corridor beforehand.
- The patient's belief that [[Marley|name]]'s father may "take" him: she may ask the children questions about him. Mitigation:
  staff to redirect; Mrs [[Brissett|name]] to end the visit if the children are upset.
- [[Tianna|name]] may take on a carer's role (bringing her mum's things, managing her). Mitigation: the ward provides
  toiletries; [[Tianna|name]] to be told she is a visitor, not a carer.
- No risk of abduction identified (s2, escorted only). No known risk to children from other current patients - checked with
  the nurse in charge, [[Carlos Ferreira|name]], on [[20/11|date]].

C. THE CHILDREN'S VIEWS
[[Tianna|name]] (by phone with [[Hollie|name]], [[19/11|date]]): "I want to see her. I want to make sure they're not being horrible to
her. Can I bring her the Bounty Bars and her purple blanket?" [[Marley|name]] (via Nan): wants to show Mummy his "star of the
week" certificate and the Lego he made with Grandpa [[Winston|name]] (the children's step-grandfather, Mr [[Winston Agard|name]]).

D. DECISION
Visiting agreed: YES, both children.
Where: the family room (ground floor, by reception). When: Saturdays and Wednesdays, 16:00-17:00 (after school), for 2
weeks, then review. Who supervises: Mrs [[Joy Brissett|name]] (or Ms [[Sharon Lightbody|name]], godmother, if Nan is unwell), with a
nurse checking every 15 minutes. Food: bring-in snacks allowed. Photos: the children may take photos of their drawings
but not of other patients. Not allowed: phones in the family room; the children going onto the ward.
First visit: Saturday [[21 November 2026|date]] 16:00.

E. AFTER THE FIRST VISIT (nurse's note)
[[21/11/2026|date]] ([[E. Mensah|name]]): Visit went well. [[Marley|name]] sat on mum's lap and read "Supertato". [[Tianna|name]] quiet at
first, then
did her mum's hair. [[Michelle|name]] cried once, said sorry to [[Tianna|name]] "for the foil". Left with hugs at 16:55. Mrs
[[Brissett|name]]
said afterwards it was "the first time I've seen my daughter smile since the summer". Plan continues.
Assessed by: [[Hollie Dunmore|name]], [[20/11/2026|date]]    Agreed by: [[Efua Mensah|name]] (nurse in charge) and Dr [[A. Mehra|name]]
"""),
]

DOCS_C += [
    ("a girl's journal in a shared Google Doc with her teachers' comments", """[Google Doc "T.B. - my journal (Y8 wellbeing)", owned by
[[Tianna Brissett|name]]'s school account
([[21tbrissett@willowfield.waltham.sch.uk|email]]) and shared with her form tutor and the pastoral lead. Exported as text by the
pastoral lead, Mrs [[Ngozi Adebisi-Clarke|name]], on [[4 December 2026|date]] with [[Tianna|name]]'s permission for her Child in Need
review.
Comments are shown in square brackets after the text they were attached to, with the commenter's display name.]

monday [[16th nov|date]]
ok so mr [[szymanski|name]] said write what u feel so here goes. mum got took to the hospital on friday. i opened the door.
everyone says i did the right thing but it dont feel like it. nan's house smells like cocoa butter and church. [[marley|name]] keeps
asking when we're going home and i keep saying soon.
   [Comment - [[Daniel Szymanski|name]]: Thank you for trusting us with this, [[Tianna|name]]. You did do the right thing. My door is open
   any time. [[16 Nov|date]]]

tues
nan made saltfish and dumplings and [[marley|name]] ate like 5. grandpa [[winston|name]] says "yuh mumma strong, she come back". he talks
jamaican when hes serious lol. i had to walk [[marley|name]] to [[henry maynard|school]] from [[leyton|place]] which is LONG and then get
the bus to school. aunty [[sharon|name]] says shell drive us from monday.

thurs [[19/11|date]]
[[amara|name]] asked why i wasnt in on friday and i said dentist. i dont want people knowing. [[keisha b|name]] would tell
everyone. the social worker lady [[olamide|name]] came to nans. shes nigerian and she knew what saltfish was so ok. she asked
me what a good day looks like. i said one where nobody is shouting or crying. she wrote it down.
   [Comment - [[Ngozi Adebisi-Clarke|name]]: You can always say you have an appointment - that's your business, not anyone else's.
   Would you like to meet [[Jess|name]] from the young carers group? She runs a lunchtime club on Wednesdays. [[19 Nov|date]]]
   [Reply - [[Tianna Brissett|name]]: maybe. is it cringe]
   [Reply - [[Ngozi Adebisi-Clarke|name]]: Not cringe. There is pizza. [[20 Nov|date]]]

sat [[21st|date]]
saw mum. she was better. she said sorry about the foil. i did her hair in two puffs like when i was small and she did
mine. the nurse [[efua|name]] was nice. theres a lady on mums ward who screams but we were in a different room. i cried on the
bus back and nan held my hand all the way to walthamstow central?? no to [[leyton|place]] lol i was confused.

sun
church with nan. pastor said a prayer for "sister [[michelle|name]]" and everyone said amen and i wanted to disappear.
dad ([[andre|name]]) rang. he said i can come to [[thornton heath|place]] at christmas for 2 nights. i want to but i cant leave
[[marley|name]]. [[marley|name]]s dad is not in the picture. mum thinks he is coming to take [[marley|name]] but he lives in like
[[tottenham|place]]
and never even calls.
   [Comment - [[Daniel Szymanski|name]]: Caring about your brother is lovely. It is also OK to have 2 nights at your dad's. The
   grown-ups can look after [[Marley|name]]. [[23 Nov|date]]]

wed [[25 nov|date]]
young carers club. it was not cringe. [[jess|name]] is from [[chingford|place]] like aunty [[sharon|name]]. theres a boy [[reuben|name]]
whose
dad has the same thing as mum. we didnt talk about it we played uno. #notcringe

[[1/12|date]]
mum might come out next week to a "step down" flat or to nans. i want her home home. [[olamide|name]] says there will be a
meeting and i can say what i think on a form. i want to say: i want mum home but i want someone to check on her every
week so its not just me. and i want to keep going to club. and i want my own room at nans if we stay (im sharing with
[[marley|name]] and he snores).
   [Comment - [[Ngozi Adebisi-Clarke|name]]: That is a really clear message, [[Tianna|name]]. Please put exactly that on the form.
[[1 Dec|date]]]
"""),
    ("Microsoft Forms responses exported for a Child in Need review", """[Export of the Microsoft Forms survey "My views - Child in Need
review" set up by [[Olamide Fashola|name]], pasted
from Excel into the case record on [[8 December 2026|date]] ahead of the review on [[10 December 2026|date]]. Columns: ID, Start
time, Completion time, Email, Name, then the questions. Long answers are kept as written; line breaks inside cells were
removed by the export; long rows wrap as pasted.]

ID	Start time	Completion time	Email	Name	Who are you?	What is going well?	What are you worried about?	What would
help?
1	[[02/12/2026|date]] 16:11:04	[[02/12/2026|date]] 16:29:51	anonymous	[[Tianna Brissett|name]]	Me (the child)	Mum is
getting better, club,
nan's food, [[Marley|name]] got star of the week	That mum comes home and stops her meds again and it all goes back to how it was and
nobody
notices except me	Someone checks on mum every week. Own room. Still go to club with [[Jess|name]]. See dad at christmas
2	[[03/12/2026|date]] 09:02:17	[[03/12/2026|date]]
09:20:40	[[joybrissett58@gmail.com|email]]	[[Joy Brissett|name]]	Grandmother	The children
are settled, [[Marley|name]]'s reading is coming on, [[Tianna|name]] is laughing again. [[Michelle|name]] is taking her tablets on the
ward	I am 68 and my husband [[Winston|name]] has his knees. I cannot do this for ever. The flat at [[Higham Hill|place]] is not good for
[[Michelle|name]] (the neighbour)	A transfer for [[Michelle|name]] nearer to me in [[Leyton|place]]. Help with [[Marley|name]]'s school
run.
Money for the children's food (I have spent my savings)
3	[[03/12/2026|date]] 21:47:30	[[03/12/2026|date]]
22:05:12	[[sharon.lightbody@outlook.com|email]]	[[Sharon Lightbody|name]]	Godmother /
family friend	I do the school run Mon-Thu from [[Leyton|place]] to [[Henry Maynard|school]] and [[Willowfield|school]]. [[Tee|name]] is
opening up to me	That [[Tee|name]] carries it all on her own. She is 12 going on 40	Young carers. A respite weekend for [[Joy|name]].
I can
have the kids one weekend a month at [[3 Hatch Lane|address]]
4	[[04/12/2026|date]] 14:15:00	[[04/12/2026|date]] 14:41:09	anonymous	[[Michelle Brissett|name]] (filled in on the ward with
[[Hollie Dunmore|name]])	Mum	My kids visit me on Saturdays and Wednesdays. I feel more like myself. I know I got poorly again	That
they will
take my kids. That my mum is too tired. That I will be alone at [[Priestley House|address]] with the neighbour	The injection instead of
tablets (I forget). A care coordinator who comes to the house. My kids home for Christmas
5	[[05/12/2026|date]] 11:30:22	[[05/12/2026|date]] 11:36:45	[[andre.wallace85@icloud.com|email]]	[[Andre Wallace|name]]	Dad
of
[[Tianna|name]]	[[Tianna|name]] is strong like her mum	She is doing too much	[[Tianna|name]] with me [[23rd|date]] to
[[27th December|date]]
at [[Thornton Heath|place]] ([[07440 716 208|phone]])
6	[[07/12/2026|date]] 08:55:10	[[07/12/2026|date]]
09:14:38	[[nadebisiclarke@willowfield.waltham.sch.uk|email]]	[[Ngozi Adebisi-Clarke|name]]	School (pastoral lead,
[[Willowfield School|school]])	Attendance back to 96% since [[23 November|date]]. Young carers club. Good relationships with Mr
[[Szymanski|name]] and with her friend [[Amara Osei|name]]	Tiredness on Mondays. She has told nobody else in her year about her mum	A
plan
for the day Mum comes home so that [[Tianna|name]] knows who is doing what. Keep the school in the loop
7	[[07/12/2026|date]] 15:20:03	[[07/12/2026|date]] 15:31:19	[[bogunleye@nelft.nhs.uk|email]]	[[Bisi Ogunleye|name]]	Care
coordinator
(EIP)	[[Michelle|name]] has agreed to the depot (aripiprazole LAI) from [[14/12|date]]; discharge planned for [[18 December|date]] to her
mother's for 2 weeks then home with daily visits from the home treatment team	Relapse risk after Christmas; the dispute with her
neighbour,
Mr [[Dar|name]]	Housing transfer (letter sent [[06/12|date]]); Carers assessment for Mrs [[Brissett|name]]; [[Tianna|name]] to have the
crisis line number and know it is not her job
"""),
]

# --- D. Miah / Begum family (British Bangladeshi, Sylheti), Seven Kings, Ilford -----------------------------------------

HOME_D = d.Address("63 Meads Lane", "Seven Kings", "Ilford", "IG3 8QJ")
CHACHA_D = d.Address("Flat 6, 21 New Road", "Whitechapel", "London", "E1 1HE")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Rayhan", "Miah")], dt.date(2013, 1, 26), addresses=[HOME_D], phones=["07411 890 245"],
       ids=["6140949033", "C317018915833"], schools=["Seven Kings School"]),
    _p("s", "sibling", [("Sumaiya", "Miah")], dt.date(2010, 8, 9), addresses=[HOME_D], ids=["U317205314220"],
       schools=["Valentines High School"]),
    _p("s2", "sibling", [("Zakariya", "Miah")], dt.date(2022, 5, 5), addresses=[HOME_D], ids=["4094813306"]),
    _p("m", "mother", [("Shahanara", "Begum")], dt.date(1988, 3, 14), addresses=[HOME_D], phones=["07466 302 917"],
       ids=["7274754157", "SB 40 18 26 C"]),
    _p("f", "father", [("Abdul Mannan", "Miah")], dt.date(1982, 9, 1), addresses=[HOME_D], phones=["07983 145 620"],
       ids=["PM 81 22 69 A"]),
    _p("u", "other", [("Shahid", "Miah")], None, addresses=[CHACHA_D], phones=["07723 669 014"]),
    _p("g", "grandparent", [("Rokeya", "Khatun")], phones=["+880 1711-458203"]),
    _p("p1", "professional", [("Niamh", "Costello")], phones=["020 8708 3319", "07393 118 762"],
       emails=["niamh.costello@rodingvale.gov.uk"]),
    _p("p2", "professional", [("Bronwen", "Ellery")], phones=["020 8970 8311"], emails=["bronwen.ellery@nhs.net"]),
], "c")

DOCS_D = [
    ("paediatric diabetes clinic letter", """Barking, Havering and Redbridge University Hospitals NHS Trust
King George Hospital - Children's Diabetes Service
[[Barley Lane|address]], [[Goodmayes|place]], [[Ilford|place]] [[IG3 8YB|postcode]]    Diabetes nurses: [[020 8970 8311|phone]]

Clinic date: [[3 November 2026|date]]    Typed: [[5 November 2026|date]]

Dr [[S. Rahman|name]]
Seven Kings Health Centre (GP)

Dear Dr [[Rahman|name]],

[[Rayhan MIAH|name]]    DOB [[26/01/2013|dob]]    NHS [[614 094 9033|nhs]]    Hosp no. KG7730215
[[63 Meads Lane|address]], [[Seven Kings|place]], [[IG3 8QJ|postcode]]

Diagnosis: Type 1 diabetes (diagnosed [[14 February 2021|date]]), on multiple daily injections (NovoRapid and Tresiba) with a
FreeStyle Libre 2 sensor. Diabetic ketoacidosis x3 in the last 12 months ([[18/01/2026|date]], [[30/06/2026|date]], [[22/10/2026|date]]; the
last one moderate, 2 nights on the high dependency bay of Ward Sunrise).
HbA1c: 103 mmol/mol (was 71 a year ago). Weight 39.2 kg (9th centile, down from 25th). Height 151 cm.
Clinic attendance: seen today; not brought on [[12/05/2026|date]], [[04/08/2026|date]] and [[15/09/2026|date]].

I saw [[Rayhan|name]] today with his mother, Mrs [[Shahanara Begum|name]], his sister [[Sumaiya|name]] (16), who interpreted at first,
and then with a Sylheti interpreter, Ms [[Shelina Akter|name]], by phone, when it became clear that [[Sumaiya|name]] was being asked
to say difficult things to her mother. Our diabetes nurse specialist, [[Bronwen Ellery|name]], and our psychologist, Dr [[Farah
Siddiqui|name]], joined.

[[Rayhan|name]] told me he "forgets" his lunchtime insulin at school and often does not scan. The Libre data show that on most
days no rapid-acting insulin is given between breakfast and dinner, and that there are several days with no scans at all.
He admitted, when we talked alone, that he sometimes skips insulin "to lose weight" because boys at school called him "fat"
last year, and that he "hates being different". He is not eating much. This raises the possibility of disordered eating
with insulin restriction, which is dangerous. Dr [[Siddiqui|name]] will see him weekly.

Mrs [[Begum|name]] said that she cannot read the app and does not know how to work out the doses; [[Rayhan|name]]'s father, Mr [[Abdul
Mannan Miah|name]], used to do it but now works six days a week at a restaurant in [[Southend-on-Sea|place]] and comes home after 1am.
She looks after [[Zakariya|name]] (4), who has a speech delay, and has been low in mood since her own mother, in [[Sylhet|place]], became
ill. [[Sumaiya|name]] has been drawing up her brother's doses before school. Mrs [[Begum|name]] was upset and said: "I am his mother,
I should know this. Nobody taught me in Bangla."

Plan
1. Education sessions at home in Sylheti with [[Bronwen|name]] and the interpreter (weekly for 6 weeks), and the Libre app set
   to share alerts with Mr [[Miah|name]]'s phone ([[07983 145 620|phone]]) and with the school.
2. A school visit by [[Bronwen|name]] to update the individual healthcare plan with [[Seven Kings School|school]] (Mr
[[Gurdeep Sohal|name]], Head
   of Year 9).
3. Weekly psychology for [[Rayhan|name]] (Dr [[Siddiqui|name]]); screening for an eating disorder (CAMHS eating disorders team if needed).
4. A referral to children's social care under our Was Not Brought and medical neglect pathway - discussed with Mrs [[Begum|name]]
   today, who agreed. I have spoken to the Roding Vale front door ([[Niamh Costello|name]], [[07393 118 762|phone]]). This is not because
   we think the family does not love [[Rayhan|name]]; it is because he has been in intensive care-level danger three times this
   year and the family needs more help than we can give alone.
5. Review in clinic in 4 weeks: [[1 December 2026|date]] at 14:30.

Yours sincerely,

Dr [[Helen Forsyth|name]]
Consultant Paediatrician (Diabetes)
cc: Mr and Mrs [[Miah|name]] (translated copy in Bengali); [[Niamh Costello|name]], Social Worker; School Nursing Team (Redbridge)
"""),
    ("glucose monitoring report exported with a nurse's annotations", """LibreView - AGP Report: Continuous Glucose Monitoring
        Generated [[30/11/2026|date]] 17:02
Patient: [[Rayhan Miah|name]]          DOB: [[26 Jan 2013|dob]]          Clinic: KGH Children's Diabetes (BHRUT)
14 days: [[17 November 2026|date]] - [[30 November 2026|date]]          % time CGM active: 58% (target > 70%)
Connected people: [[Shahanara Begum|name]] (LibreLinkUp), [[Abdul M Miah|name]] (LibreLinkUp), School - [[Seven Kings|school]] medical room

GLUCOSE STATISTICS AND TARGETS
Average glucose 16.8 mmol/L    GMI 10.5%    Glucose variability 41.2%
Time in ranges: Very high (>13.9) 52% | High (10.1-13.9) 21% | In range (3.9-10.0) 24% | Low 2% | Very low 1%

DAILY GLUCOSE PROFILES (with annotations added by DSN [[B. Ellery|name]] for the multi-agency meeting on [[2 December 2026|date]])
Tue [[17/11|date]]  Sensor started 19:40 (new sensor applied at home visit by [[Bronwen|name]] and [[Sumaiya|name]])
Wed [[18/11|date]]  No school lunch dose. Peak 24.1 at 16:10. Note: Mr [[Sohal|name]] says [[Rayhan|name]] skipped the medical room.
Thu [[19/11|date]]  Lunch dose given (school nurse [[Maryam Qureshi|name]] watched). Best day of fortnight: 71% in range.
Fri [[20/11|date]]  Jumu'ah - at the mosque with his chacha [[Shahid|name]] in [[Whitechapel|place]] after school, stayed over. Scans x2
only.
Sat [[21/11|date]]  Signal loss 02:00-13:00. [[Rayhan|name]]: "phone died at [[Shahid|name]] chacha's".
Sun [[22/11|date]]  Hypo 3.1 at 11:20 (treated: Lucozade, per [[Sumaiya|name]]). High after biryani at a wedding in [[Barking|place]].
Mon [[23/11|date]]  Ketones 1.2 at 22:00 (home meter). Dad woke up and gave a correction dose; rang the on-call (Dr [[Owusu|name]]?)
Tue [[24/11|date]]  No data (sensor fell off at PE). Spare sensor used [[25/11|date]] 08:10 in the medical room.
Wed [[25/11|date]]  Mum's first home session with the interpreter done; Mum scanned him herself 4 times - well done.
Thu [[26/11|date]]  All doses given. 68% in range.
Fri [[27/11|date]]  Lunch dose missed. [[Rayhan|name]] told [[Maryam|name]] he had "a detention". Mr [[Sohal|name]] checked: no detention.
Sat [[28/11|date]]  Mostly high. Trip to [[Southend|place]] seafront with Dad (rare day off) - he was pleased to go.
Sun [[29/11|date]]  Ketones 0.4. Doses given at home, logged by [[Zakariya|name]]'s "helping" (Mum's words).
Mon [[30/11|date]]  Report downloaded.

Attendees at the meeting on [[2 December 2026|date]] (added after): [[Niamh Costello|name]] (SW, chair); Mrs [[Shahanara Begum|name]]
with Ms [[Shelina Akter|name]]; Mr [[Abdul Mannan Miah|name]] (by phone from work); [[Bronwen Ellery|name]]; Dr [[Farah Siddiqui|name]]; Mr
[[Gurdeep
Sohal|name]] and [[Maryam Qureshi|name]] (school); [[Hasina Uddin|name]] (Early Help, Roding Vale family hub); apologies: Dr
[[Helen Forsyth|name]].

Summary for the meeting ([[B. Ellery|name]], DSN): some improvement when an adult gives or watches the dose (home on
weekdays after Mum's training; school when the nurse is present). Lunchtime at school and weekends away remain the gaps.
[[Rayhan|name]] says he is "trying"; his weight is up 0.4 kg. Risk: still high. Suggest: supervised lunch dose every day; a
plan with chacha [[Shahid Miah|name]] ([[07723 669 014|phone]]) for the Friday stays; Dad's alerts switched on (they were
muted - he said the phone "kept going off at work").
"""),
]

DOCS_D += [
    ("school's individual healthcare plan", """[[SEVEN KINGS SCHOOL|school]] - INDIVIDUAL HEALTHCARE PLAN (IHP)
(Supporting pupils with medical conditions at school, DfE 2015. Reviewed after DKA admission; version 4)

Pupil: [[Rayhan Miah|name]]      Form: 9KN      DOB: [[26.01.2013|dob]]      UPN: [[C317018915833|upn]]
Home address: [[63 Meads Lane|address]], [[Ilford|place]] [[IG3 8QJ|postcode]]
Medical condition: Type 1 diabetes (insulin injections by pen; FreeStyle Libre 2 sensor read on his phone)
Photo: on the medical room wall and in the staff room (with [[Rayhan|name]]'s agreement - he asked that it is not in the
classroom).
Date of this plan: [[26 November 2026|date]]          Review: [[26 February 2027|date]] or after any admission

FAMILY CONTACTS
1. Mother: Mrs [[Shahanara Begum|name]] - [[07466 302 917|phone]] (speaks Sylheti/Bengali; little English - use the school's
   Bengali-speaking staff member, Ms [[Rumana Chowdhury|name]], or the interpreting line)
2. Father: Mr [[Abdul Mannan Miah|name]] - [[07983 145 620|phone]] (at work 12:00-01:00 in [[Southend|place]]; best by text)
3. Uncle: Mr [[Shahid Miah|name]] - [[07723 669 014|phone]] (can collect in an emergency; lives in [[Whitechapel|place]], 40 minutes)
4. Sister: [[Sumaiya Miah|name]] (16, [[Valentines High School|school]]) - NOT to be called to come out of her own school (decision
   of the meeting on [[02/12/2026|date]]); may be texted for information only.

CLINICAL CONTACTS
Children's diabetes nurses, King George Hospital: [[Bronwen Ellery|name]] [[020 8970 8311|phone]] (Mon-Fri 08:30-16:30); out of hours
on-call via the hospital switchboard. GP: Dr [[Rahman|name]]. School nurse: [[Maryam Qureshi|name]] (Tue/Thu in school).
Social worker: [[Niamh Costello|name]], Roding Vale Council, [[07393 118 762|phone]] (Child in Need plan).

DAILY CARE IN SCHOOL
- Break (10:50): [[Rayhan|name]] scans; if below 4.0, treat a hypo (below).
- Lunch (12:45): [[Rayhan|name]] goes to the medical room FIRST, scans, counts carbs (school canteen menu has carb values;
  the catering manager, Mrs [[Bev Tozer|name]], has a list), and gives his NovoRapid in front of a trained adult
  ([[Maryam Qureshi|name]], or Mr [[Kwabena Asante-Lowe|name]], Ms [[Rumana Chowdhury|name]] or Mrs [[Tozer|name]], all trained by
  [[Bronwen|name]] on [[25/11/2026|date]]). The adult signs the log. If [[Rayhan|name]] has not arrived by 12:55, the trained adult
  finds him. This is not a punishment; it is his medicine.
- PE: scan before; carry a hypo kit; no PE if above 14 with ketones.
- Exams and trips: extra time for checks; a trained adult on every trip (the Year 9 trip to Colchester Zoo on
  [[14 January 2027|date]] - [[Rayhan|name]] is going).

HYPO (below 4.0): Lift Glucojuice or 4 jelly babies; re-check in 15 min; then a biscuit. Never send him alone.
HYPER (above 14): check ketones; if above 1.5, phone parents AND the diabetes team; if vomiting or drowsy, 999.

EMOTIONAL WELLBEING
[[Rayhan|name]] has told Dr [[Siddiqui|name]] (psychologist) that he does not want his friends to know "everything". Agreed with
[[Rayhan|name]]: his friends [[Ilyas|name]] and [[Tommy Nwachukwu|name]] know he has diabetes and may come with him to the medical room.
Comments about his weight or food by any pupil are to be treated as bullying and logged. He has asked to be called "[[Ray|name]]".

AGREED BY: [[Rayhan Miah|name]] (signed "[[Ray M|name]]"); Mrs [[Shahanara Begum|name]] (through Ms [[Chowdhury|name]]); Mr
[[Gurdeep Sohal|name]]
(Head of Year 9); [[Bronwen Ellery|name]] (DSN); Mrs [[Parminder Dhesi|name]] (SENCo and medical conditions lead).
"""),
    ("community children's nursing home visit record", """BHRUT / NELFT CHILDREN'S COMMUNITY NURSING - DIABETES HOME VISIT RECORD
(interpreter-assisted)
Child: [[Rayhan Miah|name]] ([[রায়হান|name]])   DOB [[26/01/2013|dob]]   NHS [[6140949033|nhs]]
Visit: Wednesday [[9 December 2026|date]], 16:30-18:10, at home, [[63 Meads Lane|address]], [[Seven Kings|place]]
Staff: [[Bronwen Ellery|name]] (DSN) and [[Kirsty Doherty|name]] (paediatric dietitian)
Interpreter: Ms [[Shelina Akter|name]] (Sylheti, in person; booked through the trust; checked she does not know the family)
Present: [[Rayhan|name]], mother Mrs [[Shahanara Begum|name]], [[Zakariya|name]] (4), and for the last 40 minutes father, Mr [[Abdul Mannan
Miah|name]] (his day off). [[Sumaiya|name]] was upstairs revising and came down at the end.

Session 6 of 6 (education in Sylheti)
Mum carb-counted the family's evening meal herself, using the photo book we made in week 3 (rice 1 cup = 45 g; roti 1 =
30 g; daal 1 bowl = 20 g), and worked out [[Rayhan|name]]'s dose using his ratio (1:10) with one small error, which she found
herself on re-checking. Excellent progress. She has written the ratios in Bengali on the fridge: "[[রায়হান|name]] - সকাল 1:8,
দুপুর 1:10, রাত 1:10". She said, through Ms [[Akter|name]]: "Now I am not afraid of the app."
Dad has switched on LibreLinkUp alerts; he showed us an alert he answered from work on [[6/12|date]] by ringing [[Rayhan|name]]. He says
his boss at the restaurant ("[[Jamal|name]] bhai") lets him take calls now. He asked for an evening appointment for the next
clinic so that he can come. Agreed ([[5 January 2027|date]], 17:00 clinic).

[[Rayhan|name]]
Seen alone for 10 minutes (with the dietitian, in English). He says school lunch doses are "fine now, it's boring but fine" and
that he likes Mr [[Asante-Lowe|name]] in the medical room "because he talks about Arsenal". He says nobody has called him fat this
term. He has put on 1.1 kg since [[3 November|date]]. He did not want to talk about not giving insulin to lose weight, but said
"I don't do that any more, I nearly died, I'm not stupid". He is seeing Dr [[Siddiqui|name]] weekly and says it is "weird but OK".

Family and home
The house is clean and warm; [[Rayhan|name]] shares a room with [[Zakariya|name]]. A picture of the children's nanu, Mrs [[Rokeya
Khatun|name]] ([[রোকেয়া খাতুন|name]]), on the wall: Mum said she is in hospital in [[Sylhet|place]] and that she speaks to her every day
([[+880 1711-458203|phone]]). Mum wants to go to Bangladesh for a month in the spring; we discussed insulin, sensors, travel
letters and cool bags, and that [[Rayhan|name]] should go only with a plan agreed by the diabetes team (Dad to go as well). Dad's
brother, [[Shahid|name]] chacha, has asked for training for the Friday stays: booked for [[16/12/2026|date]] at clinic.
[[Sumaiya|name]] told us she has stopped doing her brother's doses "because Mum does it now". She was smiling.
[[Zakariya|name]] has an appointment for a speech and language assessment at the [[Loxford|place]] children's centre on [[20/01/2027|date]].

Plan: education programme complete; three-weekly calls; HbA1c at clinic on [[5/1/2027|date]] (expected to be lower). Copy to
[[Niamh Costello|name]] (SW) for the Child in Need review on [[15 December 2026|date]], with Mr and Mrs [[Miah|name]]'s consent.
[[B. Ellery|name]], DSN, [[9/12/2026|date]]
"""),
]

# --- E. Ivanova / Petrova / Dimitrov family (Bulgarian), Cliftonville, Margate ----------------------------------------

HOME_E = d.Address("Room 4, 19 Harold Road", "Cliftonville", "Margate", "CT9 2HS")
UNCLE_E = d.Address("33 Norfolk Road", "Cliftonville", "Margate", "CT9 2HU")
GRAN_E = d.Address("ul. Tsar Osvoboditel 48", "", "Shumen", "9700")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Nikol", "Petrova")], dt.date(2012, 7, 2), addresses=[HOME_E], phones=["07441 203 966"],
       ids=["6566094873", "R886928822612"], schools=["Hartsdown Academy"]),
    _p("s", "sibling", [("Aleks", "Dimitrov")], dt.date(2015, 4, 19), addresses=[HOME_E], ids=["6608293925", "X886119720533"],
       schools=["Northdown Primary School"]),
    _p("s2", "sibling", [("Viktoria", "Dimitrova")], dt.date(2026, 2, 27), addresses=[HOME_E], ids=["4379324605"]),
    _p("m", "mother", [("Desislava", "Ivanova")], dt.date(1994, 11, 6), addresses=[HOME_E], phones=["07404 552 718"],
       ids=["TP 83 04 61 D"]),
    _p("f", "father", [("Georgi", "Dimitrov")], dt.date(1990, 1, 23), addresses=[HOME_E], phones=["07932 118 045"],
       ids=["SX 52 71 94 B"]),
    _p("u", "other", [("Plamen", "Dimitrov")], None, addresses=[UNCLE_E], phones=["07511 846 302"]),
    _p("g", "grandparent", [("Milka", "Ivanova")], None, addresses=[GRAN_E], phones=["+359 88 745 2031"]),
    _p("p1", "professional", [("Harriet", "Sayer")], phones=["03000 416 118"], emails=["harriet.sayer@wantsumvale.gov.uk"]),
    _p("p2", "professional", [("Joanna", "Rowbotham")], phones=["01843 227 957"], emails=["jrowbotham@northdown.kent.sch.uk"]),
], "c")

DOCS_E = [
    ("multi-agency labour exploitation operation welfare visit record", """OPERATION TIDEWAY (Kent Police / GLAA / Wantsum Vale Council /
HMRC) - MULTI-AGENCY VISIT
WELFARE AND SAFEGUARDING RECORD - PERSON SPOKEN TO
Site: Sparkle Valet hand car wash, [[Northdown Road|address]], [[Margate|place]] (former petrol station)       Date: [[29/09/2026|date]]
10:00
Record made by: [[Steph Garside|name]] (GLAA Labour Abuse Prevention Officer), with DC [[Aaron Bellingham|name]] (Kent Police Modern
Slavery and Organised Immigration Crime Unit) and [[Harriet Sayer|name]] (Social Worker, Wantsum Vale Council - for the children)
Interpreter: Mrs [[Radostina Velcheva|name]] (Bulgarian), in person

PERSON 3 OF 7
Name given: [[Georgi DIMITROV|name]] (known as "[[Zhoro|name]]")     DOB: [[23.01.1990|dob]]     Nationality: Bulgarian (EU Settled Status:
pre-
settled, checked on the day)     NI no: [[SX 52 71 94 B|ni]] (produced from memory; a card held by "the boss")
Mobile: [[07932 118 045|phone]]     Lives at: [[Room 4, 19 Harold Road|address]], [[Cliftonville|place]], [[CT9 2HS|postcode]] (a house of
multiple occupation owned, he says, by his employer)
Household at that address: partner [[Desislava IVANOVA|name]] ("[[Desi|name]]", 31), her daughter [[Nikol PETROVA|name]] (14), their son
[[Aleks DIMITROV|name]] (11) and their baby [[Viktoria|name]] (7 months). One room, 12 m2, two double mattresses and a cot; a shared
kitchen and bathroom with six other adults.

His account (through the interpreter)
Came to the UK in March 2024? (he could not give the date; "after Baba Marta") with his brother, [[Plamen|name]], who lives on
[[Norfolk Road|address]]. Recruited in [[Shumen|place]] by a man known as "[[Kolyo|name]]" ([[Nikolay Stanev|name]], believed to be the car
wash's operator; BMW X5, [[YR21 OKM|vehicle]], seen on site). Works 08:00-19:00, seven days a week. Paid £40 a day in cash, from which
£150 a week is kept back for "the room" and £20 a week for "transport" (a van, [[GN68 WTP|vehicle]], driven by [[Kolyo|name]]'s cousin,
[[Emil|name]]). His bank card and the family's passports are kept by "bay [[Kolyo|name]]" "for safety". He has no payslips. He
said he owes [[Kolyo|name]] "1,800" for the travel and the deposit, and that if he leaves his family will be "on the street". He
was nervous and kept looking at the office (where [[Stanev|name]] was being interviewed by HMRC officer [[Lucy Hambrook|name]]).

Indicators noted: retention of documents; debt; tied accommodation; excessive deductions; long hours; no PPE (chemical
burns on both hands - advised GP); fear. NRM explained; he did not consent today ("not now, he will know"). Duty to
Notify form completed by DC [[Bellingham|name]] (anonymous). Given the Modern Slavery Helpline card in Bulgarian.

The children ([[H. Sayer|name]])
[[Georgi|name]] said [[Nikol|name]] "has no school here yet - the school is full" and that she looks after the baby while [[Desi|name]]
works
mornings cleaning at a hotel in [[Broadstairs|place]]. [[Aleks|name]] goes to [[Northdown Primary|school]] "but he doesn't hear well" and
has "a paper from the hospital" they could not follow. [[Viktoria|name]] has not been seen by a health visitor ("nobody came").
Consent to visit the family at home today was given; visited at 13:30 with Mrs [[Velcheva|name]] - see the case note. Referral to
the Children Missing Education officer ([[Wendy Foat|name]]) and to the health visiting team (HV [[Caroline Fagg|name]]) made the same
day. [[Georgi|name]] asked that "nobody tells [[Kolyo|name]] about the children, he said children are a problem".

Other people spoken to on site (records 1, 2 and 4 to 7): [[Todor Marinov|name]]; [[Ivaylo Georgiev|name]]; [[Mihai Rusu|name]] (Romanian,
with a Romanian interpreter by phone, [[Ioana Pop|name]]); [[Sevgin Ahmedov|name]]; [[Hristo Kanev|name]]; [[Emil Stanev|name]] (the van
driver,
the operator's cousin; he refused to give his date of birth). The site's "manager", [[Dancho Yordanov|name]], was not present.

Outcome on site: the operator arrested (s1 Modern Slavery Act 2015; released under investigation). Six workers given advice;
two accepted the NRM and went with the Salvation Army. [[Georgi|name]] went home at 14:00 with his passport, which was found in
the office safe (those of [[Desi|name]] and the children were not found).
Signed: [[S. Garside|name]] ([[steph.garside@gla.gov.uk|email]])     Countersigned: DC [[A. Bellingham|name]] 4471
"""),
    ("Facebook Messenger chat translated from Bulgarian", """[Facebook Messenger chat between [[Desislava Ivanova|name]] (account
"[[Деси Иванова|name]]") and her mother,
[[Milka Ivanova|name]] in [[Shumen|place]] (saved as "Мама ❤️"). Shown by [[Desi|name]] to [[Harriet Sayer|name]] on [[14/10/2026|date]] and
copied with
her agreement. Bulgarian in Cyrillic, some in Latin letters ("shliokavitsa"); translated by [[Radostina Velcheva|name]], interpreter.
Voice messages are summarised.]

[[29.09.2026|date]] г., 19:42 - Мама ❤️: [[Десе|name]], какво стана? [[Пламен|name]] писа на [[Жоро|name]] че полиция имало ([[Desi|name]],
what happened? [[Plamen|name]]
wrote to [[Zhoro|name]] that there were police)
[[29.09.2026|date]] г., 19:50 - [[Деси Иванова|name]]: mamo vsichko e ok. vzeli sa [[Kolyo|name]]. [[Zhoro|name]] si vzel pasporta (mum it's
all ok.
they took [[Kolyo|name]]. [[Zhoro|name]] got his passport back)
[[29.09.2026|date]] г., 19:51 - [[Деси Иванова|name]]: социалната дойде вкъщи. една висока жена, [[Хариет|name]] (the social [worker] came
home.
a tall woman, [[Harriet|name]])
[[29.09.2026|date]] г., 19:53 - Мама ❤️: Ще ви вземат ли децата?!?! (Will they take the children?!?!)
[[29.09.2026|date]] г., 20:05 - [[Деси Иванова|name]]: не мамо. каза че [[Ники|name]] трябва да ходи на училище и [[Алекс|name]] на уши
доктор. и
[[Вики|name]] да я види сестра (no mum. she said [[Niki|name]] has to go to school and [[Aleks|name]] to an ear doctor. and a nurse to
see [[Viki|name]])
[[30.09.2026|date]] г., 08:15 - Мама ❤️: Voice message, 1:40: she says she told the neighbour, [[Kina|name]], who says in England they take
children for nothing, and that [[Desi|name]] should come home to [[Shumen|place]] with the children "before it is too late".
[[30.09.2026|date]] г., 08:31 - [[Деси Иванова|name]]: mamo ne. tuk e po-dobre. samo tryabva da mahnem ot toya [[Kolyo|name]] (mum no. it's
better
here. we just have to get away from this [[Kolyo|name]])
[[02.10.2026|date]] г., 21:10 - [[Деси Иванова|name]]: [[Ники|name]] пак плака. не иска да ходи в [[Хартсдаун|school]]. казва че не разбира
нищо
([[Niki|name]] cried again. she doesn't want to go to [[Hartsdown|school]]. she says she doesn't understand anything)
[[02.10.2026|date]] г., 21:14 - Мама ❤️: Дай ми я. (Give her to me.)
[[02.10.2026|date]] г., 21:14 - Мама ❤️: Missed video call
[[02.10.2026|date]] г., 21:30 - Мама ❤️: Voice message, 3:05 (to [[Nikol|name]]): her grandmother tells her that she was also
afraid when she went to the school in [[Varna|place]] at 14, that her cousin [[Teodora|name]] in [[Peterborough|place]] learned English in
one year, and to "sit next to the Bulgarian girl".
[[06.10.2026|date]] г., 16:02 - [[Деси Иванова|name]]: има едно момиче [[Сияна|name]] от [[Каспичан|place]]!!! в нейния клас (there is a
girl
[[Siyana|name]] from [[Kaspichan|place]]!!! in her class)
[[06.10.2026|date]] г., 16:03 - Мама ❤️: 🙏🙏🙏 Слава Богу (Thank God)
[[09.10.2026|date]] г., 11:20 - [[Деси Иванова|name]]: [[Жоро|name]] започна нова работа в склад в [[Манстън|place]], с договор! 11.44 на
час
([[Zhoro|name]] started a new job in a warehouse at [[Manston|place]], with a contract! 11.44 an hour)
[[09.10.2026|date]] г., 11:21 - [[Деси Иванова|name]]: и [[Пламен|name]] ни намери стая при една англичанка, мисис [[Ан|name]], в
[[Рамсгейт|place]]. от
ноември (and [[Plamen|name]] found us a room with an English lady, Mrs [[Ann|name]], in [[Ramsgate|place]]. from November)
[[09.10.2026|date]] г., 11:25 - Мама ❤️: Боже, [[Десе|name]]! Най-после. Целувки на всички. Баба [[Милка|name]] ги обича (God,
[[Desi|name]]! At last.
Kisses to everyone. Grandma [[Milka|name]] loves them)
[[12.10.2026|date]] г., 18:40 - [[Деси Иванова|name]]: [[Алекс|name]] има час в болницата на [[20-ти|date]]. ще му дадат слухов апарат може
би ([[Aleks|name]]
has an appointment at the hospital on the [[20th|date]]. they might give him a hearing aid)
[[12.10.2026|date]] г., 18:41 - Мама ❤️: Кажи му баба го чака за Коледа (Tell him grandma is waiting for him at Christmas)
"""),
]

DOCS_E += [
    ("audiology clinic letter", """East Kent Hospitals University NHS Foundation Trust
Paediatric Audiology - Queen Elizabeth The Queen Mother Hospital, [[St Peters Road|address]], [[Margate|place]] [[CT9 4AN|postcode]]
Tel: [[01843 225 118|phone]] (audiology bookings)

[[21 October 2026|date]]

To the parents of [[Aleks Dimitrov|name]]
[[Room 4, 19 Harold Road|address]]
[[Cliftonville|place]], [[Margate|place]] [[CT9 2HS|postcode]]

Copies: Dr [[Olusegun Bankole|name]], GP (The Limes Surgery? - registered [[02/10/2026|date]]); Mr [[Rajiv Kapadia|name]], Consultant ENT
Surgeon; Mrs [[Joanna Rowbotham|name]], Inclusion Lead, [[Northdown Primary School|school]]; the Sensory Support Service (Hearing);
[[Harriet Sayer|name]], Social Worker, Wantsum Vale Council (with parents' consent)

Dear Mr [[Dimitrov|name]] and Ms [[Ivanova|name]],

Re: [[Aleks DIMITROV|name]], date of birth [[19 April 2015|dob]], NHS number [[660 829 3925|nhs]]

Thank you for bringing [[Aleks|name]] to clinic on [[20 October 2026|date]] with your interpreter, Mrs [[Velcheva|name]]. This letter
explains the results and the plan. A copy in Bulgarian will follow.

Background. [[Aleks|name]] was referred by the school nurse, [[Tanya Rolfe|name]], in July 2026 after he failed a hearing screen
at school. Two appointments (on [[4 August 2026|date]] and [[8 September 2026|date]]) were missed; you told me that the letters went to
an old address and that you could not take time off work. You told me that in Bulgaria he had "many ear infections" and an
operation at 4 (grommets, at a hospital in [[Varna|place]]), and that a doctor in [[Shumen|place]] said in 2023 that he needed
hearing aids, but you could not afford them.

What we found. [[Aleks|name]] has a moderate hearing loss in both ears (about 50 dB), of the "glue ear" type on the left and a
mixed type on the right. The right eardrum has a small hole (perforation). This level of hearing loss means that in a
classroom he will miss much of what is said, especially with background noise, and in a new language. This may explain
why his teacher, Mr [[Ashley Rook|name]], thought he was "ignoring" instructions, and why he is behind in his reading.

The plan.
1. Hearing aids for both ears: fitting on Thursday [[5 November 2026|date]] at 09:30 in this department (free on the NHS).
2. An appointment with Mr [[Kapadia|name]] (ENT) about the perforation: [[26 November 2026|date]], at the William Harvey Hospital,
   [[Ashford|place]] (transport can be arranged - please ring [[01843 225 118|phone]]).
3. A Teacher of the Deaf, Ms [[Carys Penhaligon|name]], will visit [[Aleks|name]] at school and advise on a radio aid and seating.
4. Please keep water out of his right ear when he swims or has a shower (cotton wool with Vaseline).

[[Aleks|name]] was a delight: he told me (in English!) that he supports Ludogorets and that he wants to be a footballer "like
my uncle [[Plamen|name]]". When we tested him with the headphones he said "finally I can hear the birds". His sister [[Nikol|name]]
came with you and helped him settle; I understand that she is starting at [[Hartsdown Academy|school]] soon, and that the baby,
[[Viktoria|name]], has now been seen by the health visitor, Ms [[Fagg|name]].

Not brought. I must explain that if children do not come to important hearing appointments, we are required to tell their
GP and, where we are worried, children's social care. I am pleased that we now have your mobile numbers ([[07404 552 718|phone]]
and [[07932 118 045|phone]]) and your new address from [[1 November|date]] ([[14 Grange Road|address]], [[Ramsgate|place]]
[[CT11 9LR|postcode]]).

Yours sincerely,

[[Gwen Pattle|name]]
Principal Paediatric Audiologist
"""),
    ("school EAL induction profile", """[[HARTSDOWN ACADEMY|school]] - EAL NEW ARRIVAL INDUCTION PROFILE
Completed by: [[Magdalena Nowicka|name]] (EAL coordinator) with the student and her mother, interpreter Mrs [[R. Velcheva|name]]
Date of interview: [[19 October 2026|date]]     First day in school: [[20 October 2026|date]]     Tutor group: 9W (Mr
[[Liam Shrubsall|name]]? -
no: Ms [[Beth Shrubsall|name]])

STUDENT
Legal name: [[PETROVA, Nikol Stoyanova|name]]      Preferred name: [[Niki|name]]      DOB: [[02/07/2012|dob]] (14)      UPN:
[[R886928822612|upn]]
NHS: [[656 609 4873|nhs]] (registered with the GP [[02/10/2026|date]])
Home language(s): Bulgarian (also understands some Turkish - "from the neighbours in [[Shumen|place]]")
Address: [[Room 4, 19 Harold Road|address]], [[CT9 2HS|postcode]] -> from [[01/11/2026|date]] [[14 Grange Road|address]], [[Ramsgate|place]]
Parents / carers: [[Desislava Ivanova|name]] (mother), [[07404 552 718|phone]]; [[Georgi Dimitrov|name]] (stepfather),
[[07932 118 045|phone]]
Birth father: [[Stoyan Petrov|name]], [[Varna|place]] - no contact since 2019; no PR issues (mother has sole custody under a Bulgarian court
order, copy
seen)
Arrived in the UK: [[14 June 2026|date]] (via [[Dover|place]] by coach)     Time out of education: about 5 months (UK) + the end of
the Bulgarian school year

PREVIOUS SCHOOLING
Attended [[СУ "Сава Доброплодни"|school]]? - mother unsure of the number - a secondary school in [[Shumen|place]], to the end of grade 7 (=
Year 8).
Report brought: grades 5 and 6 (out of 6) in maths and biology, 4 in Bulgarian literature; English 3 ("the teacher was always
ill"). Favourite subject: biology ("I want to be a vet"). Best friend at home: [[Ralitsa|name]].

ENGLISH ON ARRIVAL (Bell Foundation bands): Listening B, Speaking A, Reading B, Writing A.
Maths baseline (in Bulgarian): at or above age-related expectations - fractions, equations, angles all secure.

WELLBEING AND SAFEGUARDING (EAL coordinator to DSL, Mr [[Kieran Doyle|name]])
- [[Niki|name]] has cared for her baby sister, [[Viktoria|name]], most mornings since June, while her mother worked. She said she
  liked it "but it is boring and my back hurts from carrying her on the stairs".
- She shares one room with four family members; she does homework on the landing. Housing move due [[1 November|date]].
- She was very quiet, looked at her mother before answering; she cried when asked about her friends in Bulgaria.
- Known to children's social care (SW [[Harriet Sayer|name]], [[03000 416 118|phone]]) after a police operation at her stepfather's
workplace.
- She asked whether she will be "sent back to year 8" because of her English - reassured: Year 9 by age.
- No medical needs; glasses (needs new ones - left in [[Shumen|place]]); vaccinations to check with the school nurse.

SUPPORT PLAN (first 6 weeks)
- Buddy: [[Siyana Koleva|name]] (9R, Bulgarian, from [[Kaspichan|place]]) and an English-speaking buddy, [[Poppy Goodban|name]] (9W).
- EAL withdrawal: 4 x 1 hour a week with Mrs [[Nowicka|name]]; Bulgarian-English bilingual dictionary allowed in exams.
- Top set maths; science with a bilingual glossary; a Bulgarian GCSE in Year 10 (entry through the Bulgarian Saturday school,
  "[[Vasil Levski|school]]" school in [[Canterbury|place]]? - check).
- Free school meals applied for; uniform grant from the [[Hartsdown|school]] hardship fund (£120); bus pass from [[Ramsgate|place]] from
November.
- Check-in with her tutor every Monday; a lunchtime club (Art club, Room D14) - she likes drawing animals.

Student's own words (through the interpreter): "I want to learn English fast so I can help my mother and my brother. I want
a friend. I don't want everyone to look at me."
Signed: [[M. Nowicka|name]]          Parent: [[D. Ivanova|name]]          Student: [[Niki P.|name]]
"""),
]

# --- F. Kamara / Sesay / Conteh family (Sierra Leonean, Krio and Temne), Erith ----------------------------------------

HOME_F = d.Address("41 Brook Street", "", "Erith", "DA8 1JQ")
CHURCH_F = d.Address("Unit 3, Crabtree Manorway North", "Belvedere", "", "DA17 6AS")
GRAN_F = d.Address("27 Circular Road", "", "Freetown", "")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Mariatu", "Kamara")], dt.date(2017, 3, 15), addresses=[HOME_F], ids=["7718391744", "G303700122860"],
       schools=["Northumberland Heath Primary School"]),
    _p("s", "sibling", [("Ibrahim", "Kamara")], dt.date(2011, 10, 8), addresses=[HOME_F], ids=["B303077119371"],
       schools=["Trinity Church of England School"]),
    _p("f", "father", [("Mohamed", "Kamara")], dt.date(1980, 5, 20), addresses=[HOME_F], phones=["07949 307 612"],
       ids=["NE 35 71 02 A"]),
    _p("o", "other", [("Isatu", "Sesay")], dt.date(1992, 2, 17), addresses=[HOME_F], phones=["07480 925 133"]),
    _p("m", "mother", [("Fatmata", "Conteh")], None, addresses=[GRAN_F], phones=["+232 76 418 225"]),
    _p("g", "grandparent", [("Adama", "Conteh")], None, addresses=[GRAN_F], phones=["+232 30 554 019"]),
    _p("o2", "other", [("Emmanuel", "Koroma")], None, addresses=[CHURCH_F], phones=["07723 450 981"]),
    _p("p1", "professional", [("Bethan", "Lusk")], phones=["020 3045 5210"], emails=["bethan.lusk@crayreach.gov.uk"]),
    _p("p2", "professional", [("Grace", "Adeyemi-Holt")], phones=["01322 334 817"],
       emails=["gadeyemiholt@northumberlandheath.bexley.sch.uk"]),
], "c")

DOCS_F = [
    ("YouTube livestream and its comments", """[Copied by [[Bethan Lusk|name]] (SW) on [[4 November 2026|date]] from the public YouTube
channel "Glorious Light Deliverance TV"
and saved to the record after the strategy meeting; the video itself was downloaded by the Met (Project Violet). Display
names are shown as on the page; replies are indented.]

FRIDAY NIGHT DELIVERANCE 🔥 | Prophet [[Emmanuel KOROMA|name]] | "The Spirit of Witchcraft in Our Homes" | LIVE from
[[Belvedere|place]]
Streamed live on [[30 Oct 2026|date]]  •  1,842 views  •  Glorious Light Deliverance Ministries,
[[Unit 3, Crabtree Manorway North|address]],
[[Belvedere|place]] [[DA17 6AS|postcode]]. Give online: sort code and account in the pinned comment. WhatsApp prayer line
[[07723 450 981|phone]].

Description: Papa [[Koroma|name]] ministers deliverance to families under attack. "Many of our children are carrying
witchcraft from the village and they are eating the destiny of their parents" (Exodus 22:18). #deliverance #witchcraftexposed
#ProphetEmmanuel #Freetown #London

[Timestamp note added by SW: at 1:12:40 to 1:31:05 a girl of about 9, dressed in a white gown, is made to kneel at the front
while the prophet holds her head, shouts, and sprinkles water and oil on her; a woman who appears to be her stepmother
stands behind her. The child's face is visible. At 1:27:10 the prophet says, "This one, [[Mariatu|name]], is the one the witches
sent from [[Kissy|place]]. She will confess tonight." The girl is crying.]

COMMENTS (312)
[[Hawa Bangura|name]]  5 days ago
Glory!!! Papa your anointing is too much 🙌🙌 the little girl will be free in Jesus name
   [[Isatu Sesay|name]]  5 days ago
   Amen amen. Thank you Papa for delivering my house. Three years the spirit of darkness has been fighting us since she came
   from Salone. My husband business fall, my womb closed. Tonight is tonight
      @alimamy_kbt  5 days ago
      Sis [[Isatu|name]] God has heard you 🙏 we will fast with you
[[Yeabu Turay|name]]  5 days ago
Deaconess here. Please all the mothers in [[Erith|place]] and [[Abbey Wood|place]] come Sunday for the 3 day dry fast for our children
[[Christiana Kargbo|name]]  4 days ago
I am not comfortable with this. A child is a child. She is not a witch, she is a small girl who miss her mother. Please
take this video down. She goes to school with my daughter at [[Northumberland Heath|school]]
   Alhaji [[T. Jalloh|name]]  4 days ago
   @[[Christiana Kargbo|name]] who sent you? Sister mind your business, spiritual things are not for everybody
   [[Christiana Kargbo|name]]  4 days ago
   @Alhaji [[T. Jalloh|name]] I will mind my business when they stop showing the face of a child on YouTube. I have reported it
Glorious Light Deliverance TV  4 days ago
Pinned by Glorious Light Deliverance TV: Deliverance is not abuse. We love our children. Sow a seed of £50, £100 or £500 for
the Deliverance Crusade in [[Makeni|place]] this December.
Mummy [[Kadi|name]]  3 days ago
From [[Bo|place]] with love 🇸🇱 Papa [[Emmanuel|name]] you are blessed
[[Ibrahim K|name]]  2 days ago
thats my sister. she is not a witch. stop this
   @gl_usher_team  2 days ago
   Young man respect the man of God
   [[Ibrahim K|name]]  2 days ago
   respect who. she hasnt eaten since thursday. i am telling my teacher
[[Fatu Bangura|name]]  2 days ago
My mother [[Hawa|name]] shared this to the family group and I am ashamed. The girl needs her mother not a prophet
   [[Hawa Bangura|name]]  2 days ago
   @[[Fatu Bangura|name]] my daughter have respect. I am only praying for the child
[[Osman Kanu|name]]  2 days ago
Pastor [[Koroma|name]] was in [[Kenema|place]] 2019, same thing, they chased a small boy out of his house. Check it
Rev. [[Daniel Whitfield|name]]  1 day ago
As a minister in [[Erith|place]] I beg our brothers and sisters: no child is a witch. Call the police or the council if a child
is being starved or hurt in the name of God.
[[Sahr Momoh|name]]  1 day ago
Reported to @metpoliceuk. This is child abuse. Sierra Leoneans in the UK do not all believe this. Shame on this "prophet".
"""),
]

DOCS_F += [
    ("WhatsApp voice notes transcribed and translated from Krio", """[WhatsApp voice notes between [[Ibrahim Kamara|name]] (15) and his
mother, [[Fatmata Conteh|name]], in [[Freetown|place]] (saved
in his phone as "Mama Salone 🇸🇱"), played by [[Ibrahim|name]] to his head of year, Mr [[Tobi Ajayi|name]], at [[Trinity|school]] on
[[3 November
2026|date]] and transcribed in Krio and translated by [[Aminata Sankoh|name]], interpreter (Krio/Temne), on [[5 November 2026|date]].
Times are UK time. Some words are unclear and marked [?].]

[[01/11/2026|date]] 22:14 - [[Ibrahim|name]] (0:48)
Mama, na mi. A de kol yu bikɔs a nɔ no wetin fɔ du. Dɛn de se [[Mariatu|name]] na witch. Aunty [[Isatu|name]] kɛr am go na chɔch
Fraide, di prɔfɛt holɛ in ed, ɔl man de luk am na YouTube. Naw dɛn se i nɔ fɔ it te Sɔnde. [[Mari|name]] de kray ɔltɛm.
(Mama, it's me. I'm calling because I don't know what to do. They are saying [[Mariatu|name]] is a witch. Aunty [[Isatu|name]] took her
to church on Friday, the prophet held her head, everybody is watching it on YouTube. Now they say she mustn't eat until
Sunday. [[Mari|name]] is crying all the time.)

[[01/11/2026|date]] 22:31 - [[Fatmata|name]] (1:20)
[[Ibrahim|name]], mi pikin, lisin. Nɔ mek dɛn starv yu sista. Yu papa de? Tɛl yu papa se a se... [crying] ... [[Mohamed|name]] no se
[[Mariatu|name]] nɔ du natin. Na [[Isatu|name]] de fred bikɔs i nɔ gɛt pikin. Gi [[Mari|name]] it na nɛt we dɛn slip. Yu yɛri?
Kɔl Granny [[Adama|name]] tumara. Ɛn tɛl yu ticha.
([[Ibrahim|name]], my child, listen. Don't let them starve your sister. Is your father there? Tell your father I said... [crying]
... [[Mohamed|name]] knows [[Mariatu|name]] has done nothing. It's [[Isatu|name]] who is afraid because she has no child. Give [[Mari|name]]
food at
night when they're asleep. Do you hear? Call Granny [[Adama|name]] tomorrow. And tell your teacher.)

[[02/11/2026|date]] 07:02 - [[Ibrahim|name]] (0:35)
Mama a gi am brɛd ɛn Supa Malt na nɛt. Papa de wok nɛt shift na [[Dartford|place]] warehouse, i nɔ de ya fɔ si. Aunty [[Isatu|name]] lɔk
di fridj. A go tɛl Mista [[Ajayi|name]] tide.
(Mama, I gave her bread and Supermalt at night. Papa is working night shift at the warehouse in [[Dartford|place]], he's not here
to see. Aunty [[Isatu|name]] locked the fridge. I will tell Mr [[Ajayi|name]] today.)

[[02/11/2026|date]] 07:40 - [[Fatmata|name]] (2:05)
[Summary by the interpreter: she says she has sent [[Mariatu|name]] to [[London|place]] in 2023 "for a better life" after her father
applied for her, and that she regrets it; that in [[Freetown|place]] [[Mari|name]] was "top of her class at [[St Joseph's|school]]"; that
she has spoken to the children's grandmother, [[Adama Conteh|name]], who "is ready to take [[Mari|name]] back home to [[Kissy|place]]"; and
that [[Ibrahim|name]] must not fight his father. She gives her number for the school to ring: "[[+232 76 418 225|phone]]".]

[[02/11/2026|date]] 16:55 - [[Ibrahim|name]] (0:22)
A dɔn tɛl am. Mis [[Adeyemi-Holt|name]] na [[Mari|name]] skul dɔn kam. Pɔlis kam. Dɛn tek [[Mari|name]] go na wan fɔsta mama na
[[Sidcup|place]].
(I've told him. Mrs [[Adeyemi-Holt|name]] from [[Mari|name]]'s school came. The police came. They took [[Mari|name]] to a foster mother in
[[Sidcup|place]].)

[[02/11/2026|date]] 17:10 - [[Fatmata|name]] (0:40)
Tɛnki Gɔd. Tɛnki [[Ibrahim|name]]. Yu na man. Tɛl di sɔshal wɔka fɔ kɔl mi. Ɛn nɔ mek Pa [[Koroma|name]] nɔ kam nia [[Mari|name]] igen.
(Thank God. Thank you [[Ibrahim|name]]. You are a man. Tell the social worker to call me. And don't let Pa [[Koroma|name]] come near
[[Mari|name]] again.)

[[03/11/2026|date]] 06:30 - Granny [[Adama|name]] (forwarded by [[Fatmata|name]], 1:10, from [[+232 30 554 019|phone]])
[Summary: the grandmother blesses the children, says that her late husband "Pa [[Santigie|name]]" would "turn in his grave", and
that she will go to the Ministry in [[Freetown|place]] to ask for [[Mariatu|name]] to come to her. She mentions her house near the
clock tower in [[Kissy|place]] and a cousin, [[Sorie Conteh|name]], who is a teacher in [[Waterloo|place]] and can help with school fees.]
"""),
]

DOCS_F += [
    ("emergency protection order application extract", """FORM C110A - APPLICATION UNDER THE CHILDREN ACT 1989 FOR A CARE OR SUPERVISION
ORDER AND OTHER ORDERS
(extract: the parts completed for an emergency protection order under section 44; without notice)
Court: the Family Court at East London          Applicant: Cray Reach Council          Date issued: [[2 November 2026|date]] 15:40

Section 1 - The applicant
Name: Cray Reach Council, Children's Social Care, Civic Offices, [[2 Watling Street|address]], [[Bexleyheath|place]] [[DA6 7AT|postcode]]
Solicitor: [[Nasreen Ahmed-Lacey|name]], Cray Reach Legal Services, [[020 3045 5210|phone]]? - no, that is the social worker's number;
solicitor
by email only: [[legal.childcare@crayreach.gov.uk|email]]
Social worker: [[Bethan Lusk|name]], Assessment Team (East), [[bethan.lusk@crayreach.gov.uk|email]]

Section 2 - The child
Full name: [[Mariatu KAMARA|name]]     Gender: female     Date of birth: [[15/03/2017|dob]] (age 9)
NHS: [[771 839 1744|nhs]]     UPN: [[G303700122860|upn]]
Lives at: [[41 Brook Street|address]], [[Erith|place]], Kent [[DA8 1JQ|postcode]]     With: father and stepmother, and brother
Where the child is now: at school, [[Northumberland Heath Primary School|school]], [[Erith|place]] (police present; PC
[[Dwayne Okafor-Reid|name]],
PC [[Stacey-Ann Munro|name]])

Section 3 - The respondents
1. [[Mohamed KAMARA|name]] (father, PR), DOB [[20/05/1980|dob]], same address, [[07949 307 612|phone]]
2. [[Fatmata CONTEH|name]] (mother, PR), [[27 Circular Road|address]], [[Freetown|place]], Sierra Leone, [[+232 76 418 225|phone]]
Others to be notified: [[Isatu SESAY|name]] (stepmother, no PR), DOB [[17/02/1992|dob]], same address; [[Ibrahim KAMARA|name]] (brother,
15).

Section 5 - Grounds (s44(1)(a)) - summary of the evidence (full statement of [[Bethan Lusk|name]] attached)
a) On Friday [[30 October 2026|date]] [[Mariatu|name]] was taken by her stepmother to a "deliverance" service at Glorious Light Deliverance
   Ministries in [[Belvedere|place]], where the pastor, [[Emmanuel Koroma|name]] (who calls himself "Prophet"), named her as a witch
   in front of about 80 people and on a YouTube livestream (seen by 1,800 people), held her head, and sprinkled oil in her eyes.
b) [[Mariatu|name]] told her class teacher, Miss [[Lauren Pettman|name]], on Monday [[2 November|date]] at 09:10, that she had been made to
fast
   "since church", that her stepmother locked the fridge, that she sleeps on the floor of the kitchen "so the bad spirit does
   not go in [[Ibrahim|name]]", that she was told she will be "sent back to Africa in a box", and that she had been beaten with a
   belt "to get the witch out" on Saturday night. She was pale, drowsy and hungry at school (ate two breakfasts).
c) The school nurse ([[Nkechi Olumide|name]]) saw three linear bruises on her back and the back of her thighs.
d) Her brother, [[Ibrahim|name]] (15), told his head of year, Mr [[Tobi Ajayi|name]], the same and played voice notes from their mother.
e) Her father, contacted by phone at 11:30, said that "the church is helping us" and that he would collect her from school at
   15:15 and take her to "the prayer camp" for the half-term week. The stepmother said in a comment under the video: "Three
   years the spirit of darkness has been fighting us since she came from Salone".
f) A strategy discussion (11:45 to 12:30): SW [[Bethan Lusk|name]]; manager [[Kofi Mensah-Bright|name]]; DS [[Holly Reddington|name]] (Met,
   Project Violet and Child Abuse Investigation Team); the school DSL, Mrs [[Grace Adeyemi-Holt|name]]; the school nurse; the
   community paediatrician Dr [[Ruth Benyon|name]] by phone. Agreed: s47; police to consider police protection if the court
   cannot list today; an emergency protection order sought instead, so that the order is made by a court.

Section 6 - Orders sought
An emergency protection order for 8 days, with: a direction for a medical examination (s44(6)(b)); a direction that the
child's whereabouts are not disclosed to the respondents (s48(2)); a power to enter and search [[41 Brook Street|address]] for her
passport (s48(3)); an exclusion requirement is NOT sought. Contact: supervised, at the local authority's discretion, with her
father and brother; no contact with the stepmother or with [[Emmanuel Koroma|name]] or anyone from the church.

Section 7 - Why without notice
The father said he will remove the child to a "prayer camp" whose address he would not give (believed to be in [[Leeds|place]] or in
[[Makeni|place]], Sierra Leone: the church is raising money for a crusade there in December); there is a risk of the child being
taken out of the UK - her passport is held by the father.

Placement proposed: with local authority foster carers, Mr and Mrs [[Coker|name]] of [[Sidcup|place]] (Krio-speaking; the address not to be
disclosed). Interpreter for the hearing: Krio - Ms [[Aminata Sankoh|name]].
Statement of truth signed: [[B. Lusk|name]], [[2 November 2026|date]] 15:10

[Court's note: EPO made by District Judge [[Perivolaris|name]] at 16:55 on [[02/11/2026|date]] for 8 days, until [[10/11/2026|date]] at
16:55;
on notice return date [[9 November 2026|date]] at 10:00.]
"""),
    ("request to an international social services agency for a kinship assessment abroad", """From: [[Bethan Lusk|name]]
<[[bethan.lusk@crayreach.gov.uk|email]]>
Sent: Wednesday, [[18 November 2026|date]] 10:22
To: CFAB Advice Line <[[referrals.team@cfab.org.uk|email]]>
Cc: [[Kofi Mensah-Bright|name]] <[[kofi.mensahbright@crayreach.gov.uk|email]]>; Legal - [[Nasreen Ahmed-Lacey|name]]
Subject: Request for a kinship assessment in Sierra Leone - [[KAMARA Mariatu|name]] ([[15.03.2017|dob]]) - our ref CR/CSC/26/4471

Dear colleagues,

We would like to ask Children and Families Across Borders to arrange, through the Ministry of Social Welfare in Sierra Leone,
a home study / kinship assessment of the child's mother and maternal grandmother in [[Freetown|place]], and a check of the
child's school records there. The family court has made an interim care order (HHJ [[Raikes|name]], [[9 November 2026|date]]; next
hearing [[11 January 2027|date]]). The care plan includes an assessment of family abroad.

The child
[[Mariatu Kamara|name]], 9, Sierra Leonean national (British passport application pending through her father), in foster care
in [[Sidcup|place]] since [[2 November 2026|date]] after physical abuse, starvation and emotional abuse linked to an accusation of
witchcraft
(spirit possession) by her stepmother and a church. She came to the UK in August 2023? - on [[14 August 2023|date]], on a visa
sponsored by her father. She speaks Krio and English; she is bright and loves drawing and netball. She asks daily to speak
to her mother and grandmother (supervised video calls twice a week are going well, with our interpreter).

The people to be assessed
1. Mother: Ms [[Fatmata Conteh|name]] (about 33), a market trader; lives with her mother. Tel/WhatsApp [[+232 76 418 225|phone]]. She was
   not married to the father; she agreed to [[Mariatu|name]] travelling in 2023 "for education". She now asks for her return.
2. Maternal grandmother: Mrs [[Adama Conteh|name]] (about 61), retired nurse, [[27 Circular Road|address]], [[Freetown|place]] (the
   family also say "[[Kissy|place]], near the clock tower"; please check the address on the ground).
   Tel [[+232 30 554 019|phone]]. She cared for [[Mariatu|name]] from birth until 2023.
3. A maternal cousin, Mr [[Sorie Conteh|name]], a teacher in [[Waterloo|place]] (Western Area Rural District) - offered to help with
   fees; tel [[+232 99 207 316|phone]].

Please note: the father, Mr [[Mohamed Kamara|name]], opposes a return and says the mother "cannot feed her"; the father's sister,
Mrs [[Jeneba Kamara-Bangura|name]], in [[Bo|place]] has also offered to care for [[Mariatu|name]] ([[+232 76 330 481|phone]]) but is a
member of the
same church network as the stepmother - we do not propose that she is assessed without a discussion with us first.
The pastor, [[Emmanuel Koroma|name]], has been arrested (child cruelty; released on bail with conditions); his church is planning a
"crusade" in [[Makeni|place]] in December. Please could the Ministry be told, so that [[Mariatu|name]]'s mother and grandmother are not
approached by the church.

The child's previous school in [[Freetown|place]]: [[St Joseph's Primary School|school]] ("[[St Joe's|school]]"? - mother says
"[[St Joseph's
Convent|school]], primary section"); we do not have the school's address.

Enclosed: the ICO; the mother's and grandmother's consent (signed by WhatsApp photo, [[15/11/2026|date]]); [[Mariatu|name]]'s wishes
and feelings ("I want to live with Granny [[Adama|name]] and Mama and go to my old school. I want [[Ibrahim|name]] to visit. I don't
want to go to church again"); the EPO and ICO statements (redacted).

Kind regards,
[[Bethan Lusk|name]]
Social Worker, Assessment Team (East) | Cray Reach Council
T [[020 3045 5210|phone]] | Civic Offices, [[2 Watling Street|address]], [[Bexleyheath|place]] [[DA6 7AT|postcode]]
Please note my working pattern: Mon, Tue, Wed, Fri.
"""),
]

_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 19 (written 2026-12-06 without reading the detector; held out until scored on 2026-12-06 at 06:41 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "insp", "hhj", "district", "judge", "sister", "nurse",
           "nan", "nanny", "grandad", "grandpa", "grandma", "granny", "mum", "mummy", "dad", "aunty", "auntie", "uncle", "prophet",
           "papa", "pa", "ma", "rev", "sis", "bro", "bra", "mista", "mis", "alhaji", "haja", "deaconess", "pastor", "nanu", "chacha",
           "bhai", "baba", "баба", "дядо", "леля", "чичо", "бай", "bay", "мисис", "мамо", "mamo"}
_AFTER = {"chacha", "chachu", "bhai", "apu", "senior"}
_NOT_PLACES = {"england", "uk", "united kingdom", "kent", "east sussex", "sussex", "essex", "swale", "thanet", "rother", "redbridge",
               "isle of sheppey", "bangladesh", "sylhet division", "bulgaria", "shumen province", "sierra leone", "salone",
               "western area", "western area rural district", "jamaica", "africa", "europe"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name: "Prophet
# Emmanuel", "Papa Koroma", "Pa Santigie", "Sis Isatu", "Mista Ajayi", "Alhaji T. Jalloh", "Баба Милка", "bay Kolyo",
# "мисис Ан"; and after one: "Shahid chacha", "Jamal bhai") and counties, boroughs, regions and countries ("Kent", "East
# Sussex", "Thanet", "Swale", "Redbridge", "Bulgaria", "Salone", "Western Area Rural District").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
