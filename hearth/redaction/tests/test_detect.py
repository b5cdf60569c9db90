"""The detector, one hard case at a time (plain Python: no database)."""

import datetime as dt
import re

import pytest

from hearth.redaction import detect as d
from hearth.redaction import gazetteer

JADE = d.Party("c", "subject", [("Jade", "Lovelace"), ("Jade", "Brown")], [dt.date(2015, 3, 12)],
               [d.Address("14 Mill Lane", "", "Hexham", "NE46 1AB")], ["0191 496 0123"], ["jade@example.org"],
               ["9434765919"], ["Westfield Primary School"])
MARY = d.Party("m", "mother", [("Elizabeth", "Lovelace")], [dt.date(1985, 6, 1)])
PROF = d.Party("p", "professional", [("Sam", "Okafor")], emails=["sam.okafor@northshire.gov.uk"])
RECORD = d.CaseRecord([JADE, MARY, PROF], "c")


def found(text, record=RECORD):
    return [(f.text, f.kind, f.party) for f in d.detect(record, text)]


def texts(text, record=RECORD):
    return [f.text for f in d.detect(record, text)]


def test_full_and_given_name_from_the_record():
    assert ("Jade Lovelace", d.NAME, "c") in found("We met Jade Lovelace at home.")
    assert ("Jade", d.NAME, "c") in found("Later Jade said she was tired.")


def test_previous_name_is_found():
    assert ("Jade Brown", d.NAME, "c") in found("School still knows her as Jade Brown.")


def test_nickname_and_short_form():
    assert ("Liz", d.NAME, "m") in found("Her mother Liz was at home.")
    assert ("Beth", d.NAME, "m") in found("Beth rang the office.")


def test_possessive_leaves_the_s_outside_the_span():
    assert ("Jade", d.NAME, "c") in found("We looked at Jade's bedroom.")
    assert "Jade's" not in texts("We looked at Jade's bedroom.")


def test_upper_case():
    assert ("JADE LOVELACE", d.NAME, "c") in found("CHILD: JADE LOVELACE")


def test_name_split_across_a_line_break():
    assert ("Jade\nLovelace", d.NAME, "c") in found("The visit was to Jade\nLovelace and her mother.")


def test_word_hyphenated_across_a_line_break():
    text = "Concerns for Love-\nlace family."
    assert [f for f in d.detect(RECORD, text) if f.kind == d.NAME and f.text == "Love-\nlace"]


def test_misspelling_close_to_a_known_name():
    assert ("Jaed", d.NAME, "c") in found("Then Jaed went upstairs.")


def test_a_different_real_name_is_not_taken_for_a_misspelling():
    # "Jane" is one letter from "Jade" but is a given name in its own right: found, but not as Jade.
    assert ("Jane", d.NAME, None) in found("Her friend Jane came round.")


def test_a_name_in_its_own_right_is_not_taken_for_a_misspelling_of_a_short_form():
    # "Pate" is a short form of Peter; "Patel" is a family name of its own: a neighbour, not the social worker.
    record = d.CaseRecord([d.Party("u", "professional", [("Peter", "Owen")])], "x")
    assert [(f.text, f.party) for f in d.detect(record, "Mrs Patel next door rang.")] == [("Mrs Patel", None)]


def test_misspelling_after_a_title_takes_the_title_too():
    # Jade and her mother share the name Lovelace: the misspelling belongs to neither (so a disclosure to Jade removes it).
    assert ("Mrs Lovelance", d.NAME, d.SHARED) in found("Mrs Lovelance was upset.")
    assert ("Jaed", d.NAME, "c") in found("Then Jaed went upstairs.")


def test_lower_case_ordinary_word_that_is_a_name_is_not_redacted():
    record = d.CaseRecord([d.Party("w", "subject", [("Will", "Rose")])], "w")
    assert texts("We will see how it goes; the rose bush was cut.", record) == []
    assert texts("Will said hello.", record) == ["Will"]


def test_honorific_before_an_unknown_name():
    assert ("Mrs Patel", d.NAME, None) in found("Mrs Patel next door called the police.")


def test_cue_before_an_unknown_name():
    assert ("Kasia Nowak", d.NAME, None) in found("Her neighbour Kasia Nowak has keys.")


def test_rare_capitalised_word_mid_sentence_is_a_name_but_ordinary_organisations_are_not():
    assert ("Zbigniew", d.NAME, None) in found("There was an argument with Zbigniew outside.")
    assert texts("Dad follows Newcastle United and uses Universal Credit.") == []


def test_an_unknown_name_found_once_is_found_everywhere_in_the_document():
    got = found("Mrs Patel next door heard it; Patel rang the police.")
    assert ("Mrs Patel", d.NAME, None) in got and ("Patel", d.NAME, None) in got


def test_a_word_with_a_capital_inside_is_a_brand_unless_it_starts_like_a_surname():
    assert texts("The school uses ParentPay and she is on BeReal.") == []
    assert ("McAllister", d.NAME, None) in found("There was an argument with McAllister outside.")


def test_place_after_a_place_word():
    assert ("Morpeth", d.PLACE, None) in found("The family moved to Morpeth last year.")


def test_address_postcode_and_school_from_the_record():
    got = found("Visit to 14 Mill Lane, Hexham NE46 1AB. She attends Westfield Primary School.")
    assert ("14 Mill Lane", d.ADDRESS, "c") in got
    assert ("NE46 1AB", d.POSTCODE, "c") in got
    assert ("Westfield Primary School", d.SCHOOL, None) in got
    assert ("Hexham", d.PLACE, None) in got


@pytest.mark.parametrize("text", ["12/03/2015", "12 March 2015", "12th March 2015", "2015-03-12", "March 12, 2015", "12.03.2015",
                                  "12 Mar 2015"])
def test_date_of_birth_in_several_formats(text):
    assert (text, d.DOB, "c") in found(f"Born {text} at home.")


def test_other_dates_are_dates_not_dates_of_birth():
    assert ("3 April 2024", d.DATE, None) in found("Seen on 3 April 2024.")


def test_nhs_number_needs_its_check_digit():
    assert ("943 476 5919", d.NHS, "c") in found("NHS 943 476 5919")
    assert not [k for _t, k, _p in found("NHS 943 476 5918") if k == d.NHS]


def test_upn_ni_vehicle_email_phone():
    got = found("UPN H801200001001, NI AB 12 34 56 C, car NU71 ABC, email sam.okafor@northshire.gov.uk, "
                "phone 0191 496 0123, mobile 07700 900123.")
    kinds = {k for _t, k, _p in got}
    assert {d.UPN, d.NI, d.VEHICLE, d.EMAIL, d.PHONE} <= kinds
    assert ("sam.okafor@northshire.gov.uk", d.EMAIL, "p") in got
    assert ("0191 496 0123", d.PHONE, "c") in got


def test_invalid_upn_and_ni_prefix_are_not_identifiers():
    got = found("Ref A801200001001 and QQ 12 34 56 C")  # A: wrong check letter (H is right)
    assert not [k for _t, k, _p in got if k in (d.UPN, d.NI)]


def test_a_number_that_is_not_a_phone_number_is_left():
    assert not [k for _t, k, _p in found("Attendance code 0000 000 0000.") if k == d.PHONE]


def test_shared_family_name_belongs_to_no_one_person():
    got = found("The Lovelace family were at home.")
    assert ("Lovelace", d.NAME, d.SHARED) in got


def test_initials_go_with_the_name():
    got = texts("Present: G. Storey, R Lovelace and Jade L; I said Jade I think.")
    assert "R Lovelace" in got and "Jade L" in got
    assert "Jade" in got  # "I" after a name is the pronoun, not an initial
    assert "G. Storey" in texts("Present: G. Storey (SW).", d.CaseRecord([d.Party("s", "professional", [("Gemma", "Storey")])], "x"))


def test_lower_case_name_found_when_it_is_not_an_everyday_word():
    record = d.CaseRecord([d.Party("m", "other", [("Millie", "Howe")]), d.Party("w", "other", [("Will", "Howe")])], "x")
    assert texts("at millies house, we will see", record) == ["millies"]  # Millie's, its apostrophe left out; "will" is a word
    assert texts("at millie's house", record) == ["millie"]


def test_date_without_a_year_is_a_date_and_becomes_the_month():
    from hearth.redaction import jobs

    record = d.CaseRecord([d.Party("c", "subject", [("Jade", "Lovelace")], [dt.date(2015, 3, 12)])], "c")
    text = "Next contact booked for 4th November at the centre."
    found_ = d.detect(record, text)
    assert [(f.text, f.kind) for f in found_] == [("4th November", d.DATE)]
    planned, _ = jobs.plan_review(record, found_)
    assert jobs.apply(text, planned) == "Next contact booked for November at the centre."


def test_abbreviated_street_is_an_address():
    assert ("27 Ravensworth Terr.", d.ADDRESS, None) in found("Address: 27 Ravensworth Terr., NE8 1QT")
    assert ("4 Quarry Wlk", d.ADDRESS, None) in found("Her tenancy at 4 Quarry Wlk is in arrears.")


def test_a_school_subject_or_an_email_program_after_in_or_from_is_not_a_place():
    assert texts("She is doing well in Geography and History. Sent from Outlook for iOS") == []


def test_a_greeting_on_the_line_before_is_not_a_cue():
    assert "Re" not in texts("Dear Colleague,\n\nRe: referral")


@pytest.mark.parametrize("text", [
    "She uses Zorbly most nights.",  # a verb that takes a product
    "He plays Krangor until late.",
    "She talks to older boys on Zorbly.",  # a platform
    "Mum shops at Quarnby on Fridays.",  # a venue, not someone shouted at
    "He came home with a grey Vortana.",  # an article (and a colour) before it
    "Dad had left his keys at home and took the Vortana.",
    "She was messaging on her Zorbly.",  # a possession
    "Her Zorbly app was open on the table.",  # a noun products have after it
    "Mum likes Bramble Direct best.",  # an English word with an ordinary word beside it mid-sentence: a brand
    "She found an app called Zorbly.",  # "called" after a thing is not a person's cue
    "They ate at McDonald's after school.",  # the allow-list with its possessive
    "Sessions are offered on Wednesdays and Thursdays.",
    "He was playing Mario Kart with his cousin.",  # a product verb before a given name, and the word it takes with it
    "Mum was buying Zorbly from the corner shop.",
    "They hang around by Zorbly Leisure Centre after school.",  # a venue noun in the run
    "The session was held at Hughes Park near the shops.",  # a family name before a venue noun that is one too
    "She was discharged by Quarnby District Hospital today.",
    "Dad drives a Vauxhall Zorbly.",  # an article before the run
    "Rang EDT at 19:40 and emailed CAMHS.",  # a verb and an acronym at the start of a note
    "He sends him Zorbly codes.",
    "He took her Zorbly card.",
    "They order Zorbly most nights.",
    "Her Quarnbic Therapist rang on Monday.",  # a job title
])
def test_a_rare_word_that_names_a_thing_is_not_a_name(text):
    assert texts(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("There was an argument with Zbigniew outside.", "Zbigniew"),
    ("She was shouting at Zbigniew in the street.", "Zbigniew"),  # people are shouted at
    ("They stayed over at Zbigniew's flat.", "Zbigniew"),  # at someone's
    ("We visited the Nowakowski family.", "Nowakowski"),  # a family noun after the article
    ("Mum said Araceli Glasses has been staying over.", "Araceli Glasses"),  # a verb people are the subject of
    ("She met a lad called Zbigniew.", "Zbigniew"),
    ("Dad bought Zbigniew a new phone.", "Zbigniew"),  # bought someone something
    ("She has a crush on Zbigniew from her class.", "Zbigniew"),  # people are picked on, relied on, told on
    ("The older boys keep picking on Zbigniew.", "Zbigniew"),
    ("She talks to older boys on Zorbly and the Patels know.", "Patels"),  # a family by its plural name
    ("She stayed with the Kowalczyks.", "Kowalczyks"),
    ("The Kowalczyks were at home.", "Kowalczyks"),
    ("Jordan Hall was present at the visit.", "Jordan Hall"),  # a venue noun that is a family name
    ("I also spoke to Zbigniew Hall on the doorstep.", "Zbigniew Hall"),
    ("They used Jordan to carry drugs.", "Jordan"),  # people are used too
    ("He was using Zbigniew as a runner.", "Zbigniew"),
    ("He bought Zbigniew cigarettes.", "Zbigniew"),
    ("He sent money via Zbigniew.", "Zbigniew"),
    ("She was dropped off at Kasia Nowak's.", "Kasia Nowak"),  # at someone's, the possessive after the pair
    ("The youth club is run by Father Zbigniew.", "Zbigniew"),  # a title beside a name
    ("She sleeps at Bogdan Nowak house most nights.", "Bogdan Nowak"),  # a family noun after the pair
    ("She was at Zbigniew and Tom's party.", "Zbigniew"),  # at someone's, shared
    ("Team Manager Zbigniew agreed the plan.", "Zbigniew"),  # a role before a name
    ("There was an argument with Kenan Cant outside.", "Kenan Cant"),  # an ordinary word as a family name
    ("Oncel Madrid, mum's new partner, was in the kitchen.", "Oncel Madrid"),
    ("Mum ordered Zbigniew to leave the house.", "Zbigniew"),  # people are ordered about too
    ("The visit was made by Family Support Worker Kaydence and her manager.", "Kaydence"),
    ("Her Nana Zbigniewa picks her up.", "Zbigniewa"),  # kin words beside a name do not make it a brand
])
def test_a_rare_word_where_people_are_named_is_still_a_name(text, name):
    assert any(name in t for t in texts(text))


def test_a_name_in_the_record_after_st_is_a_saint_in_a_place_name():
    record = d.CaseRecord([d.Party("c", "subject", [("James", "Lovelace")])], "c")
    got = d.detect(record, "Dad took him to St James' Park; James loved it.")
    assert [(f.text, f.party) for f in got if f.kind == d.NAME] == [("James", "c")]  # the second James only


PERSON_CONTEXTS = [
    "She went to the park with {N} after school.", "{N} and Dad had an argument.", "I asked {N} about the bruise.",
    "She was seen getting into a car driven by {N}.", "They were at {N}'s flat until late.", "He is scared of {N}.",
    "A male known to police, {N}, was arrested.", "She sleeps at {N} house most nights.", "He texts {N} on Snapchat.",
    "She met {N} on Zorbly.", "The baby was left with {N} overnight.", "Then the {N} family moved in next door.",
    "She was at {N} and Tom's party.", "She has a crush on {N}.", "He watched {N} hit mum.", "She told {N} about it.",
    "Mum blocked {N} on her phone.", "Her Aunty {N} came along.", "Team Manager {N} agreed the plan.",
    "Nobody has seen {N} since Tuesday.", "Money was sent to {N}.", "She had been drinking with {N} and others.",
]


@pytest.mark.parametrize("context", PERSON_CONTEXTS)
@pytest.mark.parametrize("who", ["Zbigniew", "Jordan", "Bogdan Nowak"])
def test_people_in_everyday_sentences_are_still_found_as_names(context, who):
    # A guard for the "things, not people" rules: none of these may hide a person (a rare name, a name in the lists, a pair).
    got = [f.text for f in d.detect(RECORD, context.format(N=who)) if f.kind == d.NAME]
    assert any(who.split()[0] in t for t in got), got


# --- Rules for hand-written styles (each with sentences where it must fire, and ordinary ones where it must not) ---


@pytest.mark.parametrize(("text", "name"), [
    ("She has been seeing an older man called “Mossy”.", "Mossy"),  # a relationship word, then a nickname in quotes
    ('He is nicknamed "Skeggy" by the older lads.', "Skeggy"),
    ('The older lads, and one they call "Skeggy", hang about by the shops.', "Skeggy"),  # alone in quotes mid-sentence
    ("Her friend\nTaliyah was there too.", "Taliyah"),  # a relationship word ending the line before
    ("She stays with Grandma Pat at weekends.", "Pat"),  # a kin word before a short name the lists lack
])
def test_nicknames_in_quotes_and_kin_words_before_a_name(text, name):
    assert any(name in t for t in texts(text))


@pytest.mark.parametrize("text", [
    'She said "Sorry" and went upstairs.',
    'He wrote "Help" on the wall of his room.',
    'There is a game called "Zorblax" on his phone.',
    'Mum said: "Thursday is fine for the visit."',
])
def test_quoted_ordinary_words_and_things_are_not_names(text):
    assert texts(text) == []


@pytest.mark.parametrize(("text", "span"), [
    ("Yours sincerely, Mrs K. Armitage, Head of Year 8", "Mrs K. Armitage"),  # a title with an initial
    ("The letter was signed by Dr J R Okonkwo.", "Dr J R Okonkwo"),
    ("A statement was taken by DC Ferriby on Tuesday.", "DC Ferriby"),  # a police rank
    ("PC 4471 Garside attended at 22:10.", "PC 4471 Garside"),  # with a collar number
    ("Detective Sergeant Holroyd chaired the strategy meeting.", "Detective Sergeant Holroyd"),
    ("She was seen on the ward by Nurse Adebayo.", "Nurse Adebayo"),  # a nursing title
    ("Cllr Mahmood asked for an update.", "Cllr Mahmood"),
])
def test_a_title_or_rank_before_a_surname_is_part_of_the_name(text, span):
    assert span in texts(text)


def test_a_name_in_the_record_keeps_its_span_after_a_rank_and_takes_mr_with_initials():
    # The record already knows the name: the rank is left in the text ("PC Dean Hughes attended" -> "PC Professional 1").
    record = d.CaseRecord([d.Party("o", "professional", [("Dean", "Hughes")])], "x")
    assert [(f.text, f.party) for f in d.detect(record, "Joint visit with PC Dean Hughes tomorrow.")] == [("Dean Hughes", "o")]
    assert [(f.text, f.party) for f in d.detect(record, "Letter from Mr D. Hughes.")] == [("Mr D. Hughes", "o")]


@pytest.mark.parametrize("text", [
    "He bought a laptop from PC World last week.",
    "The Nurse Practitioner saw her on Monday.",
    "Father Christmas came to the nursery party.",
    "The Detective Inspector will review the case.",
    "Detective Constable on leave; the case is reallocated.",
])
def test_a_rank_before_an_ordinary_word_is_not_a_name(text):
    assert [t for t in texts(text) if t] == []


@pytest.mark.parametrize(("text", "name"), [
    ("i was at the park. me and kacie went to the shop after", "kacie"),  # only a person stands after "me and"
    ("dont tell mam but tayla and me got the bus", "tayla"),
    ("hiya its ellie, can u ring me", "ellie"),  # a given name in the lists after "its"
    ("dont tell mam. jaxon got me a drink", "jaxon"),  # a rare word with a verb people do after it
    ("i was with kacey all night", "kacey"),  # a rare word where a person usually stands
    ("i was at tylers house till late", "tylers"),  # a given name with the possessive written without its apostrophe
    ("i go round to hendersons house a lot", "hendersons"),  # a family name so
    ("i stayed at grace's house, grace said i could", "grace"),  # a given name in the lists, a verb people do after
])
def test_names_in_lower_case_in_someones_own_words(text, name):
    assert name in texts(text)


def test_a_recorded_name_with_the_possessive_written_without_its_apostrophe_in_lower_case():
    record = d.CaseRecord([d.Party("s", "sibling", [("Tyrese", "Dobbs")]), d.Party("w", "other", [("Mark", "Dobbs")])], "s")
    # the word as written, its bare s with it (a redaction covers the whole word a reader sees)
    assert [(f.text, f.party) for f in d.detect(record, "i said i was at tyreses mates")] == [("tyreses", "s")]
    assert d.detect(record, "Mum shops at Marks and Spencer; i got marks for it") == []


def test_a_capitalised_recorded_name_with_a_bare_possessive_s_before_what_is_someones():
    record = d.CaseRecord([d.Party("s", "subject", [("Tyler", "Dobbs")]), d.Party("r", "other", [("Robert", "Hale")])], "s")
    assert [(f.text, f.party) for f in d.detect(record, "hello Sam its Brenda Tylers nan. hes ok here")
            if f.party] == [("Tylers", "s")]
    assert [(f.text, f.party) for f in d.detect(record, "Jordans brother came. Tylers mum rang")
            if f.party] == [("Tylers", "s")]
    # "Roberts" before anything else is a family name of its own, not Robert's
    assert not [f for f in d.detect(record, "Mr Roberts rang. Roberts said he will come") if f.party == "r"]
    assert not [f for f in d.detect(record, "Roberts and Co solicitors wrote") if f.party == "r"]


def test_the_before_a_day_of_the_month_is_part_of_the_date():
    assert ("the 14th", d.DATE) in [(f.text, f.kind) for f in d.detect(d.CaseRecord([], None), "He went missing on Sat the 14th.")]
    assert ("the 3rd of June", d.DATE) in [(f.text, f.kind) for f in d.detect(d.CaseRecord([], None),
                                                                             "Riley was last seen on the 3rd of June.")]
    assert ("14 March 2026", d.DATE) in [(f.text, f.kind) for f in d.detect(d.CaseRecord([], None), "Seen on 14 March 2026.")]


def test_a_hyphenated_given_name_is_known_by_its_first_part_in_lower_case_too():
    record = d.CaseRecord([d.Party("c", "subject", [("Lacey-Mae", "Dobbs")])], "c")
    assert [(f.text, f.party) for f in d.detect(record, "its lacey, im at the shop")] == [("lacey", "c")]
    assert [(f.text, f.party) for f in d.detect(record, "Lacey said she was fine.")] == [("Lacey", "c")]


@pytest.mark.parametrize("text", [
    "i went with mum and my nan to the shops. it was sound",
    "me and him had a row. i said sorry after",
    "i dont want to go to school, the teachers are always on at me",
    "She went with mum and the baby to the shop.",  # not lower-case writing: nothing read in lower case
    "me and sis watched films, then me and bro had chips",
    "its minging in here and im skint",  # rare slang after "its" is not a name
    "me and gutted mates sat about",
    "i dont like vapes and i met randoms online",  # plurals of words
    "i rang childline and i like tiktok",  # apps and services written in lower case
])
def test_lower_case_everyday_words_are_not_names(text):
    assert texts(text) == []


@pytest.mark.parametrize(("text", "place"), [
    ("Mum has moved in with her sister in\nRyhope for now.", "Ryhope"),  # a place word ending the line before
    ("They moved to Barrow-in-Furness in May.", "Barrow-in-Furness"),  # a place joined by hyphens
    ("They moved to Quarnby House in May.", "Quarnby House"),  # a building, not a person's house
    ("His dad lives in Stockton-on-Tees with a new partner.", "Stockton-on-Tees"),
    ("Flights booked from Manchester to Baku via\nIstanbul for 11 October.", "Istanbul"),  # "via" ending the line
    ("She was seen boarding a bus towards\nLeeds.", "Leeds"),
])
def test_places_after_a_line_break_and_with_hyphens(text, place):
    assert (place, d.PLACE, None) in found(text)


@pytest.mark.parametrize("text", [
    "She has been chatting to men on Zepeto and Azar.",  # a brand in the list, and a rare word listed with it
    "She is on TikTok and Zorblex late at night.",
    "She talks to men on Zorblex and Snapchat.",
    "Dad works nights at Screwfix.",
    "She was wearing a new Pandora bracelet she could not explain.",
    "He gets the Stagecoach bus to college.",
    "Mum bought nappies at Home Bargains on Friday.",
    "He has been offered a taster day at Arriva.",
    "She pays with her Monzo card.",
    "He was given Moncler and Trapstar jackets by older lads.",  # clothes given as gifts
    "They drink Buckfast and Kopparberg in the park.",
    "He was picked up in a Seat Leon and dropped off by a Qashqai.",  # a car model with a given name in it
])
def test_brands_apps_shops_and_operators_are_not_names(text):
    assert [t for t, k, _p in found(text) if k == d.NAME] == []


@pytest.mark.parametrize(("text", "name"), [
    ("Her friend Azar came round after school.", "Azar"),  # a relationship word: a person, even with a brand's name
    ("Mrs Costa rang the school.", "Mrs Costa"),
    ("They went to Asda and Zbigniew was waiting outside.", "Zbigniew"),  # not a thing listed with a thing: a verb after
    ("She went to Greggs with Zbigniew and Tom.", "Zbigniew"),
    ("She has been seeing Leon from the estate.", "Leon"),  # a given name that is also a car model's
    ("They stayed at Glen's flat.", "Glen"),
    ("Zbigniew Renault was present at the visit.", "Zbigniew Renault"),  # a brand as a family name after a given name
    ("Her cousin Maja Smirnoff looks after her.", "Maja Smirnoff"),
    ("She follows Zbigniew on TikTok.", "Zbigniew"),  # followed on an app: anyone
    ("Zbigniew and Police arrived together.", "Zbigniew"),  # an organisation after "and" is another party
    ("There was an argument with Kasia Nowak at the station.", "Kasia Nowak"),
    ("IRO Zbigniew chaired the review.", "Zbigniew"),
    ("Present: Zbigniew DOBSON and Kasia NOWAK.", "Zbigniew DOBSON"),  # family names in capitals
    ("Present: Zbigniew DOBSON and Kasia NOWAK.", "Kasia NOWAK"),
    ("After school she goes to Tyreses house.", "Tyreses"),  # a place word, but a person's house after it
    ("She told CAMHS and Zbigniew about it.", "Zbigniew"),
    ("Mr O'Brien and Ms D'Souza came to the meeting.", "Mr O'Brien"),  # a surname with O' or D'
    ("Mr O'Brien and Ms D'Souza came to the meeting.", "Ms D'Souza"),
])
def test_a_person_beside_a_brand_is_still_a_name(text, name):
    assert any(name in t for t in texts(text))


@pytest.mark.parametrize("text", [
    "A letter from Tynedale Council was sent to mum.",  # a town in an organisation's name
    "She is under Leeds Teaching Hospitals NHS Trust.",
    "The baby was born at the University Hospital of North Tyneside.",
    "He is known to Cleveland Police.",
    "Mum has started a course at Tynemouth College.",
    "He supports Sunderland AFC.",
    "Operation Sentinel notice received from the police.",  # a police operation's name
    "The hearing is at Gateshead Magistrates' Court.",
    "Dad works for Tyne and Wear Fire and Rescue.",
    "Dad was moved to HMP Wakefield last week.",
])
def test_a_town_in_an_organisation_name_is_not_a_name(text):
    assert [t for t, k, _p in found(text) if k in (d.NAME, d.PLACE)] == []


def test_the_familys_town_in_an_organisation_name_is_left_but_on_its_own_is_a_place():
    got = found("She swims at Hexham Leisure Centre. They live in Hexham.")
    assert [t for t, k, _p in got if k == d.PLACE] == ["Hexham"]
    assert got[0][0] == "Hexham" and "They live in" not in got[0][0]


def test_someone_watched_on_a_screen_is_not_a_person_in_the_case():
    assert texts("He likes watching Mr Tumble on CBeebies with his sister.") == []
    assert texts("She watches Joe Wicks on YouTube every morning.") == []
    # characters, presenters and products known by a title are in the list of things (brands.txt)
    assert texts("He loves Mr Tumble and wears his Dr Martens.") == []
    assert "Mr Tumbleton" in texts("He was shouted at by Mr Tumbleton next door.")
    assert "Zbigniew" in texts("She was watching Zbigniew on the doorstep.")


def test_a_clipped_given_name_is_the_person_unless_it_is_a_name_or_word_of_its_own():
    record = d.CaseRecord([d.Party("r", "subject", [("Roxanne", "Dunn")]), d.Party("k", "sibling", [("Kayla", "Dunn")]),
                           d.Party("m", "other", [("Maddison", "Dunn")])], "r")
    got = [(f.text, f.party) for f in d.detect(record, "Rox and Maddi went out; Mad Dog next door was cross about it.")]
    assert ("Rox", "r") in got and ("Maddi", "m") in got
    assert not [t for t, _p in got if t.lower() == "mad"]  # an English word
    assert "Kay" not in d._clipped_forms("Kayla")  # a name of its own (the nicknames package may still list it)


@pytest.mark.parametrize(("text", "name"), [
    ("I spoke to Rupert on the doorstep.", "Rupert"),  # a word no list holds, commoner than the rare ones, where only
    ("There was a row with Ivy about money.", "Ivy"),  # a person stands
    ("Mum said Nova has been staying over.", "Nova"),
    ("Later that day Otto rang the office.", "Otto"),
])
def test_a_less_rare_word_where_only_a_person_stands_is_a_name(text, name):
    assert name in texts(text)


@pytest.mark.parametrize("text", [
    "I spoke to Admissions about a school place.",  # departments are everyday words
    "I spoke to Fostering about respite; Triage said they would call back.",
    "Pharmacy said the prescription was ready.",
    "I spoke to Mum on the doorstep.",
    "She said Sorry to her teacher.",
])
def test_a_department_or_an_everyday_word_where_a_person_could_stand_is_not_a_name(text):
    assert [t for t, k, _p in found(text) if k == d.NAME] == []


def test_a_speaker_in_a_message_transcript_is_a_name_but_a_heading_is_not():
    text = "Screenshots, transcribed:\nDex: u coming out\nAR: cant\nDex: ur mam wont know\nGenogram: attached\nPlan: review"
    got = texts(text)
    assert got.count("Dex") == 2 and "Genogram" not in got and "Plan" not in got


@pytest.mark.parametrize(("text", "name"), [
    ("Her ex Zbigniew still texts her.", "Zbigniew"),  # more relationship words before a name
    ("His youth worker Kaydence came along.", "Kaydence"),
    ("Her fiancé Tomasz rang.", "Tomasz"),
    ("i was with my mate skye all night", "skye"),  # a word the lists lack, where only a person stands
    ("me and ruby got the bus, i was buzzing", "ruby"),
    ("i think his cousin mikey has a car", "mikey"),
])
def test_more_relationship_words_and_lower_case_names_after_them(text, name):
    assert name in texts(text)


@pytest.mark.parametrize("text", [
    "i was with my cuz and my fam all night",  # slang kin words
    "me and everyone got the bus, me and lads went home",
])
def test_slang_kin_words_are_not_names(text):
    assert texts(text) == []


# --- General rules added after set 6 was read (fresh sentences, not from any set) ---------------------------------------

VIET = d.Party("v", "mother", [("Thu", "Nguyen")])
OLIVIA = d.Party("o", "sibling", [("Olivia", "Marsden")])
SHARON = d.Party("s", "grandparent", [("Sharon", "Marsden")])
WIDE = d.CaseRecord([JADE, VIET, OLIVIA, SHARON], "c")


def test_a_record_name_without_diacritics_matches_it_written_with_them():
    assert ("Ms Nguyễn", d.NAME, "v") in found("Ms Nguyễn came to the contact centre late.", WIDE)
    assert ("Thu Nguyễn", d.NAME, "v") in found("The letter was signed Thu Nguyễn.", WIDE)


def test_a_name_not_in_the_record_with_diacritics_is_one_word():
    assert "Wiśniewska" in texts("The neighbour, Wiśniewska, heard shouting.")
    assert "Ms Wiśniewska" in texts("The neighbour, Ms Wiśniewska, heard shouting.")
    assert [f for f in d.detect(RECORD, "At the Café Rouge they had crème brûlée.") if f.kind == d.NAME] == []


@pytest.mark.parametrize("text, short, party", [
    ("Liv stayed at her dad's on Friday.", "Liv", "o"),
    ("i went round to livvy's after school", "livvy", "o"),
    ("Shaz collected the boys from the bus stop.", "Shaz", "s"),
])
def test_british_short_forms_of_a_record_given_name_are_that_person(text, short, party):
    assert (short, d.NAME, party) in found(text, WIDE)


@pytest.mark.parametrize("text", [
    "Ring 01632 960555 if there are any problems over the weekend.",
    "Her landline is (0113) 496 0712 but she rarely answers it.",
    "Dad's new work number: 020 7946 0321.",
])
def test_a_number_shaped_like_a_uk_phone_number_is_proposed_even_if_not_valid(text):
    assert [f for f in d.detect(RECORD, text) if f.kind == d.PHONE]


@pytest.mark.parametrize("text", [
    "She was told she could call Childline on 0800 1111 at any time.",
    "Case reference 2024/118 was closed on review.",
    "The unit scored 12 out of 15 at inspection.",
])
def test_short_helplines_and_other_numbers_are_not_phones(text):
    assert not [f for f in d.detect(RECORD, text) if f.kind == d.PHONE]


@pytest.mark.parametrize("text, word", [
    ("Her first language is Urdu and she also speaks Punjabi at home.", "Urdu"),
    ("She was born in Poland and came here aged four.", "Poland"),
    ("Dadi makes the packed lunches on school days.", "Dadi"),
    ("Forename and surname were left blank on the form.", "Forename"),
    ("The Romanian consulate was contacted by the duty team.", "Romanian"),
    ("After church he goes to Mass with his grandmother.", "Mass"),
])
def test_countries_languages_community_kin_words_and_form_labels_are_not_proposed(text, word):
    assert word not in texts(text)


def test_a_country_someone_has_gone_to_or_come_from_is_their_whereabouts():
    assert ("Lithuania", d.PLACE, None) in found("Her uncle has gone back to Lithuania for the summer.")
    assert "Lithuania" in texts("His father returned from Lithuania on Tuesday.")


@pytest.mark.parametrize("text, town", [
    ("The pair were later seen near the bus station in Kidderminster.", "Kidderminster"),
    ("He had taken the train to Nuneaton without telling anyone.", "Nuneaton"),
    ("Aunt Maureen drove over from Wellingborough on Sunday.", "Wellingborough"),
])
def test_a_listed_town_is_a_place_not_a_name(text, town):
    assert (town, d.PLACE, None) in found(text)
    assert (town, d.NAME, None) not in found(text)


@pytest.mark.parametrize("text, word", [
    ("She was referred to the Resettlement Team for support.", "Resettlement"),
    ("The Fostering Helpline said they would ring back.", "Fostering"),
    ("An Independent Visitor Liaison was appointed.", "Liaison"),
    ("Tyskie and Lech were found in the fridge.", "Lech"),
    ("He drives a blue Skoda Octavia for work.", "Octavia"),
])
def test_teams_helplines_and_drinks_brands_are_not_names(text, word):
    assert not [t for t in texts(text) if word in t]


def test_lower_case_speakers_after_a_time_are_names_and_found_in_every_message():
    text = ("19:40 zeph: where r u\n19:41 Jade: at home\n19:42 zeph: ok tell dom zeph is coming\n"
            "19:50 zeph: dont tell ur mum\n")
    got = texts(text)
    assert got.count("zeph") == 4


@pytest.mark.parametrize("text, name", [
    ("i stayed at my nana pauline's cos mum was kicking off", "pauline"),
    ("dont tell my dad gareth im going out", "gareth"),
    ("my auntie bev said i can stay", "bev"),
    ("ive been seeing tash again but dont tell anyone", "tash"),
    ("deano sed he will sort it dont worry", "deano"),
])
def test_lower_case_names_after_kin_words_seeing_and_sed(text, name):
    assert name in texts(text)


@pytest.mark.parametrize("text", [
    "im going to see my nana tomorrow cos shes poorly",
    "i aint sayin nothing to nobody",
    "my dad said no and i said fine",
])
def test_lower_case_kin_words_and_slang_are_not_names(text):
    assert [f for f in d.detect(RECORD, text) if f.kind == d.NAME] == []


@pytest.mark.parametrize("text, place", [
    ("i got the bus to shrewsbury and nobody knew", "shrewsbury"),
    ("they picked me up in wolverhampton im not saying who", "wolverhampton"),
])
def test_lower_case_towns_in_own_words_are_places(text, place):
    assert (place, d.PLACE, None) in found(text)


@pytest.mark.parametrize("text, name", [
    ('An older lad known as "J-Dog" drives her about.', "J-Dog"),
    ("The report was typed by K. Ferreira, family support worker.", "K. Ferreira"),
    ("Signed: Mum S. Qureshi    Dad I Qureshi", "I Qureshi"),
    ("Offender: KOWALCZYK, Dariusz   of no fixed abode", "KOWALCZYK, Dariusz"),
    ("Her cousin, Ms Wozniacka, lives above the shop.", "Ms Wozniacka"),
    ("Mrs Popescu and Mr Ionescu both attended.", "Mr Ionescu"),
    ("The interpreter, Hoang, arrived at ten.", "Hoang"),
])
def test_initials_family_first_capitals_and_names_of_more_traditions(text, name):
    assert name in texts(text)


@pytest.mark.parametrize("text", [
    "I think I saw her at the bus stop.",
    "REFERRAL, Part 2: reasons for concern",
    "CAMHS, Tuesday: no show.",
])
def test_the_pronoun_and_headings_in_capitals_are_not_names(text):
    assert [f for f in d.detect(RECORD, text) if f.kind == d.NAME] == []


def test_a_date_printed_with_hyphens_and_a_month_name():
    assert d.parse_date("04-Mar-1992") == dt.date(1992, 3, 4)
    assert d.parse_date("04-Mar-92") == dt.date(1992, 3, 4)
    assert ("12-Mar-2015", d.DOB, "c") in found("Subject born 12-Mar-2015, seen at home.")


def test_a_listed_town_at_the_start_of_a_bracket_or_line_is_a_place():
    assert ("Kidderminster", d.PLACE, None) in found("Seen twice out of area (Kidderminster, then Bromsgrove).")
    assert not [f for f in d.detect(RECORD, "She attends Nuneaton Sixth Form Centre.") if f.kind == d.NAME]


@pytest.mark.parametrize("text", ["She is revising for her A-Level exams.", "The X-Ray showed no fracture."])
def test_a_letter_and_a_word_joined_by_a_hyphen_is_not_a_name_by_rarity_alone(text):
    assert [f for f in d.detect(RECORD, text) if f.kind == d.NAME] == []


def test_a_family_name_in_capitals_before_a_comma_is_found_alone_later():
    text = "Arrested: BALOGUN, Femi   (see custody record)\nBALOGUN was interviewed under caution."
    assert texts(text).count("BALOGUN") == 1 and "BALOGUN, Femi" in texts(text)


def test_a_name_beside_a_lower_case_name_is_one_too():
    assert "rhiannon" in texts("i been seeing tash n rhiannon a lot more since summer")


def test_a_recorded_name_in_someones_own_lower_case_words_even_if_a_word_too():
    rec = d.CaseRecord([d.Party("g", "grandparent", [("Carol", "Marsden")])], None)
    assert ("carol", d.NAME, "g") in found("dont tell carol i was out", rec)
    assert "carol" not in texts("They sang a carol at the Christmas fair.", rec)


@pytest.mark.parametrize("text, name", [
    ("She asked if she could go to Zorana's for tea.", "Zorana"),
    ("Police have linked the car to Dwayne Pickering, 24.", "Dwayne Pickering"),
])
def test_after_to_a_possessive_or_a_family_name_is_a_person_not_a_place(text, name):
    assert (name, d.NAME, None) in found(text)


def test_a_saints_name_in_a_place_after_to_is_not_a_person():
    assert not [f for f in d.detect(RECORD, "Dad took him to St James' Park on Saturday.") if f.kind == d.NAME]


@pytest.mark.parametrize("text, name", [
    ("She spends weekends with her cousins Amara and Tobi in the holidays.", "Tobi"),
    ("His mates Dariusz, Kuba and Olek were with him.", "Olek"),
    ("Pham Thi Lan attended with an interpreter.", "Pham Thi Lan"),
    ('He owes money to a man called "Little Gaz".', "Little Gaz"),
])
def test_lists_after_plural_relationship_words_vietnamese_names_and_nickname_adjectives(text, name):
    assert name in texts(text)


@pytest.mark.parametrize("text", [
    "They hired a Luton Van to move the furniture.",
    "Her friends were at the Big Screen on Saturday.",
    "The Little Theatre runs a youth drama group.",
])
def test_vans_screens_and_theatres_are_not_people(text):
    assert [f for f in d.detect(RECORD, text) if f.kind == d.NAME] == []


def test_a_name_in_the_workers_note_is_found_in_the_young_persons_lower_case_words():
    text = 'Note: "Dez" is her boyfriend, 20.\n\nher words: i love dez and i dont care what u think'
    assert texts(text).count("dez") == 1


@pytest.mark.parametrize("text, span, kind", [
    ("i dont want to move back to gorsethorpe ever", "gorsethorpe", d.PLACE),
    ("im living on hawthorn rd now its ok", "hawthorn rd", d.ADDRESS),
    ("i was at bexleys all night dont tell mum", "bexley", d.NAME),
])
def test_lower_case_places_streets_and_homes_in_own_words(text, span, kind):
    assert (span, kind) in [(t, k) for t, k, _ in found(text)]


@pytest.mark.parametrize("text", [
    "i was in bed all day dont ring me",
    "i went in the main road and got the bus",
    "im on the same road as her lol",
])
def test_lower_case_everyday_places_are_not_proposed(text):
    assert [f for f in d.detect(RECORD, text) if f.kind in (d.PLACE, d.ADDRESS, d.NAME)] == []


def test_a_lower_case_street_is_read_only_in_someones_own_words():
    assert "slip road" not in texts("The car stopped on slip road B by the junction.")


def test_a_middle_name_the_record_lacks_between_a_persons_names_is_part_of_the_name():
    assert ("Jade Louise Lovelace", d.NAME, "c") in found("Jade Louise Lovelace was seen at school.")
    assert "Jade said Lovelace" not in texts("Jade said Lovelace was her name.")


def test_a_family_name_first_with_a_middle_name_the_record_lacks():
    rec = d.CaseRecord([d.Party("h", "sibling", [("Minh", "Pham")]), d.Party("l", "subject", [("Lan", "Pham")])], "l")
    assert ("Pham Duc Minh", d.NAME, "h") in found("Her brother Pham Duc Minh lives abroad.", rec)
    assert ("Pham", d.NAME, "shared") in found("Lan and Minh Pham. Pham Report filed.", rec)


def test_a_place_of_two_words_after_a_place_word():
    assert ("Little Haverthwaite", d.PLACE, None) in found("They moved to Little Haverthwaite last spring.")
    assert "Great Britain" not in texts("He has lived in Great Britain all his life.")


def test_a_day_and_month_after_on_is_a_date_but_a_score_is_not():
    assert ("14/3", d.DATE, None) in found("Home visit booked on 14/3 with mum.")
    assert not [f for f in d.detect(RECORD, "She rated her mood 6/10 today.") if f.kind == d.DATE]


def test_a_place_of_two_words_in_an_organisations_name_is_left():
    assert not [f for f in d.detect(RECORD, "She was taken to North Haverthwaite District Hospital.") if f.kind == d.PLACE]


@pytest.mark.parametrize("text, city", [
    ("Her grandmother still lives outside Kraków with the younger boys.", "Kraków"),
    ("The family came through Mogadishu and then Nairobi.", "Nairobi"),
])
def test_a_listed_city_abroad_is_a_place(text, city):
    assert (city, d.PLACE, None) in found(text)


def test_a_listed_town_that_is_also_a_family_name_said_of_a_person_stays_a_name():
    got = found("Later that day Dr Ayo and Preston said they would visit.")
    assert ("Preston", d.NAME, None) in got and ("Preston", d.PLACE, None) not in got


@pytest.mark.parametrize("text, name", [
    ("mums new fella deano is always round ours i dont like it", "deano"),
    ("Her fella Kenzo waited outside in the car.", "Kenzo"),
    ("Arrested: OKAFOR Chidi at 14:20 on the estate.", "OKAFOR Chidi"),
])
def test_slang_partner_words_and_a_listed_family_name_in_capitals_first(text, name):
    assert name in texts(text)


@pytest.mark.parametrize("text", ["Emailed CAMHS Jade's consent form.", "my man said no way dont worry"])
def test_an_acronym_before_a_name_and_my_man_said_are_not_names_of_their_own(text):
    assert [t for t in texts(text) if t.isupper() or t in ("said", "no")] == []


@pytest.mark.parametrize("text", ["She went to Eid prayers with her aunt.", "They travel to Vaisakhi celebrations in town."])
def test_faith_festivals_after_a_place_word_are_not_places(text):
    assert [f for f in d.detect(RECORD, text) if f.kind in (d.PLACE, d.NAME)] == []


def test_short_forms_in_community_languages_of_a_record_given_name():
    rec = d.CaseRecord([d.Party("m", "mother", [("Małgorzata", "Wrona")]), d.Party("f", "father", [("Olufemi", "Bello")])], None)
    assert ("Gosia", d.NAME, "m") in found("Gosia brought the baby to clinic.", rec)
    assert ("Femi", d.NAME, "f") in found("Later Femi rang to cancel.", rec)


@pytest.mark.parametrize("text, name", [
    ("me and tamsin are going halves on a phone", "tamsin"),
    ("kayleigh keeps ringing me at night", "kayleigh"),
    ("we was round dillon's till late lol", "dillon"),
    ("im scared of tyreek hes always outside the shop", "tyreek"),
    ("jaden n corey was there as well", "corey"),
    ("Case note. then she said: my cousin shenice knows", "shenice"),
])
def test_lower_case_names_in_writing_begun_in_lower_case_and_more_verbs(text, name):
    assert name in texts(text)


@pytest.mark.parametrize("text", [
    "Support was offered, e.g. the parenting group run by Early Help; she said she will think about it.",
    "Agreed actions incl. a referral; she will ring back approx. two weeks from now.",
    "me and the dog went for a walk then i had tea",
    "summer and autumn are my favourite, winter is rubbish",
])
def test_lower_case_name_rules_do_not_fire_in_formal_text_or_on_everyday_words(text):
    assert [f for f in d.detect(RECORD, text) if f.kind == d.NAME] == []


@pytest.mark.parametrize("text, address", [
    ("She now lives at Flat 12, Brackenridge Court, Tanner's Row, with her son.", "Flat 12, Brackenridge Court, Tanner's Row"),
    ("The family have Plot 4, Mossfield Lane on the site.", "Plot 4, Mossfield Lane"),
    ("Post goes to Unit 3, 27 Ferris Street for now.", "Unit 3, 27 Ferris Street"),
])
def test_a_flat_plot_or_unit_with_its_building_and_street_is_an_address(text, address):
    assert (address, d.ADDRESS) in [(t, k) for t, k, _ in found(text)]


def test_a_council_after_a_workers_title_and_a_name_learned_elsewhere_inside_an_organisation_are_not_names():
    text = "Mr Quarnby rang. cc: Ann Lee, Social Worker, Quarnby Council. Quarnby Council will write."
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME and f.text.startswith("Quarnby")] == []
    assert "Mr Quarnby" in texts(text)



def test_a_recorded_school_is_found_by_its_name_without_its_kind():
    rec = d.CaseRecord([d.Party("c", "subject", [("Ava", "Lund")], schools=["St Hilda's Catholic Primary School"]),
                        d.Party("g", "grandparent", [("Hilda", "Lund")])], "c")
    assert ("St Hilda's", d.SCHOOL, None) in found("The DSL at St Hilda's rang about attendance.", rec)
    assert d._school_short_name("Westfield Primary School") is None  # one word alone is a place or a person too


@pytest.mark.parametrize("text, name", [
    ('He gave his name as "Skitz" and would not say more.', "Skitz"),
    ('Police were told about the name "Blade". Later Blade texted her.', "Blade"),
    ("She told staff her real name was Thuy.", "Thuy"),
])
def test_a_name_given_after_the_word_name(text, name):
    assert name in texts(text)


def test_the_word_name_before_an_ordinary_phrase_is_not_a_cue():
    assert [f for f in d.detect(RECORD, "Her name is on the register. The name of the school was not given.") if f.kind == d.NAME] == []


@pytest.mark.parametrize("text", [
    "Previously known to Darlington Children's Services.",
    "Mum said she had been drinking Żubrówka with friends.",
])
def test_a_town_before_services_and_a_vodka_are_not_names_or_places(text):
    assert [f for f in d.detect(RECORD, text) if f.kind in (d.NAME, d.PLACE)] == []


# Added after held-out set 7 was read (2026-11-22): fresh sentences, not from any set.
@pytest.mark.parametrize("text, place", [
    ("The children were moved to a hostel in Walthamstow last spring.", "Walthamstow"),
    ("Kasia was seen near the shops in Harehills after midnight.", "Harehills"),
    ("Her aunt has a flat above a café in Toxteth.", "Toxteth"),
    ("Bedminster police returned him home at 2am.", "Bedminster"),
])
def test_a_listed_district_is_a_place_not_a_name(text, place):
    assert (place, d.PLACE, None) in found(text)
    assert (place, d.NAME, None) not in found(text)


@pytest.mark.parametrize("text, place", [
    ("He was dropped off near Seven Sisters station by an older male.", "Seven Sisters"),
    ("The family stayed with friends in Moss Side for a week.", "Moss Side"),
    ("Police picked her up on a bench at Old Swan.", "Old Swan"),
    ("im not going back to moss side lol", "moss side"),
])
def test_a_district_of_two_words_is_a_place(text, place):
    assert (place, d.PLACE, None) in found(text)


def test_a_district_of_two_words_in_lower_case_is_not_read_in_ordinary_prose():
    assert [f for f in d.detect(RECORD, "The old swan pedalo on the lake was repaired.") if f.kind == d.PLACE] == []


@pytest.mark.parametrize("text, street", [
    ("She has been seen hanging around on Harcourt Road with older boys.", "Harcourt Road"),
    ("The car was parked off Denby Avenue near the garages.", "Denby Avenue"),
    ("Mum thinks he stays at a flat on Cavendish Street.", "Cavendish Street"),
])
def test_a_named_street_without_a_number_is_an_address(text, street):
    assert (street, d.ADDRESS, None) in found(text)


@pytest.mark.parametrize("text", [
    "He was registered with the Cavendish Street Practice until March.",
    "Seen at the Harcourt Road Dental surgery for a check-up.",
    "They walked along the High Street to the bus stop.",
    "Traffic on the Ring Road made the worker late.",
    "An appointment at the Denby Lane Hospital site was missed.",
])
def test_an_organisation_named_after_its_street_or_a_generic_street_is_not_an_address(text):
    assert [f for f in d.detect(RECORD, text) if f.kind == d.ADDRESS] == []


@pytest.mark.parametrize("text, number", [
    ("His father in Kraków can be reached on +48 512 334 908 most evenings.", "+48 512 334 908"),
    ("Her grandmother's number in Lagos is +234 803 555 0199.", "+234 803 555 0199"),
])
def test_a_number_abroad_in_international_form_is_a_phone(text, number):
    assert (number, d.PHONE, None) in found(text)


def test_a_plus_sign_before_a_short_figure_is_not_a_phone():
    assert [f for f in d.detect(RECORD, "Attendance rose by +12 points, to 94 per cent, over 3 terms.") if f.kind == d.PHONE] == []


@pytest.mark.parametrize("text, word", [
    ("She attends the Ethiopian Orthodox church with her aunt on Sundays.", "Orthodox"),
    ("The Respondent did not attend the hearing.", "Respondent"),
    ("Referred to the IDVA after the incident.", "IDVA"),
    ("The Headteacher agreed to a reduced timetable.", "Headteacher"),
    ("Friday prayers are at the Jamia Masjid.", "Masjid"),
    ("Phoned the school at 9.", "Phoned"),
    ("Goodbyes were difficult for both boys.", "Goodbyes"),
])
def test_faith_words_roles_and_sentence_verbs_are_not_names(text, word):
    assert not [t for t in texts(text) if word in t]


def test_a_kin_word_before_a_name_stays_outside_the_name():
    assert ("Abdul", d.NAME, None) in found("His grandfather said Ayeeyo Faadumo and Dada Abdul will visit.") \
        or "Abdul" in texts("His grandfather said Ayeeyo Faadumo and Dada Abdul will visit.")
    assert not [t for t in texts("Then Dada Abdul Rehman came to the door.") if t.startswith("Dada")]
    assert [t for t in texts("Then Dada Abdul Rehman came to the door.") if "Abdul" in t]


@pytest.mark.parametrize("text, word", [
    ("Information about his past was shared under Sarah's Law last year.", "Sarah"),
    ("She has Down's Syndrome and attends a special school.", "Down"),
    ("The incident was logged under Op Kingfisher by the night team.", "Kingfisher"),
    ("Officers from Operation Bluebell visited the flat.", "Bluebell"),
    ("The girls fed a grey pony called Bramble on the farm.", "Bramble"),
    ("They have a lurcher named Ziggy who sleeps in the kitchen.", "Ziggy"),
    ("Mass is said at St Hedwig's Polish church on Sundays.", "Hedwig"),
])
def test_named_laws_conditions_operations_pets_and_saints_are_not_people(text, word):
    assert not [t for t in texts(text) if word in t]


@pytest.mark.parametrize("text, name", [
    ("Her friend called Ziggy said she was at the park.", "Ziggy"),
    ("Sarah said the dog was not hers.", "Sarah"),
    ("Kingfisher Nowak was arrested on Monday.", "Kingfisher Nowak"),
])
def test_the_same_words_as_people_are_still_found(text, name):
    assert name in texts(text)


@pytest.mark.parametrize("text, name", [
    ("The maternal grandmother, Nani Shahida, will help after the birth.", "Shahida"),
    ("His grandfather, Dada Tariq, collects him on Fridays.", "Tariq"),
    ("Contact notes: Ayeeyo Faadumo visited with sweets.", "Faadumo"),
])
def test_a_community_kin_word_before_a_name_is_not_part_of_it(text, name):
    assert name in texts(text)
    assert not [t for t in texts(text) if t.split()[0] in ("Nani", "Dada", "Ayeeyo")]


def test_a_role_in_capitals_before_a_comma_is_not_a_family_name():
    assert not [t for t in texts("Present: Amina Patel (IDVA, Refuge) and the DSL.") if "IDVA" in t]


def test_a_country_can_still_be_a_family_name_after_a_given_name():
    assert "Ximena Montenegro" in texts("Yesterday Ximena Montenegro collected the boys from school.")


@pytest.mark.parametrize("text, date", [
    ("Thurs 6/2 - slept badly, up at 4.", "6/2"),
    ("Saturday, 21/6: went swimming with the carers.", "21/6"),
    ("The dentist will see him on the 23rd.", "the 23rd"),
])
def test_a_diary_day_and_month_and_an_ordinal_after_on_the_are_dates(text, date):
    assert (date, d.DATE, None) in found(text)


@pytest.mark.parametrize("text", [
    "She got 7/10 in the spelling test on Friday.",
    "They live on the 14th floor of the block.",
    "He passed on the 2nd attempt.",
])
def test_scores_floors_and_attempts_are_not_dates(text):
    assert [f for f in d.detect(RECORD, text) if f.kind in (d.DATE, d.DOB)] == []


@pytest.mark.parametrize("text, plate", [
    ("Her uncle drives a silver Astra, the reg starts KP21 she thinks.", "KP21"),
    ("A man in a blue van, YX68 something, waited outside the school.", "YX68"),
])
def test_part_of_a_registration_after_a_vehicle_word_is_a_vehicle(text, plate):
    assert (plate, d.VEHICLE, None) in found(text)


@pytest.mark.parametrize("text", [
    "The KS21 form was sent to the school.",
    "She is in room AB12 on the ward.",
    "He drove to the office. Form SW19 was filed.",
])
def test_letters_and_figures_without_a_vehicle_word_are_not_a_vehicle(text):
    assert [f for f in d.detect(RECORD, text) if f.kind == d.VEHICLE] == []


@pytest.mark.parametrize("text, family", [
    ("On Sundays he eats with his friend's family (the Gebremedhins).", "Gebremedhins"),
    ("The Tesfayes were at the door when we arrived.", "Tesfayes"),
])
def test_a_family_called_by_its_plural_name_is_found(text, family):
    assert family in texts(text)


@pytest.mark.parametrize("text", [
    "The little one watched the Teletubbies on TV after tea.",
    "They collect the Zorblings stickers at school.",
])
def test_a_plural_after_the_that_names_a_show_or_a_thing_is_not_a_family(text):
    assert [f for f in d.detect(RECORD, text) if f.kind == d.NAME] == []


def test_where_someone_lives_after_their_age_and_of_is_a_place():
    assert ("Grangetown", d.PLACE, None) in found("A youth, 16, of Grangetown was arrested on Friday.")


@pytest.mark.parametrize("text", ["Page 12, of Section 3 sets out the duty.", "Question 4, of Part Two, was skipped."])
def test_a_number_and_of_before_a_heading_word_is_not_a_place(text):
    assert [f for f in d.detect(RECORD, text) if f.kind == d.PLACE] == []


def test_a_service_named_with_its_noun_in_lower_case_after_the_is_not_a_person():
    assert [f for f in d.detect(RECORD, "She was referred to the Brighter Pathways hub in May.") if f.kind == d.NAME] == []


@pytest.mark.parametrize("text, name", [
    ("She went with Kasia to the team meeting.", "Kasia"),
    ("The Nowaks came to the panel.", "Nowaks"),
])
def test_a_person_near_a_service_word_is_still_found(text, name):
    assert name in texts(text)


# --- Rules added after held-out set 8 was scored (2026-12-06); each sentence written fresh for these tests ----------

def names_in(text, record=RECORD):
    return [f.text for f in d.detect(record, text) if f.kind == d.NAME]


@pytest.mark.parametrize("text", [
    "She stays with her Bibi at weekends.", "Her Dapîr lives in Erbil now.", "He calls his grandfather Gung Gung.",
    "Mei's Poh Poh cooks on Sundays.", "i miss poh poh so much", "They went to see their Teta in Beirut.",
])
def test_kin_words_of_community_languages_are_not_names(text):
    assert not [n for n in names_in(text) if n not in ("Mei",)]


def test_a_name_beside_a_community_kin_word_is_still_found():
    assert names_in("Yusuf Kaka drives her to school.") == ["Yusuf"]
    assert names_in("Present: Shamim Bibi (aunt) and Priya Jain.") == ["Shamim Bibi", "Priya Jain"]


def test_a_short_form_that_is_a_form_label_is_not_taken_for_the_person():
    record = d.CaseRecord([d.Party("c", "subject", [("Robert", "Mills")])], "c")
    got = found("Robert Mills, DOB 04.05.2012. Bob was seen alone.", record)
    assert ("Bob", d.NAME, "c") in got and not [t for t, kind, _p in got if t == "DOB"]


@pytest.mark.parametrize("text, names", [
    ("Panel: Medical\nAdviser Dr Omar Haq; Panel Adviser Louise Slee; Legal Adviser P. Brent.",
     ["Dr Omar Haq", "Louise Slee", "P. Brent"]),
    ("From: Liaison Health Visitor Bev Salt, Safeguarding Team", ["Bev Salt"]),
    ("Seen by the registrar (ST3 Orthopaedics) and referred to Dermatology.", []),
    ("The farm is near Penrith, Cumbria CA11 0AB, not far from Dorset.", []),
    ("She needs a Dari or Hazaragi interpreter.", []),
    ("He drives a taxi for Luton Cabs and works at Shah's Barbers.", ["Shah"]),
    ("She works at Lau's Bakery on Saturdays.", ["Lau"]),
    ("The scheme is ending and DEFRA's Sustainable Farming Incentive has begun.", []),
    ("The review was held at the Ryton Memorial Hall.", []),
    ("She spoke to Gemma Hall and Jordan Hall.", ["Gemma Hall", "Jordan Hall"]),
    ("She shows her pet Herdwick tup and wears her Pandora bracelet.", []),
    ("She went into town with her Kasia.", ["Kasia"]),
    ("Yip Wai Man rang; Chan Siu-Ming did not.", ["Yip Wai Man", "Chan Siu-Ming"]),
])
def test_roles_specialties_counties_languages_businesses_and_venues(text, names):
    assert names_in(text) == names


def test_a_nickname_in_capitals_in_quotes_is_a_name_and_found_again():
    text = 'Also known as: "TJ", Tyrone James. Later TJ was seen at school by the DSL.'
    assert [n for n in names_in(text) if n == "TJ"] == ["TJ", "TJ"]
    assert "DSL" not in names_in(text)


@pytest.mark.parametrize("text, street", [
    ("Officers attended Bracken Court after a neighbour called.", "Bracken Court"),
    ("The man lives on Upper Moss St near the station.", "Upper Moss St"),
    ("She lives in Ferncliffe Close with her aunt.", "Ferncliffe Close"),
])
def test_a_named_court_close_or_abbreviated_street_without_a_number_is_an_address(text, street):
    assert (street, d.ADDRESS) in [(f.text, f.kind) for f in d.detect(RECORD, text)]


@pytest.mark.parametrize("text", ["The hearing is at Carlisle Crown Court.", "He could see the Milky Way.",
                                  "Mum works at Kasia's Place in town."])
def test_a_court_a_galaxy_or_someones_place_is_not_a_street(text):
    assert not [f for f in d.detect(RECORD, text) if f.kind == d.ADDRESS]


@pytest.mark.parametrize("text, places", [
    ("I live at 14 Moston St,\nShelton, ST1 6QE.", ["Shelton"]),
    ("Found in a flat on Hope Street, Hanley\nInterview by: Lucy", ["Hanley"]),
    ("Address: Brackenrigg, Shap, Penrith, Cumbria CA10 3LX", ["Brackenrigg", "Shap", "Penrith"]),
    ("Seen at 3 Ash Grove, Bishop Auckland, DL14 6QQ on Monday.", ["Bishop Auckland"]),
    ("Ann Smith, Hexham NE46 1AB", ["Hexham"]),
])
def test_the_town_or_district_of_an_address_is_a_place(text, places):
    got = d.detect(RECORD, text)
    assert [f.text for f in got if f.kind == d.PLACE] == places
    assert "Ann Smith" not in [f.text for f in got if f.kind == d.PLACE]


def test_a_day_and_month_that_cannot_be_a_score_is_a_date():
    dates = [f.text for f in d.detect(RECORD, "I rang three times (14/10, 15/10, 18/10); seen 05/11.") if f.kind == d.DATE]
    assert dates == ["14/10", "15/10", "18/10", "05/11"]
    assert not [f for f in d.detect(RECORD, "She scored 6/10 and 8/10; the line is open 24/7.") if f.kind == d.DATE]


def test_schools_for_boys_or_girls_and_not_free_school_meals():
    got = [(f.text, f.kind) for f in d.detect(RECORD, "He goes to Heathfield School for Girls; mum applied for Free School Meals.")]
    assert ("Heathfield School for Girls", d.SCHOOL) in got
    assert not [t for t, kind in got if "Meals" in t or t == "Free School"]


def test_where_someone_was_born_is_a_place():
    assert [(f.text, f.kind) for f in d.detect(RECORD, "He was born at Wolsingham and grew up on a farm.")] == [
        ("Wolsingham", d.PLACE)]


def test_texting_words_are_not_names_in_lower_case():
    assert names_in("my nan aint gonna find out lol") == []
    assert names_in("me and kacey aint speaking lol") == ["kacey"]


# --- Rules added after held-out set 9 was scored (2026-12-06); each sentence written fresh for these tests ----------

@pytest.mark.parametrize("text, names", [
    ("She got five GCSEs and two BTECs; the IROs agreed.", []),
    ("The family worship at the Church of Pentecost in town.", []),
    ("He is open to Targeted Youth Support and Integrated Offender Management.", []),
    ("Durham Constabulary attended; the Sowe Valley Early Help team followed up.", []),
    ("Staff saw a silver Vauxhall and a black Mercedes C-Class outside.", []),
    ("The family's Opel and dad's Elvanse prescription were discussed; the referral went by Egress.", []),
    ("They celebrated Bandi Chhor Divas and Lohri with family.", []),
    ("Date: Tues 25th Nov; next visit Weds 3 Dec.", []),
    ("Hi Declan,\n\nThanks for the report.", ["Declan"]),
    ("MARAC REFERRAL FORM - Tynedale MARAC; Lincs and Notts teams copied in.", []),
    ("Mum (she gave her name as Um Karim) was tired.", ["Karim"]),
    ("They have a lurcher cross called Biscuit and a Staffie named Tyson.", []),
    ("From: Dr Ann Lee, Specialist in Paediatric Dentistry", ["Dr Ann Lee"]),
    ("Farah from the Refugee Centre came; Efua is with Auntie Comfort.", ["Farah", "Efua", "Comfort"]),
    ('Associates: a male known only as "Tiny" and an older lad called "Smiler".', ["Tiny", "Smiler"]),
    ("Listed before District Judge Kyriacou on Monday.", ["Judge Kyriacou"]),
    ("Name: Harjit Singh DHILLON (known as \"Mr D\")", ["Harjit Singh DHILLON"]),
])
def test_rules_after_set_9(text, names):
    assert names_in(text) == names


def test_a_country_is_a_place_and_a_town_in_a_country_too():
    got = [(f.text, f.kind) for f in d.detect(RECORD, "He wants to go back to India; they came by way of Zahle in\nLebanon.")]
    assert ("India", d.PLACE) in got and ("Zahle", d.PLACE) in got
    assert not [t for t, kind in got if kind == d.NAME]


@pytest.mark.parametrize("text, place", [
    ("They went to the beach at Skegness on Sunday.", "Skegness"),
    ("Her partner is in the army at Catterick.", "Catterick"),
    ("He was seen at West Croydon bus station.", "West Croydon"),
    ("The driver (DOB 21/01/2006, of New Addington) was arrested.", "New Addington"),
])
def test_more_place_cues(text, place):
    assert (place, d.PLACE) in [(f.text, f.kind) for f in d.detect(RECORD, text)]


def test_a_family_name_in_capitals_with_its_particle_after_a_given_name_is_one_name():
    record = d.CaseRecord([d.Party("f", "father", [("Karim", "Al Masri")])], "f")
    assert ("Karim AL MASRI", d.NAME, "f") in found("Partner: Karim AL MASRI (spelt differently by the GP)", record)


@pytest.mark.parametrize("text, name", [
    ("Can you send the minutes?\n\nCheers\nDec\n\nDeclan Hughes | Youth Justice", "Dec"),
    ("Kind regards,\nMo\n", "Mo"),
    ("The court is asked to approve the plan.\n\nBRONAGH KYRIAKIDES\n12 March 2026", "BRONAGH KYRIAKIDES"),
])
def test_a_signed_name_is_a_name(text, name):
    assert name in names_in(text)


def test_a_heading_in_capitals_is_not_a_signed_name():
    assert names_in("RETURN HOME INTERVIEW\nMARAC REFERRAL FORM\nCHILD PROTECTION PLAN") == []


def test_a_recorded_name_written_in_another_script_is_that_person():
    record = d.CaseRecord([d.Party("c", "subject", [("Lana", "Haddad"), ("Jasleen", "Sandhu")]),
                           d.Party("b", "sibling", [("Karam", "Haddad")])], "c")
    got = found("She wrote لانا and her brother wrote كرم; she signed ਜਸਲੀਨ too. نسخة باللغة العربية مرفقة.", record)
    assert [(t, p) for t, kind, p in got if kind == d.NAME] == [("لانا", "c"), ("كرم", "b"), ("ਜਸਲੀਨ", "c")]


def test_a_rare_word_that_begins_a_message_is_a_name():
    text = "22:48 maths.tutor: zorvan wait\n22:49 maths.tutor: dont tell ur mum lol"
    assert names_in(text) == ["zorvan"]
    assert names_in("Note: went to school today lol dont") == []


def test_a_numbered_street_in_lower_case_is_an_address():
    assert ("5/9 alexandra rd", d.ADDRESS) in [(f.text, f.kind) for f in d.detect(RECORD, "my flat at 5/9 alexandra rd is small")]


def test_a_misspelt_recorded_name_before_another_family_name_is_someone_else():
    record = d.CaseRecord([d.Party("f", "father", [("Jaswinder", "Sandhu")])], "f")
    got = found("Also present: Jasvinder\nRai (Women's Aid).", record)
    assert ("Jasvinder\nRai", d.NAME, None) in got


def test_a_forms_school_label_is_not_a_school():
    got = [(f.text, f.kind) for f in d.detect(RECORD, "Languages: English, Polish\nSchool: Ashfield School, Year 9")]
    assert ("Ashfield School", d.SCHOOL) in got and not [t for t, kind in got if "Polish" in t]


# --- Rules added after held-out set 10 was scored (2026-12-06); each sentence written fresh for these tests ---------

@pytest.mark.parametrize("text, names", [
    ("Uncle Ilir texted: Don't worry. Won't be long. Can't talk now.", ["Ilir"]),
    ("I work Mon-Fri 9-5 and Sat-Sun on call.", []),
    ("| 4th May 2026 | Unannounced visit: all asleep |", []),
    ("She lives at Rowan House (Greenway Care Ltd) and sees Dr Ali at Victoria House Surgery.", ["Dr Ali"]),
    ("First Responder: the council; Supervisor: the team manager.", []),
    ("The cupboard held Weetabix, a tub of Lurpak and two Müller yoghurts.", []),
    ("A neighbour's Ring doorbell filmed the car.", []),
    ("He said: \"Don't tell Buwa.\" Her Bajai cooks dal bhat for Dashain.", []),
    ('She owes money to a man she calls "Big Gaz" on the estate.', ["Big Gaz"]),
    ('He gets messages from "Rob" late at night; Kayden (17, "Kay") was with him.', ["Rob", "Kayden", "Kay"]),
    ('Known at school as "Mr K", he tutored her; an app called "Zorbly" was used.', []),
])
def test_rules_after_set_10(text, names):
    assert names_in(text) == names


def test_a_school_named_by_its_place_and_phase_is_a_school():
    got = [(f.text, f.kind) for f in d.detect(RECORD, "Meeting at Thornfield Primary; DSL, Ashby\nInfants; pupils in Primary phase.")]
    assert ("Thornfield Primary", d.SCHOOL) in got and ("Ashby\nInfants", d.SCHOOL) in got
    assert not [t for t, kind in got if "phase" in t]


def test_a_lower_case_word_after_an_article_is_not_a_name():
    assert names_in("i dont know lol. the bong was under the duvet and a vape on the side") == []


# --- Rules added after held-out set 11 was scored (2026-12-06); each sentence written fresh for these tests ---------

def test_the_initials_of_a_recorded_double_given_name_are_that_person():
    record = d.CaseRecord([d.Party("c", "subject", [("Lily-Mae", "Foster")]), d.Party("f", "father", [("Jean-Luc", "Mbala")])], "c")
    got = [(t, p) for t, kind, p in found("Nan has LM on Sundays; J-L rang, and J.L. texted after.", record) if kind == d.NAME]
    assert got == [("LM", "c"), ("J-L", "f"), ("J.L.", "f")]


@pytest.mark.parametrize("text, names", [
    ('Mariam ("Mimi") was upset at home time.', ["Mariam", "Mimi"]),
    ('Her grandmother, Wong Mei ("Poh Poh"), lives with them.', ["Wong Mei"]),
    ("21:02 Kez: jordan u there\n21:03 Kez: dont knock lol", ["Kez", "jordan", "Kez"]),
    ("can u tell mr pickering i was late cos of the bus lol. i miss nan", ["pickering"]),
])
def test_rules_after_set_11(text, names):
    assert names_in(text) == names


# --- Rules added after held-out set 12 was scored (2026-12-06); each sentence written fresh for these tests ---------

def test_the_senders_of_a_copied_chat_are_names():
    text = ("21:02 Тарас ❤️: ok mama\n21:03 Мама 🌻: 🙏\n21:05 kayden 🔥: u coming?\n21:06 leah w: yes\n"
            "21:07 krownz: lol\n08:55 Added by: the school office\n21:09 Uncle Femi 🇳🇬 (+234 803 555 0199): call me")
    assert names_in(text) == ["Тарас", "kayden", "leah w", "Femi"]


def test_newer_given_names_are_known():
    assert names_in("Kaiya and Aleena were seen; Jayden was not.") == ["Kaiya", "Aleena", "Jayden"]


def test_a_name_before_a_role_in_brackets_keeps_a_family_name_that_is_a_word():
    assert names_in("Present: Laura Hide (IDVA); Louise Younger (Health Visitor).") == ["Laura Hide", "Louise Younger"]
    assert names_in("He plays Mario Kart (the game) a lot.") == []


def test_a_kin_word_before_a_given_name_is_not_a_recorded_short_form():
    record = d.CaseRecord([d.Party("g", "grandparent", [("Nancy", "Bunn")])], "g")
    got = [(t, p) for t, kind, p in found("Tegan stays with her Nanny Sandra; Nancy rang.", record) if kind == d.NAME]
    assert ("Nanny", "g") not in got and ("Nancy", "g") in got
    assert names_in('Her mother ("Haboba") and Khalti Mariam; her godmother, Madrinha Fatima.') == ["Mariam", "Fatima"]


# --- GeoNames' places (places_geonames.txt), added before held-out set 14; each sentence written fresh -----------------

def places_in(text, record=RECORD):
    return [f.text for f in d.detect(record, text) if f.kind == d.PLACE]


@pytest.mark.parametrize(("text", "places", "names"), [
    # a person, then where they live, as police and courts write it
    ("Kieran Vose (19) of Kidsgrove was arrested.", ["Kidsgrove"], ["Kieran Vose"]),
    ("Her aunt, Dawn Pybus, of Rothwell, has offered to help.", ["Rothwell"], ["Dawn Pybus"]),
    # a town between commas after an organisation or a person
    ("She is at Ridgeway Academy, Droitwich, in Year 9.", ["Droitwich"], []),
    # a town after "in" that is also a given name
    ("They rent a flat in Shirley near the park.", ["Shirley"], []),
    # but after "to", the person
    ("I handed the letter to Shirley at reception.", [], ["Shirley"]),
    # a village of two words, anywhere
    ("The family moved from Wootton Bassett last year.", ["Wootton Bassett"], []),
    # a family name that is also a village, with nothing to say it is a place: a person
    ("The strategy meeting heard from Buckley and Whitehead.", [], ["Buckley", "Whitehead"]),
    ("Agreed: R. Fenwick, Team Manager.", [], ["R. Fenwick"]),
])
def test_towns_from_geonames_where_a_place_stands(text, places, names):
    assert places_in(text) == places
    assert names_in(text) == names


def test_towns_in_lower_case_writing_and_abroad():
    text = "i went to see my cousin in kidderminster lol and dad wants to take us to torremolinos"
    assert places_in(text) == ["kidderminster", "torremolinos"]
    assert places_in("Her father lives in Marrakesh and rings on Sundays.") == ["Marrakesh"]
    assert places_in("I also spoke to Andreas on the doorstep.") == []  # a village in GeoNames, a person here


def test_a_village_of_two_words_in_a_street_or_an_organisation_is_not_the_place():
    assert places_in("They live on 4 Stoney Stanton Road now.") == []
    assert places_in("She was seen at Milton Keynes University Hospital.") == []


# --- Rules added after set 13's remaining misses were read, before held-out set 14 was scored; fresh sentences ---------

LOWER_FAMILY = d.CaseRecord([d.Party("c", "subject", [("Kenzie", "Dunmore")]), d.Party("s", "sibling", [("Alfie", "Dunmore")]),
                             d.Party("g", "grandparent", [("Maureen", "Platt")]),
                             d.Party("p", "professional", [("Hannah", "Cole")])], "c")


def test_short_forms_of_recorded_names_in_lower_case_writing():
    got = names_in("18:02 Mum: kenz told me about it lol. im worried for alf\n18:03 Mum: nanny maur is coming x", LOWER_FAMILY)
    assert got == ["kenz", "alf", "maur"]  # a pet form with -s before a verb; a clipped given name; a clip after a kin word
    assert "nanny" not in names_in("18:04 Mum: nanny maur is coming", LOWER_FAMILY)  # not Hannah's short form in lower case
    assert names_in("dont tell kenzs mum lol", LOWER_FAMILY) == ["kenzs"]  # a bare possessive s is part of the word as written


def test_a_clipped_given_name_belongs_to_no_one_person():
    assert ("Alf", d.NAME, None) in found("Alf came round at teatime.", LOWER_FAMILY)


@pytest.mark.parametrize(("text", "names"), [
    ("She played tag with Ruby-Jo and Poppy after lunch.", ["Ruby-Jo", "Poppy"]),  # two given names joined; a common name
    ("i went to the park with kayden and lacey-mae lol", ["kayden", "lacey-mae"]),
    ("my well-being is rubbish and i need an x-ray lol", []),  # hyphened words in lower case
    ('He was upset. Said "I hate it here" and left.', []),  # a given name that is an everyday word, opening a sentence
    ("Said was present at the meeting.", ["Said"]),
    ("He told the officer that\nDunny brought the bag round.", ["Dunny"]),  # a line wrapped mid-sentence
    ("She is back at Willow House; Ivy Lodge was full.", []),  # buildings named for plants
    ("She spoke to Gemma Hall and Jordan Hall.", ["Gemma Hall", "Jordan Hall"]),
])
def test_rules_before_set_14(text, names):
    assert names_in(text) == names


# --- Rules added after held-out set 14 was scored and read (2026-12-06); each sentence written fresh for these tests ----

def test_welsh_words_of_a_bilingual_letter_are_not_names():
    text = ("Cyngor Bwrdeistref Sirol / County Borough Council\nNeuadd y Dref, Wrecsam\n"
            "Uwch Weithiwr Cymdeithasol / Senior Social Worker\nDyddiad / Date: 3 Rhagfyr 2026\nDiolch / Thanks,\nBethan")
    assert names_in(text) == ["Bethan"]
    assert ("3 Rhagfyr 2026", d.DATE, None) in found(text)
    assert [f.text for f in d.detect(RECORD, "She hopes to go to Ysgol Glan Clwyd, then Coleg Menai.") if f.kind == d.SCHOOL] \
        == ["Ysgol Glan Clwyd", "Coleg Menai"]


@pytest.mark.parametrize(("text", "names"), [
    ("Name: D0MINIK KOWALSKl", ["D0MINIK KOWALSKl"]),  # a scanned form read by OCR (0 for O, l for I), found as written
    ("Emergency contact: Shazia lqbal (aunt)", ["Shazia lqbal"]),
    ("Surname: NOWAK          First name(s): KAROLINA", ["NOWAK", "KAROLINA"]),  # a form's name fields
    ("Name: Not known   DOB: unknown", []),
    ("Pilkington, Donna (Calderbrook CC)  02/12/2026 10:15", ["Pilkington", "Donna"]),  # a council's abbreviation is not a family name
    ("He drives a silver Nissan Juke and a Kia Ceed.", []),  # a car's model after its make
    ("No Buccolam was needed; Qat is illegal here.", []),  # a medicine, a drug
    ("Headteacher: Mrs\nHelen Baker", ["Mrs\nHelen Baker"]),  # after a title, a given name takes the next word
    ("Yours sincerely,\n\nR. Tinsley\nHeadteacher", ["R. Tinsley"]),  # a signature after a blank line, with an initial
    ("Dydd Llun / Thanks,\nCeri", ["Ceri"]),
    ("agree with Kasia. Zofia can stay at ours for a bit.", ["Kasia", "Zofia"]),  # "can" is a verb here
    ("she was sent an empty Monster can.", []),
    ("i said him and kaydence are done. dont care", ["kaydence"]),
    ("me and tita rosalie went to the shops lol", ["rosalie"]),  # a given name after a community kin word
])
def test_rules_after_set_14(text, names):
    assert names_in(text) == names


def test_ocr_mended_dates_and_places_abroad():
    assert ("21/09/2O26", d.DATE, None) in found("Signed: A. Khan   Date: 21/09/2O26")
    assert places_in("Previous school: Govt Girls School, Mardan, Pakistan") == ["Mardan"]
    assert places_in("She came to the UK via Djibouti and Nairobi.") == ["Djibouti", "Nairobi"]


@pytest.mark.parametrize("text, mended", [
    # a scanned date whose figures are all misread, where no / beside one shows it, or a day and year beside a month
    ("Dr B. 0kafor seen l9/ll/2O26 and 2l November 2O26, 3O Nov 2O26", "Dr B. Okafor seen 19/11/2026 and 21 November 2026, 30 Nov 2026"),
    ("D0B ll.O2.2O2l; next clinic l4 0ctober 2O26; l2 Ju1y 2O26", "D0B 11.02.2021; next clinic 14 October 2026; 12 July 2026"),
    # not a word, a room or a ward, and not a typed page (no misread figure beside a letter)
    ("Dr B. 0kafor: room l0, Ward lO, I lost 1l lbs", "Dr B. Okafor: room l0, Ward lO, I lost 1l lbs"),
    ("seen ll November 2026", "seen ll November 2026"),
])
def test_a_scanned_date_read_whole(text, mended):
    assert d._ocr_mended(text) == mended


def test_british_short_forms_and_a_bare_possessive_before_a_kin_word():
    # short forms no package lists ("kath", "deano", "daz", "jonno", "dyl"), and "kayleighs boyfriend", the possessive
    # written without its apostrophe, before a lower-case name; not "says mum" or "thanks mam", which are no one's
    assert names_in("I cant keep doing nights. kath next door said she would sit with him") == ["kath"]
    assert names_in("me and daz went to town. i told jonno and dyl to go") == ["daz", "jonno", "dyl"]
    assert names_in("kayleighs boyfriend deano from alne is ok tho") == ["kayleighs", "deano"]
    assert names_in("nurse says mum tearful. thanks mam luv u x") == []


@pytest.mark.parametrize("text, names", [
    # a given name and a capitalised everyday word mid-sentence: the word is the family name
    ("Driver believed to be Kyle Brain, 20, of Lydney.", ["Kyle Brain"]),
    ("Lauren Hide to fit a video doorbell; reply sent by Hannah Last on 26.11.2026", ["Lauren Hide", "Hannah Last"]),
    ("Neighbour concerns: Maureen Bold at number 12 told us", ["Maureen Bold"]),
    # not a place's or a service's words, a county, a country or a brand after a word that is a given name too
    ("referral to Kent Front Door; Air India to Amritsar; plays Mario Kart", []),
    ("We met at Rose Cottage. Chair: Nicola Slee (North Devon Safeguarding)", ["Nicola Slee"]),
    # after a colon or a semicolon too, where the given name is no everyday word; not "Religion: Roman Catholic"
    ("Prison Offender Manager (author): Gail Heard   COM (probation)", ["Gail Heard"]),
    ("Religion: Roman Catholic    SEN: SEN Support", []),
])
def test_a_given_name_and_an_everyday_word_for_its_family_name(text, names):
    assert names_in(text) == names
    assert "Sandy Bay" not in names_in("the photo of us at Sandy Bay")


def test_a_diary_day_after_its_weekday_is_a_date():
    got = [f.text for f in d.detect(RECORD, "sat 14th\nwent to town. thurs 19th\nschool. the 9th floor") if f.kind == d.DATE]
    assert got == ["14th", "19th"]


def test_short_forms_in_lower_case_of_a_recorded_name_that_is_a_word_too():
    record = d.CaseRecord([d.Party("c", "subject", [("Nevaeh", "Hope")]), d.Party("s", "sibling", [("Amy", "Hope")])], "c")
    assert names_in("they took nev off her. can amy ring me", record) == ["nev", "amy"]
    assert names_in("They sang a carol; an amy winehouse song.", record) == []


# --- Rules added after held-out set 15 was scored and read (2026-12-06); each sentence written fresh for these tests ----

def test_a_recorded_district_in_an_organisations_name_is_not_proposed():
    record = d.CaseRecord([d.Party("c", "subject", [("Ruby", "Vance")], addresses=[
        d.Address("12 Elm Road", "Brislington", "Bristol", "BS4 3AA")])], "c")
    got = [(f.text, f.kind) for f in d.detect(record, "She lives in Brislington. GP: Brislington Medical Centre.")]
    assert ("Brislington", d.ADDRESS) in got and len([g for g in got if g[0] == "Brislington"]) == 1


@pytest.mark.parametrize(("text", "names"), [
    ("Surname:   O K O N K W O\nFirst name(s):   A D A E Z E", ["O K O N K W O", "A D A E Z E"]),  # spaced capitals
    ("Served on: KYRON BLAKE    Date of birth: 02/03/2005", ["KYRON BLAKE"]),
    ("Known as:   JAYJAY", ["JAYJAY"]),
    ("she stays at Tia Rosangela's when home is tense", ["Rosangela"]),  # a Portuguese aunt
    ("call Lola Remedios later", ["Remedios"]),  # a Filipino grandmother
    ("Tia Brennan was present at the meeting.", ["Tia Brennan"]),  # Tia as a given name, before a family name
    ("The Osprey House log. Osprey rang at 9 to say she was safe.", []),  # a children's home, named before
    ("Debridement was done; Countersigned: the manager.", []),  # English words opening a line
    ("Social Worker    Interpreters: Mr Arun Pillai", ["Mr Arun Pillai"]),  # a form's next field, not after the role
    ("mere paas paise nahi hain. subah ho gayi", []),  # Romanised Urdu in a family's messages
])
def test_rules_after_set_15(text, names):
    assert names_in(text) == names


def test_a_day_and_month_after_a_word_dates_follow():
    got = [f.text for f in d.detect(RECORD, "A bed from 11/12; they move in 1/12. Mood after: 3/10. Score 2/4.") if f.kind == d.DATE]
    assert got == ["11/12", "1/12"]


def test_a_hyphened_recorded_given_name_in_a_transcript():
    record = d.CaseRecord([d.Party("c", "subject", [("Lacey-Mae", "Dodd")])], "c")
    assert names_in("hi its mum lacey mae had a fit in the night", record) == ["lacey mae"]


def test_someones_words_written_all_in_capitals():
    record = d.CaseRecord([d.Party("c", "subject", [("Kacie", "Mayhew")])], "c")
    text = ("WHAT HELP WOULD YOU LIKE?\nMY NAN HELPS AND MY COUSIN SHANICE - 07983 551 206. I COULD GO TO KACIES PARENTS EVENING\n"
            "UNIVERSITY HOSPITALS OF DERBY AND BURTON NHS FOUNDATION TRUST")
    assert names_in(text, record) == ["SHANICE", "KACIES"]  # a heading in capitals is not read so


def test_a_recorded_name_in_urdu_script_with_a_final_heh():
    record = d.CaseRecord([d.Party("m", "mother", [("Naima", "Rehman")])], "m")
    # (the name in its own script after the name is one span: see _names_written_in_another_script)
    assert names_in("Naima\n(نائمہ رحمان)", record) == ["Naima", "نائمہ رحمان"]
    assert names_in("مرفق نسخة من هذه الرسالة", record) == []  # other Arabic words are not names


@pytest.mark.parametrize(("text", "names"), [
    ("hi becky its dan from the out of hours team just so you know", ["becky", "dan"]),  # a voicemail's transcript
    ("morning rebecca it's marie oakley from the school", ["rebecca", "marie oakley"]),
    ("hi all, thanks again lol", []),
    ("can jay come? jay sed its fine", ["jay", "jay"]),  # "sed" is said, not a family name
])
def test_greetings_and_callers_in_lower_case(text, names):
    assert names_in(text) == names


# --- Rules added after held-out set 16 was scored and read (2026-12-06); each sentence written fresh for these tests ----

@pytest.mark.parametrize(("text", "names"), [
    ("Mam said don't go out. I stayed at Mam's and Nanna came round.", []),  # kin words on their own
    ("Our dog Pickle barks at the postman; my hamster Nibbles bit me.", []),  # pets
    ("Ruqaiya aapa is crying and Shazia baji rang.", ["Ruqaiya", "Shazia"]),  # a name before a community kin word
    ("Mrs Carla Pybus of Billingham took the call.", ["Mrs Carla Pybus"]),
    ("Instructed by Hartigan & Doyle Solicitors; FORBES PILLING LLP for the guardian.", ["Hartigan", "Doyle", "FORBES", "PILLING"]),
    ("Advice from Coram Children's Legal Centre and Parrett Vale Legal Services.", []),
    ("Maulana Idris Patel spoke after Asr on the 5th of Rajab.", ["Idris Patel"]),
])
def test_rules_after_set_16(text, names):
    assert names_in(text) == names


def test_places_and_dates_after_set_16():
    assert places_in("Mrs Carla Pybus of Billingham took the call.") == ["Billingham"]
    assert places_in("an uncle, Dariush Karimi, Isfahan (+98 31 3222 1100)") == ["Isfahan"]
    assert ("۱۴۰۵/۰۸/۰۲", d.DATE, None) in found("Arash  ۱۴۰۵/۰۸/۰۲ (24/10/2026) 16:10")
    assert ("22 Fernway", d.ADDRESS, None) in found("Location given: 22 Fernway, Ormsgill")


# --- Rules added after held-out set 17 was scored and read (2026-12-06); each sentence written fresh for these tests ----

def test_rules_after_set_17():
    assert names_in("Signed: R. Whitby    02/12/2026    Team Manager") == ["R. Whitby"]  # a signature field with an initial
    assert [f.text for f in d.detect(RECORD, "Seen at 4 Mill Cl; then Harbour Terr with mum.") if f.kind == d.ADDRESS] \
        == ["4 Mill Cl", "Harbour Terr"]  # streets with an abbreviated street word
    record = d.CaseRecord([d.Party("c", "subject", [("Aisha", "Rahman")], addresses=[
        d.Address("4 Kimbolton Road", "", "Bedford", "MK40 2NR")])], "c")
    got = [(f.text, f.kind) for f in d.detect(record, "She trusts Ms Bedford at school. She lives in Bedford.")]
    assert ("Ms Bedford", d.NAME) in got and ("Bedford", d.PLACE) in got  # a teacher named like the town in the record


def test_rules_after_sets_18_and_19():
    chat = ("29.09.2026 г., 19:42 - Мама ❤️: Десе, какво стана?\n"
            "29.09.2026 г., 19:50 - Деси Иванова: mamo vsichko e nared")  # a phone's export with its locale's "г."
    assert names_in(chat) == ["Деси Иванова"]
    assert names_in("Prescriber: Dr Nkiru Obi    Assessor: Kamaljit Dosanjh") == ["Dr Nkiru Obi", "Kamaljit Dosanjh"]


@pytest.mark.parametrize("text, listed", [
    ("Visited Ada at home. Kolyo again in the kitchen, no change.", ["Kolyo"]),  # a rare word opening a note, no verb
    ("Tussy again at the gate. Tussy waved.", ["Tussy"]),
    ("Ада и Жоро бяха у дома. Жоро каза.", ["Жоро"]),  # Cyrillic capitals ("Ада", a name Faker lists, is found)
    ("Reassured Ada. Debridement planned. Nationality: Bulgarian. CAMHS to see her.", []),  # English words, labels, acronyms
    ("Chased the GP. Mum said St Mary's school was fine.", []),
])
def test_words_to_check_are_the_uncovered_words_that_may_be_names(text, listed):
    record = d.CaseRecord([d.Party("c", "subject", [("Ada", "Lovelace")])], "c")
    found = d.Detector(record).find(text)
    words = [w for w, _n in d.words_to_check(text, found)]
    assert words == listed
    assert not any(f.start <= text.index(w) < f.end for w in words for f in found)  # never a word already proposed


@pytest.mark.parametrize("text, date", [
    ("The park closes 31st - please read.", "31st"),
    ("A B&B room from the 1st; the offer stands.", "the 1st"),
    ("Grandmother has been staying since the 10th and is well.", "the 10th"),
    ("She said the marks were on\nthe 27th.", "the 27th"),
    ("I cannot keep them past the 31st. The council owes rent.", "the 31st"),
])
def test_a_day_of_the_month_after_a_word_of_time_is_a_date(text, date):
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.DATE] == [date]


@pytest.mark.parametrize("text", [
    "Weight dropped from the 25th to the 9th centile.",
    "Weight 39.2 kg (9th centile, down from 25th).",
    "The office is on the 3rd floor.",
    "He came 2nd in the race.",
    "Since the 2nd time we met, things improved.",
])
def test_a_centile_a_floor_or_a_place_in_a_race_is_not_a_date(text):
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.DATE] == []


@pytest.mark.parametrize("text, first", [
    ("Two leaves went well (21-22 November).", "21"),
    ("9 to 14 February 2027 | King's Lynn Mart", "9"),
    ("Sessions on 6 and 13 October were missed.", "6"),
    ("From 1st to 5th of April the family is away.", "1st"),
])
def test_the_first_day_of_a_range_is_a_date_too(text, first):
    at = text.index(first)  # (a range is one date: "21-22 November")
    assert any(f.start <= at < f.end for f in d.detect(RECORD, text) if f.kind == d.DATE)


def test_a_score_before_to_is_not_the_first_day_of_a_range():
    assert [f.text for f in d.detect(RECORD, "They won 3 to 4 goals up at half time.") if f.kind == d.DATE] == []


@pytest.mark.parametrize("text, home", [
    ("Subject: FW: Caravan 42 - park closes soon", "Caravan 42"),
    ("The lady in van 44, Mrs Penhale, saw smoke.", "van 44"),
    ("A neighbour at no. 50 confirmed shouting.", "no. 50"),
    ("Complaint from a neighbour (Flat 4): shouting at night.", "Flat 4"),
])
def test_a_home_by_its_number_alone_is_an_address(text, home):
    assert home in [f.text for f in d.detect(RECORD, text) if f.kind == d.ADDRESS]


@pytest.mark.parametrize("text", [
    "She finished at number 3 in the race.",
    "They live a flat 3 miles from school.",
    "He loaded the van 2.5 tonnes over.",
])
def test_a_number_that_is_not_a_home_is_not_an_address(text):
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.ADDRESS] == []


@pytest.mark.parametrize("text, name", [
    ("23:05 C2 collected by PC SANDHU from a neighbour.", "PC SANDHU"),
    ("0247 ON MOBILE PATROL WITH PS 906 GEDNEY. CONTROL LOG 71", "PS 906 GEDNEY"),
    ("Checked: PS 906 H. GEDNEY", "PS 906 H. GEDNEY"),
    ("Briefed by the custody sergeant, PS Lindsey Froggatt.", "PS Lindsey Froggatt"),
])
def test_a_surname_in_capitals_after_a_police_rank_is_a_name(text, name):
    assert name in [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME]


@pytest.mark.parametrize("text", ["Seen with DS CID officers.", "PC CCTV checked.", "PS THANKS FOR ALL YOUR HELP",
                                  "PS Please bring the forms."])
def test_an_acronym_or_a_postscript_after_a_rank_is_not_a_name(text):
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME] == []


@pytest.mark.parametrize("text, street", [
    ("SMALL BOY ALONE IN STREET, WINSOVER RD J/W ALBION ST.", "WINSOVER RD"),
    ("SMALL BOY ALONE IN STREET, WINSOVER RD J/W ALBION ST.", "ALBION ST"),
    ("WALKED WITH CHILD TO FLAT 2, 9 ALBION ST. STREET DOOR OPEN", "9 ALBION ST"),
])
def test_a_street_in_capitals_is_an_address(text, street):
    assert street in [f.text for f in d.detect(RECORD, text) if f.kind == d.ADDRESS]


@pytest.mark.parametrize("text", ["WALKED ALONG HIGH ST", "HE CROSSED THE ROAD", "CALLED DR OWEN", "HARBOUR LANE SOLICITORS LLP",
                                  "WENT FOR A TEST DRIVE"])
def test_a_generic_street_a_phrase_or_a_firm_in_capitals_is_not_an_address(text):
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.ADDRESS] == []


@pytest.mark.parametrize("text, school", [
    ("Mr Paul Frost, DSL at Outwood; Miss Dodds agreed.", "Outwood"),
    ("Miss Kellie Dodds, class teacher at Brambles) agreed", "Brambles"),
    ("Mrs Sadia Bashir (DSL,\nFreehold); Tom Lees", "Freehold"),
    ("He has missed appointments; his attendance at Boundary is 82%.", "Boundary"),
    ("Mr Liam Fogarty (Pastoral Lead, St Catherine's); Hannah", "St Catherine's"),
])
def test_a_school_by_its_short_name_after_what_only_a_school_has(text, school):
    assert school in [f.text for f in d.detect(RECORD, text) if f.kind == d.SCHOOL]


@pytest.mark.parametrize("text", ["The DSL at the school rang.", "His attendance at Court was required.",
                                  "Whitehall Park Academy DSL, Barnardo's. Home Office", "His form tutor, TikTok comments",
                                  "The DSL, Amanda Price, said so."])
def test_no_school_after_a_school_word_where_none_is_named(text):
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.SCHOOL and f.text != "Whitehall Park Academy"] == []


def test_a_school_named_once_by_a_cue_or_an_abbreviation_is_found_again():
    text = ("School: North Cambridge Academy (NCA), Year 8. Mr Paul Frost, DSL at Outwood, rang.\n"
            "He moved to NCA in September. Outwood (Mr Frost): attendance 38%. Harris Academy (DSL) too.")
    schools = [f.text for f in d.detect(RECORD, text) if f.kind == d.SCHOOL]
    assert schools.count("NCA") == 2 and schools.count("Outwood") == 2 and "DSL" not in schools


def test_a_name_or_place_found_in_latin_letters_is_found_again_in_another_script():
    text = ("Mum wrote: Жоро започна работа в Даугавпилс. Десе, какво стана? Ники плака. види\n"
            "(His son Zhoro started work in Daugavpils. Desi, what happened? Little Niki said she cried. see)\n"
            "Aunt Parisa Rahimi rang. خاله پریسا 21:03\n"
            "Toby Lieberman: ריבקי און מלכי ... מיר (Rivky and Malky can come, said Mr Meir Lieberman)")
    got = {f.text: f.kind for f in d.detect(RECORD, text)}
    for word, kind in (("Жоро", d.NAME), ("Даугавпилс", d.PLACE), ("Десе", d.NAME), ("Ники", d.NAME), ("پریسا", d.NAME),
                       ("ריבקי", d.NAME), ("מלכי", d.NAME)):
        assert got.get(word) == kind, word
    assert "види" not in got and "מיר" not in got  # "see" is not Niki; "mir" (we) has two consonants only


@pytest.mark.parametrize("text, name", [
    ("My support worker from the service, Heather Younger, helped me.", "Heather Younger"),
    ("Our junior coach, Liam Prior, wrote down the number plate.", "Liam Prior"),
    ("the youth worker at the centre, Jordan Apps; Ruby's mother", "Jordan Apps"),
])
def test_a_given_name_and_an_everyday_word_set_off_by_commas_is_a_full_name(text, name):
    assert name in [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME]


def test_a_thing_set_off_by_commas_is_not_taken_with_a_given_name():
    assert [f.text for f in d.detect(RECORD, "Games he plays: Fortnite, Mario Kart, Minecraft.") if f.kind == d.NAME] == []


@pytest.mark.parametrize("text, name", [
    ("dear graham (or mr hill lol) i dont want to go", "hill"),
    ("seen dr lloyd at the surgery. hes put me on tablets. didnt tell him", "lloyd"),
    ("found by police at 1am (PC raithby) and brought back. dc sharpe came. i dont know", "raithby"),
    ("found by police at 1am (PC raithby) and brought back. dc sharpe came. i dont know", "sharpe"),
    ("i want to go home or to my nan hys in town. i dont know", "hys"),
    ("she married tanvir bhai at 19 and now she lives away lol", "tanvir"),
    ("abbu and mannan chacha on video call AGAIN lol i dont", "mannan"),
])
def test_a_name_in_lower_case_after_a_title_or_beside_a_kin_word(text, name):
    assert name in [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME]


@pytest.mark.parametrize("text", [
    "ask mr to ring me lol i dont know", "i played on my pc games all night lol", "my nan says no lol i dont",
    "granny forgets to ring lol i dont", "Saima: nahi baji ammi ji naraz ho jayengi", "kudukka vendaam amma!! i dont",
])
def test_no_lower_case_name_where_a_title_or_kin_word_has_none(text):
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME and f.text.islower()] == []


@pytest.mark.parametrize("text, found", [
    ("Civic Centre, North Walk, Barnstaple EX31\n1EA    Telephone 01271 388 620", "EX31\n1EA"),
    ("a two-bedroom flat at 7 Normanby Road, Eston, TS6\n0AX, though", "TS6\n0AX"),
])
def test_a_postcode_wrapped_over_two_lines_is_one_postcode(text, found):
    assert found in [f.text for f in d.detect(RECORD, text) if f.kind == d.POSTCODE]


@pytest.mark.parametrize("text, street", [
    ("Found walking on Bury Old Road in a nightdress.", "Bury Old Road"),
    ("He drank at a café on South Lambeth Road. He", "South Lambeth Road"),
    ("booked by a travel agent, Sahara Travel, Cheetham Hill Road; return", "Cheetham Hill Road"),
])
def test_a_street_of_two_or_three_words_without_a_number(text, street):
    assert street in [f.text for f in d.detect(RECORD, text) if f.kind == d.ADDRESS]


def test_a_generic_road_of_a_direction_is_not_a_street():
    assert [f.text for f in d.detect(RECORD, "He lives on North Road somewhere.") if f.kind == d.ADDRESS] == []


@pytest.mark.parametrize("text, town", [
    ("Aunts: Shona (Oakley Vale) and Kirsty Docherty\n(Glasgow). None came forward.", "Glasgow"),
    ("Blimy Stern: Landed Manchester. Staying at Chaim's.", "Manchester"),
    ("Route 6: Skegness - Horncastle - Wragby - Lincoln\nJourney: 21:05", "Lincoln"),
    ("distances between grounds (Stamford, Boston, Long Sutton).", "Boston"),
])
def test_a_big_town_of_the_list_is_a_place_without_a_place_word(text, town):
    assert town in [f.text for f in d.detect(RECORD, text) if f.kind in (d.PLACE, d.NAME)]


@pytest.mark.parametrize("text", [
    "Fish fingers, signed more x3! Bath 7pm, then bed.", "He has a strong Liverpool accent.",
    "Mother's score on the Edinburgh Postnatal Depression Scale was 14.",
])
def test_a_town_word_as_a_thing_is_not_a_place(text):
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.PLACE] == []


@pytest.mark.parametrize("text, name", [
    ("She said Ty is just a mate.", "Ty"),
    ("Debbie and Mick are having the children on Fridays.", "Mick"),
    ("Two other members (Jaylen, 14, and Rico, 16) saw it.", "Rico"),
    ("Would you like to meet Jess from the young carers group?", "Jess"),
])
def test_a_short_form_of_a_given_name_where_a_person_stands(text, name):
    assert name in [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME]


def test_a_short_form_that_is_a_thing_is_not_a_name():
    assert [f.text for f in d.detect(RECORD, "He ran to the Ash tree by the Rob Roy pub.") if f.kind == d.NAME] == []


@pytest.mark.parametrize("text, school", [
    ("Dependant: AHMADI, Yasaman    DOB: 26/02/2020    School: Bowesfield (Year 2)", "Bowesfield"),
    ("School (if known):  high tunstall (kai) + rossmere (little girl)", "high tunstall"),
    ("Others at home: brother Tyler-Jay (Year 10, Horizon); the boyfriend", "Horizon"),
    ("ok its riya solanki yr 11 charnwood. nicola said i could text", "charnwood"),
    ("A photograph of Harris in his Loatland school jumper was replaced.", "Loatland"),
    ("School (Loatland): one lunchtime exclusion in October.", "Loatland"),
])
def test_a_school_in_a_field_after_a_year_group_or_before_school(text, school):
    assert school in [f.text for f in d.detect(RECORD, text) if f.kind == d.SCHOOL]


@pytest.mark.parametrize("text", ["School: none", "School: not known (moved in August)", "the Year 10 football team",
                                  "Nora (Year 2, attending well) and the baby", "a boy in Year 9, Harjot (surname not known)",
                                  "He goes to Sunday school at the chapel."])
def test_no_school_where_a_field_or_a_year_group_names_none(text):
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.SCHOOL] == []


def test_a_school_found_is_found_again_in_lower_case_but_not_in_a_web_address():
    text = "Mrs Swan, DSL at Waterhead, rang. heyy u go waterhead ye? see waterhead.co.uk"
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.SCHOOL] == ["Waterhead", "waterhead"]


@pytest.mark.parametrize("text, place", [
    ("a boy of 16 from King's\nLynn. Twenty wraps were found.", "King's\nLynn"),
    ("She moved to Bishop's Stortford last year.", "Bishop's Stortford"),
])
def test_a_place_with_an_apostrophe_is_one_place(text, place):
    assert place in [f.text for f in d.detect(RECORD, text) if f.kind == d.PLACE]


@pytest.mark.parametrize("text", ["Signed: B. Hooper    Countersigned: Joanna Puddy, Team Manager",
                                  "Grâce said Maman is sick. Shviger: come for Chanukah on 24 Kislev."])
def test_form_labels_kin_words_and_festivals_are_not_names(text):
    names = [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME]
    assert not {"Countersigned", "Maman", "Shviger", "Chanukah", "Kislev"} & set(names)


def test_a_name_before_the_next_lines_form_label_is_not_an_organisations_name():
    text = "DOB: 11.03.2022      Key person: Hollie Trezise\nNHS no. (from the form): 496 249 445"
    assert "Hollie Trezise" in [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME]
    assert [f.text for f in d.detect(RECORD, "Leeds Teaching Hospitals\nNHS Trust said so.") if f.kind == d.NAME] == []


@pytest.mark.parametrize("text, name", [
    ("Ethan is close to his aunt, Wong Ka-yan (Karen), in Whitefield.", "Wong Ka-yan"),
    ("My name is Tsang Wing-sze (Wing), I am a volunteer.", "Tsang Wing-sze"),
    ("((Ah Yin, how late are you studying tonight?))", "Ah Yin"),
    ("爸爸 (Dad): 阿賢，今晚溫書到幾點？", "阿賢"),
    ("Applicant: MAUREEN ANN HINDMARSH   Respondents: (1) NATHAN REAY", "MAUREEN ANN HINDMARSH"),
    ("Applicant: MAUREEN ANN HINDMARSH   Respondents: (1) NATHAN REAY", "NATHAN REAY"),
])
def test_hong_kong_names_and_full_names_in_capitals(text, name):
    assert name in [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME]


def test_a_name_in_its_own_script_after_the_name_is_found_there_and_again():
    text = ("Typed up from screenshots that Michelle Wong\n(黃美玲) showed. Her husband, Kelvin Chan / 陳家明, said so.\n"
            "26/10/2026, 08:05  媽咪: 家明，呢度唔係香港。")
    names = [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME]
    assert {"黃美玲", "陳家明", "家明"} <= set(names)


@pytest.mark.parametrize("text", ["MARK SCHEME FOR THE GRACE CHURCH", "EVELINA LONDON CHILDREN'S HOSPITAL",
                                  "阿媽話 Ah Ma said so. Ah Well, never mind."])
def test_capitals_and_kin_words_that_are_not_names(text):
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME] == []


@pytest.mark.parametrize("text, name", [
    ("29/10/2026\nPalwasha 🦋: salam how r u\nHira: ok\nPalwasha 🦋: did u tell??", "Palwasha"),  # a contact saved with an emoji
    ("05/11/2026 19:02  Ty: u good to go\n05/11/2026 19:05  KJ: mum will kill me", "Ty"),  # a sender that is a texting word
    ("ASSOCIATES\n1. BRENNAN-HUGHES, Kyle - DOB 03-01-2009 - peer", "BRENNAN-HUGHES, Kyle"),  # after a list's number
    ('3. "Bizzy" - believed MCKENZIE, Tyrell, Slough - line holder', "MCKENZIE, Tyrell"),  # in a line, before a field's end
    ("He went out with her son Mark and his mate Grant.", "Mark"),  # a given name that is a word, after "son"
])
def test_speakers_with_an_emoji_nominals_in_capitals_and_given_names_that_are_words(text, name):
    assert name in [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME]


def test_a_role_in_capitals_before_a_person_is_not_their_family_name():
    names = [f.text for f in d.detect(RECORD, "She met the SENCO, Mrs Akhtar, about reading.") if f.kind == d.NAME]
    assert names == ["Mrs Akhtar"]


@pytest.mark.parametrize("text, place", [
    ("Plan: review at burns clinic (Orpington) on Monday.", "Orpington"),  # a town alone in brackets
    ("| Cheuk-lam (15) | Wokingham | Y | N", "Wokingham"),  # ... or in a table's cell
    ("He was found at Reading station with cash.", "Reading"),  # a town before its station, though a word
    ("Fish and chips at Caister on Saturday.", "Caister"),  # GeoNames' short form of Caister-on-Sea
    ("Sun 8th - church at Gorleston with Sheila.", "Gorleston"),  # ... and of Gorleston-on-Sea
    ("A lad got on at Hanley at 22:31 with two older lads.", "Hanley"),  # a district of a larger town
    ('with a friend, "Tegan"\n(Tegan Mills, 15, Littleham), then', "Littleham"),  # after a name and an age in brackets
    ("Macy KELL (12/07/2011), of Chilton.", "Chilton"),  # "of" after a birth date in brackets
    ("Kyle Barlow (19, of Abbey Hulton) and Connor", "Abbey Hulton"),
])
def test_a_town_alone_in_a_field_or_before_its_station(text, place):
    assert place in [f.text for f in d.detect(RECORD, text) if f.kind == d.PLACE]


def test_a_class_named_for_a_tree_in_brackets_is_not_a_town():
    places = [f.text for f in d.detect(RECORD, "Groups: James V (Oak), Leo T (Ash), Ollie (Willow)") if f.kind == d.PLACE]
    assert places == []


@pytest.mark.parametrize("text, name", [
    ('Kyle Pounder owns it. "Deggsy" is not identified.', "Deggsy"),  # a word no dictionary holds, quoted alone
    ('He met "Tyler"\nand "Bash" by the Isaac Newton Centre.', "Bash"),  # a rarer word quoted beside a quoted name
    ('Jade has not yet agreed to report "Big Al"; she says', "Big Al"),  # an adjective and a short name
])
def test_nicknames_alone_in_quotes(text, name):
    assert name in [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME]


@pytest.mark.parametrize("text", ['Player: IGN "HoYinMC" (display name "Ethan")', 'a contact saved as "Big Man"',
                                  'She plays "Roblox" and "Minecraft" after school.'])
def test_handles_brands_and_words_in_quotes_are_not_nicknames(text):
    names = [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME]
    assert not {"HoYinMC", "Big Man", "Roblox", "Minecraft"} & set(names)


def test_a_lower_case_list_of_given_names_is_a_list_of_people():
    text = "ps the lads in my year who are sound: kian, ollie b, harvey, jayden-lee and mason. the rest arent"
    assert {"kian", "ollie b", "harvey", "jayden-lee", "mason"} <= {f.text for f in d.detect(RECORD, text) if f.kind == d.NAME}
    assert [f.text for f in d.detect(RECORD, "i had chips, beans, and sausage lol") if f.kind == d.NAME] == []


@pytest.mark.parametrize("text, names", [
    ("Signed: K. Okafor    J. Boateng", {"K. Okafor", "J. Boateng"}),  # not "K. Okafor    J.": a gap ends a name
    ("Signed: K Samways (mum)   T. Samways   J. Ricketts (family worker)", {"K Samways", "T. Samways", "J. Ricketts"}),
    ("Signed: S. Heard, POM      Countersigned: G. Lyle", {"S. Heard", "G. Lyle"}),  # after an initial, a word is a name
    ("Patient: HAWRAMI, Rozhin    D.O.B. 07/11/2014", {"HAWRAMI, Rozhin"}),
])
def test_signature_lines_and_fields_after_a_gap(text, names):
    assert names <= {f.text for f in d.detect(RECORD, text) if f.kind == d.NAME}
    assert not any(f.text.endswith(("J.", "D")) for f in d.detect(RECORD, text) if f.kind == d.NAME)


def test_a_double_barrelled_name_is_not_cut_at_a_recorded_name():
    record = d.CaseRecord([d.Party("g", "grandparent", [("Gloria", "Blake")])], "c")
    names = [f.text for f in d.detect(record, "If Mrs Blake is unwell, could Marcia Blake-Forde be named?") if f.kind == d.NAME]
    assert "Marcia Blake-Forde" in names and "Mrs Blake" in names


@pytest.mark.parametrize("text, place", [
    ("We have a game away at Egremont on Sunday.", "Egremont"),  # a town after "at"
    ("He was tired after weekends at Bletchley - nothing worrying.", "Bletchley"),
    ("the driver (Kyle Moxon, 19, of\nKimberworth Park) was also arrested", "Kimberworth Park"),  # "of" ending the line
])
def test_a_town_after_at_or_where_someone_lives(text, place):
    assert place in [f.text for f in d.detect(RECORD, text) if f.kind == d.PLACE]


@pytest.mark.parametrize("text", ["orders made at the Family Court at Northampton by HHJ Temperley",
                                  "Tom Ashurst, DSL at Rainford, rang.", "She said she was at Vitória's."])
def test_a_court_a_school_or_a_persons_home_after_at_is_not_a_town(text):
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.PLACE] == []


@pytest.mark.parametrize("text, name", [
    ("Cc: GLAA Intelligence; DS Matt Cherry (Lincolnshire Police)", "DS Matt Cherry"),  # a short form that is a word
    ("Station manager informed: SM Nick Spargo", "SM Nick Spargo"),  # fire service ranks
    ("Mellie told FF Rodda while we tested the alarms", "FF Rodda"),
])
def test_a_rank_before_a_short_form_that_is_a_word(text, name):
    assert name in [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME]


@pytest.mark.parametrize("text, street", [
    ("getting into a silver Audi at the bus stop on Mill Lane. The driver", "Mill Lane"),  # a generic street where one stands
    ("the child was found in the vehicle on Church Road, Willesden, with you", "Church Road"),
    ("running from a grey Seat Leon on Doncaster Rd; the driver", "Doncaster Rd"),  # abbreviated: a street whatever its name
    ("after losing his flat at Railway Rd. Asked if he is using", "Railway Rd"),
])
def test_generic_and_abbreviated_streets_where_a_street_stands(text, street):
    assert street in [f.text for f in d.detect(RECORD, text) if f.kind == d.ADDRESS]


def test_a_generic_street_named_in_passing_is_not_an_address():
    assert [f.text for f in d.detect(RECORD, "The High Street was busy and Station Road Surgery was shut.")
            if f.kind == d.ADDRESS] == []


def test_a_day_and_month_in_a_month_the_text_dates_in_full():
    text = "Seen 14/11/2026. Liam SMITH arrested 9/11 for abduction. He scored 6/10 and 3/11 on the SDQ; college 5/5 days; 24/7."
    dates = [f.text for f in d.detect(RECORD, text) if f.kind == d.DATE]
    assert "9/11" in dates and not {"6/10", "3/11", "5/5", "24/7"} & set(dates)
    assert [f.text for f in d.detect(RECORD, "arrested 9/11 for abduction") if f.kind == d.DATE] == []  # no full date: a fraction


@pytest.mark.parametrize("text, name", [
    ("| Yeung Chi-keung (Tony) | Cheuk-lam (15) | Wokingham |", "Cheuk-lam"),  # a Hong Kong given name alone
    ("Kelvin and\nSiu-fung swapped numbers to go running", "Siu-fung"),
    ("| Ho Kwok-leung, Lau Suk-man | Marcus Ho (13) |", "Ho Kwok-leung"),  # with the family name before it
])
def test_hong_kong_given_names_alone(text, name):
    assert name in [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME]


def test_two_cantonese_syllables_before_a_class_or_repeated_are_not_a_name():
    assert [f.text for f in d.detect(RECORD, "The Tai-chi class was so-so. So-so.") if f.kind == d.NAME] == []


@pytest.mark.parametrize("text, name", [
    ("yard man mr alf coles (72) lives in the bungalow. i dont like it", "alf coles"),  # a family name after a title's name
    ("crime ref AV/26/44871, pc hayley brook. mum says hes gone", "hayley"),  # a lower-case rank before a given name
    ("next visit due 7/10. reg 8 report to my manager tom venn. i will ring", "tom venn"),  # after "my manager"
])
def test_lower_case_names_in_a_visit_note(text, name):
    assert name in [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME]


def test_a_lower_case_street_after_at_and_a_pc_that_crashed():
    found = d.detect(RECORD, "visit 3. 2 june at mudford rd. my pc crashed again lol")
    assert "mudford rd" in [f.text for f in found if f.kind == d.ADDRESS]
    assert [f.text for f in found if f.kind == d.NAME] == []


def test_a_name_with_its_short_form_in_brackets_before_the_family_name_is_one_name():
    text = "With every good wish,\nBernadette (Bernie) Gorman\nParish Safeguarding Representative"
    assert "Bernadette (Bernie) Gorman" in [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME]


@pytest.mark.parametrize("text, name", [
    ("Chichewa transcribed and translated by Memory Chirwa\n(interpreter)", "Memory Chirwa"),  # a given name that is a word
    ("friends at school are Amara, Lily-Rose and Precious and that", "Precious"),
    ("He denied hitting Ty. Plan: Chelsea agreed.", "Ty"),
])
def test_given_names_that_are_english_words(text, name):
    assert name in [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME]


def test_lower_case_chat_senders_saved_with_an_emoji():
    text = "Sat 24 Oct\nsummer 🌸: u comin tonite\nTeg: cant\nsummer 🌸: aw babe\nreece 💸: where r u\nreece 💸: come edmonton"
    names = [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME]
    assert names.count("summer") == 2 and names.count("reece") == 2


@pytest.mark.parametrize("text, name", [
    ("her brother Abílio da Costa, Setúbal, Portugal", "Abílio da Costa"),  # a family name after a particle
    ("Domingos Pinto, Marito Alves\nand Ivo\ndos Santos (all work at the same farm)", "Ivo\ndos Santos"),
])
def test_a_family_name_after_a_particle(text, name):
    assert name in [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME]


def test_a_parent_word_is_not_learned_as_a_name_nor_a_handle_read_as_one():
    text = ('Cooks tea "if there\'s owt in". Sorts Mam\'s tablets. Rings Shaun when Mam "can\'t get up".\n'
            "30 Nov 18:12 alfie.l_bs13: u open 2nite\nAlfie said so. i told alfie")
    names = [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME]
    assert not any("Mam" in n for n in names) and "alfie" in names
    assert not any(f.start == text.index("alfie.l") for f in d.detect(RECORD, text))


@pytest.mark.parametrize("text, place", [
    ('"Tiz" (male, about 19, Luton or\nDunstable, drives the Audi)', "Dunstable"),  # a UK town no name list holds
    ('her cousin Reanne Lovell (18, Biggleswade), "who gets it"', "Biggleswade"),
])
def test_a_uk_town_no_name_list_holds_is_a_place(text, place):
    assert place in [f.text for f in d.detect(RECORD, text) if f.kind == d.PLACE]


@pytest.mark.parametrize("text, name", [
    ("Agreed: M. Fenwick, Team Manager, 17/09/2026", "M. Fenwick"),  # an initial before it
    ("The Bairstow children (Oakley, 2, and Ruby-Rose, 4) are well.", "Oakley"),  # an age after it
    ("From: Wendover, Lucy <l.wendover@example.org>", "Wendover"),  # a given name after it
])
def test_a_town_word_where_a_person_stands_is_a_name(text, name):
    assert name in [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME]


@pytest.mark.parametrize("text, date", [
    ("Riobamba, 6 de diciembre de 2026\nSeñora trabajadora social:", "6 de diciembre de 2026"),  # Spanish
    ("W dniu 6 listopada byłem sam z córką.", "6 listopada"),  # Polish, the month in the genitive
    ("Que lindo. Llamen a tía Yuliana\nel 5 de diciembre", "5 de diciembre"),
])
def test_dates_in_the_languages_families_write(text, date):
    assert date in [f.text for f in d.detect(RECORD, text) if f.kind == d.DATE]


@pytest.mark.parametrize("text, address", [
    ("came in with the neighbour's boy (Kai, from no. 18) and went upstairs", "no. 18"),
    ("A neighbour, Mr Derek Bowes (no. 20), rang 999.", "no. 20"),
    ("He said Mana Rita from\nnumber 11\nwatches us from her window.", "number 11"),
])
def test_a_house_by_its_number_where_a_home_stands(text, address):
    assert address in [f.text for f in d.detect(RECORD, text) if f.kind == d.ADDRESS]


def test_a_bus_or_a_list_item_by_number_is_not_a_house():
    assert [f.text for f in d.detect(RECORD, "Take the number 11 bus. See item no. 3 of the plan.") if f.kind == d.ADDRESS] == []


def test_a_given_name_clipped_in_someones_own_words():
    text = "Crystal Gowland: ffs. am comin round\nStacey Gowland: am not daft cryst\nCrystal Gowland: ok stace x"
    names = [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME]
    assert "cryst" in names and "stace" in names


def test_a_short_form_that_is_a_grandparents_word_is_a_name_only_with_the_family_name():
    record = d.CaseRecord([d.Party("s", "sibling", [("Hannah", "Patterson")])], "c")
    found = [f.text for f in d.detect(record, "Tyler came with Nan (S. Moss). Later Nan Patterson was seen.") if f.kind == d.NAME]
    assert "Nan Patterson" in found and "Nan" not in found


@pytest.mark.parametrize("text", ["Referrer: Claire Mountford, DSL", "Voucher no. RFB-26-08841", "Addendum, 16/10/2026 12:20"])
def test_form_labels_are_not_names(text):
    assert not {"Referrer", "Voucher", "Addendum"} & {f.text for f in d.detect(RECORD, text) if f.kind == d.NAME}


def test_peoples_and_languages_are_not_names():
    text = "Language: English and Cameroonian Pidgin. The family speak Afaan Oromoo; a Gambian madrassa; Mauritian Kreol."
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME] == []


@pytest.mark.parametrize("text", ["Kayden born at Burnley General; father named", "taken by ambulance to Royal Blackburn. Paramedics",
                                  "recorded by maternity at Binta's birth, Royal Oldham)."])
def test_a_hospital_named_for_its_town_is_not_a_place(text):
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.PLACE] == []


def test_a_rare_word_opening_a_sentence_before_a_kin_word_is_a_name():
    assert "Oleg" in [f.text for f in d.detect(RECORD, 'He is nobody. Oleg\'s cousin from Northampton.') if f.kind == d.NAME]


@pytest.mark.parametrize("text, kind, words", [
    ("Comfort number na +237 6 77 41 82 19 if you want", d.PHONE, "+237 6 77 41 82 19"),  # a first group of one digit
    ("Her address is Gorgiladze Street 41, Batumi", d.ADDRESS, "Gorgiladze Street 41"),  # the number after the street
    ("maternal aunt, Ulica Maršala Tita 12, Tuzla, Bosnia", d.ADDRESS, "Ulica Maršala Tita 12"),  # the street's word first
    ("who lives at\nstr. Alba Iulia 14, ap. 22, Chișinău", d.ADDRESS, "str. Alba Iulia 14, ap. 22"),
    ("la casa de la Calle 32 # 81-46 ya se vendió", d.ADDRESS, "Calle 32 # 81-46"),
])
def test_phones_and_addresses_abroad(text, kind, words):
    assert words in [f.text for f in d.detect(RECORD, text) if f.kind == kind]


@pytest.mark.parametrize("text, school", [("CPOMS - INCIDENT EXPORT - Lathom High\nPrinted", "Lathom High"),
                                          ("his mum shakes babies | Walkden High\n10/11/2026", "Walkden High")])
def test_a_secondary_school_by_its_place_and_high(text, school):
    assert school in [f.text for f in d.detect(RECORD, text) if f.kind == d.SCHOOL]


def test_high_that_is_no_school():
    text = "We walked down the High Street. Knee High Theatre came. Prices are Very High. Risk High."
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.SCHOOL] == []


@pytest.mark.parametrize("text, name", [
    ("dont worry. gavin back at his flat tonight", "gavin"),  # a given name English never writes in lower case
    ("ok not shannon then. is liam allowed to drop her off", "liam"),
    ("i told him ring me or tell donna if u cant", "donna"),
    ("lol said lewis carr came past twice", "lewis carr"),  # with the family name after it
])
def test_a_given_name_that_english_never_writes_in_lower_case_is_a_name_between_english_words(text, name):
    assert name in texts(text)


@pytest.mark.parametrize("text", [
    "lol. ammi ji kehti hain toothpaste laga diya. theek hai",  # "diya" is a name, but not between English words here
    "lol she said Siva anna kitta naan pesuren",
    "i let her play with her teddy all night",  # a thing someone has, not a person
    'u know the words "mol", "mon" and "chettan" dont u',  # a word in quotes alone: nothing English beside it
    "i dont get summer or terry or mason",  # given names that English also writes as words
])
def test_a_given_name_english_never_writes_in_lower_case_is_no_name_beside_other_languages_or_things(text):
    assert [w for w in texts(text) if w.split()[0] in ("diya", "anna", "teddy", "mol", "summer", "terry", "mason")] == []


def test_names_never_lower_holds_no_english_word():
    from hearth.redaction import gazetteer

    never = gazetteer.names_never_lower()
    assert {"liam", "gavin", "donna", "kai"} <= never
    assert never.isdisjoint({"summer", "mason", "terry", "lee", "will", "mark", "rose"})
    assert never <= gazetteer.listed_given_names() and never.isdisjoint(gazetteer.common_words())


def test_a_recorded_or_found_name_that_is_an_everyday_word_is_a_name_in_lower_case_where_only_a_person_stands():
    record = d.CaseRecord([d.Party("f", "father", [("Lee", "Hadley")]), d.Party("c", "subject", [("Summer", "Hadley")])], "c")
    text = "Mum: dont worry. lee told him to go. rang summer after. in the summer we go away. lee side of the hill"
    assert [(f.text, f.party) for f in d.detect(record, text) if f.text.islower()] == [("lee", "f"), ("summer", "c")]
    # a name found outside the record: "Lee Barker" capitalised, then "lee" in the texts where a verb follows
    text = "Referral about Lee Barker. Text: my husband went round and lee told him to f off. dont know. lee side"
    assert [f.text for f in d.detect(RECORD, text) if f.text.islower()] == ["lee"]


def test_a_lower_case_speaker_after_a_date_and_time_is_a_name_but_not_a_handle():
    text = ("2026-11-06 19:42  mase: ye at heworth\n2026-11-06 22:59  mase: wat is it\n"
            "10/08/2025 22:15 bluntz: u clown\n10/08/2025 22:17 bluntz: got it\n")
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME] == ["mase", "mase"]


@pytest.mark.parametrize("text, town", [
    ("She was found at Digbeth coach station by police.", "Digbeth"),  # a rare word before a station in lower case
    ("We met on Saturday at the Bedford bus station.", "Bedford"),  # a family name too, but before a bus station a place
    ("07/11/26 16:25 | Sittingbourne stn | Jay", "Sittingbourne"),
    ("PPN submitted to Walsall MASH.", "Walsall"),  # a town's branch of a service: the town is marked
    ("ABE interview tomorrow at the Wakefield suite", "Wakefield"),
    ("ask at the Hastings hub on Thursday", "Hastings"),
])
def test_a_town_before_a_station_or_its_branch_of_a_service_is_a_place(text, town):
    assert town in [f.text for f in d.detect(RECORD, text) if f.kind == d.PLACE]


def test_a_named_organisation_keeps_its_town():
    text = "Hexham Leisure Centre, the Safer Options hub, Westmere Children's Services and Tynedale Council."
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.PLACE] == []


def test_a_listed_town_after_a_place_in_a_list_or_a_route_is_a_place():
    text = ("He came via Aden and Cairo. They spent six weeks in Van and then Istanbul. Home: 7 Brooklands, Jaywick, "
            "Clacton-on-Sea, Essex CO15 2JJ. She rang Aden and Bob.")
    places = [f.text for f in d.detect(RECORD, text) if f.kind == d.PLACE]
    assert {"Cairo", "Istanbul"} <= set(places) and "Essex" not in places and "Bob" not in places


def test_a_car_make_that_is_a_district_is_a_place_after_a_place_word():
    text = "She cleans offices in Vauxhall. He drives a Vauxhall Corsa and works for Vauxhall."
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.PLACE] == ["Vauxhall"]


@pytest.mark.parametrize("text, kind, words", [
    ("Date:  29 / 10 / 26     Time: 12.40", d.DATE, "29 / 10 / 26"),  # a form's boxes
    ("the blue corsa nd63 lkv outside again", d.VEHICLE, "nd63 lkv"),  # a registration typed in lower case
    ("Lorraine turned up on Saturday (24th) without ringing", d.DATE, "24th"),  # a weekday, then the day in brackets
    ("told me at training on Tuesday night (10th) that", d.DATE, "10th"),
    ("return with him on the\n20th. I have told him", d.DATE, "20th"),  # "on the" at the end of the line before
])
def test_more_shapes_of_dates_and_registrations(text, kind, words):
    assert words in [f.text for f in d.detect(RECORD, text) if f.kind == kind]


@pytest.mark.parametrize("text", ["she scored 3 / 4 / 5 in the tests", "the 3rd floor", "ab12 is a code", "he came 2nd in the race"])
def test_shapes_that_are_no_date_or_registration(text):
    assert [f.text for f in d.detect(RECORD, text) if f.kind in (d.DATE, d.VEHICLE)] == []


@pytest.mark.parametrize("text, town", [
    ("father is believed to be Kyle Meek of Tuffley; he is not on", "Tuffley"),  # a person, "of", where they live
    ("Associates: Jayden Rook (16, Beltinge); Callum Fagg (17, Hersden).", "Hersden"),  # after an age in brackets
    ("3. Aneesa Khan (aunty, Darwen)     Tel 07445 128 903", "Darwen"),  # after a role in brackets
])
def test_where_a_person_lives_after_of_or_in_a_brackets_tail_is_a_place(text, town):
    found = [(f.text, f.kind) for f in d.detect(RECORD, text)]
    assert (town, d.PLACE) in found and (town, d.NAME) not in found


def test_a_firm_after_of_keeps_its_persons_name():
    found = [(f.text, f.kind) for f in d.detect(RECORD, "instructed by Ahmet Yilmaz of Yilmaz\n& Co. The father acts")]
    assert ("Yilmaz", d.PLACE) not in found


def test_a_rare_word_in_a_route_or_a_pair_of_places_is_a_place():
    text = "Route 6: Skegness - Burgh le Marsh - Spilsby - Horncastle - Wragby - Lincoln. Addresses in Gorleston and Caister."
    places = [f.text for f in d.detect(RECORD, text) if f.kind == d.PLACE]
    assert {"Spilsby", "Horncastle", "Wragby", "Caister"} <= set(places)
    # after a comma, a name may follow a place: "my friends from the hotel in Hemel, Yusuf and Ali"
    found = [(f.text, f.kind) for f in d.detect(RECORD, "my friends from the hotel in Hemel, Yusuf and Ali.")]
    assert ("Yusuf", d.PLACE) not in found


def test_a_listed_town_after_a_place_word_is_no_misspelt_recorded_name():
    record = d.CaseRecord([d.Party("c", "subject", [("Kai", "Wemby")])], "c")
    assert [(f.text, f.kind) for f in d.detect(record, "She stayed at a flat in Wembley with him.")] == [("Wembley", d.PLACE)]


@pytest.mark.parametrize("text, number", [
    ("a neighbour dispute with\nno. 12 (Mrs Eileen Rourke) in September", "no. 12"),
    ("The young couple at 27 are Kayleigh and her boyfriend.", "27"),
    ("the camera covers the path and the front of 27. I gave it to the officer", "27"),
    ("also kais mum donna from 18 said she'll do school run", "18"),  # after someone found by name, before their verb
])
def test_a_neighbours_house_by_its_number(text, number):
    assert number in [f.text for f in d.detect(RECORD, text) if f.kind == d.ADDRESS]


@pytest.mark.parametrize("text", ["Kai at 16 left school.", "the front of 27 pages", "She was 12% of the cohort at 14 years",
                                  "the number 11 bus at 18:05"])
def test_numbers_that_are_no_house(text):
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.ADDRESS] == []


@pytest.mark.parametrize("text, words", [
    ("12.11. 19:02 Radek: sorry", "12.11."),  # a day and a month with full stops, before a time
    ("Texts from 12.-14. 11. 2026, photographed", "14. 11. 2026"),
    ("he said it happened on Sunday\n(8th) and that", "8th"),
])
def test_dates_as_central_europe_writes_them_and_a_day_in_brackets_on_the_next_line(text, words):
    assert words in [f.text for f in d.detect(RECORD, text) if f.kind == d.DATE]


def test_a_price_with_full_stops_is_no_date():
    assert [f.text for f in d.detect(RECORD, "It costs 12.11. Then we left") if f.kind == d.DATE] == []


@pytest.mark.parametrize("text, name", [
    ("hv 4.30pm. mum harpreet + biji + arjan. said jaswinder is away", "harpreet"),  # Sikh and Punjabi given names
    ("Who came: Harpreet (mum); Jaswinder (dad); Simran (16)", "Jaswinder"),
    ("ask the school nurse, Bronwen, to see him", "Bronwen"),  # Welsh given names
])
def test_sikh_punjabi_and_welsh_given_names(text, name):
    assert name in [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME]


def test_biji_is_a_kin_word():
    assert "Biji" not in [f.text for f in d.detect(RECORD, "On 2 October she found Biji at the bus stop.")]


def test_a_lower_case_name_after_my_with_a_persons_verb():
    assert "gary" in texts("im coming over from morton now. my gary will drive me")
    assert "teddy" not in texts("i let her sleep with my teddy all night lol")


@pytest.mark.parametrize("text, name", [
    ("The health visitor, Natalie Plant, saw her on 5th November", "Natalie Plant"),  # a family name that is a word
    ("Other agencies involved: HV Natalie Plant; school", "Natalie Plant"),
    ("Chair: Priyanka Lall (SW)   Minutes: Lorraine Pick (school admin)", "Lorraine Pick"),
    ("at 09:15 (spoke to Kerry Mount, duty SW). Kent Police", "Kerry Mount"),
])
def test_a_given_name_and_an_everyday_word_set_off_as_a_person_is_a_full_name(text, name):
    assert name in [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME]


@pytest.mark.parametrize("text", ["Park address: Roman Bank, Ingoldmells", "We went to the shop, Heron Foods, after.",
                                  "Dates: Ruby Tuesday, and then"])
def test_a_given_name_and_a_place_or_brand_word_set_off_is_no_full_name(text):
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME and " " in f.text] == []


def test_a_given_name_that_is_also_a_language_is_a_name_where_a_person_stands():
    text = 'one of the residents, Shona, "is kind". Shona and her partner came. She speaks Shona. The Shona interpreter came.'
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME] == ["Shona", "Shona"]
    assert [f.text for f in d.detect(RECORD, "She speaks Shona and English; a Shona interpreter is booked.")] == []


@pytest.mark.parametrize("text, name", [
    ('Played the Xbox." Tyler is Tyler Wake, 17,\nknown to the team', "Tyler Wake"),  # introduced, then an age
    ("Kayleigh's friend Shannon Guy (left at 16:10)", "Shannon Guy"),
    ("Collected: 27/10. Volunteer: Jean Castle. Signposted to", "Jean Castle"),
])
def test_a_given_name_and_an_everyday_word_introduced_as_a_person(text, name):
    assert name in [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME]


def test_a_name_written_against_chinese_characters_is_a_word_of_its_own():
    found = [f.text for f in d.detect(RECORD, "18:40  me: 曉晴今晚去Amelia屋企。Amelia媽媽叫Rachel Cotterill 記得叫阿賢打俾Tony，Tony話")]
    assert {"Amelia", "Rachel Cotterill", "Tony"} <= set(found)
    # a letter of the Latin alphabet beyond A to Z is still inside the word: "Straße" is not cut at its "ß"
    assert "Stra" not in " ".join(f.text for f in d.detect(RECORD, "or come to Heeper Straße, the door is open")).split()


def test_an_everyday_word_given_as_a_nickname_in_quotes_is_found_again_where_a_name_stands():
    text = ('He went with an older boy he knows as "Tiny", from Tottenham. "Tiny"\npicked him up. He said "Tiny buys me '
            'stuff". The tiny flat was cold. Tiny steps help.')
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME] == ["Tiny", "Tiny", "Tiny"]


@pytest.mark.parametrize("text, dates", [
    ("Signature: M A Butt      Date: 31 Oct 26\nSignature witnessed by", ["31 Oct 26"]),  # a year of two figures
    ("Strat mtg 3 Jul 26 - missing since 1/7", ["3 Jul 26", "1/7"]),
    ("2026.11.02 21:14 mum: come home", ["2026.11.02"]),  # as a Korean or Chinese phone prints a date
    ("어머니가 11월 20일에 수원에서 가셔. — 11月14日 星期六 — 12月20號我飛", ["11월 20일", "11月14日", "12月20號"]),
    ("\n6/10 13:05 HV with mum at home.\n7/10 09:10 PNC checks", ["6/10", "7/10"]),  # a diary's day, then the time
    ("Mama, 14.11 08:12: how is Misha", ["14.11"]),
    ("DBS: Jorge (applied 8/10). She was seen on\n2/12 by the HV", ["8/10", "2/12"]),
    ('came "off her head" twice (3/11 and 9/11). Absences: 30/9, 1/10, 4/12', ["3/11 and 9/11", "30/9", "1/10", "4/12"]),
    ("Visits: 10, 13 and 17 November 2026", ["10", "13 and 17 November 2026"]),  # (a range, or two joined by "and", is one)
    ("here since Weds 25th. hes a good lad", ["25th"]),
])
def test_dates_as_diaries_phones_and_forms_write_them(text, dates):
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.DATE] == dates


@pytest.mark.parametrize("text", ["He scored 6/10 and 7/10 in the spelling tests.", "Attended 4/5 and 5/5 days.",
                                  "Version 1.2 at 10:30 was fine.", "ages 4, 6 and 9, all at home"])
def test_scores_fractions_and_ages_are_not_dates(text):
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.DATE] == []


def test_east_asian_and_two_figure_year_dates_are_read():
    assert d.parse_date("2026.11.02") == dt.date(2026, 11, 2)
    assert d.parse_date("2026年11月14日") == dt.date(2026, 11, 14)
    assert d.parse_date("31 Oct 26") == dt.date(2026, 10, 31)
    assert d.parse_date("13 sep 87") == dt.date(1987, 9, 13)
    assert d._day_month("11월 20일") == (20, 11)


@pytest.mark.parametrize("text, name", [
    ("Church members: elder Choi Young-sook, Peter Baek", "Choi Young-sook"),
    ("Another boy, Seo-yeon Lee's brother, saw it", "Seo-yeon Lee"),  # the family name after, as a school writes it
    ("Mum (Kim Min-ji) came in with a friend", "Kim Min-ji"),
    ("lodger Kwon Tae-yang\nmoved out", "Kwon Tae-yang"),
])
def test_korean_given_names_beside_a_korean_family_name(text, name):
    assert name in [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME]


@pytest.mark.parametrize("text", ["The Set-up meeting was on Monday.", "Re-do the plan. Ha-ha, she said.",
                                  "A Drop-in session at the Sun-bed shop"])
def test_hyphened_english_words_are_not_korean_names(text):
    assert [f for f in d.detect(RECORD, text) if f.kind == d.NAME] == []


def test_a_name_in_its_own_script_before_the_name_in_latin_letters():
    text = "Grandmother (이순자, Lee Soon-ja) arriving. Later 이순자 rang.\n    شیر افضل - Sher Afzal, her brother. شیر افضل has"
    found = [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME]
    assert found.count("이순자") == 2 and found.count("شیر افضل") == 2
    # a greeting or a word of another language before a name is not its own-script form
    assert "Боже" not in [f.text for f in d.detect(RECORD, "Мама: Боже, Десе! Desi is home")]


def test_names_in_armenian_and_georgian_are_found_from_their_latin_form():
    text = "Lusine (13) lives with Siranush Hakobyan. Letter: Ես Լուսինեի մայրն եմ, Սիրանուշ Հակոբյան: Dato Meladze: დათო მელაძე."
    found = {f.text for f in d.detect(RECORD, text) if f.kind == d.NAME}
    assert {"Լուսինեի", "Սիրանուշ", "Հակոբյան", "დათო", "მელაძე"} <= found


@pytest.mark.parametrize("text, nickname", [
    ('the adult male "Skinny" (Jordan Ellis, 19, of Holbeck)', "Skinny"),
    ('the one they call "Skinny" (his name is Damian Skinner)', "Skinny"),
    ('a girl called Keisha or "K-Dot"\nfrom Grove Park', "K-Dot"),
])
def test_a_nickname_in_quotes_before_or_after_a_name(text, nickname):
    assert nickname in [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME]


@pytest.mark.parametrize("text", ['the man who called himself "Uncle Dawit" (Dawit Haile)', 'her grandmother "Ba" (Mrs Kusum Parmar)',
                                  'He said "alright" (Fran Lowe was there)'])
def test_a_kin_word_or_everyday_word_in_quotes_before_a_name_is_no_nickname(text):
    assert not {"Uncle", "Ba", "alright"} & {f.text for f in d.detect(RECORD, text)}


@pytest.mark.parametrize("text, name", [("Witness: GAMBELL Tracey, 16 Gascoigne Rd.", "GAMBELL Tracey"),
                                        ('Associates: PRYCE Liam ("Mouse"), b. 1998', "PRYCE Liam")])
def test_a_family_name_in_capitals_opening_a_field_before_a_given_name(text, name):
    assert name in [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME]


def test_british_short_forms_of_recorded_names():
    record = d.CaseRecord([d.Party("a", "subject", [("Finley", "Ball")]), d.Party("b", "sibling", [("Poppy", "Ball")]),
                           d.Party("c", "parent", [("Mason", "Hewson")]), d.Party("e", "parent", [("Callum", "Jolliffe")])], "x")
    text = "Fin cried and said he wont go. Pop NO RIBENA. cos of mase innit. u better not be cal."
    assert [f.text for f in d.detect(record, text) if f.kind == d.NAME] == ["Fin", "Pop", "mase", "cal"]


@pytest.mark.parametrize("text, name", [
    ("09/10/2026 10:30   Category: Attendance    Added by: Karen Hook (attendance)\nP at 88%", "Karen Hook"),
    ("Barncroft Meadows Primary School      Exported by: G Pink\nStudent:", "G Pink"),
    ("08 Oct 2026 08:40 | Safeguarding | Gareth Pink\n  Called by the school", "Gareth Pink"),  # a table's cell
])
def test_a_person_in_a_form_field_or_a_table_cell(text, name):
    assert name in [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME]


@pytest.mark.parametrize("text, names", [
    ('Known as: Tee / TeeTee / "Ti"\nD.O.B: 30/09/2011', ["Tee", "TeeTee", "Ti"]),
    ("Forenames Jaheim Marcus   Known as: J, Jay-Jay\nDOB 9 April 2011", ["Jaheim Marcus", "J", "Jay-Jay"]),
    ("KNOWN AS: OSH / OISÍN\n2. DATE OF BIRTH", ["OSH", "OISÍN"]),
    ("Known as: Not known\nDOB:", []),
])
def test_every_name_a_known_as_field_lists(text, names):
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME] == names


@pytest.mark.parametrize("text, names", [
    ("Patrol launch crew: Nick Lobb,\nZoe Hichens", ["Nick Lobb", "Zoe Hichens"]),  # a short form that is a word
    ("Our volunteer Jan Nicholls\nstayed with him.", ["Jan Nicholls"]),  # ... or a month
    ('"Tía Yuli comes from Madrid for my birthday."', ["Yuli"]),  # a kin word the lists hold as a name too
])
def test_a_given_name_before_a_family_name_found_alone(text, names):
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME] == names


def test_a_rare_word_opening_a_field_before_a_recorded_family_name():
    record = d.CaseRecord([d.Party("c", "subject", [("Ayaan", "Mahmood")]), d.Party("f", "father", [("Tariq", "Mahmood")])], "x")
    text = "From: Zubair Mahmood <zubair.m@example.com>\n\nWith respect,\nZubair Mahmood\n"
    assert [f.text for f in d.detect(record, text) if f.kind == d.NAME] == ["Zubair Mahmood", "Zubair Mahmood"]


@pytest.mark.parametrize("text, names", [
    ("Sue Buckley (DSL); Natalie Cope (health visitor for the baby) came.", ["Sue Buckley", "Natalie Cope"]),
    ("We did the course with Hannah.\nRyan Salt wrote to us from prison.", ["Hannah", "Ryan Salt"]),
    ("Keeley said the Thamesteel works closed years ago.", ["Keeley"]),
    ('an adult called "Tonka", believed to be Anthony Bacon (24) of Huthwaite.', ["Tonka", "Anthony Bacon"]),  # an age
])
def test_an_everyday_family_name_before_a_role_in_a_bracket_or_a_verb(text, names):
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME] == names


@pytest.mark.parametrize("text, names", [
    ("the uncle, Sr. Sidi Salek, of Bilbao", ["Sr. Sidi Salek"]),  # a Spanish title, taken with the name, not alone
    ("his wife is next of kin: Sra Uxía Castro", ["Sra Uxía Castro"]),
])
def test_spanish_and_portuguese_titles_before_a_name(text, names):
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME] == names


@pytest.mark.parametrize("text, name", [
    ("Leanne  Sun 10:30  im ringing jo 07556 367 846 is my number", "jo"),  # a name of two letters, where a person stands
    ("check w PC kirby. next visit 30/10 w jo.", "jo"),
    ("Subject: my boy\n\nkia ora jo\ni never hurt manaia", "jo"),
    ("to jo\n\ni no you think dad is bad", "jo"),  # a letter's opening line
    ("ps evie says hi to jo. her mum is Donna", "jo"),
])
def test_lower_case_given_names_of_two_letters_and_after_ring_or_w(text, name):
    assert name in [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME]
    polish = "Pracuję jako kierowca ciężarówki w firmie w Howden. i dont know"
    assert "firmie" not in [f.text for f in d.detect(RECORD, polish)]


@pytest.mark.parametrize("text, address", [
    ("We live at 6 Greasley rd Abbey Hulton and we have the kids", "6 Greasley rd"),  # a street word in lower case
    ("Mother living at Hamil Ct, Burslem.", "Hamil Ct"),  # "Ct" for Court, with no number
])
def test_streets_written_short(text, address):
    found = d.detect(RECORD, "11/10/2025  Ryan Hill released from HMP Hewell; Mrs Gough (SENCo) came")
    assert ("Ryan Hill", d.NAME) in [(f.text, f.kind) for f in found]  # a date's year is no house number
    assert "SENCo" not in [f.text for f in found]  # a role, not a name
    assert address in [f.text for f in d.detect(RECORD, text) if f.kind == d.ADDRESS]
    assert "05  Speke" not in [f.text for f in d.detect(RECORD, "17/11/2026 12:05  Speke road I mean")]


def test_a_recorded_name_that_is_a_word_after_a_notes_w_or_before_friend():
    record = d.CaseRecord([d.Party("a", "subject", [("Summer", "Chubb")])], "x")
    text = "- food in, house ok. summer's friend here for tea\ntodo: book 1:1 w summer at school. in the summer holidays"
    assert [f.text for f in d.detect(record, text) if f.kind == d.NAME] == ["summer", "summer"]
    # a "w" that is Polish for "in" is no sign of a person
    assert [f.text for f in d.detect(RECORD, "Pracuję jako kierowca w firmie w Howden.") if f.kind == d.NAME] == []


@pytest.mark.parametrize("text, name", [
    ("02/11/2026 09:47  KYLE DO NOT ANSWER: brooke dawson lol she'll be no help", "brooke dawson"),  # a message's first words
    ("i dont know. dad says at a mates\n- aunty shell (michelle marris, mums sister) in town", "michelle marris"),  # in brackets
])
def test_a_lower_case_full_name_set_off_in_someones_own_words(text, name):
    assert name in [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME]


def test_an_english_word_beside_a_lower_case_name_may_be_a_plural_or_possessive_but_not_a_name_with_an_s():
    assert d._english_word("mums") and d._english_word("dad's") and d._english_word("this")
    assert not d._english_word("saras")


def test_two_initials_ending_in_j_are_a_name():
    text = 'he said JJ is "a lad from Bristol". He still wants TJ to live with him. The DJ played; CJ and SJ units.'
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME] == ["JJ", "TJ"]


@pytest.mark.parametrize("text, date", [
    ("Cleethorpes, 29. nóvember 2026\n", "29. nóvember 2026"), ("ekki drukkið síðan 31. október. Hann", "31. október"),
    ("nga Gjilani ne 15 dhjetor.", "15 dhjetor"), ("Rēzeknē, 2026. gada 3. novembrī", "3. novembrī"),
    ("Geldi 12 kasım 2026", "12 kasım 2026"), ("am 4. Dezember", "4. Dezember"),
])
def test_dates_with_the_months_of_more_languages(text, date):
    assert date in [f.text for f in d.detect(RECORD, text) if f.kind == d.DATE]


@pytest.mark.parametrize("text, name", [
    ("The chain of command (OC, Major Fenwick) has been informed.", "Major Fenwick"),
    ("referred to the unit's welfare officer, Capt Ruth Dimmock, and to Op COURAGE.", "Capt Ruth Dimmock"),
    ("police (DS\nKingswell); GP; HV.", "DS\nKingswell"),  # a rank at a line's end, the name on the next
])
def test_army_ranks_and_a_rank_before_a_line_break(text, name):
    assert name in [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME]


def test_a_rank_before_an_everyday_word_is_no_name():
    assert [f.text for f in d.detect(RECORD, "A Major Incident was declared; Private Fostering checks done.")
            if f.kind == d.NAME] == []


def test_a_given_name_and_an_everyday_word_after_who_the_person_is():
    assert "Gareth Heard" in [f.text for f in d.detect(RECORD, "the football coach Gareth Heard as a protective adult.")]
    assert "Amy Park" not in [f.text for f in d.detect(RECORD, "The teacher Amy Park Road")]


def test_a_lower_case_initial_after_a_lower_case_name():
    text = "outreach notes - i saw owen t & priya\nsaw kai p by the gates. mum kayleigh v tired, amber w mum"
    found = [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME]
    assert "owen t" in found and "kai p" in found
    assert "kayleigh v" not in found and "amber w" not in found  # "very", "with"


@pytest.mark.parametrize("text, names", [
    ('he told his teacher that "Rin-chan\nis the mummy now".', ["Rin"]),
    ("おばあちゃん: 中村さんが猫を見てくれます。\nおばあちゃん: 着きました！ダニエルさんが迎えに来てくれた", ["中村", "ダニエル"]),
    ("凛: 大丈夫。そうたもパパのところにいる。\n家欣: 姐，你帶埋曉晴", ["凛", "家欣"]),  # a chat's speakers
    ("김민지: 성우씨, 준호 선생님 이름", ["성우"]),
])
def test_east_asian_names_before_an_honorific_or_as_a_speaker(text, names):
    found = [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME]
    assert all(n in found for n in names)
    assert not {"おばあちゃん", "ばあ", "ママ", "パパ", "선생"} & set(found)


def test_kin_words_as_speakers_are_no_names():
    text = "老公: 我去雷丁見工\nおばあちゃん: 皆さん、ありがとう\n媽咪: 唔好驚"
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME] == []


def test_a_name_in_its_own_script_before_a_bracket_that_glosses_it():
    text = '[2] 15/11/2026 19:05 - لينا (Lina, the sister) - 0:31\n"ما بعرف لينا"'
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME].count("لينا") == 2
    # not a kin word glossed by the person's name, nor a translation that opens with a name
    text = "08:15 이모 (Kim Eun-young, aunt in Seoul): 언니 진정해 (Eun-young: sister, calm down)\nقول بده (Yasaman, look after yourself)"
    assert not {"이모", "언니 진정해", "قول بده"} & {f.text for f in d.detect(RECORD, text)}


@pytest.mark.parametrize("text, dates", [
    ("33 | 11/18/2026 7:58 | F. Stanton", ["11/18/2026"]),  # the American way, as an app exports it
    ("20-22/11/2026  Missing episode 7. Log of enquiries (8-9/11/2026): 23:55", ["20-22/11/2026", "8-9/11/2026"]),
    ("daily logs (Herne Bay), 19/11-3/12\nF83-F101", ["19/11-3/12"]),
])
def test_american_dates_and_ranges_of_days(text, dates):
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.DATE] == dates
    assert d.parse_date("11/18/2026") == dt.date(2026, 11, 18)


@pytest.mark.parametrize("text", ["Time in ranges: High (10.1-13.9) 21% | In range (3.9-10.0) 24%", "Slept 12.30-1.15 in the room",
                                  "Ref Nr. 2-9/2026/418"])
def test_ranges_of_measures_and_times_are_not_dates(text):
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.DATE] == []


@pytest.mark.parametrize("text, address", [
    ("Address for visa letter: Ronnvägen 12, 151 38 Södertälje", "Ronnvägen 12"),
    ("The salon's still there, Jl. Teuku Umar 88.", "Jl. Teuku Umar 88"),
    ("Kanzlei Becker, Königstraße 9, 70173 Stuttgart", "Königstraße 9"),
])
def test_addresses_abroad_with_their_street_word(text, address):
    assert address in [f.text for f in d.detect(RECORD, text) if f.kind == d.ADDRESS]


def test_jess_and_a_neighbour_in_lower_case():
    assert [f.text for f in d.detect(RECORD, "given by Shaz (TA). - Jess\nThanks Jess. Bad night") if f.kind == d.NAME] \
        == ["Shaz", "Jess", "Jess"]
    assert "deb" in [f.text for f in d.detect(RECORD, "i cant cope\n4 nov late - neighbour deb from no 29 came round")]


def test_an_initial_and_a_family_name_in_capitals_either_way_round():
    text = 'paid by card in the name M JACKSON, billing address\n"JACKSON M" - printed. WARD B. I HOPE SO. A LEVEL. HIGH RISK'
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME] == ["M JACKSON", "JACKSON M"]


def test_a_district_in_brackets_after_its_town():
    assert "Canley" in [f.text for f in d.detect(RECORD, "taken to his house in Coventry (Canley).") if f.kind == d.PLACE]
    assert [f.text for f in d.detect(RECORD, "he lives in Leeds (Monday to Friday)") if f.kind == d.PLACE] == ["Leeds"]


@pytest.mark.parametrize("text, place", [
    ("Tommy Keane from Grove Park, drives for a firm.", "Grove Park"), ("lives on Ravensworth Road in Top Valley. He said", "Top Valley"),
    ("moving to Forest Town with Dean.", "Forest Town"), ("Mrs Dawn Hinks of Galley Common, and her aunt", "Galley Common"),
])
def test_a_place_of_a_word_and_a_word_for_a_kind_of_place_after_a_place_word(text, place):
    assert place in [f.text for f in d.detect(RECORD, text) if f.kind == d.PLACE]


@pytest.mark.parametrize("text", ["a text from Kelly Green about it.", "he is at Windmill Hill School now.", "seen on Grove Park Road"])
def test_a_person_a_school_or_a_street_is_no_place_of_two_words(text):
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.PLACE] == []


def test_a_lower_case_place_of_two_words_after_a_place_word():
    text = "i dont know. his mates in burnley wood. she lives in new haw 5 mins away. at the skate park. in the park. to new school."
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.PLACE] == ["burnley wood", "new haw"]


@pytest.mark.parametrize("text, date", [
    ("Anke's birthday on the twentieth of December? We want", "the twentieth of December"),
    ("CALLER 2: eleventh of April ninety-eight\nCH: And the van", "eleventh of April ninety-eight"),
    ("CALLER: Nineteenth November... nineteen eighty-four. ADVISER", "Nineteenth November... nineteen eighty-four"),
    ("MALE 1: Twelfth of Feb, 2004.", "Twelfth of Feb, 2004"),
])
def test_dates_said_in_words(text, date):
    assert date in [f.text for f in d.detect(RECORD, text) if f.kind == d.DATE]
    assert d._day_month("twentieth of December") == (20, 12)


def test_a_letter_and_a_word_in_quotes_is_a_nickname():
    text = 'a message came from "C-Dog" asking "where\'s the yute". He owes "T-Bone" £200.'
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME] == ["C-Dog", "T-Bone"]


@pytest.mark.parametrize("text, address, postcode", [
    ("his sister lives at 12 rue Gabriel Péri, 93200 Saint-Denis, France", "12 rue Gabriel Péri", "93200"),
    ("I live at ul. Jaśkowa Dolina 14/3, 80-252\nGdańsk. My phone", "ul. Jaśkowa Dolina 14/3", "80-252"),
    ("Address for visa letter: Ronnvägen 12,\n151 38 Södertälje", "Ronnvägen 12", "151 38"),
])
def test_an_address_abroad_and_its_postcode(text, address, postcode):
    found = d.detect(RECORD, text)
    assert address in [f.text for f in found if f.kind == d.ADDRESS]
    assert postcode in [f.text for f in found if f.kind == d.POSTCODE]


@pytest.mark.parametrize("text, postcodes", [
    ("Her aunt's address is 4 Ashbrook, Limerick V94 K2X8.", ["V94 K2X8"]),
    ("Father now lives in Dublin D6W Y2K4 with his partner.", ["D6W Y2K4"]),
    ("Prisoner number: A7231DK", []), ("Probation CRN X437219; hospital number K448120.", []),
    ("Ref F23 1234 on the invoice", []),
])
def test_an_irish_eircode_is_a_postcode_and_a_prison_number_is_not(text, postcodes):
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.POSTCODE] == postcodes


@pytest.mark.parametrize("text, name, street", [
    ("He told his teacher, Mrs Kathy Lane, that Baba hit him.", "Mrs Kathy Lane", None),
    ("He likes school and his teacher Miss Lane, and that his best friend is kind.", "Miss Lane", None),
    ("Referrer: Becky Lane, health visitor, Kempston Hub", "Becky Lane", None),
    ("she was at her sister's in Eldon Lane on the Sunday", None, "Eldon Lane"),
    ("Callum Rushby from Belton Lane, who he says got him the line", "Callum Rushby", "Belton Lane"),
])
def test_a_person_called_lane_is_no_street(text, name, street):
    found = d.detect(RECORD, text)
    assert [f.text for f in found if f.kind == d.NAME] == ([name] if name else [])
    assert [f.text for f in found if f.kind == d.ADDRESS] == ([street] if street else [])


@pytest.mark.parametrize("text, name, place", [
    ("Uncle Jamal has given his word to Anwar. You will obey", "Anwar", None),
    ("(I'll talk to Sergei. He is in Jõhvi.)", "Sergei", "Jõhvi"),
    ("Arjun said (via Abena before the meeting) that Dad is kind", "Abena", None),
    ("I have heard the news from Rehema. I do not agree.", "Rehema", None),
    ("She moved to Adana last year with the baby.", None, "Adana"),
])
def test_a_given_name_of_any_language_after_to_or_from_is_a_person(text, name, place):
    found = d.detect(RECORD, text)
    assert name is None or name in [f.text for f in found if f.kind == d.NAME]
    assert [f.text for f in found if f.kind == d.PLACE] == ([place] if place else [])
    assert "sergei" in d.gazetteer.world_given_names() and "hall" not in d.gazetteer.world_given_names()


@pytest.mark.parametrize("text, names", [
    ("Мама 20:03: Марина сказала, Полину водили к врачу", ["Марина", "Полину"]),  # (Polina: the rare-word rule)
    ("الحمد لله على سلامتكم يا ماما. يوسف تعبان كثير", ["يوسف"]),
    ("صباح الخير أستاذ. الولد مع خالتي", []),  # "good morning", though Sabah is a name too
    ("Η Παναγιώτα είπε ότι θα έρθει", ["Παναγιώτα"]),
])
def test_a_given_name_in_another_script_that_faker_lists(text, names):
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME] == names


@pytest.mark.parametrize("text, kind", [
    ("She does not want to go back to Jordan without the children.", d.PLACE),
    ("His father went back to Victoria last spring.", d.PLACE),
    ("He gave the phone back to Jordan after tea.", d.NAME),
])
def test_going_back_to_a_place_that_is_a_given_name(text, kind):
    word = text.split(" back to ")[1].split()[0]
    assert [(f.text, f.kind) for f in d.detect(RECORD, text)] == [(word, kind)]


@pytest.mark.parametrize("text, names", [
    ("little acorns cant take til jan. ask pat's friend jean (childminder, peel brow) ?", ["pat", "jean"]),
    ("5 Oct 23:48  Hi tom its gary hope. hes gone again and i dont know", ["tom", "gary"]),
])
def test_a_lower_case_name_after_someones_friend_or_a_capitalised_greeting(text, names):
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME] == names


@pytest.mark.parametrize("text, name", [
    ('paternal grandmother Fadma El Ouahabi ("Lalla Fadma"), in Tetouan', "Fadma El Ouahabi"),
    ("The interpreter, Mrs Hafida El Amrani, said", "Mrs Hafida El Amrani"),
    ("Dr Ahmed Al Rashid rang the school", "Dr Ahmed Al Rashid"),
])
def test_an_arabic_or_amazigh_particle_joins_the_family_name(text, name):
    assert name in [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME]


@pytest.mark.parametrize("text, found", [
    ("Molweni nonke. uLwazi uthathe imali kaMama esipajini", [("Lwazi", d.NAME)]),  # not "Mama", a kin word
    ("Kukho usocial worker ogama linguOliver.", [("Oliver", d.NAME)]),
    ("Ngizabiza uNomsa eLeicester.", [("Nomsa", d.NAME), ("Leicester", d.PLACE)]),
    ("Ndizakuthengela itikiti ngoDecember", []), ("bought it on eBay for her", []),
])
def test_a_name_after_a_noun_class_prefix(text, found):
    assert [(f.text, f.kind) for f in d.detect(RECORD, text)] == found


@pytest.mark.parametrize("text, names", [
    ("re call from resident (D. FAIRCLOUGH, 7 Kenyon Ln)", ["D. FAIRCLOUGH"]),
    ("Mother (METTE KJAERGAARD) woken by me 01.20", ["METTE KJAERGAARD"]),
    ("T came back 0330 w cut hand, refused A&E. BWV on file.", []), ("E COLI found in the sample", []),
])
def test_a_name_in_capitals_after_an_initial_or_a_given_name_of_any_language(text, names):
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME] == names


@pytest.mark.parametrize("text, street", [
    ("a flat above a vape shop on Wellington Road North, Heaton Norris, by PC Dan", "Wellington Road North"),
    ("taz_4life - Wellington Rd N, Stockport - now", "Wellington Rd N"),
    ("the day centre on Bitterne Road West.\n", "Bitterne Road West"),
    ("the shop on Wellington Road. North of the river it is quiet", "Wellington Road"),
])
def test_a_street_takes_the_compass_point_that_ends_its_name(text, street):
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.ADDRESS] == [street]


def test_the_contacts_of_a_phone_log_and_names_glossed_with_an_age():
    log = ('21/11/2026 15:30 IN  from "kez": dont answer ur mam\n21/11/2026 09:15 OUT to "CHASE 2": ye\n'
           '22/11 OUT to "Nan": im ok nan\n IN from "Unknown": call me')
    assert [f.text for f in d.detect(RECORD, log) if f.kind == d.NAME] == ["kez", "CHASE"]
    glossed = "the names in Gujarati beside the English:\nહુઝૈફા (Huzaifa, 8) and મુર્તઝા (Murtaza, 4\nmonths)."
    assert [f.text for f in d.detect(RECORD, glossed) if f.kind == d.NAME] == ["હુઝૈફા", "Huzaifa", "મુર્તઝા", "Murtaza"]


def test_a_pets_name_is_nobodys_anywhere_in_the_document():
    text = "Two dogs (an XL bully called Tank and a Staffie called Bella) were in. He said Tank went for me. Bella's lead."
    assert [f for f in d.detect(RECORD, text) if f.kind == d.NAME] == []
    text = "a Staffordshire bull terrier cross called Tank that belongs to Tank Smith"  # a person of that name still is
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME] == ["Tank Smith"]


@pytest.mark.parametrize("text", [
    "She is Circassian, and her first language is Adyghe; the Kachin families meet on Sundays.",
    "He is Moroccan and speaks Tarifit at home; the Fijian community and a Rohingya interpreter",
])
def test_peoples_and_languages_are_no_names(text):
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME] == []


@pytest.mark.parametrize("text", [
    "Seen at clinic on 14th January. Nappy rash treated.", "Home visit. Bruise left cheek and arm.",
    "Voicemail left on the duty line.", "Baby's Moses basket used for storage.",
    "Dog barking in kitchen - Staffie, shut in.", "The key is in the lockbox. Lockbox code given.",
])
def test_everyday_words_of_care_records_are_no_names(text):
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME] == []


@pytest.mark.parametrize("text, place, name", [
    ("Where: Clitheroe, Blackburn, Preston and Kendal.", "Preston", None),
    ("a flat on Market Street,\nHyde | police |", "Hyde", None),
    ("her mate lives in Blackburn, Preston Caddick (19) sleeps on the sofa", None, "Preston Caddick"),
])
def test_a_town_named_like_a_person_after_a_comma_in_a_list_or_an_address(text, place, name):
    found = d.detect(RECORD, text)
    assert place is None or place in [f.text for f in found if f.kind == d.PLACE]
    assert name is None or name in [f.text for f in found if f.kind == d.NAME]


def test_a_chat_sender_before_the_time_on_two_lines_or_more():
    chat = ("Fri 20 Nov\nvula 🌙 23:14  ellz r u awake\nEllz 23:15  ye wats up\nvula 🌙 23:15  they booked it\n"
            "vula 🌙 23:16  mum was crying")
    assert [f.text for f in d.detect(RECORD, chat) if f.kind == d.NAME] == ["vula", "vula", "vula"]
    assert [f.text for f in d.detect(RECORD, "Notes 09:00  visit done\nNotes 10:00  called back") if f.kind == d.NAME] == []


@pytest.mark.parametrize("text, address", [
    ("lives at Plot 118, Fairview North, Manzini", "Plot 118"),
    ("a neighbour on the yard, Mr Alfie Lowther (Plot 4).", "Plot 4"),
    ("the plot 3 of the story", None),
])
def test_a_plot_by_its_number_is_an_address(text, address):
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.ADDRESS] == ([address] if address else [])


@pytest.mark.parametrize("text, names", [
    ('Their neighbour, Mrs Wong ("Auntie May"), looks after them', ["Mrs Wong", "May"]),
    ("the children call her Auntie May and she is kind", ["May"]), ("the boyfriend may come in May", []),
])
def test_a_month_that_is_a_given_name_after_a_kin_word(text, names):
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME] == names


def test_a_family_name_in_capitals_next_in_a_list():
    text = 'Associates: SMITH, Callum ("Smithy"), WHALLEY, Reece (14),\nHINDLE, Kaci (16). Children: HINCHLIFFE, Lacey-Mae; HAIGH, Bobby'
    names = [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME]
    assert {"WHALLEY, Reece", "HINDLE, Kaci", "HAIGH, Bobby"} <= set(names)


@pytest.mark.parametrize("text, names", [
    ('Two dogs (XL bully type,\n"Tank" and "Bruno") loose in the living room. Tank growled.', []),
    ('a Staffordshire cross ("Tank") belonging to Darren. Poppy-Mae drew Tank in the bin.', ["Darren", "Poppy-Mae"]),
    ('the cat "Tom" was asleep and Tom Smith came', ["Tom Smith"]),
    ("ملخص: أكملت تقييم حمد ومريم.", ["مريم"]),  # "wa-", and, joined to a listed name
])
def test_pets_named_in_quotes_and_a_name_after_arabic_and(text, names):
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME] == names


def test_a_number_after_an_english_address_is_no_postcode():
    assert [f.text for f in d.detect(RECORD, "He lives at 14 Station Road, 2 Rooms and a garden") if f.kind == d.POSTCODE] == []


@pytest.mark.parametrize("text, date", [
    ("Riya stayed at her house on 10 and 11 October with her mother's agreement.", "10 and 11 October"),
    ("| 21 & 22/09/2026 | Two nights away", "21 & 22/09/2026"), ("messages 20-23.11.2026, exported", "20-23.11.2026"),
    ("Рожденият ден на баба е на 9 септември, няма", "9 септември"), ("Мама, туған күні 3 декабря!", "3 декабря"),
])
def test_a_range_of_dates_is_one_date_and_months_in_cyrillic(text, date):
    found = [f for f in d.detect(RECORD, text) if f.kind == d.DATE]
    assert [f.text for f in found] == [date]


@pytest.mark.parametrize("text, street", [
    ("millie says I can go to hers on friday, she lives\non Kingsway near the big tesco", "Kingsway"),
    ('he said they live in "mereside, near the shops on Langdale". He knew', "Langdale"),
    ("they know where we live on\ndawlish and they sat outside", "dawlish"),
    ("talking to him outside the chicken shop on Heathway and offered him", "Heathway"),
    ("found by police at a flat on Fishergate, Preston", "Fishergate"),
    ("she lives on Tunnard st\nme: wot about lils", "Tunnard st"),
])
def test_a_street_of_one_word_where_only_a_street_stands(text, street):
    assert street in [f.text for f in d.detect(RECORD, text) if f.kind == d.ADDRESS]


@pytest.mark.parametrize("text", [
    "Her mother said Kelly-Ann stays home on Mondays and Tuesdays.", "He comes home on Sundays.",
    "She was living on benefits.", "I will see you at home on Wednesday 25 November.", "She stayed on with the group.",
])
def test_days_and_everyday_words_after_on_are_no_street(text):
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.ADDRESS] == []


@pytest.mark.parametrize("text, school", [
    ("Mrs Sue Grainger (headteacher, Sawley Junior). Apologies", "Sawley Junior"),
    ("Her brother Htet Thant is at Barnes Infant. Her aunt", "Barnes Infant"),
    ("Lucy Ng (Manor High DSL) - apologies", "Manor High"),
    ("wants to do a joinery course at Nelson and Colne College.", "Nelson and Colne College"),
    ("a Level 3 course at City of Liverpool College (Duke Street campus)", "City of Liverpool College"),
    ("He has done a maths GCSE since, at the College of West Anglia.", "College of West Anglia"),
    ("I studied at\nUniversity of Essex in Colchester", "University of Essex"),
])
def test_a_school_by_its_phase_or_a_college_named_with_of_or_and(text, school):
    assert school in [f.text for f in d.detect(RECORD, text) if f.kind == d.SCHOOL]


@pytest.mark.parametrize("text", [
    "Reflux was diagnosed and Gaviscon Infant prescribed.", "She trained with the College of Policing.",
    "They met on Chichester High Street.",
])
def test_no_school_in_a_medicine_a_professional_body_or_a_high_street(text):
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.SCHOOL] == []


def test_a_name_signed_twice_is_two_findings_and_the_signature_takes_its_family_name():
    text = "Call me on Monday.\nRegards, Nathan\nNathan Beer | Welfare & Wellbeing Lead"
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME] == ["Nathan", "Nathan Beer"]
    text = "Kind regards\nClare\nClare Bewley, MS Specialist Nurse"
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME] == ["Clare", "Clare Bewley"]


def test_a_double_family_name_in_capitals_is_whole():
    text = "(2) male, gave name Reece OKONJO-PLATT, DOB 17.01.2003. OKONJO-PLATT's mother lives nearby."
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME] == ["Reece OKONJO-PLATT", "OKONJO-PLATT"]


@pytest.mark.parametrize("text, name", [
    ("Mum: he better not shan or he'll have me to deal with. i mean it", "shan"),
    ("Chloe Hinks  16 Nov 2026, 19:14\n  shan can u come round. jordans lost", "shan"),
    ("Present: Mr Marshall (father); Levi; Tiff (for her part); Mr Dean Charlton", "Tiff"),
])
def test_british_short_forms_shan_and_tiff(text, name):
    assert name in [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME]


def test_a_short_form_opening_an_accounts_handle_is_left_to_the_handle_rules():
    text = "Instagram - conversation with shan.eke.x (downloaded by mum)\ni told them"
    assert "shan" not in [f.text for f in d.detect(RECORD, text)]


@pytest.mark.parametrize("text, names", [
    ("they wont. when it was me, miss patel at langley academy helped me. i dont know", ["patel"]),
    ("she was happy there, miss kemp was lovely. i miss kemp so much lol", ["kemp", "kemp"]),  # (the second as the first)
    ("i miss school and i miss my nan. dont tell u miss it", []),
])
def test_a_teachers_miss_in_lower_case_before_a_family_name(text, names):
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME] == names


def test_a_name_in_cyrillic_after_a_kin_word():
    text = "12.10.2026\nБаба Верица: Маре, како е мама? Это Ольга Коваленко, мама Яны и Максима."
    assert {"Верица", "Яны"} <= {f.text for f in d.detect(RECORD, text) if f.kind == d.NAME}
    assert [f.text for f in d.detect(RECORD, "мама и папа дома") if f.kind == d.NAME] == []


def test_titles_of_other_languages_are_no_names_and_a_name_may_begin_with_n():
    text = ("Nous intervenons pour Mme Fatoumata TRAORE.\nMadame, Monsieur,\nMaître Aïssatou N'Diaye\nAvocate\n"
            "Sayın Sosyal Hizmet Görevlisi Tomasz Bey,")
    names = [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME]
    assert "Aïssatou N'Diaye" in names and "Fatoumata TRAORE" in names
    assert not {"Madame", "Monsieur", "Mme", "Bey"} & set(names)


def test_a_title_a_given_name_and_a_family_name_are_no_programme():
    text = "His friend told the head of year, Ms Rachel Oldham, that he runs bits."
    assert [f.text for f in d.detect(RECORD, text) if f.kind in (d.NAME, d.PLACE)] == ["Ms Rachel Oldham"]
    assert [f.text for f in d.detect(RECORD, "She watches Ms Rachel on YouTube.")] == []


@pytest.mark.parametrize("text, name", [
    ("Farai is angry\nTete Memory: tendai listen the social will help", "Memory"),
    ('Vy (2) is minded by a neighbour, "chị Hằng" at no. 27, while Lan works.', "Hằng"),
])
def test_a_name_after_a_kin_word_of_a_community_language(text, name):
    assert name in [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME]


def test_a_capitalised_kin_word_takes_only_a_given_name_after_it():
    text = "Social worker Luke Byfield (Nene Vale), interpreter Elena Munteanu"
    assert "Vale" not in [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME]


def test_a_title_at_the_end_of_a_line_takes_the_name_on_the_next():
    text = "Smell of cannabis. Returned home by PC\nGemma Raw 4418.\nEp 2 reported"
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME] == ["PC\nGemma Raw"]


@pytest.mark.parametrize("text, name", [
    ("Present: Mrs Ogden (Aspin Park);\nschool nurse Tasha Fell; PC Daniel Hirst (DVPN)", "Tasha Fell"),
    ("Jess Bramley (Young Carers); Gemma Raw (crisis team, now community mental health team)", "Gemma Raw"),
    ("Faye Ormsby (tenancy officer); Bev Cheshire (family support worker, Harold Hill)", "Bev Cheshire"),
])
def test_an_everyday_family_name_after_a_role_or_before_a_role_in_brackets(text, name):
    assert name in [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME]


@pytest.mark.parametrize("text, span", [
    ("\"yeah hello this is Darren Queen {Darren Quinn} Summer's dad\"", "Darren Queen"),
    ("he put his hands on Megan I'm at work in Welsh pool {Welshpool} I can't just leave", "Welsh pool"),
    ("He's at his brother's in Rock Ford (= Rochford). I'm not having him back", "Rock Ford"),
    ("with an0ther y0uth\nBrandon SHARP ({Brandon Sharp}, l5, 0f Flimby)", "Brandon SHARP"),
])
def test_words_written_as_heard_before_a_gloss_are_what_it_names(text, span):
    assert span in [f.text for f in d.detect(RECORD, text)]


def test_words_unlike_their_gloss_are_left():
    assert "Cow" not in [f.text for f in d.detect(RECORD, "Our Frankie said Cow (= Carl) made him sleep on the landing.")]


@pytest.mark.parametrize("text", [
    "#3  22.10.26 08:50  Category: Peer   Logged by: Ms Amara Okonjo (tutor)\n#4 Logged + DSL.",
    "Relationship: daughter    Lives with: maternal grandmother",
])
def test_a_forms_next_field_after_a_relationship_word_is_no_name(text):
    names = [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME]
    assert "Logged" not in names and "Lives" not in names


def test_a_name_on_a_wrapped_line_after_a_relationship_word_is_still_a_name():
    text = "her sister Dima is in Amman and her brother\n  Bassel in Hamburg (+49 176 2345 6789)"
    assert "Bassel" in [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME]


def test_polish_short_months_and_more_kin_words():
    text = "3 PAŹ 2026, 21:14\nMagda: Aga, jak tam?\n4. Tatie Guerline invites Wadson. Grann Anise will call. Filha, o Ernesto"
    found = d.detect(RECORD, text)
    assert "3 PAŹ 2026" in [f.text for f in found if f.kind == d.DATE]
    names = [f.text for f in found if f.kind == d.NAME]
    assert "Guerline" in names and "Anise" in names
    assert not {"Tatie", "Grann", "Filha", "PAŹ"} & set(names)


def test_a_dictation_with_its_punctuation_in_words_is_read_as_lower_case_writing():
    text = ("session with her at the usual bench full stop she said that jays mate deano took photos of her full stop\n"
            "actions colon tell my manager tony west full stop")
    names = [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME]
    assert "deano" in names and any(n.startswith("tony") for n in names)


@pytest.mark.parametrize("text, place", [
    ("The children's father lives in\nSpanish Town, Jamaica (last known number)", "Spanish Town"),
    ("The boy has been troubled since he came from Dar es Salaam, his father passed in 2019", "Dar es Salaam"),
    ("she is going to Pakistan for a wedding in Pind Dadan Khan in December", "Pind Dadan Khan"),
])
def test_a_listed_place_of_several_words_after_a_place_word(text, place):
    assert place in [f.text for f in d.detect(RECORD, text) if f.kind == d.PLACE]


@pytest.mark.parametrize("text", [
    "Child protection medical this afternoon at Milton Keynes University Hospital.",
    "referred to SALT at Rowley Regis Hospital.", "They go running round the lake at South Hill Park.",
])
def test_no_listed_place_inside_an_organisations_or_a_parks_name(text):
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.PLACE] == []


@pytest.mark.parametrize("text, place", [
    ("Mi hijo Luis en Quito puede recibir a Mishel en julio.", "Quito"),
    ("Mrs Nicola Mayhew, Calle Apolo 14, 03181 Torrevieja (+34 612 48 73 95).", "Torrevieja"),
    ("Jean-Paul: Uzajya i Kigali kwa nyogokuru mu mpeshyi.", "Kigali"),
])
def test_a_city_abroad_after_a_foreign_in_or_a_postal_code_is_a_place(text, place):
    found = d.detect(RECORD, text)
    assert place in [f.text for f in found if f.kind == d.PLACE] and place not in [f.text for f in found if f.kind == d.NAME]


@pytest.mark.parametrize("text, school", [
    ("Sibling: Poppy (3), not at school, goes to Little Acorns nursery on Telscombe Road.", "Little Acorns"),
    ("nursery (Tiny Steps Ruislip) raised that Summer has come in hungry", "Tiny Steps"),
    ("Hugo LEFEBVRE, DOB 8 July 2023, Little Acorns Pre-school.", "Little Acorns Pre-school"),
])
def test_a_nursery_by_its_small_word_and_plural_name(text, school):
    found = d.detect(RECORD, text)
    assert school in [f.text for f in found if f.kind == d.SCHOOL]
    assert [f.text for f in d.detect(RECORD, "They like Little Mix and went to Little Lever.") if f.kind == d.SCHOOL] == []


def test_a_school_after_an_assistant_head_in_brackets():
    text = "Ms Funmi Adebayo (Assistant Head, Eastbrook); Mrs Sandra Kelleher (Learning Mentor)"
    assert "Eastbrook" in [f.text for f in d.detect(RECORD, text) if f.kind == d.SCHOOL]


@pytest.mark.parametrize("text, names", [
    ("Patricia (maternal grandmother, known as Nanna Pat) of 3 Rotherfield Road", ["Patricia", "Pat"]),
    ("Teas: Nan Pauline Tuesdays and Thursdays; Uncle Gary Fridays", ["Pauline", "Gary"]),
])
def test_a_grandmothers_family_word_and_a_day_are_not_part_of_a_name(text, names):
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME] == names


def test_a_chat_sender_before_the_time_in_brackets():
    text = "Kay 💕 (13 Nov 21:14): mum can u have tyler tonight\nNan: ye love what time.\nKay 💕 (21:20): dunno. dont start mum"
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME].count("Kay") == 2
    assert [f.text for f in d.detect(RECORD, "OBS (03:40): HR 118, RR 20") if f.kind == d.NAME] == []


def test_a_transcripts_speaker_by_a_role_title_and_an_everyday_family_name():
    text = "PC ORGAN: Police, can you open the door?\nHATHERLEY: Yeah.\nPC ORGAN: Who's gone, love?"
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME].count("ORGAN") == 2
    assert "ORGAN" not in [f.text for f in d.detect(RECORD, "PC ORGAN: Police, can you open the door?")]  # once only


def test_a_chat_sender_after_a_date_written_year_first():
    text = "2026/10/11 21:03 志偉: 宇軒中文考試又不及格\n2026-10-27 21:19  AutoMod: message hidden"
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME] == ["志偉"]  # (a bot is no one)


def test_a_chat_sender_before_a_gap_of_spaces_on_two_lines_or_more():
    text = "MORGAN 🌸   wayne?? he was outside co op\nMe   omg\nMORGAN 🌸   u still at ur aunties?"
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME] == ["MORGAN", "MORGAN"]
    form = "Mother   Kelly Bird\nAddress   4 Hill Rd\nMother   see above"  # a form's label, though it opens two lines
    assert "Mother" not in [f.text for f in d.detect(RECORD, form)]


@pytest.mark.parametrize("text, name", [
    ("The conference will consider it.\n\nVladimir was present at the visit but did not engage.", "Vladimir"),
    ("They shop at Lidl. Carlo, mum's new partner, was in the kitchen.", "Carlo"),
])
def test_a_less_rare_word_opening_a_sentence_where_only_a_person_stands(text, name):
    assert name in [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME]
    assert [f.text for f in d.detect(RECORD, "Tenant said the boiler is broken.") if f.kind == d.NAME] == []


def test_a_day_and_month_opening_a_line_of_notes():
    text = ("hamza yr10 - typed on phone\n5/11 8.50am cecil st. dad answered.\n6/11 - H came in 10.05!! stayed till 1.\n"
            "9/11 (mon) - absent.")
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.DATE] == ["5/11", "6/11", "9/11"]
    assert [f.text for f in d.detect(RECORD, "He got 6/10 in the test.") if f.kind == d.DATE] == []


@pytest.mark.parametrize("text, word", [
    ("Mama, 21:50: Скажи миссис Хатчинсон. Kızım, bän seni çok severim.", "Хатчинсон"),
    ("Нилуфар: they want me to marry Фаррух in the summer", "Фаррух"),
    ("Με εκτίμηση,\nΣτέλλα Χατζηπέτρου", "Χατζηπέτρου"),
])
def test_a_rare_capitalised_word_of_cyrillic_or_greek_inside_a_sentence_is_a_name(text, word):
    assert word in [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME]


def test_a_rare_cyrillic_word_after_a_place_preposition_is_a_place_and_common_or_kin_words_are_nobody():
    assert [(f.text, f.kind) for f in d.detect(RECORD, "Мама: Я поговорю с Сергеем. Он в Йыхви.")
            if f.text == "Йыхви"] == [("Йыхви", d.PLACE)]
    for text in ("Она сказала, что Москва большая.", "Я сказала: Спасибо!", "20.11.26 06:02 Апа: Айгерим спит",
                 "Please do not tell Әже."):
        assert [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME and not f.text.isascii()] == [], text


@pytest.mark.parametrize("text, district", [
    ("Y1: COLE Jayden DOB 09/02/11 of 27 Western Ave L24. Mob 07402 773 158.", "L24"),
    ("Location: Three Colt Street j/w Narrow Street, London E14\n\nSubject: QUILL, Jayden", "E14"),
    ("Seized dog - 27 Chatteris Avenue RM3 - DLO update", "RM3"),
    ("Child's address: 27 albemarle rd me5\nWhat is worrying you?", "me5"),
])
def test_a_postcode_district_alone_after_a_street_or_a_town(text, district):
    assert district in [f.text for f in d.detect(RECORD, text) if f.kind == d.POSTCODE]


@pytest.mark.parametrize("text", [
    "Findings (Dr Priya Walkden, ST6): a 1.5 cm bruise",  # a doctor's grade
    "We drove down from Stafford m6 then home.",  # a motorway, in lower case
    "They met in Leeds at 10 and went on to Bradford for lunch.",
])
def test_no_postcode_district_where_none_is(text):
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.POSTCODE] == []


def test_a_council_area_is_a_place_not_a_person():
    text = "She moved to Kirklees in May, then to Tameside. Mum's carers (Kirklees Reablement) come twice a day."
    assert [(f.text, f.kind) for f in d.detect(RECORD, text)] == [("Kirklees", d.PLACE), ("Tameside", d.PLACE),
                                                                 ("Kirklees", d.PLACE)]
    assert "calderdale" in d.gazetteer.districts() and "north yorkshire" not in d.gazetteer.districts()  # no county


@pytest.mark.parametrize("text, name", [
    ('"Rico" is believed to be\nEnrico Da Silva, 23, also known as "Ricky"', "Enrico Da Silva"),
    ("She met Maria Dos Santos at the school gate.", "Maria Dos Santos"),
])
def test_a_family_name_after_a_capitalised_particle_joins_the_name(text, name):
    assert name in [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME]


def test_a_chat_sender_whose_display_name_ends_in_an_initial():
    text = "Simmy K: guys i cant come\nGeorgia: nooo why\nSimmy K: dad says no\njordan h: kay ur all over fb\njordan h: ok"
    names = [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME]
    assert names.count("Simmy K") == 2 and names.count("jordan h") == 2
    assert [f.text for f in d.detect(RECORD, "Plan B: ring school\nPlan B: chase GP") if f.kind == d.NAME] == []


def test_a_town_in_capitals_after_a_street_address_or_before_a_postcode():
    text = "48870;21-Nov-2026;02:47;14 Longford Rd, CANNOCK;Station Rd, HEDNESFORD;4;\n27 CHURCHDOWN LANE, HUCCLECOTE,\nGL3 3QH."
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.PLACE] == ["CANNOCK", "HEDNESFORD", "HUCCLECOTE"]
    assert [f.text for f in d.detect(RECORD, "Flat 6, 14 High St, FLAT ROOF, see photo") if f.kind == d.PLACE] == []


def test_an_ll_read_as_two_capital_is_by_ocr():
    text = 'Said I was "slagging him off to HuII".\nTue 27th   Mum came down on the train from HuII.'
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.PLACE] == ["HuII", "HuII"]
    assert d._ocr_mended("EIIis saw the viIIage. WWII, Section IIa, Henry VIII.") == \
        "Ellis saw the village. WWII, Section IIa, Henry VIII."


@pytest.mark.parametrize("text, code", [
    ('Il vit à Saint-Denis, 14 rue Gabriel Péri, 93200. Il vient deux fois par an.', "93200"),
    ("Il habite 27 boulevard de la Savine, 13015.", "13015"),
    ("His last known address is Rīgas iela 17-4, Daugavpils, LV-5401. Olga met him there.", "LV-5401"),
])
def test_a_postcode_abroad_closing_an_address(text, code):
    assert code in [f.text for f in d.detect(RECORD, text) if f.kind == d.POSTCODE]


def test_no_postcode_abroad_in_a_year_or_a_time_in_a_text():
    for text in ("He moved to Leeds, 2019. She stayed.", "got train st pancras -> leicester 1030. abti came"):
        assert [f.text for f in d.detect(RECORD, text) if f.kind == d.POSTCODE] == [], text


@pytest.mark.parametrize("text, word, kind", [
    ("Home addr: 42 Hollystitches\nRd, Nunea ton\nParent/carer: HARLOW Jade", "Nunea ton", d.PLACE),
    ("Tues 10th Nov 8.4O am. Kayd en came to the breakfast club", "Kayd en", d.NAME),
    ("Fin asked where Durs ley is on the map.", "Durs ley", d.PLACE),
])
def test_a_name_or_a_town_split_by_a_stray_space(text, word, kind):
    assert (word, kind) in [(f.text, f.kind) for f in d.detect(RECORD, text)]


def test_no_split_name_from_a_name_and_a_small_word_or_two_common_words():
    for text in ("The health visitor last saw Denis on 2024-05-29.", "Cat on board, very tidy.", "taken from Rock Park in the summer"):
        assert not any(" on" in f.text or " in" in f.text for f in d.detect(RECORD, text)), text


def test_a_lower_case_given_name_with_a_possessive_after_at_is_a_person():
    text = "im at maisie's in collingtonda. staying at deans in kirton if u want. going to mads for a sleepover."
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME] == ["maisie", "dean", "mad"]
    other = "im at nannas tonight. look at marks on his arm. we went to this one x"
    assert [f.text for f in d.detect(RECORD, other) if f.kind == d.NAME] == []


@pytest.mark.parametrize("text, number", [
    ("It's about the lad at 18, Oskar. I'm at no. 16\n(16 Grange Rd).", "18"),
    ("She was shouting in the street and the\nlady at forty-three, Mrs Nuttall, came out.", "forty-three"),
    ("Dogs barking. Neighbour at 21 (Mr Pye) said the lad's been back.", "21"),
    ("seen by a neighbour, Mr Stan Buckler of\nno. 43, getting out of a car", "no. 43"),
])
def test_a_house_by_its_number_after_a_neighbour_or_as_no(text, number):
    assert number in [f.text for f in d.detect(RECORD, text) if f.kind == d.ADDRESS]


def test_no_house_number_in_an_age_or_a_time():
    for text in ("now he is like an old man at 14, he worries", "the neighbour at 10 am said hello", "a girl of 14 from Leeds"):
        assert [f.text for f in d.detect(RECORD, text) if f.kind == d.ADDRESS] == [], text


def test_ocr_l_for_capital_i_opening_a_short_name():
    assert d._ocr_mended("Tyler-Jay who is 9 and lvy who is 21 months. 10 lbs, ltd, the corsa nd63 lkv") == \
        "Tyler-Jay who is 9 and Ivy who is 21 months. 10 lbs, ltd, the corsa nd63 lkv"


def test_a_town_ending_in_er_before_a_colon_is_no_form_label():
    text = "Paternal uncle in Leicester: Balwinder Singh Kalsi, phone 0116 496 0000"
    assert ("Leicester", d.PLACE) in [(f.text, f.kind) for f in d.detect(RECORD, text)]
    assert "Prescriber" not in [f.text for f in d.detect(RECORD, "Prescriber: Dr Amir Khan")]


@pytest.mark.parametrize("text, name", [
    ("kirsty thinks it was that deano off the Barley mow", "deano"),
    ("him and bailey and that kez lass. he says", "kez"),
    ("She was seen at the bus station with that Dom. He drives a black Corsa.", "Dom"),
])
def test_a_person_pointed_at_with_that(text, name):
    assert name in [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME]


def test_no_person_pointed_at_in_an_everyday_word():
    for text in ('she is always pushing that pram, never goes to school', "was it that hv who rang", "I said that again."):
        assert [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME] == [], text


def test_a_chat_sender_on_a_line_of_its_own_with_the_day_and_time():
    text = "Zoica 💕  21 Oct 22:48\nhes ragin again\nDemi  22:50\nwant me to come?\nZoica 💕  22:51\nno hell go mad"
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME].count("Zoica") == 2


@pytest.mark.parametrize("text, name", [
    ("im sick of it. lee smashed the tv and took my bag", "lee"),  # an everyday given name before a deed
    ("Tue 20 Oct 13:10  lee hasnt been round i no what u think", "lee"),
    ("u said ur coming. jayden isnt even ur bf anymore", "jayden"),
])
def test_a_lower_case_given_name_before_a_verb_in_someones_own_writing(text, name):
    assert name in texts(text)


@pytest.mark.parametrize("text", [
    "im fuming. max is 20 quid for it",  # a word before a verb as often as a name
    "dont. nan's cat is called smudge",  # a thing someone has
    "lee smashed the tv",  # nothing marks the text as someone's own lower-case writing
])
def test_no_lower_case_given_name_before_a_verb_where_a_word_stands(text):
    assert [w for w in texts(text) if w.split()[0] in ("max", "cat", "lee")] == []


@pytest.mark.parametrize("text, name", [
    ("Milo went to his brother's house in Peterborough.", "Milo"),  # a given name that is a word too, before a verb
    ("Their neighbours of 40 years, Stan and Joan Proctor, were kind.", "Stan"),  # beside another given name
    ("mostly with foster carers, Pat and Derek Noble, in Mill Hill", "Pat"),
    ("She told her friend Summer on Instagram that she was sad.", "Summer"),  # an everyday word after "her friend"
    ("She talks to no one at school except her friend Hope.", "Hope"),
])
def test_a_given_name_that_is_a_word_too_where_a_person_stands(text, name):
    assert name in texts(text)


def test_a_dogs_name_is_no_given_name_that_is_a_word_too():
    from hearth.redaction import gazetteer

    assert {"milo", "lena", "stan", "bella"} <= gazetteer.given_names_that_are_words()
    assert gazetteer.given_names_that_are_words().isdisjoint({"bruno", "tyson", "rocky", "summer", "hope", "paris"})
    assert "Bruno" not in texts("two Staffies in the yard. Bruno is the dog.")


@pytest.mark.parametrize("text, name", [
    ("Signed M. Lane   04/12/26", "M. Lane"),  # no colon after "Signed"; a family name that is a street word
    ("Signed: D. Fearon      Checked: K. Barnes (team leader)  11.3.26", "K. Barnes"),  # a field with its own label
    ("Signed: D Wren   DSL: G. Kingsnorth   Manager: K A Lusted", "K A Lusted"),
])
def test_names_on_a_line_of_signatures(text, name):
    assert name in texts(text)


def test_a_town_hyphened_is_a_place_though_its_first_word_is_a_name():
    found = [(f.text, f.kind) for f in d.detect(RECORD, "Maternal aunt: Shannon Sharples, Dalton-in-Furness")]
    assert ("Dalton-in-Furness", d.PLACE) in found


def test_a_word_no_list_holds_before_a_police_station_or_an_estate_is_a_place():
    found = [(f.text, f.kind) for f in d.detect(RECORD, "PC Dan Whitehouse (West Mercia Police, Harlescott station)")]
    assert ("Harlescott", d.PLACE) in found
    found = [(f.text, f.kind) for f in d.detect(RECORD, "a lad I know as Reece from the Darnhill estate and")]
    assert ("Darnhill", d.PLACE) in found


@pytest.mark.parametrize("word", ["Ibok", "Mma", "Bapa", "Burushaski", "Ammachi", "Christadelphians", "Occitan", "Babbu"])
def test_kin_words_and_languages_of_more_communities_name_no_one(word):
    text = f"14/09/26 07:30 Ima: {word}, school da chatlaroi. She speaks to {word} every day."
    assert word not in texts(text)


def test_chat_senders_with_the_day_before_the_time_an_initial_or_a_display_name_after_a_handle():
    text = ("Tee 🌺  Sat 22:58   r u up\nshaniya c  23:01   ye wats up\nTee 🌺  23:01   hes at it again\n"
            "shaniya c  23:02   omg. do u want me to come")
    assert texts(text).count("Tee") == 2 and texts(text).count("shaniya c") == 2
    text = "kendal.dx_13 (Kenny): u up\ntaylarose.h (Tay): ye wats up\nkendal.dx_13 (Kenny): daz is kickin off again"
    assert texts(text).count("Kenny") == 2
    assert "kendal" not in texts(text)  # a town inside an account's handle is no place
    text = "kai b: u still comin fri or wat\nkai b: tiny sed ur safe\nleahh.mxx: yh after skl\nkai b: get the 5 oclock"
    assert texts(text).count("kai b") == 3


@pytest.mark.parametrize("text, place", [
    ("registered to a Paul Redfern of Lee-on-the-Solent, no trace.", "Lee-on-the-Solent"),  # two linking words
    ("gran (Pat Bridges) in Lee on the Solent could have him", "Lee on the Solent"),  # GeoNames' town without hyphens
    ("his grandparents Norman and Jean Bell of Burton-in-Kendal, who", "Burton-in-Kendal"),  # a town's shape, listed or not
])
def test_a_town_of_several_linked_words_is_one_place(text, place):
    assert (place, d.PLACE) in [(f.text, f.kind) for f in d.detect(RECORD, text)]


@pytest.mark.parametrize("text, number", [
    ("a neighbour, Terry Ley at\n43, rang about a smell of burning", "43"),  # across a line, a comma before the verb
    ("Kay: no. Mrs Begum at 21 carried the buggy for me", "21"),
    ("the other neighbour Mrs Kinsella at 54 wont say nothing", "54"),
])
def test_a_house_by_its_number_after_a_person_and_before_their_deed(text, number):
    assert (number, d.ADDRESS) in [(f.text, f.kind) for f in d.detect(RECORD, text)]
    assert ("18", d.ADDRESS) not in [(f.text, f.kind) for f in d.detect(RECORD, "She had Tyler at 18 and was on her own")]


def test_neighbour_opening_a_sentence_is_no_part_of_the_name_after_it():
    assert "Irene Cheetham" in texts("He is fine. Neighbour Irene Cheetham at 50 is a help.")


@pytest.mark.parametrize("text, date", [
    ("after the bus incident of 6/11 (rucksack of wraps)", "6/11"),  # a day and month after an event or a meeting
    ("CS panel 2/12, ring lee back re bike", "2/12"),
    ("GP appt 2/12 re PND, then the HV", "2/12"),
])
def test_a_day_and_month_after_a_meeting_or_an_event(text, date):
    assert (date, d.DATE) in [(f.text, f.kind) for f in d.detect(RECORD, text)]
    assert [f.text for f in d.detect(RECORD, "he made 8/10 in the spelling test") if f.kind == d.DATE] == []


@pytest.mark.parametrize("text, name", [
    ("FROM: Jennifer M. Delgado, LCSW, Family Advocacy", "Jennifer M. Delgado"),  # a middle initial joins the two
    ("Yours sincerely\nNathan J. Jorgensen\n", "Nathan J. Jorgensen"),
    ("Names of adults with child: Aoife O Driscoll (mum), Liam Walsh (dad)", "Aoife O Driscoll"),
])
def test_a_given_name_a_middle_initial_and_a_family_name_are_one_name(text, name):
    assert name in texts(text)
    assert "K. Okafor" in texts("Signed: K. Okafor    J. Boateng")  # (signatures apart are not joined)


def test_a_name_before_a_label_of_a_few_words_on_the_next_line_is_no_organisation():
    assert "Jason Rowley" in texts("staying at Flat 11, with Jason Rowley\nChildren present: two boys")


@pytest.mark.parametrize("text, place", [
    ("Mrs Anjali Dhar (family friend, Oxlease).", "Oxlease"),  # where someone lives, after their role in brackets
    ("Nana Sharon (dad's mum, Oakworth); Great-grandma Edna", "Oakworth"),
    ("Kelly Firth (learning mentor, Worthside). Minutes typed by", "Worthside"),
])
def test_a_word_no_list_holds_after_a_role_in_brackets_is_where_the_person_lives(text, place):
    assert (place, d.PLACE) in [(f.text, f.kind) for f in d.detect(RECORD, text)]
    assert ("Kacper", d.NAME) in [(f.text, f.kind) for f in d.detect(RECORD, "his mate (best friend, Kacper) came")]


@pytest.mark.parametrize("text, name", [
    ("Meeting at the Scout Hut  *  Pastor Friday Nwibani  *  07403 962 715", "Friday Nwibani"),  # a day as a given name
    ("Elder Sunday Kpalap and his wife in Coxhoe are willing", "Sunday Kpalap"),
    ("go for a walk and ring Elder Sunday. Grandma said", "Sunday"),
])
def test_a_day_of_the_week_as_a_given_name(text, name):
    assert name in texts(text)
    assert texts("on Sunday Kwame came round; see you Friday Morning; the Sunday Times") == ["Kwame"]


def test_a_display_name_after_a_handle_after_the_time():
    text = "21:04 c0nn0r_t19 (Con): u out\n21:05 tay.xo.11 (Tay): cant\n21:05 c0nn0r_t19 (Con): come the station end"
    assert texts(text).count("Con") == 2


@pytest.mark.parametrize("text, place", [
    ("Passenger Mrs Jan Fox (regular, lives Riddings) said she had seen", "Riddings"),  # "lives" without "in"
    ("his dad is Ryan Crich, he lives up Crich by the tramway museum", "Crich"),
    ("Chelsea Raynor (about 30, Riddings) is not known to us", "Riddings"),  # after an age in brackets
])
def test_where_someone_lives_written_short(text, place):
    assert (place, d.PLACE) in [(f.text, f.kind) for f in d.detect(RECORD, text)]


def test_a_transcripts_codes_for_speakers_are_no_names():
    text = ("23:48:10 PC1: Control, we're at scene now.\n23:48:31 M1: She's in there\n23:48:40 PC2: Thanks Gerard.\n"
            "23:49:02 PC1: Police, Gemma?\n23:49:15 C1: Mummy's asleep\n23:49:30 C1: Alfie went out.\n23:50:05 PC2: ok")
    assert texts(text) == ["Gerard", "Gemma", "Alfie"]


@pytest.mark.parametrize("text, place", [
    ("my sister Jean Tomlinson (Langley Mill) will help with school runs", "Langley Mill"),  # where they live
    ("Pauline's sister\nSheila Hopkinson (Jacksdale) helps", "Jacksdale"),
    ("Lorraine Beardsley (paternal grandmother,\nPinxton) - no application seen", "Pinxton"),
])
def test_where_someone_lives_in_brackets_after_their_full_name(text, place):
    assert (place, d.PLACE) in [(f.text, f.kind) for f in d.detect(RECORD, text)]


def test_a_professionals_service_in_brackets_is_no_place():
    text = "seen by PC Jo Charlton (Northumbria); guardian Colette Maguire (Cafcass); Nurse Lorraine Birtles (Mitie)"
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.PLACE] == []


GATED_TEXTS = [
    "mail jo.bloggs@example.org or ring", "sent 3 PAŹ 2026 and 4 LIS 2026", "on the twenty-first of May and the THIRTEENTH OF JUNE 2020",
    "seen 11月14日 and 2026年11月14日, then 11월 20일",
    "Flat 7, Ashcroft House, Mayor's Walk; Plot 6, Gorse Lane; Unit 3, 12 Mill Road",
    "lives at Gorgiladze Street 41 and Stapleton Road nr 14", "goes to Little Acorns Nursery and Busy Bees",
    "Ysgol Rhiwabon, Coleg Cambria",
    "Becontree Primary, Walkden High, Sawley Junior, Barnes Infant", "City of Liverpool College; the University of Essex",
    "Fern Hill Primary School, Oak Academy", "seen on Harcourt Road and on Mill Lane; Church Road, Willesden", "Plot 2214, Tlokweng",
    "a sentence with none of them: Jo said she would ring on Monday about the 4th.", "ſeptember the fırst of May", "",
    "from ul. Lwowska 19/4 and Strada Mare 12; Calle Mayor 3, piso 2; Rua Augusta 41; Jl. Merdeka 7; Atatürk Caddesi 88",
    "Lindenstraße 4, Ronnvägen 12, Vestergade 21, Kerkstraat 9 and Váci utca 15",
]


def test_the_patterns_pass_finds_the_same_without_its_word_checks(monkeypatch):
    """The patterns pass skips a pattern whose words a text lacks (PATTERNS' third item): it finds the same as when it
    tries every pattern on every text."""
    detector = d.Detector(RECORD)
    checked = [[(f.start, f.end, f.kind) for f in detector._patterns(t)] for t in GATED_TEXTS]
    assert sum(map(len, checked)) >= 30  # the texts hold what the patterns find
    monkeypatch.setattr(d, "_PATTERNS_TO_TRY", [(kind, rx, None, ignoring) for kind, rx, _words, ignoring in d._PATTERNS_TO_TRY])
    assert [[(f.start, f.end, f.kind) for f in detector._patterns(t)] for t in GATED_TEXTS] == checked


def test_every_word_a_pattern_needs_is_in_the_pattern():
    for _kind, rx, *words in d.PATTERNS:
        for word in (words[0] if words else ()):
            assert word.lower() in rx.pattern.lower() or re.escape(word).lower() in rx.pattern.lower() \
                or word in d._ORDINAL_STEMS or word in ("PAZ", "PAŹ"), (word, rx.pattern[:60])  # ("ul." is "ul\." there)


def test_a_place_of_two_words_with_its_prefix_after_at_or_of():
    text = "Family friend Mrs Blessing Ighoro of Great\nNotley was present"
    assert ("Great\nNotley", d.PLACE) in [(f.text, f.kind) for f in d.detect(RECORD, text)]
    text = "her wages from the care home at West Parley go into his account"  # (a place, or a thing: no one's name)
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME] == []


def test_a_service_in_brackets_with_a_compass_word_is_no_place():
    text = "Present: DS Neil Ashby (West Mercia); SW Rhiannon Beale (West Weald)"
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.PLACE] == []


@pytest.mark.parametrize("text, mended", [
    ("Name: Archie DoyIe, friend KeIsey", "Name: Archie Doyle, friend Kelsey"),
    ("l4 Tidings HilI, HaIstead; Richard de CIare; Nan VaI", "l4 Tidings Hill, Halstead; Richard de Clare; Nan Val"),
    ("Mr McIntyre and Mr MacIver; Isla, Ian, Iqbal; Its Into Ice", "Mr McIntyre and Mr MacIver; Isla, Ian, Iqbal; Its Into Ice"),
    ("on 2O/1O/2O26 I did her packed Iunch, mum was Ioud", "on 20/10/2026 I did her packed lunch, mum was loud"),
    ("Ioan rang about the Iunch", "Ioan rang about the Iunch"),  # an I opening a word is mended only on a scanned page
])
def test_a_scanners_capital_i_for_an_l(text, mended):
    assert d._ocr_mended(text) == mended


def test_words_of_tulu_and_khasi_families_name_no_one():
    text = ('She speaks Tulu at home (the family are from coastal Karnataka); "Appe" is mother.\n'
            "05/10 07:12 Iba: Meikha, nga biang. Khasi, then English")
    assert [f.text for f in d.detect(RECORD, text) if f.kind in (d.NAME, d.PLACE)] == ["Iba"]


@pytest.mark.parametrize("text, place", [
    ("16/11/2026, 21:47 - Tina: my sister brenda from coggeshall is coming to help me tmrw", "coggeshall"),
    ("me and poppy went to the rec. nan val in halstead rang and said well done", "halstead"),
])
def test_a_town_in_lower_case_after_in_or_from_before_a_verb(text, place):
    found = [(f.text, f.kind) for f in d.detect(RECORD, text)]
    assert (place, d.PLACE) in found and (place, d.NAME) not in found


def test_a_chat_senders_given_and_family_name_in_lower_case():
    text = ("chantelle wix: babe u home yet??\namber says: got back sat. theo is asleep on me x\n"
            "chantelle wix: aww. is jamie there")
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME].count("chantelle wix") == 2


def test_swahili_months_and_everyday_words_of_notes():
    text = "Jumapili 1 Novemba - alirudi.\nActioned: rang Carol. Drowsy, pin-point pupils. (Swanage Foodbank) Landline 01621 783 240"
    found = [(f.text, f.kind) for f in d.detect(RECORD, text)]
    assert ("1 Novemba", d.DATE) in found
    assert [t for t, k in found if k == d.NAME] == ["Carol"]


@pytest.mark.parametrize("text, place", [
    ("Dad's mum, Carol Pengelly\n(Carkeel), says she has not seen the kids", "Carkeel"),  # the brackets on the next line
    ("Lorna Bautista (maternal relative, St Budeaux); Lauren Piper (Family Worker)", "St Budeaux"),  # a saint's village
])
def test_where_someone_lives_in_brackets_on_the_next_line_or_a_saints_village(text, place):
    assert (place, d.PLACE) in [(f.text, f.kind) for f in d.detect(RECORD, text)]


def test_a_saint_who_is_a_given_name_or_a_professionals_service_in_brackets_is_no_place():
    text = "Ann Lee (St John) rang; Paediatrician Dr\nSarah Ferris (Derriford); Carys Bowen BSc (Hons)"
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.PLACE] == []


@pytest.mark.parametrize("text, place", [
    ("paternal nan Janet Reeve, Nevendon; family friend Gary Hoy", "Nevendon"),
    ("Other support: grandmother Carol Weatherson, Chatton; Portage worker Ann Lisle", "Chatton"),
])
def test_a_rare_word_after_a_full_name_and_a_comma_is_where_they_live(text, place):
    found = [(f.text, f.kind) for f in d.detect(RECORD, text)]
    assert (place, d.PLACE) in found and (place, d.NAME) not in found


def test_a_given_name_after_a_full_name_and_a_comma_is_a_name():
    text = "a friendship group (Lina Haddad, Hawa Camara, Zainab) meets on Fridays"
    assert ("Zainab", d.NAME) in [(f.text, f.kind) for f in d.detect(RECORD, text)]


def test_sept_is_a_month_not_a_place():
    text = 'Kerry says Jason ("Jase") moved out in Sept and stopped paying; the risk is high (a loss in Sept).'
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.PLACE] == []


def test_a_short_form_that_is_a_word_after_a_workers_role_and_before_a_family_name():
    text = "Plan: joint visit with SW Nick Pearce 27/11. Copy to HV Nick Pearce. We will nick a biscuit."
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME] == ["Nick Pearce", "Nick Pearce"]


@pytest.mark.parametrize("text, town", [
    ("referred to the liver clinic at the Norwich hospital and to the alcohol service", "Norwich"),
    ("I want to do drama with Evie at the Watton youth club.", "Watton"),
    ("i want to go to the wadebridge cinima on my birthday", "wadebridge"),
    ("seen him at the Chard Tesco on Friday", "Chard"),
])
def test_a_town_before_a_place_in_it(text, town):
    assert (town, d.PLACE) in [(f.text, f.kind) for f in d.detect(RECORD, text)]


def test_a_town_inside_an_organisations_name_before_a_place_word_is_not_read_here():
    text = "examined at the Royal Bolton Hospital; drinks at the Deal pub"
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.PLACE] == []


def test_every_cues_last_word_is_in_the_quick_look_before_the_cue():
    """_CUE_LAST_WORDS restates the last words of _CUE's cues: a cue added to _CUE without its last word would be
    skipped. Every word that ends an alternative of _CUE is there, but the parts that only begin one ("step", "half",
    "his" ... "name") or end "him|her" + "self" (the set holds "himself", "herself")."""
    import re

    body = d._CUE.pattern.split("(?:(?:,|:)?")[0]
    ends = set(re.findall(r"([a-zé]+)(?=[|)])", body))
    starts_only = {"step", "half", "his", "her", "their", "my", "your", "whose", "the", "him", "self"}
    assert ends - starts_only <= d._CUE_LAST_WORDS
    assert {"himself", "herself"} <= d._CUE_LAST_WORDS


@pytest.mark.parametrize("text, name", [
    ("Jordans brother Marcus drives.", "Jordans"), ("Garys partner said Kieran can stay.", "Garys"),
    ("thursday 12 nov. Oscars mum took us to the park.", "Oscars"), ("PS Poppys mum says she lives near", "Poppys"),
])
def test_a_given_name_with_a_bare_possessive_before_what_is_someones(text, name):
    assert name in texts(text)


def test_a_family_name_or_a_word_ending_in_s_is_not_a_bare_possessive():
    assert "Mrs Roberts" in texts("Mrs Roberts mum came too.")  # Mrs Roberts, not Robert's
    assert texts("The Oscars were on.") == []


@pytest.mark.parametrize("text, name", [
    ("Note typed by H. Crewe; checked by the team manager.", "H. Crewe"),  # a town after an initial is a person's name
    ("phone notes - R Tilling 16/10\n- rang kerry", "R Tilling"),
    ("Triage (staff): seen by B. Stroud (DSL) 29/10/2026 08:20", "B. Stroud"),
    ("EWO: J. Quick          Date of visit: 12-10", "J. Quick"),  # an everyday word where the name ends
    ("Alerted:\nA. Lord\n\n06/11/2026 10:40", "A. Lord"),
])
def test_an_initial_and_a_family_name_where_a_worker_signs(text, name):
    assert name in texts(text)


@pytest.mark.parametrize("text", [
    "A. Background\nNevaeh and Kai have lived with", "E. Exploiters (as known): none", "B Safety\n  In carer's presence",
    "Plan B Options were read.", "Vitamin D Deficiency was found.", "A trip to N. Yorkshire in May.",
    "The B. Quick fox said so.",
])
def test_a_lettered_heading_or_a_letter_in_a_name_is_not_an_initial(text):
    assert [t for t in texts(text) if t[:1] in "ABDEN" and t[1:2] in ". "] == []


def test_a_scanned_zero_opening_a_word_is_its_capital_o():
    text = "Re: H0lly (27/0l/2Ol2) of L0w Ings Farm.\nSeen by Dr R. 0wusu with mother. Dear Dr 0sborne,"
    assert {"Dr R. 0wusu", "Dr 0sborne"} <= set(texts(text))
    assert not [t for t in texts("Referred t0 the MACE c0-0rdinat0r, DS Cl0ugh. Seen 2O/ll/2O26.") if "rdinat" in t]


@pytest.mark.parametrize("text, place", [
    ("He cries. In Okahandja his father beat him also.", "Okahandja"),
    ("My husband is not a bad man. In Padang his father hit him too.", "Padang"),
])
def test_a_town_after_in_opening_a_sentence_is_a_place(text, place):
    assert (place, d.PLACE) in [(f.text, f.kind) for f in d.detect(RECORD, text)]


def test_a_listed_town_just_before_a_postcode_is_the_town_not_a_family_name():
    found = [(f.text, f.kind) for f in d.detect(RECORD, "She lives at 8 Back Lane, Dalton,\nYO7 3HR. Sheila rang.")]
    assert ("Dalton", d.PLACE) in found and ("YO7 3HR", d.POSTCODE) in found
    assert ("Janet Dalton", d.NAME) in [(f.text, f.kind) for f in d.detect(RECORD, "Janet Dalton rang on 07700 900123.")]


@pytest.mark.parametrize("text", ["It's normal in Kenya, he said.", "In Lesotho, and among our people, a parent",
                                  "Both parents were born in Tibet."])
def test_a_country_or_a_large_region_is_not_proposed(text):
    assert [f.text for f in d.detect(RECORD, text) if f.kind in (d.NAME, d.PLACE)] == []


@pytest.mark.parametrize("text", ["my kuku is in the village", "Karma: ok amo. abo kaha?", "Ayah was angry, she said.",
                                  '"Bobonne" is a Walloon word for granny', "I want to stay with Bubu and my cousins"])
def test_kin_words_of_more_community_languages_are_not_names(text):
    assert [f.text for f in d.detect(RECORD, text) if f.kind == d.NAME] == []


@pytest.mark.parametrize("text, name", [
    ("his YOT worker is Gemma Close.", "Gemma Close"), ("Reporting officer: PC Ria Close 2764", "Ria Close"),
])
def test_a_given_name_and_close_without_a_number_is_a_person(text, name):
    assert (name, d.NAME) in [(f.text, f.kind) for f in d.detect(RECORD, text)]
    assert ("Gemma Close", d.ADDRESS) in [(f.text, f.kind) for f in d.detect(RECORD, "She lives on Gemma Close in Leeds.")]


@pytest.mark.parametrize("text, name", [
    ("someone was at the door. gill next door says it was a van like his", "gill"),
    ("bob from next door came", "bob"), ("- josie kirkham next door will have tyler after school", "josie kirkham"),
])
def test_a_neighbour_named_in_lower_case_before_next_door(text, name):
    assert name in texts(text)


def test_no_one_is_named_by_an_everyday_word_before_next_door():
    assert texts("the lady next door said hi. my mum next door. The man next door. the kids next door. we went next door") == []


@pytest.mark.parametrize("text, name", [
    ("HOME VISIT, Fisherbeck Court, 23/11/2026 18:00. SW\nTom Fell;\nSwahili interpreter", "Tom Fell"),
    ("Snapchat screenshots given by Donna to SW Tom Fell 22/11/2026, typed up", "Tom Fell"),
    ("shown to\nSW Gemma Raw on 8 October 2026", "Gemma Raw"),
])
def test_a_worker_with_an_everyday_family_name_after_their_role_written_short(text, name):
    assert name in texts(text)


def test_a_town_abroad_after_a_place_word_is_no_misspelt_recorded_name():
    record = d.CaseRecord([d.Party("c", "subject", [("Neema", "Mushi")])], "c")
    found = [(f.text, f.kind) for f in d.detect(record, "Both came from Moshi in 2015. Neema Mushi is in Year 9.")]
    assert ("Moshi", d.PLACE) in found and ("Neema Mushi", d.NAME) in found


@pytest.mark.parametrize("text, town", [
    ("Found 02:40 22/11 in Ashby at the address of Kian Ellerby.", "Ashby"),
    ("She went to a party at a house in Layton. A man called", "Layton"),
])
def test_a_given_name_only_of_the_american_list_after_in_is_a_town(text, town):
    assert (town, d.PLACE) in [(f.text, f.kind) for f in d.detect(RECORD, text)]
    assert ("Jade", d.NAME) in [(f.text, f.kind) for f in d.detect(RECORD, "she confided in Jade about it")]


def test_a_short_form_that_is_a_word_after_a_role_and_before_a_rare_family_name():
    assert "Matt Gowing" in texts("Follow-up: CPN Matt Gowing and SW (daytime) Hollie Buck to visit.")


def test_the_first_word_of_a_town_of_several_words_is_the_town_as_people_there_call_it():
    # "Shipston" for Shipston-on-Stour, where the word is no name, no everyday word and no other place
    assert {"shipston", "newbold"} <= gazetteer.home_places()
    assert not {"stow", "barton", "burton", "newcastle"} & (gazetteer.home_places() - gazetteer._geonames()["home"])
    assert places_in("Seen at 14 Tilemans Lane, Shipston on 29/10/2026 by the HV") == ["Shipston"]


def test_words_of_waray_mingrelian_chuukese_and_lusoga_families_name_no_one():
    text = ('Notes: "Manang" and "Manoy" are kinship words (Waray). Nino speaks Mingrelian; "Deida Lali says come." '
            "i rang bebia manana. Semei Kachuo is with his brother. I want to visit Guiuan.")
    assert names_in(text) == ["Lali", "Kachuo"]


def test_a_doctors_speciality_is_no_name():
    assert names_in("Dr S. Osborne, Consultant Neurologist; seen by the Orthoptist and the Dietitian") == ["Dr S. Osborne"]


def test_words_of_luhya_balinese_lezgi_and_zapotec_families_name_no_one():
    text = ('Translator\'s note: "Kukhu" is grandmother, "Khotsa" is maternal uncle. "Beli" = older brother, "Dadong" = '
            "grandmother. Samira speaks Lezgi. Perpetrator: Zaur Ramazanov. Speaks Zapotec. Family abroad: Juchitán.")
    assert names_in(text) == ["Samira", "Zaur Ramazanov"]


def test_a_village_named_with_a_family_name_after_words_that_say_a_place():
    assert places_in("Kyle lives in Stoney Middleton. Lee Marsh has moved out to Hazelbury Bryan.") == [
        "Stoney Middleton", "Hazelbury Bryan"]
    assert names_in("She was linked to Tyrese Bonner and his cousin.") == ["Tyrese Bonner"]


def test_said_before_a_pronoun_is_a_notes_verb_not_a_name():
    assert names_in("16/10/26 Said he works for a lad. In phonics. Said baby Ruby-Mae screams.") == ["Ruby-Mae"]
    assert names_in("Said was present. Mr Said he was late.") == ["Said", "Mr Said"]


def test_words_of_okinawan_talysh_guna_dagomba_sango_svan_and_garhwali_families_name_no_one():
    text = ('Translator\'s note: "obaa" and "anmaa" are Okinawan words. Obaa says she can send money. Language: Talysh. '
            "The home island is Ustupu in Guna Yala; mum speaks Dulegaya. Kofi is Dagomba. The caller speaks Sango; mum "
            "speaks Svan; interpreter for Garhwali. Rohit bhaiji is on my side.")
    assert names_in(text) == ["Kofi", "Rohit"]
