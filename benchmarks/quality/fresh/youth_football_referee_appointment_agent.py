"""Youth football referee appointments: the first design, before any security review.

A county football association appoints volunteer and paid referees, some of them
teenagers themselves, to youth league matches. Each week an LLM agent reads the
fixtures, the referees' availability and qualifications, checks each candidate's
safeguarding (DBS) check status in the national membership system, appoints
referees to matches, messages them by SMS and e-mail, and records the match fee
for each appointment so that the finance system pays it in the monthly run. The
referee development officer can override any appointment. Clubs enter fixtures and
referees enter availability and bank details in the association's portal, signing
in with a username and password. The agent and its tools run in the association's
cloud account with a vendor-hosted LLM; the portal has role-based access, the
database is encrypted, and match fees come from the county fee table.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Youth football referee appointment agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that appoints referees to youth matches and records their match fees.",
)

# ---------------------------------------------------------------- data assets
fixtures = tg.Data(
    "Fixtures",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Match, age group, venue, kick-off time and the clubs' contacts.",
)
availability = tg.Data("Referee availability", sensitivity=tg.Sensitivity.PII, kind="records")
qualifications = tg.Data(
    "Referee qualifications",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Referee level, age, and the age groups each referee may officiate.",
)
safeguarding = tg.Data(
    "Safeguarding check status",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Whether the referee's DBS check and safeguarding course are in date.",
)
appointments = tg.Data(
    "Referee appointments",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
appointment_message = tg.Data(
    "Appointment message",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="Match, venue, kick-off and a link to accept or decline in the portal.",
)
match_fees = tg.Data(
    "Match fee records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
bank_details = tg.Data(
    "Referee bank details",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
portal_login = tg.Data(
    "Portal username and password", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
override = tg.Data("Appointment override", sensitivity=tg.Sensitivity.PII, kind="records")
prompt = tg.Data("Agent prompt and context", sensitivity=tg.Sensitivity.PII, kind="prompt")
completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
tool_call = tg.Data("Agent tool call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
tool_result = tg.Data("Agent tool result", sensitivity=tg.Sensitivity.PII, kind="tool-result")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Volunteer and paid referees, from age 14; give availability, receive appointments.
    referee = tm.add(tg.Actor("Referee", role="referee"))
    # A club's fixtures secretary who enters the club's matches.
    club = tm.add(tg.Actor("Club fixtures secretary", role="club official"))

with tm.boundary("National FA", trust=tg.Trust.PARTNER):
    # The national membership system holds each referee's safeguarding status.
    membership = tm.add(
        tg.ExternalService(
            "Membership system",
            provides="data-provider",
            description="National registration and DBS records, read through its API.",
        )
    )

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # Delivers SMS and e-mail to referees.
    gateway = tm.add(tg.ExternalService("SMS and e-mail gateway"))

with tm.boundary("Accounting SaaS", trust=tg.Trust.PARTNER):
    # The association's finance system; pays referees in the monthly payment run.
    finance = tm.add(
        tg.ExternalService(
            "Finance system",
            description="Hosted accounting package; the treasurer releases the monthly payment run.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent plans with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Association cloud account", trust=tg.Trust.INTERNAL):
    # Where clubs, referees and the officer sign in.
    portal = tm.add(
        tg.Endpoint(
            "Association portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="username and password"),
                c.RBAC(note="clubs see their fixtures, referees their own appointments"),
                c.EncryptionInTransit(protocol="TLS 1.2"),
            },
        )
    )
    # Fixtures, availability, qualifications and appointments.
    db = tm.add(
        tg.DataStore(
            "Appointments database",
            stores={fixtures, availability, qualifications, appointments, bank_details},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Runs the weekly appointment round.
    agent = tm.add(
        tg.Agent(
            "Appointment agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Appoints without prior approval; the development officer can override afterwards.",
            controls={c.AuditLogging(retention_days=730)},
        )
    )
    # Reads fixtures, availability and qualifications for the agent.
    read_tool = tm.add(tg.Tool("Fixtures and availability lookup", capabilities={"read"}))
    # Asks the membership system for each candidate's safeguarding status.
    dbs_tool = tm.add(
        tg.Tool(
            "Safeguarding check tool",
            capabilities={"read"},
            controls={c.SecretsManagement(note="membership API key in the cloud secret store")},
        )
    )
    # Writes appointments to the database.
    appoint_tool = tm.add(tg.Tool("Appointment tool", capabilities={"write"}))
    # Sends appointment messages to referees.
    message_tool = tm.add(tg.Tool("Referee messaging tool", capabilities={"send-messages"}))
    # Records each appointment's match fee in the finance system.
    fee_tool = tm.add(
        tg.Tool(
            "Match fee tool",
            capabilities={"write"},
            controls={
                c.PolicyEnforcement(
                    rules="fee taken from the county fee table for the match's age group"
                )
            },
        )
    )

with tm.boundary("County FA office", trust=tg.Trust.INTERNAL):
    # Oversees appointments and can override the agent.
    officer = tm.add(tg.Actor("Referee development officer", role="officer", privileged=True))

# ---------------------------------------------------------------- flows
# People and the portal.
tm.flow(club, portal, portal_login, fixtures, protocol="https")
tm.flow(portal, club, fixtures, appointments, protocol="https")
tm.flow(referee, portal, portal_login, availability, bank_details, protocol="https")
tm.flow(portal, referee, appointments, protocol="https")
tm.flow(officer, portal, portal_login, override, protocol="https", label="overrides appointments")
tm.flow(portal, officer, appointments, protocol="https")
tm.flow(portal, db, fixtures, availability, bank_details, override)
tm.flow(db, portal, fixtures, appointments)

# The agent's reasoning.
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# Reading fixtures, availability and qualifications.
tm.flow(agent, read_tool, tool_call)
tm.flow(read_tool, agent, tool_result, fixtures, availability, qualifications)
tm.flow(db, read_tool, fixtures, availability, qualifications)

# Safeguarding status.
tm.flow(agent, dbs_tool, tool_call)
tm.flow(dbs_tool, agent, tool_result, safeguarding)
tm.flow(dbs_tool, membership, tool_call, protocol="https")
tm.flow(membership, dbs_tool, safeguarding, protocol="https")

# Appointing and messaging.
tm.flow(agent, appoint_tool, tool_call, appointments)
tm.flow(appoint_tool, agent, tool_result)
tm.flow(appoint_tool, db, appointments)
tm.flow(agent, message_tool, tool_call, appointment_message)
tm.flow(message_tool, gateway, appointment_message, protocol="https")
tm.flow(gateway, referee, appointment_message, protocol="sms")

# Match fees and payment.
tm.flow(agent, fee_tool, tool_call, match_fees)
tm.flow(fee_tool, agent, tool_result)
tm.flow(fee_tool, finance, match_fees, protocol="https")
tm.flow(db, finance, bank_details, protocol="https", label="nightly payee sync")
