"""Import and export as HSDS JSON: every problem reported, all or nothing, idempotent by id."""

import copy
import io
import json
import uuid

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from plugins.directory.models import Schedule, ScheduleException, Service
from plugins.directory.transfer import export_services, import_services


@pytest.fixture
def exported():
    connection.set_schema_to_public()
    return export_services()


def state():
    return sorted((str(s.id), s.name, s.last_modified.isoformat()) for s in Service.objects.all()), Schedule.objects.count(), ScheduleException.objects.count()


def test_reimporting_the_export_changes_nothing(exported):
    before = state()

    report = import_services(exported)

    assert report.ok and report.created == 0 and report.updated == 0 and report.unchanged > len(exported)
    assert state() == before


def test_a_changed_file_updates_in_place_by_id(exported):
    rows = copy.deepcopy(exported)
    target = next(row for row in rows if row["name"] == "Inloopuur Samen Doen")
    target["name"] = "Inloopuur Samen Doen Hardenberg"
    target["schedules"][0]["opens_at"] = "08:45:00+01:00"
    count = Service.objects.count()

    report = import_services(rows)

    assert report.ok and report.updated == 2 and report.created == 0
    assert Service.objects.count() == count
    service = Service.objects.get(pk=target["id"])
    assert service.name == "Inloopuur Samen Doen Hardenberg"
    assert service.schedules.get(pk=target["schedules"][0]["id"]).opens_at.strftime("%H:%M") == "08:45"
    assert service.schedules.get(pk=target["schedules"][0]["id"]).exceptions.exists()  # holiday closures kept


def test_one_bad_row_imports_nothing_and_every_problem_is_reported(exported):
    rows = copy.deepcopy(exported[:5])
    rows[0]["name"] = "Nieuwe naam die niet mag landen"
    rows[1]["schedules"][0]["byday"] = "dinsdag"
    rows[2]["id"] = "geen-uuid"
    rows[3]["schedules"][0]["closes_at"] = "00:01"
    rows[4]["attributes"] = [{"id": str(uuid.uuid4()), "taxonomy_term_id": str(uuid.uuid4())}]
    before = state()

    report = import_services(rows)

    assert not report.ok
    fields = {(row, name) for row, name, _ in report.errors}
    assert {(2, "schedules[0].byday"), (3, "id"), (4, "schedules[0].closes_at"), (5, "attributes[0].taxonomy_term_id")} <= fields
    assert state() == before


def test_the_commands_write_and_read_a_file(tmp_path):
    path = tmp_path / "partners.json"
    call_command("directory_export", str(path), stdout=io.StringIO(), stderr=io.StringIO())
    rows = json.loads(path.read_text())
    assert len(rows) > 60

    out = io.StringIO()
    call_command("directory_import", str(path), stdout=out, stderr=io.StringIO())
    assert "0 nieuw, 0 bijgewerkt" in out.getvalue()

    rows[0]["status"] = "kapot"
    path.write_text(json.dumps(rows))
    out = io.StringIO()
    with pytest.raises(CommandError, match="niets ingelezen"):
        call_command("directory_import", str(path), stdout=out, stderr=io.StringIO())
    assert "rij 1, veld status" in out.getvalue()


def test_a_row_cannot_take_over_another_services_schedule_by_its_id(exported):
    rows = copy.deepcopy(exported)
    thief = next(row for row in rows if row["name"] == "Inloopuur Samen Doen")
    victim = next(row for row in exported if row["name"] == "Echtscheidingsspreekuur")
    thief["schedules"].append(copy.deepcopy(victim["schedules"][0]))
    before = state()

    report = import_services(rows)

    assert not report.ok and report.errors[0][1].startswith("schedules[") and "andere dienst" in report.errors[0][2]
    assert state() == before
