"""Great crested newt eDNA surveys: sample tracking and presence flagging, the first design.

An ecological consultancy surveys ponds near development sites for great
crested newts, a protected species. Field surveyors take pond water eDNA
samples and log each one on a field app on company phones (sample ID, pond,
GPS position, time, conditions); the app syncs to the consultancy's cloud
tenant when it has signal. Samples are couriered to an accredited eDNA lab,
whose LIMS posts qPCR results (Cq values per replicate, inhibition and
degradation controls) to an upload endpoint. A presence model trained on past
surveys flags likely presence for each pond, and a licensed ecologist reviews
every flag and signs off the conclusion that goes into the client's planning
report. Controls: Microsoft 365 sign-in with MFA for staff, a per-lab API key,
schema checks on imported results, encrypted and backed-up storage, model
evaluation before use, and the ecologist's audited sign-off.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Great crested newt eDNA survey tracking",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Field eDNA sample logging, lab qPCR results and a presence model, "
        "signed off by a licensed ecologist for planning reports."
    ),
)

# ---------------------------------------------------------------- data assets
sample_log = tg.Data(
    "Sample log",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Sample ID, pond ID, GPS position, time, weather and surveyor.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
site_list = tg.Data(
    "Site and pond list",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Client sites and pond locations assigned to each surveyor.",
)
manifest = tg.Data("Sample manifest", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
qpcr = tg.Data(
    "qPCR results",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Cq values per replicate with inhibition and degradation controls.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
features = tg.Data("Presence features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL)
flag = tg.Data("Presence flag", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
sign_off = tg.Data(
    "Ecologist sign-off",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
report = tg.Data(
    "Planning survey report", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
history = tg.Data(
    "Historical survey outcomes",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Past qPCR results with the ecologists' confirmed conclusions.",
)
weights = tg.Data(
    "Presence model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Field", trust=tg.Trust.UNTRUSTED):
    # Surveyors at the pond side, on mobile data or offline.
    surveyor = tm.add(tg.Actor("Field surveyor", role="surveyor"))
    # The field app on company phones; keeps logs offline until it syncs.
    field_app = tm.add(
        tg.Device(
            "Field survey app",
            description="Company phones running the survey app, signed in with staff accounts.",
        )
    )

with tm.boundary("Consultancy cloud tenant", trust=tg.Trust.INTERNAL):
    # Receives field logs and hands out each surveyor's site list.
    sync_api = tm.add(
        tg.Endpoint(
            "Survey sync API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="Microsoft 365 accounts via OIDC with MFA")},
        )
    )
    # Where the lab's LIMS posts results.
    lab_upload = tm.add(
        tg.Endpoint(
            "Lab results upload endpoint",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="per-lab API key")},
        )
    )
    # Checks each results file and matches it to the logged samples.
    results_import = tm.add(
        tg.Pipeline(
            "Results import",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement(note="CSV columns, sample IDs and Cq ranges checked")},
        )
    )
    # System of record for sites, samples, results, flags and sign-offs.
    survey_db = tm.add(
        tg.DataStore(
            "Survey database",
            stores={sample_log, site_list, qpcr, flag, sign_off},
            controls={
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
                c.DataVersioning(note="nightly backups"),
            },
        )
    )
    # Computes features for each pond once all its replicates are in, and calls the model.
    scoring = tm.add(tg.Service("Presence scoring service"))
    # Gradient-boosted classifier: probability of great crested newt presence per pond.
    model = tm.add(
        tg.Model(
            "Newt presence model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Flags likely presence from replicate Cq values and the lab controls.",
        )
    )
    # Where ecologists review flags, sign off and generate planning reports.
    reporting = tm.add(
        tg.Service(
            "Survey reporting app",
            controls={
                c.Authentication(method="Microsoft 365 accounts via OIDC with MFA"),
                c.RBAC(note="only licensed ecologists can sign off"),
                c.HumanInTheLoop(approver="licensed ecologist"),
                c.AuditLogging(),
            },
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Past surveys with confirmed conclusions, exported for training.
        training_set = tm.add(tg.Dataset("Historical survey dataset", stores={history}))
        # Retrains the model a few times a year as outcomes accumulate.
        training = tm.add(
            tg.Pipeline(
                "Model training",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="evaluated on held-out signed-off surveys")},
            )
        )
        # Holds the trained model files for the scoring service.
        registry = tm.add(tg.ModelRegistry("Model store", stores={weights}))

with tm.boundary("Consultancy office", trust=tg.Trust.INTERNAL):
    # Holds the Natural England licence; accountable for every conclusion.
    ecologist = tm.add(tg.Actor("Licensed ecologist", role="ecologist", privileged=True))

with tm.boundary("eDNA lab", trust=tg.Trust.PARTNER):
    # The accredited lab's own system; runs the qPCR and sends results.
    lims = tm.add(tg.ExternalService("eDNA lab LIMS", provides=tg.ExternalCategory.DATA_PROVIDER))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The developer or their agent who commissions the survey and submits the report.
    client = tm.add(tg.Actor("Development client", role="client"))

# ---------------------------------------------------------------- flows
tm.flow(surveyor, field_app, sample_log, label="typed on the touchscreen")
tm.flow(field_app, surveyor, site_list, label="on the touchscreen")
tm.flow(field_app, sync_api, sample_log, protocol="https")
tm.flow(sync_api, field_app, site_list, protocol="https")
tm.flow(sync_api, survey_db, sample_log)
tm.flow(survey_db, sync_api, site_list)

tm.flow(reporting, lims, manifest, protocol="https", label="sample manifest with courier batch")
tm.flow(lims, lab_upload, qpcr, protocol="https")
tm.flow(lab_upload, results_import, qpcr)
tm.flow(survey_db, results_import, sample_log, label="match sample IDs")
tm.flow(results_import, survey_db, qpcr)

tm.flow(survey_db, scoring, sample_log, qpcr)
tm.flow(scoring, model, features)
tm.flow(model, scoring, flag)
tm.flow(scoring, survey_db, flag)

tm.flow(survey_db, reporting, sample_log, qpcr, flag, sign_off)
tm.flow(reporting, ecologist, sample_log, qpcr, flag, protocol="https", label="review")
tm.flow(ecologist, reporting, sign_off, protocol="https")
tm.flow(reporting, survey_db, sign_off)
tm.flow(reporting, client, report, protocol="smtp+starttls")

tm.flow(survey_db, training_set, history, label="export of signed-off surveys")
tm.flow(training_set, training, history)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="deploy")
