"""Guest damage-deposit agent for a holiday-let management company: first design.

Guests pay a security deposit through our payment provider's hosted page when
they book. After each checkout an LLM agent in our cloud account settles the
deposit: it pulls the check-in photos and the cleaners' checkout photos and
report, asks a vendor-hosted vision LLM to compare them, and returns up to the
full deposit through the payment provider's refund API for routine cases.
Cases where the damage looks larger than the deposit go to the operations
team's queue. Cleaners upload photos and reports from a phone app; property
owners see every decision in the owner portal and can dispute it, and the
operations team works the disputes. Controls in this design: sign-in on the
cleaner API and the owner portal, TLS on external links, a step limit on the
agent, refunds capped by the provider at the deposit held, the provider API key
in a vault, encrypted photo storage and an audit trail of decisions.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Holiday-let guest damage deposit agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "pci-dss"},
    description="An LLM agent that settles guests' security deposits after checkout.",
)

# ---------------------------------------------------------------- data assets
card_payment = tg.Data(
    "Deposit card payment",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Card details entered on the provider's hosted page; we never see the PAN.",
)
booking = tg.Data(
    "Booking and deposit record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Guest name, contact details, stay dates, property, deposit held and its payment token.",
)
checkin_photos = tg.Data(
    "Check-in photos",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Photos of each room taken by the cleaner when preparing the property.",
)
checkout_photos = tg.Data(
    "Checkout photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos after the stay; may show guests' belongings left behind.",
)
cleaning_report = tg.Data(
    "Cleaner's report",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text notes on damage, breakages and extra cleaning, naming the booking.",
)
cleaner_login = tg.Data("Cleaner sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
assessment_prompt = tg.Data(
    "Damage assessment prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the paired photos and the cleaner's report.",
)
assessment = tg.Data("Damage assessment", kind="model-output", sensitivity=tg.Sensitivity.PII)
photo_request = tg.Data("Photo lookup", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
evidence = tg.Data(
    "Photos and report for a booking",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
)
refund_call = tg.Data(
    "Deposit refund instruction",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Booking, amount to return and amount to keep, with the reason.",
)
refund_request = tg.Data(
    "Provider refund request",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Payment token and amount, sent with our provider API key.",
)
refund_result = tg.Data(
    "Refund confirmation", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
escalation = tg.Data("Escalated damage case", kind="tool-call", sensitivity=tg.Sensitivity.PII)
decision = tg.Data(
    "Deposit decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Amount returned and kept, the reasons and the photos relied on.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
dispute = tg.Data("Owner dispute", kind="records", sensitivity=tg.Sensitivity.PII)
refund_notice = tg.Data("Refund notice", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The guest whose deposit is held; pays and is refunded through the provider.
    guest = tm.add(tg.Actor("Guest", role="holiday guest"))
    # Contract cleaners who turn properties round between stays.
    cleaner = tm.add(tg.Actor("Cleaner", role="contract cleaner"))
    # The phone app cleaners take photos and write reports in.
    cleaner_app = tm.add(
        tg.Device(
            "Cleaner phone app",
            description="iOS/Android app on the cleaners' own phones.",
        )
    )
    # Owners of the properties we let; they see decisions and can dispute them.
    owner = tm.add(tg.Actor("Property owner", role="owner"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Holds the deposit on the guest's card and refunds it on our instruction.
    payments = tm.add(
        tg.ExternalService(
            "Payment provider",
            description="Hosted payment page, card tokens and a refunds API.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Compares the before and after photos and reads the cleaner's report.
    vision_llm = tm.add(
        tg.LLM(
            "Hosted vision LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="A multimodal model behind the vendor's API.",
        )
    )

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # Where the cleaner app uploads photos and reports.
    cleaner_api = tm.add(
        tg.Endpoint(
            "Cleaning report API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password in the cleaner app")},
        )
    )
    # Owners' web portal: decisions on their properties and a dispute form.
    owner_portal = tm.add(
        tg.Endpoint(
            "Owner portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Bookings, guests and deposits; raises the checkout event the agent starts from.
    pms = tm.add(tg.DataStore("Property management system", stores={booking}))
    # Object storage for all property photos and cleaning reports.
    photo_store = tm.add(
        tg.DataStore(
            "Photo and report store",
            stores={checkin_photos, checkout_photos, cleaning_report},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The agent that decides how much of each deposit to return.
    agent = tm.add(
        tg.Agent(
            "Deposit settlement agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Runs once per checkout; returns up to the full deposit without a person.",
            controls={c.CircuitBreaker(max_steps=15)},
        )
    )
    # Read-only lookup of the photos and report for one booking.
    photo_tool = tm.add(
        tg.Tool(
            "Property photo lookup",
            capabilities={"read"},
            description="Fetches check-in and checkout photos and the report by booking id.",
        )
    )
    # Tells the payment provider how much of the deposit to return.
    refund_tool = tm.add(
        tg.Tool(
            "Deposit refund tool",
            capabilities={"money-movement"},
            controls={
                c.TransactionLimits(
                    limit="the deposit held for the booking",
                    note="the provider refuses refunds above the amount captured",
                ),
                c.SecretsManagement(note="provider API key in the cloud secrets manager"),
            },
        )
    )
    # Hands non-routine cases (damage above the deposit) to the operations team.
    escalation_tool = tm.add(
        tg.Tool(
            "Operations escalation queue",
            capabilities={"write"},
        )
    )
    # Every decision with its reasons; what owners and operations read.
    decision_log = tm.add(
        tg.DataStore(
            "Deposit decision log",
            stores={decision, dispute},
            controls={c.AuditLogging()},
        )
    )

with tm.boundary("Head office network", trust=tg.Trust.INTERNAL):
    # Staff who handle escalated cases and owners' disputes.
    ops = tm.add(tg.Actor("Operations team", role="guest operations staff"))

# ---------------------------------------------------------------- flows
# deposit taken at booking
tm.flow(guest, payments, card_payment, protocol="https", label="pays deposit")
tm.flow(payments, pms, booking, protocol="https", label="payment token webhook")

# cleaners' photos and reports
tm.flow(cleaner, cleaner_app, checkin_photos, checkout_photos, cleaning_report)
tm.flow(
    cleaner_app,
    cleaner_api,
    cleaner_login,
    checkin_photos,
    checkout_photos,
    cleaning_report,
    protocol="https",
)
tm.flow(cleaner_api, photo_store, checkin_photos, checkout_photos, cleaning_report)

# settlement after checkout
tm.flow(pms, agent, booking, label="checkout event")
tm.flow(agent, photo_tool, photo_request)
tm.flow(photo_tool, photo_store, photo_request)
tm.flow(photo_store, photo_tool, checkin_photos, checkout_photos, cleaning_report)
tm.flow(photo_tool, agent, evidence)
tm.flow(agent, vision_llm, assessment_prompt, protocol="https")
tm.flow(vision_llm, agent, assessment, protocol="https")
tm.flow(agent, refund_tool, refund_call)
tm.flow(refund_tool, payments, refund_request, protocol="https")
tm.flow(payments, refund_tool, refund_result, protocol="https")
tm.flow(refund_tool, agent, refund_result)
tm.flow(payments, guest, refund_notice, label="refund e-mail")
tm.flow(agent, escalation_tool, escalation)
tm.flow(escalation_tool, ops, escalation)
tm.flow(agent, decision_log, decision)
tm.flow(agent, pms, decision, label="deposit outcome")

# owners and disputes
tm.flow(decision_log, owner_portal, decision)
tm.flow(owner_portal, owner, decision, protocol="https")
tm.flow(owner, owner_portal, dispute, protocol="https")
tm.flow(owner_portal, decision_log, dispute)
tm.flow(decision_log, ops, decision, dispute, protocol="https")
tm.flow(ops, decision_log, decision, protocol="https", label="dispute outcome")
tm.flow(
    ops,
    payments,
    refund_request,
    protocol="https",
    label="manual adjustment in the provider dashboard",
)
