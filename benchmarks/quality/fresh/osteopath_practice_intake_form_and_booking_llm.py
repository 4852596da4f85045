"""Intake and booking assistant for an osteopath practice: the first design.

New and returning patients use a chat window on the practice website to book an
appointment and fill in the intake form. A small booking assistant, an LLM agent
running on the practice's cloud hosting, talks to them through a hosted LLM API:
it asks about the complaint, medical history, medication and red-flag symptoms,
checks free slots, books the appointment and saves the intake form in the
practice's SaaS practice management system, then sends an SMS and e-mail
confirmation. The osteopath reads the intake form before the first session.
The practice manager edits the assistant's instructions and practice information.
Controls in this design: TLS everywhere, rate limiting on the chat API, a step
limit on the agent, a vetted LLM vendor with zero data retention, an API key
scoped to appointments and intake forms, encrypted chat logs, and MFA on the
practice management system.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Osteopath practice intake and booking assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Website chat agent that books osteopathy appointments and takes the "
    "patient intake form, on a hosted LLM.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Patient chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Free text: symptoms, history, name, date of birth, phone number.",
)
assistant_reply = tg.Data(
    "Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
llm_prompt = tg.Data(
    "LLM prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, practice information, conversation so far and tool results.",
)
llm_completion = tg.Data(
    "LLM completion with tool calls", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
instructions = tg.Data(
    "Assistant instructions and practice information",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="System prompt, treatments offered, prices, cancellation policy, red-flag script.",
)
slot_query = tg.Data("Availability query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
free_slots = tg.Data(
    "Free appointment slots", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
booking_request = tg.Data("Booking request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
appointment = tg.Data("Appointment record", kind="records", sensitivity=tg.Sensitivity.PII)
intake_form = tg.Data(
    "Completed intake form",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Presenting complaint, medical history, medication, red-flag answers, consent.",
)
confirmation = tg.Data(
    "Booking confirmation message", kind="documents", sensitivity=tg.Sensitivity.PII
)
tool_result = tg.Data("Tool confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII)
chat_log = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone visiting the practice website: new or returning patients.
    patient = tm.add(tg.Actor("Patient", role="patient"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted general-purpose chat model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed, zero data retention, EU region")},
        )
    )

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # Sends the SMS and e-mail confirmations.
    messaging = tm.add(tg.ExternalService("SMS and e-mail provider"))

with tm.boundary("Practice management vendor", trust=tg.Trust.PARTNER):
    # SaaS system of record: diary, patient details, intake forms and clinical notes.
    pms = tm.add(
        tg.DataStore(
            "Practice management system",
            stores={appointment, intake_form},
            controls={c.Authentication(method="vendor login with 2SV")},
        )
    )

with tm.boundary("Practice cloud hosting", trust=tg.Trust.INTERNAL):
    # Backend for the website chat widget.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=20),
                c.InputValidation(note="messages capped at 2,000 characters"),
            },
        )
    )
    # The LLM agent that runs the conversation and calls the tools; bookings go ahead
    # without anyone approving them.
    assistant = tm.add(
        tg.Agent(
            "Booking assistant",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=12)},
        )
    )
    # Reads free slots from the diary.
    slots_tool = tm.add(tg.Tool("Availability lookup tool", capabilities={"read"}))
    # Creates the appointment (and the patient, if new) in the diary.
    booking_tool = tm.add(
        tg.Tool(
            "Appointment booking tool",
            capabilities={"write"},
            controls={
                c.LeastPrivilegeTools(note="PMS API key scoped to appointments and intake forms")
            },
        )
    )
    # Saves the completed intake form against the patient in the PMS.
    intake_tool = tm.add(
        tg.Tool(
            "Intake form tool",
            capabilities={"write"},
            controls={
                c.LeastPrivilegeTools(note="PMS API key scoped to appointments and intake forms")
            },
        )
    )
    # Sends the booking confirmation by SMS and e-mail.
    notify_tool = tm.add(tg.Tool("Confirmation tool", capabilities={"send-messages"}))
    # Instructions and practice information the agent is started with.
    config_store = tm.add(tg.DataStore("Assistant configuration", stores={instructions}))
    # Every conversation, kept to check how the assistant behaves.
    log_store = tm.add(
        tg.DataStore(
            "Chat log store",
            stores={chat_log},
            controls={c.EncryptionAtRest(key_management="hosting provider managed keys")},
        )
    )

with tm.boundary("Practice office", trust=tg.Trust.INTERNAL):
    # Reads intake forms before the first session.
    osteopath = tm.add(tg.Actor("Osteopath", role="clinician"))
    # Edits the assistant's instructions and practice information.
    manager = tm.add(tg.Actor("Practice manager", role="practice manager", privileged=True))

# ---------------------------------------------------------------- flows
tls = {c.EncryptionInTransit(protocol="TLS 1.2+")}

tm.flow(patient, chat_api, chat_message, protocol="https", controls=tls)
tm.flow(chat_api, assistant, chat_message)
tm.flow(config_store, assistant, instructions)
tm.flow(assistant, llm, llm_prompt, protocol="https", controls=tls)
tm.flow(llm, assistant, llm_completion, protocol="https", controls=tls)

tm.flow(assistant, slots_tool, slot_query)
tm.flow(slots_tool, pms, slot_query, protocol="https", controls=tls)
tm.flow(pms, slots_tool, free_slots, protocol="https", controls=tls)
tm.flow(slots_tool, assistant, free_slots)

tm.flow(assistant, booking_tool, booking_request)
tm.flow(booking_tool, pms, appointment, protocol="https", controls=tls)
tm.flow(booking_tool, assistant, tool_result)

tm.flow(assistant, intake_tool, intake_form)
tm.flow(intake_tool, pms, intake_form, protocol="https", controls=tls)
tm.flow(intake_tool, assistant, tool_result)

tm.flow(assistant, notify_tool, confirmation)
tm.flow(notify_tool, messaging, confirmation, protocol="https", controls=tls)
tm.flow(messaging, patient, confirmation, protocol="sms", label="SMS and e-mail")

tm.flow(assistant, log_store, chat_log)
tm.flow(assistant, chat_api, assistant_reply)
tm.flow(chat_api, patient, assistant_reply, protocol="https", controls=tls)

tm.flow(pms, osteopath, intake_form, appointment, protocol="https", controls=tls)
tm.flow(manager, config_store, instructions, protocol="https", controls=tls, label="admin page")
