"""Set 80: a held-out hand-written set for the redaction detector, six more invented families in Camden, Islington and
Hackney, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or the sets being
written by other helpers at the same time (bench/redaction_set78.py, redaction_set79.py, redaction_set81.py and their tests),
that did not run the detector or any bench script that runs it, that ran no git command, and that looked at no detector
output. What was read: bench/redaction_set21.py and tests/test_redaction_set21.py (the layout and marking conventions
followed here: set 21's module docstring, records, helpers and test in full, and its first and last documents), the
docstrings only of bench/redaction_set7.py to bench/redaction_set77.py (searched for the towns, districts and communities
they used, so as to pick new ones), the `_party`, `Records` and `HandSet` helpers of bench/redaction_handwritten.py, and the
DJANGO_SETTINGS_MODULE line of pyproject.toml (ruff was run, its settings not read).
Phone numbers were checked with the phonenumbers library and NHS numbers and UPNs made and checked with
python-stdnum in small snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported
from the detector module only to build records. Nobody may tune the detector on this set: it is to be scored once, after
the detector's current round of changes. If a mistake in the gold marking is found after scoring, correct only the marking
and say so here.

Six families, each from a district no earlier set (7 to 77) named as a family's home: a white British and Irish mother on
an estate in Somers Town misusing pregabalin and diazepam, with a girl of 9 caring for her brother of 5, a grandmother in
Kilburn with a sister in Drogheda, and a little boy's father in Camden Town shouting through the letterbox (Brady / Fenn); a
St Lucian family in Gospel Oak, a girl of 14 going missing to Hastings and exploited by an older youth, a brother of 11,
a grandmother in Monchy, Gros Islet, who speaks Kwéyòl, and an uncle in Tottenham (Joseph / Charlemagne); a Mandaean
family from Iraq (by way of Amman and Coventry) in Dalston, a mother with severe depression, a girl of 8 scalded making tea
at night, a toddler with delayed speech, an aunt in Sydney and a cousin in Baghdad, Arabic in the chat (Zahroni /
Khaffaji); a mother and two young children living on a narrowboat as continuous cruisers, moored at Hackney Wick, a
father in Homerton kicking the hatch at night, a neighbouring boater who took the boy in, and a grandfather with his own
boat in Hebden Bridge (Hart / Barnes); an Anglo-Indian and white British family in Clerkenwell, a boy of 15 arrested with
a knife, groomed on Instagram, a step-father who complains, a grandmother in Bengaluru and a great-aunt in Perth
(D'Cruz / Hollis); and a Polish family in Kentish Town, debt, a father's drinking after a fall from a scaffold, a
domestic assault, a boy of 12 who rang the police, and a grandmother in Lublin (Wójcik / Mazur). The St Lucian and the
Mandaean communities are ones no earlier set named (nor the Anglo-Indian). 24 documents, about half plain professional
recording (a child protection conference report, a MASH contact record, a return home interview, a health visitor's
contact record, a child and family assessment, strategy discussion minutes, a GP's letter, a police MERLIN notice, child in
need review minutes, an early help assessment) and the rest other writing: a primary school's CPOMS chronology export, a
mother's handwritten letter typed by her advocate, a grandmother's voice notes typed up (twice: in English, and in Kwéyòl
with a translation), a youth worker's email chain, a faxed A&E referral scanned and OCR'd (with "rn" for "m" and "0" for
"O"), a Messenger chat in Arabic and English, a canal trust boater welfare officer's email, a social worker's notes typed
fast on a phone, Instagram DMs from screenshots OCR'd, a step-father's online complaint form, a Polish Saturday school
teacher's bilingual email, a police body-worn video transcript, and a foodbank e-referral.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address, boat and vehicle registration
(street names may be real or invented and carry invented house numbers; the blocks Weller House, Barrington Court, Godwin
House, Gascoyne House and Lindsey House are used freely). Phone numbers are valid numbers (checked with the phonenumbers
library), UK and foreign (St Lucia, Australia, Iraq, India, Ireland, Poland, Sweden); NHS numbers and UPNs (LA numbers 202
Camden, 204 Hackney, 206 Islington) pass their check digits; NI numbers have a valid format. The councils are invented
(Fleet Vale for Camden, Lea Bank for Hackney, Finsbury Vale for Islington) though the boroughs' own names appear; real
schools, hospitals, GP practices, the canal trust, police, charities, shops, pubs, parks, locks and landmarks are named and
stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py (see its docstring). [[words|kind]] is a gold span (name,
address, postcode, place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words stay
outside the name span (Mr, Mrs, Ms, Miss, Dr, PC, DC, Nan, Nanna, Aunty, Uncle, Babcia, Pan, Pani, Tarmida, Umm and the
Arabic أم, Manman, Tonton, nennen, Baba, Tata, Grandad, Mama); every person's name is a name in every form ("SURNAME, First",
"First SURNAME", lower case in messages and notes, OCR-mangled "[[YASMIN ZAHR0NI|name]]", "[[Adarn|name]]"), a possessive or
a bare texting s stays outside ("[[stefan|name]]s"), an initial alone ("b", "w", "KJ", "K", "T") is not marked, a handle
(b.dcruz_11, zakk.ec1_, nanna_yvonne_blr, t.g_n17x) is not marked while a display name that is a plain name is ("[[Tallis
G|name]]", "[[Zak|name]]").

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a narrowboat's name is
an address wherever it appears ("[[Lapwing|address]]", "nb [[Lapwing|address]]", "[[lapwing|address]]", a neighbour's boat
"[[Otter|address]]" and the grandfather's "[[Mistle|address]]"), as set 21's holiday park was, since it locates a home; the
moorings named as districts (Hackney Wick, Tottenham Hale, Enfield Lock) are places and Broadway Market, a street, is an
address; canals, locks, parks and buildings along them (the Hertford Union Canal, Old Ford Lock, Victoria Park, the White
Building, the Olympic Park, Queen's Yard, Spa Fields, Coram's Fields) are landmarks; Hatton Garden and Angel ("angel") are
districts and so places, and street short forms ("[[cally|address]]" for Caledonian Road, "[[exmouth|address]]" for Exmouth
Market) are addresses; a children's centre that runs a nursery is a school ("[[Fernbank Children's Centre|school]]",
"[[Regent's Park Children's Centre|school]]"), but "the childrens centre" said generically is not marked; London
boroughs that share a district's name (Camden, Hackney, Islington) are places when they name the area or a service by it,
while a borough with no town of its name (Haringey) is treated like set 21's Calderdale and left unmarked; a postcode
district alone ("[[NW5|postcode]]") is a postcode; a name in Arabic script, with the Arabic date "[[22 تشرين الثاني|date]]", is
marked like any other; a Polish name in another grammatical case ("[[Zuzi|name]]", "[[Mariusza|name]]", "[[Orlo|name]]", the
plural "[[Wójcikowie|name]]") is a name, and a Polish postcode ("[[20-016|postcode]]") a postcode; "John the Baptist",
a religious figure, is not a person in the case and is not marked; a Kwéyòl spelling of a city ("[[Lonnon|place]]") is a
place and family pet names ("[[Kiki|name]]", "[[Ti-Jay|name]]", "[[Brandy|name]]", "[[Chanty|name]]", "[[Sum-Sum|name]]")
are names; a pub ("the lord napier"), a church, a mosque or a shop is an organisation; a partial car registration
("[[LK19|vehicle]]") is a vehicle; a boat's licence index number, a MERLIN reference, a hospital number, an interpreter's
ID, a complaint or voucher number and a CAD number are not marked.

Self-check without the detector: `python -m bench.redaction_set80` (and tests/test_redaction_set80.py) runs set 15's checker
(which runs the earlier sets' checkers) on this set, adds this set's titles and kinship words and counties, regions and
countries, and prints the number of documents and gold spans per kind: 24 documents,
1,015 gold spans, 561 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Brady / Fenn family (white British and Irish), Somers Town -------------------------------------------------------

HOME_A = d.Address("Flat 23, Weller House, Ossulston Street", "Somers Town", "London", "NW1 1EE")
NAN_A = d.Address("8 Kilburn Vale", "Kilburn", "London", "NW6 4QU")
DAD_A = d.Address("Flat 2, 61 Pratt Street", "Camden Town", "London", "NW1 0DB")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Summer", "Brady")], dt.date(2017, 4, 22), addresses=[HOME_A], ids=["545 755 6832", "B202757426483"],
       schools=["Edith Neville Primary School"]),
    _p("s", "sibling", [("Tyler", "Fenn")], dt.date(2021, 2, 9), addresses=[HOME_A], ids=["611 495 2383"]),
    _p("m", "mother", [("Shannon", "Brady")], dt.date(1996, 10, 3), addresses=[HOME_A], phones=["07931 284 466"],
       ids=["SB 62 41 07 D"]),
    _p("f", "father", [("Craig", "Fenn")], dt.date(1993, 6, 17), addresses=[DAD_A], phones=["07388 201 574"]),
    _p("g", "grandparent", [("Bernadette", "Brady")], dt.date(1968, 1, 30), addresses=[NAN_A], phones=["020 7624 1836"]),
    _p("p1", "professional", [("Imogen", "Fairweather")], phones=["020 7974 3318"],
       emails=["imogen.fairweather@fleetvale.gov.uk"]),
], "c")

DOCS_A = [
    ("school safeguarding log exported from CPOMS", """CPOMS - STUDENT CHRONOLOGY EXPORT - [[EDITH NEVILLE PRIMARY SCHOOL|school]]
Student: [[BRADY, Summer|name]]   Year 4 (Oak class)   DOB: [[22/04/2017|dob]]   UPN: [[B202757426483|upn]]
Exported by: [[F. Okafor|name]] (DSL) on [[02-Nov-2026|date]] for the child protection conference

[[08/09/2026|date]] 08:58  Attendance | Late (L) 08:58 - brought by a neighbour, Mrs [[Doreen Maguire|name]] (Flat 19), who said
Mum "wasn't answering the door". Recorded by [[Kayleigh Ross|name]] (office).
[[15/09/2026|date]] 15:40  Safeguarding | Not collected. [[Summer|name]] waited in the office until 16:55. Mum not answering
[[07931 284 466|phone]]. Nan ([[Bernie|name]]) came from [[Kilburn|place]] by bus. [[Summer|name]] said "Mummy's poorly again" and that
she gave [[Tyler|name]] his Weetabix. Recorded by [[Joe Lennon|name]] (class teacher).
[[23/09/2026|date]] 10:12  Disclosure | In a PSHE circle [[Summer|name]] said she "holds the door shut" when "[[Craig|name]] is
shouting at Mum through the letterbox". Asked open questions (TED). She said [[Craig|name]] is [[Tyler|name]]'s dad and
lives "near the market in [[Camden Town|place]]". Referred to DSL. Action: MASH referral sent 11:30.
[[23/09/2026|date]] 16:20  Contact with agency | MASH acknowledged ([[Camden|place]] front door). Social worker to be
allocated: [[Imogen Fairweather|name]].
[[01/10/2026|date]] 09:05  Health | Head lice again, third time. Hair wash kit given. Mum said on phone she had "no money
till Tuesday". Foodbank voucher sent home (St Mary's Somers Town foodbank).
[[09/10/2026|date]] 12:30  Friendship | [[Summer|name]] and [[Ava-Rose Doherty|name]] fell out at lunch; [[Ava-Rose|name]] said "your mum is
a
crackhead". Both spoken to; [[Ava-Rose|name]]'s mum ([[Ciara Doherty|name]]) phoned.
[[14/10/2026|date]] 14:10  Safeguarding | Bruise, yellow-green, 2 cm, left upper arm, seen in PE by Ms [[Pryce|name]]. [[Summer|name]]
said "[[Tyler|name]] bit me" - consistent with a bite? No teeth marks seen. Body map done. Shared with [[Imogen|name]] same day.
[[21/10/2026|date]] 08:40  Attendance | Absent, no call. Home visit by [[F. Okafor|name]] and [[Joe|name]] at 10:15: [[Flat 23,
Weller House|address]]. Mum answered after 10 mins, very sleepy; flat cold; [[Tyler|name]] (5) in a nappy, not at nursery.
Mum said she had taken "one of her mum's tablets". [[Summer|name]] came in at 11:20.
[[21/10/2026|date]] 11:45  Contact with agency | Phoned [[Imogen Fairweather|name]] ([[020 7974 3318|phone]]). Strategy
discussion to be held. Nursery ([[Regent's Park Children's Centre|school]]) says [[Tyler|name]] has not attended since [[5 Oct|date]].
[[30/10/2026|date]] 15:15  Family | Grandmother [[Bernadette Brady|name]] came in: she wants [[Summer|name]] to stay with her
at [[8 Kilburn Vale|address]], [[NW6 4QU|postcode]] "until [[Shannon|name]] sorts herself out". [[Summer|name]] says she likes Nan's but
"who will look after Mummy".
"""),
    ("mother's own handwritten letter to the conference, typed by the advocate", """[Typed exactly as written by [[Shannon|name]], from a
letter she gave me on [[4/11/26|date]] - spelling kept. [[Rachel
Obi|name]], parent advocate, Family Rights Group]

To the conferance, and [[Imogen|name]],

My name is [[Shannon Brady|name]] I am [[Summer|name]] and [[Tyler|name]]s mum. I know I have let them down this month and I am not
going to lie about it. When I was 14 I lived with my nan in [[Cricklewood|place]] and she let me do what I wanted and I dont want
that for [[Summer|name]]. I started back on the pills after [[craig|name]] kept coming to the flat at night, he was banging and
shouting and [[Doreen|name]] next door called the police twice (the [[19th|date]] and the [[26th|date]] of september). I was scared to
open the door even to the school.

I have been to see Dr [[Ahmed|name]] at the surgery on [[Ossulston street|address]] and I am on the list for Camden Alcohol and Drug
Service and I have a worker [[Dean|name]] there. I have not had a tablet since Friday [[30th|date]]. My mum is helping and I know
[[Summer|name]] likes it at [[Kilburn|place]] but please dont take her out of [[Edith Neville|school]] she has all her friends there and
miss [[lennon|name]] - sorry mr [[lennon|name]] - is the first teacher she ever liked.

[[Tyler|name]] is going back to the childrens centre Monday, my friend [[Jade|name]] from [[Chalton street|address]] is taking
him on the days I have my group. Her number is [[07447 392 615|phone]] if you need to check.

I dont want [[Craig|name]] to have [[Tyler|name]] on his own untill he gets help. He is living with his new girlfriend [[Toni|name]] in
[[Pratt st|address]] and they drink every day.

Please give me a chance. [[Shannon|name]]
[[Flat 23 Weller House Ossulston St NW1 1EE|address]]
"""),
]

DOCS_A += [
    ("initial child protection conference report", """FLEET VALE COUNCIL - CHILDREN'S SAFEGUARDING AND FAMILY HELP
REPORT TO INITIAL CHILD PROTECTION CONFERENCE - [[11 November 2026|date]], 10:00, Crowndale Centre (Room 2.14)

Children: [[Summer BRADY|name]] (dob [[22.04.2017|dob]], NHS [[545 755 6832|nhs]]); [[Tyler FENN|name]] (dob [[09.02.2021|dob]], NHS
[[611 495 2383|nhs]])
Address: [[Flat 23, Weller House, Ossulston Street|address]], [[Somers Town|place]], [[London|place]] [[NW1 1EE|postcode]]
Mother: [[Shannon Brady|name]] (dob [[03.10.1996|dob]]; NI [[SB 62 41 07 D|ni]]); mobile [[07931 284 466|phone]]
Father of [[Tyler|name]]: [[Craig Fenn|name]], [[Flat 2, 61 Pratt Street|address]], [[NW1 0DB|postcode]]; [[07388 201 574|phone]]
Father of [[Summer|name]]: named by the mother as "[[Macca|name]]" ([[Liam McAllister|name]]), last known in [[Dundalk|place]]; no
contact since 2018
Author: [[Imogen Fairweather|name]], social worker. Team manager: [[Paul Okonjo|name]].

1. Reason for conference. A strategy discussion on [[22 October|date]] agreed a s47 enquiry after the school found the mother
drowsy at 10:15 on a school day with [[Tyler|name]] unsupervised, following a disclosure by [[Summer|name]] on the [[23rd of
September|date]] about Mr [[Fenn|name]] shouting through the letterbox, and two police call-outs to the flat.

2. What we are worried about. Ms [[Brady|name]] is using pregabalin and diazepam not prescribed to her; she says from a
"friend of a friend in [[Kings Cross|place]]". [[Summer|name]] (9) is caring for her brother and her mother. Mr [[Fenn|name]] has a
caution for criminal damage at the flat ([[26/09/2026|date]]). Neighbours, Mrs [[Maguire|name]] and Mr [[Tomasz Nowicki|name]] of
[[Flat 21|address]], describe him kicking the door.

3. What is going well. The maternal grandmother, Mrs [[Bernadette|name]] ([[Bernie|name]]) [[Brady|name]], has had [[Summer|name]] for 6
nights since the
[[31st|date]]. Ms [[Brady|name]] has engaged with CADS (worker [[Dean Halloran|name]]) and her GP, Dr [[Samira Ahmed|name]] at
Somers Town Medical Centre. [[Tyler|name]] restarted at [[Regent's Park Children's Centre|school]] on [[9 November|date]].

4. Children's views. [[Summer|name]]: "I want to live with Mummy and Nan in the same house". [[Tyler|name]] is too young to say;
he was seen to cling to his mother and called his sister "[[Sum-Sum|name]]".

5. Recommendation. Child protection plans for both children under the category of neglect. Contact between [[Tyler|name]] and
Mr [[Fenn|name]] to be supervised at the [[Kentish Town|place]] contact centre until he completes an assessment.
[[I. Fairweather|name]], [[6/11/2026|date]]

Appendix: family network and contacts (from the genogram, checked with Ms [[Brady|name]] on [[5/11/2026|date]])
- [[Bernadette Brady|name]] (maternal grandmother, "[[Bernie|name]]"), [[8 Kilburn Vale|address]], [[Kilburn|place]], [[NW6 4QU|postcode]];
  landline [[020 7624 1836|phone]], mobile [[07521 608 843|phone]].
- [[Philomena Reilly|name]] (great-aunt, "Aunty [[Phil|name]]"), [[14 Marsh Road|address]], [[Drogheda|place]], Co. Louth;
[[+353 87 123 4567|phone]].
- [[Jade Kiernan|name]] (friend), [[Chalton Street|address]], [[Somers Town|place]]; [[07447 392 615|phone]]; helps with nursery runs.
- [[Doreen Maguire|name]] (neighbour, [[Flat 19|address]]) and [[Tomasz Nowicki|name]] (neighbour, [[Flat 21|address]]), both of
  [[Weller House|address]].
- [[Toni Reeves|name]] (Mr [[Fenn|name]]'s partner), also at [[Flat 2, 61 Pratt Street|address]], [[Camden Town|place]].
- [[Liam McAllister|name]] ("[[Macca|name]]"), [[Summer|name]]'s father, born [[2 March 1994|dob]]; believed in [[Dundalk|place]] or
  [[Newry|place]]; the family have no address.
"""),
    ("nan's voice notes to the social worker, typed up", """[Three WhatsApp voice notes from Mrs [[Bernadette Brady|name]]
([[020 7624 1836|phone]] is her landline; these came from
her mobile [[07521 608 843|phone]]) to the work phone of [[Imogen Fairweather|name]], typed up by [[Imogen|name]] on [[13/11/2026|date]]
word for word, "[...]" where it could not be heard]

[[13 Nov|date]] 08:02 (1:14)
Hiya love it's [[Bernie|name]], [[Summer|name]]'s nan. Just to say she's grand, had her porridge, I'm walking her to the
[[Kilburn High Road|address]] bus now and she'll be in [[Edith Neville|school]] for nine. Our [[Shannon|name]] rang me last night and
she sounded [...] she sounded better, honest to God. Oh and [[Fenn|name]] was seen. Me friend [[Mary Kavanagh|name]] in
[[Agar Grove|address]] saw him Tuesday outside the [[Somers Town|place]] Tesco with a can. I'm only telling you.

[[13 Nov|date]] 12:47 (0:38)
It's [[Bernie|name]] again. Sorry. The doctor at the [[Kilburn|place]] surgery, Dr [[Gillespie|name]], says I can have [[Summer|name]]
registered there temporary. Is that alright? And me sister [[Philomena|name]] is coming over from [[Drogheda|place]] on the
[[twentieth|date]] for a week, she'll be in [[Summer|name]]'s bed so [[Summer|name]] goes in with me. [[Phil|name]]'s number is
[[+353 87 123 4567|phone]] if you need it.

[[13 Nov|date]] 19:30 (2:05)
[...] [[Summer|name]] had a cry at teatime about [[Tyler|name]]. She says [[Tyler|name]] told her on the phone that "[[Craig|name]]'s
[[Toni|name]]" gave him a Monster drink. A five year old! I'm not having it. Tell [[Shannon|name]] from me she's to ring you. And
[[Summer|name]] wants to know can she go to [[Ava-Rose|name]]'s party Saturday the [[21st|date]] at the Coram's Fields - no,
sorry, it's at the soft play in [[Camden|place]]. [[Ava-Rose|name]]'s mam is [[Ciara|name]], she's lovely. Right, God bless.
"""),
]
# --- B. Joseph / Charlemagne family (St Lucian), Gospel Oak --------------------------------------------------------------

HOME_B = d.Address("37 Barrington Court, Lamble Street", "Gospel Oak", "London", "NW5 4AS")
GRAN_B = d.Address("Monchy Road", "Monchy", "Gros Islet", "")
UNCLE_B = d.Address("22 Lordship Lane", "Tottenham", "London", "N17 8NS")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Kiara", "Joseph")], dt.date(2012, 8, 14), addresses=[HOME_B], ids=["690 933 8855", "L202189126498"],
       schools=["Parliament Hill School"]),
    _p("s", "sibling", [("Jaden", "Charlemagne")], dt.date(2015, 3, 2), addresses=[HOME_B], ids=["780 174 5833"],
       schools=["Gospel Oak Primary School"]),
    _p("m", "mother", [("Marcia", "Joseph")], dt.date(1988, 12, 5), addresses=[HOME_B], phones=["07962 140 357"]),
    _p("g", "grandparent", [("Theresa", "Joseph")], dt.date(1961, 7, 21), addresses=[GRAN_B], phones=["+1 758 452 7318"]),
    _p("u", "relative", [("Kervin", "Joseph")], dt.date(1985, 4, 11), addresses=[UNCLE_B], phones=["07915 382 706"]),
    _p("p1", "professional", [("Hannah", "Whitlock")], phones=["020 7974 4017"], emails=["hannah.whitlock@fleetvale.gov.uk"]),
], "c")

DOCS_B = [
    ("MASH contact and referral record", """FLEET VALE COUNCIL - MULTI-AGENCY SAFEGUARDING HUB - CONTACT RECORD
Contact ID: 4471903   Received: Thu [[1 Oct 2026|date]] 23:14 (by phone, out of hours, then by email [[2 Oct|date]])
Referrer: PC [[Danny Morrow|name]] 1182CN, Missing Persons Unit, Central North BCU; [[daniel.morrow@met.police.uk|email]]
Child: [[JOSEPH, Kiara Lorna|name]]   DOB [[14/08/2012|dob]] (14)   NHS [[690 933 8855|nhs]]   UPN [[L202189126498|upn]]
School: [[Parliament Hill School|school]], Year 10
Address: [[37 Barrington Court, Lamble Street|address]], [[Gospel Oak|place]] [[NW5 4AS|postcode]]
Household: mother [[Marcia JOSEPH|name]] ([[05/12/1988|dob]]), [[07962 140 357|phone]]; brother [[Jaden CHARLEMAGNE|name]]
([[02/03/2015|dob]]), [[Gospel Oak Primary|school]]. [[Jaden|name]]'s father [[Ricky Charlemagne|name]] lives in [[Luton|place]], no
role.

Reason for contact: [[Kiara|name]] reported missing by her mother at 19:40 on [[30/09/2026|date]], the third time since the
summer. Found at 22:50 on [[1 October|date]] by BTP at [[Hastings|place]] railway station with a male aged about 19 known as
"[[Tallis|name]]" (believed [[Tallis Greaves|name]], Haringey), £340 cash and two phones. She would not say how she
got there. Train tickets bought on a card in another name ("[[J. Mensah|name]]").

Previous: missing [[11/07/2026|date]] (found in [[Wood Green|place]]) and [[16-17/08/2026|date]] (found by her uncle [[Kervin
Joseph|name]] at a flat in [[Northumberland Park|place]]).
Mother's view (by phone 23:30): "She's not a bad girl, she's being used". Mother says an older girl "[[Precious|name]]" from
the [[Mansfield Road|address]] blocks introduced her. Mother wants help and wants [[Kiara|name]] to go to her grandmother
[[Theresa Joseph|name]] in St Lucia for a while.

MASH decision ([[02/10/2026|date]], [[Hannah Whitlock|name]], senior practitioner): RED - strategy discussion today; exploitation
screening tool; return home interview by the Missing from Home worker ([[Femi Adeyemi|name]], Brandon Centre). Social worker
allocated: [[Hannah Whitlock|name]], [[020 7974 4017|phone]], [[hannah.whitlock@fleetvale.gov.uk|email]].
"""),
    ("grandmother's WhatsApp voice notes in Kwéyòl, transcribed and translated", """[Voice notes from the grandmother, Mrs
[[Theresa Joseph|name]] ([[+1 758 452 7318|phone]]), in [[Monchy|place]], [[Gros
Islet|place]], to [[Marcia|name]], who forwarded them to the social worker on [[8 Oct 2026|date]]. Transcribed and translated by
[[Gemma St Rose|name]] (Kwéyòl interpreter); the English is in brackets.]

[[07/10/2026|date]], 6:12 PM
Bonjou [[Marcia|name]], sé Manman. Mwen pwan nouvèl [[Kiki|name]]. Voyé ti manmay-la ba mwen, [[Monchy|place]] pa ni
tout sé vakabon [[Lonnon|place]] la.
(Hello [[Marcia|name]], it's Mum. I got the news of [[Kiki|name]]. Send the child to me, [[Monchy|place]] does not have all the
rascals of [[London|place]].)

[[07/10/2026|date]], 6:15 PM
Tonton-y [[Kervin|name]] ka di mwen i wè [[Kiara|name]] épi on nonm an [[Tottenham|place]]. [[Kervin|name]] ka di non misyé-a sé
[[Tallis|name]]. Fò ou kwiyé lapolis.
(Her uncle [[Kervin|name]] tells me he saw [[Kiara|name]] with a man in [[Tottenham|place]]. [[Kervin|name]] says the man's name is
[[Tallis|name]]. You must call the police.)

[[08/10/2026|date]], 7:40 AM
Mwen ja palé épi nennen-y, [[Agnes Felicien|name]] an [[Babonneau|place]]. I ka di [[Kiara|name]] sa rété kay li an [[Babonneau|place]]
si mwen malad. Lékòl-la an [[Castries|place]], [[St Joseph's Convent|school]], sé bon lékòl.
(I have already spoken to her godmother, [[Agnes Felicien|name]] in [[Babonneau|place]]. She says [[Kiara|name]] can stay at
her house in [[Babonneau|place]] if I am ill. The school in [[Castries|place]], [[St Joseph's Convent|school]], is a good school.)

[[08/10/2026|date]], 7:42 AM
Épi [[Jaden|name]]? Pa bliyé ti gason-an. [[Ti-Jay|name]] bizwen manman'y osi.
(And [[Jaden|name]]? Don't forget the little boy. [[Ti-Jay|name]] needs his mother too.)

Interpreter's note: "Manman" (Mum), "Tonton" (uncle) and "nennen" (godmother) are kinship words. "[[Lonnon|place]]" is
[[London|place]]. "[[Kiki|name]]" and "[[Ti-Jay|name]]" are family pet names for [[Kiara|name]] and [[Jaden|name]].
"""),
]

DOCS_B += [
    ("youth worker's email chain about a girl at risk of exploitation", """From: [[Femi Adeyemi|name]]
<[[f.adeyemi@brandoncentre.org.uk|email]]>
To: [[Hannah Whitlock|name]]; [[Lisa Carrington|name]] (DSL, [[Parliament Hill|school]])
Date: Mon, [[19 Oct 2026|date]] 17:22
Subject: RE: RE: KJ - Saturday

[[Hannah|name]], [[Lisa|name]] - quick one. I met K at the Queen's Crescent Community Centre on Saturday as agreed (her
choice, she won't do the flat). She showed me a Snap from "[[Tallis G|name]]" asking her to "do a ting" in [[Brighton|place]]
Friday. Account: t.g_n17x. She has NOT gone. She said [[Precious|name]] ([[Precious Owusu|name]], Yr 11 at [[La Sainte Union|school]]
she thinks) has her old phone. She asked if she could stay at her uncle's in [[Tottenham|place]] on Friday so nobody can find
her - he is [[Kervin|name]], [[07915 382 706|phone]], [[22 Lordship Lane|address]], [[N17 8NS|postcode]]. I said I'd ask you.
[[Femi|name]]

From: [[Lisa Carrington|name]] <[[l.carrington@parliamenthill.camden.sch.uk|email]]>
Date: Mon, [[19 Oct 2026|date]] 15:05
[[Kiara|name]] was in today for the first time since the [[5th|date]]. She was in the library with Ms [[Baptiste|name]] most of
the day. She was upset at lunch because a boy, [[Remi|name]] ([[Remi Lawal|name]], Yr 11), said in front of people she "works
for [[Tal|name]]". [[Remi|name]] spoken to. I also had a call from a lady who said she is [[Kiara|name]]'s nennen and rang
from a St Lucia number - [[Agnes|name]]? She wanted to know if [[Kiara|name]] can finish the year "back home". I did
not share anything. [[Lisa|name]]

From: [[Hannah Whitlock|name]]
Date: Fri, [[16 Oct 2026|date]] 09:30
All - minutes of yesterday's strategy meeting attached. Key: [[Tallis Greaves|name]] (dob [[03/03/2007|dob]]) is known to
Haringey police; Op Raptor has the [[Northumberland Park|place]] address as "[[Flat 7|address]], [[Lindsey House|address]]". Please
record anything about "[[Tal|name]]", "T" or "[[Greaves|name]]". [[Hannah|name]]
"""),
    ("return home interview after a missing episode", """RETURN HOME INTERVIEW (MISSING FROM HOME AND CARE) - Brandon Centre on behalf of
Fleet Vale Council
Young person: [[Kiara Joseph|name]]     DOB: [[14.08.2012|dob]]     Episode: missing [[30.09.2026|date]] 19:40 - found [[01.10.2026|date]]
22:50
Interview: [[5 October 2026|date]], 16:00-17:10, at [[Kentish Town|place]] library, then a walk to [[Gospel Oak|place]]. Interviewer:
[[Femi Adeyemi|name]]. Offered within 72 hours: yes (refused on the [[2nd|date]] and the [[3rd|date]]).

Where did you go and who with? [[Kiara|name]] said she left her mum's after an argument about her phone and "got the Overground
from [[Gospel Oak|place]]" to meet [[Precious|name]] at [[Highbury|place]]. From there a man in a car (she would only say "a friend
of [[Tal|name]]'s", grey Audi, part of the plate "[[LK19|vehicle]]...") drove them to [[Hastings|place]]. They stayed at a flat
"near the pier" with two older boys; she slept on a sofa. She said she did not go out except to the Co-op.

Did anything happen that worried you? She said no one hurt her. She said she "held some stuff" for [[Tal|name]] and he gave her
the money "for food". She was scared when the police came because she thought she would be "in trouble with [[Tal|name]]".

Why now? She said home is "too much": her mum works nights at the Royal Free, she looks after [[Jaden|name]] "every single
evening", and her mum's boyfriend [[Darnell|name]] "is always there".

What would help? To see her nan in St Lucia ("my granny's house in [[Monchy|place]], I went when I was eight"); to
go to the boxing at the Kentish Town Sports Centre again with her friend [[Aaliyah|name]]; "not to be sent to a children's home".

Push/pull factors, risk: high - CCE and CSE indicators (cash, two phones, travel out of area, older males, a car).
Shared with [[Hannah Whitlock|name]] (SW) and PC [[Morrow|name]] on [[05/10/2026|date]].
[[F. Adeyemi|name]]

People and places she named (for the exploitation map; passed to the police on [[06/10/2026|date]]):
"[[Tal|name]]" / [[Tallis Greaves|name]] (about 19); "[[Precious|name]]" ([[Precious Owusu|name]], 16); "[[Dre|name]]" (the driver);
"[[Mikey B|name]]" (at the [[Hastings|place]] flat, "[[Cambridge Road|address]], top floor"); a girl "[[Shanice|name]]" from
[[Kilburn|place]]; the chicken shop on [[Seven Sisters Road|address]] where they meet; "the blocks off [[Mansfield Road|address]]";
and the Heath, where they "chill".
Her friends who help: [[Aaliyah Thomas|name]] (Year 10), and her cousin [[Keisha Joseph|name]] in [[Edmonton|place]],
[[07983 412 650|phone]].
"""),
]
# --- C. Zahroni / Khaffaji family (Mandaean, from Iraq), Dalston ---------------------------------------------------------

HOME_C = d.Address("Flat 6, 41 Ashwin Street", "Dalston", "London", "E8 3DL")
AUNT_C = d.Address("14 Bigge Street", "Liverpool", "Sydney", "2170")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Yasmin", "Zahroni")], dt.date(2018, 5, 27), addresses=[HOME_C], ids=["625 912 2438", "B204728026325"],
       schools=["Princess May Primary School"]),
    _p("s", "sibling", [("Adam", "Zahroni")], dt.date(2023, 1, 15), addresses=[HOME_C], ids=["598 147 6036"]),
    _p("m", "mother", [("Nadia", "Khaffaji")], dt.date(1992, 9, 9), addresses=[HOME_C], phones=["07440 187 295"]),
    _p("f", "father", [("Sabah", "Zahroni")], dt.date(1986, 2, 1), addresses=[HOME_C], phones=["07706 318 842"]),
    _p("a", "relative", [("Suhad", "Khaffaji")], addresses=[AUNT_C], phones=["+61 2 9731 4482"]),
    _p("p1", "professional", [("Chloe", "Akinola")], phones=["020 8356 5930"], emails=["chloe.akinola@leabank.gov.uk"]),
], "c")

DOCS_C = [
    ("health visitor's contact record", """HOMERTON HEALTHCARE - HACKNEY HEALTH VISITING - CONTACT RECORD (RiO)
Client: [[ZAHRONI, Adam|name]]   DOB [[15-01-2023|dob]]   NHS No [[598 147 6036|nhs]]
Address: [[Flat 6, 41 Ashwin Street|address]], [[London|place]] [[E8 3DL|postcode]]   GP: Sandringham Practice
Contact: [[28/09/2026|date]], home visit, 3 year review (late). HV: [[Rosie Quartey|name]]. Interpreter: Mr [[Basim Yousif|name]]
(Arabic, by phone, The Big Word).

Present: mother [[Nadia Khaffaji|name]] ([[07440 187 295|phone]]), [[Adam|name]], and for the last 10 minutes [[Yasmin|name]] (8),
home from [[Princess May|school]] with a neighbour, Mrs [[Gül Aydın|name]] of [[Flat 4|address]].

Growth and development: weight 12.9 kg (below 9th centile), height on 25th. ASQ-3: communication and personal-social below
cut-off. Few words in Arabic or English; mother says he "says '[[Yasi|name]]' for his sister and 'baba'". Not yet toilet trained.
Not at nursery: mother did not know about free early education; leaflet given for [[Fernbank Children's Centre|school]].

Home: one bedroom, four people; black mould on the bedroom wall; landlord (Mr [[Okan Demir|name]], private, [[07857 204 611|phone]])
"does not answer". Father [[Sabah Zahroni|name]] works as a jeweller's assistant in [[Hatton Garden|place]], long hours.

Maternal mood: PHQ-9 = 19. Mother cried and said (via interpreter) she has "no one here": her sister [[Suhad|name]] is in
[[Sydney|place]], her parents died in [[Baghdad|place]] in 2006, the family left Iraq for [[Amman|place]] in 2014 and came to the
UK in 2021. She goes to the Mandaean community's gatherings in [[Ealing|place]] "only at the feasts" because it is far. She
said that sometimes when [[Adam|name]] cries "I want to disappear". No plan or intent. [[Yasmin|name]] translates for her at the
GP.

Plan: urgent GP appointment (booked for [[30/09|date]] with Dr [[Venn|name]]); referral to Perinatal? (no - child over 2) so
to Talking Therapies in Arabic; speech and language referral; nursery place; share with [[Yasmin|name]]'s school nurse
[[Abby Lorde|name]]; discuss with safeguarding lead [[Jo Marchetti|name]]. Next visit [[12/10/2026|date]].
[[R. Quartey|name]], Specialist Community Public Health Nurse
"""),
    ("A&E safeguarding referral, scanned and OCR'd", """[scanned from a faxed paper referral; OCR text, errors kept: "rn" for "m", "0" for
"O", broken lines]

H0MERTON UNIVERSITY H0SPITAL - EMERGENCY DEPARTMENT
PAEDIATRIC LIAISON / SAFEGUARDING CHILDREN REFERRAL F0RM

Child narne: [[YASMIN ZAHR0NI|name]]           D0B: [[27/O5/2018|dob]]       Hosp no: H4419720
Address: [[Flat 6 41 Ashwin St|address]]
[[Dalst0n|place]] [[E8 3DL|postcode]]
Parent/carer: [[NADIA KHAFFAJI|name]] (rnother)  Tel: [[07440 187295|phone]]
Arrived: [[O3/1O/2026|date]] 21:48   Seen: 22:30   by: Dr [[P. Szymanski|name]] (ST4)

Presenting cornplaint: Child brought by a neighbour ([[Gul Aydin|name]], [[Flat 4|address]]) with a scald to the L forearm, 3 x 4
crn, superficial partial thickness. Child says she was rnaking tea for her rnother "because Marna was in bed" and the
kettle tipped. Mother arrived at 22:10 with the toddler ([[Adarn|name]], 3), distressed, via interpreter (Language Line,
ID 22871) said she had taken "sorne of rny tablets" to sleep.

Concerns: 8 yr old caring for rnother and sibling at night; delay (injury at about 19:30, arrival 21:48); rnother's rnood
(disclosed to nurse [[Lucy Harrow|name]]: "rny husband says I arn useless"). Father [[Sabah|name]] not present - at work in
[[Hatton
Garden|place]]? Not answering [[07706 318842|phone]].

Action: dressing, burns clinic [[06/10|date]]; discussed with [[Hackney|place]] out of hours social worker ([[Stella Bright|name]])
at 23:15; child discharged home with mother and neighbour after father arrived 00:40 on [[04.10.26|date]]. Referral to HV
([[Rosie Quartey|name]]) and school nurse.
Signed: [[Szyrnanski|name]]          Date: [[4/1O/26|date]]
"""),
]

DOCS_C += [
    ("single assessment, family history and analysis", """LEA BANK COUNCIL - CHILDREN AND FAMILIES SERVICE - CHILD AND FAMILY ASSESSMENT
(extract: sections 3, 5 and 7)
Children: [[Yasmin Zahroni|name]] ([[27 May 2018|dob]]) and [[Adam Zahroni|name]] ([[15 January 2023|dob]])
Social worker: [[Chloe Akinola|name]], [[020 8356 5930|phone]], [[chloe.akinola@leabank.gov.uk|email]]
Started [[5 October 2026|date]]; completed [[16 November 2026|date]]. Interpreter for all sessions: Mrs [[Layla Hanna|name]]
(Arabic), by the family's choice a woman and not from their community.

3. Family history. The family are Mandaeans (Sabian Mandaeans), a small gnostic faith who revere John the Baptist and whose rites need
flowing water. [[Sabah|name]] and [[Nadia|name]] were born in [[Baghdad|place]] ([[al-Dora|place]]) and
married there in 2013; both families lost relatives in the sectarian violence. They lived in [[Amman|place]] (in
[[Marka|place]]) from 2014 to 2021 and came to the UK under a resettlement scheme, first to [[Coventry|place]] and, from 2023, to
[[Dalston|place]]. [[Nadia|name]]'s sister, [[Suhad Khaffaji|name]], lives at [[14 Bigge Street|address]], [[Liverpool|place]],
[[Sydney|place]] [[2170|postcode]] (New South Wales), where many Mandaeans settled; her number is [[+61 2 9731 4482|phone]].
[[Sabah|name]]'s cousin [[Wisam Zahroni|name]] is still in [[Baghdad|place]] ([[+964 771 248 3906|phone]]). The priest the
family respect is Tarmida [[Rafid|name]] in [[Ealing|place]]; [[Nadia|name]] asked that he is not contacted.

5. The children's experience. [[Yasmin|name]] is a bright, quiet girl. At [[Princess May|school]] her teacher Ms [[O'Dowd|name]]
says she is "the most grown-up child in Year 4". With me, using drawings, she showed "Mama in bed", "[[Adam|name]] crying",
"me doing tea" and a picture of the sea at "Aunty [[Suhad|name]]'s". She said in English: "I am the mum when Baba is at work".
[[Adam|name]] (3) has delayed speech; he now goes to [[Fernbank|school]] three mornings a week since [[2 November|date]].

7. Analysis. [[Yasmin|name]] is a young carer for a mother with severe depression; the scald on [[3 October|date]] happened when
she was doing adult tasks at night. Mr [[Zahroni|name]] works 60 hours a week and at first minimised this ("in our culture
the girl helps"). Since the GP (Dr [[Hugo Venn|name]]) started treatment and Talking Therapies (Dr [[Maha Saleem|name]])
began, [[Nadia|name]] is more hopeful. Housing: disrepair reported to Lea Bank private sector housing ([[Okan Demir|name]] is the
landlord). Recommendation: child in need plan; young carers service (Hackney Young Carers); no further s47 action.
"""),
    ("Messenger chat between two sisters in Arabic and English, typed up and translated", """[Facebook Messenger chat between
[[Nadia Khaffaji|name]] and her sister [[Suhad|name]] in [[Sydney|place]], shown by [[Nadia|name]] to the
social worker on [[10/11/2026|date]] and typed up with her consent by the interpreter, [[Layla Hanna|name]]. Arabic kept; English
in brackets.]

[[سهاد|name]]: حبيبتي [[نادية|name]] شلونج؟ [[ياسمين|name]] شلون ايدها؟
([[Suhad|name]]: My darling [[Nadia|name]], how are you? How is [[Yasmin|name]]'s hand?)
[[Nadia|name]]: better, the dressing is off. the social worker [[chloe|name]] came again she is kind
[[سهاد|name]]: الحمد لله. تعالي عدنا الى [[سدني|place]] بالصيف، [[آدم|name]] يحب البحر
([[Suhad|name]]: Thank God. Come to us in [[Sydney|place]] in the summer, [[Adam|name]] will love the sea.)
[[Nadia|name]]: [[sabah|name]] says no money for tickets. and he is angry i told the doctor
[[سهاد|name]]: خلي [[صباح|name]] يحچي وياي. انطيني رقمه الجديد
([[Suhad|name]]: Let [[Sabah|name]] talk to me. Give me his new number.)
[[Nadia|name]]: [[07706 318 842|phone]] same one. ya [[suhad|name]] i am tired
[[سهاد|name]]: [[وسام|name]] من [[بغداد|place]] گال يدزلكم فلوس. وحجزت لج موعد ويه الشيخة أم [[رافد|name]] في [[ايلنغ|place]] يوم
[[22 تشرين الثاني|date]]
([[Suhad|name]]: [[Wisam|name]] from [[Baghdad|place]] said he will send you money. And I booked you an appointment with the lady
Umm [[Rafid|name]] in [[Ealing|place]] on [[22 November|date]].)
[[Nadia|name]]: ok. [[yasmin|name]] wants to call you on sunday on video, she has a new friend [[Elif|name]] from downstairs
[[سهاد|name]]: ❤️ بلغي [[ياسمين|name]] خالتها تحبها
([[Suhad|name]]: ❤️ Tell [[Yasmin|name]] her aunty loves her.)
"""),
]
# --- D. Hart / Barnes family (white British, continuous cruisers), a narrowboat moored at Hackney Wick --------------------

HOME_D = d.Address("nb Lapwing, Hertford Union Canal towpath", "Hackney Wick", "London", "E9 5LN")
GRANDAD_D = d.Address("3 Foster Mill Cottages", "Hebden Bridge", "West Yorkshire", "HX7 6AA")
DAD_D = d.Address("Flat 12, Gascoyne House", "Homerton", "London", "E9 7BE")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("River", "Hart")], dt.date(2020, 6, 30), addresses=[HOME_D], ids=["596 032 3508", "J204495326273"],
       schools=["Gainsborough Primary School"]),
    _p("s", "sibling", [("Sky", "Barnes")], dt.date(2024, 3, 8), addresses=[HOME_D], ids=["686 040 3101"]),
    _p("m", "mother", [("Willow", "Hart")], dt.date(1995, 11, 12), addresses=[HOME_D], phones=["07403 772 190"]),
    _p("f", "father", [("Jonah", "Barnes")], dt.date(1990, 8, 4), addresses=[DAD_D], phones=["07586 113 209"]),
    _p("g", "grandparent", [("Malcolm", "Hart")], dt.date(1958, 3, 19), addresses=[GRANDAD_D], phones=["01422 845 317"]),
    _p("p1", "professional", [("Nikhil", "Sood")], phones=["020 8356 4482"], emails=["nikhil.sood@leabank.gov.uk"]),
], "c")

DOCS_D = [
    ("waterways boater welfare officer's email to children's services", """From: [[Carys Penhaligon|name]]
<[[carys.penhaligon@canalrivertrust.org.uk|email]]>
Sent: [[14 September 2026|date]] 11:26
To: Lea Bank Children's Front Door
Subject: Welfare concern - boat "[[Lapwing|address]]" (index no. 528817) - children on board

Hello,

I am the Canal and Waterways Trust's boater welfare officer for the London waterways. I am writing, with the boater's knowledge,
about the family on the narrowboat [[Lapwing|address]], currently on the Hertford Union Canal at [[Hackney Wick|place]] (near the
White Building, opposite the Olympic Park). The owner is Ms [[Willow Hart|name]], mobile [[07403 772 190|phone]]; on board are her
son [[River|name]] (6) and daughter [[Sky|name]] (2).

Since the [[1st|date]] our enforcement team has had three reports from other boaters: a child on the roof of the boat while it
was moving through Old Ford Lock; the stove flue with no carbon monoxide alarm; and on Saturday night ([[12th|date]]) loud
shouting and a man ("[[Jonah|name]]") kicking the side hatch. A boater moored alongside, [[Stefan Lindqvist|name]] of nb
"[[Otter|address]]", took [[River|name]] in for the night and gave him a sleeping bag. [[Stefan|name]] can be reached on
[[07834 650 912|phone]].

[[Willow|name]] was very open when I met her on Sunday. She said [[Jonah Barnes|name]] is [[Sky|name]]'s dad and lives in a flat in
[[Homerton|place]], that he has "been using again", and that she will not let him on the boat. The licence is for continuous
cruising, so she must move every 14 days; she is due to move to [[Tottenham Hale|place]] by the [[26th|date]], which will mean
[[River|name]] has a long journey to [[Gainsborough Primary|school]]. She asked if there is a mooring nearer the school. Her
father, [[Malcolm Hart|name]], lives in [[Hebden Bridge|place]] ([[01422 845 317|phone]]) and has offered to bring his boat
"[[Mistle|address]]" down to moor alongside for the winter.

I have given her a CO alarm and booked a Boat Safety check. Our records show her previous moorings as [[Broadway Market|address]]
and [[Enfield Lock|place]].

Kind regards
[[Carys Penhaligon|name]]
Boater Welfare Officer (London & South East), Canal and Waterways Trust (CRT)
"""),
    ("social worker's notes typed fast on a phone after a towpath visit", """notes on phone - [[N Sood|name]] - [[17/9|date]] towpath visit,
type up later!!

2.15 pm found [[lapwing|address]] moored @ [[hackney wick|place]] under the A12 bridge, not where [[carys|name]] said (moved from the
white building spot sat). [[willow|name]] + [[sky|name]] on board, [[river|name]] @ school
- stove lit, CO alarm on wall (new) + working, test button ok
- boat tidy-ish, 1 cabin, kids sleep in the cross bed, [[willow|name]] on the dinette
- water tank low, w fills @ the tap by Queen's Yard
- [[sky|name]] happy, babbling, nappy ok, red cheeks (teething?)
- w says [[jonah|name]] came sat [[12th|date]] 1am after the lord napier shut, drunk, wanted [[sky|name]]. kicked hatch.
she called 999 (CAD?). police came?? she thinks no. ASK
- [[river|name]] went to [[stefan|name]]s boat ([[otter|address]]). W says [[stefan|name]] is "like an uncle", known 2 yrs. check him??
- [[jonah|name]]s mum [[pauline barnes|name]] in [[leyton|place]] has [[sky|name]] fri-sat sometimes. no number, w will text
- she wants a mooring nr [[gainsborough|school]]. ring CRT re winter moorings (Victoria Park?)
- dad [[malcolm|name]] bringing [[mistle|address]] down nov
- w gp = Lower Clapton Group Practice, dr [[adeleke|name]]
- [[river|name]]'s teacher = mr [[tuck|name]]?? mr [[tuke|name]]? check

3.05 left, [[willow|name]] walked me to the bridge, said "please dont make us leave the boat, its our home".
todo: strat disc? ring school, ring police re [[12th|date]], ring [[malcolm hart|name]]
"""),
]

DOCS_D += [
    ("strategy discussion minutes", """LEA BANK COUNCIL - STRATEGY DISCUSSION (s47 Children Act 1989) - MINUTES
Date: Friday [[18th September 2026|date]], 10:00-10:50, Microsoft Teams
Children: [[River HART|name]] (DOB [[30/06/2020|dob]]) and [[Sky BARNES|name]] (DOB [[08/03/2024|dob]])
Home: narrowboat "[[Lapwing|address]]", continuous cruiser, now at [[Hackney Wick|place]] ([[E9 5LN|postcode]] for post, c/o the
boat)

Present: [[Nikhil Sood|name]] (SW, chair's minutes); [[Andrea Kowalczyk|name]] (TM, chair); DC [[Lewis Adjei|name]] ([[Hackney|place]]
CAIT);
[[Sam Tuke|name]] (DSL, [[Gainsborough Primary School|school]]); [[Ruth Mbeki|name]] (HV, Homerton Healthcare); [[Carys Penhaligon|name]]
(Canal and Waterways Trust, first 20 minutes only).

1. Information shared.
Police: call from Ms [[Hart|name]] on [[13/09/2026|date]] at 01:12; officers attended at 02:40 and found no one; no crime
recorded. [[Jonah BARNES|name]], [[04/08/1990|dob]], of [[Flat 12, Gascoyne House|address]], [[E9 7BE|postcode]], has a conviction
for ABH on a former partner ([[Kelly Stroud|name]], 2019) and a warning marker for weapons. Mobile [[07586 113 209|phone]].
School: [[River|name]] attends 91%; tired on Mondays; wrote in news time on the [[14th|date]]: "[[Jonah|name]] kickd the boat and I
sleepd on [[Stefan|name]]s boat". Mr [[Tuke|name]] has met [[Willow|name]]'s father once.
Health: [[Sky|name]] up to date with immunisations; HV visited the boat in May; mother declined the 2-year review.
CRT: mooring rules; the winter mooring at Victoria Park could be offered from [[1 November|date]] if the licence is paid.
[[Stefan Lindqvist|name]]: no police record found; Swedish national, [[+46 70 123 45 67|phone]] on his licence.

2. Decision. Threshold for s47 met (domestic abuse, a child exposed at night, risk of serious harm from Mr [[Barnes|name]]).
Single-agency s47 by the social worker; police to visit Mr [[Barnes|name]]; consider a DVPN.

3. Actions. SW to see [[River|name]] alone at school by [[22/09|date]]; police to seek the 999 recording; school to share the
news-time page; SW to contact the paternal grandmother [[Pauline Barnes|name]] in [[Leyton|place]] and [[Malcolm Hart|name]] in
[[Hebden Bridge|place]]; CRT to confirm a winter mooring.
Next review: [[2 October 2026|date]].

Post-meeting update ([[21/09/2026|date]], [[N. Sood|name]]): [[River|name]] seen alone at [[Gainsborough|school]] with Mr [[Tuke|name]]
present. He said "[[Jonah|name]] is [[Sky|name]]'s daddy, not mine. My daddy is [[Finn|name]] and he lives in [[Bristol|place]] on a
boat too". Mother confirms [[River|name]]'s father is [[Finn Oduya|name]], a boater, last moored at [[Hanham|place]] near
[[Bristol|place]], mobile [[07834 221 907|phone]]; no contact for a year. Police visited Mr [[Barnes|name]] on [[19/09/2026|date]]
at [[Gascoyne House|address]]; he denied kicking the hatch; a DVPN was not granted. [[Pauline Barnes|name]], [[7 Church
Road|address]], [[Leyton|place]], [[E10 5JP|postcode]], [[07793 408 115|phone]], says she will not leave [[Sky|name]] alone
with her son. [[Malcolm Hart|name]] rang back on the [[20th|date]]: he will bring "[[Mistle|address]]" down from [[Hebden
Bridge|place]] via [[Leeds|place]] and the Aire and Calder, arriving by [[31 October|date]].
"""),
    ("GP's letter to children's social care", """Lower Clapton Group Practice (letterhead)

[[9 October 2026|date]]

[[Nikhil Sood|name]], Social Worker
Lea Bank Children and Families Service

Dear Mr [[Sood|name]]

Re: [[Willow HART|name]], DOB [[12.11.1995|dob]], nb [[Lapwing|address]], [[Hackney Wick|place]]; and her children [[River|name]]
([[30.06.2020|dob]], NHS [[596 032 3508|nhs]]) and [[Sky|name]] ([[08.03.2024|dob]], NHS [[686 040 3101|nhs]])

Thank you for your letter of [[25th September|date]] asking for information for your enquiry, with Ms [[Hart|name]]'s consent.

Ms [[Hart|name]] has been registered with us since 2022. She has a history of anxiety and of post-natal depression after
[[Sky|name]]'s birth, treated with sertraline, which she stopped in the spring. She told me on [[2 October|date]] that she has
been frightened by her ex-partner and that she sleeps badly on the boat because she listens for him. I have restarted
treatment and referred her to the domestic abuse service at Hackney Women's Aid (she agreed).

[[River|name]] was seen on [[29/09/2026|date]] with a cough; he was well cared for, clean and talkative and told me about "our
boat" and "Grandad's boat". [[Sky|name]]'s weight and development are on track.

Mr [[Jonah Barnes|name]] is not registered with this practice. I understand he is registered at the Well Street Surgery.

We have no concerns about Ms [[Hart|name]]'s care of the children beyond those you describe. I would support a settled
winter mooring: cold and damp on the boat are not good for [[Sky|name]]'s chest.

Yours sincerely

Dr [[Folake Adeleke|name]]
GP partner and safeguarding lead
"""),
]
# --- E. D'Cruz / Hollis family (Anglo-Indian and white British), Clerkenwell ----------------------------------------------

HOME_E = d.Address("Flat 31, Godwin House, Margery Street", "Clerkenwell", "London", "WC1X 0HP")
GRAN_E = d.Address("12 Hutchins Road", "Cooke Town", "Bengaluru", "560084")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Brandon", "D'Cruz")], dt.date(2011, 2, 19), addresses=[HOME_E], ids=["459 448 9605", "A206140726663"],
       schools=["Central Foundation Boys' School"]),
    _p("s", "sibling", [("Chantelle", "Hollis")], dt.date(2015, 9, 4), addresses=[HOME_E], schools=["Hugh Myddelton Primary School"]),
    _p("m", "mother", [("Lorraine", "D'Cruz")], dt.date(1987, 6, 26), addresses=[HOME_E], phones=["07940 552 183"]),
    _p("sf", "partner", [("Gavin", "Hollis")], dt.date(1982, 12, 1), addresses=[HOME_E], phones=["07868 213 544"]),
    _p("g", "grandparent", [("Yvonne", "D'Cruz")], dt.date(1960, 4, 2), addresses=[GRAN_E], phones=["+91 98450 12345"]),
    _p("p1", "professional", [("Tamsin", "Greaves")], phones=["020 7527 7400"], emails=["tamsin.greaves@finsburyvale.gov.uk"]),
], "c")

DOCS_E = [
    ("police custody record summary and child protection notification", """METROPOLITAN POLICE SERVICE - MERLIN PAC (Child Coming to Notice)
- MERLIN ref 26MER0917734
Date and time of notice: [[24/10/2026|date]] 18:35      Completed by: PC [[Aaron Whitby|name]] 2291CN, Central North ([[Islington|place]])
Subject: [[D'CRUZ, Brandon Anthony|name]]     DOB: [[19/02/2011|dob]]   Age: 15   Gender: M   Ethnicity (self-defined): Mixed -
"Anglo-Indian"
Home address: [[Flat 31, Godwin House, Margery Street|address]], [[London|place]] [[WC1X 0HP|postcode]]
School: [[Central Foundation Boys' School|school]] (Yr 11)
Parent/carer: mother [[Lorraine D'CRUZ|name]], [[07940 552 183|phone]]; step-father [[Gavin HOLLIS|name]], [[07868 213 544|phone]]
Other children in the household: [[Chantelle HOLLIS|name]] (11)

Circumstances: At 16:50 on Saturday [[24th October|date]] officers on patrol in [[Exmouth Market|address]] stopped [[Brandon|name]]
and two other youths ([[Kyle Mensah-Boateng|name]], 16, and a male who ran off, described as "[[Zak|name]]") after a report of a
robbery of a phone near Spa Fields. [[Brandon|name]] was searched (s1 PACE): a kitchen knife, 14 cm blade, in his waistband. He
was arrested for possession of a bladed article, taken to [[Islington|place]] custody, and interviewed with an appropriate adult
([[Joan Fairley|name]], The Appropriate Adult Service) as his mother could not be reached till 20:10. He said he carries it
"for protection" since he was chased by boys from "[[Caledonian Road|address]]" in September and his Nike jacket taken.

Observations: polite, frightened, asked repeatedly if his "nanna in [[Bangalore|place]]" would find out. A fresh graze on his
left cheek which he said was from the stop. Mother arrived in her work uniform (Moorfields Eye Hospital) and said [[Brandon|name]]
has changed since "[[Gav|name]]" moved in; Mr [[Hollis|name]] did not attend.

Released under investigation. Referred to the Youth Justice Service and to children's social care (Finsbury Vale) for
exploitation screening. Officer in case: DC [[Priya Raman|name]].
"""),
]

DOCS_E += [
    ("Instagram direct messages from screenshots, OCR'd", """[Screenshots of Instagram DMs on [[Brandon|name]]'s phone, shown by his mother
to the social worker on [[29/10/2026|date]];
text taken off the images with the phone's "copy text" (OCR), as it came out. Usernames kept as they appear.]

IMG_4471  ---  b.dcruz_11  <->  "[[Zak|name]]" (zakk.ec1_)
                                               [[Sep 14, 2026|date]] 9:12 PM
[[Zak|name]]: u still want the ting or wat
[[Zak|name]]: dont be moist b
b.dcruz_11: my mum checks my phone bro
[[Zak|name]]: delete it then. come [[angel|place]] 2moro after school
[[Zak|name]]: bring ur lil sis phone if u need
b.dcruz_11: nah leave [[chantelle|name]] out of it
[[Zak|name]]: lol relax

IMG_4472  ---                                   [[Oct 23, 2026|date]] 11:48 PM
[[Zak|name]]: [[kyle|name]] said u bottled it at [[cally|address]]
b.dcruz_11: i got jumped
[[Zak|name]]: so get a shank. i can get u 1 from [[dilly|name]]
[[Zak|name]]: meet 4pm [[exmouth|address]] by the bakery

IMG_4475  ---  b.dcruz_11  <->  nanna_yvonne_blr
                                               [[Oct 25, 2026|date]] 7:30 AM
nanna_yvonne_blr: Good morning my darling [[Brandy|name]], mummy told me. I am praying for you every day at St Francis Xavier's.
nanna_yvonne_blr: Aunty [[Merle|name]] in [[Perth|place]] says come for Christmas, Uncle [[Desmond|name]] will pay. Call me
on WhatsApp [[+91 98450 12345|phone]] not Instagram
b.dcruz_11: sorry nanna 😔 love u
nanna_yvonne_blr: Be a good boy for [[Lorraine|name]] and look after [[Chanty|name]]. And that [[Gavin|name]] too, he is trying.

[Note by the social worker, [[Tamsin Greaves|name]]: "b" is how [[Zak|name]] addresses [[Brandon|name]]. "[[Brandy|name]]" and
"[[Chanty|name]]" are the grandmother's pet names. "[[cally|address]]" is [[Caledonian Road|address]] and "[[exmouth|address]]" is
[[Exmouth Market|address]]. "[[dilly|name]]" is unknown - police told.]
"""),
]

DOCS_E += [
    ("child in need review meeting minutes", """FINSBURY VALE COUNCIL - CHILD IN NEED REVIEW - MINUTES
Children: [[Brandon D'Cruz|name]] (dob [[19 February 2011|dob]], NHS [[459 448 9605|nhs]], UPN [[A206140726663|upn]]) and [[Chantelle
Hollis|name]] (dob [[4 September 2015|dob]])
Meeting: [[26 November 2026|date]], 16:00, at [[Hugh Myddelton Primary School|school]] (after school, the family's choice)
Chair and minutes: [[Tamsin Greaves|name]], social worker, [[020 7527 7400|phone]], [[tamsin.greaves@finsburyvale.gov.uk|email]]

Present: [[Lorraine D'Cruz|name]] (mother); [[Gavin Hollis|name]] (step-father, [[Chantelle|name]]'s father); [[Brandon|name]] (first
half); [[Dev Malhotra|name]] (YJS case manager); Ms [[Cherie Lomax|name]] (Head of Year 11, [[Central Foundation|school]]);
Mrs [[Helen Quist|name]] (learning mentor, [[Hugh Myddelton|school]]). Apologies: DC [[Raman|name]]; [[Chantelle|name]]'s class teacher
[[Joy Aldous|name]].

1. Since the last review ([[27/10/2026|date]]). [[Brandon|name]] received a youth caution on [[11/11/2026|date]] and started the YJS
knife crime programme with [[Dev|name]]. No further police contact. He has moved tutor group and now walks home with his
friend [[Tobi|name]] along [[Amwell Street|address]] instead of through [[Exmouth Market|address]]. He told the meeting: "I want to
do my mocks and go to Nanna's in India for Christmas".

2. Home. [[Lorraine|name]] and [[Gavin|name]] have had two sessions with the family support worker ([[Marisa|name]]). [[Gavin|name]]
said he "came in too hard" with [[Brandon|name]] and now leaves the discipline to [[Lorraine|name]]. [[Brandon|name]] said it is
"better, not perfect". [[Chantelle|name]] (11) was seen alone by me on [[19/11|date]]: she worries about her brother and wants
her own room; she loves her netball at the Finsbury Leisure Centre.

3. Christmas travel. The grandmother, Mrs [[Yvonne D'Cruz|name]], [[12 Hutchins Road|address]], [[Cooke Town|place]], [[Bengaluru|place]]
[[560084|postcode]] (phone [[+91 98450 12345|phone]]), has invited [[Brandon|name]] and [[Lorraine|name]] from [[19 December|date]]
to [[4 January|date]]; a great-aunt, Mrs [[Merle Pinto|name]], lives in [[Perth|place]] ([[+61 8 9245 7731|phone]]). YJS confirmed
the caution puts no bar on travel. Agreed, with the school's work to take.

4. Plan. Continue CIN for 3 months; review [[25 February 2027|date]]. [[Zak|name]] and "[[Dilly|name]]" passed to the police.
"""),
    ("stepfather's online complaint form to the council", """FINSBURY VALE COUNCIL - COMPLAINTS, COMMENTS AND COMPLIMENTS - ONLINE FORM
(submission no. CCC-2026-11842)
Submitted: [[03/11/2026|date]] 23:58

Your details
Title: Mr   First name: [[gavin|name]]   Surname: [[hollis|name]]
Address line 1: [[flat 31 godwin house|address]]   Address line 2: [[margery st|address]]   Town: [[london|place]]   Postcode:
[[wc1x 0hp|postcode]]
Phone: [[07868213544|phone]]   Email: [[gav.hollis82@hotmail.co.uk|email]]
Are you complaining on behalf of someone else? Yes - my step-son [[Brandon D'Cruz|name]] and my partner [[Lorraine|name]]

What is your complaint about? Children's social care

Tell us what happened:
i want to complain about the social worker [[tamsin|name]] who came to our flat on the [[29th|date]] and wrote in her notes that i
am the "reason" [[brandon|name]] changed. i was not even asked. i have been with [[lorraine|name]] 4 years since [[Chantelle|name]]
was 7 and i have done nothing but try with that boy. his real dad [[Wayne D'Cruz|name]] is in [[Perth|place]] with his
new family and has not rung him in 3 years, ask him why [[brandon|name]] is angry. also your police officer [[Aaron|name]] from
the stop told [[lorraine|name]] that i "didnt bother to come", i was at work in [[Farringdon|place]] till 9.

What would you like us to do?
change the notes. and give us a different social worker or let me speak to her manager [[Jas|name]] (i think [[Jasbir
Kaur|name]])
"""),
]
# --- F. Wójcik family (Polish), Kentish Town ------------------------------------------------------------------------------

HOME_F = d.Address("22 Leighton Road", "Kentish Town", "London", "NW5 2QE")
BABCIA_F = d.Address("ul. Narutowicza 14/3", "", "Lublin", "20-016")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Jakub", "Wójcik")], dt.date(2014, 7, 7), addresses=[HOME_F], ids=["700 992 8916", "E202441726158"],
       schools=["Acland Burghley School"]),
    _p("s", "sibling", [("Zuzanna", "Wójcik")], dt.date(2019, 12, 18), addresses=[HOME_F], ids=["527 538 9639"],
       schools=["Torriano Primary School"]),
    _p("m", "mother", [("Agnieszka", "Wójcik")], dt.date(1989, 3, 14), addresses=[HOME_F], phones=["07456 913 028"]),
    _p("f", "father", [("Paweł", "Wójcik")], dt.date(1986, 10, 28), addresses=[HOME_F], phones=["07403 118 629"]),
    _p("g", "grandparent", [("Halina", "Mazur")], dt.date(1963, 5, 5), addresses=[BABCIA_F], phones=["+48 81 532 44 66"]),
    _p("p1", "professional", [("Orla", "Brennan")], phones=["020 7974 1553"], emails=["orla.brennan@fleetvale.gov.uk"]),
], "c")

DOCS_F = [
    ("early help assessment", """FLEET VALE COUNCIL - EARLY HELP ASSESSMENT (family-held copy)
Family: [[WÓJCIK|name]]   Address: [[22 Leighton Road|address]], [[Kentish Town|place]], [[NW5 2QE|postcode]]
Lead practitioner: [[Orla Brennan|name]], Family Help worker, [[020 7974 1553|phone]], [[orla.brennan@fleetvale.gov.uk|email]]
Date of assessment: [[17.09.2026|date]] (home visit) and [[24.09.2026|date]] (at [[Torriano Primary|school]])

Family members: [[Agnieszka Wójcik|name]] (mum, [[14/03/1989|dob]]), [[Paweł Wójcik|name]] (dad, [[28/10/1986|dob]]), [[Jakub|name]]
("[[Kuba|name]]", 12, Year 8 at [[Acland Burghley|school]]), [[Zuzanna|name]] ("[[Zuzia|name]]", 6, Year 2 at [[Torriano Primary
School|school]]). Maternal grandmother [[Halina Mazur|name]] lives in [[Lublin|place]] (Poland) and stays for the summer.

Why we are working together: [[Torriano|school]] raised [[Zuzia|name]]'s attendance (84%), tiredness and her saying "Tata is
sleeping on the floor at [[Mariusz|name]]'s". Mum asked for help with debt and housing: the landlord (the agent is
Hamptons, the owner is Mr [[Desmond Clarke|name]]) has served a section 8 notice for rent arrears of
£4,100.

What is going well: both parents love the children and want to keep them in [[Camden|place]] schools. [[Kuba|name]] plays for a
football club in [[Gospel Oak|place]] and is doing well in maths. Mum works as a cleaner at the Royal Free; dad is a builder, "cash
jobs", and since June has been drinking more after an injury (fell from a scaffold in [[Barnet|place]] on [[4 June|date]]).

What we are worried about: arguments at night (no police call-outs; [[Kuba|name]] told the school nurse [[Bronwen Ellis|name]]
"they shout in Polish so [[Zuzia|name]] won't understand, but she does"); dad staying away at his friend [[Mariusz Kowal|name]]'s
flat in [[Archway|place]]; £900 owed to a man in [[Finsbury Park|place]] ("Pan [[Rysiek|name]]").

Plan: Citizens Advice appointment ([[1 October|date]]); Family Help worker weekly; Polish-speaking alcohol worker at CADS
([[Marta Zielińska|name]]); [[Kuba|name]] to the young carers' group; review [[5 November 2026|date]].

Family tree (drawn with [[Kuba|name]] and [[Zuzia|name]]): Babcia [[Halina Mazur|name]] ([[Lublin|place]]); Dziadek [[Zbigniew|name]]
(died 2020); Ciocia [[Kasia|name]] ([[Katarzyna Mazur|name]]) in [[Dublin|place]], [[+353 86 402 1178|phone]]; Wujek [[Mariusz|name]]
("not a real uncle, dad's friend from work"); dad's parents in [[Zamość|place]]; the cousins [[Oliwia|name]] and [[Antek|name]] in
[[Dublin|place]]. [[Zuzia|name]] drew the cat, Filemon, too.
Friends: [[Kuba|name]]'s best friend [[Elliot Mwangi|name]] ([[Lady Somerset Road|address]]); [[Zuzia|name]]'s friend [[Hania|name]].
"""),
]

DOCS_F += [
    ("Polish Saturday school teacher's email in Polish and English", """From: [[Beata Kaczmarek|name]]
<[[b.kaczmarek@polskaszkolakentish.org.uk|email]]>
To: [[Orla Brennan|name]] <[[orla.brennan@fleetvale.gov.uk|email]]>
Date: sob., [[10 paź 2026|date]], 14:32
Subject: [[Zuzia|name]] i [[Kuba|name]] [[Wójcikowie|name]] / [[Zuzia|name]] and [[Kuba|name]] [[Wójcik|name]]

Dzień dobry Pani [[Orlo|name]],
(Good morning, [[Orla|name]] - I write in both languages as Pani [[Wójcik|name]] asked me to copy her.)

Jestem wychowawczynią [[Zuzi|name]] w polskiej szkole sobotniej (Polska Szkoła Sobotnia, St Dominic's hall, [[Kentish
Town|place]]). Dziś [[Zuzia|name]] powiedziała, że tata "mieszka teraz u wujka [[Mariusza|name]]" i że mama płacze.
(I am [[Zuzia|name]]'s class teacher at the Polish Saturday school. Today [[Zuzia|name]] said that Daddy "lives at uncle
[[Mariusz|name]]'s now" and that Mummy cries.)

[[Kuba|name]] was collected at 13:00 by a man I did not know, who said he was "[[Rysiek|name]]" and a friend of the father;
the father had phoned me at 12:40 from [[+48 601 223 457|phone]] (a Polish number - I have only [[07403 118 629|phone]] for him) to
say it was OK. [[Kuba|name]] went with him but looked unhappy. I rang the mother, [[Agnieszka|name]] ([[07456 913 028|phone]]), who
was at work and did not know. She collected [[Zuzia|name]] herself at 13:15 and said she would call [[Kuba|name]].

Babcia [[Halina|name]] rang me too last week from [[Lublin|place]] ([[+48 81 532 44 66|phone]]) asking me to "keep an eye" on
the children. Her address, if needed, is [[ul. Narutowicza 14/3|address]], [[20-016|postcode]] [[Lublin|place]]. Pani [[Agnieszka|name]]
has said she might take the children to [[Lublin|place]] for Christmas (from [[19.12|date]]).

Z wyrazami szacunku / Kind regards,
[[Beata Kaczmarek|name]]
"""),
    ("police body-worn video transcript of a domestic call", """METROPOLITAN POLICE - BODY WORN VIDEO - TRANSCRIPT (prepared for the MARAC
referral; Polish interpreted live by telephone,
interpreter [[Ewa Nowak|name]], ID 40917)
Camera: PC [[Joshua Ferreira|name]] 3308CN     Start: [[2026-10-17|date]] 23:41:06     Location: [[22 Leighton Road|address]],
[[NW5|postcode]]

23:41  PC [[FERREIRA|name]]: Police, can you open the door please? ... Hello, madam, what's your name?
23:41  Female: [[Agnieszka|name]]. [[Agnieszka Wójcik|name]]. He is gone, he went out the back.
23:42  PC [[FERREIRA|name]]: Who's gone?
23:42  Female: My husband. [[Paweł|name]]. He is drunk, he broke the - (Polish) - the door of the wardrobe.
23:42  PC [[Helen Shaw|name]]: Is anyone hurt? Are there children here?
23:43  Female: My son, [[Kuba|name]] - [[Jakub|name]] - he is upstairs with the little one, [[Zuzia|name]].
23:44  [Stairs. A boy on the landing holding a girl.]
23:44  PC [[SHAW|name]]: Hi mate, what's your name? ... [[Kuba|name]]? Are you alright, [[Kuba|name]]?
23:44  Boy: Yeah. I called you. He pushed Mum into the wardrobe. He said he is going to [[Mariusz|name]]'s.
23:45  PC [[SHAW|name]]: Where does [[Mariusz|name]] live, do you know?
23:45  Boy: [[Archway|place]]. Near the Whittington. [[Junction Road|address]] I think, above the Polish shop.
23:47  Female (via interpreter): He never did this before the accident in June. Please, I don't want him arrested, we
have the court for the flat on [[2 November|date]].
23:49  PC [[FERREIRA|name]]: Control, 3308, suspect [[Paweł WÓJCIK|name]], born [[28/10/86|dob]], white male, grey hoodie, last seen
heading towards [[Kentish Town|place]] station. Phone [[07403 118 629|phone]].
23:52  PC [[SHAW|name]] to the neighbour at no. 20: Sorry, sir, your name? - [[Rob Hennessy|name]]. - Did you hear anything?
- Shouting, a bang, about half eleven. The boy came to mine last month as well, [[Kuba|name]], I gave him a Coke.
23:58  Mother given DASH questions; answers 9 yes. Child protection notification to be made.
"""),
]

DOCS_F += [
    ("foodbank referral form", """TRUSSELL - FOODBANK VOUCHER / REFERRAL (e-referral print)        Foodbank: Camden Central
([[Kentish Town|place]] distribution
centre)
Referral agency: Fleet Vale Family Help     Referrer: [[Orla Brennan|name]]     Date issued: [[21-Oct-2026|date]]

Client name: [[Agnieszka WÓJCIK|name]]        Date of birth: [[14-Mar-1989|dob]]
Address: [[22 Leighton Rd|address]]          Postcode: [[NW5 2QE|postcode]]
Contact number: [[+44 7456 913028|phone]]
Household: adults 1 (partner not living there at present); children 2 - ages 12 and 6 (names: [[Jakub|name]], [[Zuzanna|name]])
Dietary needs: none. [[Zuzia|name]] does not eat pork (mother's note: "she won't, she has a pet pig at Babcia's").
Reason for referral (tick): [x] Debt  [x] Benefit delays (UC new claim since [[19/10/2026|date]])  [ ] Homeless  [x] Other: domestic
abuse, partner left
Can collect? Yes - Thursday 11:00-13:00. If not, her neighbour [[Rob Hennessy|name]] at [[no. 20|address]] will collect
for her.
Other agencies involved: Citizens Advice [[Camden|place]] ([[Daniel Ofori|name]]); Hamptons (letting agent); [[Torriano Primary|school]]
(breakfast club free from [[2 November|date]]); MARAC ([[11 November|date]]).
Voucher number: CC-88214-26
Signed (referrer): [[O. Brennan|name]]
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 80 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 04:50 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cllr", "hhj",
           "nurse", "sister", "coach", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad",
           "grandpa", "mum", "mummy", "mam", "dad", "daddy", "aunty", "auntie", "uncle", "madam", "baba", "mama", "tata",
           "babcia", "dziadek", "ciocia", "wujek", "pan", "pani", "manman", "tonton", "nennen", "tantie", "umm", "abu", "tarmida",
           "sheikh", "أم", "أبو", "خالة", "عمو"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "ireland", "india",
               "st lucia", "saint lucia", "the caribbean", "caribbean", "iraq", "jordan", "australia", "new south wales",
               "western australia", "karnataka", "co. louth", "louth", "poland", "sweden", "europe", "haringey",
               "west yorkshire", "yorkshire",
               "london waterways", "the south east", "south east", "الامارات", "العراق"}


# Checks of the marking itself (no detector involved); an empty list when all is well. Set 15's checker (which runs the
# earlier sets') does the parsing, stray-markup, span, check-digit, NI-format, name-left-unmarked, valid-phone,
# title-inside-name, weekday-inside-date and country-as-place checks; this adds this set's titles and kinship words
# ("Babcia Halina", "Pani Agnieszka", "Pan Rysiek", "Umm Rafid", "Tarmida Rafid", "Aunty Merle", "Uncle Desmond") and
# countries and regions ("St Lucia", "Iraq", "New South Wales", "Poland", "Haringey").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
