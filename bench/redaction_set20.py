"""Set 20: a fifteenth held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-06 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set21.py and tests/test_redaction_set21.py (written by another helper at the same time), that did not run the
detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What was read:
bench/redaction_set19.py and tests/test_redaction_set19.py in full (the layout and marking conventions followed here); the
module docstrings of bench/redaction_set7.py to redaction_set12.py (printed whole, though the middle of set 9's was cut off in
the output) and the paragraphs naming families, towns and document types of the docstrings of sets 9 to 11, 13 to 18 and
bench/redaction_heldout.py (to see which towns and communities earlier sets used as a family's home, and which document
types); of bench/redaction_set15.py, the last lines of its docstring and its imports, word lists (_TITLES, _AFTER,
_NOT_PLACES) and HandSet line; of bench/redaction_handwritten.py, its module docstring, `_party`, `Records`, `HandSet`,
`word_problems`, `_parse`, `_docs` and `sets` (its first record and document were seen in passing); and the source of the
python-stdnum module stdnum.gb.upn (for its list of LA numbers). The checkers of sets 13 to 6 that set 15's checker runs were
not read; the self-check was run to see their findings on this set. The record constructors (d.Party through `_party`,
d.Address, d.CaseRecord) are imported from the detector module only to build records. Nobody may tune the detector on this
set: it is to be scored once, after the detector's current round of changes. If a mistake in the gold marking is found after
scoring, correct only the marking and say so here.

Six families, chosen to look like a typical caseload in the East of England and the East Midlands, each from a town or
district no earlier set (6 to 19) used as a family's home. Four of the kinds most common in children's social care: a white
British family in Kirkley, Lowestoft, with a grandmother in Pakefield (Catchpole / Sillett; domestic abuse by a mother's
partner caught on a neighbour's doorbell camera, a boy of 8 who ran across the road for help, an XL bully-type dog kept
without an exemption that bit a toddler's face, an Early Help plan stepped up to a section 47 enquiry), a white British
family in Winthorpe, Skegness, with a grandmother in Chapel St Leonards and a father in Louth (Epton / Hoyles; a girl of 14
sexually and criminally exploited by men from Lincoln, a static caravan on a holiday park, missing episodes, Child Abduction
Warning Notices), a mixed White and Black Caribbean family in King's Hedges, Cambridge, with a Jamaican-born grandmother in
Arbury and a grandmother in Histon (Gotobed / Blackwood; a boy of 12 who sets fires, a father in prison, a mother's violent
former partner, dyslexia and suspected ADHD) and a British Indian (Gujarati Hindu) family in Loughborough, with a grandmother
who lives with them and a father who has moved to his brother's in Wembley (Solanki / Parmar; a girl of 15 found on a
railway platform after an overdose and self-harm, her parents' separation, exam pressure). Two from communities no earlier
set used: a Latvian family from Latgale in Spalding (Ozola / Ivanovs; a girl of 15 working night shifts at a packhouse on
her cousin's identity card, a boy of 7 found alone in the street at night while his stepfather slept off vodka, a
grandmother who had been the girl's guardian in Rēzekne, a Latvian orphans' court, a Russian-speaking grandmother in
Daugavpils) and a family of Travelling Showpeople wintering on a showmen's yard at Saddlebow, King's Lynn (Farrowby; a girl
of 6 whose fingers were crushed in the drive chain of her uncle's juvenile ride while her brother of 13 was left running
it, child employment, elective home education, a season on the road). 24 documents, of types no earlier set used or in
styles new to these sets: a transcribed Ring doorbell recording, a housing association's anti-social behaviour case log, an
Early Help family plan with its step-up note, a police dog legislation officer's seizure record, a bus company's driver's
incident report and CCTV review, a holiday park's security and night patrol log, a police intelligence report (3x5x2)
sanitised for a partner agency, a mother's notebook log of her daughter's missing episodes, a fire and rescue service's
firesetter intervention record, a GP system's safeguarding coded-entries export with linked family records, an
educational psychologist's advice, an Email a Prisoner message with the prisoner's reply sheet, a British Transport Police
concern for welfare record, a CAMHS liaison psychosocial assessment after self-harm (with a note in Gujarati script), a
safety plan written by a girl with her school, a ChatHealth school nurse text conversation export, a labour agency's
compliance email with the council's reply, a Latvian school e-diary (e-klase) printout translated, a police officer's
pocket notebook entries typed up (in block capitals), a letter from a Latvian orphans' court translated (with a letter in
Russian), a hospital play specialist's notes, a joint HSE and council fairground accident investigation record, an
elective home education annual contact report, and a showman family's season itinerary annotated for a Child in Need plan.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers; a prison and a Latvian court carry a real-looking postal
address). Phone numbers are valid numbers (checked with the phonenumbers library), UK and foreign (Latvia, Jamaica); NHS
numbers and UPNs (the right LA number for the area: 935, 925, 873, 855, 926) pass their check digits. Councils are invented
(Blyth Reach, Lindsey Marsh, Granta Vale, Wreake Vale, Welland Fen, Nar Valley), and so are the housing association
(Easterly Homes), the bus company (Marshline Buses), the holiday park (Seacroft Sands), the labour agency (FenStaff
Recruitment), its client's packhouse, the fairground firm and its ride (Farrowby's Amusements, the Dragon Coaster), the
Latvian school ("Rēzeknes 4. vidusskola") and the pre-school (Little Pippins); towns, districts, villages, estates, schools,
real charities, NHS bodies, hospitals, prisons, police forces, courts, brands, apps, programmes, events, newspapers, foods and
laws are real and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set19.py (which follows sets 6 to 17). [[words|kind]] is a gold span
(name, address, postcode, place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr,
Mrs, Ms, Miss, Dr, PC, PCSO, PS, DC, DS, Sgt, WM, Firefighter, Nan, Nanny, Granny, Grandad, Mum, Dad, Aunty, Auntie, Uncle, Ba,
Papa, BABA) stay outside the name span, whether they come before or after the name ("Nanny Queenie", "Granny Hy", "Uncle Jimmy",
"Mahesh kaka", "Nila masi", "Anjali didi", "Nilesh mama", "Hema auntie", "BABA GALYA"); a possessive 's stays outside; every
person's name is a name in every form, record or not. "SURNAME, First" is one span ("SOLANKI, Riya", "BLACKWOOD, Jaheim"), and
so is a name with an initial ("S Kingdon", "Riya S", "C. BLACKWOOD"); a name broken by a line break is one span holding the
break; initials alone ("T", "K's van", "J.B.") are not marked; social media handles ("k.t0int0n") are not marked; a contact or
display name that is the person's plain name is. A street address is one span, its town a place, its postcode a postcode; a
street named without a number is an address ("Kimberley Road", "Campkin Road", "park avenue"), and so is a house's, block's or
yard's name used as the address ("Nene View Yard"), a unit on a business park ("Unit 4, Pinchbeck Road") and an address abroad
("Atbrīvošanas aleja 95A", "Latgales iela 211-3"); towns, cities, villages, districts and estates are places, at home or abroad;
countries, counties, regions and states are not ("Suffolk", "Lincolnshire", "Cambs", "Latvia", "Latgale", "Jamaica", "Gujarat");
organisations are not marked even when they hold a town's or a person's name ("James Paget University Hospital", "Leicester
Royal Infirmary", "Cambridge University Hospitals", "Kirkley Mill Surgery", "Arbury and Kings Hedges Medical Practice",
"Rēzeknes novada bāriņtiesa", "HMP Littlehey"), and a hospital, surgery or office followed by its town marks the town ("the
Queen Elizabeth Hospital, King's Lynn"); a school's or college's name is a school even when it holds a person's or a place's
name ("King Edward VII Academy", "Sir John Gleed School", "North Cambridge Academy", "College of West Anglia"), and so is its
short form ("NCA", "King Ed's", "Red Oak", "Monkshouse", "Clenchwarton", "charnwood", "skeg academy", "seathorne", "Manor"); a
date of birth is dob, any other calendar date with a day is date (a weekday before it stays outside), and the bare day in a
range or a diary heading ("9", "6th", the "10th") is a date span of its own; months and years alone are not marked; helplines
and text services (Childline, Shout, ChatHealth) are not marked; a pet's or a toy's name (Diesel, Biscuit, Sparkle) is not a
name; a firm named after people marks only the names ("[[Spall|name]] & [[Kerridge|name]]", "[[FARROWBY|name]]'S AMUSEMENTS");
parks, stadiums, piers and attractions stay unmarked (Carrow Road, Fantasy Island, the clock tower); an event named after its
town stays unmarked ("King's Lynn Mart", "Boston May Fair", "Wisbech Statute Fair"); a surname or first name that is also an
English word or a town is marked by what it refers to (Bird, Lark, Crane, Sage, Bunting, Cherry, Bright, Parish, Lad, Mace,
Papworth, Pinchbeck, Gedney and Cawston are names when they are people; Perry, Pinchbeck and March are places when they are the
village or the town); a name in another script ("રિયા", "Галина Иванова", "Маркуса", "Дмитрий") is a name, and so is a town in
it ("Даугавпилс"); a short form of a town ("Skeg", "Lynn", "chapel") is a place; a place that names a branch, a team or a
service ("the Kirkley family hub", "Lowestoft SNT", "Lowestoft CID", "Spalding CID", "the Spalding response team", "the
Leicester post", "skegness police station", "MARAC (Cambridge)") is a place.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a football club named
by its town ("Playing for Norwich", "Kirkley & Pakefield", "Cambridge United") is an organisation and stays unmarked, while
the town named as a town is a place; a prison named by its village or a house name ("Littlehey", "Warren Hill") is an
organisation and stays unmarked, but the village and town of its postal address ("Perry", "Huntingdon") are places; a
prisoner number, a crime or occurrence reference, a microchip and a clinical system's codes are not marked; a street that
hosts a fair ("Tuesday Market Place", "Market Place", "Broad Street") is an address, but "the green", "the town field" and
"the market place" in lower case are not; a static caravan's plot road on a holiday park ("Kestrel Way") is an address, the
holiday park itself a venue; a Latvian name or place in another grammatical case ("Elzu", "Elzu Ozolu", "Kristiānu Zeili",
"Ozolas", "Daugavpilī", "Rēzeknē", "Maltā", "Spaldingas") is marked as a name or a place in the form written, and "kundze"
(Mrs, after the surname) stays outside ("[[Pinchbeck|name]] kundze", "[[Ozolas|name]] kundze"); a Latvian numeric date's
closing dot stays outside the span ("[[03.10.2024|date]]."), while the "gada" of a written Latvian date is inside it
("[[2026. gada 3. novembrī|date]]"), since it sits between the year and the day; Rēzekne municipality (novads), named in an
organisation's name or as the area a service covers ("the Rezekne municipal social service"), is a local authority area and
is not marked, like set 19's Swale, while the city of Rēzekne is a place; "Malta", the village near Rēzekne, is a place
although it is spelt like a country; a Gujarati honorific joined to a name ("Kusumben") is part of the name, as the record
holds it; a toddler's way of saying a name ("Arley" for Harley) is a name; a nickname that stands for a person not yet
identified ("Scouse") is a name, and the same word used as a description ("the scouse one") is not; a hospital named after a
person (James Paget) is an organisation, as set 19's William Harvey was.

Self-check without the detector: `python -m bench.redaction_set20` (and tests/test_redaction_set20.py) runs set 15's checker
(which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words (before and after a
name) and counties, districts, regions, states and countries, and prints the number of documents and gold spans per kind: 24
documents, 1,562 gold spans, 911 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones

# --- A. Catchpole / Sillett family (white British), Kirkley, Lowestoft ------------------------------------------------

HOME_A = d.Address("17 Kimberley Road", "Kirkley", "Lowestoft", "NR33 0TX")
NAN_A = d.Address("4 Stradbroke Road", "Pakefield", "Lowestoft", "NR33 7HN")
DADMUM_A = d.Address("29 Hollow Grove Way", "Carlton Colville", "Lowestoft", "NR33 8TF")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Poppy-Rae", "Sillett")], dt.date(2025, 1, 30), addresses=[HOME_A], ids=["7127987076"]),
    _p("s", "sibling", [("Harley", "Catchpole")], dt.date(2018, 1, 23), addresses=[HOME_A], ids=["6179685398", "M935214322526"],
       schools=["Red Oak Primary School"]),
    _p("m", "mother", [("Shannon", "Catchpole")], dt.date(1997, 3, 12), addresses=[HOME_A], phones=["07842 316 905"],
       ids=["4847348737", "PW 71 20 48 B"]),
    _p("f", "father", [("Liam", "Sillett")], dt.date(1994, 8, 15), addresses=[DADMUM_A], phones=["07931 604 227"],
       ids=["JT 55 18 06 A"]),
    _p("f2", "father", [("Ashley", "Durrant")], dt.date(1995, 11, 2)),
    _p("g", "grandparent", [("Beverley", "Catchpole")], dt.date(1970, 6, 6), addresses=[NAN_A],
       phones=["01502 583 416", "07715 290 438"]),
    _p("o", "other", [("Tina", "Sillett")], None, addresses=[DADMUM_A], phones=["01502 716 094"]),
    _p("p1", "professional", [("Rhiannon", "Kett")], phones=["07462 118 359"], emails=["rhiannon.kett@blythreach.gov.uk"]),
    _p("p2", "professional", [("Jodie", "Gooch")], phones=["07824 503 671"], emails=["jodie.gooch@blythreach.gov.uk"]),
], "c")

DOCS_A = [
    ("transcribed Ring doorbell recording", """[Transcript of Ring doorbell recordings from the "Front Door" camera at
[[20 Kimberley Road|address]], [[Kirkley|place]],
[[Lowestoft|place]] (account holder Mrs [[Doreen Ling|name]], 82). Clips downloaded from the Ring app by her grandson, [[Jordan Ling|name]],
and handed to PC [[Nathan Bird|name]] on [[14/09/2026|date]]. Transcribed by PC [[N. Bird|name]] ([[Lowestoft|place]] SNT) for crime ref
37/51928/26 (domestic abuse: assault, criminal damage) and shared with Blyth Reach Council's MASH on [[15/09/2026|date]]. The camera
looks across the road at [[17 Kimberley Road|address]], the home of [[Shannon Catchpole|name]] and her two children. Speakers are
identified by PC [[Bird|name]] from the footage and from their own accounts. [inaudible] = not heard; [?] = not sure of the word.]

EVENT 1 | Motion | Sat [[12 Sep 2026|date]] 23:38:52 | 1m 04s
[A man in a grey hoodie and shorts, identified as [[Liam SILLETT|name]] (LS), walks into view from the direction of [[London Road
South|address]] with a large grey XL bully-type dog on a short slip lead (known as "Diesel"). He crosses to no. 17, goes up the path and
bangs on the front door with his fist.]
LS: [[Shan|name]]! [[Shan|name]], open the door. I know you're in, the big light's on.
LS: [bangs x4] I ain't playing, [[Shannon|name]]. [[Kelly|name]] seen a car outside. Whose car was it?
[A first-floor window opens. A woman's voice, identified as [[Shannon CATCHPOLE|name]] (SC).]
SC: Go home, [[Liam|name]]. Go to your mum's. You're pissed and the kids are asleep.
LS: They're my kids an' all.
SC: [[Harley|name]] ain't yours. And you'll wake [[Poppy|name]], she's only just gone off.
LS: Was it [[Kyle|name]]? That [[Kyle Borrett|name]] from your work? I'll kill him, I swear on my nan.
SC: It was my mum's car, you idiot. She dropped the big shop off. Go HOME.

EVENT 2 | Motion | Sat [[12 Sep 2026|date]] 23:41:30 | 0m 49s
[The dog barks throughout. A man in a dressing gown comes out of [[15 Kimberley Road|address]], next door to no. 17, identified as
[[Kevin Utting|name]] (KU).]
KU: Oi. Mate. It's gone half eleven. Some of us have got work in the morning.
LS: Go back in, [[Kev|name]]. This ain't nothing to do with you.
KU: It is when your dog's going off like that. I'll ring the police, I'm telling you.
LS: Ring 'em then. Go on. And I'll let him off the lead, see how you like it.
[KU goes back inside. LS kicks the wheelie bin at no. 17 over.]

EVENT 3 | Live View (started by the account holder) | Sat [[12 Sep 2026|date]] 23:46:10 | 2m 31s
[Mrs [[Ling|name]] can be heard quietly in her front room, on the phone to her grandson: "Oh, that poor girl. [[Jordan|name]], what do I
press? Should I ring them?"]
LS: [shouting through the letterbox] Open it or I'm putting the window in. Swear down, [[Shan|name]].
[The front door of no. 17 opens. A boy of about 8 in pyjamas, identified as [[Harley CATCHPOLE|name]] (HC), stands in the doorway.]
HC: Mum says go away. She says you scared [[Poppy|name]].
LS: Move, little man. Where's your mum?
[LS pushes the door wide and goes in with the dog. The door stays open. From inside:]
SC: [[Liam|name]], get off me! Get OFF. [[Harley|name]], go upstairs, go in with [[Poppy|name]].
[Sound of something breaking. The dog barks. A small child crying.]
SC: [screaming] You're hurting me. Let go of my hair.
LS: [inaudible] ... making a mug out of me ... [inaudible] ... [[Bev|name]] [?] ...
[At 23:48:20 HC runs out of the house barefoot and across the road towards the camera.]

EVENT 4 | Ring (doorbell pressed) | Sat [[12 Sep 2026|date]] 23:48:31 | 1m 12s
HC: [crying] Mrs [[Ling|name]]. Mrs [[Ling|name]]! He's hurting my mum. Can you ring my nanny? My Nanny [[Bev|name]].
DL (Mrs [[Ling|name]], through the app's speaker): Come in, love, the door's on the latch. I'm ringing the police now. You stay with me.
[HC goes inside no. 20.]

EVENT 5 | Motion | Sat [[12 Sep 2026|date]] 23:57:02 | 3m 10s
[LS comes out of no. 17 with the dog, holding his right hand. He shouts back into the house.]
LS: You're dead if you grass, [[Shannon|name]]. Dead. And tell [[Bev|name]] to keep her nose out an' all.
[He walks off towards [[Kirkley Run|address]]. At 23:59:40 a marked police car arrives: PC [[Aimee Lark|name]] and PC [[Josh Meen|name]].
PC [[Lark|name]] goes into no. 17; PC [[Meen|name]] goes after LS on foot.]
SC: [at the door, holding the baby] He went that way. He's got the dog. He's put the telly through.

EVENT 6 | Motion | Sun [[13 Sep 2026|date]] 00:31:44 | 0m 58s
[A silver hatchback pulls up. A woman, identified as [[Beverley CATCHPOLE|name]] (BC), the children's grandmother, comes to no. 20.]
BC: Come here, my boy. You're coming to Nanny's. You did so good, [[Harley|name]]. Thank you, [[Doreen|name]], you're a diamond.
DL: He was ever so brave, [[Bev|name]]. He sat with my cat the whole time.

EVENT 7 | Ring (doorbell pressed) | Tue [[15 Sep 2026|date]] 10:12:09 | 1m 40s
[A woman in her fifties, identified by PC [[Bird|name]] as [[Tina SILLETT|name]] (TS), the mother of LS, rings Mrs [[Ling|name]]'s bell.]
TS: Hello? Mrs [[Ling|name]]? It's [[Tina|name]], [[Liam|name]]'s mum, from [[Carlton Colville|place]]. I only wanted a quick word.
DL: (through the app) I'm not coming to the door, dear.
TS: That's all right. It's just, I heard you've give the police your camera thing. He's a good boy really, my [[Liam|name]], he just
gets jealous. You don't want to be getting involved in all that, not at your age. Might be best if it all got deleted, eh?
DL: I've nothing more to say to you. Goodbye.
TS: [walking off, to someone out of shot] Silly old cow.

PC [[Bird|name]]'s notes
1. Events 3 and 4 support [[Shannon|name]]'s account in her statement of [[14/09/2026|date]] and show [[Harley|name]] present and
   distressed. [[Poppy-Rae|name]] (1) was in the house throughout.
2. Event 7: possible witness intimidation - reported to DS [[Gemma Ringer|name]] ([[Lowestoft|place]] CID) on [[16/09/2026|date]]; Mrs
   [[Ling|name]] has a TecSOS phone and a marker on her address.
3. "[[Kelly|name]]" in event 1 is believed to be [[Kelly Sillett|name]], the sister of LS, who lives at the far end of
   [[Kimberley Road|address]]. [[Kyle Borrett|name]] works with [[Shannon|name]] at a care home in [[Gorleston|place]]; he was not at the
   address.
4. The dog has been reported to the force Dog Legislation Officer, PC [[Sam Crane|name]], as a suspected XL bully kept without an
   exemption certificate.
5. LS was arrested on [[13/09/2026|date]] at 02:10 at his mother's address, interviewed and released on bail (not to enter
   [[Kimberley Road|address]]; not to contact [[Shannon Catchpole|name]] or Mrs [[Doreen Ling|name]]).
"""),
    ("housing association's anti-social behaviour case log", """EASTERLY HOMES - ANTI-SOCIAL BEHAVIOUR CASE LOG (extract from the housing
management system, printed [[06/10/2026|date]])
Case: ASB/26/0417     Opened: [[09/06/2026|date]]     Categories: noise; dog nuisance; domestic abuse (suspected)
Risk: MEDIUM to HIGH (raised [[14/09/2026|date]])
Property: [[17 Kimberley Road|address]], [[Lowestoft|place]] [[NR33 0TX|postcode]] (2-bed house, general needs)
Tenant: Ms [[Shannon Catchpole|name]] (sole tenant since [[01/03/2021|date]]), tel [[07842 316 905|phone]]
Household on file: [[Harley Catchpole|name]] (8), [[Poppy-Rae Sillett|name]] (1). Not on the tenancy: Mr [[Liam Sillett|name]], the tenant's
partner ("stays over"; gives his address as his mother's in [[Carlton Colville|place]])
Housing officer: [[Callum Pryke|name]]     ASB officer: [[Natalie Warnes|name]]     Team leader: [[Rebecca Aldous|name]]
Complainants: (1) Mr [[Kevin Utting|name]], [[15 Kimberley Road|address]] (Easterly tenant); (2) Mrs [[Doreen Ling|name]], [[20 Kimberley
Road|address]] (owner-occupier); (3) anonymous, through the website ([[23/07/2026|date]])

[[09/06/2026|date]] [[N. Warnes|name]]  Complaint by phone from Mr [[Utting|name]]: a large dog at no. 17 barks "all day" when left in the
  yard; mess not cleared; the dog jumped at the fence at his granddaughter, [[Lacey|name]] (6), on [[06/06|date]]. Says the dog belongs to
  "[[Shannon|name]]'s fella". Diary sheets sent.
[[17/06/2026|date]] [[C. Pryke|name]]  Tenancy visit. Ms [[Catchpole|name]] at home with the baby; [[Harley|name]] at school. Dog present
  (grey, very large; muzzled when I asked). Ms [[Catchpole|name]] said the dog is "[[Liam|name]]'s" and he has "all the papers". Asked for
  the exemption certificate; she will ask him. Reminded her of tenancy clause 4.7 (permission needed for a dog; none given). Yard:
  dog mess, a broken fence panel (repair raised, job 771046).
[[30/06/2026|date]] [[N. Warnes|name]]  Diary sheets back from Mr [[Utting|name]]: barking on 14 of 21 days; "shouting and doors slamming"
  late at night on [[20/06|date]], [[26/06|date]] and [[27/06|date]]; "a man shouting at her, the kids crying".
[[02/07/2026|date]] [[N. Warnes|name]]  Possible domestic abuse - discussed with [[Rebecca Aldous|name]]. No disclosure, so no DASH.
  Safeguarding concern sent to Blyth Reach Council's MASH (ref MASH-26-08841). [[Jodie Gooch|name]] (Early Help) rang on [[03/07|date]]:
  the family have agreed to an Early Help plan and she is the lead practitioner.
[[08/07/2026|date]] [[C. Pryke|name]]  Team Around the Family meeting at [[Red Oak Primary|school]]. Mr [[Sillett|name]] did not come.
  Agreed: the dog to go; I will chase the certificate and set up a plan for the arrears (£640).
[[23/07/2026|date]] [[N. Warnes|name]]  Anonymous report on the website: "the man at 17 was dragging the woman up the street by her arm
  at 2am and the boy was stood outside in his pants". Passed to Suffolk Constabulary (101, CAD 0219 of [[23/07|date]]) and to
  [[Jodie|name]].
[[05/08/2026|date]] [[C. Pryke|name]]  Joint visit with PC [[Sam Crane|name]] (Dog Legislation Officer). Mr [[Sillett|name]] present; the
  certificate not produced - he said it is "at my mum's". PC [[Crane|name]] told him that keeping an XL bully without an exemption is an
  offence and took photographs. Acceptable Behaviour Agreement offered to Mr [[Sillett|name]]; he would not sign ("I don't live here,
  mate"). Ms [[Catchpole|name]] signed the tenant's part.
[[19/08/2026|date]] [[C. Pryke|name]]  Early Help review at the house ([[Jodie Gooch|name]], Mrs [[Beverley Catchpole|name]]). Dog "gone to
  [[Liam|name]]'s mum's". Mr [[Utting|name]] says it has been quiet for two weeks. Arrears plan signed (£5 a week).
[[13/09/2026|date]] Out of hours  Suffolk Constabulary (PC [[Aimee Lark|name]]) report a domestic incident at the property on [[12/09|date]]
  at 23:45; front window and TV smashed. Emergency glazing job 774310 raised. Ms [[Catchpole|name]] and the children at her mother's
  in [[Pakefield|place]].
[[14/09/2026|date]] [[N. Warnes|name]]  Risk raised to HIGH. Call from [[Rhiannon Kett|name]], social worker ([[07462 118 359|phone]]) - a
  section 47 enquiry has started. Agreed: nobody here discusses Ms [[Catchpole|name]]'s whereabouts with callers; lock change done at
  15:00; Sanctuary scheme referral (door chain, window locks, a fire-proof letterbox). Mr [[Utting|name]] says the dog "was back" on the
  night.
[[22/09/2026|date]] [[N. Warnes|name]]  Mrs [[Ling|name]] rang, upset: a woman came to her door on [[15/09|date]] asking her to delete her
  doorbell footage. She has told PC [[Nathan Bird|name]]; I emailed PC [[Bird|name]] as well. Mrs [[Ling|name]]'s daughter, [[Carol
  Ling|name]], would like her mother to move to sheltered housing in [[Oulton Broad|place]] - passed to the lettings team.
[[03/10/2026|date]] Out of hours  19:10 call from Suffolk Constabulary: ambulance and police at the property; the child [[Poppy-Rae|name]]
  bitten on the face by the dog. Dog seized. Mr [[Sillett|name]] arrested at the scene.
[[05/10/2026|date]] [[C. Pryke|name]]  Case meeting (Teams) with [[Rhiannon Kett|name]] and PC [[Crane|name]]. Agreed: NO notice seeking
  possession on Ms [[Catchpole|name]] (a victim); a Community Protection Warning and, with the police, an injunction application to
  keep Mr [[Sillett|name]] away from [[Kimberley Road|address]]; Ms [[Catchpole|name]] to be supported to stay in her home. Complainants
  updated in general terms only. Next review: [[19/10/2026|date]].
"""),
]

DOCS_A += [
    ("Early Help family plan", """BLYTH REACH COUNCIL - FAMILY SUPPORT SERVICE (EARLY HELP)
FAMILY PLAN - TEAM AROUND THE FAMILY          Plan made: [[8 July 2026|date]]          Review: [[19 August 2026|date]]
Lead practitioner: [[Jodie Gooch|name]], Family Support Practitioner, [[07824 503 671|phone]], [[jodie.gooch@blythreach.gov.uk|email]]
Consent: [[Shannon Catchpole|name]] signed on [[03/07/2026|date]]. [[Liam Sillett|name]] was asked through [[Shannon|name]] and
did not reply.

WHO IS IN THE FAMILY
[[Shannon Catchpole|name]]     [[12/03/1997|dob]]   Mum
[[Harley Catchpole|name]]      [[23/01/2018|dob]]   son, 8, [[Red Oak Primary School|school]], Year 4 (UPN [[M935214322526|upn]])
[[Poppy-Rae Sillett|name]]     [[30/01/2025|dob]]   daughter, 17 months (NHS [[712 798 7076|nhs]])
[[Liam Sillett|name]]          [[15/08/1994|dob]]   [[Poppy-Rae|name]]'s dad and Mum's partner; says he lives at his mum's
[[Ashley Durrant|name]]        -            [[Harley|name]]'s dad; lives in [[Norwich|place]]; has [[Harley|name]] some weekends
[[Beverley Catchpole|name]]    -            Nanny [[Bev|name]], Mum's mum, in [[Pakefield|place]], [[01502 583 416|phone]] /
[[07715 290 438|phone]]

TEAM AROUND THE FAMILY (met on [[8 July|date]] at [[Red Oak Primary|school]])
Mrs [[Gemma Fuller|name]] (DSL, [[Red Oak|school]]); [[Kirsty Hurren|name]] (health visitor, 0-19 team); [[Callum Pryke|name]] (housing
officer, Easterly Homes); [[Shannon|name]]; Nanny [[Bev|name]]; [[Jodie Gooch|name]] (chair). Apologies: Dr [[Anand Pillai|name]] (GP,
Kirkley Mill Surgery), who sent a letter.

WHAT'S WORKING WELL
- [[Shannon|name]] loves her children and they love her. [[Harley|name]] says his mum "does the best pancakes in [[Lowestoft|place]]".
- [[Poppy-Rae|name]] is meeting her milestones: walking, lots of words ("[[Arley|name]]" for her brother, "Nana", "dog-dog").
- Nanny [[Bev|name]] is close by and has [[Harley|name]] every Friday night. She has a trampoline.
- [[Harley|name]]'s attendance is 93%. His teacher, Mr [[Ross Keable|name]], says he is "kind, funny and a brilliant reader".

WHAT WE ARE WORRIED ABOUT
- Neighbours have heard shouting late at night and a man shouting at [[Shannon|name]]. [[Harley|name]] told Mrs [[Fuller|name]] that
  "[[Liam|name]] gets angry when he has his cans" and that he "stays in my room with [[Poppy|name]] when it's loud".
- The dog ("Diesel", an XL bully-type dog that belongs to [[Liam|name]]) lives in the house with a toddler. [[Shannon|name]] says he is
  "soft as anything", but he went for a neighbour's grandchild through the fence.
- [[Harley|name]] has started wetting the bed again and is very tired on Mondays.
- Money: rent arrears of £640; the electric is on emergency credit most weeks.

WHAT [[HARLEY|name]] SAYS (with [[Jodie|name]], at school, using the three houses)
House of worries: "When [[Liam|name]] shouts and bangs. When Diesel growls at [[Poppy|name]]. When Mum cries in the bathroom."
House of good things: "Nanny [[Bev|name]]'s trampoline. Chips on the front at [[Pakefield|place]]. My dad taking me to Carrow Road."
House of dreams: "[[Liam|name]] being nice all the time or going away. A hamster. Playing for Norwich."

WHAT [[SHANNON|name]] SAYS
"I know [[Liam|name]]'s got a temper but he's never touched the kids. I want the dog gone, I've told him. I want help with money and I
want [[Harley|name]] to stop wetting. I don't want social services."

OUR PLAN
1. The children are safe at home at night.
   - [[Shannon|name]] will ask [[Liam|name]] not to come round when he has been drinking, and will not open the door to him if he does.
   - [[Jodie|name]] and [[Shannon|name]] will make a safety plan (who to ring; a code word, "cheese on toast", to text to
     Nanny [[Bev|name]]).
   - [[Jodie|name]] will offer the Freedom Programme at the [[Kirkley|place]] family hub (Thursday mornings, crèche).
2. The dog is not in the house with the children.
   - [[Liam|name]] to take the dog to his mother's (Mrs [[Tina Sillett|name]], [[Carlton Colville|place]]) by [[15 July|date]].
   - [[Callum|name]] to follow up the exemption certificate with PC [[Sam Crane|name]].
3. [[Harley|name]] is dry at night and has someone to talk to.
   - Referral to the school nursing enuresis clinic ([[Beccles|place]]); ELSA sessions with Mrs [[Tracey Bugg|name]] on Tuesdays.
4. Money.
   - [[Jodie|name]] to help with a Household Support Fund application and a Citizens Advice appointment; [[Callum|name]] to
     set up a repayment plan.
5. [[Poppy-Rae|name]]'s two-year review and a nursery place.
   - [[Kirsty|name]] to book the review; a funded place from January at [[Little Pippins|school]] pre-school (Mrs [[Janet Holmes|name]]).

REVIEW - [[19 August 2026|date]], at home ([[Shannon|name]], Nanny [[Bev|name]], [[Callum|name]], [[Jodie|name]];
Mrs [[Fuller|name]] by phone)
- Dog moved to Mrs [[Sillett|name]]'s on [[20 July|date]] (seen by [[Callum|name]] and PC [[Crane|name]] on [[5 August|date]] - it was back
  at the house that day "for a visit"). Still no certificate.
- [[Shannon|name]] has done 3 of 12 Freedom sessions. She said: "It's like they've been watching my life."
- [[Harley|name]] dry 4 nights out of 7. He is going to football on Saturdays with [[Jodie|name]]'s under-9s at Kirkley & Pakefield.
- [[Liam|name]]: [[Shannon|name]] says things are "calmer". Neighbours report two loud nights ([[8 August|date]] and [[14 August|date]]).
- Plan continues; next review [[30 September 2026|date]].

STEP-UP TO CHILDREN'S SOCIAL CARE - [[16/09/2026|date]] ([[J. Gooch|name]])
On the night of [[12/09/2026|date]] police were called to the house. [[Liam|name]] forced his way in with the dog,
assaulted [[Shannon|name]] and smashed the television; [[Harley|name]] ran across the road in the dark to a neighbour, Mrs [[Ling|name]],
and asked her to ring his nanny. Step-up agreed with my manager, [[Dawn Ellwood|name]], and the MASH; allocated to [[Rhiannon
Kett|name]] ([[Lowestoft|place]] Assessment Team). This plan closes on transfer. I said goodbye to [[Harley|name]] at school and told
him [[Rhiannon|name]] is "the next helper". He asked whether he can still come to football on Saturdays. Yes.
"""),
    ("police dog legislation officer's seizure record", """SUFFOLK CONSTABULARY - DOG LEGISLATION OFFICER
SEIZURE RECORD AND REPORT (Dangerous Dogs Act 1991, ss1 and 3; Police and Criminal Evidence Act 1984, s19)
Occurrence: 37/60114/26          DLO: PC 1406 [[Sam CRANE|name]]          Report date: [[05/10/2026|date]]

1. INCIDENT
Date and time: Saturday [[3 October 2026|date]], about 17:40
Location: [[17 Kimberley Road|address]], [[Kirkley|place]], [[Lowestoft|place]] [[NR33 0TX|postcode]] - the kitchen
Injured: [[Poppy-Rae SILLETT|name]], DOB [[30/01/2025|dob]] (20 months), NHS [[7127987076|nhs]]
Injuries: a bite to the left cheek and left ear (two puncture wounds and a 4 cm tear) and a scratch under the left eye. Taken by
ambulance to the James Paget University Hospital and transferred the same night to Addenbrooke's (plastic surgery); repaired under
a general anaesthetic on [[04/10/2026|date]]. No injury to the eye.

2. THE DOG
Name: "Diesel". Type: XL bully type (see 5). Male, entire, blue-grey, about 3 years old, 58 kg. Microchip read: not registered to
any keeper on the UK databases.
Exemption certificate: NONE. The Index of Exempted Dogs checked on [[04/10/2026|date]]: no record for this dog, for Mr [[SILLETT|name]] or
for Ms [[CATCHPOLE|name]].
Keeper (accepts it): [[Liam SILLETT|name]], DOB [[15/08/1994|dob]], of [[29 Hollow Grove Way|address]], [[Carlton Colville|place]]
[[NR33 8TF|postcode]] (his mother's address), tel [[07931 604 227|phone]]. Says he bought the dog as a puppy "off a lad in
[[Beccles|place]]" for £1,200, and that his mother "never wanted it".

3. ACCOUNTS
(a) [[Shannon CATCHPOLE|name]] (mother, [[12/03/1997|dob]]), at the scene: [[Liam|name]] came round at about 5 with the dog "to see the
    kids", although he had agreed with the social worker, [[Rhiannon Kett|name]], that the dog would never come to the house and his bail
    had ended. She was cooking tea. [[Poppy-Rae|name]] was walking about with a biscuit; the dog went for the biscuit and "got her face".
    [[Liam|name]] pulled the dog off. She rang 999 at 17:43.
(b) [[Liam SILLETT|name]], in interview on [[04/10/2026|date]] with his solicitor, Mr [[Gavin Spall|name]] of [[Spall|name]] &
    [[Kerridge|name]]: said [[Poppy|name]] "pulled his ear" and the dog "just told her off". He admitted he knew about the XL bully rules
    and had "been meaning to" apply. He said [[Shannon|name]] "invited" him.
(c) [[Harley CATCHPOLE|name]] (8), not interviewed; he said to PC [[Olivia Seago|name]] at the scene: "Diesel growled at her before and
    [[Liam|name]] just laughed."
(d) Mrs [[Beverley CATCHPOLE|name]] (grandmother), who arrived at 17:55: "I told her and told her about that dog."
(e) Mr [[Kevin UTTING|name]], [[15 Kimberley Road|address]]: heard screaming, then saw Mr [[Sillett|name]] tie the dog to the lamp post
    outside and go back in.

4. SEIZURE
The dog was seized under s19 PACE at 18:30 by PC [[Crane|name]] and PC [[Seago|name]], with a dog van driven by PC [[Martin Tye|name]], from
the front of the house, where it was tied. Nobody else injured. Kennelled at the force's contracted kennels (location not disclosed).
Veterinary check on [[05/10/2026|date]] by Mrs [[Hollie Sage|name]] MRCVS: healthy, no injuries; "tense and reactive with strangers".

5. TYPE ASSESSMENT
Assessed by PC [[Crane|name]] against the official conformation standard on [[05/10/2026|date]]: height at the withers 54 cm; heavy,
blocky head; muscular body. Meets the standard for an XL bully type.

6. OFFENCES AND OUTCOME
Mr [[Sillett|name]] was arrested at the scene at 18:10 (s3(1) aggravated - a dog dangerously out of control causing injury; s1(3) -
having a prohibited type without an exemption). Charged on [[05/10/2026|date]]; first hearing at Suffolk Magistrates' Court on
[[2 November 2026|date]]. Bail conditions: not to go to [[Kimberley Road|address]]; no contact with [[Shannon Catchpole|name]] except
through a solicitor about child contact; not to keep or be in charge of any dog. A destruction order will be sought under s4.
Mrs [[Tina Sillett|name]] (his mother) rang me on [[05/10/2026|date]] on [[01502 716 094|phone]] and asked for the dog back "for the
grandkids' sake". Told: no.

7. SAFEGUARDING
Child protection notification to Blyth Reach Council (SW [[Rhiannon Kett|name]]) at 19:40 on [[03/10/2026|date]]; PPN submitted. The
children spent the night with Mrs [[Catchpole|name]] senior at [[4 Stradbroke Road|address]], [[Pakefield|place]], after [[Harley|name]]
had been checked by the paramedics ([[Ellie Mobbs|name]] and [[Dan Yallop|name]], EEAST). No other dogs at either address.

Signed: PC 1406 [[S. Crane|name]]        Supervisor: Sgt [[Ian Thirtle|name]]
"""),
]

# --- B. Epton / Hoyles family (white British), Winthorpe, Skegness -------------------------------------------------------

HOME_B = d.Address("36 Briar Way", "Winthorpe", "Skegness", "PE25 1HU")
NAN_B = d.Address("8 Sea Road", "", "Chapel St Leonards", "PE24 5SB")
DAD_B = d.Address("15 Eastfield Road", "", "Louth", "LN11 7AJ")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Tayla", "Epton")], dt.date(2012, 4, 30), addresses=[HOME_B], phones=["07881 437 025"],
       ids=["5777568297", "P925206116018"], schools=["Skegness Academy"]),
    _p("s", "sibling", [("Brandon", "Epton")], dt.date(2016, 7, 11), addresses=[HOME_B], ids=["6263075198", "M925206120159"],
       schools=["Seathorne Primary School"]),
    _p("m", "mother", [("Dionne", "Epton")], dt.date(1988, 9, 19), addresses=[HOME_B], phones=["07359 204 816"],
       ids=["NR 38 61 94 D"]),
    _p("o", "other", [("Wayne", "Hoyles")], dt.date(1984, 1, 27), addresses=[HOME_B], phones=["07498 315 602"]),
    _p("f", "father", [("Darren", "Spilman")], dt.date(1986, 3, 8), addresses=[DAD_B], phones=["01507 603 219"]),
    _p("g", "grandparent", [("Pat", "Epton")], dt.date(1966, 12, 14), addresses=[NAN_B], phones=["01754 820 457"]),
    _p("p1", "professional", [("Georgia", "Maltby")], phones=["07763 028 514"], emails=["georgia.maltby@lindseymarsh.gov.uk"]),
    _p("p2", "professional", [("Sian", "Fieldsend")], phones=["01522 947 310"], emails=["sian.fieldsend@barnardos.org.uk"]),
], "c")

DOCS_B = [
    ("bus company's CCTV incident report", """MARSHLINE BUSES LTD - SKEGNESS DEPOT
DRIVER'S INCIDENT REPORT AND CCTV REVIEW (form OPS-14)                                  Incident no. SKG-26-0388
Route 6: [[Skegness|place]] - [[Burgh le Marsh|place]] - [[Spilsby|place]] - [[Horncastle|place]] - [[Wragby|place]] - [[Lincoln|place]]
Journey: 21:05 from [[Skegness|place]], Friday [[18 September 2026|date]]        Vehicle: fleet no. 15872, reg [[YN19 HKC|vehicle]]
Driver: [[Keith Wedgwood|name]] (staff no. 40719)        Controller on duty: [[Sandra Kirk|name]]

PART A - DRIVER'S ACCOUNT (written at the depot at 00:40 on [[19/09/2026|date]])
At the bus station (stand 3) a girl and two men got on at 21:03. The girl looked about 14: school bag, no coat, leggings, white
trainers. The taller man (about 25, thin, black North Face jacket, gold chain, a local accent) paid for all three on his card and
said "she's my little cousin". The shorter man (30s, stocky, shaved head, a strong Liverpool accent - the taller one called him
"[[Scouse|name]]") went upstairs first. All three sat upstairs at the front.
At [[Burgh le Marsh|place]] the girl came down to me and asked "does this go back to [[Skeg|place]]?" Before I could answer, the taller
man came down and took her by the wrist and said "we're going to [[Lincoln|place]], remember". She went back up with him.
Between [[Spilsby|place]] and [[Horncastle|place]] a passenger, Mrs [[Maureen Tuplin|name]] of [[Horncastle|place]], came down and said
the girl was crying and the men had taken her phone. I pulled in at [[Horncastle|place]] (the stop on [[Bridge Street|address]]) at 21:58
and radioed control. I went up and asked the girl if she was all right. She said "yeah, I'm fine, leave it". The taller man said "mind
your own, driver". I said the bus was staying put for a minute. The girl told me quietly that her name was "[[Tay|name]]" and that she
"just wants to go home". Control said the police wanted me to carry on to [[Lincoln|place]] as normal and they would meet the bus at the
bus station. At [[Wragby|place]] nobody on or off. We arrived at 22:41; PC [[Amrit Johal|name]] and PC [[Ben Raithby|name]] were waiting.
The two men went off fast towards the [[High Street|address]]; the shorter one ran. The police took the girl to their car. Mrs
[[Tuplin|name]] gave them her details.

PART B - CONTROL LOG ([[S. Kirk|name]])
21:56  Radio from driver [[Wedgwood|name]], fleet 15872 at [[Horncastle|place]]: girl about 14, distressed, with two adult males, phone
       taken. 21:57 rang 999 - Lincolnshire Police incident 422 of [[18/09/2026|date]].
22:03  Police: girl matches a missing person report from [[Skegness|place]] (reported by her mother at 19:30). Bus to continue;
       officers to meet it at [[Lincoln|place]].
22:44  PC [[Johal|name]] confirms the girl is safe, identified as [[Tayla EPTON|name]] (14). Males not detained. Driver to complete OPS-14.

PART C - CCTV REVIEW (by [[Lee Fotheringham|name]], CCTV and revenue protection officer, [[21/09/2026|date]])
Cameras: 1 front door; 2 cab; 3 lower deck front; 4 lower deck rear; 5 upper deck front; 6 upper deck rear; 7 stairs; 8 forward-facing.
21:03:14 cam 1  The three board at [[Skegness|place]]. The taller male taps a contactless card (card details given to police only).
21:19:40 cam 5  Upper deck: the taller male shows the girl something on his phone and passes her a vape.
21:31:02 cam 5  The shorter male takes the girl's phone out of her hand. She tries to take it back; he holds it above his head, laughing.
21:38:55 cam 3  [[Burgh le Marsh|place]]: the girl at the front talking to the driver; the taller male pulls her back by the wrist.
21:47:30 cam 5  The girl is crying. The taller male puts his arm round her neck and speaks into her ear for about 40 seconds.
21:58:10 cam 2  [[Horncastle|place]]: the driver speaks to the girl on the upper deck (cam 5 shows the same from behind).
22:41:36 cam 1  [[Lincoln|place]]: both males leave at speed. The girl stays in her seat until the officers come on board.
Four stills saved. Footage copied to USB (exhibit LF/1) and signed for by DC [[Ryan Sharpe|name]] (Lincolnshire Police, Child Exploitation
Team) at the depot on [[22/09/2026|date]]. Retention extended from 31 days to 2 years at police request.
DC [[Sharpe|name]] asked that drivers on route 6 look out for the two males with this girl or with a second girl ("[[Maddison|name]]", 14,
long red hair) and ring 999 if they are seen together. Notice put up in the drivers' room with the stills (not for passengers).

PART D - DRIVER WELFARE
[[Keith|name]] was shaken; he said he has a granddaughter of the same age at [[Skegness Academy|school]]. Offered the employee assistance
line and a day off with pay. He asked to be told that the girl is OK - DC [[Sharpe|name]] said we can tell him she is safe and with her
family.
Reviewed: [[Paula Hemstock|name]], Depot Operations Manager, [[23/09/2026|date]]
"""),
    ("holiday park security log", """SEACROFT SANDS HOLIDAY PARK - SECURITY AND NIGHT PATROL LOG
(pages copied for Lincolnshire Police and Lindsey Marsh Council at their request on [[28/09/2026|date]]; handwritten book typed up by the
park manager, [[Lorraine Brackenbury|name]]; spelling kept)
Park address: [[Roman Bank|address]], [[Ingoldmells|place]], [[Skegness|place]] [[PE25 1JS|postcode]]
Patrol staff: [[Mick Hewson|name]] (MH), [[Dan Grummitt|name]] (DG), [[Shelley Ranshaw|name]] (SR)

Sat [[15/08|date]] 23:40 MH  Complaint from plot 110 about music from plot 112 ([[Kestrel Way|address]], owner Mr [[G. Sutton|name]] of
   [[Mansfield|place]], not on site). Young man at door, said he is "renting off [[Gaz|name]] for the summer". Gave name [[Kieran|name]].
   Turned down. 3 or 4 young girls inside, looked young. Told him under 18s need an adult on the booking.
Sun [[16/08|date]] 01:15 MH  Silver Audi [[FV16 ZRK|vehicle]] through the barrier with 2 men + 2 girls. Barrier camera saved.
Fri [[21/08|date]] 22:30 SR  Bar - [[Kelsey|name]] (bar staff) refused vodka to a girl who said she was 18, no ID, who then went to plot
   112. [[Kelsey|name]] said she knows the girl, it's "[[Tay|name]]", [[Dionne|name]]'s girl ([[Dionne|name]] cleaned the caravans for us in
   2024).
Sat [[22/08|date]] 02:50 DG  Girl sat crying on the step of the toilet block near [[Kestrel Way|address]]. Said she was "waiting for a
   lift". Asked if she was ok, she said her mate was "in there with them". Offered to ring someone, she said no. Left at 03:15 in a
   taxi (Coastal Cars).
Wed [[26/08|date]] 21:00 MH  Spoke to Mrs [[Brackenbury|name]] about plot 112. She rang the owner, Mr [[Gary Sutton|name]], who said his
   "nephew's mate" [[Kieran Tointon|name]] is "paying the site fees". Subletting is against the licence agreement (clause 9).
Sat [[29/08|date]] 00:20 SR  Two girls at the barrier asking for "K's van" (see note). Barrier camera.
Sun [[30/08|date]] 01:40 DG  Man in his 30s, Liverpool accent, bald, shouting at plot 112 "where's my money". Called "[[Scouse|name]]" by
   the others. Girls inside screaming and laughing. Rang 101 (ref 61 of [[30/08|date]]). Nobody came.
Fri [[04/09|date]] 23:55 MH  Mr [[Wayne Hoyles|name]] came to the barrier looking for his partner's daughter [[Tayla|name]] (14). Showed me
   a photo: the same girl as [[21/08|date]] and [[29/08|date]]. Went with him to plot 112 - no answer, lights off. He banged on the door and
   other caravans; I had to ask him to leave at 01:30. He was upset, not aggressive to me. He said he would ring the police.
Sat [[05/09|date]] 02:10 MH  Police attended plot 112 (PC [[Hayley Dook|name]] and PC [[Connor Mawer|name]]). [[Tayla|name]] and another
   girl, [[Maddison|name]], found inside with [[Kieran Tointon|name]] and a man named as [[Dev|name]] from [[Nottingham|place]]. Strong
   cannabis smell. Girls taken home by police. No arrests that I saw.
Tue [[08/09|date]] 10:00 LB  Operation Makesafe visit from PC [[Dook|name]]: posters up in reception and the clubhouse, staff briefing on
   signs of exploitation booked for [[15/09|date]]. Barrier camera stills from [[16/08|date]] and [[29/08|date]] given to PC [[Dook|name]].
Sat [[12/09|date]] 23:10 SR  Audi [[FV16 ZRK|vehicle]] at the barrier, driver (the man [[Kieran|name]]) asked to come in to "get his stuff".
   Refused (manager's instruction). He said "tell [[Tay|name]] I'm waiting in the car park at Fantasy Island". Rang 999 - police came
   at 23:40, car gone.
Thu [[17/09|date]] LB  Letter to Mr [[Sutton|name]]: licence suspended for subletting and for allowing a caravan to be used by adults with
   children who are not their own. Locks changed on plot 112 on [[25/09|date]].

Note by [[L. Brackenbury|name]]: on [[29/08|date]] the girls asked for "K's van"; [[Shelley|name]] wrote down only the letter,
and it means [[Kieran|name]] - I have left it as written. All barrier camera footage is kept for 90 days; the police have copies of
[[16/08|date]],
[[29/08|date]], [[04/09|date]] and [[12/09|date]]. Staff training done on [[15/09|date]] by [[Sian Fieldsend|name]] (Barnardo's).
"""),
]

DOCS_B += [
    ("police intelligence report (3x5x2), sanitised for a partner agency", """LINCOLNSHIRE POLICE - INTELLIGENCE REPORT (3x5x2)
SANITISED VERSION FOR A PARTNER AGENCY - Lindsey Marsh Council, Children's Services (MACE panel), on a need-to-know basis
URN: 26/0917/EL/4410        Date of report: [[24/09/2026|date]]        Originator: DC 2217 [[Ryan SHARPE|name]], Child Exploitation Team
Source evaluation: 2 (mostly reliable)        Intelligence assessment: B (known indirectly to the source, corroborated)
Handling code: C (may be disseminated to partner agencies with conditions: not to be shared with the subjects or the family,
not to be used as evidence, not to be recorded on any record the family can see without the originator's agreement)

SUBJECTS
1. [[Kieran TOINTON|name]], DOB [[12/05/2001|dob]], of [[Flat 3, 22 Monks Road|address]], [[Lincoln|place]] [[LN2 5HU|postcode]]
2. [[Anthony KEWLEY|name]], DOB [[03/11/1994|dob]], no fixed abode, believed to be known as "[[Scouse|name]]"
3. [[Reece ODLING|name]], DOB [[28/02/2007|dob]], of [[Ermine|place]], [[Lincoln|place]]
Children of concern: [[Tayla EPTON|name]] (14), [[Skegness|place]]; [[Maddison CODD|name]] (14), [[Skegness|place]]; a third girl,
"[[Lily|name]]", about 13, from [[Mablethorpe|place]] (not yet identified)

INTELLIGENCE
It is believed that [[TOINTON|name]] is using the mobile number [[07305 471 882|phone]] and the Snapchat account "k.t0int0n" to contact
girls aged 13 to 15 in the [[Skegness|place]], [[Ingoldmells|place]] and [[Chapel St Leonards|place]] area, and that he gives them cannabis,
vapes and alcohol, lifts in a silver Audi A3 ([[FV16 ZRK|vehicle]], registered to his mother, [[Sharon Tointon|name]], of
[[Birchwood|place]], [[Lincoln|place]]) and money.
It is believed that in August 2026 [[TOINTON|name]] had the use of a static caravan on a holiday park in [[Ingoldmells|place]], where
[[EPTON|name]] and [[CODD|name]] stayed overnight on several occasions, and that older males, including [[KEWLEY|name]] and a male from
[[Nottingham|place]] known as "[[Dev|name]]", came to the caravan.
It is believed that on [[18/09/2026|date]] [[TOINTON|name]] and [[KEWLEY|name]] were taking [[EPTON|name]] by bus to [[Lincoln|place]] to
an address on [[Monks Road|address]], and that [[EPTON|name]] had been told she "owes" [[TOINTON|name]] £200 for "weed and the phone he
got her".
It is believed that [[ODLING|name]] collects girls from [[Lincoln|place]] bus station in a black Vauxhall Corsa ([[FN14 XOU|vehicle]]) and
drives them to addresses in [[Ermine|place]], and that [[EPTON|name]] has been to one of these addresses.
It is believed that [[CODD|name]] has sent indecent images of herself to [[KEWLEY|name]] after he threatened to "tell her mum what she's
been doing".

CORROBORATION (general)
Bus CCTV of [[18/09/2026|date]] (exhibit LF/1); holiday park barrier camera stills of [[16/08|date]] and [[29/08|date]]; police attendance
at the caravan on [[05/09/2026|date]] (PC [[H. Dook|name]]); missing episodes of [[EPTON|name]] on [[04/09|date]], [[11/09|date]] and
[[18/09|date]].

ASSESSMENT AND ACTION (originator)
Risk to [[EPTON|name]] and [[CODD|name]]: HIGH (child sexual exploitation; child criminal exploitation - debt). Actions: Child Abduction
Warning Notices to be served on [[TOINTON|name]] and [[KEWLEY|name]] (authorised by DS [[Claire Rowett|name]], [[24/09|date]]); Operation
Makesafe briefings at holiday parks on the coast; ANPR marker on [[FV16 ZRK|vehicle]] and [[FN14 XOU|vehicle]]; a referral to the MACE
panel of [[30/09/2026|date]]; a strategy discussion for each girl (Lindsey Marsh - [[Georgia Maltby|name]], SW for [[EPTON|name]];
[[Tom Skelton|name]], SW for [[CODD|name]]).
Partner agency note: please do NOT tell Ms [[Dionne Epton|name]] or Mr [[Wayne Hoyles|name]] the names above. They already know
"[[Kieran|name]]" by name from [[Tayla|name]]'s phone; that is their information, not ours.
Reviewed: DS 1190 [[C. Rowett|name]]        Sanitised by: Force Intelligence Bureau, [[25/09/2026|date]]
"""),
    ("a mother's notebook log of her daughter's missing episodes, typed up", """[A log kept by [[Dionne Epton|name]] in a notebook "for the
police and the social" from the end of August, given to
[[Georgia Maltby|name]] (SW) on [[29 September 2026|date]] and typed up by her with [[Dionne|name]]'s agreement. Spelling and abbreviations
as written; [[Dionne|name]] asked for nothing to be left out.]

sat [[29th aug|date]]
T said going to [[mads|name]] for a sleepover. rang [[mads|name]] mum [[Kerry|name]] at 11 to check - she said the girls were going to
ours!!! neither of them at either house. T not answering. [[wayne|name]] drove round [[seacroft|place]], the front, the clock tower,
[[ingoldmells|place]].
nothing. T came home 11.40 next morning with a new phone. says [[mads|name]] cousin give it her. smelled of weed. went to bed for 10 hours

fri [[4th sept|date]]
T not home after school. [[brandon|name]] says she got in a silver car by the school gates. rang 101 at 7.30pm ref 412. police lady rang
back, [[Becky|name]]? asked for a photo. [[wayne|name]] went to the caravan place in [[ingoldmells|place]] bc [[kelsey|name]] at the bar
messaged me that T was in there. security man [[mick|name]] went with him. no answer. police found her at 2am at a caravan with
[[mads|name]] and 2 men. brought home. T screamed at [[wayne|name]] "your not my dad" and "you've ruined everything". she has a bruise on
her arm, says she fell.

sun [[6th|date]]
rang her dad [[darren|name]] in [[louth|place]] to see if he can have her for a bit. no answer. his girlfriend [[shaz|name]] text back
"he's working". typical

fri [[11th|date]]
T missing again from 6pm. found by police in [[lincoln|place]] at 1am (PC [[raithby|name]]) and brought back. she says the men took her
bus pass off her. she wont say where she was. found a second phone in her school bag, passcode. message on her lock screen from "K 💙"
saying "u owe me babe". mum (nan [[pat|name]]) come round and sat with her all day. T talks to nan more than me.

fri [[18th|date]]
she went again. got on the 6 with 2 men, the bus driver saved her. police brought her home at 3am. dc [[sharpe|name]] came on the
monday and said its "exploitation" and its not her fault. i cried. i thought she was just being a teenager.
[[brandon|name]] said today "is [[tayla|name]] going to die". he is wetting again

mon [[21st|date]]
school meeting at [[skeg academy|school]], mrs [[hutson|name]] (safeguarding) and [[georgia|name]] from social. [[tayla|name]] on a reduced
timetable, 8.45 to 1. taxi there and back. she hates it. she said [[georgia|name]] is "alright actually"

tues [[22nd|date]]
[[sian|name]] from barnardos came. T talked to her for an hour in her room!!! first time. [[sian|name]] is going to see her every
tuesday. [[sian|name]] said dont take the phone off her it makes her go to them more. [[wayne|name]] dont agree

thurs [[24th|date]]
rang [[darren|name]] again. he answered. said T can come to [[louth|place]] weekends if she "behaves". hes got the baby with [[shaz|name]]
now. T said no way

sat [[26th|date]]
T home all weekend!!! we watched Strictly and did our nails. she showed me the snapchat from "[[kieran|name]]". he is 25 not 17 like she
said. she said she is scared of the scouse one. I told her she can tell [[sian|name]] everything. gave the screenshots to dc
[[sharpe|name]] (left them at the front desk at [[skegness|place]] police station on [[park avenue|address]]).

mon [[28th|date]]
[[brandon|name]] had his school photo. mrs [[parish|name]] his teacher at [[seathorne|school]] said he is doing lovely. nan [[pat|name]]
took him to [[chapel|place]] after school. T went to school in the taxi. no missing this week (yet). i am exhausted. [[wayne|name]] says
he is going to kill [[kieran|name]] if he sees him. i told him dont be stupid, we need you here

tues [[29th|date]]
gave this book to [[georgia|name]]. she says the MACE meeting is tomorrow and i can go to the first bit.
"""),
]

# --- C. Gotobed / Blackwood family (mixed White and Black Caribbean), King's Hedges, Cambridge --------------------------

HOME_C = d.Address("41 Northfield Avenue", "King's Hedges", "Cambridge", "CB4 2PX")
GRAN_C = d.Address("12 Mansel Way", "Arbury", "Cambridge", "CB4 2ET")
NANNA_C = d.Address("3 Cottenham Road", "", "Histon", "CB24 9ET")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Jaheim", "Blackwood")], dt.date(2014, 6, 9), addresses=[HOME_C], ids=["4733639279", "Z873227018083"],
       schools=["North Cambridge Academy"]),
    _p("s", "sibling", [("Amelia-Rose", "Gotobed")], dt.date(2021, 4, 18), addresses=[HOME_C], ids=["7013148873", "C873227025016"],
       schools=["Mayfield Primary School"]),
    _p("m", "mother", [("Lauren", "Gotobed")], dt.date(1992, 10, 25), addresses=[HOME_C], phones=["07578 902 134"],
       emails=["lauren.gotobed92@hotmail.co.uk"], ids=["4989339444", "SH 22 90 47 A"]),
    _p("f", "father", [("Curtis", "Blackwood")], dt.date(1989, 2, 13)),
    _p("f2", "father", [("Josh", "Papworth")], dt.date(1993, 7, 3), phones=["07912 446 380"]),
    _p("g", "grandparent", [("Hyacinth", "Blackwood")], dt.date(1961, 8, 29), addresses=[GRAN_C], phones=["01223 503 871"]),
    _p("g2", "grandparent", [("Julie", "Gotobed")], None, addresses=[NANNA_C], phones=["01223 712 406"]),
    _p("p1", "professional", [("Anoushka", "Delaney")], phones=["07403 229 587"], emails=["anoushka.delaney@grantavale.gov.uk"]),
    _p("p2", "professional", [("Lisa", "Mayes")], phones=["01223 217 654"], emails=["lisa.mayes@cambsfrs.org.uk"]),
], "c")

DOCS_C = [
    ("fire and rescue service firesetter intervention record", """CAMBRIDGESHIRE FIRE AND RESCUE SERVICE - FIRESETTER INTERVENTION SCHEME
REFERRAL AND SESSION RECORD (OFFICIAL-SENSITIVE)                                              Ref: FIS-26-071
Child: [[Jaheim BLACKWOOD|name]] ("[[Jai|name]]")     DOB: [[09/06/2014|dob]] (12)     School: [[North Cambridge Academy|school]], Year 8
Address: [[41 Northfield Avenue|address]], [[King's Hedges|place]], [[Cambridge|place]] [[CB4 2PX|postcode]]
Parent: [[Lauren Gotobed|name]] (mother), [[07578 902 134|phone]]
Referrer: [[Anoushka Delaney|name]], Social Worker, Granta Vale Council (Child in Need), [[07403 229 587|phone]],
[[anoushka.delaney@grantavale.gov.uk|email]]
Date of referral: [[14/08/2026|date]]     Firesetter advocate: [[Lisa Mayes|name]] ([[01223 217 654|phone]],
[[lisa.mayes@cambsfrs.org.uk|email]])
Supervising officer: Watch Manager [[Dean Rolph|name]]

1. REASON FOR REFERRAL (from the referrer)
Three fires that we know of in 2026:
(1) [[27/06/2026|date]], about 21:30 - two wheelie bins set alight behind the shops on [[Campkin Road|address]]; a crew from the fire
    station on [[Parkside|address]] attended. [[Jai|name]] and two friends were seen running off by a shopkeeper, Mr [[Hamid Rasuli|name]],
    who knows [[Jai|name]].
(2) [[19/07/2026|date]] - a small fire in long grass on the recreation ground off [[Nuffield Road|address]]; put out by a dog walker.
    [[Jai|name]] told his mum about it afterwards.
(3) [[02/08/2026|date]] - a fire in his bedroom: he lit the spray from a deodorant can with a lighter and the flame caught the curtain.
    [[Lauren|name]] put it out with a wet towel; his sister, [[Amelia-Rose|name]] (5), was asleep in the next room. No injuries.
    [[Lauren|name]] rang 999 afterwards and a crew came to check the room.
Also: two lighters found in his school bag at [[NCA|school]] on [[09/07/2026|date]]; his maternal grandmother, Mrs [[Julie Gotobed|name]],
says he has "played with matches since he was eight". His father, Mr [[Curtis Blackwood|name]], is in prison (HMP Littlehey). His mother's
former partner, Mr [[Josh Papworth|name]], was violent to her (MARAC in 2022) and has recently been coming to the house again.

2. HOME FIRE SAFETY VISIT - [[20/08/2026|date]] ([[L. Mayes|name]] and Firefighter [[Kwame Asiedu|name]])
Smoke alarms fitted on both floors and a heat alarm in the kitchen (none working before). Lighters and matches: [[Lauren|name]] vapes
and has agreed to keep her one lighter in a locked tin on top of the fridge. Escape plan made with [[Jai|name]] and [[Amelia-Rose|name]]
("[[Mimi|name]]"), who drew the door and the window on the plan. Bedroom: the burnt curtain has gone; a blind fitted by Sanctuary
Housing.

3. SESSIONS
Session 1 - [[27/08/2026|date]], at home, [[Lauren|name]] present for the first half.
[[Jai|name]] was chatty and honest. Bins: "It was [[Kacper|name]]'s lighter. [[Tyreece|name]] dared me and then they both ran." Grass: "I
just wanted to see if it would go." Bedroom: "I was bored and I'd seen it on TikTok." He said fire makes him feel "calm, like when
you look at a candle", and that the bin fire was "the day my dad got moved to Littlehey and he couldn't ring". We did the fire
triangle, how fast a room fire spreads (the 3-minute video) and who comes when you ring 999 ("the crew are people's mums and
dads"). He asked whether his dad "could see the fire from his cell". I said no. He looked relieved.
Session 2 - [[03/09/2026|date]], at the fire station on [[Parkside|address]], with [[Lauren|name]] and [[Mimi|name]].
Met Watch Manager [[Rolph|name]] and the crew of the day watch; sat in the engine; tried the breathing apparatus mask. Looked at the
burns photographs (with [[Lauren|name]]'s agreement, [[Mimi|name]] with Firefighter [[Asiedu|name]] at the time). [[Jai|name]] went quiet
and then asked how old you have to be to join. He wants to be a firefighter "or a footballer, or both".
Session 3 - [[10/09/2026|date]], at [[North Cambridge Academy|school]], with his head of year, Mr [[Olly Neep|name]].
[[Jai|name]] made a poster for his bedroom door ("My fire promise"): 1. I don't carry lighters. 2. If I'm angry I go on my bike or
ring Granny [[Hy|name]]. 3. If my mates do fires I walk away. 4. I tell Mum or Mr [[Neep|name]] if I feel like doing one. He signed it
"J.B." with a drawing of a fire engine.

4. ASSESSMENT (advocate, agreed with WM [[Rolph|name]])
Level: MODERATE - curiosity and peer influence, with firesetting as a way of managing difficult feelings (father's imprisonment;
fear of Mr [[Papworth|name]]). Good engagement; mother protective and honest. No fires reported since [[02/08/2026|date]].
Recommendations: an educational psychology assessment (learning and emotional needs) - requested by [[NCA|school]]; GP referral for an
ADHD assessment (waiting list); continued Child in Need support; a 3-month follow-up call to [[Lauren|name]] ([[10/12/2026|date]]).
Case closed to the scheme on [[17/09/2026|date]].
[[L. Mayes|name]], Firesetter Advocate        Countersigned: WM [[D. Rolph|name]], [[18/09/2026|date]]
"""),
    ("GP's safeguarding coded entries export", """SystmOne - SAFEGUARDING SUMMARY: CODED ENTRIES, ALERTS AND LINKED FAMILY RECORDS
Arbury and Kings Hedges Medical Practice        Printed [[09/10/2026|date]] 11:42 by Dr [[Sarah Kingdon|name]] for the Child in Need review
THIRD-PARTY INFORMATION IS MARKED [3P] AND MUST BE REMOVED BEFORE ANY DISCLOSURE TO THE FAMILY.

PATIENT: [[BLACKWOOD, Jaheim|name]] (Master)   DOB [[09-Jun-2014|dob]]   NHS [[473 363 9279|nhs]]   Usual GP: Dr [[S Kingdon|name]]
Address: [[41 Northfield Avenue|address]], [[Cambridge|place]] [[CB4 2PX|postcode]]    Tel (home): [[07578 902 134|phone]] (mother)
Active alerts: CHILD IN NEED | PARENT IN PRISON | DOMESTIC ABUSE IN HOUSEHOLD | FIRE-SETTING BEHAVIOUR

Date / code / term (clinician)
    Details
[[14-Mar-2019|date]]  XaLEH  Child is cause for concern ([[N Owusu-Banks|name]], HV)
    HV: father arrested at home for robbery in front of the child (4); mother tearful. [3P] Father [[Curtis BLACKWOOD|name]].
[[02-Oct-2020|date]]  XaN8n  Parent in prison ([[S Kingdon|name]])
    Father sentenced to 9 years. Now at HMP Littlehey (from [[27-Jun-2026|date]], per mother).
[[11-Jan-2022|date]]  XaQ1v  Child in household where domestic abuse occurs ([[S Kingdon|name]])
    [3P] Mother's partner [[Josh PAPWORTH|name]]. MARAC on [[20-Jan-2022|date]]. Early Help (Granta Vale) involved.
[[30-May-2023|date]]  XaJ9b  Did not attend (was not brought) ([[Priya Raman|name]], PN)
    Asthma review. 2nd in 6 months.
[[09-Jul-2026|date]]  XaE2s  Referral to paediatrician - neurodevelopmental ([[S Kingdon|name]])
    School ([[NCA|school]], Mrs [[F Quinlan|name]]) and mother report impulsivity, poor focus, 3 suspensions. Lighters in bag.
[[03-Aug-2026|date]]  XaBt5  Fire-setting behaviour ([[Tom Fairbairn|name]], ANP)
    Bedroom fire [[02-Aug-2026|date]], deodorant and lighter. No burns. Seen with mum. Fire service informed by mum.
[[18-Sep-2026|date]]  XaPy3  Child in need plan ([[S Kingdon|name]])
    SW [[Anoushka Delaney|name]], Granta Vale, [[07403 229 587|phone]]. CIN review [[20-Oct-2026|date]] - report requested.
[[06-Oct-2026|date]]  XaR0k  Safeguarding information received (admin, [[Kerry-Ann Hobbs|name]])
    Letter from CFRS ([[Lisa Mayes|name]]): firesetter scheme completed; scanned.

LINKED FAMILY RECORDS (same household, registered here)
Mother: [[GOTOBED, Lauren|name]]   DOB [[25-Oct-1992|dob]]   NHS [[498 933 9444|nhs]]
[[20-Jan-2022|date]]  XaIQ4  Victim of domestic abuse ([[S Kingdon|name]])
    MARAC ([[Cambridge|place]]). [3P] Perpetrator [[J Papworth|name]]. IDVA [[Becca Thurlow|name]] (Refuge).
[[12-Apr-2024|date]]  XaKd1  Anxiety with depression ([[S Kingdon|name]])
    Sertraline 50 mg. Talking Therapies self-referral.
[[15-May-2026|date]]  XaL7v  Carer of a person - informal ([[Priya Raman|name]], PN)
    Caring for her father, Mr [[Gary Gotobed|name]], in [[Histon|place]] after his stroke.
[[12-Sep-2026|date]]  XaQ1w  Domestic abuse - disclosure ([[S Kingdon|name]])
    Says her ex-partner ([3P] [[Josh|name]]) has been coming to the house, shouting, and sent 40 texts in a night. Police aware
    (crime ref given). DASH: medium. SW informed.
Sibling: [[GOTOBED, Amelia-Rose|name]]   DOB [[18-Apr-2021|dob]]   NHS [[701 314 8873|nhs]]
[[16-Jan-2022|date]]  XaLEH  Child is cause for concern ([[N Owusu-Banks|name]], HV)
    Baby in household at the time of the MARAC incident.
[[07-Feb-2025|date]]  XaJ9b  Did not attend (was not brought) ([[Priya Raman|name]], PN)
    Eczema review (mother working).
[[18-Sep-2026|date]]  XaPy3  Child in need plan ([[S Kingdon|name]])
    As for sibling.

NOT REGISTERED HERE ([3P])
Father of [[Amelia-Rose|name]]: [[Josh PAPWORTH|name]], DOB [[03/07/1993|dob]], registered in [[St Ives|place]] (per MARAC minutes).
Father of [[Jaheim|name]]: [[Curtis BLACKWOOD|name]], DOB [[13/02/1989|dob]], prison healthcare. Paternal grandmother, Mrs
[[Hyacinth Blackwood|name]] (registered at another practice), "main support", tel [[01223 503 871|phone]].

Free-text note (Dr [[Kingdon|name]], [[09/10/2026|date]]): I have known this family for seven years. [[Lauren|name]] is a loving, tired
mother who has kept both children safe from a violent ex-partner with very little help. [[Jaheim|name]] is bright, funny and struggling at
school; I support the educational psychology assessment and the ADHD referral (waiting list 74 weeks at present).
"""),
]

DOCS_C += [
    ("educational psychologist's report extract", """GRANTA VALE COUNCIL - EDUCATIONAL PSYCHOLOGY SERVICE
PSYCHOLOGICAL ADVICE (extract: sections 1 to 3, 5 and 7), for the Child in Need plan and a request for an EHC needs assessment

Name: [[Jaheim Blackwood|name]] (known as "[[Jai|name]]")        Date of birth: [[9 June 2014|dob]]        UPN: [[Z873227018083|upn]]
School: [[North Cambridge Academy|school]] ([[NCA|school]]), Year 8        Educational psychologist: Dr [[Catrin Haylock|name]]
Involvement: consultation at school [[22/09/2026|date]]; classroom observation [[29/09/2026|date]]; individual sessions [[6|date]] and
[[13 October 2026|date]]; meeting with his mother [[13/10/2026|date]]
People consulted: Mrs [[Fiona Quinlan|name]] (SENCo); Mr [[Olly Neep|name]] (Head of Year 8); Ms [[Adaeze Nwosu|name]] (English); Mr
[[Tomasz
Wiśniewski|name]] (maths); [[Lauren Gotobed|name]] (mother); Mrs [[Hyacinth Blackwood|name]] (paternal grandmother, by phone); [[Anoushka
Delaney|name]] (social worker); [[Lisa Mayes|name]] (fire and rescue service)

1. BACKGROUND
[[Jai|name]] lives with his mother and his sister, [[Amelia-Rose|name]] ("[[Mimi|name]]", 5), in [[King's Hedges|place]]. His father has
been in prison since [[Jai|name]] was six; [[Jai|name]] visits him once a month with his grandmother. He went to
[[Mayfield Primary|school]], where
he was described as "lively, kind and behind in reading", and moved to [[NCA|school]] in September 2025. In Year 7 and 8 he has had four
suspensions (nine days in all), for walking out of lessons, swearing at a teacher and, in June, a fight with a Year 9 boy who had
said something about his father. He spends about a day a week in the school's inclusion room. He was referred to the fire and
rescue service's firesetter scheme in August (see their report; no fires since).

2. WHAT OTHERS SAY
Mrs [[Quinlan|name]]: "He can't get started on writing and then he's off round the room. One-to-one he's a different boy."
Mr [[Neep|name]]: "Everybody likes [[Jai|name]]. He goes off like a firework when he feels shown up, and it's over in ten minutes."
Ms [[Nwosu|name]]: his spoken answers in English are "the best in the group"; his written work is a few lines.
Mr [[Wiśniewski|name]]: quick at mental maths; loses his place copying from the board.
His mother: "He's been like this since his dad went. He's got no off switch at bedtime. He's soft with [[Mimi|name]]." She told me that
[[Jai|name]] is frightened of her ex-partner, Mr [[Papworth|name]], and "stands in front of" his sister when he comes.
His grandmother: "That boy is a good boy. He just needs a man to show him. His uncle [[Marlon|name]] takes him to football."

3. WHAT I SAW AND WHAT THE ASSESSMENT SHOWED
In a maths lesson (observation, [[29/09|date]]) [[Jai|name]] was on task for 41% of intervals (the class average was 78%), most often
off task when copying. He helped the boy next to him, [[Bilal|name]], with a sum and was pleased when Mr [[Wiśniewski|name]] noticed.
On the BAS-3 his verbal reasoning was average and his non-verbal reasoning above average; his working memory and processing speed
were well below average. Single-word reading: a reading age of 9 years 2 months (he is 12 years 4 months); spelling lower still,
with a phonological pattern consistent with dyslexia. Rating scales completed by his mother and two teachers showed high levels of
inattention and restlessness in both settings. This does not amount to a diagnosis; the paediatric referral made by Dr [[Kingdon|name]]
should continue.

5. [[JAI|name]]'S VIEWS (from the "ideal self" drawing and our talk)
The kid I don't want to be: "gets kicked out, does fires, ends up inside like my dad. No mates. Mum crying."
The kid I want to be: "a firefighter. Lives in a house with a garden and a dog. Takes [[Mimi|name]] to see Aunty [[Merle|name]] in
[[Mandeville|place]]. Scores for Cambridge United." What helps: "When Mr [[Neep|name]] gives me a job. Headphones. When they read the
question out. Granny [[Hy|name]]'s dumplings. [[Kacper|name]] and [[Tyreece|name]] but not when they're being idiots."

7. RECOMMENDATIONS (summary)
- A structured literacy intervention (daily, 20 minutes), reading pen and coloured overlays trialled; exam access arrangements.
- Instructions given one at a time, written on his desk; no copying from the board.
- A named key adult (Mr [[Neep|name]]) and a "time out" card to the inclusion room that is not a sanction.
- Emotional support about his father's imprisonment: a referral to a children of prisoners' service; his grandmother to be involved.
- A request for an EHC needs assessment is supported.
Dr [[C. Haylock|name]], Senior Educational Psychologist, [[19/10/2026|date]]
"""),
    ("Email a Prisoner message and the prisoner's reply sheet", """[A printout of an emailaprisoner.com message and the reply sheet that
came back in the post, given by [[Lauren Gotobed|name]] to [[Anoushka Delaney|name]] on [[20 October 2026|date]] for [[Jaheim|name]]'s Child
in Need review, with [[Jaheim|name]]'s agreement ("she
can read it but not out loud in the meeting"). Typed as written.]

emailaprisoner.com - Message 88213094 - sent [[11/10/2026|date]] 19:42 - 1 credit
To: [[Curtis Blackwood|name]]   Prisoner number: A7231DK   Establishment: HMP Littlehey
From: [[Lauren Gotobed|name]] ([[lauren.gotobed92@hotmail.co.uk|email]])   Reply sheet: YES

hi dad its [[jai|name]]. mum is typing but its me saying it.
did u get my drawing of the mclaren. granny [[hy|name]] says ur going to a cat C. is that better.
i have to tell u something dont go mad. i did some fires. the bins by the co-op on [[campkin road|address]] and my curtains by
accident. mum is ok. [[mimi|name]] is ok. a fire lady called [[lisa|name]] came and we talked about it. she took me to the fire station
and i sat in the engine. i want to be a firefighter now. do they let you if you done fires.
theres also a lady dr [[haylock|name]] who does puzzles with me. she says i might have dyslexia like you said you have.
[[josh|name]] came to the house again and mum told him to go. he was shouting at the window. i wasnt scared i took [[mimi|name]] in my room
and played roblox with her.
[[kacper|name]] got a ps5. nanny [[julie|name]] says hi (no she doesnt lol).
when r u out. mum says 2028. i will be 14.
love [[jai|name]]
ps granny [[hy|name]] is going jamaica at christmas to see aunty [[merle|name]] and bringing me a reggae boyz shirt

HMP LITTLEHEY - EMAIL A PRISONER REPLY SHEET (write on one side only)
From: [[C. BLACKWOOD|name]]  A7231DK  H wing  HMP Littlehey, [[Perry|place]], [[Huntingdon|place]] [[PE28 0SR|postcode]]
To: [[Jaheim Blackwood|name]], c/o [[Lauren Gotobed|name]], [[41 Northfield Avenue|address]], [[Cambridge|place]] [[CB4 2PX|postcode]]
Date: [[14/10/2026|date]]

[[Jai|name]] my son,
Got your message and the McLaren, its on my wall. I aint going mad. I am proud you told me straight, thats what a man does.
But listen to me. Fire is not a joke. When I was in [[Peterborough|place]] a man on my landing got burnt bad from a fire in his cell,
I seen his face after. Listen to [[Lisa|name]]. Firefighters is proper people, you could do it, but not if you got a record, so
no more. Promise me.
About the dyslexia, yes I got it, nobody tested me, I left [[Manor|school]] at 15 with nothing and look where I am. You are not me.
Let the doctor lady help you. Do the reading even when its long.
About [[Josh|name]]. You done right looking after [[Mimi|name]]. But you aint the man of the house, your mum is the boss, and if he
comes again you ring 999 and you tell your social worker. That is not grassing. That is protecting your family.
Tell Granny to bring you on the [[14th November|date]] visit. Tell your uncle [[Marlon|name]] I said thanks for taking you to the
football. Big up [[Kacper|name]]. Say hello to your nanny [[Julie|name]] from me even if she dont say it back lol.
Cat C is better yes. Maybe Warren Hill after Easter. 2028 if I keep my head down and I am keeping it down for you.
One love. Be good for your mum.
Dad
PS aunty [[Merle|name]]'s number is [[+1 876 962 4418|phone]] if granny forgets to give it you, ring her at Christmas
"""),
]

# --- D. Solanki / Parmar family (British Indian, Gujarati Hindu), Loughborough ------------------------------------------

HOME_D = d.Address("14 Beacon Road", "", "Loughborough", "LE11 2BH")
KAKA_D = d.Address("57 Ealing Road", "Alperton", "Wembley", "HA0 4BA")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Riya", "Solanki")], dt.date(2011, 2, 21), addresses=[HOME_D], phones=["07983 402 116"],
       ids=["5669427513", "Q855211515613"], schools=["Charnwood College"]),
    _p("s", "sibling", [("Dev", "Solanki")], dt.date(2016, 9, 3), addresses=[HOME_D], ids=["4614859755", "V855211520186"],
       schools=["Booth Wood Primary School"]),
    _p("m", "mother", [("Bhavna", "Solanki")], dt.date(1982, 12, 17), addresses=[HOME_D], phones=["07594 331 208", "01509 263 714"],
       ids=["4393888081", "YK 63 07 51 C"]),
    _p("f", "father", [("Hitesh", "Solanki")], dt.date(1979, 5, 5), addresses=[KAKA_D], phones=["07828 650 173"]),
    _p("g", "grandparent", [("Kusumben", "Parmar"), ("Kusum", "Parmar")], dt.date(1951, 3, 2), addresses=[HOME_D]),
    _p("u", "other", [("Mahesh", "Solanki")], None, addresses=[KAKA_D], phones=["020 8903 5521"]),
    _p("p1", "professional", [("Megan", "Tebbutt")], phones=["01509 568 200"], emails=["megan.tebbutt@wreakevale.gov.uk"]),
    _p("p2", "professional", [("Nicola", "Pegg")], emails=["nicola.pegg@nhs.net"]),
], "c")

DOCS_D = [
    ("British Transport Police concern for welfare record", """BRITISH TRANSPORT POLICE - CONCERN FOR WELFARE / VULNERABLE PERSON RECORD
Occurrence: BTP-2610-08817          Created: Sat [[10/10/2026|date]] 23:58          Owner: PC 4471 [[Luke EVERITT|name]]
Second officer: PC 5120 [[Anita BROOMHEAD|name]]          Supervisor: PS 2906 [[Gareth Hollin|name]]
Location: [[Loughborough|place]] - railway station, platform 2 (southbound), station code LBO
Reported by: East Midlands Railway dispatcher [[Jo Bramley|name]] (radio to the signaller, then 999), 22:55

SUBJECT
[[SOLANKI, Riya|name]]     Female     DOB [[21/02/2011|dob]] (15)     Ethnicity: Asian British - Indian
Address: [[14 Beacon Road|address]], [[Loughborough|place]] [[LE11 2BH|postcode]]     Mobile: [[07983 402 116|phone]]
School: [[Charnwood College|school]], Year 11

CIRCUMSTANCES
22:48 - A 999 call from [[Harleen KAUR|name]] (15, a friend, of [[Shepshed|place]]), who had seen a Snapchat story posted by the subject at
22:41: a photo of the platform edge with the words "sorry everyone x". Control alerted EMR and Network Rail.
22:55 - [[Jo Bramley|name]] saw a girl sitting on the edge of platform 2 with her legs over the track as a freight train passed
on the fast line. She spoke to her, using her training, and persuaded her to sit back on the bench. She stayed with her.
23:10 - Officers arrived from the [[Leicester|place]] post. The girl confirmed her name and date of birth. She said "I was waiting for the
fast one" and "I don't want to be here any more, everyone would be better off". Fresh cuts to her left forearm (shallow, not bleeding).
She said she had taken "about six" of her grandmother's blood pressure tablets at about 21:30. Ambulance requested at 23:14 (EMAS,
category 2).
23:31 - Ambulance crew ([[Steph Wragg|name]], [[Callum Osei|name]]) took her, with PC [[Broomhead|name]], to the children's emergency
department at the Leicester Royal Infirmary. She went willingly; section 136 was not needed. She gave her phone to PC [[Broomhead|name]]
"so I don't look at it".

FAMILY AND NOTIFICATIONS
Mother: [[Bhavna SOLANKI|name]], on a night shift as a senior carer at a care home in [[Shepshed|place]]; rung at 23:20 on
[[07594 331 208|phone]]; she went straight to the hospital (arrived 00:25). She said [[Riya|name]] had told her grandmother she was
"revising at [[Harleen|name]]'s".
Father: [[Hitesh SOLANKI|name]], lives with his brother in [[Wembley|place]] since the parents separated in June; rung at 23:35 on
[[07828 650 173|phone]]; said he would drive up in the morning. [[Riya|name]] asked that her father is "not told the details" because
"he'll say it's Mum's fault".
At home: maternal grandmother, Mrs [[Kusumben PARMAR|name]] (75, speaks Gujarati, little English), and brother [[Dev|name]] (10).
PC [[Everitt|name]] went to the address at 00:10. A neighbour, Mr [[Pravin Lakhani|name]], interpreted with the family's agreement.
[[Dev|name]] asleep and well. Mrs [[Parmar|name]] very distressed; she showed the officer her tablet box (amlodipine), which had
tablets missing. The rest of the household medication was bagged and given to the mother's sister, Mrs [[Nila Chauhan|name]], who
arrived from [[Syston|place]] at 00:40 to stay the night.

RISK AND REFERRALS
THRIVE: threat HIGH; harm HIGH; risk HIGH; investigation: none (no crime); vulnerability: self-harm, suicidal intent, overdose,
family separation; engagement: good.
PPN (child at risk) to Wreake Vale Council children's services at 01:15 (received by the emergency duty team, [[Carl Spiby|name]]).
Information to the school's designated safeguarding lead, Mr [[Sunil Karia|name]], on Monday [[12/10/2026|date]] through the PPN
process. Railway suicide prevention: Network Rail's route lead informed; the dispatcher's welfare checked by her manager,
[[Donna Freer|name]].
The friend who rang, [[Harleen Kaur|name]], was rung back by PC [[Everitt|name]] at 00:50 and told that [[Riya|name]] was safe; her
father, Mr [[Jaswant Singh|name]], was with her.
Officer's note: "The dispatcher, [[Jo|name]], very probably saved this young person's life. Recommend a commendation."
"""),
    ("CAMHS liaison psychosocial assessment after self-harm", """LEICESTERSHIRE PARTNERSHIP NHS TRUST - CAMHS CRISIS AND LIAISON
PSYCHOSOCIAL ASSESSMENT FOLLOWING SELF-HARM (children's emergency department, Leicester Royal Infirmary)
Young person: [[Riya Solanki|name]]     DOB: [[21.02.2011|dob]]     NHS: [[566 942 7513|nhs]]     Age: 15
Seen: Sunday [[11 October 2026|date]], 10:15 to 12:05, after medical clearance (paracetamol and amlodipine levels; observed 12 hours
on the children's assessment unit; no treatment needed)
Assessor: [[Shona MacRae|name]], CAMHS liaison nurse     Discussed with: Dr [[Oluwaseun Adeyinka|name]], consultant child psychiatrist
Present: [[Riya|name]] alone (40 minutes), then with her mother, [[Bhavna Solanki|name]]; her father, [[Hitesh Solanki|name]], joined by
phone at 11:40. An interpreter was not needed (both parents speak English; Mrs [[Solanki|name]] translated her mother's message).

PRESENTING EVENT
Last night [[Riya|name]] took six amlodipine tablets (her grandmother's) and cut her forearm, then went to the railway station
"to finish it". She was found on the platform edge by rail staff after a friend raised the alarm (BTP record BTP-2610-08817).
She says she did not tell anyone in advance; she posted on Snapchat "so someone would find my body, not so they'd stop me".

HOME AND FAMILY
Lives with her mother, her brother [[Dev|name]] (10) and her maternal grandmother, "Ba" (Mrs [[Kusum Parmar|name]], 75), who moved in
from [[Belgrave|place]] after her husband died in 2023. Her parents separated in June after "years of rows about money"; her father
now lives with his older brother, [[Mahesh|name]] kaka, and his family in [[Wembley|place]]. She sees her father every other
weekend; she describes the visits as "him telling me Mum's ruined everything". Her mother works nights (four a week) and her
grandmother "does everything" in the evenings. [[Riya|name]] says she loves Ba "more than anyone" and felt "disgusting" taking her
tablets. Her mother's sister, [[Nila|name]] masi, lives in [[Syston|place]]; her cousin [[Anjali|name]] didi (22) is "the only one who gets
it". Extended family in [[Vadodara|place]] (her mother's brother, [[Nilesh|name]] mama).

EDUCATION
Year 11, [[Charnwood College|school]]; predicted grades 7 to 9; wants to study medicine "because that's the plan". Mocks in November.
She has been getting up at 4 a.m. to revise. She has stopped going to kathak classes and to the mandir with Ba.

FRIENDSHIPS AND ONLINE
Best friend [[Harleen|name]] ("she's basically my sister"). A falling-out in September with [[Sophie Oakden|name]] and a group chat that
"turned on" her after [[Sophie|name]] shared a screenshot of something [[Riya|name]] had said about a teacher. No romantic relationship.
No evidence of online grooming. Uses TikTok "for revision and sad edits".

SELF-HARM AND SUICIDAL THINKING
Cutting since Year 9 (thighs, then forearm), hidden under long sleeves; about weekly since June, daily this month. Thoughts of
death "most nights" for six weeks; researched overdose and trains online. Yesterday's trigger: a phone call with her father in
which he said he would not come to her Diwali dance at the school because "your mother will be there", and her mocks timetable.
Today: she regrets that she "caused all this" but is "not sure" she is glad to be alive. She agreed to a safety plan and said
that she wants to "try for Ba and [[Dev|name]]".

PARENTS' VIEWS
Mrs [[Solanki|name]]: shocked; had seen the long sleeves but "thought it was the fashion". She will move to day shifts. She passed
on a message from Ba, written in Gujarati on a piece of paper: "[[રિયા|name]], તું મારી લાડકી છે. ઘરે આવ." ("[[Riya|name]], you are my
darling. Come home.") [[Riya|name]] cried and kept the note.
Mr [[Solanki|name]] (by phone): upset and defensive at first ("I'm not the problem here"), then said he would "stop talking about
her mother" and would come to the hospital today with [[Mahesh|name]] kaka.

RISK FORMULATION
High risk of further self-harm and suicide in the short term: a serious attempt with a plan and a lethal method, hopelessness,
academic pressure, family conflict, and a recent loss of friendships. Protective: close relationships with her grandmother, her
brother, her cousin and [[Harleen|name]]; engagement today; her mother's response; no drug or alcohol use.

PLAN
1. Discharge home today with her mother; CAMHS crisis and home treatment team to visit within 24 hours (key worker [[Priyanka Lad|name]]).
2. Safety plan started today; to be finished with the school nurse and the school's DSL.
3. Medication in the house locked away (all of it, including Ba's) - Mrs [[Nila Chauhan|name]] has already done this.
4. Referral to Wreake Vale Council children's services for a child and family assessment (SW allocated: [[Megan Tebbutt|name]],
   [[01509 568 200|phone]]); consent given by [[Riya|name]] and her mother.
5. GP informed (Dr [[Ranjit Virdee|name]]; letter sent today).
[[S. MacRae|name]], CAMHS liaison nurse, [[11/10/2026|date]] 12:40
"""),
]

DOCS_D += [
    ("school safety plan written with a girl after a suicide attempt", """[[CHARNWOOD COLLEGE|school]] - MY SAFETY PLAN (confidential: DSL
file)
Written by [[Riya Solanki|name]] (11CF) with Mr [[Sunil Karia|name]] (DSL) and [[Nicola Pegg|name]] (school nurse) on Thursday
[[15 October 2026|date]],
from the plan started at the hospital with [[Shona|name]] (CAMHS). [[Riya|name]] wrote the answers herself; Mr [[Karia|name]] typed them.
Copy: [[Riya|name]]; her mum; [[Megan Tebbutt|name]] (social worker); [[Priyanka Lad|name]] (CAMHS crisis team). Review:
[[5 November 2026|date]].

1. THINGS THAT MAKE ME FEEL WORSE
- Papa talking about Mum. Being in the middle.
- The mocks timetable on the fridge. Revising past midnight.
- The 11CF group chat. Seeing [[Sophie|name]] and that lot laughing by the science block.
- Sunday nights, when I come back from [[Wembley|place]] on the train.

2. MY WARNING SIGNS (what other people might notice)
- I go quiet and say "I'm fine" a lot. I wear my hoodie in lessons even when it's hot.
- I stop eating Ba's food. I stay in my room "revising".
- I post sad edits at night.

3. THINGS I CAN DO ON MY OWN
- Go downstairs and sit with Ba while she makes thepla (she doesn't ask questions, she just gives me one).
- Play Mario Kart with [[Dev|name]] (he always wins, he's 10 and he cheats).
- The ice cube thing [[Shona|name]] showed me. Drawing mehndi patterns on paper instead of my arm.
- Walk round the park with my music (not on my own after dark).

4. PEOPLE AND PLACES THAT TAKE MY MIND OFF THINGS
- [[Harleen|name]] - her house in [[Shepshed|place]], her mum's chai.
- [[Anjali|name]] didi in [[Leicester|place]] - FaceTime, or the bus to [[Belgrave|place]] on Saturdays (with Mum's OK).
- Kathak class on Wednesdays (I want to go back - Mum will ring [[Hema|name]] auntie).
- The art room at lunch with Miss [[Ferreira|name]].
- [[Nila|name]] masi's in [[Syston|place]] when Mum is on a late shift.

5. PEOPLE I CAN ASK FOR HELP
- Mum - [[07594 331 208|phone]]
- Papa - [[07828 650 173|phone]] (only if it's not about Mum)
- [[Mahesh|name]] kaka (Papa's brother) - [[020 8903 5521|phone]] - he is kind
- Mr [[Karia|name]] or Mrs [[Jagger|name]] (pastoral, Year 11) - come to the student support office any time, no need to knock
- The school nurse, [[Nicola|name]] - ChatHealth text service (the number is on my lock screen now)

6. PROFESSIONALS AND SERVICES
- [[Megan Tebbutt|name]], social worker, Wreake Vale Council - [[01509 568 200|phone]]
- CAMHS crisis team (24 hours) - the number is on the card in my purse
- Childline 0800 1111; Papyrus HOPELINE247; Shout - text 85258; 999 or A&E if I can't keep myself safe

7. MAKING MY SURROUNDINGS SAFER
- Mum has locked all medicines (including Ba's) in the cash box; [[Nila|name]] masi has the spare key.
- I have given Mr [[Karia|name]] the blades from my pencil sharpener. I will tell [[Nicola|name]] if I have any more.
- I won't go to the station on my own for now. Papa will drive me back from [[Wembley|place]] or I'll get the coach with [[Anjali|name]].

8. THE THING THAT MATTERS MOST TO ME, AND IS WORTH LIVING FOR
"Ba. [[Dev|name]]. Dancing at my cousin [[Anjali|name]]'s wedding in December. Being a doctor, maybe, or maybe an artist - Miss
[[Ferreira|name]] says both is allowed."

School actions (Mr [[Karia|name]]): exam access - rest breaks and a separate room for the mocks; mocks timetable reduced (two of her
nine subjects moved to January); a "time out" pass; weekly check-in with Mrs [[Jagger|name]] on Mondays; the form tutor, Mr
[[Callum Bright|name]], told on a need-to-know basis. [[Dev|name]]'s school ([[Booth Wood Primary|school]], Mrs [[Elaine Tuck|name]], DSL)
told that he may be worried. Signed: [[Riya|name]] (signed "[[R. Solanki|name]]"), [[S. Karia|name]], [[N. Pegg|name]].
"""),
    ("ChatHealth school nurse text conversation export", """ChatHealth - Leicestershire and Rutland school nursing text service -
CONVERSATION EXPORT
Exported by [[Nicola Pegg|name]] (school nurse, [[Charnwood College|school]] and [[Booth Wood|school]]) on [[30/10/2026|date]] with the
young person's consent for her Child in Need review. Service user: "[[Riya S|name]]" (verified by the nurse at the first contact as [[Riya
Solanki|name]], DOB [[21/02/2011|dob]]). Automatic messages kept; times as sent.

[[19/10/2026|date]] 21:47  Service user: hi is this the school nurse thing
[[19/10/2026|date]] 21:47  ChatHealth (auto): Thanks for your message. A school nurse will reply between 9am and 4.30pm, Monday to
                       Friday. If you need help now call 999, go to A&E or call NHS 111 (option 2 for mental health).
[[19/10/2026|date]] 21:49  Service user: ok its [[riya solanki|name]] yr 11 [[charnwood|school]]. [[nicola|name]] said i could text.
                       nothing bad just cant sleep
[[20/10/2026|date]] 09:02  [[Nicola|name]] (school nurse): Hi [[Riya|name]], it's [[Nicola|name]]. Thank you for texting. How did last
                       night go in the end?
[[20/10/2026|date]] 09:40  Service user: slept at 2. did the ice thing. ba came in at 1 and sat with me, she thinks i dont know she checks
                       lol
[[20/10/2026|date]] 09:44  [[Nicola|name]] (school nurse): That sounds like Ba being Ba. Did you feel safe last night?
[[20/10/2026|date]] 09:51  Service user: yeah. i didnt do anything. just thoughts
[[20/10/2026|date]] 09:55  [[Nicola|name]] (school nurse): Thank you for being honest. Shall we put a sleep plan with your safety plan? I
                       can see you at break tomorrow in the medical room.
[[20/10/2026|date]] 09:56  Service user: ok
[[22/10/2026|date]] 18:20  Service user: sorry to text out of hours. papa rang and said [[mahesh|name]] kaka said i was "attention seeking"
                       at the hospital. is that true
[[22/10/2026|date]] 18:20  ChatHealth (auto): Thanks for your message. A school nurse will reply between 9am and 4.30pm...
[[22/10/2026|date]] 18:24  Service user: its fine i rang [[anjali|name]] didi. she said kaka is an idiot (she didnt say idiot)
[[23/10/2026|date]] 09:05  [[Nicola|name]] (school nurse): Hi [[Riya|name]]. No, it is not true. What happened was serious and you deserve
                       care, not labels. I'm really glad you rang [[Anjali|name]]. Is it OK if I let [[Megan|name]] know, so she can talk to
                       your dad?
[[23/10/2026|date]] 09:30  Service user: yeah tell [[megan|name]]. but not that i said idiot
[[23/10/2026|date]] 09:31  [[Nicola|name]] (school nurse): 😊 I won't.
[[26/10/2026|date]] 20:02  Service user: half term update. went to kathak!!! [[hema|name]] auntie let me do the front row.
                       [[harleen|name]] came to watch
[[26/10/2026|date]] 20:03  Service user: also papa came to the show. and sat next to mum. they didnt argue. [[dev|name]] filmed it
[[27/10/2026|date]] 10:15  [[Nicola|name]] (school nurse): That is brilliant news, [[Riya|name]]. How did it feel to be on the stage?
[[27/10/2026|date]] 10:40  Service user: like me again. i want to keep going every week. [[sophie|name]] messaged and said sorry too btw
[[27/10/2026|date]] 10:41  Service user: i havent cut since the [[10th|date]]. 17 days
[[27/10/2026|date]] 10:45  [[Nicola|name]] (school nurse): 17 days is a big deal. Be proud. And if a hard day comes it doesn't wipe that out
                       - text or come and find me. See you on Monday at break?
[[27/10/2026|date]] 10:46  Service user: yep. thank u [[nicola|name]]
[[29/10/2026|date]] 23:12  Service user: cant sleep again. mocks monday. keep thinking about the station
[[29/10/2026|date]] 23:12  ChatHealth (auto): Thanks for your message. A school nurse will reply between 9am and 4.30pm...
[[29/10/2026|date]] 23:15  Service user: its ok i woke mum. shes making hot chocolate. just telling someone
[[30/10/2026|date]] 08:31  [[Nicola|name]] (school nurse): Good morning [[Riya|name]]. You did exactly the right thing waking Mum. I've rung
                       your mum this morning and we have told [[Priyanka|name]] in the crisis team, who will call you at 4. Can you come to
                       the medical room at 8.45 before registration? Mr [[Karia|name]] will meet you at the gate.
[[30/10/2026|date]] 08:33  Service user: ok. im on the bus with [[dev|name]]. tell mr [[karia|name]] im coming
"""),
]

# --- E. Ozola / Ivanovs family (Latvian, from Latgale), Spalding ----------------------------------------------------------

HOME_E = d.Address("Flat 2, 9 Albion Street", "", "Spalding", "PE11 2AQ")
GRAN_E = d.Address("Atbrīvošanas aleja 128-7", "", "Rēzekne", "LV-4601")
BABA_E = d.Address("Vienības iela 40-15", "", "Daugavpils", "LV-5401")
COUSIN_E = d.Address("22 Fleet Street", "", "Holbeach", "PE12 7AD")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Elza", "Ozola")], dt.date(2011, 5, 14), addresses=[HOME_E], ids=["4205387164", "J925401325091"],
       schools=["Sir John Gleed School"]),
    _p("s", "sibling", [("Markuss", "Ivanovs")], dt.date(2019, 3, 8), addresses=[HOME_E], ids=["5757135506", "Z925209825390"],
       schools=["Spalding Monkshouse Primary School"]),
    _p("m", "mother", [("Inga", "Ozola")], dt.date(1990, 7, 27), addresses=[HOME_E], phones=["07366 512 049"],
       emails=["inga.ozola@inbox.lv"], ids=["SZ 84 12 60 B"]),
    _p("o", "other", [("Dmitrijs", "Ivanovs")], dt.date(1986, 11, 11), addresses=[HOME_E], phones=["07418 930 264"],
       ids=["TB 29 55 73 D"]),
    _p("f", "father", [("Jānis", "Bērziņš")]),
    _p("g", "grandparent", [("Vija", "Ozola")], dt.date(1963, 4, 9), addresses=[GRAN_E], phones=["+371 2634 8812"]),
    _p("g2", "grandparent", [("Galina", "Ivanova")], None, addresses=[BABA_E], phones=["+371 2915 4470"]),
    _p("o2", "other", [("Laura", "Ozola")], dt.date(2007, 2, 19), addresses=[COUSIN_E], ids=["SZ 90 46 31 A"]),
    _p("p1", "professional", [("Alison", "Pinchbeck")], phones=["07508 214 663"], emails=["alison.pinchbeck@wellandfen.gov.uk"]),
    _p("p2", "professional", [("Karolina", "Wróbel")], phones=["01775 724 518"], emails=["k.wrobel@fenstaff.co.uk"]),
], "c")

DOCS_E = [
    ("labour agency compliance email with the council's reply", """From: [[Karolina Wróbel|name]] <[[k.wrobel@fenstaff.co.uk|email]]>
Sent: Tuesday, [[29 September 2026|date]] 11:18
To: GLAA Intelligence <[[intelligence@gla.gov.uk|email]]>; Welland Fen Children's Front Door <[[frontdoor@wellandfen.gov.uk|email]]>
Cc: [[Ričards Kalniņš|name]] <[[r.kalnins@fenlandfresh.co.uk|email]]>
Subject: URGENT - suspected under-age worker on a night shift - our worker ref FS-11842

Dear all,

I am the Compliance Manager at FenStaff Recruitment (GLAA licensed). I am reporting a child who has been working for us under
another person's identity.

Last night (Monday [[28/09|date]] into Tuesday [[29/09|date]]) the night shift supervisor at our client's packhouse at [[Holbeach St
Marks|place]], Mr [[Ričards Kalniņš|name]], became worried about a worker on the brassica line who looked very young. The worker was
registered with us on [[07/09/2026|date]] as:
   [[Laura OZOLA|name]], DOB [[19/02/2007|dob]], NI [[SZ 90 46 31 A|ni]]
   Address: [[22 Fleet Street|address]], [[Holbeach|place]] [[PE12 7AD|postcode]]     Photo ID: a Latvian identity card
At her break (02:30) [[Ričards|name]], who speaks Latvian, asked her gently how old she was. She cried and told him that she is 15,
that her name is [[Elza Ozola|name]], and that [[Laura|name]] is her cousin, who lent her the ID card and her bank card "to help". She
said she has done six night shifts (22:00 to 06:00) since [[14 September|date]], travelling on our minibus ([[FN68 WDX|vehicle]], driver
[[Aivars Zariņš|name]]) from the pick-up on [[Winsover Road|address]], [[Spalding|place]]. She said she wanted money "for a phone" and "to
send to my grandmother in [[Rēzekne|place]]", that her mother, [[Inga|name]], works days at another packhouse in [[Moulton|place]], and that
her stepfather, [[Dmitrijs|name]], "drinks" and she "doesn't like being at home at night". She gave her address as [[Flat 2, 9 Albion
Street|address]], [[Spalding|place]] [[PE11 2AQ|postcode]].

What we have done:
- She was taken off the line at once. [[Ričards|name]] and a female team leader, Mrs [[Daiga Liepiņa|name]], drove her home at 03:40 and
  saw her go in; they say a man answered the door and "did not seem to understand" who they were.
- [[Laura Ozola|name]]'s registration is suspended. I rang her at 09:00 on [[07446 219 830|phone]]; she admitted lending the card and said
  [[Elza|name]] "begged" her. She has worked for us since 2025 and has no other concerns on file.
- Pay for the six shifts (£512.40 gross) is held and will not be paid into [[Laura|name]]'s account. Please tell us where it should go.
- We are reviewing how a 15-year-old passed our right-to-work check (the ID photo looks like [[Elza|name]]; the two girls are alike).

Please can children's services contact the family. We will keep all records, CCTV from the packhouse and the minibus log.

Kind regards,
[[Karolina Wróbel|name]]
Compliance Manager | FenStaff Recruitment | [[Unit 4, Pinchbeck Road|address]], [[Spalding|place]] [[PE11 3YQ|postcode]] |
[[01775 724 518|phone]]

-----
From: [[Alison Pinchbeck|name]] <[[alison.pinchbeck@wellandfen.gov.uk|email]]>
Sent: Tuesday, [[29 September 2026|date]] 15:02
To: [[Karolina Wróbel|name]]
Cc: GLAA Intelligence; DS [[Matt Cherry|name]] (Lincolnshire Police, [[Spalding|place]] CID)
Subject: RE: URGENT - suspected under-age worker on a night shift - our worker ref FS-11842

Dear [[Karolina|name]],

Thank you - this was exactly the right thing to do, and quickly. I am the allocated social worker. For your records: we already
knew this family, because police found [[Elza|name]]'s brother, [[Markuss|name]] (7), alone in the street at 02:47 on Sunday [[27
September|date]], on one of the nights [[Elza|name]] was working. A strategy discussion was held today at 13:00 and a section 47 enquiry
has started. Please do not contact the family or Ms [[Laura Ozola|name]] again for now, and please keep the pay held until the
police and GLAA tell you what to do.

Could you send me: the shift records and the minibus log for [[Elza|name]]'s shifts; the registration file with the ID copy; and a
statement from Mr [[Kalniņš|name]] and Mrs [[Liepiņa|name]] (DS [[Cherry|name]] will arrange this). I will visit Ms [[Inga Ozola|name]] with
a Latvian interpreter tomorrow.

Kind regards,
[[Alison Pinchbeck|name]]
Social Worker, Children's Assessment Team (South) | Welland Fen Council | [[07508 214 663|phone]]
[[Spalding|place]] locality office, [[Priory Road|address]]. (I grew up in [[Pinchbeck|place]], so I may well know your packhouse.)
"""),
    ("Latvian school e-diary (e-klase) printout translated", """[E-klase printout: "Skolēna dienasgrāmata" (pupil's diary) and messages,
school year 2024/25, printed from the parents' account by [[Vija Ozola|name]] in [[Rēzekne|place]] and posted to [[Elza|name]]'s school in
[[Spalding|place]], [[Sir John
Gleed School|school]]; passed by the school to [[Alison Pinchbeck|name]] (SW) on [[13/10/2026|date]]. Translated by [[Līga Vītola|name]]
(Latvian interpreter, NRPSI) on [[16/10/2026|date]]. Latvian kept where it matters; the English follows in brackets. Latvian dates are
written day.month.year.]

E-KLASE | Skolēns (pupil): [[Elza Ozola|name]] | Klase (class): 8.b | Skola: [[Rēzeknes 4. vidusskola|school]]
Klases audzinātāja (form teacher): [[Ilze Kronberga|name]]
Vecāki / aizbildņi (parents / guardians): [[Vija Ozola|name]] - vecmāmiņa, aizbildne (grandmother, guardian), [[+371 2634 8812|phone]];
[[Inga Ozola|name]] - māte, Lielbritānijā (mother, in Great Britain), [[inga.ozola@inbox.lv|email]]
Tēvs (father): [[J. Bērziņš|name]] - piekļuve liegta (no access, by the orphans' court's decision)

KAVĒJUMI (ABSENCES): 1st term - 47 lessons missed, 31 without a reason; 2nd term - 88 lessons missed, 64 without a reason.

PIEZĪMES UN ZIŅOJUMI (NOTES AND MESSAGES)
[[03.10.2024|date]]. [[I. Kronberga|name]]: [[Elza|name]] nebija ieradusies uz matemātikas kontroldarbu. Lūdzu sazināties.
   ([[Elza|name]] did not come to the maths test. Please get in touch.)
[[04.10.2024|date]]. [[V. Ozola|name]]: Atvainojiet, viņa palika mājās, man bija slikti.
   ([[Elza|name]] stayed at home; I was unwell. Sorry.)
[[21.11.2024|date]]. [[I. Kronberga|name]]: [[Elza|name]] stundās guļ. Saka, ka naktī pieskata vecmāmiņu.
   ([[Elza|name]] sleeps in lessons. She says she looks after her grandmother at night.)
[[22.11.2024|date]]. [[V. Ozola|name]]: Paldies, skolotāj. Man bija operācija [[Daugavpilī|place]], un [[Elza|name]] nedēļu bija viena
   mājās. Tagad esmu mājās. (Thank you, teacher. I had an operation in [[Daugavpils|place]] and [[Elza|name]] was at home alone
   for a week. I am home now.)
[[14.01.2025|date]]. Skolas psiholoģe [[Anna Lāce|name]]: Runājām ar [[Elzu|name]]. Viņa ļoti ilgojas pēc mammas. Ieteicu konsultācijas.
   (School psychologist: we talked with [[Elza|name]]. She misses her mum very much. I recommended counselling.)
[[06.02.2025|date]]. [[I. Kronberga|name]]: Konflikts ar [[Kristiānu Zeili|name]] starpbrīdī, [[Elza|name]] iesita.
   Vecākiem ierasties skolā. (A fight with [[Kristiāna Zeile|name]] at break; [[Elza|name]] hit her. Parents to come to school.)
[[07.02.2025|date]]. [[V. Ozola|name]]: Atnākšu pirmdien. Ar [[Elzu|name]] runāju, viņa nožēlo. Lūdzu, nesodiet stingri.
   (I will come on Monday. I have talked to [[Elza|name]]; she is sorry. Please do not punish her hard.)
[[05.03.2025|date]]. Direktora vietniece [[Dace Pūce|name]]: Par kavējumiem informēts Rēzeknes novada sociālais dienests un bāriņtiesa.
   (Deputy head: the Rezekne municipal social service and the orphans' court have been told about the absences.)
[[18.04.2025|date]]. [[I. Kronberga|name]]: Paldies, [[Elza|name]] šomēnes apmeklē visas stundas! Uzlabojums matemātikā.
   (Thank you - [[Elza|name]] has come to every lesson this month! Better in maths.)
[[22.05.2025|date]]. [[V. Ozola|name]]: Vasarā [[Elza|name]] dosies pie mammas uz Angliju. Jūnijā viņa būs pie radiem [[Maltā|place]].
   (In the summer [[Elza|name]] is going to her mum in England. In June she will stay with relatives in [[Malta|place]] - the
   translator adds: a village near [[Rēzekne|place]], not the island.)
[[30.05.2025|date]]. [[I. Kronberga|name]]: Veiksmi, [[Elza|name]]! Tev ir labs prāts un liela sirds. Raksti mums no [[Spaldingas|place]]!
   (Good luck, [[Elza|name]]! You have a good mind and a big heart. Write to us from [[Spalding|place]]!)

GADA VĒRTĒJUMI (END-OF-YEAR GRADES, out of 10): Latviešu valoda 7; Angļu valoda 8; Matemātika 5; Bioloģija 8; Vēsture 6; Sports 9.

Translator's note ([[L. Vītola|name]]): "aizbildne" is a guardian appointed by a Latvian orphans' court (bāriņtiesa) when a parent
is abroad. "n" in the lesson register means absent. "[[Elzu|name]]" and "[[Kristiānu Zeili|name]]" are the same names in another grammatical
case; Latvian changes the endings of names and places ("[[Daugavpilī|place]]" = in [[Daugavpils|place]]).
"""),
]

DOCS_E += [
    ("police officer's pocket notebook entries typed up", """LINCOLNSHIRE POLICE - POCKET NOTEBOOK ENTRIES (typed copy for the strategy
discussion on [[29/09/2026|date]])
PC 1187 [[Jack BUNTING|name]], [[Spalding|place]] response team. Book 0044712, pp. 31-34. Block capitals, times and abbreviations as
written.

SUN [[27/09/26|date]]
0247 ON MOBILE PATROL [[SPALDING|place]] WITH PS 906 [[GEDNEY|name]]. CONTROL LOG 71: TAXI DRIVER REPORTS SMALL BOY ALONE IN STREET,
     [[WINSOVER RD|address]] J/W [[ALBION ST|address]].
0251 ARR. TAXI DRIVER [[Gurnam SANGHA|name]] DOB [[04/08/1971|dob]] OF [[PINCHBECK|place]], [[07721 640 395|phone]], WITH M/CHILD APPROX 6-7
     YRS IN FRONT PASS SEAT OF HIS CAB WITH A BLANKET. CHILD IN SPIDERMAN PJS + WELLIES, NO COAT, 9 DEG C. CRYING. SPEAKING FOREIGN LANG -
     POSS RUSSIAN. GAVE NAME "[[MARKUSS|name]]". SAID "MAMA WORK. [[ELZA|name]] WORK."
0258 LANGUAGE LINE (RUSSIAN) VIA MY PHONE, INTERP NO. 40172. CHILD SAYS HE WOKE UP, "PAPA SLEEP, NO WAKE UP", WENT TO FIND MAMA AT
     "THE BIG FACTORY". KNOWS HIS HOME: "BLUE DOOR BY THE CHIP SHOP".
0305 WALKED WITH CHILD + PS [[GEDNEY|name]] TO [[FLAT 2, 9 ALBION ST|address]]. STREET DOOR + FLAT DOOR BOTH OPEN.
0308 STRONG SMELL OF INTOX LIQUOR. M/ADULT ASLEEP ON SOFA IN LOUNGE, WOKEN WITH DIFFICULTY. GAVE DETAILS [[Dmitrijs IVANOVS|name]]
     DOB [[11/11/1986|dob]]. SLURRED, UNSTEADY. 4 X EMPTY 0.7 L VODKA BOTTLES, 1 HALF FULL. SAID "I SLEEP. CHILDREN SLEEP. MOTHER WORK."
     THOUGHT [[ELZA|name]] (15) IN HER ROOM - SHE WAS NOT. 2ND BEDROOM: 2 BEDS, TOYS, SCHOOL BOOKS ([[MONKSHOUSE|school]] READING RECORD
     IN NAME [[MARKUSS IVANOVS|name]]). KITCHEN: FOOD IN, CLEAN. NO OTHER CHILDREN.
0320 RANG MOTHER [[Inga OZOLA|name]] ON [[07366 512 049|phone]] (NO. ON THE FRIDGE). AT WORK 2200-0600 AT A PACKHOUSE IN [[MOULTON|place]].
     VERY UPSET. SAID [[ELZA|name]] "IS SLEEPING AT [[LAURA|name]]'S IN [[HOLBEACH|place]]". COMING HOME BY TAXI.
0332 PS [[GEDNEY|name]] DECISION: CHILD TO STAY WITH POLICE IN CAR (WARM) UNTIL MOTHER HOME; NOT LEFT WITH MR [[IVANOVS|name]]. POLICE
     PROTECTION CONSIDERED - NOT USED IF MOTHER SOBER AND HOME WITHIN 1 HR.
0340 MR [[IVANOVS|name]]: "YOU TAKE THE BOY?" EXPLAINED (VIA INTERP). HE CRIED. SAID HE "DRINK BECAUSE NO WORK SINCE JULY". CHILD ON MY
     KNEE IN THE CAR, DRINKING WATER. SAID HIS "BABA [[GALYA|name]]" LIVES IN [[DAUGAVPILS|place]] AND HAS A DOG.
0410 MOTHER HOME BY TAXI. SOBER (NO SMELL, STEADY). UPSET, APOLOGISED. SAID MR [[IVANOVS|name]] "PROMISED" NOT TO DRINK WHEN SHE IS ON
     NIGHTS. TRIED [[ELZA|name]]'S PHONE - NO REPLY. MOTHER RANG NIECE [[LAURA OZOLA|name]] - [[LAURA|name]] SAID [[ELZA|name]] "JUST LEFT".
     MOTHER DID NOT KNOW WHERE [[ELZA|name]] WAS. (NB - SEE LATER INFO RE WORK.)
0425 CHILD IN BED WITH MOTHER. MR [[IVANOVS|name]] AGREED TO LEAVE FOR THE NIGHT - TO HIS FRIEND [[ANDRIS|name]]'S FLAT ON
     [[PINCHBECK RD|address]]. WALKED THERE BY PS [[GEDNEY|name]].
0440 PPN SUBMITTED. EDT INFORMED ([[Sue Markillie|name]]). TAXI DRIVER THANKED - HE HAD PAID FOR NO FARES FOR 40 MIN TO STAY WITH THE CHILD.
0612 [[ELZA|name]] CAME HOME (SEEN BY MOTHER) IN A HI-VIS VEST. MOTHER RANG ME AT 0630. [[ELZA|name]] SAID SHE HAD "BEEN AT A FRIEND'S".
     INFO PASSED TO EDT.

[[J. BUNTING|name]] PC 1187                                                     Checked: PS 906 [[H. GEDNEY|name]]
"""),
    ("letter from a Latvian orphans' court, translated", """RĒZEKNES NOVADA BĀRIŅTIESA (REZEKNE MUNICIPALITY ORPHANS' AND CUSTODY COURT)
[[Atbrīvošanas aleja 95A|address]], [[Rēzekne|place]], [[LV-4601|postcode]] | tālr. [[+371 6462 2331|phone]] |
[[barintiesa@rezeknesnovads.lv|email]]

[[Rēzeknē|place]], [[2026. gada 3. novembrī|date]]                                                   Nr. 2-9/2026/418
Welland Fen Council, Children's Services, Ms [[Alison Pinchbeck|name]]
Par nepilngadīgo [[Elzu Ozolu|name]] (dz. [[14.05.2011|dob]]) (Concerning the minor [[Elza Ozola|name]], born [[14.05.2011|dob]])

[Translated from Latvian by [[Līga Vītola|name]] on [[10/11/2026|date]]. The court's opening line, "Godātā [[Pinchbeck|name]] kundze!",
means "Dear Mrs [[Pinchbeck|name]]".]

1. On [[20.10.2026|date]] the court received, through the Consular Section of the Embassy of Latvia in [[London|place]], your letter of
[[12 October 2026|date]] about the child [[Elza Ozola|name]] and her half-brother [[Markuss Ivanovs|name]] (born [[08.03.2019|dob]]), both
Latvian citizens living in [[Spalding|place]], England.

2. From the court's file. By the court's decision of [[18.06.2019|date]] the child's grandmother, [[Vija Ozola|name]], was appointed her
guardian while her mother, [[Inga Ozola|name]], worked in Great Britain. At the mother's request the guardianship ended on
[[29.07.2025|date]], when the child went to live with her mother. The child's father, [[Jānis Bērziņš|name]], whose custody rights were
suspended by the court's decision of [[11.02.2020|date]] (violence in the family), lives in [[Rēzekne|place]],
[[Latgales iela 211-3|address]].
On [[27.10.2026|date]] he asked the court where his daughter lives. The court has not told him and will not tell him without
your agreement. Please tell us if he contacts you.

3. The child's school in [[Rēzekne|place]] told the court in March 2025 about her absences and that she was caring for her grandmother
after an operation; the municipal social service gave the family support (social worker [[Olga Vasiļjeva|name]]).

4. Mrs [[Vija Ozola|name]] came to the court on [[28.10.2026|date]]. She said that she loves [[Elza|name]] "like my own daughter" and is
ready to take her back "at any time"; she is 63, works part-time in a hospital kitchen and her health is "good now". She asked that
[[Elza|name]] is asked what she wants. She said that [[Ozolas|name]] kundze (her daughter [[Inga|name]]) "works too much and trusts the
wrong man". The court makes no decision now; a return to Latvia is a matter for the courts of England unless the parties agree.

5. The court has also received a letter in Russian from Mrs [[Galina Ivanova|name]] of [[Daugavpils|place]], the paternal grandmother of
[[Markuss|name]], which we forward as written, with a translation:
   "Я, [[Галина Иванова|name]], бабушка [[Маркуса|name]], прошу сообщить мне, где мой внук. Мой сын [[Дмитрий|name]] не отвечает на
   телефон с сентября. Я могу взять [[Маркуса|name]] к себе в [[Даугавпилс|place]]."
   ("I, [[Galina Ivanova|name]], grandmother of [[Markuss|name]], ask to be told where my grandson is. My son [[Dmitrijs|name]] has not
   answered the phone since September. I can take [[Markuss|name]] to live with me in [[Daugavpils|place]].") Her telephone:
   [[+371 2915 4470|phone]].

6. We ask you, under Article 32 of the 1996 Hague Convention, for a report on the children's situation, [[Elza|name]]'s views, and the
plan, and whether an assessment of Mrs [[Vija Ozola|name]] or Mrs [[Galina Ivanova|name]] in Latvia is wanted; we can arrange one with
the social services of both municipalities.

Bāriņtiesas priekšsēdētāja (Chair of the court)                    [[S. Ruskule|name]]
Sagatavoja (prepared by): [[Inese Bondare|name]], [[+371 6462 2331|phone]]
"""),
]

# --- F. Farrowby family (Travelling Showpeople), a showmen's winter yard at Saddlebow, King's Lynn ------------------------

HOME_F = d.Address("Nene View Yard, Saddlebow Road", "Saddlebow", "King's Lynn", "PE34 3AR")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Dolly-Mae", "Farrowby")], dt.date(2020, 5, 2), addresses=[HOME_F], ids=["7999866415", "C926223324030"],
       schools=["Clenchwarton Primary School"]),
    _p("s", "sibling", [("Levi", "Farrowby")], dt.date(2013, 1, 19), addresses=[HOME_F], ids=["4826007280", "W926223317996"],
       schools=["King Edward VII Academy"]),
    _p("f", "father", [("Tommy", "Farrowby")], dt.date(1985, 9, 22), addresses=[HOME_F], phones=["07970 158 342"],
       ids=["WL 46 03 88 C"]),
    _p("m", "mother", [("Charlene", "Farrowby")], dt.date(1988, 4, 4), addresses=[HOME_F], phones=["07812 224 906"],
       emails=["charlenefarrowby88@gmail.com"]),
    _p("g", "grandparent", [("Albert", "Farrowby"), ("Bert", "Farrowby"), ("Queenie", "Farrowby")], dt.date(1956, 6, 30),
       addresses=[HOME_F], phones=["01553 774 206"]),
    _p("u", "other", [("James", "Farrowby"), ("Jimmy", "Farrowby")], None, addresses=[HOME_F], phones=["07588 364 170"]),
    _p("p1", "professional", [("Hannah", "Rix")], phones=["07956 318 774"], emails=["hannah.rix@narvalley.gov.uk"]),
    _p("p2", "professional", [("Sue", "Bexfield")], phones=["01603 223 915"], emails=["sue.bexfield@narvalley.gov.uk"]),
], "c")

DOCS_F = [
    ("hospital play specialist's notes", """CAMBRIDGE UNIVERSITY HOSPITALS - ADDENBROOKE'S - CHILDREN'S SERVICES
HEALTH PLAY SPECIALIST RECORD (Ward D2, paediatric surgery and plastics)
Child: [[Dolly-Mae FARROWBY|name]]      DOB: [[02/05/2020|dob]] (6)      NHS: [[799 986 6415|nhs]]
Home: [[Nene View Yard, Saddlebow Road|address]], [[King's Lynn|place]] [[PE34 3AR|postcode]] (the family's winter yard; they travel with
their funfair from March to October)
Admitted: [[08/08/2026|date]] 23:50, transferred from the Queen Elizabeth Hospital, [[King's Lynn|place]]. Injury: crush injury to the right
hand (ring and little fingers) in the drive chain of a children's ride; tip of the ring finger lost.
Health play specialist: [[Beth Raynham|name]] (HPS). Likes (from Mum): unicorns, candy floss, her pony Biscuit, the Waltzer, "being
the boss". Calls her grandmother "Nanny [[Queenie|name]]".

[[09/08/2026|date]] 10:15  Introduced myself. [[Dolly-Mae|name]] in bed with a big dressing on her right hand, Mum ([[Charlene|name]]) with
her. Shy at first, then wanted to "do nurses". Medical play with her teddy: she bandaged his paw, gave him "medicine" and told him, "The
dragon bit your hand but the doctors fixed it." When I asked about the dragon she said: "[[Levi|name]] was driving the dragon and I was
helping with the chain because it was stuck and then it went round." [[Charlene|name]] said quietly, "She's not meant to go near it."
Passed this on, word for word, to the nurse in charge, [[Amira Nasser|name]], for the safeguarding record.
[[10/08/2026|date]] 08:30  Preparation for theatre (tidying of the finger). Photo book of the anaesthetic room; she chose a unicorn,
"Sparkle", to go with her. Dad ([[Tommy|name]]) walked her down. She asked for "Uncle [[Jimmy|name]]", who "always gives me free goes",
and then said "no, he's cross with [[Levi|name]]". Back from theatre 11:40; sleepy; stickers.
[[11/08/2026|date]] 14:00  Distraction for her first dressing change: bubbles, a light-up wand, iPad. Nanny [[Queenie|name]] held her
other hand and sang the song the organ on the gallopers plays. Pain score 6 then 2. Afterwards she told me about the yard, her
"wagon" with the fairy lights, and her best friend, [[Mia-Rose Bloy|name]], who is in her class at [[Clenchwarton|school]]. She wants
[[Mia-Rose|name]] to see her bandage.
[[12/08/2026|date]] 16:30  Her brother, [[Levi|name]] (13), visited with Grandad [[Bert|name]]. [[Levi|name]] very quiet and pale. In the
playroom [[Dolly-Mae|name]] put a bandage on his hand "so we match" and said, "It's not your fault, [[Levi|name]], I put my hand in."
[[Levi|name]] said to me in the corridor, "I should've stopped it. Uncle [[Jimmy|name]] said just watch her and press the red if
anything." He cried. Grandad [[Bert|name]] put his arm round him and said, "We've all had a knock on the rides, boy." Passed to the ward
social worker, [[Keeley Adcock|name]], who has spoken to [[Hannah Rix|name]] at Nar Valley Council.
[[13/08/2026|date]] 10:00  Hospital school teacher, [[Owen Pask|name]], did phonics with her in bed; she wrote "[[DOLLY|name]]" with her
left hand and was very proud. She asked if she will "still be able to do candy floss" (she helps Nanny in the candy floss stall). I said
the hand team will help her.
[[14/08/2026|date]] 11:00  Discharge play: a "going home" pack (stickers for each dressing change, a unicorn sling cover). Hand therapy
booked at the Queen Elizabeth Hospital. She asked, "When can I go back on the dragon?" Mum said "never"; [[Dolly-Mae|name]] cried, then
said she will go on the teacups instead.

SUMMARY FOR THE SAFEGUARDING RECORD ([[B. Raynham|name]], [[14/08/2026|date]])
A bright, sociable girl who coped well with hard procedures with play support. Her account, given freely and consistently in play
on [[09/08|date]] and [[12/08|date]], is that her brother was operating the ride and that she was "helping with the chain". Her
family visited every day (mother, father, grandparents, brother) and were warm and attentive; the grandmother and father slept in
the parents' accommodation on site. [[Levi|name]] appears to blame himself and may need support.
"""),
    ("fairground accident investigation record", """HEALTH AND SAFETY EXECUTIVE and NAR VALLEY COUNCIL - JOINT RECORD OF VISIT AND
INVESTIGATION
Fairground accident at the village feast, [[Terrington St Clement|place]], Saturday [[8 August 2026|date]] (RIDDOR ref 1604419)
HSE inspector: [[Rachel Kenward|name]]     Council officer: [[Martin Ducker|name]], Child Employment and Entertainment Licensing,
[[01553 617 345|phone]]
Visit: Wednesday [[12 August 2026|date]], 10:00, at the fair's next ground (the recreation ground at [[Long Sutton|place]])

1. THE RIDE AND THE PEOPLE
Ride: "Dragon Coaster", a juvenile roller coaster (built 1998). Owner and controller: Mr [[James FARROWBY|name]] ("[[Jimmy|name]]"), of
[[Nene View Yard|address]], [[King's Lynn|place]], [[07588 364 170|phone]]. Declaration of Operational Compliance (ADIPS) in date.
Fair lessee for the ground: Mr [[Reg Cavell|name]], [[07473 905 218|phone]].
Injured: [[Dolly-Mae FARROWBY|name]] (6), the owner's niece. Operator at the time: [[Levi FARROWBY|name]] (13), the owner's nephew.
Parents: Mr [[Thomas FARROWBY|name]] ("[[Tommy|name]]"), NI [[WL 46 03 88 C|ni]], who owns and runs the Waltzer on the same fair, and Mrs
[[Charlene FARROWBY|name]].

2. WHAT HAPPENED (from the accounts below and a phone video taken by a parent)
At about 19:20 the ride was stopped between rides with children queuing. The guard over the drive chain at the station had been
taken off that afternoon to adjust the chain tension and had not been put back. Mr [[James Farrowby|name]] had gone to fetch diesel
for the generator and left [[Levi|name]] at the control box. [[Dolly-Mae|name]] was inside the barrier. [[Levi|name]] pressed the start to
move the train forward to the loading point; [[Dolly-Mae|name]]'s right hand was on the chain and was drawn into the sprocket. [[Levi|name]]
pressed the emergency stop at once. A St John Ambulance volunteer, [[Hayley Mace|name]], gave first aid; an ambulance took her to
the Queen Elizabeth Hospital at 19:52.

3. ACCOUNTS
[[Levi Farrowby|name]] (with his mother): "Uncle [[Jimmy|name]] said watch it, press the green to bring it round, press the red if
anything. I've done it loads. I didn't see [[Dolly|name]] go in the gate. She always wants to help with the chain, she thinks it's
like a bike." He was tearful throughout.
Mr [[James Farrowby|name]]: "I was gone five minutes. He's been brought up on the rides, he knows more than most grown men. The guard
was coming straight back on. I'll never forgive myself."
Mr [[Thomas Farrowby|name]]: he was in the pay box of the Waltzer; he did not know [[Levi|name]] had been left on the coaster.
Mrs [[Karen Bloy|name]] (a parent from [[Walpole St Andrew|place]], who took the video): "The lad was brilliant after, he stopped it
straight away. There was no grown-up on that ride."
[[Hayley Mace|name]]: the child was conscious and screaming; the finger tip was recovered and sent with her on ice.

4. FINDINGS
(a) A dangerous part of machinery was unguarded while the ride was open to the public (Provision and Use of Work Equipment
    Regulations 1998, reg 11; HSWA 1974, s3). (b) The ride was left in the charge of a child of 13 with no competent adult.
(c) Child employment: a child of 13 may do only light work in the categories allowed by the council's byelaws; operating a ride
    is not one of them, and no employment permit was held. The family say [[Levi|name]] is "not employed, it's the family business".
    The byelaws apply to family businesses too.

5. ACTION
Prohibition notice on the Dragon Coaster served on Mr [[James Farrowby|name]] on [[12/08/2026|date]] (lifted on [[19/08/2026|date]] after a
fixed interlocked guard was fitted and inspected). Written advice to both brothers on the supervision of rides and on child
employment. No prosecution at this stage; HSE will decide after the investigation report.
Referral made by [[M. Ducker|name]] to Nar Valley children's services ([[Hannah Rix|name]], SW) on [[12/08/2026|date]] about [[Levi|name]]'s
welfare and his education (he is home educated). The Showmen's Guild's Eastern Section secretary, Mrs [[Pam Gurney|name]], was told
with the family's agreement and has offered a talk on child safety at the section's winter meeting.
Signed: [[R. Kenward|name]], HM Inspector of Health and Safety; [[M. Ducker|name]], Nar Valley Council
"""),
]

DOCS_F += [
    ("elective home education annual contact report", """NAR VALLEY COUNCIL - ELECTIVE HOME EDUCATION (EHE) - ANNUAL CONTACT REPORT
Child: [[Levi Farrowby|name]]     DOB: [[19/01/2013|dob]]     UPN: [[W926223317996|upn]]     Age: 13 (Year 9 equivalent)
Parents: [[Tommy Farrowby|name]] and [[Charlene Farrowby|name]] ([[charlenefarrowby88@gmail.com|email]], [[07812 224 906|phone]])
Winter address: [[Nene View Yard, Saddlebow Road|address]], [[Saddlebow|place]], [[King's Lynn|place]] [[PE34 3AR|postcode]]
Travelling season (March to October): with the family's fair - see the season run
Taken off roll at [[King Edward VII Academy|school]] ("[[King Ed's|school]]") on [[24/03/2025|date]], at the parents' request.
EHE officer: [[Sue Bexfield|name]], [[01603 223 915|phone]], [[sue.bexfield@narvalley.gov.uk|email]]
Contact: home visit on Friday [[27 November 2026|date]], 10:00 to 11:45, in the family's living trailer on the yard. Present: [[Levi|name]],
his mother, and for part of it his grandmother, Mrs [[Queenie Farrowby|name]]. Also present at the family's invitation: [[Gemma
Cawston|name]], adviser, Gypsy, Roma and Traveller education service.

1. WHY THE FAMILY CHOSE HOME EDUCATION
[[Charlene|name]]: "At [[King Ed's|school]] he was missing half the year on the road and coming back lost. The distance packs never
matched what they were doing. He was getting picked on for being a 'fairground kid'. We'd rather teach him ourselves." She
left school at 15 herself and has done a maths GCSE since, at the [[College of West Anglia|school]].

2. THE EDUCATION SEEN
Maths: [[Levi|name]] works through a Year 9 scheme online on a tablet (on the road, with a dongle), with his mother. He showed me his work
on ratio and area. Practical maths from the ride takings and the fuel log he keeps with his grandfather. Judged: at or near age
expectations.
English: reading ("The Outsiders"; the World's Fair newspaper every week - he reads the ride sales pages to his grandad). Writing:
a diary of the season; a letter he wrote to his sister when she was in hospital. Spelling weak.
Science and technology: mechanics with his grandfather, Mr [[Albert Farrowby|name]], who is restoring a 1950s set of gallopers in the
yard's shed - hydraulics, electrics (under supervision), welding theory (no welding). Geography: a map of the season with the
distances between grounds ([[Stamford|place]], [[Boston|place]], [[Wells-next-the-Sea|place]], [[Long Sutton|place]] ...).
Social: boxing club in [[Lynn|place]] in winter; cousins on the yard; Scouts last winter.

3. SINCE THE ACCIDENT
On [[8 August 2026|date]] [[Levi|name]] was left in charge of his uncle's juvenile ride and his sister, [[Dolly-Mae|name]] (6), lost part of
a finger (see the HSE and council record). [[Levi|name]] does not operate any ride now; the family have agreed with [[Hannah Rix|name]] (SW)
and [[Martin Ducker|name]] that he will not do so until he is 16 and trained, and will work only on the yard with an adult. He told me:
"I think about it every day. [[Dolly|name]]'s fine now, she shows everyone her finger. I want to be a ride engineer like Grandad so I
can make them safe." He has had four sessions with a counsellor from Point 1 since September, which he said were "alright".

4. CONCLUSION AND ACTIONS
The education provided is suitable to [[Levi|name]]'s age, ability and aptitude, with actions: (a) a structured English plan (spelling
and extended writing), with materials from Mrs [[Cawston|name]]; (b) keep a portfolio on the road and bring it to a check-in at the
fair at [[Boston|place]] in May; (c) [[Levi|name]] to be told about the option of a college engineering course at 14 or 16.
The next contact will be a video call in March before the family leave the yard, and a visit in the autumn.
Signed: [[S. Bexfield|name]], EHE officer, [[30/11/2026|date]]          Copy: parents; [[Hannah Rix|name]] (SW), with consent
"""),
    ("a showman family's season itinerary annotated for the Child in Need plan", """[[FARROWBY|name]]'S AMUSEMENTS - SEASON RUN 2027
(as given by [[Tommy Farrowby|name]] on [[27/11/2026|date]]; annotated by [[Hannah Rix|name]], SW, Nar Valley Council,
[[07956 318 774|phone]], for the Child in Need review on [[9 December 2026|date]], with notes from [[Sue Bexfield|name]] (EHE) and
[[Gemma Cawston|name]] (Traveller education))
Rides: Waltzer ([[Tommy|name]]); Dragon Coaster ([[Jimmy|name]]); candy floss and hook-a-duck (Nanny [[Queenie|name]]); juvenile teacups
([[Charlene|name]]).

DATES | GROUND | NOTES FOR THE CHILDREN
[[9|date]] to [[14 February 2027|date]] | King's Lynn Mart, [[Tuesday Market Place|address]], [[Lynn|place]] | On the yard;
   [[Dolly-Mae|name]] at [[Clenchwarton Primary|school]] as usual.
[[18|date]] to [[21 March 2027|date]] | Mid-Lent fair, [[Broad Street|address]], [[Stamford|place]] | Leave the yard [[15 March|date]].
   [[Dolly-Mae|name]] dual-registered: base school [[Clenchwarton|school]]; travelling work packs from Mrs [[Cawston|name]].
[[1|date]] to [[5 April 2027|date]] (Easter) | the green, [[Hunstanton|place]] (lessee Mr [[Reg Cavell|name]],
   [[07473 905 218|phone]]) | Hand clinic at Addenbrooke's [[12 April 2027|date]] - Nanny [[Queenie|name]] to drive.
[[22|date]] to [[25 April 2027|date]] | [[Downham Market|place]], the town field | Video check-in with [[Levi|name]] (EHE).
[[6|date]] to [[8 May 2027|date]] | Boston May Fair, [[Market Place|address]], [[Boston|place]] | EHE check-in with [[Levi|name]]
   at the fair (portfolio) - Mrs [[Bexfield|name]].
[[27|date]] to [[31 May 2027|date]] | [[Swaffham|place]], the market place | Half term - both children with the family.
[[10|date]] to [[13 June 2027|date]] | [[Holbeach|place]] feast | [[Dolly-Mae|name]] may stay on the yard with Nanny and
   Grandad to go to school (her choice).
[[1|date]] to [[4 July 2027|date]] | carnival week, [[Wells-next-the-Sea|place]] | [[Charlene|name]]: [[Dolly-Mae|name]]'s class
   trip is on [[8 July|date]].
[[29 July|date]] to [[1 August 2027|date]] | [[Sheringham|place]] carnival | Summer holiday.
August (first week) | NOT [[Terrington St Clement|place]] this year (the family's choice) |
[[26|date]] to [[29 August 2027|date]] | [[March|place]] (Cambs), the fair on the market place | -
[[23|date]] to [[25 September 2027|date]] | Wisbech Statute Fair, [[Wisbech|place]] | Back to school -
   [[Dolly-Mae|name]] at [[Clenchwarton|school]] from the yard.
[[22 October 2027|date]] | Back to the yard at [[Saddlebow|place]] for the winter |

CONTACTS ON THE ROAD
[[Tommy|name]] [[07970 158 342|phone]]; [[Charlene|name]] [[07812 224 906|phone]]; Grandad [[Bert|name]] and Nanny [[Queenie|name]] (yard)
[[01553 774 206|phone]];
Showmen's Guild, Eastern Section: Mrs [[Pam Gurney|name]], [[07340 662 519|phone]].

SOCIAL WORKER'S NOTES ([[H. Rix|name]])
- [[Dolly-Mae|name]]: hand healed; hand therapy finished in November. She is proud of her "special finger". School
  ([[Clenchwarton|school]], Mrs [[Tanya Fysh|name]], class teacher) says she is "a star" and that her friend [[Mia-Rose|name]] "won't
  leave her side".
- [[Levi|name]]: no ride work (agreed in writing); EHE suitable; counselling to continue over the winter; wants to go to the fair
  at [[Stamford|place]] "to help Grandad with the gallopers". Agreed, with Grandad there.
- Uncle [[Jimmy|name]]: the HSE investigation is closed with a written warning; the coaster has a fixed guard. He and [[Levi|name]] have
  "made it up" ([[Charlene|name]]).
- Family: warm, proud, open with professionals. Recommendation for the review: step down to Early Help (the GRT family worker,
  [[Dean Loveday|name]]) with the season run shared so that health and school can follow the children.
"""),
]

_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 20 (written 2026-12-06 without reading the detector; held out until scored on 2026-12-06 at 17:37 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "ps", "dc", "ds", "sgt", "insp", "wm", "firefighter", "nurse", "nan",
           "nanny", "granny", "grandad", "grandma", "mum", "dad", "aunt", "aunty", "auntie", "uncle", "ba", "papa", "masi",
           "kaka", "didi", "mama", "vecmāmiņa", "vecmamma", "tante", "kundze", "kungs", "баба", "бабушка", "тётя", "дядя"}
_AFTER = {"kaka", "masi", "didi", "mama", "auntie", "bhai", "ben", "kundze", "kungs"}
_NOT_PLACES = {"england", "great britain", "uk", "united kingdom", "suffolk", "norfolk", "lincolnshire", "lincs",
               "cambridgeshire", "cambs", "leicestershire", "rutland", "east anglia", "the fens", "fens", "east suffolk",
               "east lindsey", "south holland", "charnwood", "king's lynn and west norfolk", "jamaica", "india", "gujarat",
               "latvia", "latgale", "rezekne municipality", "rēzeknes novads", "europe"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name: "Nanny
# Queenie", "Uncle Jimmy", "WM Rolph", "Firefighter Asiedu", "PS Gedney", "Ba", "Papa", "баба Галя", "vecmāmiņa Vija";
# and after one: "Mahesh kaka", "Nila masi", "Anjali didi", "Nilesh mama", "Hema auntie", "Pinchbeck kundze") and
# counties, districts, regions, states and countries ("Suffolk", "Lincolnshire", "Cambs", "South Holland", "Charnwood",
# "Latvia", "Latgale", "Gujarat", "Jamaica").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
