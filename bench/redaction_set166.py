"""Set 166: a held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or bench/redaction_set167.py
to redaction_set169.py and their tests (written by other helpers at the same time), that did not run the detector or any bench
script that runs it, that ran no git command, and that looked at no detector output. What was read: bench/redaction_set21.py and
tests/test_redaction_set21.py (the layout and marking conventions followed here), the docstrings of bench/redaction_set7.py to
redaction_set165.py (printed alone, and searched for towns, estates and communities, to see which earlier sets used as a family's
home), the `_party`, `Records` and `HandSet` helpers and the module docstring of bench/redaction_handwritten.py, and the ruff
settings in pyproject.toml. No earlier set's body was read or searched beyond set 21's. Phone numbers were checked with the
phonenumbers library, NHS numbers made with their mod-11 check digit and UPNs with python-stdnum, in small snippets. The record
constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records.
Nobody may tune the detector on this set: it is to be scored once, after the detector's current round of changes. If a mistake
in the gold marking is found after scoring, correct only the marking and say so here.

Six families in west Suffolk, in Bury St Edmunds and Haverhill, each from a town, district or estate no earlier set's docstring
names as a family's home (Bury St Edmunds is named by none; Haverhill only for the Chalkstone estate, so this set uses the
Clements estate and the new Great Wilsey Park). Four of the kinds most common in children's social care: a white British mother
on the Mildenhall Road estate in Bury St Edmunds with a grandmother in Great Barton and a father lately out of prison
(Bloomfield / Rutterford; neglect, a boy of 10 feeding his sister of 6 and taking food from a shop, a mother's drinking, domestic
abuse, an initial child protection conference), a white British family on the Howard estate in Bury St Edmunds with a father in
Stowmarket (Sparrow / Catchpole / Fenn; a boy of 14 drawn into a county line to Tottenham, found missing in London, a mother's
partner's violence, a grandmother who holds the tenancy and writes her own letter), a white British family on the Clements
estate in Haverhill with a father in Withersfield and a grandfather in Linton (Linton / Hart; a baby, an autistic boy of 8, a
mother's low mood, a father's drinking, a new man in the house, child in need) and a kinship care family on the Westley estate
in Bury St Edmunds with a mother in Ipswich (Last / Mulley; a girl of 5 found alone at night after her mother's overdose, a
grandmother and step-grandfather as connected carers, a mother's ex-partner at the door). Two from communities no earlier set's
docstring names: an American US Air Force family (a technical sergeant stationed at RAF Lakenheath) living off base on Moreton
Hall, Bury St Edmunds, with grandmothers in San Antonio and Austin, Texas (Delgado / Price; a stepfather who grabbed a girl of 14
by the neck, self-harm, a base Family Advocacy referral, a no-contact order, a mother whose visa hangs on the posting, American
dates and spelling), and a Tamang family from Nepal (Nepali and Gurkha families appear in earlier sets; Tamang families do not)
on Great Wilsey Park, Haverhill, with a grandmother in Dhading Besi and an uncle in Boudha, Kathmandu (Tamang / Lama; a girl of 13
as a young carer kept off school on Fridays while her mother works nights and her father works away; Nepali in Devanagari
script, a Bikram Sambat date). 24 documents, half plain professional recording (a social worker's case note of an unannounced
home visit, an initial child protection conference report, a chronology, strategy meeting minutes, a base Family Advocacy
Program referral memorandum, a single assessment extract, child in need review minutes, a health visitor's record entry, an
initial home visit record with a telephone interpreter, a school attendance officer's letter, a kinship viability assessment and
a family group conference plan) and half the other writing a case file holds (a mother's Messenger chat typed up from a police
phone download, a supermarket manager's handwritten incident note scanned and OCR'd, a grandmother's handwritten letter, a
neighbour's anonymous online form, a girl's iMessage thread typed up by an American school counselor, a counselor's email chain,
a father's late-night voice note transcribed, a social worker's notes typed fast on a phone, a mother's letter in Nepali with a
translation, a community WhatsApp group export, a grandmother's diary, and a contact supervisor's tablet form).

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street names
may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the phonenumbers
library), UK and foreign (the United States, Nepal); NHS numbers and UPNs (LA number 935, Suffolk) pass their check digits; NI
numbers have a valid format. The council (Lark Vale) is invented, and so are the pre-schools and nurseries (Tiny Acorns, Little
Owls), Abbotsfield Primary School, Helions Walk, Falcon Close and Beetons Way; towns, villages, districts, estates, real schools,
the air base, NHS bodies, hospitals, GP surgeries, the prison, police forces, housing associations, charities, shops, brands,
apps, festivals (Lhosar), clubs and landmarks are real or plausible and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode, place,
school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, ranks, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, PC, DC,
DS, Mr., Mrs., Ms., TSgt, MSgt, SSgt, Lt Col, Maj., Nan, Nanny, Grandma, Mum, and the Nepali didi, dai, ji and aama) stay outside
the name span, before or after the name ("Sonam didi", "Ang Dorje dai", "Sabitri ji", "Grandma Tam", "Nanny Mo"); a possessive
's, a bare s ("Tyler"s nan, "Harrison"s) and a Nepali case ending written onto a name ("निमा"लाई, "हेभरहिल"मा) stay outside;
every person's name is a name in every form, record or not. "SURNAME, First" is one span ("BLOOMFIELD, Stacey", "CATCHPOLE,
Tyler", "TAMANG, Dolma", "DELGADO-PRICE, Aaliyah N."), and so are "SURNAME First" ("MULLEY Jade") and "SURNAME, First" with an
initial; a first name with an initial after it ("ELLIS M", "Aaliyah D-P") is one span; a name, an address, a place, a school or a
date broken by a line break is one span holding the break; lower-case names and places in messages and phone notes are marked
("jordan", "kay", "craig fenn", "howard", "thetford", "sudbury"); display names that are a person's name or nickname ("Shell",
"Kenz") are names, contacts saved under other words ("Unc T", "Bossman") are not, and "[[Kirsty]] step" marks only the name; a
street address is one span, its town a place and its postcode a postcode; a street named without a number, a neighbour's bare
house or flat number ("no. 21", "no 9", "Flat 6") and an address abroad ("4418 Rigsby Avenue", San Antonio, with its ZIP code
"78222" as a postcode; "Ward 4, Nilkantha", Dhading Besi) are addresses; towns, cities, villages, districts and estates are
places at home or abroad and in any script ("Mildenhall Road estate", "Howard estate", "Clements", "Great Wilsey Park",
"Broadwater Farm", "हेभरहिल", "धादिङ", "लन्डन"); countries, states, counties and regions are not ("Nepal", "Texas", "texas", "the
States", "Suffolk", "Cambs", "England"); organisations are not marked even when they hold a town's or a person's name (West
Suffolk Hospital, Ipswich Hospital, Haverhill Family Practice, Haverhill Family Hub, Haverhill Arts Centre, Moreton Hall
Community Centre, Joint Base San Antonio-Lackland, Wilford Hall, RAF Lakenheath, HMP Highpoint, Angel Hill Surgery, Mount Farm
Surgery, Ipswich Town, Greene King); a school's name is a school, and so is its short form and a nursery's or pre-school's name
("KEGS", "Westley", "Coupals\nPrimary", "Lakenheath HS", "Tiny Acorns", "Little Owls"); a date of birth is dob, any other
calendar date with a day is date (a weekday before it stays outside) in any format (American month-first "11/17/2026", "Nov
14", "December 2, 2026", "25-Nov-2026", "17.11.26", OCR'd "2l/11/26"), and the bare day in a list or a diary line ("2", "9",
"the 20th", "12th") is a date span of its own; months and years alone are not marked; pets' names (Nelson) are not names;
parks, the Arc shopping centre and other landmarks stay unmarked; a surname or first name that is also a word or a town is
marked by what it refers to (Clare, Linton, Sudbury, Robin, Summer, Last, Skye and Frost are names when they are people, and
Clare, Linton and Sudbury are places when they are places); names in Devanagari script ("डोल्मा तामाङ", "सोनम", "जोई") are
names.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: OCR errors are marked as
the words they stand for ("Mi1denhall Rd" an address, "2l/11/26" a date), but a month alone misread ("0ctober") stays
unmarked; a county line's name ("Wolf") and a gang nickname that names no one in particular are not names, but a person's street
name ("Tank") is; a school's US military post address ("Unit 5185, APO AE 09464") is an address, like a school's street address
("Chalkstone Way"); an American ZIP code is a postcode; a Nepali Bikram Sambat date with a day ("२०८३ मंसिर ५", "5 Mangsir 2083")
is a date; the community's name used as a people or a language would not be a name, but the family's surname Tamang is one, so
the documents avoid using the word for the people to keep every use a name; a WhatsApp sender shown only as a phone number is a
phone; "the Clements end" of Haverhill marks the estate as a place; a crime reference, an exhibit number and an interpreter's
ID number are not marked.

Self-check without the detector: `python -m bench.redaction_set166` (and tests/test_redaction_set166.py) runs set 15's checker
(which runs the checkers of the sets before it) on this set, adds this set's titles and kinship words (before and after a name)
and counties, states and countries, and prints the number of documents and gold spans per kind: 24 documents, 1,016 gold spans,
594 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Bloomfield / Rutterford family (white British), Mildenhall Road estate, Bury St Edmunds --------------------------

HOME_A = d.Address("19 Ridley Road", "Mildenhall Road estate", "Bury St Edmunds", "IP32 6EJ")
NAN_A = d.Address("4 Livermere Road", "", "Great Barton", "IP31 2RZ")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Kayden", "Rutterford")], dt.date(2016, 6, 3), addresses=[HOME_A], ids=["4959465360", "D935002980615"],
       schools=["Sebert Wood Primary School"]),
    _p("s", "sibling", [("Lacey-Mae", "Bloomfield")], dt.date(2020, 9, 21), addresses=[HOME_A], ids=["7395236467"]),
    _p("m", "mother", [("Stacey", "Bloomfield")], dt.date(1995, 2, 14), addresses=[HOME_A], phones=["07812 403 596"],
       ids=["JT 48 21 66 B"]),
    _p("f", "father", [("Jordan", "Rutterford")], dt.date(1993, 10, 8), addresses=[HOME_A], phones=["07935 218 447"]),
    _p("g", "grandparent", [("Carol", "Bloomfield")], dt.date(1968, 4, 2), addresses=[NAN_A], phones=["01284 763 519"]),
    _p("p1", "professional", [("Hannah", "Mortlock")], phones=["01284 352 887"], emails=["hannah.mortlock@larkvale.gov.uk"]),
], "c")

DOCS_A = [
    ("social worker's case note of an unannounced home visit", """CASE NOTE - unannounced home visit
Child(ren): [[Kayden RUTTERFORD|name]] (DOB [[03/06/2016|dob]]), [[Lacey-Mae BLOOMFIELD|name]] (DOB [[21/09/2020|dob]])
Address: [[19 Ridley Road|address]], [[Bury St Edmunds|place]] [[IP32 6EJ|postcode]] (the [[Mildenhall Road estate|place]])
Date of visit: Tuesday [[17 November 2026|date]], 16:05-16:50      Worker: [[Hannah Mortlock|name]], SW, Lark Vale Children's Services

Purpose: to see the children alone after the school's call on [[16/11|date]] about [[Kayden|name]] coming in with no coat and
"nothing in his tummy since Friday".
Present: [[Stacey Bloomfield|name]] (mother), both children, and a friend of [[Stacey|name]]'s, [[Gemma Wix|name]], who lives in
[[Flat 6|address]] over the road and left soon after I came.
[[Jordan|name]] ([[Jordan Rutterford|name]], [[Kayden|name]]'s dad) was not in; [[Stacey|name]] said he was "at his mate's in
[[Moreton Hall|place]]" and would be back for tea.

Home: front door opened by [[Kayden|name]]. Smell of cannabis in the hall. Kitchen: two bin bags split on the floor, no milk or bread,
a bottle of cider half drunk on the side at 16:05. The cot in [[Lacey-Mae|name]]'s room had no sheet. Heating on, warm.
[[Kayden|name]] showed me his room on his own: a mattress, his Switch and a poster of Ipswich Town. He said "Mum sleeps a lot" and that
he makes "[[Lacey|name]]" her cereal "with water when there's no milk". He said [[Jordan|name]] "shouts but doesn't hit" and that his
nan ([[Carol|name]]) in [[Great Barton|place]] gives him tea on Wednesdays.
[[Lacey-Mae|name]] was in a vest and wet pants; [[Stacey|name]] changed her when I asked.

[[Stacey|name]] said she is "on top of it", the money went on the electric key, and the food bank at St John's is "shameful".
She agreed to a referral to the family support worker ([[Aimee Pettit|name]]) and to me ringing [[Carol|name]] on
[[01284 763 519|phone]]. I rang [[Carol Bloomfield|name]] from the car at 17:00: she said she would take the children for the weekend
of [[21-22 November|date]] and that "[[Stace|name]] has been like this since [[Jordan|name]]'s been back".

Plan: joint visit with the health visitor ([[Ruth Frost|name]]) on [[24/11/2026|date]]; discuss with my manager ([[Neil Bonnett|name]])
whether the threshold for a strategy discussion is met.
[[H. Mortlock|name]] [[17.11.26|date]]
Addendum [[18.11.26|date]]: [[Gemma Wix|name]] rang the duty line ([[01284 352 887|phone]]) to say [[Kayden|name]] had been at her flat
on the evening of Sunday the [[15th|date]] until 9pm "because [[Jordan|name]] and his mate [[Darren|name]] were round". She said
[[Kayden|name]] told her his mum was "at the [[Nowton|place]]
end with [[Ryan|name]]" - not known. [[Gemma|name]]'s mobile: [[07540 881 236|phone]]. She asked not to be named to [[Stacey|name]].
Checked with [[Sebert Wood|school]]: [[Kayden|name]] arrived at 09:40 on Monday [[16
November|date]] with no PE kit; his class teacher, Mr [[Alderton|name]], gave him toast at breakfast club.
"""),
    ("mother's Messenger chat with her sister, typed up by police from a phone download", """SUFFOLK CONSTABULARY - DIGITAL EXTRACT
(typed up, relevant messages only)
Device: Samsung A14 belonging to [[BLOOMFIELD, Stacey|name]]   Exhibit: KL/4     Extract by: DC [[Kirsty Lummis|name]] 2204
Thread: Messenger, "[[Shell|name]] 💕" ([[Michelle Bloomfield|name]], sister, [[Stowmarket|place]])

[[28/11/2026|date]] 22:14 [[Shell|name]]: u ok babe? mum said [[jordan|name]] kicked off again
[[28/11/2026|date]] 22:16 [[Stacey|name]]: hes took my bank card and the car keys. hes at [[darren|name]]s in [[howard|place]]
[[28/11/2026|date]] 22:16 [[Stacey|name]]: [[kayden|name]] saw it all again
[[28/11/2026|date]] 22:19 [[Shell|name]]: come here tonight? i can get [[lee|name]] to come get u
[[28/11/2026|date]] 22:20 [[Stacey|name]]: cant the socials will say im running. shes coming tues [[hannah|name]]
[[28/11/2026|date]] 22:21 [[Shell|name]]: tell her then!! tell her about the hole in the door
[[28/11/2026|date]] 22:35 [[Stacey|name]]: he said if i tell [[hannah|name]] he will take [[kay|name]] to his mums in
[[thetford|place]] and i wont see him
[[29/11/2026|date]] 07:02 [[Shell|name]]: did he come back
[[29/11/2026|date]] 07:40 [[Stacey|name]]: yeh 3am. [[lacey|name]] woke up screaming. hes asleep now
[[29/11/2026|date]] 07:41 [[Stacey|name]]: his car is outside [[AU19 KXF|vehicle]] so hes not took it
[[29/11/2026|date]] 09:15 [[Shell|name]]: im ringing nan. [[Carol|name]] will have them x
[[29/11/2026|date]] 09:30 [[Stacey|name]]: dont. mum will go mad at me not him

Note by DC [[Lummis|name]]: "[[jordan|name]]" is [[Jordan RUTTERFORD|name]], DOB [[08/10/1993|dob]]; "[[kayden|name]]"/"[[kay|name]]"
is [[Kayden|name]], "[[lacey|name]]" is
[[Lacey-Mae|name]]; "[[hannah|name]]" is the social worker, [[Hannah Mortlock|name]]. "[[darren|name]]" is believed to be
[[Darren Gant|name]] of
[[Hollow Road|address]]. The vehicle is registered to [[Rutterford|name]]. Crime ref 37/71822/26.
"""),
    ("initial child protection conference report", """LARK VALE COUNCIL - REPORT TO INITIAL CHILD PROTECTION CONFERENCE
Date of conference: [[10 December 2026|date]], 10:00, West Suffolk House (Room 2) and Teams
Children: [[Kayden Rutterford|name]], born [[3 June 2016|dob]], [[Sebert Wood Primary School|school]] (UPN [[D935002980615|upn]],
NHS [[495 946 5360|nhs]]); [[Lacey-Mae Bloomfield|name]], born [[21 September 2020|dob]], NHS [[739 523 6467|nhs]]
Parents: [[Stacey Bloomfield|name]] (mother, NI [[JT 48 21 66 B|ni]], [[07812 403 596|phone]]); [[Jordan Rutterford|name]] (father,
[[07935 218 447|phone]])
Author: [[Hannah Mortlock|name]], Social Worker      Team Manager: [[Neil Bonnett|name]]      Chair: [[Fiona Kerridge|name]]

1. Why we are here. Since [[14 September 2026|date]] the school has raised nine concerns about [[Kayden|name]]'s hunger, clothes
and lateness; on [[28 November|date]] police attended [[19 Ridley Road|address]] after a neighbour at [[no. 21|address]] (Mr [[Peck|name]])
heard a child screaming and a door being kicked; a hole in the bedroom door was seen by PC [[Sam Ostler|name]].
2. The children's lived experience. [[Kayden|name]] (10) says he "keeps watch" at night. He is late most days because he walks
[[Lacey-Mae|name]] to [[Tiny Acorns|school]] nursery on [[Mildenhall Road|address]] first. [[Lacey-Mae|name]] (6) has had three ear
infections and missed two hearing appointments at West Suffolk Hospital.
3. The family. [[Stacey|name]] grew up in [[Great Barton|place]] and on the [[Howard estate|place]]; her mother [[Carol Bloomfield|name]]
of [[4 Livermere Road|address]], [[Great Barton|place]] [[IP31 2RZ|postcode]] is the children's main support. [[Jordan|name]]'s mother,
Mrs [[Jean Rutterford|name]], lives in [[Thetford|place]]. [[Jordan|name]] left prison (HMP Highpoint) on [[2 October 2026|date]].
4. Analysis. The worry is neglect, made worse by the mother's drinking and by domestic abuse since [[Jordan|name]]'s release.
Strengths: [[Carol|name]]; [[Kayden|name]]'s teacher Mr [[Alderton|name]]; [[Stacey|name]]'s honesty at the last visit.
5. Recommendation: plans under the category of neglect for both children.

Invited: [[Stacey Bloomfield|name]]; [[Jordan Rutterford|name]]; [[Carol Bloomfield|name]] (with [[Stacey|name]]'s consent); Mrs
[[Leah Cornish|name]] (head teacher, [[Sebert Wood|school]]); [[Ruth Frost|name]] (HV, [[01284 713 940|phone]]); PC [[Sam Ostler|name]];
[[Aimee Pettit|name]] (family support); Dr [[Patel|name]] (GP, Angel Hill Surgery, report only); [[Jo Kemp|name]] (Turning Point,
for [[Stacey|name]]'s drinking); [[Mandy|name]] from [[Tiny Acorns|school]] (report only).
Previous addresses: [[Flat 2, 7 Cornwallis Court|address]], [[Bury St Edmunds|place]] [[IP33 2HF|postcode]] (to March 2022); [[31
Queens Road|address]], [[Thetford|place]] (with [[Jordan|name]]'s mother, 2019-2020).
"""),
    ("supermarket store manager's handwritten incident note, scanned and OCR'd", """STORE INCIDENT REP0RT - Co-op,
[[Mi1denhall Rd|address]], [[Bury St Edmunds|place]]
Date: [[2l/11/26|date]]   Time: approx 19.4O   Compieted by: [[Dave Kettle|name]] (Store Manager)
Staff involved: [[Kelly|name]] (till 2), [[Mo Ahmed|name]] (security)

What happened: A boy aged about 10, known to staff as "[[Kay|name]]" ([[Kayden|name]]), came in on his
own with a small girl (5-6?) in pyjamas. He took 2 x bread, ham, a pint of milk and Calpol and went to
leave without paying. [[Mo|name]] stopped him at the door. He cried and said "my mum is asleep and
my sister hasnt had tea". He gave his address as [[Ridley
Road|address]] but not the number. I did not call police. [[Kelly|name]] paid for the food from the
staff tips jar (£6.85).
I rang the number the boy gave for his nan ([[01284 763 519|phone]]). A lady, [[Carol|name]], said she
would come from [[Gt Barton|place]] and she did at 20.15, in a silver Corsa ([[EY68 TZN|vehicle]]).
She said "not again" and "I'll be ringing [[Hannah|name]]".
Other: This is the 3rd time since 0ctober ... Mrs [[Nunn|name]] from the flats (regular) said
she sees the kids out late "all the time".
Signed [[D. Kettle|name]]     Area manager ([[Paula Sillitoe|name]]) informed [[22/11|date]].
"""),
]

# --- B. Sparrow / Catchpole family (white British), the Howard estate, Bury St Edmunds -----------------------------------

HOME_B = d.Address("8 Aldridge Walk", "Howard estate", "Bury St Edmunds", "IP32 6LB")
DAD_B = d.Address("22 Crown Street", "", "Stowmarket", "IP14 1PX")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Catchpole")], dt.date(2011, 12, 30), addresses=[HOME_B], ids=["7238655942", "T935002179186"],
       schools=["King Edward VI School"]),
    _p("s", "sibling", [("Summer", "Sparrow")], dt.date(2015, 5, 9), addresses=[HOME_B], ids=["6185379317", "Z935002771088"],
       schools=["Howard Primary School"]),
    _p("m", "mother", [("Leanne", "Sparrow")], dt.date(1989, 1, 17), addresses=[HOME_B], phones=["07466 391 820"]),
    _p("o", "other", [("Craig", "Fenn")], dt.date(1986, 7, 25), addresses=[HOME_B], phones=["07521 884 307"], ids=["NP 63 04 19 C"]),
    _p("f", "father", [("Shaun", "Catchpole")], dt.date(1987, 3, 11), addresses=[DAD_B], phones=["07984 126 553"]),
    _p("g", "grandparent", [("Pat", "Sparrow")], dt.date(1960, 8, 19), addresses=[HOME_B], phones=["01284 701 226"]),
    _p("p1", "professional", [("Oliver", "Steward")], phones=["07708 342 917"], emails=["oliver.steward@larkvale.gov.uk"]),
], "c")

DOCS_B = [
    ("chronology of significant events", """CHRONOLOGY - [[Tyler CATCHPOLE|name]] ([[30.12.2011|dob]]) and [[Summer SPARROW|name]]
([[09.05.2015|dob]])
Compiled by [[Oliver Steward|name]] (SW) for the pre-proceedings meeting, [[3 December 2026|date]]. Sources: LCS, police, school.

[[12.03.2019|date]]  Police: [[Leanne Sparrow|name]] assaulted by [[Shaun Catchpole|name]] at [[14 Queens Road|address]],
[[Stowmarket|place]].
             [[Tyler|name]] (7) rang 999. NFA.
Jul 2021?   - date not known. [[Leanne|name]] moves with the children to her mother [[Pat Sparrow|name]]'s house,
             [[8 Aldridge Walk|address]], [[Howard estate|place]], [[IP32 6LB|postcode]].
[[05.01.2023|date]]  [[Craig Fenn|name]] moves in. PNC: previous DA with an ex-partner in [[Newmarket|place]] (MARAC, 2020).
[[18.10.2024|date]]  [[Howard Primary|school]]: [[Summer|name]] (9) says "[[Craig|name]] pushed Mummy into the
             telly". Referral; single assessment closed [[02.12.2024|date]] (mother "separated" from [[Craig|name]]).
[[27.06.2025|date]]  [[Craig|name]] seen at the house by PCSO [[Lyndsey Rolph|name]] - the separation was not real.
[[09.09.2026|date]]  [[Tyler|name]] starts Year 10 at [[King Edward VI|school]] ("[[KEGS|school]]"); absent 31% since.
[[4/10/26|date]]     [[Tyler|name]] arrested with two older youths ([[Reece Gladwell|name]], 19, and "[[Tank|name]]") in the
             Arc car park with cannabis and £340; NRM referral; the county line "Wolf" ([[Tottenham|place]] to [[Bury|place]]).
[[11 Oct 2026|date]] [[Pat|name]] rings the front door: a man in a black Golf ([[WP20 ZHB|vehicle]]) waits outside for [[Tyler|name]].
[[23/10/2026|date]]  [[Tyler|name]] missing 41 hours; found in [[Tottenham|place]] by the Met at [[Broadwater Farm|place]].
[[06/11/2026|date]]  Strategy meeting (see minutes). [[Shaun|name]] ([[22 Crown Street|address]], [[Stowmarket|place]]
[[IP14 1PX|postcode]])
             asks for [[Tyler|name]] to live with him.
[[13/11/2026|date]]  [[Summer|name]] tells Mrs [[Rolfe|name]] (school nurse) that [[Craig|name]] "chucked" [[Tyler|name]]'s phone in the
             bath and that her friend [[Maisie-Rose Dyer|name]]'s mum won't let her come round any more.
[[20/11/2026|date]]  [[Tyler|name]] moves to [[Shaun|name]] and his partner [[Kirsty Baldry|name]] in [[Stowmarket|place]]; starts at
             [[Stowmarket High|school]] (managed move) on [[30/11|date]]. [[Shaun|name]]'s number: [[07984 126 553|phone]].
[[2/12/2026|date]]   Anonymous online report (see record) re [[Craig|name]] and [[Summer|name]].
"""),
    ("grandmother's handwritten letter to the social worker", """[[8 Aldridge Walk|address]]
[[Bury|place]]
Sunday [[15th Nov|date]]

Dear Mr [[Steward|name]] ([[Oliver|name]]),

I am writing because I cant say it in front of [[Leanne|name]] or that [[Craig|name]]. I am [[Tyler|name]]s nan and I have had him and
[[Summer|name]] since they were little when she come back from [[Stowmarket|place]], it is my house, my name on the tenancy.
That man has been back since July whatever she tells you. He smashed my glass cabinet on the [[31st October|date]] and said if
I rang anyone he would put me in a home. My neighbour [[Brenda|name]] at [[number 10|address]] heard it all.
[[Tyler|name]] is not a bad boy. He goes with them older lads because [[Craig|name]] makes him feel like nothing. Them lads
come for him in a car, one is called [[Reece|name]], I know his mother [[Tina Gladwell|name]] from bingo at the Rugby Club.
[[Summer|name]] sleeps in with me now.
[[Shaun|name]] is no angel but he never touched the kids and his new partner [[Kirsty|name]] is lovely. If [[Tyler|name]] has
to go anywhere let it be [[Stowmarket|place]] not a home miles away. My phone is [[01284 701 226|phone]] in the mornings only
as I am at my cleaning job in the afternoons.

Yours sincerely
[[Patricia Sparrow|name]] (Mrs) - [[Pat|name]]
"""),
]
DOCS_B += [
    ("strategy meeting minutes", """STRATEGY MEETING (s47) - MINUTES
Child: [[CATCHPOLE, Tyler|name]]  DOB [[30/12/2011|dob]]  NHS [[723 865 5942|nhs]]  UPN [[T935002179186|upn]]
Sibling: [[SPARROW, Summer|name]]  DOB [[09/05/2015|dob]]  NHS [[618 537 9317|nhs]]  UPN [[Z935002771088|upn]]
Date: Friday [[6 November 2026|date]], 14:00, Teams       Chair: [[Neil Bonnett|name]] (TM)      Minutes: [[Chloe Askew|name]]
Present: [[Oliver Steward|name]] (SW); DS [[Mark Vincent|name]] (Suffolk Police, Child Exploitation); [[Jo Bugg|name]] (DSL,
[[King Edward VI School|school]]); [[Amrit Sandhu|name]] (YJS); [[Beth Rolfe|name]] (school nurse, [[Howard Primary|school]])
Apologies: Dr [[Imogen Leigh|name]] (GP, Mount Farm Surgery) - report sent.

1. Information shared
DS [[Vincent|name]]: [[Tyler|name]] was found on [[24/10|date]] in a flat on [[Adams Road|address]], [[Tottenham|place]], with
[[Reece Gladwell|name]] ([[14/02/2007|dob]]) of [[Ickworth Drive|address]], [[Bury St Edmunds|place]]. Phone seized; contacts saved as
"Unc T", "Bossman" and "[[Kirsty|name]] step". The black Golf [[WP20 ZHB|vehicle]] is linked to [[Dwayne Osei-Mensah|name]], 24, of
[[Haverhill|place]]. [[Tyler|name]]'s line phone: [[07449 017 385|phone]].
[[Jo Bugg|name]]: [[Tyler|name]] sleeps in lessons, has new trainers and a second phone. Friend [[Alfie Cracknell|name]] (Year 10)
told his tutor "[[Ty|name]] owes them".
[[Oliver|name]]: [[Leanne|name]] ([[07466 391 820|phone]]) minimises; [[Craig Fenn|name]] ([[07521 884 307|phone]], NI
[[NP 63 04 19 C|ni]]) is living at the house. [[Pat|name]] supports a move to [[Shaun|name]] in [[Stowmarket|place]].
[[Amrit|name]]: NRM decision pending; [[Tyler|name]] to report to YJS at [[Bury|place]] on Mondays (to be checked)
2. Decision: s47 for both children. Joint visit [[9 November|date]]. Disruption: CAWN for [[Gladwell|name]] and [[Osei-Mensah|name]].
3. [[Summer|name]]'s voice: "I want [[Craig|name]] gone and Nanny to stay."
"""),
    ("neighbour's anonymous online report through the council website form", """Report a concern about a child - online form (submitted
[[02/12/2026|date]] 23:47)
Q1 Child's name (if known): [[tyler|name]] and [[summer|name]], the nans name is [[pat|name]]
Q2 Child's address: [[Aldridge Walk|address]] the one with the blue door, [[howard estate|place]]
Q3 Postcode (if known): [[IP32 6LB|postcode]]
Q4 What is your concern? the man there [[craig fenn|name]] was screaming at the girl at 10pm in the garden and threw a bike at
the fence. the boy [[tyler|name]] gets picked up by lads in cars most nights, last night a white van ([[YK17 RMU|vehicle]]). my
kids hear it all. the mum [[leanne|name]] is scared of him. ive seen the nan [[pat|name]] crying at the bus stop by the shops.
Q5 Your name (optional): [left blank]
Q6 Your phone (optional): [left blank]
Q7 Anything else: there was a fight on saturday? no - friday night. and please dont tell them it was me from [[no. 12|address]]

-- Front door triage note ([[03/12/2026|date]], [[Lucy Gooderham|name]], MASH): linked to open case, [[Oliver Steward|name]] informed.
"""),
]
# --- C. Delgado / Price family (American, US Air Force), Moreton Hall, Bury St Edmunds ------------------------------------

HOME_C = d.Address("16 Beetons Way", "Moreton Hall", "Bury St Edmunds", "IP32 7AJ")
ABUELA_C = d.Address("4418 Rigsby Avenue", "", "San Antonio", "78222")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Aaliyah", "Delgado-Price")], dt.date(2012, 8, 27), addresses=[HOME_C], ids=["4065447399"],
       schools=["Lakenheath High School"]),
    _p("s", "sibling", [("Mateo", "Delgado")], dt.date(2020, 3, 4), addresses=[HOME_C], ids=["5755155402", "K935002010808"],
       schools=["Abbotsfield Primary School"]),
    _p("m", "mother", [("Brianna", "Delgado")], dt.date(1991, 11, 19), addresses=[HOME_C], phones=["07392 615 048"],
       emails=["bri.delgado91@gmail.com"]),
    _p("f", "stepfather", [("Marcus", "Delgado")], dt.date(1988, 5, 6), addresses=[HOME_C], phones=["07853 290 614"]),
    _p("g", "grandparent", [("Rosa", "Delgado")], dt.date(1962, 1, 30), addresses=[ABUELA_C], phones=["+1 210 648 3390"]),
    _p("g2", "grandparent", [("Tamara", "Price")], dt.date(1970, 6, 15), phones=["+1 512 394 2871"]),
    _p("p1", "professional", [("Rachel", "Goymer")], phones=["07577 460 129"], emails=["rachel.goymer@larkvale.gov.uk"]),
], "c")

DOCS_C = [
    ("base Family Advocacy Program referral letter to children's services", """DEPARTMENT OF THE AIR FORCE
48th Medical Group, Family Advocacy Program, RAF Lakenheath

MEMORANDUM FOR Lark Vale Council Children's Services (MASH), attn: [[Rachel Goymer|name]]
FROM: [[Jennifer M. Okafor|name]], LCSW, Family Advocacy Treatment Manager
DATE: [[November 19, 2026|date]]
SUBJECT: Referral - [[DELGADO-PRICE, Aaliyah N.|name]] (DOB [[08/27/2012|dob]]) and [[DELGADO, Mateo J.|name]] (DOB [[03/04/2020|dob]])

1. The family lives off base at [[16 Beetons Way|address]], [[Moreton Hall|place]], [[Bury St Edmunds|place]] [[IP32 7AJ|postcode]].
Sponsor: TSgt [[Marcus A. Delgado|name]], 48th Component Maintenance Squadron, cell [[07853 290 614|phone]]. Spouse:
[[Brianna Delgado|name]], cell [[07392 615 048|phone]], [[bri.delgado91@gmail.com|email]].
2. On [[November 16|date]] the school counselor at [[Lakenheath High School|school]] (Ms.
[[Dana Whitlock|name]]) reported cuts to [[Aaliyah|name]]'s forearms and a disclosure that her stepfather "grabbed my neck" on
[[Nov 14|date]] during an argument about her phone. [[Aaliyah|name]] is Mrs. [[Delgado|name]]'s daughter from a previous
relationship; her father, [[Tyrell Price|name]], lives in [[Killeen|place]].
3. A Central Registry Board incident is open. TSgt [[Delgado|name]] has been issued a no-contact order by his commander
(Lt Col [[Greg Hanlon|name]]) and is in dormitory housing on base from [[11/17/2026|date]] until further notice.
4. The family moved here from Joint Base San Antonio-Lackland in May 2025 (PCS); the maternal grandmother, Mrs.
[[Tamara Price|name]], is in [[Austin|place]] ([[+1 512 394 2871|phone]]) and the paternal grandmother, Mrs. [[Rosa Delgado|name]], at
[[4418 Rigsby Avenue|address]], [[San Antonio|place]] [[78222|postcode]] ([[+1 210 648 3390|phone]]).
5. Point of contact: the undersigned, [[jennifer.okafor.3@us.af.mil|email]].

[[JENNIFER M. OKAFOR|name]], LCSW

cc: Lt Col [[Greg Hanlon|name]], 48 CMS/CC; Maj. [[Erin Bostick|name]] (JAG); First Sergeant MSgt [[Luis Carranza|name]];
Security Forces investigator SSgt [[Kyle Brandt|name]]; [[Dana Whitlock|name]] ([[Lakenheath HS|school]])
Note: the family's POV is a grey Ford Explorer, UK plate [[GX22 WLD|vehicle]]; Mrs. [[Delgado|name]] drives [[Mateo|name]] to
[[Abbotsfield Primary School|school]] daily.
"""),
    ("a girl's iMessage thread with her best friend, typed up by the school counselor", """Screenshots brought in by [[Aaliyah|name]]
on [[11/16/26|date]], typed up by [[D. Whitlock|name]] (Counselor). Contact shown as
"[[Kenz|name]] 🦋" = [[Mackenzie Boyd|name]] (grade 8, lives on base at Lakenheath).

Fri, [[Nov 13|date]] 9:48 PM
[[Kenz|name]]: did u ask him about the game on sat
[[Aaliyah|name]]: no hes in one of his moods. mom says stay in my room
[[Kenz|name]]: come to mine. my mom can get u at the gate
Sat, [[Nov 14|date]] 11:02 PM
[[Aaliyah|name]]: he took my phone and grabbed me by the neck against the fridge. [[mateo|name]] was crying
[[Aaliyah|name]]: im on my ipad. dont tell ANYONE
[[Kenz|name]]: [[aaliyah|name]] that is not ok!!! tell ms [[whitlock|name]] monday
[[Aaliyah|name]]: if he gets in trouble we get sent back to texas and mom loses everything
[[Kenz|name]]: ur grandma [[tam|name]] would have u tho? in [[austin|place]]
[[Aaliyah|name]]: shes in a 1 bed. and i have to look after [[teo|name]]
Sun, [[Nov 15|date]] 1:17 AM
[[Aaliyah|name]]: i did it again. the arm. its fine
[[Kenz|name]]: call me. or ill tell my dad
[[Aaliyah|name]]: ok ok. monday i promise
"""),
]
DOCS_C += [
    ("single assessment extract: the child's world and the analysis", """SINGLE ASSESSMENT (extract) - [[Aaliyah Delgado-Price|name]]
([[27/08/2012|dob]], NHS [[406 544 7399|nhs]]) and
[[Mateo Delgado|name]] ([[04/03/2020|dob]], NHS [[575 515 5402|nhs]], UPN [[K935002010808|upn]])
Assessor: [[Rachel Goymer|name]], SW      Started [[20/11/2026|date]]     Authorised: [[Neil Bonnett|name]] [[4/12/2026|date]]

Who is in the family. [[Brianna|name]] ("[[Bri|name]]", 35) grew up in [[Killeen|place]], married [[Marcus|name]] in 2019 in
[[San Antonio|place]]; [[Mateo|name]] was born at Wilford Hall. [[Aaliyah|name]] has seen her father [[Tyrell|name]] twice since
she was seven. The family came to England with the Air Force; they have no relatives nearer than the States. Friends: the
[[Boyds|name]] on base, and a neighbour, [[Sue Mothersole|name]] at [[no. 18|address]], who minds [[Mateo|name]] after
[[Abbotsfield Primary|school]].

What [[Aaliyah|name]] says. She misses [[Austin|place]] and "Grandma [[Tam|name]]" (her grandmother, Mrs [[Price|name]]).
She says [[Marcus|name]] is "strict, military strict", that he checks her phone and her location on Life360, and that on the
night of [[14 November|date]] he held her by the throat "for like five seconds". She cuts to "make the noise stop".
What [[Mateo|name]] says (age 6, with his drawing): "Daddy was loud and [[Ali|name]] was crying." He calls his sister "[[Ali|name]]".
What [[Brianna|name]] says: she did not see it, she was in the shower; [[Marcus|name]] "would never"; she is frightened of being
sent home if he loses his job, because her visa depends on his orders.

Analysis. The risk is physical harm and coercive control by [[Marcus Delgado|name]]; the strength is [[Brianna|name]]'s care of
[[Mateo|name]] and her wish to keep [[Aaliyah|name]] safe. [[Aaliyah|name]] is seeing CAMHS from [[8 December|date]].
"""),
    ("school counselor's email chain with the council", """From: [[Dana Whitlock|name]] <[[dana.whitlock@dodea.edu|email]]>
Sent: Wednesday, [[December 2, 2026|date]] 3:12 PM
To: [[Rachel Goymer|name]] <[[rachel.goymer@larkvale.gov.uk|email]]>
Cc: [[Jennifer Okafor|name]]
Subject: RE: [[Aaliyah D-P|name]] - attendance and safety plan

Hi [[Rachel|name]],
[[Aaliyah|name]] has been in all week. She rides the bus from the [[Moreton Hall|place]] stop, which means she leaves home at 6:40;
the bus monitor (Mr. [[Hector Ruiz|name]]) says she sits alone. She saw the nurse on [[11/30|date]] -
the cuts are healing. She asked me whether her grandma could call the school: Mrs. [[Price|name]] rang from [[Austin|place]] at 7 am
our time on [[12/1|date]] and was lovely. I've attached the updated safety plan.
Best, [[Dana|name]]
[[Dana Whitlock|name]], M.Ed. | School Counselor | [[Lakenheath High School|school]], [[Unit 5185, APO AE 09464|address]]

-----Original Message-----
From: [[Rachel Goymer|name]]
Sent: [[01 December 2026|date]] 09:30
To: [[Dana Whitlock|name]]
Subject: [[Aaliyah D-P|name]] - attendance and safety plan

Dear [[Dana|name]], thank you. [[Marcus|name]] remains on base; [[Brianna|name]] has agreed he will not come to [[Beetons Way|address]]
until the strategy review on [[10 December|date]]. Please ring me on [[07577 460 129|phone]] if [[Aaliyah|name]] is absent or
mentions [[Marcus|name]] contacting her. [[Rachel|name]]
"""),
]

# --- D. Linton / Hart family (white British), Clements estate, Haverhill ---------------------------------------------------

HOME_D = d.Address("11 Helions Walk", "Clements estate", "Haverhill", "CB9 8DZ")
DAD_D = d.Address("2 Church Street", "", "Withersfield", "CB9 7SF")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Bailey", "Linton")], dt.date(2018, 2, 12), addresses=[HOME_D], ids=["6616341224", "G935002523454"],
       schools=["Clements Primary Academy"]),
    _p("s", "sibling", [("Robin", "Linton-Hart")], dt.date(2025, 10, 1), addresses=[HOME_D], ids=["7992174399"]),
    _p("m", "mother", [("Clare", "Linton")], dt.date(1999, 12, 5), addresses=[HOME_D], phones=["07311 584 902"]),
    _p("f", "father", [("Ashley", "Hart")], dt.date(1997, 4, 22), addresses=[DAD_D], phones=["07895 663 271"],
       ids=["JK 22 85 70 A"]),
    _p("p1", "professional", [("Megan", "Clarke")], phones=["01440 714 395"], emails=["megan.clarke@larkvale.gov.uk"]),
    _p("p2", "professional", [("Nicola", "Haylock")], phones=["07418 209 736"], emails=["nicola.haylock@nhs.net"]),
], "c")
DOCS_D = [
    ("child in need review meeting minutes", """CHILD IN NEED REVIEW - MINUTES
Children: [[Bailey LINTON|name]] ([[12/02/2018|dob]], UPN [[G935002523454|upn]]) and [[Robin LINTON-HART|name]] ([[01/10/2025|dob]])
Date/venue: [[26 November 2026|date]], 15:30, Haverhill Family Hub (the [[Clements|place]] end)       Chair and SW: [[Megan Clarke|name]]
Present: [[Clare Linton|name]] (mother); [[Ashley Hart|name]] ([[Robin|name]]'s father, by phone); [[Nicola Haylock|name]] (HV);
Mrs [[Julie Sudbury|name]] (SENCo, [[Clements Primary Academy|school]]); [[Tom Linton|name]]
(maternal grandfather, who lives in [[Linton|place]], Cambs)

1. Progress since [[17/09|date]]. [[Clare|name]] has moved [[Robin|name]]'s cot out of the damp room; the landlord (Havebury)
fixed the window on [[3 November|date]]. [[Bailey|name]]'s attendance is up from 78% to 91%. [[Bailey|name]] now has an EHC needs
assessment under way (autism pathway, seen by Dr [[Anjali Rao|name]] at Addenbrooke's on [[12th Oct|date]]).
2. Worries. [[Ashley|name]] still comes to [[11 Helions Walk|address]] when he has been drinking; on [[14/11|date]] a neighbour,
[[Pam Sudbury|name]] (no relation to the SENCo) at [[no. 9|address]], rang police. [[Ashley|name]] said on the phone he "only came to
see [[Rob|name]]" and that he is sober since the [[20th|date]].
3. [[Bailey|name]]'s view (from his "all about me" with Mrs [[Sudbury|name]]): "I like Lego and the bus
to [[Clare|place]] to see my friend [[Harvey|name]]. I don't like when [[Ashley|name]] shouts."
4. Actions: [[Megan|name]] to refer [[Clare|name]] to the Freedom Programme at the Hub by
[[4 Dec|date]]; [[Nicola|name]] to weigh [[Robin|name]] on [[1/12|date]]; [[Tom|name]] to have [[Bailey|name]] on Saturdays.
Next review: [[18 February 2027|date]].
Circulation: [[Clare Linton|name]], [[11 Helions Walk|address]], [[Haverhill|place]] [[CB9 8DZ|postcode]]; [[Ashley Hart|name]],
[[2 Church Street|address]], [[Withersfield|place]] [[CB9 7SF|postcode]]; [[Tom Linton|name]] (by email,
[[tomlinton52@btinternet.com|email]]); [[Nicola Haylock|name]] ([[nicola.haylock@nhs.net|email]]); Mrs [[Sudbury|name]].
"""),
    ("voice note from a father, transcribed by the social worker", """Transcript of WhatsApp voice note from [[Ashley Hart|name]]
([[07895 663 271|phone]]) to [[Megan Clarke|name]], received
[[29/11/2026|date]] 01:12, 2 min 40 s. Transcribed by [[M. Clarke|name]] word for word; [inaudible] where I could not hear.

"Yeah [[Megan|name]] it's [[Ash|name]], [[Robin|name]]'s dad, yeah. Look I know what [[Clare|name]]'s told you, right, but it ain't
like that. I went round 'cos it's [[Rob|name]]'s - it was [[Robin|name]]'s, erm, the little one's two month - no - fourteen month,
whatever, and she's got that [[Kyle|name]] there, [[Kyle Bareham|name]] from [[Kedington|place]], the one what got done for the
[inaudible], and he's round mine's kid. And [[Bailey|name]] come to the door and said '[[Ashley|name]], [[Kyle|name]]'s having a go at
Mum' so what am I meant to do? I ain't drinking, I've been at me dad's in [[Withersfield|place]], [[2 Church Street|address]], you
can ask him, [[Gary|name]], [[Gary Hart|name]]. And that [[Pam|name]] next door she hates me 'cos of the van. And I want
[[Robin|name]] Saturdays, proper, written down. My number's the same. And tell [[Clare|name]] I ain't [inaudible] - I ain't
gonna take him to me cousin's in [[Great Cornard|place]] or nothing. Yeah. Sorry it's late. Sorry. Bye."

SW note: [[Kyle Bareham|name]] is not known to us under that name; checked with police (PC [[Ruth Oakley|name]]) - see contact.
"""),
]
DOCS_D += [
    ("health visitor's record entry after a home contact", """HEALTH VISITING - CONTACT RECORD (SystmOne, entry printed
[[27 Nov 2026|date]])
Patient: [[LINTON-HART, Robin|name]]   DOB [[01-Oct-2025|dob]]   NHS No [[799 217 4399|nhs]]
Address: [[11 Helions Walk|address]], [[HAVERHILL|place]], [[CB9 8DZ|postcode]]
Registered GP: Haverhill Family Practice       Named HV: [[Nicola Haylock|name]] ([[07418 209 736|phone]])

[[25-Nov-2026|date]] 10:20 Home visit, targeted (CIN). Seen: [[Robin|name]], mother [[Clare|name]], sibling [[Bailey|name]] (off school,
"INSET day" - not so per school, checked with the office, [[Kerry|name]]). Also present: [[Clare|name]]'s friend [[Shannon Mizen|name]]
from [[Sturmer|place]], who said she is "helping out".
Growth: 9.41 kg (25th centile, up from 9th). Feeding: toddler milk x 2, eating family food. Teeth: 6, brushing "sometimes".
Home: warm, window repaired, mould in the back bedroom treated. Car seat by the door for a lift to [[Clare|place]] with
[[Shannon|name]]'s mum.
Emotional health: [[Clare|name]] scored 14 on the PHQ-9; she said she stopped her sertraline in the autumn.
Advised to see Dr [[Okonjo|name]]. She said [[Ashley|name]] "turned up at 1 in the morning on the
[[14th|date]]" and that [[Kyle|name]] is "just a mate from work at Tesco".
[[Bailey|name]] (8) was lining up toy cars along the hall and told me "[[Robin|name]] is my brother, not [[Ash|name]]'s".
Plan: review [[09-Dec-2026|date]]; liaise with SW [[Megan Clarke|name]] ([[01440 714 395|phone]]); ASQ at 15 months.
[[N Haylock|name]] SCPHN(HV)
"""),
    ("social worker's notes typed fast on a phone in the car", """notes 2 self - [[4/12|date]] - haverhill
hv [[clare|name]] @ [[helions|address]] 1pm. [[kyle|name]] there again (2nd time) - said hes [[kyle|name]] "[[barham|name]]"? or
[[bareham|name]]
- van outside [[SN66 XEW|vehicle]] white transit. [[bailey|name]] in school ok per mrs [[sudbury|name]]
[[rob|name]] asleep. cot ok. fridge ok. [[clare|name]] says [[ash|name]] rang 17 times weds
ring [[ruth oakley|name]] re [[kyle|name]] PNC - was in [[sudbury|place]] till july? ([[cornard|place]])
[[gary hart|name]] called me back - says [[ash|name]] IS drinking, living w him in [[withersfield|place]], sleeps in the
shed some nights
TODO - [[pam|name]] at [[no 9|address]] - statement? tm [[neil|name]] mon. [[bailey|name]] bday [[12 feb|date]] - EHCP panel [[jan 14|date]]
"""),
]
# --- E. Tamang family (Tamang, from Nepal), Great Wilsey Park, Haverhill ---------------------------------------------------

HOME_E = d.Address("9 Falcon Close", "Great Wilsey Park", "Haverhill", "CB9 7FN")
GRAN_E = d.Address("Ward 4, Nilkantha", "", "Dhading Besi", "")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Sonam", "Tamang")], dt.date(2013, 4, 9), addresses=[HOME_E], ids=["7048856203", "X935002834257"],
       schools=["Samuel Ward Academy"]),
    _p("s", "sibling", [("Nima", "Tamang")], dt.date(2017, 7, 14), addresses=[HOME_E], ids=["5977663056", "J935002100785"],
       schools=["Coupals Primary Academy"]),
    _p("m", "mother", [("Dolma", "Tamang")], dt.date(1986, 9, 2), addresses=[HOME_E], phones=["07753 118 462"]),
    _p("f", "father", [("Pasang", "Tamang")], dt.date(1982, 12, 20), addresses=[HOME_E], phones=["07967 330 815"],
       ids=["SH 71 40 28 D"]),
    _p("g", "grandparent", [("Phurba", "Lama")], dt.date(1958, 3, 1), addresses=[GRAN_E], phones=["+977 984-1236587"]),
    _p("p1", "professional", [("Zoe", "Brinkley")], phones=["07540 772 193"], emails=["zoe.brinkley@larkvale.gov.uk"]),
], "c")

DOCS_E = [
    ("initial home visit record with a telephone interpreter", """HOME VISIT RECORD (initial, s17)
Family: [[TAMANG, Dolma|name]] (mother, [[02/09/1986|dob]]), [[TAMANG, Pasang|name]] (father, [[20/12/1982|dob]]), [[Sonam|name]] (13),
[[Nima|name]] (9)
Address: [[9 Falcon Close|address]], [[Great Wilsey Park|place]], [[Haverhill|place]] [[CB9 7FN|postcode]]
Date: [[7 November 2026|date]] 17:30      SW: [[Zoe Brinkley|name]]      Interpreter: [[Mingmar|name]] (Nepali; by phone, LanguageLine
ID 55120 - [[Dolma|name]] speaks Nepali well, though it is her second language)

Reason: [[Samuel Ward Academy|school]] referred after [[Sonam|name]] told her form tutor (Mr [[Ince|name]]) she
"cannot come on Fridays" because she looks after [[Nima|name]] while her mother works nights at the Tesco distribution centre and her
father works away as a security guard in [[London|place]] and comes home at weekends.
Seen: [[Dolma|name]], [[Sonam|name]], [[Nima|name]]. [[Pasang|name]] joined by video from [[Wembley|place]] at 18:10.
[[Dolma|name]] said the family came from [[Kathmandu|place]] in 2022 when [[Pasang|name]] got his visa (his father,
[[Lhakpa Tamang|name]], served with the Gurkhas). Her mother, [[Phurba Lama|name]], lives in [[Dhading Besi|place]] and rings every
Sunday ([[+977 984-1236587|phone]]). [[Dolma|name]]'s sister, [[Pema|name]], is in [[Aldershot|place]].
[[Sonam|name]] (seen alone in her room): she is tired, she does [[Nima|name]]'s tea and bath, and she is behind with GCSE options.
She said her mother "works so hard" and cried. No worries about harm from either parent.
[[Nima|name]] showed me his Pokémon cards and said "[[Sonam|name]] didi helps me" (he calls his sister didi).
Plan: young carers assessment (Suffolk Family Carers); help with childcare costs; review [[21/11|date]]; the family asked that
the community association's chair, [[Ang Dorje Tamang|name]], be told nothing.
Identifiers: [[Sonam|name]] NHS [[704 885 6203|nhs]], UPN [[X935002834257|upn]]; [[Nima|name]] NHS [[597 766 3056|nhs]], UPN
[[J935002100785|upn]], [[Coupals Primary Academy|school]]. [[Pasang|name]]: [[07967 330 815|phone]], NI [[SH 71 40 28 D|ni]];
[[Dolma|name]]: [[07753 118 462|phone]]. Previous address: [[Flat 11, Jubilee Court|address]], [[Hamlet Road|address]],
[[Haverhill|place]] (to [[31 August 2025|date]]); before that with [[Pema|name]] in [[Aldershot|place]] and [[Farnborough|place]].
Grandmother: [[Ward 4, Nilkantha|address]], [[Dhading Besi|place]]; landline of an uncle, [[Tenzing Tamang|name]], in [[Boudha|place]],
[[Kathmandu|place]]: [[+977 1-4432156|phone]].
"""),
]
DOCS_E += [
    ("a mother's own letter in Nepali with the interpreter's translation", """[Handwritten, Devanagari script, given to the SW on
[[21/11/2026|date]]; translated by [[Mingmar Sherpa|name]], [[22/11/2026|date]]]

आदरणीय [[जोई|name]] दिदी,
म [[डोल्मा तामाङ|name]], [[सोनम|name]] र [[निमा|name]]की आमा। हामी [[हेभरहिल|place]]मा बस्छौं। [[सोनम|name]]ले धेरै काम गर्छे, म लाज मान्छु।
मेरो श्रीमान [[पासाङ|name]] [[लन्डन|place]]मा काम गर्नुहुन्छ। मेरी आमा [[फुर्बा|name]] [[धादिङ|place]]मा हुनुहुन्छ, बिरामी हुनुहुन्छ।
[[२०८३ मंसिर ५|date]] देखि म राति काम गर्दिन। साथी [[छिरिङ ल्हामु|name]] ले [[निमा|name]]लाई हेर्छिन्।
धन्यवाद। [[डोल्मा|name]]

Translation:
Respected sister [[Zoe|name]] ([[जोई|name]] didi),
I am [[Dolma Tamang|name]], the mother of [[Sonam|name]] and [[Nima|name]]. We live in [[Haverhill|place]]. [[Sonam|name]] does a lot
of work,
and I am ashamed. My husband [[Pasang|name]] works in [[London|place]]. My mother [[Phurba|name]] is in [[Dhading|place]]; she is ill.
From [[5 Mangsir 2083|date]] (the Nepali date, which is [[21 November 2026|date]]) I will not work nights. My friend [[Chhiring
Lhamu|name]] will look after [[Nima|name]].
Thank you. [[Dolma|name]]
Translator's note: "didi" (elder sister) is a polite word for a woman and is not part of a name; "आमा" means mother.
"""),
    ("school attendance officer's letter to parents", """[[Samuel Ward Academy|school]]
[[Chalkstone Way|address]], [[Haverhill|place]]

[[30 November 2026|date]]
Mr [[Pasang Tamang|name]] and Mrs [[Dolma Tamang|name]]
[[9 Falcon Close|address]]
[[Great Wilsey Park|place]]
[[HAVERHILL|place]]
[[CB9 7FN|postcode]]

Dear Mr and Mrs [[Tamang|name]]
Re: [[Sonam Tamang|name]], Year 9, UPN [[X935002834257|upn]], date of birth [[9 April 2013|dob]]
[[Sonam|name]]'s attendance this term is 84.2%. She was absent on Fridays [[25 September|date]], [[2|date]], [[9|date]] and
[[16 October|date]], and [[6|date]], [[13|date]] and [[20 November|date]]. I know from the social
worker, Ms [[Zoe Brinkley|name]], that the family is getting help, and I want to work with you, not against you.
I would like to meet you on Thursday [[10 December|date]] at 3.30pm. An interpreter can be booked. [[Sonam|name]]'s brother
[[Nima|name]] at [[Coupals
Primary|school]] has 97% - well done. (The bus from [[Great
Wilsey Park|place]] now stops at the school gate.)
Please ring me on [[01440 702 836|phone]].
Yours sincerely
[[Graham Pask|name]]
Attendance Officer
"""),
]
DOCS_E += [
    ("community association WhatsApp group, exported and translated", """WhatsApp Chat export - "West Suffolk Samaj 🇳🇵
([[Haverhill|place]]/[[Bury|place]])" (pasted by [[Pasang Tamang|name]] for the SW, [[03/12/2026|date]];
Nepali lines translated by him in brackets)

[[01/12/2026|date]], 20:14 - [[Ang Dorje|name]] dai: Namaste sabailai. Lhosar planning meeting Sunday [[13 Dec|date]] at Haverhill
Arts Centre, 2pm
[[01/12/2026|date]], 20:16 - [[Pasang|name]]: 👍 ma aauchhu (I will come)
[[01/12/2026|date]], 20:19 - [[Karma Ghising|name]]: who is bringing the dhol? [[bir bahadur|name]] dai?
[[01/12/2026|date]], 20:22 - [[+44 7753 904612|phone]]: me. also [[ram|name]] from [[bury|place]] will drive, 5 seats
[[01/12/2026|date]], 20:30 - [[Dolma|name]]: [[सोनम|name]] र [[निमा|name]] पनि आउँछन् ([[Sonam|name]] and [[Nima|name]] are also coming)
[[01/12/2026|date]], 20:31 - [[Chhiring Lhamu|name]]: [[dolma|name]] didi I can take [[nima|name]] friday again, no problem
[[01/12/2026|date]], 20:40 - [[Ang Dorje|name]] dai: any family needs help with council letter, speak to me or [[Sabitri|name]] ji
[[01/12/2026|date]], 21:02 - [[Kami Sherpa|name]]: my cousin [[Tashi|name]] from [[Ashford|place]] coming for Lhosar, staying
at [[Falcon Cl|address]]?
[[01/12/2026|date]], 21:05 - [[Pasang|name]]: no dai, [[Tashi|name]] stays [[no. 14|address]] with [[Mingma|name]]
[[02/12/2026|date]], 07:11 - [[Phurba Lama|name]] ([[+977 984-1236587|phone]]) was added by [[Dolma|name]]
[[02/12/2026|date]], 07:15 - [[Phurba Lama|name]]: 🙏 [[धादिङ|place]]बाट नमस्ते (Namaste from [[Dhading|place]])
[[02/12/2026|date]], 07:20 - [[Ang Dorje|name]] dai: welcome aama! 🙏
"""),
]
# --- F. Last / Mulley family (white British), kinship care with a grandmother, Westley estate, Bury St Edmunds ------------

HOME_F = d.Address("12 Nayland Road", "Westley estate", "Bury St Edmunds", "IP33 3HT")
MUM_F = d.Address("Flat 3, 40 Norwich Road", "", "Ipswich", "IP1 2NH")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Skye", "Mulley")], dt.date(2021, 1, 26), addresses=[HOME_F, MUM_F], ids=["5556356718"],
       schools=["Little Owls Pre-school"]),
    _p("s", "sibling", [("Ellis", "Mulley")], dt.date(2015, 3, 18), addresses=[HOME_F, MUM_F], ids=["7635632248", "G935002198143"],
       schools=["Westley Middle School"]),
    _p("m", "mother", [("Jade", "Mulley")], dt.date(1996, 6, 7), addresses=[MUM_F], phones=["07827 416 059"]),
    _p("g", "kinship carer", [("Maureen", "Last")], dt.date(1962, 11, 1), addresses=[HOME_F], phones=["01284 748 330", "07388 902 514"],
       ids=["BR 19 36 72 C"]),
    _p("g2", "other", [("Dennis", "Last")], dt.date(1959, 2, 9), addresses=[HOME_F]),
    _p("p1", "professional", [("Priya", "Mistry")], phones=["01473 265 810"], emails=["priya.mistry@larkvale.gov.uk"]),
], "c")

DOCS_F = [
    ("kinship carer viability assessment", """VIABILITY ASSESSMENT - CONNECTED PERSON (KINSHIP CARER)
Proposed carers: [[Maureen LAST|name]] (DOB [[01/11/1962|dob]], NI [[BR 19 36 72 C|ni]]) and [[Dennis LAST|name]] (DOB [[09/02/1959|dob]])
Address: [[12 Nayland Road|address]], [[Westley estate|place]], [[Bury St Edmunds|place]] [[IP33 3HT|postcode]]
Tel: [[01284 748 330|phone]] / [[07388 902 514|phone]]
Children: [[Ellis MULLEY|name]] (born [[18.03.2015|dob]], NHS [[763 563 2248|nhs]], UPN [[G935002198143|upn]]) and
[[Skye MULLEY|name]] (born [[26.01.2021|dob]], NHS [[555 635 6718|nhs]])
Assessor: [[Priya Mistry|name]], Fostering (Connected Persons)          Visits: [[19|date]] and [[24 November 2026|date]]

1. Background. The children lived with their mother, [[Jade Mulley|name]], at [[Flat 3, 40 Norwich Road|address]], [[Ipswich|place]]
[[IP1 2NH|postcode]]. On [[12 November 2026|date]] police found [[Skye|name]] (5) alone in the flat at 23:00; [[Jade|name]] was in
Ipswich Hospital after an overdose. [[Ellis|name]] (11) was at his friend [[Harrison|name]]'s in [[Chantry|place]]. Both went to
their grandmother that night under a s20 agreement. [[Skye|name]]'s father is not named; [[Ellis|name]]'s father, [[Lewis
Goldsmith|name]], died in 2019.
2. The carers. [[Maureen|name]] ("[[Mo|name]]", 64) is [[Jade|name]]'s mother; [[Dennis|name]] is her husband and [[Jade|name]]'s
stepfather. [[Maureen|name]] worked 30 years at the sugar beet factory; [[Dennis|name]] is retired from Greene King. They have a
three-bed council house with a garden near West Suffolk College and a dog (Nelson). [[Maureen|name]]'s sister, [[Ivy Frost|name]],
lives in [[Ixworth|place]] and would help.
3. Worries. [[Dennis|name]] has a caution from 1998 (assault, at a pub in [[Newmarket|place]]). [[Maureen|name]] has type 2 diabetes.
The house is 25 miles from [[Jade|name]]; contact would be by train. [[Jade|name]]'s ex, [[Ricky Bright|name]] (possibly
[[Skye|name]]'s father), knows the address and came to the door on [[16/11|date]].
4. Recommendation: positive - proceed to a full assessment; interim approval under reg 24 from [[25/11/2026|date]].
"""),
]
DOCS_F += [
    ("grandmother's diary kept for the social worker, photographed and typed up", """MY DIARY for [[Priya|name]] (she said write it all
down) - [[Maureen|name]]

Thurs [[12th|date]] - Police at the door 1am with [[Skye|name]] in a blanket, [[Ellis|name]] came with PC [[Boreham|name]] later from his
friend [[Harrison|name]]s. [[Skye|name]] kept saying "Mummy was sleeping on the floor". Put them both in our bed, [[Den|name]] on the
settee.
Fri [[13th|date]] - Rang [[Ipswich|place]] hospital 6 times. [[Jade|name]] is alive thank God. Her friend [[Kerry-Ann|name]] said she took
all her tablets and vodka because of [[Ricky|name]]. Took [[Ellis|name]] to [[Westley|school]] in his same uniform.
Sat [[14th|date]] - [[Ellis|name]] wet the bed, he's 11, I didn't say nothing. Bought [[Skye|name]] pants and a coat at Primark in the
Arc. Our [[Sharon|name]] (next door, [[no. 14|address]]) brought a lasagne.
Mon [[16th|date]] - [[Ricky|name]] came to the door at 8pm shouting for [[Jade|name]]s stuff. I said she isn't here. He's got a
new car, a black BMW [[BF71 OPK|vehicle]] I wrote it down. [[Den|name]] told him to go before he rung the police. [[Skye|name]] hid
under the table. [[Ellis|name]] said "that's the man who hits Mum".
Weds [[18th|date]] - [[Skye|name]] started at [[Little Owls|school]], cried at the door, the lady Miss
[[Becca|name]] was kind. [[Ellis|name]] had a fight at school with a boy called [[Kian|name]] about his mum.
Sat [[21st|date]] - Went on the train to see [[Jade|name]] at the flat. She looks terrible. She wants them back by Christmas.
[[Skye|name]] cried all the way home from [[Ipswich|place]] to [[Bury|place]].
Sun [[22nd|date]] - Our [[Ivy|name]] came from [[Ixworth|place]], took [[Ellis|name]] fishing at the lake. First time he laughed.
"""),
    ("family group conference plan", """FAMILY GROUP CONFERENCE - FAMILY PLAN
Held: Saturday [[5 December 2026|date]] at Moreton Hall Community Centre, 11:00-14:30
Coordinator: [[Louise Chaplin|name]] (independent)       Social worker: [[Priya Mistry|name]] ([[01473 265 810|phone]])
Children: [[Ellis|name]] ([[18/03/2015|dob]]) and [[Skye|name]] ([[26/01/2021|dob]]) [[Mulley|name]]
Family present: [[Maureen|name]] and [[Dennis Last|name]]; [[Jade Mulley|name]] ([[07827 416 059|phone]]); [[Ivy Frost|name]] (great-aunt,
[[Ixworth|place]]); [[Kerry-Ann Wright|name]] ([[Jade|name]]'s friend, [[Whitehouse|place]], [[Ipswich|place]]); [[Ellis|name]] for
the first hour with his advocate [[Sam Tebble|name]].

What the family agreed:
1. [[Ellis|name]] and [[Skye|name]] live with Nan and Grandad [[Last|name]] at [[Nayland Road|address]] for now.
2. [[Jade|name]] sees them every Saturday, 10-2: at Nan's, or in [[Bury|place]] town with [[Ivy|name]]. Not at the flat until
the review. [[Kerry-Ann|name]] will bring [[Jade|name]] on the train and ring [[Maureen|name]] if [[Jade|name]] has been drinking.
3. Nobody lets [[Ricky Bright|name]] near the children. If he comes: ring 999, then [[Priya|name]].
4. [[Ivy|name]] has [[Skye|name]] on Wednesdays so [[Maureen|name]] can go to her diabetes clinic.
5. [[Ellis|name]] wants to stay at [[Westley Middle School|school]] with his friend [[Harrison|name]], and to have his own room:
[[Dennis|name]] will clear the box room by [[19 December|date]].
6. Review FGC: [[6 March 2027|date]]. Plan signed by all; [[Ellis|name]] signed "[[ELLIS M|name]]".
Copies: [[Maureen Last|name]], [[12 Nayland Road|address]], [[Bury St Edmunds|place]] [[IP33 3HT|postcode]]; [[Jade Mulley|name]],
[[Flat 3, 40 Norwich Road|address]], [[Ipswich|place]] [[IP1 2NH|postcode]]; [[Ivy Frost|name]], [[6 Crown Lane|address]],
[[Ixworth|place]]; [[Priya Mistry|name]] ([[priya.mistry@larkvale.gov.uk|email]]); [[Sam Tebble|name]] (advocacy).
"""),
    ("contact supervisor's session record on a tablet form", """FAMILY TIME - SESSION RECORD  (form FT2, tablet)
Session date: [[12/12/2026|date]]  Start 10:02  End 13:55   Venue: Nan's home ([[12 Nayland Rd|address]])
Supervisor: [[Tasha Ling|name]]   Parent: [[MULLEY Jade|name]]   Children: [[MULLEY Ellis|name]], [[MULLEY Skye|name]]
Others present: [[Maureen Last|name]] (kinship carer) -- left the room at 10:15

[x] Parent on time     [ ] Parent late    [x] Parent sober (no smell, steady)    [ ] Concerns on arrival
Quality of the time (tick): warm [x]  distracted [ ]  on phone [x] (3 calls, 1 from "[[Rick|name]]" - she said it was her
friend [[Kerry|name]])
Notes: [[Jade|name]] brought a Lidl cake and presents. [[Skye|name]] sat on her lap for an hour. [[Ellis|name]] played FIFA, would not
hug her. At 12:30 [[Jade|name]] told [[Ellis|name]] "you'll be home by Christmas, Nanny [[Mo|name]] is just babysitting" - I
redirected. [[Ellis|name]] said "you said that last time" and went upstairs.
At 13:40 a man knocked - [[Maureen|name]] said it was [[Dennis|name]]'s friend [[Keith Mayhew|name]] from [[Fornham|place]], returning
a drill.
Children's words: [[Skye|name]]: "Mummy smells like Mummy." [[Ellis|name]]: "Can she come to my football on Sunday?"
Next session: [[19/12/2026|date]], same venue. Signed [[T. Ling|name]]
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 166 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 17:54 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cm", "wm", "sm", "ff", "cllr", "hhj",
           "nurse", "sister", "coach", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad",
           "grandpa", "mum", "mummy", "mam", "dad", "daddy", "aunty", "auntie", "uncle", "mom", "mr.", "mrs.", "ms.", "tsgt",
           "ssgt", "msgt", "sra", "a1c", "amn", "capt", "maj", "lt", "col", "aama", "ama", "baba", "buwa", "didi", "dai", "bhai",
           "boju", "hajurama", "आमा", "दिदी", "दाइ", "बुबा"}
_AFTER = {"didi", "dai", "bhai", "ji", "senior", "junior", "दिदी", "दाइ"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "suffolk", "west suffolk",
               "norfolk", "essex", "cambs", "cambridgeshire", "east anglia", "usa", "us", "america", "the states", "texas",
               "nepal", "नेपाल", "bagmati"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name: "TSgt Marcus A.
# Delgado", "Ms. Dana Whitlock", "Mr. Hector Ruiz", "Grandma Tam", "Nanny Mo", "Miss Becca"; and after one: "Sonam didi",
# "Ang Dorje dai", "Sabitri ji") and counties, regions and countries ("Suffolk", "Cambs", "Texas", "the States", "Nepal").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
