"""Trucking load board matching agent: the first design, before any security review.

Our freight brokerage runs a load board where shippers post loads and carriers keep
their profiles and truck availability. An LLM agent in our production VPC reads new
loads, shortlists carriers from the board, and checks each carrier's operating
authority, insurance and safety record through the FMCSA public API. It then emails
the carriers a rate offer and negotiates by email, on its own, inside the margin
floor that pricing sets for each load. When a carrier accepts, the agent drafts a
rate confirmation in the transportation management system (TMS); a brokerage
dispatcher reviews and signs it there before the TMS emails it to the carrier. The
agent reasons with a hosted LLM from a vendor we have reviewed; mail goes through
our hosted email provider. Shippers and carriers sign in to the board with e-mail,
password and TOTP; agent actions are logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Trucking load board matching agent",
    profile=tg.RiskProfile.HIGH,
    description=(
        "LLM agent that matches shippers' loads to carriers, vets carriers, negotiates "
        "rates by email and drafts rate confirmations for dispatchers to sign."
    ),
)

# ---------------------------------------------------------------- data assets
load_posting = tg.Data(
    "Load posting",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Lanes, pickup and delivery sites and times, commodity, weight, shipper rate.",
)
carrier_profile = tg.Data(
    "Carrier profile",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="MC/DOT numbers, equipment, lanes, owner-operator names, phones and e-mails.",
)
listings = tg.Data("Load board listings", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
match_status = tg.Data("Load match status", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
margin_policy = tg.Data(
    "Margin floor per load",
    kind="instructions",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
tool_call = tg.Data("Agent tool call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
lookup_result = tg.Data(
    "Load and carrier lookup result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
dot_query = tg.Data("DOT number query", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
safety_records = tg.Data(
    "Carrier authority, insurance and safety records",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
offer_email = tg.Data(
    "Rate offer e-mail", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
carrier_reply = tg.Data(
    "Carrier reply e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Free text from whoever replies: counter-offers, questions, attachments.",
)
rate_con_draft = tg.Data(
    "Rate confirmation draft",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
signature = tg.Data("Dispatcher signature", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
signed_rate_con = tg.Data(
    "Signed rate confirmation",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
booking = tg.Data("Booked load status", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
mail_token = tg.Data("Mailbox OAuth token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Shippers post loads and watch their status.
    shipper = tm.add(tg.Actor("Shipper", role="shipper"))
    # Carriers and owner-operators: keep profiles, receive offers, negotiate by e-mail.
    carrier = tm.add(tg.Actor("Carrier dispatcher", role="carrier"))
    # Government source of carrier authority, insurance and safety data.
    fmcsa = tm.add(
        tg.ExternalService(
            "FMCSA carrier data API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Public QCMobile web API keyed by DOT number.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="vendor review; zero data retention in contract")},
        )
    )

with tm.boundary("Email provider", trust=tg.Trust.PARTNER):
    # Our hosted mailbox for the brokerage's carrier-sales address.
    mail = tm.add(tg.ExternalService("Hosted email service"))

with tm.boundary("Production VPC", trust=tg.Trust.INTERNAL):
    # The public load board shippers and carriers use.
    portal = tm.add(
        tg.Endpoint(
            "Load board web app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password with TOTP"),
                c.RateLimiting(requests_per_minute=120),
            },
        )
    )
    # Loads, carrier profiles and past negotiated rates.
    load_db = tm.add(
        tg.DataStore(
            "Load and carrier database",
            stores={load_posting, carrier_profile, margin_policy},
            controls={c.EncryptionAtRest(key_management="KMS"), c.RBAC()},
        )
    )
    # The matching and negotiation agent.
    agent = tm.add(
        tg.Agent(
            "Load matching agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Matches loads to carriers, vets them, negotiates rates by e-mail.",
            controls={
                c.TransactionLimits(
                    limit="offer no more than the shipper rate minus the margin floor for the load"
                ),
                c.AuditLogging(retention_days=730),
                c.CircuitBreaker(max_steps=40),
            },
        )
    )
    # Reads loads and carrier profiles for the agent.
    load_tool = tm.add(tg.Tool("Load board lookup tool", capabilities={"read"}))
    # Looks a carrier up on the FMCSA API.
    compliance_tool = tm.add(
        tg.Tool("Carrier compliance check tool", capabilities={"read", "network-egress"})
    )
    # Sends offers and reads replies in the carrier-sales mailbox.
    email_tool = tm.add(
        tg.Tool(
            "Email tool",
            capabilities={"read", "send-messages"},
            controls={c.SecretsManagement()},
        )
    )
    # Drafts the rate confirmation in the TMS; nothing binds until a dispatcher signs.
    rate_con_tool = tm.add(
        tg.Tool(
            "Rate confirmation tool",
            capabilities={"write"},
            controls={
                c.HumanInTheLoop(approver="brokerage dispatcher signs each rate confirmation")
            },
        )
    )
    # System of record for booked loads and rate confirmations.
    tms = tm.add(tg.Service("Transportation management system", controls={c.RBAC()}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Brokerage staff who review and sign rate confirmations.
    dispatcher = tm.add(tg.Actor("Brokerage dispatcher", role="dispatcher"))

# ---------------------------------------------------------------- flows
# Load board
tm.flow(shipper, portal, load_posting, protocol="https")
tm.flow(portal, shipper, match_status, protocol="https")
tm.flow(carrier, portal, carrier_profile, protocol="https")
tm.flow(portal, carrier, listings, protocol="https")
tm.flow(portal, load_db, load_posting, carrier_profile)
tm.flow(load_db, portal, listings, match_status)

# Agent reasoning
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# Lookups
tm.flow(agent, load_tool, tool_call)
tm.flow(load_tool, load_db, tool_call, label="query")
tm.flow(load_db, load_tool, load_posting, carrier_profile, margin_policy)
tm.flow(load_tool, agent, lookup_result)
tm.flow(agent, compliance_tool, tool_call)
tm.flow(compliance_tool, fmcsa, dot_query, protocol="https")
tm.flow(fmcsa, compliance_tool, safety_records, protocol="https")
tm.flow(compliance_tool, agent, safety_records)

# Negotiation by e-mail
tm.flow(agent, email_tool, offer_email)
tm.flow(email_tool, mail, offer_email, mail_token, protocol="https", label="mail API")
tm.flow(mail, carrier, offer_email, protocol="smtp+starttls")
tm.flow(carrier, mail, carrier_reply, protocol="smtp+starttls")
tm.flow(mail, email_tool, carrier_reply, protocol="https", label="mail API")
tm.flow(email_tool, agent, carrier_reply)

# Rate confirmation
tm.flow(agent, rate_con_tool, rate_con_draft)
tm.flow(rate_con_tool, tms, rate_con_draft, protocol="https")
tm.flow(tms, dispatcher, rate_con_draft, protocol="https", label="review queue")
tm.flow(
    dispatcher, tms, signature, protocol="https", controls={c.Authentication(method="SSO with MFA")}
)
tm.flow(tms, mail, signed_rate_con, protocol="https")
tm.flow(mail, carrier, signed_rate_con, protocol="smtp+starttls")
tm.flow(tms, load_db, booking)
