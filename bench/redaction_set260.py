"""Set 260: a held-out hand-written set for the redaction detector, six invented families in Wadhurst, Ticehurst and Burwash
(the High Weald of East Sussex), written in one short sitting.

Written on 2026-12-08 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as set 213 does), bench/README.md, tests/test_redaction_hand_sets.py, or bench/redaction_set258.py,
bench/redaction_set259.py, bench/redaction_set261.py and their tests (written by other helpers at the same time), that did not
run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What was
read: bench/redaction_set213.py (its docstring, its first two documents and its end: records, _PAIRS, NAME, _TITLES, _AFTER,
_NOT_PLACES, HandSet), tests/test_redaction_set213.py and tests/hand_set_checks.py in full, and the signature of
Records.party in bench/redaction_handwritten.py. The docstrings of bench/redaction_set7.py to bench/redaction_set257.py were
searched by script for the towns and for candidate communities, printing only the numbers of the sets that hit: Wadhurst,
Ticehurst, Burwash, Võro, Võru, Rõuge and Antsla hit none; "Estonian" hit sets 44 and 212. Phone numbers were checked with
the phonenumbers library and NHS numbers and UPNs (LA 845) made with python-stdnum in small snippets. Nobody may tune the
detector on this set: it is to be scored once. If a mistake in the gold marking is found after scoring, correct only the
marking and say so here.

Size: 24 documents, 921 gold spans, 525 of them names (about the 900 and 500 asked for), written in about twenty-five
minutes: the documents were written short and lengthened in three rounds.

Six families: a young white British mother in Sparrows Green, Wadhurst (Dunk / Apps; neglect, a baby's missed checks, a
violent boyfriend); a Võro family from Võru county in south-east Estonia in Burwash Weald (Raudsepp / Kuusk; domestic abuse
by a father visiting from Võru, a mother's message in Võro translated, a grandmother in Rõuge); a white British and Black
Caribbean boy of 15 in Ticehurst (Tester / Campbell; missing to Hastings, criminal exploitation); a young carer of 13 in
Burwash (Fuller; a mother with MS); a mother of 19 and her baby in Ticehurst (Hoad / Baker; perinatal depression, a
father's violence); and a boy of 10 in Stonegate with a father who drinks (Pennells). The community new to this set is the
Võro (Estonia): no earlier docstring searched names Võro or its towns (Estonian in general is not claimed as new). 24
documents, each with its own style label: a primary school safeguarding log, a nan's WhatsApp messages typed up, a health
visitor's home visit record, a child's own words, a police domestic abuse log, a mother's message in Võro translated, a
MARAC referral, a boy's worksheet in Estonian and English, a return home interview, a Snapchat chat typed up, a strategy
discussion minute, a mother's phone call note, a young carer's own writing, a social worker's phone notes, a young carers'
assessment, an OCR'd neurologist's letter (with its misreadings), a GP's email, a health visitor's new birth visit note, a
mother's Instagram messages typed up, child protection conference minutes, a police welfare check log, a school report
with upper-case names, an OCR'd letter from a father (with its misreadings) and family support notes.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration.
Phones are valid (phonenumbers), UK and foreign (Estonia +372); NHS numbers and UPNs pass their check digits. Towns,
villages and districts are real and marked as places; the surgeries, hospitals, colleges, charities and the football club
named are organisations and stay unmarked.

Markup and conventions: those of bench/redaction_set213.py, with the changes the brief sets for every new set: a pet's name
is NOT marked (no pet is named here; "the dog" stays unmarked); a month with its year, a season or feast with its year, and
a year alone ("in 2023") are NOT marked as dates; a named day of the year without a date written ("Christmas") is not
marked; a day with its month, with or without a year ("14 August", "9/10", "the l4th"), and dates of birth are marked as
before. Titles and kinship words stay outside a name (Mr, Mrs, Dr, PC, Nan, Uncle, and the Võro "imä", "esä", "vanaimä");
"SURNAME, First" is one span; usernames ("skitz_b", "jj_camp") are not marked; an age ("I3") is not a date; a month alone
("ApriI") is not a date; an OCR misreading keeps its kind.

Choices this set had to make: a street named alone is an address ("Old Station Close", "church street"); "Bewl Water" (a
reservoir) is a landmark and not marked; "Tunbridge Wells Hospital" and "Wadhurst Juniors" are organisations, unmarked;
an Estonian street address ("Jüri tn 14-3") is an address and its town a place; an Estonian registration ("412 BKM") is a
vehicle; "Burwashi" (Burwash with a Võro case ending) is one place span and "Priitule" (Priit with one) one name span;
"2moro" in a chat is not a date; "Sussex Police" and "East Sussex" are not places
(a force and a county).

Self-check without the detector: `python -m bench.redaction_set260` (and tests/test_redaction_set260.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Dunk / Apps family (white British), Sparrows Green, Wadhurst ---------------------------------------------------------

HOME_A = d.Address("9 Old Station Close", "Sparrows Green", "Wadhurst", "TN5 6TB")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Apps")], dt.date(2019, 5, 11), addresses=[HOME_A], ids=["3169973096", "W845207421991"],
       schools=["Wadhurst CE Primary School"]),
    _p("s", "sibling", [("Poppy", "Dunk")], dt.date(2026, 1, 20), addresses=[HOME_A], ids=["4614913016"]),
    _p("m", "mother", [("Kerry", "Dunk")], dt.date(1998, 2, 3), addresses=[HOME_A], phones=["07723 418 562"]),
], "c")

DOCS_A = [
    ("primary school safeguarding log", """WADHURST CE PRIMARY - SAFEGUARDING LOG (CPOMS export)
Pupil: [[APPS, Tyler|name]]   DOB [[11/05/2019|dob]]   UPN [[W845207421991|upn]]   NHS [[316 997 3096|nhs]]
Parent: [[Kerry Dunk|name]] (mum) [[07723 418 562|phone]], [[9 Old Station Close|address]], [[Sparrows Green|place]],
[[Wadhurst|place]] [[TN5 6TB|postcode]]

[[08/09/2026|date]]  [[Tyler|name]] late, 9.35. Mum said the car would not start. No PE kit again. Miss [[Gander|name]] (teacher) lent
some.
[[15/09/2026|date]]  [[Tyler|name]] hungry at break; told TA [[Lorraine Stapley|name]] "[[Poppy|name]] had the last bread".
[[22.9.26|date]]  Head lice. Letter home. Mum's friend [[Stacey Weller|name]] from [[Durgates|place]] collected him.
[[1 Oct|date]]  HV [[Joanne Tulley|name]] rang: baby [[Poppy Dunk|name]] missed her 8 month review and two jabs.
[[6th October 2026|date]]  [[Tyler|name]] said mum's boyfriend "[[Macca|name]]" shouted and threw the hoover. DSL
[[Helen\nMorphew|name]]
referred to the SPoA. SW [[Ruth Okonedo|name]] allocated on [[9/10|date]].
[[13/10/2026|date]]  [[Macca|name]] = [[Lee McAllister|name]], per mum. Seen collecting in a white van [[GN17 WKU|vehicle]].
[[3/11/26|date]]  [[Tyler|name]] stayed at nan's in [[Mayfield|place]] for half term (Nan [[Sandra Dunk|name]],
[[4 Fletching Street|address]], [[Mayfield|place]] [[TN20 6TE|postcode]]).
[[10/11/2026|date]]  [[Tyler|name]] and his friend [[Archie Hemsley|name]] fought in the line; [[Tyler|name]] bit [[Archie|name]].
Mr [[Colvin|name]] spoke to both boys.
[[24/11/2026|date]]  Home visit by [[Helen Morphew|name]]: no answer at [[Old Station Close|address]]. Neighbour Mrs
[[Pauline Akehurst|name]] at [[no. 11|address]] said mum had gone to [[Tunbridge Wells|place]] with [[Macca|name]].
[[1/12/2026|date]]  Mum rang from [[07723 418 562|phone]]: [[Tyler|name]] has sickness. [[Tyler|name]] back [[3/12|date]], said he was
at "Uncle [[Deano|name]]'s in [[Crowborough|place]]". Mum: [[Deano|name]] is [[Dean Dunk|name]], her brother.
[[4/12/2026|date]]  [[Tyler|name]] told Mrs [[Jukes|name]] (learning mentor) that [[Macca|name]]'s friend "[[Big Si|name]]"
([[Simon Tann|name]])
sleeps on the sofa too. [[Tyler|name]]'s friend [[Archie|name]]'s mum, Mrs [[Hemsley|name]], will not let [[Archie|name]] go to tea.
[[7/12/2026|date]]  Core group at [[Wadhurst|place]] library. [[Kerry|name]] came with [[Stacey|name]]; [[Lee McAllister|name]] did not.
[[8/12/2026|date]]  Mrs [[Stapley|name]] saw [[Kerry|name]] and [[Poppy|name]] at the [[Sparrows Green|place]] shop; [[Poppy|name]] in a
coat at last. [[Tyler|name]] asked if nan [[Sandra|name]] can come to the carol service on the [[16th|date]].
[[9/12/2026|date]]  Nan rang from [[01435 873 204|phone]]: [[Tyler|name]] can stay in [[Mayfield|place]] from the [[18th|date]] to
[[2 Jan|date]].
"""),
    ("nan's whatsapp messages typed up by the social worker", """WhatsApp from [[Sandra Dunk|name]] (nan) to SW [[Ruth Okonedo|name]],
copied [[26/11/26|date]]

[[22/11/2026|date]], 18:40 - [[sandra|name]]: hiya its [[sandra|name]] [[tylers|name]] nan. been to [[kerrys|name]] at
[[sparrows green|place]] its
filthy again
[[22/11/2026|date]], 18:42 - [[sandra|name]]: [[poppy|name]] in the same babygro as thurs. [[macca|name]] asleep on the settee
[[22/11/2026|date]], 18:55 - [[sandra|name]]: ive took [[ty|name]] back to mine in [[mayfield|place]] for tonight. will run him to
school
[[23/11/2026|date]], 08:20 - [[sandra|name]]: dropped him. his teacher miss [[gander|name]] was on the gate
[[23/11/2026|date]], 17:05 - [[sandra|name]]: [[stacey|name]] says [[macca|name]] is dealing from his mates flat in [[wadhurst|place]]
by the
co op
[[24/11/2026|date]], 09:12 - [[sandra|name]]: landline is [[01435 873 204|phone]]. my neighbour [[val|name]] at [[no 6|address]] will
vouch
[[25/11/2026|date]], 12:30 - [[sandra|name]]: [[kez|name]] wont answer. [[tyler|name]] says [[macca|name]] was back last night
[[25/11/2026|date]], 12:33 - [[sandra|name]]: [[maccas|name]] brother [[ryan mcallister|name]] was there too. [[ryan|name]] drives a
grey corsa
[[26/11/2026|date]], 07:50 - [[sandra|name]]: [[deano|name]] and his girlfriend [[kels|name]] said they can have [[ty|name]] at
[[crowborough|place]]
[[26/11/2026|date]], 07:52 - [[sandra|name]]: or my sister [[jan|name]] in [[heathfield|place]] x
[[27/11/2026|date]], 10:14 - [[sandra|name]]: [[ruth|name]] can u ring me. [[kerry|name]] says im stirring. im not
[[27/11/2026|date]], 10:15 - [[sandra|name]]: [[val|name]] will sit with [[poppy|name]] if [[kez|name]] goes to the doctors in
[[wadhurst|place]]
[[28/11/2026|date]], 19:02 - [[sandra|name]]: [[macca|name]] was in the [[wadhurst|place]] coop car park in the van again
[[gn17 wku|vehicle]]
"""),
    ("health visitor's home visit record", """HV CONTACT - [[Poppy Dunk|name]] (DOB [[20/01/2026|dob]], NHS [[461 491 3016|nhs]])
HV: [[Joanne Tulley|name]], Wadhurst Health Visiting Team   Date: [[27/11/2026|date]] 10:15
Address: [[9 Old Station Close|address]], [[Wadhurst|place]] [[TN5 6TB|postcode]]
Present: mother [[Kerry Dunk|name]], [[Poppy|name]], maternal nan [[Sandra|name]] (arrived 10.40).
[[Poppy|name]] 10 months. Weight dropped from the 50th to the 25th centile since [[14 August|date]]. Nappy rash. Bottle of
cold formula on the floor. Two dogs; dog mess in the kitchen. [[Kerry|name]] tearful, says [[Lee|name]] ("[[Macca|name]]") stays most
nights. Discussed safe sleep: [[Poppy|name]] sleeps in the big bed with [[Kerry|name]] and [[Lee|name]]. GP: Dr [[Farooqi|name]],
Wadhurst Medical Group. Immunisations booked for [[4/12|date]] with practice nurse [[Bev|name]]. [[Tyler|name]] at school. Told
[[Kerry|name]] I will share with SW [[Ruth Okonedo|name]]. Next visit [[11 December|date]].
Safeguarding supervision with [[Amanda Gurr|name]] on [[1/12|date]]: agreed [[Poppy|name]] to be weighed weekly at [[Wadhurst|place]]
clinic; [[Kerry|name]] to bring [[Poppy|name]]'s red book. Neighbour Mrs [[Akehurst|name]] offered to drive [[Kerry|name]].
Home conditions discussed with [[Kerry|name]] and her friend [[Stacey Weller|name]] (who arrived 11.05, lives [[Durgates|place]]).
Next contacts: [[4/12|date]] (jabs, [[Wadhurst|place]]), [[11/12|date]] (home), [[8/01/2027|date]] (review, [[Sparrows Green|place]]).
"""),
    ("child's own words written with the learning mentor", """my three houses by [[tyler|name]] age 7 (with Mrs [[Jukes|name]])

house 1 is mums in [[wadhurst|place]]. it is messy and [[poppy|name]] cries. [[macca|name]] is loud
house 2 is nanny [[sandra|name]]s in [[mayfield|place]]. she has a cat and hot dinners
house 3 is uncle [[deano|name]]s in [[crowborough|place]] he has a xbox and [[jake|name]] my cusin
i want to live at nannys with [[poppy|name]] and [[archie|name]] can come for tea
my wish is [[macca|name]] goes away
the people who help me are mrs [[jukes|name]] and mr [[colvin|name]] and nanny and [[ruth|name]] the social worker
[[stacey|name]] is mums frend and she has a trampoline
we went to [[hastings|place]] on the train on the [[30th|date]] with nanny
"""),
]


# --- B. Raudsepp / Kuusk family (Võro, from Võru county, Estonia), Burwash Weald ----------------------------------------------

HOME_B = d.Address("3 Spring Lane", "Burwash Weald", "Etchingham", "TN19 7LB")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Mattias", "Kuusk")], dt.date(2017, 6, 23), addresses=[HOME_B], ids=["4899985665", "G845222419896"],
       schools=["Burwash CE Primary School"]),
    _p("m", "mother", [("Kadri", "Raudsepp")], dt.date(1990, 9, 14), addresses=[HOME_B], phones=["07841 206 937"]),
    _p("f", "father", [("Tõnis", "Kuusk")], dt.date(1986, 1, 30), phones=["+372 5621 4083"]),
], "c")

DOCS_B = [
    ("police domestic abuse log", """SUSSEX POLICE - DOMESTIC ABUSE INCIDENT   Ref 47261108392   [[08/11/2026|date]] 23:48
Location: [[3 Spring Lane|address]], [[Burwash Weald|place]], [[TN19 7LB|postcode]]
Victim: [[RAUDSEPP, Kadri|name]] (DOB [[14/09/1990|dob]]), [[07841 206 937|phone]]   Suspect: [[KUUSK, Tõnis|name]]
(DOB [[30/01/1986|dob]]), no fixed UK address, Estonian mobile [[+372 5621 4083|phone]]
Child present: [[Mattias KUUSK|name]] (9). Attending: PC [[Holloway|name]] 2214 and PC [[Ames|name]] 1880.
Neighbour Mr [[Graham Pont|name]] ([[no. 5|address]]) called 999 hearing screaming. On arrival [[Kadri|name]] had a cut lip.
She said [[Tõnis|name]] came from [[Võru|place]] on [[2/11|date]], had been drinking in [[Burwash|place]] and at the Bear, and
hit her when she said she wanted him to go. [[Mattias|name]] hid in his room with the family's dog. Suspect left before
arrival in a silver Skoda, Estonian plates [[412 BKM|vehicle]]; later stopped on the A265 at [[Heathfield|place]] by PC [[Okafor|name]].
DASH: high. [[Kadri|name]]'s sister [[Kristiina Raudsepp|name]] (in [[Hastings|place]], [[07896 441 302|phone]]) came to sit with them.
Interpreter not needed; [[Kadri|name]] speaks good English, [[Mattias|name]] too. Referral to MARAC and to children's services.
Officer's note [[09/11/2026|date]] 02:30: [[Tõnis Kuusk|name]] interviewed at [[Eastbourne|place]] custody with an Estonian
interpreter, [[Marko Sepp|name]]. He gave his address as his parents' in [[Vastseliina|place]]. Bailed not to go to
[[Spring Lane|address]].
Follow-up [[10/11/2026|date]]: [[Kadri Raudsepp|name]] seen by DC [[Fairhall|name]] at [[Burwash|place]]. Photos of injuries taken.
Previous: [[17/08/2026|date]] verbal argument, [[Burwash|place]] High Street; [[03/10/2026|date]] call from [[Kadri|name]]'s
work at a farm near [[Etchingham|place]], no crime.
"""),
    ("mother's message in Võro translated by an interpreter", """Sõnum [[Kadri|name]] imäle ([[Helju Raudsepp|name]], [[Rõuge|place]]),
WhatsApp
[[10/11/2026|date]], translated from Võro by [[Liis Tamm|name]] (interpreter) for SW [[Marcus Edeh|name]]

Original: "Tere imä. [[Tõnis|name]] tull' [[Burwashi|place]] ja lei minno. [[Mattias|name]] näkk' kõkkõ. Politsei tull'. Ma olõ
hirmul. Helistä mullõ [[+372 5384 2719|phone]] pääl, vai [[Kristiina|name]] numbri pääl."

Translation: "Hello mum. [[Tõnis|name]] came to [[Burwash|place]] and hit me. [[Mattias|name]] saw everything. The police came.
I am frightened. Ring me on [[+372 5384 2719|phone]], or on [[Kristiina|name]]'s number."
Interpreter's note: "imä" is mum; "[[Burwashi|place]]" is [[Burwash|place]] with a Võro ending. The +372 number is
[[Helju|name]]'s own phone in [[Rõuge|place]], near [[Võru|place]]; [[Kadri|name]] uses it when her UK credit runs out.
Reply from [[Helju|name]] the same day (translated): "My girl, come home to [[Rõuge|place]] with [[Mattias|name]]. Your brother
[[Priit|name]] can fetch you from [[Tallinn|place]]. Do not tell [[Tõnu|name]]." [[Kadri|name]] told SW [[Marcus Edeh|name]] she will
stay.
[[Kadri|name]]'s message ends: "Tervidse [[Priitule|name]]" (love to [[Priit|name]]) - her brother in [[Põlva|place]].
Interpreter's address for invoices: [[Liis Tamm|name]], [[22 Mount Pleasant Road|address]], [[Hastings|place]] [[TN34 3SB|postcode]].
"""),
    ("MARAC referral form", """MARAC REFERRAL - East Sussex   Date: [[12/11/2026|date]]   Referrer: IDVA [[Sophie Lingard|name]]
Victim: [[Kadri Raudsepp|name]], DOB [[14.09.1990|dob]], [[3 Spring Lane|address]], [[Burwash Weald|place]] [[TN19 7LB|postcode]]
Perpetrator: [[Tõnis Kuusk|name]] ("[[Tõnu|name]]"), DOB [[30.01.1986|dob]], home address in Estonia:
[[Jüri tn 14-3|address]], [[Võru|place]]
Children: [[Mattias Kuusk|name]] ([[23/06/2017|dob]]), [[Burwash CE Primary|school]]
History: [[Kadri|name]] and [[Tõnis|name]] met in [[Antsla|place]]; came to England together and worked at a farm near
[[Robertsbridge|place]]. He went home after an assault in 2023 (see police log). Returns for visits. Threatened to take
[[Mattias|name]] to his grandparents ([[Aino|name]] and [[Ants Kuusk|name]]) in [[Vastseliina|place]].
Risk: strangulation reported by [[Kadri|name]] to her GP Dr [[Whitcombe|name]]. [[Kadri|name]]'s new friend from work,
[[Becky Frewin|name]], now lets her stay at [[12 Vicarage Road|address]], [[Burwash|place]] when [[Tõnu|name]] is around.
Actions: IDVA [[Sophie Lingard|name]] to fit a doorbell camera at [[3 Spring Lane|address]]; school (Mrs [[Pettit|name]], DSL
[[Anita Coomber|name]]) to know [[Tõnis|name]] must not collect [[Mattias|name]]; police flag on [[Kadri|name]]'s phone
[[07841 206 937|phone]].
Other agencies: GP Dr [[Whitcombe|name]]; HV not involved; school nurse [[Mel Hyde|name]]; SW [[Marcus Edeh|name]].
Next MARAC: [[14/01/2027|date]]. [[Kadri|name]]'s safe number: [[07841 206 937|phone]]; her mother's: [[+372 5384 2719|phone]].
"""),
    ("boy's worksheet in Estonian and English, scanned", """[[Burwash CE Primary|school]] - Year 5 - "Minu pere / My family" -
[[Mattias K.|name]]

Minu imä om [[Kadri|name]]. My mum is [[Kadri|name]] she works at the farm shop in [[burwash|place]]
My esä is [[Tõnis|name]]. He lives in [[Võru|place]] and he shouts
My vanaimä [[Helju|name]] has a sauna in [[Rõuge|place]] and lots of apple trees
My best friend is [[Oscar|name]] and my teacher is Mrs [[Pettit|name]]
When I am big I will live in [[Etchingham|place]] or [[Võru|place]] and have a dog like [[Oscar|name]]'s
[[Mattias|name]] drew his vanaimä [[Helju|name]], his uncle [[Priit|name]] and the cat.
I went to [[Võru|place]] on the [[4th of August|date]] and to [[Tartu|place]] on the train
"""),
]


# --- C. Tester / Campbell family (white British and Black Caribbean), Steellands Rise, Ticehurst -----------------------------

HOME_C = d.Address("27 Steellands Rise", "Ticehurst", "Wadhurst", "TN5 7DH")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Jayden", "Campbell")], dt.date(2011, 3, 29), addresses=[HOME_C], ids=["5650390398", "E845219117245"],
       schools=["Uplands Academy"]),
    _p("m", "mother", [("Leanne", "Tester")], dt.date(1985, 7, 8), addresses=[HOME_C], phones=["07958 312 604"], ids=["JN 72 41 06 B"]),
], "c")

DOCS_C = [
    ("return home interview", """RETURN HOME INTERVIEW   Young person: [[CAMPBELL, Jayden|name]]   DOB [[29/03/2011|dob]]   NHS
[[565 039 0398|nhs]]
Missing from [[27 Steellands Rise|address]], [[Ticehurst|place]] [[TN5 7DH|postcode]] [[14/11/2026|date]] 16:00 to [[16/11/2026|date]]
11:20
Found by BTP at [[St Leonards|place]] station with [[Kaden Wratten|name]] (17) and an older male known as "[[Skitz|name]]".
Interviewer: [[Becca Newnham|name]] (Missing Service)   Mum: [[Leanne Tester|name]] [[07958 312 604|phone]]
[[Jayden|name]] ("[[JJ|name]]") said he went to [[Hastings|place]] to see his dad [[Marlon Campbell|name]] who lives on
[[Ore Valley|place]], but his dad was not in so he stayed at "[[Kaden|name]]'s cousin's" in [[Hollington|place]]. He would not
say whose flat. He had £140 and two phones. He said [[Skitz|name]] is "just a mate from [[Bexhill|place]]". [[Jayden|name]] said he
is scared of a lad called [[Tyrese|name]]. Mum's partner [[Gary Baldock|name]] picked him up in his van [[KX19 HZA|vehicle]].
[[Jayden|name]] wants to stay at his nan's (Nan [[Pearl Campbell|name]], [[Malvern Way|address]], [[Hastings|place]]).
[[JJ|name]] said his old friend [[Callum Eade|name]] from [[Ticehurst|place]] "got out of it" and that he wants to too. He named
[[Kaden|name]]'s girlfriend [[Lily-Ann|name]] and a "[[Mikey T|name]]" from [[St Leonards|place]]. Next RHI with [[Becca|name]] on
[[21/11|date]].
Mum [[Leanne|name]] and [[Gary Baldock|name]] were told of the NRM referral by SW [[Femi Adeyemi|name]] on [[17/11|date]].
Follow-up [[21/11/2026|date]]: seen at [[Uplands|school]], [[Wadhurst|place]]; dad's flat [[Flat 3, 9 Tower Road|address]],
[[Hastings|place]].
"""),
    ("snapchat chat typed up for the strategy meeting", """Snapchat screenshots from [[Jayden|name]]'s phone, typed up by PC
[[Dann|name]], [[17/11/26|date]]

skitz_b: yo [[jj|name]] u comin down [[hastings|place]] 2day
jj_camp: cant mum took my bus money lol
skitz_b: ill send [[kadz|name]] to get u from [[ticehurst|place]] at the bus stop by the [[church street|address]] shop
jj_camp: ok bet. tell [[tyrese|name]] im sorry bout the ting
skitz_b: [[tyrese|name]] not happy. u owe 3 bags
jj_camp: i got it at nans ill bring it
k.wratt07: outside [[ticehurst|place]] now where u at
jj_camp: by the pub. dont let [[gaz|name]] see
skitz_b: meet [[lukey|name]] at [[ore|place]] then [[hollington|place]] after
skitz_b: [[lukey|name]] says [[kadz|name]] got nicked in [[bexhill|place]] lol
jj_camp: fr? ill ask [[lily|name]]
jj_camp: u seen [[callum|name]]? he moved to [[battle|place]]
skitz_b: [[battle|place]] 2moro then [[wadhurst|place]] by the [[uplands|school]] gates 3pm
"""),
    ("strategy discussion minute", """STRATEGY DISCUSSION - [[18 November 2026|date]] - Chair: [[Dawn Cheesman|name]] (TM, Child
Exploitation)
Present: SW [[Femi Adeyemi|name]]; DS [[Rowlands|name]] (Sussex Police); [[Becca Newnham|name]] (Missing); DSL [[Craig\nLatter|name]]
([[Uplands|school]]); school nurse [[Mel Hyde|name]].
Child: [[Jayden Campbell|name]], [[29.03.2011|dob]], UPN [[E845219117245|upn]], of [[Steellands Rise|address]], [[Ticehurst|place]].
Mother [[Leanne Tester|name]], NI [[JN 72 41 06 B|ni]]. Father [[Marlon Campbell|name]], [[Hastings|place]].
Police: [[Skitz|name]] is [[Brandon Skinner|name]] (19), linked to a line run from [[Bexhill|place]] into [[Battle|place]] and
[[Wadhurst|place]]. [[Kaden Wratten|name]] lives in [[Flimwell|place]] with his mum [[Tasha|name]].
School: [[JJ|name]]'s attendance 61%; seen with [[Lucas Dengate|name]] ("[[Lukey|name]]") in [[Ticehurst|place]] at lunch.
[[Leanne|name]]: "I can't lock him in". Her partner [[Gary|name]] has taken [[Jayden|name]]'s second phone.
Outcome: s47 and NRM referral. Next meeting [[2 December|date]]. [[Latter|name]] to share the [[15th|date]] incident log.
Actions: SW [[Femi Adeyemi|name]] to see [[Jayden|name]] at nan [[Pearl Campbell|name]]'s in [[Hastings|place]] by [[25/11|date]]; DS
[[Rowlands|name]] to speak to [[Kaden Wratten|name]]'s mother [[Natasha Wratten|name]]; [[Mel Hyde|name]] to offer a health review.
Note by [[Latter|name]]: [[Jayden|name]] and [[Lucas|name]] were seen at [[Etchingham|place]] station by a parent, Mrs
[[Honeysett|name]].
Police intelligence: vehicle [[LV16 PTE|vehicle]] seen at [[Flimwell|place]] and [[Hurst Green|place]] on [[12/11|date]] and
[[13/11|date]].
"""),
    ("mother's phone call note", """Phone call from [[Leanne Tester|name]] ([[07958 312 604|phone]]) - [[29/11/2026|date]] 22:10 - EDT
worker [[Nadia Pryce|name]]
[[Leanne|name]] says [[Jayden|name]] has not come home since school. Last seen by her neighbour [[Carol Hoath|name]] getting into a
black car by the [[Ticehurst|place]] village hall. [[Leanne|name]] rang [[Marlon|name]] in [[Hastings|place]]: not there. Nan
[[Pearl|name]]
not answering ([[01424 718 352|phone]]). [[Leanne|name]] thinks he is with [[Kaden|name]] in [[Flimwell|place]] or at
[[Brandon|name]]'s.
Advised to report to police on 101; ref given [[30/11|date]] 00:15. [[JJ|name]] found [[30/11/2026|date]] 09:40 at [[Etchingham|place]]
station.
[[Leanne|name]] also gave the number of [[Gary|name]]'s sister [[Tracey Baldock|name]] in [[Wadhurst|place]] ([[07841 552 906|phone]]).
Copied to DS [[Rowlands|name]] and to [[Becca Newnham|name]] (Missing Service).
[[Leanne|name]] rang back [[30/11/2026|date]] 10:05 from [[07958 312 604|phone]] to say thank you.
"""),
]


# --- D. Fuller family (white British), Strand Meadow, Burwash: a young carer --------------------------------------------------

HOME_D = d.Address("6 Strand Meadow", "Burwash", "Etchingham", "TN19 7BS")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Millie", "Fuller")], dt.date(2013, 10, 2), addresses=[HOME_D], ids=["2204789062", "G845285316258"],
       schools=["Heathfield Community College"]),
    _p("s", "sibling", [("Alfie", "Fuller")], dt.date(2020, 4, 15), addresses=[HOME_D]),
    _p("m", "mother", [("Sarah", "Fuller")], dt.date(1984, 12, 1), addresses=[HOME_D], phones=["01435 882 719"]),
], "c")

DOCS_D = [
    ("young carer's own writing for her assessment", """all about me by [[Millie Fuller|name]] age 13

i live in [[burwash|place]] with my mum [[sarah|name]] and my little brother [[alfie|name]] who is 6. mum has MS and some days
she cant get out of bed so i do [[alfies|name]] breakfast and walk him to school then get the bus to [[heathfield|place]]
my dad [[Wayne|name]] lives in [[Eastbourne|place]] with [[Kirsty|name]] and the twins. i see him every other sunday
my best friends are [[Isla|name]] and [[Maisie-Jo|name]]. [[isla|name]] lives in [[burwash common|place]] and her mum [[Jo|name]] gives
me
lifts. i love drama and mrs [[bristow|name]] says i could be in the play but rehearsals are tuesdays and i have to get [[alfie|name]]
my nan [[Margaret|name]] used to help but she moved to [[Bexhill|place]]. i get tired and sad. i want mum to be ok
when i grow up i want to be an actor or a nurse like [[kath|name]]. my drama teacher is called mrs [[bristow|name]] from
[[tunbridge wells|place]]
my nan [[margaret|name]] phones on sundays and says im a good girl
i want to go to drama on tuesdays at [[heathfield|place]] and to [[eastbourne|place]] for dads on sundays
"""),
    ("social worker's quick notes typed on a phone", """notes [[Millie F|name]] - [[25/11|date]] - typed in car outside
[[Strand Meadow|address]]

- mum [[Sarah|name]] in bed at 4pm, district nurse [[Kath|name]] just left
- [[millie|name]] cooking fish fingers for [[alf|name]], both ok, house tidy-ish
- [[Wayne Fuller|name]] (dad) not paying, lives [[Hampden Park|place]], [[Eastbourne|place]] - ph [[07760 215 849|phone]]
- nan [[Margaret Coppard|name]] in [[Bexhill|place]], might have [[Alfie|name]] sat nights
- Young Carers worker [[Tash|name]] from Carers Hub to ring mum on [[01435 882 719|phone]]
- [[Millie|name]]'s NHS [[220 478 9062|nhs]], GP Dr [[Okoro|name]] at [[Heathfield|place]]
- school: Heathfield Community College, head of year Mr [[Dyball|name]]
- [[isla|name]]'s mum [[Jo Wickens|name]] ([[Burwash Common|place]]) does lifts Mon/Wed
- [[alfie|name]]'s teacher Miss [[Corke|name]] at [[Burwash CE Primary|school]] says he is often late
- next visit [[9/12|date]] with [[Natasha Gurr|name]]
- dad [[wayne|name]] says [[kirsty|name]] wont have [[alfie|name]] overnight
- visit planned [[16/12|date]], [[Burwash|place]]; ring dad [[07760 215 849|phone]] before
"""),
    ("young carers' assessment summary", """YOUNG CARERS ASSESSMENT - East Sussex Carers Hub   Completed [[2/12/2026|date]]
Young carer: [[FULLER, Millie|name]]   DOB [[02/10/2013|dob]]   UPN [[G845285316258|upn]]
Address: [[6 Strand Meadow|address]], [[Burwash|place]], [[Etchingham|place]] [[TN19 7BS|postcode]]   Tel [[01435 882 719|phone]]
Cared-for: mother [[Sarah Fuller|name]] (relapsing MS). Also helps with brother [[Alfie Fuller|name]] ([[15/04/2020|dob]]).
Worker: [[Natasha Gurr|name]]. [[Millie|name]] does about 25 hours a week of care: meals, meds, [[Alfie|name]]'s school run.
She has missed 14 sessions since [[1 September|date]]. [[Sarah|name]] says [[Millie|name]] is "my rock". Father [[Wayne|name]] in
[[Eastbourne|place]]; partner [[Kirsty Lusted|name]]. Maternal grandmother [[Margaret Coppard|name]] lives [[41 Sea Road|address]],
[[Bexhill|place]]. Plan: respite on Tuesdays so [[Millie|name]] can go to drama with Mrs [[Bristow|name]]; a carers' group in
[[Heathfield|place]]; an OT visit for [[Sarah|name]] from [[Claire Daish|name]].
[[Millie|name]]'s friends [[Isla Wickens|name]] and [[Maisie-Jo Pelling|name]] came to the group taster in [[Heathfield|place]]
on [[28/11|date]]. [[Wayne Fuller|name]] agreed to have [[Alfie|name]] every other weekend at [[Hampden Park|place]].
Signed: [[Natasha Gurr|name]], Young Carers Worker. Seen and agreed: [[Sarah Fuller|name]], [[Millie Fuller|name]].
Review date: [[3/03/2027|date]]. Copy to school ([[Heathfield|place]]) and GP.
"""),
    ("OCR'd letter from the neurologist, with misreadings", """Conquest Hospita1, Neuro1ogy Outpatients
The Ridge, [[St Leonards-on-Sea|place]]
Date: [[2l November 2O26|date]]
Dear Dr [[0koro|name]],
Re: Mrs [[Sarah Fu11er|name]], DOB [[Ol/l2/l984|dob]], [[6 Strand Meadow|address]], [[Burwash|place]] [[TNl9 7BS|postcode]]
I saw Mrs [[Fu1ler|name]] in c1inic on [[l9/ll/2O26|date]] with her daughter [[Mil1ie|name]], who had missed schoo1 to come.
Mrs [[Fuller|name]] has had two re1apses since ApriI. I have referred her to our MS nurse [[Gi11ian Tye|name]].
I am concerned that [[Mi11ie|name]] (I3) is her main carer. P1ease see her brother [[A1fie|name]] is a1so in the home.
Yours sincere1y, Dr [[Rajesh Nair|name]], Consu1tant Neuro1ogist
cc: [[Sarah Ful1er|name]]; Dr [[Okoro|name]], Heathfie1d Surgery; SW [[Nata5ha Gurr|name]]
Enc: MS nurse referra1 for Mrs [[Fu1ler|name]] ([[Gil1ian Tye|name]], Conquest Hospita1).
Next c1inic: [[O4/O2/2O27|date]].
"""),
]


# --- E. Hoad / Baker family (white British), Lower Platts, Ticehurst: a young mother and her baby ---------------------------

HOME_E = d.Address("2 Lower Platts", "Ticehurst", "Wadhurst", "TN5 7BN")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Ruby-Mae", "Baker")], dt.date(2026, 8, 30), addresses=[HOME_E], ids=["7791537451"]),
    _p("m", "mother", [("Shannon", "Hoad")], dt.date(2007, 4, 17), addresses=[HOME_E], phones=["07412 660 185"]),
    _p("f", "father", [("Connor", "Baker")], dt.date(2004, 2, 9), phones=["07896 114 523"]),
], "c")

DOCS_E = [
    ("GP's email to the social worker", """From: Dr [[Hannah Ellery|name]] <[[hannah.ellery@nhs.net|email]]>
To: [[Femi Adeyemi|name]] <[[femi.adeyemi@eastsussex.gov.uk|email]]>
Sent: [[20/11/2026|date]] 13:02
Subject: [[Shannon Hoad|name]] and baby [[Ruby-Mae|name]]

Hi [[Femi|name]], I saw [[Shannon|name]] (DOB [[17/04/2007|dob]]) today at Ticehurst Surgery with [[Ruby-Mae Baker|name]]
(DOB [[30/08/2026|dob]], NHS [[779 153 7451|nhs]]). [[Shannon|name]] scored high on the PHQ-9 and talked about "not
wanting to be here". She has stopped her sertraline. Her mum [[Debbie Hoad|name]] ([[Lower Platts|address]]) is doing
most night feeds. [[Connor|name]] ([[Connor Baker|name]]), the dad, is back on the scene and was in the car park in a black
Fiesta [[HV67 OXT|vehicle]]. Perinatal mental health team ([[Grace Ubah|name]]) have been asked to see her this week.
Best wishes, [[Hannah|name]]
PS [[Shannon|name]]'s friend [[Chloe|name]] came in with her and said she will stay at [[Lower Platts|address]] this weekend.
[[Hannah Ellery|name]], Salaried GP, Ticehurst Surgery
Next appointment at the surgery [[27/11/2026|date]]; [[Shannon|name]]'s phone [[07412 660 185|phone]].
"""),
    ("health visitor's new birth visit note", """NEW BIRTH VISIT - [[Ruby-Mae Baker|name]] - [[12/09/2026|date]] - HV
[[Joanne Tulley|name]]
At maternal grandmother's, [[2 Lower Platts|address]], [[Ticehurst|place]] [[TN5 7BN|postcode]].
Mother [[Shannon|name]] (19) and grandmother [[Debbie|name]] present. Born at Tunbridge Wells Hospital, [[Pembury|place]],
at 38 weeks. Father [[Connor|name]] "not around" - lives with his mum in [[Hurst Green|place]]. [[Shannon|name]]'s older sister
[[Jess|name]] ([[Jessica Hoad|name]]) visits from [[Flimwell|place]]. [[Shannon|name]] left college in [[Hastings|place]] last year.
Feeding well. [[Ruby|name]]'s cot in [[Shannon|name]]'s room. Family dog. [[Shannon|name]]'s phone [[07412 660 185|phone]].
Plan: next visit [[26/09/2026|date]]. [[Debbie|name]]'s partner [[Phil Coker|name]] also lives there. [[Connor|name]]'s number
for the record: [[07896 114 523|phone]].
[[Shannon|name]] wants her sister [[Jess|name]] and her friend [[Chloe Relf|name]] to be at the next visit.
Weighed at [[Ticehurst|place]] clinic [[19/09|date]] and [[3/10|date]]: gaining.
"""),
    ("mother's instagram messages typed up", """messages [[shannon hoad|name]] to her mate [[chlo|name]], shown to SW by [[chloe|name]]
[[28/11|date]]

[[shannon|name]]: [[con|name]] turned up again at mums in [[ticehurst|place]] at 2am shouting
[[chlo|name]]: omg is [[ruby|name]] ok
[[shannon|name]]: yeh mum got her. he smashed the wing mirror on [[debs|name]] car
[[chlo|name]]: u need to ring the police babe. my [[aaron|name]] said he saw [[con|name]] in [[hurst green|place]] off his head
[[shannon|name]]: i cant hes [[rubys|name]] dad. his mum [[tina|name]] will go mad
[[shannon|name]]: i dont feel right [[chlo|name]]. i sit in the bath and cry
[[chlo|name]]: im coming over from [[wadhurst|place]] now x
[[chlo|name]]: [[aaron|name]] says [[con|name]] is at his mate [[dillons|name]] in [[robertsbridge|place]]
[[shannon|name]]: good. dont tell [[tina|name]]
[[chlo|name]]: shall i get [[jess|name]] to come from [[flimwell|place]] 2
[[shannon|name]]: hes in [[hurst green|place]] at his mums [[6 london road|address]]
"""),
    ("child protection conference minutes", """INITIAL CHILD PROTECTION CONFERENCE - [[4 December 2026|date]] - Chair:
[[Imogen Sayers|name]]
Child: [[BAKER, Ruby-Mae|name]] ([[30/08/2026|dob]]). Mother [[Shannon Hoad|name]] ([[17.04.2007|dob]]); father [[Connor Baker|name]]
([[09/02/2004|dob]], [[07896 114 523|phone]]), [[Hurst Green|place]].
Present: SW [[Femi Adeyemi|name]]; HV [[Joanne Tulley|name]]; GP letter (Dr [[Ellery|name]]); PC [[Oyelaran|name]]; maternal
grandmother [[Debbie Hoad|name]]; [[Shannon|name]] with advocate [[Rhian Moss|name]].
Police: two call-outs to [[Lower Platts|address]] ([[28/11|date]], [[2/12|date]]). [[Connor|name]] cautioned for criminal damage to
[[Debbie|name]]'s car. [[Connor|name]]'s mother [[Tina Baker|name]] says he is staying in [[Robertsbridge|place]].
[[Shannon|name]]: "I love [[Ruby|name]] more than anything". Friend [[Chloe Relf|name]] from [[Wadhurst|place]] is a support.
Decision: child protection plan, neglect and emotional harm. Core group [[18/12|date]] at [[Ticehurst|place]] village hall.
Core group members: [[Femi Adeyemi|name]], [[Joanne Tulley|name]], [[Grace Ubah|name]], [[Debbie Hoad|name]], [[Shannon Hoad|name]],
[[Chloe Relf|name]]. Minutes by [[Karen Spice|name]].
[[Debbie Hoad|name]] asked that her partner [[Phil Coker|name]] is named as a support. Dissent: none.
Next conference: [[5 March|date]]; core group at [[2 Lower Platts|address]], [[Ticehurst|place]] on [[8/01|date]].
"""),
]


# --- F. Pennells family (white British), Stonegate: a father who drinks ---------------------------------------------------

HOME_F = d.Address("1 Bewl Cottages", "Stonegate", "Wadhurst", "TN5 7EN")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Harvey", "Pennells")], dt.date(2015, 12, 6), addresses=[HOME_F], ids=["6422118465", "Z845270919653"],
       schools=["Ticehurst and Flimwell CE Primary School"]),
    _p("f", "father", [("Craig", "Pennells")], dt.date(1979, 3, 22), addresses=[HOME_F], phones=["07534 902 117"]),
], "c")

DOCS_F = [
    ("police welfare check log", """SUSSEX POLICE - CONCERN FOR WELFARE   Ref 47261201774   [[01/12/2026|date]] 19:20
Caller: [[Gemma Pennells|name]] (mother, lives apart in [[Heathfield|place]], [[07534 667 210|phone]])
Location: [[1 Bewl Cottages|address]], [[Stonegate|place]], [[TN5 7EN|postcode]]
Subject: [[PENNELLS, Harvey|name]] ([[06/12/2015|dob]])   Adult: [[PENNELLS, Craig|name]] ([[22/03/1979|dob]]) [[07534 902 117|phone]]
[[Harvey|name]] rang mum saying dad was "asleep on the kitchen floor". PCSO [[Tapp|name]] and PC [[Weekes|name]] attended.
[[Craig|name]] intoxicated, cut to his head. [[Harvey|name]] had made himself toast. Neighbour Mrs [[Iris Blackman|name]]
(no. 2) took [[Harvey|name]] in. Car [[GK18 XRT|vehicle]] on the drive, keys in it. Paramedics took [[Craig|name]] to
[[Pembury|place]]. [[Gemma|name]] collected [[Harvey|name]] at 21:05 with her partner [[Steve Ridley|name]].
[[Kayleigh Pennells|name]] (sister, 19, [[Tunbridge Wells|place]]) rang later to say she can help at weekends.
Address for mother: [[Gemma Pennells|name]], [[18 Station Road|address]], [[Heathfield|place]] [[TN21 8DR|postcode]].
Follow-up [[02/12/2026|date]] 10:00: [[Craig|name]] discharged from [[Pembury|place]]; [[07534 902 117|phone]] off.
"""),
    ("school report to the conference, with upper-case names", """TICEHURST AND FLIMWELL CE PRIMARY - REPORT TO CONFERENCE
Pupil: [[HARVEY PENNELLS|name]]   DOB [[06/12/2015|dob]]   UPN [[Z845270919653|upn]]   NHS [[642 211 8465|nhs]]
Class teacher: Mr [[Ollie Stubberfield|name]]   DSL: Mrs [[Wendy\nKemp|name]]
[[HARVEY|name]] is a kind boy who loves football and plays for Wadhurst Juniors with his friend [[MAX HOOK|name]].
Attendance 84%. Late on 19 days, often after dad drops him in the car smelling of drink (reported [[9/10|date]], [[6/11|date]],
[[27/11|date]]). [[HARVEY|name]] said to TA Ms [[Dunstall|name]]: "Dad has his cans then cries about mum". He talks about
his big sister [[KAYLEIGH|name]] ([[Kayleigh Pennells|name]], 19) who lives in [[Tunbridge\nWells|place]].
[[MAX HOOK|name]]'s dad, Mr [[Hook|name]], coaches at [[Wadhurst|place]] on Saturdays and says [[HARVEY|name]] is always first there.
Signed: [[Wendy Kemp|name]] (DSL), [[Ollie Stubberfield|name]] (class teacher), [[10/12/2026|date]].
Attendance meetings: [[13/10/2026|date]], [[17/11/2026|date]]. Next: [[12/01/2027|date]] at [[Ticehurst|place]].
"""),
    ("OCR'd letter from the father, with misreadings", """[[l Bewl Cottages|address]]
[[St0negate|place]]
[[TN5 7EN|postcode]]
[[O3/l2/2O26|date]]
Dear Miss [[0yelade|name]],
I am writing about my son [[Harvey|name]]. I know I let him down on the [[lst|date]]. I have been to the GP at Wadhurst Medical
Group and seen Dr [[Farooqi|name]] and I have an appointment with [[Gi11 Hoskins|name]] from the drug and alcohol service
in [[Hastings|place]] on the [[l4th|date]]. My brother [[Darren|name]] in [[Ticehurst|place]] ([[01580 200 491|phone]]) will have
[[Harvey|name]] when I cant. Please dont let [[Gemma|name]] and [[Steve|name]] keep him in [[Heathfie1d|place]]. [[Harv|name]] wants
to be home with me and the dog.
Yours, [[Craig Pennel1s|name]]
PS [[Kay1eigh|name]] says she wi11 come on the [[2Oth|date]].
PPS my mate [[Tony Gurr|name]] in [[Stonegate|place]] can drive [[Harvey|name]] to schoo1 if I cant.
My number [[07534 902 117|phone]] if you need me.
"""),
    ("family support worker's notes", """FAMILY SUPPORT NOTES - worker [[Ellen Mepham|name]] - [[Stonegate|place]] and
[[Wadhurst|place]]
[[3/12/2026|date]]  Visit to [[Craig|name]] at [[Bewl Cottages|address]]. Sober. Empties bagged. [[Harvey|name]] at school.
[[5/12/2026|date]]  [[Harvey|name]] at uncle [[Darren Pennells|name]]'s in [[Ticehurst|place]]. [[Darren|name]]'s wife [[Lisa|name]]
does the school run with their son [[Mason|name]].
[[6/12/2026|date]]  [[Harvey|name]]'s birthday at Bewl Water with [[Max|name]] and [[Kayleigh|name]]. [[Craig|name]] drank
lemonade. Mum [[Gemma|name]] rang: upset not invited.
[[7/12/2026|date]]  [[Craig|name]] phoned me from [[07534 902 117|phone]]: he has been to the group in [[Hastings|place]] with
[[Gill|name]]. Asked about [[Harvey|name]] seeing [[Gemma|name]] at Christmas.
[[8/12/2026|date]]  [[Craig|name]], [[Darren|name]] and [[Gemma|name]] met at [[Ticehurst|place]] village hall with me and SW
[[Femi Adeyemi|name]]. [[Steve Ridley|name]] waited outside. Plan for [[Harvey|name]] to see [[Gemma|name]] on the [[20th|date]].
[[9/12/2026|date]]  [[Kayleigh|name]] rang from [[Tunbridge Wells|place]]: she will have [[Harvey|name]] on the [[19th|date]].
[[10/12/2026|date]]  Visit to [[1 Bewl Cottages|address]], [[Stonegate|place]] [[TN5 7EN|postcode]]: [[Craig|name]] sober, fridge full.
"""),
]

_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))

NAME = "set 260 (written 2026-12-08 without reading the detector; held out until scored on 2026-12-08 at 02:45 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "rev", "sw", "hv", "idva",
           "nurse", "our", "nan", "nanny", "gran", "granny", "mum", "mummy", "dad", "daddy", "aunty", "auntie", "uncle", "aunt",
           "imä", "esä", "vanaimä", "vanaesä", "my"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "uk", "east sussex", "sussex", "estonia", "võrumaa", "high weald"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("Nan Sandra Dunk", "vanaimä Helju") and regions.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
