"""Client intake and conflict screening: the first design, before any security review.

Prospective clients describe their matter in a web intake form on the firm's site.
A screening service in the firm's cloud tenancy sends each new enquiry to a hosted
LLM (enterprise API under the firm's vendor contract) to pull out every party named,
expands companies into corporate groups through the public company registry API, and
has a search service fuzzy-match all parties against the client and matter database
of the practice management system. The LLM then drafts a conflict report from the
candidate matches; the risk team reviews it in an internal console and decides, and a
supervising partner signs off any waiver. Staff sign in through the firm's identity
provider with MFA; the form sits behind a WAF with rate limits and field validation;
the practice database is encrypted and role-restricted; the LLM vendor passed the
firm's supplier review (no training on, or retention of, prompts).
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Client intake conflict screening",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM-assisted extraction of parties from new enquiries and conflict checks "
        "against the firm's client and matter database, for the risk team."
    ),
)

# ---------------------------------------------------------------- data assets
enquiry = tg.Data(
    "New matter enquiry",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text description of the matter, names of parties, contact details.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
acknowledgement = tg.Data("Enquiry acknowledgement", kind="records", sensitivity=tg.Sensitivity.PII)
extraction_prompt = tg.Data(
    "Party extraction prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Extraction instructions plus the full enquiry text.",
)
extracted_parties = tg.Data(
    "Extracted parties", kind="model-output", sensitivity=tg.Sensitivity.PII
)
registry_query = tg.Data("Company name lookup", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
corporate_groups = tg.Data(
    "Corporate group structure", kind="records", sensitivity=tg.Sensitivity.PUBLIC
)
party_search = tg.Data("Party search query", kind="records", sensitivity=tg.Sensitivity.PII)
client_matters = tg.Data(
    "Client and matter records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Clients, adverse parties, related entities and matter descriptions; privileged.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
candidate_matches = tg.Data(
    "Candidate conflict matches", kind="records", sensitivity=tg.Sensitivity.PII
)
screening_prompt = tg.Data(
    "Conflict screening prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Enquiry parties, the candidate matches and their matter summaries.",
)
conflict_report = tg.Data(
    "Conflict report",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
conflict_decision = tg.Data(
    "Conflict clearance decision", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
waiver_approval = tg.Data(
    "Conflict waiver approval", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
staff_sign_in = tg.Data(
    "Staff sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
sso_assertion = tg.Data("SSO session token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can submit an enquiry, including the other side of a dispute.
    prospect = tm.add(tg.Actor("Prospective client", role="enquirer"))
    # Public company registry API, used to expand companies into their groups.
    company_registry = tm.add(
        tg.ExternalService(
            "Company registry API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Government company register: officers, parents and subsidiaries.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Enterprise LLM endpoint; the firm does not host its own model.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose model, used to extract parties and draft conflict reports.",
            controls={
                c.SupplierAssessment(
                    note="vendor review: zero data retention, no training on prompts"
                ),
            },
        )
    )

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # The firm's cloud directory: staff single sign-on.
    idp = tm.add(
        tg.ExternalService(
            "Firm identity provider",
            provides=tg.ExternalCategory.IDENTITY_PROVIDER,
            controls={c.Authentication(method="SSO password with MFA")},
        )
    )

with tm.boundary("Firm cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public intake form on the firm's website.
    intake_form = tm.add(
        tg.Endpoint(
            "Web intake form",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.RateLimiting(requests_per_minute=30, note="WAF rule per source IP"),
                c.InputValidation(note="field lengths and e-mail format; CAPTCHA"),
            },
        )
    )
    # Queue of enquiries waiting to be screened.
    intake_store = tm.add(
        tg.DataStore(
            "Enquiry store",
            stores={enquiry},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Fixed pipeline: extract parties, expand groups, search, draft the report.
    orchestrator = tm.add(
        tg.Service(
            "Conflict screening service",
            description="Calls the LLM twice per enquiry and assembles the conflict report.",
            controls={c.SecretsManagement(note="LLM API key in the cloud key vault")},
        )
    )
    # Fuzzy name matching over the practice management data.
    search = tm.add(
        tg.Service(
            "Conflict search service",
            description="Phonetic and fuzzy name search over clients, adverse parties and matters.",
        )
    )
    # Where the risk team works through screening results.
    console = tm.add(
        tg.Endpoint(
            "Risk team console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RBAC(note="risk team and partners only"),
                c.HumanInTheLoop(approver="risk team analyst; supervising partner for waivers"),
                c.AuditLogging(retention_days=2555),
            },
        )
    )

    with tm.boundary("Practice data zone", trust=tg.Trust.RESTRICTED):
        # System of record for clients and matters, owned by the practice management system.
        matter_db = tm.add(
            tg.DataStore(
                "Client and matter database",
                stores={client_matters},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.RBAC(note="search service account has read-only access"),
                },
            )
        )
        # Draft reports and the risk team's decisions for each enquiry.
        report_store = tm.add(
            tg.DataStore(
                "Conflict report store",
                stores={conflict_report, conflict_decision, waiver_approval},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("Firm offices", trust=tg.Trust.INTERNAL):
    # Conflicts analysts who clear or reject each enquiry.
    analyst = tm.add(tg.Actor("Risk team analyst", role="conflicts analyst"))
    # Partner who signs off any waiver of a potential conflict.
    partner = tm.add(tg.Actor("Supervising partner", role="partner", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(prospect, intake_form, enquiry, protocol="https")
tm.flow(intake_form, prospect, acknowledgement, protocol="https")
tm.flow(intake_form, intake_store, enquiry)
tm.flow(intake_store, orchestrator, enquiry, label="new enquiries")

tm.flow(orchestrator, llm, extraction_prompt, protocol="https")
tm.flow(llm, orchestrator, extracted_parties, protocol="https")
tm.flow(orchestrator, company_registry, registry_query, protocol="https")
tm.flow(company_registry, orchestrator, corporate_groups, protocol="https")

tm.flow(orchestrator, search, party_search)
tm.flow(search, matter_db, party_search)
tm.flow(matter_db, search, client_matters)
tm.flow(search, orchestrator, candidate_matches)

tm.flow(orchestrator, llm, screening_prompt, protocol="https")
tm.flow(llm, orchestrator, conflict_report, protocol="https")
tm.flow(orchestrator, report_store, conflict_report)

tm.flow(analyst, idp, staff_sign_in, protocol="https")
tm.flow(partner, idp, staff_sign_in, protocol="https")
tm.flow(idp, console, sso_assertion, protocol="oidc")

tm.flow(report_store, console, conflict_report, conflict_decision)
tm.flow(console, analyst, conflict_report, protocol="https")
tm.flow(analyst, console, conflict_decision, protocol="https")
tm.flow(console, partner, conflict_report, conflict_decision, protocol="https")
tm.flow(partner, console, waiver_approval, protocol="https")
tm.flow(console, report_store, conflict_decision, waiver_approval)
