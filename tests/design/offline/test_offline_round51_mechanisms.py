"""Mechanisms measured as the loss on the unseen batches 53 (narrowboat hire and lidos, stock
car racing and motorsport marshals, ice cream vans and farm shops, stained glass studios and
church flower rotas, pick-your-own farms and Christmas markets) and 55 (beach volleyball and surf
lifesaving clubs, hanging baskets and garden centres, haunted attractions and ghost hunts, wine
merchants and tasting clubs, pottery painting cafes and mosaic workshops), and on leftovers of
earlier rounds. Each test designs a sentence of its own end to end, with a twin the change must
leave alone: a figure set for each record once a period, the parts a record is made up of, one
unit after a list of measures, hours logged after *and*, things listed between dashes, *each of
our fields*, the place an owner speaks from, when a status is set, the date a licence runs out,
a list in brackets after *for every*, a result per driver who raced, what can be done to
someone, what comes in and is logged, a remark after the business opening, a header said with
how often, what we note of *it* after several, steps told without *then*, records raised against
one by one of ours, what records themselves are just, one other and a word, a complaint about
the spreadsheet, *that goes ...*, examples in brackets each with a list, one of each after
*where*, every one giving each other one, people spread across places, a match on one of our
courts between two sides, a list opening with the subject's own name, people running a record
with their list in brackets, a flow that ends up either way, a figure that would help, and
what someone unnamed does to one record, and which one of them is doing the act."""

from __future__ import annotations

from offline_spec_views import design, entity_names, field_types, flows, relations, report_titles


def test_a_target_set_each_season_on_each_record_is_a_record_of_its_own() -> None:
    spec = design(
        "Each estate has a name and an area in hectares, and for every season we set a cull "
        "target per species on each estate."
    )
    assert field_types(spec, "cull_target") == {
        "season": "text",
        "species": "text",
        "target": "integer",
        "estate_id": "reference",
    }
    assert ("cull_target", "estate", "many_to_one") in relations(spec)
    assert "season" not in field_types(spec, "estate")


def test_a_budget_set_per_record_every_year_has_the_year() -> None:
    spec = design("Departments have a name. Every year we set a budget per department.")
    assert field_types(spec, "budget") == {
        "year": "integer",
        "budget": "decimal",
        "department_id": "reference",
    }


def test_a_target_set_for_everyone_is_left_as_it_was() -> None:
    spec = design("Reps have a name and an email. We set targets for everyone.")
    assert entity_names(spec) == {"rep"}


def test_the_parts_a_record_is_made_up_of_are_records_with_their_own_list() -> None:
    spec = design(
        "Jobs have a title. Every job is made up of panels, recorded with a width and height "
        "in millimetres and a link to a photo."
    )
    assert field_types(spec, "panel") == {
        "width_mm": "integer",
        "height_mm": "integer",
        "photo": "url",
        "job_id": "reference",
    }
    assert field_types(spec, "job") == {"title": "text"}
    assert ("panel", "job", "many_to_one") in relations(spec)


def test_the_parts_said_alone_are_records_not_a_count() -> None:
    spec = design("Jobs have a title. Every job is made up of panels.")
    assert "panels" not in field_types(spec, "job")
    assert ("panel", "job", "many_to_one") in relations(spec)


def test_a_material_a_record_is_made_of_stays_a_word() -> None:
    spec = design("Tables have a name and a price. Each table is made of oak.")
    assert entity_names(spec) == {"table"}


def test_one_unit_after_a_list_of_measures_is_the_unit_of_each() -> None:
    spec = design("Boxes have a label and a length, width and height in centimetres.")
    assert field_types(spec, "box") == {
        "label": "text",
        "length_cm": "decimal",
        "width_cm": "decimal",
        "height_cm": "decimal",
    }


def test_a_unit_after_one_measure_is_only_its_own() -> None:
    spec = design("Parcels have a label, a colour and a weight in grams.")
    assert field_types(spec, "parcel") == {
        "label": "text",
        "colour": "text",
        "weight_grams": "integer",
    }


def test_hours_logged_against_a_record_after_and_are_a_time_log_of_each_person() -> None:
    spec = design("Jobs have a title, and our glaziers log hours against a job with the date.")
    assert field_types(spec, "time_log") == {
        "hours": "decimal",
        "date": "date",
        "job_id": "reference",
        "glazier_id": "reference",
    }
    assert "hour" not in entity_names(spec)


def test_their_hours_logged_alone_are_still_a_time_log() -> None:
    spec = design("Jobs have a title. Glaziers log their hours against a job with the date.")
    assert {"hours", "date", "job_id", "glazier_id"} <= set(field_types(spec, "time_log"))


def test_the_things_a_record_lists_between_dashes_are_records_and_the_rest_is_its_own() -> None:
    spec = design(
        "Quotes have a date. Each quote lists the windows we measured - room, width and height "
        "in millimetres and louvre size (47mm, 63mm or 89mm) - plus a total price."
    )
    assert field_types(spec, "window") == {
        "room": "text",
        "width_mm": "integer",
        "height_mm": "integer",
        "louvre_size": "enum",
        "quote_id": "reference",
    }
    assert field_types(spec, "quote")["total_price"] == "decimal"


def test_a_record_listing_values_after_a_dash_keeps_them_as_values() -> None:
    spec = design("Quotes have a date. Each quote lists the extras - gutter, fascia or soffit.")
    assert entity_names(spec) == {"quote"}


def test_each_of_our_things_acting_is_each_thing() -> None:
    spec = design("Crops have a name. Each of our fields grows one crop and has a name.")
    assert field_types(spec, "field") == {"name": "text", "crop_id": "reference"}
    assert ("field", "crop", "many_to_one") in relations(spec)


def test_the_place_an_owner_speaks_from_names_no_kind_of_record() -> None:
    spec = design(
        "On our pick-your-own fruit farm, crops (strawberries, raspberries and so on) each have "
        "a name and a price per kilo."
    )
    assert entity_names(spec) == {"crop"}


def test_a_place_with_things_after_it_is_left_as_it_was() -> None:
    spec = design("At our bakery, bread and cakes are made fresh. Loaves have a name and a price.")
    assert "loaf" in entity_names(spec)
    assert not any(name.startswith("bakery") for name in entity_names(spec))


def test_when_a_status_is_set_names_no_field() -> None:
    spec = design(
        "Fields have a name and a picking status of open, closed or picked out, which we set "
        "every morning."
    )
    assert set(field_types(spec, "field")) == {"name", "picking_status"}


def test_the_date_a_licence_runs_out_is_its_expiry_date() -> None:
    spec = design("Marshals have a name, an email and the date their licence runs out.")
    assert field_types(spec, "marshal")["licence_expiry_date"] == "date"
    assert "runs_on" not in field_types(spec, "marshal")


def test_stock_that_runs_out_is_left_as_it_was() -> None:
    spec = design("Products have a name and a price. We reorder when stock runs out.")
    assert not any("expir" in name for name in field_types(spec, "product"))


def test_what_a_record_has_in_brackets_is_its_list_before_the_sentence_goes_on() -> None:
    spec = design(
        "For every event day (it has a name and a date) I set up the marshal posts, each with "
        "a post number and a location."
    )
    assert field_types(spec, "event_day") == {"name": "text", "date": "date"}
    assert ("marshal_post", "event_day", "many_to_one") in relations(spec)


def test_a_result_per_person_who_took_part_giving_a_list_is_a_record_of_both() -> None:
    spec = design(
        "Drivers have a name. Heats have a name. For each heat we enter a result per driver who "
        "raced in it, giving their finishing position and the points scored."
    )
    assert field_types(spec, "result") == {
        "finishing_position": "integer",
        "points_scored": "integer",
        "heat_id": "reference",
        "driver_id": "reference",
    }
    assert field_types(spec, "driver") == {"name": "text"}


def test_what_can_be_done_to_someone_kept_as_a_record_is_theirs() -> None:
    spec = design(
        "Members have a name. Members can be suspended, and each suspension has a start date "
        "and a reason."
    )
    assert ("suspension", "member", "many_to_one") in relations(spec)


def test_a_record_after_a_different_act_is_left_alone() -> None:
    spec = design("Drivers have a name. Drivers can be fined; each penalty has an amount.")
    assert ("penalty", "driver", "many_to_one") not in relations(spec)


def test_what_comes_in_and_is_logged_against_a_record_is_its_record() -> None:
    spec = design(
        "Boats have a name. When a fault comes in we log it against the boat with the date "
        "reported, what's wrong, how urgent it is (can wait, today, or boat can't move) and "
        "where the boat is moored right now."
    )
    assert field_types(spec, "fault") == {
        "date_reported": "date",
        "problem": "text",
        "urgency": "enum",
        "location": "text",
        "boat_id": "reference",
    }
    assert ("fault", "boat", "many_to_one") in relations(spec)


def test_what_we_log_when_someone_else_acts_is_left_as_it_was() -> None:
    spec = design("Boats have a name. When a hirer rings we log it in the diary.")
    assert "hirer" not in entity_names(spec)


def test_a_remark_after_the_business_opening_ties_nothing_to_it() -> None:
    spec = design(
        "We're a family-run hire base with about twenty narrowboats, and what keeps biting us "
        "is faults - hirers ring mid-holiday because the engine won't start, and the message "
        "gets lost somewhere between the office and the yard. Boats have a name."
    )
    assert not any("hire_base" in name for name in entity_names(spec))
    assert not {"office", "yard"} & entity_names(spec)


def test_between_two_records_in_its_own_clause_still_ties_them() -> None:
    spec = design(
        "Teams have a name. Fixtures are played between a home team and an away team on a date."
    )
    assert field_types(spec, "fixture") == {
        "date": "date",
        "away_team_id": "reference",
        "home_team_id": "reference",
    }


def test_a_header_said_with_how_often_is_named_by_the_record() -> None:
    spec = design(
        "Sessions: date, start time.\nWater temp log every morning: date, temperature, taken by."
    )
    assert entity_names(spec) == {"session", "water_temp_log"}


def test_what_we_note_of_it_after_several_goes_on_their_list() -> None:
    spec = design(
        "Volunteers have a name. Services have a date. Each service needs several arrangements, "
        "each with a place in church (altar, font, porch or pedestal) and done by one volunteer, "
        "and we note whether it was given in memory of someone and the name of the person "
        "remembered."
    )
    assert field_types(spec, "arrangement") == {
        "place_in_church": "enum",
        "given_in_memory_of": "boolean",
        "name_of_person_remembered": "text",
        "service_id": "reference",
        "volunteer_id": "reference",
    }
    assert field_types(spec, "service") == {"name": "text", "date": "date"}


def test_what_we_note_of_the_whole_after_several_stays_the_wholes() -> None:
    spec = design(
        "Services have a date. Each service needs several arrangements, each with a place, and "
        "we note the vicar's name."
    )
    assert "vicars_name" not in field_types(spec, "arrangement")


def test_steps_told_after_starts_as_without_then_are_its_flow() -> None:
    spec = design(
        "Sign-ups have a date. A sign-up starts as requested, I confirm it, and after the day "
        "it's marked attended, unless they withdrew."
    )
    assert flows(spec) == {
        "sign_up": ("status", ["requested", "confirmed", "attended", "withdrawn"])
    }


def test_an_act_after_a_comma_with_no_starts_as_is_no_step() -> None:
    spec = design("Sign-ups have a date and a note, I confirm it by phone.")
    assert flows(spec) == {}


def test_records_raised_against_one_by_one_of_ours_with_a_list_are_of_both() -> None:
    spec = design(
        "Buildings have a name. Defects are raised against a building by one of our surveyors, "
        "with where on the roof it is, a link to a photo and an estimated repair cost."
    )
    assert field_types(spec, "defect") == {
        "where_on_roof": "text",
        "photo": "url",
        "estimated_repair_cost": "decimal",
        "building_id": "reference",
        "surveyor_id": "reference",
    }
    assert "photo" not in field_types(spec, "surveyor")


def test_records_raised_against_one_with_no_one_raising_them_keep_their_reading() -> None:
    spec = design(
        "Buildings have a name. Defects are raised against a building, with a photo and an "
        "estimated repair cost."
    )
    assert entity_names(spec) == {"building", "defect"}


def test_what_the_records_themselves_are_just_is_their_list() -> None:
    spec = design(
        "The wines themselves are just a producer, a name, a region and a colour (red, white, "
        "rosé or sparkling)."
    )
    assert set(field_types(spec, "wine")) == {"producer", "name", "region", "colour"}


def test_a_record_that_is_one_other_and_a_word_with_a_list_points_at_the_other() -> None:
    spec = design(
        "Wines have a producer and a name. A case is one particular wine and vintage, with how "
        "many bottles are in it and which bay it sits in."
    )
    assert field_types(spec, "case") == {
        "vintage": "integer",
        "bottles": "integer",
        "bay": "text",
        "wine_id": "reference",
    }


def test_a_complaint_about_the_spreadsheet_names_no_record() -> None:
    spec = design(
        "We keep wine in our cellar for customers, and the spreadsheet has got completely out "
        "of hand. Customers have a name."
    )
    assert "spreadsheet" not in entity_names(spec)


def test_that_going_through_steps_after_a_record_raised_is_its_flow() -> None:
    spec = design(
        "Cases have a bay. When somebody wants a case back we raise a withdrawal with the date, "
        "and that goes pending, then picked, then dispatched."
    )
    assert flows(spec) == {"withdrawal": ("status", ["pending", "picked", "dispatched"])}
    assert "picked" not in field_types(spec, "withdrawal")


def test_examples_in_brackets_each_with_a_list_give_the_thing_its_list() -> None:
    spec = design(
        "Each painter chooses a blank from our shelves (mugs, plates, figurines and so on, each "
        "with a name and a price), and once it's painted we label the piece with a surname."
    )
    assert field_types(spec, "blank") == {"name": "text", "price": "decimal"}


def test_examples_in_brackets_alone_name_no_list() -> None:
    spec = design("Each painter chooses a blank (mugs, plates or figurines) and a glaze colour.")
    assert "blank" not in entity_names(spec)


def test_a_record_said_to_be_one_of_each_after_where_is_theirs() -> None:
    spec = design(
        "Actors have a name. Rooms have a name. Our actors sign up for shifts, where a shift is "
        "one actor in one room on a given night, with the date, a start time and whether they "
        "need make-up doing."
    )
    assert field_types(spec, "shift") == {
        "date": "date",
        "start_time": "datetime",
        "need_make_up_doing": "boolean",
        "actor_id": "reference",
        "room_id": "reference",
    }
    assert field_types(spec, "actor") == {"name": "text"}


def test_every_one_giving_each_other_a_record_makes_a_record_of_the_pair() -> None:
    spec = design(
        "Members have a name. Wines have a grape. Afterwards every member gives each wine a "
        "score out of 20."
    )
    assert ("score", "member", "many_to_one") in relations(spec)
    assert ("score", "wine", "many_to_one") in relations(spec)
    assert ("member", "wine", "many_to_one") not in relations(spec)


def test_people_spread_across_places_after_the_business_opening_are_ours() -> None:
    spec = design(
        "Every October we open a haunted house attraction with scare actors spread across "
        "themed rooms. A room has a name."
    )
    assert entity_names(spec) == {"scare_actor", "room"}


def test_a_match_played_on_one_of_our_courts_between_two_sides_points_at_both() -> None:
    spec = design(
        "Teams have a name. Every match is played on one of our sand courts at a set start time "
        "between a home team and an away team, and we record the sets won by each side."
    )
    types = field_types(spec, "match")
    assert {"start_time", "home_sets", "away_sets", "home_team_id", "away_team_id"} <= set(types)
    assert ("match", "sand_court", "many_to_one") in relations(spec)
    assert ("sand_court", "team", "many_to_one") not in relations(spec)


def test_a_bout_on_a_date_at_a_venue_keeps_the_venue() -> None:
    spec = design(
        "Teams have a name. Bouts are played between a home team and an away team on a date at "
        "a venue (name, address, capacity), and we record the final score for each side."
    )
    assert ("bout", "venue", "many_to_one") in relations(spec)
    assert "date" in field_types(spec, "bout")


def test_a_list_opening_with_the_subjects_own_name_is_the_subjects() -> None:
    spec = design(
        "Seasons have a name and a start date, and teams enter a season with a team name, a "
        "captain's email and the division they play in (open, mixed or women's)."
    )
    assert field_types(spec, "team") == {
        "name": "text",
        "captain_email": "email",
        "division": "enum",
        "season_id": "reference",
    }
    assert field_types(spec, "season") == {"name": "text", "start_date": "date"}


def test_people_running_a_record_with_their_list_in_brackets_are_a_record() -> None:
    spec = design(
        "Every Sunday morning there's a session with a date and a note on the beach conditions, "
        "run by one of our volunteer age managers (we keep their name and when their bronze "
        "medallion expires)."
    )
    assert field_types(spec, "age_manager") == {
        "name": "text",
        "bronze_medallion_expiry_date": "date",
    }
    assert ("session", "age_manager", "many_to_one") in relations(spec)


def test_a_flow_that_ends_up_either_one_or_another_ends_in_both() -> None:
    spec = design(
        "Courts have a name. Bookings have a date. A booking starts as reserved, becomes paid, "
        "and ends up either played or no-show."
    )
    assert flows(spec) == {"booking": ("status", ["reserved", "paid", "played", "no_show"])}


def test_ends_up_in_a_sentence_with_no_flow_is_no_step() -> None:
    spec = design("Courts have a name. Every lost ball ends up in the office.")
    assert flows(spec) == {}


def test_a_figure_that_would_help_with_something_is_a_report() -> None:
    titles = report_titles(
        "Courts have a name. Bookings have a date and a court. Bookings per court per month "
        "would help me decide where to put the new lights."
    )
    assert titles == ["Bookings per court per month"]


def test_help_that_names_no_figure_is_no_report() -> None:
    titles = report_titles(
        "Courts have a name. Bookings have a date. A new booking screen would help the staff."
    )
    assert titles == []


def test_what_someone_does_to_one_with_a_list_is_the_act_record() -> None:
    spec = design("Courts have a name. Someone books a court for a date and a start time.")
    assert field_types(spec, "booking") == {
        "date": "date",
        "start_time": "datetime",
        "court_id": "reference",
    }
    assert "book" not in entity_names(spec)


def test_what_someone_borrows_is_a_loan_of_it() -> None:
    spec = design("Tools have a name. Someone borrows a tool with a return date.")
    assert ("loan", "tool", "many_to_one") in relations(spec)
    assert field_types(spec, "tool") == {"name": "text"}


def test_someone_named_with_no_list_is_left_as_it_was() -> None:
    spec = design("Courts have a name and a surface. Someone books a court.")
    assert "booking" not in entity_names(spec)


def test_which_one_of_them_is_doing_the_act_is_a_link_to_them() -> None:
    spec = design(
        "Members have a name. For each tasting we write down the date, the theme and which "
        "member is hosting."
    )
    assert ("tasting", "member", "many_to_one") in relations(spec)
    assert "which_member_is_hosting" not in field_types(spec, "tasting")


def test_which_colour_is_showing_names_no_record() -> None:
    spec = design("Jobs have a title and which colour is showing.")
    assert entity_names(spec) == {"job"}
