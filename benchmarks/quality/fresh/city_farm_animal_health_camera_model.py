"""City farm animal health cameras: the first design, before any security review.

A city farm charity has fitted IP cameras in its animal pens. A small edge box in
the farm office reads the camera streams and runs an animal behaviour model that
watches for lameness, coughing and animals lying down too long; when it fires, the
box posts an alert with a snapshot to the farm's care backend, which pushes it to
the duty keeper's phone. Keepers and volunteers use the farm care app on their own
phones to log feeding and medicines and to see each animal's treatment plan. The
visiting vet, from a local practice, signs in to a vet portal to see alerts and
logs and to change treatment plans. The edge box also relays a few public pens to
a streaming platform, whose player is embedded on the charity's website. The
backend is a small cloud app with e-mail and password sign-in, roles for keepers,
volunteers and the vet, and encrypted, backed-up storage.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "City farm animal health cameras",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Camera-based animal health alerts, care logs and a vet portal for a city farm charity.",
)

# ---------------------------------------------------------------- data assets
pen_video = tg.Data(
    "Pen camera video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Live video of the pens; keepers, volunteers and visitors are often in shot.",
)
livestream = tg.Data("Public pen livestream", kind="media", sensitivity=tg.Sensitivity.PUBLIC)
detections = tg.Data(
    "Animal behaviour detections", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
alert = tg.Data(
    "Animal health alert",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Pen, animal, what was seen (lameness, coughing, lying down too long) and a snapshot.",
)
alert_push = tg.Data("Alert notification", sensitivity=tg.Sensitivity.INTERNAL)
acknowledgement = tg.Data(
    "Alert acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
care_log = tg.Data(
    "Feeding and medicine log",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
treatment_plan = tg.Data(
    "Treatment plans",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Per-animal medicines, doses and schedules set by the vet.",
)
people = tg.Data(
    "Keeper and volunteer accounts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, phone numbers, e-mail addresses and roles.",
)
login = tg.Data("Sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
box_key = tg.Data("Edge box API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
web_page = tg.Data("Website pages", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)

# ---------------------------------------------------------------- elements
with tm.boundary("Farm site network", trust=tg.Trust.INTERNAL):
    # Fixed IP cameras, one or two per pen, on the farm Wi-Fi.
    cameras = tm.add(tg.Device("Pen cameras", description="Consumer IP cameras with RTSP streams."))
    # Small PC in the farm office: reads the streams, runs the model, relays public pens.
    edge_box = tm.add(
        tg.Service(
            "Edge video box",
            description="Mini PC with a GPU; pulls RTSP streams, runs the model, pushes alerts.",
        )
    )
    # Spots lameness, coughing and long lying-down in the video.
    behaviour_model = tm.add(
        tg.Model(
            "Animal behaviour model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            high_stakes=True,
            description="Open-weights pose and action model fine-tuned by a volunteer on our footage.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Paid keeper on duty; gets the alerts and goes to the pen.
    keeper = tm.add(tg.Actor("Duty keeper", role="keeper"))
    # Unpaid volunteers who feed animals and give routine medicines.
    volunteer = tm.add(tg.Actor("Volunteer", role="volunteer"))
    # The care app on keepers' and volunteers' own phones.
    care_app = tm.add(
        tg.Device("Farm care phone app", description="Web app installed to the home screen.")
    )
    # Members of the public watching the pens online.
    visitor = tm.add(tg.Actor("Website visitor", role="public"))

with tm.boundary("Veterinary practice", trust=tg.Trust.PARTNER):
    # The farm's visiting vet, from a local practice.
    vet = tm.add(tg.Actor("Visiting vet", role="vet", privileged=True))

with tm.boundary("Third-party platforms", trust=tg.Trust.PARTNER):
    # Sends alerts to the duty keeper's phone.
    push = tm.add(tg.ExternalService("Push notification service"))
    # Hosts the public livestream and its embeddable player.
    streaming = tm.add(tg.ExternalService("Video streaming platform"))
    # The charity's website on a hosted website builder.
    website = tm.add(tg.ExternalService("Charity website"))

with tm.boundary("Charity cloud account", trust=tg.Trust.INTERNAL):
    # Backend the edge box and the care app call.
    care_api = tm.add(
        tg.Endpoint(
            "Farm care API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password; edge box uses a static API key"),
                c.RBAC(
                    note="volunteers log feeding and medicines; only keepers acknowledge alerts"
                ),
            },
        )
    )
    # Web portal for the vet; changes treatment plans.
    vet_portal = tm.add(
        tg.Endpoint(
            "Vet portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.AuditLogging(note="every treatment plan change, with the vet and time"),
            },
        )
    )
    # Alerts, care logs, treatment plans and accounts.
    care_db = tm.add(
        tg.DataStore(
            "Care records database",
            stores={alert, acknowledgement, care_log, treatment_plan, people},
            controls={
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
                c.DataVersioning(note="nightly backups kept 14 days"),
            },
        )
    )

# ---------------------------------------------------------------- flows
# Cameras and the model, on site
tm.flow(cameras, edge_box, pen_video, protocol="rtsp")
tm.flow(edge_box, behaviour_model, pen_video, protocol="local")
tm.flow(behaviour_model, edge_box, detections, protocol="local")

# Alerts to the duty keeper
tm.flow(edge_box, care_api, alert, box_key, protocol="https")
tm.flow(care_api, care_db, alert, acknowledgement, care_log, people)
tm.flow(care_db, care_api, alert, care_log, treatment_plan, people)
tm.flow(care_api, push, alert_push, protocol="https")
tm.flow(push, care_app, alert_push, protocol="https")

# Keepers and volunteers in the care app
tm.flow(keeper, care_app, login, acknowledgement, care_log)
tm.flow(volunteer, care_app, login, care_log)
tm.flow(care_app, keeper, alert, treatment_plan, care_log)
tm.flow(care_app, volunteer, treatment_plan, care_log)
tm.flow(care_app, care_api, login, acknowledgement, care_log, protocol="https")
tm.flow(care_api, care_app, alert, treatment_plan, care_log, protocol="https")

# The vet
tm.flow(vet, vet_portal, login, treatment_plan, protocol="https")
tm.flow(vet_portal, vet, alert, care_log, treatment_plan, protocol="https")
tm.flow(vet_portal, care_db, treatment_plan)
tm.flow(care_db, vet_portal, alert, care_log, treatment_plan)

# Public livestream
tm.flow(edge_box, streaming, livestream, protocol="rtmp", label="selected public pens")
tm.flow(streaming, visitor, livestream, protocol="https")
tm.flow(visitor, website, protocol="https", label="page request")
tm.flow(website, visitor, web_page, protocol="https")
