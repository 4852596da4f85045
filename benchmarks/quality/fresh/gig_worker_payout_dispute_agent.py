"""Courier payout dispute agent: the first design, before any security review.

Couriers on our EU food-delivery platform open a dispute in the courier app when a
weekly payout is missing or wrong, describing the problem and optionally attaching
screenshots. A dispute API hands the case to an LLM agent (the model is hosted by a
vendor) that looks up the courier's trip logs, GPS traces and payment records through
read-only tools, decides whether the payout was short, and answers the courier.
If it finds an underpayment of up to EUR 50 it posts a correction to the payments
ledger itself, through a correction tool capped at that amount; larger corrections
are referred to the payments team, who review the case in the back office and
adjust the ledger by hand. The ledger feeds the weekly payout batch sent to our
payout provider. Couriers sign in with their phone number and an SMS code; staff
use company SSO. Corrections are audit-logged and the ledger is encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Courier payout dispute agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that investigates courier payout disputes and issues small corrections.",
)

# ---------------------------------------------------------------- data assets
dispute = tg.Data(
    "Dispute description",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="The courier's free-text account of the missing or wrong payout.",
)
screenshots = tg.Data("Evidence screenshots", sensitivity=tg.Sensitivity.PII, kind="media")
reply = tg.Data("Dispute outcome message", sensitivity=tg.Sensitivity.PII, kind="model-output")
agent_prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, the dispute, screenshots and the tool results so far.",
)
completion = tg.Data(
    "LLM completion",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    description="The model's next step: a tool call, a referral or the reply to the courier.",
)
lookup = tg.Data("Lookup tool call", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
trip_logs = tg.Data("Trip logs", sensitivity=tg.Sensitivity.PII, kind="records")
gps_traces = tg.Data(
    "GPS traces",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
payment_records = tg.Data(
    "Courier payment records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
correction = tg.Data(
    "Payout correction",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="tool-call",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
referral = tg.Data(
    "Referred dispute case",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="The dispute, the agent's findings and the amount it proposes.",
)
transcripts = tg.Data("Dispute case history", sensitivity=tg.Sensitivity.PII, kind="logs")
manual_adjustment = tg.Data(
    "Manual ledger adjustment", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
payout_batch = tg.Data(
    "Payout batch",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Weekly amounts per courier with their bank account details.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
payout_status = tg.Data("Payout status", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The courier raising the dispute; anyone who registers as a courier can.
    courier = tm.add(tg.Actor("Courier", role="gig worker"))
    # The courier app on the courier's own phone, where disputes are filed.
    courier_app = tm.add(tg.Device("Courier app", fleet=True))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The general-purpose model the agent reasons with, called over the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Payout provider", trust=tg.Trust.PARTNER):
    # Pays couriers' bank accounts from the weekly batch.
    payout_provider = tm.add(tg.ExternalService("Payout provider", provides="generic"))

with tm.boundary("Platform VPC", trust=tg.Trust.INTERNAL):
    # Receives disputes from the app and returns the outcome.
    dispute_api = tm.add(
        tg.Endpoint(
            "Dispute API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="phone number with SMS one-time code"),
                c.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # Investigates the dispute, decides on a correction or a referral, writes the reply.
    agent = tm.add(
        tg.Agent(
            "Payout dispute agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(approver="payments team", above="EUR 50 per dispute"),
            },
        )
    )
    # Read-only lookup of the courier's deliveries for the disputed period.
    trip_tool = tm.add(tg.Tool("Trip log tool", capabilities={"read"}))
    # Read-only lookup of GPS pings for the disputed trips.
    gps_tool = tm.add(tg.Tool("GPS trace tool", capabilities={"read"}))
    # Read-only lookup of what the courier was paid and when.
    payments_tool = tm.add(tg.Tool("Payment records tool", capabilities={"read"}))
    # Posts a correction to the ledger; the only tool that moves money.
    correction_tool = tm.add(
        tg.Tool(
            "Payout correction tool",
            capabilities={"write", "money-movement"},
            controls={
                c.TransactionLimits(limit="EUR 50 per dispute"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Opens a case for the payments team when the correction is over the limit.
    referral_tool = tm.add(tg.Tool("Referral tool", capabilities={"write"}))
    # Trip and GPS telemetry written by the delivery platform.
    telemetry_store = tm.add(tg.DataStore("Trip and GPS store", stores={trip_logs, gps_traces}))
    # Disputes, agent findings, replies and referrals for the payments team.
    case_store = tm.add(tg.DataStore("Dispute case store", stores={transcripts, referral}))

    with tm.boundary("Payments zone", trust=tg.Trust.RESTRICTED):
        # Source of truth for courier earnings, corrections and payouts.
        ledger = tm.add(
            tg.DataStore(
                "Payments ledger",
                stores={payment_records, payout_batch},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews referred disputes and makes larger corrections by hand.
    payments_team = tm.add(
        tg.Actor(
            "Payments team",
            role="payments operations",
            privileged=True,
            controls={c.Authentication(method="company SSO with MFA")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(courier, courier_app, dispute, screenshots)
tm.flow(courier_app, dispute_api, dispute, screenshots, protocol="https")
tm.flow(dispute_api, agent, dispute, screenshots)

tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, trip_tool, lookup)
tm.flow(trip_tool, telemetry_store, lookup)
tm.flow(telemetry_store, trip_tool, trip_logs)
tm.flow(trip_tool, agent, trip_logs)

tm.flow(agent, gps_tool, lookup)
tm.flow(gps_tool, telemetry_store, lookup)
tm.flow(telemetry_store, gps_tool, gps_traces)
tm.flow(gps_tool, agent, gps_traces)

tm.flow(agent, payments_tool, lookup)
tm.flow(payments_tool, ledger, lookup)
tm.flow(ledger, payments_tool, payment_records)
tm.flow(payments_tool, agent, payment_records)

tm.flow(agent, correction_tool, correction, label="correction up to EUR 50")
tm.flow(correction_tool, ledger, correction)
tm.flow(agent, referral_tool, referral, label="over the limit")
tm.flow(referral_tool, case_store, referral)
tm.flow(agent, case_store, transcripts)

tm.flow(agent, dispute_api, reply)
tm.flow(dispute_api, courier_app, reply, protocol="https")
tm.flow(courier_app, courier, reply)

tm.flow(case_store, payments_team, referral, transcripts, protocol="https", label="back office")
tm.flow(payments_team, case_store, transcripts, protocol="https", label="case resolution")
tm.flow(payments_team, ledger, manual_adjustment, protocol="https", label="manual correction")

tm.flow(ledger, payout_provider, payout_batch, protocol="https", label="weekly payout run")
tm.flow(payout_provider, ledger, payout_status, protocol="https")
