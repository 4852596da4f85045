"""Tanning salon skin-type and session-limit agent: the first design, before any security review.

A chain of tanning salons replaces the paper skin-type form with an assistant on a
tablet kiosk at each salon. Members sign in with their membership number and PIN,
and an LLM agent in the chain's cloud walks them through the skin-type
questionnaire (skin and hair colour, burning history, medication, skin conditions),
records the answers and skin type on their profile, checks their session history
against the chain's session-limit guidelines, and starts a sunbed session of the
length it chooses through the salon's hub and the bed's timer controller.
Reception staff approve a new member's first session from a staff console after
checking ID for age; later sessions start without staff. Controls in this design:
TLS to the cloud, encrypted profiles, the bed's own maximum exposure timer, and
sign-in on the kiosk and the staff console.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Tanning salon skin-type and session-limit agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Kiosk assistant that assesses skin type and starts sunbed sessions within limits.",
)

# ---------------------------------------------------------------- data assets
member_message = tg.Data("Member chat message", sensitivity=tg.Sensitivity.PII, kind="prompt")
answers = tg.Data(
    "Skin-type questionnaire answers",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Skin and eye colour, burning history, photosensitising medication, skin conditions.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
reply = tg.Data("Agent reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
sign_in = tg.Data("Membership number and PIN", sensitivity=tg.Sensitivity.PII, kind="credentials")
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, the guidelines, the member's answers and session history.",
)
completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.REGULATED, kind="model-output")
profile = tg.Data(
    "Member skin profile and session history",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
profile_call = tg.Data(
    "Profile lookup and update", sensitivity=tg.Sensitivity.REGULATED, kind="tool-call"
)
guidelines = tg.Data(
    "Session-limit guidelines",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Maximum minutes per skin type and bed model, gaps between sessions, weekly caps.",
)
session_call = tg.Data(
    "Session start request", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call"
)
session_result = tg.Data(
    "Session start result", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
bed_command = tg.Data("Bed timer command", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
bed_status = tg.Data("Bed status", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
session_record = tg.Data("Session record", sensitivity=tg.Sensitivity.PII, kind="records")
approval_request = tg.Data("First session approval request", sensitivity=tg.Sensitivity.REGULATED)
approval = tg.Data("First session approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
transcripts = tg.Data(
    "Kiosk conversation transcripts", sensitivity=tg.Sensitivity.REGULATED, kind="logs"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Salon customer area", trust=tg.Trust.UNTRUSTED):
    # Members and walk-ins standing at the kiosk; anyone in the salon can use it.
    member = tm.add(tg.Actor("Salon member", role="customer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model behind the agent.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Salon network", trust=tg.Trust.INTERNAL):
    # Wall-mounted tablet in kiosk mode where members answer and start sessions.
    kiosk = tm.add(tg.Device("Salon kiosk tablet", fleet=True))
    # Small box in each salon that relays cloud commands to the beds.
    hub = tm.add(
        tg.Service(
            "Salon hub", description="Connects out to the cloud; drives the bed timers on the LAN."
        )
    )
    # The timer unit on each sunbed; the lamps run only while it counts down.
    bed = tm.add(
        tg.Device(
            "Sunbed timer controller",
            fleet=True,
            controls={
                c.SafetyLimits(
                    limits="built-in maximum exposure time per bed model, set by the manufacturer"
                )
            },
        )
    )
    # Reception staff check ID and approve first sessions.
    reception = tm.add(tg.Actor("Reception staff", role="salon staff"))

with tm.boundary("Salon chain cloud", trust=tg.Trust.INTERNAL):
    # API the kiosks call; signs members in.
    kiosk_api = tm.add(
        tg.Endpoint(
            "Kiosk API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="membership number and 4-digit PIN")},
        )
    )
    # The LLM agent: runs the questionnaire, sets skin type, picks the session length.
    agent = tm.add(
        tg.Agent(
            "Skin-type and session agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="reception staff",
                    note="reception approves a new member's first session only; "
                    "later sessions start automatically",
                )
            },
        )
    )
    # Reads and updates the member's skin profile and session history.
    profile_tool = tm.add(tg.Tool("Member profile tool", capabilities={"read", "write"}))
    # Starts a session of a given length on a given bed.
    session_tool = tm.add(tg.Tool("Sunbed session tool", capabilities={"write"}))
    # Member profiles, questionnaire answers and every past session.
    profile_store = tm.add(
        tg.DataStore(
            "Member profile database",
            stores={profile, answers, session_record},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The chain's written rules on exposure, maintained by the operations manager.
    guideline_store = tm.add(tg.DataStore("Session-limit guideline store", stores={guidelines}))
    # Kept for complaints and incident investigations.
    transcript_store = tm.add(tg.DataStore("Conversation transcript store", stores={transcripts}))
    # Web app on the reception PC for approvals and overrides.
    console = tm.add(
        tg.Service(
            "Staff console",
            controls={c.Authentication(method="individual staff username and password")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(member, kiosk, sign_in, member_message, answers, label="touchscreen")
tm.flow(kiosk, member, reply, label="touchscreen")
tm.flow(kiosk, kiosk_api, sign_in, member_message, answers, protocol="https")
tm.flow(kiosk_api, kiosk, reply, protocol="https")
tm.flow(kiosk_api, agent, member_message, answers)
tm.flow(agent, kiosk_api, reply)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(guideline_store, agent, guidelines)
tm.flow(agent, profile_tool, profile_call, answers)
tm.flow(profile_tool, agent, profile)
tm.flow(profile_tool, profile_store, answers, profile)
tm.flow(profile_store, profile_tool, profile)

tm.flow(agent, session_tool, session_call)
tm.flow(session_tool, agent, session_result)
tm.flow(session_tool, profile_store, session_record)
tm.flow(session_tool, hub, bed_command, protocol="mqtts")
tm.flow(hub, session_tool, bed_status, protocol="mqtts")
tm.flow(hub, bed, bed_command, protocol="modbus")
tm.flow(bed, hub, bed_status, protocol="modbus")

tm.flow(agent, console, approval_request)
tm.flow(console, agent, approval)
tm.flow(console, reception, approval_request, protocol="https")
tm.flow(reception, console, approval, protocol="https")

tm.flow(agent, transcript_store, transcripts)
