"""Round 81: records filed under a word that also heads a part of the app (*Notification per
installation: ref no., ...*), short words with a full stop (*ref no.*, *reg. no.)*), pairings
told as *which* (*for each ringer we record which methods they can ring and ...*, *a fitting
records which cowl went on which customer's chimney, ...*), records an act makes between two
(*ringers sign up for an outing and we have to know whether ...*, *alarms get checked ...: a
check has ...*), links said in few words (*each sale -> a boat*, *a liveaboard application
links a berth holder and a boat and records ...*, *each stay gets charged at one of those*),
and flows told as who acts on the record (*it starts as requested, the yard manager confirms
it and the hoist driver marks it done*).

Each test names one way of saying it, in a domain of its own; some have a twin the reading
must leave alone.
"""

from __future__ import annotations

from offline_spec_views import (
    design,
    entity_names,
    field_options,
    field_types,
    flows,
    plain_field_names,
    relations,
)

from appwright.design.offline.normalize import normalize_text


def test_a_record_headed_by_a_section_word_is_told_by_its_values() -> None:
    spec = design(
        "Sensor: location, model. Alert per sensor: date raised, reading, status (open > "
        "acknowledged > closed)."
    )
    assert {"date_raised", "reading", "status"} <= plain_field_names(spec, "alert")
    assert ("alert", "sensor", "many_to_one") in relations(spec)


def test_a_section_header_that_says_what_to_send_stays_a_section() -> None:
    spec = design(
        "Members have a name and an email. Notifications: email the member when a renewal "
        "is overdue."
    )
    assert "notification" not in entity_names(spec)


def test_a_number_cut_short_ends_no_sentence() -> None:
    text = normalize_text(
        "Each van has a make and a ref no., and a driver (name, reg. no.) drives it."
    )
    assert "reference number," in text
    assert "registration number)" in text


def test_a_reg_number_is_left_as_said() -> None:
    assert "reg number" in normalize_text("Each car has a reg number and a colour.")


def test_a_first_state_held_until_the_next() -> None:
    spec = design(
        "Expense claims have an amount and a reason; a claim sits as pending until it is "
        "approved or rejected."
    )
    assert flows(spec)["expense_claim"][1] == ["pending", "approved", "rejected"]


def test_for_each_one_we_record_which_ones_they_do_is_a_pairing() -> None:
    spec = design(
        "Volunteers have a name and a phone. Skills have a name and a level. For each volunteer "
        "we record which skills they have and the date they were assessed on each one."
    )
    assert "date" not in str(plain_field_names(spec, "volunteer"))
    assert ("volunteer_skill_entry", "volunteer", "many_to_one") in relations(spec)
    assert ("volunteer_skill_entry", "skill", "many_to_one") in relations(spec)
    assert any("assessed" in name for name in plain_field_names(spec, "volunteer_skill_entry"))


def test_which_doer_did_which_keeps_the_doer_a_record_of_their_own() -> None:
    spec = design(
        "A concert is held at one hall on a date. For each concert we keep which musician played "
        "which part and whether it was that musician's debut. Musicians have a name and an "
        "instrument."
    )
    assert {"name", "instrument"} <= plain_field_names(spec, "musician")
    assert {"part", "debut"} <= plain_field_names(spec, "concert_musician_entry")
    assert ("concert_musician_entry", "musician", "many_to_one") in relations(spec)
    assert ("concert_musician_entry", "concert", "many_to_one") in relations(spec)


def test_how_many_of_each_stays_the_pairing_values_reading() -> None:
    spec = design(
        "Materials have a name. Orders have a date. For each order we note which materials it "
        "used and how many metres of each."
    )
    assert "metres" in plain_field_names(spec, "order_material")


def test_a_record_that_records_which_one_went_on_which() -> None:
    spec = design(
        "Each tyre has a size and a price. A fitting records which tyre went on which "
        "customer's van, how many were fitted, the fitting date and the labour charge; "
        "customers are kept with a name and a phone."
    )
    assert {"fitting_date", "labour_charge"} <= plain_field_names(spec, "fitting")
    assert ("fitting", "tyre", "many_to_one") in relations(spec)
    assert ("fitting", "customer", "many_to_one") in relations(spec)


def test_a_bracket_inside_a_header_is_told_after_the_headers_list() -> None:
    spec = design(
        "- Members: name and email\n"
        "- Loans to members (members just need a name): amount, date and a status going from "
        "requested to approved to repaid"
    )
    assert {"amount", "date", "status"} <= plain_field_names(spec, "loan")
    assert "amount" not in plain_field_names(spec, "member")


def test_things_that_get_done_and_the_record_of_it() -> None:
    spec = design(
        "Each extinguisher has a serial number and a location. Extinguishers get serviced "
        "every year: a service has a date, a result and the engineer's name."
    )
    assert ("service", "extinguisher", "many_to_one") in relations(spec)


def test_people_sign_up_for_one_and_we_know_whether() -> None:
    spec = design(
        "Litter picks have a date and a meeting place. Volunteers have a name. Volunteers sign "
        "up for a litter pick and I need to know whether they have gloves and whether they "
        "bring a child."
    )
    assert {"gloves", "child"} <= {
        word for name in plain_field_names(spec, "signup") for word in name.split("_")
    }
    assert ("signup", "volunteer", "many_to_one") in relations(spec)
    assert ("signup", "litter_pick", "many_to_one") in relations(spec)


def test_hours_logged_on_a_record_make_a_time_log() -> None:
    spec = design(
        "Projects have a name and a budget. A consultant logs hours on the project with a date "
        "and a note."
    )
    assert {"hours", "date", "note"} <= plain_field_names(spec, "time_log")
    assert ("time_log", "project", "many_to_one") in relations(spec)


def test_when_someone_books_what_we_take_is_the_bookings() -> None:
    spec = design(
        "When a family books we take their names, a phone, the party date and the fee. A "
        "booking goes from enquiry to confirmed to held."
    )
    assert {"party_date", "fee"} <= plain_field_names(spec, "booking")
    assert "family" not in entity_names(spec)


def test_when_someone_hires_their_details_are_theirs() -> None:
    spec = design(
        "When a customer hires we take their name, phone and shoe size so the skates fit."
    )
    assert {"name", "phone"} <= plain_field_names(spec, "customer")


def test_an_arrow_to_one_is_a_link() -> None:
    spec = design("Invoice: number, amount. Each invoice -> a client.\nClient: name, email.")
    assert ("invoice", "client", "many_to_one") in relations(spec)


def test_a_record_that_links_two_and_records() -> None:
    spec = design(
        "Mentors have a name and students have a name. A mentorship links a mentor and a "
        "student and records the start date and how many sessions will be held."
    )
    assert ("mentorship", "mentor", "many_to_one") in relations(spec)
    assert ("mentorship", "student", "many_to_one") in relations(spec)
    assert {"start_date", "sessions"} <= plain_field_names(spec, "mentorship")


def test_our_people_listed_with_each_one_given_to_one_of_them() -> None:
    spec = design(
        "Each delivery has an address and a date. Oh, and our drivers, just a name and a "
        "phone, with each delivery given to one of them."
    )
    assert {"name", "phone"} <= plain_field_names(spec, "driver")
    assert ("delivery", "driver", "many_to_one") in relations(spec)


def test_things_come_from_one_before_their_list() -> None:
    spec = design(
        "Players come from a club (we only need its name), and each player has a name and a "
        "shirt number."
    )
    assert ("player", "club", "many_to_one") in relations(spec)
    assert "shirt_number" in plain_field_names(spec, "player")


def test_what_people_give_us_is_theirs() -> None:
    spec = design(
        "Every tenant has a name and a flat. Tenants can also give us guarantors, each with a "
        "name and a phone."
    )
    assert ("guarantor", "tenant", "many_to_one") in relations(spec)


def test_done_on_one_by_one_belongs_to_the_doer() -> None:
    spec = design(
        "Vents are listed with the address. Each smoke test is carried out on a vent by one "
        "engineer and records the test date."
    )
    assert ("smoke_test", "engineer", "many_to_one") in relations(spec)
    assert ("smoke_test", "vent", "many_to_one") in relations(spec)
    assert not any(source == "engineer" for source, _, _ in relations(spec))


def test_several_take_part_in_each_then_many_is_many_to_many() -> None:
    spec = design(
        "Shows have a title and a date. Several dancers perform in each show, and a dancer can "
        "dance in many shows; for dancers we store their name and the year they learned to "
        "dance."
    )
    assert ("dancer", "show", "many_to_many") in relations(spec) or (
        "show",
        "dancer",
        "many_to_many",
    ) in relations(spec)
    assert "year_learned" in plain_field_names(spec, "dancer")
    assert field_types(spec, "dancer")["year_learned"] == "integer"


def test_each_one_charged_at_one_of_those_just_listed() -> None:
    spec = design(
        "We log each booking with a date and a price. Prices change by season, so we keep a "
        "list of price bands with a name and a rate, and each booking is billed at one of "
        "those."
    )
    assert ("booking", "price_band", "many_to_one") in relations(spec)


def test_how_many_of_one_are_in_one_place() -> None:
    spec = design(
        "- shelves have a code\n- products have a name and a price\n- a shelf stock line says "
        "how many of a product are on a given shelf and the minimum we want there"
    )
    assert ("shelf_stock_line", "product", "many_to_one") in relations(spec)
    assert ("shelf_stock_line", "shelf", "many_to_one") in relations(spec)
    assert {"quantity", "minimum_quantity"} <= plain_field_names(spec, "shelf_stock_line")


def test_picked_from_our_list_of_people() -> None:
    spec = design(
        "Tools have a name. Whenever a tool goes out we write a loan slip with the date and "
        "the job, and pick who took it from our list of members."
    )
    assert ("loan_slip", "member", "many_to_one") in relations(spec)


def test_how_many_will_do_something_is_the_count_of_them() -> None:
    spec = design("Each party has a date and how many guests will attend.")
    assert "guests" in plain_field_names(spec, "party")


def test_a_length_overall_and_a_beam_are_measures() -> None:
    spec = design("Each yacht has a name, a length overall and a beam.")
    types = field_types(spec, "yacht")
    assert types["length_overall"] == "decimal"
    assert types["beam"] == "decimal"


def test_stages_told_roughly() -> None:
    spec = design(
        "Each order has a customer name and a due date, and it goes through stages, roughly "
        "ordered, cut, sewn and delivered."
    )
    assert flows(spec)["order"][1] == ["ordered", "cut", "sewn", "delivered"]


def test_one_for_one_in_one_from_a_time_to_another() -> None:
    spec = design(
        "Guests have a name. Cabins have a number. A booking puts one guest in one cabin from a "
        "start date to an end date."
    )
    assert {"start_date", "end_date"} <= plain_field_names(spec, "booking")
    assert ("booking", "cabin", "many_to_one") in relations(spec)


def test_they_pay_by_one_way_or_another() -> None:
    spec = design(
        "We log each lesson with the date and the fee, and they pay either by card or in cash."
    )
    assert field_options(spec, "lesson")["payment_method"] == ["card", "cash"]


def test_we_take_a_reading_for_one() -> None:
    spec = design(
        "Each meter has a serial number. Whenever we call we take a reading for a meter: the "
        "date, the value and a note."
    )
    assert {"date", "value"} <= plain_field_names(spec, "reading")
    assert ("reading", "meter", "many_to_one") in relations(spec)


def test_a_place_that_can_house_several() -> None:
    spec = design(
        "Each gallery has a name, and a gallery can house several exhibitions, each with a "
        "title and an opening date."
    )
    assert ("exhibition", "gallery", "many_to_one") in relations(spec)


def test_a_bare_record_kept_as_its_request() -> None:
    spec = design(
        "We organise repairs for our vans. Vans have a registration. Each repair request is for "
        "one van and has a date, a cost and a description."
    )
    assert "repair" not in entity_names(spec)
    assert {"date", "cost"} <= plain_field_names(spec, "repair_request")


def test_a_porter_request_leaves_the_porters() -> None:
    spec = design(
        "Porters have a name and a pager number. Each porter request is for one ward and is "
        "given to one porter, with a priority (routine or urgent)."
    )
    assert {"name", "pager_number"} <= plain_field_names(spec, "porter")


def test_who_acts_on_it_in_turn_tells_its_steps() -> None:
    spec = design(
        "Each job has an address. A job starts as booked, the supervisor approves it and the "
        "fitter marks it finished, unless it gets cancelled."
    )
    assert flows(spec)["job"][1] == ["booked", "approved", "finished", "cancelled"]


def test_a_deceased_patient_is_named_for_what_they_are() -> None:
    spec = design(
        "Every deceased patient we receive gets a mortuary number, and we take down their full "
        "name and date of birth."
    )
    assert "mortuary_number" in plain_field_names(spec, "deceased_patient")


def test_we_enter_one_and_its_list_follows_the_colon() -> None:
    spec = design(
        "Seeds are set up with a name and a price per packet. Whenever an order arrives we "
        "enter a seed delivery: which seed, the date, how many packets and the invoice total."
    )
    assert {"date", "packets", "invoice_total"} <= plain_field_names(spec, "seed_delivery")
    assert ("seed_delivery", "seed", "many_to_one") in relations(spec)


def test_one_that_goes_in_with_its_list() -> None:
    spec = design(
        "Ovens have a name. Flours have a name. At the end of each day a bake log entry goes in "
        "with the date, the oven, the flour and the loaves baked."
    )
    assert any("loaves" in name for name in plain_field_names(spec, "log_entry"))
    assert ("log_entry", "oven", "many_to_one") in relations(spec)


def test_lost_track_of_who_names_no_record() -> None:
    spec = design(
        "We enter a few ploughing matches each autumn and honestly I've lost track of who went "
        "where and how we did. So every match wants a name, a venue, a date and the entry fee."
    )
    assert "lost_track" not in entity_names(spec)
    assert {"venue", "date", "entry_fee"} <= plain_field_names(spec, "match")


def test_people_who_are_just_a_list() -> None:
    spec = design("Jobs have an address. The crew here are just a name and a phone number.")
    assert {"name", "phone_number"} <= plain_field_names(spec, "crew_member")


def test_ones_kept_as_their_own_list() -> None:
    spec = design(
        "We deal with the same suppliers over and over, so I'd keep them as their own list "
        "with the supplier's name, phone and email."
    )
    assert {"name", "phone", "email"} <= plain_field_names(spec, "supplier")


def test_a_record_made_for_one_saying_its_list() -> None:
    spec = design(
        "Once a buyer has paid they ring us, and we need a release note for that vehicle (make "
        "and registration) saying which transport firm is collecting and the date they "
        "collected."
    )
    assert ("release_note", "vehicle", "many_to_one") in relations(spec)
    assert ("release_note", "transport_firm", "many_to_one") in relations(spec)
    assert "make" in plain_field_names(spec, "vehicle")


def test_put_on_hold_now_and_again_is_a_pause() -> None:
    spec = design(
        "Claims have a date. A claim starts off pending, goes to ready once the papers are in, "
        "and then settled, or now and again it gets put on hold if the insurer steps in."
    )
    assert flows(spec)["claim"][1] == ["pending", "ready", "settled", "on_hold"]


def test_each_one_names_its_list_and_some_are_just_by_name() -> None:
    spec = design(
        "Depots have a name. Each shipment names the depot, the haulier, the driver who took it "
        "and the weight. Hauliers are stored with a name and a phone, and drivers just by name."
    )
    assert ("shipment", "haulier", "many_to_one") in relations(spec)
    assert "name" in plain_field_names(spec, "driver")
    assert plain_field_names(spec, "haulier") == {"name", "phone"}


def test_logged_as_one_against_its_own() -> None:
    spec = design(
        "Bins have a size. Every bag that comes in or goes out gets logged as a movement "
        "against its bin: date, number of bags and the job it was for."
    )
    assert ("movement", "bin", "many_to_one") in relations(spec)
    assert "date" in plain_field_names(spec, "movement")


def test_kept_simply_then_each_is_for_one() -> None:
    spec = design(
        "Customers I keep simply, just a name and a phone number, and a job is always for one "
        "customer: I put in the site, the metres to fence and the start date."
    )
    assert {"name", "phone_number"} <= plain_field_names(spec, "customer")
    assert ("job", "customer", "many_to_one") in relations(spec)
    assert "start_date" in plain_field_names(spec, "job")


def test_raised_for_each_which_needs_its_list() -> None:
    spec = design(
        "Each project has a title and stages. We raise an invoice for each stage as well, which "
        "only needs an invoice number and the date we sent it."
    )
    assert ("invoice", "stage", "many_to_one") in relations(spec)
    assert "invoice_number" in plain_field_names(spec, "invoice")


def test_put_into_one_we_log_a_record_of_both() -> None:
    spec = design(
        "Kennels have a number. When a dog (name and breed) is put into a kennel we log a stay "
        "with a date in and a date out."
    )
    assert ("stay", "dog", "many_to_one") in relations(spec)
    assert ("stay", "kennel", "many_to_one") in relations(spec)
    assert {"date_in", "date_out"} <= plain_field_names(spec, "stay")


def test_split_into_numbered_ones_on_a_level() -> None:
    spec = design(
        "The warehouse has several aisles, each with a name. An aisle is split into numbered "
        "bays, and every bay sits on a rack level: top, middle or bottom."
    )
    assert "bay" in entity_names(spec)
    assert field_options(spec, "bay")["rack_level"] == ["top", "middle", "bottom"]


def test_one_per_one_given_to_one_then_its_list() -> None:
    spec = design(
        "Pupils: name, year group. Tutors: name, email. One report per pupil, assigned to a "
        "tutor; date requested, status requested > drafted > sent to parents."
    )
    assert ("report", "pupil", "many_to_one") in relations(spec)
    assert flows(spec)["report"][1] == ["requested", "drafted", "sent_to_parents"]


def test_things_that_go_against_one() -> None:
    spec = design(
        "A member account has a name and a credit limit. Payments received go against the "
        "account with a date, an amount and a method (cash, card or cheque)."
    )
    assert ("payment", "member_account", "many_to_one") in relations(spec)


def test_belongs_to_one_with_a_list_of_its_own() -> None:
    spec = design(
        "Estates have a name and a county, and each wall belongs to an estate with a field "
        "name, a length in metres and the stone type."
    )
    assert {"field_name", "length_metres"} <= plain_field_names(spec, "wall")
    assert "field_name" not in plain_field_names(spec, "estate")


def test_the_next_season_it_is_marked() -> None:
    spec = design(
        "Trees have a species. Each planting has a date; a planting starts as planned, goes to "
        "planted, and the next summer is marked as established or failed."
    )
    assert flows(spec)["planting"][1] == ["planned", "planted", "established", "failed"]


def test_logged_as_one_to_one_by_one_on_one() -> None:
    spec = design(
        "Fields have a name. Mowers have a registration, and drivers have a name. Every cut is "
        "logged as a visit to one field by a driver on a mower, with the date and the hours."
    )
    assert {("visit", target, "many_to_one") for target in ("field", "driver", "mower")} <= (
        relations(spec)
    )


def test_each_one_gets_its_own_record() -> None:
    spec = design(
        "Every bike they bring in gets its own record: a frame number, the colour, the fault "
        "and a price."
    )
    assert {"frame_number", "colour", "fault", "price"} <= plain_field_names(spec, "bike")


def test_into_each_go_the_things() -> None:
    spec = design(
        "Cases have a number. Into each case go the documents: for each one we record the "
        "document type and the date we received it."
    )
    assert ("document", "case", "many_to_one") in relations(spec)


def test_from_one_to_another_and_then_either() -> None:
    spec = design(
        "Applications have a date. An application goes from open to with panel, and then it's "
        "either approved or queried, in which case it comes back to us to fix."
    )
    assert flows(spec)["application"][1] == ["open", "with_panel", "approved", "queried"]


def test_the_one_who_did_it_in_a_list() -> None:
    spec = design(
        "Boilers have a make. For each service we record the boiler, the date, the engineer "
        "who did it and the charge."
    )
    assert ("service", "engineer", "many_to_one") in relations(spec)
    assert "engineer" not in plain_field_names(spec, "service")


def test_first_the_things_then_several_at_each() -> None:
    spec = design(
        "So first the markets themselves: the name and the town. At each market we put on a "
        "few stalls, and for each one I'd want the pitch number and the takings."
    )
    assert "first_market" not in entity_names(spec)
    assert ("stall", "market", "many_to_one") in relations(spec)
    assert "takings" in plain_field_names(spec, "stall")


def test_the_record_of_them_holds_a_list() -> None:
    spec = design("The deceased record holds a name, hospital number and date of birth.")
    assert "hospital_number" in plain_field_names(spec, "deceased")


def test_each_of_them_comes_from_one() -> None:
    spec = design(
        "Every stray dog we take in gets a kennel number, and we take down its breed and "
        "colour. Each of them comes in from a council (council name and area)."
    )
    assert ("stray_dog", "council", "many_to_one") in relations(spec)


def test_things_that_go_against_one_after_and() -> None:
    spec = design(
        "A club account has a name. Anything bought on account is entered as a charge with a "
        "date and an amount, and payments received go against the account with a date and a "
        "method (cash or card)."
    )
    assert ("payment", "club_account", "many_to_one") in relations(spec)
    assert "go" not in entity_names(spec)


def test_one_that_goes_in_after_and() -> None:
    spec = design(
        "Kilns have a name and a firing type, gas or electric, and at the end of each day a "
        "firing log entry goes in with the date, the kiln and the pieces fired."
    )
    assert ("log_entry", "kiln", "many_to_one") in relations(spec)
    assert "date" in plain_field_names(spec, "log_entry")


def test_on_that_one_we_note_its_list() -> None:
    spec = design(
        "Shows have a name and a venue. Each of us enters one class at a show, and on that entry "
        "I'd note the placing, the points the judges gave and whether the fee's been paid."
    )
    assert {"placing", "fee_paid"} <= plain_field_names(spec, "entry")
