"""
Content-Security-Policy and the other response headers Django's SecurityMiddleware does not set.

Resident pages need no inline script or style (the design tokens are a stylesheet of their own,
tenants.branding.views), so their policy allows this host only. Wagtail's admin still renders
some inline <script> elements, so /admin/ gets a policy that allows inline code but still nothing
from other hosts. A response that set its own policy (uploaded files: a sandbox) keeps it.
"""

from django.conf import settings

RESIDENT_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "frame-src 'none'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'self'",
    ]
)

ADMIN_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self' 'unsafe-inline'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "frame-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'self'",
    ]
)

# Uploaded files: whatever is in them, a browser shows them as an inert, sandboxed document.
UPLOAD_POLICY = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox"

PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"


def protect_upload(response, attachment_name=None):
    """Headers for a user-uploaded file, whichever view sends it."""
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = UPLOAD_POLICY
    response["Cross-Origin-Resource-Policy"] = "same-origin"
    if attachment_name is not None:
        response["Content-Disposition"] = f'attachment; filename="{attachment_name}"'
    return response


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if settings.KNOOPPUNT_CSP and "Content-Security-Policy" not in response:
            admin = request.path.startswith("/admin/")
            response["Content-Security-Policy"] = ADMIN_POLICY if admin else RESIDENT_POLICY
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response
