"""Each DfE CIN census rule fires on a return broken in the way it describes and not on a clean return.

The clean return (`clean()`) is two children with every module: a child protection episode (assessment, section 47,
initial conference, plan, review), a closed child in need episode and a referral with no further action. Each case
below changes one thing in it and names the rule that must fire.
"""

from __future__ import annotations

import copy
import datetime as dt

import pytest

from hearth.casework.selectors import CensusTables
from hearth.returns import cin_census
from hearth.returns.cin_rules import NOT_IMPLEMENTED, RULE_FILE, RULES
from hearth.returns.engine import rule_messages, run

D = dt.date
YEAR = 2026  # April 2025 to March 2026
UPN = "C938200024001"


def clean() -> dict:
    return {
        "children": [
            {"person_id": 1, "LAchildID": "1", "UPN": UPN, "FormerUPN": None, "UPNunknown": None, "PersonBirthDate": D(2015, 5, 4),
             "ExpectedPersonBirthDate": None, "Sex": "F", "PersonDeathDate": None, "Ethnicity": "WBRI"},
            {"person_id": 2, "LAchildID": "2", "UPN": None, "FormerUPN": None, "UPNunknown": "UN1", "PersonBirthDate": D(2022, 6, 1),
             "ExpectedPersonBirthDate": None, "Sex": "M", "PersonDeathDate": None, "Ethnicity": "BAFR"},
        ],
        "disabilities": [{"person_id": 1, "Disability": code} for code in ("AUT", "COMM")]
        + [{"person_id": 2, "Disability": code} for code in ("HAND", "HEAR", "INC", "LD", "MOB", "PC")],
        "episodes": [
            {"episode_id": 10, "person_id": 1, "case_id": 10, "CINreferralDate": D(2025, 5, 1), "ReferralSource": "2A",
             "PrimaryNeedCode": "N1", "CINclosureDate": None, "ReasonForClosure": None, "DateOfInitialCPC": None, "ReferralNFA": False},
            {"episode_id": 20, "person_id": 2, "case_id": 20, "CINreferralDate": D(2025, 6, 2), "ReferralSource": "3B",
             "PrimaryNeedCode": "N4", "CINclosureDate": D(2026, 1, 15), "ReasonForClosure": "RC7", "DateOfInitialCPC": None,
             "ReferralNFA": False},
            {"episode_id": -30, "person_id": 2, "case_id": None, "CINreferralDate": D(2026, 2, 2), "ReferralSource": "6",
             "PrimaryNeedCode": None, "CINclosureDate": None, "ReasonForClosure": None, "DateOfInitialCPC": None, "ReferralNFA": True},
        ],
        "assessments": [
            {"assessment_id": 1, "episode_id": 10, "person_id": 1, "AssessmentActualStartDate": D(2025, 5, 1),
             "AssessmentInternalReviewDate": D(2025, 5, 20), "AssessmentAuthorisationDate": D(2025, 5, 20),
             "FactorsIdentifiedAtAssessment": ["3B"]},
            {"assessment_id": 2, "episode_id": 20, "person_id": 2, "AssessmentActualStartDate": D(2025, 6, 2),
             "AssessmentInternalReviewDate": D(2025, 6, 30), "AssessmentAuthorisationDate": D(2025, 6, 30),
             "FactorsIdentifiedAtAssessment": ["1B", "4B"]},
        ],
        "cin_plans": [{"plan_id": 1, "episode_id": 20, "person_id": 2, "CINPlanStartDate": D(2025, 6, 30),
                       "CINPlanEndDate": D(2026, 1, 15)}],
        "section47": [{"s47_id": 1, "episode_id": 10, "person_id": 1, "S47ActualStartDate": D(2025, 5, 2),
                       "InitialCPCtarget": D(2025, 5, 23), "DateOfInitialCPC": D(2025, 5, 16), "ICPCnotRequired": False}],
        "cp_plans": [{"plan_id": 1, "episode_id": 10, "person_id": 1, "CPPstartDate": D(2025, 5, 16), "CPPendDate": None,
                      "InitialCategoryOfAbuse": "NEG", "LatestCategoryOfAbuse": "NEG", "NumberOfPreviousCPP": 0}],
        "cp_reviews": [{"plan_id": 1, "episode_id": 10, "person_id": 1, "CPPreviewDate": D(2025, 8, 15)}],
    }


def tables(data: dict) -> CensusTables:
    return CensusTables(**{k: v for k, v in data.items() if not k.startswith("_")})


def codes(data: dict) -> set[str]:
    frames = cin_census.frames(tables(data), YEAR, header=data.get("_header"))
    return {f.code for f in run(RULES, frames)}


def s(table: str, i: int, **values):
    def change(data):
        data[table][i].update(values)
    return change


def add(table: str, **row):
    def change(data):
        data[table].append(row)
    return change


def both(*changes):
    def change(data):
        for c in changes:
            c(data)
    return change


def set_disabilities(*rows):
    def change(data):
        data["disabilities"] = [{"person_id": p, "Disability": code} for p, code in rows]
    return change


def header(**values):
    def change(data):
        data["_header"] = {"Year": YEAR, "ReferenceDate": D(2026, 3, 31), **values}
    return change


OPEN_ASSESSMENT = {"AssessmentInternalReviewDate": None, "AssessmentAuthorisationDate": None, "FactorsIdentifiedAtAssessment": []}
CHILD1_EPISODE = {"person_id": 1, "case_id": 11, "ReferralSource": "2A", "PrimaryNeedCode": "N1", "CINclosureDate": None,
                  "ReasonForClosure": None, "DateOfInitialCPC": None, "ReferralNFA": False}

BROKEN = {
    "100": header(ReferenceDate=D(2026, 3, 30)),
    "8500": s("children", 0, LAchildID=""),
    "8510": s("children", 1, LAchildID="1"),
    "1570": s("children", 0, LAchildID="A" * 21),
    "1580": s("children", 0, LAchildID="12-3"),
    "1510": s("children", 0, UPN="D938200024001"),
    "1530": s("children", 0, UPN="N000200024001"),
    "1540": s("children", 0, UPN="C938ABCD24001"),
    "1550": s("children", 0, UPN="C93820002400S"),
    "1520": s("children", 1, UPN=UPN, UPNunknown=None),
    "1560Q": s("children", 0, FormerUPN="ABC"),
    "8770Q": s("children", 0, UPN=None, UPNunknown=None),
    "8772": s("children", 1, UPNunknown="UN7"),
    "8520": s("children", 0, PersonBirthDate=D(2026, 5, 1)),
    "8525Q": s("children", 0, ExpectedPersonBirthDate=D(2015, 5, 4)),
    "8530Q": s("children", 1, PersonBirthDate=None, ExpectedPersonBirthDate=D(2027, 2, 1), Sex="U"),
    "8535Q": s("children", 0, PersonDeathDate=D(2010, 1, 1)),
    "8545Q": s("children", 0, PersonDeathDate=D(2024, 1, 1)),
    "8750": s("children", 1, PersonBirthDate=None, ExpectedPersonBirthDate=D(2026, 6, 1)),
    "4180": s("children", 0, Sex="1"),
    "8775Q": s("children", 0, PersonBirthDate=D(1990, 1, 1)),
    "2886Q": s("children", 0, Sex="U"),
    "4220": s("children", 0, Ethnicity="XXXX"),
    "8540": add("disabilities", person_id=1, Disability="ZZZ"),
    "8790": add("disabilities", person_id=1, Disability="NONE"),
    "8794": add("disabilities", person_id=1, Disability="AUT"),
    "2887Q": set_disabilities((1, "AUT"), (1, "COMM")),
    "2888Q": set_disabilities((1, "AUT"), (2, "HAND")),
    "8590": add("children", person_id=3, LAchildID="3", UPN=None, FormerUPN=None, UPNunknown="UN1",
                PersonBirthDate=D(2023, 1, 1), ExpectedPersonBirthDate=None, Sex="F", PersonDeathDate=None, Ethnicity="WBRI"),
    "8600": s("episodes", 0, CINreferralDate=D(2026, 4, 2)),
    "8606": s("children", 0, PersonBirthDate=D(2026, 3, 1)),
    "8555Q": s("children", 0, PersonDeathDate=D(2025, 4, 20)),
    "8866": s("episodes", 0, ReferralSource="ZZ"),
    "8568": s("episodes", 0, ReferralNFA=None),
    "8569Q": s("episodes", 2, CINreferralDate=D(2025, 3, 1)),
    "8650": s("episodes", 0, PrimaryNeedCode="N99"),
    "8610": s("episodes", 0, PrimaryNeedCode=None),
    "8620": s("episodes", 1, CINclosureDate=D(2026, 4, 15)),
    "8630": s("episodes", 1, CINclosureDate=D(2025, 6, 1)),
    "8640": s("episodes", 1, ReasonForClosure="RC99"),
    "8805": s("episodes", 1, ReasonForClosure=None),
    "8810": s("episodes", 0, ReasonForClosure="RC7"),
    "8585Q": s("episodes", 1, ReasonForClosure="RC2"),
    "8815": add("episodes", episode_id=11, CINreferralDate=D(2026, 1, 5), **CHILD1_EPISODE),
    "8816": s("episodes", 1, CINclosureDate=None, ReasonForClosure=None),
    "8820": add("episodes", episode_id=11, CINreferralDate=D(2025, 6, 1), **{**CHILD1_EPISODE, "CINclosureDate": D(2025, 7, 1),
                                                                             "ReasonForClosure": "RC7"}),
    "8825Q": both(s("episodes", 1, ReasonForClosure="RC8"), lambda d: d["assessments"].pop(1)),
    "2990": s("episodes", 1, ReasonForClosure="RC8"),
    "8831": add("assessments", assessment_id=3, episode_id=-30, person_id=2, AssessmentActualStartDate=D(2026, 2, 2),
                AssessmentInternalReviewDate=D(2026, 2, 9), AssessmentAuthorisationDate=D(2026, 2, 9),
                FactorsIdentifiedAtAssessment=["4B"]),
    "4000": add("cin_plans", plan_id=2, episode_id=-30, person_id=2, CINPlanStartDate=D(2026, 2, 3), CINPlanEndDate=None),
    "8832": add("cp_plans", plan_id=2, episode_id=-30, person_id=2, CPPstartDate=D(2026, 2, 3), CPPendDate=None,
                InitialCategoryOfAbuse="NEG", LatestCategoryOfAbuse="NEG", NumberOfPreviousCPP=0),
    "8565": s("episodes", 1, CINclosureDate=D(2025, 6, 15)),
    "2884": s("episodes", 0, DateOfInitialCPC=D(2025, 5, 16)),
    "1103": s("assessments", 0, AssessmentActualStartDate=D(2025, 4, 20)),
    "8608": s("assessments", 0, AssessmentActualStartDate=D(2025, 5, 25)),
    "8696": s("assessments", 1, AssessmentAuthorisationDate=D(2026, 4, 10)),
    "8736": s("assessments", 0, AssessmentActualStartDate=D(2025, 3, 1), **OPEN_ASSESSMENT),
    "8670Q": s("assessments", 0, **OPEN_ASSESSMENT),
    "8863Q": add("assessments", assessment_id=3, episode_id=10, person_id=1, AssessmentActualStartDate=D(2025, 5, 10),
                 AssessmentInternalReviewDate=D(2025, 5, 30), AssessmentAuthorisationDate=D(2025, 5, 30),
                 FactorsIdentifiedAtAssessment=["3B"]),
    "8896": both(s("assessments", 0, **OPEN_ASSESSMENT),
                 add("assessments", assessment_id=3, episode_id=10, person_id=1, AssessmentActualStartDate=D(2026, 3, 1),
                     **OPEN_ASSESSMENT)),
    "8867": s("assessments", 1, **OPEN_ASSESSMENT),
    "8614": s("assessments", 0, AssessmentAuthorisationDate=None),
    "8897Q": s("assessments", 0, FactorsIdentifiedAtAssessment=[]),
    "8869": s("assessments", 0, FactorsIdentifiedAtAssessment=["21", "3B"]),
    "8898": s("assessments", 0, FactorsIdentifiedAtAssessment=["3B", "3B"]),
    "8945Q": s("assessments", 0, FactorsIdentifiedAtAssessment=["18A"]),
    "8950Q": s("assessments", 0, FactorsIdentifiedAtAssessment=["19A"]),
    "8873Q": s("assessments", 1, FactorsIdentifiedAtAssessment=["21"]),
    "4010": s("cin_plans", 0, CINPlanStartDate=D(2026, 4, 10), CINPlanEndDate=None),
    "4011": s("cin_plans", 0, CINPlanEndDate=D(2025, 6, 1)),
    "4012Q": s("cin_plans", 0, CINPlanEndDate=D(2025, 6, 30)),
    "4013": s("cin_plans", 0, CINPlanEndDate=D(2026, 4, 10)),
    "4004": both(s("cin_plans", 0, CINPlanEndDate=None),
                 add("cin_plans", plan_id=2, episode_id=20, person_id=2, CINPlanStartDate=D(2025, 7, 1), CINPlanEndDate=None)),
    "4014": add("cin_plans", plan_id=2, episode_id=20, person_id=2, CINPlanStartDate=D(2025, 7, 1), CINPlanEndDate=D(2025, 8, 1)),
    "4015": s("cin_plans", 0, CINPlanStartDate=D(2025, 5, 1)),
    "4008": s("children", 1, PersonDeathDate=D(2025, 6, 15)),
    "4009Q": s("children", 1, PersonDeathDate=D(2025, 12, 1)),
    "4001": add("cp_plans", plan_id=2, episode_id=20, person_id=2, CPPstartDate=D(2025, 7, 1), CPPendDate=D(2025, 8, 1),
                InitialCategoryOfAbuse="NEG", LatestCategoryOfAbuse="NEG", NumberOfPreviousCPP=0),
    "4016": both(s("cin_plans", 0, CINPlanEndDate=None),
                 add("cp_plans", plan_id=2, episode_id=20, person_id=2, CPPstartDate=D(2025, 7, 1), CPPendDate=None,
                     InitialCategoryOfAbuse="NEG", LatestCategoryOfAbuse="NEG", NumberOfPreviousCPP=0)),
    "4017": add("cin_plans", plan_id=2, episode_id=11, person_id=1, CINPlanStartDate=D(2025, 9, 1), CINPlanEndDate=None),
    "2889": s("section47", 0, S47ActualStartDate=D(2025, 4, 25)),
    "8615": s("section47", 0, S47ActualStartDate=None),
    "8740": s("section47", 0, S47ActualStartDate=D(2025, 3, 20), DateOfInitialCPC=None),
    "8675Q": s("section47", 0, DateOfInitialCPC=None),
    "8839": both(s("section47", 0, DateOfInitialCPC=None),
                 add("section47", s47_id=2, episode_id=10, person_id=1, S47ActualStartDate=D(2026, 3, 2),
                     InitialCPCtarget=D(2026, 3, 23), DateOfInitialCPC=None, ICPCnotRequired=False)),
    "8890": add("section47", s47_id=2, episode_id=10, person_id=1, S47ActualStartDate=D(2025, 5, 5),
                InitialCPCtarget=D(2025, 5, 27), DateOfInitialCPC=None, ICPCnotRequired=True),
    "8868": add("section47", s47_id=2, episode_id=20, person_id=2, S47ActualStartDate=D(2025, 6, 10),
                InitialCPCtarget=D(2025, 7, 1), DateOfInitialCPC=None, ICPCnotRequired=False),
    "2991Q": add("section47", s47_id=2, episode_id=-30, person_id=2, S47ActualStartDate=D(2026, 2, 3),
                 InitialCPCtarget=D(2026, 2, 24), DateOfInitialCPC=None, ICPCnotRequired=True),
    "8870Q": s("section47", 0, InitialCPCtarget=D(2025, 5, 24)),
    "8875": s("section47", 0, DateOfInitialCPC=D(2025, 5, 17)),
    "8715": s("section47", 0, DateOfInitialCPC=D(2026, 4, 10)),
    "1104": s("section47", 0, DateOfInitialCPC=D(2025, 4, 25)),
    "8720": s("cp_plans", 0, CPPstartDate=D(2026, 4, 10)),
    "1105": s("cp_plans", 0, CPPstartDate=D(2025, 4, 20)),
    "8840": s("cp_plans", 0, CPPendDate=D(2025, 5, 16)),
    "8925": s("cp_plans", 0, CPPendDate=D(2025, 5, 1)),
    "8930": s("cp_plans", 0, CPPendDate=D(2026, 4, 10)),
    "8935": add("cp_plans", plan_id=2, episode_id=11, person_id=1, CPPstartDate=D(2024, 5, 1), CPPendDate=None,
                InitialCategoryOfAbuse="NEG", LatestCategoryOfAbuse="NEG", NumberOfPreviousCPP=0),
    "8940": add("cp_plans", plan_id=2, episode_id=11, person_id=1, CPPstartDate=D(2025, 6, 2), CPPendDate=D(2025, 7, 1),
                InitialCategoryOfAbuse="NEG", LatestCategoryOfAbuse="NEG", NumberOfPreviousCPP=1),
    "8905": s("cp_plans", 0, InitialCategoryOfAbuse="XXX"),
    "8910": s("cp_plans", 0, LatestCategoryOfAbuse=None),
    "8730": s("cp_plans", 0, NumberOfPreviousCPP=None),
    "8915": s("children", 0, PersonDeathDate=D(2025, 5, 10)),
    "8920": both(s("cp_plans", 0, CPPendDate=D(2026, 1, 9)), s("children", 0, PersonDeathDate=D(2025, 12, 1))),
    "2883": add("cp_plans", plan_id=2, episode_id=10, person_id=1, CPPstartDate=D(2025, 5, 16), CPPendDate=D(2025, 5, 20),
                InitialCategoryOfAbuse="NEG", LatestCategoryOfAbuse="NEG", NumberOfPreviousCPP=0),
    "2885": s("cp_plans", 0, CPPstartDate=D(2025, 5, 19)),
    "8841": s("cp_reviews", 0, CPPreviewDate=D(2025, 5, 16)),
    "8842Q": s("cp_reviews", 0, CPPreviewDate=None),
    "4003": add("cin_plans", plan_id=2, episode_id=10, person_id=1, CINPlanStartDate=D(2025, 8, 1), CINPlanEndDate=D(2025, 9, 1)),
}


def test_every_rule_of_the_dfe_file_is_implemented_or_explained_and_has_a_case_here():
    implemented = {rule.code for rule in RULES}
    assert implemented | set(NOT_IMPLEMENTED) == set(rule_messages(RULE_FILE))
    assert implemented == set(BROKEN)


def test_the_clean_return_breaks_no_rule_and_matches_the_schema():
    assert codes(clean()) == set()
    assert cin_census.schema_errors(cin_census.to_xml(tables(clean()), YEAR, lea="999")) == []


@pytest.mark.parametrize("code", sorted(BROKEN))
def test_the_rule_fires_on_the_broken_return_and_not_on_the_clean_one(code):
    data = copy.deepcopy(clean())
    BROKEN[code](data)
    assert code in codes(data)
    assert code not in codes(clean())


def test_a_finding_names_the_rule_the_child_the_field_and_the_value():
    data = copy.deepcopy(clean())
    BROKEN["8840"](data)
    (finding,) = [f for f in run(RULES, cin_census.frames(tables(data), YEAR)) if f.code == "8840"]
    assert (finding.severity, finding.child, finding.field, finding.value) == ("error", "1", "CPPendDate", "2025-05-16")
    assert finding.message == "Child Protection Plan cannot start and end on the same day (ERROR)"
    data = copy.deepcopy(clean())
    BROKEN["8770Q"](data)
    (query,) = [f for f in run(RULES, cin_census.frames(tables(data), YEAR)) if f.code == "8770Q"]
    assert (query.severity, query.child, query.field, query.value, query.fix) == ("query", "1", "UPN", "(blank)", "school")
