"""A member of staff's Social Work England registration number (the SSDA903's SW_ID): optional, SW and digits, unique."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from hearth.accounts.models import SWE_NUMBER_MESSAGE, User
from tests.factories import UserFactory


@pytest.mark.django_db
def test_the_number_is_sw_and_digits_written_any_way_and_may_be_left_blank():
    user = UserFactory(username="amira")
    for typed, kept in (("SW123456", "SW123456"), ("sw 12 3456", "SW123456"), ("", "")):
        user.swe_number = typed
        user.full_clean()
        assert user.swe_number == kept
    for wrong in ("123456", "SW", "SWE123", "SW12A4", "XX123456"):
        user.swe_number = wrong
        with pytest.raises(ValidationError) as error:
            user.full_clean()
        assert error.value.message_dict["swe_number"] == [SWE_NUMBER_MESSAGE]


@pytest.mark.django_db
def test_two_staff_cannot_share_a_number_but_many_have_none():
    UserFactory(username="amira", swe_number="SW123456")
    second = UserFactory(username="bea")
    second.swe_number = "sw123456"
    with pytest.raises(ValidationError, match="Another member of staff already has this Social Work England number"):
        second.full_clean()
    UserFactory(username="cai")  # blank, like bea
    assert User.objects.filter(swe_number="").count() == 2


@pytest.mark.django_db
def test_the_admin_edits_the_number_and_says_what_is_wrong(client):
    admin = User.objects.create_superuser("root", "root@example.org", "a long pass phrase")
    worker = UserFactory(username="amira", first_name="Amira", last_name="Khan")
    client.force_login(admin)
    url = f"/admin/accounts/user/{worker.pk}/change/"
    page = client.get(url).content.decode()
    assert "Social Work England registration number" in page

    def save(number: str):
        return client.post(url, {
            "username": "amira", "first_name": "Amira", "last_name": "Khan", "email": "", "is_active": "on",
            "date_joined_0": dt.date(2024, 1, 2).isoformat(), "date_joined_1": "09:00:00", "job_title": "Social worker",
            "swe_number": number, "memberships-TOTAL_FORMS": "0", "memberships-INITIAL_FORMS": "0",
            "memberships-MIN_NUM_FORMS": "0", "memberships-MAX_NUM_FORMS": "1000"})

    response = save("12345")
    assert response.status_code == 200 and SWE_NUMBER_MESSAGE in response.content.decode()
    worker.refresh_from_db()
    assert worker.swe_number == ""
    assert save("sw 654321").status_code == 302
    worker.refresh_from_db()
    assert worker.swe_number == "SW654321"
    assert client.get("/admin/accounts/user/", {"q": "SW654321"}).content.decode().count("amira") >= 1
