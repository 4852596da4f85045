"""Student loan repayment helpline agent: the first design, before any security review.

A UK student loan servicer puts an LLM agent on its phone line and web chat.
Borrowers ask about their balance and recent repayments, update their address,
phone number or e-mail, and can set up a reduced payment plan when their income
has dropped, within the scheme's plan rules. Before anything about the account is
given or changed, the agent asks for the borrower's date of birth and customer
reference and checks them against the loan servicing system. Calls come in through
a hosted contact-centre platform that transcribes speech and speaks the replies;
chat comes through a widget on the website. The agent runs in our cloud VPC and
calls a hosted LLM; it acts through tools that read and write the loan servicing
system, and hands complex or vulnerable cases to human advisers through a case
queue. Controls today: TLS everywhere, chat rate limits, a step limit on the agent,
logged transcripts, a vendor review of the LLM provider, and role-based access,
encryption and audit logs on the servicing system.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Student loan repayment helpline agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Phone and chat agent answering borrowers about balances and repayments, "
    "updating contact details and setting up reduced payment plans.",
)

# ---------------------------------------------------------------- data assets
call_audio = tg.Data("Borrower call audio", kind="media", sensitivity=tg.Sensitivity.PII)
spoken_reply = tg.Data("Spoken agent reply", kind="media", sensitivity=tg.Sensitivity.PII)
chat_message = tg.Data("Borrower chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
call_transcript = tg.Data("Borrower call utterance", kind="prompt", sensitivity=tg.Sensitivity.PII)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "LLM prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, plan rules, the conversation so far and tool results.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
id_details = tg.Data(
    "Date of birth and customer reference",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
)
id_result = tg.Data(
    "Identity check result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
identity_record = tg.Data(
    "Borrower identity record", kind="records", sensitivity=tg.Sensitivity.PII
)
account_query = tg.Data("Account lookup request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
loan_account = tg.Data(
    "Loan account details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Balance, interest, repayment history, current plan and contact details.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
contact_change = tg.Data(
    "Contact details change",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="New postal address, phone number or e-mail address.",
)
plan_request = tg.Data(
    "Reduced payment plan request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Plan type, monthly amount, start date and the income the borrower states.",
)
tool_outcome = tg.Data(
    "Account update outcome", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
plan_rules = tg.Data(
    "Repayment plan rules",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
case_summary = tg.Data(
    "Adviser handoff case summary", kind="records", sensitivity=tg.Sensitivity.PII
)
adviser_update = tg.Data("Adviser account update", kind="records", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data("Conversation transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone who phones or chats; they claim to be a borrower until verified.
    borrower = tm.add(tg.Actor("Borrower", role="borrower"))

with tm.boundary("Contact-centre platform", trust=tg.Trust.PARTNER):
    # Hosted telephony: answers the call, transcribes it and speaks the replies.
    telephony = tm.add(
        tg.ExternalService(
            "Hosted telephony and speech service",
            description="CCaaS platform with speech-to-text and text-to-speech.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model that drives the agent's conversation and tool choice.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed; no training on our prompts")},
        )
    )

with tm.boundary("Helpline platform VPC", trust=tg.Trust.INTERNAL):
    # The web chat entry point on the servicer's website.
    chat = tm.add(
        tg.Endpoint(
            "Chat endpoint",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.RateLimiting(requests_per_minute=30)},
        )
    )
    # The LLM agent that talks to borrowers and acts through the tools below.
    agent = tm.add(
        tg.Agent(
            "Helpline agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                c.Authentication(method="date of birth and customer reference"),
                c.CircuitBreaker(max_steps=25),
                c.AuditLogging(),
            },
        )
    )
    # Checks the date of birth and customer reference the borrower gives.
    id_tool = tm.add(tg.Tool("Identity verification tool", capabilities={"read"}))
    # Reads balance, repayments and current plan for the verified borrower.
    lookup_tool = tm.add(tg.Tool("Account lookup tool", capabilities={"read"}))
    # Changes address, phone number or e-mail on the loan account.
    contact_tool = tm.add(
        tg.Tool(
            "Contact details update tool",
            capabilities={"write"},
            controls={c.LeastPrivilegeTools()},
        )
    )
    # Sets up a reduced payment plan on the loan account.
    plan_tool = tm.add(
        tg.Tool(
            "Repayment plan tool",
            capabilities={"write"},
            controls={c.LeastPrivilegeTools()},
        )
    )
    # Passes complex or vulnerable cases to a human adviser.
    handoff_tool = tm.add(tg.Tool("Adviser handoff tool", capabilities={"write"}))
    # The plan types, income thresholds and minimum payments the agent works from.
    rules_store = tm.add(tg.DataStore("Repayment plan rules", stores={plan_rules}))
    # Keeps every call and chat transcript for complaints and quality review.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Queue of handed-off cases that advisers work through.
    case_queue = tm.add(tg.Service("Adviser case queue"))

with tm.boundary("Core servicing", trust=tg.Trust.RESTRICTED):
    # The system of record for loan accounts, balances, repayments and plans.
    servicing = tm.add(
        tg.DataStore(
            "Loan servicing system",
            stores={loan_account, identity_record},
            controls={
                c.RBAC(),
                c.EncryptionAtRest(key_management="HSM-backed keys"),
                c.AuditLogging(),
            },
        )
    )

with tm.boundary("Contact centre network", trust=tg.Trust.INTERNAL):
    # Human advisers who take over complex cases.
    adviser = tm.add(tg.Actor("Helpline adviser", role="adviser"))

# ---------------------------------------------------------------- flows
# phone channel
tm.flow(borrower, telephony, call_audio, protocol="pstn")
tm.flow(telephony, borrower, spoken_reply, protocol="pstn")
tm.flow(telephony, agent, call_transcript, protocol="https")
tm.flow(agent, telephony, agent_reply, protocol="https")

# chat channel
tm.flow(borrower, chat, chat_message, protocol="https")
tm.flow(chat, borrower, agent_reply, protocol="https")
tm.flow(chat, agent, chat_message)
tm.flow(agent, chat, agent_reply)

# the model
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(rules_store, agent, plan_rules, label="loaded into the system prompt")

# tools
tm.flow(agent, id_tool, id_details)
tm.flow(id_tool, agent, id_result)
tm.flow(servicing, id_tool, identity_record, protocol="https")

tm.flow(agent, lookup_tool, account_query)
tm.flow(lookup_tool, servicing, account_query, protocol="https")
tm.flow(servicing, lookup_tool, loan_account, protocol="https")
tm.flow(lookup_tool, agent, loan_account)

tm.flow(agent, contact_tool, contact_change)
tm.flow(contact_tool, servicing, contact_change, protocol="https")
tm.flow(contact_tool, agent, tool_outcome)

tm.flow(agent, plan_tool, plan_request)
tm.flow(plan_tool, servicing, plan_request, protocol="https")
tm.flow(plan_tool, agent, tool_outcome)

tm.flow(agent, handoff_tool, case_summary)
tm.flow(handoff_tool, case_queue, case_summary)
tm.flow(case_queue, adviser, case_summary, protocol="https")
tm.flow(adviser, servicing, adviser_update, protocol="https")
tm.flow(servicing, adviser, loan_account, protocol="https")

tm.flow(agent, transcript_store, transcripts)
tm.flow(
    transcript_store,
    adviser,
    transcripts,
    protocol="https",
    label="transcript for handed-off cases",
)
