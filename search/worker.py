"""
What the index's worker (`manage.py run_search_worker`) adds to django-tasks-db's `db_worker`: the
tasks of a worker that died in the middle of one run again.

django-tasks-db marks a task RUNNING when a worker claims it, and SUCCESSFUL or FAILED when it
ends. A worker killed in between (SIGKILL, out of memory, the machine gone) leaves it RUNNING for
good: no worker looks at it again, and the index misses that change until a full rebuild.

So every worker holds a PostgreSQL advisory lock named after its worker id, on a connection of its
own (Django closes its own connection every CONN_MAX_AGE), for as long as it lives; PostgreSQL
drops the lock with the session of a process that died. A RUNNING task whose last worker's lock is
free was abandoned: it is made READY again, at a worker's start and every RECOVERY_INTERVAL
seconds after (so an idle worker also takes over from one that died). The index's tasks are
re-syncs, so one that ran halfway (its transaction rolled back) or twice does no harm. A task
abandoned MAX_ATTEMPTS times, one that kills its worker, is marked FAILED instead of killing the
next.
"""

import logging
import zlib

from django.db import DEFAULT_DB_ALIAS, DatabaseError, connection, connections
from django.utils import timezone
from django_tasks_db.compat import TaskResultStatus
from django_tasks_db.models import DBTaskResult

BACKEND = "search"
LOCK_NAMESPACE = 0x4B54  # "KT"; scheduling.service's locks are "KP"
MAX_ATTEMPTS = 3
RECOVERY_INTERVAL = 30

logger = logging.getLogger(__name__)


class AbandonedTask(Exception):
    """Recorded as the error of a task whose workers kept dying in it."""


class WorkerAlreadyRunning(Exception):
    pass


def _lock_key(worker_id):
    return (LOCK_NAMESPACE << 32) | zlib.crc32(worker_id.encode())


class Liveness:
    """The advisory lock that says worker `worker_id` is alive, on a connection of its own."""

    def __init__(self, worker_id):
        self.worker_id = worker_id
        self.connection = None

    def hold(self):
        """Take the lock, or take it again on a new connection when the old one died (a database
        restart): until then, this worker's running task counts as abandoned."""
        if self.connection is not None and self.connection.is_usable():
            return
        self.release()
        self.connection = connections.create_connection(DEFAULT_DB_ALIAS)
        with self.connection.cursor() as cursor:
            cursor.execute("SELECT pg_try_advisory_lock(%s)", [_lock_key(self.worker_id)])
            held = cursor.fetchone()[0]
        if not held:
            self.release()
            raise WorkerAlreadyRunning(f"Er draait al een worker met id {self.worker_id!r}.")

    def release(self):
        if self.connection is not None:
            self.connection.close()
            self.connection = None


def is_alive(worker_id):
    """Whether a live process holds `worker_id`'s lock (asked on Django's own connection)."""
    key = _lock_key(worker_id)
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s)", [key])
        free = cursor.fetchone()[0]
        if free:
            cursor.execute("SELECT pg_advisory_unlock(%s)", [key])
    return not free


def recover_abandoned(backend_name=BACKEND):
    """Make the tasks dead workers left RUNNING ready again (failed after MAX_ATTEMPTS claims).

    Returns (made ready, failed).
    """
    ready = failed = 0
    running = DBTaskResult.objects.filter(backend_name=backend_name, status=TaskResultStatus.RUNNING)
    for task in running.only("id", "worker_ids", "started_at"):
        if task.worker_ids and is_alive(task.worker_ids[-1]):
            continue
        # Only this claim: a worker that took the task again meanwhile has its own started_at.
        this_claim = DBTaskResult.objects.filter(pk=task.pk, status=TaskResultStatus.RUNNING, started_at=task.started_at)
        if len(task.worker_ids) >= MAX_ATTEMPTS:
            failed += this_claim.update(
                status=TaskResultStatus.FAILED,
                finished_at=timezone.now(),
                exception_class_path=f"{AbandonedTask.__module__}.{AbandonedTask.__qualname__}",
                traceback=f"De worker stopte {len(task.worker_ids)} keer tijdens deze taak; niet opnieuw gestart.",
            )
        else:
            ready += this_claim.update(status=TaskResultStatus.READY, started_at=None)
    return ready, failed


def keep_recovering(stop, interval=RECOVERY_INTERVAL, report=None):
    """`recover_abandoned()` every `interval` seconds until `stop` (a threading.Event) is set; for a
    thread of its own beside the worker's loop, which offers no place between two tasks."""
    while not stop.wait(interval):
        try:
            counts = recover_abandoned()
            if report is not None:
                report(counts)
        except DatabaseError as error:
            # The database is away (restart, failover): the next round tries again.
            logger.warning("Verlaten taken niet nagekeken: %s", error)
        finally:
            connections.close_all()  # this thread's own
