"""Set 17: a twelfth held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-06 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type, as sets 8
to 15 do), bench/README.md, tests/test_redaction_hand_sets.py, or bench/redaction_set16.py and tests/test_redaction_set16.py
(written by another helper at the same time), that did not run the detector or any bench script that runs it, that ran no git
command, and that looked at no detector output. What was read: bench/redaction_set15.py and tests/test_redaction_set15.py in
full (the layout and marking conventions followed here), tests/test_redaction_set13.py, the docstrings of
bench/redaction_set14.py to bench/redaction_set7.py and bench/redaction_heldout.py (for set 10 to set 7 only the paragraphs
naming families, towns and document types; to see which towns and communities earlier sets used as a family's home, and which
document types), the checker functions and word lists of sets 14 to 7 and of bench/redaction_heldout.py (problems, _TITLES,
_AFTER, _NOT_PLACES, _WEEKDAYS, _valid_phone, _NI, KINDS), the `_party`, `Records`, `word_problems`, `_parse` and `_docs`
helpers of bench/redaction_handwritten.py, and `gold_counts` and `report` of bench/redaction_heldout.py. The record
constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records
(and a self-check read back the parties' dates of birth from the built records). Nobody may tune the detector on this set:
it is to be scored once, after the detector's current round of changes. If a mistake in the gold marking is found after
scoring, correct only the marking and say so here.

Six families, chosen to look like a typical English local authority's caseload, each from a town or district no earlier set
(6 to 15) used as a family's home, in the South West, on the South coast, in the Home Counties and in the East Midlands. Four
of the kinds most common in children's social care: a young white British mother on the Foxhole estate in Paignton, with a
grandmother in Brixham (Luscombe / Mudge; a boy of 6 who rings 999 when his mother is strangled by her ex-partner, a toddler's
neglect, an IDVA, MARAC and a Clare's Law disclosure), a white British family of Scottish descent in Kingswood, Corby, with a
grandmother in Kettering (Docherty / Strachan; a baby born withdrawing from heroin and adopted, a boy of 8 in long-term foster
care in Desborough, a mother in recovery who writes through the letterbox), a Black British Caribbean family in Whitley,
Reading, with a Jamaican-born grandmother in Tilehurst (Grant / Hylton; a boy of 15 criminally exploited on a line to Slough,
a referral order, threats made at his boxing club) and a British Bangladeshi (Sylheti) family in Queens Park, Bedford
(Choudhury / Begum; a girl of 16 at risk of a forced marriage in Sylhet, a brother who blackmails her, section 20
accommodation and a Forced Marriage Protection Order). Two from communities no earlier set used: a Goan Catholic family with
Portuguese passports in Gorse Hill, Swindon (Fernandes; a girl of 14 with anorexia who self-harms, a father's gambling debts
and domestic abuse, a grandmother in Margao and an aunt in Lisbon) and an Iranian family seeking asylum, first in a
contingency hotel in Boscombe and then in a flat in Springbourne, Bournemouth (Rahimi / Karimi; a girl of 15 groomed by an
adult resident of the hotel, a father who converted to Christianity, a nephew of 16 who crossed the Channel alone and whose
age the Home Office disputed). 24 documents, of types no earlier set used or in styles new to these sets: a 999 call
transcript, an ambulance crew's safeguarding referral from the ePCR, an IDVA's case notes, a Clare's Law disclosure record,
a child permanence report extract, a later life letter, a birth mother's letterbox letter with the coordinator's note, a
supervising social worker's foster home visit record, a youth justice AssetPlus extract, a boxing club welfare officer's
concern form, MACE meeting minutes, a boy's letter to his referral order panel, a girl's phone notes shared with her teacher,
an email chain with the Forced Marriage Unit, Imo messages translated from Sylheti (with Bengali script), a section 20
agreement and placement information record, a parish safeguarding representative's record of concern, a girl's online
consultation with her GP surgery, an eating disorders service's care planning meeting notes, a family WhatsApp group in
English, Konkani and Portuguese, an asylum hotel's safeguarding email chain, an age assessment extract, a Telegram chat
translated from Persian (with Persian script) and a pastor's letter of support for an asylum appeal.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers; a few public buildings carry their real street). Phone
numbers are valid numbers (checked with the phonenumbers library), UK and foreign (Bangladesh, India, Portugal, Iran); NHS
numbers (ordinary and 999 ranges) and UPNs (the right LA number for the area and the year the number was given: 880, 928 for
a Northamptonshire child before the county was split, 870, 822, 866; none for the family that arrived in 2026) pass their
check digits. Councils are invented (Dartbrook, Welland Vale, Kennet Vale, Ouse Meadow, Ridgeway Vale, Stour Haven), and so
are the adoption agency (Adopt Welland), the boxing club (Southside ABC), the asylum hotel (Chine Crest Hotel), the church
in Boscombe (Boscombe Grace Church), the immigration solicitors and the GP practices; towns, districts, estates, villages,
real charities, housing associations, brands, NHS bodies, police forces, courts, prisons, apps, programmes, foods and laws
are real and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set15.py (which follows sets 6 to 13). [[words|kind]] is a gold span
(name, address, postcode, place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words
(Mr, Mrs, Ms, Miss, Dr, Fr, Rev., PC, DC, DS, DI, HHJ, Nanny, Nana, Granny, Mummy, Papa, Avó, Tia, Mai, Ammu, Abbu, nanu,
chacha, bhai, apa, khanom, khale, maman-bozorg, Amu, Kaka, Brother) stay outside the name span, whether they come before or
after the name ("Nana Aggie", "Granny Bev", "Tia Lourdes", "Brother Kaveh", "Jubayer Bhai", "Shirin Apa", "Lucy khanom",
"Negin jan", "Rosy aunty"); a possessive 's, or a bare s in texting ("bev"s, "Lourdes"s), stays outside; every person's name
is a name in every form, record or not. "SURNAME, First" is one span, and so is "SURNAME First"; an initial with a surname is
one span; a name broken by a line break is one span holding the break; initials alone are not marked ("C", "K" for a boy
whose name the speaker then says); social media handles are not marked, but an account, display or contact name that is a
person's plain name or nickname is marked ("Sandy Mudge" on Messenger, "K Dot" in a phone's contacts, "Behzad Rahimi" on
Instagram). A street address is one span, its town a place, its postcode a postcode; a street named without a number is an
address ("Palace Avenue", "Victoria Street", "King Charles Street"); towns, cities, villages, districts and estates are
places, at home or abroad; countries, counties, states, regions and divisions are not ("Devon", "Northamptonshire",
"Berkshire", "Bedfordshire", "Dorset", "Goa", "Jamaica", "St Catherine", "Bangladesh", "Iran", "Turkey", "Serbia"); nor is
Torbay, the borough, which is a local authority area like set 15's "London Borough of Brent". Organisations are not marked
even when they hold a town's or a person's name ("Torbay Hospital", "Great Western Hospital", "Paignton Police Station",
"HMP Exeter", "Reading Youth Court", "Family Court at Northampton", "Reading Borough Council", "Corby Town", "Celtic",
"Change Grow Live", "Moredon and Gorse Hill Medical Partnership", "Queens Park Health Centre", "Gordon Moody", "Boscombe Grace
Church"); a school's or college's name is a school even when it holds a person's name, and so is its short form ("John
Madejski Academy", "JMA", "Mark Rutherford School", "St Joseph's Catholic College", "st joes", "Tresham college", "reading
college", "Activate Learning", "BSG", "Shahid Beheshti" in Iran); a date of birth is dob (a birthday without the year too),
any other calendar date with a day is date (a weekday before it stays outside), and the bare day in a range ("from 10 to 15
September") is a date span of its own; months and years alone are not marked; helplines are not marked; a pet's name
(Diesel, Biscuit) is not a name; a firm named after people marks only the names ("[[Mudge|name]] & Son Roofing",
"[[Whitcombe|name]] & [[Hale|name]] Immigration Solicitors"); parks, beaches, shopping centres, venues and attractions are
landmarks and stay unmarked (Wicksteed Park, the Oracle, Fisherman's Walk beach, the Corby Cube); a surname or first name that
is also an English word, a brand or a town is marked by what it refers to (Ivy, Precious, Mercedes, Kettering, Bedford,
Newton, Harris, Ashby and Bond are names when they are people, and "Newton" for Newton Abbot is a place); a nickname in
quotes is its own span; a name in another script is a name (Bengali "তাসনিম", "আয়েশা", "রেহানা"; Persian "نگین", "یاسی",
"یاسمن" as written); a contact saved under a kinship word ("Ammu", "Avó") is not a name; a case ending or suffix joined to a
transliterated name stays outside the span ("tasnim"er, "poppy"-e, as set 15's "Tharsikaku"); a group chat named after a
family ("Fernandes Family") marks the surname; a deity, saint or biblical figure (Allah, St Francis Xavier, Noah) and a public
figure named for their work (Anthony Joshua) are not people in the case; a children's home, hotel or venue is an organisation
while its street address is marked, as set 15's Kestrel House was.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: in a 999 call an address,
postcode, date of birth and registration said in words ("nine white rock close", "T Q four, seven P L", "eleventh of April
ninety-eight", "w a one nine") are an address, a postcode, a dob and a vehicle, as set 14 marked a partial plate; a date of
birth in the Iranian calendar ("13 Farvardin 1389", "13/01/1389") is a dob, and so is the date of birth the Home Office
assessed a young person to have ("01/01/2004"); a family name in the plural ("the Dochertys", "the Gallachers") is one name
span with its s; a railway station named after its town ("Reading railway station", "reading station") is a landmark and
stays unmarked, like a hospital called by its town; a case-law label named after a place ("Merton compliant") is legal
vocabulary, like Clare's Law, and stays unmarked; a street label that is no name ("Big Man") is not marked, while a street
nickname that is one ("K Dot", "Smoke", "Tee") is; a church or parish named after a saint (Holy Rood, St Brendan's) is an
organisation, but a place named with it ("Holy Rood, Swindon", "St Brendan's, Corby") is marked, as set 13's "We Are With You,
Telford" was, and so is a place that names a branch or a service in words that are not part of a proper name ("the Boscombe
Salvation Army", "the surgery in Desborough", "the domestic abuse service in Swindon"); the adopters' first names in a later
life letter ("Hannah", "Joel") are names, and "tummy mummy" is not; the date titles a girl typed over her phone notes ("14
aug", "6.10") are dates; "Holy Rood" is a school when it is the short name of the boy's primary school and an organisation
when it is the parish.

Self-check without the detector: `python -m bench.redaction_set17` (and tests/test_redaction_set17.py) runs set 15's checker
(which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words (before and after a
name) and counties, regions and countries, and prints the number of documents and gold spans per kind: 24 documents,
1,456 gold spans, 873 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones

# --- A. Luscombe / Mudge family (white British), Foxhole, Paignton ----------------------------------------------------

HOME_A = d.Address("9 Whiterock Close", "Foxhole", "Paignton", "TQ4 7PL")
NAN_A = d.Address("3 Furzeham Terrace", "", "Brixham", "TQ5 8QN")
DAD_A = d.Address("Flat 6, 40 Torquay Road", "Preston", "Paignton", "TQ3 2AH")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Ivy", "Luscombe")], dt.date(2025, 1, 14), addresses=[HOME_A], ids=["5158390495"]),
    _p("s", "sibling", [("Tommy-Lee", "Luscombe")], dt.date(2020, 6, 2), addresses=[HOME_A], ids=["4838813406", "L880710316928"],
       schools=["Oldway Primary School"]),
    _p("m", "mother", [("Jade", "Luscombe")], dt.date(2001, 9, 23), addresses=[HOME_A], phones=["07826 301 447"],
       ids=["4550386266", "NJ 48 27 61 C"]),
    _p("f", "father", [("Connor", "Mudge")], dt.date(1998, 4, 11), addresses=[DAD_A], phones=["07912 558 063"]),
    _p("f2", "father", [("Kyle", "Tapper")], dt.date(1999, 2, 8), phones=["07721 904 653"]),
    _p("g", "grandparent", [("Debbie", "Luscombe")], dt.date(1975, 12, 5), addresses=[NAN_A],
       phones=["07745 216 380", "01803 853 226"]),
    _p("p1", "professional", [("Rosie", "Hext")], None, phones=["01803 208 449", "07384 912 605"],
       emails=["rosie.hext@dartbrook.gov.uk"]),
    _p("p2", "professional", [("Sam", "Penwill")], None, phones=["07458 330 912"], emails=["sam.penwill@tdas.org.uk"]),
], "c")

DOCS_A = [
    ("999 call transcript", """DEVON AND CORNWALL POLICE - CONTACT CENTRE - 999 CALL TRANSCRIPT
(produced for the strategy discussion; audio ref 999-TQ-261018-2147; not checked against the audio by the caller)
Call received: [[18/10/2026|date]] 21:47:12    Caller line ID: [[07826 301447|phone]] (subscriber: [[J LUSCOMBE|name]])
BT operator connected to police 21:47:31. Call handler: [[Kerry Tozer|name]] (CH 4471). Transcribed by: [[A. Bidder|name]].
Words that could not be heard are shown as [inaudible]. The first caller is a child.

BT: Emergency, which service?
CALLER 1: [crying] the police. police
BT: Connecting you now, stay on the line.
CH: Police emergency, what's happened?
CALLER 1: my mummy's bleeding and [[Connor|name]] smashed the [inaudible] and he's kicking the back door
CH: Okay sweetheart, you're doing really well. What's your name?
CALLER 1: [[Tommy|name]]. [[Tommy-Lee|name]].
CH: [[Tommy-Lee|name]], how old are you, my love?
CALLER 1: six. six and a quarter
CH: And where are you, [[Tommy-Lee|name]]? Do you know your address?
CALLER 1: nine... [[nine white rock close|address]]
CH: [[Whiterock Close|address]]. Is that in [[Paignton|place]]?
CALLER 1: yeah in [[foxhole|place]]. by the shop with the slushies
CH: Good boy. Do you know your postcode?
CALLER 1: [[T Q four, seven P L|postcode]]. mummy made me learn it
CH: That's brilliant. Who else is in the house?
CALLER 1: [[Ivy|name]]. she's my sister she's a baby she's crying. mummy is on the floor by the fridge
CH: Is [[Connor|name]] inside the house now?
CALLER 1: he's outside he's shouting he's going to kill her. I want my Nanny [[Debbie|name]]
CH: Who is [[Connor|name]], [[Tommy-Lee|name]]?
CALLER 1: [[Ivy|name]]'s dad. he's not my dad. my dad is [[Kyle|name]] he lives in [[Newton|place]]
CH: Okay. Is mummy awake? Can she talk to me?
CALLER 2 (adult female): [[Tommy|name]] give me the phone... hello? hello? he's gone, he's gone in the van
CH: Is that mum? What's your name please?
CALLER 2: [[Jade|name]]. [[Jade Luscombe|name]]. he's smashed my head on the... it's bleeding everywhere
CH: Who has done this to you, [[Jade|name]]?
CALLER 2: [[Connor Mudge|name]]. my boyfriend. ex. he had me by the throat, I couldn't breathe, [[Tommy|name]] seen it all
CH: Do you know his date of birth?
CALLER 2: [[eleventh of April ninety-eight|dob]]
CH: And the van, what is it?
CALLER 2: white Transit, it says [[Mudge|name]] & Son Roofing on the side, it's his dad's. the reg is [[WA19 KZT|vehicle]] I think.
  [[w a one nine|vehicle]]... yeah [[WA19 KZT|vehicle]]
CH: Has he got any weapons?
CALLER 2: he had a hammer from the van but he dropped it on the patio. he's been drinking all day in the pubs on [[Palace Avenue|address]]
CH: Officers are on their way and an ambulance. Is there anyone with you?
CALLER 2: my neighbour [[Shirl|name]]'s come round from number eleven. [[Shirley|name]], it's the police... my mum's in [[Brixham|place]],
  she's on [[07745 216 380|phone]], can you ring her, I can't
CH: We'll make sure someone calls her. Keep the door locked and stay on the line with me.
CALLER 2: [[Ivy|name]]'s screaming. [[Shirley|name]] has got her. [[Tommy|name]] come here babe
CH: Two officers are about two minutes away, PC [[Bryony Lang|name]] and PC [[Ollie Trist|name]]. Don't open the back door.
[Sirens heard 21:57:58. Call ended by the handler 21:58:40 when officers were at the door.]

CALL HANDLER'S NOTES (for the log)
Log 1022 of [[18/10/2026|date]]. DA, grade 1. Children in the house: [[Tommy-Lee LUSCOMBE|name]] ([[02/06/2020|dob]]) and
[[Ivy LUSCOMBE|name]] ([[14/01/2025|dob]]). Victim [[Jade LUSCOMBE|name]] ([[23/09/2001|dob]]). Suspect [[Connor MUDGE|name]]
([[11/04/1998|dob]]) of [[Flat 6, 40 Torquay Road|address]], [[Preston|place]], [[Paignton|place]] [[TQ3 2AH|postcode]].
PNC: ABH against a previous partner in [[Exeter|place]] (2021) and a restraining order (expired). Caller mentioned non-fatal
strangulation: flagged. [[WA19 KZT|vehicle]] circulated for ANPR at 21:55. Stopped at 22:31 near [[Kingskerswell|place]] by
the Roads Policing unit; [[Mudge|name]] arrested. Neighbour: Mrs [[Shirley Gammon|name]], [[11 Whiterock Close|address]].
Maternal grandmother: [[Debbie Luscombe|name]], rung by the handler at 22:02; attending from [[Furzeham Terrace|address]].
"""),
    ("ambulance crew safeguarding referral", """South Western Ambulance Service NHS Foundation Trust
SAFEGUARDING REFERRAL - generated from the electronic patient care record (ePCR)
Incident no: 1810-3392    Call: [[18/10/2026|date]] 21:49    At scene: 22:04    Left scene: 22:51    At hospital: 23:06
Crew: [[Marcus Yeo|name]] (Paramedic, 4527) and [[Hannah Kitto|name]] (Emergency Care Assistant)
Police at scene: PC [[Bryony Lang|name]] 5512, PC [[Jess Newton|name]] 6630
Referral type: Child(ren) at risk AND Adult at risk    Consent from patient: YES (for the adult referral)

PATIENT
Name: [[LUSCOMBE, Jade|name]]    DOB: [[23/09/2001|dob]]    Age: 25    Sex: F    NHS no: [[455 038 6266|nhs]]
Home: [[9 Whiterock Cl|address]], [[Paignton|place]], [[TQ4 7PL|postcode]]    Tel: [[07826 301 447|phone]]
GP: Corner Place Surgery, [[Paignton|place]]    NOK: [[Debbie Luscombe|name]] (mother) [[07745 216380|phone]]

PRESENTING COMPLAINT / HISTORY
Pt states partner (ex) [[Connor|name]] (surname given as [[Mudge|name]]) came to the back door after drinking, forced his way in
and pushed her head into the corner of the kitchen worktop, then "had me by the throat, one hand, for about ten seconds, I
couldn't breathe and I wet myself". No LOC reported. He left in a van before police arrived. Pt says this is the third time he
has had her by the neck ("he's done my throat twice before, once when I was pregnant with [[Ivy|name]]").

OBSERVATIONS / FINDINGS
GCS 15. 3 cm laceration L parietal, bleeding controlled with pressure. Petechiae under both eyes. Linear red marks L side of
the neck; hoarse voice; pain on swallowing. Sats 98% RA. Conveyed to Torbay Hospital ED (non-fatal strangulation pathway:
CT angiogram to be considered by ED).

CHILDREN PRESENT
1. [[Tommy-Lee|name]] (6, NHS [[483 881 3406|nhs]]). Witnessed the assault and made the 999 call. Found hiding behind the sofa
with the house phone and a
   Peppa Pig torch. Said to my colleague: "[[Connor|name]] hurt mummy's neck again". No injuries seen. School: [[Oldway Primary|school]].
2. [[Ivy|name]] (21 months, NHS [[515 839 0495|nhs]]). In her cot, crying, no injuries seen on a check with the neighbour's
consent. Heavy nappy; no sheet
   on the cot mattress; a bottle of old formula in the cot. Dummy on a string around her neck (removed and advice given).

HOME CONDITIONS
Kitchen: broken glass, a hammer on the patio outside the back door (left for police). Blister packs of pregabalin (not
prescribed to pt, she says they are [[Connor|name]]'s) open on the kitchen worktop within reach of a child. Dog (Staffordshire
bull terrier, "Diesel") loose in the garden. Smell of cannabis in the lounge. Otherwise tidy; food in the fridge.

WHO THE CHILDREN WERE LEFT WITH
Neighbour Mrs [[Shirley Gammon|name]] ([[Shirl|name]]) of [[11 Whiterock Close|address]] until maternal grandmother
[[Debbie Luscombe|name]] arrived from
[[Brixham|place]] at 22:40 with her partner, Mr [[Mick Widdicombe|name]]. MGM took both children to her address, [[3 Furzeham
Terrace|address]], [[Brixham|place]] [[TQ5 8QN|postcode]] ([[01803 853 226|phone]]), agreed by PC [[B. Lang|name]] (5512).

OTHER INFORMATION
Pt says [[Tommy-Lee|name]]'s father, [[Kyle Tapper|name]] of [[Newton Abbot|place]], "doesn't know any of this and would go mental". Pt
asked us not to tell [[Connor|name]]'s mum, [[Sandra|name]], who "will tell him everything". Pt tearful throughout, repeatedly asking
whether the children will be taken off her.

Referral sent to: Dartbrook Council MASH (secure email) 23:40 and the SWASFT Safeguarding Hub. Crew: [[M. Yeo|name]] / [[H. Kitto|name]].
"""),
]

DOCS_A += [
    ("independent domestic violence adviser's case notes", """TORBAY DOMESTIC ABUSE SERVICE (TDAS) - IDVA CASE NOTES (exported from Modus)
Client: [[Jade LUSCOMBE|name]]    DOB [[23/09/2001|dob]]    Client ID TDAS-26-1187    Risk: HIGH (DASH 18/24)    MARAC: yes
Perpetrator: [[Connor MUDGE|name]] ([[11.04.1998|dob]])    Children: [[Tommy-Lee|name]] (6), [[Ivy|name]] (1)
IDVA: [[Sam Penwill|name]]    Safe contact: mobile [[07826 301 447|phone]], texts OK, ring only after 10am ("not when
Mum is there")

[[19/10/26|date]] 10:20 | Phone | [[S. Penwill|name]]
Referral from police (DS [[Morwenna Pascoe|name]], Public Protection Unit) and SWASFT. Rang [[Jade|name]] at her mum's in
[[Brixham|place]]. Discharged from Torbay ED at 04:00, CT clear, 4 staples. Very shaky, voice still hoarse. [[Connor|name]] charged
overnight (s75A non-fatal strangulation, ABH, criminal damage) and remanded to Exeter magistrates tomorrow. Explained my role
and MARAC. She said: "I just want him to leave us alone. And I want to go home, I don't want to be at my mum's forever."

[[20/10/26|date]] 14:00 | Home visit at [[Furzeham Terr|address]] with SW [[Rosie Hext|name]] | [[S. Penwill|name]]
Seen with [[Debbie|name]] (MGM) present at [[Jade|name]]'s request, then alone. Safety plan done: code word with [[Debbie|name]] and
with neighbour [[Shirley|name]] ("have you fed Diesel"); Hollie Guard app installed; 999 Silent Solution explained. Helped her report
the change of circumstances on her UC journal (NI [[NJ 482761C|ni]]). Sanctuary scheme referral for
[[9 Whiterock Close|address]] (door chains, window locks, a security door at the back). [[Connor|name]] remanded
in custody at HMP Exeter until plea hearing on [[3 November|date]]. His mum, [[Sandra Mudge|name]], has messaged [[Jade|name]] on Facebook
Messenger ("[[Sandy Mudge|name]]") saying "u will ruin my boys life over a row". Advised screenshots; to police.
[[Tommy-Lee|name]] wet the bed both nights. [[Rosie|name]] to speak to the school (Mrs [[Annie Rendle|name]], DSL, [[Oldway|school]]).

[[22/10/26|date]] 09:45 | Text | [[S. Penwill|name]]
"Hi [[Jade|name]] it's [[Sam|name]] from TDAS. Just checking in. MARAC is on Weds [[4th Nov|date]], I'll speak for you. Any
contact from C or his family pls screenshot x". Reply 11:12: "ok thanks hun. his sister [[Tegan|name]] drove past mums
twice today in a red corsa [[WF66 OHB|vehicle]]."

[[22/10/26|date]] 11:30 | Email to DS [[Pascoe|name]] re the sister's car and the Messenger messages. Incident logged.

[[27/10/26|date]] 15:10 | Home visit at home ([[Whiterock Cl|address]]) | [[S. Penwill|name]]
[[Jade|name]] back home since the weekend with the children; sanctuary works done on [[26 Oct|date]] by Westward Housing. Kitchen
cleaned and glass fixed. She is taking sertraline again (GP Dr [[Fogwill|name]]). Asked about Clare's Law - she wants to know
"what he did to [[Leah|name]]" (a previous partner she heard about from a friend). Explained Right to Ask; submitted online
with her consent today. [[Ivy|name]] asleep in her cot (sheet on, no dummy string). [[Tommy-Lee|name]] at school.

[[04/11/26|date]] | MARAC (Torbay, Teams) | [[S. Penwill|name]]
Actions: police flag on address; DVPN/DVPO not needed while remanded; housing flag (Westward); health visitor ([[Lowenna
Harvey|name]]) to visit [[Ivy|name]]; school to put [[Tommy-Lee|name]] in the Rainbow group; probation to check the partner of
[[Connor|name]]'s
cousin, [[Dale Mudge|name]], at whose address [[Connor|name]] could be bailed ([[14 Polsham Park|address]], [[Paignton|place]])
- NOT suitable, [[Jade|name]]'s
street is 400 yards away.

[[09/11/26|date]] 13:00 | Phone | [[S. Penwill|name]]
[[Connor|name]] pleaded not guilty on [[3/11|date]]; trial listed at Exeter Crown Court for [[15 March 2027|date]]; remanded.
[[Jade|name]] worried
about giving evidence. Told her about special measures and the ISVA / court IDVA, [[Lou Ferris|name]]. [[Jade|name]] said
[[Tommy-Lee|name]]'s dad,
[[Kyle|name]], "has found out and is being nice for once" - he has offered to have [[Tommy-Lee|name]] on Saturdays at his flat in
[[Newton Abbot|place]]. To discuss with [[Rosie|name]].

[[18/11/26|date]] 10:00 | Clare's Law disclosure meeting at Paignton Police Station, with DS [[Pascoe|name]] | [[S. Penwill|name]]
See the police record. [[Jade|name]] was very quiet afterwards. Said: "So it wasn't me. He did it to her too." Taken for a coffee
at the Costa on [[Victoria Street|address]]. Follow-up call booked for [[20/11|date]].

[[24/11/26|date]] 16:30 | Phone | [[S. Penwill|name]]
[[Jade|name]] much brighter. Her cousin [[Kelsey Luscombe|name]] is staying for a week. [[Tommy-Lee|name]]'s teacher, Miss
[[Pengelly|name]],
says he drew a picture of "a policeman taking [[Connor|name]] away" and told the class he "saved mummy". [[Ivy|name]] has started at the
nursery at the children's centre; her key worker is [[Becky Loram|name]]. [[Debbie|name]] and [[Mick|name]] are having the children on
Fridays so [[Jade|name]] can go to the Freedom Programme. [[Kyle Tapper|name]] has had [[Tommy-Lee|name]] twice; [[Rosie|name]]
has done a check
on him and his partner, [[Stacey Vinnicombe|name]] - nothing of concern. [[Sandra Mudge|name]] has stopped messaging.
"""),
    ("Clare's Law disclosure record", """DEVON AND CORNWALL POLICE
DOMESTIC VIOLENCE DISCLOSURE SCHEME (Clare's Law) - RECORD OF A DISCLOSURE MADE UNDER THE RIGHT TO ASK
Reference: DVDS/TQ/26/0644    Application received: [[27/10/2026|date]] (online, with the help of an IDVA)
Decision-making panel: [[11/11/2026|date]] (police, probation, Dartbrook Council Children's Services, TDAS)

APPLICANT (the person at risk)
Name: [[Jade LUSCOMBE|name]]    DOB: [[23/09/2001|dob]]    Address: [[9 Whiterock Close|address]], [[Foxhole|place]], [[Paignton|place]]
[[TQ4 7PL|postcode]]    Relationship to subject: former partner (about 3 years, separated [[18/10/2026|date]]); they have a child
together, [[Ivy LUSCOMBE|name]] (born [[14/01/2025|dob]])

SUBJECT
Name: [[Connor James MUDGE|name]]    DOB: [[11/04/1998|dob]]    Also known as: "[[Con|name]]", "[[Mudgey|name]]"
Last known address: HMP Exeter (remanded); before that [[Flat 6, 40 Torquay Road|address]], [[Preston|place]], [[Paignton|place]]

DECISION
The panel decided that a disclosure is lawful, necessary and proportionate to protect the applicant and her two children,
[[Ivy|name]] and [[Tommy-Lee|name]], from further harm.

THE DISCLOSURE (read to the applicant word for word; the applicant may not keep a copy)
"The police hold information that [[Connor Mudge|name]] was convicted in 2021 of assault occasioning actual bodily harm
against a former partner, who was living with him in [[Exeter|place]] at the time. He received a community order and a
restraining order for two years. The police also hold information about two other reports of domestic abuse by him
against a different former partner, between 2017 and 2019, which did not lead to a charge. These reports include
allegations that he put his hands around that partner's neck."

Further information given verbally: the names of the former partners were NOT disclosed. The applicant asked whether the
2021 victim was a woman called [[Leah|name]]; the officer neither confirmed nor denied this.

WHO WAS PRESENT
Disclosing officer: DS [[Morwenna Pascoe|name]] 2093, Public Protection Unit, [[Torquay|place]]
Support: [[Sam Penwill|name]], IDVA (TDAS)    Date and time: [[18/11/2026|date]] 10:00-10:40    Place: Paignton Police Station
Children's Services informed: [[Rosie Hext|name]], Social Worker, Dartbrook Council, [[rosie.hext@dartbrook.gov.uk|email]],
[[01803 208 449|phone]]

APPLICANT'S RESPONSE (as said)
"I knew there was something. He always said [[Leah|name]] was a psycho and lied about him. My mum said from the start he had
a temper. I'm not having him back. I want [[Ivy|name]] to know her dad's side, his nan [[Pat|name]] is lovely, but not him."
She asked whether [[Connor|name]]'s family would be told about the disclosure (no) and whether his new partner, if he has one,
would be told (any new partner would be considered separately under the Right to Know).

CONFIDENTIALITY UNDERTAKING
Signed: [[J Luscombe|name]]    Witnessed: [[M. Pascoe|name]] DS 2093 / [[S Penwill|name]]    Date: [[18.11.2026|date]]
Safety plan reviewed: yes. Next review of the safety plan: with IDVA on [[20 November 2026|date]].
"""),
]

# --- B. Docherty / Strachan family (white British, of Scottish descent), Kingswood, Corby --------------------------------

HOME_B = d.Address("27 Tay Road", "Kingswood", "Corby", "NN17 2LF")
NANA_B = d.Address("16 Regent Street", "", "Kettering", "NN16 8QG")
FOSTER_B = d.Address("12 Harborough Road", "", "Desborough", "NN14 2QX")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Orla", "Docherty")], dt.date(2025, 8, 3), addresses=[FOSTER_B], ids=["5358865934"]),
    _p("s", "sibling", [("Harris", "Docherty")], dt.date(2018, 3, 21), addresses=[FOSTER_B], ids=["5200177553", "B928707523691"],
       schools=["Loatland Primary School"]),
    _p("m", "mother", [("Nicole", "Docherty")], dt.date(1997, 2, 16), addresses=[HOME_B], phones=["07507 219 884"],
       ids=["6825574892", "SC 19 44 87 A"]),
    _p("f", "father", [("Ryan", "Strachan")], dt.date(1994, 10, 30)),
    _p("g", "grandparent", [("Agnes", "Docherty")], dt.date(1962, 5, 9), addresses=[NANA_B], phones=["01536 517 204"]),
    _p("o", "other", [("Pamela", "Ashby"), ("Pam", "Ashby"), ("Keith", "Ashby")], dt.date(1968, 7, 1), addresses=[FOSTER_B],
       phones=["01536 742 350"]),
    _p("p1", "professional", [("Lorna", "Kettering")], None, phones=["01536 464 310"], emails=["lorna.kettering@wellandvale.gov.uk"]),
    _p("p2", "professional", [("Gavin", "Rudd")], None, phones=["01604 367 540"], emails=["gavin.rudd@adoptwelland.org.uk"]),
], "c")

DOCS_B = [
    ("child permanence report extract", """WELLAND VALE COUNCIL - CHILD PERMANENCE REPORT (CPR, Annex B) - EXTRACT (sections 1,
3, 4, 6 and 9)
For the agency decision maker and the adoption panel of [[9 April 2026|date]]. Prepared by [[Lorna Kettering|name]], Social Worker,
Children in Care Team, with [[Gavin Rudd|name]], Family Finding, Adopt Welland.

1. THE CHILD
Name: [[Orla Grace DOCHERTY|name]]    Date of birth: [[03/08/2025|dob]]    Place of birth: [[Kettering|place]] (KGH)
NHS no: [[535 886 5934|nhs]]    Legal status: interim care order [[11/08/2025|date]]; care and placement orders made at the Family
Court at Northampton by HHJ [[Temperley|name]] on [[17 February 2026|date]]
Current placement: with Mrs [[Jackie Pell|name]], a fostering for adoption carer in [[Rushden|place]], since [[21/08/2025|date]]
Ethnicity: White British (maternal family Scottish, from [[Coatbridge|place]]; paternal family English)    Religion: none
(baptised Catholic at St Brendan's, [[Corby|place]], at her mother's wish)

3. HEALTH
[[Orla|name]] was born at 36 weeks weighing 2.3 kg. Her mother used heroin, methadone, crack cocaine and alcohol in the
pregnancy and had no antenatal care until 30 weeks. [[Orla|name]] was treated for neonatal abstinence syndrome on the neonatal
unit for 19 days (oral morphine, weaned on [[20 August 2025|date]]). Hepatitis C screen negative at 18 months is still to be done.
Her paediatrician, Dr [[Anjali Mistry|name]], says her development at 8 months is within the normal range, with some
increased muscle tone in her legs, which is being watched by the physiotherapist, [[Fran Cottingham|name]]. Mrs [[Pell|name]]
says she is "a smiley, nosy baby who loves the washing machine and her bath".

4. BIRTH FAMILY
Mother: [[Nicole DOCHERTY|name]], born [[16/02/1997|dob]], NI [[SC 19 44 87 A|ni]], NHS [[682 557 4892|nhs]], of
[[27 Tay Road|address]], [[Kingswood|place]], [[Corby|place]] [[NN17 2LF|postcode]]
[[Nicole|name]] was the youngest of four children of [[Agnes|name]] and the late [[James Docherty|name]] ("[[Jimmy|name]]"), who
came to [[Corby|place]]
from [[Coatbridge|place]] in 1979 for the steelworks. Her father died when she was 9. She was in care herself from 13 to 17
(foster care in [[Wellingborough|place]] and a children's home in [[Northampton|place]]), left school with no qualifications and
began using heroin at 17 with an older partner. She has a first child, [[Kaiden|name]], born in 2016, who was adopted in 2018;
she has had no letterbox contact with him since 2020. Her second child, [[Harris|name]] (born [[21/03/2018|dob]]), is in long-term
foster care (see below). She describes her mother as "my rock, but she can't save me". [[Nicole|name]] has been on a methadone
script with Change Grow Live in [[Corby|place]] since 2023, but her tests through the proceedings showed continued heroin and
crack use. She loves her children and was warm and gentle with [[Orla|name]] at family time, which she attended 31 times of 44.
Father: [[Ryan STRACHAN|name]], born [[30/10/1994|dob]], in HMP Five Wells until at least 2028 (robbery). He was named on the birth
certificate by agreement. He has not seen [[Orla|name]]. He wrote to the court that he wants her to "have a good life away
from all this" and supports adoption, and asked that [[Orla|name]] is told his mum, [[Maxine Strachan|name]], "sends her love".
[[Harris|name]]'s father: [[Craig Lennie|name]] (not [[Orla|name]]'s father) lives in [[Glasgow|place]] and has no contact.
Maternal grandmother: Mrs [[Agnes Docherty|name]] ("Nana [[Aggie|name]]"), born [[09/05/1962|dob]], [[16 Regent Street|address]],
[[Kettering|place]] [[NN16 8QG|postcode]], [[01536 517 204|phone]]. She was assessed as a carer for [[Orla|name]] and negatively
viewed because of her health (COPD, she uses oxygen at night) and her age, which she accepted with great sadness.
Maternal aunts and uncles: [[Shona|name]] ([[Oakley Vale|place]]), [[Gordon|name]] ([[Weldon|place]]) and [[Kirsty Docherty|name]]
([[Glasgow|place]]). None came forward as carers; [[Shona|name]] and her partner [[Dean Ashworth|name]] said they would like to stay in
touch with [[Orla|name]] through letters.

6. SIBLINGS
[[Harris Docherty|name]] (8) lives with foster carers Mr and Mrs [[Ashby|name]] ([[Pam|name]] and [[Keith|name]]) in
[[Desborough|place]] under
a care order, with a plan of long-term foster care; he goes to [[Loatland Primary School|school]]. He has met [[Orla|name]] eleven
times at family time and calls her "my wee sister", as his nana does. Placing them together was considered and rejected:
[[Harris|name]] is settled, has ADHD and needs a lot of adult attention, and the [[Ashby|name]] household has no room for a baby.
Plan: sibling contact twice a year, arranged between Mrs [[Ashby|name]] and the adopters, and at least an annual letter.
[[Kaiden|name]] (10, adopted, surname not known to this agency) is [[Orla|name]]'s half-brother; his adoptive family will be told of
[[Orla|name]]'s birth through the letterbox service at [[Kaiden|name]]'s placing authority.

9. CONTACT PLAN AFTER ADOPTION
Letterbox contact once a year in August (for her birthday) between [[Orla|name]]'s adopters and her mother and maternal
grandmother, through the Adopt Welland letterbox service (coordinator: [[Bev Stanyon|name]]). No direct contact with her
mother or father. Sibling contact with [[Harris|name]] as above. [[Nicole|name]] has been given the "Writing your first letterbox
letter" leaflet and has been offered support from PAC-UK.
Signed: [[L. Kettering|name]]    [[19/03/2026|date]]    Team Manager: [[Marcus Doyle-Ward|name]]    [[20/03/2026|date]]
"""),
    ("later life letter", """[Later life letter, written by [[Orla|name]]'s social worker for her adoptive parents to keep and to give to
her when she is about twelve. Copy on [[Orla|name]]'s adoption file, Adopt Welland, [[27 October 2026|date]].]

Dear [[Orla|name]],

My name is [[Lorna|name]], and I was your social worker from the day you were born until you went to live with your mummy
and daddy, [[Hannah|name]] and [[Joel|name]]. I am writing this letter so that you will have the story of your first year from
someone who was there. Your mum and dad know everything in it, and you can ask them anything, at any time.

You were born on [[3rd August 2025|dob]] at the hospital in [[Kettering|place]], at 10 past 4 in the morning. You were small,
only 5 pounds, and you had black hair that stuck straight up. Your birth mum is called [[Nicole|name]]. She was born in
[[Corby|place]], a town in the middle of England where lots of families came from Scotland to work in the steelworks, and
that's where her dad, your grandad [[Jimmy|name]], came from - a town near [[Glasgow|place]] called [[Coatbridge|place]].

When you were born, you were poorly. Your birth mum had been taking drugs while you were in her tummy, and some of those
drugs had got into your body too. The nurses on the baby unit looked after you for nearly three weeks, and a nurse called
[[Precious|name]] sang to you every night shift. [[Nicole|name]] came to see you nearly every day. She held you, fed you and sang
"Wee Willie Winkie", which her own mum sang to her.

[[Nicole|name]] loved you very much. But the drugs had a strong hold on her, and she could not stop taking them, even though
she really tried. A judge, HHJ [[Temperley|name]], listened to everyone and decided on [[17th February 2026|date]] that you could not
be safe living with her, and that you needed a new family forever. It was not your fault, and it was not because you did
anything wrong. Babies are never to blame.

Your birth dad is called [[Ryan|name]]. You have not met him. He was in prison when you were born, and he wrote a letter to
the judge saying he wanted you to have a good life. His mum, [[Maxine|name]], asked me to tell you she sends her love.

From when you were 18 days old, you lived with [[Jackie|name]], a foster carer in [[Rushden|place]], who has a dog called Biscuit
and a big garden. [[Jackie|name]] says you learnt to roll over on her kitchen floor and that your first word was "dog" (she
says it was "Biscuit" but we are not sure). She kept a diary for you, which is in your life story book.

You have a big brother, [[Harris|name]], who was 7 when you were born. He lives with [[Pam|name]] and [[Keith|name]], his foster carers in
[[Desborough|place]]. [[Harris|name]] loves dinosaurs, Lego and chicken nuggets, and he called you "my wee sister" - that's the Scottish
way of saying little sister. He made you a card with a T. rex on it, which is in your memory box. You also have another
big brother, [[Kaiden|name]], who was adopted when he was a baby. You have a nana, [[Agnes|name]] (Nana [[Aggie|name]]), who knitted the
yellow blanket you came home with.

You went to live with [[Hannah|name]] and [[Joel|name]] on [[14th May 2026|date]]. I drove [[Jackie|name]] and you to their house,
and you fell asleep in the car. The adoption order was made on [[2 October 2026|date]] by the same judge, and afterwards we all
had cake at the court (it was chocolate).

If you ever want to talk to someone from Adopt Welland, your mum and dad have the details of [[Gavin Rudd|name]], who helped
find your family, or whoever has his job by then. You can also see your adoption file when you are 18.

With love and very best wishes,
[[Lorna Kettering|name]]
"""),
]

DOCS_B += [
    ("birth mother's letterbox letter with the coordinator's note", """ADOPT WELLAND - LETTERBOX SERVICE - INCOMING LETTER, CHECKED
Letterbox ref LB-2611-082    Received: [[22/08/2026|date]] (by hand, at the Corby Cube reception)    From: [[Nicole Docherty|name]]
(birth mother) and [[Agnes Docherty|name]] (maternal grandmother)    For: the adopters of [[Orla|name]] (A-26-014)
Checked by: [[Bev Stanyon|name]], Letterbox Coordinator, on [[28/08/2026|date]]
Changes made before sending on (the original is kept on file):
- The mother's new address and mobile number were removed ([[Flat 2, 5 Rockingham Road|address]], [[Corby|place]] [[NN17 1AG|postcode]];
  [[07507 219 884|phone]]), as agreed in the contact plan.
- One sentence about her ex-partner was removed ("[[Ryan|name]] says hes getting out early for good behaviour").
- A photograph of [[Harris|name]] in his [[Loatland|school]] school jumper was replaced with one without the badge.
Sent on to the adopters on [[02/09/2026|date]] with the mother's card and the grandmother's note. Reply received: not yet.

--- letter (spelling as written) ---

to my beautiful [[Orla|name]]

happy 1st birthday baby girl!!! i cant beleive your one already. i hope you had the best day and a big cake. i think about
you every single day and i light a candle for you at St Brendans on a sunday. Nana [[Aggie|name]] comes with me when her chest
is ok.

i want you to know im doing good now. i been clean 5 months (off everything, even the methadone soon) and i got my own flat
now. i go to a group at the Jobcentre and im doing my maths and english at [[Tresham college|school]]. i am proud of myself for once.
my support worker [[Jolene|name]] says i should tell you that.

your big brother [[Harris|name]] is getting so big hes 8 now and football mad, hes a Celtic fan like his grandad [[Jimmy|name]]
was but he lives in england lol. he asks about you all the time. he still has the pic of you in the pink hat on his wall at
[[Pam|name]]s.

to your mum and dad, thank you for looking after my girl. i dont know your names but i pray for you. please tell her her first
mum loved her and didnt want to give her away. and please send a photo if your allowed. i dont mind if its not her face.

all my love forever and ever
[[Nicole|name]] (your tummy mummy) xxxxxxx

--- note enclosed from the grandmother (handwritten on a card) ---

To the wee one's mum and dad, God bless you. I am her Nana, [[Agnes|name]]. I have knitted her a cardigan for the winter,
age 1-2 (it will be big). Tell her she comes from good strong people, the [[Dochertys|name]] from [[Coatbridge|place]] and the
[[Gallachers|name]] from [[Donegal|place]]. Her mammy is doing well now, thank God. From [[Agnes Docherty|name]] (Nana), [[22.8.26|date]].
"""),
    ("supervising social worker's foster home visit record", """WELLAND VALE COUNCIL FOSTERING SERVICE - SUPERVISING SOCIAL
WORKER (SSW) VISIT RECORD
Foster carers: [[Pamela ASHBY|name]] and [[Keith ASHBY|name]]    Approval: 2 children, 5-16, long term and short term
Address: [[12 Harborough Road|address]], [[Desborough|place]], [[NN14 2QX|postcode]]    Tel: [[01536 742 350|phone]]
SSW: [[Dawn Achurch|name]]    Visit type: announced, 6-weekly    Date: [[04/11/2026|date]], 15:30-17:15
Children in placement: [[Harris DOCHERTY|name]] (8, UPN [[B928707523691|upn]], NHS [[520 017 7553|nhs]], LTF, since 2021; SW
[[Lorna Kettering|name]]) and [[Mercedes Adjei|name]]
(13, short term, since [[09/09/2026|date]]; placed by Welland Vale, SW [[Tom Gillett|name]])
Others in the household: the carers' son [[Lewis Ashby|name]] (19, apprentice electrician); [[Keith|name]]'s father, Mr [[Ron Ashby|name]]
(84), who stays on Sundays

1. The children
[[Harris|name]]: seen with the carers, then alone in his bedroom (a Corby Town scarf, a dinosaur duvet, a poster of the Celtic
squad). He showed me his Year 4 reading record and a photo of [[Orla|name]] at her "birthday party" (the photo the adopters sent
through the letterbox in September, which [[Pam|name]] printed for him). He asked whether [[Orla|name]]'s new mum "knows [[Orla|name]]
likes the washing machine". He says he likes living here "because [[Keith|name]] lets me help with the chickens and [[Lewis|name]]
plays FIFA with me". He misses his mum. ADHD medication (methylphenidate) reviewed at the clinic in [[Kettering|place]] on
[[20/10/2026|date]] by Dr [[Obuya|name]]; dose unchanged. School ([[Loatland|school]]): one lunchtime exclusion in October for
throwing a chair; a new 1:1 at lunchtimes, Mrs [[Sue Stringer|name]], who he calls "[[Stringy|name]]".
Family time: with [[Nicole|name]] monthly at the family centre in [[Kettering|place]] (supervised by [[Amy Cleaver|name]]).
[[Nicole|name]]
has attended every session since June and was "brilliant" in October. [[Pam|name]] says [[Harris|name]] is unsettled for a day
afterwards. Nana [[Aggie|name]] phones on Sundays. Sibling contact with [[Orla|name]]: the first meeting since the adoption is
planned for [[12 December|date]] at Wicksteed Park (with [[Orla|name]]'s parents; first names only).
[[Mercedes|name]]: seen briefly; she was on her phone in the kitchen and did not want to talk to "another social worker".
[[Pam|name]] says she has settled better than expected, goes to [[Montsaye Academy|school]]
in [[Rothwell|place]] and is close to [[Lewis|name]]'s girlfriend, [[Chantelle|name]]. She goes home to her
mother's in [[Wellingborough|place]] every other weekend.

2. Carers' wellbeing and support
[[Keith|name]] has been signed off work (back) and is "under [[Pam|name]]'s feet". [[Pam|name]] attended the support group at the
Corby Cube on [[22/10|date]] and the therapeutic parenting course. [[Pam|name]]'s sister, [[Linda Marriott|name]] of [[Market
Harborough|place]], is their approved babysitter (DBS [[15/01/2026|date]]).

3. Safer caring and household
Safer caring plan updated for two children; [[Mercedes|name]] and [[Harris|name]] have separate bathroom times. The chickens'
run has been moved away from the back gate. [[Ron|name]] is not left alone with the children. Smoke alarms tested.
Medication stored in a locked box. Car: [[Keith|name]]'s Skoda [[AY68 KDN|vehicle]], insurance and MOT seen (MOT due
[[31/01/2027|date]]).

4. Training and development
[[Pam|name]] and [[Keith|name]] completed "Understanding ADHD" and "Life story work" in 2026. Annual review due [[02/02/2027|date]].

5. Actions
- [[Dawn|name]] to ask [[Lorna|name]] about [[Harris|name]]'s later life letter and whether a copy of [[Orla|name]]'s could be
kept for him.
- [[Pam|name]] to book [[Harris|name]]'s dentist (overdue) at the surgery in [[Desborough|place]].
- [[Tom Gillett|name]] to send [[Mercedes|name]]'s delegated authority form (she wants a sleepover at [[Chantelle|name]]'s).
- [[Keith|name]] to send [[Lewis|name]]'s and [[Chantelle Barrow|name]]'s details for the household checks ([[Chantelle|name]]
stays over some
  weekends).
Signed: [[D. Achurch|name]], SSW, [[04/11/2026|date]]    Carers' comments: "all good, thanks [[Dawn|name]]" - [[P. Ashby|name]]
"""),
]

# --- C. Grant / Hylton family (Black British Caribbean), Whitley, Reading -------------------------------------------------

HOME_C = d.Address("62 Northumberland Avenue", "Whitley", "Reading", "RG2 7QA")
DAD_C = d.Address("18 Brunel Road", "Southcote", "Reading", "RG30 3QL")
GRAN_C = d.Address("7 Armour Hill", "Tilehurst", "Reading", "RG31 6JP")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Kyrie", "Grant")], dt.date(2011, 7, 12), addresses=[HOME_C], ids=["6417857085", "T870473223744"],
       phones=["07400 613 528"], schools=["John Madejski Academy"]),
    _p("s", "sibling", [("Nia", "Grant")], dt.date(2016, 1, 30), addresses=[HOME_C], ids=["4384838972", "Y870269323466"],
       schools=["Whitley Park Primary School"]),
    _p("m", "mother", [("Simone", "Grant")], dt.date(1987, 11, 4), addresses=[HOME_C], phones=["07951 408 336"],
       ids=["PN 73 15 42 B"]),
    _p("f", "father", [("Marlon", "Hylton")], dt.date(1985, 6, 19), addresses=[DAD_C], phones=["07883 227 190"]),
    _p("g", "grandparent", [("Beverley", "Grant")], dt.date(1961, 8, 27), addresses=[GRAN_C], phones=["0118 942 6617"]),
    _p("p1", "professional", [("Becca", "Lovegrove")], None, phones=["0118 937 3415"], emails=["becca.lovegrove@kennetvale.gov.uk"]),
    _p("p2", "professional", [("Tom", "Ellwood")], None, phones=["0118 937 2261", "07384 551 906"],
       emails=["tom.ellwood@kennetvale.gov.uk"]),
], "c")

DOCS_C = [
    ("youth justice AssetPlus extract", """KENNET VALE YOUTH JUSTICE SERVICE - AssetPlus: EXPLANATIONS AND CONCLUSIONS (extract
for the referral order panel)
Young person: [[GRANT, Kyrie Marcus|name]]    DOB: [[12/07/2011|dob]]    Age at assessment: 15    Gender: M
Ethnicity: Black British - Caribbean    Address: [[62 Northumberland Ave|address]], [[Whitley|place]], [[Reading|place]]
[[RG2 7QA|postcode]]
UPN: [[T870473223744|upn]]    School: [[John Madejski Academy|school]] (Year 11; on a part-time timetable since [[03/11/2026|date]])
Order: referral order, 6 months, made at Reading Youth Court on [[29/10/2026|date]] (possession of a bladed article in a public
place; possession of cannabis with intent to supply). Arrest: [[14/08/2026|date]], Reading railway station.
Case manager: [[Becca Lovegrove|name]]    Social worker (child in need): [[Tom Ellwood|name]]    Assessment completed: [[17/11/2026|date]]

PERSONAL, FAMILY AND SOCIAL FACTORS
[[Kyrie|name]] lives with his mum, [[Simone Grant|name]] (39, a healthcare assistant on nights at the Royal Berkshire Hospital), and his
sister [[Nia|name]] (10, [[Whitley Park Primary|school]]). His dad, [[Marlon Hylton|name]], lives in [[Southcote|place]] with a
new partner and two
young children; [[Kyrie|name]] sees him "when he remembers". [[Kyrie|name]]'s grandmother, Mrs [[Beverley Grant|name]] ("Granny
[[Bev|name]]"),
came from [[Spanish Town|place]] in Jamaica in 1979 and lives in [[Tilehurst|place]]; she is a church elder at the New Testament Church
of God and is the family's anchor. [[Kyrie|name]] stayed with her for three weeks after his arrest.
He was a keen boxer at Southside ABC from age 11 until this summer; his coach, Mr [[Errol Whyte|name]], describes him as "one of
the most talented kids I've had in twenty years". His attendance at [[JMA|school]] fell from 94% in Year 9 to 61% this term.
He was assessed for dyslexia in Year 8 but the report was never followed up.

OFFENDING BEHAVIOUR (in his words and ours)
On [[14 August 2026|date]] [[Kyrie|name]] was stopped at the station by British Transport Police after arriving from
[[Slough|place]]. He had a
lock knife in his sock, £640 in cash and 22 wraps of cannabis in his boxers. He gave no comment in interview. To me he said:
"It weren't mine. I was holding it for someone. If I say who, I'm dead, simple." His phone shows a contact saved as "[[K Dot|name]]"
and another as "Big Man"; police believe these are [[Keanu Allsop|name]] (21, of [[Coley|place]]) and [[Ricky Vaz|name]] (26), who are
known to run a cannabis and cocaine line between [[Reading|place]] and [[Slough|place]]. [[Kyrie|name]] was first seen with
[[Allsop|name]] in
May, outside the Co-op on [[Northumberland Avenue|address]] and in a grey Audi A3 ([[RX70 FVN|vehicle]]).
Counter-narrative: he was drawn in after losing his place in the boxing squad (he was caught vaping and dropped by a
coach who has since left), and after [[Simone|name]] went onto nights. He describes [[Keanu|name]] as "like a big brother. He
bought me creps and took me to Nando's. Then he said I owed him."

FOUNDATIONS FOR CHANGE
- Relationships: Granny [[Bev|name]]; his boxing coach [[Errol|name]]; his English teacher, Ms [[Adaeze Nwosu|name]], "the only
teacher who
  doesn't shout at me"; his friend [[Tyler Bond|name]] ("[[Ty|name]]"), who is not involved.
- Identity: wants to box for England "like Anthony Joshua" and to go to Jamaica to see Granny [[Bev|name]]'s family in
  [[Linstead|place]], St Catherine.
- Skills: cooking with his nan (ackee and saltfish, "the best in [[Reading|place]]"), music production on his laptop.

SELF-ASSESSMENT (typed by [[Kyrie|name]])
"i feel like people see a black boy with a hood up and think gang. im not a gang member im a boxer. i made a mistake and
i know my mum is stressed because of me. i want to get my gcses and do sports science at [[reading college|school]]. i dont
want my sister [[nia|name]] thinking this is normal."

CONCLUSIONS
Likelihood of reoffending: medium. Risk of serious harm: medium (to himself, from others). Safety and wellbeing: HIGH - he is
a victim of child criminal exploitation; an NRM referral was made by [[T. Ellwood|name]] on [[20/08/2026|date]] (positive reasonable
grounds decision [[02/09/2026|date]]). Referred to the MACE panel for [[25/11/2026|date]].
Countersigned: [[Parminder Sahota|name]], Team Manager, Kennet Vale Youth Justice Service, [[18/11/2026|date]]
"""),
    ("boxing club welfare officer's concern form", """ENGLAND BOXING - SAFEGUARDING CONCERN FORM (to be completed by the club
welfare officer)
Club: Southside Amateur Boxing Club, The Unit, [[Basingstoke Road|address]], [[Reading|place]] [[RG2 0HB|postcode]]
Club Welfare Officer: [[Denise Abara|name]] ("[[Dee|name]]")    Tel: [[07412 866 093|phone]]    Email:
[[welfare@southsideabc.co.uk|email]]
Date of concern: [[12 November 2026|date]]    Form completed: [[13/11/2026|date]]    Sent to: England Boxing Safeguarding Team and
the Kennet Vale front door ([[0118 937 3415|phone]] - passed on to the YJS case manager, [[Becca Lovegrove|name]])

1. The child
Name: [[Kyrie Grant|name]]    Age: 15    DOB: [[12/07/11|dob]]    Member since: 2022    Parent: [[Simone Grant|name]],
[[07951 408336|phone]]
Address: [[62 Northumberland Avenue|address]], [[RG2 7QA|postcode]]

2. What happened / what was seen or heard (facts, times, who was there)
[[Kyrie|name]] came back to training on Monday [[9th November|date]] after months away (he is allowed back as part of his referral
order, agreed with his YJS worker). Head coach [[Errol Whyte|name]] and I were both pleased to see him.
On Thursday [[12th November|date]] at about 19:40 a grey Audi pulled into the car park and parked across the fire exit.
Two young men got out. One (tall, light-skinned, about 20, a Moncler jacket) came to the door and asked for "K... [[Kyrie|name]]". I
said no visitors during sessions. He said "tell him [[Keanu|name]] says he knows where his sister goes to school". [[Kyrie|name]]
heard it from the ring. He went grey and was shaking, and said to [[Errol|name]] "I swear down I haven't said nothing".
Our junior coach, [[Liam Prior|name]], wrote down the number plate: [[RX70 FVN|vehicle]]. The other man stayed by the car and was
filming on his phone. I went to ring 999 and the car left.
[[Errol|name]] drove [[Kyrie|name]] home at 20:30 and spoke to his mum on the doorstep. [[Simone|name]] rang the police herself
(ref 43260412991). She said she would keep [[Nia|name]] off school tomorrow.

3. Anything the child said (his words)
"They think I grassed them up cos I got a referral order not jail. I never said nothing. [[Keanu|name]] said I owe him 2 bags
for what the police took. If they go near [[Nia|name]] I'll..." (he did not finish). Later he asked me: "Can you not tell my
social worker? He'll put me in care." I told him I had to share this.

4. Any other children affected
Two other members ([[Jaylen|name]], 14, and [[Rico|name]], 16) saw it; I spoke to both of their parents the same evening.

5. Action taken
Police called by parent; the club's lock-down plan used (doors locked during sessions from now on); head coach informed;
the Chair, Mr [[Desmond Agyeman|name]], informed; England Boxing's Lead Safeguarding Officer, [[Paula Hennessey|name]], informed
by email on [[13/11|date]].

6. Adults at the session (from the signing-in sheet)
Coaches: [[Errol Whyte|name]], [[Liam Prior|name]], [[Shanice Douglas|name]] (female squad). Volunteers: [[Mo Yusuf|name]]
(door), [[Gordon Tait|name]]
(first aider). Parents waiting in the foyer: Mrs [[Adebayo|name]] ([[Jaylen|name]]'s mum), Mr [[Ferreira|name]] ([[Rico|name]]'s dad), and
[[Kelly-Ann Brooks|name]] (mum of a girl in the female squad), who also saw the car.

Signed: [[D. Abara|name]], Club Welfare Officer    Countersigned: [[E. Whyte|name]], Head Coach
"""),
]

DOCS_C += [
    ("multi-agency child exploitation (MACE) meeting minutes", """THAMES VALLEY POLICE / KENNET VALE COUNCIL - MULTI-AGENCY
CHILD EXPLOITATION (MACE) MEETING
Date: Wednesday [[25 November 2026|date]], 10:00-12:30, Civic Offices, [[Bridge Street|address]], [[Reading|place]], and Teams
Chair: DI [[Hayley Crampton|name]] (TVP, Reading LPA)    Minutes: [[Oluwaseun Bakare|name]]
CONFIDENTIAL - the intelligence discussed here must not be shared with families without the police's agreement.

Present: [[Tom Ellwood|name]] (SW, Adolescent Team); [[Becca Lovegrove|name]] (YJS); DC [[Neil Cutler|name]] (Op Beacon); PC
[[Gemma Tarrant|name]]
(Schools Officer, [[Whitley|place]]); Mrs [[Janet Oduya|name]] (Head of Year 11); [[Rachael Sims|name]] (Safeguarding,
[[John Madejski Academy|school]]);
[[Jas Kooner|name]] (Community Safety); [[Fiona Burgoyne|name]] (Children's Society, Disrupting Exploitation);
[[Matt Lacey|name]] (Reading
Borough Council housing, for the location item)
Apologies: [[Errol Whyte|name]] (Southside ABC) - sent his notes

1. [[KYRIE GRANT|name]] (15, [[12/07/2011|dob]])
[[Tom|name]]: Threat at the boxing club on [[12/11|date]] (see the club's form). [[Kyrie|name]] and [[Nia|name]] stayed with Granny at
[[Armour Hill|address]], [[Tilehurst|place]], for four nights. [[Simone|name]] has asked for a move out of [[Whitley|place]]
("I'm not waiting
for a funeral"). [[Kyrie|name]] is sleeping badly and has not left the house except for boxing, which [[Errol|name]] drives him to.
[[Becca|name]]: Referral order panel held [[18/11|date]]; contract agreed (boxing, a victim awareness piece, a letter to the panel).
He has complied with every appointment.
DC [[Cutler|name]]: [[Keanu ALLSOP|name]] (DOB [[05/03/2005|dob]]) arrested [[20/11/2026|date]] at
[[Flat 14, Ashcroft Court|address]], [[Coley|place]]
for the threat (s4A) and PWITS; bailed with conditions not to contact [[Kyrie|name]] or [[Nia|name]] or to enter [[Whitley|place]].
[[Ricky VAZ|name]] (DOB [[22/09/2000|dob]]) not located; believed in [[Slough|place]] or [[Hounslow|place]]. The Audi
([[RX70 FVN|vehicle]])
was seized on [[20/11|date]]. A third male, "[[Smoke|name]]" (not yet identified), has been seen with [[Vaz|name]] in a black BMW
[[KY22 OWE|vehicle]].
[[Rachael|name]]: [[Nia|name]] ([[Whitley Park|school]] - she has spoken to their DSL, Mr [[Olusegun|name]]) has a safety plan: collected
by Granny or Mum only; photo of [[Allsop|name]] shared with the office.
Decisions: (a) housing to assess an emergency management move (Reading Borough Council / Housing Solutions) - [[Matt|name]];
(b) CAWN for [[Vaz|name]] if located - DC [[Cutler|name]]; (c) the Children's Society mentor ([[Fiona|name]]) to start with
[[Kyrie|name]] by
[[4 December|date]]; (d) [[Kyrie|name]]'s dyslexia assessment to be chased by [[Rachael|name]]; (e) review at MACE on [[23/12/2026|date]].

2. LOCATION: the underpass and the alley between [[Whitley Wood Road|address]] and [[Lesford Road|address]]
[[Jas|name]]: three knife-related call-outs since September; lighting broken. Youth workers report younger boys ([[Kyrie|name]]'s
age) being "run" from the chicken shop on [[Northumberland Avenue|address]] and from the Co-op car park. Also reports from
[[Coley Park|place]] and the Oracle's riverside.
Decisions: CCTV review and lighting repair by [[Jas|name]]; detached youth work Friday nights; the chicken shop owner, Mr
[[Bilal Chaudhry|name]], to be visited by PC [[Tarrant|name]].

3. PERSONS OF CONCERN (names for police systems)
[[Keanu Allsop|name]] aka "[[K Dot|name]]"; [[Ricky Vaz|name]] aka "Big Man";
"[[Smoke|name]]" (unidentified); a girl of about 17 called "[[Tee|name]]" or "[[Tia-Rose|name]]" from [[Caversham|place]], who
is thought to
carry for them.

Next MACE: [[23 December 2026|date]]. Actions tracked on the MACE log.
"""),
    ("a boy's letter to his referral order panel", """[Letter written by [[Kyrie|name]] for his referral order panel review on
[[16 December 2026|date]], as part
of his contract. Typed by him on his phone and emailed to [[Becca Lovegrove|name]] on [[10/12/2026|date]]. Spelling and punctuation
are his own.]

to the panel (mrs [[holloway|name]], mr [[dhesi|name]] and [[becca|name]])

my name is [[kyrie grant|name]] and i am 15. i live in [[whitley|place]] with my mum and my little sister. i go to [[JMA|school]] but not
full days at the moment.

in august i got arrested at reading station with a knife and weed. i want to say im sorry. i didnt think about the
people at the station, like if someone saw the knife and got scared, or the police officer that searched me. i didnt think
about my mum having to come to the police station at 3 in the morning before her shift or my nan crying at church.

how it started was i was bored in the summer and [[keanu|name]] was always round the shops. he bought me food and creps (air
max) and let me sit in his car and play music. then he said i owed him 400 pound for the creps and i had to do runs to
[[slough|place]] to pay it back. i thought i was clever and i could get out whenever. i couldnt.

since my order started i go boxing 3 times a week. coach [[errol|name]] says i can fight at the junior championships in
march if i keep my head. i done my victim awareness sessions with [[becca|name]]. i also met [[fiona|name]] from the childrens
society and shes cool. she said i can do a course to be a young leader.

the hardest thing was when they came to the gym and talked about my sister. i didnt sleep for days. [[nia|name]] doesnt know
everything, she just knows we stayed at granny [[bev|name]]s. i want to make it up to her. i took her to the Oracle for her
birthday ([[30th jan|dob]] is her real birthday but she wanted to go early) and got her a hot chocolate and she said
"your not that bad [[ky|name]]".

my goals:
1. pass my gcses especially english and pe (ms [[nwosu|name]] is helping me with english)
2. go to [[reading college|school]] or [[activate learning|school]] for sports science
3. box for england one day
4. never go back to [[slough|place]] lol

thank you for listening to me.
[[kyrie|name]]

P.S. my dad [[marlon|name]] said he will come to the panel this time. i hope he does.
"""),
]

# --- D. Choudhury / Begum family (British Bangladeshi, Sylheti), Queens Park, Bedford --------------------------------------

HOME_D = d.Address("58 Chester Road", "Queens Park", "Bedford", "MK40 4HX")
SISTER_D = d.Address("22 Oak Road", "Bury Park", "Luton", "LU4 8AH")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Tasnim", "Choudhury")], dt.date(2010, 5, 28), addresses=[HOME_D], ids=["5048784901", "Z822292113181"],
       phones=["07723 581 940"], schools=["Mark Rutherford School"]),
    _p("s", "sibling", [("Ayesha", "Choudhury")], dt.date(2017, 12, 9), addresses=[HOME_D], ids=["5863688092", "M822278918619"],
       schools=["Queens Park Academy"]),
    _p("s2", "sibling", [("Rafiq", "Choudhury")], dt.date(2006, 9, 14), addresses=[HOME_D], phones=["07388 612 075"]),
    _p("m", "mother", [("Rehana", "Begum")], dt.date(1984, 3, 2), addresses=[HOME_D], phones=["07459 320 617"]),
    _p("f", "father", [("Shamsul", "Choudhury")], dt.date(1976, 7, 21), addresses=[HOME_D], phones=["07861 449 213"],
       ids=["TW 26 81 05 D"]),
    _p("a", "other", [("Shirin", "Islam"), ("Shirin", "Choudhury")], dt.date(2000, 1, 17), addresses=[SISTER_D],
       phones=["07932 117 460"]),
    _p("u", "other", [("Abdul Mannan", "Choudhury")], None, phones=["+880 1712-548396"]),
    _p("p1", "professional", [("Holly", "Marchant")], None, phones=["01234 276 411", "07384 551 029"],
       emails=["holly.marchant@ousemeadow.gov.uk"]),
    _p("p2", "professional", [("Ellie", "Bedford")], None, phones=["01234 358 907"], emails=["e.bedford@markrutherford.org.uk"]),
], "c")

DOCS_D = [
    ("a girl's phone notes shared with her teacher", """[Notes from [[Tasnim|name]]'s iPhone (Notes app, folder "dont open"),
which she AirDropped to Ms [[Ellie Bedford|name]],
Designated Safeguarding Lead at [[Mark Rutherford School|school]], on [[6 October 2026|date]] and agreed could go on her CPOMS record.
Copied exactly, including the dates she typed as titles.]

[[14 aug|date]]
abbu and [[mannan|name]] chacha on video call AGAIN for like 2 hours. they kept saying my name. ammu told me to go upstairs.
[[ayesha|name]]
heard them say "biye" (wedding) and "december". im not stupid

[[19/8|date]]
ammu took me to [[bury park|place]] to get measured for "eid clothes". eid isnt till march?? the lady at the shop kept asking
what colour for the mehndi

[[21 aug 2026|date]]
asked [[shirin|name]] apa if theyre planning something. she went quiet then said "just be good and dont mess it up like i did". she
married [[tanvir|name]] bhai at 19 and now she lives in [[luton|place]] with his mum who treats her like a maid

[[29.08.26|date]]
[[rafiq|name]] bhai went through my phone while i was in the shower. he saw the pics with [[callum|name]] from college. he didnt tell
abbu yet. he said "you owe me" and took £50 from my eid money. if abbu finds out i am dead literally

[[3 sept|date]]
first day of yr 12. [[maddie|name]] and [[hana|name]] asked why i was so quiet. i told [[maddie|name]] a bit. she said tell miss
[[bedford|name]]
but what if they call my parents

[[12 sep|date]]
[[jubayer|name]] messaged me on imo. he is my cousin in [[beanibazar|place]]!!! he is 23 and works in his dads pharmacy. he said
"soon we will be together in sha allah". i blocked him then unblocked him because if abbu sees i blocked him he will know

[[20/9|date]]
nanu [[jamila|name]] told me that when she married nana she was 15 and "it was the best thing". i love her but no. no no no

[[24 sept|date]]
ammu said abbu has booked tickets for all of us for [[december 12th|date]]. "to see dadu before he dies". dadu is fine, he
was on facebook live yesterday at the bazaar. i have mocks in january

[[27/09|date]]
looked up karma nirvana on the school computer. you can hide a spoon in your bra so the metal detector goes off at the
airport. i am actually thinking about it

[[1 oct|date]]
[[callum|name]] said we should run away to his nans in [[northampton|place]]. he doesnt get it. they would find me

[[5 oct|date]]
ammu cried in the kitchen and said "its not my choice, its your fathers family". she said if i dont go [[ayesha|name]] will
be next. [[ayesha|name]] is 8!!!! im going to show miss [[bedford|name]] tomorrow

[[6.10|date]]
did it. miss [[bedford|name]] didnt make a face. she said its not my fault. a lady called [[holly|name]] is coming at 2
"""),
    ("email chain with the Forced Marriage Unit", """From: [[Holly Marchant|name]] <[[holly.marchant@ousemeadow.gov.uk|email]]>
Sent: [[08 October 2026|date]] 17:52
To: [[Joanna Prescott|name]] <[[joanna.prescott@fcdo.gov.uk|email]]>; [[Rupa Gill|name]] <[[rupa.gill@bedfordshire.police.uk|email]]>
Cc: [[Ellie Bedford|name]] <[[e.bedford@markrutherford.org.uk|email]]>
Subject: RE: FMU case 26/1442 - [[CHOUDHURY Tasnim|name]] (16) - update after strategy meeting

Hi [[Joanna|name]] and [[Rupa|name]],

Thank you both for joining the strategy meeting at short notice. A summary of what we agreed, for your records:

1. [[Tasnim|name]] ([[28/05/2010|dob]]) is at risk of forced marriage abroad; the family have return tickets to [[Sylhet|place]] via
[[Dubai|place]] for [[12 December 2026|date]] (Emirates, booked by her father, [[Shamsul Choudhury|name]]). The intended spouse is
believed to be her paternal cousin, [[Jubayer Ahmed Choudhury|name]] (23), of [[Beanibazar|place]].
2. [[Tasnim|name]] does not want to go and does not want to marry. She does not want her parents arrested. She has agreed
to stay with an emergency foster carer under section 20 from tonight, with her mother's consent (given through an
interpreter, [[Nazma Khatun|name]], this afternoon, with [[Tasnim|name]] absent).
3. Her sister [[Ayesha|name]] (8, UPN [[M822278918619|upn]]) stays at home. Her school ([[Queens Park Academy|school]]) has been
told by me
(DSL Mr [[Kamran Sultan|name]]); an FMPO to cover both girls is to be applied for by the council's legal team tomorrow.
4. Police: DC [[Gill|name]] will hold the passports of both girls once the FMPO is made, and has put both girls on the
port alert system.
5. Respondents to the FMPO: [[Shamsul Choudhury|name]] (NI [[TW 26 81 05 D|ni]]) and others to be confirmed by legal.
[[Tasnim|name]]'s brother, [[Rafiq Choudhury|name]] (20), has been taking money from her in exchange for keeping a secret
from their father. To be treated as a possible risk.
6. The maternal grandmother, Mrs [[Jamila Khatun|name]] (who lives round the corner on [[Bower Street|address]]), is NOT a safe
option, as [[Tasnim|name]] says she supports the marriage.
Best wishes,
[[Holly|name]]

[[Holly Marchant|name]] | Senior Social Worker | Assessment Team (North) | Ouse Meadow Council
Borough Hall, [[Cauldwell Street|address]], [[Bedford|place]] [[MK42 9AP|postcode]] | [[01234 276 411|phone]] | mob [[07384 551029|phone]]

---
From: [[Joanna Prescott|name]]
Sent: [[08 October 2026|date]] 18:30
To: [[Holly Marchant|name]]
Subject: RE: FMU case 26/1442 - [[CHOUDHURY Tasnim|name]] (16)

Dear [[Holly|name]],
Thank you. Noted. For completeness: we will not contact the family or anyone in Bangladesh without your agreement. If the
family travel before the order is made, or if she is taken, please ring the FMU at once; we can work with the High
Commission in [[Dhaka|place]] and with our consular staff in [[Sylhet|place]]. I am attaching the handbook for practitioners.
Please also see that [[Ayesha|name]] is seen alone.
Kind regards,
[[Joanna|name]]
[[Joanna Prescott|name]] | Caseworker | Forced Marriage Unit | FCDO / Home Office | [[King Charles Street|address]], [[London|place]]
[[SW1A 2AH|postcode]]

---
From: [[Ellie Bedford|name]]
Sent: [[09 October 2026|date]] 08:14
To: [[Holly Marchant|name]]; [[Rupa Gill|name]]
Subject: RE: RE: FMU case 26/1442 - [[CHOUDHURY Tasnim|name]] (16)

Morning both. [[Tasnim|name]] texted me from her carer's at 7am (on the school phone, not my own) to say she slept and the
carer made her paratha! She is coming in today. Two things:
- [[Rafiq|name]] was at the school gate at 08:05 asking for her. Our site manager, [[Gary Pidgeon|name]], told him she is not in
  yet. He drove off in a silver Toyota, [[KN19 WDZ|vehicle]].
- [[Callum Rourke|name]] (Year 13) - the boyfriend - has a bruise under his eye and says "nothing happened".
[[Ellie|name]]

[[Ellie Bedford|name]] | Assistant Headteacher and DSL | [[Mark Rutherford School|school]] | [[Wentworth Drive|address]],
[[Bedford|place]]
[[MK41 8PX|postcode]] | [[01234 358 907|phone]]
Please do not print this email unless you need to.

---
From: [[Rupa Gill|name]]
Sent: [[09 October 2026|date]] 09:02
To: [[Ellie Bedford|name]]; [[Holly Marchant|name]]
Subject: RE: RE: RE: FMU case 26/1442

Thanks [[Ellie|name]]. I'll get an officer to speak to [[Callum|name]] and his mum at their address ([[Kimbolton Road|address]])
today. [[Rafiq|name]]
is on the FMPO application as a respondent. Please ask reception not to give out [[Tasnim|name]]'s whereabouts to anyone,
including her aunt [[Shirin|name]] (she's the sister, not an aunt - sorry - [[Shirin Islam|name]], [[Luton|place]]), until we know which
side she is on.
DC [[R. Gill|name]] 2187 | Honour Based Abuse and Forced Marriage team | Bedfordshire Police | [[rupa.gill@bedfordshire.police.uk|email]]
"""),
]

DOCS_D += [
    ("Imo messages translated from Sylheti", """[Messages from the Imo app on [[Tasnim|name]]'s phone, shown by her to
[[Holly Marchant|name]] and DC [[Rupa Gill|name]] on
[[13/10/2026|date]] and photographed with her agreement. Written in Sylheti and Bengali, partly in Bengali script and partly in
English letters; translated by [[Rokeya Miah|name]], interpreter (Ouse Meadow Language Services). Times are UK time.]

Contact: "[[Jubayer|name]] Bhai" ([[+880 1911 384 027|phone]])
[[12 Sep|date]] 19:02  [[Jubayer|name]] Bhai: assalamu alaikum [[Tasnim|name]]. kita khobor? (How are you?)
[[12 Sep|date]] 19:40  [[Jubayer|name]] Bhai: [[Shamsul|name]] chachay [[tasnim|name]]er kotha koise ([[Shamsul|name]] chacha
talked about [[Tasnim|name]])
Translator's note: "chacha" is a father's brother; the sender means [[Tasnim|name]]'s father, his uncle.
[[12 Sep|date]] 21:15  [[Jubayer|name]] Bhai: insha allah shiggir amra ekshathe thakmu (God willing, soon we will be together)
[[12 Sep|date]] 23:58  [[Tasnim|name]]: ok
[[25 Sep|date]] 16:20  [[Jubayer|name]] Bhai: [[তাসনিম|name]], tumar passport ready ni? (Is your passport ready?)
[[25 Sep|date]] 16:21  [[Jubayer|name]] Bhai: amar ammu tumar lagi sona kinse (My mother has bought gold for you)
[[25 Sep|date]] 22:47  [[Tasnim|name]]: I have exams. I don't want to come
[[26 Sep|date]] 07:10  [[Jubayer|name]] Bhai: exam [[London|place]] o dite parba. biyar por (You can sit exams in
[[London|place]] too. After the wedding)
[[26 Sep|date]] 07:11  [[Jubayer|name]] Bhai: [[Bedford|place]] aar [[London|place]] ek e kotha 😂 ([[Bedford|place]] and
[[London|place]], same thing)

Contact: "Ammu" ([[07459 320 617|phone]])
[[08 Oct|date]] 21:33  Ammu: [[Tasnim|name]] tumi kuno? (Where are you?)
[[08 Oct|date]] 21:34  Ammu: tumar abba pagol oia geche. [[Rafiq|name]] tumare bicharer (Your father has gone mad.
[[Rafiq|name]] is looking
for you)
[[08 Oct|date]] 21:50  Ammu: ami jani tumi safe. social worker [[Holly|name]] amare koise. ami tumare bhalobashi (I know you are safe.
social worker [[Holly|name]] told me. I love you)
[[08 Oct|date]] 21:51  Ammu: [[Ayesha|name]] kandtese ([[Ayesha|name]] is crying)
Translator's note: in the last message the mother wrote the younger girl's name in Bengali script: "[[আয়েশা|name]] kandtese".
[[09 Oct|date]] 06:30  [[Tasnim|name]]: ammu I'm sorry. I'm not coming home till they promise no wedding
[[10 Oct|date]] 12:02  Ammu: tumar nanu [[Jamila|name]] kobe tumi ghore aibe (Your grandmother [[Jamila|name]] asks when you
will come home)
[[10 Oct|date]] 12:05  Ammu: [[Shirin|name]] apa o kandteche, tumar lagi dua korer ([[Shirin|name]] apa is crying too, she is
praying for you)

Contact: "[[Shirin|name]] Apa 💕" ([[07932 117 460|phone]])
[[11 Oct|date]] 20:14  [[Shirin|name]] Apa: [[tas|name]] i'm on your side. i should have said no to [[tanvir|name]]. abba won't
listen to me
but [[Mannan|name]] chacha listens to [[tanvir|name]]s mum. leave it with me
[[11 Oct|date]] 20:15  [[Shirin|name]] Apa: dont tell [[rafiq|name]] anything. he's telling abba everything
[[11 Oct|date]] 20:40  [[Tasnim|name]]: thank u apa. i love u. can u bring my hijabs and my maths book to school
[[11 Oct|date]] 20:41  [[Shirin|name]] Apa: yes. and your [[callum|name]]? 👀
[[11 Oct|date]] 20:41  [[Tasnim|name]]: APA
"""),
    ("section 20 agreement and placement information record", """OUSE MEADOW COUNCIL - CHILDREN'S SERVICES
AGREEMENT FOR A CHILD TO BE ACCOMMODATED (Children Act 1989, section 20) AND PLACEMENT INFORMATION RECORD

THE CHILD
Name: [[Tasnim CHOUDHURY|name]]    DOB: [[28.05.2010|dob]]    Age: 16    NHS: [[504 878 4901|nhs]]    UPN: [[Z822292113181|upn]]
Home address: [[58 Chester Road|address]], [[Queens Park|place]], [[Bedford|place]] [[MK40 4HX|postcode]]
School: [[Mark Rutherford School|school]], Year 12 (A levels: Biology, Chemistry, Psychology)    Mobile: [[07723 581 940|phone]]
Religion: Muslim (Sunni); halal diet; prays; wears hijab    Languages: English, Sylheti (understands Bengali)
Parents: [[Shamsul CHOUDHURY|name]] (father; [[07861 449 213|phone]]) and [[Rehana BEGUM|name]] (mother; [[07459 320 617|phone]]), both
with parental responsibility. Interpreter needed for the mother (Sylheti, female).

THE PLACEMENT
Carer: Mrs [[Samina Rauf|name]] (approved emergency foster carer, Ouse Meadow Fostering), [[Kempston|place]]
Address: NOT TO BE SHARED WITH THE FAMILY - held on the restricted record only: [[3 Addison Close|address]], [[Kempston|place]],
[[MK42 8RT|postcode]], [[01234 826 153|phone]]
Start: [[08/10/2026|date]] 19:30    Type: emergency, up to 28 days, then a review    Placing social worker: [[Holly Marchant|name]]
Supervising social worker for the carer: [[Anneka Fontaine|name]]

CONSENT
I, [[Rehana Begum|name]], the mother of [[Tasnim Choudhury|name]], agree that she may be looked after by Ouse Meadow Council and live
with a foster carer. I understand that I can ask for her to come home at any time, and that the council will then talk to
me about what is safe. This agreement was read to me in Sylheti by the interpreter, [[Nazma Khatun|name]].
Signed: [[R. Begum|name]] (signed in Bengali: "[[রেহানা|name]]")    Date: [[08/10/2026|date]]
The father, Mr [[Choudhury|name]], was not asked to sign because of the risk to the child; he was told of the placement by
DC [[Rupa Gill|name]] and [[Holly Marchant|name]] at the family home at 21:00 and said he "does not agree but will not interfere".
[[Tasnim|name]]'s own agreement (she is 16): "I want to be here. I don't want my dad or [[Rafiq|name]] to know where. I want to see
[[Ayesha|name]] and my mum at school or somewhere safe." Signed: [[T Choudhury|name]]

FAMILY TIME AND CONTACT
- Mother and [[Ayesha|name]]: at the family centre on [[Ashburnham Road|address]], supervised, twice a week, with a female interpreter.
- Sister [[Shirin Islam|name]] ([[07932 117460|phone]]): phone calls agreed by [[Tasnim|name]]; no visits for now.
- Father, brother [[Rafiq|name]], grandmother Mrs [[Jamila Khatun|name]]: none until the FMPO hearing on [[16/10/2026|date]].
- Boyfriend ([[Callum Rourke|name]], 18): [[Tasnim|name]] says she will see him at school only.

SAFETY PLAN
Code word with the carer and the school: "blue pencil". If she sees a family member near the carer's house, ring 999 and say
"forced marriage". Her passport is with DC [[Gill|name]]. The carer will drive her to school and collect her from the side
gate on [[Wentworth Dr|address]]. Her phone has been checked for location sharing (Snap Map off; Find My off; Life360 removed -
her brother had installed it). Karma Nirvana's number saved under "Dentist".

HEALTH
GP: Queens Park Health Centre (remain registered). Asthma (Clenil, Salbutamol). Allergies: none. Dentist: up to date.
Emotional health: low mood, poor sleep; school counsellor, Mrs [[Priti Anand|name]]. Initial health assessment due by [[05/11/2026|date]].

PEOPLE [[TASNIM|name]] TRUSTS (her list)
Ms [[Bedford|name]] (school); [[Maddie Kerr|name]] and [[Hana Begum|name]] (friends; [[Hana|name]] is no relation); her sister
[[Shirin|name]]; her
form tutor, Mr [[Oliver Pask|name]]; her old Quran teacher, [[Halima Sultana|name]] ("Apa" to the girls), who taught her at the
mosque on [[Brereton Road|address]] and "never took sides".

Signed: [[H. Marchant|name]], Senior Social Worker, [[08/10/2026|date]]    Approved: [[Kevin Oakes-Darby|name]], Team Manager,
[[09/10/2026|date]]
"""),
]

# --- E. Fernandes family (Goan Catholic, with Portuguese passports), Gorse Hill, Swindon -----------------------------------

HOME_E = d.Address("19 Ferndale Road", "Gorse Hill", "Swindon", "SN2 1EX")
AVO_E = d.Address("House No. 214, Rua de Saudades", "Borda", "Margao", "")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Alisha", "Fernandes")], dt.date(2012, 2, 11), addresses=[HOME_E], ids=["6685535202", "D866388721182"],
       phones=["07452 883 160"], schools=["St Joseph's Catholic College"]),
    _p("s", "sibling", [("Joel", "Fernandes")], dt.date(2017, 9, 5), addresses=[HOME_E], ids=["4313418911", "F866664913755"],
       schools=["Holy Rood Catholic Primary School"]),
    _p("m", "mother", [("Sharmila", "Fernandes")], dt.date(1986, 4, 17), addresses=[HOME_E], phones=["07796 215 408"],
       ids=["SE 52 70 19 A"]),
    _p("f", "father", [("Agnelo", "Fernandes")], dt.date(1981, 12, 24), addresses=[HOME_E], phones=["07468 902 335"]),
    _p("g", "grandparent", [("Filomena", "D'Souza")], dt.date(1952, 10, 3), addresses=[AVO_E], phones=["+91 832 271 4496"]),
    _p("a", "other", [("Lourdes", "Rodrigues")], None, phones=["+351 912 604 381"]),
    _p("p1", "professional", [("Karen", "Scutt")], None, phones=["01793 466 820"], emails=["karen.scutt@ridgewayvale.gov.uk"]),
    _p("p2", "professional", [("Niamh", "Corrigan")], None, phones=["01793 527 318"]),
], "c")

DOCS_E = [
    ("parish safeguarding representative's record of concern", """CATHOLIC SAFEGUARDING STANDARDS AGENCY - PARISH SAFEGUARDING
REPRESENTATIVE (PSR) - RECORD OF A CONCERN
Diocese of Clifton    Parish: Holy Rood, [[Swindon|place]] (with the Goan community's Konkani Mass on the 2nd Sunday)
PSR: [[Teresa Bourke|name]]    Tel: [[07831 240 615|phone]]    Email: [[holyrood.safeguarding@cliftondiocese.com|email]]
Date of concern: Sunday [[11 October 2026|date]]    Recorded: [[11/10/2026|date]] 20:30 (same day)
Passed to: the Diocesan Safeguarding Office (Mrs [[Hilary Tozer|name]]) and Ridgeway Vale Council's front door, [[12/10/2026|date]]

Child: [[Alisha Fernandes|name]], about 14, altar server since 2021    Parents: [[Agnelo|name]] and [[Sharmila Fernandes|name]],
of [[Gorse Hill|place]]
(address below)    Brother: [[Joel|name]] (9), also serves

What happened (what I saw and heard)
At the end of the 11:30 Konkani Mass, during the recessional hymn, [[Alisha|name]] fainted on the altar steps. Our first aider,
Mr [[Bernard Quinlan|name]], and I took her into the sacristy. She came round in under a minute. She was very pale, cold to the
touch, and her wrists were like a small child's. She said she "forgot breakfast". When Mr [[Quinlan|name]] lifted her sleeve
to take her pulse I saw several thin healing cuts on the inside of her left forearm. She pulled the sleeve down and said "it's
the cat", but the family has no cat (I asked her brother later).
Her father came into the sacristy and said loudly in Konkani and English that she was "doing drama" and "shaming the family
in front of everybody" and that she would "eat when she's hungry". He took her by the upper arm and left. Her mother was not
at Mass (she works Sunday mornings).
Our parish priest, Fr [[Joaquim Lobo|name]], spoke to Mr [[Fernandes|name]] in the car park; Mr [[Fernandes|name]] said "Father,
this is a family
matter". The catechist, Mrs [[Anita Menezes|name]], who knows the family from [[Margao|place]], told me afterwards that
[[Alisha|name]] has
"stopped eating since the summer", that [[Agnelo|name]] has been "losing money on the phone, on the betting", and that there have
been "shouting matches" reported by the neighbours. She said the grandmother in [[Margao|place]], Goa, is worried.

What the child said (her words)
In the sacristy, before her father came in: "Please don't tell Papa I fainted. He says I'm making it up to get attention."
And: "I'm fine, I just need to not be fat for the summer." (She is very thin.)

Action taken
I did not speak to the parents about the cuts. I rang the Diocesan Safeguarding Office duty line at 14:10 and was told to refer
to children's services the next morning, which I did by phone at 09:05 on [[12 October|date]] (spoke to [[Callum Rendell|name]],
front door); I also told the head of the altar servers, Mr [[Quinlan|name]], that [[Alisha|name]] should not serve until we hear more.
The family's address, confirmed from the parish register: [[19 Ferndale Road|address]], [[Swindon|place]] [[SN2 1EX|postcode]]; home phone
none; mother's mobile [[07796 215 408|phone]].
Others who saw what happened: the other altar servers ([[Keziah Monteiro|name]], 13, and [[Dominic Pereira|name]], 12), the organist, Mr
[[Clive Hatherall|name]], and the reader, Mrs [[Philomena Gomes|name]]. [[Dominic|name]]'s mother, Mrs [[Rita Pereira|name]],
told me [[Alisha|name]]
"eats nothing at the Goan association lunches either". [[Keziah|name]] said [[Alisha|name]] had been "crying in the toilets before Mass".

Fr [[Lobo|name]] has agreed that I can share this record. Signed: [[T. Bourke|name]], PSR
"""),
    ("a girl's online consultation with her GP surgery", """ONLINE CONSULTATION (submitted through the surgery website - PATCHS)
- Moredon and Gorse Hill Medical Partnership
Submitted: [[13/10/2026|date]] 23:41    Submitted by: the patient    Reviewed: [[14/10/2026|date]] 08:20 by Dr [[Imogen Hale|name]]
Triage outcome: urgent same-day appointment; safeguarding flag added

Patient details
First name: [[Alisha|name]]    Last name: [[Fernandes|name]]    Date of birth: [[11/02/2012|dob]]    NHS number: [[6685535202|nhs]]
Address: [[19 ferndale rd|address]], [[swindon|place]], [[sn2 1ex|postcode]]    Mobile: [[07452883160|phone]]
Email: [[alisha.f.2012@outlook.com|email]]    Can we leave a message on this number? No    Best time to call: school lunchtime

Who are you submitting this for?  Myself
Are you under 16?  Yes. Parent or guardian aware?  No, and please don't tell them

What do you need help with today?
i think i might have an eating problem. i dont eat breakfast or lunch and i only eat dinner so my mum and dad dont notice. i have
lost 9 kilos since july (i weigh 38kg now). i fainted at church on sunday. my hair is coming out in the shower and i am cold
all the time even in bed. i havent had a period since august. sometimes i make myself sick if i have to eat a lot like at
my aunty [[Lourdes|name]]s when we were in [[lisbon|place]] in the summer.
i also cut my arm sometimes when my dad is shouting at my mum. not deep. i have been doing it since may.

How long have you had this problem?  Since the summer holidays (about 4 months)

Is there anything else you want to tell us?
my friend [[Gracie|name]] said i should do this because her sister had anorexia and got help. i cant talk to my mum because she
works nights at the hospital and sleeps all day, and my dad says its all in my head. please dont ring my house. my teacher
is mr [[pinnell|name]] at [[st joes|school]] if you need someone. [[gracie|name]]s mum is [[Nikki Sealy|name]]
[[07463 118 205|phone]] she said i can
give her number.

Are you thinking about hurting yourself or ending your life?  I dont want to die. I just want to disappear sometimes.

GP REVIEW ([[14/10/2026|date]], Dr [[I. Hale|name]])
Rang [[Alisha|name]] at 12:40 (school lunch) on her mobile. She agreed to come at 16:00 with Mrs [[Sealy|name]] and with the school
nurse, [[Lyn Aldridge|name]], and agreed for us to ring her mother. Spoke to mum [[Sharmila|name]] at 14:00 (woke her up); she was
shocked, cried, said "I knew something was wrong, I thought she was just growing". Mum attended with [[Alisha|name]] at 16:00.
Examination: weight 37.6 kg, height 158 cm, BMI 15.1 (about 78% of median BMI for age); HR 44 lying, 68 standing; BP 86/52;
temp 35.6; cold peripheries; lanugo on the back; healing superficial linear cuts on the left forearm (about 10).
Plan: same-day referral to Great Western Hospital paediatrics for assessment (bradycardia); urgent referral to the CAMHS
Eating Disorders Service (Oxford Health), discussed by phone with Dr [[Niamh Corrigan|name]]; safeguarding referral to
Ridgeway Vale MASH because of the disclosure of domestic abuse at home and self-harm - mum told and agreed.
Dr [[Imogen Hale|name]], GP    Practice safeguarding lead: Dr [[Vikram Bhattacharya|name]]
"""),
]

DOCS_E += [
    ("eating disorders service care planning meeting notes", """OXFORD HEALTH NHS FOUNDATION TRUST - CAMHS EATING DISORDERS
SERVICE - [[SWINDON|place]] TEAM
CARE PLANNING MEETING WITH THE FAMILY AND THE NETWORK - NOTES
Young person: [[Alisha FERNANDES|name]]    DOB: [[11/02/2012|dob]]    NHS: [[668 553 5202|nhs]]    UPN: [[D866388721182|upn]]
   Diagnosis: anorexia nervosa (restrictive,
with some purging)    Date: [[29 October 2026|date]], 14:00-15:30, Marlborough House, [[Okus Road|address]], [[Swindon|place]]
Chair: Dr [[Niamh Corrigan|name]], Consultant Child and Adolescent Psychiatrist    Notes: [[Beth Kington|name]], assistant psychologist

Present: [[Alisha|name]] (first half and last ten minutes); [[Sharmila Fernandes|name]] (mum); [[Agnelo Fernandes|name]] (dad);
[[Hollie Baverstock|name]] (specialist dietitian); [[Mateus Cardoso|name]] (family therapist, FT-AN); [[Karen Scutt|name]] (social worker,
Ridgeway Vale); [[Lyn Aldridge|name]] (school nurse); Mr [[Gareth Pinnell|name]] (DSL, [[St Joseph's Catholic College|school]])
for item 4.
Apologies: Dr [[Rhodri Lewis-Pugh|name]] (paediatrician, Great Western Hospital).

1. Physical health (Dr [[Corrigan|name]])
Admitted to the children's ward at GWH from [[14/10|date]] to [[18/10|date]] for bradycardia and refeeding
monitoring. Weight today 39.2 kg (up 1.6 kg). HR 52. Bloods normal. Weekly weighing
and bloods at the clinic; MEED risk amber.

2. Meal plan (Mrs [[Baverstock|name]])
Three meals and three snacks, supervised at home by a parent. [[Sharmila|name]] has changed to day shifts at the hospital for
eight weeks (her manager, [[Gwen Pocock|name]], agreed). Lunch at school in the nurse's room with Mrs [[Aldridge|name]]. Goan food is
fine and encouraged ("xit-kodi", pão, sorpotel was mentioned by [[Alisha|name]] as foods she used to love) - the family
should not cook separate "diet" food.

3. Family therapy ([[Mateus|name]])
Weekly, starting [[5 November|date]]. [[Agnelo|name]] said he did not believe in "this therapy business" but would come "for
[[Alisha|name]]". [[Joel|name]] to join some sessions. [[Alisha|name]]'s grandmother (Avó [[Filomena|name]], in
[[Margao|place]], [[+91 832 271 4496|phone]]) and aunt (Tia [[Lourdes|name]], in [[Lisbon|place]], [[+351 912 604 381|phone]])
call most days on WhatsApp; [[Sharmila|name]] asked them to stop commenting on
[[Alisha|name]]'s body
("you look like a stick", "you'll never find a husband").

4. Safeguarding (Mrs [[Scutt|name]])
A child and family assessment is open (started [[14/10/2026|date]]). [[Sharmila|name]] told [[Karen|name]] alone that
[[Agnelo|name]] has gambling
debts of about £19,000 (online casino apps), that he shouts and has thrown plates, and that once in August he pushed her
against the fridge in front of the children. [[Agnelo|name]], seen separately, accepted the debts and the shouting and denied
pushing her. [[Sharmila|name]] has been helped to apply for a council tax reduction in her own name (NI [[SE527019A|ni]]).
[[Agnelo|name]] has agreed to go to GamCare and the Gordon Moody programme and has self-excluded through GAMSTOP. Mr
[[Pinnell|name]] reported that [[Alisha|name]] is "a different girl when Dad isn't mentioned" and that her attendance is 96%.
[[Alisha|name]]'s words (to [[Karen|name]], shared with her agreement): "I don't want Papa to leave. I want him to stop being angry.
When I don't eat I feel like I'm the one in control of something."

5. Plan (agreed)
- Weekly weighing and review with Dr [[Corrigan|name]]; readmission if HR below 45 or weight falls for two weeks.
- Meal plan as above; [[Hollie|name]] to give the family a Goan-food version.
- Family therapy weekly (FT-AN) with [[Mateus|name]].
- CIN plan by Ridgeway Vale ([[Karen|name]]); a referral to the domestic abuse service in [[Swindon|place]] (SDASS) for [[Sharmila|name]].
- School: a safe-space pass; no PE until the clinic agrees.
- Next meeting: [[26 November 2026|date]].
"""),
    ("family WhatsApp group in English, Konkani and Portuguese", """[WhatsApp group "[[Fernandes|name]] Family 🇬🇧🇮🇳🇵🇹", 6
members, exported by [[Sharmila Fernandes|name]] and given to
[[Karen Scutt|name]] on [[19/11/2026|date]] for the family therapy work, with [[Alisha|name]]'s agreement. Konkani (in Roman script) and
Portuguese translated by [[Mateus Cardoso|name]] (Portuguese) and [[Sharmila|name]] (Konkani) in square brackets.]

[[02/11/2026|date]], 07:12 - Avó: Dev borem korum 🙏 [God bless] [[Lishu|name]] kosso asa aiz? [how is [[Lishu|name]] today?]
[[02/11/2026|date]], 07:40 - [[Sharmila|name]]: She ate full breakfast Mai. Eggs and one pão. 👍
[[02/11/2026|date]], 07:41 - Tia [[Lourdes|name]]: Graças a Deus!! [Thank God] beijinhos para a minha princesa [kisses to my princess]
[[02/11/2026|date]], 07:55 - [[Agnelo|name]]: Good. Tell her no gym
[[02/11/2026|date]], 08:30 - [[Alisha|name]]: im literally in this chat papa
[[02/11/2026|date]], 08:31 - [[Agnelo|name]]: 😂 ok baba. sorry [[Alisha|name]] bai
[[02/11/2026|date]], 08:31 - [[Joel|name]]: 😂😂😂
[[04/11/2026|date]], 19:02 - Avó: [[Savio|name]] mama boltolo tu [[Swindon|place]] the Ave Maria ghetlo church-ak [uncle
[[Savio|name]] says you sang
the Ave Maria at church in [[Swindon|place]]] 🎶
[[04/11/2026|date]], 19:05 - [[Alisha|name]]: avó that was [[Joel|name]] at school not me lol
[[04/11/2026|date]], 19:06 - [[Joel|name]]: I sang it at [[Holy Rood|school]] 😎 mrs [[dsilva|name]] said I was the best
[[04/11/2026|date]], 19:10 - Tia [[Lourdes|name]]: O nosso [[Joelzinho|name]] é um artista! [Our little [[Joel|name]] is an artist!]
[[07/11/2026|date]], 21:20 - [[Sharmila|name]]: Family reminder from the therapist: please no comments about weight, size, food amounts or
looks. Only ask how she is feeling. This is for everybody Mai and [[Lourdes|name]] also. Thank you 🙏
[[07/11/2026|date]], 21:25 - Tia [[Lourdes|name]]: Desculpa, mana [Sorry, sister]. I only say because I love her
[[07/11/2026|date]], 21:31 - Avó: hanv sorry [I'm sorry] 🙏 [[Filu|name]] Avó is old, forgive
[[07/11/2026|date]], 21:33 - [[Alisha|name]]: its ok avó ❤️ i love u
[[10/11/2026|date]], 18:44 - [[Agnelo|name]]: Weekend plan. [[Savio|name]] and [[Leena|name]] inviting us for the Goan
association dinner Saturday at
the [[Moredon|place]] hall. I will drive. No betting, I promise 🙏 (joke)
[[10/11/2026|date]], 18:50 - [[Sharmila|name]]: Not funny [[Agnelo|name]]
[[10/11/2026|date]], 18:51 - [[Agnelo|name]]: Sorry. Ok. I am going to the meeting Thursday at [[Old Town|place]]
[[12/11/2026|date]], 06:15 - Avó: [[Filomena|name]] recorded a voice note. [Voice message, 1:12: She says that [[Rosy|name]]
aunty from [[Borda|place]]
has died, the funeral is at the Holy Spirit Church in [[Margao|place]] on Friday, and she is lighting a candle to St Francis
Xavier for [[Alisha|name]].]
[[12/11/2026|date]], 07:30 - [[Sharmila|name]]: Rest in peace [[Rosy|name]] aunty 🙏 we will call you after work Mai
[[15/11/2026|date]], 10:02 - [[Alisha|name]]: 40.1!!! Dr [[corrigan|name]] says im allowed to walk to school with
[[gracie|name]] next week 🙌
[[15/11/2026|date]], 10:03 - [[Joel|name]]: can I come
[[15/11/2026|date]], 10:05 - Tia [[Lourdes|name]]: ❤️❤️❤️ (I am not saying the number, I am saying well done for walking!)
[[15/11/2026|date]], 10:30 - [[Agnelo|name]]: Proud of you [[Ali|name]]. Papa loves you.
[[15/11/2026|date]], 10:31 - Avó: 🙏🙏🙏 mog [love]
"""),
]

# --- F. Rahimi / Karimi family (Iranian, Persian-speaking, seeking asylum), Boscombe, Bournemouth ----------------------------

HOTEL_F = d.Address("Chine Crest Hotel, 31 Boscombe Spa Road", "Boscombe", "Bournemouth", "BH5 1AS")
FLAT_F = d.Address("Flat 2, 88 Holdenhurst Road", "Springbourne", "Bournemouth", "BH8 8AF")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Yasaman", "Rahimi")], dt.date(2011, 3, 19), addresses=[FLAT_F, HOTEL_F], ids=["7347230446"],
       phones=["07442 608 913"], schools=["Avonbourne Girls Academy"]),
    _p("s", "sibling", [("Arman", "Rahimi")], dt.date(2018, 8, 30), addresses=[FLAT_F, HOTEL_F], ids=["7419605416"],
       schools=["Kings Park Academy"]),
    _p("m", "mother", [("Maryam", "Karimi")], dt.date(1988, 6, 6), addresses=[FLAT_F, HOTEL_F], phones=["07442 608 931"]),
    _p("f", "father", [("Behzad", "Rahimi")], dt.date(1983, 1, 27), addresses=[FLAT_F, HOTEL_F], phones=["07440 551 786"]),
    _p("o", "other", [("Amir Hossein", "Moradi")], dt.date(2010, 4, 2), ids=["9996057305"]),
    _p("g", "grandparent", [("Parvin", "Sadeghi")], None, phones=["+98 912 348 5071", "+98 21 4455 2180"]),
    _p("p1", "professional", [("Lucy", "Mowlam")], None, phones=["01202 128 390"], emails=["lucy.mowlam@stourhaven.gov.uk"]),
    _p("p2", "professional", [("Dean", "Hayter")], None, phones=["01202 451 776"]),
], "c")

DOCS_F = [
    ("asylum hotel safeguarding email chain", """From: [[Dean Hayter|name]] <[[dean.hayter@crh.org.uk|email]]>
Sent: [[15 September 2026|date]] 22:58
To: Stour Haven Children's Front Door <[[childrensfrontdoor@stourhaven.gov.uk|email]]>
Cc: Migrant Help Safeguarding <[[safeguarding@migranthelpuk.org|email]]>; [[Lucy Mowlam|name]]
Subject: SAFEGUARDING - Chine Crest Hotel - [[RAHIMI|name]] family, room 214 - girl 15 and adult male resident

Hi all,

Urgent safeguarding referral from the Chine Crest Hotel, [[31 Boscombe Spa Road|address]], [[Bournemouth|place]] [[BH5 1AS|postcode]]
(contingency asylum accommodation, families floor and single men's floor).

Family: [[Behzad RAHIMI|name]] ([[27/01/1983|dob]]), [[Maryam KARIMI|name]] ([[06/06/1988|dob]]), [[Yasaman RAHIMI|name]]
([[19/03/2011|dob]]) and
[[Arman RAHIMI|name]] ([[30/08/2018|dob]]). Iranian nationals, Farsi speakers, HO refs held by Migrant Help. In the hotel since
[[02/07/2026|date]]. Mum's mobile [[07442 608 931|phone]]; Dad's [[07440 551 786|phone]].

At 21:15 tonight our night security, [[Kwame Owusu-Bekoe|name]], found [[Yasaman|name]] in the stairwell between floors 3 and 4 (the
single men's floor) with an adult male resident, [[Farshid MALEKI|name]] (room 318, DOB given as [[10/10/1994|dob]]). She had a new
phone box and a bag of sweets from the Boots on [[Christchurch Road|address]]. When [[Kwame|name]] asked what was going on,
[[Maleki|name]] said
"I am her uncle" in English, which is not true. [[Yasaman|name]] said nothing and ran back to room 214. CCTV shows them together
in the stairwell three times this week.
I spoke to the parents with the hotel's Farsi-speaking housekeeper, [[Shirin Navabi|name]] (not an interpreter, sorry - it was
late). Mum was very upset and said [[Yasaman|name]] has "a friend" who gives her phone credit so she can call her friends in
[[Karaj|place]]. Dad said he will "deal with it" and went up to the 4th floor - security stopped him. Police called at 21:50
(Dorset Police ref 55-15092026-1187), PC [[Aaron Whitty|name]] attended and spoke to [[Maleki|name]].
Action tonight: the family moved to room 112 near reception; [[Maleki|name]] to be moved to another hotel by the Home Office
(request made). Nobody has spoken to [[Yasaman|name]] alone.

Regards,
[[Dean Hayter|name]]
Welfare and Safeguarding Officer - Dorset hotels | Clearsprings Ready Homes
Mob [[07458 903 216|phone]] | Office [[01202 451 776|phone]]

---
From: [[Lucy Mowlam|name]] <[[lucy.mowlam@stourhaven.gov.uk|email]]>
Sent: [[16 September 2026|date]] 09:41
To: [[Dean Hayter|name]]
Cc: Stour Haven Children's Front Door; [[Anna Kovacs|name]] (Migrant Help)
Subject: RE: SAFEGUARDING - Chine Crest Hotel - [[RAHIMI|name]] family

Hi [[Dean|name]], thank you, this was the right thing to do. I'm the duty social worker and will visit today at 15:30 with a
Farsi interpreter (Mr [[Kamran Farahani|name]], booked through DA Languages) and a police officer from the Missing and
Exploited team, DC [[Kerry-Ann Lush|name]]. Please could you:
1. keep the CCTV from [[10|date]] to [[15 September|date]];
2. let me have a quiet room (not the breakfast room); and
3. NOT share this with the other residents or with Mrs [[Navabi|name]].
Can you also tell me which school [[Yasaman|name]] and [[Arman|name]] are on the waiting list for? Mum told the health visitor in August
that [[Arman|name]] has a place at [[Kings Park|school]] but [[Yasaman|name]] has no school place yet.
[[Lucy|name]]
[[Lucy Mowlam|name]] | Social Worker | Children's First Response | Stour Haven Council | [[01202 128 390|phone]]

---
From: [[Dean Hayter|name]]
Sent: [[16 September 2026|date]] 10:05
To: [[Lucy Mowlam|name]]
Subject: RE: RE: SAFEGUARDING

Will do. CCTV saved. [[Arman|name]] started at [[Kings Park Academy|school]] on [[7th Sept|date]]; [[Yasaman|name]] has an
in-year application with
the council for [[Avonbourne Girls Academy|school]] (Dad wanted [[Bournemouth School for Girls|school]] but [[BSG|school]] is
selective). FYI [[Maleki|name]] left at 07:00 in a Home Office transport to a hotel in [[Weymouth|place]]. Also: Dad told me
this morning he
is a Christian convert and goes to a church in [[Boscombe|place]] and is scared of the other Iranian men here. I've logged it.
[[Dean|name]]
"""),
    ("age assessment extract", """STOUR HAVEN COUNCIL - CHILDREN'S SERVICES
AGE ASSESSMENT (carried out in line with the case law, "Merton compliant") - SUMMARY AND CONCLUSION (extract)
Name given: [[Amir Hossein MORADI|name]] (also written [[Amirhossein Moradi|name]]; the Home Office record has "[[Amir HOSSEINI|name]]")
Claimed date of birth: [[02/04/2010|dob]] ([[13 Farvardin 1389|dob]] in the Iranian calendar) - claimed age 16
Home Office's assessed date of birth (at [[Manston|place]], [[21/08/2026|date]], "significantly over 18"): [[01/01/2004|dob]]
Nationality: Iranian    Languages: Farsi, some Turkish    HO ref held on file    NHS: [[999 605 7305|nhs]]
Assessors: [[Lucy Mowlam|name]] and [[Ruairi Doherty|name]] (both qualified social workers, trained in age assessment)
Interpreter: Mr [[Kamran Farahani|name]] (Farsi; the young person was asked and said he understood him well)
Appropriate adult / independent advocate: [[Jo Brightwell|name]], Refugee Council Age Disputes Project
Sessions: [[30/09/2026|date]], [[07/10/2026|date]], [[14/10/2026|date]] (minded-to meeting), [[21/10/2026|date]] (outcome)

1. Background and the family link
[[Amir Hossein|name]] says he was born in [[Mehrshahr|place]], [[Karaj|place]], the son of [[Hossein Moradi|name]] (a builder,
died 2022) and
[[Mahnaz Karimi|name]] (a hairdresser). His mother's sister is Mrs [[Maryam Karimi|name]], who is in [[Bournemouth|place]] with her
husband, [[Behzad Rahimi|name]], and their children, a family known to this council. He has a younger sister, [[Zahra|name]] (11),
at home with his mother, and a maternal grandmother, Mrs [[Parvin Sadeghi|name]], in [[Tehran|place]]. He says that after [[Behzad|name]]
"Amu" (he calls him uncle, though [[Behzad|name]] is his aunt's husband) was arrested in 2025 for going to a house church,
plain-clothes men came to his school and to his mother's salon and asked about him, and his mother paid a smuggler to
take him to his aunt.

2. The journey
He left [[Karaj|place]] in May 2026 by car to [[Urmia|place]], crossed into Turkey on foot near [[Salmas|place]] at night, and
spent about six weeks in [[Van|place]] and then [[Istanbul|place]], working in a textile workshop in [[Zeytinburnu|place]]. From there
he was taken by lorry through Bulgaria and Serbia ("I never knew where we were"), then by train to [[Paris|place]] and by
car to a camp near [[Dunkirk|place]] (at [[Loon-Plage|place]], he thinks: "the forest by the canal"). He crossed the Channel in a small
boat on [[20 August 2026|date]] and was taken to [[Dover|place]] and then [[Manston|place]]. He was told by the smuggler, a man
the others called
"Kaka [[Rostam|name]]", to say he was 18 "so they send you to a hotel not a foster family" and then to
say his real age later. He says he did not understand the Home Office interview and the interpreter was on the phone.

3. Physical appearance and demeanour (given little weight on its own)
Slim, about 170 cm, light stubble that he says he has shaved "since one year"; he looks tired and older than 16 to some staff,
and younger than 16 to others (the hotel manager in [[Weymouth|place]], Mrs [[Karen Spiller|name]], wrote that he "looks and acts
like a boy"). He was shy, polite, laughed at the interpreter's jokes and asked whether he could go to school.

4. Documents and other evidence
A photograph on his phone of his shenasnameh (birth certificate booklet) showing [[13/01/1389|dob]] ([[2 April 2010|dob]]); the
original is with his mother. His school report card from the 9th grade (2024-25), from the [[Shahid Beheshti|school]] school in
[[Mehrshahr|place]], with his photograph. A video call with his mother on [[07/10/2026|date]] (on his grandmother's
phone, [[+98 912 348 5071|phone]], in the presence of both assessors and the interpreter), in which she gave the same date and
the names of his school and teacher (Mr [[Rezaei|name]]) without
prompting. [[Maryam Karimi|name]], seen separately on [[14/10/2026|date]], gave the same date of birth and said: "I was at his
birth. He was born the week after Nowruz, the same year my [[Yasaman|name]] was learning to walk."

5. Conclusion
The assessors find his account consistent, detailed and credible, and supported by the documents and by two family members.
We find that [[Amir Hossein|name]]'s age is as he claims, that his date of birth is [[2 April 2010|dob]], and that he is 16. He will
be accommodated as a looked-after child under section 20. He would like to live near his aunt's family; a placement with
supported lodgings in [[Southbourne|place]] is being explored with Mrs [[Gail Hinchcliffe|name]], the supported lodgings host.
Signed: [[L. Mowlam|name]] / [[R. Doherty|name]]    Date: [[21/10/2026|date]]    Outcome shared with the Home Office: [[22/10/2026|date]]
"""),
]

DOCS_F += [
    ("Telegram chat translated from Persian", """[Telegram chat between [[Yasaman|name]] and her friend in Iran, [[Negin|name]],
shown by [[Yasaman|name]] to her social worker,
[[Lucy Mowlam|name]], on [[11/11/2026|date]] and copied with her agreement. Written in Persian script and in "Finglish" (Persian in
English letters); translated by [[Kamran Farahani|name]], interpreter. [[Yasaman|name]] saved her friend as "[[نگین|name]] 💜".]

[[نگین|name]] 💜, [[22 October|date]] 20:14
[[یاسی|name]] جونم کجایی؟ دلم برات تنگ شده (My dear [[Yasi|name]], where are you? I miss you)
[[Yasaman|name]], [[22 October|date]] 20:31
salam [[negin|name]] joon!! ma az hotel raftim. ye khoone-ye kuchik dar [[springbourne|place]] (Hello dear [[Negin|name]]!! We
left the hotel. A
small flat in [[Springbourne|place]])
[[نگین|name]] 💜, [[22 October|date]] 20:33
[[springbourne|place]] koja-ye? 😂 (Where is [[springbourne|place]]? 😂)
[[Yasaman|name]], [[22 October|date]] 20:35
nazdik-e [[bournemouth|place]]. daryaa nazdike. [[Arman|name]] har rooz mige beram sahel (Near [[Bournemouth|place]]. The sea is
near. [[Arman|name]]
says every day let's go to the beach)
[[Yasaman|name]], [[22 October|date]] 20:36
va man madrese daram!!! [[Avonbourne|school]]. faghat dokhtar 🙄 (And I have a school!!! [[Avonbourne|school]]. Only girls 🙄)
[[نگین|name]] 💜, [[22 October|date]] 20:40
khanom [[Rezaei|name]] goft salam beresoon. hame-ye kelas delemoon barat tang shode. [[Shadi|name]] gerye kard (Mrs
[[Rezaei|name]] said to
say hello. The whole class misses you. [[Shadi|name]] cried)
[[Yasaman|name]], [[22 October|date]] 20:44
man ham 😭 be [[shadi|name]] va [[parisa|name]] begu dooset daram (Me too 😭 Tell [[Shadi|name]] and [[Parisa|name]] I love them)
[[نگین|name]] 💜, [[30 October|date]] 18:02
oon yaroo ke too hotel bood chi shod? [[farshid|name]]? (What happened to that guy in the hotel? [[Farshid|name]]?)
[[Yasaman|name]], [[30 October|date]] 18:10
police bordanesh ye shahr-e dige. baba khayli asabani shod. social worker [[lucy|name]] khanom goft taghsir-e man nabood (Police took
him to another town. Dad got very angry. The social worker, [[Lucy|name]] khanom, said it wasn't my fault)
[[Yasaman|name]], [[30 October|date]] 18:11
vali man faghat mikhastam sharj dashte basham ke ba to harf bezanam 😞 (But I only wanted credit so I could talk to you 😞)
[[نگین|name]] 💜, [[30 October|date]] 18:15
[[یاسمن|name]] مواظب خودت باش. قول بده ([[Yasaman|name]], look after yourself. Promise me)
Translator's note: the friend wrote [[Yasaman|name]]'s full first name here; the translation gives it in English letters.
[[Yasaman|name]], [[30 October|date]] 18:16
ghol midam 🤞 (I promise)
[[Yasaman|name]], [[5 November|date]] 21:40
emrooz pesar-khale-am [[amir hossein|name]] oomad khoone-ye ma!!! az [[calais|place]] ba ghayegh oomade. maman kheili gerye kard (Today my
cousin [[Amir Hossein|name]] came to our house!!! He came from [[Calais|place]] by boat. Mum cried a lot)
[[نگین|name]] 💜, [[5 November|date]] 21:42
vaaay!! khale [[mahnaz|name]] khabar dare? (Wow!! Does Aunty [[Mahnaz|name]] know?)
[[Yasaman|name]], [[5 November|date]] 21:44
are. video call kardim. maman-bozorg [[parvin|name]] ham bood az [[tehran|place]] (Yes. We did a video call. Grandma
[[Parvin|name]] was on it
too, from [[Tehran|place]])
[[Yasaman|name]], [[9 November|date]] 16:20
ye dust peyda kardam. esmesh [[poppy|name]]-e. moo-hash narenjie 😂 va [[ellie-mae|name]]. ba ham raftim [[poole|place]] (I made a friend.
Her name is [[Poppy|name]]. She has orange hair 😂 and [[Ellie-Mae|name]]. We went to [[Poole|place]] together)
[[نگین|name]] 💜, [[9 November|date]] 16:25
hasoodim!!! 😤❤️ yadet nare ma ro (I'm jealous!!! 😤❤️ Don't forget us)
[[Yasaman|name]], [[9 November|date]] 16:26
hargez. to behtarin dust-e mani [[negin|name]] jan ❤️ (Never. You are my best friend, [[Negin|name]] jan ❤️)
"""),
    ("pastor's letter of support for an asylum appeal", """Boscombe Grace Church
[[Gladstone Road|address]], [[Boscombe|place]], [[Bournemouth|place]] [[BH7 6EU|postcode]]    Tel: [[01202 397 508|phone]]
Pastor: Rev. [[Andrew Coombes|name]]    [[pastor@boscombegrace.org.uk|email]]

[[20 November 2026|date]]

To whom it may concern (for the First-tier Tribunal, Immigration and Asylum Chamber)
c/o Ms [[Sara Whitcombe|name]], [[Whitcombe|name]] & [[Hale|name]] Immigration Solicitors, [[Old Christchurch Road|address]],
[[Bournemouth|place]]
[[BH1 1LG|postcode]]

Re: Mr [[Behzad RAHIMI|name]], born [[27 January 1983|dob]], and his family (his wife Mrs [[Maryam Karimi|name]] and their children
[[Yasaman|name]] and [[Arman|name]]) - letter of support

I am the pastor of Boscombe Grace Church, an independent evangelical church of about 180 members with a Persian-speaking
fellowship of about 40 people that meets on Sunday afternoons, led by our elder, Brother [[Kaveh Navabi|name]], himself a convert
who came to the UK from [[Shiraz|place]] in 2014.

Mr [[Rahimi|name]] first came to our Sunday afternoon service on [[19 July 2026|date]], two weeks after his family was placed in the
Chine Crest Hotel. He was brought by another Iranian Christian from the hotel, Mr [[Davood Jafari|name]]. Since then he has
attended 18 of 19 Sunday services and the Wednesday Bible study in Farsi (attendance register attached). His wife has come
with him six times, and [[Arman|name]] attends our children's club, where he is known for his excellent drawings of Noah's ark.

Mr [[Rahimi|name]] has told me, and Brother [[Kaveh|name]] separately, that he came to faith in 2021 through a house church in
[[Gohardasht|place]],
[[Karaj|place]], led by a man he knew as "Brother [[Majid|name]]", and that the group was raided in March 2025; that he was held
and interrogated for eleven days; and that he fled with his family after being released on bail. I am not able to verify
these events. What I can say is that his knowledge of the Christian faith is consistent with someone who has been a
believer for some years: he can explain the Gospel, the Trinity and the meaning of baptism in his own words, and he knows
many Persian worship songs (the Christian songs of Iran, not translations). He was baptised by me, with four others, at
Fisherman's Walk beach on [[13 September 2026|date]]; the baptism was witnessed by about 60 people, including Mr [[Dean Hayter|name]]
of the hotel's welfare team, who came with his own family.

I have also seen how he behaves with his family. He was very protective of his daughter when she was approached by a man
at the hotel, and he asked our church's safeguarding lead, Mrs [[Helen Ashdown|name]], for advice, which was to cooperate
with the social worker, Ms [[Lucy Mowlam|name]], as he did. His wife is fragile and, I believe, traumatised: she has
told our women's group leader, Mrs [[Farah Jafari|name]] (Mr [[Jafari|name]]'s wife), that she "cannot sleep without the light on".
I believe that if Mr [[Rahimi|name]] were returned to Iran he would continue to practise his faith openly, as he does here,
including on social media: he posts Bible verses in Persian on Instagram under his own name ("[[Behzad Rahimi|name]]") and has
been sent threatening messages by an account he believes belongs to a relative of his former employer in [[Karaj|place]].

Our church members have helped the family move into their flat in [[Springbourne|place]] (furniture from the [[Boscombe|place]]
Salvation Army, curtains from Mrs [[Ashdown|name]]), and [[Yasaman|name]] has begun helping in our crèche on Sunday mornings.
I am willing to attend the hearing to give evidence, and Brother [[Kaveh|name]] is willing to do so too.

Yours faithfully,

[[Andrew Coombes|name]] (Rev.)
Pastor, Boscombe Grace Church    Mobile: [[07837 562 104|phone]]
"""),
]

_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 17 (written 2026-12-06 without reading the detector; held out until scored on 2026-12-06 at 06:13 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "fr", "father", "pc", "ps", "dc", "ds", "sgt", "insp", "hhj", "judge", "nurse", "sw",
           "pastor", "brother", "sister", "nan", "nana", "nanny", "gran", "granny", "grandad", "mum", "mummy", "mam", "mammy", "dad",
           "daddy", "auntie", "aunty", "uncle", "nanu", "nani", "dadu", "dadi", "abba", "amma", "ammu", "apa", "apu", "bhai",
           "bhaiya", "bhabi", "chacha", "chachi", "khala", "khalu", "mama", "mami", "phupu", "avó", "avo", "avô", "tia", "tio",
           "tiya", "mai", "bapai", "papa", "maman", "baba", "khaleh", "ameh", "amu", "dayi", "madarjoon", "babajoon", "agha",
           "khanom", "aqa", "khale", "maman-bozorg", "rev", "reverend", "kaka", "elder"}
_AFTER = {"bhai", "bhaiya", "apa", "apu", "bhabi", "khala", "mama", "nanu", "jan", "joon", "khanom", "agha", "aunty", "auntie",
          "uncle", "tia", "tio", "bai", "chacha", "chachi", "amu"}
_NOT_PLACES = {"england", "scotland", "wales", "britain", "great britain", "united kingdom", "uk", "devon", "south devon", "torbay",
               "cornwall", "northamptonshire", "northants", "north northamptonshire", "north lanarkshire", "lanarkshire",
               "berkshire", "berks", "oxfordshire", "bedfordshire", "beds", "wiltshire", "wilts", "dorset", "hampshire",
               "jamaica", "st catherine", "st ann", "ghana", "bangladesh", "sylhet division", "india", "goa", "portugal", "iran",
               "turkey", "france", "bulgaria", "serbia", "the channel", "europe", "asia", "the caribbean", "ireland", "county donegal"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 13 and 15; this adds this set's titles and kinship words (before a name: "Nana
# Aggie", "Granny Bev", "nanu jamila", "khale mahnaz", "maman-bozorg parvin", "khanom Rezaei", "Kaka Rostam", "Rev.
# Andrew Coombes", "Brother Kaveh"; and after one: "Jubayer Bhai", "Shirin Apa", "Mannan chacha", "Negin jan", "Lucy
# khanom", "Alisha bai") and counties, regions and countries ("Devon", "Torbay", "Northants", "North Lanarkshire",
# "Berkshire", "Bedfordshire", "Wiltshire", "Dorset", "Sylhet Division", "Goa", "Iran", "Serbia").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
