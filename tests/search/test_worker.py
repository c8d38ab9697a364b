"""The index's worker runs again what a dead worker left RUNNING (search/worker.py); the real
process killed in the middle of a task is in tests/faults/."""

import pytest
from django.utils import timezone
from django_tasks_db.compat import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from search.worker import MAX_ATTEMPTS, Liveness, WorkerAlreadyRunning, recover_abandoned


def running_task(*worker_ids):
    return DBTaskResult.objects.create(
        status=TaskResultStatus.RUNNING,
        started_at=timezone.now(),
        worker_ids=list(worker_ids),
        args_kwargs={"args": ["directory", None], "kwargs": {}},
        task_path="search.tasks.reindex_plugin",
        backend_name="search",
        run_after=timezone.now(),
    )


@pytest.fixture
def live_worker():
    liveness = Liveness("levende-worker")
    liveness.hold()
    yield liveness
    liveness.release()


def test_a_task_whose_worker_died_is_made_ready_again_and_a_live_workers_task_is_left_alone(live_worker):
    abandoned = running_task("gestopte-worker")
    busy = running_task("levende-worker")

    assert recover_abandoned() == (1, 0)

    abandoned.refresh_from_db()
    busy.refresh_from_db()
    assert abandoned.status == TaskResultStatus.READY and abandoned.started_at is None
    assert busy.status == TaskResultStatus.RUNNING


def test_a_task_that_keeps_killing_its_worker_is_given_up_after_the_last_attempt():
    task = running_task(*[f"worker-{attempt}" for attempt in range(MAX_ATTEMPTS)])

    assert recover_abandoned() == (0, 1)

    task.refresh_from_db()
    assert task.status == TaskResultStatus.FAILED
    assert task.exception_class_path == "search.worker.AbandonedTask"
    assert f"stopte {MAX_ATTEMPTS} keer" in task.traceback


def test_two_workers_cannot_run_under_one_id(live_worker):
    with pytest.raises(WorkerAlreadyRunning):
        Liveness("levende-worker").hold()
