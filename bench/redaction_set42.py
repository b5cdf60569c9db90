"""Set 42: a held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or bench/redaction_set43.py
to bench/redaction_set45.py and tests/test_redaction_set43.py to tests/test_redaction_set45.py (written by other helpers at the
same time), that did not run the detector or any bench script that runs it, that ran no git command, and that looked at no
detector output. What was read: bench/redaction_set21.py (its docstring, its first family's record and first document, the
start of its second family's, and its closing lists and checker set-up) and tests/test_redaction_set21.py in full (the layout
and marking conventions followed here); the docstrings of bench/redaction_set7.py to redaction_set41.py and of
bench/redaction_heldout.py, searched for town, district, community and document-type words (to see which towns and
communities earlier sets used as a family's home) and read in part; the `main` and `word_problems` helpers of
bench/redaction_handwritten.py; and the ruff settings in pyproject.toml. Set 15's checker was run through this module only.
Phone numbers were checked with the phonenumbers library and NHS numbers and UPNs made and checked with python-stdnum in small
snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module
only to build records. Nobody may tune the detector on this set: it is to be scored once, after the detector's current round
of changes. If a mistake in the gold marking is found after scoring, correct only the marking and say so here.

Six families, chosen to look like a caseload in Cumbria and north Lancashire, each from a town, district or estate no earlier
set used as a family's home. Four of the kinds most common in children's social care: a white British mother in recovery from
heroin use on the Mirehouse estate in Whitehaven, with a nan in Egremont and a younger child's father in Cleator Moor (Benn /
Scott; a girl of 9 who found her mother with a needle and put her brother to bed, a partner who smashes phones, an initial
child protection conference), a white British family in Skerton, Lancaster, with a father in Carnforth (Winder / Lamb; a boy
of 15 missing to Blackpool with an older man from Preston, criminal exploitation, a MACE panel, a toddler's father trying to
collect her from nursery), a white British young carer in Croftlands, Ulverston, with an aunt in Dalton-in-Furness
(Cowperthwaite / Airey; a boy of 12 caring for a mother with relapsing MS, night falls, lates and detentions, home care at the
wrong time) and a care leaver of 17 expecting a baby in supported lodgings in Sandylands, Kendal, with former foster carers in
Grange-over-Sands and the baby's father in Milnthorpe (Robinson / Bell / Mounsey; a pre-birth assessment, a partner's
pushing and temper, a mother-and-baby foster placement). Two from communities no earlier set used: a Tibetan family in
Harraby, Carlisle, with a grandmother in McLeod Ganj, Dharamshala, and an uncle in Toronto (Tsering / Dolma; a girl of 13
hit with a belt by her father for coming home late, self-harm, a CAMHS plan, a girl "between two worlds"; Tibetan names with
no shared surname, names in Tibetan script) and a Serbian family in Poulton, Morecambe, with a grandmother in Novi Sad and a
father working in Stuttgart (Petrović / Jovanović / Hornby; a bruise from a mother's partner, a father's plan to take the
children to Serbia for good, passports held abroad, a prohibited steps order, a father at the door with a hire car; names
and places in Serbian Cyrillic, with case endings). 24 documents, about half plain professional recording (an initial child
protection conference report, a child and family assessment with an interpreter, a CAMHS clinic letter, strategy meeting
minutes, a solicitor's letter, a return home interview, a chronology, a young carer's needs assessment, a school attendance
support meeting's notes, a pre-birth assessment, a pathway plan review's minutes) and the rest other writing a case file
holds, of types or styles no earlier set used where that could be checked: a mother's texts typed up from screenshots, a
grandmother's handwritten letter scanned and OCR'd (with a name split by a hyphen at a line break), a health visitor's note
typed fast on a phone, a family WhatsApp group in Tibetan and English translated, a child's own "my voice" sheet, Viber
messages in Serbian Cyrillic translated, a police body-worn video transcript, Snapchat chats from a police phone download,
a Philomena Protocol form filled in by a mother, a child's message through a charity's website contact form, an MS
specialist nurse's email, a midwife's handwritten booking notes scanned and OCR'd (with OCR misreadings), and a voicemail
transcribed.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (India, Canada, Serbia, Germany); NHS numbers and UPNs (LA numbers 909 Cumbria and 888
Lancashire) pass their check digits; NI numbers have a valid format. Councils are invented (Solway Coast, Bay and Lune), and so
are the young carers' charity (Furness Young Carers), the drug service (Unity), the solicitors (Hargreaves Lord & Co), the
nursery (Little Acorns), the care agency (Bay Care) and the GP practices' names where they are not real; towns, districts,
estates, villages, real schools and colleges, NHS bodies, hospitals, police forces, clubs, shops, brands, apps, programmes,
festivals and laws are real and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, PC,
DS, PS, District Judge, Geshe, Nan, Mam, Mum, Aunty, Uncle, Grandma, Amala, Pala, Mola, the Serbian Тата and Баба) stay outside
the name span; a possessive 's and a bare s in texting ("[[alfie|name]]s") stay outside; every person's name is a name in every
form, record or not. "SURNAME, First" is one span ("TSERING,\nPema", split by a line break), and so is "First SURNAME" ("Pema
Yangchen TSERING"); an initial with a surname is one span, and so is a first name with an initial or a short surname after it
("R Dixon", "Tayler R", "lee f", "rhiannon d", "ellis c"); initials alone ("KL", "BP", a tattoo "P") are not marked; a collar
number stays outside; a name broken by a line break is one span holding the break ("Lee Fish-\ner"), and so is a school;
social media handles and usernames ("bish.l4l", "harls_w11", "jodie.winder92", "tay.r_x", "harley.w.11") are not marked, but a
display name that is a person's plain name is ("Bish", "Tayler R"); a contact saved under a kinship word ("Mam 💕", "Тата") is
not a name; a family name in the plural ("the Mounseys") is a name; a nickname in quotes is its own span ("Aaron "Bishop"");
a street address is one span, its town a place, its postcode a postcode; a street named without a number is an address
("Seathwaite Avenue", "lytham rd", "Botchergate", "Mainway"), and so is a neighbour's bare house number ("no. 29", "36") and an
address abroad ("Bulevar oslobođenja 27", "Jogiwara Road", "Königstraße 9"); towns, cities, villages, districts and estates are
places at home or abroad and in any script ("Marsh", "Scale Hall", "Halton", "South Shore", "Нови Сад"); countries, counties
and regions are not ("Cumbria", "Westmorland and Furness", "Lancashire", "Tibet", "Nepal", "India", "Serbia", "Germany",
"Canada"); organisations are not marked even when they hold a town's or a person's name ("Royal Lancaster Infirmary",
"University Hospitals of Morecambe Bay", "Kendal Foyer", "Mirehouse Children's Centre", "Whitehaven Civic Hall", "Ulverston
Community Health Centre", "Furness General", "Westmorland General Hospital", "Ashton House Surgery", "Brunswick House Medical
Group", "Flatt Walks HC", "the Family Court sitting at Lancaster"); a school's, college's or nursery's name is a school, and
so is its short form ("Jericho Primary", "Richard Rose", "Our Lady's", "Croftlands Junior", "Little Acorns", "Kendal College");
a date of birth is dob, any other calendar date with a day is date (a weekday before it stays outside), and the bare day in a
range ("22"-"23 January", "the 8th", "the 12th") is a date span of its own; months and years alone are not marked; pets' names
(the dog Nelson) are not names; a firm named after people marks only the names ("[[Hargreaves|name]] [[Lord|name]] & Co",
"Kanzlei [[Becker|name]] & [[Yıldız|name]]"); parks, bridges, pubs, halls and attractions are landmarks and stay unmarked
(Ryelands Park, the Millennium Bridge, the Greyhound, the Coronation Hall, the clock tower, The Lanes); a surname or first name
that is also an English word or a town is marked by what it refers to (Hall, Fell, Hope, Little, Bell, Lamb, Lord, Bishop,
Karma, Grace, Tyson and Dale are names when they are people; Marsh, Halton and Grange are places when they are places); a name
in another script (Tibetan "པདྨ", "ཟླ་བ", "ལྷག་པ་སྒྲོལ་དཀར"; Serbian Cyrillic "Лука", "Крег") is a name; a service or team named by its
town ("Lancaster North", "the Carlisle Team", "Kendal NPT", "Kendal team", "CSC front door (Ulverston)") marks the town.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: Tibetan personal names
given as two names with no shared surname ("Tenzin Dolma", "Pema Yangchen") are one span, and either name alone is a name; the
Tibetan polite ending "-la" ("[[Pema|name]]-la", "[[པདྨ|name]]་ལགས") and the Tibetan syllable mark after a name stay outside;
a Serbian name or place with a case ending ("Милу" for Mila, "Новог Сада" for Novi Sad) is a name or place as it stands; a
Serbian date written with a closing point ("28.08.2026.") holds the point; a foreign school named after a poet ("Јован
Јовановић Змај", "Jovan\nJovanović Zmaj") is a school, not a name; an OCR misreading ("ROBIN5ON", "Be11", "Kenda1") is marked
as what it refers to; a foster home's house name ("Fellview") is an address; a foreign vehicle registration (the German
"S-DP 4481") is a vehicle; a five- or six-digit foreign postcode ("21000", "70173", "176219") is a postcode; a festival
("Easter", "Christmas Eve", "Losar") is not a date; a hospital number, a case, crime or incident reference, an exhibit
number, a camera number and an interpreter agency's reference are not marked; a team's or service's email address
("lsc.ulverstonhc@nhs.net") is an email; a month with a year in a chronology ("Sept 2021", "Jun-25") is not a date.

Self-check without the detector: `python -m bench.redaction_set42` (and tests/test_redaction_set42.py) runs set 15's checker
(which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words and counties, regions
and countries, and prints the number of documents and gold spans per kind: 24 documents,
1,008 gold spans, 513 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Benn / Scott family (white British), Mirehouse, Whitehaven, with a nan in Egremont --------------------------------

HOME_A = d.Address("27 Meadow Road", "Mirehouse", "Whitehaven", "CA28 8EX")
NAN_A = d.Address("6 Dalzell Street", "", "Egremont", "CA22 2BJ")
DAD_A = d.Address("14 Trumpet Terrace", "", "Cleator Moor", "CA25 5BG")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Brooke", "Benn")], dt.date(2017, 5, 9), addresses=[HOME_A], ids=["8707229712", "K909072463823"],
       schools=["Jericho Primary School"]),
    _p("s", "sibling", [("Alfie", "Scott")], dt.date(2021, 2, 16), addresses=[HOME_A], ids=["9370450521"]),
    _p("m", "mother", [("Kayleigh", "Benn")], dt.date(1996, 10, 2), addresses=[HOME_A], phones=["07723 418 556"],
       ids=["8559665420", "JR 62 40 18 B"]),
    _p("o", "other", [("Lee", "Fisher")], dt.date(1991, 7, 23), addresses=[HOME_A], phones=["07908 341 227"]),
    _p("f", "father", [("Jamie", "Scott")], dt.date(1994, 1, 30), addresses=[DAD_A], phones=["07456 902 318"]),
    _p("g", "grandparent", [("Carol", "Benn")], dt.date(1970, 4, 12), addresses=[NAN_A], phones=["01946 820 553"]),
    _p("p1", "professional", [("Rhiannon", "Dixon")], phones=["0300 303 2704"], emails=["rhiannon.dixon@solwaycoast.gov.uk"]),
], "c")

DOCS_A = [
    ("initial child protection conference report", """SOLWAY COAST COUNCIL - CHILDREN'S SERVICES
REPORT TO INITIAL CHILD PROTECTION CONFERENCE
Children: [[Brooke BENN|name]] (DOB [[09.05.2017|dob]], NHS [[870 722 9712|nhs]], UPN [[K909072463823|upn]]) and [[Alfie SCOTT|name]]
(DOB [[16.02.2021|dob]], NHS [[937 045 0521|nhs]])
Address: [[27 Meadow Road|address]], [[Mirehouse|place]], [[Whitehaven|place]] [[CA28 8EX|postcode]]
Conference date: Thursday [[22 October 2026|date]], 10:00, Whitehaven Civic Hall, Room 3 (and Teams)
Chair: [[Alison Nicholson|name]], Independent Reviewing Officer      Author: [[Rhiannon Dixon|name]], Social Worker, West Team
([[0300 303 2704|phone]], [[rhiannon.dixon@solwaycoast.gov.uk|email]])

1. Family and household
Mother: [[Kayleigh Benn|name]], 30 (DOB [[02/10/1996|dob]]), mobile [[07723 418 556|phone]], NI [[JR 62 40 18 B|ni]].
Mother's partner: [[Lee Fisher|name]], 35, living in the home since about Easter; mobile [[07908 341 227|phone]].
[[Alfie|name]]'s father: [[Jamie Scott|name]], [[14 Trumpet Terrace|address]], [[Cleator Moor|place]]; sees [[Alfie|name]] most Saturdays.
[[Brooke|name]]'s father is not named on her birth certificate; Ms [[Benn|name]] says he is "[[Dale|name]] from [[Maryport|place]]" and
that he has never met her.
Maternal grandmother: [[Carol Benn|name]], [[6 Dalzell Street|address]], [[Egremont|place]] [[CA22 2BJ|postcode]] ([[01946 820 553|phone]]).

2. Reason for conference
On [[3 October|date]] [[Brooke|name]] (9) told her class teacher at [[Jericho Primary|school]], Mrs [[Holly Wilson|name]], that she
had "found Mam asleep on the bathroom floor with a needle" the night before and had "put [[Alfie|name]] to bed and made toast".
Police attended at 16:40 the same day (PC [[Ben Tyson|name]] and PC [[Laura Crellin|name]]); Ms [[Benn|name]] was drowsy,
pinned pupils; Mr [[Fisher|name]] was not present. Both children went to [[Carol|name]]'s overnight under a safety plan.
Ms [[Benn|name]] had been in recovery for two years with the drug and alcohol service, Unity, and says she "slipped" after
a friend, [[Stacey|name]] from the flats on [[Seathwaite Avenue|address]], came round in September.

3. What the children say
[[Brooke|name]] says her mam "is kind but sleeps loads" and that [[Lee|name]] "shouts at the telly and at Mam". She worries
about [[Alfie|name]] "going in the kitchen drawers". She likes Brownies at St James' hall, her friend [[Ava-Rose|name]], and
going to the beach at [[St Bees|place]] with Nan. [[Alfie|name]] (5) calls [[Lee|name]] "[[Leefy|name]]" and his dad "Daddy [[Jamie|name]]".
He attends Mirehouse Children's Centre nursery class two days a week.

4. Chronology (summary)
[[14/03/2024|date]] - referral from West Cumberland Hospital A&E: mother attended with overdose; closed after CIN.
[[2 Feb 2025|date]] - police DA call to the address, verbal argument between Ms [[Benn|name]] and Mr [[Fisher|name]], no
   crime. [[28.09.26|date]] - neighbour ([[Pauline Cooke|name]], no. [[29|address]]) reported the children out at 22:30.
[[03/10/2026|date]] - as above; strategy discussion [[5 October|date]]; section 47 enquiry.
[[9th October|date]] - [[Jamie Scott|name]] asked to have [[Alfie|name]] live with him in [[Cleator Moor|place]].

5. Recommendation: both children to be subject to a child protection plan under the category of neglect.
"""),
    ("mother's texts to the social worker typed up from screenshots", """Texts from [[Kayleigh BENN|name]] to SW (screenshots sent in by
mum [[26/10/26|date]], typed up by [[R Dixon|name]])

Tue [[20 Oct|date]] 07:52  hiya its [[kayleigh|name]]. cant make 10am gp with [[alfie|name]] can we do after school
Tue [[20 Oct|date]] 07:53  [[brooke|name]] says can she go to nans on friday
Tue [[20 Oct|date]] 13:10  [[lee|name]] hasnt been round i no what u said
Wed [[21 Oct|date]] 22:41  why did [[carol|name]] ring u shes a grass
Wed [[21 Oct|date]] 22:44  sorry. im scared abt thursday. will [[jamie|name]] be there
Thu [[22 Oct|date]] 06:30  [[rhiannon|name]] im not using. did the test at unity yest ask [[mandy|name]] my worker
Sat [[24 Oct|date]] 19:02  [[alfie|name]]s at [[jamie|name]]s. [[brooke|name]] at [[stacy|name]]s for tea ([[stacy hall|name]] on
[[seathwaite|address]]) back 7
Sun [[25 Oct|date]] 11:15  my new no is [[07761 240 983|phone]] old phone got smashed
Sun [[25 Oct|date]] 11:16  dont give it [[lee|name]] or [[egremont|place]] lot

Note: Thursday was the conference ([[22.10.2026|date]]). "[[stacy hall|name]]" is [[Stacey Hall|name]] of [[Seathwaite Avenue|address]],
the friend named
in the conference report; not a relative. "[[Egremont|place]] lot" is her mother's side. The smashed phone: Ms [[Benn|name]] later said
[[Lee|name]] threw it on [[23 October|date]]. [[Mandy|name]] is [[Mandy Kirkbride|name]], her recovery worker at Unity
([[01946 692 418|phone]]).

Later texts (sent on [[2/11/26|date]] with the same screenshots):
Mon [[2 Nov|date]] 08:05  [[carol|name]] says shes gettin the 6am bus from [[egremont|place]] to do the school run wed. is that ok
Mon [[2 Nov|date]] 08:06  and [[jamie|name]] says [[kirsty|name]] will have [[alfie|name]] fri night
Mon [[2 Nov|date]] 17:40  [[brooke|name]] got star of the week off mrs [[wilson|name]] 🌟
Tue [[3 Nov|date]] 21:12  [[darren|name]] came to door looking 4 [[lee|name]]. i didnt open it. rang [[pauline|name]] next door
Tue [[3 Nov|date]] 21:30  hes gone. he parked on [[meadow rd|address]] by the shop then went up to [[hensingham|place]]
"""),
    ("grandmother's handwritten letter, scanned and OCR'd", """[scanned letter, 2 pages, OCR text; line breaks as on the page]

[[6 Dalzell St|address]]
[[Egremont|place]]
[[CA22 2BJ|postcode]]
[[27th Oct 2026|date]]

Dear Miss [[Dixon|name]],

I am [[Brooke|name]] and [[Alfie|name]]s Nan, [[Carol Benn|name]], I am writing because I can not say it all at the meeting with
everyone looking. I have had the bairns more than folk know. Since the summer [[Brooke|name]] has come to me every
Friday off the bus and some times [[Alfie|name]] as well. I can do Fri, Sat and Sun but I work at the Co-op in [[Cleator|place]]
Mon to Thurs 6 till 2.

[[Kayleigh|name]] is a good mam when she is well. She was clean 2 year. It is that [[Lee Fish-
er|name]] and the [[Hall|name]] lass who brought it back in the house. [[Lee|name]]s brother [[Darren|name]] drives a
black Golf [[PN19 KXV|vehicle]] and he is at [[Meadow Rd|address]] most nights, ask the neighbours, Mrs [[Cooke|name]] at
[[29|address]] sees it all.

[[Jamie|name]] is alright with [[Alfie|name]] but his new lass [[Kirsty|name]] doesnt want [[Brooke|name]] there, so
please dont split them up. I would have them both. My number is [[01946 820553|phone]] or the mobile [[07826 475 190|phone]]
(my sister [[Irene|name]]s old one, I keep it for the bairns to ring).

Yours sincerly
[[C. Benn|name]] (Mrs)
"""),
    ("health visitor's note typed fast on a phone after a home visit", """HV contact - [[Alfie Scott|name]] [[16/2/21|dob]] - home visit
[[27 meadow rd|address]] [[mirehouse|place]] - [[29/10/26|date]] 1415
seen w mum [[kayleigh|name]]. [[lee f|name]] not present, mum says hes "stopping at his brothers in [[kells|place]]". house
tidy, food in, fridge ok. [[alfie|name]] happy, chatty, counted to 10, says "[[brookey|name]] takes me to the park". 2 yr
gap in immunisations - booked pre school boosters at Flatt Walks HC [[5/11|date]] w nurse [[jo|name]]. mum on
script from unity again, collects from Boots [[lowther st|address]] daily. gave mum [[Faye Sharp|name]] HV no
[[07535 118 764|phone]]. mum asked can nan [[carol|name]] come to next CG. dad [[jamie|name]] txtd during visit ab
having [[alfie|name]] sat. plan: joint visit w SW [[rhiannon d|name]] w/c [[9 nov|date]]
"""),
]


# --- B. Tsering family (Tibetan), Harraby, Carlisle, with a grandmother in McLeod Ganj and an uncle in Toronto ------------

HOME_B = d.Address("19 Pennine Way", "Harraby", "Carlisle", "CA1 3QG")
MOLA_B = d.Address("Jogiwara Road", "McLeod Ganj", "Dharamshala", "176219")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Pema", "Yangchen")], dt.date(2013, 8, 27), addresses=[HOME_B], ids=["5987471745", "E909897627113"],
       schools=["Richard Rose Central Academy"]),
    _p("s", "sibling", [("Dawa", "Norbu")], dt.date(2018, 3, 4), addresses=[HOME_B], ids=["2924741165", "X909486046962"],
       schools=["Pennine Way Primary School"]),
    _p("m", "mother", [("Tenzin", "Dolma")], dt.date(1986, 12, 1), addresses=[HOME_B], phones=["07951 603 447"]),
    _p("f", "father", [("Sonam", "Tsering")], dt.date(1981, 6, 15), addresses=[HOME_B], phones=["07397 812 054"],
       ids=["SN 41 87 22 C"]),
    _p("g", "grandparent", [("Lhakpa", "Dolkar")], addresses=[MOLA_B], phones=["+91 98160 47213"]),
    _p("p1", "professional", [("Niamh", "Carruthers")], phones=["01228 534 906"], emails=["niamh.carruthers@solwaycoast.gov.uk"]),
], "c")

DOCS_B = [
    ("child and family assessment, interpreter present", """CHILD AND FAMILY ASSESSMENT (extract: sections 1-4)
Solway Coast Council, East Team, [[Carlisle|place]]
Child: [[Pema YANGCHEN|name]]    DOB: [[27/08/2013|dob]]    NHS: [[598 747 1745|nhs]]    UPN: [[E909897627113|upn]]
Sibling: [[Dawa NORBU|name]] (DOB [[04/03/2018|dob]], NHS [[292 474 1165|nhs]], UPN [[X909486046962|upn]]), Year 4,
[[Pennine Way Primary|school]]
Address: [[19 Pennine Way|address]], [[Harraby|place]], [[Carlisle|place]] [[CA1 3QG|postcode]]
Assessment started: [[12 October 2026|date]]   Completed: [[16 November 2026|date]]   Social worker: [[Niamh Carruthers|name]]
Interpreter (Tibetan): [[Tashi Lhamo|name]], by phone from [[London|place]] (agency ref TL-4471), for both parents' interviews.

Note on names: Tibetan families often have no shared surname. [[Pema|name]]'s mother is [[Tenzin Dolma|name]] and her father
[[Sonam Tsering|name]]; the children are [[Pema Yangchen|name]] and [[Dawa Norbu|name]]. School records list them as "[[TSERING,
Pema|name]]" and "[[TSERING, Dawa|name]]", which the family accepted on arrival. The family call the mother "Amala" and
address each other with "-la" ("[[Pema|name]]-la").

1. Reason for assessment
On [[9 October 2026|date]] [[Pema|name]] (13, Year 9 at [[Richard Rose Central Academy|school]]) showed her form tutor,
Mr [[Owen Blamire|name]], cuts on her left forearm, and said that her father had hit her with a belt on [[7th October|date]]
after she came home at 9pm from [[Botcherby|place]], where she had been at her friend [[Jess Routledge|name]]'s. There was a
healed mark on the back of her thigh. Police (DC [[Sarah Irving|name]]) spoke to Mr [[Tsering|name]] on [[10/10/2026|date]];
he accepted hitting her "once, as my father did with me in [[Lhasa|place]]", and agreed a safety plan.

2. Family history
Both parents were born in Tibet. Mr [[Tsering|name]] left in 2004 through Nepal to [[Dharamshala|place]] and later to
[[Brussels|place]]; Ms [[Dolma|name]] grew up in the Tibetan settlement at [[Bylakuppe|place]] in south India, where her
mother, [[Lhakpa Dolkar|name]], still lived until she moved to [[McLeod Ganj|place]] ([[Jogiwara Road|address]], [[176219|postcode]];
[[+91 98160 47213|phone]]). The family came to [[Carlisle|place]] in 2019 from [[Slough|place]], where they stayed with a cousin,
[[Karma Wangdu|name]] (now in [[Toronto|place]], [[+1 416 555 0199|phone]]). Mr [[Tsering|name]] is a chef at a restaurant on
[[Botchergate|address]], works six evenings a week and sends money to his mother. Ms [[Dolma|name]] cleans at the Cumberland Infirmary.
The family go to the Tibetan community's Losar gathering in [[Manchester|place]] and to prayers with Geshe [[Thupten|name]].

3. The child's views (seen alone, [[21/10|date]] and [[4 Nov|date]], at school, no interpreter needed)
"Pala thinks I will forget I'm Tibetan. He wants me home straight after school and to help [[Dawa|name]] with his
reading and speak Tibetan at home. I'm not allowed a phone. I use [[Jess|name]]'s." She cut herself "to stop the angry
feeling". She wants her father to stop hitting, not to leave.

4. Parents' views
Ms [[Dolma|name]] said through the interpreter: "In our culture a father is strict but this is not right. I told [[Sonam|name]]."
Mr [[Tsering|name]]: "I am afraid for her here. Girls at night on [[London Road|address]]. I did wrong." Mobiles: Ms [[Dolma|name]]
[[07951 603 447|phone]]; Mr [[Tsering|name]] [[07397 812 054|phone]], NI [[SN 41 87 22 C|ni]].
"""),
    ("family WhatsApp group in Tibetan and English, typed up and translated", """Screenshots from [[Pema|name]]'s mother's phone, given
to SW on [[4 November 2026|date]]. WhatsApp group "ཕ་མ་ and kids 🏔" (parents
and the two children; [[Pema|name]] uses her friend's phone). Tibetan typed up and translated by [[Tashi Lhamo|name]] ([[4/11/26|date]]);
translation in [brackets]. Display names as saved on Ms [[Dolma|name]]'s phone.

[[30/10/2026|date]], 16:02 - [[Sonam|name]]: [[ཟླ་བ|name]]་ school ནས་ ལོག་ཡོད་དམ། [Has [[ཟླ་བ|name]] come back from school?]
[[30/10/2026|date]], 16:05 - Me: yes. [[པདྨ|name]] still at club
[[30/10/2026|date]], 16:40 - [[Pema|name]] ([[Jess|name]] phone): amala im at [[jess|name]] on [[arnside rd|address]] we r doing the
science thing back at 6 promise
[[30/10/2026|date]], 16:41 - [[Sonam|name]]: ༦ ཆུ་ཚོད། [6 o'clock.] 👍
[[30/10/2026|date]], 18:20 - Me: [[པདྨ|name]]་ལགས། ག་པར་ཡོད། [Dear [[Pema|name]]-la, where are you?]
[[30/10/2026|date]], 18:22 - [[Pema|name]] ([[Jess|name]] phone): sorry!! [[jess|name]] mum driving me now, shes called [[karen|name]]
[[30/10/2026|date]], 18:23 - [[Sonam|name]]: OK. No problem. Thank you [[Karen|name]]
[[31/10/2026|date]], 09:15 - [[Sonam|name]]: མོ་ལགས་ [[ལྷག་པ་སྒྲོལ་དཀར|name]] ལ་ ཁ་པར་ཐོང་། [Ring Mola [[Lhakpa Dolkar|name]].] +91
number same [[+91 98160 47213|phone]]
[[31/10/2026|date]], 09:16 - Me: ok. [[dawa|name]] want talk to mola also
[[31/10/2026|date]], 09:30 - [[Dawa|name]] (iPad): MOLA SAYS HI FROM [[DHARAMSALA|place]] 😀😀 and uncle [[karma|name]] in
[[toronto|place]] say hi

Interpreter's note: "ཕ་མ་" in the group's title means "parents". "མོ་ལགས་" (Mola) means grandmother and "ལགས་" (-la) is the
polite ending; neither is part of a name. [[ལྷག་པ་སྒྲོལ་དཀར|name]] is the grandmother's name in Tibetan script. "[[DHARAMSALA|place]]" is
[[Dharamshala|place]]; the family and [[Dawa|name]] spell it both ways.
"""),
    ("CAMHS clinic letter after a choice appointment", """Cumbria CAMHS North - [[Carlisle|place]] Team, Carleton Clinic, [[Carlisle|place]]
Tel [[01228 402 781|phone]]

[[19 November 2026|date]]
Private and confidential
Dr [[Aoife Keenan|name]], Brunswick House Medical Group, [[Carlisle|place]]
cc: [[Niamh Carruthers|name]], Social Worker ([[niamh.carruthers@solwaycoast.gov.uk|email]]); Mrs [[Lorna Graham|name]], DSL,
[[Richard Rose Central|school]]; parents

Dear Dr [[Keenan|name]]

Re: [[Pema Yangchen TSERING|name]], DOB [[27.8.2013|dob]], NHS No [[598 747 1745|nhs]]
[[19 Pennine Way|address]], [[Carlisle|place]] [[CA1 3QG|postcode]]

I saw [[Pema|name]] on [[17/11/2026|date]] with her mother, [[Tenzin Dolma|name]], and our trust interpreter [[Dechen|name]] (by
video). [[Pema|name]] asked to speak to me alone for part of the time, which her mother accepted.

[[Pema|name]] has cut her forearms with a pencil sharpener blade about once a week since the summer, most recently on
the [[12th|date]]. The cuts are superficial. She denies any intent to die. Triggers are arguments at home about going
out, and comparison with her cousin [[Yeshi|name]] in [[Toronto|place]], who "gets to do everything". She feels
between two worlds: at home she is "[[Pema|name]]-la, the good eldest", at school she is "[[Peems|name]]". She says the
hitting has stopped since October and that her father has "tried, he even came to parents' evening".

Plan: six sessions with our practitioner [[Callum Little|name]] (DBT skills), starting Tuesday [[1 December|date]] at 16:15;
safety plan agreed and copy to [[Pema|name]]; her mother will keep the blades in the car. [[Pema|name]] chose [[Jess|name]]
and Mrs [[Graham|name]] as people she would tell.

Yours sincerely
Dr [[Rachel Armstrong|name]], Consultant Child and Adolescent Psychiatrist
"""),
    ("the child's own 'my voice' sheet, handwritten and scanned", """MY VOICE - for my plan meeting ([[Richard Rose|school]], Student
Support)     Name: [[pema|name]]     Date: [[24-11-26|date]]

Who is in my family?  Amala ([[Tenzin Dolma|name]]), Pala ([[Sonam|name]]), my little brother [[Dawa|name]] (he is
8 and annoying but funny), Mola [[Lhakpa|name]] in India (I have only met her 2 times), Uncle [[Karma|name]], Aunty
[[Tsomo|name]] and [[Yeshi|name]] in Canada.

What is good?  My friends [[Jess|name]] and [[Amelia C|name]]. Art with Miss [[Brough|name]]. Momos on Sunday. When
Pala takes us to [[Silloth|place]] and buys chips. Going to Losar in [[Manchester|place]] and seeing the other Tibetan kids.

What worries me?  If Pala gets angry again. I don't want him to go away. I want a phone like everyone. I want to go
to [[Jess|name]]'s on [[Arnside Road|address]] after school and to [[Botcherby|place]] park and The Lanes. Sometimes I
feel like I have 2 faces.

What would help?  Pala to trust me. If I had my own number my mum could ring me not [[Karen|name]]. [[Niamh|name]] to
keep talking to Pala. Not to change school.

My words in Tibetan for my name:  [[པདྨ་དབྱངས་ཅན|name]]
"""),
]


# --- C. Petrović family (Serbian), Poulton, Morecambe, with a grandmother in Novi Sad and a father in Stuttgart ------------

HOME_C = d.Address("22 Thornton Road", "Poulton", "Morecambe", "LA4 5PG")
BABA_C = d.Address("Bulevar oslobođenja 27", "", "Novi Sad", "21000")
CRAIG_C = d.Address("5 Longlands Lane", "", "Heysham", "LA3 2PE")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Luka", "Petrović")], dt.date(2015, 1, 19), addresses=[HOME_C], ids=["6773731976", "F888717625112"],
       schools=["Lancaster Road Primary School"]),
    _p("s", "sibling", [("Mila", "Petrović")], dt.date(2020, 6, 8), addresses=[HOME_C], ids=["6863353865", "L888133290599"],
       schools=["Lancaster Road Primary School"]),
    _p("m", "mother", [("Jelena", "Petrović")], dt.date(1989, 9, 3), addresses=[HOME_C], phones=["07412 668 935"],
       ids=["SW 28 55 14 D"]),
    _p("f", "father", [("Dragan", "Petrović")], dt.date(1984, 3, 21), addresses=[BABA_C], phones=["+49 1512 3456789"]),
    _p("o", "other", [("Craig", "Hornby")], dt.date(1987, 11, 9), addresses=[CRAIG_C], phones=["07874 209 361"]),
    _p("g", "grandparent", [("Milica", "Jovanović")], dt.date(1960, 2, 2), addresses=[BABA_C],
       phones=["+381 21 452 118", "+381 64 218 3347"]),
    _p("p1", "professional", [("Hannah", "Gardner")], phones=["01524 418 236"], emails=["hannah.gardner@baylune.gov.uk"]),
], "c")

DOCS_C = [
    ("strategy meeting minutes", """BAY AND LUNE COUNCIL - CHILDREN'S SOCIAL CARE
STRATEGY MEETING MINUTES (section 47)
Date/time: Monday [[7 September 2026|date]] 14:00 - 14:50, MS Teams
Children: [[Luka PETROVIĆ|name]] (DOB [[19/01/2015|dob]], NHS [[677 373 1976|nhs]], UPN [[F888717625112|upn]]) and
[[Mila PETROVIĆ|name]] (DOB [[08/06/2020|dob]], NHS [[686 335 3865|nhs]], UPN [[L888133290599|upn]])
Address: [[22 Thornton Road|address]], [[Poulton|place]], [[Morecambe|place]] [[LA4 5PG|postcode]]

Present: [[Hannah Gardner|name]] (chair, Team Manager, [[Lancaster|place]] North); [[Joe Baines|name]] (SW); DS [[Kerry Whiteside|name]]
(Lancashire Constabulary, Child Protection, [[Morecambe|place]]); [[Ruth Mason|name]] (DSL, [[Lancaster Road Primary|school]]);
[[Sunita Rao|name]] (named nurse, University Hospitals of Morecambe Bay). Apologies: GP (Ashton House Surgery).

1. Information shared
[[Ruth|name]]: on return from the summer holiday ([[3.9.2026|date]]) [[Luka|name]] (11, Year 6) had a yellowing bruise on his upper
left arm, about 4 fingertips. He said "[[Craig|name]] grabbed me when I wouldn't get out of the car at the [[Heysham|place]] port"
on [[28 August|date]]. He also said his dad rang him on Viber and told him he and [[Mila|name]] will "come home to Baba in
[[Novi Sad|place]] for good" at Christmas.
DS [[Whiteside|name]]: Mother [[Jelena Petrović|name]] (DOB [[03/09/1989|dob]], [[07412 668 935|phone]]). Her partner [[Craig HORNBY|name]]
(DOB [[09.11.1987|dob]]), of [[5 Longlands Lane|address]], [[Heysham|place]] [[LA3 2PE|postcode]], has a 2019 caution for assault
(ex-partner,
[[Carnforth|place]]). No markers for the children's father [[Dragan Petrović|name]], who works in [[Stuttgart|place]] and stays with his
mother at [[Bulevar oslobođenja 27|address]], [[21000|postcode]] [[Novi Sad|place]] when not working.
[[Joe|name]]: Mother says the parents separated in 2022; there is no court order. Father has the children's Serbian passports,
kept at his mother's. Father's German mobile [[+49 1512 3456789|phone]]; grandmother [[Milica Jovanović|name]] [[+381 21 452 118|phone]].
[[Sunita|name]]: [[Mila|name]] missed her 5-year check; no other health concerns.

2. Decision: section 47 enquiry, single agency (children's social care) with police consulted. Threshold met for the bruise
(physical abuse, by a non-parent); risk of removal abroad to be assessed. Joint visit [[8/9|date]] after school.
Mother to be advised to seek a prohibited steps order; police to consider a port alert if a date is known.
Actions: [[Joe Baines|name]] - visit and see both children alone; DS [[Whiteside|name]] - speak to Mr [[Hornby|name]]; [[Ruth Mason|name]] -
body map (done, attached); chair - review on [[14th September 2026|date]].
"""),
    ("Viber messages in Serbian Cyrillic, typed up and translated", """Viber messages on [[Luka|name]]'s tablet, photographed by his
mother and sent to SW [[Joe Baines|name]] on [[9 Sept 2026|date]].
Typed up by [[Joe|name]]; translated by [[Vesna Hodžić|name]] (Language Line, by phone, [[10/09/2026|date]]). Chat saved as "Тата"
(Dad) on the tablet. Translation in {braces}.

[[28.08.2026.|date]] 21:14  Тата: [[Лука|name]], јеси ли стигао кући? {[[Luka|name]], did you get home?}
[[28.08.2026.|date]] 21:20  [[Luka|name]]: yes. [[craig|name]] was angry at the boat
[[28.08.2026.|date]] 21:21  Тата: Ко је тај [[Крег|name]]? Не дозволи да те дира. {Who is this [[Craig|name]]? Don't let him touch you.}
[[30.08.2026.|date]] 10:02  Тата: Баба [[Милица|name]] пита за [[Милу|name]]. Шаље поздрав из [[Новог Сада|place]]. {Grandma [[Milica|name]]
asks after [[Mila|name]]. Sends greetings from [[Novi Sad|place]].}
[[02.09.2026.|date]] 19:45  Тата: За Божић долазите код мене, у [[Штутгарт|place]] па у [[Нови Сад|place]]. Заувек. Не говори мами.
{At Christmas you're coming to me, to [[Stuttgart|place]] then to [[Novi Sad|place]]. For ever. Don't tell Mum.}
[[02.09.2026.|date]] 19:47  [[Luka|name]]: what about school and [[mila|name]]
[[02.09.2026.|date]] 19:48  Тата: Ићи ћеш у школу "[[Јован Јовановић Змај|school]]" као ја. Пасоши су код бабе. {You'll go to the "[[Jovan
Jovanović Zmaj|school]]" school like I did. The passports are at Grandma's.}
[[02.09.2026.|date]] 19:49  Тата: Нови број ако треба: [[+381 64 218 3347|phone]] (бабин) {New number if needed: ... (Grandma's)}

Translator's notes: "Тата" (Dad) and "Баба" (Grandma) are kinship words, not names. "[[Милу|name]]" is [[Mila|name]]'s name in the
accusative and "[[Новог Сада|place]]" is [[Novi Sad|place]] in the genitive; Serbian changes the endings of names. The school he names
is a real primary school in [[Novi Sad|place]] named after a poet. The dates are written the Serbian way with a point at the end.
"""),
    ("police body-worn video transcript excerpt", """LANCASHIRE CONSTABULARY - BWV TRANSCRIPT (excerpt, prepared for CSC under the
information sharing agreement)
Incident: 26/LA/118420    Officer: PC 3318 [[Ellis Whitehead|name]]    Camera: AX-2207
Location: outside [[22 Thornton Road|address]], [[Morecambe|place]]    Date: [[19/12/2026|date]]    Start 07:41:10

07:41:10  PC [[WHITEHEAD|name]]: Morning. Police. Are you [[Jelena|name]]? We've had a call from a neighbour, a Mrs [[Dobson|name]]?
07:41:15  [[Jelena PETROVIĆ|name]]: Yes, yes, [[Pat|name]] from number [[24|address]]. He is here, the father, with a car.
07:41:22  PC [[WHITEHEAD|name]]: Who's "he", sorry?
07:41:23  [[Jelena PETROVIĆ|name]]: [[Dragan|name]]. [[Dragan Petrović|name]]. He came from [[Stuttgart|place]] last night, he says he takes
          the children to [[Manchester|place]] airport for a holiday. I say no. There is an order, the prohibited steps, from
          the court in [[Lancaster|place]], the [[11th of December|date]]. I have a paper.
07:41:40  [[Dragan PETROVIĆ|name]] (off camera): It is my children! [[Luka|name]], get in the car.
07:41:44  PC [[WHITEHEAD|name]]: Sir, stay where you are please. Is that your car, the silver Passat? ([[BL23 NHK|vehicle]], German
          plates on the back seat - [[S-DP 4481|vehicle]])
07:42:05  [[Dragan PETROVIĆ|name]]: Rental. My car is in Germany. I have my mother on phone, she will tell you.
07:42:30  PC [[WHITEHEAD|name]]: Control from 3318, can you run a Bay and Lune council PSO check for [[Petrović|name]], [[Luka|name]] and
[[Mila|name]],
          [[Thornton Road|address]], [[Poulton|place]]? Mum's showing me a court order.
07:43:02  [[Craig HORNBY|name]] (arrives): What's he doing here? [[Jel|name]], get inside with the kids.
07:43:05  PC [[WHITEHEAD|name]]: And you are?
07:43:06  [[Craig HORNBY|name]]: [[Craig|name]]. Her partner. I live up [[Heysham|place]], [[Longlands Lane|address]].
07:44:51  Control (PS [[Ayesha Qureshi|name]]): Order confirmed, [[11/12/2026|date]], no removal from the care of the mother.
07:45:20  PC [[WHITEHEAD|name]]: Mr [[Petrović|name]], the order says the children stay with Mum. You need to leave now.

[Transcript ends 07:46:03. Passports: father says they are with his mother, [[Milica|name]], in [[Novi Sad|place]].]
"""),
    ("mother's solicitor's letter to the local authority", """[[HARGREAVES|name]] [[LORD|name]] & CO SOLICITORS
Family Department, Castle Chambers, [[China Street|address]], [[Lancaster|place]] [[LA1 1EX|postcode]]   DX 63502
Tel: [[01524 853 970|phone]]   Email: [[m.lord@hargreaveslord.co.uk|email]]

Our ref: ML/PET/0912-3    Your ref: 26-CSC-44871
[[14 December 2026|date]]

By email only: [[hannah.gardner@baylune.gov.uk|email]]
[[Hannah Gardner|name]], Team Manager, Bay and Lune Council Children's Social Care, [[Lancaster|place]] North

Dear Ms [[Gardner|name]]

Our client: [[Jelena Petrović|name]] (born [[3 September 1989|dob]]), [[22 Thornton Road|address]], [[Morecambe|place]] [[LA4 5PG|postcode]]
Children: [[Luka|name]] (born [[19 January 2015|dob]]) and [[Mila|name]] (born [[8 June 2020|dob]])

We write on behalf of our client, who is content for you to share this letter with the police and the children's school.

1. On [[11 December 2026|date]] District Judge [[Osei|name]], in the Family Court sitting at Lancaster, made a prohibited steps order
without
notice forbidding [[Dragan Petrović|name]] from removing the children from our client's care or from the jurisdiction. The
return date is [[8 January 2027|date]]. A copy is attached. Service on the respondent in Germany has been arranged
through our agent, Kanzlei [[Becker|name]] & [[Yıldız|name]], [[Königstraße 9|address]], [[70173|postcode]] [[Stuttgart|place]].

2. We understand the respondent's mother, [[Milica Jovanović|name]], holds both children's Serbian passports at her home in
[[Novi Sad|place]]. Our client asks the authority to note this on its records and to support a request to the Serbian
central authority if the children are taken.

3. Our client asks that Mr [[Hornby|name]] is not treated as a risk to the children, as the bruise in September was "one
grab to stop [[Luka|name]] running into traffic at the ferry terminal". She accepts the authority must assess this.

Yours sincerely
[[Marian Lord|name]]
Partner, for [[Hargreaves|name]] [[Lord|name]] & Co
"""),
]


# --- D. Winder / Lamb family (white British), Skerton, Lancaster, with a father in Carnforth --------------------------------

HOME_D = d.Address("41 Owen Road", "Skerton", "Lancaster", "LA1 2LN")
DAD_D = d.Address("3 Hunter Street", "", "Carnforth", "LA5 9BQ")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Harley", "Winder")], dt.date(2011, 4, 30), addresses=[HOME_D], ids=["1408316005", "Y888706628480"],
       schools=["Our Lady's Catholic College"]),
    _p("s", "sibling", [("Poppy", "Winder-Lamb")], dt.date(2023, 7, 12), addresses=[HOME_D], ids=["8699346735"]),
    _p("m", "mother", [("Jodie", "Winder")], dt.date(1992, 12, 24), addresses=[HOME_D], phones=["07580 936 412"],
       ids=["TK 37 90 61 A"]),
    _p("f", "father", [("Ryan", "Lamb")], dt.date(1990, 8, 6), addresses=[DAD_D], phones=["07944 127 685"]),
    _p("p1", "professional", [("Imogen", "Procter")], phones=["01524 418 236", "07706 584 239"],
       emails=["imogen.procter@baylune.gov.uk"]),
], "c")

DOCS_D = [
    ("return home interview after a missing episode", """RETURN HOME INTERVIEW - Bay and Lune Council Missing From Home Service
Young person: [[Harley WINDER|name]]   DOB: [[30/04/2011|dob]]   Age 15   UPN: [[Y888706628480|upn]]
Home: [[41 Owen Road|address]], [[Skerton|place]], [[Lancaster|place]] [[LA1 2LN|postcode]]   School: [[Our Lady's Catholic College|school]]
Episode: missing from Friday [[6 November|date]] 18:30 to Sunday [[8 November 2026|date]] 11:05. Found by police in [[Blackpool|place]]
([[South Shore|place]], a flat above a vape shop on [[Lytham Road|address]]).
Interview: Tuesday [[10/11/2026|date]], 15:40, at the Storey Creative Industries Centre café, [[Lancaster|place]] (his choice).
Worker: [[Imogen Procter|name]], RHI worker ([[07706 584 239|phone]])

[[Harley|name]]'s account (his words where quoted)
[[Harley|name]] said he went "to see a mate" in [[Morecambe|place]] on the Friday, then "a lad called [[Bishop|name]]" gave
him and another boy, [[Tayler|name]] ("not my girlfriend, a lad, [[Tayler|name]] with a y"), a lift to [[Blackpool|place]] in a white
Audi. He would not give the registration at first, then said "[[YF70 OUK|vehicle]] or something, everyone knows it". [[Bishop|name]]
is "about 20", from [[Preston|place]], "[[Aaron|name]] something". [[Harley|name]] slept at the flat both nights; there were "older
lads and a girl called [[Chantelle|name]]". He said he "just held stuff" and "got paid in trainers and a phone". He did not
want to say what the stuff was. He has a new number, [[07817 463 092|phone]], which [[Bishop|name]] gave him.
He said he ran on Friday because his mum's ex, [[Ryan|name]] ([[Poppy|name]]'s dad), had been at the house and "kicked off"
about [[Poppy|name]] and "I can't be in when he's there". He likes his nan's in [[Halton|place]] and his uncle [[Lewis|name]]'s
on the [[Marsh|place]] estate.

Worker's analysis
Indicators of criminal exploitation (county line or local line): older male, travel out of area, payment in kind, a phone
given, reluctance to name. Push factors at home (conflict with Mr [[Lamb|name]]). [[Harley|name]] is also at risk of sexual
exploitation. Referred today to the CE/CSE panel (MACE) and shared with PC [[Danny Tomlinson|name]] (Missing from Home
coordinator) and with the college DSL, Mr [[Conor Whalley|name]].
Mother ([[Jodie Winder|name]], [[07580 936 412|phone]]) told: yes, [[10th Nov|date]].
"""),
    ("Snapchat messages from a police download, typed up", """Extract from Cellebrite report, handset seized [[08/11/2026|date]] from
[[Harley Winder|name]] (exhibit DT/4). Snapchat chats.
Usernames as shown; display names in brackets. Typed up for the MACE panel by PC [[D Tomlinson|name]]. Times UTC.

Chat with "bish.l4l" ([[Bish|name]])
[[05/11/2026|date]] 21:02  bish.l4l: u still want work or wat
[[05/11/2026|date]] 21:03  harls_w11: ye
[[05/11/2026|date]] 21:03  bish.l4l: fri. get the 2a to [[morecambe|place]] wait at the clock tower. bring [[tayler|name]]
[[05/11/2026|date]] 21:05  harls_w11: my mam will go mad
[[05/11/2026|date]] 21:05  bish.l4l: say ur at [[lewis|name]]. u owe me for them airs anyway
[[06/11/2026|date]] 17:58  bish.l4l: hurry up [[channy|name]] is in the car
[[07/11/2026|date]] 03:12  bish.l4l: DONT answer ur mam. turn location off
[[07/11/2026|date]] 14:30  harls_w11: wen can i go home
[[07/11/2026|date]] 14:31  bish.l4l: wen its done

Chat with "jodie.winder92" (Mam 💕)
[[06/11/2026|date]] 22:40  jodie.winder92: [[harley|name]] where r u
[[06/11/2026|date]] 23:55  jodie.winder92: ive rang the police. [[ryan|name]] has gone. please come home
[[07/11/2026|date]] 09:01  jodie.winder92: [[poppy|name]] keeps saying "[[arley|name]]" x

Chat with "tay.r_x" ([[Tayler R|name]])
[[07/11/2026|date]] 22:02  tay.r_x: [[chantelle|name]] says [[bishop|name]] is taking us to [[fleetwood|place]] tmrw
[[07/11/2026|date]] 22:03  harls_w11: not going. my nan lives [[halton|place]] ill go there
[[07/11/2026|date]] 22:04  tay.r_x: ur nan [[sandra|name]]?? she'll batter u lol
[[08/11/2026|date]] 10:20  tay.r_x: feds are here
[[08/11/2026|date]] 10:21  harls_w11: go out the back to [[lytham rd|address]]

Officer's note: "[[Bish|name]]" is believed to be [[Aaron BISHOP|name]] ([[27/02/2006|dob]]) of [[Ribbleton|place]], [[Preston|place]].
"[[Channy|name]]" is believed to be [[Chantelle|name]] (surname not known). "[[arley|name]]" is [[Poppy|name]]'s way of saying
[[Harley|name]].
"""),
    ("Philomena Protocol form filled in by the mother", """PHILOMENA PROTOCOL - information about a child who may go missing from home
(completed by parent/carer, kept by police)

1. Child's full name: [[Harley James WINDER|name]]          Known as: [[Harl|name]] / [[Harls|name]]
2. Date of birth: [[30.4.2011|dob]]     Height: 5'9"    Build: skinny    Hair: brown, shaved sides    Eyes: blue
3. Marks/scars: scar on chin (fell off bike at [[Halton|place]] 2019), tattoo "P" on left wrist for his sister (done
   at a mate's, not a shop)
4. Home address: [[41 Owen Rd|address]], [[Skerton|place]], [[LA1 2LN|postcode]]
5. Mobile(s): old [[07592 740 118|phone]] (broken), new one unknown
6. Social media: snap harls_w11, insta harley.w.11, tiktok harlsss
7. Friends and addresses they might go to:
   - [[Tayler Rawcliffe|name]], [[Mainway|address]] flats, [[Skerton|place]] (mum [[Nicola|name]] [[07368 519 042|phone]])
   - Uncle [[Lewis Winder|name]], [[12 Willow Lane|address]], [[Marsh|place]], [[Lancaster|place]] (cant remember postcode)
   - Nan [[Sandra Winder|name]], [[Halton|place]], by the Greyhound pub ([[01524 812 604|phone]])
   - [[Kai|name]] and [[Reece|name]] from college, dont know where they live, [[Bowerham|place]]?
   - Maybe [[Blackpool|place]] and [[Preston|place]] now, [[Aaron|name]] "[[Bishop|name]]"
8. Places he goes: the skate park at Ryelands Park, Morrisons, the Millennium Bridge, McDonalds [[Morecambe|place]], his
   dads grave at [[Scale Hall|place]] (his dad [[Steve|name]] died [[14/2/2020|date]])
9. Medical: asthma, blue inhaler, GP Ashton House (Dr [[Pattni|name]])
9a. Adults worried about: [[Aaron|name]] "[[Bishop|name]]" ([[Preston|place]], white Audi [[YF70 OUK|vehicle]]);
   a man called [[Gaz|name]] with a flat on [[Marine Road|address]], [[Morecambe|place]];
   [[Ryan Lamb|name]] ([[Poppy|name]]'s dad, [[Carnforth|place]], [[07944 127 685|phone]])
10. Completed by: [[Jodie Winder|name]] (mum)    Date: [[11-11-2026|date]]    Signed: [[J Winder|name]]
"""),
    ("chronology of significant events", """CHRONOLOGY OF SIGNIFICANT EVENTS - [[Harley Winder|name]] ([[30/04/2011|dob]]) and
[[Poppy Winder-Lamb|name]] ([[12/07/2023|dob]], NHS
[[869 934 6735|nhs]])   Prepared by [[Imogen Procter|name]] for the MACE panel and the review child protection conference

Date        | Event                                                                                  | Source
[[14.02.2020|date]]  | [[Harley|name]]'s father, [[Steven Winder|name]], dies (overdose) at [[Owen Road|address]]. [[Harley|name]], 8,
finds him.    | GP/police
Sept 2021   | Ms [[Winder|name]] and [[Ryan Lamb|name]] begin relationship; Mr [[Lamb|name]] of [[3 Hunter St|address]],
[[Carnforth|place]].  | mother
[[12/07/2023|date]]  | [[Poppy|name]] born, Royal Lancaster Infirmary.                                          | health
[[30 Nov 2024|date]] | Police DA call: Mr [[Lamb|name]] punched a door, [[Harley|name]] (13) stood between him and mum. DASH medium. |
police
[[3rd Jan 2025|date]] | [[Harley|name]] excluded 5 days from [[Our Lady's|school]] for fighting.                          | school
Jun-25       | Mr [[Lamb|name]] moves out; contact with [[Poppy|name]] agreed by parents, Sundays at his mum's in
[[Bolton-le-Sands|place]].   | mother
[[20.9.26|date]]      | First missing episode, 1 night, found at [[Morecambe|place]] bus station.                                | police
[[06/11/26|date]]     | Second missing episode, 2 nights, found in [[Blackpool|place]] with older males; phone seized. | police
[[10/11/2026|date]]   | Return home interview ([[I Procter|name]]).                                              | RHI
[[11/11/2026|date]]   | Philomena Protocol form done with mum; PC [[Tomlinson|name]].                               | police
[[12 November 2026|date]] | MACE panel: high risk of CCE. Referral to the NRM ([[Harley|name]] is a child; no consent needed).  | MACE
[[17/11/2026|date]]   | [[Poppy|name]]'s nursery ([[Little Acorns|school]], [[Torrisholme|place]]) reports Mr [[Lamb|name]] tried to
collect her without notice.| nursery
"""),
]


# --- E. Cowperthwaite family (white British), Croftlands, Ulverston, with an aunt in Dalton-in-Furness --------------------

HOME_E = d.Address("34 Lund Park", "Croftlands", "Ulverston", "LA12 9QR")
AUNT_E = d.Address("8 Tudor Square", "", "Dalton-in-Furness", "LA15 8EH")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Ellis", "Cowperthwaite")], dt.date(2014, 11, 3), addresses=[HOME_E], ids=["6532680869", "G909420705786"],
       schools=["Ulverston Victoria High School"]),
    _p("s", "sibling", [("Grace", "Cowperthwaite")], dt.date(2019, 6, 21), addresses=[HOME_E], ids=["1793754187", "H909222563357"],
       schools=["Croftlands Junior School"]),
    _p("m", "mother", [("Lorraine", "Cowperthwaite")], dt.date(1983, 3, 28), addresses=[HOME_E], phones=["07480 315 726"],
       ids=["NB 73 22 90 C"]),
    _p("a", "other", [("Michelle", "Airey")], dt.date(1979, 9, 14), addresses=[AUNT_E], phones=["01229 582 640"]),
    _p("p1", "professional", [("Bethany", "Postlethwaite")], phones=["01229 774 318"], emails=["bethany.p@furnesscarers.org.uk"]),
], "c")

DOCS_E = [
    ("young carer's needs assessment", """FURNESS YOUNG CARERS - YOUNG CARER'S NEEDS ASSESSMENT (Children and Families Act 2014, s.17ZA)
Young carer: [[Ellis COWPERTHWAITE|name]]    DOB: [[03/11/2014|dob]]    Age: 12    School: [[Ulverston Victoria High School|school]] (Y8)
Address: [[34 Lund Park|address]], [[Croftlands|place]], [[Ulverston|place]] [[LA12 9QR|postcode]]
Person cared for: mother, [[Lorraine Cowperthwaite|name]] (DOB [[28/03/1983|dob]]), relapsing-remitting MS, wheelchair outdoors
Also in the home: sister [[Grace|name]] (7, [[Croftlands Junior|school]]); the dog, Nelson
Assessor: [[Bethany Postlethwaite|name]], Young Carers Worker ([[01229 774 318|phone]]; [[bethany.p@furnesscarers.org.uk|email]])
Visits: Wed [[14 Oct|date]] (home, with mum) and [[21/10/26|date]] (school, [[Ellis|name]] alone)

What [[Ellis|name]] does
Gets [[Grace|name]] up, dressed and to school (walks her to the gate then runs to the bus), makes breakfast and most teas,
helps his mum with her tablets ("the big one on Fridays is an injection, I do the fridge bit"), does the washing, and
sits with her when she falls until someone comes. On [[29 September|date]] she fell at 02:00 and [[Ellis|name]] rang 999;
NWAS took 3 hours; he missed school the next day. His attendance is 82% this term. He says "I'm not a carer, I'm just
[[Ellis|name]]".

Support around the family
Mum's sister, [[Michelle Airey|name]], [[8 Tudor Square|address]], [[Dalton|place]] ([[01229 582 640|phone]]), comes Saturdays
but works shifts at the shipyard in [[Barrow|place]]. Neighbour [[Derek|name]] at no. [[36|address]] ("[[Dez|name]]") helps with
the bins and lifts mum if she falls in the day. [[Ellis|name]]'s dad, [[Paul Tyson|name]], lives in [[Penrith|place]]? ([[Ellis|name]]
thinks) and has not been in touch for 5 years. Adult social care (Westmorland and Furness) assessed Ms [[Cowperthwaite|name]]
in June: 7 hours a week of home care, mornings, from Bay Care; they come at 10:30, after [[Ellis|name]] has left.

[[Ellis|name]]'s views: he wants the carers to come at 7:30 "so I can get the early bus", to go to the young carers'
group on Thursdays at the Coronation Hall, to play football for [[Swarthmoor|place]] juniors again, and for someone to
tell [[Grace|name]]'s teacher (Mrs [[Fell|name]]) why she is late.
Emergency contacts agreed with [[Ellis|name]] (on his phone and on the fridge):
  1. Aunty [[Michelle|name]] - [[01229 582 640|phone]] / [[07368 144 902|phone]] ([[Dalton|place]], 15 minutes by car)
  2. [[Derek Gibson|name]] ("[[Dez|name]]"), no. [[36|address]] - knocks on the wall as well
  3. Grandad [[Ken Cowperthwaite|name]], [[Kirkby-in-Furness|place]] - no car; phone only ([[01229 889 341|phone]])
  4. School office - Mrs [[Lowther|name]]
Outcome: eligible needs. Refer to adult social care for reassessment (timing of calls); young carers' group from
[[12th November|date]]; a letter to school; a carer's emergency plan with [[Michelle|name]] and [[Derek|name]] as contacts.
"""),
    ("a child's message through the young carers' website contact form", """--- Website contact form submission
(furnesscarers.org.uk/contact) ---
Submitted: [[03/12/2026|date]] 23:47
Your name: [[ellis c|name]]
Your email (optional): [[ellisc2014@icloud.com|email]]
Your phone (optional): [[07934 286 571|phone]]
Are you a young carer we know?  yes [[beth|name]] is my worker
Your message:
hi its [[ellis|name]] from [[ulverston|place]] ([[lund park|address]]). sorry its late. mum fell again tonight in the bathroom and
i couldnt lift her so i rang [[dez|name]] but hes in hospital in [[barrow|place]] (furness general) so i rang aunty [[michelle|name]]
and she came from [[dalton|place]] in her pjs lol. mum is ok now shes in bed. [[grace|name]] slept thru it. the carers didnt
come today because the lady [[sue|name]] was off sick and nobody came instead. i had to miss football at [[swarthmoor|place]]
again. can you tell school i might be late tmrw. mr [[simpson|name]] said if im late again its a detention. also mum says
shes not allowed to tell the council because they will take us off her but thats not true is it? [[beth|name]] can u
ring mum tmrw at 10 her number is [[07480 315726|phone]]. dont ring before she has had her tablets.
thanks
[[ellis|name]]
--- end ---
Triage note ([[B Postlethwaite|name]], [[04/12/2026|date]] 08:20): rang Ms [[Cowperthwaite|name]] 10:05; passed to CSC front door
([[Ulverston|place]]) and to adult social care duty. Rang school, spoke to Mr [[Jack Simpson|name]], head of Y8.
"""),
    ("MS specialist nurse's email to the GP and the young carers' worker", """From: [[Clare Bewley|name]] <[[clare.bewley@nhs.net|email]]>
Sent: [[07 December 2026|date]] 09:12
To: [[lsc.ulverstonhc@nhs.net|email]]; [[bethany.p@furnesscarers.org.uk|email]]
Cc: [[michelle.airey79@gmail.com|email]]
Subject: [[Lorraine Cowperthwaite|name]] [[28/03/1983|dob]] - falls and home care timing

Dear Dr [[Sandhu|name]] and [[Bethany|name]],

I saw [[Lorraine|name]] at the Ulverston Community Health Centre clinic on Friday [[4th|date]] with her sister [[Michelle|name]]. She
has had three falls in two weeks ([[20th|date]], [[27th Nov|date]] and [[3rd Dec|date]]), all at night, and her 12-year-old,
[[Ellis|name]], helped her up on two of them. She is relapsing: new left leg weakness and more fatigue. I have asked the
neurology team at Royal Lancaster Infirmary (Dr [[Obi|name]]) for a steroid review and referred to the community
OT for a bed lever, a commode and a falls pendant through Careline.

[[Lorraine|name]] is very worried that social services will "take the children". I have told her that the young carers'
service and the council are there to help, and she agreed I could write to you both. Her mobile is [[07480 315 726|phone]] but
she asked that you ring her sister on [[01229 582 640|phone]] or email [[Michelle|name]] (copied) during the day.

Please could the GP consider an urgent care needs review with adult social care: her carers come at 10:30 and
[[Ellis|name]] and [[Grace|name]] are doing the early mornings.

Kind regards
[[Clare|name]]
[[Clare Bewley|name]], MS Specialist Nurse, University Hospitals of Morecambe Bay NHS Foundation Trust
"""),
    ("school attendance support meeting minutes", """[[ULVERSTON VICTORIA HIGH SCHOOL|school]] - ATTENDANCE SUPPORT MEETING (stage 2) -
NOTES
Student: [[Ellis Cowperthwaite|name]] (8SP)   DOB: [[3 November 2014|dob]]   UPN: [[G909420705786|upn]]   Date: [[09/12/2026|date]]
Present: Mr [[J Simpson|name]] (Head of Year 8, chair); Mrs [[Karen Lowther|name]] (Attendance Officer); [[Bethany Postlethwaite|name]]
(Furness Young Carers); [[Michelle Airey|name]] (aunt, for mum); [[Ellis|name]] (for the last part). Ms [[Cowperthwaite|name]] joined by
phone.
Also sent to: [[Croftlands Junior School|school]] (for [[Grace Cowperthwaite|name]], UPN [[H909222563357|upn]]); EWO [[Alan Rigg|name]].

1. Attendance this year 79.4% (autumn term). 31 lates, mostly periods 1-2. Absences: [[30/9|date]], [[1/10|date]], [[4/12|date]]
   and several Mondays. Detentions for lates since [[16 Nov|date]]: 4.
2. [[Bethany|name]] explained [[Ellis|name]] is a young carer and outlined the falls at home. Mr [[Simpson|name]] apologised for the
   detentions, which are cancelled; he had not known. [[Ellis|name]] to have a young carer's card (late pass) from today.
3. [[Michelle|name]] said adult social care have now moved the morning call to 07:45 from Monday [[14 December|date]] and the
   falls pendant was fitted on the [[8th|date]]. She will have [[Grace|name]] at hers in [[Dalton|place]] two nights a week.
4. [[Ellis|name]] said he wants to stay in top set maths with Mrs [[Hope|name]] and to go on the Year 8 trip to [[Keswick|place]]
   ([[22|date]]-[[23 January|date]]). School will use the pupil premium for the cost.
5. Review: [[3rd February 2027|date]], 15:30. Actions: KL weekly check-in; BP young carers' group.
"""),
]


# --- F. Robinson / Bell family (white British), Sandylands, Kendal, a care leaver expecting a baby ------------------------

HOME_F = d.Address("Flat 3, 18 Windermere Road", "Sandylands", "Kendal", "LA9 6EP")
CARERS_F = d.Address("Fellview, Kents Bank Road", "", "Grange-over-Sands", "LA11 7HD")
BELL_F = d.Address("52 Main Street", "", "Milnthorpe", "LA7 7QE")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Megan", "Robinson")], dt.date(2009, 2, 11), addresses=[HOME_F, CARERS_F], ids=["8200208729", "B909148334402"],
       schools=["Kendal College"]),
    _p("f", "father", [("Jordan", "Bell")], dt.date(2006, 10, 17), addresses=[BELL_F], phones=["07817 463 092"]),
    _p("g", "carer", [("Sheila", "Mounsey")], dt.date(1962, 5, 5), addresses=[CARERS_F], phones=["01539 713 552"]),
    _p("g2", "grandparent", [("Tracey", "Bell")], dt.date(1984, 1, 9), addresses=[BELL_F], phones=["07562 381 904"]),
    _p("p1", "professional", [("Ffion", "Hartley")], phones=["07389 516 204"], emails=["ffion.hartley@solwaycoast.gov.uk"]),
], "c")

DOCS_F = [
    ("pre-birth assessment summary", """PRE-BIRTH ASSESSMENT - SUMMARY AND RECOMMENDATION
Mother: [[Megan ROBINSON|name]] (17), DOB [[11/02/2009|dob]], NHS [[820 020 8729|nhs]]; care leaver (relevant child), Solway Coast Council
Address: [[Flat 3, 18 Windermere Road|address]], [[Sandylands|place]], [[Kendal|place]] [[LA9 6EP|postcode]] (supported lodgings, Kendal
Foyer)
Father: [[Jordan BELL|name]] (20), [[52 Main Street|address]], [[Milnthorpe|place]] [[LA7 7QE|postcode]], [[07817 463 092|phone]]
Baby: due [[28 January 2027|date]], Westmorland General Hospital midwifery-led unit / Royal Lancaster Infirmary
Assessing social worker: [[Ffion Hartley|name]] (Leaving Care and 16+), [[ffion.hartley@solwaycoast.gov.uk|email]]
Personal adviser: [[Tom Gaskell|name]]

Background
[[Megan|name]] came into care at 11 from [[Workington|place]] after neglect and her mother's partner's sexual abuse of her.
From 2021 to August 2026 she lived with foster carers [[Sheila|name]] and [[Geoff Mounsey|name]] at "[[Fellview|address]]",
[[Kents Bank Road|address]], [[Grange-over-Sands|place]] ([[01539 713 552|phone]]), who "still treat her as ours" and have
offered a room for [[Megan|name]] and the baby. She met [[Jordan|name]] at [[Kendal College|school]] (hair and beauty; he does
motor vehicle). [[Jordan|name]] has a conviction for possession of cannabis (2025) and his mother, [[Tracey Bell|name]], says he
"has a temper but never with girls". In September [[Megan|name]]'s friend [[Lily-Mae Sowerby|name]] told the PA that
[[Jordan|name]] had pushed [[Megan|name]] against the fridge at the flat; [[Megan|name]] says it was "a play fight".

Family network (from the genogram done with [[Megan|name]] on [[5 November|date]])
[[Megan|name]]'s maternal grandmother, [[Irene Robinson|name]], [[Salterbeck|place]], [[Workington|place]] (no contact since 2020); her
older
brother [[Callum Robinson|name]], 22, in the army at [[Catterick|place]], who rings on Sundays ([[07951 238 406|phone]]); [[Jordan|name]]'s
grandparents [[Norman|name]] and [[Jean Bell|name]] of [[Burton-in-Kendal|place]], who have offered to help with money; [[Megan|name]]'s
best
friend [[Lily-Mae|name]] ([[Lily-Mae Sowerby|name]], of [[Kendal Parks|place]]) who "will be the godmother"; and the [[Mounseys|name]]'
grown-up daughter [[Amy Harrison|name]] in [[Cartmel|place]], a nursery nurse, who babysat [[Megan|name]] for years.

Recommendation: child in need plan, not a child protection plan, if the mother-and-baby placement with the [[Mounseys|name]] is
approved by the fostering panel on [[6 January|date]]; a Family Group Conference before Christmas Eve; [[Jordan|name]] to the
Caring Dads programme; midwife [[Eleri Jones|name]] (safeguarding midwife) to flag the birth plan.
"""),
    ("midwife's handwritten booking notes, scanned and OCR'd", """[OCR of scanned handheld notes, p.3-4; some OCR errors left as read]

BOOKING HISTORY   Name [[MEGAN ROBIN5ON|name]]   Hosp no. W0418862   NHS [[820 020 8729|nhs]]   DOB [[11 / 02 / 2009|dob]]
Addr: [[Flat 3, 18 Windermere Rd|address]] [[Kenda1|place]] [[LA9 6EP|postcode]]     Tel: [[07456 902 318|phone]]
NOK: [[Sheila Mounsey|name]] (foster mum) [[01539 713552|phone]]
LMP [[23/4/26|date]]   EDD [[28/1/27|date]] (by scan [[4/7/26|date]])   G1 P0
Partner: [[Jordan Be11|name]] (FOB), 20, mob [[07817 463092|phone]], lives w his mum [[Milnthorpe|place]]
Social: care leaver, SW [[Ffion|name]] (16+), PA [[Tom G|name]]. Smokes 5/day, vapes. No alcohol. Cannabis "not since Xmas".
Routine enquiry DA: asked alone - "no" but hesitant. Leaflet given (hidden in a lip balm box).
Mental health: anxiety, was on sertraline age 15 via CAMHS (Dr [[Eze|name]]). Self-harm age 13-14 (cutting), none now.
Plan: consultant-led care at RLI, safeguarding MW [[E Jones|name]] informed [[10/7|date]], CMW [[Anna Dent|name]]
([[Kendal|place]] team), HV antenatal contact, perinatal MH screening at 28/40.

[[12.10.26|date]] 28/40 seen w [[Jordan|name]]. He answered for her x3. [[Megan|name]] later rang from college: "he's
alright, he's just stressed about money". Bruise R upper arm, says from the bus door.
[[E. Jones|name]] / [[A. Dent|name]]
"""),
    ("voicemail left on the social worker's mobile, transcribed", """Voicemail to [[Ffion Hartley|name]]'s work mobile, received Saturday
[[21 November 2026|date]] 19:52, from [[07562 381 904|phone]]
(transcribed by [[F Hartley|name]] on [[23/11/2026|date]], as heard; [inaudible] where unclear; 1 min 48 s)

"Hiya, it's [[Tracey|name]], [[Tracey Bell|name]], [[Jordan|name]]'s mum, from [[Milnthorpe|place]]. You gave us your card at the
meeting at the college. Um. I didn't know who else to ring. [[Jordan|name]]'s been round mine tonight and he's in a right
state, he says [[Meg|name]]'s saying he hit her and she's going to go to [[Sheila|name]]'s at [[Grange|place]] and he'll never see
the baby. He's put his fist through my bathroom door. I've took his car keys off him, it's the blue Corsa, [[KN17 WZD|vehicle]],
so he can't drive over to [[Kendal|place]]. He's not like his dad, he's not. His dad's [[Wayne Bell|name]], he's in [[Liverpool|place]]
now, [[Toxteth|place]] I think, he was the one that was handy with his fists. I just want him to get help, that course you
said. [[Jordan|name]]'s mate [[Kian|name]], [[Kian Atkinson|name]] from [[Heversham|place]], is coming to sit with him. Um.
[inaudible] ring me back on this number, or the house is [[01539 563 218|phone]]. It's [[Tracey|name]]. [[Bell|name]]. Thanks. Bye."

Action: rang [[Megan|name]] 20:05 (out of hours, via EDT [[Simon Cowan|name]]) - she was at [[Fellview|address]] with [[Sheila|name]]
and safe. Police ([[Kendal|place]] NPT) informed; log 0833 of [[21/11|date]].
"""),
    ("pathway plan review meeting minutes", """PATHWAY PLAN REVIEW - [[Megan Robinson|name]] (DOB [[11.02.2009|dob]], UPN on leaving
school [[B909148334402|upn]])
Date: [[2nd December 2026|date]], 11:00, Kendal Foyer meeting room      Chair: [[Rachel Kitching|name]], IRO
Present: [[Megan|name]]; [[Ffion Hartley|name]] (SW); [[Tom Gaskell|name]] (PA); [[Sheila Mounsey|name]] (former foster carer);
[[Anna Dent|name]] (community midwife); [[Priya Nandakumar|name]] ([[Kendal College|school]] student support). [[Jordan Bell|name]] not
invited
at [[Megan|name]]'s request.

1. Accommodation: mother-and-baby placement with [[Sheila|name]] and [[Geoff|name]] at [[Grange-over-Sands|place]] to go to fostering panel
   on [[6th January 2027|date]]. [[Megan|name]] to move on [[19 December|date]] if the panel's chair agrees an exemption. The flat at
   [[Windermere Road|address]] to be kept until [[31/01/2027|date]].
2. Education: [[Megan|name]] to finish level 2 hair and beauty at [[Kendal College|school]] in the spring, then a break. Travel from
   [[Grange|place]] by train via [[Arnside|place]]: bursary to pay.
3. Health: baby due [[28/01/2027|date]]. [[Anna|name]]: growth fine; BP fine; booked at RLI. [[Megan|name]] agreed to the perinatal
   team's visit on [[9 December|date]].
4. Relationships: [[Megan|name]] said [[Jordan|name]] "did push me, at the flat, and on the [[21st|date]] he was going to come round".
   She wants him at the birth "if he does the course". [[Ffion|name]]: [[Jordan|name]] started the Caring Dads group in [[Kendal|place]] on
   [[30 November|date]]. His mum [[Tracey|name]] ([[07562 381 904|phone]]) is supportive. [[Megan|name]]'s birth mother,
[[Donna Robinson|name]],
   of [[Moorclose|place]], [[Workington|place]], has asked through Facebook to see the baby; [[Megan|name]] does not want this.
5. Money: UC from [[10/12|date]]; Sure Start Maternity Grant applied for; leaving care grant for the pram.
Next review: [[3 March 2027|date]].
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 42 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 01:13 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "ps", "insp", "cllr", "hhj", "judge",
           "nurse", "sister", "coach", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad",
           "grandpa", "mum", "mummy", "mam", "dad", "daddy", "aunty", "auntie", "uncle", "geshe", "amala", "pala", "mola",
           "baba", "тата", "баба", "ewo", "cmw", "mw", "sw", "pa", "hv"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "cumbria", "cumberland",
               "westmorland", "furness", "westmorland and furness", "lancashire", "north lancashire", "the lakes",
               "morecambe bay", "the north west", "north west", "tibet", "nepal", "india", "south india", "canada", "serbia",
               "germany", "europe"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name: "Geshe Thupten",
# "Mola Lhakpa", "Баба Милица", "District Judge Osei", "EWO Alan Rigg") and counties, regions and countries ("Cumbria",
# "Westmorland and Furness", "Tibet", "Nepal", "India", "Serbia", "Germany").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
