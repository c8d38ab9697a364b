from search.providers import SearchHit


def find_notices(query, request):
    if "voorbeeldtreffer" in query.lower():
        yield SearchHit(title="Voorbeeldtreffer uit de plugin", url="/voorbeeld/", kind="voorbeeld")
