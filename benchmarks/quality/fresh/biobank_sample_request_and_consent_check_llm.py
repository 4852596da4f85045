"""Biobank sample request and consent check: the first design, before any security review.

The university biobank holds donated tissue and blood samples with linked health
records. External researchers sign in to a request portal with their institution's
single sign-on and submit an application: the study protocol, the samples and data
fields they want, and their ethics approval. A consent-check service reads the
application, the consent terms recorded for the requested donor cohort and the
biobank's access policy, and asks a hosted LLM (the university's enterprise
agreement, EU region, no training on prompts) to draft a recommendation with the
consent clauses it relied on. The access committee reads the application and the
draft in a review console and decides; the LLM decides nothing. For an approved
application, a release pipeline extracts the samples' data and linked health records
under project-specific pseudonyms into the university's trusted research environment
(TRE), where the researcher works on it. Stores are encrypted, access is role-based.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Biobank sample request and consent check",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM-drafted consent and policy checks of researchers' sample applications, "
        "decided by the access committee, released pseudonymised to a TRE."
    ),
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Sample access application",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Study protocol, requested samples and data fields, ethics approval letter, "
    "the researcher's name and institution.",
)
application_status = tg.Data(
    "Application status", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
consent_terms = tg.Data(
    "Donor consent terms",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Per donor: the uses consented to (commercial use, genetic research, "
    "recontact), withdrawals, keyed by biobank donor ID.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
access_policy = tg.Data(
    "Biobank access policy", kind="documents", sensitivity=tg.Sensitivity.INTERNAL
)
check_prompt = tg.Data(
    "Consent check prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, the application text, the cohort's consent terms and the "
    "relevant policy sections.",
)
llm_completion = tg.Data(
    "LLM consent assessment", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
draft_recommendation = tg.Data(
    "Draft recommendation",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Approve, approve with conditions or decline, with the consent clauses cited "
    "and the donors whose consent excludes the requested use.",
)
committee_decision = tg.Data(
    "Access committee decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
sample_catalogue = tg.Data(
    "Sample inventory records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Sample IDs, type, storage location, assay results, donor ID.",
)
health_records = tg.Data(
    "Linked donor health records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
pseudonymised_dataset = tg.Data(
    "Pseudonymised research dataset",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Sample data and health record fields of the approved cohort under "
    "project-specific pseudonyms.",
)
analysis_outputs = tg.Data(
    "TRE analysis outputs", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
analysis_session = tg.Data(
    "TRE analysis session", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Researchers at other universities and companies who apply for samples.
    researcher = tm.add(tg.Actor("External researcher", role="applicant researcher"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The general-purpose model that drafts the consent and policy assessment.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Chat model under the university's enterprise agreement, EU region.",
            controls={
                c.SupplierAssessment(note="university procurement review; no training on prompts")
            },
        )
    )

with tm.boundary("University network", trust=tg.Trust.INTERNAL):
    # Where researchers submit applications and follow their status.
    portal = tm.add(
        tg.Endpoint(
            "Sample request portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Application form with document upload; shows each applicant "
            "the status of their applications.",
            controls={
                c.Authentication(method="institutional single sign-on (SAML federation)"),
                c.InputValidation(note="upload type and size checks"),
            },
        )
    )
    # Applications, drafts and decisions, one record per application.
    application_db = tm.add(
        tg.DataStore(
            "Application database",
            stores={application, draft_recommendation, committee_decision},
            controls={c.EncryptionAtRest(key_management="university KMS"), c.RBAC()},
        )
    )
    # Builds the prompt from the application, consent terms and policy, calls the LLM.
    consent_check = tm.add(
        tg.Service(
            "Consent check service",
            description="Runs when an application is submitted; stores the LLM's draft "
            "recommendation against the application.",
            controls={c.AuditLogging(retention_days=365)},
        )
    )
    # The committee reads applications and drafts and records its decision here.
    console = tm.add(
        tg.Endpoint(
            "Committee review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="university SSO with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="the biobank access committee"),
            },
        )
    )
    # Academics and lay members who decide every application.
    committee = tm.add(tg.Actor("Access committee member", role="committee reviewer"))

    with tm.boundary("Biobank data enclave", trust=tg.Trust.RESTRICTED):
        # Consent forms as coded terms, maintained by biobank staff.
        consent_db = tm.add(
            tg.DataStore(
                "Consent records database",
                stores={consent_terms},
                controls={
                    c.EncryptionAtRest(key_management="university KMS"),
                    c.RBAC(),
                    c.AuditLogging(),
                },
            )
        )
        # The access policy and approved-use categories the committee applies.
        policy_store = tm.add(tg.DataStore("Access policy library", stores={access_policy}))
        # Sample inventory (LIMS) with the donor ID of every aliquot.
        lims = tm.add(
            tg.DataStore(
                "Biobank LIMS",
                stores={sample_catalogue},
                controls={c.EncryptionAtRest(key_management="university KMS"), c.RBAC()},
            )
        )
        # Health records linked from the hospital at donation and follow-up.
        health_db = tm.add(
            tg.DataStore(
                "Linked health record store",
                stores={health_records},
                controls={
                    c.EncryptionAtRest(key_management="university KMS"),
                    c.RBAC(),
                    c.AuditLogging(),
                },
            )
        )
        # Extracts the approved cohort and pseudonymises it for the TRE.
        release = tm.add(
            tg.Pipeline(
                "Pseudonymised release pipeline",
                stage=tg.Stage.PREPROCESSING,
                description="Run by a data manager for each approved application.",
                controls={
                    c.DataMinimization(
                        note="only the approved fields; direct identifiers "
                        "replaced by project-specific pseudonyms"
                    ),
                    c.ImpactAssessment(
                        basis="explicit consent, Art. 9(2)(a); research, Art. 9(2)(j)"
                    ),
                },
            )
        )
        # Biobank staff who record consent and run releases.
        data_manager = tm.add(
            tg.Actor("Biobank data manager", role="biobank staff", privileged=True)
        )

    with tm.boundary("Trusted research environment", trust=tg.Trust.RESTRICTED):
        # Per-project workspace where approved researchers analyse the release.
        tre = tm.add(
            tg.DataStore(
                "TRE project workspace",
                stores={pseudonymised_dataset, analysis_outputs},
                controls={
                    c.Authentication(method="TRE account with TOTP"),
                    c.RBAC(),
                    c.AuditLogging(),
                    c.EncryptionAtRest(key_management="university KMS"),
                },
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(researcher, portal, application, protocol="https")
tm.flow(portal, researcher, application_status, protocol="https")
tm.flow(portal, application_db, application)
tm.flow(application_db, portal, application_status)

tm.flow(application_db, consent_check, application, label="new application")
tm.flow(consent_db, consent_check, consent_terms, label="cohort consent terms")
tm.flow(policy_store, consent_check, access_policy)
tm.flow(consent_check, llm, check_prompt, protocol="https")
tm.flow(llm, consent_check, llm_completion, protocol="https")
tm.flow(consent_check, application_db, draft_recommendation)

tm.flow(application_db, console, application, draft_recommendation)
tm.flow(console, committee, application, draft_recommendation, protocol="https")
tm.flow(committee, console, committee_decision, protocol="https")
tm.flow(console, application_db, committee_decision)

tm.flow(data_manager, consent_db, consent_terms, label="records signed consent forms")
tm.flow(application_db, release, committee_decision, label="approved applications")
tm.flow(lims, release, sample_catalogue)
tm.flow(health_db, release, health_records)
tm.flow(release, tre, pseudonymised_dataset)

tm.flow(researcher, tre, analysis_session, protocol="https", label="remote desktop")
tm.flow(tre, researcher, analysis_outputs, protocol="https", label="checked outputs")
