"""Headstone stability survey: the first design, before any security review.

The council's bereavement service surveys every memorial in its cemeteries on a
five-year cycle. Surveyors walk the plots with council-issued tablets, photograph
each headstone and record the push-test force from a handheld topple tester; the
tablet app uploads each survey over the mobile network to a survey API in the
council's cloud tenancy, which also hands the tablets their round list of plots.
A nightly job runs an in-house image classifier over the new surveys and rates each
memorial safe, monitor or make-safe. Bereavement officers review the ratings in a
casework system (council single sign-on with MFA, role-based access) and approve
each make-safe order, which goes to the grounds maintenance contractor, and each
letter to the grave owner, which the council's print-and-post supplier sends. Owner
names and addresses come from the burial register. Officers' confirmed ratings are
exported each quarter to retrain the model, fine-tuned from public ImageNet weights.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Headstone stability survey",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Rates headstone stability from survey photos and push tests, and "
    "schedules make-safe work and letters to grave owners.",
)

# ---------------------------------------------------------------- data assets
photos = tg.Data(
    "Headstone photos",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Front, side and base photos of each memorial, inscription visible.",
)
readings = tg.Data(
    "Push-test readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Force in newtons at which the memorial moved, with the surveyor's notes.",
)
plot_list = tg.Data(
    "Grave plot round list",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Grave references, sections and plot positions due for survey.",
)
rating = tg.Data(
    "Stability rating",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Safe, monitor or make-safe, with the model's confidence.",
)
owners = tg.Data(
    "Grave owner details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Holders of the exclusive right of burial: names and postal addresses.",
)
approval = tg.Data("Make-safe approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
work_order = tg.Data(
    "Make-safe work order",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Grave reference, plot position, rating and the action required.",
)
completion = tg.Data(
    "Work completion status",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Date done and the contractor's after photo.",
)
letter = tg.Data(
    "Grave owner letter",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Tells the owner the memorial was made safe or needs repair by a mason.",
)
labels = tg.Data(
    "Confirmed stability ratings",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
backbone = tg.Data(
    "Pretrained backbone weights",
    format="pickle",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="torchvision ResNet-50 ImageNet checkpoint (.pth).",
)
weights = tg.Data(
    "Stability model checkpoint",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Fine-tuned PyTorch checkpoint (.pt).",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Cemetery sites", trust=tg.Trust.UNTRUSTED):
    # Council surveyors working in the open cemeteries.
    surveyor = tm.add(tg.Actor("Memorial surveyor", role="surveyor"))
    # Council-issued tablet running the survey app, on the public mobile network.
    tablet = tm.add(
        tg.Device(
            "Survey tablet",
            fleet=True,
            description="Council-issued Android tablet with the survey app and camera.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Holders of grave rights: they only receive letters by post.
    owner = tm.add(tg.Actor("Grave owner", role="member of the public"))
    # Where the training pipeline downloads the ImageNet starting weights.
    weights_site = tm.add(
        tg.ExternalService(
            "PyTorch weights download site",
            provides=tg.ExternalCategory.MODEL_HUB,
        )
    )

with tm.boundary("Council suppliers", trust=tg.Trust.PARTNER):
    # The contractor who lays down, stakes or cordons unsafe memorials.
    contractor = tm.add(
        tg.ExternalService(
            "Grounds maintenance contractor portal",
            description="The contractor's job system: takes work orders, reports completion.",
        )
    )
    # Print-and-post supplier the council uses for all outgoing letters.
    mail = tm.add(tg.ExternalService("Hybrid mail provider"))

with tm.boundary("Council corporate network", trust=tg.Trust.INTERNAL):
    # Officers who decide what is made safe and who is written to.
    officer = tm.add(tg.Actor("Bereavement services officer", role="bereavement officer"))
    # Existing system of record for graves and their owners.
    burial_register = tm.add(tg.DataStore("Burial register system", stores={owners, plot_list}))

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives uploads from the tablets and hands out round lists.
    survey_api = tm.add(
        tg.Endpoint(
            "Survey upload API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="council Entra ID single sign-on with MFA")},
        )
    )
    # Blob storage for photos and a database for readings and round lists.
    survey_store = tm.add(
        tg.DataStore(
            "Survey records store",
            stores={photos, readings, plot_list},
            controls={c.EncryptionAtRest(key_management="cloud provider-managed keys")},
        )
    )
    # Scores each night's new surveys.
    rating_job = tm.add(tg.Service("Nightly stability rating job"))
    # The classifier itself: photos plus push-test force in, rating out.
    model = tm.add(
        tg.Model(
            "Headstone stability model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="ResNet-50 fine-tuned on past surveys, with push-test force as an extra input.",
        )
    )
    # Where officers review ratings and approve make-safe work and letters.
    casework = tm.add(
        tg.Service(
            "Memorial safety casework system",
            description="Web app listing rated memorials with photos; raises orders and letters.",
            controls={
                c.Authentication(method="council Entra ID single sign-on with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(
                    approver="bereavement services officer",
                    note="every make-safe order and owner letter is approved by an officer",
                ),
            },
        )
    )

    with tm.boundary("Data science workspace", trust=tg.Trust.INTERNAL):
        # Past survey photos and readings with the officers' confirmed ratings.
        training_set = tm.add(
            tg.Dataset("Labelled survey training set", stores={photos, readings, labels})
        )
        # Quarterly fine-tuning run by the council's data team.
        training = tm.add(tg.Pipeline("Quarterly retraining", stage=tg.Stage.TRAINING))
        # Holds each trained checkpoint; the nightly job serves the current version.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={weights},
                controls={c.ModelVersioning()},
            )
        )

# ---------------------------------------------------------------- flows
# Surveying
tm.flow(surveyor, tablet, readings, label="typed in from the topple tester")
tm.flow(tablet, survey_api, photos, readings, protocol="https")
tm.flow(survey_api, tablet, plot_list, protocol="https", label="round list")
tm.flow(survey_api, survey_store, photos, readings)
tm.flow(survey_store, survey_api, plot_list)
tm.flow(burial_register, survey_store, plot_list, protocol="https", label="nightly plot export")

# Rating
tm.flow(survey_store, rating_job, photos, readings, label="nightly batch of new surveys")
tm.flow(rating_job, model, photos, readings)
tm.flow(model, rating_job, rating)
tm.flow(rating_job, casework, rating)

# Review, make-safe work and letters
tm.flow(survey_store, casework, photos, readings, label="photo viewer")
tm.flow(
    burial_register, casework, owners, protocol="https", label="owner lookup by grave reference"
)
tm.flow(casework, officer, rating, photos, owners, protocol="https")
tm.flow(officer, casework, approval, protocol="https")
tm.flow(casework, contractor, work_order, protocol="https")
tm.flow(contractor, casework, completion, protocol="https", label="daily completion status pull")
tm.flow(casework, mail, letter, protocol="sftp")
tm.flow(mail, owner, letter, label="printed letter by post")

# Retraining
tm.flow(survey_store, training_set, photos, readings, protocol="https", label="quarterly export")
tm.flow(casework, training_set, labels, protocol="https", label="quarterly export")
tm.flow(training_set, training, photos, readings, labels)
tm.flow(weights_site, training, backbone, protocol="https")
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, protocol="https", label="current version loaded nightly")
