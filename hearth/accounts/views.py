from django import forms
from django.conf import settings
from django.contrib.auth import authenticate, login, logout
from django.contrib.auth.decorators import login_not_required
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from hearth.accounts.middleware import SIGNED_OUT_IDLE, mark_active
from hearth.audit import services as audit


class SignInForm(forms.Form):
    username = forms.CharField(label="Username", error_messages={"required": "Enter your username"},
                               widget=forms.TextInput(attrs={"autocomplete": "username", "spellcheck": False}))
    password = forms.CharField(label="Password", error_messages={"required": "Enter your password"},
                               widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}))


@login_not_required
def sign_in(request):
    form = SignInForm(request.POST or None)
    next_url = request.POST.get("next") or request.GET.get("next") or ""
    signed_out_idle = request.method == "GET" and request.session.pop(SIGNED_OUT_IDLE, False)
    if request.method == "POST" and form.is_valid():
        user = authenticate(request, username=form.cleaned_data["username"], password=form.cleaned_data["password"])
        if user is None:
            form.add_error(None, "Enter a correct username and password")
        else:
            login(request, user)
            mark_active(request)
            audit.record(actor=user, action="sign_in")
            if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
                next_url = ""
            return redirect(next_url or "core:home")
    return render(request, "accounts/sign_in.html", {
        "page_title": "Sign in", "form": form, "next": next_url, "signed_out_idle": signed_out_idle,
        "idle_minutes": settings.HEARTH_IDLE_SECONDS // 60,
    })


@require_POST
def sign_out(request):
    logout(request)
    return redirect("accounts:sign-in")


def locked_out(request, credentials=None, *args, **kwargs):
    """Shown by django-axes after repeated failed sign-ins."""
    response = render(request, "accounts/locked_out.html", {"page_title": "Too many attempts to sign in"}, status=429)
    return response
