"""Community energy co-op solar share payout agent: the first design, before any security review.

A UK community benefit society owns rooftop solar arrays; its members hold withdrawable
shares and are paid interest each quarter from the export revenue. A volunteer treasurer
starts the quarterly payout run from an admin console, and an LLM agent (a hosted model
behind a vendor API) carries it out: it pulls the energy supplier's export statement and
the generation monitoring figures, reads each member's holding from the share register,
works out the allocations, creates a payment batch through the bank's business API and
e-mails each member a statement. Members also ask the same agent about their payouts in
the member portal, where they can update their bank details. The bank releases a batch
only after the treasurer and a second director authorise it in online banking. Controls
in this design: portal and console sign-in, a supervised agent with a step limit, the
bank API key in a secrets manager, encrypted register storage and an audited payout ledger.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Community energy co-op solar share payouts",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that runs quarterly share-interest payouts and answers "
    "members' payout questions for a community solar co-operative.",
)

# ---------------------------------------------------------------- data assets
member_question = tg.Data("Member payout question", kind="prompt", sensitivity=tg.Sensitivity.PII)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
bank_change = tg.Data(
    "Member bank details change",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
register_records = tg.Data(
    "Share register records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Member names, addresses, e-mail, shareholding and interest rate.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
bank_details = tg.Data(
    "Member bank details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
portal_login = tg.Data(
    "Member sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
run_request = tg.Data("Payout run request", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
run_summary = tg.Data("Payout run summary", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data("Agent prompt with context", kind="prompt", sensitivity=tg.Sensitivity.PII)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
lookup_call = tg.Data("Register lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
lookup_result = tg.Data(
    "Holdings and payout history", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
revenue_call = tg.Data("Revenue query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
revenue_result = tg.Data(
    "Quarterly revenue and generation", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
export_statement = tg.Data(
    "Export revenue statement",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The supplier's quarterly statement of exported kWh and the amount paid.",
)
generation_readings = tg.Data(
    "Array generation readings", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
payout_request = tg.Data(
    "Payout allocation call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Member ids and the interest amount the agent worked out for each.",
)
payment_batch = tg.Data(
    "Payment batch",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
batch_status = tg.Data("Payment batch status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
payout_result = tg.Data(
    "Payout tool result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
batch_authorisation = tg.Data(
    "Batch authorisation", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
payout_records = tg.Data("Payout records", kind="records", sensitivity=tg.Sensitivity.PII)
statement_call = tg.Data("Statement e-mail call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
member_statement = tg.Data(
    "Member payout statement e-mail", kind="documents", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Co-op members: shareholders who are paid interest and ask about it.
    member = tm.add(tg.Actor("Co-op member", role="member"))
    # Volunteer director who starts the payout run and authorises the bank batch.
    treasurer = tm.add(tg.Actor("Volunteer treasurer", role="treasurer", privileged=True))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Energy partners", trust=tg.Trust.PARTNER):
    # The licensed supplier that buys the exported power under the PPA.
    supplier = tm.add(
        tg.DataSource(
            "Energy supplier statement feed",
            origin=tg.Origin.PARTNER,
            provides={export_statement},
            description="Quarterly export statements dropped on the supplier's SFTP server.",
        )
    )
    # The inverter maker's cloud monitoring of the arrays.
    monitoring = tm.add(
        tg.DataSource(
            "Inverter monitoring platform",
            origin=tg.Origin.VENDOR,
            provides={generation_readings},
        )
    )

with tm.boundary("Bank", trust=tg.Trust.PARTNER):
    # The co-op's business bank account, with an API for payment batches.
    bank = tm.add(
        tg.ExternalService(
            "Business bank payments API",
            provides=tg.ExternalCategory.GENERIC,
            description="Batches created by API wait for dual authorisation in online banking.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that delivers the statements.
    mail = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Co-op cloud tenancy", trust=tg.Trust.INTERNAL):
    # Members' web portal: holdings, statements, bank details and the payout chat.
    portal = tm.add(
        tg.Endpoint(
            "Member portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Directors' console to start and review payout runs.
    console = tm.add(
        tg.Endpoint(
            "Admin console",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password with TOTP")},
        )
    )
    # The LLM agent that runs payouts and answers member questions.
    agent = tm.add(
        tg.Agent(
            "Payout agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Works out each member's interest from the quarter's revenue, "
            "creates the bank batch, sends statements, and answers payout questions.",
            controls={c.CircuitBreaker(max_steps=60)},
        )
    )
    # Reads members' holdings and past payouts for the agent.
    lookup_tool = tm.add(tg.Tool("Share register lookup tool", capabilities={"read"}))
    # Fetches the export statement and generation figures for the quarter.
    revenue_tool = tm.add(tg.Tool("Revenue import tool", capabilities={"read", "network-egress"}))
    # Builds the payment batch at the bank from the agent's allocations.
    payout_tool = tm.add(
        tg.Tool(
            "Share interest payout tool",
            capabilities={"money-movement", "write"},
            description="Looks up each member's bank details in the register and "
            "submits the batch to the bank API.",
            controls={
                c.HumanInTheLoop(
                    approver="the treasurer and a second director, in online banking",
                ),
                c.SecretsManagement(),
            },
        )
    )
    # Sends each member their quarterly statement.
    email_tool = tm.add(tg.Tool("Statement e-mail tool", capabilities={"send-messages"}))

    with tm.boundary("Member data", trust=tg.Trust.RESTRICTED):
        # Statutory register of members and their shares, with bank details.
        register = tm.add(
            tg.DataStore(
                "Share register",
                stores={register_records, bank_details, portal_login},
                controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
            )
        )
        # Every payout made, per member and quarter.
        ledger = tm.add(
            tg.DataStore(
                "Payout ledger",
                stores={payout_records},
                controls={c.AuditLogging()},
            )
        )

# ---------------------------------------------------------------- flows
# Members
tm.flow(member, portal, portal_login, member_question, bank_change, protocol="https")
tm.flow(portal, member, agent_reply, protocol="https")
tm.flow(register, portal, portal_login, label="sign-in check")
tm.flow(portal, register, bank_change)
tm.flow(portal, agent, member_question)
tm.flow(agent, portal, agent_reply)

# Treasurer
tm.flow(treasurer, console, run_request, protocol="https")
tm.flow(console, agent, run_request)
tm.flow(agent, console, run_summary)
tm.flow(console, treasurer, run_summary, protocol="https")

# Agent and model
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

# Register lookups
tm.flow(agent, lookup_tool, lookup_call)
tm.flow(register, lookup_tool, register_records)
tm.flow(ledger, lookup_tool, payout_records)
tm.flow(lookup_tool, agent, lookup_result)

# Revenue
tm.flow(agent, revenue_tool, revenue_call)
tm.flow(supplier, revenue_tool, export_statement, protocol="sftp")
tm.flow(monitoring, revenue_tool, generation_readings, protocol="https")
tm.flow(revenue_tool, agent, revenue_result)

# Payouts
tm.flow(agent, payout_tool, payout_request)
tm.flow(register, payout_tool, bank_details)
tm.flow(payout_tool, bank, payment_batch, protocol="https")
tm.flow(bank, payout_tool, batch_status, protocol="https")
tm.flow(treasurer, bank, batch_authorisation, protocol="https", label="dual authorisation")
tm.flow(payout_tool, ledger, payout_records)
tm.flow(payout_tool, agent, payout_result)

# Statements
tm.flow(agent, email_tool, statement_call)
tm.flow(email_tool, mail, member_statement, protocol="https")
tm.flow(mail, member, member_statement, protocol="smtp")
