"""Data sent to another company's model: what vetting the vendor does and does not do.

Reviewers listed "personal data sent to the LLM vendor, only a supplier assessment
declared" as an important missing threat on many designs (a bank's support agent,
clinical notes, an underwriting assistant, a hotel concierge, an expense auditor):
a supplier assessment made the finding mitigated, so it was never shown. Personal,
regulated or secret data now has its own rule, which only sending less mitigates.
"""

from __future__ import annotations

import pytest

import threatgraph as tg
import threatgraph.controls as c
from threatgraph.findings import Finding

PERSONAL = "ai/personal-data-to-model-provider"
BUSINESS = "ai/third-party-model-provider"


def _to_vendor(
    sensitivity: str, *controls: c.Control, service_controls: tuple[c.Control, ...] = ()
) -> tg.Report:
    tm = tg.ThreatModel("Vendor")
    with tm.boundary("Corp", trust="internal"):
        app = tm.add(tg.Service("Summariser", controls=frozenset(service_controls)))
    with tm.boundary("Vendor", trust="partner"):
        llm = tm.add(tg.LLM("Hosted LLM", origin="third-party-api", controls=frozenset(controls)))
    tm.flow(app, llm, tg.Data("Context", kind="prompt", sensitivity=sensitivity))
    report = tm.analyze()
    assert not report.errors
    return report


def _one(report: tg.Report, rule: str) -> Finding:
    (f,) = report.for_rule(rule)
    return f


@pytest.mark.parametrize("sensitivity", ["pii", "regulated", "secret"])
def test_personal_regulated_or_secret_data_is_the_personal_rule(sensitivity: str) -> None:
    report = _to_vendor(sensitivity)
    assert report.for_rule(BUSINESS) == []
    f = _one(report, PERSONAL)
    assert "vetting the vendor does not limit what it receives" in f.explanation
    assert "CWE-359" in f.cwe


def test_a_supplier_assessment_alone_lowers_it_but_leaves_it_open() -> None:
    vetted = _one(_to_vendor("pii", c.SupplierAssessment()), PERSONAL)
    assert vetted.status is tg.Status.OPEN
    assert vetted.controls_present == ("supplier_assessment",)
    assert vetted.controls_missing == ("data_minimization",)
    assert vetted.status_reason is not None
    assert vetted.status_reason.startswith("partly reduced by supplier_assessment")


def test_sending_less_mitigates_on_the_vendor_or_on_what_builds_the_prompt() -> None:
    on_vendor = _one(_to_vendor("pii", c.DataMinimization()), PERSONAL)
    assert on_vendor.status is tg.Status.MITIGATED
    at_source = _one(_to_vendor("pii", service_controls=(c.DataMinimization(),)), PERSONAL)
    assert at_source.status is tg.Status.MITIGATED


def test_confidential_business_data_is_still_the_vendor_rule_a_vetting_mitigates() -> None:
    report = _to_vendor("confidential", c.SupplierAssessment())
    assert report.for_rule(PERSONAL) == []
    assert _one(report, BUSINESS).status is tg.Status.MITIGATED
