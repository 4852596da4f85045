"""Kiln glaze-defect grader: the first design, before any security review.

A one-potter studio mounts a camera over the kiln-unloading table; after each glaze
firing it photographs every shelf and uploads the photos to the studio's small web
app in its own cloud account. A fine-tuned image classifier grades glaze defects
per pot (crawling, pinholes, blistering, shivering). A rule-based advisor combines
the grades with the firing log the kiln controller reports to the kiln maker's
cloud and suggests schedule changes (slower cooling, longer holds). The potter
reviews them on a phone, corrects wrong grades and approves or rejects each change;
an approved schedule goes to the controller through the kiln maker's cloud API.
Corrections feed a labelled photo set that a monthly job fine-tunes on, starting
from a public backbone. Controls: sign-in to the app, a per-camera API key, the
potter's approval of every change, the controller's own max-temperature limit,
pinned model checkpoints and the bucket's default encryption.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Kiln glaze-defect grader",
    profile=tg.RiskProfile.LOW,
    description=(
        "Grades glaze defects from kiln-unloading photos and suggests firing-schedule "
        "changes that the studio potter approves before they reach the kiln controller."
    ),
)

# ---------------------------------------------------------------- data assets
photos = tg.Data(
    "Kiln shelf photos",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="One photo per kiln shelf at unloading, with the firing number.",
)
grades = tg.Data(
    "Glaze defect grades",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per-pot defect class (crawling, pinholes, blistering, shivering, none).",
)
firing_log = tg.Data(
    "Kiln firing log",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Temperature curve, segments and hold times the controller recorded.",
)
glaze_notes = tg.Data(
    "Glaze recipes and firing notes",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The studio's own glaze recipes, kept beside each firing.",
)
suggestion = tg.Data(
    "Suggested schedule change",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
)
approval = tg.Data("Schedule change approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
schedule = tg.Data(
    "Approved firing schedule",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Ramp rates, peak temperature and holds for the next glaze firing.",
)
corrections = tg.Data(
    "Potter's grade corrections", kind="labels", sensitivity=tg.Sensitivity.INTERNAL
)
labelled_set = tg.Data(
    "Labelled glaze photos",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
)
backbone = tg.Data(
    "Pretrained image backbone", format="safetensors", sensitivity=tg.Sensitivity.PUBLIC
)
checkpoint = tg.Data(
    "Defect classifier checkpoint", format="pickle", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Public model hub the fine-tuning job downloads its starting backbone from.
    hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

with tm.boundary("Kiln maker cloud", trust=tg.Trust.PARTNER):
    # The kiln controller's vendor service: it collects firing logs over the
    # studio Wi-Fi and lets apps upload programs to the controller.
    kiln_cloud = tm.add(
        tg.ExternalService(
            "Kiln maker cloud API",
            description="Vendor service relaying firing logs and schedule uploads for the controller.",
            controls={c.Authentication(method="vendor API key issued to the studio account")},
        )
    )

with tm.boundary("Pottery studio", trust=tg.Trust.INTERNAL):
    # The owner and only potter: unloads kilns, checks grades, approves changes.
    potter = tm.add(tg.Actor("Studio potter", role="studio owner", privileged=True))
    # Fixed camera over the unloading table; a single unit, not a fleet.
    camera = tm.add(
        tg.Device(
            "Kiln-unloading camera",
            fleet=False,
            description="Single-board computer with a camera; uploads shelf photos after each unload.",
        )
    )
    # The electric kiln's programmable controller, on the studio Wi-Fi.
    kiln = tm.add(
        tg.Device(
            "Kiln controller",
            fleet=False,
            description="Programmable kiln controller that runs the firing schedule.",
            controls={
                c.SafetyLimits(
                    limits="controller firmware refuses segments above its configured maximum "
                    "temperature and aborts on thermocouple failure"
                )
            },
        )
    )

with tm.boundary("Studio cloud account", trust=tg.Trust.INTERNAL):
    # Small web app: receives camera uploads and serves the potter's dashboard.
    app = tm.add(
        tg.Endpoint(
            "Studio web app",
            purpose="api",
            internet_facing=True,
            controls={
                c.Authentication(
                    method="e-mail and password for the potter; per-camera API key for uploads"
                )
            },
        )
    )
    # Object storage bucket for every shelf photo.
    photo_store = tm.add(
        tg.DataStore(
            "Photo bucket",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Fine-tuned image classifier that grades glaze defects per pot.
    classifier = tm.add(
        tg.Model(
            "Glaze defect classifier",
            task="classifier",
            origin="in-house",
            description="Image classifier fine-tuned on the studio's own labelled photos.",
        )
    )
    # Turns defect grades and the firing log into suggested schedule changes.
    advisor = tm.add(
        tg.Service(
            "Firing schedule advisor",
            description="Rule-based advisor mapping defect patterns to schedule changes.",
            controls={c.HumanInTheLoop(approver="the studio potter")},
        )
    )
    # Database of firings: logs, grades, suggestions, approved schedules, recipes.
    firing_db = tm.add(
        tg.DataStore(
            "Firing records database",
            stores={firing_log, grades, suggestion, schedule, glaze_notes},
        )
    )
    # Photos with the potter's corrected grades, for fine-tuning.
    dataset = tm.add(
        tg.Dataset("Labelled glaze photo set", stores={labelled_set}, purpose="training")
    )
    # Monthly job that fine-tunes the backbone on the labelled set.
    finetune = tm.add(
        tg.Pipeline(
            "Monthly fine-tuning job",
            stage="fine-tuning",
            third_party_packages=True,
        )
    )
    # Bucket prefix holding dated classifier checkpoints.
    registry = tm.add(
        tg.ModelRegistry(
            "Checkpoint bucket",
            stores={checkpoint},
            controls={c.ModelVersioning(note="dated checkpoints; the app loads a pinned one")},
        )
    )

# ---------------------------------------------------------------- flows
# grading a firing
tm.flow(camera, app, photos, protocol="https", label="upload after unloading")
tm.flow(app, photo_store, photos)
tm.flow(app, classifier, photos)
tm.flow(classifier, app, grades)
tm.flow(app, firing_db, grades)

# firing log from the kiln
tm.flow(kiln, kiln_cloud, firing_log, protocol="https")
tm.flow(kiln_cloud, advisor, firing_log, protocol="https", label="fetched after each firing")

# suggestions and approval
tm.flow(firing_db, advisor, grades, glaze_notes)
tm.flow(advisor, firing_db, firing_log, suggestion)
tm.flow(advisor, app, suggestion)
tm.flow(firing_db, app, grades, suggestion, glaze_notes)
tm.flow(photo_store, app, photos)
tm.flow(app, potter, photos, grades, suggestion, protocol="https")
tm.flow(potter, app, approval, corrections, protocol="https")
tm.flow(app, advisor, approval)
tm.flow(advisor, firing_db, schedule, label="approved schedule")
tm.flow(advisor, kiln_cloud, schedule, protocol="https")
tm.flow(kiln_cloud, kiln, schedule, protocol="https")

# retraining
tm.flow(app, dataset, corrections)
tm.flow(photo_store, dataset, photos)
tm.flow(dataset, finetune, labelled_set)
tm.flow(hub, finetune, backbone, protocol="https")
tm.flow(finetune, registry, checkpoint)
tm.flow(registry, classifier, checkpoint, label="load pinned checkpoint")
