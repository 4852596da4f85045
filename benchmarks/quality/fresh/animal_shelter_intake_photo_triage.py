"""Animal shelter intake photo triage: the first design, before any security review.

A regional network of animal shelters photographs every animal at intake with a
shelter tablet. The photos and the intake record go to a small cloud backend,
where a fine-tuned vision model suggests species, a breed guess and visible
medical flags (wounds, skin conditions, body condition) with an urgency score.
Members of the public can also report a stray through a web form with a photo.
Vet technicians work through a triage queue on a web dashboard, set the exam
priority themselves and correct the model's flags; the corrections become
labels for a quarterly fine-tuning run that a volunteer data scientist starts.
Results are written into the shelter management system, a SaaS product.
Controls in this design: HTTPS everywhere, staff sign-in through the network's
Google Workspace, per-tablet API keys, upload checks on the intake API,
encrypted photo storage and versioned models in the registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Animal shelter intake photo triage",
    profile=tg.RiskProfile.LOW,
    description="Suggests species, breed and medical flags from intake photos for vet triage.",
)

# ---------------------------------------------------------------- data assets
intake_photo = tg.Data(
    "Intake photos",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Photos of the animal taken at the intake desk; staff sometimes appear in them.",
)
intake_record = tg.Data(
    "Intake record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Animal id, where it was found, and the surrendering owner's or finder's contact details.",
)
stray_report = tg.Data(
    "Stray report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="A finder's name, phone number, location and photo of a stray animal.",
)
report_reference = tg.Data("Report reference", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
triage_result = tg.Data(
    "Triage suggestion",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Species, breed guess, medical flags and an urgency score.",
)
animal_record = tg.Data("Animal record", kind="records", sensitivity=tg.Sensitivity.PII)
vet_labels = tg.Data(
    "Vet corrections",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_photos = tg.Data(
    "Labeled intake photos", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
base_weights = tg.Data(
    "Base vision model weights", sensitivity=tg.Sensitivity.PUBLIC, format="safetensors"
)
triage_weights = tg.Data(
    "Triage model checkpoint", sensitivity=tg.Sensitivity.INTERNAL, format="pickle"
)
run_config = tg.Data(
    "Fine-tuning run config", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # A member of the public who found a stray and reports it online.
    finder = tm.add(tg.Actor("Member of the public", role="finder"))
    # Volunteer who runs fine-tuning from home through the cloud console.
    volunteer = tm.add(tg.Actor("Volunteer data scientist", role="ml volunteer", privileged=True))
    # Where the pretrained vision backbone is downloaded from.
    hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

with tm.boundary("Shelter sites", trust=tg.Trust.INTERNAL):
    # Staff at the intake desk who photograph each arriving animal.
    intake_staff = tm.add(tg.Actor("Intake staff", role="shelter staff"))
    # Vet techs who set exam priority and correct the model's flags.
    vet_tech = tm.add(tg.Actor("Vet technician", role="veterinary staff"))
    # Shared shelter tablets running the intake app.
    tablet = tm.add(
        tg.Device(
            "Intake tablet app",
            fleet=True,
            description="Shared Android tablets at each intake desk; the app holds a per-tablet API key.",
        )
    )

with tm.boundary("Shelter management SaaS", trust=tg.Trust.PARTNER):
    # System of record for animals, owners and adoptions, run by a vendor.
    sms = tm.add(
        tg.ExternalService(
            "Shelter management system",
            description="Vendor SaaS holding animal, owner and adoption records; we call its REST API.",
        )
    )

with tm.boundary("Cloud project", trust=tg.Trust.INTERNAL):
    # Public form where finders report strays with a photo.
    stray_form = tm.add(tg.Endpoint("Stray report form", purpose="api", internet_facing=True))
    # API the tablets upload intake photos and records to.
    intake_api = tm.add(
        tg.Endpoint(
            "Intake API",
            purpose="api",
            internet_facing=True,
            controls={
                c.Authentication(method="per-tablet API key"),
                c.InputValidation(note="image type and size checks on upload"),
            },
        )
    )
    # Runs the model on each photo and writes the result everywhere it is needed.
    triage = tm.add(
        tg.Service(
            "Triage service",
            description="Calls the model, stores photos, queues suggestions for vet techs and syncs the SaaS record.",
            controls={c.HumanInTheLoop(approver="vet technician")},
        )
    )
    # The vision model that suggests species, breed and medical flags.
    model = tm.add(
        tg.Model(
            "Intake triage vision model",
            task="classifier",
            origin="open-weights",
            returns_scores=True,
            high_stakes=True,
            description="Fine-tuned open-weights image backbone; its urgency score orders the vet exam queue.",
        )
    )
    # Bucket holding every intake and stray photo.
    photos = tm.add(
        tg.DataStore(
            "Photo bucket",
            stores={intake_photo, stray_report},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Web dashboard where vet techs work the triage queue.
    dashboard = tm.add(
        tg.Endpoint(
            "Vet triage dashboard",
            purpose="api",
            internet_facing=True,
            controls={c.Authentication(method="Google Workspace SSO with 2-step verification")},
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Photos with vet corrections, used for fine-tuning.
        dataset = tm.add(
            tg.Dataset("Labeled intake photo set", stores={training_photos, vet_labels})
        )
        # Quarterly fine-tuning job on a rented GPU instance.
        finetune = tm.add(
            tg.Pipeline(
                "Quarterly fine-tuning",
                stage="fine-tuning",
                third_party_packages=True,
                description="PyTorch notebook job; installs its dependencies from PyPI on each run.",
            )
        )
        # Where fine-tuned checkpoints are kept and served from.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={triage_weights},
                controls={c.ModelVersioning()},
            )
        )

# ---------------------------------------------------------------- flows
# intake at the desk
tm.flow(intake_staff, tablet, intake_photo, intake_record, label="photographs the animal")
tm.flow(tablet, intake_api, intake_photo, intake_record, protocol="https")
tm.flow(intake_api, tablet, triage_result, protocol="https")
tm.flow(intake_api, triage, intake_photo, intake_record)
tm.flow(triage, intake_api, triage_result)

# stray reports from the public
tm.flow(finder, stray_form, stray_report, protocol="https")
tm.flow(stray_form, finder, report_reference, protocol="https")
tm.flow(stray_form, triage, stray_report)

# triage
tm.flow(triage, photos, intake_photo, stray_report, protocol="https")
tm.flow(triage, model, intake_photo)
tm.flow(model, triage, triage_result)
tm.flow(triage, sms, triage_result, intake_record, protocol="https", label="update animal record")
tm.flow(sms, triage, animal_record, protocol="https", label="look up animal record")

# vet technicians
tm.flow(triage, dashboard, triage_result, intake_record, label="triage queue")
tm.flow(photos, dashboard, intake_photo, stray_report, protocol="https")
tm.flow(dashboard, vet_tech, triage_result, intake_photo, protocol="https")
tm.flow(vet_tech, dashboard, vet_labels, protocol="https", label="sets priority, corrects flags")
tm.flow(dashboard, dataset, vet_labels)

# fine-tuning
tm.flow(photos, dataset, training_photos, label="quarterly snapshot")
tm.flow(hub, finetune, base_weights, protocol="https")
tm.flow(
    volunteer, finetune, run_config, protocol="https", label="starts the run from the cloud console"
)
tm.flow(dataset, finetune, training_photos, vet_labels)
tm.flow(finetune, registry, triage_weights)
tm.flow(registry, model, triage_weights, label="deploy")
