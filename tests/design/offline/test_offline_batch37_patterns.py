"""Sentence shapes learnt once batch 37 was measured, each designed end to end on a sentence
of its own (not the batch's), with a twin it must leave alone: *only admins issue or cancel
cards*, *I see everything as the owner*, a header *Lost key reports: ...* that names a record
people file, and *it has ..., and it moves from ...* after a clause of links."""

from __future__ import annotations

from offline_spec_views import design, entity_names, field_types, flows, relations

from appwright.design.offline.sentences import clauses
from appwright.spec.models import AppSpec


def _roles_rules(spec: AppSpec) -> set[tuple[str, str, tuple[str, ...]]]:
    return {(r.role, r.entity, tuple(r.actions)) for r in spec.permissions.rules}


def test_only_people_who_issue_or_cancel_a_record_are_a_role() -> None:
    spec = design("Permits have a number and an expiry date. Only wardens issue or cancel permits.")
    assert spec.permissions.roles == ["warden"]
    assert ("warden", "permit", ("create", "read", "update")) in _roles_rules(spec)


def test_permits_that_expire_name_no_role() -> None:
    spec = design("Permits have a number and an expiry date. Permits expire or lapse each year.")
    assert spec.permissions.roles in ([], ["user"])


def test_the_writer_seeing_everything_as_someone_is_that_role() -> None:
    spec = design(
        "Jobs have a date. Cleaners only see their own jobs, I see everything as the manager."
    )
    assert set(spec.permissions.roles) == {"cleaner", "manager"}
    assert ("manager", "*", ("read",)) in _roles_rules(spec)


def test_a_header_naming_a_report_people_file_is_a_record() -> None:
    spec = design(
        "Keys: tag number, site. Lost key reports: which key, date reported, found yes/no."
    )
    assert field_types(spec, "lost_key_report") == {
        "date_reported": "date",
        "found": "boolean",
        "key_id": "reference",
    }
    assert ("lost_key_report", "key", "many_to_one") in relations(spec)
    assert not spec.reports or all(r.entity != "key" for r in spec.reports)


def test_a_header_asking_for_a_figure_is_no_record() -> None:
    spec = design("Keys: tag number, site, cost. Monthly sales report: total cost per site.")
    assert "monthly_sales_report" not in entity_names(spec)
    assert "sales_report" not in entity_names(spec)


def test_it_moving_after_a_list_is_a_clause_of_its_own() -> None:
    assert clauses("every order has a date and a price, and it moves from booked to done") == [
        "every order has a date and a price",
        "it moves from booked to done",
    ]
    spec = design(
        "Customers have a name. Every order is for one customer and is handled by one driver;"
        " it has a pickup date and a total price, and it moves from booked to collected to done."
    )
    assert {"pickup_date", "total_price", "status"} <= set(field_types(spec, "order"))
    assert flows(spec)["order"] == ("status", ["booked", "collected", "done"])


def test_their_state_told_as_either_values_is_the_record_s_status() -> None:
    spec = design(
        "Members join with a name and an email, and their membership is either active, lapsed or"
        " cancelled."
    )
    assert field_types(spec, "member")["status"] == "enum"
    member = spec.entity("member")
    status = member.field("status") if member else None
    assert status is not None and status.options == ["active", "lapsed", "cancelled"]


def test_a_rating_on_a_scale_with_a_comment_is_a_review() -> None:
    spec = design("Courses have a title. Students can rate a course from 1 to 5 with a comment.")
    assert field_types(spec, "review") == {
        "rating": "integer",
        "comment": "long_text",
        "student_id": "reference",
        "course_id": "reference",
    }


def test_whether_done_one_way_or_another_is_the_way_it_was_done() -> None:
    spec = design("Jobs have a date and whether they paid by card or cash.")
    assert field_types(spec, "job")["payment_method"] == "enum"
    spec = design("Jobs have a date. After each job I record whether they paid by card or cash.")
    job = spec.entity("job")
    method = job.field("payment_method") if job else None
    assert method is not None and method.options == ["card", "cash"]
    # a yes/no stays one
    assert field_types(design("Jobs have a date and whether it is paid or not."), "job") == {
        "date": "date",
        "paid": "boolean",
    }


def test_when_and_how_long_said_in_one_clause_are_the_record_s() -> None:
    spec = design(
        "Rooms have a name. A session takes place in one room on a date, from a start time for a"
        " number of hours."
    )
    assert field_types(spec, "session") == {
        "date": "date",
        "start_time": "datetime",
        "hours": "decimal",
        "room_id": "reference",
    }
    # one time alone is read as before
    spec = design("Halls have a name. Each class runs in one hall on a date.")
    assert field_types(spec, "class") == {"date": "date", "hall_id": "reference"}


def test_a_contact_list_in_brackets_after_the_one_a_record_is_for_is_theirs() -> None:
    spec = design("Each order is for a customer (business name, contact, email).")
    assert field_types(spec, "customer") == {
        "business_name": "text",
        "contact": "text",
        "email": "email",
    }
    assert ("order", "customer", "many_to_one") in relations(spec)
    # a bracket of the subject's own values stays the subject's
    spec = design("Each order is for a customer and has a size (small, large).")
    assert field_types(spec, "order")["size"] == "enum"


def test_records_moving_through_states_name_no_role() -> None:
    spec = design("Orders have a date. Orders move from quote to approved to fitted.")
    assert spec.permissions.roles in ([], ["user"])
    spec = design("Orders have a date. Only managers can move orders to approved.")
    assert spec.permissions.roles == ["manager"]
