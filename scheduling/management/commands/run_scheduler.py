"""
The scheduler process: every --interval seconds, publish what is due and unpublish what has
expired, in the portal and every hub. `make run` starts it next to the dev server; production
runs it as its own service (infra/README.md).
"""

import signal
import threading
import time

from django.core.management.base import BaseCommand
from django.db import (
    InterfaceError,
    OperationalError,
    close_old_connections,
    connection,
)

from hubplatform.progress import Progress
from scheduling.service import run_all


class Command(BaseCommand):
    help = "Publiceert geplande pagina's en haalt verlopen pagina's offline, in het portaal en elke hub."

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=float, default=30, help="seconden tussen twee rondes (standaard 30)")
        parser.add_argument("--once", action="store_true", help="één ronde en stoppen")

    def handle(self, *args, interval, once, **options):
        progress = Progress(self.stdout)
        stopping = threading.Event()
        if not once:
            for sig in (signal.SIGTERM, signal.SIGINT):
                signal.signal(sig, lambda *_: stopping.set())
            progress.note(f"Planner gestart: elke {interval:g} s gepland publiceren en verlopen in alle hubs.")
        while True:
            started = time.monotonic()
            try:
                run_all(progress)
            except (OperationalError, InterfaceError) as error:
                # The database is away (restart, failover): try again next round, do not die.
                progress.note(f"Database niet bereikbaar ({error.__class__.__name__}); volgende ronde opnieuw.")
                connection.close()
            if once or stopping.wait(max(0.0, interval - (time.monotonic() - started))):
                break
            # As a request would: drop a connection that died meanwhile (database restart).
            close_old_connections()
