"""The two jobs over the detector's findings: consistent pseudonyms for a review; the subject access rules."""

import datetime as dt

from hearth.redaction import detect as d
from hearth.redaction import jobs

CHILD = d.Party("c", "subject", [("Jade", "Lovelace")], [dt.date(2015, 3, 12)],
                [d.Address("14 Mill Lane", "", "Hexham", "NE46 1AB")], schools=["Westfield Primary School"])
MOTHER = d.Party("m", "mother", [("Mary", "Smith")], [dt.date(1985, 6, 1)], phones=["0191 496 0123"])
BROTHER = d.Party("b", "sibling", [("Byron", "Lovelace")])
SISTER = d.Party("s", "sibling", [("Ada", "Lovelace")])
PROF = d.Party("p", "professional", [("Sam", "Okafor")], emails=["sam.okafor@northshire.gov.uk"])
RECORD = d.CaseRecord([CHILD, MOTHER, BROTHER, SISTER, PROF], "c")

TEXT = ("On 3 April 2024 Jade said MARY SMITH hit Byron. Jade's sister Ada was at Westfield Primary School.\n"
        "Mary rang from 0191 496 0123. Mrs Patel next door heard it; Patel rang the police. Later JADE LOVELACE, "
        "Mary and Byron met Sam Okafor (sam.okafor@northshire.gov.uk) in Hexham. Jade was born on 12 March 2015.")


def review():
    findings = d.detect(RECORD, TEXT)
    planned, key = jobs.plan_review(RECORD, findings)
    return jobs.apply(TEXT, planned), key, planned


def test_every_form_of_a_person_gets_the_same_pseudonym():
    out, key, _ = review()
    assert "Jade" not in out and "JADE" not in out and "Mary" not in out and "MARY" not in out
    assert out.count("Child A said") == 1 and out.count("Child A's sister") == 1 and out.count("Later Child A,") == 1
    assert out.count("Child A") == 6  # 4 mentions, her age beside the date, and her date of birth
    assert out.count("Mother") == 3
    assert key["Child A"] == "Jade Lovelace" and key["Mother"] == "Mary Smith"


def test_siblings_professionals_and_places_are_numbered_consistently():
    out, key, _ = review()
    assert key["Sibling 1"] == "Byron Lovelace" and key["Sibling 2"] == "Ada Lovelace"
    assert out.count("Sibling 1") == 2 and out.count("Sibling 2") == 1
    assert "Professional 1" in out and "[email address]" in out
    assert "School 1" in out and "Town 1" in out
    assert "Okafor" not in out and "Westfield" not in out and "Hexham" not in out


def test_someone_not_in_the_record_keeps_one_pseudonym():
    out, key, _ = review()
    assert "Patel" not in out
    assert out.count("Person 1") == 2  # "Mrs Patel" and "Patel"
    assert key["Person 1"] == "Mrs Patel"


def test_dates_are_generalised_and_the_date_of_birth_removed():
    out, _, planned = review()
    assert "April 2024 (Child A aged 9)" in out
    assert "3 April" not in out and "12 March" not in out
    assert "[Child A's date of birth, 2015]" in out
    assert all(p.reason for p in planned)


def sar(keep_professionals):
    findings = d.detect(RECORD, TEXT)
    planned = jobs.plan_sar(RECORD, findings, keep_professionals=keep_professionals)
    return jobs.apply(TEXT, planned), planned


def test_subject_access_keeps_the_requesters_own_data():
    out, _ = sar(True)
    assert "Jade said" in out and "JADE LOVELACE" in out and "12 March 2015" in out
    assert "Westfield Primary School" in out and "3 April 2024" in out


def test_subject_access_redacts_other_people_with_a_reason_each():
    out, planned = sar(True)
    for gone in ("MARY SMITH", "Mary", "Byron", "Ada", "Patel", "0191 496 0123"):
        assert gone not in out, gone
    assert all("Data Protection Act 2018" in p.reason for p in planned)
    assert {p.text for p in planned} >= {"MARY SMITH", "Mrs Patel", "0191 496 0123"}


def test_subject_access_professionals_in_role_follow_the_authoritys_choice():
    kept, _ = sar(True)
    assert "Sam Okafor" in kept and "sam.okafor@northshire.gov.uk" in kept
    removed, planned = sar(False)
    assert "Sam Okafor" not in removed and "sam.okafor" not in removed
    assert any("professional" in p.reason for p in planned)


def test_a_family_name_the_requester_shares_stays_unless_it_names_someone_else():
    record = d.CaseRecord([CHILD, BROTHER], "c")
    text = "The Lovelace family moved. Mr Lovelace left."
    planned = jobs.plan_sar(record, d.detect(record, text), keep_professionals=True)
    out = jobs.apply(text, planned)
    assert out == "The Lovelace family moved. [redacted] left."


def test_pdf_is_written_for_text_outside_latin_1():
    import io

    from pypdf import PdfReader

    from hearth.redaction import pdf

    data = pdf.render(title="Zoë’s review — draft", body="Child A said “no” to Łukasz’s plan.\n\n€5 given.",
                      schedule=[(1, "name", "Person 1", "Person not in the record")], footer="Synthetic")
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    assert "Zoë" in text and "Lukasz" in text and "Schedule of redactions" in text and "Person 1" in text


def test_numbered_apply_counts_only_the_spans_it_applies():
    planned = [jobs.Planned(0, 3, "Ann", "name", "record", None, "[redacted]", ""),
               jobs.Planned(1, 3, "nn", "name", "record", None, "[redacted]", ""),
               jobs.Planned(8, 11, "Bob", "name", "record", None, "[redacted]", "")]
    assert jobs.apply("Ann and Bob", planned, numbered=True) == "[1: redacted] and [2: redacted]"
