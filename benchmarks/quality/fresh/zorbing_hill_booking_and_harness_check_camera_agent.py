"""Zorbing hill: online booking, harness-check camera and ball release agent (first design).

A zorbing attraction in the UK sends customers down a 200 m hill strapped inside
inflatable balls. Customers book and pay online; at booking each rider declares
their weight (there is a 115 kg limit) and answers health questions (heart, back,
pregnancy). Payment goes through the payment provider's hosted checkout, so we
never see card numbers. At the launch ramp a camera watches the rider being
strapped in, and an in-house vision model running on an edge box checks that the
harness is fastened. A second camera watches the run below, where a small detector
says whether the run is clear. A ball release agent, built on a hosted LLM, reads
both verdicts and the ramp queue, and calls a release tool that opens the launch
gate through the gate PLC. The ramp attendant checks riders in on a tablet against
the booking list, can pause the agent, and holds a hardwired emergency stop on the
gate. Controls: HTTPS to the cloud, staff sign-in, input validation on the booking
form, encryption at rest of bookings, pre-release testing of the harness model.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Zorbing hill booking and launch ramp automation",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Online bookings with weight and health declarations, a harness-check vision "
        "model at the launch ramp and an LLM agent that releases the next ball."
    ),
)

# ---------------------------------------------------------------- data assets
booking = tg.Data(
    "Booking details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names of riders, lead booker's e-mail and phone, slot, booking reference.",
)
declaration = tg.Data(
    "Weight and health declaration",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Each rider's declared weight and answers to the health questions.",
)
checkout = tg.Data("Checkout session", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
payment_confirmation = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
checkin_list = tg.Data(
    "Check-in list",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Today's riders with their declared weight and health flags.",
)
checkin = tg.Data("Rider check-in", kind="records", sensitivity=tg.Sensitivity.PII)
harness_frames = tg.Data(
    "Harness camera video frames", kind="media", sensitivity=tg.Sensitivity.PII
)
harness_verdict = tg.Data(
    "Harness fastened verdict",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
run_frames = tg.Data("Run camera video frames", kind="media", sensitivity=tg.Sensitivity.PII)
run_status = tg.Data(
    "Run clear status",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
agent_prompt = tg.Data(
    "Release agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="System instructions, the latest verdicts and the ramp queue.",
)
agent_reply = tg.Data("Release agent completion", kind="model-output")
release_call = tg.Data("Release tool call", kind="tool-call")
release_result = tg.Data("Release tool result", kind="tool-result")
gate_command = tg.Data(
    "Gate release command",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
pause = tg.Data("Pause and resume command", kind="instructions")
ride_log = tg.Data(
    "Ride event log",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Verdicts, releases and a still of each rider at the ramp.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public booking rides for themselves and their group.
    customer = tm.add(tg.Actor("Customer", role="customer"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout page; card details go straight to the provider.
    payments = tm.add(tg.ExternalService("Payment provider checkout"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model the release agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Booking cloud", trust=tg.Trust.INTERNAL):
    # Public booking site; staff pages on the same app serve the check-in list.
    booking_site = tm.add(
        tg.Service(
            "Booking website",
            internet_facing=True,
            controls={
                c.InputValidation(note="weight and health answers validated on the form"),
                c.Authentication(method="staff e-mail and password", note="staff pages only"),
            },
        )
    )
    # Bookings with each rider's weight and health declaration.
    bookings_db = tm.add(
        tg.DataStore(
            "Bookings database",
            stores={booking, declaration},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("Hill site network", trust=tg.Trust.INTERNAL):
    # Attendant at the top of the ramp who straps riders in and watches the launches.
    attendant = tm.add(tg.Actor("Ramp attendant", role="ramp staff"))
    # Tablet the attendant uses to check riders in against the booking list.
    tablet = tm.add(tg.Device("Check-in tablet", fleet=False))
    # Camera pointed at the harness station on the launch ramp.
    harness_camera = tm.add(tg.Device("Harness camera", fleet=False))
    # Camera looking down the run to the catch area.
    run_camera = tm.add(tg.Device("Run camera", fleet=False))
    # Checks from the video that every harness buckle is fastened before launch.
    harness_model = tm.add(
        tg.Model(
            "Harness check model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Fine-tuned object detector on the edge box at the ramp.",
            controls={
                c.ModelValidation(note="tested on labelled ramp footage before each release")
            },
        )
    )
    # Says whether the run below is empty of balls and people.
    run_detector = tm.add(
        tg.Model(
            "Run obstruction detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            high_stakes=True,
            description="Pretrained person and object detector with a run-area mask.",
        )
    )
    # LLM agent that decides when to release the next ball.
    release_agent = tm.add(
        tg.Agent(
            "Ball release agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(note="attendant's pause button on the tablet stops it")},
        )
    )
    # The only tool the agent has: open the launch gate for one ball.
    release_tool = tm.add(tg.Tool("Launch gate release tool", capabilities={"write"}))
    # PLC that drives the launch gate.
    gate_plc = tm.add(
        tg.Device(
            "Launch gate PLC",
            fleet=False,
            controls={
                c.SafetyLimits(
                    limits="hardwired e-stop held by the attendant; gate stays shut on power loss"
                )
            },
        )
    )
    # Local log of verdicts and releases, kept for incident investigations.
    ride_log_store = tm.add(tg.DataStore("Ride event log store", stores={ride_log}))

# ---------------------------------------------------------------- flows
# booking and payment
tm.flow(customer, booking_site, booking, declaration, protocol="https")
tm.flow(booking_site, customer, booking, protocol="https", label="confirmation")
tm.flow(booking_site, payments, checkout, protocol="https")
tm.flow(customer, payments, card_details, protocol="https")
tm.flow(payments, booking_site, payment_confirmation, protocol="https")
tm.flow(booking_site, bookings_db, booking, declaration)
tm.flow(bookings_db, booking_site, booking, declaration)

# check-in at the ramp
tm.flow(booking_site, tablet, checkin_list, protocol="https")
tm.flow(tablet, booking_site, checkin, protocol="https")
tm.flow(tablet, attendant, checkin_list, label="on the tablet screen")
tm.flow(attendant, tablet, checkin, pause, label="touchscreen")

# launch ramp automation
tm.flow(harness_camera, harness_model, harness_frames, protocol="rtsp")
tm.flow(run_camera, run_detector, run_frames, protocol="rtsp")
tm.flow(harness_model, release_agent, harness_verdict)
tm.flow(run_detector, release_agent, run_status)
tm.flow(tablet, release_agent, pause, protocol="https")
tm.flow(release_agent, llm, agent_prompt, protocol="https")
tm.flow(llm, release_agent, agent_reply, protocol="https")
tm.flow(release_agent, release_tool, release_call)
tm.flow(release_tool, release_agent, release_result)
tm.flow(release_tool, gate_plc, gate_command, protocol="modbus")
tm.flow(release_agent, ride_log_store, ride_log)
tm.flow(harness_model, ride_log_store, ride_log, label="rider still")
