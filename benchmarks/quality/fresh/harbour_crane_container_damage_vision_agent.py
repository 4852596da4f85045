"""Harbour crane container damage agent: the first design, before any security review.

Cameras on each ship-to-shore crane photograph every container as it is lifted.
A frame gateway in the terminal data centre pairs the frames with the crane move
event from the terminal operating system (TOS), archives them and runs an
in-house damage detector on them. When the detector sees possible damage, an LLM
agent looks at the images with a hosted multimodal model, reads the container's
history in the TOS, places a survey hold on the container in the TOS and drafts a
damage claim. A duty damage clerk reviews each draft in a web console; once
approved, the agent submits the claim to the shipping line's claims API, which
returns a claim reference. Clerks release holds after the survey.
Controls in this design: clerk approval of every claim, SSO and roles in the
console, roles and audit logs in the TOS, the shipping lines' API keys kept in
the terminal vault, a step limit on the agent, TLS to the vendor and the lines.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Harbour crane container damage vision agent",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Inspects crane-camera images of lifted containers for damage, holds damaged "
        "containers for survey and opens damage claims with shipping lines."
    ),
)

# ---------------------------------------------------------------- data assets
frames = tg.Data(
    "Crane camera frames",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Stills of all six container faces taken during the lift; claim evidence.",
)
move_events = tg.Data(
    "Crane move events",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Container number, crane, vessel, bay position and lift time.",
)
detections = tg.Data(
    "Damage detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Boxes and classes (dent, hole, bent corner post, torn roof) with scores.",
)
inspection_case = tg.Data(
    "Inspection case",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Container number, move event, detections and image references.",
)
agent_prompt = tg.Data(
    "Inspection prompt with images",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, case details, container history and the frames.",
)
llm_reply = tg.Data(
    "Model assessment", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
container_records = tg.Data(
    "Container records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Bookings, shipping line, consignee, interchange receipts and past damage notes.",
)
history_query = tg.Data(
    "Container history query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
history_result = tg.Data(
    "Container history", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
hold_request = tg.Data("Survey hold request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
hold_status = tg.Data("Container hold status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
hold_release = tg.Data("Hold release", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
claim_draft = tg.Data(
    "Damage claim draft",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Damage description, estimated repair cost, images and container history.",
)
claim_approval = tg.Data("Claim approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
claim_call = tg.Data(
    "Claim submission call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
claim = tg.Data(
    "Damage claim",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
claim_ref = tg.Data("Claim reference", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Crane OT network", trust=tg.Trust.INTERNAL):
    # Fixed cameras on the spreader and the crane legs, one set per crane.
    cameras = tm.add(tg.Device("Crane cameras", fleet=True))

with tm.boundary("Terminal data centre", trust=tg.Trust.INTERNAL):
    # Receives camera streams, matches them to the lift and runs the detector.
    gateway = tm.add(
        tg.Service(
            "Frame gateway",
            description="Grabs stills per lift, tags them with the move event, opens cases.",
        )
    )
    # Keeps every lift's images for claims and disputes.
    archive = tm.add(tg.DataStore("Image archive", stores={frames}))
    # In-house detector fine-tuned on the terminal's own labelled damage photos.
    detector = tm.add(
        tg.Model(
            "Container damage detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
        )
    )
    # The LLM agent that assesses flagged lifts, holds containers and drafts claims.
    agent = tm.add(
        tg.Agent(
            "Damage inspection agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={c.CircuitBreaker(max_steps=25)},
        )
    )
    # The terminal operating system: the system of record for containers and holds.
    tos = tm.add(
        tg.DataStore(
            "Terminal operating system",
            stores={container_records, hold_status},
            controls={c.RBAC(), c.AuditLogging(retention_days=365)},
        )
    )
    # Read-only lookup of a container's booking and damage history.
    history_tool = tm.add(tg.Tool("Container history tool", capabilities={"read"}))
    # Sets a survey hold so the container is not delivered or loaded.
    hold_tool = tm.add(tg.Tool("Survey hold tool", capabilities={"write"}))
    # Submits an approved claim to the shipping line's claims API.
    claims_tool = tm.add(
        tg.Tool(
            "Damage claim tool",
            capabilities={"write", "network-egress"},
            controls={
                c.HumanInTheLoop(approver="duty damage clerk, in the review console"),
                c.SecretsManagement(note="shipping lines' API keys in the terminal vault"),
            },
        )
    )
    # Drafted claims, evidence and the clerk's decisions.
    case_store = tm.add(tg.DataStore("Claim case store", stores={claim_draft, claim_approval}))
    # Web console where clerks review drafts and release holds.
    console = tm.add(
        tg.Service(
            "Damage review console",
            controls={c.Authentication(method="terminal Active Directory SSO"), c.RBAC()},
        )
    )

with tm.boundary("Terminal office network", trust=tg.Trust.INTERNAL):
    # Reviews every draft claim and arranges the survey.
    clerk = tm.add(tg.Actor("Damage clerk", role="damage clerk"))

with tm.boundary("Model vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted multimodal LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Shipping lines", trust=tg.Trust.PARTNER):
    # Each line's claims API; the terminal holds a key per line.
    lines_api = tm.add(tg.ExternalService("Shipping line claims API"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(cameras, gateway, frames, protocol="rtsp")
tm.flow(tos, gateway, move_events, label="move events")
tm.flow(gateway, archive, frames)
tm.flow(gateway, detector, frames)
tm.flow(detector, gateway, detections)
tm.flow(gateway, agent, inspection_case, label="possible damage")

tm.flow(archive, agent, frames, label="full-resolution images")
tm.flow(agent, llm, agent_prompt, protocol="https", controls={tls})
tm.flow(llm, agent, llm_reply, protocol="https", controls={tls})

tm.flow(agent, history_tool, history_query)
tm.flow(history_tool, tos, history_query)
tm.flow(tos, history_tool, container_records)
tm.flow(history_tool, agent, history_result)

tm.flow(agent, hold_tool, hold_request)
tm.flow(hold_tool, tos, hold_status, label="set survey hold")
tm.flow(tos, hold_tool, hold_status, label="hold confirmed")
tm.flow(hold_tool, agent, hold_status)

tm.flow(agent, case_store, claim_draft)
tm.flow(case_store, console, claim_draft)
tm.flow(console, clerk, claim_draft, protocol="https")
tm.flow(clerk, console, claim_approval, hold_release, protocol="https")
tm.flow(console, case_store, claim_approval)
tm.flow(console, tos, hold_release)
tm.flow(case_store, agent, claim_approval, label="approved drafts")

tm.flow(agent, claims_tool, claim_call)
tm.flow(claims_tool, lines_api, claim, protocol="https", controls={tls})
tm.flow(lines_api, claims_tool, claim_ref, protocol="https", controls={tls})
tm.flow(claims_tool, agent, claim_ref)
tm.flow(agent, case_store, claim_ref, label="claim reference recorded")
