"""Dog daycare play-group behaviour camera model: the first design, before any security review.

A UK dog daycare chain already has ceiling cameras in every play room. A small edge
box at each site decodes the streams and runs a behaviour model that flags rough
play, pinning and fights in a play group; a flag raises an alert on the floor
staff's tablet, and the box sends the event and a short clip to the chain's cloud
account. Each evening a daily report job pulls the day's events and the play-group
roster from the booking system, asks a hosted language model to write a friendly
behaviour report for each dog, and sends it to the owner by e-mail. Site managers
review flagged clips and add incident notes in a staff portal signed in with the
company's Google accounts; reviewed clips are labelled and used to retrain the
model each month. Owner details and footage with staff in it are personal data,
so UK GDPR applies.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Dog daycare play-group behaviour cameras",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Flags rough play and fights to floor staff and sends owners a daily report.",
)

# ---------------------------------------------------------------- data assets
play_video = tg.Data(
    "Play room video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Ceiling camera streams; floor staff and owners at drop-off are in shot.",
)
behaviour_flags = tg.Data(
    "Rough play and fight flags",
    kind="model-output",
    description="Per-group behaviour class and confidence for each few seconds of video.",
)
floor_alerts = tg.Data("Fight alerts", kind="records")
alert_acks = tg.Data("Alert acknowledgements", kind="records")
behaviour_events = tg.Data(
    "Behaviour events",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Flag, play group, dogs in the room, time and site.",
)
incident_clips = tg.Data("Incident clips", kind="media", sensitivity=tg.Sensitivity.PII)
incident_notes = tg.Data(
    "Incident notes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Manager's account of an incident, dogs involved and any injury.",
)
roster = tg.Data(
    "Play-group roster and owner contacts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Which dogs were in which group today, owner names and e-mail addresses.",
)
report_prompt = tg.Data(
    "Report prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Dog's name, owner's first name, the day's groups and behaviour events.",
)
report_draft = tg.Data("Report text", kind="model-output", sensitivity=tg.Sensitivity.PII)
daily_report = tg.Data(
    "Daily behaviour report",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
)
clip_labels = tg.Data("Clip labels", kind="labels")
training_set = tg.Data("Labelled play clips", kind="training-data", sensitivity=tg.Sensitivity.PII)
model_weights = tg.Data(
    "Behaviour model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The dog's owner, who gets the daily report in their inbox.
    owner = tm.add(tg.Actor("Dog owner", role="customer"))

with tm.boundary("Daycare site network", trust=tg.Trust.INTERNAL):
    # Existing ceiling cameras in each play room.
    cameras = tm.add(tg.Device("Play room cameras"))

    # Small GPU box per site: decodes the streams, runs the model, raises alerts.
    edge_box = tm.add(
        tg.Service(
            "Site edge box",
            description="Runs the behaviour model on every play room stream and pushes alerts "
            "to the floor tablets.",
        )
    )

    # Video action-recognition model that classifies play as normal, rough or fight.
    behaviour_model = tm.add(
        tg.Model(
            "Play behaviour classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            description="Open-weights video classifier fine-tuned on our own play room clips.",
        )
    )

    # Shared tablet on the play room wall that shows alerts to the floor staff.
    tablet = tm.add(tg.Device("Floor staff tablet"))

    # Staff supervising the play groups; they break up fights.
    floor_staff = tm.add(tg.Actor("Floor staff", role="staff"))

with tm.boundary("Cloud account", trust=tg.Trust.INTERNAL):
    # Behaviour events from every site.
    event_store = tm.add(
        tg.DataStore(
            "Behaviour event store",
            stores={behaviour_events, incident_notes},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider KMS")},
        )
    )

    # Short clips around each flag, for review and retraining.
    clip_store = tm.add(
        tg.DataStore(
            "Incident clip bucket",
            stores={incident_clips},
            controls={tg.controls.RetentionLimits(days=60)},
        )
    )

    # Evening job that writes and sends one report per dog.
    report_job = tm.add(
        tg.Service(
            "Daily report job",
            description="Runs at 19:00 per site: joins events to the roster, has the LLM write "
            "each report and hands it to the e-mail service.",
            controls={
                tg.controls.SecretsManagement(
                    note="LLM and e-mail API keys in the cloud secret manager"
                )
            },
        )
    )

    # Staff web portal for reviewing flagged clips and writing incident notes.
    portal = tm.add(
        tg.Endpoint(
            "Staff review portal",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="Google Workspace SSO")},
        )
    )

    # Site manager, who reviews flags and writes up incidents for their site.
    site_manager = tm.add(tg.Actor("Site manager", role="site manager"))

    # Reviewed, labelled clips for the monthly retrain.
    dataset = tm.add(tg.Dataset("Labelled play clip set", stores={training_set, clip_labels}))

    # Monthly fine-tune; the artifact is copied to every site's edge box.
    training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.FINE_TUNING))

with tm.boundary("SaaS providers", trust=tg.Trust.PARTNER):
    # The chain's booking and customer system (a daycare management SaaS).
    booking = tm.add(
        tg.ExternalService("Booking system", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

    # Hosted language model that writes the report text.
    llm = tm.add(
        tg.LLM(
            "Report-writing LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API.",
        )
    )

    # Transactional e-mail provider that delivers the reports.
    mailer = tm.add(tg.ExternalService("E-mail delivery service"))

# ---------------------------------------------------------------- flows
# on the floor
tm.flow(cameras, edge_box, play_video, protocol="rtsp")
tm.flow(edge_box, behaviour_model, play_video, label="decoded frames")
tm.flow(behaviour_model, edge_box, behaviour_flags)
tm.flow(edge_box, tablet, floor_alerts, protocol="mqtt")
tm.flow(tablet, floor_staff, floor_alerts, label="on the tablet screen")
tm.flow(floor_staff, tablet, alert_acks, label="touchscreen")
tm.flow(tablet, edge_box, alert_acks, protocol="mqtt")

# to the cloud
tm.flow(edge_box, event_store, behaviour_events, protocol="https")
tm.flow(edge_box, clip_store, incident_clips, protocol="https")

# review by the site manager
tm.flow(clip_store, portal, incident_clips)
tm.flow(event_store, portal, behaviour_events)
tm.flow(portal, site_manager, behaviour_events, incident_clips, protocol="https")
tm.flow(site_manager, portal, incident_notes, clip_labels, protocol="https")
tm.flow(portal, event_store, incident_notes)

# daily report
tm.flow(booking, report_job, roster, protocol="https", label="daily roster sync")
tm.flow(event_store, report_job, behaviour_events, incident_notes, label="daily batch")
tm.flow(report_job, llm, report_prompt, protocol="https")
tm.flow(llm, report_job, report_draft, protocol="https")
tm.flow(report_job, mailer, daily_report, protocol="https")
tm.flow(mailer, owner, daily_report, protocol="smtp")

# retraining
tm.flow(portal, dataset, clip_labels)
tm.flow(clip_store, dataset, incident_clips, label="monthly export")
tm.flow(dataset, training, training_set, clip_labels)
tm.flow(training, edge_box, model_weights, protocol="https", label="monthly model release")
