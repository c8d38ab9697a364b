from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_credentials
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.shortcuts import redirect, render
from django.template.response import TemplateResponse
from django.views.decorators.http import require_POST
from wagtail import views as page_views
from wagtail.documents.views import serve as document_views

from security.lockouts import (
    ACCOUNT,
    ADDRESS,
    DOCUMENT_PASSWORD,
    PAGE_PASSWORD,
    OutOfScope,
    can_manage,
    lift,
    lockouts_for,
    password_kind,
    password_name,
)


def lockout_response(request, original_response=None, credentials=None):
    """What a locked-out login attempt gets (django-axes' AXES_LOCKOUT_CALLABLE): a Dutch page, 429."""
    # Rendered here: axes' middleware hands it out past the point where template responses render.
    context = {
        "minutes": _cooloff_minutes(),
        "password_of": password_kind((credentials or {}).get(settings.AXES_USERNAME_FORM_FIELD)),
        "page_password": PAGE_PASSWORD,
    }
    return render(request, "security/lockout.html", context, status=429)


def _cooloff_minutes():
    return int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)


def page_password(request, page_view_restriction_id, page_id):
    """Wagtail's form for a page with a password, its failures counted as a login form's."""
    name = password_name(PAGE_PASSWORD, page_view_restriction_id)
    return _counted(request, name, page_views.authenticate_with_password, page_view_restriction_id, page_id)


def document_password(request, restriction_id):
    """Wagtail's form for a document folder with a password, its failures counted likewise."""
    name = password_name(DOCUMENT_PASSWORD, restriction_id)
    return _counted(request, name, document_views.authenticate_with_password, restriction_id)


def _counted(request, name, wagtail_view, *args):
    """Wagtail's password view, with axes counting each wrong password as a failed login.

    Wagtail's password forms do not go through `authenticate()`, so axes never saw them: anyone
    could try passwords without end. Here the protected page or folder stands in for the user
    name (`name`), so after AXES_FAILURE_LIMIT failures for that password, or from one client
    address (AXES_CLIENT_IP_CALLABLE, as for logins), the hub refuses further attempts for
    AXES_COOLOFF_TIME, and coordinators find the lockout under Inlogblokkades.
    """
    if request.method != "POST":
        return wagtail_view(request, *args)
    credentials = get_credentials(name)
    if not AxesProxyHandler.is_allowed(request, credentials):
        # As axes' backend does with a login during a lockout: the password is not checked, and
        # the attempt counts as one more failure, which starts the cool-off again (unless
        # AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT is off: then it is refused uncounted).
        if not settings.AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT:
            request.axes_locked_out = True
        AxesProxyHandler.user_login_failed(sender=__name__, credentials=credentials, request=request)
        return lockout_response(request, credentials=credentials)
    response = wagtail_view(request, *args)
    if isinstance(response, HttpResponseRedirect):  # Wagtail redirects only after the right password
        # Only this address's failures on this password go: resetting all of the address's
        # failures, as a login does, would let someone who knows one page's password wipe
        # their guesses at another.
        AxesProxyHandler.reset_attempts(username=name, ip_address=request.axes_ip_address)
        return response
    # The failure that reaches the limit marks the request; AxesMiddleware then answers with
    # the lockout page instead of the form.
    AxesProxyHandler.user_login_failed(sender=__name__, credentials=credentials, request=request)
    return response


def lockout_index(request):
    if not can_manage(request.user):
        raise PermissionDenied
    kinds = {"account": ACCOUNT, "address": ADDRESS, "page_password": PAGE_PASSWORD}
    return TemplateResponse(
        request,
        "security/lockout_index.html",
        {"lockouts": lockouts_for(request.user), "kinds": kinds, "minutes": _cooloff_minutes()},
    )


@require_POST
def lockout_lift(request):
    try:
        lift(request.user, request.POST.get("schema", ""), request.POST.get("kind", ""), request.POST.get("value", ""))
    except OutOfScope:
        raise PermissionDenied
    shown = request.POST.get("label") or request.POST.get("value")
    messages.success(request, f"De blokkade van {shown} is opgeheven.")
    return redirect("security_lockouts")
