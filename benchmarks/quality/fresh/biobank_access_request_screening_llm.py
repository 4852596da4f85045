"""Biobank access request screening: the first design, before any security review.

Researchers from other institutions apply online for samples and data from our
EU biobank, logging in through the research identity federation and uploading a
project protocol. A screening service looks up which collections the request
touches in the sample catalogue, fetches the consent terms that apply from the
consent registry and similar past decisions from an index of committee minutes,
and asks an open-weights LLM that we run on our own GPU server to write a
screening summary: consent conflicts, precedent, open questions. The access
committee reads the application and the summary in a review workspace and
decides; the summary is advisory only. The model weights are downloaded once
from a public model hub and pinned by revision. Participant data sits in a
restricted zone with role-based access, encryption and an audit trail.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Biobank access request screening",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM screening of researcher access requests against consent terms and precedent.",
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Access application",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="Applicant details, institution, project protocol PDF, requested collections.",
)
identity = tg.Data(
    "Researcher identity assertion", sensitivity=tg.Sensitivity.PII, kind="credentials"
)
decision_notice = tg.Data("Decision notice", sensitivity=tg.Sensitivity.PII, kind="records")
collection_query = tg.Data("Collection lookup", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
sample_inventory = tg.Data(
    "Sample and data inventory",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Collections, sample counts and the consent form versions that cover them.",
)
consent_terms = tg.Data(
    "Participant consent terms",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Pseudonymised per-participant consent choices and withdrawals, by form version.",
)
past_decisions = tg.Data(
    "Past approvals and committee minutes",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
)
similarity_query = tg.Data(
    "Precedent search query", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="prompt"
)
login = tg.Data("Institutional login", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
decision_passages = tg.Data(
    "Past decision passages", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="retrieved-context"
)
screening_prompt = tg.Data(
    "Screening prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="prompt",
    description="Instructions, the application text, consent terms and past decisions.",
)
summary = tg.Data(
    "Screening summary",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="model-output",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
decision = tg.Data(
    "Committee decision",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
weights = tg.Data("LLM weights", sensitivity=tg.Sensitivity.PUBLIC, format="safetensors")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # External and internal researchers requesting samples or data.
    researcher = tm.add(tg.Actor("Researcher", role="applicant"))
    # Source of the open-weights model.
    model_hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

with tm.boundary("Research identity federation", trust=tg.Trust.PARTNER):
    # Home institutions vouch for the researcher's identity.
    idp = tm.add(tg.ExternalService("Federated identity provider", provides="identity-provider"))

with tm.boundary("Biobank DMZ", trust=tg.Trust.INTERNAL):
    # Where applications are submitted and decisions are published.
    portal = tm.add(
        tg.Endpoint(
            "Access request portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="SAML via the research identity federation"),
                c.InputValidation(note="file type and size checks on uploads"),
            },
        )
    )

with tm.boundary("Biobank corporate network", trust=tg.Trust.INTERNAL):
    # System of record for applications, summaries and decisions.
    app_db = tm.add(
        tg.DataStore(
            "Application database",
            stores={application, summary, decision, past_decisions},
            controls={c.EncryptionAtRest(key_management="database TDE")},
        )
    )
    # Gathers the context and asks the LLM for a summary.
    screening = tm.add(
        tg.Service(
            "Screening service",
            controls={
                c.HumanInTheLoop(approver="access committee"),
                c.AuditLogging(),
            },
        )
    )
    # Past approvals the screening cites as precedent.
    decision_index = tm.add(tg.VectorStore("Past decision index", stores={decision_passages}))
    # Embeds decided applications and minutes into the index.
    indexer = tm.add(tg.Pipeline("Decision indexing job", stage=tg.Stage.INGESTION))
    # Committee members read applications and summaries, record decisions.
    workspace = tm.add(
        tg.Endpoint(
            "Committee review workspace",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="staff SSO with MFA"), c.RBAC()},
        )
    )
    committee = tm.add(tg.Actor("Access committee member", role="committee member"))

    with tm.boundary("GPU server", trust=tg.Trust.INTERNAL):
        # Writes the screening summary; runs on our own hardware.
        llm = tm.add(
            tg.LLM(
                "Screening LLM",
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                high_stakes=True,
                description="Instruction-tuned open-weights model served by an inference server.",
                controls={c.ModelVersioning(note="pinned to a hub revision hash")},
            )
        )

with tm.boundary("Participant data zone", trust=tg.Trust.RESTRICTED):
    # Which participant consents cover which use.
    consent_registry = tm.add(
        tg.DataStore(
            "Consent registry",
            stores={consent_terms},
            controls={c.RBAC(), c.EncryptionAtRest(), c.AuditLogging()},
        )
    )
    # Laboratory information system listing collections and their consent versions.
    catalogue = tm.add(tg.DataStore("Sample catalogue (LIMS)", stores={sample_inventory}))

# ---------------------------------------------------------------- flows
tm.flow(researcher, portal, application, protocol="https")
tm.flow(portal, researcher, decision_notice, protocol="https")
tm.flow(researcher, idp, login, protocol="https")
tm.flow(idp, portal, identity, protocol="https", label="SAML assertion")
tm.flow(portal, app_db, application)
tm.flow(app_db, portal, decision_notice)

tm.flow(app_db, screening, application, label="new applications")
tm.flow(screening, catalogue, collection_query)
tm.flow(catalogue, screening, sample_inventory)
tm.flow(screening, consent_registry, collection_query, label="consent versions in scope")
tm.flow(consent_registry, screening, consent_terms)
tm.flow(screening, decision_index, similarity_query, label="similarity query")
tm.flow(decision_index, screening, decision_passages)
tm.flow(screening, llm, screening_prompt)
tm.flow(llm, screening, summary)
tm.flow(screening, app_db, summary)
tm.flow(model_hub, llm, weights, protocol="https", label="one-time download")

tm.flow(app_db, workspace, application, summary)
tm.flow(workspace, committee, application, summary, protocol="https")
tm.flow(committee, workspace, decision, protocol="https")
tm.flow(workspace, app_db, decision)

tm.flow(app_db, indexer, past_decisions, decision)
tm.flow(indexer, decision_index, decision_passages)
