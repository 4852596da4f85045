"""Plasma donor centre scheduling: the first design, before any security review.

Donors of an EU plasma donation service book appointments in a chat on the
donor website, signed in to their donor account. An LLM agent runs the chat: it
asks the pre-screening questions (recent travel, illness, new tattoos or
piercings), reads the donor's last donation date from the donor database to
check the minimum donation interval, offers and books free slots in the centre's
appointment calendar, and schedules SMS reminders. The model is hosted by a
vendor in the EU under a data processing agreement. On the day, centre staff do
the medical screening and record the donation in the donor management app, which
issues the donor's payment voucher through a voucher provider and records it in
the donor database. Controls in this design: donor sign-in, chat rate limits, a
step limit on the agent, staff SSO with role-based access, encryption at rest of
the donor database, and TLS to every outside service.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Plasma donor centre scheduling agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Chat agent that pre-screens plasma donors, books appointments and "
    "sends reminders; staff screen on the day and issue payment vouchers.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data("Donor chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
chat_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
prescreen_answers = tg.Data(
    "Pre-screening answers",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Answers on recent travel, illness, medication, tattoos and piercings: "
    "health data.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
donor_record = tg.Data(
    "Donor record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Identity, contact details, donation history, deferrals and screening results.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
deferral_rules = tg.Data(
    "Deferral rules",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Donation intervals and deferral periods set by the medical director.",
)
prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.REGULATED)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
donor_lookup = tg.Data("Donor lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
donor_summary = tg.Data(
    "Donor eligibility summary",
    kind="tool-result",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Last donation date, active deferrals and the pre-screening answers saved.",
)
booking_call = tg.Data("Booking call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
slots = tg.Data(
    "Free slots and booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
appointment = tg.Data("Appointment", kind="records", sensitivity=tg.Sensitivity.PII)
reminder_call = tg.Data("Reminder call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
reminder_sms = tg.Data("Appointment reminder", kind="documents", sensitivity=tg.Sensitivity.PII)
screening_result = tg.Data(
    "Screening and donation record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="On-the-day medical screening, outcome and plasma volume collected.",
)
voucher_request = tg.Data(
    "Voucher issue request", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
voucher = tg.Data(
    "Payment voucher",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="E-voucher code and value for one donation.",
)
transcript = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Donors and would-be donors chatting from their own phones or computers.
    donor = tm.add(tg.Actor("Donor", role="donor"))

with tm.boundary("Donor services cloud", trust=tg.Trust.INTERNAL):
    # The chat API behind the donor website's chat widget.
    chat_api = tm.add(
        tg.Endpoint(
            "Donor chat API",
            purpose="api",
            controls={
                c.Authentication(method="donor account e-mail and password"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Runs the conversation: pre-screening, interval check, booking, reminders.
    agent = tm.add(
        tg.Agent(
            "Scheduling agent",
            autonomy="autonomous",
            controls={c.CircuitBreaker(max_steps=15)},
        )
    )
    # Reads the donor's history and saves the pre-screening answers to their record.
    donor_tool = tm.add(tg.Tool("Donor record tool", capabilities={"read", "write"}))
    # Lists free slots and books, moves or cancels appointments.
    booking_tool = tm.add(
        tg.Tool("Appointment booking tool", capabilities={"read", "write", "delete"})
    )
    # Schedules SMS reminders for booked appointments.
    reminder_tool = tm.add(tg.Tool("Reminder tool", capabilities={"send-messages"}))
    # Each centre's chairs and opening hours, and who is booked in.
    calendar = tm.add(tg.DataStore("Appointment calendar", stores={appointment}))
    # Kept for complaints and to improve the prompts.
    transcripts = tm.add(tg.DataStore("Chat transcript store", stores={transcript}))
    # Deferral periods and intervals the agent is given in its instructions.
    rules_store = tm.add(tg.DataStore("Deferral rules configuration", stores={deferral_rules}))

    with tm.boundary("Donor data tier", trust=tg.Trust.RESTRICTED):
        # System of record for donors, donations, deferrals and vouchers.
        donor_db = tm.add(
            tg.DataStore(
                "Donor database",
                stores={donor_record, prescreen_answers, screening_result, voucher},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )

with tm.boundary("Donation centre network", trust=tg.Trust.INTERNAL):
    # Nurses and reception do the medical screening and record each donation.
    staff = tm.add(tg.Actor("Centre staff", role="nurse and reception"))
    # Staff application for check-in, screening, donation records and vouchers.
    centre_app = tm.add(
        tg.Service(
            "Donor management app",
            controls={
                c.Authentication(method="staff SSO"),
                c.RBAC(),
                c.AuditLogging(retention_days=3650),
            },
        )
    )

with tm.boundary("LLM vendor (EU region)", trust=tg.Trust.PARTNER):
    # Hosted chat model; the vendor keeps no prompts under the DPA.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin="third-party-api",
            controls={c.SupplierAssessment(note="DPA, EU data residency, zero retention")},
        )
    )

with tm.boundary("SMS gateway provider", trust=tg.Trust.PARTNER):
    # Delivers the reminder texts.
    sms = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Voucher provider", trust=tg.Trust.PARTNER):
    # Issues the prepaid e-vouchers donors are paid with.
    voucher_svc = tm.add(tg.ExternalService("Voucher provider API"))

# ---------------------------------------------------------------- flows
# Chat
tm.flow(donor, chat_api, chat_message, protocol="https")
tm.flow(chat_api, agent, chat_message)
tm.flow(agent, chat_api, chat_reply)
tm.flow(chat_api, donor, chat_reply, protocol="https")
tm.flow(rules_store, agent, deferral_rules, label="system prompt")
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, transcripts, transcript)

# Eligibility: interval from the donor record, answers saved
tm.flow(agent, donor_tool, donor_lookup, prescreen_answers)
tm.flow(donor_tool, donor_db, prescreen_answers)
tm.flow(donor_db, donor_tool, donor_record)
tm.flow(donor_tool, agent, donor_summary)

# Booking and reminders
tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, calendar, appointment)
tm.flow(calendar, booking_tool, appointment)
tm.flow(booking_tool, agent, slots)
tm.flow(agent, reminder_tool, reminder_call)
tm.flow(reminder_tool, sms, reminder_sms, protocol="https")
tm.flow(sms, donor, reminder_sms, protocol="sms")

# On the day at the centre
tm.flow(calendar, centre_app, appointment, label="day list")
tm.flow(donor_db, centre_app, donor_record, prescreen_answers)
tm.flow(staff, centre_app, screening_result)
tm.flow(centre_app, staff, donor_record, prescreen_answers)
tm.flow(centre_app, donor_db, screening_result, voucher)
tm.flow(centre_app, voucher_svc, voucher_request, protocol="https")
tm.flow(voucher_svc, centre_app, voucher, protocol="https")
tm.flow(voucher_svc, donor, voucher, protocol="sms")
