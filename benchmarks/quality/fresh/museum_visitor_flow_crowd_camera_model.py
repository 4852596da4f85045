"""Museum crowd counting: the first design, before any security review.

A large national museum in the EU counts visitors per gallery so that it can manage
crowding and adjust timed entry. About 150 top-down ceiling cameras on a dedicated camera
VLAN stream video over RTSP to edge analytics servers in the museum's server room, one
per wing. There a person-counting model (an open-weights detector fine-tuned on our own
footage, exported to ONNX) counts people in each frame; video is processed in memory and
only per-minute counts per gallery leave the server, apart from one frame in 500 kept for
retraining. A crowd management service stores the counts, shows occupancy and crowding
warnings on a dashboard for the visitor-services duty manager, updates gallery signage,
and, when the building runs hot, lowers the capacity of upcoming timed-entry slots in the
SaaS ticketing platform through its API. A systems integrator supports the edge servers
over a site-to-site VPN, labels the sampled frames and retrains the model. Controls in
this design: staff SSO with MFA on the dashboard, capped slot changes, a DPIA, short
retention of sampled frames and accuracy checks before a new model is deployed.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Museum crowd counting",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Ceiling cameras and a counting model manage gallery crowding and timed entry.",
)

# ---------------------------------------------------------------- data assets
video = tg.Data(
    "Gallery video stream",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Top-down view of visitors; faces are visible at steep angles near doorways.",
)
frames = tg.Data("Decoded video frames", kind="features", sensitivity=tg.Sensitivity.PII)
detections = tg.Data("Person detections", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
counts = tg.Data(
    "Gallery visitor counts",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
occupancy = tg.Data("Occupancy and crowding warnings", kind="records")
thresholds = tg.Data(
    "Crowding thresholds and overrides",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
slot_update = tg.Data(
    "Timed-entry slot capacity update",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
bookings = tg.Data("Booked visitors per slot", kind="records")
signage_message = tg.Data("Signage message", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
sample_frames = tg.Data(
    "Sampled training frames",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
annotations = tg.Data("Head-box annotations", kind="labels")
pretrained = tg.Data(
    "Pretrained detector weights",
    sensitivity=tg.Sensitivity.PUBLIC,
    format="pickle",
    description="PyTorch checkpoint downloaded from a public model hub.",
)
counting_weights = tg.Data(
    "Fine-tuned counting model", sensitivity=tg.Sensitivity.INTERNAL, format="onnx"
)
support_session = tg.Data("Remote support session")

# ---------------------------------------------------------------- elements
with tm.boundary("Public galleries", trust=tg.Trust.UNTRUSTED):
    # Members of the public walking through the galleries; they are filmed, not users.
    visitor = tm.add(tg.Actor("Museum visitor", role="visitor"))

with tm.boundary("Camera VLAN", trust=tg.Trust.INTERNAL):
    # Dedicated top-down counting cameras, mounted in gallery ceilings.
    cameras = tm.add(
        tg.Device(
            "Ceiling counting cameras",
            description="About 150 IP cameras, one to four per gallery, PoE on their own VLAN.",
        )
    )

with tm.boundary("Museum server room", trust=tg.Trust.INTERNAL):
    # Decodes the streams and runs the counting model; the only place video exists.
    edge = tm.add(
        tg.Service(
            "Edge video analytics server",
            description="One GPU server per wing; counts people per gallery each minute.",
            controls={
                c.DataMinimization(note="video is processed in memory and never recorded"),
                c.ImpactAssessment(
                    basis="legitimate interest: visitor safety and crowd management"
                ),
                c.Authentication(method="local admin account per integrator engineer"),
            },
        )
    )
    # Counts people in each frame; its counts drive timed-entry changes.
    counting_model = tm.add(
        tg.Model(
            "Person counting model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            high_stakes=True,
            description="Open-weights detector fine-tuned on our galleries, run with ONNX Runtime.",
        )
    )
    # Aggregates counts, applies thresholds, drives the dashboard, signage and ticketing.
    crowd_service = tm.add(
        tg.Service(
            "Crowd management service",
            controls={
                c.PolicyEnforcement(
                    rules="slot capacity only changes between 50% and 100% of the planned "
                    "capacity, by at most 20% per hour"
                )
            },
        )
    )
    # Time series of counts per gallery, for the dashboard and for planning.
    occupancy_db = tm.add(tg.DataStore("Occupancy database", stores={counts}))
    # Frames sampled from the streams for labelling and retraining.
    frame_store = tm.add(
        tg.Dataset(
            "Training frame store",
            stores={sample_frames, annotations},
            purpose=tg.DatasetPurpose.TRAINING,
            controls={c.RetentionLimits(days=90), c.RBAC()},
        )
    )
    # Fine-tunes the detector and pushes the ONNX export to the edge servers.
    training = tm.add(
        tg.Pipeline(
            "Counting model fine-tuning",
            stage=tg.Stage.FINE_TUNING,
            third_party_packages=True,
            controls={
                c.ModelValidation(note="count error checked against hand counts in six galleries")
            },
        )
    )
    # Controller for the screens at gallery entrances.
    signage = tm.add(tg.Service("Digital signage controller"))

with tm.boundary("Museum office network", trust=tg.Trust.INTERNAL):
    # Web dashboard of live occupancy per gallery.
    dashboard = tm.add(
        tg.Endpoint(
            "Occupancy dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="staff SSO (Entra ID) with MFA"),
                c.RBAC(),
            },
        )
    )
    # Watches crowding, sets thresholds and can override slot changes.
    duty_manager = tm.add(tg.Actor("Visitor services duty manager", role="duty manager"))

with tm.boundary("Ticketing vendor", trust=tg.Trust.PARTNER):
    # SaaS platform that sells timed-entry tickets; we change slot capacity via its API.
    ticketing = tm.add(tg.ExternalService("Online ticketing platform"))

with tm.boundary("Systems integrator", trust=tg.Trust.PARTNER):
    # Integrator's engineer: supports the edge servers, labels frames, retrains the model.
    integrator = tm.add(tg.Actor("Integrator engineer", role="service engineer", privileged=True))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Public hub the base detector weights come from.
    model_hub = tm.add(
        tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB)
    )

# ---------------------------------------------------------------- flows
# Counting.
tm.flow(visitor, cameras, video, label="filmed from the gallery ceiling")
tm.flow(cameras, edge, video, protocol="rtsp")
tm.flow(edge, counting_model, frames)
tm.flow(counting_model, edge, detections)
tm.flow(edge, crowd_service, counts, protocol="https")
tm.flow(crowd_service, occupancy_db, counts)
tm.flow(occupancy_db, crowd_service, counts, label="recent history per gallery")

# Staff oversight.
tm.flow(crowd_service, dashboard, occupancy, protocol="https")
tm.flow(dashboard, duty_manager, occupancy, protocol="https")
tm.flow(duty_manager, dashboard, thresholds, protocol="https")
tm.flow(dashboard, crowd_service, thresholds, protocol="https")

# Acting on crowding.
tm.flow(crowd_service, signage, signage_message)
tm.flow(
    crowd_service,
    ticketing,
    slot_update,
    protocol="https",
    controls={c.Authentication(method="vendor-issued API key")},
)
tm.flow(ticketing, crowd_service, bookings, protocol="https")

# Retraining.
tm.flow(edge, frame_store, sample_frames, label="one frame in 500")
tm.flow(frame_store, integrator, sample_frames, protocol="ipsec", label="labelling over VPN")
tm.flow(integrator, frame_store, annotations, protocol="ipsec")
tm.flow(model_hub, training, pretrained, protocol="https")
tm.flow(frame_store, training, sample_frames, annotations)
tm.flow(training, edge, counting_weights, label="deploy")
tm.flow(integrator, edge, support_session, protocol="ipsec", label="remote maintenance")
