"""Parent messaging agent: the first design, before any security review.

A chain of UK day nurseries adds an LLM agent to its parent app. Parents sign in
and message the nursery; the agent answers questions about fees, menus, term dates
and policies from an indexed nursery handbook, looks up their child's day (meals,
naps, nappies, activities, incidents) in the nursery management system, and
records absences that parents report. At the end of each day it drafts a short
update per child from the staff care notes that practitioners type on room
tablets; the child's key worker reads and approves each draft in a staff review
console before it is pushed to the parent's phone. Answers and absence records go
out without review. The nursery management system is a vendor's SaaS with role-based
access and encryption at rest; the LLM is a hosted API under a data processing
agreement. Parents sign in to the app with e-mail and password; staff use their
own accounts with an app code.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Nursery parent messaging agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Answers parents' questions, records absences and drafts daily updates "
        "from staff care notes for a chain of day nurseries."
    ),
)

# ---------------------------------------------------------------- data assets
message = tg.Data("Parent message", kind="prompt", sensitivity=tg.Sensitivity.PII)
reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Agent prompt with context",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, conversation, handbook passages and tool results.",
)
completion = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
handbook_docs = tg.Data(
    "Nursery policies, fees, menus and term dates",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
)
handbook_chunks = tg.Data(
    "Handbook passages", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
child_records = tg.Data(
    "Child records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Names, dates of birth, allergies, medical needs, parents and authorised collectors.",
)
care_notes = tg.Data(
    "Staff care notes",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Meals, sleep, nappy changes, medication given, accidents and incidents.",
)
attendance = tg.Data("Attendance register", kind="records", sensitivity=tg.Sensitivity.PII)
lookup_request = tg.Data("Child lookup request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
child_day = tg.Data("Child's day summary", kind="tool-result", sensitivity=tg.Sensitivity.REGULATED)
absence = tg.Data(
    "Absence report",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Child, dates and reason given by the parent (often an illness).",
)
absence_ack = tg.Data("Absence confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII)
draft_update = tg.Data("Draft daily update", kind="model-output", sensitivity=tg.Sensitivity.PII)
daily_update = tg.Data("Approved daily update", kind="records", sensitivity=tg.Sensitivity.PII)
history = tg.Data("Conversation history", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Parents and carers writing from the parent app on their own phones.
    parent = tm.add(tg.Actor("Parent", role="parent or carer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model that plans the agent's steps and writes replies and drafts.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="data processing agreement, no training on inputs")
            },
        )
    )

with tm.boundary("Push notification provider", trust=tg.Trust.PARTNER):
    # Delivers approved daily updates to the parent app as notifications.
    push = tm.add(tg.ExternalService("Push notification service"))

with tm.boundary("Nursery software vendor", trust=tg.Trust.PARTNER):
    # SaaS system of record for children, attendance, bookings and care notes.
    nms = tm.add(
        tg.DataStore(
            "Nursery management system",
            stores={child_records, care_notes, attendance},
            controls={
                c.RBAC(),
                c.EncryptionAtRest(key_management="vendor-managed keys"),
                c.AuditLogging(),
            },
        )
    )

with tm.boundary("Nursery cloud tenant", trust=tg.Trust.INTERNAL):
    # Parent app back end: signs parents in and carries their messages to the agent.
    gateway = tm.add(
        tg.Endpoint(
            "Parent messaging API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # The messaging agent: answers, looks up the child's day, records absences, drafts updates.
    agent = tm.add(
        tg.Agent(
            "Parent messaging agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="the child's key worker",
                    note="daily updates only; answers and absence records go straight through",
                )
            },
        )
    )
    # Reads the child's attendance and today's care notes from the management system.
    lookup_tool = tm.add(
        tg.Tool(
            "Child day lookup tool",
            capabilities={"read"},
            description="Takes the child's name and nursery site from the agent.",
        )
    )
    # Marks the child absent in the register for the dates the parent gives.
    absence_tool = tm.add(tg.Tool("Absence recording tool", capabilities={"write"}))
    # RAG index over the handbook so answers follow current policies and prices.
    handbook_index = tm.add(tg.VectorStore("Nursery handbook index", stores={handbook_chunks}))
    # Chunks and embeds handbook documents when the nursery manager updates them.
    indexer = tm.add(tg.Pipeline("Handbook indexing job", stage=tg.Stage.INGESTION))
    # Keeps each parent's thread so the agent can follow the conversation.
    conversations = tm.add(tg.DataStore("Conversation store", stores={history}))
    # Where key workers read, edit and approve the drafted daily updates.
    console = tm.add(
        tg.Service(
            "Staff review console",
            controls={
                c.Authentication(method="individual staff account with password and app code"),
                c.RBAC(),
            },
        )
    )

with tm.boundary("Nursery sites", trust=tg.Trust.INTERNAL):
    # Key worker who writes care notes and approves the daily updates.
    practitioner = tm.add(tg.Actor("Key worker", role="nursery practitioner"))
    # Shared tablet in each room, running the management system's staff app.
    room_tablet = tm.add(tg.Device("Room tablet"))
    # Keeps the handbook (fees, menus, term dates, policies) up to date.
    manager = tm.add(tg.Actor("Nursery manager", role="site manager", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(parent, gateway, message, protocol="https")
tm.flow(gateway, agent, message)
tm.flow(agent, gateway, reply)
tm.flow(gateway, parent, reply, protocol="https")

tm.flow(conversations, agent, history, label="thread so far")
tm.flow(agent, conversations, history)
tm.flow(agent, handbook_index, message, label="similarity query")
tm.flow(handbook_index, agent, handbook_chunks)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, lookup_tool, lookup_request)
tm.flow(lookup_tool, nms, lookup_request, protocol="https")
tm.flow(nms, lookup_tool, care_notes, attendance, child_records, protocol="https")
tm.flow(lookup_tool, agent, child_day)

tm.flow(agent, absence_tool, absence)
tm.flow(absence_tool, nms, attendance, protocol="https")
tm.flow(absence_tool, agent, absence_ack)

tm.flow(practitioner, room_tablet, care_notes, label="typed on the tablet")
tm.flow(room_tablet, nms, care_notes, protocol="https")

tm.flow(agent, console, draft_update, label="end-of-day drafts")
tm.flow(console, practitioner, draft_update, protocol="https")
tm.flow(practitioner, console, daily_update, protocol="https", label="approves or edits")
tm.flow(console, push, daily_update, protocol="https")
tm.flow(push, parent, daily_update, protocol="https")

tm.flow(manager, indexer, handbook_docs, protocol="https", label="uploads handbook")
tm.flow(indexer, handbook_index, handbook_chunks)
