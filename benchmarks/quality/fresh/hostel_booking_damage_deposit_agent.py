"""Hostel damage-deposit agent: the first design, before any security review.

A European hostel chain takes a damage deposit on the guest's card at check-in.
After checkout, housekeeping files a room report with photos from a tablet app.
An LLM agent running in the chain's cloud compares that report with the room's
check-in report, decides how much of the deposit to keep, e-mails the guest an
explanation and refunds the rest through the payment provider's refund API.
The agent calls a hosted LLM from a vendor; bookings and deposits come from the
chain's booking database. Staff sign in to the housekeeping app with the chain's
SSO. Keeping more than EUR 40 of a deposit waits for the hostel's duty manager,
and the refund tool can never refund more than the deposit held for the booking.
Guests who disagree reply to the e-mail; the duty manager handles those replies.
Every decision is written to a decision log. Traffic uses HTTPS and the photo
bucket is encrypted with cloud-managed keys.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hostel damage-deposit agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="An LLM agent decides deposit deductions after checkout, e-mails guests "
    "and refunds the rest.",
)

# ---------------------------------------------------------------- data assets
booking = tg.Data(
    "Booking and deposit record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Guest name, e-mail, room, dates, deposit amount and payment reference.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
checkin_report = tg.Data(
    "Check-in room report",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Room condition recorded by housekeeping before the guest arrives.",
)
checkout_report = tg.Data(
    "Checkout room report",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Housekeeping's notes on damage, missing items and cleaning after checkout.",
)
photos = tg.Data(
    "Room photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos taken at check-in and checkout; may show guests' belongings.",
)
prompt = tg.Data(
    "Deposit assessment prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the deduction policy, both reports and the photos.",
)
assessment = tg.Data("Damage assessment", kind="model-output", sensitivity=tg.Sensitivity.PII)
refund_call = tg.Data(
    "Refund instruction", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
refund_request = tg.Data(
    "Refund request",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Payment reference and amount to release back to the guest's card.",
)
refund_result = tg.Data(
    "Refund confirmation", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
email_call = tg.Data("Explanation e-mail draft", kind="tool-call", sensitivity=tg.Sensitivity.PII)
email = tg.Data("Deposit explanation e-mail", kind="model-output", sensitivity=tg.Sensitivity.PII)
send_result = tg.Data("Send receipt", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
dispute = tg.Data("Guest dispute reply", kind="documents", sensitivity=tg.Sensitivity.PII)
proposed = tg.Data("Proposed deduction", kind="records", sensitivity=tg.Sensitivity.PII)
approval = tg.Data("Deduction approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
decision_log = tg.Data(
    "Deposit decision log",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
payment_api_key = tg.Data(
    "Payment provider API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The guest who stayed: gets the explanation and may reply to dispute it.
    guest = tm.add(tg.Actor("Guest", role="hostel guest"))

with tm.boundary("Hostel sites", trust=tg.Trust.INTERNAL):
    # Files the check-in and checkout room reports and photos from a tablet.
    housekeeper = tm.add(tg.Actor("Housekeeping staff", role="housekeeper"))
    # Approves large deductions and answers guests who dispute a decision.
    manager = tm.add(tg.Actor("Hostel duty manager", role="duty manager", privileged=True))

with tm.boundary("Chain cloud", trust=tg.Trust.INTERNAL):
    # Backend of the housekeeping tablet app, where room reports are submitted.
    report_api = tm.add(
        tg.Endpoint(
            "Housekeeping app API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="chain SSO (OIDC)")},
        )
    )
    # Holds every room report and photo, per room and stay.
    report_store = tm.add(
        tg.DataStore(
            "Room report store",
            stores={checkin_report, checkout_report, photos},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The chain's own booking platform: who stayed, what deposit was taken.
    bookings = tm.add(tg.DataStore("Booking database", stores={booking}))
    # The agent: runs after each checkout, decides the deduction, e-mails, refunds.
    agent = tm.add(
        tg.Agent(
            "Deposit agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Triggered by the checkout event; compares reports, decides the "
            "amount kept, explains it to the guest and refunds the rest.",
            controls={
                c.HumanInTheLoop(approver="hostel duty manager", above="EUR 40 kept per booking"),
                c.CircuitBreaker(max_steps=20),
            },
        )
    )
    # Calls the payment provider's refund API with the chain's API key.
    refund_tool = tm.add(
        tg.Tool(
            "Refund tool",
            capabilities={"money-movement"},
            controls={
                c.TransactionLimits(limit="no more than the deposit held for the booking"),
                c.SecretsManagement(note="API key in the cloud secret manager"),
            },
        )
    )
    # Sends the explanation e-mail to the guest's booking address.
    email_tool = tm.add(tg.Tool("E-mail tool", capabilities={"send-messages"}))
    # Record of every decision, its reasons and the refund made.
    log_store = tm.add(
        tg.DataStore(
            "Decision log", stores={decision_log}, controls={c.AuditLogging(retention_days=730)}
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Multimodal model that reads the reports and photos and drafts the decision.
    llm = tm.add(tg.LLM("Hosted multimodal LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Holds the deposit authorisation on the guest's card and releases refunds.
    psp = tm.add(tg.ExternalService("Payment provider refund API"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service; also receives guests' replies.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

# ---------------------------------------------------------------- flows
tm.flow(housekeeper, report_api, checkin_report, checkout_report, photos, protocol="https")
tm.flow(report_api, report_store, checkin_report, checkout_report, photos)

tm.flow(bookings, agent, booking, label="checkout event")
tm.flow(report_store, agent, checkin_report, checkout_report, photos)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, assessment, protocol="https")

tm.flow(agent, manager, proposed, protocol="https", label="deductions above EUR 40")
tm.flow(manager, agent, approval, protocol="https")

tm.flow(agent, refund_tool, refund_call)
tm.flow(refund_tool, psp, refund_request, payment_api_key, protocol="https")
tm.flow(psp, refund_tool, refund_result, protocol="https")
tm.flow(refund_tool, agent, refund_result)
tm.flow(agent, bookings, refund_result, label="deposit settled")

tm.flow(agent, email_tool, email_call)
tm.flow(email_tool, mailer, email, protocol="https")
tm.flow(mailer, email_tool, send_result, protocol="https")
tm.flow(email_tool, agent, send_result)
tm.flow(mailer, guest, email, protocol="smtp")
tm.flow(guest, mailer, dispute, protocol="smtp", label="reply to dispute")
tm.flow(mailer, manager, dispute, protocol="https", label="dispute inbox")

tm.flow(agent, log_store, decision_log)
