"""Set 79: a held-out hand-written set for the redaction detector, six more invented families in West Hertfordshire, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or the files other
helpers were writing at the same time (bench/redaction_set78.py, redaction_set80.py, redaction_set81.py and their tests), that did
not run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What was
read: bench/redaction_set21.py and tests/test_redaction_set21.py (the layout and marking conventions followed here; some of set
21's middle documents were not displayed), the docstrings of bench/redaction_set7.py to redaction_set77.py, printed with ast and
searched only as printed text for towns, districts and communities (the bodies of those sets were not opened or searched), the
opening lines and the `Records`, `HandSet.problems`, `counts` and `main` helpers of bench/redaction_handwritten.py, and the ruff
settings in pyproject.toml. Set 15's checker was run through HandSet but not read. Phone numbers were checked with the
phonenumbers library; NHS numbers were made with the modulus 11 check and UPNs with python-stdnum in small snippets. The record
constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records.
Nobody may tune the detector on this set: it is to be scored once, after the detector's current round of changes. If a mistake
in the gold marking is found after scoring, correct only the marking and say so here.

Six families in West Hertfordshire, each from a town, district or estate no earlier set (7 to 77) used as a family's home.
Four of the kinds most common in children's social care: a young white British mother in a third-floor flat on Grovehill,
Hemel Hempstead, with a grandmother in Adeyfield (Dunmore / Sharp; a boy of 3 falling below the 2nd centile, cannabis, a
partner who smashed the television, a stranger staying on the sofa who is a drug dealer from Luton, a food bank voucher), a
British Pakistani family in Callowland, Watford, with a grandmother in Islamabad (Rafiq / Hussain; a boy of 14 missing to
Luton and criminally exploited on a county line, an uncle who is the safe adult, a mother who writes her own letter with her
children's names in Urdu script), a white British professional family in Northchurch, Berkhamsted, with the father moved to
Tring (Fairclough / Ashby-Gore; a solicitor father's coercive control, private law proceedings, a tracking phone given to a girl
of 10), and a girl of 17 from Mill End, Rickmansworth, pregnant, in supported lodgings (Brook / Ash; a young father who punches
walls, a mother who drinks and whose violent ex-partner has come back, a pre-birth assessment). Two from communities no earlier
set used: a Cuban family in South Oxhey, with a grandmother in Centro Habana, an aunt in Madrid and a father in Hialeah (Castillo
Pérez / Mott; a girl of 15's overdose, a British stepfather's coercive control and threats about the mother's visa, an online
"boyfriend" who is an adult, a grandmother in Havana's blackouts) and a St Helenian ("Saint") family in Abbots Langley, with a
grandmother in Half Tree Hollow, an aunt in Swindon and a father working on Ascension Island (Thomas / Yon; a girl of 16 caring
for a mother with MS, a father violent when he drinks and due home for Christmas). 24 documents, of types and styles new to these
sets where possible: a health visitor's targeted visit record, a mother's and grandmother's Facebook Messenger chat typed up, an
initial child protection conference report, a food bank e-referral form, an independent return home interview, strategy meeting
minutes on criminal exploitation, a mother's own letter with Urdu, a school attendance officer's notes typed fast on a phone in the
car, a CAMHS consultant's letter, a WhatsApp chat translated from Cuban Spanish (with a transcribed voice note), the analysis
section of a child and family assessment, a girl's handwritten note to the school counsellor scanned and OCR'd, a young carer's
needs assessment form, an aunt's email, a grandmother's voicemail from St Helena transcribed in St Helenian English, team around
the family review minutes, a section 7 report extract, an OurFamilyWizard message report (with US-order dates), a school CPOMS
chronology export, a mother's iPhone Notes diary, a pre-birth assessment summary, a maternity booking form scanned and OCR'd, a
supported lodgings host's daily log and a legal gateway chronology.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Cuba, Spain, the United States, Pakistan, St Helena); NHS numbers and UPNs (LA number
919, Hertfordshire) pass their check digits; NI numbers have a valid format. Councils are invented (Gade Valley, Colne Chess),
and so are the Gade Carers Hub, the Herts Young People's Missing Service, the supported lodgings scheme and its provider, the
food bank voucher numbers, and the pupils at the schools, whether the school names are real or invented (Little Acorns Nursery,
Woodhall Farm Primary, Westfield Academy, Field Junior, Oxhey Park Academy, Greenfields Primary, Bedmond Lane Academy, Northchurch
St Mary's, Colne Valley College, West Herts College, Parkside, St Michael's); towns, districts, estates, villages, hospitals, NHS
trusts, GP surgeries, police forces, courts, clubs, shops, brands, apps, games, programmes and laws are real or realistic and stay
unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py (which follows sets 19, 15 and 6 to 13). [[words|kind]] is a
gold span (name, address, postcode, place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship
words (Mr, Mrs, Ms, Miss, Dr, DC, DS, PC, Nanny, Mum, Abuela, tía, mamu, "Me" as a chat sender) stay outside the name span,
before or after the name ("Abuela Migda", "tía Odalys", "Tariq mamu"); a possessive 's and a bare s in texting ("kelsey"s,
"jordan"s) stay outside; every person's name is a name in every form, record or not. "SURNAME, First" is one span ("SHARP,
Finley", "ASHBY-GORE, Ottilie", "BROOK, Chantelle"), and so is "First SURNAME" and a name with an initial ("C Brook", "Daylin C",
"A. Ware"); initials alone ("H", "C", "J", "T.T.", "OM", "BA", "MG") are not marked; a name broken by a line break is one span
holding the break, and so are an address, a place and a date; social media handles ("yei.sntg_07") are not marked; a chat
sender's display name that is a person's plain name ("Kay") is; a surname alone ("THOMAS" / "YON" in a heading, "BROOK")
is a name. A street address is one span, its town a place, its postcode a postcode; a street named without a number is an
address, and so is a neighbour's bare flat or house number ("no. 24", "21", "number 11", "Flat 5", "no. 5", "no. 1"), and an
address abroad ("Neptuno 412, apto 3, entre Escobar y Gervasio", Centro Habana; "Calle de Bravo Murillo 211, 4ºB", 28020
Madrid; "House 112, Street 7, F-10/2", Islamabad; "Cleughs Plain", Half Tree Hollow); foreign postcodes ("10200", "28020") are
postcodes; towns, cities, villages, districts and estates are places, at home or abroad, and local short forms ("Hemel",
"Berko", "Ricky", "Jo'burg") are places; countries, counties, regions and overseas territories are not ("Hertfordshire", "Herts",
"Cuba", "Florida", "Pakistan", "England", "St Helena", "Ascension", "the Falklands"); organisations are not marked even when they
hold a town's or a person's name ("Watford General", "Hemel Hempstead Hospital", "Oxhey Village Surgery", "Abbots Langley
Surgery", "Rickmansworth Health Centre", "Vicarage Road Surgery", "the Family Court at Watford", "HEMEL FOOD BANK", "Leavesden
Lions", "Meriden Court", "Sherrards", "Western Union"); a school's or college's name is a school, and so is its short form
("Westfield", "Field Junior", "Greenfields", "Woodhall Farm", "Little Acorns"); a date of birth is dob, any other calendar date
with a day is date (a weekday before it stays outside) and the bare day in a range or a diary line ("14"-"16 October", "the
28th", "the 31st", "5-6 Dec" as two spans) is a date span; months and years alone are not marked; helplines
are not marked; pets' names (Bailey) are not names; a firm named after people marks only the names ("Ashby-Gore & Pryce LLP",
"Thorne Whitlam"); parks, landmarks, shopping centres and attractions stay unmarked (Jarman Park, the Aquadrome, the Harlequin,
Ashridge, the Berkhamsted Civic Centre car park); a surname or first name that is also an English word or a town is marked by
what it refers to (Ware, Chesham, Tring, Sandy, Hope, Grace, Brook, Ash, Rose, Dawn, Day, Willow are names when they are people;
Chesham, Tring, Sandy Bay, Money Hill and Maple Cross are places when they are places); a name in another script (Urdu "حمزہ",
"علینا", "صائمہ رفیق") is a name, and the Urdu kinship word "امی" is not; a service, branch or team named by its town in
lower-case words ("the Grovehill clinic team", "the Grovehill children's centre", "Hilton elstree", "the Rickmansworth clinic",
"the Watford campus") marks the town.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: names and dates as an OCR
scan garbled them ("BR00K", "0dalys", "Yeis0n", "G. Ashw0rth", "O2/O3/2OO9", "l0th", "13/08/2O26") are marked as what they are,
and phone numbers were kept legible so that every phone span is a valid number; dates printed by an American app in month-first
order ("08/18/2026", "12/01/2026") are dates; the names an expectant mother has chosen for her unborn baby ("Willow", "Reggie")
are names, while the midwives' "Willow Team" is an organisation and stays unmarked; the local government district "Three Rivers"
is treated like an earlier set's Calderdale, as an area and not a place; the locality "Cleughs Plain" on St Helena, given as the
grandmother's address, is an address; the St Helena districts (Half Tree Hollow, Jamestown, Longwood, Sandy Bay) and Ascension's
Georgetown are places, while St Helena, Ascension and the Falklands are territories and stay unmarked; "Saints" for St Helenians
and "Cuban" are peoples and stay unmarked; a chat contact saved as "Abuela Migda 🇨🇺" marks only the name; a WhatsApp sender
shown by number ("+44 7723 418560") is a phone; "the Manor Street surgery", a surgery named by its street in
lower-case words, marks the street; a county line's nickname taken from a person ("Dre") is a name; a family's safety code word
("pudding") and case, voucher, court and exhibit references ("WD26P00417", "HFB-26-3317", "HF/7") are not marked. The girl in
family D was first called "Tia" and renamed "Tegan" before the set was finished, because the shared checker treats "tia" (aunt)
as a kinship word.

Self-check without the detector: `python -m bench.redaction_set79` (and tests/test_redaction_set79.py) runs set 15's checker
(which runs the earlier sets' checkers) on this set, adds this set's titles and kinship words (before and after a name) and
counties, regions, territories and countries, and prints the number of documents and gold spans per kind: 24 documents,
1,035 gold spans, 544 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones

# --- A. Dunmore / Sharp family (white British), Grovehill, Hemel Hempstead ---------------------------------------------------

HOME_A = d.Address("23 Henry Wells Square", "Grovehill", "Hemel Hempstead", "HP2 6BQ")
NAN_A = d.Address("41 Longlands", "Adeyfield", "Hemel Hempstead", "HP2 4DF")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Finley", "Sharp")], dt.date(2023, 5, 14), addresses=[HOME_A], ids=["2759233723"],
       schools=["Little Acorns Nursery"]),
    _p("s", "sibling", [("Harley-Rae", "Dunmore")], dt.date(2019, 2, 3), addresses=[HOME_A],
       ids=["1503174263", "Z919147592337"], schools=["Woodhall Farm Primary School"]),
    _p("m", "mother", [("Kayleigh", "Dunmore")], dt.date(1999, 10, 27), addresses=[HOME_A], phones=["07845 219 604"],
       ids=["7591614703", "JT 28 44 91 B"]),
    _p("f", "father", [("Jordan", "Sharp")], dt.date(1997, 4, 8), addresses=[HOME_A], phones=["07932 604 118"]),
    _p("g", "grandparent", [("Tina", "Dunmore")], dt.date(1972, 8, 19), addresses=[NAN_A], phones=["01442 263 519"]),
    _p("p1", "professional", [("Abigail", "Ware")], phones=["01442 456 230"], emails=["abigail.ware@gadevalley.gov.uk"]),
], "c")

DOCS_A = [
    ("health visitor's record of a targeted home visit", """HEALTH VISITING - RECORD OF CONTACT (targeted visit)
Child: [[SHARP, Finley|name]]      DOB: [[14/05/2023|dob]]      NHS: [[275 923 3723|nhs]]
Address: [[23 Henry Wells Square|address]], [[Grovehill|place]], [[Hemel Hempstead|place]] [[HP2 6BQ|postcode]]
Contact: home visit, Thursday [[1 October 2026|date]], 10:15-11:25       HV: [[Nadia Okonjo|name]] ([[Grovehill|place]] clinic team)
Present: mother [[Kayleigh Dunmore|name]]; [[Finley|name]]; mother's friend "[[Shay|name]]" (surname not given, left at 10:40)

Reason: 2.5 year review not attended ([[14/07|date]] and [[11/08|date]]), nursery ([[Little Acorns|school]]) worried about speech
and weight. Text sent [[29/09|date]] to [[07845 219 604|phone]]; mum replied "ok come thurs".

Home: third-floor flat, lift broken (mum says since [[August 21|date]]). Strong smell of cannabis in the hallway and lounge;
mum said it was "from next door, [[no. 24|address]]" - the neighbour, a man she called [[Gaz|name]]. Two bags of rubbish on the
balcony; dog faeces on the balcony floor (the dog, Bailey, a husky cross, belongs to [[Jordan|name]]). The kitchen had
food in (bread, cereal, frozen chips). [[Finley|name]]'s cot has no sheet; he sleeps in mum's bed "most nights".

[[Finley|name]]: weight 11.9 kg (below the 2nd centile, was on the 9th at 1 year). Pale, dry skin, nappy rash (treated
with Sudocrem in front of me). He used about six single words ("dog", "no", "mama", "[[Harley|name]]") and pointed.
He drank a full bottle of milk during the visit; mum said he "won't eat anything but yoghurts and crisps".
[[Harley-Rae|name]] (7) at school ([[Woodhall Farm|school]]). Mum said her school has "been on at her" about lates.

Mother: says she is "fine, just tired". She said [[Jordan|name]] works nights at the Amazon warehouse in
[[Boxmoor|place]] (she was not sure) - he was not seen. She said her mum [[Tina|name]] in [[Adeyfield|place]] has the kids at
weekends. She told me her friend [[Shay|name]] "sometimes stays over on the sofa".

Plan: referral to the dietitian at Hemel Hempstead Hospital; speech and language drop-in at the [[Grovehill|place]] children's centre
on Tuesday [[13 October|date]]; re-weigh [[15/10|date]]; discussed with my safeguarding supervisor [[Gill Marchant|name]] on
[[02/10/2026|date]] - agreed to share with children's services (front door, Gade Valley) and nursery. Mum agreed.
Signed [[N. Okonjo|name]], Health Visitor, [[01442 456 871|phone]], [[nadia.okonjo@nhs.net|email]]
"""),
]

DOCS_A += [
    ("mother's and grandmother's Facebook Messenger chat, typed up", """Typed up by the social worker from screenshots
[[Tina Dunmore|name]] showed on her phone on [[22/10/2026|date]]
(with her consent; spelling as written). "Me" is [[Tina|name]]; "[[Kay|name]]" is [[Kayleigh|name]].

[[10 Oct|date]] 2026
[[Kay|name]]: mum can u have them tonite [[jordy|name]] got a job on
Me: what job at 9 at night. no
[[Kay|name]]: pleasee its just [[finn|name]] [[harley|name]] can go to [[kelsey|name]]s
Me: who is [[kelsey|name]]
[[Kay|name]]: her mate from school her mums [[dawn|name]] they live on [[washington ave|address]] by the shops
Me: i dont know them. bring them here. ill do it but this is the last time [[kayleigh|name]]

[[12 Oct|date]] 2026
Me: why did [[harley|name]] say there was a man asleep in the bath
[[Kay|name]]: thats [[shay|name]] he was sick it was nothing
Me: who is [[shay|name]]
[[Kay|name]]: [[shay|name]] is [[jordan|name]]s cousin from [[luton|place]] hes harmless
Me: i dont want them round that
[[Kay|name]]: ur not there so u dont get a say

[[15 Oct|date]] 2026
[[Kay|name]]: the health visitor weighed [[finn|name]] again hes still small. she said the D word (dietitian) lol
Me: im coming up tomorrow with shopping. is the lift fixed
[[Kay|name]]: no. Mrs [[Begum|name]] at [[21|address]] carried the buggy for me yesterday shes lovely
Me: tell her thank you from me

[[19 Oct|date]] 2026
[[Kay|name]]: mum the school rang again about [[harley|name]] being late. can u take her mon and wed from ur house
Me: i start at Tesco at 8 on mon you know that
[[Kay|name]]: ffs
Me: ask [[Jordan|name]]. hes her step dad

[[20 Oct|date]] 2026
[[Kay|name]]: we had a row. hes gone to his mums in [[Apsley|place]]. dont ring him
Me: did he touch you
[[Kay|name]]: no. he smashed the telly thats all. [[finn|name]] was asleep
Me: im calling [[Abbie|name]] the social worker
[[Kay|name]]: DONT. pls mum
"""),
]

DOCS_A += [
    ("initial child protection conference report by the social worker", """GADE VALLEY COUNCIL - CHILDREN'S SERVICES
REPORT TO THE INITIAL CHILD PROTECTION CONFERENCE
Conference date: Wednesday [[11 November 2026|date]], 10:00, Civic Offices ([[Hemel|place]]) and Teams
Chair: [[Rhian Pettifer|name]] (Independent Reviewing and Conference Service)
Author: [[Abigail Ware|name]], Social Worker, Family Safeguarding Team West, [[01442 456 230|phone]],
[[abigail.ware@gadevalley.gov.uk|email]]

1. THE CHILDREN
[[Harley-Rae DUNMORE|name]], born [[3 February 2019|dob]], 7, Year 3 at [[Woodhall Farm Primary School|school]], UPN
[[Z919147592337|upn]], NHS [[150 317 4263|nhs]].
[[Finley SHARP|name]] ("[[Finn|name]]"), born [[14 May 2023|dob]], 3, at [[Little Acorns Nursery|school]] (15 funded hours,
attends about half).
Both live with their mother, [[Kayleigh Dunmore|name]] (27, DOB [[27/10/1999|dob]]), at [[23 Henry Wells Square|address]],
[[Grovehill|place]], [[HP2 6BQ|postcode]]. [[Finley|name]]'s father, [[Jordan Sharp|name]] (29), lived there until [[20 October|date]] and
now stays with his mother, [[Sandra Sharp|name]], on [[Belswains Lane|address]], [[Apsley|place]]. [[Harley-Rae|name]]'s father,
[[Reece Cartwright|name]], lives in [[Stevenage|place]] and has had no contact since 2022.

2. WHY WE ARE HERE
The section 47 enquiry began on [[22 October 2026|date]] after [[Harley-Rae|name]] told her teacher, Miss [[Chesham|name]], that
"[[Jordan|name]] threw the telly and Mummy hid in the bathroom with [[Finn|name]]" (disclosure [[21/10|date]]). Police
(Hertfordshire Constabulary, DC [[Oliver Mbeki|name]]) attended the flat the same evening. [[Finley|name]]'s weight has fallen from the
9th to below the 2nd centile; he was seen by the dietitian on [[27/10|date]] and by Dr [[Hannah Loxley|name]], community
paediatrician, on [[3 November|date]], who found no medical cause and described "a picture consistent with neglect".

3. WHAT WE KNOW (summary chronology)
[[17/08/2026|date]]  Police called by a neighbour at [[no. 19|address]] (Mr [[Alan Tring|name]]) - shouting, a baby crying. No
                     further action.
[[14/07|date]], [[11/08|date]]  Health review not brought.
[[01/10/2026|date]]  HV home visit: cannabis smell, no sheet on the cot, low weight.
[[10/10|date]]-[[20/10|date]]  Grandmother's messages show the children left with people she did not know, and a man
                     ("[[Shay|name]]") staying, said to be [[Jordan|name]]'s cousin from [[Luton|place]].
[[20/10/2026|date]]  The TV smashed; [[Jordan|name]] left. [[21/10|date]] disclosure at school.
[[04/11/2026|date]]  [[Shay|name]] identified by police as [[Shaun Pratley|name]] (DOB [[09/01/1994|dob]]), known for supply of
                     class A in [[Luton|place]] and [[Dunstable|place]]. Mother says he has not been back.

4. THE CHILDREN'S VIEWS
[[Harley-Rae|name]] drew her "house of worries": [[Jordan|name]] shouting, the lift, "the man in the bath", and "being late
so Mrs [[Ware|name]] - no, Miss [[Chesham|name]] - is cross". In her house of good things: Nanny [[Tina|name]], her friend
[[Kelsey|name]], swimming at the Sportspace. [[Finley|name]] is too young to say; at nursery he goes to [[Leanne|name]], his key
person, and holds her hand all morning.

5. STRENGTHS
Grandmother [[Tina Dunmore|name]] ([[41 Longlands|address]], [[Adeyfield|place]], [[01442 263 519|phone]]) is protective and
available at weekends. [[Kayleigh|name]] has now taken [[Finley|name]] to every appointment since [[27 October|date]].

6. RECOMMENDATION
That both children are made subject to child protection plans under the category of neglect.
[[A. Ware|name]], [[4 November 2026|date]]
"""),
]

DOCS_A += [
    ("food bank voucher referral form, filled in by the school", """HEMEL FOOD BANK (Trussell) - E-REFERRAL / VOUCHER REQUEST
Referring agency: [[Woodhall Farm Primary School|school]] (Family Support)   Referrer: [[Lorraine Gatward|name]]
Referrer phone: [[01442 265 903|phone]]    Referrer email: [[l.gatward@woodhallfarm.herts.sch.uk|email]]
Date of referral: [[16-11-2026|date]]      Voucher no.: HFB-26-3317 (3rd voucher in 6 months - reason required)

CLIENT
Title: Miss   First name: [[Kayleigh|name]]   Surname: [[DUNMORE|name]]   Date of birth: [[27-10-1999|dob]]
Address line 1: [[23 Henry Wells Sq|address]]    Town: [[Hemel Hempstead|place]]    Postcode: [[HP2 6BQ|postcode]]
Phone: [[07845219604|phone]]    Preferred centre: [[Grovehill|place]] (Tuesday) / [[Leverstock Green|place]] (Friday)

HOUSEHOLD (adults / children with ages)
Adults: 1    Children: 2 ([[Harley-Rae|name]] 7, [[Finley|name]] 3)
Other adults who sometimes stay: none now ("[[Jordan|name]] has gone")

REASON FOR CRISIS (tick): [x] Benefit delays  [x] Benefit changes  [ ] Debt  [x] Low income  [ ] Homeless  [x] Other
Details: Universal Credit reduced from [[1 November|date]] as [[Jordan Sharp|name]] has left the claim; new claim on
[[06/11|date]], first payment due [[11 Dec|date]]. Mum has £14 until then. Gas meter on emergency credit. [[Finley|name]]
on a high-calorie plan from the dietitian (Watford General / West Herts) - needs full fat milk, yoghurts, cheese.

DIETARY: no pork (mum's choice), [[Finley|name]] - nut allergy? (not confirmed; avoid).
CAN THEY COLLECT? No - no car, lift broken, baby can't do the stairs. Delivery requested. Nan ([[Tina|name]]) can collect
on Fridays in her car ([[YR67 KDZ|vehicle]]) from the [[Leverstock Green|place]] centre.

OTHER SUPPORT: social worker [[Abigail Ware|name]] (Gade Valley) aware; Citizens Advice appointment
[[20/11/2026|date]] at the Marlowes; Herts Warmer Homes referral made.
Signed [[L. Gatward|name]]    Client consent to share: verbal, [[16.11.26|date]]
"""),
]


# --- B. Rafiq / Hussain family (British Pakistani), Callowland, Watford ----------------------------------------------------

HOME_B = d.Address("58 Cecil Street", "Callowland", "Watford", "WD24 5AF")
NAN_B = d.Address("House 112, Street 7, F-10/2", "", "Islamabad", "")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Hamza", "Rafiq")], dt.date(2012, 6, 30), addresses=[HOME_B], ids=["5710711322", "M919141503174"],
       schools=["Westfield Academy"]),
    _p("s", "sibling", [("Aleena", "Rafiq")], dt.date(2015, 3, 9), addresses=[HOME_B], ids=["6453574217", "H919156759161"],
       schools=["Field Junior School"]),
    _p("m", "mother", [("Saima", "Rafiq")], dt.date(1986, 12, 2), addresses=[HOME_B], phones=["07962 113 475"]),
    _p("f", "father", [("Imran", "Rafiq")], dt.date(1981, 7, 15), addresses=[HOME_B], phones=["07404 587 220"],
       ids=["NS 61 20 37 C"]),
    _p("u", "other", [("Tariq", "Hussain")], dt.date(1990, 1, 21), phones=["07588 302 914"]),
    _p("p1", "professional", [("Owen", "Maddox")], phones=["01923 241 886"], emails=["owen.maddox@colnechess.gov.uk"]),
], "c")

DOCS_B = [
    ("return home interview after a missing episode", """RETURN HOME INTERVIEW (independent) - [[Hamza RAFIQ|name]], 14
Provider: Herts Young People's Missing Service (commissioned by Colne Chess Council)
Interviewer: [[Jess Adebayo-Lowe|name]]    Date of interview: Saturday [[17 October 2026|date]], 14:00, at McDonald's,
[[St Albans Road|address]], [[Watford|place]] ([[Hamza|name]]'s choice - he did not want to be seen at home)
Missing from: [[58 Cecil Street|address]], [[Callowland|place]], [[WD24 5AF|postcode]]
Missing: Wednesday [[14/10/2026|date]] 16:30 - found Friday [[16/10/2026|date]] 02:10 (about 34 hours). Found by police
(BTP) at [[Luton|place]] station with two older boys. Police ref: not recorded here.
DOB: [[30/06/2012|dob]]   School: [[Westfield Academy|school]], Year 10

WHERE WAS HE? He said he went "to [[Lewsey Farm|place]] to see a friend" and slept at "[[Kaz|name]]'s" on a sofa. He would not
give [[Kaz|name]]'s surname or address. He said he got to [[Luton|place]] on the train from [[Watford|place]] with a
ticket "someone bought me". He had a new phone (a black iPhone), not his own, and £140 in cash when found.

WHO WAS HE WITH? "[[Kaz|name]] and [[Dre|name]]". He said [[Dre|name]] is 19 and "looks after" younger boys. He said he knows
them through "a boy from [[Garston|place]]", [[Reuben|name]], who used to be at [[Westfield|school]] and "got kicked out".
When asked if anyone asked him to carry or sell anything, he looked at the floor and said "no comment" and laughed.

HOW HE FEELS AT HOME: he says his dad ("Abbu") "only shouts"; his mum ("Ammi") "cries and rings [[Tariq|name]] mamu".
His uncle [[Tariq Hussain|name]] (mum's brother, lives on [[Leavesden Road|address]]) "tries to be my dad". He misses his
sister [[Aleena|name]] and said "don't tell her I was in [[Luton|place]]". He said his nani in [[Islamabad|place]] phones every
Sunday and he didn't answer this week.

RISKS SEEN: new phone and cash; older males; travel out of area; not attending school since [[5 October|date]]; a cut on
his right palm (he says "from a fence"). Possible child criminal exploitation - county lines (the [[Luton|place]] to
[[Watford|place]] line). NRM: to be considered by the local authority.

WHAT WOULD HELP: "if everyone stopped asking". He agreed to meet me again and to a referral to the youth worker at the
Orbital Community Centre, [[Haroon|name]] ("he's calm").

Shared with: SW [[Owen Maddox|name]] ([[01923 241 886|phone]]); the police missing person coordinator, PC [[Sally
Northcott|name]]; the school DSL, Mr [[Ben Achterberg|name]].
[[J. Adebayo-Lowe|name]], [[jess.adebayo-lowe@hympservice.org.uk|email]], [[07731 264 095|phone]]
"""),
]

DOCS_B += [
    ("strategy meeting minutes (criminal exploitation)", """COLNE CHESS COUNCIL - STRATEGY MEETING (section 47, extra-familial harm) -
MINUTES
Child: [[Hamza Rafiq|name]] (DOB [[30.06.2012|dob]])   Meeting: [[20.10.2026|date]], 09:30, Teams   Minutes: [[Priya Solanki|name]]
Chair: [[Claire Oduya|name]], Team Manager, Adolescent Safeguarding
Present: [[Owen Maddox|name]] (SW); DS [[Kevin Ashdown|name]] (Herts Police, Operation Sceptre/ county lines); PC
[[Sally Northcott|name]] (missing coordinator); [[Ben Achterberg|name]] (DSL, [[Westfield Academy|school]]); [[Jess
Adebayo-Lowe|name]] (RHI worker); [[Mariam Chaudhry|name]] (school nurse). Apologies: Dr [[Faisal Qureshi|name]] (GP,
Vicarage Road Surgery).

1. Information shared
OM - [[Hamza|name]] missing [[14|date]]-[[16 October|date]], found in [[Luton|place]]. Father [[Imran|name]] says he found
£600 in a sock drawer on [[18/10|date]] and "threw it in the bin" - OM advised this is evidence.
DS [[Ashdown|name]] - intelligence links the phone number on [[Hamza|name]]'s new iPhone ([[07451 038 226|phone]]) to a line
known as "[[Dre|name]]" operating between [[Luton|place]] and [[North Watford|place]]. A male believed to be "[[Dre|name]]",
[[Andre Costa-Fernandes|name]] (19, of [[Dunstable|place]]), was arrested in [[Hemel Hempstead|place]] on [[02/10|date]] with 41 wraps.
A vehicle seen dropping boys near [[Callowland|place]] recreation ground: grey Audi A3, [[LT19 XPW|vehicle]].
BA - attendance 61% this term. [[Hamza|name]] was excluded for a day on [[29/09|date]] for a fight with a Year 11,
[[Kian|name]]. Teachers notice he has new trainers and a Canada Goose coat.
JAL - RHI held [[17/10|date]]; [[Hamza|name]] named [[Kaz|name]], [[Dre|name]] and [[Reuben|name]].
MC - [[Aleena|name]] (11) came to the nurse on [[19 October|date]] with a stomach ache and said "[[Hamza|name]] says men
will come to our house if he doesn't go back".

2. Analysis
Threshold for s47 met. Risk from outside the home; parents are worried and want help; father's anger is a risk to
engagement. Uncle [[Tariq Hussain|name]] is a protective adult.

3. Actions
- OM: joint visit with DS [[Ashdown|name]] on [[21/10/2026|date]]; NRM referral by [[23/10|date]].
- Police: disruption - Child Abduction Warning Notice to [[Andre Costa-Fernandes|name]]; check the address in [[Lewsey Farm|place]]
  ([[Landrace Road|address]]?).
- School: safe adult (Mr [[Achterberg|name]]); daily check-in at 08:40.
- Mum asked whether the family could go to her mother in [[Islamabad|place]] for a month: agreed to discuss at the next
  meeting, no decision.
Next meeting: [[3 November 2026|date]], 14:00.
"""),
]

DOCS_B += [
    ("mother's own letter to the social worker, with Urdu", """[[Saima Rafiq|name]]
[[58 Cecil St|address]]
[[Watford|place]] [[WD24 5AF|postcode]]
[[2nd November 2026|date]]

Dear Mr [[Owen|name]],

Assalamu alaikum. My brother [[Tariq|name]] is helping me write this because my English writing is not so good, but the
words are mine. I want you to read it before the meeting on Tuesday because in meetings I cannot say everything and my
husband speaks for me.

My son [[Hamza|name]] (in Urdu we call him [[حمزہ|name]], and at home "[[Hamzi|name]]") is a good boy. He was top in Quran class
at the mosque on [[Cecil Street|address]] when he was nine. Since Year 9 he has changed. He stays in his room, he has two
phones, he comes home at 1 or 2 in the night. One time a car waited outside our house with music, and a boy knocked and
asked for "H". Our neighbour auntie [[Nasreen|name]] from [[number 60|address]] saw it and told me.

On [[14th October|date]] he did not come home. I did not sleep for two days. I phoned his friends' mothers, [[Shazia|name]]
([[Bilal|name]]'s mum) and [[Rukhsana|name]] from the [[Holywell|place]] side, and nobody knew. My husband [[Imran|name]] drove to
[[Luton|place]] at night and looked in [[Bury Park|place]] because someone told him. When the police brought [[Hamza|name]] back he
had sick on his clothes and he was shaking.

I am scared for my daughter also. [[Aleena|name]] ([[علینا|name]]) is 11 and she is frightened every time the doorbell rings.
She is at [[Field Junior|school]] and her teacher Mrs [[Ahmed|name]] has been very kind.

What I want: I want [[Hamza|name]] to go to a new school where these boys are not. I want someone to help my husband to
stop shouting, he is not a bad man, he is frightened too. My mother (امی) says send him to her in [[Islamabad|place]], her
address is [[House 112, Street 7, F-10/2|address]], [[Islamabad|place]], and her phone is [[+92 51 2874412|phone]]. But I don't want him to
lose his school and his GCSEs.

Please call me on my own number, [[07962 113 475|phone]], in the day when my husband is at work. Or my brother on
[[07588 302 914|phone]].

JazakAllah khair,
[[Saima|name]]
([[صائمہ رفیق|name]])
"""),
]

DOCS_B += [
    ("school attendance officer's home visit note typed fast on a phone", """attendance - home visit - [[hamza rafiq|name]] yr10 - typed
on phone in car after, tidy later
[[5/11|date]] 8.50am [[cecil st|address]]. dad answered ([[imran|name]]) in work uniform (Hilton [[elstree|place]]? badge). said H
"refuses". went up with dad, H in bed, 2 phones on charge. H said hes not coming bc [[kian|name]] n his mates wait at the gate.
mum [[saima|name]] crying downstairs, [[aleena|name]] ready for school in her coat waiting for uncle [[tariq|name]] to drive her.
dad said they are thinking of pakistan for a while. told him about s444 and the fine but not the time for it.
H agreed: come in tomorrow 10am, straight to the inclusion room, Ms [[Doyle|name]] will meet him at reception.
rang [[owen maddox|name]] SW 9.20 from the car [[01923241886|phone]] - left msg.
[[6/11|date]] - H came in 10.05!! stayed till 1. ate lunch w Ms [[Doyle|name]].
[[9/11|date]] (mon) - absent. mum text 07:58: "sorry [[hamzi|name]] not well".
[[10/11|date]] - absent. no answer [[07962113475|phone]]. uncle [[tariq|name]] answered [[07588302914|phone]] said H stayed
at his flat on [[leavesden rd|address]] last night, "safer". he'll bring him tmrw.
[[11/11|date]] - in, 9.15. said "[[dre|name]]s in prison now". doesnt know im writing this lol
to do: managed move panel? - [[Parkside|school]] or [[St Michael's|school]] ([[Garston|place]]). ask BA. ask [[Owen|name]] re NRM.
"""),
]


# --- C. Castillo / Mott family (Cuban and white British), South Oxhey ------------------------------------------------------

HOME_C = d.Address("14 Gosforth Lane", "South Oxhey", "Watford", "WD19 7AX")
ABUELA_C = d.Address("Neptuno 412, apto 3, entre Escobar y Gervasio", "Centro Habana", "La Habana", "10200")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Daylín", "Castillo Pérez")], dt.date(2011, 4, 22), addresses=[HOME_C],
       ids=["5082898094", "J919187057107"], schools=["Oxhey Park Academy"]),
    _p("s", "sibling", [("Ethan", "Mott")], dt.date(2020, 9, 1), addresses=[HOME_C], ids=["8506100364"],
       schools=["Greenfields Primary School"]),
    _p("m", "mother", [("Yanelis", "Castillo Pérez")], dt.date(1989, 1, 17), addresses=[HOME_C], phones=["07723 418 560"],
       emails=["yane.castillo89@gmail.com"], ids=["SK 40 73 12 D"]),
    _p("o", "other", [("Brian", "Mott")], dt.date(1976, 11, 4), addresses=[HOME_C], phones=["07831 662 047"]),
    _p("f", "father", [("Osmany", "Castillo")], dt.date(1987, 5, 10), phones=["+1 305 418 2276"]),
    _p("g", "grandparent", [("Migdalia", "Pérez")], addresses=[ABUELA_C], phones=["+53 5 281 4437"]),
    _p("p1", "professional", [("Rosie", "Kettle")], phones=["01923 471 302"], emails=["rosie.kettle@colnechess.gov.uk"]),
], "c")

DOCS_C = [
    ("CAMHS letter after an emergency assessment", """Hertfordshire Partnership University NHS Foundation Trust
CAMHS - West Herts Community Team, Colne House, [[Watford|place]]

Private and confidential                                                          [[28 September 2026|date]]
Dr [[Sunita Ramdeen|name]], Oxhey Village Surgery

Dear Dr [[Ramdeen|name]]

Re: [[Daylín CASTILLO PÉREZ|name]], DOB [[22.04.2011|dob]], NHS No [[508 289 8094|nhs]]
[[14 Gosforth Lane|address]], [[South Oxhey|place]], [[Watford|place]] [[WD19 7AX|postcode]]

I saw [[Daylín|name]] (she prefers "[[Day|name]]") on the paediatric ward at Watford General on [[26/09/2026|date]] with her mother,
Ms [[Yanelis Castillo Pérez|name]], after an overdose of about 16 paracetamol taken at home on the evening of the
[[25th|date]]. The interview was partly in Spanish; [[Daylín|name]] interpreted for her mother at first, and I stopped this and
used a telephone interpreter ([[Maribel|name]], Language Line) for the part with her mother.

Background: [[Daylín|name]] came to the UK from [[Havana|place]] with her mother in 2019. She lived in [[Madrid|place]] for a year
first with her aunt (tía [[Odalys|name]]). Her father, [[Osmany Castillo|name]], lives in [[Hialeah|place]], Florida; they speak on
WhatsApp "sometimes". Her mother's partner, Mr [[Brian Mott|name]], and their son [[Ethan|name]] (6) live with them. Her
maternal grandmother, [[Migdalia Pérez|name]], still lives in [[Centro Habana|place]], and [[Daylín|name]] says she is "the only one
who understands me".

Presentation: low mood since about March, worse since her grandmother became ill and the family could not afford to travel.
Cutting to the thighs since the summer. She described an older boy she met online, "[[Yeison|name]]", who she thinks is
17 and lives in [[Harrow|place]]; she has not met him. She said home is "fine" but that Mr [[Mott|name]] "checks my phone and
calls me names in English he thinks I don't understand". She said she felt safe to go home if her mother sleeps in her room.

Risk: moderate. Plan: follow-up at Colne House on [[2 October|date]] with Ms [[Kettle|name]] (social worker) invited; safety
plan agreed (medicines locked away; the school counsellor, [[Tomasz Wiśniewski|name]], at [[Oxhey Park Academy|school]]); referral to
children's services made with consent on [[26.09.2026|date]].

Yours sincerely
Dr [[Eleanor Fairbrass-Oduya|name]], Consultant Child and Adolescent Psychiatrist
cc: Ms [[Y. Castillo Pérez|name]]; [[Rosie Kettle|name]], Colne Chess Council
"""),
]

DOCS_C += [
    ("WhatsApp messages between a girl and her grandmother, translated from Spanish", """WhatsApp chat "Abuela [[Migda|name]] 🇨🇺"
exported from [[Daylín|name]]'s phone and shown to the social worker on
[[07/10/2026|date]] with her consent. Translated from Cuban Spanish by [[Rosie Kettle|name]] with the interpreter [[Ana Lucía
Ferrer|name]]; the original Spanish kept where it matters. The grandmother's number is [[+53 5 281 4437|phone]].

[[18/9/26|date]], 23:14 - [[Daylín|name]]: abuela no puedo dormir (grandma I can't sleep)
[[18/9/26|date]], 23:20 - Abuela [[Migda|name]]: mi niña, it's 6 in the evening here, the power is off again in all of
    [[Centro Habana|place]], I'm writing by candle. What happened
[[18/9/26|date]], 23:22 - [[Daylín|name]]: [[Brian|name]] took my phone again and read everything. he said I'm a "little tart"
    like my mum. mami didn't say anything
[[18/9/26|date]], 23:25 - Abuela [[Migda|name]]: ay Dios mío. Where is [[Yane|name]]? Put her on
[[18/9/26|date]], 23:26 - [[Daylín|name]]: shes asleep. [[Ethan|name]] is in her bed. dont tell her i wrote
[[18/9/26|date]], 23:31 - Abuela [[Migda|name]]: listen to me. Call your tía [[Odalys|name]] in [[Madrid|place]] tomorrow,
    [[+34 612 483 907|phone]]. And tell the teacher at school. You are not a tart, you are the light of my eyes
[[20/9/26|date]], 19:02 - [[Daylín|name]]: [[yeison|name]] says i should go live w him in [[harrow|place]] when im 16
[[20/9/26|date]], 19:40 - Abuela [[Migda|name]]: who is this [[Yeison|name]]. Have you seen his face? In person?
[[20/9/26|date]], 19:41 - [[Daylín|name]]: no only on snap. hes from [[Santiago|place]] like papi
[[20/9/26|date]], 19:45 - Abuela [[Migda|name]]: your papi is from [[Holguín|place]] not [[Santiago|place]]. Be careful mi cielo
[[23/9/26|date]], 08:12 - Abuela [[Migda|name]]: 🎤 voice note (1:48) - transcribed: "[[Daylín|name]], I went to the
    polyclinic on [[Reina|address]] and the doctor says it's my heart. Don't worry. [[Mayelín|name]] from downstairs is
    bringing me food. Ask your mother to send the money through Western Union to
    [[Mayelín Rodríguez|name]] because my card doesn't work."
[[25/9/26|date]], 21:58 - [[Daylín|name]]: abuela perdóname
[[25/9/26|date]], 21:58 - [[Daylín|name]]: te quiero mucho
[[26/9/26|date]], 03:10 - Abuela [[Migda|name]]: [[Daylín|name]]??? answer me. [[Yanelis|name]] answer the phone
[[26/9/26|date]], 03:55 - [[+44 7723 418560|phone]]: Mami, we are at the hospital in [[Watford|place]]. She is alive. She took
    pills. I'll call you when they let me.

Social worker's note: "[[Yane|name]]" is the mother, [[Yanelis|name]]. The grandmother's address (for the letter [[Daylín|name]] wants to
send): [[Neptuno 412, apto 3, entre Escobar y Gervasio|address]], [[Centro Habana|place]], [[La Habana|place]], [[10200|postcode]].
"""),
]

DOCS_C += [
    ("single assessment, analysis section", """COLNE CHESS COUNCIL - CHILD AND FAMILY ASSESSMENT (extract: family history, views, analysis)
Child: [[Daylín Castillo Pérez|name]] (15)   Worker: [[Rosie Kettle|name]]   Manager: [[Gareth Pluckrose|name]]
Started: [[26 Sept 2026|date]]   Completed: [[6 Nov 2026|date]]   Language: Spanish (Cuban) - interpreter used for Ms
[[Castillo Pérez|name]] at every visit ([[Ana Lucía Ferrer|name]]; once [[Jorge|name]] from Language Line)

Family history
[[Yanelis Castillo Pérez|name]] (37) was born in [[Holguín|place]] and trained as a nurse in [[Havana|place]]. [[Daylín|name]]'s father,
[[Osmany Castillo|name]], left Cuba by sea in 2014 and lives in [[Hialeah|place]] (phone [[+1 305 418 2276|phone]]). In 2018 Ms
[[Castillo Pérez|name]] and [[Daylín|name]] went to [[Madrid|place]] to her sister [[Odalys Castillo|name]] ([[Calle de Bravo Murillo 211,
4ºB|address]], [[28020|postcode]] [[Madrid|place]]), and in 2019 to [[London|place]], where she met Mr [[Brian Mott|name]] (50), a
self-employed electrician from [[Bushey|place]], through a dating app. They moved to [[Gosforth Lane|address]] in 2020, when
[[Ethan|name]] was born at Watford General. Ms [[Castillo Pérez|name]] works as a care assistant at Meriden Court (agency
shifts). Her nursing qualification is not recognised here.

[[Daylín|name]]'s views (seen alone five times: home, school, McDonald's in [[Bushey|place]], and twice in the car)
"I want my mum to see what he's like." "I'm not going to do it again but I'm not sorry." "[[Ethan|name]] is the only good
thing in that house." She wants to visit [[Havana|place]] before her grandmother dies, and to change her surname to her
abuela's ("[[Pérez|name]]").

Mother's views
Through the interpreter: she did not know about the cutting. She says [[Brian|name]] "is strict because English fathers are
strict", that he pays the rent and that she has no money of her own (her wages go into his account). She asked three times
whether children's services would "send me back".

Mr [[Mott|name]]'s views
Seen once, [[20/10/2026|date]]. He said [[Daylín|name]] is "manipulative", and that the boy [[Yeison|name]] is "the real problem".
He said he checks her phone "because the police told us to" (there is no record of this). He would not discuss money.

Analysis
There is harm to [[Daylín|name]] from emotional abuse and coercive control in the home, and a risk from the online contact
([[Yeison|name]] - police are checking the account; the Snapchat user is "yei.sntg_07", not yet identified). [[Ethan|name]]
(6, [[Greenfields|school]], Year 2) is doing well but sees his mother belittled. The mother is isolated by language, money and
immigration fear. Protective factors: [[Daylín|name]]'s grandmother, aunt and the school counsellor, Mr [[Wiśniewski|name]].
Recommendation: child in need plan for both children; IDVA referral for Ms [[Castillo Pérez|name]] (Herts Sunflower); Spanish
speaking women's group at the [[Oxhey|place]] library; review [[4 December 2026|date]].
"""),
]

DOCS_C += [
    ("girl's handwritten note to the school counsellor, scanned and OCR'd", """[Scanned by [[Oxhey Park Academy|school]] pastoral office
[[03/11/2026|date]] 12:41 - OCR text below, errors left as
they came out of the scanner. Original: lined paper, blue pen, folded small, given to Mr [[Wisniewski|name]] after period 4.]

Mr W - pls read this on ur own not with Mrs [[Halloran|name]]

I cant say it out loud so im writing it. On saturday ([[31st|date]]) [[Brian|name]] pushed my mum into the door of the
kitchen becuase the dinner was "Cuban rubbish". She has a mark on her arm she says its from work. [[Ethan|name]] saw and he
hid under the table and wet himself. I took him up stairs and put on Bluey. [[Brian|name]] said if anyone finds out they
will send us back to Cuba and mum will go to prison becuase her visa is on him.

I dont want to go back to Cuba. I want to go to my tia [[0dalys|name]] in [[Madrid|place]] or stay here with mum and
[[Ethan|name]] and NOT him. My abuela says I have to tell someone so im telling you.

Also [[Yeis0n|name]] isnt real. I mean he is but hes not 17. a girl in my form [[Keira|name]] found his insta and hes like 24
and has a girlfriend in [[Wembley|place]]. I blocked him. I havent cut since the [[l0th|date]]. Thats 3 weeks

My mums number is [[07723 418 560|phone]] but dont ring when hes home (after 5). her work is the care home

From [[Day|name]] ([[Daylin C|name]] 10R)

[pastoral note, handwritten on the scan by [[T. Wiśniewski|name]]: "Spoke to D 13:10. DSL (Mrs [[Kaur-Bassi|name]]) told
13:15. Rang [[Rosie Kettle|name]] 13:30. Mum's work number corrected: [[01923 817 544|phone]] (care home)."]
"""),
]


# --- D. Thomas / Yon family (St Helenian), Abbots Langley ------------------------------------------------------------------

HOME_D = d.Address("9 Tibbs Hill Road", "", "Abbots Langley", "WD5 0DU")
NAN_D = d.Address("Cleughs Plain", "Half Tree Hollow", "St Helena", "STHL 1ZZ")
AUNT_D = d.Address("27 Penhill Drive", "Penhill", "Swindon", "SN2 5HP")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Tegan", "Thomas")], dt.date(2010, 8, 5), addresses=[HOME_D], ids=["7733538831", "L919131326453"],
       schools=["Bedmond Lane Academy"]),
    _p("s", "sibling", [("Kaylan", "Yon")], dt.date(2014, 1, 28), addresses=[HOME_D], ids=["2718058277", "X919207421098"],
       schools=["Bedmond Lane Academy"]),
    _p("m", "mother", [("Shona", "Thomas")], dt.date(1985, 3, 12), addresses=[HOME_D], phones=["07519 846 302"],
       ids=["9129731240"]),
    _p("f", "father", [("Dwayne", "Yon")], dt.date(1982, 10, 30), phones=["+290 51846"]),
    _p("g", "grandparent", [("Doreen", "Thomas")], addresses=[NAN_D], phones=["+290 22417"]),
    _p("a", "other", [("Cheryl", "Leo")], addresses=[AUNT_D], phones=["07944 381 207"], emails=["cheryl.leo.saint@hotmail.co.uk"]),
    _p("p1", "professional", [("Marcus", "Greenidge")], phones=["01923 471 655"],
       emails=["marcus.greenidge@colnechess.gov.uk"]),
], "c")

DOCS_D = [
    ("young carer's needs assessment form", """YOUNG CARER'S NEEDS ASSESSMENT (Children and Families Act 2014, s17ZA) - Gade Carers Hub
for Colne Chess Council
Young carer: [[Tegan THOMAS|name]]      DOB: [[05/08/2010|dob]]      Age: 16      UPN: [[L919131326453|upn]]
School/college: [[Bedmond Lane Academy|school]], Year 11          Assessor: [[Precious Ndlovu|name]] (Gade Carers Hub)
Address: [[9 Tibbs Hill Road|address]], [[Abbots Langley|place]], [[WD5 0DU|postcode]]      Home phone: none
[[Tegan|name]]'s mobile: [[07456 193 028|phone]]       Dates seen: [[12 Oct 2026|date]] (home), [[19 Oct 2026|date]] (school)

Who do you care for?  My mum, [[Shona|name]] ([[Shona Thomas|name]], 41). She has MS (relapsing, diagnosed 2021) and since
the summer she can't do stairs or lift the kettle some days. And my brother [[Kaylan|name]] (12) because Mum can't.
Does anyone else help?  My dad, [[Dwayne|name]], works on Ascension ([[Georgetown|place]]) for the base contractor, 6 months on, so he
is home about twice a year. My aunty [[Cheryl|name]] in [[Swindon|place]] comes when she can. Our neighbour Mrs [[Patsy
Hopcroft|name]] at [[number 11|address]] looks in. My nan ([[Doreen|name]]) is on the island ([[Half Tree Hollow|place]]).

What do you do in a normal day?  Up 6. Help Mum to the loo and shower (she sits on the stool). Her tablets. Breakfast for
[[Kaylan|name]], iron his shirt, walk him to the bus on [[College Road|address]]. School. Home at 4: tea, washing, Mum's
injections on Mondays. Homework after 10. Weekends: the big shop at the Co-op in the village, and [[Kaylan|name]]'s football at
[[Leavesden|place]] if [[Kev|name]] (his mate [[Josh|name]]'s dad) can drive.

How does caring make you feel? Tired. Proud. Angry sometimes when people at school say "just say no to stuff". Scared when
Dad comes home because it's different when he's here (see below).

School: attendance 88%; late 14 times this term; mock results down. Head of year, Mr [[Adeyemi|name]], knows.
Health: headaches; she said she "forgets to eat lunch". GP: Abbots Langley Surgery (Dr [[Fenwick|name]]).

Things [[Tegan|name]] told me that need sharing (she knows): when her dad was home in July he "drank every night" and pushed her mum
out of the wheelchair on [[26 July|date]]; [[Kaylan|name]] rang her aunt [[Cheryl|name]], not the police. [[Cheryl|name]] drove from
[[Swindon|place]]. Dad flies back on [[14 December|date]] from Ascension via [[Brize Norton|place]].

Outcome: eligible. Young carers group (Thursdays, [[Watford|place]]); a break at the Saints' Christmas social in [[Swindon|place]]
([[12/12|date]]); referral to adult social care for Mum's care needs; referral to children's services re the domestic abuse
(sent [[20/10/2026|date]] to SW [[Marcus Greenidge|name]]).
Signed [[P. Ndlovu|name]]    Young carer: [[Tegan|name]] (signed "T.T.")
"""),
]

DOCS_D += [
    ("aunt's email to the social worker", """From: [[Cheryl Leo|name]] <[[cheryl.leo.saint@hotmail.co.uk|email]]>
Sent: Sun [[25/10/2026|date]] 22:47
To: [[marcus.greenidge@colnechess.gov.uk|email]]
Subject: my sister [[Shona|name]] and the kids - from their aunty

Hi [[Marcus|name]]

Sorry to email on a Sunday night, [[Tegan|name]] gave me your address. I'm [[Shona|name]]'s older sister, I live in [[Swindon|place]]
([[27 Penhill Drive|address]], [[SN2 5HP|postcode]]) with my husband [[Gavin|name]] and our two. Like a lot of us Saints we came
over for work in the 2000s when we got our passports back - me in 2003, [[Shona|name]] in 2006 to [[Swindon|place]] first, then
she met [[Dwayne|name]] and they went to [[Abbots Langley|place]] for his job at the studios before he went back to Ascension.

I want you to know some things [[Shona|name]] will not tell you because she is proud and because on the island you don't
talk about your business:

1. [[Dwayne|name]] has been violent before. In 2017 in [[Jamestown|place]] (they were back on holiday) he broke her finger.
My mum saw it. Nobody called the police because the police sergeant was his cousin [[Errol|name]].
2. In July [[Kaylan|name]] rang me at 11 at night whispering. I drove up the M4 and got there at 1. [[Dwayne|name]] was asleep
on the sofa and [[Shona|name]] was on the floor of the bathroom. I took her and the kids back to mine for 4 days.
3. [[Tegan|name]] is doing everything. She is 16 and she is a mother to her mother. She wants to go to [[West Herts College|school]] to do
nursing next year and she won't if this carries on.
4. Our mum, [[Doreen Thomas|name]], is 74 and lives at [[Cleughs Plain|address]], [[Half Tree Hollow|place]]. Her phone is
[[+290 22417|phone]]. She would like to speak to you. The island is 4 hours behind in winter - no sorry, it is GMT, same as
you in winter. Call her after 6 our time, she's at church all Sunday.

[[Dwayne|name]]'s number on Ascension is [[+290 64209|phone]] (it's a St Helena number, they share the code). He is due back
[[14th Dec|date]]. Please can someone make a plan before then. I can have the kids in [[Swindon|place]] but [[Tegan|name]] has her
mocks and [[Kaylan|name]] would lose his place in the team at [[Leavesden|place]].

Thank you for listening
[[Cheryl|name]] x
[[07944 381 207|phone]]
"""),
]

DOCS_D += [
    ("grandmother's voicemail from St Helena, transcribed", """VOICEMAIL - transcribed by [[Marcus Greenidge|name]] (SW) from the duty
line, left Tuesday [[27 October 2026|date]] at 19:52 UK
time, caller ID [[+290 22417|phone]], 2 min 41 s. St Helenian English; spelt as said where it matters; [...] = could not hear.

"Hello, good evening, dis is [[Doreen Thomas|name]] calling from St Helena, from [[Half Tree Hollow|place]], [[Cleughs Plain|address]],
I'm [[Shona|name]]'s mother, [[Tegan|name]] and [[Kaylan|name]] nan. My daughter [[Cheryl|name]] in [[Swindon|place]] tell me to call
you, she say you de man looking after my grandchildren business. [...] I been worried bout dem all year, I can tell by
[[Tegan|name]] voice on de phone, she sound tired tired, she is only a child.

Now I want to say bout [[Dwayne|name]]. I know [[Dwayne|name]] from small, his mother [[Iris Yon|name]] live down [[Sandy Bay|place]].
He's a nice boy when he sober, but when he drink he a different person, and on Ascension dey drink too much, dey got
nothing else to do. [...] When he come home to England in de summer, [[Shona|name]] call me crying. She say he push her. I
tell her come home, come home to de island, but she say de doctors for de MS is better in England, and dat's true.

If you need somebody, I will come. De ship don't go no more but de plane from [[Jo'burg|place]] on Saturday, my church, de
[[Jamestown|place]] Baptist, dey will help wid de ticket. Or my neighbour [[Ivy|name]] - [[Ivy Benjamin|name]] - she can
ring you, she got de email. You got my number on your phone now. And if I don't answer I'm at
[[Maureen|name]] shop in [[Longwood|place]] on de Friday.

[...] Tell [[Tegan|name]] Nanny love her. Tell [[Kaylan|name]] to stop playing dat Fortnite. Okay. Tank you. Bye now. Bye."

SW note: returned the call [[28/10/2026|date]] 18:30 (GMT, the island is on GMT too); spoke to Mrs [[Thomas|name]] for 20
minutes with her neighbour [[Ivy|name]] on speaker. Mrs [[Thomas|name]] is willing to come for a month from January if a
plan needs it. [[Ivy Benjamin|name]]'s email: [[ivybenjamin.sthelena@gmail.com|email]].
"""),
]

DOCS_D += [
    ("team around the family review meeting minutes", """TEAM AROUND THE FAMILY (child in need) - REVIEW MEETING - MINUTES
Family: [[THOMAS|name]] / [[YON|name]]    Date: [[10.11.2026|date]], 15:45    Venue: [[Bedmond Lane Academy|school]], meeting room 2
Chair: [[Marcus Greenidge|name]] (SW, Colne Chess Council)    Minutes: [[Kelly Ansah|name]] (school admin)
Present: [[Shona Thomas|name]] (Mum, by video from home); [[Tegan Thomas|name]]; [[Precious Ndlovu|name]] (Gade Carers Hub);
Mr [[Femi Adeyemi|name]] (Head of Year 11); Mrs [[Lorna Pike|name]] (SENCo, for [[Kaylan|name]]); [[Annette Grover|name]] (MS nurse,
Watford General); [[Cheryl Leo|name]] (aunt, by phone from [[Swindon|place]]).  Not invited: Mr [[Dwayne Yon|name]] (see 4).

1. [[Tegan|name]]: attendance up to 93% since the breakfast club. Mocks [[24 Nov|date]]-[[4 Dec|date]]. Applied to
[[West Herts College|school]] (nursing, Level 3); interview [[19/01/2027|date]] at the [[Watford|place]] campus. Young carers group
every Thursday: "it's the only place nobody asks me why I'm tired."
2. [[Kaylan|name]]: assessed for dyslexia ([[03/11|date]]); extra time agreed. He told Mrs [[Pike|name]] he is "worried about
Christmas". He plays for Leavesden Lions U13 (coach [[Kevin Oyelaran|name]] drives him).
3. Mum's care: adult social care assessment done [[2 November|date]] - carers twice a day from [[16 November|date]] (Caring
Hands, 07:30 and 19:00). Wet room: OT visit [[18/11|date]]. [[Annette|name]] said the new medication started [[5.11.26|date]].
4. Dad's return on [[14/12/2026|date]]: Mum said she has told [[Dwayne|name]] he cannot stay at [[Tibbs Hill Road|address]] and
that he will go to his brother [[Clint Yon|name]] in [[Swindon|place]] ([[Gorse Hill|place]]). Police (DC [[Rebecca Tilly|name]], DA
unit) to speak to Mum about a DVPN if he comes to the house. [[Tegan|name]] said she wants to see her dad "but only in
[[Watford|place]], in public, with [[Cheryl|name]]". Aunt [[Cheryl|name]] agreed to supervise at the Harlequin, [[Watford|place]].
5. Grandmother: Mrs [[Doreen Thomas|name]] may come from St Helena in January; her flight via [[Johannesburg|place]] costs about
£1,900; a church in [[Jamestown|place]] is raising some. SW to ask about section 17 money.

Actions: MG - CIN plan updated by [[17/11|date]]; safety plan with [[Tegan|name]] and [[Kaylan|name]] (code word for texting
[[Cheryl|name]]: "pudding"); PN - respite weekend for [[Tegan|name]] ([[5|date]]-[[6 Dec|date]]); school - [[Tegan|name]] may keep her
phone on in
lessons from [[14/12|date]]. Next review: [[8 January
2027|date]].
"""),
]


# --- E. Fairclough / Ashby-Gore family (white British), Northchurch, Berkhamsted -------------------------------------------

HOME_E = d.Address("3 Darrs Lane", "Northchurch", "Berkhamsted", "HP4 3RA")
DAD_E = d.Address("Flat 2, 61 Western Road", "", "Tring", "HP23 4BH")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Ottilie", "Ashby-Gore")], dt.date(2016, 6, 19), addresses=[HOME_E], ids=["6473344322", "R919210253450"],
       schools=["Northchurch St Mary's CofE School"]),
    _p("s", "sibling", [("Barnaby", "Ashby-Gore")], dt.date(2020, 2, 11), addresses=[HOME_E], ids=["1094701068"],
       schools=["Northchurch St Mary's CofE School"]),
    _p("m", "mother", [("Harriet", "Fairclough")], dt.date(1984, 9, 3), addresses=[HOME_E], phones=["07788 415 230"],
       emails=["harriet.fairclough@btinternet.com"]),
    _p("f", "father", [("Julian", "Ashby-Gore")], dt.date(1979, 2, 24), addresses=[DAD_E], phones=["07976 302 118"],
       emails=["j.ashbygore@ashbygorelegal.co.uk"], ids=["JA 79 02 24 C"]),
    _p("p1", "professional", [("Fiona", "Redbourn")], phones=["0300 456 4000"], emails=["fiona.redbourn@gadevalley.gov.uk"]),
], "c")

DOCS_E = [
    ("section 7 welfare report to the family court, extract", """IN THE FAMILY COURT AT WATFORD                                     Case
no. WD26P00417
Children Act 1989 - section 7 report (local authority)
Applicant: [[Julian ASHBY-GORE|name]] (father)        Respondent: [[Harriet FAIRCLOUGH|name]] (mother)
Children: [[Ottilie Rose ASHBY-GORE|name]] (born [[19 June 2016|dob]]); [[Barnaby James ASHBY-GORE|name]] (born [[11 February 2020|dob]])
Author: [[Fiona Redbourn|name]], Senior Practitioner, Gade Valley Council       Date of report: [[30 November 2026|date]]
Hearing: DRA, [[14 December 2026|date]], before District Judge [[Okafor|name]]

1. The father seeks a shared care arrangement (alternate weeks). The mother opposes, alleging a pattern of coercive and
controlling behaviour during the marriage (Practice Direction 12J). The father denies this and says the mother is
alienating the children. Both parents are lawyers: the father a partner in [[Ashby-Gore|name]] & [[Pryce|name]] LLP of [[Hemel
Hempstead|place]]; the mother a former solicitor, now a part-time teaching assistant.

2. Who I spoke to: both parents (twice each); [[Ottilie|name]] ("[[Tilly|name]]", 10) alone at school and at her mother's home;
[[Barnaby|name]] ("[[Barney|name]]", 6) at school with his class teacher, Miss [[Grace Holt|name]]; the paternal grandmother, Mrs
[[Penelope Ashby-Gore|name]] ([[Little Gaddesden|place]]); the mother's friend, Dr [[Sophie Chen-Whitlock|name]]; the family GP at the
[[Manor Street|address]] surgery; the school DSL, Mrs [[Ruth Ware|name]]; police (two call-outs, [[2 March 2025|date]] and
[[18 August 2026|date]], both to [[3 Darrs Lane|address]], [[Northchurch|place]]).

3. The children's wishes and feelings
[[Tilly|name]] told me: "Daddy makes rules about Mummy. Like what she wears, and she had to show him the receipts from
Waitrose, and he had her car key." She wants to see her father "on Saturdays, not sleepovers, because at his flat in
[[Tring|place]] he asks me what Mummy says on the phone". She drew the flat above the shop on [[Western Road|address]] with a
big phone in it.
[[Barney|name]] said he likes Daddy's PlayStation and the canal boats at [[Cow Roast|place]]. He said "Daddy cried and said
Mummy stole us", and then asked for a biscuit.

4. Analysis (extract)
There is consistent evidence from the mother, [[Tilly|name]], the friend and the police record of [[18/08/2026|date]] (the father
took the mother's phone and car key and locked the gates when she tried to take the children to her sister [[Imogen|name]] in
[[Chesham|place]]) that supports a finding of controlling behaviour. I do not find evidence of alienation. I recommend a
fact-finding hearing, and in the meantime contact each Saturday 10:00-16:00, handovers at the Berkhamsted Civic Centre
car park, with the mother's friend Dr [[Chen-Whitlock|name]] or the father's mother present.
[[F. Redbourn|name]]
"""),
]

DOCS_E += [
    ("co-parenting app message log exported as a PDF", """OurFamilyWizard - Message Report     Generated: [[12/01/2026|date]]
(MM/DD/YYYY) 08:14 PM GMT
Parents: [[Harriet Fairclough|name]]; [[Julian Ashby-Gore|name]]        Children: [[Ottilie Ashby-Gore|name]]; [[Barnaby Ashby-Gore|name]]
Exported by: [[Harriet Fairclough|name]] for the court bundle (exhibit HF/7)

Message 1 of 6
Sent: [[10/03/2026|date]] 07:02 AM    From: [[Julian Ashby-Gore|name]]    To: [[Harriet Fairclough|name]]
First viewed by [[Harriet Fairclough|name]]: [[10/03/2026|date]] 07:40 AM
Subject: Saturday
[[Harriet|name]], I will collect at 9 not 10. I have booked [[Tilly|name]]'s riding at [[Aldbury|place]] at 9.30 (you never take her).
Please
have her jodhpurs washed. I have also noted that [[Barnaby|name]] was wearing the same school jumper three days running. J.

Message 2 of 6
Sent: [[10/03/2026|date]] 08:15 AM    From: [[Harriet Fairclough|name]]
Subject: RE: Saturday
The order says 10. [[Tilly|name]] has [[Emily|name]]'s party at 12 in [[Potten End|place]] - I told you on the [[28th|date]]. Please
keep to 10.

Message 3 of 6
Sent: [[10/03/2026|date]] 08:31 AM    From: [[Julian Ashby-Gore|name]]
Subject: RE: RE: Saturday
I don't recall the [[28th|date]]. Who are [[Emily|name]]'s parents? I don't want [[Ottilie|name]] at the house of anyone I haven't met.
Send me their names and address by 5pm. And who is "[[Dom|name]]"? [[Barnaby|name]] says [[Dom|name]] came for supper.

Message 4 of 6
Sent: [[03/11/2026|date]] 10:48 PM    From: [[Julian Ashby-Gore|name]]
First viewed by [[Harriet Fairclough|name]]: [[03/12/2026|date]] 06:55 AM
Subject: Phone
Still waiting for the passwords for the children's iPads. [[Ottilie|name]] has a right to contact her father. If I do not
have them by Friday my solicitor ([[Marcus Thorne|name]], [[Thorne|name]] [[Whitlam|name]]) will write. You also owe me £412 for the
Land Rover service ([[GU17 HRF|vehicle]]) as it is your car in name only.

Message 5 of 6
Sent: [[03/12/2026|date]] 07:20 AM    From: [[Harriet Fairclough|name]]
Subject: RE: Phone
The iPads are at school. Please don't message after 10pm. Please use this app only, not texts to [[07788 415 230|phone]].

Message 6 of 6
Sent: [[08/18/2026|date]] 06:12 PM    From: [[Julian Ashby-Gore|name]]
Subject: (no subject)
I'm at the gate. You are not taking them to [[Imogen|name]]'s. I have the key. Come outside.
---------------------------------------------------------------------------------------------------------------------
Note for the bundle (HF): messages 4-5 are [[11/3|date]] and [[12/3|date]] in UK order (the app prints US dates);
message 6 is [[18 August|date]]. The police came at 18:40 (PC [[Dan Holloway-Mbatha|name]]).
"""),
]

DOCS_E += [
    ("school safeguarding chronology exported from CPOMS", """[[NORTHCHURCH ST MARY'S CofE SCHOOL|school]] - CPOMS CHRONOLOGY EXPORT
(filtered: safeguarding, [[ASHBY-GORE, Ottilie|name]]
and [[ASHBY-GORE, Barnaby|name]]) - exported by [[Ruth Ware|name]] (DSL) on [[24.11.2026|date]] for the s7 report

[[02/03/2025|date]] 08:50 | [[Ottilie|name]] | Family | Mum told the class teacher (Mr [[Hugo Tring|name]]) police came to the house
  last night; Dad "locked me out of the house in my pyjamas". Alerted: [[R. Ware|name]]. Action: DSL spoke with Mum; MASH
  consulted ([[Dipa Chauhan|name]]) - below threshold; Mum given the Herts Domestic Abuse Helpline.
[[19/05/2025|date]] 12:15 | [[Barnaby|name]] (nursery) | Behaviour | Hit a child, [[Alfie|name]], with a spade; said "that's what
  Daddy does to the door". Alerted: [[R. Ware|name]]. Action: logged; Mum told at pick-up.
[[14/07/2025|date]] 15:30 | [[Ottilie|name]] | Family | Father came to reception demanding [[Ottilie|name]]'s reading records
  and the names of her friends' parents; became loud with the office manager ([[Janet Amesbury|name]]). Action: head
  (Mrs [[Katherine Oyelowo|name]]) wrote to him re the code of conduct.
[[18/08/2026|date]] (holidays) | both | Police PPN | Herts Police PPN received [[20/08|date]]: father prevented mother leaving,
  took her phone and car key; children present. Action: DSL to MASH; single assessment opened ([[Fiona Redbourn|name]]).
[[07/09/2026|date]] 09:05 | [[Ottilie|name]] | Wellbeing | Tearful at registration. Said "Daddy says if I choose Mummy I'm
  choosing a liar". Seen by ELSA (Mrs [[Bev Kingsley|name]]). Action: weekly ELSA sessions.
[[22/09/2026|date]] 15:20 | [[Barnaby|name]] | Collection | An unknown woman ([[Natasha|name]], "Daddy's friend") tried to collect
  [[Barney|name]] without notice. Not released. Father rang at 15:40, shouting, from [[07976 302 118|phone]]. Mum collected 15:55.
[[06/10/2026|date]] 10:30 | [[Ottilie|name]] | Online | [[Tilly|name]] told ELSA that Dad gave her a second phone "to text him
  secretly" and that it tracks where she is (Life360). Phone handed in to the office by [[Tilly|name]] on [[07/10|date]].
[[16/11/2026|date]] 08:40 | both | Family | Mum reported Dad parked on [[Darrs Lane|address]] for two hours on Saturday the
  [[14th|date]] outside a contact weekend. Neighbour, Mr [[Ian Sandy|name]] ([[no. 5|address]]), took a photo. Action: passed to police
and SW.
[[23/11/2026|date]] 13:00 | [[Ottilie|name]] | Wellbeing | During art drew a house split in two with "[[Berko|place]]" on one side and
  "[[Tring|place]]" on the other. Said she wants the "fighting lawyers" to stop.
"""),
]

DOCS_E += [
    ("mother's notes app diary, shared with her solicitor", """Notes (iPhone) - "J log" - shared by [[Harriet|name]] with her solicitor
([[Ngozi Ball|name]], Sherrards) and then
with the local authority on [[19 Nov 2026|date]]. Copied exactly.

[[1 Aug|date]] - J says I can't take the kids to [[Imogen|name]]'s in [[Chesham|place]] because "her husband is a bad influence".
[[4 Aug|date]] - checked my car mileage again. Said I'd been to [[Hemel|place]] and lied. I had - to Jarman Park with kids.
[[9 Aug|date]] - he took my phone out of my hand at dinner to read a text from [[Dom|name]] (my cousin!!). [[Tilly|name]] saw.
[[12 Aug|date]] - my card declined at the Co-op on [[High St|address]]. He'd moved the joint account money "to protect it".
[[15/8|date]] - he has the spare key to the [[Darrs Lane|address]] house. I asked for it back. He laughed.
[[18/8|date]] - THE GATE. I was taking them to [[Imogen|name]]'s. He took my keys + phone, locked the side gate, stood in
the drive. [[Barney|name]] screaming. Mrs [[Amesbury|name]]? no - it was [[Pat|name]] next door ([[Pat Lloyd|name]], [[no. 1|address]]) who
called 999. Police came, he was charming to them. PC [[Holloway-Mbatha|name]] gave me a leaflet.
[[19/8|date]] - he moved out "for now" to a flat in [[Tring|place]] ([[Western Rd|address]], above the barber's).
[[2/9|date]] - 31 texts in one evening. Screenshotted. Told him to use OFW.
[[22/9|date]] - a woman called [[Natasha|name]] tried to collect [[Barney|name]]. School did not let her.
[[6/10|date]] - [[Tilly|name]] had a secret phone from him. Life360 on it. I feel sick.
[[3 Nov|date]] - SW [[Fiona|name]] came. Kind. Said "I believe you" which nobody has said.
[[14/11|date]] - Sat - he parked outside 2 hrs. [[Ian|name]] at [[no. 5|address]] took a photo. [[Ian|name]] says he's seen the car
before, at night.
[[16 Nov|date]] - Mum rang from [[Harpenden|place]]. Said she'd have the kids over half term if needed. Dad (mine) still
won't hear a word against J, they play golf at Ashridge together.
"""),
]


# --- F. Brook / Ash family (white British), Mill End, Rickmansworth ---------------------------------------------------------

HOME_F = d.Address("Flat 6, Berry Lane House", "Mill End", "Rickmansworth", "WD3 8HL")
NAN_F = d.Address("88 Uxbridge Road", "Mill End", "Rickmansworth", "WD3 7DU")
DAD_F = d.Address("17 Nightingale Road", "", "Rickmansworth", "WD3 7BS")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Chantelle", "Brook")], dt.date(2009, 3, 2), addresses=[HOME_F, NAN_F],
       ids=["4556844843", "C919262898098", "TB 09 03 02 A"], schools=["Colne Valley College"]),
    _p("u", "other", [("Baby", "Brook")], addresses=[HOME_F]),
    _p("m", "mother", [("Marie", "Brook")], dt.date(1988, 12, 9), addresses=[NAN_F], phones=["07868 221 453"],
       ids=["4254223811"]),
    _p("f", "father", [("Tyler", "Ash")], dt.date(2007, 6, 23), addresses=[DAD_F], phones=["07903 415 862"],
       ids=["6985829775", "PX 07 62 31 B"]),
    _p("p1", "professional", [("Hope", "Adewale")], phones=["01923 471 880"], emails=["hope.adewale@colnechess.gov.uk"]),
], "c")

DOCS_F = [
    ("pre-birth assessment summary", """COLNE CHESS COUNCIL - PRE-BIRTH ASSESSMENT (summary for the legal gateway meeting)
Expectant mother: [[Chantelle BROOK|name]], 17 (DOB [[02/03/2009|dob]]), a child in need in her own right
Unborn baby: EDD [[19 January 2027|date]]      Father: [[Tyler ASH|name]], 19 (DOB [[23/06/2007|dob]])
Address: [[Flat 6, Berry Lane House|address]], [[Mill End|place]], [[Rickmansworth|place]] [[WD3 8HL|postcode]] (supported lodgings
since [[28 September 2026|date]]; host [[Bernadette Coyle|name]])
Social worker: [[Hope Adewale|name]], [[01923 471 880|phone]], [[hope.adewale@colnechess.gov.uk|email]]
Team manager: [[Stuart Pennefather|name]]

Family and history
[[Chantelle|name]] ("[[Chan|name]]" to her friends; "[[Telly|name]]" to her mum) grew up with her mother, [[Marie Brook|name]], at
[[88 Uxbridge Road|address]], [[Mill End|place]], and her half-brothers [[Mason|name]] (12) and [[Kai|name]] (9). She was on a child
protection plan from 2016 to 2018 (neglect; her mother's alcohol use and a violent partner, [[Darren Whitely|name]], now in
[[Aylesbury|place]]). She left home after a row on [[26/09/2026|date]]. She is at [[Colne Valley College|school]] ([[Rickmansworth|place]]
campus), studying childcare, and works Saturdays at Greggs in [[Croxley Green|place]].

[[Tyler Ash|name]] lives with his grandmother, Mrs [[June Ash|name]], at [[17 Nightingale Road|address]]. He was convicted in
March of assault (a fight outside the Coach and Horses in [[Chorleywood|place]]) and is on a community order. He has
punched a wall in the flat twice ([[11/10|date]], [[2/11|date]] - the host heard both). [[Chantelle|name]] says he "would never
touch me or the baby". His probation officer, [[Leon Harcourt-Baptiste|name]], says he is engaging.

Strengths: [[Chantelle|name]] has attended every antenatal appointment at Watford General since 12 weeks (midwife [[Grace
Ashworth|name]], Willow Team); she has bought a cot and a pram with her grandmother [[Pauline|name]]'s help (in
[[Maple Cross|place]]). Her college tutor ([[Neil Pinder|name]]) says she is "the most organised in the group".
Worries: [[Tyler|name]]'s anger; her mother's drinking (she says "my mum will be the nan but not the babysitter");
[[Chantelle|name]]'s low mood (PHQ-9 of 14 on [[05/11/2026|date]]).

Recommendation: child in need plan for [[Chantelle|name]]; child protection conference for the unborn baby not needed if the
plan holds; a mother and baby placement at the lodgings for 12 weeks after the birth; Family Group Conference
([[2 December 2026|date]]); [[Tyler|name]] to do the Caring Dads programme ([[St Albans|place]], January).
"""),
]

DOCS_F += [
    ("maternity booking form, scanned and OCR'd", """WEST HERTFORDSHIRE TEACHING HOSPITALS NHS TRUST - MATERNITY BOOKING (paper copy,
scanned [[14/08/2026|date]], OCR)
---- page 1 of 3 ----
Surname: [[BR00K|name]]                Forename(s): [[CHANTELLE LOUISE|name]]            Known as: [[Chan|name]]
D.O.B: [[O2/O3/2OO9|dob]]               Age at booking: 17
NHS No: [[455 684 4843|nhs]]            NI No (if known): [[TB 09 03 02 A|ni]]
Address: [[88 Uxbridge Rd|address]], [[Mill End|place]], [[Ricky|place]] (mum's) Postcode: [[WD3 7DU|postcode]]
Tel (mobile): [[07468 229 107|phone]]    Tel (other): [[07868 221 453|phone]] (mum)
GP: Dr [[Aziz|name]], Rickmansworth Health Centre? [illegible]
Booking date: [[13.8.26|date]]     LMP: [[14/04/2026|date]]    EDD (by dates): [[19/1/27|date]]
Next of kin: [[Marie Brook|name]] (mother)    Partner: [[Tyler Ash|name]]    Partner DOB: [[23.06.2OO7|dob]]
Partner's NI (for the Healthy Start form): [[PX 07 62 31 B|ni]]
Ethnicity: White British    Language: English    Interpreter: no
---- page 2 of 3 ----
SAFEGUARDING (asked alone: YES - partner waited outside)
Any social care involvement? Y - CP plan as a child (Three Rivers area, 2016-18), SW then [[Kath Dunleavy|name]]
Domestic abuse (routine enquiry): "no" - but said partner "gets angry, punches things"
Mental health: low mood; "panic attacks at school in Yr 10"
Substances: vapes; partner smokes cannabis "not in the house"
Housing: staying at mum's, "might have to leave". Sofa at friend's ([[Shannon|name]]'s, [[Money Hill|place]]) some nights.
Midwife actions: referral to the safeguarding midwife ([[Denise Okello|name]]); Family Nurse Partnership referral (under 20);
  Healthy Start; smoking cessation (vapes); next appt [[10/9|date]] at the [[Rickmansworth|place]] clinic.
---- page 3 of 3 ----
Signed (midwife): [[G. Ashw0rth|name]] RM      Date: [[13/08/2O26|date]]
Woman's signature: [[C Brook|name]]  (signed in purple pen with a heart over the i in "[[Chantelle|name]]" - scan note)
"""),
]

DOCS_F += [
    ("supported lodgings host's daily log", """SUPPORTED LODGINGS - HOST'S DAILY LOG (Three Rivers Supported Lodgings scheme, run by
Hestia Homes for Colne Chess)
Young person: [[Chantelle|name]] (room 2)    Host: [[Bernadette Coyle|name]] ("[[Bernie|name]]")    Support worker: [[Faye Mulrooney|name]]
Address of the lodgings: [[Flat 6, Berry Lane House|address]], [[Berry Lane|address]], [[Mill End|place]]
Log kept in the blue book; typed up by [[Faye|name]] on [[9 November 2026|date]] for the SW. Week of [[2nd Nov|date]].

Mon [[2/11|date]] - C home from college 4.15, happy, baby kicking loads. [[Tyler|name]] came 7pm. Raised voices 9.30 about his
  mum's (nan's) car. I heard a bang. C said he punched the wardrobe door. There's a dent. He left 9.50. I asked him to go
  and he did. C cried, said "he's under pressure". Rang [[Faye|name]]'s out of hours line, left a message.
Tue [[3/11|date]] - [[Faye|name]] visited 11. C went to college. Her mum [[Marie|name]] rang me (I don't know how she got my number)
  asking if C was "still with that [[Ash|name]] boy". Sounded drunk at 2pm. I said speak to C.
Wed [[4/11|date]] - midwife appt Watford General (C went on the bus with her friend [[Shannon Pike|name]]). Baby head down.
  She showed me the scan photo and named the baby for the first time: "[[Willow|name]]" if a girl and "[[Reggie|name]]" if a boy.
Thu [[5/11|date]] - bonfire night. C didn't want to go to the fireworks at the Aquadrome, stayed in, we watched Bake Off.
  Told me her little brother [[Kai|name]] texted that "[[Darren|name]]'s back at mum's". Passed to [[Hope|name]] (SW) at 9pm by text
  to [[07772 518 304|phone]] ([[Hope|name]]'s work mobile).
Fri [[6/11|date]] - [[Tyler|name]] NOT to visit until the meeting on Monday (agreed by C). He turned up 6.30 anyway with flowers
  and a teddy. Talked on the doorstep 10 mins, calm. Neighbour in [[Flat 5|address]] (Mrs [[Oduya-Hart|name]]) complained about
  his car's music - a white Corsa, [[FD62 YBN|vehicle]].
Sat [[7/11|date]] - C at work (Greggs, [[Croxley|place]]) 8-2. Then to her nan [[Pauline Brook|name]]'s in [[Maple Cross|place]]
  with a bag of baby clothes from [[Pauline|name]]'s church.
Sun [[8/11|date]] - lay-in. C said "I want [[Willow|name]] to have a better childhood than me." Cooked a roast together.
"""),
]

DOCS_F += [
    ("legal gateway chronology with a letter before proceedings note", """CHRONOLOGY OF SIGNIFICANT EVENTS - [[BROOK, Chantelle|name]]
and unborn baby ([[BROOK|name]])
Prepared for the Legal Gateway Panel, [[25/11/2026|date]], by [[Hope Adewale|name]] (SW). Local authority solicitor: [[Amrit
Sandhu|name]], Colne Chess Legal Services.

Date         | Event                                                                         | Source
[[02.03.2009|dob]]   | [[Chantelle|name]] born, Watford General; lives with mother at [[Oxhey|place]]      | birth record
[[14.06.2016|date]]   | CP plan (neglect) - mother's drinking; DV by [[Darren Whitely|name]]              | CP minutes
[[30.11.2018|date]]   | CP plan ended; family moved to [[Uxbridge Road|address]], [[Mill End|place]]        | case file
[[12.05.2023|date]]   | [[Chantelle|name]] (14) reported missing overnight; found at [[Tyler|name]]'s in [[Croxley Green|place]] | police
[[13.08.2026|date]]   | Maternity booking (17 weeks); safeguarding midwife referral                   | WHTH
[[26.09.2026|date]]   | Row at home; [[Marie Brook|name]] pushed [[Chantelle|name]]; [[Chantelle|name]] to a friend's        | police PPN
[[28.09.2026|date]]   | Into supported lodgings with [[Bernadette Coyle|name]]                            | placement
[[11.10.2026|date]]   | [[Tyler|name]] punched the wardrobe (1st time)                                       | host log
[[02.11.2026|date]]   | Second punch incident; host called the out of hours line                        | host log
[[05.11.2026|date]]   | [[Kai Brook|name]] (9) told [[Chantelle|name]] that [[Darren Whitely|name]] is back at
[[88 Uxbridge Rd|address]] | host log
[[06.11.2026|date]]   | Police check: [[Darren Whitely|name]] (DOB [[17/02/1981|dob]], NI [[JW 81 02 17 D|ni]]) recorded at
             | the address on [[04/11|date]]; DVDS disclosure to [[Marie|name]] on [[10/11|date]]               | police
[[12.11.2026|date]]   | Strategy discussion re [[Mason|name]] and [[Kai|name]] (separate record: [[BROOK, Mason|name]]
             | and [[BROOK, Kai|name]])                                                      | LA
[[16.11.2026|date]]   | [[Tyler|name]]'s probation officer: attending; no further offences               | probation
[[02.12.2026|date]]   | Family Group Conference booked (coordinator [[Lisa-Marie Quaye|name]])         | FGC service

Panel decision ([[25/11/2026|date]], chair [[Stuart Pennefather|name]]): threshold not met for PLO at this time; continue CIN;
review at 34 weeks ([[8 December 2026|date]]). Letter to [[Chantelle|name]] explaining the decision, in plain words, to be given
by hand; copy to her advocate at the National Youth Advocacy Service ([[Ruby Fensome|name]], [[07526 310 884|phone]]).
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 79 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 04:50 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cllr", "hhj", "nurse",
           "sister", "coach", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "grandpa",
           "mum", "mummy", "mam", "dad", "daddy", "aunty", "auntie", "uncle", "nani", "dadi", "chacha", "mamu",
           "khala", "phuppo", "baji", "apa", "bhai", "ammi", "abbu", "abuela", "abuelo", "abuelita", "tía", "tío",
           "tio", "mami", "papi", "madam", "sw", "hv", "judge", "cousin"}
_AFTER = {"bhai", "baji", "apa", "ji", "sahib", "chacha", "mamu", "khala", "phuppo", "senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "hertfordshire", "herts",
               "west herts", "bedfordshire", "beds", "buckinghamshire", "bucks", "middlesex", "the home counties",
               "pakistan", "azad kashmir", "kashmir", "punjab", "cuba", "florida", "spain", "the usa", "usa", "america",
               "st helena", "saint helena", "the island", "ascension", "ascension island", "the falklands",
               "falkland islands", "falklands", "south atlantic", "the south atlantic", "europe"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name: "Abuela Migda",
# "tía Odalys", "Nanny Tina"; and after one: "Tariq mamu") and counties, regions, territories and countries
# ("Hertfordshire", "Cuba", "Florida", "St Helena", "Ascension Island", "the Falklands").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
