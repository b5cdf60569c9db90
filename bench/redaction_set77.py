"""Set 77: a held-out hand-written set for the redaction detector, six invented families in Sefton and Knowsley, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set74.py, redaction_set75.py and redaction_set76.py and their tests (written by other helpers at the same time),
that did not run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output.
What was read: bench/redaction_set21.py (its docstring, its first family's record and first document, and its closing lines:
_PAIRS, NAME, word lists and the HandSet call; the layout and marking conventions followed here) and tests/test_redaction_set21.py
in full; the docstrings of bench/redaction_set7.py to redaction_set73.py, printed with ast and searched (the docstrings only) for
the towns of Sefton and Knowsley and for the communities earlier sets wrote about, so that each family's home here is new and two
communities are new; a list of the top-level names and line numbers of bench/redaction_set15.py (no function bodies or documents:
its checker is imported, not read); the `_party`, `Records`, `HandSet`, `word_problems` and `_parse` helpers of
bench/redaction_handwritten.py (its first record and document were seen in passing); and the ruff settings in pyproject.toml.
Phone numbers were checked with the phonenumbers library and NHS numbers and UPNs made with python-stdnum in small snippets.
The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to
build records. Nobody may tune the detector on this set: it is to be scored once. If a mistake in the gold marking is found
after scoring, correct only the marking and say so here.

Six families in Sefton and Knowsley, each from a town, district or estate no earlier set (7 to 73) used as a family's home. Four
of the kinds most common in children's social care: a white British mother on Hatton Hill Road in Litherland, with a grandmother
in Seaforth, a partner who stays with his brother in Netherton and a younger child's father in Lydiate (Formby / Rimmer / Lydiate;
a dog bite left untreated, dental neglect, children left alone at night, a mother's untreated depression, drinking, an initial
child protection conference), a white British family in Maghull, with a grandmother in Lydiate and a father in Ormskirk (Halsall /
Melling; a boy of 14 missing three times and criminally exploited on a line from Kirkby into Southport, a rail safety stop, a
return home interview, an exploitation panel), a white British girl of 15 in Ainsdale, Southport, staying with her grandmother in
Churchtown (Bickerstaffe / Rainford; child sexual exploitation by a man of 23 from Crossens, indecent images, a pregnancy scare, a
strategy discussion) and a white British and Irish kinship family in Bootle, with a father's family in Finglas, Dublin (Crosby /
McGovern; a baby born withdrawing from heroin and methadone, a grandmother's special guardianship, a mother using at contact, a
father in prison). Two from communities no earlier set used: an Azerbaijani family in Halewood, with family in Sumqayıt, Baku and
Xırdalan (Məmmədova / Hüseynov; domestic abuse with strangulation, a girl of 12 self-harming, a father who booked flights to Baku,
a refuge, MARAC; Azerbaijani in Latin script and Russian in Cyrillic) and a Jordanian family in Stockbridge Village, with family
in Irbid and Zarqa (Al-Zoubi / Haddad; a scald to a boy of 2 brought late to hospital, a mother's perinatal depression after a
stillbirth, a girl of 13 caring and kept off school; Arabic script). 24 documents, 12 of plain professional recording (a MASH
contact record, a community dental service's was-not-brought letter, an ICPC social work report, a return home interview, a
multi-agency child exploitation panel's minutes, a child and family assessment, an emergency department safeguarding referral,
child in need review minutes, a chronology, a strategy discussion record, a family group conference plan, a special guardianship
assessment extract) and 12 of other kinds, of types and styles new to these sets where possible: a mother's Messenger chat with
her sister typed up, a rail safety officer's pocketbook note, Instagram direct messages from a police phone extract, a secondary
school's CPOMS safeguarding export, an interpreter's translation of WhatsApp voice notes (Azerbaijani, with a Russian text), a
MARAC referral form, a health visitor's notes typed on a phone in the car, a father's own letter (with Arabic), a grandmother's
handwritten letter scanned and OCR'd (with its misreadings), a youth worker's speech-to-text dictation (unpunctuated, with
"full stop" and mis-hearings), a kinship carer's late-night email and a duty line's auto-transcribed voicemails.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street names
may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the phonenumbers
library), UK and foreign (Azerbaijan, Jordan, Ireland); NHS numbers and UPNs (LA numbers 343 for Sefton and 340 for Knowsley) pass
their check digits; NI numbers have a valid format. Councils are invented (Rimrose Vale, Ditton Brook), and so are the schools
and nurseries (Linacre Brook Primary, Little Rimrose Nursery, Deyes Brook High, Lydiate Meadows Primary, Arncliffe Park Academy,
Foxhill Lane Primary, Finch Lane Academy, Sunflower Day Nursery, Larkhill Dunes Academy), the interpreting agency (LinguaMersey),
the GP surgery (Hatton Hill Surgery) and the solicitors (Kaur & Whitby); towns, districts, estates, real schools and colleges
(King George V College, St Winefride's, Bootle High), NHS bodies, hospitals, police forces, prisons, courts, charities, shops,
brands, apps, foods, festivals and laws are real and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode, place,
school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, Professor, PC,
DC, DS, DI, TSO, HV, Father (a priest), Nan, Nana, Nanny, Grandad, Auntie, Mum, Papa, the Azerbaijani "Ana" and "xala" and the
Arabic "Khalto" and "Jiddo") stay outside the name span, before or after the name ("Nərmin xala"); a contact saved under a kinship
word ("Ana") is not a name; a possessive 's and a bare texting s ("lee"s, "summer"s, "jay"s, "deano"s) stay outside; every
person's name is a name in every form, record or not, and a loving or short form is a name ("Jay", "Fin", "Kez", "Gaz", "Bev",
"Pat", "Peggy", "Mo", "Sallouma", "Ayselim", "Leylacan", "Muradik"). "SURNAME, First" is one span ("HUSEYNOVA, Leyla",
"MƏMMƏDOVA, Aysel", "CROSBY, Storm", "McGOVERN, Reggie"); an initial with a surname is one span ("L. Formby", "C Maudsley",
"N. Gerrard", "M. Bickerstaffe"); initials alone ("DY", "EW", "JH", "LT") are not marked; a name broken by a line break is one span
holding the break, and so is an address, a place, a school or a date; usernames and handles ("fin.m11", "k3z.lfc_17",
"ellis.byrne08", "sparkle.h.x") are not marked, but a display name that is a person's plain name is ("Kez", "Summer", "Ellis"). A
street address is one span, its town a place, its postcode a postcode; a street named without a number is an address ("Lord
Street", "Damfield Lane", "Botanic Road", "hatton hill"), and so is a neighbour's bare house number ("no. 12", "no 14", "16") and
an address abroad ("Sülh küçəsi 14", Sumqayıt; "Nizami küçəsi", Baku; "Hay Ma'soum, Street 36, Building 7", Zarqa; "14 Cappagh
Avenue", Finglas); towns, cities, villages, districts and estates are places, at home or abroad and in any spelling ("Bakı",
"Baku", "Sumqayıt", "Sumgait", "Kensington", "Toxteth", "Old Roan", "Town Green"); boroughs, counties, regions and countries are
not ("Sefton", "North Sefton", "Knowsley", "Merseyside", "West Lancashire", "Azerbaijan"); organisations are not marked even when
they hold a town's or a person's name ("Bootle Health Centre", "Southport Town Hall", "Southport Centre for Health", "Stockbridge
Village Medical Centre", "Hatton Hill Surgery", "Strand Medical Centre", "Knowsley Domestic Abuse Service", "Liverpool Arabic
Centre", "HMP Altcourse", "Alder Hey", "Brook", "Change Grow Live"); a school's name is a school, and so is its short form in any
case ("Linacre Brook", "Deyes\nBrook", "Arncliffe", "finch lane", "lark hill", "Larkhill", "KGV", "K.G.V.", "Sunflower"); a date of
birth is dob, any other calendar date with a day is date (a weekday before it stays outside), the bare day in a sentence ("the
18th") is a date, and months and years alone ("March 2023", "July", "spring 2027") are not marked; pets' names ("Tyson") are not
names; a firm named after people marks only the names ("[[Kaur|name]] & [[Whitby|name]]"); parks, beaches, gardens, cemeteries,
shopping centres and attractions are landmarks and stay unmarked ("Pleasureland", "the marine lake", "the Botanic Gardens",
"Kirkdale cemetery", "the pinewoods", "Wayfarers Arcade", "Bootle Strand"); a surname or first name that is also a word or a town is
marked by what it refers to (Formby, Lydiate, Melling, Halsall, Maghull, Crosby, Sefton, Halewood, Roby, Kirkby, Fazakerley, Ince,
Birkdale, Prescott, Summer, Storm, Hope, Dawn, Rose, Mark, Jordan, Dean are names when they are people; Formby, Lydiate, Maghull,
Crosby, Roby, Kirkby, Birkdale and Halewood are places when they are places); a name in another script (Arabic "جنى", "محمود
الزعبي", "سلمى"; Cyrillic "Севда Мамедова", "Айсель") is a name; a service, team or branch named by its town ("the Litherland and
Bootle locality team", "Roby 0-19", "Southport Adolescent Team", "the Bootle Change Grow Live") marks the town.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a partial number plate a
child remembered ("KX19") is a vehicle; in a speech-to-text dictation a mis-heard name ("ellie rose bicker staff", "dean oh") is a
name, a mis-heard place ("hill side") a place and a mis-heard school ("lark hill") a school, and a phone number the software
wrote in digits is a phone; in OCR output the misread spans keep their errors ("Botan1c Road", "Churchtovvn", "2O26", "E11ie",
"M0LYNEUX", "CV68 0HN"); an industrial estate where a parent works ("Knowsley Industrial Park") is a place, like an estate; a
railway station named by its town is the town ("at Maghull", "Town Green station"); the Arabic conjunction joined to a name
("و" before "عمر") stays outside the span; a police exhibit reference, a case or court number, an incident, CAD or episode
reference, a bleep, a collar number and an interpreter's registration number are not marked; the name of a family's baby who
died ("Jana") is a name.

Self-check without the detector: `python -m bench.redaction_set77` (and tests/test_redaction_set77.py) runs set 15's checker
(which runs sets 13 to 6's) on this set, adds this set's titles and kinship words (before and after a name) and boroughs,
counties, regions and countries, and prints the number of documents and gold spans per kind: 24 documents, 1,011 gold spans,
569 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones

# --- A. Formby / Rimmer family (white British), Litherland, with a grandmother in Seaforth and a father in Lydiate --------

HOME_A = d.Address("14 Hatton Hill Road", "", "Litherland", "L21 9JN")
NAN_A = d.Address("Flat 6, Rimrose Court", "Seaforth", "Liverpool", "L21 4LT")
DAD_A = d.Address("3 Pilling Lane", "Lydiate", "Liverpool", "L31 4HF")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Kayden", "Rimmer")], dt.date(2017, 2, 9), addresses=[HOME_A], ids=["4533314783", "U343011831621"],
       schools=["Linacre Brook Primary School"]),
    _p("s", "sibling", [("Lacey-Mae", "Formby")], dt.date(2020, 6, 14), addresses=[HOME_A], ids=["9328804078"],
       schools=["Little Rimrose Nursery"]),
    _p("m", "mother", [("Leanne", "Formby")], dt.date(1993, 4, 22), addresses=[HOME_A], phones=["07576 816 010"],
       ids=["JK 28 41 63 B"]),
    _p("f", "father", [("Dale", "Rimmer")], dt.date(1990, 10, 1), addresses=[HOME_A], phones=["07920 494 281"]),
    _p("f2", "father", [("Ryan", "Lydiate")], dt.date(1991, 12, 5), addresses=[DAD_A], phones=["07408 681 273"]),
    _p("g", "grandparent", [("Patricia", "Formby")], dt.date(1962, 8, 30), addresses=[NAN_A], phones=["0151 920 4385"]),
    _p("p1", "professional", [("Claire", "Maudsley")], phones=["0151 934 2276"], emails=["claire.maudsley@rimrosevale.gov.uk"]),
], "c")

DOCS_A = [
    ("MASH contact and referral record", """RIMROSE VALE COUNCIL - CHILDREN'S SERVICES - MASH CONTACT RECORD
Contact ID: MASH-26-118204        Date/time received: [[02/10/2026|date]] 10:47        Taken by: [[Hannah Joynson|name]] (MASH SW)
Referrer: [[Sue Kershaw|name]], Designated Safeguarding Lead, [[Linacre Brook Primary School|school]], [[Litherland|place]]
Referrer phone: [[0151 928 4410|phone]]   Referrer email: [[s.kershaw@linacrebrook.sch.uk|email]]

Child: [[Kayden RIMMER|name]]   DOB: [[09/02/2017|dob]]   Year 5   UPN: [[U343011831621|upn]]   NHS no.: [[453 331 4783|nhs]]
Sibling: [[Lacey-Mae FORMBY|name]]   DOB: [[14/06/2020|dob]]   attends [[Little Rimrose Nursery|school]] (mornings)
Address: [[14 Hatton Hill Road|address]], [[Litherland|place]], [[L21 9JN|postcode]]
Mother: [[Leanne FORMBY|name]] (DOB [[22/04/1993|dob]]) - mobile [[07576 816 010|phone]]
Mother's partner / [[Kayden|name]]'s father: [[Dale RIMMER|name]] - mobile [[07920 494 281|phone]]
[[Lacey-Mae|name]]'s father: [[Ryan LYDIATE|name]], lives in [[Lydiate|place]] ([[3 Pilling Lane|address]], [[L31 4HF|postcode]]), no
contact since the spring.

Reason for contact (referrer's words): [[Kayden|name]] arrived at 9.35 on Thursday [[1 October|date]] with a bandage on his left hand
and said the dog next door ("[[Gaz|name]]'s dog, Tyson") bit him on Tuesday night when he went round to get his football. The
bandage had not been changed and smelt. The school nurse, [[Joanne Pye|name]], looked at it and advised the GP the same day. Mum
was rung three times and did not answer; [[Kayden|name]]'s nan, [[Pat Formby|name]], came at 2pm, said [[Leanne|name]] "has not been
well" and took him to the walk-in centre in [[Litherland|place]]. Attendance this term 81.6%. Class teacher Mr
[[Ollie Crosby|name]] says [[Kayden|name]] is often hungry, has been wearing the same uniform all week, and asked him on Monday if
"you can get in trouble for being left on your own at night".

Previous contacts: [[14/03/2025|date]] (police, domestic argument at the address, no further action); [[7 July 2025|date]]
(nursery: [[Lacey-Mae|name]] collected by a neighbour, [[Bev|name]] at no. 16, who smelt of alcohol).

MASH checks:
Police (DC [[Ian Whittle|name]], [[02/10/2026|date]] 12:10): two call-outs in 2026, [[18 Jan|date]] and [[23 Aug|date]], both
verbal arguments between [[Leanne Formby|name]] and [[Dale Rimmer|name]], both had been drinking; on [[23/08|date]] [[Dale|name]]
left and went to his brother [[Lee Rimmer|name]]'s in [[Netherton|place]]. Dog at [[no. 12|address]] (owner [[Gary Sefton|name]])
not known to the dog legislation officer.
Health (HV [[Amy Brennan|name]]): [[Lacey-Mae|name]]'s 3-year review missed twice. GP (Hatton Hill Surgery) says [[Leanne|name]] was
prescribed sertraline in June and has not collected it since August.
Education: as above.

Decision ([[Kerry Ashurst|name]], MASH team manager, [[02/10/2026|date]] 15:20): threshold met for a child and family assessment
(level 3). Allocate to the [[Litherland|place]] and [[Bootle|place]] locality team. Strategy discussion not needed at this point;
review if the bite shows signs of deliberate harm or is not treated. Allocated SW: [[Claire Maudsley|name]], [[0151 934 2276|phone]].
"""),
    ("community dental service was-not-brought letter", """Community Dental Service - Sefton and Knowsley
Paediatric Clinic, Bootle Health Centre

Our ref: CDS/PAED/77310
[[19 October 2026|date]]

Private and confidential
Ms [[L. Formby|name]]
[[14 Hatton Hill Rd|address]]
[[Litherland|place]]
[[L21 9JN|postcode]]

cc: GP; Ms [[C Maudsley|name]], social worker; Mrs [[S. Kershaw|name]], [[Linacre Brook|school]] (with consent)

Dear Ms [[Formby|name]],

Re: [[Kayden Rimmer|name]], date of birth [[9.2.2017|dob]], NHS number [[4533314783|nhs]]

[[Kayden|name]] was not brought to his appointment on Wednesday [[14th October 2026|date]] at 10.15 for treatment under
inhalation sedation. This is the third appointment he has missed ([[28 May|date]], [[6 August|date]] and [[14 October|date]]). When I
saw him on [[11 March 2026|date]] he had decay in seven teeth and two abscesses, and he told me he "gets toothache in bed". He had
been given paracetamol by his nan.

I understand from [[Kayden|name]]'s school and from his social worker, Ms [[Maudsley|name]], that things at home have been difficult.
Dental neglect is a safeguarding concern and I have a duty to share it; I have written to Ms [[Maudsley|name]] today. I would much
rather see [[Kayden|name]] and make him comfortable. I have kept a place for him on Tuesday [[3 November|date]] at 9.30. If that does
not suit, please ring the clinic on [[0151 247 6362|phone]] or text our appointments mobile on [[07449 668 896|phone]]. If it is
easier for his grandmother, Mrs [[Formby|name]] in [[Seaforth|place]], to bring him, she is welcome to, with a signed note from you.

[[Lacey-Mae|name]] is due her first check-up. Our dental nurse, [[Bernie Gallagher|name]], can see her at the same time.

Yours sincerely

Dr [[Niamh O'Hare|name]]
Specialist in Paediatric Dentistry
"""),
    ("a mother's Messenger chat with her sister, typed up", """Typed up by [[Claire Maudsley|name]] (SW) from screenshots [[Leanne|name]]
showed me on her phone at the home visit on
[[21/10/2026|date]] and agreed I could copy. [[Leanne|name]] = "[[Leanne Formby|name]]", [[Jade|name]] = "[[Jade Formby-Kane|name]]" (her
sister, lives in [[Crosby|place]]). Spelling as written.

[[Jade Formby-Kane|name]]  Tue 20:14
did u ring the dentist back

[[Leanne Formby|name]]  Tue 20:31
no. they sent a letter sayin its neglect. neglect [[jade|name]]. they think im a tramp

[[Jade Formby-Kane|name]]  Tue 20:32
ur not a tramp ur poorly theres a difference. i'll take him if u want. im off thursday

[[Leanne Formby|name]]  Tue 20:35
mum said she would. shes already doin everything. [[kayden|name]] thinks nan lives here now lol

[[Jade Formby-Kane|name]]  Tue 20:36
is [[dale|name]] back

[[Leanne Formby|name]]  Tue 20:40
on and off. hes at [[lee|name]]s in [[netherton|place]] mostly. he came sat with a bag of cans and i said not in front of the kids and
then it all went off again. [[lacey|name]] hid in the airing cupboard

[[Jade Formby-Kane|name]]  Tue 20:41
[[leanne|name]] 😢 u need to tell that social worker. the [[claire|name]] one

[[Leanne Formby|name]]  Tue 20:44
shes alright actually. she said about the talking therapies and i rang them. waiting list. 12 weeks

[[Jade Formby-Kane|name]]  Tue 20:45
u can come here sat. bring the kids. [[mark|name]] is doing the bbq down [[formby|place]] if its dry, the pinewoods bit

[[Leanne Formby|name]]  Tue 20:47
[[kayden|name]] will want to see the squirrels. ok. what time

[[Jade Formby-Kane|name]]  Tue 20:47
11. we'll get u from [[hatton hill|address]]. dont say anything to [[dale|name]]

[[Leanne Formby|name]]  Tue 20:48
i wont. [[ryan|name]] messaged btw. wants [[lacey|name]] for xmas at his mums in [[maghull|place]]. after 8 months of nothing

[[Jade Formby-Kane|name]]  Tue 20:49
🙄 typical [[ryan|name]]. talk to ur [[claire|name]] about it

[[Leanne Formby|name]]  Wed 07:02
[[gaz|name]] is getting rid of the dog. [[bev|name]] at [[16|address]] told me. so thats something
"""),
    ("initial child protection conference report", """INITIAL CHILD PROTECTION CONFERENCE - REPORT OF THE SOCIAL WORKER
Children: [[Kayden Rimmer|name]] (born [[09/02/2017|dob]]) and [[Lacey-Mae Formby|name]] (born [[14/06/2020|dob]])
Conference date: Thursday [[12 November 2026|date]], 10.00, Magdalen House, [[Bootle|place]] (and Teams)
Chair: [[Sandra Kewley|name]], Independent Reviewing Officer        Author: [[Claire Maudsley|name]], Social Worker

1. Family and household
[[Kayden|name]] (9) and [[Lacey-Mae|name]] (6) live with their mother, [[Leanne Formby|name]] (33), at [[14 Hatton Hill Road|address]],
[[Litherland|place]]. [[Kayden|name]]'s father, [[Dale Rimmer|name]] (36), stays at the house three or four nights a week and the rest
at his brother [[Lee|name]]'s flat in [[Netherton|place]]. [[Lacey-Mae|name]]'s father, [[Ryan Lydiate|name]], lives with his mother in
[[Maghull|place]] (he gave his address as [[3 Pilling Lane|address]], [[Lydiate|place]], in the spring and now as "[[Maghull|place]], near
the
station") and has asked to have [[Lacey-Mae|name]] at Christmas. Maternal grandmother [[Patricia Formby|name]] ("[[Pat|name]]"), 64, lives
in [[Rimrose Court|address]], [[Seaforth|place]], and since late September has stayed most nights. Maternal aunt [[Jade
Formby-Kane|name]] lives in [[Crosby|place]] with her husband [[Mark Kane|name]].

2. Reasons for this conference
The dog bite of [[29 September|date]], untreated for two days; untreated tooth decay and three dental appointments not kept; the
children left alone at night on at least two occasions ([[Kayden|name]]'s account, and a neighbour, [[Beverley Cain|name]], who says she
heard [[Lacey-Mae|name]] crying through the wall "about midnight" on [[10 October|date]] with no adult in); arguments between the
adults when drinking, one of which [[Lacey-Mae|name]] hid from in a cupboard; the mother's low mood, untreated since August.

3. The children's views
[[Kayden|name]] told me at school on [[27 October|date]]: "Nan makes proper tea. Mum sleeps a lot. [[Dale|name]]'s alright when
he's not on the cans." He wants to go to the beach at [[Formby|place]] again "with Auntie [[Jade|name]]'s bbq". [[Lacey-Mae|name]] drew
her house with "Nana [[Pat|name]]" much bigger than everyone else.

4. Analysis
[[Leanne|name]] is honest about her depression and has re-started her medication (GP, Hatton Hill Surgery, [[3 November|date]]).
[[Pat|name]] is the children's safety at present, but she has COPD and works two mornings at the Co-op in [[Seaforth|place]]; the plan
cannot rest on her alone. [[Dale|name]] did not meet me until [[5 November|date]] and minimised the drinking.

5. Recommendation
That [[Kayden|name]] and [[Lacey-Mae|name]] are made subject to child protection plans under the category of neglect.
"""),
]


# --- B. Halsall / Melling family (white British), Maghull, with a grandmother in Lydiate and a father in Ormskirk ----------

HOME_B = d.Address("41 Sefton Lane", "", "Maghull", "L31 8BX")
NAN_B = d.Address("8 Acres Road", "Lydiate", "Liverpool", "L31 2LJ")
DAD_B = d.Address("Flat 2, 19 Derby Street", "", "Ormskirk", "L39 2BN")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Finley", "Melling")], dt.date(2011, 11, 18), addresses=[HOME_B], ids=["2386255115", "V343647786364"],
       schools=["Deyes Brook High School"]),
    _p("s", "sibling", [("Summer", "Halsall")], dt.date(2016, 5, 3), addresses=[HOME_B], ids=["8487333117"]),
    _p("m", "mother", [("Gemma", "Halsall")], dt.date(1989, 1, 27), addresses=[HOME_B], phones=["07757 337 969"]),
    _p("f", "father", [("Stuart", "Melling")], dt.date(1986, 7, 7), addresses=[DAD_B], phones=["07983 613 945"],
       ids=["NP 63 18 27 C"]),
    _p("g", "grandparent", [("Irene", "Halsall")], dt.date(1958, 3, 12), addresses=[NAN_B], phones=["0151 547 3902"]),
    _p("p1", "professional", [("Dominic", "Yates")], phones=["07763 885 345"], emails=["dominic.yates@rimrosevale.gov.uk"]),
], "c")

DOCS_B = [
    ("return home interview after a missing episode", """RETURN HOME INTERVIEW (RHI) - MISSING FROM HOME
Young person: [[Finley MELLING|name]]   DOB: [[18/11/2011|dob]]   Age: 14   Episode ref: MFH/26/4471
Home address: [[41 Sefton Lane|address]], [[Maghull|place]], [[L31 8BX|postcode]]
Missing from: 18:30 Friday [[6 November 2026|date]]   Found: 02:15 Sunday [[8 November 2026|date]], [[Southport|place]]
([[Lord Street|address]], by the Wayfarers Arcade), by PC [[Rachel Tinsley|name]] and PC [[Aaron Boyd|name]]
Interview by: [[Dominic Yates|name]] (Exploitation and Missing Worker)   Date of RHI: [[9/11/2026|date]], 16:10, at
[[Deyes Brook High School|school]] (his choice - "not at home, Mum will listen at the door")

Where he went and who with
[[Finley|name]] (he asked me to call him "[[Fin|name]]") said he got the train at [[Maghull|place]], changed at [[Sandhills|place]], then on
to [[Southport|place]], with a lad he called "[[Kez|name]]" who is 17 and "from [[Kirkby|place]]". He would not give a surname. He
said they stayed at "a flat above a vape shop" near the station that belongs to "[[Kez|name]]'s cousin [[Jordan|name]]". He said he
slept on the sofa both nights and was given "a Maccies and a Nando's". He said he did not have to do anything in return. He then
said "well, I held a bag for him for a bit", and would not say more.

He had a new phone ([[07525 248 744|phone]]) that he said [[Jordan|name]] lent him "so I could ring me mum" (he did not ring). His own
phone was taken by his mum on [[4 November|date]] after the school rang about him smoking cannabis at the bus stop on
[[Damfield Lane|address]].

Family
He lives with his mum, [[Gemma Halsall|name]], and his sister [[Summer|name]] (10). He sees his dad, [[Stuart Melling|name]], every
other Sunday in [[Ormskirk|place]]; he says his dad "just shouts". His nan, [[Irene Halsall|name]] in [[Lydiate|place]], is the person he
trusts most ("Nan doesn't go mad"). He said [[Summer|name]] was "crying on FaceTime" on Saturday and that is why he came back.

Worries noted
- An older unknown male, "[[Jordan|name]]", giving him food, a bed and a phone; "held a bag".
- Travel on the train line between [[Maghull|place]] and [[Southport|place]] at night.
- A car: he said [[Kez|name]]'s cousin drives "a black Golf", plate starting "[[KX19|vehicle]]" - he didn't know the rest.
- Missing three times since [[22 September|date]] (see log).

Actions
Shared with PC [[Tinsley|name]] and with [[Eleanor Webb|name]] (DSL) the same day. NRM consideration to be discussed at the exploitation
panel on [[17 November|date]]. [[Fin|name]] agreed to see me again on Thursday at the Meadows Leisure Centre.
"""),
    ("rail safety officer's incident note", """MERSEYRAIL TRAVELSAFE - OFFICER POCKETBOOK NOTE (typed)
Officer: TSO [[Kyle Mawdsley|name]] 0417    Partner: TSO [[Shannon Dunne|name]] 0522
Date: Sat [[31.10.26|date]]    Location: Northern Line, service 2Y41, between [[Aintree|place]] and [[Town Green|place]]

21:52 Boarded at [[Aintree|place]]. Group of 3 youths in rear car, smell of cannabis. Spoke to them.
  Y1 gave name "[[Finn Halsall|name]]", 14, address "[[Sefton Lane|address]], [[Maghull|place]]", no ticket. (Later confirmed by his mum
  as [[Finley MELLING|name]], dob [[18.11.11|dob]] - he uses her surname sometimes.)
  Y2 refused name. Approx 17, white, skinny, grey North Face, sovereign ring. Y1 called him "[[Kez|name]]".
  Y3 gave name "[[Tyler Jones|name]]", 15, "[[Old Roan|place]]" - nothing on him, left train at [[Old Roan|place]] 21:55.
21:58 Y2 got off at [[Maghull|place]] and ran. Dropped a black bum bag on the platform; TSO [[Dunne|name]] recovered it: 2 phones, 1
  Nokia, £340 cash, small bag of white powder. Handed to BTP (PC [[Lewis Hart|name]], incident 612 of [[31/10|date]]).
22:06 Y1 stayed with us. Very scared, said "he'll kill me if you keep that". Rang mum [[Gemma|name]] on [[07757 337 969|phone]]
  (number given by Y1). She came to [[Town Green|place]] station in a silver Corsa [[MF66 RZW|vehicle]] with her partner [[Craig|name]]
  and a little girl in pyjamas (Y1's sister "[[Summer|name]]").
22:20 Mum said he has been going missing and there is a social worker, [[Dom|name]] at the council. She gave his dad's number
  too, [[Stuart Melling|name]] [[07983 613 945|phone]], "if you want to waste your time".
22:24 Handed over to mum. Intel form and safeguarding (child) form done. Footage requested car 507043, 21:50-22:00.
"""),
    ("Instagram messages from a phone download", """[[Finley Melling|name]] - Instagram direct messages, extract from the phone seized by
BTP on [[31/10/2026|date]] (exhibit KM/2).
Shared with the exploitation panel by DC [[Sadia Rahman|name]], [[16/11/2026|date]]. Usernames kept; times are UTC from the
extract. "fin.m11" is [[Finley|name]]. Spelling as in the extract.

Thread: fin.m11 <-> k3z.lfc_17 (display name: "[[Kez|name]]")
[[2026-10-22|date]] 17:03  k3z.lfc_17: u about sat
[[2026-10-22|date]] 17:05  fin.m11: mum took me fone again this is me nans old one
[[2026-10-22|date]] 17:05  k3z.lfc_17: nans fone ha. get the 6 oclock from [[maghull|place]]
[[2026-10-22|date]] 17:06  fin.m11: cant sat its [[summer|name]]s birthday
[[2026-10-22|date]] 17:07  k3z.lfc_17: [[jordan|name]] said u owe him for the fone now
[[2026-10-22|date]] 17:07  k3z.lfc_17: and the tracky
[[2026-10-22|date]] 17:09  fin.m11: i never asked for the tracky
[[2026-10-22|date]] 17:11  k3z.lfc_17: thats not how it works lad. sunday then. meet at the bus station in [[kirkby|place]]
[[2026-10-25|date]] 13:40  fin.m11: here
[[2026-10-25|date]] 13:41  k3z.lfc_17: go to the chippy on the parade, ask for [[marco|name]], say ur from [[jordan|name]]

Thread: fin.m11 <-> sparkle.h.x (display name: "[[Summer|name]] 🦄")
[[2026-11-07|date]] 22:48  sparkle.h.x: [[finley|name]] where r u
[[2026-11-07|date]] 22:48  sparkle.h.x: mum is crying and nanny [[irene|name]] is here
[[2026-11-07|date]] 22:52  fin.m11: im ok dont worry. at a mates in [[southport|place]]
[[2026-11-07|date]] 22:53  sparkle.h.x: come home please
[[2026-11-07|date]] 22:53  sparkle.h.x: ill give u my birthday money
[[2026-11-07|date]] 23:30  fin.m11: i'll come tomoz i promise. dont tell dad

Thread: fin.m11 <-> "[[Ellis|name]]" (ellis.byrne08)
[[2026-11-03|date]] 16:20  ellis.byrne08: mr [[hughes|name]] is looking for u. ur in detention w me tmrw
[[2026-11-03|date]] 16:24  fin.m11: tell him im ill
"""),
    ("child exploitation panel minutes", """MULTI-AGENCY CHILD EXPLOITATION (MACE) PANEL - NORTH SEFTON - MINUTES (extract: one young
person)
Date: Tuesday [[17th November 2026|date]]   Venue: Southport Town Hall, Committee Room 2, and online
Chair: DI [[Mark Aspinall|name]] (Merseyside Police)   Minutes: [[Tracey Goulding|name]] (business support)
Present: [[Dominic Yates|name]] (Exploitation and Missing), DC [[Sadia Rahman|name]] (BTP), [[Eleanor Webb|name]] (DSL, [[Deyes
Brook|school]]), [[Gill Prescott|name]] (YJS), Dr [[Helen Mercer|name]] (CAMHS), [[Jenny Halewood|name]] (Team Manager, [[Maghull|place]]
and [[Formby|place]] locality), [[Amrit Gill|name]] (Catch22)
Apologies: [[Stuart Melling|name]] (father, invited for the first part; did not reply)

Item 4: [[Finley MELLING|name]] (known as [[Fin|name]]), 14, [[Maghull|place]]. Mother: [[Gemma Halsall|name]].
DY summarised: three missing episodes ([[22/09|date]], [[16/10|date]], [[6-8/11|date]]), the TravelSafe stop on [[31 October|date]]
with an older male who dropped drugs and cash, and the Instagram messages. The older male "[[Kez|name]]" is believed by police to be
[[Kieran ASHTON-BYRNE|name]], 17, of [[Northwood|place]], [[Kirkby|place]] (linked to a line run from [[Kirkby|place]] into
[[Southport|place]] and
[[Ormskirk|place]]). "[[Jordan|name]]" not yet identified; "[[Marco|name]]" is known to be [[Marco Ruane|name]], who runs a takeaway on the
parade at [[Westhead Walk|address]], [[Kirkby|place]].
DC [[Rahman|name]]: the bum bag phone (Nokia, [[07442 256 079|phone]]) has [[Fin|name]]'s nan's old number saved as "lil runner";
cell site puts it at [[Kirkby|place]] and in [[Birkdale|place]] on [[25 October|date]].
EW ([[Deyes Brook|school]]): attendance 74%; two fixed-term suspensions this term; a good relationship with Mr [[Hughes|name]] (PE).
Friend [[Ellis Byrne|name]] (Y10) is a protective friend per [[Ellis|name]]'s mum.
Risk level agreed: HIGH (criminal exploitation). NRM referral to be made by DY by [[20/11/2026|date]].
Actions: disruption visit to the [[Southport|place]] address (flat above the vape shop, [[Chapel Street|address]]) - police;
CAWN to be considered for [[Kieran Ashton-Byrne|name]] - police; [[Summer|name]]'s school ([[Lydiate Meadows Primary|school]]) to be told
of her brother's situation with mum's consent - JH; a safety plan with [[Irene Halsall|name]] (Nanny [[Irene|name]]) for
weekends - DY.
"""),
]


# --- C. Məmmədova / Hüseynov family (Azerbaijani), Halewood, with family in Sumqayıt and Baku --------------------------------

HOME_C = d.Address("27 Baileys Lane", "", "Halewood", "L26 0TX")
REFUGE_C = d.Address("Flat 3, 9 Carr Lane East", "", "Liverpool", "L11 4SG")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Leyla", "Hüseynova"), ("Leyla", "Huseynova")], dt.date(2014, 8, 20), addresses=[HOME_C],
       ids=["3879811350", "R340141225039"], schools=["Arncliffe Park Academy"]),
    _p("s", "sibling", [("Murad", "Hüseynov"), ("Murad", "Huseynov")], dt.date(2019, 1, 11), addresses=[HOME_C],
       ids=["1197181474", "L340989908091"], schools=["Foxhill Lane Primary School"]),
    _p("m", "mother", [("Aysel", "Məmmədova"), ("Aysel", "Mammadova")], dt.date(1990, 9, 15), addresses=[HOME_C, REFUGE_C],
       phones=["07931 791 442"]),
    _p("f", "father", [("Elnur", "Hüseynov"), ("Elnur", "Huseynov")], dt.date(1985, 2, 2), addresses=[HOME_C],
       phones=["07917 857 762"], ids=["SH 47 90 16 A"]),
    _p("g", "grandparent", [("Sevda", "Məmmədova")], phones=["+994 50 412 37 86"]),
    _p("p1", "professional", [("Rachel", "Unsworth")], phones=["0151 443 5190"], emails=["rachel.unsworth@dittonbrook.gov.uk"]),
], "c")

DOCS_C = [
    ("school safeguarding log export", """ARNCLIFFE PARK ACADEMY - SAFEGUARDING RECORDS EXPORT (CPOMS)        Printed [[24/11/2026|date]]
by [[N. Gerrard|name]]
Student: [[HUSEYNOVA, Leyla|name]] (Year 8, 8KW)   DOB [[20/08/2014|dob]]   UPN [[R340141225039|upn]]   EAL: Azerbaijani / Russian
Name in school system is spelt "[[Huseynova|name]]"; [[Leyla|name]] signs "[[Hüseynova|name]]".

[[14/09/2026|date]] 08:50 | Wellbeing | Recorded by: [[Kath Wareing|name]] (form tutor)
[[Leyla|name]] upset in registration, said her dad took her phone because she "talked to a boy" ([[Theo|name]] in 8KW, on the group
chat about the science homework). Settled after a chat. Parent: none contacted.

[[02/10/2026|date]] 12:35 | Self-harm | Recorded by: [[Nadine Gerrard|name]] (DSL)
PE teacher Miss [[Lowe|name]] saw healed and new scratches on [[Leyla|name]]'s left forearm while changing. [[Leyla|name]] said she uses
a pencil sharpener blade "when they shout". She said her dad shouts at her mum "every night" and once pushed her against the
fridge in the kitchen. She asked me not to ring home ("he will know it was me"). Referred to the school nurse, [[Suzanne
Kenny|name]]; consulted the Ditton Brook front door ([[0151 443 4700|phone]]), advised a referral. Referral sent 14:10.

[[05/10/2026|date]] 15:20 | Contact with parent | Recorded by: [[Nadine Gerrard|name]]
Mum, Mrs [[Aysel Mammadova|name]], came to reception with [[Murad|name]] (Y3 at [[Foxhill Lane|school]]). Her English is good. She
said her husband, Mr [[Elnur Huseynov|name]], is "a good father, only strict", then cried and said she is scared of him. She
gave me a second number, [[07492 283 454|phone]], "only for texts". Explained the referral.

[[09/10/2026|date]] 09:05 | Attendance | Recorded by: [[Paula Lunt|name]] (attendance officer)
Dad rang at 08:20 to say [[Leyla|name]] is "going to Azerbaijan for her grandmother, two months". Mum's text number not answered.
Told DSL immediately; DSL rang SW [[Rachel Unsworth|name]] at 08:40.

[[09/10/2026|date]] 16:30 | Update | Recorded by: [[Nadine Gerrard|name]]
SW says mum and both children went to a refuge this afternoon; dad had booked flights [[Manchester|place]] to [[Baku|place]] via
[[Istanbul|place]] for
[[11 October|date]]. Police have an order in place. [[Leyla|name]] will not be in school for a few days. DO NOT give any information
about the family to Mr [[Hüseynov|name]] or to his brother, Mr [[Ilham Huseynov|name]] of [[Huyton|place]], if they come or ring.

[[02/11/2026|date]] 08:40 | Wellbeing | Recorded by: [[Kath Wareing|name]]
[[Leyla|name]] back. Travels by taxi from [[Walton|place]] (driver [[Steve|name]], Delta). Very quiet. Friend [[Amelia Roby|name]]
is sitting with her at lunch.
"""),
    ("interpreter's translation of voice notes", """TRANSLATION - VOICE NOTES (WhatsApp), Azerbaijani to English
Translator: [[Günel Əliyeva|name]], LinguaMersey, reg. no. LM-2290        Requested by: [[Rachel Unsworth|name]], SW
Source: 4 voice notes Ms [[Aysel Məmmədova|name]] received between [[18.10.2026|date]] and [[20.10.2026|date]], played to me from her phone
in the refuge on [[21.10.2026|date]]. Names are written as the speakers say them, in Azerbaijani spelling, with the English
spelling in brackets the first time. Translator's notes in [square brackets].

Note 1 - from "Ana" [= Mum; the saved contact, Ms [[Məmmədova|name]]'s mother, [[Sevda Məmmədova|name]], in [[Sumqayıt|place]]
([[Sumgait|place]]); number [[+994 50 412 37 86|phone]]] - [[18.10.2026|date]], 1 min 12 s
"[[Ayselim|name]], qızım [my daughter], [[Elnur|name]] rang me. He is crying, he says you stole his children. He says he will come
to [[Sumqayıt|place]] and wait for you at our door, at [[Sülh küçəsi 14|address]]. [[Rəşad|name]] ([[Rashad|name]]) [her brother] says
stay in England. Don't listen to anybody. Kiss [[Leylacan|name]] and [[Muradik|name]] for me."
[Translator: "-can" and "-ik" are loving endings: [[Leylacan|name]] = [[Leyla|name]], [[Muradik|name]] = [[Murad|name]].]

Note 2 - from "[[Elnur|name]]" (number [[07917 857 762|phone]]) - [[19.10.2026|date]], 2 min 40 s
"[[Aysel|name]]. You have shamed me in front of the whole community. [[İlham|name]] went to the school and they would not even say
where you are. Who told you to go to these English people? My mother in [[Bakı|place]] (i.e. [[Baku|place]]) has a room ready for the
children,
on [[Nizami küçəsi|address]]. [[Leyla|name]] is a girl, she needs her father's family. Bring them back or I will take them myself."

Note 3 - from "[[Nərmin|name]] xala" [xala = aunt; Ms [[Məmmədova|name]] says this is her aunt [[Nərmin Qasımova|name]] in
[[Xırdalan|place]]] (number [[+994 12 493 58 21|phone]]) - [[20.10.2026|date]], 0 min 48 s
"[[Aysel|name]], your mother is ill with worry. [[Elnur|name]]'s mother came to see her with sweets and said everything will be
forgiven. Don't believe it."

Note 4 - from "[[Elnur|name]]" - [[20.10.2026|date]] 23:41, 0 min 20 s
"Tell [[Murad|name]] Papa bought him the Lego. Tell him it's at home in [[Halewood|place]]. He should ask for his papa."

Also on the phone, a text in Russian in Cyrillic from "[[Севда Мамедова|name]]" (the grandmother, saved under her name in
Russian): "[[Айсель|name]], позвони мне. Мама." ("[[Aysel|name]], call me. Mum.")
"""),
    ("MARAC referral form", """MARAC REFERRAL FORM - KNOWSLEY MARAC
Referring agency: Ditton Brook Council Children's Social Care     Referrer: [[Rachel Unsworth|name]]   Tel: [[0151 443 5190|phone]]
Email: [[rachel.unsworth@dittonbrook.gov.uk|email]]     Date of referral: [[12/10/2026|date]]     DASH score: 17/24

VICTIM
Name: [[MƏMMƏDOVA, Aysel|name]] (also [[MAMMADOVA|name]])   DOB: [[15/09/1990|dob]]   Gender: F   Ethnicity: White other (Azerbaijani)
Address: refuge - DO NOT SHARE OUTSIDE MARAC - [[Flat 3, 9 Carr Lane East|address]], [[L11 4SG|postcode]]
Previous address: [[27 Baileys Lane|address]], [[Halewood|place]], [[L26 0TX|postcode]]
Safe contact number: [[07931 791 442|phone]] (text first)   Interpreter needed: No (Azerbaijani/Russian available if wished)

PERPETRATOR
Name: [[HÜSEYNOV, Elnur|name]] (also [[Elnur HUSEYNOV|name]])   DOB: [[02/02/1985|dob]]   NI: [[SH 47 90 16 A|ni]]
Address: [[27 Baileys Lane|address]], [[Halewood|place]]   Tel: [[07917 857 762|phone]]
Vehicle: grey Toyota Prius, private hire, [[LO70 KZE|vehicle]] (licensed with Knowsley; works for a firm in [[Huyton|place]])
Relationship: husband (religious and civil marriage, [[Bakı|place]], 2013)

CHILDREN IN THE HOUSEHOLD
[[Leyla HÜSEYNOVA|name]], [[20.08.2014|dob]], [[Arncliffe Park Academy|school]]
[[Murad HÜSEYNOV|name]], [[11.01.2019|dob]], [[Foxhill Lane Primary School|school]]

SUMMARY OF RISK
Jealous and controlling behaviour for 12 years (checks her phone, controls all money, stopped her working at the nail bar on
[[Church Road|address]]); pushed [[Leyla|name]] (11) into the fridge in September; strangled Ms [[Məmmədova|name]] on
[[3 October 2026|date]]
"until I saw black"; threatened to take the children to [[Baku|place]] and booked flights for [[11/10/2026|date]] (the children's passports
are Azerbaijani, held by him). His brother [[Ilham Huseynov|name]] ([[Roby Road|address]], [[Huyton|place]]) has come to the school.

ACTIONS ALREADY TAKEN
Police attended [[09/10/2026|date]] (PC [[Daniel Heaton|name]], incident 0562); PPO and port alert; family in refuge since
[[09/10/2026|date]]; IDVA [[Lorraine Cropper|name]] (Knowsley Domestic Abuse Service) allocated; solicitors [[Kaur|name]] &
[[Whitby|name]] applying for a prohibited steps order.
"""),
    ("child and family assessment", """DITTON BROOK COUNCIL - CHILD AND FAMILY ASSESSMENT (SINGLE ASSESSMENT) - ANALYSIS AND PLAN
Children: [[Leyla Hüseynova|name]] (12) and [[Murad Hüseynov|name]] (7)        Assessment started [[02/10/2026|date]], completed [[27
November 2026|date]] (day 40)        Social worker: [[Rachel Unsworth|name]]        Manager: [[Femi Adeyemi|name]]

Who the family are
[[Aysel Məmmədova|name]] (36) and [[Elnur Hüseynov|name]] (41) came to the UK from [[Sumqayıt|place]] in 2017, when Mr [[Hüseynov|name]]
took a
job with a cousin's taxi firm in [[Huyton|place]]. They lived first in [[Kensington|place]], [[Liverpool|place]], and since 2020 at
[[27 Baileys Lane|address]], [[Halewood|place]]. Ms [[Məmmədova|name]] trained as a pharmacist in [[Baku|place]] and worked as a nail
technician here until her husband stopped her. Her mother [[Sevda|name]] and brother [[Rəşad|name]] are in [[Sumqayıt|place]]; her aunt
[[Nərmin|name]] is in [[Xırdalan|place]]. Mr [[Hüseynov|name]]'s mother lives in [[Baku|place]] and his brother [[İlham|name]]
("[[Ilham|name]]") in
[[Huyton|place]]. The family are Shia Muslim and go to the mosque on [[Earle Road|address]] at Novruz and the Muharram nights; Ms
[[Məmmədova|name]] says few Azerbaijanis live in Merseyside and "everyone knows everyone", which is why she fears the
community will tell her husband where she is.

What happened
[[Leyla|name]]'s account to her school on [[2 October|date]], of her father shouting at her mother every night and pushing her against
a fridge, and of self-harm, was followed on [[3 October|date]] by Mr [[Hüseynov|name]] strangling Ms [[Məmmədova|name]] in the kitchen
while [[Murad|name]] watched from the stairs. On [[8 October|date]] he booked flights to [[Baku|place]] for himself and the children
and rang the school. Ms [[Məmmədova|name]] went to a refuge in [[Walton|place]] with both children on [[9 October|date]].

The children
[[Leyla|name]] is clever, wants to be a doctor and reads in three languages. She has stopped cutting since the move and sees the
school counsellor, [[Jess Marland|name]], weekly. She told me: "I love Papa but I don't want to live in [[Baku|place]] with his
mum. I want to stay at [[Arncliffe|school]] with [[Amelia|name]]." [[Murad|name]] wets the bed and asks every night if Papa is coming.
His teacher at [[Foxhill Lane|school]], Mrs [[Beth Kirkby|name]], says he is "a different boy, jumpy and tearful".

Analysis and plan
The risk of harm from Mr [[Hüseynov|name]] is high, and the risk that he will take the children abroad is real. A child in need plan
(not child protection) is recommended because Ms [[Məmmədova|name]] is protective and engaging. Next steps: a move from the refuge to
a Ditton Brook tenancy away from [[Halewood|place]] and [[Huyton|place]]; passports to be held by the court; contact with the father only
if supervised (the father's solicitor, Mr [[Okan Demir|name]], has asked); [[Murad|name]] to be referred to the Rainbow children's
domestic abuse group at the [[Prescot|place]] family hub.
"""),
]


# --- D. Al-Zoubi / Haddad family (Jordanian), Stockbridge Village, with family in Irbid and Zarqa ---------------------------

HOME_D = d.Address("12 Waterpark Drive", "Stockbridge Village", "Liverpool", "L28 1QX")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Omar", "Al-Zoubi"), ("Omar", "Alzoubi")], dt.date(2024, 3, 19), addresses=[HOME_D], ids=["8158069983"],
       schools=["Sunflower Day Nursery"]),
    _p("s", "sibling", [("Salma", "Al-Zoubi")], dt.date(2013, 4, 5), addresses=[HOME_D], ids=["3397626005", "M340242508996"],
       schools=["Finch Lane Academy"]),
    _p("m", "mother", [("Rania", "Haddad")], dt.date(1988, 12, 1), addresses=[HOME_D], phones=["07981 385 839"]),
    _p("f", "father", [("Khaled", "Al-Zoubi")], dt.date(1983, 6, 21), addresses=[HOME_D], phones=["07901 005 774"],
       ids=["TJ 82 05 46 D"]),
    _p("g", "grandparent", [("Mahmoud", "Al-Zoubi")], phones=["+962 79 512 3846"]),
    _p("p1", "professional", [("Laura", "Tyrer")], phones=["0151 489 2661"], emails=["laura.tyrer@dittonbrook.gov.uk"]),
], "c")

DOCS_D = [
    ("emergency department safeguarding referral", """ALDER HEY CHILDREN'S NHS FOUNDATION TRUST - EMERGENCY DEPARTMENT
SAFEGUARDING REFERRAL TO CHILDREN'S SOCIAL CARE (sent by secure email to the Ditton Brook front door)

Date of attendance: Sunday [[25 October 2026|date]], arrived 21:14        Referral sent: [[26/10/2026|date]] 01:05
Referrer: Dr [[Sophie Lindqvist|name]], ST5 Paediatric Emergency Medicine, bleep 4471; discussed with the named nurse for
safeguarding, [[Gráinne Tobin|name]]
Child: [[Omar AL-ZOUBI|name]]   DOB: [[19/03/2024|dob]] (2 years 7 months)   NHS: [[815 806 9983|nhs]]
Address: [[12 Waterpark Drive|address]], [[Stockbridge Village|place]], [[Liverpool|place]] [[L28 1QX|postcode]]
Brought by: father, Mr [[Khaled Al-Zoubi|name]] ([[07901 005 774|phone]]), and sister [[Salma|name]] (13). Mother, Mrs
[[Rania Haddad|name]],
at home (father said "she is sick"). Interpreter offered (Arabic); father declined, his English is fluent.
GP: Stockbridge Village Medical Centre (on the shared record: no previous attendances of concern).

Presenting complaint and history
Scald to the right forearm and the back of the right hand. Father's account: [[Omar|name]] pulled a cup of tea (with milk) off the
coffee table at about 17:00 today. [[Salma|name]]'s account, given separately in the cubicle while father was at the desk: it happened
"yesterday, at dinner time", she put cold water on it and "wrapped it in cling film like on YouTube", and her mum "was in bed".
Father then agreed it "may have been Saturday". Delay in presentation approx. 24-28 hours.

Examination
Superficial partial-thickness scald, approx. 2% TBSA, pattern in keeping with a spill from above (no glove or sock pattern, no
clear tide lines). No other injuries; skeletal survey not indicated (over 2); top-to-toe check normal; weight on the 25th centile.
[[Omar|name]] was clingy to [[Salma|name]] and called her "[[Sallouma|name]]". He did not go to his father.

Concerns
Delay in seeking help; a child of 13 giving first aid and, it seems, the main care; the mother's health not known to us. The
injury itself is consistent with the history of a spill.

Plan
Dressings at the burns unit clinic, Tuesday [[27/10|date]] 09:30. Health visitor (Knowsley 0-19, [[Roby|place]] team) informed.
Discharged home with father and sister at 23:40. [[Salma|name]] asked "will you tell my school?".
"""),
    ("health visitor's notes typed on a phone", """HV notes - typed on phone in car after visit, to tidy later. LT aware.
[[28/10/26|date]] 11.10 HV [[Kirsty Dwyer|name]], new birth team cover, [[Roby|place]] 0-19
Visit to [[12 Waterpark Dr|address]] re [[Omar|name]] scald (AH ED [[25/10|date]])
- mum [[Rania|name]] answered door in pyjamas, v flat, lights off, curtains shut. said in english "im sorry house is bad"
- [[Omar|name]] on sofa w ipad, dressing clean + dry, arm ok, using hand to point. weight not done (scales in car, mum asked me
not to)
- [[Salma|name]] NOT in school - mum said she stayed home "to help". she is 13!! making [[Omar|name]] toast when I arrived.
rang [[finch lane|school]] after (office [[Jan|name]]) - [[salma|name]] 6 days off this half term
- dad at uni (PhD, engineering, univ of liverpool), back 6pm
- mum: baby lost at 20 wks in July?? she said "[[July 4th|date]]" - born asleep - buried at Kirkdale cemetery. no one
told us!! not on record. mum crying, said "in [[Irbid|place]] my mother would be here". her mum died 2023. her sister [[Dima|name]]
in [[Zarqa|place]] rings every day on whatsapp video
- EPDS 21. no thoughts of self harm today she says but "sometimes I want to sleep and not wake"
- GP not aware. no meds
- neighbour [[Maureen|name]] at [[no 14|address]] ("[[Mo|name]]") brings round shopping sometimes, mum likes her
- [[Omar|name]] talks arabic + some english, says "[[Sallouma|name]]" + "mama" + "[[Mo|name]]"
TODO: ring GP (Dr [[Okafor|name]]) today for urgent mood appt; perinatal MH referral; tell [[Laura|name]] SW; ask [[salma|name]]
about young carers (Knowsley YC, [[Tina|name]])
- mum gave me her sisters number for emergency: [[+962 77 914 2206|phone]] ([[Dima Haddad|name]])
"""),
    ("a father's own letter", """[[Khaled Al-Zoubi|name]]
[[12 Waterpark Drive|address]]
[[Stockbridge Village|place]]
[[L28 1QX|postcode]]
[[khaled.alzoubi83@gmail.com|email]]

[[3rd November 2026|date]]

To Ms [[Laura Tyrer|name]], Social Worker, and to whoever reads this

Dear Ms [[Tyrer|name]],

I am writing because I could not say everything at the meeting on Friday, and my English is better written than spoken
when I am upset.

First, thank you. I did not know how ill my wife was. In our culture we do not speak of these things, and [[Rania|name]] hid it
from me and from her family. Since the loss of our daughter [[Jana|name]] ([[جنى|name]]), who was born sleeping on [[4 July|date]], my
wife has
not been herself. I was working day and night on my thesis and on the evening shifts at the warehouse in [[Knowsley Industrial
Park|place]] and I left everything to [[Salma|name]]. That was wrong. [[Salma|name]] is a child.

About the tea. I told the doctor Sunday because I was ashamed that we waited. It was Saturday. [[Salma|name]] did the right thing with
the water. I should have taken [[Omar|name]] that night. I understand why you must ask.

I have spoken to my supervisor, Professor [[Helen Ainsworth|name]], and I will stop the evening job from [[16 November|date]]. My
cousin [[Yousef|name]] ([[يوسف|name]]) from [[Manchester|place]] will stay with us for two weeks. My father, [[Mahmoud Al-Zoubi|name]]
([[محمود الزعبي|name]]), in [[Irbid|place]] has offered to pay for [[Rania|name]]'s sister [[Dima|name]] ([[ديما حداد|name]]) to come from
[[Zarqa|place]] for
three months. She will need a visitor visa. Could your office write a letter to support this? Her address is [[Hay Ma'soum,
Street 36, Building 7|address]], [[Zarqa|place]], and her phone is [[+962 77 914 2206|phone]]. My father's number is
[[+962 79 512 3846|phone]] if the embassy needs it.

[[Salma|name]] asked me to tell you that she wants to go to the young carers club on Wednesdays with her friend [[Hope|name]]. I
agree. She asked also that [[Omar|name]] can keep going to [[Sunflower|school]] every morning so she can go to school.

My wife wrote one line in Arabic for you and asked me to translate it: "أنا آسفة. أريد أن أتحسن من أجل [[سلمى|name]] و[[عمر|name]]."
("I am sorry. I want to get better for [[Salma|name]] and [[Omar|name]].")

Yours sincerely,

[[Khaled Al-Zoubi|name]] ([[خالد الزعبي|name]])
Father of [[Salma|name]] and [[Omar|name]]
"""),
    ("child in need review minutes", """CHILD IN NEED REVIEW MEETING - MINUTES
Children: [[Salma Al-Zoubi|name]] (DOB [[05.04.2013|dob]], UPN [[M340242508996|upn]]) and [[Omar Al-Zoubi|name]] (DOB [[19.03.2024|dob]])
Date: Monday, [[7 December 2026|date]], 16:00, at the family home, [[12 Waterpark Drive|address]]
Present: [[Khaled Al-Zoubi|name]] (father); [[Rania Haddad|name]] (mother, for the first half); [[Laura Tyrer|name]] (SW, chair);
[[Kirsty Dwyer|name]] (HV); Mr [[Conor Pennington|name]] (Head of Year 8, [[Finch Lane Academy|school]]); [[Tina Marsh|name]] (Knowsley
Young Carers); [[Samira Nasser|name]] (Arabic interpreter, for Mrs [[Haddad|name]], by choice)
Apologies: Dr [[Chidi Okafor|name]] (GP) - report sent; [[Ruth Hesketh|name]] (perinatal mental health team)

1. Progress since the plan began ([[6 November|date]])
Mrs [[Haddad|name]] has seen the perinatal team three times and started medication; she said through [[Samira|name]] that she is
"sleeping at night now, not in the day". Her sister [[Dima|name]] arrived from [[Zarqa|place]] on [[29 November|date]] and is staying until
February. [[Omar|name]]'s arm has healed; the burns clinic discharged him on [[17 November|date]]. He goes to
[[Sunflower Day Nursery|school]]
on [[Stockbridge Lane|address]] five mornings. [[Salma|name]]'s attendance since half term is 98%. Mr [[Pennington|name]] said she came
second in the Year 8 maths challenge at [[Prescot|place]] and has joined the young carers group with her friend [[Hope Gallagher|name]].

2. The children's wishes
[[Salma|name]] (seen alone by [[Laura|name]] on [[2 December|date]]): "It's better. Khalto [[Dima|name]] cooks mansaf and Mum laughs
again. I
want to go to [[Irbid|place]] in the summer to see Jiddo." [[Omar|name]] was too young to give a view; observed happy and
chatting to his aunt in Arabic.

3. Risks still present
The family has no one in [[Liverpool|place]] once [[Dima|name]] leaves; Mr [[Al-Zoubi|name]]'s viva is in March; the anniversary of
[[Jana|name]]'s
death in July.

4. Decision
Child in need plan continues for three months; review on [[8 March 2027|date]]. SW to ask the Arabic women's group at the
Liverpool Arabic Centre ([[Toxteth|place]]) if a volunteer can visit after [[Dima|name]] goes.
"""),
]


# --- E. Bickerstaffe / Rainford family (white British), Ainsdale, Southport, with a grandmother in Churchtown --------------

HOME_E = d.Address("9 Shore Road", "Ainsdale", "Southport", "PR8 2PX")
NAN_E = d.Address("22 Botanic Road", "Churchtown", "Southport", "PR9 7NE")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Ellie-Rose", "Bickerstaffe")], dt.date(2011, 7, 2), addresses=[HOME_E, NAN_E],
       ids=["7071248109", "J343418553457"], schools=["Larkhill Dunes Academy"], phones=["07488 183 577"]),
    _p("m", "mother", [("Dawn", "Bickerstaffe")], dt.date(1981, 3, 8), addresses=[HOME_E], phones=["07518 776 697"],
       ids=["PB 19 73 52 D"]),
    _p("sf", "other", [("Warren", "Rainford")], dt.date(1978, 9, 19), addresses=[HOME_E], phones=["07452 173 485"]),
    _p("g", "grandparent", [("Margaret", "Bickerstaffe")], dt.date(1950, 5, 27), addresses=[NAN_E], phones=["01704 533 812"]),
    _p("p1", "professional", [("Joel", "Banks")], phones=["01704 876 214"], emails=["joel.banks@rimrosevale.gov.uk"]),
], "c")

DOCS_E = [
    ("chronology of significant events", """CHRONOLOGY OF SIGNIFICANT EVENTS - [[Ellie-Rose BICKERSTAFFE|name]] (DOB [[02/07/2011|dob]])
Compiled by [[Joel Banks|name]], SW, [[Southport|place]] Adolescent Team, for the strategy discussion on [[26/11/2026|date]]. Sources in
brackets.

[[02/07/2011|date]] | Born Southport and Formby District General Hospital to [[Dawn Bickerstaffe|name]] (30); father [[Paul
Maghull|name]] not named on the birth certificate, no contact since 2014 (mother).
11/2019 | [[Warren Rainford|name]] moves in at [[9 Shore Road|address]], [[Ainsdale|place]] (mother).
[[15/05/2024|date]] | Police called by a neighbour, Mrs [[Hilda Rimmer|name]] (no. 11), to shouting; [[Ellie-Rose|name]] (12) says
[[Warren|name]] "grabbed my arm"; NFA (Merseyside Police, log 0871).
09/2025 | Starts Y10 at [[Larkhill Dunes Academy|school]]; first of 4 internal exclusions (school).
[[14/06/2026|date]] | Missing overnight; found at Pleasureland at 01:00 with two men aged 19 and 24 (police).
[[20/06/2026|date]] | Moves to her nan, [[Margaret|name]] ("[[Peggy|name]]") [[Bickerstaffe|name]], [[22 Botanic Road|address]],
[[Churchtown|place]], "until
things calm down" (mother, nan).
[[03/08/2026|date]] | Attends the sexual health clinic at Southport Centre for Health for emergency contraception; says
boyfriend "[[Jay|name]]" is 19 (health).
[[21/09/2026|date]] | Enrols at [[KGV|school]] ([[King George V College|school]]) for a childcare course - school says she has not left
[[Larkhill|school]] and is 15 (school).
[[12/10/2026|date]] | [[Peggy|name]] rings the front door: "[[Ellie|name]] comes in at 3am, smells of weed, has new trainers and two
phones". Her own mobile now [[07488 183 577|phone]] (nan).
[[30/10/2026|date]] | Youth worker [[Ciara Dobbs|name]] sees [[Ellie-Rose|name]] in a grey Audi, [[CV68 OHN|vehicle]], on [[Lord
Street|address]] with an older male (youth service).
[[04/11/2026|date]] | Police identify the driver as [[Jason MOLYNEUX|name]], 23, of [[Crossens|place]]; "[[Jay|name]]" (police).
[[18/11/2026|date]] | [[Ellie-Rose|name]] tells [[Ciara|name]] she "might be pregnant" and that [[Jay|name]]'s mate "[[Deano|name]]" took
photos of her in the flat on [[Eastbank Street|address]] (youth service).
[[24/11/2026|date]] | [[Peggy|name]] finds £200 and a bank card in [[Jason Molyneux|name]]'s name in [[Ellie|name]]'s coat (nan).
"""),
    ("a grandmother's handwritten letter, scanned and OCR'd", """[Scanned from a handwritten letter (2 pages, blue biro) handed in at
Southport Town Hall reception on [[27/11/2026|date]]; the text
below is the OCR output, not corrected, attached to the case record by business support ([[K. Lathom|name]]). Page breaks marked.]

[[22 Botan1c Road|address]]
[[Churchtovvn|place]]
[[PR9 7NE|postcode]]
[[25th Nov 2O26|date]]

Dear Mr [[Banks|name]],

I am [[Ellie-Rose|name]]s Nan, [[Margaret Bickerstaffe|name]] but everyone calls me [[Peggy|name]]. I am 76 and I am not good on
the phone so my neighbour Mrs [[Fazakerley|name]] said write it down.

I have had [[E11ie|name]] since June. I love her to bits but I can not do it any more. She comes in when she likes. On Sunday
night it was 3.20 and a car dropped her off, I seen the man, he is not a boy he is a man with a beard. She calls him
[[Jay|name]]. He has been outside my house 4 times, he parks by the Botanic Gardens gates and beeps. I took his number
plate and gave it to the police lady, it is [[CV68 0HN|vehicle]].

My daughter [[Dawn|name]] will not have her back while [[Warren|name]] is there and I do not blame [[E11ie-Rose|name]] for that. He
is a bully. [[Dawn|name]] has never been the same since our [[Gary|name]] died.

--- page 2 ---

I found a bank card in her coat in his name [[JASON M0LYNEUX|name]] and £200. She said she is minding it for him.
She is not eating. She is sick in the mornings. I am frightened she is expecting.

My sister [[Joan Ince|name]] in [[Birkdale|place]] says I should ring you every day. My phone is [[01704 533812|phone]] but I am
often at the church (St Cuthberts) on Tuesday and Thursday so ring after 2.

Please do something before something happens to her. She is a lovely girl under it all. She wants to do childcare
at [[K.G.V.|school]] and she is good with [[Joan|name]]s grandchildren [[Alfie|name]] and [[Rose|name]].

Yours faithfully
[[M. Bickerstaffe|name]] ([[Peggy|name]])
"""),
    ("a youth worker's dictated notes, speech-to-text", """[Dictated on a phone by [[Ciara Dobbs|name]], Detached Youth Worker, after a
session on [[18 November 2026|date]]; speech-to-text
output pasted in unedited, as the service's recording policy asks. Mis-hearings are the software's.]

session with [[ellie rose bicker staff|name]] full stop met at the usual bench by the marine lake at about four fifteen full stop she
was with her friend [[Keeley|name]] who I think is [[keeley hurst|name]] from the [[kew|place]] comma year ten at [[lark hill|school]]
full stop new
paragraph

[[ellie|name]] said straight away I think I might be pregnant comma then said don't tell my nan full stop said she has not done a test
full stop said [[jay|name]] doesn't use anything comma said he is twenty three not nineteen like she told the clinic full stop she
then said that [[jay|name]]s mate [[dean oh|name]] took photos of her in the flat on [[east bank street|address]] and sent them to people
comma she has
seen them on [[deano|name]]s snap full stop she was crying full stop [[keeley|name]] said [[deano|name]] is called [[dean o'hara|name]]
and lives
in [[hill side|place]] full stop new paragraph

I told [[ellie|name]] I could not keep this to myself and why full stop she said fine but I want [[joel|name]] not the police full stop
I rang [[joel banks|name]] at four fifty on [[01704 876214|phone]] and he said he would ring the
police and come to her nans at six full stop I walked [[ellie|name]] to the bus stop on [[lord street|address]] and gave her a test from
the clinic bag comma she said she would do it at her nans full stop she got the number forty seven full stop new paragraph

actions colon tell my manager [[tony west|name]] full stop update the NRM with [[joel|name]] full stop book [[ellie|name]] in with the
brook nurse next wednesday full stop ends
"""),
    ("strategy discussion record", """RECORD OF STRATEGY DISCUSSION (s47, Children Act 1989)
Child: [[Ellie-Rose Bickerstaffe|name]], 15, DOB [[2 July 2011|dob]], NHS [[707 124 8109|nhs]], UPN [[J343418553457|upn]]
Date and time: [[26 November 2026|date]], 10:30-11:25, by Teams        Chair: [[Angela Kinsey|name]], Team Manager
Present: [[Joel Banks|name]] (SW); DS [[Mike Pendleton|name]] (Merseyside Police, Exploitation); [[Ciara Dobbs|name]] (Youth Service);
[[Vicky Shaw|name]] (DSL, [[Larkhill Dunes Academy|school]]); [[Ann Brophy|name]] (named nurse, Mersey and West Lancashire Teaching
Hospitals); [[Sam Hale|name]] (Brook)

Information shared
DS [[Pendleton|name]]: [[Jason Molyneux|name]] (born [[03/01/2003|dob]]), of [[Sandy Lane|address]], [[Crossens|place]], has a caution for
possession with intent (2022) and was a suspect in a 2024 investigation of a girl of 14 in [[Formby|place]] (no charge). The Audi
[[CV68 OHN|vehicle]] is registered to his mother, [[Christine Molyneux|name]]. [[Dean O'Hara|name]] (22), of [[Hillside|place]], is known
for
sharing indecent images (2025). The flat on [[Eastbank Street|address]] is rented to a [[Ryan Birkdale|name]], not known.
[[Vicky Shaw|name]]: attendance 61%; [[Ellie-Rose|name]] told a teacher, Mrs [[Scarisbrick|name]], on [[20 November|date]] that she is
"with a man
with money". Her friend [[Keeley Hurst|name]] is also a concern.
[[Sam Hale|name]] (Brook): [[Ellie-Rose|name]] did a pregnancy test at the clinic on Tuesday [[24 November|date]]; negative. She gave her
address as her nan's on [[Botanic Road|address]].
[[Joel Banks|name]]: [[Dawn Bickerstaffe|name]] ([[07518 776 697|phone]]) and [[Warren Rainford|name]] were told of the meeting;
[[Dawn|name]] wants [[Ellie-Rose|name]] home but not while she "brings trouble"; [[Peggy Bickerstaffe|name]] feels unable to cope.

Decision
Section 47 enquiry: yes (child sexual exploitation; indecent images). Joint ABE interview to be offered. Police to seek a child
abduction warning notice against [[Jason Molyneux|name]] and to seize devices from [[Dean O'Hara|name]]. SW to look for a
short-term foster placement outside [[Southport|place]] if [[Peggy|name]] cannot continue, with [[Ellie-Rose|name]]'s aunt [[Tracey
Bickerstaffe|name]] in [[Ormskirk|place]] to be assessed first. Review: [[10/12/2026|date]].
"""),
]


# --- F. Crosby / McGovern family (white British and Irish), Bootle, with family in Finglas, Dublin ------------------------

HOME_F = d.Address("5 Knowsley Road", "", "Bootle", "L20 4NN")
MUM_F = d.Address("Room 4, 61 Balliol Road", "", "Bootle", "L20 7EJ")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Storm", "Crosby")], dt.date(2026, 5, 16), addresses=[HOME_F], ids=["7569007204"]),
    _p("s", "sibling", [("Reggie", "McGovern")], dt.date(2021, 9, 3), addresses=[HOME_F], ids=["3431222005", "F343868864684"],
       schools=["St Winefride's Catholic Primary School"]),
    _p("m", "mother", [("Shannon", "Crosby")], dt.date(1998, 1, 14), addresses=[MUM_F], phones=["07757 553 000"]),
    _p("f", "father", [("Anthony", "McGovern")], dt.date(1995, 4, 4)),
    _p("g", "grandparent", [("Paula", "Crosby")], dt.date(1968, 11, 10), addresses=[HOME_F], phones=["07590 613 639"],
       emails=["paulacrosby68@hotmail.co.uk"], ids=["ZT 40 18 59 A"]),
    _p("p1", "professional", [("Becky", "Sutcliffe")], phones=["0151 288 6417"], emails=["becky.sutcliffe@rimrosevale.gov.uk"]),
], "c")

DOCS_F = [
    ("family group conference plan", """FAMILY GROUP CONFERENCE - FAMILY PLAN
For: [[Storm Crosby|name]] (born [[16/05/2026|dob]]) and [[Reggie McGovern|name]] (born [[03/09/2021|dob]])
Held: Saturday [[19 September 2026|date]], 11am-4pm, at the Salvation Army hall, [[Bootle|place]]
Coordinator: [[Marie Kilbride|name]] (independent FGC coordinator)   Social worker: [[Becky Sutcliffe|name]]

Who came
[[Paula Crosby|name]] (Nan, [[Reggie|name]] and [[Storm|name]] live with her); [[Shannon Crosby|name]] (Mum, for the morning); [[Dionne
Crosby|name]] (Mum's sister, [[Kirkby|place]]); [[Kevin Crosby|name]] (Grandad, [[Walton|place]]; Nan and Grandad are separated); [[Bridie
McGovern|name]] (Dad's mum, came over from [[Finglas|place]], [[Dublin|place]]); [[Siobhán McGovern|name]] (Dad's sister, on video from
[[Dublin|place]]); [[Carol Melia|name]] (Nan's best friend and neighbour at [[no. 7|address]]); Father [[Tom Quigley|name]] (parish
priest, St Winefride's, for the first part, at Nan's wish). [[Anthony McGovern|name]] (Dad) is in HMP Altcourse and sent a letter
that [[Marie|name]] read out.

What we are worried about (from the social worker)
[[Storm|name]] was born at Liverpool Women's Hospital with withdrawal from heroin and methadone and was 5 weeks in the neonatal unit.
[[Shannon|name]] is in a supported room on [[Balliol Road|address]] and is trying to get clean. [[Reggie|name]] saw his dad hurt his mum.

Our plan
1. [[Storm|name]] and [[Reggie|name]] stay with Nan at [[5 Knowsley Road|address]]. Nan will apply for a special guardianship order.
2. [[Dionne|name]] has [[Reggie|name]] every Tuesday after school and every other weekend in [[Kirkby|place]]; she will learn to do
[[Storm|name]]'s feeds. Her number: [[07934 531 579|phone]].
3. [[Carol|name]] will sit with the children on Wednesday nights so Nan can go to bingo at the Mecca on [[Stanley Road|address]].
4. Grandad [[Kevin|name]] will do the school run on Mondays and Fridays to [[St Winefride's|school]] in his van ([[PY17 XKD|vehicle]]).
5. [[Shannon|name]] sees the children at Nan's on Sundays 12-4, with Nan there the whole time. She will not come if she has used.
6. [[Bridie|name]] will ring [[Reggie|name]] on video every Sunday from [[Dublin|place]] ([[+353 87 614 2290|phone]]) and have the
children for a week at Easter at [[14 Cappagh Avenue|address]], [[Finglas|place]], if the social worker agrees.
7. Nobody will take the children to see [[Anthony|name]] until the prison's family team has met Nan.
Review FGC: [[12 December 2026|date]].
"""),
    ("special guardianship assessment, extract", """SPECIAL GUARDIANSHIP ASSESSMENT REPORT (Special Guardianship Regulations 2005,
Schedule) - EXTRACT, SECTIONS C AND F
Applicant: [[Paula Jean CROSBY|name]], born [[10 November 1968|dob]], NI [[ZT 40 18 59 A|ni]]
Address: [[5 Knowsley Road|address]], [[Bootle|place]], [[L20 4NN|postcode]]   Tel: [[07590 613 639|phone]]   Email:
[[paulacrosby68@hotmail.co.uk|email]]
Children: [[CROSBY, Storm|name]] ([[16.05.2026|dob]], NHS [[756 900 7204|nhs]]); [[McGOVERN, Reggie|name]] ([[03.09.2021|dob]], NHS
[[343 122 2005|nhs]], UPN [[F343868864684|upn]])
Assessor: [[Becky Sutcliffe|name]], Kinship Team        Court: the Family Court at Liverpool, case LV26C00871

C. The applicant's history
[[Paula|name]] was born in [[Kirkdale|place]], the third of five children of [[Jimmy|name]] and [[Rita Doran|name]], and grew up on
[[Stanley
Road|address]] above her father's barber's. She left [[Bootle High|school]] (now closed) at 16 and worked for 27 years at the
Girobank and then at the Bootle Strand shopping centre as a cleaner and supervisor, retiring with a bad back in 2024. She married
[[Kevin Crosby|name]] in 1988 at St Winefride's; they separated in 2015 and are on good terms. Their daughters are [[Shannon|name]] (28)
and [[Dionne|name]] (31). [[Paula|name]] has lived at [[Knowsley Road|address]] since 1994. She told me the hardest thing in her life
was finding [[Shannon|name]] "blue" in the bathroom in March 2023, and that she "will not lose the babies as well".

Her health: lower back pain, type 2 diabetes (controlled); her GP, Dr [[Amal Saeed|name]] at the Strand Medical Centre, supports the
application (letter of [[2 October 2026|date]]). Her checks: DBS clear; local authority checks: only as [[Shannon|name]]'s mother.

F. The children's needs and the applicant's capacity
[[Storm|name]] is 6 months old and still shows signs of neonatal withdrawal: she is jittery, startles, feeds slowly and screams in
the evenings. The health visitor, [[Pam Rourke|name]], sees her fortnightly; the neonatal follow-up clinic at Alder Hey (Dr
[[Kwame Asante|name]]) has seen her twice. [[Paula|name]] knows every feed time and keeps a chart on the fridge. [[Reggie|name]] is in
Year 1 at [[St Winefride's|school]]; his teacher, Miss [[Ciara Rafferty|name]], says he is "much calmer since Easter". He still
asks when his dad is "coming out of the big house", and he hit another child, [[Mason Halsall|name]], in October.

[[Paula|name]]'s network is strong ([[Dionne|name]]; [[Carol Melia|name]] at [[no. 7|address]]; [[Kevin|name]]; and
[[Bridie McGovern|name]] in
[[Dublin|place]]). The risk is [[Anthony McGovern|name]], due for release on licence in spring 2027 to an approved premises in
[[Warrington|place]], and [[Shannon|name]], who has used twice since August (tests of [[4 August|date]] and [[30 October|date]]).

Recommendation: a special guardianship order to [[Paula Crosby|name]] for both children, with a support plan (see section H).
"""),
    ("a kinship carer's email", """From: [[Paula Crosby|name]] <[[paulacrosby68@hotmail.co.uk|email]]>
Sent: Sun [[22/11/2026|date]] 23:14
To: [[becky.sutcliffe@rimrosevale.gov.uk|email]]
Subject: [[storm|name]] and [[reggie|name]] and [[shannon|name]]

Hiya [[Becky|name]]

sorry its late, cant sleep. I know your not in till monday but I want to write it down while I remember.

[[shannon|name]] came today for contact like normal 12 oclock but she was with a lad I dont know, [[Connor|name]] something, from
[[Seaforth|place]] I think, and he waited outside in a white van smoking. I said he cant come in. she was ok at first, fed [[storm|name]]
and played uno with [[reggie|name]], but she went the toilet 3 times and the 3rd time she was in there 20 mins and come out
different. pinned eyes. I know the signs [[Becky|name]] I have had 10 years of it. I asked her to go and she kicked off and said
I am stealing her kids and she will get a solicitor and I am a "fat old cow". [[reggie|name]] heard all of it. he hid behind
the settee with [[carol|name]]s dog.

[[Carol|name]] come round after and stayed with me. [[Dionne|name]] says I should stop contact till the review but I dont want to be
the one that stops it, its not my place.

also [[Bridie|name]] rang from [[Dublin|place]] and said [[Anthony|name]] is getting out earlier than we thought, maybe January, and
hes told her hes coming for [[reggie|name]] "when hes out". shes frightened of him as well, her own son. she said to tell you,
her landline is [[+353 1 834 7725|phone]] if you want to ring her.

[[storm|name]] had a good week. she held her bottle on her own for the first time on wednesday the [[18th|date]]!! [[Pam|name]] the
health visitor was made up.

I am ok. I am tired. please ring me tomorrow [[07590 613 639|phone]], I am in all day apart from the school run.

[[Paula|name]]
x

Sent from Outlook for Android
"""),
    ("duty line voicemail transcripts", """DUTY AND ADVICE LINE - VOICEMAILS (auto-transcribed by the phone system, checked against the
audio by [[Lisa Tyrer|name]],
duty business support). Mailbox: Kinship Team, [[Bootle|place]]. Retrieved Monday [[23/11/2026|date]] 08:45.

Message 1 - received Sun [[22-11-2026|date]] 18:02 - caller ID [[07757 553 000|phone]] - 0:51
"yeah it's [[Shannon Crosby|name]], [[Storm|name]] and [[Reggie|name]]'s mum. I want to make a complaint about me mum. she's
stopped me seeing me kids for nothing, she's made it all up about me using. I never used. I'm on me script, ask the [[Bootle|place]]
Change Grow Live. ring me back on this number. and tell [[Becky|name]] [[Connor|name]]'s got nothing to do with anything."

Message 2 - received Sun [[22-11-2026|date]] 18:40 - caller ID withheld - 0:33
"hello, my name is [[Dionne|name]], [[Dionne Crosby|name]], [[Paula|name]]'s daughter, I'm ringing about my niece and nephew [[Storm
Crosby|name]] and [[Reggie McGovern|name]]. my sister turned up off her face today at my mum's. can someone ring my mum first
thing please. my number's [[07926 762 200|phone]]. thank you."

Message 3 - received Mon [[23-11-2026|date]] 07:12 - caller ID [[+353 87 614 2290|phone]] - 1:20
"hello, good morning, this is [[Bridie McGovern|name]], I'm the grandmother of [[Reggie|name]], [[Reggie McGovern|name]], calling from
[[Dublin|place]]. I spoke to [[Paula|name]] last night. I want the social worker, Miss [[Sutcliffe|name]], to know that my son
[[Anthony|name]] rang me from the prison on Saturday and he is saying things about taking [[Reggie|name]] when he gets out, he says he
has a flat lined up in [[Norris Green|place]] with a friend of his, a [[Gerard Hanlon|name]]. I don't want any trouble for
[[Paula|name]], she's a saint. you can get me on this mobile or at home, or my daughter [[Siobhán|name]] is on
[[+353 86 305 1179|phone]]. God bless."

Message 4 - received Mon [[23-11-2026|date]] 08:31 - caller ID [[0151 922 4081|phone]] - 0:22
"hi it's [[Fiona|name]], office manager at [[St Winefride's|school]]. just to let [[Becky Sutcliffe|name]] know [[Reggie|name]]'s nan has
rung in, he's a bit upset this morning. the head, Mrs [[Devlin|name]], is happy to talk to her. thanks, bye."
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 77 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 04:39 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "prof", "professor", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "tso", "hv", "cllr",
           "nurse", "sister", "father", "fr", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad",
           "grandpa", "mum", "mummy", "mam", "dad", "daddy", "aunty", "auntie", "uncle", "mama", "papa", "ana", "xala", "əmi",
           "dayı", "nənə", "baba", "khalto", "khalo", "ammo", "jiddo", "teta", "sitto", "um", "abu"}
_AFTER = {"xala", "xanım", "bəy", "senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "ireland", "britain", "great britain", "united kingdom", "uk", "merseyside", "sefton",
               "north sefton", "south sefton", "knowsley", "lancashire", "west lancashire", "the wirral", "azerbaijan", "jordan",
               "russia", "turkey", "europe", "the middle east", "middle east"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name: "TSO", "Father",
# "Khalto", "Jiddo", "Ana", "xala"; after one: "xala") and the boroughs, counties, regions and countries ("Sefton", "Knowsley",
# "Merseyside", "Azerbaijan", "Jordan", "Ireland").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
