"""Codling moth trap counter: first design, before any security review.

Our fruit growers' cooperative puts camera-equipped pheromone traps in members'
orchards. Each trap photographs its sticky liner every morning and uploads the
photo over LTE to an ingestion API in the cooperative's cloud account, signing in
with a per-trap API key. A scoring service runs a moth detector (an open-weights
object detector fine-tuned on our own labelled liner photos) and records the count
per trap. An advisory service combines the counts with degree-days from a weather
data provider to work out biofix and spray timing per orchard block; the
cooperative's agronomist approves each advisory before it goes to growers by SMS
and e-mail through a messaging provider. Growers sign in to a web portal with
e-mail and password to see their own traps' counts and advisories. Members are in
the EU, so their contact details and orchard locations fall under GDPR.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Codling moth trap counter",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Counts codling moths in camera traps across members' orchards and advises spray timing.",
)

# ---------------------------------------------------------------- data assets
trap_photos = tg.Data(
    "Trap liner photos",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Daily photo of the sticky liner, with trap id and timestamp.",
)
moth_counts = tg.Data(
    "Moth counts",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Moths detected per trap per day; members treat their pest pressure as commercial.",
)
count_records = tg.Data(
    "Trap count history",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
members = tg.Data(
    "Member and orchard details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Grower name, phone, e-mail, orchard block locations and which traps sit where.",
)
weather = tg.Data(
    "Temperature observations and forecast",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
)
advisories = tg.Data(
    "Spray advisories",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Per block: degree-days since biofix, recommended spray window and product class.",
)
advisory_messages = tg.Data(
    "Spray advisory messages",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The advisory text with the grower's phone number or e-mail address.",
)
advisory_approval = tg.Data("Advisory approval", kind="records")
portal_request = tg.Data("Portal requests", kind="records", sensitivity=tg.Sensitivity.PII)
portal_view = tg.Data("Counts and advisories view", kind="records", sensitivity=tg.Sensitivity.PII)
labels = tg.Data(
    "Moth bounding box labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
model_file = tg.Data("Moth detector weights", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Members' orchards", trust=tg.Trust.UNTRUSTED):
    # The trap fleet: solar-powered cameras with an LTE modem, out in the open in members' blocks.
    traps = tm.add(
        tg.Device(
            "Camera pheromone traps",
            fleet=True,
            description="About 600 delta traps with a camera over the sticky liner; vendor firmware.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Cooperative members who check their traps and receive the advisories.
    grower = tm.add(tg.Actor("Grower", role="cooperative member"))

with tm.boundary("Weather data provider", trust=tg.Trust.PARTNER):
    # Hourly temperatures and forecasts for degree-day accumulation.
    weather_api = tm.add(tg.ExternalService("Weather data API", provides="data-provider"))

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # Delivers the advisories to growers by SMS and e-mail.
    messaging = tm.add(tg.ExternalService("SMS and e-mail gateway"))

with tm.boundary("Cooperative office", trust=tg.Trust.INTERNAL):
    # Qualified field advisor: approves advisories and labels liner photos for retraining.
    agronomist = tm.add(tg.Actor("Cooperative agronomist", role="agronomist"))

with tm.boundary("Cooperative cloud account", trust=tg.Trust.INTERNAL):
    # Receives the traps' daily uploads.
    ingestion = tm.add(
        tg.Endpoint(
            "Trap image ingestion API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="per-trap API key provisioned at installation")},
        )
    )
    # Object storage for every liner photo, kept for retraining and for disputes over counts.
    image_store = tm.add(tg.DataStore("Trap photo bucket", stores={trap_photos}))
    # Runs the detector on each new photo and writes the count.
    scoring = tm.add(tg.Service("Moth counting service"))
    # The moth detector.
    detector = tm.add(
        tg.Model(
            "Codling moth detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="YOLO-family detector fine-tuned on labelled liner photos; returns boxes per moth.",
        )
    )
    # Members, orchard blocks, trap placements, count history and advisories.
    orchard_db = tm.add(
        tg.DataStore(
            "Orchard and trap database",
            stores={members, count_records, advisories},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Degree-day model and count thresholds that turn counts into spray timing.
    advisory_service = tm.add(
        tg.Service(
            "Spray advisory service",
            description="Sets biofix from the first sustained catch and accumulates degree-days per block.",
            controls={c.HumanInTheLoop(approver="cooperative agronomist")},
        )
    )
    # Where growers see their traps, counts and advisories.
    portal = tm.add(
        tg.Endpoint(
            "Grower portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Shows each grower only the traps and advisories of their own membership.",
            controls={c.Authentication(method="e-mail and password")},
        )
    )

    with tm.boundary("Training workspace", trust=tg.Trust.INTERNAL):
        # Sampled liner photos with the agronomist's box labels.
        training_set = tm.add(tg.Dataset("Labelled liner photo set", stores={trap_photos, labels}))
        # Fine-tunes the detector at the start of each season and mid-season if counts look off.
        training = tm.add(
            tg.Pipeline(
                "Detector fine-tuning", stage=tg.Stage.FINE_TUNING, third_party_packages=True
            )
        )
        # Keeps detector versions; the counting service loads the current one.
        registry = tm.add(tg.ModelRegistry("Detector registry", stores={model_file}))

# ---------------------------------------------------------------- flows
tm.flow(traps, ingestion, trap_photos, protocol="https", label="daily upload over LTE")
tm.flow(ingestion, image_store, trap_photos)
tm.flow(image_store, scoring, trap_photos)
tm.flow(scoring, detector, trap_photos)
tm.flow(detector, scoring, moth_counts)
tm.flow(scoring, orchard_db, count_records)

tm.flow(weather_api, advisory_service, weather, protocol="https", label="hourly pull")
tm.flow(orchard_db, advisory_service, count_records, members)
tm.flow(
    advisory_service, agronomist, advisories, protocol="https", label="advisories awaiting approval"
)
tm.flow(agronomist, advisory_service, advisory_approval, protocol="https")
tm.flow(advisory_service, orchard_db, advisories)
tm.flow(advisory_service, messaging, advisory_messages, protocol="https")
tm.flow(messaging, grower, advisory_messages, protocol="sms", label="SMS and e-mail")

tm.flow(grower, portal, portal_request, protocol="https")
tm.flow(portal, orchard_db, portal_request)
tm.flow(orchard_db, portal, count_records, advisories, members)
tm.flow(portal, grower, portal_view, protocol="https")

tm.flow(image_store, training_set, trap_photos, label="sampled photos")
tm.flow(
    agronomist, training_set, labels, protocol="https", label="draws boxes in the labelling tool"
)
tm.flow(training_set, training, trap_photos, labels)
tm.flow(training, registry, model_file)
tm.flow(registry, detector, model_file, label="deployed to the counting service")
