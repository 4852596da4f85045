"""Sperm bank donor matching: the first design, before any security review.

A US fertility bank helps patients choose a sperm donor. Patients sign in to a
patient portal and fill in their preferences (physical traits, education, blood
group, carrier-screening requirements). A matching service reads the de-identified
donor profiles, asks an in-house ranking model to order them, and puts the
shortlist in front of a counsellor, who reviews it with the patient in an
appointment and records the chosen donor. Genetic screening results arrive from a
partner laboratory over SFTP, keyed by donor code. Donor identities are kept in a
separate, encrypted vault that only the donor-relations team can open; nothing in
the matching system reads it. A data scientist retrains the ranking model from
past shortlists and selections. The portal uses password plus TOTP sign-in, staff
use SSO with MFA, and the clinical databases are encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Sperm bank donor matching",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="Ranks de-identified donor profiles for patients; counsellors review the shortlist.",
)

# ---------------------------------------------------------------- data assets
preferences = tg.Data(
    "Patient donor preferences",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Desired traits, education, blood group and screening requirements.",
)
patient_record = tg.Data(
    "Patient record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
status = tg.Data(
    "Appointment and selection status", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
donor_profile = tg.Data(
    "De-identified donor profile",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Donor code, physical traits, education, blood group, screening summary.",
)
screening = tg.Data(
    "Genetic screening results",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
identity = tg.Data(
    "Donor identity",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Legal name, contact details and the mapping to the donor code.",
)
match_features = tg.Data("Match features", kind="features", sensitivity=tg.Sensitivity.REGULATED)
ranking = tg.Data("Donor ranking scores", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
shortlist = tg.Data("Donor shortlist", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
selection = tg.Data(
    "Chosen donor and counsellor notes", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
history = tg.Data(
    "Past shortlists and selections",
    kind="training-data",
    sensitivity=tg.Sensitivity.REGULATED,
)
weights = tg.Data(
    "Ranking model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="unknown",
    description="LightGBM ranker saved as a model file.",
)
train_config = tg.Data("Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # People seeking a donor, signing in from home.
    patient = tm.add(tg.Actor("Patient", role="patient"))

with tm.boundary("Partner laboratory", trust=tg.Trust.PARTNER):
    # Runs carrier and genetic screening on donor samples.
    lab = tm.add(
        tg.DataSource(
            "Genetic screening laboratory",
            origin=tg.Origin.PARTNER,
            provides={screening},
            description="Uploads result files keyed by donor code to our SFTP server.",
        )
    )

with tm.boundary("Clinic cloud", trust=tg.Trust.INTERNAL):
    # Patient-facing web portal: preferences, appointments, selection status.
    portal = tm.add(
        tg.Endpoint(
            "Patient portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password with TOTP")},
        )
    )
    # Patient records, preferences and selections.
    patient_db = tm.add(
        tg.DataStore(
            "Patient database",
            stores={patient_record, preferences, selection, shortlist},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # De-identified donor catalogue the matching uses; donors appear only by code.
    donor_db = tm.add(
        tg.DataStore(
            "Donor profile database",
            stores={donor_profile, screening},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Imports the laboratory's result files and attaches them to donor profiles.
    lab_import = tm.add(
        tg.Pipeline(
            "Screening results import",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement()},
        )
    )
    # Builds a shortlist for a patient from their preferences and the donor profiles.
    matching = tm.add(
        tg.Service(
            "Donor matching service",
            controls={c.HumanInTheLoop(approver="the patient's counsellor")},
        )
    )
    # Orders eligible donor profiles by fit to the patient's preferences.
    ranker = tm.add(
        tg.Model(
            "Donor ranking model",
            task=tg.Task.RANKER,
            returns_scores=True,
            high_stakes=True,
        )
    )
    # Staff console where counsellors open shortlists and record the choice.
    console = tm.add(
        tg.Service(
            "Counsellor console",
            controls={c.Authentication(method="clinic SSO with MFA"), c.RBAC()},
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Past shortlists and selections with the donor profiles they covered.
        training_set = tm.add(tg.Dataset("Ranking training set", stores={history, donor_profile}))
        # Retraining run by the data scientist when needed.
        training = tm.add(tg.Pipeline("Ranking model training", stage=tg.Stage.TRAINING))
        # Versions of the ranking model; the matching service loads the current one.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Donor identity vault", trust=tg.Trust.RESTRICTED):
    # Donor identities, separate from everything the matching touches.
    vault = tm.add(
        tg.DataStore(
            "Donor identity store",
            stores={identity},
            controls={
                c.EncryptionAtRest(key_management="dedicated HSM-backed key"),
                c.RBAC(note="donor-relations team only"),
                c.AuditLogging(retention_days=2190),
            },
        )
    )

with tm.boundary("Clinic office network", trust=tg.Trust.INTERNAL):
    # Reviews shortlists with patients in appointments.
    counsellor = tm.add(tg.Actor("Counsellor", role="fertility counsellor"))
    # Recruits donors, keeps their identities and enters their profiles.
    donor_relations = tm.add(tg.Actor("Donor-relations staff", role="donor relations"))
    # Maintains and retrains the ranking model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(patient, portal, preferences, protocol="https")
tm.flow(portal, patient, status, protocol="https")
tm.flow(portal, patient_db, preferences)
tm.flow(patient_db, portal, status)

tm.flow(patient_db, matching, preferences)
tm.flow(donor_db, matching, donor_profile, screening)
tm.flow(matching, ranker, match_features)
tm.flow(ranker, matching, ranking)
tm.flow(matching, patient_db, shortlist)
tm.flow(matching, console, shortlist)

tm.flow(console, counsellor, shortlist, protocol="https")
tm.flow(counsellor, console, selection, protocol="https")
tm.flow(console, patient_db, selection)
tm.flow(counsellor, patient, shortlist, label="reviewed in person at the appointment")
tm.flow(patient, counsellor, selection, label="chosen in person at the appointment")

tm.flow(lab, lab_import, screening, protocol="sftp")
tm.flow(lab_import, donor_db, screening)
tm.flow(donor_relations, donor_db, donor_profile, protocol="https")
tm.flow(donor_relations, vault, identity, protocol="https")
tm.flow(vault, donor_relations, identity, protocol="https")

tm.flow(patient_db, training_set, history, label="extract")
tm.flow(donor_db, training_set, donor_profile)
tm.flow(training_set, training, history, donor_profile)
tm.flow(data_scientist, training, train_config)
tm.flow(training, registry, weights)
tm.flow(registry, ranker, weights)
