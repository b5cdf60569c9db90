"""Set 171: a held-out hand-written set for the redaction detector, six more invented families, written in one short sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set170.py, bench/redaction_set172.py, bench/redaction_set173.py and their tests (written by other helpers at
the same time), that did not run the detector or any bench script that runs it, that ran no git command, and that looked at no
detector output. What was read: bench/redaction_set21.py (its module docstring, its first record and the first part of its
first document, its line index of records, the last part of its last document, its word lists and closing lines) and
tests/test_redaction_set21.py in full (the layout and marking conventions followed here); the module docstrings of
bench/redaction_set7.py to bench/redaction_set169.py, printed with ast and searched only for town, district and community
words (to see which towns, districts and communities earlier sets used as a family's home), set 98's first
paragraphs read in full; the `_party`, `Records` and
`HandSet` helpers of bench/redaction_handwritten.py. Set 15's checker was run, not read. Phone numbers were checked with the
phonenumbers library and NHS numbers (mod 11) and UPNs (python-stdnum) made in small snippets. The record constructors
(d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records. Nobody may
tune the detector on this set: it is to be scored once, after the detector's current round of changes. If a mistake in the
gold marking is found after scoring, correct only the marking and say so here.

Six families in south Shropshire, in Ludlow, Bridgnorth and Much Wenlock, each from a district, estate or town no earlier
set's docstring names as a family's home (set 98 used Sandpits in Ludlow and Low Town in Bridgnorth; these are not used as
homes here): a young white British mother on Rocks Green, Ludlow, with a grandmother in Ludford and an aunt in Bromfield
(Preece / Ellis; neglect, a partner's violence and control of her phone and money, a girl of 9 caring for a boy of 3 with
delayed speech, a cannabis-smoking friend of the partner), a Reunionese family on Gravel Hill, Ludlow, with a grandmother in
Saint-Pierre, La Réunion (Payet / Hoarau; a chef father who beat a boy of 11 with a belt, a mother who speaks only Reunion
Creole and French, passports taken, voice notes from the grandmother), a white British family on the Innage, Bridgnorth
(Jukes / Rowlands; a boy of 15 missing four times and exploited through a drugs line from Wolverhampton, a stepfather who
grabbed his neck, a sister of 8, a paternal nan in Highley), an Austrian family in Tasley, Bridgnorth (Gruber / Steiner /
Aigner; a controlling father who strangled the mother, a risk that he takes the children to Linz, a grandmother in Graz, a
letter from the Graz youth welfare office), a Quaker family in Much Wenlock with a father in Coalbrookdale (Sturge / Lloyd;
a girl of 14 self-harming and restricting her eating after her parents separated, a Meeting elder she told, a brother of 10)
and a young couple in Steventon, Ludlow, with a grandmother at Clee Hill (Bowkett / Price; a care leaver of 19 and a father
with a learning disability, a pre-birth assessment, a baby born in September, damp housing, an advocate). Communities no
earlier set's docstring names: Reunionese (Reunion Creole speakers), Austrians and Quakers. 24 documents, four per family,
each with its own style: a health visitor's contact note, a Facebook Messenger chat between sisters typed from screenshots,
an initial child protection conference report's analysis, a foodbank voucher form typed up; a secondary school DSL's
referral letter, WhatsApp voice notes in Reunion Creole transcribed and translated, a child and family assessment extract,
an interpreter booking email chain; a police missing person report, a detached youth worker's notes thumbed into a phone,
strategy meeting minutes, a bus company's CCTV email with a driver's statement; a GP's safeguarding letter, a mother's own
letter in English and German with a translation, a domestic abuse outreach chronology in a table, an OCR'd scan of an
Austrian youth welfare office's letter in German; a CAMHS referral form, a Quaker elder's email, a girl's own notebook pages,
child in need review minutes; a midwife's pre-birth assessment, a father's SMS thread exported from his advocate's phone,
parenting assessment progress notes, and the parents' feeding and visitors chart scanned and run through OCR.

Invented: every person, address, phone number, NHS number, UPN, email address and vehicle registration (street names may be
real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the phonenumbers library),
UK and foreign (Austria, Réunion); NHS numbers and UPNs (LA number 893) pass their check digits. The council (Teme and
Severn Council), the interpreting agency (LinguaMarch), the letting agent (Marches Lettings) and the bus operator's mailbox
are invented; towns, districts, estates, villages, real schools, NHS bodies, hospitals, surgeries, police forces, charities,
the Wenlock Olympian Society, clubs, apps and the Graz council office are real or stand for real kinds of body and stay
unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles, kinship and polite words (Mr, Mrs, Ms, Miss,
Dr, PC, PCSO, DS, Sgt, Mme, Madam, Frau, Mag.a, Tonton, Manman, Papa, nan, granny, mum, mrs and mr in lower case) stay
outside the name span; a possessive 's and a bare s in texting ("liam" in "liams", "kieran" in "kierans", "RUBY-MAE" in "RUBY-MAES") stay
outside;
every person's name is a name in every form, record or not, including sender labels in chats and texts; "SURNAME, First" is
one span ("ELLIS, Alfie", "RICHARDS, Ellie", "JUKES, Kai Anthony", "GRUBER, Verena") and so is the German "Surname First"
("Gruber Lukas"); an initial with a surname is one span ("B. Lowe", "K Preece", "J Beddoes", "G. Stokes") and so is a
shortened double-barrelled name ("Esme S-L"); a name broken by a line break is one span holding the break, and so is an
address, a place, a school or a date; a street named without a number is an address ("College Street", "hermitage rise",
"innage ln", "whitburn st", "Woodcote Way"), and so is a neighbour's house number alone ("no. 12", "no.29") and an address abroad
("Annenstraße 34", "Landstraße 112"); towns, villages, districts and estates are places in any
case and short form ("wolves", "kiddy", "brum", "the dale" for Coalbrookdale, "the innage", "Sin-Pyèr", "Linz-Urfahr");
countries, counties and regions are not ("Shropshire", "Austria", "La Réunion", "La Rényon", "France"); organisations are
not marked even when they hold a town's or a person's name ("Ludlow Foodbank", "Ludlow Community Hospital", "Ludlow Assembly
Rooms", "Ludlow Baby Bank", "Ludlow Midwife Led Unit", "Bridgnorth Medical Practice", "Much Wenlock and Cressage Medical
Practice", "Portcullis Surgery", "Princess Royal Hospital", "West Mercia Women's Aid", "Shropshire Area Meeting", "Wenlock
Olympian Society", "MAGISTRAT GRAZ", "Stonewater", "Shropshire Mencap", "Diamond Bus"); a school's or college's name is a
school, and so is its short form and a nursery's name ("Little Acorns", "Ludlow Junior", "Oldbury Wells", "William Brookes",
"wb", "Idsall", "Severndale"); a date of birth is dob, any other calendar date with a day is date (a weekday before it stays
outside), and the bare day in a diary line or chart ("the 17th", "Mon 2", "l0th") is a date span of its own; months and years
alone are not marked; parks, landmarks and attractions stay unmarked ("Wenlock Edge", "the edge", "Severn Park", "the castle",
"Birmingham New Street station"); a surname or first name that is also an English word or a town is marked by what it refers
to (Hope, Brook, Church, Bishop, Sheriff, Craven, Bright, Frank, Wolf, Bridges, Penny, Ludlow and Stokes are names when they
are people, and Craven Arms, Clee Hill and Bromfield are places); a service or branch named by its town in lower-case words
("Ludlow library", "the Ludlow unit", "Ludlow market", "bridgnorth police stn") marks the town.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: "Gravel Hill" is a place
when it names the district and an address when it names the road someone was stopped or parked on; an organisation's generic
mailbox ("bookings@linguamarch.co.uk", "customerrelations@diamondbus.example") is not a person's email and is not marked, while
a named person's email is; an office's own street address (the school's, the GP's, the Graz office's) is marked as an address
like any other; OCR faults inside a name, a date or an address ("Edvvards", "08.0l.2013", "Landstrasse ll2", "l0th") do not
change the kind; a mis-spelt name in a family's own writing ("Tracy" for Tracey) is a name; a Quaker meeting is an
organisation ("the Meeting"), and "Friend" (a Quaker) and "elder" are not names; "Papa", "Manman", "Tonton" and "Madam" in the
Creole voice notes are kinship or polite words; a venue ("Glenthorne", "Stone House", "the Meeting House") is not a place; a
police reference, a voucher number, an interpreter's job number and the Austrian office's file number are not marked.

Self-check without the detector: `python -m bench.redaction_set171` (and tests/test_redaction_set171.py) runs set 15's
checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words and counties,
regions and countries, and prints the number of documents and gold spans per kind: 24 documents, 934 gold spans, 486 of
them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Preece / Ellis family (white British), Rocks Green, Ludlow ------------------------------------------------------

HOME_A = d.Address("14 Fishmore View", "Rocks Green", "Ludlow", "SY8 2DT")
NAN_A = d.Address("3 Whitcliffe Cottages", "Ludford", "Ludlow", "SY8 1PP")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Alfie", "Ellis")], dt.date(2023, 4, 17), addresses=[HOME_A], ids=["866 197 2647"],
       schools=["Little Acorns Nursery"]),
    _p("s", "sibling", [("Tegan", "Preece")], dt.date(2017, 9, 2), addresses=[HOME_A], ids=["522 223 2891", "V893242516360"],
       schools=["Ludlow Junior School"]),
    _p("m", "mother", [("Shannon", "Preece")], dt.date(1999, 1, 23), addresses=[HOME_A], phones=["07841 977 987"]),
    _p("f", "father", [("Liam", "Ellis")], dt.date(1997, 6, 8), addresses=[HOME_A], phones=["07846 484 451"]),
    _p("g", "grandparent", [("Julie", "Preece")], dt.date(1972, 10, 30), addresses=[NAN_A], phones=["01584 872 319"]),
    _p("p1", "professional", [("Bethan", "Lowe")], phones=["01584 813 472"], emails=["bethan.lowe@nhs.net"]),
], "c")

DOCS_A = [
    ("health visitor's contact note written up on the electronic record", """SHROPSHIRE COMMUNITY HEALTH - 0-19 SERVICE - CONTACT NOTE
Child: [[ELLIS, Alfie|name]]   DOB [[17.04.2023|dob]]   NHS [[866 197 2647|nhs]]
Address: [[14 Fishmore View|address]], [[Rocks Green|place]], [[Ludlow|place]] [[SY8 2DT|postcode]]
Contact: targeted home visit, [[03/11/2026|date]] 10:15-11:20. Author: [[Bethan Lowe|name]], Health Visitor ([[01584 813 472|phone]])
Present: mother [[Shannon Preece|name]]; [[Alfie|name]]; maternal grandmother [[Julie Preece|name]] arrived 10:50.

Visit planned after the 3.5 year review was missed twice ([[14 October|date]] and [[28/10/26|date]]). Mum answered after the
second knock, in her dressing gown. Front room cold (heating "run out on the key"), curtains shut, strong smell of cannabis in
the hall which mum said was "from [[Liam|name]]'s mate [[Dazza|name]], not us". [[Alfie|name]] in a nappy and a vest only,
eating dry cereal from the box. He has few words for his age - "mama", "[[Teggy|name]]" (his sister [[Tegan|name]], 9), "car".
Nappy rash, sore and weeping in the creases; mum said she ran out of cream and nappies "on Thursday".

Mum said [[Liam Ellis|name]] (father) is "living here on and off" and works nights at the abattoir in [[Craven Arms|place]].
She became tearful and showed me a bruise on her upper left arm, about 4 cm, which she said happened when [[Liam|name]] "grabbed
me to stop me going out"; she then said she did not want anything done. Routine enquiry completed; DASH offered, declined.
She gave me permission to speak to her mum.

[[Julie|name]] (nan) arrived from [[Ludford|place]] with shopping. She said she has the children "most weekends" and that
[[Tegan|name]] "does everything for that boy". She said the neighbour at [[no. 12|address]], Mrs [[Hope|name]], has rung her twice about
shouting late at night, the last time on Sat [[31st|date]].

Plan: referral to Early Help refused by mum in September - now discussed with my safeguarding supervisor
[[Rhian Bufton|name]] ([[03/11|date]], 12:30) and a referral made to the First Point of Contact today. Nappies and cream
from clinic; Ludlow Foodbank voucher given. [[Alfie|name]] to be seen at [[Little Acorns Nursery|school]] (Wed [[4th|date]]) by the
nursery SENCo, [[Kate Wall|name]]. Letter to GP, Portcullis Surgery, [[Ludlow|place]]. Next visit [[10 November 2026|date]].
"""),
    ("Facebook Messenger chat between the mother and her sister, typed up from screenshots the sister sent", """Messenger -
[[Shannon Preece|name]] and [[Kayleigh Preece|name]] (screenshots sent to the social worker by [[Kayleigh|name]] on
[[5 Nov|date]]; typed exactly, emojis described in brackets)

[[29 OCT|date]] AT 23:41
[[Kayleigh|name]]: u ok?? mum said [[liam|name]] kicked off again
[[Shannon|name]]: hes gone now. hes took the car keys so i cant get to nans
[[Kayleigh|name]]: did he touch u
[[Shannon|name]]: just my arm its fine. dont tell mum pls shell ring the police and then [[tegan|name]] gets upset
[[Kayleigh|name]]: shan thats not fine. where are the kids
[[Shannon|name]]: [[teg|name]] is in with [[alf|name]] shes got him to sleep. shes such a good girl [crying face]
[[Kayleigh|name]]: come to mine tomorrow. [[ricky|name]] can pick u up from the [[rocks green|place]] shop at 10
[[Shannon|name]]: cant hes got my phone half the time he checks everything

[[30 OCT|date]] AT 08:12
[[Kayleigh|name]]: ??
[[Shannon|name]]: sorry was asleep. [[teggy|name]] took herself to school again. i feel like crap
[[Kayleigh|name]]: ive got nappies from aldi ill drop them at [[julie|name]]s
[[Shannon|name]]: thanks babe. dont come here [[liam|name]]s back at 4
[[Kayleigh|name]]: hes a waste of space. [[dazz|name]] still round smoking?
[[Shannon|name]]: every night. [[alfie|name]] was coughing all night

[[2 NOV|date]] AT 19:03
[[Shannon|name]]: [[bethan|name]] the health visitor is coming tomorrow. i'm gonna say im fine
[[Kayleigh|name]]: tell her the truth shan. or i will
[[Shannon|name]]: ur supposed to be my sister
[[Kayleigh|name]]: i am. thats why. i'll come over from [[bromfield|place]] with [[ricky|name]] and u can stay at ours in [[ludlow|place]]
till he
goes. theres room with [[Mia|name]] and [[Jaxon|name]]
[[Shannon|name]]: maybe. dont say owt to Miss [[Lane|name]] at school either
"""),
    ("initial child protection conference report, social worker's analysis section", """TEME AND SEVERN COUNCIL - CHILDREN'S SOCIAL CARE
Report to the Initial Child Protection Conference, Tuesday [[24 November 2026|date]], 10:00, Stone House, [[Ludlow|place]]
Children: [[Tegan PREECE|name]] (dob [[02/09/2017|dob]], UPN [[V893242516360|upn]], [[Ludlow Junior School|school]]) and [[Alfie
ELLIS|name]] (dob [[17/04/2023|dob]], [[Little Acorns|school]])
Social worker: [[Owen Jarrett|name]] ([[owen.jarrett@temesevern.gov.uk|email]], [[0345 678 9021|phone]]). Team manager:
[[Gail Pinches|name]]

5. Analysis
5.1 [[Shannon|name]] loves her children and they are attached to her. [[Tegan|name]] spoke warmly of her mum and of her nan,
[[Julie|name]], whose house in [[Ludford|place]] she called "the safe house". [[Shannon|name]] has been honest with me since
[[12 November|date]] about [[Liam|name]]'s violence: the arm injury of [[29 October|date]], a push down the stairs in the summer
that she had told the GP was a fall, and his control of her phone and money.
5.2 [[Liam Ellis|name]] did not attend either of my planned visits ([[16/11|date]] and [[19/11|date]]). When we spoke by phone
he said that [[Shannon|name]] "makes things up" and that his friend [[Darren "Dazza" Cadwallader|name]] has not been at the house
"for months". PC [[Amir Siddiqui|name]] of the [[Ludlow|place]] safer neighbourhood team confirmed that [[Cadwallader|name]] was stopped
in [[Liam|name]]'s car, a grey Astra [[LK18 WZP|vehicle]], on [[Gravel Hill|address]] on [[1 November|date]] with cannabis.
5.3 [[Tegan|name]] is a young carer in all but name. Her class teacher, Miss [[Jess Lane|name]], says she is tired most
mornings and has been late 11 times this term; she told the school's learning mentor, Mr [[Brook|name]], that she
"has to do [[Alfie|name]]'s breakfast because Mum's asleep".
5.4 [[Alfie|name]]'s speech is delayed; [[Kate Wall|name]] (SENCo) has referred him to speech and language therapy at
Ludlow Community Hospital. He was seen by Dr [[Fiona Church|name]] at Portcullis Surgery on [[6 November|date]] with nappy rash
and a chest infection.
5.5 Strengths: [[Julie Preece|name]] and [[Kayleigh Preece|name]], who lives in [[Bromfield|place]] with her partner
[[Ricky Stanton|name]], offer practical help. [[Shannon|name]] has agreed to see [[Louise Jenks|name]] from West Mercia Women's
Aid at the Ludlow Assembly Rooms on Thursdays.

6. Recommendation
That both children be subject to child protection plans under the category of neglect, with domestic abuse as a
significant factor; core group first meeting [[3 December 2026|date]] at [[Ludlow Junior|school]].
"""),
    ("foodbank voucher referral form filled in by hand and typed up", """LUDLOW FOODBANK - E-REFERRAL / VOUCHER (paper copy, typed up for
the file)
Referring agency: Shropshire Community Health 0-19   Referrer: [[B. Lowe|name]] HV   Tel [[01584 813 472|phone]]
Date issued: [[3-11-26|date]]        Voucher no. LUD/26/3318
CLIENT SURNAME: [[PREECE|name]]          FIRST NAME(S): [[Shannon|name]]
Address: [[14 Fishmore View|address]], [[Rocks Grn|place]], [[Ludlow|place]]   Postcode: [[SY8 2DT|postcode]]
Phone: [[07841 977 987|phone]] (NB partner may see texts - ring nan [[01584 872 319|phone]] first)
Household: adults 1 (+1 sometimes)   children 2, ages 9 and 3
Names and DOBs of children: [[Tegan|name]] [[2/9/17|dob]]; [[Alfie|name]] [[17/4/23|dob]]
Reason: low income / benefit delay / debt. Partner controls money.
Dietary: none. Nappies size 5 + wipes + sudocrem please.
Collection point: St Laurence's church hall, [[College Street|address]] - Fri 12-2
Volunteer notes (collection): came [[6/11|date]] with her sister [[K Preece|name]] and the little boy. Very polite. Asked about
the warm space at the library. [[Pam|name]] gave extra fuel voucher (Shropshire Council household support).
Signed: [[Pam Bright|name]] (volunteer)    Checked: [[Geoff Lello|name]]
"""),
]


# --- B. Payet / Hoarau family (Reunionese, French and Reunion Creole speaking), Gravel Hill, Ludlow ----------------------

HOME_B = d.Address("7 Gravel Hill Close", "Gravel Hill", "Ludlow", "SY8 1QS")
GRAN_B = d.Address("12 rue Marius et Ary Leblond", "", "Saint-Pierre", "97410")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Kylian", "Hoarau")], dt.date(2015, 2, 19), addresses=[HOME_B], ids=["331 208 9514", "W893282672019"],
       schools=["Ludlow Church of England School"]),
    _p("s", "sibling", [("Maëva", "Hoarau")], dt.date(2020, 8, 5), addresses=[HOME_B], ids=["956 172 2879"],
       schools=["St Laurence CE Primary School"]),
    _p("m", "mother", [("Mélissa", "Payet")], dt.date(1991, 12, 1), addresses=[HOME_B], phones=["07884 504 407"]),
    _p("f", "father", [("Johnny", "Hoarau")], dt.date(1986, 3, 14), addresses=[HOME_B], phones=["07827 005 017"]),
    _p("g", "grandparent", [("Marie-Josée", "Payet")], addresses=[GRAN_B], phones=["+262 692 41 87 35"]),
], "c")

DOCS_B = [
    ("secondary school designated safeguarding lead's referral letter", """[[Ludlow Church of England School|school]]
[[Burway Road|address]], [[Ludlow|place]]

[[9 October 2026|date]]

Dear colleagues at the First Point of Contact,

Re: [[Kylian HOARAU|name]], Year 7, dob [[19/02/2015|dob]], UPN [[W893282672019|upn]]
Address: [[7 Gravel Hill Close|address]], [[Ludlow|place]] [[SY8 1QS|postcode]]

I am writing to confirm the referral I made by phone at 11:40 today. This morning in PE [[Kylian|name]]'s teacher, Mr [[Dale
Corfield|name]], saw three long red marks across the back of his thighs, the middle one broken and scabbed. When I spoke with
him with our EAL lead, Mme [[Sandrine Ludlow|name]] (no relation to the town, she says!), he said in French that his father
[[Johnny|name]] hit him "avec la ceinture" on Tuesday night because he lost his school blazer. He said it happens
"when Papa is stressed from work", and that his mother, [[Mélissa|name]], cries but "cannot stop him". He asked that we do not
tell his father he told.

[[Kylian|name]] joined us in September from a collège in [[Saint-Pierre|place]], in La Réunion; the family moved to
[[Ludlow|place]] in the summer when Mr [[Hoarau|name]] took a job as a chef at a hotel on the square. [[Kylian|name]] has a sister,
[[Maëva|name]], 6, at [[St Laurence CE Primary|school]]. His mother speaks little English; the family speak Creole at home.
His grandmother, Mme [[Marie-Josée Payet|name]], lives in [[Saint-Pierre|place]] (her number from our admission form:
[[+262 692 41 87 35|phone]]).

The marks were photographed by me with the head of year, Mrs [[Angharad Bishop|name]], present, and a body map is enclosed.
[[Kylian|name]] is in school until 15:10. Please contact me on [[01584 874 506|phone]] or [[t.marsh@ludlowschool.org.uk|email]].

Yours faithfully,
[[Tom Marsh|name]]
Designated Safeguarding Lead
"""),
    ("WhatsApp voice notes in Reunion Creole, transcribed and translated by the interpreter", """TRANSCRIPT AND TRANSLATION - 3 WhatsApp
voice notes from the mother's phone, shown to the social worker on [[16.10.2026|date]]
and sent to us with her consent. Transcribed and translated by [[Nadège Fontaine|name]], interpreter (Kreol Rényoné / French),
LinguaMarch job 26-1187. Creole as spoken; my English below each line. [ ] = my notes.

VOICE NOTE 1 - from "Manman" [the grandmother, [[+262 692 41 87 35|phone]]], [[12/10/2026|date]] 06:14 (UK time)
"[[Mélissa|name]], out lé là? Mi la antann [[Kylian|name]] i plèr dann téléfone. Kosa [[Johnny|name]] la fé ankor?"
= "[[Mélissa|name]], are you there? I heard [[Kylian|name]] crying on the phone. What has [[Johnny|name]] done again?"
"Rant La Rényon avek bann zanfan, mi atann azot [[Sin-Pyèr|place]]. Tonton [[Jean-Hugues|name]] i pé pay lo biyé."
= "Come back to Réunion with the children, I'm waiting for you in [[Saint-Pierre|place]]. Uncle [[Jean-Hugues|name]] can pay
for the tickets."

VOICE NOTE 2 - from [[Mélissa|name]] to "Manman", [[12/10/2026|date]] 07:02
"Manman, lé pa osi fasil. [[Johnny|name]] la pran bann paspor. Li di si mi ale, li garde [[Maëva|name]]."
= "Mum, it's not so easy. [[Johnny|name]] has taken the passports. He says if I go, he keeps [[Maëva|name]]."
"[[Kylian|name]] i di li vé pa rant lakaz. Madam [[Sandrine|name]] lékol la di li va aide amwin."
= "[[Kylian|name]] says he doesn't want to come home. Madam [[Sandrine|name]] from the school said she will help me."

VOICE NOTE 3 - from "[[Johnny|name]] ❤" [the father, [[07827 005 017|phone]]], [[13/10/2026|date]] 23:48
"Ou la kozé avek lékol? Ou lé fou? Zot va pran bann zanfan. Mi sava [[Shrewsbury|place]] démin pou travay, mi rant vandredi."
= "You've been talking to the school? Are you mad? They'll take the children. I'm going to [[Shrewsbury|place]] tomorrow for
work, I'll be back Friday."
"Di [[Kylian|name]] ke papa lé pa fashé. Mi la ashté li in nouvo blazer."
= "Tell [[Kylian|name]] that Dad isn't angry. I've bought him a new blazer."

Interpreter's note: "Tonton", "Manman", "Madam" and "papa" are kinship or polite words. Nothing in the notes was unclear.
"""),
    ("child and family assessment, the worker's analysis and the child's voice", """CHILD AND FAMILY ASSESSMENT (extract: sections 4 and 6)
[[HOARAU, Kylian|name]] ([[19.02.2015|dob]]) and [[HOARAU, Maëva|name]] ([[05.08.2020|dob]]), NHS [[956 172 2879|nhs]]
Address: [[7 Gravel Hill Close|address]], [[Gravel Hill|place]], [[Ludlow|place]] [[SY8 1QS|postcode]]
Assessment started [[9 October 2026|date]], completed [[20 November 2026|date]]. Worker: [[Megan Haughton|name]], with
interpreter [[Nadège Fontaine|name]] at each visit with Mme [[Payet|name]].

4. The child's voice
[[Kylian|name]] (seen alone at school [[12/10|date]], [[2/11|date]] and at home [[18/11|date]]): he misses the sea at [[Saint-Leu|place]]
and his friend [[Noah Grondin|name]], and wants to learn English "faster than [[Maëva|name]]". He drew his family as a
volcano ("Papa is the Piton, he explodes"). Since the police spoke to his father he says there has been no hitting,
but "Papa shouts in the car". He likes Mr [[Corfield|name]] and football at Ludlow Town youth on Saturdays.
[[Maëva|name]] (seen at home with her mother): she chatters in Creole and some English; her teacher Mrs [[Sarah Sheriff|name]]
says she is happy and doing well.

6. Analysis
[[Johnny Hoarau|name]] accepted a simple caution for assault on [[Kylian|name]] on [[22 October|date]] (PC [[Beth Craven|name]],
[[Ludlow|place]]). He has worked 60-hour weeks at the hotel and at a second job at a restaurant in [[Church Stretton|place]]. He says
he was "raised with the belt in [[Le Tampon|place]]" and did not know it was against the law here; he has started the Triple P
course. [[Mélissa|name]] is isolated: no English, no car, no friends here except a neighbour at [[no. 9|address]], [[Oksana|name]], who
helps with letters. The passports are now with [[Mélissa|name]]. She is in touch with her mother daily by WhatsApp and with a
cousin, [[Laetitia Payet|name]], in [[Saint-Denis|place]] ([[+262 693 12 44 80|phone]]).
Outcome: child in need plan; ESOL at [[Ludlow|place]] library; review [[15 January 2027|date]].
Outcome: child in need plan; ESOL at [[Ludlow|place]] library; review [[15 January 2027|date]].
Network: [[Oksana Melnyk|name]] ([[no. 9|address]]); [[Noah Grondin|name]]'s mother [[Céline|name]] in [[Saint-Leu|place]], on WhatsApp with
[[Kylian|name]] most weekends; [[Jean-Hugues Payet|name]] (uncle) in [[Le Port|place]], [[+262 262 41 26 58|phone]].
"""),
    ("email chain booking a Reunion Creole interpreter", """From: [[Megan Haughton|name]] <[[megan.haughton@temesevern.gov.uk|email]]>
Sent: [[14 October 2026|date]] 09:02
To: bookings@linguamarch.co.uk
Subject: URGENT - Reunion Creole interpreter, [[Ludlow|place]], this week

Hi, I need a Creole (Réunion, not Mauritian or Haitian) interpreter for a home visit to Mme [[Payet|name]] at [[7 Gravel Hill
Close|address]], [[SY8 1QS|postcode]], on Thursday [[15th|date]] at 10am (90 mins), and another on Mon [[19/10|date]]. French
is a second choice. Thanks, [[Megan|name]]

From: LinguaMarch Bookings
Sent: [[14 October 2026|date]] 11:37
Subject: RE: URGENT - Reunion Creole interpreter

Dear [[Megan|name]], we have [[Nadège Fontaine|name]] (based in [[Hereford|place]]), who is from [[Saint-Paul|place]] and does
Kreol Rényoné. She can do [[15/10|date]] 10:00 in person. For [[19/10|date]] she can only do video. Her mobile for the day:
[[07743 920 697|phone]]. Regards, [[Gareth|name]] (bookings)

From: [[Nadège Fontaine|name]]
Sent: [[15 October 2026|date]] 08:10
Subject: RE: job 26-1187

Hello [[Megan|name]], I'm parked on [[Gravel Hill|address]] by the cemetery - which door? Also: I know a [[Payet|name]] family from
[[Saint-Pierre|place]] through my aunt, but not this one, I checked with her. [[Payet|name]] and [[Hoarau|name]] are very common
names back home. If there is a conflict I will tell you. [[Nadège|name]]
"""),
]


# --- C. Jukes / Rowlands family (white British), the Innage, Bridgnorth ------------------------------------------------

HOME_C = d.Address("22 Innage Crescent", "Innage", "Bridgnorth", "WV16 4HR")
DAD_C = d.Address("Flat 3, 61 Dudley Road", "", "Wolverhampton", "WV2 3BY")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Kai", "Jukes")], dt.date(2011, 5, 27), addresses=[HOME_C], ids=["969 062 0355", "Z893232379018"],
       phones=["07888 818 331"], schools=["Oldbury Wells School"]),
    _p("s", "sibling", [("Lily-Mai", "Rowlands")], dt.date(2018, 7, 9), addresses=[HOME_C], ids=["750 834 1864"],
       schools=["Castlefields Primary School"]),
    _p("m", "mother", [("Stacey", "Rowlands")], dt.date(1988, 2, 11), addresses=[HOME_C], phones=["07989 530 583"]),
    _p("sf", "stepfather", [("Craig", "Rowlands")], dt.date(1984, 9, 20), addresses=[HOME_C]),
    _p("f", "father", [("Wayne", "Jukes")], dt.date(1985, 4, 4), addresses=[DAD_C], phones=["07867 192 931"]),
], "c")

DOCS_C = [
    ("police missing person report, printed from the system", """WEST MERCIA POLICE - MISSING PERSON REPORT (MFH)        Risk grading:
HIGH (raised from MEDIUM [[02/11/2026|date]] 21:30)
Ref: 22-MP-4471/26      Reporting officer: PC 3318 [[RICHARDS, Ellie|name]]      Supervisor: Sgt [[PUGH, Martin|name]]
SUBJECT: [[JUKES, Kai Anthony|name]]       DOB: [[27/05/2011|dob]]  (15)     Sex: M
Home address: [[22 Innage Crescent|address]], [[BRIDGNORTH|place]], [[WV16 4HR|postcode]]
Mobile (subject): [[07888 818 331|phone]] - off since 16:02
Last seen: [[01/11/2026|date]] approx 16:00 by mother at home, saying he was "going into [[High Town|place]] to see [[Kieran|name]]".
Description: white male, 5'8", slim, short fair hair, grey North Face coat, black trackies, white Air Force 1s.
Reported by: [[Stacey ROWLANDS|name]] (mother) [[07989 530 583|phone]] at 22:40 on [[01/11/2026|date]].

Circumstances: 4th missing episode since August. Previous: [[9-10 Aug|date]] (found [[Kidderminster|place]] bus station),
[[27 Sept|date]] (returned himself), [[15/10|date]] (found at an address on [[Blakenhall|place]], [[Wolverhampton|place]], with
two adult males). Mother reports new trainers and a second phone. Stepfather [[Craig Rowlands|name]] says [[Kai|name]]
"mouths off and walks out". Birth father [[Wayne Jukes|name]], [[Flat 3, 61 Dudley Road|address]], [[Wolverhampton|place]]
[[WV2 3BY|postcode]] ([[07867 192 931|phone]]), says he has not seen him since the summer.
Associates: [[Kieran Bache|name]] (16) of [[Hermitage Rise|address]], [[Bridgnorth|place]]; a male known as "[[Smokey|name]]"
or "[[Smoks|name]]", 20s, believed from [[Wolverhampton|place]], drives a black Golf [[FX70 KRD|vehicle]].

Enquiries: ANPR on the A454 - [[FX70 KRD|vehicle]] through [[Worfield|place]] towards [[Wolverhampton|place]] [[01/11|date]]
17:12. Bus CCTV requested from the operator. Phone cell site request. Friend [[Kieran|name]] spoken to by PCSO [[Tom Hill|name]]
at home [[02/11|date]] 10:00 - "no idea". Search of Severn Park and the riverside by [[Bridgnorth|place]] SNT - negative.

Found: [[03/11/2026|date]] 06:50 by BTP at Birmingham New Street station, with £340 cash and two phones. Returned home
by PC [[Richards|name]] 11:10. Return home interview requested from the children's society worker ([[Jo Beddoes|name]]).
"""),
    ("youth worker's notes thumbed into a phone between sessions and pasted into the record", """detached youth work - notes from phone
(pasted as typed, sorry for typos) - [[J Beddoes|name]]
[[4/11|date]] 1610 met [[kai|name]] at the cliff railway bottom, [[low town|place]] side. he came cos [[lily-mai|name]] asked him to
(she likes me from the summer club lol). quiet, hood up. new trainers again. said hes "not grassing on no one". said
[[smokey|name]] is "sound, he looks after me". asked what looks after means - "gives me food n that, lifts". lifts to where -
"[[wolves|place]], [[kiddy|place]], sometimes [[brum|place]]". didnt want to say more.
1640 walked up the steps to [[high town|place]]. he said [[craig|name]] (stepdad) grabbed his neck in sept - not sept its after
the [[27th|date]] he said - and mum "didnt do nothing". he wont go home if [[craig|name]] is there. sleeps at [[kieran|name]]s
on [[hermitage rise|address]] sometimes, [[kieran|name]]s nan is ok with it
1705 got him chips at the chippy on [[whitburn st|address]]. a man in a black golf drove past twice, [[kai|name]] went white.
didnt get the reg, started FX7??. told him im worried, he shrugged
1720 he left towards [[innage lane|address]]. texted [[ruth|name]] (his sw) from the car 1725, she rang back 1731
- [[ruth|name]] says strat meeting tomorrow [[5th|date]] 10am at [[bridgnorth|place]] police stn
- she'll speak to the school (mr [[ashcroft|name]], head of yr 11)
[[5/11|date]] 0840 [[kai|name]] texted me from [[07888 818 331|phone]] "sorry bout yday u was alrite". replied, offered to meet
thurs at the youth club on [[innage ln|address]]. no reply yet. [[lily|name]] waved from mums car at 0850 on [[the
innage|place]]
"""),
    ("strategy meeting minutes", """STRATEGY MEETING (s47 / child exploitation) - MINUTES
Child: [[Kai JUKES|name]], dob [[27.05.2011|dob]], NHS [[969 062 0355|nhs]], UPN [[Z893232379018|upn]]
Date: [[5 November 2026|date]], 10:00-11:15, [[Bridgnorth|place]] police station and Teams
Chair: [[Ruth Okafor-Lloyd|name]], team manager (also SW while [[Ben Sankey|name]] is off)
Present: DS [[Neil Ashby|name]] (West Mercia exploitation team); PC [[Ellie Richards|name]]; [[Jo Beddoes|name]] (youth worker);
Mr [[Dean Ashcroft|name]] (head of year 11, [[Oldbury Wells|school]]); [[Priya Nandra|name]] (school nurse); [[Sue
Lowe|name]] (minutes). Apologies: [[Castlefields Primary|school]] (for [[Lily-Mai|name]]), Dr [[Gurney|name]] (GP).

1. Information shared
DS [[Ashby|name]]: "[[Smokey|name]]" is believed to be [[Jordan Mallett|name]], 23, of [[Whitmore Reans|place]],
[[Wolverhampton|place]], linked to a drugs line selling in [[Bridgnorth|place]] and [[Much Wenlock|place]]. [[FX70 KRD|vehicle]]
is registered to his girlfriend. [[Kai|name]] was found on [[3 Nov|date]] with £340 and two phones. Phone downloads pending.
PC [[Richards|name]]: [[Kai|name]] made no disclosure at the return. He told PC [[Richards|name]] his stepfather "strangled"
him in September, then took it back.
Mr [[Ashcroft|name]]: attendance 61% this term; excluded for 2 days on [[16 October|date]] after bringing a knife (a lock knife
found in his bag by Mrs [[Reid|name]]).
[[Jo Beddoes|name]]: see her notes of [[4/11|date]]; [[Kai|name]] named "[[Smokey|name]]" and trips to [[Kidderminster|place]],
[[Wolverhampton|place]] and [[Birmingham|place]].

2. Decisions
- s47 enquiry for [[Kai|name]] (exploitation; possible physical abuse by [[Craig Rowlands|name]]). Joint visit today 14:00.
- [[Lily-Mai Rowlands|name]] (8) to be seen and spoken to at school by [[Ben|name]] or [[Ruth|name]] by Fri [[6th|date]].
- NRM referral to be made by [[Ruth|name]].
- Disruption: DS [[Ashby|name]] to consider a CAWN on [[Mallett|name]]; patrols on [[Innage Lane|address]] and [[Hermitage
Rise|address]].
- Father [[Wayne Jukes|name]] to be contacted; his mother (paternal nan), [[Brenda Jukes|name]] of [[Highley|place]], has offered
[[Kai|name]] a bed.
Next meeting: [[19 November 2026|date]] 10:00.
Actions log: [[Ruth|name]] - NRM by [[9/11|date]]; DS [[Ashby|name]] - phone downloads by [[16/11|date]]; [[Jo|name]] - weekly sessions with
[[Kai|name]] from [[10 Nov|date]]; Mr [[Ashcroft|name]] - reduced timetable plan with Mrs [[Reid|name]]; [[Ben Sankey|name]] - visit to
[[Brenda Jukes|name]] at [[Highley|place]] on [[12/11/2026|date]] and to [[Wayne|name]] in [[Wolverhampton|place]] on [[13/11/2026|date]].
"""),
    ("bus company's customer services email about CCTV, with the driver's statement pasted in", """From: Customer Relations - Diamond Bus
<customerrelations@diamondbus.example>
To: PC [[Ellie Richards|name]] <[[ellie.richards@westmercia.police.uk|email]]>
Cc: [[ruth.okafor-lloyd@temesevern.gov.uk|email]]
Date: Fri, [[6 Nov 2026|date]] 14:22
Subject: CCTV request 22-MP-4471/26 - route 9, [[Bridgnorth|place]] to [[Wolverhampton|place]]

Dear PC [[Richards|name]],
Further to your request of [[02/11|date]], we have footage from vehicle 30817 (route 9) on Sunday [[1st November|date]]. The
16:35 from [[Bridgnorth|place]] ([[Whitburn Street|address]] stop) shows a young male matching your description boarding with a second
male, and both getting off at [[Worfield|place]] turn at 16:49. The clip will be sent by secure link today; it expires on
[[20/11/2026|date]]. Our depot contact is [[Karen Whitmore|name]] on [[0121 496 0732|phone]].

Driver's statement (typed from the driver's report sheet):
"I'm [[Gary Stokes|name]], driver, [[Bridgnorth|place]] outstation. The lad got on at [[Whitburn St|address]] with an older lad in a
black cap who paid for both with a phone. The young one I know by sight, he gets on with his little sister and his mum on a
Saturday sometimes, I think she's called [[Stacey|name]]. They were laughing. At [[Worfield|place]] a black Golf was
waiting in the layby and they got in it. I didn't think anything of it until the police came to the depot. [[G. Stokes|name]]"

Kind regards,
[[Mandeep Gill|name]], Customer Relations
"""),
]


# --- D. Gruber family (Austrian, German speaking), Tasley, Bridgnorth ---------------------------------------------------

HOME_D = d.Address("5 Tasley Green", "Tasley", "Bridgnorth", "WV16 4QF")
GRAN_D = d.Address("Annenstraße 34", "", "Graz", "8020")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Lukas", "Gruber")], dt.date(2013, 1, 8), addresses=[HOME_D], ids=["275 547 3800", "P893277734356"],
       schools=["Bridgnorth Endowed School"]),
    _p("s", "sibling", [("Anna-Lena", "Gruber")], dt.date(2018, 6, 21), addresses=[HOME_D], ids=["660 810 1856"],
       schools=["Castlefields Primary School"]),
    _p("m", "mother", [("Verena", "Gruber")], dt.date(1984, 11, 2), addresses=[HOME_D], phones=["07725 388 826"],
       emails=["verena.gruber@gmx.at"]),
    _p("f", "father", [("Markus", "Gruber")], dt.date(1979, 7, 15), addresses=[HOME_D], phones=["+43 664 3812 947"]),
    _p("g", "grandparent", [("Helga", "Steiner")], addresses=[GRAN_D], phones=["+43 316 274519"]),
], "c")

DOCS_D = [
    ("GP's safeguarding letter to children's services", """Bridgnorth Medical Practice
Northgate House, [[7 High Street|address]], [[Bridgnorth|place]] [[WV16 4BU|postcode]]      Tel [[01746 763 218|phone]]

[[19th October 2026|date]]

PRIVATE AND CONFIDENTIAL - First Point of Contact, Teme and Severn Council

Dear Sir or Madam,
Patient: Mrs [[Verena GRUBER|name]], dob [[02/11/1984|dob]], [[5 Tasley Green|address]], [[Tasley|place]], [[Bridgnorth|place]]
[[WV16 4QF|postcode]]. Children: [[Lukas|name]] ([[08/01/2013|dob]], NHS [[275 547 3800|nhs]]) and [[Anna-Lena|name]]
([[21/06/2018|dob]], NHS [[660 810 1856|nhs]]).

I saw Mrs [[Gruber|name]] today on her own, at her request, with a telephone interpreter (German) although her English is
good. She disclosed that her husband, Mr [[Markus Gruber|name]], an engineer who works in [[Telford|place]] and travels to
[[Linz|place]] for work most months, has for several years controlled the family's money, read her messages and stopped her
seeing friends, and that on Saturday [[17th October|date]] he pushed her against the kitchen door and held her by the throat in
front of [[Lukas|name]]. She had a faint bruise under the left jaw. She has not been to the police. She is frightened he will
take the children to Austria.

[[Lukas|name]] has been seen by my colleague Dr [[Ellen Sandbrook|name]] twice this year with headaches and low mood, and
[[Anna-Lena|name]] has started wetting again. I have completed a DASH with Mrs [[Gruber|name]] (score 15) and referred her to
MARAC and to West Mercia Women's Aid with her consent. Her safe number is [[07725 388 826|phone]]; she asks that nobody rings
the landline or writes to the house.

Yours faithfully,
Dr [[Philippa Oakes|name]], GP safeguarding lead
"""),
    ("a mother's own handwritten letter in English and German, typed up with the interpreter's translation of the German", """Typed from
the handwritten letter Mrs [[Gruber|name]] gave to the social worker on [[2 November|date]]. Her English is kept as
written; the German parts are in italics in the original and translated in [ ] by [[Ulrike Brandt|name]], interpreter.

[[Tasley|place]], [[1. November 2026|date]]

Dear Mrs [[Edwards|name]],

you asked me to write what I want for my children, so I write it here, because when I speak I cry.

I came to England in 2011 with [[Markus|name]]. I was a teacher in [[Graz|place]]. Here I am only "[[Markus|name]] wife". He has the
bank, the car, the passwords. My mother [[Helga|name]] in [[Graz|place]] ([[Annenstraße 34|address]], [[8020|postcode]] [[Graz|place]],
Tel. [[+43 316 274519|phone]]) says always: komm nach Hause, [[Vreni|name]]. [come home, [[Vreni|name]]] But the children are
English now. [[Lukas|name]] plays rugby at the club in [[Bridgnorth|place]] with his friend [[Oscar Wolf|name]] and [[Anna-Lena|name]] has
her
best friend [[Poppy|name]] and her pony lessons at [[Tasley|place]].

Ich habe Angst, dass [[Markus|name]] die Kinder nach [[Linz|place]] zu seiner Schwester [[Birgit|name]] bringt. [I am afraid that
[[Markus|name]] takes the children to [[Linz|place]] to his sister [[Birgit|name]].] Sie wohnt in der [[Landstraße 112|address]].
[She lives at [[Landstraße 112|address]].] Er hat gesagt, am [[24. Dezember|date]] fahren wir alle "nach Hause" und ich darf nicht
mit. [He said on [[24 December|date]] we all drive "home" and I may not come.]

What I want: that the children stay here with me, in our house in [[Tasley|place]] or a flat in [[Bridgnorth|place]]. That [[Lukas|name]]
can talk to somebody - he talks to Mr [[Frank|name]], his tutor, and to my friend [[Jutta|name]] (from the German church in
[[Shrewsbury|place]]), nobody else. That [[Markus|name]] sees them but not alone until he has help. I do not want him in prison. I want
him to stop.

Danke. [Thank you.]
[[Verena Gruber|name]]
(my English number [[07725 388 826|phone]], please never the house phone)
"""),
    ("domestic abuse outreach worker's chronology", """WEST MERCIA WOMEN'S AID - OUTREACH CHRONOLOGY (shared for MARAC,
[[12 November 2026|date]])
Client: [[GRUBER, Verena|name]]    Children: [[Lukas|name]] (13), [[Anna-Lena|name]] (8)    Worker: [[Kerry Bowen-Price|name]] IDVA
Safe contact: mobile only, [[07725 388 826|phone]]; email [[verena.gruber@gmx.at|email]] (he does not know it)

Date          | Event / contact                                                              | Source
2014?                | first push (in [[Graz|place]], pregnant with [[Lukas|name]]) - client's account               | client
Aug 2019      | [[Markus|name]] smashed a phone; police called by neighbour Mr [[Colin Bridges|name]], no further action | police
[[17/10/2026|date]]   | hand round throat in the kitchen, [[Lukas|name]] present; bruise under jaw      | client / GP
[[19/10/2026|date]]   | GP Dr [[Oakes|name]]: DASH 15; referral here and to MARAC                       | GP
[[21/10/2026|date]]   | first call, 20 min, while he was in [[Linz|place]]. Safety plan begun.                | KBP
[[26/10/2026|date]]   | face to face at [[Bridgnorth|place]] library; [[Lukas|name]]'s school told (Miss [[Harriet Cole|name]], DSL) | KBP
[[28/10/2026|date]]   | [[Markus|name]] back from Austria; texts from him seen: "who is [[Kerry|name]]" (he had seen a missed call) | KBP
[[02/11/2026|date]]   | social worker [[Cerys Edwards|name]] visits with interpreter; letter from client  | SW
[[04/11/2026|date]]   | Port alert request re children (risk of removal to Austria), via police   | police
[[09/11/2026|date]]   | client with children at friend [[Jutta Keller|name]]'s, [[Meole Brace|place]], [[Shrewsbury|place]] | KBP
[[10/11/2026|date]]   | [[Markus|name]] arrested on suspicion of non-fatal strangulation; bailed, not to go to [[Tasley|place]] | police
[[07/11/2026|date]]   | client's friend [[Jutta|name]] ([[07850 456 874|phone]]) agrees to be the emergency contact         | KBP
[[11/11/2026|date]]   | client and children home. [[Markus|name]] staying with a colleague, [[Stefan Huber|name]], in [[Wellington|place]]
| KBP
"""),
    ("OCR text of a scanned letter from an Austrian child and youth welfare office, in German, with OCR faults", """[OCR of scan received
by email [[23/11/2026|date]]; text as the OCR gave it, faults kept. English summary by [[C. Edwards|name]] below.]

MAGISTRAT GRAZ - Amt für Jugend und Familie
Referat Kinder- und Jugendhilfe, Sozialraum 2
[[Kaiserfeldgasse 25|address]], [[8010|postcode]] [[Graz|place]]
Sachbearbeiterin: Mag.a [[Sabine Pölzl|name]]   Tel.: [[+43 316 872 3115|phone]]
GZ: A6-KJH/2026-0881

[[Graz|place]], am [[20. Nov. 2026|date]]

Teme and Severn Council, Childrens Services, z.H. Frau [[Cerys Edvvards|name]]

Betreff: [[Gruber Lukas|name]], geb. [[08.0l.2013|dob]]; [[Gruber Anna-Lena|name]], geb. [[2l.06.2018|dob]]
Kindesvater: [[Gruber Markus|name]], geb. [[15.07.1979|dob]], Meldeadresse [[Landstrasse ll2|address]], [[4020|postcode]] [[Linz|place]]

Sehr geehrte Frau [[Edwards|name]],
wir bestätigen den Eingang lhres Schreibens vom [[13.11.2026|date]]. Nach Rücksprache mit den Kollegen in [[Linz|place]] ist
der Kindesvater dort seit [[03.10.2026|date]] bei seiner Schwester, Frau [[Birgit Aigner|name]], gemeldet. Frau [[Aigner|name]]
hat am [[18.11.2026|date]] telefonisch angegeben, dass ihr Bruder die Kinder "zu Weihnachten" nach [[Linz|place]] bringen
möchte und in [[Linz-Urfahr|place]] eine Schule für [[Lukas|name]] angefragt habe.
Die Großmutter mütterlicherseits, Frau [[Helga Steiner|name]], [[Annenstrasse 34|address]], [[8020|postcode]] [[Graz|place]], ist
uns bekannt (keine Vormerkungen) und unterstützt die Kindesmutter.
Ein Antrag nach dem HKÜ liegt hier nicht vor.

Mit freundlichen Grüßen
Für die Abteilungsleiterin: [[S. Pölzl|name]]

SUMMARY: father registered since [[3 Oct|date]] at his sister [[Birgit Aigner|name]]'s in [[Linz|place]]; she told them on [[18 Nov|date]]
he wants to bring the children to [[Linz|place]] "for Christmas" and has asked about a school there for [[Lukas|name]]. The
maternal grandmother is known to them, with nothing recorded, and supports the mother. No Hague Convention application there.
"""),
]


# --- E. Sturge / Lloyd family (white British Quakers), Much Wenlock -----------------------------------------------------

HOME_E = d.Address("9 Southfield Road", "", "Much Wenlock", "TF13 6AT")
DAD_E = d.Address("2 Paradise", "Coalbrookdale", "Telford", "TF8 7NR")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Esme", "Sturge-Lloyd")], dt.date(2012, 3, 30), addresses=[HOME_E], ids=["157 927 1286", "R893285389992"],
       phones=["07897 642 467"], schools=["William Brookes School"]),
    _p("s", "sibling", [("Barnaby", "Sturge-Lloyd")], dt.date(2016, 10, 12), addresses=[HOME_E], ids=["640 899 0894"],
       schools=["Much Wenlock Primary School"]),
    _p("m", "mother", [("Miriam", "Lloyd")], dt.date(1980, 5, 5), addresses=[HOME_E], phones=["07707 273 299"]),
    _p("f", "father", [("Tobias", "Sturge")], dt.date(1977, 8, 19), addresses=[DAD_E], phones=["07913 709 191"]),
], "c")

DOCS_E = [
    ("CAMHS referral form completed by the GP", """SHROPSHIRE, TELFORD AND WREKIN CAMHS - REFERRAL FORM (electronic, printed)
Referrer: Dr [[Anjali Mehta|name]], Much Wenlock and Cressage Medical Practice, [[Station Road|address]], [[Much Wenlock|place]]
Date of referral: [[07/10/2026|date]]    Urgency: URGENT (within 1 week)

Young person: [[Esme STURGE-LLOYD|name]]    DOB: [[30/03/2012|dob]]    NHS No: [[157 927 1286|nhs]]
Address: [[9 Southfield Road|address]], [[Much Wenlock|place]], [[TF13 6AT|postcode]]
YP mobile (she consents to texts): [[07897 642 467|phone]]
School: [[William Brookes School|school]], Year 10. Tutor: Mr [[Lewis Hale|name]]
Parent/carer: [[Miriam Lloyd|name]] (mother) [[07707 273 299|phone]]; [[Tobias Sturge|name]] (father, lives in [[Coalbrookdale|place]])
Sibling: [[Barnaby|name]] (10), [[Much Wenlock Primary|school]]

Reason for referral:
[[Esme|name]] attended with her mother. Low mood since her parents separated in the spring, worse since September. Cutting
to the forearms and thighs with a pencil sharpener blade for 6 weeks; 11 superficial healing cuts seen today, no infection.
Weight 41.2 kg (down 5 kg since June), BMI 15.9; she skips lunch and runs every evening on Wenlock Edge. Says she
"doesn't want to die, it just stops the noise". One episode of thinking about stepping in front of a lorry on the A458, on the
night of [[30th Sept|date]], after an argument with her father about his new partner, [[Jo|name]]. She has told the
elder at her Quaker meeting, [[Ruth Fry|name]], and her friend [[Isla Craven|name]]. Mother very supportive. Safety plan
done with [[Esme|name]] today; crisis numbers given.
Previous CAMHS: none. Medication: none. Allergies: nil.
Consent to share with school: yes ([[Esme|name]] and mother).
"""),
    ("a Quaker meeting's safeguarding coordinator's email to the social worker", """From: [[Ruth Fry|name]]
<[[ruthfry.wenlock@btinternet.com|email]]>
To: [[Sam Tudor|name]] <[[sam.tudor@temesevern.gov.uk|email]]>
Date: Sunday [[11 October 2026|date]] 20:14
Subject: [[Esme|name]] - from Shropshire Area Meeting (Quakers), as promised

Dear [[Sam|name]],

Thank you for ringing on Friday. As I said, I am one of the elders of the Meeting in [[Coalbrookdale|place]] and the
safeguarding coordinator for Shropshire Area Meeting. [[Miriam|name]] has asked me to put in writing what I know, and [[Esme|name]]
has agreed.

[[Esme|name]] has come to Meeting with her mother and brother since she was small; her grandmother, [[Margaret Lloyd|name]] (now in
a care home in [[Broseley|place]]), was a Friend for fifty years. At the young people's weekend at Glenthorne in [[Grasmere|place]]
([[25-27 Sept|date]]) one of our volunteers, [[Hugh Penny|name]], noticed cuts on her arms. On the Sunday after, in the garden of
the Meeting House, [[Esme|name]] told me about the cutting and about not eating. She said she hated "the silence at Dad's" and
that her father says Quakers are "soft". She asked me not to tell her father.

I told [[Miriam|name]] the same day, with [[Esme|name]] there, and we agreed she would go to the GP (Dr [[Mehta|name]]), which she did on
[[7 October|date]]. I have not spoken to [[Tobias|name]] myself; he has not come to Meeting since he moved in with [[Jo Wheeler|name]]
at [[Coalbrookdale|place]] in the spring.

Two things you may want to know. First, [[Barnaby|name]] (10) told our children's meeting leader, [[Anna Bright|name]], that "[[Esme|name]]
doesn't eat tea and Mum cries in the bathroom". Second, [[Esme|name]] is very close to [[Isla Craven|name]] from [[Craven Arms|place]]
(a coincidence they laugh about), whose mother [[Debbie|name]] drives them to athletics at the Wenlock Olympian Society;
[[Isla|name]] is worried and rang me herself on [[9/10|date]].

In Friendship,
[[Ruth|name]]
[[01952 727 415|phone]] (home) - [[Ruth Fry|name]], [[The Bull Ring|address]], [[Much Wenlock|place]]
"""),
    ("a girl's own pages from her notebook, typed up with her permission", """[typed by [[Esme|name]]'s worker from the pages
[[Esme|name]] chose to share, [[3 Nov 2026|date]]; spelling hers]

things i want people to know (for the meeting on the [[17th|date]])

1. im not doing it for attention. i hid it for 2 months. only [[isla|name]] and [[ruth|name]] knew and [[ruth|name]] made me tell mum
2. at dads in [[the dale|place]] its like living in a museum. [[jo|name]] has rules about shoes and crumbs and dad just
agrees with her. i go every other weekend and its the worst 2 days
3. i dont want to stop running. running up the edge is the only time my head is quiet. [[sam|name]] says running is ok if i eat
4. [[barney|name]] is fine. dont make him see anyone. he has [[oscar|name]] and minecraft lol
5. mum is trying so hard. she made me a timetable for eating with stickers like im 5 but i know why
6. i like Dr [[Ros Bennett|name]] at camhs in [[shrewsbury|place]]. i dont like the waiting room
7. i want to go to nan [[margaret|name]] in [[broseley|place]] on sundays instead of dads sometimes
8. if i move to [[Idsall|school]] in [[shifnal|place]] for sixth form everyone will know. i want to stay at [[wb|school]]

what helps: [[isla|name]], the dog, meeting for worship (the quiet is different there), mr [[hale|name]] letting me go to the
library at lunch, granny [[pam|name]] on facetime from [[Keswick|place]]

signed [[Esme S-L|name]] [[3/11/26|date]]
"""),
    ("child in need review meeting minutes", """CHILD IN NEED REVIEW - MINUTES
[[Esme Sturge-Lloyd|name]] ([[30.03.2012|dob]]) and [[Barnaby Sturge-Lloyd|name]] ([[12.10.2016|dob]])
Held [[17 November 2026|date]], 16:00, at [[William Brookes|school]], [[Farley Road|address]], [[Much Wenlock|place]]
Chair / SW: [[Sam Tudor|name]]. Minutes: [[Lyn Corbett|name]].
Present: [[Esme|name]] (first 20 minutes); [[Miriam Lloyd|name]]; [[Tobias Sturge|name]] (by phone from [[Ironbridge|place]]); Mr
[[Lewis Hale|name]] (tutor); Mrs [[Gwen Rudge|name]] (pastoral, [[William Brookes|school]]); Dr [[Ros Bennett|name]] (CAMHS);
[[Nia Marsh|name]] (school nurse). Apologies: [[Much Wenlock Primary|school]] ([[Barnaby|name]] doing well, report sent).

1. [[Esme|name]]'s views (she read her own list): summarised in her pages of [[3/11|date]]. She asked that her father listen to point 2.
2. CAMHS: Dr [[Bennett|name]] has seen [[Esme|name]] weekly since [[14 October|date]]. Weight up 1.1 kg. No cutting for 12 days. Meal plan
in place. Next: family sessions with both parents, first on [[1 Dec|date]] at [[Shrewsbury|place]].
3. School: Mr [[Hale|name]] - attendance 94%; library pass at lunch; PE changed to walking and yoga. Exams: no concerns.
4. Father: Mr [[Sturge|name]] said he "had not realised" how [[Esme|name]] felt at his home and will talk to Ms [[Wheeler|name]] about the
house rules. He asked for [[Esme|name]] to come on alternate weekends still; [[Esme|name]] (through the chair) asked for Saturdays only.
Agreed: Saturdays, [[Tobias|name]] to collect from [[Southfield Road|address]].
5. Family and community: maternal grandmother [[Margaret Lloyd|name]] in [[Broseley|place]]; paternal grandmother [[Pam Sturge|name]]
in [[Keswick|place]]; [[Ruth Fry|name]] and the Meeting; friend [[Isla|name]] and her mother [[Debbie Craven|name]].
6. [[Barnaby|name]]: happy at school; Cubs in [[Much Wenlock|place]]; sees his friend [[Oscar Bright|name]] (son of [[Anna|name]]) most
days.
Outcome: stay on a child in need plan; review [[9 February 2027|date]], 16:00, same place.
"""),
]


# --- F. Bowkett / Price family (white British), Steventon, Ludlow ------------------------------------------------------

HOME_F = d.Address("31 Steventon New Road", "Steventon", "Ludlow", "SY8 1JX")
NAN_F = d.Address("4 Tenement Row", "Clee Hill", "Ludlow", "SY8 3NB")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Ruby-Mae", "Price")], dt.date(2026, 9, 14), addresses=[HOME_F], ids=["239 374 2263"]),
    _p("m", "mother", [("Chelsea", "Bowkett")], dt.date(2007, 4, 3), addresses=[HOME_F], phones=["07939 373 822"]),
    _p("f", "father", [("Jordan", "Price")], dt.date(2004, 1, 29), addresses=[HOME_F], phones=["07719 511 837"]),
    _p("g", "grandparent", [("Tracey", "Bowkett")], dt.date(1983, 12, 6), addresses=[NAN_F], phones=["01584 890 227"]),
], "c")

DOCS_F = [
    ("community midwife's pre-birth assessment", """SHREWSBURY AND TELFORD HOSPITAL NHS TRUST - MATERNITY
PRE-BIRTH ASSESSMENT / SAFEGUARDING (midwife's section)
Woman: [[BOWKETT, Chelsea|name]]   DOB [[03/04/2007|dob]]   Address: [[31 Steventon New Road|address]], [[Ludlow|place]]
[[SY8 1JX|postcode]]
Partner: [[PRICE, Jordan|name]]   DOB [[29/01/2004|dob]]   Same address
EDD: [[12/09/2026|date]]   Booked: [[10/03/2026|date]] at 14+2 weeks   Midwife: [[Carys Lewis|name]], Ludlow Midwife Led Unit
Date of assessment: [[18 June 2026|date]] (home visit, 32 weeks)

[[Chelsea|name]] is 19 and this is her first pregnancy. She was in care herself from 13 to 17 (foster carers in [[Craven Arms|place]],
then [[Woodcote Way|address]] children's home in [[Shrewsbury|place]]), and has a personal adviser, [[Nathan Poole|name]], from the
leaving care team. [[Jordan|name]] has a mild learning disability; he went to [[Severndale|school]] and works 3 days a week at the
garden centre at [[Bromfield|place]]. His mum, [[Karen Price|name]], lives in [[Tenbury Wells|place]] and helps with his money.
[[Chelsea|name]]'s mum, [[Tracey Bowkett|name]], lives at [[Clee Hill|place]] ([[01584 890 227|phone]]); they fell out when
[[Chelsea|name]] went into care but "are good now".

Concerns: the flat is small, damp, up two flights; [[Chelsea|name]] smoked 10 a day until 28 weeks, now 2-3; low mood in the
second trimester (PHQ-9 of 12), now seeing the perinatal mental health nurse, [[Amy Stokes|name]]. [[Jordan|name]] says he is
worried he "won't know how to do the bottles right". No domestic abuse disclosed (asked alone, [[04/06|date]] and today).
Strengths: both attend every appointment; warm to each other; [[Chelsea|name]] has bought everything on the list from the
Ludlow Baby Bank; neighbour Mrs [[Sandy Barker|name]] at [[no. 29|address]] is "like a nan".

Plan: referral to children's social care for a pre-birth assessment (made [[18/06/26|date]]); antenatal classes at the [[Ludlow|place]]
unit with [[Jordan|name]] supported by his advocate [[Leanne|name]] from Shropshire Mencap; birth plan: Princess Royal Hospital,
[[Telford|place]].
"""),
    ("a father's text messages to his advocate, exported from her work phone", """Export - SMS thread with "[[Jordan Price|name]]"
[[07719 511 837|phone]] - work phone of [[Leanne Morris|name]], Advocate, Shropshire Mencap
(exported [[25/11/2026|date]] for the parenting assessment, with [[Jordan|name]]'s agreement)

[[15/09/2026|date]] 06:31 [[Jordan|name]]: shes here!!!!!! [[ruby mae|name]] 7lb 2 at 2.14 am. [[chels|name]] was amazing. im a dad
[[15/09/2026|date]] 07:02 [[Leanne|name]]: Congratulations [[Jordan|name]]!! So happy for you both. How is [[Chelsea|name]]?
[[15/09/2026|date]] 07:05 [[Jordan|name]]: tired. the midwife [[carys|name]] came. we have to stay 1 night in [[telford|place]]
[[18/09/2026|date]] 21:40 [[Jordan|name]]: [[leanne|name]] the bottle thing has got 2 lines which 1 is it. [[chelsea|name]] asleep
[[18/09/2026|date]] 21:44 [[Leanne|name]]: Ring me now and we'll look at it together.
[[02/10/2026|date]] 13:15 [[Jordan|name]]: a social worker called mrs [[hughes|name]] rang. are they taking [[ruby|name]]
[[02/10/2026|date]] 13:20 [[Leanne|name]]: No. It's the assessment we talked about. [[Ceri Hughes|name]] is nice, I've worked with her. I'll
come to the first meeting.
[[09/10/2026|date]] 18:02 [[Jordan|name]]: [[chelsea|name]]s mum [[tracey|name]] come down from [[clee hill|place]] and said im useless. i
went
out and walked to the castle. im back now
[[09/10/2026|date]] 18:10 [[Leanne|name]]: Well done for walking away. You're not useless. Shall I ask [[Ceri|name]] to talk to
[[Tracey|name]]?
[[09/10/2026|date]] 18:11 [[Jordan|name]]: yes. and my mum says can she come thursday from [[tenbury|place]]
[[30/10/2026|date]] 10:22 [[Jordan|name]]: the lady from the damp people came. mr [[jenkins|name]] upstairs has got mould too
[[12/11/2026|date]] 16:48 [[Jordan|name]]: [[ruby|name]] smiled at me!!! [[sandy|name]] next door seen it
[[24/11/2026|date]] 09:05 [[Jordan|name]]: is it tomorrow or wednesday the meeting at stone house. i wrote [[25|date]] on the calender
[[24/11/2026|date]] 09:09 [[Leanne|name]]: Tomorrow, Wednesday [[25th|date]], 10am. I'll pick you up at 9.40 from [[Steventon|place]].
"""),
    ("parenting assessment progress notes, weeks 1 to 6", """PAMS-BASED PARENTING ASSESSMENT - PROGRESS NOTES (weeks 1-6)
Parents: [[Chelsea Bowkett|name]] and [[Jordan Price|name]]      Baby: [[Ruby-Mae PRICE|name]], born [[14.09.2026|dob]], NHS
[[239 374 2263|nhs]]
Assessor: [[Ceri Hughes|name]], social worker, Teme and Severn Council ([[ceri.hughes@temesevern.gov.uk|email]], [[0345 678 9021|phone]])
Address of sessions: [[31 Steventon New Road|address]], [[Steventon|place]], [[Ludlow|place]] [[SY8 1JX|postcode]]

Week 1 ([[7 Oct|date]]): introductions; [[Leanne Morris|name]] (advocate) present for [[Jordan|name]]. Pictures used for the
bottle-making task. [[Jordan|name]] followed the picture steps correctly with one prompt. [[Chelsea|name]] quick and confident.
Week 2 ([[14 Oct|date]]): bathing; [[Ruby-Mae|name]] well handled by both. [[Chelsea|name]] spoke about her own care history and
her foster carer in [[Craven Arms|place]], Mrs [[Lorna Arms|name]], who still sends cards.
Week 3 ([[21 Oct|date]]): safe sleep. Baby asleep on the sofa on arrival with [[Jordan|name]] dozing beside her. Discussed; both
understood; cot moved into the living room as the bedroom is too damp. Landlord (Marches Lettings) told.
Week 4 ([[28 Oct|date]]): [[Tracey Bowkett|name]] present for part. Tension between her and [[Jordan|name]]. [[Tracey|name]] offered to have
[[Ruby-Mae|name]] one night a week at [[Clee Hill|place]] to give [[Chelsea|name]] a rest. Parents to think about it.
Week 5 ([[4 Nov|date]]): health visitor [[Bethan Lowe|name]] joined: weight on the 50th centile, 6-8 week check done by Dr
[[Fiona Church|name]] on [[3 November|date]], no concerns. [[Chelsea|name]]'s PHQ-9 now 7.
Week 6 ([[11 Nov|date]]): routines; [[Jordan|name]] now keeps the feeding chart (see the scanned sheet). Neighbour [[Sandy Barker|name]]
dropped in with a casserole. Next: [[Karen Price|name]] (paternal nan, [[Tenbury|place]]) to be seen on [[18 November|date]].
Week 6 addendum ([[13 Nov|date]]): phone call from [[Nathan Poole|name]] (PA): [[Chelsea|name]] has been offered a two-bed flat by
Stonewater on [[Sidney Road|address]], [[Ludlow|place]], viewing [[20/11|date]]. [[Jordan|name]]'s mum [[Karen|name]] rang
([[07856 165 906|phone]]) to say she can come every Friday. [[Tracey|name]] rang to say sorry to [[Jordan|name]].

Emerging view: good enough care with support; main risks are damp housing, [[Chelsea|name]]'s mood, and [[Jordan|name]]'s need for
visual prompts, which he uses well. Final report due [[16 December 2026|date]].
"""),
    ("the parents' handwritten feeding and visitors chart, scanned and run through OCR", """[scan of A4 sheet stuck on the fridge, OCR
text, faults kept; handed to [[C. Hughes|name]] [[11/11/26|date]]]

[[RUBY-MAE|name]]S CHART   week of [[2nd NOV|date]]        ([[Jordan|name]] writes feeds, [[Chels|name]] writes who came)
Mon [[2|date]]   feeds 6am 9.30 1pm 4.3O 8pm llpm 2am   who came: [[Sandy|name]] ([[no.29|address]]), the HV [[Bethan|name]]
Tue [[3|date]]   feeds 6.15 lOam 1.30 5pm 8.30 ll.45 3am   who came: Dr [[Church|name]] at the surgery for the 6 wk check
Wed [[4|date]]   feeds 5.50 9am 12.30 4pm 8pm 12 2.4Oam   who came: [[Ceri|name]] + [[Leanne|name]] + the HV again
Thu [[5|date]]   feeds 6am 9am 1pm 4.15 7.45 ll.3O 3am   who came: my mum [[Tracy|name]] (stayd 1 hr, was ok this time)
Fri [[6|date]]   feeds 6.3O 10am 1pm 4pm 8pm 12 3am   who came: [[Jord|name]]s mum [[Karen|name]] from [[Tenbury|place]] on the bus
Sat [[7|date]]   feeds 6am 9.15 12.45 4.3O 8pm 11.4O 2.3Oam   who came: nobody, we went to [[Ludlow|place]] market with the pram
Sun [[8|date]]   feeds 6am 9am 1pm 4pm 8pm l2 3am   who came: [[Kayla|name]] my mate from [[Leominster|place]] with her baby [[Reggie|name]]
NOTES: [[Ruby|name]] had the jabs on [[3|date]]. sleepy after. Gas man coming [[l0th|date]] for the boiler. Mr [[Jenkins|name]] upstairs
says
the landlord is called Mr [[Dhillon|name]] not Marches - ask [[Ceri|name]]
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 171 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 18:05 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cllr", "nurse", "sister",
           "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "mum", "mummy", "mam", "dad",
           "daddy", "aunty", "auntie", "uncle", "stepdad", "mme", "madame", "madam", "monsieur", "tonton", "tantine", "manman",
           "papa", "frau", "herr", "mag.a", "mag", "oma", "opa", "elder", "friend"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "shropshire",
               "south shropshire", "herefordshire", "worcestershire", "west midlands", "west mercia", "the marches", "austria",
               "österreich", "styria", "steiermark", "upper austria", "oberösterreich", "france", "la réunion", "réunion",
               "la rényon", "reunion", "indian ocean", "germany", "europe", "cumbria", "the lake district"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and polite words (before a name: "Mme Payet", "Frau
# Aigner", "Mag.a Sabine Pölzl", "Tonton Jean-Hugues", "stepdad", "nan margaret", "granny pam") and counties, regions and
# countries ("Shropshire", "Austria", "La Réunion", "France").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
