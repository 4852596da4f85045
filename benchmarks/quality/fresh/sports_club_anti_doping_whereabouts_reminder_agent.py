"""Anti-doping whereabouts reminder agent: the first design, before any security review.

Our national athletics federation (in the EU) must help the athletes in its
registered testing pool keep their whereabouts filings up to date with the national
anti-doping agency. An LLM agent in the federation's cloud tenant runs a daily sweep:
it reads each pool athlete's filings from the agency's whereabouts system through a
read-only API account, sends SMS and e-mail reminders before quarterly deadlines or
when tomorrow's 60-minute slot is empty, and raises a missed-filing flag into the
anti-doping officer's queue. Athletes can also chat with it in the federation's
athlete portal about the whereabouts rules; it answers from an index of the code,
the testing standard and our guidance. The model is a hosted LLM under a data
processing agreement. Athletes sign in with their federation account, staff with
SSO and MFA; the agency API key is kept in the cloud secret manager.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Anti-doping whereabouts reminder agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Reminds pool athletes to file whereabouts, answers rule questions, flags misses.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data("Athlete chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
chat_reply = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Prompt with context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the athlete's question or filing status, and rule excerpts.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
rule_documents = tg.Data(
    "Anti-doping rule documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="The anti-doping code, the testing standard and federation guidance notes.",
)
rule_excerpts = tg.Data(
    "Rule excerpts", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
athlete_records = tg.Data(
    "Pool athlete records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, licence number, testing pool status, mobile number, e-mail, language.",
)
filings = tg.Data(
    "Whereabouts filings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Daily overnight address, training venues and 60-minute slot for the quarter.",
)
filing_query = tg.Data("Filing status query", kind="tool-call", sensitivity=tg.Sensitivity.PII)
filing_status = tg.Data("Filing status", kind="tool-result", sensitivity=tg.Sensitivity.PII)
reminder = tg.Data(
    "Whereabouts reminder",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Recipient number or address and the reminder text.",
)
reminder_message = tg.Data("Reminder message", kind="records", sensitivity=tg.Sensitivity.PII)
flag = tg.Data(
    "Missed filing flag",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Athlete, the day or deadline missed, and the agent's summary of the filing.",
)
flag_review = tg.Data("Flag review status", kind="records", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data("Conversation transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Registered testing pool athletes: chat in the portal and receive reminders.
    athlete = tm.add(tg.Actor("Athlete", role="registered testing pool athlete"))

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # The hosted model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="DPA signed, EU data residency, no training on inputs")
            },
        )
    )

with tm.boundary("National anti-doping agency", trust=tg.Trust.PARTNER):
    # The agency's system of record for whereabouts; we may only read it.
    agency_system = tm.add(
        tg.ExternalService(
            "Agency whereabouts system",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Holds the athletes' filings; the federation has a read-only API account.",
        )
    )

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # Delivers the reminders by SMS and e-mail.
    gateway = tm.add(tg.ExternalService("SMS and e-mail gateway"))

with tm.boundary("Federation cloud tenant", trust=tg.Trust.INTERNAL):
    # The chat API behind the athlete portal.
    chat_api = tm.add(
        tg.Endpoint(
            "Athlete portal chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="federation athlete account, e-mail and password"),
                c.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # The agent: answers rule questions and runs the daily reminder and flag sweep.
    agent = tm.add(
        tg.Agent(
            "Whereabouts reminder agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Daily sweep over the pool plus chat answers; sends reminders and "
            "raises flags without a person in between.",
            controls={c.CircuitBreaker(max_steps=15)},
        )
    )
    # Index of the rule documents for the chat answers.
    rules_index = tm.add(
        tg.VectorStore("Rules knowledge index", stores={rule_documents, rule_excerpts})
    )
    # Federation's list of pool athletes and their contact details.
    athlete_db = tm.add(
        tg.DataStore(
            "Athlete registry",
            stores={athlete_records},
            controls={c.RBAC(), c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Reads one athlete's filings from the agency with the read-only account.
    lookup_tool = tm.add(
        tg.Tool(
            "Filing lookup tool",
            capabilities={"read"},
            description="Calls the agency API for the athlete id the agent gives it.",
            controls={
                c.LeastPrivilegeTools(note="agency API account has read-only scope"),
                c.SecretsManagement(note="API key in the cloud secret manager"),
            },
        )
    )
    # Sends a reminder through the messaging provider.
    reminder_tool = tm.add(tg.Tool("Reminder sender tool", capabilities={"send-messages"}))
    # Writes a missed-filing flag into the officer's queue.
    flag_tool = tm.add(tg.Tool("Missed filing flag tool", capabilities={"write"}))
    # Queue of flags waiting for the anti-doping officer.
    flag_queue = tm.add(tg.DataStore("Flag queue", stores={flag, flag_review}))
    # Chats and agent runs, kept for support and disputes.
    log_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Web console where the officer works the flags and uploads rule documents.
    console = tm.add(
        tg.Endpoint(
            "Anti-doping officer console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="federation SSO (OIDC) with MFA"), c.RBAC()},
        )
    )

with tm.boundary("Federation office", trust=tg.Trust.INTERNAL):
    # Follows up flagged athletes and keeps the rule documents current.
    officer = tm.add(tg.Actor("Anti-doping officer", role="federation staff"))

# ---------------------------------------------------------------- flows
# chat about the rules
tm.flow(athlete, chat_api, chat_message, protocol="https")
tm.flow(chat_api, agent, chat_message)
tm.flow(agent, rules_index, chat_message, label="similarity query")
tm.flow(rules_index, agent, rule_excerpts)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, chat_api, chat_reply)
tm.flow(chat_api, athlete, chat_reply, protocol="https")
tm.flow(agent, log_store, transcripts)

# daily sweep: read filings, remind, flag
tm.flow(athlete_db, agent, athlete_records, label="daily sweep of the pool")
tm.flow(agent, lookup_tool, filing_query)
tm.flow(lookup_tool, agency_system, filing_query, protocol="https")
tm.flow(agency_system, lookup_tool, filings, protocol="https")
tm.flow(lookup_tool, agent, filing_status)
tm.flow(agent, reminder_tool, reminder)
tm.flow(reminder_tool, gateway, reminder_message, protocol="https")
tm.flow(gateway, athlete, reminder_message, protocol="sms")
tm.flow(agent, flag_tool, flag)
tm.flow(flag_tool, flag_queue, flag)

# the officer
tm.flow(flag_queue, console, flag, flag_review)
tm.flow(console, officer, flag, protocol="https")
tm.flow(officer, console, flag_review, rule_documents, protocol="https")
tm.flow(console, flag_queue, flag_review)
tm.flow(console, rules_index, rule_documents, label="upload and embed")
