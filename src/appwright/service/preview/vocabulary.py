"""Words that make sample rows look real: names of people, companies, products, places...

Plain data, used by ``seed.py``. Every list is ASCII (a preview's search and sorting behave the
same on every database) and long enough for ~20 distinct rows.
"""

from __future__ import annotations

FIRST_NAMES = (
    "Ada", "Amara", "Ben", "Carlos", "Chloe", "Daniel", "Elena", "Emeka", "Fatima", "Grace",
    "Hana", "Hugo", "Ines", "Ivan", "Jamal", "Julia", "Kenji", "Laura", "Leo", "Lina",
    "Marco", "Maya", "Nadia", "Noah", "Olivia", "Omar", "Priya", "Rafael", "Sara", "Sofia",
    "Tariq", "Tom", "Valentina", "Wei", "Yara", "Zoe",
)  # fmt: skip

LAST_NAMES = (
    "Adams", "Bauer", "Brown", "Castillo", "Chen", "Costa", "Dubois", "Evans", "Fischer",
    "Garcia", "Hughes", "Ivanova", "Jensen", "Kim", "Kowalski", "Larsen", "Lopez", "Martin",
    "Meyer", "Mwangi", "Nakamura", "Novak", "Okafor", "Patel", "Petrov", "Rossi", "Santos",
    "Schmidt", "Silva", "Singh", "Taylor", "Tanaka", "Walker", "Weber", "Wright", "Young",
)  # fmt: skip

COMPANY_STEMS = (
    "Acme", "Bluebird", "Brightline", "Cedar", "Cobalt", "Evergreen", "Fairview", "Foxglove",
    "Granite", "Harbor", "Ironwood", "Juniper", "Keystone", "Lakeside", "Lumen", "Maple",
    "Meridian", "Northwind", "Oakridge", "Orchid", "Pioneer", "Quartz", "Redwood", "Riverbend",
    "Sequoia", "Silverline", "Summit", "Tidewater", "Vertex", "Willow",
)  # fmt: skip

COMPANY_SUFFIXES = (
    "Labs", "Logistics", "Systems", "Foods", "Health", "Partners", "Studio", "Works",
    "Manufacturing", "Consulting", "Retail", "Energy", "Analytics", "Group", "Supply",
)  # fmt: skip

PRODUCT_ADJECTIVES = (
    "Classic", "Compact", "Deluxe", "Eco", "Essential", "Heavy-duty", "Lightweight", "Mini",
    "Organic", "Premium", "Pro", "Smart", "Solid", "Standard", "Ultra", "Wireless",
)  # fmt: skip

PRODUCT_NOUNS = (
    "Backpack", "Blender", "Bottle", "Cable", "Chair", "Desk Lamp", "Drill", "Headphones",
    "Kettle", "Keyboard", "Monitor Stand", "Notebook", "Router", "Scale", "Speaker", "Tent",
    "Thermos", "Toolkit", "Umbrella", "Water Filter",
)  # fmt: skip

CATEGORY_WORDS = (
    "Office", "Kitchen", "Outdoor", "Electronics", "Travel", "Garden", "Wellness", "Tools",
    "Home", "Sports", "Books", "Cleaning", "Groceries", "Utilities", "Marketing", "Training",
    "Maintenance", "Transport", "Software", "Events",
)  # fmt: skip

PLACES = (
    "Main Office", "North Warehouse", "Room 101", "Studio B", "Front Desk", "Loading Dock",
    "East Wing", "Conference Room A", "Basement Store", "Shop Floor", "Lab 2", "Garden Shed",
    "Second Floor", "Reception", "Back Office",
)  # fmt: skip

CITIES = (
    ("Lyon", "France"), ("Porto", "Portugal"), ("Leeds", "United Kingdom"),
    ("Austin", "United States"), ("Toronto", "Canada"), ("Melbourne", "Australia"),
    ("Munich", "Germany"), ("Osaka", "Japan"), ("Nairobi", "Kenya"), ("Valencia", "Spain"),
    ("Gdansk", "Poland"), ("Utrecht", "Netherlands"), ("Bologna", "Italy"),
    ("Denver", "United States"), ("Cork", "Ireland"),
)  # fmt: skip

STREETS = (
    "Market Street", "Oak Avenue", "Station Road", "High Street", "River Lane", "Park Road",
    "Church Street", "Mill Lane", "Harbour Way", "Elm Drive",
)  # fmt: skip

JOB_TITLES = (
    "Account Manager", "Buyer", "CEO", "Designer", "Engineer", "Finance Director",
    "Head of Operations", "IT Manager", "Marketing Lead", "Office Manager", "Product Owner",
    "Project Manager", "Sales Director", "Support Specialist", "Team Lead",
)  # fmt: skip

DEPARTMENTS = (
    "Sales", "Finance", "Operations", "Engineering", "Support", "Marketing", "HR", "Legal",
    "Purchasing", "Logistics",
)  # fmt: skip

INDUSTRIES = (
    "Software", "Manufacturing", "Retail", "Finance", "Healthcare", "Education", "Logistics",
    "Hospitality", "Construction", "Energy",
)  # fmt: skip

COLORS = (
    "Red", "Blue", "Green", "Orange", "Purple", "Teal", "Yellow", "Grey", "Navy", "Pink",
)  # fmt: skip

CUISINES = ("Italian", "Mexican", "Japanese", "Indian", "French", "Thai", "Greek", "Lebanese")

UNITS = ("kg", "g", "l", "ml", "pcs", "box", "pack", "m")

TASK_PHRASES = (
    "Follow up on the proposal", "Prepare the quarterly review", "Call back about pricing",
    "Send the signed contract", "Review the onboarding checklist", "Fix the login error",
    "Update the product sheet", "Schedule the site visit", "Check the delivery status",
    "Draft the renewal offer", "Replace the broken printer", "Plan the training session",
    "Clean up the customer list", "Confirm the booking", "Answer the billing question",
    "Order replacement parts", "Write the release notes", "Audit the expense reports",
    "Migrate the old records", "Approve the budget request",
)  # fmt: skip

PROJECT_NAMES = (
    "Website redesign", "Spring launch", "Warehouse move", "CRM rollout", "Brand refresh",
    "Mobile app beta", "Office fit-out", "Data cleanup", "Customer portal", "Annual audit",
    "Partner program", "Q3 expansion", "Support revamp", "Pricing review", "Green initiative",
)  # fmt: skip

DISHES = (
    "Lemon garlic chicken", "Mushroom risotto", "Chickpea curry", "Tomato basil soup",
    "Beef tacos", "Greek salad", "Banana bread", "Pad thai", "Veggie lasagna",
    "Salmon teriyaki", "Shakshuka", "Pumpkin pie", "Falafel wraps", "Miso ramen",
)  # fmt: skip

BOOK_TITLES = (
    "The Quiet Harbor", "Letters from the North", "A Map of Small Things", "The Glass Garden",
    "Winter Orchard", "The Last Lighthouse", "Paper Moons", "The Salt Road", "Echoes of Home",
    "A Year of Rain", "The Clockmaker's Daughter", "Beneath the Linden Tree",
)  # fmt: skip

SERVICES = (
    "Haircut", "Consultation", "Deep clean", "Colour treatment", "Installation", "Repair visit",
    "Massage", "Training session", "Inspection", "Express delivery", "Manicure", "Check-up",
)  # fmt: skip

HABITS = (
    "Morning run", "Read 20 pages", "Drink water", "Meditate", "Stretch", "Journal",
    "No sugar", "Practice guitar", "Walk 10k steps", "Learn Spanish",
)  # fmt: skip

EVENTS = (
    "Team offsite", "Product demo", "Quarterly review", "Customer workshop", "Open day",
    "Board meeting", "Trade fair", "Training day", "Launch party", "Town hall",
)  # fmt: skip

ADJECTIVES = (
    "Quick", "Annual", "New", "Weekly", "Main", "Urgent", "Small", "Special", "Regular", "Final",
)  # fmt: skip

SENTENCES = (
    "Called to confirm the details; they will reply by Friday.",
    "Prefers email over phone calls.",
    "Asked for a discount on the second order.",
    "Very happy with the last delivery.",
    "Needs a follow-up meeting next month.",
    "Invoice sent, payment expected within 30 days.",
    "Referred by an existing customer.",
    "Waiting for the updated quote.",
    "Met at the spring trade fair.",
    "Requested a demo for the whole team.",
    "Budget approved for the next quarter.",
    "Moved to a new office in the city centre.",
    "Please double-check the shipping address.",
    "Important account: keep the manager in the loop.",
)  # fmt: skip

EMAIL_DOMAINS = ("example.com", "example.org", "example.net")

INGREDIENTS = (
    "Flour", "Olive oil", "Garlic", "Onion", "Tomatoes", "Basil", "Butter", "Eggs", "Rice",
    "Chickpeas", "Lemon", "Ginger", "Soy sauce", "Spinach", "Mushrooms", "Parmesan",
)  # fmt: skip

DEAL_WORDS = (
    "renewal", "expansion", "pilot", "upgrade", "onboarding", "license deal", "rollout",
    "support contract", "framework agreement", "trial",
)  # fmt: skip
