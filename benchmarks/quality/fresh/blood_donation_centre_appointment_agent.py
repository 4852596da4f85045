"""Blood donation appointment agent: the first design, before any security review.

Donors sign in to the blood service's donor app with their e-mail and password and
chat with an appointment agent, an LLM agent on a vendor-hosted model. The agent finds
sessions near the donor, asks the pre-booking eligibility questions (recent travel,
medication, tattoos, recent illness), checks the answers against the service's
eligibility rules and books the donor into a session in the donor management system.
Answers it cannot resolve go to a donor-care nurse as a referral. A daily reminder job
texts donors the day before their appointment through an SMS provider. The donor app
back end and the agent run in the blood service's cloud tenancy; donor records sit in a
restricted data tier. Controls in this design: app sign-in and rate limiting, a step
limit on the agent, the donation-interval check the donor management system enforces on
every booking, encryption at rest and role-based access on donor records, TLS to the
vendors, and SSO with MFA for nurses. Full health screening still happens on the day.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Blood donation centre appointment agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that books donors into sessions, pre-screens eligibility and sends reminders.",
)

# ---------------------------------------------------------------- data assets
donor_message = tg.Data(
    "Donor chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Booking requests and answers about travel, medication and health.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, donor profile summary, conversation and tool results.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
slot_query = tg.Data("Session search", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
sessions = tg.Data(
    "Session calendar",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Donation sessions: venue, date, free slots per donation type.",
)
free_slots = tg.Data("Available slots", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
eligibility_answers = tg.Data(
    "Eligibility answers",
    kind="tool-call",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Countries visited, medicines taken, recent tattoos or procedures, illness.",
)
eligibility_rules = tg.Data(
    "Donor eligibility rules",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Deferral periods by travel destination, medication and procedure.",
)
eligibility_outcome = tg.Data(
    "Eligibility outcome",
    kind="tool-result",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Eligible, deferred until a date, or needs a nurse.",
)
booking_call = tg.Data("Booking request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
appointment = tg.Data(
    "Appointment",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Donor id, session, time slot and donation type.",
)
booking_result = tg.Data("Booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII)
donor_record = tg.Data(
    "Donor record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Identity, contact details, blood group, donation history, deferrals.",
)
referral = tg.Data(
    "Nurse referral",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The donor's answers the agent could not resolve, with the conversation.",
)
deferral_decision = tg.Data(
    "Nurse eligibility decision", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
reminder_list = tg.Data("Tomorrow's appointments", kind="records", sensitivity=tg.Sensitivity.PII)
reminder_sms = tg.Data(
    "Appointment reminder text",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="First name, venue, date and time, and a link to rebook.",
)
transcript = tg.Data(
    "Conversation transcript",
    kind="logs",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Every chat turn and tool call, kept for complaints and quality review.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Registered donors using the donor app on their phone or the web.
    donor = tm.add(tg.Actor("Donor", role="blood donor"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with function calling, EU region.",
            controls={c.SupplierAssessment(note="DPA signed, no retention of prompts")},
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Delivers reminder texts to donors' phones.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway", description="Bulk SMS API."))

with tm.boundary("Blood service cloud", trust=tg.Trust.INTERNAL):
    # The donor app's back end, where signed-in donors reach the agent.
    app_api = tm.add(
        tg.Endpoint(
            "Donor app API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Holds the conversation and chooses which tool to call.
    agent = tm.add(
        tg.Agent(
            "Appointment agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Finds sessions, pre-screens eligibility and books without staff approval.",
            controls={c.CircuitBreaker(max_steps=15)},
        )
    )
    # Lets the agent offer real free slots near the donor.
    slot_tool = tm.add(
        tg.Tool(
            "Session availability tool",
            capabilities={"read"},
            description="Searches sessions by postcode, date range and donation type.",
        )
    )
    # Applies the published deferral rules to the donor's answers.
    eligibility_tool = tm.add(
        tg.Tool(
            "Eligibility check tool",
            capabilities={"read"},
            description="Looks up deferral periods for the travel, medication and procedures given.",
        )
    )
    # Creates, moves and cancels the donor's appointments.
    booking_tool = tm.add(
        tg.Tool(
            "Booking tool",
            capabilities={"write"},
            description="Books the donor id taken from the app session into the chosen slot.",
            controls={
                c.PolicyEnforcement(
                    rules="donor management system refuses bookings inside the minimum "
                    "interval since the last donation and donors with an active deferral"
                )
            },
        )
    )
    # Hands unclear eligibility answers to a nurse instead of guessing.
    referral_tool = tm.add(
        tg.Tool(
            "Nurse referral tool",
            capabilities={"write"},
            description="Puts a referral on the donor-care queue.",
        )
    )
    # Reference copy of the eligibility rules the tool reads.
    rules_store = tm.add(tg.DataStore("Eligibility guidelines store", stores={eligibility_rules}))
    # Every conversation, kept for complaints and quality review.
    transcript_store = tm.add(tg.DataStore("Transcript store", stores={transcript}))
    # Sends next-day reminders from the appointment list.
    reminder_job = tm.add(
        tg.Service("Daily reminder job", description="Runs at 10:00 and texts tomorrow's donors.")
    )
    # Where donor-care nurses work through referrals and record decisions.
    nurse_console = tm.add(
        tg.Service(
            "Donor care console",
            controls={c.Authentication(method="staff SSO with MFA"), c.RBAC()},
        )
    )

    with tm.boundary("Donor data tier", trust=tg.Trust.RESTRICTED):
        # The blood service's system of record for donors, sessions and appointments.
        dms = tm.add(
            tg.DataStore(
                "Donor management system",
                stores={donor_record, appointment, sessions},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )

with tm.boundary("Blood service corporate network", trust=tg.Trust.INTERNAL):
    # Clinical staff who decide eligibility questions the agent cannot.
    nurse = tm.add(tg.Actor("Donor care nurse", role="nurse"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(donor, app_api, donor_message, protocol="https", controls={tls})
tm.flow(app_api, donor, agent_reply, protocol="https", controls={tls})
tm.flow(app_api, agent, donor_message)
tm.flow(agent, app_api, agent_reply)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, slot_tool, slot_query)
tm.flow(dms, slot_tool, sessions)
tm.flow(slot_tool, agent, free_slots)

tm.flow(agent, eligibility_tool, eligibility_answers)
tm.flow(rules_store, eligibility_tool, eligibility_rules)
tm.flow(eligibility_tool, agent, eligibility_outcome)

tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, dms, appointment)
tm.flow(dms, booking_tool, booking_result)
tm.flow(booking_tool, agent, booking_result)

tm.flow(agent, referral_tool, referral)
tm.flow(referral_tool, nurse_console, referral)
tm.flow(nurse_console, nurse, referral, protocol="https")
tm.flow(nurse, nurse_console, deferral_decision, protocol="https")
tm.flow(nurse_console, dms, deferral_decision)
tm.flow(dms, nurse_console, donor_record)

tm.flow(agent, transcript_store, transcript)

tm.flow(dms, reminder_job, reminder_list, label="daily export of next-day appointments")
tm.flow(reminder_job, sms_gateway, reminder_sms, protocol="https")
tm.flow(sms_gateway, donor, reminder_sms, protocol="sms")
