"""Foster carer matching assistant: the first design, before any security review.

An independent fostering agency in England receives placement referrals for
children from local authority placement teams, as secure e-mails with the
referral form attached. An intake service reads each form into a referral record
in the agency's case management system. When the placement team works a referral,
a matching orchestrator in the agency's cloud tenancy drops households whose
approval terms or vacancies do not fit, retrieves the profiles of the remaining
approved carer households from a nightly-refreshed index, and asks a hosted LLM to
summarise the child's needs and suggest a ranked shortlist of households with the
reasons, citing each household's panel approval. Placement officers see the
suggestions in a web app and decide what to propose to the local authority; the
assistant sends nothing to anyone. Staff sign in with Entra ID and MFA, case
records are role-restricted and audited, and the LLM is hosted in a UK region.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Foster carer matching assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Suggests foster carer households for children referred by local authorities, "
        "summarising needs and approvals for the placement team."
    ),
)

# ---------------------------------------------------------------- data assets
referral_form = tg.Data(
    "Child placement referral form",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description=(
        "The local authority's referral: the child's history, health, education, "
        "ethnicity, religion, behaviour, risks and contact arrangements."
    ),
)
referral_record = tg.Data(
    "Child referral record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
carer_records = tg.Data(
    "Carer household records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description=(
        "Approved households: panel approval terms, vacancies, skills, household members "
        "(including carers' own children), health and annual review notes."
    ),
)
carer_updates = tg.Data(
    "Carer vacancy and review updates",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
)
carer_profiles = tg.Data(
    "Carer profile chunks and embeddings",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.PII,
)
matching_request = tg.Data(
    "Matching request",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The referral to work on and any extra notes from the placement officer.",
)
matching_prompt = tg.Data(
    "Matching prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, the referral record and the candidate households' profiles.",
)
shortlist = tg.Data(
    "Suggested carer shortlist and needs summary",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The child's needs summarised, and ranked households with reasons and approvals.",
)
carer_profile_doc = tg.Data(
    "Carer profile for the local authority",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The profile of a proposed household, sent by the placement officer.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Local authorities", trust=tg.Trust.PARTNER):
    # Children's services placement teams who refer children and choose placements.
    la_officer = tm.add(tg.Actor("Local authority placements officer", role="referrer"))

with tm.boundary("LLM vendor (UK region)", trust=tg.Trust.PARTNER):
    # Summarises the referral and ranks the candidate households.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose model behind the vendor's API, deployed in a UK region.",
            controls={c.SupplierAssessment(note="UK data residency, no retention or training")},
        )
    )

with tm.boundary("Agency staff devices", trust=tg.Trust.INTERNAL):
    # Works referrals, reads suggestions and decides which households to propose.
    placement_officer = tm.add(tg.Actor("Placement officer", role="placement team"))
    # Keeps carer vacancies and review notes up to date.
    supervising_sw = tm.add(tg.Actor("Supervising social worker", role="social worker"))

with tm.boundary("Agency cloud tenancy", trust=tg.Trust.INTERNAL):
    # Secure mail gateway that receives referrals and sends carer profiles out.
    mail_gateway = tm.add(
        tg.Service(
            "Secure e-mail gateway",
            description="The agency's referrals mailbox and outbound secure mail.",
        )
    )
    # Turns each referral form into a referral record.
    intake = tm.add(
        tg.Service(
            "Referral intake service",
            description="Parses Word and PDF referral forms into structured referral records.",
        )
    )
    # Where the placement team asks for and reads suggestions.
    placement_app = tm.add(
        tg.Endpoint(
            "Placement team web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Microsoft Entra ID SSO with MFA"),
                c.RBAC(note="placement team role only"),
            },
        )
    )
    # Filters households, retrieves profiles, builds the prompt and calls the LLM.
    orchestrator = tm.add(
        tg.Service(
            "Matching orchestrator",
            description="Builds the candidate list and the prompt; stores the suggestions.",
            controls={
                c.PolicyEnforcement(
                    rules="households outside their approval terms or with no vacancy are "
                    "dropped in code before the LLM sees them"
                ),
                c.HumanInTheLoop(
                    approver="the placement officer, who decides which households to propose"
                ),
            },
        )
    )
    # Searchable profiles of approved households.
    carer_index = tm.add(tg.VectorStore("Carer profile index", stores={carer_profiles}))
    # Rebuilds the index from the carer records each night.
    indexer = tm.add(
        tg.Pipeline(
            "Nightly carer index refresh",
            stage=tg.Stage.INGESTION,
            description="Chunks and embeds approved households' profiles and review summaries.",
        )
    )
    # Every suggestion kept against the referral, for the placement team to revisit.
    suggestion_log = tm.add(tg.DataStore("Match suggestion store", stores={shortlist}))

    with tm.boundary("Case management system", trust=tg.Trust.RESTRICTED):
        # Records of referred children.
        referral_store = tm.add(
            tg.DataStore(
                "Child referral records",
                stores={referral_record, referral_form},
                controls={
                    c.RBAC(),
                    c.AuditLogging(),
                    c.EncryptionAtRest(key_management="cloud KMS"),
                },
            )
        )
        # Approved carer households, their approvals and vacancies.
        carer_store = tm.add(
            tg.DataStore(
                "Carer household records",
                stores={carer_records},
                controls={
                    c.RBAC(),
                    c.AuditLogging(),
                    c.EncryptionAtRest(key_management="cloud KMS"),
                },
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(la_officer, mail_gateway, referral_form, protocol="smtp+starttls", label="referral e-mail")
tm.flow(mail_gateway, intake, referral_form)
tm.flow(intake, referral_store, referral_record, referral_form)

tm.flow(supervising_sw, carer_store, carer_updates, protocol="https")
tm.flow(carer_store, indexer, carer_records, label="nightly export")
tm.flow(indexer, carer_index, carer_profiles)

tm.flow(placement_officer, placement_app, matching_request, protocol="https")
tm.flow(placement_app, orchestrator, matching_request)
tm.flow(referral_store, orchestrator, referral_record)
tm.flow(carer_store, orchestrator, carer_records, label="approval terms and vacancies")
tm.flow(orchestrator, carer_index, referral_record, label="similarity query")
tm.flow(carer_index, orchestrator, carer_profiles)
tm.flow(orchestrator, llm, matching_prompt, protocol="https")
tm.flow(llm, orchestrator, shortlist, protocol="https")
tm.flow(orchestrator, suggestion_log, shortlist)
tm.flow(orchestrator, placement_app, shortlist)
tm.flow(placement_app, placement_officer, shortlist, protocol="https")

tm.flow(placement_officer, mail_gateway, carer_profile_doc, protocol="https")
tm.flow(mail_gateway, la_officer, carer_profile_doc, protocol="smtp+starttls")
