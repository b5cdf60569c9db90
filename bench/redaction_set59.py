"""Set 59: a held-out hand-written set for the redaction detector, six more invented families in West and East Sussex outside Brighton,
written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set58.py, redaction_set60.py, redaction_set61.py and their tests (written by other helpers at the same time), that
did not run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What was
read: bench/redaction_set21.py and tests/test_redaction_set21.py (the layout and marking conventions followed here; of set 21's
documents only the first part of its first family's and the last lines of its last were read), the docstrings of
bench/redaction_set7.py to redaction_set57.py, printed alone and searched only for the towns, districts and communities earlier sets
used (no earlier set's body was read, grepped or searched), the opening of bench/redaction_handwritten.py (its module docstring and
the `_party`, `Records`, `HandSet` and `word_problems` helpers), and the ruff settings in pyproject.toml. Phone numbers were checked
with the phonenumbers library and NHS numbers and UPNs made and checked (mod 11; python-stdnum's gb.upn) in small snippets. The
record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records.
Nobody may tune the detector on this set: it is to be scored once, after the detector's current round of changes. If a mistake in
the gold marking is found after scoring, correct only the marking and say so here.

Six families in West and East Sussex, each from a town, district or estate no earlier set (7 to 57) used as a family's home (earlier
Sussex homes were Broadfield, Broomgrove, Wick, Peacehaven, Langney and Hailsham). Four white British families: a mother, her
partner and two children in North Bersted, Bognor Regis, with a nan in Felpham (Budd / Cheesman; neglect, an empty fridge, a boy of
8 taking food at school, a toddler who licked a toilet gel tablet, cannabis, a partner who punches doors, a bruise at nursery with
two accounts); a mother and two children in Durrington, Worthing, with a nan in Lancing and a father in Shoreham-by-Sea (Pullen /
Stringer; a boy of 13 headbutted by his father on contact, years of hidden physical abuse, a father at a boys' football match, a
child protection plan); a young mother with a baby and a boy of 5 on Leylands Park, Burgess Hill, with a nan in Hassocks (Tidy /
Marchant; a round mark on a non-mobile baby, weight falling, a mother's postnatal depression, a bite by a sibling found at the
medical, a nan's diary and a father's chat with his brother); and a mother, a stepfather and two children in Parklands, Chichester,
with a grandad in a caravan at Selsey (Gander / Sparkes; a girl of 14 grabbed by the neck by her stepfather, missing nights, child
sexual and criminal exploitation by a young man with a car and a flat above a vape shop in Bognor, a MACE panel, a mother's own
letter). Two from communities no earlier set used: a Kurdish Alevi family from Pazarcık, Kahramanmaraş, in Sidley, Bexhill-on-Sea
(Doğan / Yıldız; a father who runs a barber's and hits his daughter of 14 with a belt, grief after the 2023 earthquake that killed
the mother's brother, a girl's fear of being sent to an aunt in Köln, a boy hit at school, messages in Turkish, a mother more at
ease in Kurmanji, a cemevi and a dede) and a white South African Afrikaans-speaking family in Holbrook, Horsham, with a grandmother
in Lyttelton Manor, Centurion (van der Merwe / Botha; domestic abuse by a father who drinks brandy, a boy of 15 who stands between
his parents and punched a wall, a mother on a dependant's visa, a high-risk DASH and a MARAC, a family WhatsApp group and a boy's
voice note to his Ouma in Afrikaans). 24 documents, half plain professional recording (a social worker's home visit case note, child
in need review minutes, strategy discussion minutes, an initial child protection conference report, a health visitor's contact
record, a MASH strategy discussion record, a chronology pasted as a table, MACE panel minutes, a child and family assessment
extract, a MASH referral form, an IDVA's DASH and MARAC referral, a school's safeguarding log export) and half the other writing a
case file holds, of types and styles new to these sets where possible: a mother's texts typed up, a nursery's existing injury form
scanned (with the manager's note on the back), a football coach's email, a boy's own views written with his advocate, a
grandmother's handwritten letter OCR'd (with "Hlll", "l0th", "lvy" and an O for a 0 in a registration), a father's Facebook
Messenger chat printed for his solicitor, a social worker's notes typed fast on a phone, a mother's own letter to a conference
chair, WhatsApp messages in Turkish typed up and translated, an interpreter's own note after a visit, a family WhatsApp group in
Afrikaans and English, and a transcript of a boy's voice note in Afrikaans and English.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street names may
be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the phonenumbers library), UK
and foreign (Turkey, Germany, South Africa); NHS numbers and UPNs (the right LA numbers: 938 West Sussex, 845 East Sussex) pass
their check digits; NI numbers have a valid format. Councils and teams are left generic or invented (Rother Arun in an email
domain), and so are the nurseries and some schools (Little Puffins, Rowan Field Primary), the barber's (Sidley Cuts), the grocer's
(Mardin Market), the football club (Worthing Town Juniors), the advocacy service (Sussex Young Voices) and the solicitors (Qureshi &
Lunn); towns, districts, estates, villages, real schools, hospitals, surgeries, police forces, charities, brands, apps, sports teams
and laws are real or plausible and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py (which follows sets 19, 15 and 6 to 13). [[words|kind]] is a gold
span (name, address, postcode, place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr,
Mrs, Ms, Miss, Dr, DC, DS, DI, PC, Nan, Nanny, Grandad, Mum, Dad; Turkish and Kurdish Bay, Bey, Hanım, Dede, Nene, Teyze, abla,
abim, dayı; Afrikaans Ouma, Oupa, Tannie, Oom, Ma, Pa) stay outside the name span, before or after it ("[[Haydar]] Dede",
"[[Zeynep]] Hanım", "bay [[hunt]]a"); a possessive 's, a bare s in texting ("[[jordan]]s"), a Turkish case ending
("[[maisie]]lerdeyim", "[[Köln]]'e") and the Afrikaans "-hulle" ("[[Josh]]-hulle") stay outside; every person's name is a name in
every form, record or not, with or without its Turkish letters ("Deniz DOGAN", "Huseyin DOGAN"). "SURNAME, First" is one span
("TIDY, Ivy", "STRINGER, Mason"), and so is "First SURNAME" and a surname field alone ("VAN DER MERWE"); an initial with a surname
is one span ("L. Tidy", "G. Penfold", "S Cheesman") and so is a first name with an initial after it ("Mason S", "Jodie P"); initials
alone ("AR", "K") are not marked; a name broken by a line break is one span holding the break, and so is an address, a place, a
school or a date; usernames ("kaii.h_21") are not marked; a contact saved under a kinship word ("Babam", "Annem", "Büyük Nene",
"Ouma", "Ma", "Pa") is not a name, but one saved under a name is ("Mari 🦄", "[[Gülşen]] Teyze"); a family name in the plural in a
group chat's title ("Die [[Merwes]]") is a name. A street address is one span, its town a place, its postcode a postcode; a street
named without a number is an address ("Shripney Road", "Belmont Street", "Imberhorne Lane"), and so is a neighbour's bare house
number ("No. 39", "no 21") and a caravan plot ("Plot 7", "plot 7 warner lane"); an address abroad is an address, its neighbourhood a
place and its postcode a postcode ("Atatürk Caddesi No: 41", "Cumhuriyet Mahallesi", "46700"; "14 Jasmyn Street", "Lyttelton Manor",
"0157"); towns, districts and estates are places at home or abroad, in any case and in local short forms ("chi" for Chichester,
"bognor", "Pazarcık", "Köln", "Garsfontein"); countries, provinces, counties and regions are not ("West Sussex", "South Africa",
"Northern Ireland", "Germany", "Kahramanmaraş province", "Arun", "Mid Sussex"); organisations are not marked even when they hold a
town's or a person's name ("Bognor Regis Food Bank", "Bersted Green Surgery", "Worthing Hospital", "Worthing Homes", "Worthing Town
Juniors", "Burgess Hill Clinic", "Princess Royal Hospital", "Brow Medical Centre", "Conquest Hospital", "Sidley Cuts", "Mardin
Market", "the Red Lion"), nor are landmarks and venues ("Hothamton Hall", "Brooklands Park", "Worthing Town Hall", "East Beach",
"the Whyke roundabout"); a school's, college's or nursery's name is a school, and so is its short form, in any case ("Durrington
High", "Sheddingdean", "sheddingdean", "Pebsham", "Tanbridge", "Millais", "Little Puffins", "LITTLE PUFFINS", "selsey academy"); a
date of birth is dob, any other calendar date with a day is date (a weekday before it stays outside: "Friday [[6th November 2026]]",
"Mon [[30/11/26]]", "SUN [[11 OCT]]", "Thurs [[29th October]]"), in any language ("22 Ekim 2026", "twintigste Desember"), and a bare
day in a diary line ("[[3rd]] (Oct)", "[[l0th]]", "the [[12th]]") is a date; months and years alone are not marked ("since March",
"in July"); pets' names ("Bruno") are not names; a firm named after people marks only the names ("[[Qureshi]] & [[Lunn]]"); a
surname or first name that is also an English word or a place is marked by what it refers to (Heaven, Lock, Speed, Knight, Budd,
Tidy, Mant, Catt, Ede, Gander, Hunt, Chandler and Ivy are names when they are people; "reg" is a name where it is the boy [[Reggie]]
and not marked where it means a registration).

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a council team, panel or police
unit named by its town marks the town ("Adur and [[Worthing]] Child Protection Team", "[[Worthing]] CID", "MACE PANEL
([[Chichester]] and Arun)", "the [[Horsham]] team", "[[Horsham]] outreach", "[[Bognor Regis]] Family Hub", "the [[Bognor]] clinic",
"Tesco [[Fishbourne]]"), while an organisation with a proper name that holds a town (a food bank, a hospital, a clinic, a football
club, a housing association) does not; a sports team named only by its town in a score ("we beat Steyning 4-1") is an organisation;
the Alevi "dede" (a religious elder) is a title like Rabbi, so "[[Haydar]] Dede" marks only the name; "Büyük Nene" ("great granny")
is a kinship word; a Turkish month-name date ("22 Ekim 2026") and an Afrikaans date in words ("twintigste Desember") are dates; an
OCR misreading keeps its kind ("Burgess Hlll" a place, "l0th" a date, "lvy" a name, "WU7O KPN" a vehicle); a caravan plot on a
private site is an address like a flat number; a crime reference, a MASH reference and an interpreter's registration number are not
marked.

Self-check without the detector: `python -m bench.redaction_set59` (and tests/test_redaction_set59.py) runs set 15's checker (which
runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words (before and after a name) and
counties, regions and countries, and prints the number of documents and gold spans per kind: 24 documents, 952 gold spans, 537 of
them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Budd / Cheesman family (white British), North Bersted, Bognor Regis, with a nan in Felpham -------------------------

HOME_A = d.Address("14 Chalcraft Lane", "North Bersted", "Bognor Regis", "PO21 5TU")
NAN_A = d.Address("6 Summerley Lane", "Felpham", "Bognor Regis", "PO22 7HN")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Harley", "Budd")], dt.date(2018, 4, 9), addresses=[HOME_A], ids=["2306307989", "F938282012305"],
       schools=["Rowan Field Primary School"]),
    _p("s", "sibling", [("Poppy-Mae", "Cheesman")], dt.date(2023, 1, 17), addresses=[HOME_A], ids=["5795774723"],
       schools=["Little Puffins Nursery"]),
    _p("m", "mother", [("Kayleigh", "Budd")], dt.date(1997, 8, 2), addresses=[HOME_A], phones=["07827 472707"],
       ids=["KT 52 83 17 B"]),
    _p("f", "father", [("Shane", "Cheesman")], dt.date(1993, 12, 21), addresses=[HOME_A], phones=["07964 552163"]),
    _p("g", "grandparent", [("Tracey", "Budd")], dt.date(1971, 6, 30), addresses=[NAN_A], phones=["01243 995670"]),
    _p("p1", "professional", [("Bethan", "Lusted")], phones=["07977 888138"], emails=["bethan.lusted@rotherarun.gov.uk"]),
], "c")

DOCS_A = [
    ("social worker's case note of a home visit", """CASE NOTE - Home visit (unannounced)
Child: [[Harley BUDD|name]] (DOB [[09/04/2018|dob]])   NHS [[230 630 7989|nhs]]   UPN [[F938282012305|upn]]
Address: [[14 Chalcraft Lane|address]], [[North Bersted|place]], [[Bognor Regis|place]] [[PO21 5TU|postcode]]
Worker: [[Bethan Lusted|name]], social worker, Arun and [[Chichester|place]] Family Safeguarding Team
Date of visit: Tuesday [[3 November 2026|date]], 16:10-17:05

Present: [[Kayleigh Budd|name]] (mother), [[Harley|name]], [[Poppy-Mae|name]] (3), and for the last ten minutes
[[Shane Cheesman|name]] ([[Poppy-Mae|name]]'s father), who came in from work at the car wash on [[Shripney Road|address]].

Reason: follow-up to the referral from [[Rowan Field Primary|school]] on [[29/10/2026|date]] that [[Harley|name]] had been coming in
without breakfast, had taken food from other children's lunch boxes, and told his teacher Mrs [[Chandler|name]] that "there
is only ketchup at home". He also said [[Poppy|name]] had "drunk the blue stuff" at the weekend.

Observations: front door opened by [[Harley|name]]. Living room cold, curtains shut, a strong smell of dog and of cannabis.
Two bags of rubbish by the back door. Fridge: half a pint of milk, ketchup, margarine. Cupboards: one tin of beans, cereal
with no milk. [[Kayleigh|name]] said her Universal Credit went on the electric key and she is "waiting on the [[12th|date]]". I made
a food bank referral (Bognor Regis Food Bank, Hothamton Hall) and gave a Tesco voucher from the team's hardship fund.

The "blue stuff": [[Kayleigh|name]] said [[Poppy-Mae|name]] got hold of a toilet gel tablet on Saturday [[31 October|date]] and
licked it; she rang 111 and was told to give water and watch her. No hospital visit. The cleaning things are now on top of the
fridge. [[Harley|name]] showed me the cupboard under the sink which does not close.

[[Harley|name]] on his own in his room (a mattress on the floor, a PlayStation, no bedding on the duvet): he likes school
"when it's PE", his best friend is [[Alfie|name]] "from number 20", and at the weekend he goes to Nanny [[Tracey|name]]'s in
[[Felpham|place]] "and she does roast". He said [[Shane|name]] shouts "when mum smokes the green" but does not hit. Asked who he'd
tell if he was worried: "Nanny, or Mr [[Okafor|name]] at school."

Plan agreed: [[Kayleigh|name]] to see her GP at Bersted Green Surgery about her mood; nursery place at [[Little Puffins|school]]
to restart (she stopped taking [[Poppy-Mae|name]] in September); I will ring Nan, Mrs [[Tracey Budd|name]] ([[01243 995670|phone]]),
about weekend help; a child and family assessment started today. Next visit by [[17/11/26|date]].
"""),
    ("a mother's texts to her social worker, typed up", """Texts between [[Kayleigh Budd|name]] ([[07827 472707|phone]]) and
[[Bethan Lusted|name]] (work mobile [[07977 888138|phone]]),
typed up for the file by [[Bethan|name]] on [[20 Nov 2026|date]]. Spelling as sent.

[[04/11/2026|date]] 08:12 [[Kayleigh|name]]: hiya its [[kayleigh|name]]. [[harley|name]]s gone school with a breakfast, nan dropped cereal
round
[[04/11/2026|date]] 08:40 [[Bethan|name]]: Thanks [[Kayleigh|name]], that's good to hear. The food bank will text you a time for Friday.
[[06/11/2026|date]] 19:55 [[Kayleigh|name]]: [[shane|name]] took the dog to his mates in [[littlehampton|place]] so no more smell lol. can u
tell
the school i aint a bad mum. mrs [[chandler|name]] looks at me like im dirt
[[06/11/2026|date]] 20:03 [[Kayleigh|name]]: sorry mrs [[chandler|name]]
[[09/11/2026|date]] 10:17 [[Bethan|name]]: Morning. Can I visit Thursday [[12th|date]] at 4? I'd like to see [[Poppy-Mae|name]]'s room too.
[[09/11/2026|date]] 10:31 [[Kayleigh|name]]: yeh but not 4 shes at nans till 5
[[09/11/2026|date]] 10:32 [[Kayleigh|name]]: i mean at my mums in [[felpham|place]] lol
[[13/11/2026|date]] 23:48 [[Kayleigh|name]]: hes kicked off again. [[shane|name]]s sleeping at [[Dean|name]]s in [[Bersted|place]]. im fine
[[13/11/2026|date]] 23:49 [[Kayleigh|name]]: dont ring me its late the kids are asleep
[[14/11/2026|date]] 08:05 [[Bethan|name]]: Thank you for letting me know. Are you and the children safe this morning? If he comes back
and you're scared, ring 999. I'll call at 10.
[[14/11/2026|date]] 08:30 [[Kayleigh|name]]: yeh were fine. he never touched me he just punched the door. [[harley|name]] heard it
[[16/11/2026|date]] 14:02 [[Kayleigh|name]]: [[poppy|name]] started back at little puffins today!! she cried but miss [[jodie|name]] said
shes fine
"""),
    ("child in need review minutes", """CHILD IN NEED REVIEW - MINUTES
Children: [[Harley Budd|name]] ([[9 April 2018|dob]]) and [[Poppy-Mae Cheesman|name]] ([[17 January 2023|dob]])
Date: [[8th December 2026|date]]    Venue: [[Rowan Field Primary School|school]], family room
Chair/minutes: [[Bethan Lusted|name]] (SW)
Present: [[Kayleigh Budd|name]] (mum), [[Tracey Budd|name]] (maternal nan), [[Shane Cheesman|name]] (for item 3 only),
[[Femi Okafor|name]] (Learning Mentor, [[Rowan Field|school]]), [[Jodie Pratt|name]] (key person, [[Little Puffins|school]]),
[[Lucy Mant|name]] (Family Hub worker, [[Bognor Regis|place]] Family Hub), [[Carol Sinden|name]] (health visitor).
Apologies: Mrs [[Chandler|name]] (class teacher) - Mr [[Okafor|name]] gave her update.

1. How are things? [[Kayleigh|name]]: "Better. I've got food in." She has seen Dr [[Atwal|name]] at Bersted Green Surgery and
started sertraline on [[20/11|date]]. Electric now on a smart meter; Nan pays £20 a week towards it.
2. School: [[Harley|name]]'s attendance 88% this half term (was 79%). Breakfast club from [[16 Nov|date]] - he goes every day
and "has two toast". No more taking lunches. He was upset on [[26/11|date]] when a boy, [[Ollie Greenfield|name]], said his mum
"smokes weed"; Mr [[Okafor|name]] dealt with it.
3. Home: [[Shane|name]] back living at [[14 Chalcraft Lane|address]] since [[21/11/2026|date]] after staying with his friend [[Dean
Wadey|name]] in [[Bersted|place]]. He said he has stopped smoking cannabis in the house and goes outside. The dog is back from
[[Littlehampton|place]]. [[Kayleigh|name]] said there have been no more arguments "like that night" ([[13/11|date]]).
4. Nursery: [[Poppy-Mae|name]] attends Mon, Tue, Thu 9-3. Settled, chatty. [[Jodie|name]] noticed nappy rash twice. Speech a bit
behind; a referral to speech and language (the [[Bognor|place]] clinic at the War Memorial Hospital) made with Mum's agreement.
5. Health: [[Carol|name]] saw [[Poppy-Mae|name]] on [[1 Dec|date]]; weight 25th centile, immunisations up to date.
Plan: continue CIN; [[Lucy|name]] to help [[Kayleigh|name]] (NI [[KT 52 83 17 B|ni]]) with a Household Support Fund claim and a bed for
[[Harley|name]]
(from the furniture project at [[Felpham|place]]); [[Shane|name]] to do the "Caring Dads" course starting [[12
January 2027|date]]; Nan to keep weekends. Next review [[2 March 2027|date]] at 3.30 pm.
"""),
    ("a nursery's accident and existing injury form, handwritten and scanned", """[[LITTLE PUFFINS|school]] NURSERY - ACCIDENT / EXISTING
INJURY RECORD   (scanned [[02/12/2026|date]])

Child's name: [[Poppy-Mae CHEESMAN|name]]          Room: Puffins (2-3s)
Date: Mon [[30/11/26|date]]     Time: 9.05 am     Staff member: [[Jodie P|name]]
Accident / Existing injury (circle): EXISTING

What was seen: small round bruise on right cheek, yellowish, about the size of a 5p. Also a scratch on the back of left hand.
Explanation from parent/carer: Dad ([[Shane|name]]) dropped off, said she "fell off the sofa at her nans on Sat". Said her
Nan is [[Tracey|name]] in [[Felpham|place]].
Child's own words: "[[Harley|name]] push me." (said twice, pointing at cheek)
Body map: (X on right cheek, X on left hand - see over)
Parent/carer signature: [[S Cheesman|name]]
Reported to DSL: Yes - [[Mandy Fogden|name]] (Manager) at 9.30

DSL action (on the back, in different pen):
Rang Mum [[Kayleigh|name]] on [[07827 472707|phone]] 10.15 - no answer. Rang Nan ([[01243 995670|phone]]) - Mrs [[Budd|name]] says
[[Poppy|name]] was not at hers on Saturday, "she was at home, I had [[Harley|name]] on his own". Consistent with a push by [[Harley|name]]?
Inconsistent account about where. Emailed SW [[Bethan Lusted|name]] ([[bethan.lusted@rotherarun.gov.uk|email]]) 10.40 and
phoned [[07977 888138|phone]]. Logged on Tapestry.   Signed [[M. Fogden|name]] [[30.11.2026|date]]
"""),
]


# --- B. Pullen / Stringer family (white British), Durrington, Worthing, with a nan in Lancing and a father in Shoreham ------

HOME_B = d.Address("37 Romany Road", "Durrington", "Worthing", "BN13 3EA")
NAN_B = d.Address("22 Freshbrook Road", "", "Lancing", "BN15 8DF")
DAD_B = d.Address("Flat 9, Ropetackle House", "", "Shoreham-by-Sea", "BN43 5EE")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Mason", "Stringer")], dt.date(2013, 10, 28), addresses=[HOME_B], ids=["7077888134", "B938282910966"],
       schools=["Durrington High School"]),
    _p("s", "sibling", [("Ellie", "Pullen")], dt.date(2016, 2, 11), addresses=[HOME_B], ids=["8779673864"]),
    _p("m", "mother", [("Gemma", "Pullen")], dt.date(1989, 3, 14), addresses=[HOME_B], phones=["07457 796738"]),
    _p("f", "father", [("Lee", "Stringer")], dt.date(1987, 9, 5), addresses=[DAD_B], phones=["07596 911272"],
       ids=["RM 40 66 29 A"]),
    _p("g", "grandparent", [("Sandra", "Pullen")], addresses=[NAN_B], phones=["01903 933619"]),
], "c")

DOCS_B = [
    ("strategy discussion minutes", """STRATEGY DISCUSSION - MINUTES (Section 47)
Held by Teams on Friday [[6th November 2026|date]] at 14:00
Child: [[STRINGER, Mason|name]]  DOB [[28.10.2013|dob]]  NHS No. [[707 788 8134|nhs]]
Sibling: [[PULLEN, Ellie|name]]  DOB [[11.02.2016|dob]]
Address: [[37 Romany Road|address]], [[Durrington|place]], [[Worthing|place]] [[BN13 3EA|postcode]]

Attendees: [[Priya Gill|name]] (Team Manager, chair); [[Owen Marchant|name]] (social worker, minutes); DS [[Karen Lock|name]]
(Sussex Police, [[Worthing|place]] CID); [[Rachel Heaven|name]] (DSL, [[Durrington High|school]]); Dr [[Hugh Pryor|name]] (named GP,
Strand Medical Group) - left at 14:25.

1. Information shared
[[Rachel|name]]: On Thursday [[5 November|date]] [[Mason|name]] (13) came into form time with a split lip and a bruise under his
left eye. He said to his tutor Mr [[Ansell|name]] that his dad, [[Lee Stringer|name]], "headbutted" him on Wednesday night at
his flat in [[Shoreham|place]] after an argument about an Xbox. He later said he "walked into a door". He asked not to go to
his dad's this weekend.
DS [[Lock|name]]: [[Lee Stringer|name]] (DOB [[05/09/1987|dob]], NI [[RM 40 66 29 A|ni]]) has a 2019 caution for assault on a former
partner, [[Nicola
Hammond|name]], in [[Southwick|place]]. A call on [[14/10/2026|date]] from a neighbour at [[Ropetackle House|address]] about shouting;
no offences recorded. His vehicle, a grey Vauxhall Astra [[GK19 XWD|vehicle]], was seen parked at [[Lancing|place]] beach.
[[Owen|name]]: mother [[Gemma Pullen|name]] ([[07457 796738|phone]]) told me by phone that [[Mason|name]] has gone to his dad's
every other weekend since the separation in 2022. She knew about the lip but believed the door. Maternal grandmother
Mrs [[Sandra Pullen|name]] of [[22 Freshbrook Road|address]], [[Lancing|place]], can have both children.
Dr [[Pryor|name]]: [[Mason|name]] was seen in July - correction, on [[2 July 2026|date]] - with a sprained wrist
("fell off his bike at Brooklands Park").

2. Decision: threshold for a section 47 enquiry met, single-agency police investigation to run alongside. Achieving Best
Evidence interview to be considered. No contact with father pending enquiries; [[Gemma|name]] agrees.

3. Actions: [[Owen|name]] to see [[Mason|name]] and [[Ellie|name]] at school by Monday [[9/11|date]]; DS [[Lock|name]] to arrange
a child protection medical at Worthing Hospital today; [[Rachel|name]] to send the body map and the tutor's note.
"""),
    ("a boys' football coach's email to the school's DSL", """From: [[Daz Whiting|name]] <[[daz.whiting66@gmail.com|email]]>
Sent: [[07 November 2026|date]] 21:14
To: [[r.heaven@durringtonhigh.example.org.uk|email]]
Subject: [[Mason S|name]] (U14s) - worried

Hi [[Rachel|name]],

Sorry to email on a Saturday night, [[Gemma|name]] gave me your address. I'm the coach of the Worthing Town Juniors under 14s
(I'm [[Darren|name]] - everyone calls me [[Daz|name]]). [[Mason S|name]] has played for us since he was 8.

Today at the away game in [[Storrington|place]] his dad turned up, which he isn't meant to (I know because [[Gemma|name]]
told the club). He stood by the car park and shouted at [[Mase|name]] the whole first half, "you're soft, you're soft
like your mother". At half time [[Mason|name]] wouldn't come out of the toilets. [[Jake Rusbridge|name]] (my assistant) and
I stood outside till his dad drove off - silver Astra, I think the reg was [[GK19 XWD|vehicle]] but I might be wrong.

[[Mason|name]] told me and [[Jake|name]] "he'll kill me if I grass". Then he went quiet. I drove him back to [[Durrington|place]]
with [[Tyler Hewitt|name]]'s mum ([[Mandy|name]]) in the car, dropped him at his nan's, [[22 Freshbrook Rd|address]].

The club's welfare officer is [[Sue Pennicott|name]] ([[07413 029876|phone]]) - I've copied her in. I can be reached on
[[07705 152881|phone]].

Cheers
[[Daz|name]]
--
[[Darren Whiting|name]] | U14 Coach | Worthing Town Juniors FC | FA Level 1
"""),
    ("initial child protection conference report, social worker's section", """INITIAL CHILD PROTECTION CONFERENCE - SOCIAL WORK REPORT
Children: [[Mason STRINGER|name]] (13), [[Ellie PULLEN|name]] (10)       Conference: [[26 November 2026|date]], 10:00, Worthing Town Hall
Author: [[Owen Marchant|name]], Social Worker, Adur and [[Worthing|place]] Child Protection Team     Manager: [[Priya Gill|name]]

Family and household
[[Gemma Pullen|name]] (37) lives with [[Mason|name]] and [[Ellie|name]] at [[37 Romany Road|address]], [[Durrington|place]],
[[BN13 3EA|postcode]], a
housing association house (Worthing Homes). [[Mason|name]]'s father is [[Lee Stringer|name]] (39), of [[Flat 9, Ropetackle House|address]],
[[Shoreham-by-Sea|place]] [[BN43 5EE|postcode]]. [[Ellie|name]]'s father, [[Daniel Pullen|name]] - [[Gemma|name]] gave [[Ellie|name]] her
own
surname - lives in [[Portsmouth|place]] and has no contact. Maternal grandmother [[Sandra Pullen|name]] lives in [[Lancing|place]] and
sees the children most days. [[Gemma|name]]'s partner since the summer is [[Marcus Ede|name]], who lives in [[Goring-by-Sea|place]] and
stays two nights a week; checks on him show nothing known.

The enquiry
Under section 47 I saw [[Mason|name]] alone at [[Durrington High|school]] on [[9 November|date]] and at his nan's on [[16 November|date]].
He told
me his dad headbutted him on [[4 November|date]] after [[Mason|name]] would not hand over his Xbox controller, and that his dad has "slapped
me loads, since I was like ten". He described his dad's "moods" when he drinks, and a night last winter when his dad left him in
the car outside the Red Lion in [[Shoreham|place]] until closing. The medical at Worthing Hospital (Dr [[Adaeze Nwosu|name]],
[[6/11/26|date]])
found the injuries consistent with his account. [[Lee Stringer|name]] was arrested on [[8 November|date]], interviewed, and released on
bail with conditions not to contact [[Mason|name]] or go to [[Romany Road|address]]. He breached this on [[7 November|date]]... correction:
the football match at [[Storrington|place]] was on [[7 November|date]], the day before his arrest, so it was not a breach.
[[Ellie|name]] (seen at [[Thomas A Becket Junior School|school]] on [[10/11|date]]) said she is "scared of [[Lee|name]]" because "he shouts
at
[[Mase|name]]" when he picks him up, and that once he threw a can at their car.

Analysis
Physical abuse of [[Mason|name]] by his father, over years, hidden by [[Mason|name]] out of fear and loyalty, and a mother who did not ask.
[[Gemma|name]] has acted protectively since. Recommendation: a child protection plan for [[Mason|name]] under the category of physical
abuse; no plan for [[Ellie|name]] but support as a child in need; supervised contact only, at the Family Contact Centre in
[[Worthing|place]], if [[Mason|name]] wants it.
"""),
    ("a boy's own words for conference, written with his advocate", """MY VIEWS FOR MY MEETING - written by me, [[Mason|name]], with
[[Amber|name]] (my advocate from Sussex Young Voices)
on [[24/11/2026|date]] at my nans in [[Lancing|place]]

What is going well
- living with mum and [[El|name]] and seeing nan every day
- football, we beat Steyning 4-1 and I scored
- [[Daz|name]] my coach and [[Jake|name]] (he is the assistant) who stood by the toilets with me
- Mr [[Heaven|name]] says my art is good (hes not related to Miss [[Heaven|name]] lol, [[Rachel|name]] the dsl is his wife)

What I am worried about
- dad finding out what I said. he knows where nan lives and he knows my school
- that [[Marcus|name]] will be like dad. hes not, hes alright, he takes me to [[Goring|place]] to fish off the beach
- my mates finding out. only [[Tyler|name]] ([[Tyler Hewitt|name]]) knows and his mum [[Mandy|name]]

What I want
- I dont want to see dad yet. maybe at easter
- I dont want to go to [[Shoreham|place]] at all
- I want the police to take his car keys when he drinks
- I want [[Ellie|name]] to stop saying its my fault

Signed [[Mason Stringer|name]]  ([[Amber Lowe|name]], advocate)
"""),
]


# --- C. Tidy / Marchant family (white British), Leylands Park, Burgess Hill, with a nan in Hassocks ------------------------

HOME_C = d.Address("5 Kingsway", "Leylands Park", "Burgess Hill", "RH15 0NY")
NAN_C = d.Address("41 Keymer Road", "", "Hassocks", "BN6 8QR")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Ivy", "Tidy")], dt.date(2026, 5, 19), addresses=[HOME_C], ids=["9112724092"]),
    _p("s", "sibling", [("Reggie", "Tidy")], dt.date(2021, 9, 3), addresses=[HOME_C], ids=["2961219213"],
       schools=["Sheddingdean Community Primary School"]),
    _p("m", "mother", [("Chloe", "Tidy")], dt.date(2002, 1, 26), addresses=[HOME_C], phones=["07874 090601"],
       ids=["SH 73 14 58 C"]),
    _p("f", "father", [("Jordan", "Marchant")], dt.date(2000, 7, 8), addresses=[HOME_C], phones=["07919 555046"]),
    _p("g", "grandparent", [("Lorraine", "Tidy")], addresses=[NAN_C], phones=["01444 325852"]),
], "c")

DOCS_C = [
    ("health visitor's contact record", """HEALTH VISITING SERVICE - CONTACT RECORD
Name: [[TIDY, Ivy|name]]            NHS: [[911 272 4092|nhs]]            DOB: [[19-May-2026|dob]]
Address: [[5 Kingsway|address]], [[Leylands Park|place]], [[Burgess Hill|place]] [[RH15 0NY|postcode]]
Contact: new birth review follow-up, home, [[12-Oct-2026|date]] 10:30    HV: [[Wendy Beal|name]] (Band 6)

Seen: [[Ivy|name]] (21 wks), mother [[Chloe Tidy|name]], sibling [[Reggie|name]] (5, off school with a cold). Father [[Jordan
Marchant|name]] not present, at work (roofer). Maternal grandmother [[Lorraine Tidy|name]] arrived 11:05 from [[Hassocks|place]].

Weight: 5.62 kg (9th centile; was 25th at 8 weeks). Feeding: formula, 4-5 bottles of 5 oz a day, Mum says "she's
fussy". Made up with water from the hot tap "when the kettle's off". Discussed safe making-up again.
Skin: a round red mark 1 cm on the left upper arm, Mum says "[[Reggie|name]] bit her". Looks like it could be a bite mark,
edges not clear. Discussed with [[Chloe|name]]; photograph taken with consent. Under the bruising and marks protocol for a
non-mobile baby, I rang the MASH at 11:40 (spoke to [[Tom Virgo|name]]) and the GP at Brow Medical Centre.
Mood: [[Chloe|name]] (NI [[SH 73 14 58 C|ni]] given for the Healthy Start form) EPDS 17. Says she cries "all day" and [[Jordan|name]] "does
nothing". [[Lorraine|name]] said [[Chloe|name]] was
like this after [[Reggie|name]].
Home: clean, a lot of washing, smoke alarm working. Dog (Staffy, "Bruno") shut in the kitchen.

Plan: MASH referral done, [[Chloe|name]] aware and agreed. Weigh again Friday [[16 Oct|date]] at Burgess Hill Clinic. Perinatal
mental health referral. Next visit [[19/10|date]]. [[Chloe|name]]'s number: [[07874 090601|phone]]; Nan: [[01444 325852|phone]].
[[W. Beal|name]]
"""),
    ("a grandmother's handwritten letter, scanned and OCR'd", """[scanned 2 pages, OCR text below, not corrected]

[[41 Keymer Road|address]]
[[Hassocks|place]]
[[BN6 8QR|postcode]]
Sunday [[25th Oct|date]]

Dear Mrs [[Beal|name]] and the Social worker (I dont know your name yet),

I am [[Ivy|name]] and [[Reggie|name]]s Nan, [[Lorraine Tidy|name]]. I am writing because my daughter [[Chloe|name]] wont
tell you the truth and I am frightened for the baby. I have kept a diary on my calender.

- Sat [[3rd|date]] (Oct) [[Jordan|name]] rang me at 11 at night drunk saying come and get the kids or he would
"put the baby out in the garden". I drove to [[Burgess Hlll|place]] in my nightie. [[Chloe|name]] had locked herself in the
bathroom. [[Reggie|name]] was sat on the stairs with his hands on his ears.
- [[l0th|date]] [[Reggie|name]] told me "Daddy squeezes [[lvy|name]] when she cries". I dont know if he means it.
- [[17/10|date]] [[Jordan|name]]s van outside [[Chloe|name]]s at 2am, reg [[WU7O KPN|vehicle]] (I think) when he said he was at his
mothers in [[Crawley|place]].

My neighbour Mrs [[Pat Ockenden|name]] at [[No. 39|address]] heard shouting when the children stayed with me and he came round
banging the door. She will say so.

I can have [[Reggie|name]] and the baby. I have a spare room since my husband [[Roy|name]] died. I am 58 and work part time at the
chemist in [[Keymer|place]]. Ring me on [[01444 325852|phone]] or my mobile [[07836 562116|phone]].

Yours sincerely
[[L. Tidy|name]] (Mrs)
P.S. Please dont tell [[Jordan|name]] I wrote this.
"""),
    ("MASH strategy discussion record, non-mobile baby with a mark", """MASH - RECORD OF STRATEGY DISCUSSION
Date/time: [[12/10/2026|date]] 15:30 (by phone)       Lead: [[Tom Virgo|name]], MASH social worker
Subject: [[Ivy TIDY|name]], DOB [[19/05/2026|dob]] (21 weeks), NHS [[911 272 4092|nhs]]
Sibling: [[Reggie TIDY|name]], DOB [[03/09/2021|dob]], NHS [[296 121 9213|nhs]], [[Sheddingdean Community Primary School|school]]
(Reception)
Address: [[5 Kingsway|address]], [[Burgess Hill|place]] [[RH15 0NY|postcode]]   Mother: [[Chloe Tidy|name]] (DOB: see note)
Father: [[Jordan Marchant|name]], DOB [[08/07/2000|dob]], [[07919 555046|phone]]

Note: the mother's date of birth on the health record is [[26/01/2002|dob]]; the GP record has [[02/01/2002|dob]]. To check.

Participants: [[Tom Virgo|name]] (MASH SW); DC [[Lauren Speed|name]] (Sussex Police, MASH); [[Wendy Beal|name]] (HV); Dr
[[Nia Crowhurst|name]]
(paediatrician, Princess Royal Hospital, [[Haywards
Heath|place]]); [[Gill Budgen|name]] (DSL, [[Sheddingdean|school]]).

Information
- HV: a round mark 1 cm on the left upper arm of a non-mobile baby, weight falling 25th to 9th centile, mother EPDS 17.
- Police: [[Jordan Marchant|name]] - one domestic incident, [[2 August 2025|date]], at his mother's address in [[Furnace Green|place]],
[[Crawley|place]]
  (verbal argument with his brother [[Kyle Marchant|name]]); a drink-driving conviction 2023. Van, white Transit Custom,
[[WU70 KPN|vehicle]].
- School: [[Reggie|name]] is often late, and on [[5 October|date]] said to his teacher Miss [[Gatland|name]] "Daddy gets cross with the
  baby". Attends breakfast club on Tuesdays. Nan ([[Lorraine|name]]) collects three days a week.

Decision: s47 enquiry (single agency, CSC) and a child protection medical today at the Princess Royal. [[Chloe|name]] to take
[[Ivy|name]], with Nan driving; [[Tom|name]] to meet them there. Skeletal survey if the paediatrician advises. Safety plan: [[Jordan|name]]
not to be alone with the children pending the medical; he has agreed by phone to stay at his mother's, [[9 Weald Drive|address]],
[[Furnace Green|place]], [[Crawley|place]].

Outcome (added 19:10): Dr [[Crowhurst|name]]: the mark is most likely a bite by a young child (arch size small, [[Reggie|name]]'s bite
compared with [[Chloe|name]]'s consent). No fractures on survey. Weight loss explained in part by the formula being made wrong.
Proceed as child in need; [[Jordan|name]] may return.
"""),
    ("Facebook Messenger chat between a father and his brother, printed by the father for his solicitor", """Messenger - printed
[[11/11/2026|date]] by [[Jordan Marchant|name]] for [[Hamid Qureshi|name]] (solicitor, [[Qureshi|name]] & [[Lunn|name]], [[Crawley|place]])

[[Kyle Marchant|name]]
SUN [[11 OCT|date]] AT 22:40
[[kyle|name]]: u alright bro. mum said ur back at hers?
[[jordan|name]]: social said i cant stay at [[chloe|name]]s till the baby sees a doctor
[[kyle|name]]: wtf. what happened
[[jordan|name]]: [[ivy|name]] had a mark. [[reg|name]] bit her i swear down. [[chlo|name]] knows
[[kyle|name]]: ur nan [[lorraine|name]] will of stirred it
[[jordan|name]]: shes not my nan lol shes [[chloe|name]]s mum. and yeh she hates me
MON [[12 OCT|date]] AT 20:15
[[jordan|name]]: they done x rays on [[ivy|name]] at [[haywards heath|place]] nothing broken. doctor said its a kids bite
[[kyle|name]]: told u. r u going home
[[jordan|name]]: tomoz. [[reggie|name]] has a parents evening at [[sheddingdean|school]] weds
[[kyle|name]]: come [[three bridges|place]] saturday, [[Stacey|name]]s 30th at the pub in [[Tilgate|place]]
[[jordan|name]]: cant, im on a job in [[east grinstead|place]] all day. roof on [[Imberhorne Lane|address]]
TUE [[20 OCT|date]] AT 07:02
[[kyle|name]]: nan [[lorraine|name]] posted on fb again about u
[[jordan|name]]: screenshot it. my solicitor wants everything
[[kyle|name]]: [[chloe|name]] blocked me btw
"""),
]


# --- D. Gander / Sparkes family (white British), Parklands, Chichester, with a grandad in Selsey ---------------------------

HOME_D = d.Address("19 Sherborne Road", "Parklands", "Chichester", "PO19 3AA")
GRANDAD_D = d.Address("Plot 7, Warner Lane", "", "Selsey", "PO20 9EL")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Skye", "Gander")], dt.date(2011, 11, 30), addresses=[HOME_D], ids=["4465075200", "N938244313118"],
       schools=["The Chichester High School"]),
    _p("s", "sibling", [("Tyler", "Sparkes")], dt.date(2015, 6, 22), addresses=[HOME_D], ids=["G938247721738"]),
    _p("m", "mother", [("Michelle", "Gander")], dt.date(1984, 5, 1), addresses=[HOME_D], phones=["07716 278329"]),
    _p("f", "stepfather", [("Wayne", "Sparkes")], dt.date(1979, 2, 17), addresses=[HOME_D]),
    _p("g", "grandparent", [("Terry", "Gander")], addresses=[GRANDAD_D], phones=["07396 121921"]),
], "c")

DOCS_D = [
    ("chronology pasted as a table", """CHRONOLOGY OF SIGNIFICANT EVENTS - [[Skye GANDER|name]] (DOB [[30/11/2011|dob]]),
[[Tyler SPARKES|name]] (DOB [[22/06/2015|dob]])
Compiled by [[Anita Rowbottom|name]], social worker, for the initial child protection conference. Sources in brackets.

Date | Event | Source
[[14.03.2025|date]] | School: [[Skye|name]] (13) disclosed to her form tutor that her stepfather [[Wayne Sparkes|name]] "reads my phone
and takes my door off". NFA after a call to Mum. | [[Chichester High|school]] CPOMS
[[02.06.2025|date]] | Police called to [[19 Sherborne Road|address]], [[Parklands|place]]: [[Michelle Gander|name]] said [[Wayne|name]]
pushed her into the
fridge. Refused a statement. DASH: medium. | Sussex Police
[[Jun 20, 2025|date]] | [[Tyler|name]] (9) seen at St Richard's Hospital A&E with a cut to his head, "fell off the trampoline". | NHS
[[09.09.2025|date]] | [[Skye|name]] missing overnight. Found by [[Selsey|place]] lifeboat crew at 06:10 on East Beach with two older
boys, one named as "[[Kai|name]]". Said she was at her grandad [[Terry|name]]'s caravan. | Police / Grandad
[[10.09.2025|date]] | Return home interview by [[Jess Bunce|name]] (YMCA Dialogue): [[Skye|name]] said home is "like a prison". | RHI
[[22.01.2026|date]] | [[Skye|name]] found with a vape and £180 in cash at school; said an older boy, "K", gave it. | School
[[03.03.2026|date]] | [[Michelle|name]] texts school from [[07716 278329|phone]]: "[[Skye|name]] wont be in, family emergency."
[[Skye|name]] seen
by a PCSO in [[Bognor|place]] with [[Kai Hollis|name]] (18, [[Westergate|place]]) at 11:20. | PCSO [[Dan Sayers|name]]
[[17.09.2026|date]] | [[Skye|name]] (14) says [[Wayne|name]] "grabbed my neck" when she came home at 1am. Mark on neck seen by the
school nurse [[Fiona Denyer|name]]. Strategy discussion the same day; s47 started. | School / CSC
[[18.09.2026|date]] | [[Skye|name]] to Grandad [[Terry Gander|name]], [[Plot 7, Warner Lane|address]], [[Selsey|place]]
[[PO20 9EL|postcode]], under a
safety plan. [[Tyler|name]] stays home. | CSC
"""),
    ("social worker's notes typed fast on a phone after a visit", """notes on phone - [[selsey|place]] visit [[23/9|date]] - tidy up later
AR

grandads caravan [[plot 7 warner lane|address]], nice & warm, [[skye|name]] has the bunk room. [[terry|name]] (grandad) v
protective, says [[wayne|name]] "had it coming" - told him NOT to go round [[parklands|place]]. he agreed. his mob [[07396 121921|phone]]
[[skye|name]] - quiet at first then chatty. showed me tiktok. says [[kai|name]] ([[hollis|name]]) messages her "all the time" off diff
numbers, one was [[07582 656983|phone]] she showed me. said she met him at the bus station in [[chi|place]] & he drives a
black golf [[HN21 OXU|vehicle]]?? she wasnt sure. he took her to a flat in [[bognor|place]] ("by the pier, above the
vape shop"), another girl there called [[Leah|name]] or [[Lia|name]] from [[Littlehampton|place]]. NB CE screening tool
- do tmrw w [[Anita|name]]
[[tyler|name]] - rang mum [[Michelle|name]] after. she says [[Tyler|name]] "misses his sister" & keeps asking for her. mum
upset, she says [[wayne|name]] is "staying at his brother [[Craig|name]]s in [[Tangmere|place]]" but his van was outside at 9am
per neighbour [[Sharon|name]] at [[no 21|address]].
school - [[Skye|name]] back tmrw, grandad drives her. mrs [[Pocock|name]] dsl knows.
TO DO: MACE panel ref, police intel form re [[kai|name]] + the car, call [[selsey academy|school]] re [[Tyler|name]]?? no hes at
[[Parklands Primary|school]] - check
"""),
    ("multi-agency child exploitation panel minutes", """MACE PANEL ([[Chichester|place]] and Arun) - MINUTES, CONFIDENTIAL
Date: [[15/10/2026|date]]   Chair: DI [[Mark Fairhall|name]]   Minutes: [[Rosie Knight|name]] (CSC business support)
Case 4 of 7: [[Skye GANDER|name]], 14, DOB [[30.11.2011|dob]], UPN [[N938244313118|upn]], NHS [[446 507 5200|nhs]]
Living with: maternal grandfather [[Terry Gander|name]], [[Plot 7|address]], [[Warner Lane|address]], [[Selsey|place]] (caravan, private
site)
Presented by: [[Anita Rowbottom|name]] (SW)

Summary: [[Skye|name]] has been linked since March with [[Kai HOLLIS|name]], 18,
of [[Westergate|place]] (DOB [[01/04/2008|dob]]). Seen in his car, a black VW Golf [[HN21 OXU|vehicle]], in [[Bognor Regis|place]],
[[Chichester|place]]
and [[Littlehampton|place]]. [[Skye|name]] described a flat "above the vape shop by the pier" in [[Bognor|place]]; police believe this is
[[Flat 2, 9 Belmont Street|address]], [[Bognor Regis|place]] [[PO21 1LE|postcode]], the address of [[Dominic Spry|name]] (24), known for
supplying
cannabis and cocaine in [[Bersted|place]] and [[Felpham|place]]. Another girl, "[[Leah|name]]" or "[[Lia|name]]", thought to be
[[Lia Bartlett|name]]
(15) of [[Wick|place]], [[Littlehampton|place]], was also there; her own social worker, [[Joel Ings|name]] (Arun CP Team), confirms.
Numbers: [[07582 656983|phone]] (used to message [[Skye|name]]; attributed to [[Kai HOLLIS|name]]).

Discussion: PC [[Ellie Cutfield|name]] (Child Exploitation Team): intelligence that [[Hollis|name]] "collects" girls from the bus station
at [[Chichester|place]] and the Whyke roundabout. YMCA Dialogue ([[Jess Bunce|name]]): [[Skye|name]] now talks to her weekly; she gave
[[Kai|name]]'s Snapchat name as "kaii.h_21" (not a name). Education ([[Claire Pocock|name]], DSL [[Chichester High|school]]): attendance
61%.
Grandad has taken [[Skye|name]]'s SIM card and drives her to school; she has not been missing since [[18 September|date]].

Actions: Child Abduction Warning Notice to [[Kai HOLLIS|name]] (DI [[Fairhall|name]], by [[22/10|date]]); disruption visit to [[Belmont
Street|address]] (police); NRM referral considered, not yet made; [[Selsey|place]] neighbourhood team to pass the caravan site on patrols;
[[Anita|name]] to see [[Tyler|name]] at [[Parklands Primary|school]], who told a TA his sister "has a boyfriend with a car". Review in 4
weeks.
"""),
    ("a mother's own letter to the conference chair", """To the Chairperson, the child protection conference for my children [[Skye|name]]
and [[Tyler|name]] on Thurs [[29th October|date]]

From [[Michelle Gander|name]], [[19 Sherborne Rd|address]], [[Chichester|place]]

I am writing this because I get tongue tied in meetings and I cry and then nobody listens to me. My friend [[Dawn Loader|name]] from
work (the Tesco [[Fishbourne|place]] bakery) is helping me with spelling.

I want to say first I love my kids. [[Skye|name]] was my first, I had her at 27 after losing two. Her real dad is [[Gary Pennycord|name]]
who went back to Northern Ireland when she was 2 and she has never met him.

[[Wayne|name]] has been in our lives since [[Skye|name]] was 3. He has a temper I wont lie. But he is [[Tyler|name]]s dad and he has never
hit [[Tyler|name]]. What happened with [[Skye|name]] in September was wrong and I have told him he is not coming back until he has
done the course. He is at his brother [[Craig|name]]s in [[Tangmere|place]] and I have changed the locks. He came once at 9am to get
his work boots and [[Sharon|name]] next door saw and rang the social. Fair enough.

I know [[Skye|name]] is safer at my dads in [[Selsey|place]] for now because [[Kai|name]] doesnt know where it is. I want her home for
Christmas. Please can [[Tyler|name]] see her at weekends, he cries for her every night. His teacher Mr [[Greenwood|name]] says his
work has gone down.

My phone is [[07716 278329|phone]] if you want to ask me anything before.
[[Michelle|name]]
"""),
]


# --- E. Doğan / Yıldız family (Kurdish Alevi, from Pazarcık, Kahramanmaraş), Sidley, Bexhill-on-Sea ------------------------

HOME_E = d.Address("Flat 3, 58 Ninfield Road", "Sidley", "Bexhill-on-Sea", "TN39 5AE")
SHOP_E = d.Address("112 London Road", "", "Bexhill-on-Sea", "TN39 4AE")
GRAN_E = d.Address("Cumhuriyet Mahallesi, Atatürk Caddesi No: 41", "", "Pazarcık", "46700")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Deniz", "Doğan")], dt.date(2012, 2, 8), addresses=[HOME_E], ids=["7574829462", "R845286221875"],
       schools=["Bexhill Academy"]),
    _p("s", "sibling", [("Baran", "Doğan")], dt.date(2017, 7, 14), addresses=[HOME_E], ids=["2605718425", "V845253615608"],
       schools=["Pebsham Primary Academy"]),
    _p("f", "father", [("Hüseyin", "Doğan")], dt.date(1985, 3, 20), addresses=[HOME_E, SHOP_E], phones=["07514 465075"]),
    _p("m", "mother", [("Zeynep", "Doğan"), ("Zeynep", "Yıldız")], dt.date(1990, 10, 4), addresses=[HOME_E],
       phones=["07902 075748"]),
    _p("g", "grandparent", [("Fatma", "Doğan")], addresses=[GRAN_E], phones=["+90 344 212 4417"]),
], "c")

DOCS_E = [
    ("child and family assessment, extract", """CHILD AND FAMILY ASSESSMENT (extract: family history, child's views, analysis)
Children: [[Deniz DOĞAN|name]] (f, 14, DOB [[08/02/2012|dob]], UPN [[R845286221875|upn]]), [[Baran DOĞAN|name]] (m, 9, DOB
[[14/07/2017|dob]], UPN [[V845253615608|upn]])
Home: [[Flat 3, 58 Ninfield Road|address]], [[Sidley|place]], [[Bexhill-on-Sea|place]] [[TN39 5AE|postcode]]
Assessing worker: [[Hannah Elphick|name]]; interpreter (Turkish) [[Serpil Aydın|name]], booked through the council's contract.
Started [[1 October 2026|date]]; completed [[4 November 2026|date]].

Family history
[[Hüseyin Doğan|name]] (41) and [[Zeynep Doğan|name]] (née [[Yıldız|name]], 36) are Kurdish Alevis from villages near
[[Pazarcık|place]] in Kahramanmaraş province. They speak Kurmanji at home and Turkish with others; [[Hüseyin|name]] reads
and writes Turkish, [[Zeynep|name]] a little. [[Hüseyin|name]] came in 2010 and worked in his cousin [[Cemal|name]]'s kebab shop
in [[Dalston|place]] before opening a barber's, Sidley Cuts, at [[112 London Road|address]], [[Bexhill|place]], in 2019. [[Zeynep|name]]
joined him in 2011. Both children were born at the Conquest Hospital, [[Hastings|place]].
[[Zeynep|name]]'s family home in [[Pazarcık|place]] was destroyed in the earthquake of [[6 February 2023|date]]; her brother
[[Ali Yıldız|name]]
and his wife died. Her mother, [[Fatma|name]], now lives with [[Hüseyin|name]]'s mother [[Fatma Doğan|name]] (the two grandmothers share
a first name; the family calls them "[[Fatma|name]] Nene" and "Büyük Nene") at [[Cumhuriyet Mahallesi|place]],
[[Atatürk Caddesi No: 41|address]],
[[46700|postcode]] [[Pazarcık|place]], phone [[+90 344 212 4417|phone]]. [[Zeynep|name]] has not been back since.
The family attend the cemevi in [[Hackney|place]] for cem ceremonies at Muharrem and at Hıdırellez, and their dede, [[Haydar|name]]
Dede, visits twice a year.

Child's views
[[Deniz|name]] (seen alone at [[Bexhill Academy|school]] on [[15/10|date]] and at the family's flat on [[22/10|date]]) said her father
hits her with his belt "only when I lie", most recently on the night of [[11 October|date]] after she came back from the seafront
at 10pm with her friend [[Maisie Catt|name]]. She showed me two healed marks on her upper left leg. She said: "Baba is not a bad
man. He is tired. Since the earthquake Anne cries and Baba works till 9." She worries that if she tells, she will be sent to her
aunt [[Gülşen|name]] in [[Köln|place]] (phone [[+49 176 2294 6813|phone]]) "like my cousin [[Esra|name]] was".
[[Baran|name]] (seen at [[Pebsham
Primary|school]]) drew the family with [[Deniz|name]] "far away", and said "Baba shouts at abla".

Analysis (short): physical chastisement with an implement causing injury, in a family under real grief and strain; a father who
accepts he used the belt, says "in our village everyone did", and agreed not to again; a mother isolated, with low mood; a girl
who fears being sent abroad (assessed as low risk at present, but kept under review, with her consent to a flag at the border).
Recommendation: child in need plan, Turkish-speaking parenting course, GP for [[Zeynep|name]], and a return visit by [[24 Nov|date]].
"""),
    ("WhatsApp messages in Turkish, typed up and translated", """WhatsApp chat exported from [[Deniz|name]]'s phone with her consent on
[[03/11/2026|date]] and shown to [[Hannah Elphick|name]].
Turkish typed as sent; translation by [[Serpil Aydın|name]] underneath in [brackets]. Contact names as saved on the phone.

[[26.10.2026|date]] 21:02 - Babam: [[Deniz|name]] neredesin. saat dokuz oldu
[ [[Deniz|name]] where are you. it's nine o'clock]
[[26.10.2026|date]] 21:03 - [[Deniz|name]]: [[maisie|name]]lerdeyim baba, [[Collington|place]]da. geliyorum
[I'm at [[maisie|name]]'s, dad, in [[Collington|place]]. I'm coming]
[[26.10.2026|date]] 21:05 - Babam: Hemen eve. Annen ağlıyor
[Home now. Your mum is crying]
[[26.10.2026|date]] 21:40 - [[Gülşen|name]] Teyze: [[Deniz|name]]'cim baban beni aradı. [[Köln|place]]'e gelmek ister misin tatilde?
[[Esra|name]] seni özledi
[ [[Deniz|name]] dear, your dad called me. Would you like to come to [[Köln|place]] in the holidays? [[Esra|name]] misses you]
[[26.10.2026|date]] 21:44 - [[Deniz|name]]: hayır teyze. okulum var
[No auntie. I have school]
[[27.10.2026|date]] 07:15 - Büyük Nene: (voice message, 0:48)
[ [[Serpil|name]]: in Kurmanji; she prays for [[Deniz|name]] and says to obey her father]
[[27.10.2026|date]] 16:30 - [[Baran|name]]: abla [[Eren|name]] bana yine vurdu okulda
[sister, [[Eren|name]] hit me again at school]
[[27.10.2026|date]] 16:31 - [[Deniz|name]]: bay [[hunt|name]]a söyle. ben de söylerim
[tell Mr [[hunt|name]]. I will tell too]
[[28.10.2026|date]] 23:12 - Babam: Kemer için özür dilerim kızım. bir daha olmayacak. [[Haydar|name]] Dede ile konuştum
[I am sorry for the belt, my daughter. It won't happen again. I spoke to [[Haydar|name]] Dede]
[[28.10.2026|date]] 23:20 - [[Deniz|name]]: tamam baba ❤️
[ok dad]
[[29.10.2026|date]] 10:01 - Annem: [[Deniz|name]] numaramı yeni aldım [[07768 351209|phone]] kaydet. eski hat [[Ali|name]] dayınındı
[ [[Deniz|name]] I got a new number, [[07768 351209|phone]], save it. the old line was your uncle [[Ali|name]]'s]
"""),
    ("a school's safeguarding log export (CPOMS-style)", """[[BEXHILL ACADEMY|school]] - SAFEGUARDING INCIDENTS - export for student:
[[Deniz DOGAN|name]] (Y10)   Printed [[05/11/2026|date]] by [[K. Breeds|name]]

[[18/09/2026|date]] 08:47 | Attendance | [[Deniz|name]] late 3rd time this week; says she walks [[Baran|name]] to [[Pebsham|school]] first
because
Mum is "not well in the mornings". | Logged by: [[Jas Uppal|name]] (Attendance Officer)
[[02/10/2026|date]] 13:20 | Wellbeing | [[Deniz|name]] in tears at lunch with [[Maisie Catt|name]] and [[Ruby Ongley|name]]. Told
[[Maisie|name]] her
dad "went crazy" and "used the belt". [[Maisie|name]] told Ms [[Fenwick|name]]. | Logged by: [[Lara Fenwick|name]] (Tutor) | Alerted: DSL
[[02/10/2026|date]] 14:05 | Action | Spoke with [[Deniz|name]]. Marks seen on upper leg by Ms [[Breeds|name]] with school nurse present.
MASH rang
14:30, ref 26-11-3390. [[Deniz|name]] asked "will they send me to Germany". | Logged by: [[Kerry Breeds|name]] (DSL)
[[12/10/2026|date]] 10:02 | Contact | Dad ([[Huseyin DOGAN|name]], [[07514 465075|phone]]) rang reception angry that "the school called
police". Calmed by Mr [[Hunt|name]] (Head of Year). Said [[Deniz|name]] "is not going anywhere, she stays in [[Bexhill|place]]". | Logged
by: [[Dean Hunt|name]]
[[20/10/2026|date]] 15:40 | Wellbeing | [[Deniz|name]] asked to join the girls' football team; needs a parent's signature. Mum
[[Zeynep|name]]
signed it in the office; [[Serpil|name]] from the council interpreted by phone. | Logged by: [[Dean Hunt|name]]
[[03/11/2026|date]] 09:15 | Behaviour/Peer | [[Baran|name]] (sibling, [[Pebsham Primary|school]]) being hit by a boy, [[Eren Kaya|name]], in
his class -
passed to [[Pebsham|school]] DSL [[Paula Ticehurst|name]] by email ([[p.ticehurst@pebsham.example.sch.uk|email]]). | Logged by:
[[Kerry Breeds|name]]
"""),
    ("an interpreter's own note after a home visit", """INTERPRETER'S NOTE (for the social worker's file; not a translation of the visit)
Interpreter: [[Serpil Aydın|name]], Turkish / Kurmanji, registration no. ITI 40917      Visit: [[22 Ekim 2026|date]] ([[22/10/2026|date]]),
16:00-17:20
Address: [[Ninfield Road|address]], [[Sidley|place]]     Social worker: [[Hannah Elphick|name]]

1. The family asked for a Turkish interpreter, but [[Zeynep|name]] Hanım is much more at ease in Kurmanji. With [[Hannah|name]]'s agreement
I
switched to Kurmanji for her part. [[Hüseyin|name]] Bey answered in Turkish.
2. When [[Hannah|name]] asked about "discipline", [[Hüseyin|name]] used the word "terbiye" (upbringing, manners). I explained that in the
family's meaning it covers both teaching and punishment. He did not hide the belt: "[[Ali|name]] abim de böyle büyüdü" (my older
brother [[Ali|name]] grew up like this too). [[Ali|name]] was [[Zeynep|name]]'s brother, not his; I think he meant it with respect.
3. [[Zeynep|name]] cried when she spoke about her mother's house in [[Pazarcık|place]] and about her sister-in-law [[Hatice|name]]. She
said her mother now lives with the other [[Fatma|name]] in "[[Cumhuriyet|place]]" and that the phone there, [[+90 344 212 4417|phone]], only
works
in the evening. Her own WhatsApp is on a new number, [[07768 351209|phone]].
4. [[Hüseyin|name]]'s cousin [[Cemal Doğan|name]] from [[Dalston|place]] arrived at 16:50 and offered to "help with the translation". I
politely said no. [[Hannah|name]] asked him to wait in the shop downstairs (the Kurdish grocer, Mardin Market).
5. [[Deniz|name]] speaks excellent English and Turkish and some Kurmanji; she corrected me once, about the word for "cousin".

I have no connection with the family. I know of the cemevi in [[Hackney|place]] but I am not Alevi and I do not attend.
[[S. Aydın|name]], [[23.10.2026|date]]
"""),
]


# --- F. van der Merwe / Botha family (white South African, Afrikaans-speaking), Holbrook, Horsham ---------------------------

HOME_F = d.Address("27 Pondtail Road", "Holbrook", "Horsham", "RH12 5HX")
OUMA_F = d.Address("14 Jasmyn Street", "Lyttelton Manor", "Centurion", "0157")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Riaan", "van der Merwe")], dt.date(2011, 5, 6), addresses=[HOME_F], ids=["2455216330"],
       schools=["Millais School", "Tanbridge House School"]),
    _p("s", "sibling", [("Elmarie", "van der Merwe")], dt.date(2015, 8, 29), addresses=[HOME_F],
       schools=["Holbrook Primary School"]),
    _p("m", "mother", [("Marelize", "van der Merwe")], dt.date(1982, 12, 12), addresses=[HOME_F], phones=["07842 946260"]),
    _p("f", "father", [("Johannes", "van der Merwe")], dt.date(1979, 4, 3), addresses=[HOME_F], phones=["07735 718422"]),
    _p("g", "grandparent", [("Hettie", "Botha")], addresses=[OUMA_F], phones=["+27 12 346 1187", "+27 82 614 3307"]),
], "c")

DOCS_F = [
    ("a MASH contact and referral form", """WEST SUSSEX MASH - CONTACT / REFERRAL FORM (online submission, printed)
Reference: MASH-26-118204       Received: [[10/11/2026|date]] 08:52

SECTION 1 - CHILD(REN)
Surname: [[VAN DER MERWE|name]]    Forename(s): [[Riaan|name]]    DOB: [[06/05/2011|dob]]    Gender: M    NHS: [[245 521 6330|nhs]]
Surname: [[VAN DER MERWE|name]]    Forename(s): [[Elmarie|name]] (known as [[Mari|name]])    DOB: [[29/08/2015|dob]]    Gender: F
Address: [[27 Pondtail Road|address]], [[Holbrook|place]], [[Horsham|place]], [[RH12 5HX|postcode]]
School: [[Tanbridge House School|school]] (Year 10) / [[Holbrook Primary|school]] (Year 6)
First language: Afrikaans (both children fluent in English)   Interpreter needed: No (mother prefers Afrikaans when upset)

SECTION 2 - PARENTS / CARERS
Mother: [[Marelize van der Merwe|name]]   Tel: [[07842 946260|phone]]
Father: [[Johannes van der Merwe|name]] ("[[Hannes|name]]")   Tel: [[07735 718422|phone]]
Other significant adults: maternal grandmother [[Hettie Botha|name]], [[14 Jasmyn Street|address]], [[Lyttelton Manor|place]],
[[Centurion|place]] [[0157|postcode]], South Africa, [[+27 12 346 1187|phone]] / mobile [[+27 82 614 3307|phone]]

SECTION 3 - REFERRER
Name: [[Gareth Penfold|name]]   Role: Head of Year 10   Organisation: [[Tanbridge House School|school]]
Email: [[g.penfold@tanbridge.example.sch.uk|email]]   Tel: [[01403 652541|phone]]

SECTION 4 - CONCERNS
On Monday [[9 November 2026|date]] [[Riaan|name]] arrived with a swollen right hand and grazed knuckles. He told me he had
punched the wall "because Pa was hurting Ma" on Saturday night ([[7/11|date]]). He said his father had been drinking brandy since
the rugby (the Springboks game) and pushed his mother against the kitchen door and held her by the hair. [[Riaan|name]] stood
between them. [[Mari|name]] was upstairs "with her earphones in". [[Riaan|name]] said "this is not the first time, it was worse in
[[Pretoria|place]]", and that the family came to the UK in 2022 on his father's skilled worker visa (an engineer at a firm in
[[Crawley|place]]). He wants to go back to live with his Ouma [[Hettie|name]] in [[Centurion|place]].
[[Riaan|name]] was previously at [[Millais|school]] ... no, that is his cousin [[Anke Botha|name]]'s school; he has been at
[[Tanbridge|school]] since Year 7. He has had three detentions since September for smelling of alcohol.

SECTION 5 - CONSENT
Parents informed: No - [[Riaan|name]] asked us not to tell his father. Child's consent to referral: Yes.
Signed: [[G. Penfold|name]]  Date: [[10.11.26|date]]
"""),
    ("a family WhatsApp group in Afrikaans and English, typed up and translated", """WhatsApp group "Die [[Merwes|name]] 🇿🇦🇬🇧" - screenshots
given by [[Marelize|name]] to [[Kirsty Ayling|name]] (IDVA) on
[[13/11/2026|date]], typed up by [[Kirsty|name]]. Afrikaans as written; English in [brackets] by [[Marelize|name]], checked by
[[Kirsty|name]]'s colleague [[Pieter Snyman|name]].

[[8/11/26|date]], 09:14 - Ma: Môre my kinders. Pa slaap nog. Ontbyt is op die tafel
[Morning my children. Dad is still asleep. Breakfast is on the table]
[[8/11/26|date]], 09:20 - [[Riaan|name]]: ek gaan na [[Josh|name]]-hulle toe
[I'm going to [[Josh|name]]'s (family's) place]
[[8/11/26|date]], 09:21 - Ma: Nee [[Riaan|name]], jou hand. Ons gaan na die dokter in [[Horsham|place]]
[No [[Riaan|name]], your hand. We're going to the doctor in [[Horsham|place]]]
[[8/11/26|date]], 09:25 - [[Mari|name]] 🦄: mamma is jy okay?? ek het gehoor
[mummy are you okay?? I heard]
[[8/11/26|date]], 11:02 - Ouma: Ek het met jou ma gepraat. [[Riaan|name]] jy is welkom hier by Ouma in [[Lyttelton|place]], altyd. Bel my
[[+27 82 614 3307|phone]]
[I spoke to your mum. [[Riaan|name]] you are welcome here with Ouma in [[Lyttelton|place]], always. Call me]
[[8/11/26|date]], 11:40 - Pa: Ek is jammer. Dit was die brandewyn. Dit sal nie weer gebeur nie. [[Marelize|name]] asseblief
[I'm sorry. It was the brandy. It won't happen again. [[Marelize|name]] please]
[[8/11/26|date]], 11:41 - [[Riaan|name]]: jy het dit in [[Pretoria|place]] ook gesê
[you said that in [[Pretoria|place]] too]
[[9/11/26|date]], 17:55 - Tannie [[Sanet|name]]: Ek kan die kinders Saterdag vat, ons is nou in [[Crawley Down|place]] 😊
[[07791 555 046|phone]]
[I can take the children Saturday, we are now in [[Crawley Down|place]]]
[[10/11/26|date]], 07:02 - Ma: [[Riaan|name]] jou skool het gebel. Ek is nie kwaad nie. Ek is trots op jou
[ [[Riaan|name]] your school called. I am not angry. I am proud of you]
"""),
    ("IDVA's risk assessment and MARAC referral", """SAFELIVES DASH RISK CHECKLIST AND MARAC REFERRAL - West Sussex
Victim: [[Marelize VAN DER MERWE|name]]    DOB: [[12/12/1982|dob]]    Tel (safe): [[07842 946260|phone]] - text first, do not leave
voicemail
Address: [[27 Pondtail Road|address]], [[Holbrook|place]], [[Horsham|place]] [[RH12 5HX|postcode]]
Perpetrator: [[Johannes|name]] ("[[Hannes|name]]") [[VAN DER MERWE|name]]    DOB: [[03/04/1979|dob]]    Relationship: husband, living
together
Children in household: [[Riaan|name]] (15), [[Elmarie|name]] (11)
IDVA: [[Kirsty Ayling|name]], [[Horsham|place]] outreach          Date of assessment: [[13 November 2026|date]]

DASH: 16 "yes" answers (high risk, visible high risk).  Key answers, in [[Marelize|name]]'s words:
Q1 Injury: "bruise on my scalp where he held my hair, my hip from the door".  Q3 Afraid of being killed: "when he drinks, yes".
Q6 Separation: "I told him in [[Pretoria|place]] I would leave. He said he would take the children to his brother [[Willem|name]] in
[[Bloemfontein|place]] and I would never see them."  Q10 Strangled/choked: "once, in 2021, in [[Garsfontein|place]]".
Q14 Children: "[[Riaan|name]] stands in front of me now. He is taller than his father."  Q18 Alcohol: brandy and beer, every weekend.
Q21 Threats to kill: "Yes - 'ek sal jou doodmaak' (I will kill you), [[7 November|date]]."  Q24 Criminal history: none known in UK.
Police: [[Horsham|place]] response attended [[8/11/2026|date]] 00:40 (PC [[Rob Etherington|name]], crime ref 47260198511); no arrest - she
declined to make a statement "for the children". Body-worn video taken.

Safety: [[Marelize|name]] has a friend, [[Charné du Plessis|name]], in [[Southwater|place]] ([[07791 555046|phone]]) where she could go.
[[Hannes|name]]'s sister, Tannie [[Sanet Olivier|name]], of [[Crawley Down|place]], is "on his side". Passports are in a locked drawer at
home; [[Hannes|name]] has the key. [[Marelize|name]]'s visa is a dependant's visa on his skilled worker visa - she is afraid she will lose
it if she leaves. Referred to the Rights of Women immigration advice line.

MARAC: referred to the [[Horsham|place]] and Mid Sussex MARAC, next meeting [[26/11/2026|date]].
"""),
    ("a transcript of a boy's voice note to his grandmother, in Afrikaans and English", """Voice note from [[Riaan|name]] to his
grandmother, shared by [[Riaan|name]] with his social worker [[Nadia Karim|name]] on [[19/11/2026|date]];
transcribed and translated by [[Pieter Snyman|name]] (Afrikaans speaker, [[Horsham|place]] team), 2 min 14 s. Not verbatim where marked
[...].

"Hallo Ouma, dis ek, [[Riaan|name]]. [Hello Ouma, it's me, [[Riaan|name]].] Ek is okay. Moenie worry nie. [I'm okay. Don't worry.]
Die social worker, [[Nadia|name]], sy is nice, sy't vir my en [[Mari|name]] McDonald's gekoop by [[Broadbridge Heath|place]]. [The social
worker, [[Nadia|name]], she's nice, she bought me and [[Mari|name]] McDonald's at [[Broadbridge Heath|place]].] [...]
Pa is nou by Oom [[Kobus|name]] in [[Crawley|place]], hy mag nie huis toe kom nie. [Dad is now at Uncle [[Kobus|name]]'s in
[[Crawley|place]],
he's not allowed to come home.] Ma sê ek hoef nie meer vir hom te kyk nie. [Mum says I don't have to look out for him anymore.]
Ouma, onthou jy [[Anke|name]] se verjaarsdag op die [[twintigste Desember|date]]? Ons wil kom. Ma sê miskien. [Ouma, do you remember
[[Anke|name]]'s birthday on the [[twentieth of December|date]]? We want to come. Mum says maybe.] [...] Sê vir Oupa [[Danie|name]] ek het
nog nie rugby gespeel hier nie, hulle speel net sokker by [[Tanbridge|school]]. [Tell Grandpa [[Danie|name]] I haven't played rugby
here yet, they only play football at [[Tanbridge|school]].] En Ouma, [[Josh|name]] se ma, Mrs [[Coker|name]], sê ek kan by hulle slaap as
dit weer sleg raak. [And Ouma, [[Josh|name]]'s mum, Mrs [[Coker|name]], says I can sleep at theirs if it gets bad again.]
Lief vir jou. Totsiens." [Love you. Bye.]
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F), )
NAME = "set 59 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 03:09 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "cllr", "nurse", "sister", "coach", "me",
           "nan", "nana", "nanny", "gran", "granny", "grandad", "mum", "mummy", "dad", "aunty", "auntie", "uncle", "ouma", "oupa",
           "tannie", "oom", "ma", "pa", "boetie", "dede", "nene", "anne", "baba", "amca", "dayı", "teyze", "hala", "abla", "abi",
           "dede'm", "pir", "imam", "bay", "bayan"}
_AFTER = {"abim", "dede", "nene", "dayının", "dayınındı", "bey", "hanım", "abla", "abi", "teyze", "amca", "dayı", "senior", "junior"}
_NOT_PLACES = {"england", "wales", "britain", "uk", "united kingdom", "sussex", "west sussex", "east sussex", "surrey", "hampshire",
               "turkey", "türkiye", "kurdistan", "kahramanmaraş", "maraş", "south africa", "suid-afrika", "gauteng", "germany",
               "almanya", "europe", "northern ireland",
               "arun", "adur", "mid sussex"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name: "Ouma", "Oupa",
# "Tannie", "Oom", "Dede", "Nene", "amca", "teyze"; and after one: "abla", "bey", "hanım") and counties, regions and countries
# ("West Sussex", "East Sussex", "Turkey", "Kurdistan", "South Africa", "Gauteng").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
