"""City farmers market: vendor applications, stall allocation and stall fees.

The city's markets office runs a weekly farmers market. Growers and food makers
apply for a stall through a vendor portal on the city's cloud tenancy, uploading
their business details, product list, food-safety permit and insurance
certificate. A screening service sends each application, together with the
written market rules, to a hosted LLM that recommends accept, reject or ask for
more information, with reasons. A market manager reads the recommendation in
the back-office console and makes the decision on every new vendor. Each week a
scheduler assigns stalls to approved vendors from their preferences and
attendance history, e-mails the allocation, and raises the stall fee, which the
vendor pays on the payment provider's hosted checkout page; the provider reports
the outcome back with a webhook. Vendors sign in with e-mail and password, staff
through the city's single sign-on; traffic is HTTPS and the vendor database is
encrypted at rest. Card details never reach city systems.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Farmers market vendor payments and stall allocation",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Online stall applications screened by an LLM against market rules, manager "
        "approval, weekly stall allocation and stall fees paid through a payment provider."
    ),
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Vendor application",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Business and contact details, product list, permit and insurance documents.",
)
rules = tg.Data(
    "Market rules",
    kind="instructions",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Producer-only rule, product categories, permit requirements.",
)
screening_prompt = tg.Data(
    "Screening prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, market rules and the application text.",
)
recommendation = tg.Data(
    "Screening recommendation",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Accept, reject or ask for more information, with reasons.",
)
decision = tg.Data("Vendor approval decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
vendor_records = tg.Data(
    "Vendor records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Approved vendors, stall preferences, attendance and payment status.",
)
allocation = tg.Data(
    "Weekly stall allocation",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
allocation_notice = tg.Data("Allocation e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)
fee_invoice = tg.Data("Stall fee invoice", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
checkout = tg.Data(
    "Checkout session",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Amount, vendor reference and the hosted checkout link.",
)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_event = tg.Data(
    "Payment status webhook",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Paid, failed or refunded, per checkout session.",
)
vendor_login = tg.Data("Vendor sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can apply for a stall; an applicant is not yet a known vendor.
    vendor = tm.add(tg.Actor("Vendor", role="market vendor"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout and card processing; keeps card data out of city systems.
    payments = tm.add(
        tg.ExternalService(
            "Payment provider",
            description="Hosted checkout pages, card processing and payment webhooks.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reads applications against the market rules and drafts a recommendation.
    llm = tm.add(
        tg.LLM(
            "Screening LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose hosted model called with a fixed screening prompt.",
            controls={c.SupplierAssessment(note="city procurement security questionnaire")},
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail for allocation notices and payment links.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("City cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public web app where vendors apply, see their stall and get their payment link.
    portal = tm.add(
        tg.Endpoint(
            "Vendor portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Builds the screening prompt from the application and the rules, stores the result.
    screening = tm.add(
        tg.Service(
            "Application screening service",
            controls={c.HumanInTheLoop(approver="market manager")},
        )
    )
    # Current market rules, edited by the managers.
    rules_store = tm.add(tg.DataStore("Market rules store", stores={rules}))
    # System of record for applications, vendors, allocations and payment status.
    vendor_db = tm.add(
        tg.DataStore(
            "Vendor database",
            stores={application, recommendation, decision, vendor_records, allocation},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Weekly constraint solver that assigns stalls; no ML.
    scheduler = tm.add(
        tg.Service(
            "Stall scheduler",
            description="Runs every Monday; allocates stalls by preference, seniority and fairness.",
        )
    )
    # Creates checkout sessions for stall fees and records payment outcomes.
    payment_service = tm.add(tg.Service("Stall fee payment service"))

with tm.boundary("City office network", trust=tg.Trust.INTERNAL):
    # Market staff who approve new vendors and maintain the rules.
    manager = tm.add(tg.Actor("Market manager", role="market manager", privileged=True))
    # Back-office screens for reviewing applications and overriding allocations.
    console = tm.add(
        tg.Service(
            "Market back-office console",
            controls={c.Authentication(method="city SSO (OIDC) with MFA"), c.RBAC()},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(vendor, portal, vendor_login, application, protocol="https", label="apply / sign in")
tm.flow(portal, vendor_db, application)
tm.flow(portal, screening, application, label="new application")
tm.flow(rules_store, screening, rules)
tm.flow(screening, llm, screening_prompt, protocol="https")
tm.flow(llm, screening, recommendation, protocol="https")
tm.flow(screening, vendor_db, recommendation)

tm.flow(vendor_db, console, application, recommendation, vendor_records)
tm.flow(manager, console, decision, rules, protocol="https")
tm.flow(console, manager, application, recommendation, protocol="https")
tm.flow(console, vendor_db, decision, label="approve / reject")
tm.flow(console, rules_store, rules, label="edit rules")

tm.flow(vendor_db, scheduler, vendor_records)
tm.flow(scheduler, vendor_db, allocation)
tm.flow(scheduler, mailer, allocation_notice, protocol="https")
tm.flow(mailer, vendor, allocation_notice, protocol="smtp")
tm.flow(vendor_db, portal, allocation, vendor_records, label="my stall")
tm.flow(portal, vendor, allocation, checkout, protocol="https")

tm.flow(scheduler, payment_service, fee_invoice)
tm.flow(payment_service, payments, checkout, protocol="https", label="create checkout session")
tm.flow(payments, payment_service, checkout, protocol="https")
tm.flow(payment_service, vendor_db, checkout, payment_event)
tm.flow(vendor, payments, card_details, protocol="https", label="hosted checkout")
tm.flow(payments, payment_service, payment_event, protocol="https", label="payment webhook")
