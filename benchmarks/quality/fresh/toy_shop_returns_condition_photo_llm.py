"""Toy shop returns assistant: the first design, before any security review.

A chain of toy shops lets customers start a return online: on the returns portal
they give their order number and e-mail address, describe what is wrong and
upload photos of the toy. An assessment service looks up the order and the
returns policy, and asks a hosted multimodal LLM to judge the toy's condition
from the photos and description and to propose a refund, an exchange or a
rejection. Store staff see the case and the proposal on a returns console and
approve or change it; on approval a refund and exchange service issues the
refund through the payment provider or reserves the exchange, and the customer
is e-mailed the outcome. Controls in this design: HTTPS to the portal, order
number and e-mail check, upload checks and rate limits on the portal, staff
SSO with MFA and roles on the console, staff approval before any refund, the
payment provider key in a vault, encryption of stored photos, audit log of cases.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Toy shop returns condition assistant",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Assesses returned toys from customers' photos and descriptions and proposes a "
        "refund or exchange for store staff to approve."
    ),
)

# ---------------------------------------------------------------- data assets
return_request = tg.Data(
    "Return request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Order number, e-mail address, item, reason and the customer's description.",
)
photos = tg.Data(
    "Toy condition photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Customer photos of the toy; may show their home or their children.",
)
case_ref = tg.Data("Return case reference", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
order_query = tg.Data("Order lookup", kind="records", sensitivity=tg.Sensitivity.PII)
order = tg.Data(
    "Order record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Customer, items, prices paid, payment reference and delivery address.",
)
policy = tg.Data(
    "Returns policy and product details", kind="documents", sensitivity=tg.Sensitivity.INTERNAL
)
prompt = tg.Data(
    "Assessment prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, policy extract, order lines, the description and the photos.",
)
assessment = tg.Data(
    "Condition assessment and proposal",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Condition grade, reasoning and proposed refund, exchange or rejection.",
)
case = tg.Data(
    "Returns case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
staff_decision = tg.Data(
    "Staff return decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
refund_request = tg.Data(
    "Refund request",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Original payment reference and refund amount.",
)
refund_result = tg.Data(
    "Refund confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
outcome = tg.Data("Return outcome notice", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone who bought a toy, online or in a shop, and wants to return it.
    customer = tm.add(tg.Actor("Customer", role="customer"))

with tm.boundary("Retail cloud", trust=tg.Trust.INTERNAL):
    # Where customers start a return and upload their photos.
    portal = tm.add(
        tg.Endpoint(
            "Returns portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="order number and e-mail address"),
                c.InputValidation(note="image type and size checks on upload"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Object storage for the uploaded photos.
    photo_bucket = tm.add(
        tg.DataStore(
            "Return photo bucket",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Gathers order, policy and photos, asks the LLM and opens the case.
    assessor = tm.add(tg.Service("Returns assessment service"))
    # The returns rules and product care details the assessment must follow.
    policy_store = tm.add(tg.DataStore("Returns policy and product catalogue", stores={policy}))
    # Each return, the model's proposal and what staff decided.
    case_store = tm.add(
        tg.DataStore("Returns case store", stores={case}, controls={c.AuditLogging()})
    )
    # The web app store staff use to review and approve proposals.
    console = tm.add(
        tg.Endpoint(
            "Staff returns console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="staff SSO with MFA"), c.RBAC()},
        )
    )

with tm.boundary("Core retail systems", trust=tg.Trust.INTERNAL):
    # The existing order management system.
    orders = tm.add(tg.DataStore("Order management system", stores={order}))
    # Issues approved refunds through the payment provider or reserves the exchange toy.
    refunds = tm.add(
        tg.Service(
            "Refund and exchange service",
            controls={
                c.HumanInTheLoop(approver="store staff member on the returns console"),
                c.SecretsManagement(note="payment provider API key in the vault"),
            },
        )
    )

with tm.boundary("Store network", trust=tg.Trust.INTERNAL):
    # Shop-floor staff who check the proposal, and the toy when it is brought in.
    staff = tm.add(tg.Actor("Store staff member", role="store staff"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A hosted model that reads images and text.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Judges the toy's condition against the policy and proposes an outcome.",
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Refunds go back to the card or wallet the order was paid with.
    psp = tm.add(tg.ExternalService("Payment service provider"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends the transactional e-mail telling the customer the outcome.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

# ---------------------------------------------------------------- flows
# Starting a return
tm.flow(customer, portal, return_request, photos, protocol="https")
tm.flow(portal, customer, case_ref, protocol="https")
tm.flow(portal, photo_bucket, photos, protocol="https")
tm.flow(portal, assessor, return_request)

# Assessment
tm.flow(assessor, orders, order_query, protocol="https")
tm.flow(orders, assessor, order, protocol="https")
tm.flow(policy_store, assessor, policy)
tm.flow(photo_bucket, assessor, photos)
tm.flow(assessor, llm, prompt, protocol="https")
tm.flow(llm, assessor, assessment, protocol="https")
tm.flow(assessor, case_store, case)

# Staff review and approval
tm.flow(case_store, console, case)
tm.flow(photo_bucket, console, photos)
tm.flow(console, staff, case, photos, protocol="https")
tm.flow(staff, console, staff_decision, protocol="https")
tm.flow(console, case_store, staff_decision)
tm.flow(console, refunds, staff_decision, protocol="https")

# Refund or exchange, and telling the customer
tm.flow(refunds, psp, refund_request, protocol="https")
tm.flow(psp, refunds, refund_result, protocol="https")
tm.flow(refunds, case_store, refund_result, protocol="https")
tm.flow(refunds, mailer, outcome, protocol="https")
tm.flow(mailer, customer, outcome, protocol="smtp")
