"""Sourdough starter readiness: the first design, before any security review.

An artisan bakery keeps a dozen sourdough starter jars on a shelf in the bakehouse.
Small time-lapse cameras photograph each jar every five minutes and wireless probes
report the starter and room temperatures. An edge gateway in the bakehouse collects
both and uploads them to the bakery's cloud account, where a readiness service runs
an in-house vision model, fine-tuned from a public pretrained backbone, that judges
each starter's rise and peak. Against the day's bake schedule from the bakery's order
management SaaS, it sends the bakers push notifications telling them when to mix
each dough. The head baker views jar timelines on a web dashboard and marks whether a
starter really was ready; those labels feed an occasional retraining job run by a
freelance developer. Controls: the dashboard's sign-in, storage encryption in the
cloud, and HTTPS from the gateway and to the vendors.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Sourdough starter readiness",
    profile=tg.RiskProfile.LOW,
    description=(
        "Judges sourdough starter readiness from jar cameras and temperature probes "
        "and tells the bakers when to mix doughs."
    ),
)

# ---------------------------------------------------------------- data assets
jar_frames = tg.Data(
    "Starter jar time-lapse frames",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="One still per jar every five minutes, with a rise-height marker strip.",
)
temperatures = tg.Data(
    "Starter temperature readings", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
starter_features = tg.Data(
    "Jar frames and temperature series", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
readiness = tg.Data(
    "Starter readiness estimate",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Rise ratio, predicted peak time and a ready / not yet verdict per jar.",
)
schedule = tg.Data(
    "Daily bake schedule",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Which doughs are due when, from the day's wholesale and shop orders.",
)
mix_alert = tg.Data("Mix dough notification", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
baker_contacts = tg.Data(
    "Baker push tokens and names", kind="records", sensitivity=tg.Sensitivity.PII
)
labels = tg.Data(
    "Starter readiness labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The head baker's mark of whether a jar was really at peak.",
)
training_set = tg.Data(
    "Labelled jar frames", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
backbone = tg.Data(
    "Pretrained vision backbone weights", sensitivity=tg.Sensitivity.PUBLIC, format="pickle"
)
run_config = tg.Data(
    "Retraining run configuration",
    kind="code",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Notebook, hyperparameters and the date range of labels to train on.",
)
model_artifact = tg.Data(
    "Readiness model checkpoint", sensitivity=tg.Sensitivity.INTERNAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Bakehouse network", trust=tg.Trust.INTERNAL):
    # Cheap Wi-Fi cameras, one per starter jar, taking time-lapse stills.
    cameras = tm.add(tg.Device("Jar time-lapse cameras", fleet=True))
    # Wireless probes in the jars and on the shelf.
    probes = tm.add(tg.Device("Starter temperature probes", fleet=True))
    # Small computer on the shelf that collects frames and readings and uploads them.
    gateway = tm.add(
        tg.Service(
            "Bakehouse edge gateway",
            description="A Raspberry Pi that batches frames and readings every five minutes.",
        )
    )
    # Bakers who mix the doughs when told the starter is ready.
    baker = tm.add(tg.Actor("Baker", role="baker"))
    # Labels readiness and keeps an eye on the jars.
    head_baker = tm.add(tg.Actor("Head baker", role="head baker"))

with tm.boundary("Bakery cloud account", trust=tg.Trust.INTERNAL):
    # Bucket holding every uploaded frame and temperature reading.
    frame_store = tm.add(
        tg.DataStore(
            "Jar frame bucket",
            stores={jar_frames, temperatures},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Scheduled service that scores each jar and decides when to notify.
    readiness_service = tm.add(
        tg.Service(
            "Readiness service",
            description="Scores every jar after each upload and compares the predicted "
            "peak with the bake schedule to time the mix notifications.",
        )
    )
    # The vision model that judges rise and peak from frames and temperatures.
    readiness_model = tm.add(
        tg.Model(
            "Starter readiness model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Small CNN fine-tuned from a public pretrained backbone.",
        )
    )
    # Web dashboard the head baker uses from the bakehouse tablet or a phone.
    dashboard = tm.add(
        tg.Endpoint(
            "Starter dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="shared bakery account password")},
        )
    )
    # Labels and frames kept for retraining.
    dataset = tm.add(
        tg.Dataset(
            "Readiness training set",
            stores={labels, training_set},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Training notebook job a freelancer runs a few times a year.
    training = tm.add(tg.Pipeline("Readiness retraining job", stage=tg.Stage.FINE_TUNING))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Freelance developer who built the system and retrains the model.
    developer = tm.add(tg.Actor("Freelance ML developer", role="contractor", privileged=True))

with tm.boundary("SaaS vendors", trust=tg.Trust.PARTNER):
    # Order management SaaS the bakery already uses for wholesale and shop orders.
    orders_saas = tm.add(
        tg.ExternalService("Bakery order management SaaS", provides="data-provider")
    )
    # Push notification provider that reaches the bakers' phones.
    push = tm.add(tg.ExternalService("Push notification provider"))
    # Public model hub the pretrained backbone is downloaded from.
    hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

# ---------------------------------------------------------------- flows
tm.flow(cameras, gateway, jar_frames, protocol="rtsp")
tm.flow(probes, gateway, temperatures, protocol="mqtt")
tm.flow(gateway, frame_store, jar_frames, temperatures, protocol="https")

tm.flow(frame_store, readiness_service, jar_frames, temperatures)
tm.flow(orders_saas, readiness_service, schedule, protocol="https")
tm.flow(readiness_service, readiness_model, starter_features)
tm.flow(readiness_model, readiness_service, readiness)
tm.flow(readiness_service, push, mix_alert, baker_contacts, protocol="https")
tm.flow(push, baker, mix_alert, protocol="https")

tm.flow(readiness_service, dashboard, readiness, mix_alert)
tm.flow(frame_store, dashboard, jar_frames, temperatures)
tm.flow(dashboard, head_baker, jar_frames, readiness, protocol="https")
tm.flow(head_baker, dashboard, labels, protocol="https")
tm.flow(dashboard, dataset, labels)
tm.flow(frame_store, dataset, training_set, label="copy labelled frames")

tm.flow(developer, training, run_config, protocol="ssh", label="starts a retraining run")
tm.flow(hub, training, backbone, protocol="https")
tm.flow(dataset, training, labels, training_set)
tm.flow(training, readiness_model, model_artifact, label="deploy new checkpoint")
