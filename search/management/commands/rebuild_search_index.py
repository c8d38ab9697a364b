from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from hubplatform.progress import Progress
from search.backends import get_search_backend
from search.indexing import sync_everything
from search.models import PAGE_KIND, IndexedDocument
from tenants.gateway import gateway
from tenants.models import Hub

SHOWN = 15


def drop_superseded_tasks(before):
    """Forget the index tasks still waiting in the database queue from before a full rebuild,
    which read every source afresh: loading the demo queues ~700 of them, which the worker of
    `make run` would otherwise work through for minutes. Returns how many."""
    if "django_tasks_db" not in settings.TASKS.get("search", {}).get("BACKEND", ""):
        return 0
    from django_tasks.base import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    waiting = DBTaskResult.objects.filter(
        backend_name="search", status=TaskResultStatus.READY, enqueued_at__lt=before, task_path__startswith="search.tasks."
    )
    return waiting.delete()[0]


def pageless_hosts():
    """Slugs of the hubs (and "portal") that have no page in the index."""
    indexed = set(IndexedDocument.objects.filter(kind=PAGE_KIND).values_list("hub_id", flat=True).distinct())
    missing = [slug for pk, slug in Hub.objects.hubs().values_list("pk", "slug") if pk not in indexed]
    return missing + ([] if None in indexed else ["portal"])


class Command(BaseCommand):
    help = "Bouwt de zoekindex opnieuw op uit alle hubs en netwerkplugins en meldt wat er veranderde."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty", action="store_true",
            help="Alleen als de index nog leeg is: een hub of het portaal heeft er geen pagina's in.",
        )
        parser.add_argument(
            "--engine-only", action="store_true", help="Alleen de zoekmachine (OpenSearch) bijwerken vanuit de index."
        )

    def handle(self, *args, if_empty=False, engine_only=False, **options):
        with gateway.public_schema():
            # Per hub, not the whole table: the demo's shared content indexes itself while it loads
            # (the hubs' pages wait for the worker), and a table holding only those once made
            # `make prepare` skip the rebuild and leave every hub unsearchable.
            if if_empty and not pageless_hosts():
                self.stdout.write("Zoekindex is al gevuld; niets gedaan.")
                return
        backend = get_search_backend()
        started = timezone.now()
        progress = Progress(self.stdout)
        progress.steps(1 + (1 if backend.has_engine else 0) - (1 if engine_only else 0))
        if not engine_only:
            progress.step("Documenten uit hubs en netwerkplugins")
            report = sync_everything(progress)
            progress.note(f"Index: {report.describe()}")
            for label, sources in (("nieuw", report.added), ("gewijzigd", report.changed), ("verwijderd", report.removed)):
                for source in sources[:SHOWN]:
                    progress.note(f"{label}: {source}")
                if len(sources) > SHOWN:
                    progress.note(f"{label}: ... en nog {len(sources) - SHOWN}")
            dropped = drop_superseded_tasks(started)
            if dropped:
                progress.note(f"{dropped} wachtende indextaken vervallen (de herbouw deed hun werk)")
        if backend.has_engine:
            progress.step(f"Zoekmachine {backend.name} vullen")
            count = backend.rebuild(progress)
            progress.note(f"{count} documenten in {backend.name}")
