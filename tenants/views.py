from django.http import HttpResponseNotFound

UNKNOWN_HOST_PAGE = """<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Onbekend adres</title></head>
<body><main><h1>Dit adres kennen we niet</h1>
<p>Op dit webadres staat geen hub van het Knooppunt-netwerk. Controleer het adres.</p></main></body></html>
"""


def unknown_host(request):
    """What a host that belongs to no hub gets: a 404 that names no hub and shows no content."""
    return HttpResponseNotFound(UNKNOWN_HOST_PAGE)
