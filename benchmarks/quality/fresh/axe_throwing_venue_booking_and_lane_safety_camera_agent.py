"""Axe throwing bar: booking agent and lane safety cameras, first design.

An axe throwing bar in the UK with eight lanes. On the venue website a chat agent,
built on a hosted LLM, books lanes and group parties: it checks availability, writes
the booking, records the lead booker's declaration that every thrower is 18 or over
and will not arrive intoxicated, and sends a deposit payment link from the payment
provider. Party bookings over 12 guests wait for the duty manager's approval.
In the venue, a camera over each lane streams to an edge box whose model flags a
person stepping into a lane while someone in the next lane is throwing; the box
tells the lane controller to pause that lane's target lights and alerts the staff
tablet, where a lane coach resumes the lane. Flagged clips are kept for review.
Controls today: TLS to the cloud, rate limiting on the chat, a step cap on the
agent, encrypted booking storage, signed payment webhooks and a 30-day clip limit.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Axe throwing venue booking agent and lane safety cameras",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM booking agent for lanes and parties, and a camera model that pauses lanes.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Booking chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Names, phone, e-mail, party size, date and the guests' declarations.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data("Agent prompt and context", kind="prompt", sensitivity=tg.Sensitivity.PII)
llm_completion = tg.Data(
    "LLM completion with tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
booking_call = tg.Data("Booking tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_result = tg.Data(
    "Lane availability and booking result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
declaration_call = tg.Data(
    "Declaration tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
declarations = tg.Data(
    "Age and sobriety declarations",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
bookings = tg.Data(
    "Lane and party bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
deposit_call = tg.Data(
    "Deposit link request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
deposit_link = tg.Data(
    "Deposit payment link", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
deposit_paid = tg.Data(
    "Deposit paid notice", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
party_approval = tg.Data(
    "Party booking approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
lane_video = tg.Data(
    "Lane camera video frames",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Live video of throwers and guests in each lane.",
)
lane_alert = tg.Data(
    "Lane intrusion alert",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
pause_command = tg.Data(
    "Pause target lights command", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
resume_command = tg.Data("Lane resume command", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
incident_clip = tg.Data("Flagged lane clip", kind="media", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone booking a lane or a stag, hen or office party.
    customer = tm.add(tg.Actor("Customer", role="lead booker"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Takes deposits on its hosted page; notifies us when paid.
    payments = tm.add(tg.ExternalService("Payment provider"))

with tm.boundary("Booking cloud", trust=tg.Trust.INTERNAL):
    # The chat widget's backend on the venue website.
    chat = tm.add(
        tg.Endpoint(
            "Booking chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=30)},
        )
    )
    # Talks with the customer and decides which booking steps to take.
    agent = tm.add(
        tg.Agent(
            "Booking agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.CircuitBreaker(max_steps=15),
                c.HumanInTheLoop(approver="duty manager", above="12 guests per party booking"),
            },
        )
    )
    # Checks lane availability and creates or changes bookings.
    booking_tool = tm.add(tg.Tool("Lane booking tool", capabilities={"read", "write"}))
    # Records the lead booker's age and sobriety declaration against the booking.
    declaration_tool = tm.add(tg.Tool("Declaration recording tool", capabilities={"write"}))
    # Asks the payment provider for a deposit link for a booking.
    deposit_tool = tm.add(
        tg.Tool(
            "Deposit payment link tool",
            capabilities={"write", "network-egress"},
            description="The deposit amount comes from the booking record.",
        )
    )
    # Bookings, party details and declarations; read by staff on the day.
    booking_db = tm.add(
        tg.DataStore(
            "Booking system",
            stores={bookings, declarations},
            controls={c.EncryptionAtRest(key_management="cloud provider KMS")},
        )
    )

with tm.boundary("Venue network", trust=tg.Trust.INTERNAL):
    # Bar tablet used by coaches and the duty manager for the day's sheet and lane alerts.
    tablet = tm.add(
        tg.Endpoint(
            "Staff tablet app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="shared staff PIN")},
        )
    )
    # Runs the sessions, approves large parties and resumes paused lanes.
    staff = tm.add(tg.Actor("Lane coach and duty manager", role="venue staff"))
    # Keeps the clips the model flagged, for incident review.
    clip_store = tm.add(
        tg.DataStore(
            "Flagged clip store",
            stores={incident_clip},
            controls={c.RetentionLimits(days=30)},
        )
    )

    with tm.boundary("Lane network", trust=tg.Trust.RESTRICTED):
        # One PoE camera above each lane.
        cameras = tm.add(tg.Device("Lane cameras", fleet=True))
        # Vision model on the edge box: a person in a live lane while another throws.
        lane_model = tm.add(
            tg.Model(
                "Lane intrusion detector",
                task=tg.Task.DETECTOR,
                high_stakes=True,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                description="Fine-tuned open-weights person detector with lane zones.",
            )
        )
        # Switches each lane's target lights; throwing is only allowed while they are on.
        lights = tm.add(tg.Service("Target light controller"))

# ---------------------------------------------------------------- flows
# Booking conversation
tm.flow(customer, chat, chat_message, protocol="https")
tm.flow(chat, agent, chat_message)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, chat, agent_reply)
tm.flow(chat, customer, agent_reply, deposit_link, protocol="https")

# Tools
tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, booking_db, bookings)
tm.flow(booking_db, booking_tool, bookings, label="availability lookup")
tm.flow(booking_tool, agent, booking_result)
tm.flow(agent, declaration_tool, declaration_call)
tm.flow(declaration_tool, booking_db, declarations)
tm.flow(declaration_tool, agent, booking_result, label="declaration saved")
tm.flow(agent, deposit_tool, deposit_call)
tm.flow(booking_db, deposit_tool, bookings, label="deposit amount")
tm.flow(deposit_tool, payments, deposit_call, protocol="https")
tm.flow(payments, deposit_tool, deposit_link, protocol="https")
tm.flow(deposit_tool, agent, deposit_link)

# Payment
tm.flow(customer, payments, card_details, protocol="https", label="hosted deposit page")
tm.flow(
    payments,
    booking_db,
    deposit_paid,
    protocol="https",
    label="deposit paid webhook",
    controls={c.MessageIntegrity(note="provider's webhook signature is verified")},
)

# Staff
tm.flow(booking_db, tablet, bookings, declarations, protocol="https", label="day sheet")
tm.flow(tablet, staff, bookings, declarations, lane_alert, label="on the touchscreen")
tm.flow(staff, tablet, party_approval, resume_command, label="on the touchscreen")
tm.flow(tablet, booking_db, party_approval, protocol="https")
tm.flow(tablet, lights, resume_command, protocol="http")

# Lane safety
tm.flow(cameras, lane_model, lane_video, protocol="rtsp")
tm.flow(lane_model, lights, pause_command, protocol="http")
tm.flow(lane_model, tablet, lane_alert, protocol="http")
tm.flow(lane_model, clip_store, incident_clip, protocol="smb")
tm.flow(clip_store, tablet, incident_clip, protocol="http", label="clip review")
