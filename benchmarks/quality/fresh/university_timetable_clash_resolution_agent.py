"""Timetable clash resolution agent: the first design, before any security review.

Students who find two of their classes clash open the student portal, sign in with
the university's single sign-on and describe the clash in a chat panel. An LLM
agent, running in the university's cloud tenancy, looks up the student's enrolments
and seminar group allocations in the student record system and the free places in
each seminar group in the timetabling system, and proposes one or more seminar group
swaps that remove the clash. When the student accepts a proposal in the portal, the
agent applies the swap to the student record system through a swap tool that runs
under a service account limited to seminar group allocations, and e-mails the
student a confirmation through the university's Microsoft 365 tenant. The language
model is a hosted model the university procured under its enterprise agreement.
Conversations are kept in a transcript store; timetabling officers maintain group
capacities and handle the cases the agent cannot resolve.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Timetable clash resolution agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM agent that proposes seminar group swaps for clashing timetables "
    "and applies accepted swaps to the student record system.",
)

# ---------------------------------------------------------------- data assets
clash_message = tg.Data(
    "Student clash message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="The student's description of the clash, with their student id from the session.",
)
agent_reply = tg.Data(
    "Proposed swaps and replies",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
acceptance = tg.Data(
    "Swap acceptance",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The student's click accepting one proposed swap.",
)
sso_token = tg.Data("SSO identity token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
llm_prompt = tg.Data(
    "Prompt with timetable context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the student's message and their timetable and group options.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
lookup_call = tg.Data("Timetable lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
lookup_result = tg.Data(
    "Timetable and group options", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
swap_call = tg.Data("Seminar group swap call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
swap_result = tg.Data("Swap outcome", kind="tool-result", sensitivity=tg.Sensitivity.PII)
student_records = tg.Data(
    "Student enrolments and seminar allocations",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
allocation_update = tg.Data(
    "Seminar allocation update",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
timetable = tg.Data(
    "Class timetable and group capacities",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Times and rooms of every lecture and seminar group, with places left.",
)
confirmation = tg.Data("Swap confirmation e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any enrolled student, from their own browser or phone.
    student = tm.add(tg.Actor("Student", role="student"))

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # The university's existing single sign-on; the portal trusts its tokens.
    sso = tm.add(
        tg.ExternalService(
            "University SSO",
            provides="identity-provider",
            controls={c.Authentication(method="university username and password with MFA")},
        )
    )
    # Sends the confirmation e-mails from the timetabling office's mailbox.
    mail = tm.add(tg.ExternalService("Exchange Online mail", provides="generic"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model that reads the clash and drafts the swap proposals.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model under the university's enterprise agreement.",
            controls={c.SupplierAssessment(note="procurement and DPO review of the vendor")},
        )
    )

with tm.boundary("University cloud tenancy", trust=tg.Trust.INTERNAL):
    # The student portal's chat panel: the only way students reach the agent.
    portal = tm.add(
        tg.Endpoint(
            "Student portal chat",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="OIDC via University SSO")},
            description="Passes the student id from the SSO session to the agent with each message.",
        )
    )
    # Works out which seminar group swaps remove the clash and applies accepted ones.
    agent = tm.add(
        tg.Agent(
            "Clash resolution agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(approver="the student, who accepts a proposed swap in the portal"),
                c.CircuitBreaker(max_steps=20),
            },
        )
    )
    # Reads a student's enrolments and the group timetable for the agent.
    lookup_tool = tm.add(
        tg.Tool(
            "Timetable lookup tool",
            capabilities={"read"},
            description="Returns the enrolments and allocations of the student id the agent passes, "
            "and the times and free places of the groups of those modules.",
        )
    )
    # Moves a student from one seminar group to another in the record system.
    swap_tool = tm.add(
        tg.Tool(
            "Seminar group swap tool",
            capabilities={"write"},
            controls={
                c.LeastPrivilegeTools(
                    note="service account may only change seminar group allocations"
                )
            },
        )
    )
    # Sends the student a written confirmation of the swap.
    email_tool = tm.add(tg.Tool("Confirmation e-mail tool", capabilities={"send-messages"}))
    # Keeps the conversations for support and for improving the prompts.
    transcript_store = tm.add(tg.DataStore("Transcript store", stores={transcripts}))

with tm.boundary("Student records zone", trust=tg.Trust.RESTRICTED):
    # The system of record for enrolments and seminar group allocations.
    srs = tm.add(
        tg.DataStore(
            "Student record system",
            stores={student_records},
            controls={
                c.RBAC(),
                c.EncryptionAtRest(key_management="database TDE"),
                c.AuditLogging(note="record system's change history"),
            },
        )
    )
    # Central timetabling: when and where every class and seminar group runs.
    timetabling = tm.add(tg.DataStore("Timetabling system", stores={timetable}))

with tm.boundary("Campus network", trust=tg.Trust.INTERNAL):
    # Sets group capacities and takes over the clashes the agent cannot resolve.
    officer = tm.add(tg.Actor("Timetabling officer", role="timetabling staff"))

# ---------------------------------------------------------------- flows
tm.flow(student, sso, sso_token, protocol="https", label="signs in")
tm.flow(sso, portal, sso_token, protocol="oidc")
tm.flow(student, portal, clash_message, acceptance, protocol="https")
tm.flow(portal, student, agent_reply, protocol="https")
tm.flow(portal, agent, clash_message, acceptance)
tm.flow(agent, portal, agent_reply)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, lookup_tool, lookup_call)
tm.flow(lookup_tool, srs, lookup_call, protocol="https")
tm.flow(srs, lookup_tool, student_records, protocol="https")
tm.flow(lookup_tool, timetabling, lookup_call, protocol="https")
tm.flow(timetabling, lookup_tool, timetable, protocol="https")
tm.flow(lookup_tool, agent, lookup_result)

tm.flow(agent, swap_tool, swap_call)
tm.flow(swap_tool, srs, allocation_update, protocol="https")
tm.flow(srs, swap_tool, swap_result, protocol="https")
tm.flow(swap_tool, agent, swap_result)
tm.flow(srs, timetabling, student_records, label="nightly allocation sync")

tm.flow(agent, email_tool, confirmation)
tm.flow(email_tool, mail, confirmation, protocol="smtp+starttls")
tm.flow(mail, student, confirmation, protocol="smtp+starttls")

tm.flow(agent, transcript_store, transcripts)
tm.flow(transcript_store, officer, transcripts, protocol="https", label="escalated cases")
tm.flow(officer, timetabling, timetable, protocol="https", label="sets group capacities")
