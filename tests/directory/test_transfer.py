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


def test_csv_round_trip_changes_nothing_and_a_changed_cell_updates_in_place():
    from plugins.directory.transfer import export_csv, import_csv

    connection.set_schema_to_public()
    text = export_csv()
    before = state()
    links = sorted(Schedule.objects.values_list("id", "service_at_location_id"))

    report = import_csv(text)

    assert report.ok, report.lines()
    assert report.created == 0 and report.updated == 0
    assert state() == before and sorted(Schedule.objects.values_list("id", "service_at_location_id")) == links

    changed = text.replace("WEEKLY TU 09:00-10:00 inloop", "WEEKLY TU 09:00-10:30 inloop", 1)
    assert changed != text
    report = import_csv(changed)
    assert report.ok and report.created == 1 and Schedule.objects.count() == before[1]
    assert ScheduleException.objects.count() < before[2]  # the replaced time's holiday closures went with it


def test_csv_problems_are_reported_by_row_and_column():
    from plugins.directory.transfer import CSV_COLUMNS, import_csv

    header = ",".join(CSV_COLUMNS)
    good = ",,Praktijk Nieuw,Nieuwe dienst,Omschrijving,,,,ja,,Helmond,nl,mediation,,,,,,WEEKLY TU 09:00-10:00 inloop"
    bad_time = ",,Praktijk Nieuw,Tweede dienst,Omschrijving,,,,ja,,Helmond,nl,mediation,,,,,,dinsdag 9 tot 10"
    bad_term = ",,Praktijk Nieuw,Derde dienst,Omschrijving,,,,misschien,,Helmond,nl,bestaatniet,,,,,,"
    count = Service.objects.count()

    report = import_csv("\n".join([header, good, bad_time, bad_term]) + "\n")

    assert not report.ok
    assert {(row, column) for row, column, _ in report.errors} == {(2, "tijden"), (3, "termen"), (3, "gratis")}
    assert Service.objects.count() == count
    assert import_csv("\n".join([header, good]) + "\n").created > 0
    assert Service.objects.get(name="Nieuwe dienst").schedules.get().byday == "TU"


def test_a_file_asks_for_one_re_sync_of_the_search_documents(exported, monkeypatch):
    from search import tasks

    asked = []
    real = tasks.reindex_plugin
    monkeypatch.setattr(tasks, "reindex_plugin", type("Spy", (), {"enqueue": lambda self, *args: asked.append(args) or real.enqueue(*args)})())
    rows = copy.deepcopy(exported)
    for row in rows[:3]:
        row["name"] += " (bijgewerkt)"

    report = import_services(rows)

    assert report.ok and report.updated >= 3
    assert asked == [("directory", None)]
