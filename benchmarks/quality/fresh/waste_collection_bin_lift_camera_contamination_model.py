"""Bin-lift camera contamination model: the first design, before any security review.

The council's refuse lorries carry a camera and RFID tag reader at the bin lift. Each
time a recycling bin is tipped, the lorry unit records a short clip of the bin's
contents falling, with the bin's tag, GPS position and time, and uploads it over 4G
to an upload API in the council's cloud tenancy, authenticated with a per-vehicle API
key. A detection service runs an in-house vision model over new clips and opens a
contamination case for each lift it flags, with the property address from the bin
register. Waste enforcement officers, signed in with council SSO and MFA, watch the
clip in a review console and confirm or reject each case; only confirmed cases reach
the letter service, which sends the warning letter to the council's print and post
supplier over SFTP. Officer decisions are exported monthly as labels for retraining,
and retrained weights go through a model registry to the detection service. Clips are
encrypted at rest, the console keeps an audit log, and the processing has a DPIA.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bin-lift camera contamination model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Flags contaminated recycling from bin-lift video; officers confirm before warning letters go out.",
)

# ---------------------------------------------------------------- data assets
clip = tg.Data(
    "Bin-lift video clip",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="A few seconds of the bin tipping; can show the kerb, driveways and passers-by.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
lift_metadata = tg.Data(
    "Lift metadata",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Bin tag ID, lorry ID, GPS position and time of the lift.",
)
bin_register = tg.Data(
    "Bin register records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Bin tag ID to property address and bin type.",
)
frames = tg.Data("Decoded clip frames", kind="media", sensitivity=tg.Sensitivity.PII)
score = tg.Data("Contamination score", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
case = tg.Data(
    "Contamination case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Address, lift time, clip reference, model score and case status.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
decision = tg.Data(
    "Officer case decision",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    description="Confirmed or rejected, with the contamination type the officer saw.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
letter = tg.Data(
    "Contamination warning letter",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Addressed to the occupier, with the date and a still from the clip.",
)
training_set = tg.Data(
    "Labelled lift clips",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
weights = tg.Data(
    "Contamination model weights",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="PyTorch checkpoint of the fine-tuned image classifier.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Refuse lorry fleet", trust=tg.Trust.UNTRUSTED):
    # Camera, tag reader and 4G modem fitted at each lorry's bin lift; parked at the
    # depot overnight and out on public streets all day.
    lorry_unit = tm.add(
        tg.Device(
            "Bin-lift camera unit",
            fleet=True,
            description="Records and uploads a clip for each recycling bin lift.",
        )
    )

with tm.boundary("Households", trust=tg.Trust.UNTRUSTED):
    # The occupier of the property the bin is registered to; receives the letter.
    resident = tm.add(tg.Actor("Resident", role="householder"))

with tm.boundary("Print and post supplier", trust=tg.Trust.PARTNER):
    # Hybrid mail service that prints and posts the council's letters.
    print_vendor = tm.add(tg.ExternalService("Print and post service"))

with tm.boundary("Council corporate network", trust=tg.Trust.INTERNAL):
    # Checks every flagged clip before any letter is sent.
    officer = tm.add(tg.Actor("Waste enforcement officer", role="enforcement officer"))

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives clips and metadata from the lorries.
    upload_api = tm.add(
        tg.Endpoint(
            "Clip upload API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-vehicle API key")},
        )
    )
    # All uploaded clips with their lift metadata.
    clip_store = tm.add(
        tg.DataStore(
            "Clip store",
            stores={clip, lift_metadata},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Maps bin tags to addresses; maintained by the waste service's admin team.
    register = tm.add(tg.DataStore("Bin register", stores={bin_register}))
    # Picks up new clips, scores them and opens cases above the threshold.
    detector_service = tm.add(
        tg.Service(
            "Contamination detection service",
            controls={
                c.ImpactAssessment(basis="public task, waste collection duties"),
            },
        )
    )
    # Vision model that flags contaminated recycling in a clip.
    model = tm.add(
        tg.Model(
            "Contamination detection model",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            high_stakes=True,
            description="Fine-tuned image classifier; a score above 0.8 opens a case.",
        )
    )
    # Open and closed contamination cases.
    case_store = tm.add(tg.DataStore("Contamination case store", stores={case, decision}))
    # Where officers watch the clip and confirm or reject the case.
    console = tm.add(
        tg.Endpoint(
            "Officer review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="council Entra ID SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )
    # Builds warning letters for confirmed cases only.
    letter_service = tm.add(
        tg.Service(
            "Warning letter service",
            controls={
                c.HumanInTheLoop(approver="waste enforcement officer confirms each case"),
            },
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Officer-confirmed and rejected clips, kept to retrain on.
        dataset = tm.add(tg.Dataset("Labelled clip dataset", stores={training_set}))
        # Quarterly fine-tuning run by the council's data team.
        training = tm.add(tg.Pipeline("Retraining pipeline", stage=tg.Stage.TRAINING))
        # Versions of the model the detection service loads.
        registry = tm.add(tg.ModelRegistry("Model registry", stores={weights}))

# ---------------------------------------------------------------- flows
# Lorry to cloud
tm.flow(lorry_unit, upload_api, clip, lift_metadata, protocol="https", label="4G upload")
tm.flow(register, upload_api, bin_register, label="tag to address lookup")
tm.flow(upload_api, clip_store, clip, lift_metadata)

# Detection
tm.flow(clip_store, detector_service, clip, lift_metadata, label="new clips")
tm.flow(detector_service, model, frames)
tm.flow(model, detector_service, score)
tm.flow(detector_service, case_store, case)

# Officer review
tm.flow(case_store, console, case)
tm.flow(clip_store, console, clip)
tm.flow(console, officer, case, clip, protocol="https")
tm.flow(officer, console, decision, protocol="https")
tm.flow(console, case_store, decision)

# Warning letters
tm.flow(case_store, letter_service, case, decision, label="confirmed cases")
tm.flow(register, letter_service, bin_register)
tm.flow(letter_service, print_vendor, letter, protocol="sftp")
tm.flow(print_vendor, resident, letter, label="printed letter by post")

# Retraining
tm.flow(case_store, dataset, decision, label="monthly label export")
tm.flow(clip_store, dataset, clip, label="monthly label export")
tm.flow(dataset, training, training_set)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="loaded at service start")
