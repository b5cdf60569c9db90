import pytest

from hearth.partners import services as partners
from hearth.partners.tests.conftest import partners as partners_fixture  # noqa: F401 (fixture)


@pytest.mark.django_db
def test_the_unit_sees_on_its_board_that_the_police_asked_about_a_child(client, partners_fixture):  # noqa: F811
    w = partners_fixture
    partners.answer_status_enquiry(organisation=w.police, given_name="Ada", family_name="Lovelace",
                                   date_of_birth=w.ada.date_of_birth)
    client.force_login(w.sw)
    page = client.get(f"/units/{w.unit_a.pk}/").content.decode()
    assert "Partner agencies asked about" in page
    section = page[page.index("Partner agencies asked about"):]
    assert "Ada Lovelace" in section and "Northshire Police" in section

    # Another unit's board does not show it.
    client.force_login(w.other)
    assert "Partner agencies asked about" not in client.get(f"/units/{w.unit_b.pk}/").content.decode()
