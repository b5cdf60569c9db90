"""Set 210: a held-out hand-written set for the redaction detector, six invented families in the Staffordshire Moorlands.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set211.py to bench/redaction_set213.py and their tests (written by other helpers at the same time), that did
not run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What
was read: lines 1-200 and 570-621 of bench/redaction_set181.py and all of tests/test_redaction_set181.py
(the layout followed here; set 21 itself was not opened for lack of time, its conventions were taken as set 181 restates
them), the docstrings of bench/redaction_set7.py to bench/redaction_set209.py searched by a script (ast.get_docstring) for the
places and communities below, printing only which sets named them, and a grep of bench/redaction_handwritten.py for the
`Records`, `party` and `HandSet` lines. Phone numbers were checked with the phonenumbers library and NHS numbers and UPNs made
with python-stdnum in small snippets. Nobody may tune the detector on this set: it is to be scored once. If a mistake in the
gold marking is found after scoring, correct only the marking and say so here.

Six families in Leek, Biddulph and the villages towards Cheadle, each from a district or village the earlier docstrings did
not name at all (Ball Haye Green, Haregate, Knypersley, Biddulph Moor, Cheddleton, Ipstones): a white British mother and son
on Ball Haye Green, Leek, with a nan moving to Haregate (Alcock / Salt; neglect, a dirty home, a father's drinking); a Lozi
family (Barotseland, western Zambia; Silozi speakers) on Haregate, Leek (Mubita / Lubasi; domestic abuse, a girl of 14
interpreting, a grandmother in Mongu, a note in Silozi translated); a white British boy of 15 in Knypersley, Biddulph
(Bourne; missing, criminal exploitation towards Stoke and Congleton); a young carer of 12 on Biddulph Moor (Plant; a mother's
depression, drinking and an overdose); a disabled boy of 8 in Cheddleton (Hine; cerebral palsy, short breaks); and a young
mother and baby in Ipstones (Mellor / Goodwin; a father's drug use, a debt to a dealer). The community, Lozi, was named in no
earlier docstring (Zambia was, through Bemba and Tonga families). 24 documents, each with its own style label: a first
school welfare chronology, a mother's texts typed up, a housing officer's tenancy visit note, a social worker's phone notes,
a police domestic abuse report, a family note in Silozi with a translation, a school safeguarding email, an interpreter-led
meeting transcript, a return home interview, a Snapchat chat typed up, contextual safeguarding panel minutes, a mother's
voicemail transcribed, a young carer's own writing, a GP's phone note, a young carers' assessment form, an attendance letter,
a short breaks referral form, an OCR'd letter with its misreadings, a mother's voice note transcribed, an OT home visit
record, a midwife's email, core group minutes, a health visitor's lower-case phone log and a police intelligence log.
The documents were written in two passes (a first short version of each, then added paragraphs), all before any checking
beyond set 15's marking checker.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration.
Phones are valid (phonenumbers), UK and Zambian; NHS numbers and UPNs (LA 860) pass their check digits. Towns, villages and
estates are real and marked as places; the council, surgeries, teams and charities are unmarked organisations.

Markup and conventions: those of bench/redaction_set21.py as set 181 restates them (set 21 itself was not opened). Titles
and kinship words stay outside a name (Mr, Mrs, Ms, Dr, PC, DC, DS, Sgt, SW, HV, MW, Nan, Uncle, and the Silozi "Ma" (for an
older woman) and "Bo" (a respectful title)); "SURNAME, First" is one span ("ALCOCK, Tyler", "McCALL, Liam"); initials alone
("HB", "MM", "G.B.", "J") are not marked, an initial with a surname ("A Fernyhough", "a.hulme") is; chat speaker labels are
names; a neighbour's bare house number ("no. 24", "no 9") is an address; organisations holding a town's name stay unmarked
("Leek Health Centre", "Biddulph Valley Surgery", "Cheadle Young Carers", "Biddulph Town Council", "Royal Stoke"), as do
charities and hospices ("Crossroads Care", "Douglas Macmillan", "The Donna Louise", "Catch22"); Zambia, Barotseland and
Staffordshire are not places; an OCR misreading keeps its kind ("l9/11/2O26" a date, "CheddIeton" a place, "0scar Hine" a
name).

Choices this set had to make: a pet ("Biscuit") and a television character ("Thomas") are not names; a bare year ("2022") and
"the summer" are not dates, and a weekday stays outside a date ("saturday 21st" marks only "21st"); "Biddulph Grange" (a
garden) is a landmark and unmarked; a place inside a reference code ("OH/CHEDDLETON/26") is still marked; "Cheddleton Station
car park", "Hanley bus station" and "the Biddulph Co-op" mark the town; "Westwood" alone, for Westwood College, is a school.

Self-check without the detector: `python -m bench.redaction_set210` runs set 15's checker on this set and prints the counts:
24 documents, 901 gold spans, 514 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Alcock / Salt family (white British), Ball Haye Green, Leek -----------------------------------------------------

HOME_A = d.Address("22 Novi Lane", "Ball Haye Green", "Leek", "ST13 6LH")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Alcock")], dt.date(2018, 4, 11), addresses=[HOME_A], ids=["6062043027", "C860446896970"],
       schools=["Beresford Memorial First School"]),
    _p("m", "mother", [("Kerry", "Alcock")], dt.date(1994, 8, 3), addresses=[HOME_A], phones=["07784 215 903"]),
    _p("f", "father", [("Dean", "Salt")], dt.date(1991, 12, 19), phones=["07931 468 250"]),
], "c")

DOCS_A = [
    ("first school welfare chronology", """[[BERESFORD MEMORIAL|school]] FIRST SCHOOL - WELFARE CHRONOLOGY
Pupil: [[ALCOCK, Tyler|name]]  DOB [[11.04.2018|dob]]  UPN [[C860446896970|upn]]  NHS [[606 204 3027|nhs]]
Mum: [[Kerry Alcock|name]] ([[07784 215 903|phone]]), [[22 Novi Lane|address]], [[Ball Haye Green|place]],
[[Leek|place]] [[ST13 6LH|postcode]]
Dad: [[Dean Salt|name]] ([[07931 468 250|phone]]), not at home, "stops at his brother's in [[Cheadle|place]]"

[[07/09/2026|date]] [[Tyler|name]] came in same clothes as Friday, smelt of smoke. Mrs [[Goodall|name]] (Y3) logged.
[[14/9|date]] Late x3. Nan ([[Brenda Alcock|name]]) brought him, said [[Kerry|name]] "cant get up in the mornings".
[[21.09.26|date]] [[Tyler|name]] ate 3 breakfasts at club. TA [[Shannon Birch|name]] noticed nits again.
[[2 Oct|date]] [[Tyler|name]] said dad [[Dean|name]] "was shouting and threw the hoover". Passed to DSL [[Mark Heath|name]].
[[9th October|date]] Home visit by [[Mark|name]] and [[Shannon|name]]: dog mess in kitchen, no food in fridge. Neighbour
[[Josie Kirkham|name]] at [[no. 24|address]] said [[Tyler|name]] often at hers for tea.
[[12/10/2026|date]] Referral to Staffordshire Children's Services. SW [[Amy Fernyhough|name]] allocated
([[amy.fernyhough@staffordshire.gov.uk|email]]).
[[19/10|date]] [[Tyler|name]]'s friend [[Riley Bode|name]] told Mrs [[Goodall|name]] that [[Tyler|name]] sleeps on the sofa.
[[2/11/26|date]] [[Dean|name]] seen at gate in a silver Astra [[FN21 KXE|vehicle]], smelt of drink. [[Tyler|name]] went
with Nan [[Brenda|name]] instead.
[[9/11/2026|date]] Core group at school. Present [[Kerry|name]], Nan [[Brenda|name]], SW [[Amy Fernyhough|name]], HV
[[Anita Hulme|name]], DSL [[Mark Heath|name]]. [[Dean|name]] rang in from [[Cheadle|place]], then hung up.
[[16.11.26|date]] [[Tyler|name]] told [[Shannon|name]] "[[Gaz|name]] let me play on his Xbox at [[Cheadle|place]]". [[Gaz|name]] =
[[Gareth Salt|name]], dad's brother. [[Tyler|name]]'s cousin [[Kayden Salt|name]] is in Y5 at [[St Giles|school]].
[[23/11|date]] Nan [[Brenda|name]] says she's moved to [[Haregate|place]]; new address [[41 Haregate Road|address]], [[ST13 5QE|postcode]].
[[30.11.2026|date]] [[Tyler|name]] in clean uniform. Mum bought it with [[Josie|name]] at [[Leek|place]] market. Mrs [[Goodall|name]]
says "best week yet". [[Riley|name]] and [[Tyler|name]] played football with Mr [[Wardle|name]] (PE).
[[03/12/2026|date]] [[Tyler|name]]'s nan [[Brenda|name]] rang ([[01538 384 112|phone]]): [[Dean|name]] turned up at [[Haregate|place]]
drunk; her neighbour [[Clive Mountford|name]] sent him off. [[Tyler|name]] upset; sat with Mrs [[Goodall|name]] and [[Riley|name]].
"""),
    ("mother's texts copied by the social worker", """texts from [[kerry alcock|name]] to SW [[Amy
Fernyhough|name]] (copied [[4/11/26|date]])

[[1 nov|date]] 22:40 sorry [[amy|name]] i know u said ring but [[dean|name]] was here n i couldnt
[[1 nov|date]] 22:41 hes gone back to [[cheadle|place]] to [[gaz|name]]s. [[tyler|name]] is asleep at mine
[[2 nov|date]] 08:15 nan [[brenda|name]] is taking him to school. shes at [[haregate|place]] now not [[leek|place]] town
[[2 nov|date]] 08:16 her new no is [[01538 384 112|phone]]
[[3 nov|date]] 19:02 [[josie|name]] from next door did me a shop. i will sort the kitchen i promise
[[3 nov|date]] 19:05 pls dont take [[ty|name]] off me x
[[4 nov|date]] 07:50 [[amy|name]] its [[kerry|name]] again. [[deans|name]] brother [[gaz|name]] says hes coming back fri
[[4 nov|date]] 07:52 i told [[gaz|name]] no. [[dean|name]] can see [[tyler|name]] at nans in [[haregate|place]] only
[[4 nov|date]] 12:30 the hv [[anita|name]] came. she said the kitchen is better
[[4 nov|date]] 12:31 can u ring me on [[07784 215 903|phone]] not the house
[[5 nov|date]] 18:20 [[ty|name]] asked for his dad. i said maybe sat at nan [[brendas|name]]. is that ok [[amy|name]]
[[5 nov|date]] 18:22 [[josie|name]] says she can sit in too
"""),
]


# --- B. Mubita family (Lozi, from Mongu, western Zambia), Haregate, Leek -------------------------------------------------

HOME_B = d.Address("7 Haregate Terrace", "Haregate", "Leek", "ST13 5QD")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Inonge", "Mubita")], dt.date(2012, 3, 27), addresses=[HOME_B], ids=["1871817269", "C860690086482"],
       schools=["Westwood College"]),
    _p("s", "sibling", [("Mubita", "Mubita")], dt.date(2017, 10, 2), addresses=[HOME_B], ids=["2591149453"]),
    _p("m", "mother", [("Mwangala", "Mubita")], dt.date(1986, 5, 14), addresses=[HOME_B], phones=["07405 873 126"]),
    _p("f", "father", [("Sitali", "Mubita")], dt.date(1982, 1, 9), addresses=[HOME_B], phones=["07512 336 981"],
       ids=["JT 48 27 61 C"]),
    _p("g", "grandparent", [("Namakau", "Lubasi")], phones=["+260 97 714 5238"]),
], "c")

DOCS_B = [
    ("police domestic abuse report", """STAFFORDSHIRE POLICE - DOMESTIC ABUSE INCIDENT (DASH completed)
Date/time: [[18/10/2026|date]] 23:20   Location: [[7 Haregate Terrace|address]], [[Haregate|place]], [[Leek|place]] [[ST13 5QD|postcode]]
Victim: [[MUBITA, Mwangala|name]] DOB [[14/05/1986|dob]] tel [[07405 873 126|phone]]
Suspect: [[MUBITA, Sitali|name]] DOB [[09/01/1982|dob]] NI [[JT 48 27 61 C|ni]] tel [[07512 336 981|phone]]
Children: [[Inonge|name]] (14) and [[Mubita|name]] (9), known as "[[Bita|name]]".
PC [[Lowndes|name]] and PC [[Hassall|name]] attended. [[Mwangala|name]] has little English; daughter [[Inonge|name]] translated
until PC [[Lowndes|name]] stopped her. Neighbour [[Dave Rushton|name]] at [[no 9|address]] had called 999 after hearing
screaming. [[Sitali|name]] left before arrival in a blue Passat [[YS18 BWO|vehicle]], believed gone to a friend, Mr
[[Kalaluka|name]], in [[Cheadle|place]]. Interpreter (Silozi) booked for [[19/10|date]] through the church pastor, Bo
[[Akapelwa Mwiya|name]]. Grandmother Ma [[Namakau Lubasi|name]] in [[Mongu|place]] rang during the visit on
[[+260 97 714 5238|phone]].
Previous: [[02/03/2025|date]] verbal argument, [[Ashbourne Road|address]], [[Leek|place]] (no further action).
Officers' notes: [[Mwangala|name]] showed a bruise on her upper arm. [[Inonge|name]] said "Daddy pushed Mummy into the door".
[[Bita|name]] asleep. Mr [[Rushton|name]] and his wife [[Pam|name]] gave statements. [[Sitali|name]] arrested on [[19/10/2026|date]]
at 14:10 at [[Kalaluka Imasiku|name]]'s home, [[12 Tean Road|address]], [[Cheadle|place]] [[ST10 1LW|postcode]]. Bail: not to
contact [[Mwangala|name]] or go to [[Haregate|place]]. OIC DC [[Emma Shenton|name]]. Referral to MARAC by PC [[Lowndes|name]].
Child details sent to [[Westwood College|school]] (DSL [[Craig Hambleton|name]]) and [[St Edward's|school]] on
[[19/10/2026|date]] by Operation Encompass. Ma [[Namakau|name]] asked PC [[Hassall|name]] to tell [[Sitali|name]] "to go home to
[[Mongu|place]]".
"""),
    ("family note in Silozi with the social worker's translation", """Note written by [[Mwangala Mubita|name]], given to SW
[[Hannah Bagnall|name]] on [[22/10/2026|date]] (Silozi, with translation by Bo [[Akapelwa|name]])

Silozi: Ni ina ni [[Inonge|name]] ni [[Bita|name]] mwa [[Leek|place]]. Bo [[Sitali|name]] ba ni natile la [[18|date]]. Ma
[[Namakau|name]] mwa [[Mongu|place]] u bata kuli lu kute. Ni bata ku ina ni bana.
English: I live with [[Inonge|name]] and [[Bita|name]] in [[Leek|place]]. [[Sitali|name]] hit me on the [[18th|date]]. Ma
[[Namakau|name]] in [[Mongu|place]] wants us to go back. I want to stay with my children.
SW note: [[Inonge|name]]'s form tutor at [[Westwood College|school]] is Mr [[Pointon|name]]; [[Inonge|name]] NHS
[[187 181 7269|nhs]], [[Bita|name]] NHS [[2591149453|nhs]], at [[St Edward's|school]] in [[Leek|place]]. Mum's friend
[[Chipo Banda|name]] from [[Cheddleton|place]] drove her to the meeting.
Silozi: [[Inonge|name]] u tusa hahulu. [[Mbuyu|name]] ni [[Kalaluka|name]] ba lu tusa.
English: [[Inonge|name]] helps a lot. [[Mbuyu|name]] and [[Kalaluka|name]] help us.
SW note: [[Mwangala|name]]'s sister [[Mutinta Lubasi|name]] in [[Lusaka|place]] is the family's main support; [[Namakau|name]]
wants them to come to [[Mongu|place]] for Christmas. Next visit [[29/10|date]] with [[Mukela Simasiku|name]] interpreting.
Silozi: Ni itumezi [[Hannah|name]] ni Bo [[Mukela|name]].
English: I thank [[Hannah|name]] and Bo [[Mukela|name]]. ([[M. Mubita|name]], [[Haregate|place]])
"""),
]


# --- C. Bourne family (white British), Knypersley, Biddulph -------------------------------------------------------------

HOME_C = d.Address("15 Tunstall Road", "Knypersley", "Biddulph", "ST8 7AB")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Kieran", "Bourne")], dt.date(2011, 7, 30), addresses=[HOME_C], ids=["1405808438", "T860102237619"],
       schools=["Biddulph High School"]),
    _p("m", "mother", [("Lisa", "Bourne")], dt.date(1983, 2, 6), addresses=[HOME_C], phones=["07867 204 519"]),
], "c")

DOCS_C = [
    ("return home interview after a missing episode", """RETURN HOME INTERVIEW - [[Kieran BOURNE|name]] ([[30/07/2011|dob]])
Missing from [[15 Tunstall Road|address]], [[Knypersley|place]] [[ST8 7AB|postcode]] from [[13/11/2026|date]] 16:00 to
[[15/11/2026|date]] 02:10. Found by PC [[Ridgway|name]] at [[Hanley|place]] bus station with [[Jordan Salt|name]] (17).
Interview by [[Sophie Myatt|name]] (Catch22) on [[17 November|date]] at [[Biddulph|place]] library.
[[Kieran|name]] said he went to [[Stoke|place]] with "J" and a lad called [[Tayo|name]] who has a flat in
[[Burslem|place]]. He was given a phone (number [[07429 618 305|phone]]) and told to "run bits" to [[Congleton|place]].
Mum [[Lisa|name]] ([[07867 204 519|phone]]) found £200 in his coat. [[Kieran|name]] said his mate [[Ollie Rowley|name]] from
[[Brown Lees|place]] knows [[Tayo|name]] too. Attending [[Biddulph High|school]] 2 days a week. UPN [[T860102237619|upn]].
Previous episodes: [[2 Oct|date]] ([[Congleton|place]]), [[24/10|date]] ([[Tunstall|place]]), [[6th November|date]]
([[Hanley|place]]). [[Kieran|name]] said [[Jordan|name]] ("[[Jord|name]]") met him at [[Knypersley|place]] pool and a man
called [[Deji|name]] drove them in a black car. His girlfriend [[Millie Hancock|name]] in [[Biddulph|place]] texts him every night.
Dad [[Wayne Bourne|name]] lives in [[Kidsgrove|place]] ([[07446 218 305|phone]]) and has not seen him since the summer.
Grandad [[Ken Bourne|name]] at [[Brown Lees|place]] would have him weekends. Agreed: [[Sophie|name]] to see him weekly.
[[Kieran|name]] named two more boys: [[Callum Beech|name]] and "[[Reece|name]]" from [[Mow Cop|place]]. Copy: [[Tom Brindley|name]],
DS [[Carla Mountford|name]], PC [[Ridgway|name]].
"""),
    ("snapchat chat typed up by the mother", """snapchat between [[kieran|name]] and "[[jord|name]]" (screenshots mum showed
me [[18/11|date]], typed by [[S. Myatt|name]])

[[jord|name]]: u comin [[stoke|place]] 2nite
[[kieran|name]]: cant mums watchin me
[[jord|name]]: [[tayo|name]] sed u owe him
[[kieran|name]]: ill get it fri. meet [[biddulph|place]] bus stop by the co op
[[jord|name]]: nah [[knypersley|place]] pool 6. bring [[ollie|name]]
[[kieran|name]]: ok tell [[tayo|name]] not to come to mine [[lisa|name]] will kick off
[[kieran|name]]: [[millie|name]] says [[tayo|name]] was at hers
[[jord|name]]: ignore [[millie|name]] lol. [[deji|name]] pickin us up 6
[[kieran|name]]: tell [[deji|name]] [[congleton|place]] not [[stoke|place]]
(mum [[Lisa Bourne|name]] sent these to SW [[Tom Brindley|name]] on [[18/11/2026|date]])
[[jord|name]]: [[reece|name]] comin 2 from [[mow cop|place]]
[[kieran|name]]: k
"""),
]


# --- D. Plant family (white British), Biddulph Moor --------------------------------------------------------------------

HOME_D = d.Address("4 Hot Lane", "Biddulph Moor", "Stoke-on-Trent", "ST8 7HP")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Ellie", "Plant")], dt.date(2014, 9, 5), addresses=[HOME_D], ids=["0033478627", "J860870080599"],
       schools=["Woodhouse Academy"]),
    _p("m", "mother", [("Gemma", "Plant")], dt.date(1988, 11, 21), addresses=[HOME_D], phones=["01782 512 647"]),
], "c")

DOCS_D = [
    ("young carer's own writing", """all about me by [[Ellie Plant|name]] age 12

i live at [[biddulph moor|place]] with my mum [[Gemma|name]] and my dog Biscuit. mum gets sad and drinks wine and
then i do tea. i like doing tea. my best friend is [[Macy|name]] from [[Knypersley|place]]. my nan [[Jackie|name]] lives in
[[Leek|place]] and she takes me to the young carers club on tuesdays. my birthday is [[5th september|dob]]. i want to be a vet.
when mum was in hospital on [[the 3rd|date]] i stayed at [[Macy|name]]s and her mum [[Tracey Lovatt|name]] was kind.
my teacher is mrs [[heler|name]] and my friend at school is [[lily-mae|name]]. at christmas we are going to nan [[jackies|name]]
in [[leek|place]] and uncle [[rob|name]] is coming from [[stoke|place]]. mum says she will stop the wine. i hope she does. the
young carers lady is called [[naomi|name]] and we went bowling in [[hanley|place]] on saturday [[21st|date]].
by [[Ellie|name]] xx. ps [[macy|name]] is coming to [[rudyard|place]] too on [[12th december|date]].
"""),
    ("GP's phone note", """Biddulph Valley Surgery - telephone note - [[24/11/2026|date]]
Pt: [[PLANT, Gemma|name]] DOB [[21/11/1988|dob]]   Tel [[01782 512 647|phone]]
Daughter [[Ellie|name]] (NHS [[0033478627|nhs]]) rang at 07:50, said mum "won't wake up properly". Dr [[Ashworth|name]] rang
back; [[Gemma|name]] answered, slurred, said she took extra sertraline. Ambulance called to [[4 Hot Lane|address]],
[[Biddulph Moor|place]] [[ST8 7HP|postcode]]. [[Ellie|name]] went to neighbour Mrs [[Oakes|name]] at [[no. 6|address]]. Told
SW [[Ryan Lees|name]] and [[Woodhouse Academy|school]] (UPN [[J860870080599|upn]]). Nan [[Jackie Plant|name]] in [[Leek|place]]
on [[01538 702 394|phone]] to collect.
Follow-up [[25/11/2026|date]]: [[Gemma|name]] discharged from Royal Stoke. Dr [[Ashworth|name]] saw her with her mother
[[Jackie|name]]. Referred to the wellbeing team ([[Kate Lomas|name]]) and the alcohol service. [[Ellie|name]]'s father,
[[Lee Dunn|name]], is in [[Congleton|place]]; no contact since 2022? - check with [[Ryan Lees|name]].
Safeguarding lead GP Dr [[Nixon|name]] informed. [[Ellie|name]]'s young carers worker [[Naomi Fradley|name]] told on [[25/11|date]].
"""),
]


# --- E. Hine family (white British), Cheddleton ------------------------------------------------------------------------

HOME_E = d.Address("31 Cheadle Road", "Cheddleton", "Leek", "ST13 7HN")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Oscar", "Hine")], dt.date(2018, 1, 16), addresses=[HOME_E], ids=["9583182567", "Q860505986288"],
       schools=["Horton Lodge Community Special School"]),
    _p("m", "mother", [("Rachel", "Hine")], dt.date(1987, 6, 8), addresses=[HOME_E], phones=["01538 266 410"]),
    _p("f", "father", [("Mark", "Hine")], dt.date(1985, 3, 29), addresses=[HOME_E]),
], "c")

DOCS_E = [
    ("short breaks referral form", """SHORT BREAKS REFERRAL
Child: [[HINE, Oscar|name]]   DOB: [[16 January 2018|dob]]   NHS: [[958 318 2567|nhs]]   UPN: [[Q860505986288|upn]]
School: [[Horton Lodge|school]] (special)   Address: [[31 Cheadle Road|address]], [[Cheddleton|place]], [[ST13 7HN|postcode]]
Parents: [[Rachel Hine|name]] and [[Mark Hine|name]], tel [[01538 266 410|phone]], [[rachel.hine84@gmail.com|email]]
Needs: cerebral palsy, PEG fed, wakes 4-5 times a night. Paediatrician Dr [[Okafor|name]] at Royal Stoke.
Family support: grandparents [[Pete|name]] and [[Val Hine|name]] in [[Wetley Rocks|place]]; sister [[Maisie|name]] (11) at
[[Cheddleton|place]] Academy. [[Mark|name]] works nights in [[Cheadle|place]]. Referrer: [[Lucy Brough|name]], OT,
[[15/10/2026|date]].
Other professionals: SENCO Mrs [[Bickerton|name]]; physio [[Hollie Sales|name]]; CCN [[Deb Mycock|name]];
SW (disabled children) [[Ravi Chauhan|name]]. Emergency contact: [[Val Hine|name]], [[3 Mill Lane|address]], [[Wetley Rocks|place]]
[[ST9 0AZ|postcode]], [[01782 550 331|phone]]. [[Oscar|name]] loves the canal at [[Cheddleton|place]] and the trains at
[[Consall|place]]. Previous respite: Douglas Macmillan? no - [[Rachel|name]] says it was The Donna Louise.
[[Oscar|name]]'s best friend at [[Horton Lodge|school]] is [[Harvey Salmon|name]]; his mum [[Nikki|name]] lives in [[Kingsley|place]].
"""),
    ("scanned letter read by OCR with its misreadings", """Staffordshire Short Breaks Panel
[[3l Cheadle Rd|address]], [[CheddIeton|place]]
[[l9/11/2O26|date]]
Dear Mr and Mrs [[Hlne|name]],
Re: [[0scar Hine|name]]
The panel met on [[l7 November|date]] and agreed 2 nights a month at Crossroads Care's house in [[Leek|place]] from
[[7 Decernber|date]]. Your key worker is [[Jo Sherratt|name]]. Please contact [[Lucy Brough|name]] if [[Oscar|name]]'s
needs change.
Yours sincereIy,
[[J. Sherratt|name]], Short Breaks Coordinator, tel [[01538 395 627|phone]]
cc: [[Ravi Chauhan|name]]; Dr [[0kafor|name]]; [[Rache1 Hine|name]]; [[Horton Lodge|school]] ([[Rudyard|place]] Road)
[[Oscar|name]] wiII be coIIected from [[Cheadle Rd|address]] by [[Jo|name]] on [[7/l2|date]].
"""),
]


# --- F. Mellor / Goodwin family (white British), Ipstones ----------------------------------------------------------------

HOME_F = d.Address("2 Church Lane", "Ipstones", "Stoke-on-Trent", "ST10 2LF")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Alfie-Jay", "Goodwin")], dt.date(2026, 8, 19), addresses=[HOME_F], ids=["8262582713"]),
    _p("m", "mother", [("Chloe", "Mellor")], dt.date(2005, 4, 2), addresses=[HOME_F], phones=["07512 336 981"]),
    _p("f", "father", [("Jake", "Goodwin")], dt.date(2003, 10, 14), addresses=[HOME_F]),
], "c")

DOCS_F = [
    ("midwife's email to the social worker", """From: [[Kirsty Wain|name]] <[[kirsty.wain@nhs.net|email]]>
To: [[Ryan Lees|name]]
Date: [[27 November 2026|date]]
Subject: [[Alfie-Jay Goodwin|name]] [[19/08/2026|dob]] NHS [[8262582713|nhs]]

Hi [[Ryan|name]], saw [[Chloe|name]] and baby at [[2 Church Lane|address]], [[Ipstones|place]] [[ST10 2LF|postcode]] today.
[[Jake|name]] asleep upstairs at 11am; foil and a lighter on the windowsill. [[Chloe|name]] says [[Jake|name]] "only uses at
his mates in [[Cheadle|place]]". Her mum [[Sue Mellor|name]] in [[Tean|place]] is helping. Next visit [[4/12|date]].
Thanks, [[Kirsty|name]]
PS [[Chloe|name]]'s friend [[Becca Sutton|name]] was there too; she lives in [[Froghall|place]]. [[Jake|name]]'s dad
[[Gary|name]] rang [[Chloe|name]] while I was there from [[07562 119 804|phone]]. Baby's GP is Dr [[Brammer|name]] at Cheadle.
HV is [[Anita Hulme|name]]. [[Chloe|name]]'s NI no. for the grant form: [[PN 63 18 27 D|ni]].
[[Kirsty Wain|name]], community midwife, [[Cheadle|place]] and [[Ipstones|place]] patch, [[07714 915 283|phone]]
"""),
    ("core group minutes", """CORE GROUP - [[Alfie-Jay GOODWIN|name]] - [[2 December 2026|date]] - [[Ipstones|place]] village hall
Present: [[Chloe Mellor|name]] (mum), [[Jake Goodwin|name]] (dad), [[Ryan Lees|name]] (SW), [[Kirsty Wain|name]] (MW),
[[Sue Mellor|name]] (maternal nan), [[Dan Bradbury|name]] (drug service).
[[Jake|name]]: tested clean on [[30/11|date]]; going to stay at his dad [[Gary Goodwin|name]]'s in [[Werrington|place]] till
new year. [[Chloe|name]]: wants to move nearer her mum in [[Upper Tean|place]]. Next core group [[13 January 2027|date]].
Views: [[Sue|name]] will have [[Alfie-Jay|name]] Tues and Thurs at [[Upper Tean|place]]. [[Dan Bradbury|name]]: [[Jake|name]]
attending group at [[Leek|place]] on Mondays. HV [[Anita Hulme|name]]: baby thriving, weight on the 50th. Actions: [[Ryan|name]] to
visit [[Werrington|place]] and meet [[Gary Goodwin|name]] before [[16/12|date]]; [[Chloe|name]] to register with the [[Ipstones|place]]
toddler group (run by [[Margaret Hurst|name]]). Minutes: [[Holly Ratcliffe|name]].
[[Gary Goodwin|name]]'s address: [[27 Ash Bank Road|address]], [[Werrington|place]] [[ST9 0JS|postcode]]. Apologies: Dr [[Brammer|name]].
Review conference [[28 January 2027|date]] at [[Leek|place]]; chair [[Helen Podmore|name]].
"""),
]


# --- second documents of each family ---

DOCS_A += [
    ("housing officer's tenancy visit note", """Your Housing Group - tenancy visit - [[05/11/2026|date]]
Tenant: Ms [[K. Alcock|name]], [[22 Novi Ln|address]], [[Ball Haye Grn|place]], [[ST13 6LH|postcode]]. Officer: [[Gail Bestwick|name]].
Rent arrears £840. Back door broken since [[the 20th|date]] of last month; Ms [[Alcock|name]] says Mr [[Salt|name]] kicked it.
Boy ([[Tyler|name]]) present, off school. Complaint from [[no. 20|address]] (Mr [[Harold Finney|name]]) about the dog.
Spoke to SW [[Amy|name]] ([[01538 483 210|phone]]). Repair booked [[12 Nov|date]]. Tenant's mother [[Brenda|name]] moving to
[[Haregate|place]], [[Leek|place]]; [[Kerry|name]] may go to her. Photos uploaded by G.B.
Follow-up [[19/11/2026|date]]: door fixed by [[Steve Pickford|name]] (contractor). Mr [[Finney|name]] at [[no. 20|address]]
withdrew complaint after [[Kerry|name]] re-homed the dog with her cousin [[Jade Alcock|name]] in [[Cheddleton|place]]. Arrears plan
agreed: £10 a week from [[4 December|date]]. [[G. Bestwick|name]]
Neighbour at [[no. 24|address]], Ms [[Kirkham|name]], supportive. Copied to [[Amy Fernyhough|name]] and [[Lynne Boote|name]]
(income team). Next visit [[7/1/27|date]] at [[Novi Lane|address]].
"""),
    ("social worker's phone notes", """phone notes - [[A Fernyhough|name]] - [[10/11/26|date]]
- [[kerry|name]] rang 9.05, [[dean|name]] back since sat, wants him gone
- rang [[dean salt|name]] [[07931 468 250|phone]] no ans. his bro [[gary|name]]? ([[Gareth Salt|name]], [[Cheadle|place]],
[[The Green|address]])
- [[josie kirkham|name]] next door will have [[tyler|name]] after school
- nan [[brenda|name]] at [[haregate|place]] ok for wknds
- strat disc [[11/11|date]] w police DS [[Bloor|name]]
- [[12/11|date]] strat: DS [[Bloor|name]], [[Mark Heath|name]] (school), HV [[Anita Hulme|name]]; s47 agreed
- [[13/11|date]] seen [[tyler|name]] at school w [[shannon|name]]. says [[dean|name]] "is nice when he's not drunk"
- [[gareth|name]] rang back from [[01538 752 118|phone]], [[dean|name]] staying at his in [[cheadle|place]], [[22 the green|address]]
- [[kerry|name]] happy for [[brenda|name]] and [[josie|name]] to be on the safety plan
- [[14/11|date]] [[mark heath|name]] says [[tyler|name]] better. [[riley|name]]s mum [[stacey bode|name]] offers tea on weds
- ask [[anita|name]] re dentist for [[ty|name]]
"""),
]

DOCS_B += [
    ("school safeguarding email", """From: [[Jenny Pointon|name]] <[[j.pointon@westwood.staffs.sch.uk|email]]>
Sent: [[16 October 2026|date]] 15:48
Subject: [[Inonge M|name]] - Y10
[[Hannah|name]], [[Inonge|name]] (UPN [[C860690086482|upn]]) came to me at break upset. She says her dad [[Sitali|name]] shouts at
mum and at her brother [[Bita|name]], and that her aunt [[Mutinta|name]] in [[Lusaka|place]] ([[+260 96 628 4410|phone]]) is
the only one mum talks to. [[Inonge|name]] interprets at the GP at Leek Health Centre. Her friend [[Grace Nkandu|name]] walks her
home to [[Haregate Tce|address]]. [[Jenny|name]]
PS [[Inonge|name]]'s PE teacher Ms [[Ridgway|name]] saw a mark on her wrist on [[14/10|date]]; she said it was netball.
Her friend [[Grace|name]]'s mum, Mrs [[Nkandu|name]], lives on [[Haregate Road|address]] and says she'll help. [[Bita|name]]'s
teacher at [[St Edward's|school]] is Mrs [[Fallows|name]]. The DSL, [[Craig Hambleton|name]], is off till [[19/10|date]].
[[Jenny Pointon|name]], Head of Year 10, [[Westwood College|school]], [[Westwood Park Avenue|address]], [[Leek|place]] [[ST13 8NP|postcode]]
"""),
    ("interpreter-led meeting transcript", """Transcript (part), home visit [[23/10/2026|date]], [[7 Haregate Terrace|address]]
Present: SW [[Hannah Bagnall|name]] (HB); [[Mwangala Mubita|name]] (MM); interpreter [[Mukela Simasiku|name]] (INT)
HB: Can you tell me about the [[18th|date]]?
INT (for MM): He came home from [[Stoke|place]] at night. He was angry about money sent to my mother in [[Mongu|place]].
HB: Where is [[Sitali|name]] now?
INT (for MM): With [[Kalaluka|name]] in [[Cheadle|place]]. [[Kalaluka|name]]'s wife [[Mbuyu|name]] is my friend from
[[Senanga|place]].
HB: Is [[Inonge|name]] safe at school?
INT (for MM): Yes. Bo [[Akapelwa|name]] from church takes [[Bita|name]] to [[St Edward's|school]].
HB: Who can [[Inonge|name]] talk to?
INT (for MM): Her friend [[Grace|name]], and [[Mbuyu|name]]. Also my sister [[Mutinta|name]] on WhatsApp, [[+260 96 628 4410|phone]].
HB: Will you agree to a safety plan with [[Inonge|name]], [[Bita|name]] and Bo [[Akapelwa Mwiya|name]]?
INT (for MM): Yes. Not [[Sitali|name]]'s cousin [[Lubinda|name]] - he tells [[Sitali|name]] everything.
(end of part; full transcript held by [[H. Bagnall|name]], typed [[24/10/2026|date]])
HB: Thank you, [[Mwangala|name]]. I will speak to [[Inonge|name]] at [[Westwood|school]] on [[27 October|date]] with Mrs
[[Pointon|name]].
"""),
]

DOCS_C += [
    ("contextual safeguarding panel minutes", """Moorlands Contextual Safeguarding Panel - [[26 November 2026|date]]
Item 3: [[Kieran Bourne|name]] ([[Knypersley|place]]), [[Jordan Salt|name]] ([[Biddulph|place]]), [[Ollie Rowley|name]]
([[Brown Lees|place]]). Locations: [[Biddulph|place]] bus stop, [[Knypersley|place]] pool, [[Hanley|place]] bus station.
Adult of concern: "[[Tayo|name]]" ([[Tayo Adeyemi|name]]?), flat in [[Burslem|place]], car [[MA19 RTU|vehicle]].
DS [[Carla Mountford|name]] to share. [[Sophie Myatt|name]] to see [[Ollie|name]]. [[Biddulph High|school]]: Mr [[Deakin|name]]
reports [[Kieran|name]] at 41% attendance. Next panel [[17/12/2026|date]].
Present: [[Tom Brindley|name]] (chair), DS [[Carla Mountford|name]], [[Sophie Myatt|name]] (Catch22), Mr [[Deakin|name]]
([[Biddulph High|school]]), [[Nadia Farooq|name]] (youth service), [[Jess Bailey|name]] (Biddulph Town Council - parks).
Actions: lighting at [[Knypersley|place]] pool ([[Jess|name]]); [[Millie Hancock|name]] to be seen ([[Sophie|name]]); check
[[Deji|name]] ([[Deji Ogunleye|name]]?) and a grey van [[YX20 PLN|vehicle]] seen at Biddulph Grange ([[Carla|name]]).
Also discussed: [[Callum Beech|name]] and [[Reece Moss|name]] ([[Mow Cop|place]]); [[Connor Beech|name]] ([[Leek|place]]), [[Callum|name]]'s
brother, known to DS [[Mountford|name]]. Minutes: [[Gill Harrop|name]].
"""),
    ("mother's voicemail transcribed", """voicemail from [[lisa bourne|name]], left [[29/11/26|date]] 01:14, typed by duty SW
"hiya its [[lisa|name]], [[kierans|name]] mum, hes not come home again, last seen at [[biddulph|place]] co op with [[ollie|name]].
i rang [[ollies|name]] mum [[dawn|name]] and shes not seen them. can someone ring me on [[07867 204 519|phone]]. i think hes in
[[tunstall|place]] or [[burslem|place]] with that [[tayo|name]]. sorry."
Duty SW [[Priya Nandra|name]] rang back 08:30 [[29/11|date]]. [[Kieran|name]] home at 07:45, taken by [[Ollie|name]]'s
dad [[Mick Rowley|name]] from [[Tunstall|place]]. Told [[Tom Brindley|name]] and PC [[Ridgway|name]]. [[Lisa|name]] says [[Wayne|name]]
is coming over from [[Kidsgrove|place]] to help.
[[Lisa|name]] rang again 10:05 from her work ([[01782 516 240|phone]]): [[Kieran|name]] asleep; [[Millie|name]] came round.
"""),
]

DOCS_D += [
    ("young carers' assessment form", """Cheadle Young Carers - Young Carer's Needs Assessment
Name: [[Ellie Plant|name]]   DOB: [[05/09/2014|dob]]   School: [[Woodhouse Academy|school]] ([[Biddulph|place]])
Address: [[4 Hot Lane|address]], [[Biddulph Moor|place]], [[ST8 7HP|postcode]]   Parent: [[Gemma Plant|name]]
Caring tasks: cooking, shopping at the [[Biddulph|place]] Co-op, getting mum up, looking after Biscuit the dog.
Support: nan [[Jackie Plant|name]] ([[Leek|place]]); family friend [[Tracey Lovatt|name]]; school pastoral Mrs [[Heler|name]].
Assessor: [[Naomi Fradley|name]], [[21/11/2026|date]]. Review [[20/2/27|date]].
[[Ellie|name]] in her own words: "I do tea and I check on mum. [[Macy|name]] and [[Lily-Mae|name]] know."
Plan: club on Tuesdays in [[Leek|place]] with [[Naomi|name]]; respite trip to [[Rudyard|place]] on [[12 December|date]]; [[Tracey|name]]
to have [[Ellie|name]] if mum is unwell. Copied: [[Ryan Lees|name]], Dr [[Ashworth|name]], Mrs [[Heler|name]].
Nan's address: [[9 Mount Road|address]], [[Leek|place]] [[ST13 6NA|postcode]]. [[Macy Lovatt|name]]'s mum [[Tracey|name]] also
at [[Knypersley|place]], tel [[07763 105 482|phone]].
"""),
    ("attendance letter", """[[Woodhouse Academy|school]], [[Station Road|address]], [[Biddulph|place]]
[[1 December 2026|date]]
Ms [[G Plant|name]], [[4 Hot Lane|address]], [[Biddulph Moor|place]] [[ST8 7HP|postcode]]
Dear Ms [[Plant|name]], [[Ellie|name]]'s attendance is 82%. Absences on [[3 Nov|date]], [[4 Nov|date]], [[24 Nov|date]].
We know [[Ellie|name]] helps at home. Please call Mrs [[Heler|name]] on [[01782 523 977|phone]]. Yours, [[P. Deakin|name]]
cc: [[Naomi Fradley|name]] (Cheadle Young Carers); [[Ryan Lees|name]] (Staffordshire Children's Services).
Meeting offered [[9 December|date]] at 9am at [[Biddulph Moor|place]] or at school. Our ref EP/Y8.
PS Mrs [[Heler|name]] will bring [[Ellie|name]]'s homework to [[Hot Lane|address]] on [[4 Dec|date]] with [[Naomi|name]].
"""),
]

DOCS_E += [
    ("mother's voice note transcribed", """voice note from [[Rachel Hine|name]] to OT [[Lucy Brough|name]], [[20/11/2026|date]] 03:12
"[[lucy|name]] sorry its 3am, [[oscar|name]]s been up since 1, [[mark|name]]s on nights in [[cheadle|place]]. [[maisie|name]]
had to hold his feed. i cant keep doing this. my mum [[val|name]] in [[wetley rocks|place]] is poorly. can crossroads
start sooner than the [[7th|date]]?"
...also [[maisie|name]] wants to go to [[amelia|name]]s in [[leek|place]] on saturday and i said yes. [[pete|name]] can
bring her back. [[ravi|name]] never rang me back. ok. sorry. night."
(transcribed by [[L. Brough|name]], [[20/11|date]])
[[Lucy|name]] replied [[20/11|date]] 08:40: "Hi [[Rachel|name]], I've rung [[Jo Sherratt|name]] and [[Ravi|name]]. Speak at 10."
"""),
    ("occupational therapist's home visit record", """OT home visit - [[Oscar HINE|name]], [[31 Cheadle Rd|address]],
[[Cheddleton|place]] - [[26/11/2026|date]] - [[L. Brough|name]]
Stairlift assessment. Dad [[Mark|name]] present; mum [[Rachel|name]] at [[Leek|place]] for [[Maisie|name]]'s appointment.
Grandad [[Pete Hine|name]] arrived 11am from [[Wetley Rocks|place]]. Hoist to be fitted by [[Dale Mosley|name]]. Equipment
delivered to [[Cheddleton|place]] Station car park by mistake on [[24/11|date]].
[[Oscar|name]] in his chair, smiling, watching Thomas on the iPad. Sister [[Maisie Hine|name]] (11) later home with
friend [[Amelia Goldstraw|name]]. Dad says [[Rachel|name]] "is on her knees". Shared with [[Ravi Chauhan|name]] and [[Jo Sherratt|name]];
review [[10/12/2026|date]]. Equipment ref: OH/[[CHEDDLETON|place]]/26.
[[Mark Hine|name]] mobile [[07521 803 664|phone]]. [[Rachel|name]] asked that [[Val|name]] and [[Pete|name]] be copied in.
"""),
]

DOCS_F += [
    ("health visitor's lower-case phone log", """hv log - [[alfie-jay|name]] - [[a. hulme|name]]
[[28/11|date]] rang [[chloe|name]] [[07512 336 981|phone]], [[jake|name]] out. says she's staying at her mums in [[tean|place]] weds-fri
[[29/11|date]] nan [[sue|name]] rang, worried [[jake|name]] owes money to "[[macca|name]]" ([[Liam McCall|name]]) from [[cheadle|place]]
[[30/11|date]] baby weighed at [[ipstones|place]] clinic, ok. [[chloe|name]]s friend [[becca|name]] with her
[[1/12|date]] [[ryan lees|name]] rang re core grp. [[sue mellor|name]] to attend. [[jake|name]] ok to come
[[2/12|date]] [[macca|name]] seen outside in car per [[sue|name]]. told [[ryan|name]] + pc [[tatton|name]]
[[3/12|date]] [[chloe|name]] + [[alfie-jay|name]] at [[sue|name]]s in [[upper tean|place]], [[becca|name]] there. all ok. [[a.hulme|name]]
"""),
    ("police intelligence log", """INTEL LOG (sanitised) - [[01/12/2026|date]]
Subject: [[GOODWIN, Jake|name]] DOB [[14/10/2003|dob]], [[2 Church Lane|address]], [[Ipstones|place]].
Associates: [[Liam McCall|name]] ([[Cheadle|place]]), [[Connor Beech|name]] ([[Leek|place]]). Seen in grey Corsa
[[BF17 XYG|vehicle]] at [[Froghall|place]] wharf [[27/11|date]]. Officer: PC [[Tatton|name]]. Shared with SW [[R. Lees|name]].
Further: [[McCALL, Liam|name]] DOB [[03/06/1999|dob]], [[Flat 4, 18 Queen Street|address]], [[Cheadle|place]] [[ST10 1BH|postcode]].
[[Jake|name]]'s partner [[Chloe Mellor|name]] and child ([[Alfie-Jay|name]]) at home address.
Mother-in-law [[Susan Mellor|name]], [[Tean|place]].
Vehicle [[BF17 XYG|vehicle]] registered to [[Connor Beech|name]]. Also seen [[29/11|date]] at [[Ipstones|place]] with [[McCall|name]].
Checked by Sgt [[Colclough|name]] on [[2/12|date]]; copy to DS [[Bloor|name]] at [[Leek|place]].
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 210 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 22:04 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "sgt", "sw", "hv", "nurse", "nan", "nanny", "gran",
           "mum", "dad", "uncle", "aunty", "ma", "bo", "mw"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "uk", "staffordshire", "zambia", "barotseland", "western province", "africa"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
