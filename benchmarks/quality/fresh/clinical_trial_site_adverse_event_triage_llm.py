"""Clinical trial site adverse event triage: the first design, before any security review.

Our site management organisation runs clinical research sites in the US and the EU.
Study coordinators enter adverse events from patient visits, and patients report
symptoms in an ePRO diary app. A triage service retrieves the study protocol and
the reference safety information from a vector index, and asks a hosted LLM to
suggest whether the event may be serious, whether it is expected, a MedDRA term
and a draft narrative. A possibly serious event alerts the principal investigator
at once, because of the 24-hour sponsor reporting clock. The investigator reviews
and signs every assessment; only then does the portal send the SAE report to the
sponsor's safety database and the AE form to the EDC. Controls in this design:
staff SSO with MFA, TLS, a BAA and vendor review of the LLM provider, investigator
sign-off, protocol version tags on indexed chunks, and an encrypted, audited case store.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Clinical trial site adverse event triage",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa", "gdpr"},
    description="LLM-assisted seriousness and expectedness triage of adverse events at trial sites.",
)

# ---------------------------------------------------------------- data assets
symptom_report = tg.Data(
    "Patient symptom report",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Free-text diary entry with subject ID, symptoms, onset and medications.",
)
ae_report = tg.Data(
    "Adverse event report",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Event description, onset, severity, concomitant meds and labs from source documents.",
)
reference_query = tg.Data(
    "Reference lookup query", kind="prompt", sensitivity=tg.Sensitivity.REGULATED
)
protocol_docs = tg.Data(
    "Protocol and reference safety information",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Study protocols, amendments and investigator's brochures from sponsors.",
)
reference_chunks = tg.Data(
    "Protocol chunks and embeddings",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
triage_prompt = tg.Data(
    "Triage prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, the AE report and the retrieved protocol sections.",
)
suggestion = tg.Data(
    "Triage suggestion",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Possible seriousness criteria, expectedness, MedDRA term and draft narrative.",
)
sae_alert = tg.Data(
    "Possible SAE alert",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Study, subject ID, event term and a link to the case.",
)
signoff = tg.Data(
    "Investigator assessment and sign-off",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
cases = tg.Data(
    "AE cases",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
sae_report = tg.Data("SAE report", kind="records", sensitivity=tg.Sensitivity.REGULATED)
sponsor_ack = tg.Data(
    "Sponsor acknowledgement and queries", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
ecrf = tg.Data("AE eCRF entry", kind="records", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Enrolled trial participants reporting how they feel between visits.
    patient = tm.add(tg.Actor("Trial participant", role="patient"))
    # Our ePRO diary app on the participant's own phone.
    diary_app = tm.add(
        tg.Device("ePRO diary app", description="Participant's phone running the diary app.")
    )

with tm.boundary("Research site network", trust=tg.Trust.INTERNAL):
    # Enters adverse events from visits and calls, follows up with patients.
    coordinator = tm.add(tg.Actor("Study coordinator", role="site staff"))
    # Medically responsible for assessing every AE and signing it.
    investigator = tm.add(tg.Actor("Principal investigator", role="investigator"))

with tm.boundary("SMO cloud", trust=tg.Trust.INTERNAL):
    # Web portal for site staff; also receives diary entries from the app.
    portal = tm.add(
        tg.Endpoint(
            "AE intake portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="staff: SSO with MFA; participants: study ID and PIN set at enrolment"
                ),
                c.RBAC(note="access by study and site"),
                c.HumanInTheLoop(
                    approver="principal investigator signs each assessment before submission"
                ),
                c.AuditLogging(retention_days=9125, note="21 CFR Part 11 audit trail"),
            },
        )
    )
    # Builds the triage prompt, retrieves protocol sections, calls the LLM.
    triage = tm.add(
        tg.Service(
            "Triage service",
            description="Retrieves protocol context, calls the LLM, parses the structured suggestion.",
        )
    )
    # Sends e-mail alerts to the investigator for possibly serious events.
    notifier = tm.add(tg.Service("SAE alert notifier"))
    # Index of protocol, amendment and IB sections per study.
    index = tm.add(tg.VectorStore("Protocol reference index", stores={reference_chunks}))
    # Chunks and embeds sponsor documents when a study or amendment arrives.
    ingestion = tm.add(
        tg.Pipeline(
            "Protocol ingestion pipeline",
            stage=tg.Stage.INGESTION,
            controls={
                c.ProvenanceTracking(
                    note="each chunk tagged with study, document and amendment version"
                )
            },
        )
    )

    with tm.boundary("Clinical data tier", trust=tg.Trust.RESTRICTED):
        # Every AE, suggestion and signed assessment.
        case_store = tm.add(
            tg.DataStore(
                "AE case store",
                stores={cases, ae_report, symptom_report, suggestion, signoff},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.AuditLogging(retention_days=9125),
                },
            )
        )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model under a BAA, no training on our data.
    llm = tm.add(
        tg.LLM(
            "Triage LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            controls={c.SupplierAssessment(note="BAA signed; zero data retention option")},
        )
    )

with tm.boundary("Sponsor systems", trust=tg.Trust.PARTNER):
    # Sponsors publish protocols and investigator's brochures here.
    sponsor_docs = tm.add(
        tg.DataSource("Sponsor document portal", origin=tg.Origin.PARTNER, provides={protocol_docs})
    )
    # Sponsor pharmacovigilance database receiving SAE reports.
    safety_db = tm.add(tg.ExternalService("Sponsor safety database"))
    # Sponsor's electronic data capture for the study's eCRFs.
    edc = tm.add(tg.ExternalService("Sponsor EDC"))

# ---------------------------------------------------------------- flows
tm.flow(patient, diary_app, symptom_report)
tm.flow(diary_app, portal, symptom_report, protocol="https")
tm.flow(coordinator, portal, ae_report, protocol="https")
tm.flow(portal, coordinator, suggestion, cases, protocol="https")

tm.flow(portal, triage, ae_report, symptom_report)
tm.flow(triage, index, reference_query, label="similarity query")
tm.flow(index, triage, reference_chunks, label="protocol sections")
tm.flow(triage, llm, triage_prompt, protocol="https")
tm.flow(llm, triage, suggestion, protocol="https")
tm.flow(triage, case_store, ae_report, symptom_report, suggestion)
tm.flow(triage, notifier, sae_alert)
tm.flow(notifier, investigator, sae_alert, protocol="smtp+starttls")

tm.flow(case_store, portal, cases)
tm.flow(portal, investigator, cases, suggestion, protocol="https")
tm.flow(investigator, portal, signoff, protocol="https")
tm.flow(portal, case_store, signoff)

tm.flow(portal, safety_db, sae_report, protocol="https")
tm.flow(safety_db, portal, sponsor_ack, protocol="https")
tm.flow(portal, edc, ecrf, protocol="https")

tm.flow(sponsor_docs, ingestion, protocol_docs, protocol="https")
tm.flow(ingestion, index, reference_chunks)
