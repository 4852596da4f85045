"""IT help-desk agent: the first design, before any security review.

Employees message the help-desk bot in the company chat tool (a SaaS workspace
signed into with corporate SSO). The chat platform forwards each message, signed,
to a bot gateway in our help-desk VPC, which hands it to an agent service. The
agent plans with an LLM hosted by a model vendor and calls four first-party tools:
knowledge-base search over an index of IT articles, a device lookup against the
device-management (MDM) SaaS, a password reset through the identity provider's
admin API, and ticket creation in the IT service-management SaaS. A reset returns
a one-time temporary password that the agent posts to the employee in a direct
message. Resets of admin accounts only go through once the employee approves a
push second factor sent by the identity provider. The IdP API token sits in the
secrets vault, the agent has a step limit, and every conversation and tool call is
written to an encrypted audit log kept for a year.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "IT help-desk agent",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Chat-based IT help-desk agent that searches the knowledge base, reads device "
        "records, resets passwords and opens tickets for employees."
    ),
)

# ---------------------------------------------------------------- data assets
request = tg.Data(
    "Employee request",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="The chat message plus the sender's chat user id and e-mail.",
)
reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far, KB snippets and tool results.",
)
completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Next message or the tool call the agent should make.",
)
kb_articles = tg.Data(
    "IT knowledge-base articles", kind="documents", sensitivity=tg.Sensitivity.INTERNAL
)
kb_chunks = tg.Data(
    "KB search results", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
kb_query = tg.Data("KB query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
device_lookup = tg.Data("Device lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
device_record = tg.Data(
    "Device record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Hostname, serial, OS and patch level, owner, compliance state.",
)
reset_call = tg.Data(
    "Password reset call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
temp_password = tg.Data(
    "Temporary password",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
mfa_challenge = tg.Data(
    "Second-factor push", kind="credentials", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
mfa_approval = tg.Data(
    "Second-factor approval", kind="credentials", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
ticket_call = tg.Data("Ticket creation call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
ticket = tg.Data("Help-desk ticket", kind="records", sensitivity=tg.Sensitivity.PII)
tool_result = tg.Data("Tool result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
audit_log = tg.Data("Conversation and tool-call log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Any employee can talk to the bot; the person whose account is reset.
    employee = tm.add(tg.Actor("Employee", role="employee"))
    # IT staff write and maintain the knowledge-base articles.
    it_staff = tm.add(tg.Actor("IT support engineer", role="it staff", privileged=True))

with tm.boundary("Chat SaaS", trust=tg.Trust.PARTNER):
    # The company chat tool: where employees talk to the bot.
    chat = tm.add(
        tg.ExternalService(
            "Company chat tool",
            description="SaaS chat workspace; employees sign in with corporate SSO.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model that plans the agent's steps and writes its replies.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with function calling, behind the vendor API.",
            controls={c.SupplierAssessment(note="vendor review with zero-retention terms")},
        )
    )

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # The corporate IdP: the reset API and the push second factor for admins.
    idp = tm.add(
        tg.ExternalService(
            "Identity provider",
            provides=tg.ExternalCategory.IDENTITY_PROVIDER,
            description="Corporate SSO directory; its admin API resets passwords.",
        )
    )

with tm.boundary("IT SaaS", trust=tg.Trust.PARTNER):
    # Device-management system holding each employee's device records.
    mdm = tm.add(tg.ExternalService("Device-management system", description="MDM SaaS."))
    # IT service-management tool where the help-desk team works tickets.
    itsm = tm.add(tg.ExternalService("IT service-management system", description="Ticketing SaaS."))

with tm.boundary("Help-desk VPC", trust=tg.Trust.INTERNAL):
    # Receives the chat platform's events and posts replies back.
    gateway = tm.add(
        tg.Endpoint(
            "Bot gateway",
            purpose=tg.EndpointPurpose.API,
            description="Webhook for chat events; takes the employee identity from the chat platform.",
            controls={c.Authentication(method="chat platform identity from corporate SSO")},
        )
    )
    # Runs the conversation loop: prompts the LLM and executes its tool calls.
    agent = tm.add(
        tg.Agent(
            "Help-desk agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Decides on its own which tool to call; no person approves ordinary resets.",
            controls={c.CircuitBreaker(max_steps=12)},
        )
    )
    # Searches the IT knowledge base for articles that answer the question.
    kb_tool = tm.add(tg.Tool("KB search tool", capabilities={"read"}))
    # Index of the IT knowledge base the search tool queries.
    kb_index = tm.add(tg.VectorStore("IT knowledge-base index", stores={kb_articles}))
    # Reads the asking employee's device record from the MDM.
    device_tool = tm.add(tg.Tool("Device lookup tool", capabilities={"read"}))
    # Resets the employee's password through the IdP admin API.
    reset_tool = tm.add(
        tg.Tool(
            "Password reset tool",
            capabilities={"write"},
            description="Resets the chat user's own account; admin accounts need the employee's push approval.",
            controls={
                c.HumanInTheLoop(
                    approver="the employee, via IdP push second factor, admin accounts only"
                ),
                c.SecretsManagement(note="IdP API token held in the secrets vault"),
            },
        )
    )
    # Opens tickets in the ITSM tool when the agent cannot solve the problem.
    ticket_tool = tm.add(tg.Tool("Ticket tool", capabilities={"write"}))
    # Keeps every conversation and tool call for IT and security to look back on.
    log_store = tm.add(
        tg.DataStore(
            "Audit log store",
            stores={audit_log},
            controls={
                c.AuditLogging(retention_days=365),
                c.EncryptionAtRest(key_management="KMS"),
            },
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(employee, chat, request, protocol="https")
tm.flow(
    chat,
    gateway,
    request,
    protocol="https",
    controls={c.MessageIntegrity(note="signed webhook requests")},
)
tm.flow(gateway, agent, request)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, kb_tool, kb_query)
tm.flow(kb_tool, kb_index, kb_query)
tm.flow(kb_index, kb_tool, kb_chunks)
tm.flow(kb_tool, agent, kb_chunks)
tm.flow(it_staff, kb_index, kb_articles, protocol="https", label="publishes articles")

tm.flow(agent, device_tool, device_lookup)
tm.flow(device_tool, mdm, device_lookup, protocol="https")
tm.flow(mdm, device_tool, device_record, protocol="https")
tm.flow(device_tool, agent, device_record)

tm.flow(agent, reset_tool, reset_call)
tm.flow(reset_tool, idp, reset_call, protocol="https")
tm.flow(idp, employee, mfa_challenge, protocol="https", label="admin accounts only")
tm.flow(employee, idp, mfa_approval, protocol="https", label="admin accounts only")
tm.flow(idp, reset_tool, temp_password, protocol="https")
tm.flow(reset_tool, agent, temp_password)

tm.flow(agent, ticket_tool, ticket_call)
tm.flow(ticket_tool, itsm, ticket, protocol="https")
tm.flow(itsm, ticket_tool, tool_result, protocol="https", label="ticket number")
tm.flow(ticket_tool, agent, tool_result)

tm.flow(agent, log_store, audit_log)
tm.flow(agent, gateway, reply, temp_password)
tm.flow(gateway, chat, reply, temp_password, protocol="https")
tm.flow(chat, employee, reply, temp_password, protocol="https", label="direct message")
