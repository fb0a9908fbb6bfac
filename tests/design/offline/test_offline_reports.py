"""Reports and automations."""

from __future__ import annotations

import pytest

from appwright.design.offline import design_app
from appwright.design.offline.report_requests import is_report_request
from appwright.spec.models import AppSpec, Report


def only_report(spec: AppSpec) -> Report:
    [report] = spec.reports
    return report


def test_total_per_field() -> None:
    report = only_report(
        design_app(
            "Deals have an amount and a stage (lead, won, lost). We want a report of the total"
            " deal amount per stage."
        ).spec
    )
    assert (report.entity, report.measure.agg, report.measure.field) == ("deal", "sum", "amount")
    assert report.group_by == ["stage"]
    assert report.chart == "bar"


def test_monthly_total_per_related_entity_as_a_chart() -> None:
    report = only_report(
        design_app(
            "Log each expense with a date and an amount, put it in a category, and show me a"
            " monthly total per category as a chart."
        ).spec
    )
    assert (report.measure.agg, report.measure.field, report.group_by) == (
        "sum",
        "amount",
        ["category"],
    )
    assert report.time_bucket is not None
    assert (report.time_bucket.field, report.time_bucket.unit) == ("date", "month")


def test_average_per_week_adds_the_date_it_needs() -> None:
    spec = design_app(
        "Visitors leave feedback with a rating from 1 to 5. We want the average rating per week."
    ).spec
    report = only_report(spec)
    assert (report.measure.agg, report.measure.field) == ("avg", "rating")
    assert report.time_bucket is not None and report.time_bucket.unit == "week"
    entity = spec.entity(report.entity)
    assert entity is not None and entity.field(report.time_bucket.field) is not None


def test_count_through_a_reference_path_as_a_pie() -> None:
    spec = design_app(
        "Departments have a name. Employees have a name and belong to a department. Leave"
        " requests have a start date and belong to an employee. Show the number of leave"
        " requests per department as a pie chart."
    ).spec
    report = only_report(spec)
    assert (report.entity, report.measure.agg) == ("leave_request", "count")
    assert report.group_by == ["employee.department"]
    assert report.chart == "pie"


def test_two_reports_in_one_sentence() -> None:
    spec = design_app(
        "Tickets have a subject. Managers want a report of tickets opened per week and average"
        " time to resolve."
    ).spec
    assert [(r.measure.agg, r.measure.field) for r in spec.reports] == [
        ("count", None),
        ("avg", "hours_to_resolve"),
    ]
    ticket = spec.entity("ticket")
    assert ticket is not None and ticket.field("opened_on") is not None


def test_a_verb_report_is_not_a_report_request() -> None:
    spec = design_app("Issues have a title. Tenants report issues.").spec
    assert spec.reports == []


def test_threshold_alert_creates_an_alert_entity() -> None:
    spec = design_app(
        "Products have a name and a quantity. I want stock alerts when a product's quantity"
        " falls below its reorder threshold."
    ).spec
    [automation] = spec.automations
    assert (automation.trigger.on, automation.trigger.entity) == ("update", "product")
    assert automation.description == "when quantity < reorder_threshold create a stock_alert"
    product = spec.entity("product")
    assert product is not None and product.field("reorder_threshold") is not None
    alert = spec.entity("stock_alert")
    assert alert is not None and alert.field("product_id") is not None


def test_reminder_is_a_daily_check() -> None:
    spec = design_app(
        "Keep track of my houseplants: name and last watered date. Remind me when a plant"
        " needs water."
    ).spec
    [automation] = spec.automations
    assert (automation.trigger.on, automation.trigger.entity, automation.trigger.schedule) == (
        "schedule",
        "houseplant",
        "0 8 * * *",
    )


def test_a_unit_with_a_rate_is_no_report_request() -> None:
    # *per hour* here is the unit of a value, not figures grouped by the hour
    assert not is_report_request("the cruising speed in km per hour")
    assert not is_report_request("we need the cruising speed in km per hour")
    assert not is_report_request("we want each pump to have a flow rate in litres per minute")


def test_a_number_grouped_by_a_field_is_still_a_report_request() -> None:
    assert is_report_request("we want the number of students by class and the total fees per term")


def test_a_count_per_hour_is_still_a_report_request() -> None:
    assert is_report_request("the number of fittings per hour")
    assert is_report_request("i want the number of fittings per hour")


@pytest.mark.parametrize(
    "sentence",
    [
        "give me the money raised per stall and how many pitches are still unpaid",
        "also a count of motions carried per hearing",
        "i would like to see takings for each stall month by month",
        "i would like to see how much we have raised in pledges",
        "weekly attendance per class type",
    ],
)
def test_a_request_for_figures_in_other_words_is_a_report(sentence: str) -> None:
    assert is_report_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a record's own count or a customer's wish, not figures someone asks to see
        "each stall has a count of pitches",
        "when they order we note the date they want it delivered and how many boxes",
        "every pledge gives the donor a receipt",
        # a bound the record holds, and a passive's agent: no grouping asked for
        "a class has a start time and a maximum number of students, and it is taught by one coach",
        "a crew has a minimum number of riders per boat",
        # what people keep in a record
        "we note the number of drops of each ingredient in the blend",
    ],
)
def test_counts_and_wishes_inside_a_record_are_no_report(sentence: str) -> None:
    assert not is_report_request(sentence)


def test_give_me_and_also_are_not_part_of_the_title() -> None:
    spec = design_app(
        "Stallholders have a name. Pitches belong to a stallholder and have a fee. Give me the"
        " fees collected per stallholder. Also a count of pitches per stallholder."
    ).spec
    assert [r.title for r in spec.reports] == [
        "Fees collected per stallholder",
        "Count of pitches per stallholder",
    ]
    assert all(r.group_by == ["stallholder"] for r in spec.reports)


def test_the_lead_nearest_the_figure_starts_the_report() -> None:
    report = only_report(
        design_app(
            "Visitors have a name and an email. Every wing has a name, and each visit is for one "
            "wing. Visitors only see their own visits, officers handle all of them, and the "
            "governor wants the number of visits per wing per month."
        ).spec
    )
    assert report.entity == "visit"
    assert "wing" in report.group_by[0]


@pytest.mark.parametrize(
    "sentence",
    [
        # "how many" and "each" in two clauses: a field, then another record's fields
        "we keep farms with a name and how many sheep they run, and our shearers each have a "
        "name and a daily rate",
        "every batch gets a code and the number of bars, and each batch follows one recipe",
        # a number of each thing in a pairing is what a record keeps
        "at the end of the day i count how many of each item we sold at that stop",
    ],
)
def test_a_count_and_an_each_in_different_clauses_ask_for_no_report(sentence: str) -> None:
    assert not is_report_request(sentence)


def test_a_report_that_is_a_record_asks_for_no_report() -> None:
    spec = design_app(
        "Residents file a report with the street, a photo link and a severity, and every "
        "report belongs to a ward. Reports go from reported to inspected to repaired. I would "
        "like a count of repaired reports per ward per month."
    ).spec
    assert [r.entity for r in spec.reports] == ["report"]


def test_a_clause_before_the_figure_names_what_it_counts_but_is_no_report() -> None:
    spec = design_app(
        "Each sow has an ear tag number and a name, and each litter belongs to a pen. A litter "
        "goes from suckling to weaned to sold, and the one figure I care about most is the "
        "average born alive per sow."
    ).spec
    assert len(spec.reports) == 1
    assert spec.reports[0].entity == "litter"


@pytest.mark.parametrize(
    "request_",
    [
        "What I'd really love is the average score per store per month, so I can send it on.",
        "I'd love the average score per store per month.",
    ],
)
def test_what_i_would_love_is_a_report_titled_by_its_figure(request_: str) -> None:
    spec = design_app(f"Stores have a name. Visits have a score. {request_}").spec
    assert [r.title for r in spec.reports] == ["Average score per store per month"]


@pytest.mark.parametrize(
    "sentence",
    [
        "i am the secretary of our village show, and every august it is chaos",
        "our annual flower show needs more entries",
    ],
)
def test_a_show_of_some_kind_is_a_noun_not_a_request(sentence: str) -> None:
    assert not is_report_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    ["the app should show the total per month", "the dashboard will show open jobs"],
)
def test_a_show_after_its_subject_and_a_modal_is_still_a_request(sentence: str) -> None:
    assert is_report_request(sentence)


def test_why_a_report_is_wanted_is_no_report() -> None:
    spec = design_app(
        "Clients have a name. Visits have a score, a date and a store. What I'd really love is"
        " the average score per store per month, so I can send it on to the clients."
    ).spec
    assert [r.title for r in spec.reports] == ["Average score per store per month"]


def test_shows_with_nothing_shown_are_a_noun() -> None:
    assert not is_report_request(
        "then there are the events we go to, mostly castle shows, and for those we want a venue"
    )


def test_shows_with_something_shown_are_a_request() -> None:
    assert is_report_request("the dashboard shows the total per month")


def test_one_of_a_record_per_another_asks_for_no_report() -> None:
    assert not is_report_request("one advocate per referral")
    assert is_report_request("referrals per advocate")


_JOBS = (
    "Jobs have a date, a price and a status. Customers have a name and an email. Each job is for"
    " one customer. "
)


@pytest.mark.parametrize(
    ("ask", "name"),
    [
        ("It would help to see the revenue per month.", "total_price_per_month"),
        ("At the end of each month I total up the price of all jobs.", "total_price_per_month"),
        ("We'd like to keep an eye on the number of open jobs.", "count_job"),
        ("The owner checks weekly how many jobs were completed.", "count_job_per_week"),
        ("At a glance I want to see revenue this month.", "total_price"),
        ("I'd love a tally of jobs for each customer.", "count_job_by_customer"),
        ("Income by month, please.", "total_price_per_month"),
        ("The manager likes to see jobs completed per week.", "count_job_per_week"),
        ("And a running count of open jobs.", "count_job"),
        ("The council needs to see jobs per customer every quarter.", "count_job_by_customer"),
        ("I'd like to know which customers spend the most.", "total_price_by_customer"),
    ],
)
def test_a_figure_asked_for_in_a_busy_owner_s_words_is_a_report(ask: str, name: str) -> None:
    spec = design_app(_JOBS + ask).spec
    assert [r.name for r in spec.reports][:1] == [name]


def test_reporting_as_a_header_lists_each_report() -> None:
    spec = design_app(_JOBS + "Reporting: jobs per month, revenue per customer.").spec
    assert [r.name for r in spec.reports] == ["count_job_per_month", "total_price_by_customer"]


@pytest.mark.parametrize(
    "sentence",
    [
        "each boiler has a make and how often it needs servicing",
        "we keep an eye on the weather",
        "the price goes up every month",
        "staff total up their own timesheets",
    ],
)
def test_words_near_a_figure_that_ask_for_none_are_no_report(sentence: str) -> None:
    assert not is_report_request(sentence)


@pytest.mark.parametrize(
    ("ask", "names"),
    [
        (
            "At the end of the month I want the total takings and how many jobs I did.",
            ["total_price_per_month", "count_job_per_month"],
        ),
        ("I want the total price and how many jobs I did.", ["total_price", "count_job"]),
        ("Monthly: count of jobs, total price.", ["count_job_per_month", "total_price_per_month"]),
        ("Jobs/month.", ["count_job_per_month"]),
        (
            "KPIs: jobs per week, revenue per customer.",
            ["count_job_per_week", "total_price_by_customer"],
        ),
    ],
)
def test_overall_figures_and_a_note_s_figures_are_reports(ask: str, names: list[str]) -> None:
    spec = design_app(_JOBS + ask).spec
    assert [r.name for r in spec.reports] == names


def test_a_period_header_that_names_no_figure_asks_for_none() -> None:
    assert not is_report_request("monthly: the van goes for a service")
    assert not is_report_request("i want the van serviced")


@pytest.mark.parametrize(
    ("ask", "names"),
    [
        ("Monthly takings total.", ["total_price_per_month"]),
        ("I count up jobs per customer.", ["count_job_by_customer"]),
        ("I keep a running total of takings each month.", ["total_price_per_month"]),
        ("Each month I work out the average price of a job.", ["average_price_per_month"]),
        ("The owner wants a monthly figure of money taken.", ["total_price_per_month"]),
        ("It would help to know the busiest months of the year.", ["count_job_per_month"]),
        ("I'd also like a league table of customers by number of jobs.", ["count_job_by_customer"]),
        ("I'd like to see which customers had the most jobs.", ["count_job_by_customer"]),
        ("How many jobs each customer gets per year.", ["count_job_by_customer_per_year"]),
        ("At the AGM we present the income, split by customer.", ["total_price_by_customer"]),
        ("I'd like to see what each customer has spent with us.", ["total_price_by_customer"]),
        ("I want to see who our biggest customers are by spend.", ["total_price_by_customer"]),
        ("At month end I add the prices up by customer.", ["total_price_by_customer"]),
        ("I tally jobs by status on Fridays.", ["count_job_by_status"]),
        ("The one number I care about is the average price of a job.", ["average_price"]),
        ("For the board I produce a count of open jobs every month.", ["count_job_per_month"]),
        (
            "The manager checks the number of jobs per customer weekly.",
            ["count_job_by_customer_per_week"],
        ),
        ("Year-end: jobs per customer.", ["count_job_by_customer"]),
        (
            "I count up jobs per customer, so a report for that would save me an afternoon.",
            ["count_job_by_customer"],
        ),
    ],
)
def test_figures_asked_for_in_a_small_business_s_own_words(ask: str, names: list[str]) -> None:
    spec = design_app(_JOBS + ask).spec
    assert [r.name for r in spec.reports] == names


@pytest.mark.parametrize(
    "sentence",
    [
        "we keep a running order of the jobs",
        "the busiest customer gets a discount",
        "i work out the route each morning",
        "a job can be split by the fitters",
    ],
)
def test_words_of_those_figures_used_otherwise_ask_for_none(sentence: str) -> None:
    assert not is_report_request(sentence)
