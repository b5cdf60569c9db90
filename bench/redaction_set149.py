"""Set 149: a held-out hand-written set for the redaction detector, six more invented families in Newport, south Wales, written in
one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or the files of the
helpers writing sets 146, 147 and 148 at the same time (bench/redaction_set146.py to redaction_set148.py and their tests), that
did not run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What
was read: bench/redaction_set21.py (its docstring, its imports, first record and first document, and its tail: word lists and
checker set-up; the layout and marking conventions followed here) and tests/test_redaction_set21.py in full, the module
docstrings only of bench/redaction_set7.py to redaction_set145.py (printed with ast.get_docstring and searched, as printed text,
for Newport's districts and for community names, to pick a home and communities no earlier set used),
bench/redaction_handwritten.py (its helpers and first records), the function definitions of bench/redaction_set15.py (ast found
none in it, so nothing of it was shown), and the ruff settings in pyproject.toml. Phone numbers were checked with the
phonenumbers library and NHS numbers and UPNs made and checked with python-stdnum in small snippets. The record constructors
(d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records. Nobody may tune
the detector on this set: it is to be scored once, after the detector's current round of changes. If a mistake in the gold
marking is found after scoring, correct only the marking and say so here.

Six families in Newport (Casnewydd), each from a district no earlier set used as a family's home (no earlier docstring names
Newport in Wales or any of its districts). A young white Welsh mother in Bettws with a Welsh-medium schoolgirl of 9 and a boy of
5, a grandmother in Rogerstone and the boy's father in Malpas (Pritchard / Gwilliam; neglect, a mother's depression after her
father's death, a father who controls her money and threw a television, a dog bite to a neighbour's boy); a Bahraini family
seeking asylum in Maindee, with a grandmother in Sitra and an uncle in Dubai (Al-Aradi / Abdulla; a father with PTSD after
detention who hit his son of 9 with a belt, a girl of 13 who carries the house, a damp flat); a Gorani family from Kosovo in
Maesglas, with a grandmother in Restelica, an uncle in Belgrade and a cousin in Prizren (Ferati / Dželadini; a girl of 15 to be
"engaged" to a cousin of 22 on a family trip, the Forced Marriage Unit, a father's own letter); a British Pakistani family in
Alway with a grandmother and uncle in Maindee and family in Mirpur (Mahmood; a boy of 15 with autism excluded and criminally
exploited on county lines to Cardiff, Barry and Caerphilly, arrested with a knife, going missing); a white British family from
Bristol in Ringland, with a grandmother in Hartcliffe and an aunt in Bedminster (Magor / Crick; non-fatal strangulation by a
mother's partner seen by a girl of 11, a neighbour's complaints); and a Somali family in Pillgwenlly, with a grandmother in the
Hodan district of Mogadishu, an aunt in Hargeisa and a father in Leicester (Warsame / Ali Farah; a risk of FGM to a girl of 10
on a trip to Mogadishu, an FGM Protection Order). The Bahraini and Gorani communities are new to these sets (no earlier
docstring names them). 24 documents, each with its own style: a Welsh health visiting contact record, a bilingual (Welsh and
English) school safeguarding concern form, a mother's texts to a social worker's work mobile, an initial child protection
conference report, a joint section 47 visit record with an interpreter, WhatsApp voice notes in Gulf Arabic transcribed and
translated (names and places in Arabic script), an asylum accommodation provider's email chain, strategy discussion minutes, a
Forced Marriage Unit referral form (names in Serbian Cyrillic), Instagram direct messages typed up by a school, a DSL's
chronology, a father's own letter (signed in Cyrillic by the mother), a police custody record extract, a youth justice
assessment summary, a front door call log, a youth worker's notes typed fast on a phone, a police Public Protection Notice, a
Facebook Messenger chat between sisters, a neighbour's handwritten letter scanned with OCR (errors left in), a care and support
plan review, a GP's FGM letter, a social worker's witness statement for an FGM Protection Order, a school nurse's speech-to-text
dictation (mis-hearings left in) and a grandmother's Somali texts translated for a court bundle.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street names
may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the phonenumbers
library), UK and foreign (Bahrain, United Arab Emirates, Kosovo, Serbia, Pakistan, Somalia); NHS numbers pass their check digit;
NI numbers have a valid format. The council (Usk Estuary County Borough Council) and the accommodation provider's email domain
are invented; towns, districts, estates, villages, real schools and colleges, NHS bodies, hospitals, health centres, police
forces, courts, charities, programmes, shops, clubs, apps and laws are real and stay unmarked unless the conventions say
otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Miss, mister, Dr, PC,
DC, DS, Sgt, Nurse, Sheikh, Sayed, Mam, Nan, Nanna, Nain, Daddy, Dadi, chacha, auntie, teta, Baba, Mama, Yumma, Khali, Umm,
Hooyo, Ayeeyo, Habaryar) stay outside the name span; a possessive 's and a texting bare s ("tegan"s, "dale"s) stay outside;
every person's name is a name in every form, record or not; "SURNAME, First" is one span; initials alone ("TP/RG", "RJ", a
contact saved as "T", "Z") are not marked; a name broken by a line break is one span, and so is an address, a place, a school or
a date; usernames are not marked but a display name that is a person's name is; pets (Bella, Tank) are not names; countries,
counties and regions (Wales, Gwent, Bahrain and its Arabic "البحرين", Kosovo, Gora, Germany, Somalia, Azad Kashmir) are not
places; organisations stay unmarked even when they hold a place's or person's name (Bettws Medical Centre, Maindee Health
Centre, Pillgwenlly Health Centre, the Grange University Hospital, the Royal Gwent, Aneurin Bevan UHB, Newport City Homes,
Newport Live, St Julians ABC, the Kingsway Centre, the Riverfront, the Family Court sitting at Cardiff, Jau prison); a firm
named after people marks only the names; landmarks stay unmarked (Lido beach).

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a Welsh school's name is a
school though it holds a person's name ("Ysgol Gymraeg Ifor Hael", "Ifor Hael"), and so is a college ("Coleg Gwent"), whose
campus town ("Nash") is a place; dates in Welsh ("23ain Hydref 2026", "26 Hydref", with "ddydd Llun" left outside as a weekday),
Somali ("20-ka Diseembar") and in Arabic-Indic numerals ("١٢ نوفمبر") are dates, in the original as well as in a translation; an
Arabic kunya "Umm Ali" / "أم علي" keeps "Umm" outside like a kinship word and marks the son's name; a name and a place with the
same spelling are marked by what they are ("Hodan" the mother and Hodan the district of Mogadishu; "Magor" the family and Magor
the village; "Barry" and "Ely", towns that are also given names, are places); Somali and Serbian spellings of the same person or
town are names and places ("Cabdiraxmaan", "Cali", "Ubax", "Hargeysa", "Аријана Ферати", "Љатифа", "Beograd", "dragash"); OCR
misreadings are marked by what they stand for ("Da1e", "Br00ke", "Jord4n", "Ring1and", "Bristo1", "NPl9 9PS", "3lst", "lst Nov",
"6th Nov 2O26"), and so are speech-to-text mis-hearings ("sagal ali far are", "safia hearsay", "pill gwenlly primary", "05 12
26"); a local short form ("Pill", "the pill" for Pillgwenlly) is a place; the family's own house number alone ("number 78") and
a neighbour's ("no. 25", "no. 80", "no 44", "no 76") are addresses; a service or stop named by its town marks the town ("Magor
services", "Flying Start Ringland", "Newport bus station", "Custody suite: Ystrad Mynach"), while a named building, club or
organisation does not; "boxing at st julians" in a worker's note is the district, a place; a street nickname ("Tiny") is a name;
a family name in the plural ("the Harrises") is a name. UPNs: python-stdnum knows only English local authority numbers, so the
Welsh children carry none and the one UPN is from the Bristol school a girl came from (LA 801).

Self-check without the detector: `python -m bench.redaction_set149` (and tests/test_redaction_set149.py) runs set 15's checker
(which runs the checkers of the sets before it) on this set, adds this set's titles and kinship words and countries and regions,
and prints the number of documents and gold spans per kind: 24 documents, 1,021 gold spans, 544 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Pritchard / Gwilliam family (white Welsh), Bettws, Newport ------------------------------------------------------------

HOME_A = d.Address("23 Monnow Way", "Bettws", "Newport", "NP20 7DQ")
NAN_A = d.Address("41 Cefn Walk", "Rogerstone", "Newport", "NP10 9GW")
DAD_A = d.Address("Flat 3, 8 Malpas Road", "Malpas", "Newport", "NP20 5PB")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tegan", "Pritchard")], dt.date(2017, 4, 19), addresses=[HOME_A], ids=["414 622 0025"],
       schools=["Ysgol Gymraeg Ifor Hael"]),
    _p("s", "sibling", [("Rhys", "Gwilliam")], dt.date(2021, 10, 6), addresses=[HOME_A], ids=["620 657 7465"]),
    _p("m", "mother", [("Carys", "Pritchard")], dt.date(1995, 8, 2), addresses=[HOME_A], phones=["07812 446 391"],
       ids=["JK 52 71 39 C"]),
    _p("f", "father", [("Jason", "Gwilliam")], dt.date(1992, 1, 27), addresses=[DAD_A], phones=["07968 213 557"]),
    _p("g", "grandparent", [("Glenys", "Pritchard")], dt.date(1966, 5, 9), addresses=[NAN_A], phones=["01633 842 517"]),
    _p("p1", "professional", [("Ffion", "Hale")], phones=["01633 656 712"], emails=["ffion.hale@uskestuary.gov.wales"]),
    _p("p2", "professional", [("Bethan", "Rowlands")], emails=["bethan.rowlands2@wales.nhs.uk"]),
], "c")

DOCS_A = [
    ("health visiting contact record from the Welsh community system", """HEALTHY CHILD WALES PROGRAMME - CONTACT RECORD
Child: [[GWILLIAM, Rhys|name]]     DOB: [[06/10/2021|dob]]     NHS No: [[620 657 7465|nhs]]
Address: [[23 Monnow Way|address]], [[Bettws|place]], [[Newport|place]] [[NP20 7DQ|postcode]]
Contact type: Targeted home visit (Enhanced)     Date: [[19.10.2026|date]]     Practitioner: [[Bethan Rowlands|name]], HV
Language of choice offered: Welsh / English - Mam chose English, [[Tegan|name]] answers in Welsh.

Present: Mam ([[Carys Pritchard|name]]), [[Rhys|name]], [[Tegan|name]] (home from school "with a tummy ache"), maternal grandmother
[[Glenys|name]] arrived 10:40.
Home conditions: front room strong smell of dog urine, two Staffies (Bella and Tank) shut in the kitchen; piles of washing,
mould on the bedroom wall behind [[Rhys|name]]'s cot bed. Gas meter on emergency credit. Fridge: milk, margarine, a bag of
chips. Mam said her Universal Credit was sanctioned on [[2 October|date]] after she missed the appointment at the Jobcentre in
[[Newport|place]] city centre.
[[Rhys|name]]: 5y 0m. Speech delayed - 10-15 single words, points and grunts. Not toilet trained. Weight on 2nd centile (was
25th at 27 months). Small healing bite mark on left forearm - Mam says Bella "nipped him over a crust" on the
[[14th|date]]; not taken to the Grange. Not registered at a nursery since leaving Cylch Meithrin in July.
Mam: tearful, says she is "not sleeping, not eating", stopped her sertraline. Scored 19 on PHQ-9. She says [[Jason|name]] ([[Rhys|name]]'s
dad, [[Jason Gwilliam|name]]) comes round "when he wants" and smokes weed in the garden; he took her bank card last week. She
asked me not to write that down. Explained I have to. Nan [[Glenys|name]] (lives in [[Rogerstone|place]], [[01633 842 517|phone]])
offered to have the children two nights a week.
Actions: 1. Referral to IAA ([[Newport|place]]) today - safeguarding; 2. GP appointment for Mam booked with Dr [[Aled
Parry|name]] at Bettws Medical Centre [[21/10/26|date]]; 3. Speech and language referral; 4. Flying Start outreach worker
[[Nia Whitcombe|name]] to visit; 5. Discussed with safeguarding specialist nurse [[Rachel Dyer|name]] [[19/10/2026|date]] 14:10.
Next contact: [[2 November 2026|date]].    Signed: [[B. Rowlands|name]]  ([[bethan.rowlands2@wales.nhs.uk|email]])
"""),
    ("bilingual Welsh-medium school concern form", """YSGOL GYMRAEG IFOR HAEL - FFURFLEN PRYDER DIOGELU / SAFEGUARDING CONCERN FORM
Enw'r plentyn / Child's name: [[Tegan Pritchard|name]]       Dosbarth / Class: Blwyddyn 4 (Mr [[Bevan|name]])
Dyddiad geni / DOB: [[19-04-2017|dob]]         Dyddiad / Date: [[23ain Hydref 2026|date]]
Cofnodwyd gan / Recorded by: [[Elin Morgan-Jones|name]] (CA / TA)
Beth welsoch chi neu glywed? / What did you see or hear?
Amser chwarae bore 'ma dywedodd [[Tegan|name]] wrth [[Lowri|name]] (ffrind) bod "[[Jase|name]] wedi taflu'r teledu". Asked her in English
and in Welsh. She said: "[[Jason|name]] was shouting at Mam and he threw the telly off the stand and Mam cried. I put [[Rhys|name]] in
my bed." She said it was "the night before yesterday" ([[21/10|date]]). She said nan was not there. She has been late 9 times
this half term and is wearing the same polo shirt all week. She asked if she can stay in for dinner club because "there's
no food at ours till Friday". She is very tired and fell asleep in Cymraeg.
Plentyn yn dweud / Child's words (exact): "Paid dweud wrth Mam. Dw i ddim isie mynd i Nain [[Gwilliam|name]]'s."
Note (DSL): the child calls her paternal step-grandmother "Nain"; [[Gwilliam|name]] is [[Rhys|name]]'s family name, not
[[Tegan|name]]'s. Class teacher [[Huw Bevan|name]] noted the same tiredness on [[20.10.26|date]].
Gweithredu / Action (DSL [[Catrin Llewellyn|name]]): rung IAA 11:20, spoke to [[Ffion Hale|name]] ([[01633 656 712|phone]]);
rang Mam at 11:40 on [[07812 446 391|phone]] - no answer; rang Nan at 11:45 - she will collect [[Tegan|name]] from the gate at
3:15. Sent to the Child Protection team at the council by secure email.
Llofnod / Signed: [[E. Morgan-Jones|name]]          DSL: [[C Llewellyn|name]]   [[23/10/2026|date]]
Ychwanegiad / Addendum, [[24/10/2026|date]] (DSL): Nan [[Glenys Pritchard|name]] collected [[Tegan|name]] at 3:15 with her neighbour
[[Brenda Tovey|name]] ([[07825 630 118|phone]]), who drove; [[Tegan|name]] was happy to go to [[Rogerstone|place]]. [[Lowri|name]]'s mother,
[[Sioned Harris|name]], told Mr [[Bevan|name]] that [[Tegan|name]] slept at theirs on [[Heol Glaslyn|address]], [[Bettws|place]], on the
[[16th|date]] and the [[17th|date]] "because of the shouting" and that [[Carys|name]] came for her next morning "in a state". Mam
rang school at 16:02 from a withheld number; she was angry with [[Lowri|name]]'s family and said [[Tegan|name]] "makes things up".
Plentyn wedi symud i dŷ ei Nain tan ddydd Llun [[26 Hydref|date]] / Child staying with Nan until Monday [[26 October|date]].
"""),
    ("mother's text messages to the social worker copied from the work mobile", """Work mobile export - [[Ffion Hale|name]] (IAA / Child
Protection, [[01633 656 712|phone]]). Contact: "[[Carys Pritchard|name]] (mum TP/RG)" [[07812 446 391|phone]]

[[24/10/2026|date]] 21:14  [[Carys|name]]: hiya is that [[ffion|name]] from the council. its [[carys|name]]. [[tegan|name]]s mam
[[24/10/2026|date]] 21:15  [[Carys|name]]: i know the school rung u. [[jase|name]] is NOT living here he just come for [[rhys|name]]. i
swear on my nan
[[24/10/2026|date]] 21:17  [[Carys|name]]: please dont take them. my mam can have them weekends. shes in [[rogerstone|place]] not far
[[24/10/2026|date]] 21:40  [[Ffion|name]]: Hi [[Carys|name]], yes it's [[Ffion|name]]. Nobody is talking about taking the children. I'll
come
and see you Monday [[26th|date]] at 10, with my colleague [[Owain|name]]. Is [[Jason|name]] likely to be there?
[[24/10/2026|date]] 21:52  [[Carys|name]]: no hes at his flat in [[malpas|place]]. he said if social come round hes gonna kick off
[[25/10/2026|date]] 08:03  [[Carys|name]]: sorry about last nite. bella got out n bit the lad from [[no. 25|address]] on the leg. his mam
[[donna|name]] is going mad says shes ringing police
[[25/10/2026|date]] 08:05  [[Carys|name]]: [[Donna Lovell|name]] i mean. she hates me since the thing with her [[kyle|name]]
[[25/10/2026|date]] 12:30  [[Ffion|name]]: Thanks for telling me. Is the boy OK? Please keep the dogs in the kitchen. See you Monday.
[[26/10/2026|date]] 09:31  [[Carys|name]]: we're at nans instead [[41 cefn walk|address]] [[np10 9gw|postcode]]. [[jase|name]] come
round at 7
this morning
[[26/10/2026|date]] 09:32  [[Carys|name]]: his mates van outside mine [[CU68 WBF|vehicle]] white transit if u see it dont come in
[[26/10/2026|date]] 09:40  [[Ffion|name]]: Thank you. I'll come to your mam's in [[Rogerstone|place]] instead, 10:30. If you feel unsafe
ring 999.
"""),
    ("initial child protection conference report", """USK ESTUARY COUNTY BOROUGH COUNCIL - CHILDREN'S SERVICES
REPORT TO INITIAL CHILD PROTECTION CONFERENCE (Part 4 and 7, Social Services and Well-being (Wales) Act 2014)
Conference: Thursday [[12 November 2026|date]], 10:00, Civic Centre, [[Newport|place]] (hybrid, Teams)
Chair: [[Siân Fielding|name]], Independent Reviewing Officer      Author: [[Ffion Hale|name]], Social Worker
Children: [[Tegan Pritchard|name]] (b. [[19/04/2017|dob]], NHS [[414 622 0025|nhs]]), [[Ysgol Gymraeg Ifor Hael|school]], Year 4;
[[Rhys Gwilliam|name]] (b. [[06/10/2021|dob]], NHS [[620 657 7465|nhs]]), not in nursery.
Mother: [[Carys Pritchard|name]], [[02/08/1995|dob]], NI [[JK 52 71 39 C|ni]], [[23 Monnow Way|address]], [[Bettws|place]]
[[NP20 7DQ|postcode]]
Father of [[Rhys|name]]: [[Jason Gwilliam|name]], [[27.01.1992|dob]], [[Flat 3, 8 Malpas Road|address]], [[Malpas|place]]
[[NP20 5PB|postcode]], [[07968 213 557|phone]]. [[Tegan|name]]'s father ([[Liam Hurley|name]]) lives in [[Cwmbran|place]]; not seen her
since 2020.
Maternal grandmother: [[Glenys Pritchard|name]], [[41 Cefn Walk|address]], [[Rogerstone|place]] [[NP10 9GW|postcode]].

1. Reason for conference. Referral from the health visitor on [[19 October|date]] (neglect, maternal low mood) and from [[Ifor
Hael|school]] on [[23 October|date]] ([[Tegan|name]] disclosed [[Jason|name]] throwing a television in front of the children on
[[21 October 2026|date]]). Section 47 enquiry started [[26/10/2026|date]]; joint visit with DC [[Mark Tudor|name]], Gwent Police.
2. What we know. The home is dirty and cold; [[Rhys|name]] has fallen from the 25th to the 2nd centile; his speech is two years behind.
A neighbour's son ([[Kyle Lovell|name]], 9) was bitten by the family's dog on [[24 October|date]]; police attended and the dog
(Bella) was taken by the dog warden. [[Tegan|name]] is often late and hungry. [[Carys|name]] has been low since her
father, [[Wyn Pritchard|name]], died in March; she has stopped her medication. [[Jason|name]] has a history of violence
to a previous partner ([[Leanne Jenkins|name]], [[Caerleon|place]], 2019; MARAC). He controls [[Carys|name]]'s money.
3. The children's views. [[Tegan|name]] (in Welsh, with me and her teacher Mr [[Huw Bevan|name]]) drew her house with a "cross
cloud" over the lounge and said the best place is "Nanna [[Glenys|name]]'s because she has Sky and a trampoline". [[Rhys|name]] was
seen at home and at Nanna's; he went to his nan for comfort, not to his mother.
4. Strengths. Nan [[Glenys|name]] is a strong protective figure and has both children Fridays and Saturdays. [[Carys|name]]
has started with the GP (Dr [[Parry|name]]) and with Flying Start ([[Nia Whitcombe|name]]). She was honest about the money.
5. Recommendation: both children's names on the Child Protection Register, category neglect (both) and emotional abuse
([[Tegan|name]]). Core group first meeting [[19/11/2026|date]] at [[Ifor Hael|school]]. Written agreement: [[Jason|name]] not to
stay at [[Monnow Way|address]]; he will be offered the Choices programme.
Author: [[Ffion Hale|name]]   [[ffion.hale@uskestuary.gov.wales|email]]   [[01633 656 712|phone]]   Date of report: [[9 November 2026|date]]
"""),
]


# --- B. Al-Aradi / Abdulla family (Bahraini, asylum seekers), Maindee, Newport -----------------------------------------------

HOME_B = d.Address("Flat 2, 117 Chepstow Road", "Maindee", "Newport", "NP19 8EA")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Ali", "Al-Aradi")], dt.date(2017, 6, 22), addresses=[HOME_B], ids=["458 490 2259"],
       schools=["Maindee Primary School"]),
    _p("s", "sibling", [("Fatema", "Al-Aradi")], dt.date(2012, 11, 3), addresses=[HOME_B], ids=["538 037 0632"],
       schools=["Lliswerry High School"]),
    _p("s2", "sibling", [("Maryam", "Al-Aradi")], dt.date(2023, 3, 15), addresses=[HOME_B]),
    _p("m", "mother", [("Zahra", "Abdulla")], dt.date(1988, 9, 30), addresses=[HOME_B], phones=["07455 902 184"]),
    _p("f", "father", [("Hussain", "Al-Aradi")], dt.date(1984, 2, 11), addresses=[HOME_B], phones=["07733 618 240"]),
    _p("g", "grandparent", [("Amina", "Al-Aradi")], phones=["+973 3945 2716"]),
    _p("p1", "professional", [("Gareth", "Noakes")], phones=["01633 290 318"], emails=["gareth.noakes@uskestuary.gov.wales"]),
], "c")

DOCS_B = [
    ("joint section 47 home visit record with an Arabic interpreter", """JOINT VISIT RECORD (s47) - Children's Services and Gwent Police
Date/time: Wednesday [[4 November 2026|date]], 16:05-17:40      Venue: family home, [[Flat 2, 117 Chepstow Road|address]],
[[Maindee|place]],
[[Newport|place]] [[NP19 8EA|postcode]]
Workers: [[Gareth Noakes|name]] (SW), DC [[Sarah Whitlock|name]] 1187      Interpreter: Mr [[Yaser Haddad|name]] (Arabic, Gulf dialect,
by phone for the first 20 minutes, then in person; booked through WITS)
Family present: Mr [[Hussain Al-Aradi|name]] (father), Mrs [[Zahra Abdulla|name]] (mother; Bahraini women keep their own family
name), [[Fatema|name]] (13), [[Ali|name]] (9), [[Maryam|name]] (3).
Why: on [[3 November|date]] [[Ali|name]]'s class teacher at [[Maindee Primary|school]], Miss [[Ceri Pugh|name]], saw two long red marks on
the back of his thighs at PE. [[Ali|name]] said "Baba hit me with the belt because I said a bad word to [[Fatema|name]]." Medical at
the Royal Gwent on [[3/11/26|date]] (Dr [[Olu Adeyemi|name]], paediatric registrar): marks consistent with a strap, 1-2 days old.
Seen: [[Ali|name]] alone in his bedroom with DC [[Whitlock|name]] and me; he repeated the account and said it happened "one time". He
said [[Fatema|name]] helps him with homework and takes him to school. [[Fatema|name]] seen alone (in English, she declined the
interpreter): she said Baba "isn't like before", shouts at night, doesn't sleep, has "bad dreams from the prison". She
does the shopping at the Lidl on [[Chepstow Road|address]] and collects [[Maryam|name]] from the Flying Start setting on
[[Rodney Road|address]]. She missed 14 days of school this term.
Father (via interpreter): accepts he hit [[Ali|name]] with a belt "one time", says this is how he was raised in [[Sitra|place]]
and did not know it is against the law in Wales (Children (Abolition of Defence of Reasonable Punishment) (Wales) Act 2020
explained). He was detained in Jau prison in Bahrain 2018-2021 and has scars on his wrists; he has an asylum claim and
is waiting for a substantive interview. He sees nobody apart from the imam and a friend from the mosque on [[Harrow Road|address]],
Mr [[Jaffar Al-Mahroos|name]]. He said "I am not a father now, I am a ghost."
Mother: warm with the children, limited English. Her mother [[Amina|name]] phones daily from [[Sitra|place]] on WhatsApp
([[+973 3945 2716|phone]]). Her brother [[Mohamed Abdulla|name]] lives in [[Dubai|place]] ([[+971 50 418 2273|phone]]) and sends money.
Agreed: safety plan signed; no physical punishment; [[Fatema|name]] not to do the nursery run on school days; referral to Freedom
from Torture and to the GP (Dr [[Ruth Mainwaring|name]], Maindee Health Centre) for the father; young carers referral for
[[Fatema|name]]. Next visit Monday [[9 November 2026|date]].        [[G Noakes|name]]   [[04/11/2026|date]]
"""),
    ("WhatsApp voice notes in Arabic transcribed and translated", """TRANSCRIPT AND TRANSLATION of 3 WhatsApp voice notes (Arabic, Bahraini
dialect) played by [[Fatema Al-Aradi|name]] to her Head of Year, Mrs [[Angharad Vaughan|name]], at [[Lliswerry High|school]] on
[[10/11/2026|date]]. Transcribed and translated by [[Rana Khoury|name]], interpreter, on [[11 November 2026|date]].
Chat title: "بيت [[العرادي|name]]" ("[[Al-Aradi|name]] house"), members: Mama, Baba, [[فاطمة|name]], Yumma [[Amina|name]], Khali
[[Mohamed|name]]

1. [[08/11/2026|date]] 23:12 - sender "Yumma [[Amina|name]]" ([[+973 3945 2716|phone]])
Arabic: "يا [[فاطمة|name]]، دير بالك على [[علي|name]] و[[مريم|name]]. أبوك تعبان، لا تزعلينه. الله يحفظكم."
English: "[[Fatema|name]], look after [[Ali|name]] and [[Maryam|name]]. Your father is tired, don't upset him. God keep you."
2. [[09/11/2026|date]] 07:02 - sender "Baba" ([[07733 618 240|phone]])
Arabic (partly unclear): "... لا تقولين للمدرسة شي. إذا جات الشرطة مرة ثانية بيرجعونا البحرين ..."
English: "... don't tell the school anything. If the police come again they will send us back to Bahrain ..."
Translator's note: "البحرين" is Bahrain, the country.
3. [[09/11/2026|date]] 07:05 - sender "Khali [[Mohamed|name]]" ([[+971 50 418 2273|phone]])
Arabic: "[[فطوم|name]] حبيبتي، خلي أم [[علي|name]] تتصل فيني. أنا في [[دبي|place]] وأقدر أرسل فلوس للإيجار."
English: "[[Fattoum|name]] love, get Umm [[Ali|name]] to call me. I'm in [[Dubai|place]] and I can send money for the rent."
Translator's notes: "Yumma" = grandma (mother's mother), "Khali" = my maternal uncle; "[[Fattoum|name]]" is a pet form of
[[Fatema|name]]; "Umm [[Ali|name]]" ("mother of [[Ali|name]]") is how the family speak of Mrs [[Abdulla|name]]. In the second note there is
also a name I could not hear clearly, possibly "Sayed [[Jaffar|name]]".
4. (added [[12/11/2026|date]]) A fourth voice note, [[10/11/2026|date]] 22:48, sender "Mama" ([[07455 902 184|phone]]), to the group:
Arabic: "[[عباس|name]] من [[كاردف|place]] بيجي بكرة. [[فاطمة|name]] روحي مع [[مريم|name]] للحضانة بعد المدرسة. يوم الخميس
[[١٢ نوفمبر|date]] موعد [[حسين|name]] بالمستشفى."
English: "[[Abbas|name]] from [[Cardiff|place]] is coming tomorrow. [[Fatema|name]], take [[Maryam|name]] to nursery after school. Thursday
[[12 November|date]] is [[Hussain|name]]'s hospital appointment."
Translator's notes: "[[عباس|name]]" ([[Abbas|name]]) is, Mrs [[Abdulla|name]] says, [[Abbas Al-Sitri|name]], a family friend in
[[Grangetown|place]],
[[Cardiff|place]] ([[029 2045 7381|phone]]); "[[كاردف|place]]" is how Gulf speakers write [[Cardiff|place]]; the date "[[١٢ نوفمبر|date]]"
is written in Arabic-Indic numerals.
Yumma [[Amina|name]] lives in [[سترة|place]] ([[Sitra|place]]), south of [[Manama|place]]; Khali [[Mohamed|name]] has a flat in [[Al
Qusais|place]], [[Dubai|place]].
"""),
    ("asylum accommodation provider email chain about the flat", """From: [[Kerry-Ann Moseley|name]]
<[[k.moseley@clearspringsready.example|email]]>
Sent: [[13 November 2026|date]] 15:47
To: [[Gareth Noakes|name]] <[[gareth.noakes@uskestuary.gov.wales|email]]>
Cc: Migrant Help (safeguarding); [[Dylan Price|name]] (housing officer)
Subject: RE: Safeguarding - [[AL-ARADI|name]] household, [[117 Chepstow Rd|address]] Flat 2 - ref MH-33801276

Hi [[Gareth|name]],

Thanks for the call. I have logged a repair for the damp and the broken window in the children's room. Our maintenance
contractor ([[Phil Jarman|name]]) can attend on Tuesday [[17/11|date]] between 8 and 1. The family have been at this property
since [[12 May 2025|date]] (dispersed from the initial accommodation at [[Llanishen|place]], [[Cardiff|place]]). We can't move them
to a bigger unit before the asylum decision, but I've asked about a 3-bed in [[Lliswerry|place]] or [[Somerton|place]].

On your other question: yes, the neighbour in Flat 1 (Mr [[Krzysztof Nowak|name]]) rang our line twice in October about
"shouting and a child screaming late at night" ([[12.10.2026|date]] and [[27.10.2026|date]]). He was told to ring 101. I attach
his notes.

Kind regards,
[[Kerry-Ann|name]]
Housing Officer, South Wales patch

> From: [[Gareth Noakes|name]]
> Sent: [[12 November 2026|date]] 09:10
> Hi [[Kerry-Ann|name]], I'm the social worker for the [[Al-Aradi|name]] / [[Abdulla|name]] family at [[Chepstow Road|address]]. Mum
> has asked me to help with the damp (the youngest, [[Maryam|name]], b. [[15/03/2023|dob]], has had two chest infections). Mr
> [[Al-Aradi|name]] is under the Community Mental Health Team; his phone is [[07733 618 240|phone]] but he rarely answers - please
> ring Mrs [[Abdulla|name]] on [[07455 902 184|phone]] with a Gulf Arabic interpreter. Best wishes, [[Gareth|name]]
([[01633 290 318|phone]])
"""),
    ("strategy discussion minutes", """STRATEGY DISCUSSION - MINUTES (Wales Safeguarding Procedures, section 5)
Date: [[05/11/2026|date]] 14:00, Teams     Children: [[ALI AL-ARADI|name]] ([[22.06.2017|dob]]), [[FATEMA AL-ARADI|name]]
([[03.11.2012|dob]]),
[[MARYAM AL-ARADI|name]] ([[15.03.2023|dob]])      Address: [[Flat 2, 117 Chepstow Road|address]], [[Newport|place]] [[NP19 8EA|postcode]]
Chair: [[Lisa Cordey|name]], Team Manager       Minutes: [[Tom Harries|name]], business support
Attending: [[Gareth Noakes|name]] (SW); DS [[Aled Roberts|name]] (Gwent Police PPU); Dr [[Olu Adeyemi|name]] (Grange University
Hospital, paediatrics); [[Nicola Bright|name]] (safeguarding nurse, Aneurin Bevan UHB); Mrs [[Ceri Pugh|name]] (DSL, [[Maindee
Primary School|school]]); [[Owen Rees|name]] (Head of Year 9, [[Lliswerry High School|school]]).

1. Information shared
Police: no previous for either parent in the UK; one call from the neighbour ([[12/10/2026|date]]), no crime. The father's name
was checked with the Home Office. Health: [[Ali|name]] NHS [[458 490 2259|nhs]]; [[Fatema|name]] NHS [[538 037 0632|nhs]]; both up to
date with
immunisations in Bahrain and here. [[Maryam|name]] seen at Maindee Health Centre x3 for chest infections. Father registered
with the CMHT since August, PTSD, on a waiting list for trauma therapy at Traumatic Stress Wales.
School: [[Ali|name]] - attendance 91%, a quiet boy, friends with [[Idris|name]] and [[Mateo|name]] in his class; the marks were
seen on Tuesday [[3 November|date]]. [[Fatema|name]] - attendance 78%; her form tutor says she "runs the house".
2. Decision: threshold met for a single-agency s47 led by Children's Services, joint visit with police today; no
criminal investigation at this point (DS [[Roberts|name]] to review after the visit). Interpreter: male Gulf Arabic (the
father asked for one who is not from the local mosque community).
3. Actions: [[G Noakes|name]] - joint visit [[04/11|date]] done? NOTE: the visit took place the day before this meeting because
of the medical; the chair accepted this. Nurse [[Bright|name]] - health visitor for [[Maryam|name]]. [[Owen Rees|name]] - young carers
referral to [[Newport|place]] Carers Hub. Review strategy discussion: [[19 November 2026|date]].
"""),
]


# --- C. Ferati / Dželadini family (Gorani, from Kosovo), Maesglas, Newport ---------------------------------------------------

HOME_C = d.Address("46 Maesglas Crescent", "Maesglas", "Newport", "NP20 3DQ")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Arijana", "Ferati")], dt.date(2011, 2, 14), addresses=[HOME_C], ids=["502 943 1780"],
       schools=["St Joseph's R.C. High School"]),
    _p("s", "sibling", [("Edis", "Ferati")], dt.date(2015, 7, 1), addresses=[HOME_C], ids=["650 100 0696"]),
    _p("m", "mother", [("Ljatifa", "Ferati"), ("Ljatifa", "Dželadini")], dt.date(1987, 12, 5), addresses=[HOME_C],
       phones=["07593 274 806"]),
    _p("f", "father", [("Senad", "Ferati")], dt.date(1982, 4, 18), addresses=[HOME_C], phones=["07887 130 469"],
       ids=["SN 38 40 17 B"]),
    _p("g", "grandparent", [("Hajrija", "Ferati")], phones=["+383 44 215 873"]),
    _p("p1", "professional", [("Rhiannon", "Cole")], phones=["01633 451 276"], emails=["rhiannon.cole@uskestuary.gov.wales"]),
], "c")

DOCS_C = [
    ("Forced Marriage Unit referral form", """FORCED MARRIAGE UNIT (FCDO / Home Office) - REFERRAL FORM FOR PROFESSIONALS
OFFICIAL-SENSITIVE
Section 1 - referrer: [[Rhiannon Cole|name]], Social Worker, Usk Estuary County Borough Council, [[01633 451 276|phone]],
[[rhiannon.cole@uskestuary.gov.wales|email]]      Date: [[16 November 2026|date]]
Section 2 - person at risk
Surname: [[FERATI|name]]     Forenames: [[Arijana|name]]     Also known as: [[Ari|name]]; "[[Arijana Ferati|name]]" is also written
[[Аријана Ферати|name]] on her Serbian-issued birth certificate.     DOB: [[14/02/2011|dob]]     Sex: F     Age: 15
Address in UK: [[46 Maesglas Crescent|address]], [[Maesglas|place]], [[Newport|place]] [[NP20 3DQ|postcode]]
Nationality: Kosovan (also holds a Serbian passport)     Ethnicity / community: Gorani (Muslim Slavic minority from Gora, south
Kosovo); home language Našinski ("our language") - needs a Gorani or Bosnian/Serbian interpreter, NOT Albanian.
School: [[St Joseph's R.C. High School|school]], [[Newport|place]], Year 11
Section 3 - proposed travel: whole family to fly [[Bristol|place]]-[[Pristina|place]] on [[19 December 2026|date]], return
[[4 January 2027|date]]; staying
with paternal grandmother [[Hajrija Ferati|name]] in the village of [[Restelica|place]] (phone [[+383 44 215 873|phone]]). The
father's brother [[Muamer Ferati|name]] lives in [[Belgrade|place]] ([[+381 63 812 4470|phone]]) and will drive them from
[[Pristina|place]].
Section 4 - concerns: [[Arijana|name]] told her friend ([[Kacey Boulter|name]], 15) that her "engagement" to a cousin, [[Dževad|name]]
(about 22, lives in [[Dragaš|place]]), will be "done at New Year" and that her phone will be taken at the airport. The
friend told Miss [[Frances O'Leary|name]] (DSL) on [[13/11/2026|date]]. [[Arijana|name]] later said it was "a joke", then cried and
said her father "already gave the word" to [[Dževad|name]]'s family at a wedding in [[Stuttgart|place]] last summer.
Section 5 - family: father [[Senad Ferati|name]] ([[18.04.1982|dob]], NI [[SN 38 40 17 B|ni]], [[07887 130 469|phone]]); mother [[Ljatifa
Ferati|name]] (née [[Dželadini|name]], [[05.12.1987|dob]], [[07593 274 806|phone]]); brother [[Edis|name]] (11). Passports: held by father.
Section 6 - action requested: advice on a Forced Marriage Protection Order before [[19 December|date]]; embassy contact in
[[Pristina|place]] if she travels.
"""),
    ("Instagram direct messages shown to the school pastoral lead", """Instagram DMs, screenshots given by [[Kacey Boulter|name]] (Year
11) to
the Pastoral Lead, [[St Joseph's|school]], [[13/11/26|date]]. Typed by Miss [[O'Leary|name]]. Usernames kept as they appear.

arii_x14 (display name "[[Ari|name]] 🌙"): [[kace|name]] i need to tell u smth but u cant tell no one
kacey_bltr (display name "[[kacey|name]]"): wot babe
arii_x14: my dad is making me get engaged to [[dzevad|name]]. my cousin. at new year in [[restelica|place]]
kacey_bltr: WHAT. ur 15??? u said he was like 22
arii_x14: 22 yea. he lives in [[dragash|place]]. my teta [[Fikreta|name]] says its normal in our village
kacey_bltr: its not normal tho!!! tell [[o leary|name]]
arii_x14: NO. mama will cry. baba said if i say to school the social will take [[edis|name]]
kacey_bltr: they wont!! ur coming to mine in [[st julians|place]] after school tmrw
arii_x14: cant. i have to go [[Maesglas|place]] straight home. nana [[hajrija|name]] is facetiming at 5 about the dress
arii_x14: [[Amra|name]] from my school in [[Pristina|place]] got married at 16 and she has a baby now
kacey_bltr: babe pls. Mrs [[Daly|name]] can help too she did it for someone in yr 10
arii_x14: ok. only [[o'leary|name]]. tomorrow. dont tell [[mia|name]] or [[jess|name]]
kacey_bltr: promise. ill walk u from [[cardiff road|address]] bus stop. my mum [[leanne|name]] says u can stay at ours on [[Beechwood
road|address]] anytime
arii_x14: thank u [[kace|name]] ur like my sister. dont screenshot this lol
kacey_bltr: 😭 [[ari|name]] i already did. sorry. its for [[o'leary|name]]
[Note by Miss [[O'Leary|name]], [[13/11/2026|date]]: [[Kacey|name]]'s mother is [[Leanne Boulter|name]]; the school holds her number.
[[Beechwood Road|address]] is in [[Beechwood|place]], next to [[St Julians|place]]; [[Kacey|name]] walks [[Arijana|name]] from the stop.]
"""),
    ("school designated safeguarding lead's chronology", """ST JOSEPH'S R.C. HIGH SCHOOL - SAFEGUARDING CHRONOLOGY (extract for the
strategy discussion)
Pupil: [[Ferati, Arijana|name]]    DOB [[14-Feb-2011|dob]]    Year 11, form 11JB (tutor Mr [[Jonah Baptiste|name]])    Prepared by: [[F.
O'Leary|name]], DSL, on [[17-Nov-2026|date]]

[[08-Sep-2025|date]]  Joined Year 10 from [[Llanwern High School|school]] after the family moved from [[Llanwern|place]] to
[[Maesglas|place]]. EAL stage C.
[[03-Oct-2025|date]]  Mother (Mrs [[Ferati|name]]) phoned: [[Arijana|name]] to leave at 14:00 Fridays for Qur'an class at the mosque on
                [[Stow Hill|address]]. Agreed by HoY (Mr [[Glyn Daly|name]]).
[[21-Jan-2026|date]]  Absent 5 days "family wedding abroad" (in [[Stuttgart|place]], Germany). Unauthorised.
[[14-Mar-2026|date]]  [[Arijana|name]] in tears in period 3; said her cousin [[Dževad|name]] messages her "every day" and
                she "has to answer". Logged, no disclosure.
[[30-Jun-2026|date]]  Careers interview: wants to be a midwife, apply to [[Coleg Gwent|school]] ([[Nash|place]] campus) for Health and
                Social Care. Father at parents' evening [[02-Jul-2026|date]] said "no college, she will marry".
[[13-Nov-2026|date]]  [[Kacey Boulter|name]] disclosed the engagement plan (see Instagram note). [[Arijana|name]] seen 14:10 with
                Mrs [[Daly|name]] (pastoral). DSL rang IAA 14:40, spoke to [[Rhiannon Cole|name]].
[[14-Nov-2026|date]]  [[Arijana|name]] confirmed to [[R. Cole|name]] and PC [[Hannah Lewis-Evans|name]] (Gwent Police, Honour Based
                Abuse SPOC) in school; she said she does not want her parents arrested. Brother [[Edis Ferati|name]]
                (Year 7) - see note below.
[[16-Nov-2026|date]]  FMU referral sent by Children's Services. [[Arijana|name]] moved seats away from [[Mia Probert|name]] and [[Jess
                Cotter|name]], who had been posting about her.
Note: [[Edis|name]] is at [[St Julian's School|school]], not here; his head of year there is Mr [[Rob Keddle|name]]
([[01633 819 644|phone]]).
"""),
    ("father's own letter to the social worker", """[[Senad Ferati|name]]
[[46 Maesglas Cres|address]]
[[Newport|place]] [[NP20 3DQ|postcode]]
[[20.11.2026.|date]]

To Mrs [[Rhiannon Cole|name]], social

Dear Mrs [[Cole|name]],

I write this letter with help of my neighbour Mr [[Besnik Krasniqi|name]] from [[no 44|address]] because my English is not good for
writing. I want to say my side. I am not bad father. I come to Wales 2019 with my wife [[Ljatifa|name]] and children and I work
in the warehouse at [[Magor|place]] every night 10 till 6. I am Gorani, we are small people, in Kosovo nobody want us, Albanian
and Serb both. In our village [[Restelica|place]] the girls get engaged young, this is true, my mother [[Hajrija|name]] was
engaged 15. But I did not say [[Arijana|name]] will marry now. Engagement is only promise between families, wedding after
she is 18. My brother [[Muamer|name]] in [[Beograd|place]] is very angry now because police called his son [[Dževad|name]]. I told
police I will give passports to lawyer Mr [[Shabir Hussain|name]] of [[Hussain|name]] & [[Whitcombe|name]] solicitors on
[[Commercial Street|address]].

[[Arijana|name]] is good girl, clever. If she want to be midwife okay. But she must not speak with boys and she must
not go in [[Kacey|name]]'s house. I ask you please, let us go to Kosovo [[19 December|date]]. My mother is 79 and sick, maybe is
last time she see the children. You can phone her [[+383 44 215 873|phone]] or my cousin in [[Prizren|place]], [[Nermin
Ferati|name]], [[+383 49 623 104|phone]].

My wife say also: she never want [[Arijana|name]] marry [[Dževad|name]], she say this to me many times ([[Љатифа|name]] wrote
her name under in Serbian letters because she did not learn the English letters at school).

[[Senad Ferati|name]]    [[07887 130 469|phone]]
[[Љатифа Ферати|name]]
"""),
]


# --- D. Mahmood family (British Pakistani), Alway, Newport ------------------------------------------------------------------

HOME_D = d.Address("19 Aberthaw Road", "Alway", "Newport", "NP19 9LB")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Zayan", "Mahmood")], dt.date(2011, 9, 9), addresses=[HOME_D], ids=["687 413 8545"],
       schools=["Caerleon Comprehensive School"]),
    _p("s", "sibling", [("Inaya", "Mahmood")], dt.date(2019, 1, 30), addresses=[HOME_D]),
    _p("m", "mother", [("Sadia", "Mahmood")], dt.date(1990, 6, 14), addresses=[HOME_D], phones=["07921 845 073"]),
    _p("f", "father", [("Tariq", "Mahmood")], dt.date(1986, 3, 3), addresses=[HOME_D], phones=["07404 561 928"],
       ids=["PE 61 22 84 A"]),
    _p("p1", "professional", [("Josh", "Heaven")], phones=["01633 265 903"], emails=["josh.heaven@uskestuary.gov.wales"]),
], "c")

DOCS_D = [
    ("police custody record extract for a child", """GWENT POLICE - CUSTODY RECORD (extract disclosed to Youth Justice)   Custody suite:
[[Ystrad Mynach|place]]
Custody no. GW/26/118842     Arrival: [[29/10/2026|date]] 19:52
DETAINED PERSON: [[MAHMOOD, Zayan|name]]     DOB: [[09/09/2011|dob]]   Age: 15   Juvenile: YES
Home address: [[19 Aberthaw Road|address]], [[Alway|place]], [[NEWPORT|place]] [[NP19 9LB|postcode]]
Arresting officer: PC 2094 [[Kieran Sweeney|name]]     Custody officer: Sgt [[Lyn Harding|name]] 1440
Offence: possession of a bladed article in a public place ([[Clarence Place|address]], [[Newport|place]]) and possession of
class A with intent (12 wraps)
Circumstances: stopped by officers near the Kingsway Centre at 19:10 after a call from a member of the public ([[Anwen
Price|name]], [[07377 451 290|phone]]) reporting a boy showing a knife. [[Zayan|name]] ran, detained on [[Caerleon Road|address]]. Found
on him:
lock knife, 12 wraps, £340 cash, 2 phones (one a "burner" with one contact saved as "[[Tiny|name]]").
Appropriate adult: father [[Tariq MAHMOOD|name]] requested 20:05; did not attend ("working in [[Bristol|place]]"). Mother [[Sadia
Mahmood|name]] ([[07921 845 073|phone]]) - no English difficulty but said she "can't face it". AA provided by the Appropriate Adult
scheme: [[Gwen Lloyd|name]] 22:10.
Solicitor: [[Imran Qureshi|name]] (duty), 22:40.
Risk assessment: self-harm scars on left forearm; says not suicidal; autism (diagnosed 2022, from mother); ADHD medication
missed today. Seen by custody nurse [[Becky Rowe|name]].
NRM: referral to be made by the first responder - possible child criminal exploitation; he said "I owe [[Tiny|name]] for a bag I
lost in [[Cardiff|place]]". Other young person mentioned: "[[Kai|name]] from [[Pill|place]]" (not identified).
Disposal: released under investigation [[30/10/2026|date]] 03:15 into the care of his uncle [[Khalid Mahmood|name]]
([[07539 320 617|phone]]),
[[7 Kensington Place|address]], [[Newport|place]] [[NP19 8GL|postcode]].
"""),
    ("youth justice prevention and out-of-court assessment summary", """YOUTH JUSTICE SERVICE - ASSESSMENT SUMMARY (AssetPlus, short form)
Young person: [[Zayan Mahmood|name]]      DOB: [[9 September 2011|dob]]      NHS no. [[687 413 8545|nhs]]      Worker: [[Josh Heaven|name]]
School: [[Caerleon Comprehensive|school]] - permanently excluded [[22 September 2026|date]] (knife in bag); since then at the Pupil
Referral Unit (Bridge Achievement Centre), 2 hours a day.
Seen: [[3 November 2026|date]] at home with mother; [[6 November 2026|date]] at the Youth Justice office; [[10 November|date]] at
the Riverfront with a youth worker, [[Aisha Begum|name]] (Newport Live).
Family: lives with mother [[Sadia|name]] and sister [[Inaya|name]] (7). Father [[Tariq|name]] works long hours as an HGV driver and is
often away; parents argue about money. Paternal grandmother (Dadi, [[Shamim Akhtar|name]]) lives with uncle [[Khalid|name]] in
[[Maindee|place]]; [[Zayan|name]] stays there when things are bad. Maternal family in [[Mirpur|place]], Azad Kashmir; a planned
trip in December was cancelled.
Exploitation: [[Zayan|name]] says that since the summer he "did runs" to [[Caerphilly|place]], [[Barry|place]] and [[Ely|place]] in
[[Cardiff|place]] for an older man he knows as [[Tiny|name]] (believed to be [[Tyrese Bowen|name]], 23, of [[Pillgwenlly|place]];
police intelligence), travelling by train from [[Newport|place]] station. He was robbed in [[Ely|place]] in October and was told he
owed £1,200. His friend [[Kai Jenkins|name]] (15) is in the same line. Mother found £600 in his room in August.
Views: "I'm not a victim, I'm just paying it back." He likes boxing (St Julians ABC) and wants to be a mechanic like his uncle.
Plan: NRM referral made [[12/11/2026|date]]; Reachable Moment referral; boxing twice a week; Youth Justice Speech and Language
screen; Child Exploitation meeting [[26 November|date]]. Out-of-court outcome to be decided by the panel.
Contacts: mother [[Sadia Mahmood|name]] [[07921 845 073|phone]]; father [[Tariq Mahmood|name]] [[07404 561 928|phone]] (NI
[[PE 61 22 84 A|ni]]);
uncle [[Khalid Mahmood|name]] [[07539 320 617|phone]], [[7 Kensington Place|address]], [[Maindee|place]]; maternal aunt
[[Rubina Bibi|name]],
[[Dadyal|place]], [[Mirpur|place]] ([[+92 300 5418726|phone]]); PRU key worker [[Gethin Morgan|name]]; boxing coach
[[Rhodri Pugh|name]]; PC [[Ahmed|name]]
(missing episode, [[16 November|date]]). Previous schools: [[Alway Primary|school]] (2015-2022), [[Caerleon Comp|school]]
([[5 September 2022|date]] to
[[22 September 2026|date]]).
"""),
    ("duty call log of a mother's phone call to the front door", """IAA / FRONT DOOR - TELEPHONE CALL LOG (typed during the call)
Call received: Monday [[16/11/2026|date]] 08:47    Taken by: [[Nadia Rahman|name]], IAA officer
Caller: [[Sadia Mahmood|name]], mother of [[Zayan|name]] (open to YJS, worker [[Josh Heaven|name]])    Caller's number:
[[07921 845 073|phone]]
Language: English (switched to Urdu/Pahari with me twice when upset)

Caller said (near verbatim): "It's [[Sadia|name]], [[Zayan|name]]'s mum, he didn't come home last night. He went out at 9, said he's
going to his chacha's in [[Maindee|place]], [[Khalid|name]] says he never came. His phone's off. There's a car been outside, black
Audi, I wrote it down, [[WU21 KHX|vehicle]]. Two lads knocked on Saturday asking for 'Z' and saying he owes. My husband's in
[[Glasgow|place]] on a job till Wednesday. [[Inaya|name]]'s scared, she slept in my bed."
Asked when last seen: Sunday [[15 November|date]] about 21:00 outside the Co-op on [[Aberthaw Road|address]]; wearing a black North
Face coat and grey trackies. Friend who may know: [[Kai|name]] ([[Kai Jenkins|name]]); his mum [[Stacey|name]] lives on [[Alway
Crescent|address]] but caller does not have her number.
Caller said [[Zayan|name]] told his sister "if I don't come back tell Ammi sorry". (In Urdu: "امی کو سوری بول دینا" - [[Inaya|name]]
repeated it to her mother.)
Advice given: ring 999 now and report him missing - caller agreed; I stayed on the line while she rang from the landline
([[01633 290 318|phone]]? NO - that is our team's number, caller's landline not given).
Actions: 09:05 told [[Josh Heaven|name]] and Team Manager [[Lisa Cordey|name]]; 09:10 Gwent Police missing log 2611160094, officer
PC [[Dafydd Ahmed|name]]; 09:20 checked - [[Zayan|name]] not known at the Royal Gwent ED; 09:40 mother rang back: his friend's
sister [[Nadia|name]]... (not me) saw him at [[Newport|place]] bus station at 07:30 getting on the X24 towards [[Cwmbran|place]].
11:52 UPDATE: found by British Transport Police at [[Pontypool|place]] railway station with [[Kai Jenkins|name]]; both taken home.
Return interview to be offered within 72 hours by [[Aisha Begum|name]].
"""),
    ("youth worker's notes typed fast on a phone after a boxing session", """notes [[18/11|date]] - [[zay|name]] - boxing then maccies
- picked him up 5.10 from his nans in [[maindee|place]] (dadi [[shamim|name]] gave me samosas for the club lol)
- [[zay|name]] quiet in car. said [[tiny|name]] has been messaging [[kai|name]] not him. new number? he showed me: [[07852 769 134|phone]]
  saved as "T". told him i have to pass that on. he shrugged
- boxing at [[st julians|place]] w coach [[rhodri|name]]. good session, sparred w [[callum p|name]] (not sure of surname, ask)
- maccies on [[cardiff rd|address]] after. he said he wants to move to his uncles in [[bradford|place]] "away from all of it".
  says mum [[sadia|name]] is crying every night and dad [[tariq|name]] said hes "finished with him"
- worried: he said "if [[tiny|name]] wants me he knows where [[inaya|name]]s school is". [[inaya|name]] is at [[st julians primary|school]]
  -> told [[josh|name]] 19:40 by phone. [[josh|name]] to tell police + school DSL (mrs [[kaur|name]]?)
- next sesh weds [[25th|date]]. he asked if [[kai|name]] can come. said ill ask
- fuel 23 miles [[alway|place]]/[[st julians|place]]/[[maindee|place]] x2
- ps his uncle [[khalid|name]] says hes got a garage in [[lliswerry|place]], could give [[zay|name]] saturdays. [[khalid|name]] no is
  [[07539 320 617|phone]]. dadi wants him at the mosque on [[stow hill|address]] fridays w imam [[yusuf|name]]
- [[inaya|name]]s teacher is miss [[bethan|name]]? [[bethan cole|name]]? ask [[josh|name]]
- [[zay|name]] said [[kai|name]]s mum [[stacey jenkins|name]] got a new flat in [[rogerstone|place]] so [[kai|name]] might move schools
[[aisha|name]]
"""),
]


# --- E. Magor / Crick family (white British, moved from Bristol), Ringland, Newport -------------------------------------------

HOME_E = d.Address("78 Ringland Circle", "Ringland", "Newport", "NP19 9PS")
NAN_E = d.Address("12 Hengrove Way", "Hartcliffe", "Bristol", "BS13 0JB")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Brooke", "Magor")], dt.date(2015, 5, 12), addresses=[HOME_E], ids=["763 905 4176", "C801219034517"],
       schools=["Ringland Primary School"]),
    _p("s", "sibling", [("Alfie-Jay", "Crick")], dt.date(2022, 8, 4), addresses=[HOME_E]),
    _p("m", "mother", [("Kelly", "Magor")], dt.date(1997, 1, 23), addresses=[HOME_E], phones=["07712 093 865"],
       ids=["NH 27 64 15 D"]),
    _p("pa", "other", [("Dale", "Crick")], dt.date(1993, 10, 17), addresses=[HOME_E], phones=["07455 902 184"]),
    _p("g", "grandparent", [("Tracey", "Magor")], dt.date(1974, 7, 7), addresses=[NAN_E]),
    _p("p1", "professional", [("Hollie", "Marsh")], phones=["01633 656 712"], emails=["hollie.marsh@uskestuary.gov.wales"]),
], "c")

DOCS_E = [
    ("police Public Protection Notice for domestic abuse", """GWENT POLICE - PUBLIC PROTECTION NOTICE (PPN)    Type: Domestic Abuse +
Child Concern    Ref PPN/26/44719
Date/time of incident: Saturday [[31/10/2026|date]] 23:35     Location: [[78 Ringland Circle|address]], [[Ringland|place]],
[[Newport|place]]
[[NP19 9PS|postcode]]      Officers: PC 1932 [[Ellis Pask|name]], PC 2207 [[Jodie Beynon|name]]
VICTIM: [[MAGOR, Kelly|name]]   DOB [[23/01/1997|dob]]   Tel [[07712 093 865|phone]]   NI [[NH 27 64 15 D|ni]]
SUSPECT: [[CRICK, Dale|name]]   DOB [[17/10/1993|dob]]   Tel [[07455 902 184|phone]]   Vehicle: silver Vauxhall Astra [[CP15 RZO|vehicle]]
CHILDREN IN HOUSEHOLD: [[Brooke MAGOR|name]] ([[12/05/2015|dob]], 11, present, awake, on the stairs) and [[Alfie-Jay CRICK|name]]
([[04/08/2022|dob]], 4, asleep upstairs). [[Brooke|name]]'s father: [[Ashley Hewer|name]], believed living in [[Knowle West|place]],
[[Bristol|place]]; no contact.
Circumstances: neighbour at [[no. 80|address]] (Mrs [[Pauline Ash|name]], see statement) rang 999 reporting a woman screaming and
glass breaking. On arrival VICTIM had a cut to her right hand and a reddened neck; she said [[Dale|name]] "got his hands round my
neck" after she said she was taking the kids to her mum's in [[Hartcliffe|place]]. [[Brooke|name]] told PC [[Beynon|name]]: "He
pushed Mum into the glass door and I rang Nanna but she didn't answer." SUSPECT had left on foot towards [[Llanwern|place]]
before police arrived; arrested [[01/11/2026|date]] 02:10 at his brother's ([[Jordan Crick|name]], [[3 Hendre Farm Drive|address]],
[[Ringland|place]]).
DASH: 16 ticks - HIGH. Non-fatal strangulation. Previous: [[14/06/2026|date]] verbal argument, [[Bristol|place]] address
(Avon and Somerset Police log).
Victim's wishes: does not support a prosecution; wants [[Dale|name]] to "stay at his brother's". Consent to share: yes.
Referred to: IDVA (New Pathways / Cyfannol), MARAC [[12 November 2026|date]], Children's Services IAA. [[Brooke|name]]'s school:
[[Ringland Primary|school]]. UPN from her [[Bristol|place]] school: [[C801219034517|upn]].
"""),
    ("Facebook Messenger chat between two sisters handed in as evidence", """Messenger chat, screenshots handed to [[Hollie Marsh|name]]
(SW) by [[Kelly Magor|name]] on [[05/11/2026|date]], typed up. Chat:
"[[Shan|name]] 💜" = [[Shannon Magor|name]], [[Kelly|name]]'s sister, lives in [[Bedminster|place]], [[Bristol|place]].

[[Shan|name]] 💜  FRI 23:58   u ok?? mum said u rang her screaming
[[Kelly|name]]     SAT 00:14   police been. [[dale|name]]s gone to [[jordan|name]]s. i'm ok. hand is cut
[[Shan|name]] 💜  SAT 00:15   [[KEL|name]]. come home. come to mine. [[Kai|name]] can pick u up in the van now
[[Kelly|name]]     SAT 00:16   cant the kids r asleep. [[brooke|name]] saw it all [[shan|name]] she was on the stairs
[[Shan|name]] 💜  SAT 00:20   he put his hands on ur neck again didnt he. i fucking knew it. [[ALFIE|name]] ok?
[[Kelly|name]]     SAT 00:22   [[alfie|name]] slept thru. [[brooke|name]] keeps saying she wants to go back to [[hartcliffe|place]] to nanna
                   [[tracey|name]]s
[[Shan|name]] 💜  SAT 00:25   mum wont have him near her. shes still at [[12 hengrove way|address]] u no that. bring them both
[[Kelly|name]]     SAT 09:40   he's messaged me 40 times. says hes sorry says he'll kill himself if i leave. says hes at
                   his mates in [[caldicot|place]] now not [[jordan|name]]s
[[Shan|name]] 💜  SAT 09:41   block him
[[Kelly|name]]     SAT 09:43   cant hes the babys dad. [[alfie jay|name]] needs him
[[Shan|name]] 💜  SAT 09:50   social will take them off u if u let him back u know that. my mate [[leanne|name]] from [[withywood|place]]
lost hers
[[Kelly|name]]     SAT 10:05   the social woman is called [[hollie|name]]. shes alright actually
[[Shan|name]] 💜  SUN 11:02   [[magor|place]] services on the m4 at 2? ill meet u half way with mum. bring [[brooke|name]]s uniform
[[Kelly|name]]     SUN 11:03   ok x
Note by [[H Marsh|name]]: the meeting at the services at [[Magor|place]] took place; [[Kelly|name]] and the children stayed in
[[Bristol|place]] from [[1 November|date]] to [[4 November|date]] and came back to [[Ringland|place]] on [[4/11|date]].
"""),
    ("neighbour's handwritten letter to the housing association, scanned with OCR", """[OCR of a scanned handwritten letter, 2 pages,
received by Newport City Homes [[09 NOV 2026|date]]; forwarded to Children's
Services by the tenancy officer [[Rhodri Jenkins|name]]. OCR errors left in; [illegible] marks where the scan failed.]

Mrs [[P. Ash|name]]
[[80 Ringland Circ1e|address]]
[[Ring1and|place]]
[[Newport|place]] [[NPl9 9PS|postcode]]

[[6th Nov 2O26|date]]

Dear Sir/Madam,
I am writing AGAIN about [[number 78|address]]. On Saturday nite [[3lst|date]] there was screaming and glass smashing at 11.30 and I
rang the po1ice. That is the 4th time since they moved in from [[Bristo1|place]] in the Spring. The man [[Da1e|name]] has a van
parked on the grass and the engine going at 5am and there's a dog barking all day when they are out.
I feel sorry for the 1ittle girl [[Brook|name]] [illegible] she is always out till gone ten at night with the
[[Harrises|name]] boys from the flats and she asked me for bread last week. The baby cries and cries.
My son [[Geraint|name]] says I should mind my own business but I have lived on [[Ringland Circle|address]] 41 years and it was never
like this. Mrs [[Olwen Parfitt|name]] at [[no 76|address]] will te11 you the same.
Please do something before somebody gets hurt. You can ring me on [[01633 819 644|phone]] (not after 8).

Yours faithfu11y
[[Pauline Ash|name]] (Mrs)

P.S. the man [[Da1e|name]]s brother [[Jord4n|name]] from [[Hendre Farm Dr|address]] was round on Sunday [[lst Nov|date]] shouting through
the letterbox and the girl [[Br00ke|name]] let him in. My daughter-in-law [[Rhian|name]] saw it from her car, reg [[CF19 0LP|vehicle]].
She will make a statement if you want.
[page 2 ends; stamp: NEWPORT CITY HOMES - RECEIVED [[09 NOV 2026|date]] - RJ]
"""),
    ("care and support plan review meeting record", """CARE AND SUPPORT PLAN REVIEW (Child in Need, Part 4 SSWBA 2014) - RECORD OF MEETING
Children: [[Brooke Magor|name]] ([[12.05.2015|dob]]; NHS [[763 905 4176|nhs]]) and [[Alfie-Jay Crick|name]] ([[04.08.2022|dob]])
Address: [[78 Ringland Circle|address]], [[Newport|place]] [[NP19 9PS|postcode]]      Meeting: Tuesday [[24 November 2026|date]], [[Ringland
Primary School|school]]
Present: [[Kelly Magor|name]] (mother); [[Hollie Marsh|name]] (SW, chair); [[Gemma Lusty|name]] (IDVA, Cyfannol); Mrs
[[Sharon Prothero|name]]
(DSL, [[Ringland Primary|school]]); [[Jade Morse|name]] (Flying Start key worker, for [[Alfie-Jay|name]]); [[Tracey Magor|name]] (maternal
grandmother, by phone from [[Bristol|place]]). Apologies: [[Dale Crick|name]] (invited for the second half; did not attend).

1. Since the last review ([[27/10/2026|date]]): the incident of [[31 October|date]] (PPN); [[Dale|name]] charged with non-fatal
strangulation, bailed to his brother's address ([[Hendre Farm Drive|address]]) with conditions not to contact [[Kelly|name]] or come to
[[Ringland Circle|address]]; the MARAC on [[12 November|date]] heard the case. A non-molestation order was granted at the Family Court
in [[Cardiff|place]] on [[20 November 2026|date]].
2. [[Brooke|name]]: attendance 84% (up from 71%). She is in the nurture group with Mrs [[Prothero|name]]. She told the school she is
"happier now [[Dale|name]] is gone" but worries about her mum "going back to him". She was seen at [[Hartcliffe|place]] skate park
with her cousins [[Tayla|name]] and [[Mason Hewer|name]] at half term. School asked [[Bristol|place]] for her file from [[Hareclive
Academy|school]].
3. [[Alfie-Jay|name]]: at Flying Start [[Ringland|place]] four mornings, speech is good, "loves the trains". He asks for "Daddy
[[Dale|name]]".
4. Ms [[Magor|name]]: working with the IDVA; Safe Lives Freedom Programme starting [[7 January 2027|date]] at the community hub in
[[Ringland|place]]. She has
asked Newport City Homes for a move to [[Caerleon|place]] or back to [[Bristol|place]] (mum's area).
5. Plan: next review on the [[26th of
January 2027|date]]. [[Hollie Marsh|name]] ([[hollie.marsh@uskestuary.gov.wales|email]]).
"""),
]


# --- F. Warsame / Ali Farah family (Somali), Pillgwenlly, Newport -------------------------------------------------------------

HOME_F = d.Address("Flat 6, 210 Commercial Road", "Pillgwenlly", "Newport", "NP20 2PN")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Sagal", "Ali Farah")], dt.date(2016, 3, 19), addresses=[HOME_F], ids=["608 453 0370"],
       schools=["Pillgwenlly Primary School"]),
    _p("s", "sibling", [("Abdirahman", "Ali Farah")], dt.date(2010, 12, 1), addresses=[HOME_F], ids=["571 741 6415"],
       schools=["Duffryn High School"]),
    _p("m", "mother", [("Hodan", "Warsame")], dt.date(1989, 4, 2), addresses=[HOME_F], phones=["07944 318 672"]),
    _p("f", "father", [("Ali", "Farah")], dt.date(1981, 11, 12), phones=["07561 207 394"]),
    _p("g", "grandparent", [("Faadumo", "Jaamac")], phones=["+252 61 548 2931"]),
    _p("p1", "professional", [("Eleri", "Vaughan")], phones=["01633 265 903"], emails=["eleri.vaughan@uskestuary.gov.wales"]),
], "c")

DOCS_F = [
    ("GP practice letter raising a female genital mutilation risk", """Pillgwenlly Health Centre
[[Capel Crescent|address]], [[Newport|place]]

[[2 December 2026|date]]

To: IAA / Front Door, Usk Estuary County Borough Council (by secure email)
Dear colleague,

Re: [[Sagal ALI FARAH|name]], DOB [[19/03/2016|dob]], NHS [[608 453 0370|nhs]]
[[Flat 6, 210 Commercial Road|address]], [[Pillgwenlly|place]], [[Newport|place]] [[NP20 2PN|postcode]]
Mother: [[Hodan Warsame|name]], DOB [[02/04/1989|dob]], mobile [[07944 318 672|phone]]

I saw [[Sagal|name]] and her mother today for travel vaccinations (yellow fever, typhoid) before a trip to [[Mogadishu|place]] booked
for [[18 December|date]]. Ms [[Warsame|name]] has FGM Type 3 (recorded at her booking for [[Sagal|name]] in [[Leicester|place]] in 2015,
by the
midwife [[Joy Adebayo|name]]); it is on her record and in the FGM Risk Indication System for [[Sagal|name]].
During the consultation (with a telephone interpreter, Somali, [[Ifrah Nur|name]], ID 20931) [[Sagal|name]] said, in English, that
Ayeeyo [[Faadumo|name]] is going to "have a party for me because I'm a big girl now" and that her cousin [[Nimco|name]] "had the
party and then she was sick". Mother became upset and said [[Sagal|name]] is talking about a religious ceremony and that she
herself is against "the cutting"; she said "my mother is old-fashioned, I cannot say no to her in her own house". The grandmother,
[[Faadumo Jaamac|name]], lives in [[Hodan|place]] district, [[Mogadishu|place]] ([[+252 61 548 2931|phone]]). Note the mother's first
name and the district have the same spelling.
[[Sagal|name]]'s father, [[Ali Farah|name]], lives in [[Highfields|place]], [[Leicester|place]] ([[07561 207 394|phone]]) and has not given
consent for the trip, according to the mother. The older brother [[Abdirahman|name]] (15, [[Duffryn High|school]]) is not going.
I have not examined [[Sagal|name]] (no indication). I have given the mother the Statement Opposing FGM ("health passport") in
English and Somali and explained the law, including FGM Protection Orders.
I am referring because I think the risk is significant and the travel date is close. Please contact me or our safeguarding
lead, Dr [[Helen Prosser|name]], on [[01633 290 318|phone]].

Yours faithfully,
Dr [[Mohamed Elmi|name]], GP partner
cc: [[Eleri Vaughan|name]] (SW, if allocated); Health Visiting / School Nursing, [[Pillgwenlly Primary|school]]
PS: the mother asks that letters go to her friend's address, [[14 Dolphin Street|address]], [[Pillgwenlly|place]], as her post is opened
by the lodger, Mr [[Abshir Dualeh|name]]. Her friend is Mrs [[Sahra Hersi|name]] (number not
given). [[Abdirahman|name]]'s school nurse at [[Duffryn High School|school]] is [[Kirsty Lane|name]].
"""),
    ("applicant's witness statement for an FGM Protection Order", """IN THE FAMILY COURT SITTING AT CARDIFF
          Case no: CF26F01187
IN THE MATTER OF AN APPLICATION FOR A FEMALE GENITAL MUTILATION PROTECTION ORDER
(Female Genital Mutilation Act 2003, Schedule 2)
The person to be protected: [[SAGAL ALI FARAH|name]] (born [[19 March 2016|dob]])
Respondents: (1) [[HODAN WARSAME|name]] (2) [[FAADUMO JAAMAC|name]] (3) [[ALI FARAH|name]]

WITNESS STATEMENT OF [[ELERI VAUGHAN|name]]
I, [[Eleri Vaughan|name]], of Usk Estuary County Borough Council, Civic Centre, [[Newport|place]], social worker, say as follows:
1. I am the allocated social worker for [[Sagal|name]] since [[3 December 2026|date]]. I make this statement from my own knowledge and
from the records, and I believe it to be true.
2. [[Sagal|name]] lives with her mother, the First Respondent, and her brother [[Abdirahman|name]] at [[Flat 6, 210 Commercial
Road|address]], [[Newport|place]] [[NP20 2PN|postcode]]. She attends [[Pillgwenlly Primary School|school]], Year 5.
3. On [[2 December 2026|date]] the family's GP, Dr [[Elmi|name]], referred [[Sagal|name]] (letter exhibited EV/1). On [[3 December|date]] I
visited with PC [[Siobhan Carey|name]] of the Gwent Police Honour Based Abuse team and Mrs [[Safiya Hirsi|name]], a Somali-speaking
family support worker from the Ethnic Minorities and Youth Support Team. The First Respondent showed me the tickets: Turkish
Airlines, [[Bristol|place]]-[[Istanbul|place]]-[[Mogadishu|place]], out [[18 December 2026|date]], back [[15 January 2027|date]].
4. The First Respondent told me that the Second Respondent, her mother, has arranged a gathering and that "the women" will
come to the house in [[Hodan|place]] district. The First Respondent's sister, [[Ubah Warsame|name]], who lives in [[Hargeisa|place]],
told her by phone ([[+252 63 442 7190|phone]]) that her own daughter, [[Nimco|name]], was cut in [[Hargeisa|place]] in 2025.
5. The Third Respondent, [[Ali Farah|name]], told me by phone on [[4 December|date]] (from [[Leicester|place]]) that he is against FGM,
that he does not agree to the trip and will not give consent. He said that his wife's uncle, Sheikh [[Abdiqani|name]], "believes
in the sunna cut".
6. [[Sagal|name]], seen alone at school on [[4 December 2026|date]] with her class teacher Mr [[Callum Reece|name]], said she wants
to see Ayeeyo and her cousins [[Nimco|name]] and [[Hamdi|name]] and to "see the sea at Lido beach", but said "I don't want a
party where they hurt you".
7. I ask the court to make an order, without notice, that [[Sagal|name]] is not to be taken out of England and Wales, that her
passport (Somali and British, numbers in exhibit EV/3) be surrendered, and that no one is to arrange or carry out FGM on her.
Statement of truth: signed [[Eleri Vaughan|name]]   Dated [[7 December 2026|date]]
"""),
    ("school nurse's notes dictated by speech-to-text and not corrected", """[Dictated on the work phone, speech-to-text, pasted into
the record unedited by [[Kirsty Lane|name]], school nurse, [[05/12/2026|date]]]

school nurse drop in [[pill gwenlly primary|school]] full stop [[sagal ali far are|name]] year 5 seen with miss [[reece|name]] no mister
[[reece|name]] sorry and family support worker mrs [[safia hearsay|name]] new line [[sagal|name]] told me her mum has been crying and
that her brother [[abdi|name]] said she might not be going to somalia now full stop she asked if the nurse can come on the plane
comma I said no full stop new line she showed me a henna pattern on her hands done at her auntie [[hooda|name]] no her mums
friend [[hodan|name]] no that's mum sorry [[ubah|name]]s friend [[Amal|name]] who lives on [[Alexandra road|address]] in the [[pill|place]]
full stop new line weight 31.4 kilos height 136 centimetres both on the 50th full stop no concerns about toileting she said she
drinks plenty full stop teeth decayed times two referred to the community dental service in [[malpas|place]] full stop new line
mum [[hodan warsame|name]] rang me at 12 15 from [[07944 318 672|phone]] to say the trip is cancelled because of the court and
she is relieved full stop she asked if [[sagal|name]] can have her travel jabs refunded comma I said no laugh new line plan colon
one review at drop in on the [[eleventh of December|date]] two liaise with [[Eleri Vaughan|name]] social worker three mum to bring
[[sagal|name]]s red book end of dictation [[kirsty lane|name]] band 6 [[05 12 26|date]]
"""),
    ("grandmother's Somali text messages translated for the court bundle", """EXHIBIT EV/4 - TEXT MESSAGES (SOMALI) FROM THE SECOND
RESPONDENT'S PHONE TO THE FIRST RESPONDENT'S PHONE
Shown to the social worker by [[Hodan Warsame|name]] on [[6 December 2026|date]]; translated by [[Abdullahi Yusuf|name]] (Somali
interpreter,
NRPSI 17740). Saved contact name on the mother's phone: "Hooyo 🇸🇴" ([[+252 61 548 2931|phone]]). Original | English.

[[01/12/2026|date]] 19:02  "[[Hodan|name]], gabadhaydii, sidee tihiin? [[Sagal|name]] iyo [[Cabdiraxmaan|name]] ii salaan."
                      | "[[Hodan|name]], my daughter, how are you? Give my greetings to [[Sagal|name]] and [[Abdirahman|name]]."
[[01/12/2026|date]] 19:05  "Habaryartaa [[Ubax|name]] ayaa [[Hargeysa|place]] ka imanaysa [[20-ka Diseembar|date]]."
                      | "Your aunt [[Ubah|name]] is coming from [[Hargeisa|place]] on the [[20th of December|date]]."
                      (Translator: "[[Ubax|name]]" is the Somali spelling of "[[Ubah|name]]"; "Habaryar" = maternal aunt.)
[[03/12/2026|date]] 08:41  "Xaflada [[Sagal|name]] waa diyaar. Haweenkii [[Wadajir|place]] way iman doonaan."
                      | "[[Sagal|name]]'s party is ready. The women from [[Wadajir|place]] will come."
[[04/12/2026|date]] 21:30  "Maxaa dhacay? Aabihii [[Cali|name]] ayaa i soo wacay. Ha dhagaysan dadka dowladda."
                      | "What happened? Her father [[Ali|name]] called me. Don't listen to the government people."
[[05/12/2026|date]] 06:15  "Waan ka xumahay. Haddii aysan imaan, Alle ha idin dhawro. [[Sagal|name]] u sheeg ayeeyo way jeceshahay."
                      | "I am sad. If you don't come, God protect you. Tell [[Sagal|name]] grandma loves her."
Translator's note: "[[Cabdiraxmaan|name]]" and "[[Cali|name]]" are the Somali spellings of [[Abdirahman|name]] and [[Ali|name]]. "Aabihii"
means "her father". The flag emoji is Somalia's. The last message was sent on a Saturday (Jimcaha is Friday).
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 149 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 15:37 UTC, read since)"


_TITLES = {"mr", "mister", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cllr", "hhj", "nurse",
           "sister",
           "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "grandpa", "mum", "mummy", "mam",
           "dad", "daddy", "aunty", "auntie", "uncle", "nain", "taid", "mamgu", "bampi", "bamps", "yumma", "khali", "umm", "abu",
           "baba", "mama", "sayed", "sheikh", "haji", "أم", "أبو", "dedo", "teta", "tetka", "ujko", "daj", "dadi", "dada",
           "ammi", "abbu", "chacha", "khala", "phuppo", "bhai", "baji", "apa", "ayeeyo", "aabo", "hooyo", "abti", "eedo", "imam",
           "sheikha", "ustaad", "macalin"}
_AFTER = {"bhai", "baji", "apa", "ji", "sahib", "senior", "junior", "teta", "khala"}
_NOT_PLACES = {"england", "wales", "cymru", "scotland", "britain", "great britain", "united kingdom", "uk", "gwent", "south wales",
               "monmouthshire", "bristol channel", "gloucestershire", "bahrain", "البحرين", "kosovo", "serbia", "србија", "косово",
               "germany", "pakistan", "azad kashmir", "kashmir", "somalia", "somaliland", "soomaaliya", "uae", "united arab emirates",
               "the gulf", "gora", "europe", "africa", "the balkans"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (Welsh, Gulf Arabic, Gorani,
# Urdu and Somali, before a name; and after one) and counties, regions and countries ("Gwent", "Monmouthshire", "Bahrain",
# "Kosovo", "Gora", "Somalia", "Azad Kashmir").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
