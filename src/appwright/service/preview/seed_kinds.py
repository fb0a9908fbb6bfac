"""What names mean to the preview seed: the kind of thing an entity's rows are, and the words
that tell what a field holds (a date in the future, a code, a sentence).

Example: ``entity_kind`` of an entity ``customer`` with a ``birthday`` field is ``"person"``.
"""

from __future__ import annotations

from appwright.codegen.plan import EntityPlan


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


PERSON_WORDS = _words(
    "person people contact employee member user staff agent student teacher instructor "
    "trainer coach patient doctor nurse guest tenant volunteer driver author owner stylist "
    "technician worker candidate applicant attendee participant customer lead reviewer "
    "manager speaker player parent child resident walker requester assignee buyer seller "
    "subscriber donor vet therapist mentor client"
)


COMPANY_WORDS = _words(
    "company organisation organization supplier vendor manufacturer brand publisher business "
    "firm agency partner account carrier bank distributor"
)


PRODUCT_WORDS = _words(
    "product item article part material equipment tool asset device gear component goods "
    "merchandise"
)


PLACE_WORDS = _words(
    "location room venue site warehouse store shop branch office building property facility "
    "space desk plot"
)


CATEGORY_WORDS = _words(
    "category tag label group type genre kind class topic team shelf collection segment "
    "aisle department"
)


PROJECT_WORDS = _words("project campaign initiative program programme")


EVENT_WORDS = _words("event meeting session workshop conference")


DEAL_WORDS = _words("deal opportunity quote proposal contract")


PERSON_EVIDENCE = frozenset({"birthday", "birth_date", "date_of_birth", "first_name", "dob"})


COMPANY_EVIDENCE = frozenset({"website", "industry", "employee_count", "vat_number", "sector"})


FUTURE_WORDS = _words(
    "due deadline expected expiry expires expiration until end ends planned scheduled next "
    "return renewal close closing deliver delivery valid review follow"
)


PAST_WORDS = _words(
    "created opened joined hired signed started purchased bought received submitted paid "
    "raised last completed finished resolved closed published sent registered logged placed "
    "acquired birth"
)


CODE_FIELDS = _words("sku code reference ref number serial barcode isbn slug")


SENTENCE_FIELDS = _words(
    "description summary notes note comment comments bio body details review reason "
    "preferences instructions why brief remarks message feedback content text"
)


def name_tokens(name: str) -> list[str]:
    return [token for token in name.lower().split("_") if token]


def entity_kind(entity: EntityPlan) -> str:
    """What an entity's rows are: person, company, product, place, category, project, event,
    deal, dish, book, service, habit, ingredient or thing."""
    tokens = name_tokens(entity.name)
    fields = {column.name for column in entity.columns}
    head = tokens[-1] if tokens else ""
    if fields & PERSON_EVIDENCE:
        return "person"
    if head in ("client", "customer", "account", "partner") and fields & COMPANY_EVIDENCE:
        return "company"
    for kind, vocabulary in (
        ("person", PERSON_WORDS),
        ("company", COMPANY_WORDS),
        ("product", PRODUCT_WORDS),
        ("place", PLACE_WORDS),
        ("category", CATEGORY_WORDS),
        ("project", PROJECT_WORDS),
        ("event", EVENT_WORDS),
        ("deal", DEAL_WORDS),
    ):
        if head in vocabulary:
            return kind
    simple = {
        "recipe": "dish", "dish": "dish", "meal": "dish", "book": "book", "novel": "book",
        "service": "service", "treatment": "service", "habit": "habit", "goal": "habit",
        "routine": "habit", "ingredient": "ingredient",
    }  # fmt: skip
    return simple.get(head, "thing")
