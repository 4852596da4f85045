"""University IT helpdesk agent: the first design, before any security review.

Students and staff chat with an LLM agent on the IT help pages, signed in or not
(people who are locked out cannot sign in). The agent answers from the IT knowledge
base, opens tickets in the SaaS service desk, and resets passwords, unlocks accounts
and resets MFA registration once the person has answered identity questions that a
verification tool checks against the identity directory. A reset password comes
back in the chat as a temporary password to change at next sign-in. Accounts in
privileged groups are not reset by the agent: the account tool queues the request
for a service desk analyst. The agent's model is a hosted LLM under the
university's enterprise agreement. Controls: TLS, a rate limit on the chat,
a step limit on the agent, a scoped service account for the account tool with
analyst approval for privileged accounts, LDAPS and audit logs on the directory.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "University IT helpdesk agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Chat agent that answers IT questions, opens tickets and resets accounts.",
)

# ---------------------------------------------------------------- data assets
message = tg.Data(
    "Chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="What the user types, including their answers to identity questions.",
)
reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far and tool results.",
)
completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Reply text or tool calls chosen by the model.",
)
identity_answers = tg.Data(
    "Identity question answers",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Username, student or staff number, date of birth, home postcode.",
)
identity_attributes = tg.Data(
    "Identity attributes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
verification = tg.Data("Identity verification result", kind="tool-result")
account_action = tg.Data(
    "Account action request",
    kind="tool-call",
    description="Reset password, unlock account or reset MFA for a username.",
)
account_change = tg.Data(
    "Account change",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="New temporary password, lockout cleared or MFA methods removed.",
)
user_accounts = tg.Data(
    "User accounts",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
action_result = tg.Data(
    "Account action result",
    kind="tool-result",
    sensitivity=tg.Sensitivity.SECRET,
    description="Outcome of the action, with the temporary password after a reset.",
)
privileged_request = tg.Data(
    "Privileged account reset request", kind="records", sensitivity=tg.Sensitivity.PII
)
kb_query = tg.Data("Knowledge base query", kind="tool-call")
kb_articles = tg.Data(
    "IT knowledge base articles", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
ticket = tg.Data("Helpdesk ticket", kind="records", sensitivity=tg.Sensitivity.PII)
ticket_ref = tg.Data("Ticket reference", kind="tool-result")
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Students and staff, on or off campus; often locked out, so not signed in.
    user = tm.add(tg.Actor("Student or staff member", role="university member"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model behind the agent, under an enterprise data agreement.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="university procurement and DPA review")},
        )
    )

with tm.boundary("Service desk SaaS", trust=tg.Trust.PARTNER):
    # The university's existing ticketing platform.
    service_desk = tm.add(
        tg.ExternalService(
            "Service desk platform",
            controls={c.Authentication(method="university SSO with MFA")},
        )
    )

with tm.boundary("University cloud tenant", trust=tg.Trust.INTERNAL):
    # The chat widget's backend on the IT help pages.
    chat = tm.add(
        tg.Endpoint(
            "Helpdesk chat API",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=20)},
        )
    )
    # The LLM agent: converses, verifies identity, calls tools.
    agent = tm.add(
        tg.Agent(
            "Helpdesk agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Runs non-privileged resets on its own once identity is verified.",
            controls={c.CircuitBreaker(max_steps=15)},
        )
    )
    # Checks the user's answers against the directory's identity attributes.
    verify_tool = tm.add(tg.Tool("Identity verification tool", capabilities={"read"}))
    # Resets passwords, unlocks accounts and resets MFA in the directory.
    account_tool = tm.add(
        tg.Tool(
            "Account administration tool",
            capabilities={"read", "write"},
            controls={
                c.LeastPrivilegeTools(note="service account delegated on student and staff OUs"),
                c.HumanInTheLoop(
                    approver="service desk analyst",
                    note="only for accounts in privileged groups, queued as a ticket",
                ),
            },
        )
    )
    # Searches the IT knowledge base for answers.
    kb_tool = tm.add(tg.Tool("Knowledge base search tool", capabilities={"read"}))
    # Embedded IT how-to articles written by the service desk.
    kb = tm.add(tg.VectorStore("IT knowledge base", stores={kb_articles}))
    # Opens tickets in the service desk platform.
    ticket_tool = tm.add(
        tg.Tool("Ticketing tool", capabilities={"write"}, controls={c.SecretsManagement()})
    )
    # Conversation logs for quality review and disputes.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))

    with tm.boundary("Identity core", trust=tg.Trust.RESTRICTED):
        # The university's directory: accounts, MFA registrations, identity attributes.
        directory = tm.add(
            tg.DataStore(
                "Identity directory",
                stores={user_accounts, identity_attributes},
                controls={c.AuditLogging(retention_days=365), c.RBAC()},
            )
        )

with tm.boundary("Campus network", trust=tg.Trust.INTERNAL):
    # Handles escalated tickets and privileged resets; writes KB articles.
    analyst = tm.add(tg.Actor("Service desk analyst", role="IT analyst", privileged=True))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")
ldaps = c.EncryptionInTransit(protocol="LDAPS")

tm.flow(user, chat, message, protocol="https", controls={tls})
tm.flow(chat, user, reply, protocol="https", controls={tls})
tm.flow(chat, agent, message)
tm.flow(agent, chat, reply)

tm.flow(agent, llm, llm_prompt, protocol="https", controls={tls})
tm.flow(llm, agent, completion, protocol="https", controls={tls})

tm.flow(agent, verify_tool, identity_answers)
tm.flow(verify_tool, directory, identity_answers, protocol="ldaps", controls={ldaps})
tm.flow(directory, verify_tool, identity_attributes, protocol="ldaps", controls={ldaps})
tm.flow(verify_tool, agent, verification)

tm.flow(agent, account_tool, account_action)
tm.flow(account_tool, directory, account_change, protocol="ldaps", controls={ldaps})
tm.flow(
    directory,
    account_tool,
    user_accounts,
    protocol="ldaps",
    controls={ldaps},
    label="group membership check",
)
tm.flow(account_tool, agent, action_result)
tm.flow(
    account_tool,
    service_desk,
    privileged_request,
    protocol="https",
    controls={tls},
    label="privileged account: queued for an analyst",
)

tm.flow(agent, kb_tool, kb_query)
tm.flow(kb_tool, kb, kb_query)
tm.flow(kb, kb_tool, kb_articles)
tm.flow(kb_tool, agent, kb_articles)

tm.flow(agent, ticket_tool, ticket)
tm.flow(ticket_tool, service_desk, ticket, protocol="https", controls={tls})
tm.flow(service_desk, ticket_tool, ticket_ref, protocol="https", controls={tls})
tm.flow(ticket_tool, agent, ticket_ref)

tm.flow(agent, transcript_store, transcripts)

tm.flow(service_desk, analyst, ticket, privileged_request, protocol="https")
tm.flow(analyst, service_desk, ticket, protocol="https", label="ticket updates")
tm.flow(analyst, directory, account_change, label="performs privileged resets")
tm.flow(analyst, kb, kb_articles, label="writes articles")
