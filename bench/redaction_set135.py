"""Set 135: a held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, anything under
hearth/redaction/tests/, hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types
through bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set134.py, bench/redaction_set136.py, bench/redaction_set137.py and their tests (written by other helpers at the
same time), that did not run the detector or any bench script that runs it, that ran no git command, and that looked at no
detector output. What was read: bench/redaction_set21.py and tests/test_redaction_set21.py in full (the layout and marking
conventions followed here); the module docstrings of bench/redaction_set7.py to bench/redaction_set133.py, printed with ast and
searched only for the towns, districts and communities earlier sets used as a family's home (the bodies of earlier sets were not
read or searched); the function and class names, the `party` method and the HandSet docstring and signature of
bench/redaction_handwritten.py; and the ruff settings in pyproject.toml. Phone numbers were checked with the phonenumbers library
and NHS numbers and UPNs made and checked with python-stdnum in small snippets. The record constructors (d.Party through
`_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records. Nobody may tune the detector on
this set: it is to be scored once, after the detector's current round of changes. If a mistake in the gold marking is found after
scoring, correct only the marking and say so here.

Six families in Crawley and Horley, each from a district no earlier set used as a family's home (set 21's uncle lived in Ifield
and an earlier set's family in Broadfield, so neither is a home here). Four of the kinds most common in children's social care: a
young white British mother in Bewbush, Crawley, with a grandmother in Horley (Mercer / Stride; a boy of 9 who wets the bed and is
shouted at, a baby, cannabis smoke, a partner kicking the door at night, a boy taking the baby out alone, post-natal depression),
a white British family in Meath Green, Horley, with a father in Redhill and an aunt in Smallfield (Sayers / Warrender; a mother's
alcohol dependence, a boy of 12 as a young carer who rings 999, a neighbour who helps), a Sri Lankan Tamil family in Gossops
Green, Crawley, with a grandmother in Nallur, Jaffna (Sivakumar / Tharmalingam / Ratnam; a boy of 13 hit with a charger cable
over lost money, a father's gambling debts to a loan man, domestic abuse, supervised contact by video with Jaffna) and a British
Pakistani family in Tilgate, Crawley, who speak Saraiki at home, with a grandmother in Multan and an aunt in Bradford (Hussain /
Noreen / Akhtar; a baby of 20 weeks with a spiral femoral fracture and an older rib fracture, care proceedings, a taxi driver
father's logs, a mother's letter in Urdu). Two from communities no earlier set's docstring names: a Rodriguan family (from
Rodrigues, Mauritius; Rodriguan Kreol) in Langley Green, Crawley, with an uncle in Pound Hill and a father and grandmother on
Rodrigues (Perrine / Legros; a boy of 14 exploited through county lines from Three Bridges to Brighton, missing episodes, a stop
and search, a sister frightened by the boys at the door) and an Indo-Mauritian Hindu family who speak Bhojpuri and Kreol in
Three Bridges, Crawley, with a grandmother in Triolet and an uncle in Quatre Bornes (Ramdin / Seebaluck; a girl of 15 who
self-harms and took an overdose on Diwali night, a controlling father, flights booked to Mauritius for her alone with her mother
and brother, an aunt in Southgate as the safe adult). 24 documents, each with its own style label: a home visit case note, a
police officer's review of video doorbell clips, a chronology of significant events, a mother's handwritten statement scanned
with OCR errors ("lvy", "l4 Breezehurst Dr", "2Oth"), an exploitation strategy meeting's minutes, a mother's voice notes in
Rodriguan Kreol transcribed and translated, a return home interview record, a British Transport Police stop and search record, a
GP's urgent CAMHS referral letter, a school safeguarding system (CPOMS) export, an initial child protection conference report, a
grandmother's voice message in Bhojpuri (Devanagari) and Kreol transcribed, a young carer's needs assessment, a police body-worn
video transcript, a GP's letter to social care, a boy's text messages from screenshots, a section 47 enquiry outcome report, a
child's worry box note handwritten and scanned (with a Tamil line), a health visitor's contact record, a supervised contact
record of a video call, a paediatric child protection medical report, a legal planning meeting's minutes with the letter before
proceedings, a taxi firm's driver log sent by email, and a mother's own letter in Urdu (Nastaliq) with a translation.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the phonenumbers
library), UK and foreign (Mauritius including Rodrigues, Sri Lanka, Pakistan); NHS numbers and UPNs (LA 938 for West Sussex, 936
for Surrey) pass their check digits; NI numbers have a valid format. The council (West Weald Council), the interpreting agency
(LinguaSouth), the taxi firm (K2 Cars), the schools Breezehurst Primary Academy, Langley Brook Academy, Ifield Mill Primary School,
Tinsley Green Infant School, Gossops Green Primary School and Tilgate Forest Academy, the nursery Little Acorns and the surgeries
(Birch House Surgery, Tilgate Surgery, Southgate Medical Group) are invented; towns, districts, estates, villages, real schools
(Hazelwick School, Oakwood School, Meath Green Infant School), real charities and services, NHS bodies, hospitals, police
forces, shopping centres, airports, cricket teams, festivals and laws are real and stay unmarked unless the conventions say
otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode, place,
school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, PC, PCSO, DC,
DS, Nanny, Nan, Mesie, Appa, Amma, Paati, Nani, abbu, amma, the Urdu محترمہ and امی) stay outside the name span, before or after
the name ("Raju anna", "Arun anna", "Siva appa", "فیون صاحبہ", "Mrs Pike senior"); a possessive 's stays outside; every person's
name is a name in every form, record or not. "SURNAME, First" is one span ("MERCER, Tyler-Jay", "PERRINE, Dylan", "RAMDIN,
Kavya", "SIVAKUMAR, Nila", "STRIDE, Callum"), and so is "SURNAME First"; an initial with a surname is one span ("H. Okafor", "K.
Mercer", "T HUSSAIN"), and so is a first name with an initial after it ("nila S", "tyler r"); initials alone ("HO", "LT", "D",
"K.", "mrs k") are not marked; a collar or driver number stays outside; a name, address, place, school or date broken by a line
break is one span holding the break; social media handles ("kav.ya_x_") are not marked; a contact saved with an emoji marks the
name only ("Josh"). A street address is one span, its town a place, its postcode a postcode; a street named without a number is
an address, and so is a neighbour's bare house number ("no. 16", "16", "14", and "9" in "no. 9") and an address abroad ("14 Temple
Road", Nallur; "House 112, Street 4, Gulgasht Colony", Multan); towns, cities, villages, districts and estates are places, at
home or abroad and in any script ("ملتان", "بریڈفورڈ", "ट्रियोले"), and so is a short form ("Langley Grn"); countries, counties
and regions are not ("Mauritius", "Sri Lanka", "Pakistan", "Surrey", "West Sussex"); organisations are not marked even when
they hold a town's or a person's name ("Crawley Foodbank", "Crawley Open House", "Crawley Town Hall", "Crawley Family Centre",
"Bewbush Medical Centre", "Three Bridges Health Centre", "Southgate Medical Group", "East Surrey Hospital", "K2 Cars", "Shri
Ram Mandir", "Jaffna Kings", "Surrey Young Carers", "Karma Nirvana", "the Family Court at Brighton"); a school's name is a
school, and so is its short form, in any case ("Breezehurst", "Hazelwick", "Tilgate Forest", "Langley Brook", "meath green",
"oakwood", "Little Acorns"); a date of birth is dob, any other calendar date with a day is date (a weekday before it stays
outside), and a bare day ("20", "the 30th", "21st", "the 13th") is a date; months and years alone are not marked ("Sept 2025",
"March"); pets and animals (the cow "Lakshmi") are not names; parks, beaches, shopping centres and airports are landmarks and
stay unmarked ("horley park", "Trou d'Argent", "County Mall", "Gatwick"); a surname or first name that is also an English word
or a town is marked by what it refers to ("Jean Horley", "Lewis Crawley", "Mr Crawley", "Connor Ifield", "Mrs Oliver",
"oliver", "Rebecca Summers", "Imogen Lake", "Hollie Brand" are names; Horley, Crawley and Ifield are places when they are
places); names in Devanagari ("विद्या", "काव्या", "इशान", "अनिल"), Tamil ("நிலா") and Urdu ("رخسانہ نورین", "فیون", "نسرین", "طارق",
"سائرہ", "زارا", "حمزہ", "علیان") are names; a team or service named by its town marks the town ("Crawley Response", "Crawley
West team", "Horley Neighbourhood Policing Team", "Crawley police station").

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: Rodrigues, an island of
about 40,000 people where the family was born and the father lives, is a place, as set 21's Peros Banhos was, while Mauritius is a
country and stays unmarked; a railway station named by its district ("Three Bridges station", "Three Bridges railway station")
marks the district, as a branch named by its town does; a Kreol or French name for a city ("Londres") is a place; an OCR
misreading of a name, address, date or phone is marked by what it means ("lvy", "l4 Breezehurst Dr", "2Oth"); a street nickname
or alias ("Smokes", "Deano", "Ti-Paul", "Kimmy") is a name; kinship words in Tamil, Kreol, Bhojpuri and Urdu (Appa, Amma, Paati,
Nani, Mesie, mo mama, amma, abbu, بیٹی, बेटी) are not names, and "anna" (elder brother) after a name stays outside it; a festival
named in place of a date ("Diwali night", "the Varalakshmi day", "Deepavali shopping day") is not marked, though the calendar
date given beside it is; a crime reference, a GMC number, an interpreter's job reference, a driver number and an incident log
number are not marked; a moped seen with no registration gives no vehicle span; the street of a public building ("The
Boulevard", given for the Town Hall) is an address, as any street is.

Self-check without the detector: `python -m bench.redaction_set135` (and tests/test_redaction_set135.py) runs set 15's checker
(which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words (before and after a name)
and counties, regions and countries, and prints the number of documents and gold spans per kind: 24 documents,
986 gold spans, 556 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Mercer / Stride family (white British), Bewbush, Crawley; a grandmother in Horley ----------------------------------

HOME_A = d.Address("14 Breezehurst Drive", "Bewbush", "Crawley", "RH11 8UX")
NAN_A = d.Address("7 Vicarage Lane", "", "Horley", "RH6 8AR")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tyler-Jay", "Mercer")], dt.date(2017, 6, 2), addresses=[HOME_A], ids=["594 741 7405", "E938492833230"],
       schools=["Breezehurst Primary Academy"]),
    _p("s", "sibling", [("Ivy", "Mercer")], dt.date(2025, 2, 18), addresses=[HOME_A], ids=["645 544 9444"]),
    _p("m", "mother", [("Kayleigh", "Mercer")], dt.date(1999, 9, 24), addresses=[HOME_A], phones=["07954 728 757"],
       ids=["JT 46 81 27 B"]),
    _p("f", "father", [("Callum", "Stride")], dt.date(1997, 4, 11), addresses=[HOME_A], phones=["07422 688 475"]),
    _p("g", "grandparent", [("Tracey", "Mercer")], dt.date(1972, 12, 5), addresses=[NAN_A], phones=["01293 784 219"]),
    _p("p1", "professional", [("Harriet", "Okafor")], phones=["0300 123 4762"], emails=["harriet.okafor@westweald.gov.uk"]),
], "c")

DOCS_A = [
    ("home visit case note", """CASE NOTE - Home visit (unannounced)                                  West Weald Council, Children's
Services
Child: [[Tyler-Jay Mercer|name]] (DOB [[02/06/2017|dob]])   Sibling: [[Ivy Mercer|name]] (DOB [[18/02/2025|dob]])
Address: [[14 Breezehurst Drive|address]], [[Bewbush|place]], [[Crawley|place]] [[RH11 8UX|postcode]]
Date of visit: Thursday [[19 November 2026|date]], 16:10-17:05       Worker: [[Harriet Okafor|name]], Social Worker

Purpose: child in need visit, 3rd visit of the plan; check on the home conditions after the school's call of [[17.11.26|date]].

Present: [[Kayleigh|name]] (mum), [[Tyler-Jay|name]] ("[[TJ|name]]"), [[Ivy|name]]; [[Callum Stride|name]] ([[Ivy|name]]'s dad) arrived
at 16:40.
Also in the flat when I arrived: a neighbour, [[Shannon|name]] from the ground floor (no. [[9|address]]), who left soon after.

Observations: the front room had been cleared since my visit of [[5 November|date]]. Bags of rubbish were still on the
balcony. [[Ivy|name]] was in a clean sleepsuit and crawling; there was a stair gate now at the kitchen. [[TJ|name]] showed me his
bedroom: the mattress is on the floor and the duvet cover smelt of urine. He told me "[[Callum|name]] shouts when I wet"
and that he "goes to Nanny [[Trace|name]]'s in [[Horley|place]] on Saturdays". When I asked who else comes to the house he
said "[[Rio|name]] and [[Deano|name]] play PlayStation with [[Callum|name]] and it smells like skunk".

[[Kayleigh|name]] said that [[Callum|name]] only smokes "out on the balcony". She said she is behind with the rent and that
the Crawley Foodbank voucher from the school ran out. I gave her the number of the Citizens Advice money team and talked about the
nursery place for [[Ivy|name]] at [[Little Acorns|school]] on [[Bewbush Drive|address]] (two-year-old funding from the new year - to
check).

[[Callum|name]] came in at 16:40 and was polite but said "I ain't signing nothing". He works nights at a warehouse near
Gatwick. He agreed to do a hair strand test if his solicitor, Ms [[Fenella Dacosta|name]] of [[Dacosta|name]] & Partners,
says it is fair.

Analysis: some progress on the home. The worry is [[TJ|name]]'s wetting and the shouting, and cannabis smoke around a
baby. Next: joint visit with the health visitor, [[Anita Rowbotham|name]], on Tuesday [[1 December|date]]; speak to
[[Tracey Mercer|name]] ([[01293 784 219|phone]]) about the weekends.

Contacts checked on this visit: [[Kayleigh|name]] [[07954 728 757|phone]] (same); [[Callum|name]] [[07422 688 475|phone]] (he says
"new phone soon"); school DSL Mrs [[Yvonne Keogh|name]] ([[Breezehurst Primary Academy|school]], office
[[01293 548 210|phone]]). [[TJ|name]]'s UPN [[E938492833230|upn]] and NHS no. [[594 741 7405|nhs]] checked against the referral.
[[Kayleigh|name]]'s NI number [[JT 46 81 27 B|ni]] given for the Household Support Fund form, sent [[20/11/2026|date]].
Next visit: Monday [[30 November|date]] or Tuesday [[1 December|date]] with [[Anita|name]].                     HO
"""),
    ("doorbell camera clip described by a police officer", """SUSSEX POLICE - EVIDENCE REVIEW NOTE (video doorbell footage)
Reviewed by PC 4471 [[Mark Ellery|name]], [[Crawley|place]] Response, on [[22/11/2026|date]]
Source: doorbell camera at [[no. 16|address]] [[Breezehurst Drive|address]] (owner Mr [[Desmond Pike|name]], 07 number given, not
needed). Clips supplied by email from Mr [[Pike|name]]'s daughter, [[Lorna Pike|name]] (details below).

CLIP 1 - [[20.11.2026|date]] 23:41:07 to 23:42:55 (camera clock one hour slow? owner says correct)
A male, white, 20s, grey tracksuit, walks along the walkway to the door of [[14|address]]. Believed to be [[Callum STRIDE|name]]
(I know him from previous). Audio: male voice "open the f-ing door [[Kay|name]]" x3. Female voice from inside "go away
you're scaring [[TJ|name]]". Male kicks door twice. A child crying can be heard (toddler?).
CLIP 2 - [[21.11.2026|date]] 00:02:13
Same male sits on the wall, on phone. Audio: "...she's got the social on me, bruv... nah [[Deano|name]]'s got it, I'll
come [[Langley Green|place]] tomorrow..." then walks off towards [[Bewbush Drive|address]] and the parade.
CLIP 3 - [[21.11.2026|date]] 07:58:40
A boy, about 9, in school jumper (crest of [[Breezehurst Primary|school]]) leaves [[14|address]] alone, pushing a buggy with a
baby. Female voice (doorbell of [[16|address]]) "[[Tyler|name]] babe where's your mum?" - this is Mrs [[Pike|name]] senior.
Boy: "she's poorly, I'm taking [[Ivy|name]] to nanny's bus". Bus stop on [[Breezehurst Drive|address]].

Email of the daughter given on the consent form: [[lorna.pike67@icloud.com|email]] ; phone [[07784 781 633|phone]].
Action: intelligence submitted; DA referral to West Weald MASH; no crime (no damage found) - PC [[Ellery|name]].
Linked: [[STRIDE, Callum|name]] ([[11/04/1997|dob]]), of [[14 Breezehurst Drive|address]]; victim [[MERCER, Kayleigh|name]]
([[24/09/1999|dob]]), [[07954 728 757|phone]]; children [[Tyler-Jay|name]] and [[Ivy|name]]. Mrs [[Pike|name]] senior is
[[Maureen Pike|name]], 81. [[Deano|name]] is thought to be [[Dean Marsh|name]] of [[Furnace Green|place]] (not confirmed).
"""),
]
DOCS_A += [
    ("chronology of significant events", """CHRONOLOGY OF SIGNIFICANT EVENTS - [[MERCER, Tyler-Jay|name]] ([[02.06.2017|dob]]) and
[[MERCER, Ivy|name]] ([[18.02.2025|dob]])
Prepared by [[H. Okafor|name]] for the initial child protection conference, [[27 November 2026|date]]

Date        | Event                                                          | Source       | Impact on the children
[[14/03/2019|date]]  | [[Kayleigh|name]] and [[TJ|name]] move from [[Tracey|name]]'s at [[7 Vicarage Lane|address]],       | Housing
file | Settled, own tenancy
            | [[Horley|place]] [[RH6 8AR|postcode]], to [[14 Breezehurst Drive|address]]                   |              |
[[02/09/2021|date]]  | [[TJ|name]] starts Reception at [[Breezehurst Primary Academy|school]]                    | School       |
Attendance 96%
[[11/07/2024|date]]  | Police called to a row at the flat; [[Callum Stride|name]] arrested, NFA   | Police       | [[TJ|name]] (7)
present
[[18/02/2025|date]]  | [[Ivy|name]] born at East Surrey Hospital, [[Redhill|place]]                      | Health       | -
Sept 2025    | [[TJ|name]]'s attendance falls to 81% (month only)                | School       | Late most days
[[06/10/2026|date]]  | Bruise on [[TJ|name]]'s ear seen by his teacher, Mr [[Lewis Crawley|name]]; [[TJ|name]] says   | School/CPOMS |
Strategy discussion
            | "[[Cal|name]] flicked me"                                             |              |
[[07/10/2026|date]]  | Strategy discussion: s.47 not met, CIN plan                   | MASH         | -
[[17/11/2026|date]]  | School ring: [[TJ|name]] brought [[Ivy|name]] to the school gate at 8:40 alone | School       | Caring for baby
[[20|date]]-[[21/11/2026|date]] | Doorbell footage: [[Callum|name]] kicking the door at night          | Police       | Fear, crying
[[22/11/2026|date]]  | [[Tracey|name]] rings the MASH; says [[Callum|name]]'s friend [[Deano|name]] ([[Dean Marsh|name]]) | MASH
 | -
            | deals from a flat on [[Weald Drive|address]], [[Furnace Green|place]]          |              |
[[24/11/2026|date]]  | [[Kayleigh|name]] tells me she has asked [[Callum|name]] to leave; he is staying with a friend,  | SW visit
| -
            | [[Rio Hartnett|name]], in [[Langley Green|place]]; his phone now [[07744 465 107|phone]]       |              |

Note: [[Tracey Mercer|name]] ([[01293 784 219|phone]]) to be invited to the conference as a support to [[Kayleigh|name]].
"""),
    ("mother's handwritten statement scanned with OCR", """Statment of [[Kayleigh Mercer|name]]
page 1 of 2
(handwriten - scanned by West Weald Council mail room [[25/11/2026|date]] 10:14, OCR)

My name is [[Kayleigh Mercer|name]] I am 27 and I live at [[l4 Breezehurst Dr|address]] [[Bewbush|place]] with my 2 kids
[[Tyler-Jay|name]] who is 9 and [[lvy|name]] who is 21 months. I want to say my side for the conferance.

I know the flat got bad. After [[lvy|name]] I got really low and the doctor at Bewbush Medical Centre put me on
sertraline. [[Callum|name]] was ment to help but he was out with [[Rio|name]] and them most nights. I never let him hit [[TJ|name]],
when
he flicked his ear I told him to get out and he did for 2 weeks. He come back on the [[2Oth|date]] drunk and kicked the door
I didnt open it. I rang my mum [[Tracey|name]] in [[Horley|place]] and she came at 7 in the morning on the bus.

[[TJ|name]] should not of took [[lvy|name]] to school that day. I was sick with a migrane and I didnt know he went. That
is not going to happen again. My mum has said she can have [[lvy|name]] Tuesdays and Thursdays and she will come
to mine on Weds. My mums number is [[01293 784 219|phone]] if you need her.

I want [[TJ|name]] to stay at [[Breezehurst|school]] his teacher Mr [[Crawley|name]] is the only one who gets him.
I have done the Freedom Programme before at the family centre in [[Crawley|place]] in 2O22 with [[Bev|name]] the worker.

Signed  [[K. Mercer|name]]      [[24-11-26|date]]
"""),
]


# --- B. Perrine / Legros family (Rodriguan, from Rodrigues, Mauritius), Langley Green, Crawley -------------------------------

HOME_B = d.Address("Flat 6, 31 Martyrs Avenue", "Langley Green", "Crawley", "RH11 7RY")
UNCLE_B = d.Address("40 Worth Road", "Pound Hill", "Crawley", "RH10 7DY")
GRAN_B = d.Address("Rue Jenner", "Grande Montagne", "Rodrigues", "")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Dylan", "Perrine")], dt.date(2012, 8, 30), addresses=[HOME_B], ids=["634 048 1442", "T938754636893"],
       schools=["Langley Brook Academy"]),
    _p("s", "sibling", [("Kimberley", "Perrine")], dt.date(2016, 3, 9), addresses=[HOME_B], ids=["413 132 6914"],
       schools=["Ifield Mill Primary School"]),
    _p("m", "mother", [("Marie-Josée", "Perrine")], dt.date(1990, 1, 15), addresses=[HOME_B], phones=["07791 420 475"]),
    _p("f", "father", [("Jean-Noël", "Legros")], dt.date(1987, 10, 2), addresses=[GRAN_B], phones=["+230 5918 3307"]),
    _p("u", "uncle", [("Gilbert", "Perrine")], dt.date(1984, 5, 21), addresses=[UNCLE_B], phones=["07924 970 369"]),
    _p("g", "grandparent", [("Lise", "Perrine")], dt.date(1961, 7, 7), addresses=[GRAN_B], phones=["+230 831 1472"]),
    _p("p1", "professional", [("Owain", "Pritchard")], phones=["01293 511 406"], emails=["owain.pritchard@westweald.gov.uk"]),
], "c")

DOCS_B = [
    ("exploitation strategy meeting minutes", """WEST WEALD COUNCIL - CHILD EXPLOITATION STRATEGY MEETING - MINUTES
Child: [[Dylan PERRINE|name]], DOB [[30-08-2012|dob]], [[Flat 6, 31 Martyrs Avenue|address]], [[Langley Green|place]], [[Crawley|place]]
[[RH11 7RY|postcode]]. NHS [[634 048 1442|nhs]]. UPN [[T938754636893|upn]].
Date: Wednesday [[2 December 2026|date]], 10:00, Teams.   Chair: [[Nadia Essop|name]], Team Manager (Adolescent Service)

Present: [[Owain Pritchard|name]] (SW, allocated), DC [[Jo Rennie|name]] (Sussex Police, Missing and Exploitation Team),
[[Becca Lowry|name]] (DSL, [[Langley Brook Academy|school]]), [[Sam Adeyemi|name]] (YJS), [[Kerry-Ann Doyle|name]] (school nurse).
Apologies: [[Marcus Bright|name]] (Crawley Open House youth worker).

1. Why we are here. [[Dylan|name]] (14) has been missing three times in a month: [[7|date]]-[[8 November|date]], [[15 November|date]]
and [[28/29 November|date]] (found in [[Brighton|place]], in a flat on [[Whitehawk Road|address]], with a boy of 17 known as
"[[Smokes|name]]" and a man of 24, [[Levi Tanner|name]]). He had £340, two phones and a rail ticket [[Three Bridges|place]] to
[[Brighton|place]]. British Transport Police stopped him at [[Three Bridges|place]] station on [[26/11|date]].
2. School: attendance 61%; excluded for 3 days after a fight with a Year 11, [[Connor Ifield|name]]. [[Becca|name]] says [[Dylan|name]]
wears new North Face and Trapstar and sleeps in lessons.
3. Family: mum, [[Marie-Josée|name]], speaks Rodriguan Kreol and some English; an interpreter is needed. She works
cleaning shifts at Gatwick. Uncle [[Gilbert|name]] ([[Pound Hill|place]]) helps. Dad, [[Jean-Noël Legros|name]], lives in
[[Rodrigues|place]] ([[+230 5918 3307|phone]]). [[Kimberley|name]] (10) is at [[Ifield Mill Primary|school]] and is said to
be "scared of the boys who come to the door".
4. Actions: NRM referral ([[Owain|name]]); a disruption notice to [[Levi Tanner|name]] (DC [[Rennie|name]]); a safety plan, with
[[Gilbert|name]] as the night-time contact ([[07924 970 369|phone]]); return home interviews by [[Marcus|name]].
Next meeting: [[16.12.2026|date]].

Distribution: [[nadia.essop@westweald.gov.uk|email]]; [[owain.pritchard@westweald.gov.uk|email]]; DC [[Rennie|name]] (secure email);
[[Becca Lowry|name]], [[Langley Brook|school]] (by Egress); [[Sam Adeyemi|name]]; [[Marcus Bright|name]] ([[07886 849 232|phone]]).
Family to be told by [[Owain|name]] with the interpreter, [[Ginette Tolbize|name]], on Friday [[4 December|date]] at [[Gilbert|name]]'s
house,
[[40 Worth Road|address]], [[Pound Hill|place]]. [[Kimberley|name]]'s school contact: Mr [[Kofi Mensah|name]], DSL,
[[Ifield Mill|school]].
"""),
    ("mother's voice notes in Rodriguan Kreol, transcribed and translated", """TRANSCRIPT AND TRANSLATION - three voice notes sent by
[[Marie-Josée Perrine|name]] ([[07791 420 475|phone]]) to the
social worker's work phone. Transcribed and translated from Rodriguan Kreol by [[Ginette Tolbize|name]], interpreter (LinguaSouth
ref. 55-8801). Spelling as spoken; the translation follows each note.

VN1 - [[29/11/2026|date]] 02:14
KREOL: Mesie [[Owain|name]], [[Dylan|name]] pa finn retourne. Mo finn telefonn li dis fwa. [[Gilbert|name]] pe roul dan
[[Crawley|place]]
pou rod li. Mo per, mo per, zot kapav ed mwa?
ENGLISH: Mr [[Owain|name]], [[Dylan|name]] has not come home. I've called him ten times. [[Gilbert|name]] is driving round
[[Crawley|place]] looking for him. I'm scared, I'm scared, can you help me?

VN2 - [[29/11/2026|date]] 09:40
KREOL: Lapolis finn trouv li [[Brighton|place]]. Li dir li ti kot enn kamarad, "[[Smokes|name]]". Mo pa konn sa garson la. Mo
mama, [[Lise|name]], telefonn depi [[Grande Montagne|place]], li dir pou avoy [[Dylan|name]] [[Rodrigues|place]] kot li, lwin ar sa
bann la. Linn dir rapel li lor [[+230 831 1472|phone]].
ENGLISH: The police found him in [[Brighton|place]]. He says he was at a friend's, "[[Smokes|name]]". I don't know that boy. My
mum, [[Lise|name]], rang from [[Grande Montagne|place]]; she says to send [[Dylan|name]] to [[Rodrigues|place]] to her, away from
that lot. She says call her back on [[+230 831 1472|phone]].

VN3 - [[30/11/2026|date]] 18:05
KREOL: [[Kimmy|name]] pa le al lekol demin. Bann garson la ti vinn lor laport, zot ti dimann [[Dylan|name]]. Enn ti ena enn loto
nwar, [[GX19 KPV|vehicle]], mo finn ekrir nimero la.
ENGLISH: [[Kimmy|name]] doesn't want to go to school tomorrow. The boys came to the door asking for [[Dylan|name]]. One had a
black car, [[GX19 KPV|vehicle]]; I wrote the number down.

VN4 - [[1/12/2026|date]] 07:30
KREOL: [[Jean-Noël|name]] inn telefonn depi [[Port Mathurin|place]]. Li dir li pou vinn [[Londres|place]] le [[20|date]] Desam, li pou
res kot
so kouzin [[Ti-Paul|name]] dan [[Horley|place]]. Mo pa le li vinn lakaz. [[Dylan|name]] pa konnen. Mesie [[Owain|name]], ki mo fer?
ENGLISH: [[Jean-Noël|name]] rang from [[Port Mathurin|place]]. He says he is coming to [[London|place]] on the [[20th|date]] of
December and
will stay with his cousin [[Ti-Paul|name]] in [[Horley|place]]. I don't want him at the house. [[Dylan|name]] doesn't know. Mr
[[Owain|name]], what do I do?

Interpreter's note: "Mesie" (Mister) and "mo mama" (my mum) are not names; "[[Kimmy|name]]" is [[Kimberley|name]].
"""),
]
DOCS_B += [
    ("return home interview record", """RETURN HOME INTERVIEW (RHI) - Crawley Open House Youth Project, for West Weald Council
Young person: [[Dylan Perrine|name]]  DOB: [[30/08/2012|dob]]   Episode: missing [[28/11/2026|date]] 16:00 - found [[29/11/2026|date]]
09:10 ([[Brighton|place]])    RHI done: [[1 Dec 2026|date]], 15:30, at the Costa in County Mall ([[Dylan|name]]'s choice)
Interviewer: [[Marcus Bright|name]]

Where were you? "[[Whitehawk|place]]. My boy's yard." Whose? "Just [[Smokes|name]]. Real name [[Kyan|name]] I think." [[Dylan|name]]
said he got the train from [[Three Bridges|place]] with "LT" (he would not say more; probably [[Levi Tanner|name]]) and that
he was "just chilling". He said he slept on a sofa, ate chicken from the shop and "didn't do nothing".
Phones: said the second phone is "for my girl", [[Jade|name]], from [[Tilgate|place]]. Number he gave: [[07798 694 619|phone]].
Money: "birthday money from my uncle" - [[Gilbert|name]]'s birthday was in August, [[Dylan|name]]'s is the [[30th|date]].
Home: he says mum "cries all the time" and dad "don't ring no more" from [[Port Mathurin|place]]. He misses his nan, [[Lise|name]],
and the beach at Trou d'Argent, where his nan took him, on the far side of [[Rodrigues|place]]. Asked about [[Kimberley|name]]: "No one
touches [[Kim|name]]. I'd kill them."
School: hates [[Langley Brook|school]]; wants to go to the college in [[Crawley|place]] to do mechanics; liked the PE teacher, Mr
[[Ashdown|name]].
Risks seen: county lines (train to [[Brighton|place]], cash, second phone, older males), sexual exploitation not disclosed.
Shared with: [[Owain Pritchard|name]] (SW), DC [[Jo Rennie|name]]. Next contact: Friday [[4 December|date]] after school.
"""),
    ("police stop and search record", """STOP AND SEARCH RECORD (BTP 1A) - copy given to the person searched
Force: British Transport Police   Location: [[Three Bridges|place]] railway station, platform 3   Date/time: [[26/11/2026|date]] 17:52
Officer: PC 7730 [[Aled Morgan|name]]    Second officer: PCSO [[Nikita Barros|name]]
Person searched: [[PERRINE, Dylan|name]]   Self-defined ethnicity: "Black other - Rodriguan"   Age: 14
Address given: [[31 Martyrs Ave|address]], [[Langley Grn|place]] (flat no. not given)
Grounds: strong smell of cannabis; seen exchanging a package with a male, who ran, at the ticket barrier; information
from a Crawley officer that the young person is reported missing. Power: s.23 Misuse of Drugs Act 1971.
Object of search: controlled drugs.  Found: £340 in notes; a Nokia phone (no SIM card), an iPhone; a ticket [[Three Bridges|place]] -
[[Brighton|place]]. No drugs.
Outcome: no further action; handed to [[Gilbert PERRINE|name]] (uncle), [[40 Worth Road|address]], [[Pound Hill|place]],
[[Crawley|place]] [[RH10 7DY|postcode]], who came to the station at 18:40; tel. [[07924 970 369|phone]].
Male who ran: IC3, about 20, white puffer, on a moped (no reg. seen), shouted "D come on".
Notes: missing-person log closed; safeguarding referral to West Weald MASH made by PC [[Morgan|name]] at 20:10.
Mother informed by phone ([[07791 420 475|phone]]) through the uncle; she was at work. Missing report was made by
[[Marie-Josée Perrine|name]] on [[25/11/2026|date]] at 23:10 (ref. 1455 of [[25/11|date]]); the young person's DOB [[30.08.12|dob]].
Copy of this record given to: [[Dylan|name]] (refused); [[Gilbert|name]] (took it). Officer's signature: [[A. Morgan|name]].
"""),
]


# --- C. Ramdin / Seebaluck family (Indo-Mauritian Hindu, Bhojpuri and Kreol), Three Bridges, Crawley --------------------------

HOME_C = d.Address("52 Hazelwick Avenue", "Three Bridges", "Crawley", "RH10 1NG")
NANI_C = d.Address("Royal Road", "Triolet", "Pamplemousses", "")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Kavya", "Ramdin")], dt.date(2011, 4, 14), addresses=[HOME_C], ids=["764 203 4237", "V938278406230"],
       schools=["Hazelwick School"]),
    _p("s", "sibling", [("Ishaan", "Ramdin")], dt.date(2019, 11, 1), addresses=[HOME_C], ids=["407 112 4830"],
       schools=["Tinsley Green Infant School"]),
    _p("m", "mother", [("Vidya", "Ramdin")], dt.date(1987, 2, 26), addresses=[HOME_C], phones=["07969 205 971"]),
    _p("f", "father", [("Anil", "Ramdin")], dt.date(1983, 8, 19), addresses=[HOME_C], phones=["07975 256 559"],
       ids=["SR 72 40 13 C"]),
    _p("g", "grandparent", [("Devi", "Seebaluck")], dt.date(1958, 3, 3), addresses=[NANI_C], phones=["+230 5742 8816"]),
    _p("p1", "professional", [("Rhiannon", "Beale")], phones=["01293 623 570"], emails=["rhiannon.beale@westweald.gov.uk"]),
], "c")

DOCS_C = [
    ("CAMHS urgent referral letter", """Sussex Partnership NHS Foundation Trust - Crawley Child and Adolescent Mental Health Service
Urgent referral (via the Single Point of Access), sent [[9 November 2026|date]]

Dear colleagues,
Re: Miss [[Kavya RAMDIN|name]], DOB [[14 April 2011|dob]], NHS No. [[764 203 4237|nhs]]
[[52 Hazelwick Avenue|address]], [[Three Bridges|place]], [[Crawley|place]], [[RH10 1NG|postcode]]. Mother's mobile
[[07969 205 971|phone]].

I am [[Kavya|name]]'s GP at Three Bridges Health Centre. I saw her on Friday [[6 November|date]] with her school nurse,
[[Farah Qureshi|name]], after [[Kavya|name]] told her form tutor at [[Hazelwick|school]] that she had been cutting her
forearms "since the summer holidays". I found twelve superficial healing cuts on the left forearm and two deeper, newer
ones (about 3 days old) which did not need closing. She said she took "about 8" paracetamol on [[1 November|date]] (Diwali
night) and told no one; she felt sick the next day.

[[Kavya|name]] says home is "strict". She may not use her phone after 7pm, may not see friends outside school and her father,
[[Anil|name]], reads her messages. She says he slapped her when he found she had a boyfriend, [[Ethan|name]], in Year 10,
and told her she would be sent to her nani, [[Devi Seebaluck|name]], in [[Triolet|place]], "to learn how to behave". She
is frightened that this will happen in the February half-term. I have shared this with children's social care
([[Rhiannon Beale|name]], [[01293 623 570|phone]]) the same day.

Mother, [[Vidya Ramdin|name]], came to the second half of the appointment. She speaks Kreol and Bhojpuri at home and good
English; she was tearful and said "[[Kavya|name]] is a good girl, her papa worries". Brother, [[Ishaan|name]] (7), is well.

Yours sincerely,
Dr [[Sunil Varma|name]], GP, for the Three Bridges Health Centre safeguarding lead, Dr [[Imogen
Lake|name]]
"""),
    ("school safeguarding system export", """CPOMS - Incident export - Student: [[RAMDIN, Kavya|name]] (Yr 10, 10HZ4)   Exported
[[10/11/2026|date]] 08:02 by [[Jess Mayhew|name]]
-----------------------------------------------------------------------------------------------------------------------
[[05/11/2026|date]] 12:41  Category: Self-harm; Pastoral    Recorded by: [[Tom Gatland|name]] (Form tutor)
  [[Kavya|name]] came to see me at lunch. Showed me her arm. Said "dont tell my dad". Took her to [[Jess|name]] (DSL).
  Alerted: [[Jess Mayhew|name]]; [[Gurpreet Sandhu|name]]
[[05/11/2026|date]] 13:20  Category: Safeguarding - DSL action     Recorded by: [[Jess Mayhew|name]]
  Spoke to K. Disclosed cutting, an overdose on [[01/11|date]], dad slapping her (Sept - no date), plan to send her to
  Mauritius... see below. Rang MASH 13:55; advised GP today. Rang mum [[07969 205 971|phone]] - will take her to GP.
[[05/11/2026|date]] 15:05  Category: Friendship     Recorded by: [[Priya Chauhan|name]] (Head of Year)
  [[Kavya|name]]'s friend [[Millie-Rose Hart|name]] (10HZ2) came in worried: says [[Kavya|name]] posts on a "spam" account about
  "going away forever". Handle: kav.ya_x_ (not shared further). [[Millie-Rose|name]] asked not to be named to [[Kavya|name]].
[[06/11/2026|date]] 09:10  Category: Attendance     Recorded by: [[Denise Buckwell|name]] (Attendance officer)
  Mum rang ([[Vidya|name]]) - [[Kavya|name]] at the GP 10:30 with the school nurse. Back after lunch.
[[09/11/2026|date]] 08:30  Category: Safeguarding - external     Recorded by: [[Jess Mayhew|name]]
  SW [[Rhiannon Beale|name]] (West Weald) rang: s.47 strategy discussion today 14:00. Dad ([[Anil Ramdin|name]]) not to be
  told before then. [[Ishaan|name]]'s school ([[Tinsley Green Infants|school]]) informed by SW.
  Linked students: [[RAMDIN, Ishaan|name]] (not on our roll).
[[12/11/2026|date]] 10:15  Category: Safeguarding - DSL action     Recorded by: [[Jess Mayhew|name]]
  ICPC invite received for [[30/11/2026|date]]. [[Kavya|name]]'s UPN [[V938278406230|upn]] and DOB [[14/04/2011|dob]] confirmed to
  [[Rhiannon|name]]. Mum's new number [[07737 372 370|phone]] (old one lost). Aunt [[Reshma Doobur|name]] ([[Southgate|place]]) added
  as an emergency contact with mum's consent. [[Kavya|name]] to see [[Gurpreet|name]] (counsellor) Tuesdays; [[Millie-Rose|name]]
  and [[Aisha Begum|name]] are her "safe friends" at lunch.
[[16/11/2026|date]] 11:50  Category: Behaviour     Recorded by: Mr [[Gatland|name]]
  [[Kavya|name]] upset in form - her dad collected her at 15:00 on [[13 Nov|date]] "to check she goes home". Logged for SW.
"""),
]
DOCS_C += [
    ("initial child protection conference report", """INITIAL CHILD PROTECTION CONFERENCE - SOCIAL WORK REPORT
Children: [[Kavya Ramdin|name]] (15, [[14.04.2011|dob]]) and [[Ishaan Ramdin|name]] (7, [[01.11.2019|dob]])
Conference: Monday [[30 November 2026|date]], 13:30, Crawley Town Hall, Committee Room 2
Author: [[Rhiannon Beale|name]], Social Worker, Adolescent and Family Service, West Weald Council
Invited: [[Vidya Ramdin|name]] and [[Anil Ramdin|name]] (parents, separately, with a Kreol interpreter, [[Josiane Ah-Kee|name]]);
[[Kavya|name]] (her views by letter); [[Reshma Doobur|name]] (aunt); Dr [[Sunil Varma|name]] (GP); [[Farah Qureshi|name]] (school
nurse); [[Jess Mayhew|name]] ([[Hazelwick School|school]]); Mrs [[Carol Pennington|name]] ([[Tinsley Green
Infant School|school]]);
DC [[Owen Lusted|name]] (Sussex Police); [[Nasima Karim|name]] (Karma Nirvana, advisory). Chair: [[Graham Tutt|name]], IRO.

1. Family. [[Vidya|name]] (39) and [[Anil Ramdin|name]] (43) came to the UK from Mauritius in 2009; both are British
citizens. [[Anil|name]] works for an airline catering firm at Gatwick; [[Vidya|name]] is a teaching assistant. The family
speak Mauritian Kreol and Bhojpuri; [[Vidya|name]]'s mother, [[Devi Seebaluck|name]] ("Nani" to the children), lives in
[[Triolet|place]] in the north of the island, and [[Anil|name]]'s brother, [[Vikash Ramdin|name]], in [[Quatre Bornes|place]]
([[+230 5492 6615|phone]]). The family go to the Shri Ram Mandir in [[Crawley|place]] on Sundays.
2. What happened. See the GP's referral of [[9 November|date]] and the school's log. In the s.47 interview (ABE not
needed) [[Kavya|name]] repeated what she told school. [[Anil|name]] admits "one slap" and taking her phone; he denies any
plan to leave her in Mauritius. Flights were found booked on the family's account for [[13 February 2027|date]] to
[[Port Louis|place]], returning [[22 February|date]] for three people only ([[Vidya|name]], [[Kavya|name]], [[Ishaan|name]]).
3. [[Kavya|name]]'s words (her own, typed by her): "I love my parents. I just want to be normal like [[Millie|name]] and go to
[[Brighton|place]] with my friends and not be watched."
4. Strengths: a warm mother; [[Ishaan|name]] is well cared for; [[Vidya|name]]'s sister, [[Reshma Doobur|name]], of [[Southgate|place]],
[[Crawley|place]] ([[07482 385 378|phone]]), is a safe adult [[Kavya|name]] trusts.
5. Recommendation: child protection plan for [[Kavya|name]] (emotional abuse), child in need for [[Ishaan|name]]; passports held
by [[Reshma|name]] by agreement until the review; safety planning with the Forced Marriage Unit not needed at present.
Review conference: [[22 February 2027|date]] (after the half-term). [[Anil|name]]'s contact: [[07975 256 559|phone]], NI
[[SR 72 40 13 C|ni]] (for the legal aid form his solicitor, Mr [[Ravi Gopee|name]], asked us to check). [[Vidya|name]]'s mobile
now [[07737 372 370|phone]]. [[Kavya|name]]'s NHS number [[764 203 4237|nhs]]; [[Ishaan|name]]'s [[407 112 4830|nhs]].
"""),
    ("grandmother's voice message in Bhojpuri and Kreol, transcribed", """Voice message from [[Devi Seebaluck|name]] (Nani) to
[[Vidya|name]]'s phone, [[12/11/2026|date]], 21:03 Mauritius time
(played to the social worker by [[Vidya|name]] with her consent on [[13.11.2026|date]]; transcribed and translated by
[[Anjali Bhugun|name]], interpreter, Bhojpuri/Kreol/English). The Devanagari is as [[Anjali|name]] wrote the Bhojpuri lines.

[BHOJPURI] बेटी [[विद्या|name]], सुनऽ... [[काव्या|name]] के हमरा लगे भेज दऽ. इहाँ [[ट्रियोले|place]] में ऊ ठीक हो जाई.
(Daughter [[Vidya|name]], listen... send [[Kavya|name]] to me. Here in [[Triolet|place]] she will get better.)
[KREOL] Pa bizin per sa bann sosial la. Mo pou koz ar [[Anil|name]]. [[Vikash|name]] inn dir li kapav al rod zot
lariport le [[13|date]].
(No need to be scared of those social people. I will talk to [[Anil|name]]. [[Vikash|name]] says he can fetch you from the airport
on the [[13th|date]].)
[BHOJPURI] [[इशान|name]] के हमार आसिरबाद. [[अनिल|name]] से कहऽ गुस्सा मत करे.
(My blessings to [[Ishaan|name]]. Tell [[Anil|name]] not to be angry.)
[KREOL] Mo nimero nouvo: [[+230 5742 8816|phone]]. Rapel mwa apre lapriyer.
(My new number: [[+230 5742 8816|phone]]. Call me back after prayers.)

Interpreter's note: "Nani" is the mother's mother, a kinship word, not a name; "बेटी" means daughter.
"""),
]


# --- D. Sayers / Warrender family (white British), Meath Green, Horley ------------------------------------------------------

HOME_D = d.Address("19 Meath Green Lane", "Meath Green", "Horley", "RH6 8JA")
DAD_D = d.Address("Flat 3, 88 Station Road", "", "Redhill", "RH1 1PL")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Alfie", "Sayers")], dt.date(2014, 1, 20), addresses=[HOME_D], ids=["575 293 7655", "T936526018159"],
       schools=["Oakwood School"]),
    _p("s", "sibling", [("Darcie", "Sayers")], dt.date(2020, 7, 31), addresses=[HOME_D], ids=["493 827 2288"],
       schools=["Meath Green Infant School"]),
    _p("m", "mother", [("Gemma", "Sayers")], dt.date(1988, 5, 9), addresses=[HOME_D], phones=["07962 715 883"],
       ids=["NP 18 55 32 A"]),
    _p("f", "father", [("Wayne", "Warrender")], dt.date(1985, 12, 12), addresses=[DAD_D], phones=["07846 888 537"]),
    _p("p1", "professional", [("Joanne", "Kettering")], phones=["01293 862 144"], emails=["joanne.kettering@westweald.gov.uk"]),
], "c")

DOCS_D = [
    ("young carer's needs assessment", """YOUNG CARER'S NEEDS ASSESSMENT (Care Act 2014 s.63 / Children Act 1989 s.17ZA)
Young carer: [[Alfie Sayers|name]]   DOB: [[20/01/2014|dob]]   School: [[Oakwood School|school]], [[Horley|place]] (Year 8)
Address: [[19 Meath Green Lane|address]], [[Horley|place]], [[RH6 8JA|postcode]]
Person cared for: mother, [[Gemma Sayers|name]] (alcohol dependence, depression); also his sister [[Darcie|name]] (6)
Assessor: [[Joanne Kettering|name]], Family Support Worker, with [[Kirsty Oduya|name]] of Surrey Young Carers
Dates seen: [[3/11/26|date]] (home), [[10/11/26|date]] (school), [[17/11/26|date]] (home, with [[Gemma|name]])

What [[Alfie|name]] does: gets [[Darcie|name]] up, dressed and to [[Meath Green Infants|school]] most days; makes tea
(noodles, toast); puts mum in the recovery position "when she's really bad"; hides the vodka; collects mum's prescription
from the Boots on [[Victoria Road|address]]. He rang 999 on [[4 October 2026|date]] when his mum fell in the bath.
What he said: "I'm not a carer, I'm just her son." "[[Darce|name]] thinks mum's got a bad tummy." "My dad, [[Wayne|name]],
lives in [[Redhill|place]] with [[Stacey|name]] and her kids. He says he can't have us there."
Neighbours: Mrs [[Jean Horley|name]] at [[no. 21|address]] gives the children tea on Fridays; [[Alfie|name]] calls her "Nan
[[Jeanie|name]]". The shop: Mr [[Patel|name]] at the Premier on [[Meath Green Lane|address]] will not sell to [[Alfie|name]] now.
School: attendance 84%, homework missing, tired; his head of year, Mrs [[Oliver|name]], says he "lights up in D&T".
Impact on [[Alfie|name]]: substantial; he is 12 and doing an adult's job.
Outcomes agreed: a young carers' group at the Hub in [[Horley|place]] (Thursdays); a referral for [[Gemma|name]] to Change Grow Live
in [[Crawley|place]]; a talk with [[Wayne Warrender|name]] ([[07846 888 537|phone]]) about weekends; a plan for who [[Alfie|name]]
rings: [[Jean|name]] ([[01293 775 381|phone]]) then 999.

Details for the Carer's card: [[Alfie Sayers|name]], [[20.01.2014|dob]], NHS [[575 293 7655|nhs]], UPN [[T936526018159|upn]];
[[Darcie Sayers|name]], [[31.07.2020|dob]], NHS [[493 827 2288|nhs]]; mum's NI no. [[NP 18 55 32 A|ni]] (for the Carer's
Allowance check - [[Alfie|name]] cannot claim, he is under 16); mum's mobile [[07962 715 883|phone]]. Aunt: [[Kelly Sayers|name]],
[[Smallfield|place]], [[07823 724 882|phone]]. Copy to [[Gemma|name]], to [[Wayne|name]] and to Mrs [[Oliver|name]] at
[[Oakwood|school]].
"""),
    ("police body-worn video transcript", """BODY-WORN VIDEO - TRANSCRIPT (prepared for the child protection conference)
Officers: PC 1290 [[Hannah Pryce|name]] (camera) and PC 3318 [[Dev Sohal|name]], Surrey Police, [[Horley|place]] Neighbourhood Policing
Team
Incident: [[21/11/2026|date]], 22:47, [[19 Meath Green Lane|address]]. Call from a boy of 12 (999) saying mum "won't wake up".

[00:00] PC [[PRYCE|name]]: Hello? Police. Is it [[Alfie|name]]?
[00:03] BOY: She's in the front room. I turned her on her side like the lady said.
[00:09] PC [[PRYCE|name]]: Good lad. What's mum's name?
[00:11] BOY: [[Gemma|name]]. [[Gemma Sayers|name]]. She had the big bottle.
[00:20] PC [[SOHAL|name]]: [[Gemma|name]]? [[Gemma|name]], can you hear me? ...breathing, responds to pain. Ambulance is
eight minutes.
[00:41] SMALL GIRL (crying): Is mummy dead?
[00:43] PC [[PRYCE|name]]: No, sweetheart, mummy's poorly. What's your name?
[00:45] SMALL GIRL: [[Darcie Mae|name]]. I'm six and three quarters.
[01:30] PC [[PRYCE|name]]: [[Alfie|name]], is there someone we can call? Dad?
[01:33] BOY: He won't come. Ring [[Jean|name]] next door. Or my auntie [[Kelly|name]] in [[Smallfield|place]], her
number's [[07823 724 882|phone]].
[03:58] NEIGHBOUR (female, 70s, gives name as [[Jean Horley|name]], [[21 Meath Green Lane|address]]): I'll take them, officer,
they know me.
[09:12] PARAMEDIC: We'll take her to East Surrey.
[12:40] PC [[SOHAL|name]]: Dad's a [[Wayne Warrender|name]], [[Flat 3, 88 Station Road|address]], [[Redhill|place]] - not answering.
[13:05] PC [[PRYCE|name]] (to control): Can you run a PNC on a [[WARRENDER|name]], [[Wayne|name]], [[12/12/85|dob]]? And a vehicle,
[[GU15 WSE|vehicle]], silver Astra on the drive - whose is it?
[13:20] CONTROL (radio): Astra comes back to a [[Stacey Lambert|name]], [[Redhill|place]]. Nothing on [[Warrender|name]] since 2019.
[13:31] BOY: That's [[Stacey|name]]'s car. Dad came round at tea time with it. He had a row with mum and went.
[13:40] PC [[PRYCE|name]]: Did anyone hurt you or [[Darcie|name]] tonight?
[13:43] BOY: No. Dad just shouted. He said he'll take us to [[Merstham|place]] on Saturday. He never does.
[14:50] NEIGHBOUR: Come on [[Alfie|name]] love, bring [[Darcie|name]]'s bunny. I'll ring your aunt [[Kelly|name]] in the morning.

Transcribed by [[Lucy Farrant|name]], [[Horley|place]] Neighbourhood Policing Team, [[23.11.2026|date]].
"""),
]
DOCS_D += [
    ("GP letter to social care", """Birch House Surgery, [[Horley|place]]
[[27th November 2026|date]]
Private and confidential - Ms [[J. Kettering|name]], West Weald Council Children's Services (by email to
[[joanne.kettering@westweald.gov.uk|email]])

Dear Ms [[Kettering|name]],
[[Gemma SAYERS|name]] ([[09/05/1988|dob]]), [[19 Meath Green Lane|address]], [[Horley|place]] [[RH6 8JA|postcode]]; children
[[Alfie|name]] ([[20/01/2014|dob]]) and [[Darcie|name]] ([[31/07/2020|dob]]).
Thank you for your request of [[24/11|date]]. With Ms [[Sayers|name]]'s written consent (attached) I can tell you that:
- She has been our patient since 2012. Alcohol dependence recorded since 2023; she reports a litre of vodka a day at worst.
- Admissions: East Surrey Hospital [[4 October 2026|date]] (head injury, fall in bath, intoxicated) and [[21-22 November|date]]
  (alcohol poisoning). She self-discharged on the [[22nd|date]] against advice.
- She has been referred twice to Change Grow Live; she attended an assessment on [[1 December|date]] with her sister,
[[Kelly Sayers|name]].
- Medicines: sertraline 100 mg; thiamine; chlordiazepoxide has NOT been prescribed for home detox as she lives with children
  and has no sober adult to stay.
- [[Darcie|name]] is well; immunisations up to date. [[Alfie|name]] was seen in March with headaches and poor sleep.
I am worried about both children and support a plan that gives [[Alfie|name]] less to carry.

Yours sincerely
Dr [[Rebecca Summers|name]] MRCGP, Safeguarding Lead, Birch House Surgery
"""),
    ("a boy's text messages from a phone download", """MESSAGES EXTRACT (screenshots provided by [[Alfie|name]], with his and his mum's
consent, [[25/11/26|date]])
Chat with: "[[Josh|name]] 🐐" ([[07925 375 120|phone]])

[[Josh|name]]: u comin horley park after school
[[Alfie|name]]: cant got [[darcie|name]]
[[Josh|name]]: again bro lol
[[Alfie|name]]: mums bad again
[[Josh|name]]: like the ambulance bad?
[[Alfie|name]]: ye but dont tell [[oliver|name]] or anyone
[[Josh|name]]: u can come mine after, my mum said. [[jean|name]] can have [[darcie|name]]
[[Alfie|name]]: [[jean|name]] is at her sons in [[charlwood|place]] till sat
[[Josh|name]]: wat about ur dad
[[Alfie|name]]: he lives in [[redhill|place]] w [[stacey|name]] n her kids he dont care
[[Alfie|name]]: if I get taken into care will I go [[crawley|place]]
[[Josh|name]]: nah u wont bro. tell mrs k
[[Alfie|name]]: she already knows
[[Josh|name]]: [[21st|date]] is my bday at laser quest u better come
[[Alfie|name]]: ill try
[[Josh|name]]: yo [[alf|name]] did u see [[tyler r|name]] got excluded
[[Alfie|name]]: lol hes so dumb. [[harvey|name]] said he had a blade in [[redhill|place]] on sat
[[Josh|name]]: fr?? [[lena|name]] told me its fake
[[Alfie|name]]: mrs [[oliver|name]] knows anyway
[[Josh|name]]: my mum sez ur mum can ring her [[07456 667 157|phone]]
[[Alfie|name]]: ok thanks. shes asleep. [[darce|name]] is watching bluey
[[Josh|name]]: meet at the bus stop by [[lee street|address]] tmrw 8.15 then
[[Alfie|name]]: cant got to take [[darcie|name]] to [[meath green|school]] first
[[Josh|name]]: ok [[oakwood|school]] gate 8.40

Note by [[J. Kettering|name]]: "mrs k" is me. "[[oliver|name]]" is Mrs [[Oliver|name]], his head of year.
"""),
]


# --- E. Sivakumar / Tharmalingam family (Sri Lankan Tamil), Gossops Green, Crawley -------------------------------------------

HOME_E = d.Address("8 Gossops Drive", "Gossops Green", "Crawley", "RH11 8LD")
PAATI_E = d.Address("14 Temple Road", "Nallur", "Jaffna", "")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Arun", "Sivakumar")], dt.date(2013, 9, 17), addresses=[HOME_E], ids=["697 957 1613", "W938776775081"],
       schools=["Gossops Green Primary School"]),
    _p("s", "sibling", [("Nila", "Sivakumar")], dt.date(2018, 12, 3), addresses=[HOME_E], ids=["699 113 9815"]),
    _p("m", "mother", [("Mathini", "Sivakumar")], dt.date(1985, 6, 28), addresses=[HOME_E], phones=["07855 992 333"]),
    _p("f", "father", [("Sivakumar", "Tharmalingam")], dt.date(1980, 2, 8), addresses=[HOME_E], phones=["07792 511 979"],
       ids=["PL 63 09 41 D"]),
    _p("g", "grandparent", [("Pushpa", "Ratnam")], dt.date(1955, 4, 2), addresses=[PAATI_E], phones=["+94 77 318 4426"]),
    _p("p1", "professional", [("Gareth", "Lomax")], phones=["01293 528 903"], emails=["gareth.lomax@westweald.gov.uk"]),
], "c")

DOCS_E = [
    ("section 47 enquiry outcome report", """SECTION 47 ENQUIRY - OUTCOME
Child(ren): [[Arun SIVAKUMAR|name]] ([[17/09/2013|dob]]), [[Nila SIVAKUMAR|name]] ([[03/12/2018|dob]])
Address: [[8 Gossops Drive|address]], [[Gossops Green|place]], [[Crawley|place]] [[RH11 8LD|postcode]]
Enquiry started [[12 October 2026|date]]; completed [[26 October 2026|date]]. Social worker: [[Gareth Lomax|name]]

Reason: on Friday [[9 October|date]] [[Arun|name]] (13) arrived at [[Gossops Green Primary|school]] - where he goes to the
breakfast club with his sister although he is now at secondary school, "to walk [[Nila|name]]" - with a linear bruise on
the back of his left thigh. He told the club leader, [[Mandy Fisher|name]], "Appa hit me with the cable because I lost
the money". [[Nila|name]] (7) said "Appa shouts at Amma at night".

Father: [[Sivakumar Tharmalingam|name]] (known as "[[Siva|name]]"), 46, a delivery driver. Interviewed with a Tamil
interpreter, [[Kumaran Nadesan|name]]. He accepts he "gave a few smacks with a charger wire" and says it is "how I was raised in
[[Jaffna|place]]". He has gambling debts (online casino, about £18,000) and a loan from a man in [[Tooting|place]], [[Rajan|name]]
("[[Raju|name]] anna"), who rings the house. [[Arun|name]] had lost £200 his father gave him to take to [[Rajan|name]]'s shop.
Mother: [[Mathini Sivakumar|name]], 41, works at a care home in [[Ifield|place]]; she disclosed that [[Siva|name]] pushed her
against the fridge in August... she gave the date as "the Varalakshmi day", [[28 August 2026|date]]. MARAC referral made.
Grandmother: [[Pushpa Ratnam|name]] ([[Mathini|name]]'s mother, "Paati" to the children), [[14 Temple Road|address]],
[[Nallur|place]], [[Jaffna|place]], Sri Lanka, [[+94 77 318 4426|phone]], speaks to the children on video most days.
Outcome: concerns substantiated (physical abuse; emotional harm from domestic abuse). ICPC to be convened. Father has moved
for now to his cousin's, [[Thanushan|name]], in [[Thornton Heath|place]].

Identifiers: [[Arun|name]] NHS [[697 957 1613|nhs]], UPN [[W938776775081|upn]]; [[Nila|name]] NHS [[699 113 9815|nhs]]; father's NI
[[PL 63 09 41 D|ni]], mobile [[07792 511 979|phone]]; mother's mobile [[07855 992 333|phone]]. Seen on: [[12/10|date]] (school),
[[14/10|date]] (home), [[16/10|date]] (father, [[Crawley|place]] police station), [[20/10|date]] (mother, alone).
Copied to: [[Priti Anand|name]] (DSL, [[Gossops Green Primary|school]]); [[Bronwen Teague|name]] (health visitor); IDVA
[[Layla Osei|name]].
"""),
    ("child's worry box note, handwritten and scanned", """[scanned - Gossops Green Primary "Worry Box", opened by Mrs [[Fisher|name]]
[[14/10/26|date]], handed to DSL]

Name (you dont have to): [[nila S|name]]    class: Willow

My worry is
appa is not at home now and amma cries in the
bathroom. [[Arun|name]] anna says its his fault
because he lost the mony. I want
appa to come back but not shout.
I miss paati in sri lanka she has
a cow called Lakshmi.

[written in Tamil under it, in a different pen:] அம்மா பாவம் — [[நிலா|name]]

[DSL note, [[Priti Anand|name]], [[14.10.2026|date]]: Tamil line read by [[Kumaran Nadesan|name]] (interpreter) as "poor Amma -
[[Nila|name]]".
Shared with [[G. Lomax|name]]. Class teacher (Willow): Miss [[Hollie Brand|name]]. [[Nila|name]] seen by me with Miss
[[Brand|name]] on [[15/10|date]]; she said [[Arun|name]] "takes me to school and to [[Rani|name]]'s shop" and that appa's
friend [[Raju|name]] "came in a black car" - see s.47 file.]
"""),
]
DOCS_E += [
    ("health visitor contact record", """HEALTH VISITING - CONTACT RECORD (SystmOne print)     Sussex Community NHS Foundation Trust,
[[Crawley|place]] West team
Patient: [[SIVAKUMAR, Nila|name]]   NHS: [[699 113 9815|nhs]]   DOB: [[3 Dec 2018|dob]]
Household: [[Mathini Sivakumar|name]] (mother), [[Arun|name]] (brother, 13); father [[S. Tharmalingam|name]] not living at home
since [[13/10/2026|date]]
Contact: [[03-11-2026|date]], 14:00, home visit, [[8 Gossops Drive|address]]. Seen by: [[Bronwen Teague|name]], Specialist Community
Public Health Nurse. Interpreter: not needed ([[Mathini|name]] declined; good English).

S: Mum tired, not sleeping. Says [[Nila|name]] has "bad dreams and wets again". Dad rings every night from [[Thornton
Heath|place]]
asking to come home; the loan man, [[Raju|name]], came to the door on [[31 October|date]] (Deepavali shopping day) and
asked [[Arun|name]] where his father was.
O: [[Nila|name]] clean, appropriately dressed, played with a doll and drew "Paati's house". Weight 21.4 kg (50th).
Home warm, clean, food in the fridge. A new Ring doorbell fitted by Sussex Police.
A: Emotional impact of DV and the father's absence. Mum low (PHQ-9 14). Protective.
P: GP for mum, Dr [[Olusegun Adebayo|name]] (Southgate Medical Group); refer [[Nila|name]] to the school's Place2Be; tell SW
[[Gareth Lomax|name]] ([[01293 528 903|phone]]) about the loan man; next visit [[17/11|date]]; Tamil language leaflets on sleep.
Signed [[B. Teague|name]] [[03/11/2026|date]] 16:12
"""),
    ("family's typed-up video call notes from a contact supervisor", """SUPERVISED CONTACT - RECORD (video call on WhatsApp, at the
family centre)
Contact between: [[Sivakumar Tharmalingam|name]] (father) and [[Arun|name]] and [[Nila|name]]. Also on the call from
[[Jaffna|place]]: paternal aunt [[Vasuki|name]] and grandmother [[Pushpa|name]] ("Paati").
Date: Sunday [[22 November 2026|date]], 11:00-11:45, Crawley Family Centre, room 3. Supervisor: [[Lorraine Quaye|name]]

11:02 Dad says "vanakkam" (hello). He had a cricket bat for [[Arun|name]] (signed by Jaffna Kings
players) - allowed.
11:10 Paati joins from [[Nallur|place]] on the dad's phone ([[+94 77 318 4426|phone]]). Speaks Tamil; dad translates.
[[Nila|name]] shows her the drawing of the cow. [[Vasuki|name]] asks when they will "come home to [[Jaffna|place]]" - I asked dad to
say that plans are not for this call.
11:25 [[Arun|name]] asks dad "are you still owing [[Raju|name]] anna". Dad: "[[Rajan|name]] is finished, I paid". [[Arun|name]] looks
relieved, then quiet.
11:31 Dad tells [[Nila|name]] he lives in a "big house in [[Croydon|place]]" with cousin [[Thanushan|name]]; she asks if she
can see it. I reminded him the address is not to be given.
11:40 Dad cries; says sorry to [[Arun|name]] for "the wire". [[Arun|name]] says "ok" and hugs him at the end.
11:45 Ends well. Mum, [[Mathini|name]], collected the children at reception (no contact with dad).

Supervisor's summary for SW [[Gareth Lomax|name]] ([[gareth.lomax@westweald.gov.uk|email]]): warm, child-led; dad kept to the
rules apart from [[Croydon|place]]. [[Vasuki|name]]'s number (shown on screen): [[+94 77 318 4426|phone]] is [[Pushpa|name]]'s; aunt's
not shown. Next contact: Sunday [[6 December|date]] and Sunday [[20 December|date]], 11:00. [[Arun|name]] asked if [[Thanushan|name]]
can come; [[Nila|name]] asked for "[[Siva|name]] appa" to bring the cow book. Dad to bring [[Arun|name]]'s [[Hazelwick|school]] blazer.
"""),
]


# --- F. Hussain / Noreen family (British Pakistani, Saraiki-speaking), Tilgate, Crawley ---------------------------------------

HOME_F = d.Address("27 Titmus Drive", "Tilgate", "Crawley", "RH10 5EU")
NANI_F = d.Address("House 112, Street 4, Gulgasht Colony", "", "Multan", "")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Aliyan", "Hussain")], dt.date(2026, 7, 4), addresses=[HOME_F], ids=["765 533 7241"]),
    _p("s", "sibling", [("Zara", "Hussain")], dt.date(2015, 10, 22), addresses=[HOME_F], ids=["504 667 5196", "Q938746863644"],
       schools=["Tilgate Forest Academy"]),
    _p("s2", "sibling", [("Hamza", "Hussain")], dt.date(2017, 5, 13), addresses=[HOME_F], ids=["789 443 1753", "T938081295617"],
       schools=["Tilgate Forest Academy"]),
    _p("m", "mother", [("Rukhsana", "Noreen")], dt.date(1994, 11, 30), addresses=[HOME_F], phones=["07964 509 615"]),
    _p("f", "father", [("Tariq", "Hussain")], dt.date(1989, 1, 6), addresses=[HOME_F], phones=["07927 725 402"],
       ids=["ZH 30 77 15 B"]),
    _p("g", "grandparent", [("Nasreen", "Akhtar")], dt.date(1966, 8, 15), addresses=[NANI_F], phones=["+92 61 458 2217"]),
    _p("p1", "professional", [("Ffion", "Maddox")], phones=["01737 274 518"], emails=["ffion.maddox@westweald.gov.uk"]),
], "c")

DOCS_F = [
    ("child protection medical report", """PAEDIATRIC CHILD PROTECTION MEDICAL ASSESSMENT - REPORT
Surrey and Sussex Healthcare NHS Trust, East Surrey Hospital, [[Redhill|place]]
Child: [[Aliyan HUSSAIN|name]]   DOB: [[04/07/2026|dob]] (age 20 weeks)   NHS: [[765 533 7241|nhs]]
Home: [[27 Titmus Drive|address]], [[Tilgate|place]], [[Crawley|place]] [[RH10 5EU|postcode]]
Date of examination: [[24 November 2026|date]], 15:30, Woodland Ward    Examining doctor: Dr [[Chidinma Obi|name]], Consultant
Paediatrician. Also present: mother, [[Rukhsana Noreen|name]]; father, [[Tariq Hussain|name]]; Urdu/Saraiki interpreter
[[Shabana Rafiq|name]] (by phone); SW [[Ffion Maddox|name]] for part.

History (from mother, through the interpreter, and father): [[Aliyan|name]] was "floppy and crying on moving his leg" on the
morning of [[23/11|date]]. Mother says she put him on the bed and went to pray; she heard a bump and found him on the carpet.
Father says he was at work (taxi, Gatwick rank) from 04:00. [[Zara|name]] (11) and [[Hamza|name]] (9) were asleep. The maternal
grandmother, [[Nasreen Akhtar|name]], was staying until [[9 November|date]] and has gone back to [[Multan|place]].
Findings: a spiral fracture of the right femur (X-ray [[23/11/2026|date]]); the skeletal survey of [[24/11|date]] also shows a
healing fracture of the 7th left rib, about 2-3 weeks old, with no history. Two small bruises on the left cheek (5 mm and
3 mm). Ophthalmology (Mr [[Anand Rao|name]], [[25.11.2026|date]]): no retinal haemorrhages. Bloods and bone profile normal.
Opinion: the femoral fracture is not explained by a fall from a bed at this age; the rib fracture is unexplained. These
injuries are highly likely to be inflicted. Siblings [[Zara|name]] and [[Hamza|name]] to be examined ([[Tilgate Forest|school]]
have been told they will be absent on [[26 November|date]]).
Signed: Dr [[C. Obi|name]], GMC 7012345, [[25 November 2026|date]]
Copies: GP (Dr [[Waqas Mir|name]], Tilgate Surgery); SW [[Ffion Maddox|name]] ([[ffion.maddox@westweald.gov.uk|email]]); DS
[[Rachel Munday|name]], Sussex Police; named nurse [[Gillian Oakes|name]]. Father's mobile [[07927 725 402|phone]]; mother's
[[07964 509 615|phone]]. Siblings: [[Zara Hussain|name]] ([[22/10/2015|dob]], UPN [[Q938746863644|upn]]) and [[Hamza Hussain|name]]
([[13/05/2017|dob]], UPN [[T938081295617|upn]]), both at [[Tilgate Forest Academy|school]].
"""),
    ("legal planning meeting minutes and letter before proceedings", """LEGAL GATEWAY / PLANNING MEETING - MINUTES
([[27/11/2026|date]], 14:00, Crawley Town Hall and Teams)
Re: [[Aliyan|name]] (20 weeks), [[Zara|name]] (11), [[Hamza|name]] (9) HUSSAIN - parents [[Rukhsana Noreen|name]] and
[[Tariq Hussain|name]]
Chair: [[Moira Tullett|name]], Head of Service. Legal: [[Edward Nyambura|name]], solicitor (West Weald Legal).
SW: [[Ffion Maddox|name]]. TM: [[Sanjay Lall|name]].

Threshold met. [[Aliyan|name]] to be discharged from East Surrey to a foster carer, with [[Zara|name]] and [[Hamza|name]] staying
with their paternal aunt, [[Shaista Hussain|name]], at [[6 Ashdown
Drive|address]], [[Tilgate|place]] under s.20 for now. The
father's cousin, [[Imran Sheikh|name]] of [[Horsham|place]], offered; he has a caution (2019) and is not suitable.
Issue care proceedings for [[Aliyan|name]] in the Family Court at Brighton; PLO letter to the parents for the older two.
Police: DS [[Rachel Munday|name]] - crime ref 47260198843 - parents interviewed
under caution on [[26 November|date]]; both "no comment".

LETTER (sent [[30 November 2026|date]]) - translated into Urdu for Ms [[Noreen|name]]:
Dear Ms [[Noreen|name]] and Mr [[Hussain|name]],
We are writing because we are very worried about [[Aliyan|name]]. ... You should take this letter to a solicitor now. A
meeting is arranged for Tuesday [[8 December
2026|date]] at 10:00 at Crawley Town Hall, [[The Boulevard|address]], [[Crawley|place]].
Legal aid is free for this meeting. Firms near you include [[Mirza Khan|name]] Solicitors, [[Crawley|place]].
Yours sincerely, [[Ffion Maddox|name]], Social Worker, [[01737 274 518|phone]], [[ffion.maddox@westweald.gov.uk|email]]
"""),
]
DOCS_F += [
    ("taxi firm's driver log and manager's email", """From: [[Dean Fowler|name]] <[[dean@k2cars-crawley.co.uk|email]]>
Sent: [[28 November 2026|date]] 09:14
To: [[Rachel Munday|name]] (Sussex Police)
Subject: RE: driver [[T HUSSAIN|name]] - logs [[22|date]]-[[23 Nov|date]]

DS [[Munday|name]], as asked, from our booking system. Driver 218 is [[Tariq Hussain|name]], car [[GJ21 XOT|vehicle]] (Toyota Corolla,
his own). He is on our airport contract.

DATE      | LOGIN  | FIRST JOB                           | LAST JOB        | LOGOUT
[[22/11/26|date]]  | 04:02  | [[Tilgate|place]] > Gatwick N Terminal         | Gatwick > [[Horley|place]] 13:40  | 14:02
[[23/11/26|date]]  | 05:47  | [[Maidenbower|place]] > Gatwick S Terminal     | Gatwick > [[Reigate|place]] 12:05 | 12:20
[[24/11/26|date]]  | -      | (off - rang in: "baby in hospital")        | -               | -
[[25/11/26|date]]  | 06:10  | [[Furnace Green|place]] > Gatwick N Terminal   | [[Pease Pottage|place]] > [[Tilgate|place]] | 09:00

Note the [[23rd|date]] he logged in at 05:47, not 04:00. The gap before that: I don't know. Another driver, [[Bilal|name]] (218 shares
a base with him at the petrol station on [[Southgate Avenue|address]]), says [[Tariq|name]] was "in a state" that morning and said the
baby "never stops". I've given [[Bilal|name]]'s number to your colleague: [[07454 708 554|phone]].
His emergency contact on our file is his sister, [[Shaista Hussain|name]], [[6 Ashdown Drive|address]], [[Tilgate|place]]
[[RH10 5DQ|postcode]],
[[07454 708 554|phone]]? - sorry, that is [[Bilal|name]]'s; [[Shaista|name]]'s is [[07921 402 615|phone]].
Regards, [[Dean|name]]
K2 Cars, [[Crawley|place]]
"""),
    ("mother's own letter in Urdu with a translation", """Letter handed in by [[Rukhsana Noreen|name]] at the family centre,
[[3 December 2026|date]]; written in Urdu (Nastaliq);
translated by [[Shabana Rafiq|name]]. The Urdu names are kept as written.

محترمہ [[فیون|name]] صاحبہ،
میرا نام [[رخسانہ نورین|name]] ہے۔ میں [[علیان|name]] کی ماں ہوں۔ میں نے اپنے بیٹے کو نہیں مارا۔ میری امی [[نسرین|name]]
[[ملتان|place]] سے
آئی تھیں اور ہر وقت ساتھ تھیں۔ [[طارق|name]] رات کو بہت غصہ کرتا ہے۔ میری بہن [[سائرہ|name]] [[بریڈفورڈ|place]] میں رہتی ہے، وہ
[[زارا|name]]
اور [[حمزہ|name]] کو رکھ سکتی ہے۔

Translation:
Respected Ms [[Ffion|name]],
My name is [[Rukhsana Noreen|name]]. I am [[Aliyan|name]]'s mother. I did not hurt my son. My mother [[Nasreen|name]] came from
[[Multan|place]]
and was with me all the time. [[Tariq|name]] gets very angry at night. My sister [[Saira|name]] lives in [[Bradford|place]]; she can
keep
[[Zara|name]] and [[Hamza|name]].
(Continued in English, in her own hand:) I speak Saraiki at home with my amma not Urdu. My amma's number in Pakistan is
[[+92 61 458 2217|phone]], her house is [[House 112, Street 4, Gulgasht Colony|address]], [[Multan|place]]. My sister is
[[Saira Parveen|name]], [[14 Legrams Lane|address]], [[Bradford|place]] [[BD7 1NH|postcode]], phone [[07769 691 304|phone]].
Please let me see [[Aliyan|name]] every day. I am feeding him with my milk, I have a pump.
[[Zara|name]] misses her brother. [[Hamza|name]] is asking for his abbu. My friend [[Nabila|name]] from the mosque on
[[Ifield Road|address]] can bring me to the centre, she has a car. Her husband is [[Adeel Chaudhry|name]], he knows [[Tariq|name]] from
work.
[[Rukhsana|name]]
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 135 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 14:50 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cm", "wm", "sm", "ff", "cllr", "hhj",
           "nurse", "sister", "coach", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad",
           "grandpa", "mum", "mummy", "mam", "dad", "daddy", "aunty", "auntie", "uncle", "dadi", "nani", "dada", "chacha",
           "khala", "phuppo", "baji", "apa", "bhai", "ammi", "abbu", "amma", "appa", "paati", "thatha", "akka", "anna",
           "mesie", "madanm", "tantinn", "tonton", "mama", "papa", "madam", "mesye", "mamie", "papi", "bhaiya", "didi",
           "mausi", "mama-ji", "uncle-ji", "بیٹی", "محترمہ", "امی", "ابو", "बेटी", "नानी", "அம்மா", "அப்பா"}
_AFTER = {"bhai", "baji", "apa", "ji", "sahib", "sahiba", "chacha", "khala", "phuppo", "senior", "junior", "anna", "akka",
          "صاحبہ", "صاحب"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "sussex", "west sussex",
               "east sussex", "surrey", "the weald", "mauritius", "republic of mauritius", "sri lanka", "pakistan", "punjab",
               "india", "bihar", "tamil nadu", "the north", "northern province", "the mascarenes"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name: "Nanny Trace",
# "Mesie Owain", "Appa", "Amma", "Paati", "محترمہ", "امی"; and after one: "Raju anna", "Arun anna", "فیون صاحبہ", "Mrs Pike
# senior") and counties, regions and countries ("Surrey", "West Sussex", "Mauritius", "Sri Lanka", "Pakistan").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
