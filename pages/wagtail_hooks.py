from django.core.cache import cache
from django.http import Http404
from django.utils import translation
from wagtail import hooks
from wagtail.models import Locale


@hooks.register("before_serve_page")
def serve_pages_only_in_their_own_language(page, request, serve_args, serve_kwargs):
    """A page that does not exist in a language answers 404 under that language's prefix.

    Wagtail's routing falls back to the Dutch home page when a hub has no home page in the
    language of the URL (/en/ would show Dutch under lang="en"), and wagtail-localize's tree
    synchronisation fills other languages with aliases of the Dutch pages. Neither is a
    translation, so neither is served.
    """
    if page.locale_id != locale_ids().get(translation.get_language()):
        raise Http404("Deze pagina bestaat niet in deze taal.")
    if page.alias_of_id and page.alias_of.locale_id != page.locale_id:
        raise Http404("Deze pagina is nog niet vertaald.")


def locale_ids():
    """{language code: locale id} of the current schema (cached; a new locale empties it)."""
    ids = cache.get("pages:locale-ids")
    if ids is None:
        ids = dict(Locale.objects.values_list("language_code", "id"))
        cache.set("pages:locale-ids", ids, 60 * 60)
    return ids
