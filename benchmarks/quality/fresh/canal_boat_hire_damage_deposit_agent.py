"""Canal boat hire damage deposit agent: the first design, before any security review.

A canal boat hire company in England takes a security deposit on each booking
through its card payment provider. When a boat comes back, yard staff photograph
it on a company tablet, as they did at check-in. An LLM agent in the company's
cloud account then compares the check-in and return photos using a hosted vision
model, drafts a damage report, and refunds the whole deposit or keeps part of it
by calling the payment provider's refund API. It e-mails the hirer the outcome;
hirers can reply to the returns mailbox, with their own photos, to dispute it.
Disputes over GBP 200 are passed to the yard manager, who decides in a review
console. Controls in this design: staff sign in to the tablet app and the console,
refunds cannot exceed the deposit held, inbound attachments are type- and
size-checked, the agent's actions are logged, and the API keys sit in a vault.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Canal boat hire damage deposit agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="An agent that assesses returned hire boats for damage and settles deposits.",
)

# ---------------------------------------------------------------- data assets
checkin_photos = tg.Data("Check-in photos", sensitivity=tg.Sensitivity.INTERNAL, kind="media")
return_photos = tg.Data("Return photos", sensitivity=tg.Sensitivity.INTERNAL, kind="media")
return_logged = tg.Data(
    "Return record",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Boat, booking reference, engine hours and the staff member's notes.",
)
hirer_reply = tg.Data(
    "Hirer email reply",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="The hirer's reply to the damage outcome, disputing or explaining it.",
)
hirer_photos = tg.Data("Hirer photos", sensitivity=tg.Sensitivity.PII, kind="media")
booking = tg.Data(
    "Booking record",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Hirer name and contact details, boat, dates, deposit amount, payment reference.",
)
deposit_status = tg.Data("Deposit status", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
assessment = tg.Data(
    "Damage assessment",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="model-output",
    description="Damage the vision model sees in the return photos and not at check-in.",
)
agent_prompt = tg.Data("Agent prompt", sensitivity=tg.Sensitivity.PII, kind="prompt")
completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
damage_report = tg.Data(
    "Damage report",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="Drafted by the agent: damage found, repair cost and the amount kept.",
)
case_history = tg.Data("Deposit case history", sensitivity=tg.Sensitivity.PII, kind="records")
refund_call = tg.Data(
    "Deposit refund instruction",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="tool-call",
    description="Booking, amount to refund and amount to retain.",
)
provider_request = tg.Data(
    "Refund and capture request", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
provider_result = tg.Data(
    "Payment confirmation", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
refund_result = tg.Data(
    "Refund result", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-result"
)
email_call = tg.Data("Outcome email request", sensitivity=tg.Sensitivity.PII, kind="tool-call")
outcome_email = tg.Data("Deposit outcome email", sensitivity=tg.Sensitivity.PII, kind="documents")
dispute_case = tg.Data(
    "Dispute case",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Report, photos, hirer's reply and the agent's proposed amount.",
)
manager_decision = tg.Data(
    "Manager dispute decision", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The person who hired the boat; receives the outcome and may reply to dispute it.
    hirer = tm.add(tg.Actor("Hirer", role="customer"))

with tm.boundary("Boatyard", trust=tg.Trust.INTERNAL):
    # Yard staff do the check-in and return inspections.
    yard_staff = tm.add(tg.Actor("Yard staff", role="boatyard staff"))
    # Company tablet that takes the inspection photos and logs the return.
    tablet = tm.add(
        tg.Device(
            "Yard inspection tablet",
            fleet=True,
            controls={tg.controls.Authentication(method="staff PIN on a company-managed tablet")},
        )
    )
    # Decides disputes over GBP 200.
    yard_manager = tm.add(tg.Actor("Yard manager", role="yard manager"))

with tm.boundary("AI vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that compares the two sets of photos.
    vision = tm.add(
        tg.Model(
            "Boat damage vision model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Finds new scratches, dents and broken fittings on the returned boat.",
        )
    )
    # The language model the agent reasons with and drafts reports and emails with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Holds the deposit authorisation; refunds or captures part of it.
    payments = tm.add(tg.ExternalService("Card payment provider", provides="generic"))

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # Polls the returns mailbox and hands replies and attachments to the agent.
    mailbox = tm.add(
        tg.Service(
            "Returns mailbox poller",
            controls={
                tg.controls.InputValidation(
                    note="only JPEG, PNG and HEIC attachments under 20 MB are kept"
                )
            },
        )
    )
    # Orchestrates each return: assess, report, settle the deposit, tell the hirer.
    agent = tm.add(
        tg.Agent(
            "Deposit returns agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                tg.controls.HumanInTheLoop(
                    approver="yard manager",
                    above="GBP 200 in dispute",
                    note="disputes over GBP 200 go to the yard manager; smaller outcomes go ahead",
                ),
                tg.controls.AuditLogging(retention_days=365),
            },
        )
    )
    # Calls the payment provider to refund the deposit or keep part of it.
    refund_tool = tm.add(
        tg.Tool(
            "Deposit refund tool",
            capabilities={"write", "money-movement"},
            controls={
                tg.controls.TransactionLimits(limit="no more than the deposit held on the booking"),
                tg.controls.SecretsManagement(note="provider API key in the cloud secrets vault"),
            },
        )
    )
    # Sends the outcome and the damage report to the hirer.
    email_tool = tm.add(tg.Tool("Hirer email tool", capabilities={"send-messages"}))
    # Where the manager sees disputes and records a decision.
    console = tm.add(
        tg.Service(
            "Dispute review console",
            controls={
                tg.controls.Authentication(method="Microsoft 365 SSO with MFA"),
                tg.controls.RBAC(),
            },
        )
    )
    # Photos from check-in, return and hirers' replies.
    photo_store = tm.add(
        tg.DataStore(
            "Inspection photo store",
            stores={checkin_photos, return_photos, hirer_photos},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The existing booking system: hirers, bookings and deposits.
    booking_db = tm.add(tg.DataStore("Booking system", stores={booking, deposit_status}))
    # The agent's working record per return: reports, emails, decisions.
    case_store = tm.add(
        tg.DataStore("Deposit case store", stores={damage_report, case_history, hirer_reply})
    )

# ---------------------------------------------------------------- flows
# Inspection at the yard
tm.flow(yard_staff, tablet, return_logged, label="on the tablet")
tm.flow(tablet, photo_store, checkin_photos, return_photos, protocol="https")
tm.flow(tablet, agent, return_logged, protocol="https", label="boat returned")

# Assessment
tm.flow(booking_db, agent, booking)
tm.flow(photo_store, agent, checkin_photos, return_photos, hirer_photos)
tm.flow(agent, vision, checkin_photos, return_photos, hirer_photos, protocol="https")
tm.flow(vision, agent, assessment, protocol="https")
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, case_store, damage_report, case_history)
tm.flow(case_store, agent, case_history, hirer_reply)

# Settling the deposit
tm.flow(agent, refund_tool, refund_call)
tm.flow(refund_tool, payments, provider_request, protocol="https")
tm.flow(payments, refund_tool, provider_result, protocol="https")
tm.flow(refund_tool, agent, refund_result)
tm.flow(agent, booking_db, deposit_status)

# Telling the hirer, and the hirer's replies
tm.flow(agent, email_tool, email_call)
tm.flow(email_tool, hirer, outcome_email, damage_report, protocol="smtp")
tm.flow(hirer, mailbox, hirer_reply, hirer_photos, protocol="smtp")
tm.flow(mailbox, photo_store, hirer_photos)
tm.flow(mailbox, agent, hirer_reply, hirer_photos)

# Disputes over GBP 200
tm.flow(agent, console, dispute_case)
tm.flow(photo_store, console, checkin_photos, return_photos, hirer_photos)
tm.flow(console, yard_manager, dispute_case, protocol="https")
tm.flow(yard_manager, console, manager_decision, protocol="https")
tm.flow(console, agent, manager_decision)
