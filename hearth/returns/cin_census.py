"""The DfE Children in Need census for a collection year (1 April to 31 March), derived from the records.

`extract` reads the census items of every child in a fixed number of queries (hearth.casework.selectors.census_tables,
the one derivation of the census items); `to_xml` writes them in the DfE structure (dfe/CIN_schema_2025_derived.xsd,
element order as the schema); `frames` turns them into polars frames for the rules (cin_rules.py); `schema_findings`
checks the XML against the schema.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache

import polars as pl
from django.utils import timezone
from lxml import etree

from hearth.casework.selectors import CensusTables, census_tables, nested_census
from hearth.frontdoor.models import Decision, Referral
from hearth.returns import engine
from hearth.returns.engine import DFE, ERROR, Finding, Frames
from hearth.units.models import Authority

SCHEMA = DFE / "CIN_schema_2025_derived.xsd"
SOFTWARE = "Hearth"
RELEASE = "1"


def period(year: int) -> tuple[dt.date, dt.date]:
    """The collection year that ends on 31 March of `year` (the DfE's Year: 2026 is April 2025 to March 2026)."""
    return dt.date(year - 1, 4, 1), dt.date(year, 3, 31)


def latest_year(today: dt.date | None = None) -> int:
    """The last collection year that has ended."""
    today = today or timezone.localdate()
    return today.year if today > dt.date(today.year, 3, 31) else today.year - 1


def extract(year: int) -> CensusTables:
    start, end = period(year)
    nfa = Referral.objects.filter(decision=Decision.NFA, person__isnull=False, case__isnull=True)
    return census_tables(nfa_referrals=nfa, start=start, end=end)


def _text(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _add(parent, name: str, value) -> None:
    if value is not None and value != "":
        etree.SubElement(parent, name).text = _text(value)


IDENTIFIERS = ("LAchildID", "UPN", "FormerUPN", "UPNunknown", "PersonBirthDate", "ExpectedPersonBirthDate", "Sex",
               "PersonDeathDate")
EPISODE_HEAD = ("CINreferralDate", "ReferralSource", "PrimaryNeedCode", "CINclosureDate", "ReasonForClosure",
                "DateOfInitialCPC")
ASSESSMENT = ("AssessmentActualStartDate", "AssessmentInternalReviewDate", "AssessmentAuthorisationDate")
SECTION47 = ("S47ActualStartDate", "InitialCPCtarget", "DateOfInitialCPC", "ICPCnotRequired")
CP_PLAN = ("CPPstartDate", "CPPendDate", "InitialCategoryOfAbuse", "LatestCategoryOfAbuse", "NumberOfPreviousCPP")


def la_code() -> str:
    authority = Authority.objects.first()
    return authority.la_code if authority else "000"


def to_xml(tables: CensusTables, year: int, *, lea: str | None = None, now: dt.datetime | None = None) -> bytes:
    """The census as XML bytes (UTF-8), elements in the schema's order."""
    end = period(year)[1]
    now = timezone.localtime(now or timezone.now()).replace(microsecond=0, tzinfo=None)
    message = etree.Element("Message")
    header = etree.SubElement(message, "Header")
    details = etree.SubElement(header, "CollectionDetails")
    _add(details, "Collection", "CIN")
    _add(details, "Year", year)
    _add(details, "ReferenceDate", end)
    source = etree.SubElement(header, "Source")
    for name, value in (("SourceLevel", "L"), ("LEA", lea or la_code()), ("SoftwareCode", SOFTWARE), ("Release", RELEASE),
                        ("SerialNo", "001"), ("DateTime", now.isoformat())):
        _add(source, name, value)
    children = etree.SubElement(message, "Children")
    sub = etree.SubElement
    for child in nested_census(tables):
        node = sub(children, "Child")
        ids = sub(node, "ChildIdentifiers")
        for name in IDENTIFIERS:
            _add(ids, name, child[name])
        chars = sub(node, "ChildCharacteristics")
        _add(chars, "Ethnicity", child["Ethnicity"])
        disabilities = sub(chars, "Disabilities")
        for code in child["Disabilities"]:
            _add(disabilities, "Disability", code)
        for episode in child["CINdetails"]:
            cin = sub(node, "CINdetails")
            for name in EPISODE_HEAD:
                _add(cin, name, episode[name])
            for a in episode["Assessments"]:
                block = sub(cin, "Assessments")
                for name in ASSESSMENT:
                    _add(block, name, a[name])
                if a["FactorsIdentifiedAtAssessment"]:
                    factors = sub(block, "FactorsIdentifiedAtAssessment")
                    for code in a["FactorsIdentifiedAtAssessment"]:
                        _add(factors, "AssessmentFactors", code)
            for p in episode["CINPlanDates"]:
                block = sub(cin, "CINPlanDates")
                _add(block, "CINPlanStartDate", p["CINPlanStartDate"])
                _add(block, "CINPlanEndDate", p["CINPlanEndDate"])
            for s in episode["Section47"]:
                block = sub(cin, "Section47")
                for name in SECTION47:
                    _add(block, name, s[name])
            _add(cin, "ReferralNFA", episode["ReferralNFA"])
            for p in episode["ChildProtectionPlans"]:
                block = sub(cin, "ChildProtectionPlans")
                for name in CP_PLAN:
                    _add(block, name, p[name])
                if p["Reviews"]:
                    reviews = sub(block, "Reviews")
                    for r in p["Reviews"]:
                        _add(reviews, "CPPreviewDate", r["CPPreviewDate"])
    return etree.tostring(message, xml_declaration=True, encoding="UTF-8", pretty_print=True)


@cache
def _schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SCHEMA)))


def _parse(xml: bytes):
    return etree.fromstring(xml, parser=etree.XMLParser(huge_tree=True))


def schema_errors(xml: bytes, root=None) -> list[str]:
    """The schema's complaints about the XML (empty if it is valid)."""
    schema = _schema()
    schema.validate(root if root is not None else _parse(xml))
    return [f"line {e.line}: {e.message}" for e in schema.error_log]


def schema_findings(xml: bytes, root=None) -> list[Finding]:
    return [Finding("XSD", ERROR, "The XML does not match the DfE schema", None, "", "XML", message, "")
            for message in schema_errors(xml, root)]


def header_of(root) -> dict:
    """The collection details as the XML states them (rule 100 checks its reference date)."""
    year, reference = root.findtext("Header/CollectionDetails/Year"), root.findtext("Header/CollectionDetails/ReferenceDate")
    try:
        reference = dt.date.fromisoformat(reference) if reference else None
    except ValueError:
        pass
    return {"Year": year, "ReferenceDate": reference}


D, S, B, INT = pl.Date, pl.Utf8, pl.Boolean, pl.Int64
SCHEMAS: dict[str, dict] = {
    "child": {"person_id": INT, "LAchildID": S, "UPN": S, "FormerUPN": S, "UPNunknown": S, "PersonBirthDate": D,
              "ExpectedPersonBirthDate": D, "Sex": S, "PersonDeathDate": D, "Ethnicity": S},
    "disability": {"person_id": INT, "Disability": S},
    "episode": {"episode_id": INT, "person_id": INT, "case_id": INT, "CINreferralDate": D, "ReferralSource": S,
                "PrimaryNeedCode": S, "CINclosureDate": D, "ReasonForClosure": S, "DateOfInitialCPC": D, "ReferralNFA": B},
    "assessment": {"assessment_id": INT, "episode_id": INT, "person_id": INT, "AssessmentActualStartDate": D,
                   "AssessmentInternalReviewDate": D, "AssessmentAuthorisationDate": D,
                   "FactorsIdentifiedAtAssessment": pl.List(S)},
    "cin_plan": {"plan_id": INT, "episode_id": INT, "person_id": INT, "CINPlanStartDate": D, "CINPlanEndDate": D},
    "s47": {"s47_id": INT, "episode_id": INT, "person_id": INT, "S47ActualStartDate": D, "InitialCPCtarget": D,
            "DateOfInitialCPC": D, "ICPCnotRequired": B},
    "cp_plan": {"plan_id": INT, "episode_id": INT, "person_id": INT, "CPPstartDate": D, "CPPendDate": D,
                "InitialCategoryOfAbuse": S, "LatestCategoryOfAbuse": S, "NumberOfPreviousCPP": INT},
    "review": {"plan_id": INT, "episode_id": INT, "person_id": INT, "CPPreviewDate": D},
}


def frame(name: str, rows: list[dict]) -> pl.DataFrame:
    return engine.frame(rows, SCHEMAS[name])


def frames(tables: CensusTables, year: int, *, header: dict | None = None) -> Frames:
    """The census as one frame per module, with the disability codes as the XML writes them (NONE when none)."""
    start, end = period(year)
    with_codes = {d["person_id"] for d in tables.disabilities}
    disabilities = tables.disabilities + [{"person_id": c["person_id"], "Disability": "NONE"}
                                          for c in tables.children if c["person_id"] not in with_codes]
    data = {"child": tables.children, "disability": disabilities, "episode": tables.episodes,
            "assessment": tables.assessments, "cin_plan": tables.cin_plans, "s47": tables.section47,
            "cp_plan": tables.cp_plans, "review": tables.cp_reviews}
    return Frames({name: frame(name, rows) for name, rows in data.items()}, start, end,
                  header or {"Year": year, "ReferenceDate": end})


@dataclass
class Census:
    year: int
    xml: bytes
    tables: CensusTables

    @property
    def children(self) -> int:
        return len(self.tables.children)


def generate(year: int) -> Census:
    tables = extract(year)
    return Census(year, to_xml(tables, year), tables)


def validate(census: Census) -> list[Finding]:
    from hearth.returns.cin_rules import RULES
    from hearth.returns.engine import run

    root = _parse(census.xml)
    return schema_findings(census.xml, root) + run(RULES, frames(census.tables, census.year, header=header_of(root)))


def filename(year: int, errors: int) -> str:
    return engine.filename("CIN_census", year, errors, "xml")

