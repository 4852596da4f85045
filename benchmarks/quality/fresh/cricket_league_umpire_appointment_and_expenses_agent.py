"""County cricket league umpire appointments and expenses agent: the first design.

The league's volunteers used to appoint umpires and settle their expenses by
e-mail and spreadsheet. An LLM agent behind the league's web portal now appoints
umpires to each weekend's fixtures from the availability they enter, answers
club secretaries' questions about fixtures and appointments, and processes
umpires' mileage and meal claims, reading the photos of receipts they upload.
The agent runs in the league's cloud account and calls a hosted model; it
e-mails appointments to umpires and clubs, and pays approved claims by bank
transfer through the league's business bank API. Claims over GBP 75 wait for
the treasurer's approval in the portal; smaller ones are paid by the agent.
Umpires and clubs sign in with e-mail and password, the treasurer with a TOTP
code as well; traffic is HTTPS and the databases are encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cricket league umpire appointments and expenses agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Appoints umpires, answers fixture questions and pays umpires' expense claims.",
)

# ---------------------------------------------------------------- data assets
availability = tg.Data("Umpire availability", kind="records", sensitivity=tg.Sensitivity.PII)
club_question = tg.Data("Club fixture question", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
agent_answer = tg.Data("Agent answer", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
claim = tg.Data(
    "Expense claim",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Match, mileage from home postcode to ground, meal amounts.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
receipts = tg.Data("Receipt photos", kind="media", sensitivity=tg.Sensitivity.PII)
bank_details = tg.Data(
    "Umpire bank details",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
umpire_profiles = tg.Data(
    "Umpire profiles",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, home postcode, phone, e-mail, grade and clubs they may not stand for.",
)
fixtures = tg.Data("Fixtures and appointments", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
prompt = tg.Data(
    "Agent prompt with context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the request, fixtures, availability, claim and receipt images.",
)
completion = tg.Data(
    "Model completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
appointment_call = tg.Data(
    "Appointment tool call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
claim_call = tg.Data("Claim assessment tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
payment_call = tg.Data(
    "Payment tool call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
lookup_result = tg.Data(
    "Fixture lookup result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
notice = tg.Data("Appointment notice e-mail", kind="records", sensitivity=tg.Sensitivity.PII)
approval = tg.Data(
    "Treasurer payment approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
pending = tg.Data("Claims awaiting approval", kind="records", sensitivity=tg.Sensitivity.PII)
transfer = tg.Data(
    "Bank transfer instruction", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
bank_key = tg.Data("Bank API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
pay_status = tg.Data("Payment status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
pay_result = tg.Data("Payout tool result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Registered league umpires: give availability, submit claims, keep bank details.
    umpire = tm.add(tg.Actor("Umpire", role="umpire"))
    # Each club's fixture secretary asks about fixtures and who is umpiring.
    club_sec = tm.add(tg.Actor("Club fixture secretary", role="club official"))
    # Volunteer treasurer, working from home.
    treasurer = tm.add(tg.Actor("League treasurer", role="treasurer", privileged=True))

with tm.boundary("League cloud account", trust=tg.Trust.INTERNAL):
    # The one web front door: forms, chat, and the treasurer's approval page.
    portal = tm.add(
        tg.Endpoint(
            "League portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password; TOTP for the treasurer"),
                c.RBAC(),
            },
        )
    )
    # The LLM agent that appoints, answers and processes claims.
    agent = tm.add(
        tg.Agent(
            "Appointments and expenses agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(approver="the league treasurer", above="GBP 75 per claim"),
                c.AuditLogging(retention_days=730),
            },
        )
    )
    # Reads fixtures, appointments and availability for the agent.
    lookup_tool = tm.add(tg.Tool("Fixture lookup", capabilities={"read"}))
    # Writes umpire appointments against fixtures.
    appoint_tool = tm.add(tg.Tool("Appointment writer", capabilities={"read", "write"}))
    # Records a claim with the agent's mileage and meal assessment.
    claim_tool = tm.add(tg.Tool("Expense claim recorder", capabilities={"read", "write"}))
    # Sends a bank transfer for an assessed claim.
    pay_tool = tm.add(
        tg.Tool(
            "Expense payout",
            capabilities={"money-movement"},
            controls={
                c.HumanInTheLoop(approver="the league treasurer", above="GBP 75 per claim"),
            },
        )
    )
    # Sends appointment notices to umpires and clubs.
    mail_tool = tm.add(tg.Tool("Appointment mailer", capabilities={"send-messages"}))
    # Fixtures, appointments and availability.
    fixtures_db = tm.add(
        tg.DataStore(
            "Fixtures and appointments database",
            stores={fixtures, availability},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Umpire profiles and bank details, claims and receipt photos.
    umpire_db = tm.add(
        tg.DataStore(
            "Umpire and claims database",
            stores={umpire_profiles, bank_details, claim, receipts, pending, bank_key},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("Model vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model the agent reasons with; also reads receipt photos.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("League bank", trust=tg.Trust.PARTNER):
    # The league's business current account, with a payments API.
    bank = tm.add(tg.ExternalService("Business bank payments API"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(
    umpire, portal, availability, claim, receipts, bank_details, protocol="https", controls={tls}
)
tm.flow(portal, umpire, agent_answer, fixtures, protocol="https", controls={tls})
tm.flow(club_sec, portal, club_question, protocol="https", controls={tls})
tm.flow(portal, club_sec, agent_answer, protocol="https", controls={tls})

tm.flow(portal, fixtures_db, availability)
tm.flow(portal, umpire_db, bank_details, label="umpire edits own bank details")
tm.flow(portal, agent, club_question, claim, receipts)
tm.flow(agent, portal, agent_answer)

tm.flow(agent, llm, prompt, protocol="https", controls={tls})
tm.flow(llm, agent, completion, protocol="https", controls={tls})

tm.flow(agent, lookup_tool, club_question, label="fixture query")
tm.flow(fixtures_db, lookup_tool, fixtures, availability)
tm.flow(lookup_tool, agent, lookup_result)

tm.flow(agent, appoint_tool, appointment_call)
tm.flow(appoint_tool, fixtures_db, fixtures)
tm.flow(agent, mail_tool, appointment_call)
tm.flow(umpire_db, mail_tool, umpire_profiles, label="contact details")
tm.flow(mail_tool, umpire, notice, protocol="smtp")
tm.flow(mail_tool, club_sec, notice, protocol="smtp")

tm.flow(agent, claim_tool, claim_call)
tm.flow(claim_tool, umpire_db, claim, receipts)
tm.flow(umpire_db, claim_tool, umpire_profiles, label="home postcode for mileage")

tm.flow(umpire_db, portal, pending, label="claims over GBP 75")
tm.flow(portal, treasurer, pending, receipts, protocol="https", controls={tls})
tm.flow(treasurer, portal, approval, protocol="https", controls={tls})
tm.flow(portal, pay_tool, approval)

tm.flow(agent, pay_tool, payment_call)
tm.flow(umpire_db, pay_tool, bank_details, bank_key, claim)
tm.flow(pay_tool, bank, transfer, protocol="https", controls={tls})
tm.flow(bank, pay_tool, pay_status, protocol="https", controls={tls})
tm.flow(pay_tool, umpire_db, claim, label="marked paid")
tm.flow(pay_tool, agent, pay_result)
