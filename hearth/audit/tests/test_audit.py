import pytest
from django.db import DatabaseError, connection, transaction

from hearth.audit import services as audit
from hearth.audit.guard import disable_guard, enable_guard
from hearth.audit.models import AuditEvent


def _without_append_only_guard(sql: str, params=()):
    """Tamper as a database superuser would: switch the guard off, change a row, switch it back on."""
    disable_guard()
    with connection.cursor() as cur:
        cur.execute(sql, params)
    enable_guard()


@pytest.mark.django_db
def test_a_read_of_a_childs_record_is_logged(client, world):
    client.force_login(world.sw)
    before = AuditEvent.objects.filter(person_id=world.ada.pk, action="view_chronology").count()
    assert client.get(f"/people/{world.ada.pk}/").status_code == 200
    event = AuditEvent.objects.filter(person_id=world.ada.pk, action="view_chronology").last()
    assert AuditEvent.objects.filter(person_id=world.ada.pk, action="view_chronology").count() == before + 1
    assert event.actor_id == world.sw.pk
    assert event.detail["basis"] == "unit"


@pytest.mark.django_db
def test_chain_verifies_when_untouched(world):
    result = audit.verify()
    assert result.ok, result.problems
    assert result.checked == AuditEvent.objects.count() > 5


@pytest.mark.django_db
def test_database_refuses_update_and_delete():
    audit.record(actor=None, action="test")
    with pytest.raises(DatabaseError), transaction.atomic():
        AuditEvent.objects.update(reason="changed")
    with pytest.raises(DatabaseError), transaction.atomic():
        AuditEvent.objects.all().delete()


@pytest.mark.django_db
def test_altered_entry_is_detected():
    for i in range(5):
        audit.record(actor=None, action="view", detail={"i": i})
    _without_append_only_guard("UPDATE audit_auditevent SET reason = %s WHERE seq = 3", ["covering my tracks"])
    result = audit.verify()
    assert not result.ok
    assert any("Entry 3 was altered" in p for p in result.problems)


@pytest.mark.django_db
def test_deleted_entry_is_detected():
    for i in range(5):
        audit.record(actor=None, action="view", detail={"i": i})
    _without_append_only_guard("DELETE FROM audit_auditevent WHERE seq = 2")
    result = audit.verify()
    assert any("missing" in p for p in result.problems)
    assert any("Entry 3 does not follow" in p for p in result.problems)


@pytest.mark.django_db
def test_removed_tail_is_detected():
    for i in range(3):
        audit.record(actor=None, action="view", detail={"i": i})
    _without_append_only_guard("DELETE FROM audit_auditevent WHERE seq = 3")
    result = audit.verify()
    assert any("chain head" in p for p in result.problems)


@pytest.mark.django_db
def test_verify_command_fails_on_tampering(capsys):
    from django.core.management import CommandError, call_command

    audit.record(actor=None, action="view")
    audit.record(actor=None, action="view")
    call_command("verify_audit")
    assert "intact: 2 entries" in capsys.readouterr().out
    _without_append_only_guard("UPDATE audit_auditevent SET action = 'nothing' WHERE seq = 1")
    with pytest.raises(CommandError):
        call_command("verify_audit")


@pytest.mark.django_db
def test_a_nul_character_in_what_was_sent_is_kept_readable_not_a_server_error(client, world):
    client.force_login(world.sw)
    assert client.get("/api/v1/people/search", {"q": "Ada\x00 Lovelace"}).status_code == 200
    event = AuditEvent.objects.filter(action="search_people").latest("seq")
    assert event.detail["query"] == "Ada\ufffd Lovelace"
    assert audit.verify().ok
