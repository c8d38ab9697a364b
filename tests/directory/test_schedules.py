"""Open now and the next session, around holidays, closures and the daylight-saving changes."""

from datetime import datetime, timezone

from plugins.directory.schedules import AMSTERDAM, describe, is_open, next_session, sessions_between


def schedule(byday, opens="09:00", closes="11:00", freq="WEEKLY", exceptions=(), **extra):
    return {"id": "s", "service_at_location_id": None, "freq": freq, "interval": 1, "byday": byday, "opens_at": opens,
            "closes_at": closes, "valid_from": None, "valid_to": None, "attending_type": "walk-in", "description": "",
            "notes": "", "exceptions": list(exceptions), **extra}


def closed(day, reason="feestdag"):
    return {"id": "e", "date": day, "closed": True, "opens_at": None, "closes_at": None, "reason": reason}


def at(text):
    return datetime.fromisoformat(text).replace(tzinfo=AMSTERDAM)


def elapsed(session):
    return (session.ends.astimezone(timezone.utc) - session.starts.astimezone(timezone.utc)).total_seconds()


def test_open_now_during_a_weekly_session_and_not_just_after():
    tuesday = [schedule("TU")]
    assert is_open(tuesday, at("2026-12-01T10:59"))
    assert not is_open(tuesday, at("2026-12-01T11:00"))
    assert not is_open(tuesday, at("2026-12-02T10:00"))


def test_a_holiday_closes_the_session_and_the_next_one_is_a_week_later():
    friday = [schedule("FR", exceptions=[closed("2026-12-25", "Eerste kerstdag")])]

    assert not is_open(friday, at("2026-12-25T10:00"))
    assert next_session(friday, at("2026-12-24T12:00")).starts == at("2027-01-01T09:00")


def test_changed_hours_on_one_day():
    changed = {"id": "e", "date": "2026-12-30", "closed": False, "opens_at": "13:30", "closes_at": "15:00", "reason": "jaarwisseling"}
    wednesday = [schedule("WE", "13:30", "16:00", exceptions=[changed])]

    session = next_session(wednesday, at("2026-12-29T12:00"))
    assert (session.starts, session.ends, session.changed) == (at("2026-12-30T13:30"), at("2026-12-30T15:00"), True)
    assert not is_open(wednesday, at("2026-12-30T15:30"))
    assert is_open(wednesday, at("2027-01-06T15:30"))


def test_sessions_keep_their_wall_clock_time_across_daylight_saving_changes():
    sunday_morning = [schedule("SU", "01:30", "04:00")]
    # 2027-03-28: clocks go from 02:00 to 03:00; 2026-10-25 they went back from 03:00 to 02:00.
    spring = next_session(sunday_morning, at("2027-03-27T12:00"))
    assert spring.starts.hour == 1 and spring.ends.hour == 4
    # Real elapsed time (in UTC): an hour less in spring, an hour more in autumn.
    assert elapsed(spring) == 1.5 * 3600
    autumn = next_session(sunday_morning, at("2026-10-24T12:00"))
    assert elapsed(autumn) == 3.5 * 3600
    monday = [schedule("MO", "09:00", "10:00")]
    before, after = at("2027-03-22T09:30"), at("2027-03-29T09:30")
    assert is_open(monday, before) and is_open(monday, after)
    assert before.utcoffset() != after.utcoffset()


def test_monthly_on_the_first_tuesday_and_the_last_thursday():
    first_tuesday = [schedule("1TU", freq="MONTHLY")]
    last_thursday = [schedule("-1TH", "19:00", "20:30", freq="MONTHLY")]

    assert next_session(first_tuesday, at("2026-12-02T00:00")).starts == at("2027-01-05T09:00")
    assert next_session(last_thursday, at("2026-12-01T00:00")).starts == at("2026-12-31T19:00")
    assert describe(first_tuesday[0]) == "elke eerste dinsdag van de maand"
    assert describe(last_thursday[0]) == "elke laatste donderdag van de maand"


def test_valid_from_and_to_bound_a_course():
    course = [schedule("MO", "19:30", "21:30", valid_from="2027-01-11", valid_to="2027-02-01")]

    sessions = sessions_between(course, at("2026-12-01T00:00"), at("2027-06-01T00:00"))
    assert [session.starts.date().isoformat() for session in sessions] == ["2027-01-11", "2027-01-18", "2027-01-25", "2027-02-01"]


def test_every_other_week():
    fortnightly = [schedule("WE", interval=2, valid_from="2026-12-02")]

    days = [s.starts.day for s in sessions_between(fortnightly, at("2026-12-01T00:00"), at("2026-12-31T00:00"))]
    assert days == [2, 16, 30]


def test_three_days_or_more_read_as_a_list():
    from django.utils import translation

    assert describe(schedule("MO,TU,WE,TH")) == "elke maandag, dinsdag, woensdag en donderdag"
    with translation.override("en"):
        assert describe(schedule("MO,TU,WE")) == "every Monday, Tuesday and Wednesday"
