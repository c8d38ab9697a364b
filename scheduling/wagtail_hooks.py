from django.http import Http404
from wagtail import hooks

from scheduling.expiry import has_expired


@hooks.register("before_serve_page")
def refuse_expired_page(page, request, serve_args, serve_kwargs):
    # Between the expiry time and the scheduler's next pass the page is still live in the database.
    if has_expired(page):
        raise Http404("Deze pagina is verlopen.")
