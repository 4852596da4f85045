"""Operating-room video analytics: the first design, before any security review.

A US hospital group records surgeries with ceiling and boom cameras in each operating
room. An edge box from the analytics vendor sits on the OR video VLAN, pulls the case
details (procedure, surgeon, patient MRN) from the OR scheduling system, recognises
the surgical phase and counts sponges and instruments live, and shows both on a
browser page on the OR wall monitor for the circulating nurse, whose manual count
stays the record. Recordings are kept on the box for 30 days; a de-identification job
on the box blurs faces, drops audio and masks whiteboards, then uploads the videos and
phase timelines to the vendor's cloud over mutually authenticated TLS. There, contract
annotators label the videos, the vendor retrains the models and ships new versions to
the boxes from its model registry, and surgeons see their own performance dashboards
through hospital single sign-on. The hospital is the HIPAA covered entity; the vendor
signs a business associate agreement.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Operating-room video analytics",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="Live surgical phase recognition and sponge counts at the edge; "
    "de-identified video to the vendor cloud for retraining and surgeon dashboards.",
)

# ---------------------------------------------------------------- data assets
raw_video = tg.Data(
    "OR video",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="media",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Full-frame video of the patient, the team and the room, with audio.",
)
case_details = tg.Data(
    "Case details",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Patient MRN, procedure, surgeon and room, from the OR schedule.",
)
phase_output = tg.Data("Surgical phase", sensitivity=tg.Sensitivity.REGULATED, kind="model-output")
count_output = tg.Data(
    "Sponge and instrument counts",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="model-output",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
nurse_ack = tg.Data("Count acknowledgements", sensitivity=tg.Sensitivity.INTERNAL, kind="feedback")
deid_video = tg.Data(
    "De-identified video",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="training-data",
    description="Faces blurred, audio dropped, whiteboards masked; case linked by a pseudonym.",
)
timelines = tg.Data(
    "Phase timelines",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Phase durations per case with the surgeon's id, procedure and hospital.",
)
labels = tg.Data(
    "Phase and instrument labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="labels",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
weights = tg.Data("Edge model package", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")
dashboard_view = tg.Data(
    "Surgeon performance dashboard", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
dashboard_query = tg.Data("Dashboard query", sensitivity=tg.Sensitivity.INTERNAL, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    # Source of which case is in which room and who is operating.
    scheduling = tm.add(
        tg.DataSource("OR scheduling system", origin=tg.Origin.INTERNAL, provides={case_details})
    )

    with tm.boundary("OR video VLAN", trust=tg.Trust.RESTRICTED):
        # One to three cameras per room, streaming continuously during cases.
        cameras = tm.add(tg.Device("OR cameras", fleet=True))
        # Vendor appliance, one per OR suite; runs both models and the wall-monitor page.
        edge = tm.add(tg.Service("Edge analytics box"))
        # Recognises the current surgical phase from the video.
        phase_model = tm.add(tg.Model("Phase recognition model", task=tg.Task.CLASSIFIER))
        # Detects and tracks sponges and instruments in and out of the field.
        count_model = tm.add(
            tg.Model(
                "Sponge and instrument counter",
                task=tg.Task.DETECTOR,
                high_stakes=True,
                controls={
                    c.HumanInTheLoop(
                        approver="circulating nurse",
                        note="advisory count; the manual count is signed off as the record",
                    )
                },
            )
        )
        # 30-day rolling buffer of recordings on the box's disk.
        recordings = tm.add(
            tg.DataStore(
                "Local recording buffer",
                stores={raw_video, case_details},
                controls={
                    c.EncryptionAtRest(key_management="keys in the box's TPM"),
                    c.RetentionLimits(days=30),
                },
            )
        )
        # Strips identifying content before anything leaves the hospital.
        deid = tm.add(
            tg.Pipeline(
                "De-identification job",
                stage=tg.Stage.PREPROCESSING,
                controls={c.DataMinimization(note="face blur, audio drop, whiteboard masking")},
            )
        )
        # Watches the live phase and counts during the case.
        nurse = tm.add(tg.Actor("Circulating nurse", role="OR nurse"))

with tm.boundary("Vendor cloud", trust=tg.Trust.PARTNER):
    # Receives uploads from every hospital's edge boxes.
    ingest = tm.add(tg.Endpoint("Upload API", purpose=tg.EndpointPurpose.API))
    # Pool of de-identified surgical videos, labels and timelines.
    video_set = tm.add(
        tg.Dataset(
            "Surgical video dataset",
            stores={deid_video, labels, timelines},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Annotation workbench where contractors label phases and instruments.
    labeling = tm.add(tg.Pipeline("Annotation workbench", stage=tg.Stage.LABELING))
    # Periodic retraining of both edge models.
    training = tm.add(tg.Pipeline("Model retraining", stage=tg.Stage.TRAINING))
    # Versions of the edge model package that the boxes download.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )
    # Per-surgeon phase durations compared with peers.
    dashboards = tm.add(
        tg.Service(
            "Surgeon dashboard service",
            controls={c.Authentication(method="hospital SSO (SAML)"), c.RBAC()},
        )
    )

with tm.boundary("Annotation contractor", trust=tg.Trust.PARTNER):
    # Offshore labelling team under contract to the vendor.
    annotator = tm.add(tg.Actor("Contract annotator", role="annotator"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Surgeons open their dashboards from home or from the hospital.
    surgeon = tm.add(tg.Actor("Surgeon", role="surgeon"))

# ---------------------------------------------------------------- flows
tm.flow(cameras, edge, raw_video, protocol="rtsp")
tm.flow(scheduling, edge, case_details, protocol="mllp", label="HL7 schedule feed")
tm.flow(edge, phase_model, raw_video, label="frames")
tm.flow(phase_model, edge, phase_output)
tm.flow(edge, count_model, raw_video, label="frames")
tm.flow(count_model, edge, count_output)
tm.flow(edge, nurse, phase_output, count_output, protocol="http", label="wall monitor")
tm.flow(nurse, edge, nurse_ack, protocol="http", label="acknowledges counts")
tm.flow(edge, recordings, raw_video, case_details)
tm.flow(recordings, deid, raw_video, case_details)

tm.flow(
    deid,
    ingest,
    deid_video,
    timelines,
    protocol="https",
    controls={c.MutualAuthentication(note="per-box device certificate")},
)
tm.flow(ingest, video_set, deid_video, timelines)
tm.flow(video_set, labeling, deid_video)
tm.flow(labeling, annotator, deid_video, protocol="https")
tm.flow(annotator, labeling, labels, protocol="https")
tm.flow(labeling, video_set, labels)
tm.flow(video_set, training, deid_video, labels)
tm.flow(training, registry, weights)
tm.flow(registry, edge, weights, protocol="https", label="box pulls updates")

tm.flow(video_set, dashboards, timelines)
tm.flow(surgeon, dashboards, dashboard_query, protocol="https")
tm.flow(dashboards, surgeon, dashboard_view, protocol="https")
