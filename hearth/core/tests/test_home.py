import pytest

from hearth.frontdoor.tests.conftest import fd  # noqa: F401 (fixture)


@pytest.mark.django_db
@pytest.mark.parametrize("who, lands_on, nav_has, nav_lacks", [
    ("worker", "/front-door/", "Front door", "Make a referral"),
    ("school_user", "/refer/", "Make a referral", "Find a person"),
])
def test_each_kind_of_user_starts_where_their_work_is(client, fd, who, lands_on, nav_has, nav_lacks):  # noqa: F811
    client.force_login(getattr(fd, who))
    response = client.get("/")
    assert response.status_code == 302 and response["Location"] == lands_on
    page = client.get(lands_on).content.decode()
    nav = page[page.index('class="govuk-service-navigation'):page.index("</nav>")]
    assert nav_has in nav and nav_lacks not in nav


@pytest.mark.django_db
def test_unit_staff_start_at_their_board_without_a_front_door_link(client, world):
    client.force_login(world.sw)
    response = client.get("/")
    assert response["Location"] == f"/units/{world.unit_a.pk}/"
    page = client.get(response["Location"]).content.decode()
    assert "Find a person" in page and ">Front door<" not in page


@pytest.mark.django_db
def test_an_analyst_starts_at_the_returns_and_unit_staff_see_no_returns_link(client, world):
    from hearth.returns.demo import analysts_group
    from tests.factories import UserFactory

    analyst = UserFactory(username="analyst")
    analyst.groups.add(analysts_group())
    client.force_login(analyst)
    response = client.get("/")
    assert response.status_code == 302 and response["Location"] == "/returns/"
    page = client.get("/returns/").content.decode()
    nav = page[page.index('class="govuk-service-navigation'):page.index("</nav>")]
    assert "Statutory returns" in nav and "Find a person" in nav and "Unit board" not in nav
    client.force_login(world.sw)
    board = client.get(f"/units/{world.unit_a.pk}/").content.decode()
    assert "Statutory returns" not in board[board.index('class="govuk-service-navigation'):board.index("</nav>")]


@pytest.mark.django_db
def test_the_adoption_team_starts_at_the_households_and_unit_staff_see_no_adoption_link(client, world):
    from django.contrib.auth.models import Permission

    world.outsider.user_permissions.add(Permission.objects.get(codename="work_with_adopters"))
    client.force_login(world.outsider)
    response = client.get("/")
    assert response.status_code == 302 and response["Location"] == "/adoption/"
    page = client.get("/adoption/").content.decode()
    nav = page[page.index('class="govuk-service-navigation'):page.index("</nav>")]
    assert "Prospective adopters" in nav and "Find a person" in nav and "Unit board" not in nav
    assert 'aria-current="true"' in nav  # the households page is marked as where they are
    client.force_login(world.sw)
    board = client.get(f"/units/{world.unit_a.pk}/").content.decode()
    assert "Prospective adopters" not in board[board.index('class="govuk-service-navigation'):board.index("</nav>")]
