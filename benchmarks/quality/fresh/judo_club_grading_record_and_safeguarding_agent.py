"""Judo club grading records and parent assistant agent: the first design.

A UK judo club with mostly junior members moves its paperwork onto a small cloud
platform. Volunteer coaches use a phone app to take the register at each session
and record grading results. Parents chat with an LLM agent that answers questions
about sessions, their children's attendance and gradings, and books children into
classes through a booking tool; the agent uses a hosted LLM. The club welfare
officer keeps safeguarding concerns and coaches' DBS check records in a separate
restricted store, reached only through a welfare portal. After each grading the
head coach submits the results to the national governing body's membership
portal. Controls: TLS everywhere; password sign-in for coaches and parents, with
an authenticator code for the welfare officer; role-based access and provider
encryption on both stores; an access log on the safeguarding records.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Judo club grading records and parent assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Attendance and grading records, an LLM agent for parents that books "
    "classes, safeguarding records, and grading submission to the governing body.",
)

# ---------------------------------------------------------------- data assets
parent_question = tg.Data(
    "Parent question",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text about sessions, gradings or bookings for the parent's children.",
)
assistant_answer = tg.Data("Assistant answer", kind="model-output", sensitivity=tg.Sensitivity.PII)
agent_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions, the conversation, and tool results so far.",
)
llm_reply = tg.Data("LLM reply and tool calls", kind="tool-call", sensitivity=tg.Sensitivity.PII)
lookup_call = tg.Data(
    "Session and grading lookup", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
lookup_result = tg.Data(
    "Session and grading details",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Timetable, a child's attendance, current grade and next grading date.",
)
booking_call = tg.Data("Class booking request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_result = tg.Data("Booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII)
members = tg.Data(
    "Member records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Children's names, dates of birth, parent contacts, medical notes and "
    "photo consent.",
)
attendance = tg.Data(
    "Attendance and grading results",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
bookings = tg.Data("Class bookings", kind="records", sensitivity=tg.Sensitivity.PII)
class_register = tg.Data(
    "Class register",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Booked children for a session, with medical notes for the coach.",
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
safeguarding = tg.Data(
    "Safeguarding records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Concerns raised about children, referrals and case notes.",
)
dbs_checks = tg.Data(
    "DBS check records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Certificate numbers, dates and outcomes of coaches' and volunteers' checks.",
)
grading_submission = tg.Data(
    "Grading submission",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Member licence numbers, names and the grades awarded.",
)
submission_receipt = tg.Data(
    "Submission receipt", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Parents of junior members: ask about sessions and book classes.
    parent = tm.add(tg.Actor("Parent", role="parent of a member"))
    # Volunteer coaches, on their own phones at the dojo.
    coach = tm.add(tg.Actor("Coach", role="volunteer coach"))
    # Holds the club's safeguarding and DBS records.
    welfare_officer = tm.add(
        tg.Actor("Club welfare officer", role="welfare officer", privileged=True)
    )

with tm.boundary("Club cloud platform", trust=tg.Trust.INTERNAL):
    # Backend of the coaches' phone app: registers and grading entry.
    coach_api = tm.add(
        tg.Endpoint(
            "Coach app API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password"), c.RBAC()},
        )
    )
    # Chat widget on the club website, for signed-in parents.
    chat_api = tm.add(
        tg.Endpoint(
            "Parent chat API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Answers parents and books classes; books without staff approval when a place is free.
    agent = tm.add(
        tg.Agent(
            "Parent assistant agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Tool-calling loop around the hosted LLM, told in its system "
            "prompt to discuss only the signed-in parent's children.",
        )
    )
    # Reads the timetable, attendance and grading history for the agent.
    lookup_tool = tm.add(tg.Tool("Session and grading lookup tool", capabilities={"read"}))
    # Writes a booking for a child into a class.
    booking_tool = tm.add(tg.Tool("Class booking tool", capabilities={"read", "write"}))
    # Keeps every chat for the club secretary to review complaints.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))
    # Members, attendance, grading results and class bookings.
    members_db = tm.add(
        tg.DataStore(
            "Membership and training database",
            stores={members, attendance, bookings},
            controls={c.RBAC(), c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Sends grading results to the governing body when the head coach confirms them.
    submission_service = tm.add(tg.Service("Grading submission service"))

    with tm.boundary("Welfare records", trust=tg.Trust.RESTRICTED):
        # The only way into the safeguarding records.
        welfare_portal = tm.add(
            tg.Endpoint(
                "Welfare portal",
                purpose=tg.EndpointPurpose.API,
                controls={c.Authentication(method="e-mail and password with TOTP")},
            )
        )
        # Safeguarding concerns and DBS records, kept apart from the rest.
        safeguarding_store = tm.add(
            tg.DataStore(
                "Safeguarding records store",
                stores={safeguarding, dbs_checks},
                controls={
                    c.RBAC(),
                    c.EncryptionAtRest(key_management="cloud provider managed keys"),
                    c.AuditLogging(),
                },
            )
        )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model the agent runs on.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("National governing body", trust=tg.Trust.PARTNER):
    # The governing body's membership and grading portal.
    ngb_portal = tm.add(tg.ExternalService("Governing body membership portal"))

# ---------------------------------------------------------------- flows
tm.flow(parent, chat_api, parent_question, protocol="https")
tm.flow(chat_api, parent, assistant_answer, protocol="https")
tm.flow(chat_api, agent, parent_question)
tm.flow(agent, chat_api, assistant_answer)
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, llm_reply, protocol="https")
tm.flow(agent, lookup_tool, lookup_call)
tm.flow(lookup_tool, agent, lookup_result)
tm.flow(lookup_tool, members_db, lookup_call, label="query")
tm.flow(members_db, lookup_tool, attendance, bookings, label="rows")
tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, members_db, bookings)
tm.flow(members_db, booking_tool, bookings, label="places left")
tm.flow(agent, transcript_store, transcripts)

tm.flow(coach, coach_api, attendance, protocol="https")
tm.flow(coach_api, coach, class_register, protocol="https")
tm.flow(coach_api, members_db, attendance)
tm.flow(members_db, coach_api, members, bookings)
tm.flow(coach_api, submission_service, attendance, label="head coach confirms grading")
tm.flow(submission_service, ngb_portal, grading_submission, protocol="https")
tm.flow(ngb_portal, submission_service, submission_receipt, protocol="https")

tm.flow(welfare_officer, welfare_portal, safeguarding, dbs_checks, protocol="https")
tm.flow(welfare_portal, welfare_officer, safeguarding, dbs_checks, protocol="https")
tm.flow(welfare_portal, safeguarding_store, safeguarding, dbs_checks)
tm.flow(safeguarding_store, welfare_portal, safeguarding, dbs_checks)
