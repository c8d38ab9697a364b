from django.http import JsonResponse
from django.shortcuts import render

from tests.example_plugin.notices import all_notices


def notice_list(request):
    return render(request, "example_plugin/notice_list.html", {"notices": all_notices()})


def notice_api(request):
    return JsonResponse({"results": all_notices()})
