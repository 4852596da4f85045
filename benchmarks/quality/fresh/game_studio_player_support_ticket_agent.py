"""Game studio player support: an LLM ticket agent, the first design.

An online game studio (EU-based, players worldwide) answers player support tickets
with an LLM agent. Players write in from the in-game support form in the game client
or from the support website, signed in with their game account. The agent, running
in the studio's cloud and calling a hosted LLM, can look up the player's account,
purchase history and bans, refund small in-game purchases through the payment
provider, restore lost or deleted items, and hand a ticket to the human queue.
Support staff work that queue in a console: they decide ban appeals and refunds
above the agent's limit. Controls in this design: game-account sign-in and rate
limits on the ticket API, a step limit and audit log on the agent, a per-refund cap
in the refund tool, SSO with MFA and roles for staff, encryption of the databases,
and HTTPS everywhere; the LLM vendor was reviewed and keeps no prompts.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Game studio player support ticket agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent answering player tickets, with refunds of small purchases, "
    "item restoration and escalation of ban appeals and large refunds to staff.",
)

# ---------------------------------------------------------------- data assets
ticket = tg.Data(
    "Player support message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text, screenshots' descriptions, the player's account id.",
)
reply = tg.Data("Support reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the ticket thread and the tool results so far.",
)
llm_completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="The next tool call or the draft reply.",
)
account_query = tg.Data("Account lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
account_details = tg.Data(
    "Account, purchase and ban details",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
)
refund_call = tg.Data("Refund call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
refund_order = tg.Data(
    "Refund order",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Purchase id, amount and currency sent to the payment provider.",
)
refund_result = tg.Data(
    "Refund result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
restore_call = tg.Data("Item restore call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
inventory_change = tg.Data(
    "Inventory change",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
escalation_call = tg.Data("Escalation call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
player_records = tg.Data(
    "Player account records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Profile, e-mail, country, purchase history, inventory and ban history.",
)
ticket_history = tg.Data(
    "Ticket threads",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Every message, agent step and escalation for each ticket.",
)
staff_decision = tg.Data(
    "Appeal and large refund decisions", kind="records", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Writes tickets from the game or the website; anyone can create an account.
    player = tm.add(tg.Actor("Player", role="player"))
    # The in-game support form, on PCs, consoles and phones.
    game_client = tm.add(tg.Device("Game client", fleet=True))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed, zero prompt retention")},
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Took the original payment; refunds go back through it.
    payments = tm.add(tg.ExternalService("Payment provider", provides=tg.ExternalCategory.GENERIC))

with tm.boundary("Studio cloud", trust=tg.Trust.INTERNAL):
    # Receives tickets from the game client and the website.
    ticket_api = tm.add(
        tg.Endpoint(
            "Support ticket API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="game account session (password, optional authenticator app)"
                ),
                c.RateLimiting(requests_per_minute=10),
                c.InputValidation(note="message length and attachment type limits"),
            },
        )
    )
    # Ticket threads and the staff queue of escalated tickets.
    ticket_store = tm.add(
        tg.DataStore(
            "Ticket database",
            stores={ticket_history},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Reads the ticket, calls tools, writes the reply.
    agent = tm.add(
        tg.Agent(
            "Support ticket agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=12), c.AuditLogging(retention_days=365)},
        )
    )
    # Looks up the account, purchases and bans of the ticket's player.
    lookup_tool = tm.add(tg.Tool("Account lookup tool", capabilities={"read"}))
    # Refunds one in-game purchase through the payment provider.
    refund_tool = tm.add(
        tg.Tool(
            "Purchase refund tool",
            capabilities={"write", "money-movement"},
            controls={c.TransactionLimits(limit="EUR 20 per refunded purchase")},
        )
    )
    # Puts lost or deleted items back into the player's inventory.
    restore_tool = tm.add(tg.Tool("Item restore tool", capabilities={"write"}))
    # Hands the ticket to the staff queue (ban appeals, refunds above the cap).
    escalation_tool = tm.add(tg.Tool("Escalation tool", capabilities={"write"}))
    # The game's account service database.
    account_db = tm.add(
        tg.DataStore(
            "Player account database",
            stores={player_records},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Where staff work the escalated tickets.
    console = tm.add(
        tg.Endpoint(
            "Staff support console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO with MFA"), c.RBAC()},
        )
    )

with tm.boundary("Studio office network", trust=tg.Trust.INTERNAL):
    # Decides ban appeals and large refunds.
    staff = tm.add(tg.Actor("Support staff", role="support agent"))

# ---------------------------------------------------------------- flows
tm.flow(player, game_client, ticket, label="in-game support form")
tm.flow(game_client, ticket_api, ticket, protocol="https")
tm.flow(ticket_api, game_client, reply, protocol="https")
tm.flow(game_client, player, reply)
tm.flow(player, ticket_api, ticket, protocol="https", label="support website")
tm.flow(ticket_api, player, reply, protocol="https", label="support website")

tm.flow(ticket_api, ticket_store, ticket)
tm.flow(ticket_store, ticket_api, reply)
tm.flow(ticket_store, agent, ticket_history, label="new ticket")
tm.flow(agent, ticket_store, reply, ticket_history)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, lookup_tool, account_query)
tm.flow(lookup_tool, account_db, account_query)
tm.flow(account_db, lookup_tool, player_records)
tm.flow(lookup_tool, agent, account_details)

tm.flow(agent, refund_tool, refund_call)
tm.flow(account_db, refund_tool, player_records, label="purchase record")
tm.flow(refund_tool, payments, refund_order, protocol="https")
tm.flow(payments, refund_tool, refund_result, protocol="https")
tm.flow(refund_tool, account_db, inventory_change, label="revoke refunded items")
tm.flow(refund_tool, agent, refund_result)

tm.flow(agent, restore_tool, restore_call)
tm.flow(restore_tool, account_db, inventory_change)
tm.flow(restore_tool, agent, inventory_change, label="restore result")

tm.flow(agent, escalation_tool, escalation_call)
tm.flow(escalation_tool, ticket_store, ticket_history, label="escalated to staff queue")

tm.flow(ticket_store, console, ticket_history)
tm.flow(account_db, console, player_records)
tm.flow(console, staff, ticket_history, player_records, protocol="https")
tm.flow(staff, console, staff_decision, reply, protocol="https")
tm.flow(console, account_db, staff_decision, label="lift or uphold ban")
tm.flow(console, payments, refund_order, protocol="https", label="large refund")
tm.flow(payments, console, refund_result, protocol="https")
tm.flow(console, ticket_store, reply, staff_decision)
