"""Set 133: a held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set130.py, redaction_set131.py and redaction_set132.py and their tests (written by other helpers at the same
time), that did not run the detector or any bench script that runs it, that ran no git command, and that looked at no detector
output. What was read: bench/redaction_set21.py (its module docstring, its first family's record and first two and a half
documents, the records of its last family, and its word lists, checker wiring and closing lines; the layout and marking
conventions followed here) and tests/test_redaction_set21.py in full, the docstrings (only) of bench/redaction_set7.py to
redaction_set129.py, printed with ast to a scratch file and searched there for the towns, districts and communities of Nuneaton
and Bedworth and for community and language names (to see which towns and communities earlier sets used as a family's home), the
`_party`, `Records` and `HandSet` helpers and the opening of `word_problems` in bench/redaction_handwritten.py, and the ruff
settings in pyproject.toml. Phone numbers were checked with the phonenumbers library and NHS numbers and UPNs made and checked
with python-stdnum in one small snippet. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are
imported from the detector module only to build records. Nobody may tune the detector on this set: it is to be scored once,
after the detector's current round of changes. If a mistake in the gold marking is found after scoring, correct only the marking
and say so here. Written against a deadline, the documents are shorter than set 21's and the set holds fewer gold spans than set
21.

Six families, chosen to look like a typical caseload in Nuneaton and Bedworth, each from a town, village, district or estate no
earlier set used as a family's home (earlier sets used Camp Hill and Stockingford in Nuneaton, and Bedworth only for a father or
grandparent). Four white British families: a young mother in Bulkington with a grandmother in Ryton (Tolley / Brookes; a
toddler of 3 bitten by her mother's partner's XL bully-type dog, a boy of 9 left in charge, nursery missed, a dog warden's
report), a family in Ash Green, Exhall, with a father in Foleshill, Coventry (Marriott / Gough; a boy of 14 missing overnight and
criminally exploited on a line from Hillfields, a debt, a sister threatened), a family in Abbey Green, Nuneaton, with an aunt in
Chilvers Coton (Hope; a girl of 11 caring for a mother with bipolar disorder who drinks, a boy of 5, the gas left on, school
attendance) and a young couple in Collycroft, Bedworth, with a grandmother at Marston Jabbett (Marston / Keogh; a baby of 14
weeks with a bruised ear and a rib fracture, a kinship safety plan, supervised family time). Two from communities no earlier
set used: a secular Israeli family who speak Hebrew in Hill Top, Nuneaton, with a grandmother in Kfar Saba, an uncle in Tel Aviv
and a father's brother in Be'er Sheva (Ben-David / Levi; coercive control by a separated father, a girl of 13 who self-harms,
a threat to take a boy of 8 to Israel, passports, names and places in Hebrew script) and a Gaelic-speaking family from the Isle
of Lewis in Whitestone, Nuneaton, with a grandfather in Stornoway (Morrison / MacLeod; a boy of 15 bereaved when his father was
lost at sea, self-harm, cannabis, an attempt to travel home alone, the island council's social work service; Gaelic words and
places). 24 documents, four per family, 12 of them plain professional recording (a home visit case note, a child in need review
record, a return home interview, child exploitation strategy meeting minutes, a young carer's needs assessment, a school
attendance letter, a health visitor's SystmOne contact record, an initial child protection conference report, a school DSL's
referral form, a child and family assessment's analysis, a CAMHS clinic letter and a school's CPOMS pastoral log) and 12 of
other kinds (a dog warden's email with the social worker's reply, a nursery parent app's message export, a police missing
person investigation log, Snapchat messages typed from a mother's screenshots, a child's worry-box notes scanned with OCR, an
auto-transcribed voicemail, parents' texts to a social worker, a supervised family time record handwritten by a grandmother, a
WhatsApp chat in Hebrew and English translated by an interpreter, a grandmother's own letter from Israel, an email exchange
with a Scottish island council's social work service, and text messages in Gaelic and English between a boy and his
grandfather).

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and Israeli; NHS numbers and UPNs (LA number 937, Warwickshire) pass their check digits; NI numbers
have a valid format. The council (Anker and Sowe Borough Council) is invented, and so are the nursery (Little Acorns Day
Nursery), the schools Weston Fields Primary, Sowe Valley Academy, Exhall Cedars Primary School and Arbury Vale Primary, and the
family law firm; towns, districts, estates, villages, real schools and colleges, NHS bodies, hospitals, surgeries, police
forces, clubs, shops, pubs, apps, programmes, festivals and laws are real or realistic and stay unmarked unless the
conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py (which follows set 19, set 15 and sets 6 to 13).
[[words|kind]] is a gold span (name, address, postcode, place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles,
roles and kinship words (Mr, Mrs, Ms, Miss, Dr, PC, DS, DC, Insp, TM, Nan, Nanny, Mum, Savta, Abba, Ima, the Hebrew סבתא, the
Gaelic Seanair) stay outside the name span; a possessive 's and a bare s in texting ("bernie" in "bernies", "jord" in "jords",
"tyler" in "tylers", "Chelsea" in "Chelseas") stay outside; every person's name is a name in every form, record or not, lower-case
in messages too. "SURNAME, First" is one span ("BEN-DAVID, Yarden", "GOUGH, Donna", "MORRISON, Ruairidh", "KEOGH,
Alfie-James"); an initial with a surname is one span, and so is a first name with an initial after it ("Poppy-Mae T", "Skye
H", "Alfie-James K."); a name broken by a line break is one span holding the break ("Frank-" and "ie" over two lines), and so is a place
("Skeg-"/"ness", "bed"/"worth", "Isle of"/"Lewis"), an address and a school; social media handles (kaim_0719, dmoney_cv6) are
not marked; a contact or sender saved under a kinship word alone ("Seanair 🐟") is not a name, but a kinship word with a name
("סבתא רינה", "Nanny Jean") marks the name; pets' names (Bane) are not names; a firm named after people marks only the name
("Parmar & Co", "Birnbaum Family Law" mark "Parmar" and "Birnbaum"). A street address is one span, its town a place, its postcode a
postcode; a street named without a number is an address, and so is a neighbour's bare flat or house number ("no. 24", "number
19", "Flat 5", "Flat 9"), a foreign address ("Rehov Weizmann 112") and an Israeli seven-digit postcode; towns, villages,
districts and estates are places, at home or abroad and in any script ("Cov", "walsgrave", "ash green", "hillfields", "תל
אביב", "Steòrnabhagh"); countries, counties and regions are not ("England", "Israel", "Warwickshire", "Scotland"); organisations
are not marked even when they hold a town's or a person's name ("George Eliot Hospital", "Bulkington Village Centre", "Bedworth
Health Centre", "Manor Court Surgery", "Lewis Camanachd", "Comhairle nan Eilean Siar", "Anker and Sowe Borough Council",
"University Hospital Coventry", "the Caludon"); a school's, college's or nursery's name is a school, and so is its short form
("Little Acorns", "Sowe Valley", "Higham Lane", "Nicolson", "North Warwickshire and South Leicestershire College"); a date
of birth is dob, any other calendar date with a day is date (a weekday before it stays outside, "sat 21" marks "21", "Sat.
10/10/26" marks "10/10/26"), and a bare day ("the 27th", "the 7th", "19mh") is a date span; months and years
alone are not marked, nor are festivals ("Pesach", "Chanukah"); parks, shopping centres and business parks are landmarks and
stay unmarked ("the Ropewalk", "the miners welfare", "Prologis Park", "the Pingles"); a surname or first name that is also a
word, a town or a county is marked by what it refers to ("Hope", "Skye", "Chelsea", "Paris", "Glasgow", "Cheshire", "Marston",
"Lewis" is a place as the island, "Nicolson" a school and a teacher).

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a team, a police station
or a county line named by a town marks the town ("Bedworth and Rural team", "Coventry Central", "the
Hillfields line" mark the town), as set 21 marks a service named by its town; a hospital named in lower case by the district it
stands in ("in walsgrave") marks the district as a place; a partial vehicle registration ("KP66") is a vehicle; a sender label
"Little Acorns (Leanne)" marks the nursery and the name separately, like set 21's Teams display names; an OCR'd address with
letters read as noughts ("17 Greenm00r R0ad") is an address; an island ("Isle of Lewis", "Lewis") is a place, as set 21's Peros
Banhos was, while the Western Isles and the Outer Hebrides are a region; an affectionate form ("Yardenush", "ירדנוש") and a
Gaelic form of a name ("Murchadh" for Murdo) are names; a nickname in quotes between a first name and a surname ("Murdo
"Murdie" MacLeod") is three spans, the quotes outside; a Hebrew prefix letter joined to a place ("מ" before תל אביב) stays
outside the span; a voicemail's machine error and its correction in brackets ("Gary (corrected: Gaz)") are both names; an
alias ("D-Man", "Dee") is a name; a Gaelic ordinal day ("19mh") is a date; a police reference, a missing person reference and
a dog's exemption certificate are not marked.

Self-check without the detector: `python -m bench.redaction_set133` (and tests/test_redaction_set133.py) runs set 15's checker
(which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words and counties, regions
and countries, and prints the number of documents and gold spans per kind: 24 documents,
1,017 gold spans, 555 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Tolley / Brookes family (white British), Bulkington, with a grandmother in Ryton ---------------------------------

HOME_A = d.Address("22 Weston Lane", "Bulkington", "Bedworth", "CV12 9RX")
NAN_A = d.Address("5 Ryton Court", "Ryton", "Bulkington", "CV12 9LQ")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Poppy-Mae", "Tolley")], dt.date(2023, 5, 14), addresses=[HOME_A], ids=["757 595 8908"],
       schools=["Little Acorns Day Nursery"]),
    _p("s", "sibling", [("Riley", "Tolley")], dt.date(2017, 2, 3), addresses=[HOME_A], ids=["F937279866943"],
       schools=["Weston Fields Primary School"]),
    _p("m", "mother", [("Kayleigh", "Tolley")], dt.date(1995, 9, 21), addresses=[HOME_A], phones=["07825 413 906"],
       ids=["JT 63 18 45 B"]),
    _p("f", "other", [("Jordan", "Brookes")], dt.date(1993, 12, 8), addresses=[HOME_A], phones=["07946 318 275"]),
    _p("g", "grandparent", [("Sandra", "Tolley")], dt.date(1968, 4, 30), addresses=[NAN_A], phones=["024 7634 2187"]),
    _p("p1", "professional", [("Hannah", "Quinney")], phones=["0300 555 0817"], emails=["hannah.quinney@ankersowe.gov.uk"]),
], "c")

DOCS_A = [
    ("social worker's home visit case note", """CASE NOTE - HOME VISIT (unannounced)
Child: [[Poppy-Mae TOLLEY|name]]   DOB: [[14/05/2023|dob]]   NHS: [[757 595 8908|nhs]]
Address: [[22 Weston Lane|address]], [[Bulkington|place]], [[CV12 9RX|postcode]]
Date of visit: [[3 November 2026|date]], 10:15-11:30       Worker: [[Hannah Quinney|name]], social worker, [[Bedworth|place]] and Rural team

Present: [[Kayleigh Tolley|name]] (mother), [[Poppy-Mae|name]], and for the last twenty minutes [[Jordan Brookes|name]] (mother's
partner, not the children's father). [[Riley|name]] (9) was at [[Weston Fields Primary|school]].

Reason for visit: the referral from the dog warden on [[30 October|date]] (see the email on file) after [[Poppy|name]] was bitten on
the left forearm by [[Jordan|name]]'s XL bully-type dog, Bane, on the driveway. The bite was seen at George Eliot Hospital and
glued; no admission.

Observations: the front room was warm and the children's toys were on the floor. The kitchen had washing-up from at least two
days and the bin was overflowing; there was a strong smell of dog urine in the hall. [[Poppy|name]] was in a vest and nappy, the
nappy heavy, and she was eating dry cereal from the box. The dog was shut in the back bedroom with a bolt on the outside; it
barked throughout. [[Kayleigh|name]] said the dog "is [[Jordan|name]]'s responsibility" and that it sleeps in that room.

[[Kayleigh|name]] told me she is "on her own with it" since her mum, [[Sandra|name]], went into hospital for her knee. Her mum
normally has [[Riley|name]] after school in [[Ryton|place]] and takes [[Poppy|name]] to nursery at [[Little Acorns|school]] on Mondays and
Thursdays. Since [[19 October|date]] [[Poppy|name]] has not been to nursery at all. Nursery key worker [[Leanne Petrie|name]] had rung
her twice.

[[Jordan|name]] came in from the van at 11:10. He was polite but said the dog "never goes for anyone" and that [[Poppy|name]] "pulled
its ears". He has a registration for the dog (he showed me the exemption certificate on his phone) and agreed to keep it
muzzled and in the outside kennel. His van: white Transit, [[FN19 KXR|vehicle]].

Neighbour: on leaving, Mrs [[Pat Ensor|name]] at [[no. 24|address]] stopped me. She said she hears [[Poppy|name]] crying "for hours"
in the afternoons and that [[Riley|name]] lets himself in after school "with a key on a shoelace".

Later the same day (14:20) I rang [[Sandra Tolley|name]], who is home from hospital, and she said she had
been worried about the dog "for months" and had told [[Kayleigh|name]] to get rid of it. She said her own mum, [[Marg|name]], lives on
[[Leicester Street|address]], [[Bulkington|place]], and "sees more than she lets on". [[Riley|name]]'s school ([[Weston Fields|school]],
Mrs [[Jenny Okonjo|name]]) confirmed on [[03/11|date]] that his attendance is 93% and that he came in on [[28 October|date]] saying "I
had to stop the dog". [[Poppy-Mae|name]]'s NHS number confirmed with the GP practice (Dr [[Alison Moxon|name]]).

Plan: strategy discussion not needed (agreed with TM [[Gary Munday|name]] at 12:00); child and family assessment continues.
Next visit [[10/11/2026|date]]. [[Sandra Tolley|name]] to be rung at home, [[024 7634 2187|phone]].
"""),
    ("dog warden's email with the council's reply", """From: [[Steve Baggott|name]] <[[s.baggott@ankersowe.gov.uk|email]]>
Sent: [[30 October 2026|date]] 15:41
To: Children's Front Door
Subject: dog bite to a toddler - [[Weston Lane|address]], [[Bulkington|place]]

Hi, I'm the dog warden (animal welfare officer) for the north of the borough. I was out at [[22 Weston Lane|address]] today after
a call from the hospital. Little girl of 3, [[Poppy Tolley|name]], bitten on the arm on Tuesday [[27th|date]] by the dog at the house,
a big XL type called Bane, owner [[Jordan BROOKES|name]] ([[07946 318 275|phone]]). Exempt dog, certificate seen, but it was
loose in the front garden with the gate open and no muzzle. Mum ([[Kayleigh|name]]) says she wasn't home, she was at the Co-op.
So who was watching the kids? The boy [[Riley|name]] told me "I was" - he's about 9.

Also: there's a second dog there, a staffy pup, not registered to anyone, and the rear garden has faeces everywhere. I've served
a warning. The lady opposite ([[Dot|name]], I didn't get her surname, she's at [[number 19|address]]) says the kids are often
in the street on their own.

Thanks, [[Steve|name]]
[[Steve Baggott|name]] | Animal Welfare Officer | Anker and Sowe Borough Council | [[07888 204 617|phone]]

---
From: [[Hannah Quinney|name]] <[[hannah.quinney@ankersowe.gov.uk|email]]>
Sent: [[02 November 2026|date]] 08:59
To: [[Steve Baggott|name]]
Subject: RE: dog bite to a toddler - [[Weston Lane|address]], [[Bulkington|place]]

Morning [[Steve|name]], thanks, this is now with me. I'm visiting tomorrow. Could you send me the photos of the garden and confirm
whether Mr [[Brookes|name]] has any other address (we think he might still be on the tenancy at his brother [[Wayne|name]]'s in
[[Keresley|place]])? Best, [[Hannah|name]]
[[Hannah Quinney|name]], Social Worker, [[0300 555 0817|phone]]
"""),
    ("nursery parent-app messages exported", """[[Little Acorns Day Nursery|school]] - Famly messages export
Child: [[Poppy-Mae T|name]]   Room: Caterpillars   Exported by: [[Leanne Petrie|name]] (key person) [[05.11.26|date]]

[[21 Oct|date]] 08:02  [[Little Acorns|school]] ([[Leanne|name]]): Morning! Just checking if [[Poppy|name]] is coming in today? x
[[21 Oct|date]] 13:40  [[Little Acorns|school]] ([[Leanne|name]]): Hope you're all ok, give us a ring when you can x
[[23 Oct|date]] 09:15  [[Little Acorns|school]] ([[Tracy|name]]): Hi [[Kayleigh|name]], [[Poppy|name]] has missed 3 sessions now, is
everything ok? We need
to let the funding team know if she's off for more than 2 weeks. Thanks, [[Tracy Aston|name]], Manager
[[23 Oct|date]] 22:51  [[kayleigh tolley|name]]: sorry been a mare, my mums in hospital in [[walsgrave|place]] and [[jord|name]] is on
earlys. she will be in
monday promise x
[[27 Oct|date]] 08:30  [[Little Acorns|school]] ([[Leanne|name]]): Morning! See you later? 😊
[[27 Oct|date]] 17:12  [[kayleigh tolley|name]]: shes been bit by the dog 😭 were at george eliot. not [[jord|name]]s fault she was
winding it up
[[27 Oct|date]] 17:13  [[kayleigh tolley|name]]: [[riley|name]] was meant to be watching her
[[28 Oct|date]] 09:04  [[Little Acorns|school]] ([[Leanne|name]]): Oh no!! Poor [[poppy|name]] ❤️ Is she ok? Let us know if you need
anything x
[[02 Nov|date]] 19:46  [[kayleigh tolley|name]]: can my nan pick her up thurs, its my nan [[marg|name]] not my mum, mum cant drive yet
[[02 Nov|date]] 19:58  [[Little Acorns|school]] ([[Leanne|name]]): Of course, we'll need a password and a photo for [[Marg|name]] on
the app please x
[[04 Nov|date]] 16:20  [[Little Acorns|school]] ([[Leanne|name]]): [[Poppy|name]] had a lovely day, ate all her dinner and had seconds!
She said the
doggy "bited" her and that [[Jord|name]] "shouted at [[Riley|name]]". We've logged the bruise on her left cheek on a body map. Can
you pop in to sign please x
"""),
    ("child in need review record", """CHILD IN NEED REVIEW - RECORD
Children: [[Poppy-Mae Tolley|name]] ([[14.05.2023|dob]]); [[Riley Tolley|name]] ([[03.02.2017|dob]], UPN [[F937279866943|upn]])
Address: [[22 Weston Lane|address]], [[Bulkington|place]], [[Bedworth|place]] [[CV12 9RX|postcode]]
Review held: Thursday [[3rd December 2026|date]] at Bulkington Village Centre, 10:00        Chair: [[Gary Munday|name]], TM

Attendees: [[Kayleigh Tolley|name]] (mother); [[Sandra Tolley|name]] (maternal grandmother); [[Hannah Quinney|name]] (SW);
[[Leanne Petrie|name]] ([[Little Acorns|school]]); Mrs [[J. Okonjo|name]] (class teacher, [[Weston Fields|school]]);
[[Ravinder Sahota|name]]
(health visitor). Apologies: [[Jordan Brookes|name]] (at work).

Progress since the plan began on [[10 November|date]]:
- The XL dog has been rehomed through a rescue in [[Hinckley|place]] on [[18/11|date]]; the pup has gone to [[Jordan|name]]'s brother in
  [[Keresley|place]]. The garden has been cleared.
- [[Poppy|name]]'s attendance at nursery since [[16 November|date]]: 6 of 6 sessions. The bruise logged on [[4 November|date]] was
  explained by [[Kayleigh|name]] as a fall off the sofa; nursery have seen no more marks.
- [[Riley|name]] goes to his nan's at [[5 Ryton Court|address]] after school again. Mrs [[Okonjo|name]] says he is "lighter" and has
  stopped falling asleep in class. He told the SW that [[Jordan|name]] "shouts less now the dog's gone".
- [[Kayleigh|name]] has started the Freedom Programme at the family hub on Wednesdays.

Concerns remaining: [[Jordan|name]] has not engaged; the SW has been unable to see him since [[3rd Nov|date]]. Mrs [[Ensor|name]]
(neighbour) reported shouting on [[28/11|date]] at about 23:00.

Actions: SW to meet [[Jordan|name]] at his work if needed (by [[18/12/2026|date]]); HV to offer a two-year check for [[Poppy|name]];
school to refer [[Riley|name]] to the young carers' service. Next review [[4 March 2027|date]].

Contact list for the plan (checked with [[Kayleigh|name]] at the meeting):
Mother: [[Kayleigh Tolley|name]], [[07825 413 906|phone]], NI [[JT 63 18 45 B|ni]] (for the Healthy Start form)
Grandmother: [[Sandra Tolley|name]], [[5 Ryton Court|address]], [[Ryton|place]], [[CV12 9LQ|postcode]], [[024 7634 2187|phone]]
Great-grandmother: [[Marg Tolley|name]] ([[Margaret|name]]), [[Bulkington|place]], collects [[Poppy|name]] on Thursdays
Mother's partner: [[Jordan Brookes|name]], [[07946 318 275|phone]]; his brother [[Wayne Brookes|name]], [[Keresley End|place]]
Nursery: [[Leanne Petrie|name]] and [[Tracy Aston|name]], [[Little Acorns|school]], [[School Road|address]], [[Bulkington|place]]
Social worker: [[Hannah Quinney|name]], [[hannah.quinney@ankersowe.gov.uk|email]], [[0300 555 0817|phone]]
"""),
]


# --- B. Marriott / Gough family (white British), Ash Green, Exhall, with a father in Foleshill, Coventry ------------------

HOME_B = d.Address("41 Blackberry Lane", "Ash Green", "Coventry", "CV7 9AL")
DAD_B = d.Address("Flat 12, Eagle House, 3 Eagle Street", "Foleshill", "Coventry", "CV1 4GZ")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Kai", "Marriott")], dt.date(2012, 7, 19), addresses=[HOME_B], ids=["419 291 5154", "E937829171062"],
       schools=["Sowe Valley Academy"]),
    _p("s", "sibling", [("Lacey", "Marriott")], dt.date(2015, 10, 2), addresses=[HOME_B], schools=["Exhall Cedars Primary School"]),
    _p("m", "mother", [("Donna", "Gough")], dt.date(1983, 3, 11), addresses=[HOME_B], phones=["07713 520 864"]),
    _p("f", "father", [("Lee", "Marriott")], dt.date(1981, 6, 25), addresses=[DAD_B], phones=["07592 730 148"]),
    _p("p1", "professional", [("Callum", "Reddy")], phones=["024 7631 5590"], emails=["callum.reddy@ankersowe.gov.uk"]),
], "c")

DOCS_B = [
    ("police missing person log printout", """WARWICKSHIRE POLICE - MISSING PERSON INVESTIGATION LOG (extract, printed
[[16/11/2026|date]] 07:12)
MISPER: [[MARRIOTT, Kai|name]]                                         Risk: HIGH (upgraded from MEDIUM 02:40)
Ref: MP/26/0922/WK      Reported by: [[GOUGH, Donna|name]] (mother) [[07713 520 864|phone]]
Home address: [[41 Blackberry Lane|address]], [[Ash Green|place]], [[CV7 9AL|postcode]]
DOB [[19/07/2012|dob]]. Desc: W/M 14, 5'6, slim, brown hair shaved sides, black North Face puffer, grey trackies, Nike TNs.

[[15/11/2026|date]] 22:48  Call from mother. [[Kai|name]] left home 18:00 "to go to [[Ty|name]]'s" - not there. Phone off since 19:30.
                  Third episode in six weeks ([[03/10|date]], [[24/10|date]]). PC 1147 [[Harpreet Dhillon|name]] allocated.
23:30  PC [[DHILLON|name]] at home address. Room search: £240 cash in a sock, two phones (one cheap Nokia), scales. Mother
       says she found the Nokia "last week" and [[Kai|name]] said it was "[[Reece|name]]'s". Photo of MISPER obtained.
23:55  Friend [[Tyler Ward|name]] ([[Ty|name]]) seen at [[6 Hawkesbury Close|address]], [[Exhall|place]], with his dad [[Martin Ward|name]].
       [[Tyler|name]] says [[Kai|name]] got in a grey Golf on [[Coventry Road|address]] outside the chippy about 18:20, "with some
       older lads from [[Cov|place]]". Partial VRM given: "[[KP66|vehicle]] something".
[[16/11|date]] 00:40  ANPR: [[KP66 WZT|vehicle]] (grey VW Golf, keeper [[Jamal OSEI-BONSU|name]], 20, [[Hillfields|place]]) through
       [[Longford|place]] 18:34 and the M6 J3 18:41, then [[Foleshill Road|address]] 19:02.
01:15  Father [[Lee MARRIOTT|name]] ([[07592 730 148|phone]]) rung; he lives in [[Foleshill|place]], not seen [[Kai|name]] "since
       the summer". Was abusive on the phone.
02:40  Risk upgraded. Insp [[Claire Bhogal|name]]. [[Cov|place]] patrols briefed, links to the [[Hillfields|place]] line. NCA CE flag.
05:55  MISPER found by PCs [[Okafor|name]] and [[Lynch|name]] in the stairwell of a block on [[Stoney Stanton Road|address]],
[[Hillfields|place]],
       cold, wet, no shoes, £10 and a Stanley knife. Taken to [[Ash Green|place]]. Said a "[[D-Man|name]]" took his trainers.
06:30  Safe and well check done at home by PC [[Dhillon|name]]. RHI to be offered by the children's service ([[Callum Reddy|name]]).
07:05  Previous episodes (from the log): [[03/10/2026|date]], found by his mother at [[Bedworth|place]] bus station at 23:10 with
       [[Reece Ward|name]]; [[24/10/2026|date]], returned himself at 04:00, seen by a neighbour, Mr [[Stan Buckler|name]] of
[[no. 43|address]],
       getting out of a grey car. Associates on file: [[WARD, Reece|name]] (16), [[6 Hawkesbury Close|address]], [[Exhall|place]];
       [[HAYES, Darnell|name]] (22), [[Flat 9|address]], [[Stoney Stanton Road|address]], [[Coventry|place]] [[CV1 4FS|postcode]];
       [[OSEI-BONSU, Jamal|name]] (20), [[Hillfields|place]], vehicle [[KP66 WZT|vehicle]]. Sister [[Lacey|name]] (11) at home throughout.
       Officer in case: DS [[Rob Kilbane|name]]. Log closed by Sgt [[Nicola Heath|name]] [[16/11/2026|date]] 07:10.
"""),
    ("return home interview record", """RETURN HOME INTERVIEW (RHI) - Anker and Sowe Children's Services
Young person: [[Kai Marriott|name]]          DOB: [[19.07.2012|dob]]          NHS No: [[419 291 5154|nhs]]
School: [[Sowe Valley Academy|school]], Year 10        Episode: [[15/11/2026|date]] 18:00 to [[16/11/2026|date]] 05:55
RHI offered: [[16 November 2026|date]]   Held: Wednesday [[18 November 2026|date]], 16:00, at McDonald's, [[Bedworth|place]]
(his choice)
Worker: [[Callum Reddy|name]] (Missing and Child Exploitation Worker), [[024 7631 5590|phone]]

Where did you go? [[Kai|name]] said he went "to [[Cov|place]], just chilling" with "some lads" he met through [[Tyler|name]]'s cousin
[[Reece|name]]. They drove round [[Foleshill|place]] and then to a flat off [[Stoney Stanton Road|address]]. He would not say whose flat.

What happened? He said he was told to "hold" a bag for someone called [[Dee|name]] and to stay in the flat. He fell asleep and when
he woke up his trainers and his phone were gone and "[[Dee|name]] said I owe him now". He walked out at about 5. He showed me a
red mark on his neck which he said was from "messing about".

Who knows you are safe? He said only his mum and his little sister [[Lacey|name]] - "she cried when I come back".

Dad: he said he messaged his dad [[Lee|name]] on Snapchat "ages ago" and his dad said "don't come round here". He said his
dad's flat is "round the corner from where I was" in [[Foleshill|place]].

School: he has been on a part-time timetable at [[Sowe Valley|school]] since a fight in October. He wants to go to college in
[[Nuneaton|place]] to do bricklaying ([[North Warwickshire and South Leicestershire College|school]]).

Worries noted: debt bondage ("I owe him"); a possible county line from [[Coventry|place]] into [[Bedworth|place]] and [[Nuneaton|place]];
the older males [[Jamal|name]] and "[[D-Man|name]]"; the knife; his sister's safety if people come to the house.
Shared with: [[Donna Gough|name]] (mother, with [[Kai|name]]'s agreement), the allocated SW and the exploitation panel.
"""),
    ("Snapchat messages typed from a mother's screenshots", """Typed up by [[Callum Reddy|name]] from 7 screenshots
[[Donna Gough|name]] sent by WhatsApp on [[20/11/2026|date]].
Chat on [[Kai|name]]'s Snapchat, account kaim_0719, with "dmoney_cv6". Spelling as on the screen.

dmoney_cv6: u good
kaim_0719: ye
dmoney_cv6: u still owe me 600 dont forget
kaim_0719: i aint got it bro
dmoney_cv6: then u work it off. [[bedworth|place]] tmrw after skl. bus from the bus station to the miners welfare
kaim_0719: my mum wont let me out
dmoney_cv6: tell ur mum ur at [[tyler|name]]s. or ill come to [[blackberry lane|address]] n tell her myself 🙂
dmoney_cv6: nice lil sis u got. [[lacey|name]] innit
kaim_0719: leave her out of it
dmoney_cv6: [[jamal|name]] will grab u from the co op at 4. dont be late
kaim_0719: ok

Screenshot 6 is a Snap map view: a pin at [[ash green|place]] and one at [[hillfields|place]]. Screenshot 7 shows a contact saved as
"Nanny [[Jean|name]]" with the number [[07402 186 553|phone]] (mother says [[Kai|name]] has no nan called [[Jean|name]]; his nan, Mrs
[[Iris Gough|name]], died in 2024).
"""),
    ("strategy meeting minutes (child exploitation)", """STRATEGY MEETING - CHILD EXPLOITATION (s47)
Date: [[23.11.2026|date]], 14:00, Teams              Chair: [[Naomi Edgerton|name]], Team Manager, North Safeguarding
Subject: [[Kai MARRIOTT|name]] (14), [[41 Blackberry Lane|address]], [[Ash Green|place]], [[Exhall|place]]
Sibling: [[Lacey Marriott|name]] (11), [[Exhall Cedars|school]]

Present: [[Naomi Edgerton|name]] (chair); [[Callum Reddy|name]] (exploitation worker); DS [[Rob Kilbane|name]] (Warwickshire Police
exploitation team); DC [[Amrit Gill|name]] (West Midlands Police, [[Coventry|place]] Central); [[Lisa Farnham|name]] (DSL,
[[Sowe Valley|school]]);
[[Bev Coles|name]] (school nurse).

1. Information shared
DS [[Kilbane|name]]: the account dmoney_cv6 is believed to be [[Darnell Hayes|name]] (DOB [[04/02/2004|dob]]), the "[[D-Man|name]]",
linked to a line that runs from [[Hillfields|place]] into [[Bedworth|place]] and [[Bulkington|place]]. [[Jamal Osei-Bonsu|name]] is his
driver.
DC [[Gill|name]]: the flat on [[Stoney Stanton Road|address]] is a cuckooed address ([[Flat 9|address]]) of a vulnerable adult.
[[Lisa Farnham|name]]: [[Kai|name]]'s attendance 61%; he was seen at the gate with [[Reece Ward|name]] on [[19 Nov|date]].
[[Lacey|name]] told a
TA that "a man in a car" asked if she was [[Kai|name]]'s sister on [[20/11|date]].

2. Decisions
- Threshold for s47 met (both children). Joint visit by SW and DS [[Kilbane|name]] [[24/11/2026|date]].
- NRM referral for [[Kai|name]] by [[27/11|date]]; Child Abduction Warning Notices to [[Darnell Hayes|name]] and [[Jamal Osei-Bonsu|name]].
- Safety plan with [[Donna|name]]: the home's doorbell camera, taxi to school for both children. Father [[Lee Marriott|name]] to be
  seen ([[07592 730 148|phone]]) as he may be able to offer [[Kai|name]] time away from the area.

Actions table:
| Action | Who | By |
| Joint visit to both children | [[Callum Reddy|name]] and DS [[Kilbane|name]] | [[24/11/2026|date]] |
| NRM referral for [[Kai|name]] | [[Naomi Edgerton|name]] | [[27/11/2026|date]] |
| Disruption patrols, [[Bedworth|place]] bus station and [[Coventry Road|address]], [[Exhall|place]] | DS [[Kilbane|name]] |
[[30/11/2026|date]] |
| Speak to [[Lacey|name]]'s teacher, Mrs [[Gwen Hadley|name]] ([[Exhall Cedars|school]]) | [[Lisa Farnham|name]] | [[25/11/2026|date]] |
| Visit the father at [[Flat 12, Eagle House, 3 Eagle Street|address]], [[Foleshill|place]], [[CV1 4GZ|postcode]] |
[[Callum Reddy|name]] | [[1 Dec|date]] |
| Check [[Tyler Ward|name]]'s and [[Reece Ward|name]]'s welfare ([[6 Hawkesbury Close|address]]) | [[Jade Ormsby|name]] to pass to MASH
| [[26/11|date]] |

Next meeting: [[7 December 2026|date]]. Minutes: [[Jade Ormsby|name]] (business support).
"""),
]


# --- C. Hope family (white British), Abbey Green, Nuneaton, with an aunt in Chilvers Coton -------------------------------

HOME_C = d.Address("17 Greenmoor Road", "Abbey Green", "Nuneaton", "CV11 5DR")
AUNT_C = d.Address("8 Avenue Road", "Chilvers Coton", "Nuneaton", "CV11 4LA")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Skye", "Hope")], dt.date(2015, 10, 9), addresses=[HOME_C], ids=["471 186 7325", "N937895059479"],
       schools=["Arbury Vale Primary School"]),
    _p("s", "sibling", [("Frankie", "Hope")], dt.date(2021, 9, 27), addresses=[HOME_C], ids=["416 774 6980"],
       schools=["Arbury Vale Primary School"]),
    _p("m", "mother", [("Crystal", "Hope")], dt.date(1990, 11, 4), addresses=[HOME_C], phones=["07954 661 230"],
       ids=["PK 27 90 51 C"]),
    _p("a", "other", [("Tanya", "Bickley")], None, addresses=[AUNT_C], phones=["07779 342 018"]),
    _p("p1", "professional", [("Megan", "Shilton")], phones=["024 7664 8213"], emails=["megan.shilton@ankersowe.gov.uk"]),
], "c")

DOCS_C = [
    ("young carer's assessment", """YOUNG CARER'S NEEDS ASSESSMENT (Children and Families Act 2014, s96)
Young carer: [[Skye HOPE|name]]     DOB: [[09/10/2015|dob]]    UPN: [[N937895059479|upn]]    School: [[Arbury Vale Primary|school]], Year 6
Person cared for: [[Crystal Hope|name]] (mother), bipolar affective disorder; alcohol use. Also helps with [[Frankie|name]] (5).
Address: [[17 Greenmoor Road|address]], [[Abbey Green|place]], [[Nuneaton|place]] [[CV11 5DR|postcode]]
Assessor: [[Megan Shilton|name]], Young Carers Worker       Visits: [[12 October 2026|date]] (home), [[19 October 2026|date]] (school)

What [[Skye|name]] does: gets [[Frankie|name]] up, dressed and fed and walks him to school (Reception); makes tea most nights
("pasta or beans"); hides the vodka "so Mum has less"; tops up the electric key at the Spar on [[Heath End Road|address]]; rings
her aunt [[Tanya|name]] when Mum "goes high" and doesn't sleep. She said she has done this "since Year 3".

What [[Skye|name]] says: "I'm not a carer, I'm just her daughter." She worries Mum will "go back in the Caludon" (the mental
health unit in [[Coventry|place]]) and that she and [[Frankie|name]] will go to foster carers "like last time" (two weeks in 2023 with
Mr and Mrs [[Pinfold|name]] in [[Galley Common|place]]). Her best friends are [[Chelsea Ward-Lowe|name]] and [[Paris Mbeki|name]]; she
goes to [[Chelsea|name]]'s on [[Coventry Street|address]] "when it's bad at home".

Mother's view: [[Crystal|name]] said [[Skye|name]] is "my rock" and she didn't know she was doing so much. Her CPN is [[Dean Allsopp|name]]
(Anker House). She has drunk more since her dad, [[Ray Hope|name]], died in June 2026. [[Tanya Bickley|name]]
([[07779 342 018|phone]], [[8 Avenue Road|address]], [[Chilvers Coton|place]]) helps at weekends.

Who is important to [[Skye|name]] (her own ecomap, drawn in the session): Mum; [[Frankie|name]]; aunty [[Tanya|name]] and her
boyfriend [[Mick Dolman|name]] in [[Chilvers Coton|place]]; Nan [[Marie Hope|name]] (her dad's mum) in [[Griff|place]]; her dad,
[[Shane Hope|name]],
"somewhere in [[Leicester|place]]", last seen at Christmas 2024; her friends [[Chelsea|name]] and [[Paris|name]]; Miss
[[Rowley|name]]; Mr [[Farooq|name]] at the Spar "who gives us the out of date cakes"; [[Chelsea|name]]'s mum, [[Leanne Ward-Lowe|name]]
([[07984 512 663|phone]]), who has had both children to stay "loads".

Health: [[Skye|name]] NHS [[471 186 7325|nhs]]; [[Frankie|name]] NHS [[416 774 6980|nhs]]; mother NI [[PK 27 90 51 C|ni]] (for the
carer's grant). School nurse: [[Bev Coles|name]]. [[Crystal|name]]'s mobile [[07954 661 230|phone]].

Outcome: eligible for support. Young carers' group at the Pingles on Tuesdays; a school "time out" card; a carer's break with
[[Tanya|name]] one weekend a month; referral to the children's team (concerns about [[Frankie|name]]'s supervision; see below).
Concern for the children's team: on [[16/10/2026|date]] [[Skye|name]] found her mother asleep on the kitchen floor at 07:30 with
the gas hob on. She turned it off, took [[Frankie|name]] to school and told her teacher, Miss [[Amber Rowley|name]].
"""),
    ("school attendance letter to a parent", """[[Arbury Vale Primary School|school]]
Headteacher: Mr [[K. Sandhu|name]]

[[26th November 2026|date]]

Private and confidential
Ms [[C. Hope|name]]
[[17 Greenmoor Road|address]]
[[Abbey Green|place]]
[[NUNEATON|place]]
[[CV11 5DR|postcode]]

Dear Ms [[Hope|name]],

Re: [[Frankie Hope|name]] (Reception, Owls class) and [[Skye Hope|name]] (Year 6, Kestrels class)

I am writing because the attendance of both children has fallen below 90% this term. [[Frankie|name]]'s attendance since
[[3 September|date]] is 78% and [[Skye|name]]'s 84%. Both children were late on 19 of 55 mornings, often arriving after 09:20
together, and on Monday [[16th|date]] and Tuesday [[17th November|date]] neither child was in school and we were not able to reach
you on [[07954 661 230|phone]].

We know from our conversations, and from Mrs [[Shilton|name]] at the young carers' service, that things have been hard at home,
and I want to say that we are here to help and not to blame anyone. [[Skye|name]] is a kind, hard-working girl and she told Miss
[[Rowley|name]] that she gets [[Frankie|name]] ready in the mornings. That is too much for an 11-year-old.

I would like to invite you to a meeting on Thursday [[3 December|date]] at 9.00am with me and our family support worker, Mrs
[[Bernie Glasgow|name]], to agree a plan. If it helps, your sister Ms [[Bickley|name]] is welcome to come too.

Yours sincerely

[[K. Sandhu|name]]
Headteacher
Tel. [[024 7649 1036|phone]]

cc: Mrs [[Megan Shilton|name]], Young Carers ([[megan.shilton@ankersowe.gov.uk|email]]); [[Dan Whitworth|name]],
children's team
"""),
    ("a child's worry-box notes scanned with OCR", """SCANNED DOCUMENT - OCR TEXT (3 pages, worry box, [[Arbury Vale|school]] Yr 6,
handed to DSL [[20/11/2026|date]])
OCR confidence: low. Original handwriting in pencil; line breaks as on the page.

p.1
I am worryed about my mum becos she is sad
and then she is to happy and dosnt sleep
and she shouts at [[Frank-
ie|name]] when he wets the bed. I hide the
drink in my room under the bed. Nan [[Marie|name]]
says I should not tell but I want to.
[[Skye H|name]] 6K

p.2
Dear Miss [[Rowley|name]]
please can I stay at lunch in the libary
becos [[Paris|name]] and [[Chels|name]] are falling out
and I dont want to pick. Also my aunty [[Tan|name]]
is taking us to [[Skeg-
ness|place]] in the holidays!!! ☺
from [[Skye|name]]

p.3 (written on the back of a letter)
mums boyfrend [[Gaz|name]] came back on
sat [[21|date]] and they was shouting and
he kiked the door. he lives in [[bed
worth|place]] I think. I took [[Frankie|name]]
to [[Chelsea|name]]s ... [illegible] ... [[17 Greenm00r R0ad|address]]
"""),
    ("voicemail left for a social worker, transcribed", """Voicemail transcript (auto-transcribed by the phone system, checked and
corrected in round brackets by [[Megan Shilton|name]])
From: [[07954 661 230|phone]]   Received: Fri [[27/11/2026|date]] 23:14   Length: 1m 52s

"Hiya it's [[Crystal|name]], [[Crystal Hope|name]], [[Skye|name]]'s mum. Um. I got the letter from the school and I just wanna say I'm
not a bad mum right, I know I've been ill, I've been under Dr [[Ahmed|name]] (corrected: Dr [[Ahmad|name]]) at Bedworth Health Centre
and they
put my lithium up. I'm not drinking like I was, I swear on my dad's grave. Um. [[Gary|name]] (corrected: [[Gaz|name]]) is not living
here, he
come round once on the Saturday to get his stuff and I phoned the police myself. Um. You can ring my sister, [[Tanya|name]], on
the number you've got, she'll tell you. And I don't want [[Skye|name]] going to that young carers
thing if it means she's gonna get took off me. Sorry. I'm sorry for ringing this late. I'm at me mate [[Jodie|name]]'s in
[[Attleborough|place]], the kids are asleep in her front room, they're fine, I'm sober, OK. Bye. Ring me tomorrow, not before ten."

Note by MS: "[[Gary|name]]" in the machine text is the mother's ex-partner [[Gary Nolan|name]] ("[[Gaz|name]]", of [[Bedworth|place]]).
Passed to the duty SW [[Dan Whitworth|name]] on [[30/11|date]].
"""),
]


# --- D. Marston / Keogh family (white British), Collycroft, Bedworth, with a grandmother at Marston Jabbett -----------------

HOME_D = d.Address("Flat 6, 31 Bulkington Road", "Collycroft", "Bedworth", "CV12 8JB")
NAN_D = d.Address("2 Jabbett Cottages, Bazzard Road", "Marston Jabbett", "Nuneaton", "CV12 9SF")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Alfie-James", "Keogh")], dt.date(2026, 6, 2), addresses=[HOME_D], ids=["439 664 6755"]),
    _p("m", "mother", [("Jade", "Marston")], dt.date(2004, 2, 17), addresses=[HOME_D], phones=["07516 884 279"],
       ids=["SN 41 06 72 A"]),
    _p("f", "father", [("Brandon", "Keogh")], dt.date(2002, 9, 9), addresses=[HOME_D], phones=["07368 129 405"]),
    _p("g", "grandparent", [("Bernadette", "Keogh")], dt.date(1971, 1, 12), addresses=[NAN_D], phones=["07940 557 316"]),
    _p("p1", "professional", [("Olivia", "Dunmore")], phones=["024 7631 5590"], emails=["olivia.dunmore@ankersowe.gov.uk"]),
    _p("p2", "professional", [("Ruth", "Ellesmere")], emails=["ruth.ellesmere@nhs.net"]),
], "c")

DOCS_D = [
    ("health visitor's contact record", """HEALTH VISITING - CONTACT RECORD (SystmOne print)
Patient: [[KEOGH, Alfie-James|name]]   DOB: [[02-Jun-2026|dob]]   NHS: [[439 664 6755|nhs]]
Contact: [[09-Sep-2026|date]] 11:20, home, [[Flat 6, 31 Bulkington Road|address]], [[Collycroft|place]]   HV: [[Ruth Ellesmere|name]]

S: Mother ([[Jade|name]]) asked for the visit - "he's got a mark on his ear". Says [[Alfie|name]] "rolled into the cot bars" on
Sunday night. Father ([[Brandon|name]]) present for part of the visit, then left for work (warehouse at Prologis Park).
O: Weight 6.42 kg (25th centile, was 50th at 8 weeks). Alert, handles well, smiles. Bruise 1.5 cm x 1 cm, purple, to the back
of the left ear (pinna); two pinpoint petechiae on the left cheek. He is 14 weeks and not yet rolling (mother agrees).
Cot: mesh sides, no bars. A bruise in a non-mobile baby: TEN-4-FACESp positive (ear).
A: Unexplained bruise in a non-mobile infant. Explanation not consistent with development or with the cot.
P: Discussed with mother that I must refer. Rang the MASH 11:55 (spoke to [[Priti Lad|name]]); advised same-day CP medical at
University Hospital Coventry. Mother agreed, and the paternal grandmother, [[Bernadette Keogh|name]] ([[07940 557 316|phone]]), drove
them. GP (Dr [[Lennon|name]], Bedworth Health Centre) informed by task. Safeguarding supervision booked with [[Ruth|name]]'s named
nurse, [[Angela Freer|name]], [[11/09/2026|date]].
Household (SystmOne family links): mother [[MARSTON, Jade|name]] DOB [[17-Feb-2004|dob]] [[07516 884 279|phone]]; father
[[KEOGH, Brandon|name]] DOB [[09-Sep-2002|dob]] [[07368 129 405|phone]]. PGM [[Bernadette Keogh|name]], [[2 Jabbett Cottages|address]],
[[Marston Jabbett|place]], [[CV12 9SF|postcode]]. New birth visit [[15-Jun-2026|date]] (HV [[Ruth Ellesmere|name]]), 6-8 week review
[[31-Jul-2026|date]] at the [[Bedworth|place]] clinic; missed appointment [[14-Aug-2026|date]] (mother texted "[[alfie|name]] poorly").
Previous: 8 week check [[31-Jul-2026|date]] - mother said the father "gets frustrated when he cries"; PHQ-9 = 14.
"""),
    ("initial child protection conference report", """INITIAL CHILD PROTECTION CONFERENCE - SOCIAL WORK REPORT
Child: [[Alfie-James KEOGH|name]], born [[2 June 2026|dob]], 3 months
Address: [[Flat 6, 31 Bulkington Road|address]], [[Collycroft|place]], [[Bedworth|place]], [[CV12 8JB|postcode]]
Conference date: [[1 October 2026|date]]     Author: [[Olivia Dunmore|name]], Social Worker ([[olivia.dunmore@ankersowe.gov.uk|email]])

1. Family
Mother: [[Jade MARSTON|name]] (22), DOB [[17/02/2004|dob]], NI [[SN 41 06 72 A|ni]], [[07516 884 279|phone]].
Father: [[Brandon KEOGH|name]] (24), DOB [[09/09/2002|dob]], [[07368 129 405|phone]].
Paternal grandmother: [[Bernadette Keogh|name]], [[2 Jabbett Cottages, Bazzard Road|address]], [[Marston Jabbett|place]].
Maternal family: [[Jade|name]]'s mother, [[Lorraine Marston|name]], lives in [[Skegness|place]] and they have not spoken since 2022;
[[Jade|name]] was in care herself (with foster carers in [[Hartshill|place]], then a children's home in [[Rugby|place]]).

2. What happened
On [[9 September 2026|date]] the health visitor found a bruise behind [[Alfie-James|name]]'s left ear. The CP medical the same day
(Dr [[Fatima Rehman|name]], consultant paediatrician) found the ear bruise, petechiae to the cheek and, on the skeletal survey on
[[11 September|date]], a healing fracture of the right 7th rib, dated 2 to 4 weeks. Neither parent has given an explanation for the
fracture. Both were arrested on [[12/09/2026|date]] and released under investigation. [[Alfie-James|name]] has lived with his
paternal grandmother under a safety plan since [[9 September|date]]; parents' time with him is supervised by Mrs [[Keogh|name]]
or at the family centre.

3. Analysis
There is no accidental explanation for two injuries in a baby who cannot move himself. [[Jade|name]] has a history of post-natal
depression and says she was "at breaking point" in August. [[Brandon|name]] worked nights and cared for [[Alfie|name]] in the day;
his sister, [[Shannon Keogh|name]], told police he "can't stand crying". A neighbour, Mr [[Derek Paxman|name]] ([[Flat 5|address]]),
heard a man shouting "shut up" through the wall "most nights in August". The grandmother's home is warm and she is meeting his
needs; her partner, [[Clive Vernon|name]], has been checked (no concerns).

4. Invited to conference
Chair: [[Sue Garside|name]] (Independent Reviewing and Conference Chair); minutes: [[Kelly Brindle|name]].
Parents: [[Jade Marston|name]] with her advocate, [[Tom Ashfield|name]] (Coram Voice); [[Brandon Keogh|name]] with his solicitor,
[[Nita Parmar|name]]. Family: [[Bernadette Keogh|name]] ([[07940 557 316|phone]]) and [[Clive Vernon|name]].
Health: [[Ruth Ellesmere|name]] (HV, [[ruth.ellesmere@nhs.net|email]]); Dr [[Fatima Rehman|name]] (report only); GP Dr [[Lennon|name]].
Police: DC [[Mark Ingram|name]] (Child Abuse Investigation Unit, [[Nuneaton|place]]). Early years: [[Paula Deakin|name]], Bedworth
Family Hub.
Housing: [[Imran Saleem|name]], who said the tenancy of [[Flat 6|address]] is in [[Brandon|name]]'s name only.

Recommendation: a child protection plan under the category of physical abuse; a PLO meeting.
Ms [[Marston|name]] and Mr [[Keogh|name]] were told of the recommendation on [[28 September|date]].
"""),
    ("parents' text messages to the social worker", """Texts to the work mobile of [[Olivia Dunmore|name]] ([[07831 275 604|phone]]),
copied to the file [[05/10/2026|date]]

[[Jade Marston|name]] ([[07516 884 279|phone]]):
[[24/09|date]] 08:12 hi [[olivia|name]] its [[jade|name]], can i see [[alfie|name]] on sat at [[bernie|name]]s instead of the centre,
[[brandon|name]] wont be there
[[24/09|date]] 08:13 *[[bernadette|name]]s
[[26/09|date]] 21:40 im not going to conference if [[brandon|name]]s going. he keeps messaging me saying its my fault
[[28/09|date]] 07:05 ive moved to my mates in [[stockingford|place]] for a bit, [[kirsty|name]]. address is [[14 church rd|address]] i think
[[28/09|date]] 07:06 *[[14 Church Road|address]] [[Stockingford|place]]

[[Brandon Keogh|name]] ([[07368 129 405|phone]]):
[[25/09|date]] 23:58 U lot have took my son off me for NOTHING. Ask [[jade|name]] wat she does wen shes had a drink
[[26/09|date]] 00:03 And tell my mum to stop slagging me off to [[clive|name]]
[[30/09|date]] 09:30 Sorry about the other night. Ill be at the conference. My solicitor is [[Nita Parmar|name]] at
[[Parmar|name]] & Co in [[Nuneaton|place]]

Worker's note: "[[bernie|name]]s"/"[[bernadette|name]]s" is the paternal grandmother, [[Bernadette Keogh|name]]; the child is
"[[alfie|name]]".
"""),
    ("supervised family time record written on a form by hand", """FAMILY TIME RECORD - SUPERVISED (handwritten on form FT2; typed by
business support, spelling kept)
Child: [[Alfie-James K.|name]]        Family member(s): Mum - [[Jade|name]]
Venue: at Nan [[Bernadette|name]]'s, [[Marston Jabbett|place]]      Date: Sat. [[10/10/26|date]]   Time: 10-12
Supervised by: [[B. Keogh|name]] (PGM, approved supervisor)

10.05 [[Jade|name]] arrived by bus from [[Nuneaton|place]] (got off at the [[Bulkington|place]] turn and walked).
[[Alfie|name]] asleep. [[Jade|name]] sat next to the pram and cried a bit. Did not wake him (good).
10.40 [[Alfie|name]] woke, [[Jade|name]] changed him and gave bottle (4oz). Talked to him the whole time,
lovely. Held his head well.
11.15 [[Jade|name]] got a phone call and went in the garden. Came back upset, said it was [[Brandon|name]]
and he knows she is here. I said he is not to come. [[Clive|name]] parked his car ([[WK68 HTD|vehicle]]) across the
drive just in case.
11.50 Nappy, cuddles. [[Jade|name]] said "bye bye baba, Mummy loves you". Left 12.00 for bus.

Any concerns: the phone call. I think [[Brandon|name]] has been drinking again, my neighbour [[Maureen|name]] saw him
at the Bull in [[Bulkington|place]] on friday night "very drunk".
Signed [[B Keogh|name]]   Checked: [[O. Dunmore|name]] SW [[12/10/2026|date]]
"""),
]


# --- E. Ben-David family (Israeli, Hebrew-speaking), Hill Top, Nuneaton, with a grandmother in Kfar Saba ----------------

HOME_E = d.Address("44 Croft Road", "Hill Top", "Nuneaton", "CV10 8DE")
DAD_E = d.Address("Apartment 7, Canalside House, 2 Wharf Street", "", "Warwick", "CV34 5LB")
SAVTA_E = d.Address("Rehov Weizmann 112", "", "Kfar Saba", "4424512")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Yarden", "Ben-David")], dt.date(2013, 3, 28), addresses=[HOME_E], ids=["809 666 8277", "R937235460124"],
       schools=["Etone College"]),
    _p("s", "sibling", [("Ori", "Ben-David")], dt.date(2018, 6, 6), addresses=[HOME_E], ids=["803 935 2010"],
       schools=["Hill Top Primary School"]),
    _p("m", "mother", [("Noa", "Ben-David"), ("Noa", "Levi")], dt.date(1988, 8, 15), addresses=[HOME_E],
       phones=["07470 218 396"], emails=["noa.bendavid@gmail.com"]),
    _p("f", "father", [("Itai", "Ben-David")], dt.date(1985, 1, 2), addresses=[DAD_E], phones=["+972 52-418-3307"]),
    _p("g", "grandparent", [("Rina", "Levi")], None, addresses=[SAVTA_E], phones=["+972 54-627-9180"]),
    _p("p1", "professional", [("Sophie", "Wragg")], phones=["024 7664 8213"], emails=["sophie.wragg@ankersowe.gov.uk"]),
], "c")

DOCS_E = [
    ("school designated safeguarding lead's referral form", """REQUEST FOR SUPPORT / REFERRAL TO CHILDREN'S SERVICES (MASH form RS1)
Referrer: [[Gemma Pountney|name]], DSL, [[Etone College|school]], [[Nuneaton|place]]      Tel: [[01455 221 874|phone]] (mobile for this
referral)     Date: [[19/10/2026|date]]

Child: [[BEN-DAVID, Yarden|name]]    DOB: [[28/03/2013|dob]]    Gender: F    Year 9    UPN: [[R937235460124|upn]]
Address: [[44 Croft Road|address]], [[Hill Top|place]], [[Nuneaton|place]] [[CV10 8DE|postcode]]
Language: Hebrew and English (fluent). Religion: Jewish (family describe themselves as secular).
Parent/carer: [[Noa Ben-David|name]] (mother), [[07470 218 396|phone]], [[noa.bendavid@gmail.com|email]]
Other parent: [[Itai Ben-David|name]] (father), lives separately in [[Warwick|place]] since May; Israeli mobile [[+972 52-418-3307|phone]]
Siblings: [[Ori|name]] (8), [[Hill Top Primary|school]]

Reason for referral: On Friday [[16 October|date]] [[Yarden|name]] showed her form tutor, Mr [[Daniel Hollins|name]], cuts on her left
forearm (about 8, superficial, 2-3 days old). She told me she cuts when she has to go to her father's flat at weekends. She
said her dad "checks everything" - her phone, who she messages, what she eats - and that he told her that if her mum "keeps
lying to the court" he will "take [[Ori|name]] home to Israel and she'll never see him". She said her father has both children's
Israeli passports. She said her mum is "scared of him but pretends she isn't".

[[Yarden|name]] asked for her grandmother in Israel, Savta [[Rina|name]], to be told, "because she is the only one Abba listens
to". She has a good friend, [[Maya Goldring|name]], in Year 9, whose mother ([[Esther Goldring|name]]) gave her a lift to school on
the Friday.

Important people: Savta [[Rina Levi|name]] ([[Kfar Saba|place]], [[+972 54-627-9180|phone]]); uncle [[Gilad Levi|name]]
([[Tel Aviv|place]]);
the father's brother [[Amnon Ben-David|name]] ([[Be'er Sheva|place]]); family friends [[Esther Goldring|name]] and [[Ronen Goldring|name]],
[[19 Weddington Road|address]], [[Weddington|place]], [[07852 419 370|phone]], who had the children over Rosh Hashanah; the
children's GP, Dr [[Ben Okoro|name]] at Hill Top Surgery; [[Ori|name]]'s teacher Mrs [[Lynn Yarwood|name]] ([[Hill Top Primary|school]]).

Parent informed: yes, mother, by phone 15:10; she consents. Father not informed (risk of abduction, advice of MASH).
"""),
    ("WhatsApp chat in Hebrew and English, translated", """WhatsApp chat between [[Yarden|name]] and her grandmother, shown by
[[Yarden|name]] to the SW on [[27/10/2026|date]]; screenshots
translated by [[Tamar Shaked|name]] (interpreter, LanguageLine). Hebrew as typed, translation in brackets.

[[22/10/2026|date]], 21:14 - סבתא [[רינה|name]]: [[ירדנוש|name]] מה שלומך? ([[Yardenush|name]], how are you?)
[[22/10/2026|date]], 21:20 - [[Yarden|name]]: לא טוב סבתא. אבא שוב לקח לי את הטלפון (Not good Savta. Abba took my phone again)
[[22/10/2026|date]], 21:21 - [[Yarden|name]]: he said Ima is lying to the social workers
[[22/10/2026|date]], 21:23 - סבתא [[רינה|name]]: אני מדברת עם [[איתי|name]] מחר. את לא אשמה בכלום (I am talking to [[Itai|name]] tomorrow.
You are not to blame for anything)
[[23/10/2026|date]], 07:02 - סבתא [[רינה|name]]: ודוד [[גלעד|name]] מ[[תל אביב|place]] יתקשר לאמא (and uncle [[Gilad|name]] from
[[Tel Aviv|place]] will call Ima)
[[23/10/2026|date]], 07:30 - [[Yarden|name]]: tell [[gilad|name]] not to tell abba i said anything
[[23/10/2026|date]], 07:31 - [[Yarden|name]]: ❤️ [[אורי|name]] sends kisses
[[24/10/2026|date]], 20:02 - [[Yarden|name]]: savta can u talk to [[maya|name]]s mum? [[esther|name]]. she said we can stay there if
abba comes
[[24/10/2026|date]], 20:10 - סבתא [[רינה|name]]: כן. תני לי את המספר של [[אסתר|name]] (Yes. Give me [[Esther|name]]'s number)
[[24/10/2026|date]], 20:11 - [[Yarden|name]]: [[07852 419 370|phone]]
[[24/10/2026|date]], 20:15 - סבתא [[רינה|name]]: ו[[אורי|name]]? הוא בסדר? (And [[Ori|name]]? Is he OK?)
[[24/10/2026|date]], 20:16 - [[Yarden|name]]: he cried at bedtime. he wants to go to [[חיפה|place]] to see the sea with abba
[[25/10/2026|date]], 18:45 - סבתא [[רינה|name]]: I booked flight to [[Luton|place]] on [[12 November|date]]. I stay with you and
[[נועה|name]] until
Chanukah

Interpreter's note: "[[Yardenush|name]]" is an affectionate form of [[Yarden|name]]; "Savta" is grandmother, "Abba" father, "Ima" mother.
Uncle [[Gilad Levi|name]] is the mother's brother; his number in [[Tel Aviv|place]] is [[+972 3-641-2285|phone]].
"""),
]
DOCS_E += [
    ("a grandmother's own letter to the social worker", """[[Kfar Saba|place]], [[3.11.2026|date]]

To Mrs [[Sophie Wragg|name]], social worker, Anker and Sowe Council, England

Dear Mrs [[Wragg|name]],

My name is [[Rina Levi|name]], I am the mother of [[Noa|name]] and the grandmother ("Savta") of [[Yarden|name]] and [[Ori|name]]. I live in
[[Kfar Saba|place]], [[Rehov Weizmann 112|address]], [[4424512|postcode]], my phone is [[+972 54-627-9180|phone]] (also WhatsApp). My
English is not perfect, my neighbour [[Shula|name]] helps me to write this.

I want you to know some things. [[Itai|name]] was a good father when the children were small. But since he lost the job in
[[Haifa|place]] and they moved to England in 2021 for his work at the car company he is a different man. When I visited in
Pesach I saw him take [[Noa|name]]'s bank card and I saw he reads all her messages. [[Noa|name]] told me "Ima, don't make
trouble". Once in [[Nuneaton|place]] he shouted at [[Yarden|name]] in the street near the Ropewalk because she was talking to a boy
([[Ethan|name]]), and she was shaking.

About the passports: the children have Israeli passports and British ones. [[Itai|name]] told his brother [[Amnon|name]] in
[[Be'er Sheva|place]] that he wants to "bring [[Ori|name]] home for good". [[Amnon|name]] told my son [[Gilad|name]]. Please be careful.

I come to [[Nuneaton|place]] on [[12 November|date]] and stay until [[14.12.2026|date]] with [[Noa|name]] at [[Croft Road|address]]. I can
take [[Ori|name]] to school and bring him back. I was a teacher 35 years in [[Kfar Saba|place]].

With respect and thank you,
[[Rina Levi|name]] ([[רינה לוי|name]])
"""),
    ("social worker's assessment analysis", """CHILD AND FAMILY ASSESSMENT - ANALYSIS AND PLAN (extract)
Children: [[Yarden Ben-David|name]] ([[28.03.2013|dob]], NHS [[809 666 8277|nhs]]) and [[Ori Ben-David|name]] ([[06.06.2018|dob]],
NHS [[803 935 2010|nhs]])     Assessment started [[19 October 2026|date]], completed [[30 November 2026|date]]
Social worker: [[Sophie Wragg|name]] ([[sophie.wragg@ankersowe.gov.uk|email]], [[024 7664 8213|phone]])

[[Yarden|name]] is a bright, articulate girl of 13 who has carried a great deal. She describes her father's control of her phone,
her food and her friendships, and of her mother's money and movements, in ways that fit a pattern of coercive control that
her mother has now also described (DASH completed [[4 November|date]], 15 ticks, referral to the IDVA, [[Harriet Oyelaran|name]]).
The self-harm began in September and is linked by [[Yarden|name]] to weekends at [[Apartment 7, Canalside House, 2 Wharf
Street|address]], [[Warwick|place]]. She has not cut since [[2 November|date]], since she stopped going; she is seen by the school
counsellor, [[Lior Adler|name]], who speaks Hebrew.

[[Ori|name]] misses his father and asks for him. He told me that "Abba says we are going on holiday to Savta's for ever". This,
[[Itai|name]]'s words to his brother, and his holding of the Israeli passports, mean there is a real risk of wrongful removal.
Mr [[Ben-David|name]] says he has "no plan" to leave, that he is "the one being controlled" and that [[Noa|name]] turns the
children against him; he did agree to lodge the Israeli passports with his solicitor, [[Rachel Birnbaum|name]] of
[[Birnbaum|name]] Family Law in [[Leamington Spa|place]], by [[20/11|date]]. This has not happened.

Plan: a child in need plan for both children; the mother is advised to apply for a prohibited steps order, and the police have
placed a port alert; supervised time for [[Ori|name]] with his father at the family centre, not in [[Warwick|place]]; Savta
[[Rina|name]] staying until [[14 December|date]]; a review on [[25 January 2027|date]].
"""),
]


# --- F. Morrison / MacLeod family (Gaelic-speaking, from the Isle of Lewis), Whitestone, Nuneaton -------------------------

HOME_F = d.Address("27 Magyar Crescent", "Whitestone", "Nuneaton", "CV11 6SQ")
SEANAIR_F = d.Address("14 Matheson Road", "", "Stornoway", "HS1 2NQ")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Ruairidh", "Morrison")], dt.date(2011, 4, 18), addresses=[HOME_F], ids=["245 417 8613", "A937035395196"],
       schools=["Higham Lane School"]),
    _p("s", "sibling", [("Eilidh", "Morrison")], dt.date(2020, 9, 30), addresses=[HOME_F], schools=["Whitestone Infant School"]),
    _p("m", "mother", [("Seonag", "Morrison"), ("Seonag", "MacLeod")], dt.date(1984, 12, 1), addresses=[HOME_F],
       phones=["07719 304 852"]),
    _p("g", "grandparent", [("Dòmhnall", "MacLeod"), ("Donald", "MacLeod")], None, addresses=[SEANAIR_F], phones=["01851 702 418"]),
    _p("p1", "professional", [("Bethany", "Cheshire")], phones=["024 7634 2187"], emails=["bethany.cheshire@nhs.net"]),
], "c")

DOCS_F = [
    ("CAMHS clinic letter to a GP", """Coventry and Warwickshire Partnership NHS Trust - CAMHS North, [[Nuneaton|place]]

Dr [[P. Hamilton|name]]
Manor Court Surgery
[[Nuneaton|place]]                                                                          [[24 November 2026|date]]

Dear Dr [[Hamilton|name]]

Re: [[Ruairidh MORRISON|name]] (known as "[[Rory|name]]"), DOB [[18.04.2011|dob]], NHS No. [[245 417 8613|nhs]]
[[27 Magyar Crescent|address]], [[Whitestone|place]], [[Nuneaton|place]] [[CV11 6SQ|postcode]]

I saw [[Ruairidh|name]] with his mother, Mrs [[Seonag Morrison|name]], on [[20 November 2026|date]] for a choice appointment after
his attendance at A&E on [[7 November|date]] with cuts to both thighs that needed steristrips.

Background: [[Ruairidh|name]] is 15 and in Year 11 at [[Higham Lane|school]]. The family moved from [[Stornoway|place]], on the [[Isle of
Lewis|place]], in 2024, when his mother took a nursing post at George Eliot Hospital. His father, [[Calum Morrison|name]], a
fisherman, died at sea off [[Ness|place]] in March 2025, and [[Ruairidh|name]] has not spoken about it with anyone. Gaelic is
the family's first language at home; [[Ruairidh|name]] speaks it with his grandfather, [[Dòmhnall MacLeod|name]], every night on
the phone and misses the island "every single day".

Family: mother [[Seonag Morrison|name]] (née [[MacLeod|name]]), staff nurse, [[07719 304 852|phone]]; sister [[Eilidh Morrison|name]], born
[[30/09/2020|dob]], at [[Whitestone Infant School|school]]; grandfather [[Dòmhnall|name]] ("[[Donald|name]]") [[MacLeod|name]],
[[14 Matheson Road|address]], [[Stornoway|place]] [[HS1 2NQ|postcode]]; father [[Calum Morrison|name]], died [[11/03/2025|date]];
paternal grandmother [[Ciorstaidh Morrison|name]] in [[Carloway|place]].

Assessment: low mood for more than a year, poor sleep, cutting since the summer (about weekly), cannabis most weekends
with older boys from the [[Bermuda|place]] estate; no plan to end his life but passive thoughts ("it would be easier not to be
here"). Protective: his sister [[Eilidh|name]] (6), his mother, his grandfather, and shinty - he played for a club at home and
still watches every Lewis Camanachd match online.

Plan: weekly CBT with our clinician [[Bethany Cheshire|name]] from [[1 December|date]]; a referral to a bereavement service for
children; safety plan agreed; the school's DSL, Mr [[Owen Blakemore|name]], informed with consent.

Yours sincerely
Dr [[Ishbel Grant|name]], Consultant Child and Adolescent Psychiatrist
cc: Mrs [[S. Morrison|name]]; [[Bethany Cheshire|name]] ([[bethany.cheshire@nhs.net|email]])
"""),
    ("school pastoral log for a pupil", """[[HIGHAM LANE SCHOOL|school]] - CPOMS PASTORAL LOG (export)   Pupil:
[[MORRISON, Ruairidh|name]]   Yr 11   UPN [[A937035395196|upn]]

[[04/11/2026|date]] 10:40  [[O Blakemore|name]] (DSL): [[Rory|name]] sent out of Maths for refusing to take off his hood. Told Mrs
[[Dhanda|name]]
"leave me alone, you don't know anything". Calm in the base with Mr [[Toby Kemp|name]] (mentor).
[[06/11/2026|date]] 14:15  [[T Kemp|name]]: Friend [[Harris Jamieson|name]] reports [[Rory|name]] showed him cuts in PE changing.
Passed to DSL.
[[06/11/2026|date]] 14:50  [[O Blakemore|name]]: Spoke to [[Rory|name]]. Admitted cutting, said "it's not a big deal". Mum
([[Seonag|name]]) rung -
on shift at the hospital, rang back 16:30. She took him to A&E on the [[7th|date]] when she saw the blood on his joggers.
[[13/11/2026|date]] 09:05  Attendance: absent, no call. Mum rung 09:30, she thought he was in school. Found by his mum at 12:00 at the
bus station in [[Nuneaton|place]] with a ticket to [[Glasgow|place]] (he said he was going to get the ferry from [[Ullapool|place]] "to
Seanair's"). Returned home.
[[13/11/2026|date]] 15:20  [[O Blakemore|name]]: referral to MASH; CAMHS appointment brought forward. Sister [[Eilidh|name]] at [[Whitestone
Infants|school]] told (Mrs [[Lowe|name]]) to be aware.
[[16/11/2026|date]] 08:45  [[O Blakemore|name]]: Strategy call with [[Aaron Petch|name]] (SW) and PC [[Gemma Rudd|name]]. Mum
[[Seonag Morrison|name]]
([[07719 304 852|phone]]) agrees to a safety plan. Grandfather Mr [[Donald MacLeod|name]], [[Stornoway|place]], rings [[Rory|name]] nightly.
[[17/11/2026|date]] 12:30  [[Harris Jamieson|name]]'s mum, Mrs [[Fiona Jamieson|name]] ([[07507 336 912|phone]]), rang: [[Rory|name]]
stayed at
theirs, [[8 Lutterworth Road|address]], on Saturday [[14th|date]] and was "quiet but fine". Her husband [[Alasdair|name]] is from
[[Tong|place]] too.
[[19/11/2026|date]] 11:00  [[T Kemp|name]]: Good session. [[Rory|name]] talked about his dad, [[Calum|name]], and the boat. Wants to go
"home" for Christmas. Older lads ([[Kieran Doyle|name]], 18, and "[[Mossy|name]]") wait for him at the gate after school.
"""),
]
DOCS_F += [
    ("email exchange with a Scottish island council's social work service", """From: [[Kirsty Macaulay|name]]
<[[kirsty.macaulay@cne-siar.gov.uk|email]]>
Sent: [[01 December 2026|date]] 11:02
To: [[Aaron Petch|name]] <[[aaron.petch@ankersowe.gov.uk|email]]>
Subject: RE: [[Ruairidh Morrison|name]] - grandfather in [[Stornoway|place]] - Christmas

Dear [[Aaron|name]],

Thank you for your call on Friday. I visited Mr [[Donald MacLeod|name]] ([[Dòmhnall|name]]) yesterday at [[14 Matheson Road|address]],
[[Stornoway|place]], [[HS1 2NQ|postcode]], home phone [[01851 702 418|phone]]. He is 74, fit and well, a retired coastguard, and lives
alone since his wife [[Peigi|name]] died. The house is warm and tidy and there is a bedroom ready for [[Ruairidh|name]] ("[[Rory|name]]").
He is very clear that he wants the boy for Christmas and New Year and "for as long as he needs", and that he does not want to
take him from his mother. He has no record with us or with Police Scotland (checked [[30/11/2026|date]]).

Two things you should know. First, Mr [[MacLeod|name]]'s nephew, [[Murdo|name]] "[[Murdie|name]]" [[MacLeod|name]], of
[[Tolsta|place]], has a conviction
for supplying cannabis (2023) and is often at the house; Mr [[MacLeod|name]] says he will tell him to stay away. Second, the
school here (the [[Nicolson|school]]) would take [[Ruairidh|name]] for a trial term from January if the family want that; the
Gaelic-medium teacher, Mrs [[Catriona Nicolson|name]], taught him in S1.

His cousins in [[Shawbost|place]] ([[Siabost|place]] in Gaelic), [[Mairi|name]] and [[Finlay Morrison|name]], are of an age with
him, and their mother,
[[Annie Morrison|name]] ([[07429 881 054|phone]]), works at the Western Isles Hospital. I am happy to see [[Ruairidh|name]] while he is
here. [[Calum|name]]'s cousin [[Eachann Morrison|name]] in [[Barvas|place]] also offered to help.

Is le deagh dhùrachd,
[[Kirsty|name]]
[[Kirsty Macaulay|name]], Social Worker, Children and Families, Comhairle nan Eilean Siar, [[Sandwick Road|address]], [[Stornoway|place]]

-----Original Message-----
From: [[Aaron Petch|name]]
Sent: [[27 November 2026|date]] 16:44
Subject: [[Ruairidh Morrison|name]] - grandfather in [[Stornoway|place]] - Christmas

Hi [[Kirsty|name]], as discussed: [[Ruairidh|name]] (15, DOB [[18/04/2011|dob]]) tried to travel alone to [[Lewis|place]] on
[[13/11|date]]. His
mum [[Seonag|name]] is agreeable to him spending [[19 December|date]] to [[4 January|date]] with her dad. Could you visit? [[Aaron|name]]
"""),
    ("Gaelic and English text messages between a boy and his grandfather", """Texts on [[Ruairidh|name]]'s phone shown to
[[Bethany Cheshire|name]] (CAMHS) on [[01/12/2026|date]], with [[Ruairidh|name]]'s agreement;
his translation of the Gaelic, checked by his mother. Contact saved as "Seanair 🐟".

Seanair 🐟: Ciamar a tha thu a ghràidh? (How are you, love?)
[[Ruairidh|name]]: ceart gu leor (alright)
Seanair 🐟: Bha mi bruidhinn ri [[Kirsty|name]] bhon chomhairle. Tha i snog. (I was speaking to [[Kirsty|name]] from the council. She's
nice.)
[[Ruairidh|name]]: am faod mi tighinn dhachaigh (can I come home)
Seanair 🐟: Faodaidh, air an [[19mh|date]]. Bidh mi aig a' phort-adhair. (Yes, on the [[19th|date]]. I'll be at the airport.)
[[Ruairidh|name]]: is [[eilidh|name]]?
Seanair 🐟: Agus [[Eilidh|name]] agus do mhàthair ma thig iad. [[Murchadh|name]] will take us to [[Uig|place]] to see the boat.
[[Ruairidh|name]]: dont tell mum about the cutting ok
Seanair 🐟: Your mother knows [[Ruairidh|name]]. We will talk at the fire. Ann an [[Steòrnabhagh|place]] tha an t-uisge ann (in
[[Stornoway|place]] it's raining)
[[Ruairidh|name]]: haha obviously

Note: "a ghràidh" (love) and "Seanair" (grandfather) are not names. [[Murchadh|name]] is the Gaelic form of [[Murdo|name]]: the nephew
[[Murdie MacLeod|name]] named in the council's email.
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 133 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 14:38 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcs", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "tm", "cllr", "nurse",
           "sister", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "grandpa", "mum",
           "mummy", "mam", "dad", "daddy", "aunty", "auntie", "uncle", "savta", "saba", "ima", "abba", "aba", "סבתא", "סבא",
           "דוד", "seanair", "seanmhair", "granaidh", "mamaidh", "dadaidh"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "warwickshire",
               "north warwickshire", "west midlands", "the midlands", "midlands", "leicestershire", "israel", "ישראל",
               "the western isles", "western isles", "outer hebrides", "the outer hebrides", "hebrides", "eilean siar",
               "na h-eileanan siar", "the highlands", "highlands", "europe"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (Hebrew "Savta", "Abba", "Ima",
# "סבתא", "דוד"; Gaelic "Seanair") and counties, regions and countries ("Warwickshire", "Israel", "the Western Isles",
# "Outer Hebrides").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
