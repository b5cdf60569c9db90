"""Redaction jobs through the pages: who may run them, the record-aware proposals, decisions and their audit,
uploads (and files that cannot be read), the redacted PDF with true removal, and the pseudonym key."""

import datetime as dt
import io
import re
import zlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from docx import Document
from fpdf import FPDF
from pypdf import PdfReader

from hearth.audit.models import AuditEvent
from hearth.cases import services as case_services
from hearth.redaction import selectors
from hearth.redaction.models import Decision, PseudonymKey, Redaction, RedactionJob
from tests.factories import UserFactory


def start(client, person, **data):
    payload = {"purpose": "review", "title": "Practice review", "source": "chronology", "keep_professionals": "on", **data}
    return client.post(reverse("redaction:person", kwargs={"pk": person.pk}), payload)


def test_case_record_knows_family_professionals_and_previous_names(family):
    record = selectors.case_record(family.ada)
    by_name = {p.display: p for p in record.parties}
    assert by_name["Ada Lovelace"].role == "subject"
    assert by_name["Mary Lovelace"].role == "mother"
    assert ("Mary", "Shelley") in by_name["Mary Lovelace"].names
    assert by_name["Byron Lovelace"].role == "sibling"
    assert by_name["Dawn Okafor"].role == "professional"
    assert "9434765919" in by_name["Ada Lovelace"].identifiers
    assert "1 Mill Lane" in [a.line_1 for a in by_name["Ada Lovelace"].addresses]


def test_head_of_service_starts_a_review_from_the_chronology(client, family):
    client.force_login(family.hos)
    response = start(client, family.ada)
    job = RedactionJob.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse("redaction:review", kwargs={"pk": job.pk})
    found = {r.text: r for r in job.redactions.all()}
    assert found["Ada"].replacement == "Child A"
    assert found["ADA LOVELACE"].replacement == "Child A"
    assert found["Mary"].replacement == "Mother"
    assert found["Byron"].replacement == "Sibling 1"
    assert found["Mrs Patel"].replacement.startswith("Person ")
    assert found["Dawn Okafor"].replacement.startswith("Professional ")
    assert found["943 476 5919"].replacement == "[NHS number]"
    assert all(r.reason for r in job.redactions.all())
    key = PseudonymKey.objects.get(job=job).entries
    assert key["Child A"] == "Ada Lovelace" and key["Mother"] == "Mary Lovelace"
    assert AuditEvent.objects.filter(action="redaction_started", person_id=family.ada.pk).exists()


@pytest.mark.parametrize("username", ["csw", "sw", "coord", "other"])
def test_staff_who_are_not_redactors_are_refused(client, family, username):
    user = getattr(family, {"coord": "coordinator"}.get(username, username))
    client.force_login(user)
    last = AuditEvent.objects.order_by("-seq").values_list("seq", flat=True).first() or 0
    assert start(client, family.ada).status_code == 403
    assert client.get(reverse("redaction:person", kwargs={"pk": family.ada.pk})).status_code == 403
    assert not RedactionJob.objects.exists()
    # Each refusal is audited on the child's record, and the record was not opened.
    events = AuditEvent.objects.filter(seq__gt=last)
    assert [(e.action, e.person_id, e.actor_id) for e in events] == [("refused_redaction", family.ada.pk, user.pk)] * 2


def test_signed_out_user_is_sent_to_sign_in(client, family):
    response = client.get(reverse("redaction:person", kwargs={"pk": family.ada.pk}))
    assert response.status_code == 302 and response["Location"].startswith("/sign-in/")


def test_head_of_another_service_cannot_open_a_job_about_a_child_they_do_not_oversee(client, family):
    client.force_login(family.hos)
    start(client, family.ada)
    job = RedactionJob.objects.get()
    other_head = UserFactory(username="hos_b")
    family.unit_b.head_of_service = other_head
    family.unit_b.save()
    client.force_login(other_head)
    assert client.get(reverse("redaction:review", kwargs={"pk": job.pk})).status_code == 403
    assert client.get(reverse("redaction:pdf", kwargs={"pk": job.pk})).status_code == 403


def test_review_page_shows_each_redaction_with_its_reason(client, family):
    client.force_login(family.hos)
    start(client, family.ada)
    job = RedactionJob.objects.get()
    page = client.get(reverse("redaction:review", kwargs={"pk": job.pk})).content.decode()
    assert "<mark" in page and "Mrs Patel" in page
    assert "replaced by a consistent pseudonym" in page
    assert AuditEvent.objects.filter(action="view_redaction", person_id=family.ada.pk).exists()


def test_accept_reject_and_add_are_audited(client, family):
    client.force_login(family.hos)
    start(client, family.ada)
    job = RedactionJob.objects.get()
    patel = job.redactions.get(text="Mrs Patel")
    nhs = job.redactions.get(text="943 476 5919")
    client.post(reverse("redaction:decide", kwargs={"pk": job.pk, "redaction_pk": patel.pk}), {"decision": "rejected"})
    client.post(reverse("redaction:decide", kwargs={"pk": job.pk, "redaction_pk": nhs.pk}), {"decision": "accepted"})
    patel.refresh_from_db()
    nhs.refresh_from_db()
    assert patel.decision == Decision.REJECTED and patel.decided_by == family.hos
    assert nhs.decision == Decision.ACCEPTED
    assert AuditEvent.objects.filter(action="redaction_rejected", object_id=str(patel.pk)).exists()
    assert AuditEvent.objects.filter(action="redaction_accepted", object_id=str(nhs.pk)).exists()
    response = client.post(reverse("redaction:add", kwargs={"pk": job.pk}), {"phrase": "nursery", "reason": "Names the setting"})
    assert response.status_code == 302
    added = job.redactions.get(source="reviewer")
    assert added.text == "nursery" and added.decision == Decision.ACCEPTED and added.reason == "Names the setting"
    assert AuditEvent.objects.filter(action="redaction_added", object_id=str(job.pk)).exists()


def test_adding_without_words_or_reason_shows_errors_and_adds_nothing(client, family):
    client.force_login(family.hos)
    start(client, family.ada)
    job = RedactionJob.objects.get()
    before = job.redactions.count()
    response = client.post(reverse("redaction:add", kwargs={"pk": job.pk}), {"phrase": "", "reason": ""})
    assert response.status_code == 422
    page = response.content.decode()
    assert "Enter the words to redact" in page and "Enter why these words are redacted" in page
    response = client.post(reverse("redaction:add", kwargs={"pk": job.pk}), {"phrase": "not in the text at all", "reason": "x"})
    assert response.status_code == 422 and "not in the document" in response.content.decode()
    assert job.redactions.count() == before


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def pdf_inflated(data: bytes) -> bytes:
    """The file as written with every compressed stream inflated: what is left in it, hidden or not. (Searching the
    compressed bytes themselves would find a short word like "Ada" by chance now and then; so would the trailer's file
    identifier, two MD5 sums in upper-case hexadecimal ("<7F3ADA21...>"), which are left out: they hold no text.)"""
    def inflate(m: re.Match) -> bytes:
        try:
            return zlib.decompress(m.group(1))
        except zlib.error:
            return m.group(1)
    data = re.sub(rb"/ID\s*\[\s*<[0-9A-Fa-f]*>\s*<[0-9A-Fa-f]*>\s*\]", b"/ID []", data)
    return re.sub(rb"stream\r?\n(.*?)\r?\nendstream", inflate, data, flags=re.S)


def test_redacted_pdf_truly_removes_the_words(client, family):
    client.force_login(family.hos)
    start(client, family.ada)
    job = RedactionJob.objects.get()
    patel = job.redactions.get(text="Mrs Patel")
    client.post(reverse("redaction:decide", kwargs={"pk": job.pk, "redaction_pk": patel.pk}), {"decision": "rejected"})
    response = client.get(reverse("redaction:pdf", kwargs={"pk": job.pk}))
    assert response["Content-Type"] == "application/pdf"
    raw = pdf_inflated(response.content)
    text = pdf_text(response.content)
    for gone in ("Ada", "ADA", "Lovelace", "LOVELACE", "Byron", "Okafor", "943 476 5919", "9434765919"):
        assert gone not in text, gone
        assert gone.encode() not in raw, gone
    assert "Child A" in text and "Mother" in text and "Sibling 1" in text
    assert "Mrs Patel" in text  # rejected by the reviewer: kept
    assert b"Patel" in raw  # the inflated file does show the words it still holds
    assert "Schedule of redactions" in text
    assert AuditEvent.objects.filter(action="redaction_exported", object_id=str(job.pk)).exists()


def test_subject_access_keeps_the_requesters_data_and_removes_third_parties(client, family):
    client.force_login(family.hos)
    start(client, family.ada, purpose="sar", title="SAR for Ada", keep_professionals="")
    job = RedactionJob.objects.get()
    assert not PseudonymKey.objects.filter(job=job).exists()
    text = pdf_text(client.get(reverse("redaction:pdf", kwargs={"pk": job.pk})).content)
    assert "Ada was seen alone" in text and "943 476 5919" in text
    for gone in ("Mary", "Byron", "Patel", "Okafor"):
        assert gone not in text, gone
    assert "Data Protection Act 2018" in text


def test_subject_access_can_keep_professionals_in_role(client, family):
    client.force_login(family.hos)
    start(client, family.ada, purpose="sar", title="SAR for Ada", keep_professionals="on")
    job = RedactionJob.objects.get()
    assert not job.redactions.filter(text="Dawn Okafor").exists()
    assert job.redactions.filter(text="Mary").exists()


def docx_bytes(text: str) -> bytes:
    doc = Document()
    for line in text.split("\n"):
        doc.add_paragraph(line)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def pdf_bytes(text: str) -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, text)
    return bytes(pdf.output())


@pytest.mark.parametrize("name,make", [
    ("notes.txt", lambda t: t.encode()),
    ("notes.docx", docx_bytes),
    ("notes.pdf", pdf_bytes),
])
def test_uploaded_files_are_read(client, family, name, make):
    client.force_login(family.hos)
    upload = SimpleUploadedFile(name, make("Byron told me Mrs Patel shouted at Ada."))
    response = start(client, family.ada, source="upload", upload=upload)
    assert response.status_code == 302
    job = RedactionJob.objects.get()
    assert job.filename == name
    assert {"Byron", "Mrs Patel", "Ada"} <= {r.text for r in job.redactions.all()}


@pytest.mark.parametrize("name,data,message", [
    ("broken.pdf", b"%PDF-1.7\nthis is not really a pdf\n%%EOF", "The PDF could not be read"),
    ("broken.docx", b"PK\x03\x04 not a zip at all", "The Word document could not be opened"),
    ("empty.txt", b"", "The selected file is empty"),
    ("photo.jpg", b"\xff\xd8\xff", "must be a Word document (.docx), a PDF (.pdf) or a text file (.txt)"),
])
def test_a_file_that_cannot_be_read_gets_a_clear_message_and_nothing_is_saved(client, family, name, data, message):
    client.force_login(family.hos)
    response = start(client, family.ada, source="upload", upload=SimpleUploadedFile(name, data))
    assert response.status_code == 200
    page = response.content.decode()
    assert "There is a problem" in page and message in page
    assert not RedactionJob.objects.exists()


def test_missing_choices_show_errors(client, family):
    client.force_login(family.hos)
    response = client.post(reverse("redaction:person", kwargs={"pk": family.ada.pk}), {})
    page = response.content.decode()
    assert "Select what the redaction is for" in page and "Enter a title for the document" in page
    assert "Select where the document comes from" in page
    assert not RedactionJob.objects.exists()


def test_pseudonym_key_only_for_information_governance(client, family, ig_officer):
    client.force_login(family.hos)
    start(client, family.ada)
    job = RedactionJob.objects.get()
    assert client.get(reverse("redaction:key", kwargs={"pk": job.pk})).status_code == 403
    assert AuditEvent.objects.filter(action="refused_pseudonym_key", actor_id=family.hos.pk).exists()
    # Information governance is outside the unit: it gives its reason to open the record first (need-to-know).
    client.force_login(ig_officer)
    assert client.get(reverse("redaction:key", kwargs={"pk": job.pk})).status_code == 403
    client.post(reverse("access:reason", kwargs={"pk": family.ada.pk}), {"reason": "Subject access request SAR-2026-014"})
    response = client.get(reverse("redaction:key", kwargs={"pk": job.pk}))
    assert response.status_code == 200
    assert "Ada Lovelace" in response.content.decode() and "Child A" in response.content.decode()
    assert AuditEvent.objects.filter(action="read_pseudonym_key", actor_id=ig_officer.pk).exists()


def test_a_decision_on_another_jobs_redaction_is_not_found(client, family):
    client.force_login(family.hos)
    start(client, family.ada)
    start(client, family.ada, title="Second")
    first, second = RedactionJob.objects.order_by("pk")
    other = second.redactions.first()
    url = reverse("redaction:decide", kwargs={"pk": first.pk, "redaction_pk": other.pk})
    assert client.post(url, {"decision": "rejected"}).status_code == 404
    assert Redaction.objects.get(pk=other.pk).decision == Decision.PROPOSED


def test_the_redaction_section_shows_only_to_those_who_may_redact_without_a_new_query(client, family):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    url = reverse("people:detail", kwargs={"pk": family.ada.pk})
    link = reverse("redaction:person", kwargs={"pk": family.ada.pk})
    client.force_login(family.hos)  # a head of service may redact: known from their units, no extra query
    client.get(url)
    with CaptureQueriesContext(connection) as ctx:
        page = client.get(url).content.decode()
    assert link in page
    # The group is read with the signed-in user (accounts.backends): no query of its own
    own = [q["sql"] for q in ctx.captured_queries if "redaction" in q["sql"] or "auth_group" in q["sql"]]
    assert len(own) == 1 and "FROM accounts_user u LEFT JOIN partners_organisationmember" in own[0]
    client.force_login(family.csw)  # the unit's consultant may not: the section is not offered
    assert link not in client.get(url).content.decode()


def test_all_alike_decides_every_undecided_proposal_of_the_same_words_each_audited(client, family):
    case_services.record_work(actor=family.sw, child=family.ada, kind="phone_call", occurred_on=dt.date.today(), minutes=5,
                              narrative="Mrs Patel rang again; Mrs  Patel said Ada was fine.")
    client.force_login(family.hos)
    start(client, family.ada)
    job = RedactionJob.objects.get()
    patels = list(job.redactions.filter(text__in=["Mrs Patel", "Mrs  Patel"]).order_by("start"))
    assert len(patels) == 3
    page = client.get(reverse("redaction:review", kwargs={"pk": job.pk})).content.decode()
    assert "Reject all 3" in page
    client.post(reverse("redaction:decide", kwargs={"pk": job.pk, "redaction_pk": patels[0].pk}),
                {"decision": "rejected", "all_alike": "yes"})
    assert {r.decision for r in job.redactions.filter(pk__in=[p.pk for p in patels])} == {Decision.REJECTED}
    assert AuditEvent.objects.filter(action="redaction_rejected").count() == 3
    assert job.redactions.filter(text="Ada", decision=Decision.PROPOSED).exists()  # other words untouched


def test_a_title_naming_the_child_is_redacted_in_the_pdf_too(client, family):
    client.force_login(family.hos)
    start(client, family.ada, title="Ada Lovelace: practice review")
    job = RedactionJob.objects.get()
    data = client.get(reverse("redaction:pdf", kwargs={"pk": job.pk})).content
    reader = PdfReader(io.BytesIO(data))
    assert "Lovelace" not in pdf_text(data) and "Lovelace" not in (reader.metadata.title or "")
    assert "Child A" in reader.metadata.title


@pytest.mark.parametrize("purpose", ["review", "sar"])
def test_the_schedule_never_prints_a_removed_string_even_in_a_reviewers_reason(client, family, purpose):
    client.force_login(family.hos)
    start(client, family.ada, purpose=purpose)
    job = RedactionJob.objects.get()
    reason = "Nursery named, where ADA LOVELACE and Mrs  Patel's son go; Lovelace family known there; 9434765919"
    response = client.post(reverse("redaction:add", kwargs={"pk": job.pk}), {"phrase": "nursery", "reason": reason})
    assert response.status_code == 302
    assert job.redactions.get(kind="reviewer").reason == reason  # kept as typed for the reviewers and the audit
    schedule = pdf_text(client.get(reverse("redaction:pdf", kwargs={"pk": job.pk})).content).split("Schedule of redactions")[1]
    # A review removes the child's name and NHS number; a subject access request keeps the requester's own.
    gone = ("Patel", "Nursery", "nursery") + (("ADA", "Ada", "LOVELACE", "Lovelace", "9434765919") if purpose == "review" else ())
    for words in gone:
        assert words not in schedule, words
    assert "named, where" in schedule and "family known there" in schedule  # the rest of the reason is still there
    if purpose == "sar":  # the requester's own name and number stay, in the body and so in the schedule
        assert "ADA LOVELACE" in schedule and "9434765919" in schedule and "Lovelace family" in schedule


def test_a_file_over_10mb_is_refused_without_being_read(client, family, monkeypatch):
    from hearth.redaction import forms

    def must_not_read(name, data):
        raise AssertionError("read a file that is too large")

    monkeypatch.setattr(forms, "read_text", must_not_read)
    client.force_login(family.hos)
    big = SimpleUploadedFile("big.txt", b"a" * (10 * 1024 * 1024 + 1))
    response = start(client, family.ada, source="upload", upload=big)
    assert response.status_code == 200 and "The selected file must be smaller than 10MB" in response.content.decode()
    assert not RedactionJob.objects.exists()


@pytest.mark.parametrize("username", ["csw", "sw", "other"])
def test_staff_who_are_not_redactors_cannot_open_decide_add_or_export_a_job(client, family, username):
    client.force_login(family.hos)
    start(client, family.ada)
    job = RedactionJob.objects.get()
    proposal = job.redactions.first()
    before = (job.redactions.count(), AuditEvent.objects.order_by("-seq").values_list("seq", flat=True).first())
    client.force_login(getattr(family, username))
    kw = {"pk": job.pk}
    assert client.get(reverse("redaction:review", kwargs=kw)).status_code == 403
    assert client.get(reverse("redaction:pdf", kwargs=kw)).status_code == 403
    assert client.get(reverse("redaction:key", kwargs=kw)).status_code == 403
    assert client.post(reverse("redaction:decide", kwargs={**kw, "redaction_pk": proposal.pk}), {"decision": "rejected"}).status_code == 403
    assert client.post(reverse("redaction:add", kwargs=kw), {"phrase": "nursery", "reason": "x"}).status_code == 403
    assert client.post(reverse("redaction:check", kwargs=kw), {"word": "Ada", "choice": "keep"}).status_code == 403
    proposal.refresh_from_db()
    assert proposal.decision == Decision.PROPOSED
    assert job.redactions.count() == before[0]
    # Six refusals, each audited against the job and its child; nothing else (the record was never opened).
    refusals = AuditEvent.objects.filter(seq__gt=before[1])
    assert [(e.action, e.person_id, e.object_id, e.actor_id) for e in refusals] == [
        ("refused_redaction", family.ada.pk, str(job.pk), getattr(family, username).pk)] * 6


def test_export_reads_the_redactions_once(family):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from hearth.redaction import services

    job = services.start_job(actor=family.hos, person=family.ada, purpose="review", title="Practice review", source="chronology")
    job = RedactionJob.objects.get(pk=job.pk)
    with CaptureQueriesContext(connection) as ctx:
        services.export_pdf(actor=family.hos, job=job)
    assert len([q for q in ctx.captured_queries if 'FROM "redaction_redaction"' in q["sql"]]) == 1


def test_case_record_knows_the_staff_who_wrote_in_the_chronology_once_each(family):
    case_services.record_work(actor=family.sw, child=family.ada, kind="phone_call", occurred_on=dt.date.today(), minutes=5,
                              narrative="Called school.")
    parties = [p for p in selectors.case_record(family.ada).parties if p.key.startswith("u")]
    assert [p.display for p in parties] == ["Jo Hartley", "Sam Reeve"] and {p.role for p in parties} == {"professional"}


def test_a_decision_that_is_neither_accept_nor_reject_is_refused_with_a_message(client, family):
    client.force_login(family.hos)
    start(client, family.ada)
    job = RedactionJob.objects.get()
    proposal = job.redactions.first()
    url = reverse("redaction:decide", kwargs={"pk": job.pk, "redaction_pk": proposal.pk})
    response = client.post(url, {"decision": "maybe"}, follow=True)
    assert "Choose accept or reject" in response.content.decode()
    proposal.refresh_from_db()
    assert proposal.decision == Decision.PROPOSED
    assert not AuditEvent.objects.filter(action__in=["redaction_accepted", "redaction_rejected", "redaction_maybe"]).exists()


def test_a_refused_addition_opens_the_record_once(client, family):
    client.force_login(family.hos)
    start(client, family.ada)
    job = RedactionJob.objects.get()
    opened = AuditEvent.objects.filter(person_id=family.ada.pk, action__in=["add_redaction", "view_redaction"]).count()
    assert client.post(reverse("redaction:add", kwargs={"pk": job.pk}), {"phrase": "", "reason": ""}).status_code == 422
    assert AuditEvent.objects.filter(person_id=family.ada.pk, action__in=["add_redaction", "view_redaction"]).count() == opened + 1


def test_a_long_document_is_checked_a_part_at_a_time(client, family):
    from hearth.redaction.views import PAGE_CHARS

    client.force_login(family.hos)
    filler = "The family were seen at home and the visit went well.\n" * (PAGE_CHARS // 50)
    text = "Part one: Byron was at home.\n" + filler + "Part two: Mrs Patel rang.\n" + filler + "Part three: Ada was seen.\n"
    start(client, family.ada, source="upload", upload=SimpleUploadedFile("long.txt", text.encode()))
    job = RedactionJob.objects.get()
    url = reverse("redaction:review", kwargs={"pk": job.pk})

    def page(query=""):
        return client.get(url + query).content.decode()

    first, second, last = page(), page("?page=2"), page("?page=3")
    assert "part 1 of 3" in first and "Byron" in first and "Mrs Patel" not in first and "Part three" not in first
    assert "Mrs Patel" in second and "Byron" not in second and "Part one" not in second
    assert "Part three" in last and "Mrs Patel" not in last
    assert 'href="?page=2"' in first and 'href="?page=1"' in second and 'href="?page=3"' in second
    assert "part 3 of 3" in page("?page=99") and "part 1 of 3" in page("?page=two")  # nearest part, not an error
    # Deciding on part 2 returns the reviewer to part 2, at the redaction.
    patel = job.redactions.get(text="Mrs Patel")
    response = client.post(reverse("redaction:decide", kwargs={"pk": job.pk, "redaction_pk": patel.pk}), {"decision": "rejected"})
    assert response["Location"] == f"{url}?page=2#r{patel.pk}"
    # No cut falls inside a redaction.
    from hearth.redaction.views import _pages
    bounds = _pages(job.text, sorted(job.redactions.all(), key=lambda r: r.start))
    assert not [r for r in job.redactions.all() for s, e in bounds if r.start < e < r.end]
    assert bounds[0][0] == 0 and bounds[-1][1] == len(job.text)


def test_a_page_number_int_cannot_read_is_not_an_error(client, family):
    client.force_login(family.hos)
    start(client, family.ada)
    job = RedactionJob.objects.get()
    url = reverse("redaction:review", kwargs={"pk": job.pk})
    assert client.get(url + "?page=%C2%B2").status_code == 200  # "²": a digit to str.isdigit, not to int()
    assert client.get(url + "?page=" + "9" * 5000).status_code == 200  # more digits than int() reads


def test_parts_are_cut_as_the_plain_scan_of_every_redaction_would_cut_them():
    import random
    from types import SimpleNamespace

    from hearth.redaction.views import PAGE_CHARS, _pages

    def plain(text, redactions):  # every redaction checked at every cut
        bounds, start, n = [], 0, len(text)
        while start < n:
            end = min(n, start + PAGE_CHARS)
            if end < n:
                line = text.rfind("\n", start + PAGE_CHARS // 2, end)
                end = line + 1 if line != -1 else end
                for r in redactions:
                    if r.start < end < r.end:
                        end = r.end
            bounds.append((start, end))
            start = end
        return bounds or [(0, 0)]

    rng = random.Random(7)
    for _ in range(40):
        text = "".join(rng.choice("ab \n") for _ in range(rng.randint(0, 5 * PAGE_CHARS)))
        spans = []
        for _ in range(rng.randint(0, 300)):
            s = rng.randint(0, max(0, len(text) - 1))
            spans.append(SimpleNamespace(start=s, end=min(len(text), s + rng.choice([3, 20, 400, 3 * PAGE_CHARS]))))
        spans.sort(key=lambda r: (r.start, -(r.end - r.start)))
        assert _pages(text, spans) == plain(text, spans)


def test_a_chronology_longer_than_500_entries_is_read_to_its_last_entry(client, family):
    from hearth.cases.models import ChronologyEntry

    first_day = dt.date.today() - dt.timedelta(days=800)
    ChronologyEntry.objects.bulk_create([
        ChronologyEntry(child=family.ada, kind="phone_call", occurred_on=first_day + dt.timedelta(days=i), title=f"Entry {i}",
                        narrative=f"Entry number {i} of the long chronology.")
        for i in range(650)
    ])
    ChronologyEntry.objects.create(child=family.ada, kind="phone_call", occurred_on=dt.date.today() + dt.timedelta(days=1),
                                   title="Last", narrative="The very last entry: Mrs Patel rang about Byron.")
    client.force_login(family.hos)
    assert start(client, family.ada, purpose="sar", title="SAR for Ada").status_code == 302
    job = RedactionJob.objects.get()
    assert job.text.count("of the long chronology.") == 650
    assert job.text.rstrip().endswith("The very last entry: Mrs Patel rang about Byron.")
    last = job.redactions.get(text="Mrs Patel", start__gt=job.text.index("The very last entry"))
    # The reviewer reaches it: the review page's last part holds the last entry and its proposals.
    url = reverse("redaction:review", kwargs={"pk": job.pk})
    page = client.get(url + "?page=999").content.decode()
    assert "The very last entry" in page and f'id="r{last.pk}"' in page


def test_a_decision_finds_the_part_to_return_to_from_the_offsets_alone(client, family):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from hearth.redaction.views import PAGE_CHARS

    client.force_login(family.hos)
    filler = "The family were seen at home and the visit went well.\n" * (PAGE_CHARS // 50)
    text = "Byron was at home.\n" + filler + "Mrs Patel rang.\n" + filler + "Ada was seen.\n"
    start(client, family.ada, source="upload", upload=SimpleUploadedFile("long.txt", text.encode()))
    job = RedactionJob.objects.get()
    patel = job.redactions.get(text="Mrs Patel")
    with CaptureQueriesContext(connection) as ctx:
        response = client.post(reverse("redaction:decide", kwargs={"pk": job.pk, "redaction_pk": patel.pk}), {"decision": "accepted"})
    assert response["Location"] == reverse("redaction:review", kwargs={"pk": job.pk}) + f"?page=2#r{patel.pk}"
    reads = [q["sql"] for q in ctx.captured_queries if q["sql"].startswith("SELECT") and 'FROM "redaction_redaction"' in q["sql"]]
    assert len(reads) == 2  # the redaction decided, then the offsets of all of them (not their words and reasons)
    assert '"reason"' not in reads[1] and '"text"' not in reads[1]


def test_a_refusal_names_only_a_person_or_job_that_exists(client, family):
    missing = (family.zed.pk + 1000)
    client.force_login(family.sw)
    last = AuditEvent.objects.order_by("-seq").values_list("seq", flat=True).first() or 0
    assert client.get(reverse("redaction:person", kwargs={"pk": missing})).status_code == 403
    assert client.get(reverse("redaction:review", kwargs={"pk": 424242})).status_code == 403
    refusals = list(AuditEvent.objects.filter(seq__gt=last).order_by("seq"))
    assert [(e.action, e.person_id, e.object_type, e.object_id) for e in refusals] == [("refused_redaction", None, "", "")] * 2
    assert [e.detail["path"] for e in refusals] == [reverse("redaction:person", kwargs={"pk": missing}),
                                                    reverse("redaction:review", kwargs={"pk": 424242})]


def test_a_refusal_about_a_job_names_the_jobs_person_whatever_the_caller_says(family):
    from django.core.exceptions import PermissionDenied

    from hearth.redaction import services

    job = services.start_job(actor=family.hos, person=family.ada, purpose="sar", title="SAR", source="chronology")
    with pytest.raises(PermissionDenied):
        services.require_redactor(actor=family.sw, person_id=family.zed.pk, job_pk=job.pk, path="/x/")
    refusal = AuditEvent.objects.order_by("-seq").first()
    assert (refusal.action, refusal.person_id, refusal.object_id) == ("refused_redaction", family.ada.pk, str(job.pk))


@pytest.fixture
def ig_in_unit(family):
    """An information governance officer who is also an ordinary member of the child's unit (not its head)."""
    from django.contrib.auth.models import Group

    family.sw.groups.add(Group.objects.get_or_create(name=selectors.IG_GROUP)[0])
    return family.sw


def test_an_information_governance_officer_in_a_unit_may_redact(client, family, ig_in_unit):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from hearth.access.services import unit_ties
    from hearth.accounts.models import User

    user = User.objects.select_related("partner_membership").get(pk=ig_in_unit.pk)  # as the sign-in backend reads it
    assert unit_ties(user) and not any(t.head for t in unit_ties(user).values())  # ties read, as the gate reads them
    with CaptureQueriesContext(connection) as ctx:
        assert selectors.can_redact(user) and selectors.can_redact(user)
    assert len(ctx.captured_queries) == 1  # the group, asked once
    client.force_login(ig_in_unit)
    assert client.get(reverse("redaction:person", kwargs={"pk": family.ada.pk})).status_code == 200
    assert start(client, family.ada, purpose="sar", title="SAR for Ada").status_code == 302
    job = RedactionJob.objects.get()
    assert client.get(reverse("redaction:review", kwargs={"pk": job.pk})).status_code == 200


def test_a_head_of_service_is_known_as_a_redactor_from_the_unit_ties_alone(family):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from hearth.access.services import unit_ties
    from hearth.accounts.models import User

    users = User.objects.select_related("partner_membership")  # as the sign-in backend reads them
    head, member = users.get(pk=family.hos.pk), users.get(pk=family.csw.pk)
    unit_ties(head), unit_ties(member)
    with CaptureQueriesContext(connection) as ctx:
        assert selectors.can_redact(head)
    assert not ctx.captured_queries
    assert not selectors.can_redact(member) and not selectors.can_redact(family.outsider)


def test_the_redaction_link_shows_to_an_information_governance_officer_in_a_unit(client, family, ig_in_unit):
    client.force_login(ig_in_unit)
    page = client.get(reverse("people:detail", kwargs={"pk": family.ada.pk})).content.decode()
    assert reverse("redaction:person", kwargs={"pk": family.ada.pk}) in page


CHECK_TEXT = ("Visited Ada at home. Kolyo again in the kitchen, no change. Kolyo on the sofa again.\n"
              "Zdravka too, with the baby. Also a total of 3 visits.")


def test_words_no_redaction_covers_are_listed_to_check_underlined_and_redacted_or_kept_with_one_choice(client, family):
    client.force_login(family.hos)
    start(client, family.ada, source="upload", upload=SimpleUploadedFile("visit.txt", CHECK_TEXT.encode()))
    job = RedactionJob.objects.get()
    assert job.to_check == [["Kolyo", 2], ["Zdravka", 1]]  # not proposed: no title, cue or name list says they are names
    assert not job.redactions.filter(text__in=["Kolyo", "Zdravka"]).exists()
    page = client.get(reverse("redaction:review", kwargs={"pk": job.pk})).content.decode()
    assert "Words to check" in page and "(2 times)" in page and "(1 time)" in page
    assert page.count('<span class="hearth-to-check">Kolyo<span class="govuk-visually-hidden"> (word to check)') == 2
    response = client.post(reverse("redaction:check", kwargs={"pk": job.pk}), {"word": "Kolyo", "choice": "redact"})
    assert response.status_code == 302 and response["Location"].endswith("#check")
    added = list(job.redactions.filter(source="reviewer"))
    assert [r.text for r in added] == ["Kolyo", "Kolyo"] and all(r.decision == Decision.ACCEPTED for r in added)
    assert "words to check" in added[0].reason
    assert AuditEvent.objects.filter(action="redaction_added", object_id=str(job.pk), detail__occurrences=2).exists()
    client.post(reverse("redaction:check", kwargs={"pk": job.pk}), {"word": "Zdravka", "choice": "keep"})
    job.refresh_from_db()
    assert job.to_check == [["Kolyo", 2]]  # kept: off the list, and nothing redacted
    assert not job.redactions.filter(text="Zdravka").exists()
    assert AuditEvent.objects.filter(action="redaction_word_kept", object_id=str(job.pk), detail__word="Zdravka").exists()
    page = client.get(reverse("redaction:review", kwargs={"pk": job.pk})).content.decode()
    assert "Words to check" not in page and "<span class=\"hearth-to-check\">" not in page  # Kolyo is redacted everywhere now
    assert "Kolyo" not in pdf_text(client.get(reverse("redaction:pdf", kwargs={"pk": job.pk})).content)


def test_a_word_not_on_the_list_or_a_choice_not_offered_is_refused_with_a_message_and_changes_nothing(client, family):
    client.force_login(family.hos)
    start(client, family.ada, source="upload", upload=SimpleUploadedFile("visit.txt", CHECK_TEXT.encode()))
    job = RedactionJob.objects.get()
    before = job.redactions.count()
    for data, message in (({"word": "kitchen", "choice": "redact"}, "That word is not on the list of words to check"),
                          ({"word": "Kolyo", "choice": "maybe"}, "Choose redact or keep")):
        page = client.post(reverse("redaction:check", kwargs={"pk": job.pk}), data, follow=True).content.decode()
        assert message in page
    job.refresh_from_db()
    assert job.redactions.count() == before and job.to_check == [["Kolyo", 2], ["Zdravka", 1]]


def test_a_reviewers_words_are_redacted_as_whole_words_only(client, family):
    client.force_login(family.hos)
    start(client, family.ada, source="upload", upload=SimpleUploadedFile("visit.txt", b"Al and Ada. Also a total of 3. AL agreed."))
    job = RedactionJob.objects.get()
    client.post(reverse("redaction:add", kwargs={"pk": job.pk}), {"phrase": "al", "reason": "Uncle"})
    assert sorted(r.text for r in job.redactions.filter(source="reviewer")) == ["AL", "Al"]  # not "Also" nor "total"
