"""The rule table in admin: every change, addition and deletion is audited."""


from hearth.audit.models import AuditEvent
from hearth.decisions.models import DecisionRule


def test_changing_adding_and_deleting_a_decision_rule_is_audited(admin_client_):
    rule = DecisionRule.objects.get(kind="connected_person")
    url = f"/admin/decisions/decisionrule/{rule.pk}/change/"
    assert admin_client_.get(url).status_code == 200
    response = admin_client_.post(url, {"kind": "connected_person", "needs": "panel", "why": "Our policy", "active": "on"})
    assert response.status_code == 302
    event = AuditEvent.objects.get(action="change_decision_rule")
    assert event.actor == admin_client_.admin
    assert event.detail["before"]["needs"] == "second_person" and event.detail["after"]["needs"] == "panel"
    admin_client_.post("/admin/decisions/decisionrule/add/", {"kind": "legal_advice", "needs": "second_person", "why": "",
                                                              "active": "on"})
    added = DecisionRule.objects.get(kind="legal_advice")
    assert AuditEvent.objects.filter(action="change_decision_rule", object_id=str(added.pk)).exists()
    admin_client_.post(f"/admin/decisions/decisionrule/{added.pk}/delete/", {"post": "yes"})
    assert not DecisionRule.objects.filter(kind="legal_advice").exists()
    deleted = AuditEvent.objects.get(action="change_decision_rule_deleted")
    assert deleted.detail["before"]["kind"] == "legal_advice"


def test_staff_without_admin_rights_cannot_edit_the_table(client, world):
    client.force_login(world.csw)
    response = client.get("/admin/decisions/decisionrule/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
