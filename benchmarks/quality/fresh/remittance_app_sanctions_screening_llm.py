"""Remittance app with sanctions screening and LLM-written match explanations: first design.

Senders in the EU send money abroad from our mobile app. Every transfer is
screened before payout: an in-house fuzzy name-matching model compares sender and
recipient against the consolidated sanctions lists, which a list vendor delivers
daily. When the match score passes the review threshold, the compliance case
service asks a hosted LLM to write a plain-language explanation of the potential
match, and a compliance analyst clears or blocks the transfer in the case tool.
Cleared transfers go to a payout gateway that instructs partner banks over their
APIs, or cash agents abroad who pay out at the counter after a portal look-up.
Controls in this design: app sign-in with password and SMS code, API rate limits,
per-sender transfer limits, analyst approval of held transfers, SSO with MFA and
role-based access for analysts, audit logs of case decisions, KMS encryption of
the transfer database, mTLS to partner banks and a vendor review of the LLM API.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Remittance sanctions screening with LLM explanations",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Cross-border money transfers screened against sanctions lists; an LLM explains "
        "potential matches to compliance analysts, who clear or block the transfer."
    ),
)

# ---------------------------------------------------------------- data assets
transfer_request = tg.Data(
    "Transfer request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Sender, recipient name, country, payout method, amount.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
transfer_status = tg.Data("Transfer status", kind="records", sensitivity=tg.Sensitivity.PII)
transfer_records = tg.Data(
    "Transfer records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Transfers with KYC details, kept for AML record-keeping.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
screening_request = tg.Data(
    "Screening request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, dates of birth and countries of sender and recipient.",
)
sanctions_lists = tg.Data(
    "Sanctions list entries",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
match_result = tg.Data(
    "Sanctions match result",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Match score and the candidate list entries.",
)
potential_match = tg.Data(
    "Potential match case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Transfer, parties, match score and list entry for review.",
)
explanation_prompt = tg.Data(
    "Explanation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the party's details and the matched list entry.",
)
explanation = tg.Data("Match explanation", kind="model-output", sensitivity=tg.Sensitivity.PII)
case_record = tg.Data(
    "Screening case",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Case with explanation, analyst decision and rationale.",
)
analyst_decision = tg.Data(
    "Analyst clear or block decision", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
screening_decision = tg.Data(
    "Screening decision", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
payout_instruction = tg.Data(
    "Payout instruction",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
payout_confirmation = tg.Data("Payout confirmation", kind="records", sensitivity=tg.Sensitivity.PII)
pickup_lookup = tg.Data(
    "Pickup code lookup", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
pickup_details = tg.Data(
    "Cash pickup details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Recipient name, ID document expected and amount to pay out.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can install the app and register as a sender.
    sender = tm.add(tg.Actor("Sender", role="app customer"))

with tm.boundary("Sanctions data vendor", trust=tg.Trust.PARTNER):
    # Consolidated OFAC, UN, EU and UK lists, delivered as a daily file.
    list_feed = tm.add(
        tg.DataSource(
            "Sanctions list feed",
            origin=tg.Origin.VENDOR,
            provides={sanctions_lists},
            description="Daily consolidated list file from a screening-data vendor.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model that writes the analyst-facing explanation of a potential match.
    llm = tm.add(
        tg.LLM(
            "Match explanation LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API; drafts explanations.",
            controls={c.SupplierAssessment(note="DPA signed, zero data retention option enabled")},
        )
    )

with tm.boundary("Payout partners", trust=tg.Trust.PARTNER):
    # Banks in destination countries that credit recipients' accounts.
    partner_bank = tm.add(
        tg.ExternalService("Partner bank payout API", description="Account-credit payouts abroad.")
    )
    # Shop-front agents abroad who hand out cash to recipients.
    cash_agent = tm.add(tg.Actor("Cash agent", role="payout agent"))

with tm.boundary("Production cloud", trust=tg.Trust.INTERNAL):
    # Public API behind the mobile app.
    transfer_api = tm.add(
        tg.Endpoint(
            "Transfer API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="password and SMS one-time code"),
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(),
            },
        )
    )
    # Orchestrates a transfer: screening, hold for review, release to payout.
    transfer_service = tm.add(
        tg.Service(
            "Transfer service",
            description="Holds each transfer until screening and, if needed, analyst review finish.",
            controls={
                c.HumanInTheLoop(
                    approver="compliance analyst",
                    note="transfers with a potential sanctions match wait for an analyst",
                ),
                c.TransactionLimits(
                    limit="EUR 3,000 per transfer and EUR 10,000 per sender per month"
                ),
            },
        )
    )
    # System of record for transfers and KYC details.
    transfer_db = tm.add(
        tg.DataStore(
            "Transfer database",
            stores={transfer_records},
            controls={c.EncryptionAtRest(key_management="KMS")},
        )
    )
    # Sends payout instructions to banks and cash-agent orders to the agent portal.
    payout_gateway = tm.add(tg.Service("Payout gateway"))
    # Web portal where cash agents look up pickup codes and confirm payouts.
    agent_portal = tm.add(
        tg.Endpoint(
            "Cash agent portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="agent username and password")},
        )
    )

    with tm.boundary("Compliance zone", trust=tg.Trust.RESTRICTED):
        # Local copy of the sanctions lists the matcher reads.
        watchlist = tm.add(tg.DataStore("Sanctions watchlist store", stores={sanctions_lists}))
        # In-house fuzzy name matcher (transliteration, phonetic and token scores).
        matcher = tm.add(
            tg.Model(
                "Sanctions name-matching model",
                task=tg.Task.CLASSIFIER,
                returns_scores=True,
                high_stakes=True,
                description="Scores each party against list entries; above 0.85 goes to review.",
            )
        )
        # Builds review cases, asks the LLM for explanations, serves the analysts' case tool.
        case_service = tm.add(
            tg.Service(
                "Compliance case service",
                controls={
                    c.Authentication(method="corporate SSO (OIDC) with MFA"),
                    c.RBAC(),
                    c.AuditLogging(retention_days=1825),
                },
            )
        )
        # Cases, explanations and decisions, kept for regulators.
        case_store = tm.add(tg.DataStore("Screening case store", stores={case_record}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews potential matches and clears or blocks the transfer.
    analyst = tm.add(tg.Actor("Compliance analyst", role="compliance analyst"))

# ---------------------------------------------------------------- flows
tm.flow(sender, transfer_api, transfer_request, protocol="https")
tm.flow(transfer_api, sender, transfer_status, protocol="https")
tm.flow(transfer_api, transfer_service, transfer_request)
tm.flow(transfer_service, transfer_api, transfer_status)
tm.flow(transfer_service, transfer_db, transfer_records)
tm.flow(transfer_db, transfer_service, transfer_records)

tm.flow(list_feed, watchlist, sanctions_lists, protocol="sftp", label="daily list download")
tm.flow(transfer_service, matcher, screening_request)
tm.flow(watchlist, matcher, sanctions_lists)
tm.flow(matcher, transfer_service, match_result)

tm.flow(transfer_service, case_service, potential_match, label="score above review threshold")
tm.flow(case_service, llm, explanation_prompt, protocol="https")
tm.flow(llm, case_service, explanation, protocol="https")
tm.flow(case_service, case_store, case_record)
tm.flow(case_store, case_service, case_record)
tm.flow(case_service, analyst, case_record, protocol="https", label="case with explanation")
tm.flow(analyst, case_service, analyst_decision, protocol="https")
tm.flow(case_service, transfer_service, screening_decision, label="clear or block")

tm.flow(transfer_service, payout_gateway, payout_instruction, label="cleared transfers")
tm.flow(payout_gateway, partner_bank, payout_instruction, protocol="mtls")
tm.flow(
    partner_bank,
    payout_gateway,
    payout_confirmation,
    protocol="mtls",
    label="payout status callback",
)
tm.flow(payout_gateway, agent_portal, pickup_details, label="cash pickup order")
tm.flow(cash_agent, agent_portal, pickup_lookup, payout_confirmation, protocol="https")
tm.flow(agent_portal, cash_agent, pickup_details, protocol="https")
tm.flow(agent_portal, payout_gateway, payout_confirmation)
tm.flow(payout_gateway, transfer_service, payout_confirmation)
