"""Halls of residence help chatbot: the first design, before any security review.

A UK university's accommodation office adds a chat assistant to the student portal
for students living in its halls. A student describes a fault in their flat or a
noise problem in their own words; an LLM agent looks up their hall and room, asks
follow-up questions, and answers from the halls policies (quiet hours, repair
times). For a repair it raises a work order in the estates helpdesk system; for a
noise complaint it writes a summary, including who and which flat is complained
about, to the wardens' complaint queue, where the duty warden follows it up.
The model is a vendor-hosted LLM under the university's data processing terms.
Students sign in through the university SSO with MFA and the chat API is rate
limited; the work order tool has a create-only account, wardens see the queue by
role, and transcripts are deleted after 180 days.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Halls repair and noise complaint chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Student-facing assistant that raises repair work orders and passes "
    "noise complaints to hall wardens.",
)

# ---------------------------------------------------------------- data assets
message = tg.Data(
    "Student chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text: the fault or the noise problem, often naming flatmates or neighbours.",
)
reply = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Prompt with conversation and policy context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
policies = tg.Data(
    "Halls policies and repair guidance",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Licence agreement terms, quiet hours, repair priorities and response times.",
)
policy_chunks = tg.Data(
    "Policy passages", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
residence = tg.Data(
    "Student residence record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Student id, name, hall, flat and room, contract dates.",
)
room_query = tg.Data("Room lookup request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
work_order = tg.Data(
    "Repair work order",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Location, fault category, priority, description, access permission.",
)
work_order_ref = tg.Data(
    "Work order reference", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
complaint = tg.Data(
    "Noise complaint summary",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Complainant, the flat or student complained about, times and what happened.",
)
complaint_ref = tg.Data(
    "Complaint case reference", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
case_notes = tg.Data(
    "Warden case notes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Follow-up actions, warnings given and case status.",
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any student living in halls, on their phone or laptop.
    student = tm.add(tg.Actor("Student resident", role="student"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed; no training on our prompts")},
        )
    )

with tm.boundary("University cloud", trust=tg.Trust.INTERNAL):
    # Chat API behind the student portal.
    chat_api = tm.add(
        tg.Endpoint(
            "Halls chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="university SSO (OIDC) with MFA"),
                c.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # The LLM agent: holds the conversation, retrieves policy, calls the tools.
    assistant = tm.add(
        tg.Agent(
            "Halls assistant agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Raises work orders and complaint referrals itself once the "
            "student confirms the summary; no staff approval before submission.",
        )
    )
    # Policy passages the agent answers from.
    policy_index = tm.add(tg.VectorStore("Halls policy index", stores={policies, policy_chunks}))
    # Accommodation office staff maintain the policy documents.
    accommodation_officer = tm.add(tg.Actor("Accommodation officer", role="accommodation staff"))
    # Finds the signed-in student's hall and room.
    room_tool = tm.add(tg.Tool("Room lookup tool", capabilities={"read"}))
    # Creates a ticket in the estates helpdesk.
    work_order_tool = tm.add(
        tg.Tool(
            "Work order tool",
            capabilities={"write"},
            controls={c.LeastPrivilegeTools(note="service account can only create tickets")},
        )
    )
    # Posts a noise complaint to the wardens' queue.
    complaint_tool = tm.add(tg.Tool("Complaint referral tool", capabilities={"write"}))
    # Conversation history, for follow-ups and service improvement.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.RetentionLimits(days=180)},
        )
    )

with tm.boundary("University business systems", trust=tg.Trust.INTERNAL):
    # Existing accommodation management system: who lives where.
    accommodation_db = tm.add(tg.DataStore("Accommodation management system", stores={residence}))
    # Existing estates helpdesk (CAFM) that maintenance teams work from.
    estates = tm.add(tg.DataStore("Estates helpdesk system", stores={work_order}))
    # New case queue that wardens work noise complaints from.
    complaint_queue = tm.add(
        tg.DataStore("Warden complaint queue", stores={complaint, case_notes}, controls={c.RBAC()})
    )
    # Duty warden who follows up complaints.
    warden = tm.add(tg.Actor("Hall warden", role="warden"))

# ---------------------------------------------------------------- flows
tm.flow(student, chat_api, message, protocol="https")
tm.flow(chat_api, assistant, message)
tm.flow(assistant, chat_api, reply)
tm.flow(chat_api, student, reply, protocol="https")

tm.flow(assistant, llm, llm_prompt, protocol="https")
tm.flow(llm, assistant, completion, protocol="https")
tm.flow(policy_index, assistant, policy_chunks, label="retrieved policy")
tm.flow(accommodation_officer, policy_index, policies, label="uploads policy documents")
tm.flow(assistant, transcript_store, transcripts)

tm.flow(assistant, room_tool, room_query)
tm.flow(room_tool, accommodation_db, room_query, protocol="https")
tm.flow(accommodation_db, room_tool, residence, protocol="https")
tm.flow(room_tool, assistant, residence)

tm.flow(assistant, work_order_tool, work_order)
tm.flow(work_order_tool, estates, work_order, protocol="https")
tm.flow(estates, work_order_tool, work_order_ref, protocol="https")
tm.flow(work_order_tool, assistant, work_order_ref)

tm.flow(assistant, complaint_tool, complaint)
tm.flow(complaint_tool, complaint_queue, complaint, protocol="https")
tm.flow(complaint_queue, complaint_tool, complaint_ref, protocol="https")
tm.flow(complaint_tool, assistant, complaint_ref)
tm.flow(complaint_queue, warden, complaint, protocol="https")
tm.flow(warden, complaint_queue, case_notes, protocol="https")
