"""Set 131: a held-out hand-written set for the redaction detector, six more invented families in Bolton and Farnworth,
written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or the files of sets
130, 132 and 133 (bench/redaction_set130.py, redaction_set132.py, redaction_set133.py and their tests, written by other
helpers at the same time), that did not run the detector or any bench script that runs it, that ran no git command, and that
looked at no detector output. What was read: bench/redaction_set21.py and tests/test_redaction_set21.py (the layout and marking
conventions followed here; of set 21's documents only the first, the opening lines of the second and the last lines
were read, and its test in full), the docstrings of bench/redaction_set7.py to bench/redaction_set129.py (printed only,
and searched only for towns, districts and communities, to choose a family's home and communities no earlier set used),
the module docstring and the `_party`,
`Records`, `HandSet` and `word_problems` helpers of bench/redaction_handwritten.py, the docstring and the names of the
functions of bench/redaction_heldout.py (and the lines that check UPNs), and the ruff settings in pyproject.toml. Phone
numbers were checked with the phonenumbers library and NHS numbers and UPNs made and checked with python-stdnum in small
snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module
only to build records. Nobody may tune the detector on this set: it is to be scored once, after the detector's current round
of changes. If a mistake in the gold marking is found after scoring, correct only the marking and say so here.

Six families in the borough of Bolton, each from a town, district or estate no earlier set used as a family's home. Four
white British families: in Breightmet, with a grandmother in Darcy Lever (Hartley / Crompton; a boy of 14 missing three times
and criminally exploited by a man of 23 with an Audi, a sister of 6 neglected, a grandmother who keeps a notebook); in Little
Lever, with a grandfather at Moses Gate and a father's brother in Radcliffe (Ainsworth / Radcliffe; domestic abuse, a father's
cocaine, a boy of 9 who listens at night for his sister of 3, child protection plans); in Horwich, with a father in Blackrod
and a grandmother in Adlington (Makin / Chorley / Holden; a girl of 15 who cuts herself, groomed on Discord by a man of 34
who told her to self-harm, a brother of 11 who found her); and in Kearsley, a grandmother caring for two grandchildren under
a special guardianship assessment while their mother is in HMP Styal (Fletcher / Leigh; a drug debt, a threat in a corner
shop in Farnworth, a father's family in Leigh). Two from communities no earlier set used: a Faili (Feyli) Kurdish family, Shia,
from Baghdad by way of years of statelessness in Iran, in Tonge Moor (Karimi / Moradi; a girl of 11 hit with a slipper and
caring at night for a baby because her mother has post-natal depression, a brother of 7 who wets, family in Kadhimiya, Ilam
and Sulaymaniyah), and a Fulani (Pulaar-speaking) family from Guinea in Westhoughton, with a father in Saint-Denis and family
in Labé, Pita and Conakry (Diallo / Bah; a high risk of FGM on a summer trip for a girl of 13 and a girl of 2, a mother cut
as a child who opposes it, passports handed to a friend in Wingates). 24 documents: twelve of plain professional recording (a
return home interview record, a multi-agency child exploitation panel's minutes, a primary school's referral to the front
door, a child and family assessment, an initial child protection conference report, a chronology, an FGM risk assessment
with the national tool, a health visitor's contact record, a CAMHS clinic letter, child in need review minutes, a special
guardianship assessment, a team manager's supervision record) and twelve of the other writing a case file holds (Snapchat
screenshots typed up by a police officer, a grandmother's handwritten notebook scanned, a home visit transcribed from a
three-way telephone interpreting call, a family WhatsApp group in Kurdish (Arabic script and Latin) and English typed up and
translated, a father's own letter to conference, a social worker's phone notes typed fast in the car, a mother's own letter
in French with the interpreter's translation, a duty line's auto-transcribed voicemails (with mis-hearings), Discord direct
messages photographed and typed up, a mother's late-night email, a shopkeeper's witness statement to the police, and Email a
Prisoner messages with the prisoner's handwritten replies).

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Iraq, Guinea, France, Spain); NHS numbers and UPNs (Bolton's LA number, 350) pass
their check digits; the NI numbers have a valid format. The council is invented (Croal Irwell), and so are the primary school
in Tonge Moor (Thicketford Brow), the nursery names (Little Acorns, Tiny Steps), the interpreting agency (Sign Lingo
Northern), the corner shop, the medical practices' names where they matter (Mandalay, Brazley) and Spindle Point Primary;
towns, districts, estates, villages, real schools and colleges, NHS bodies, hospitals, police forces, prisons, courts, clubs,
stadiums, parks, hills, charities, brands, apps and laws are real and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py (which follows sets 19, 15 and 6 to 13). [[words|kind]] is
a gold span (name, address, postcode, place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and
kinship words (Mr, Mrs, Ms, Miss, Dr, PC, DC, DI, Nan, Nanny, Grandad, Mum, Mama, Baba, our, my, the Kurdish Kak, dapir and
daya, the French Madame and Tanti, the Fulani Hadja, Elhadj and Baaba) stay outside the name span, whether they come before or
after the name ("zahra jan"); a possessive 's and a bare s in texting ("jordan"s, "kelly"s) stay outside; every person's name
is a name in every form, record or not. "SURNAME, First" is one span ("HARTLEY, Kaylan", "RADCLIFFE, Tyler-Jay", "DIALLO,
Fatoumata", "FLETCHER, Chantelle"), and so is "First SURNAME" ("Dilan KARIMI"); an initial with a surname is one span ("N.
Ormerod", "J Sharples", "C Radcliffe"); initials alone are not marked; a collar number next to a name stays outside; a name
broken by a line break is one span holding the break ("Rhys\nPendlebury", "C.\nFletcher"); social media handles and usernames
("ricoo_bl1", "skyyy_m", "k.zz.x") are not marked, but a display name that is a person's name or a form of it is ("Kieran",
"ricoo"); a contact saved under a kinship word ("nan 💜", "Dapir 🌹") is not a name; a family name in a group chat's title
("Malî Karimi") is a name. A street address is one span, its town a place, its postcode a postcode; a street named without a
number is an address ("Chorley Old Road", "lee lane", "Dobb Brow"), and so is a neighbour's bare house number ("65" in "no.
65") and an address abroad ("14 rue Gabriel Péri", with the French postcode "93200"); towns, cities, villages, districts and
estates are places, at home or abroad and in any case ("farny", "breightmet", "Kadhimiya", "Slemani", "Ratoma"); countries
and regions are not ("Iraq", "Iran", "Guinea", "the Fouta Djallon"); organisations are not marked even
when they hold a town's or a person's name ("Royal Bolton Hospital", "Bolton Wanderers", "Bolton at Home", "Bolton Crown
Court", "HMP Styal", "Westhoughton Health Centre", "Kearsley Medical Centre", "Mandalay Medical Centre", "Early Break"), but a
council, police or NHS team named by its town marks the town, as set 21's "Plymouth PDU" did ("[[Bolton|place]] North Team
3", "[[Westhoughton|place]] and [[Horwich|place]] Team", "[[Bolton|place]] CAMHS", "[[Farnworth|place]] and [[Kearsley|place]]
Neighbourhood Policing Team"); a school's, college's or nursery's name is a school, and so is its short form ("Smithills",
"Masefield", "Westhoughton High", "Rivington and Blackrod", "Harper Green", "Bolton College", "Little Acorns Day Nursery"); a
date of birth is dob (also when spoken in words: "second of September twenty thirteen"), any other calendar date with a day is
date (a weekday before it stays outside), and the bare day in a range or a diary line ("21st", "18th" - "19th") is a date span
of its own; months and years alone are not marked; helplines and services (Kooth, Papyrus HOPELINE) are not marked; parks,
hills, stadiums and landmarks stay unmarked (Moss Bank Park, Rivington Pike, the Toughsheet Community Stadium, the
Interchange); a name that is also a word or a town is marked by what it refers to (Radcliffe, Ainsworth, Chorley, Leigh,
Bury, Lever, Hulton, Kay, Lord, Summer Hope and Sky are names when they are people, and Radcliffe, Ainsworth, Chorley, Leigh,
Little Lever and Leyland are places when they are places); a name in another script (Kurdish and Arabic-script "زەهرا",
"دیلان", "ديلان", "ئارام") is a name; a firm named after a person marks only the name ("[[Hussain|name]]'s Convenience Store").

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: in an auto-transcribed
voicemail a mis-heard name ("I shah to", "Fatty Martha") is a name and a mis-heard place ("La bay") a place, and they are
marked again where the social worker's note quotes them; a chat display name that is a spelling of a person's name
("ricoo", for Rico) is a name, while the account's username is not; "Thierno", a Fulani honorific in some families, is here
the father's first name and is a name; the Kurdish "Kak" (older brother), "dapir" (grandmother) and "daya" (mother) and the
endearments "jan" and "gyan" are kinship words; a prison called by its village's name ("contact at Styal") is the prison and
stays unmarked; an island where a relative lives (Tenerife) is a place; the French postcode "93200" is a postcode; a prison
number, an interpreting booking reference, a collar number and an exhibit reference are not marked; a pub, a shop or a
clinic with a place's name is an organisation; the Feyli, Fulani, Pulaar and Guinean community names are not places.

Self-check without the detector: `python -m bench.redaction_set131` (and tests/test_redaction_set131.py) runs set 15's checker
(which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words (before and after a
name) and countries and regions, and prints the number of documents and gold spans per kind: 24 documents, 1,036 gold spans,
590 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Hartley / Crompton family (white British), Breightmet, with a grandmother in Darcy Lever ---------------------------

HOME_A = d.Address("27 Roscow Avenue", "Breightmet", "Bolton", "BL2 6HT")
NAN_A = d.Address("8 Hacken Lane", "Darcy Lever", "Bolton", "BL3 1RZ")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Kaylan", "Hartley")], dt.date(2012, 5, 6), addresses=[HOME_A], ids=["6727297223", "M350207563297"],
       schools=["Smithills School"]),
    _p("s", "sibling", [("Ellie-Mae", "Crompton")], dt.date(2020, 2, 18), addresses=[HOME_A], ids=["6109365602"],
       schools=["Red Lane Primary School"]),
    _p("m", "mother", [("Shannon", "Hartley")], dt.date(1995, 9, 23), addresses=[HOME_A], phones=["07841 326 590"],
       ids=["JT 48 21 67 B"]),
    _p("f", "father", [("Liam", "Crompton")], dt.date(1992, 12, 1), addresses=[HOME_A], phones=["07952 604 718"]),
    _p("g", "grandparent", [("Beverley", "Hartley")], dt.date(1971, 4, 9), addresses=[NAN_A], phones=["01204 381 427"]),
    _p("p1", "professional", [("Nadia", "Ormerod")], phones=["01204 692 158"], emails=["nadia.ormerod@croalirwell.gov.uk"]),
], "c")

DOCS_A = [
    ("return home interview record after a missing episode", """CROAL IRWELL COUNCIL - CHILDREN'S SERVICES
RETURN HOME INTERVIEW (RHI) - CONFIDENTIAL
Young person: [[HARTLEY, Kaylan|name]]    DOB: [[06/05/2012|dob]]    Age: 14
Address: [[27 Roscow Avenue|address]], [[Breightmet|place]], [[Bolton|place]] [[BL2 6HT|postcode]]
School: [[Smithills School|school]], Year 10    UPN: [[M350207563297|upn]]    NHS: [[672 729 7223|nhs]]
Missing episode: from 19:40 on Friday [[13 November 2026|date]] to 02:15 on Sunday [[15 November 2026|date]] (31 hours)
Found by: GMP, at a flat on [[Chorley Old Road|address]] ([[Halliwell|place]])
Interview by: [[Nadia Ormerod|name]], Missing From Home and Exploitation Worker, [[01204 692 158|phone]]
Interview date: Tuesday [[17 November 2026|date]], 15:30, at Nan [[Bev|name]]'s house in [[Darcy Lever|place]] ([[Kaylan|name]]'s choice)

1. Where did you go?
[[Kaylan|name]] said he got the 501 into town, met "[[Dee|name]]" and "[[Brandon|name]]" outside the Interchange and went "up
[[Halliwell|place]]" to a flat belonging to "a lad called [[Rico|name]]". He would not give [[Rico|name]]'s surname but said he drives a
black Audi, reg "something like [[RX21 PLV|vehicle]]". He said he slept on a sofa there and "played the Xbox". He said he went to
[[Farnworth|place]] on the Saturday "to drop something off for [[Rico|name]]" in a taxi, and came back to the flat.

2. Who were you with?
[[Dee|name]] is [[Declan Whittle|name]], 16, from [[Tonge Fold|place]] (known to us). [[Brandon|name]] is "[[Brandon|name]] from
[[Johnson Fold|place]]"
- he does not know his second name. He mentioned a girl called [[Tegan|name]] who "lives above the chippy on [[Bury Road|address]]".

3. How did you feel? Were you harmed?
He said he was "sound" and "not bothered". When I asked about the £40 in his jacket and the two phones (the police took
one), he looked at the floor and said "I owe [[Rico|name]] now, don't I". He has a graze on his left hand and says he fell off
a wall by the [[Trinity Street|address]] bridge.

4. What would help?
He wants his mum to "stop screaming" and [[Liam|name]] (stepdad, [[Liam Crompton|name]]) to "stay out of my room". He likes being at
his nan's and says Nan [[Bev|name]] "doesn't do my head in". He would go back to boxing at the gym by Moss Bank Park if his
mate [[Jordan Heaton|name]] went too.

5. Analysis
Third missing episode since [[2 October|date]] (others: [[2-3 October|date]]; [[24 October|date]]). Pattern: Friday evenings,
found in [[Halliwell|place]] or [[Deane|place]]; new phones; cash; a taxi journey alone. Strong indicators of criminal
exploitation (county lines / "going OT"). Mother [[Shannon Hartley|name]] ([[07841 326 590|phone]]) was told of the outcome by
phone. Grandmother [[Beverley Hartley|name]] ([[01204 381 427|phone]]) is happy for him to stay with her for the weekends.

Actions: NRM referral to be discussed at MACE; share intelligence form to GMP re [[Rico|name]] and the vehicle; request
a strategy discussion; tell [[Smithills|school]] (DSL Mr [[Farrington|name]]) before Thursday [[19 November|date]].
Signed [[N. Ormerod|name]] [[17/11/2026|date]]
"""),
    ("snapchat screenshots typed up by a police officer", """GREATER MANCHESTER POLICE - EXHIBIT JH/4 - DIGITAL MEDIA SUMMARY
Typed from 14 screenshots supplied by [[Beverley HARTLEY|name]] (grandmother) on [[16/11/2026|date]] from the phone of
[[Kaylan HARTLEY|name]]. Spelling as on screen. Typed by DC [[Josh Hamer|name]] 41920.
Chat title: "[[ricoo|name]]🔥" (display name of the other user, a form of [[Rico|name]]; username ricoo_bl1 - not a name)

Screenshot 1 (Fri [[13 Nov|date]], 18:02)
[[ricoo|name]]🔥: u free 2nite or wat
[[ricoo|name]]🔥: ill send [[dee|name]] for u at the stop by [[roscow|address]]
[[Kaylan|name]]: cant me mams kicking off
[[ricoo|name]]🔥: tell her ur at [[jordan|name]]s lol

Screenshot 3 (Fri [[13 Nov|date]], 19:31)
[[Kaylan|name]]: omw. [[ellie mae|name]] is crying cos [[liam|name]] shouted
[[ricoo|name]]🔥: not my problem bro. dont bring ur phone. [[brandon|name]] has one for u

Screenshot 6 (Sat [[14 Nov|date]], 11:48)
[[ricoo|name]]🔥: taxi outside 10 mins. ur going [[farny|place]]. [[plodder lane|address]] by the garage. give it to
[[kyle|name]] ONLY
[[Kaylan|name]]: wat if its not him
[[ricoo|name]]🔥: then u ring me on the [[07458 213 967|phone]] not this
[[ricoo|name]]🔥: an dont be a rat like [[tegz|name]]

Screenshot 9 (Sat [[14 Nov|date]], 22:10)
[[Kaylan|name]]: can i go home now
[[ricoo|name]]🔥: u owe me 200 bro. the ting went missing. [[declan|name]] said u dropped it
[[Kaylan|name]]: i never
[[ricoo|name]]🔥: u know where ur nan lives yeh. [[hacken lane|address]]. dont make me come round

Screenshot 11 (Sun [[15 Nov|date]], 01:56 - a different chat, title "nan 💜")
nan 💜: [[kay|name]] where are you please baby just tell me your safe
nan 💜: ive rang the police i'm sorry
nan 💜: your mam is out looking round [[breightmet|place]] with [[carol|name]] from next door

Screenshot 14 (Sun [[15 Nov|date]], 02:09, group "lads 🏠")
[[jordan h|name]]: [[kay|name]] ur all over fb man ur nan has put ur pic up
[[Kaylan Hartley|name]]: tell her take it down
[[jordan h|name]]: she said "bring our [[kay|name]] home"

Note by DC [[Hamer|name]]: "the ting" is thought to mean a package of drugs. The second number ([[07458 213 967|phone]]) has been
passed to the intelligence unit. The username ricoo_bl1 and the chat names "nan 💜" and "lads 🏠" are not persons' names.
"""),
    ("multi-agency child exploitation panel minutes", """MULTI-AGENCY CHILD EXPLOITATION (MACE) PANEL - [[BOLTON|place]] - MINUTES
Date: Thursday [[26 November 2026|date]], 10:00-12:30, Teams and Bolton Town Hall (room 2)
Chair: DI [[Clare Lomax|name]] (GMP)
Present: [[Nadia Ormerod|name]] (Missing and Exploitation); [[Rachel Isherwood|name]] (social worker,
[[rachel.isherwood@croalirwell.gov.uk|email]]);
[[Sam Fairclough|name]] (Youth Justice); Mr [[Paul Farrington|name]] (DSL, [[Smithills School|school]]); [[Imran Patel|name]] (school
nurse);
[[Dawn Kenyon|name]] (Early Break); PC [[Lee Marsden|name]] (Neighbourhood, [[Breightmet|place]] and [[Little Lever|place]])
Apologies: [[Hayley Scowcroft|name]] (Bolton at Home)

4.1 [[Kaylan Hartley|name]] (14), [[27 Roscow Avenue|address]], [[BL2 6HT|postcode]]
[[Nadia|name]] summarised the RHI of [[17 November|date]]. [[Rachel|name]] said the strategy discussion on [[20/11/2026|date]] agreed a
section 47 enquiry; [[Kaylan|name]] is staying with his grandmother [[Beverley Hartley|name]] at [[8 Hacken Lane|address]],
[[Darcy Lever|place]] [[BL3 1RZ|postcode]] from Friday to Monday. Mother agrees. Stepfather [[Liam Crompton|name]] "not happy".

PC [[Marsden|name]]: the Audi ([[RX21 PLV|vehicle]]) is registered to a woman in [[Astley Bridge|place]]; "[[Rico|name]]" is believed to be
[[Enrico Da Silva|name]], 23, also known as "[[Ricky|name]]", last address [[Flat 9, 414 Chorley Old Road|address]]. The second
number is active in [[Farnworth|place]] and [[Kearsley|place]]. [[Declan Whittle|name]] (16) is open to Youth Justice ([[Sam|name]]).

Mr [[Farrington|name]]: attendance 61% this term; seen at the gates with an older lad in a grey Golf on [[9 November|date]]
and [[10 November|date]]; a Year 11 boy, [[Tyrese Brown|name]], says [[Kaylan|name]] "works for [[Ricky|name]]".

[[Imran|name]]: no health concerns beyond weight loss; [[Ellie-Mae|name]] ([[Ellie-Mae Crompton|name]], 6, [[Red Lane Primary|school]])
has missed
her last two dental appointments and was in the same clothes three days running (teacher Mrs [[Whitehead|name]]).

Actions
1. GMP: disruption at [[Flat 9|address]]; child abduction warning notice to [[Enrico Da Silva|name]] - PC [[Marsden|name]] by [[4/12|date]].
2. NRM referral - [[Rachel|name]], today.
3. [[Dawn|name]] (Early Break) to offer [[Kaylan|name]] sessions at his nan's; [[Sam|name]] to link with [[Declan|name]]'s worker.
4. School: a reduced timetable is NOT agreed; a mentor (Mr [[Hurst|name]]?) - correction: the mentor is [[Gaz Hurst|name]], not Mr.
5. Review at the panel on [[10 December 2026|date]].
Minutes: [[Abbie Tonge|name]], panel administrator.
"""),
    ("grandmother's handwritten notebook, scanned", """[scan of a lined notebook, 6 pages, handed in by Mrs [[Hartley|name]]
on [[1/12|date]] -
typed as written; crossings-out left out]

Sat [[14th Nov|date]]
Our [[Kay|name]] not home since Fri teatime. [[Shan|name]] rang me 11pm crying. Me and [[Carol Entwistle|name]] from
no. [[12|address]] drove round [[Breightmet|place]], the Fold, [[Tonge Moor Road|address]], [[Bury Rd|address]] shops. Nothing.
Rang police 1.30am ref given. Put his picture on the [[Little Lever|place]] and [[Breightmet|place]] community pages.

Sun [[15th|date]]
Police brought him to mine 2.40am. Grey in the face. Said he "owes". Slept in [[Jack|name]]'s old room (my
[[Jack|name]], god rest him). Gave him beans on toast he ate two lots.

Mon [[16th|date]]
Found his phone messages. Screenshotted them all like the police lady said. That [[Rico|name]] knows my road!!
Rang [[Nadia|name]] (missing lady) [[01204 692 158|phone]]. She came at 4. Nice girl.

Weds [[18th|date]]
[[Liam|name]] came to the door for [[Kay|name]]'s charger. I did not let him in. He said I was "poisoning" the lad. I said
you've not been a father to him. [[Ellie|name]] was in the car with no coat on in this weather.

Thurs [[19th|date]]
[[Kay|name]] went to school!! Mr [[Farrington|name]] rang to say. Took him in myself on the 519.

Fri [[20th|date]]
A car sat outside at 9pm, black, engine running. Took the number [[RX21 PLV|vehicle]] I think. Rang 999.
[[Kay|name]] hid in the bathroom. PC [[Lee|name]] (the tall one) came after.

Sun [[22nd|date]]
[[Shan|name]] came for Sunday dinner first time in ages with [[Ellie-Mae|name]]. Good day. [[Kay|name]] played with his sister.
Told [[Shan|name]] she can't let [[Liam|name]] near the lad when he's had a drink.

Sat [[28th|date]]
[[Kay|name]] to boxing with [[Jordan|name]] at the club. Home by 6. Asked for his tea and a hug. Praise God.

phone nos: [[Shan|name]] [[07841 326 590|phone]]   [[Nadia|name]] office [[01204 692 158|phone]]   Dr [[Rahman|name]] (surgery)
[[Carol|name]] next door [[07712 590 834|phone]]
"""),
]


# --- B. Karimi / Moradi family (Faili (Feyli) Kurdish, from Baghdad by way of Iran), Tonge Moor ---------------------------

HOME_B = d.Address("41 Thicketford Road", "Tonge Moor", "Bolton", "BL2 2LX")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Dilan", "Karimi")], dt.date(2015, 3, 2), addresses=[HOME_B], ids=["5539874013", "G350203998436"],
       schools=["Thicketford Brow Primary School"]),
    _p("s", "sibling", [("Aram", "Karimi")], dt.date(2019, 8, 14), addresses=[HOME_B], ids=["4091095534"],
       schools=["Thicketford Brow Primary School"]),
    _p("s2", "sibling", [("Rojin", "Karimi")], dt.date(2026, 6, 30), addresses=[HOME_B]),
    _p("m", "mother", [("Zahra", "Moradi")], dt.date(1990, 1, 17), addresses=[HOME_B], phones=["07867 152 309"]),
    _p("f", "father", [("Haidar", "Karimi")], dt.date(1986, 10, 5), addresses=[HOME_B], phones=["07723 918 445"],
       ids=["NP 73 05 19 C"]),
    _p("p1", "professional", [("Bethan", "Lowe")], phones=["01204 847 306"], emails=["bethan.lowe@croalirwell.gov.uk"]),
], "c")

DOCS_B = [
    ("primary school's referral to the front door", """REQUEST FOR SUPPORT / SAFEGUARDING REFERRAL - [[BOLTON|place]] INTEGRATED FRONT DOOR
Referrer: Mrs [[Joanne Sharples|name]], Designated Safeguarding Lead, [[Thicketford Brow Primary School|school]]
Tel: [[01204 578 913|phone]]    Email: [[j.sharples@thicketfordbrow.bolton.sch.uk|email]]
Date and time of referral: [[03/11/2026|date]] 11:20

CHILD 1: [[Dilan KARIMI|name]]  (F)   DOB [[02/03/2015|dob]]   Year 6   UPN [[G350203998436|upn]]   NHS [[553 987 4013|nhs]]
CHILD 2: [[Aram KARIMI|name]]  (M)   DOB [[14/08/2019|dob]]   Year 2
CHILD 3: [[Rojin|name]] (F), baby, DOB [[30/06/2026|dob]] - not at school
Address: [[41 Thicketford Road|address]], [[Tonge Moor|place]], [[Bolton|place]], [[BL2 2LX|postcode]]
Parents: [[Haidar Karimi|name]] (father) [[07723 918 445|phone]]; [[Zahra Moradi|name]] (mother) [[07867 152 309|phone]]
Language: Feyli Kurdish (Southern Kurdish) and Arabic; father some English; mother little English. Religion: Shia Muslim.
Interpreter needed: YES - NOT a family member and NOT [[Dilan|name]]

Reason for referral:
This morning at breakfast club [[Dilan|name]] had a red mark on the back of her left hand and wrist, about 6 cm, with two lines.
She told Miss [[Khatun|name]] (TA) that her "baba" hit her with a slipper because [[Aram|name]] broke the remote and she
"did not watch him". She said "it's normal, don't tell". She said her mum "is always crying and sleeping since the baby"
and that she does "the baby's milk at night" and takes [[Aram|name]] to school. She was late 14 times last half term.
[[Aram|name]] has wet himself in class three times since [[20 October|date]].

What the school has done: photographed the mark (body map attached), informed the head (Mr [[Ian Kay|name]]), rang the
father at 10:50; he said the mark was "from playing" and that he would come in. He works nights at a hand car wash on
[[Crompton Way|address]]. We have not spoken to the mother: the last time we spoke to her, [[Dilan|name]] interpreted.

Other: a cousin, [[Shilan|name]], collects the children on Wednesdays; she lives in [[Astley Bridge|place]] and is about 17.
The family came from [[Baghdad|place]] in 2019 after some years in [[Ilam|place]], Iran, and had leave to remain in 2022.
Previous: Early Help in 2023 (housing, damp). GP: Mandalay Medical Centre.

Consent: father told of the referral by phone; "OK, OK, but no police please".
Signed: [[J Sharples|name]]
"""),
    ("interpreter-mediated home visit transcribed from a three-way call", """HOME VISIT - SECTION 47 - [[41 Thicketford Road|address]]
Transcript of the interpreted conversation (telephone interpreting on speaker, recorded with consent and typed up by the
social worker on [[5 November 2026|date]]). SW = [[Bethan Lowe|name]] (social worker); INT = interpreter [[Hêro Rostami|name]]
(Feyli Kurdish / Arabic, via Sign Lingo Northern, booking ref 88-441302); M = [[Zahra Moradi|name]]; F = [[Haidar Karimi|name]].
Time: Wednesday [[4 November 2026|date]], 16:05-17:10.

SW: Thank you for seeing me. Please tell Mrs [[Moradi|name]] that I am here because of the mark on [[Dilan|name]]'s hand.
INT: [speaks Kurdish] ... She says she knows. She says "[[Dilan|name]] is my heart, she does everything".
SW: Who looks after the baby at night?
INT: She says ... sometimes [[Dilan|name]]. She says "my daughter is a good girl, she helps her daya". Daya means mother.
F: I answer. I work nights. My wife is sick, since [[Rojin|name]]. The doctor gave tablets.
SW: Mr [[Karimi|name]], the school said you hit [[Dilan|name]] with a slipper.
F: One time. One time! [[Aram|name]] broke it, the control. She must watch. In Iraq this is nothing.
SW: In England it is against the law to hurt a child like that. I need to talk about keeping [[Dilan|name]] safe.
INT: [to M, long] ... She is crying. She says her husband is not a bad man. She says in Iran they had nothing, they were
"stateless", they were Feyli from [[Baghdad|place]] who were sent out in 1980, her father was taken and never came back.
She says she has no one here. Her mother, dapir [[Fatma|name]], is in [[Ilam|place]]. Her husband's brother Kak
[[Kawa|name]] is in [[Baghdad|place]], in [[Kadhimiya|place]].
SW: Is there anyone here who can help?
F: My cousin [[Shirin|name]], in [[Astley Bridge|place]], [[Shilan|name]]'s mother. And my friend [[Yousif Al-Faili|name]] from the
mosque, on [[Eskrick Street|address]]. He helped with the housing.
SW: Can I talk to [[Dilan|name]] alone?
F: Yes, upstairs.
[SW spoke with [[Dilan|name]] in English in her bedroom, 16:40-16:55, notes separate. [[Aram|name]] and [[Rojin|name]] stayed with M.]
SW: Mrs [[Moradi|name]], would you see your GP with me about your low mood? And a health visitor can come.
INT: She says yes, but she wants a woman interpreter, and not from [[Bolton|place]], because "people talk". She asks for
[[Nazanin|name]] from last time. (Interpreter note: [[Nazanin Hosseini|name]] is a colleague at the same agency.)
F: My phone is [[07723 918 445|phone]]. Ring me, not her. Her phone, the credit finish.
SW: I will need to ring Mrs [[Moradi|name]] too. Her number is [[07867 152 309|phone]]?
INT: She says yes, that is her number, and WhatsApp on it works with wifi.

[End of call 17:10. Interpreter's own comment, asked for by the SW: the word used for hitting was "dân" ("to hit"); the
father used "once" three times. Mother's speech is Feyli with Persian words from the years in Iran.]
"""),
    ("family WhatsApp chat in Kurdish and English typed up and translated", """WhatsApp - chat "Malî [[Karimi|name]] 🏡" (family group) -
shared by [[Zahra Moradi|name]] with the social worker on
[[19/11/2026|date]] - typed up with the interpreter [[Nazanin Hosseini|name]]; Kurdish (Arabic script and Latin) with her
English translation in [square brackets]; English as typed. Contact names as saved on the mother's phone.

[[10/11/2026|date]], 21:14 - Kak [[Kawa|name]] 🇮🇶: سڵاو [[زەهرا|name]] گیان، [[دیلان|name]] چۆنە؟
[Hello dear [[Zahra|name]], how is [[Dilan|name]]?]
[[10/11/2026|date]], 21:20 - [[Dilan|name]] 💖: im fine kak [[kawa|name]] dont worry. mama is better today
[[10/11/2026|date]], 21:31 - Kak [[Kawa|name]] 🇮🇶: [[Haidar|name]] told me social service came. Why??
[[10/11/2026|date]], 21:33 - [[Haidar|name]]: هیچ نییە. [[ئارام|name]] تەلەفزیۆنەکەی شکاند
[It is nothing. [[Aram|name]] broke the TV.]
[[10/11/2026|date]], 21:40 - Dapir 🌹: [[دیلان|name]] گیان، ئاگات لە دایکت بێت
[Dear [[Dilan|name]], look after your mother.]
[[10/11/2026|date]], 21:41 - [[Zahra|name]]: no! she is child. she go school. i am ok now Dapir
[[10/11/2026|date]], 21:55 - [[Shirin|name]]: [[zahra|name]] jan i come thursday with [[shilan|name]], we take [[aram|name]] to park
[[11/11/2026|date]], 07:02 - Kak [[Kawa|name]] 🇮🇶: My number new: [[+964 770 418 2936|phone]]
[[11/11/2026|date]], 07:03 - Kak [[Kawa|name]] 🇮🇶: [[Kadhimiya|place]] house is sold. Mama [[Fatma|name]] go [[Sulaymaniyah|place]] with
[[Hawre|name]]
[[11/11/2026|date]], 07:10 - [[Hawre|name]] (cousin): [[+964 750 381 6624|phone]] this is me in [[Slemani|place]]. [[zahra|name]] ring
when you want
[[11/11/2026|date]], 08:15 - [[Dilan|name]] 💖: i have sats practice today wish me luck 📚
[[11/11/2026|date]], 08:16 - [[Zahra|name]]: ❤️ [[ديلان|name]] ❤️
[[12/11/2026|date]], 19:48 - [[Haidar|name]]: [[زهرا|name]] the social worker [[bethan|name]] come monday 3pm
[[12/11/2026|date]], 19:50 - [[Zahra|name]]: ok. [[nazanin|name]] come too?
[[12/11/2026|date]], 19:51 - [[Haidar|name]]: yes woman interpreter like you want
[[14/11/2026|date]], 12:30 - [[Shirin|name]]: we at Moss Bank. [[aram|name]] so happy 😂 he fall in the mud
[[14/11/2026|date]], 12:31 - [[Shirin|name]]: [photo omitted]

Interpreter's notes: "Dapir" (grandmother) is the saved contact of the mother's mother and is not a name; "Kak" is a
respectful word for an older brother, used for the father's brother [[Kawa|name]]; "gyan"/"jan" ("dear") is not part of a
name. [[Slemani|place]] is the Kurdish name of [[Sulaymaniyah|place]]. The name [[ديلان|name]] in the 08:16 message is typed with an
Arabic keyboard, [[دیلان|name]] with a Persian one.
"""),
    ("child and family assessment, analysis and plan", """CROAL IRWELL COUNCIL - CHILD AND FAMILY ASSESSMENT (completed
[[1 December 2026|date]])
Children: [[Dilan Karimi|name]] ([[2.3.2015|dob]]), [[Aram Karimi|name]] ([[14.8.2019|dob]]), [[Rojin Karimi|name]] ([[30.6.2026|dob]])
Address: [[41 Thicketford Road|address]], [[BL2 2LX|postcode]]    NHS ([[Aram|name]]): [[409 109 5534|nhs]]
Social worker: [[Bethan Lowe|name]], [[Bolton|place]] North Team 3, [[01204 847 306|phone]], [[bethan.lowe@croalirwell.gov.uk|email]]
Team manager: [[Gareth Seddon|name]]
Start date: [[3 November 2026|date]] (S47 concluded [[13 November 2026|date]]: substantiated, single incident; proceed as CIN)

Sources: school (Mrs [[Sharples|name]], Miss [[Khatun|name]]), GP (Dr [[Anjali Mistry|name]], Mandalay Medical Centre), health
visitor ([[Claire Haslam|name]]), both parents (interpreted: [[Hêro Rostami|name]], [[Nazanin Hosseini|name]]), [[Dilan|name]] and
[[Aram|name]] seen alone, Mrs [[Shirin Karimi|name]] (father's cousin, [[Astley Bridge|place]]), Mr [[Yousif Al-Faili|name]]
(family friend).

Family history. Both parents are Feyli (Faili) Kurds, Shia Muslims from [[Baghdad|place]]. Mrs [[Moradi|name]]'s family were
expelled to Iran in 1980 when she was not yet born; she grew up in a camp near [[Ilam|place]] and then in [[Dehloran|place]] and
had no nationality until she married. Mr [[Karimi|name]] was born in [[Kadhimiya|place]], left Iraq in 2014, and the family
came to the UK in 2019 (through [[Calais|place]]; a year in [[Barnsley|place]] under asylum dispersal). They have refugee status. The
father's brother [[Kawa Karimi|name]] and the mother's mother, Mrs [[Fatma Bakhtiari|name]], are in Iraq; a cousin, [[Hawre|name]],
is in [[Sulaymaniyah|place]].

[[Dilan|name]] (11) is bright, polite and tired. She told me she gets up twice a night for [[Rojin|name]] and that "Baba only
hit me one time, the slipper". She wants "Mama to be happy again" and to go to [[Turton School|school]] with her friend
[[Amelia|name]] in September. Her SATs practice scores are high. [[Aram|name]] (7) wets in the day when anxious; he said
"Baba shouts at Mama for sleeping". [[Rojin|name]] (5 months) is thriving (HV, [[24 November|date]]).

Mother: [[Zahra|name]] has post-natal depression; sertraline since [[12 November|date]]; she has joined a women's group at the
mosque's community hall with a Kurdish-speaking volunteer, [[Parwin|name]]. She wants English classes at [[Bolton College|school]].

Father: [[Haidar|name]] accepted that hitting [[Dilan|name]] was wrong "in this country" and has attended two sessions of a
parenting course in Arabic (run by the Women's Centre). He has changed his shifts so he is home from 6 to 8 am.

Analysis: the harm was a single incident; the larger worry is [[Dilan|name]]'s caring role. Decision: child in need plan;
young carers' assessment (the young carers' service); review on [[19 January 2027|date]].
"""),
]


# --- C. Ainsworth / Radcliffe family (white British), Little Lever, with a grandfather at Moses Gate -----------------------

HOME_C = d.Address("63 Mytham Road", "Little Lever", "Bolton", "BL3 1JG")
GRAN_C = d.Address("2 Egyptian Street", "Moses Gate", "Bolton", "BL4 7DR")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Tyler-Jay", "Radcliffe")], dt.date(2017, 7, 21), addresses=[HOME_C], ids=["6096338453", "Q350203252416"],
       schools=["Masefield Primary School"]),
    _p("s", "sibling", [("Lacey", "Ainsworth")], dt.date(2023, 4, 11), addresses=[HOME_C], ids=["4661358287"]),
    _p("m", "mother", [("Kelly", "Ainsworth")], dt.date(1997, 6, 14), addresses=[HOME_C], phones=["07539 847 221"],
       ids=["KL 26 84 30 A"]),
    _p("f", "father", [("Craig", "Radcliffe")], dt.date(1994, 2, 27), addresses=[HOME_C], phones=["07984 316 072"]),
    _p("g", "grandparent", [("Kenneth", "Ainsworth")], dt.date(1958, 11, 30), addresses=[GRAN_C], phones=["01204 381 427"]),
    _p("p1", "professional", [("Lauren", "Bury")], phones=["01204 692 158"], emails=["lauren.bury@croalirwell.gov.uk"]),
], "c")

DOCS_C = [
    ("initial child protection conference report", """REPORT OF THE SOCIAL WORKER TO THE INITIAL CHILD PROTECTION CONFERENCE
Conference: Monday [[7 December 2026|date]], 13:30, Castle Hill Centre, [[Tonge Moor|place]] (hybrid)
Children: [[Tyler-Jay RADCLIFFE|name]], DOB [[21.07.2017|dob]], [[Masefield Primary School|school]], Year 4, UPN [[Q350203252416|upn]]
          [[Lacey AINSWORTH|name]], DOB [[11.04.2023|dob]], NHS [[466 135 8287|nhs]], [[Little Acorns Day Nursery|school]] (pm only)
Home: [[63 Mytham Road|address]], [[Little Lever|place]], [[Bolton|place]] [[BL3 1JG|postcode]]
Mother: [[Kelly Ainsworth|name]], [[07539 847 221|phone]]    Father: [[Craig Radcliffe|name]], [[07984 316 072|phone]]
Author: [[Lauren Bury|name]], Social Worker, [[lauren.bury@croalirwell.gov.uk|email]]

1. Why we are here
On Saturday [[21 November 2026|date]] at 23:50 police were called by a neighbour at no. [[65|address]], Mr [[Bradley Holt|name]], who
heard screaming. PC [[Dan Ainscough|name]] found Ms [[Ainsworth|name]] with a cut lip and Mr [[Radcliffe|name]] "agitated and
under the influence". [[Tyler-Jay|name]] was on the stairs holding his sister. He told PC [[Ainscough|name]] "Dad pushed Mum into
the fridge 'cos she hid his stuff". Mr [[Radcliffe|name]] was arrested and released under investigation with bail conditions
not to attend [[Mytham Road|address]]; those ended on [[28 November|date]] when the investigation was "no further action".

2. History
Five police call-outs since March 2025 (see the chronology).
MARAC heard the case on [[15 October 2025|date]]. Ms [[Ainsworth|name]] then went with the children to her father, Mr
[[Ken Ainsworth|name]], at [[2 Egyptian Street|address]], [[Moses Gate|place]], for three weeks, and went home.

3. The children
[[Tyler-Jay|name]] ("[[TJ|name]]") is a funny, kind boy who loves Bolton Wanderers and his grandad. His teacher, Mr [[Rhys
Pendlebury|name]], says he is "on guard" on Mondays. He told me, "I listen at night so I can get [[Lacey|name]]". [[Lacey|name]] is
three; her speech is delayed and the nursery says she flinches when men raise their voices. Her key worker is [[Precious
Moyo|name]].

4. Parents
Ms [[Ainsworth|name]] says the relationship is over "this time"; she has not yet applied for a non-molestation order. She
works at the Co-op on [[Market Street|address]] in [[Little Lever|place]]. Mr [[Radcliffe|name]] accepts using cocaine "at
weekends" and says he is staying with his brother [[Dean Radcliffe|name]] in [[Radcliffe|place]] ([[Flat 3, 19 Blackburn Street|address]],
[[M26 1WG|postcode]]). He wants to see the children and says [[Kelly|name]] "winds him up". He drives a white Transit,
[[BD67 RWN|vehicle]], for his work with a roofer in [[Ainsworth|place]].

5. Recommendation
Both children to be subject to child protection plans under the category of emotional abuse. Core group within ten working
days: first meeting Thursday [[17 December 2026|date]].
[[L. Bury|name]]   [[01/12/2026|date]]
"""),
    ("chronology of significant events", """CHRONOLOGY - [[RADCLIFFE, Tyler-Jay|name]] and [[AINSWORTH, Lacey|name]]    (printed
[[02-12-2026|date]])
Date          | Event                                                                  | Source
[[14/06/2016|date]]    | [[Kelly|name]] and [[Craig|name]] begin living together at [[Flat 6, Lever Edge Lane|address]],
[[Great Lever|place]] | Mother
[[21/07/2017|date]]    | [[Tyler-Jay|name]] born, Royal Bolton Hospital, 38 weeks                            | HV record
[[03/01/2019|date]]    | Police call-out: argument, [[Craig|name]] leaves; no injuries; DASH standard            | GMP
[[08/09/2020|date]]    | Move to [[63 Mytham Road|address]] (Bolton at Home tenancy)                         | Housing
[[11/04/2023|date]]    | [[Lacey|name]] born; mother's mental health "low" (HV [[Sue Grundy|name]])                  | HV
[[22/03/2025|date]]    | Call-out: [[Craig|name]] smashes a TV; DASH medium; [[TJ|name]] rang 999 himself          | GMP
[[05/07/2025|date]]    | Call-out: neighbour ([[Bradley Holt|name]]) reports shouting; no answer at the door      | GMP
[[30/09/2025|date]]    | Call-out: [[Kelly|name]] strangled ("he had me by the throat"); DASH high              | GMP
[[15/10/2025|date]]    | MARAC; IDVA [[Shabana Akhtar|name]] allocated                                        | MARAC
[[16/10/2025|date]]-[[6/11/2025|date]] | Mother and children at grandfather's, [[Moses Gate|place]]            | IDVA
[[12/02/2026|date]]    | School: [[TJ|name]] asleep in class; says "Dad was shouting all night"                  | [[Masefield|school]]
[[19/06/2026|date]]    | [[Craig|name]] cautioned for possession (cocaine) in [[Farnworth|place]]                  | GMP
[[21/11/2026|date]]    | Call-out: pushed into fridge, cut lip; [[Craig|name]] arrested                      | GMP / PPN
[[22/11/2026|date]]    | Strategy discussion (chair [[Marcia Walsh|name]], TM); S47 agreed                     | CSC
[[28/11/2026|date]]    | NFA for [[Craig|name]]; he returns to the house at night ([[Bradley Holt|name]], no. [[65|address]])    | Neighbour
[[1/12/2026|date]]     | Grandad [[Ken|name]] rings: "she's let him back, he's there now"                     | Grandfather
"""),
    ("father's own letter to the conference", """To the child protection meeting on [[7th December|date]]

My name is [[Craig Radcliffe|name]] im [[TJ|name]] and [[Lacey|name]]s dad. I couldnt say it all in the meeting so [[Lauren|name]]
said write it down.

I know ive messed up. I am not going to sit here and say I never put hands on [[Kel|name]] because I did and im ashamed. But
I am not a monster. Since the night on the [[21st|date]] I have been at our [[Dean|name]]s in [[Radcliffe|place]] and I havent touched
anything for 2 weeks. I have been to Achieve on [[Spa Road|address]] (the drug place) twice and I have a worker called [[Mo|name]].

[[TJ|name]] is my best mate. We go the Wanderers together and we went to [[Blackpool|place]] in the summer. He rang me on my
phone [[07984 316 072|phone]] crying saying he wants his dad home. I said not yet mate. I dont want him to see what he seen
again. [[Lacey|name]] is only little she wont remember but [[TJ|name]] will.

I want to do the course for men, the one my cousin [[Jamie|name]] did in [[Wigan|place]]. I want to see the kids at my mams
(my mum is [[Christine Radcliffe|name]], [[14 Hulton Lane|address]], [[Deane|place]]) every Saturday and she will watch me.

[[Kelly|name]] dont ring me no more and the man next door ([[Brad|name]]) keeps writing on Facebook about me. I know he rang the
police. Fair enough.

Please dont take my kids. [[Ken|name]] ([[Kel|name]]s dad) hates me but he is good with them I will say that.

[[Craig|name]]
[[C Radcliffe|name]]
[[4/12/26|date]]
"""),
    ("social worker's quick phone notes typed on a mobile", """notes - [[tj|name]] / [[lacey|name]] - typed on phone in car, tidy later!!

[[3/12|date]] 09.10 rang mum [[07539 847 221|phone]] no ans. txt sent
09.40 mum rang back. says [[craig|name]] NOT back, [[ken|name]] "exaggerates". said she'd found his stuff in the bin &
"kicked it out". [[lacey|name]] has cough, nursery off today. asked re non mol - she's seeing [[shabana|name]] (idva) tmrw
11.15 school - mr [[pendlebury|name]] - [[tj|name]] in, quiet, drew a picture of "dads car at nans"? - prob means
grandad [[ken|name]]s. to check
13.30 grandad [[ken ainsworth|name]] [[01204 381 427|phone]]: says saw white van outside [[mytham rd|address]] 11pm last night, knows
the reg "[[BD67 RWN|vehicle]]". also says [[kelly|name]]s friend [[stacey|name]] who works at
the pub in [[ainsworth|place]] village told him [[craig|name]]s been in there. (she works there?)
14.05 rang PC [[ainscough|name]] re van. will check ANPR
15.20 text from [[craig|name]]: "not been near no.[[63|address]] check my phone if u want ask [[Dean|name]]". fwd to TM
16.40 [[dean radcliffe|name]] [[07712 590 834|phone]] - says [[craig|name]] at his every night, "he's kipping on my sofa mate"
17.05 TM [[marcia|name]] - agree unannounced visit tomorrow 8am w [[emma|name]] (SW2). [[lacey|name]] to be seen
"""),
]


# --- D. Diallo / Bah family (Fulani, Pulaar-speaking, from Guinea), Westhoughton, a father in Saint-Denis ---------------------

HOME_D = d.Address("19 Dobb Brow Road", "Westhoughton", "Bolton", "BL5 2AZ")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Aissatou", "Diallo")], dt.date(2013, 9, 2), addresses=[HOME_D], ids=["5868810155", "K350208942732"],
       schools=["Westhoughton High School"]),
    _p("s", "sibling", [("Mamadou", "Diallo")], dt.date(2018, 1, 10), addresses=[HOME_D], schools=["Washacre Primary School"]),
    _p("s2", "sibling", [("Fatoumata", "Diallo")], dt.date(2024, 3, 19), addresses=[HOME_D], ids=["7033571046"]),
    _p("m", "mother", [("Mariama", "Bah")], dt.date(1991, 5, 8), addresses=[HOME_D], phones=["07878 441 906"]),
    _p("f", "father", [("Thierno", "Diallo")], dt.date(1983, 12, 12), phones=["+33 6 12 47 83 90"]),
    _p("p1", "professional", [("Grace", "Hindley")], phones=["01942 813 264"], emails=["grace.hindley@croalirwell.gov.uk"]),
], "c")

DOCS_D = [
    ("FGM risk assessment with the national tool", """FEMALE GENITAL MUTILATION - RISK ASSESSMENT (Department of Health tool, girls under
18)
Completed by: [[Grace Hindley|name]], Social Worker, [[Westhoughton|place]] and [[Horwich|place]] Team ([[01942 813 264|phone]],
[[grace.hindley@croalirwell.gov.uk|email]]), with the FGM specialist nurse [[Comfort Asante|name]]
Date: [[25/11/2026|date]]    Interpreter: Mrs [[Kadiatou Sow|name]] (Pulaar/French)

Girls assessed: [[Aissatou DIALLO|name]] (DOB [[02/09/2013|dob]], UPN [[K350208942732|upn]], [[Westhoughton High School|school]], Y8) and
[[Fatoumata DIALLO|name]] ("[[Fanta|name]]", DOB [[19/03/2024|dob]], NHS [[703 357 1046|nhs]])
Also in the home: [[Mamadou DIALLO|name]] ("[[Papis|name]]", 8, [[Washacre Primary|school]])
Address: [[19 Dobb Brow Road|address]], [[Westhoughton|place]], [[BL5 2AZ|postcode]]
Mother: [[Mariama Bah|name]], [[07878 441 906|phone]] - FGM type 2 (known from maternity, Royal Bolton Hospital, 2024)
Father: [[Thierno Diallo|name]], lives in [[Saint-Denis|place]] near [[Paris|place]], [[+33 6 12 47 83 90|phone]]

Section 1: the family's country of origin - Guinea: prevalence over 95%. Ethnic group: Fulani (Peul). Region: the Fouta
Djallon; family village near [[Labé|place]]. [[Aissatou|name]] was born in [[Conakry|place]] ([[Ratoma|place]]).

Section 2: significant factors
- The paternal grandmother, Hadja [[Oumou Barry|name]], [[+224 622 48 17 35|phone]], "is asking for the girls" for the long holiday
  (July to September). Flights not yet booked (mother says).
- [[Aissatou|name]] told her form tutor, Ms [[Jade Hulton|name]], that "when I go to Guinea I become a woman, my aunty said",
  and asked whether "it hurts".
- An aunt in [[Conakry|place]], Tanti [[Hawa|name]] ([[Hawa Diallo|name]], [[+224 664 31 09 82|phone]]), sent [[Aissatou|name]] a voice note
  about "the ceremony" (heard by the interpreter; in Pulaar).
- Mother herself was cut at 7 in [[Pita|place]]; she says she does not want it for her daughters, but that "Baaba [[Thierno|name]]'s
  family decide".

Section 3: protective factors
Mother opposes FGM; [[Aissatou|name]] is doing well at school and has a trusted adult (Ms [[Hulton|name]]); the family are
Pulaar speakers in a small community (the Guinean association meets at a hall in [[Daubhill|place]]; the chair, Elhadj
[[Alpha Oumar Baldé|name]], has spoken out against FGM).

Outcome: HIGH risk for [[Aissatou|name]] and [[Fanta|name]] (planned travel, family pressure). Strategy discussion requested; an
FGM Protection Order to be considered with legal; health statement (FGM is illegal in the UK) given to mother; passports:
mother holds three Guinean passports, numbers not recorded here.
"""),
    ("health visitor's home visit record", """HEALTH VISITING SERVICE - CONTACT RECORD (SystmOne export)
Patient: [[DIALLO, Fatoumata|name]]   NHS No: [[703 357 1046|nhs]]   DOB: [[19-Mar-2024|dob]]
Contact: [[27-Nov-2026|date]] 10:00, home visit, [[19 Dobb Brow Rd|address]], [[Westhoughton|place]]
Practitioner: [[Jo Makinson|name]], Health Visitor, Westhoughton Health Centre
Present: mother ([[Mariama|name]]), [[Fanta|name]], [[Mariama|name]]'s friend [[Binta|name]] ([[Binta Jalloh|name]], from
[[Wingates|place]]) who
interpreted informally at mother's request - advised a professional interpreter for next time.

2.5-year review (late: two missed appointments in September).

Development (ASQ-3): communication 35, gross motor 60, fine motor 50, problem solving 45, personal-social 40. Speaks Pulaar and
some French; English words "no", "bye", "[[Papis|name]]" (her brother's name). Growth: weight 12.1 kg (25th), height 89 cm.
Teeth: two with decay - dental referral (community dental service).

Home: clean, warm, a bunk bed for the girls and a cot; [[Papis|name]] sleeps on the sofa. Rent arrears (£640) with the private
landlord, Mr [[Gary Hindle|name]], who texts mother daily (seen).

Safeguarding: FGM - mother repeated she will not let anyone cut [[Fanta|name]] or [[Aissatou|name]], but said "my husband's
mother is very strong". [[Binta|name]] said to me in English in the hall: "she is scared of them, they will say she is not a good
Pullo wife". Father [[Thierno|name]] last visited in August.

Plan: next contact [[11-Dec-2026|date]]; dental referral; stay-and-play at the [[Westhoughton|place]] family hub on Tuesdays; share this
record with SW [[Grace Hindley|name]].
[[J Makinson|name]] HV
"""),
    ("mother's own letter in French, with the interpreter's translation", """[Handwritten letter in French, given to the social worker on
[[2 December 2026|date]]; translated by [[Kadiatou Sow|name]]]

[[Westhoughton|place]], le [[1er décembre 2026|date]]

Madame [[Grace|name]],

Je m'appelle [[Mariama Bah|name]], la maman d'[[Aissatou|name]], de [[Mamadou|name]] et de [[Fatoumata|name]]. Je vous écris parce que
je n'arrive pas à dire tout devant les gens à la réunion.

Je ne veux pas qu'on excise mes filles. Moi on m'a fait ça à [[Pita|place]] quand j'avais sept ans et ma cousine [[Kadiatou|name]] est
morte. Mais la famille de mon mari appelle tous les jours de [[Labé|place]] et de [[Conakry|place]]. Ma belle-mère dit que si les
filles ne viennent pas cet été, mon mari va prendre une deuxième femme. [[Thierno|name]] dit "c'est la tradition, c'est pas ton
affaire". Il vit à [[Saint-Denis|place]], [[14 rue Gabriel Péri|address]], [[93200|postcode]]. Il vient deux fois par an.

J'ai donné les passeports à Madame [[Binta|name]] pour les garder. S'il vous plaît, aidez-moi pour que personne ne prenne mes
enfants. Mon numéro: [[07878 441 906|phone]].

Merci beaucoup,
[[Mariama BAH|name]]

Translation:
"[[Westhoughton|place]], [[1 December 2026|date]]. Dear [[Grace|name]], my name is [[Mariama Bah|name]], the mother of [[Aissatou|name]],
[[Mamadou|name]] and [[Fatoumata|name]]. I am writing because I cannot say everything in front of people at the meeting. I do not want
my daughters to be cut. It was done to me in [[Pita|place]] when I was seven and my cousin [[Kadiatou|name]] died. But my husband's
family ring every day from [[Labé|place]] and [[Conakry|place]]. My mother-in-law says that if the girls do not come this summer my
husband will take a second wife. [[Thierno|name]] says 'it is tradition, it is not your business'. He lives in [[Saint-Denis|place]],
[[14 rue Gabriel Péri|address]], [[93200|postcode]]. He comes twice a year. I have given the passports to Madame [[Binta|name]] to keep.
Please help me so that nobody takes my children. My number: [[07878 441 906|phone]]. Thank you very much, [[Mariama BAH|name]]."
Translator's note: "Madame" is a courtesy title; "belle-mère" is mother-in-law. The cousin [[Kadiatou|name]] is not the
translator.
"""),
    ("duty line voicemail transcripts", """DUTY LINE - VOICEMAILS TRANSCRIBED (auto-transcription, checked by the duty SW
[[Priya Chauhan|name]], [[4/12/2026|date]])

VM 1 - 07:52 - from [[+33 6 12 47 83 90|phone]]
"Yes hello this is [[Thierno Diallo|name]], the father of [[I shah to|name]] and [[Fatty Martha|name]]. Somebody from the
[[Bolton|place]] social service ring my wife about the passport. This is not your business. My daughters they are going to see
their grandmother in [[La bay|place]] only for holiday. Call me back." [transcription: "[[I shah to|name]]" = [[Aissatou|name]]; "[[Fatty
Martha|name]]" = [[Fatoumata|name]]; "[[La bay|place]]" = [[Labé|place]]]

VM 2 - 09:14 - from [[07411 952 637|phone]]
"Hi, it's [[Jade Hulton|name]] from [[Westhoughton High|school]], [[Aissatou|name]]'s form tutor. She's come to me this morning
upset because her dad rang her last night and said she's going in July whether her mum likes it or not. She's in the
library with Mrs [[Okafor|name]]. Can someone ring me back on this number, it's my work mobile."

VM 3 - 11:40 - from [[07878 441 906|phone]]
"Hello, [[Mariama|name]], [[Mariama Bah|name]]. Please, please call. [[Aissatou|name]] father call her. I am scared. I am at home,
[[Dobb Brow|address]]. My friend [[Binta|name]] is here."

VM 4 - 13:05 - from withheld
"Good afternoon, PC [[Sam Lever|name]], [[Westhoughton|place]] neighbourhood team, collar 19044. Ringing about [[Aissatou Diallo|name]],
date of birth [[second of September twenty thirteen|dob]]. We've had a call from the school. Ring the control room and ask
for me."

VM 5 - 15:30 - from [[07960 127 348|phone]]
"Hello, it is Mrs [[Binta Jalloh|name]] from [[Wingates|place]]. I have the passports of [[Mariama|name]] in my house. I will give to
the police if it helps. My address [[7 Chequerfield Drive|address]]. OK bye bye."

Action ([[P. Chauhan|name]]): passed to [[Grace Hindley|name]] and the team manager; strategy discussion booked for 15:00 today.
"""),
]


# --- E. Makin / Chorley family (white British), Horwich, with a father in Blackrod ---------------------------------------------

HOME_E = d.Address("11 Fleet Street", "", "Horwich", "BL6 6EQ")
DAD_E = d.Address("30 Greenhalgh Street", "", "Blackrod", "BL6 5DZ")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Sky", "Makin")], dt.date(2011, 8, 29), addresses=[HOME_E], ids=["7188193789", "D350209627388"],
       schools=["Rivington and Blackrod High School"]),
    _p("s", "sibling", [("Alfie", "Makin")], dt.date(2015, 6, 3), addresses=[HOME_E], ids=["4538645117"],
       schools=["Lord Street Primary School"]),
    _p("m", "mother", [("Gemma", "Makin")], dt.date(1987, 3, 4), addresses=[HOME_E], phones=["07805 219 473"],
       emails=["gemmamakin87@hotmail.co.uk"]),
    _p("sf", "stepfather", [("Wesley", "Chorley")], dt.date(1984, 10, 22), addresses=[HOME_E], phones=["07377 540 691"]),
    _p("f", "father", [("Ryan", "Holden")], dt.date(1986, 7, 7), addresses=[DAD_E], phones=["07722 815 064"]),
    _p("p1", "professional", [("Owen", "Tattersall")], phones=["01204 847 306"], emails=["owen.tattersall@croalirwell.gov.uk"]),
], "c")

DOCS_E = [
    ("CAMHS clinic letter after an urgent assessment", """[[Bolton|place]] CAMHS - Horwich Clinic
[[Owen Tattersall|name]]
Social Worker, [[Westhoughton|place]] and [[Horwich|place]] Team
by secure email: [[owen.tattersall@croalirwell.gov.uk|email]]

Date: [[30 November 2026|date]]
Re: [[Sky MAKIN|name]], DOB [[29/08/2011|dob]], NHS [[718 819 3789|nhs]]
[[11 Fleet Street|address]], [[Horwich|place]], [[BL6 6EQ|postcode]]

Dear Mr [[Tattersall|name]],

I saw [[Sky|name]] with her mother, Ms [[Gemma Makin|name]], on Friday [[27 November|date]] after her attendance at Royal Bolton Hospital
A&E on [[25/11/2026|date]] with cuts to her left forearm needing steri-strips.

[[Sky|name]] is 15 and in Year 11 at [[Rivington and Blackrod High School|school]]. She describes low mood since the summer, poor
sleep and cutting "about once a week" since October half term. She told me, alone, that she had been talking
since August on Discord to "[[Kez|name]]", who says he is 19 and lives in [[Leyland|place]], that he asked for pictures and that
she sent two. She said he "understands me better than anyone" and that he told her to cut "to feel something". She gave
me his display name, "[[Kieran|name]]", and said his username is "k.zz.x" (not a name). She is frightened that her stepdad,
Mr [[Wes Chorley|name]], will "go mad".

She also said her dad, [[Ryan Holden|name]], in [[Blackrod|place]], "doesn't bother anymore" since his new baby.

Her brother [[Alfie|name]] (11) found her in the bathroom on [[24 November|date]] and got his mum. Ms [[Makin|name]] told me
[[Alfie|name]] has not slept well since.

Plan: weekly sessions with me for six weeks; a safety plan agreed (copy to school: Mrs [[Hannah Lord|name]], DSL); a referral to
the police about "[[Kez|name]]" by you, as agreed by phone; Kooth and Papyrus HOPELINE information given.

Yours sincerely,
Dr [[Simran Bhatti|name]]
Consultant Child and Adolescent Psychiatrist
cc: Dr [[Eccles|name]], Brazley Medical Practice; [[Gemma Makin|name]] ([[gemmamakin87@hotmail.co.uk|email]])
"""),
    ("Discord messages photographed and typed up", """Typed from photographs of [[Sky|name]]'s laptop screen taken by [[Gemma Makin|name]]
on [[28/11/2026|date]] (handed to PC
[[Aaron Lowe|name]], [[Horwich|place]] neighbourhood team). Server "💀 night crew 💀"; direct messages. Display names first.

[[Kieran|name]] — [[23/10/2026|date]] 23:41
ur so pretty [[sky|name]] tbh way prettier than the girls in [[leyland|place]]
skyyy_m — [[23/10/2026|date]] 23:43
stoppp 🙈
[[Kieran|name]] — [[23/10/2026|date]] 23:50
where do u live again. [[horwich|place]]? near the stadium?
skyyy_m — [[23/10/2026|date]] 23:51
ye near [[lee lane|address]]. by the chippy
[[Kieran|name]] — [[07/11/2026|date]] 01:12
did u do it yet. the thing i said. u'll feel better i promise
skyyy_m — [[07/11/2026|date]] 01:20
ye. its bleeding a lot
[[Kieran|name]] — [[07/11/2026|date]] 01:21
good girl. dont tell [[gemma|name]] or [[wes|name]]. they dont get u like i do
skyyy_m — [[15/11/2026|date]] 18:02
my brother [[alf|name]] nearly saw
[[Kieran|name]] — [[15/11/2026|date]] 18:05
send me a pic of u now. proper one
[[Kieran|name]] — [[15/11/2026|date]] 18:40
ill come up on the train to [[blackrod|place]] and meet u at ur dads lol
skyyy_m — [[15/11/2026|date]] 18:44
hes not even in. hes at [[toni|name]]s with the baby
[[Kieran|name]] — [[22/11/2026|date]] 02:03
call me on this then [[07451 093 286|phone]] not discord. delete this

PC [[Lowe|name]]'s note: the Discord username of "[[Kieran|name]]" is k.zz.x; [[Sky|name]]'s is skyyy_m (handles, not names). The
"stadium" is the Toughsheet Community Stadium (Bolton Wanderers). The number has been sent for subscriber checks.
"""),
    ("child in need review meeting minutes", """CHILD IN NEED REVIEW - [[Sky Makin|name]] and [[Alfie Makin|name]]
Held: Wednesday [[2 December 2026|date]], 16:00, at the family home, [[11 Fleet St|address]], [[Horwich|place]]
Chair: [[Owen Tattersall|name]] (SW)
Present: [[Gemma Makin|name]] (mother); [[Wesley Chorley|name]] (stepfather); [[Sky|name]] (first 20 minutes); Mrs [[Hannah Lord|name]]
(DSL, [[Rivington and Blackrod|school]]); Mr [[Tom Greenhalgh|name]] (Year 6 teacher, [[Lord Street Primary|school]]);
[[Niamh Wood|name]] (school nurse, [[0300 303 2471|phone]])
Not present: [[Ryan Holden|name]] (father), invited by letter to [[30 Greenhalgh Street|address]], [[Blackrod|place]] [[BL6 5DZ|postcode]];
he rang [[Owen|name]] on [[07722 815 064|phone]] to say he had work.

1. [[Sky|name]]'s views. [[Sky|name]] said she is "embarrassed everyone knows". She has blocked "[[Kieran|name]]" and given her
phone to the police. She wants to see her dad "but at Nan [[Pat|name]]'s" (Mr [[Holden|name]]'s mother,
[[Pat Holden|name]], in [[Adlington|place]]), "not with [[Toni|name]]". She does not want to move
schools. She asked for her art GCSE piece to be finished at home on Thursdays.

2. School. Mrs [[Lord|name]]: attendance 88%; a place on the Thursday art club; a mentor, Miss [[Summer Hope|name]]. The
pastoral team have noticed [[Sky|name]] sitting with a Year 13 girl, [[Chloe Pilling|name]], who "has a car".

3. [[Alfie|name]]. Mr [[Greenhalgh|name]]: [[Alfie|name]] is tired, anxious and asked "is [[Sky|name]] going to die". A referral to the
Emotional Health and Wellbeing service is agreed. [[Alfie|name]] says [[Wes|name]] is "all right, he does my football".

4. Home. Mr [[Chorley|name]] (lorry driver, away Mon-Wed) accepted he shouted at [[Sky|name]] when he heard. [[Gemma|name]] is
locking away knives and paracetamol. The family went up Rivington Pike together on Sunday [[29 November|date]] "for the first time
in years".

5. Police. PC [[Aaron Lowe|name]] reported by email that the number was linked to a man of 34 in [[Chorley|place]], arrested on
[[1 December 2026|date]] for inciting a child to self-harm and to make indecent images.

Plan: continue CIN; CAMHS weekly; review [[20 January 2027|date]].
"""),
    ("mother's email to the social worker", """From: [[Gemma Makin|name]] <[[gemmamakin87@hotmail.co.uk|email]]>
Sent: [[03 December 2026|date]] 23:14
To: [[Owen Tattersall|name]] <[[owen.tattersall@croalirwell.gov.uk|email]]>
Subject: Re: review yesterday + [[Sky|name]]s dad

Hi [[Owen|name]],

Sorry its late, cant sleep. Thanks for yesterday, [[Wes|name]] said you were fair which is a first for him lol.

Couple of things I forgot. [[Ryan|name]] texted [[Sky|name]] tonight saying he'll take her to Nan [[Pat|name]]s in [[Adlington|place]] on
Sunday. Fine by me but he has let her down loads. His number is [[07722 815 064|phone]] if you want it again. His girlfriend
[[Toni|name]] ([[Toni Kay|name]]) has put on Facebook that I'm a bad mum. Can you tell him to stop it.

Also [[Alfie|name]]s teacher Mr [[Greenhalgh|name]] rang, they want to do something called ELSA with Mrs [[Rothwell|name]]. Is that
ok? And he wants to go on the residential to [[Patterdale|place]] on the [[18th|date]] - [[19th|date]] March, is that ok with
everything going on?

Last thing - the police lady said "[[Kez|name]]" is actually from [[Chorley|place]] not [[Leyland|place]] and has been doing it to
other girls. I feel sick. My mate [[Leanne|name]] who works at the Co-op on [[Lee Lane|address]] says he used to live on
[[Winter Hey Lane|address]]. Is he going to get bail? [[Sky|name]] keeps asking.

Thanks for everything honestly
[[Gem|name]] x

Sent from my iPhone
"""),
]


# --- F. Fletcher / Leigh family (white British), kinship care with a grandmother in Kearsley; a mother in HMP Styal -----------

HOME_F = d.Address("5 Springfield Road", "Kearsley", "Bolton", "BL4 8HF")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Bobby", "Fletcher")], dt.date(2019, 10, 2), addresses=[HOME_F], ids=["7811424061", "M350201885052"],
       schools=["Spindle Point Primary School"]),
    _p("s", "sibling", [("Maisie", "Fletcher")], dt.date(2022, 1, 15), addresses=[HOME_F], ids=["4922728767"]),
    _p("m", "mother", [("Chantelle", "Fletcher")], dt.date(1990, 8, 16)),
    _p("g", "grandparent", [("Maureen", "Leigh")], dt.date(1961, 2, 24), addresses=[HOME_F],
       phones=["07969 430 257", "0161 794 3820"], ids=["WL 51 38 22 D"]),
    _p("p1", "professional", [("Kirsty", "Doherty")], phones=["01204 578 913"], emails=["kirsty.doherty@croalirwell.gov.uk"]),
], "c")

DOCS_F = [
    ("special guardianship assessment, part B", """SPECIAL GUARDIANSHIP ASSESSMENT (Part B - the applicant) - CROAL IRWELL COUNCIL KINSHIP
TEAM
Applicant: Mrs [[Maureen LEIGH|name]]    DOB: [[24/02/1961|dob]]    NI: [[WL 51 38 22 D|ni]]
Address: [[5 Springfield Road|address]], [[Kearsley|place]], [[Bolton|place]] [[BL4 8HF|postcode]]
Tel: [[0161 794 3820|phone]] (home), [[07969 430 257|phone]] (mobile)
Children: [[Bobby FLETCHER|name]] (DOB [[02/10/2019|dob]], NHS [[781 142 4061|nhs]], UPN [[M350201885052|upn]],
[[Spindle Point Primary|school]])
          [[Maisie FLETCHER|name]] (DOB [[15/01/2022|dob]], NHS [[492 272 8767|nhs]], [[Tiny Steps Nursery|school]], [[Farnworth|place]])
Assessor: [[Kirsty Doherty|name]], Senior Practitioner, [[kirsty.doherty@croalirwell.gov.uk|email]], [[01204 578 913|phone]]
Visits: [[6 October|date]], [[13 October|date]], [[27 October|date]], [[10 November|date]] and [[24 November 2026|date]]

1. Background. [[Bobby|name]] and [[Maisie|name]] have lived with their maternal grandmother since [[18 March 2026|date]], when
their mother, [[Chantelle Fletcher|name]], was remanded and then sentenced at Bolton Crown Court to 3 years 4 months for
supplying class A drugs. She is at HMP Styal. Their fathers are not involved: [[Bobby|name]]'s father, [[Jason Ward|name]], lives
in [[Leigh|place]] and has not seen him since 2021; [[Maisie|name]]'s father is not named on her birth certificate (mother
says "[[Dec|name]] from [[Walkden|place]]").

2. Mrs [[Leigh|name]]'s history. [[Maureen|name]] was born in [[Farnworth|place]] and worked for 31 years at the cotton mill and
then at a care home in [[Little Hulton|place]]. She brought up four children mostly alone after her husband, [[Frank Leigh|name]],
died in [[Walkden|place]] in 2004. She says she "made mistakes" with [[Chantelle|name]], her youngest, who was excluded from
[[Harper Green|school]] at 14 and went into a children's home in [[Swinton|place]]. Her other children: [[Lisa|name]] ([[Lisa Marsh|name]],
[[Atherton|place]]), [[Gary|name]] (in [[Tenerife|place]], [[+34 622 418 097|phone]]) and [[Darren|name]] (died 2019).

3. Health. Type 2 diabetes and osteoarthritis of both knees; GP (Dr [[Okonjo|name]], Kearsley Medical Centre) says she is fit
to care "with support". She does not drive; her neighbour [[Jimmy|name]] at no. [[7|address]] takes them to the prison.

4. Partner. Mr [[Tony Greenhalgh|name]] (DOB [[3 July 1958|dob]]) stays three nights a week; DBS clear. He has a conviction
from 1989 (drink driving). [[Bobby|name]] calls him "Grandad [[Tony|name]]".

5. The children's wishes. [[Bobby|name]] said "I want to live at Nana's for ever and ever and see Mummy at the big house".
[[Maisie|name]] calls her grandmother "Nanny [[Mo|name]]".

Recommendation: a special guardianship order to Mrs [[Leigh|name]], with a support plan (financial allowance, therapeutic
support for [[Bobby|name]], contact at Styal monthly).
"""),
    ("shopkeeper's witness statement to the police", """WITNESS STATEMENT (CJ Act 1967, s.9; MC Act 1980, s.5B)
Statement of: [[Arif HUSSAIN|name]]    Age: over 18    Occupation: shopkeeper
This statement (consisting of 2 pages each signed by me) is true to the best of my knowledge and belief.

I own and run [[Hussain|name]]'s Convenience Store at [[212 Market Street|address]], [[Farnworth|place]], [[BL4 7NS|postcode]], with my
brother [[Tariq|name]]. I have known Mrs [[Maureen Leigh|name]] for about twenty years. She comes in most days. I know her
grandchildren, [[Bobby|name]] and the little one, [[Maisie|name]].

On Saturday [[28th November 2026|date]] at about 4.15pm Mrs [[Leigh|name]] was in the shop with both children. A man came in who I
know as "[[Shaggy|name]]". I believe his real name is [[Shaun Kershaw|name]]; he lives on [[Peel Street|address]] in
[[Farnworth|place]]. He used to come in with the children's mother, [[Chantelle|name]], last year.

He went up to Mrs [[Leigh|name]] at the till and said "[[Chan|name]] owes us two grand and you're paying it, granny". He said
"I know where [[Bobby|name]]'s school is." [[Bobby|name]] started crying. Mrs [[Leigh|name]] said "get out of my face". He knocked the
box of crisps off the counter and walked out and got into a silver Corsa, I think the registration was [[YF18 MZU|vehicle]],
driven by a young woman with blonde hair.

My CCTV covers the till and the door. I have given a copy on a USB stick to PC [[Kerry Ince|name]] (exhibit AH/1).

I did not know the woman in the car. A customer, Mrs [[Pearson|name]] from the flats, also saw it.

Signed: [[A Hussain|name]]          Dated: [[29/11/2026|date]]
Statement taken by: PC 21877 [[Kerry Ince|name]], [[Farnworth|place]] and [[Kearsley|place]] Neighbourhood Policing Team
"""),
    ("email a prisoner messages and the prisoner's handwritten replies", """Emails sent through the prison email service and the replies
handwritten on the reply sheets, copied by Mrs
[[Leigh|name]] for the assessor and typed up by [[K Doherty|name]] on [[2/12/2026|date]].

To: [[FLETCHER, Chantelle|name]]   Prison number: A8842CK   HMP Styal
From: [[Maureen Leigh|name]]       [[20/11/2026|date]]
Hiya love. Kids are fine. [[Bobby|name]] got star of the week for his reading. [[Maisie|name]] had a cold but shes
better. The social worker [[Kirsty|name]] came again, shes nice. She wants to know if you'll agree to the SGO. Please say yes
[[Chan|name]], its the best for them. Visit booked for [[5th Dec|date]]. Love Mum xx

Reply (handwritten, received [[26/11/2026|date]]):
Mum, tell [[Bobby|name]] im proud of him!! Tell [[Maisie|name]] mummy loves her to the moon. I will sign the SGO thing but I
want them to know I am there mum. Dont let [[Shaun|name]] or any of them lot near the kids. If [[shaggy|name]] comes round ring
the police I mean it. I owe him nothing. Ask [[Lisa|name]] to send me some money for canteen. Love you all
[[Chantelle|name]] xxxxx

From: [[Maureen Leigh|name]]       [[29/11/2026|date]]
[[Chan|name]] that [[Shaun|name]] came in [[Arif|name]]s shop yesterday and frightened the kids. Police have it on camera. Dont
worry. [[Tony|name]] is staying every night now till its sorted. [[Gary|name]] rang from [[Tenerife|place]] and says hes coming home for
Christmas!!

Reply (handwritten, received [[3/12/2026|date]]):
Mum im so sorry this is all my fault. I told my offender manager (Mrs [[Dunne|name]]) everything. [[Bobby|name]]s
dad [[Jason|name]] wrote to me from [[Leigh|place]] asking about the kids which is a joke. Dont answer him. See you Saturday

[[C.
Fletcher|name]]
"""),
    ("team manager's supervision record", """SUPERVISION RECORD - case discussion
Supervisee: [[Kirsty Doherty|name]]    Supervisor: [[Mark Pilkington|name]], Team Manager, Kinship Team
Date: [[04/12/2026|date]]
Case: [[Bobby Fletcher|name]] and [[Maisie Fletcher|name]], [[5 Springfield Rd|address]], [[Kearsley|place]]

Discussion: [[Kirsty|name]] updated on the threat in [[Hussain|name]]'s shop on [[28/11|date]] (witness statement of Mr
[[Arif Hussain|name]]
seen). [[Shaun Kershaw|name]] has been arrested and bailed not to contact Mrs [[Leigh|name]] or go to [[Springfield Road|address]] or
[[Spindle Point|school]]; the school (Mrs [[Amanda Tong|name]], head) has his photo. [[Kirsty|name]] is worried that Mrs
[[Leigh|name]] is exhausted and that [[Bobby|name]] is wetting the bed since the incident. [[Tony Greenhalgh|name]] is now staying
nightly; reflective discussion about whether he should be assessed as a joint applicant. [[Kirsty|name]] has a sense that
[[Chantelle|name]] is frightened of the people she owes and may have been exploited herself.

Also discussed: the paternal family of [[Bobby|name]] - [[Jason Ward|name]] in [[Leigh|place]]; his mother, Mrs [[Brenda Ward|name]],
[[16 Bedford Street|address]], [[Leigh|place]] [[WN7 4LU|postcode]], rang the office on [[1/12|date]] asking to be assessed too.

Actions:
1. Add a safety plan to the SGO support plan (lock change, a Ring doorbell; the police to mark the address) - [[Kirsty|name]], by
[[11/12|date]].
2. Viability assessment of Mrs [[Brenda Ward|name]] - allocate to [[Ade|name]] ([[Adebayo Ogunleye|name]]), by [[18 December|date]].
3. Refer [[Chantelle|name]] to the prison's safeguarding lead for an NRM consideration - [[Mark|name]].
4. The school nurse to see [[Bobby|name]] about the wetting.
Next supervision: [[8 January 2027|date]].
[[M. Pilkington|name]] / [[K. Doherty|name]]
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 131 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 14:38 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "hhj", "nurse", "sister",
           "our", "me", "my", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "grandpa", "mum", "mummy",
           "mam", "mama", "dad", "daddy", "baba", "aunty", "auntie", "uncle", "kak", "kaka", "dapir", "daya", "xala", "khala",
           "mme", "madame", "madam", "monsieur", "tanti", "tata", "tonton", "hadja", "elhadj", "baaba", "neene", "néné"}
_AFTER = {"jan", "gyan", "gian", "senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "greater manchester",
               "lancashire", "the north west", "north west", "iraq", "iran", "kurdistan", "guinea", "guinée", "france",
               "the fouta djallon", "fouta djallon", "spain", "the canaries", "europe", "africa"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name: "Kak Kawa",
# "dapir Fatma", "Tanti Hawa", "Hadja Oumou Barry", "Elhadj Alpha Oumar Baldé", "Baaba Thierno", "Madame Binta", "Nanny Mo";
# and after one: "zahra jan") and countries and regions ("Iraq", "Iran", "Kurdistan", "Guinea", "France", "the Fouta Djallon").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
