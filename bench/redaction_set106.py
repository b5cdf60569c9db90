"""Set 106: a held-out hand-written set for the redaction detector, six more invented families in Swindon, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set107.py to bench/redaction_set109.py and their tests (written by other helpers at the same time), that did
not run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What
was read: bench/redaction_set21.py (its docstring, records, first document's opening, last two documents and word lists and
checker wiring: the layout and marking conventions followed here) and tests/test_redaction_set21.py in full; the docstrings
of bench/redaction_set7.py to bench/redaction_set105.py, printed only and searched (as printed text) for the Swindon
districts and the communities considered here, to pick homes and communities no earlier set used; the `_party`, `Records` and
`HandSet` helpers of bench/redaction_handwritten.py. The checker is set 15's `problems` (imported, not read), run through
`HandSet` with this set's word lists, and the messages it printed about this set's own marking were used to correct the
marking. Phone numbers were checked with the phonenumbers library and NHS numbers and UPNs made with python-stdnum in small
snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module
only to build records. Nobody may tune the detector on this set: it is to be scored once. If a mistake in the gold marking is
found after scoring, correct only the marking and say so here.

Six families in Swindon, each from a district no earlier set used as a family's home: a white British family in Pinehurst
with a grandmother in Stratton St Margaret (Tanner / Blake; a mother's partner's violence, a broken television, a neighbour's
letter, a non-molestation order); an Afro-Surinamese family from Amsterdam Zuidoost in Park North, with a grandmother in
Paramaribo, an aunt in the Bijlmer and a father in Rotterdam (Vrede / Pinas; a boy of 13 criminally exploited on a county line
to Reading, a child protection conference, Sranan Tongo and Dutch voice notes); an Anguillan family in Walcot with a
grandmother in The Valley, Anguilla, and an uncle in Tottenham (Gumbs / Hodge; a mother's post-natal depression, a baby
falling off her centiles, a boy of 8 making the bottles, a family group conference); a white British family in Rodbourne
Cheney, the girl in foster care in Upper Stratton (Hext / Lacey; child sexual exploitation by older men, a father's drinking, a
missing episode); a British Bangladeshi family in Nythe with a grandmother in Zindabazar, Sylhet (Rahman / Begum; a girl of 14
caring for a mother with MS, a father's gambling and financial abuse, supervised contact); and a white Irish and white British
family in Freshbrook with grandmothers in Toothill and Bishopstown, Cork (Walsh / O'Driscoll; a baby of 13 weeks with a
femur fracture, a strategy discussion, a father's own email, a parenting assessment). The Afro-Surinamese and Anguillan
communities are ones no earlier set's docstring names. 24 documents, each with its own style label: a case note of an
unannounced visit, a chronology table, a mother's texts, a neighbour's handwritten letter OCR'd; a child and family assessment,
a grandmother's voice notes transcribed and translated from Sranan Tongo and Dutch, a secondary school's internal email chain,
a child protection conference's decisions; a health visitor's referral, a grandmother's own letter from Anguilla, a duty
worker's notes typed fast on a phone, a family group conference plan; core group minutes, a police public protection notice,
Snapchat messages typed up from a phone download, a foster carer's daily log; a child in need review report, a GP's letter,
cousins' Messenger chat in Bengali and English, a contact centre's scanned supervised contact record; strategy discussion
minutes, an emergency department safeguarding checklist, a father's own email, a parenting assessment extract.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Suriname, the Netherlands, Anguilla, Bangladesh, Ireland); NHS numbers and UPNs (LA
866) pass their check digits; NI numbers have a valid format. The council (Thamesdown Children's Services), the schools
Pinehurst Brook Primary and Walcot Green Primary, the care agency (Mulberry Home Care) and the church named with a pastor are
invented; towns, districts, estates, real schools,
hospitals, surgeries, police stations, charities, shops, parks, beaches, firms, apps and games are real or generic and stay
unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, dr,
PC, DS, DC, Rev., Pastor, Nurse, Nan, Nanny, Grandma, Auntie, Aunt, Uncle, Oma, Tante, the Bengali খালা) stay outside the name
span; SURNAME, First is one span ("TANNER, Kayden", "GOULD, Stephanie", "WALSH, Cillian"); a name broken by a line break is one
span, and so are an address, a place, a school and a date; social media usernames ("demixox_11", "bazz_sn2", "miacole") are
not marked, display names that are plain names are; a possessive 's and a texting s glued to a name ("kerry"s, "mia"s,
"kai"s, "ellie"s, "aoife"s) stay outside the name span, as set 21's "kacey"s did; streets without numbers and a neighbour's bare house or
flat number ("no. 29", "no. 48",
"no. 7", "Flat 2") are addresses; addresses abroad are addresses and their postcodes ("1103 TV", "AI-2640", "T12 X9K2")
postcodes; towns, districts, estates and villages at home or abroad and in any script ("Lawn", "Latour", "Zindabazar",
"সিলেট", "অক্সফোর্ড") are places; countries, overseas territories, counties and regions are not ("Suriname", "Anguilla",
"Wiltshire", "Ireland", "Bangladesh"); organisations stay unmarked even with a place's name in them ("Pinehurst People's
Centre", "Eldene Surgery", "Freshbrook Surgery", "Nythe Community Centre", "Walcot Community Centre", "Great Western Hospital",
"Abbey Meads Medical Practice", "Gablecross", "Wat Tyler House"); landmarks, parks, beaches, shopping centres and business parks
stay unmarked ("Lydiard Park", "Orbital Shopping Park", "Brunel Centre", "Wyvern Theatre", "Meads Bay", "Shoal Bay", "Delta");
a school's short form is a school ("Ridgeway", "Kingsdown", "Nova Hreod", "walcot green"); a date of birth is dob, any other
dated day is date with a weekday before it outside, and the bare day of a range is its own span; pets' names (Bolt) are not
names; names that are also words or places are marked by what they refer to (Dawn, Devon, Lawn, Stratton).

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a team or service named
by its town or district ("Health Visitor, Walcot team", "the Rotterdam liaison", "the domestic abuse service in Swindon", "the
Co-op in Stratton", "GP appt at eldene") marks the place; a London borough used as the name of a service ("Haringey") is a
council area and is not marked, like set 21's Calderdale; a pub named after its district ("the rodbourne arms") is an
organisation and is not marked; "Sranan" meaning Suriname the country is not marked; a partial vehicle registration ("WR6") is
not marked; a street named to locate a sports ground ("the Shrivenham Road ground") is an address; a false or unconfirmed name
("Kai Smith") and a street name ("Dre", "Baz", "Sha") are names; a police reference, hospital number, bleep and collar number
(PPN/26/044719, GWH 8814402, 4471, 2291) are not marked; initials alone ("JP", "D", "AN") are not marked, though an initial with a surname
is a name ("S Gumbs",
"K O'Neill").

Self-check without the detector: `python -m bench.redaction_set106` (and tests/test_redaction_set106.py) runs set 15's checker
(which runs the earlier sets' checkers) on this set, adds this set's titles and kinship words and countries and regions, and
prints the number of documents and gold spans per kind: 24 documents, 986 gold spans, 546 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Tanner / Blake family (white British), Pinehurst, Swindon ----------------------------------------------------------

HOME_A = d.Address("27 Beech Avenue", "Pinehurst", "Swindon", "SN2 1JT")
NAN_A = d.Address("6 Ermin Street", "Stratton St Margaret", "Swindon", "SN3 4NH")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Kayden", "Tanner")], dt.date(2019, 4, 2), addresses=[HOME_A], ids=["7088704137"],
       schools=["Pinehurst Brook Primary School"]),
    _p("s", "sibling", [("Skye", "Tanner")], dt.date(2016, 8, 21), addresses=[HOME_A], ids=["5674374724", "N866218801398"],
       schools=["Pinehurst Brook Primary School"]),
    _p("m", "mother", [("Leanne", "Tanner")], dt.date(1995, 10, 9), addresses=[HOME_A], phones=["07712 448 391"],
       ids=["JR 47 19 62 C"]),
    _p("f", "partner", [("Craig", "Blake")], dt.date(1990, 1, 17), addresses=[HOME_A], phones=["07963 201 584"]),
    _p("g", "grandparent", [("Pauline", "Tanner")], dt.date(1968, 6, 30), addresses=[NAN_A], phones=["01793 614 227"]),
    _p("p1", "professional", [("Hannah", "Okafor")], phones=["01793 463 118"], emails=["hannah.okafor@thamesdown.gov.uk"]),
], "c")

DOCS_A = [
    ("social worker's case note of an unannounced home visit", """CASE NOTE - unannounced home visit
Child: [[Kayden Tanner|name]] (DOB [[02/04/2019|dob]])   Worker: [[Hannah Okafor|name]], Thamesdown Children's Services
Date of visit: Tuesday [[6 October 2026|date]], 16:10-17:05
Address: [[27 Beech Avenue|address]], [[Pinehurst|place]], [[Swindon|place]] [[SN2 1JT|postcode]]

Present: Ms [[Leanne Tanner|name]] (mother), [[Kayden|name]] (7), [[Skye|name]] (10). Mr [[Craig Blake|name]] arrived at 16:40.
Purpose: follow-up to the school's referral of [[2 October|date]] ([[Kayden|name]] said "[[Craig|name]] shouted and the telly broke").

The front room had a new television; the old one, screen cracked, was in the back garden by the shed. [[Leanne|name]] said it
fell off the unit when [[Kayden|name]] was climbing. [[Skye|name]] was quiet and went upstairs when I asked to speak with her. I
saw her in her room with her mum's agreement: she said [[Craig|name]] "only shouts at the telly when Town lose" and "he never touches us".
Her bedroom was clean and warm; she showed me her netball medal from [[Pinehurst Brook|school]].

[[Kayden|name]] showed me his Lego and told me the dog (Bolt) "bites [[Craig|name]]'s socks". He said he likes it when Nanny
[[Pauline|name]]
picks him up on Fridays and they go to her house in [[Stratton|place]] for fish fingers.

When [[Craig|name]] came in he was polite, said he works shifts at a warehouse at [[South Marston|place]] and that he "would never hurt
the kids". He agreed to the Freedom Programme information. The neighbour at [[no. 29|address]] (Mrs [[Jean Harker|name]]) came to the
door during the visit to return a baking tray; she said "they're a lovely family, bit loud on a Saturday".

Analysis: no injuries seen; home conditions good enough; the account of the television is not fully consistent with [[Kayden|name]]'s
words to his teacher, Mr [[Dominic Ashby|name]]. Plan: school to keep a log, next visit by [[20 October|date]], check with the
police (PC [[Ellis|name]], Gablecross) about call-outs to the address. [[H. Okafor|name]]

Addendum, [[7 October 2026|date]]: rang the grandmother, Mrs [[Pauline Tanner|name]] ([[01793 614 227|phone]]), at [[6 Ermin
Street|address]]. She said [[Leanne|name]]'s first partner, [[Jordan Wild|name]] ([[Skye|name]]'s dad), lives in [[Cirencester|place]] and
sees [[Skye|name]] "when he remembers"; [[Kayden|name]]'s father, [[Ryan Bessant|name]], is in the army at [[Tidworth|place]]. She has the
children every Friday and would have them "any time". Spoke to [[Pinehurst Brook Primary
School|school]] (Mr [[Ashby|name]], DSL deputy, and the head, Mrs [[Alison Carew|name]]): [[Kayden|name]] has been "clingy" since the
half term and [[Skye|name]] has stopped going to the after-school club at the Pinehurst People's Centre.
"""),
    ("chronology of significant events, table pasted from the case system", """CHRONOLOGY - [[TANNER, Kayden|name]] / [[TANNER, Skye|name]]
Compiled by [[Hannah Okafor|name]] for the Child in Need review on [[3 December 2026|date]]

Date       | Event                                                                 | Source
[[14/03/2021|date]] | Police called to [[27 Beech Ave|address]] - verbal argument, [[Leanne|name]] and ex-partner [[Jordan Wild|name]]. No
crime. | Wilts Police
[[09/11/2023|date]] | [[Skye|name]] starts at [[Pinehurst Brook Primary|school]] after a move from [[Highworth|place]].   | School
[[22/06/2025|date]] | [[Craig Blake|name]] moves in. [[Leanne|name]] tells HV ([[Sue Maddox|name]]) he is "good with the kids". | Health
[[02/10/2026|date]] | [[Kayden|name]] tells Mr [[Ashby|name]] "[[Craig|name]] shouted and the telly broke". Referral to MASH.   | School
[[06/10/2026|date]] | Unannounced visit, [[H Okafor|name]]. No injuries. See case note.                       | CSC
[[11/10/2026|date]] | [[Pauline Tanner|name]] (maternal grandmother, [[6 Ermin Street|address]], [[Stratton St
Margaret|place]]) rings to say she is "worried about [[Craig|name]]'s temper". | Family
[[17/10/2026|date]] | Police call-out: neighbour reports shouting; officers (PC [[Ellis|name]]) find [[Craig|name]] left before arrival. |
Wilts Police
[[18/10/2026|date]] | [[Leanne|name]] says he has gone to his brother's in [[Wroughton|place]]. Safety plan agreed.       | CSC
[[04/11/2026|date]] | [[Craig|name]] seen in his car (silver Astra [[WU19 KXT|vehicle]]) outside school at home time. | School
[[05/11/2026|date]] | Strategy discussion; s47 not needed; CIN plan continues.                                 | CSC
[[19/11/2026|date]] | [[Leanne|name]] joins the Freedom Programme at the Pinehurst People's Centre.          | Family

[[23/11/2026|date]] | [[Skye|name]] tells Miss [[Brennan|name]]'s TA, Mrs [[Okonjo|name]], that "[[Craig|name]] came back for his
PlayStation". | School
[[24/11/2026|date]] | Neighbour [[Jean Harker|name]] ([[29 Beech Avenue|address]]) hears shouting on the [[21st|date]]; letter to school on
the [[25th|date]]. | School
[[26/11/2026|date]] | [[Leanne|name]] admits [[Craig|name]] stayed [[21|date]]-[[22 November|date]]; says "he's changed". [[Pauline|name]]
disagrees. | CSC
[[01/12/2026|date]] | Home visit with Women's Aid worker [[Bev Tull|name]]; [[Leanne|name]] agrees to a non-molestation order. | CSC

Note: the 17/10 entry was first typed as "[[17/01/2026|date]]" in the police notification; corrected here.
"""),
    ("mother's texts to the social worker, typed up from the work phone", """Texts from [[Leanne|name]] ([[07712 448 391|phone]]) to
[[Hannah|name]]'s work mobile, copied by [[Hannah Okafor|name]] on [[20/11/2026|date]]

[[17 Oct|date]] 23:48  [[hannah|name]] its [[leanne|name]]. [[craig|name]] kicked off again i made him go. kids asleep they didnt see.
police came
[[17 Oct|date]] 23:51  hes gone to his brothers in [[wroughton|place]] i think. dont tell him i said
[[18 Oct|date]] 08:02  sorry for texting so late. [[skye|name]] heard it actually. [[kayden|name]] didnt
[[18 Oct|date]] 08:05  my mum can have them tonight at hers in [[stratton|place]] if u think i should
[[21 Oct|date]] 14:30  [[craig|name]] keeps ringing from a witheld number. my mate [[kerry|name]] says block him
[[21 Oct|date]] 14:31  can u ring me after 3 im at [[kerry|name]]s flat on [[cheltenham st|address]]
[[4 Nov|date]] 15:20  HES OUTSIDE SCHOOL. in the astra. mr [[ashby|name]] went out to him
[[4 Nov|date]] 15:22  [[skye|name]] is crying. [[kayden|name]] thinks its funny. im taking them to mums
[[19 Nov|date]] 12:10  started the freedom thing today. the lady [[bev|name]] was nice. there was a girl from [[penhill|place]] i know from
school
[[19 Nov|date]] 12:11  thank u for not giving up on me x
[[22 Nov|date]] 10:40  [[craig|name]] came back fri night. hes sorry. hes been to see dr [[patel|name]] about his anger. dont be mad
[[22 Nov|date]] 10:42  [[skye|name]] stayed at [[kerry|name]]s with her daughter [[lola|name]]. [[kayden|name]] was with me
[[26 Nov|date]] 09:15  ok i know. mum told me what [[jean|name]] next door wrote. i dont blame her
[[26 Nov|date]] 09:16  can we meet at the [[penhill|place]] library not the house. 2pm? [[bev|name]] from womens aid can come
[[1 Dec|date]] 16:02  done the forms with [[bev|name]]. court on the [[9th|date]] at [[swindon|place]]. scared
[[1 Dec|date]] 16:03  [[kayden|name]] asked if [[craig|name]] is coming to his nativity on [[dec 10|date]]. what do i say
"""),
    ("neighbour's handwritten letter to the school, scanned and OCR'd", """[Scanned from a handwritten letter handed in at the school
office, [[25 November 2026|date]]. OCR text; line breaks as on the
page; "|" marks a fold in the paper.]

To the Head Teacher of [[Pinehurst Brook Sch00l|school]]
                                                  from [[Jean Harker|name]]
                                                  [[29 Beech Avenue|address]]
                                                  [[Pinehurst|place]]
                                                  [[SN2 1JT|postcode]]
Dear Sir or Madam
I am writing about the little boy next door, [[Kayden|name]], who | is in Year 2 I think with Miss [[Tilly
Brennan|name]]. I do not want to cause trouble for his Mum who is a good girl. But on Saturday [[21st|date]] I heard
a man shouting "I'll do you" at about 11 at night and a bang on the wall. I know it was [[Craig|name]] because I know his voice
and his car was back on the drive (the silver one, [[WU19 KXT|vehicle]], I wrote it on the calendar).
My son [[Gary|name]] says I should ring the police but I do not like to. I have told [[Leanne|name]]'s mother [[Pauline|name]], who I
know from the Co-op in [[Stratton|place]].
Please do not say it was me. My phone is [[01793 532 806|phone]] if you need me, I am in most days.
Yours faithfully
[[J. Harker|name]] (Mrs)
"""),
]


# --- B. Vrede / Pinas family (Afro-Surinamese, from Amsterdam), Park North, Swindon ------------------------------------------

HOME_B = d.Address("Flat 8, 14 Ashford Road", "Park North", "Swindon", "SN3 2LD")
OMA_B = d.Address("Kwattaweg 212", "", "Paramaribo", "")
AUNT_B = d.Address("Bijlmerdreef 1083", "Zuidoost", "Amsterdam", "1103 TV")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Jaylano", "Pinas")], dt.date(2013, 2, 11), addresses=[HOME_B], ids=["5575145522", "C866221986055"],
       schools=["Nova Hreod Academy"]),
    _p("s", "sibling", [("Shaquira", "Vrede")], dt.date(2021, 9, 5), addresses=[HOME_B], ids=["6101512576"]),
    _p("m", "mother", [("Sharona", "Vrede")], dt.date(1992, 12, 1), addresses=[HOME_B], phones=["07845 190 662", "+31 6 2841 7730"],
       ids=["WK 62 38 15 A"]),
    _p("g", "grandparent", [("Rinia", "Vrede")], addresses=[OMA_B], phones=["+597 812 4471"]),
    _p("a", "aunt", [("Gracia", "Vrede")], addresses=[AUNT_B], phones=["+31 6 4417 2093"]),
    _p("p1", "professional", [("Tom", "Fairweather")], phones=["01793 463 244"], emails=["tom.fairweather@thamesdown.gov.uk"]),
], "c")

DOCS_B = [
    ("child and family assessment, summary and analysis", """CHILD AND FAMILY ASSESSMENT (summary section)
Children: [[Jaylano Pinas|name]] (13, DOB [[11.02.2013|dob]]), [[Shaquira Vrede|name]] (5, DOB [[05.09.2021|dob]])
Mother: [[Sharona Vrede|name]] (NI [[WK 62 38 15 A|ni]])   Address: [[Flat 8, 14 Ashford Road|address]], [[Park North|place]],
[[Swindon|place]] [[SN3 2LD|postcode]]
NHS: [[557 514 5522|nhs]] ([[Jaylano|name]])   UPN: [[C866221986055|upn]]   Assessing worker: [[Tom Fairweather|name]]
Started: [[9 September 2026|date]]   Completed: [[28 October 2026|date]]

Background. The family are Surinamese Dutch. [[Sharona|name]] was born in [[Paramaribo|place]] and came to [[Amsterdam|place]] at 9; the
children were born in [[Amsterdam Zuidoost|place]] ([[Jaylano|name]] in the [[Bijlmer|place]], [[Shaquira|name]] after the family moved to
[[Gaasperdam|place]]). They moved to [[Swindon|place]] in 2024, where [[Sharona|name]]'s cousin [[Ricardo Doelwijt|name]] lives in
[[Walcot|place]] and got her work at a parcel depot. At home the family speak Dutch and Sranan Tongo; [[Jaylano|name]]'s English is
fluent, [[Sharona|name]]'s good, [[Shaquira|name]]'s still developing.

Reason for assessment. [[Jaylano|name]] was found by British Transport Police at [[Reading|place]] station at 01:40 on
[[6 September|date]] with two older boys, carrying £340 in cash and two phones. He said he was "helping a friend move
stuff". The NRM referral was made by PC [[Sam Oduya|name]]. His father, [[Marvin Pinas|name]], lives in [[Rotterdam|place]]
and has not seen him since 2022.

What is going well. [[Sharona|name]] is warm and honest, and asked for help herself. [[Shaquira|name]] is thriving at the
nursery class at [[Drove Primary|school]]. [[Jaylano|name]] is close to his grandmother, Oma [[Rinia|name]], in [[Paramaribo|place]],
whom he rings most Sundays ([[+597 812 4471|phone]]), and to his aunt [[Gracia Vrede|name]] in [[Amsterdam|place]].

What we are worried about. Missing three times since August; a new older friend called "[[Dre|name]]" whom nobody has met;
exclusions from [[Nova Hreod|school]]; [[Sharona|name]] working nights, leaving [[Jaylano|name]] to mind [[Shaquira|name]].

Analysis. [[Jaylano|name]] is being criminally exploited on a county line running between [[Swindon|place]] and [[Reading|place]]. He is
a child and a victim. Recommendation: child protection conference; referral to the Exploitation Hub; [[Sharona|name]] to
be offered day shifts (her manager, [[Keith Ormond|name]], has agreed in principle).
Signed: [[T. Fairweather|name]], [[28/10/2026|date]]

Genogram notes (as told by [[Sharona|name]]): her mother [[Rinia Vrede|name]] (67) lives at [[Kwattaweg 212|address]], [[Paramaribo|place]],
with [[Sharona|name]]'s younger brother [[Ivan Vrede|name]]; her sister [[Gracia|name]] (41) lives in [[Amsterdam|place]] with her husband
[[Errol Kromodimedjo|name]] and their daughters [[Naomi|name]] and [[Celeste|name]]; [[Jaylano|name]]'s father [[Marvin Pinas|name]] (38)
lives in [[Rotterdam-Zuid|place]] and works at the port; [[Shaquira|name]]'s father, [[Delano Sedney|name]], was deported to
[[Paramaribo|place]] in 2023 and has no contact. [[Sharona|name]]'s cousin [[Ricardo Doelwijt|name]] (33) lives at [[40 Sussex
Square|address]], [[Walcot|place]], with his partner [[Lisa Mundy|name]]. [[Jaylano|name]] was first reported missing on
[[30 August|date]] and again on [[2|date]] and [[6 September|date]]; the return home interviews were done by [[Femi Adeyemi|name]]
on [[1 September|date]] and [[8 September 2026|date]]. His previous school in [[Amsterdam|place]] was the
[[Bijlmer Lyceum|school]]; his [[Swindon|place]] primary, for Year 6 only, was [[Drove Primary|school]], where [[Shaquira|name]] is now.
The family first came to the council's notice on [[14
March 2025|date]], when [[Sharona|name]] asked the housing team at Wat Tyler House for help after an eviction from a flat on
[[Eastcott Hill|address]].
"""),
    ("voice notes from the grandmother in Sranan Tongo and Dutch, transcribed and translated", """[Voice notes sent by the grandmother, Mrs
[[Rinia Vrede|name]], from [[Paramaribo|place]] ([[+597 812 4471|phone]]) to [[Sharona|name]]'s
WhatsApp, played to the social worker with her agreement on [[2 November 2026|date]] and transcribed and translated by
[[Ingrid Sabajo|name]] (interpreter, Dutch/Sranan). Sranan and Dutch as spoken, English below each.]

1 ([[31/10|date]], 0:48)
"[[Sharona|name]], mi pikin, fa [[Jaylano|name]] tan? Yu mu tyari en kon na Sranan gi mi. Mi sa kweki en."
([[Sharona|name]], my child, how is [[Jaylano|name]]? You must bring him to Suriname to me. I will raise him.)
[Translator's note: "Sranan" here means the country, not the language.]

2 ([[31/10|date]], 1:12)
"Ik heb [[Gracia|name]] gebeld in [[Amsterdam|place]]. Zij zegt dat ze hem kan nemen in de kerstvakantie, [[Bijlmerdreef 1083|address]],
[[1103 TV|postcode]], je weet het. Zeg tegen die jongen [[Dre|name]] dat zijn oma hem ook kent."
(I rang [[Gracia|name]] in [[Amsterdam|place]]. She says she can take him in the Christmas holidays, [[Bijlmerdreef 1083|address]],
[[1103 TV|postcode]], you know it.
Tell that boy [[Dre|name]] that his grandmother knows him too.)

3 ([[1/11|date]], 0:30)
"Mi go na kerki na [[Latour|place]] tide, mi begi gi yu. Tante [[Yvonne|name]] e seni odi."
(I went to church in [[Latour|place]] today, I prayed for you. Auntie [[Yvonne|name]] sends greetings.)

Interpreter's note: in note 2 the grandmother's Dutch names are repeated in the English and are the same people.
"""),
    ("secondary school's internal email chain about a pupil's exclusion", """From: [[Priya Sandhu|name]]
<[[p.sandhu@novahreod.org.uk|email]]>
Sent: Wednesday, [[14 October 2026|date]] 08:12
To: DSL Team; [[Tom Fairweather|name]] <[[tom.fairweather@thamesdown.gov.uk|email]]>
Subject: RE: JP Y9 - suspension + absence

[[Tom|name]] - for info, [[Jaylano|name]] (Y9, tutor 9RS) was suspended yesterday for 3 days after a fight by the Mr Cleaner
car wash on [[Akers Way|address]] after school with a Y11 from another school. He had a cut lip and a new phone. Mrs [[Vrede|name]]
came in at 14:00 with the little one and was very upset - she thinks the Y11 is the "[[Dre|name]]" who rings him.

> From: [[Lee Carter|name]] (Head of Year 9)
> Sent: [[13 October 2026|date]] 16:55
> Mum's Dutch number is [[+31 6 2841 7730|phone]], the UK one [[07845 190 662|phone]] goes to voicemail.
> JP said "[[Ricky|name]] drives me sometimes" - I think that's the cousin ([[Ricardo Doelwijt|name]]), black Golf [[FY67 HBN|vehicle]]?

> From: [[Anneka Moss|name]] (attendance)
> Sent: [[12/10/2026|date]] 09:30
> JP absent [[5th|date]], [[6th|date]], [[8th|date]] Oct.
> Also on Thurs [[1 Oct|date]] seen at the Brunel Centre bus station with [[Kayla Ross|name]] (Y10) at 11:15. Home visit by [[Dawn|name]]
([[Dawn Price|name]], EWO) - no answer.

[[Priya|name]]
"""),
    ("child protection conference report, decisions and plan", """INITIAL CHILD PROTECTION CONFERENCE - DECISIONS
Children: [[PINAS, Jaylano|name]]; [[VREDE, Shaquira|name]]      Date: [[12 November 2026|date]]
Chair: [[Olusola Banjo|name]] (Independent Reviewing Officer)     Venue: Civic Offices, [[Euclid Street|address]] (and Teams)
Present: [[Sharona Vrede|name]] (mother) with [[Ingrid Sabajo|name]] (interpreter); [[Tom Fairweather|name]] (SW); [[Priya Sandhu|name]]
([[Nova Hreod Academy|school]]); [[Kirsty Lane|name]] ([[Drove Primary School|school]]); DC [[Ravi Mistry|name]] (Exploitation Team);
[[Femi Adeyemi|name]] (youth worker, Youth Justice). By phone: [[Gracia Vrede|name]] ([[+31 6 4417 2093|phone]]), aunt, from
[[Amsterdam|place]].
Apologies: Dr [[Helen Voss|name]] (GP, Abbey Meads Medical Practice).

Decision: both children to be subject to a child protection plan under the category of neglect ([[Jaylano|name]] also
criminal exploitation as a risk). Unanimous.

Plan (first core group [[3 December 2026|date]]):
1. [[Femi|name]] to see [[Jaylano|name]] twice a week, incl. boxing at the club on [[Cricklade Road|address]].
2. [[Sharona|name]] to move to day shifts from [[16 November|date]] ([[Keith Ormond|name]] confirmed).
3. Christmas with aunt [[Gracia|name]] at [[Bijlmerdreef 1083|address]], [[Amsterdam|place]] ([[19 December|date]] - [[3 January|date]])
agreed,
   subject to a Dutch Veilig Thuis check via the [[Rotterdam|place]] liaison.
4. DC [[Mistry|name]] to continue the disruption work around "[[Dre|name]]" ([[Andre Lewis-Kane|name]], 19, of [[Eldene|place]]).
5. Interpreter at every meeting; [[Shaquira|name]]'s nursery to share her words in Dutch with the family.

Views. [[Jaylano|name]] (seen by [[Femi|name]] on [[10 November|date]]): "I'm not a snitch. [[Dre|name]] is safe, it's the ones in
[[Reading|place]] that are bad." He wants to go to [[Amsterdam|place]] for Christmas and to see his dad in [[Rotterdam|place]] "one
day". [[Sharona|name]]: "In [[Zuidoost|place]] I knew every mother on the gallery. Here I know [[Ricky|name]] and the lady downstairs,
Mrs [[Doreen Pugh|name]] at [[Flat 2|address]], that's all." She asked that [[Ricardo|name]] is not blamed; DC [[Mistry|name]] said the
Golf was seen only once. Aunt [[Gracia|name]]: "[[Jaylano|name]] can stay with me and my husband [[Errol Kromodimedjo|name]] as long
as he needs; we are on [[Bijlmerdreef|address]] near the metro, my mobile is this one." The grandmother, Mrs [[Rinia Vrede|name]],
sent a voice note (translated by [[Ingrid|name]]) asking that [[Jaylano|name]] be "sent to Suriname"; this was discussed and is not
part of the plan. [[Shaquira|name]]'s key person, [[Mandy Tull|name]], said she is "a little chatterbox" and calls her mum "[[Sha|name]]".
"""),
]


# --- C. Gumbs / Hodge family (Anguillan), Walcot, Swindon ------------------------------------------------------------------

HOME_C = d.Address("52 Darnley Close", "Walcot", "Swindon", "SN3 1QR")
GRAN_C = d.Address("Rey Hill", "The Valley", "Anguilla", "AI-2640")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Tianna", "Gumbs")], dt.date(2025, 11, 19), addresses=[HOME_C], ids=["6335983257"]),
    _p("s", "sibling", [("Malachi", "Hodge")], dt.date(2018, 3, 7), addresses=[HOME_C], ids=["5477632275", "Z866216739585"],
       schools=["Walcot Green Primary School"]),
    _p("m", "mother", [("Shenelle", "Gumbs")], dt.date(2002, 5, 23), addresses=[HOME_C], phones=["07939 552 107"]),
    _p("f", "father", [("Kareem", "Hodge")], dt.date(1999, 8, 14), phones=["07588 364 920"]),
    _p("g", "grandparent", [("Veronica", "Gumbs")], addresses=[GRAN_C], phones=["+1 264 497 2286", "+1 264 235 7719"]),
    _p("p1", "professional", [("Rachel", "Summers")], phones=["01793 466 903"], emails=["rachel.summers@nhs.net"]),
], "c")

DOCS_C = [
    ("health visitor's referral to children's services", """REFERRAL TO CHILDREN'S SERVICES (MASH) - HEALTH VISITING
Referrer: [[Rachel Summers|name]], Health Visitor, [[Walcot|place]] team, [[01793 466 903|phone]], [[rachel.summers@nhs.net|email]]
Date of referral: [[24/09/2026|date]]
Child: [[Tianna Gumbs|name]]   DOB: [[19/11/2025|dob]]   NHS no: [[633 598 3257|nhs]]
Sibling: [[Malachi Hodge|name]]   DOB: [[07/03/2018|dob]]   NHS no: [[547 763 2275|nhs]]   School: [[Walcot Green Primary|school]]
Mother: [[Shenelle Gumbs|name]], [[52 Darnley Close|address]], [[Walcot|place]], [[Swindon|place]], [[SN3 1QR|postcode]]. Tel
[[07939 552 107|phone]]
Father of both: [[Kareem Hodge|name]], not living at the address, tel [[07588 364 920|phone]]

Concerns: at the 10-month review on [[22 September|date]] [[Tianna|name]] had dropped from the 50th to below the 9th centile
for weight. The flat was cold (no gas credit) and there was one tin of formula. [[Shenelle|name]] was flat in mood, said she is
"not sleeping, not eating", and that she has "nobody here" since her mother, [[Veronica Gumbs|name]], went back to Anguilla
in July. She has not registered [[Tianna|name]] with a GP since moving from [[Tottenham|place]]. Her EPDS score was 21.
[[Malachi|name]] (8) opened the door and said he "makes the bottles when Mummy is asleep".

Mother's view: she agreed to this referral and wants "help with money and someone to talk to". She said [[Kareem|name]] visits
"when he feels like it" and is not violent. She asked that her neighbour [[Carol Ince|name]] at [[no. 48|address]], who "feeds
[[Malachi|name]] sometimes", is not contacted.

Action taken: emergency food parcel from the Salvation Army on [[Commercial Road|address]]; perinatal mental health referral; GP
registration at Eldene Surgery booked for [[25/09/2026|date]].

Previous address (from the mother): [[Flat 31, Lordship Lane
Estate|address]], [[Tottenham|place]], [[N17 6RS|postcode]], until [[31 March|date]] this year. Previous HV: [[Joy Okonkwo|name]],
Haringey. Previous GP: Bruce Grove Primary Care. [[Malachi|name]] went to [[Lancasterian Primary|school]] until Year 2, then to
[[Walcot Green|school]] from [[20 April 2026|date]] (his class teacher there is Mr [[Sam Dyer|name]]).
Other people around the family: [[Kareem|name]]'s sister [[Marcia Richardson|name]] in [[Covingham|place]]; a friend from church,
[[Bernadette Carty|name]]; mother's uncle [[Clement Hodge|name]]... no - [[Clement Gumbs|name]] ("Uncle [[Clem|name]]") in
[[Birmingham|place]].
"""),
    ("grandmother's own letter from Anguilla to the social worker", """
[[Rey Hill|address]], [[The Valley|place]]
                                                         Anguilla [[AI-2640|postcode]]
                                                         [[October 12 2026|date]]
Dear Miss [[Adaeze|name]] (I am sorry I don't know how to spell your other name),

Thank you for phoning me on Friday. I am [[Shenelle|name]]'s mother [[Veronica Gumbs|name]]. I came to England in March to help her
with the baby and I stayed until July but I had to come back home for my work at the hotel at Meads Bay and to care for
my own mother who is 91 in [[Island Harbour|place]].

I want you to know [[Shenelle|name]] is a good mother, she was always my good child. But she has the depression like her
father's sister had, and in England she has nobody since [[Kareem|name]] went with that girl from [[Gorse Hill|place]]. When I was
there she was eating and the baby was fat.

If it is needed I will take [[Tianna|name]] and [[Malachi|name]] here. My house is big enough and [[Malachi|name]] already knows his
cousins, [[Jahiem|name]] and [[Kadeja|name]] at the [[Valley Primary|school]]. But what I want is for [[Shenelle|name]] to come home with
them at Christmas and get well with her family around her. Her brother [[Devon Gumbs|name]] will pay for the tickets.

You can phone me any day after 4 o clock your time on [[+1 264 497 2286|phone]] (house) or [[+1 264 235 7719|phone]] (my cell, on
WhatsApp). My pastor, Rev. [[Elvin Fleming|name]] of the Methodist church in [[Stoney Ground|place]], will also speak for me.

God bless you and thank you for helping my child.
[[Veronica A. Gumbs|name]] (Mrs)
"""),
    ("duty social worker's notes typed fast on a phone during a home visit", """dsw notes [[Adaeze Nwosu|name]] 30/9 visit
[[darnley cl|address]] - tidy up later

arr 1105. mum [[shenelle|name]] in dressing gown, baby [[tianna|name]] in cot, clean, v thin, alert, smiled. gas on now - HV sorted £49
topup via council fund. 2 tins formula + food parcel in kitchen. [[malachi|name]] at school ([[walcot green|school]]). mum tearful, says
[[kareem|name]] took her bank card in aug. he lives w new gf in [[gorse hill|place]] ([[Ferndale Rd|address]]?? check).
mum says nan [[veronica|name]] in anguilla rings every day, wants them to go out there at xmas.
neighbour [[carol|name]] came round w soup - seems supportive but mum does not want her involved, respect that.
baby weighed by HV [[Rachel|name]] yest: 7.1kg. GP appt tmrw at [[eldene|place]] 10.20 w Dr [[Nkemelu|name]].
plan: CIN not CP for now, daily HV/SW contact 1 wk, PNMH team Fri [[2nd|date]], ask [[kareem|name]] for a visit - his mob
[[07588 364 920|phone]]
left 1150. AN
ps rang [[kareem|name]] 1215 no ans. txt sent. rang back 1240 - says he will come sat w his sister [[marcia|name]] (lives
[[covingham|place]]).
says [[shenelle|name]] "always exaggerates". bank card - says he "borrowed" it. hes at [[14 Ferndale Road|address]] w gf
[[Tasha Doyle|name]]
(dob [[3/6/2003|dob]] per PNC? check w police). 2nd visit booked mon [[5 oct|date]] 2pm.
"""),
    ("family group conference plan agreed by the family", """FAMILY GROUP CONFERENCE - FAMILY PLAN
For: [[Tianna|name]] and [[Malachi|name]]              Held: Saturday [[7 November 2026|date]], Walcot Community Centre, and by
                                                video from Anguilla and [[London|place]]
Coordinator: [[Beatrice Hall|name]] (independent FGC coordinator). Social worker: [[Adaeze Nwosu|name]].
Family present: [[Shenelle Gumbs|name]] (mum); [[Kareem Hodge|name]] (dad); Grandma [[Veronica Gumbs|name]] (video, from [[The
Valley|place]]); Uncle [[Devon|name]] (video, from [[Tottenham|place]]); Auntie [[Marcia Richardson|name]] (dad's sister,
[[Covingham|place]]);
family friend [[Bernadette Carty|name]] ("[[Bernie|name]]").

What we will do:
- [[Marcia|name]] will have [[Malachi|name]] after school Tuesday and Thursday at her house, [[11 Dores Road|address]], [[Covingham|place]],
  and take him to football at the [[Shrivenham Road|address]] ground on Saturdays.
- [[Kareem|name]] will pay £40 a week to [[Shenelle|name]] from [[13 November|date]] and visit every Sunday 2-5. He gives back the bank
card.
- [[Bernie|name]] will go with [[Shenelle|name]] to her appointments with the perinatal team at Sandalwood Court.
- Grandma will ring every evening at 9 (UK time) and [[Devon|name]] pays for flights for [[Shenelle|name]] and the children,
  [[18 December|date]] to [[8 January|date]], to stay with Grandma in [[The Valley|place]].
- If [[Shenelle|name]] is not well enough, the children stay with [[Marcia|name]] and Grandma flies over again.
Review: [[10 February 2027|date]].

Who to ring (the family's own list):
  Mum [[Shenelle|name]] [[07939 552 107|phone]]          Dad [[Kareem|name]] [[07588 364 920|phone]]
  Auntie [[Marcia|name]] [[07817 260 453|phone]]         [[Bernie|name]] [[07703 918 224|phone]]
  Grandma (house) [[+1 264 497 2286|phone]]   Grandma (cell/WhatsApp) [[+1 264 235 7719|phone]]
  Uncle [[Devon|name]] ([[Tottenham|place]]) [[07951 337 806|phone]]
  Miss [[Adaeze|name]] (social worker) [[01793 466 215|phone]]   HV [[Rachel|name]] [[01793 466 903|phone]]
  Pastor in [[Swindon|place]]: Pastor [[Winston Gumbs|name]] (no relation), New Life Church, [[Manchester Road|address]]
Words from [[Malachi|name]] (written by him on the flipchart): "I want Mummy to be happy and I want to go to Anguilla on the
plane and see [[Jahiem|name]] and swim at Shoal Bay and I dont want to make the bottles no more."
Words from Grandma: "[[Shenelle|name]] was born in [[The Valley|place]] and she came to [[Tottenham|place]] at 12 with me. When she
is well she is the best mother. We will carry her together."
Agreed by all: [[S Gumbs|name]], [[K Hodge|name]], [[M Richardson|name]], [[B Carty|name]]; [[V Gumbs|name]] and [[D Gumbs|name]] by video.
"""),
]


# --- D. Hext / Lacey family (white British), Rodbourne Cheney, Swindon -------------------------------------------------------

HOME_D = d.Address("9 Moredon Road", "Rodbourne Cheney", "Swindon", "SN2 2JA")
CARER_D = d.Address("31 Wheeler Avenue", "Upper Stratton", "Swindon", "SN2 7HB")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Demi", "Hext")], dt.date(2011, 7, 28), addresses=[CARER_D, HOME_D], ids=["5958786369", "J866222906560"],
       schools=["Ridgeway School"]),
    _p("f", "father", [("Darren", "Hext")], dt.date(1983, 3, 4), addresses=[HOME_D], phones=["07507 318 446"],
       ids=["JT 28 51 74 B"]),
    _p("fc", "carer", [("Lorraine", "Lacey")], addresses=[CARER_D], phones=["07824 663 019"]),
    _p("p1", "professional", [("Megan", "Price")], phones=["01793 464 572"], emails=["megan.price@thamesdown.gov.uk"]),
], "c")

DOCS_D = [
    ("minutes of a core group meeting", """CORE GROUP MEETING - MINUTES
Young person: [[Demi Hext|name]] (15)                Date: [[25 November 2026|date]], 15:30, by Teams
Chair/minutes: [[Megan Price|name]] (allocated SW)
Present: [[Darren Hext|name]] (father); [[Lorraine Lacey|name]] (foster carer); [[Naomi Grant|name]] ([[Ridgeway|school]] DSL); [[Jess
Whitlock|name]] (Barnardo's, exploitation worker); DS [[Andy Coombes|name]] (Wiltshire Police, Operation Fortitude)
Apologies: [[Demi|name]] (chose not to attend; her views brought by [[Jess|name]])

1. Update since [[28 October|date]]. [[Demi|name]] has been with [[Lorraine|name]] in [[Upper Stratton|place]] since [[2 November|date]]
under
s20 with [[Darren|name]]'s agreement. No missing episodes since. Attendance at [[Ridgeway|school]] 86% (was 41%).
2. The men. DS [[Coombes|name]] said the man known as "[[Baz|name]]" is [[Barry Knapp|name]], 34, of [[Rodbourne|place]]; a CAWN was served
on
[[12 November|date]]. A second man, "[[Kai|name]]", is not yet identified; his car (a white Corsa, part plate "WR6") was seen in the
car park of the Orbital Shopping Park. The police want to speak with [[Demi|name]]'s friend [[Mia Cole|name]] again.
3. [[Demi|name]]'s views ([[Jess|name]]): she likes [[Lorraine|name]]'s house "but it's boring in [[Stratton|place]]". She misses her dog
and her dad
but "not [[Rodbourne|place]]". She wants her phone back and to see her nan, [[Sandra Hext|name]], at [[Lawn|place]].
4. Father. [[Darren|name]] has finished the detox at Pathways and has been sober 5 weeks. He wants [[Demi|name]] home for Christmas Day.
Actions: overnight at [[9 Moredon Road|address]] on [[24|date]]-[[25 December|date]] if the January drug test is clear - no, the
December test ([[Megan|name]]); [[Jess|name]] to do the healthy relationships work weekly; [[Naomi|name]] to tell us if [[Mia|name]] is
absent.
Next core group: [[6 January 2027|date]].
Contact list: [[Megan Price|name]] [[01793 464 572|phone]], [[megan.price@thamesdown.gov.uk|email]]; [[Jess Whitlock|name]]
[[07385 226 914|phone]]; [[Lorraine Lacey|name]] [[07824 663 019|phone]]; [[Darren Hext|name]] [[07507 318 446|phone]].
"""),
    ("police public protection notice for a missing child, form fields", """WILTSHIRE POLICE - PUBLIC PROTECTION NOTICE (PPN) - CHILD AT
RISK / MISSING
PPN ref: PPN/26/044719        Created: [[28/10/2026|date]] 02:14        Officer: PC 2291 [[GOULD, Stephanie|name]]
-----------------------------------------------------------------
SUBJECT
Surname: [[HEXT|name]]          Forename(s): [[Demi Louise|name]]           DOB: [[28/07/2011|dob]]     Age: 15
Home address: [[9 MOREDON ROAD|address]], [[RODBOURNE CHENEY|place]], [[SWINDON|place]] [[SN2 2JA|postcode]]
School: [[RIDGEWAY SCHOOL|school]], [[WROUGHTON|place]]
Parent/carer: [[HEXT, Darren|name]] (father)  Tel: [[07507 318 446|phone]]  NI: [[JT 28 51 74 B|ni]]
-----------------------------------------------------------------
CIRCUMSTANCES
Reported missing by father 22:30 [[27/10|date]]. Located 01:35 [[28/10|date]] in a car, white Vauxhall Corsa [[WR68 PZE|vehicle]],
at the [[Thamesdown Drive|address]] services, with two males: [[KNAPP, Barry|name]] (34) and a male who gave his name as "[[Kai
Smith|name]]" (believed false). Vodka and cannabis in the vehicle. [[Demi|name]] intoxicated, wearing a man's jacket, no phone.
Her friend [[Mia COLE|name]] (14) was also in the car and was taken home to [[Haydon Wick|place]] by officers.
Voice of the child: "[[Baz|name]]'s my boyfriend, he looks after me." Refused medical. Disclosed nothing further.
-----------------------------------------------------------------
RISK: HIGH (CSE indicators)   Referred to: MASH (Thamesdown), Barnardo's
Father's state: smelled of alcohol; said [[Demi|name]] "can go to her nan's, [[Sandra|name]], on [[Lawn|place]]" - grandmother not
contactable.
Outcome: emergency placement via EDT with foster carer [[LACEY, Lorraine|name]], [[Upper Stratton|place]].
"""),
    ("Snapchat messages recovered from a phone and typed up by police", """[Extract from the download of [[Demi|name]]'s phone, typed up by
DS [[Coombes|name]] on [[16/11/2026|date]] for the strategy
discussion. Snapchat usernames as they appear; display names in brackets. Spelling as in the original.]

chat: demixox_11 ([[Demi|name]]) / bazz_sn2 ([[Baz|name]])
[[24/10/26|date]] 21:02 bazz_sn2: u out tonite babe
[[24/10/26|date]] 21:03 demixox_11: cant my dads being a dick and [[lorraine|name]] is here doing the thing
  [officer's note: "[[lorraine|name]]" is the support worker from a previous plan, not the later foster carer - CHECK]
[[24/10/26|date]] 21:05 bazz_sn2: tell him ur at [[mia|name]]s. [[kai|name]] will get u at the garage on [[cheney manor|address]] 10
[[24/10/26|date]] 21:06 demixox_11: ok but not the flat in [[gorse hill|place]] again it stinks lol
[[24/10/26|date]] 21:06 bazz_sn2: no its [[kai|name]]s m8s place in [[swindon village|place]] nice one

chat: demixox_11 ([[Demi|name]]) / miacole ([[Mia|name]])
[[27/10/26|date]] 19:44 miacole: is [[baz|name]] picking us up
[[27/10/26|date]] 19:45 demixox_11: yh at the rodbourne arms
[[27/10/26|date]] 19:45 miacole: my mum thinks im at [[ellie|name]]s
[[27/10/26|date]] 23:58 miacole: [[demi|name]] were r u ur dad is ringing me
"""),
    ("foster carer's daily log, handwritten book typed up", """Daily log - [[Demi|name]]        Carer: [[Lorraine Lacey|name]]
([[31 Wheeler Avenue|address]], [[Upper Stratton|place]])

Mon [[2/11|date]]  D arrived 5pm with [[Megan|name]], one bin bag of clothes. Quiet. Ate pasta. In bed 10.
Tue [[3/11|date]]  I drove her to [[Ridgeway|school]]. She asked who [[Colin|name]] is (my husband, on nights). Text from her dad at 9pm,
                  "night night princess x" - fine, shown me.
Thu [[5/11|date]]  Fireworks at Lydiard Park with my grandson [[Reece|name]] (16) and his mate. D loved it. Phone use ok.
Sat [[7/11|date]]  D went to see her nan [[Sandra Hext|name]] at [[Lawn|place]], dropped and picked up by me 11-3. Nan nice, house
                  full of smoke. [[Sandra|name]] said "that [[Barry|name]]'s family live over [[Penhill|place]] way".
Mon [[9/11|date]]  School rang - D left at lunch. Found her at the Co-op in [[Rodbourne|place]] at 2.15 with [[Mia|name]]. Came back with me
                  no fuss. Told [[Megan|name]] and EDT.
Sat [[14/11|date]] D helped me make a cake for [[Colin|name]]'s birthday. Talked about her mum (died 2019). Cried. Said "[[Baz|name]] was
the
                  only one who listened". I told [[Jess|name]] on Monday.
Fri [[20/11|date]] Good week. 100% school. Dad visited here 6-7 with [[Megan|name]] there. He looked well.
Sun [[22/11|date]] Church at [[Stratton|place]] with us, then lunch at my daughter [[Kelly|name]]'s in [[Abbey Meads|place]]. D played with
                  [[Kelly|name]]'s twins [[Archie|name]] and [[Alfie|name]]. Lovely with them.
Tue [[24/11|date]] D came in at 6.40 (curfew 6). Said she was at [[Mia|name]]'s on [[Cheney Manor Road|address]]. Rang [[Mia|name]]'s mum
                  [[Jo Cole|name]] ([[07932 410 587|phone]]) - yes she was. Good.
Wed [[25/11|date]] Core group (Teams) - I said my bit. [[Demi|name]] would not go on. Nan [[Sandra|name]] rang after, asking for my address
-
                  I did not give it, told [[Megan|name]].
Sat [[28/11|date]] Shopping in town for Christmas. Saw a man by the Wyvern Theatre staring at D, she said "that's [[Kai|name]]'s
                  cousin, [[Liam|name]] or [[Leon|name]] something". Came home straight away. Rang 101 (ref given) and EDT.
"""),
]


# --- E. Rahman / Begum family (British Bangladeshi), Nythe, Swindon ----------------------------------------------------------

HOME_E = d.Address("17 Ashburton Road", "Nythe", "Swindon", "SN3 3NB")
NANI_E = d.Address("Baro Bazar", "Zindabazar", "Sylhet", "3100")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Nusrat", "Rahman")], dt.date(2012, 1, 30), addresses=[HOME_E], ids=["4877838031", "T866226428764"],
       schools=["Kingsdown School"]),
    _p("s", "sibling", [("Ayaan", "Rahman")], dt.date(2017, 6, 12), addresses=[HOME_E], ids=["6153432018"],
       schools=["Nythe Primary School"]),
    _p("m", "mother", [("Rumana", "Begum")], dt.date(1987, 4, 3), addresses=[HOME_E], phones=["07402 771 358"]),
    _p("f", "father", [("Shahid", "Rahman")], dt.date(1981, 10, 22), phones=["07868 945 102"]),
    _p("p1", "professional", [("Chloe", "Barnard")], phones=["01793 465 730"], emails=["chloe.barnard@thamesdown.gov.uk"]),
], "c")

DOCS_E = [
    ("child in need review report", """CHILD IN NEED REVIEW - REPORT
Children: [[Nusrat Rahman|name]] (DOB [[30-01-2012|dob]]) and [[Ayaan Rahman|name]] (DOB [[12-06-2017|dob]])
Address: [[17 Ashburton Road|address]], [[Nythe|place]], [[Swindon|place]] [[SN3 3NB|postcode]]      Review date: [[19 November 2026|date]]
Social worker: [[Chloe Barnard|name]]      UPN ([[Nusrat|name]]): [[T866226428764|upn]]      NHS ([[Ayaan|name]]): [[615 343 2018|nhs]]

Why we are involved. [[Nusrat|name]] (14) is a young carer for her mother, Mrs [[Rumana Begum|name]], who has relapsing MS and
has used a wheelchair since March. [[Nusrat|name]]'s attendance at [[Kingsdown|school]] fell to 72% and she told her form tutor,
Ms [[Gemma Wilde|name]], that she "does the meds and the showers" before school. Mr [[Shahid Rahman|name]] left the home in
June after a row in which he pushed [[Rumana|name]]'s chair; he now lives with his brother [[Jamal|name]] in [[Broadgreen|place]].

Progress. Carers' support through the young carers' service; a care package (two calls a day) started [[2 October|date]]
by Mulberry Home Care. [[Nusrat|name]]'s attendance this half term is 94%. [[Ayaan|name]] is happy at [[Nythe Primary|school]] and
goes to the mosque on [[Broad Street|address]] after school with his cousin [[Tahmid|name]]. Mrs [[Begum|name]]'s sister, [[Shirin
Akhtar|name]], now visits from [[Oxford|place]] every other weekend. The maternal grandmother, [[Jahanara Khatun|name]], lives in
[[Zindabazar|place]], [[Sylhet|place]], and speaks to the family by video most days.

Father. Mr [[Rahman|name]] sees the children at the contact centre on Saturdays. He wants to come home; Mrs [[Begum|name]] does not
want this "until he stops the betting". [[Nusrat|name]] said: "Abbu is nice when he's not on his phone doing the horses."

Plan. Continue CIN for three months; young carers' assessment review; adapt the bathroom (OT, [[Ben Hollis|name]]);
[[Nusrat|name]] to join the girls' group at the Nythe Community Centre. Next review [[18 February 2027|date]].

Who was at the review: Mrs [[Rumana Begum|name]] (mother); [[Nusrat|name]] (for the first half); Mrs [[Shirin Akhtar|name]] (aunt);
[[Chloe Barnard|name]] (SW); Ms [[Gemma Wilde|name]] ([[Kingsdown School|school]]); [[Paul Fenwick|name]] ([[Nythe Primary School|school]]);
[[Ruth Allsop|name]] (young carers' worker); interpreter for Sylheti, Mr [[Abdul Muhit|name]]. Mr [[Rahman|name]] was invited and sent
a text (from [[07868 945 102|phone]]) to say he was at work. Mrs [[Begum|name]]'s mobile: [[07402 771 358|phone]].
[[Nusrat|name]]'s words: "I don't mind helping Ammu, I just want to be normal on school days. [[Hollie|name]] and [[Zara|name]]
want me to do netball on Wednesdays." [[Ayaan|name]]'s words (seen at school on [[13 November|date]]): "I want Abbu to live
with us and I want a PS5."
"""),
    ("GP's letter to the social worker", """Eldene Surgery
[[Chloe Barnard|name]]
Social Worker, Children in Need Team
Civic Offices, [[Euclid Street|address]], [[Swindon|place]]

[[2nd November 2026|date]]

Dear Ms [[Barnard|name]]
Re: [[Rumana BEGUM|name]], DOB [[03/04/1987|dob]], [[17 Ashburton Rd|address]], [[SN3 3NB|postcode]]; children [[Nusrat|name]] and
[[Ayaan|name]]

Thank you for your letter of [[20 October|date]]. With Mrs [[Begum|name]]'s written consent I can tell you the following. She has
relapsing-remitting MS, diagnosed in 2019 and followed by the neurology team at the Great Western Hospital; her last relapse,
in February, left her with weakness in both legs. She is on disease-modifying treatment and her mood is low but stable on
sertraline. She has no cognitive impairment and is able to make decisions about her children's care.

I saw [[Nusrat|name]] with her mother on [[27/10/2026|date]]. She is a bright and polite girl who looked tired. She is not my patient
for any long-term condition. I have referred her (with consent) to the school nursing service for support with sleep.

Mrs [[Begum|name]] told me that her husband has been "taking money" from her PIP account. I have advised her to speak to the
domestic abuse service in [[Swindon|place]] (SDASS) and given her the number.

Yours sincerely
Dr [[Farah Chowdhury|name]]
GP Partner
"""),
    ("cousins' Messenger chat in Bengali and English, typed up and translated", """[Facebook Messenger chat between [[Nusrat|name]] and her
cousin [[Tania|name]] in [[Sylhet|place]], shown by [[Nusrat|name]] to
[[Chloe Barnard|name]] on [[12/11/2026|date]] and typed up with her agreement. Bengali (in Bengali script) translated by [[Shamima
Hoque|name]] (interpreter); English left as written.]

[[Tania|name]]: আপু কেমন আছো? নানু বলেছে [[রুমানা|name]] খালা অসুস্থ
  (Sister how are you? Nanu said Aunt [[Rumana|name]] is ill.)
  [Interpreter: "খালা" / khala = mother's sister; the name is [[Rumana|name]].]
[[Nusrat|name]]: shes ok now. carers come morning and night so i dont have to do showers
[[Tania|name]]: ভালো। [[আয়ান|name]] কি করে?
  (Good. What is [[Ayaan|name]] doing?)
[[Nusrat|name]]: hes obsessed with fortnite lol and [[tahmid|name]] comes every day
[[Tania|name]]: চাচা কি বাসায় আসে?
  (Does uncle come to the house?)
[[Nusrat|name]]: abbu only sees us at the centre on saturdays. [[chloe|name]] said maybe more if he stops gambling
[[Tania|name]]: নানু বলছে তোমরা ডিসেম্বরে [[সিলেট|place]] আসো
  (Nanu says you should come to [[Sylhet|place]] in December.)
[[Nusrat|name]]: cant. mums appointments. maybe easter. tell nanu i miss her 🥲
[[Tania|name]]: ঠিক আছে। [[শিরিন|name]] খালা বলেছে তুমি [[অক্সফোর্ড|place]] যাবে বড়দিনে?
  (OK. Aunt [[Shirin|name]] said you are going to [[Oxford|place]] at Christmas?)
[[Nusrat|name]]: yeh [[shirin|name]] khala is taking us [[23rd|date]] to [[27th|date]]. my friend [[hollie|name]] from [[kingsdown|school]]
is jealous lol
[[Tania|name]]: 😂 send pics. নানুর নম্বর [[+880 1712-448903|phone]] নতুন, সেভ করো
  (Nanu's number is new, save it.)
"""),
    ("supervised contact record sheet from a family contact centre, scanned", """[Scanned form, two pages; handwriting in capitals typed as
written.]

SWINDON FAMILY CONTACT CENTRE - SUPERVISED CONTACT RECORD
Date: SAT [[14/11/26|date]]            Time: 10.00 - 12.00          Room: Blue room
Children: [[NUSRAT RAHMAN|name]] / [[AYAAN RAHMAN|name]]
Visiting adult: [[SHAHID RAHMAN|name]] (FATHER)          Supervisor: [[KATE
O'NEILL|name]]
Brought by: MAT. AUNT [[SHIRIN|name]] ([[07425 813 664|phone]])     Collected by: SAME

10.02 Dad arrives on time, brings samosas and a football magazine for [[AYAAN|name]]. Hugs.
10.20 [[NUSRAT|name]] on phone, dad asks her to put it away, she does. Talk about school, her science test.
10.45 Dad asks [[NUSRAT|name]] "is mum still angry", supervisor redirects. Dad accepts.
11.10 Board game (Uno). [[AYAAN|name]] laughing. Dad says he has a new job at a warehouse at [[Groundwell|place]].
11.40 Dad gives [[AYAAN|name]] £20. Supervisor reminds no gifts of money (agreement). Dad apologises, takes it back.
11.55 Goodbyes. [[AYAAN|name]] asks "when can you come home". Dad: "soon, inshallah". [[NUSRAT|name]] quiet.

Supervisor's comments: warm contact; dad accepted both redirections. Next: SAT [[21/11|date]].
Signed: [[K O'Neill|name]]

PAGE 2 - NOTES FOR NEXT TIME
- Dad asked if his mother, [[AMENA BIBI|name]] (PATERNAL GRAN), can come. She lives at [[22 KENT ROAD|address]], [[SWINDON|place]],
  [[SN1 3NJ|postcode]]. Needs SW [[CHLOE|name]] to agree. Tel [[01793 531 948|phone]].
- Cousin [[TAHMID|name]] (11) asked by [[AYAAN|name]] to come - NO, not on the agreement.
- Dad's new address: c/o brother [[JAMAL RAHMAN|name]], [[8 WHITWORTH ROAD|address]], [[BROADGREEN|place]]... (crossed out) now
  [[GORSE
  HILL|place]], address to follow.
- [[NUSRAT|name]] wants next contact at the [[Nythe|place]] park not the centre - ask [[CHLOE|name]].
"""),
]


# --- F. Walsh / O'Driscoll family (white Irish and white British), Freshbrook, Swindon -----------------------------------

HOME_F = d.Address("5 Bowood Road", "Freshbrook", "Swindon", "SN5 8PA")
GRAN_F = d.Address("40 Toothill Road", "Toothill", "Swindon", "SN5 8BA")
NAN_F = d.Address("12 Ardmore Park", "Bishopstown", "Cork", "T12 X9K2")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Cillian", "Walsh")], dt.date(2026, 7, 14), addresses=[HOME_F], ids=["4157068831"]),
    _p("m", "mother", [("Aoife", "O'Driscoll")], dt.date(2000, 2, 8), addresses=[HOME_F], phones=["07946 120 558"]),
    _p("f", "father", [("Liam", "Walsh")], dt.date(1997, 9, 26), addresses=[HOME_F], phones=["07756 402 913"],
       ids=["PA 39 70 42 D"]),
    _p("g", "grandparent", [("Maureen", "Walsh")], addresses=[GRAN_F], phones=["01793 870 431"]),
    _p("g2", "grandparent", [("Siobhan", "O'Driscoll")], addresses=[NAN_F], phones=["+353 87 614 2095"]),
    _p("p1", "professional", [("Grace", "Adebayo")], phones=["01793 463 902"], emails=["grace.adebayo@thamesdown.gov.uk"]),
], "c")

DOCS_F = [
    ("strategy discussion minutes after an injury to a baby", """STRATEGY DISCUSSION - MINUTES (s47)
Child: [[Cillian Walsh|name]], DOB [[14/07/2026|dob]], NHS [[415 706 8831|nhs]]      Held: Friday [[16 October 2026|date]] 11:00
Address: [[5 Bowood Road|address]], [[Freshbrook|place]], [[Swindon|place]] [[SN5 8PA|postcode]]
Chair: [[Grace Adebayo|name]] (Team Manager). Present: DS [[Phil Marsh|name]] (CAIT); Dr [[Anjali Rao|name]] (consultant paediatrician,
Great Western Hospital); [[Lucy Tremlett|name]] (HV); [[Owen Price|name]] (SW, minutes).

Information shared. [[Cillian|name]] (13 weeks) was brought to the ED at 22:50 on [[15 October|date]] by his parents, [[Aoife
O'Driscoll|name]] and [[Liam Walsh|name]], because he screamed when his left leg was moved. X-ray: spiral fracture of the left femur.
The parents' account: [[Liam|name]] caught his leg in the bars of the cot while lifting him. Dr [[Rao|name]] said the
account is "possible but not a good fit" and a skeletal survey is booked for [[19 October|date]]. Two small bruises on the
left upper arm were also seen. HV [[Lucy|name]] saw [[Cillian|name]] at 8 weeks and had no concerns; [[Aoife|name]] had said she was
"struggling with the nights". DS [[Marsh|name]]: no police history for either parent; a single call from a neighbour at
[[no. 7|address]] (Mr [[Dennis Pike|name]]) in September about "a baby crying for hours".

Decisions. Section 47 enquiries, joint with the police. [[Cillian|name]] to stay on the ward until the survey. Safety plan
on discharge: to the paternal grandmother, [[Maureen Walsh|name]], [[40 Toothill Road|address]], [[Toothill|place]], with contact by the
parents supervised by her. Maternal grandmother, [[Siobhan O'Driscoll|name]], in [[Bishopstown|place]], [[Cork|place]], to be contacted
([[+353 87 614 2095|phone]]).

Family and network known at this point (from the parents, the ward and the HV):
- Paternal grandmother [[Maureen Walsh|name]], 58, [[40 Toothill Road|address]], [[Toothill|place]], [[SN5 8BA|postcode]], landline
[[01793 870 431|phone]];
  works at the school kitchen at [[Toothill Primary|school]]. Her partner [[Keith Dunne|name]] lives with her.
- Paternal grandfather [[Gerry Walsh|name]], no contact for years, thought to be in [[Chippenham|place]].
- [[Liam|name]]'s daughter [[Ellie-Mae Walsh|name]] (6) lives with her mother [[Stacey Bright|name]] in [[Royal Wootton Bassett|place]];
  [[Liam|name]] has her alternate weekends. [[Stacey|name]] to be spoken to by DS [[Marsh|name]].
- [[Aoife|name]]'s sister [[Niamh O'Driscoll|name]] in [[Ballincollig|place]] and her friend [[Precious Ndlovu|name]] in [[Shaw|place]].
- Father's NI number for the benefits check: [[PA 39 70 42 D|ni]].
Actions: [[Owen|name]] to visit the grandmother today; DS [[Marsh|name]] to interview both parents on [[20 October|date]] at
Gablecross; Dr [[Rao|name]] to write by [[23/10/2026|date]]; [[Lucy|name]] to check the red book for weights.
"""),
    ("emergency department safeguarding checklist, form with tick boxes", """GREAT WESTERN HOSPITAL - EMERGENCY DEPARTMENT
SAFEGUARDING CHILDREN CHECKLIST (under 1s / non-mobile infants)
Patient: [[WALSH, Cillian|name]]     DOB: [[14.07.26|dob]]     Hosp no: GWH 8814402     Attended: [[15.10.26|date]] 22:50
Brought by: [x] mother  [x] father  [ ] other: ________
Names of adults with child: [[Aoife O Driscoll|name]] (mum), [[Liam Walsh|name]] (dad)
Address: [[5 Bowood Rd|address]], [[Freshbrook|place]]      GP: Freshbrook Surgery      HV: [[L. Tremlett|name]]
Mobile (mum): [[07946 120 558|phone]]     Mobile (dad): [[07756 402 913|phone]]
1. Is the injury consistent with the history?          [ ] Yes  [x] No  [ ] Unsure
2. Any delay in seeking help?                         [ ] Yes  [x] No  (approx 40 min)
3. Non-mobile infant with a bruise or fracture?       [x] Yes -> paeds review + SW referral MANDATORY
4. Child known to social care? (checked CP-IS)        [ ] Yes  [x] No
5. Other children in household?                       [ ] Yes  [x] No  (dad has a daughter, [[Ellie-Mae|name]], 6, lives with her mum in
[[Wootton Bassett|place]])
Referral made to: MASH at 23:35 by Nurse [[Kate Hanley|name]]      Doctor: Dr [[Tom Ferris|name]] (ST4)
Paediatric registrar: Dr [[Yusuf Karim|name]] bleep 4471
Notes: dad very upset, said "I've only gone and hurt him, [[Aoife|name]]". Mum quiet. Both stayed. Security aware.
"""),
    ("father's own email to the social worker", """From: [[liam walsh|name]] <[[liamwalsh97@hotmail.co.uk|email]]>
To: [[owen.price@thamesdown.gov.uk|email]]
Date: Tue, [[20 Oct 2026|date]] 01:12
Subject: [[cillian|name]]

[[Owen|name]]

sorry for emailing this late, i cant sleep. i want to say properly what happened because at the hospital i was in bits and
i dont think i said it right. it was just me up with him, [[aoife|name]] was asleep, she'd done the last 3 nights. i went to
pick him up and his foot was through the bars and i pulled him up to fast. i heard a click. i would never hurt him i swear on
my nan. my mum [[maureen|name]] will tell you what im like with him and with [[ellie-mae|name]].

we have been staying at my mums in [[toothill|place]] like you said. [[aoife|name]]s mum [[siobhan|name]] wants to fly over from
[[cork|place]] next week, she can stay at the travelodge at Delta? is that ok for her to see him. her number is
[[+353 87 614 2095|phone]].

also can i still go to work (Honda - I mean the old Honda site its Panattoni now, night shift) i need to keep the money coming
in. please ring me [[07756 402 913|phone]] anytime

[[Liam|name]]

ps. [[aoife|name]] says to say her mum's address in case you need to write: [[12 Ardmore Park|address]], [[Bishopstown|place]],
[[Cork|place]]
[[T12 X9K2|postcode]]. and my mums landline is [[01793 870 431|phone]].
"""),
    ("parenting assessment, extract of the analysis", """PARENTING ASSESSMENT - EXTRACT (analysis and recommendation)
Family: [[Aoife O'Driscoll|name]] and [[Liam Walsh|name]]; child: [[Cillian|name]]     Assessor: [[Owen Price|name]]
Sessions: [[22 October|date]], [[29 October|date]], [[5|date]] and [[12 November|date]], [[19 November 2026|date]], at
[[40 Toothill Road|address]]
and the Family Hub in [[West Swindon|place]]

The skeletal survey ([[19/10/2026|date]]) showed no other fractures and the bruising was found to be consistent with a
Mongolian blue spot and a finger-grip during the cot incident, as [[Liam|name]] described. Dr [[Rao|name]]'s second opinion report
([[6 November 2026|date]]) concludes the femur fracture "could have been caused as described by the father", though she cannot
exclude an inflicted injury.

[[Aoife|name]] (26) grew up in [[Bishopstown|place]] and came to [[Swindon|place]] for a nursing degree; she is close to her mother
[[Siobhan|name]], who stayed for two weeks at the start of November, and to a friend from the course, [[Precious Ndlovu|name]].
[[Liam|name]] (29) was raised in [[Toothill|place]] by [[Maureen|name]] after his father, [[Gerry Walsh|name]], left. Both parents have
been open, on time for every session, and careful with [[Cillian|name]] under observation.

Recommendation: [[Cillian|name]] returns to his parents' care at [[Bowood Road|address]] with a child in need plan, the grandmother
[[Maureen|name]] visiting daily for four weeks. Signed [[O. Price|name]], [[24/11/2026|date]].
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 106 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 07:15 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cllr", "hhj", "rev",
           "nurse", "sister", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad",
           "grandpa", "mum", "mummy", "mam", "dad", "daddy", "aunty", "auntie", "aunt", "uncle", "oma", "opa", "tante",
           "ome", "nanu", "nani", "khala", "abbu", "ammu", "apu", "chacha", "madam", "pastor", "খালা", "নানু", "আপু"}
_AFTER = {"khala", "apu", "bhai", "senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "wiltshire", "oxfordshire",
               "suriname", "surinam", "sranan", "the netherlands", "netherlands", "holland", "anguilla", "ireland",
               "county cork", "co cork", "haringey", "bangladesh", "the caribbean", "caribbean", "europe"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name: "Oma Rinia",
# "Tante Yvonne", "Auntie Marcia", "Uncle Devon", "Rev. Elvin Fleming", "Nurse Kate Hanley", the Bengali "খালা"; and after
# one: "Rumana khala") and counties, regions and countries ("Wiltshire", "Suriname", "Anguilla", "Ireland", "Bangladesh").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
