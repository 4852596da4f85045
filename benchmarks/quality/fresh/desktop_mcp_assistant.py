"""Desktop MCP assistant: the first design, before any security review.

The company rolls out a desktop AI assistant to all staff. It runs on the
employee's laptop, sends the conversation to a hosted LLM under an enterprise
agreement, and acts through MCP servers: IT runs MCP servers in the corporate
network for mail, calendar and the file share, and staff may add further MCP
servers themselves from a public MCP registry, which run locally over stdio.
The assistant reads mail, drafts replies, schedules meetings and files documents
on the user's behalf, always with the user's own access: it signs the user in
through the corporate identity provider (SSO with MFA) and passes the user's
OAuth token to the company MCP servers. Drafts are left for the user to send,
and a confirmation card is shown before a meeting invitation goes out. The LLM
vendor passed procurement's vendor review, chat history sits on the encrypted
laptop disk, and the mail and file-share systems keep their own audit logs.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Desktop MCP assistant",
    profile=tg.RiskProfile.HIGH,
    description="Staff desktop assistant acting on mail, calendar and files through MCP.",
)

# ---------------------------------------------------------------- data assets
request = tg.Data("User request", kind="prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL)
reply = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
prompt = tg.Data(
    "Conversation context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, chat so far, tool descriptions and tool results.",
)
completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Text for the user and the tool calls the model wants to make.",
)
tool_calls = tg.Data("MCP tool calls", kind="tool-call", sensitivity=tg.Sensitivity.PII)
tool_descriptions = tg.Data(
    "MCP tool descriptions",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Tool names, descriptions and schemas each MCP server advertises.",
)
company_results = tg.Data(
    "Mail, calendar and file results", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
addon_results = tg.Data(
    "Add-on tool results", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
emails = tg.Data(
    "Mailbox contents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
inbound_mail = tg.Data("Inbound email", kind="documents", sensitivity=tg.Sensitivity.PII)
calendar = tg.Data("Calendar entries", kind="records", sensitivity=tg.Sensitivity.PII)
drafts_and_invites = tg.Data(
    "Drafts and meeting invitations", kind="documents", sensitivity=tg.Sensitivity.PII
)
documents = tg.Data(
    "Company documents",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
token = tg.Data(
    "User OAuth token",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="Delegated access token carrying the user's own mail, calendar and file rights.",
)
sign_in = tg.Data("Sign-in request", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
history = tg.Data("Chat history", kind="logs", sensitivity=tg.Sensitivity.PII)
server_package = tg.Data(
    "MCP server package",
    kind="code",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Community MCP server code and its manifest, installed by the employee.",
)
api_traffic = tg.Data(
    "Add-on API requests",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Whatever the add-on servers send to and get back from their own backends.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Employee laptop", trust=tg.Trust.INTERNAL):
    # The member of staff who chats with the assistant and owns the access it uses.
    employee = tm.add(tg.Actor("Employee", role="staff"))
    # The desktop app: chat UI, MCP client and the agent loop.
    assistant = tm.add(
        tg.Agent(
            "Desktop assistant",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Plans with the hosted LLM and calls MCP tools with the user's token.",
            controls={
                c.HumanInTheLoop(
                    approver="the employee",
                    note="confirmation card before a meeting invitation is sent; "
                    "replies are saved as drafts, never sent",
                )
            },
        )
    )
    # Local chat history so conversations survive a restart.
    history_store = tm.add(
        tg.DataStore(
            "Local chat history",
            stores={history},
            controls={c.EncryptionAtRest(key_management="OS full-disk encryption")},
        )
    )
    # MCP servers staff install themselves from the public registry, run as the user.
    addon_servers = tm.add(
        tg.Tool(
            "Staff-added MCP servers",
            origin=tg.ToolOrigin.THIRD_PARTY,
            capabilities={"read", "write", "network-egress"},
            description="Local stdio servers: note takers, web search, task trackers and so on.",
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # IT-run MCP server in front of the mail system: search, read, draft, send.
    mail_mcp = tm.add(
        tg.Tool(
            "Mail MCP server",
            capabilities={"read", "write", "send-messages"},
            controls={c.Authentication(method="OAuth 2.0 bearer token of the user")},
        )
    )
    # IT-run MCP server for free/busy, events and invitations.
    calendar_mcp = tm.add(
        tg.Tool(
            "Calendar MCP server",
            capabilities={"read", "write", "send-messages"},
            controls={c.Authentication(method="OAuth 2.0 bearer token of the user")},
        )
    )
    # IT-run MCP server for listing, reading, saving and moving files.
    files_mcp = tm.add(
        tg.Tool(
            "File-share MCP server",
            capabilities={"read", "write", "delete"},
            controls={c.Authentication(method="OAuth 2.0 bearer token of the user")},
        )
    )
    # The company's mail and calendar system (one groupware server).
    mail_server = tm.add(
        tg.DataStore(
            "Mail and calendar server",
            stores={emails, calendar},
            controls={c.AuditLogging(retention_days=90)},
        )
    )
    # Department and personal shares where documents get filed.
    file_share = tm.add(
        tg.DataStore(
            "File share",
            stores={documents},
            controls={c.AuditLogging(retention_days=90)},
        )
    )

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # The company's SaaS single sign-on; issues the delegated tokens.
    idp = tm.add(tg.ExternalService("Corporate SSO", provides="identity-provider"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted frontier model under an enterprise, no-training agreement.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="procurement review, zero data retention terms")},
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Where staff find and download community MCP servers.
    registry = tm.add(tg.ExternalService("Public MCP registry", provides="package-registry"))
    # Backends the add-on servers call (SaaS APIs, search engines).
    addon_backends = tm.add(tg.ExternalService("Add-on server backends", provides="tool-server"))
    # Customers, suppliers and anyone else who emails staff.
    outside_senders = tm.add(tg.Actor("External email senders", role="correspondent"))

# ---------------------------------------------------------------- flows
# The employee and the assistant
tm.flow(employee, assistant, request, label="chat")
tm.flow(assistant, employee, reply, label="answers and confirmation cards")
tm.flow(assistant, history_store, history, protocol="local")
tm.flow(history_store, assistant, history, protocol="local")

# Sign-in
tm.flow(assistant, idp, sign_in, protocol="https", label="SSO with MFA")
tm.flow(idp, assistant, token, protocol="https")

# The model
tm.flow(assistant, llm, prompt, protocol="https")
tm.flow(llm, assistant, completion, protocol="https")

# Company MCP servers, with the user's token
tm.flow(assistant, mail_mcp, tool_calls, token, drafts_and_invites, protocol="https")
tm.flow(mail_mcp, assistant, company_results, tool_descriptions, protocol="https")
tm.flow(assistant, calendar_mcp, tool_calls, token, drafts_and_invites, protocol="https")
tm.flow(calendar_mcp, assistant, company_results, tool_descriptions, protocol="https")
tm.flow(assistant, files_mcp, tool_calls, token, documents, protocol="https")
tm.flow(files_mcp, assistant, company_results, tool_descriptions, protocol="https")

tm.flow(mail_mcp, mail_server, drafts_and_invites, token, protocol="https")
tm.flow(mail_server, mail_mcp, emails, protocol="https")
tm.flow(calendar_mcp, mail_server, drafts_and_invites, token, protocol="https")
tm.flow(mail_server, calendar_mcp, calendar, protocol="https")
tm.flow(files_mcp, file_share, documents, token, protocol="smb")
tm.flow(file_share, files_mcp, documents, protocol="smb")

# Mail from outside reaches the mailboxes the assistant reads
tm.flow(outside_senders, mail_server, inbound_mail, protocol="smtp+starttls")
tm.flow(
    mail_server, outside_senders, drafts_and_invites, protocol="smtp+starttls", label="sent mail"
)

# Staff-added MCP servers
tm.flow(registry, addon_servers, server_package, protocol="https", label="install")
tm.flow(assistant, addon_servers, tool_calls, protocol="stdio")
tm.flow(addon_servers, assistant, addon_results, tool_descriptions, protocol="stdio")
tm.flow(addon_servers, addon_backends, api_traffic, protocol="https")
tm.flow(addon_backends, addon_servers, api_traffic, protocol="https")
