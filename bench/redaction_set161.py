"""Set 161: a held-out hand-written set for the redaction detector, six more invented families in Medway, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or bench/redaction_set158.py,
redaction_set159.py, redaction_set160.py and their tests (written by other helpers at the same time), that did not run the
detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What was read:
bench/redaction_set21.py and tests/test_redaction_set21.py in full (the layout and marking conventions followed here), the
module docstrings only of bench/redaction_set7.py to bench/redaction_set157.py (printed with ast.get_docstring and searched for
the towns, districts, estates and communities earlier sets used as a family's home, and their document types; no set's body
was read or searched), the function definitions of bench/redaction_set15.py (it defines none; its checker is
reached through `problems`, imported as set 21 does), the module docstring and the `_party`, `Records`, `HandSet`,
`word_problems`, `_parse`, `_docs` and `sets` helpers of bench/redaction_handwritten.py (its first record was seen in passing),
and the ruff settings in pyproject.toml. Phone numbers were checked with the phonenumbers library and NHS numbers and UPNs
made and checked with python-stdnum and a mod-11 loop in small snippets. The record constructors (d.Party through `_party`,
d.Address, d.CaseRecord) are imported from the detector module only to build records. Nobody may tune the detector on this
set: it is to be scored once, after the detector's current round of changes. If a mistake in the gold marking is found after
scoring, correct only the marking and say so here.

Six families in Medway, each from a district, estate or village no earlier set used as a family's home (earlier sets had a
home in Lordswood, a grandmother in Walderslade and a father in Strood). Four of the kinds most common in children's social
care: a young white British mother in Twydall, Gillingham, with a grandmother in Rainham (Darling / Hales; a toddler's
faltering weight and nappy rash, a boy of 7 missing school, two dogs, a partner who kicks a door in and his brother on
licence); a white British boy of 15 on the Wayfield estate, Chatham, with a grandfather in Strood (Mercer / Brook; a missing
episode to Margate, criminal exploitation by an older male, a stepfather's rough handling); a white British baby of 4 months
in Frindsbury, Strood, with a grandmother in Cuxton (Hollands / Dyer; a femoral metaphyseal fracture and a rib fracture
unexplained, police protection, foster care in Hempstead, supervised family time); and a white British girl of 12 in Hoo St
Werburgh, with an aunt in Allhallows and a mother in Torrevieja (Wickham / Goodhew; a young carer for a father disabled by a
stroke, lateness, a mother who means to take the younger boy to Spain). Two from communities no earlier set used: a British
Nigerian Efik family from Calabar in Luton, Chatham (Bassey / Edet / Okon; a girl of 13 accused of witchcraft ("ifot") after her
brother's sickle cell crisis, "deliverance" at church, a belt, a grandmother in State Housing, Calabar, family in Uyo) and a
Bahamian family in Brompton, Gillingham (Rolle / Ferguson / Knowles; a nurse's depression after her brother's killing in Fox
Hill, Nassau, a boy of 11 minding his sister of 6 through night shifts, a grandmother in Freeport who offers to come). 24
documents, four per family, each in its own style: about half plain professional recording (a health visitor's targeted
contact note, child in need review minutes, a return home interview, strategy discussion minutes, a school's referral to the
front door, a child and family assessment extract, a GP's letter to the social worker, an initial child protection
conference report, a hospital child protection medical report, a social worker's chronology, a supervised family time
record, a young carer's needs assessment, an education welfare officer's home visit note) and the rest other kinds of writing
a case file holds: a grandmother's texts typed up, a nursery's cause for concern form, Instagram direct messages typed up, a
youth worker's notes typed fast on a phone in lower case, a family WhatsApp group in Efik and English with a translation, a
pastor's letter, a home-school reading diary scanned and OCR'd (with its misreadings, "Ro11e", "l5/9", "3O/9"), a
grandmother's email from the Bahamas, a 999 call transcript, a father's handwritten letter scanned and OCR'd ("Maisle",
"A1lhallows", "Novemder", "Tlmms") and an aunt's online concern form typed in lower case.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Nigeria, the Bahamas, Spain); NHS numbers and UPNs (LA number 887, Medway) pass their
check digits; NI numbers have a valid format. The council (Lower Medway) is invented, and so are the GP practice (Medway
Riverside Medical Practice), the church (Fountain of Grace Ministries), the nursery (Busy Bees Den), the home care agency
(Careline Medway), the Bahamian church (Pro Church) and the interpreting agency (LinguaKent); towns, districts, estates,
villages, islands, real schools, hospitals, police forces, prisons, shops, apps, brands and laws are real and stay unmarked
unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, DC,
DS, PC, Nan, Nanny, Granny, Grandad, Uncle, Aunty, Sister, Brother, Bro, Pastor, Rev., Deaconess, Elder, and the Efik "Mma"
for a mother or grandmother) stay outside the name span; a chat sender saved as "Mma" is a kinship word and not a name, and a
sender saved as "Aunty Blessing" marks only "Blessing"; a family name in a group chat's title ("Okon Family") is a name;
"SURNAME, First" is one span ("DARLING, Poppy", "BASSEY, Ekemini", "WICKHAM, Maisie"), and so is "First SURNAME"; an initial
with a surname is one span ("H. Oyelaran", "K A Lusted", "R. Thorne"); initials alone ("HB", "D.R.", "DR") are not marked;
nicknames and short forms are names ("Bev", "Deano", "Jo-Jo", "Eke", "Mini", "Dee", "Kiki", "Clo", "Smurf", "Rico", "kaiii");
a display name that is a plain name ("Rico" with a snake emoji) is a name, while handles ("k.merc_07", "rico.ldn.x") are not;
a name or date misread by OCR is marked as what it is; a street address is one span, its town a place, its postcode a
postcode, a neighbour's bare flat or house number ("Flat 1", "no. 11", "21") an address, and an address abroad ("17 Atekong
Drive", "Lot 12, Cowpen Road", "Calle Caballero de Rodas 44, 3B") an address; towns, districts, estates and villages at home or
abroad are places ("Luton", "Brompton", "State Housing", "Ikot Ansa", "Fox Hill", "Bain Town", "Carmichael"), countries,
counties, states and regions are not ("Kent", "Nigeria", "Akwa Ibom", "the Bahamas", "Spain"); organisations are not
marked even when they hold a town's or a person's name ("Medway Maritime Hospital", "Strood Health Centre", "Twydall Green
clinic", "Medway Youth Service, Chatham team", "Gillingham North team", "HMP Elmley", "Fountain of Grace Ministries", "Hoo
youth hub"); shopping centres, parks, courts and airports are landmarks and stay unmarked ("the Pentagon Centre", "Hempstead
Valley", "Deangate ridge", "Gatwick"); a school's name is a school, and so is its short form ("Twydall", "Hoo", "hundred of
hoo", "St Werburgh", "Fort Pitt", "Holcombe", "Hope Waddell" in Calabar); a date of birth is dob, any other date with a day is
date (a weekday before it stays outside), the bare day in a range or list is a date span of its own ("20"-"21/11/2026", "16"
and "17 Oct"), and months, years and bare weekdays are not marked; pets ("Tank", "Misty", the cat "Conch") are not names; a
surname or first name that is also a word or a town is marked by what it refers to ("Darling", "Brook", "Hope", "Moss",
"Sands", "Friday", "Page", "Castle", "Precious", "Blessing", "Grace", "Comfort", "Rochester", "Halling" and "Bain" are names
when they are people; "Rochester", "Halling" and "Bain Town" are places when they are places; "I hope", "precious name", "a
red mark" and "friday 4 oclock" stay unmarked).

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a railway station named
by its town ("Margate station") marks the town; a shopping centre is a landmark even when used as a meeting place (unlike set
27's choice for Bluewater, which conventions of set 21 did not settle); "Hoo" is a school where a girl catches the bus "to
Hoo" (the Hundred of Hoo Academy) and a place in an address; the islands of the Bahamas where people live ("Eleuthera", "Grand
Bahama") are places, as set 21 made Peros Banhos one, while "the Bahamas" is a country; a postcode read out letter by letter
in a transcript ("M E 2 4 J B") is a postcode and an address spoken in words ("flat three, forty-one Frindsbury Road") an
address; a phone number written with a letter O in place of a zero was corrected to digits before marking, since the checker
needs a valid number; the Efik word "ifot" (a witch) and "Abasi" (God) are not names; a police, case, CAD or submission
reference, a GMC number and a door code are not marked; the
council's offices ("Gun Wharf", "gun wharf") are an organisation, and an industrial estate named as a workplace ("the Medway City
Estate") is a landmark, not a housing estate, and stays unmarked.

Self-check without the detector: `python -m bench.redaction_set161` (and tests/test_redaction_set161.py) runs set 15's checker
(which runs the earlier sets' checkers) on this set, adds this set's titles and kinship words and counties, regions and
countries, and prints the number of documents and gold spans per kind: 24 documents, 1,002 gold spans, 536 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Darling / Hales family (white British), Twydall, Gillingham ---------------------------------------------------------

HOME_A = d.Address("31 Beechings Way", "Twydall", "Gillingham", "ME8 6PL")
NAN_A = d.Address("9 Orchard Street", "", "Rainham", "ME8 9AE")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Alfie-Ray", "Darling")], dt.date(2019, 2, 14), addresses=[HOME_A], ids=["838 239 7077", "T887207214073"],
       schools=["Twydall Primary School"]),
    _p("s", "sibling", [("Poppy", "Darling")], dt.date(2023, 6, 2), addresses=[HOME_A], ids=["707 079 1976"],
       schools=["Busy Bees Den"]),
    _p("m", "mother", [("Shelby", "Darling")], dt.date(1999, 10, 5), addresses=[HOME_A], phones=["07403 711 192"],
       ids=["784 627 0729", "JT 48 19 27 B"]),
    _p("o", "other", [("Jordan", "Hales")], dt.date(1997, 1, 22), addresses=[HOME_A], phones=["07796 659 459"]),
    _p("g", "grandparent", [("Beverley", "Darling")], dt.date(1972, 8, 30), addresses=[NAN_A], phones=["07421 811 406"]),
    _p("p1", "professional", [("Harriet", "Oyelaran")], phones=["0300 876 6091"], emails=["harriet.oyelaran@lowermedway.gov.uk"]),
], "c")

DOCS_A = [
    ("health visitor's targeted contact note", """KENT COMMUNITY HEALTH - HEALTH VISITING - TARGETED CONTACT
Client: [[DARLING, Poppy|name]]    DOB: [[02.06.2023|dob]]    NHS No: [[707 079 1976|nhs]]
Address: [[31 Beechings Way|address]], [[Twydall|place]], [[Gillingham|place]] [[ME8 6PL|postcode]]
Contact type: Home visit (unannounced, agreed with SW)    Date: Tue [[17 November 2026|date]] 10:05-11:10
Present: [[Shelby Darling|name]] (mother), [[Poppy|name]], [[Jordan Hales|name]] (mother's partner, joined 10:40)
Practitioner: [[Nicola Penfold|name]], Health Visitor, Gillingham North team

Reason: ages and stages not done at 2-2.5 yrs (three DNAs: [[3 July|date]], [[19th August|date]], [[2/10/26|date]]). Referral from
[[Busy Bees Den|school]] nursery ([[Kerry Ann Lusted|name]], manager) re weight, nappy rash and [[Poppy|name]] arriving in the same
clothes. SW [[Harriet Oyelaran|name]] aware.

Observations: front door answered by [[Alfie-Ray|name]] (7) who should have been at [[Twydall Primary|school]]; he said "mum's asleep".
[[Shelby|name]] came down after 5 mins. Strong smell of dog urine in the hall; two Staffies (Tank and Misty) shut in the
kitchen. Lounge: dirty nappies in a carrier bag by the sofa, no safe gate on the stairs, a vape and a lighter on the low
table. [[Poppy|name]] in a vest and nappy only, heavy nappy, red raw groin. Weighed on my scales: 10.9 kg (falling from the
50th to below the 9th centile since her 1-year review at Twydall Green clinic on [[14th June 2024|date]]).

[[Shelby|name]] said she had "a bad week", her mum [[Bev|name]] usually helps but they have fallen out, and [[Jordan|name]] works
nights at the Amazon warehouse by the Medway City Estate. She said money is tight since [[Jordan|name]]'s hours were cut and
she has a PIP appeal. She was warm with [[Poppy|name]] and cuddled her through the visit.

[[Jordan|name]] came in at 10:40 and said I was "spying for the social". He calmed when I explained. He gave his mobile as
[[07796 659 459|phone]] for appointments as [[Shelby|name]]'s phone is often cut off ([[07403 711 192|phone]]).

Plan: nappy rash care shown; weight review in two weeks at the clinic on [[Woodlands Road|address]]; dietitian referral; I will ring
nan [[Beverley Darling|name]] ([[07421 811 406|phone]]) with consent to ask if she can help with nursery runs from [[Rainham|place]].
Shared with SW [[Harriet|name]] and GP (Sunlight Centre) the same day. Next contact: [[1st Dec|date]].
N. [[Penfold|name]] HV    [[17/11/2026|date]] 11:48
"""),
    ("a nan's text messages typed up by the social worker", """Texts from [[Beverley Darling|name]] ("[[Bev|name]]", maternal
grandmother) to SW
[[Harriet Oyelaran|name]], work mobile. Typed up as sent, spelling kept, by [[H. Oyelaran|name]] on [[20/11/2026|date]].

[[18 Nov|date]] 21:14  hi [[harriet|name]] its [[bev|name]] [[shelby|name]]s mum. u gave me ur number at the meeting. i need to
tell u somthing
[[18 Nov|date]] 21:15  [[jordan|name]] has took [[shelby|name]]s bank card again n she has no money for [[poppy|name]]s milk. i
went round n he
wudnt let me in. i could hear [[alfie|name]] crying behind the door
[[18 Nov|date]] 21:17  im not being a grass i just want them kids safe
[[18 Nov|date]] 21:40  sorry for texting late. my neighbour [[Carol|name]] at no [[11|address]] said she seen him kick the door
in last week when [[shelby|name]] locked him out. she wont ring u shes scared of him
[[19 Nov|date]] 07:02  morning. i can have [[alfie ray|name]] n [[poppy|name]] weekends if that helps. i can do the school run tues n
thurs from [[rainham|place]] in my car its a blue corsa [[GF14 WZK|vehicle]]
[[19 Nov|date]] 07:03  not mon n wed i work at the co op on [[Station Road|address]] till 2
[[19 Nov|date]] 12:30  [[alfie|name]]s teacher miss [[akers|name]] rang me cos [[shelby|name]] never answers. he had no coat again
[[19 Nov|date]] 12:31  also [[shelby|name]] said she might go to her mate [[kayleigh|name]]s in [[sittingbourne|place]] for a bit with the
kids. [[Kayleigh Pope|name]]. [[14 Crown Quay Lane|address]] i think. dont tell her i said
[[19 Nov|date]] 18:55  [[jordan|name]]s brother [[deano|name]] is round there now. hes the one with the tag. he was inside on
[[sheppey|place]]
[[20 Nov|date]] 08:10  ok thank u for ringing back. yes i can come to the meeting on the [[26th|date]]. is it at gun wharf
[[20 Nov|date]] 08:11  my landline is [[01634 999 784|phone]] if my mobile is dead

[SW note: "[[deano|name]]" is [[Dean Hales|name]], [[Jordan|name]]'s brother, on licence from HMP Elmley after release in
September; address not known to us. Checked with police on [[20.11.26|date]].]
"""),
    ("a nursery's cause for concern form", """[[BUSY BEES DEN NURSERY & PRE-SCHOOL|school]] - RECORD OF CONCERN (child protection)
Child's name: [[Poppy Darling|name]]          Room: Caterpillars        Date of birth: [[2 June 2023|dob]]
Date of concern: [[09/11/2026|date]]   Time: 09:20   Recorded by: [[Demi Wren|name]] (key person)
Parent/carer: [[Shelby DARLING|name]] (mum) / [[Jordan|name]] (mum's partner)   Emergency contacts: Nan - [[Bev|name]]
[[07421 811 406|phone]]

What did you see/hear? (facts only, child's own words in quotes)
[[Poppy|name]] dropped by mum's friend "[[Kay|name]]" (not on our collection list). Same pink leggings as on [[5th|date]] and
[[6th Nov|date]],
wet through, smell of smoke. At nappy change I saw a red mark on the back of her left thigh about the size of a 2p coin,
scabbed. She said "doggy bite" then "[[Jo-Jo|name]] smack". (She calls [[Jordan|name]] "[[Jo-Jo|name]]".) She ate two bowls at
breakfast club and hid toast in her pocket.

Body map completed: yes (attached). Photo: no (policy).
Action taken: told DSL [[Gemma Kingsnorth|name]] 09:40. DSL rang mum 09:55, no answer; rang [[Shelby|name]] again 10:30, she said
[[Poppy|name]] "fell on the dog's crate". Referral to Front Door 11:05 (ref FD/26/40317). Spoke with SW [[H Oyelaran|name]].
Signed: [[D Wren|name]]   DSL: [[G. Kingsnorth|name]]   Manager: [[K A Lusted|name]]

Follow-up (DSL, [[10.11.2026|date]]): mum collected at 15:30 with [[Alfie-Ray|name]]. She said [[Kayleigh|name]] ("[[Kay|name]]") is
her best friend from [[Sittingbourne|place]] and asked to add her to the list, with her mobile [[07545 664 675|phone]]. Not added
until ID seen. Mum upset, said "everyone is against me since [[Bev|name]] rang you lot". [[Alfie|name]]'s school ([[Twydall|school]])
told by phone.
"""),
    ("child in need review minutes", """CHILD IN NEED REVIEW - MINUTES
Children: [[Alfie-Ray DARLING|name]] (DOB [[14/02/2019|dob]], UPN [[T887207214073|upn]]); [[Poppy DARLING|name]] (DOB [[02/06/2023|dob]])
Held: Thursday [[26th November 2026|date]], Gun Wharf, [[Dock Road|address]], [[Chatham|place]] (room 2.14) and on Teams
Chair: [[Harriet Oyelaran|name]], Social Worker, Lower Medway Council ([[0300 876 6091|phone]] -
[[harriet.oyelaran@lowermedway.gov.uk|email]])
Minutes: [[Sam Whitlock|name]], business support
Present: [[Shelby Darling|name]] (mum); [[Beverley Darling|name]] (maternal nan); [[Nicola Penfold|name]] (HV);
[[Gemma Kingsnorth|name]] (DSL,
[[Busy Bees Den|school]]); [[Rachel Akers|name]] (class teacher, [[Twydall Primary School|school]]); PC [[Tom Honey|name]] (Medway
Neighbourhood)
Apologies: [[Jordan Hales|name]] (did not attend; no apology); GP (report sent)

1. Update. [[Alfie-Ray|name]]'s attendance 81% this term (18 sessions missed). Miss [[Akers|name]] said he is bright, loves
drawing dinosaurs and talks about "Nanny [[Bev|name]]'s" a lot; he has been late 11 times and twice had no lunch. [[Poppy|name]]'s
weight is 11.1 kg today (HV); the clinic review is booked for [[1 Dec 2026|date]].
2. [[Shelby|name]]'s view. Her Universal Credit (NI [[JT 48 19 27 B|ni]]) was sanctioned on [[2 Oct|date]] and restored on
[[16/10/2026|date]]; the council's welfare rights adviser, [[Mo Rahman|name]], is helping. She said she has asked [[Jordan|name]]
to leave and he is staying at his brother's in [[Luton|place]]. She
wants help with the Staffies and the flat. She is frightened of [[Dean|name]] ("[[Deano|name]]").
3. Police. PC [[Honey|name]]: a report of a door kicked in at [[31 Beechings Way|address]] on [[7.11.26|date]] from a neighbour at no.
[[11|address]]; [[Jordan Hales|name]] ([[22/01/1997|dob]]) arrested on [[21st November|date]], released under investigation; a
DVPN was not
sought. The car [[Jordan|name]] uses, a silver Golf [[KN17 YHU|vehicle]], is flagged.
4. Nan. [[Bev|name]] will do school runs on Tuesdays and Thursdays from [[1 December|date]] and have the children every other
weekend at [[9 Orchard Street|address]],
[[Rainham|place]] [[ME8 9AE|postcode]].
5. Decision: step up to a strategy discussion (threshold for s.47 met because of the mark on [[Poppy|name]]'s thigh, the door, and
[[Dean Hales|name]] being around the children). [[Shelby|name]] told and agreed to [[Alfie-Ray|name]] and [[Poppy|name]] staying at
Nanny [[Bev|name]]'s until the strategy meeting. Next review: [[10 December 2026|date]].
"""),
]


# --- B. Mercer / Brook family (white British), Wayfield estate, Chatham ------------------------------------------------------

HOME_B = d.Address("57 Wayfield Road", "Wayfield", "Chatham", "ME5 0HH")
GRANDAD_B = d.Address("4 Cliffe Road", "", "Strood", "ME2 3DP")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Kai", "Mercer")], dt.date(2011, 9, 3), addresses=[HOME_B], ids=["364 860 0486", "L887173370874"],
       schools=["The Victory Academy"]),
    _p("s", "sibling", [("Skye", "Mercer")], dt.date(2015, 4, 27), addresses=[HOME_B], ids=["853 853 2685", "H887125679015"],
       schools=["Wayfield Primary School"]),
    _p("m", "mother", [("Tanya", "Mercer")], dt.date(1989, 12, 12), addresses=[HOME_B], phones=["07785 042 868"],
       ids=["309 788 0232", "PA 61 33 08 C"]),
    _p("o", "other", [("Lee", "Brook")], dt.date(1985, 5, 19), addresses=[HOME_B], phones=["07885 785 838"]),
    _p("g", "grandparent", [("Roy", "Mercer")], dt.date(1960, 3, 1), addresses=[GRANDAD_B], phones=["01634 469 949"]),
    _p("p1", "professional", [("Callum", "Friday")], phones=["0300 729 0574", "07429 363 642"],
       emails=["callum.friday@lowermedway.gov.uk"]),
], "c")

DOCS_B = [
    ("a return home interview after a missing episode", """RETURN HOME INTERVIEW (RHI) - MISSING CHILD - independent RHI worker
Young person: [[Kai MERCER|name]]   DOB: [[03/09/2011|dob]] (15)   Home: [[57 Wayfield Road|address]], [[Chatham|place]]
[[ME5 0HH|postcode]]
Missing from: Fri [[27/11/2026|date]] about 16:00 (after school)   Found: Sun [[29/11/2026|date]] 02:40 by BTP at
[[Margate|place]] station
Police ref: 46-MISS-2611-0881    RHI held: [[1st December 2026|date]], [[Kai|name]]'s choice, McDonald's in the Pentagon Centre
RHI worker: [[Zoe Castle|name]] (Open Road)    Present: [[Kai|name]] only (mum [[Tanya|name]] waited outside)

Where were you? [[Kai|name]] said he got the train from [[Chatham|place]] to [[Gillingham|place]] then "a lift" to [[Margate|place]] with
"[[Rico|name]]" and a lad called "[[Smurf|name]]" who is "from [[London|place]], [[Lewisham|place]] way". He stayed "at a girl's flat" in
[[Cliftonville|place]], "[[Tori|name]]'s", above a vape shop on [[Northdown Road|address]]. He said he slept on the sofa and "just
chilled".
Who did you see? [[Rico|name]] (about 19, white, drives a black Audi, he said the plate "has 66 in it") and [[Smurf|name]]. [[Rico|name]]
gave him £40 and "a work phone" (he laughed). He said he had not had to "do anything". He would not give surnames.
What happened before? A row with his stepdad [[Lee|name]] ([[Lee Brook|name]]) about his phone being taken. He says [[Lee|name]]
"pinned me on the stairs". His sister [[Skye|name]] saw it and cried. He says mum "always backs him". He wants to live with his
grandad, [[Roy Mercer|name]], in [[Strood|place]] ("Grandad [[Roy|name]]'s got a spare room and a dog").
Health: tired, not eaten since the [[28th|date]], a graze on his right hand ("the fence at [[Tori|name]]'s"). Says he smokes weed
"sometimes". Offered the sexual health drop-in; he laughed and said no.
School: on a part-time timetable at [[The Victory Academy|school]] since [[12 October|date]]; he likes Mr [[Pett|name]] (PE).
Worries noted: likely criminal exploitation (cash, a phone, a trip to the coast, older males, a girl's flat). [[Kai|name]] said
"[[Rico|name]] is safe, he looks after me". Shared with SW [[Callum Friday|name]] and the exploitation team by email the same day.
Phone numbers [[Kai|name]] gave: his own new number [[07441 910 343|phone]]; "[[Tori|name]]" [[07459 386 711|phone]] (he showed me).
"""),
    ("Instagram direct messages typed up from screenshots", """Instagram DMs between [[Kai|name]]'s account (k.merc_07) and a user
showing as "[[Rico|name]] 🐍"
(rico.ldn.x). Screenshots shown by mum [[Tanya Mercer|name]] on [[30 Nov|date]] from [[Kai|name]]'s old phone; typed up by
SW [[C. Friday|name]]. Spelling as sent. Times as shown.

[[24/11|date]] 19:02 rico.ldn.x: yo u good. u know [[smurf|name]] innit
[[24/11|date]] 19:03 k.merc_07: ye hes sound
[[24/11|date]] 19:03 rico.ldn.x: wanna make some p this weekend. easy ting. just ride out wiv us
[[24/11|date]] 19:10 k.merc_07: my stepdad [[lee|name]] is a prick he took my phone wen he finds out
[[24/11|date]] 19:11 rico.ldn.x: dont worry bout [[lee|name]]. ill get u a new ting
[[26/11|date]] 22:41 rico.ldn.x: friday 4 oclock by the co op on [[magpie hall rd|address]]. dont bring [[skye|name]] lol
[[26/11|date]] 22:42 k.merc_07: haha shes 11 bro. ok
[[27/11|date]] 15:58 rico.ldn.x: outside. black a3
[[29/11|date]] 01:17 rico.ldn.x: u said nuffin to the feds yeh. [[tori|name]] said u was crying lol
[[29/11|date]] 01:18 rico.ldn.x: if ur mum starts tell her u was at [[jayden|name]]s in [[walderslade|place]]

SW note: "[[jayden|name]]" is [[Jayden Cole|name]] ([[Kai|name]]'s friend, Year 10), who told his mum [[Kerry Cole|name]] that
[[Kai|name]] was
never there. "[[Magpie hall rd|address]]" is [[Magpie Hall Road|address]], [[Chatham|place]]. The account names are handles and
are not redacted here.
"""),
    ("strategy discussion minutes", """STRATEGY DISCUSSION - CHILD EXPLOITATION - RECORD
Child: [[Kai Mercer|name]] ([[3.9.2011|dob]])  Sibling: [[Skye Mercer|name]] ([[27.4.2015|dob]],
[[Wayfield Primary School|school]], UPN [[H887125679015|upn]])
Date and time: [[2 December 2026|date]], 11:00-11:50, MS Teams    Chair: [[Lynn Stroud|name]], Team Manager
Attendees: [[Callum Friday|name]] (SW, [[07429 363 642|phone]]); DS [[Mark Ovenden|name]] (Kent Police, Medway CSE/CCE team); [[Yasmin
Patel|name]] (DSL, [[The Victory Academy|school]]); [[Sue Barham|name]] (school nurse); [[Zoe Castle|name]] (RHI worker)

Information shared
Police: [[Kai|name]] found at [[Margate|place]] station with £115 cash and two phones, in the company of [[Ricardo Simms|name]]
(DOB [[04/06/2007|dob]],
known as "[[Rico|name]]") who was arrested for possession with intent. [[Simms|name]]' vehicle, a black Audi A3 [[LD66 XRT|vehicle]], was
seized. "[[Smurf|name]]" is believed to be [[Tyrese Odukoya|name]], 17, from [[Catford|place]]. The flat is [[Flat 2, 188 Northdown
Road|address]], [[Margate|place]] [[CT9 2QN|postcode]], tenant [[Tori Baldock|name]] (18).
School: [[Kai|name]]'s attendance 64%; two fixed-term suspensions (vape, fight). Ms [[Patel|name]] said [[Kai|name]] told a TA that
"[[Lee|name]] hits mum". On [[19 Nov|date]] he had new trainers (about £180).
Health: no health contacts since a school nurse drop-in on [[5 March 2024|date]].
Family: SW visited [[57 Wayfield Road|address]] on [[30th November|date]]. [[Tanya|name]] says [[Lee Brook|name]] "only grabbed"
[[Kai|name]]. [[Lee|name]] was
not present. [[Skye|name]] said "[[Lee|name]] shouts at [[Kai|name]] every day". Grandad [[Roy Mercer|name]] of [[4 Cliffe Road|address]],
[[Strood|place]] [[ME2 3DP|postcode]] ([[01634 469 949|phone]]) has offered [[Kai|name]] a room.
Decisions: s.47 enquiry (both children). NRM referral for [[Kai|name]] (SW). Disruption: CAWN for [[Ricardo Simms|name]] (police).
[[Kai|name]] to stay with Grandad [[Roy|name]] for now with [[Tanya|name]]'s agreement. Review: [[16/12/2026|date]].
"""),
    ("a youth worker's notes typed fast on a phone", """notes - [[kai|name]] m - detached session tues [[1/12|date]] - typed on
phone sorry for typos - [[jess|name]]

bumped into [[kai|name]] outside the chicken shop on [[luton rd|address]] about 7.40 with 3 older lads, one in a north face puffer, called
him [[kaiii|name]]. [[kai|name]] came over when i said hi, other lads walked off towards [[luton arches|address]]. he said hes at grandad
[[roy|name]]s in [[strood|place]] now n its "boring but safe". asked about [[skye|name]], he said shes ok but [[lee|name]] wont let him
see her. he said [[rico|name]] is "locked up" so its calmer. said he owes "someone" £300 for the phone the police took. when
i asked who he said "[[smurf|name]] maybe, idk".
other lad (puffer) i think is [[Brandon Gilbey|name]], from the youth club in [[Lordswood|place]], hes about 18
gave [[kai|name]] my work number again [[07956 109 949|phone]]
[[kai|name]] said he might come to boxing at the gym on [[Canterbury St|address]] weds. said Mr [[Pett|name]] at school got him in to it.
rang [[callum|name]] (sw) at 20:15, left vm. emailed [[callum.friday@lowermedway.gov.uk|email]] 20:30.
[[jess ripley|name]] youth worker (Medway Youth Service, Chatham team)
"""),
]


# --- C. Bassey / Edet family (British Nigerian, Efik, from Calabar), Luton, Chatham ----------------------------------------------

HOME_C = d.Address("22 Luton Road", "Luton", "Chatham", "ME4 5AL")
GRAN_C = d.Address("17 Atekong Drive", "State Housing", "Calabar", "")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Ekemini", "Bassey")], dt.date(2013, 7, 8), addresses=[HOME_C], ids=["581 807 3432", "T887126776911"],
       schools=["Chatham Grammar"]),
    _p("s", "sibling", [("Itoro", "Bassey")], dt.date(2017, 1, 30), addresses=[HOME_C], ids=["765 837 2307", "D887216203504"],
       schools=["Luton Primary School"]),
    _p("m", "mother", [("Ekaette", "Edet")], dt.date(1986, 11, 21), addresses=[HOME_C], phones=["07859 409 576"],
       ids=["136 734 6053", "SK 20 75 41 A"]),
    _p("f", "father", [("Effiong", "Bassey")], dt.date(1981, 4, 4), addresses=[HOME_C], phones=["07492 561 940"],
       ids=["NE 83 46 19 D"]),
    _p("g", "grandparent", [("Arit", "Okon")], dt.date(1958, 2, 9), addresses=[GRAN_C], phones=["+234 803 412 7765"]),
    _p("p1", "professional", [("Olivia", "Hope")], phones=["0300 758 4873"], emails=["olivia.hope@lowermedway.gov.uk"]),
], "c")

DOCS_C = [
    ("a secondary school's referral to the front door", """LOWER MEDWAY FRONT DOOR - MULTI-AGENCY REFERRAL FORM (received by
secure email [[03/11/2026|date]] 09:12)
Referrer: [[Rebecca Thorne|name]], Designated Safeguarding Lead, [[Chatham Grammar|school]], [[Rainham Road|address]], [[Chatham|place]]
Tel [[01634 326 716|phone]]    Email: [[r.thorne@chathamgrammar.kent.sch.uk|email]]
Child: [[BASSEY, Ekemini|name]] (known as "[[Eke|name]]" or "[[Mini|name]]")   DOB [[08/07/2013|dob]]   Year 8   UPN [[T887126776911|upn]]
Address: [[22 Luton Road|address]], [[Luton|place]], [[Chatham|place]] [[ME4 5AL|postcode]]
Parents: [[Ekaette Edet|name]] (mother, [[07859 409 576|phone]]), [[Effiong Bassey|name]] (father, [[07492 561 940|phone]])
Sibling: [[Itoro Bassey|name]] (9, [[Luton Primary School|school]])   Language at home: Efik and English (child fluent in English)
Consent to refer: not sought - may increase risk to the child.

Reason for referral: On Monday [[2nd November|date]] [[Ekemini|name]] told her form tutor, Mrs [[Blessing Udo|name]], that she could not
go home because "they are going to take me for deliverance again". She said that since her brother [[Itoro|name]] became ill
in the summer (he has sickle cell and was in Medway Maritime Hospital in August) her father and a pastor from the family's
church have said she is "ifot" (she explained this is Efik for a witch) and that she "brought the sickness". She said that on
Saturday [[31 October|date]] she was made to kneel for "hours" at the church hall in [[Gillingham|place]] while people prayed over her,
was not allowed to eat until the Sunday evening, and that Pastor [[Udeme Akpan|name]] rubbed oil in her eyes. Her eyes were red.
She said her dad hit her with a belt on her back on the Sunday ([[1 November|date]]). I (DSL) saw three raised red lines across her
upper back when the school nurse, [[Sue Barham|name]], checked at 11:20 with [[Ekemini|name]]'s agreement. She is frightened that her
grandmother in [[Calabar|place]], "Mma [[Arit|name]]", will be told and that she will be "sent back" to her grandmother's house in
[[State Housing|place]],
[[Calabar|place]].
Other information: [[Ekemini|name]] is a high-achieving, quiet girl. Her attendance is 97%. Her best friend [[Grace Ofem|name]] (Year 8)
told us [[Eke|name]] has been sleeping at the church some Fridays. Mum works nights as a care assistant at a home in
[[Walderslade|place]].
Action by school: [[Ekemini|name]] kept in school; Front Door rang at 11:40 (spoke to [[Olivia Hope|name]], SW). Parents not told.
Signed [[R. Thorne|name]], DSL    [[2/11/2026|date]] 12:55
"""),
    ("a family WhatsApp group in Efik and English, translated", """WhatsApp group "[[Okon|name]] Family 🇳🇬🇬🇧" - exported by
[[Ekaette Edet|name]] and given to SW [[Olivia Hope|name]] on
[[10/11/2026|date]]. Efik lines translated by [[Idara Etim|name]] (interpreter, LinguaKent), translation in [square brackets].

[[04/11/2026|date]], 06:02 - Mma: Mesiere nditọ mi. Abasi odu ye nyịn. [Good morning my children. God is with us.]
[[04/11/2026|date]], 06:05 - [[Ekaette|name]]: Mesiere Mma. [[Eke|name]] isịnehe ke ufọk. Mbọk bọn̄ akam. [Good morning Mma.
[[Eke|name]] is not at home.
Please pray.]
[[04/11/2026|date]], 06:09 - Mma: Nso iwọrọ? Ke [[Calabar|place]] mi nkpọ emi ikpanamke. [What happened? Here in [[Calabar|place]]
this would not
happen.]
[[04/11/2026|date]], 07:30 - Aunty [[Blessing|name]]: Sister [[Ekaette|name]] dont mind them. The social worker people will come
and go. Tell
them [[Effiong|name]] did not touch her
[[04/11/2026|date]], 07:31 - Aunty [[Blessing|name]]: Call me [[07980 942 316|phone]] not this one, this one is for [[Uyo|place]] business
[[04/11/2026|date]], 07:45 - [[Effiong|name]]: Pastor [[Udeme|name]] said we should not talk on this group
[[04/11/2026|date]], 07:46 - [[Effiong|name]]: Mma please dont call [[Ekaette|name]] again this week. I will call you from
[[Gillingham|place]]
[[05/11/2026|date]], 21:12 - [[Itoro|name]]: mma i miss [[eke|name]]. wen is she coming back 😢
[[05/11/2026|date]], 21:13 - Mma: Eyen mi [[Itoro|name]], sọsọn̄ọ. Ayakam afiak. [My child [[Itoro|name]], be strong. She will come back.]
[[06/11/2026|date]], 10:20 - [[Ekaette|name]]: The lady from council said [[Eke|name]] is with a foster carer in
[[Rochester|place]]. Mrs [[Hope|name]]
[[06/11/2026|date]], 10:21 - [[Ekaette|name]]: sorry. Mrs [[Hope|name]] is the social worker. She is kind
[[06/11/2026|date]], 10:40 - Mma: Tell [[Ekemini|name]] Mma [[Arit|name]] loves her. My number in [[State Housing|place]] is still
[[+234 803 412 7765|phone]]
[[07/11/2026|date]], 19:02 - Uncle [[Okon Etim|name]]: I am coming to UK [[20th Dec|date]], landing Gatwick, staying with Bro
[[Asuquo|name]] in [[Strood|place]]

Interpreter's note: "Mma" (mother) is how the family address the grandmother, [[Arit Okon|name]]; the group shows her saved as "Mma".
"Ndito mi" is "my children". "Aunty [[Blessing|name]]" is [[Blessing Etim|name]], the mother's cousin, in [[Uyo|place]], Akwa Ibom.
"""),
    ("a child and family assessment, analysis section", """CHILD AND FAMILY ASSESSMENT (s.47 and s.17) - EXTRACT: FAMILY HISTORY
AND ANALYSIS
Children: [[Ekemini Bassey|name]] ([[8 July 2013|dob]]), [[Itoro Bassey|name]] ([[30 January 2017|dob]], NHS [[765 837 2307|nhs]])
Social worker: [[Olivia Hope|name]]    Manager: [[Dev Chauhan|name]]    Started [[2 November 2026|date]], completed
[[7 December 2026|date]]

Family history. [[Ekaette Edet|name]] was born in [[Calabar|place]] on [[21.11.1986|dob]] and grew up in [[State Housing|place]] with her
mother, [[Arit Okon|name]], a retired teacher, at [[17 Atekong Drive|address]], [[Calabar|place]]. She trained as a nurse in [[Uyo|place]]
and came to the UK in 2019 on a health and care worker visa; she now has settled status. [[Effiong Bassey|name]] (born [[04/04/1981|dob]],
from [[Ikot Ansa|place]], [[Calabar|place]]) joined her in 2020 with [[Ekemini|name]] and [[Itoro|name]]. They lived first with his
brother, [[Asuquo Bassey|name]], at [[6 Gun Lane|address]], [[Strood|place]] [[ME2 4UB|postcode]], and moved to
[[Luton Road|address]] in 2022.
The family are Efik and speak Efik at home; the children answer in English. They belong to a Pentecostal church that meets at
a hall in [[Gillingham|place]] (Fountain of Grace Ministries); its pastor, [[Udeme Akpan|name]], is also from [[Calabar|place]].

[[Itoro|name]]'s health. [[Itoro|name]] has sickle cell anaemia (HbSS) and had a crisis in August needing a transfusion. His consultant,
Dr [[Nkem Obi|name]], says his care at home is good. Mr [[Bassey|name]] told me that the pastor said the crisis was "spiritual" and
that "someone in the house" caused it. He accepts he said this to [[Ekemini|name]].

What happened. [[Ekemini|name]] was accused of witchcraft ("ifot") and made to take part in two "deliverance" sessions (on
[[18th October|date]] and [[31st October|date]]), fasted, had oil put in her eyes and was hit with a belt by her father on [[1/11|date]].
Mr [[Bassey|name]] was interviewed by police (DC [[Laura Fagg|name]]) and accepted a conditional caution on [[20 Nov 2026|date]].
Ms [[Edet|name]] was at work at the time of the sessions and says she did not know; she was "shocked and ashamed".

Analysis. Belief in witchcraft is not itself a risk, but the harm that followed was serious. Protective factors: Ms [[Edet|name]]'s
clear wish to keep [[Ekemini|name]] safe, her agreement that Mr [[Bassey|name]] moves to his brother's in [[Strood|place]] while the plan
runs, and the grandmother, Mma [[Arit|name]], who told me by phone ([[+234 803 412 7765|phone]], with the interpreter [[Idara Etim|name]])
that "no child is a witch" and that she would speak to her son-in-law. [[Ekemini|name]] wishes to go home "when dad is not
there" and to keep going to [[Chatham Grammar|school]]. [[Itoro|name]] misses his sister and has asked if "[[Mini|name]]" will be home for
Christmas. [[Eke|name]] has been with foster carer [[Pauline Reeve|name]] in [[Borstal|place]] since [[3rd Nov|date]].
Money and housing. Ms [[Edet|name]] (NI [[SK 20 75 41 A|ni]]) rents the house from a private landlord, Mr [[Femi Adebayo|name]]
([[07454 274 633|phone]]). Mr [[Bassey|name]] (NI [[NE 83 46 19 D|ni]]) drives for a parcel firm in a white van, [[YX21 NFO|vehicle]], and
sends money to his mother, [[Nkoyo Bassey|name]], in [[Ikot Ansa|place]] each month.
Recommendation: child protection conference for [[Ekemini|name]]; child in need for [[Itoro|name]]; AFRUCA to work with the family
and the church; an Efik-speaking worker if one can be found.
"""),
    ("a pastor's letter to the social worker", """FOUNTAIN OF GRACE MINISTRIES INT'L (MEDWAY ASSEMBLY)
Hall: [[Skinner Street|address]], [[Gillingham|place]]  [[ME7 1HD|postcode]]    Pastor's line: [[07812 708 284|phone]]

[[23rd November, 2026|date]]

Attention: Mrs [[Olivia Hope|name]], Children's Services, Lower Medway Council, Gun Wharf

Dear Madam,

RE: SISTER [[EKAETTE EDET|name]], BROTHER [[EFFIONG BASSEY|name]] AND THEIR DAUGHTER [[EKEMINI|name]]

Greetings in the precious name of our Lord. I write as the Senior Pastor of the above assembly, where the family have
worshipped since 2021. I was born in [[Calabar|place]] like them, and I have known Brother [[Effiong|name]] since our
school days at [[Hope Waddell|school]] (that is a school in [[Calabar|place]]; his mother and mine were neighbours on
[[Ekpo Abasi Street|address]]).

I wish to state that no member of this church has harmed the girl. What took place on the [[18th|date]] and the [[31st|date]] of October
were prayer meetings, which her parents asked for because of the sickness of her brother [[Itoro|name]]. Anointing oil is used in
our worship. Sister [[Grace Ekpo|name]] and Deaconess [[Comfort Archibong|name]] were present at all times and can confirm this.
I never called the child a witch. It is the people outside (the school, the newspapers) who use this word.

I respectfully ask that Brother [[Effiong|name]] be allowed to return home to his family before Christmas. The family needs
its head. I am willing to meet you with our elders, Elder [[Bassey Inyang|name]] and Elder [[Edidiong Okon|name]], at your office or at
the hall. You may reach me on the number above or on my Nigerian line [[+234 806 221 9043|phone]] when I travel in January.

Yours in His service,
Pastor [[Udeme E. Akpan|name]] (Dr)
Senior Pastor
"""),
]


# --- D. Rolle / Ferguson family (Bahamian), Brompton, Gillingham ---------------------------------------------------------------

HOME_D = d.Address("14 Prospect Row", "Brompton", "Gillingham", "ME7 5AL")
GRAN_D = d.Address("9 Coral Road", "", "Freeport", "")
DAD_D = d.Address("Lot 12, Cowpen Road", "Carmichael", "Nassau", "")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Deangelo", "Rolle")], dt.date(2015, 3, 19), addresses=[HOME_D], ids=["999 529 2521", "T887128526821"],
       schools=["Saint Mary's Island Church of England Primary School"]),
    _p("s", "sibling", [("Kiara", "Ferguson")], dt.date(2020, 10, 1), addresses=[HOME_D], ids=["107 061 6702", "F887125116313"],
       schools=["Saint Mary's Island Church of England Primary School"]),
    _p("m", "mother", [("Tiffany", "Rolle")], dt.date(1990, 6, 15), addresses=[HOME_D], phones=["07838 669 667"],
       ids=["695 756 3820", "JB 72 50 16 C"]),
    _p("f", "father", [("Dwight", "Ferguson")], dt.date(1988, 9, 9), addresses=[DAD_D], phones=["+1 242 357 4418"]),
    _p("g", "grandparent", [("Ida", "Knowles")], dt.date(1962, 12, 24), addresses=[GRAN_D], phones=["+1 242 422 8816"]),
    _p("p1", "professional", [("Priya", "Moss")], phones=["0300 745 2148"], emails=["priya.moss@lowermedway.gov.uk"]),
], "c")

DOCS_D = [
    ("a GP's letter to the social worker", """Medway Riverside Medical Practice
[[112 Canterbury Street|address]], [[Gillingham|place]], Kent [[ME7 5UP|postcode]]   Tel: [[01634 524 271|phone]]

[[16 October 2026|date]]

Ms [[Priya Moss|name]]
Social Worker, Children's Services, Lower Medway Council
By secure email: [[priya.moss@lowermedway.gov.uk|email]]

Dear Ms [[Moss|name]]

Re: [[Tiffany ROLLE|name]] (DOB [[15/06/1990|dob]], NHS No [[695 756 3820|nhs]]) and her children [[Deangelo Rolle|name]] (DOB
[[19/03/2015|dob]])
and [[Kiara Ferguson|name]] (DOB [[01/10/2020|dob]]), of [[14 Prospect Row|address]], [[Brompton|place]], [[Gillingham|place]]
[[ME7 5AL|postcode]]

Thank you for your letter of [[9th October|date]] and for [[Tiffany|name]]'s signed consent to share.

[[Tiffany|name]] has been registered with us since 2021, when she came from [[Nassau|place]] to work as a staff nurse at Medway Maritime
Hospital. She was well until this summer. Her younger brother, [[Rashad Rolle|name]], was shot and killed in [[Fox Hill|place]],
[[Nassau|place]],
on [[4th July 2026|date]], and she could not afford to fly home for the funeral. Since then she has had low mood, early waking,
poor appetite and panic attacks at work. I saw her on [[3 Sept|date]], [[17 Sept|date]] and [[1 Oct 2026|date]]. She scored 19 on the
PHQ-9 (moderately severe). She started sertraline 50 mg on [[17/09/2026|date]] and is on the waiting list for Talking Therapies.
She told me that she has no thoughts of harming herself or the children, that she "has to keep going for [[Dee|name]] and
[[Kiki|name]]", and that her mother, Mrs [[Ida Knowles|name]] in [[Freeport|place]], rings every day.

She has been signed off work by me since [[1st October|date]]. Before that she was working 12-hour night shifts, and she told me
(without my asking) that on some nights [[Deangelo|name]], then 11, was looking after [[Kiara|name]] alone until a neighbour, Mrs
[[Precious Sands|name]] (also from the Bahamas), looked in at about 22:00. I advised her that this was not safe, and I understand
from your letter that the school has raised the same concern.

[[Deangelo|name]] was seen by our practice nurse, [[Jo Faith|name]], on [[22 September|date]] for asthma; he was tired and said he "does
Mummy's tablets". [[Kiara|name]] is up to date with her immunisations. Neither child has any injuries recorded.

Please contact me if I can help. I will attend the conference if it is held on a Wednesday.

Yours sincerely

Dr [[Samuel Adeyemi-Cole|name]]
GP Partner (safeguarding lead)
"""),
    ("a home-school reading diary scanned and OCR'd", """[OCR of scanned pages - home-school reading record, Year 6,
[[St Mary's Island CE Primary|school]]. Scanned by the
school office on [[12/10/2026|date]] and sent to SW. OCR text kept as produced, misreadings included; handwriting
noted in brackets by the DSL.]

READING RECORD     Name: [[Deangelo Ro11e|name]]     Class: Kingfishers     Teacher: Mr [[H. Bain|name]]

Date        Book / pages           Comment
[[7/9|date]]         Holes p.1-20           Good start [[Deangelo|name]]! - HB
[[8/9|date]]         Holes 20-31            read to my sister [[Kiki|name]] she liked the lizards. - D.R.
[[10/9|date]]        -                      Sorry he was tired, I work nites. [[T Rolle|name]]  (mother's writing)
[[14/9|date]]        Holes 31-40            Please can Mum sign? - HB
[[l5/9|date]]        -                      (no entry)
[[21/9|date]]        Holes 41-55            read it at 11 oclock at night when [[kiara|name]] was sleeping - [[Dee|name]]
[[23/9|date]]        -                      [[Deangelo|name]] fell asleep in maths today. Is everything OK at
                                            home? Please pop in. Mr [[Bain|name]]
[[24/9|date]]        -                      Mum is sad cos Uncle [[Rashad|name]] died in the Bahamas. Mum says
                                            sorry. Granny [[Ida|name]] says hello. - [[Dee|name]]
[[28/9|date]]        Holes 56-70            I stayed at Miss [[Precious|name]] on [[Mansion Row|address]]. she has a cat
                                            called Conch. - D
[[3O/9|date]]        -                      Spoke to Mum at gate. Mr B / DSL informed
[[6/10|date]]        Holes 71-90            Mum is not at work now she is at home. we had peas n rice - DR
[[9/10|date]]        -                      [[Deangelo|name]] says Dad ([[Dwight|name]]) is coming from [[Nassau|place]] at Xmas??
- [[H Bain|name]]

Back cover (child's writing): [[DEANGELO ROLLE|name]] [[14 PROSPECT ROW|address]] [[BROMPTON|place]]. If lost ring
[[0783 866 9667|phone]] or my Granny in [[Freeport|place]]
[[+1 242 422 8816|phone]]
"""),
    ("initial child protection conference report", """REPORT TO INITIAL CHILD PROTECTION CONFERENCE
Children: [[Deangelo ROLLE|name]] (DOB [[19.03.2015|dob]], NHS [[999 529 2521|nhs]], UPN [[T887128526821|upn]]) and
[[Kiara FERGUSON|name]] (DOB [[01.10.2020|dob]],
NHS [[107 061 6702|nhs]], UPN [[F887125116313|upn]]), both at [[Saint Mary's Island Church of England Primary School|school]]
Conference date: Wednesday [[4 November 2026|date]] at 10:00, Gun Wharf, [[Chatham|place]]
Author: [[Priya Moss|name]], Social Worker ([[0300 745 2148|phone]])    Team manager: [[Alan Hook|name]]

1. The family. [[Tiffany Rolle|name]] (36) is Bahamian, from [[Bain Town|place]] in [[Nassau|place]]; she came to the UK in 2021 to work
as a nurse. [[Deangelo|name]] ("[[Dee|name]]", 11) came with her; [[Kiara|name]] ("[[Kiki|name]]", 6) was born at Medway Maritime.
[[Kiara|name]]'s
father, [[Dwight Ferguson|name]], lives at [[Lot 12, Cowpen Road|address]], [[Carmichael|place]], [[Nassau|place]] and speaks to
the children on
FaceTime most weekends ([[+1 242 357 4418|phone]]). [[Deangelo|name]]'s father, [[Marvin Pinder|name]], died in 2018 in
[[Eleuthera|place]].
The maternal grandmother, [[Ida Knowles|name]], lives at [[9 Coral Road|address]], [[Freeport|place]], and the family's nearest support
here is a family friend, Mrs [[Precious Sands|name]], of [[38 Mansion Row|address]], [[Brompton|place]] [[ME7 5SE|postcode]]
([[07914 004 083|phone]]).

2. Why we are here. On [[12 October 2026|date]] the school (DSL Mrs [[Cheryl Munroe|name]]) referred after [[Deangelo|name]] fell asleep
in class, wrote in his reading record that he reads "at 11 oclock at night when [[kiara|name]] was sleeping", and told his teacher,
Mr [[Hugh Bain|name]], that he "does Mummy's tablets" and "puts [[Kiki|name]] to bed when Mum is at the hospital". Enquiries found that
from July to [[30 September|date]] Ms [[Rolle|name]] worked nights three or four times a week and left the children alone from
about 19:15 until 08:00, with Mrs [[Sands|name]] looking in once at about 22:00. On [[26 September|date]] a neighbour, Mr
[[Kevin Ward|name]]
of no. [[16|address]], found [[Kiara|name]] on the pavement in her pyjamas at 06:10 looking for her mum; he rang 999.

3. The children. [[Deangelo|name]] is polite, funny and very protective of his mother and sister. He told me: "I'm the man of the
house now Uncle [[Rashad|name]] is gone." He wants to go to [[Fort Pitt|school]] or "[[Holcombe|school]]" next year.
[[Kiara|name]] is a lively
girl who loves dancing; she said "[[Dee|name]] makes the noodles". Both have missed GP and dentist appointments.

4. Mother. Ms [[Rolle|name]] has depression following the killing of her brother, [[Rashad Rolle|name]], in [[Fox Hill|place]] on
[[04/07/2026|date]]. She is open, ashamed and co-operative. She is signed off until [[31st December|date]] and
her statutory sick pay (NI [[JB 72 50 16 C|ni]]) ends on [[14/01/2027|date]]. She has asked for help to
move to days. Her mother, Mrs [[Knowles|name]] ([[+1 242 422 8816|phone]]), has offered to come from [[Freeport|place]] for three months;
a visitor visa is being sought with a letter from the local authority.

5. Recommendation: child protection plans under the category of neglect for both children; a young carers assessment for
[[Deangelo|name]] (Medway Young Carers); childminding for night shifts; GP and Talking Therapies for Ms [[Rolle|name]].
[[P. Moss|name]], [[28/10/2026|date]]
"""),
    ("a grandmother's email from Freeport", """From: [[Ida Knowles|name]] <[[idaknowles62@batelnet.bs|email]]>
Sent: Sunday, [[November 8, 2026|date]] 6:47 PM
To: [[priya.moss@lowermedway.gov.uk|email]]
Cc: [[Tiffany|name]] <[[tiffyrolle.rn@gmail.com|email]]>
Subject: From [[Tiffany|name]]'s mother - [[Ida Knowles|name]] - about my grandchildren [[Deangelo|name]] & [[Kiara|name]]

Good evening Ms [[Priya|name]],

I hope this email find you well. My name is [[Ida Mae Knowles|name]], I am the mother of [[Tiffany Rolle|name]] and grandmother
of [[Deangelo|name]] and [[Kiara|name]]. [[Tiffany|name]] gave me your address. I am writing from my home at [[#9 Coral Road|address]],
[[Freeport|place]], [[Grand Bahama|place]]. My phone is [[+1-242-422-8816|phone]], WhatsApp the same.

First I want to thank you for how you treat my daughter. She tell me you did not shout at her. Since we lose my son [[Rashad|name]]
in July my child has not been herself. Back home she would have had all of us around her, her aunties in [[Eight Mile Rock|place]],
her cousins in [[Nassau|place]], church family. In England she has only [[Precious|name]] (Sister [[Sands|name]]) and the nurses
from work.

I am a retired school teacher (thirty one years at a primary school in [[Hawksbill|place]]). I am healthy and I can come and stay
with them from [[December 1st|date]] to the end of February if the embassy give me the visa. My pastor, Rev. [[Cedric Moss|name]] of
Pro Church, will write for me. Please tell me what letter you need from your side.

[[Dwight|name]] ([[Kiara|name]]'s daddy) say he will send money every month. He is at [[Cowpen Road|address]] still, his number is
[[+1 (242) 357-4418|phone]]. [[Deangelo|name]]'s father's people are in [[Eleuthera|place]] - his grandmother Mrs
[[Vernita Pinder|name]] of
[[Governor's Harbour|place]] would like to call him, she say he can ring her on [[+1 242 332 2611|phone]].

God bless you and keep you.
Mrs [[Ida M. Knowles|name]]
"""),
]


# --- E. Hollands / Dyer family (white British), Frindsbury, Strood -----------------------------------------------------------------

HOME_E = d.Address("Flat 3, 41 Frindsbury Road", "Frindsbury", "Rochester", "ME2 4JB")
NAN_E = d.Address("6 Bush Road", "Cuxton", "Rochester", "ME2 1EX")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Archie", "Dyer")], dt.date(2026, 7, 28), addresses=[HOME_E], ids=["727 149 2763"]),
    _p("m", "mother", [("Chloe", "Hollands")], dt.date(2006, 2, 11), addresses=[HOME_E], phones=["07517 251 897"],
       ids=["921 946 3695", "ZA 30 62 94 B"]),
    _p("f", "father", [("Reece", "Dyer")], dt.date(2003, 8, 25), addresses=[HOME_E], phones=["07972 889 522"],
       ids=["680 491 7154", "WK 55 12 87 D"]),
    _p("g", "grandparent", [("Donna", "Dyer")], dt.date(1978, 4, 16), addresses=[NAN_E], phones=["01634 878 496", "07599 825 145"]),
    _p("p1", "professional", [("Ellie", "Rochester")], phones=["07900 085 531"], emails=["ellie.rochester@lowermedway.gov.uk"]),
], "c")

DOCS_E = [
    ("a hospital child protection medical report", """MEDWAY NHS FOUNDATION TRUST - PAEDIATRIC DEPARTMENT
CHILD PROTECTION MEDICAL ASSESSMENT - SUMMARY REPORT

Name: [[Archie DYER|name]]     DOB: [[28/07/2026|dob]] (age 4 months)     NHS number: [[727 149 2763|nhs]]
Address: [[Flat 3, 41 Frindsbury Road|address]], [[Frindsbury|place]], [[Rochester|place]] [[ME2 4JB|postcode]]
Date of examination: [[24/11/2026|date]] 14:30-16:10, Dolphin Ward    Examining doctor: Dr [[Farah Qureshi|name]], Consultant
Paediatrician
Requested by: [[Ellie Rochester|name]], Social Worker (s.47)    Accompanied by: [[Chloe Hollands|name]] (mother, 20) and
[[Reece Dyer|name]] (father, 23)
Also present: [[Lydia Halling|name]], paediatric nurse (chaperone)

History given. Both parents said [[Archie|name]] was well until the evening of [[22 November|date]], when [[Reece|name]] was
changing him on
the sofa and "heard a click" in his left leg. He cried more than usual and would not kick that leg. [[Chloe|name]] rang NHS 111 at
07:55 on [[23/11|date]] and an ambulance was sent; the crew, [[Dan Whyman|name]] and [[Amber Roe|name]] of SECAmb,
brought him to Medway Maritime. [[Reece|name]] said that on [[20th Nov|date]] [[Archie|name]] had rolled off the changing mat on to the
carpet. [[Chloe|name]] said she was at her friend [[Keeley|name]]'s in [[Wainscott|place]] on the night of the [[20th|date]] and came home
at 23:00.
Examination. Alert, well-nourished baby, weight 6.9 kg (50th centile). Swelling above the left knee. No bruising seen on the
skin, the frenulum is intact, fontanelle soft. Skeletal survey ([[24.11.26|date]]): a metaphyseal fracture of the distal left femur
(corner fracture), and a healing fracture of the right 7th rib posteriorly, thought to be 10 to 14 days old. CT head normal.
Eyes examined by the ophthalmologist, Mr [[Tariq Iqbal|name]], on [[25/11/2026|date]]: no retinal haemorrhages. Bloods (bone profile,
vitamin D, clotting) normal.

Opinion. The femoral metaphyseal fracture and the rib fracture are not explained by the histories given. A "click" while
changing a nappy, or a roll from a mat on to carpet, would not be expected to cause either. A rib fracture at this age is
most often caused by squeezing. In my opinion, on the information now available, these are likely to be non-accidental
injuries. Follow-up skeletal survey is booked for [[8 December 2026|date]].
Other information. Paternal grandmother, [[Donna Dyer|name]], arrived at 15:40 and was angry with the mother. She said "[[Clo|name]]'s
got a temper". Police (DC [[Rhys Conway|name]], CAIT) informed at 16:20. [[Archie|name]] remains on Dolphin Ward under police protection.
Dr [[F. Qureshi|name]]  GMC 7723190    Typed [[25 November 2026|date]]
"""),
    ("a 999 call transcript from the ambulance service", """SECAmb - CALL AUDIO TRANSCRIPT (produced for Kent Police at their
request, ref incident 0231 [[23/11/2026|date]])
Call start 07:58:12  Caller: female (later identified as [[Chloe Hollands|name]])  Number withheld by NHS 111 transfer
[EMD = emergency medical dispatcher [[Kirsty Lennard|name]]; [inaudible] and [crying] as heard]

EMD: Ambulance service, is the patient breathing?
CALLER: Yeah he's breathing, he's a baby, he's four months, it's his leg, he won't stop screaming
EMD: OK. What's the address of the emergency?
CALLER: It's [[flat three, forty-one Frindsbury Road|address]], it's [[Strood|place]], no, [[Frindsbury|place]], [[M E 2 4 J B|postcode]]
EMD: [[Flat 3, 41 Frindsbury Road|address]], [[Rochester|place]], [[ME2 4JB|postcode]]. And the phone number you're calling from?
CALLER: [[07517 251897|phone]]
EMD: What's the baby's name?
CALLER: [[Archie|name]]. [[Archie Dyer|name]]. [[Reece|name]]! [[Reece|name]], what's the door code - sorry his dad's here
MALE (in background): [inaudible] tell 'em it's four four one two
EMD: When did this start?
CALLER: Last night, [[Reece|name]] was changing him and - I weren't here - I was at [[Keeley|name]]'s, and he's been crying all night
and he won't move it, he won't kick it
EMD: Is the baby awake and alert?
CALLER: Yes. [crying] Please hurry, his nan's coming from [[Cuxton|place]]
MALE: [inaudible] she don't need to say all that
EMD: An ambulance has been arranged. Don't give him anything to eat or drink for now.
CALLER: Should I ring his nan, [[Donna|name]]? She's a carer, she'll know
EMD: You can, yes, but keep this line free if you can.
Call end 08:04:51.

Transcriber's note: the phone number was checked with the CAD. "[[Keeley|name]]" is [[Keeley Sharp|name]], of
[[Wainscott|place]], a friend of the mother. The door code is not reproduced.
"""),
    ("a social worker's chronology", """CHRONOLOGY OF SIGNIFICANT EVENTS - [[ARCHIE DYER|name]] (DOB [[28.07.26|dob]])
Prepared by [[Ellie Rochester|name]] (SW) for the legal planning meeting on [[3/12/2026|date]]. Sources in brackets.

[[14/01/2026|date]]  [[Chloe Hollands|name]] (19) books late for maternity care at 24 weeks, at the Strood hub. Living with
              [[Reece Dyer|name]] at [[Flat 3, 41 Frindsbury Road|address]]. (Midwife [[Tina Blay|name]])
[[02/03/2026|date]]  Police called to the flat: neighbour (Mr [[Alf Stanford|name]], [[Flat 1|address]]) heard shouting and a crash.
              [[Chloe|name]] said they had "just argued". No further action. (Kent Police)
[[28/07/2026|date]]  [[Archie|name]] born at Medway Maritime, 39+2, 3.4 kg. Well. (Maternity)
[[08.08.26|date]]    New birth visit by HV [[Sian Akhurst|name]]. Home clean, cot ready. [[Chloe|name]] low in mood. (HV)
[[Sept 14th|date]]   [[Archie|name]] taken to the GP (Strood Health Centre) with a "bump" on the forehead, said by [[Reece|name]] to be
              from a car seat buckle. Seen, no follow-up. (GP, Dr [[Omar Sheikh|name]])
[[2 Oct 2026|date]]  [[Donna Dyer|name]] (paternal nan, [[6 Bush Road|address]], [[Cuxton|place]]) texts HV worried that [[Reece|name]]
              "loses it" when [[Archie|name]] cries. HV did not pass this on (missed). (HV records)
[[21/10/2026|date]]  Missed 12-week immunisations. (GP)
[[20|date]]-[[21/11/2026|date]]  [[Chloe|name]] at [[Keeley Sharp|name]]'s in [[Wainscott|place]] overnight; [[Reece|name]] alone with
              [[Archie|name]]. (Parents)
[[23/11/2026|date]]  999 call 07:58. [[Archie|name]] admitted with a left femur fracture. (SECAmb; hospital)
[[24/11/2026|date]]  CP medical: two unexplained fractures (femur, rib). Police protection. (Dr [[Qureshi|name]])
[[25/11/2026|date]]  Strategy discussion; s.47. Both parents arrested and interviewed, released under investigation. (DC
              [[Conway|name]])
[[27/11/2026|date]]  [[Archie|name]] discharged to foster carers [[Jan|name]] and [[Mick Hammond|name]] in [[Hempstead|place]] under s.20
              (both parents agreed). Contact 3 x weekly supervised at the family centre. (SW)
[[28/11/2026|date]]  [[Reece|name]]'s Universal Credit claim (NI [[WK 55 12 87 D|ni]]) and [[Chloe|name]]'s (NI [[ZA 30 62 94 B|ni]])
              checked for the legal gateway; both at the flat. (DWP)
[[1st December|date]] [[Donna Dyer|name]] asks to be assessed as a carer for [[Archie|name]]. Her partner, [[Gary Penn|name]], has a
              2011 conviction for ABH; checks requested. (SW)
"""),
    ("a supervised family time record", """FAMILY TIME (CONTACT) RECORD - supervised - Lower Medway Family Centre,
[[Balfour Road|address]], [[Chatham|place]]
Child: [[Archie|name]] ([[Dyer|name]])   Date: Friday [[4th December 2026|date]]   Time: 10:00-11:30
Adults: [[Chloe|name]] (mum), [[Reece|name]] (dad), nan [[Donna|name]] (10:45-11:30 only)   Supervisor: [[Marcia Lane|name]],
family support worker
Brought by: foster carer [[Jan Hammond|name]] (car [[GY68 PHW|vehicle]]; left at 10:05 and back at 11:25)

10:00 [[Chloe|name]] and [[Reece|name]] arrived on time, came together by bus from [[Strood|place]]. [[Chloe|name]] had a bag with a
new outfit ("from Primark in [[Chatham|place]]") and a bottle she made up at home. Reminded that the centre makes up the feeds.
10:10 [[Chloe|name]] fed [[Archie|name]] 4 oz, winded him well, sang to him. He smiled at her. [[Reece|name]] stayed on his phone.
10:25 [[Reece|name]] held [[Archie|name]]; he held his legs tightly together while changing him. I asked him to support the left leg
(in a Pavlik-type brace, as advised by the hospital). He said "I know, I ain't thick". He was gentler after this.
10:40 [[Reece|name]] took a call on speaker from "[[Tyler|name]]" about "the van" and went outside for eight minutes.
10:45 Nan [[Donna|name]] arrived. Tension: she told [[Chloe|name]] "you should've been home that night". [[Chloe|name]] cried. I
stopped the conversation and asked that adult matters are left for outside.
11:00 [[Donna|name]] held [[Archie|name]] and showed a photo of her dog. She asked [[Chloe|name]] if she wants to stay at hers in
[[Cuxton|place]]; [[Chloe|name]] said she might go to her own nan's in [[Halling|place]] instead ("Nanny [[Pat|name]]").
11:25 Goodbyes. [[Chloe|name]] asked if her friend [[Keeley|name]] can come next time; told to ask SW [[Ellie|name]].
Observations: [[Chloe|name]] warm and attuned; [[Reece|name]] more distant, some rough handling at first; [[Donna|name]] warm with
[[Archie|name]]
but critical of [[Chloe|name]]. [[Archie|name]] was content and settled.
Signed [[M. Lane|name]]   [[04/12/26|date]]
"""),
]


# --- F. Wickham / Goodhew family (white British), Hoo St Werburgh, on the Hoo Peninsula ---------------------------------------------

HOME_F = d.Address("19 Pottery Road", "Hoo St Werburgh", "Rochester", "ME3 9BU")
AUNT_F = d.Address("2 Avery Way", "Allhallows", "Rochester", "ME3 9QR")
MUM_F = d.Address("Calle Caballero de Rodas 44, 3B", "", "Torrevieja", "03181")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Maisie", "Wickham")], dt.date(2014, 5, 6), addresses=[HOME_F], ids=["111 823 7781", "W887171616327"],
       schools=["The Hundred of Hoo Academy"]),
    _p("s", "sibling", [("Harley", "Wickham")], dt.date(2018, 8, 17), addresses=[HOME_F], ids=["717 724 4573", "N887218934610"],
       schools=["Hoo St Werburgh Primary School"]),
    _p("f", "father", [("Craig", "Wickham")], dt.date(1982, 1, 28), addresses=[HOME_F], phones=["07864 003 309"],
       ids=["485 219 2324", "HT 71 08 36 A"]),
    _p("m", "mother", [("Kerry", "Goodhew")], dt.date(1985, 11, 3), addresses=[MUM_F], phones=["+34 622 418 907"]),
    _p("a", "other", [("Lisa", "Wickham")], dt.date(1979, 6, 20), addresses=[AUNT_F], phones=["07794 945 668"],
       emails=["lisawickham79@hotmail.co.uk"]),
    _p("p1", "professional", [("Naomi", "Sharman")], phones=["07971 864 829"], emails=["naomi.sharman@medwayyoungcarers.org.uk"]),
], "c")

DOCS_F = [
    ("a young carer's needs assessment", """YOUNG CARER'S NEEDS ASSESSMENT (Children and Families Act 2014, s.17ZA)
Young carer: [[Maisie Wickham|name]]   DOB: [[6th May 2014|dob]]   Age 12   School: [[The Hundred of Hoo Academy|school]] (Year 8)
Address: [[19 Pottery Road|address]], [[Hoo St Werburgh|place]], [[Rochester|place]] [[ME3 9BU|postcode]]
Person cared for: [[Craig Wickham|name]] (dad), DOB [[28/01/1982|dob]]; a stroke in March 2025, left-sided weakness, uses a wheelchair
outdoors, type 2 diabetes, low mood. Other household: [[Harley Wickham|name]] (brother, 8, [[Hoo St Werburgh Primary School|school]]).
Assessor: [[Naomi Sharman|name]], Medway Young Carers ([[07971 864 829|phone]])   Visits: [[12 Nov 2026|date]] (home),
[[19 Nov 2026|date]] (school)

What [[Maisie|name]] does. She gets up at 6:15 to help dad with his tablets and insulin (she reads the numbers on the pen), makes
breakfast, gets [[Harley|name]] dressed and walks him to school on [[Main Road|address]] before catching the 191 bus to
[[Hoo|school]]. She
does the washing, most of the cooking ("pasta, fish fingers, and I can do a roast now") and the online shop with dad's card.
At night she helps dad on to the stairlift and waits outside the bathroom "in case he falls again". He fell on
[[14 September|date]] and she found him on the
bathroom floor; she rang 999 and her aunt [[Lisa|name]] in [[Allhallows|place]]. Her mum, [[Kerry Goodhew|name]], left in 2024 and
lives in
[[Torrevieja|place]], Spain, with a new partner; [[Maisie|name]] speaks to her "sometimes on Snap".
How it affects her. Late to school 14 times this term, tired, behind with homework, left netball. Her friend [[Ruby-Mae|name]] says she
"never comes to [[Strood|place]] or the Hempstead Valley with us". She worries about money and about dad "being sad". She says she is
proud of looking after him and does not want anyone "to take us away".
What [[Maisie|name]] wants: a break on Saturdays, help with dad's mornings, someone to talk to at school (she likes Mrs
[[Ellen Page|name]],
pastoral), and to go back to netball at the Deangate ridge courts on Thursdays.
What dad says. [[Craig|name]] said he "hates" what [[Maisie|name]] does for him and did not know about the lateness. He has asked
adult social care for a care package twice ([[3/06/2026|date]] and [[8/10/2026|date]]); no assessment yet. His PIP award
(NI [[HT 71 08 36 A|ni]]) is under review; the DWP health assessor, [[Bernadette Quinlan|name]], visits on [[15 December|date]].
Plan: refer [[Craig|name]] for an adult care needs assessment (urgent); young carers group at the Hoo youth hub on Thursdays;
school to give [[Maisie|name]] a late pass and a homework club; aunt [[Lisa Wickham|name]] ([[07794 945 668|phone]]) to do Saturday
mornings. Review on [[14th January 2027|date]].
"""),
    ("a father's handwritten letter to the school, scanned and OCR'd", """[Scanned letter, OCR text with its errors, received by
[[The Hundred of Hoo Academy|school]] on [[02/12/2026|date]],
attached to the young carer's file by the pastoral team]

[[19 Pottery Rd|address]]
[[Hoo|place]]
[[ME3 9BU|postcode]]
[[30th Novemder|date]]

Dear Mrs [[Page|name]] and Mr [[Tlmms|name]],

I am [[Maisie Wickham|name]]s dad. I am writeing to say sorry for her being late so much. It is my fault not hers. Since my
stroke I cant do the morning on my own and [[Maisle|name]] helps me with my insu1in. Please dont give her any more
detentions she is a good girl and she is doing her best. Her mum is in Spain and dont help.

My sister [[Lisa|name]] is going to come on Saturdays from [[A1lhallows|place]] and the young carers lady [[Naomi|name]] is
sorting some help. If you need me ring me on [[07864 003309|phone]] or my sister on [[07794 945 668|phone]].

Also [[Harley|name]] (her brother, at [[St Werburgh|school]]) has been having nightmares since I fell. His teacher
Miss [[Crouch|name]] knows.

Thank you
[[C. Wickham|name]]
[[Craig Wickham|name]]
"""),
    ("an education welfare officer's home visit note", """ATTENDANCE AND INCLUSION SERVICE - HOME VISIT RECORD
Pupil: [[WICKHAM, Maisie|name]]   UPN: [[W887171616327|upn]]   DOB: [[06-05-2014|dob]]   School: [[Hundred of Hoo Academy|school]]
Officer: [[Gareth Tims|name]], Education Welfare Officer   Visit: Thu [[03/12/2026|date]] 08:05 (unannounced, agreed with school)
Attendance: 88.6% this year; 14 lates after the register closes; 3 unauthorised absences ([[16|date]] and [[17 Oct|date]],
[[13/11|date]]).

Visit. Door answered by [[Harley|name]] (8), still in pyjamas. [[Maisie|name]] was in the kitchen making toast and checking her
dad's blood sugar with the meter. Mr [[Wickham|name]] was in the front room in his chair, unwashed, pleasant and apologetic.
The house was warm and tidy. He told me the carers from the agency (Careline Medway) are meant to come at 7:30 but "turn
up at 9 or not at all". A neighbour, [[Pam Kitchener|name]] from no. [[21|address]], came round at 08:20 and walked
[[Harley|name]] to school.
She said she does this "when she can" and that "that girl does everything".
I drove [[Maisie|name]] to school (with her dad's consent), arriving 08:41. In the car she said she was worried that I would
"report dad" and that her mum would "come back and take [[Harley|name]] to Spain". Her mum's address was given by Mr [[Wickham|name]] as
[[Calle Caballero de Rodas 44, 3B|address]], [[03181|postcode]] [[Torrevieja|place]], phone [[+34 622 418 907|phone]].
Outcome: no fixed penalty (the lateness is caused by caring). Lates to be coded as authorised while the plan is in place.
Shared with [[Naomi Sharman|name]] (Medway Young Carers) and SW duty. Mr [[Wickham|name]]'s care package chased with adult social care
(worker [[Sandeep Rai|name]], [[sandeep.rai@lowermedway.gov.uk|email]]).
[[G. Tims|name]] EWO
"""),
    ("an aunt's online self-referral form", """LOWER MEDWAY COUNCIL - CHILDREN'S SERVICES - ONLINE CONCERN FORM (submission 88213,
received [[05/12/2026|date]] 23:14)

Are you: a professional / a family member / a member of the public?   family member
Your name: [[lisa wickham|name]]
Your phone: [[07794945668|phone]]
Your email: [[lisawickham79@hotmail.co.uk|email]]
Your address: [[2 avery way|address]] [[allhallows|place]] [[me3 9qr|postcode]]
Child or children you are worried about (name, age, address if known): [[maisie|name]] 12 and [[harley|name]] 8 [[wickham|name]],
[[19 pottery rd|address]]
[[hoo|place]]
Date of birth (if known): [[6/5/14|dob]] and [[17/8/18|dob]]
School or nursery: [[hundred of hoo|school]], [[st werburgh primary|school]]
Parents or carers: my brother [[Craig Wickham|name]] (dad) and [[kerry goodhew|name]] (mum, lives in spain)

What is your worry? please tell us what has happened.
My brother has had a stroke and my niece [[maisie|name]] is doing everything for him. Ive just found out there mum [[Kerry|name]] is
coming back from spain on the [[19th Dec|date]] with her boyfriend [[Jose Ibáñez|name]] and is saying she is taking
[[harley|name]] back with her for
christmas and "maybe for good". [[Kerry|name]] has not seen the kids for two years. [[Jose|name]] was violent to her, she told me herself
two years ago when she rang me crying from [[Orihuela|place]]. [[Craig|name]] cant stop her he cant even get up the stairs on his own.
Her number in spain is [[+34 622 418 907|phone]] and her address is [[calle caballero de rodas 44|address]] [[torrevieja|place]].
Please can somebody ring me not [[Craig|name]], he gets upset. I can have [[harley|name]] at mine if needed, I have a spare room
and my partner [[Dave Goldsmith|name]] is fine with it. [[maisie|name]]s school know about the caring, ask Mrs [[page|name]].

Is a child in danger right now?   no
Do the family know you are contacting us?   no
How did you hear about us?   google
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 161 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 17:18 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cllr", "hhj", "nurse", "sister",
           "brother", "bro", "coach", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "grandpa",
           "mum", "mummy", "mam", "dad", "daddy", "aunty", "auntie", "uncle", "madam", "pastor", "rev", "reverend", "deaconess",
           "elder", "mma", "ete", "eka", "deacon", "mother", "papa", "mama"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "kent", "west kent",
               "north kent", "medway", "the medway", "hoo peninsula", "the hoo peninsula", "nigeria", "cross river",
               "cross river state", "akwa ibom", "akwa ibom state", "the bahamas", "bahamas", "spain", "costa blanca",
               "alicante province", "europe", "africa", "west africa", "the caribbean", "caribbean"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name: "Mma Arit",
# "Pastor Udeme", "Aunty Blessing", "Uncle Okon Etim", "Bro Asuquo", "Rev. Cedric Moss", "Sister Sands", "Deaconess Comfort
# Archibong", "Elder Bassey Inyang", "Nanny Bev", "Granny Ida") and counties, regions and countries ("Kent", "Nigeria", "Akwa
# Ibom", "the Bahamas", "Spain").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
