"""Set 213: a held-out hand-written set for the redaction detector, six invented families in Amesbury, Durrington and Bulford (the Salisbury
Plain garrison towns), written in one short sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set210.py to bench/redaction_set212.py and their tests (written by other helpers at the same time), that did not
run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What was
read: bench/redaction_set181.py (its docstring, first document and its end: records, _TITLES, _AFTER, _NOT_PLACES, HandSet)
and tests/test_redaction_set181.py in full; bench/redaction_set21.py and its test were NOT read (time was short; set 181
follows their conventions and was copied instead); the docstrings of bench/redaction_set7.py to bench/redaction_set209.py were
searched by script for the towns, districts and communities this set uses (only a few lines around "Durrington", "Amesbury"
and "Larkhill" in sets 59, 82 and 77 were printed: Durrington there is the Worthing district, Amesbury a surname, Larkhill a
school); bench/redaction_handwritten.py was not opened. Phone numbers were checked with the phonenumbers library and NHS
numbers and UPNs (LA 865) made with python-stdnum in small snippets. Nobody may tune the detector on this set: it is to be
scored once. If a mistake in the gold marking is found after scoring, correct only the marking and say so here.

Shorter than asked: the brief gave about fifteen minutes, so this set has 24 documents but 822 gold spans (454 names),
not the 900 (about 500 names) asked for; the documents were written short and lengthened in rounds while time allowed.

Six families, each in a district or village that no earlier docstring searched shows as a family's home: a young white
British mother on Kings Gate, Amesbury (Hicks / Yeates; neglect, a dirty home, a baby's missed checks); a Kanak family from
Lifou, New Caledonia (Drehu and French speakers) on Archers Gate, Amesbury (Wahnyamalla / Hnawia; domestic abuse by a soldier
father, a mother's message in French translated); a young carer of 12 in Figheldean (Pike; a father with bipolar disorder);
a white British girl of 15 in Bulford Camp's service housing (Rowe / Catterall; missing to Swindon, criminal exploitation); a
white British and Nepali family in Netheravon with a disabled boy of 8 (Gurung / Marsh; short breaks); and a mother in West
Amesbury misusing alcohol and cocaine (Sturgess / Lacey; a boy of 10, a nan in Durrington). The community named here, Kanak
(New Caledonia), did not appear in any earlier docstring searched (Nepali is not claimed as new). 24 documents, each with its own style
label: a school DSL chronology, a nan's texts typed up, a health visitor's
home visit note, a mother's Facebook messages typed up, a police domestic abuse log, a mother's WhatsApp message in French
translated, a MARAC referral, a child's worksheet in French and English, a young carer's own writing, a social worker's phone
notes, a pharmacy call log, a young carers' assessment, a return home interview, a Snapchat extract typed up, contextual
safeguarding panel minutes, a mother's phone call note, a short breaks application, an OCR'd paediatrician's letter (with its
misreadings), a mother's voice note transcribed, short breaks panel minutes, a strategy discussion minute, a GP's email, a
nan's letter and a boy's own words written with the school nurse.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration.
Phones are valid (phonenumbers), UK and foreign (New Caledonia +687); NHS numbers and UPNs pass their check digits. The
council ("Wessex Plain Council"), the surgery and the charities are invented or unmarked organisations; towns, villages,
districts and estates are real and marked as places.

Markup and conventions: those of bench/redaction_set181.py. Titles and kinship words stay outside a name (Mr, Mrs, Ms, Dr,
PC, DC, Nan, Papa, Mamie, Tonton); "SURNAME, First" is one span; initials alone are not marked; usernames are not marked;
organisations holding a town's name stay unmarked ("Amesbury Health Centre", "Salisbury District Hospital", "Avon Valley
Practice", "Carer Support Wiltshire", "Wiltshire Police"); countries and
territories ("New Caledonia", "Nepal", "Wiltshire") are not places; an OCR misreading keeps its kind; "the A303" and
"Stonehenge" are landmarks and not marked; "the plain" is not marked.

Choices this set had to make: chat speaker labels are names ("chantelle:", "sumz:"), usernames are not; a pet's name
("Maisie", "Biscuit") is marked as a name; "Solstice Park" (a business park at Amesbury) and "Boscombe Down" (an airfield)
are marked as places, as districts; "Countess Roundabout" and the short breaks house "Ivy Lodge" are addresses; a barracks
room ("Block 4, Room 12") is an address; a shop named in lower-case words by its town ("the durrington chippy", "Durrington
pharmacy", "Bulford library") marks the town; a unit name ("Royal Gurkha Rifles") is an organisation; Capt and Maj are
titles; "Papa", "Mamie", "tata", "Tonton" and "Aaji" are kinship words; an OCR split town ("Nether avon") is one place span.

Self-check without the detector: `python -m bench.redaction_set213` (and tests/test_redaction_set213.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 822 gold spans, 454 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Hicks / Yeates family (white British), Kings Gate, Amesbury ------------------------------------------------------

HOME_A = d.Address("23 Pheasant Close", "Kings Gate", "Amesbury", "SP4 7XN")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Mason", "Yeates")], dt.date(2020, 3, 14), addresses=[HOME_A], ids=["2634036884", "C865426128701"],
       schools=["Amesbury Archer Primary School"]),
    _p("s", "sibling", [("Lacey-Rae", "Hicks")], dt.date(2025, 8, 2), addresses=[HOME_A], ids=["4256839585"]),
    _p("m", "mother", [("Chantelle", "Hicks")], dt.date(2001, 11, 19), addresses=[HOME_A], phones=["07712 483 906"]),
], "c")

DOCS_A = [
    ("school designated safeguarding lead's chronology", """AMESBURY ARCHER PRIMARY - DSL CHRONOLOGY
Pupil: [[YEATES, Mason|name]]   DOB [[14/03/2020|dob]]   UPN [[C865426128701|upn]]   NHS [[263 403 6884|nhs]]
Mum: [[Chantelle Hicks|name]] ([[07712 483 906|phone]]), [[23 Pheasant Close|address]], [[Kings Gate|place]], [[Amesbury|place]]
[[SP4 7XN|postcode]]

[[07/09/2026|date]]  [[Mason|name]] arrived 9.40, no breakfast, same t-shirt as Friday. Mrs [[Tilley|name]] (class teacher) gave toast.
[[14/09/2026|date]]  Nits again. Letter home. Mum said her mate [[Jade Ollerton|name]] from [[Bulford|place]] will do his hair.
[[21.9.26|date]]  [[Mason|name]] told TA [[Gemma Prout|name]] that "[[Lacey|name]] cries all night and mummy sleeps".
[[2 Oct|date]]  HV [[Nicola Brind|name]] rang: baby [[Lacey-Rae|name]] missed her 1 year check twice. Home smelt of dog mess.
[[9th October 2026|date]]  Referral to the MASH by DSL [[Rachel\nOakes|name]]. SW [[Priya Landon|name]] allocated on [[12/10|date]].
[[19/10/2026|date]]  Mum's boyfriend "[[Deano|name]]" ([[Dean Ashworth|name]]) collecting, smelt of cannabis. Car [[WU19 KPX|vehicle]].
[[4/11/26|date]]  [[Mason|name]] said he went to "Stonehenge" - no, he meant nan's in [[Larkhill|place]]? Checked: Nan [[Brenda Hicks|name]]
lives [[11 Wood Road|address]], [[Larkhill|place]], [[SP4 8QT|postcode]].
[[16/11/2026|date]]  [[Mason|name]] and his friend [[Kai Dempsey|name]] fell out; [[Mason|name]] hit [[Kai|name]]. Mr [[Fenwick|name]] spoke
to both.
[[30/11/2026|date]]  Core group at [[Kings Gate|place]] community room. [[Chantelle|name]] came with [[Jade|name]]. Next on the
[[14th|date]].
[[1/12/2026|date]]  Mum rang from [[07712 483 906|phone]]: [[Mason|name]] off with sickness. Home visit by [[Rachel Oakes|name]]:
no answer at [[Pheasant Close|address]]; neighbour Mr [[Terry Gollop|name]] at [[no. 25|address]] said mum went to [[Salisbury|place]] with
"[[Deano|name]]".
[[2/12/26|date]]  [[Mason|name]] back. Said he stayed at "Uncle [[Robbie|name]]'s in [[Shrewton|place]]". Mum: [[Robbie|name]] =
[[Robert Hicks|name]], her brother.
[[3/12/2026|date]]  Mum and [[Jade|name]] at the gate at 3.15; [[Jade|name]] ([[Jade Ollerton|name]]) lives
[[Flat 2, 19 Boscombe Road|address]], [[Amesbury|place]] [[SP4 7AF|postcode]].
[[4.12.26|date]]  [[Mason|name]]'s friend [[Kai|name]]'s dad Mr [[Dempsey|name]] complained [[Mason|name]] took [[Kai|name]]'s lunch.
[[Mason|name]] said he was "starvin".
"""),
    ("nan's text messages typed up by the social worker", """Texts from [[Brenda Hicks|name]] (nan) to SW [[Priya Landon|name]], copied
[[25/11/26|date]]

Sun [[22 Nov|date]] 19:02  hi its [[brenda|name]] [[masons|name]] nan. been to [[chantelles|name]] in [[kings gate|place]] the place is a
tip again
Sun [[22 Nov|date]] 19:03  [[lacey|name]] in a wet nappy since god knows, [[deano|name]] asleep on the sofa
Sun [[22 Nov|date]] 19:10  ive took [[mason|name]] back to mine in [[larkhill|place]] for tonight, will drop him sch tmrw
Mon [[23 Nov|date]] 08:15  dropped him at [[archer|school]]. he said thanks nanny
Mon [[23 Nov|date]] 17:40  [[jade|name]] says [[deano|name]] is selling from the flat in [[amesbury|place]] over the co op. not my business
but
Tue [[24 Nov|date]] 09:01  my number is [[01980 623 417|phone]] if u want the landline. my neighbour [[pat|name]] at [[no 9|address]] knows
me
Wed [[25 Nov|date]] 12:30  [[chantelle|name]] wont answer again. [[mason|name]] says [[deano|name]] been back. hes got a new car
[[WU19 KPX|vehicle]] still
Wed [[25 Nov|date]] 12:31  sorry thats the old one. i dont know the new one
Thu [[26 Nov|date]] 10:02  [[pat|name]] says [[deano|name]]s brother [[liam ashworth|name]] was at [[chantelles|name]] too. he drives a
black astra
Thu [[26 Nov|date]] 10:05  also [[jade|name]]s fella [[kyle|name]] is ok hes fixing her door. [[mason|name]] likes him
"""),
]


# --- B. Wahnyamalla / Hnawia family (Kanak, from Lifou, New Caledonia), Archers Gate, Amesbury -----------------------------

HOME_B = d.Address("8 Longbow Road", "Archers Gate", "Amesbury", "SP4 7ZS")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Wéjième", "Wahnyamalla")], dt.date(2016, 5, 27), addresses=[HOME_B], ids=["7739994146",
       "G865400536120"], schools=["Amesbury Archer Primary School"]),
    _p("m", "mother", [("Marie-Josée", "Hnawia")], dt.date(1990, 2, 8), addresses=[HOME_B], phones=["07934 271 568"]),
    _p("f", "father", [("Cory", "Wahnyamalla")], dt.date(1987, 10, 30), addresses=[HOME_B], phones=["07861 592 034"]),
], "c")

DOCS_B = [
    ("police domestic abuse incident log", """WILTSHIRE POLICE - DA INCIDENT LOG   Ref 54260918771
Date/time: Sat [[17/10/2026|date]] 23:48   Location: [[8 Longbow Road|address]], [[Archers Gate|place]], [[Amesbury|place]]
[[SP4 7ZS|postcode]]
Victim: [[HNAWIA, Marie-Josée|name]] DOB [[08/02/1990|dob]] tel [[07934 271 568|phone]]
Suspect: [[WAHNYAMALLA, Cory|name]] DOB [[30/10/1987|dob]] tel [[07861 592 034|phone]] NI [[JT 48 26 91 C|ni]]
Child present: [[Wéjième|name]] ("[[Wéjé|name]]") aged 10.
Attending: PC [[Hollins|name]] and PC [[Danielle\nMabey|name]]. Neighbour Mr [[Gareth Sollis|name]] ([[no. 10|address]]) called 999.
Account: [[Marie-Josée|name]] says [[Cory|name]] came back from the mess at [[Bulford Camp|place]] drunk and held her by the throat
against the fridge. [[Wéjé|name]] hid in the bathroom and rang his aunt [[Josiane Hnawia|name]] in [[Nouméa|place]]
([[+687 75 43 21|phone]]).
[[Cory|name]] arrested, taken to [[Melksham|place]] custody. His car, a grey Golf [[MX68 TFO|vehicle]], left on the drive.
Unit welfare officer Capt [[Ellis Bramble|name]] informed [[18/10|date]]. DASH: high. MARAC referral by DC [[Sian Pertwee|name]].
Previous: [[14/06/2026|date]] verbal argument, no crime (PC [[Hollins|name]]). [[Cory|name]]'s mother [[Elise Wahnyamalla|name]]
lives in [[Nouméa|place]], tel [[+687 75 43 21|phone]]? (same as aunt - check). Bail address: [[Block 4, Room 12|address]],
[[Tidworth|place]].
Body-worn video: PC [[Mabey|name]]'s camera. Photos of neck taken [[18/10/2026|date]] 00:20 at [[Amesbury|place]] station? No - at home.
Child [[Wéjième|name]] seen by PC [[Hollins|name]]: said "papa was squeezing mama". Aunt [[Josiane|name]] rang back from [[Nouméa|place]] at
01:05.
"""),
    ("mother's message in French translated by an interpreter", """Message WhatsApp de [[Marie-Josée|name]] à son amie
[[Sandrine Wakie|name]] ([[+687 27 38 14|phone]]),
[[19/10/2026|date]], montré à la SW [[Priya Landon|name]] avec son accord.

« [[Sandrine|name]], c'est fini je crois. [[Cory|name]] m'a serrée le cou samedi. [[Wéjé|name]] a tout vu. La police l'a pris.
Ici à [[Amesbury|place]] je ne connais personne sauf [[Hayley|name]] d'à côté. Dis à Mamie [[Wamo|name]] à [[Lifou|place]] de ne
pas s'inquiéter. Je veux rentrer à [[Nouméa|place]] avec le petit mais l'armée a les passeports. »

Translation (by [[Anaïs Ferrand|name]], interpreter, [[20/10/2026|date]]):
"[[Sandrine|name]], it's over I think. [[Cory|name]] squeezed my neck on Saturday. [[Wéjé|name]] saw everything. The police took
him. Here in [[Amesbury|place]] I know nobody except [[Hayley|name]] next door. Tell Granny [[Wamo|name]] in [[Lifou|place]] not to
worry. I want to go home to [[Nouméa|place]] with the little one but the army has the passports."
Note: "Mamie" = grandmother. [[Hayley|name]] = [[Hayley Sollis|name]], [[10 Longbow Road|address]]. Email the SW:
[[priya.landon@wessexplain.gov.uk|email]]. [[Wéjé|name]]'s NHS no. [[7739994146|nhs]], UPN [[G865400536120|upn]].
Suite, [[21/10/2026|date]]: « L'IDVA [[Becca|name]] m'aide. [[Cory|name]] est à [[Tidworth|place]] maintenant. »
(Continued: "The IDVA [[Becca|name]] is helping me. [[Cory|name]] is in [[Tidworth|place]] now.")
[[Marie-Josée|name]]'s brother [[Pierre|name]] ([[Pierre Hnawia|name]]) in [[Nouméa|place]]; cousin [[Léa Wahnyamalla|name]] in
[[Lifou|place]]
([[+687 27 38 14|phone]] is [[Sandrine|name]]'s, not [[Léa|name]]'s).
"""),
]


# --- C. Pike family (white British), Figheldean, young carer -----------------------------------------------------------

HOME_C = d.Address("3 Ablington Lane", "Figheldean", "Salisbury", "SP4 8JX")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Ellie", "Pike")], dt.date(2014, 7, 9), addresses=[HOME_C], ids=["5608641248", "W865501943698"],
       schools=["Avon Valley College"]),
    _p("f", "father", [("Stuart", "Pike")], dt.date(1979, 12, 3), addresses=[HOME_C], phones=["07588 314 762"]),
], "c")

DOCS_C = [
    ("young carer's own writing for her assessment", """all about me by [[Ellie Pike|name]] age 12

i live in [[figheldean|place]] with my dad [[stuart|name]]. my mum [[Kerry|name]] lives in [[Andover|place]] with [[Gaz|name]] and
i see her some saturdays. dad has bipolar, when hes up he paints the kitchen at 3am and when hes down he dont get up.
i do the tea and get his tablets from the chemist in [[durrington|place]] on the bus. my best freind is [[Lily|name]]
([[Lily\nMorland|name]])
she lives in [[Netheravon|place]]. at [[avon valley|school]] mrs [[Kettle|name]] lets me phone dad at lunch.
the worst day was [[5th October|date]] when dad went missing and the police found him at [[Boscombe Down|place]] fence.
i want a holiday and for dad to be ok. my birthday is [[9 July|dob]]. I like [[Maisie|name]] the dog next door at [[no 5|address]].
p.s. dads freind [[Col|name]] from the pub in [[Durrington|place]] says dad was a good soldier at [[Larkhill|place]]
before. nanny [[Joan|name]] died in [[Devizes|place]] last year on [[boxing day|date]] and dad got worse.
[[lily|name]] says i can sleep at hers in [[netheravon|place]] on fridays if dad is ok. her mum [[donna|name]] is kind.
people who help me: [[Lou|name]], mrs [[Kettle|name]], [[Maisie|name]] (dog lol), mum sometimes, [[lily|name]]s mum [[donna|name]].
"""),
    ("social worker's quick notes typed on a phone", """notes [[Ellie P|name]] - [[26/11|date]] - typed in car
- hv w [[stuart|name]] 3pm, [[3 ablington ln|address]], [[Figheldean|place]] [[SP4 8JX|postcode]]. flat mood, not eating
- [[ellie|name]] made pasta. says dad took tablets? not sure
- rang CPN [[Mark Tovey|name]] [[01980 632 905|phone]] - [[stuart|name]]'s depot due [[1/12|date]]
- mum [[kerry pike|name]] mob [[07409 826 153|phone]], lives [[andover|place]], says [[ellie|name]] can come at xmas
- YC worker [[Lou Farrant|name]] to visit [[3rd Dec|date]]; [[lily|name]]'s mum [[Donna Morland|name]] happy to help, lives
[[netheravon|place]]
- [[Ellie|name]]: NHS [[560 864 1248|nhs]], UPN [[W865501943698|upn]], DOB [[09.07.2014|dob]]
- nxt visit [[8/12|date]] w [[Lou|name]]. chk [[kerry|name]]'s partner [[gary nutt|name]] - PNC?
- [[stuart|name]]'s brother [[Neil Pike|name]] in [[Pewsey|place]] ([[07409 826 153|phone]]? no that is [[kerry|name]]'s) - get number
- [[ellie|name]]'s teacher mrs [[kettle|name]] - ok w pass. dsl at [[avon valley|school]] is [[Clive Barratt|name]]? chk
"""),
]


# --- D. Rowe / Catterall family (white British), Bulford Camp, missing to Swindon ----------------------------------------

HOME_D = d.Address("41 Kiwi Road", "Bulford Camp", "Salisbury", "SP4 9NQ")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Summer", "Rowe")], dt.date(2011, 1, 22), addresses=[HOME_D], ids=["4912192414", "X865055469458"],
       schools=["Avon Valley College"]),
    _p("m", "mother", [("Nikki", "Catterall")], dt.date(1985, 6, 15), addresses=[HOME_D], phones=["07957 640 218"]),
], "c")

DOCS_D = [
    ("return home interview", """RETURN HOME INTERVIEW   Young person: [[ROWE, Summer|name]]   DOB [[22/01/2011|dob]]   NHS
[[4912192414|nhs]]
Address: [[41 Kiwi Road|address]], [[Bulford Camp|place]] [[SP4 9NQ|postcode]]   Mum: [[Nikki Catterall|name]] [[07957 640 218|phone]]
Missing from Friday [[20 November|date]] 16:00 to Sunday [[22 November|date]] 11:30. Found by PC [[Amir Dhaliwal|name]] at [[Swindon|place]]
station.
Interview by [[Leah Crouch|name]] ([[leah.crouch@wessexplain.gov.uk|email]]) on [[24/11/2026|date]] at [[Bulford|place]] library.
[[Summer|name]] said she got the bus to [[Salisbury|place]] then a lift with "[[Jonno|name]]" (she thinks [[Jonathan Kale|name]], 20s)
in a white Corsa [[YR21 BHU|vehicle]]. Stayed at a flat in [[Penhill|place]] with a girl called [[Ebony|name]]. Carried a bag back
to [[Amesbury|place]] for [[Jonno|name]]. Was given a phone; number she gave: [[07723 905 481|phone]].
She misses her step-dad [[Carl Catterall|name]] who is posted to Estonia. Her friend [[Freya Dunn|name]] in [[Durrington|place]] is a
safe person. Next steps: NRM referral, contextual safeguarding panel [[8/12|date]].
Previous episodes: [[3/10/2026|date]] ([[Amesbury|place]], found by mum), [[31 October|date]] ([[Salisbury|place]], with [[Ebony|name]]).
School: [[Avon Valley|school]] - Head of Year Mr [[Clive Barratt|name]] says attendance 64%. UPN [[X865055469458|upn]].
[[Summer|name]]'s words: "[[Jonno|name]] is nice to me, he bought me nails in [[Swindon|place]]. [[Ebony|name]]'s 17, she lives with her nan
[[Maureen|name]]." Mum [[Nikki|name]] present for the last part. Step-dad [[Carl|name]] rang in from Estonia.
Signed [[L. Crouch|name]] [[24/11/2026|date]]. Copy: [[Owen Pask|name]] (duty), [[Clive Barratt|name]] (school).
"""),
    ("snapchat extract typed up for the strategy meeting", """Snapchat screenshots from [[Freya Dunn|name]]'s phone, shown by her mum
[[Claire Dunn|name]], typed up [[25/11/26|date]]

[[sumz|name]]: [[freyaa|name]] im in [[swindon|place]] dont tell my mum
[[freya|name]]: wtf [[summer|name]] who with
[[sumz|name]]: [[jonno|name]] n [[ebz|name]], its fine
[[freya|name]]: ur mum is going mad she rang mine. come back to [[bulford|place]]
[[sumz|name]]: cant til sunday, got to take sum thing to [[amesbury|place]] first
[[freya|name]]: is that [[jonathan|name]] from the [[durrington|place]] chippy
[[sumz|name]]: yh lol. dont say
(usernames "s.r11x" and "fd_0709" not shown in full)
[[freya|name]]: [[summer|name]] ur mum n [[carl|name]] r gonna kill u
[[sumz|name]]: [[carl|name]]s in estonia lol. tell [[nikki|name]] im at [[ebz|name]]s in [[penhill|place]]
[[freya|name]]: omg ok. [[jonno|name]] texted me too from [[07723 905 481|phone]] asking where u r
[[sumz|name]]: [[freya|name]] dont show [[claire|name]] this pls
[[freya|name]]: too late shes seen it. shes ringing [[leah|name]] from the council
"""),
]


# --- E. Gurung / Marsh family (Nepali and white British), Netheravon, disabled boy -------------------------------------

HOME_E = d.Address("17 Kennet Close", "Netheravon", "Salisbury", "SP4 9SD")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Aaron", "Gurung")], dt.date(2018, 4, 5), addresses=[HOME_E], ids=["3903892645", "G865920314415"],
       schools=["Exeter House School"]),
    _p("m", "mother", [("Laura", "Marsh")], dt.date(1989, 9, 12), addresses=[HOME_E], phones=["07816 347 290"]),
    _p("f", "father", [("Bikash", "Gurung")], dt.date(1986, 3, 1), addresses=[HOME_E]),
], "c")

DOCS_E = [
    ("short breaks application form", """SHORT BREAKS APPLICATION - Wessex Plain Council
1. Child: [[GURUNG, Aaron|name]]   DOB [[05/04/2018|dob]]   NHS [[390 389 2645|nhs]]   UPN [[G865920314415|upn]]
2. School: [[Exeter House|school]] (special school, [[Salisbury|place]])
3. Address: [[17 Kennet Close|address]], [[Netheravon|place]], [[SP4 9SD|postcode]]
4. Parents: [[Laura Marsh|name]] ([[07816 347 290|phone]]); [[Bikash Gurung|name]] (Royal Gurkha Rifles, [[Bulford Camp|place]])
5. Diagnosis: autism, epilepsy, non-verbal. Paediatrician Dr [[Okafor|name]], Salisbury District Hospital.
6. Who helps: Aaji (grandmother) [[Sita Gurung|name]] in [[Pokhara|place]] on video; aunt [[Rachel Marsh|name]] in [[Amesbury|place]].
7. Last seizure: [[11 November 2026|date]]. Night waking: every night.
8. What we need: overnight breaks at [[Ivy Lodge|address]] and a sitter. Signed [[L Marsh|name]] [[27/11/2026|date]].
9. Other children: none. Dog: no. Car: [[WV66 RNA|vehicle]] (mum's). Mum's email: [[lauramarsh89@gmail.com|email]]
10. Church / community: Nepali community at [[Bulford|place]]; [[Bikash|name]]'s cousin [[Ramesh Gurung|name]] in [[Tidworth|place]] helps
sometimes.
11. Form checked by [[Jenna Wray|name]] on [[30/11/2026|date]]. Family support worker [[Kerry-Ann Tozer|name]] from [[Amesbury|place]]
helped fill it in.
"""),
    ("OCR'd letter from the paediatrician, with misreadings", """Salisbury District Hospital, Child Development Centre
Our ref CDC/AG/4471        [[2l November 2O26|date]]
Dear Dr [[Whitlock|name]], Avon Valley Practice, [[Durrlngton|place]]
Re: [[Aaron Gurung|name]], DOB [[O5.04.2O18|dob]], [[l7 Kennet Close|address]], [[Netheravon|place]]
I saw [[Aaron|name]] with his mother Mrs [[Marsh|name]] and father Mr [[Gurung|name]] on [[l9/ll/2O26|date]]. His seizures are
more frequent since [[October 3|date]]. Mum is exhausted. I have written to [[Jenna Wray|name]], SW, for short breaks.
Yours sincerely, Dr [[F. 0kafor|name]], Consultant Paediatrician
cc: [[Laura Marsh|name]], [[l7 Kennet CIose|address]], [[Nether avon|place]], [[SP4 9SD|postcode]]; SW [[Jenna Wray|name]];
[[Exeter House|school]] (Ms [[Greer|name]]). Next appt [[l4/0l/2O27|date]].
Dictated by [[F0lake Okafor|name]], typed by [[Janet Tull|name]].
"""),
]


# --- F. Sturgess / Lacey family (white British), West Amesbury, nan in Durrington ---------------------------------------

HOME_F = d.Address("2 Stonehenge Cottages", "West Amesbury", "Salisbury", "SP4 7BH")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Riley", "Sturgess")], dt.date(2016, 9, 18), addresses=[HOME_F], ids=["8034701599", "J865081952834"],
       schools=["Amesbury Archer Primary School"]),
    _p("m", "mother", [("Gemma", "Sturgess")], dt.date(1992, 4, 4), addresses=[HOME_F]),
    _p("g", "grandparent", [("Carol", "Lacey")], dt.date(1966, 8, 21), ids=["3017546802"]),
], "c")

DOCS_F = [
    ("strategy discussion minute", """STRATEGY DISCUSSION - [[1 December 2026|date]] - Chair: [[Tom Radley|name]] (TM)
Present: SW [[Jenna Wray|name]]; DS [[Kirsty Maddox|name]] (police); Dr [[Whitlock|name]] (GP); [[Sue Penfold|name]] (school nurse)
Child: [[Riley Sturgess|name]], DOB [[18/09/2016|dob]], [[2 Stonehenge Cottages|address]], [[West Amesbury|place]] [[SP4 7BH|postcode]]
UPN [[J865081952834|upn]]   NHS [[8034701599|nhs]]
[[Riley|name]] told Mrs [[Penfold|name]] on [[30/11|date]] that mum "[[Gem|name]]" was "asleep on the kitchen floor with white powder".
Mum [[Gemma Sturgess|name]] known to drug service since 2024. New partner [[Lee Brannigan|name]], car [[HF70 XZE|vehicle]].
Nan [[Carol Lacey|name]] ([[Durrington|place]], [[5 Bulford Road|address]], [[SP4 8DL|postcode]]) willing to have [[Riley|name]].
Decision: s47 joint. [[Riley|name]] to stay at nan's tonight. Visit by [[Jenna|name]] and DS [[Maddox|name]] today 4pm.
Background: previous referral [[16/03/2025|date]] (police found [[Gemma|name]] unconscious at [[Amesbury|place]] bus station).
[[Lee Brannigan|name]]: DOB [[07/01/1988|dob]], convictions for supply in [[Andover|place]]; lives partly at his mum
[[Tina Brannigan|name]]'s in [[Bulford|place]].
Actions: [[Jenna|name]] to see [[Riley|name]] alone; DS [[Maddox|name]] to check [[HF70 XZE|vehicle]]; review on [[15th December|date]].
School: [[Amesbury Archer|school]] - DSL [[Rachel Oakes|name]] (apologies). Mum's drug worker [[Sinead Fry|name]] ([[07816 347 290|phone]]?
- no,
that is another family's; use the service line).
Minuted by [[Holly Vane|name]] (business support).
"""),
    ("GP's email to the social worker", """From: Dr [[Anna Whitlock|name]] <[[anna.whitlock@nhs.net|email]]>
To: [[jenna.wray@wessexplain.gov.uk|email]]
Date: [[2 Dec 2026|date]] 08:12
Subject: [[Riley Sturgess|name]] / [[Gemma Sturgess|name]]

Hi [[Jenna|name]],
[[Gemma|name]] saw me on [[10 Nov|date]] asking for sleeping tablets; I declined. She said her mum [[Carol|name]] in [[durrington|place]]
helps a lot. Nan's NHS number for your records: [[301 754 6802|nhs]]. [[Riley|name]] last seen here on [[the 3rd of
June|date]] for asthma. Please ring me on the practice line or my mobile [[07588 314 762|phone]] - sorry, that is [[Stuart|name]]'s, ignore.
Best, [[Anna|name]]
PS [[Carol|name]] asked me to say she is happy for [[Riley|name]] to be registered with us from [[Durrington|place]]. Her postcode is
[[SP4 8DL|postcode]].
PPS [[Lee Brannigan|name]] is not our patient. [[Gemma|name]]'s sister [[Nicola Lacey|name]] lives in [[Bulford|place]] and may help.
"""),
]


DOCS_A += [
    ("health visitor's home visit note", """HV contact - [[Lacey-Rae Hicks|name]] (DOB [[02/08/2025|dob]], NHS [[4256839585|nhs]])
Visit [[3/12/2026|date]] 10:30, [[23 Pheasant Close|address]], [[Kings Gate|place]]. HV [[Nicola Brind|name]] with student
[[Ffion Reece|name]].
Mum [[Chantelle|name]] answered in pyjamas. Two dogs, faeces on the landing. [[Lacey-Rae|name]] in a cot with no sheet,
weight dropped from 50th to 25th centile. Mum says [[Dean|name]] moved out on [[28 Nov|date]] and her friend [[Jade Ollerton|name]]
([[07723 905 481|phone]]?? - mum unsure) helps. Nan [[Brenda|name]] in [[Larkhill|place]] visits Sundays.
Plan: weigh again [[10/12|date]] at Amesbury Health Centre; nursery place at [[Little Archers|school]]; tell SW [[Priya|name]].
Also seen: [[Mason|name]] ([[14.03.2020|dob]]) home from school, said he was hungry; gave a banana. Neighbour Mrs [[Gollop|name]]
([[no. 25|address]]) says dogs bark all night.
Discussed with SW [[Priya Landon|name]] by phone 12:10. Student [[Ffion|name]] to write up the home conditions tool. GP: Dr
[[Whitlock|name]].
"""),
]

DOCS_B += [
    ("MARAC referral form", """MARAC REFERRAL - Wiltshire   Date: [[21/10/2026|date]]
Victim: [[Marie-Josée Hnawia|name]]   DOB [[08.02.1990|dob]]   Address: [[8 Longbow Road|address]], [[Archers Gate|place]],
[[SP4 7ZS|postcode]]
Safe number: [[07934 271 568|phone]] (text first). First language: French; also Drehu. Born [[Wé|place]], [[Lifou|place]].
Perpetrator: [[Cory WAHNYAMALLA|name]], serving soldier, [[Bulford Camp|place]]. Bail to [[Tidworth|place]] barracks, no contact.
Children: [[Wéjième Wahnyamalla|name]] ([[27/05/2016|dob]]), [[Amesbury Archer|school]] Primary.
Risk: strangulation [[17/10|date]]; earlier push on [[Christmas Eve 2025|date]] (told to neighbour [[Hayley Sollis|name]]).
Referrer: IDVA [[Becca Lusted|name]], [[becca.lusted@wiltshireidva.org.uk|email]]. Tonton [[Pierre Hnawia|name]] in [[Nouméa|place]] may
send money for flights.
Other agencies: Unit welfare Capt [[Ellis Bramble|name]]; HV none; school DSL [[Rachel Oakes|name]]; GP Dr [[Whitlock|name]].
Interpreter used: [[Anaïs Ferrand|name]] (French). Mum's friend [[Sandrine Wakie|name]] in [[Nouméa|place]] on [[+687 27 38 14|phone]].
Chair of MARAC: DI [[Grant Heyward|name]]. Meeting: [[29 October 2026|date]]. Army liaison: Maj [[Fiona Leckie|name]],
[[Bulford Camp|place]].
"""),
]

DOCS_C += [
    ("pharmacy call log", """[[Durrington|place]] pharmacy - phone log
[[18/11/2026|date]] 16:10  Girl ([[Ellie|name]]) collecting [[S. Pike|name]]'s lithium again, in school uniform. Dispenser
[[Karen Giddings|name]].
[[25/11/2026|date]] 15:55  Dad rang ([[07588 314 762|phone]]), slurred, asked for "double". Refused. Pharmacist [[Omar Raza|name]].
[[26/11/2026|date]] 09:00  Rang GP (Dr [[Whitlock|name]]) and left msg for [[Lou Farrant|name]] at young carers.
[[27/11|date]]  [[Ellie|name]]'s mum [[Kerry|name]] came in from [[Andover|place]]; will collect from now on. Lives with [[Gary Nutt|name]].
[[2/12|date]]  [[Kerry|name]] collected. Said [[Stuart|name]] admitted to Salisbury District Hospital overnight [[30/11|date]] and home
[[1/12|date]].
[[3/12|date]]  [[Ellie|name]] came in with [[Lily|name]] and [[Lily|name]]'s mum [[Donna Morland|name]] to buy plasters. Fine.
"""),
]

DOCS_D += [
    ("contextual safeguarding panel minutes", """CONTEXTUAL SAFEGUARDING PANEL - [[8 December 2026|date]]
Young people: [[Summer Rowe|name]] ([[22.01.2011|dob]]), [[Freya Dunn|name]], "[[Ebz|name]]" ([[Ebony Platt|name]], [[Swindon|place]])
Locations: bus stop by the [[Bulford|place]] shop; chip shop in [[Durrington|place]]; flat in [[Penhill|place]]; [[Solstice Park|place]].
Adult of concern: [[Jonathan KALE|name]] ("[[Jonno|name]]"), cars [[YR21 BHU|vehicle]] and [[GN17 OWZ|vehicle]].
[[Summer|name]]'s mum [[Nikki|name]] said [[Carl|name]] is back from Estonia on [[19th Dec|date]]. Youth worker [[Dom Ashe|name]]
to do detached work at [[Bulford Camp|place]] Fridays. PCSO [[Lyndsey Pratt|name]] to patrol [[Salisbury|place]] bus station.
Also discussed: [[Kai Bolton|name]] (14) seen with [[Jonno|name]] at [[Solstice Park|place]] on [[29/11|date]]; [[Kai|name]]'s nan
[[Irene Bolton|name]]
lives [[Durrington|place]]. Next panel [[12 January 2027|date]]. Minutes by [[Lyndsey Pratt|name]].
Parents told: [[Nikki Catterall|name]] ([[07957 640 218|phone]]); [[Claire Dunn|name]] ([[Freya|name]]'s mum), [[Durrington|place]].
"""),
]

DOCS_E += [
    ("mother's voice note transcribed", """voice note from [[Laura|name]] to SW [[Jenna Wray|name]], [[28/11/26|date]] 03:14, typed by
[[Jenna|name]]

"hiya [[jenna|name]] sorry its 3am. [[aaron|name]]'s been up since one, banging his head. [[bikash|name]] is on exercise on the plain
til the [[4th|date]]. his mum [[sita|name]] rang from [[pokhara|place]] on video and sang to him, it helped a bit. my sister [[rachel|name]]
in [[amesbury|place]] cant come cos of her kids. can we talk about [[ivy lodge|address]] again. i just need one night."
(second note, 03:20) "and [[bikash|name]]s number is on the form but hes got no signal on the plain. his boss capt [[rai|name]]
is nice. ok night [[jenna|name]]"
(typed by [[Jenna|name]] [[28/11|date]] 09:00 - rang [[Laura|name]] back; [[Rachel Marsh|name]] will have [[Aaron|name]] on
[[the 5th|date]])
"""),
]

DOCS_F += [
    ("nan's letter to the social worker", """[[5 Bulford Road|address]]
[[Durrington|place]]
[[3rd December 2026|date]]

Dear Miss [[Wray|name]],
Thank you for letting [[Riley|name]] stay. He is sleeping in [[Gemma|name]]'s old room. I rang Mrs [[Penfold|name]] at school.
[[Gem|name]] has been like this since she met [[Lee|name]]. Before that she was clean for two years in [[Warminster|place]].
My neighbour [[Val Hobday|name]] says [[Lee|name]]'s van was outside [[Stonehenge Cottages|address]] all weekend.
You can ring me on [[01980 653 228|phone]].
Yours, [[Carol Lacey|name]] (Nan)
P.S. [[Riley|name]]'s dad is [[Shane Sturgess|name]], he is in [[Portsmouth|place]] and has not seen him since [[Riley|name]]'s
4th birthday ([[18 September 2020|date]]). His number was [[07861 592 034|phone]] but I think that is wrong.
P.P.S. [[Gemma|name]]'s friend [[Stacey Bright|name]] in [[Amesbury|place]] might know where [[Lee|name]] gets it.
"""),
]


DOCS_A += [
    ("mother's facebook messages typed up", """messages [[chantelle hicks|name]] to her mate [[jade|name]], shown to SW by [[jade|name]]
[[4/12/26|date]]

[[chantelle|name]]: babe can u have [[mase|name]] after sch tmrw, im so tired
[[jade|name]]: yh hun, bring [[lacey|name]] too? im at my mums in [[bulford|place]] til 6
[[chantelle|name]]: hv came again today with some student. [[nicola|name]] said [[lacey|name]] lost weight. i feed her!!
[[jade|name]]: ignore her. [[deano|name]] been round?
[[chantelle|name]]: no he took the car n went to [[tidworth|place]]. his mum [[sandra ashworth|name]] keeps ringing me
[[jade|name]]: block her lol. see u at [[archer|school]] 3.15
[[chantelle|name]]: [[brenda|name]] took [[mase|name]] to [[larkhill|place]] again sun. shes always judging
[[jade|name]]: ur mum means well. my [[kyle|name]] says he'll fix ur door thurs [[10th|date]]
[[chantelle|name]]: ta. tell [[kyle|name]] bring his drill. [[priya|name]] the social is coming mon [[14th|date]] ugh
[[jade|name]]: [[sandra|name]] messaged me too. says [[deano|name]] is at [[liam|name]]s in [[tidworth|place]]
"""),
]

DOCS_B += [
    ("child's worksheet in French and English, scanned", """[[Amesbury Archer|school]] - Year 5 - "My family" - [[Wéjième W.|name]] -
[[2 Nov 2026|date]]

My name is [[Wéjé|name]]. I am from [[Lifou|place]] (it is an island). My mum is [[Marie-Josée|name]] and my papa is [[Cory|name]].
Ma grand-mère s'appelle [[Wamo|name]], elle habite à [[Drueulu|place]]. (My grandmother is called [[Wamo|name]], she lives in
[[Drueulu|place]].) I like rugby with [[Jaxon|name]] and [[Oliver Hext|name]]. Papa shouts when he comes from [[Bulford|place]].
I want to go to [[Nouméa|place]] to see tata [[Josiane|name]]. My teacher is Mr [[Fenwick|name]].
Teacher's note: [[Wéjé|name]] upset after writing this. Told DSL [[Rachel Oakes|name]] [[2/11|date]]. Mum's friend
[[Hayley|name]] collected. [[Oliver|name]]'s mum Mrs [[Hext|name]] offered tea after school.
Page 2: [[Wéjé|name]] drew [[Wamo|name]], [[Josiane|name]], [[Pierre|name]] and a boat to [[Lifou|place]].
"""),
]

DOCS_C += [
    ("young carers' assessment summary", """YOUNG CARERS ASSESSMENT - Carer Support Wiltshire
Young carer: [[PIKE, Ellie|name]]   DOB [[09/07/2014|dob]]   School: [[Avon Valley College|school]], [[Durrington|place]]
Address: [[3 Ablington Lane|address]], [[Figheldean|place]], [[SP4 8JX|postcode]]. Assessed by [[Lou Farrant|name]]
[[3 December 2026|date]].
Cared-for: dad [[Stuart Pike|name]] (bipolar disorder; CPN [[Mark Tovey|name]]). Mum [[Kerry Pike|name]] in [[Andover|place]].
Tasks: meals, medication collection in [[Durrington|place]], money, calming dad at night. About 25 hours a week.
[[Ellie|name]] wants: a trip with the group to [[Weymouth|place]]; her friend [[Lily Morland|name]] to come.
Teacher Mrs [[Kettle|name]] ([[s.kettle@avonvalley.wilts.sch.uk|email]]) to give a pass to phone home.
Emergency contacts: [[Kerry Pike|name]] [[07409 826 153|phone]]; neighbour [[Jim Starr|name]] at [[no 5|address]] [[Ablington Lane|address]]
(owner of [[Maisie|name]]). Review: [[3 March 2027|date]].
Signed: [[L. Farrant|name]]; [[Ellie Pike|name]] ("[[El|name]]"); [[Stuart Pike|name]].
"""),
]

DOCS_D += [
    ("mother's phone call note", """Phone call from [[Nikki Catterall|name]] ([[07957 640 218|phone]]) - [[5/12/2026|date]] 21:40 - duty SW
[[Owen Pask|name]]
[[Nikki|name]] says [[Summer|name]] went out at 8 "to [[Freya|name]]'s" in [[Durrington|place]] but [[Freya|name]]'s mum [[Claire|name]]
says not there. [[Summer|name]]'s phone off. Last seen getting into a white car near the [[Bulford|place]] shop. [[Nikki|name]] has rung
police (log 0987 of [[5th|date]]). [[Carl|name]] not back till the [[19th|date]]. Advised to ring 101 again if no contact by midnight.
22:55 update: [[Summer|name]] home, dropped at [[Countess Roundabout|address]] by "a mate".
[[6/12/2026|date]] 09:10 follow up: [[Nikki|name]] says [[Summer|name]] has a new phone and a bag of cash; the car was [[YR21 BHU|vehicle]]
again.
Told [[Leah Crouch|name]] (RHI worker) and DS [[Maddox|name]]. Strategy meeting booked [[7/12|date]].
[[Nikki|name]]'s neighbour [[Sharon Tapp|name]] ([[no. 43|address]] [[Kiwi Road|address]]) saw the car too.
"""),
]

DOCS_E += [
    ("short breaks panel minutes", """SHORT BREAKS PANEL - [[10/12/2026|date]]
Child: [[Aaron Gurung|name]] ([[05.04.2018|dob]]), [[Netheravon|place]]. SW [[Jenna Wray|name]] presented.
Parents [[Laura Marsh|name]] and [[Bikash Gurung|name]] (welfare officer Capt [[Deepak Rai|name]], [[Bulford Camp|place]]).
Evidence: Dr [[Okafor|name]]'s letter of [[21 November|date]]; [[Exeter House|school]] report by Ms [[Hannah Greer|name]].
Decision: two nights a month at [[Ivy Lodge|address]]; sitter [[Maxine Tull|name]] from [[Upavon|place]] 4 hours a week.
Present: [[Tom Radley|name]] (chair), [[Hannah Greer|name]], [[Jenna Wray|name]], Dr [[Okafor|name]] (by phone). Apologies:
[[Sue Penfold|name]].
Review [[10 June 2027|date]]. Letter to [[Laura|name]] and [[Bikash|name]] at [[17 Kennet Close|address]].
"""),
]

DOCS_F += [
    ("riley's own words, written with the school nurse", """what i want to say - [[Riley|name]] (year 5) with [[Sue|name]] the nurse,
[[4/12/2026|date]]

i like living at nans in [[durrington|place]] because there is food and her dog [[Biscuit|name]]. i miss mum. [[lee|name]] is
scary he shouts and he has a van. mum sleeps lots. i dont want to go back to [[west amesbury|place]] until mum is better.
my best mate is [[Harvey|name]] and i want to go to his party on the [[12th|date]]. nan says i can.
[[Sue|name]] wrote: [[Riley|name]] drew his house in [[West Amesbury|place]] with a big van outside and "[[LEE|name]]" on it.
He says nan [[carol|name]] lets him ring mum at the weekend.
[[Harvey|name]]'s mum is [[Kelly Pitt|name]]. nan [[carol|name]] knows her from [[durrington|place]] bingo.
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 213 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 22:04 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "capt", "maj", "insp", "rev", "sw", "hv",
           "nurse", "our", "nan", "nanny", "gran", "granny", "mum", "mummy", "dad", "daddy", "aunty", "auntie", "uncle", "papa",
           "mamie", "tonton", "tata", "aaji", "aunt"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "uk", "wiltshire", "new caledonia", "nepal", "estonia", "france", "salisbury plain"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("Mamie Wamo", "Aaji", "Capt Ellis Bramble") and regions.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
