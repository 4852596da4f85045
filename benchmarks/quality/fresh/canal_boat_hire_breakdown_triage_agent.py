"""Canal boat hire breakdown triage agent: the first design, before any security review.

Hirers whose narrowboat breaks down open the breakdown chat from the link in their
welcome pack, sign in with their booking reference and surname, describe the fault and
send photos of the engine bay, weed hatch or control panel. An LLM agent in the
company's cloud account reads the chat and photos with a hosted multimodal model,
searches the fleet's fault guides and boat manuals, and suggests safe fixes the hirer
can try. If the boat needs an engineer, it looks up the boat's position from the GPS
telematics platform, picks the nearest engineer on shift from the job system and
dispatches them by SMS, without anyone at the hire base approving. Engineers update
jobs from their phones; base staff watch the job board and read the chats. The chat
API checks uploads' type and size and is rate limited, the job system refuses a second
open job for the same boat, and the agent stops after a fixed number of steps.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Canal boat hire breakdown triage agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Chat agent that triages hirers' breakdowns from messages and photos, "
    "suggests fixes and dispatches the nearest engineer.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Breakdown chat message",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="The hirer's description of the fault and where they are moored.",
)
photos = tg.Data("Breakdown photos", sensitivity=tg.Sensitivity.PII, kind="media")
reply = tg.Data("Suggested fix and next steps", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "Triage prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, the chat so far, the photos and retrieved guide passages.",
)
llm_completion = tg.Data(
    "Triage completion and tool choice", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
guides = tg.Data(
    "Fault guides and boat manuals", sensitivity=tg.Sensitivity.INTERNAL, kind="documents"
)
guide_passages = tg.Data(
    "Fault guide passages", sensitivity=tg.Sensitivity.INTERNAL, kind="retrieved-context"
)
booking = tg.Data(
    "Hire booking",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Hirer name, phone number, party size, boat, dates and planned route.",
)
booking_lookup = tg.Data("Booking lookup", sensitivity=tg.Sensitivity.PII, kind="tool-call")
booking_result = tg.Data(
    "Booking and boat details", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
position_lookup = tg.Data(
    "Boat position lookup", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call"
)
boat_position = tg.Data(
    "Boat GPS position",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Latest fix from the boat's tracker: where the hirers are.",
)
dispatch_request = tg.Data(
    "Dispatch request",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Boat, position, fault summary, urgency and hirer phone number.",
)
dispatch_result = tg.Data(
    "Dispatch confirmation and ETA", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
engineer_roster = tg.Data(
    "Engineer shifts and locations", sensitivity=tg.Sensitivity.PII, kind="records"
)
job = tg.Data("Breakdown job", sensitivity=tg.Sensitivity.PII, kind="records")
job_sms = tg.Data("Job dispatch text message", sensitivity=tg.Sensitivity.PII, kind="records")
job_update = tg.Data("Job status update", sensitivity=tg.Sensitivity.PII, kind="records")
transcript = tg.Data("Chat transcript", sensitivity=tg.Sensitivity.PII, kind="logs")
staff_login = tg.Data("Staff sign-in", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="credentials")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Whoever is on the boat, on their own phone, often with poor signal.
    hirer = tm.add(tg.Actor("Hirer", role="boat hirer"))
    # Mobile engineers out on the towpath, on their own phones.
    engineer = tm.add(tg.Actor("Breakdown engineer", role="field engineer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reads text and photos and decides the agent's next step.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin="third-party-api",
            description="Vendor-hosted vision and chat model.",
        )
    )

with tm.boundary("Telematics provider", trust=tg.Trust.PARTNER):
    # The GPS tracker vendor's platform, which holds every boat's latest position.
    telematics = tm.add(
        tg.ExternalService(
            "Boat telematics platform",
            provides="data-provider",
            description="Positions reported by the GPS trackers fitted to each hire boat.",
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Sends dispatch texts to engineers.
    sms = tm.add(tg.ExternalService("SMS gateway", provides="generic"))

with tm.boundary("Company cloud account", trust=tg.Trust.INTERNAL):
    # Public chat API the welcome-pack link opens.
    chat_api = tm.add(
        tg.Endpoint(
            "Breakdown chat API",
            purpose="api",
            internet_facing=True,
            controls={
                c.Authentication(method="booking reference and surname"),
                c.InputValidation(note="photo uploads checked for image type and 10 MB size"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Uploaded photos, kept with the job for the engineer and for damage disputes.
    photo_store = tm.add(
        tg.DataStore(
            "Breakdown photo bucket",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The agent: reads the chat, suggests fixes, decides whether to send an engineer.
    agent = tm.add(
        tg.Agent(
            "Breakdown triage agent",
            autonomy="autonomous",
            controls={c.CircuitBreaker(max_steps=15)},
        )
    )
    # Vector index over the fault guides and manuals for each boat class.
    guide_index = tm.add(tg.VectorStore("Fault guide index", stores={guide_passages, guides}))
    # Reads the booking behind the chat to know the boat and the hirer's phone.
    booking_tool = tm.add(
        tg.Tool(
            "Booking lookup tool",
            capabilities={"read"},
            description="Returns the booking whose reference and surname match.",
            controls={c.Authentication(method="booking reference and surname")},
        )
    )
    # Asks the telematics platform where the boat is.
    position_tool = tm.add(
        tg.Tool(
            "Boat position tool",
            capabilities={"read", "network-egress"},
            controls={c.SecretsManagement(note="telematics API key in the cloud secret store")},
        )
    )
    # Picks the nearest engineer on shift, opens the job and texts them.
    dispatch_tool = tm.add(
        tg.Tool(
            "Engineer dispatch tool",
            capabilities={"write", "send-messages"},
            controls={
                c.PolicyEnforcement(rules="job system refuses a second open job for the same boat")
            },
        )
    )
    # Transcripts of every chat, for the base and for complaints.
    transcripts = tm.add(tg.DataStore("Chat transcript store", stores={transcript}))

with tm.boundary("Hire base systems", trust=tg.Trust.INTERNAL):
    # Bookings of every hire, from the online booking site.
    booking_system = tm.add(tg.DataStore("Booking system", stores={booking}))
    # Engineer rota, positions and breakdown jobs; engineers update it from their phones.
    job_system = tm.add(
        tg.Service(
            "Engineer job system",
            internet_facing=True,
            description="Job board and engineer rota; web app the engineers use on their phones.",
            controls={c.Authentication(method="individual username and password")},
        )
    )
    # Hire base staff watch the job board and read the chats.
    base_staff = tm.add(tg.Actor("Hire base staff", role="operations staff"))

# ---------------------------------------------------------------- flows
# the chat
tm.flow(hirer, chat_api, chat_message, photos, protocol="https")
tm.flow(chat_api, hirer, reply, protocol="https")
tm.flow(chat_api, photo_store, photos)
tm.flow(chat_api, agent, chat_message, photos)
tm.flow(agent, chat_api, reply)
tm.flow(agent, transcripts, transcript)

# the model and the guides
tm.flow(agent, guide_index, chat_message, label="similarity search")
tm.flow(guide_index, agent, guide_passages)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

# booking
tm.flow(agent, booking_tool, booking_lookup)
tm.flow(booking_tool, booking_system, booking_lookup, protocol="https")
tm.flow(booking_system, booking_tool, booking, protocol="https")
tm.flow(booking_tool, agent, booking_result)

# where the boat is
tm.flow(agent, position_tool, position_lookup)
tm.flow(position_tool, telematics, position_lookup, protocol="https")
tm.flow(telematics, position_tool, boat_position, protocol="https")
tm.flow(position_tool, agent, boat_position)

# dispatch
tm.flow(agent, dispatch_tool, dispatch_request)
tm.flow(job_system, dispatch_tool, engineer_roster, protocol="https", label="engineers on shift")
tm.flow(dispatch_tool, job_system, job, protocol="https")
tm.flow(dispatch_tool, sms, job_sms, protocol="https")
tm.flow(sms, engineer, job_sms, protocol="sms")
tm.flow(dispatch_tool, agent, dispatch_result)
tm.flow(photo_store, job_system, photos, label="attached to the job")

# engineers and base staff
tm.flow(engineer, job_system, staff_login, job_update, protocol="https")
tm.flow(job_system, engineer, job, photos, protocol="https")
tm.flow(base_staff, job_system, staff_login, protocol="https")
tm.flow(job_system, base_staff, job, protocol="https")
tm.flow(transcripts, base_staff, transcript, protocol="https", label="reads chats")
