from django.shortcuts import render

from search.providers import clean_query, search_hub


def search(request):
    query = clean_query(request.GET.get("q"))
    hits = search_hub(query, request) if query else []
    return render(request, "search/search.html", {"query": query, "hits": hits})
