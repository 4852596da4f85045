"""Refuge space finder chatbot: the first design, before any security review.

A national domestic-abuse charity runs a web chat on its public site. Survivors,
and professionals such as social workers and police officers acting for them,
chat anonymously with an LLM assistant. It asks about their needs (children,
accessibility, languages, areas to avoid) and searches the refuge vacancy
database, which member refuges keep up to date through a vacancy portal. When
the user asks, the assistant files a request for a call-back from a support
worker, who works the queue in the charity's helpline console. The chat runs on
the charity's cloud tenancy; the language model is a hosted vendor API under a
data processing agreement. Chats are deleted after 24 hours, and a quick-exit
button replaces the page with a weather site. Controls: TLS, rate limits, the
vendor's content filter, a step limit on the assistant, encryption at rest,
password sign-in for refuges and SSO with MFA for support workers.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Refuge space finder chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Anonymous web chat that helps survivors find refuge spaces and request a call-back.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="high"),
    description="Needs in the user's words: children, accessibility, languages, areas to avoid.",
)
assistant_reply = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Assistant prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the conversation so far and tool results.",
)
llm_completion = tg.Data(
    "LLM completion with tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
transcript = tg.Data(
    "Chat transcript",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="low", availability="low"),
)
search_query = tg.Data(
    "Vacancy search query",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Area, areas to avoid, household make-up, access and language needs.",
)
search_results = tg.Data(
    "Matching refuge spaces",
    kind="tool-result",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Refuge reference, region, space type and facilities; never the address.",
)
vacancies = tg.Data(
    "Refuge vacancy records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Spaces per refuge, with the refuge's confidential location and facilities.",
)
vacancy_update = tg.Data("Vacancy update", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
callback_call = tg.Data(
    "Call-back request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="First name, a safe phone number, safe times to call and a needs summary.",
)
callback_ack = tg.Data(
    "Call-back reference", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
callback_record = tg.Data(
    "Call-back queue entry",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
callback_outcome = tg.Data("Call-back outcome", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Survivors and the professionals helping them; anonymous, no account.
    user = tm.add(tg.Actor("Survivor or professional", role="chat user"))

with tm.boundary("Member refuges", trust=tg.Trust.PARTNER):
    # Refuge staff publish their own vacancies; the charity does not run their offices.
    refuge_staff = tm.add(tg.Actor("Refuge staff", role="refuge vacancy editor"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the assistant, called over the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.Guardrails(note="the vendor's content filter"),
                c.SupplierAssessment(note="DPA with zero data retention"),
            },
        )
    )

with tm.boundary("Charity cloud tenancy", trust=tg.Trust.INTERNAL):
    # The public chat page and its API; carries the quick-exit button.
    chat_web = tm.add(
        tg.Endpoint(
            "Chat web app",
            purpose=tg.EndpointPurpose.API,
            description="Anonymous chat widget and API; quick-exit button hides the site.",
            controls={c.RateLimiting(requests_per_minute=20)},
        )
    )
    # Runs the conversation: asks about needs, calls the tools, writes replies.
    assistant = tm.add(
        tg.Agent(
            "Refuge finder assistant",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Files a call-back request itself when the user asks for one.",
            controls={c.CircuitBreaker(max_steps=8)},
        )
    )
    # Keeps the running conversation so the assistant has context; deleted after 24 hours.
    session_store = tm.add(
        tg.DataStore(
            "Chat session store",
            stores={transcript},
            controls={c.RetentionLimits(days=1), c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Read-only search over current vacancies for the assistant.
    search_tool = tm.add(tg.Tool("Vacancy search tool", capabilities={"read"}))
    # Puts a call-back request into the helpline queue.
    callback_tool = tm.add(tg.Tool("Call-back request tool", capabilities={"write"}))
    # The national list of refuge spaces, kept current by the refuges.
    vacancy_db = tm.add(
        tg.DataStore(
            "Refuge vacancy database",
            stores={vacancies},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Where refuges sign in to update their spaces.
    vacancy_portal = tm.add(
        tg.Endpoint(
            "Refuge vacancy portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Pending call-back requests waiting for a support worker.
    callback_queue = tm.add(
        tg.DataStore(
            "Call-back queue",
            stores={callback_record},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Charity helpline network", trust=tg.Trust.INTERNAL):
    # Trained helpline staff who return the calls.
    support_worker = tm.add(tg.Actor("Support worker", role="helpline support worker"))
    # The helpline's case screen for working the call-back queue.
    console = tm.add(
        tg.Service(
            "Helpline console",
            controls={
                c.Authentication(method="Entra ID SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=365),
            },
        )
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(user, chat_web, chat_message, protocol="https", controls={tls})
tm.flow(chat_web, user, assistant_reply, protocol="https", controls={tls})
tm.flow(chat_web, assistant, chat_message)
tm.flow(assistant, chat_web, assistant_reply)

tm.flow(assistant, session_store, transcript, label="append turn")
tm.flow(session_store, assistant, transcript, label="conversation history")

tm.flow(assistant, llm, llm_prompt, protocol="https", controls={tls})
tm.flow(llm, assistant, llm_completion, protocol="https", controls={tls})

tm.flow(assistant, search_tool, search_query)
tm.flow(search_tool, assistant, search_results)
tm.flow(search_tool, vacancy_db, search_query, label="vacancy lookup")
tm.flow(vacancy_db, search_tool, vacancies)

tm.flow(refuge_staff, vacancy_portal, vacancy_update, protocol="https", controls={tls})
tm.flow(
    vacancy_portal,
    refuge_staff,
    vacancies,
    protocol="https",
    controls={tls},
    label="own refuge's spaces",
)
tm.flow(vacancy_portal, vacancy_db, vacancy_update)
tm.flow(vacancy_db, vacancy_portal, vacancies)

tm.flow(assistant, callback_tool, callback_call)
tm.flow(callback_tool, assistant, callback_ack)
tm.flow(callback_tool, callback_queue, callback_record)

tm.flow(callback_queue, console, callback_record, protocol="https")
tm.flow(console, support_worker, callback_record)
tm.flow(support_worker, console, callback_outcome)
tm.flow(console, callback_queue, callback_outcome, protocol="https")
