"""Set 15: a tenth held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-06 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type, as sets 8
to 13 do), bench/README.md, tests/test_redaction_hand_sets.py, or bench/redaction_set14.py and tests/test_redaction_set14.py
(written by another helper at the same time), that did not run the detector or any bench script that runs it, that ran no git
command, and that looked at no detector output. What was read: bench/redaction_set13.py and tests/test_redaction_set13.py in
full (the layout and marking conventions followed here; a few lines of set 13's Child in Need review were cut from the
terminal output), the docstrings of bench/redaction_set12.py to bench/redaction_set7.py and bench/redaction_heldout.py (to
see which towns and communities earlier sets used as a family's home, and which document types), the checker functions of
sets 12 to 7 and of bench/redaction_heldout.py (problems, _TITLES, _AFTER, _NOT_PLACES, _valid_phone, _NI and the lines next
to them), the `_party`, `Records`, `word_problems`, `_parse` and `_docs` helpers of bench/redaction_handwritten.py, and
`gold_counts` and `report` of bench/redaction_heldout.py. The record constructors (d.Party through `_party`, d.Address,
d.CaseRecord) are imported from the detector module only to build records. Nobody may tune the detector on this set: it is to
be scored once, after the detector's current round of changes. If a mistake in the gold marking is found after scoring,
correct only the marking and say so here.

Six families, chosen to look like a typical English local authority's caseload, each from a town or district no earlier set
(6 to 13) used as a family's home, all in the South of England, the East of England and London. Four of the kinds most
common in children's social care: a young white British mother on the Paulsgrove estate in Portsmouth, with a grandmother in
Rowner, Gosport (Pook / Haskell; a baby of seven months with faltering growth and a bruise to the ear, a mother with
postnatal depression, a father's cannabis use and controlling behaviour, interim supervision orders), a white British family
in a chalet bungalow in Jaywick, Clacton-on-Sea, with grandparents in Brightlingsea (Mayhew / Stebbing; a non-verbal autistic
boy of 11 with epilepsy, a mother at breaking point who takes an overdose, a girl of 15 who is a young carer and self-harms,
short breaks), a mixed White and Black Caribbean boy of 17 from the Chantry estate in Ipswich, looked after in a children's
home in a Suffolk village, with a Jamaican-born grandmother in Whitton (Ferdinand-Cole / Cole; missing episodes, criminal
exploitation, a residential worker's restraint and gifts referred to the LADO, a pathway plan) and a British Pakistani
(Mirpuri) family in a crowded multigenerational house in Chalvey, Slough (Rehman; a girl of 3 with a scald brought to
hospital 44 hours late, a mother isolated by her in-laws, a grandmother's slipper). Two from communities no earlier set
used: a Sri Lankan Tamil boy of 14 from near Jaffna, brought to Tooting by an agent and privately fostered by a shopkeeper
from his father's village (Jeyakumar / Kanagaratnam; private fostering, child labour, debt bondage, an NRM referral) and a
Brazilian family from Goiás in Harlesden, Brent (Souza Lima / Carvalho; a girl of 13 missing with a man of 20, child sexual and
criminal exploitation, Child Abduction Warning Notices, a harsh stepfather). 24 documents, of types no earlier set used or
in styles new to these sets: a health visitor's continuation record, a GP's letter to children's services, out-of-hours
emergency duty team handover notes, a court order's parties and recitals, a disabled children's team assessment, voicemails
transcribed by a phone system, a scanned short breaks request form as OCR text, a caseload tracker pasted from a spreadsheet
(tab-separated), a residential children's home daily log, a LADO referral, an independent reviewing officer's working notes,
a pathway plan for a care leaver, a burns unit's safeguarding discharge planning meeting notes, a WhatsApp chat exported by
a mother (Urdu and Pahari in Roman letters, translated), an email chain with signature blocks and an interpreting booking,
a mother's handwritten letter to a child protection conference translated from Urdu, a school's private fostering
notification email with an automatic reply, a private fostering assessment, Viber messages between a boy and his mother
translated from Tamil, a boy's diary and poem, a Philomena Protocol missing person form, a return home interview, a Child
Abduction Warning Notice and a case transfer summary.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Jamaica, Pakistan, Sri Lanka, Canada, Brazil); NHS numbers (ordinary and 999 ranges)
and UPNs (the right LA number for the area: 851, 881, 935, 871, 212, 304) pass their check digits. Councils are invented
(Portsdown Vale, Colne Haven, Orwell Vale, Jubilee Vale, Graveney Vale, Mitchell Brook), and so are the children's home and
its provider (Kestrel House, Oakridge Care), the short break unit (The Willows) and the GP practices; towns, districts,
estates, villages, real charities, housing associations, brands, NHS bodies, police forces, courts, apps, programmes, foods
and laws are real and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set13.py (which follows sets 6 to 12). [[words|kind]] is a gold span
(name, address, postcode, place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words
(Mr, Mrs, Ms, Miss, Dr, Doctor, Sir, PC, DC, DS, District Judge, Nan, Nanny, Grandad, Mummy, Aunty, Uncle, Dadi, Baji, bhai,
chachu, Appa, Amma, Ammamma, anna, akka, Tia, Vó, madam, miss) stay outside the name span, whether they come before or after
the name ("Siva uncle", "Vasuki akka", "Georgina madam", "Hina Baji", "Tia Jaque", "Vó Cida"); a possessive 's stays outside;
every person's name is a name in every form, record or not. "SURNAME, First" is one span, and so is "SURNAME First"
("JEYAKUMAR Thusyanth"); an initial with a surname ("R. Bishop", "L Mayhew") is one span, and so is a first name with an
initial after it ("Devon F", "Thusyanth J.", "Ash M"); a name broken by a line break is one span holding the break; initials
alone are not marked; social media handles ("@isa.lima.x", "isalima13") are not marked, but an account or contact name that is
the person's plain name is marked. A street address is one span, its town a place, its postcode a postcode; a street named
without a number is an address, and so is a street with no road word ("7 Brooklands", "Hillside"); towns, cities, villages,
districts and estates are places, at home or abroad; countries, counties, states, provinces and regions ("Essex", "Suffolk",
"Azad Kashmir", "Sri Lanka's Northern Province", "Goiás", "Canada", "Brazil", "Jamaica") are not; organisations are not
marked even when they hold a town's or a person's name ("Queen Alexandra Hospital", "Portsmouth Abuse and Rape Counselling
Service", "Essex Young Carers", "Ipswich Caribbean Association", "Bildeston Health Centre", "Chalvey Medical Centre",
"Stoke Mandeville", "Casa do Brasil em Londres", "Harness Harlesden practice", "Stonebridge Adventure Playground"); a
school's or college's name is a school, and so is its short form ("Shorefields", "Clacton Coastal", "SNC", "Ernest Bevin",
"Harlesden Primary"); a date of birth is dob, any other calendar date with a day is date (a weekday before it stays
outside); months and years alone are not marked; helplines are not marked; a pet's name is not a name; a firm named after
people marks only the names ("[[Brannon|name]] & [[Lusby|name]]", "[[Oakes|name]] Legal", "[[Siva|name]] Food & Wine",
"[[Alexis|name]]'s" barber's); parks, stadiums, shopping centres and attractions are landmarks and stay unmarked (Wembley
Stadium, Westfield, Roundwood Park, Tooting Common lido, the Nallur temple); a surname or first name that is also an English
word, a county or a town is marked by what it refers to (Devon, Chelsea, Harlow, Sky, Tiny, Honour, Page, Bishop, Moth and
Ashford are names when they are people); a nickname in quotes is its own span, and one with a word in front is one span
("Big Dee"); a short form of a town ("Wycombe", "Walton") is a place; a name in another script (Urdu: "صائمہ"; Tamil:
"துஷி") is a name, and a contact saved under a kinship word ("அம்மா", Amma) is not; a name spelt with diacritics where
the record has none, or a double surname ("Isabelly SOUZA LIMA", "Luana Souza Lima") is one name span; a fictional
character (Elsa) is not a person.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a name or date written
in boxed capitals with a space between the letters ("M A Y H E W", "1 4 / 0 3 / 2 0 1 5") is one span; in OCR text a
misread name, place, address, school or postcode ("CLACT0N-0N-SEA", "7 BR00KLANDS", "SH0REFIELDS", "C015 2JJ") is marked
by what it stands for, and a date with an unreadable digit ("1[?]/11/2026") is still a date; a name misheard by a
transcription system or misspelt by a child ("casey" for Kacie, "Tussy-anth") is a name, and a place split into two words by
a transcription ("jay wick", here across a line break) is one place span; a worker's initials in a tracker's "By" column
("RG") and a child's initials ("C-R", "CR") are initials alone and are not marked; a public figure named for their work
(Bob Marley, Headie One, Babar Azam) and a deity (Murugan, Allah) are not people in the case and are not marked; a car model
that is also a first name ("Seat Leon") is a brand; a case ending joined to a transliterated Tamil name or place
("Tharsikaku", "Kopayla") stays outside the span, like a possessive; a priest's title ("Kurukkal") and a role word before a
name ("agent Ranjan") stay outside it; a children's home's name (Kestrel House) is an organisation, a venue like set 13's
Olive Morris House, while its street address is marked; a hospital called by its town ("colchester general") and a police station named
after its district ("Harlesden Police Station") are organisations, and so is a court "sitting at PORTSMOUTH", while a shop
branch named by its place ("Tesco Copdock") marks the place, as set 13's "We Are With You, Telford" did; a team mailbox
("interpreting@...", "frontdoor@...") is an email address like any other; a phone number shown in a chat export in place of
a contact's name is a phone; a block's name with its street ("Flat 27, Kelly Court, Hillside") is one address span; an
address abroad ("No. 14, Temple Road", in Kopay) is an address and its village a place; the bare day in a range ("7 to
11 October") is a date span of its own; a district's "High Street" named in passing
("on the High Street in Harlesden") is an address.

Self-check without the detector: `python -m bench.redaction_set15` (and tests/test_redaction_set15.py) runs set 13's checker
(which runs sets 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words (before and after a name)
and counties, regions, provinces and countries, and prints the number of documents and gold spans per kind: 24 documents,
1,478 gold spans, 865 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set13 import problems as set13_problems
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones

# --- A. Pook / Haskell family (white British), Paulsgrove, Portsmouth ------------------------------------------------

HOME_A = d.Address("14 Allaway Avenue", "Paulsgrove", "Portsmouth", "PO6 4HG")
NAN_A = d.Address("22 Nimrod Drive", "Rowner", "Gosport", "PO13 8AH")
DAD_A = d.Address("Flat 9, 61 Fratton Road", "Fratton", "Portsmouth", "PO1 5BX")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Ava-Lily", "Pook")], dt.date(2026, 3, 11), [HOME_A], ids=["4288040728"]),
    _p("s", "sibling", [("Mylo", "Pook")], dt.date(2022, 5, 27), [HOME_A], ids=["4862551181", "F851279013959"],
       schools=["Paulsgrove Primary School"]),
    _p("m", "mother", [("Kayleigh", "Pook")], dt.date(2004, 1, 19), [HOME_A], phones=["07824 519 336"],
       ids=["6873331139", "PW 38 17 92 B"]),
    _p("f", "father", [("Jordan", "Haskell")], dt.date(2002, 8, 6), [DAD_A, HOME_A], phones=["07561 204 887"],
       ids=["JR 60 44 19 A"]),
    _p("f2", "father", [("Dean", "Carver")], dt.date(1999, 11, 30), phones=["07392 840 115"]),
    _p("g", "grandparent", [("Tina", "Pook")], dt.date(1973, 7, 2), [NAN_A], phones=["023 9258 1190", "07707 318 264"]),
    _p("p1", "professional", [("Bethany", "Searle")], phones=["023 9268 8800", "07931 662 418"],
       emails=["bethany.searle@portsdownvale.gov.uk"]),
    _p("p2", "professional", [("Claire", "Moth")], phones=["023 9238 4417"], emails=["claire.moth@nhs.net"]),
], "c")

DOCS_A = [
    ("health visitor's record", """Solent NHS Trust - 0-19 Public Health Nursing (Health Visiting) - CONTINUATION RECORD (printed from
SystmOne)
Child: [[POOK, Ava-Lily|name]]    DOB [[11-Mar-2026|dob]]    NHS No. [[428 804 0728|nhs]]    Sex: F
Address: [[14 Allaway Avenue|address]], [[Paulsgrove|place]], [[Portsmouth|place]], [[PO6 4HG|postcode]]
Mother: [[Kayleigh Pook|name]] (DOB [[19-Jan-2004|dob]], [[07824 519 336|phone]])    Father: [[Jordan Haskell|name]] (not on the tenancy)
Sibling: [[Mylo Pook|name]] (4), nursery class at [[Paulsgrove Primary|school]]    GP: Dr [[R. Bishop|name]], Portsdown Group Practice
Caseload HV: [[Claire Moth|name]]    Level of service: Universal Plus -> Universal Partnership Plus from [[02-Oct-2026|date]]

[[14-Mar-2026|date]] 11:20 New birth visit (HV [[C. Moth|name]])
Home visit. Baby born at Queen Alexandra Hospital at 38+4, 2.91 kg, SVD. Bottle fed (Aptamil). Mum tired but bright; MGM
[[Tina|name]] present and "doing the night feeds this week". Partner [[Jordan|name]] came in from work (scaffolder) during the visit,
pleasant, held baby. Flat: 2-bed, 1st floor, tidy, black mould in the back bedroom and on the bathroom ceiling; Mum says
she has reported it to the housing three times. Safe sleep discussed: Moses basket in parents' room. EPDS not done (too
early). Routine enquiry re DA: asked when Mum alone; "no, he's a good dad". [[Mylo|name]]'s dad [[Dean|name]] "not involved".

[[27-Apr-2026|date]] 14:00 6-8 week review - DNA. Card left. Text sent to [[07824519336|phone]].
[[05-May-2026|date]] 10:30 6-8 week review (clinic, Paulsgrove Family Hub)
Seen with Mum and Nan [[Tina|name]]. Wt 4.21 kg (25th centile, down from 50th). Feeds 4oz 3-hrly "when she wakes". EPDS 14.
Mum tearful: "I can't do nothing right, [[Jordan|name]] says I'm a crap mum". Discussed GP re low mood; Mum agreed. Leaflets re
Home-Start. Baby alert, smiling, good tone. Plan: weigh in 2/52.

[[19/05/2026|date]] Telephone call from Mum. Baby "being sick after every bottle". Advised GP / paced feeding. Mum said she is
on sertraline now. [[Jordan|name]] shouting in the background ("who you talking to"). Call ended abruptly.

[[02/06/2026|date]] Weight clinic. DNA. Rang Mum x2 - no answer. Rang MGM [[Tina Pook|name]] on [[07707 318 264|phone]]: she is in
[[Gosport|place]] and "hasn't seen them for a fortnight, [[Jordan|name]] don't like me coming round".

[[16 June 2026|date]] Home visit, unannounced. [[Jordan|name]] answered, said Mum asleep and "we're fine". Strong smell of cannabis
in the hallway. Baby seen briefly in bouncer in the lounge, in a heavy nappy. Not allowed in further. Discussed with my
safeguarding supervisor, [[Gill Tebbutt|name]] (Named Nurse). Plan: joint visit with Mum alone.

[[30-Jun-2026|date]] Home visit with Mum alone (arranged by text). Wt 5.02 kg (9th-25th). Mum said [[Jordan|name]] now mostly
stays at his own flat on [[Fratton Road|address]] "when he's in a mood". She disclosed he "punched the door off the
wardrobe" in May. DASH done: 9 (standard). Given Portsmouth Domestic Abuse Service card. Mum refused referral to CSC. Will
discuss at next supervision.

[[11-Aug-2026|date]] 9-12 month review brought forward - clinic. DNA. [[Mylo|name]]'s nursery teacher, Mrs [[Shona Whitlock|name]], rang
me: [[Mylo|name]] says "Daddy [[Jordan|name]] throwed the telly". Note: [[Jordan|name]] is not [[Mylo|name]]'s father.

[[29-Sep-2026|date]] 15:15 Home visit (HV [[C. Moth|name]] and Nursery Nurse [[Priya Lal|name]])
Wt 5.46 kg - now below 0.4th centile line crossing (2 centile spaces). Length 66 cm. Baby pale, quiet, flat affect, did not
reach for toys. Small purple bruise (approx 1 cm) on the top of the left ear; Mum said "she caught it on the cot bars".
Non-mobile baby with a bruise: NICE / HIPS bruising protocol followed. Discussed with the Safeguarding Team ([[Gill|name]]) and
referred to Portsdown Vale MASH at 16:02 (call ref MASH-2609-1188, spoke to [[Ollie Brannigan|name]]). Baby to be seen by
the paediatrician at QA today. Mum upset but agreed. Nan [[Tina|name]] came from [[Rowner|place]] to mind [[Mylo|name]].

[[02-Oct-2026|date]] Strategy discussion (Teams): SW [[Bethany Searle|name]], DC [[Lewis Ferrante|name]] (Hampshire and Isle of Wight
Constabulary), Dr [[Aoife Kennelly|name]] (paediatrician), myself. S47 agreed. ICPC to be convened. Increased HV contact weekly.

[[09-Oct-2026|date]] Weight check at Nan's, [[22 Nimrod Drive|address]], [[Rowner|place]], [[PO13 8AH|postcode]] (baby staying there
under a safety plan). Wt 5.71 kg. Feeding well: "she's a gannet at my house". Nan has a cot and a clean, warm room.
[[16-Oct-2026|date]] Telephone call from MGM [[Tina|name]]: [[Ava-Lily|name]] has a cough and a runny nose; no fever, feeding. Advised
fluids, 111 if worse. [[Tina|name]] says [[Kayleigh|name]] has started going to the Baby Steps group at the Family Hub with a friend,
[[Sharna Whitcombe|name]], "who's got a little one the same age", and that [[Mylo|name]] "hasn't wet the bed once since he came".

[[20-Oct-2026|date]] ICPC (Chair: [[Nicola Page|name]]). Both children made subject to CP plans (neglect). Core group: SW
[[Bethany Searle|name]],
HV (myself), [[Mylo|name]]'s nursery teacher Mrs [[Whitlock|name]], Dr [[Oyelaran|name]] (GP), MGM, Mum. [[Jordan|name]] did not attend;
his solicitor's letter was read out. First core group [[03-Nov-2026|date]] at the Family Hub.

[[06-Nov-2026|date]] 9-12 month review, at Nan's (late, as above). Wt 6.34 kg (back to 2nd centile line and rising). Sitting
unsupported, babbling "na-na-na", passing toys hand to hand. ASQ-3: all areas above cut-off except fine motor (borderline).
[[Kayleigh|name]] fed her lunch (mashed sweet potato) and was warm and responsive; she said "I feel like I'm getting her back".
EPDS 9. MGM's partner, Mr [[Steve Lacey|name]], was present; he was polite and left for work at 11:00. [[Mylo|name]] showed me a
drawing of "Nanny [[Tina|name]], [[Steve|name]], Mummy, me and baby [[Ava|name]]" - [[Jordan|name]] and [[Dean|name]] are not in it.
Plan: Universal Partnership Plus; weight monthly; dental registration for [[Mylo|name]] (Mum to ring the dentist in [[Bridgemary|place]]).

Signed: [[Claire Moth|name]], Specialist Community Public Health Nurse (HV), [[023 9238 4417|phone]], [[claire.moth@nhs.net|email]]
"""),
    ("GP's letter to children's services", """Portsdown Group Practice
[[Marsden Road|address]], [[Paulsgrove|place]], [[Portsmouth|place]] [[PO6 4JB|postcode]]    Tel [[023 9237 6140|phone]]
Partners: Dr [[R. Bishop|name]], Dr [[K. Oyelaran|name]], Dr [[S. Patchett|name]]

[[6th October 2026|date]]

[[Bethany Searle|name]]
Social Worker, Assessment Team 2
Portsdown Vale Council Children's Social Care
Civic Offices, [[Guildhall Square|address]], [[Portsmouth|place]] [[PO1 2EA|postcode]]
By secure email only: [[bethany.searle@portsdownvale.gov.uk|email]]

Dear Ms [[Searle|name]],

Re: [[Ava-Lily POOK|name]], DOB [[11/03/2026|dob]], NHS [[4288040728|nhs]], and [[Mylo POOK|name]], DOB [[27/05/2022|dob]]
Mother: [[Kayleigh POOK|name]], DOB [[19/01/2004|dob]]    of [[14 Allaway Ave|address]], [[PO6 4HG|postcode]]

Thank you for your request for information for the section 47 enquiry and the initial child protection conference. I have
looked through the records of both children and their mother, with Ms [[Pook|name]]'s consent (recorded on [[5 October|date]]).

[[Ava-Lily|name]]
She has been seen at the practice four times. Her 8-week check was done late, at 11 weeks, on [[28 May 2026|date]] by Dr
[[Patchett|name]], when she had slipped from the 50th to the 25th centile; reflux was diagnosed and Gaviscon Infant prescribed.
Her first two sets of immunisations were given late; the third was missed (three letters sent). She was seen by me on
[[30 September 2026|date]], the day after her admission to Queen Alexandra Hospital, for a follow-up. I saw the healing bruise
on the left helix and agree with the hospital team that it needs a full explanation. No other marks.

[[Mylo|name]]
He is a healthy boy. He has had two A&E attendances: a head injury after falling off a sofa ([[14/02/2025|date]]) and a
swallowed button battery query ([[03/12/2025|date]]; X-ray clear). His mother brought him each time and sought help quickly.
His father, Mr [[Dean Carver|name]], is not registered with us.

Ms [[Pook|name]]
[[Kayleigh|name]] has been our patient since childhood. She was known to CAMHS at 15 (self-harm) and had a termination at 17.
After [[Ava-Lily|name]]'s birth she scored 14 on the EPDS (health visitor) and I diagnosed moderate postnatal depression on
[[12 May 2026|date]]. She takes sertraline 100 mg and was referred to Talking Therapies but did not opt in. At her review on
[[4 August 2026|date]] she told me she was "stuck in the flat" and that her partner "smokes weed all day and gets nasty". She
declined a referral to the domestic abuse service and asked me not to write to her home. Her mother, Mrs [[Tina Pook|name]],
is also our patient and gave permission for me to say that she is willing to help. Mrs [[Pook|name]] has hypertension and is
otherwise well.

Mr [[Jordan Haskell|name]] (DOB [[06/08/2002|dob]]) is registered with another practice (Fratton Park Surgery? - please check;
his address is given as [[Flat 9, 61 Fratton Road|address]], [[PO1 5BX|postcode]]). I hold no information on him.

Opinion
I am worried about [[Ava-Lily|name]]'s weight, her missed health care, the unexplained bruise in a non-mobile baby, her mother's
depression and the possibility of domestic abuse. I am, however, encouraged that [[Kayleigh|name]] has been honest with me and
that [[Ava-Lily|name]] has gained weight quickly in her grandmother's care. I will not be able to attend the conference on
[[20/10/2026|date]] in person, but Dr [[Oyelaran|name]] will join on Teams if possible.

Yours sincerely,

Dr [[Rachel Bishop|name]] MBChB MRCGP
GP Partner and Safeguarding Lead
cc: [[Claire Moth|name]], Health Visitor (Solent NHS Trust)
"""),
]

DOCS_A += [
    ("out-of-hours emergency duty team handover notes", """PORTSDOWN VALE EDT - HANDOVER TO DAY TEAMS - Sat [[17/10/26|date]] 08:45
From: [[Marc Delaney|name]] (EDT SW)    To: Assessment Team 2 duty / [[Bethany Searle|name]] (allocated)    Manager on call o/n:
[[J. Okafor|name]]

*** [[POOK|name]] / [[HASKELL|name]] - [[Ava-Lily Pook|name]] (7mths) / [[Mylo Pook|name]] (4) - CP enquiry open, ICPC Tue ***

22:51 Call from Mrs [[Tina Pook|name]] (MGM, carer under safety plan) on [[023 9258 1190|phone]] - v distressed. Says
[[Jordan HASKELL|name]]
(F of [[Ava-Lily|name]]) turned up at her house at [[Nimrod Dr|address]] [[Rowner|place]] approx 22:30, banging on door & windows,
shouting "give me my f***ing daughter". Had a mate with him in a car outside ("a white van, [[Wayne|name]] something, I think
[[Wayne Colenutt|name]]"). [[Kayleigh|name]] inside with her mum (allowed to stay overnight per plan). Advised 999. MGM had already rung.
23:05 Rang HIOWC control - log 1746 of [[16/10|date]]. Officers attending from [[Gosport|place]].
23:40 Call back from PC [[Hollie Dyson|name]]: [[Jordan|name]] gone on arrival. Van reg given by MGM as [[HX68 LPD|vehicle]] - PNC check
shows
registered to a [[Wayne Colenutt|name]] of [[Leigh Park|place]]. Kids asleep, unharmed; [[Mylo|name]] woke, "a bit shaken". Window of
front door cracked. PC [[Dyson|name]] to do DASH with [[Kayleigh|name]] & crime report (criminal damage / s4 POA).
00:15 [[Kayleigh|name]] rang EDT ([[07824 519 336|phone]]). Says [[Jordan|name]] has been texting her all eve, got "proper paranoid" since
the strat meeting, thinks she "grassed about the bruise". She showed PC [[Dyson|name]] the texts. Says she wants nothing to do
with him now. ?genuine - she has said this before per HV notes.
00:20 Spoke to [[J. Okafor|name]] (manager). Agreed: children remain with MGM tonight; police to attend on any further call (marker
placed on address); no need for emergency move. MGM happy to keep them. MGM's partner [[Steve Lacey|name]] arrived to stay
over (he lives in [[Lee-on-the-Solent|place]]). Not on our system - pls check.
01:30 PC [[Dyson|name]]: [[Jordan Haskell|name]] arrested at his flat on [[Fratton Rd|address]] ([[Fratton|place]]) at 01:10 for the
damage and breach of... nothing - no bail conditions yet (NFA from the bruise interview pending). Custody at Portsmouth
Central. He told officers "[[Dean|name]] put them up to it" - we think [[Dean Carver|name]] (F of [[Mylo|name]]). No known link.
07:55 Text from MGM: "all ok here, [[Ava|name]] had her bottle, [[Mylo|name]] wants pancakes lol. thank u for last night x"

Actions for day team:
1) [[Bethany|name]] - pls speak to DC [[Ferrante|name]] re bail conditions for [[Jordan|name]] (non-contact, not to attend [[Rowner|place]]
or
   [[Allaway Ave|address]]). Custody ref 44/18220/26.
2) Check [[Steve Lacey|name]] (DOB given as [[3/4/1969|dob]]) - PNC/LADO/our system, as he's staying over.
3) Update ICPC chair ([[Nicola Page|name]]) - incident to go in the report.
4) Replace MGM's glass - Housing? MGM says landlord is Mr [[Hockley|name]]? (spelt?) - [[Tina|name]] has his number.
EDT worker: [[M. Delaney|name]]    Time spent: 3h 10m    Mileage: nil
"""),
    ("court order recitals", """IN THE FAMILY COURT sitting at PORTSMOUTH                                     Case No: PO26C00297
The Children Act 1989
The Children: [[Ava-Lily Pook|name]] (a girl, born [[11 March 2026|dob]]) and [[Mylo Pook|name]] (a boy, born [[27 May 2022|dob]])

BEFORE District Judge [[Harcourt|name]] sitting in private on [[18 November 2026|date]]

The parties
The Applicant Local Authority: Portsdown Vale Council, represented by Ms [[Deborah Sloane|name]], solicitor
The First Respondent: [[KAYLEIGH POOK|name]], the mother, represented by Mr [[Ashok Ventakesh|name]] of counsel, instructed by
  [[Blake|name]] [[Morrish|name]] LLP
The Second Respondent: [[JORDAN HASKELL|name]], the father of [[Ava-Lily|name]], represented by Ms [[Fiona Grieve|name]], solicitor, of
  [[Brannon|name]] & [[Lusby|name]]
The Third Respondent: [[DEAN CARVER|name]], the father of [[Mylo|name]], who did not attend and was not represented
The Fourth and Fifth Respondents: the children, through their Children's Guardian, [[Olwen Teague|name]], represented by
  Mr [[Tobias Wren|name]], solicitor
Intervener: none. Also present: Mrs [[Tina Pook|name]] (maternal grandmother), by permission of the court

RECITALS
UPON the Local Authority's application dated [[28 October 2026|date]] for interim care orders in respect of both children
AND UPON the Local Authority amending its interim care plan at this hearing so that it seeks interim supervision orders only,
  the children to live with their maternal grandmother, Mrs [[Tina Pook|name]], at [[22 Nimrod Drive|address]], [[Gosport|place]]
  [[PO13 8AH|postcode]] under a child arrangements order
AND UPON the Court reading the bundle, including the social work evidence statement of [[Bethany Searle|name]] dated [[27/10/2026|date]]
  and the report of Dr [[Aoife Kennelly|name]], consultant paediatrician, dated [[2 October 2026|date]]
AND UPON the mother confirming that she will live with the maternal grandmother and will not allow the second respondent into
  the home, and that she will attend her GP, the Talking Therapies service and the Freedom Programme at the Portsmouth
  Abuse and Rape Counselling Service
AND UPON the second respondent not opposing the interim orders but not accepting the threshold, and the court noting that he
  is on police bail until [[12/01/2027|date]] with conditions not to contact the mother or to go to [[Rowner|place]]
AND UPON the court being told that the third respondent was served at [[Flat 2, 115 Kingston Road|address]], [[Buckland|place]], on
  [[4 November 2026|date]], by Ms [[Searle|name]] and a colleague, Mr [[Callum Voke|name]]; and noting that Mr [[Carver|name]] told
  them by telephone ([[07392 840 115|phone]]) that he "wants to see [[Mylo|name]] but not in court"
AND UPON Mrs [[Pook|name]] agreeing to be assessed as a special guardian for both children, and the Local Authority agreeing
  to complete that assessment by [[26 February 2027|date]] (assessor: Ms [[Yvonne Dunstan|name]], Kinship Care Team)
AND UPON the parties agreeing that the mother's hair strand and the second respondent's hair strand tests be carried out by
  Cansford Laboratories
AND UPON the Children's Guardian supporting the interim plan

IT IS ORDERED THAT
1. The children are made subject to interim supervision orders in favour of Portsdown Vale Council until the conclusion of the
   proceedings or further order.
2. The children shall live with Mrs [[Tina Pook|name]] (born [[2 July 1973|dob]]) under an interim child arrangements order.
3. The second respondent shall have supervised contact with [[Ava-Lily|name]] once a week at the Buckland Contact Centre.
4. The matter is listed for a Case Management Hearing on [[13 January 2027|date]] at 10:00 before District Judge [[Harcourt|name]]
   (time estimate 1 hour), to be attended by the parties in person.
Dated [[18/11/2026|date]]
"""),
]

# --- B. Mayhew / Stebbing family (white British), Jaywick, Clacton-on-Sea ---------------------------------------------

HOME_B = d.Address("7 Brooklands", "Jaywick", "Clacton-on-Sea", "CO15 2JJ")
NAN_B = d.Address("41 Regent Road", "", "Brightlingsea", "CO7 0NL")
DAD_B = d.Address("118 Hawthorn Avenue", "Greenstead", "Colchester", "CO4 3QP")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Charlie-Ray", "Mayhew")], dt.date(2015, 3, 14), [HOME_B], ids=["7981135117", "Y881661401629"],
       schools=["Shorefields School"]),
    _p("s", "sibling", [("Kacie", "Mayhew")], dt.date(2011, 9, 2), [HOME_B], ids=["4699833977", "Z881850933035"],
       phones=["07578 310 952"], schools=["Clacton Coastal Academy"]),
    _p("m", "mother", [("Leanne", "Mayhew")], dt.date(1988, 6, 25), [HOME_B], phones=["07445 870 126"],
       ids=["7260007052", "SK 72 09 31 C"]),
    _p("f", "father", [("Lee", "Stebbing")], dt.date(1986, 1, 8), [DAD_B], phones=["07889 146 207"]),
    _p("o", "other", [("Gary", "Pettit")], dt.date(1979, 10, 17), [HOME_B], phones=["07521 663 094"], ids=["NB 35 82 67 D"]),
    _p("g", "grandparent", [("Maureen", "Mayhew"), ("Roy", "Mayhew")], dt.date(1958, 12, 1), [NAN_B], phones=["01206 864 220"]),
    _p("p1", "professional", [("Rebecca", "Gowers")], phones=["01255 428 613", "07459 228 731"],
       emails=["rebecca.gowers@colnehaven.gov.uk"]),
    _p("p2", "professional", [("Marie", "Oakley")], phones=["01255 221 704"], emails=["m.oakley@shorefields.essex.sch.uk"]),
], "c")

DOCS_B = [
    ("disabled children's team assessment extract", """COLNE HAVEN COUNCIL - DISABLED CHILDREN'S TEAM (0-18) - CHILD AND FAMILY ASSESSMENT
(sections 3 to 7; the family's copy, easy read summary attached separately)
Child: [[Charlie-Ray MAYHEW|name]]    DOB [[14.03.2015|dob]]    NHS [[798 113 5117|nhs]]    UPN [[Y881661401629|upn]]
School: [[Shorefields School|school]] (Year 7, Class Kingfisher)    EHCP: yes (review due [[02/02/2027|date]])
Home: [[7 Brooklands|address]], [[Jaywick|place]], [[Clacton-on-Sea|place]], Essex [[CO15 2JJ|postcode]]
Household: [[Leanne Mayhew|name]] (mother, 38); [[Kacie Mayhew|name]] (sister, 15, [[Clacton Coastal Academy|school]]); [[Gary Pettit|name]]
(mother's partner, 47, since 2023)    Father: [[Lee Stebbing|name]], [[Greenstead|place]], [[Colchester|place]] (parental responsibility)
Assessing worker: [[Rebecca Gowers|name]], Social Worker, DCT North East    Started [[08/09/2026|date]]    Completed [[20/10/2026|date]]

3. About [[Charlie-Ray|name]]
[[Charlie-Ray|name]] ("[[Chaz|name]]" to his family, "CR" at school) is 11. He has autism with a severe learning disability, is
non-verbal and has epilepsy (tonic-clonic and absence seizures), for which he has Epilim and a rescue plan with buccal
midazolam. He communicates with PECS, some Makaton signs ("more", "finish", "drink", "Mummy") and by leading an adult by the
hand. He loves water, lorries, the Hey Duggee theme tune, Quavers and being squeezed in a blanket. He does not sleep more
than four hours a night and often wakes at 2am. He cannot be left alone for a moment: he climbs, mouths objects, has run out
of the front door twice (once onto [[Meadow Way|address]]) and has no sense of danger near the sea wall. He is doubly
incontinent. He weighs 48 kg and is as tall as his mum, and when he is distressed he bites his hand and headbutts walls
and, sometimes, people. His teacher, Mrs [[Marie Oakley|name]], says: "In class he is a joy. He is a different boy when
he knows what's coming." The community paediatrician, Dr [[Ifeoma Chukwu|name]] (Colchester Hospital), is reviewing his
sleep medication; the epilepsy nurse is [[Janine Fairweather|name]].

4. His family
[[Leanne|name]] gave up her job at the amusements on the seafront when [[Charlie-Ray|name]] was 3. She is his main carer, 24 hours a
day in the holidays. She said: "I love him to bits, but I'm running on empty. I haven't slept a night through in eleven
years." She has been prescribed diazepam by her GP for panic attacks, and was tearful throughout. She has a bad back from
lifting him and is waiting for physiotherapy.
[[Gary|name]] works shifts at a distribution centre in [[Harwich|place]]. [[Leanne|name]] said he "does his best but can't cope with
[[Chaz|name]]'s screaming" and goes to his brother's in [[St Osyth|place]] "for peace". [[Gary|name]] told me: "It's not my boy,
but I've been here three years, I'm not going anywhere." He does the school taxi mornings when he is on lates.
[[Kacie|name]] is 15 and a young carer. She gets up in the night with her brother, changes him, and does the cooking when her
mum is "bad with her nerves". Her attendance at [[Clacton Coastal|school]] is 79%. She told me in private that she "hates"
that her friends can't come round, that she has "done stuff" to her arms (she showed me old scratches, none recent) and
that she goes to [[Walton|place]] at weekends to see her boyfriend, [[Brandon|name]], who is 19. She is referred to Essex Young
Carers and a separate assessment will look at [[Brandon|name]].
[[Lee Stebbing|name]] sees the children about once a month at McDonald's in [[Clacton|place]]. He lives with his partner and her baby,
[[Harlow|name]]. He said: "[[Leanne|name]] never asks me for help." He could have [[Kacie|name]] for weekends but "not [[Chaz|name]],
the flat's not safe for him".
Nan [[Maureen|name]] and Grandad [[Roy Mayhew|name]] in [[Brightlingsea|place]] had [[Charlie-Ray|name]] every Saturday until Grandad
[[Roy|name]]
had his heart attack in June. Nan still comes on a Wednesday on the bus.

5. The home
A two-bedroom chalet bungalow, privately rented from Mr [[Feroze|name]], who has not yet agreed to any changes. [[Charlie-Ray|name]] shares
a room with
[[Kacie|name]], which she hates; there is no bath, only a shower he is scared of; the garden is not secured; the windows
have no restrictors. Adaptations are not possible in a private let of this kind. The landlord's agent is Tendring Lettings.

6. Analysis
[[Charlie-Ray|name]] is a child in need because of his disability. His needs are being met with love but at enormous cost to
his mother's health and his sister's childhood, and the family is near breaking point. His safety at home is not assured.

6a. Who I spoke to for this assessment
[[Leanne|name]] (four visits); [[Gary|name]] (two visits and a call); [[Kacie|name]] (alone, twice); [[Lee Stebbing|name]] (by phone and
once at
McDonald's with the children); Nan [[Maureen Mayhew|name]] (by phone, [[01206 864 220|phone]]); Mrs [[Marie Oakley|name]] and the school's
family liaison officer, [[Tanya Brazier|name]]; Dr [[Chukwu|name]]; [[Janine Fairweather|name]] (epilepsy nurse); the GP, Dr
[[Mahmood|name]]
at the surgery on [[Jaywick Lane|address]]; [[Kacie|name]]'s Head of Year, Mr [[Josh Eldred|name]]; and [[Charlie-Ray|name]]'s taxi escort
of six years,
[[Bev Osborne|name]], who said: "His mum does a brilliant job. I've seen her in a state at half seven though, more than once."
[[Charlie-Ray|name]] was seen at home three times and at school once; I used his PECS book and an objects-of-reference board with
him, with the help of the school's speech and language therapist, [[Naomi Gillingham|name]].

7. Plan
- Overnight short breaks: two nights a fortnight at The Willows short break unit, subject to panel on [[5 November 2026|date]].
- Direct payment for a personal assistant, 8 hours a week (Saturday). [[Leanne|name]] would like her cousin [[Jodie Mayhew|name]] as
  the PA.
- OT assessment for a safe space bed and window restrictors ([[Kelly Bourne|name]], OT, [[01255 686 340|phone]]).
- Housing: a referral to the Colne Haven housing register on medical grounds for an adapted three-bedroom property.
- Young carer's assessment for [[Kacie|name]]; a CAMHS consultation about self-harm.
- A review of this plan on [[19 January 2027|date]].
"""),
    ("voicemail transcriptions", """[Voicemails left on the work mobile of [[Rebecca Gowers|name]] ([[07459 228 731|phone]]), Disabled
Children's Team, as
transcribed automatically by the phone system (Voicemail-to-Text). Copied to the case record on [[12/11/2026|date]] without
correcting the transcription. Times are when each message was left.]

From [[07445 870 126|phone]] ([[Leanne Mayhew|name]]) - Mon [[2 Nov|date]] 07:12 - 0:58
hi [[rebecca|name]] its [[leanne|name]] um [[charlie ray|name]] had three seizures in the night I had to give him the midazolam
at like half three and he's just gone back off now i'm not sending him to school I can't get him in the taxi anyway and
[[gary|name]] has gone to work so um yeah can you call me when you get this I've not slept at all thanks bye

From [[01206 864 220|phone]] - Mon [[2 Nov|date]] 11:40 - 1:21
oh hello this is [[maureen mayhew|name]] [[charlie|name]]'s nan I've got a message for [[rebecca|name]] if that's alright I'm a
bit worried about my daughter she rang me crying this morning and she said she can't do it no more and I said to her
[[leanne|name]] don't be silly but she's not herself and my [[roy|name]] can't drive since his heart so I can't get over to [[jay
wick|place]] till the bus this afternoon can you ring me on this number or my mobile is oh seven nine... no I don't know
it sorry the landline is best thank you very much bye bye

From [[01255 221 704|phone]] - Tue [[3 Nov|date]] 09:05 - 0:44
morning [[rebecca|name]] it's [[marie oakley|name]] from [[shore fields|school]] just to let you know [[charlie ray|name]]'s in today
and he's fine um he came in the taxi with [[gary|name]] but he has got a bruise on his forearm that mum said was from
when he was seizing I've logged it on cpoms there's nothing else just wanted you to know thanks bye

From [[07578 310 952|phone]] ([[Kacie Mayhew|name]]) - Thu [[5 Nov|date]] 22:47 - 0:31
hi it's [[casey|name]] [[charlie|name]]'s sister um mum's locked herself in the bathroom and [[gary|name]]'s not answering and
[[charlie|name]]'s
screaming i don't know what to do can someone ring me back please

From [[07459 228 731|phone]] (Out of Hours forward) - Thu [[5 Nov|date]] 23:30 - 0:52
hi [[becky|name]] it's [[dan|name]] from EDT just so you know first thing we had a call from [[kacie|name]] last night mum had taken
some tablets police and ambulance went to [[brooklands|address]] mum's gone to colchester general [[kacie|name]] and
[[charlie ray|name]] went to nan in [[brightlingsea|place]] with the police I've emailed you the full log cheers bye

From [[07889 146 207|phone]] - Fri [[6 Nov|date]] 08:15 - 1:02
yeah alright it's [[lee stebbing|name]] the kids dad um [[kace|name]] messaged me in the night about her mum I didn't see it
till this morning I'm at work in [[tiptree|place]] but I can get [[kacie|name]] after school and she can stay at mine for the
weekend yeah and I'll speak to [[sky|name]] about [[charlie|name]] maybe Saturday with my mum ring me back yeah cheers

From [[07521 663 094|phone]] - Fri [[6 Nov|date]] 13:20 - 0:47
hello it's [[gary pettit|name]] I'm at the hospital with [[leanne|name]] she's ok they're keeping her in for the mental health
team to see her she wanted me to say please don't take the kids off her she's sorry she just needed to sleep can you
ring me thanks
"""),
]

DOCS_B += [
    ("scanned short breaks request form (OCR text)", """[Scanned document: "REQUEST FOR OVERNIGHT SHORT BREAKS - PARENT/CARER SECTION".
Handwritten
in capitals by the mother; received at the DCT on [[16/11/2026|date]]; text by optical character recognition, not checked.
Boxes that could not be read are shown as [?].]

COLNE HAVEN C0UNCIL  -  DISABLED CHILDREN'S TEAM  -  F0RM SB2 (rev. 03/25)

1. ABOUT THE CHILD
Surname:    [[M A Y H E W|name]]
First name(s):  [[C H A R L I E - R A Y|name]]
Known as:   [[CHAZ|name]]
Date of birth:  [[1 4 / 0 3 / 2 0 1 5|dob]]          NHS no: [[798 113 5117|nhs]]
Address:  [[7 BR00KLANDS|address]]
          [[JAYWICK|place]]   [[CLACT0N-0N-SEA|place]]
Postcode: [[C015 2JJ|postcode]]
School / college:  [[SH0REFIELDS|school]]

2. ABOUT YOU (PARENT / CARER)
Name: [[LEANNE MAYHEW|name]]      Relationship: MUM
Tel (home): NONE      Mobile: [[07445 870126|phone]]
Email:  [[leannemayhew88@hotmail.co.uk|email]]
Other adults in the house:  [[GARY PETTIT|name]] (PARTNER)  [[KACIE|name]] (DAUGHTER 15)

3. WHO ELSE HELPS? (family, friends, neighbours)
MY MUM [[MAUREEN|name]] ([[BRIGHTLINGSEA|place]]) W[?]DNESDAY.  MY COUSIN [[JODIE|name]] - [[07983 551 206|phone]]
NEXT DOOR [[PAT|name]] + [[DES CHAPLIN|name]] WILL WATCH HIM 10 MINS IF I HAVE TO.
HIS DAD [[LEE|name]] SOMETIMES.

4. WHAT IS A NORMAL DAY/NIGHT LIKE? (use extra sheet if needed)
UP AT 2 OR 3 MOST NIGHTS. SCREAMS + BANGS HEAD. I SIT WITH HIM TILL 5. [[KACIE|name]] DOES HIS BREAKFAST SO I CAN
SHOWER. HE HAS 4 OR 5 SEIZURES A WEEK NOW. I CANT TAKE HIM TO THE BEACH NO MORE HE RUNS STRAIGHT IN THE SEA.
HE DOSNT UNDERSTAND WHY [[KACIE|name]] IS AT HER DADS IN [[C0LCHESTER|place]].

5. WHAT DIFFERENCE WOULD A SHORT BREAK MAKE?
I COULD SLEEP. I COULD GO TO [[KACIE|name]]S PARENTS EVENING. I WOULD NOT OF DONE WHAT I DID ON THE 5TH.

6. IS THERE ANYTHING STAFF MUST KNOW? (allergies, medication, behaviour, likes/dislikes)
NO PENICILIN. EPILIM 300MG 2X A DAY. BUCCAL MIDAZ0LAM IF FIT OVER 5 MINS. LIKES LORRIES, WATER, QUAVERS,
HEY DUGGEE. HATES HAIR CUT + DOGS + HAND DRYERS. SQUEEZE HIS HANDS IF HE BITES. WEARS PULL UPS.

7. DECLARATION
I agree to the council sharing this form with The Willows and with [[Charlie-Ray|name]]'s school.
Signed: [[L Mayhew|name]]          Date: [[1[?]/11/2026|date]]
Witnessed (staff use): [[R. GOWERS|name]] SW      Received: [[16 NOV 2026|date]]      Panel date: [[03/12/2026|date]]
"""),
    ("contacts tracker pasted from a spreadsheet", """[Pasted from "DCT caseload tracker 2026.xlsx", tab "[[MAYHEW|name]] C-R", by
[[R. Gowers|name]] for the short breaks panel
on [[3 December 2026|date]]. Columns as in the sheet; blank cells kept.]

Date	Type	With	By	Notes	RAG
[[08/09/2026|date]]	Home visit	[[Leanne|name]], C-R	RG	Assessment started. Chalet at [[7 Brooklands|address]]. No restrictors.	A
[[15/09/2026|date]]	School visit	[[Marie Oakley|name]]	RG	Seen C-R in class at [[Shorefields|school]]. Settled, PECS well.	G
[[22/09/2026|date]]	Phone	[[Lee Stebbing|name]]	RG	Dad agrees to help w/ [[Kacie|name]] wknds. Not C-R.	A
[[29/09/2026|date]]	Home visit	[[Kacie|name]] (alone)	RG	Young carer. Self-harm (old). Bf [[Brandon|name]] 19, [[Walton|place]].	R
[[01/10/2026|date]]	Email	Essex Young Carers	RG	Referral sent for [[Kacie|name]].
[[06/10/2026|date]]	Home visit	[[Gary Pettit|name]], [[Leanne|name]]	RG	[[Gary|name]] frustrated; wants "a break for everyone".	A
[[13/10/2026|date]]	Multi-agency mtg	Dr [[Chukwu|name]], [[J Fairweather|name]], [[M Oakley|name]]	RG	Meds review; sleep
clinic referral.	A
[[20/10/2026|date]]	Assessment	-	RG	C&F assessment signed off by [[Darren Quilter|name]] (TM).	A
[[02/11/2026|date]]	Voicemail	[[Leanne|name]]; Nan [[Maureen|name]]	RG	3 seizures o/n. Mum "can't do it no more".	R
[[02/11/2026|date]]	Home visit	[[Leanne|name]], Nan [[Maureen|name]]	RG	Safety plan; GP same day; crisis team rang.	R
[[05/11/2026|date]]	EDT	[[Kacie|name]]; police; EEAST	[[Dan Pryke|name]] (EDT)	Mum OD (sertraline + diazepam). Admitted Colchester
Hospital.	R
[[05/11/2026|date]]	Panel	-	RG	Short breaks deferred: no bed at The Willows till Jan.	R
[[06/11/2026|date]]	Placement	Nan [[Maureen|name]], Grandad [[Roy|name]]	RG	Both children to [[41 Regent Rd|address]],
[[Brightlingsea|place]] [[CO7 0NL|postcode]]. S20 not needed.	A
[[09/11/2026|date]]	Home visit	[[Leanne|name]] (discharged)	RG	Home Treatment Team daily. Mum wants kids home.	A
[[11/11/2026|date]]	Strategy	DS [[Kerry Manktelow|name]], RG, [[D Quilter|name]]	RG	No S47: no harm by carers; CIN +
urgent support.	A
[[12/11/2026|date]]	Phone	Mr [[Feroze|name]] (landlord), [[07951 883 042|phone]]	RG	Agreed restrictors + gate, fitted
[[16/11|date]].	G
[[16/11/2026|date]]	Form	SB2 from [[Leanne|name]]	RG	Scanned to file.	G
[[18/11/2026|date]]	Home visit	All	RG	Children home. [[Jodie Mayhew|name]] PA starts Sat. Direct payment set up (NI
[[SK 72 09 31 C|ni]]).	A
[[25/11/2026|date]]	Phone	[[Kacie|name]]	RG	Going to young carers group in [[Clacton|place]] Tues. "its actually good".	G
[[01/12/2026|date]]	Email	[[Funke Adeyinka|name]] (Willows mgr)	RG	Emergency bed found from [[11/12|date]] - 2 nights/fortnight.	G
"""),
]

# --- C. Ferdinand-Cole / Cole family (mixed White and Black Caribbean), Chantry, Ipswich ----------------------------

HOME_C = d.Address("31 Sheldrake Drive", "Chantry", "Ipswich", "IP2 0XD")
NAN_C = d.Address("12 Defoe Road", "Whitton", "Ipswich", "IP1 6SG")
UNIT_C = d.Address("Kestrel House, 4 Chapel Lane", "Bildeston", "Ipswich", "IP7 7EP")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Malachi", "Ferdinand-Cole"), ("Mal", "Ferdinand-Cole")], dt.date(2009, 4, 22), [UNIT_C, HOME_C],
       ids=["7148970717", "R935871300472", "PE 30 71 95 C"], phones=["07410 552 893"], schools=["Suffolk New College"]),
    _p("s", "sibling", [("Chelsea", "Cole")], dt.date(2014, 7, 30), [HOME_C], ids=["H935316796667"],
       schools=["Chantry Academy"]),
    _p("m", "mother", [("Gemma", "Cole")], dt.date(1990, 2, 11), [HOME_C], phones=["07480 117 625"], ids=["JK 51 26 83 A"]),
    _p("f", "father", [("Devon", "Ferdinand")], dt.date(1987, 9, 5), phones=["07840 339 617"]),
    _p("g", "grandparent", [("Hyacinth", "Ferdinand")], dt.date(1956, 1, 18), [NAN_C], phones=["01473 432 815"]),
    _p("p1", "professional", [("Abigail", "Runnacles")], phones=["01473 263 918", "07388 641 930"],
       emails=["abigail.runnacles@orwellvale.gov.uk"]),
    _p("p2", "professional", [("Donna", "Cattermole")], phones=["01449 780 352"], emails=["manager.kestrel@oakridgecare.co.uk"]),
], "c")

DOCS_C = [
    ("residential children's home daily log", """OAKRIDGE CARE - KESTREL HOUSE - YOUNG PERSON'S DAILY LOG (exported from Clearcare)
Young person: [[Malachi Ferdinand-Cole|name]] ("[[Mal|name]]")    DOB [[22/04/2009|dob]]    Placing authority: Orwell Vale Council
Legal status: s31 full care order    Social worker: [[Abigail Runnacles|name]]    Registered manager: [[Donna Cattermole|name]]
Missing protocol: Suffolk Constabulary, risk level MEDIUM. Photo on file. Known associates: see [[Abigail|name]]'s email of [[12/09|date]].

Fri [[25/09/2026|date]]
07:30-15:00 (day shift: [[Kyle Bugg|name]], [[Ashley Mortimer|name]], [[Femi Oduwole|name]])
[[Mal|name]] got up at 11:20 after three wake-ups. No college today (he says "they don't do Fridays", which [[Kyle|name]] will check
with [[Suffolk New College|school]]). Cooked himself a full English and cleaned up after. Played FIFA with [[Ashley|name]] in the lounge
and lost badly, good banter. Phoned his mum at 13:00 - the call was short and he said afterwards that [[Chelsea|name]] "has got
my old room now, fair enough". Asked for his £12 clothing money early; agreed, receipts to be kept. Mood: 7/10.
15:00-23:00 (late shift: [[Ashley Mortimer|name]], [[Nadia Osei|name]], [[Ryan Folkard|name]] (agency))
16:10 [[Mal|name]] left for the bus to [[Ipswich|place]] "to see my nan". Agreed time back: 21:30. [[Ashley|name]] rang Nan
[[Hyacinth|name]]
on [[01473 432 815|phone]] at 18:00 - he had been there, had his dinner, and left at 17:30 "to see a friend in [[Chantry|place]]".
21:30 Not back. Called his phone x3 ([[07410 552 893|phone]]), WhatsApp ticks grey. Snap map off.
21:45 Rang his mum, [[Gemma|name]] ([[07480 117 625|phone]]); not seen him. She said: "He'll be with them lot from [[Tottenham|place]]
again." Checked Instagram: story posted 20:58 from a car, a hand with a fan of £20 notes, song by Headie One. No faces.
22:30 Reported missing to Suffolk Constabulary, ref 37-25092026-0412. Manager on call ([[Donna|name]]) informed. EDT informed.
23:00 Handover to waking night.
23:00-07:30 (waking night: [[Tracey Snell|name]], [[Ryan Folkard|name]])
00:40 PC [[Ellis Moyse|name]] visited for a photo and description. Told him [[Mal|name]] was last seen in a black Seat Leon,
[[AF70 BZK|vehicle]]
(Nan saw it outside and wrote it down), driven by an older man she called "[[Tiny|name]]".
02:10 [[Mal|name]] returned by taxi (paid for by someone else). Smelled of cannabis, pupils big, hungry. Said he was "just chilling
in [[Whitton|place]]" and "[[Tiny|name]] is a family friend, calm down". Had a new iPhone he did not have this morning. Refused
to hand it over. Went to bed 02:40. Police informed 02:15 - found safe. Return home interview to be offered by the council.
03:30 Heard crying from his room. [[Tracey|name]] knocked; he said "I'm fine, leave it". Checked through the door every 15 min.

Sat [[26/09/2026|date]]
07:30-15:00 (day: [[Donna Cattermole|name]], [[Kyle Bugg|name]], [[Sian Wolton|name]])
[[Mal|name]] slept until 13:00. [[Donna|name]] talked to him over a bacon sandwich. He said he went to [[Whitton|place]] and then
"to [[Tottenham|place]] for a bit" to see his dad, [[Devon|name]], "but he weren't there". He was dropped back in [[Ipswich|place]] and
"a man" paid for the taxi. He asked whether he is in trouble. [[Donna|name]] said no, that we worry about him and that
[[Abigail|name]] will want to talk about [[Tiny|name]]. He got angry: "You lot think every Black boy is in a gang." Then calmer.
15:10 Incident: [[Mal|name]] tried to leave with a rucksack (staff could see it was heavy). [[Ashley|name]] (arrived early for the late
shift) stood in the doorway. [[Mal|name]] pushed past; [[Ashley|name]] held his arm and they both fell against the radiator in the
porch. [[Mal|name]] has a cut above his right eyebrow (first aid by [[Sian|name]]; steri-strips) and says [[Ashley|name]] "put me in
a headlock". [[Ashley|name]] says it was a "guide" and not a restraint. Not a recognised PRICE hold. Incident form IR-0926-07 done.
[[Mal|name]] went to his room; rucksack left in the porch (contents: clothes and a PS5 controller only).
16:00 [[Donna|name]] spoke to [[Ashley|name]] and sent him home pending a conversation with the LADO (see the referral).
Mood after: 3/10. He rang his nan and cried on the phone. [[Hyacinth|name]] asked to speak to the manager and said: "Lord have
mercy, that boy is not a criminal."

Sun [[27/09/2026|date]]
07:30-15:00 (day: [[Kyle Bugg|name]], [[Nadia Osei|name]], [[Femi Oduwole|name]])
[[Mal|name]] up at 09:00 (!) to go to church with his nan - [[Kyle|name]] drove him to [[Whitton|place]] and Nan [[Hyacinth|name]] took him
on
the bus into town. [[Kyle|name]] met his aunty, [[Marcia Ferdinand|name]], who was visiting from [[Birmingham|place]]; she said [[Mal|name]]
is
"the spit of his grandad [[Clement|name]]". Back at 13:30, in a good mood, with a foil tray of rice and peas and curry goat from
Nan for the staff. [[Nadia|name]] did his cut check - clean, healing. [[Mal|name]] said he "doesn't want [[Ash|name]] sacked, just moved".
Another young person, [[Kaden|name]], and [[Mal|name]] played pool; some name-calling about [[Kaden|name]]'s mum; sorted by [[Femi|name]].
15:00-23:00 (late: [[Nadia Osei|name]], [[Ryan Folkard|name]], [[Declan Harvey|name]] (bank))
17:00 Video call with his sister [[Chelsea|name]] on [[Gemma|name]]'s phone. He helped her with her maths homework (fractions). Lovely.
19:30 [[Mal|name]] asked [[Declan|name]] whether the police "will do anything about [[Tiny|name]]", and whether [[Tiny|name]] "can find out
where
Kestrel is". Reassured; told [[Abigail|name]] will speak to him on Monday with DC [[Rhiannon Tye|name]].
22:15 In his room, phone handed in at 22:00 as agreed (first time this month). Slept by 23:00. Mood: 6/10.
Entries checked by: [[D. Cattermole|name]], Registered Manager, [[28/09/2026|date]] 08:15
"""),
    ("LADO referral", """ORWELL VALE COUNCIL - LOCAL AUTHORITY DESIGNATED OFFICER (LADO) - REFERRAL FORM
Received: [[28 September 2026|date]] 09:12 by [[Stuart Garnham|name]], LADO    Ref: LADO/26/0318

1. Referrer
Name: [[Donna Cattermole|name]]    Role: Registered Manager, Kestrel House (Oakridge Care Ltd)    Tel: [[01449 780 352|phone]]
Email: [[manager.kestrel@oakridgecare.co.uk|email]]    Address: [[Chapel Lane|address]], [[Bildeston|place]], [[IP7 7EP|postcode]]

2. Person the allegation is about
Name: [[Ashley MORTIMER|name]]    DOB: [[14/12/1996|dob]]    Role: Residential Support Worker (since March 2025)
Home address: [[Flat 4, 27 Norwich Road|address]], [[Ipswich|place]] [[IP1 2ET|postcode]]    Mobile: [[07414 906 357|phone]]
Other work with children: volunteer coach at an under-14s football club in [[Kesgrave|place]]; weekend shifts for a second
provider (Brightwell Care). DBS enhanced (children's barred list) [[11/02/2025|date]].

3. The child
Name: [[Malachi FERDINAND-COLE|name]]    DOB: [[22.04.2009|dob]]    Looked after by Orwell Vale Council (s31)
Social worker: [[Abigail Runnacles|name]] ([[07388 641 930|phone]])    IRO: [[Helen Kemball|name]]

4. What happened (facts only)
(a) On Saturday [[26 September 2026|date]] at about 15:10, when [[Malachi|name]] tried to leave the home after a missing episode,
Mr [[Mortimer|name]] blocked the door and took hold of him. [[Malachi|name]] says he was put in a headlock; Mr [[Mortimer|name]]
says he guided him by the arm and they fell. [[Malachi|name]] has a 2 cm cut above his right eyebrow. The CCTV in the porch
(no sound) shows Mr [[Mortimer|name]]'s arm around [[Malachi|name]]'s neck for about four seconds. No other staff saw it.
(b) When we looked at the home's phone log on [[27/09/2026|date]], another young person, [[Kaden|name]] (15, placed by a different
authority), told [[Kyle Bugg|name]] that "[[Ash|name]] follows [[Mal|name]] on Snap and sends him stuff". [[Malachi|name]] agreed to show
me his Snapchat: Mr [[Mortimer|name]] (display name "[[Ash M|name]]") has messaged him outside work, including at 00:41 on
[[19 September|date]]: "u good bro? dont tell [[Donna|name]] i gave u that, i'll sort u more friday". [[Malachi|name]] says "that" was
£20 and a vape.
(c) [[Malachi|name]] also said Mr [[Mortimer|name]] "knows [[Tiny|name]] from the gym in [[Ipswich|place]]". We do not know if this is true.

5. Action already taken
Mr [[Mortimer|name]] is suspended on full pay from [[27/09/2026|date]]. [[Malachi|name]]'s social worker, his mother ([[Gemma
Cole|name]]) and Ofsted (notification under Regulation 40) have been told. Police (Suffolk Constabulary, DC [[Rhiannon
Tye|name]], Child Exploitation Team) told on [[27/09|date]] because of the link to exploitation. Mr [[Mortimer|name]]'s own manager
at his other job has not yet been told - LADO to advise.

6. LADO's initial decision (completed by [[S. Garnham|name]], [[28/09/2026|date]] 11:40)
The threshold is met on all three limbs (harm; possible criminal offence; behaviour suggesting unsuitability). An
allegations management meeting is set for [[1 October 2026|date]] at 14:00 (Teams), with DC [[Tye|name]], [[Donna Cattermole|name]],
Oakridge Care's Responsible Individual ([[Paul Gooderham|name]]), [[Abigail Runnacles|name]], the football club's welfare officer
([[Sue Rumsby|name]]) and HR for Brightwell Care. Mr [[Mortimer|name]] is not to be told about 4(b) and 4(c) until the police agree.
"""),
]

DOCS_C += [
    ("independent reviewing officer's notes", """IRO NOTES - LAC REVIEW (3rd) - [[MALACHI FERDINAND-COLE|name]] - my working notes, not the
record. Typed up after.
[[12.10.26|date]], 4pm, Kestrel House ([[Bildeston|place]]). [[H Kemball|name]] IRO.

Present: YP (first 30 min + end), Mum ([[Gemma|name]]), Nan (Mrs [[Ferdinand|name]]) by phone, SW [[A Runnacles|name]], keyworker
[[Kyle|name]] (for [[Donna|name]]), PA from 16+ team [[Jerome Lindo|name]] (first time), Virtual School Mrs [[Threadgold|name]],
[[SNC|school]]
tutor [[Dele|name]] (on Teams, dropped off twice). Dad ([[Devon F|name]]) - rang [[07840 339 617|phone]] x2, no ans. Left VM.

YP views - [[Mal|name]] v clear:
- wants to stay at Kestrel "till I'm 18 then my own flat in [[Ipswich|place]] not [[Stowmarket|place]], I'm not a farmer"
- [[Ash|name]]: "he was alright til he weren't". doesn't want him back. doesn't want to give a statement ("not a snitch") but
  will talk to [[Abigail|name]]
- wants more time w/ [[Chelsea|name]] - "she's 12, she needs her big brother". also wants to see nan every Sun for church
  (Pentecostal, Nan goes to New Testament Church of God in [[Ipswich|place]]) - AGREED
- college: doing Level 1 Construction at [[Suffolk New College|school]], likes it, tutor [[Dele|name]] "actually rates me"
- "I want my passport so I can go [[Spanish Town|place]] to see Aunty [[Merle|name]] before she dies"
- says no one from [[Tottenham|place]] is "on him" now. Didn't want to talk about [[Tiny|name]]. Said "he's nobody". ???

Mum: tearful. Says she "lost him" when he was 13 and Dad came back into his life. Wants contact every week at hers in
[[Chantry|place]]. Worried about [[Chelsea|name]] copying him. Asked re leaving care money. Still working at Tesco [[Copdock|place]].
Nan (phone): "I pray for him every night." Offers a room at hers after 18 - NB Nan is 70, housing assoc flat, 1 bed +
boxroom. PA to look at. She wants [[Mal|name]] to know his family in [[May Pen|place]] + [[Spanish Town|place]]. Her sister
[[Merle Grant|name]] in
Jamaica ([[+1 876 927 4431|phone]]) is unwell.
SW: 2 missing since last review ([[25/09|date]], [[03/10|date]]), both found in [[Ipswich|place]] within 12 hrs. RHIs done by
[[Esther Ogunbiyi|name]]
(return home worker). NRM - SCA positive RG [[19/09/26|date]]. Disruption: CAWN served on [[Jason Penning|name]] aka "[[Tiny|name]]" (DOB
[[02/06/1991|dob]]) on [[08/10/2026|date]]; vehicle [[AF70 BZK|vehicle]] on ANPR.
LADO: allegations mtg held [[01/10|date]]; [[Ash Mortimer|name]] - ongoing, police lead. (don't minute detail in review record)
Health: IHA/RHA done [[14/07/26|date]]. Dentist overdue. Wants to see GP re sleep. CAMHS - declined ("not mental").
Education: PEP [[21/10/26|date]]. Attendance 74%. Mrs [[Threadgold|name]]: bursary + travel pass.
Identity: mixed heritage, Jamaican dad's side; hair products and barber in [[Ipswich|place]] not in village - staff to take
him monthly to [[Alexis|name]]'s on [[Norwich Road|address]]. [[Kyle|name]] said staff team is all white. Noted.

DECISIONS: 1) plan endorsed, Kestrel to continue; 2) family time - Mum weekly, Nan Sun church, [[Chelsea|name]] fortnightly
at the Ipswich Family Hub; 3) SW to apply for passport (consent from Mum - she has PR alongside LA; Dad also PR) & look into
visit to Jamaica w/ Nan in Easter; 4) PA to start pathway plan - due by [[22/10/2026|date]] (he's 17.5 from [[22 Oct|date]]);
5) LADO outcome to be shared w/ YP in a way he understands; 6) next review [[12/04/2027|date]] (around 18th bday - transition).
Midway check: [[20/01/2027|date]]. Chased Dad for views: text to be sent by SW.
"""),
    ("pathway plan for a care leaver", """ORWELL VALE COUNCIL - 16+ AND LEAVING CARE SERVICE - MY PATHWAY PLAN
Name: [[Malachi Ferdinand-Cole|name]]    What I like to be called: [[Mal|name]]    DOB: [[22 April 2009|dob]]
NI no: [[PE 30 71 95 C|ni]]    NHS no: [[714 897 0717|nhs]]    Status: eligible child (s31), relevant child from 18
My personal adviser: [[Jerome Lindo|name]], [[07922 301 585|phone]], [[jerome.lindo@orwellvale.gov.uk|email]]
My social worker until I'm 18: [[Abigail Runnacles|name]]    My IRO: [[Helen Kemball|name]]
Date of this plan: [[23 October 2026|date]]    Review by: [[23 April 2027|date]]

(The parts in "quotes" are [[Mal|name]]'s own words, typed by him on [[Jerome|name]]'s laptop at Costa in [[Hadleigh|place]].)

1. WHERE I WILL LIVE
Now: Kestrel House, [[4 Chapel Lane|address]], [[Bildeston|place]], [[IP7 7EP|postcode]].
"I want to stay here until I'm 18 and then get a flat in [[ipswich|place]] near my nan in [[whitton|place]] and near college. Not
[[chantry|place]], too many people know me there. I know how to cook a roast and i can do my washing. Im not ready for bills."
Plan: [[Jerome|name]] to apply to Orwell Vale's Staying Close scheme (a flat near Kestrel with staff still in touch) and to the
housing register with a priority for care leavers. Nan ([[Hyacinth Ferdinand|name]], [[12 Defoe Road|address]], [[IP1 6SG|postcode]])
has offered her box room for weekends.

2. EDUCATION, TRAINING AND WORK
"Level 1 construction at [[SNC|school]] then level 2 brickwork. [[Dele|name]] says im good with my hands. I want to do an
apprenticeship with a proper firm not cash in hand." UPN [[R935871300472|upn]]. 16-19 bursary £1,200; travel pass from
[[Bildeston|place]] to [[Ipswich|place]]. Virtual School contact: Mrs [[Jan Threadgold|name]].
Plan: Taster days with the Suffolk Construction Skills Hub in February; a CSCS card course; a bank account with Nationwide.

3. HEALTH
"I'm healthy. I sleep bad. I smoke a bit of weed but less." GP: Bildeston Health Centre. Dentist: needs one. Sexual health:
knows about iCaSH. Offered the Emotional Health service; [[Mal|name]] said "maybe later".

4. MONEY
"I get £15 a week pocket money and clothing money. When im 18 I want to know what I get." [[Jerome|name]] has explained the
Setting Up Home Allowance (£3,000), Universal Credit at 18 and the council tax exemption for care leavers.

5. FAMILY AND FRIENDS
"My mum [[Gemma|name]] and my little sister [[chelsea|name]] who goes [[chantry academy|school]]. My nan is my rock. My dad is
in [[tottenham|place]] I don't see him much. My aunty [[merle|name]] is in jamaica. My best mate is [[Reuben|name]] from college
and my girl is [[Amira|name]] (she is 17 and lives in [[Felixstowe|place]], she's at [[SNC|school]] too)."
Plan: family time as agreed at the LAC review; Mum's contact details: [[07480 117 625|phone]], [[31 Sheldrake Drive|address]],
[[Chantry|place]], [[IP2 0XD|postcode]]; Dad's: [[07840 339 617|phone]].

6. WHO I AM
"I'm mixed. My dad's family is from [[May Pen|place]] in jamaica. I want to go there. I like drill and Bob Marley because of my
nan. I get my hair cut at [[Alexis|name]]'s." Plan: passport ([[Abigail|name]], by January); a mentor through the Black Youth
Mentoring Network at the Ipswich Caribbean Association.

7. KEEPING SAFE
"I know what grooming is now. I'm not going back to [[tottenham|place]]. If anyone comes for me I will tell [[jerome|name]] or
[[donna|name]]." Plan: the exploitation safety plan stays in place; the CAWN on [[Jason Penning|name]] runs until
[[08/10/2027|date]]; trusted adults: [[Jerome|name]], [[Donna|name]], [[Kyle|name]], Nan.

Signed: [[M. Ferdinand-Cole|name]] (young person)    [[J. Lindo|name]] (PA)    [[A. Runnacles|name]] (SW)    [[23/10/26|date]]
"""),
]

# --- D. Rehman family (British Pakistani, Mirpuri), Chalvey, Slough ------------------------------------------------

HOME_D = d.Address("88 Ragstone Road", "Chalvey", "Slough", "SL1 2PZ")
AUNT_D = d.Address("5 Desborough Park Road", "", "High Wycombe", "HP12 3BN")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Inaya", "Rehman")], dt.date(2023, 6, 9), [HOME_D], ids=["4481075694"]),
    _p("s", "sibling", [("Zayan", "Rehman")], dt.date(2017, 2, 20), [HOME_D], ids=["4072003174", "L871916192407"],
       schools=["Montem Academy"]),
    _p("m", "mother", [("Saima", "Rehman")], dt.date(1997, 4, 3), [HOME_D], phones=["07403 911 582"],
       ids=["4671234319", "TE 84 31 56 B"]),
    _p("f", "father", [("Adeel", "Rehman")], dt.date(1992, 1, 15), [HOME_D], phones=["07868 254 730"], ids=["SL 27 64 08 C"]),
    _p("g", "grandparent", [("Nasreen", "Bibi")], dt.date(1964, 3, 1), [HOME_D]),
    _p("a", "other", [("Hina", "Aslam")], None, [AUNT_D], phones=["07711 093 482"]),
    _p("g2", "grandparent", [("Abdul", "Ghafoor")], phones=["+92 300 541 7726"]),
    _p("p1", "professional", [("Catriona", "Bell")], phones=["01753 875 209", "07376 812 440"],
       emails=["catriona.bell@jubileevale.gov.uk"]),
    _p("p2", "professional", [("Imtiaz", "Qureshi")], phones=["01753 522 608"], emails=["iqureshi@montem.slough.sch.uk"]),
], "c")

DOCS_D = [
    ("burns unit safeguarding discharge planning meeting notes", """Buckinghamshire Healthcare NHS Trust - Stoke Mandeville Hospital -
Paediatric Burns Unit (St Joseph's Ward)
SAFEGUARDING / DISCHARGE PLANNING MEETING - NOTES
Patient: [[Inaya REHMAN|name]]    DOB [[09/06/2023|dob]]    Hosp no. SM0448120    NHS [[448 107 5694|nhs]]
Home: [[88 Ragstone Road|address]], [[Chalvey|place]], [[Slough|place]] [[SL1 2PZ|postcode]]    GP: Chalvey Medical Centre
Meeting: Wednesday [[14 October 2026|date]], 14:00, ward seminar room and Teams    Chair: Dr [[Naomi Fitch|name]], Consultant Paediatrician
Notes: [[Gemma Rolfe|name]], Safeguarding Children Nurse Specialist

Attendees: Mr [[Tariq Jafri|name]] (Consultant Burns and Plastic Surgeon); [[Lisa Honour|name]] (Burns Unit Sister); [[Catriona Bell|name]]
(Social Worker, Jubilee Vale Council, Chalvey and Central Team); DC [[Ben Stannard|name]] (Thames Valley Police, CAIU); [[Rukhsana
Mir|name]] (Health Visitor, Berkshire Healthcare); [[Saima Rehman|name]] (mother) with [[Farzana Akhtar|name]] (interpreter, Urdu/Pahari);
[[Adeel Rehman|name]] (father) from 14:30.

1. Injury and treatment (Mr [[Jafri|name]])
[[Inaya|name]] (3 years 4 months) was brought to the Wexham Park ED on [[9 October 2026|date]] by her mother and aunt with a
partial-thickness scald (4% TBSA) to the back of the left hand, wrist and forearm, with infected blisters. She was transferred
here the same evening. Debridement and Biobrane under general anaesthetic on [[10/10/2026|date]]. Healing well; no graft needed.
The history is that on the evening of [[7 October|date]] she pulled the handle of a pan of chai off the hob. The pattern (an
irregular splash with drip marks, sparing of the palm, no sharp tide line) is consistent with a spill and not with forced
immersion. The concern is the delay of about 44 hours before medical help was sought, and that the burn was covered with
toothpaste and then cling film.

2. Mother's account (through [[Farzana|name]])
[[Saima|name]] said she was upstairs bathing [[Zayan|name]] when it happened; her mother-in-law, Mrs [[Nasreen Bibi|name]], was cooking.
She wanted to take [[Inaya|name]] to hospital that night but was told by her mother-in-law that "the English will take the
child" and to use "desi" remedies. [[Adeel|name]] was working (private hire, nights). She did not have money for a taxi and
does not drive. On [[9 October|date]] her sister, Mrs [[Hina Aslam|name]], came from [[High Wycombe|place]], saw the hand and drove
them both to Wexham Park. [[Saima|name]] cried throughout and said: "It is my fault. I am her mother."

3. Father (joined 14:30)
[[Adeel|name]] said he was "told it was a small burn". He was angry that the police were involved: "My mother has raised
six children, she knows more than the doctors." Later he said he should have taken [[Inaya|name]] himself.

4. Health visitor ([[Rukhsana|name]])
Known to HV since [[Inaya|name]]'s birth. Development appropriate but speech delayed (some Pahari words, few English).
[[Saima|name]] scored 17 on the EPDS at the 2-year review; she declined a GP referral, saying her husband "would not like it".
Overcrowding: 3-bed terrace with 8 adults and children (parents, 2 children, paternal grandparents, and [[Adeel|name]]'s brother
[[Kashif|name]] and his wife [[Sana|name]]). [[Saima|name]] has never been seen without a family member until today.

5. Police (DC [[Stannard|name]])
Joint investigation with [[Catriona|name]] under s47 (neglect: failure to seek medical care). No arrests. Interviews of the
paternal grandmother (voluntary, with an interpreter) planned for [[16/10|date]].

6. Social care ([[Catriona|name]])
[[Zayan|name]] (9) was seen at [[Montem Academy|school]] on [[12/10/2026|date]]. He said [[Inaya|name]] "screamed and screamed" and that
Dadi put toothpaste on it. He also said Dadi hits him "with the chappal" when he is naughty. Mr [[Imtiaz Qureshi|name]] (DSL)
has no previous concerns except that [[Zayan|name]] is often hungry and tired.

Plan on discharge (agreed by both parents)
- Discharge on [[15 October 2026|date]] to the care of her mother at [[Ragstone Road|address]]; the paternal grandmother not to be left
  alone with the children while the enquiry continues (Mrs [[Nasreen Bibi|name]] to be told by [[Catriona|name]] with an interpreter).
- Dressing clinic at Stoke Mandeville on [[19/10|date]] and [[26/10|date]]; scar management by OT [[Kerry-Ann Doughty|name]]; a
  pressure garment. [[Adeel|name]] to drive them ([[LR21 TWU|vehicle]]).
- HV to visit weekly; a GP appointment for [[Saima|name]] about her mood, alone with an interpreter.
- ICPC to be considered by Jubilee Vale's conference service; strategy review on [[21/10/2026|date]].
"""),
    ("WhatsApp chat exported by a mother", """[WhatsApp chat "[[Hina|name]] Baji" exported by [[Saima Rehman|name]] from her phone and given
to [[Catriona Bell|name]] on
[[19/10/2026|date]] with her consent. Written in Urdu and Pahari in Roman letters, with some English and Urdu script; the
translation (in round brackets) is by [[Farzana Akhtar|name]], interpreter. Only [[7|date]] to [[11 October|date]] is copied here.]

[[07/10/2026|date]], 21:14 - [[Hina|name]] Baji: Assalamualaikum [[Saimu|name]] kaisi ho? (How are you?)
[[07/10/2026|date]], 21:52 - [[Saima|name]]: baji [[Inaya|name]] ka haath jal gaya chai se 😭😭 ([[Inaya|name]]'s hand got
burnt by the chai)
[[07/10/2026|date]], 21:52 - [[Saima|name]]: <Media omitted>
[[07/10/2026|date]], 21:53 - [[Hina|name]] Baji: Ya Allah!! hospital le ke jao abhi (take her to hospital now)
[[07/10/2026|date]], 21:55 - [[Saima|name]]: ammi ji kehti hain nahi, toothpaste laga diya. [[Adeel|name]] duty pe hai phone nahi utha rahe
(Ammi ji (mother-in-law) says no, she put toothpaste on it. [[Adeel|name]] is at work, not picking up the phone)
[[07/10/2026|date]], 21:56 - [[Hina|name]] Baji: toothpaste nahi!!! thanda paani 20 minute. (not toothpaste!!! cold water 20 minutes)
[[07/10/2026|date]], 22:30 - [[Saima|name]]: so gayi hai. ro ro ke (she's asleep. after crying and crying)
[[08/10/2026|date]], 08:02 - [[Hina|name]] Baji: subah ho gayi. haath kaisa hai? (it's morning. how is the hand?)
[[08/10/2026|date]], 09:47 - [[Saima|name]]: chaale aa gaye hain bare bare (big blisters have come up)
[[08/10/2026|date]], 09:48 - [[Saima|name]]: [[Kashif|name]] bhai kehte hain GP ko mat batao social wale aa jayenge ([[Kashif|name]] bhai
says don't tell the GP,
the social people will come)
[[08/10/2026|date]], 09:50 - [[Hina|name]] Baji: [[Saima|name]] tum maa ho. tum decide karo. main aa rahi hoon kal, [[Imran|name]] ki chutti
hai
([[Saima|name]], you are the mother. you decide. I'm coming tomorrow, [[Imran|name]] has a day off)
[[08/10/2026|date]], 11:15 - [[Saima|name]]: mere paas paise nahi hain taxi ke liye. card [[Adeel|name]] ke paas hai (I have no money for a
taxi. [[Adeel|name]]
has the card)
[[08/10/2026|date]], 11:16 - [[Hina|name]] Baji: main bhej deti hoon (I'll send it)
[[08/10/2026|date]], 14:20 - [[Saima|name]]: nahi baji ammi ji naraz ho jayengi. (no baji, Ammi ji will get angry.)
[[08/10/2026|date]], 23:58 - [[Saima|name]]: bukhaar hai usko. bohat garam hai (she has a fever. very hot)
[[09/10/2026|date]], 06:30 - [[Hina|name]] Baji: bas. main 9 baje aa rahi hoon. tayyar rehna. (that's it. I'm coming at 9. be ready)
[[09/10/2026|date]], 06:31 - [[Hina|name]] Baji: aur abbu ko bata diya hai. woh [[Mirpur|place]] se phone karenge (and I've told Abbu. He
will phone
from [[Mirpur|place]])
[[09/10/2026|date]], 06:40 - [[Saima|name]]: please baji abbu ko mat batao 😢 (please don't tell Abbu)
[[09/10/2026|date]], 16:05 - [[Hina|name]] Baji: doctor ne kya kaha? (what did the doctor say?)
[[09/10/2026|date]], 16:40 - [[Saima|name]]: Stoke Mandeville bhej rahe hain. burns wala hospital. social worker bhi aaye gi (they're
sending us to
Stoke Mandeville. the burns hospital. a social worker will come too)
[[09/10/2026|date]], 16:41 - [[Saima|name]]: ammi ji ne phone kiya ke mat bolna ke unhon ne toothpaste lagaya tha (Ammi ji phoned and said
don't say
that she put toothpaste on)
[[09/10/2026|date]], 16:45 - [[Hina|name]] Baji: sach bolna. sirf sach. (tell the truth. only the truth.)
[[10/10/2026|date]], 10:12 - [[+92 300 5417726|phone]]: [[صائمہ|name]] beti, [[Hina|name]] ne bataya. Allah shifa de. hum tumhare saath hain
([[Saima|name]], my
daughter, [[Hina|name]] told me. May Allah heal her. We are with you)
[[10/10/2026|date]], 10:14 - [[Saima|name]]: abbu 😭 [[Dadyal|place]] mein sab theek? (Abbu, is everyone alright in [[Dadyal|place]]?)
[[10/10/2026|date]], 10:20 - [[+92 300 5417726|phone]]: sab theek. [[Adeel|name]] se baat karo, ghar alag lo. tumhari ammi bhi yehi kehti
hain (all fine. talk
to [[Adeel|name]], get a separate house. your mother says the same)
[[11/10/2026|date]], 19:02 - [[Hina|name]] Baji: [[Zayan|name]] ko bolo Sunday ko [[Wycombe|place]] aa jaye, [[Rayyan|name]] ke saath
cricket khele ga (tell
[[Zayan|name]] to come to [[Wycombe|place]] on Sunday, he can play cricket with [[Rayyan|name]])
[[11/10/2026|date]], 19:05 - [[Saima|name]]: inshallah. baji aapka shukriya. aap na hoti to... (God willing. baji, thank you. if you weren't
there...)
[[11/10/2026|date]], 19:05 - [[Hina|name]] Baji: ❤️ [[صائمہ|name]] meri jaan
"""),
]

DOCS_D += [
    ("email chain with signature blocks", """From: [[Imtiaz Qureshi|name]] <[[iqureshi@montem.slough.sch.uk|email]]>
Sent: [[02 November 2026|date]] 16:48
To: [[Catriona Bell|name]] <[[catriona.bell@jubileevale.gov.uk|email]]>
Cc: [[Mehwish Anwar|name]] <[[manwar@montem.slough.sch.uk|email]]>
Subject: RE: RE: [[Zayan Rehman|name]] 5H - conference report + half term

Hi [[Catriona|name]],

Report for Thursday attached. Headlines below in case the attachment doesn't open at your end (our system strips .docx
sometimes, apologies).

- Attendance 95.1%. Late x6 since September, all on days Mum has hospital appointments with [[Inaya|name]].
- [[Zayan|name]] came back after half term a different boy. He spent the week at his aunty's in [[High Wycombe|place]] (Mrs [[Aslam|name]]
  rang us to say so) and told his class teacher, Miss [[Anwar|name]], that he "played cricket every day with [[Rayyan|name]] and
  nobody shouted". He is eating his lunch now; before, he was always asking for seconds and toast at breakfast club.
- On [[29/10|date]] he told Miss [[Anwar|name]] that "Dadi is going back to Pakistan for a long time" and that "[[Kashif|name]] chachu
  said it's Mama's fault". He was worried Mum would be "sent back too". We reassured him.
- No marks seen. He has not mentioned the chappal again.
- He would like to go to the boxing club at the Chalvey Community Centre with his friend [[Musa|name]]. Mum said yes if it's free.

I've put Mum's words from parents' evening in the report (Mrs [[Fozia Shah|name]], our Family Support Worker, interpreted in
Pahari). Mum was on her own for the first time. She asked if she could learn English at the school on Tuesday mornings -
[[Mehwish|name]] is sorting the place for her with the Slough Aspire ESOL course.

Kind regards,
[[Imtiaz|name]]

[[Imtiaz Qureshi|name]]
Deputy Headteacher | Designated Safeguarding Lead
[[Montem Academy|school]] | [[Chalvey Grove|address]], [[Slough|place]], [[SL1 2TE|postcode]]
T: [[01753 522 608|phone]] | E: [[iqureshi@montem.slough.sch.uk|email]]
Part of the Pioneer Academies Trust
CONFIDENTIALITY: This e-mail and any attachment is intended for the named addressee only.

From: [[Catriona Bell|name]] <[[catriona.bell@jubileevale.gov.uk|email]]>
Sent: [[30 October 2026|date]] 09:15
To: [[Imtiaz Qureshi|name]]
Cc: Interpreting Bookings <[[interpreting@jubileevale.gov.uk|email]]>
Subject: RE: [[Zayan Rehman|name]] 5H - conference report + half term

Morning [[Imtiaz|name]],

The ICPC for [[Inaya|name]] and [[Zayan|name]] is on Thursday [[5 November|date]] at 10:00 at St Martin's Place, [[Bath Road|address]],
[[Slough|place]],
chaired by [[Olga Petrenko|name]]. Could you send your report by Monday please? Dad has asked to attend separately from the
paternal grandmother, which the chair has agreed.

Interpreting: please book a female Pahari/Potwari interpreter (not Urdu only) for Mum for the whole conference, 09:30-12:30,
and if possible NOT [[Farzana Akhtar|name]] as she is a friend of the paternal family (Mum told me this on [[28/10|date]]).
Cost code CSC-ASS-041. The family's address is [[88 Ragstone Rd|address]], [[SL1 2PZ|postcode]] - not for sharing with the interpreter.

Update for you: the police have taken no further action against Mrs [[Nasreen Bibi|name]] but she is going to stay with her
daughter in [[Luton|place]] and then in [[Mirpur|place]] from [[20th November|date]]. [[Adeel|name]] has rented a two-bed flat on
[[Salt Hill Way|address]] for his own family (move in [[1/12|date]]), which is a big step.

Thanks,
[[Catriona|name]]

[[Catriona Bell|name]] (she/her)
Social Worker | Chalvey and Central Safeguarding Team | Jubilee Vale Council
St Martin's Place, [[Bath Road|address]], [[Slough|place]] [[SL1 3UF|postcode]]
Mobile [[07376 812 440|phone]] | Office [[01753 875 209|phone]]
My working days are Monday to Thursday.

From: Interpreting Bookings
Sent: [[30 October 2026|date]] 11:02
To: [[Catriona Bell|name]]
Subject: Booking confirmed - JV-INT-77410

Dear [[Catriona|name]], we have booked [[Shazia Kiyani|name]] (Pahari/Potwari/Urdu, female, DBS checked) for [[05/11/2026|date]]
09:30-12:30.
Interpreter mobile on the day: [[07983 402 117|phone]]. Regards, Language Services Team (Jubilee Vale Council)
"""),
    ("mother's letter to a child protection conference, translated", """[Letter handwritten in Urdu by [[Saima Rehman|name]] and handed to
the conference chair on [[5 November 2026|date]].
Translated by [[Shazia Kiyani|name]], interpreter, at the conference and typed by the minute-taker, [[Leanne Ashford|name]]. Names
are written as [[Saima|name]] wrote them.]

To the respected madam chairwoman and everyone at the meeting,

My name is [[Saima Rehman|name]]. I am the mother of [[Zayan|name]] and [[Inaya|name]]. I was born in a village near [[Dadyal|place]], in
Azad Kashmir. My father is [[Abdul Ghafoor|name]] and my mother is [[Zubeda|name]]. I came to [[Slough|place]] in 2016 after my
marriage to [[Adeel|name]], who is my father's sister's son. I studied to class 10. I do not speak English well, and I am
sorry for that.

I want to say what happened with my daughter's hand, with my own words. It was my fault that I did not take her to the
hospital the same night. I was afraid. In the house, the decisions are made by my mother-in-law and by my husband's brother
[[Kashif|name]]. I do not have a bank card. I have never been to a doctor alone. When my sister [[Hina|name]] came from
[[Wycombe|place]] I found courage. Doctor [[Fitch|name]] and the nurse [[Lisa|name]] were very kind. The social worker [[Catriona|name]]
madam is the first person who asked me what I want.

What I want:
1. To live with my husband and my children in our own house. [[Adeel|name]] has found a flat. He has promised me.
2. To learn English and to learn to drive, and to take my children to the doctor myself.
3. For my son [[Zayan|name]] to be happy. He is a clever boy and he wants to be a cricketer like Babar Azam.
4. For [[Inaya|name]]'s hand to heal. She calls the pressure glove her "Elsa glove". She is brave.
5. That my mother-in-law is respected. She is old. She is not a bad woman, she was raised in a different way. In
   [[Mirpur|place]] the children are burned by the tandoor and the grandmothers put toothpaste. I know now this is wrong.

I have my phone now and my own number, [[07403 911 582|phone]]. Miss [[Mehwish|name]] at the school is helping me to open a bank
account with my national insurance number ([[TE 84 31 56 B|ni]]).

My husband also wants to write but he will speak himself.

May Allah bless all of you and the children of this country.

[[Saima|name]]
([[صائمہ رحمان|name]])
"""),
]

# --- E. Jeyakumar / Kanagaratnam (Sri Lankan Tamil), Tooting, Wandsworth: a private fostering arrangement --------------

HOME_E = d.Address("47 Fishponds Road", "Tooting", "London", "SW17 7LJ")
SHOP_E = d.Address("212 Upper Tooting Road", "Tooting", "London", "SW17 7EW")
PARENTS_E = d.Address("No. 14, Temple Road", "Kopay", "Jaffna", "")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Thusyanth", "Jeyakumar")], dt.date(2011, 11, 8), [HOME_E], ids=["9993378488", "D212666655439"],
       phones=["07939 604 178"], schools=["Ernest Bevin Academy"]),
    _p("f", "father", [("Jeyakumar", "Nadarajah")], None, [PARENTS_E], phones=["+94 21 222 4587"]),
    _p("m", "mother", [("Sumathy", "Jeyakumar")], None, [PARENTS_E], phones=["+94 77 418 2963"]),
    _p("o", "other", [("Sivarajah", "Kanagaratnam"), ("Siva", "Kanagaratnam")], dt.date(1974, 5, 21), [HOME_E, SHOP_E],
       phones=["020 8672 4093", "07956 438 201"], ids=["NW 19 57 20 A"]),
    _p("o2", "other", [("Vasuki", "Kanagaratnam")], None, [HOME_E], phones=["07584 207 661"]),
    _p("o3", "other", [("Keerthanan", "Kanagaratnam")], dt.date(2014, 2, 3), [HOME_E], ids=["K212354117072"]),
    _p("u", "other", [("Rajan", "Ponnambalam")], phones=["+1 416 751 3308"]),
    _p("p1", "professional", [("Georgina", "Fell")], phones=["020 8871 6624", "+44 7412 508 119"],
       emails=["georgina.fell@graveneyvale.gov.uk"]),
    _p("p2", "professional", [("Conor", "Devlin")], phones=["020 8672 9260"], emails=["cdevlin@ernestbevin.london"]),
], "c")

DOCS_E = [
    ("school's private fostering notification email", """From: [[Conor Devlin|name]] <[[cdevlin@ernestbevin.london|email]]>
Sent: Wednesday, [[16 September 2026|date]] 12:31
To: Graveney Vale Front Door <[[frontdoor@graveneyvale.gov.uk|email]]>
Cc: [[Tharini Yogarajah|name]] <[[tyogarajah@ernestbevin.london|email]]>
Subject: PRIVATE FOSTERING NOTIFICATION - [[JEYAKUMAR Thusyanth|name]] Y10 - [[08/11/2011|dob]]

Dear colleagues,

I am notifying you of a possible private fostering arrangement, as required.

Pupil: [[Thusyanth Jeyakumar|name]] (he writes it [[Thusyanth J.|name]]; his friends say "[[Thusi|name]]"), Year 10, DOB
[[8 November 2011|dob]],
UPN [[D212666655439|upn]] (new to us on [[7 September|date]])
Living at: [[47 Fishponds Road|address]], [[Tooting|place]], [[SW17 7LJ|postcode]], with Mr [[Sivarajah Kanagaratnam|name]]
([[07956 438 201|phone]])
and Mrs [[Vasuki Kanagaratnam|name]] ([[07584 207 661|phone]]), whose own son [[Keerthanan|name]] (Y7) is also with us.
Parents: Mr [[Jeyakumar Nadarajah|name]] and Mrs [[Sumathy Jeyakumar|name]], [[No. 14, Temple Road|address]], [[Kopay|place]],
[[Jaffna|place]],
Sri Lanka (mother's mobile [[+94 77 418 2963|phone]], as given on the admission form).

How it came to light: at admission on [[4/9|date]] Mr [[Kanagaratnam|name]] signed as "uncle". Today [[Thusyanth|name]] told our EAL
coordinator, Mrs [[Yogarajah|name]], in Tamil, that Mr [[Kanagaratnam|name]] is "a man from my father's village" and not a relative,
that he arrived in [[London|place]] in July "for a holiday" with a man he called "agent [[Ranjan|name]]", and that his parents "paid
a lot" for him to study here. He has not seen his parents since. Mrs [[Yogarajah|name]] also noticed:
- he is very tired; he said he works "in [[Siva|name]] uncle's shop" ([[Siva|name]] Food & Wine, [[Upper Tooting Road|address]]) from 4pm
  until "closing" (11pm) and on Saturdays and Sundays;
- he sleeps "in the room upstairs at the shop" on some nights, when the shop closes late;
- he has no winter coat, no school shoes (trainers) and said he eats "one time, at night";
- he asked her whether the school can "send a paper" so he can get a visa.
He is polite, clever (top set for Maths within a week), and clearly anxious. He begged Mrs [[Yogarajah|name]] not to tell
[[Siva|name]] uncle that he had talked. We have not contacted the carers.

[[Thusyanth|name]] is in school today until 15:10. Please advise whether you would like us to keep him here. I have his mobile:
[[07939 604 178|phone]].

Kind regards,

[[Conor Devlin|name]]
Assistant Principal (Inclusion) and Designated Safeguarding Lead
[[Ernest Bevin Academy|school]], [[Beechcroft Road|address]], [[London|place]] [[SW17 7DF|postcode]]
Tel: [[020 8672 9260|phone]]
United Learning | A company limited by guarantee registered in England

-----
Automatic reply: Graveney Vale Front Door
Thank you for your email. If a child is at immediate risk, call 999. Our Front Door is open 9-5; out of hours, ring the
council's main number and ask for the Emergency Duty Team. This mailbox is monitored by the duty team.

-----
From: [[Georgina Fell|name]] <[[georgina.fell@graveneyvale.gov.uk|email]]>
Sent: [[16 September 2026|date]] 14:02
To: [[Conor Devlin|name]]
Subject: RE: PRIVATE FOSTERING NOTIFICATION - [[JEYAKUMAR Thusyanth|name]] Y10

Dear Mr [[Devlin|name]],

Thank you - this is the right call. I am the social worker for private fostering and I will come to school at 14:45 with
a Tamil interpreter (Mr [[Kandiah|name]], on the phone). Please keep [[Thusyanth|name]] with Mrs [[Yogarajah|name]] until I arrive. Please
do not tell Mr or Mrs [[Kanagaratnam|name]] yet; I will visit them this evening with a colleague, [[Yusuf Mirza|name]].

[[Georgina Fell|name]]
Social Worker - Private Fostering and Children in Need, Graveney Vale Council
The Town Hall, [[Wandsworth High Street|address]], [[SW18 2PU|postcode]] | [[+44 7412 508 119|phone]]
"""),
    ("private fostering assessment", """GRAVENEY VALE COUNCIL - CHILDREN'S SERVICES
PRIVATE FOSTERING ASSESSMENT (Children (Private Arrangements for Fostering) Regulations 2005, regs 4 and 7) - REPORT
Child: [[Thusyanth JEYAKUMAR|name]]    DOB: [[08/11/2011|dob]]    Nationality: Sri Lankan    Language: Tamil (good written English)
NHS: [[999 337 8488|nhs]] (temporary registration, Tooting Bec Surgery)    School: [[Ernest Bevin|school]], Year 10
Proposed private foster carers: Mr [[Sivarajah KANAGARATNAM|name]] (DOB [[21/05/1974|dob]], NI [[NW 19 57 20 A|ni]]) and Mrs
[[Vasuki KANAGARATNAM|name]], [[47 Fishponds Road|address]], [[Tooting|place]], [[London|place]] [[SW17 7LJ|postcode]], tel
[[020 8672 4093|phone]]
Household: their children [[Abirami|name]] (17, at [[Graveney School|school]] sixth form) and [[Keerthanan|name]] (12,
[[Ernest Bevin|school]]);
Mrs [[Kanagaratnam|name]]'s mother, Mrs [[Parvathy Sellathurai|name]] (78)
Assessor: [[Georgina Fell|name]], Social Worker    Interpreters: Mr [[Selvan Kandiah|name]] (phone), Ms [[Nirmala Ravi|name]] (in person)
Visits: [[16/09/2026|date]] (school and home), [[23/09/2026|date]], [[07/10/2026|date]] (unannounced), [[21/10/2026|date]],
[[04/11/2026|date]]

1. How the arrangement came about
[[Thusyanth|name]]'s parents farm a small plot and run a tea shop in [[Kopay|place]], near [[Jaffna|place]], in Sri Lanka's Northern
Province. His father, Mr [[Jeyakumar Nadarajah|name]], lost his brother in the war in 2009; [[Thusyanth|name]] is the eldest of three
(his sisters [[Tharsika|name]], 11, and [[Kajani|name]], 6, are at home). Through a man from the same temple, the family paid an
agent, known to them as "[[Ranjan|name]]", about 4.5 million rupees (raised partly by a loan against the land) for [[Thusyanth|name]] to
travel to [[London|place]] on a visitor visa "to study and later bring the family". He arrived on [[19 July 2026|date]] with the agent,
who took him by taxi to Mr [[Kanagaratnam|name]]'s shop and left. Mr [[Kanagaratnam|name]] (known as "[[Siva|name]]") grew up in
[[Kopay|place]]
and knew [[Thusyanth|name]]'s grandfather; he says he agreed, by phone with the father, to "keep the boy for a few months until
his uncle in Canada takes him". That uncle, Mr [[Rajan Ponnambalam|name]] ([[Thusyanth|name]]'s mother's brother) of
[[Scarborough|place]], [[Toronto|place]] ([[+1 416 751 3308|phone]]), told me on [[30/09/2026|date]] that he "never agreed" and cannot
sponsor him.
Mr [[Kanagaratnam|name]] is not a close relative under the Children Act 1989, s105, and the arrangement has lasted more than 28
days: it is private fostering. The carers did not notify the council; they say they did not know they had to.

2. The child's views (seen alone at school and at home, in English and Tamil)
"[[Siva|name]] uncle is a good man. He gave me a place. [[Vasuki|name]] aunty cooks for me. But I work every day after school and
I am tired. I am not paid, it is for my food. I want to study and be an engineer and send money to Amma." He sleeps on a
mattress in the box room with [[Keerthanan|name]] at the house; twice a week he slept on camp bed in the stockroom above the
shop, "because we close at 12 and open at 6". He is frightened about his visa and about the agent's debt: "If I go back,
my family lose the land." He said [[Abirami|name]] akka helps him with English homework and that [[Keerthanan|name]] is "like my
thambi" (younger brother).

3. The carers
Mr [[Kanagaratnam|name]] (52) came to the UK in 1999 as an asylum seeker and is a British citizen. He owns the shop and the house
(mortgage). He was open with me and embarrassed: "In our culture a boy helps in the shop. My own son helps." He accepted,
after discussion, that a 14-year-old must not work after 7pm or more than 12 hours a week in term (the council's byelaws),
and that he cannot sleep at the shop. Mrs [[Kanagaratnam|name]] (47) works as a teaching assistant in [[Streatham|place]]. She cried:
"I treat him like my own son. I bought his uniform." (The school says he had no shoes until [[21/09|date]].) The house is a
clean three-bedroom terrace, crowded but warm; a shrine to Murugan in the front room; a Lyca Mobile SIM for
[[Thusyanth|name]]'s calls home.
Checks: DBS enhanced for both (clear); police and local authority checks clear; GP reference (Dr [[Arulanandam|name]], Tooting
Bec Surgery) positive; Mrs [[Sellathurai|name]] is frail and not a risk. The shop: Trading Standards advice sought about a
child working (an employment permit is needed); no licence issues.

4. Parents
I spoke to [[Thusyanth|name]]'s mother, Mrs [[Sumathy Jeyakumar|name]], by Viber video on [[23/09/2026|date]] with Ms [[Ravi|name]] (see
[[Thusyanth|name]]'s own record of their messages). She consents to him staying with the [[Kanagaratnam|name]] family "until the
visa is fixed", asked that he "not be sent back" and "not be put with strangers", and said that she did not know he worked
at night. The father ([[+94 21 222 4587|phone]]) said he "trusts [[Siva|name]] anna completely".

4a. Others consulted
Mrs [[Tharini Yogarajah|name]] (EAL, [[Ernest Bevin|school]]) and Mr [[Conor Devlin|name]] (DSL); [[Abirami Kanagaratnam|name]] (17), seen
alone, who said
"Dad is strict but he would never hurt [[Thusi|name]]"; [[Keerthanan|name]], seen alone with his parents' agreement; the family's
temple priest, Kurukkal [[Balasubramaniam|name]], who knows both families; Mr [[Arumugam Ratnam|name]], a customer and retired teacher
who has offered [[Thusyanth|name]] free Maths tuition on Saturdays at his home on [[Moyser Road|address]], [[Furzedown|place]] (checks
requested); the shop's only other worker, Mr [[Ganesh Pillai|name]] (adult, paid); and the Tamil community worker at the Tooting
Tamil welfare project, Ms [[Jeyanthi Sivanesan|name]]. A maternal cousin of [[Thusyanth|name]]'s mother, Mrs [[Kalpana Yogendran|name]] of
[[Harrow|place]] ([[07376 550 218|phone]]), was found through the parents; she visited on [[21/10/2026|date]] and would be a back-up carer.

5. Assessment and recommendation
[[Thusyanth|name]] is a child who has been trafficked, at least in the sense of being moved for a purpose under a debt. An NRM
referral has been made (first responder: [[G. Fell|name]], [[18/09/2026|date]]); the Home Office has been told of his status;
a referral has been made to a solicitor for advice on his immigration status (Ms [[Tamsin Oakes|name]], [[Oakes|name]] Legal,
legal aid). Risk of harm from the agent is unknown; the police (Met, Modern Slavery and Child Exploitation Team, DC [[Harry
Kwan|name]]) are investigating "[[Ranjan|name]]" through the phone number the parents gave ([[07459 118 640|phone]]).
The arrangement is suitable to continue, with conditions: no work at night; no sleeping at the shop; [[Thusyanth|name]] to have his own
bed; visits every six weeks (and more often in the first year), and the social worker to see him alone each time.
Recommendation: the arrangement is accepted; the case will also be held as Child in Need because of the trafficking.
Signed: [[Georgina Fell|name]]    [[6 November 2026|date]]    Countersigned: [[Deepa Chauhan|name]], Team Manager, [[9/11/2026|date]]
"""),
]

DOCS_E += [
    ("Viber messages between a boy and his mother, translated from Tamil", """[Viber messages between [[Thusyanth Jeyakumar|name]]
([[07939 604 178|phone]]) and his mother, saved in his phone as "அம்மா"
(Amma), shown by [[Thusyanth|name]] to [[Georgina Fell|name]] on [[21/10/2026|date]] and copied with his agreement. Written in Tamil and in
"Tanglish" (Tamil in English letters); translated by [[Nirmala Ravi|name]]. Voice messages are summarised.]

அம்மா  [[14 Sep|date]] 22:41
என் ராசா, சாப்பிட்டியா? (My king, have you eaten?)
[[Thusyanth|name]]  [[14 Sep|date]] 23:58
ippa thaan kadai moodinom. saapitten amma (We only just closed the shop. I have eaten, Amma)
அம்மா  [[15 Sep|date]] 06:10
Voice message, 1:12: She says [[Kajani|name]] has a fever; [[Tharsika|name]] came first in her class; Appa has gone to see
the man from the bank in [[Chunnakam|place]] about the loan. She asks him to thank [[Siva|name]] anna and [[Vasuki|name]] akka.
[[Thusyanth|name]]  [[15 Sep|date]] 07:02
sari amma. [[Tharsika|name]]ku sollunga naan proud (OK Amma. Tell [[Tharsika|name]] I am proud)
அம்மா  [[20 Sep|date]] 21:30
[[துஷி|name]], agent [[Ranjan|name]] ring panninaan. innum 2 latcham venumaam ([[Thusi|name]], agent [[Ranjan|name]] rang. He says he wants
2 lakh more)
[[Thusyanth|name]]  [[20 Sep|date]] 21:44
kudukka vendaam amma!! (Don't give him anything, Amma!!)
[[Thusyanth|name]]  [[20 Sep|date]] 21:45
inga social worker [[Georgina|name]] madam sonnaanga police ku sollalaam (Here the social worker [[Georgina|name]] madam said we can
tell the police)
அம்மா  [[20 Sep|date]] 21:52
police vendaam. avan [[Kopay|place]]la ellaarukkum therinjavan (No police. Everyone in [[Kopay|place]] knows him)
[[Thusyanth|name]]  [[23 Sep|date]] 17:15
video call 18:00 ok? [[Nirmala|name]] aunty translate pannuvaanga (video call at 18:00 ok? [[Nirmala|name]] aunty will translate)
அம்மா  [[23 Sep|date]] 17:16
சரி 👍
[[Thusyanth|name]]  [[2 Oct|date]] 22:03
inniki school la maths test 47/50 🔥 (Today in school maths test 47/50)
அம்மா  [[2 Oct|date]] 22:30
Voice message, 0:40: She cries with happiness and says his grandmother (Ammamma [[Pushpam|name]]) lit a lamp at the
Nallur temple for him. "[[Sivarajah|name]] uncle is God's gift to us."
[[Thusyanth|name]]  [[7 Oct|date]] 23:40
amma ennaala mudiyala. kadaila vela, school la vela. thookam varala (Amma I can't do it. Work at the shop, work at school.
I can't sleep)
அம்மா  [[8 Oct|date]] 05:12
kadavul irukkaar. [[Siva|name]] anna kitta naan pesuren (God is there. I will talk to [[Siva|name]] anna)
[[Thusyanth|name]]  [[8 Oct|date]] 07:01
vendaam amma please. ippo ellaam sari. [[Georgina|name]] madam rules potaanga. 7 mani varai thaan (Don't Amma please.
Everything is OK now. [[Georgina|name]] madam made rules. Only until 7 o'clock)
[[Thusyanth|name]]  [[19 Oct|date]] 16:20
Photo: a certificate, "Star of the Week, [[Ernest Bevin Academy|school]]". Caption: "for amma and appa ❤️"
அம்மா  [[19 Oct|date]] 16:45
என் தங்கம் ❤️❤️❤️ (My gold)
"""),
    ("a boy's diary and poem", """[Pages from the exercise book [[Thusyanth|name]] keeps as a diary, typed by Mrs [[Tharini Yogarajah|name]]
(EAL) with his
permission for his Child in Need review on [[24 November 2026|date]]. His spelling is kept. He asked that the poem be read out.]

[[19.7.2026|date]]
Today I come to [[London|place]]. The airport is so big. [[Ranjan|name]] anna take my passport "for safe". Very cold even it is
summer. [[Siva|name]] uncle shop smell like my house (incense and onions). I sleep in the shop upstair. I miss amma.

[[25.7.2026|date]]
I learn the till. Beer and cigarette I cannot sell because I am 14, uncle say only stack shelf. Many Tamil people come to
shop, they say "[[Kopay|place]] boy!" An old man Mr [[Ratnam|name]] give me £5 and say study hard.

[[3.8.2026|date]]
[[Keerthanan|name]] take me to Tooting Common lido. I not swimming, I watch. He is like my thambi. [[Abirami|name]] akka give me her old
phone charger.

[[7.9.2026|date]]
First day school. Uniform blazer is black. Everybody is from every country. A boy [[Dawit|name]] from Eritrea sit with me. Sir
[[Devlin|name]] ask my name 3 times. He say it "[[Tussy-anth|name]]". Ha.

[[16.9.2026|date]]
I tell Miss [[Yogarajah|name]] everything. I am scared. Then come [[Georgina|name]] miss with a tamil man on phone. She is kind and
tall. She say nobody is angry with me. Tonight I sleep in the house not the shop.

[[8.11.2026|date]]
My birthday. I am 15. [[Vasuki|name]] aunty make payasam and [[Abirami|name]] akka make a cake with "[[Thusi|name]] 15". Appa and Amma and
[[Tharsika|name]] and [[Kajani|name]] sing on video. Ammamma also. I am crying a little. [[Keerthanan|name]] laugh at me.

MY TWO HOMES (a poem) by [[T. Jeyakumar|name]], 10R

In [[Kopay|place]] the rain comes like a drum on the tin,
Amma calls "[[Thusi|name]], eat!" and the fan goes round.
In [[Tooting|place]] the bus comes like a red wall,
and nobody calls my name the right way at all.

In [[Kopay|place]] my sisters fight for the mango,
[[Kajani|name]] the small one, [[Tharsika|name]] the clever.
In [[Tooting|place]] I count the cans, I count the coins,
I count the days, I count them forever.

My father's hands are brown like the [[Jaffna|place]] earth,
He gave the land so I could come and learn.
One day I will build a bridge from here to there
And walk on it home, and never need to return.
"""),
]

# --- F. Souza Lima / Carvalho family (Brazilian, from Goiás), Harlesden, Brent ------------------------------------------

HOME_F = d.Address("Flat 3, 19 Furness Road", "Harlesden", "London", "NW10 4PP")
AUNT_F = d.Address("64 Craven Park Road", "Harlesden", "London", "NW10 8SE")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Isabelly", "Souza Lima"), ("Isabelly", "Lima")], dt.date(2013, 5, 17), [HOME_F],
       ids=["7784917961", "Q304976723971"], phones=["07418 662 039"], schools=["Capital City Academy"]),
    _p("s", "sibling", [("Enzo Gabriel", "Carvalho"), ("Enzo", "Carvalho")], dt.date(2019, 1, 24), [HOME_F],
       ids=["6844730977", "J304663056157"], schools=["Harlesden Primary School"]),
    _p("m", "mother", [("Luana", "Souza Lima")], dt.date(1990, 8, 3), [HOME_F], phones=["07903 215 764"],
       ids=["4002011836", "SZ 90 27 45 D"]),
    _p("f", "father", [("Rafael", "Carvalho")], dt.date(1988, 12, 12), [HOME_F], phones=["07467 381 225"], ids=["SH 46 13 78 B"]),
    _p("f2", "father", [("Wesley", "Ferreira")], phones=["+55 62 98452-7710"]),
    _p("g", "grandparent", [("Aparecida", "Souza")], phones=["+55 62 99184-3027", "+55 62 3241-6650"]),
    _p("a", "other", [("Jaqueline", "Souza")], None, [AUNT_F], phones=["07852 904 316"]),
    _p("p1", "professional", [("Oliver", "Nkemelu")], phones=["020 8937 5512", "07440 129 873"],
       emails=["oliver.nkemelu@mitchellbrook.gov.uk"]),
    _p("p2", "professional", [("Sinead", "Hartigan")], phones=["020 8965 7741"], emails=["shartigan@stgilestrust.org.uk"]),
], "c")

DOCS_F = [
    ("Philomena Protocol missing person form", """METROPOLITAN POLICE SERVICE - THE PHILOMENA PROTOCOL
Information about a child who may go missing (completed by parent/carer; keep a copy at home; give to police if the child
goes missing). Completed on [[12/09/2026|date]] by the mother with the help of the social worker. Updated by hand [[03/10/2026|date]].

CHILD
Full name: [[Isabelly SOUZA LIMA|name]]          Known as: [[Isa|name]], [[Bella|name]]
Date of birth: [[17/05/2013|dob]]  Age: 13    Gender: female    Ethnicity: Latin American (Brazilian)    Languages: English, Portuguese
Address: [[Flat 3, 19 Furness Road|address]], [[Harlesden|place]], [[NW10 4PP|postcode]]
School: [[Capital City Academy|school]], Year 9 (tutor: Ms [[Kezia Ampofo|name]])
Mobile: [[07418 662 039|phone]] (often off or out of credit; she uses wifi for WhatsApp and Instagram)
Social media: Instagram @isa.lima.x ; TikTok @bellaaa_sz ; Snapchat isalima13

DESCRIPTION
Height about 5'3"; slim; long dark brown hair, usually in a high ponytail or box braids; brown eyes; pierced ears; a small
scar on her chin (fell off a scooter age 6). Usually wears a black North Face puffer, grey Nike tech tracksuit, white Air
Force 1s. Carries a pink Stanley cup and a small black Prada-style bag.

HEALTH
Asthma (blue inhaler - she often forgets it). No allergies. GP: Harness Harlesden practice, [[Craven Park Road|address]].

WHERE SHE MAY GO
- Aunty's flat: Tia [[Jaqueline Souza|name]] ("[[Jaque|name]]"), [[64 Craven Park Road|address]], [[Harlesden|place]],
[[NW10 8SE|postcode]], [[07852 904 316|phone]]
- Friend [[Vitória Mendes|name]], [[Kensal Green|place]] (her mum [[Rosângela|name]] - [[07429 615 338|phone]])
- Friend [[Kayla Ofori|name]], [[Hillside|address]], [[Stonebridge|place]]
- Boyfriend? [[Jaheim|name]] (surname not known, "about 19", from [[Stonebridge|place]] or [[Neasden|place]]). Drives a white Mercedes A
Class,
  reg [[LB19 FKE|vehicle]] (Mum saw it outside on [[10/9|date]]).
- Westfield shopping centre at [[Shepherd's Bush|place]]; McDonald's on the [[High Street|address]] in [[Harlesden|place]]; Roundwood Park
- [[Wembley|place]] (the boyfriend's cousin's flat near the stadium, address not known)

PREVIOUS MISSING EPISODES
[[29 Aug 2026|date]] (returned next morning; said she was at [[Vitória|name]]'s - not true per [[Vitória|name]]'s mum)
[[8 Sept 2026|date]] (found by police at 02:30 in a car in [[Willesden|place]] with two adult males)
Added [[3/10|date]]: [[1 Oct 2026|date]] to [[2 Oct 2026|date]] - came home in a taxi to [[Furness Rd|address]] with a new iPhone

PARENTS / CARERS
Mother: [[Luana Souza Lima|name]] ("[[Lu|name]]"), [[07903 215 764|phone]]. Works nights as an office cleaner in [[Canary Wharf|place]]
(22:00-06:00).
Stepfather: [[Rafael Carvalho|name]] ("[[Rafa|name]]"), [[07467 381 225|phone]]. Delivery driver.
Brother: [[Enzo Gabriel|name]] (7)
Father: [[Wesley Ferreira|name]], in [[Anápolis|place]], Brazil - [[+55 62 98452-7710|phone]] (she talks to him on WhatsApp sometimes)
Grandmother: Vó [[Cida|name]] ([[Aparecida Souza|name]]) in [[Goiânia|place]] - [[+55 62 99184-3027|phone]]

Social worker: [[Oliver Nkemelu|name]], Mitchell Brook Council Adolescent Safeguarding Team, [[07440 129 873|phone]]
Signed (parent): [[L. Souza Lima|name]]        Recent photo attached: YES (taken [[5 Sept|date]], her first day back at school)
"""),
    ("return home interview", """MITCHELL BROOK COUNCIL - RETURN HOME INTERVIEW (RHI) - completed by St Giles Trust (commissioned service)
Young person: [[Isabelly Souza Lima|name]]    DOB [[17.05.2013|dob]]    Missing from: home    Episode no. 4 this year
Missing: Thursday [[1 October 2026|date]] 19:00 to Friday [[2 October 2026|date]] 23:40 (28 hours 40 mins). Reported by mother 23:15 on
[[01/10|date]].
Met CAD 9918/01OCT26; found/returned: came home by taxi (paid by someone else).
Interview: Monday [[5 October 2026|date]], 15:45, a café near school ([[Isa|name]] chose it). Offered within 72 hours: yes.
Worker: [[Sinead Hartigan|name]], Missing and Exploitation Caseworker, St Giles Trust, [[020 8965 7741|phone]]

Why did you go missing?
"I didn't go missing, I was with my man." [[Isa|name]] says she argued with [[Rafa|name]] (stepdad) because he took her phone and
said she "dresses like a [swear word]". Mum was at work. She messaged [[Jaheim|name]] and he picked her up on [[Tubbs Road|address]].

Where were you and who with?
First at [[Jaheim|name]]'s cousin's flat in [[Wembley|place]] ("near the arch") with [[Jaheim|name]], his cousin "[[Big Dee|name]]" (older,
"like
25") and two girls she did not know, one called [[Shanelle|name]] who is "16, from [[Kilburn|place]]". They smoked weed and drank
Hennessy. On Friday [[Jaheim|name]] drove her and [[Shanelle|name]] to [[Luton|place]] "to drop something" and then to a Nando's. She
says nothing sexual happened with [[Big Dee|name]] but she "had to stay in the room with him while [[Jaheim|name]] went out". She was
given the iPhone by [[Jaheim|name]] "because [[Rafa|name]] took mine".

Did anyone hurt you or make you do anything you didn't want to?
Shrugged. "[[Dee|name]] was weird. He kept touching my hair and saying I look older. [[Jaheim|name]] told him to stop." She would
not say more. She knows [[Jaheim|name]] is 20, not 19.

How do you feel about being home?
"Mum cried, [[Rafa|name]] shouted, [[Enzo|name]] hugged me. Same as always." She says [[Enzo|name]] is "the only one who doesn't judge
me". She misses Brazil, Vó [[Cida|name]] and her dad, and said "at least in [[Goiânia|place]] people know me".

What could help?
"If [[Rafa|name]] stopped treating me like a kid and Mum was home at night." She would like to do dance (funk and K-pop), and
she likes Ms [[Ampofo|name]] at school.

Risk indicators noted: older boyfriend (20); a new phone and gifts; travel out of borough with drugs (likely); an unknown
older male ([[Big Dee|name]]) with sexualised behaviour; alcohol and cannabis; a second missing episode in four weeks; conflict at
home; mother's night work. CSE / CCE screening tool score: HIGH.
Shared with: [[Oliver Nkemelu|name]] (SW); PC [[Tamika Bryan|name]] (Met Missing Persons Unit, North West BCU); MACE panel. Intelligence
submitted about [[LB19 FKE|vehicle]], "[[Big Dee|name]]" and the flat near Wembley Stadium.
[[Isa|name]]'s words at the end: "Don't make [[Jaheim|name]] the bad guy. He looks after me." Interview ended 16:40; I walked her to
the bus stop and she went to Tia [[Jaque|name]]'s.
"""),
]

DOCS_F += [
    ("child abduction warning notice", """METROPOLITAN POLICE SERVICE
CHILD ABDUCTION WARNING NOTICE (section 2, Child Abduction Act 1984, and section 49, Children Act 1989)
Served on: [[JAHEIM ROWE|name]]    Date of birth: [[21/02/2006|dob]]
Address: [[Flat 27, Kelly Court, Hillside|address]], [[London|place]] [[NW10 8LY|postcode]]    Mobile: [[07456 871 902|phone]]
Vehicle associated: Mercedes-Benz A180, white, [[LB19 FKE|vehicle]] (registered keeper: [[Marcia Rowe|name]], same address)

To [[Jaheim Rowe|name]],

You are being given this notice because the police and Mitchell Brook Council believe that you have been in contact with
the child named below, and that your contact with her puts her at risk of harm.

Child: [[Isabelly SOUZA LIMA|name]] (also known as [[Isa|name]] or [[Bella|name]])    Date of birth: [[17 May 2013|dob]]    Age: 13

The child's mother, [[Luana Souza Lima|name]], who has parental responsibility for her, has NOT given you permission to:
- have any contact with the child, by any means (in person, by phone, by text, WhatsApp, Instagram, Snapchat, TikTok or any
  other app, or through another person);
- allow the child to stay with you, or in any place you live or visit;
- pick the child up, drive her anywhere, or give her money, phones, clothes, drugs, alcohol or any other gifts.

If you do any of these things, you may be arrested and prosecuted under the Child Abduction Act 1984 (maximum sentence
seven years) or under other legislation. This notice will stay on police systems for as long as the child is under 16 and
may be shared with other agencies. It is not a criminal conviction.

Circumstances (for the police record)
On [[8 September 2026|date]] at 02:30 the child was found in the above vehicle on [[Church Road|address]], [[Willesden|place]], with you and
[[Dwayne Harper|name]] (known as "[[Big Dee|name]]", born [[30/07/2001|dob]]). Between [[1 October|date]] and [[2 October 2026|date]] she
was
missing from home for 28 hours and says she was with you at an address near [[Wembley|place]] and in [[Luton|place]]. A separate
notice has been served on Mr [[Harper|name]] today.

Served by: PC [[Tamika Bryan|name]] 2245NW    with: DC [[Rhys Okonkwo|name]] 7712NW
Date and time served: [[14/10/2026|date]] at 18:20    Place served: Harlesden Police Station
Recipient's response: "Man's not a nonce. She told me she was 16. I'm done with her anyway, she's long."
Recipient signed: refused          Copy given: yes          Interpreter needed: no
Parent informed: [[Luana Souza Lima|name]], [[14/10/2026|date]] 19:05, by phone (Portuguese interpreter [[Gabriela Nunes|name]])
Social worker informed: [[Oliver Nkemelu|name]], [[15/10/2026|date]]
"""),
    ("case transfer summary", """MITCHELL BROOK COUNCIL - CHILDREN AND YOUNG PEOPLE - CASE TRANSFER SUMMARY
From: Assessment and Intervention (Harlesden and Kensal)    To: Adolescent Safeguarding Team (Extra-Familial Harm)
Children: [[Isabelly Souza Lima|name]] ([[17/05/2013|dob]], NHS [[778 491 7961|nhs]], UPN [[Q304976723971|upn]]);
[[Enzo Gabriel Carvalho|name]]
([[24/01/2019|dob]], NHS [[684 473 0977|nhs]], UPN [[J304663056157|upn]], [[Harlesden Primary|school]])
Transferring worker: [[Priya Varsani|name]]    Receiving worker: [[Oliver Nkemelu|name]]    Transfer meeting: [[20 October 2026|date]]
Managers: [[Femi Adeleke|name]] (A&I) / [[Rachel Oyelowo-Smith|name]] (AST)

Household: [[Flat 3, 19 Furness Road|address]], [[Harlesden|place]], [[London|place]] [[NW10 4PP|postcode]] (two-bed housing association
flat,
Network Homes). Mother [[Luana SOUZA LIMA|name]] ([[03/08/1990|dob]]; NHS [[400 201 1836|nhs]]; NI [[SZ 90 27 45 D|ni]]; EU Settled Status
via her Portuguese passport - her grandfather was born in [[Braga|place]]). Stepfather [[Rafael CARVALHO|name]] ([[12/12/1988|dob]]; NI
[[SH 46 13 78 B|ni]]; pre-settled status), father of [[Enzo Gabriel|name]]. [[Isabelly|name]]'s father, [[Wesley Ferreira|name]], lives in
[[Anápolis|place]], Goiás, and has not seen her since she was 5.

The family came from [[Aparecida de Goiânia|place]] in 2021. [[Luana|name]] cleans offices at night; [[Rafael|name]] delivers for Amazon
Flex. Maternal aunt [[Jaqueline Souza|name]] ("Tia [[Jaque|name]]", [[07852 904 316|phone]]) lives nearby and is the main support.
Vó [[Cida|name]] (maternal grandmother, [[Aparecida Souza|name]]) in [[Goiânia|place]] talks to the children daily on WhatsApp video
and has offered to come for three months.

Why the case is transferring
Section 47 (CSE / CCE) and a strategy meeting on [[6 October 2026|date]]; the child in need plan for [[Enzo Gabriel|name]] continues with
the same worker. Key risks: [[Isabelly|name]]'s relationship with [[Jaheim Rowe|name]] (20) and contact with [[Dwayne Harper|name]]
("[[Big Dee|name]]", 25); 4 missing episodes; suspected drug running to [[Luton|place]]; a new phone; reduced school attendance
(71%). CAWNs served on both men on [[14 October|date]]. NRM referral submitted [[9/10/2026|date]].

Family functioning
[[Luana|name]] is loving and worried and has done everything asked (Philomena Protocol, reporting promptly, locking away the
spare keys). She is exhausted. [[Rafael|name]]'s approach is strict and sometimes humiliating ("he calls her piranha" - a
Brazilian slang word for a girl who sleeps around); he admits he took her phone and once pulled her off the sofa by the arm.
He has agreed to the Brazilian fathers' group at the Casa do Brasil em Londres. No marks seen on either child.
[[Enzo Gabriel|name]] ("[[Enzinho|name]]") is a happy, chatty 7-year-old who loves Flamengo and Pokémon; he told me "[[Isa|name]] always
comes back". His teacher at [[Harlesden Primary|school]], Mr [[Sam Okafor-Reid|name]], has no concerns.

What is working
[[Isabelly|name]] gets on with [[Sinead Hartigan|name]] (St Giles Trust) and with her tutor, Ms [[Ampofo|name]]. She has agreed to a
dance programme at the Stonebridge Adventure Playground on Wednesdays. She stays at Tia [[Jaque|name]]'s when home is tense, which
the family have agreed is a safe option; Tia [[Jaque|name]] has had police and LA checks (clear).

Outstanding tasks for the receiving worker
1. Contextual safeguarding: a location assessment of the area near Wembley Stadium and [[Hillside|address]], with the Met and
   the Community Safety team.
2. Visit the aunt, [[64 Craven Park Road|address]], [[NW10 8SE|postcode]], to see the room [[Isabelly|name]] uses.
3. Ring Vó [[Cida|name]] ([[+55 62 3241-6650|phone]], landline, evenings UK time) with a Portuguese interpreter - she wants to
   know "if the girl is being looked after".
4. A referral to Brent CAMHS? - [[Isabelly|name]] said no on [[5/10|date]]; try again.
5. A review of the family's housing (overcrowding: [[Isabelly|name]] shares with [[Enzo Gabriel|name]]).
Handed over by: [[P. Varsani|name]], [[20/10/2026|date]]. Received: [[O. Nkemelu|name]], [[20/10/2026|date]].
"""),
]

_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 15 (written 2026-12-06 without reading the detector; held out until scored on 2026-12-06 at 05:47 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "doctor", "sir", "pc", "ps", "dc", "ds", "sgt", "nurse", "sw", "judge", "district",
           "nan", "nanny", "gran", "granny", "grandma", "grandad", "mum", "mummy", "dad", "daddy", "auntie", "aunty", "uncle",
           "dadi", "dada", "ammi", "abbu", "chachu", "chacha", "chachi", "khala", "phuppo", "baji", "bhai", "appa", "amma",
           "ammamma", "appamma", "thatha", "chithi", "chithappa", "periyamma", "periyappa", "mama", "vó", "vo", "vovó", "vovo",
           "vô", "vovô", "tia", "tio", "mãe", "mae", "pai", "dona", "seu", "agent", "kurukkal"}
_AFTER = {"uncle", "aunty", "auntie", "anna", "akka", "thambi", "mama", "baji", "bhai", "chachu", "ji", "madam", "miss", "sir"}
_NOT_PLACES = {"england", "britain", "great britain", "united kingdom", "uk", "hampshire", "hants", "isle of wight",
               "the isle of wight", "the solent", "essex", "suffolk", "east anglia", "berkshire", "berks", "buckinghamshire",
               "bucks", "greater london", "london borough of brent", "jamaica", "clarendon", "st catherine", "pakistan",
               "azad kashmir", "kashmir", "ajk", "punjab", "sri lanka", "northern province", "the northern province", "vanni",
               "canada", "ontario", "brazil", "brasil", "goiás", "goias", "portugal", "eritrea", "europe", "south america"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 13's checker (which runs sets 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 13; this adds this set's titles and kinship words (before a name: "Doctor
# Fitch", "Sir Devlin", "Tia Jaque", "Vó Cida", "Ammamma Pushpam", "agent Ranjan"; and after one: "Siva anna", "Vasuki
# akka", "Kashif bhai", "Georgina madam") and counties, regions, provinces and countries ("Essex", "Suffolk", "Azad
# Kashmir", "Northern Province", "Goiás", "Canada").
_SET = HandSet(NAME, _PAIRS, _RECORDS, set13_problems, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
