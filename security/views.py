from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.template.response import TemplateResponse
from django.views.decorators.http import require_POST

from security.lockouts import ACCOUNT, OutOfScope, can_manage, lift, lockouts_for


def lockout_response(request, original_response=None, credentials=None):
    """What a locked-out login attempt gets (django-axes' AXES_LOCKOUT_CALLABLE): a Dutch page, 429."""
    # Rendered here: axes' middleware hands it out past the point where template responses render.
    return render(request, "security/lockout.html", {"minutes": _cooloff_minutes()}, status=429)


def _cooloff_minutes():
    return int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)


def lockout_index(request):
    if not can_manage(request.user):
        raise PermissionDenied
    return TemplateResponse(
        request,
        "security/lockout_index.html",
        {"lockouts": lockouts_for(request.user), "account": ACCOUNT, "minutes": _cooloff_minutes()},
    )


@require_POST
def lockout_lift(request):
    try:
        lift(request.user, request.POST.get("schema", ""), request.POST.get("kind", ""), request.POST.get("value", ""))
    except OutOfScope:
        raise PermissionDenied
    messages.success(request, f"De blokkade van {request.POST.get('value')} is opgeheven.")
    return redirect("security_lockouts")
