"""Canal boat hire handover video and damage agent: the first design, before any security review.

A narrowboat holiday hire company with bases on the French canals films every boat
at handover and at return. Base staff walk round the boat with the hirer and record
the hull, fenders, tiller, cabin and engine bay on a base tablet, which uploads the
video to the company's cloud. An in-house damage detector (fine-tuned from open
weights) marks new scrapes, dents and breakages between the two videos. A damage
agent, built on a hosted vision LLM, writes the damage report, prices it from the
repair price list, e-mails it to the hirer, reads the hirer's reply and proposes a
deduction from the card deposit held by the payment provider. Base staff see every
case in a damage review console; deductions above GBP 150 wait for the base
manager's approval there, smaller ones are captured directly. Controls in this
design: TLS, a per-tablet key on uploads, staff SSO with 2-step verification, roles
in the console, encrypted video storage and a cap of the deposit hold per hire.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Canal boat hire handover video and damage agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Walkaround videos at boat handover and return, a damage detector comparing them, "
        "and an LLM agent that reports damage to hirers and deducts it from their deposit."
    ),
)

# ---------------------------------------------------------------- data assets
handover_video = tg.Data(
    "Handover walkaround video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="The hirer and their party are usually in shot and can be heard.",
)
return_video = tg.Data(
    "Return walkaround video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Recorded the same way when the boat comes back.",
)
sign_off = tg.Data("Hirer condition sign-off", kind="records", sensitivity=tg.Sensitivity.PII)
detections = tg.Data(
    "Boat damage detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="New damage found between handover and return, with frame, position and class.",
)
booking = tg.Data(
    "Booking record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Hirer name, address, e-mail, boat, dates and the deposit hold reference.",
)
prices = tg.Data("Repair prices", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
prompt = tg.Data(
    "Damage assessment prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Key frames, detections, booking details, prices and the hirer's reply.",
)
completion = tg.Data(
    "Agent reasoning and drafts", kind="model-output", sensitivity=tg.Sensitivity.PII
)
report = tg.Data("Damage report", kind="documents", sensitivity=tg.Sensitivity.PII)
hirer_reply = tg.Data(
    "Hirer reply e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Free text from the hirer, often with their own photos attached.",
)
deduction_call = tg.Data(
    "Deposit deduction call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
capture = tg.Data(
    "Deposit capture request", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
capture_result = tg.Data(
    "Capture result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
message_call = tg.Data("Hirer e-mail call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
case = tg.Data(
    "Damage case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Report, proposed and captured deductions, the hirer's replies and staff notes.",
)
approval = tg.Data("Deduction approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Holidaymakers hiring a boat for a week or two; most are not boaters.
    hirer = tm.add(tg.Actor("Hirer", role="customer"))

with tm.boundary(
    "Hire base", trust=tg.Trust.INTERNAL, description="Boatyard office and moorings, base Wi-Fi."
):
    # Base staff do the handover and return walkarounds and review damage cases.
    staff = tm.add(tg.Actor("Base staff", role="boatyard staff"))
    # One Android tablet per base, running the company's recording app.
    tablet = tm.add(tg.Device("Base handover tablet", fleet=True))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Vision-capable chat model the agent runs on.
    llm = tm.add(tg.LLM("Hosted vision LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Holds the GBP 500 card deposit as a pre-authorisation and captures part or all of it.
    payments = tm.add(tg.ExternalService("Card payment provider"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends our e-mails and posts inbound replies to us.
    email = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # Receives walkaround videos and sign-offs from the base tablets.
    upload = tm.add(
        tg.Endpoint(
            "Video upload API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="per-tablet API key")},
        )
    )
    # Object storage for the walkaround videos.
    video_store = tm.add(
        tg.DataStore(
            "Walkaround video store",
            stores={handover_video, return_video, sign_off},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Compares return frames with handover frames and marks new damage.
    detector = tm.add(
        tg.Model(
            "Boat damage detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            high_stakes=True,
            description="Its detections are what the hirer is charged for.",
        )
    )
    # The company's booking system, shared with the sales team.
    bookings = tm.add(tg.DataStore("Booking system", stores={booking}))
    # Fixed repair and replacement prices set by the fleet manager.
    price_list = tm.add(tg.DataStore("Repair price list", stores={prices}))
    # Writes and sends the report, handles replies, proposes and captures deductions.
    agent = tm.add(
        tg.Agent(
            "Damage agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="the base manager",
                    above="GBP 150 per hire",
                    note="deductions above GBP 150 wait for approval; smaller ones are captured directly",
                )
            },
        )
    )
    # Captures a deduction from the hirer's deposit hold.
    deduction_tool = tm.add(
        tg.Tool(
            "Deposit deduction tool",
            capabilities={"money-movement"},
            controls={c.TransactionLimits(limit="no more than the GBP 500 deposit hold per hire")},
        )
    )
    # Sends the damage report and follow-ups to the hirer's booking e-mail.
    mail_tool = tm.add(tg.Tool("Hirer e-mail tool", capabilities={"send-messages"}))
    # Every damage case, the agent's proposals and the hirer's replies.
    case_store = tm.add(tg.DataStore("Damage case store", stores={case}))
    # Where base staff review cases and the base manager approves larger deductions.
    console = tm.add(
        tg.Endpoint(
            "Damage review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Google Workspace SSO with 2SV"),
                c.RBAC(note="base staff see their base; the base manager approves"),
            },
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(staff, tablet, handover_video, return_video, label="walkaround recorded in person")
tm.flow(hirer, tablet, sign_off, label="signs on the tablet in person")
tm.flow(tablet, upload, handover_video, return_video, sign_off, protocol="https")
tm.flow(upload, video_store, handover_video, return_video, sign_off)

tm.flow(video_store, detector, handover_video, return_video)
tm.flow(detector, agent, detections)
tm.flow(video_store, agent, return_video, label="key frames")
tm.flow(bookings, agent, booking)
tm.flow(price_list, agent, prices)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, mail_tool, message_call)
tm.flow(mail_tool, email, report, protocol="https")
tm.flow(email, hirer, report, protocol="smtp")
tm.flow(hirer, email, hirer_reply, protocol="smtp")
tm.flow(email, agent, hirer_reply, protocol="https", label="inbound reply webhook")

tm.flow(agent, deduction_tool, deduction_call)
tm.flow(deduction_tool, payments, capture, protocol="https")
tm.flow(payments, deduction_tool, capture_result, protocol="https")
tm.flow(deduction_tool, agent, capture_result)

tm.flow(agent, case_store, case)
tm.flow(case_store, console, case)
tm.flow(console, staff, case, protocol="https")
tm.flow(staff, console, approval, protocol="https")
tm.flow(console, agent, approval)
