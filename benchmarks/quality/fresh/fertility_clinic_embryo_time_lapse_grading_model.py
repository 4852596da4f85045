"""Embryo time-lapse grading at an IVF clinic: the first design, before any security review.

The clinic's time-lapse incubators photograph each embryo every few minutes through
its culture. A vendor-supplied acquisition server in the embryology lab keeps the
image stacks and, at day 5, uploads each embryo's stack (under a pseudonymous slide
id, not the patient's name) to the vendor's cloud scoring API, which returns a
score for implantation potential. Embryologists review the videos and scores in the
clinic's embryology review application, choose which embryo to transfer and discuss
the choice with the patient in consultation; the score and decision are written to
the clinic's electronic patient record. Patients can see their embryo report and
videos in the patient portal. Each month an export job sends de-identified
outcomes (implanted or not) back to the vendor under the contract.
Controls today: staff sign in to the review app and EPR with the clinic's directory
accounts, the EPR has role-based access and an audit trail, vendor traffic is HTTPS,
and an embryologist makes every transfer decision. The clinic is in the EU.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Embryo time-lapse grading",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="Vendor AI scores IVF embryos from time-lapse images; embryologists choose the transfer.",
)

# ---------------------------------------------------------------- data assets
image_stacks = tg.Data(
    "Embryo time-lapse image stacks",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Focal-plane images every 10 minutes per embryo, tagged with slide and well id.",
)
scoring_request = tg.Data(
    "Pseudonymised scoring request",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Image stack for one embryo with slide id, well id and fertilisation time.",
)
embryo_score = tg.Data(
    "Embryo implantation score",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
treatment_record = tg.Data(
    "IVF treatment record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Patient identity, cycle, embryo scores, grades and transfer decision.",
)
transfer_decision = tg.Data(
    "Embryo transfer decision",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Chosen embryo, embryologist's grade and notes.",
)
embryo_report = tg.Data(
    "Patient embryo report",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Embryo development summary and time-lapse videos shared with the patient.",
)
outcomes = tg.Data(
    "De-identified cycle outcomes",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    description="Slide and well id, score, transferred or not, implantation result.",
)
staff_sign_in = tg.Data("Staff sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
patient_sign_in = tg.Data(
    "Patient portal sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)

# ---------------------------------------------------------------- elements
with tm.boundary("Embryology lab network", trust=tg.Trust.RESTRICTED):
    # The incubators with built-in cameras: the source of every image.
    incubators = tm.add(
        tg.Device(
            "Time-lapse incubators",
            fleet=True,
            description="Six incubators with microscope cameras on the lab LAN.",
        )
    )
    # Vendor-supplied PC that pulls images from the incubators and talks to the vendor cloud.
    acquisition = tm.add(
        tg.Service(
            "Incubator acquisition server",
            description="Collects image stacks and uploads day-5 stacks for scoring.",
        )
    )
    # Keeps the full image history for every cycle, as the lab must.
    image_archive = tm.add(tg.DataStore("Time-lapse image archive", stores={image_stacks}))

with tm.boundary("Clinic network", trust=tg.Trust.INTERNAL):
    # The people who grade embryos and make the transfer choice.
    embryologist = tm.add(tg.Actor("Embryologist", role="embryologist"))
    # Where scores, videos and the embryologist's own grading meet.
    review_app = tm.add(
        tg.Service(
            "Embryology review application",
            description="Shows videos and vendor scores per cohort; records the chosen embryo.",
            controls={
                c.Authentication(method="clinic directory username and password"),
                c.HumanInTheLoop(approver="the embryologist who chooses the embryo to transfer"),
            },
        )
    )
    # The clinic's system of record for treatment.
    epr = tm.add(
        tg.DataStore(
            "Electronic patient record",
            stores={treatment_record},
            controls={c.RBAC(), c.AuditLogging()},
        )
    )
    # Monthly contractual feedback of outcomes to the vendor.
    outcome_export = tm.add(
        tg.Service(
            "Monthly outcome export job",
            description="Pulls transferred embryos and implantation results from the EPR.",
        )
    )

with tm.boundary("Clinic DMZ", trust=tg.Trust.INTERNAL):
    # Lets patients see their embryo report and videos from home.
    portal = tm.add(
        tg.Endpoint(
            "Patient portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password with SMS code")},
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The patient (or couple) in treatment.
    patient = tm.add(tg.Actor("Patient", role="patient"))

with tm.boundary("Scoring vendor cloud", trust=tg.Trust.PARTNER):
    # The vendor's API the acquisition server uploads to.
    vendor_api = tm.add(
        tg.Endpoint(
            "Vendor scoring API",
            purpose=tg.EndpointPurpose.INFERENCE,
            returns_scores=True,
            controls={c.Authentication(method="per-clinic API key")},
        )
    )
    # The vendor's CE-marked embryo model, which we do not see inside.
    scoring_model = tm.add(
        tg.Model(
            "Embryo implantation scoring model",
            task=tg.Task.RANKER,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            returns_scores=True,
            high_stakes=True,
            description="Deep model scoring each embryo 1-10 for implantation potential.",
            controls={c.ModelCards(note="vendor instructions for use and validation summary")},
        )
    )
    # Where the vendor keeps clinics' outcomes for retraining.
    vendor_outcomes = tm.add(tg.Dataset("Vendor outcome dataset", stores={outcomes}))

# ---------------------------------------------------------------- flows
tm.flow(incubators, acquisition, image_stacks, label="image capture")
tm.flow(acquisition, image_archive, image_stacks)
tm.flow(
    acquisition,
    vendor_api,
    scoring_request,
    protocol="https",
    controls={c.DataMinimization(note="slide id only, no patient name or date of birth")},
)
tm.flow(vendor_api, scoring_model, scoring_request)
tm.flow(scoring_model, vendor_api, embryo_score)
tm.flow(vendor_api, acquisition, embryo_score, protocol="https")
tm.flow(acquisition, review_app, embryo_score, image_stacks)

tm.flow(embryologist, review_app, staff_sign_in, transfer_decision)
tm.flow(review_app, embryologist, image_stacks, embryo_score, label="cohort view")
tm.flow(review_app, epr, embryo_score, transfer_decision)
tm.flow(epr, review_app, treatment_record, label="patient and cycle lookup")
tm.flow(embryologist, patient, embryo_score, transfer_decision, label="in person consultation")

tm.flow(epr, portal, embryo_report)
tm.flow(image_archive, portal, image_stacks, label="time-lapse videos")
tm.flow(patient, portal, patient_sign_in, protocol="https")
tm.flow(portal, patient, embryo_report, protocol="https")

tm.flow(epr, outcome_export, treatment_record, label="monthly export")
tm.flow(outcome_export, vendor_outcomes, outcomes, protocol="sftp")
