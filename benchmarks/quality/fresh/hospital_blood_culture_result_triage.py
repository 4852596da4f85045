"""Blood culture result triage: the first design, before any security review.

When a blood culture bottle flags positive on the lab's culture instruments, the
instrument middleware passes the growth curve and time to positivity to the
laboratory information system (LIS). A technologist prepares a Gram stain, and a
digital slide scanner saves the image to a lab image store. A triage service
combines the image with the instrument signals, runs an in-house classification
model and suggests an urgency level and likely organism groups. A microbiologist
reviews every suggestion on a review workstation, confirms or corrects it, and the
confirmed result goes into the LIS, which sends it to the EHR for the ward; critical
results are also phoned to the ward. Final identifications from the LIS label past
images for periodic retraining on an on-premises GPU server; a data scientist
checks each new model against a held-out set before it is registered and deployed.
Everything runs on the hospital network; the model is never exposed outside it.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Blood culture result triage",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description=(
        "Gram stain images and culture instrument signals feed a model that suggests "
        "urgency and likely organisms; microbiologists confirm before results reach wards."
    ),
)

# ---------------------------------------------------------------- data assets
gram_images = tg.Data(
    "Gram stain images",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Whole-slide images tagged with the culture accession number.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
signals = tg.Data(
    "Culture instrument signals",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Growth curves, time to positivity and bottle type per accession.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
orders = tg.Data(
    "Blood culture orders",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient identifiers, ward, ordering clinician and collection time.",
)
suggestion = tg.Data(
    "Triage suggestion",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Urgency level and the top likely organism groups with scores.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
confirmation = tg.Data(
    "Microbiologist confirmation", kind="feedback", sensitivity=tg.Sensitivity.REGULATED
)
result = tg.Data(
    "Confirmed preliminary result",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
final_ids = tg.Data(
    "Final organism identifications",
    kind="labels",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
training_set = tg.Data(
    "Labelled image training set", kind="training-data", sensitivity=tg.Sensitivity.REGULATED
)
weights = tg.Data("Triage model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")

# ---------------------------------------------------------------- elements
with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    # Existing hospital EHR: places culture orders and shows results to the ward.
    ehr = tm.add(tg.Service("Electronic health record"))
    # Doctors and nurses on the ward who act on the result.
    clinician = tm.add(tg.Actor("Ward clinician", role="clinician"))

    with tm.boundary("Microbiology lab", trust=tg.Trust.INTERNAL):
        # Automated blood culture cabinets that flag positive bottles.
        instruments = tm.add(
            tg.Device(
                "Blood culture instruments", description="Three continuous-monitoring cabinets."
            )
        )
        # The digital microscope that images each Gram-stained slide.
        scanner = tm.add(tg.Device("Slide scanner", fleet=False))
        # Vendor middleware that collects instrument results for the LIS.
        middleware = tm.add(tg.Service("Instrument middleware"))
        # Bench workstation where microbiologists confirm or correct suggestions.
        workstation = tm.add(
            tg.Service(
                "Review workstation",
                controls={c.Authentication(method="Active Directory password")},
            )
        )
        # Clinical microbiologists on the bench; they confirm every result.
        microbiologist = tm.add(tg.Actor("Microbiologist", role="clinical microbiologist"))

    with tm.boundary("Hospital data centre", trust=tg.Trust.RESTRICTED):
        # Laboratory information system: system of record for cultures and results.
        lis = tm.add(
            tg.DataStore(
                "Laboratory information system",
                stores={orders, signals, result, final_ids},
                controls={c.RBAC(), c.AuditLogging(retention_days=2190)},
            )
        )
        # File share where the scanner saves slide images.
        image_store = tm.add(tg.DataStore("Gram stain image store", stores={gram_images}))
        # Joins images and signals per accession and calls the model.
        triage = tm.add(tg.Service("Triage service"))
        # The classifier: urgency and organism groups from image and signal features.
        model = tm.add(
            tg.Model(
                "Gram stain triage model",
                task=tg.Task.CLASSIFIER,
                returns_scores=True,
                high_stakes=True,
                description="CNN image encoder plus gradient-boosted signal features.",
                controls={c.HumanInTheLoop(approver="the on-duty microbiologist")},
            )
        )
        # Historic images labelled with final identifications.
        dataset = tm.add(tg.Dataset("Labelled image dataset", stores={training_set}))
        # Periodic retraining job on the on-premises GPU server.
        training = tm.add(
            tg.Pipeline(
                "Retraining pipeline",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="held-out accuracy check by a data scientist")},
            )
        )
        # Versioned model artifacts that the triage service loads.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

# ---------------------------------------------------------------- flows
# Orders in, positivity and images from the bench.
tm.flow(ehr, lis, orders, protocol="mllp")
tm.flow(instruments, middleware, signals, protocol="astm")
tm.flow(middleware, lis, signals, protocol="mllp")
tm.flow(scanner, image_store, gram_images, protocol="smb")

# Triage.
tm.flow(lis, triage, signals, orders, protocol="https", label="positive culture event")
tm.flow(image_store, triage, gram_images, protocol="smb")
tm.flow(triage, model, gram_images, signals)
tm.flow(model, triage, suggestion)
tm.flow(triage, workstation, suggestion, gram_images, protocol="https")

# Confirmation and reporting.
tm.flow(workstation, microbiologist, suggestion, gram_images)
tm.flow(microbiologist, workstation, confirmation)
tm.flow(workstation, lis, result, confirmation, protocol="https")
tm.flow(lis, ehr, result, protocol="mllp")
tm.flow(ehr, clinician, result, protocol="https")
tm.flow(microbiologist, clinician, result, label="critical result phone call")

# Retraining.
tm.flow(lis, dataset, final_ids, label="final identifications")
tm.flow(image_store, dataset, gram_images)
tm.flow(dataset, training, training_set)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="deploy")
