"""Clinical trial matcher: the first design, before any security review.

A tool for a US hospital's research office that finds patients who may be
eligible for open clinical trials. Every night a job pulls the records of
recently seen patients (diagnoses, labs, medications and clinical notes) from
the EHR's FHIR bulk-export API into a PHI enclave in the hospital's private
cloud. Another job pulls open trials and their free-text eligibility criteria
from the public trials registry. A matching job sends each patient record with
candidate trials' criteria to an open-weights LLM that the hospital serves
itself in the enclave, and stores the matches with the model's rationale.
Study coordinators sign in to a worklist web app with hospital SSO, review the
matches, and message the patient's treating physician, who decides whether the
patient may be approached; nobody contacts a patient from a match alone.
PHI stores are encrypted with the cloud's KMS and the worklist keeps an access log.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Clinical trial matcher",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="Nightly LLM pre-screening of EHR patients against open trials' eligibility criteria.",
)

# ---------------------------------------------------------------- data assets
ehr_records = tg.Data(
    "EHR patient records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="PHI: demographics, diagnoses, labs, medications and clinical notes.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
patient_extract = tg.Data(
    "Patient extract",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The nightly copy of the records, normalised per patient.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
trial_records = tg.Data(
    "Trial registry records",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Open trials: sites, status and free-text inclusion/exclusion criteria.",
)
criteria = tg.Data(
    "Eligibility criteria",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
prompt = tg.Data(
    "Matching prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, one patient's record and the criteria of candidate trials.",
)
assessment = tg.Data(
    "Eligibility assessment",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Per criterion: met / not met / unknown, with quoted evidence from the record.",
)
matches = tg.Data(
    "Candidate matches",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient, trial, match score and rationale, with the patient's physician.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
review = tg.Data(
    "Coordinator review",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Accepted, rejected or referred to physician, with a comment.",
)
referral = tg.Data(
    "Physician referral message",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
)
physician_decision = tg.Data(
    "Physician decision",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Whether the patient may be approached about the trial.",
)
weights = tg.Data(
    "LLM weights",
    format="safetensors",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Public registry of clinical trials; anyone running a trial writes its entry.
    registry_api = tm.add(
        tg.DataSource(
            "Public trials registry",
            origin=tg.Origin.PUBLIC_DATASET,
            provides={trial_records},
            description="The registry's public REST API.",
        )
    )
    # Where the open-weights model was downloaded from.
    model_hub = tm.add(
        tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB)
    )

with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    # System of record for patient data.
    ehr = tm.add(
        tg.DataSource(
            "EHR system",
            origin=tg.Origin.INTERNAL,
            provides={ehr_records},
            description="The hospital's EHR, read through its FHIR bulk-export API.",
        )
    )
    # Research office staff who work the match list.
    coordinator = tm.add(tg.Actor("Study coordinator", role="research coordinator"))
    # The patient's treating physician, who gatekeeps any patient contact.
    physician = tm.add(tg.Actor("Treating physician", role="clinician"))

with tm.boundary("Hospital private cloud", trust=tg.Trust.INTERNAL):
    # Pulls open trials nightly and parses their criteria.
    trials_job = tm.add(tg.Pipeline("Trials ingestion job", stage=tg.Stage.INGESTION))
    # The criteria of open trials, current as of last night.
    trial_store = tm.add(tg.DataStore("Trial criteria store", stores={criteria}))
    # Coordinators' worklist; the only user-facing part.
    worklist = tm.add(
        tg.Endpoint(
            "Coordinator worklist app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="hospital SSO (SAML)"),
                c.RBAC(note="research-office role only"),
                c.AuditLogging(retention_days=2190, note="who viewed which patient's match"),
                c.HumanInTheLoop(approver="study coordinator, then the patient's physician"),
            },
        )
    )

    with tm.boundary("PHI enclave", trust=tg.Trust.RESTRICTED):
        # Nightly FHIR bulk export of recently seen patients.
        ehr_job = tm.add(tg.Pipeline("EHR extract job", stage=tg.Stage.INGESTION))
        # The night's patient records, kept until the next run.
        patient_store = tm.add(
            tg.DataStore(
                "Patient extract store",
                stores={patient_extract},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Pairs patients with candidate trials and asks the LLM about each pair.
        matcher = tm.add(tg.Service("Nightly matching job"))
        # Judges eligibility criterion by criterion.
        llm = tm.add(
            tg.LLM(
                "Matching LLM",
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                high_stakes=True,
                description="Open-weights instruction model served with vLLM on the enclave's GPUs.",
                controls={c.ModelVersioning(note="pinned to one downloaded revision")},
            )
        )
        # Holds the weights the serving runtime loads.
        model_store = tm.add(tg.ModelRegistry("Model artifact bucket", stores={weights}))
        # Matches waiting for coordinator review, and their outcomes.
        match_store = tm.add(
            tg.DataStore(
                "Match store",
                stores={matches, review, physician_decision},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

# ---------------------------------------------------------------- flows
# nightly data pulls
tm.flow(
    ehr,
    ehr_job,
    ehr_records,
    protocol="https",
    label="FHIR bulk export",
    controls={c.Authentication(method="OAuth client credentials (SMART backend services)")},
)
tm.flow(ehr_job, patient_store, patient_extract)
tm.flow(registry_api, trials_job, trial_records, protocol="https")
tm.flow(trials_job, trial_store, criteria)

# model provisioning (done once by the ML engineer, repeated on upgrades)
tm.flow(model_hub, model_store, weights, protocol="https", label="download")
tm.flow(model_store, llm, weights, label="load at start")

# matching
tm.flow(patient_store, matcher, patient_extract)
tm.flow(trial_store, matcher, criteria)
tm.flow(matcher, llm, prompt)
tm.flow(llm, matcher, assessment)
tm.flow(matcher, match_store, matches)

# coordinator review and physician gate
tm.flow(match_store, worklist, matches)
tm.flow(worklist, coordinator, matches, protocol="https")
tm.flow(coordinator, worklist, review, protocol="https")
tm.flow(worklist, match_store, review)
tm.flow(coordinator, physician, referral, label="EHR in-basket message")
tm.flow(physician, coordinator, physician_decision, label="EHR in-basket reply")
tm.flow(coordinator, worklist, physician_decision, protocol="https", label="records decision")
tm.flow(worklist, match_store, physician_decision, label="records decision")
