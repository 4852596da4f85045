"""Organ tuning voice booking agent: the first design, before any security review.

A UK firm that tunes and maintains church and concert organs answers its phone line
with a voice agent. Churchwardens, organists and venue managers call to book a tuning
visit, ask what a standard tuning or service costs, or describe a fault (a cipher, a
dead stop, a noisy blower). A hosted voice platform carries the call and turns speech
to text and back; the agent, running in the firm's cloud tenant, uses a hosted LLM and
four tools: instrument history lookup (found by the venue's name and postcode), price
list lookup, visit booking into free technician slots, and fault notes on the visit.
Each call's transcript is stored. The office manager reviews the day's bookings and
transcripts each evening in a back-office web app and rings callers to correct any
mistakes; technicians read the job sheets and fault notes there from the road.
Back-office sign-in is Microsoft 365 with MFA; traffic to the vendors uses TLS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Organ tuning voice booking agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Phone agent that books organ tuning visits, quotes list prices and logs faults.",
)

# ---------------------------------------------------------------- data assets
call_audio = tg.Data("Caller voice audio", sensitivity=tg.Sensitivity.PII, kind="media")
utterance = tg.Data(
    "Caller speech transcript",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="What the caller said, as text: name, venue, phone number, request.",
)
reply = tg.Data("Agent reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
reply_audio = tg.Data("Synthesised reply audio", sensitivity=tg.Sensitivity.PII, kind="media")
llm_prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Instructions, the conversation so far and tool results.",
)
llm_completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PII, kind="model-output")

history_query = tg.Data(
    "Venue lookup request", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call"
)
instrument_history = tg.Data(
    "Instrument history",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="The venue's organ(s), past visits and faults, and the venue contacts.",
)
history_result = tg.Data(
    "Instrument history result", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)

price_query = tg.Data("Price query", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
price_list = tg.Data("Standard price list", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
price_quote = tg.Data("Price quote", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result")

booking_request = tg.Data("Booking request", sensitivity=tg.Sensitivity.PII, kind="tool-call")
free_slots = tg.Data("Free technician slots", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
visit = tg.Data(
    "Tuning visit booking",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Venue, date, technician, caller's name and phone number.",
)
booking_confirmation = tg.Data(
    "Booking confirmation", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)

fault_request = tg.Data(
    "Fault report request", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call"
)
fault_notes = tg.Data("Fault notes", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
fault_ack = tg.Data(
    "Fault report acknowledgement", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)

transcript = tg.Data("Call transcript", sensitivity=tg.Sensitivity.PII, kind="logs")
booking_changes = tg.Data("Booking corrections", sensitivity=tg.Sensitivity.PII, kind="records")
visit_report = tg.Data("Visit report", sensitivity=tg.Sensitivity.INTERNAL, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Telephone network", trust=tg.Trust.UNTRUSTED):
    # Churchwardens, organists and venue managers who ring the firm; anyone can call.
    caller = tm.add(tg.Actor("Caller", role="church or venue contact"))

with tm.boundary("Voice platform vendor", trust=tg.Trust.PARTNER):
    # Hosts the phone number, speech-to-text and text-to-speech, and streams turns to the agent.
    voice_platform = tm.add(tg.ExternalService("Voice platform"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model behind the vendor's API; the agent's reasoning.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Firm cloud tenant", trust=tg.Trust.INTERNAL):
    # Runs the conversation and decides which tool to call; books without waiting for anyone.
    agent = tm.add(
        tg.Agent(
            "Booking voice agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Bookings are reviewed by the office manager each evening, after the call.",
            controls={
                c.CircuitBreaker(max_steps=30, note="call handed to voicemail after 30 turns"),
                c.SecretsManagement(note="vendor API keys in the cloud key vault"),
            },
        )
    )
    # Reads one venue's organ records, found by the venue name and postcode the caller gives.
    history_tool = tm.add(tg.Tool("Instrument history lookup", capabilities={"read"}))
    # Reads the standard price for a named service from the price list.
    price_tool = tm.add(tg.Tool("Price list lookup", capabilities={"read"}))
    # Creates a visit in a free technician slot; cannot move or cancel existing visits.
    booking_tool = tm.add(
        tg.Tool(
            "Visit booking tool",
            capabilities={"read", "write"},
            controls={
                c.InputValidation(note="only free slots in the next 12 weeks"),
                c.LeastPrivilegeTools(note="create-only access to the scheduling system"),
            },
        )
    )
    # Attaches the caller's fault description to the visit for the technician.
    fault_tool = tm.add(tg.Tool("Fault note tool", capabilities={"write"}))
    # Each organ's specification and service history, and each venue's contacts.
    history_db = tm.add(tg.DataStore("Instrument history database", stores={instrument_history}))
    # The firm's standard prices for tuning, servicing and call-outs.
    prices = tm.add(tg.DataStore("Price list", stores={price_list}))
    # Technicians' diaries, visits and job notes.
    scheduler = tm.add(tg.DataStore("Scheduling system", stores={visit, free_slots, fault_notes}))
    # Every call's transcript, for the evening review.
    transcripts = tm.add(tg.DataStore("Call transcript store", stores={transcript}))
    # Web app for the office manager and technicians: bookings, transcripts, job sheets.
    back_office = tm.add(
        tg.Endpoint(
            "Back-office web app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="Microsoft 365 sign-in with MFA")},
        )
    )

with tm.boundary("Office", trust=tg.Trust.INTERNAL):
    # Reviews the day's bookings each evening and fixes mistakes.
    office_manager = tm.add(tg.Actor("Office manager", role="office manager"))

with tm.boundary("On the road", trust=tg.Trust.UNTRUSTED):
    # Tuners reading job sheets and fault notes on their phones between churches.
    technician = tm.add(tg.Actor("Organ technician", role="technician"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(caller, voice_platform, call_audio, protocol="pstn")
tm.flow(voice_platform, caller, reply_audio, protocol="pstn")
tm.flow(voice_platform, agent, utterance, protocol="wss", controls={tls})
tm.flow(agent, voice_platform, reply, protocol="wss", controls={tls})

tm.flow(agent, llm, llm_prompt, protocol="https", controls={tls})
tm.flow(llm, agent, llm_completion, protocol="https", controls={tls})

tm.flow(agent, history_tool, history_query)
tm.flow(history_db, history_tool, instrument_history)
tm.flow(history_tool, agent, history_result)

tm.flow(agent, price_tool, price_query)
tm.flow(prices, price_tool, price_list)
tm.flow(price_tool, agent, price_quote)

tm.flow(agent, booking_tool, booking_request)
tm.flow(scheduler, booking_tool, free_slots, protocol="https", controls={tls})
tm.flow(booking_tool, scheduler, visit, protocol="https", controls={tls})
tm.flow(booking_tool, agent, booking_confirmation)

tm.flow(agent, fault_tool, fault_request)
tm.flow(fault_tool, scheduler, fault_notes, protocol="https", controls={tls})
tm.flow(fault_tool, agent, fault_ack)

tm.flow(agent, transcripts, transcript)

tm.flow(scheduler, back_office, visit, fault_notes)
tm.flow(transcripts, back_office, transcript)
tm.flow(back_office, office_manager, visit, transcript, protocol="https", controls={tls})
tm.flow(office_manager, back_office, booking_changes, protocol="https", controls={tls})
tm.flow(back_office, scheduler, booking_changes)
tm.flow(back_office, technician, visit, fault_notes, protocol="https", controls={tls})
tm.flow(technician, back_office, visit_report, protocol="https", controls={tls})
tm.flow(back_office, history_db, visit_report)
