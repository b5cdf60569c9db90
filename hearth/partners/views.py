from django.shortcuts import render

from hearth.access.gate import person_view
from hearth.people.views import person_context


@person_view("view_team_around_child")
def team(request, person):
    context = person_context(person, "team")
    context.update(page_title=f"Team around {person.full_name}")
    return render(request, "partners/team.html", context)
