"""Ferry terminal vehicle check-in lanes: the first design, before any security review.

Vehicles arriving at the terminal stop at one of six check-in lanes. A plate
camera over each lane sends its video to an on-premises ANPR model, which reads
the registration; an LLM check-in agent matches the plate to a booking in the
reservation system, greets the driver through the lane kiosk's intercom, answers
questions about the sailing, and assigns a boarding lane in the loading plan.
When no booking matches, the agent asks the driver for the booking reference.
Booth staff watch every lane from a console and can override any match or lane.
The agent and ANPR model run on the terminal's edge server; the reservation
system and loading plan live in the operator's cloud, reached over the site VPN;
the language model is a vendor-hosted API called over HTTPS. Controls in this
design: staff sign in to the console with their own domain accounts, the cloud
databases are encrypted with role-based access, the vendor's content filter sits
on the model, and plate images are kept for 30 days.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ferry terminal vehicle check-in lane agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Plate camera and LLM agent check vehicles in, talk to drivers and assign lanes.",
)

# ---------------------------------------------------------------- data assets
plate_video = tg.Data(
    "Lane camera plate images",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Frames of the vehicle front, plate and often the driver's face.",
)
plate_read = tg.Data("Plate read", kind="records", sensitivity=tg.Sensitivity.PII)
driver_speech = tg.Data(
    "Driver speech at the intercom", kind="media", sensitivity=tg.Sensitivity.PII
)
driver_utterance = tg.Data(
    "Driver utterance transcript",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="The kiosk's speech-to-text of what the driver says, e.g. a booking reference.",
)
kiosk_reply = tg.Data(
    "Spoken reply and lane instruction", kind="model-output", sensitivity=tg.Sensitivity.PII
)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, plate read, transcript and the matched booking.",
)
llm_completion = tg.Data("Agent completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
booking_query = tg.Data("Booking lookup by plate or reference", kind="tool-call")
booking = tg.Data(
    "Booking record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Lead passenger name, contact details, plate, vehicle size, sailing, passengers.",
)
lane_request = tg.Data("Lane assignment request", kind="tool-call")
loading_plan = tg.Data(
    "Loading plan",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
staff_override = tg.Data("Staff lane override", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
lane_status = tg.Data(
    "Lane check-in status",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Per lane: plate, matched booking, agent's lane, transcript so far.",
)
checkin_events = tg.Data(
    "Check-in event log",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Plate images, transcripts, matches, lanes given and overrides.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Terminal forecourt", trust=tg.Trust.UNTRUSTED):
    # Anyone driving up to a lane, booked or not.
    driver = tm.add(tg.Actor("Driver", role="arriving motorist"))

with tm.boundary("Lane network", trust=tg.Trust.INTERNAL):
    # One camera per lane over the barrier, streaming to the edge server.
    camera = tm.add(tg.Device("Lane plate camera", description="IP camera, one per lane."))
    # Pedestal kiosk with intercom, screen and on-device speech-to-text.
    kiosk = tm.add(
        tg.Device(
            "Lane kiosk intercom",
            description="Microphone, speaker and screen; transcribes speech locally.",
        )
    )

with tm.boundary("Terminal edge server", trust=tg.Trust.INTERNAL):
    # Licensed ANPR model reading registrations from the camera frames.
    anpr = tm.add(
        tg.Model(
            "ANPR plate reader",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            description="Vendor-supplied plate recognition model run on our edge server.",
        )
    )
    # The LLM agent running each lane's conversation and check-in.
    agent = tm.add(
        tg.Agent(
            "Check-in lane agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Matches plates to bookings, talks to the driver, assigns a lane; "
            "booth staff can override afterwards.",
        )
    )
    # Read-only lookup into the reservation system for the agent.
    lookup_tool = tm.add(
        tg.Tool(
            "Booking lookup tool",
            capabilities={"read"},
            description="Finds a booking for today's sailings by plate or booking reference.",
        )
    )
    # Writes the agent's chosen boarding lane into the loading plan.
    lane_tool = tm.add(
        tg.Tool(
            "Lane assignment tool",
            capabilities={"write"},
            description="Sets the vehicle's boarding lane in the loading plan.",
        )
    )
    # Local log of everything that happened at each lane, for disputes.
    event_log = tm.add(
        tg.DataStore(
            "Check-in event store",
            stores={checkin_events, plate_video},
            controls={c.RetentionLimits(days=30)},
        )
    )

with tm.boundary("Operator cloud", trust=tg.Trust.RESTRICTED):
    # The company-wide reservation system; check-in only reads it.
    reservations = tm.add(
        tg.DataStore(
            "Reservation system",
            stores={booking},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Per-sailing loading plan the deck crew loads from.
    plan_db = tm.add(
        tg.DataStore(
            "Loading plan database",
            stores={loading_plan},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's default content filter")},
        )
    )

with tm.boundary("Check-in booth", trust=tg.Trust.INTERNAL):
    # Staff member supervising the lanes from the booth.
    booth_staff = tm.add(tg.Actor("Booth attendant", role="check-in staff"))
    # Console showing each lane's status, with override buttons.
    console = tm.add(
        tg.Service(
            "Booth override console",
            description="Web app on the booth PC showing lane status and taking overrides.",
            controls={c.Authentication(method="individual Windows domain account and password")},
        )
    )

# ---------------------------------------------------------------- flows
# plate recognition
tm.flow(driver, camera, plate_video, label="drives into the lane")
tm.flow(camera, anpr, plate_video, protocol="rtsp")
tm.flow(anpr, agent, plate_read, protocol="local")

# intercom conversation
tm.flow(driver, kiosk, driver_speech, label="speaks at the kiosk")
tm.flow(kiosk, agent, driver_utterance, protocol="wss")
tm.flow(agent, kiosk, kiosk_reply, protocol="wss")
tm.flow(kiosk, driver, kiosk_reply, label="spoken and on the kiosk screen")

# reasoning
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

# booking match
tm.flow(agent, lookup_tool, booking_query, protocol="local")
tm.flow(lookup_tool, reservations, booking_query, label="query over the site VPN", protocol="https")
tm.flow(reservations, lookup_tool, booking, label="results over the site VPN", protocol="https")
tm.flow(lookup_tool, agent, booking, protocol="local")

# lane assignment
tm.flow(agent, lane_tool, lane_request, protocol="local")
tm.flow(lane_tool, plan_db, loading_plan, label="update over the site VPN", protocol="https")
tm.flow(plan_db, lane_tool, loading_plan, label="lane capacity over the site VPN", protocol="https")
tm.flow(lane_tool, agent, loading_plan, protocol="local")

# booth supervision and overrides
tm.flow(agent, console, lane_status, protocol="https")
tm.flow(console, booth_staff, lane_status, label="on the booth screen")
tm.flow(booth_staff, console, staff_override, label="override at the booth")
tm.flow(console, plan_db, staff_override, label="override over the site VPN", protocol="https")
tm.flow(console, agent, staff_override, protocol="https")

# record keeping
tm.flow(camera, event_log, plate_video, protocol="rtsp")
tm.flow(agent, event_log, checkin_events, protocol="local")
