"""Student accommodation maintenance chatbot: the first design, before any security review.

Students in the university's halls of residence report repairs to a chatbot on the
student portal, signed in with university SSO. An LLM agent, built on a hosted model,
asks follow-up questions, may take photos, classifies urgency (a gas smell or no
heating is an emergency), looks up the student's room in the residence management
system and creates a work order in the estates ticket system. It books a visit
into the student's room through the maintenance contractor's scheduling API and
notifies the student by e-mail and SMS. The contractor's technicians work from
their own system, which reports job status back; the accommodation office sees and
re-prioritises every ticket on a staff dashboard. Controls in this design: SSO with
MFA for students and staff, role-based access on the dashboard, a rate limit and a
step limit on the chatbot, the vendor's content filter, a read-only account for the
room lookup, and encryption and audit logging on the ticket system.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Student accommodation maintenance chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Chatbot that takes repair reports from students and books contractor visits.",
)

# ---------------------------------------------------------------- data assets
message = tg.Data("Student repair message", kind="prompt", sensitivity=tg.Sensitivity.PII)
photos = tg.Data("Repair photos", kind="media", sensitivity=tg.Sensitivity.PII)
reply = tg.Data("Chatbot reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "LLM prompt with conversation",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the conversation so far, photos and tool results.",
)
completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Next question or answer, urgency classification and tool calls.",
)
lookup_call = tg.Data("Room lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
resident = tg.Data(
    "Resident record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, hall, room number, phone, e-mail and tenancy dates.",
)
work_order = tg.Data(
    "Work order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Room, fault description, urgency, photos and the student's contact details.",
)
ticket_ref = tg.Data("Ticket reference", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
booking = tg.Data(
    "Visit booking",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Room, time slot and the student's permission to enter.",
)
confirmation = tg.Data("Visit confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII)
notification = tg.Data("Student notification", kind="records", sensitivity=tg.Sensitivity.PII)
job_status = tg.Data("Job status update", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
transcript = tg.Data("Conversation transcript", kind="logs", sensitivity=tg.Sensitivity.PII)
ticket_update = tg.Data(
    "Ticket priority change", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # A resident reporting a repair from a phone or laptop.
    student = tm.add(tg.Actor("Student resident", role="resident"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model behind the chatbot; classifies urgency as part of the conversation.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Multimodal chat model; decides follow-up questions and the urgency level.",
            controls={c.Guardrails(note="the vendor's default content filter")},
        )
    )

with tm.boundary("University cloud tenancy", trust=tg.Trust.INTERNAL):
    # The chat widget's back end on the student portal.
    chat_api = tm.add(
        tg.Endpoint(
            "Repair chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="university SSO with MFA"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Runs the conversation and calls the tools without a person approving each step.
    agent = tm.add(
        tg.Agent(
            "Maintenance chatbot agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=15)},
        )
    )
    # Finds the signed-in student's hall and room.
    room_lookup = tm.add(
        tg.Tool(
            "Room lookup tool",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only service account")},
        )
    )
    # Opens the ticket the contractor will work from.
    work_order_tool = tm.add(tg.Tool("Work order tool", capabilities={"write"}))
    # Books the contractor's visit into the student's room.
    booking_tool = tm.add(tg.Tool("Visit booking tool", capabilities={"write", "network-egress"}))
    # Tells the student what was booked and when.
    notify_tool = tm.add(tg.Tool("Student notification tool", capabilities={"send-messages"}))
    # Kept for complaints and to improve the prompts.
    chat_logs = tm.add(tg.DataStore("Conversation log store", stores={transcript}))
    # The accommodation office's view of every ticket.
    dashboard = tm.add(
        tg.Endpoint(
            "Ticket dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="university SSO with MFA"), c.RBAC()},
        )
    )

    with tm.boundary("Estates systems", trust=tg.Trust.INTERNAL):
        # Who lives in which room: the university's existing residence system.
        residence_system = tm.add(tg.DataStore("Residence management system", stores={resident}))
        # The estates helpdesk (CAFM) where work orders live.
        ticket_system = tm.add(
            tg.DataStore(
                "Maintenance ticket system",
                stores={work_order, job_status},
                controls={
                    c.EncryptionAtRest(key_management="cloud provider managed keys"),
                    c.AuditLogging(),
                },
            )
        )

with tm.boundary("University staff network", trust=tg.Trust.INTERNAL):
    # Sees all tickets, chases the contractor, re-prioritises.
    office = tm.add(tg.Actor("Accommodation office staff", role="accommodation officer"))

with tm.boundary("Maintenance contractor", trust=tg.Trust.PARTNER):
    # The contractor's job scheduling platform, reached over its API.
    contractor_system = tm.add(tg.ExternalService("Contractor scheduling system"))
    # Technicians who visit the rooms.
    technician = tm.add(tg.Actor("Contractor technician", role="maintenance contractor"))

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # Sends the e-mails and text messages.
    messaging = tm.add(tg.ExternalService("E-mail and SMS gateway"))

# ---------------------------------------------------------------- flows
tm.flow(student, chat_api, message, photos, protocol="https")
tm.flow(chat_api, agent, message, photos)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, chat_api, reply)
tm.flow(chat_api, student, reply, protocol="https")
tm.flow(agent, chat_logs, transcript)

tm.flow(agent, room_lookup, lookup_call)
tm.flow(residence_system, room_lookup, resident)
tm.flow(room_lookup, agent, resident)

tm.flow(agent, work_order_tool, work_order)
tm.flow(work_order_tool, ticket_system, work_order)
tm.flow(work_order_tool, agent, ticket_ref)

tm.flow(agent, booking_tool, booking)
tm.flow(booking_tool, contractor_system, booking, work_order, protocol="https")
tm.flow(contractor_system, booking_tool, confirmation, protocol="https")
tm.flow(booking_tool, agent, confirmation)

tm.flow(agent, notify_tool, notification)
tm.flow(notify_tool, messaging, notification, protocol="https")
tm.flow(messaging, student, notification, protocol="sms", label="text and e-mail")

tm.flow(contractor_system, technician, work_order, booking, protocol="https")
tm.flow(technician, contractor_system, job_status, protocol="https")
tm.flow(contractor_system, ticket_system, job_status, protocol="https", label="job status callback")

tm.flow(ticket_system, dashboard, work_order, job_status)
tm.flow(dashboard, office, work_order, job_status, protocol="https")
tm.flow(office, dashboard, ticket_update, protocol="https")
tm.flow(dashboard, ticket_system, ticket_update)
