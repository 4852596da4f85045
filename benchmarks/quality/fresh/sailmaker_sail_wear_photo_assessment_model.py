"""Sail wear photo assessment: the first design, before any security review.

A sail loft on the south coast lets yacht owners ask for a repair quote without
bringing the sail in. Owners sign in to a web portal with an e-mail address and a
password and upload photos of the sail (panels, leech, seams, patches) with its
type, size and age. An assessment service in the loft's cloud account runs a
vision model over the photos that grades UV damage and seam wear per panel, and
prices a draft repair quote from the loft's repair price list. Loft staff open
the draft in a staff console, check the photos, correct the grades if needed and
confirm the quote; only then is it e-mailed to the owner through a transactional
e-mail provider. Confirmed grades are exported weekly as labels, and the model is
fine-tuned from a public pretrained vision backbone and kept in a registry.
Controls in this design: owner sign-in, upload checks, managed encryption of the
photo bucket, staff confirmation of every quote, versioned models, HTTPS outside.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Sail wear photo assessment",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Yacht owners upload sail photos; a vision model grades wear and drafts a repair quote that loft staff confirm.",
)

# ---------------------------------------------------------------- data assets
owner_details = tg.Data(
    "Owner contact details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, phone, boat name and home marina.",
)
owner_logins = tg.Data(
    "Owner password hashes", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
sail_photos = tg.Data(
    "Sail photos",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Owner's phone photos of the sail; some show the boat, the marina or crew.",
)
sail_details = tg.Data(
    "Sail details",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Sail type, cloth, luff and foot lengths, age.",
)
wear_grades = tg.Data(
    "UV damage and seam wear grades",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per-panel grade 0-4 with the model's confidence.",
)
price_list = tg.Data("Repair price list", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
draft_quote = tg.Data("Draft repair quote", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
confirmed_quote = tg.Data(
    "Confirmed repair quote",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Quote addressed to the owner, with the staff member's name.",
)
confirmed_grades = tg.Data(
    "Staff-confirmed wear grades",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
base_weights = tg.Data(
    "Pretrained vision backbone", format="safetensors", sensitivity=tg.Sensitivity.PUBLIC
)
model_weights = tg.Data(
    "Sail wear model checkpoint",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="PyTorch .pt checkpoint written by the fine-tuning job.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The customer: any yacht owner can create an account and upload photos.
    owner = tm.add(tg.Actor("Yacht owner", role="customer"))
    # Where the pretrained backbone is downloaded from.
    hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends the confirmed quote to the owner; the loft does not run a mail server.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Loft cloud account", trust=tg.Trust.INTERNAL):
    # Public web app owners sign in to, upload to, and read their quotes from.
    portal = tm.add(
        tg.Endpoint(
            "Owner upload portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="JPEG/HEIC only, 20 MB per photo, 30 photos per request"),
            },
        )
    )
    # Object storage bucket for the uploaded photos.
    photo_store = tm.add(
        tg.DataStore(
            "Sail photo bucket",
            stores={sail_photos},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Owners, sails, grades and quotes: the loft's job records for this service.
    job_db = tm.add(
        tg.DataStore(
            "Quote and job database",
            stores={
                owner_details,
                owner_logins,
                sail_details,
                wear_grades,
                draft_quote,
                confirmed_quote,
                confirmed_grades,
            },
        )
    )
    # The loft's repair rates per metre of seam, patch and UV strip.
    rates = tm.add(tg.DataStore("Repair price list store", stores={price_list}))
    # Runs each new upload through the model and prices a draft quote.
    assessor = tm.add(
        tg.Service(
            "Assessment service",
            description="Grades each panel with the vision model and prices the repairs from the price list.",
            controls={
                c.HumanInTheLoop(
                    approver="a loft staff member",
                    note="drafts are held until staff confirm them in the console",
                )
            },
        )
    )
    # The vision model that grades UV damage and seam wear.
    vision = tm.add(
        tg.Model(
            "Sail wear vision model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Fine-tuned image classifier; one grade per visible panel and seam.",
        )
    )
    # Internal web app where staff check, correct and confirm quotes.
    console = tm.add(
        tg.Service(
            "Staff review console",
            controls={c.Authentication(method="Google Workspace sign-in")},
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Photos with staff-confirmed grades, exported weekly for fine-tuning.
        train_set = tm.add(
            tg.Dataset(
                "Labelled sail photo set",
                stores={sail_photos, confirmed_grades},
                purpose="fine-tuning",
            )
        )
        # GPU job that fine-tunes the backbone on the labelled set.
        trainer = tm.add(
            tg.Pipeline("Fine-tuning job", stage=tg.Stage.FINE_TUNING, third_party_packages=True)
        )
        # Keeps each model version; the serving model is pinned to one.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_weights}, controls={c.ModelVersioning()}
            )
        )

with tm.boundary("Loft workshop", trust=tg.Trust.INTERNAL):
    # Sailmakers who confirm grades and quotes.
    staff = tm.add(tg.Actor("Loft staff", role="sailmaker"))

# ---------------------------------------------------------------- flows
tm.flow(owner, portal, sail_photos, sail_details, owner_details, protocol="https", label="upload")
tm.flow(portal, owner, confirmed_quote, wear_grades, protocol="https", label="quote status")
tm.flow(portal, photo_store, sail_photos)
tm.flow(portal, job_db, owner_details, sail_details)
tm.flow(job_db, portal, owner_logins, confirmed_quote, wear_grades, label="sign-in and quote page")

tm.flow(photo_store, assessor, sail_photos)
tm.flow(job_db, assessor, sail_details)
tm.flow(assessor, vision, sail_photos)
tm.flow(vision, assessor, wear_grades)
tm.flow(rates, assessor, price_list)
tm.flow(assessor, job_db, wear_grades, draft_quote)

tm.flow(job_db, console, owner_details, sail_details, wear_grades, draft_quote)
tm.flow(photo_store, console, sail_photos)
tm.flow(console, staff, sail_photos, wear_grades, draft_quote, protocol="https")
tm.flow(
    staff, console, confirmed_grades, confirmed_quote, protocol="https", label="confirm or correct"
)
tm.flow(console, job_db, confirmed_grades, confirmed_quote)
tm.flow(console, mailer, confirmed_quote, owner_details, protocol="https")
tm.flow(mailer, owner, confirmed_quote, protocol="smtp", label="quote e-mail")

tm.flow(job_db, train_set, confirmed_grades, label="weekly export")
tm.flow(photo_store, train_set, sail_photos, label="weekly export")
tm.flow(train_set, trainer, sail_photos, confirmed_grades)
tm.flow(hub, trainer, base_weights, protocol="https")
tm.flow(trainer, registry, model_weights)
tm.flow(registry, vision, model_weights, label="deploy pinned version")
