"""Driving the definition wizard in a browser: a description per step, and generating each."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from playwright.sync_api import Page, expect

from appwright.design.steps import STEP_IDS

Screenshot = Callable[[Page, str], Path]


def at_top(page: Page) -> Page:
    """The page scrolled to the top, so a full-page screenshot has its sticky header there."""
    page.evaluate("window.scrollTo(0, 0)")
    return page


STEP_DESCRIPTIONS = {
    "object-model": (
        "A CRM: companies (name, industry, website), contacts with their name, email and"
        " phone, and deals with an amount, an expected close date and a stage."
    ),
    "relationships": "Contacts work at a company; every deal belongs to a company and a contact.",
    "state-flow": "A deal's stage moves from lead to qualified to proposal, then won or lost.",
    "pages": "A dashboard with the deals per stage, and a page listing deals.",
    "permissions": "Sales reps can edit their own deals; managers see and change everything.",
    "reports": "The total deal amount per stage as a bar chart.",
}
STEP_ROWS = {
    "object-model": 'input[name="entities[0].name"]',
    "relationships": 'input[name="relationships[0].from"]',
    "state-flow": 'input[name="state_flows[0].entity"]',
    "pages": 'input[name="pages[0].name"]',
    "permissions": 'input[name="permissions.rules[0].role"]',
    "reports": 'input[name="reports[0].name"]',
}


def generate_each_step(
    page: Page, screenshot: Screenshot | None = None, prefix: str = "wizard-"
) -> None:
    """Describe every step, press Generate from description, check its form filled, go on."""
    for number, step_id in enumerate(STEP_IDS, start=1):
        expect(page.locator("#wz-step-title")).to_be_visible()
        expect(page.get_by_text(f"Step {number} of 6")).to_be_visible()
        page.get_by_label(re.compile(r"^Describe the ")).fill(STEP_DESCRIPTIONS[step_id])
        page.get_by_role("button", name="Generate from description").click()
        expect(page.locator(".wz-generated")).to_contain_text("Filled in from your description")
        expect(page.locator(STEP_ROWS[step_id])).not_to_have_value("")
        if screenshot is not None:
            screenshot(at_top(page), f"{prefix}{step_id}")
        if number < len(STEP_IDS):
            page.get_by_role("button", name=re.compile(r"^Next: ")).click()
            expect(page.get_by_text(f"Step {number + 1} of 6")).to_be_visible()
