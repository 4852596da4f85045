"""Brass band instrument loans: the first design, before any security review.

A community brass band lends cornets, horns, euphoniums and basses to its young
players. The band's volunteer librarian chats with an agent in a small web app
the band hosts; the agent keeps the loan and repair register (a Google Sheet),
e-mails parents from the band's Google Workspace mailbox about returns and damage,
reads their replies, and orders spare parts and repairs through the repairer's
trade portal. Any order over GBP 100 waits for the band treasurer to approve it in
the web app. The agent's language model is a hosted API. Controls in this design:
Google sign-in for the two volunteers, a treasurer-only role for approvals, HTTPS
everywhere and Google's own encryption of the sheet.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Brass band instrument loan and repair agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "An agent tracks instrument loans and repairs, e-mails parents and orders "
        "parts, with the treasurer approving larger spends."
    ),
)

# ---------------------------------------------------------------- data assets
request = tg.Data("Librarian request", kind="prompt", sensitivity=tg.Sensitivity.PII)
reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Prompt with register extracts",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the request, loan rows and parent e-mails.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
loans = tg.Data(
    "Loan and repair register",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="low"),
    description="Player name and age group, parent contact, instrument, serial, due date, "
    "condition notes and repair history.",
)
register_call = tg.Data("Register tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
register_result = tg.Data(
    "Register tool result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
parent_email = tg.Data(
    "Return and damage e-mail to parent", kind="documents", sensitivity=tg.Sensitivity.PII
)
parent_reply = tg.Data("Parent e-mail reply", kind="documents", sensitivity=tg.Sensitivity.PII)
order = tg.Data(
    "Parts or repair order",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Instrument, parts or work wanted, and the quoted price.",
)
order_confirmation = tg.Data(
    "Order confirmation and quote", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
approval = tg.Data("Treasurer spend approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
approval_request = tg.Data(
    "Spend approval request", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Parents of the young players: get e-mails about returns and damage and reply.
    parent = tm.add(tg.Actor("Parent", role="parent of a young player"))

with tm.boundary("Band volunteers", trust=tg.Trust.INTERNAL):
    # Runs the instrument store day to day and talks to the agent.
    librarian = tm.add(tg.Actor("Band librarian", role="volunteer librarian"))
    # Approves any spend over the limit.
    treasurer = tm.add(tg.Actor("Band treasurer", role="treasurer"))

with tm.boundary("Band web app hosting", trust=tg.Trust.INTERNAL):
    # The chat and approval pages the volunteers use.
    web_app = tm.add(
        tg.Endpoint(
            "Band admin web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Google sign-in with band Workspace accounts"),
                c.RBAC(note="only the treasurer account can approve spends"),
            },
            description="Small hosted web app: chat with the agent, approve orders.",
        )
    )
    # Plans and carries out loan, e-mail and ordering tasks.
    agent = tm.add(
        tg.Agent(
            "Instrument loan agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Tracks loans and repairs, e-mails parents, orders parts.",
        )
    )
    # Reads and updates the loan and repair register.
    register_tool = tm.add(tg.Tool("Loan register tool", capabilities={"read", "write"}))
    # Sends e-mails to parents and reads their replies from the band mailbox.
    email_tool = tm.add(tg.Tool("Parent e-mail tool", capabilities={"read", "send-messages"}))
    # Places orders for parts and repairs on the band's trade account.
    order_tool = tm.add(
        tg.Tool(
            "Parts ordering tool",
            capabilities={"write", "money-movement", "network-egress"},
            controls={
                c.HumanInTheLoop(approver="band treasurer", above="GBP 100 per order"),
            },
            description="Orders go on the band's account with the repairer, invoiced monthly.",
        )
    )

with tm.boundary("Google Workspace", trust=tg.Trust.PARTNER):
    # The band's loan and repair register, kept as a shared Google Sheet.
    sheet = tm.add(
        tg.DataStore(
            "Loan register sheet",
            stores={loans},
            controls={c.EncryptionAtRest(key_management="Google-managed keys")},
        )
    )
    # The band's mailbox that sends to parents and receives their replies.
    mailbox = tm.add(tg.ExternalService("Band Gmail mailbox", provides=tg.ExternalCategory.GENERIC))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted language model behind the agent.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Instrument repairer", trust=tg.Trust.PARTNER):
    # The local brass repairer's trade ordering portal.
    repairer = tm.add(
        tg.ExternalService("Repairer trade portal", provides=tg.ExternalCategory.GENERIC)
    )

# ---------------------------------------------------------------- flows
tm.flow(librarian, web_app, request, protocol="https")
tm.flow(web_app, librarian, reply, protocol="https")
tm.flow(web_app, agent, request)
tm.flow(agent, web_app, reply, approval_request)
tm.flow(web_app, treasurer, approval_request, protocol="https")
tm.flow(treasurer, web_app, approval, protocol="https")
tm.flow(web_app, agent, approval, label="approval passed to the agent")

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, register_tool, register_call)
tm.flow(register_tool, agent, register_result)
tm.flow(register_tool, sheet, loans, protocol="https", label="Sheets API update")
tm.flow(sheet, register_tool, loans, protocol="https", label="Sheets API read")

tm.flow(agent, email_tool, parent_email)
tm.flow(email_tool, mailbox, parent_email, protocol="https", label="Gmail API send")
tm.flow(mailbox, parent, parent_email, protocol="smtp")
tm.flow(parent, mailbox, parent_reply, protocol="smtp")
tm.flow(mailbox, email_tool, parent_reply, protocol="https", label="Gmail API read")
tm.flow(email_tool, agent, parent_reply)

tm.flow(agent, order_tool, order)
tm.flow(order_tool, repairer, order, protocol="https")
tm.flow(repairer, order_tool, order_confirmation, protocol="https")
tm.flow(order_tool, agent, order_confirmation)
