"""Reading notices for a hub: always through the gateway."""

from tenants.gateway import gateway
from tests.example_plugin.models import Notice


def _serialize(notice):
    return {"code": notice.code, "title": notice.title, "text": notice.text}


def _all_notices():
    return [_serialize(notice) for notice in Notice.objects.order_by("code")]


def _notice_by_code(code):
    notice = Notice.objects.filter(code=code).first()
    return _serialize(notice) if notice else None


def all_notices():
    return gateway.query("example-notices", _all_notices, models=[Notice])


def notice(code):
    return gateway.query("example-notice", _notice_by_code, models=[Notice], params={"code": code})
