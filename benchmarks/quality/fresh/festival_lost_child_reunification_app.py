"""Festival lost-child reunification app: the first design, before any security review.

A music festival in the EU helps parents find children who get lost on site. At
the entry gates, gate staff register each child on a festival tablet: a photo,
the child's name, the number of the wristband put on the child and a parent's
mobile number. Stewards who find a lost child use the steward app on their
festival-issued phones to scan the wristband or, if it is missing, take a photo;
a face-matching service searches the registered photos for the closest faces.
Staff in the welfare tent see the candidate matches on a dashboard, check them
and phone the parent. Everything runs in the festival's cloud account; the staff
app and tablets sign in with staff accounts, traffic is HTTPS, the registry is
encrypted at rest and a purge job deletes all records and face data a week after
the festival ends.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Festival lost-child reunification app",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Registers children at entry and matches found children to their parents.",
)

# ---------------------------------------------------------------- data assets
registration = tg.Data(
    "Child registration",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Child's name, wristband number and a parent's mobile number.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
child_photo = tg.Data(
    "Registered child photo",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Face photo of a child taken at the entry gate; used for face matching.",
)
found_photo = tg.Data(
    "Found child photo",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Photo of a found child taken by a steward when the wristband is missing.",
)
wristband_scan = tg.Data("Wristband number scan", kind="records", sensitivity=tg.Sensitivity.PII)
face_embeddings = tg.Data(
    "Face embeddings",
    kind="embeddings",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
candidates = tg.Data(
    "Candidate matches",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Top registered children with similarity scores, photos and parent numbers.",
)
match_alert = tg.Data(
    "Match alert",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Found child, where the steward is, and the candidate children to check.",
)
reunion_outcome = tg.Data("Reunification outcome", kind="records", sensitivity=tg.Sensitivity.PII)
steward_notice = tg.Data(
    "Steward instruction",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Tells the steward to bring the child to the welfare tent.",
)
parent_call = tg.Data("Call to parent", kind="media", sensitivity=tg.Sensitivity.PII)
details_in_person = tg.Data(
    "Child and parent details given at the gate", kind="records", sensitivity=tg.Sensitivity.PII
)
purge_command = tg.Data("Post-festival purge", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Festival grounds", trust=tg.Trust.UNTRUSTED):
    # The person who registers the child and is called when the child is found.
    parent = tm.add(tg.Actor("Parent", role="festival-goer"))

with tm.boundary("Festival staff devices", trust=tg.Trust.INTERNAL):
    # Gate staff take the photo and enter the details at the entry gate.
    gate_staff = tm.add(tg.Actor("Gate staff", role="entry staff"))
    # Festival-owned tablets at the entry gates running the registration screen.
    reg_tablet = tm.add(
        tg.Device(
            "Gate registration tablet",
            description="Festival-owned tablets with the registration app and camera.",
        )
    )
    # Stewards on the grounds who find a lost child.
    steward = tm.add(tg.Actor("Steward", role="steward"))
    # The steward app on festival-issued phones: wristband scanner and camera.
    steward_app = tm.add(
        tg.Device(
            "Steward app on festival phones",
            description="Scans the wristband QR code or takes a photo of the child.",
        )
    )

with tm.boundary("Welfare tent", trust=tg.Trust.INTERNAL):
    # Welfare staff check the matches, call the parent and hand the child over.
    welfare_officer = tm.add(tg.Actor("Welfare officer", role="welfare staff"))

with tm.boundary("Festival cloud account", trust=tg.Trust.INTERNAL):
    # The one API the tablets, the steward app and the dashboard talk to.
    api = tm.add(
        tg.Endpoint(
            "Reunification API",
            purpose=tg.EndpointPurpose.API,
            description="Takes registrations and found-child reports; runs the lookups.",
            controls={c.Authentication(method="staff account username and password")},
        )
    )
    # What the welfare tent sees: open cases and the candidate matches.
    dashboard = tm.add(
        tg.Service(
            "Welfare dashboard",
            description="Web dashboard listing found children and candidate matches.",
            controls={
                c.Authentication(method="staff account username and password"),
                c.RBAC(note="only the welfare team role can open cases"),
            },
        )
    )
    # Turns faces into embeddings for registration and for the search.
    face_model = tm.add(
        tg.Model(
            "Face matching model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            high_stakes=True,
            description="Open-weights face recognition model run in a container on our GPU node.",
        )
    )

    with tm.boundary("Child data tier", trust=tg.Trust.RESTRICTED):
        # The registrations: who the child is and whom to call.
        registry = tm.add(
            tg.DataStore(
                "Child registry",
                stores={registration, child_photo},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.RetentionLimits(days=7, note="purged 7 days after the festival closes"),
                },
            )
        )
        # Nearest-neighbour search over the registered faces.
        face_index = tm.add(
            tg.VectorStore(
                "Face embedding index",
                stores={face_embeddings},
                controls={
                    c.RetentionLimits(days=7, note="purged 7 days after the festival closes"),
                },
            )
        )
        # Deletes every record, photo and embedding a week after the festival.
        purge_job = tm.add(
            tg.Service(
                "Post-festival purge job",
                description="Scheduled job deleting the registry and the face index.",
            )
        )

# ---------------------------------------------------------------- flows
# Registration at the entry gate
tm.flow(parent, gate_staff, details_in_person, label="in person at the gate")
tm.flow(gate_staff, reg_tablet, registration, child_photo, label="on the touchscreen")
tm.flow(reg_tablet, api, registration, child_photo, protocol="https")
tm.flow(api, reg_tablet, registration, protocol="https", label="registration confirmed")
tm.flow(api, registry, registration, child_photo)
tm.flow(api, face_model, child_photo, label="embed registered face")
tm.flow(face_model, api, face_embeddings)
tm.flow(api, face_index, face_embeddings, label="index registered face")

# A steward finds a child
tm.flow(steward, steward_app, wristband_scan, found_photo, label="scan or photo on the touchscreen")
tm.flow(steward_app, api, wristband_scan, found_photo, protocol="https")
tm.flow(api, registry, wristband_scan, label="look up by wristband number")
tm.flow(registry, api, registration, child_photo)
tm.flow(api, face_model, found_photo, label="embed found child's face")
tm.flow(face_model, api, face_embeddings, label="query embedding")
tm.flow(api, face_index, face_embeddings, label="similarity search")
tm.flow(face_index, api, candidates)
tm.flow(api, steward_app, steward_notice, protocol="https")
tm.flow(steward_app, steward, steward_notice, label="on the screen")

# The welfare tent checks the match and calls the parent
tm.flow(api, dashboard, match_alert, candidates)
tm.flow(dashboard, welfare_officer, match_alert, candidates, protocol="https")
tm.flow(welfare_officer, dashboard, reunion_outcome, protocol="https")
tm.flow(dashboard, api, reunion_outcome)
tm.flow(api, registry, reunion_outcome)
tm.flow(welfare_officer, parent, parent_call, protocol="phone")
tm.flow(parent, welfare_officer, parent_call, protocol="phone")

# Deletion after the festival
tm.flow(purge_job, registry, purge_command)
tm.flow(purge_job, face_index, purge_command)
