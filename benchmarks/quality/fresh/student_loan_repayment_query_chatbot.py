"""Student loan repayment query chatbot: the first design, before any security review.

A UK student loan company puts a chat assistant on its public website so that borrowers
can ask about their balance, interest and the repayment threshold of their plan, and can
tell us about a new employer or salary without phoning the contact centre. The chat is
open to anyone; general questions are answered from an index of our published repayment
guidance. Before it shows account data the assistant asks for the customer reference
number, date of birth and postcode and checks them against the loan servicing system;
before it changes employment details it also sends a one-time code by SMS to the mobile
number on file. The assistant is an LLM agent in our cloud account that calls a hosted
LLM over HTTPS and acts through four tools: identity check, account lookup, employment
update, and adviser handoff. Borrowers who mention hardship are handed to an adviser with
a case summary in the contact centre CRM, and the adviser calls them back. The chat API
is rate limited, the model provider's content filter is on, and transcripts are kept.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Student loan repayment query chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Public chat assistant for student loan borrowers: balances, repayment thresholds, "
        "employment updates after identity checks, and handoff to hardship advisers."
    ),
)

# ---------------------------------------------------------------- data assets
message = tg.Data("Borrower chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
reply = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Prompt with account context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far, tool results and retrieved guidance.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
id_answers = tg.Data(
    "Identity check answers",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Customer reference number, date of birth, postcode; later the SMS code.",
)
id_result = tg.Data("Identity check result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
otp = tg.Data(
    "One-time passcode",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="Six-digit code sent before an employment change.",
)
sms_request = tg.Data("Passcode SMS request", kind="records", sensitivity=tg.Sensitivity.PII)
account_query = tg.Data("Account lookup request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
account_summary = tg.Data(
    "Loan balance and repayment summary",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Plan type, balance, interest rate, repayment threshold, recent repayments.",
)
employment = tg.Data(
    "Employment details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Employer name, PAYE reference, start date and annual salary.",
)
update_result = tg.Data("Employment update confirmation", kind="tool-result")
loan_accounts = tg.Data(
    "Borrower loan accounts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
hardship_summary = tg.Data(
    "Hardship case summary",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Written by the assistant; often mentions illness, debts or family breakdown.",
)
case_ref = tg.Data("Handoff case reference", kind="tool-result")
case_notes = tg.Data("Adviser case notes", kind="records", sensitivity=tg.Sensitivity.PII)
callback = tg.Data("Adviser callback conversation", kind="media", sensitivity=tg.Sensitivity.PII)
guidance_pages = tg.Data(
    "Published repayment guidance", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
guidance_chunks = tg.Data(
    "Guidance chunks", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
guidance_query = tg.Data("Guidance search query", kind="prompt", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Borrowers (and anyone else) using the chat widget on the public website.
    borrower = tm.add(tg.Actor("Borrower", role="student loan borrower"))

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # Hosted model the agent reasons with; the provider's content filter is enabled.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.Guardrails(note="the provider's content filter"),
                c.SupplierAssessment(note="data processing agreement, no training on our data"),
            },
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Aggregator that delivers the one-time passcodes to borrowers' phones.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Corporate website", trust=tg.Trust.INTERNAL):
    # Our own published guidance pages on repayment plans and thresholds.
    guidance_source = tm.add(
        tg.DataSource(
            "Published guidance pages",
            origin=tg.Origin.INTERNAL,
            provides={guidance_pages},
        )
    )

with tm.boundary("Chat platform", trust=tg.Trust.INTERNAL):
    # Public chat API behind the API gateway that the website widget calls.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=30, note="per chat session")},
        )
    )
    # The LLM agent: answers questions, runs the identity checks and calls the tools.
    agent = tm.add(
        tg.Agent(
            "Loan query assistant",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=8, note="tool calls per borrower message")},
        )
    )
    # Checks reference, date of birth and postcode, then the SMS code before changes.
    id_tool = tm.add(
        tg.Tool(
            "Identity check tool",
            capabilities={"read", "send-messages"},
            controls={
                c.Authentication(
                    method="customer reference number, date of birth and postcode; "
                    "SMS code to the mobile on file before employment changes"
                )
            },
        )
    )
    # Reads balance, plan type, threshold and recent repayments for a customer reference.
    lookup_tool = tm.add(tg.Tool("Account lookup tool", capabilities={"read"}))
    # Writes new employer and salary details to the borrower's loan account.
    update_tool = tm.add(tg.Tool("Employment update tool", capabilities={"write"}))
    # Opens a hardship case in the contact centre CRM with the assistant's summary.
    handoff_tool = tm.add(tg.Tool("Adviser handoff tool", capabilities={"write"}))
    # Embedded guidance articles the assistant retrieves from for general questions.
    guidance_index = tm.add(tg.VectorStore("Repayment guidance index", stores={guidance_chunks}))
    # Nightly job that chunks and embeds the published guidance pages.
    indexer = tm.add(tg.Pipeline("Guidance indexing job", stage=tg.Stage.INGESTION))
    # Every conversation, kept for complaints and quality review.
    transcript_store = tm.add(
        tg.DataStore(
            "Chat transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Core systems", trust=tg.Trust.RESTRICTED):
    # The existing system of record for loan accounts, balances and employment details.
    loan_system = tm.add(
        tg.DataStore(
            "Loan servicing system",
            stores={loan_accounts, employment},
            controls={c.EncryptionAtRest(key_management="HSM-backed keys")},
        )
    )

with tm.boundary("Contact centre", trust=tg.Trust.INTERNAL):
    # CRM the advisers work hardship cases in.
    crm = tm.add(tg.Service("Contact centre CRM", controls={c.RBAC()}))
    # Hardship adviser who picks up handed-off cases and calls the borrower back.
    adviser = tm.add(tg.Actor("Hardship adviser", role="contact centre adviser"))

# ---------------------------------------------------------------- flows
# the conversation
tm.flow(borrower, chat_api, message, protocol="https")
tm.flow(chat_api, borrower, reply, protocol="https")
tm.flow(chat_api, agent, message)
tm.flow(agent, chat_api, reply)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, transcript_store, transcripts)

# general questions from published guidance
tm.flow(guidance_source, indexer, guidance_pages, protocol="https", label="nightly crawl")
tm.flow(indexer, guidance_index, guidance_chunks)
tm.flow(agent, guidance_index, guidance_query, protocol="https")
tm.flow(guidance_index, agent, guidance_chunks, protocol="https")

# identity checks
tm.flow(agent, id_tool, id_answers)
tm.flow(id_tool, agent, id_result)
tm.flow(id_tool, loan_system, id_answers, protocol="https")
tm.flow(loan_system, id_tool, id_result, protocol="https")
tm.flow(id_tool, sms_gateway, sms_request, otp, protocol="https")
tm.flow(sms_gateway, borrower, otp, protocol="sms")

# balances and thresholds
tm.flow(agent, lookup_tool, account_query)
tm.flow(lookup_tool, agent, account_summary)
tm.flow(lookup_tool, loan_system, account_query, protocol="https")
tm.flow(loan_system, lookup_tool, account_summary, protocol="https")

# employment updates
tm.flow(agent, update_tool, employment)
tm.flow(update_tool, agent, update_result)
tm.flow(update_tool, loan_system, employment, protocol="https")
tm.flow(loan_system, update_tool, update_result, protocol="https")

# hardship handoff
tm.flow(agent, handoff_tool, hardship_summary)
tm.flow(handoff_tool, agent, case_ref)
tm.flow(handoff_tool, crm, hardship_summary, protocol="https")
tm.flow(crm, handoff_tool, case_ref, protocol="https")
tm.flow(crm, adviser, hardship_summary, transcripts, protocol="https")
tm.flow(adviser, crm, case_notes, protocol="https")
tm.flow(adviser, borrower, callback, protocol="phone")
tm.flow(borrower, adviser, callback, protocol="phone")
