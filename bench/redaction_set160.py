"""Set 160: a held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set158.py, redaction_set159.py and redaction_set161.py and their tests (written by other helpers at the same
time), that did not run the detector or any bench script that runs it, that ran no git command, and that looked at no detector
output. What was read: bench/redaction_set21.py and tests/test_redaction_set21.py in full (the layout and marking conventions
followed here), the docstrings only of bench/redaction_set7.py to redaction_set157.py (printed with ast.get_docstring, to see
which towns, districts and communities earlier sets used as a family's home; the printed docstrings were searched for town
and community names, never the sets' bodies), the `_party`, `Records`, `HandSet`, `word_problems`, `sets`, `counts` and `main`
helpers of bench/redaction_handwritten.py (its module docstring's first lines were seen in passing), and the ruff settings in
pyproject.toml. The checker of set 15 is imported, as set 21 imports it, and run only through this set's problems(). Phone
numbers were checked with the phonenumbers library and NHS numbers and UPNs made with python-stdnum in small snippets. The
record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build
records. Nobody may tune the detector on this set: it is to be scored once, after the detector's current round of changes. If
a mistake in the gold marking is found after scoring, correct only the marking and say so here.

Six families in Ashford and Folkestone and the Romney Marsh in Kent, each from a town, district or estate no earlier set (7 to
157) used as a family's home. Four white British or mixed-heritage families: a young mother in Stanhope, Ashford, with a
grandmother in Kennington (Wratten / Kemsley; a bruise on a boy of 7's face from "the door", no gas on the meter, a food bank
voucher, a nappy rash, a mother's partner who is "scary when he's had his cans", child protection plans for neglect); a mother
on the Broadmead estate in Folkestone with grandparents in Dymchurch (Boorman / Hoad; a mother's heroin relapse, a girl of 3
who drank methadone, naloxone, police protection, a boy of 10 who minded his sister, a kinship viability assessment, a
grandmother's letter to the judge); a boy of 14 of white British and Jamaican heritage in Beaver, Ashford, with a father in
Lewisham and a grandmother in Spanish Town (Dunn / Campbell-Dunn; missing to Maidstone, a woman of 19, an older man's "bag", a
debt and a threat to a sister, a hospital attendance, a short suspension); and a young couple in Lydd with a grandmother in
Greatstone (Prior / Godden; a bruise on the ear of a non-mobile baby of 12 weeks, a rib fracture, a mother's low mood, a
community Facebook group, a family group conference). Two from communities no earlier set used: a Magar family from Nepal, a
Gurkha veteran's, in Hawkinge, Folkestone, with a grandfather in Pokhara and an uncle in Aldershot (Thapa Magar / Pun; a boy of
15 robbed at a station who carries a knife, a father's drinking and a belt, a veterans' association's help, names and a
Bikram Sambat date in Devanagari); and a Banyamulenge family (Congolese Tutsi) resettled from a camp in Rwanda to
Willesborough, Ashford, with a grandmother in Mahama camp and an uncle in Kampala (Rukundo / Nyamasomo; a father's trauma and
a stick, a girl of 9 who told, a church, voice notes in Kinyamulenge and Swahili). 24 documents, of types or in styles new to
these sets where that could be done: a home visit case note, a food bank referral voucher filled in by hand in capitals, a
mother's texts to a team work mobile, ICPC minutes, a school's front-door referral form, an interview through a telephone
interpreter recorded verbatim, Snapchat chats screenshotted by a friend's mother, a Gurkha veterans' association welfare
letter, a resettlement caseworker's handover email, strategy discussion minutes, WhatsApp voice notes transcribed and
translated, a child's "three houses" worksheet, a chronology, a police PPN scanned and OCR'd (with 0 for O and 1 for i), a
kinship viability assessment, a grandmother's handwritten letter to the judge with crossings-out, a return home interview, an
emergency department safeguarding liaison form, a school suspension letter, a youth worker's notes typed fast on a phone, a
health visitor's SystmOne contact record, a paediatrician's child protection medical report, a community Facebook group's
posts and comments, and a family group conference plan in the family's words.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Nepal, Uganda, Rwanda, Jamaica, Spain); NHS numbers and UPNs (Kent's LA number, 886)
pass their check digits; NI numbers have a valid format. The council is invented (Great Stour Council), and so are the
schools (Bridgefield Primary, Shearway Academy, Terlingham Primary, Highfield Lane Primary, Towers Oak Academy, Victoria Road
Primary, Little Acorns, Little Marsh Nursery), the veterans' association's branch, the interpreting agency (Lingo Bridge)
and the refugee charity's name as written; towns, districts, estates, villages, real schools (North School, Marsh Academy,
Morehall, St Nicholas), real charities, NHS bodies, hospitals, surgeries, police forces, prisons, courts, clubs, shops,
brands, apps, services and laws are real or stand for real ones and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, PC,
DC, DS, Insp, Maj (Retd), Cpl (Retd), Pastor, Pasteur, Madame, Mama, Papa, Nan, Nanny, Auntie, Uncle, Great-nan, Daddy, and
Nepali ji and bhauju after a name) stay outside the name span; "Mama [[Byiringiro]]" (a mother called by her son's name) marks
the son's name; a kinship word used alone ("Mama", "mamas", "Nyogokuru", "Nan") is not a name; a possessive 's and a bare s
in texting ("ryan"s, "poppy"s, "Mason"s) stay outside; every person's name is a name in every form, record or not. "SURNAME,
First" is one span ("CAMPBELL-DUNN, Kai", "STEVENS, Tara", "B00RMAN, Lacey-Rae"), and so is "First SURNAME" ("Anish THAPA
MAGAR", "Tyler-Jay WRATTEN"); an initial with a surname is one span, and so is a first name with an initial ("INEZA R.", "S
Ledger", "J Prior"); a name broken by a line break is one span holding the break, and so are an address, a place, a school
and a date. A street address is one span, its town a place, its postcode a postcode; a street named without a number is an
address ("Coolinge Lane", "Church Road", "Elwick Road", "Tannery Lane"), and so is a neighbour's bare number ("no. 9", "number
25"). Towns, villages, districts and estates are places at home or abroad and in any script ("पोखरा"); countries, counties and
regions are not ("Kent", "Nepal", "Rwanda", "South Kivu", "Helmand", "Jamaica"). Organisations are not marked even when they
hold a town's name ("Ashford Food Bank", "Willesborough Health Centre", "Hawkinge Surgery", "Lydd Medical Centre", "Dymchurch
Medical Centre", "Kent Refugee Action Network", "Ashford United", "Ashford Gateway", "William Harvey Hospital", "Forward
Trust", "Kenward Trust"); a school's name and its short form are a school ("Morehall", "Shearway", "Little Marsh"); a date of
birth is dob, any other calendar date with a day is date (a weekday before it stays outside), and the bare days of a list
("2", "9 and 16 October") are dates; months and years alone are not marked; pets (Bruno, Pickle, Simba) are not names;
parks, stations, beaches and leisure centres are landmarks and stay unmarked (Radnor Park, the Three Hills, Folkestone
Central station, Maidstone East station, the harbour arm, the Stour Centre); a service, team or branch named by its town marks
the town ("ASHFORD SOUTH TEAM", "Citizens Advice (Ashford)", "Romney Marsh HV team", "the Canterbury clinic", "the Co-op at St
Mary's Bay"); a surname or first name that is also a word, a country or a town is marked by what it refers to (Hythe,
Kennington, Kingsnorth, Marsh, Wells, Grace and Jordan are names when they are people; Hythe and Kennington are places when
they are places).

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a refugee camp where a
person lives is a place ("Mahama", "Gatumba"), named with the word "camp" outside; Romney Marsh is a place when it is written
as part of an address or names a team's area, not a region; Godinton Park and Shorncliffe are districts of the towns and so
places; a tutor group or a school block named after a village ("9 Wye", "the Charing block") is not a place; a group, page or
pub named after a town or a thing ("Lydd & Dungeness Community Noticeboard", "the Ship") is not marked, and its admin's
display name is not a name; a crossed-out name in a family's letter ("~~Hoad~~") is still a name; a saved contact made of a
name and a town ("Moise Kampala") marks both separately; a display name with an emoji keeps the emoji outside; a
Devanagari date of birth in the Bikram Sambat calendar is dob; OCR misreadings (0 for O, 1 for i) are marked as what they
stand for ("Folkest0ne", "Cher1ton", "26/O9/2026"); a registration a boy knows by heart is a vehicle; a crime, hospital,
voucher or occurrence number and an interpreter's ID are not marked.

Self-check without the detector: `python -m bench.redaction_set160` (and tests/test_redaction_set160.py) runs set 15's
checker (which runs the sets before it) on this set, adds this set's titles and kinship words (before and after a name) and
counties, regions and countries, and prints the number of documents and gold spans per kind: 24 documents,
1,012 gold spans, 541 of them names.
"""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones

# --- A. Wratten / Kemsley family (white British), Stanhope, Ashford --------------------------------------------------------

HOME_A = d.Address("14 Hurst Road", "Stanhope", "Ashford", "TN23 5QP")
NAN_A = d.Address("6 Faversham Road", "Kennington", "Ashford", "TN24 9AE")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tyler-Jay", "Wratten")], dt.date(2019, 4, 17), addresses=[HOME_A], ids=["1856295877", "W886307702366"],
       schools=["Bridgefield Primary School"]),
    _p("s", "sibling", [("Poppy", "Kemsley")], dt.date(2024, 8, 2), addresses=[HOME_A], ids=["3066857441"]),
    _p("m", "mother", [("Chelsea", "Wratten")], dt.date(2001, 1, 29), addresses=[HOME_A], phones=["07823 514 902"],
       ids=["JR 62 41 93 B"]),
    _p("f", "father", [("Ryan", "Kemsley")], dt.date(1997, 10, 6), addresses=[HOME_A], phones=["07912 338 471"]),
    _p("g", "grandparent", [("Tracey", "Wratten")], dt.date(1972, 6, 21), addresses=[NAN_A], phones=["01233 624 917"]),
    _p("p1", "professional", [("Hollie", "Brenchley")], phones=["03000 418 226"],
       emails=["hollie.brenchley@greatstour.gov.uk"]),
], "c")

DOCS_A = [
    ("social worker's home visit case note", """CASE NOTE - Home visit (unannounced)
Child: [[Tyler-Jay Wratten|name]] ([[17.04.2019|dob]])    Sibling: [[Poppy Kemsley|name]] ([[02.08.2024|dob]])
Address: [[14 Hurst Road|address]], [[Stanhope|place]], [[Ashford|place]] [[TN23 5QP|postcode]]
Date of visit: [[3 November 2026|date]], 15:40-16:35     Worker: [[Hollie Brenchley|name]], Great Stour Council Children's Services

Purpose: to follow up the school's referral of [[29 October|date]] ([[Tyler-Jay|name]] arriving hungry, same uniform all week, a bruise
on his left cheek he said was from "the door").

Present: [[Chelsea Wratten|name]] (mum), [[Poppy|name]], [[Tyler-Jay|name]] (home from school at 15:50 with a neighbour,
[[Karen Pilcher|name]]
of [[no. 9|address]], who walks him back with her own two). [[Ryan Kemsley|name]] ([[Poppy|name]]'s dad) arrived at 16:10.

Observations: the front room was cold (no gas on the meter since the weekend; [[Chelsea|name]] said the emergency credit ran out on
Saturday). Kitchen: half a loaf, two yoghurts, milk in date. Nappy bin overflowing, a smell of dog mess in the hall (the
Staffie, Bruno, is [[Ryan|name]]'s). [[Poppy|name]] was in a vest only and had a sore nappy rash. [[TJ|name]] (as everyone calls
[[Tyler-Jay|name]]) went straight to the cupboard and asked for crisps. I saw a yellowing bruise about 3 cm on his left cheekbone.
He told me "[[Ryan|name]] shut the door on me by accident" and then "I'm not meant to say". [[Chelsea|name]] said he bumped into the
bathroom door on Sunday [[25th|date]] and she "never saw it".

Mum's account: she has been "on her own with it" since her mum, [[Tracey|name]], moved out to [[Kennington|place]] in the summer. She is
on Universal Credit, a sanction in September for missing an appointment at the Jobcentre on [[Elwick Road|address]]. She said
[[Ryan|name]]
"sleeps here most nights" but is not on the tenancy. She wants help with food and the gas.

[[Ryan|name]]'s account: the cheek was "an accident, he was messing with the door". He did not want to talk, went out to the car
(a silver Corsa, [[GK19 WTF|vehicle]]) and sat in it till I left.

Actions: food bank voucher (Ashford Food Bank, Tuesday at the Stanhope community centre) and an emergency fuel voucher from
the Household Support Fund; strategy discussion to be asked for today with the police and the school nurse (bruise on the face of
a 7-year-old with a changing account); nan [[Tracey Wratten|name]] ([[01233 624 917|phone]]) to be rung with mum's consent - given.
Next visit: Thursday [[5/11/26|date]]. [[H. Brenchley|name]]

Addendum [[4.11.26|date]]: rang nan [[Tracey|name]]. She said [[Ryan|name]] "has a temper" and that she saw him grab [[TJ|name]] by the
arm at
[[Poppy|name]]'s birthday at the Stanhope Pavilion in August. She named two friends of [[Chelsea|name]]'s who "know what goes
on":
[[Shannon Fuller|name]] (of [[Knoll Lane|address]]) and [[Becky-Jo Marsh|name]]. [[Ryan|name]]'s mother is Mrs [[Denise Kemsley|name]] of
[[27 Bentley Road|address]], [[Willesborough|place]]. [[Tracey|name]] works at the Tesco in [[Kennington|place]] and can have [[TJ|name]]
after
school on Mondays, Wednesdays and Fridays. Her mobile is [[07957 402 318|phone]] as well as the landline.
"""),
    ("food bank referral voucher form filled in by hand", """ASHFORD FOOD BANK  -  REFERRAL VOUCHER   (please write clearly in block
capitals)
Voucher no: AFB 26/4471          Referring agency: GREAT STOUR COUNCIL - CHILDREN'S SERVICES ([[ASHFORD|place]] SOUTH TEAM)
Referrer name: [[HOLLIE BRENCHLEY|name]]     Tel: [[03000 418 226|phone]]     Email: [[hollie.brenchley@greatstour.gov.uk|email]]
Date issued: [[03/11/26|date]]       Collect by: [[17/11/26|date]]

CLIENT
Surname: [[WRATTEN|name]]        First name(s): [[CHELSEA LOUISE|name]]     DOB: [[29/01/2001|dob]]
Address: [[14 HURST RD|address]]
[[STANHOPE|place]], [[ASHFORD|place]]          Postcode: [[TN23 5QP|postcode]]
Phone: [[07823 514902|phone]]      NI no. (for UC check, optional): [[JR 62 41 93 B|ni]]

Household (tick):  adults 1 [x]  2 [ ]   children - ages: 7 , 2 , ___
Names of others in the home: [[TYLER-JAY|name]] (7), [[POPPY|name]] (2)     Partner stays? part of the week (not counted)

Reason for referral (tick one or more): [x] benefit delay/change  [x] low income  [ ] debt  [ ] homeless  [x] child holiday hunger
[ ] sickness  [x] other: NO GAS/ELEC ON METER
Dietary: [ ] halal  [ ] veg  [x] baby food / nappies (size 5)   Allergies: none known
Can the client get to a centre? [x] yes - [[STANHOPE|place]] (Tues 10-12) or Ashford Gateway? - mum says Stanhope is walkable with buggy

For food bank use: parcel given [[10/11|date]] - 1A+2C + nappies + toiletries.  Signposted: Citizens Advice ([[Ashford|place]]), fuel
bank.
Volunteer: [[Margaret Hobday|name]] ("[[Maggie|name]]")   Second voucher? ( )   Notes: mum came with a friend, [[Shannon|name]], and the
little one. Boy not with them (school). Mum said "[[TJ|name]] eats the lot at nan's" -  ?? ask referrer
"""),
]

DOCS_A += [
    ("mother's text messages to the social worker typed up from the work phone", """[Texts from [[Chelsea Wratten|name]]
([[07823 514 902|phone]]) to the
team work mobile held by [[Hollie Brenchley|name]], copied to the file by [[Hollie|name]] on [[12 Nov 2026|date]]. Spelling as sent.]

[[04/11/2026|date]] 07:12  hi its [[chelsea|name]]. [[tj|name]] wont go school today hes scared of u lot coming. can u ring me after 9
[[04/11/2026|date]] 09:40  sorry missed u. [[ryan|name]]s mum said he can stay at hers in [[willesborough|place]] for a bit so hes not
here ok
[[04/11/2026|date]] 09:41  [[ryan kemsley|name]] i mean not [[tj|name]] lol
[[05/11/2026|date]] 18:02  thanks for the gas voucher its on. [[poppy|name]]s rash is better i got the cream off the chemist in
[[county sq|address]]
[[06/11/2026|date]] 22:37  my mum sayin i should let [[tj|name]] go to hers in [[kennington|place]]. i dont want him took off me
[[hollie|name]]
[[06/11/2026|date]] 22:38  shes on [[faversham rd|address]] its near the school anyway
[[08/11/2026|date]] 13:15  can u tell the police lady i dont want to do the video thing with [[tj|name]]. he told mrs [[okafor|name]] at
school
not me
[[08/11/2026|date]] 13:16  the bruise WAS the door. [[ryan|name]] was there tho. i wasnt
[[09/11/2026|date]] 08:50  [[kayden|name]] from next door said police was round [[no 12|address]] last nite thats not us
[[10/11/2026|date]] 16:20  got the food parcel. lady called [[maggie|name]] was nice. [[shannon|name]] come with me
[[11/11/2026|date]] 23:58  [[ryan|name]] aint living here no more i told him. his stuff is at his mums [[27 Bentley Rd|address]]
[[TN24 0HP|postcode]] if
the police wants him
[[12/11/2026|date]] 06:30  what time is the meeting on the [[19th|date]]. can my mum come. shes [[tracey wratten|name]]
[[01233 624917|phone]]
"""),
    ("initial child protection conference minutes", """GREAT STOUR COUNCIL - INITIAL CHILD PROTECTION CONFERENCE
Children: [[Tyler-Jay WRATTEN|name]] (DOB [[17/04/2019|dob]], NHS [[185 629 5877|nhs]], UPN [[W886307702366|upn]]) and
[[Poppy KEMSLEY|name]]
(DOB [[02/08/2024|dob]], NHS [[306 685 7441|nhs]])
Address: [[14 Hurst Road|address]], [[Stanhope|place]], [[Ashford|place]], [[TN23 5QP|postcode]]
Date: [[19 November 2026|date]], 10:00, Civic Centre, [[Tannery Lane|address]], [[Ashford|place]]
Chair: [[Deborah Ovenden|name]] (Child Protection Chair)     Minutes: [[Jas Sohal|name]]

Present: [[Chelsea Wratten|name]] (mother); [[Tracey Wratten|name]] (maternal grandmother, supporting [[Chelsea|name]]);
[[Hollie Brenchley|name]]
(SW); [[Grace Okafor|name]] (DSL, [[Bridgefield Primary School|school]]); [[Nicola Baldock|name]] (health visitor); DC
[[Luke Sayers|name]]
(Kent Police, Child Abuse Investigation); [[Amy Fagg|name]] (school nurse).
Apologies: Dr [[R. Mistry|name]] (GP, Hollington Surgery - report sent); Mr [[Ryan Kemsley|name]] (father of [[Poppy|name]]; invited,
did not attend; phone [[07912 338 471|phone]] not answered).

1. Reason for conference: a bruise to [[Tyler-Jay|name]]'s face seen on [[29 October 2026|date]] with accounts that changed; neglect of
both children's basic care (food, warmth, hygiene, a nappy rash, missed health reviews for [[Poppy|name]]).
2. Police: DC [[Sayers|name]] said [[Tyler-Jay|name]] was seen in an ABE interview on [[6 November|date]] and said "[[Ryan|name]] pushed
the door on my face because I was crying". Mr [[Kemsley|name]] was interviewed voluntarily on [[13.11.26|date]] and denied it; no
further action at present, case kept open. A neighbour, Mr [[Dean Kennington|name]], reported hearing "a man shouting at a
little boy" in October (he lives across the road at [[no. 11|address]]).
3. School: Mrs [[Okafor|name]] said [[TJ|name]]'s attendance is 86%, he is often late and hungry, and has said "[[Ryan|name]] is scary
when he's had his cans". He is doing well in phonics and loves football (Ashford United under-8s on Saturdays).
4. Health: [[Nicola|name]] said [[Poppy|name]] missed her 2-year review twice ([[14 July|date]], [[1 September 2026|date]]); seen
[[16.11.26|date]], weight on the 9th centile, speech delayed, nappy rash healing.
5. Mother: [[Chelsea|name]] said she had ended things with [[Ryan|name]] on [[11 November|date]] and wants [[TJ|name]] home. She said
"I didn't want to see it". [[Tracey|name]] offered to have both children after school at [[6 Faversham Road|address]],
[[Kennington|place]].
Family and friends who could help (from [[Tracey|name]] and [[Chelsea|name]]): [[Shannon Fuller|name]]; [[Karen Pilcher|name]] at
[[no. 9|address]];
[[Chelsea|name]]'s aunt [[Lorraine Wratten|name]] in [[Kingsnorth|place]] ([[07722 509 431|phone]]).
6. Decision: both children to be made subject to child protection plans under the category of NEGLECT (and physical abuse for
[[Tyler-Jay|name]]). Key worker [[Hollie Brenchley|name]]. First core group by [[3 December 2026|date]]; review conference
[[18 February 2027|date]].
"""),
]


# --- B. Thapa Magar / Pun family (Magar, from Nepal; a Gurkha veteran's family), Hawkinge, Folkestone ---------------------------

HOME_B = d.Address("23 Aerodrome Road", "Hawkinge", "Folkestone", "CT18 7AG")
MAMA_B = d.Address("41 Ash Road", "", "Aldershot", "GU12 4DD")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Anish", "Thapa Magar")], dt.date(2011, 9, 8), addresses=[HOME_B], ids=["4309427138", "D886633468251"],
       schools=["Shearway Academy"]),
    _p("s", "sibling", [("Sunita", "Thapa Magar")], dt.date(2014, 2, 19), addresses=[HOME_B], ids=["2267406942"],
       schools=["Terlingham Primary School"]),
    _p("m", "mother", [("Sita", "Pun Magar")], dt.date(1982, 12, 1), addresses=[HOME_B], phones=["07456 219 880"]),
    _p("f", "father", [("Dil Bahadur", "Thapa Magar")], dt.date(1974, 5, 14), addresses=[HOME_B], phones=["07534 662 109"],
       ids=["NE 38 71 20 C"]),
    _p("u", "uncle", [("Khem", "Pun")], addresses=[MAMA_B], phones=["07957 402 318"]),
    _p("p1", "professional", [("Rebecca", "Stace")], phones=["03000 418 226"], emails=["rebecca.stace@greatstour.gov.uk"]),
], "c")

DOCS_B = [
    ("secondary school's referral to the children's services front door", """REQUEST FOR SUPPORT - CHILDREN'S SERVICES FRONT DOOR (online
form, printed)
Submitted: [[21/10/2026|date]] 14:07     Ref: FD-26-118834
Referrer: [[Owen Harrington|name]], Assistant Head / DSL, [[Shearway Academy|school]], [[Folkestone|place]]   Tel: [[01303 251 736|phone]]
Child: [[Anish THAPA MAGAR|name]]   DOB: [[08/09/2011|dob]]   Year 10   UPN: [[D886633468251|upn]]
Home address: [[23 Aerodrome Road|address]], [[Hawkinge|place]], [[Folkestone|place]] [[CT18 7AG|postcode]]
Parents: [[Dil Bahadur Thapa Magar|name]] (father, [[07534 662 109|phone]]); [[Sita Pun Magar|name]] (mother, [[07456 219 880|phone]] -
speaks
Nepali and her own clan language, some English; her son usually interprets - please DON'T use him)
Siblings: [[Sunita|name]] (12), Year 7 at [[Shearway|school]] from September? or still at [[Terlingham
Primary|school]]? - check

Reason for referral:
On [[20 October|date]] at 08:25 a member of staff saw [[Anish|name]] with a lock knife in his blazer pocket in the bike shed. He handed it
over. He said he carries it "because of what happened at the station". On Friday [[16 October|date]] he and a friend, [[Kieran
Hogben|name]] (Year 10), were robbed of a phone and vape by older boys near Folkestone Central station; the police were called
(crime ref 46/201944/26). [[Anish|name]] has come in with a grazed knuckle twice this half term and smelt of cannabis on [[13.10|date]].
When the Head of Year, Ms [[Priya Naidu|name]], said she would ring home, he became very distressed and said "please not my
dad, he will use the belt, he did it before". He then said "I'm joking, miss". His sister told our Year 7 transition lead, Mr
[[Ben Chittenden|name]], at a visit in September that "Daddy drinks a lot since he stopped work".

Is the parent aware of the referral? Yes - father rang at 13:20 and said "in our culture it is discipline" and that [[Anish|name]] would
go
to stay with his mama (maternal uncle) [[Khem Pun|name]] in [[Aldershot|place]].
Friends named by staff: [[Kieran Hogben|name]] (see above), [[Harvey Fagg|name]] (Year 10), and an older boy known as "[[Jay-D|name]]"
from [[Cheriton|place]] seen waiting at the gate on [[14/10/2026|date]] and [[19/10/2026|date]]. [[Anish|name]]'s form tutor is Mr
[[Ollie Marsh|name]];
his boxing coach rang the school on [[15 Oct|date]] because [[Anish|name]] had a black eye.
Other agencies: PCSO [[Nadine Tyrrell|name]] ([[Hawkinge|place]] and rural), the boxing club coach at the Three Hills ([[Mick|name]]).
"""),
]

DOCS_B += [
    ("assessment interview with the mother through a telephone interpreter, recorded verbatim", """ASSESSMENT - INTERVIEW RECORD (typed
from the worker's notes and the call; interpreter by phone, Nepali)
Date: [[28.10.2026|date]]   Place: family home, [[Hawkinge|place]]   Worker: [[Rebecca Stace|name]] (SW)   Interpreter:
[[Kamala Gurung|name]]
(Lingo Bridge, ID 20931, on speaker)   Present: Mrs [[Sita Pun Magar|name]]; [[Sunita|name]] at school; father out ("at the Legion").

RS: Thank you for seeing me. Can you tell me who lives here?
KG (for SP): Me, my husband [[Dil Bahadur|name]], my son [[Anish|name]], my daughter [[Sunita|name]]. My husband's father lives in
[[Pokhara|place]] (she wrote it: [[पोखरा|place]]), in [[Lekhnath|place]], near the lake. His name is [[Man Bahadur Thapa|name]]. He is 81.
RS: When did you come to the UK?
KG (for SP): 2012, from [[Dharan|place]]. My husband served 22 years, 2nd Battalion. After that he worked security at the port in
[[Dover|place]] until March 2025. Then his back was bad and he stopped.
RS: The school told us [[Anish|name]] said his father uses a belt.
KG (for SP): (long pause) She says - when [[Anish|name]] came home late from [[Folkestone|place]], from the harbour arm, with the
smell, his father hit him with the belt two times. [[Ani|name]] - she calls him [[Ani|name]] - had a mark on the back of his legs. She
says she told her husband this is not the way here. She says her brother [[Khem|name]] in [[Aldershot|place]] also told him.
RS: Does your husband drink?
KG (for SP): She says "a little bit more now". Every night rum, at the club and at home. She says when he drinks he talks about
Afghanistan, Helmand, and cries.
RS: (explained the Section 47 enquiry, the strategy meeting, and that [[Anish|name]] is not in trouble)
KG (for SP): She asks if they will send [[Anish|name]] away. She says the neighbour, [[Jackie|name]] at [[number 25|address]], already
said
"social services will take him". She wants her husband to see the doctor at Hawkinge Surgery, Dr [[Saunders|name]], but he will not.
RS: Can we talk to him together?
KG (for SP): Yes, Sunday. Her phone is [[07456 219880|phone]]. Her husband's cousin [[Tek Bahadur Rana|name]] from [[Cheriton|place]] can
also help, he speaks English well, [[07388 120 954|phone]].
[Note: Mrs [[Pun Magar|name]] wrote her name for me as [[सीता पुन मगर|name]], and her son's as [[अनिश|name]]. She gave her date of birth
as [[1 December 1982|dob]] and said in Nepal it is written
[[२०३९ मंसिर १५|dob]]. Interpreter says "[[Pun|name]]" and "[[Thapa|name]]" are clan names of her people.]
"""),
    ("Snapchat messages between two boys, screenshotted by a friend's mother and typed up", """[Screenshots brought in by Mrs
[[Lorraine Hogben|name]] on [[2 November 2026|date]], from her son [[Kieran|name]]'s phone (Snapchat, saved
chats). Typed up by [[R. Stace|name]]. Display names shown as on the phone; usernames left out. Times as on the screenshots.]

Fri [[30 Oct|date]]
[[ani|name]] 🥷: u out 2nite
[[kieran|name]]: cant mums on one about the station thing
[[ani|name]] 🥷: bro my dad found the wrap. he went mad. belt again
[[kieran|name]]: wtf. u ok
[[ani|name]] 🥷: legs r cut a bit. [[sunita|name]] cried. mum said dont say to [[rebecca|name]]
[[kieran|name]]: who
[[ani|name]] 🥷: social worker lady. shes sound tbh
[[kieran|name]]: come to mine. my mum wont care. [[22 castle hill av|address]]
[[ani|name]] 🥷: nah im going my mamas in [[aldershot|place]] sat prob. dads cousin [[tek|name]] drivin me
[[kieran|name]]: the [[rana|name]] man with the merc
[[ani|name]] 🥷: yh. [[YR17 KHV|vehicle]] lol i know his plate

Sat [[31 Oct|date]]
[[kieran|name]]: did [[jay-d|name]] from [[cheriton|place]] message u. hes sayin he knows who took ur phone
[[ani|name]] 🥷: dont care. he wants me 2 hold stuff for him. [[harvey|name]] said no as well
[[kieran|name]]: stay away from them man
[[ani|name]] 🥷: i got rid of the knife anyway. its in the sea by the [[sandgate|place]] end lol
[[kieran|name]]: dont say that on here 💀
"""),
]

DOCS_B += [
    ("letter from a Gurkha veterans' association welfare volunteer", """GURKHA VETERANS' ASSOCIATION (KENT) - [[FOLKESTONE|place]] BRANCH
c/o Maj (Retd) [[Hari Prasad Gurung|name]] MBE, [[7 Cherry Garden Avenue|address]], [[Folkestone|place]] [[CT19 5LB|postcode]]
Tel [[01303 892 104|phone]]

[[9th November 2026|date]]

Ms [[Rebecca Stace|name]]
Great Stour Council Children's Services, [[Folkestone|place]] office

Dear Ms [[Stace|name]],

Re: Cpl (Retd) [[Dil Bahadur THAPA MAGAR|name]] and family, [[23 Aerodrome Rd|address]], [[Hawkinge|place]]

I write with the permission of [[Dil Bahadur|name]] ji, whom I have known since we served together in Brunei and later at
[[Shorncliffe|place]]. He asked me to tell you that he is sorry for hitting his son and that he has not touched a drink since
[[1 November|date]]. For his pension claim with Veterans UK his NI number is [[NE 38 71 20 C|ni]].
He has agreed to see the veterans' mental health service (Op COURAGE) and I have arranged an appointment
for him on [[24/11/2026|date]] at the [[Canterbury|place]] clinic. His wife [[Sita|name]] bhauju and the children have my support.

Our welfare team can offer: a lift to appointments by our volunteer Mr [[Yam Bahadur Ale|name]] ([[07481 736 205|phone]]); Nepali-speaking
volunteers for meetings (please do not rely on [[Anish|name]] or [[Sunita|name]]); a place for [[Anish|name]] at the Saturday
football the branch runs at Radnor Park with the [[Shorncliffe|place]] boys; and a contact with the family's priest, the jhakri who visits
from [[Ashford|place]]. The grandfather in [[Pokhara|place]] ([[Lekhnath|place]] ward) has been told by phone and is also upset; his
number is
[[+977 984-1235678|phone]] if you need the family history, but he speaks no English.

Please be aware that many of our older veterans are frightened of social services because of stories from [[Aldershot|place]]
and [[Reading|place]]. I will tell them what you have told me - that it is help for the family.

Yours sincerely,
[[Hari Prasad Gurung|name]]
Welfare Secretary

cc Mr [[Khem Pun|name]] (brother-in-law), [[41 Ash Rd|address]], [[Aldershot|place]] [[GU12 4DD|postcode]]
"""),
]


# --- C. Rukundo / Nyamasomo family (Banyamulenge, resettled refugees from the Congo), Willesborough, Ashford ------------------

HOME_C = d.Address("5 Tithe Barn Close", "Willesborough", "Ashford", "TN24 0LS")
UNCLE_C = d.Address("Plot 14, Kiwatule Road", "Nakawa", "Kampala", "")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Ineza", "Rukundo")], dt.date(2017, 6, 30), addresses=[HOME_C], ids=["5080930977", "K886332215684"],
       schools=["Highfield Lane Primary School"]),
    _p("s", "sibling", [("Byiringiro", "Rukundo")], dt.date(2010, 3, 12), addresses=[HOME_C], ids=["1608442101"]),
    _p("s2", "sibling", [("Gisele", "Rukundo")], dt.date(2021, 11, 4), addresses=[HOME_C], ids=["8223710013"]),
    _p("m", "mother", [("Esperance", "Nyamasomo")], dt.date(1986, 1, 1), addresses=[HOME_C], phones=["07722 905 413"]),
    _p("f", "father", [("Gaspard", "Rukundo")], dt.date(1979, 1, 1), addresses=[HOME_C], phones=["07869 241 057"],
       ids=["PW 14 85 66 A"]),
    _p("u", "uncle", [("Moise", "Sebagenzi")], addresses=[UNCLE_C], phones=["+256 772 418 903"]),
    _p("p1", "professional", [("Daniel", "Marsh")], phones=["03000 418 226"], emails=["daniel.marsh@greatstour.gov.uk"]),
], "c")

DOCS_C = [
    ("resettlement caseworker's handover email", """From: [[Abigail Tutt|name]] <[[a.tutt@kentrefugeeaction.org.uk|email]]>
Sent: Monday [[12 October 2026|date]] 16:44
To: [[Daniel Marsh|name]] <[[daniel.marsh@greatstour.gov.uk|email]]>
Cc: [[Fiona Wenham|name]] <[[fiona.wenham@nhs.net|email]]>
Subject: [[RUKUNDO|name]] family - handover before my leave (consent to share given [[09/10/26|date]])

Hi [[Dan|name]],

As promised, a handover on the [[Rukundo|name]] / [[Nyamasomo|name]] family at [[5 Tithe Barn Close|address]], [[Willesborough|place]],
[[TN24 0LS|postcode]], before I go on leave on [[16th|date]]. They came on the UK Resettlement Scheme from [[Mahama|place]] camp in
Rwanda in
February 2025; they are Banyamulenge (Congolese Tutsi from the high plateaux above [[Uvira|place]] in South Kivu) and
speak Kinyamulenge, Kinyarwanda and Swahili; [[Byiringiro|name]] (16) speaks good English and some French. The dad's
DOB is recorded as [[1/1/1979|dob]] and mum's as [[01/01/1986|dob]] (estimated by UNHCR, as so often).

- Dad, [[Gaspard Rukundo|name]], saw his brother killed at [[Gatumba|place]] in 2004. He has nightmares, shouts at night, and since
  the job at the packhouse in [[Sevington|place]] ended he has been very low. GP at Willesborough Health Centre (Dr [[Adeyemi|name]])
  has referred him to the trauma service.
- Mum, [[Esperance Nyamasomo|name]] ("Mama [[Byiringiro|name]]" in the church) is the one who holds it together. ESOL at the college on
  Tuesdays. Phone [[07722 905 413|phone]].
- [[Ineza|name]] (9) told me on [[8 October|date]] that "Papa beats with the stick when we speak English at home" and showed me a line
  on her arm. Mum said it is "the way in Congo" and that [[Gaspard|name]] is "not himself". I made a referral to the front door the
  same day.
- [[Gaspard|name]]'s NI number has come through: [[PW 14 85 66 A|ni]] (letter from DWP dated [[2 October|date]]).
- Little [[Gisele|name]] (4) is at the nursery on [[Church Road|address]] ([[Little Acorns|school]]) three mornings.
- Uncle (mum's brother) [[Moise Sebagenzi|name]] is in [[Kampala|place]]: [[+256 772 418 903|phone]], [[Plot 14, Kiwatule Road|address]],
  [[Nakawa|place]]. The grandmother, [[Nyirabagenzi|name]], is still in [[Mahama|place]] camp ([[+250 788 314 206|phone]], a neighbour's
  phone). The family send money every month, which is part of the debt.
- Church: a Banyamulenge congregation meets at a hall in [[South Willesborough|place]]; Pastor [[Eliezer Mutware|name]] is trusted
  ([[07404 558 732|phone]]).

Also: [[Byiringiro|name]] ("[[Byiri|name]]") is at [[North School|school]] in Year 11 - he has a friend [[Jordan Oduya|name]] in
  [[Kennington|place]] whose mum, Mrs [[Grace Oduya|name]], is a nurse and has been very kind. The family's first address in the UK was
the
  hotel in [[Maidstone|place]] and then [[Flat 2, 17 Albert Road|address]], [[Ashford|place]] [[TN24 8NY|postcode]], for a month. The
landlord
  now is Mr [[Colin Buss|name]] ([[01233 810 452|phone]]). The family's contact at the Home Office resettlement team is
[[Joanna Reeve|name]].

Sorry it's long! Back [[2 November|date]].
[[Abbie|name]]
[[Abigail Tutt|name]] | Resettlement Caseworker | Kent Refugee Action Network
"""),
]

DOCS_C += [
    ("strategy discussion minutes", """STRATEGY DISCUSSION (s47) - MINUTES         Held by Teams, [[13/10/2026|date]] 11:30-12:15
Child: [[Ineza RUKUNDO|name]], DOB [[30.06.2017|dob]], NHS [[508 093 0977|nhs]], UPN [[K886332215684|upn]]      Siblings:
[[Byiringiro|name]] ([[12.03.2010|dob]]),
[[Gisele|name]] ([[04.11.2021|dob]])
Address: [[5 Tithe Barn Cl|address]], [[Willesborough|place]], [[Ashford|place]] [[TN24 0LS|postcode]]
Chair: [[Sharon Pett|name]] (Team Manager)   Present: [[Daniel Marsh|name]] (SW); DS [[Craig Whiddett|name]] (Kent Police, CAIU);
[[Fiona Wenham|name]] (school nurse); Mrs [[Joy Ansah|name]] (DSL, [[Highfield Lane Primary|school]]); [[Abigail Tutt|name]]
(resettlement)

Information shared:
- School: [[Ineza|name]] came in on Monday [[12th|date]] with a raised red mark 6 cm on her left forearm. She told her teacher,
  Miss [[Holly Ashdown|name]], "Papa was angry because [[Byiri|name]] answered in English". She is a bright, quiet girl, a good reader.
  Attendance 97%. No previous concerns apart from a missed dental appointment.
- Police: no previous police contact with the family in the UK. Nothing on PNC for [[Gaspard Rukundo|name]]. A neighbour
  (Mr [[Stuart Denne|name]], [[no. 7|address]]) rang 101 on [[22/09/2026|date]] about shouting at 3am; officers attended, found the father
  "having a nightmare", no offences.
- Health: [[Fiona|name]] saw [[Ineza|name]] for her Year 4 health check on [[2 March 2026|date]]; growth normal, no
  injuries seen, a tooth to be seen by the dentist.
- Resettlement: see [[Abigail|name]]'s email of [[12 October|date]]. Mum is "very worried about the council" because of what
  happened to a family in [[Kigali|place]] she knew.

Decision: single-agency s47 by children's services, joint visit with an interpreter (Kinyamulenge, not from the same church) by
[[15.10.26|date]]; [[Ineza|name]] to be seen alone at school; a child protection medical is not needed (mark photographed and
healing). Father to be offered the refugee men's group at the Ashford Gateway. Interpreter booked: [[Jean-Pierre Bizimana|name]].
Family network named by mum (for the plan): Pastor [[Eliezer Mutware|name]] and his wife [[Nadine Mutware|name]]; [[Claudine Nabami|name]]
of [[Hoxton Close|address]], [[South Willesborough|place]]; [[Aline Muhoza|name]] in [[Bybrook|place]]; mum's cousin
[[Furaha Sebagenzi|name]] in
[[Coventry|place]] ([[07827 603 914|phone]]). Actions: [[D. Marsh|name]] to visit with [[Jean-Pierre|name]] on [[15/10|date]];
[[S. Pett|name]] to
review on [[22 October 2026|date]].
"""),
]

DOCS_C += [
    ("WhatsApp voice notes transcribed and translated from Kinyamulenge and Swahili", """[WhatsApp voice notes on
[[Esperance Nyamasomo|name]]'s phone, played by her to [[Daniel Marsh|name]] (SW) on [[29 October 2026|date]]
and transcribed and translated by the interpreter, [[Jean-Pierre Bizimana|name]], at her request, to show "what the family are
saying". Kinyamulenge and Swahili translated; English and French words left as spoken. Senders as saved in her phone.]

"[[Moise|name]] [[Kampala|place]]" ([[+256 772 418 903|phone]]), [[26/10/2026|date]], 1 min 40:
"Sister, peace. I heard from [[Mutware|name]]'s wife that the social workers came because of [[Ineza|name]]. Do not be afraid - in
England they do not take children for one mark, they help. Tell [[Gaspard|name]] he must stop the stick, here it is not
[[Minembwe|place]].
If they want, the children can call me. I am at the same place, [[Kiwatule|place]], near the church of Pastor [[Rwibasira|name]]."

"Mama" ([[+250 788 314 206|phone]] - the neighbour's phone in [[Mahama|place]]), [[27/10/2026|date]], 0 min 52:
"[[Nyamasomo|name]], my daughter, how are the children? [[Byiringiro|name]] must study. Greet [[Gisele|name]] for me. Here the rations
were cut again. [[Kanyana|name]]'s son died of fever. Send what you can, through [[Uwimana|name]] at [[Kirehe|place]]."

"Pasteur [[Eliezer|name]]" ([[07404 558 732|phone]]), [[28/10/2026|date]], 2 min 15:
"Madame [[Esperance|name]], I spoke with brother [[Gaspard|name]] after service. He cried. He says he does not sleep because of
[[Gatumba|place]]. I told him we will go together to the doctor on [[Kennington Road|address]]. The sisters will bring food on Saturday -
[[Nadine|name]], [[Claudine|name]] and Mama [[Aline|name]]. The meeting for the young people is at [[Bybrook|place]] on Sunday at 3."

"[[Byiri|name]] ❤️" ([[07781 540 266|phone]]), [[28/10/2026|date]], 0 min 20 (in English):
"Mum I'm at [[Jordan|name]]'s in [[Kennington|place]] doing homework, his mum said I can eat there, don't tell papa I'm late. Love you."
"""),
]

DOCS_C += [
    ("child's 'three houses' worksheet, typed up from the sheet", """THREE HOUSES (House of Worries / House of Good Things / House of
Dreams) - done with [[Ineza|name]] at school, [[4 November 2026|date]]
Worker: [[Daniel Marsh|name]]. Interpreter not needed ([[Ineza|name]] chose English). Her words are written as she said or wrote them; the
drawings are described in brackets. Her teacher Miss [[Ashdown|name]] sat in.

HOUSE OF WORRIES (a grey house with rain)
- "when papa shouts in the night and I think the soldiers are coming"
- "when [[Byiri|name]] goes out and papa waits at the door with the stick"
- "if they send us back to the camp. [[Olivia|name]] in my class said refugees go back"
- "[[Gisele|name]] cries when mama goes to college"
(a drawing of a man lying on a bed and a girl under the table)

HOUSE OF GOOD THINGS (a yellow house with a sun and a cow)
- "mama's beans and ugali on Sunday"
- "church and singing. Aunty [[Claudine|name]] plaits my hair"
- "my best friend [[Amara|name]] and [[Lily-Mae|name]]. we play at the park by the [[Bockhanger|place]] shops"
- "Miss [[Ashdown|name]] and Mr [[Dan|name]]"  (she wrote "Mr [[Dan|name]]")
- "my Grandma in Africa. her name is [[Nyirabagenzi|name]] but we say Nyogokuru"
- "Uncle [[Moise|name]] in [[Kampala|place]] he sent me a dress for my birthday on [[30th June|date]]"

HOUSE OF DREAMS (a big house with a garden, a flag, and a plane)
- "papa happy and sleeping"
- "to be a doctor"
- "to visit [[Minembwe|place]] where papa had cows when he was small"
- "a dog called Simba"

Her name written at the top in her own hand: [[INEZA R.|name]]  (with a heart)
Scale 0-10 "how safe do you feel at home": 6 ("7 when papa is at the doctors")
"""),
]


# --- D. Boorman / Hoad family (white British), Broadmead, Folkestone; grandparents in Dymchurch -----------------------------------

HOME_D = d.Address("Flat 6, 40 Broadmead Road", "Broadmead", "Folkestone", "CT19 5AL")
NAN_D = d.Address("18 Sycamore Gardens", "", "Dymchurch", "TN29 0LA")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Lacey-Rae", "Boorman")], dt.date(2023, 5, 9), addresses=[HOME_D, NAN_D], ids=["7083801274"]),
    _p("s", "sibling", [("Mason", "Boorman")], dt.date(2016, 7, 23), addresses=[HOME_D, NAN_D], ids=["1299248667", "C886347006737"],
       schools=["Morehall Primary School"]),
    _p("m", "mother", [("Kayleigh", "Boorman")], dt.date(1997, 3, 2), addresses=[HOME_D], phones=["07961 884 320"],
       ids=["JT 27 58 04 D"]),
    _p("f", "father", [("Connor", "Hoad")], dt.date(1995, 12, 18)),
    _p("g", "grandparent", [("Sandra", "Boorman")], dt.date(1968, 9, 5), addresses=[NAN_D], phones=["01303 874 215", "07827 603 194"]),
    _p("g2", "grandparent", [("Keith", "Boorman")], dt.date(1964, 4, 30), addresses=[NAN_D]),
    _p("p1", "professional", [("Marcus", "Gilbey")], phones=["03000 418 226"], emails=["marcus.gilbey@greatstour.gov.uk"]),
], "c")

DOCS_D = [
    ("chronology of significant events", """CHRONOLOGY OF SIGNIFICANT EVENTS - [[Lacey-Rae BOORMAN|name]] ([[09/05/2023|dob]]) and
[[Mason BOORMAN|name]] ([[23/07/2016|dob]])
Compiled by [[Marcus Gilbey|name]], SW, for the PLO meeting; sources in brackets. Address throughout unless stated: [[Flat 6, 40 Broadmead
Road|address]], [[Broadmead|place]], [[Folkestone|place]] [[CT19 5AL|postcode]].

Date       | Event | Source
[[23.07.16|date]] | [[Mason|name]] born at William Harvey Hospital, [[Ashford|place]]. Father [[Connor Hoad|name]] ([[18.12.95|dob]]). |
Health
Mar 2019   | (month only; no day recorded) Police called to DA at [[Coolinge Lane|address]] flat; [[Connor|name]] arrested. | Police
[[02/06/2020|date]] | [[Connor Hoad|name]] sentenced at Canterbury Crown Court (robbery) - 6 yrs; now at HMP Elmley. | Probation
[[09/05/2023|date]] | [[Lacey-Rae|name]] born. Father not named on the birth certificate; mother says "a lad from [[Hythe|place]],
[[Ross|name]]",
             no surname given. | Health
[[14 Feb 2025|date]] | Mum in treatment with Forward Trust, [[Folkestone|place]]: methadone 60ml, stable, negative tests. | Forward Trust
[[1 Aug 2026|date]] | Neighbour Mrs [[Pat Hythe|name]] (flat 5) tells housing there are "people coming and going all night". | Housing
[[19/08/2026|date]] | [[Mason|name]] (10; UPN [[C886347006737|upn]]) tells his teacher he "looks after [[Lacey|name]] when mum's poorly"
and missed tea. | [[Morehall Primary|school]]
[[07.09.26|date]] | Mum's UC claim closed (NI [[JT 27 58 04 D|ni]]) and her first positive test for heroin since 2024; dose reviewed. |
Forward Trust
[[26.09.2026|date]] | 21:50: [[Lacey-Rae|name]] (3) taken by ambulance to William Harvey, drowsy, pinpoint pupils; naloxone given; mum
said she
             drank from a bottle of methadone left on the table. Mum's friend [[Jade Swaffer|name]] rang 999. | SECAmb / hospital
[[27/09/26|date]] | Police protection (s46); both children placed with maternal grandparents [[Sandra|name]] and [[Keith Boorman|name]] at
             [[18 Sycamore Gardens|address]], [[Dymchurch|place]] [[TN29 0LA|postcode]]. | Police / EDT
[[30.9.26|date]] | Mum signs s20 agreement. | SW
[[5th October 2026|date]] | Strategy; s47 (physical harm - ingestion; neglect). | SW
[[22nd Oct|date]] | ICPC: both children on CP plans; mum at a rehab assessment in [[Margate|place]]. | Conference
[[11/11/2026|date]] | Legal gateway: issue proceedings; interim care order sought with placement with grandparents. | Legal
"""),
]

DOCS_D += [
    ("police public protection notice, scanned and OCR'd with its errors", """KENT P0LICE - PUBLIC PROTECTI0N N0TICE (PPN) - CHILD
  [scanned from fax, OCR text, errors kept]
0ccurrence: 37-26O926-1188     Date/time: [[26/O9/2026|date]] 22:4O     Officer: PC 4471 [[STEVENS, Tara|name]]
Locati0n: [[Flat 6, 4O Broadmead Rd|address]], [[Folkest0ne|place]] [[CT19 5AL|postcode]]

CHILD 1: [[B00RMAN, Lacey-Rae|name]]   D0B [[O9/05/2023|dob]]   Gender F
CHILD 2: [[BOORMAN, Mas0n|name]]       D0B [[23/O7/2016|dob]]   Gender M     Sch0ol: [[M0rehall Primary|school]]
PARENT/CARER: [[B00RMAN, Kayleigh|name]]  D0B [[O2/03/1997|dob]]  Tel [[07961 884 320|phone]]
OTHER ADULTS PRESENT: [[SWAFFER, Jade|name]] ([[14/1O/1999|dob]]), friend, of [[Flat 2, Shaftesbury Hse|address]]; male left
before police arrival, descr. by [[Jade|name]] as "[[Dazza|name]]" or "[[Daz|name]]", white, 30s, grey trackies, believed from
[[Cher1ton|place]].

CIRCUMSTANCES: Ambulance request via SECAmb for 3yr old female unresp0nsive. On arrival child in living r00m in the arms of
[[Jade|name]]; crews gave nal0xone; child responded. Mother very drowsy, slurred, foil and a needle cap on the c0ffee table, a
bottle of methad0ne (labelled to [[Kayleigh B00RMAN|name]]) open on the table, no lid. 10yr old b0y [[Mason|name]] in bedroom, he
said "I put [[Lacey|name]] to bed but she got up". Flat cold, no food apart from cereal, dog faeces in kitchen.
Child 1 taken to WHH [[Ashf0rd|place]] with mother. Child 2 taken to maternal grandparents by PC [[Stevens|name]] with consent -
[[SANDRA|name]] & [[KEITH B00RMAN|name]], [[18 Sycam0re Gdns|address]], [[Dymchurch|place]] [[TN29 OLA|postcode]], tel
[[01303 874215|phone]].

DASH n/a.  Risk: HIGH.  Referred: EDT (SW [[Pauline Rigden|name]]) at 23:55.  Powers: Police Protection s46 - Ch 1 & 2 at
O0:3O [[27/O9|date]] (Insp [[R. Kingsnorth|name]]).
"""),
]

DOCS_D += [
    ("kinship viability assessment", """KINSHIP CARE - INITIAL VIABILITY ASSESSMENT
Proposed carers: Mrs [[Sandra Boorman|name]] ([[05/09/1968|dob]]) and Mr [[Keith Boorman|name]] ([[30/04/1964|dob]]), maternal
grandparents
Address: [[18 Sycamore Gardens|address]], [[Dymchurch|place]], [[Romney Marsh|place]], [[TN29 0LA|postcode]]   Tel:
[[01303 874 215|phone]] /
[[07827 603 194|phone]] ([[Sandra|name]])
Children: [[Lacey-Rae|name]] (3) and [[Mason|name]] (10)       Assessor: [[Marcus Gilbey|name]]     Visits: [[2|date]], [[9|date]] and
[[16 October 2026|date]]

1. The household. A three-bedroom bungalow two streets back from the sea wall. [[Keith|name]] (62) is a retired lorry driver (he
drove for a haulier at [[Lympne|place]] for 30 years); [[Sandra|name]] (58) works part-time in the Co-op at [[St Mary's Bay|place]]. Their
younger son [[Dean|name]] (27) lives at home on weekdays and works at the power station at [[Dungeness|place]]; DBS applied for. The
children share the third bedroom; [[Mason|name]] wants his own room "like at mum's". The dog, Pickle, is old and gentle.

2. Their history with [[Kayleigh|name]]. [[Sandra|name]] was open about [[Kayleigh|name]]'s teenage years: missing from home, exclusion
from the [[Marsh Academy|school]], a first overdose at 17, then [[Connor Hoad|name]]. "We threw her out once and I've never forgiven
myself."
They cared for [[Mason|name]] for five months in 2019 after the DA incident at [[Coolinge Lane|address]]. [[Keith|name]] has a caution
from 2009 (criminal damage, a neighbour's fence at [[New Romney|place]]); not a concern for the children.

3. Health. [[Keith|name]]: type 2 diabetes, well controlled (GP: Dr [[Okonjo|name]], Dymchurch Medical Centre). [[Sandra|name]]: anxiety,
no treatment now.

4. Contact and the mother. They will supervise contact at home and at the family centre in [[Folkestone|place]]; they said they
would not let [[Kayleigh|name]] stay over. [[Connor|name]]'s mother, Mrs [[Julie Hoad|name]] of [[Cheriton|place]], wants to see
[[Mason|name]];
[[Sandra|name]] and she "get on alright".

5. Other family. [[Kayleigh|name]]'s sister [[Gemma Ward|name]] lives in [[Hastings|place]] with three children and could help in
holidays.

Other people in the house or often there: [[Dean Boorman|name]] (27, son); [[Keith|name]]'s brother [[Roy Boorman|name]] who lives in
[[Hythe|place]] and visits on Sundays; [[Sandra|name]]'s friend [[Linda Waters|name]] next door at [[no. 20|address]], who would babysit.
[[Mason|name]]'s
best friend is [[Alfie Hobbs|name]] from [[Broadmead|place]]; [[Sandra|name]] will take him to [[Alfie|name]]'s at
[[11 Cheriton Road|address]],
[[Folkestone|place]] [[CT19 5JU|postcode]] on Saturdays.

Recommendation: positive - proceed to a full connected persons assessment (Form C); the children to remain with Mr and Mrs
[[Boorman|name]] under reg. 24 in the meantime. [[M. Gilbey|name]], [[20.10.2026|date]]
"""),
]

DOCS_D += [
    ("grandmother's handwritten letter to the judge, typed up for the bundle", """[Letter handed in by Mrs [[Sandra Boorman|name]] at the
hearing on [[2 December 2026|date]], typed for the bundle exactly as written,
line breaks kept. Crossings-out shown as ~~ ~~.]

                                                        [[18 Sycamore Gdns|address]]
                                                        [[Dymchurch|place]]
                                                        [[TN29 0LA|postcode]]
                                                        Sunday [[29th Nov|date]]
To the Judge,

My name is [[Sandra Boorman|name]] I am [[Lacey-Rae|name]] and [[Mason|name]]s Nan. My husband [[Keith|name]] and me have had them since
the
night of the [[26th September|date]] when [[Lacey|name]] nearly died. I want to say to you that we will keep them safe for as long as it
takes and for ever if we have to.

[[Mason|name]] has settled at his new school which is [[St Nicholas|school]] in [[New Romney|place]] (his old school [[Morehall|school]]
was
lovely to him, Mrs [[Fagg|name]] his teacher sent a card). He is sleeping better. He still checks on his sister in the night,
we are working on that with [[Marcus|name]]. [[Lacey|name]] calls me Mum sometimes, I tell her no I am Nanny, Mummy is poorly.

I know our daughter [[Kayleigh|name]] has let them down but she is not a bad person. She was a lovely girl till she met [[Connor|name]]
~~[[Hoad|name]]~~ and got into that crowd at the ~~Ship~~ pub in [[Sandgate|place]]. She is at Kenward Trust ~~in~~ now and
rings every night at 6. Please let her keep seeing the kids.

We are not rich, [[Keith|name]] has his pension and I do my hours at the Co op, but our [[Dean|name]] helps and my sister [[Carol
Beeching|name]] in [[Hythe|place]] is there every weekend.

Thank you for reading this Sir or Madam.
[[Sandra Boorman|name]] (Nan)
[[07827 603194|phone]]
"""),
]


# --- E. Dunn / Campbell family (white British and Jamaican heritage), Beaver, Ashford ----------------------------------------------

HOME_E = d.Address("62 Beaver Road", "Beaver", "Ashford", "TN23 7SN")
DAD_E = d.Address("Flat 11, Marden House, 3 Lee High Road", "Lewisham", "London", "SE13 5LQ")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Kai", "Campbell-Dunn")], dt.date(2012, 4, 3), addresses=[HOME_E], ids=["6542470484", "V886016287130"],
       schools=["Towers Oak Academy"]),
    _p("s", "sibling", [("Amelia", "Dunn")], dt.date(2019, 12, 24), addresses=[HOME_E], ids=["9837657316"]),
    _p("m", "mother", [("Leanne", "Dunn")], dt.date(1990, 8, 15), addresses=[HOME_E], phones=["07415 972 601"]),
    _p("f", "father", [("Marlon", "Campbell")], dt.date(1986, 2, 11), addresses=[DAD_E], phones=["07590 317 846"]),
    _p("p1", "professional", [("Shaun", "Ledger")], phones=["03000 418 226"], emails=["shaun.ledger@greatstour.gov.uk"]),
], "c")

DOCS_E = [
    ("return home interview after a missing episode", """RETURN HOME INTERVIEW (missing child)        Completed by:
[[Shaun Ledger|name]], Adolescent Support Worker
Young person: [[Kai CAMPBELL-DUNN|name]]   DOB: [[03-04-2012|dob]]   Age: 14    School: [[Towers Oak Academy|school]] (Yr 9, UPN
[[V886016287130|upn]])
Home: [[62 Beaver Road|address]], [[Beaver|place]], [[Ashford|place]], Kent [[TN23 7SN|postcode]]     Mum: [[Leanne Dunn|name]]
[[07415 972 601|phone]]
Missing from: Fri [[13/11/2026|date]] 16:00   Found: Sun [[15/11/2026|date]] 11:20 by BTP at Maidstone East station
Interview: [[17 November 2026|date]], at the library in [[Ashford|place]] (his choice), 45 mins. Police ref 37-26-1113-0562.

Where were you? "At [[Tiana|name]]'s and then her cousin's." [[Tiana|name]] is 19 (he thinks); lives "near [[Park Wood|place]]" in
[[Maidstone|place]],
at "[[Trinity Court|address]], the blue door". Her cousin is "[[Big Rico|name]]" ("[[Rico|name]]"), who drives a black Golf
([[KX21 PLO|vehicle]]). He met [[Tiana|name]] on Snapchat in October; she paid for his train.

What happened? They "chilled", smoked weed, went to a house party on Saturday in [[Shepway|place]] ([[Maidstone|place]]). [[Rico|name]]
asked
him to "take a bag to a man at the station" and said he'd "sort him with trainers". He says he said no. He slept on the sofa.
He said [[Tiana|name]] "is my girl" and that they had sex. (Shared with the police the same day as a safeguarding matter: a child
of 14 and an adult of 19.)

Who knew where you were? His friend [[Reuben|name]] from the [[Singleton|place]] end, and his dad [[Marlon|name]] in [[Lewisham|place]],
to
whom he sent "im good dont tell mum". Dad rang mum on Saturday [[14th|date]] but did not say where.

Push/pull factors: arguments at home with mum's partner [[Gary|name]]; "mum is always at work and I watch [[Millie|name]]" (his
sister [[Amelia|name]], 6); being sent home from school on [[10.11.26|date]] after a fight with [[Harrison Wells|name]].

What would help? "Boxing again" (the gym at [[Stanhope|place]] closed); more time with his dad; his nan [[Marcia|name]] in
[[Spanish Town|place]] who
he rings on WhatsApp ([[+1 876 984 2217|phone]]).
Also named: [[Tiana|name]]'s friend "[[Shanice|name]]", a boy called [[Deshawn|name]] from [[Tovil|place]], and "[[T-Money|name]]"
(adult, on the
party's music). He gave me [[Tiana|name]]'s number as [[07869 241 507|phone]] (police told). His girlfriend at school before was [[Maisie
Goldup|name]], who lives on [[Brookfield Road|address]].
Risk: HIGH - CSE/CCE screening done; referred to the exploitation panel on [[19/11/2026|date]]. Copy: SW [[Priya Patel|name]]
([[priya.patel@greatstour.gov.uk|email]]); dad's partner [[Charlene|name]] asked to be told too
(not agreed - [[Kai|name]] said no).
"""),
]

DOCS_E += [
    ("emergency department safeguarding liaison form", """WILLIAM HARVEY HOSPITAL - EMERGENCY DEPARTMENT
PAEDIATRIC SAFEGUARDING LIAISON FORM (to be completed for every under-18 attendance with a trigger)
Patient: [[DUNN-CAMPBELL|name]]? / [[CAMPBELL-DUNN, Kai|name]] (registered under both - merge requested)    Hosp no: K4418207
DOB: [[3rd April 2012|dob]]    NHS: [[654 247 0484|nhs]]    GP: Sydenham House Medical Centre
Address given: [[62 Beaver Rd|address]], [[Ashford|place]] [[TN23 7SN|postcode]]   Alt. address: c/o father,
[[Flat 11, Marden House|address]],
[[3 Lee High Rd|address]], [[Lewisham|place]], [[London|place]] [[SE13 5LQ|postcode]]
Attended: [[28/11/26|date]] 01:42 by ambulance from [[Godinton Park|place]] ([[Godinton Road|address]] end)   Accompanied by: friend
"[[Reu|name]]" ([[Reuben Achterberg|name]], 15) - later mother

Presenting complaint: intoxication (alcohol + ?ketamine), cut to R hand ("punched a bus shelter"). GCS 14 on arrival.
Triggers (tick): [x] under 16 intoxicated  [x] attendance after midnight  [x] known to CSC (SW [[Priya Patel|name]])  [x] missing
episode in last 30 days  [ ] DNA  [ ] injury inconsistent

Disclosure to nurse ([[Joanne Pout|name]], RN) at 03:10: "[[Rico|name]] said I owe him for the bag I lost. He said he knows where my
sister goes to school." Sister = [[Amelia Dunn|name]] (6, [[Victoria Road Primary|school]]). Patient asked us "not to tell [[Gary|name]]".
Mother ([[Leanne|name]], [[07415 972601|phone]]) arrived 04:05 from a night shift at the distribution centre at [[Sevington|place]]. She
said [[Kai|name]]'s father [[Marlon Campbell|name]] ([[07590 317846|phone]]) "should be told as well". Father rang back 05:20; he will
come
from [[London|place]] on Sunday.

Actions: Police informed (PC [[Dominika Nowak|name]], 05:00) - threats to a child; CSC EDT informed 05:15 ([[Gemma Hollands|name]]);
paediatric liaison health visitor to send to school nurse; plastic surgery review of hand at QEQM? NO - local clinic [[30/11|date]].
Form completed by Dr [[Ayesha Karim|name]] (ST4), [[28.11.2026|date]].
"""),
]

DOCS_E += [
    ("school's suspension letter to the parent", """[[Towers Oak Academy|school]]
[[Faversham Road|address]], [[Kennington|place]], [[Ashford|place]]  |  Tel [[01233 616 201|phone]]

PRIVATE AND CONFIDENTIAL
Ms [[L. Dunn|name]]
[[62 Beaver Road|address]]
[[Ashford|place]]
[[TN23 7SN|postcode]]
                                                                                       [[1st December 2026|date]]
Dear Ms [[Dunn|name]],

Re: [[Kai Campbell-Dunn|name]], Year 9 (tutor group 9 Wye) - suspension

I am writing to tell you that I have decided to suspend [[Kai|name]] for 3 school days, from [[2 December 2026|date]] to
[[4 December 2026|date]] inclusive. He may return on Monday [[7 December 2026|date]] at 8.30am, when a reintegration meeting will be
held with you, his Head of Year Mr [[Tom Hamer|name]], and his social worker Ms [[Patel|name]], if she can attend.

The reason is that on [[30th November|date]] [[Kai|name]] brought a vape containing THC onto the school site and gave it to another
pupil, [[Ellis Rhodes|name]] (Year 8), in the toilets by the Charing block. I am aware of the serious concerns about [[Kai|name]]'s
safety outside school which you have shared with us, and of the hospital attendance on [[28 November|date]]; this has been taken
into account, and this is a short fixed-term suspension, not a step towards exclusion. Work will be set on Teams by Mrs [[Julie
Gower|name]]. During the suspension he must not be in a public place during school hours without good reason.

You have the right to make representations to the governing board; please write to the Clerk, Mrs [[Anita Brooker|name]], at
the school address or [[a.brooker@towersoak.kent.sch.uk|email]].

Yours sincerely,
[[Rachel Sinden|name]]
Headteacher

cc [[Marlon Campbell|name]] (father, parental responsibility), [[Flat 11, Marden House, 3 Lee High Road|address]], [[London|place]]
[[SE13 5LQ|postcode]]; [[Priya Patel|name]], Great Stour Council; [[Shaun Ledger|name]]
"""),
]

DOCS_E += [
    ("youth worker's session notes typed fast on a phone", """notes from phone - session w [[kai|name]] [[3/12|date]] - [[S Ledger|name]]
met at maccies by the retail park (his choice) 3.30-4.45. paid for his food.
- mood flat, hand healing, says "its calmed down"
- [[rico|name]] not been in touch since police went to [[trinity ct|address]] (pc [[nowak|name]] said warrant done [[1/12|date]]).
[[tiana|name]] blocked him
- he showed me snap - someone called "[[jayden k|name]]" from [[park wood|place]] msgd "ur cuz owes" - screenshot sent to [[priya|name]]
+ police
- dad coming down sat, taking him + [[millie|name]] to [[folkestone|place]] beach + harbour arm. [[kai|name]] buzzing abt this
- says [[gary|name]] moved out last wk, back at his mums in [[hamstreet|place]]?? check w mum
- nan [[marcia|name]] in jamaica wants him to go out for xmas - dad says no money. [[kai|name]] said "she lives in [[spanish town|place]]
not
  the beach bit lol"
- wants boxing - told him abt the club at the stour centre?? no thats leisure centre not boxing - find out. [[reuben|name]]s
  uncle [[dev|name]] does pads at a gym in [[willesborough|place]]
- school: back mon. hates mr [[hamer|name]] "hes always on me". likes miss [[gower|name]] (english)
- asked abt [[harrison|name]] - "we're cool now"
todo: ring [[leanne|name]] re [[gary|name]]; email [[priya|name]]; referral to [[Ashford|place]] youth hub boxing? ; next wk thurs 4pm
same place
"""),
]


# --- F. Godden / Prior family (white British), Lydd, Romney Marsh ----------------------------------------------------------------

HOME_F = d.Address("9 Manor Road", "", "Lydd", "TN29 9HR")
NAN_F = d.Address("2 Coast Drive", "Greatstone", "New Romney", "TN28 8NR")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Freddie", "Godden")], dt.date(2026, 8, 20), addresses=[HOME_F], ids=["4284341693"]),
    _p("s", "sibling", [("Isla", "Prior")], dt.date(2022, 2, 14), addresses=[HOME_F], ids=["2150941279"],
       schools=["Little Marsh Nursery"]),
    _p("m", "mother", [("Jodie", "Prior")], dt.date(2005, 10, 10), addresses=[HOME_F], phones=["07506 833 172"]),
    _p("f", "father", [("Callum", "Godden")], dt.date(2003, 6, 1), addresses=[HOME_F], phones=["07813 294 650"]),
    _p("g", "grandparent", [("Michelle", "Prior")], dt.date(1984, 3, 27), addresses=[NAN_F], phones=["01797 366 420"]),
    _p("p1", "professional", [("Natalie", "Hards")], phones=["03000 418 226"], emails=["natalie.hards@nhs.net"]),
], "c")

DOCS_F = [
    ("health visitor's contact record after a bruise was seen", """HEALTH VISITING - CONTACT RECORD (SystmOne entry, printed)
Client: [[Freddie GODDEN|name]]   DOB [[20 Aug 2026|dob]]   NHS [[428 434 1693|nhs]]   Age 12 weeks
Address: [[9 Manor Rd|address]], [[Lydd|place]], [[Romney Marsh|place]], Kent [[TN29 9HR|postcode]]
Contact: home visit, [[12-Nov-2026|date]] 10:15      HV: [[Natalie Hards|name]] (Band 6), [[Romney Marsh|place]] HV team,
[[01797 321 548|phone]]

Present: mother [[Jodie Prior|name]] (21, [[07506 833 172|phone]]); sibling [[Isla Prior|name]] (4, home from [[Little Marsh|school]]
with a cold);
maternal grandmother [[Michelle Prior|name]] arrived 10:40 from [[Greatstone|place]]. Father [[Callum Godden|name]] at work (he labours
for a
farm contractor near [[Brookland|place]]).

Reason: 12-week contact; EPDS follow-up (score 16 at 6-8 wk review on [[7/10/26|date]]).

Findings: On undressing [[Freddie|name]] for weighing, a bruise about 1 x 1.5 cm, blue-purple, on the back of the left ear (helix),
and two small petechiae behind it. Non-mobile baby. Mum's explanation: "he must have caught it on the Moses basket" and then
"[[Isla|name]] was holding him on Sunday". [[Isla|name]] said "Daddy [[Callum|name]] was cross with [[Freddie|name]] because he cried".
Weight 5.6 kg (25th centile). Feeding: formula, 150 ml 4-hourly. Otherwise well, alert, good eye contact.

Mum: tearful, says she is "not coping" since [[Callum|name]] went back to working 6 till 7; she has no car; the bus to
[[New Romney|place]]
is hourly. Her friend [[Sophie Tart|name]] in [[Camber|place]] visits weekends.

Action (following the Kent and Medway bruising in non-mobile babies protocol): explained to mum that any bruise on a non-mobile
baby must be referred; mum agreed; rang the front door 11:05 (spoke to [[Lewis Croucher|name]]); GP informed (Dr [[Faulkner|name]],
Lydd Medical Centre); same-day CP medical arranged at William Harvey (Dr [[Amanda Roe|name]], consultant paediatrician) - grandmother
to drive. Safeguarding supervisor ([[Bev Skinner|name]]) informed. [[Callum|name]] rang me at 11:40
([[07813 294 650|phone]]), angry: "who said I hurt him? was it [[Shell|name]]?" - told him the process; he will come to the hospital.
Other contacts from mum: [[Callum|name]]'s mum [[Maureen Godden|name]] in [[Dymchurch|place]]; [[Isla|name]]'s father
[[Liam Cheeseman|name]] in
[[Canterbury|place]] (no contact since 2023). Next contact: [[19/11/2026|date]].
[[N. Hards|name]] 12:02
"""),
]

DOCS_F += [
    ("paediatrician's child protection medical report", """EAST KENT HOSPITALS - WILLIAM HARVEY HOSPITAL, [[ASHFORD|place]]
CHILD PROTECTION MEDICAL ASSESSMENT - REPORT
Child: [[Freddie Godden|name]]   DOB: [[20.08.2026|dob]]   NHS No: [[428 434 1693|nhs]]   Hosp No: W2290481
Address: [[9 Manor Road|address]], [[Lydd|place]] [[TN29 9HR|postcode]]
Date of examination: [[12 November 2026|date]], 14:30-16:10, Padua Ward    Examining doctor: Dr [[Amanda Roe|name]], Consultant
Paediatrician
Present: mother ([[Jodie Prior|name]]); maternal grandmother ([[Michelle Prior|name]]); social worker [[Lewis Croucher|name]]; chaperone
[[Kerry-Ann Sills|name]], HCA. Father ([[Callum Godden|name]]) joined at 15:20.
Requested by: Great Stour Council (s47).   Consent: mother, who has PR; father has PR (named on the birth certificate).

History (from mother): 12-week-old boy, born at term at William Harvey, 3.4 kg, no neonatal concerns. Lives with mother, father and
half-sister [[Isla|name]] (4) in a two-bed terrace in [[Lydd|place]]. Mother first noticed a "mark" on Sunday [[8 November|date]] evening
after bath time; father had been looking after both children that afternoon while she went to the Co-op in [[Lydd|place]] with her
friend [[Sophie|name]]. Father's account (in person, 15:25): he was "bouncing him" and [[Freddie|name]] "flung his head back into the
side of the car seat"; he did not see a mark.

Examination: a bruise 12 x 15 mm on the posterior surface of the left pinna with petechiae on the adjacent scalp; a second faint
bruise 5 mm on the left upper arm (inner surface); no other injuries; frenulum intact; fontanelle soft; head circumference 40.5 cm
(50th). Skeletal survey, CT head, bloods (FBC, clotting, bone profile) and ophthalmology done or requested: CT normal, clotting
normal; skeletal survey: a healing fracture of the left 7th posterior rib, about 10-14 days old.

Opinion: the ear bruising with petechiae and the rib fracture, in a non-mobile baby with no medical explanation and no
consistent account, are highly likely to be inflicted injuries. Follow-up skeletal survey in 11-14 days ([[24/11/2026|date]]).
The baby should not be discharged into the care of either parent until a safety plan is agreed. Mrs [[Prior|name]] (grandmother,
[[2 Coast Drive|address]], [[Greatstone|place]], [[TN28 8NR|postcode]], [[01797 366 420|phone]]) offered to have both children.

Dr [[A. Roe|name]] MBBS FRCPCH     [[13/11/2026|date]]      Copies: GP (Dr [[Faulkner|name]]); HV ([[Natalie Hards|name]]); SW; Kent
Police CAIU
"""),
]

DOCS_F += [
    ("community Facebook group posts and comments, screenshotted by the grandmother and typed up", """[Screenshots from a public Facebook
group, "Lydd & Dungeness Community Noticeboard", handed to [[Lewis Croucher|name]] (SW) by Mrs
[[Michelle Prior|name]] on [[18 Nov 2026|date]] because "people are saying things about our [[Jodie|name]]". Typed up; names as displayed;
profile pictures and reactions left out.]

POST - [[Tracy-Ann Fright|name]] · [[16 November|date]] at 21:14
Anyone know whats going on at [[Manor Rd|address]]?? police car outside [[number 9|address]] all afternoon and the young couple gone. Poor
babies. 😢

  [[Darren Oiller|name]]: thats [[Callum Godden|name]]s place. hes a good lad works for [[Terry Paine|name]] at [[Brookland|place]].
leave it
  [[Tracy-Ann Fright|name]]: not being nosy [[darren|name]] just worried
  [[Kelly Bourne|name]]: social took the kids apparently. the girl is [[Michelle Prior|name]]s daughter from [[greatstone|place]]
  [[Jess Hoath|name]]: @[[Kelly Bourne|name]] dont put names on here ffs
  [[Gaz Pilbeam|name]]: heard the baby was in [[Ashford|place]] hospital. my missus seen them there Thursday
  [[Michelle Prior|name]]: The children are safe and with family. Please stop speculating, it is upsetting for my daughter. Thank you
  to everyone who messaged. [[Jodie|name]] knows who her real friends are
  [[Sophie Tart|name]]: love you [[jode|name]] ❤️ anyone who wants to slag her off can come to [[camber|place]] and say it to my face
  Admin - Lydd & Dungeness Community Noticeboard: Comments turned off. This group is not for gossip about families.

POST - [[Callum Godden|name]] · [[17 November|date]] at 02:51 (deleted after about an hour - [[Michelle|name]] screenshotted it)
I NEVER HURT MY SON. whoever rang them can come round [[Manor Road|address]] and see me. [[Jodie|name]] knows the truth. [[Kelly|name]]
your
finished

  [[Bradley Godden|name]] (his brother): mate delete this now. ring me [[07449 160 385|phone]]
"""),
]

DOCS_F += [
    ("family group conference plan written in the family's private time", """FAMILY GROUP CONFERENCE - THE FAMILY'S PLAN (written by the
family in private time, [[27/11/2026|date]], at the Lydd
Community Hall; typed up by the coordinator, [[Wendy Igglesden|name]], with the family's words kept)

Who came: [[Jodie|name]] (mum), [[Michelle|name]] (Nan [[Shell|name]]), [[Callum|name]] (dad, for the first hour), [[Bradley|name]]
([[Callum|name]]'s brother),
[[Maureen Godden|name]] ([[Callum|name]]'s mum, from [[Dymchurch|place]]), Auntie [[Stacey|name]] ([[Michelle|name]]'s sister, from
[[Folkestone|place]]),
[[Sophie Tart|name]] ([[Jodie|name]]'s best friend), Great-nan [[Pearl Prior|name]] by video from [[Benidorm|place]], Spain.
[[Pearl|name]]'s Spanish number if the video drops: [[+34 612 48 93 07|phone]].
Not there: [[Isla|name]]'s dad [[Liam Cheeseman|name]] (in [[Canterbury|place]], no contact).

OUR PLAN FOR [[FREDDIE|name]] AND [[ISLA|name]]
1. Where the kids live: with Nan [[Shell|name]] at [[2 Coast Drive|address]], [[Greatstone|place]] until the court says. [[Jodie|name]]
can stay
   there too as long as she is not on her own with [[Freddie|name]]. [[Callum|name]] does not stay.
2. Seeing dad: [[Callum|name]] sees [[Freddie|name]] at the family centre in [[Folkestone|place]] like the social worker says, and
[[Maureen|name]]
   can bring him on Sundays to [[Greatstone|place]] if [[Lewis|name]] agrees, and [[Maureen|name]] stays the whole time.
3. Help for [[Jodie|name]]: she goes to her GP about the depression (appointment [[2nd Dec|date]] with Dr [[Faulkner|name]]) and to the
   mums group at the children's centre in [[New Romney|place]]. [[Sophie|name]] takes her on Wednesdays in her car.
4. Nursery for [[Isla|name]]: stays at [[Little Marsh|school]], Nan takes her. Auntie [[Stacey|name]] does Fridays.
5. Nights: [[Freddie|name]] sleeps in Nan's room. If Nan is poorly, Great-nan's neighbour [[Rita|name]] at [[no. 4|address]] will come.
6. If we are worried: ring [[Lewis|name]] or the out of hours. [[Bradley|name]] will ring if [[Callum|name]] "kicks off".
7. [[Callum|name]] said: "I will do the anger course and the police interview. I don't know how it happened." [[Jodie|name]] said she
wants
   to believe him but she wants the kids safe first.

Signed: [[J Prior|name]], [[M Prior|name]], [[C Godden|name]] (left early, signed before), [[B Godden|name]], [[Maureen Godden|name]],
[[S. Tart|name]]
Review FGC: [[8 January 2027|date]], same place.
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 160 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 17:18 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cm", "wm", "sm", "ff", "cllr", "hhj",
           "nurse", "sister", "coach", "our", "me", "my", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad",
           "grandpa", "mum", "mummy", "mam", "dad", "daddy", "aunty", "auntie", "uncle", "mama", "papa", "madam", "madame",
           "pastor", "pasteur", "brother", "maj", "cpl", "retd", "lt", "sir", "dai", "didi", "bhauju", "buwa", "aama",
           "hajurba", "hajurama", "kaka", "kaki", "mami", "tata", "maman", "nyogokuru", "cuz", "bredren"}
_AFTER = {"ji", "dai", "didi", "bhauju", "senior", "junior", "mbe"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "kent", "east kent",
               "the garden of england", "south east", "the south east", "nepal", "brunei", "afghanistan", "helmand", "india",
               "rwanda", "uganda", "burundi", "congo", "the congo", "drc", "south kivu", "africa", "europe", "jamaica",
               "the caribbean", "sussex", "east sussex", "essex"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name: "Maj", "Cpl",
# "Pastor", "Pasteur", "Madame", "Mama"; and after one: "ji", "bhauju", "MBE") and counties, regions and countries ("Kent",
# "Nepal", "Rwanda", "Uganda", "the Congo", "South Kivu", "Helmand").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
