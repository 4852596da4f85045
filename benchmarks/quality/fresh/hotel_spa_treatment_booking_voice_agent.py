"""Hotel spa treatment booking voice agent: the first design, before any security review.

A resort hotel in Portugal lets guests book spa treatments by phone, from outside
or from the phone in their room. The hotel's SIP gateway streams the call to a
speech-to-text service; a voice agent in the spa's cloud platform reads the
transcript, plans with a hosted LLM, and answers through a text-to-speech voice.
The agent checks availability and books in the spa booking system, checks the
guest's pre-arrival health questionnaire for contraindications (pregnancy, blood
pressure, allergies), and charges the treatment to the room folio in the hotel's
property management system. Therapists see their day's schedule on spa tablets,
and reception staff can take over any call from their console. Controls: TLS to
the vendors, callers identified by room number and surname, folio charges at the
menu price only, encryption of the questionnaires, PIN-locked tablets, vendor DPAs.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hotel spa treatment booking voice agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Phone voice agent that books spa treatments, checks contraindications and charges the room.",
)

# ---------------------------------------------------------------- data assets
caller_audio = tg.Data("Caller voice audio", kind="media", sensitivity=tg.Sensitivity.PII)
utterance = tg.Data(
    "Caller utterance transcript",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="What the guest said, as text: name, room, treatment wishes, health answers.",
)
agent_reply = tg.Data("Agent reply text", kind="model-output", sensitivity=tg.Sensitivity.PII)
reply_audio = tg.Data("Synthesised reply audio", kind="media", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, the call so far and tool results, health answers included.",
)
llm_completion = tg.Data(
    "LLM completion with tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
booking_call = tg.Data("Booking request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_result = tg.Data(
    "Availability and booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
bookings = tg.Data(
    "Spa bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
questionnaire = tg.Data(
    "Health questionnaire answers",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
contra_call = tg.Data(
    "Contraindication check request", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
contra_result = tg.Data(
    "Contraindication result",
    kind="tool-result",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Allowed, not allowed or ask a therapist, with the answers that decided it.",
)
charge_call = tg.Data("Folio charge request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
charge_result = tg.Data(
    "Folio charge confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
folios = tg.Data(
    "Guest folios and stays",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
schedule = tg.Data(
    "Therapist schedule",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Guest name, room, treatment and contraindication notes per slot.",
)
treatment_status = tg.Data(
    "Treatment status update", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
handover = tg.Data("Call handover summary", kind="model-output", sensitivity=tg.Sensitivity.PII)
transfer = tg.Data("Call takeover command", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
staff_audio = tg.Data("Reception staff voice audio", kind="media", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Public telephone network and internet", trust=tg.Trust.UNTRUSTED):
    # Hotel guests and prospective guests, calling from outside or from a room phone.
    guest = tm.add(tg.Actor("Guest", role="caller"))

with tm.boundary("Speech vendor", trust=tg.Trust.PARTNER):
    # Streaming speech recognition for the call audio.
    stt = tm.add(
        tg.Model(
            "Speech-to-text",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA, EU region")},
        )
    )
    # The agent's voice.
    tts = tm.add(
        tg.Model(
            "Text-to-speech",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA, EU region")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Plans the conversation and chooses the tool calls.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA, no training on our data")},
        )
    )

with tm.boundary("Hotel network", trust=tg.Trust.INTERNAL):
    # Terminates outside and room calls and streams audio to and from the agent.
    gateway = tm.add(tg.Service("SIP telephony gateway"))
    # The hotel's system of record for stays and room folios.
    pms = tm.add(tg.DataStore("Property management system", stores={folios}))
    # Spa-floor tablets where therapists see their day and mark treatments done.
    tablet = tm.add(
        tg.Device(
            "Therapist tablet",
            fleet=True,
            controls={c.Authentication(method="4-digit staff PIN")},
        )
    )
    # Front-desk staff who pick up calls the agent cannot or should not handle.
    reception = tm.add(tg.Actor("Reception staff", role="receptionist"))
    # Live call list with transcripts and a take-over button.
    console = tm.add(
        tg.Service(
            "Reception call console",
            controls={c.Authentication(method="hotel domain password")},
        )
    )

with tm.boundary("Spa cloud platform", trust=tg.Trust.INTERNAL):
    # Runs each call: asks, checks, books and charges without a person in the loop.
    agent = tm.add(
        tg.Agent(
            "Spa voice agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                c.Authentication(method="room number and surname matched in the PMS"),
                c.AuditLogging(retention_days=90),
            },
        )
    )
    # Looks up free slots and writes bookings.
    booking_tool = tm.add(tg.Tool("Booking tool", capabilities={"read", "write"}))
    # Reads the guest's questionnaire and applies the treatment's contraindication list.
    contra_tool = tm.add(tg.Tool("Contraindication check tool", capabilities={"read"}))
    # Posts the treatment charge to the guest's room folio.
    folio_tool = tm.add(
        tg.Tool(
            "Room folio charge tool",
            capabilities={"write", "money-movement"},
            controls={
                c.PolicyEnforcement(
                    rules="posts only the booked treatment's menu price, to an in-house room"
                )
            },
        )
    )
    # Treatments, therapists, rooms and bookings.
    booking_db = tm.add(tg.DataStore("Spa booking system", stores={bookings}))
    # Questionnaires that guests fill in before arrival.
    questionnaire_db = tm.add(
        tg.DataStore(
            "Health questionnaire store",
            stores={questionnaire},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The pre-arrival web form linked from the booking confirmation e-mail.
    form = tm.add(tg.Endpoint("Health questionnaire form", purpose=tg.EndpointPurpose.API))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(guest, gateway, caller_audio, protocol="pstn")
tm.flow(gateway, guest, reply_audio, staff_audio, protocol="pstn")
tm.flow(gateway, stt, caller_audio, protocol="wss", controls={tls})
tm.flow(stt, agent, utterance, protocol="wss", controls={tls})
tm.flow(agent, tts, agent_reply, protocol="https", controls={tls})
tm.flow(tts, gateway, reply_audio, protocol="wss", controls={tls})

tm.flow(agent, llm, llm_prompt, protocol="https", controls={tls})
tm.flow(llm, agent, llm_completion, protocol="https", controls={tls})

tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, booking_db, bookings, label="hold and book slot")
tm.flow(booking_db, booking_tool, bookings, label="free slots")

tm.flow(agent, contra_tool, contra_call)
tm.flow(contra_tool, agent, contra_result)
tm.flow(questionnaire_db, contra_tool, questionnaire)

tm.flow(agent, folio_tool, charge_call)
tm.flow(folio_tool, agent, charge_result)
tm.flow(folio_tool, pms, charge_call, protocol="https", label="post charge")
tm.flow(pms, folio_tool, folios, protocol="https", label="in-house check")
tm.flow(pms, agent, folios, protocol="https", label="caller identification")

tm.flow(guest, form, questionnaire, protocol="https", controls={tls})
tm.flow(form, questionnaire_db, questionnaire)

tm.flow(booking_db, tablet, schedule, protocol="https", controls={tls})
tm.flow(tablet, booking_db, treatment_status, protocol="https", controls={tls})

tm.flow(agent, console, handover, protocol="https")
tm.flow(console, reception, handover)
tm.flow(reception, console, transfer)
tm.flow(console, gateway, transfer, label="take over call")
tm.flow(gateway, console, caller_audio)
tm.flow(reception, console, staff_audio)
tm.flow(console, gateway, staff_audio)
