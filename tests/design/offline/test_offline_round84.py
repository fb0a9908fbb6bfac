"""Round 84: terse heads that say more than a record's name (*invoice lines, each for one
service: ...*, *each test is one memorial by one inspector: ...*, *staff check reels out: ...*),
records told as being for one of another (*each appointment is for one glasses order, with its
order number ...*, *sight tests are booked for a patient with one of our optometrists*), records
logged against another or as they come in (*we log a drawdown against their block with ...*,
*payments come in monthly, and we log ...*), people told in passing (*owners leave us emergency
contacts, just a name and a phone number each*), steps said otherwise (*jobs pass through
queued, ...*, *the groomer moves the appointment from booked to ...*), and items said shortly
(*the date their next test is due*, *how many letters that comes to*, *the same three for the
left eye*).

Each test names one way of saying it, in a domain of its own; some have a twin the reading
must leave alone.
"""

from __future__ import annotations

from offline_spec_views import design, entity_names, field_options, field_types, flows, relations

# --- terse heads ---------------------------------------------------------------------------------


def test_lines_each_for_one_record_in_a_bullet_head() -> None:
    spec = design(
        "Cafe orders.\n- Dishes: name, price\n- Orders: table number, date\n"
        "- Order lines, each for one dish: quantity, notes"
    )
    assert ("order_line", "dish", "many_to_one") in relations(spec)
    assert {"quantity", "notes"} <= set(field_types(spec, "order_line"))


def test_records_we_act_on_with_examples_in_a_head() -> None:
    spec = design(
        "Boat hire.\n- Customers: name, phone\n"
        "- Boats we hire out (canoes, kayaks, rowing boats and so on): name, hourly rate"
    )
    assert {"name", "hourly_rate"} <= set(field_types(spec, "boat"))


def test_each_record_is_one_by_one_with_its_list() -> None:
    spec = design(
        "Dog show entries. Dogs: name, breed. Classes: name, ring. Each entry is one dog in one "
        "class: entry fee, ring number, placed yes/no."
    )
    assert {("entry", "dog", "many_to_one"), ("entry", "class", "many_to_one")} <= relations(spec)
    assert field_types(spec, "entry")["placed"] == "boolean"


def test_a_place_told_after_a_dash_keeps_its_own_list() -> None:
    spec = design(
        "Wine cellar. Bottles: wine, vintage, grape. Each bottle lives in a rack - rack code, "
        "cellar room. Staff = name, email."
    )
    assert ("bottle", "rack", "many_to_one") in relations(spec)
    assert {"rack_code", "cellar_room"} <= set(field_types(spec, "rack"))


def test_people_check_things_out_with_a_list() -> None:
    spec = design(
        "Tool library. Tools: name, category. Members: name, phone. Members check tools out: "
        "date out, due back, date returned."
    )
    assert {("checkout", "member", "many_to_one"), ("checkout", "tool", "many_to_one")} <= (
        relations(spec)
    )
    assert field_types(spec, "checkout")["date_out"] == "date"


def test_each_after_a_terse_list_is_one_of_its_records() -> None:
    spec = design("Allotments. Fields: name, village. Plots: number, size; each sits in a field.")
    assert ("plot", "field", "many_to_one") in relations(spec)


def test_a_register_of_each_one_we_made_heads_its_list() -> None:
    spec = design(
        "We want a register of every bench we have installed: the plaque wording, the park, the "
        "year it went in and a photo link."
    )
    assert {"plaque_wording", "park", "photo_link"} <= set(field_types(spec, "bench"))


# --- records for one of another --------------------------------------------------------------


def test_a_record_for_one_of_another_with_its_list() -> None:
    spec = design(
        "A delivery slot has a date and a van. Each delivery is for one customer order, with its "
        "order number and the date it was placed, and each order belongs to a shop. Shops have a "
        "name."
    )
    assert ("delivery", "customer_order", "many_to_one") in relations(spec)
    assert "order_number" in field_types(spec, "customer_order")


def test_a_record_for_one_of_another_with_its_bracket_then_another_link() -> None:
    spec = design(
        "A courier run has a date. Each drop is for one parcel (reference, weight in kilos, size: "
        "small, medium or large) and goes to one depot, which has a name and a town."
    )
    assert ("drop", "parcel", "many_to_one") in relations(spec)
    assert field_options(spec, "parcel")["size"] == ["small", "medium", "large"]


def test_the_one_doing_a_job_is_one_of_our_staff_with_their_list() -> None:
    spec = design(
        "Jobs have an address and a date. The fitter doing the install is one of our staff, "
        "with their name and gas safe number."
    )
    assert {"name", "gas_safe_number"} <= set(field_types(spec, "fitter"))


def test_booked_for_one_with_one_of_ours() -> None:
    spec = design(
        "Piano lessons are booked for a pupil with one of our tutors, and for each lesson we "
        "record the date and the fee."
    )
    assert {("lesson", "pupil", "many_to_one"), ("lesson", "tutor", "many_to_one")} <= (
        relations(spec)
    )


def test_a_finished_record_gives_another_holding_a_list() -> None:
    spec = design(
        "Each survey has a date and an address. A finished survey gives a report holding the roof "
        "condition, the damp reading and a yes/no for whether a specialist is needed."
    )
    assert ("report", "survey", "many_to_one") in relations(spec)
    assert field_types(spec, "report")["specialist_needed"] == "boolean"


def test_someone_sends_us_a_record_which_is_its_list() -> None:
    spec = design(
        "A school (we keep its name and email) sends us a print job, which is basically a title, "
        "the number of copies and the paper size, and one of our printers takes it on."
    )
    assert {("print_job", "school", "many_to_one"), ("print_job", "printer", "many_to_one")} <= (
        relations(spec)
    )
    assert field_types(spec, "print_job")["copies"] == "integer"


def test_when_we_do_something_that_is_a_record_with_its_list() -> None:
    spec = design(
        "Authors send us manuscripts. Every time we send a draft back, that's a proof: it gets a "
        "number, the date we sent it and a link to the file."
    )
    assert {"sent_date", "file_link"} <= set(field_types(spec, "proof"))


def test_each_has_which_one_chosen_from_our_list() -> None:
    spec = design(
        "A removal job records the customer name and the move date, and every job says which "
        "depot it is going to, chosen from our list of depots and yards with name and town."
    )
    assert ("removal_job", "depot", "many_to_one") in relations(spec)
    assert {"name", "town"} <= set(field_types(spec, "depot"))


def test_each_comes_from_one_with_its_bracket() -> None:
    spec = design(
        "Each tile has a colour, a size and a price, and it comes from one supplier (name, "
        "country, email, website)."
    )
    assert ("tile", "supplier", "many_to_one") in relations(spec)
    assert {"country", "website"} <= set(field_types(spec, "supplier"))


def test_we_raise_a_record_to_one_for_another() -> None:
    spec = design(
        "Tiles have a colour. When stock runs low we raise a purchase order to a supplier for a "
        "tile, with the quantity ordered and the order date."
    )
    assert {
        ("purchase_order", "supplier", "many_to_one"),
        ("purchase_order", "tile", "many_to_one"),
    } <= relations(spec)


def test_each_is_against_one_known_by_a_number_and_one_other() -> None:
    spec = design(
        "Each complaint is against one order (we go by the order number) and one courier, and "
        "records the date raised and the refund they gave us."
    )
    assert {
        ("complaint", "order", "many_to_one"),
        ("complaint", "courier", "many_to_one"),
    } <= relations(spec)
    assert "order_number" in field_types(spec, "order")
    assert field_types(spec, "complaint")["refund_amount"] == "decimal"


def test_lines_for_each_charge_at_the_end_of_a_records_list() -> None:
    spec = design(
        "A bill is raised for one table, with a bill number, a date and lines for each item "
        "(starters, mains, drinks...) giving a description, a quantity and a price."
    )
    assert ("bill_line", "bill", "many_to_one") in relations(spec)
    assert {"description", "quantity", "price"} <= set(field_types(spec, "bill_line"))


def test_lines_each_for_one_and_sent_to_another() -> None:
    spec = design(
        "We track soil samples:\n- clients have a name and an email\n- labs have a name\n"
        "- sample jars, each for one client and sent to one lab, with a jar code, a depth "
        "(shallow, mid or deep) and date sent"
    )
    assert {("sample_jar", "client", "many_to_one"), ("sample_jar", "lab", "many_to_one")} <= (
        relations(spec)
    )
    assert field_options(spec, "sample_jar")["depth"] == ["shallow", "mid", "deep"]


# --- logged against another, or as they come -----------------------------------------------------


def test_we_log_a_record_against_theirs_when_something_happens() -> None:
    spec = design(
        "Clients can buy a block of sessions up front. A block belongs to a client and records the "
        "purchase date, the sessions bought and an expiry date; clients have a name and an email. "
        "Whenever the client trains we log a drawdown against their block with the date, the "
        "trainer name and the sessions used."
    )
    assert ("drawdown", "block", "many_to_one") in relations(spec)
    assert {"date", "trainer_name", "sessions_used"} <= set(field_types(spec, "drawdown"))


def test_one_of_ours_who_acts_is_a_link_of_what_we_log() -> None:
    spec = design(
        "Each submission has a title. When one of our tutors marks an essay, we log a mark against "
        "the submission with the grade and the date."
    )
    assert {("mark", "submission", "many_to_one"), ("mark", "tutor", "many_to_one")} <= (
        relations(spec)
    )


def test_values_after_a_colon_that_ends_a_records_list() -> None:
    spec = design(
        "Each pond check has the time and how much weed was left: none, a little or most."
    )
    assert field_types(spec, "pond_check")["how_much_weed_was_left"] == "enum"


def test_when_one_goes_out_we_log_its_list() -> None:
    spec = design(
        "Tenants have a name and a flat. Whenever a reminder goes out we log the date it was "
        "sent, how we sent it (post or email) and whether the tenant has paid yet."
    )
    assert ("reminder", "tenant", "many_to_one") in relations(spec)
    assert field_options(spec, "reminder")["how_sent"] == ["post", "email"]


def test_they_come_in_and_we_log_their_list() -> None:
    spec = design(
        "Supporters have a name. Donations come in weekly, and we log the date, the amount and "
        "whether gift aid applies."
    )
    assert {"date", "amount", "gift_aid_applies"} <= set(field_types(spec, "donation"))


def test_records_that_hang_off_another_each_with_a_list() -> None:
    spec = design(
        "Each inspection has a date. Photos hang off an inspection, each with a caption and a "
        "file link."
    )
    assert ("photo", "inspection", "many_to_one") in relations(spec)
    assert {"caption", "file_link"} <= set(field_types(spec, "photo"))


def test_against_each_record_with_a_bracket_we_raise_several() -> None:
    spec = design(
        "Every order needs a deposit. Against each order (order number, customer name, total "
        "price) we raise invoices carrying an invoice number, an issue date, an amount and a "
        "type: deposit, balance or extras."
    )
    assert ("invoice", "order", "many_to_one") in relations(spec)
    assert "customer_name" in field_types(spec, "order")


def test_what_someone_logs_as_used_on_each() -> None:
    spec = design(
        "Jobs have a title. Our technician logs the parts used on each job with the part name and "
        "cost."
    )
    assert ("part", "job", "many_to_one") in relations(spec)
    assert field_types(spec, "part")["cost"] == "decimal"


# --- people told in passing ------------------------------------------------------------------


def test_those_who_work_there_with_each_ones_list() -> None:
    spec = design(
        "A sports centre has its name and address. Then the individual coaches who work there, "
        "really just each coach's name and whether they hold a first aid certificate."
    )
    assert field_types(spec, "coach")["name"] == "text"
    assert "boolean" in field_types(spec, "coach").values()


def test_people_leave_us_several_each_with_a_list() -> None:
    spec = design(
        "Parents have a name and an email. Parents who work shifts leave us emergency contacts, "
        "just a name and a phone number each, and some give us more than one."
    )
    assert ("emergency_contact", "parent", "many_to_one") in relations(spec)
    assert {"name", "phone_number"} <= set(field_types(spec, "emergency_contact"))


def test_anyone_can_open_a_record_for_another() -> None:
    spec = design(
        "Kitchens have a name. Any staff member (name, email) can open a cleaning job for a "
        "kitchen with a description and the date reported."
    )
    assert {
        ("cleaning_job", "staff_member", "many_to_one"),
        ("cleaning_job", "kitchen", "many_to_one"),
    } <= relations(spec)


def test_the_one_asking_with_their_list_in_brackets() -> None:
    spec = design(
        "We log each engraving request: the customer who's asking (a name and a phone number), "
        "the wording, how many letters that comes to and the price."
    )
    assert ("engraving_request", "customer", "many_to_one") in relations(spec)
    assert field_types(spec, "engraving_request")["letters"] == "integer"


def test_they_are_our_customers_names_the_record() -> None:
    spec = design(
        "Schools are our customers, and for each one we note a contact name, a phone and an email."
    )
    assert "customer" not in entity_names(spec)
    assert {"contact_name", "email"} <= set(field_types(spec, "school"))


def test_no_record_of_who_is_staying() -> None:
    spec = design(
        "I need a proper register of who's staying with us. Every guest gets a record with their "
        "name and a mobile number."
    )
    assert "who" not in entity_names(spec)
    assert "mobile_number" in field_types(spec, "guest")


def test_they_want_to_be_their_own_records() -> None:
    spec = design(
        "Each delivery has a date and a weight, and suppliers want to be their own records too, "
        "with name, email and phone, and each delivery is linked to the supplier who sent it."
    )
    assert "record" not in entity_names(spec)
    assert {"name", "email", "phone"} <= set(field_types(spec, "supplier"))


def test_kept_once_each_with_others_included() -> None:
    spec = design(
        "Bookings: date, hours. Venues I'd keep once each, halls included, with the name, the town "
        "and the caretaker's phone, and each booking points at one of them."
    )
    assert {"name", "town"} <= set(field_types(spec, "venue"))


# --- steps said otherwise -------------------------------------------------------------------


def test_records_pass_through_their_steps() -> None:
    spec = design(
        "A repair job holds the fault and a due date. Jobs pass through received, diagnosed, "
        "repaired and ready for collection."
    )
    assert flows(spec)["repair_job"][1] == [
        "received",
        "diagnosed",
        "repaired",
        "ready_for_collection",
    ]


def test_someone_moves_the_record_through_its_steps() -> None:
    spec = design(
        "Each appointment is for one dog. The vet weighs the dog on arrival, and moves the "
        "appointment from booked to in the room, then ready and finally collected."
    )
    assert flows(spec)["appointment"][1] == ["booked", "in_room", "ready", "collected"]


def test_a_status_after_a_terse_list_and_several_per_one() -> None:
    spec = design(
        "A salon app:\n- clients: name, phone\n- stylists: name\n"
        "- appointments: one client, one stylist, date and time, price; status booked, then done "
        "or cancelled\n- photos: several per appointment, each a link with a caption"
    )
    assert flows(spec)["appointment"][1] == ["booked", "done", "cancelled"]
    assert ("photo", "appointment", "many_to_one") in relations(spec)


def test_each_one_counted_in_an_earlier_sentence() -> None:
    spec = design(
        "We log each lease extension: the tenant, the new end date and the reason. The lease we "
        "keep on file with the address and the rent. Sometimes the landlord wants to meet the "
        "tenant first, so I'd want a yes/no on each one for whether they met. Each one goes "
        "requested, then agreed, then signed."
    )
    assert flows(spec)["lease_extension"][1] == ["requested", "agreed", "signed"]


# --- items said shortly -------------------------------------------------------------------------


def test_the_date_their_next_one_is_due() -> None:
    spec = design("Each boiler has a serial number and the date its next service is due.")
    assert field_types(spec, "boiler")["next_service_due_date"] == "date"


def test_the_date_the_record_is_due_stays_its_due_date() -> None:
    spec = design("Each quote has an amount and the date the quote is due.")
    assert field_types(spec, "quote")["due_date"] == "date"


def test_the_same_values_for_the_other_side() -> None:
    spec = design(
        "Each tyre check records the left pressure, left tread and left wear, the same three for "
        "the right wheel, and the date."
    )
    assert {"right_pressure", "right_tread", "right_wear"} <= set(field_types(spec, "tyre_check"))


def test_a_bank_of_things_is_the_things() -> None:
    spec = design("We keep a bank of spare batteries, each with a voltage and a capacity.")
    assert "bank" not in entity_names(spec)
    assert "voltage" in field_types(spec, "spare_battery")


def test_one_or_another_number_is_one_field() -> None:
    spec = design("Each trader has a name and the pitch or stall number.")
    assert "pitch_or_stall_number" in field_types(spec, "trader")


def test_how_many_fit_is_a_capacity() -> None:
    spec = design("Each minibus has a registration and how many people fit in it.")
    assert field_types(spec, "minibus")["capacity"] == "integer"


def test_how_often_it_is_given_is_a_frequency() -> None:
    spec = design("Each supplement has a product name, the dose and how often it's fed.")
    assert "frequency" in field_types(spec, "supplement")


def test_how_much_was_eaten_is_an_amount() -> None:
    spec = design("Each feed has the time given and how much was eaten (all, half or none).")
    assert field_options(spec, "feed")["amount_eaten"] == ["all", "half", "none"]


def test_one_picked_from_the_staff_list_is_a_link() -> None:
    spec = design(
        "Plumbing jobs. Customer: name, phone. Job: address, date in, charge, plumber (from staff "
        "list)."
    )
    assert ("job", "plumber", "many_to_one") in relations(spec)


def test_a_note_that_needs_weekly_takings_is_a_report() -> None:
    spec = design("Bar till. Sale: item, price, date sold. Need weekly bar takings.")
    assert spec.reports and spec.reports[0].time_bucket is not None


def test_in_a_slot_of_two_is_a_value() -> None:
    spec = design(
        "A home visit is for one client on a date, in a morning or afternoon slot, and is done by "
        "a carer."
    )
    assert field_options(spec, "home_visit")["slot"] == ["morning", "afternoon"]


def test_one_can_be_on_several_of_another() -> None:
    spec = design(
        "A horse has a name and can be on several supplements, each with the product name and "
        "the dose."
    )
    assert ("supplement", "horse", "many_to_one") in relations(spec)


def test_a_booking_that_can_take_several_stays_many_to_many() -> None:
    spec = design(
        "Trailers have a code and a type: flatbed or box. A booking is made by one rider for a "
        "date, from a start time to an end time, and can take more than one trailer at once."
    )
    assert ("booking", "trailer", "many_to_many") in relations(spec)


def test_books_a_stay_in_one_place_from_one_date_to_another() -> None:
    spec = design(
        "Cottages have a name. A guest books a stay in one cottage from an arrival date to a "
        "departure date."
    )
    assert {"arrival_date", "departure_date"} <= set(field_types(spec, "stay"))
