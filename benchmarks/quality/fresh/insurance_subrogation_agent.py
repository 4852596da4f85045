"""Motor subrogation agent: the first design, before any security review.

A European motor insurer wants to recover more of what it pays out when another
driver was at fault. Every night a scheduler hands the subrogation agent the
claims paid that day. The agent reads each claim, the police report and the
accident photos from the claims platform through a read-only lookup tool, asks a
hosted LLM to assess liability and draft a recovery demand letter, and records
the case in the recovery case store. Demands up to EUR 5,000 go straight to the
industry's inter-company recovery portal through a submission tool; larger ones
wait in a review workbench until a subrogation specialist approves them. Replies
and counter-offers from the other insurer come back through the same portal and
are read by the agent. Specialists sign in with corporate SSO, the portal link
uses client certificates, the LLM vendor passed procurement's vendor review, and
the claims platform keeps its existing role-based access and disk encryption.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Motor subrogation agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Finds recoverable motor claims and sends recovery demands to other insurers.",
)

# ---------------------------------------------------------------- data assets
paid_claims = tg.Data(
    "Paid claim records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Policyholder, third-party driver and vehicle details, circumstances, amounts paid.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
police_reports = tg.Data(
    "Police reports",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Scanned accident reports with names, addresses and witness statements.",
)
photos = tg.Data(
    "Accident photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Damage and scene photos, including number plates and sometimes faces.",
)
claim_batch = tg.Data("Paid claim batch", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
lookup_request = tg.Data(
    "Claim lookup request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
claim_bundle = tg.Data(
    "Claim evidence bundle",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Claim record, police report text and photo references returned to the agent.",
)
prompt = tg.Data(
    "Liability and drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the claim bundle and any reply from the other insurer.",
)
completion = tg.Data(
    "Liability assessment and draft letter",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
case_record = tg.Data(
    "Recovery case record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Liability view, demand amount, letter, status and correspondence.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
demand = tg.Data(
    "Recovery demand",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Demand letter, amount claimed and supporting evidence for the other insurer.",
)
approval = tg.Data("Specialist approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
portal_reply = tg.Data(
    "Counterparty reply",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Acceptance, dispute or counter-offer written by the other insurer's handler.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Other insurers", trust=tg.Trust.UNTRUSTED):
    # The at-fault party's insurer: a counterparty whose interest is to pay less.
    counterparty = tm.add(tg.Actor("Counterparty insurer handler", role="claims handler"))

with tm.boundary("Industry recovery portal", trust=tg.Trust.PARTNER):
    # The inter-company portal every member insurer uses to exchange demands and replies.
    portal = tm.add(
        tg.ExternalService(
            "Inter-company recovery portal",
            description="Industry-run exchange for subrogation demands between insurers.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reads the evidence, assesses liability and writes the demand letter.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="procurement review, no-retention terms")},
        )
    )

with tm.boundary("Insurer network", trust=tg.Trust.INTERNAL):
    # The people who sign off large demands and handle disputes.
    specialist = tm.add(tg.Actor("Subrogation specialist", role="recovery specialist"))

    with tm.boundary("Claims platform", trust=tg.Trust.RESTRICTED):
        # System of record for claims and payments; the agent only reads from it.
        claims_db = tm.add(
            tg.DataStore(
                "Claims system",
                stores={paid_claims},
                controls={c.RBAC(), c.EncryptionAtRest(key_management="database TDE")},
            )
        )
        # Police reports and photos attached to claims by the claims handlers.
        doc_store = tm.add(
            tg.DataStore(
                "Claim document store",
                stores={police_reports, photos},
                controls={c.RBAC(), c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

    with tm.boundary("Subrogation service", trust=tg.Trust.INTERNAL):
        # Nightly job that picks the claims paid since the last run.
        scheduler = tm.add(tg.Service("Recovery scheduler"))
        # Works each claim: gathers evidence, drafts, routes for approval or submits.
        agent = tm.add(
            tg.Agent(
                "Subrogation agent",
                autonomy=tg.Autonomy.SUPERVISED,
                controls={c.AuditLogging(note="each tool call and draft is written to the case")},
            )
        )
        # Read-only access to claims and documents for one claim at a time.
        lookup_tool = tm.add(
            tg.Tool("Claims lookup tool", capabilities={"read"}, origin="first-party")
        )
        # Posts demands to the portal and pulls replies back.
        submit_tool = tm.add(
            tg.Tool(
                "Portal submission tool",
                capabilities={"send-messages", "read"},
                origin="first-party",
                controls={
                    c.HumanInTheLoop(
                        approver="subrogation specialist", above="EUR 5,000 per demand"
                    )
                },
            )
        )
        # Working record of every recovery case the agent opens.
        case_store = tm.add(tg.DataStore("Recovery case store", stores={case_record}))
        # Web queue where specialists read, edit and approve large demands.
        workbench = tm.add(
            tg.Service(
                "Specialist review workbench",
                controls={c.Authentication(method="corporate SSO")},
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(claims_db, scheduler, claim_batch, label="claims paid since last run")
tm.flow(scheduler, agent, claim_batch)

tm.flow(agent, lookup_tool, lookup_request)
tm.flow(lookup_tool, claims_db, lookup_request, label="claim query")
tm.flow(claims_db, lookup_tool, paid_claims)
tm.flow(lookup_tool, doc_store, lookup_request, label="attachment query")
tm.flow(doc_store, lookup_tool, police_reports, photos)
tm.flow(lookup_tool, agent, claim_bundle)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, case_store, case_record)
tm.flow(case_store, agent, case_record, label="open cases and history")
tm.flow(case_store, workbench, case_record, label="demands awaiting approval")
tm.flow(specialist, workbench, approval, protocol="https")
tm.flow(workbench, specialist, case_record, protocol="https")
tm.flow(workbench, case_store, approval)

tm.flow(agent, submit_tool, demand)
tm.flow(workbench, submit_tool, approval, label="approved demands")
tm.flow(submit_tool, portal, demand, protocol="mtls")
tm.flow(portal, submit_tool, portal_reply, protocol="mtls")
tm.flow(submit_tool, agent, portal_reply)

tm.flow(portal, counterparty, demand, protocol="https")
tm.flow(counterparty, portal, portal_reply, protocol="https")
