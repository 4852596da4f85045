"""Magistrates' court fine payment chatbot: the first design, before any security review.

A web chatbot on the courts service's website helps people who have been fined by a
magistrates' court. It explains what a fine is for, what they owe and by when, and
what enforcement follows if they do not pay (further penalties, deductions from
benefits or earnings, enforcement agents). Once the person gives their fine account
number and date of birth, the assistant looks up their account in the fines case
management system, can set up a standard instalment plan, and creates a payment link
with the government payment provider, where they enter their card details. Plans
outside the standard terms are referred to a fines officer. The assistant is an LLM
agent running in the courts service's cloud tenancy; the language model is hosted by
a vendor, and answers about procedure draw on an index of published fines guidance.
Controls in this design: rate limiting on the chat, the vendor's content filter,
a step limit on the agent, a server-side check of standard plan terms, and
encrypted, role-controlled, audited fines records.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Magistrates' court fine payment chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Public chatbot that explains court fines, sets up payment plans and takes payments.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data("Chat message", sensitivity=tg.Sensitivity.PII, kind="prompt")
chat_reply = tg.Data("Chatbot reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "Prompt with fine details",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="prompt",
    description="System prompt, conversation so far, guidance passages and the account summary.",
)
llm_completion = tg.Data(
    "LLM completion", sensitivity=tg.Sensitivity.REGULATED, kind="model-output"
)
guidance_docs = tg.Data(
    "Fines and enforcement guidance", sensitivity=tg.Sensitivity.PUBLIC, kind="documents"
)
guidance_chunks = tg.Data(
    "Guidance passages", sensitivity=tg.Sensitivity.PUBLIC, kind="retrieved-context"
)
lookup_request = tg.Data(
    "Account lookup request",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Fine account number and date of birth given by the person in the chat.",
)
fine_account = tg.Data(
    "Fine account record",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Offence and sentence, amounts imposed and paid, due dates, enforcement stage, contact details.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
fine_summary = tg.Data(
    "Fine account summary", sensitivity=tg.Sensitivity.REGULATED, kind="tool-result"
)
plan_request = tg.Data(
    "Payment plan request",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Instalment amount and frequency, start date, and the person's stated reason.",
)
plan_arrangement = tg.Data(
    "Payment plan arrangement",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="A standard plan set on the account, or a referral for a fines officer.",
)
plan_result = tg.Data("Plan set-up result", sensitivity=tg.Sensitivity.PII, kind="tool-result")
link_request = tg.Data("Payment link request", sensitivity=tg.Sensitivity.PII, kind="tool-call")
payment_request = tg.Data(
    "Payment request",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Amount, fine account reference and return URL sent to the payment provider.",
)
payment_link = tg.Data("Payment link", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result")
card_details = tg.Data("Card details", sensitivity=tg.Sensitivity.REGULATED, kind="records")
payment_receipt = tg.Data("Payment receipt", sensitivity=tg.Sensitivity.PII, kind="records")
payment_status = tg.Data("Payment status webhook", sensitivity=tg.Sensitivity.PII, kind="records")
payment_posting = tg.Data(
    "Payment posted to account", sensitivity=tg.Sensitivity.PII, kind="records"
)
transcripts = tg.Data("Chat transcripts", sensitivity=tg.Sensitivity.PII, kind="logs")
referral = tg.Data("Plan referral", sensitivity=tg.Sensitivity.REGULATED, kind="records")
referral_decision = tg.Data("Referral decision", sensitivity=tg.Sensitivity.PII, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The person who has been fined (or someone helping them), on the public website.
    citizen = tm.add(tg.Actor("Member of the public", role="person with a court fine"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Government payment platform: hosts the card page, so card details never reach us.
    pay_provider = tm.add(
        tg.ExternalService(
            "Government payment provider",
            description="Hosted card payment pages and payment status notifications.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the assistant, on the vendor's UK-region API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model; the vendor's content filter is switched on.",
            controls={c.Guardrails(note="the vendor's built-in content filter")},
        )
    )

with tm.boundary("Courts service cloud", trust=tg.Trust.INTERNAL):
    # Public entry point for the chat widget on the courts service website.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=30)},
        )
    )
    # The LLM agent that holds the conversation and decides which tools to call.
    agent = tm.add(
        tg.Agent(
            "Fine payment assistant",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Explains fines and enforcement, looks up the account, sets up plans and payment links.",
            controls={
                c.CircuitBreaker(max_steps=15),
                c.HumanInTheLoop(
                    approver="a fines officer",
                    note="plans outside the standard instalment terms only; standard plans are set directly",
                ),
            },
        )
    )
    # Retrieval index so that answers about procedure and enforcement follow published guidance.
    guidance_index = tm.add(tg.VectorStore("Guidance index", stores={guidance_chunks}))
    # Rebuilds the index when the published guidance changes.
    indexer = tm.add(tg.Pipeline("Guidance indexing pipeline", stage=tg.Stage.INGESTION))
    # Reads one fine account once the person has identified themselves.
    lookup_tool = tm.add(
        tg.Tool(
            "Fine account lookup tool",
            capabilities={"read"},
            description="Returns the balance, due dates and enforcement stage of one fine account.",
            controls={
                c.Authentication(
                    method="fine account number and date of birth matched to the account record"
                )
            },
        )
    )
    # Writes a standard instalment plan to the account, or a referral when terms fall outside it.
    plan_tool = tm.add(
        tg.Tool(
            "Payment plan tool",
            capabilities={"read", "write"},
            controls={
                c.PolicyEnforcement(
                    rules="case management API accepts only plans within the standard terms "
                    "(maximum length and minimum instalment); anything else becomes a referral"
                )
            },
        )
    )
    # Asks the payment provider for a card payment page for the amount the person wants to pay.
    link_tool = tm.add(
        tg.Tool(
            "Payment link tool",
            capabilities={"write", "network-egress"},
            description="Creates a payment for the amount the person chooses, up to the outstanding balance.",
        )
    )
    # Receives the payment provider's status notifications and posts payments to the account.
    callback_api = tm.add(tg.Endpoint("Payment callback endpoint", purpose=tg.EndpointPurpose.API))
    # Conversation history, kept for complaints and quality review.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

    with tm.boundary("Fines data zone", trust=tg.Trust.RESTRICTED):
        # The courts' system of record for fine accounts, plans, payments and enforcement.
        case_mgmt = tm.add(
            tg.DataStore(
                "Fines case management system",
                stores={fine_account, plan_arrangement, referral},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.RBAC(),
                    c.AuditLogging(retention_days=2555),
                },
            )
        )

with tm.boundary("Courts corporate network", trust=tg.Trust.INTERNAL):
    # Published fines and enforcement pages maintained by the courts service's content team.
    guidance_source = tm.add(
        tg.DataSource(
            "Published fines guidance",
            origin=tg.Origin.INTERNAL,
            provides={guidance_docs},
        )
    )
    # Staff who review plans the assistant cannot agree on its own.
    officer = tm.add(tg.Actor("Fines officer", role="court fines staff"))

# ---------------------------------------------------------------- flows
tm.flow(citizen, chat_api, chat_message, protocol="https")
tm.flow(chat_api, agent, chat_message)
tm.flow(agent, chat_api, chat_reply)
tm.flow(chat_api, citizen, chat_reply, protocol="https")

tm.flow(agent, guidance_index, chat_message, label="similarity query")
tm.flow(guidance_index, agent, guidance_chunks, label="retrieved guidance")
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, lookup_tool, lookup_request)
tm.flow(lookup_tool, case_mgmt, lookup_request, protocol="https")
tm.flow(case_mgmt, lookup_tool, fine_account, protocol="https")
tm.flow(lookup_tool, agent, fine_summary)

tm.flow(agent, plan_tool, plan_request)
tm.flow(plan_tool, case_mgmt, plan_arrangement, protocol="https")
tm.flow(case_mgmt, plan_tool, plan_arrangement, protocol="https", label="confirmation")
tm.flow(plan_tool, agent, plan_result)

tm.flow(agent, link_tool, link_request)
tm.flow(link_tool, pay_provider, payment_request, protocol="https")
tm.flow(pay_provider, link_tool, payment_link, protocol="https")
tm.flow(link_tool, agent, payment_link)

tm.flow(citizen, pay_provider, card_details, protocol="https", label="hosted card page")
tm.flow(pay_provider, citizen, payment_receipt, protocol="https")
tm.flow(
    pay_provider, callback_api, payment_status, protocol="https", label="payment status webhook"
)
tm.flow(callback_api, case_mgmt, payment_posting, protocol="https")

tm.flow(agent, transcript_store, transcripts)

tm.flow(guidance_source, indexer, guidance_docs, protocol="https", label="on publication")
tm.flow(indexer, guidance_index, guidance_chunks)

tm.flow(case_mgmt, officer, referral, protocol="https", label="referral queue")
tm.flow(officer, case_mgmt, referral_decision, protocol="https")
