"""University library loans and fines chatbot: the first design, before any security review.

Students open the library chatbot from the library website and sign in with the
university SSO (with MFA). The chatbot is an LLM agent: a hosted LLM answers
questions about loans, renewals and fines from the library's policy pages, and
calls tools that look up and renew the student's loans and waive fines through
the library management system's API (a vendor-hosted cloud LMS, one API key).
When a student gives a reason that fits the waiver policy, the agent may waive a
fine of under 10 GBP itself; anything larger becomes a ticket in the library
helpdesk, where staff decide and apply the waiver in the LMS and email the student.
Conversations are logged for 90 days. The LLM vendor went through university
procurement; the chat API is rate limited.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "University library loans and fines chatbot",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Student-facing LLM agent that answers loan questions, renews books and waives "
        "small overdue fines, escalating larger waivers to library staff."
    ),
)

# ---------------------------------------------------------------- data assets
sso_login = tg.Data(
    "Student SSO credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
id_token = tg.Data(
    "SSO identity token",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="credentials",
    description="Signed assertion with the student's id and library barcode.",
)
question = tg.Data(
    "Student question",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Questions about loans and fines, and reasons given for a waiver.",
)
answer = tg.Data("Chatbot answer", sensitivity=tg.Sensitivity.PII, kind="model-output")
prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt with the waiver policy, the conversation and tool results.",
)
completion = tg.Data(
    "LLM completion with tool calls", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
policy_pages = tg.Data(
    "Library policy and FAQ pages", sensitivity=tg.Sensitivity.PUBLIC, kind="documents"
)
loan_call = tg.Data(
    "Loan lookup and renewal request",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Patron id, item ids to renew.",
)
loan_records = tg.Data(
    "Loan and fine records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Items on loan, due dates, renewal counts and outstanding fines.",
)
waiver_call = tg.Data(
    "Fine waiver request",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Patron id, fine id, amount and the student's reason.",
)
waiver_result = tg.Data("Fine waiver result", sensitivity=tg.Sensitivity.PII, kind="tool-result")
escalation = tg.Data(
    "Waiver escalation ticket",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Student, fine, amount, the reason given and the conversation summary.",
)
staff_waiver = tg.Data("Staff waiver decision", sensitivity=tg.Sensitivity.PII, kind="records")
outcome_email = tg.Data("Waiver outcome email", sensitivity=tg.Sensitivity.PII, kind="records")
transcripts = tg.Data("Chat transcripts", sensitivity=tg.Sensitivity.PII, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Students chatting from a browser, on or off campus.
    student = tm.add(tg.Actor("Student", role="library patron"))

with tm.boundary("University IT", trust=tg.Trust.INTERNAL):
    # Central university sign-in; the chatbot only trusts its assertions.
    sso = tm.add(
        tg.ExternalService(
            "University SSO",
            provides=tg.ExternalCategory.IDENTITY_PROVIDER,
            controls={c.Authentication(method="university password with MFA")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model that reads the conversation and decides which tool to call.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="university procurement and DPA")},
        )
    )

with tm.boundary("LMS vendor cloud", trust=tg.Trust.PARTNER):
    # The library management system: loans, renewals, fines (vendor-hosted SaaS).
    lms = tm.add(
        tg.ExternalService(
            "Library management system API",
            description="Patron, loan and fines API; the chatbot uses one integration API key.",
        )
    )

with tm.boundary("Library chatbot", trust=tg.Trust.INTERNAL):
    # The chat backend behind the website widget.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="university SSO (OIDC) with MFA"),
                c.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # The LLM agent that answers and acts on the student's loans and fines.
    agent = tm.add(
        tg.Agent(
            "Library chatbot agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(approver="library helpdesk staff", above="GBP 10 per fine"),
            },
        )
    )
    # Looks up the student's loans and fines and renews items.
    loans_tool = tm.add(tg.Tool("Loans and renewals tool", capabilities={"read", "write"}))
    # Waives small fines on the student's account in the LMS.
    waiver_tool = tm.add(
        tg.Tool(
            "Fine waiver tool",
            capabilities={"write", "money-movement"},
            controls={c.TransactionLimits(limit="GBP 10 per fine")},
        )
    )
    # Opens helpdesk tickets for waivers the agent may not grant.
    ticket_tool = tm.add(tg.Tool("Helpdesk ticket tool", capabilities={"write"}))
    # Index of the library's loan, renewal and fines policy pages.
    policy_index = tm.add(tg.VectorStore("Library policy index", stores={policy_pages}))
    # Conversation logs for service improvement and complaints.
    transcript_store = tm.add(
        tg.DataStore(
            "Chat transcript store",
            stores={transcripts},
            controls={c.RetentionLimits(days=90), c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Library staff network", trust=tg.Trust.INTERNAL):
    # Helpdesk ticketing system the library already uses.
    helpdesk = tm.add(
        tg.Service(
            "Library helpdesk",
            controls={c.Authentication(method="staff SSO with MFA"), c.RBAC()},
        )
    )
    # Staff who decide larger waivers and maintain the policy pages.
    staff = tm.add(tg.Actor("Library helpdesk staff", role="library staff"))

# ---------------------------------------------------------------- flows
# Sign-in
tm.flow(student, sso, sso_login, protocol="https")
tm.flow(sso, chat_api, id_token, protocol="https")

# Conversation
tm.flow(student, chat_api, question, protocol="https")
tm.flow(chat_api, student, answer, protocol="https")
tm.flow(chat_api, agent, question)
tm.flow(agent, chat_api, answer)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, policy_index, question, label="policy search")
tm.flow(policy_index, agent, policy_pages)
tm.flow(agent, transcript_store, transcripts)

# Loans and renewals
tm.flow(agent, loans_tool, loan_call)
tm.flow(loans_tool, lms, loan_call, protocol="https")
tm.flow(lms, loans_tool, loan_records, protocol="https")
tm.flow(loans_tool, agent, loan_records)

# Small waivers
tm.flow(agent, waiver_tool, waiver_call)
tm.flow(waiver_tool, lms, waiver_call, protocol="https")
tm.flow(lms, waiver_tool, waiver_result, protocol="https")
tm.flow(waiver_tool, agent, waiver_result)

# Larger waivers go to staff
tm.flow(agent, ticket_tool, escalation)
tm.flow(ticket_tool, helpdesk, escalation, protocol="https")
tm.flow(helpdesk, staff, escalation, protocol="https")
tm.flow(staff, helpdesk, staff_waiver, protocol="https")
tm.flow(staff, lms, staff_waiver, protocol="https", label="applies waiver in the LMS staff client")
tm.flow(helpdesk, student, outcome_email, protocol="smtp")

# Policy upkeep
tm.flow(staff, policy_index, policy_pages, protocol="https", label="updates policy pages")
