"""Clinical trial site selection assistant: the first design.

Feasibility managers in clinical operations use an internal web app to shortlist
hospital sites for a new trial. Sites' principal investigators answer a feasibility
questionnaire on a survey vendor's SaaS platform; a nightly pipeline pulls those
answers, past enrolment and deviation metrics from our CTMS, public trial registry
records and a commercial investigator database into one dossier per site. For a
study, a ranking service combines the protocol synopsis with the site dossiers and
asks an LLM hosted by a cloud provider to score and rank the sites with a written
rationale. The feasibility manager reviews the ranking and records the final site
list, which nobody contacts until they approve it. Staff sign in through corporate
SSO with MFA and role-based access; traffic to vendors is HTTPS; the stores are
encrypted with cloud KMS; the LLM vendor passed procurement's supplier review.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Trial site selection assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM-ranked shortlist of candidate hospital sites for clinical trials.",
)

# ---------------------------------------------------------------- data assets
synopsis = tg.Data(
    "Protocol synopsis and site criteria",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Unpublished design of the trial: indication, endpoints, eligibility, countries.",
)
questionnaire = tg.Data("Feasibility questionnaire", kind="documents", sensitivity="confidential")
responses = tg.Data(
    "Questionnaire responses",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Investigator name and contact, staffing, equipment, patient-pool "
    "estimates and free-text comments.",
)
performance = tg.Data(
    "Past site performance",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Enrolment rates, screen-failure rates, protocol deviations, audit findings.",
)
registry_records = tg.Data("Trial registry records", kind="records", sensitivity="public")
investigator_profiles = tg.Data(
    "Investigator profiles", kind="records", sensitivity=tg.Sensitivity.PII
)
dossiers = tg.Data(
    "Site dossiers",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="One normalised record per site and investigator, built from all sources.",
)
ranking_request = tg.Data("Ranking request", kind="records", sensitivity="internal")
prompt = tg.Data(
    "Ranking prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, the protocol synopsis and the candidate site dossiers.",
)
ranking = tg.Data(
    "Site ranking and rationale", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
decision = tg.Data("Final site selection", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Principal investigators and site staff at candidate hospitals.
    investigator = tm.add(tg.Actor("Site investigator", role="hospital investigator"))
    # ClinicalTrials.gov and EU CTIS: competing trials and investigators' trial history.
    registries = tm.add(
        tg.DataSource(
            "Public trial registries",
            origin=tg.Origin.PUBLIC_DATASET,
            provides={registry_records},
        )
    )

with tm.boundary("Survey vendor", trust=tg.Trust.PARTNER):
    # SaaS questionnaire platform the sites fill in; we export answers by API.
    survey = tm.add(tg.ExternalService("Feasibility survey platform"))

with tm.boundary("Site intelligence vendor", trust=tg.Trust.PARTNER):
    # Licensed database of investigators, publications and site capabilities.
    vendor_feed = tm.add(
        tg.DataSource(
            "Investigator database feed",
            origin=tg.Origin.VENDOR,
            provides={investigator_profiles},
        )
    )

with tm.boundary("Cloud LLM provider", trust=tg.Trust.PARTNER):
    # General-purpose model behind the provider's enterprise API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            task=tg.Task.RANKER,
            controls={
                c.SupplierAssessment(note="procurement review, DPA, no training on our data")
            },
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Clinical operations staff who run feasibility and choose the sites.
    manager = tm.add(tg.Actor("Feasibility manager", role="clinical operations"))

with tm.boundary("Clinical operations cloud tenant", trust=tg.Trust.INTERNAL):
    # Internal web app: upload the synopsis, run a ranking, record the decision.
    web_app = tm.add(
        tg.Endpoint(
            "Site selection web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="the feasibility manager"),
            },
        )
    )
    # Nightly job that merges every source into per-site dossiers.
    ingestion = tm.add(tg.Pipeline("Dossier ingestion pipeline", stage=tg.Stage.INGESTION))
    # Normalised site dossiers the ranking reads.
    evidence = tm.add(
        tg.DataStore(
            "Site evidence store",
            stores={dossiers},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Builds the prompt per study, calls the LLM and parses the ranked list.
    ranker = tm.add(tg.Service("Ranking service", controls={c.AuditLogging(retention_days=365)}))
    # Rankings, rationales and the manager's final choice, kept for the study file.
    results = tm.add(
        tg.DataStore(
            "Ranking results store",
            stores={ranking, decision},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

    with tm.boundary("Clinical data zone", trust=tg.Trust.RESTRICTED):
        # Clinical trial management system: our record of past site performance.
        ctms = tm.add(tg.DataStore("CTMS", stores={performance}))
        # Draft protocols and site criteria uploaded for each study.
        protocols = tm.add(
            tg.DataStore(
                "Protocol document store",
                stores={synopsis},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

# ---------------------------------------------------------------- flows
# Questionnaires out to sites and answers back.
tm.flow(manager, survey, questionnaire, protocol="https", label="sends questionnaire")
tm.flow(survey, investigator, questionnaire, protocol="https")
tm.flow(investigator, survey, responses, protocol="https")

# Nightly dossier build.
tm.flow(survey, ingestion, responses, protocol="https", label="nightly export")
tm.flow(registries, ingestion, registry_records, protocol="https")
tm.flow(vendor_feed, ingestion, investigator_profiles, protocol="sftp")
tm.flow(ctms, ingestion, performance)
tm.flow(ingestion, evidence, dossiers)

# Running a ranking.
tm.flow(manager, web_app, synopsis, ranking_request, protocol="https")
tm.flow(web_app, protocols, synopsis)
tm.flow(web_app, ranker, ranking_request)
tm.flow(protocols, ranker, synopsis)
tm.flow(evidence, ranker, dossiers)
tm.flow(ranker, llm, prompt, protocol="https")
tm.flow(llm, ranker, ranking, protocol="https")
tm.flow(ranker, results, ranking)
tm.flow(ranker, web_app, ranking)
tm.flow(web_app, manager, ranking, protocol="https")

# The manager's decision.
tm.flow(manager, web_app, decision, protocol="https", label="approves site list")
tm.flow(web_app, results, decision)
tm.flow(results, web_app, ranking, decision, label="past rankings")
