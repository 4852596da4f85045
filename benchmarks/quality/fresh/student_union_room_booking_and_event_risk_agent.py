"""Student union room booking and event risk agent: the first design, before any review.

Society committee members chat with a booking assistant on the students' union
website, signed in with their university account (the university's SSO, with its MFA).
An LLM agent, running in the union's cloud tenancy and calling a hosted model, checks
room availability, books society meeting rooms straight away, and for events (external
speakers, ticketed socials, trips) drafts the event risk assessment from the union's
risk guidance and flags the event for the activities officer. The officer reviews the
draft and the booking in a staff portal, signs in with the same SSO, and approves or
rejects; only an approval confirms an event booking. The booking system refuses double
bookings and rooms over capacity. Booking and assessment databases use the cloud
provider's managed encryption. Conversations are kept in a transcript bucket. Members'
names, student numbers and speakers' details make it personal data under UK GDPR.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Student union room booking and event risk agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Chat agent that books society rooms and events, drafts event risk assessments "
        "and flags events for the activities officer's approval."
    ),
)

# ---------------------------------------------------------------- data assets
login = tg.Data(
    "University login credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
identity = tg.Data(
    "Student identity claims",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, student number and university e-mail from the SSO token.",
)
message = tg.Data("Booking chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
reply = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation, retrieved guidance and tool results.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
guidance = tg.Data(
    "Event risk guidance",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The union's event policy, risk assessment template and worked examples.",
)
guidance_chunks = tg.Data(
    "Retrieved risk guidance", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
tool_call = tg.Data("Agent tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
tool_result = tg.Data("Tool result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
bookings = tg.Data(
    "Room bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Room, time, society, booker's name and student number, status.",
)
membership = tg.Data(
    "Society committee membership",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
)
risk_assessment = tg.Data(
    "Event risk assessment",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Hazards, controls, attendee numbers, external speakers and organiser contacts.",
)
approval_request = tg.Data("Event approval request", kind="records", sensitivity=tg.Sensitivity.PII)
approval_decision = tg.Data(
    "Event approval decision",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Society committee members (presidents, treasurers, event leads) who book.
    member = tm.add(tg.Actor("Society committee member", role="society committee member"))

with tm.boundary("University IT", trust=tg.Trust.PARTNER):
    # The university's single sign-on, which the union relies on for students and staff.
    idp = tm.add(
        tg.ExternalService(
            "University identity provider",
            provides=tg.ExternalCategory.IDENTITY_PROVIDER,
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with function calling, behind the vendor's API.",
        )
    )

with tm.boundary("Union cloud tenancy", trust=tg.Trust.INTERNAL):
    # The chat widget's backend: signs members in and passes messages to the agent.
    chat_api = tm.add(
        tg.Endpoint(
            "Booking chat API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="University SSO (OIDC) with the university's MFA")},
        )
    )
    # The agent that takes bookings and drafts risk assessments.
    agent = tm.add(
        tg.Agent(
            "Booking and event risk agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="the activities officer",
                    note="events only; society meeting-room bookings are confirmed straight away",
                )
            },
        )
    )
    # Index of the union's risk guidance, for drafting assessments.
    guidance_index = tm.add(
        tg.VectorStore("Risk guidance index", stores={guidance_chunks, guidance})
    )
    # Checks availability and makes or changes bookings.
    booking_tool = tm.add(
        tg.Tool(
            "Room booking tool",
            capabilities={"read", "write"},
            controls={
                c.PolicyEnforcement(
                    rules="the booking system refuses double bookings and rooms over capacity"
                )
            },
        )
    )
    # Saves the drafted risk assessment against the event.
    ra_tool = tm.add(tg.Tool("Risk assessment drafting tool", capabilities={"write"}))
    # Puts an event in the activities officer's approval queue and e-mails them.
    flag_tool = tm.add(tg.Tool("Event approval flag tool", capabilities={"write", "send-messages"}))
    # The union's room booking records.
    bookings_db = tm.add(
        tg.DataStore(
            "Room bookings database",
            stores={bookings},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Which students sit on which society's committee, synced from the membership system.
    membership_db = tm.add(tg.DataStore("Society membership records", stores={membership}))
    # Drafted and approved event risk assessments.
    ra_store = tm.add(
        tg.DataStore(
            "Event risk assessment store",
            stores={risk_assessment, approval_request},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Conversation history, kept for support and complaints.
    transcript_store = tm.add(tg.DataStore("Chat transcript bucket", stores={transcripts}))
    # Where the activities officer reviews and approves flagged events.
    portal = tm.add(
        tg.Service(
            "Staff approval portal",
            controls={
                c.Authentication(method="University SSO (OIDC) with the university's MFA"),
                c.RBAC(note="only activities staff see the approval queue"),
            },
        )
    )

with tm.boundary("Union offices", trust=tg.Trust.INTERNAL):
    # Union staff member who approves society events.
    officer = tm.add(tg.Actor("Activities officer", role="union staff"))

# ---------------------------------------------------------------- flows
# sign-in and chat
tm.flow(member, idp, login, protocol="https")
tm.flow(idp, chat_api, identity, protocol="oidc")
tm.flow(member, chat_api, message, protocol="https")
tm.flow(chat_api, member, reply, protocol="https")
tm.flow(chat_api, agent, message, identity)
tm.flow(agent, chat_api, reply)

# the agent's reasoning and retrieval
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, guidance_index, message, label="similarity query")
tm.flow(guidance_index, agent, guidance_chunks)
tm.flow(agent, transcript_store, transcripts)

# tools
tm.flow(agent, booking_tool, tool_call)
tm.flow(booking_tool, agent, tool_result)
tm.flow(membership_db, booking_tool, membership, label="committee lookup")
tm.flow(bookings_db, booking_tool, bookings, label="availability")
tm.flow(booking_tool, bookings_db, bookings)
tm.flow(agent, ra_tool, tool_call)
tm.flow(ra_tool, agent, tool_result)
tm.flow(ra_tool, ra_store, risk_assessment)
tm.flow(agent, flag_tool, tool_call)
tm.flow(flag_tool, agent, tool_result)
tm.flow(flag_tool, ra_store, approval_request)
tm.flow(flag_tool, officer, approval_request, protocol="smtp+starttls", label="notification e-mail")

# approval by the activities officer
tm.flow(ra_store, portal, risk_assessment, approval_request)
tm.flow(bookings_db, portal, bookings)
tm.flow(portal, officer, risk_assessment, approval_request, bookings, protocol="https")
tm.flow(officer, portal, approval_decision, risk_assessment, protocol="https")
tm.flow(portal, bookings_db, approval_decision, label="confirms or releases the booking")
tm.flow(portal, ra_store, approval_decision, risk_assessment)

# the risk guidance itself, maintained by the officer
tm.flow(officer, guidance_index, guidance, protocol="https", label="uploads guidance")
