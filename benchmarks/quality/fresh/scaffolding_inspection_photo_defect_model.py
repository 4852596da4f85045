"""Scaffolding inspection photo defect model: the first design, before any security review.

Our scaffold inspectors carry company tablets with an inspection app. On each
site visit they photograph every lift and elevation and fill in the checklist;
the app uploads photos and notes to an inspection API in our cloud account. A
defect detector, fine-tuned by our small ML team from an open-weights object
detector, marks missing ties, boards, toe boards and guardrails on each photo
and returns a defect list to the tablet. The inspector confirms, rejects or
adds defects before anything is saved, then a weekly job builds the statutory
inspection report per site and e-mails it to the client's site manager.
Inspectors sign in with their company accounts; photos are kept in encrypted
object storage, and a sample is labelled each month to retrain the detector,
whose versions live in a model registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Scaffolding inspection photo defect model",
    profile=tg.RiskProfile.HIGH,
    description="Defect detection on site photos feeding the weekly scaffold inspection report.",
)

# ---------------------------------------------------------------- data assets
photos = tg.Data(
    "Scaffold site photos",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Photos of each lift and elevation; site operatives sometimes appear in shot.",
)
notes = tg.Data(
    "Inspection checklist and notes",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Site, scaffold tag number, inspector, checklist answers.",
)
defects = tg.Data(
    "Detected defect list",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
confirmed = tg.Data(
    "Inspector-confirmed defect list",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
report = tg.Data(
    "Weekly inspection report",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Statutory weekly scaffold inspection record for the client.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
labels = tg.Data(
    "Defect bounding-box labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
base_weights = tg.Data("Pretrained detector checkpoint", format="pickle")
weights = tg.Data(
    "Defect detector weights", format="pickle", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The principal contractor's site manager, who receives the report.
    site_manager = tm.add(tg.Actor("Client site manager", role="client"))
    # Public model hub the base detector checkpoint is downloaded from.
    hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

with tm.boundary("Construction sites", trust=tg.Trust.UNTRUSTED):
    # Our competent person who inspects the scaffold and signs the report.
    inspector = tm.add(tg.Actor("Scaffold inspector", role="inspector"))
    # Company tablets running the inspection app, used on site over mobile data.
    tablet = tm.add(
        tg.Device(
            "Inspection app tablet",
            fleet=True,
            description="Company-issued tablet with the inspection app and camera.",
        )
    )

with tm.boundary("Company cloud account", trust=tg.Trust.INTERNAL):
    # Receives uploads, calls the detector, stores confirmed results.
    api = tm.add(
        tg.Endpoint(
            "Inspection API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="company Microsoft Entra ID account with MFA"),
                c.HumanInTheLoop(
                    approver="the inspector confirms each defect list before it is saved"
                ),
            },
        )
    )
    # The detector that spots missing ties, boards and guardrails.
    detector = tm.add(
        tg.Model(
            "Scaffold defect detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            high_stakes=True,
            description="Object detector fine-tuned on our labelled photos; flags missing "
            "ties, boards, toe boards and guardrails.",
        )
    )
    # Every uploaded photo, kept with the inspection record.
    photo_store = tm.add(
        tg.DataStore(
            "Photo store",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Checklists, confirmed defects and issued reports per site.
    records = tm.add(tg.DataStore("Inspection records database", stores={notes, confirmed, report}))
    # Builds and sends each site's statutory report once a week.
    reporter = tm.add(tg.Service("Weekly report generator"))

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Monthly sample of photos with their defect labels.
        dataset = tm.add(
            tg.Dataset("Labelled defect photo set", stores={photos, labels}, purpose="training")
        )
        # Fine-tunes the base checkpoint on the labelled set.
        training = tm.add(tg.Pipeline("Detector training job", stage=tg.Stage.TRAINING))
        # Versions of the detector; the API loads the one tagged for production.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Labels photos, runs training and promotes new detector versions.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(inspector, tablet, photos, notes, label="taken on the tablet on site")
tm.flow(tablet, api, photos, notes, protocol="https")
tm.flow(api, photo_store, photos)
tm.flow(api, detector, photos)
tm.flow(detector, api, defects)
tm.flow(api, tablet, defects, protocol="https")
tm.flow(tablet, inspector, defects, label="shown on the tablet")
tm.flow(inspector, tablet, confirmed, label="confirms, rejects or adds defects")
tm.flow(tablet, api, confirmed, protocol="https")
tm.flow(api, records, notes, confirmed)

tm.flow(records, reporter, notes, confirmed, label="weekly batch per site")
tm.flow(reporter, records, report)
tm.flow(reporter, site_manager, report, protocol="smtps")

tm.flow(photo_store, dataset, photos, label="monthly sample")
tm.flow(ml_engineer, dataset, labels, protocol="https")
tm.flow(hub, training, base_weights, protocol="https")
tm.flow(dataset, training, photos, labels)
tm.flow(training, registry, weights)
tm.flow(registry, detector, weights, label="deploy production version")
