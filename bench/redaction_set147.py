"""Set 147: a held-out hand-written set for the redaction detector, six invented families in Cambridge, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or the files of sets
146, 148 and 149 (written by other helpers at the same time), that did not run the detector or any bench script that runs it,
that ran no git command, and that looked at no detector output. What was read: bench/redaction_set21.py (its docstring, its
first family's record and first document, a listing of its top-level lines that showed a few lines of its last document, and
its word lists and checker wiring at the end) and tests/test_redaction_set21.py
in full (the layout and marking conventions followed here); the docstrings only of bench/redaction_set7.py to
redaction_set145.py, printed to a scratch file and searched there for Cambridge districts and for community words (to pick
homes and communities no earlier set used); the module docstring and the `_party`, `Records`, `HandSet`, `word_problems` and
`_parse` helpers of bench/redaction_handwritten.py (its first record and documents were seen in passing); and the ruff
settings in pyproject.toml. NHS numbers were made with a check-digit loop and UPNs made and checked with python-stdnum, and
phone numbers checked with the phonenumbers library, in small snippets. The record constructors (d.Party through `_party`,
d.Address, d.CaseRecord) are imported from the detector module only to build records. Nobody may tune the detector on this
set: it is to be scored once, after the detector's current round of changes. If a mistake in the gold marking is found after
scoring, correct only the marking and say so here.

Six families in Cambridge city, each from a district or estate no earlier set used as a family's home (King's Hedges, Arbury
and Cherry Hinton were used; here Cherry Hinton, Histon, Milton and Waterbeach appear only as other people's homes). Four of
the kinds most common in children's social care: a white British mother above a launderette on Scotland Road, East
Chesterton, with a grandmother in Histon and a father in Waterbeach (Kettle / Barnes; a boy of 9 whose ear was pulled by his
father, a neighbour's cannabis and banging on the door, a father's new partner, school attendance), a British Bangladeshi
(Sylheti) family on Catharine Street, Romsey (Miah / Begum; a boy of 15 criminally exploited on a county line to Ipswich,
missing, found by BTP, a friend stabbed, a sister at primary school, a father who wants to send him to Sylhet or an uncle in
Luton), a white British kinship family in Great Kneighton, Trumpington (Pettit / Rudd; grandparents who are special guardians
of a girl of 6, a mother in Huntingdon with a partner barred by the court, contact at St Ives) and a Polish family on Davy Road,
Coleridge, with a grandmother in Kraków (Kowalczyk / Nowak; domestic abuse with alcohol, a girl of 12 who rang 999, a father
bailed to a friend's in Fen Ditton). Two from communities no earlier set used: a Curaçaoan family who speak Papiamentu and came
through Rotterdam on Dutch passports, on Peverel Road, Abbey (Martina / Isenia; a mother's partner who locked a girl of 13 in
her room and took her phone, a grandmother in Willemstad who wants the girl sent "home", an aunt in Rotterdam), and a Bruneian
Malay family in university housing at Eddington (Rosli / Abdullah; a PhD student's baby of 4 months with a spiral fracture, a
mother isolated and depressed, a grandmother in Bandar Seri Begawan from the water village Kampong Ayer, a name in Jawi
script). 24 documents, each with its own style: a social worker's home visit case note, a mother's texts typed up from her
screenshots, a school attendance officer's letter, a social worker's notes typed fast on a phone, a secondary school's
multi-agency referral form, a family WhatsApp chat in Papiamentu typed up with a translation, a child and family assessment
extract, strategy discussion minutes, a hospital paediatric safeguarding referral, a health visitor's SystmOne contact
record, a university student support email, a mother's own letter to a child protection conference, an independent return
home interview, a National Referral Mechanism form extract, Snapchat messages from a police phone download (with Bengali
script), contextual safeguarding panel minutes, a special guardianship support plan review, a contact supervisor's session
record, a grandmother's own letter, a scanned in-year school admission form read by OCR (with 0/O, 1/l and rn/m errors), a
police body-worn video transcript, a GP letter, a chronology table and a grandmother's email in Polish with its translation.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Curaçao, the Netherlands, Brunei, Poland); NHS numbers and UPNs (LA number 873) pass
their check digits. The council and its services are invented (Granta Children's Services and its Mandela House office);
towns, districts, estates, villages, real schools and colleges, hospitals, surgeries, police forces, charities, colleges of
the university, shops, brands, apps, bridges and laws are real or stand for real ones and stay unmarked unless the
conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py (which follows sets 19, 15 and 6 to 13). [[words|kind]] is
a gold span (name, address, postcode, place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and
kinship words stay outside the name span, before or after the name (Mr, Mrs, Ms, Miss, Dr, PC, DC, DS, Nanny, Nanna, Nan,
Grandad, Mum, Mummy, me, Chacha, Mama, Amma, Abba, Tata, the Malay Kak, Mak and Dk (Dayangku), the Polish Pani and Panie, coach,
bhaiya, "senior"); a
possessive 's and a bare s in texting ("[[poppy|name]]s", "[[carol|name]]s") stay outside; every person's name is a name in
every form, record or not. "SURNAME, First" is one span ("MARTINA, Jurdely", "HADLEY, Sam", "MAHMUD, Rosli"); an initial
with a surname is one span ("S. Kettle", "O Pritchard", "E-M Rudd"); initials alone ("LJ", "EL", "HM") are not marked; a
collar number before a name ("PC 1432") stays outside; a name, address, place, postcode or date broken by a line break is one
span holding the break; usernames ("tee.bando.cb", "r1.rayy", "kaiii_0x") are not marked, but a display name that is a
person's plain name is; a contact saved under a kinship word ("Amma") is not a name, and one saved as kinship word and name
("Mama Lucia") marks the name; a family name in a group chat's title ("Famia Martina") is a name. A street address is one
span, its town a place, its postcode a postcode; a street named without a number is an address, and so is a neighbour's bare
flat or house number ("no. 43", "no. 11", "Flat 1") and an address abroad ("Kaya Flamboyan 12", "ulica Kasprowicza 14",
"os. Kalinowe 6/21"); towns, cities, villages, districts and estates are places at home or abroad ("Otrobanda", "Kampong
Ayer", "Beanibazar", "Chantry", "Oxmoor", "Balice"); countries, counties and regions are not ("Curaçao", "Kòrsou", "Brunei",
"Bangladesh", "Cambridgeshire"); organisations are not marked even when they hold a town's or a person's name ("East
Barnwell Health Centre", "Eddington Medical Practice", "Mill Road Surgery", "Romsey Mill", "Cambridge University Hospitals",
"Addenbrooke's", "the Rosie", "Hinchingbrooke", "Cambridge Women's Aid", "Cambridge United", "Churchill", "Abbey People",
"Clay Farm Centre", "Storey's Field Centre"); a school's or college's name is a school, and so is its short form ("Coleridge",
"Parkside", "Abbey Meadows", "St Philip's", "st philips", "Trumpington Pk"); a date of birth is dob, any other calendar date
with a day is date (a weekday before it stays outside), and the bare day in a list ("[[21|date]], [[22|date]] and [[23
October|date]]", "[[4|date]] and [[25 August|date]]", "the [[21st|date]]") is a date span of its own; months and years alone are
not marked ("November 2027", "2019", "Easter 2026"); pets' names (Biscuit, Pudding) are not names; bridges, parks and
landmarks stay unmarked (Tony Carter Bridge, the guided busway); a surname or first name that is also an English word is
marked by what it refers to (Chalk, Wood, Gray, Moss, Kettle, Willow, Sowa are names); a name in another script (Jawi "نور
عائشة", Bengali "রায়হান") is a name; Polish inflected forms of names and towns ("Zuzanny", "Kacpra", "Piotra", "Krakowa",
"Krakowie") are names and places; a short form of a town ("beach" for Waterbeach, "R'dam", "BSB", "Hunts") is a place; a
service named by its town in lower-case words ("the Ipswich line") marks the town.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a school's own address on
its letterhead ("Nuffield Road") is an address, as it locates the child; the council office's address ("4 Regent Street") is
marked as an address like any other, while its building name (Mandela House) is not; a Malay patronymic name with "bin" or
"binti" is one name span ("Rosli bin Mahmud", "NURUL IMAN BINTI ROSLI"); a nickname in a line's code name ("TEE", "Tee") is a
name; a part of a vehicle registration ("KN21") is a vehicle; OCR misreadings keep their kind ("O3/O8/2O2O" is a dob, "CB2
OBL" a postcode, "Carnbridge" a place, "ELL1E-MAE" a name); a hospital, court or case number, an exhibit or incident number
and a Cellebrite device label ("R1") are not marked; a Polish postcode ("31-812") is a postcode; a Polish date ("20 listopada
2026", "3 grudnia") is a date.

Self-check without the detector: `python -m bench.redaction_set147` (and tests/test_redaction_set147.py) runs set 15's
checker (which runs the checkers of the sets before it) on this set, adds this set's titles and kinship words and counties,
regions and countries, and prints the number of documents and gold spans per kind: 24 documents, 1,004 gold spans, 570 of
them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones

# --- A. Kettle / Barnes family (white British), Scotland Road, East Chesterton, Cambridge --------------------------------

HOME_A = d.Address("41 Scotland Road", "East Chesterton", "Cambridge", "CB4 1QG")
NAN_A = d.Address("8 Narrow Lane", "", "Histon", "CB24 9HF")
DAD_A = d.Address("2 Bannold Road", "", "Waterbeach", "CB25 9LQ")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Rocco", "Barnes")], dt.date(2017, 4, 22), addresses=[HOME_A], ids=["926 797 2464", "N873267324198"],
       schools=["Shirley Community Primary School"]),
    _p("s", "sibling", [("Poppy", "Kettle")], dt.date(2023, 6, 9), addresses=[HOME_A], ids=["717 516 5552"]),
    _p("m", "mother", [("Shelby", "Kettle")], dt.date(1996, 12, 1), addresses=[HOME_A], phones=["07784 215 903"]),
    _p("f", "father", [("Liam", "Barnes")], dt.date(1993, 8, 14), addresses=[DAD_A], phones=["07962 408 317"]),
    _p("g", "grandparent", [("Denise", "Kettle")], addresses=[NAN_A], phones=["01223 235 619"]),
    _p("p1", "professional", [("Harriet", "Moss")], phones=["01223 706 482"], emails=["harriet.moss@granta.gov.uk"]),
], "c")

DOCS_A = [
    ("home visit case note", """CASE NOTE - home visit (announced)        Worker: [[Harriet Moss|name]], Social Worker, North Team
Child(ren): [[Rocco BARNES|name]] (DOB [[22/04/2017|dob]]), [[Poppy KETTLE|name]] (DOB [[09/06/2023|dob]])
Address: [[41 Scotland Road|address]], [[East Chesterton|place]], [[Cambridge|place]] [[CB4 1QG|postcode]]
Date of visit: Tuesday [[3 November 2026|date]], 15:40-16:55

Present: [[Shelby Kettle|name]] (mum), [[Rocco|name]], [[Poppy|name]]; mum's friend [[Kayleigh|name]] left as I arrived.

Purpose: to follow up the referral from [[Shirley Community Primary School|school]] of [[28 October|date]] ([[Rocco|name]] arrived at
breakfast club hungry, with a mark to his left ear, and said "[[Liam|name]] grabbed me").

The flat above the launderette is warm and tidy downstairs; [[Poppy|name]]'s cot is in mum's room. There was a smell of
cannabis on the landing. [[Shelby|name]] said this is from the flat next door ("[[no. 43|address]], the lad there, [[Dwayne|name]],
smokes all day") and showed me her windows taped shut. I saw no paraphernalia.

[[Rocco|name]] showed me his room and his Cambridge United shirt. Seen alone in his room. He said dad ([[Liam Barnes|name]]) took
him to [[Waterbeach|place]] for the half term weekend and "pulled my ear hard because I spilled the Coke in his car". He said it
"only hurt for a bit". He likes it at Nanny [[Denise|name]]'s in [[Histon|place]] best "because she has a trampoline". He
said [[Poppy|name]] cries at night and mum gets "stressy". Asked who he would tell if worried: "Mrs [[Chalk|name]]" (his
class teacher) or "Nanny".

[[Shelby|name]] said she and [[Liam|name]] split in 2024; he has the children alternate weekends by agreement, no court
order. She accepted the ear mark came from [[Liam|name]] and said he "has always been rough with him, calls it toughening
up". She agreed to a safety plan: no overnight contact at [[2 Bannold Road|address]] until I have seen [[Liam|name]].

Neighbours: the launderette owner, Mr [[Costas Georgiou|name]], told me on the way out that "the little lad" often sits
in the shop after school until his mum gets back, and that [[Dwayne|name]] ([[Dwayne Pask|name]], he thinks) "shouts at
[[Kayleigh|name]] on the stairs". [[Kayleigh|name]] ([[Kayleigh Fuller|name]]) is mum's friend from [[Arbury|place]] who
stays over sometimes. [[Shelby|name]]'s own mum ([[Denise|name]]) was born [[1 May 1970|dob]] per [[Shelby|name]]; not checked.

Actions: HM to visit Mr [[Barnes|name]] by [[10/11/2026|date]]; HM to ring Mrs [[Denise Kettle|name]] on
[[01223 235 619|phone]]; strategy discussion not needed at present (agreed with team manager [[Sunil Varma|name]],
[[3.11.26|date]]).
"""),
    ("text messages typed up from a mother's phone", """Texts between mum ([[Shelby|name]]) and SW ([[Harriet|name]]), typed up from the
screenshots mum sent on [[12/11/2026|date]]. Emojis given in brackets.

[[4 Nov|date]] 08:12 [[Shelby|name]]: morning [[harriet|name]] its [[shelby|name]]. [[liam|name]] keeps ringing me about the weekend he
says hes
allowed [[rocco|name]] saturday
[[4 Nov|date]] 08:40 [[Harriet|name]]: Morning [[Shelby|name]]. No overnights for now please, as we agreed. I'm seeing [[Liam|name]] on
Friday.
[[4 Nov|date]] 08:41 [[Shelby|name]]: ok. he said hes gona get his mum to have them in [[beach|place]] instead lol
[[4 Nov|date]] 08:43 [[Harriet|name]]: I'd rather you held off till I've spoken to him. Is that ok?
[[4 Nov|date]] 08:44 [[Shelby|name]]: yh fine (thumbs up)
[[6 Nov|date]] 21:03 [[Shelby|name]]: sorry its late. [[dwayne|name]] from next door was banging on the door again asking for
[[kayleigh|name]]
[[6 Nov|date]] 21:04 [[Shelby|name]]: [[poppy|name]]s screaming [[rocco|name]] hiding under his duvet
[[6 Nov|date]] 21:05 [[Shelby|name]]: rang 101 they said ring 999 if he comes back
[[7 Nov|date]] 09:15 [[Harriet|name]]: Thank you for telling me. Are you all OK this morning? I can come at 2.
[[7 Nov|date]] 09:30 [[Shelby|name]]: yeh. me nan [[den|name]] came over first thing. shes gonna take [[rocco|name]] to
[[histon|place]] after school
for a few days if thats ok. her number is [[01223 235619|phone]]
[[7 Nov|date]] 09:31 [[Shelby|name]]: or her mobile [[07851 662 094|phone]]
[[9 Nov|date]] 17:22 [[Shelby|name]]: [[liam|name]] says he wants a meeting with ur manager (eyes roll) and his new girlfriend
[[jas|name]] says shes gonna report me
[[9 Nov|date]] 17:40 [[Harriet|name]]: That's OK, he can ask. [[Sunil|name]] is the manager. I'll explain it to him tomorrow.
[[11 Nov|date]] 07:58 [[Shelby|name]]: [[rocco|name]] had a good night at nans. school tomorrow ⚽
"""),
    ("school attendance officer's letter", """[[Shirley Community Primary School|school]]
[[Nuffield Road|address]], [[Cambridge|place]]

[[13 November 2026|date]]

Private and confidential
Ms [[S. Kettle|name]]
[[41 Scotland Road|address]]
[[Cambridge|place]]
[[CB4 1QG|postcode]]

Dear Ms [[Kettle|name]],

Re: [[Rocco Barnes|name]], Year 4 (UPN [[N873267324198|upn]])

I am writing because [[Rocco|name]]'s attendance since September is 84.2%. He was absent on [[21|date]], [[22|date]] and
[[23 October|date]], on [[5 November|date]] and on [[9.11.2026|date]], and has been late (after 8:55) eleven times, mostly on
Mondays. We know from Mrs [[Chalk|name]] and from our Family Support Worker, Mrs [[Naz Qureshi|name]], that things have been
hard at home, and we want to help rather than to fine anyone.

We understand that [[Rocco|name]] is staying with his grandmother in [[Histon|place]] for a short time. If so, please let the
office know who will bring him in, and give us a phone number for that address. Mrs [[Kettle|name]] senior may collect him if
you put this in writing.

I would like to meet with you on Thursday [[19 November|date]] at 9.15. Please ring me on [[01223 508 724|phone]].

Yours sincerely,

[[Gareth Fenwick|name]]
Attendance and Welfare Officer
copy: [[Harriet Moss|name]], Children's Social Care (by email, [[harriet.moss@granta.gov.uk|email]])
"""),
    ("social worker's notes typed fast on a phone", """notes - phone - [[14/11|date]] rang [[liam barnes|name]] re ear
- [[liam|name]] ([[07962 408 317|phone]]) v defensive, "its a bit of horseplay", said [[rocco|name]] "dramatic like his mum"
- admits pulling ear in car in [[beach|place]], "never again", said his mum [[Carol|name]] can supervise sat daytime
- new gf = [[Jasmine Wiltshire|name]] ("[[Jas|name]]") lives with him at [[Bannold Rd|address]], has own daughter [[Skye|name]] 5
- lpp check needed on [[jasmine|name]]? asked [[Sunil|name]]
- [[liam|name]] asked about [[Poppy|name]] - not his, said he "still sees her as his"
- agreed: sat [[21st|date]] 10-4 at [[carol|name]]s in [[Milton|place]] ([[18 Coles Rd|address]]), no overnight, review after
- nan [[den|name]]: [[rocco|name]] fine, sleeping ok, walking him to school along the guided busway w the dog (Biscuit)
- to do: visit [[liam|name]] + [[jas|name]] at home w/c [[16/11|date]]; write up; tell [[shelby|name]]
"""),
]


# --- B. Martina / Isenia family (Curaçaoan, Papiamentu speaking, Dutch passports), Peverel Road, Abbey, Cambridge ----------

HOME_B = d.Address("23 Peverel Road", "Abbey", "Cambridge", "CB5 8RH")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Jurdely", "Martina")], dt.date(2013, 2, 17), addresses=[HOME_B], ids=["933 307 2810", "Z873268847687"],
       schools=["Parkside Community College"]),
    _p("s", "sibling", [("Kenrick", "Isenia")], dt.date(2019, 10, 5), addresses=[HOME_B], ids=["433 024 4675"],
       schools=["Abbey Meadows Primary School"]),
    _p("m", "mother", [("Sharlene", "Martina")], dt.date(1991, 7, 30), addresses=[HOME_B], phones=["07438 915 206"]),
    _p("f2", "other", [("Ruthmilo", "Isenia")], dt.date(1988, 3, 3), addresses=[HOME_B], phones=["07459 302 871"]),
    _p("g", "grandparent", [("Lucia", "Martina")], phones=["+599 9 563 1247"]),
    _p("p1", "professional", [("Ewan", "Lockhart")], phones=["01223 706 519"], emails=["ewan.lockhart@granta.gov.uk"]),
], "c")

DOCS_B = [
    ("secondary school safeguarding referral form", """MULTI-AGENCY REFERRAL FORM (MARF) - to Cambridgeshire Children's Services Front
Door
Referrer: [[Bethan Price|name]], DSL, [[Parkside Community College|school]]    Tel: [[01223 712 640|phone]]
Email: [[b.price@parkside.example.org|email]]      Date of referral: [[02/11/2026|date]]

CHILD: Surname [[MARTINA|name]]   Forename(s) [[Jurdely|name]]   Known as: "[[Jurdy|name]]"   DOB [[17-02-2013|dob]]   Yr 9
NHS no. [[933 307 2810|nhs]]   UPN [[Z873268847687|upn]]   Ethnicity: Any other mixed background (Afro-Curaçaoan)
First language: Papiamentu (also Dutch, good English)   Address: [[23 Peverel Road|address]], [[Cambridge|place]], [[CB5 8RH|postcode]]
Other children in household: [[Kenrick Isenia|name]] (7), [[Abbey Meadows|school]] Primary
Parent/carer: [[Sharlene Martina|name]] (mother) [[07438 915 206|phone]]; mother's partner [[Ruthmilo Isenia|name]] ("[[Milo|name]]")

REASON FOR REFERRAL
On Friday [[30 October|date]] [[Jurdely|name]] told her form tutor, Mr [[Wood|name]], that she did not want to go home because
[[Milo|name]] "goes into my room when mama is on night shift at Addenbrooke's" and takes her phone to "check it". She
said he has put a lock on the outside of her door. On [[2 November|date]] she repeated this to me and added that [[Milo|name]]
told her that if she tells anyone "they will send you back to [[Otrobanda|place]] to your grandmother". Her grandmother, Mrs
[[Lucia Martina|name]], lives in [[Willemstad|place]], Curaçao. Her father, [[Giovanni Cijntje|name]], is believed to be in
[[Rotterdam|place]] (no contact).

[[Jurdely|name]] has not disclosed any touching. She has lost weight, wears her hoodie in PE, and her friends [[Amara|name]] and
[[Tegan Holt|name]] told Ms [[Oduya|name]] (pastoral) that she "sleeps at [[Amara|name]]'s on [[Ditton Walk|address]]" some weekends.
Mother not yet informed (advice sought first). Child's views: "I just want the lock gone and him gone".
"""),
    ("WhatsApp family chat in Papiamentu typed up with translation", """Chat: "Famia [[Martina|name]] 🇨🇼" (WhatsApp), exported by
[[Sharlene|name]] and given to SW [[Ewan Lockhart|name]]
on [[9/11/2026|date]]. Translated from Papiamentu by [[Jurdely|name]]'s aunt, [[Vanessa Martina|name]] (checked by interpreter
[[Ingrid Cova|name]], Language Line). Original / English.

[[05/11/2026|date]], 19:02 - Mama [[Lucia|name]]: [[Sharlene|name]], mi yu, kon bai? Mi a tende di [[Jurdy|name]].
   ([[Sharlene|name]], my child, how are you? I heard about [[Jurdy|name]].)
[[05/11/2026|date]], 19:05 - [[Sharlene|name]]: Mama, mi ta bon. E trabou sosial a bin. [[Milo|name]] a bai kas di su ruman na
[[Peterborough|place]].
   (Mama, I'm fine. The social worker came. [[Milo|name]] went to his brother's house in [[Peterborough|place]].)
[[05/11/2026|date]], 19:06 - Mama [[Lucia|name]]: Manda [[Jurdy|name]] bin Kòrsou. E kas na [[Kaya Flamboyan 12|address]] ta grandi.
   (Send [[Jurdy|name]] to Curaçao. The house at [[Kaya Flamboyan 12|address]] is big.)
[[05/11/2026|date]], 19:10 - [[Vanessa|name]] ([[R'dam|place]]): No, mama. E mucha ta keda na skol na [[Cambridge|place]]. Mi por bin
[[23 nov|date]].
   (No, mama. The child stays at school in [[Cambridge|place]]. I can come [[23 Nov|date]].)
[[05/11/2026|date]], 19:11 - [[Vanessa|name]] ([[R'dam|place]]): Mi number nobo: [[+31 6 41275390|phone]]
[[05/11/2026|date]], 19:30 - [[jurdy|name]]: mama [[lucia|name]] mi stima bo ❤️ pero mi no ke bai
   (grandma I love you but I don't want to go)
[[06/11/2026|date]], 07:44 - Mama [[Lucia|name]]: Bendishon [[Jurdy|name]], [[Kenrick|name]], tur. Yama mi [[+599 9 563 1247|phone]].
   (Blessings [[Jurdy|name]], [[Kenrick|name]], everyone. Call me [[+599 9 563 1247|phone]].)
[[06/11/2026|date]], 08:02 - [[Sharlene|name]]: [[Kenrick|name]] ta puntra pa [[Milo|name]] tur ora 😔
   ([[Kenrick|name]] keeps asking for [[Milo|name]] all the time.)

Translator's note: "Kòrsou" is Curaçao; "Mama [[Lucia|name]]" is the grandmother's contact name (Mama = grandmother here).
"""),
    ("child and family assessment extract", """CHILD AND FAMILY ASSESSMENT (extract: analysis and plan)
Children: [[MARTINA, Jurdely|name]] ([[17.02.2013|dob]]); [[ISENIA, Kenrick|name]] ([[05.10.2019|dob]], NHS [[433 024 4675|nhs]])
Assessing worker: [[Ewan Lockhart|name]]    Started [[02/11/2026|date]]    Authorised by [[Priya Nandakumar|name]], TM,
[[27/11/2026|date]]

Family and history. [[Sharlene Martina|name]] (35) came to the UK from [[Willemstad|place]] in 2016 via [[Rotterdam|place]], where
[[Jurdely|name]] started school, on her Dutch passport. She is a healthcare assistant on nights at Addenbrooke's and
studies at Anglia Ruskin. She met [[Ruthmilo Isenia|name]] (38) in [[Rotterdam|place]]; they moved to [[Peverel Road|address]] in
2019, just before [[Kenrick|name]] was born at the Rosie. [[Jurdely|name]] has had no contact with her own father, [[Giovanni
Cijntje|name]], since she was four.

Strengths. [[Sharlene|name]] believed [[Jurdely|name]] at once, took the lock off the bedroom door herself on [[3 November|date]] and
asked Mr [[Isenia|name]] to leave. He is staying with his brother, [[Roderick Isenia|name]], at [[77 Lincoln Road|address]],
[[Peterborough|place]] [[PE1 2SN|postcode]]. The children have a warm, wide family: an aunt in [[Rotterdam|place]] (Ms [[Vanessa
Martina|name]]) who visits, and a godmother, [[Gisela Rosaria|name]], who lives in [[Barnwell|place]] and collects [[Kenrick|name]]
from [[Abbey Meadows|school]] on the nights [[Sharlene|name]] works.

Risks. Mr [[Isenia|name]]'s controlling behaviour towards [[Jurdely|name]] (the lock, taking her phone, the threat to send her
away) fits a pattern described by [[Sharlene|name]] of his checking her own phone and money. [[Kenrick|name]] misses him and
asks for him. Mr [[Isenia|name]] declined to meet me on [[12 November|date]] and on [[19/11|date]]; he rang me from
[[07459 302 871|phone]] on [[20.11.2026|date]] and said [[Jurdely|name]] "lies like her father".

Wider network (from the genogram drawn with [[Sharlene|name]] on [[10/11/2026|date]]): her brother [[Jeandrick Martina|name]] in
[[Almere|place]] ([[+31 6 28840517|phone]]); her father, [[Eduardo Martina|name]], died in [[Santa Rosa|place]] in 2020; Mrs
[[Lucia Martina|name]] (born [[4 June 1962|dob]]) lives at [[Kaya Flamboyan 12|address]], [[Otrobanda|place]], with [[Sharlene|name]]'s
youngest sister [[Kimberly|name]]. Mr [[Isenia|name]]'s mother, Mrs [[Edith Isenia|name]], lives in [[Schiedam|place]]; [[Kenrick|name]]
stayed with her for three weeks in summer 2025 and speaks to her on video every Sunday.

Plan. Child in need plan; no contact between Mr [[Isenia|name]] and [[Jurdely|name]]; contact with [[Kenrick|name]] at the
Abbey People centre, supervised by [[Gisela|name]], once agreed; Freedom Programme for [[Sharlene|name]]; [[Jurdely|name]] to
see Ms [[Oduya|name]] weekly and be offered CHUMS. Review [[14 January 2027|date]].
"""),
    ("strategy discussion minutes", """STRATEGY DISCUSSION - [[MARTINA|name]] / [[ISENIA|name]] - held by Teams [[04/11/2026|date]] 10:00
Chair: [[Priya Nandakumar|name]] (TM, North)    Minutes: [[Lola Stephens|name]] (business support)
Attendees: [[Ewan Lockhart|name]] (SW); DS [[Rhys Pugh|name]] (Child Abuse Investigation Unit, Cambridgeshire Constabulary);
[[Bethan Price|name]] (DSL, [[Parkside|school]]); [[Jo Whitlock|name]] (HT, [[Abbey Meadows|school]]); Dr [[Hamid Sultani|name]]
(named GP, East Barnwell Health Centre)
Apologies: School nurse [[Carys Lowe|name]]

1. Information shared
- Police: no convictions for [[Ruthmilo ISENIA|name]] ([[03/03/1988|dob]]); one intelligence log from [[Peterborough|place]]
(2021), a neighbour dispute. Nothing on [[Sharlene MARTINA|name]]. DS [[Pugh|name]] will ask Dutch police via the
liaison officer about [[Rotterdam|place]].
- [[Parkside|school]]: as the MARF. [[Jurdy|name]] in school today; she asked whether "[[Milo|name]] will know I told".
- [[Abbey Meadows|school]]: [[Kenrick|name]] happy, attendance 97%, always collected by mum or by Ms [[Rosaria|name]].
- GP: [[Sharlene|name]] seen [[12 Aug 2026|date]] for low mood and poor sleep; no other concerns.

2. Decision: threshold met for s47 (single agency, SW led) for [[Jurdely|name]]; [[Kenrick|name]] to be seen.
3. Actions: EL and DS [[Pugh|name]] to see [[Jurdely|name]] at school today at 14:30 (ABE not planned unless further
disclosure); EL to visit mum at [[23 Peverel Rd|address]] after; [[Priya|name]] to review by [[6/11|date]].
4. Post-meeting note ([[5/11|date]]): seen at school with DS [[Pugh|name]]. [[Jurdely|name]] said [[Milo|name]] "never touched me"
but that he "watches me" and once took photos of her asleep on his phone. She named two friends of [[Milo|name]]'s who visit,
"[[Djuric|name]]" and "[[Ronchi|name]]" ([[Ronchi Koeiman|name]]). Phone seized from Mr [[Isenia|name]] at his brother's
house in [[Peterborough|place]] on [[5 November 2026|date]] by PC [[Asha Mistry|name]]. [[Sharlene|name]] told [[Ewan|name]] she
will stay with [[Gisela Rosaria|name]] at [[14 Galfrid Road|address]], [[Barnwell|place]], [[CB5 8SZ|postcode]], for now.
"""),
]


# --- C. Rosli / Abdullah family (Bruneian Malay), Eddington, Cambridge ------------------------------------------------------

HOME_C = d.Address("Flat 9, Hawkins House, 5 Eddington Avenue", "Eddington", "Cambridge", "CB3 1SE")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Nurul Iman", "Rosli")], dt.date(2026, 6, 18), addresses=[HOME_C], ids=["381 396 3136"]),
    _p("s", "sibling", [("Muhammad Hazim", "Rosli")], dt.date(2021, 1, 26), addresses=[HOME_C], ids=["249 419 6957"],
       schools=["University of Cambridge Primary School"]),
    _p("m", "mother", [("Nur Aisyah", "Abdullah")], dt.date(1995, 9, 12), addresses=[HOME_C], phones=["07517 284 630"]),
    _p("f", "father", [("Rosli", "Mahmud")], dt.date(1990, 4, 2), addresses=[HOME_C], phones=["07521 640 938"],
       emails=["rm2241@cam.ac.uk"]),
    _p("g", "grandparent", [("Rokiah", "Hassan")], phones=["+673 872 4419"]),
    _p("p1", "professional", [("Fiona", "Gately")], phones=["01223 706 533"], emails=["fiona.gately@granta.gov.uk"]),
], "c")

DOCS_C = [
    ("hospital paediatric safeguarding referral", """CAMBRIDGE UNIVERSITY HOSPITALS - SAFEGUARDING CHILDREN REFERRAL (paediatric ED)
Patient: [[NURUL IMAN BINTI ROSLI|name]]     Hosp no. F7734102     NHS [[381 396 3136|nhs]]     DOB [[18/06/2026|dob]] (20 weeks)
Address: [[Flat 9, Hawkins House|address]], [[5 Eddington Avenue|address]], [[Cambridge|place]] [[CB3 1SE|postcode]]
Attended: [[25/10/2026|date]] 23:14 with both parents. Referrer: Dr [[Olamide Fashola|name]], ST5 Paediatrics, bleep 1147
Named nurse informed: [[Tess Brannigan|name]]

History (father, [[Rosli bin Mahmud|name]], who gave most of it; mother [[Nur Aisyah binti Abdullah|name]] quiet, tearful,
spoke some English, some Malay with father): baby "not feeding, crying when we lift her" since the afternoon. Father said
[[Hazim|name]] (5) "may have dropped her on the sofa" while mother was praying. No fall seen by either parent.

Findings: irritable when left arm moved; swelling left upper arm. X-ray: spiral fracture left humerus. Skeletal survey
booked [[26/10|date]]. Two small bruises right cheek (approx 5 mm, 8 mm), not explained. No bruising elsewhere. Growth 9th
centile. Red book: last HV contact [[14.08.2026|date]] (HV [[Mariam Shah|name]]).

Family: came from Brunei in September 2025 for father's PhD (engineering). Maternal grandmother, [[Rokiah binti Hassan|name]],
in [[Bandar Seri Begawan|place]] ([[+673 872 4419|phone]]); she stayed with them June-August. Brother [[Muhammad Hazim|name]] in
Reception at [[University of Cambridge Primary School|school]]. Mother has no friends here apart from a neighbour, "Kak [[Lin|name]]"
at [[no. 11|address]].

Social history addendum ([[26/10/2026|date]] 09:10, Dr [[Fashola|name]] with Malay interpreter [[Siti Zulaikha|name]] by phone):
mother says the grandmother, Mrs [[Rokiah|name]], flew home from [[London|place]] to [[Bandar Seri
Begawan|place]] on [[29 August|date]]; since then no visitors apart from Kak [[Lin|name]] and, once, the father's friend
[[Azlan|name]] ([[Mohd Azlan Jaafar|name]], a student from [[Kuala Belait|place]], [[07402 639 118|phone]]), who "carried
[[Iman|name]] around the flat". Father says [[Hazim|name]] climbs on the sofa back and "jumps like Spiderman". Neither
parent has family in the UK; the nearest is the mother's cousin, Dk [[Siti Hajar|name]], in [[Manchester|place]].

Plan: admit to ward C2; no discharge until social care and police agree; CP medical by Dr [[Ashworth|name]] [[26/10/2026|date]];
strategy discussion requested; Malay interpreter booked (Big Word) for the morning.
"""),
    ("health visitor's contact record", """HEALTH VISITING - CONTACT RECORD (SystmOne, printed)   Client: [[Nur Aisyah ABDULLAH|name]]
 DOB [[12 Sep 1995|dob]]
Baby: [[Nurul Iman ROSLI|name]] ("[[Iman|name]]")  Staff: [[Mariam Shah|name]], Specialist Community Public Health Nurse
Contact: [[3 November 2026|date]], 10:00, home visit, [[Hawkins House|address]], [[Eddington|place]]. Interpreter: [[Siti
Zulaikha|name]] (Malay, face to face)

EPDS completed with interpreter: score 19. Q10 (thoughts of self-harm) answered "sometimes". Mum said (via interpreter): "In
[[Kampong Ayer|place]] my mother and my sisters were always there. Here the flat is quiet all day. My husband is at the lab
until night." She said she cries at prayer times and cannot sleep since [[Iman|name]] went to hospital. She said the baby was
"never hurt by me" and that she is afraid they will "take [[Iman|name]] and send us home". She has not told her mother
(Mak) in [[BSB|place]] about the fracture.

Mum names her supports as: husband [[Rosli|name]]; Kak [[Lin|name]] (Mrs [[Lin Ong|name]], Malaysian, two doors down); the wife of
another Bruneian student, Ms [[Norhayati Yusof|name]], in [[Girton|place]] ([[07392 115 746|phone]]); the Brunei student
society WhatsApp. Name in Jawi written by mum on the red book: [[نور عائشة|name]].

Actions: urgent GP appointment today (Dr [[Helen Birtwistle|name]], Eddington Medical Practice, 14:20 - mum agreed,
interpreter booked); PMHT referral; discussed with SW [[Fiona Gately|name]] by phone at 11:40; mum given Samaritans and
the Mothers' Union group at the Storey's Field Centre. Next visit [[10/11/2026|date]].
"""),
    ("university student support email", """From: [[Deborah Kinnear|name]] <[[dk414@cam.ac.uk|email]]>
To: [[fiona.gately@granta.gov.uk|email]]
Cc: Dr [[Anand Rao|name]] <[[ar719@cam.ac.uk|email]]>
Date: Thu, [[5 Nov 2026|date]] 16:22
Subject: RE: Mr [[Rosli bin Mahmud|name]] (PhD, Engineering) - consent to share

Dear Ms [[Gately|name]],

Thank you for your call. Mr [[Rosli|name]] has given written consent (attached, signed [[4.11.26|date]]) for me to share
the following, and asked that his supervisor, Dr [[Rao|name]], be copied.

- [[Rosli|name]] is sponsored by the Government of Brunei Darussalam (Ministry of Education). His scholarship requires him to
  be in [[Cambridge|place]] in term; he fears the sponsor will be told and recall him. I have explained we would not tell them.
- He has asked to intermit for the rest of Michaelmas. The Department supports this. His college (Churchill) has offered
  a family flat move from [[Hawkins House|address]] to a ground-floor flat on [[Turing Way|address]], which he says would let his
  wife take the buggy out without the lift.
- He says his mother-in-law, Mrs [[Rokiah|name]], may fly in from [[Bandar Seri Begawan|place]] on [[19 November|date]] to help.
- He has been seen by the University Counselling Service (no details shared).

Please note he uses "[[Rosli|name]]" as his surname in the UK as Brunei names have no family name; the University system
holds him as "[[MAHMUD, Rosli|name]]". His email is [[rm2241@cam.ac.uk|email]] and mobile [[07521 640 938|phone]].

Best wishes,
[[Deborah|name]]
Student Support Manager, Department of Engineering
"""),
    ("mother's own letter to the child protection conference", """(Letter written by Mrs [[Nur Aisyah|name]] in English with help from
Ms [[Siti|name]], read out at the conference on [[24 November 2026|date]]. Copied as written.)

To the Chair and everyone at the meeting about my daughter

My name is [[Nur Aisyah binti Abdullah|name]]. I am the mother of [[Nurul Iman|name]] and [[Muhammad Hazim|name]]. Please call me
[[Aisyah|name]]. I am from [[Kampong Ayer|place]] in Brunei, the water village, I grow up on the house on the water.

I want to say I did not hurt [[Iman|name]]. But I know that a baby arm does not break for no reason, and that you must find
out. The doctors said [[Hazim|name]] is too small to do this. I was in the bedroom, praying Isyak, about 15 minutes. [[Hazim|name]]
was with her. My husband was at the lab. I am not saying my son did it, I do not know. I am very sad and I am ashamed.

Since [[26 October|date]] I am staying with [[Iman|name]] at [[Hawkins House|address]] only with my mother, Mak [[Rokiah|name]],
or Kak [[Lin|name]] there. I agree to this. I agree that [[Fiona|name]] comes every week. I have seen Dr [[Birtwistle|name]]
and I take the tablet now. I go to the mums group at Storey's Field on Wednesday with [[Hayati|name]] ([[Norhayati Yusof|name]]).

Please do not send us back. In [[BSB|place]] my husband loses his scholarship and his work. [[Hazim|name]] asks every day
for his sister to come home from hospital "the proper home, [[Eddington|place]]".

Thank you for listening.
[[Aisyah|name]] ([[نور عائشة|name]])
"""),
]


# --- D. Miah / Begum family (British Bangladeshi, Sylheti speaking), Romsey, Cambridge -----------------------------------

HOME_D = d.Address("64 Catharine Street", "Romsey", "Cambridge", "CB1 3AR")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Rayhan", "Miah")], dt.date(2011, 5, 8), addresses=[HOME_D], ids=["603 315 7354", "U873264347104"],
       schools=["Coleridge Community College"]),
    _p("s", "sibling", [("Tasnim", "Miah")], dt.date(2015, 11, 19), addresses=[HOME_D], ids=["288 677 0604"]),
    _p("m", "mother", [("Rehana", "Begum")], dt.date(1984, 1, 15), addresses=[HOME_D], phones=["07944 516 207"]),
    _p("f", "father", [("Abdul Malik", "Miah")], dt.date(1978, 6, 21), addresses=[HOME_D], phones=["07960 381 442"]),
    _p("p1", "professional", [("Callum", "Ferris")], phones=["01223 706 561"], emails=["callum.ferris@granta.gov.uk"]),
], "c")

DOCS_D = [
    ("return home interview after a missing episode", """RETURN HOME INTERVIEW (independent)    Service: Missing Children's Team
Young person: [[Rayhan MIAH|name]]   DOB [[08/05/2011|dob]]   Age 15
Home: [[64 Catharine Street|address]], [[Romsey|place]], [[Cambridge|place]] [[CB1 3AR|postcode]]
Missing from: Fri [[13 Nov|date]] approx 16:00 (left [[Coleridge|school]] at end of school)   Found: Sun [[15/11/26|date]]
03:10 by BTP at [[Ipswich|place]] station     Interview: [[17 November 2026|date]], 16:30, at the [[Mill Road|address]] library
Interviewer: [[Tamsin Oyelaran|name]] (RHI worker)    Present: [[Rayhan|name]] only (he asked that mum wait outside)

Where were you? "[[Ipswich|place]]. And [[Felixstowe|place]] for a bit. At a flat." Would not give the address. Said "a
guy called [[Tee|name]]" picked him up "by the Co-op on [[Mill Road|address]]" in a grey Audi (part plate "[[KN21|vehicle]]..."
given later to police). Said he was "just chilling" with "olders" he knows from [[Ditchburn Place|address]]. He had £340 and two
phones when found; he said the money was "my cousin's" and wanted one phone back ("that's my real one").

How did you get back? BTP put him on a train with a PCSO; dad ([[Abdul Malik Miah|name]]) met him at [[Cambridge|place]] station
at 07:20 on [[15/11|date]].

Worries: said a boy at school, "[[Kai|name]]", owes "[[Tee|name]]'s people" and that [[Rayhan|name]] "is helping him pay". Asked
if anyone hurt him, showed a burn on his forearm and said "cigarette, messing". Said he is scared for his sister [[Tasnim|name]]
(11) because "they know where I live, they've seen her at the gate at [[St Philip's|school]]".

Wishes: "Don't send me to my uncle's in [[Sylhet|place]]." Said his dad has talked about sending him to Bangladesh, to
Chacha [[Jalal|name]] in [[Beanibazar|place]]. Wants to keep boxing at the club on [[Coldham's Lane|address]] and see his friend
[[Kobi|name]].

Mum's view (after, with her consent, in Sylheti through her niece [[Sumaiya Khanom|name]]): [[Rehana|name]] said she rang
[[Rayhan|name]] 31 times on [[13 November|date]], and that her husband drove to [[Cherry Hinton|place]], [[Arbury|place]] and
[[Histon Road|address]] looking for him until 2am. She asked that the boy "[[Tee|name]]" be stopped and said a man in a grey car
sat outside [[no. 60|address]] on [[11/11|date]] and [[12/11|date]]. Her sister, [[Rojina Begum|name]], lives on [[Hemingford
Road|address]] and will have [[Tasnim|name]] after school.

Shared with: SW [[Callum Ferris|name]]; police missing person co-ordinator; school DSL (Mr [[Bradley|name]]).
"""),
    ("national referral mechanism form extract", """NRM REFERRAL - MS1 (children, first responder) - extract, printed [[20/11/2026|date]]
Section A: Potential victim
 Family name: [[MIAH|name]]                 Given names: [[Rayhan|name]]
 Also known as: "[[Ray|name]]"   Date of birth: [[08/05/2011|dob]]
 Nationality: British     Language: English, Sylheti     Current address: [[64 Catharine St|address]], [[Cambridge|place]] [[CB1
3AR|postcode]]
 School: [[Coleridge Community College|school]]    UPN: [[U873264347104|upn]]
 Parents: [[Abdul Malik MIAH|name]] ([[07960 381 442|phone]]); [[Rehana BEGUM|name]] ([[07944 516 207|phone]])
Section B: First responder
 Name: [[Callum Ferris|name]], Social Worker, Granta Children's Services   Email: [[callum.ferris@granta.gov.uk|email]]
Section C: Indicators (ticked): criminal exploitation; travel to places with no clear reason; unexplained money and phones;
 physical injury (burn); debt bondage (friend's).
Section D: Account (summary)
 [[Rayhan|name]] went missing on [[13 November 2026|date]] and was found in [[Ipswich|place]] on [[15 November 2026|date]] having
 been at a flat on the [[Chantry|place]] estate. Police believe he was holding and selling class A for a line known as
 "[[TEE|name]]". Adults of interest: [[Tyrese Barnaby|name]] (DOB [[02/02/2001|dob]]), of [[Fison Road|address]], [[Abbey|place]];
 [[Conor Mulqueen|name]] (19). Vehicle: grey Audi A3 [[KN21 XFD|vehicle]]. Third missing episode since [[02.09.2026|date]]
 (others [[19 Sept|date]] and [[24/10|date]]).
"""),
    ("Snapchat messages from a police phone download", """EXHIBIT TO/1147/3 - Cellebrite extract, Snapchat (device: iPhone 11, "R1")
Report produced by DC [[Owen Trask|name]], Digital Forensics Unit, [[16/11/2026|date]]. Usernames in the first column as
recorded; display names as shown in brackets. Spelling as original.

Time (UTC)        | From                          | Message
[[13/11/2026|date]] 15:48 | tee.bando.cb ("[[Tee|name]]")        | u still on [[mill rd|address]]
[[13/11/2026|date]] 15:49 | r1.rayy ("[[Rayhan|name]] 🥊")       | ye by coop
[[13/11/2026|date]] 15:50 | tee.bando.cb ("[[Tee|name]]")        | grey ting 2 mins. dont bring ur sister lol
[[13/11/2026|date]] 15:51 | r1.rayy ("[[Rayhan|name]] 🥊")       | shes at [[st philips|school]] bro nah
[[13/11/2026|date]] 22:17 | kaiii_0x ("[[kai|name]]")            | bro where u at [[tasnim|name]] keeps messaging me
[[13/11/2026|date]] 22:19 | r1.rayy ("[[Rayhan|name]] 🥊")       | [[ipswich|place]] dont say nothing. tell her im at [[kobi|name]]s
[[14/11/2026|date]] 01:02 | tee.bando.cb ("[[Tee|name]]")        | [[conor|name]] bringing more. stay in [[nacton rd|address]] flat
[[14/11/2026|date]] 09:30 | amma ("Amma ❤️")              | [[Rayhan|name]] where are you. Abba is driving around [[Cherry Hinton|place]]
[[14/11/2026|date]] 09:31 | amma ("Amma ❤️")              | [[রায়হান|name]] বাড়ি আসো
[[14/11/2026|date]] 09:31 | amma ("Amma ❤️")              | (trans: [[Rayhan|name]] come home)
[[14/11/2026|date]] 14:12 | kaiii_0x ("[[kai|name]]")            | [[ty|name]] said u owe now cos of the shortage
[[15/11/2026|date]] 02:40 | r1.rayy ("[[Rayhan|name]] 🥊")       | amma im ok im at the station
[[15/11/2026|date]] 02:41 | amma ("Amma ❤️")              | which station. [[Abdul|name]] is coming. stay with police
[[15/11/2026|date]] 02:44 | tazz.m ("[[Tasnim|name]] 🌸")        | bhaiya come home pls. i told miss [[hale|name]] nothing
[[15/11/2026|date]] 02:45 | r1.rayy ("[[Rayhan|name]] 🥊")       | ok [[tas|name]]. dont tell [[kai|name]] or [[kobi|name]] nothing
[[15/11/2026|date]] 08:03 | k0b1_a ("[[Kobi A|name]]")          | u back?? coach [[dean|name]] asking for u at [[coldhams|address]]
[[15/11/2026|date]] 08:10 | r1.rayy ("[[Rayhan|name]] 🥊")       | ye. tell [[dean|name]] im sick. see u monday
"""),
    ("contextual safeguarding panel minutes", """CONTEXTUAL SAFEGUARDING PANEL (City) - minutes - [[25 November 2026|date]], Mandela House
Chair: Dr [[Ruth Akinola|name]] (Head of Service, Adolescents)
Present: [[C. Ferris|name]] (SW); PC [[Dan Holloway|name]] (Cambs Police Exploitation Team); [[T Oyelaran|name]] (RHI); [[Lucy
Pham|name]] (Youth Work, Romsey Mill); Mr [[Bradley|name]] (DSL, [[Coleridge|school]]); [[Shahana Choudhury|name]] (Community
Safety); [[Mark Odell|name]] (Co-op area manager, invited for item 2)

Item 1 - Peer group: [[Rayhan Miah|name]], [[Kai Stannard|name]] (15), [[Kobi Adeyemi|name]] (14). [[Kai|name]]'s mum, Ms
[[Lorraine Stannard|name]], has asked for help; [[Kai|name]] was stabbed in the thigh on [[7 Nov|date]] near [[Ditchburn
Place|address]] (no complaint made). [[Kobi|name]] not known to be involved.
Item 2 - Places: the Co-op on [[Mill Road|address]] (boys waiting for lifts, staff intimidated - Mr [[Odell|name]] reports the
shift manager, "[[Baz|name]]", was threatened); the alleyway behind the [[Sturton Street|address]] shops; the cycle bridge
(Tony Carter Bridge); the [[Ipswich|place]] line trains. Romsey Mill to run detached youth work Fri evenings.
Item 3 - Family: Mr [[Miah|name]] and Ms [[Begum|name]] ask that [[Rayhan|name]] be moved to family in [[Luton|place]] (Mr
[[Miah|name]]'s brother [[Jalal|name]] lives in [[Sylhet|place]], not [[Luton|place]] - the uncle in [[Luton|place]] is
[[Shafiq Miah|name]],
[[Bury Park Road|address]]). Panel view: a move may just move the risk; consider a short respite stay with Mr [[Shafiq
Miah|name]] with a plan.
Item 4 - Others named in the download: "[[ty|name]]" (believed [[Tyrese Barnaby|name]]); [[Conor Mulqueen|name]], who lives with
his nan at [[Flat 6, Brackyn Court|address]], [[Coleridge|place]]; a girl, "[[Shanice|name]]" ([[Shanice Oddy|name]], 16), seen in
the Audi on [[10 October|date]] and [[1 Nov|date]] - her social worker in Suffolk to be told ([[Gemma Waterfield|name]]);
and "[[Big J|name]]" (not identified). Coach [[Dean Okafor|name]] at the boxing club is a trusted adult for [[Rayhan|name]] and
[[Kobi|name]]; [[Callum|name]] to ask [[Rayhan|name]] if he may be invited to the next meeting.
Actions: PC [[Holloway|name]] to seek a CBO on [[Tyrese Barnaby|name]] by [[4/12|date]]; [[Callum|name]] to visit [[Luton|place]] uncle
by [[2 December|date]].
"""),
]


# --- E. Pettit / Rudd family (white British, kinship care), Great Kneighton, Trumpington, Cambridge ----------------------

HOME_E = d.Address("12 Hobson Avenue", "Trumpington", "Cambridge", "CB2 0BL")
MUM_E = d.Address("Flat 3, 28 Sallowbush Road", "", "Huntingdon", "PE29 7AE")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Ellie-Mae", "Rudd")], dt.date(2020, 8, 3), addresses=[HOME_E], ids=["886 154 4363", "A873266573282"],
       schools=["Trumpington Park Primary School"]),
    _p("m", "mother", [("Jade", "Rudd")], dt.date(2001, 3, 27), addresses=[MUM_E], phones=["07305 118 274"]),
    _p("g", "grandparent", [("Sandra", "Pettit")], dt.date(1967, 10, 11), addresses=[HOME_E], phones=["07887 603 152"]),
    _p("g2", "grandparent", [("Graham", "Pettit")], dt.date(1964, 2, 6), addresses=[HOME_E]),
    _p("p1", "professional", [("Nadia", "Corbett")], phones=["01223 706 574"], emails=["nadia.corbett@granta.gov.uk"]),
], "c")

DOCS_E = [
    ("special guardianship support plan review", """SPECIAL GUARDIANSHIP SUPPORT PLAN - ANNUAL REVIEW
Child: [[Ellie-Mae RUDD|name]]   DOB [[03.08.2020|dob]]   NHS [[886 154 4363|nhs]]   SGO made [[16/09/2025|date]], Family Court at
Cambridge (case no. CB25P00417)
Special guardians: Mr [[Graham Pettit|name]] and Mrs [[Sandra Pettit|name]] (maternal grandparents), [[12 Hobson Avenue|address]],
[[Great Kneighton|place]], [[Cambridge|place]] [[CB2 0BL|postcode]]
Review date: [[18 November 2026|date]]    Kinship support worker: [[Nadia Corbett|name]]    IRO: n/a

1. How [[Ellie-Mae|name]] is doing. "[[Ellie|name]]" (as she now asks to be called) started Year 2 at [[Trumpington Park|school]] in
September. Her teacher, Miss [[Gray|name]], says she reads above age and has a best friend, [[Willow|name]]. She still wets
the bed most nights; the school nurse ([[Anika Desai|name]]) has referred her to the enuresis clinic at the Rosie. She
sees the CAMHS Looked After team's consultant, Dr [[Petra Lindqvist|name]], with Nanny [[San|name]] each term.

2. Contact. Mum, [[Jade Rudd|name]], lives in [[Huntingdon|place]] ([[Oxmoor|place]]). Plan: monthly, supervised by the contact
service in [[St Ives|place]]. Of twelve sessions since [[1 December 2025|date]], [[Jade|name]] came to seven; she missed
[[3 March|date]], [[14 April|date]], [[7 July|date]], [[4|date]] and [[25 August|date]] without notice. Her partner, [[Craig
Tallis|name]], must not attend (court order). Dad ([[Kyle Ambrose|name]]) has not asked for contact; he is believed to be in
[[Wisbech|place]].

3. Money. SGA allowance paid; Mr [[Pettit|name]] took early retirement from the Park and Ride in May. Mrs [[Pettit|name]]
works three days at the Waitrose on [[Hauxton Road|address]]. A request for a bedroom extension grant was refused.

4. The grandparents' own needs. Mrs [[Pettit|name]] had surgery in July; her sister, Mrs [[Maureen Dace|name]] from
[[Sawston|place]], helped. Mr [[Pettit|name]] said: "We're not young parents, but she's our [[Ellie|name]]."

5. People who help. Neighbours at [[no. 14|address]], Mr and Mrs [[Okonkwo|name]], have [[Ellie|name]] after school on
Wednesdays; [[Willow|name]]'s mum, [[Becky Shaw|name]], does the Friday pick-up. Mrs [[Pettit|name]]'s brother, Mr [[Derek
Dace|name]] of [[Great Shelford|place]], gives lifts to [[St Ives|place]]. Mr [[Pettit|name]]'s daughter from his first
marriage, [[Lisa Pettit|name]], lives in [[Ely|place]] and has offered to be named in the plan should the grandparents fall ill.

Agreed: continue; Kinship Carers group (Tuesdays, Clay Farm Centre); review November 2027.
"""),
    ("contact supervisor's session record", """FAMILY TIME SESSION RECORD - [[St Ives|place]] Family Contact Centre
Child: [[E-M Rudd|name]]   Parent: [[Jade RUDD|name]] (mum)   Date: Sat [[21.11.26|date]]   Sched. 10:00-12:00
Supervisor: [[Bronwen Ellis|name]]    Transport: Nanny [[Sandra|name]] brought and collected her ([[VN19 KPZ|vehicle]])

09:58 [[Ellie|name]] arrived with Nanny. Asked "is Mummy here yet" four times.
10:14 [[Jade|name]] arrived (bus from [[Huntingdon|place]] late). Hugged [[Ellie|name]], cried, said "look how big you are
[[Els|name]]". Gave her a Bluey sticker book and a card "from Mummy and [[Craig|name]]" - I took the card aside and reminded
[[Jade|name]] about the order; she said "it's only a card". Card given to Nanny to decide.
10:30-11:20 Play: dough, then the dolls' house. [[Ellie|name]] made the doll "Nanny" put the baby to bed; [[Jade|name]] laughed
and joined in. Warm. [[Jade|name]] spoke about her new flat at [[Sallowbush Road|address]] and a "new job at the Tesco in
[[Hunts|place]]".
11:25 [[Jade|name]]'s phone rang three times. She went out to take the last call. Heard through the window: "I'm with
[[Ellie|name]], [[Craig|name]], leave it". Came back upset.
11:40 [[Ellie|name]] asked if Mummy "still lives with the shouty man". [[Jade|name]] said "no, baby". (Noted for SW.)
11:55 Goodbyes good. [[Ellie|name]] gave [[Jade|name]] a picture of "me and Nanny and Grandad [[Graham|name]] and Pudding"
(the grandparents' dog).
12:02 Handed to Mrs [[Pettit|name]].

Next session: [[19 December|date]] (Christmas session, 10-12). [[Jade|name]] asked if her mum, [[Karen Rudd|name]] of
[[Eaton Socon|place]], may come to that one; passed to [[Nadia Corbett|name]] to decide. [[Jade|name]]'s new number:
[[07305 118 274|phone]]. Mrs [[Pettit|name]] asked that [[Craig Tallis|name]]'s name not be said in front of [[Ellie|name]].
"""),
    ("grandmother's own letter to the social worker", """[[12 Hobson Ave|address]]
[[Trumpington|place]]
[[22nd Nov|date]]

Dear [[Nadia|name]],

I said I would write down what I told you on the phone as [[Graham|name]] says I never get it all out when we meet.

[[Ellie|name]] came back from seeing [[Jade|name]] yesterday very quiet and then asked me in the bath if [[Craig|name]] was going to
come to our house. I said no love never. She said Mummy told her on the phone ([[Jade|name]] rings her Thursday nights on my mobile
[[07887 603152|phone]]) that they might all live together "at Nanna [[Pat|name]]'s in [[Godmanchester|place]]". [[Pat|name]] is
[[Craig|name]]'s mum. I don't want to stop the calls but I don't know what to do.

Also the card. It said "To my princess love Mummy and [[Craig|name]] xx" and a phone number [[07419 552 830|phone]] that I
don't know. I have not given it to her, it is in the drawer.

[[Graham|name]] and I are fine, tired. [[Maureen|name]] has been a godsend. [[Ellie|name]] had a dry night on Tuesday, first one
for weeks, we made a fuss.

Thank you for everything,
[[Sandra|name]] ([[San|name]]) [[Pettit|name]]
"""),
    ("scanned school in-year admission form read by OCR", """[scanned PDF, text layer from OCR - errors as read; page 1 of 2]

CAMBRIDGESH1RE COUNTY COUNCIL - IN-YEAR APPLICAT1ON FOR A SCHOOL PLACE
Child's legal surnarne: [[RUDD|name]]      First narne(s): [[ELL1E-MAE|name]]
Preferred name: [[Ellie|name]]    Date of blrth: [[O3/O8/2O2O|dob]]   Sex: F
Home address: [[12 Hobs0n Avenue|address]]  Town: [[Carnbridge|place]]   Postcode: [[CB2 OBL|postcode]]
Current school: [[Fawcett Prirnary|school]] (moving because: change of carer / SGO)
Preference 1: [[Trumpington Park Primary School|school]]   Preference 2: [[Trumpington Meadows|school]]
Sibling at preferred school? No
Parent / carer 1: [[Sandra Pettit|name]]   Relationship: Special Guardian (Nan)   Tel: [[07887 603 152|phone]]
Parent / carer 2: [[Graham Pett1t|name]]   Relationship: Special Guardian (Grandad)
Does anyone else have parental responsibility? Yes - mother [[Jade Rudd|name]], [[Huntingdon|place]] (no contact with school
please - see court order)
Signed: [[S Pettit|name]]      Date: [[O2.O9.2O25|date]]
FOR OFFICE USE: rec'd [[O4/O9/25|date]] - place offered [[Trumpington Pk|school]] from [[O8/O9/25|date]] - LJ
"""),
]


# --- F. Kowalczyk / Nowak family (Polish), Coleridge, Cambridge ------------------------------------------------------------

HOME_F = d.Address("7 Davy Road", "Coleridge", "Cambridge", "CB1 3SB")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Zuzanna", "Kowalczyk")], dt.date(2014, 9, 30), addresses=[HOME_F], ids=["838 943 9549", "U873263168450"],
       schools=["Coleridge Community College"]),
    _p("s", "sibling", [("Kacper", "Kowalczyk")], dt.date(2022, 4, 4), addresses=[HOME_F], ids=["416 101 2845"]),
    _p("m", "mother", [("Agnieszka", "Nowak")], dt.date(1989, 5, 17), addresses=[HOME_F], phones=["07723 480 615"],
       ids=["SK 48 20 71 B"]),
    _p("f", "father", [("Tomasz", "Kowalczyk")], dt.date(1986, 12, 9), addresses=[HOME_F], phones=["07817 294 063"]),
    _p("g", "grandparent", [("Halina", "Nowak")], phones=["+48 601 427 385"]),
    _p("p1", "professional", [("Owain", "Pritchard")], phones=["01223 706 598"], emails=["owain.pritchard@granta.gov.uk"]),
], "c")

DOCS_F = [
    ("police body-worn video transcript", """TRANSCRIPT OF BODY WORN VIDEO - PC 1432 [[HADLEY, Sam|name]] - Incident 0388 of
[[08/11/2026|date]]
Location: [[7 Davy Road|address]], [[Cambridge|place]] [[CB1 3SB|postcode]] - recording starts 23:41:07
Transcribed by [[Joanne Keyes|name]] (Witness Care) [[10.11.2026|date]]. [inaudible] and [crosstalk] as marked.

PC [[HADLEY|name]]: Police, can you open the door please? ... Hello, I'm [[Sam|name]]. Who called us?
FEMALE 1 ([[Agnieszka NOWAK|name]]): I call. He is in the kitchen. Please.
PC [[HADLEY|name]]: OK. What's your name, love?
[[NOWAK|name]]: [[Agnieszka|name]]. [[Aga|name]]. [[Nowak|name]].
PC [[DUTTA|name]]: Sir, can you stay in the kitchen for me? What's your name?
MALE 1 ([[Tomasz KOWALCZYK|name]]): [[Tomek|name]]. It's nothing, it's a argument, she is crazy, [[Zuza|name]] is crazy -
PC [[HADLEY|name]]: Who's [[Zuza|name]]?
[[NOWAK|name]]: My daughter, she is twelve, she is upstairs with the small one, [[Kacper|name]]. She ring you also.
FEMALE 2 ([[Zuzanna KOWALCZYK|name]], from stairs): He pushed mum into the radiator! [crosstalk] Tata, przestań!
[inaudible] ...
PC [[HADLEY|name]]: [[Zuzanna|name]], you stay up there with your brother, you've done really well.
[[NOWAK|name]]: He take my phone. He break it. [Shows phone] He say he take the children to [[Wrocław|place]], to his mother on
[[ulica Kasprowicza 14|address]].
PC [[DUTTA|name]]: Mr [[Kowalczyk|name]], I'm arresting you on suspicion of assault ...
[[KOWALCZYK|name]]: [inaudible] ... Pani [[Krysia|name]] from downstairs she hears everything, ask her, nothing happen!
PC [[HADLEY|name]]: Is there anyone who can come, [[Agnieszka|name]]? Family, a friend?
[[NOWAK|name]]: My friend [[Ewelina|name]], in [[Cherry Hinton|place]]. [[Ewelina Zając|name]]. Her number is [[07591 736 204|phone]].
[recording ends 00:07:52, [[09/11/2026|date]]]

Transcriber's note: PC 1087 [[Priya Dutta|name]] was the second officer. At 23:58 (not transcribed in full) PC [[Dutta|name]]
spoke to the neighbour, [[Krystyna Wolska|name]] ("[[Krysia|name]]", [[Flat 1|address]]), who said she heard "[[Zuza|name]]
screaming" and "[[Tomek|name]] shouting" at about 23:20, and to a passer-by, Mr [[Femi Adebayo|name]] of [[Mill Road|address]]
([[07903 518 226|phone]]), who saw a man throw a phone into the garden of [[no. 9|address]]. [[Ewelina|name]] arrived at 00:20
and took [[Agnieszka|name]], [[Zuzanna|name]] and [[Kacper|name]] to her house on [[Fishers Lane|address]], [[Cherry Hinton|place]].
"""),
    ("GP letter to children's social care", """Mill Road Surgery ... (headed paper)

[[12 November 2026|date]]

Mr [[O. Pritchard|name]], Social Worker
Granta Children's Services, Mandela House, [[4 Regent Street|address]], [[Cambridge|place]] [[CB2 1BY|postcode]]

Dear Mr [[Pritchard|name]],

Re: [[Agnieszka Nowak|name]] ([[17/05/1989|dob]]); [[Zuzanna Kowalczyk|name]] ([[30/09/2014|dob]], NHS [[838 943 9549|nhs]]);
[[Kacper Kowalczyk|name]] ([[04/04/2022|dob]], NHS [[416 101 2845|nhs]]), all of [[7 Davy Road|address]], [[CB1 3SB|postcode]]

Thank you for your request of [[10 November|date]]. With Ms [[Nowak|name]]'s consent I can tell you that:

- Ms [[Nowak|name]] attended on [[9/11/2026|date]] with bruising to her left flank and a cut to the back of her head (glued).
  She told me that her husband, Mr [[Tomasz Kowalczyk|name]], also a patient here, pushed her. She disclosed two earlier
  incidents (Easter and [[15 August|date]]). She has been referred to the IDVA service (Cambridge Women's Aid).
- [[Zuzanna|name]] was seen by my colleague Dr [[Kaur|name]] on [[3 March 2026|date]] with headaches and poor sleep. She
  said then that she "worries about mum".
- [[Kacper|name]] is up to date with immunisations; speech delay, referred to SALT in September.
- Mr [[Kowalczyk|name]] was seen by Dr [[Fitzgerald|name]] on [[20/10/2026|date]] for alcohol (AUDIT 27) and declined the
  drug and alcohol service. I have no record of any concerns about his care of the children, but the alcohol history is
  relevant to your assessment.

Yours sincerely,

Dr [[Marta Wiśniewska|name]] MRCGP
"""),
    ("chronology of significant events", """CHRONOLOGY OF SIGNIFICANT EVENTS - [[KOWALCZYK|name]] children - compiled by
[[O Pritchard|name]], updated [[27-11-2026|date]]

Date         | Event                                                                      | Source
2013?        | [[Agnieszka|name]] and [[Tomasz|name]] come to UK from [[Wrocław|place]]; live in [[Peterborough|place]].      | mother
[[30.09.2014|dob]]   | [[Zuzanna|name]] born, Hinchingbrooke.                                            | health
2019         | Move to [[Davy Road|address]], [[Coleridge|place]].                                               | mother
[[04.04.2022|dob]]   | [[Kacper|name]] born, the Rosie.                                                  | health
[[13/06/2024|date]]   | Police called by neighbour ("[[Krystyna|name]]", [[Flat 1|address]]) re shouting. No offences. | police
[[03/03/2026|date]]   | [[Zuza|name]] to GP (headaches, sleep). "Worries about mum".                     | GP
Easter 2026  | [[Agnieszka|name]] pushed (disclosed later).                                       | GP
[[15/08/2026|date]]   | [[Agnieszka|name]] hit in the face on a trip to [[Hunstanton|place]] (disclosed later). | GP
[[20/10/2026|date]]   | [[Tomasz|name]] to GP re alcohol; declines help.                                 | GP
[[08/11/2026|date]]   | DA incident; [[Zuzanna|name]] rings 999 from [[Kacper|name]]'s room. [[Tomasz|name]] arrested.   | police (BWV)
[[09/11/2026|date]]   | [[Tomasz|name]] bailed, not to contact [[Agnieszka|name]] or enter [[Davy Rd|address]]; staying with
             | his friend [[Piotr Mazur|name]], [[19 Ditton Lane|address]], [[Fen Ditton|place]].              | police
[[11/11/2026|date]]   | Strategy discussion; s47 both children. [[Halina Nowak|name]] (maternal gran) to fly from [[Kraków|place]]. | CSC
[[16/11/2026|date]]   | [[Zuzanna|name]] seen alone at [[Coleridge|school]]: says "Tata drinks and then he is a different man".| CSC
[[24/11/2026|date]]   | MARAC (high risk, DASH 17). Referral to Freedom Programme (Polish group).          | MARAC
[[25/11/2026|date]]   | [[Zuzanna|name]] tells Mrs [[Ndlovu|name]] (HoY) that "[[Tomek|name]]" waited by the [[Davy Rd|address]] bus
stop. | school
[[26/11/2026|date]]   | Police: [[Tomasz|name]] seen at [[Piotr Mazur|name]]'s; warned re bail. [[Ewelina Zając|name]] stays at
[[no. 7|address]]. | police
[[26/11/2026|date]]   | [[Kacper|name]] starts at [[Little Acorns|school]] nursery, [[Cherry Hinton|place]];
key person [[Lena Brooks|name]].
| nursery
[[27/11/2026|date]]   | Home visit OP: [[Agnieszka|name]] calm; lock changed by landlord (Mr [[Hussein Ali|name]]). | CSC
[[27/11/2026|date]]   | Housing: [[Agnieszka|name]]'s NI no. [[SK 48 20 71 B|ni]] given for a sole tenancy and split claim. | housing
[[03/12/2026|date]]   | [[Halina Nowak|name]] due to arrive ([[Stansted|place]], 21:40).                        | mother
"""),
    ("grandmother's email in Polish with translation", """From: [[Halina Nowak|name]] <[[halina.nowak58@wp.pl|email]]>
To: [[owain.pritchard@granta.gov.uk|email]]
Date: [[20 listopada 2026|date]] 07:16
Subject: [[Zuzia|name]] i [[Kacperek|name]] - babcia

[Polish original, then translation by Language Line interpreter [[Beata Sowa|name]], [[21/11/2026|date]]]

Szanowny Panie [[Owain|name]],
Jestem babcią [[Zuzanny|name]] i [[Kacpra|name]]. Przylatuję do [[Cambridge|place]] [[3 grudnia|date]] z [[Krakowa|place]]
(Ryanair z [[Balic|place]]). Mogę zostać trzy miesiące. Mieszkam w [[Krakowie|place]], [[os. Kalinowe 6/21|address]],
[[31-812|postcode]] [[Kraków|place]]. Mój telefon: [[+48 601 427 385|phone]]. [[Zuzia|name]] pisze do mnie codziennie. [[Aga|name]]
mówi, że [[Tomek|name]] wysyła jej wiadomości przez [[Piotra|name]].
Z poważaniem, [[Halina Nowak|name]]

Translation:
Dear Mr [[Owain|name]],
I am the grandmother of [[Zuzanna|name]] and [[Kacper|name]]. I am flying to [[Cambridge|place]] on [[3 December|date]] from
[[Kraków|place]] (Ryanair from [[Balice|place]]). I can stay three months. I live in [[Kraków|place]], [[Kalinowe estate 6/21|address]],
[[31-812|postcode]] [[Kraków|place]]. My phone: [[+48 601 427 385|phone]]. [[Zuzia|name]] writes to me every day. [[Aga|name]] says
that [[Tomek|name]] sends her messages through [[Piotr|name]].
Yours faithfully, [[Halina Nowak|name]]

Interpreter's note: [[Zuzia|name]], [[Zuzanny|name]], [[Kacpra|name]], [[Piotra|name]], [[Krakowa|place]] and [[Krakowie|place]] are the
Polish forms of the same names; "babcia" is grandmother.
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 147 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 15:37 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "cllr", "nurse", "sister", "our", "me",
           "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "grandpa", "mum", "mummy", "mam", "dad",
           "daddy", "aunty", "auntie", "uncle", "chacha", "amma", "abba", "mama", "papa", "tata", "kak", "mak", "pani", "pan",
           "panie", "babcia", "haji", "hajah", "dk", "coach", "bhaiya"}
_AFTER = {"senior", "junior", "chacha"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "cambridgeshire", "cambs",
               "suffolk", "norfolk", "east anglia", "curaçao", "curacao", "kòrsou", "the netherlands", "netherlands", "holland",
               "brunei", "brunei darussalam", "bangladesh", "poland", "polska", "malaysia"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs the checkers of the sets before it) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks; this adds
# this set's titles and kinship words (before a name: "Kak Lin", "Mak Rokiah", "Pani Krysia", "Mama Lucia", "Nanna Pat",
# "Chacha Jalal"; and after one: "Mrs Kettle senior") and counties, regions and countries ("Curaçao", "Brunei", "Cambridgeshire").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
