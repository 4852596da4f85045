"""Organ offer triage assistant: the first design, before any security review.

When a specialist nurse at a donor hospital registers a deceased donor's offer in the
national transplant service's donor offer portal, the existing rules-based matching
engine lists the compatible waiting-list patients. A new triage orchestrator puts the
donor record, the uploaded donor reports, the matched patients' records and excerpts
of the allocation policy into a prompt for a hosted LLM (a cloud vendor's model in an
in-country region), which writes an offer summary and a ranked shortlist with reasons.
The on-call transplant coordinator is paged by SMS, reviews the ranking in the
coordinator console on the health network and records the accept or decline decision,
which goes back to the donor hospital. Nurses sign in with their health smartcard,
coordinators through the national identity service with MFA; patient names are
replaced by waiting-list numbers in the prompt, clinical stores are encrypted, and
prompts, outputs and decisions go to an audit log. The ranking is advice only.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Organ offer triage assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="LLM summaries of donor offers and ranked matched patients for the on-call coordinator.",
)

# ---------------------------------------------------------------- data assets
donor_offer = tg.Data(
    "Donor offer",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Donor characterisation: age, cause of death, history, virology, organ function.",
)
donor_reports = tg.Data(
    "Donor clinical reports",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Scanned lab, imaging and biopsy reports uploaded with the offer (PDF).",
)
patient_records = tg.Data(
    "Waiting-list patient records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Blood group, tissue type, antibodies, urgency, time waiting, centre.",
)
match_list = tg.Data(
    "Match run list",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Compatible patients for the offer, in the allocation scheme's order.",
)
policy_docs = tg.Data(
    "Allocation policy documents", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
policy_query = tg.Data("Policy query", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
policy_excerpts = tg.Data(
    "Allocation policy excerpts", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
triage_prompt = tg.Data(
    "Triage prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, donor offer, reports text, matched patients and policy excerpts.",
)
triage_output = tg.Data(
    "Offer summary and patient ranking",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
offer_page = tg.Data(
    "Offer page",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="SMS text: offer number, organ type and a link to the console.",
)
offer_decision = tg.Data(
    "Offer decision",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Accept or decline for a named patient, with the coordinator's reason.",
)
offer_outcome = tg.Data("Offer outcome", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
audit_records = tg.Data("Triage audit records", kind="logs", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("Donor hospitals", trust=tg.Trust.PARTNER):
    # Specialist nurse for organ donation: registers the donor and the offer.
    nurse = tm.add(tg.Actor("Specialist nurse for organ donation", role="donor hospital nurse"))

with tm.boundary("Transplant centres", trust=tg.Trust.PARTNER):
    # The on-call recipient coordinator who reviews offers, often at night.
    coordinator = tm.add(tg.Actor("On-call transplant coordinator", role="transplant coordinator"))

with tm.boundary("Cloud LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model that writes the summary and ranking, in an in-country region.
    llm = tm.add(
        tg.LLM(
            "Offer triage LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Summarises the offer and ranks matched patients with reasons.",
            controls={
                tg.controls.SupplierAssessment(
                    note="contract: in-country region, no retention, no training on prompts"
                )
            },
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Sends the page to the coordinator's phone.
    sms = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Transplant service data centre", trust=tg.Trust.INTERNAL):
    # Where donor hospitals enter offers; already in service, extended with uploads.
    portal = tm.add(
        tg.Endpoint(
            "Donor offer portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="national health smartcard with PIN"),
                tg.controls.InputValidation(),
            },
        )
    )
    # Existing deterministic allocation scheme; no machine learning.
    matcher = tm.add(
        tg.Service(
            "Matching engine",
            description="Applies the national allocation scheme to produce the match run.",
        )
    )
    # New component: builds the prompt, calls the LLM, pages the coordinator.
    orchestrator = tm.add(
        tg.Service(
            "Triage orchestrator",
            description="Assembles the triage prompt for each offer and publishes the result.",
            controls={
                tg.controls.DataMinimization(
                    note="names and national IDs replaced by waiting-list numbers"
                ),
                tg.controls.HumanInTheLoop(approver="on-call transplant coordinator"),
            },
        )
    )
    # Web app where the coordinator reads the summary and records the decision.
    console = tm.add(
        tg.Endpoint(
            "Coordinator console",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="national health identity service OIDC with MFA"),
                tg.controls.RBAC(),
            },
        )
    )
    # Policy text the orchestrator retrieves to explain the ranking.
    policy_index = tm.add(tg.VectorStore("Allocation policy index", stores={policy_docs}))

    with tm.boundary("Clinical data tier", trust=tg.Trust.RESTRICTED):
        # Offers, uploaded reports and decisions.
        offer_store = tm.add(
            tg.DataStore(
                "Donor offer database",
                stores={donor_offer, donor_reports, offer_decision},
                controls={tg.controls.EncryptionAtRest(key_management="HSM-backed KMS")},
            )
        )
        # The national waiting list: the system of record for listed patients.
        register = tm.add(
            tg.DataStore(
                "National waiting list register",
                stores={patient_records},
                controls={
                    tg.controls.EncryptionAtRest(key_management="HSM-backed KMS"),
                    tg.controls.RBAC(),
                    tg.controls.AuditLogging(),
                },
            )
        )
        # Prompts, outputs and decisions kept for clinical governance.
        audit_log = tm.add(
            tg.DataStore(
                "Triage audit log",
                stores={audit_records},
                controls={tg.controls.AuditLogging(retention_days=2920)},
            )
        )

with tm.boundary("Service corporate network", trust=tg.Trust.INTERNAL):
    # Loads updated allocation policy documents into the index.
    informatics = tm.add(
        tg.Actor("Clinical informatics engineer", role="informatics engineer", privileged=True)
    )

# ---------------------------------------------------------------- flows
tm.flow(nurse, portal, donor_offer, donor_reports, protocol="https")
tm.flow(portal, nurse, offer_outcome, protocol="https")
tm.flow(portal, offer_store, donor_offer, donor_reports)
tm.flow(offer_store, portal, offer_outcome)

tm.flow(offer_store, matcher, donor_offer)
tm.flow(register, matcher, patient_records)
tm.flow(matcher, orchestrator, match_list)

tm.flow(offer_store, orchestrator, donor_offer, donor_reports)
tm.flow(register, orchestrator, patient_records, label="matched patients only")
tm.flow(orchestrator, policy_index, policy_query, label="policy lookup by organ and scheme")
tm.flow(policy_index, orchestrator, policy_excerpts)
tm.flow(orchestrator, llm, triage_prompt, protocol="https")
tm.flow(llm, orchestrator, triage_output, protocol="https")
tm.flow(orchestrator, audit_log, audit_records)

tm.flow(orchestrator, sms, offer_page, protocol="https")
tm.flow(sms, coordinator, offer_page, protocol="sms")
tm.flow(orchestrator, console, triage_output)
tm.flow(register, console, patient_records)
tm.flow(console, coordinator, triage_output, patient_records, protocol="https")
tm.flow(coordinator, console, offer_decision, protocol="https")
tm.flow(console, offer_store, offer_decision)
tm.flow(console, audit_log, audit_records)

tm.flow(informatics, policy_index, policy_docs, protocol="https")
