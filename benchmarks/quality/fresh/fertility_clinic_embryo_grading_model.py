"""Embryo grading with a vendor ranking model: the first design, before any security review.

Time-lapse incubators in the IVF lab photograph each embryo every few minutes onto
the incubator image server. A vendor-supplied connector uploads each finished culture
(images, slide id, patient age; name removed) over HTTPS with a per-clinic API key to
the vendor's cloud grading API, where the embryo-ranking model scores and orders the
embryos. The ranking returns through the connector into the lab information system,
where embryologists see it beside the cycle record from the clinic EMR and choose the
embryo to transfer; transfer outcomes later go back to the vendor. The vendor pools
images from all its clinics in an encrypted store, retrains, and its ML engineers
release each clinically validated, versioned model. Other controls: role-based access
and audit logs on the EMR, directory sign-in to the LIS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Fertility clinic embryo grading",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="A vendor's cloud model ranks embryos from time-lapse images; "
    "embryologists choose the embryo to transfer.",
)

# ---------------------------------------------------------------- data assets
embryo_images = tg.Data(
    "Time-lapse embryo images",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Image series per embryo, tagged with slide id, patient id and age.",
)
upload = tg.Data(
    "Culture upload",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Images of one culture dish with slide id and patient age; name removed.",
)
ranking = tg.Data(
    "Embryo ranking",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="A score per embryo and the order in which to consider them.",
)
cycle_record = tg.Data(
    "Patient cycle record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Patient identity, history and the current IVF treatment cycle.",
)
transfer_choice = tg.Data(
    "Embryo transfer choice", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
outcomes = tg.Data(
    "Transfer outcomes",
    kind="labels",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Implantation and pregnancy result per transferred embryo, by slide id.",
)
pooled_images = tg.Data(
    "Multi-clinic training images",
    kind="training-data",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
other_clinic_images = tg.Data(
    "Other clinics' embryo images", kind="training-data", sensitivity=tg.Sensitivity.REGULATED
)
weights = tg.Data(
    "Ranking model weights",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint of each released model version.",
)
sign_off = tg.Data("Release sign-off", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Clinic network", trust=tg.Trust.INTERNAL):
    # Holds every patient's record; the LIS reads cycle data from it.
    emr = tm.add(
        tg.DataStore(
            "Clinic EMR",
            stores={cycle_record, transfer_choice},
            controls={c.RBAC(), c.AuditLogging(retention_days=3650)},
        )
    )

    with tm.boundary("IVF lab network", trust=tg.Trust.INTERNAL):
        # The people who decide which embryo is transferred.
        embryologist = tm.add(tg.Actor("Embryologist", role="embryologist"))
        # Captures the images; a handful of units in the lab.
        incubator = tm.add(
            tg.Device(
                "Time-lapse incubator",
                fleet=False,
                description="Incubator with a built-in microscope camera.",
            )
        )
        # Vendor-supplied local store of the raw image series.
        image_server = tm.add(tg.DataStore("Incubator image server", stores={embryo_images}))
        # Vendor software on a lab server: the only component talking to the vendor cloud.
        connector = tm.add(
            tg.Service(
                "Cloud upload connector",
                description="Uploads finished cultures and writes rankings into the LIS.",
                controls={c.DataMinimization(note="patient name removed; slide id and age kept")},
            )
        )
        # Where embryologists see the ranking and record their choice.
        lis = tm.add(
            tg.Service(
                "Lab information system",
                controls={
                    c.Authentication(method="Active Directory password"),
                    c.HumanInTheLoop(approver="the embryologist choosing the embryo"),
                },
            )
        )

with tm.boundary("Vendor cloud", trust=tg.Trust.PARTNER):
    # The vendor's API the connector calls for each culture.
    grading_api = tm.add(
        tg.Endpoint(
            "Embryo grading API",
            returns_scores=True,
            controls={c.Authentication(method="per-clinic API key")},
        )
    )
    # Scores and orders the embryos of one culture.
    ranking_model = tm.add(
        tg.Model(
            "Embryo ranking model",
            task=tg.Task.RANKER,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            returns_scores=True,
            high_stakes=True,
            description="CNN over the time-lapse series; CE-marked as a medical device.",
            controls={
                c.ModelValidation(note="clinical validation per release"),
                c.ModelVersioning(),
            },
        )
    )

    with tm.boundary("Vendor ML environment", trust=tg.Trust.PARTNER):
        # Every uploaded image, from all clinics, kept for retraining.
        image_pool = tm.add(
            tg.Dataset(
                "Multi-clinic image pool",
                stores={pooled_images, outcomes},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Periodic retraining on the pooled images and outcomes.
        retraining = tm.add(tg.Pipeline("Model retraining pipeline", stage=tg.Stage.TRAINING))
        # Holds each trained version until it is released to serving.
        registry = tm.add(tg.ModelRegistry("Vendor model registry", stores={weights}))
        # Vendor staff who release new model versions.
        vendor_ml = tm.add(tg.Actor("Vendor ML engineer", role="ml engineer", privileged=True))

with tm.boundary("Other vendor clinics", trust=tg.Trust.UNTRUSTED):
    # The vendor's other customers, whose images also train the model.
    other_clinics = tm.add(
        tg.DataSource(
            "Other clinics' uploads",
            origin=tg.Origin.PARTNER,
            provides={other_clinic_images},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(incubator, image_server, embryo_images, label="image capture")
tm.flow(image_server, connector, embryo_images)
tm.flow(
    connector,
    grading_api,
    upload,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)
tm.flow(grading_api, ranking_model, upload)
tm.flow(ranking_model, grading_api, ranking)
tm.flow(
    grading_api,
    connector,
    ranking,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)
tm.flow(connector, lis, ranking, protocol="https")

tm.flow(emr, lis, cycle_record, protocol="mllp", label="HL7 ADT and cycle data")
tm.flow(lis, embryologist, ranking, cycle_record, protocol="https")
tm.flow(image_server, embryologist, embryo_images, label="image viewer")
tm.flow(embryologist, lis, transfer_choice, protocol="https")
tm.flow(lis, emr, transfer_choice, protocol="mllp")
tm.flow(lis, connector, outcomes, label="outcomes entered after pregnancy test")
tm.flow(
    connector,
    grading_api,
    outcomes,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)

tm.flow(grading_api, image_pool, pooled_images, outcomes, label="retained for retraining")
tm.flow(other_clinics, image_pool, other_clinic_images, protocol="https")
tm.flow(image_pool, retraining, pooled_images, outcomes)
tm.flow(retraining, registry, weights)
tm.flow(vendor_ml, registry, sign_off, label="approves release")
tm.flow(registry, ranking_model, weights, label="deploy")
