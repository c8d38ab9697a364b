"""
The worker that keeps the federated index in step: django-tasks-db's `db_worker` for the backend
"search", which also runs again the tasks of a worker that died in the middle of one
(search/worker.py). `make run` starts it next to the dev server; production runs it as its own
service (infra/README.md).
"""

import threading

from django.core.management.base import CommandError
from django_tasks_db.compat import task_started
from django_tasks_db.management.commands import db_worker

from search.worker import (
    BACKEND,
    RECOVERY_INTERVAL,
    Liveness,
    WorkerAlreadyRunning,
    keep_recovering,
    recover_abandoned,
)


class Command(db_worker.Command):
    help = (
        "Voert de taken van de zoekindex uit (django-tasks, backend 'search'); taken van een worker die "
        "halverwege stopte, lopen opnieuw."
    )

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.set_defaults(backend_name=BACKEND)
        parser.add_argument(
            "--recovery-interval", type=float, default=RECOVERY_INTERVAL,
            help=f"seconden tussen twee keer nakijken of een andere worker taken achterliet (standaard {RECOVERY_INTERVAL})",
        )

    def handle(self, *args, worker_id, backend_name, recovery_interval, **options):
        if backend_name != BACKEND:
            raise CommandError(f"Deze worker is voor de backend {BACKEND!r}; gebruik db_worker voor andere.")
        liveness = Liveness(worker_id)
        try:
            liveness.hold()
        except WorkerAlreadyRunning as error:
            raise CommandError(str(error)) from None
        self._report(recover_abandoned())
        stop = threading.Event()
        threading.Thread(target=keep_recovering, args=(stop, recovery_interval, self._report), daemon=True).start()

        def hold_liveness(sender, task_result, **kwargs):
            # After a database restart the lock is gone with its connection: take it again before
            # this task, or another worker would take the task over while it runs.
            if task_result.backend == BACKEND:
                liveness.hold()

        task_started.connect(hold_liveness, weak=False, dispatch_uid="search:worker:liveness")
        try:
            super().handle(*args, worker_id=worker_id, backend_name=backend_name, **options)
        finally:
            task_started.disconnect(dispatch_uid="search:worker:liveness")
            stop.set()
            liveness.release()

    def _report(self, counts):
        ready, failed = counts
        if ready:
            self.stdout.write(f"{ready} taak/taken van een gestopte worker opnieuw klaargezet.")
        if failed:
            self.stdout.write(f"{failed} taak/taken opgegeven: hun worker stopte er steeds tijdens.")
