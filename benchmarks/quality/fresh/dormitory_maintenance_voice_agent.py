"""Dormitory maintenance voice agent: the first design, before any security review.

Residents phone a maintenance line, or talk to the residences skill on their own smart
speaker, to report faults, ask about house rules and reception hours, and book a
contractor visit to their room. The agent runs on a hosted voice-AI platform (the
vendor's telephony, speech models, hosted LLM and a knowledge base of residence
documents facilities staff upload); callers are identified by the phone number or
linked speaker account on their housing record. Two integration services in the
university cloud are its tools: one finds the room and creates a provisional work
order in the facilities system, the other texts the student through an SMS provider,
and the booking is confirmed when the student replies YES. Contractors get work
orders by e-mail and update jobs in the contractor portal. Controls: an API key from
the platform to the tools, RBAC and audit logs in the facilities system, encryption
at rest of housing records and call transcripts, the vendor's default content filter.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Dormitory maintenance voice agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Phone and smart-speaker agent that takes maintenance requests and books "
    "contractor visits to student rooms.",
)

# ---------------------------------------------------------------- data assets
caller_audio = tg.Data("Caller audio", sensitivity=tg.Sensitivity.PII, kind="media")
caller_number = tg.Data("Caller phone number", sensitivity=tg.Sensitivity.PII, kind="records")
spoken_request = tg.Data(
    "Transcribed request",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="What the student said: the fault, their questions, preferred times.",
)
reply_text = tg.Data("Agent reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
reply_audio = tg.Data("Synthesized reply audio", sensitivity=tg.Sensitivity.PII, kind="media")
prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System instructions, conversation so far, retrieved rules and tool results.",
)
completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
rules_docs = tg.Data(
    "Residence rules and opening hours",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="documents",
    cia=tg.CIA(confidentiality="low", integrity="medium", availability="medium"),
)
rules_context = tg.Data(
    "Retrieved rules passages", sensitivity=tg.Sensitivity.PUBLIC, kind="retrieved-context"
)
booking_call = tg.Data(
    "Booking tool call",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Caller number, fault description and the chosen visit slot.",
)
booking_result = tg.Data(
    "Booking tool result",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-result",
    description="Room, free visit slots, the provisional booking reference.",
)
sms_call = tg.Data("Confirmation text tool call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
sms_result = tg.Data("Text sending status", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result")
confirmation_text = tg.Data(
    "Booking confirmation text", sensitivity=tg.Sensitivity.PII, kind="documents"
)
student_reply = tg.Data("Student text reply", sensitivity=tg.Sensitivity.PII, kind="documents")
housing_record = tg.Data(
    "Student housing record",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, student number, residence, room number, phone number.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
work_order = tg.Data(
    "Maintenance work order",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Room, fault, visit slot, student name and phone, access notes.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
job_update = tg.Data("Contractor job update", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
transcripts = tg.Data(
    "Call transcripts and recordings", sensitivity=tg.Sensitivity.PII, kind="logs"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Residents calling from their own phones or speaking to their own smart speakers.
    student = tm.add(tg.Actor("Student resident", role="resident"))
    # External maintenance firms that carry out the booked visits.
    contractor = tm.add(tg.Actor("Maintenance contractor", role="contractor"))

with tm.boundary("Smart speaker vendor", trust=tg.Trust.PARTNER):
    # The speaker maker's voice platform: wake word, speech recognition, the skill hosting.
    speaker_platform = tm.add(
        tg.ExternalService(
            "Smart speaker platform",
            description="Turns speech into text for the residences skill and speaks replies.",
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Sends the confirmation texts and forwards students' replies to us.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Voice AI vendor", trust=tg.Trust.PARTNER):
    # The vendor's phone number and call handling for the maintenance line.
    telephony = tm.add(tg.ExternalService("Telephony gateway"))
    # Speech-to-text for callers and text-to-speech for the agent's replies.
    speech = tm.add(
        tg.Model(
            "Speech recognition and synthesis",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
        )
    )
    # The conversation: understands the request, answers, calls the booking and text tools.
    agent = tm.add(
        tg.Agent(
            "Maintenance voice agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Configured on the vendor's platform with our prompt and tool list.",
            controls={
                c.Authentication(
                    method="caller's phone number, or the smart-speaker account linked to it, "
                    "matched to the housing record"
                ),
                c.HumanInTheLoop(approver="the student, who replies YES to the confirmation text"),
            },
        )
    )
    # The hosted model behind the agent.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's default content filter")},
        )
    )
    # Residence documents uploaded to the platform for answering rules and hours questions.
    knowledge = tm.add(tg.VectorStore("Residence knowledge base", stores={rules_docs}))
    # The platform keeps every call's recording and transcript for review.
    call_log = tm.add(
        tg.DataStore(
            "Call transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(note="vendor default")},
        )
    )

with tm.boundary("University cloud", trust=tg.Trust.INTERNAL):
    # Our integration service the agent calls to find the room and book a visit slot.
    booking_tool = tm.add(
        tg.Tool(
            "Maintenance booking tool",
            capabilities={"read", "write"},
            controls={
                c.Authentication(method="static API key configured in the vendor platform"),
                c.LeastPrivilegeTools(
                    note="service account limited to creating maintenance work orders"
                ),
            },
        )
    )
    # Our integration service that texts the student and records their reply.
    sms_tool = tm.add(
        tg.Tool(
            "Confirmation text tool",
            capabilities={"send-messages", "write"},
            controls={c.Authentication(method="static API key configured in the vendor platform")},
        )
    )

with tm.boundary("Estates and housing systems", trust=tg.Trust.INTERNAL):
    # The housing office's record of who lives in which room.
    housing = tm.add(
        tg.DataStore(
            "Housing records",
            stores={housing_record},
            controls={c.RBAC(), c.EncryptionAtRest(key_management="university key vault")},
        )
    )
    # Work orders, contractor schedules and the contractor portal.
    facilities = tm.add(
        tg.DataStore(
            "Facilities management system",
            stores={work_order},
            controls={c.RBAC(), c.AuditLogging()},
        )
    )

with tm.boundary("Campus network", trust=tg.Trust.INTERNAL):
    # Maintain work orders and the documents in the knowledge base.
    staff = tm.add(tg.Actor("Facilities staff", role="facilities coordinator"))

# ---------------------------------------------------------------- flows
# Phone calls
tm.flow(student, telephony, caller_audio, protocol="pstn")
tm.flow(telephony, speech, caller_audio)
tm.flow(telephony, agent, caller_number, label="caller ID")
tm.flow(speech, agent, spoken_request)
tm.flow(agent, speech, reply_text)
tm.flow(speech, telephony, reply_audio)
tm.flow(telephony, student, reply_audio, protocol="pstn")

# Smart speaker
tm.flow(student, speaker_platform, caller_audio, protocol="https")
tm.flow(speaker_platform, agent, spoken_request, caller_number, protocol="https")
tm.flow(agent, speaker_platform, reply_text, protocol="https")
tm.flow(speaker_platform, student, reply_audio, protocol="https")

# The agent's reasoning, knowledge and logs
tm.flow(agent, llm, prompt)
tm.flow(llm, agent, completion)
tm.flow(agent, knowledge, spoken_request, label="search")
tm.flow(knowledge, agent, rules_context)
tm.flow(agent, call_log, transcripts)

# Booking a visit
tm.flow(agent, booking_tool, booking_call, protocol="https")
tm.flow(booking_tool, housing, caller_number, label="who is calling")
tm.flow(housing, booking_tool, housing_record)
tm.flow(booking_tool, facilities, work_order, label="provisional booking")
tm.flow(facilities, booking_tool, work_order, label="free visit slots")
tm.flow(booking_tool, agent, booking_result, protocol="https")

# Confirmation by text
tm.flow(agent, sms_tool, sms_call, protocol="https")
tm.flow(sms_tool, agent, sms_result, protocol="https")
tm.flow(sms_tool, sms_gateway, confirmation_text, protocol="https")
tm.flow(sms_gateway, student, confirmation_text, protocol="sms")
tm.flow(student, sms_gateway, student_reply, protocol="sms")
tm.flow(sms_gateway, sms_tool, student_reply, protocol="https", label="inbound reply webhook")
tm.flow(sms_tool, facilities, work_order, label="booking confirmed")

# Contractors and staff
tm.flow(facilities, contractor, work_order, protocol="smtp+starttls", label="work order e-mail")
tm.flow(contractor, facilities, job_update, protocol="https", label="contractor portal")
tm.flow(staff, facilities, work_order, protocol="https")
tm.flow(facilities, staff, work_order, job_update, protocol="https")
tm.flow(staff, knowledge, rules_docs, protocol="https", label="document upload")
