"""Inbound sales e-mail agent: first design.

Prospects and customers write to the sales@ address of our B2B software company
(EU-based, selling to businesses across the EU). Microsoft 365 notifies a webhook
in our cloud of each new message; an LLM agent reads the e-mail and the thread
history, looks the sender's company up in Salesforce, answers product questions
from a product knowledge base, replies from the sales@ mailbox and, when the
prospect wants a call, books a slot in the account owner's Outlook calendar and
logs the activity in the CRM. Replies and bookings go out without a person in
between; anything about pricing or contracts is handed to the account owner as
a CRM task. The agent uses a hosted LLM under a vetted DPA, has a step limit and
logs every tool call. Graph and Salesforce credentials live in Key Vault; the
calendar tool only offers free slots in working hours.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "CRM inbound e-mail autoresponder agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that answers inbound sales e-mails, using CRM account data, "
    "and books meetings in salespeople's calendars.",
)

# ---------------------------------------------------------------- data assets
inbound_email = tg.Data(
    "Inbound sales e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Sender name and address, signature, free text and attachments.",
)
notification = tg.Data(
    "New-mail webhook notification",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Graph change notification with the message id and clientState.",
)
thread = tg.Data("Conversation history", kind="records", sensitivity=tg.Sensitivity.PII)
instructions = tg.Data(
    "Agent instructions",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="System prompt, tone of voice, routing and hand-off rules.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
llm_prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
llm_output = tg.Data("Agent completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
product_docs = tg.Data(
    "Product knowledge",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Product FAQs, datasheets and the public price list.",
)
crm_query = tg.Data("CRM lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
account = tg.Data(
    "Account record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Contacts, account owner, open opportunities, contract value and notes.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
activity = tg.Data(
    "CRM activity and hand-off task",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
)
reply_call = tg.Data("Send reply call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
reply = tg.Data("Reply e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)
booking_call = tg.Data("Meeting booking call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
free_busy = tg.Data("Salesperson free/busy", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
invite = tg.Data(
    "Meeting invitation",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Calendar event with the prospect as attendee and a Teams link.",
)
tool_result = tg.Data("Tool result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
agent_log = tg.Data(
    "Agent run log",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Each e-mail handled, tool calls with arguments, and the reply sent.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can write to sales@: prospects, customers, and everyone else.
    prospect = tm.add(tg.Actor("Prospect", role="external contact"))

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # Hosts the sales@ shared mailbox and the salespeople's calendars.
    m365 = tm.add(
        tg.ExternalService(
            "Microsoft 365 (Exchange Online)",
            description="Shared sales@ mailbox and Outlook calendars, reached through Graph.",
        )
    )

with tm.boundary("Salesforce org", trust=tg.Trust.PARTNER):
    # The CRM: system of record for accounts, contacts and opportunities.
    crm = tm.add(
        tg.DataStore(
            "Salesforce CRM",
            stores={account},
            controls={
                c.RBAC(note="profiles and sharing rules per sales team"),
                c.AuditLogging(),
                c.EncryptionAtRest(key_management="Salesforce platform encryption"),
            },
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reads the e-mail and decides what to reply and which tools to call.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="DPA signed, EU data residency, no training on inputs")
            },
        )
    )

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # Receives Graph change notifications for the sales@ mailbox and fetches the message.
    webhook = tm.add(
        tg.Endpoint(
            "Mail webhook receiver",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Graph webhook clientState secret checked")},
        )
    )
    # The agent: one run per inbound e-mail.
    agent = tm.add(
        tg.Agent(
            "Sales e-mail agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=12), c.AuditLogging(retention_days=365)},
        )
    )
    # Looks up the sender's account and logs activities and hand-off tasks.
    crm_tool = tm.add(
        tg.Tool(
            "CRM tool",
            capabilities={"read", "write"},
            description="Finds the account by the sender's e-mail domain; creates activities "
            "and tasks. Uses one Salesforce integration user.",
            controls={c.SecretsManagement(note="integration user token in Key Vault")},
        )
    )
    # Sends the reply from the sales@ mailbox.
    email_tool = tm.add(
        tg.Tool(
            "E-mail reply tool",
            capabilities={"send-messages"},
            description="Graph sendMail as sales@ with the app registration's Mail.Send permission.",
            controls={
                c.SecretsManagement(note="Graph client secret in Key Vault"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Finds a free slot with the account owner and sends the invitation.
    calendar_tool = tm.add(
        tg.Tool(
            "Calendar booking tool",
            capabilities={"read", "write", "send-messages"},
            description="Reads free/busy and creates events in any salesperson's calendar "
            "via Graph Calendars.ReadWrite application permission.",
            controls={
                c.SecretsManagement(note="Graph client secret in Key Vault"),
                c.PolicyEnforcement(
                    rules="books only 30-minute slots that are free within the owner's working hours"
                ),
            },
        )
    )
    # Product FAQs and datasheets the agent answers from.
    knowledge_base = tm.add(tg.VectorStore("Product knowledge base", stores={product_docs}))
    # Thread history, the agent's instructions and its run logs.
    conversation_store = tm.add(
        tg.DataStore(
            "Conversation store",
            stores={thread, instructions, agent_log},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Account owners: get the meetings and the hand-off tasks.
    salesperson = tm.add(tg.Actor("Salesperson", role="account executive"))
    # Sales operations: maintains the agent's instructions and rules.
    sales_ops = tm.add(tg.Actor("Sales ops admin", role="sales operations", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(prospect, m365, inbound_email, protocol="smtp+starttls")
tm.flow(m365, prospect, reply, invite, protocol="smtp+starttls")

tm.flow(m365, webhook, notification, protocol="https", label="webhook")
tm.flow(m365, webhook, inbound_email, protocol="https", label="message fetched via Graph")
tm.flow(webhook, agent, inbound_email)

tm.flow(conversation_store, agent, thread, instructions)
tm.flow(agent, conversation_store, thread, agent_log)
tm.flow(knowledge_base, agent, product_docs, label="similarity search")
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_output, protocol="https")

tm.flow(agent, crm_tool, crm_query, activity)
tm.flow(crm_tool, crm, crm_query, activity, protocol="https")
tm.flow(crm, crm_tool, account, protocol="https")
tm.flow(crm_tool, agent, account, tool_result)

tm.flow(agent, email_tool, reply_call)
tm.flow(email_tool, m365, reply, protocol="https")
tm.flow(email_tool, agent, tool_result)

tm.flow(agent, calendar_tool, booking_call)
tm.flow(calendar_tool, m365, invite, protocol="https")
tm.flow(m365, calendar_tool, free_busy, protocol="https")
tm.flow(calendar_tool, agent, tool_result)

tm.flow(m365, salesperson, invite, protocol="https", label="meeting in Outlook")
tm.flow(crm, salesperson, account, protocol="https", label="hand-off tasks and activities")
tm.flow(salesperson, crm, account, protocol="https", label="updates accounts")
tm.flow(
    sales_ops, conversation_store, instructions, protocol="https", label="edits agent instructions"
)
tm.flow(conversation_store, sales_ops, agent_log, protocol="https", label="reviews agent runs")
