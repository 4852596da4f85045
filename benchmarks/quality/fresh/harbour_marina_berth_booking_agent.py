"""Harbour marina berth booking agent: the first design.

Visiting yachts ask for a berth by VHF radio on the marina channel, by phone or
in the web chat on the marina's site. An LLM agent running in the marina's cloud
account takes the request (radio calls arrive as transcripts from the harbour
office radio gateway, phone calls through a cloud telephony service that does
speech-to-text and text-to-speech), checks availability in the berth management
system, assigns a berth that fits the boat's length, beam and draft at the
predicted low water, and quotes the fee from the published tariff. It then sends
a hosted payment link from the card payment provider; the skipper pays on the
provider's page, so card numbers never reach us. Radio replies are drafted on
the office screen and spoken by the duty harbour staff. Boats over 18 m or
drawing over 3 m are referred to the harbour master. The berth system itself
refuses berths too short or too shallow for the declared boat.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Harbour marina berth booking agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr", "pci-dss"},
    description="Takes visitor berth bookings by radio, phone and web chat and takes payment.",
)

# ---------------------------------------------------------------- data assets
vhf_audio = tg.Data(
    "VHF call audio",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="media",
    description="Calls on the marina working channel; heard by anyone listening.",
)
vhf_transcript = tg.Data(
    "VHF call transcript",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Vessel name, skipper name, size, draft, ETA and nights requested.",
)
phone_audio = tg.Data("Phone call audio", sensitivity=tg.Sensitivity.PII, kind="media")
phone_transcript = tg.Data("Phone call transcript", sensitivity=tg.Sensitivity.PII, kind="prompt")
spoken_reply = tg.Data("Spoken reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
chat_message = tg.Data("Web chat booking request", sensitivity=tg.Sensitivity.PII, kind="prompt")
reply = tg.Data("Agent reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
radio_draft = tg.Data("Draft radio reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
prompt = tg.Data(
    "Prompt with marina context",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, conversation, tariff and pilotage passages, tool results.",
)
completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
guide = tg.Data(
    "Marina guide and tariff",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="documents",
    description="Berthing tariff per metre per night, pilotage notes, facilities, rules.",
)
guide_passages = tg.Data(
    "Guide passages", sensitivity=tg.Sensitivity.PUBLIC, kind="retrieved-context"
)
tides = tg.Data("Tidal predictions", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
berth_plan = tg.Data(
    "Berth plan and depths",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Each berth's length, width and charted depth, and pontoon layout.",
)
bookings = tg.Data(
    "Visitor bookings",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Vessel name, LOA, beam, draft, skipper contact, nights, berth, paid status.",
)
availability_query = tg.Data(
    "Availability query", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call"
)
availability = tg.Data("Free berths", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result")
assignment_request = tg.Data(
    "Berth assignment request",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Vessel details, dates and the berth chosen by the agent.",
)
assignment_result = tg.Data("Assigned berth", sensitivity=tg.Sensitivity.PII, kind="tool-result")
link_request = tg.Data(
    "Payment link request",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Booking reference, amount quoted by the agent, skipper e-mail and mobile.",
)
payment_link = tg.Data("Payment link", sensitivity=tg.Sensitivity.PII, kind="tool-result")
card_details = tg.Data(
    "Card details",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
payment_status = tg.Data("Payment confirmation", sensitivity=tg.Sensitivity.PII, kind="records")
transcripts = tg.Data(
    "Booking conversation transcripts", sensitivity=tg.Sensitivity.PII, kind="logs"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet and radio", trust=tg.Trust.UNTRUSTED):
    # The visiting skipper, on the boat's VHF, a mobile phone or the website.
    skipper = tm.add(tg.Actor("Visiting skipper", role="customer"))
    # Public tidal predictions for the harbour, pulled daily.
    tide_feed = tm.add(
        tg.DataSource("Tidal predictions feed", origin=tg.Origin.PUBLIC_WEB, provides={tides})
    )

with tm.boundary("Telephony provider", trust=tg.Trust.PARTNER):
    # Answers the berthing line and does speech-to-text and text-to-speech.
    telephony = tm.add(tg.ExternalService("Cloud telephony and speech service"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Understands the requests and decides which tools to call.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosts the payment page and takes the card; PCI scope stays with them.
    payments = tm.add(
        tg.ExternalService(
            "Card payment provider", description="Hosted payment links and checkout page."
        )
    )

with tm.boundary("Harbour office", trust=tg.Trust.INTERNAL):
    # Duty staff keep a radio watch and speak the agent's drafted replies.
    harbour_staff = tm.add(tg.Actor("Duty harbour staff", role="harbour staff"))
    # Transcribes calls on the marina working channel from the office radio.
    radio_gateway = tm.add(
        tg.Service(
            "VHF radio transcription gateway",
            description="Speech-to-text on the office VHF set's audio output.",
        )
    )

with tm.boundary("Marina cloud account", trust=tg.Trust.INTERNAL):
    # The web chat on the marina's website.
    chat_endpoint = tm.add(
        tg.Endpoint(
            "Web chat endpoint",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.RateLimiting(requests_per_minute=20)},
        )
    )
    # The booking agent: one conversation per caller, whatever the channel.
    agent = tm.add(
        tg.Agent(
            "Berth booking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                c.HumanInTheLoop(
                    approver="the harbour master",
                    note="bookings for boats over 18 m LOA or 3 m draft are referred",
                )
            },
        )
    )
    # Tariff, pilotage and facilities, so quotes come from the published guide.
    guide_index = tm.add(tg.VectorStore("Marina guide index", stores={guide_passages}))
    # Reads which berths are free for the dates asked.
    availability_tool = tm.add(tg.Tool("Berth availability tool", capabilities={"read"}))
    # Books the chosen berth for the vessel.
    assign_tool = tm.add(tg.Tool("Berth assignment tool", capabilities={"write"}))
    # Creates a payment link for the quoted amount and sends it to the skipper.
    pay_tool = tm.add(tg.Tool("Payment link tool", capabilities={"write", "send-messages"}))
    # The marina's berth plan and bookings; the office works from it too.
    berth_system = tm.add(
        tg.DataStore(
            "Berth management system",
            stores={berth_plan, bookings, tides, payment_status},
            controls={
                c.RBAC(),
                c.PolicyEnforcement(
                    rules="refuses a berth shorter than the boat's LOA or shallower than "
                    "its draft plus 0.5 m at predicted low water"
                ),
            },
        )
    )
    # Kept for disputes about what was agreed.
    transcript_store = tm.add(tg.DataStore("Conversation transcript store", stores={transcripts}))

with tm.boundary("Marina management", trust=tg.Trust.INTERNAL):
    # Reviews referred bookings, keeps the berth plan and guide up to date.
    harbour_master = tm.add(tg.Actor("Harbour master", role="harbour master", privileged=True))

# ---------------------------------------------------------------- flows
# VHF: the skipper calls the office; staff speak the drafted answer.
tm.flow(skipper, radio_gateway, vhf_audio, protocol="marine vhf")
tm.flow(radio_gateway, agent, vhf_transcript, protocol="https")
tm.flow(agent, harbour_staff, radio_draft, protocol="https", label="office screen")
tm.flow(harbour_staff, skipper, spoken_reply, protocol="marine vhf")

# Phone
tm.flow(skipper, telephony, phone_audio, protocol="pstn")
tm.flow(telephony, skipper, spoken_reply, protocol="pstn")
tm.flow(telephony, agent, phone_transcript, protocol="https")
tm.flow(agent, telephony, reply, protocol="https")

# Web chat
tm.flow(skipper, chat_endpoint, chat_message, protocol="https")
tm.flow(chat_endpoint, skipper, reply, protocol="https")
tm.flow(chat_endpoint, agent, chat_message)
tm.flow(agent, chat_endpoint, reply)

# Reasoning and retrieval
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, guide_index, chat_message, label="similarity query")
tm.flow(guide_index, agent, guide_passages)

# Tools
tm.flow(agent, availability_tool, availability_query)
tm.flow(availability_tool, berth_system, availability_query)
tm.flow(berth_system, availability_tool, berth_plan, bookings, tides)
tm.flow(availability_tool, agent, availability)
tm.flow(agent, assign_tool, assignment_request)
tm.flow(assign_tool, berth_system, assignment_request)
tm.flow(berth_system, assign_tool, assignment_result)
tm.flow(assign_tool, agent, assignment_result)
tm.flow(agent, pay_tool, link_request)
tm.flow(pay_tool, payments, link_request, protocol="https")
tm.flow(payments, pay_tool, payment_link, protocol="https")
tm.flow(pay_tool, agent, payment_link)

# Payment
tm.flow(payments, skipper, payment_link, protocol="https", label="link by e-mail and SMS")
tm.flow(skipper, payments, card_details, protocol="https")
tm.flow(payments, berth_system, payment_status, protocol="https", label="payment webhook")

# Records and operations
tm.flow(tide_feed, berth_system, tides, protocol="https", label="daily tide download")
tm.flow(agent, transcript_store, transcripts)
tm.flow(agent, harbour_master, bookings, protocol="https", label="referred bookings")
tm.flow(harbour_master, berth_system, berth_plan, bookings, protocol="https")
tm.flow(berth_system, harbour_master, bookings, protocol="https")
tm.flow(harbour_master, guide_index, guide, protocol="https", label="updates guide and tariff")
tm.flow(berth_system, harbour_staff, bookings, protocol="https", label="arrivals list")
