"""Rehab plan drafting: the first design, before any security review.

A UK sports physiotherapy clinic wants its physios to spend less time writing
rehabilitation plans. After an assessment, the physio opens the planner web app;
a drafting service pulls the assessment notes from the clinic's practice
management system (a SaaS EHR), the athlete's recent training load and heart-rate
data from a wearable aggregator the patient has linked, the patient's portal
check-ins and the clinic's exercise protocol library, and asks a hosted LLM for a
phased plan. The physio edits and approves the draft; only approved plans are
copied to the EHR, shown in the patient portal and announced by e-mail. Controls
in this design: staff sign in through the clinic's Microsoft 365 with MFA and
role-based access, the physio approves every plan, API keys sit in the cloud key
vault, plan data is encrypted at rest, and the LLM and EHR vendors were reviewed
under data processing agreements. Patients sign in to the portal with e-mail and
password.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Sports physio rehab plan drafting",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="An LLM drafts injury rehab plans from assessment notes and wearable "
    "data; the treating physio approves each plan before the patient sees it.",
)

# ---------------------------------------------------------------- data assets
notes = tg.Data(
    "Assessment notes",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Injury history, diagnosis, range-of-motion and strength tests, red flags.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
wearable = tg.Data(
    "Wearable training load and heart-rate data",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Daily load, resting heart rate, HRV, sleep and GPS session summaries.",
)
protocols = tg.Data(
    "Exercise protocols",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The clinic's exercise descriptions, progressions and return-to-sport criteria.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
checkins = tg.Data(
    "Patient check-ins",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Pain scores, exercises done and free-text comments logged by the patient.",
)
draft_request = tg.Data("Plan draft request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
prompt = tg.Data(
    "Plan drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, notes, wearable summary, check-ins and matching protocols.",
)
completion = tg.Data("LLM draft plan", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
draft = tg.Data(
    "Rehab plan draft",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
approved = tg.Data(
    "Approved rehab plan",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Phased exercises, loads and return-to-play milestones signed off by the physio.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
edits = tg.Data("Physio edits and approval", kind="records", sensitivity=tg.Sensitivity.REGULATED)
notice = tg.Data(
    "Plan ready e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Tells the patient a new plan is in the portal, with a link.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The athlete being treated: links a wearable, reads the plan, logs check-ins.
    patient = tm.add(tg.Actor("Patient", role="athlete patient"))
    # The patient's own watch or strap and its companion app.
    watch = tm.add(
        tg.Device(
            "Patient wearable",
            description="Garmin, Whoop or Polar device syncing to its maker's cloud.",
        )
    )

with tm.boundary("Wearable aggregator", trust=tg.Trust.PARTNER):
    # One API for many wearable brands, so we do not integrate each one.
    aggregator = tm.add(
        tg.ExternalService(
            "Wearable data aggregator",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Patients link their wearable account through its consent screen.",
        )
    )

with tm.boundary("Practice management vendor", trust=tg.Trust.PARTNER):
    # The clinic's existing system of record for appointments and clinical notes.
    ehr = tm.add(
        tg.DataStore(
            "Clinic EHR",
            stores={notes, approved},
            controls={
                c.EncryptionAtRest(key_management="vendor-managed keys"),
                c.AuditLogging(),
                c.SupplierAssessment(note="UK-hosted SaaS under a data processing agreement"),
            },
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the draft plan; no training on our data under the enterprise terms.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose chat model on the vendor's enterprise API, EU region.",
            controls={c.SupplierAssessment(note="DPA, zero data retention, no training on inputs")},
        )
    )

with tm.boundary("Email provider", trust=tg.Trust.PARTNER):
    # Sends the transactional e-mails.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Clinic cloud tenant", trust=tg.Trust.INTERNAL):
    # Where physios ask for, edit and approve plans; reachable from home and pitch-side.
    planner = tm.add(
        tg.Service(
            "Rehab planner web app",
            internet_facing=True,
            controls={
                c.Authentication(method="Microsoft 365 single sign-on with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="the treating physiotherapist"),
            },
        )
    )
    # Gathers the context, builds the prompt and calls the LLM.
    drafter = tm.add(
        tg.Service(
            "Plan drafting service",
            description="Fetches notes, wearable data, check-ins and protocols for one patient.",
            controls={
                c.SecretsManagement(note="EHR, aggregator and LLM keys in the cloud key vault")
            },
        )
    )
    # Drafts, approved plans and patient check-ins.
    plan_db = tm.add(
        tg.DataStore(
            "Plan database",
            stores={draft, approved, checkins},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The clinic's curated exercises that plans are built from.
    library = tm.add(tg.DataStore("Exercise protocol library", stores={protocols}))
    # Patients read their approved plan and log how the exercises went.
    portal = tm.add(
        tg.Endpoint(
            "Patient portal",
            purpose=tg.EndpointPurpose.API,
            description="Web and mobile front end for patients.",
            controls={c.Authentication(method="e-mail and password")},
        )
    )

with tm.boundary("Clinic", trust=tg.Trust.INTERNAL):
    # Assesses the patient, asks for a draft, edits and approves it.
    physio = tm.add(tg.Actor("Physiotherapist", role="physiotherapist"))
    # Maintains the exercise protocol library.
    lead = tm.add(tg.Actor("Lead physiotherapist", role="clinical lead", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(physio, ehr, notes, protocol="https", label="writes assessment")
tm.flow(physio, planner, draft_request, edits, protocol="https")
tm.flow(planner, physio, draft, protocol="https")
tm.flow(lead, library, protocols, protocol="https", label="maintains protocols")

tm.flow(watch, aggregator, wearable, protocol="https")
tm.flow(patient, aggregator, protocol="https", label="links wearable account")

tm.flow(planner, drafter, draft_request, protocol="https")
tm.flow(ehr, drafter, notes, protocol="https")
tm.flow(aggregator, drafter, wearable, protocol="https")
tm.flow(library, drafter, protocols)
tm.flow(plan_db, drafter, checkins, approved, label="previous plan and check-ins")
tm.flow(drafter, llm, prompt, protocol="https")
tm.flow(llm, drafter, completion, protocol="https")
tm.flow(drafter, plan_db, draft)

tm.flow(plan_db, planner, draft)
tm.flow(planner, plan_db, edits, approved, label="approve plan")
tm.flow(planner, ehr, approved, protocol="https", label="copy to patient record")
tm.flow(planner, mailer, notice, protocol="https")
tm.flow(mailer, patient, notice, protocol="smtp")

tm.flow(plan_db, portal, approved)
tm.flow(portal, patient, approved, protocol="https")
tm.flow(patient, portal, checkins, protocol="https")
tm.flow(portal, plan_db, checkins)
