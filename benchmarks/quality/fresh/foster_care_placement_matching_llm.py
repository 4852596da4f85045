"""Foster care placement matching assistant: the first design, before any security review.

A local authority fostering team wants help finding foster homes for children. A social
worker opens a child in an internal web app (signed in through the council's Entra ID)
and notes what the match needs. An orchestrator fetches the child's record, case notes
and reports from the vendor-hosted children's social care case management system,
shortlists approved carers with vacancies from the fostering records database, and asks
an LLM on the council's Azure OpenAI deployment to summarise the child and each
household and rank likely matches. Social workers and the fostering team manager weigh
the suggestions; people make and record the placement decision in the case system.
Carers keep their household details and vacancies current in an internet-facing portal.
Controls: SSO with MFA and role-based access on the app, a vendor review and default
content filters on the LLM, Key Vault for secrets, and a DPIA for the processing.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Foster care placement matching assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM summaries of child and carer profiles and suggested placement "
    "matches for a council fostering team's social workers.",
)

# ---------------------------------------------------------------- data assets
child_profile = tg.Data(
    "Child profile and care history",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Identity, legal status, health, education, ethnicity, religion, "
    "contact arrangements and placement history of a looked-after child.",
)
case_notes = tg.Data(
    "Case notes and assessment reports",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Social work notes and reports from schools, health and other agencies.",
)
child_lookup = tg.Data("Child record lookup", kind="records", sensitivity=tg.Sensitivity.PII)
carer_profile = tg.Data(
    "Foster carer household profiles",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Household members, approval range, skills, vacancies and the carers' "
    "own description of their home.",
)
carer_update = tg.Data(
    "Carer household and vacancy updates",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Forms the carers fill in, including free-text 'about our household'.",
)
carer_search = tg.Data(
    "Carer shortlist criteria", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
matching_request = tg.Data(
    "Matching request",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The child chosen and the social worker's notes on what the match needs.",
)
llm_prompt = tg.Data(
    "Summarisation and matching prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, the child's record and notes, and the shortlisted households.",
)
llm_completion = tg.Data(
    "Profile summaries and ranked matches",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
)
suggestions = tg.Data(
    "Suggested placement matches",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Child and carer summaries with a ranked list of households and reasons.",
)
feedback = tg.Data(
    "Social worker match feedback",
    kind="feedback",
    sensitivity=tg.Sensitivity.PII,
    description="Whether a suggestion was taken forward, and why not.",
)
decision = tg.Data(
    "Placement decision",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
app_logs = tg.Data(
    "Prompt and response logs",
    kind="logs",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Every prompt and completion, kept for troubleshooting.",
)
staff_sign_in = tg.Data("Staff sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
id_token = tg.Data("Staff identity token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Approved foster carers, at home, keeping their household details current.
    carer = tm.add(tg.Actor("Foster carer", role="approved foster carer"))

with tm.boundary("Council corporate network", trust=tg.Trust.INTERNAL):
    # Children's social workers looking for a placement for a child on their caseload.
    social_worker = tm.add(tg.Actor("Social worker", role="child's social worker"))
    # Signs off matches before they go to the placement decision.
    manager = tm.add(tg.Actor("Fostering team manager", role="fostering team manager"))

with tm.boundary("Council Azure tenancy", trust=tg.Trust.INTERNAL):
    # The council's existing carer self-service portal, reachable from the internet.
    portal = tm.add(
        tg.Endpoint(
            "Carer portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail address and password")},
        )
    )
    # The web app social workers and the manager use to request and read matches.
    app = tm.add(
        tg.Endpoint(
            "Placement matching web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Entra ID SSO with MFA"),
                c.RBAC(note="children's services social work and fostering groups only"),
            },
        )
    )
    # Gathers the records, builds the prompt, calls the LLM and stores the result.
    orchestrator = tm.add(
        tg.Service(
            "Matching orchestrator",
            description="Fetches the child's record and shortlisted carers, asks the LLM "
            "for summaries and a ranking, and saves the suggestions.",
            controls={
                c.SecretsManagement(note="API keys in Azure Key Vault"),
                c.ImpactAssessment(
                    basis="public task, Art. 6(1)(e); social care, Art. 9(2)(h)",
                    note="DPIA agreed with the council's DPO",
                ),
            },
        )
    )
    # Keeps generated summaries, suggestions and feedback for each matching request.
    match_store = tm.add(
        tg.DataStore(
            "Match suggestions database",
            stores={suggestions, feedback},
            controls={c.EncryptionAtRest(key_management="Azure-managed keys")},
        )
    )
    # Application Insights workspace the orchestrator writes its logs to.
    log_store = tm.add(tg.DataStore("Application log workspace", stores={app_logs}))

    with tm.boundary("Council data tier", trust=tg.Trust.RESTRICTED):
        # The fostering service's register of approved carers and vacancies.
        carer_db = tm.add(
            tg.DataStore(
                "Fostering records database",
                stores={carer_profile},
                controls={c.EncryptionAtRest(key_management="Azure-managed keys")},
            )
        )

with tm.boundary("Case management vendor", trust=tg.Trust.PARTNER):
    # The children's social care system of record, hosted by its vendor.
    case_system = tm.add(
        tg.DataStore(
            "Children's social care case management system",
            stores={child_profile, case_notes, decision},
            controls={c.AuditLogging(note="the vendor's built-in record access audit")},
        )
    )

with tm.boundary("Microsoft cloud", trust=tg.Trust.PARTNER):
    # The council's tenant identity provider for staff sign-in.
    entra = tm.add(
        tg.ExternalService("Council Entra ID", provides=tg.ExternalCategory.IDENTITY_PROVIDER)
    )
    # A GPT model deployed in the council's Azure OpenAI resource, UK South.
    llm = tm.add(
        tg.LLM(
            "Azure OpenAI model",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Summarises the child and each household and ranks the matches.",
            controls={
                c.Guardrails(note="Azure OpenAI default content filters"),
                c.SupplierAssessment(note="Microsoft DPA; no training on council data"),
                c.HumanInTheLoop(
                    approver="the child's social worker and the fostering team manager, "
                    "who make and record the placement decision themselves"
                ),
            },
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(carer, portal, carer_update, protocol="https")
tm.flow(portal, carer, carer_profile, protocol="https")
tm.flow(portal, carer_db, carer_update, protocol="tls")
tm.flow(carer_db, portal, carer_profile, protocol="tls")

tm.flow(social_worker, entra, staff_sign_in, protocol="oidc")
tm.flow(entra, app, id_token, protocol="oidc")
tm.flow(social_worker, app, matching_request, feedback, protocol="https")
tm.flow(app, social_worker, suggestions, protocol="https")
tm.flow(app, manager, suggestions, protocol="https")

tm.flow(app, orchestrator, matching_request, feedback, protocol="https")
tm.flow(orchestrator, app, suggestions, protocol="https")
tm.flow(orchestrator, case_system, child_lookup, protocol="https")
tm.flow(case_system, orchestrator, child_profile, case_notes, protocol="https")
tm.flow(orchestrator, carer_db, carer_search, protocol="tls")
tm.flow(carer_db, orchestrator, carer_profile, protocol="tls")
tm.flow(orchestrator, llm, llm_prompt, protocol="https")
tm.flow(llm, orchestrator, llm_completion, protocol="https")
tm.flow(orchestrator, match_store, suggestions, feedback, protocol="tls")
tm.flow(match_store, orchestrator, suggestions, protocol="tls", label="earlier suggestions")
tm.flow(orchestrator, log_store, app_logs, protocol="https")

tm.flow(manager, case_system, decision, protocol="https", label="records the placement")
